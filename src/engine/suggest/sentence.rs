//! What a sentence is about, read for the rewrite: its subject ("you", "she"), its topic (the
//! code or "the X" it talks about), the other code it names, and where its `[placeholders]` are.
use super::body::Body;
use super::cx::Cx;
use crate::engine::sentence::word::{READER, THIRD_WORD};
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{
    EXAMPLE_ABBREVIATIONS, HARSH_WORDS, HARSH_WORD_PREFIXES, JUNK_TOPIC_WORDS, SUBJECT_PRONOUNS,
    TOPIC_DETERMINERS, TOPIC_STOP_WORDS,
};

/// Code spans longer than this (or spanning lines) are never quoted in a rewrite.
const MAX_CODE: usize = 80;

/// The subject a sentence is about: "you", "she", "he", "they", or None.
pub(crate) fn subject(cx: &Cx, b: &Body) -> Option<&'static str> {
    cx.tokens_in(b.start, b.end).find_map(|k| {
        let w = cx.doc.lower(k);
        SUBJECT_PRONOUNS.lookup(w)
    })
}

/// What the sentence is about, kept for the rewrite: the first backticked code or identifier,
/// else "the X" from "this/the/your X". Never a flagged word.
pub(crate) fn topic(cx: &Cx, b: &Body) -> Option<String> {
    code_topic(cx, b)
        .or_else(|| noun_topic(cx, b))
        .or_else(|| bare_plural_topic(cx, b))
}

/// "Hidden files are terrible", "And global flags were a mistake": a plural subject with no
/// determiner, a kind of thing the sentence judges (kept as written, "hidden files").
fn bare_plural_topic(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    let mut k = toks.start;
    if crate::engine::vocab::words::List("and|also|plus|but|so").contains(&d.lw(k)) {
        k += 1;
    }
    let words = topic_words(cx, k, toks.end);
    let &(_, head) = words.last()?;
    // "temp files in shared folders": the head noun, and a place after it.
    let mut z = head;
    if crate::engine::vocab::words::List("in|on|under|inside|from|of|for").contains(&d.lw(z + 1)) {
        let more = topic_words(cx, z + 2, toks.end);
        if let Some(&(_, e)) = more.last().filter(|_| more.len() <= 2) {
            z = e;
        }
    }
    let last = d.lower(head);
    let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
    let verb = crate::engine::vocab::words::List("are|were").contains(&d.lw(z + 1));
    if words.len() > 3 || !plural || !verb || d.tokens[k].start < b.start {
        return None;
    }
    // "Hidden files" → "hidden files", but "Kafka configs" keeps its name: a capital is lowered
    // only on a word shaped like an adjective or a common noun.
    let w = d.lower(k);
    let suffixes = [
        "ed", "en", "al", "ic", "ous", "ary", "ing", "ful", "less", "ive", "ble", "ate",
    ];
    let common = w.len() > 4 && suffixes.iter().any(|e| w.ends_with(e));
    let first = if common { w } else { d.raw(k) };
    let rest = &cx.text[d.tokens[k].end..d.tokens[z].end];
    Some(format!("{first}{rest}"))
}

/// The first short code span or unflagged identifier of the sentence.
fn code_topic(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    cx.tokens_in(b.start, b.end).find_map(|k| {
        let t = &d.tokens[k];
        let named = quotable_code(cx, k)
            || (t.kind == TokenKind::Word && t.ident && !cx.flagged(t.start, t.end, None));
        // "@SamLee": a person's handle, never "the problem".
        let handle = k > 0 && d.tokens[k - 1].end == t.start && d.lower(k - 1) == "@";
        (named && !handle && !skipped(cx, b, k)).then(|| d.raw(k).to_string())
    })
}

