//! Removing a word or a preamble ("just", "maybe", "no offense, but", "Yuck,"), fixing the
//! spacing, the dangling comma and the capital letter it leaves behind.
use crate::engine::case::{self, Case};
use crate::engine::text::TokenKind;
use std::ops::Range;

use super::edit::{cap_if, sugg};
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::sentence::Who;

/// Remove `start..end` from the sentence `b`.
pub(crate) fn removal(cx: &Cx, b: &Body, start: usize, end: usize, label: &str) -> Suggestion {
    let start = with_its_degree(cx, b, start, end);
    let d = &cx.doc;
    // Without "I'm not trying to be rude", "… rude or offensive (…)" would start "Or
    // offensive": a word joined to the removed predicate goes with it; after "sorry to bother
    // you and thanks" only the "and" goes.
    // One word goes with its "and" only as a predicate or before a noun ("is significant and
    // new", "an important and direct role"); after a verb's object the "and" joins what follows
    // to the rest ("shortens the loop somewhat and so …").
    let k = cx.tokens_in(end, cx.text.len()).start;
    let first = cx.tokens_in(start, end);
    let joined = k > 1
        // ("pause a bit and check the totals": an amount, after which "and" joins the next verb.)
        && (first.len() > 1 && d.lower(first.start) != "a"
            || crate::engine::vocab::words::List("is|are|was|were|be|been|being|a|an|the")
                .contains(&d.lw(first.start.wrapping_sub(1))))
        && crate::engine::vocab::words::List("or|and|nor").contains(&d.lw(k))
        && d.tokens[k].sentence == d.tokens[k - 1].sentence
        && d.is_word(k + 1);
    // "is handy and important due to …": the second of two joined words goes with the "and"
    // before it (as the first goes with the one after it).
    let start = match first.start {
        j if !joined && first.len() == 1 && j >= 3 && second_of_pair(cx, j) => {
            d.tokens[j - 1].start
        }
        _ => start,
    };
    let end = match () {
        _ if !joined => end,
        _ if d.lower(k - 2) == "be" && !d.is_word(k + 2) => d.tokens[k + 1].end,
        _ => d.tokens[k].end,
    }
    .min(b.end);
    let (mut s, e, replacement) = remove_span(cx.text, b, start, end);
    // ", even if rather unlikely." without its words leaves ", even if.": the clause goes.
    let before = cx.tokens_in(b.start, s);
    let after = cx.tokens_in(e, cx.text.len()).start;
    let clause_ends = after >= d.tokens.len()
        || crate::engine::vocab::words::List(".|,|;|!|?|)").contains(&d.lower(after));
    let dangling = !before.is_empty()
        && crate::engine::vocab::words::List(
            "if|when|though|although|because|unless|while|since|than|whether",
        )
        .contains(&d.lower(before.end - 1));
    if replacement.is_empty() && clause_ends && dangling {
        if let Some(k) = before.rev().find(|&k| d.lower(k) == ",") {
            s = d.tokens[k].start;
        }
    }
    Suggestion {
        label: label.into(),
        start: s,
        end: e,
        replacement,
    }
}

/// Is the word at `j` the second of a pair joined by "and"/"or" after a linking verb or an
/// article ("is handy and important", "a fast and important fix")?
fn second_of_pair(cx: &Cx, j: usize) -> bool {
    let d = &cx.doc;
    let same = d.tokens[j - 3].sentence == d.tokens[j].sentence;
    // ("is really handy and important": after a degree adverb too.)
    let lead = |k: usize| {
        crate::engine::vocab::words::List("is|are|was|were|be|been|being|a|an|the|very")
            .contains(&d.lower(k))
            || d.lower(k).len() > 4 && d.lower(k).ends_with("ly")
    };
    same && crate::engine::vocab::words::List("and|or").contains(&d.lower(j - 1))
        && d.is_word(j - 2)
        && lead(j - 3)
}

/// "even if rather unlikely" without "unlikely" would leave "even if rather": a degree word
/// right before one removed word goes with it.
fn with_its_degree(cx: &Cx, b: &Body, start: usize, end: usize) -> usize {
    let d = &cx.doc;
    let toks = cx.tokens_in(start, end);
    let k = toks.start;
    if k == 0 || d.tokens[k - 1].start < b.start {
        return start;
    }
    // "drops just a little bit when …" → "drops when …": the "just" that limited the
    // degree goes with it.
    let measure = crate::engine::vocab::words::List("a|slightly|somewhat");
    if d.lower(k - 1) == "just" && measure.contains(&d.lower(k)) {
        return d.tokens[k - 1].start;
    }
    if toks.len() != 1 {
        return start;
    }
    let degree = crate::engine::vocab::words::List("rather|very|quite|too|pretty|fairly|highly");
    // "too damn slow" → "too slow": a swear that intensifies leaves the degree to its adjective.
    let swear = crate::engine::vocab::words::SWEAR_INTENSIFIERS.contains(&d.lower(k));
    if !swear
        && d.is_word(k - 1)
        && degree.contains(&d.lower(k - 1))
        && d.tokens[k].kind == TokenKind::Word
    {
        d.tokens[k - 1].start
    } else {
        start
    }
}

