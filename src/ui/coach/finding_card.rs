//! One finding: category, message, the flagged words (click to select them in the draft), the
//! rewrites with Apply, "why it matters" with its source, Dismiss.
use leptos::prelude::*;

use super::{
    category_badge::CategoryBadge,
    state::{CoachState, Visible},
};
use crate::engine::{catalogue, Severity};
use crate::ui_logic::coaching::quote;
use crate::ui_logic::placeholders::placeholder_spans;

/// Text with its `[placeholders]` set apart, built from text nodes only.
#[component]
pub fn WithPlaceholders(text: String) -> impl IntoView {
    let spans = placeholder_spans(&text);
    let mut parts = Vec::new();
    let mut pos = 0;
    for r in spans {
        if r.start > pos {
            parts.push(text[pos..r.start].to_string().into_any());
        }
        parts.push(view! { <span class="ph">{text[r.clone()].to_string()}</span> }.into_any());
        pos = r.end;
    }
    if pos < text.len() {
        parts.push(text[pos..].to_string().into_any());
    }
    parts
}

#[component]
pub fn FindingCard(item: Visible) -> impl IntoView {
    let cs = CoachState::get();
    let key = StoredValue::new(item.key.clone());
    let f = item.finding;
    let cat = f.category.id();
    let doc = catalogue().iter().find(|d| d.id == f.rule).copied();
    let quoted = cs.ws.text.with_untracked(|t| quote(t, f.start, f.end));
    let is_active =
        Memo::new(move |_| key.with_value(|k| cs.active.get().as_deref() == Some(k.as_str())));
    let severity = match f.severity {
        Severity::Problem => "Fix before sending",
        Severity::Warning => "Worth a look",
        Severity::Note => "Optional",
    };
    let label = format!("{}: {}", f.category.label(), f.message);

    let suggestion = move |(i, s): (usize, &crate::engine::Suggestion)| {
        let shown = if s.replacement.is_empty() {
            "remove these words".to_string()
        } else {
            s.replacement.clone()
        };
        let aria = format!("Apply: {shown}");
        view! {
            <li class="suggestion">
                <span class="suggestion-label">{s.label.clone()}</span>
                <button
                    type="button"
                    class="btn-apply"
                    data-testid="apply-suggestion"
                    aria-label=aria
                    on:click=move |_| key.with_value(|k| cs.apply(k, i))
                >
                    <span class="apply-verb" aria-hidden="true">"Apply"</span>
                    <span class="apply-text"><WithPlaceholders text=shown/></span>
                </button>
            </li>
        }
    };
    // The first rewrite is shown; the others wait behind "more ways to say it".
    let first = f
        .suggestions
        .iter()
        .enumerate()
        .take(1)
        .map(suggestion)
        .collect_view();
    let more_count = f.suggestions.len().saturating_sub(1);
    let more = (more_count > 0).then(|| {
        let rest = f.suggestions.iter().enumerate().skip(1).map(suggestion).collect_view();
        view! {
            <details class="more-rewrites">
                <summary>{if more_count == 1 { "1 more way to say it".to_string() } else { format!("{more_count} more ways to say it") }}</summary>
                <ul class="suggestions" aria-label="More rewrites">{rest}</ul>
            </details>
        }
    });

    let example = doc
        .filter(|d| !d.example.is_empty() && !d.instead.is_empty())
        .map(|d| {
            view! {
                <p class="why-example">
                    <span class="instead">"Instead of "</span><q>{d.example}</q>
                    <span class="instead">" try "</span><q>{d.instead}</q>
                </p>
            }
        });
    let source = doc.map(|d| d.source).filter(|s| !s.is_empty());
    let why = if f.why.is_empty() {
        doc.map(|d| d.why).unwrap_or("")
    } else {
        f.why
    };

    view! {
        <li
            class=format!("finding finding-{cat}")
            class:is-active=is_active
            data-testid="finding"
            data-category=cat
            data-rule=f.rule
            data-key=item.key
            tabindex="0"
            aria-label=label
            on:focusin=move |_| key.with_value(|k| cs.show(k, false))
            on:mouseenter=move |_| key.with_value(|k| cs.active.set(Some(k.clone())))
        >
            <div class="finding-head">
                <CategoryBadge category=f.category/>
                <span class=format!("severity severity-{}", match f.severity { Severity::Problem => "problem", Severity::Warning => "warning", Severity::Note => "note" })>{severity}</span>
            </div>
            <button
                type="button"
                class="finding-quote"
                data-testid="show-in-draft"
                title="Select these words in the draft"
                on:click=move |_| key.with_value(|k| cs.show(k, true))
            >
                <span class="visually-hidden">"Show in draft: "</span>
                {if quoted.is_empty() { "(the whole draft)".to_string() } else { format!("“{quoted}”") }}
            </button>
            <p class="finding-message">{f.message.clone()}</p>
            <ul class="suggestions" aria-label="Rewrite">{first}</ul>
            {more}
            <div class="finding-foot">
                <details class="why">
                    <summary>"Why it matters"</summary>
                    <p>{why}</p>
                    {example}
                    {source.map(|s| view! { <p class="why-source">"Source: "{s}</p> })}
                    <button
                        type="button"
                        class="btn-link"
                        data-testid="disable-rule"
                        on:click=move |_| cs.ws.disabled_rules.update(|d| if !d.iter().any(|r| r == f.rule) { d.push(f.rule.to_string()) })
                    >
                        "Turn this check off everywhere"
                    </button>
                </details>
                <button
                    type="button"
                    class="btn btn-quiet btn-dismiss"
                    data-testid="dismiss"
                    title="Hide this finding for this draft (D)"
                    on:click=move |_| key.with_value(|k| cs.dismiss(k))
                >
                    "Dismiss"
                </button>
            </div>
        </li>
    }
}
