//! `shouting`: runs of ALL-CAPS words, or three or more exclamation marks.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Shouting,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "ALL CAPS or a pile of exclamation marks (\"!!!\").",
        why: "In writing, capitals and stacked exclamation marks read as raised voice; the reader hears anger before the content. Radical Candor: challenge directly, not loudly.",
        source: "Kim Scott, Radical Candor; netiquette conventions (RFC 1855)",
        example: "DO NOT MERGE THIS AGAIN!!!",
        instead: "Please hold the merge: this branch fails the migration test (see CI run 4812).",
        known_false_positives: "Runs of acronyms (\"HTTP API JSON\"); code pasted without backticks.",
    },
    phrases: &[],
    check: Check::Sentences(check),
    effect: Effect {
        care: -10.0,
        challenge: 4.0,
        label: "shouting",
    },
    suggest: Some(suggest::replace::shouting),
    review_label: Some("issue (blocking)"),
};

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    use crate::engine::vocab::class;
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
            out.push(cx.finding(&RULE, i, i + 1, msg.to_string()));
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
            out.push(cx.finding(&RULE, i, j, "All caps reads as shouting".to_string()));
        }
        skip_to = j;
    }
}

crate::rule_tests! {
    rule: Shouting,
    fires: [
        "DO NOT MERGE THIS",
        "Fix it now!!!",
        "Why is this still broken?!"
    ],
    quiet: [
        "The HTTP API returns JSON.",
        "Nice catch!",
        "Does this work? Yes!",
        "See `NO_PROXY` and MAX_RETRIES."
    ],
}
