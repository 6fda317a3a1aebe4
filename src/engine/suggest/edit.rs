//! Building and cleaning suggestions: the constructor, appending a sentence, matching the case of
//! the text replaced, and the final clamp and de-duplication `fill` applies to every rewrite.
use super::body::Body;
use super::cx::Cx;
use crate::engine::case;
use crate::engine::model::Suggestion;

/// A suggestion: replace bytes `start..end` with `replacement`.
// Out of line in the page only (hundreds of call sites); inlined natively for speed.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn sugg(
    label: impl Into<String>,
    start: usize,
    end: usize,
    replacement: impl Into<String>,
) -> Suggestion {
    Suggestion {
        label: label.into(),
        start,
        end,
        replacement: replacement.into(),
    }
}

/// Append a sentence after `b`, adding the full stop `b` lacks.
pub(crate) fn append(cx: &Cx, b: &Body, label: &str, sentence: &str) -> Suggestion {
    let (at, end, stop) = close_at(cx.text, b);
    sugg(label, at, end, joined(stop, &[" ", sentence].concat()))
}

/// `lead` then `sentence` (which starts with a space), without the space after a line break.
pub(crate) fn joined(lead: &str, sentence: &str) -> String {
    if lead.ends_with('\n') {
        [lead, sentence.trim_start()].concat()
    } else {
        [lead, sentence].concat()
    }
}

/// Where a sentence added after `b` goes: the range to replace and what comes before the
/// sentence. Nothing after a terminal mark; a trailing comma, semicolon or dash (a greeting, a
/// list) becomes the full stop rather than stay before it ("release,." was the old result). A
/// colon introduces what follows it (a list, a code block): the sentence goes after that, as a
/// paragraph of its own, and the colon stays.
pub(crate) fn close_at(text: &str, b: &Body) -> (usize, usize, &'static str) {
    // "Quite a churn this week. :) Next, …": the smiley after the sentence stays with it.
    if let Some(end) = smiley_after(text, b.end) {
        return (end, end, "");
    }
    if !text[b.content_end.min(b.end)..b.end].trim().is_empty() {
        return (b.end, b.end, "");
    }
    let content = text[b.start..b.content_end.min(b.end)].trim_end();
    match content.chars().last() {
        Some(':') if !text[b.end..].trim().is_empty() => {
            let at = introduced_end(text, b.end);
            (at, at, "\n\n")
        }
        Some(c @ (',' | ';' | ':' | '—' | '-')) => {
            (b.start + content.len() - c.len_utf8(), b.end, ".")
        }
        // "… looks odd :)": an emoticon closes the sentence as a full stop would (not ":).").
        _ if [":)", ":(", ":P", ":p", ":D", ";)", ":/"]
            .iter()
            .any(|e| content.ends_with(e)) =>
        {
            (b.end, b.end, "")
        }
        _ => (b.end, b.end, "."),
    }
}

/// Emoticons a writer puts after a sentence, as part of it.
pub(crate) const SMILEYS: [&str; 9] = [":)", ":-)", ";)", ";-)", ":D", ":P", ":p", ":(", "^^"];

/// Where a smiley ends that follows byte `from` (after spaces, on one line), if any.
pub(crate) fn smiley_after(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    let at = from + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
    SMILEYS
        .iter()
        .find(|m| text[at..].starts_with(*m))
        .map(|m| at + m.len())
}

/// The end of what a colon at `from` introduces: a fenced code block, else the paragraph.
fn introduced_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let off = from + (rest.len() - rest.trim_start().len());
    let end = if let Some(body) = text[off..].strip_prefix("```") {
        let close = body.find("```").map_or(text.len(), |i| off + 3 + i + 3);
        text[close..].find('\n').map_or(text.len(), |i| close + i)
    } else {
        text[off..].find("\n\n").map_or(text.len(), |i| off + i)
    };
    off + text[off..end].trim_end().len()
}

/// `s` with its first letter upper-cased.
pub(crate) fn cap_first(s: &str) -> String {
    // "[the number, e.g. three] teams …" opens a sentence as "[The number, …]".
    if let Some(rest) = s.strip_prefix('[') {
        return format!("[{}", cap_first(rest));
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::new();
            case::push_upper(f, &mut out);
            out + c.as_str()
        }
        None => String::new(),
    }
}

/// `s` with its first letter lower-cased, unless it starts a name, acronym, "I" or code.
pub(crate) fn lower_first(s: &str) -> String {
    let first_word: &str = s
        .split(|c: char| !crate::engine::text::is_alnum(c) && c != '\'')
        .next()
        .unwrap_or("");
    let upper = first_word.chars().filter(|c| c.is_uppercase()).count();
    if first_word == "I" || first_word.starts_with("I'") || upper >= 2 || s.starts_with('`') {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::new();
            case::push_lower(f, &mut out);
            out + c.as_str()
        }
        None => String::new(),
    }
}

