//! Checks of our own on a rewritten sentence. Harper (see `harper.rs`) does not catch the broken
//! shapes issue 11 names ("praised by.", "The launch late.", "doesn't are", "does be"), so these
//! look for them directly. Each check is a small, explainable rule over `text::tokens`; they are
//! tuned to flag every sentence in `KNOWN_BROKEN` (tests/rewrite_corpus.rs) and none in
//! `KNOWN_GOOD`.
//!
//! Grammar checks look at one sentence alone (`check_sentence`). Context checks (`check_rewrite`)
//! also know the draft, its mode and person: a rewrite that addresses the reader when the draft
//! never does, vocabulary from another kind of review, and two checks of meaning (a hedge on a
//! claim deleted, a clause the finding was not about dropped).
use super::text::{all_words, tokens, words_outside_placeholders, Spanned, Tok};

/// One problem found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Issue {
    /// Check id, e.g. `dangling-word`.
    pub check: &'static str,
    /// What was seen, quoted from the sentence.
    pub detail: String,
}

/// The grammar checks, in the order the report lists them.
pub const GRAMMAR_CHECKS: &[&str] = &[
    "no-verb",
    "dangling-word",
    "do-non-base",
    "agreement",
    "placeholder-in-phrase",
    "duplicated-word",
    "doubled-punctuation",
    "empty-predicate",
];

/// Checks that need the draft: person, mode, meaning.
pub const CONTEXT_CHECKS: &[&str] = &[
    "addresses-reader",
    "foreign-vocabulary",
    "hedge-deleted",
    "clause-dropped",
    "subject-dropped",
];

fn issue(check: &'static str, detail: impl Into<String>) -> Issue {
    Issue {
        check,
        detail: detail.into(),
    }
}

const SUBJECTS: &[&str] = &["i", "you", "we", "they", "he", "she", "it"];

const AUX: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "am",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "mustn't",
    "let's",
    "i'm",
    "you're",
    "we're",
    "they're",
    "i've",
    "you've",
    "we've",
    "they've",
    "i'll",
    "you'll",
    "we'll",
    "they'll",
    "he'll",
    "she'll",
    "it'll",
    "i'd",
    "you'd",
    "we'd",
    "they'd",
    "he'd",
    "she'd",
    "it's",
    "he's",
    "she's",
    "that's",
    "there's",
    "here's",
    "what's",
    "who's",
    "where's",
];

/// Adverbs that may sit between a subject or auxiliary and its verb.
const ADVERBS: &[&str] = &[
    "not",
    "never",
    "always",
    "often",
    "sometimes",
    "usually",
    "rarely",
    "also",
    "just",
    "really",
    "still",
    "even",
    "ever",
    "actually",
    "already",
    "only",
    "then",
    "now",
    "clearly",
    "consistently",
    "regularly",
    "generally",
    "mostly",
    "once",
    "twice",
    "again",
    "all",
    "both",
    "each",
];

