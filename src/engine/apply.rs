//! Applying a suggestion: a pure, total function the UI and the tests share.
use std::ops::Range;

use super::model::Suggestion;

/// Replace `s.start..s.end` of `text` with `s.replacement`.
///
/// Returns the new text and the byte range to select afterwards: the first `[placeholder]` in the
/// inserted text if it has one (so the writer can type the missing fact at once), otherwise the
/// inserted text. Offsets out of range or inside a character are clamped to the nearest char
/// boundary, so a stale suggestion can never panic or produce invalid UTF-8.
pub fn apply(text: &str, s: &Suggestion) -> (String, Range<usize>) {
    let start = floor_boundary(text, s.start.min(s.end));
    let end = floor_boundary(text, s.end.max(s.start)).max(start);
    let mut out = String::with_capacity(text.len() + s.replacement.len());
    out.push_str(&text[..start]);
    out.push_str(&s.replacement);
    out.push_str(&text[end..]);
    let inserted = start..start + s.replacement.len();
    let selection = first_placeholder(&s.replacement)
        .map(|p| start + p.start..start + p.end)
        .unwrap_or(inserted);
    (out, selection)
}

/// The byte range of the first placeholder in `s` (see `placeholder_spans`).
pub fn first_placeholder(s: &str) -> Option<Range<usize>> {
    super::placeholders::placeholder_spans(s).into_iter().next()
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sugg(start: usize, end: usize, replacement: &str) -> Suggestion {
        Suggestion {
            label: "test".into(),
            start,
            end,
            replacement: replacement.into(),
        }
    }

    #[test]
    fn replaces_the_span_and_selects_the_inserted_text() {
        let (t, sel) = apply("You always miss it.", &sugg(4, 10, "sometimes"));
        assert_eq!(t, "You sometimes miss it.");
        assert_eq!(&t[sel], "sometimes");
    }

    #[test]
    fn selects_the_first_placeholder() {
        let (t, sel) = apply("Good job.", &sugg(0, 8, "In [meeting], you [behavior]"));
        assert_eq!(t, "In [meeting], you [behavior].");
        assert_eq!(&t[sel], "[meeting]");
    }

    #[test]
    fn removal_leaves_an_empty_selection_at_the_cut() {
        let (t, sel) = apply("I just think so.", &sugg(2, 7, ""));
        assert_eq!(t, "I think so.");
        assert_eq!(sel, 2..2);
    }

    #[test]
    fn stale_offsets_are_clamped_to_char_boundaries() {
        let text = "héllo 🙂";
        for a in 0..text.len() + 3 {
            for b in 0..text.len() + 3 {
                let (t, sel) = apply(text, &sugg(a, b, "x"));
                assert!(t.is_char_boundary(sel.start) && t.is_char_boundary(sel.end));
            }
        }
    }

    #[test]
    fn brackets_without_words_are_not_placeholders() {
        assert_eq!(
            first_placeholder("a[0] and b[] then [the team]"),
            Some(18..28)
        );
        assert_eq!(first_placeholder("x[1]"), None);
        assert_eq!(
            first_placeholder("read `a[idx]` then [the owner]"),
            Some(19..30)
        );
    }
}
