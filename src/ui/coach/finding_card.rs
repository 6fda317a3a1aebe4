//! One card of the findings panel (see `ui_logic::triage`).
//!
//! A spot card: category, severity, the flagged words (click to select them in the draft), the
//! message, the rewrites with Apply, the other concerns on the same words ("Also here"), "why
//! it matters" with its source, Dismiss. A group card: how many places share one rule, and
//! each place with its words and its first rewrite.
use leptos::prelude::*;

use super::{
    category_badge::CategoryBadge,
    state::{CardView, CoachState, SpotView, Visible},
};
use crate::engine::{catalogue, Severity, Suggestion};
use crate::ui::workspace::rule_id;
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

pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Problem => "Fix before sending",
        Severity::Warning => "Worth a look",
        Severity::Note => "Optional",
    }
}

fn severity_id(s: Severity) -> &'static str {
    match s {
        Severity::Problem => "problem",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// An Apply button: its accessible name is its visible text ("Apply" and the rewrite).
fn apply_button(key: String, index: usize, s: &Suggestion) -> impl IntoView {
    let cs = CoachState::get();
    let shown = if s.replacement.is_empty() {
        "remove these words".to_string()
    } else {
        s.replacement.clone()
    };
    view! {
        <button
            type="button"
            class="btn-apply"
            data-testid="apply-suggestion"
            on:click=crate::ui::click(move |_| cs.apply(&key, index))
        >
            <span class="apply-verb">"Apply"</span>
            " "
            <span class="apply-text">
                <WithPlaceholders text=shown />
            </span>
        </button>
    }
}

fn suggestion_item(key: &str, i: usize, s: &Suggestion) -> impl IntoView {
    view! {
        <li class="suggestion">
            <span class="suggestion-label">{s.label.clone()}</span>
            {apply_button(key.to_string(), i, s)}
        </li>
    }
}

/// The flagged words, as a button that selects them in the draft.
fn quote_button(v: &Visible) -> impl IntoView {
    let cs = CoachState::get();
    let key = v.key.clone();
    let quoted = cs
        .ws
        .settled
        .with_untracked(|t| quote(t, v.finding.start, v.finding.end));
    view! {
        <button
            type="button"
            class="finding-quote"
            data-testid="show-in-draft"
            title="Select these words in the draft"
            on:click=crate::ui::click(move |_| cs.show(&key, true))
        >
            <span class="visually-hidden">"Show in draft: "</span>
            {if quoted.is_empty() { "(the whole draft)".to_string() } else { format!("“{quoted}”") }}
        </button>
    }
}

/// Other concerns on the same words, each with its first rewrite.
fn also_here(also: &[Visible]) -> Option<impl IntoView> {
    (!also.is_empty()).then(|| {
        let items = also
            .iter()
            .map(|v| {
                let f = &v.finding;
                let apply = f
                    .suggestions
                    .first()
                    .map(|s| apply_button(v.key.clone(), 0, s));
                view! {
                    <li class="also-item" data-testid="also" data-category=f.category.id()>
                        <CategoryBadge category=f.category />
                        <span class="also-message">{f.message.clone()}</span>
                        {apply}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="also">
                <p class="also-title">"Also here"</p>
                <ul class="also-list">{items}</ul>
            </div>
        }
    })
}

/// The body of a card about one spot.
fn spot_body(spot: &SpotView) -> impl IntoView {
    let v = &spot.lead;
    let f = &v.finding;
    let first = f
        .suggestions
        .iter()
        .take(1)
        .map(|s| suggestion_item(&v.key, 0, s))
        .collect_view();
    let more_count = f.suggestions.len().saturating_sub(1);
    let more = (more_count > 0).then(|| {
        let rest = f
            .suggestions
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, s)| suggestion_item(&v.key, i, s))
            .collect_view();
        let summary = if more_count == 1 {
            "1 more way to say it".to_string()
        } else {
            format!("{more_count} more ways to say it")
        };
        view! {
            <details class="more-rewrites">
                <summary>{summary}</summary>
                <ul class="suggestions" aria-label="More rewrites">{rest}</ul>
            </details>
        }
    });
    view! {
        {quote_button(v)}
        <p class="finding-message">{f.message.clone()}</p>
        <ul class="suggestions" aria-label="Rewrite">{first}</ul>
        {more}
        {also_here(&spot.also)}
    }
}

/// Places a group card lists before "Show all": a long draft's group stays a card, not a wall.
const GROUP_PREVIEW: usize = 5;

/// One place of a group card: its words and its first rewrite.
fn group_spot(s: &SpotView) -> impl IntoView {
    let v = &s.lead;
    let apply = v
        .finding
        .suggestions
        .first()
        .map(|sg| apply_button(v.key.clone(), 0, sg));
    let also = (!s.also.is_empty()).then(|| {
        let text = match s.also.len() {
            1 => "and 1 more concern".to_string(),
            n => format!("and {n} more concerns"),
        };
        view! { <span class="group-also muted small">{text}</span> }
    });
    view! {
        <li class="group-spot" data-testid="group-spot" data-key=v.key.clone()>
            {quote_button(v)}
            {also}
            {apply}
        </li>
    }
}

/// The body of a group card: its places, the first few until the writer asks for all.
fn group_body(card: &CardView) -> impl IntoView {
    let cs = CoachState::get();
    let title = card.group.clone().unwrap_or_default();
    let id = card.group_id();
    let spots = card.spots.clone();
    let total = spots.len();
    let folds = total > GROUP_PREVIEW + 1;
    let open = {
        let id = id.clone();
        move || !folds || cs.open_groups.with(|g| g.contains(&id))
    };
    let (open2, open3, open4) = (open.clone(), open.clone(), open.clone());
    let shown = move || {
        let n = if open() { total } else { GROUP_PREVIEW };
        spots[..n].iter().map(group_spot).collect_view()
    };
    let toggle = move |_| {
        let now_open = untrack(&open2);
        cs.open_groups.update(|g| {
            g.retain(|x| *x != id);
            if !now_open {
                g.push(id.clone());
            }
        });
    };
    let more = folds.then(|| {
        view! {
            <button
                type="button"
                class="btn-link group-more"
                data-testid="group-more"
                aria-expanded=move || open4().to_string()
                on:click=crate::ui::click(toggle)
            >
                {move || if open3() {
                    "Show fewer places".to_string()
                } else {
                    format!("Show all {total} places")
                }}
            </button>
        }
    });
    view! {
        <p class="finding-message group-title" data-testid="group-title">{title}</p>
        <ul class="group-spots">{shown}</ul>
        {more}
    }
}

#[component]
pub fn FindingCard(card: CardView) -> impl IntoView {
    let cs = CoachState::get();
    let lead = card.lead().clone();
    let f = lead.finding.clone();
    let cat = f.category.id();
    let rule = rule_id(&f);
    let doc = catalogue().iter().find(|d| d.id == rule.as_str()).copied();
    let keys: Vec<String> = card.keys().map(str::to_string).collect();
    let keys = StoredValue::new(keys);
    let is_active = move || {
        cs.active.with(|a| {
            a.as_ref()
                .is_some_and(|a| keys.with_value(|k| k.contains(a)))
        })
    };
    let label = match &card.group {
        Some(title) => format!("{}: {title}", f.category.label()),
        None => format!("{}: {}", f.category.label(), f.message),
    };
    let count = card.spots.len();
    let body = match card.group {
        Some(_) => group_body(&card).into_any(),
        None => spot_body(&card.spots[0]).into_any(),
    };
    let example = doc
        .filter(|d| !d.example.is_empty() && !d.instead.is_empty())
        .map(|d| {
            view! {
                <p class="why-example">
                    <span class="instead">"Instead of "</span>
                    <q>{d.example}</q>
                    <span class="instead">" try "</span>
                    <q>{d.instead}</q>
                </p>
            }
        });
    let source = doc.map(|d| d.source).filter(|s| !s.is_empty());
    let why = if f.why.is_empty() {
        doc.map(|d| d.why).unwrap_or("")
    } else {
        f.why
    };
    let lead_key = lead.key.clone();
    let dismiss_label = if card.group.is_some() {
        "Dismiss all"
    } else {
        "Dismiss"
    };
    let rule_off = f.rule;

    view! {
        <li
            class=format!("finding cat-{cat}")
            class:is-active=is_active
            class:finding-group=card.group.is_some()
            data-testid="finding"
            data-category=cat
            data-rule=rule
            data-severity=severity_id(card.severity)
            data-count=count
            data-key=lead.key.clone()
            tabindex="0"
            aria-label=label
            on:focusin={
                let k = lead_key.clone();
                crate::ui::on(move |_| cs.show(&k, false))
            }
            on:mouseenter=crate::ui::click(move |_| cs.active.set(Some(lead_key.clone())))
        >
            <div class="finding-head">
                <CategoryBadge category=f.category />
                <span class=format!(
                    "severity severity-{}",
                    severity_id(card.severity),
                )>{severity_label(card.severity)}</span>
            </div>
            {body}
            <div class="finding-foot">
                <details class="why">
                    <summary>"Why it matters"</summary>
                    <p>{why}</p>
                    {example}
                    {source.map(|s| view! { <p class="why-source">"Source: " {s}</p> })}
                    <button
                        type="button"
                        class="btn-link"
                        data-testid="disable-rule"
                        on:click=crate::ui::click(move |_| {
                            cs.ws
                                .disabled_rules
                                .update(|d| {
                                    if !d.contains(&rule_off) {
                                        d.push(rule_off)
                                    }
                                })
                        })
                    >
                        "Turn this check off everywhere"
                    </button>
                </details>
                <button
                    type="button"
                    class="btn btn-quiet btn-dismiss"
                    data-testid="dismiss"
                    title="Hide for this draft (D)"
                    on:click=crate::ui::click(move |_| keys.with_value(|k| cs.dismiss_all(k)))
                >
                    {dismiss_label}
                </button>
            </div>
        </li>
    }
}
