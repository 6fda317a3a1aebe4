//! Rewrites: every finding the engine reports gets at least one concrete suggestion
//! (`Finding.suggestions`), the first one being the best single fix.
//!
//! One file per kind of rewrite:
//! - `remove`: drop a word or preamble, fixing spacing and capitalisation (hedges, "no offense, but").
//! - `replace`: swap a word for a precise one (absolutes → a time frame, weasels, shouting).
//! - `harsh`: rewrite an insulting sentence as a plain problem statement with a next step.
//! - `person`: trait label → observed behavior; fixed mindset → growth mindset.
//! - `sbi`: vague criticism → Situation–Behavior–Impact + next step; demand → question; coaching questions.
//! - `praise`: vague or empty praise → specific praise (plus a growth step outside Praise mode).
//! - `structure`: missing SBI parts → an appended sentence; unfilled placeholders → fill or remove.
//! - `review`: the Conventional Comments version ("issue (blocking): …") for code-review comments.
//!
//! Conventions: replacements use `[placeholder, e.g. an example]` for facts only the writer knows;
//! every range is on a char boundary; nothing here allocates unless a finding exists; no regexes.
use std::ops::Range;

use super::model::{Category, Finding, Mode, Options, Suggestion};
use super::rules::RuleId;
use super::text::Doc;
pub(crate) use super::text::TokenKind;

pub mod harsh;
pub mod person;
pub mod praise;
pub mod remove;
pub mod replace;
pub mod review;
pub mod sbi;
pub mod structure;

/// Fill `suggestions` of every finding of `text` (the engine calls this once per analysis).
///
/// Takes the analysis's own tokenized `doc`, so the text is not tokenized twice.
pub fn fill(doc: Doc<'_>, options: &Options, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let text = doc.text;
    let cx = Cx::new(doc, options.mode, findings);
    for (i, f) in findings.iter_mut().enumerate() {
        let mut out = suggestions_for(&cx, f);
        // A pasted book: alternatives only for the first findings, to keep the analysis small.
        if i >= MAX_WITH_ALTERNATIVES {
            out.truncate(1);
        }
        out.retain_mut(|s| sanitize(text, s));
        // Drop duplicates (same range, same replacement), keeping the first.
        let mut k = 0;
        while k < out.len() {
            if out[..k].iter().any(|p| {
                p.start == out[k].start
                    && p.end == out[k].end
                    && p.replacement == out[k].replacement
            }) {
                out.remove(k);
            } else {
                k += 1;
            }
        }
        if out.is_empty() {
            let mut s = cx.last_resort(f);
            if sanitize(text, &mut s) {
                out.push(s);
            }
        }
        f.suggestions = out;
    }
}

/// Everything a rewrite needs about the text: tokens, sentences, every finding's span.
pub struct Cx<'a> {
    pub text: &'a str,
    pub doc: Doc<'a>,
    pub mode: Mode,
    /// Code review mode, or the text looks like a code comment.
    pub code_like: bool,
    /// (start, end, category, rule) of every finding up to `LONG` bytes, sorted by start.
    short: Vec<Span>,
    /// The longer ones (sentence-wide findings of long sentences): few.
    long: Vec<Span>,
    /// The draft has an `empty-praise` finding.
    pub empty_praise: bool,
}

pub(crate) type Span = (usize, usize, Category, RuleId);
const LONG: usize = 400;
/// Findings after this many get only their first suggestion.
const MAX_WITH_ALTERNATIVES: usize = 2000;
/// Sentences longer than this are rewritten only around the finding (pathological pastes).
const WINDOW: usize = 1200;

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

const REVIEW_LABELS: &[&str] = &[
    "nit",
    "nitpick",
    "suggestion",
    "issue",
    "question",
    "praise",
    "thought",
    "chore",
    "note",
    "todo",
    "typo",
    "polish",
    "quibble",
    "minor",
    "optional",
];

impl<'a> Cx<'a> {
    pub fn new(doc: Doc<'a>, mode: Mode, findings: &[Finding]) -> Self {
        let text = doc.text;
        let mut short: Vec<Span> = Vec::with_capacity(findings.len());
        let mut long: Vec<Span> = Vec::new();
        for f in findings {
            let span = (f.start, f.end, f.category, f.rule);
            if f.end.saturating_sub(f.start) > LONG {
                long.push(span);
            } else {
                short.push(span);
            }
        }
        short.sort_by_key(|s| (s.0, s.1));
        let code_like = mode == Mode::CodeReview || looks_like_code_review(&doc);
        let empty_praise = findings.iter().any(|f| f.rule == RuleId::EmptyPraise);
        Cx {
            text,
            doc,
            mode,
            code_like,
            short,
            long,
            empty_praise,
        }
    }

