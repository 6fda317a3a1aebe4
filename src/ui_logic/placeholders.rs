//! `[placeholders]` in a draft: facts only the writer knows, left by a rewrite or a template.
//! Tab / Shift+Tab in the editor step through them.
use std::ops::Range;

/// Every placeholder in `text`, in order: the engine's own definition, so Tab selects exactly
/// what the `unfilled-placeholder` findings report (never `a[i]` in code or a markdown link).
pub fn placeholder_spans(text: &str) -> Vec<Range<usize>> {
    crate::engine::placeholder_spans(text)
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
