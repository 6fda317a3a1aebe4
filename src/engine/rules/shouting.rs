//! `shouting`: runs of ALL-CAPS words, or three or more exclamation marks.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

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
    use crate::engine::lexicon::class;
    let d = cx.doc;
    let mut skip_to = 0;
    for i in cx.tokens_with(class::CAPS | class::BANGS) {
        if i < skip_to {
            continue;
        }
        if cx.is(i, class::BANGS) {
            let msg = if d.lower(i).contains('?') {
                "\"?!\" reads as exasperation"
            } else {
                "Stacked exclamation marks read as shouting"
            };
            out.push(cx.finding(&DOC, i, i + 1, msg.to_string()));
            continue;
        }
        let mut j = i;
        let mut long = 0;
        while j < d.tokens.len() && cx.is(j, class::CAPS) {
            if d.lower(j).chars().count() >= 4 {
                long += 1;
            }
            j += 1;
        }
        if j - i >= 3 && long >= 1 {
            out.push(cx.finding(&DOC, i, j, "All caps reads as shouting".to_string()));
        }
        skip_to = j;
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
        assert!(has("Why is this still broken?!"));
    }

    #[test]
    fn acronyms_and_single_bangs_are_fine() {
        assert!(!has("The HTTP API returns JSON."));
        assert!(!has("Nice catch!"));
        assert!(!has("Does this work? Yes!"));
        assert!(!has("See `NO_PROXY` and MAX_RETRIES."));
    }
}
