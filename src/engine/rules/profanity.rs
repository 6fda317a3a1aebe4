//! `profanity`: swearing, including disguised spellings (f*ck, sh1t, a$$) and grawlix (%#@!).
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab;
use crate::engine::vocab::words::List;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Profanity,
        category: Category::Harsh,
        severity: Severity::Problem,
        what: "Swearing, including disguised spellings (f*ck, sh1t) and grawlix (%#@!).",
        why: "Swearing in written feedback reads as anger at the reader, even when it's aimed at the code. The ToxiCR study of code-review comments (Sarker et al., 2023) found profanity the most common marker of toxic reviews; Radical Candor calls this obnoxious aggression.",
        source: "Sarker et al., ToxiCR, TOSEM 2023; Kim Scott, Radical Candor",
        example: "This sh*t breaks every build.",
        instead: "This change breaks the build on ARM (see the CI log); could you guard the SIMD path?",
        known_false_positives: "Technical names that happen to spell a swear word; \"hell\" in \"callback hell\" is allowed.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -14.0,
        challenge: 3.0,
        label: "profanity",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("issue (blocking)"),
};

pub const PHRASES: &str = "\
what the hell|the hell|hell no|hell yes|hell yeah|to hell|hell of a|bloody hell|what the heck|\
the heck|heck no|what in the world|pain in the ass|pain in the neck|screw up|screw - up|screwed up|\
screws up|screwing up|screw it|screw this|screwed|screw over|screws over|holy shit|holy moly|\
son of a|shut the|brain dead|brain damaged|half assed|kick ass|pissed off|piss off|sucks|suck|\
sucked|sucking|sucky|like ass|god damn it|god damn|god damned|god dammit";

/// Map leetspeak digits and symbols to letters; `*` and `#` stay as wildcards, and so does an
/// `@` inside a word ("f@ck" hides a "u", "b@stard" an "a").
fn normalise(w: &str) -> String {
    let last = w.chars().count().saturating_sub(1);
    w.chars()
        .enumerate()
        .map(|(i, c)| match c {
            '@' if i > 0 && i < last => '*',
            '1' | '!' | '|' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '0' => 'o',
            '5' | '$' => 's',
            '7' => 't',
            c => c,
        })
        .collect()
}

/// Does `pattern` (with `*`/`#` each standing for one to three letters) spell `word`?
fn wildcard_eq(pattern: &[u8], word: &[u8]) -> bool {
    match pattern.first() {
        None => word.is_empty(),
        Some(b'*') | Some(b'#') => {
            let rest = {
                let mut k = 0;
                while k < pattern.len() && matches!(pattern[k], b'*' | b'#') {
                    k += 1;
                }
                &pattern[k..]
            };
            (1..=3.min(word.len())).any(|take| wildcard_eq(rest, &word[take..]))
        }
        Some(&c) => word.first() == Some(&c) && wildcard_eq(&pattern[1..], &word[1..]),
    }
}

const DISGUISE_TARGETS: List = List(
    "\
fuck|fucking|fucked|fucker|shit|shitty|bullshit|crap|damn|piss|bitch|ass|asshole|bastard|dick|\
cunt|wtf|hell|sucks|suck|sucked",
);

/// Technical compounds where "hell" is not a swear.
fn technical_hell(prev: &str) -> bool {
    crate::engine::vocab::words::List("callback|dependency|dll|jar|merge|config|version|tab|bracket|yaml|npm|rebase|template|macro|nesting|indentation|import|escaping|quoting|generic|generics|type").contains(&prev)
}

/// "the WTF namespace", "a BS macro": an acronym that names a code element, not an outburst.
fn acronym_name(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let t = &d.tokens[i];
    // "WTF/Forward.h", "WTF::String": a directory or a namespace, joined to the path.
    let joins = |a: usize, b: usize| {
        matches!((d.tokens.get(a), d.tokens.get(b)), (Some(x), Some(y)) if x.end == y.start)
    };
    let separator = |k: usize| k < d.tokens.len() && matches!(d.raw(k), "/" | "::");
    // "a level called Hell Revealed": a capitalised title inside a sentence, not a swear.
    let capital = |k: usize| {
        d.is_word(k)
            && d.tokens[k].capitalized
            && !d.tokens[k].caps
            && d.tokens[k].sentence == t.sentence
            && d.sentences[t.sentence].tokens.start != k
    };
    if capital(i) && (capital(i + 1) || i > 0 && capital(i - 1)) {
        return true;
    }
    // "platform/wtf/text/String.h": a directory between two others, in any case.
    let after = separator(i + 1) && joins(i, i + 1) && joins(i + 1, i + 2);
    let before = i > 1 && separator(i - 1) && joins(i - 2, i - 1) && joins(i - 1, i);
    if after && before {
        return true;
    }
    t.caps
        && (separator(i + 1) && joins(i, i + 1) && joins(i + 1, i + 2)
            || i > 1 && separator(i - 1) && joins(i - 2, i - 1) && joins(i - 1, i)
            || code_noun(d.lw(i + 1)))
}

/// A noun of code, singular or plural ("namespace", "types", "classes", "libraries").
fn code_noun(w: &str) -> bool {
    let nouns = crate::engine::vocab::words::List(
        "namespace|module|macro|class|library|lib|header|prefix|package|crate|type|struct|enum|flag|constant|variable|function|method|object|container",
    );
    let singular = w.strip_suffix("ies").map(|s| format!("{s}y"));
    let found = [Some(w), w.strip_suffix('s'), w.strip_suffix("es")]
        .into_iter()
        .flatten()
        .any(|s| nouns.contains(&s));
    found || singular.is_some_and(|s| nouns.contains(&s.as_str()))
}