/// `s`, capitalised when `capital` (the replaced text started the sentence).
// Out of line in the page only (hundreds of call sites); inlined natively for speed.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn cap_if(capital: bool, s: &str) -> String {
    if capital {
        cap_first(s)
    } else {
        s.to_string()
    }
}

/// Clamp a suggestion to the text's char boundaries; false if it would change nothing.
pub(crate) fn sanitize(text: &str, s: &mut Suggestion) -> bool {
    let fl = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (fl(s.start.min(s.end)), fl(s.end.max(s.start)));
    s.start = a;
    s.end = b.max(a);
    keep_mentions(text, s);
    space_glued(text, s);
    text[s.start..s.end] != s.replacement
}

/// "@sam @lee: this is garbage." rewritten whole keeps whom it answers: "@sam @lee: I see a
/// problem with …". (A mention before a comma is part of the sentence, and a removal drops it
/// with the sentence.)
fn keep_mentions(text: &str, s: &mut Suggestion) {
    let span = &text[s.start..s.end];
    if s.replacement.is_empty() || s.replacement.starts_with('@') || !span.starts_with('@') {
        return;
    }
    let mut rest = span;
    while rest.starts_with('@') {
        let end = rest
            .find(|c: char| c.is_whitespace() || c == ':')
            .unwrap_or(rest.len());
        rest = rest[end..].trim_start_matches(':').trim_start();
    }
    let prefix = &span[..span.len() - rest.len()];
    if rest.is_empty() || prefix.contains(',') || s.replacement.contains(prefix.trim_end()) {
        return;
    }
    s.replacement.insert_str(0, prefix);
}

/// "…deadlines.Though he …" (typed without the space): a sentence added or rewritten next to a
/// full stop gets the space the draft left out, so it does not glue to its neighbour.
fn space_glued(text: &str, s: &mut Suggestion) {
    let stop = |c: Option<char>| matches!(c, Some('.' | '!' | '?'));
    let word = |c: Option<char>| c.is_some_and(crate::engine::text::is_alnum);
    let (r, t) = (s.replacement.as_str(), text);
    let before = stop(t[..s.start].chars().next_back()) && word(r.chars().next());
    let after = (stop(r.chars().next_back()) || r.ends_with(']'))
        && r.contains(". ")
        && t[s.end..].chars().next().is_some_and(char::is_uppercase);
    if before {
        s.replacement.insert(0, ' ');
    }
    if after {
        s.replacement.push(' ');
    }
}

/// Drop duplicates (same range, same replacement), keeping the first.
pub(crate) fn dedup(out: &mut Vec<Suggestion>) {
    let mut k = 0;
    while k < out.len() {
        if out[..k].iter().any(|p| {
            p.start == out[k].start && p.end == out[k].end && p.replacement == out[k].replacement
        }) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Drop the examples a draft gives no setting for: each is the mark U+0001
/// (`voice::BARE`, `Cx::eg`), and goes with its ", e.g." ("[impact, e.g. \u{1}]" is "[impact]",
/// "[what, e.g. someone \u{1}]" is "[what]").
#[inline(never)]
pub fn fit_examples(s: &mut String) {
    if !s.contains('\u{1}') {
        return;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(m) = rest.find('\u{1}') {
        let head = &rest[..m];
        let open = head.rfind('[').unwrap_or(0);
        match head[open..].find(", e.g. ") {
            Some(i) => {
                out.push_str(&head[..open + i]);
                rest = &rest[m..];
                rest = &rest[rest.find(']').unwrap_or(rest.len())..];
            }
            None => {
                out.push_str(head);
                rest = &rest[m + 1..];
            }
        }
    }
    out.push_str(rest);
    *s = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_helpers() {
        assert_eq!(cap_first("éclair"), "Éclair");
        assert_eq!(lower_first("The API"), "the API");
        assert_eq!(lower_first("API is"), "API is");
        assert_eq!(lower_first("I think"), "I think");
        assert_eq!(cap_first(""), "");
    }

    #[test]
    fn examples_marked_as_unset_are_dropped() {
        let mut s =
            "In [when, e.g. \u{1}], Sam [what, e.g. someone \u{1}] and [why, e.g. it broke]."
                .to_string();
        fit_examples(&mut s);
        assert_eq!(s, "In [when], Sam [what] and [why, e.g. it broke].");
        let mut odd = "\u{1}]\u{1}[, e.g. \u{1}".to_string();
        fit_examples(&mut odd);
        assert_eq!(odd, "][");
    }
}
