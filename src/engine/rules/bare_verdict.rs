//! `bare-verdict`: "this is wrong / bad / broken" with no reason and no alternative.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::vocab;
use crate::engine::vocab::words::{List, OPINION_VERBS};
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
    phrases: "",
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
    vocab::flags_of(w) & vocab::class::VERDICT != 0
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    // Only sentences with a verdict word, each once.
    let mut last = usize::MAX;
    for v in cx.tokens_with(vocab::class::VERDICT) {
        let si = d.tokens[v].sentence;
        if si == last {
            continue;
        }
        last = si;
        let s = &d.sentences[si];
        if let Some(k) = bare_verdict(cx, si).or_else(|| habitual_verdict(cx, si)) {
            let message = format!("\"{}\" gives a verdict without a reason", d.raw(k));
            out.push(cx.finding(&RULE, s.tokens.start, s.tokens.end, message));
        }
    }
}

/// The verdict word of sentence `si` when the sentence is only a subject, a copula, maybe an
/// intensifier and a verdict, with no reason here or in the next sentence.
fn bare_verdict(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    let s = &d.sentences[si];
    if !s.tokens.clone().any(|k| cx.is(k, vocab::class::VERDICT)) {
        return None;
    }
    let mut words: Vec<usize> = s
        .tokens
        .clone()
        .filter(|&k| d.tokens[k].kind == TokenKind::Word)
        .collect();
    let vpos = words.iter().position(|&k| verdict(d.lower(k)))?;
    let k = words[vpos];
    let cut = refusal(cx, &words, vpos);
    let refused = cut < words.len();
    words.truncate(cut);
    // Contempt after a copula ("this helper is probably garbage, …") is not rescued by what
    // follows; other verdicts in a long sentence carry their own context.
    let scorn = contempt(d.lower(k))
        && vpos > 0
        && scorned_copula(cx, &words[..vpos])
        && !cx.facts[si].question
        && !d.lw(k + 1).starts_with("collect");
    if words.len() > 9 && !scorn {
        return None;
    }
    // "something is going wrong": what happens, not a verdict on anyone's work.
    if vpos > 0 && List("go|goes|going|went|gone").contains(&d.lower(words[vpos - 1])) {
        return None;
    }
    // ("Nothing she writes is bad", "To be fair, nothing …": the subject denies the verdict.)
    let denied_subject = words[..vpos].iter().any(|&j| List("nothing|none|nobody").contains(&d.lower(j)));
    if !judges_someone_else(cx, &words[..vpos], &words, k) || cx.negated(k, 2) || denied_subject {
        return None;
    }
    // A refusal's "will" is no next step: only the verdict's own clause may give the reason.
    let reason = if refused {
        words.iter().any(|&j| cx.is(j, vocab::class::REASON))
    } else {
        cx.facts[si].reason
    };
    if !scorn && (reason || explained(cx, si, k) || !only_generic_after(cx, &words[vpos + 1..])) {
        return None;
    }
    Some(k)
}

/// Where the writer's refusal starts after the verdict ("This is a terrible idea and I will not
/// support it"): it adds no reason, so the verdict is judged on its own clause. Otherwise the
/// sentence's end.
fn refusal(cx: &Cx, words: &[usize], vpos: usize) -> usize {
    let d = cx.doc;
    let refuses = |p: usize| {
        List("and|so").contains(&d.lower(words[p]))
            && List("i|we|i'll|we'll|i'm").contains(&d.lw(words[p] + 1))
            && words[p + 1..].iter().take(4).any(|&k| {
                List("won't|wont|refuse").contains(&d.lower(k))
                    || d.lower(k) == "not" && List("will|i'll|we'll").contains(&d.lw(k - 1))
            })
    };
    (vpos + 1..words.len()).find(|&p| refuses(p)).unwrap_or(words.len())
}

/// "You're, as always, wrong": a verdict on the reader as a habit, which no reason rescues.
/// The habit ("always", "as usual", "as ever", "constantly") sits between "you're" / "you are"
/// and the verdict, or right after it.
fn habitual_verdict(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    let s = &d.sentences[si];
    let habit = |k: usize| List("always|usual|ever|constantly|invariably").contains(&d.lw(k));
    let words: Vec<usize> = s.tokens.clone().filter(|&k| d.is_word(k)).collect();
    let you = words.iter().position(|&k| {
        matches!(d.lower(k), "you're" | "youre") || d.lower(k) == "you" && d.lw(k + 1) == "are"
    })?;
    let copula = if d.lower(words[you]) == "you" { you + 1 } else { you };
    let rest = &words[(copula + 1).min(words.len())..];
    let v = rest.iter().take(4).position(|&k| verdict(d.lower(k)))?;
    let k = rest[v];
    let habitual = rest[..v].iter().any(|&j| habit(j)) || rest.get(v + 1..v + 3).is_some_and(|r| r.iter().any(|&j| habit(j)));
    (habitual && !cx.negated(k, 4) && !rest[..v].iter().any(|&j| d.lower(j) == "not")).then_some(k)
}