fn is_space(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// The byte range to cut and what to put there instead, so that removing `start..end` leaves
/// well-formed text. Only ASCII spaces and punctuation are swallowed, so the range stays on
/// char boundaries.
pub(crate) fn remove_span(
    text: &str,
    b: &Body,
    start: usize,
    end: usize,
) -> (usize, usize, String) {
    let n = text.len();
    let (start, end) = (start.min(n), end.min(n).max(start.min(n)));
    let (s, e) = cut(text, b, start, end);
    let (e, replacement) = recapitalise(text, b, start..end, s, e);
    // Nothing of substance left: remove the whole sentence.
    let left = format!(
        "{}{}{}",
        &text[b.start.min(s)..s],
        replacement,
        &text[e.min(b.content_end.max(e))..b.content_end.max(e)]
    );
    if !left.chars().any(crate::engine::text::is_alnum) {
        // "Dammit... good catch." → "Good catch.": what follows now opens the text.
        let (s, e, _) = whole_sentence(text, b, e);
        let (e, replacement) = recapitalise(text, b, start..end, s, e);
        return (s, e, replacement);
    }
    (s, e, replacement)
}

/// The first byte at or after `i` that is not a space or tab.
fn skip_spaces(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < text.len() && is_space(bytes[i]) {
        i += 1;
    }
    i
}

/// The range to cut for `start..end`: an opening preamble takes its comma, dash and "but"; a
/// trailing phrase takes the comma or space before it; a word inside takes one space.
fn cut(text: &str, b: &Body, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    // "… or laziness (no offense).": the parentheses go with the only words inside them.
    let open = text[..start].trim_end_matches(' ');
    let close = skip_spaces(text, end);
    if open.ends_with('(') && open.len() > b.start && bytes.get(close) == Some(&b')') {
        return (
            open[..open.len() - 1].trim_end_matches(' ').len(),
            close + 1,
        );
    }
    // "too-damn-long": the word goes with one of its hyphens.
    if start > 0 && bytes[start - 1] == b'-' && bytes.get(end) == Some(&b'-') {
        return (start, end + 1);
    }
    let before = text[b.start.min(start)..start].trim_end();
    let opens = before.is_empty() || before.ends_with([',', ';', ':', '(', '—', '–', '-']);
    let j = skip_spaces(text, end);
    let at_end = j >= b.content_end || matches!(bytes.get(j), Some(b'.' | b'!' | b'?' | b')'));
    if opens && (!at_end || before.is_empty()) {
        return (start, preamble_end(text, j));
    }
    let at_end = at_end || matches!(bytes.get(j), Some(b',' | b';' | b':'));
    if at_end {
        (trailing_start(text, b, start, j), end)
    } else if j > end {
        (start, j)
    } else if start > 0 && is_space(bytes[start - 1]) {
        (start - 1, end)
    } else {
        (start, end)
    }
}

/// Where the text after a removed preamble starts: past its comma or dash and a "but"
/// ("No offense, but …", "Sorry to bother you, but …").
fn preamble_end(text: &str, mut j: usize) -> usize {
    // "No offense (honestly), but …": a short aside right after
    // the preamble explains it, and goes with it.
    if let Some(close) = text[j..].strip_prefix('(').and_then(|r| r.find(')')) {
        if close < 100 {
            j = skip_spaces(text, j + close + 2);
        }
    }
    let mut comma = false;
    if j < text.len() && matches!(text.as_bytes()[j], b',' | b':' | b';') {
        j = skip_spaces(text, j + 1);
        comma = true;
    } else if text[j..].starts_with('—') || text[j..].starts_with('–') {
        j = skip_spaces(text, j + 3);
        comma = true;
    } else if text[j..].starts_with("- ") {
        j = skip_spaces(text, j + 1);
        comma = true;
    }
    let rest = &text[j..];
    for w in ["but ", "though ", "however, ", "however "] {
        if (comma || w == "but ")
            && rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
        {
            return skip_spaces(text, j + w.len());
        }
    }
    j
}

/// A trailing phrase (", if that's ok." / " just."): the spaces, and a comma, before it go too.
fn trailing_start(text: &str, b: &Body, start: usize, j: usize) -> usize {
    let bytes = text.as_bytes();
    let mut k = start;
    while k > b.start && is_space(bytes[k - 1]) {
        k -= 1;
    }
    if k > b.start
        && bytes[k - 1] == b','
        && j < text.len()
        && matches!(bytes[j], b'.' | b'!' | b'?' | b',')
    {
        k -= 1;
    }
    k
}

/// The removed text began the sentence with a capital: capitalise what now starts it (the cut
/// then ends one char later and the replacement is that char in upper case).
fn recapitalise(
    text: &str,
    b: &Body,
    removed: Range<usize>,
    s: usize,
    mut e: usize,
) -> (usize, String) {
    let mut replacement = String::new();
    let first_upper = text[removed]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase());
    if s <= b.start && first_upper {
        if let Some(c) = text[e..].chars().next() {
            if c.is_lowercase() {
                case::push_upper(c, &mut replacement);
                e += c.len_utf8();
            }
        }
    }
    (e, replacement)
}

