//! `backhanded`: backhanded or passive-aggressive phrasing ("no offense, but", "per my last
//! email", "not bad for").
use crate::engine::context::Cx;
use crate::engine::vocab::words::List;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Backhanded,
        category: Category::Insincere,
        severity: Severity::Warning,
        what: "Backhanded or passive-aggressive phrasing (\"no offense, but\", \"per my last email\", \"not bad for\").",
        why: "These phrases announce the opposite of what they say, so the reader hears hostility wrapped in politeness. Radical Candor calls this manipulative insincerity.",
        source: "Kim Scott, Radical Candor (manipulative insincerity)",
        example: "No offense, but per my last email the deadline was Friday.",
        instead: "The deadline was Friday and the report arrived Monday; what got in the way?",
        known_false_positives: "Quoting the phrase to discuss it.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -12.0,
        challenge: -4.0,
        label: "backhanded phrasing",
    },
    suggest: Some(suggest::praise::backhanded),
    review_label: Some("suggestion (non-blocking)"),
};

pub const PHRASES: &str = "\
no offense|no offence|with all due respect|per my last email|per my previous email|\
as per my last|as i said before|as i already said|as i've said|as i have said|\
as previously stated|as i mentioned before|as i already mentioned|as already mentioned|\
not bad for|pretty good for|good for a|surprisingly good|surprisingly well|\
don't take this the wrong way|don't take this personally|i'm not trying to be rude|\
not to be rude|no disrespect|just saying|just sayin|bless your heart|i'm sure you tried|\
i'm sure you did your best|must be nice|good for you|if that's what you want|i'm surprised you|\
for once|finally managed|at least you tried|nice try|i'm just being honest|i'm only being honest|\
not to be that guy|friendly reminder|gentle reminder";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let message = |q: &str| format!("\"{q}\" signals the opposite of what it says");
    cx.phrase_findings(&RULE, |m| !about_own_habit(cx, m) && !told(cx, m), message, out);
}

/// "I was just saying that we could cache it", "I'm just saying that it matters": the writer
/// tells what they said, no tag; "Just saying because the deploy failed on this": why they
/// mention it.
fn told(cx: &Cx, m: &crate::engine::vocab::Match) -> bool {
    let d = cx.doc;
    d.lower(m.start) == "just"
        && (List("that|because|since|as").contains(&d.lw(m.end))
            || List("was|were|is|been|be").contains(&d.lw(m.start.wrapping_sub(1))))
}

/// "For once the typo is not my spelling": the writer jokes about their own habit, with no
/// reader in the sentence.
fn about_own_habit(cx: &Cx, m: &crate::engine::vocab::Match) -> bool {
    let d = cx.doc;
    let si = d.tokens[m.start].sentence;
    let own = d.sentences[si].tokens.clone().any(|k| List("i|i'm|my|me|myself|mine").contains(&d.lower(k)));
    d.lower(m.start) == "for"
        && d.lw(m.start + 1) == "once"
        && own
        && !cx.sentence_has(si, crate::engine::sentence::word::READER)
}

crate::rule_tests! {
    rule: Backhanded,
    fires: ["No offense, but the doc is late.", "For once you replied on time."],
    quiet: [
        "The offense was logged in the incident report.",
        "For once the typo is not my spelling.",
        "I was just saying that we could cache it.",
        "I'm just saying that the cache is worth keeping.",
        // Why the writer mentions it.
        "Just saying because the last deploy failed on this."
    ],
}