/// Common lexical verbs in finite forms (base, third person, past). Not exhaustive: together
/// with the auxiliaries, `-ed` words and the word after a subject pronoun, enough to tell a
/// sentence from a fragment.
const VERBS: &[&str] = &[
    "need",
    "needs",
    "needed",
    "seem",
    "seems",
    "want",
    "wants",
    "make",
    "makes",
    "made",
    "take",
    "takes",
    "took",
    "give",
    "gives",
    "gave",
    "keep",
    "keeps",
    "kept",
    "help",
    "helps",
    "tend",
    "tends",
    "lead",
    "leads",
    "led",
    "run",
    "runs",
    "ran",
    "write",
    "writes",
    "wrote",
    "say",
    "says",
    "said",
    "know",
    "knows",
    "knew",
    "think",
    "thinks",
    "thought",
    "feel",
    "feels",
    "felt",
    "show",
    "shows",
    "get",
    "gets",
    "got",
    "go",
    "goes",
    "went",
    "come",
    "comes",
    "came",
    "bring",
    "brings",
    "brought",
    "miss",
    "misses",
    "break",
    "breaks",
    "broke",
    "ship",
    "ships",
    "own",
    "owns",
    "deliver",
    "delivers",
    "explain",
    "explains",
    "stay",
    "stays",
    "save",
    "saves",
    "love",
    "loves",
    "care",
    "cares",
    "like",
    "likes",
    "cause",
    "causes",
    "see",
    "sees",
    "saw",
    "tell",
    "tells",
    "told",
    "find",
    "finds",
    "found",
    "leave",
    "leaves",
    "left",
    "meet",
    "meets",
    "met",
    "build",
    "builds",
    "built",
    "spend",
    "spends",
    "spent",
    "send",
    "sends",
    "sent",
    "lose",
    "loses",
    "lost",
    "win",
    "wins",
    "won",
    "become",
    "becomes",
    "became",
    "begin",
    "begins",
    "began",
    "forget",
    "forgets",
    "forgot",
    "hold",
    "holds",
    "held",
    "put",
    "puts",
    "set",
    "sets",
    "let",
    "lets",
    "read",
    "reads",
    "speak",
    "speaks",
    "spoke",
    "stand",
    "stands",
    "stood",
    "teach",
    "teaches",
    "taught",
    "understand",
    "understands",
    "understood",
    "ask",
    "asks",
    "listen",
    "listens",
    "share",
    "shares",
    "interrupt",
    "interrupts",
    "carry",
    "carries",
    "fix",
    "fixes",
    "try",
    "tries",
    "thank",
    "thanks",
    "hit",
    "hits",
    "cut",
    "cuts",
    "pull",
    "pulls",
    "push",
    "pushes",
    "crush",
    "crushes",
    "nail",
    "nails",
    "kill",
    "kills",
    "rock",
    "rocks",
    "slow",
    "slows",
    "works",
    "answer",
    "answers",
    "reply",
    "replies",
    "join",
    "joins",
    "mentor",
    "mentors",
    "present",
    "presents",
    "look",
    "looks",
    "use",
    "uses",
    "name",
    "add",
    "describe",
    "consider",
    "please",
    "pick",
    "split",
    "check",
    "move",
    "rename",
    "stop",
    "start",
    "avoid",
    "remember",
    "note",
    "call",
    "mention",
    "replace",
    "drop",
    "focus",
    "include",
    "link",
    "list",
    "walk",
    "pair",
    "schedule",
    "book",
    "review",
    "update",
    "put",
    "shows",
    "agree",
    "agrees",
    "do",
    "does",
    "did",
    "skip",
    "skips",
    "dominate",
    "dominates",
    "loved",
    "got",
];

/// Determiners and possessives: a word right after one is a noun, not a verb ("the launch").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that", "these",
    "those", "each", "every", "some", "any", "no", "great", "good", "nice",
];

/// Words that cannot end a sentence (or a clause before a comma).
fn dangling(words: &[&str], i: usize) -> bool {
    let w = words[i];
    let prev = if i > 0 { words[i - 1] } else { "" };
    match w {
        "the" | "a" | "an" | "my" | "your" | "our" | "their" | "its" | "and" | "or" | "but"
        | "nor" | "than" | "because" | "although" | "whether" | "very" | "into" | "onto" => true,
        // "stop by", "came by" are fine; "praised by." is not.
        "by" => !matches!(
            prev,
            "stop"
                | "stopped"
                | "stops"
                | "drop"
                | "dropped"
                | "come"
                | "came"
                | "stand"
                | "stood"
                | "get"
                | "got"
                | "go"
                | "went"
                | "swing"
                | "swung"
                | "pass"
                | "passed"
                | "passes"
                | "stands"
                | "comes"
                | "gets"
                | "goes"
                | "drops"
                | "close"
        ),
        // "what she is capable of" is fine; "the quality of." is not.
        "of" => !matches!(
            prev,
            "proud"
                | "capable"
                | "aware"
                | "afraid"
                | "sure"
                | "fond"
                | "think"
                | "thought"
                | "heard"
                | "made"
                | "ashamed"
                | "tired"
                | "sick"
                | "all"
                | "most"
                | "some"
                | "none"
                | "any"
                | "each"
                | "one"
                | "both"
                | "consist"
                | "consists"
                | "dream"
                | "dreamed"
                | "approve"
                | "approved"
                | "kind"
                | "sort"
                | "thinking"
        ),
        _ => false,
    }
}

fn is_ing(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ing")
        && !matches!(
            w,
            "nothing"
                | "something"
                | "anything"
                | "everything"
                | "thing"
                | "things"
                | "bring"
                | "spring"
                | "string"
                | "swing"
                | "sting"
                | "fling"
                | "cling"
                | "sling"
                | "wring"
                | "during"
                | "morning"
                | "evening"
                | "ceiling"
                | "king"
                | "ring"
                | "sing"
        )
}

fn is_ed(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "need"
                | "proceed"
                | "succeed"
                | "exceed"
                | "feed"
                | "bleed"
                | "speed"
                | "breed"
                | "embed"
                | "seed"
                | "shed"
                | "heed"
                | "shred"
                | "plead"
                | "spread"
                | "hundred"
                | "indeed"
                | "bed"
                | "red"
        )
}

