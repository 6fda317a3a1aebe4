//! Removing a word or a preamble ("just", "maybe", "no offense, but", "Yuck,"), fixing the
//! spacing, the dangling comma and the capital letter it leaves behind.
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};

/// Remove `start..end` from the sentence `b`.
pub(crate) fn removal(cx: &Cx, b: &Body, start: usize, end: usize, label: &str) -> Suggestion {
    let (s, e, replacement) = remove_span(cx.text, b, start, end);
    Suggestion {
        label: label.into(),
        start: s,
        end: e,
        replacement,
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
    let bytes = text.as_bytes();
    let n = text.len();
    let (start, end) = (start.min(n), end.min(n).max(start.min(n)));
    let skip = |mut i: usize| {
        while i < n && is_space(bytes[i]) {
            i += 1;
        }
        i
    };
    let mut s = start;
    let mut e = end;
    let before = text[b.start.min(start)..start].trim_end();
    let opens = before.is_empty() || before.ends_with([',', ';', ':', '(', '—', '–', '-']);
    let mut j = skip(e);
    let at_end = j >= b.content_end || matches!(bytes.get(j), Some(b'.' | b'!' | b'?' | b')'));
    if opens && (!at_end || before.is_empty()) {
        let mut comma = false;
        if j < n && matches!(bytes[j], b',' | b':' | b';') {
            j = skip(j + 1);
            comma = true;
        } else if text[j..].starts_with('—') || text[j..].starts_with('–') {
            j = skip(j + 3);
            comma = true;
        } else if text[j..].starts_with("- ") {
            j = skip(j + 1);
            comma = true;
        }
        // "No offense, but …", "Sorry to bother you, but …": the "but" goes with the preamble.
        let rest = &text[j..];
        for w in ["but ", "though ", "however, ", "however "] {
            if (comma || w == "but ")
                && rest.len() >= w.len()
                && rest.is_char_boundary(w.len())
                && rest[..w.len()].eq_ignore_ascii_case(w)
            {
                j = skip(j + w.len());
                break;
            }
        }
        e = j;
        // A preamble after a comma ("Honestly, no offense, the …"): keep one space.
        if !before.is_empty() && s > 0 && is_space(bytes[s - 1]) {
            // fine: the space before stays, the spaces after are gone
        }
    } else {
        let at_end = at_end || matches!(bytes.get(j), Some(b',' | b';' | b':'));
        if at_end {
            // ", if that's ok." / " just." → drop the comma or space before.
            let mut k = s;
            while k > b.start && is_space(bytes[k - 1]) {
                k -= 1;
            }
            if k > b.start
                && bytes[k - 1] == b','
                && j < n
                && matches!(bytes[j], b'.' | b'!' | b'?' | b',')
            {
                k -= 1;
            }
            s = k;
            e = end;
        } else if j > e {
            e = j;
        } else if s > 0 && is_space(bytes[s - 1]) {
            s -= 1;
        }
    }
    // The removed text began the sentence with a capital: capitalise what now starts it.
    let mut replacement = String::new();
    let first_upper = text[start..end]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase());
    if s <= b.start && first_upper {
        if let Some(c) = text[e..].chars().next() {
            if c.is_lowercase() {
                replacement.extend(c.to_uppercase());
                e += c.len_utf8();
            }
        }
    }
    // Nothing of substance left: remove the whole sentence.
    let left = format!(
        "{}{}{}",
        &text[b.start.min(s)..s],
        replacement,
        &text[e.min(b.content_end.max(e))..b.content_end.max(e)]
    );
    if !left.chars().any(char::is_alphanumeric) {
        let mut e2 = b.end.max(e);
        while e2 < n && is_space(bytes[e2]) {
            e2 += 1;
        }
        let mut s2 = b.start;
        // Last thing on its line: take the spaces before it instead.
        if e2 >= n || bytes[e2] == b'\n' || bytes[e2] == b'\r' {
            e2 = b.end.max(e);
            while s2 > 0 && is_space(bytes[s2 - 1]) {
                s2 -= 1;
            }
        }
        return (s2, e2, String::new());
    }
    (s, e, replacement)
}

/// Hedges and softeners: remove them.
pub(crate) fn hedge(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let phrase = text[f.start..f.end].to_lowercase().replace('’', "'");
    let mut start = f.start;
    let mut end = f.end;
    let toks = cx.tokens_in(f.start, f.end);
    // "just wanted to" → "wanted to": only the "just" goes.
    if phrase.starts_with("just ") && toks.len() > 1 {
        end = cx.doc.tokens[toks.start].end;
    }
    let next = |e: usize| cx.token_at(e).map(|k| (k, cx.doc.lower(k)));
    let after = |e: usize| {
        let k = cx.tokens_in(e, text.len()).start;
        (k < cx.doc.tokens.len()).then(|| (k, cx.doc.lower(k).to_string()))
    };
    if phrase.starts_with("sorry to") || phrase == "i hate to say" {
        if let Some((k, w)) = after(end) {
            if matches!(w.as_str(), "you" | "it" | "this" | "that" | "y'all") {
                end = cx.doc.tokens[k].end;
            }
        }
    }
    if matches!(phrase.as_str(), "a bit" | "a little" | "a little bit")
        && !text[..f.start].trim_end().to_lowercase().ends_with("quite")
    {
        if let Some((k, w)) = after(end) {
            if w == "of" {
                end = cx.doc.tokens[k].end;
            }
        }
    }
    let _ = next;
    // "quite a bit of" means "a lot of", not a softener.
    if matches!(phrase.as_str(), "a bit" | "a little") {
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
    vec![removal(cx, b, start, end, &format!("Remove \"{quoted}\""))]
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
        format!("{}{}{}", &text[..a], rep, &text[b..])
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
