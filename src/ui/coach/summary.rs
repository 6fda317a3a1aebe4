//! The summary at the top of the coach: counts per category, "ready to send", a polite live
//! announcement of the counts (only after typing pauses), restoring dismissed findings, and the
//! shortcuts help.
use std::time::Duration;

use leptos::prelude::*;

use super::{category_badge::CategoryBadge, shortcuts_help::ShortcutsHelp, state::CoachState};
use crate::engine::{Finding, Severity};
use crate::ui_logic::coaching::{counts, live_summary, ready_to_send};

#[component]
pub fn Summary() -> impl IntoView {
    let cs = CoachState::get();
    let ws = cs.ws;
    let state = move || {
        cs.panel.with(|v| {
            let shown: Vec<&Finding> = v.iter().map(|x| &x.finding).collect();
            ws.text.with(|t| {
                (
                    counts(&shown),
                    ready_to_send(t, &shown),
                    live_summary(t, &shown),
                    t.trim().is_empty(),
                )
            })
        })
    };
    let announced = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    crate::ui::effect(move || {
        let text = state().2;
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        let h =
            set_timeout_with_handle(move || announced.set(text), Duration::from_millis(1000)).ok();
        timer.set_value(h);
    });
    // A chip whose category is gone (fixed, dismissed) stops filtering.
    crate::ui::effect(move || {
        let present = state().0.iter().map(|(c, _)| *c).collect::<Vec<_>>();
        if let Some(f) = cs.filter.get_untracked() {
            if !present.contains(&f) {
                cs.filter.set(None);
            }
        }
    });
    let help_open = RwSignal::new(false);
    let help_button = NodeRef::<leptos::html::Button>::new();
    let close_help = Callback::new(move |_| {
        help_open.set(false);
        if let Some(b) = help_button.get_untracked() {
            let _ = b.focus();
        }
    });
    let dismissed = move || ws.dismissed.with(Vec::len);
    let disabled = move || ws.disabled_rules.with(Vec::len);

    view! {
        <section class="panel summary-panel" aria-labelledby="summary-title">
            <div class="summary-head">
                <h2 class="panel-title" id="summary-title">"Your coach"</h2>
                <button
                    type="button"
                    class="btn-icon"
                    data-testid="shortcuts-button"
                    node_ref=help_button
                    aria-expanded=move || help_open.get().to_string()
                    aria-controls="shortcuts-help"
                    title="Keyboard shortcuts"
                    on:click=crate::ui::click(move |_| help_open.update(|o| *o = !*o))
                >
                    <span aria-hidden="true">"?"</span>
                    <span class="visually-hidden">"Keyboard shortcuts"</span>
                </button>
            </div>
            <Show when=crate::ui::when(move || help_open.get())>
                <ShortcutsHelp on_close=close_help/>
            </Show>
            {move || {
                let (_, ready, _, empty) = state();
                let total = cs.panel.with(Vec::len);
                if empty {
                    view! {
                        <p class="status status-empty">
                            "Start writing — the coach reads along as you type."
                        </p>
                    }
                        .into_any()
                } else if ready {
                    let sub = if total == 0 {
                        "The coach found nothing to change."
                    } else {
                        "Only optional notes remain."
                    };
                    view! {
                        <p class="status status-ready" data-testid="ready-to-send">
                            <span class="ready-check" aria-hidden="true">
                                "✓"
                            </span>
                            "Ready to send"
                            <span class="status-sub">{sub}</span>
                        </p>
                    }
                        .into_any()
                } else {
                    let n = cs
                        .panel
                        .with(|v| v.iter().filter(|x| x.finding.severity != Severity::Note).count());
                    let text = if n == 1 {
                        "1 thing to look at before sending".to_string()
                    } else {
                        format!("{n} things to look at before sending")
                    };
                    view! {
                        <p class="status status-work" data-testid="not-ready">
                            {text}
                        </p>
                    }
                        .into_any()
                }
            }}
            <Show when=crate::ui::when(move || !state().0.is_empty())>
                <div class="counts" role="group" aria-label="Show only one kind of finding">
                    <button
                        type="button"
                        class="count-chip chip-all"
                        data-testid="category-all"
                        aria-pressed=move || cs.filter.get().is_none().to_string()
                        on:click=crate::ui::click(move |_| cs.filter.set(None))
                    >
                        "All "
                        <span class="count-n">{move || cs.panel.with(Vec::len)}</span>
                    </button>
                    {move || {
                        state()
                            .0
                            .into_iter()
                            .map(|(c, n)| {
                                view! {
                                    <button
                                        type="button"
                                        class="count-chip"
                                        data-testid="category-count"
                                        data-category=c.id()
                                        aria-pressed=move || (cs.filter.get() == Some(c)).to_string()
                                        on:click=crate::ui::click(move |_| {
                                            cs.filter.update(|f| *f = if *f == Some(c) { None } else { Some(c) })
                                        })
                                    >
                                        <CategoryBadge category=c />
                                        " "
                                        <span class="count-n">{n}</span>
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </Show>
            <p class="visually-hidden" aria-live="polite" data-testid="live-summary">{move || announced.get()}</p>
            <Show when=crate::ui::when(move || dismissed() != 0 || disabled() != 0)>
                <p class="restore">
                    <Show when=crate::ui::when(move || dismissed() != 0)>
                        <button type="button" class="btn-link" data-testid="restore-dismissed" on:click=crate::ui::click(move |_| ws.dismissed.set(Vec::new()))>
                            {move || match dismissed() { 1 => "Show 1 dismissed finding".to_string(), n => format!("Show {n} dismissed findings") }}
                        </button>
                    </Show>
                    <Show when=crate::ui::when(move || disabled() != 0)>
                        <button type="button" class="btn-link" data-testid="restore-rules" on:click=crate::ui::click(move |_| ws.disabled_rules.set(Vec::new()))>
                            {move || match disabled() { 1 => "Turn 1 check back on".to_string(), n => format!("Turn {n} checks back on") }}
                        </button>
                    </Show>
                </p>
            </Show>
        </section>
    }
}