/// Cut the whole sentence with the spaces after it (or, last on its line, the spaces before).
fn whole_sentence(text: &str, b: &Body, e: usize) -> (usize, usize, String) {
    let bytes = text.as_bytes();
    let n = text.len();
    let mut e2 = skip_spaces(text, b.end.max(e));
    // "You're losing it here. :) With …": the smiley belongs to the sentence it follows (the
    // body may already hold its ":").
    let eyes = text[..e2].trim_end().ends_with([':', ';']);
    let smiley = super::edit::smiley_after(text, e2)
        .or((eyes && text[e2..].starts_with([')', '('])).then_some(e2 + 1));
    if let Some(end) = smiley {
        e2 = skip_spaces(text, end);
    }
    let mut s2 = b.start;
    if e2 >= n || bytes[e2] == b'\n' || bytes[e2] == b'\r' {
        e2 = b.end.max(e);
        while s2 > 0 && is_space(bytes[s2 - 1]) {
            s2 -= 1;
        }
    }
    (s2, e2, String::new())
}

/// Hedges and softeners: remove them.
/// "I'm not sure if he is ready" → "I don't yet see evidence that he is ready": the doubt is the
/// writer's view, and deleting it would assert the opposite ("He is ready"). Said plainly, with
/// its subject ("im not sure if", "I am not sure whether").
fn doubt(cx: &Cx, b: &Body, f: &Finding, phrase: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    // A claim about something or someone else ("if there is room", "if he is ready"), not the
    // writer's own next move ("if I will continue") or a question to the reader.
    let claim = crate::engine::vocab::words::List(
        "this|that|it|there|the|he|she|they|his|her|their|it's|there's|that's|he's|she's",
    )
    .contains(&d.lw(toks.end));
    if !phrase.contains("not sure") || !claim {
        return None;
    }
    let mut k = toks.start;
    while k > 0
        && d.tokens[k - 1].start >= b.start
        && crate::engine::vocab::words::List("i|im|i'm|am|really|just|still")
            .contains(&d.lower(k - 1))
    {
        k -= 1;
    }
    // Only where a clause starts: "I saw it but was not sure if …" has no room for a subject.
    let opens = k == 0
        || d.tokens[k - 1].start < b.start
        || !d.is_word(k - 1)
        || crate::engine::vocab::words::List("and|but|so|though|although|because|however|also")
            .contains(&d.lower(k - 1));
    if !opens {
        return None;
    }
    let start = d.tokens[k].start.min(f.start);
    // "not sure if that counts as …": "that that" would read as a stutter; "this" points the same.
    let that = d.lw(toks.end) == "that";
    let (end, rep) = if that {
        (d.tokens[toks.end].end, "I don't yet see evidence that this")
    } else {
        (f.end, "I don't yet see evidence that")
    };
    Some(sugg(
        "Say plainly what you have not seen",
        start,
        end,
        cap_if(start <= b.start, rep),
    ))
}

/// Does the degree hedge `f` soften a judgement ("a bit emotional", "he seems a bit checked
/// out"), not a plain verb ("the tickets kind of sit")?
fn softens_judgement(cx: &Cx, b: &Body, f: &Finding) -> bool {
    use crate::engine::vocab::{class, flags_of, words::List};
    let d = &cx.doc;
    let next = cx.tokens_in(f.end, cx.text.len()).start;
    let judging = class::POSITIVE | class::NEGATIVE | class::TRAIT;
    let evaluative = (next..next + 3).any(|k| flags_of(d.lw(k)) & judging != 0);
    let prev = d.lw(cx.tokens_in(b.start, f.start).end.wrapping_sub(1));
    let about = cx
        .view_at(b.start)
        .is_some_and(|v| matches!(v.who, Who::Person | Who::Reader));
    evaluative || about && List("is|was|are|were|seems|seemed|looks|feels").contains(&prev)
}

