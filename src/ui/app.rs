//! The app's frame: header, drafts, editor, coach panel. Each area is its own module.
use leptos::prelude::*;

use super::{coach::CoachPanel, drafts, editor::Editor, header::Header, workspace::Workspace};

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::new(String::new()).provide();
    drafts::connect(ws);
    super::coach::CoachState::provide(ws);

    view! {
        <Header/>
        <main class="workspace">
            <drafts::DraftsSidebar/>
            <section class="editor-column" aria-label="Draft">
                <Editor/>
            </section>
            <CoachPanel/>
        </main>
    }
}
