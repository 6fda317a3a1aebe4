//! `[placeholders]` in a draft: facts only the writer knows, left by a rewrite or a template.
//! Tab / Shift+Tab in the editor step through them.
use std::ops::Range;

use crate::engine::apply::first_placeholder;

/// Every placeholder in `text`: the engine's `unfilled-placeholder` spans plus any `[…]` holding
/// a letter (the same test `engine::apply` uses), sorted and without duplicates.
pub fn placeholder_spans(
    text: &str,
    engine_spans: impl IntoIterator<Item = Range<usize>>,
) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = engine_spans
        .into_iter()
        .filter(|r| r.end <= text.len() && r.start < r.end)
        .collect();
    let mut from = 0;
    while from < text.len() {
        match first_placeholder(&text[from..]) {
            Some(p) => {
                spans.push(from + p.start..from + p.end);
                from += p.end;
            }
            None => break,
        }
    }
    spans.sort_by_key(|r| (r.start, r.end));
    spans.dedup();
    spans
}

/// The placeholder Tab (forward) or Shift+Tab selects from selection `sel`; `None` lets Tab move
/// focus as usual (no wrap-around, so keyboard users can always leave the editor).
pub fn next_placeholder(
    spans: &[Range<usize>],
    sel: Range<usize>,
    forward: bool,
) -> Option<Range<usize>> {
    // A caret strictly inside a placeholder selects that one.
    if sel.is_empty() {
        if let Some(inside) = spans
            .iter()
            .find(|r| r.start < sel.start && sel.start < r.end)
        {
            return Some(inside.clone());
        }
    }
    if forward {
        spans
            .iter()
            .find(|r| r.start >= sel.end && **r != sel)
            .cloned()
    } else {
        spans
            .iter()
            .rev()
            .find(|r| r.end <= sel.start && **r != sel)
            .cloned()
    }
}
