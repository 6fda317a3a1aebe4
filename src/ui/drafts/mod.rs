//! The drafts area: loading the current draft into the workspace, keeping it saved, and the list
//! of drafts.
mod persist;

use leptos::prelude::*;

use super::workspace::Workspace;

/// Load the current draft into `ws` and keep it saved as it changes.
pub fn connect(ws: Workspace) {
    ws.text.set(persist::load_text());
    Effect::new(move |_| persist::save_text(&ws.text.read()));
}

/// The list of drafts (left column on wide screens).
#[component]
pub fn DraftsSidebar() -> impl IntoView {
    view! { <nav class="drafts-column" aria-label="Drafts"></nav> }
}