    /// Findings overlapping `start..end` (logarithmic in the number of findings).
    pub fn spans_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Span> + '_ {
        let lo = self
            .short
            .partition_point(|s| s.0 < start.saturating_sub(LONG));
        let hi = self.short.partition_point(|s| s.0 < end.max(start + 1));
        self.short[lo..hi.max(lo)]
            .iter()
            .chain(self.long.iter())
            .filter(move |s| s.0 < end.max(start + 1) && start < s.1.max(s.0 + 1))
    }

    /// Index of the token starting at or containing byte `b`.
    pub fn token_at(&self, b: usize) -> Option<usize> {
        let t = &self.doc.tokens;
        let i = t.partition_point(|x| x.end <= b);
        (i < t.len() && t[i].start <= b.max(t[i].start)).then_some(i)
    }

    /// Token indices fully inside `start..end`.
    pub fn tokens_in(&self, start: usize, end: usize) -> Range<usize> {
        let t = &self.doc.tokens;
        let a = t.partition_point(|x| x.start < start);
        let b = t.partition_point(|x| x.end <= end);
        a..b.max(a)
    }

    pub fn sentence_of(&self, b: usize) -> Option<usize> {
        let s = &self.doc.sentences;
        if s.is_empty() {
            return None;
        }
        let i = s.partition_point(|x| x.start <= b);
        Some(i.saturating_sub(1))
    }

    pub fn body(&self, si: usize) -> Body {
        let d = &self.doc;
        let s = &d.sentences[si];
        let mut k = s.tokens.start;
        let end_tok = s.tokens.end;
        let mut labelled = false;
        // List markers: "-", "*", "•", ">", "1." / "1)".
        while k < end_tok
            && d.tokens[k].kind == TokenKind::Punct
            && matches!(d.lower(k), "-" | "*" | "•" | ">" | "+" | "–")
        {
            k += 1;
        }
        if k + 1 < end_tok
            && d.tokens[k].kind == TokenKind::Number
            && matches!(d.lw(k + 1), "." | ")")
            && d.tokens[k].start == s.start
        {
            k += 2;
        }
        // Review label: "nit:", "issue (blocking):".
        if k < end_tok && d.tokens[k].kind == TokenKind::Word && REVIEW_LABELS.contains(&d.lower(k))
        {
            let mut j = k + 1;
            if d.lw(j) == "(" {
                while j < end_tok && d.lw(j) != ")" && j < k + 6 {
                    j += 1;
                }
                j += 1;
            }
            if j < end_tok && d.lw(j) == ":" {
                k = j + 1;
                labelled = true;
            }
        }
        let start = if k < end_tok {
            d.tokens[k].start
        } else {
            s.start
        };
        let mut content_end = s.end;
        let mut q = false;
        let mut last = end_tok;
        // Trailing punctuation: terminal marks and closing quotes.
        while last > k {
            let t = &d.tokens[last - 1];
            if t.kind != TokenKind::Punct {
                break;
            }
            let w = d.lower(last - 1);
            if w.contains('?') {
                q = true;
            }
            if !(w.contains('!') || w.contains('?') || matches!(w, "." | "…" | ";")) {
                break;
            }
            content_end = t.start;
            last -= 1;
        }
        let line_start = {
            let before = &self.text[..s.start];
            let line = before.rsplit('\n').next().unwrap_or("");
            line.trim().is_empty()
        };
        let _ = q;
        Body {
            start,
            end: s.end,
            content_end,
            line_start,
            labelled,
        }
    }

    /// Is `start..end` covered by a finding of one of `cats` other than `except`?
    pub fn flagged(&self, start: usize, end: usize, except: Option<(usize, usize)>) -> bool {
        self.spans_in(start, end).any(|&(s, e, c, r)| {
            Some((s, e)) != except
                && s < end
                && start < e
                && !matches!(
                    r,
                    RuleId::MissingSbi | RuleId::BareVerdict | RuleId::UnfilledPlaceholder
                )
                && c != Category::Structure
        })
    }

    /// Another harsh or personality finding in the sentence, besides `f`.
    pub fn other_toxic_in(&self, body: &Body, f: &Finding) -> bool {
        self.spans_in(body.start, body.end).any(|&(s, e, c, _)| {
            (s, e) != (f.start, f.end)
                && s < body.end
                && body.start < e
                && matches!(c, Category::Harsh | Category::Personality)
        })
    }

    /// Replace the sentence body (keeping any list marker or review label) with `new`.
    pub fn replace_body(&self, body: &Body, label: impl Into<String>, new: String) -> Suggestion {
        Suggestion {
            label: label.into(),
            start: body.start,
            end: body.end,
            replacement: new,
        }
    }

    /// A suggestion that always exists: drop the flagged text (or, for an empty span, say so).
    pub fn last_resort(&self, f: &Finding) -> Suggestion {
        match self.sentence_of(f.start) {
            Some(si) if f.end > f.start => {
                remove::removal(self, &self.body(si), f.start, f.end, "Remove this")
            }
            _ => Suggestion {
                label: "Add the missing fact".into(),
                start: f.start,
                end: f.end,
                replacement: "[the missing fact, e.g. the date or the number]".into(),
            },
        }
    }

    /// Text of the sentence body without its terminal punctuation.
    pub fn body_text(&self, b: &Body) -> &'a str {
        &self.text[b.start..b.content_end.max(b.start)]
    }
}

