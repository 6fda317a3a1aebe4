//! The heading of one code-review comment in the findings panel: its first words, the
//! Conventional Comments label Frankly proposes for it (put in front of the comment with one
//! click, replacing a label typed there), where the comment alone sits on the matrix, and how
//! many cards it has.
use leptos::prelude::*;

use super::state::CoachState;
use crate::engine::Quadrant;

/// What the heading shows, computed with the panel (plain data, compared to redraw).
#[derive(Clone, Debug, PartialEq)]
pub struct CommentRow {
    pub index: usize,
    pub total: usize,
    pub excerpt: String,
    /// The proposed prefix, e.g. "issue (blocking): ".
    pub prefix: String,
    /// The comment already starts with it.
    pub labelled: bool,
    pub quadrant: Quadrant,
    pub cards: usize,
}

#[component]
pub fn CommentHead(row: CommentRow) -> impl IntoView {
    let cs = CoachState::get();
    let label = row.prefix.trim_end().to_string();
    let index = row.index;
    let title_id = format!("comment-{index}-title");
    let count = match row.cards {
        0 => "nothing flagged".to_string(),
        1 => "1 card".to_string(),
        n => format!("{n} cards"),
    };
    let action = if row.labelled {
        view! { <span class="comment-labelled" data-testid="comment-labelled">"Labelled"</span> }
            .into_any()
    } else {
        view! {
            <button
                type="button"
                class="btn comment-apply"
                data-testid="apply-label"
                on:click=crate::ui::click(move |_| cs.apply_label(index))
            >
                "Apply label"
                <span class="visually-hidden">{format!(" {label} to comment {}", index + 1)}</span>
            </button>
        }
        .into_any()
    };
    view! {
        <li class="comment-head" data-testid="comment">
            <h3 class="comment-title" id=title_id>
                {format!("Comment {} of {}", row.index + 1, row.total)}
                <span class="comment-excerpt">{row.excerpt}</span>
            </h3>
            <p class="comment-meta small">
                <code class="comment-label" data-testid="comment-label">{row.prefix.trim_end().to_string()}</code>
                <span class="muted" data-testid="comment-quadrant">
                    {format!("{} · {count}", row.quadrant.label())}
                </span>
            </p>
            {action}
        </li>
    }
}
