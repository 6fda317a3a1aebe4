//! The in-page confirmation dialog (a modal `<dialog>`: focus stays inside, Escape cancels),
//! used before deleting all data, before an import replaces drafts and before a draft with
//! unfilled placeholders leaves the app.
use leptos::html::Dialog;
use leptos::prelude::*;

use super::controller::{Confirm, Drafts, NoticeKind};
use crate::state::ImportPolicy;

/// What the dialog asks: one shape for every question, so the page carries one view of it.
struct Ask {
    title: String,
    lead: &'static str,
    /// Names the question is about (at most five are shown).
    items: Vec<String>,
    /// The items are placeholders (shown as code).
    placeholders: bool,
    after: Option<String>,
    /// The first choice is the safe way out and takes the focus.
    choices: Vec<Choice>,
}

/// A button: its label, test id, class and what it does after the dialog closes.
type Choice = (
    &'static str,
    &'static str,
    &'static str,
    Option<Box<dyn FnOnce()>>,
);

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn ask(drafts: Drafts, c: Confirm) -> Ask {
    let cancel: Choice = ("Cancel", "confirm-no", "button", None);
    match c {
        Confirm::DeleteAll { drafts: n } => Ask {
            title: "Delete all your data?".into(),
            lead: "",
            items: Vec::new(),
            placeholders: false,
            after: Some(format!(
                "This removes {} and everything else Frankly keeps in this browser, including \
                 backups of unreadable data. It cannot be undone. Export first if you may want \
                 them.",
                if n == 1 {
                    "your draft".into()
                } else {
                    format!("all {n} drafts")
                }
            )),
            choices: vec![
                cancel,
                (
                    "Delete everything",
                    "confirm-yes",
                    "button button-danger-solid",
                    Some(Box::new(move || drafts.delete_all())),
                ),
            ],
        },
        Confirm::ImportOverwrite {
            drafts: incoming,
            clashing_titles,
        } => {
            let a = incoming.clone();
            Ask {
                title: format!(
                    "Replace {} draft{}?",
                    clashing_titles.len(),
                    plural(clashing_titles.len())
                ),
                lead: "The file has drafts that are already here:",
                items: clashing_titles,
                placeholders: false,
                after: Some(
                    "Replace them with the file’s versions, or keep both (the file’s become new \
                     drafts)?"
                        .into(),
                ),
                choices: vec![
                    cancel,
                    (
                        "Keep both",
                        "confirm-keep-both",
                        "button",
                        Some(Box::new(move || {
                            drafts.finish_import(a, ImportPolicy::KeepBoth)
                        })),
                    ),
                    (
                        "Replace",
                        "confirm-yes",
                        "button button-danger-solid",
                        Some(Box::new(move || {
                            drafts.finish_import(incoming, ImportPolicy::Replace)
                        })),
                    ),
                ],
            }
        }
        // "3 placeholders are still unfilled": the writer sees them before the draft leaves.
        Confirm::Unfilled { placeholders, send } => {
            let n = placeholders.len();
            let more = n.saturating_sub(5);
            Ask {
                title: format!(
                    "{n} placeholder{} still to fill",
                    if n == 1 { " is" } else { "s are" }
                ),
                lead: "Only you know these facts; the reader would see the brackets:",
                items: placeholders,
                placeholders: true,
                after: (more > 0).then(|| format!("…and {more} more.")),
                choices: vec![
                    (
                        "Go back and fill them",
                        "confirm-no",
                        "button button-primary",
                        None,
                    ),
                    (
                        send.anyway(),
                        "confirm-yes",
                        "button",
                        Some(Box::new(move || {
                            drafts.send_now(send, move |ok| {
                                let text = if ok {
                                    "Copied, with its placeholders."
                                } else {
                                    "Copy failed."
                                };
                                drafts.notify(NoticeKind::Info, text.to_string(), false);
                            })
                        })),
                    ),
                ],
            }
        }
    }
}

#[component]
pub fn ConfirmDialog() -> impl IntoView {
    let drafts = Drafts::get();
    let confirm = drafts.confirm;
    let dialog = NodeRef::<Dialog>::new();
    crate::ui::effect(move || {
        let Some(el) = dialog.get() else { return };
        if confirm.with(Option::is_some) {
            if !el.open() {
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    let body = move || confirm.get().map(|c| view_ask(confirm, ask(drafts, c)));
    view! {
        <dialog
            node_ref=dialog
            class="confirm-dialog"
            data-testid="confirm-dialog"
            aria-labelledby="confirm-title"
            on:cancel=crate::ui::on(move |_: web_sys::Event| confirm.set(None))
        >
            {body}
        </dialog>
    }
}

fn view_ask(confirm: RwSignal<Option<Confirm>>, a: Ask) -> impl IntoView {
    let list = (!a.items.is_empty()).then(|| {
        let items = a.items.into_iter().take(5);
        view! {
            <ul class="confirm-list" class:confirm-code=a.placeholders
                data-testid=a.placeholders.then_some("unfilled-list")>
                {items.map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
        }
    });
    let buttons = a
        .choices
        .into_iter()
        .enumerate()
        .map(|(i, (label, id, class, act))| {
            let mut act = act;
            view! {
                <button type="button" class=class data-testid=id autofocus=i == 0
                    on:click=move |_| {
                        confirm.set(None);
                        if let Some(f) = act.take() {
                            f();
                        }
                    }>
                    {label}
                </button>
            }
        });
    view! {
        <h2 id="confirm-title" class="confirm-title">{a.title}</h2>
        {(!a.lead.is_empty()).then(|| view! { <p>{a.lead}</p> })}
        {list}
        {a.after.map(|p| view! { <p>{p}</p> })}
        <div class="button-row confirm-actions">{buttons.collect_view()}</div>
    }
}
