//! `condescension`: contempt, condescension or dismissal ("any idiot", "what were you
//! thinking", "get lost", "stop posting", "learn how git works", "wasting everyone's time").
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab::{class, Match};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Condescension,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "Contempt, condescension or dismissal (\"any idiot\", \"what were you thinking\", \"how hard is it\", \"get lost\", \"stop posting\", \"learn how git works\", \"wasting everyone's time\").",
        why: "Condescension tells the reader they are beneath the writer; studies of incivility in open-source discussion (Ferreira et al. 2021) find it drives people away. Ask, don't belittle.",
        source: "Ferreira et al., ICSME 2021; Kim Scott, Radical Candor (obnoxious aggression)",
        example: "What were you thinking? Any idiot knows to close the file.",
        instead: "The file handle isn't closed on the error path; a `with` block would cover it.",
        known_false_positives: "Self-directed (\"what was I thinking\", \"I wasted my time\") is not flagged; dismissals count only as the sentence's opening verb (\"the warning will go away\" is fine). A genuine \"are you even able to reproduce it?\" is flagged.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -14.0,
        challenge: 3.0,
        label: "condescension",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("question"),
};

pub const PHRASES: &[&str] = &[
    "high horse",
    "dumpster fire",
    "must be new here",
    "done arguing",
    "waste of everyone's time",
    "waste of our time",
    "what a joke",
    "what a disaster",
    "what a farce",
    "you obviously never",
    "you clearly never",
    "you've obviously never",
    "you've clearly never",
    "do us a favor",
    "do us all a favor",
    "do everyone a favor",
    "are you even",
    "were you even",
    "is he even",
    "is she even",
    "couldn't care less",
    "could care less",
    "are you incapable",
    "any idiot",
    "any fool",
    "even a child",
    "even my grandma",
    "what were you thinking",
    "what was he thinking",
    "what was she thinking",
    "were you even thinking",
    "are you kidding",
    "are you serious",
    "you can't be serious",
    "seriously ?",
    "seriously ?!",
    "seriously !?",
    "how hard is it",
    "how hard can it be",
    "how many times",
    "did you even",
    "do you even",
    "have you even",
    "use your brain",
    "use your head",
    "is it too much to ask",
    "i can't believe you",
    "for god's sake",
    "for heaven's sake",
    "for crying out loud",
    "give me a break",
    "you should know better",
    "you should have known",
    "everyone knows",
    "everybody knows",
    "not rocket science",
    "it's not rocket science",
    "common sense",
    "learn to read",
    "learn to code",
    "do your homework",
    "who wrote this",
    "who the hell",
    "are you blind",
    "can't you read",
    "can you even",
    "i shouldn't have to",
    "i shouldn't need to",
    "get a clue",
    "grow up",
    "shut up",
    "nobody cares",
    "no one cares",
    "who cares",
    "did you not",
    "do you not",
    "why would you ever",
    "why on earth",
    "what on earth",
    "what is wrong with you",
    "what's wrong with you",
    "so obvious",
    "pretty obvious",
    "blindingly obvious",
    "totally obvious",
    "i'm tired of",
    "sick of",
    "fed up",
    "waste of time",
    "waste of my time",
    "stop wasting",
    "no idea what you're doing",
    "you have no idea",
    "you clearly don't",
    "you obviously don't",
    "you clearly didn't",
    "you obviously didn't",
    "clearly you",
    "obviously you",
    "you don't even",
    "you didn't even",
    "smh",
    "should feel bad",
    "should feel ashamed",
    "is unacceptable",
    "completely unacceptable",
    "totally unacceptable",
    "are you kidding me",
    "you've got to be kidding",
    "facepalm",
    "nobody asked",
    "no one asked",
    "no clue",
    "not a clue",
    "out of your mind",
    "lost your mind",
    "are you insane",
    "are you crazy",
    "are you nuts",
    "are you stupid",
    "what part of",
    "don't you understand",
    "can't you understand",
    "don't you get",
    "get your act together",
    "get out of here",
    "should be ashamed",
    "ashamed of yourself",
    "should be fired",
    "ought to be fired",
    "stop spamming",
    "i have to say this again",
    "for the last time",
    "how many more times",
    "rtfm",
    "lmgtfy",
    "read the manual",
    "is this a joke",
    "kind of joke",
    "sort of joke",
    "are you trolling",
    "stop trolling",
    "utter garbage",
    "pure garbage",
    "complete garbage",
    "total garbage",
    "utter nonsense",
    "complete nonsense",
    "total nonsense",
    "pure nonsense",
    "utter crap",
    "what a mess",
    "what a waste",
    "unbelievable",
    "your attitude",
    "attitude problem",
    "you people",
    "get a life",
    "get real",
    "did anyone even",
    "does anyone even",
    "did nobody",
    "clueless",
    "incompetence",
    "this is embarrassing",
    "embarrassing",
    "pathetic",
    "shame on you",
    "how dare you",
    "who do you think",
    "you have no right",
    "not my problem",
    "cry me a river",
    "boo hoo",
    "whine",
    "whining",
    "stop whining",
    "stop complaining",
    "wow , just wow",
    "just wow",
    "good grief",
    "oh my god",
];

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    dismissals(cx, out);
    smug_questions(cx, out);
    // "am I really pathetic here", "too lazy to RTFM": the writer mocking themselves.
    let keep = |m: &Match| {
        let self_talk = (m.start.saturating_sub(4)..m.start).any(|k| {
            cx.same_sentence(k, m.start)
                && matches!(cx.doc.lower(k), "i" | "i'm" | "im" | "me" | "my" | "myself")
        });
        !(self_talk && m.end - m.start == 1)
    };
    let message = |q: &str| format!("\"{q}\" talks down to the reader");
    cx.phrase_findings(&RULE, keep, message, out);
}

