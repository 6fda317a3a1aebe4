//! The findings panel: one card per spot or per repeated rule, most urgent first, filtered by
//! the category chips, drawn a batch per frame after a big paste. Keyboard: J/K or
//! Alt+↓/Alt+↑ move between cards, Enter or A applies the first rewrite, D dismisses.
use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::comment_head::{CommentHead, CommentRow};
use super::finding_card::FindingCard;
use super::state::{CardView, CoachState};
use crate::ui_logic::comments::{excerpt, is_labelled};
use crate::ui_logic::triage::render_limit;

/// One row of the list: a card, or (code review) the heading of a comment before its cards.
#[derive(Clone, Debug, PartialEq)]
enum Row {
    Comment(CommentRow),
    Card(CardView),
}

impl Row {
    fn key(&self) -> String {
        match self {
            Row::Card(c) => c.key.clone(),
            Row::Comment(c) => format!(
                "comment\u{1e}{}\u{1e}{}\u{1e}{}\u{1e}{}\u{1e}{}\u{1e}{}",
                c.index,
                c.prefix,
                c.labelled,
                c.quadrant.id(),
                c.cards,
                c.excerpt
            ),
        }
    }
}

/// The cards the chip filter lets through; in a code review each comment's heading comes
/// before its cards (every comment when no chip is pressed, so each shows its label).
fn rows(cs: CoachState, cards: Vec<CardView>) -> Vec<Row> {
    let comments = cs.panel_comments.get();
    if comments.is_empty() {
        return cards.into_iter().map(Row::Card).collect();
    }
    let filtered = cs.filter.get().is_some();
    let text = cs.ws.settled.get_untracked();
    let mut out = Vec::with_capacity(cards.len() + comments.len());
    for (i, c) in comments.iter().enumerate() {
        let mine: Vec<CardView> = cards
            .iter()
            .filter(|k| k.comment == Some(i))
            .cloned()
            .collect();
        if filtered && mine.is_empty() {
            continue;
        }
        out.push(Row::Comment(CommentRow {
            index: i,
            total: comments.len(),
            excerpt: excerpt(&text, c, 60),
            prefix: c.prefix.clone(),
            labelled: is_labelled(&text, c),
            quadrant: c.quadrant,
            cards: mine.len(),
        }));
        out.extend(mine.into_iter().map(Row::Card));
    }
    out
}

/// New cards drawn per frame: a big paste never blocks the page for long.
const BATCH: usize = 10;

fn cards(list: &web_sys::HtmlUListElement) -> Vec<web_sys::HtmlElement> {
    let Ok(nodes) = list.query_selector_all(":scope > [data-testid=\"finding\"]") else {
        return vec![];
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

#[component]
pub fn FindingsList() -> impl IntoView {
    let cs = CoachState::get();
    let list = NodeRef::<Ul>::new();
    let count = move || cs.panel.with(Vec::len);
    // The cards the chips let through.
    let shown_cards = move || {
        let filter = cs.filter.get();
        let mut all = cs.cards();
        all.retain(|c| filter.is_none_or(|f| c.categories.contains(&f)));
        all
    };
    let shown = move || rows(cs, shown_cards());
    // How many of `shown` are in the DOM: those already drawn, plus a batch of new ones per frame.
    let limit = RwSignal::new(0usize);
    let drawn = StoredValue::new(Vec::<String>::new());
    let step = move || {
        let keys: Vec<String> = untrack(|| shown().iter().map(Row::key).collect());
        let n = drawn.with_value(|d| render_limit(d, &keys, BATCH));
        drawn.set_value(keys[..n].to_vec());
        limit.set(n);
        n < keys.len()
    };
    crate::ui::effect(move || {
        let _ = shown();
        if step() {
            fn more(step: impl Fn() -> bool + Copy + 'static) {
                request_animation_frame(move || {
                    if step() {
                        more(step);
                    }
                });
            }
            more(step);
        }
    });
    let visible_cards = move || {
        let n = limit.get();
        shown().into_iter().take(n).collect::<Vec<_>>()
    };

    let focus_card_at = move |i: usize| {
        request_animation_frame(move || {
            let Some(ul) = list.get_untracked() else {
                return;
            };
            let all = cards(&ul);
            if let Some(c) = all.get(i.min(all.len().saturating_sub(1))) {
                let _ = c.focus();
            }
        });
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(ul) = list.get_untracked() else {
            return;
        };
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(card) = target.closest("[data-testid=\"finding\"]").ok().flatten() else {
            return;
        };
        let on_card = target == card;
        let all = cards(&ul);
        let Some(i) = all
            .iter()
            .position(|c| AsRef::<web_sys::Element>::as_ref(c) == &card)
        else {
            return;
        };
        let plain = !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key();
        let key = ev.key();
        let move_to = match key.as_str() {
            "ArrowDown" if ev.alt_key() => Some(i + 1),
            "ArrowUp" if ev.alt_key() => Some(i.saturating_sub(1)),
            "j" | "J" if plain && on_card => Some(i + 1),
            "k" | "K" if plain && on_card => Some(i.saturating_sub(1)),
            "Home" if on_card => Some(0),
            "End" if on_card => Some(all.len() - 1),
            _ => None,
        };
        if let Some(j) = move_to {
            ev.prevent_default();
            if let Some(c) = all.get(j.min(all.len() - 1)) {
                let _ = c.focus();
            }
            return;
        }
        if !on_card || !plain {
            return;
        }
        let Some(k) = card.get_attribute("data-key") else {
            return;
        };
        match key.as_str() {
            "Enter" | "a" | "A" => {
                ev.prevent_default();
                cs.apply(&k, 0);
            }
            "d" | "D" | "Delete" => {
                ev.prevent_default();
                cs.dismiss_all(&cs.card_keys(&k));
                focus_card_at(i);
            }
            _ => {}
        }
    };

    let filtered_note = move || {
        let f = cs.filter.get()?;
        let (n, total) = (shown_cards().len(), cs.cards().len());
        Some(view! {
            <p class="filter-note small" data-testid="filter-note">
                {format!(
                    "{n} of {total} card{} · {}",
                    if total == 1 { "" } else { "s" },
                    f.label(),
                )}
                " "
                <button type="button" class="btn-link" on:click=crate::ui::click(move |_| cs.filter.set(None))>
                    "Show all"
                </button>
            </p>
        })
    };

    view! {
        <section class="panel findings-panel" aria-labelledby="findings-title">
            <h2 class="panel-title" id="findings-title">
                "Findings "
                <span class="count-pill" data-testid="findings-count">
                    {count}
                </span>
            </h2>
            {filtered_note}
            <Show when=crate::ui::when(move || count() == 0)>
                <p class="muted empty-findings">
                    {move || {
                        if cs.ws.text.with(|t| t.trim().is_empty()) {
                            "As you write, anything vague, personal, harsh or hollow shows up here with a better way to say it."
                        } else {
                            "Nothing flagged. Check the matrix and the checklist before you send."
                        }
                    }}
                </p>
            </Show>
            <ul
                class="findings"
                id="findings-list"
                node_ref=list
                on:keydown=crate::ui::on(on_keydown)
                aria-label="Findings, most urgent first"
            >
                <For
                    each=visible_cards
                    key=Row::key
                    children=move |r| match r {
                        Row::Card(c) => view! { <FindingCard card=c /> }.into_any(),
                        Row::Comment(c) => view! { <CommentHead row=c /> }.into_any(),
                    }
                />
            </ul>
        </section>
    }
}
