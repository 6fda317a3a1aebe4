//! `derogatory-word`: words that sneer at the work ("garbage", "stupid", "ugly", "yuck").
//! Self-deprecation ("stupid me", "dumb question") and negation ("not ugly") are not flagged.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::sentence::word::READER;
use crate::engine::vocab;
use crate::engine::vocab::words::List;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::DerogatoryWord,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "A sneering word about the work (\"garbage\", \"stupid\", \"ugly\", \"yuck\").",
        why: "Contempt words tell the reader how you feel about their work but not what is wrong with it; code-review toxicity studies (ToxiCR, Sarker et al. 2023) find them a leading marker of comments that authors experience as hostile.",
        source: "Sarker et al., ToxiCR, TOSEM 2023; Google Engineering Practices, \"Courtesy\" in code review comments",
        example: "This parser is rubbish.",
        instead: "This parser accepts unterminated strings (see the failing case in the PR); could it reject them?",
        known_false_positives: "Technical terms: \"garbage collection\", \"gross margin\", \"ugly-printing\"; self-deprecation is ignored.",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect {
        care: -12.0,
        challenge: 4.0,
        label: "sneering word",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("issue (blocking)"),
};

fn sneering(w: &str) -> bool {
    vocab::flags_of(w) & vocab::class::SNEER != 0
}

/// Technical or neutral senses: "garbage collection", "junk data", "gross margin", "crazy fast".
fn technical(cx: &Cx, i: usize, w: &str) -> bool {
    let next = cx.doc.lw(i + 1);
    let prev = if i > 0 { cx.doc.lower(i - 1) } else { "" };
    // "ridiculously generous", "stupidly simple": an adverb that only says how much good.
    if w.ends_with("ly") && cx.is(i + 1, crate::engine::vocab::class::POSITIVE) {
        return true;
    }
    match w {
        "garbage" => {
            List("collection|collector|collected|collect|values|value|data|in|at|bytes|characters|chars|output|after|-|if|when").contains(&next) || prev == "reduce"
                || prev == "the"
        }
        "junk" | "trash" => !List("is|this|that's|utter|total|complete|pure|of").contains(&prev),
        "gross" => List("margin|income|revenue|weight|domestic").contains(&next),
        // "insane speedups", "crazy good": a measure of how much, not contempt.
        "crazy" | "insane" | "insanely" => {
            List("fast|amount|amounts|number|numbers|speed|quick|speedup|speedups|boost|boosts|gain|gains|good")
                .contains(&next)
                || cx.is(i + 1, crate::engine::vocab::class::POSITIVE)
        }
        // "a necessary evil", "the lesser evil": a drawback put up with.
        "evil" => matches!(next, "twin" | "twins" | "bit") || matches!(prev, "not" | "necessary" | "lesser"),
        // "reviewers would hate a second flag": a guess at how others will take it, not contempt.
        "hate" | "hated" | "hating" => {
            matches!(next, "speech" | "to") || List("will|would|might|may|could").contains(&prev)
        }
        "awful" | "awfully" => matches!(next, "lot"),
        // "keep build scripts simple and stupid", "keep it simple, stupid": the KISS rule.
        "stupid" => matches!(prev, "and" | ",") && cx.doc.lw(i.wrapping_sub(2)) == "simple",
        // "the old shims can die a horrible death": code removed, not contempt.
        "horrible" | "painful" | "terrible" => {
            next == "death" && prev == "a" && cx.doc.lw(i.wrapping_sub(2)).starts_with("die")
        }
        "terribly" => prev == "not",
        _ => false,
    }
}

/// "the wacky layout" beside `ui.wacky.layout`: a word the text around it spells as part of an
/// identifier names a module or a tool; it is not a sneer.
fn names_code(cx: &Cx, i: usize, w: &str) -> bool {
    let d = cx.doc;
    // Within a paragraph's reach: the code a comment talks about sits beside it.
    let near = i.saturating_sub(60)..(i + 60).min(d.tokens.len());
    d.tokens[near].iter().any(|t| {
        let code = t.ident || t.kind == crate::engine::text::TokenKind::Code;
        code && d.text[t.start..t.end]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| part.eq_ignore_ascii_case(w))
    })
}