/// A copula before the verdict ("is", "looks", "that's"), and not the writer owning a mistake
/// ("my earlier comment was wrong"). "I think this is garbage" is the writer's contempt, not a
/// slip of theirs; "I think this is wrong" stays an owned view.
fn judges_someone_else(cx: &Cx, before: &[usize], words: &[usize], k: usize) -> bool {
    let d = cx.doc;
    // "What a terrible idea": an exclamation is a copula too.
    let copula = before.first().is_some_and(|&k| d.lower(k) == "what")
        || before.iter().any(|&k| {
            List("is|are|was|looks|seems|it's|that's|this's|'s|thats|you're|youre|they're|he's|she's")
                .contains(&d.lower(k))
        });
    // "Terrible.", "Very disappointing.": the verdict as the whole sentence, its subject and
    // copula left out.
    // ("Crap." is the writer's oops, and a swear's card of its own.)
    let fragment = words.len() <= 2
        && words.last() == Some(&k)
        && !List("crap|fail|failure|nuts|trash").contains(&d.lower(k))
        && before
            .iter()
            .all(|&j| List("very|so|really|totally|absolutely|truly|utterly|just|pretty|quite").contains(&d.lower(j)));
    let copula = copula || fragment;
    let opinion = before.iter().any(|&k| OPINION_VERBS.contains(&d.lower(k)));
    let self_critique = words
        .iter()
        .any(|&k| List("my|i|i'm|i've|me|mine").contains(&d.lower(k)));
    copula && (!self_critique || opinion && contempt(d.lower(k)))
}

/// "is garbage", "is probably total garbage", "looks like trash": a copula right before the
/// contempt word, with at most a hedge or a degree word between, about the work rather than
/// its output ("the output is garbage" describes corrupted data).
fn scorned_copula(cx: &Cx, before: &[usize]) -> bool {
    let d = cx.doc;
    let mut i = before.len();
    while i > 0 && List("probably|just|total|utter|complete|pure|absolute|like|a|an|piece|of|basically|simply|really").contains(&d.lower(before[i - 1])) {
        i -= 1;
    }
    let copula = i > 0 && List("is|looks|seems|it's|that's|this's|thats|'s").contains(&d.lower(before[i - 1]));
    let output = before[..i.saturating_sub(1)].iter().any(|&k| {
        List("output|outputs|data|result|results|text|characters|chars|display|screen|value|values|bytes|log|logs|response|encoding").contains(&d.lower(k))
    });
    copula && !output
}

/// Words of contempt, which no reason rescues.
fn contempt(w: &str) -> bool {
    List("garbage|trash|rubbish|crap|pathetic|worthless|nonsense|joke").contains(&w)
}

/// An anchor or a question in the sentence (its reason is the caller's), a colon after the verdict, or a reason in
/// the next sentence (which rescues "this is wrong", but not contempt: "This is garbage. Use a
/// map." is still a sneer, whatever follows it).
fn explained(cx: &Cx, si: usize, k: usize) -> bool {
    let d = cx.doc;
    let f = cx.facts[si];
    let next_explains = !contempt(d.lower(k)) && cx.facts.get(si + 1).is_some_and(|n| n.reason || n.anchor);
    let colon = k + 1 < d.sentences[si].tokens.end && d.lower(k + 1) == ":";
    f.anchor || f.question || next_explains || colon
}

/// A following word that gives the verdict an object ("wrong type") is usually specific; a
/// generic noun ("a bad idea", "a terrible approach") is still a bare verdict.
fn only_generic_after(cx: &Cx, rest: &[usize]) -> bool {
    rest.iter().all(|&k| {
        List("and|here|there|too|again|now|idea|approach|design|solution|code|change|patch|choice|way|practice|implementation|pr|commit|work|job|thing|stuff|one|decision|plan|about|this|that|it|as|usual|always|of|a|an|discussion|thread|release|project|library").contains(&cx.doc.lower(k))
    })
}

crate::rule_tests! {
    rule: BareVerdict,
    fires: [
        "The upgrade wiped my settings. Very disappointing.",
        "This release is very disappointing.",
        "This is garbage. Use a lookup table instead of the nested loops.",
        "Your approach is wrong",
        "This is bad.",
        "That's just wrong!",
        "What a terrible idea.",
        "This is a bad idea.",
        "Honestly, this is dumb.",
        "Thats terrible.",
        "I think this is garbage.",
        "You're wrong.",
        "You're wrong about this.",
        "Sam, you're - as always - wrong, the cache can be cleared on startup.",
        "You are wrong as usual, the option has existed since the last release.",
        "That migration was a fiasco.",
        "This whole thread is pointless.",
        "This is a terrible idea and I will not support it.",
        "That is a bad approach, and we won't merge it.",
        "What a trainwreck of a discussion.",
        "This helper is probably garbage, maybe we should just delete it and start over."
    ],
    quiet: [
        // A verdict the subject denies.
        "Nothing about the new parser is wrong.",
        "To be fair, nothing she writes is bad.",
        "Crap. Forgot to push the fix.",
        "The turnout was disappointing because of the storm.",
        "The output is garbage when the locale is not set, see the attached log.",
        "Is this helper garbage, or does something still call it?",
        "Java is garbage collected, so ownership is murky here.",
        "This is wrong. The loop skips the last element because of the off-by-one.",
        "This is wrong because the index starts at 1.",
        "This is the wrong type for a count.",
        "This is wrong. It should be `len - 1`.",
        "Is this wrong?",
        "That isn't wrong.",
        "I think this is wrong.",
        "My first patch was garbage.",
        "This is wrong and I will fix it tomorrow.",
        "My config was wrong and I won't make that mistake again.",
        "Our docs are wrong and we never update them.",
        "Oh no, something is going wrong...",
        "You're always right about the cache, and this time the option exists too.",
        "You are not always wrong, but here the option exists since the last release.",
        "This is a nightmare to configure when the proxy strips headers, so I added a flag."
    ],
}
