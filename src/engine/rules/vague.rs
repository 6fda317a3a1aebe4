//! `vague-praise` and `vague-criticism`: an evaluation with nothing concrete to act on.
//! The same words next to a concrete anchor (a number, code, a named meeting, a quote, an
//! observable action) are not vague.
use crate::engine::context::Cx;
use crate::engine::lexicon::{Match, Tag};
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static PRAISE: RuleDoc = RuleDoc {
    id: "vague-praise",
    category: Category::Vague,
    severity: Severity::Warning,
    what: "Praise that doesn't say what was good (\"great work\", \"keep it up\").",
    why: "Generic praise feels nice but teaches nothing: the person can't tell what to repeat. Correll & Simard (HBR 2016) found vague feedback in reviews holds people back; Radical Candor asks praise to be as specific as criticism.",
    source: "Correll & Simard, \"Research: Vague Feedback Is Holding Women Back\", HBR 2016; Kim Scott, Radical Candor",
    example: "Great work, keep it up!",
    instead: "The rollback plan you wrote for Tuesday's release let us recover in five minutes. Thank you.",
    known_false_positives: "Short thank-you notes where the context is obvious to both people.",
};

pub static CRITICISM: RuleDoc = RuleDoc {
    id: "vague-criticism",
    category: Category::Vague,
    severity: Severity::Warning,
    what: "Criticism with no example (\"needs improvement\", \"communicate better\", \"won't scale\"), and review comments that are only an empty ask (\"Please rework this.\", \"Hmm, not sure.\", \"Why?\", \"This looks odd.\").",
    why: "A judgment with no observable example can't be acted on and is easy to dismiss. SBI (Center for Creative Leadership) asks for the situation, the behavior and its impact instead.",
    source: "Situation-Behavior-Impact, Center for Creative Leadership; Correll & Simard, HBR 2016",
    example: "You need to communicate better.",
    instead: "In yesterday's review, the third acronym lost the product managers. Let's practise the explanation together.",
    known_false_positives: "A summary sentence whose example follows two sentences later. A bare \"Why?\" or \"Is this necessary?\" whose context is the line it is attached to in a review tool (the engine only sees the text).",
};

/// Does the sentence holding token `i`, or the sentence right after it, carry a concrete anchor?
fn anchored(cx: &Cx, i: usize, look_ahead: bool) -> bool {
    let s = cx.doc.tokens[i].sentence;
    if cx.facts.get(s).is_some_and(|f| f.anchor) {
        return true;
    }
    look_ahead && cx.facts.get(s + 1).is_some_and(|f| f.anchor)
}

/// "needs to be cleaner", "should be simpler": a comparative with no yardstick.
fn comparative_demand(cx: &Cx, out: &mut Vec<Match>) {
    let d = cx.doc;
    let n = d.tokens.len();
    for i in cx.tokens_with(crate::engine::lexicon::class::DEMAND) {
        if i + 2 >= n {
            continue;
        }
        let (a, b) = (d.lower(i), d.lower(i + 1));
        if !((a == "needs" || a == "need" || a == "should")
            && (b == "be" || (b == "to" && d.lw(i + 2) == "be")))
        {
            continue;
        }
        let j = if b == "be" { i + 2 } else { i + 3 };
        if j >= n
            || d.tokens[j].kind != TokenKind::Word
            || d.tokens[j].sentence != d.tokens[i].sentence
        {
            continue;
        }
        let w = d.lower(j);
        let comparative = matches!(
            w,
            "cleaner"
                | "better"
                | "simpler"
                | "clearer"
                | "tighter"
                | "faster"
                | "stronger"
                | "smarter"
                | "nicer"
                | "neater"
        );
        if comparative && !d.is_word(j + 1) {
            static CMP: crate::engine::lexicon::Entry = crate::engine::lexicon::Entry {
                phrase: "needs to be …er",
                tag: Tag::VagueCriticism,
            };
            out.push(Match {
                start: i,
                end: j + 1,
                entry: &CMP,
            });
        }
    }
}

