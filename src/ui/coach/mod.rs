//! The coach: the panel beside the draft (summary and findings) and the insight row under the
//! draft (the care/challenge matrix with "why here", and the SBI checklist). One component per
//! file; shared UI state in `state.rs`; wording and geometry
//! in `crate::ui_logic`.
use leptos::prelude::*;

mod category_badge;
mod comment_head;
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
            <sbi_checklist::SbiChecklist/>
            <matrix::Matrix/>
        </div>
    }
}

/// The summary and the findings. On a wide screen, a column beside the draft; on a phone, a
/// bottom sheet over the draft: folded, it shows the card of the mark at the caret; opened, every
/// card (the same components, so the panel has one structure everywhere).
#[component]
pub fn CoachPanel() -> impl IntoView {
    let cs = CoachState::get();
    let open = cs.sheet_open;
    let count = move || cs.panel.with(Vec::len);
    let has_active = move || {
        cs.active.with(|a| {
            a.as_ref()
                .is_some_and(|a| cs.panel.with(|v| v.iter().any(|x| &x.key == a)))
        })
    };
    let handle_text = move || {
        let n = count();
        let what = match n {
            0 => "No findings".to_string(),
            1 => "1 finding".to_string(),
            n => format!("{n} findings"),
        };
        if open.get() {
            format!("{what} · Hide")
        } else {
            format!("{what} · Show all")
        }
    };
    view! {
        <aside
            class="coach-column"
            aria-label="Coach"
            data-testid="coach"
            data-sheet=move || if open.get() { "open" } else { "peek" }
            class:has-active=has_active
        >
            <button
                type="button"
                class="sheet-handle"
                data-testid="sheet-handle"
                aria-expanded=move || open.get().to_string()
                aria-controls="coach-sheet-body"
                on:click=crate::ui::click(move |_| open.update(|o| *o = !*o))
            >
                <span class="sheet-grip" aria-hidden="true"></span>
                {handle_text}
            </button>
            <div class="coach-sheet-body" id="coach-sheet-body">
                <summary::Summary />
                <findings_list::FindingsList />
            </div>
        </aside>
    }
}
