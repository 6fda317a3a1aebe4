//! Situation, Behavior, Impact, Next step: which the draft has, with a hint for each missing one.
use leptos::prelude::*;

use super::state::CoachState;
use crate::ui_logic::coaching::sbi_items;

#[component]
pub fn SbiChecklist() -> impl IntoView {
    let cs = CoachState::get();
    let sbi = move || cs.ws.analysis.with(|a| a.sbi);
    let done = move || sbi_items(sbi()).iter().filter(|i| i.present).count();
    view! {
        <section class="panel sbi-panel" aria-labelledby="sbi-title">
            <h2 class="panel-title" id="sbi-title">
                "Checklist " <span class="count-pill">{done}" / 4"</span>
            </h2>
            <ul class="sbi">
                {move || sbi_items(sbi()).into_iter().map(|item| view! {
                    <li
                        class=if item.present { "sbi-item present" } else { "sbi-item missing" }
                        data-testid=format!("sbi-{}", item.id)
                        data-present=if item.present { "true" } else { "false" }
                    >
                        <span class="sbi-mark" aria-hidden="true">{if item.present { "✓" } else { "" }}</span>
                        <span class="sbi-text">
                            <span class="sbi-label">{item.label}</span>
                            <span class="visually-hidden">{if item.present { ": present" } else { ": missing" }}</span>
                            {(!item.present).then(|| view! { <span class="sbi-hint">{item.hint}</span> })}
                        </span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
