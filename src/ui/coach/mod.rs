//! The coach panel: summary, the care/challenge matrix with "why here", the SBI checklist and
//! the findings. One component per file; shared UI state in `state.rs`; wording and geometry
//! in `crate::ui_logic`.
use leptos::prelude::*;

mod category_badge;
mod finding_card;
mod findings_list;
pub mod mark_tip;
mod matrix;
pub mod rewrite_preview;
mod sbi_checklist;
mod shortcuts_help;
pub mod state;
mod summary;
mod why_here;

pub use state::CoachState;

#[component]
pub fn CoachPanel() -> impl IntoView {
    view! {
        <aside class="coach-column" aria-label="Coach">
            <summary::Summary/>
            <matrix::Matrix/>
            <sbi_checklist::SbiChecklist/>
            <findings_list::FindingsList/>
        </aside>
    }
}
