//! `unfilled-placeholder`: a `[bracketed phrase]` left in the draft (from a template or a rewrite).
//! Not a markdown link `[x](url)`, not code like `a[i]` or `[0]`, not a checkbox `[x]`.
use crate::engine::context::make;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use std::ops::Range;

use crate::engine::text::{tokenize, Doc, TokenKind};

pub static DOC: RuleDoc = RuleDoc {
    id: "unfilled-placeholder",
    category: Category::Structure,
    severity: Severity::Problem,
    what: "A [placeholder] that still needs a real fact.",
    why: "Placeholders mark facts only you know (the date, the meeting, the number). Sending one unfilled tells the reader the feedback was a template, which undoes its care.",
    source: "Situation-Behavior-Impact, Center for Creative Leadership (specific situation and impact)",
    example: "In [meeting], your update ran [how long] over.",
    instead: "In Tuesday's planning, your update ran 15 minutes over.",
    known_false_positives: "Bracketed asides such as \"[sic]\" or editorial notes.",
};

/// Longest placeholder, in bytes: room for a label and an example ("[what you did instead, e.g.
/// interrupted Sam twice in Monday's planning]"), short of a bracketed paragraph.
const MAX_LEN: usize = 160;

/// Byte spans of placeholders in `text`, skipping code spans.
pub fn placeholders(doc: &Doc) -> Vec<(usize, usize)> {
    let text = doc.text;
    let b = text.as_bytes();
    let mut out = Vec::new();
    if !text.contains('[') {
        return out;
    }
    let code: Vec<(usize, usize)> = doc
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Code | TokenKind::Url))
        .map(|t| (t.start, t.end))
        .collect();
    let mut i = 0;
    while let Some(p) = text[i..].find('[') {
        let open = i + p;
        i = open + 1;
        // Inside a code span? (spans are sorted and disjoint: binary search)
        let k = code.partition_point(|&(s, _)| s <= open);
        if k > 0 && open < code[k - 1].1 {
            continue;
        }
        // `a[i]`, `x][`: indexing or nesting, not a placeholder.
        if open > 0
            && (b[open - 1].is_ascii_alphanumeric()
                || matches!(b[open - 1], b'_' | b']' | b')' | b'['))
        {
            continue;
        }
        let Some(len) = text[open + 1..].find([']', '[', '\n']) else {
            break;
        };
        let close = open + 1 + len;
        if b[close] != b']' || len == 0 || len > MAX_LEN {
            continue;
        }
        let inner = &text[open + 1..close];
        let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2
            || inner.contains(['(', ')', '=', '"', '\'', '`', '{', '}', ';', '<', '>'])
                && !inner.contains(' ')
        {
            continue;
        }
        // Markdown link or reference: [text](url), [text][ref], and a reference definition
        // `[text]: url`, which only ever starts a line ("[what]: [why]" mid-line is a template).
        // (CommonMark allows up to three spaces of indent: look back no further, so this stays
        // linear on a long line full of brackets.)
        let indent = b[..open].iter().rev().take_while(|&&c| c == b' ').count();
        let starts_line = indent <= 3 && (open == indent || b[open - indent - 1] == b'\n');
        if matches!(b.get(close + 1), Some(b'(') | Some(b'['))
            || (b.get(close + 1) == Some(&b':') && starts_line)
        {
            continue;
        }
        if matches!(
            inner.to_ascii_lowercase().as_str(),
            "sic" | "citation needed" | "x" | "ok" | "done" | "wip" | "edit" | "nit"
        ) {
            continue;
        }
        out.push((open, close + 1));
        i = close + 1;
    }
    out
}

/// Byte ranges of the placeholders in `text`: the one definition the rule, `apply`, the rewrites
/// and the editor's Tab navigation share.
pub fn placeholder_spans(text: &str) -> Vec<Range<usize>> {
    if !text.contains('[') {
        return Vec::new();
    }
    placeholders(&tokenize(text)).into_iter().map(|(s, e)| s..e).collect()
}

pub fn check(doc: &Doc, out: &mut Vec<Finding>) {
    for (s, e) in placeholders(doc) {
        out.push(make(
            &DOC,
            s,
            e,
            format!("Fill in {} before sending", &doc.text[s..e]),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn spans(text: &str) -> Vec<&str> {
        analyze(text)
            .findings
            .iter()
            .filter(|f| f.rule == "unfilled-placeholder")
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    #[test]
    fn each_placeholder_is_its_own_finding() {
        assert_eq!(
            spans("In [meeting], you said [what you said]."),
            ["[meeting]", "[what you said]"]
        );
    }

    #[test]
    fn a_colon_after_a_placeholder_mid_line_is_not_a_reference_definition() {
        assert_eq!(
            spans("I see a problem with [what]: [why it matters]."),
            vec!["[what]", "[why it matters]"]
        );
        assert!(spans("[docs]: https://example.org/guide").is_empty());
        assert!(spans("See below.\n  [docs]: https://example.org/guide").is_empty());
    }

    #[test]
    fn links_code_and_indices_are_not_placeholders() {
        assert!(
            spans("See [the docs](https://example.com) and a[i] and [0] and `x[name]`.").is_empty()
        );
        assert!(spans("- [x] done\n- [ ] todo").is_empty());
        assert!(spans("arr[idx] = foo[bar]").is_empty());
    }
}