pub(crate) fn hedge(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let phrase = text[f.start..f.end].lowercase().replace('’', "'");
    // "She is a bit negative": dropping "a bit" makes the judgement harsher; ask for evidence.
    // A degree on a plain verb ("the tickets kind of linger") judges nothing and just goes.
    let degree = super::evidence::DEGREE;
    if super::evidence::hedges_certainty(&phrase)
        && (!degree.contains(&phrase.as_str()) || softens_judgement(cx, b, f))
        && !super::evidence::reason_follows(cx, b, f)
        && !super::evidence::advises(cx, b, f)
    {
        if let Some(e) = super::evidence::backing(cx, b) {
            // "Omar is a bit lazy" → "Omar is lazy" sharpens the label: no plain wording.
            if super::evidence::plain_harms(cx, b, f) {
                return vec![e];
            }
            // The plain wording second: it leads where another card adds the example here.
            let mut out = vec![e];
            out.extend(hedge_plainly(cx, b, f, &phrase));
            return out;
        }
    }
    hedge_plainly(cx, b, f, &phrase)
}

/// "Maybe you could add a test." → "Could you add a test?": the request asked plainly (without
/// "maybe" it would state what the reader can do).
fn ask_plainly(cx: &Cx, b: &Body, f: &Finding, phrase: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let k = cx.tokens_in(f.end, cx.text.len()).start;
    let full_stop = matches!(cx.text[b.content_end..b.end].trim(), "." | "");
    let ok = matches!(phrase, "maybe" | "perhaps")
        && f.start == b.start
        && full_stop
        && d.lw(k) == "you"
        && matches!(d.lw(k + 1), "can" | "could")
        && d.is_word(k + 2);
    ok.then(|| {
        let rest = &cx.text[d.tokens[k + 2].start..b.content_end];
        cx.replace_body(
            b,
            "Ask it plainly",
            format!("Could you {}?", rest.trim_end()),
        )
    })
}

/// "Hopefully he can take on the billing work." → "I'd like him to take on the billing work.":
/// the hope stays a wish (without "hopefully" it would state what he can do).
fn wish_plainly(cx: &Cx, b: &Body, f: &Finding, phrase: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let mut k = cx.tokens_in(f.end, cx.text.len()).start;
    k += usize::from(d.lw(k) == ",");
    let list = crate::engine::vocab::words::List;
    // ("Hopefully her output will grow" → "I'd like her output to grow".)
    let owned = list("her|his|their|your").contains(&d.lw(k)) && d.is_word(k + 1);
    let who = match list("he:him|she:her|they:them|you:you").lookup(d.lw(k)) {
        Some(p) => p.to_string(),
        None if owned => format!("{} {}", d.lw(k), d.raw(k + 1)),
        None => return None,
    };
    let m = k + 1 + usize::from(owned);
    let modal = list("can|will|could|would").contains(&d.lw(m)) && d.is_word(m + 1);
    (phrase == "hopefully" && f.start == b.start && modal).then(|| {
        let verb = d.tokens[m + 1].start;
        sugg(
            "Say it as a wish",
            f.start,
            verb,
            format!("I'd like {who} to "),
        )
    })
}