/// Third-person singular forms (wrong after I/you/we/they, or after does/did).
const THIRD_SG: &[&str] = &[
    "is",
    "has",
    "does",
    "doesn't",
    "isn't",
    "hasn't",
    "was",
    "wasn't",
    "needs",
    "seems",
    "wants",
    "tends",
    "makes",
    "gets",
    "goes",
    "says",
    "tries",
    "looks",
    "knows",
    "takes",
    "gives",
    "works",
    "helps",
    "shows",
    "keeps",
    "feels",
    "thinks",
    "misses",
    "interrupts",
    "listens",
    "brings",
    "shares",
    "leads",
    "runs",
    "writes",
    "asks",
    "answers",
    "replies",
    "delivers",
    "owns",
    "explains",
    "stays",
    "saves",
    "cares",
    "likes",
    "falls",
    "comes",
    "breaks",
    "skips",
    "dominates",
    "forgets",
    "presents",
];

/// Irregular past forms (wrong after does/did).
const PAST: &[&str] = &[
    "was", "were", "went", "made", "took", "gave", "wrote", "ran", "saw", "came", "said", "got",
    "knew", "thought", "felt", "did", "had", "led", "told", "found", "left", "kept", "brought",
    "built", "spent", "sent", "met", "broke", "forgot", "began", "became", "spoke", "stood",
];

/// Placeholder labels that stand for a verb phrase ("[what you did]").
fn verb_placeholder(inner: &str) -> bool {
    let ws: Vec<String> = all_words(inner);
    ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "did"
                | "does"
                | "do"
                | "said"
                | "says"
                | "changed"
                | "happened"
                | "behavior"
                | "behaviour"
                | "action"
                | "verb"
                | "went"
                | "falls"
                | "fell"
                | "missed"
                | "shipped"
                | "built"
                | "wrote"
                | "led"
        )
    })
}

fn word_at(toks: &[Spanned], i: usize) -> &str {
    toks.get(i).and_then(|t| t.tok.word()).unwrap_or("")
}

/// Is token `i` at the start of a clause (sentence start, or after punctuation or a conjunction)?
fn clause_start(toks: &[Spanned], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    match &toks[i - 1].tok {
        Tok::Punct(c) => matches!(c, ',' | ';' | ':' | '(' | '"' | '“' | '—' | '–'),
        Tok::Word(w) => matches!(
            w.as_str(),
            "and"
                | "but"
                | "or"
                | "so"
                | "that"
                | "because"
                | "when"
                | "if"
                | "then"
                | "while"
                | "although"
                | "since"
                | "until"
                | "after"
                | "before"
                | "once"
                | "where"
        ),
        _ => false,
    }
}

/// Grammar checks on one sentence.
pub fn check_sentence(sentence: &str) -> Vec<Issue> {
    let toks = tokens(sentence);
    let mut out = Vec::new();
    no_verb(&toks, &mut out);
    dangling_word(&toks, &mut out);
    do_non_base(&toks, &mut out);
    agreement(&toks, &mut out);
    placeholder_in_phrase(&toks, &mut out);
    duplicated_word(&toks, &mut out);
    doubled_punctuation(sentence, &mut out);
    empty_predicate(&toks, &mut out);
    out
}

/// A copula followed by a conjunction: "there is and one thing to try", "we were and" (the
/// predicate was deleted).
fn empty_predicate(toks: &[Spanned], out: &mut Vec<Issue>) {
    for i in 0..toks.len() {
        let w = word_at(toks, i);
        if !matches!(w, "is" | "are" | "was" | "were" | "am" | "be" | "been") {
            continue;
        }
        // Questions and inversions ("Is it?", "so was I", "as it is.") are fine.
        let prev = if i > 0 { word_at(toks, i - 1) } else { "" };
        if i == 0
            || matches!(
                prev,
                "it" | "that" | "this" | "so" | "nor" | "as" | "what" | "who" | "how"
            )
        {
            continue;
        }
        // A comma may open a parenthesis ("The plan is, in short, late."); a conjunction may not.
        let empty = matches!(word_at(toks, i + 1), "and" | "but" | "or");
        if empty {
            out.push(issue(
                "empty-predicate",
                format!("{} {}", toks[i].raw, toks[i + 1].raw),
            ));
        }
    }
}

