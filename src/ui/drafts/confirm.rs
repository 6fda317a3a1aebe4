//! The in-page confirmation dialog (a modal `<dialog>`: focus stays inside, Escape cancels),
//! used before deleting all data and before an import replaces drafts.
use leptos::html::Dialog;
use leptos::prelude::*;

use super::controller::{Confirm, Drafts, NoticeKind, Send};
use crate::state::ImportPolicy;

#[component]
pub fn ConfirmDialog() -> impl IntoView {
    let drafts = Drafts::get();
    let confirm = drafts.confirm;
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        if confirm.with(Option::is_some) {
            if !el.open() {
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    let cancel = move || confirm.set(None);
    let body = move || {
        confirm.get().map(|c| match c {
            Confirm::DeleteAll { drafts: n } => view! {
                <h2 id="confirm-title" class="confirm-title">"Delete all your data?"</h2>
                <p>{format!(
                    "This removes all {n} draft{} and everything else Frankly keeps in this browser, \
                     including backups of unreadable data. It cannot be undone. Export first if you may want them.",
                    if n == 1 { "" } else { "s" }
                )}</p>
                <div class="button-row confirm-actions">
                    <button type="button" class="button" data-testid="confirm-no" autofocus
                        on:click=move |_| cancel()>"Cancel"</button>
                    <button type="button" class="button button-danger-solid" data-testid="confirm-yes"
                        on:click=move |_| { confirm.set(None); drafts.delete_all(); }>"Delete everything"</button>
                </div>
            }.into_any(),
            Confirm::Unfilled { placeholders, send } => unfilled(drafts, placeholders, send),
            Confirm::ImportOverwrite { drafts: incoming, clashing_titles } => {
                let n = clashing_titles.len();
                let (a, b) = (incoming.clone(), incoming);
                view! {
                    <h2 id="confirm-title" class="confirm-title">
                        {format!("Replace {n} draft{}?", if n == 1 { "" } else { "s" })}
                    </h2>
                    <p>"The file has drafts that are already here:"</p>
                    <ul class="confirm-list">
                        {clashing_titles.into_iter().take(5).map(|t| view! { <li>{t}</li> }).collect_view()}
                    </ul>
                    <p>"Replace them with the file’s versions, or keep both (the file’s become new drafts)?"</p>
                    <div class="button-row confirm-actions">
                        <button type="button" class="button" data-testid="confirm-no" autofocus
                            on:click=move |_| cancel()>"Cancel"</button>
                        <button type="button" class="button" data-testid="confirm-keep-both"
                            on:click=move |_| { confirm.set(None); drafts.finish_import(a.clone(), ImportPolicy::KeepBoth); }>
                            "Keep both"
                        </button>
                        <button type="button" class="button button-danger-solid" data-testid="confirm-yes"
                            on:click=move |_| { confirm.set(None); drafts.finish_import(b.clone(), ImportPolicy::Replace); }>
                            "Replace"
                        </button>
                    </div>
                }.into_any()
            }
        })
    };
    view! {
        <dialog
            node_ref=dialog
            class="confirm-dialog"
            data-testid="confirm-dialog"
            aria-labelledby="confirm-title"
            on:cancel=move |_: web_sys::Event| cancel()
        >
            {body}
        </dialog>
    }
}

/// "3 placeholders are still unfilled": the writer sees them before the draft leaves the app.
fn unfilled(drafts: Drafts, placeholders: Vec<String>, send: Send) -> AnyView {
    let confirm = drafts.confirm;
    let n = placeholders.len();
    let more = n.saturating_sub(5);
    view! {
        <h2 id="confirm-title" class="confirm-title">
            {format!("{n} placeholder{} still to fill", if n == 1 { " is" } else { "s are" })}
        </h2>
        <p>"Only you know these facts; the reader would see the brackets:"</p>
        <ul class="confirm-list" data-testid="unfilled-list">
            {placeholders.into_iter().take(5).map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
        <div class="button-row confirm-actions">
            <button type="button" class="button button-primary" data-testid="confirm-no" autofocus
                on:click=move |_| confirm.set(None)>"Go back and fill them"</button>
            <button type="button" class="button" data-testid="confirm-yes"
                on:click=move |_| {
                    confirm.set(None);
                    drafts.send_now(send, move |ok| {
                        let text = if ok { "Copied, with its placeholders." } else { "Copy failed." };
                        drafts.notify(NoticeKind::Info, text.to_string(), false);
                    });
                }>
                {send.anyway()}
            </button>
        </div>
    }
    .into_any()
}