/// "the X" from the first "this/the/your/a X" with up to three plain words after it.
fn noun_topic(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    toks.clone().find_map(|k| {
        let w = d.lower(k);
        // "Sam's status updates": a name's possessive is a determiner too.
        // ("He's such a …", "That's the …": a pronoun's "is", not a possessive.)
        let owner = d.tokens[k].capitalized
            && (w.ends_with("'s") || w.ends_with("’s"))
            && !cx.has(k, THIRD_WORD | READER)
            && !TOPIC_STOP_WORDS.contains(&w.trim_end_matches("'s").trim_end_matches("’s"));
        if !(TOPIC_DETERMINERS.contains(&w) || owner) || in_brackets(cx.text, b, d.tokens[k].start)
        {
            return None;
        }
        let words = topic_words(cx, k + 1, toks.end);
        // "the more complex client assignments" cut after three words would lose its noun.
        if words.len() > 3 {
            return None;
        }
        // "How did this regression ship?", "the screenshots show they …": after an auxiliary,
        // or before a clause's subject, the phrase's last word is the verb.
        let mut words = words;
        let aux = k > 0
            && crate::engine::vocab::words::List(
                "did|does|do|didn't|doesn't|don't|will|won't|would|can|can't|could|should",
            )
            .contains(&d.lower(k - 1));
        let last = words.last()?.1;
        // ("The budget plan she wrote": a noun before a relative clause keeps its place.)
        let clause_follows = crate::engine::vocab::words::List("they|he|she|we|you|it|that|i")
            .contains(&d.lw(last + 1))
            && crate::engine::vocab::words::List(
                "show|shows|showed|prove|proves|proved|say|says|said|mean|means|suggest|suggests|\
                 confirm|confirms|demonstrate|demonstrates",
            )
            .contains(&d.lower(last))
            && d.tokens.get(last + 1).is_some_and(|t| t.start < b.end);
        if words.len() >= 2 && (aux || clause_follows) {
            words.pop();
        }
        // "this is", "that was": no noun.
        let (&(a, _), &(_, z)) = (words.first()?, words.last()?);
        // "This displays an …": a verb, not a noun, before a determiner; "a big fuckup": the
        // noun is the charged word the phrase stopped at. "As a user": the writer's role.
        let verb = words.len() == 1 && matches!(w, "this" | "that");
        let cut = |j: usize| {
            let w = d.lw(j);
            d.is_word(j)
                && (verb && TOPIC_DETERMINERS.contains(&w)
                    || JUNK_TOPIC_WORDS.contains(&w)
                    || is_harsh_word(w))
        };
        // "a massive screw-up": after "a", a flagged word that follows is the phrase's noun
        // ("the build sucks" keeps "the build": there it is the verb).
        let flagged_noun = matches!(w, "a" | "an")
            && d.is_word(z + 1)
            && cx.flagged(d.tokens[z + 1].start, d.tokens[z + 1].end, None);
        // "get this merged faster", "I don't mean this lightly": "this" is the object, and a
        // participle or an adverb follows it ("this reply" keeps its noun). "This adds
        // nothing": a singular "this" takes no plural noun, so a word in "-s" after it is its
        // verb ("this class", "this status", "this alias" end as nouns do).
        let la = d.lower(a);
        let third = la.ends_with('s')
            && !["ss", "us", "is", "as", "os"]
                .iter()
                .any(|e| la.ends_with(e));
        let participle = matches!(w, "this" | "that")
            && (la.ends_with("ed") || verb && la.ends_with("tly") || third);
        if cut(z + 1) || flagged_noun || participle || k > 0 && d.lower(k - 1) == "as" {
            return None;
        }
        // "a multi-line statement": a phrase cut at a hyphen would name "the multi".
        if cx.text[d.tokens[z].end..].starts_with('-') {
            return None;
        }
        let det = match w {
            "a" | "an" => "the",
            _ if owner => d.raw(k),
            _ => w,
        };
        let noun = &cx.text[d.tokens[a].start..d.tokens[z].end];
        Some(format!("{det} {noun}"))
    })
}

/// Up to four words of a topic from token `j`, as first and last token: "day-to-day" is one.
fn topic_words(cx: &Cx, mut j: usize, end: usize) -> Vec<(usize, usize)> {
    let d = &cx.doc;
    let mut words = Vec::new();
    while j < end && words.len() < 4 && topic_word(cx, j) {
        let first = j;
        let t = &d.tokens;
        while j + 2 < end
            && d.raw(j + 1) == "-"
            && t[j].end == t[j + 1].start
            && t[j + 1].end == t[j + 2].start
            && topic_word(cx, j + 2)
        {
            j += 2;
        }
        words.push((first, j));
        j += 1;
    }
    words
}

/// Can token `j` be part of a topic noun phrase: a plain, unflagged, uncharged content word?
fn topic_word(cx: &Cx, j: usize) -> bool {
    let t = &cx.doc.tokens[j];
    let lw = cx.doc.lower(j);
    // "the vendor rep he's": a person word ends the noun phrase.
    t.kind == TokenKind::Word
        && !TOPIC_STOP_WORDS.contains(&lw)
        && !cx.has(j, THIRD_WORD | READER)
        && !cx.flagged(t.start, t.end, None)
        && !JUNK_TOPIC_WORDS.contains(&lw)
        && !is_harsh_word(lw)
}

/// Words too charged to carry into a rewrite.
pub(crate) fn is_harsh_word(w: &str) -> bool {
    HARSH_WORDS.contains(&w)
        || HARSH_WORD_PREFIXES.iter().any(|p| w.starts_with(p))
        || w.contains('*')
}

/// Is byte `pos` inside a `[placeholder]` of sentence `b`?
pub(crate) fn in_brackets(text: &str, b: &Body, pos: usize) -> bool {
    let before = &text[b.start.min(pos)..pos];
    match (before.rfind('['), before.rfind(']')) {
        (Some(o), Some(c)) if c > o => false,
        (Some(_), _) => text[pos..b.end.max(pos)].contains(']'),
        _ => false,
    }
}

/// Code spans and identifiers of the sentence other than `skip`, at most three.
pub(crate) fn other_code(cx: &Cx, b: &Body, skip: Option<&str>) -> Vec<String> {
    let d = &cx.doc;
    let mut out: Vec<String> = Vec::new();
    for k in cx.tokens_in(b.start, b.end) {
        let t = &d.tokens[k];
        if skipped(cx, b, k) || !(quotable_code(cx, k) || (t.kind == TokenKind::Word && t.ident)) {
            continue;
        }
        let r = d.raw(k);
        if Some(r) != skip && !out.iter().any(|x| x == r) {
            out.push(r.to_string());
            if out.len() == 3 {
                break;
            }
        }
    }
    out
}

/// Token `k` is inside a placeholder or is "e.g"/"i.e"/"etc": never a topic.
fn skipped(cx: &Cx, b: &Body, k: usize) -> bool {
    in_brackets(cx.text, b, cx.doc.tokens[k].start)
        || EXAMPLE_ABBREVIATIONS.contains(&cx.doc.lower(k))
}

/// Token `k` is a code span short enough to quote in a rewrite.
fn quotable_code(cx: &Cx, k: usize) -> bool {
    let raw = cx.doc.raw(k);
    cx.doc.tokens[k].kind == TokenKind::Code && raw.len() <= MAX_CODE && !raw.contains('\n')
}