/// "stupid me", "dumb question", "my silly mistake": the writer mocking themselves.
fn self_directed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    // ("a stupid python question": the question one word on.)
    let next = if d.lw(i + 2) == "question" { "question" } else { d.lw(i + 1) };
    let s = d.tokens[i].sentence;
    let from = i.saturating_sub(4);
    // "I grant that some think mocks are ugly too": others' view, reported.
    let reported = (i.saturating_sub(8)..i).any(|k| {
        d.tokens[k].sentence == s
            && List("think|thinks|say|says|feel|feels|claim|claims|consider|considers").contains(&d.lower(k))
            && List("some|others|people|folks|many|someone|somebody").contains(&d.lw(k.wrapping_sub(1)))
    });
    if reported {
        return true;
    }
    // "What a stupid question", "you made a dumb mistake": aimed at someone, not played down.
    let aimed = List("question|questions|mistake|mistakes").contains(&next)
        && (from..i).any(|k| {
            d.tokens[k].sentence == s
                && List("you|your|you're|he|she|his|her|they|their|what").contains(&d.lower(k))
        });
    if !aimed && List("me|question|questions|q|nit|nitpick|mistake|mistakes|oversight|typo|typos|of").contains(&next) {
        return true;
    }
    // "may be a stupid guess", "just a silly idea": the writer's own offering, played down.
    let own_offer = List("suggestion|remark|idea|guess|concern|example|thought").contains(&next)
        && (from..i).any(|k| {
            d.tokens[k].sentence == s
                && List("may|might|maybe|perhaps|probably|possibly|just|my").contains(&d.lower(k))
        });
    if own_offer {
        return true;
    }
    // "I think it's stupid …", "I find this rubbish": a view of something else ("I feel
    // stupid" is not; "that's uglier" weighs options).
    // "My first version was ugly, fixed in the next commit": the writer's own slip, mended.
    let toks = || d.sentences[s].tokens.clone();
    // ("… needs to be fixed" is yet to be mended.)
    let fixed = |k: usize| {
        d.lower(k) == "fixed" && !List("be|been|get|gets|getting|to").contains(&d.lw(k.wrapping_sub(1)))
    };
    if toks().any(fixed) && !toks().any(|k| cx.has(k, READER)) {
        return true;
    }
    // "Oops, sorry. This is idiotic.": right after the writer's apology, their own work.
    let apology = s > 0
        && d.sentences[s - 1]
            .tokens
            .clone()
            .any(|k| {
                // ("Sorry to say it", "sorry, but": a softener before criticism.)
                List("sorry|oops|whoops|apologies").contains(&d.lower(k))
                    && !List("to|but|if").contains(&d.lw(k + 1))
            });
    let about_it = List("this|that|it|it's|that's").contains(&d.lower(d.sentences[s].tokens.start));
    if apology && about_it && !toks().any(|k| cx.has(k, READER)) {
        return true;
    }
    // "I know my parser is ugly": the writer's own work, run down ("my" before its subject).
    let own_work = (i.saturating_sub(6)..i).any(|k| {
        d.lower(k) == "my"
            && d.tokens[k].sentence == s
            && (k + 1..i).all(|j| d.is_word(j))
            && (k + 2..i).any(|j| List("is|was|looks|are|were").contains(&d.lower(j)))
    });
    // "that was awful wording on my part": the slip owned after the word.
    let owned_after = (i + 1..i + 5).any(|k| d.lw(k) == "my" && List("part|fault|bad").contains(&d.lw(k + 1)));
    if own_work || owned_after {
        return true;
    }
    let opinion = !d.lower(i).ends_with("er")
        && (from..i).any(|k| {
            List("think|find|believe|guess|thought|found").contains(&d.lower(k))
                && (k + 1..i).any(|j| List("it|it's|this|that|that's|these|those|its").contains(&d.lower(j)))
        });
    !opinion
        && (from..i).any(|k| {
            d.tokens[k].sentence == s && List("i|i'm|me|my|i've|myself|im").contains(&d.lower(k))
        })
        && !List("hate|ugly|yuck|garbage").contains(&d.lower(i))
}

/// "posting trash", "spreading this nonsense", "Who put this garbage in your head?": a word of
/// contempt as what someone says or writes, or pointed at with "this" in a sentence to the
/// reader. ("It reads garbage from the socket" and "remove this garbage value" are not.)
fn contempt_for_words(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    if !List("garbage|trash|rubbish|nonsense|drivel").contains(&d.lower(i)) || i == 0 {
        return false;
    }
    let mut k = i - 1;
    if k > 0 && List("this|such|more|utter|total|complete|pure").contains(&d.lower(k)) {
        k -= 1;
    }
    // ("Stop spreading this nonsense" dismisses the reader: `condescension`'s.)
    let said = List("posting|posts|posted|spewing|spouting|talking|talks|spreading|peddling")
        .contains(&d.lower(k))
        && (k == 0 || !List("stop|quit").contains(&d.lower(k - 1)));
    // "this garbage value", "your garbage file": a noun after it makes a technical sense.
    let noun_after = d.is_word(i + 1) && !List("in|into|of|is|was|you").contains(&d.lower(i + 1));
    let pointed = List("this|that|such|your").contains(&d.lower(i - 1))
        && !noun_after
        && cx.sentence_has(d.tokens[i].sentence, crate::engine::sentence::word::READER);
    // "the kind of garbage that …", "a pile of rubbish": the idiom is contempt whatever follows.
    let heap = d.lower(k) == "of"
        && k > 0
        && List("kind|piece|pile|load|bunch|heap|sort").contains(&d.lower(k - 1))
        && !technical(cx, i, d.lower(i));
    (said || pointed || heap) && d.tokens[i].sentence == d.tokens[k].sentence
}

