//! The app's frame: header, drafts, editor, coach panel. Each area is its own module.
use leptos::prelude::*;

use super::{coach::CoachPanel, drafts, editor::Editor, header::Header, workspace::Workspace};

#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::new(String::new()).provide();
    drafts::connect(ws);
    super::coach::CoachState::provide(ws);
    ws.warm_up();

    // The skip link focuses the draft itself (a fragment link alone only moves the caret of
    // sequential navigation in some browsers).
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_editor();
    };
    view! {
        <a class="skip-link" href="#draft-editor" data-testid="skip-link" on:click=crate::ui::click(skip)>
            "Skip to the draft"
        </a>
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

/// Put the keyboard in the draft.
pub fn focus_editor() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id("draft-editor")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
