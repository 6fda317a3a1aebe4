//! The sentence body a rewrite replaces: a sentence without its untouchable lead (list marker,
//! Conventional Comments label) and with its terminal punctuation marked, narrowed around the
//! finding when the sentence is huge or holds several sentences of a script we don't split.
use super::cx::Cx;
use crate::engine::model::Finding;
use crate::engine::text::{Doc, TokenKind};
use crate::engine::vocab::words::REVIEW_LABELS;

/// A sentence split into an untouchable lead (list marker, review label) and the body we rewrite.
#[derive(Clone, Copy, Debug)]
pub struct Body {
    /// Where the rewritable text starts (after "- " or "nit: ").
    pub start: usize,
    /// End of the sentence including its terminal punctuation.
    pub end: usize,
    /// End of the content before the terminal punctuation.
    pub content_end: usize,
    /// The body starts a line (so a review label can go in front of it).
    pub line_start: bool,
    /// The sentence already carries a Conventional Comments label.
    pub labelled: bool,
}

/// Sentences longer than this are rewritten only around the finding (pathological pastes).
const WINDOW: usize = 1200;
/// How far around the finding the window of a huge sentence reaches, in bytes.
const REACH: usize = 300;

impl Cx<'_> {
    /// The body of sentence `si`.
    pub fn body(&self, si: usize) -> Body {
        let d = &self.doc;
        let s = &d.sentences[si];
        let end_tok = s.tokens.end;
        let k = skip_list_marker(d, s.tokens.start, end_tok, s.start);
        let (k, labelled) = skip_review_label(d, k, end_tok);
        let start = if k < end_tok {
            d.tokens[k].start
        } else {
            s.start
        };
        Body {
            start,
            end: s.end,
            content_end: content_end(d, k, end_tok, s.end),
            line_start: starts_line(self.text, s.start),
            labelled,
        }
    }
}

/// After the list marker that opens a sentence ("-", "*", "•", ">", "1." / "1)"), if any.
fn skip_list_marker(d: &Doc, mut k: usize, end_tok: usize, sentence_start: usize) -> usize {
    while k < end_tok
        && d.tokens[k].kind == TokenKind::Punct
        && crate::engine::vocab::words::List("-|*|•|>|+|–").contains(&d.lower(k))
    {
        k += 1;
    }
    if k + 1 < end_tok
        && d.tokens[k].kind == TokenKind::Number
        && matches!(d.lw(k + 1), "." | ")")
        && d.tokens[k].start == sentence_start
    {
        k += 2;
    }
    k
}

/// After a review label at token `k` ("nit:", "issue (blocking):"), and whether there was one.
fn skip_review_label(d: &Doc, k: usize, end_tok: usize) -> (usize, bool) {
    if k >= end_tok || d.tokens[k].kind != TokenKind::Word || !REVIEW_LABELS.contains(&d.lower(k)) {
        return (k, false);
    }
    let mut j = k + 1;
    if d.lw(j) == "(" {
        while j < end_tok && d.lw(j) != ")" && j < k + 6 {
            j += 1;
        }
        j += 1;
    }
    if j < end_tok && d.lw(j) == ":" {
        (j + 1, true)
    } else {
        (k, false)
    }
}

/// Where the content ends: before the trailing terminal marks ("." "!" "?" "…" ";").
fn content_end(d: &Doc, first: usize, end_tok: usize, sentence_end: usize) -> usize {
    let mut content_end = sentence_end;
    let mut last = end_tok;
    while last > first {
        let t = &d.tokens[last - 1];
        if t.kind != TokenKind::Punct {
            break;
        }
        let w = d.lower(last - 1);
        if !(w.contains('!')
            || w.contains('?')
            || crate::engine::vocab::words::List(".|…|;").contains(&w))
        {
            break;
        }
        content_end = t.start;
        last -= 1;
    }
    content_end
}

/// Does byte `at` start a line (only blanks before it on its line)? Reads back only to the
/// first character that is not a blank: on a long line without breaks, searching back for the
/// line's start made every sentence cost the length of the text before it.
fn starts_line(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace)
}

impl Body {
    /// The body to rewrite for finding `f`: the whole sentence, or only the part around `f` when
    /// the sentence is huge or runs several sentences of a script the tokenizer doesn't split.
    pub fn focus(self, cx: &Cx, f: &Finding) -> Body {
        let mut body = self;
        if body.end - body.start > WINDOW {
            body = body.window(cx, f);
        }
        body.after_foreign_stop(cx, f)
    }

    /// A huge run-on "sentence": a window of whole tokens around the finding.
    fn window(mut self, cx: &Cx, f: &Finding) -> Body {
        let ws = cx
            .tokens_in(f.start.saturating_sub(REACH).max(self.start), f.start)
            .start;
        let we = cx.tokens_in(f.end, (f.end + REACH).min(self.end));
        let we = we.end.max(we.start);
        self.start = cx
            .doc
            .tokens
            .get(ws)
            .map_or(self.start, |t| t.start.max(self.start))
            .min(f.start);
        if we > 0 {
            self.end = cx.doc.tokens[we - 1].end.max(f.end).min(self.end);
        }
        self.content_end = self.content_end.min(self.end).max(self.start);
        self.line_start = false;
        self.labelled = false;
        self
    }

    /// Scripts whose full stops the tokenizer doesn't split on ("。", "！", "？"): keep what
    /// comes before the finding's own sentence.
    fn after_foreign_stop(mut self, cx: &Cx, f: &Finding) -> Body {
        let before = &cx.text[self.start..f.start.max(self.start)];
        let Some(i) = before.rfind(['。', '！', '？', '؟', '।']) else {
            return self;
        };
        let mut at = self.start + i;
        at += cx.text[at..].chars().next().map_or(0, char::len_utf8);
        while at < f.start && cx.text[at..].starts_with(char::is_whitespace) {
            at += cx.text[at..].chars().next().map_or(1, char::len_utf8);
        }
        self.start = at;
        self.line_start = false;
        self.labelled = false;
        self
    }
}
