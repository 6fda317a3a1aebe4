//! The drafts area: many drafts kept in localStorage, autosaved, shared between tabs, exported
//! and imported. `controller::Drafts` wires `crate::state` to the workspace and to `storage`
//! (the only module that touches localStorage); the components here are thin views over it.
pub(crate) mod browser;
mod confirm;
mod controller;
mod current;
mod data;
mod list;
mod notices;
mod save_status;
mod storage;

use leptos::prelude::*;

use super::workspace::Workspace;
pub use confirm::ConfirmDialog;
pub use controller::Drafts;
pub use current::CurrentDraftControls;
pub use data::DataControls;
pub use list::DraftList;
pub use notices::DraftNotices;
pub use save_status::SaveIndicator;

/// Load the current draft into `ws` and keep it saved as it changes.
pub fn connect(ws: Workspace) {
    Drafts::start(ws);
}

/// The drafts column: notices, the list, the open draft's settings, and data controls. On
/// narrow screens the list and controls fold into a disclosure.
#[component]
pub fn DraftsSidebar() -> impl IntoView {
    let drafts = Drafts::get();
    let open = RwSignal::new(false);
    let count = move || drafts.store.with(|s| s.len());
    let current_title = move || {
        drafts
            .store
            .with(|s| s.current().map(|d| d.display_title()).unwrap_or_default())
    };
    view! {
        <nav class="drafts-column" aria-label="Drafts">
            <DraftNotices/>
            <div class="drafts-panel panel">
                <div class="drafts-head">
                    <h2 class="panel-title drafts-title">"Drafts"</h2>
                    <SaveIndicator/>
                </div>
                <button
                    type="button"
                    class="drafts-toggle"
                    data-testid="drafts-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="drafts-body"
                    on:click=crate::ui::click(move |_| open.update(|o| *o = !*o))
                >
                    <span class="drafts-toggle-title">{current_title}</span>
                    <span class="drafts-toggle-count muted">
                        {move || format!("{} draft{}", count(), if count() == 1 { "" } else { "s" })}
                    </span>
                    <span class="drafts-toggle-chevron" aria-hidden="true"></span>
                </button>
                <div id="drafts-body" class="drafts-body" class:collapsed=move || !open.get()>
                    <DraftList/>
                    <CurrentDraftControls/>
                    <DataControls/>
                </div>
            </div>
            <ConfirmDialog/>
        </nav>
    }
}
