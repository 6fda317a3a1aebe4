//! `shouting`: runs of ALL-CAPS words, or three or more exclamation marks.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static DOC: RuleDoc = RuleDoc {
    id: "shouting",
    category: Category::Harsh,
    severity: Severity::Warning,
    what: "ALL CAPS or a pile of exclamation marks (\"!!!\").",
    why: "In writing, capitals and stacked exclamation marks read as raised voice; the reader hears anger before the content. Radical Candor: challenge directly, not loudly.",
    source: "Kim Scott, Radical Candor; netiquette conventions (RFC 1855)",
    example: "DO NOT MERGE THIS AGAIN!!!",
    instead: "Please hold the merge: this branch fails the migration test (see CI run 4812).",
    known_false_positives: "Runs of acronyms (\"HTTP API JSON\"); code pasted without backticks.",
};

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let n = d.tokens.len();
    let mut i = 0;
    while i < n {
        let t = &d.tokens[i];
        if t.kind == TokenKind::Word && t.caps && !t.ident {
            let mut j = i;
            let mut long = 0;
            while j < n && d.tokens[j].kind == TokenKind::Word && d.tokens[j].caps && !d.tokens[j].ident {
                if d.lower(j).chars().count() >= 4 {
                    long += 1;
                }
                j += 1;
            }
            if j - i >= 3 && long >= 1 {
                out.push(cx.finding(&DOC, i, j, "All caps reads as shouting".to_string()));
            }
            i = j.max(i + 1);
            continue;
        }
        if t.kind == TokenKind::Punct && t.end - t.start >= 3 && d.lower(i).matches('!').count() >= 3 {
            out.push(cx.finding(&DOC, i, i + 1, "Stacked exclamation marks read as shouting".to_string()));
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn has(text: &str) -> bool {
        analyze(text).findings.iter().any(|f| f.rule == "shouting")
    }

    #[test]
    fn flags_caps_and_exclamations() {
        assert!(has("DO NOT MERGE THIS"));
        assert!(has("Fix it now!!!"));
    }

    #[test]
    fn acronyms_and_single_bangs_are_fine() {
        assert!(!has("The HTTP API returns JSON."));
        assert!(!has("Nice catch!"));
        assert!(!has("See `NO_PROXY` and MAX_RETRIES."));
    }
}
