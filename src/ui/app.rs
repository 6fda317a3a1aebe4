//! The app's frame: header, editor, coach panel.
use leptos::prelude::*;

use super::{editor::Editor, header::Header, persist, workspace::Workspace};

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::new(persist::load_text()).provide();
    // One effect writes the draft back whenever it changes.
    Effect::new(move |_| persist::save_text(&ws.text.read()));

    view! {
        <Header/>
        <main class="workspace">
            <section class="editor-column" aria-label="Draft">
                <Editor/>
            </section>
            <aside class="coach-column" aria-label="Coach">
                <div class="panel">
                    <h2 class="panel-title">"Your coach"</h2>
                    <p class="muted">
                        "Write the feedback you want to give. Frankly reads it as you type and \
                         points out what is vague, personal, harsh or hollow — and how to say it \
                         so it helps."
                    </p>
                </div>
            </aside>
        </main>
    }
}
