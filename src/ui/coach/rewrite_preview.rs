//! "Rewrite the whole draft": yours above, rewritten below (one scroll region), with every
//! finding's first rewrite applied (`engine::suggest::rewrite_all`). Offered while the draft is
//! outside Radical Candor; using it is undoable.
use leptos::prelude::*;

use super::{finding_card::WithPlaceholders, state::CoachState};
use crate::engine::{rewrite_all, Options, Quadrant};
use crate::ui_logic::placeholders::placeholder_spans;

#[component]
pub fn RewritePreview() -> impl IntoView {
    let cs = CoachState::get();
    let ws = cs.ws;
    let open = RwSignal::new(false);
    // The engine's rewrite_all re-analyses the draft several times: only run it while the
    // preview is open.
    let rewritten = move || {
        if !open.get() {
            return None;
        }
        let options = Options {
            mode: ws.mode.get(),
            disabled_rules: ws.disabled_rules.get(),
        };
        ws.text.with(|t| {
            let r = rewrite_all(t, &options);
            (r != *t).then_some(r)
        })
    };
    let offered = move || {
        ws.analysis.with(|a| a.quadrant != Quadrant::RadicalCandor)
            && cs
                .visible
                .with(|v| v.iter().any(|x| !x.finding.suggestions.is_empty()))
    };
    let use_it = move |_| {
        if let Some(r) = untrack(rewritten) {
            let first = placeholder_spans(&r)
                .first()
                .map(|p| (p.start, p.end))
                .unwrap_or((0, 0));
            open.set(false);
            cs.replace_text(r, first);
        }
    };
    view! {
        <Show when=crate::ui::when(offered)>
            <section class="rewrite" data-testid="rewrite-preview" aria-labelledby="rewrite-title">
                <div class="rewrite-head">
                    <h2 class="sub-title" id="rewrite-title">"Rewrite the whole draft"</h2>
                    <button
                        type="button"
                        class="btn"
                        data-testid="rewrite-toggle"
                        aria-expanded=move || open.get().to_string()
                        on:click=crate::ui::click(move |_| open.update(|o| *o = !*o))
                    >
                        {move || if open.get() { "Hide preview" } else { "Preview every rewrite at once" }}
                    </button>
                </div>
                <Show when=crate::ui::when(move || open.get())>
                    <div
                        class="rewrite-cols"
                        role="region"
                        tabindex="0"
                        aria-label="Preview: your draft, then the draft with every rewrite"
                        data-testid="rewrite-panes"
                    >
                        <figure class="rewrite-col">
                            <figcaption>"Yours"</figcaption>
                            <div class="rewrite-text" data-testid="rewrite-before">{move || ws.text.get()}</div>
                        </figure>
                        <figure class="rewrite-col after">
                            <figcaption>"With every rewrite"</figcaption>
                            <div class="rewrite-text" data-testid="rewrite-after">
                                {move || match rewritten() {
                                    Some(r) => view! { <WithPlaceholders text=r/> }.into_any(),
                                    None => view! { <span class="muted">"Nothing to change."</span> }.into_any(),
                                }}
                            </div>
                        </figure>
                    </div>
                    <div class="rewrite-actions">
                        <button type="button" class="btn btn-primary" data-testid="use-rewrite" on:click=crate::ui::click(use_it)>"Use this version"</button>
                        <button type="button" class="btn" data-testid="keep-mine" on:click=crate::ui::click(move |_| open.set(false))>"Keep mine"</button>
                        <span class="muted small">"You can undo it with Ctrl+Z."</span>
                    </div>
                </Show>
            </section>
        </Show>
    }
}
