//! The coach: the panel beside the draft (summary and findings) and the insight row under the
//! draft (the care/challenge matrix with "why here", and the SBI checklist). One component per file; shared UI state in `state.rs`; wording and geometry
//! in `crate::ui_logic`.
use leptos::prelude::*;

mod category_badge;
mod finding_card;
mod findings_list;
pub mod mark_tip;
pub mod matrix;
pub mod rewrite_preview;
pub mod sbi_checklist;
mod shortcuts_help;
pub mod state;
mod summary;
mod why_here;

pub use state::CoachState;

/// Where the draft stands: the matrix and the checklist, under the editor.
#[component]
pub fn Insight() -> impl IntoView {
    view! {
        <div class="insight">
            <matrix::Matrix/>
            <sbi_checklist::SbiChecklist/>
        </div>
    }
}

#[component]
pub fn CoachPanel() -> impl IntoView {
    view! {
        <aside class="coach-column" aria-label="Coach">
            <summary::Summary/>
            <findings_list::FindingsList/>
        </aside>
    }
}