/// Route a finding to the rewrites that fit it; the first is the one `rewrite_all` applies.
fn suggestions_for(cx: &Cx, f: &Finding) -> Vec<Suggestion> {
    let Some(si) = cx.sentence_of(f.start) else {
        return Vec::new();
    };
    let mut body = cx.body(si);
    if body.end - body.start > WINDOW {
        // A huge run-on "sentence": work on a window around the finding.
        let ws = cx
            .tokens_in(f.start.saturating_sub(300).max(body.start), f.start)
            .start;
        let we = cx.tokens_in(f.end, (f.end + 300).min(body.end));
        let we = we.end.max(we.start);
        body.start = cx
            .doc
            .tokens
            .get(ws)
            .map_or(body.start, |t| t.start.max(body.start))
            .min(f.start);
        body.end = if we > 0 {
            cx.doc.tokens[we - 1].end.max(f.end).min(body.end)
        } else {
            body.end
        };
        body.content_end = body.content_end.min(body.end).max(body.start);
        body.line_start = false;
        body.labelled = false;
    }
    // Scripts whose full stops the tokenizer doesn't split on ("。", "！", "？"): keep what comes
    // before the finding's own sentence.
    if let Some(i) =
        cx.text[body.start..f.start.max(body.start)].rfind(['。', '！', '？', '؟', '।'])
    {
        let mut at = body.start + i;
        at += cx.text[at..].chars().next().map_or(0, char::len_utf8);
        while at < f.start && cx.text[at..].starts_with(char::is_whitespace) {
            at += cx.text[at..].chars().next().map_or(1, char::len_utf8);
        }
        body.start = at;
        body.line_start = false;
        body.labelled = false;
    }
    let mut out = match f.rule.rule().suggest {
        Some(suggest) => suggest(cx, &body, f),
        None => by_category(cx, &body, f),
    };
    review::add_labels(cx, &body, f, &mut out);
    out
}

/// The rewrites of a rule that names none of its own: its category's usual fix.
pub fn by_category(cx: &Cx, body: &Body, f: &Finding) -> Vec<Suggestion> {
    match f.category {
        Category::Harsh => harsh::suggest(cx, body, f),
        Category::Personality => person::label(cx, body, f),
        Category::Vague => sbi::vague_criticism(cx, body, f),
        Category::Hedging | Category::Absolute => {
            vec![remove::removal(cx, body, f.start, f.end, "Remove it")]
        }
        Category::Insincere => praise::backhanded(cx, body, f),
        Category::Structure => structure::missing_sbi(cx, body, f),
    }
}

/// Clamp a suggestion to the text; false if it would change nothing.
fn sanitize(text: &str, s: &mut Suggestion) -> bool {
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
    text[s.start..s.end] != s.replacement
}

/// A suggestion: replace bytes `start..end` with `replacement`.
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