/// "Keep hate out of the tracker", "no place for hate here": the writer names what they
/// reject; the word is no verdict on anyone. ("We are against stupid rules" still sneers.)
fn condemned(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let kept_out = List("keep|keeps|kept").contains(&d.lw(i.wrapping_sub(1))) && d.lw(i + 1) == "out";
    let rejected = List("tolerate|tolerated|condemn|condemns").contains(&d.lw(i.wrapping_sub(1)))
        || d.lw(i.wrapping_sub(1)) == "for"
            && d.lw(i.wrapping_sub(2)) == "place"
            && d.lw(i.wrapping_sub(3)) == "no";
    kept_out || rejected
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for i in cx.tokens_with(vocab::class::VERDICT) {
        if contempt_for_words(cx, i) {
            out.push(cx.quoted(&RULE, i, i + 1, "sneers at the work; say what is wrong with it"));
        }
    }
    for i in cx.tokens_with(vocab::class::SNEER) {
        let t = &d.tokens[i];
        // "outputs the band in Goofy console": a capital inside a sentence names something.
        let opens = cx.opens_sentence(i);
        if t.ident || t.capitalized && !t.caps && !opens {
            continue;
        }
        let w = d.lower(i);
        if !sneering(w)
            || technical(cx, i, w)
            || self_directed(cx, i)
            || condemned(cx, i)
            // "Don't be stupid" tells the reader not to be what it calls them.
            || cx.negated(i, 2) && d.lw(i.wrapping_sub(1)) != "be"
            || cx.named_not_used(i)
        {
            continue;
        }
        // Hyphenated compounds ("ugly-print") are names, not judgments.
        if d.tokens
            .get(i + 1)
            .is_some_and(|n| n.start == t.end && matches!(d.lower(i + 1), "-" | "_"))
        {
            continue;
        }
        if names_code(cx, i, w) {
            continue;
        }
        out.push(cx.quoted(&RULE, i, i + 1, "sneers at the work; say what is wrong with it"));
    }
}

crate::rule_tests! {
    rule: DerogatoryWord,
    fires: [
        // A softener before the verdict is no apology for one's own work.
        "Sorry to say it. This is idiotic.",
        "Your comments are full of hate.",
        "This is the kind of garbage that wears reviewers out.",
        "What a pile of rubbish, honestly.",
        "Don't be stupid.",
        "This is ugly and needs to be fixed before the release.",
        "Your fix is ugly, and the fixed test still fails.",
        "That locking scheme is braindamaged.",
        "That was a shoddy release.",
        "This parser is rubbish.",
        "What a stupid way to write a loop",
        "What a stupid question.",
        "You made an idiotic mistake in the config.",
        "Yuck, globals everywhere.",
        "Ugly. The names say nothing.",
        "(Yuck, the globals are back.)",
        "that naming is so ugly",
        "I think it's stupid to drop the old driver.",
        "I find this whole plugin system rubbish.",
        "He keeps posting trash in every thread.",
        "Who put this garbage in your head?",
        "That is a stupid idea."
    ],
    quiet: [
        "Maybe a stupid python question, but why a list here?",
        // The KISS rule, code to be removed, a slip owned after the word.
        "Keep the build scripts simple and stupid.",
        "Keep it simple, stupid.",
        "These old shims can die a horrible death now.",
        "Oops, that was awful wording on my part! Fixing.",
        // A drawback put up with.
        "A global lock is a necessary evil in this module for now.",
        // Someone else's words, quoted in a report of what they said.
        "Ken wrote that the plan was \"idiotic and rushed\", which hurt the team.",
        // The writer running down their own work.
        "I know my parser is ugly, I'll clean it up later :)",
        "My first draft was really ugly.",
        "Please keep hate out of the issue tracker.",
        "There is no place for hate in this project.",
        "The parser leaves a pile of garbage bytes in the buffer.",
        "Reviewers would hate a second config flag.",
        "Merging both passes gives insane speedups on large repos.",
        "The new index is crazy efficient.",
        "The first draft of the parser was ugly, fixed in the next commit.",
        "Please don't call other contributors stupid.",
        "He called my patch ugly and closed the pull request.",
        "The free tier is ridiculously generous, and we still fill it.",
        "Move the wacky side pane into themes.wacky.css as well.",
        "Rename the wacky preset too, since `wacky_defaults()` still loads it.",
        "Probably a stupid question: why is this async?",
        "Silly me, I forgot the import.",
        "My dumb mistake, sorry.",
        "Oops, sorry. This is idiotic. No idea what I was thinking last night, please drop it.",
        "Sorry if this is a dumb question, but why is it async?",
        "I feel stupid for missing that flag.",
        "The garbage collector pauses here.",
        "Please drop this garbage value from your test.",
        "It reads garbage from the socket when you close it early.",
        "It's not ugly at all.",
        "It is crazy fast now.",
        "If true, it prints the band in the Goofy console.",
        "Why not a plain map? This may be a stupid suggestion, I don't know the codebase.",
        "Just a silly idea: cache the parsed config."
    ],
}
