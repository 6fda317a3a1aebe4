//! `hedge-softener`: softeners that bury the message ("just", "maybe", "kind of", "sorry to
//! bother"). "just in time" and "a just decision" are not softeners.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::HedgeSoftener,
        category: Category::Hedging,
        severity: Severity::Note,
        what: "Softeners that bury the point (\"just\", \"maybe\", \"kind of\", \"sorry to bother\").",
        why: "One softener is polite; several make the request easy to miss or ignore. Radical Candor warns that softening until the message disappears is ruinous empathy.",
        source: "Kim Scott, Radical Candor; Tannen, Talking from 9 to 5 (hedging in workplace talk)",
        example: "Sorry to bother you, but maybe the tests could kind of be a bit faster?",
        instead: "Could you get the test suite under 2 minutes? It's blocking the merge queue.",
        known_false_positives: "Genuine uncertainty (\"maybe it's the cache, maybe the network\").",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: 0.0,
        challenge: -1.5,
        label: "softened message",
    },
    suggest: Some(suggest::remove::hedge),
    review_label: Some("nitpick (non-blocking)"),
};

/// Softeners that bury the message (a note: a little softening is fine, a lot hides the ask).
pub const PHRASES: &str = "\
just wanted|just wondering|just a thought|just a suggestion|maybe|kind of|kinda|sort of|sorta|\
a bit|a little bit|a little|i guess|sorry to bother|sorry to bug|sorry to be a pain|\
i'm not sure but|i'm not sure if|not sure if|not sure but|i could be wrong|i might be wrong|\
i may be wrong|this might be a dumb question|this may be a silly question|if that's ok|\
if that's okay|if that's ok with you|if that's okay with you|\
if that's alright with you|if that works for you|if you don't mind|no pressure|no big deal|it's probably nothing|somewhat|slightly|\
perhaps|i suppose|hopefully|i hate to say";

/// "just" as a softener: "I just wanted", "just a thought", "it's just that".
fn just_softens(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let prev = if i > 0 && d.tokens[i - 1].sentence == d.tokens[i].sentence {
        d.lower(i - 1)
    } else {
        ""
    };
    let next = d.lw(i + 1);
    // "just a few tests fail": "only", before a count.
    if next == "a" && matches!(d.lw(i + 2), "few" | "couple" | "handful") {
        return false;
    }
    if crate::engine::vocab::words::List("in|now|like|as|because|before|after|enough|one|the|about|once|yet|right|fine").contains(&next) || crate::engine::vocab::words::List("a|the|more|most").contains(&prev)
    {
        return false;
    }
    crate::engine::vocab::words::List("i|we|i'm|we're|it's|was|i'd|i've|only|").contains(&prev) || crate::engine::vocab::words::List("wanted|want|wondering|checking|thought|thinking|curious|asking|saying|a|quickly|minor|need|needs|maybe|my").contains(&next)
}

/// Is token `j` a comparative ("larger", "more", "fewer") or a number?
fn measured(cx: &Cx, j: usize) -> bool {
    let d = cx.doc;
    let Some(t) = d.tokens.get(j) else {
        return false;
    };
    if t.kind == crate::engine::text::TokenKind::Number {
        return true;
    }
    if t.kind != crate::engine::text::TokenKind::Word {
        return false;
    }
    let w = d.lower(j);
    crate::engine::vocab::words::List("more|less|fewer|over|under|above|below|higher|lower").contains(&w) || (w.len() > 5
        && w.ends_with("er")
        && !crate::engine::vocab::words::List("other|either|neither|rather|whether|however|another|together|never|ever|over|under|after|later|number|order|user|paper|answer|matter|chapter|reviewer|further").contains(&w))
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut last_end = 0;
    let mut hits: Vec<(usize, usize)> =
        cx.matches_of(RuleId::HedgeSoftener).map(|m| (m.start, m.end)).collect();
    let mut covered = vec![false; d.tokens.len()];
    for &(a, b) in &hits {
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    for i in cx.tokens_with(crate::engine::vocab::class::JUST) {
        if !covered[i] && just_softens(cx, i) {
            hits.push((i, i + 1));
        }
    }
    // "slightly larger", "somewhat more", "a little over 3": a degree before a comparative or a
    // number measures a difference; it doesn't soften the message.
    hits.retain(|&(a, b)| {
        let d = cx.doc;
        let degree = (b - a == 1 && matches!(d.lower(a), "slightly" | "somewhat" | "marginally"))
            || (b - a == 2 && d.lower(a) == "a" && matches!(d.lower(a + 1), "little" | "bit"));
        // "this kind of project", "what sort of test": a type, not a softener.
        let kind = b - a == 2
            && matches!(d.lower(a), "kind" | "sort")
            && a > 0
            && crate::engine::vocab::words::List(
                "this|that|what|which|the|a|any|some|every|each|no|one|same|these|those|your|our|my|his|her|their",
            )
            .contains(&d.lower(a - 1));
        !(kind || degree && measured(cx, b))
    });
    crate::sort::sort_by_key(&mut hits, |h| (h.0, std::cmp::Reverse(h.1)));
    for (a, b) in hits {
        if a < last_end || cx.evidence_follows(a) {
            continue;
        }
        last_end = b;
        out.push(cx.quoted(&RULE, a, b, "softens the message; say it plainly"));
    }
}

crate::rule_tests! {
    rule: HedgeSoftener,
    fires: [
        "The intro is slightly confusing.",
        "I'm a little worried about the deadline.",
        "I just wanted to say the tests are slow.",
        "Sorry to bother you, but the docs are out of date.",
        "It's kind of confusing."
    ],
    quiet: [
        "Just a few tests fail on Windows.",
        "She would do well on a team that ships this kind of project every month.",
        "What sort of test would catch it?",
        "The new index is slightly larger than the old one.",
        "Latency went up somewhat more after the change.",
        "The fix landed just in time.",
        "It was a just decision.",
        "The build passed."
    ],
}
