//! Code review: the findings of each comment, for a per-comment panel. Works on indices into
//! the findings (like `triage`), so the UI keeps its own data beside them.
use crate::engine::{CommentVerdict, Finding};

/// The findings of one comment: the comment's index in `Analysis::comments` and the indices of
/// the findings that start inside it, in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentFindings {
    pub comment: usize,
    pub findings: Vec<usize>,
}

/// Group `findings` (sorted by start, as `analyze` returns them) by the comment they start in.
/// Every comment gets a group, in order, even with no finding; a finding that starts outside
/// every comment (in the blank lines between them: never, for the engine's spans) goes to the
/// comment before it, or the first.
pub fn by_comment(comments: &[CommentVerdict], findings: &[Finding]) -> Vec<CommentFindings> {
    let mut out: Vec<CommentFindings> = (0..comments.len())
        .map(|comment| CommentFindings {
            comment,
            findings: Vec::new(),
        })
        .collect();
    if out.is_empty() {
        return out;
    }
    for (i, f) in findings.iter().enumerate() {
        if let Some(c) = comment_of(comments, f.start) {
            out[c].findings.push(i);
        }
    }
    out
}

/// The index of the comment holding byte `at` (the last one starting at or before it), if any.
pub fn comment_of(comments: &[CommentVerdict], at: usize) -> Option<usize> {
    let n = comments.partition_point(|c| c.start <= at);
    n.checked_sub(1).or((!comments.is_empty()).then_some(0))
}

/// What a comment's heading shows: its first words (at most `max` chars, cut at a word).
pub fn excerpt(text: &str, c: &CommentVerdict, max: usize) -> String {
    let body = text.get(c.start..c.end).unwrap_or("");
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if body.chars().count() <= max {
        return body;
    }
    let cut: String = body.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// The comment already starts with the label Frankly proposes for it.
pub fn is_labelled(text: &str, c: &CommentVerdict) -> bool {
    text.get(c.start..)
        .is_some_and(|t| t.starts_with(c.prefix.as_str()))
}