fn no_verb(toks: &[Spanned], out: &mut Vec<Issue>) {
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| matches!(toks[i].tok, Tok::Word(_) | Tok::Placeholder(_)))
        .collect();
    if words.is_empty() {
        return;
    }
    let has_verb = (0..toks.len()).any(|i| {
        let prev = if i > 0 { word_at(toks, i - 1) } else { "" };
        match &toks[i].tok {
            Tok::Word(w) => {
                let w = w.as_str();
                if AUX.contains(&w) || w.ends_with("n't") {
                    return true;
                }
                if DETERMINERS.contains(&prev) {
                    return false;
                }
                // "rewrote", "rebuilt": an irregular past with "re-" in front.
                let re_past = w.strip_prefix("re").is_some_and(|p| PAST.contains(&p));
                if is_ed(w) || VERBS.contains(&w) || re_past {
                    return true;
                }
                // The first word after a subject pronoun (past any adverbs) is its verb.
                let mut k = i;
                while k > 0 && ADVERBS.contains(&word_at(toks, k - 1)) {
                    k -= 1;
                }
                k > 0 && SUBJECTS.contains(&word_at(toks, k - 1)) && !ADVERBS.contains(&w)
            }
            Tok::Placeholder(inner) => verb_placeholder(inner),
            _ => false,
        }
    });
    // Exclamations and thanks are fine without a verb ("Great work on the parser!").
    let interjection = matches!(
        word_at(toks, 0),
        "great"
            | "nice"
            | "good"
            | "thanks"
            | "thank"
            | "well"
            | "congrats"
            | "congratulations"
            | "kudos"
            | "bravo"
            | "excellent"
            | "awesome"
            | "amazing"
            | "wow"
    );
    let exclamation = toks
        .iter()
        .rev()
        .find(|t| !matches!(t.tok, Tok::Punct('"' | '”' | ')')))
        .is_some_and(|t| t.tok == Tok::Punct('!'));
    if !has_verb && !interjection && !exclamation {
        let text: Vec<&str> = words.iter().map(|&i| toks[i].raw.as_str()).collect();
        out.push(issue("no-verb", text.join(" ")));
    }
}

fn dangling_word(toks: &[Spanned], out: &mut Vec<Issue>) {
    for i in 0..toks.len() {
        let Tok::Word(_) = toks[i].tok else { continue };
        let next_is_stop = match toks.get(i + 1).map(|t| &t.tok) {
            None => true,
            Some(Tok::Punct(c)) => matches!(c, '.' | '!' | '?' | ',' | ';' | ':'),
            _ => false,
        };
        if !next_is_stop {
            continue;
        }
        // Look at the run of words ending here.
        let mut a = i;
        while a > 0 && matches!(toks[a - 1].tok, Tok::Word(_)) {
            a -= 1;
        }
        let run: Vec<&str> = (a..=i).map(|k| word_at(toks, k)).collect();
        let last = run.len() - 1;
        // "regarded as." / "such as.": "as" cannot end a sentence.
        let final_stop = matches!(
            toks.get(i + 1).map(|t| &t.tok),
            None | Some(Tok::Punct('.' | '!' | '?'))
        );
        if run[last] == "as" && final_stop {
            out.push(issue(
                "dangling-word",
                format!("{} .", run[last.saturating_sub(2)..].join(" ")),
            ));
            continue;
        }
        // A lone conjunction after a comma is a new clause ("..., and."), still broken;
        // a one-word run that is a name or greeting is fine.
        if dangling(&run, last) {
            let from = last.saturating_sub(2);
            out.push(issue(
                "dangling-word",
                format!(
                    "{} {}",
                    run[from..].join(" "),
                    toks.get(i + 1).map_or("", |t| t.raw.as_str())
                ),
            ));
        }
    }
}

fn do_non_base(toks: &[Spanned], out: &mut Vec<Issue>) {
    for i in 0..toks.len() {
        let w = word_at(toks, i);
        let is_do = matches!(w, "do" | "does" | "did" | "don't" | "doesn't" | "didn't");
        if !is_do {
            continue;
        }
        let mut k = i + 1;
        while ADVERBS.contains(&word_at(toks, k)) {
            k += 1;
        }
        let Some(Tok::Word(next)) = toks.get(k).map(|t| &t.tok) else {
            continue;
        };
        let next = next.as_str();
        // "Don't be late." is a fine imperative; "does be", "didn't be" and "I do be" are not.
        let imperative = i == 0 || matches!(word_at(toks, i - 1), "please" | "just" | "so");
        let be_bad = next == "be" && !(matches!(w, "do" | "don't") && imperative);
        // "does have been": a do-form before a perfect.
        let perfect = next == "have" && word_at(toks, k + 1) == "been";
        let bad = be_bad
            || perfect
            || matches!(
                next,
                "is" | "are" | "was" | "were" | "am" | "been" | "being"
            )
            || is_ing(next)
            || (is_ed(next) && !matches!(next, "need"))
            || (THIRD_SG.contains(&next) && next != "does")
            || (PAST.contains(&next) && next != "did" && next != "had");
        if bad {
            out.push(issue(
                "do-non-base",
                format!("{} {}", toks[i].raw, toks[k].raw),
            ));
        }
    }
}