/// `hedge` without the evidence: the doubt said plainly, or the softener gone.
fn hedge_plainly(cx: &Cx, b: &Body, f: &Finding, phrase: &str) -> Vec<Suggestion> {
    let text = cx.text;
    if let Some(s) = doubt(cx, b, f, phrase)
        .or_else(|| ask_plainly(cx, b, f, phrase))
        .or_else(|| wish_plainly(cx, b, f, phrase))
    {
        return vec![s];
    }
    // Any other doubt ("if I will continue", "but was not sure if"): deleting it would assert
    // what the writer doubts, so ask for what it rests on.
    if phrase.contains("not sure") {
        if let Some(e) = super::evidence::claim_backing(cx, b) {
            return vec![e];
        }
    }
    let mut start = f.start;
    let mut end = f.end;
    let toks = cx.tokens_in(f.start, f.end);
    // "just wanted to" → "wanted to": only the "just" goes; with no subject before it
    // ("Gotcha, just wanted to check") the writer takes its place.
    if phrase.starts_with("just ") && toks.len() > 1 {
        end = cx.doc.tokens[toks.start].end;
        let k = toks.start;
        if phrase == "just wanted" && (k == 0 || !cx.doc.is_word(k - 1)) {
            return vec![Suggestion {
                label: "Say who wanted to".into(),
                start: f.start,
                end,
                replacement: "I".into(),
            }];
        }
    }
    let after = |e: usize| {
        let k = cx.tokens_in(e, text.len()).start;
        (k < cx.doc.tokens.len()).then(|| (k, cx.doc.lower(k).to_string()))
    };
    if phrase.starts_with("sorry to") || phrase == "i hate to say" {
        if let Some((k, w)) = after(end) {
            if crate::engine::vocab::words::List("you|it|this|that|y'all").contains(&w.as_str()) {
                end = cx.doc.tokens[k].end;
            }
        }
    }
    // "I suppose that L12 runs first" → "L12 runs first": the "that" goes with its verb.
    if phrase.starts_with("i ") {
        if let Some((k, w)) = after(end) {
            if w == "that" && cx.doc.is_word(k + 1) {
                end = cx.doc.tokens[k].end;
            }
        }
    }
    if crate::engine::vocab::words::List("a bit|a little|a little bit").contains(&phrase)
        && !text[..f.start].trim_end().lowercase().ends_with("quite")
    {
        if let Some((k, w)) = after(end) {
            if w == "of" {
                end = cx.doc.tokens[k].end;
            }
        }
    }
    // "needs a little push" → "needs a push": a noun that counts keeps its article.
    if phrase == "a little"
        && after(end).is_some_and(|(_, w)| {
            crate::engine::vocab::words::List("push|nudge|boost|reminder|kick")
                .contains(&w.as_str())
        })
    {
        start = cx.doc.tokens[toks.start + 1].start;
    }
    // "quite a bit of" means "a lot of", not a softener.
    if matches!(phrase, "a bit" | "a little") {
        let k = cx.tokens_in(b.start, f.start).end;
        if k > 0 && cx.doc.lower(k - 1) == "quite" && cx.doc.tokens[k - 1].start >= b.start {
            let s = cx.doc.tokens[k - 1].start;
            return vec![Suggestion {
                label: "Say \"a lot\"".into(),
                start: s,
                end: f.end,
                replacement: "a lot".into(),
            }];
        }
    }
    if start > end {
        start = end;
    }
    let quoted = text[start..end].trim();
    vec![removal(cx, b, start, end, &remove_label(quoted))]
}

/// The label of a suggestion that removes `what`: `Remove "just"`.
pub(crate) fn remove_label(what: &str) -> String {
    format!("Remove \"{what}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Body {
        let content_end = text.trim_end_matches(['.', '!', '?']).len();
        Body {
            start: 0,
            end: text.len(),
            content_end,
            line_start: true,
            labelled: false,
        }
    }

    fn cut(text: &str, what: &str) -> String {
        let s = text.find(what).unwrap();
        let (a, b, rep) = remove_span(text, &body(text), s, s + what.len());
        format!("{}{rep}{}", &text[..a], &text[b..])
    }

    #[test]
    fn parentheses_go_with_their_only_words() {
        assert_eq!(
            cut(
                "It skips the cache (no offense) on every call.",
                "no offense"
            ),
            "It skips the cache on every call."
        );
        assert_eq!(
            cut("It was lazy (no offense).", "no offense"),
            "It was lazy."
        );
        assert_eq!(cut("It was (maybe) lazy.", "maybe"), "It was lazy.");
    }

    #[test]
    fn a_word_between_hyphens_takes_one_of_them() {
        assert_eq!(
            cut("The lines are still too-damn-long here.", "damn"),
            "The lines are still too-long here."
        );
    }

    #[test]
    fn opening_preamble_takes_its_comma_and_but() {
        assert_eq!(
            cut("No offense, but the doc is late.", "No offense"),
            "The doc is late."
        );
        assert_eq!(cut("Maybe we could try it.", "Maybe"), "We could try it.");
        assert_eq!(cut("Ébauche, but fine.", "Ébauche"), "Fine.");
    }

    #[test]
    fn trailing_phrase_takes_the_comma_before() {
        assert_eq!(
            cut("Update the docs, if that's ok.", "if that's ok"),
            "Update the docs."
        );
        assert_eq!(cut("It is kind of slow.", "kind of"), "It is slow.");
    }

    #[test]
    fn nothing_left_removes_the_sentence() {
        assert_eq!(cut("Just saying.", "Just saying"), "");
    }
}
