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
        // The last comment that starts at or before the finding.
        let c = comments
            .partition_point(|c| c.start <= f.start)
            .saturating_sub(1);
        out[c].findings.push(i);
    }
    out
}
