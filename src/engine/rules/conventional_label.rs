//! `conventional-label`: in code review, a Conventional Comments label that is not one of the
//! spec's ("nit:", "blocker:", "fyi:"), or a label that says "this does not block" ("nitpick",
//! "thought", "praise", "note") on a comment that reports a defect (a crash, a leak, a failure,
//! a "must"). The label itself is proposed by `engine::conventional`.
use crate::engine::context::{make, Cx};
use crate::engine::conventional::{self, not_blocking_label};
use crate::engine::model::{Category, Finding, Mode, RuleDoc, Severity, Suggestion};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest::{Body, Cx as SuggestCx};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::ConventionalLabel,
        category: Category::Structure,
        severity: Severity::Warning,
        what: "In a code review, a label that is not a Conventional Comments label (\"nit:\", \"blocker:\"), or a non-blocking one (\"nitpick:\", \"thought:\") on a bug, a crash or a must.",
        why: "A label (praise, nitpick, suggestion, issue, todo, question, thought, chore, note; blocking or non-blocking) says what a comment asks before it is read. An unknown one leaves the author guessing; \"nitpick\" on a crash invites skipping a blocker.",
        source: "Conventional Comments (conventionalcomments.org), labels and decorations",
        example: "nitpick: this crashes when the config file is missing.",
        instead: "issue (blocking): this crashes when the config file is missing.",
        known_false_positives: "A team's own labels (\"perf:\") pass. A defect word only named can read as a report (\"nitpick: 'broken' is misspelled\").",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect::NONE,
    suggest: Some(suggest),
    review_label: None,
};

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.mode != Mode::CodeReview {
        return;
    }
    for c in conventional::comments(cx.doc, &cx.views) {
        let Some(t) = &c.typed else { continue };
        let text = cx.doc.text;
        let end = t.start + text[t.start..t.end].trim_end().len();
        let proposed = c.prefix.trim_end().trim_end_matches(':');
        let (message, severity) = match t.known {
            None => (
                format!(
                    "\"{}\" is not a Conventional Comments label: \"{proposed}\" says it in the spec's words",
                    t.label
                ),
                if c.label == crate::engine::model::ReviewLabel::Issue {
                    Severity::Warning
                } else {
                    Severity::Note
                },
            ),
            Some(known) if not_blocking_label(known) && c.label != known => (
                format!(
                    "\"{}\" on a comment that reads as blocking: label it \"{proposed}\"",
                    t.label
                ),
                Severity::Warning,
            ),
            Some(_) => continue,
        };
        let mut f = make(&RULE, t.start, end, message);
        f.severity = severity;
        out.push(f);
    }
}

/// Replace the typed label (through the colon and its spaces) with the proposed prefix.
fn suggest(cx: &SuggestCx, _body: &Body, f: &Finding) -> Vec<Suggestion> {
    let Some(c) = conventional::comment_at(&cx.doc, &cx.views, f.start) else {
        return Vec::new();
    };
    let mut s = conventional::label_suggestion(cx.text, &c);
    s.label = format!("Use \"{}\"", c.prefix.trim_end());
    vec![s]
}

crate::rule_tests! {
    rule: ConventionalLabel,
    fires: [],
    quiet: [
        "nit: extra blank line",
        "nitpick: this crashes when the config file is missing.",
    ],
    mode Mode::CodeReview => {
        fires: [
            "nit: extra blank line",
            "blocker: the tests fail on CI.",
            "fyi: the staging database is reset every night.",
            "sugestion: extract this into a helper.",
            "nitpick: this crashes when the config file is missing.",
            "thought: this deletes the cache and we lose every saved draft.",
            "praise: nice, but the token is logged in plain text.",
            "Looks fine overall.\n\nnit: trailing whitespace",
        ],
        quiet: [
            "nitpick: rename `tmp` to `rows`.",
            "issue (blocking): this crashes on an empty file.",
            "question: does this crash on an empty file?",
            "suggestion (non-blocking): extract the retry loop.",
            "Race condition: two workers can claim the same job.",
            "Performance: this loops twice over the list.",
            "This crashes on an empty file.",
            "note: the cron job runs at midnight.",
        ]
    },
}

#[cfg(test)]
mod rewrites {
    use crate::engine::rule::testing::first_suggestion;
    use crate::engine::rules::RuleId;
    use crate::engine::Mode;

    #[test]
    fn the_first_suggestion_replaces_the_label_and_keeps_the_comment() {
        for (before, after) in [
            ("nit: extra blank line", "nitpick (non-blocking): extra blank line"),
            (
                "nitpick: this crashes when the config file is missing.",
                "issue (blocking): this crashes when the config file is missing.",
            ),
            ("blocker: the tests fail on CI.", "issue (blocking): the tests fail on CI."),
            (
                "Intro.\n\nfyi:  the database resets nightly.",
                "Intro.\n\nnote: the database resets nightly.",
            ),
        ] {
            let got = first_suggestion(RuleId::ConventionalLabel, Mode::CodeReview, before);
            assert_eq!(got.as_deref(), Some(after), "{before:?}");
            let options = crate::engine::Options {
                mode: Mode::CodeReview,
                ..Default::default()
            };
            let again = crate::engine::analyze_with(after, &options);
            assert!(
                !again.findings.iter().any(|f| f.rule == RuleId::ConventionalLabel),
                "applying the label removes the finding: {after:?}"
            );
        }
    }
}
