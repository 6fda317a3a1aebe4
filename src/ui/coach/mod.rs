//! The coach panel: findings, the care/challenge matrix, the SBI checklist, the summary.
use leptos::prelude::*;

#[component]
pub fn CoachPanel() -> impl IntoView {
    view! {
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
    }
}