/// A plural noun after a determiner, followed by a singular verb: "our docs is", "the slides
/// is better".
fn plural_noun_agreement(toks: &[Spanned], out: &mut Vec<Issue>) {
    for i in 1..toks.len().saturating_sub(1) {
        let n = word_at(toks, i);
        let plural = n.len() > 3
            && n.ends_with('s')
            && !n.ends_with("ss")
            && !n.ends_with("us")
            && !n.ends_with("is")
            && !n.ends_with("'s")
            && !matches!(
                n,
                "news" | "series" | "species" | "physics" | "always" | "sometimes"
            );
        let det = matches!(
            word_at(toks, i - 1),
            "the" | "our" | "your" | "his" | "her" | "their" | "these" | "those" | "my"
        );
        let v = word_at(toks, i + 1);
        if plural && det && matches!(v, "is" | "was" | "has" | "isn't" | "wasn't" | "hasn't") {
            out.push(issue(
                "agreement",
                format!("{} {}", toks[i].raw, toks[i + 1].raw),
            ));
        }
    }
}

fn agreement(toks: &[Spanned], out: &mut Vec<Issue>) {
    plural_noun_agreement(toks, out);
    for i in 0..toks.len() {
        let subj = word_at(toks, i);
        if !SUBJECTS.contains(&subj) || !clause_start(toks, i) {
            continue;
        }
        // Scan to the verb: past adverbs and placeholders, stop at punctuation or a conjunction.
        let mut k = i + 1;
        let mut steps = 0;
        while k < toks.len() && steps < 6 {
            match &toks[k].tok {
                Tok::Placeholder(_) | Tok::Code => {}
                Tok::Word(w) if ADVERBS.contains(&w.as_str()) || w.ends_with("ly") => {}
                _ => break,
            }
            k += 1;
            steps += 1;
        }
        let v = word_at(toks, k);
        if v.is_empty() {
            continue;
        }
        let wrong = match subj {
            "you" | "we" | "they" => THIRD_SG.contains(&v) || v == "am",
            "i" => {
                (THIRD_SG.contains(&v) && v != "was" && v != "wasn't")
                    || matches!(v, "are" | "aren't" | "were" | "weren't")
            }
            "he" | "she" | "it" => matches!(
                v,
                "are" | "aren't" | "were" | "weren't" | "have" | "haven't" | "don't" | "am" | "do"
            ),
            _ => false,
        };
        if wrong {
            let gap = if k == i + 1 { " " } else { " … " };
            out.push(issue(
                "agreement",
                format!("{}{gap}{}", toks[i].raw, toks[k].raw),
            ));
        }
    }
}

/// Phrases whose words belong together: a placeholder between them breaks the phrase.
const COLLOCATIONS: &[(&str, &str)] = &[
    ("work", "ethic"),
    ("team", "player"),
    ("hard", "worker"),
    ("rock", "star"),
    ("great", "job"),
    ("good", "job"),
    ("great", "work"),
    ("on", "time"),
    ("a", "bit"),
    ("at", "least"),
    ("so", "far"),
    ("of", "course"),
    ("thank", "you"),
    ("as", "well"),
    ("keep", "up"),
    ("step", "up"),
    ("follow", "up"),
    ("real", "asset"),
    ("natural", "leader"),
    ("top", "notch"),
];

/// Worker-type labels: "The team player [what falls short]" turns a label into a subject.
const LABEL_NOUNS: &[&str] = &[
    "player",
    "worker",
    "rockstar",
    "star",
    "performer",
    "leader",
    "natural",
    "asset",
    "genius",
];

