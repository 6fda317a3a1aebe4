//! `name-calling`: an insult noun aimed at a person ("you idiot", "you're such a clown"), and
//! the sarcastic vocative (", genius.").
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab::class;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::NameCalling,
        category: Category::Personality,
        severity: Severity::Problem,
        what: "Calling the person a name (\"you idiot\", \"you're a clown\", a sarcastic \", genius.\" closing a sentence).",
        why: "Name-calling attacks the person instead of the problem; it ends the conversation and the person remembers the insult, not the issue. Radical Candor calls this obnoxious aggression.",
        source: "Kim Scott, Radical Candor; Ferreira et al., ICSME 2021",
        example: "You're such an amateur.",
        instead: "The release skipped the checklist; let's walk through it together before the next one.",
        known_false_positives: "Friendly banter between close colleagues (it still reads badly to others).",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect {
        care: -20.0,
        challenge: 3.0,
        label: "name-calling",
    },
    suggest: Some(suggest::harsh::name_calling),
    review_label: Some("issue (blocking)"),
};

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    for (i, aimed) in super::insult::insult_nouns(cx) {
        if aimed {
            let name = format!("\"{}\" calls the person a name", cx.doc.raw(i));
            out.push(cx.finding(&RULE, i, i + 1, name));
        }
    }
    sarcastic_vocatives(cx, out);
}

/// ", genius." — a sarcastic vocative at the end of a sentence.
fn sarcastic_vocatives(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for i in cx.tokens_with(class::INSULT_WEAK) {
        let before = |k: usize| {
            if k <= i && cx.same_sentence(i - k, i) {
                d.lower(i - k)
            } else {
                ""
            }
        };
        let opener = |w: &str| {
            crate::engine::vocab::words::List("haha|lol|lmao|listen|look|hey|dude").contains(&w)
        };
        let ends = !cx.same_sentence(i, i + 1)
            || crate::engine::vocab::words::List(".|!|?|!!|?!|...").contains(&d.lower(i + 1));
        // ", genius." closing a sentence; "haha noob, you …" and "Listen, amateur, …" after an
        // interjection.
        let set_off = ends || d.lw(i + 1) == ",";
        // "haha noob you really …": no comma, but the reader's clause starts right after.
        let before_reader = opener(before(1)) && crate::engine::vocab::words::List("you|you're|u").contains(&d.lw(i + 1));
        let vocative = before(1) == "," && ends
            || before_reader
            || set_off && (opener(before(1)) || before(1) == "," && opener(before(2)));
        if vocative
            && crate::engine::vocab::words::List("genius|einstein|sherlock|kid|clown|amateur|noob|n00b|troll|dummy").contains(&d.lower(i))
        {
            let name = format!("\"{}\" calls the reader a name", d.raw(i));
            out.push(cx.finding(&RULE, i, i + 1, name));
        }
    }
}

crate::rule_tests! {
    rule: NameCalling,
    fires: [
        "You idiot, you broke it",
        "you're such a clown",
        "Sure, ship it, genius.",
        "Listen, amateur, the lock goes first.",
        "haha noob, you really want to test that?",
        "lol noob you think that scales?",
        "I think you are a moron.",
        "You're all petulant children.",
        "Are you a shill for that vendor?",
        "You are clearly a novice at this.",
    ],
    quiet: [
        // Struck through: taken back.
        "~~You idiot.~~ Sorry, that was uncalled for.",
        "This is a hack around the monkey patch.",
        "The baby step here is fine.",
        "You are not a fool for asking.",
        "Did you fool the linter into passing?",
        "The genius of this design is the cache.",
        "Look, amateur radio is a fine hobby.",
        "Beginner, amateur, and pro plans all include it.",
        "Our users are children learning to code.",
        "The children of this node are sorted.",
    ],
}