/// "Extracting this into a helper would make it more readable": the sentence names a concrete
/// change, so the evaluation is not empty.
fn concrete_fix(cx: &Cx, a: usize, b: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[a].sentence];
    s.tokens.clone().filter(|&k| k < a || k >= b).any(|k| {
        let w = d.lower(k);
        matches!(
            w,
            "extract"
                | "extracting"
                | "rename"
                | "renaming"
                | "move"
                | "moving"
                | "split"
                | "splitting"
                | "use"
                | "using"
                | "add"
                | "adding"
                | "remove"
                | "removing"
                | "replace"
                | "replacing"
                | "inline"
                | "inlining"
                | "merge"
                | "drop"
                | "dropping"
                | "instead"
                | "caching"
                | "simplify"
                | "simplifying"
                | "flatten"
                | "flattening"
                | "reorder"
                | "reordering"
        )
    })
}

/// A short comment that is only an empty ask: "Please rework this.", "Hmm, not sure.",
/// "Why?", "This looks odd.", "Can you simplify this?". Every word is filler or an empty-ask
/// word, and nothing in the text gives an anchor, a reason or a named element.
fn bare_ask(cx: &Cx, out: &mut Vec<Finding>) {
    use crate::engine::lexicon::class;
    let d = cx.doc;
    if d.sentences.len() > 3
        || cx
            .facts
            .iter()
            .any(|f| f.anchor || f.because || f.detail > 0.0)
    {
        return;
    }
    let total = d
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    if total > 14 {
        return;
    }
    // The whole comment must be empty: one sentence with content ("Why? `x` is unused") makes
    // the others a lead-in.
    let empty_word = |k: usize| {
        d.tokens[k].kind == TokenKind::Punct
            || d.tokens[k].kind == TokenKind::Word
                && cx.flags[k] & (class::EMPTY_ASK | class::FILLER) != 0
    };
    if !(0..d.tokens.len()).all(empty_word) {
        return;
    }
    for s in &d.sentences {
        let mut core = None;
        let mut words = 0;
        let mut empty = true;
        for k in s.tokens.clone() {
            let t = &d.tokens[k];
            if t.kind == TokenKind::Punct {
                continue;
            }
            words += 1;
            let fl = cx.flags[k];
            if t.kind != TokenKind::Word || fl & (class::EMPTY_ASK | class::FILLER) == 0 {
                empty = false;
                break;
            }
            if fl & class::EMPTY_ASK != 0 && core.is_none() {
                let needs_negation = matches!(
                    d.lower(k),
                    "sure" | "convinced" | "understand" | "like" | "get" | "agree" | "follow"
                );
                // "Why not." answers yes.
                let why_not = d.lower(k) == "why" && matches!(d.lw(k + 1), "not" | "no");
                if (!needs_negation || cx.negated(k, 3)) && !why_not {
                    core = Some(k);
                }
            }
        }
        if core.is_none() {
            continue;
        }
        if !empty || words == 0 || words > 10 {
            continue;
        }
        // Already flagged by a phrase ("not sure about this", "fix this").
        if out
            .iter()
            .any(|f| f.rule == CRITICISM.id && f.start < s.end && f.end > s.start)
        {
            continue;
        }
        out.push(cx.finding(
            &CRITICISM,
            s.tokens.start,
            s.tokens.end,
            format!(
                "\"{}\" doesn't say what to change or why",
                cx.quote(s.tokens.start, s.tokens.end)
            ),
        ));
    }
}

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    check_phrases(cx, out);
    bare_ask(cx, out);
}