fn placeholder_in_phrase(toks: &[Spanned], out: &mut Vec<Issue>) {
    for i in 0..toks.len() {
        let Tok::Placeholder(inner) = &toks[i].tok else {
            continue;
        };
        let prev = if i > 0 { word_at(toks, i - 1) } else { "" };
        let next = word_at(toks, i + 1);
        // 1. Inside a fixed phrase: "great [what] work", "team [x] player".
        if COLLOCATIONS.iter().any(|&(a, b)| a == prev && b == next) {
            out.push(issue(
                "placeholder-in-phrase",
                format!("{prev} {} {next}", toks[i].raw),
            ));
            continue;
        }
        // 2. A count or a time where the predicate should be: "is [number of times] in [when]".
        let count_or_time = inner.starts_with("number")
            || inner.starts_with("how many")
            || inner.starts_with("how often")
            || inner.starts_with("when")
            || inner.starts_with("how long");
        if matches!(prev, "is" | "are" | "was" | "were" | "am") && count_or_time {
            out.push(issue(
                "placeholder-in-phrase",
                format!("{prev} {}", toks[i].raw),
            ));
            continue;
        }
        // 3. A verb-phrase placeholder joined to a noun phrase: "she [what she did] and a hard
        //    worker", "You [what you did] with customers and a real asset" (the copula that
        //    "a hard worker" needs was deleted).
        let and_np = (i + 1..toks.len().saturating_sub(1))
            .find(|&k| word_at(toks, k) == "and" && matches!(word_at(toks, k + 1), "a" | "an"));
        let copula = toks[..and_np.unwrap_or(0)]
            .iter()
            .any(|t| t.tok.word().is_some_and(|w| AUX.contains(&w)));
        if let Some(k) = and_np.filter(|_| verb_placeholder(inner) && !copula) {
            out.push(issue(
                "placeholder-in-phrase",
                format!("{} … and {}", toks[i].raw, word_at(toks, k + 1)),
            ));
            continue;
        }
        // 4. What is left of a label after its start was replaced: "she [what she did] leader".
        if LABEL_NOUNS.contains(&next) && next != "natural" {
            out.push(issue(
                "placeholder-in-phrase",
                format!("{} {next}", toks[i].raw),
            ));
            continue;
        }
        // 5. A worker-type label as the subject: "The team player [what falls short]".
        let starts_label = i >= 2
            && word_at(toks, 0) == "the"
            && LABEL_NOUNS.contains(&prev)
            && (1..i).all(|k| matches!(toks[k].tok, Tok::Word(_)));
        if starts_label {
            out.push(issue(
                "placeholder-in-phrase",
                format!("The … {prev} {}", toks[i].raw),
            ));
        }
    }
}

fn duplicated_word(toks: &[Spanned], out: &mut Vec<Issue>) {
    for w in toks.windows(2) {
        if let (Tok::Word(a), Tok::Word(b)) = (&w[0].tok, &w[1].tok) {
            if a == b && !matches!(a.as_str(), "that" | "had" | "very" | "bye" | "ha") {
                out.push(issue(
                    "duplicated-word",
                    format!("{} {}", w[0].raw, w[1].raw),
                ));
            }
        }
    }
}

fn doubled_punctuation(sentence: &str, out: &mut Vec<Issue>) {
    // Mask placeholders and code spans so their contents never count.
    let mut masked = String::with_capacity(sentence.len());
    let mut depth = 0;
    let mut code = false;
    for c in sentence.chars() {
        match c {
            '`' => {
                code = !code;
                masked.push('x');
            }
            '[' if !code => {
                depth += 1;
                masked.push('x');
            }
            ']' if !code => {
                depth = (depth - 1).max(0);
                masked.push('x');
            }
            _ if depth > 0 || code => masked.push('x'),
            _ => masked.push(c),
        }
    }
    let chars: Vec<char> = masked.chars().collect();
    let p = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?');
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' && chars.get(i + 1).is_some_and(|&n| p(n)) && i > 0 {
            out.push(issue(
                "doubled-punctuation",
                format!("space before \"{}\"", chars[i + 1]),
            ));
        }
        if p(c) {
            let mut j = i + 1;
            while j < chars.len() && (p(chars[j]) || chars[j] == ' ') {
                j += 1;
            }
            let run: String = chars[i..j].iter().filter(|c| **c != ' ').collect();
            // Fine: one mark, an ellipsis, and runs of ! and ? ("!!!", "?!") as written.
            let fine =
                run.len() == 1 || run == "..." || run.chars().all(|c| matches!(c, '!' | '?'));
            if !fine {
                out.push(issue("doubled-punctuation", format!("\"{run}\"")));
            }
            i = j;
            continue;
        }
        if c == ' ' && chars.get(i + 1) == Some(&' ') {
            out.push(issue("doubled-punctuation", "double space"));
            i += 2;
            continue;
        }
        i += 1;
    }
}

/// What a check needs to know about the draft a rewrite came from.
pub struct Context<'a> {
    /// The whole draft.
    pub draft: &'a str,
    /// `performance-review`, `code-review`, `peer-feedback` or `praise`.
    pub mode: &'a str,
    /// `1st`, `2nd` or `3rd`.
    pub person: &'a str,
    /// The sentence of the draft the suggestion edits.
    pub original: &'a str,
    /// The text the finding flagged.
    pub flagged: &'a str,
}

