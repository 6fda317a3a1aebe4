//! Harper (harper-core, a dev-dependency only) on rewritten sentences: the lints a rewrite
//! introduced, i.e. those its sentence has and the original sentence did not.
use harper_core::linting::{LintGroup, LintKind, Linter};
use harper_core::spell::FstDictionary;
use harper_core::{Dialect, Document};

use super::text::placeholder_ranges;

pub struct Harper {
    linter: LintGroup,
}

/// One lint, keyed by what it says and the text it points at (not by position, which a
/// rewrite shifts).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HarperLint {
    pub kind: String,
    pub message: String,
    pub text: String,
}

/// Style advice is not an error; these kinds are not counted.
fn counted(kind: &LintKind) -> bool {
    !matches!(
        kind,
        LintKind::Style
            | LintKind::Enhancement
            | LintKind::Readability
            | LintKind::Redundancy
            | LintKind::Regionalism
    )
}

impl Harper {
    pub fn new() -> Harper {
        Harper {
            linter: LintGroup::new_curated(FstDictionary::curated(), Dialect::American),
        }
    }

    /// Lints of one sentence, leaving out those inside or touching a `[placeholder]` (what the
    /// writer will type there is unknown) and style advice.
    pub fn lints(&mut self, sentence: &str) -> Vec<HarperLint> {
        let doc = Document::new_plain_english_curated(sentence);
        let chars: Vec<char> = sentence.chars().collect();
        // Placeholder ranges in chars, widened by one on each side.
        let holes: Vec<(usize, usize)> = placeholder_ranges(sentence)
            .into_iter()
            .map(|r| {
                let a = sentence[..r.start].chars().count();
                let b = sentence[..r.end].chars().count();
                (a.saturating_sub(1), b + 1)
            })
            .collect();
        let mut out: Vec<HarperLint> = self
            .linter
            .lint(&doc)
            .into_iter()
            .filter(|l| counted(&l.lint_kind))
            .filter(|l| {
                !holes
                    .iter()
                    .any(|&(a, b)| l.span.start < b && a < l.span.end)
            })
            .map(|l| HarperLint {
                kind: format!("{:?}", l.lint_kind),
                message: l.message.clone(),
                text: chars[l.span.start.min(chars.len())..l.span.end.min(chars.len())]
                    .iter()
                    .collect(),
            })
            .collect();
        out.sort();
        out
    }

    /// Lints of `after` not present in `before`.
    pub fn introduced(&mut self, before: &str, after: &str) -> Vec<HarperLint> {
        let mut pool = self.lints(before);
        let mut out = Vec::new();
        for l in self.lints(after) {
            if let Some(k) = pool
                .iter()
                .position(|p| p.kind == l.kind && p.text.to_lowercase() == l.text.to_lowercase())
            {
                pool.remove(k);
            } else if l.kind == "Spelling" && before.contains(l.text.as_str()) {
                // A name the writer wrote, repeated by the rewrite ("Priya … Priya [what Priya
                // did]"): not an error the rewrite introduced.
            } else {
                out.push(l);
            }
        }
        out
    }
}
