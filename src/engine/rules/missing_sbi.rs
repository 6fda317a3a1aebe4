//! `missing-sbi`: critical feedback that lacks a situation, a behavior, an impact or a next step.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, Mode, RuleDoc, Severity};
use crate::engine::scoring::Scores;
use crate::engine::sentence::Who;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::MissingSbi,
        category: Category::Structure,
        severity: Severity::Note,
        what: "Critical feedback on someone (the reader, or a person the draft talks about) missing a situation, a behavior, an impact or a next step. A question, the writer owning a slip, or a remark on code in a draft that names no one is not asked for them.",
        why: "Situation-Behavior-Impact keeps criticism about one observable moment and why it mattered, and a next step makes it actionable; without them the reader has to guess.",
        source: "Situation-Behavior-Impact, Center for Creative Leadership; Michael Bungay Stanier, The Coaching Habit",
        example: "Your updates are too long.",
        instead: "In Friday's update (situation) you covered every ticket for 20 minutes (behavior); two people left before the decisions (impact). Could we try a three-line summary first (next step)?",
        known_false_positives: "Short code-review notes, where the line is the situation: in a code thread it asks only for a next step.",
    },
    phrases: "",
    check: Check::Draft(check),
    effect: Effect::NONE,
    suggest: Some(suggest::structure::missing_sbi),
    review_label: Some("suggestion (non-blocking)"),
};

fn check(cx: &Cx, scores: &Scores, out: &mut Vec<Finding>) {
    let sbi = crate::engine::scoring::placeholder_parts(cx, scores.sbi);
    let Some(si) = scores.critical_sentence else {
        return;
    };
    if cx.mode == Mode::Praise || !feedback_on_someone(cx, si) {
        return;
    }
    let mut missing = Vec::new();
    // A code comment's situation is the line it sits on: ask for a next step only.
    if cx.code_thread() {
        if !sbi.next_step {
            missing.push("a next step");
        }
    } else {
        if !sbi.situation {
            missing.push("the situation (when/where)");
        }
        if !sbi.behavior {
            missing.push("the behavior you saw");
        }
        if !sbi.impact {
            missing.push("the impact");
        }
        if !sbi.next_step {
            missing.push("a next step");
        }
    }
    if missing.is_empty() {
        return;
    }
    let s = &cx.doc.sentences[si];
    out.push(cx.finding(
        &RULE,
        s.tokens.start,
        s.tokens.end,
        format!("Critical feedback without {}", missing.join(", ")),
    ));
}

/// Is critical sentence `si` feedback on what someone did, which SBI structures? Not the
/// writer owning a slip ("Sloppy slip on my part"), not a question ("How about this ugly
/// hack?"), and not a remark on the code or a tool in a draft that names no one ("This cast is
/// redundant").
fn feedback_on_someone(cx: &Cx, si: usize) -> bool {
    let someone = |v: &crate::engine::sentence::SentenceView| matches!(v.who, Who::Reader | Who::Person);
    let v = cx.views[si];
    // "I would not give Dana another demo", "Needs constant reminders.": the reviewed person.
    let reviewed = super::vague_criticism::about_someone(cx, si);
    // "broken on Windows": in a draft that judges no one, a name after "on" is a platform.
    let loose = !cx.views.iter().any(|v| v.who == Who::Person);
    let remark = v.who == Who::Other
        && (v.named.is_some_and(|k| !crate::engine::sentence::object_of_preposition(cx.doc, k, loose))
            || cx.facts[si].person || cx.views.iter().any(someone));
    // In a thread about software the feedback is to the reader: a sentence about a third party
    // or a tool ("Repo rewrites the manifest", "Roland would be the better reviewer") is not.
    let to_reader = cx.sentence_has(si, crate::engine::sentence::word::READER)
        || cx.mode == Mode::CodeReview
        || !cx.tech();
    !cx.facts[si].question && (reviewed || v.who == Who::Reader || remark) && to_reader
}

crate::rule_tests! {
    rule: MissingSbi,
    fires: [
        "Willing to help. Needs constant reminders about deadlines.",
        "I would not give Dana another customer demo.",
        "Your updates are too long and hard to follow.",
        "She's just not a systems person.",
        "Your patch in `io.rs` is lazy and the tests fail.",
    ],
    quiet: [
        "You might want to use unicode(exc) in case the lazy translation is off.",
        "He will be a great success on this team for years.",
        "We no longer patch it, so you can remove that.\n\nSee `eutils` in the build file.",
        "Repo is terrible at handling the manifest in this build.",
        "They never fix anything, and the maintainers ignore every bug report about the build.",
        "Thanks for the careful review of the cache PR, it caught a bug before release.",
        "Thanks for the release notes on Friday, they were clear.",
        "You're a born leader.",
        "The cache PR has a bug.",
        "Sloppy slip on my part, sorry.",
        "Priya never misses a handoff.",
        "The report had no errors this quarter.",
        "How about this ugly hack?",
        "In Friday's standup you spoke for 20 minutes, so two people missed their next meeting. Could you keep it to five minutes next time?",
    ],
    mode Mode::CodeReview => {
        fires: [],
        quiet: ["This loop is wrong; use `iter()` instead."]
    },
}