/// Heuristic: a comment about code (backticks, identifiers, review words).
fn looks_like_code_review(doc: &Doc) -> bool {
    let holes = crate::engine::placeholders::placeholders(doc);
    (0..doc.tokens.len()).any(|i| {
        let t = &doc.tokens[i];
        if holes.iter().any(|&(a, b)| a <= t.start && t.end <= b) {
            return false;
        }
        t.kind == TokenKind::Code
            || (t.kind == TokenKind::Word && t.ident)
            || (t.kind == TokenKind::Word
                && matches!(
                    doc.lower(i),
                    "pr" | "lgtm"
                        | "nit"
                        | "refactor"
                        | "merge"
                        | "commit"
                        | "diff"
                        | "codebase"
                        | "function"
                        | "method"
                        | "variable"
                        | "compile"
                        | "linter"
                        | "loop"
                        | "parser"
                        | "bug"
                        | "api"
                        | "query"
                        | "deploy"
                        | "branch"
                        | "class"
                        | "module"
                        | "script"
                        | "compiler"
                        | "patch"
                        | "schema"
                        | "endpoint"
                        | "regex"
                        | "null"
                        | "exception"
                        | "ci"
                ))
    })
}

// ---------------------------------------------------------------------------------------------
// Small text helpers shared by the rewrite kinds.

/// `s` with its first letter upper-cased.
pub(crate) fn cap_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `s` with its first letter lower-cased, unless it starts a name, acronym, "I" or code.
pub(crate) fn lower_first(s: &str) -> String {
    let first_word: &str = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    let upper = first_word.chars().filter(|c| c.is_uppercase()).count();
    if first_word == "I" || first_word.starts_with("I'") || upper >= 2 || s.starts_with('`') {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The subject a sentence is about: "you", "she", "he", "they", or None.
pub(crate) fn subject(cx: &Cx, b: &Body) -> Option<&'static str> {
    let d = &cx.doc;
    for k in cx.tokens_in(b.start, b.end) {
        match d.lower(k) {
            "you" | "you're" | "youre" | "your" | "u" | "ur" | "you've" | "you'd" | "yourself" => {
                return Some("you")
            }
            "she" | "she's" | "her" => return Some("she"),
            "he" | "he's" | "his" | "him" => return Some("he"),
            "they" | "they're" | "their" => return Some("they"),
            _ => {}
        }
    }
    None
}

/// Words that never make a topic ("the mess", "this garbage").
fn junk_word(w: &str) -> bool {
    matches!(
        w,
        "garbage"
            | "trash"
            | "junk"
            | "rubbish"
            | "crap"
            | "shit"
            | "mess"
            | "nonsense"
            | "joke"
            | "disaster"
            | "idiot"
            | "idiocy"
            | "stupidity"
            | "bs"
            | "hell"
            | "heck"
            | "thing"
            | "things"
            | "stuff"
            | "one"
            | "way"
            | "time"
            | "lot"
            | "bit"
            | "kind"
            | "sort"
            | "sense"
            | "level"
            | "same"
            | "whole"
            | "only"
            | "first"
            | "best"
            | "worst"
            | "most"
    )
}

fn stop_word(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "isn't"
            | "aren't"
            | "wasn't"
            | "weren't"
            | "has"
            | "have"
            | "had"
            | "hasn't"
            | "haven't"
            | "does"
            | "do"
            | "did"
            | "doesn't"
            | "don't"
            | "didn't"
            | "will"
            | "won't"
            | "would"
            | "wouldn't"
            | "can"
            | "can't"
            | "could"
            | "couldn't"
            | "should"
            | "shouldn't"
            | "must"
            | "may"
            | "might"
            | "needs"
            | "need"
            | "looks"
            | "look"
            | "seems"
            | "seem"
            | "makes"
            | "make"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "about"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "if"
            | "so"
            | "because"
            | "it"
            | "it's"
            | "this"
            | "there"
            | "here"
            | "just"
            | "really"
            | "very"
            | "so's"
            | "again"
            | "still"
            | "always"
            | "never"
            | "totally"
            | "completely"
            | "absolutely"
            | "utterly"
            | "pretty"
            | "quite"
            | "too"
            | "not"
            | "no"
            | "you"
            | "i"
            | "we"
            | "they"
            | "he"
            | "she"
            | "a"
            | "an"
            | "the"
            | "your"
            | "my"
            | "our"
            | "their"
            | "his"
            | "her"
            | "its"
            | "keeps"
            | "like"
            | "when"
            | "where"
            | "breaks"
            | "fails"
            | "sucks"
            | "stinks"
            | "went"
            | "goes"
            | "got"
            | "gets"
            | "belongs"
            | "reads"
            | "feels"
            | "sounds"
    )
}

