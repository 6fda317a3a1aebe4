//! `hedge-softener`: softeners that bury the message ("just", "maybe", "kind of", "sorry to
//! bother"). "just in time" and "a just decision" are not softeners.
use crate::engine::context::Cx;
use crate::engine::lexicon::Tag;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

pub static DOC: RuleDoc = RuleDoc {
    id: "hedge-softener",
    category: Category::Hedging,
    severity: Severity::Note,
    what: "Softeners that bury the point (\"just\", \"maybe\", \"kind of\", \"sorry to bother\").",
    why: "One softener is polite; several make the request easy to miss or ignore. Radical Candor warns that softening until the message disappears is ruinous empathy.",
    source: "Kim Scott, Radical Candor; Tannen, Talking from 9 to 5 (hedging in workplace talk)",
    example: "Sorry to bother you, but maybe the tests could kind of be a bit faster?",
    instead: "Could you get the test suite under 2 minutes? It's blocking the merge queue.",
    known_false_positives: "Genuine uncertainty (\"maybe it's the cache, maybe the network\").",
};

/// "just" as a softener: "I just wanted", "just a thought", "it's just that".
fn just_softens(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let prev = if i > 0 && d.tokens[i - 1].sentence == d.tokens[i].sentence {
        d.lower(i - 1)
    } else {
        ""
    };
    let next = d.lw(i + 1);
    if matches!(
        next,
        "in" | "now"
            | "like"
            | "as"
            | "because"
            | "before"
            | "after"
            | "enough"
            | "one"
            | "the"
            | "about"
            | "once"
            | "yet"
            | "right"
            | "fine"
    ) || matches!(prev, "a" | "the" | "more" | "most")
    {
        return false;
    }
    matches!(
        prev,
        "i" | "we" | "i'm" | "we're" | "it's" | "was" | "i'd" | "i've" | "only" | ""
    ) || matches!(
        next,
        "wanted"
            | "want"
            | "wondering"
            | "checking"
            | "thought"
            | "thinking"
            | "curious"
            | "asking"
            | "saying"
            | "a"
            | "quickly"
            | "minor"
            | "need"
            | "needs"
            | "maybe"
            | "my"
    )
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
    matches!(
        w,
        "more" | "less" | "fewer" | "over" | "under" | "above" | "below" | "higher" | "lower"
    ) || (w.len() > 5
        && w.ends_with("er")
        && !matches!(
            w,
            "other"
                | "either"
                | "neither"
                | "rather"
                | "whether"
                | "however"
                | "another"
                | "together"
                | "never"
                | "ever"
                | "over"
                | "under"
                | "after"
                | "later"
                | "number"
                | "order"
                | "user"
                | "paper"
                | "answer"
                | "matter"
                | "chapter"
                | "reviewer"
                | "further"
        ))
}

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut last_end = 0;
    let mut hits: Vec<(usize, usize)> =
        cx.tagged(Tag::Softener).map(|m| (m.start, m.end)).collect();
    let mut covered = vec![false; d.tokens.len()];
    for &(a, b) in &hits {
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    for i in cx.tokens_with(crate::engine::lexicon::class::JUST) {
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
        !(degree && measured(cx, b))
    });
    hits.sort_by_key(|h| (h.0, std::cmp::Reverse(h.1)));
    for (a, b) in hits {
        if a < last_end {
            continue;
        }
        last_end = b;
        out.push(cx.finding(
            &DOC,
            a,
            b,
            format!("\"{}\" softens the message; say it plainly", cx.quote(a, b)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn has(text: &str) -> bool {
        analyze(text)
            .findings
            .iter()
            .any(|f| f.rule == "hedge-softener")
    }

    #[test]
    fn degrees_before_comparatives_measure_not_soften() {
        assert!(!has("The new index is slightly larger than the old one."));
        assert!(!has("Latency went up somewhat more after the change."));
        assert!(has("The intro is slightly confusing."));
        assert!(has("I'm a little worried about the deadline."));
    }

    #[test]
    fn flags_softeners() {
        assert!(has("I just wanted to say the tests are slow."));
        assert!(has("Sorry to bother you, but the docs are out of date."));
        assert!(has("It's kind of confusing."));
    }

    #[test]
    fn just_in_other_senses_is_fine() {
        assert!(!has("The fix landed just in time."));
        assert!(!has("It was a just decision."));
        assert!(!has("The build passed."));
    }
}