/// Dismissals built from word classes rather than fixed phrases, each only as the sentence's
/// opening verb: "stop" + a gerund about how the reader takes part ("stop posting"), "go read",
/// "get lost", "learn how/to …", "keep your … to yourself", "worst … ever", wasting other
/// people's time.
fn dismissals(cx: &Cx, out: &mut Vec<Finding>) {
    const DISMISS: &str = "dismisses the reader instead of answering them";
    const TALKS_DOWN: &str = "talks down to the reader";
    for i in cx.tokens_with(class::HEAT) {
        let found = match cx.doc.lower(i) {
            "stop" => stop_nagging(cx, i).map(|e| (e, DISMISS)),
            "go" if go_study(cx, i) => Some((i + 2, TALKS_DOWN)),
            "keep" => keep_to_yourself(cx, i).map(|e| (e, "silences the reader")),
            "worst" => worst_ever(cx, i).map(|e| (e, "is contempt, not a review")),
            "get" | "go" | "buzz" => go_away(cx, i).map(|e| (e, DISMISS)),
            "learn" => learn_basics(cx, i).map(|e| (e, TALKS_DOWN)),
            "waste" | "wasting" | "wasted" => {
                wasting_time(cx, i).map(|e| (e, "tells the reader they are a burden"))
            }
            _ => None,
        };
        if let Some((end, why)) = found {
            out.push(cx.quoted(&RULE, i, end, why));
        }
    }
}

/// "Stop posting", "stop arguing": the end of the dismissal.
fn stop_nagging(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    (cx.same_sentence(i, i + 1) && cx.opens_sentence(i) && nag_gerund(d.lower(i + 1)))
        .then_some(i + 2)
}

/// "Go read the spec.": sending the reader off to study.
fn go_study(cx: &Cx, i: usize) -> bool {
    cx.opens_sentence(i)
        && matches!(cx.doc.lw(i + 1), "read" | "learn" | "google")
        && cx.same_sentence(i, i + 1)
}

/// "Keep your opinions to yourself."
fn keep_to_yourself(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    if !cx.opens_sentence(i) || d.lw(i + 1) != "your" {
        return None;
    }
    let s = &d.sentences[d.tokens[i].sentence];
    (i + 2..s.tokens.end)
        .find(|&k| d.lower(k) == "yourself")
        .map(|y| y + 1)
}