const READER: &[&str] = &[
    "you",
    "your",
    "yours",
    "you're",
    "you've",
    "you'll",
    "you'd",
    "yourself",
    "yourselves",
];

/// Words from code review, which do not belong in a performance review, peer note or praise
/// unless the draft used them.
const CODE_WORDS: &[&str] = &[
    "function",
    "functions",
    "pr",
    "prs",
    "merge",
    "merged",
    "merging",
    "commit",
    "commits",
    "tests",
    "refactor",
    "refactoring",
    "codebase",
    "variable",
    "variables",
    "compile",
    "compiler",
    "linter",
    "ci",
    "branch",
    "diff",
    "repo",
    "null",
    "api",
    "endpoint",
    "loop",
    "nit",
    "nitpick",
    "suggestion:",
    "issue:",
    "praise:",
    "question:",
    "todo",
    "identifier",
    "naming",
    "line",
    "lines",
    "method",
    "struct",
    "module",
];

/// Words from the review of a paper.
const PAPER_WORDS: &[&str] = &[
    "paper",
    "authors",
    "manuscript",
    "reviewer",
    "reviewers",
    "table",
    "figure",
    "citation",
    "citations",
    "baseline",
    "baselines",
    "experiment",
    "experiments",
    "dataset",
    "appendix",
    "hypothesis",
    "ablation",
    "bars",
];

/// Words from meetings and people management, which do not belong in a code-review rewrite
/// unless the draft used them.
const MEETING_WORDS: &[&str] = &[
    "meeting",
    "meetings",
    "standup",
    "stand-up",
    "planning",
    "retro",
    "retros",
    "offsite",
    "one-on-one",
    "all-hands",
    "customer",
    "customers",
    "quarter",
];

/// Claim hedges: removing one makes the judgement stronger.
const CLAIM_HEDGES: &[&str] = &[
    "seems",
    "seem",
    "seemed",
    "appears",
    "appeared",
    "possibly",
    "probably",
    "might",
    "likely",
    "perhaps",
    "maybe",
    "tends",
    "tend",
    "somewhat",
    "slightly",
    "sometimes",
    "apparently",
    "arguably",
    "bit",
    "often",
    "occasionally",
];

/// Function words ignored when comparing what a rewrite kept.
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "is",
    "are", "was", "were", "be", "been", "it", "this", "that", "these", "those", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "its", "so", "very",
    "really", "just", "when", "as", "from", "about", "has", "have", "had", "not", "can", "will",
    "would", "could", "should", "there", "what", "which", "who", "him", "them", "me", "us", "do",
    "does", "did", "also", "too", "more", "most", "some", "any", "all", "every",
];

fn contains_phrase(words: &[String], w: &str) -> bool {
    words.iter().any(|x| x == w)
}

