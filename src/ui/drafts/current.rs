//! Settings of the open draft: title, recipient, kind of feedback; delete; export one draft.
use std::time::Duration;

use leptos::prelude::*;

use super::controller::{Drafts, Send};
use crate::engine::Mode;

#[component]
pub fn CurrentDraftControls() -> impl IntoView {
    let drafts = Drafts::get();
    let store = drafts.store;
    let title = move || {
        store.with(|s| {
            s.current()
                .and_then(|d| d.title.clone())
                .unwrap_or_default()
        })
    };
    let auto_title = move || {
        store.with(|s| {
            s.current()
                .map(|d| {
                    crate::state::auto_title(&d.text).unwrap_or_else(|| "Untitled draft".into())
                })
                .unwrap_or_default()
        })
    };
    let recipient = move || {
        store.with(|s| {
            s.current()
                .and_then(|d| d.recipient.clone())
                .unwrap_or_default()
        })
    };
    let mode = drafts.ws.mode;
    let copied = RwSignal::new(None::<bool>);

    view! {
        <section class="current-draft" aria-labelledby="current-draft-heading">
            <h3 id="current-draft-heading" class="drafts-subtitle">"This draft"</h3>
            <div class="field">
                <label for="draft-title">"Title"</label>
                <input id="draft-title" class="input" type="text" data-testid="draft-title"
                    autocomplete="off"
                    placeholder=auto_title
                    prop:value=title
                    on:input=crate::ui::on(move |ev: leptos::ev::Event| drafts.rename_current(&event_target_value(&ev)))
                />
            </div>
            <div class="field">
                <label for="draft-recipient">"For"</label>
                <input id="draft-recipient" class="input" type="text" data-testid="draft-recipient"
                    autocomplete="off" placeholder="Who is it for?"
                    prop:value=recipient
                    on:input=crate::ui::on(move |ev: leptos::ev::Event| drafts.set_recipient(&event_target_value(&ev)))
                />
            </div>
            <div class="field">
                <label for="draft-mode">"Kind"</label>
                <select id="draft-mode" class="input" data-testid="draft-mode"
                    prop:value=move || mode.get().id()
                    on:change=crate::ui::on(move |ev: leptos::ev::Event| {
                        if let Some(m) = Mode::from_id(&event_target_value(&ev)) {
                            drafts.set_mode(m);
                        }
                    })
                >
                    {Mode::ALL
                        .into_iter()
                        .map(|m| view! {
                            <option value=m.id() selected=move || mode.get() == m>{m.label()}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <p class="field-label" id="export-one-label">"Save a copy"</p>
            <div class="button-row" role="group" aria-labelledby="export-one-label">
                <button type="button" class="button" data-testid="export-markdown"
                    title="Download this draft as a Markdown file"
                    on:click=crate::ui::click(move |_| drafts.send_current(Send::Markdown, |_| {}))>".md"</button>
                <button type="button" class="button" data-testid="export-text"
                    title="Download this draft as a plain text file"
                    on:click=crate::ui::click(move |_| drafts.send_current(Send::Text, |_| {}))>".txt"</button>
                <button type="button" class="button" data-testid="copy-draft"
                    on:click=crate::ui::click(move |_| {
                        drafts.send_current(Send::Copy, move |ok| {
                            copied.set(Some(ok));
                            set_timeout(move || copied.set(None), Duration::from_secs(2));
                        })
                    })>
                    {move || match copied.get() {
                        Some(true) => "Copied",
                        Some(false) => "Copy failed",
                        None => "Copy text",
                    }}
                </button>
            </div>
            <button type="button" class="button button-quiet button-danger delete-draft" data-testid="delete-draft"
                on:click=crate::ui::click(move |_| drafts.delete_current())>"Delete this draft"</button>
        </section>
    }
}