pub fn is_profane(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let w = d.lower(i);
    let t = &d.tokens[i];
    if t.ident || acronym_name(cx, i) {
        return false;
    }
    if cx.is(i, vocab::class::PROFANE) {
        if w == "hell" || w == "heck" {
            return i == 0 || !technical_hell(d.lower(i - 1));
        }
        // "these popups are freaking me out": the verb "freak out", not a swear.
        if w.starts_with("freak") && List("me|us|him|her|them|you|out|people").contains(&d.lw(i + 1)) {
            return false;
        }
        return true;
    }
    if cx.is(i, vocab::class::PROFANE_PREFIX)
        && vocab::PROFANE_PREFIXES.iter().any(|p| w.starts_with(p))
    {
        return !w.starts_with("crap") || w.len() <= 7; // crappy, craptastic; not "crapshoot"? both fine
    }
    if t.disguised {
        let norm = normalise(w);
        if vocab::profanity().contains(norm.as_str()) && norm != "hell" {
            return true;
        }
        if norm.contains('*') || norm.contains('#') {
            return DISGUISE_TARGETS
                .iter()
                .any(|target| wildcard_eq(norm.as_bytes(), target.as_bytes()));
        }
    }
    false
}

/// A run of three or more of `%#@$&!*` mixing at least two different symbols: "%#@!".
fn grawlix(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b'%' | b'#' | b'@' | b'$' | b'&') {
            let st = i;
            while i < b.len() && matches!(b[i], b'%' | b'#' | b'@' | b'$' | b'&' | b'!' | b'*') {
                i += 1;
            }
            let run = &b[st..i];
            // Distinct symbols, as bits of a mask (a `BTreeSet` would add a sort to the web app).
            let distinct = run
                .iter()
                .fold(0u128, |seen, &c| seen | 1 << c)
                .count_ones();
            if run.len() >= 4 && distinct >= 3 {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    let mut last_end = 0;
    for m in cx.matches_of(RuleId::Profanity) {
        // "my git skills suck": the writer running themselves down, not anger at the reader.
        let own = d.lower(m.start).starts_with("suck")
            && (m.start.saturating_sub(3)..m.start).any(|k| cx.same_sentence(k, m.start) && d.lower(k) == "my");
        let code = crate::engine::context::method_call(d, m.start);
        if m.start < last_end || own || code || acronym_name(cx, m.start) {
            continue;
        }
        last_end = m.end;
        out.push(cx.quoted(&RULE, m.start, m.end, "reads as anger at the reader"));
    }
    let mut in_phrase = vec![false; d.tokens.len()];
    for m in cx.matches_of(RuleId::Profanity) {
        in_phrase[m.start..m.end].iter_mut().for_each(|b| *b = true);
    }
    use vocab::class;
    for i in cx.tokens_with(class::PROFANE | class::DISGUISED | class::PROFANE_PREFIX) {
        if in_phrase[i] || crate::engine::context::method_call(d, i) {
            continue;
        }
        if is_profane(cx, i) {
            out.push(cx.quoted(&RULE, i, i + 1, "is profanity; say what the problem is instead"));
        }
    }
    // Grawlix are punctuation runs: look at the raw text between tokens only when symbols exist.
    if d.text.contains('%') || d.text.contains('@') || d.text.contains('$') {
        for s in &d.sentences {
            let slice = &d.text[s.start..s.end];
            if grawlix(slice) {
                out.push(super::super::context::make(
                    &RULE,
                    s.start,
                    s.end,
                    "A censored swear (%#@!) still reads as anger".to_string(),
                ));
            }
        }
    }
}

crate::rule_tests! {
    rule: Profanity,
    fires: [
        "f@ck this build, it broke again.",
        "What a b@stard of a merge.",
        "Your git skills suck.",
        "This is a massive screw-up.",
        "This is a half-assed fix.",
        "This is crap.",
        "WTF is this file doing here?",
        "what the f*ck is this",
        "this sh1t again",
        "WTF is going on",
        "damn, missed that",
        "what the hell were you doing",
        "I hate %#@$ tabs",
        "That merge really sucks.",
        "WTF: this breaks the build.",
        "The build broke again, WTF"
    ],
    quiet: [
        // A method in pasted code.
        "Could it look like this?\n\ntry {\n  new PipeDrainer(in, out).suck();\n} finally {\n  in.close();\n}",
        // A directory in a path, whatever its case.
        "Please include third_party/wtf/text/StringView.h here.",
        "Mail the logs to ops@example.org, please.",
        "Sorry, my git skills suck.",
        "The WTF namespace holds the assert macros.",
        "Could you include \"WTF/Forward.h\" instead?",
        "Use WTF::String here.",
        "I'd rather not pull WTF containers into this file.",
        "The mod ships a level called Hell Revealed.",
        "We are stuck in callback hell here.",
        "Kill the process and remove the dead code.",
        "Call abort() on fatal errors; the dummy master/slave setup is a hack.",
        "Scunthorpe and Sussex are places.",
        "Use a*b here and s3 for storage.",
        "Shell scripts are fine."
    ],
}