/// Checks of one rewritten sentence in its context. `rewrite` is the sentence after applying
/// the suggestion.
pub fn check_rewrite(ctx: &Context, rewrite: &str) -> Vec<Issue> {
    let mut out = Vec::new();
    let draft_words = all_words(ctx.draft);
    let draft_plain = words_outside_placeholders(ctx.draft);
    let new_plain = words_outside_placeholders(rewrite);
    let new_all = all_words(rewrite);

    // Addresses the reader when the draft never does.
    if !draft_plain.iter().any(|w| READER.contains(&w.as_str())) {
        if let Some(w) = new_plain.iter().find(|w| READER.contains(&w.as_str())) {
            out.push(issue(
                "addresses-reader",
                format!("\"{w}\" in a {} person draft", ctx.person),
            ));
        }
    }

    // Vocabulary from another kind of review (placeholder examples included).
    let foreign: Vec<&str> = match ctx.mode {
        "code-review" => MEETING_WORDS.iter().chain(PAPER_WORDS).copied().collect(),
        _ => CODE_WORDS.iter().chain(PAPER_WORDS).copied().collect(),
    };
    let mut seen = Vec::new();
    for w in &new_all {
        if foreign.contains(&w.as_str()) && !contains_phrase(&draft_words, w) && !seen.contains(w) {
            seen.push(w.clone());
        }
    }
    if !seen.is_empty() {
        out.push(issue("foreign-vocabulary", seen.join(", ")));
    }

    // A hedge on a claim deleted without asking for the evidence: the judgement got stronger.
    let orig_plain = words_outside_placeholders(ctx.original);
    let request = ctx.original.trim_end().ends_with('?')
        || orig_plain
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "could" | "can" | "would" | "will") && w[1] == "you")
        || orig_plain.iter().any(|w| w == "please");
    let added_placeholder = super::text::placeholder_ranges(rewrite).len()
        > super::text::placeholder_ranges(ctx.original).len();
    if !request && !added_placeholder {
        let lost: Vec<&String> = orig_plain
            .iter()
            .filter(|w| CLAIM_HEDGES.contains(&w.as_str()) && !new_plain.contains(*w))
            .collect();
        if let Some(w) = lost.first() {
            out.push(issue(
                "hedge-deleted",
                format!("\"{w}\" removed, nothing asks for the evidence"),
            ));
        }
    }

    // Content words of the original sentence outside the flagged text that the rewrite lost.
    let flagged = all_words(ctx.flagged);
    let mut lost: Vec<String> = Vec::new();
    for w in &orig_plain {
        if w.len() < 3
            || STOPWORDS.contains(&w.as_str())
            || flagged.contains(w)
            || new_all.contains(w)
            || lost.contains(w)
        {
            continue;
        }
        lost.push(w.clone());
    }
    if lost.len() >= 2 {
        out.push(issue("clause-dropped", lost.join(", ")));
    }

    // Who the sentence is about: the rewrite must still name them (or use the same pronoun).
    let before = people(ctx.original);
    if !before.is_empty() {
        let after = people(rewrite);
        if !before
            .iter()
            .any(|p| after.contains(p) || new_plain.contains(p))
        {
            out.push(issue(
                "subject-dropped",
                format!("{} no longer in the sentence", before.join("/")),
            ));
        }
    }
    out
}

/// The people a sentence talks about, outside placeholders: "1st", "2nd", "3rd" for pronouns and
/// names for capitalized words that are not the first word ("Priya", "Sam's" → "sam").
fn people(sentence: &str) -> Vec<String> {
    let toks = tokens(sentence);
    let mut out: Vec<String> = Vec::new();
    let first_word = toks.iter().position(|t| matches!(t.tok, Tok::Word(_)));
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = &t.tok else { continue };
        let class = match w.as_str() {
            "i" | "i'm" | "i've" | "i'd" | "i'll" | "me" | "my" | "mine" | "myself" | "we"
            | "we're" | "we've" | "our" | "ours" | "us" => Some("1st"),
            "you" | "your" | "you're" | "you've" | "yours" | "yourself" => Some("2nd"),
            "he" | "she" | "they" | "him" | "her" | "his" | "hers" | "them" | "their" | "he's"
            | "she's" | "they're" => Some("3rd"),
            _ => None,
        };
        if let Some(c) = class {
            if !out.iter().any(|o| o == c) {
                out.push(c.to_string());
            }
            continue;
        }
        let capital = t.raw.chars().next().is_some_and(|c| c.is_uppercase())
            && t.raw.chars().skip(1).any(|c| c.is_lowercase());
        // The first word is a name only if it looks like one: "Kim's …", "Sam is …".
        let named_first = w.ends_with("'s")
            || toks.get(i + 1).and_then(|n| n.tok.word()).is_some_and(|n| {
                matches!(
                    n,
                    "is" | "was"
                        | "has"
                        | "had"
                        | "did"
                        | "does"
                        | "doesn't"
                        | "didn't"
                        | "isn't"
                        | "wasn't"
                        | "can"
                        | "will"
                        | "needs"
                        | "seems"
                        | "tends"
                        | "wrote"
                        | "always"
                        | "never"
                )
            });
        let common_first = matches!(
            w.as_str(),
            "it" | "it's"
                | "this"
                | "that"
                | "that's"
                | "there"
                | "what"
                | "everyone"
                | "nobody"
                | "someone"
                | "some"
                | "many"
                | "one"
                | "each"
                | "who"
        );
        if capital && (Some(i) != first_word || (named_first && !common_first)) {
            let name = w.trim_end_matches("'s").to_string();
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Issues in `after` that `before` did not have (same check and detail), so a rewrite is not
/// blamed for what the writer wrote.
pub fn introduced(before: &[Issue], after: &[Issue]) -> Vec<Issue> {
    let mut pool: Vec<&Issue> = before.iter().collect();
    let mut out = Vec::new();
    for i in after {
        if let Some(k) = pool
            .iter()
            .position(|b| b.check == i.check && b.detail == i.detail)
        {
            pool.remove(k);
        } else if !before
            .iter()
            .any(|b| b.check == i.check && i.check == "no-verb")
        {
            out.push(i.clone());
        }
    }
    out
}
