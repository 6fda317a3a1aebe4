//! The findings, one card per finding in text order, with keyboard navigation:
//! J/K or Alt+↓/Alt+↑ move between cards, Enter or A applies the first rewrite, D dismisses.
use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{finding_card::FindingCard, state::CoachState};

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
    let count = Memo::new(move |_| cs.panel.with(Vec::len));

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
                cs.dismiss(&k);
                focus_card_at(i);
            }
            _ => {}
        }
    };

    view! {
        <section class="panel findings-panel" aria-labelledby="findings-title">
            <h2 class="panel-title" id="findings-title">
                "Findings " <span class="count-pill" data-testid="findings-count">{count}</span>
            </h2>
            <Show when=move || count.get() == 0>
                <p class="muted empty-findings">
                    {move || if cs.ws.text.with(|t| t.trim().is_empty()) {
                        "As you write, anything vague, personal, harsh or hollow shows up here with a better way to say it."
                    } else {
                        "Nothing flagged. Check the matrix and the checklist before you send."
                    }}
                </p>
            </Show>
            <ul class="findings" node_ref=list on:keydown=on_keydown aria-label="Findings, in text order">
                <For
                    each=move || cs.panel.get()
                    key=|v| v.key.clone()
                    children=move |v| view! { <FindingCard item=v/> }
                />
            </ul>
        </section>
    }
}
