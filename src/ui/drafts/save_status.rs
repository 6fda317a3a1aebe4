//! A quiet "Saved" that says when saving is not working.
use leptos::prelude::*;

use super::controller::{Drafts, SaveStatus};

#[component]
pub fn SaveIndicator() -> impl IntoView {
    let drafts = Drafts::get();
    let status = drafts.status;
    view! {
        <p
            class="save-status"
            data-testid="save-status"
            data-state=move || match status.get() {
                SaveStatus::Saved => "saved",
                SaveStatus::Saving => "saving",
                SaveStatus::NotSaved => "not-saved",
                SaveStatus::Off => "off",
            }
        >
            {move || match status.get() {
                SaveStatus::Saved => "Saved",
                SaveStatus::Saving => "Saving…",
                SaveStatus::NotSaved => "Not saved",
                SaveStatus::Off => "Not saved (storage off)",
            }}
        </p>
    }
}
