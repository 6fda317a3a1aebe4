//! The tooltip over a mark: shown while the pointer is on a mark or the caret is inside one.
//! The full card (with Apply and "why it matters") stays in the findings panel.
use leptos::prelude::*;

use super::{category_badge::CategoryBadge, state::CoachState};

/// What the mark tooltip shows: a finding (its key) and where (px in the editor's shell).
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub key: String,
    pub left: f64,
    pub top: f64,
}

#[component]
pub fn MarkTip(tip: impl Fn() -> Option<Tip> + Send + Sync + 'static) -> impl IntoView {
    let cs = CoachState::get();
    move || {
        let t = tip()?;
        let v = cs.find(&t.key)?;
        let f = v.finding;
        let first = f.suggestions.first().map(|s| {
            let shown = if s.replacement.is_empty() {
                "(remove it)".to_string()
            } else {
                format!("“{}”", s.replacement)
            };
            view! { <p class="tip-try"><span class="tip-try-label">"Try "</span>{shown}</p> }
        });
        Some(view! {
            <div
                class=format!("mark-tip cat-{}", f.category.id())
                role="tooltip"
                data-testid="mark-tip"
                data-category=f.category.id()
                style:left=format!("{}px", t.left.round() as i32)
                style:top=format!("{}px", t.top.round() as i32)
            >
                <CategoryBadge category=f.category/>
                <p class="tip-message">{f.message.clone()}</p>
                {first}
                <p class="tip-foot">"Its card in the coach panel has the fix and the reason."</p>
            </div>
        })
    }
}
