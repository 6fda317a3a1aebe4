//! `bare-verdict`: "this is wrong / bad / broken" with no reason and no alternative.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::vocab;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::BareVerdict,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "A verdict with no reason (\"your approach is wrong\", \"this is bad\").",
        why: "A verdict without a reason reads as dismissal and leaves the person guessing. Google's code-review guide asks reviewers to explain their reasoning; Radical Candor calls challenge without care obnoxious aggression.",
        source: "Google Engineering Practices, \"How to write code review comments\"; Kim Scott, Radical Candor",
        example: "Your approach is wrong.",
        instead: "This approach re-fetches the user on every render; caching it in the parent would avoid that. What do you think?",
        known_false_positives: "A verdict whose reason is in a linked document or a later paragraph.",
    },
    phrases: &[],
    check: Check::Sentences(check),
    effect: Effect {
        care: -14.0,
        challenge: 6.0,
        label: "verdict without a reason",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("issue (blocking)"),
};

fn verdict(w: &str) -> bool {
    vocab::word_flags()
        .get(w)
        .is_some_and(|f| f & vocab::class::VERDICT != 0)
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for (si, s) in d.sentences.iter().enumerate() {
        let toks = s.tokens.clone();
        if !toks.clone().any(|k| cx.is(k, vocab::class::VERDICT)) {
            continue;
        }
        let words: Vec<usize> = toks
            .clone()
            .filter(|&k| d.tokens[k].kind == TokenKind::Word)
            .collect();
        if words.is_empty() || words.len() > 9 {
            continue; // long sentences carry their own context
        }
        // subject (this/that/it/your X/the X) + copula + [intensifier] + verdict, and nothing else of substance.
        let Some(vpos) = words.iter().position(|&k| verdict(d.lower(k))) else {
            continue;
        };
        let copula = words[..vpos].iter().any(|&k| {
            matches!(
                d.lower(k),
                "is" | "are" | "was" | "looks" | "seems" | "it's" | "that's" | "this's" | "'s"
            )
        });
        // "my earlier comment was wrong": owning a mistake is not a verdict on someone else.
        let self_critique = words
            .iter()
            .any(|&k| matches!(d.lower(k), "my" | "i" | "i'm" | "i've" | "me" | "mine"));
        if !copula || self_critique || cx.negated(words[vpos], 2) {
            continue;
        }
        let f = cx.facts[si];
        // A reason in the next sentence rescues "this is wrong", but not contempt: "This is
        // garbage. Use a map." is still a sneer, whatever follows it.
        let contempt = matches!(
            d.lower(words[vpos]),
            "garbage" | "trash" | "rubbish" | "crap" | "pathetic" | "worthless" | "nonsense" | "joke"
        );
        let next_explains =
            !contempt && cx.facts.get(si + 1).is_some_and(|n| n.reason || n.anchor);
        if f.reason
            || f.anchor
            || f.question
            || next_explains
            || words[vpos] + 1 < s.tokens.end && d.lower(words[vpos] + 1) == ":"
        {
            continue;
        }
        // A following word that gives the verdict an object ("wrong type") is usually specific;
        // a generic noun ("a bad idea", "a terrible approach") is still a bare verdict.
        let rest: Vec<&str> = words[vpos + 1..].iter().map(|&k| d.lower(k)).collect();
        let generic = |w: &str| {
            matches!(
                w,
                "and"
                    | "here"
                    | "there"
                    | "too"
                    | "again"
                    | "now"
                    | "idea"
                    | "approach"
                    | "design"
                    | "solution"
                    | "code"
                    | "change"
                    | "patch"
                    | "choice"
                    | "way"
                    | "practice"
                    | "implementation"
                    | "pr"
                    | "commit"
                    | "work"
                    | "job"
                    | "thing"
                    | "stuff"
                    | "one"
                    | "decision"
                    | "plan"
            )
        };
        if !rest.iter().all(|w| generic(w)) {
            continue;
        }
        let k = words[vpos];
        out.push(cx.finding(
            &RULE,
            s.tokens.start,
            s.tokens.end,
            format!("\"{}\" gives a verdict without a reason", d.raw(k)),
        ));
    }
}

crate::rule_tests! {
    rule: BareVerdict,
    fires: [
        "This is garbage. Use a lookup table instead of the nested loops.",
        "Your approach is wrong",
        "This is bad.",
        "That's just wrong!",
        "This is a bad idea."
    ],
    quiet: [
        "This is wrong. The loop skips the last element because of the off-by-one.",
        "This is wrong because the index starts at 1.",
        "This is the wrong type for a count.",
        "This is wrong. It should be `len - 1`.",
        "Is this wrong?",
        "That isn't wrong."
    ],
}