/// "The worst code I've ever seen": a superlative of contempt, not "worst case".
fn worst_ever(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let s = &d.sentences[d.tokens[i].sentence];
    (i + 1..s.tokens.end.min(i + 8))
        .find(|&k| d.lower(k) == "ever")
        .map(|e| e + 1)
}

/// "Get lost.", "Go away": an order to leave, only as the sentence's opening verb ("the warning
/// will go away", "chars get lost here" are not).
fn go_away(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let leave = matches!(
        (d.lower(i), d.lw(i + 1)),
        ("get", "lost") | ("go", "away") | ("buzz", "off")
    );
    let ends = !cx.same_sentence(i, i + 2) || matches!(d.lw(i + 2), "." | "!" | "and" | "," | "!!");
    (leave && cx.opens_sentence(i) && ends).then_some(i + 2)
}

/// "Learn how git works", "maybe learn to read": an imperative lesson.
fn learn_basics(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let lesson = match d.lw(i + 1) {
        "how" | "what" => true,
        "to" => matches!(
            d.lw(i + 2),
            "read"
                | "code"
                | "program"
                | "use"
                | "write"
                | "search"
                | "google"
                | "spell"
                | "test"
                | "think"
                | "listen"
        ),
        "the" | "some" => matches!(
            d.lw(i + 2),
            "basics" | "manners" | "language" | "fundamentals"
        ),
        _ => false,
    };
    (cx.opens_sentence(i) && cx.same_sentence(i, i + 1) && lesson).then_some(i + 2)
}

/// "Wasting everyone's time", "waste my time": someone else's time, not a self-report.
fn wasting_time(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let whose = matches!(
        d.lw(i + 1),
        "my" | "our" | "everyone's" | "everybody's" | "people's" | "reviewers'" | "maintainers'"
    );
    let self_report = i > 0 && matches!(d.lower(i - 1), "i" | "i've" | "i'm" | "we" | "we've");
    (cx.same_sentence(i, i + 2)
        && whose
        && matches!(d.lower(i + 2), "time" | "breath")
        && !self_report)
        .then_some(i + 3)
}

/// "Why did you … when it's obviously …?": "obviously"/"clearly" inside a question aimed at the
/// reader talks down to them.
fn smug_questions(cx: &Cx, out: &mut Vec<Finding>) {
    for i in cx.tokens_with(class::SMUG) {
        let f = cx.facts_at(i);
        if f.question && f.person {
            let why = "in a question to the reader talks down to them";
            out.push(cx.finding(&RULE, i, i + 1, format!("\"{}\" {why}", cx.doc.raw(i))));
        }
    }
}

/// How a reader takes part in a discussion: "stop posting", "stop arguing".
fn nag_gerund(w: &str) -> bool {
    matches!(
        w,
        "posting"
            | "spamming"
            | "whining"
            | "arguing"
            | "complaining"
            | "replying"
            | "trolling"
            | "bikeshedding"
            | "pinging"
            | "nagging"
            | "ranting"
            | "pestering"
            | "bumping"
            | "crying"
            | "lecturing"
            | "harassing"
            | "wasting"
            | "bitching"
            | "moaning"
            | "pretending"
            | "talking"
            | "commenting"
            | "preaching"
            | "derailing"
            | "hijacking"
    )
}


crate::rule_tests! {
    rule: Condescension,
    fires: [
        "What were you thinking?",
        "Why did you add a cache when it obviously can't help?",
        "Get lost.",
        "Please stop spamming the tracker.",
        "Maybe learn how rebasing works first.",
        "You're wasting everyone's time here.",
        "Are you even reading the thread?",
        "I couldn't care less about that platform.",
        "Keep your opinions to yourself.",
        "This is the worst parser I have ever seen.",
        "Go read the spec.",
    ],
    quiet: [
        "Obviously we need tests before merging.",
        "I was thinking about the cache.",
        "The warning should go away after the rebase.",
        "Some chars get lost in the conversion.",
        "Stop the worker before the migration runs.",
        "Stop using the global config here; pass it in.",
        "Learn more about the API in the docs.",
        "I wasted my time on the wrong branch, sorry.",
        "In the worst case the loop runs n times.",
        "Keep your branch rebased on main.",
        "Go ahead and merge.",
    ],
}