fn check_phrases(cx: &Cx, out: &mut Vec<Finding>) {
    let mut crit: Vec<Match> = cx.tagged(Tag::VagueCriticism).copied().collect();
    comparative_demand(cx, &mut crit);
    let mut last_end = 0usize;
    crit.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    for m in crit {
        if m.start < last_end || cx.negated(m.start, 2) && !cx.doc.lower(m.start).starts_with("not")
        {
            continue;
        }
        let f = cx.facts_at(m.start);
        if anchored(cx, m.start, false) || f.because || concrete_fix(cx, m.start, m.end) {
            continue;
        }
        last_end = m.end;
        out.push(cx.finding(
            &CRITICISM,
            m.start,
            m.end,
            format!(
                "\"{}\" names no example: what happened, and what should change?",
                cx.quote(m.start, m.end)
            ),
        ));
    }
    let mut last_end = 0usize;
    for m in cx.tagged(Tag::VaguePraise) {
        if m.start < last_end || cx.negated(m.start, 2) || anchored(cx, m.start, true) {
            continue;
        }
        // "great work on the migration": an object names what was good.
        let next = cx.doc.lw(m.end);
        if matches!(next, "on" | "with" | "in" | "during" | "for") && cx.doc.is_word(m.end + 1) {
            let obj = cx.doc.lw(m.end + 2);
            if !matches!(
                obj,
                "" | "it"
                    | "this"
                    | "that"
                    | "everything"
                    | "things"
                    | "stuff"
                    | "project"
                    | "work"
            ) {
                continue;
            }
        }
        last_end = m.end;
        out.push(cx.finding(
            &PRAISE,
            m.start,
            m.end,
            format!("\"{}\" doesn't say what was good", cx.quote(m.start, m.end)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn rules(text: &str) -> Vec<&'static str> {
        analyze(text).findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn flags_praise_without_content() {
        assert!(rules("Great work, keep it up!").contains(&"vague-praise"));
        assert!(rules("You're doing great.").contains(&"vague-praise"));
    }

    #[test]
    fn anchored_praise_is_not_vague() {
        assert!(!rules(
            "Great work on the `retry` loop: p99 latency dropped from 900 ms to 200 ms."
        )
        .contains(&"vague-praise"));
        assert!(
            !rules("Great work! Your rollback plan on Tuesday saved us 2 hours.")
                .contains(&"vague-praise")
        );
    }

    #[test]
    fn flags_criticism_without_content() {
        assert!(rules("You need to communicate better.").contains(&"vague-criticism"));
        assert!(rules("Your code needs to be cleaner").contains(&"vague-criticism"));
        assert!(rules("That design won't scale").contains(&"vague-criticism"));
        assert!(rules("Honestly, you need to step up.").contains(&"vague-criticism"));
    }

    #[test]
    fn anchored_criticism_is_not_vague() {
        assert!(!rules(
            "The `parse_headers` function is hard to follow because it mixes IO and parsing."
        )
        .contains(&"vague-criticism"));
        assert!(
            !rules("This won't scale past 10,000 rows: the query does a full scan.")
                .contains(&"vague-criticism")
        );
    }

    #[test]
    fn concrete_changes_are_not_vague() {
        assert!(
            !rules("Extracting the retry loop into a helper would make this more readable.")
                .contains(&"vague-criticism")
        );
        assert!(rules("Please make this more readable.").contains(&"vague-criticism"));
    }

    #[test]
    fn bare_review_asks_are_vague() {
        for t in [
            "Please rework this.",
            "Hmm, not sure.",
            "Why?",
            "This looks odd.",
            "Can you simplify this?",
            "I don't understand this.",
            "I'm not convinced this is the right approach.",
            "Is this necessary?",
        ] {
            assert!(rules(t).contains(&"vague-criticism"), "{t:?}");
        }
    }

    #[test]
    fn asks_with_an_anchor_or_a_reason_are_not_vague() {
        for t in [
            "Please rework this to use the helper in utils.py.",
            "Why is the timeout 30 seconds here?",
            "Can you simplify this with a match on the enum?",
            "I don't understand why `retry` runs twice.",
            "Why? The lock is already held by the caller.",
            "This looks odd because the flag is inverted.",
            "Why not.",
            "Sure, will do.",
            "I like this.",
            "Much better now.",
            "Looks good to me.",
        ] {
            assert!(!rules(t).contains(&"vague-criticism"), "{t:?}");
        }
    }

    #[test]
    fn negated_is_not_vague() {
        assert!(!rules("It is not overcomplicated at all.").contains(&"vague-criticism"));
    }
}
