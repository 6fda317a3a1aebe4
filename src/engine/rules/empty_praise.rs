//! `empty-praise`: praise that rules out any growth ("no need to change anything").
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab::Match;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::EmptyPraise,
        category: Category::Insincere,
        severity: Severity::Warning,
        what: "Praise that rules out any growth (\"no need to change anything\").",
        why: "Telling someone there is nothing to improve withholds the challenge they need to grow; Radical Candor calls it ruinous empathy.",
        source: "Kim Scott, Radical Candor (ruinous empathy)",
        example: "You're doing great, no need to change anything.",
        instead: "Your incident write-ups are the clearest on the team. Next: want to run the next postmortem yourself?",
        known_false_positives: "Sign-off on a finished piece of work (\"no changes needed, merging\").",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: 2.0,
        challenge: -10.0,
        label: "empty praise",
    },
    suggest: Some(suggest::praise::empty),
    review_label: Some("praise"),
};

pub const PHRASES: &str = "\
no need to change anything|no need to change|don't change a thing|nothing to improve|\
nothing to work on|keep doing what you're doing|keep doing what you are doing|you're perfect|\
perfect as always|flawless as always|couldn't be better|no notes|nothing to add|no complaints|\
no areas for improvement";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    // "no need to change the API" is a technical note; empty praise is said to a person.
    let d = cx.doc;
    // "it costs us nothing to add a wrapper": "add" with its own object is a proposal;
    // "nothing to add (from me)." ends the clause.
    let adds_object = |m: &Match| {
        d.lower(m.end - 1) == "add"
            && d.is_word(m.end)
            && !crate::engine::vocab::words::List("here|from|on|for|really|else|at").contains(&d.lw(m.end))
    };
    let keep = |m: &Match| {
        !adds_object(m) && cx.facts_at(m.start).person
            || !adds_object(m) && crate::engine::vocab::words::List("anything|thing|improve|on|perfect|always|notes|complaints|add|doing").contains(&cx.doc.lower(m.end - 1))
    };
    let message = |q: &str| format!("\"{q}\" leaves no room to grow");
    cx.phrase_findings(&RULE, keep, message, out);
}

crate::rule_tests! {
    rule: EmptyPraise,
    fires: ["You're doing great, no need to change anything."],
    quiet: [
        "No need to change the API; the bug is in the client.",
        "It would cost us nothing to add a wrapper that calls the old method.",
    ],
}
