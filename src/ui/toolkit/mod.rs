//! The coaching toolkit, for a manager preparing a conversation: the seven coaching questions
//! (inserted at the editor's cursor, undoably), templates that open as new drafts, and the
//! competency and career-track tags of the open draft, with the drafts filtered by tag.
use leptos::html::Dialog;
use leptos::prelude::*;

use crate::state::{Tag, TagGroup};
use crate::ui::coach::state::CoachState;
use crate::ui::drafts::Drafts;
use crate::ui::workshop::Workshop;
use crate::workshop::toolkit::{insert_question, QUESTIONS, TEMPLATES};

#[component]
pub fn ToolkitDialog() -> impl IntoView {
    let w = Workshop::get();
    let drafts = Drafts::get();
    let cs = CoachState::get();
    let dialog = NodeRef::<Dialog>::new();
    let open = w.toolkit_open;
    crate::ui::effect(move || {
        let Some(el) = dialog.get() else { return };
        if open.get() {
            if !el.open() {
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    // Closes the dialog at once (not in the next effect run): closing a modal dialog gives focus
    // back to the button that opened it, which must happen before the editor takes focus.
    let close_now = move || {
        if let Some(el) = dialog.get_untracked() {
            el.close();
        }
        open.set(false);
    };
    let insert = move |question: &'static str| {
        let text = cs.ws.text.get_untracked();
        let (start, end) = cs.read_selection(&text);
        let (new_text, caret) = insert_question(&text, start, end, question);
        close_now();
        cs.replace_text(new_text, (caret, caret));
    };
    let filter = RwSignal::new(None::<Tag>);
    let has_tag = move |t: Tag| {
        drafts
            .store
            .with(|s| s.current().is_some_and(|d| d.has_tag(t)))
    };
    let tag_button = move |t: Tag| {
        view! {
            <button type="button" class="tag-toggle" data-testid=format!("tag-{}", t.id())
                title=t.covers()
                aria-pressed=move || has_tag(t).to_string()
                on:click=crate::ui::click(move |_| drafts.toggle_tag(t))>
                {t.label()}
            </button>
        }
    };
    let group = move |g: TagGroup| {
        Tag::ALL
            .into_iter()
            .filter(move |t| t.group() == g)
            .map(tag_button)
            .collect_view()
    };
    let filtered = move || {
        let tag = filter.get()?;
        Some(drafts.store.with(|s| {
            s.filter("", &[tag])
                .into_iter()
                .map(|d| (d.id.clone(), d.display_title()))
                .collect::<Vec<_>>()
        }))
    };
    view! {
        <dialog node_ref=dialog class="toolkit-dialog" data-testid="toolkit" aria-labelledby="toolkit-title"
            on:cancel=crate::ui::on(move |_: web_sys::Event| open.set(false))
            on:close=crate::ui::on(move |_: web_sys::Event| open.set(false))>
            <div class="toolkit-head">
                <h2 id="toolkit-title" class="workshop-title">"Coaching toolkit"</h2>
                <button type="button" class="button" data-testid="close-toolkit" on:click=crate::ui::click(move |_| open.set(false))>"Close"</button>
            </div>
            <section class="toolkit-section" aria-labelledby="questions-title">
                <h3 id="questions-title" class="sub-title">"The seven coaching questions"</h3>
                <p class="muted small">"From Michael Bungay Stanier’s The Coaching Habit. Insert puts the question at the cursor in your draft."</p>
                <ol class="questions">
                    {QUESTIONS.iter().map(|q| {
                        let question = q.question;
                        view! {
                            <li class="question">
                                <div>
                                    <strong class="question-text">{question}</strong>
                                    <span class="muted small">{format!(" {}. ", q.name)}</span>
                                    <p class="small">{q.when}</p>
                                </div>
                                <button type="button" class="button" data-testid=format!("insert-question-{}", q.number)
                                    aria-label=format!("Insert “{question}”")
                                    on:click=crate::ui::click(move |_| insert(question))>"Insert"</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
            <section class="toolkit-section" aria-labelledby="templates-title">
                <h3 id="templates-title" class="sub-title">"Templates"</h3>
                <p class="muted small">"Each opens as a new draft. Tab jumps between the [placeholders]."</p>
                <ul class="templates">
                    {TEMPLATES.iter().map(|t| {
                        let (title, text) = (t.title, t.text);
                        view! {
                            <li class="template">
                                <div><strong>{title}</strong><p class="small muted">{t.about}</p></div>
                                <button type="button" class="button" data-testid=format!("template-{}", t.id)
                                    on:click=crate::ui::click(move |_| { close_now(); drafts.open_new(title, text); })>
                                    "New draft"
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
            <section class="toolkit-section" aria-labelledby="tags-title">
                <h3 id="tags-title" class="sub-title">"Tags on this draft"</h3>
                <p class="muted small">"Competencies from the skills-based development framework, and the career track."</p>
                <div class="tag-group" role="group" aria-label="Competencies">{group(TagGroup::Competency)}</div>
                <div class="tag-group" role="group" aria-label="Career track">{group(TagGroup::Track)}</div>
                <label class="tag-filter">
                    <span>"Show drafts tagged"</span>
                    <select data-testid="tag-filter" on:change=crate::ui::on(move |ev: leptos::ev::Event| filter.set(Tag::from_id(&event_target_value(&ev))))>
                        <option value="">"—"</option>
                        {move || drafts.store.with(|s| s.tag_counts()).into_iter().map(|(t, n)| view! {
                            <option value=t.id() selected=move || filter.get() == Some(t)>{format!("{} ({n})", t.label())}</option>
                        }).collect_view()}
                    </select>
                </label>
                {move || filtered().map(|list| if list.is_empty() {
                    view! { <p class="muted small" data-testid="tagged-drafts">"No draft has this tag."</p> }.into_any()
                } else {
                    view! {
                        <ul class="tagged-drafts" data-testid="tagged-drafts">
                            {list.into_iter().map(|(id, title)| view! {
                                <li><button type="button" class="link-button"
                                    on:click=crate::ui::click(move |_| { close_now(); drafts.select(&id); })>{title}</button></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </section>
        </dialog>
    }
}