/// What the sentence is about, kept for the rewrite: the first backticked code or identifier,
/// else "the X" from "this/the/your X". Never a flagged word.
pub(crate) fn topic(cx: &Cx, b: &Body) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    for k in toks.clone() {
        let t = &d.tokens[k];
        if in_brackets(cx.text, b, t.start) || matches!(d.lower(k), "e.g" | "i.e" | "etc") {
            continue;
        }
        if (t.kind == TokenKind::Code && d.raw(k).len() <= 80 && !d.raw(k).contains('\n'))
            || (t.kind == TokenKind::Word && t.ident && !cx.flagged(t.start, t.end, None))
        {
            return Some(d.raw(k).to_string());
        }
    }
    let mut k = toks.start;
    while k < toks.end {
        let w = d.lower(k);
        if matches!(
            w,
            "this"
                | "that"
                | "the"
                | "your"
                | "these"
                | "those"
                | "our"
                | "his"
                | "her"
                | "their"
                | "a"
                | "an"
        ) && !in_brackets(cx.text, b, d.tokens[k].start)
        {
            let mut j = k + 1;
            let mut words: Vec<usize> = Vec::new();
            while j < toks.end && words.len() < 3 {
                let t = &d.tokens[j];
                let lw = d.lower(j);
                if t.kind != TokenKind::Word
                    || stop_word(lw)
                    || cx.flagged(t.start, t.end, None)
                    || junk_word(lw)
                    || is_harsh_word(lw)
                {
                    break;
                }
                words.push(j);
                j += 1;
            }
            // "this is", "that was": no noun.
            if let (Some(&a), Some(&z)) = (words.first(), words.last()) {
                let det = if matches!(w, "a" | "an") { "the" } else { w };
                let noun = &cx.text[d.tokens[a].start..d.tokens[z].end];
                return Some(format!("{det} {noun}"));
            }
        }
        k += 1;
    }
    None
}

/// Words too charged to carry into a rewrite.
pub(crate) fn is_harsh_word(w: &str) -> bool {
    matches!(
        w,
        "stupid"
            | "dumb"
            | "idiotic"
            | "moronic"
            | "ugly"
            | "awful"
            | "terrible"
            | "horrible"
            | "pathetic"
            | "ridiculous"
            | "lame"
            | "crappy"
            | "shitty"
            | "fucking"
            | "fuckin"
            | "freaking"
            | "damn"
            | "damned"
            | "bloody"
            | "goddamn"
            | "lousy"
            | "sloppy"
            | "useless"
            | "worthless"
            | "pointless"
            | "insane"
            | "crazy"
            | "absurd"
            | "disgusting"
            | "gross"
            | "nasty"
            | "wrong"
            | "bad"
            | "broken"
            | "incompetent"
            | "lazy"
            | "silly"
            | "brainless"
            | "asinine"
            | "amateurish"
            | "hacky"
            | "wonky"
    ) || w.starts_with("fuck")
        || w.starts_with("shit")
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

/// Append a sentence after `b`, adding the full stop `b` lacks.
pub(crate) fn append(_cx: &Cx, b: &Body, label: &str, sentence: &str) -> Suggestion {
    let has_terminal = b.content_end < b.end;
    let sep = if has_terminal { " " } else { ". " };
    Suggestion {
        label: label.into(),
        start: b.end,
        end: b.end,
        replacement: format!("{sep}{sentence}"),
    }
}

/// Code spans and identifiers of the sentence other than `skip`, as "`a`, `b`".
pub(crate) fn other_code(cx: &Cx, b: &Body, skip: Option<&str>) -> Vec<String> {
    let d = &cx.doc;
    let mut out = Vec::new();
    for k in cx.tokens_in(b.start, b.end) {
        let t = &d.tokens[k];
        if in_brackets(cx.text, b, t.start) || matches!(d.lower(k), "e.g" | "i.e" | "etc") {
            continue;
        }
        if (t.kind == TokenKind::Code && d.raw(k).len() <= 80 && !d.raw(k).contains('\n'))
            || (t.kind == TokenKind::Word && t.ident)
        {
            let r = d.raw(k);
            if Some(r) != skip && !out.iter().any(|x: &String| x == r) {
                out.push(r.to_string());
                if out.len() == 3 {
                    break;
                }
            }
        }
    }
    out
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
}
