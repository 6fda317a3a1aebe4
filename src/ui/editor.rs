//! The draft editor: a plain textarea and a live word count.
use leptos::prelude::*;

use super::workspace::Workspace;

#[component]
pub fn Editor() -> impl IntoView {
    let ws = Workspace::get();
    let text = ws.text;
    let words = Memo::new(move |_| ws.analysis.with(|a| a.word_count));
    view! {
        <label class="editor-label" for="draft-editor">"Your draft"</label>
        <textarea
            id="draft-editor"
            class="editor"
            data-testid="draft-editor"
            spellcheck="true"
            placeholder="Write the feedback you want to give…"
            prop:value=move || text.get()
            on:input=move |ev| text.set(event_target_value(&ev))
        ></textarea>
        <p class="editor-status">
            <span data-testid="word-count">
                {move || match words.get() {
                    1 => "1 word".to_string(),
                    n => format!("{n} words"),
                }}
            </span>
        </p>
    }
}
