//! The tokenizer: one pass over the text, producing lowercased word tokens with byte spans and
//! sentence boundaries. Every rule reads this instead of scanning the text itself.
//!
//! Spans are byte offsets into the original text and always fall on char boundaries. Lowercased
//! token text lives in one shared buffer (`Doc::lower`), with `’` folded to `'`.
use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, internal apostrophes, `_`, `.`, or disguising symbols).
    Word,
    /// Digits only (with internal `.`, `,` or `:`), e.g. `10,000`, `3.5`, `12:30`.
    Number,
    /// A `backtick` span or fenced code block: opaque to the rules, an anchor for specificity.
    Code,
    /// A URL (`http://…`, `www.…`).
    Url,
    /// One punctuation character, or a run of `!`/`?` (e.g. `?!!`).
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// All letters upper case and at least two letters (shouting, or an acronym).
    pub caps: bool,
    /// First char is an upper-case letter.
    pub capitalized: bool,
    /// Looks like code: `snake_case`, `camelCase`, `dotted.name`, or followed by `(`.
    pub ident: bool,
    /// Contains a disguising symbol or digit among letters (`f*ck`, `sh1t`).
    pub disguised: bool,
    /// Contains an ASCII digit (`v2`, `10k`, `q3`).
    pub digit: bool,
    /// Index of the sentence this token belongs to.
    pub sentence: usize,
    lo: (u32, u32),
}

/// A sentence: its byte span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// A tokenized text.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    lower: String,
}

impl<'a> Doc<'a> {
    /// The lowercased text of token `i` (empty for code and URL tokens).
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.tokens[i].lo;
        &self.lower[a as usize..b as usize]
    }
    /// Lowercased text of token `i`, or "" past the end.
    #[inline]
    pub fn lw(&self, i: usize) -> &str {
        if i < self.tokens.len() {
            self.lower(i)
        } else {
            ""
        }
    }
    /// The original text of token `i`.
    pub fn raw(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }
    /// Byte span of tokens `a..b` (b exclusive, b > a).
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b - 1].end)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Symbols that disguise profanity when they sit between letters (`f*ck`, `sh!t`, `a$$`).
fn is_disguise(c: char) -> bool {
    matches!(c, '*' | '@' | '$' | '!' | '#')
}

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "cf", "al", "approx", "fig", "eq", "no",
    "st", "jr", "sr", "inc", "ltd", "co", "resp", "sec", "ref", "vol", "pp", "p", "ca", "viz",
];

/// The char starting at byte `i` (which must be a char boundary), with an ASCII fast path.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

/// Tokenize `text`. Total: any UTF-8 in, never panics.
pub fn tokenize(text: &str) -> Doc<'_> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    let mut lower = String::with_capacity(text.len() + 8);
    // Byte offsets where a line break occurs between tokens (recorded as "token index after a newline").
    let mut newline_before: Vec<bool> = Vec::with_capacity(text.len() / 4 + 1);
    let mut blank_line_before: Vec<bool> = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0usize;
    let mut newlines = 0u32;
    let mut no_closer = [false; 64];
    let mut next_newline = 0usize; // cached: first '\n' at or after the last backtick search
    let n = bytes.len();
    while i < n {
        let b0 = bytes[i];
        if b0 == b' ' || b0 == b'\t' || b0 == b'\r' {
            i += 1;
            continue;
        }
        let c = match char_at(text, i) {
            Some(c) => c,
            None => break,
        };
        let clen = c.len_utf8();
        if c == '\n' {
            newlines += 1;
            i += clen;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            i += clen;
            continue;
        }
        let start = i;
        let push = |tokens: &mut Vec<Token>,
                    lower: &mut String,
                    end: usize,
                    kind: TokenKind,
                    lo_text: Option<&str>,
                    ascii_simple: bool| {
            let lo_start = lower.len() as u32;
            let mut caps_letters = 0usize;
            let mut lower_letters = 0usize;
            let mut first_upper = false;
            let mut ident = false;
            let mut disguised = false;
            let s = &text[start..end];
            let mut digit = false;
            if kind == TokenKind::Word && ascii_simple {
                // Fast path: plain ASCII word.
                let mut hump = false;
                // `prev` is 0 before the first byte, which is neither a letter nor a digit.
                let mut prev = 0u8;
                first_upper = s.as_bytes()[0].is_ascii_uppercase();
                for &b in s.as_bytes() {
                    if b.is_ascii_uppercase() {
                        caps_letters += 1;
                        hump |= prev.is_ascii_lowercase();
                    } else if b.is_ascii_lowercase() {
                        lower_letters += 1;
                        ident |= hump;
                    } else if b.is_ascii_digit() {
                        digit = true;
                        disguised |= prev.is_ascii_alphabetic();
                    }
                    prev = b;
                }
                lower.push_str(s);
                let new = lower.len();
                lower.as_mut_str()[new - s.len()..].make_ascii_lowercase();
            } else if kind == TokenKind::Word {
                digit = s.bytes().any(|b| b.is_ascii_digit());
                let mut prev: Option<char> = None;
                let mut hump = false;
                for (k, ch) in s.chars().enumerate() {
                    if ch.is_uppercase() {
                        caps_letters += 1;
                        if k == 0 {
                            first_upper = true;
                        } else if prev.is_some_and(|p| p.is_lowercase()) {
                            hump = true;
                        }
                    } else if ch.is_lowercase() {
                        lower_letters += 1;
                        if hump {
                            ident = true; // camelCase: lower, Upper, lower
                        }
                    }
                    if ch == '_' || ch == '.' {
                        ident = true;
                    }
                    if is_disguise(ch)
                        || (ch.is_ascii_digit() && prev.is_some_and(|p| p.is_alphabetic()))
                    {
                        disguised = true;
                    }
                    if is_apostrophe(ch) {
                        lower.push('\'');
                    } else if ch.is_ascii() {
                        lower.push(ch.to_ascii_lowercase());
                    } else {
                        lower.extend(ch.to_lowercase());
                    }
                    prev = Some(ch);
                }
            } else if let Some(l) = lo_text {
                lower.push_str(l);
            }
            let lo_end = lower.len() as u32;
            tokens.push(Token {
                start,
                end,
                kind,
                caps: kind == TokenKind::Word && caps_letters >= 2 && lower_letters == 0,
                capitalized: first_upper,
                ident,
                disguised,
                digit,
                sentence: 0,
                lo: (lo_start, lo_end),
            });
        };
        newline_before.push(newlines > 0);
        blank_line_before.push(newlines > 1);
        newlines = 0;
        // Code spans: `x`, ``x``, ``` fenced ```.
        if c == '`' {
            let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            let fence = &text[i..i + run];
            let after = i + run;
            // Inline code stays on one line; fences (3+ backticks) may span lines. A fence length
            // that found no closer once will find none later either (keeps this linear).
            if next_newline < after {
                next_newline = text[after..].find('\n').map_or(n, |p| after + p);
            }
            let limit = if run >= 3 { n } else { next_newline };
            let searchable = run < 3 || (run < 64 && !no_closer[run]);
            let found = if searchable {
                text[after..limit].find(fence)
            } else {
                None
            };
            if found.is_none() && (3..64).contains(&run) {
                no_closer[run] = true;
            }
            if let Some(pos) = found {
                let close = after + pos;
                {
                    let end = close + run;
                    push(&mut tokens, &mut lower, end, TokenKind::Code, None, false);
                    i = end;
                    continue;
                }
            }
            push(
                &mut tokens,
                &mut lower,
                after,
                TokenKind::Punct,
                Some("`"),
                false,
            );
            i = after;
            continue;
        }
        // URLs.
        if (c == 'h' && (text[i..].starts_with("http://") || text[i..].starts_with("https://")))
            || (c == 'w' && text[i..].starts_with("www."))
        {
            let end = text[i..]
                .find(|ch: char| ch.is_whitespace() || ch == '<' || ch == '>' || ch == '"')
                .map_or(n, |p| i + p);
            // Do not swallow a final sentence period.
            let mut end = end;
            while end > i + 4
                && matches!(
                    bytes[end - 1],
                    b'.' | b',' | b')' | b';' | b':' | b'!' | b'?'
                )
            {
                end -= 1;
            }
            push(&mut tokens, &mut lower, end, TokenKind::Url, None, false);
            i = end;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + clen;
            let mut has_letter = c.is_alphabetic();
            let mut all_digits = c.is_ascii_digit();
            let mut simple = c.is_ascii_alphanumeric();
            loop {
                // Fast path: a run of ASCII letters/digits.
                while j < n && bytes[j].is_ascii_alphanumeric() {
                    has_letter |= bytes[j].is_ascii_alphabetic();
                    all_digits &= bytes[j].is_ascii_digit();
                    j += 1;
                }
                let Some(d) = char_at(text, j) else { break };
                if is_word_char(d) {
                    simple = false;
                    has_letter |= d.is_alphabetic();
                    all_digits &= d.is_ascii_digit() || d == '.' || d == ',' || d == ':';
                    j += d.len_utf8();
                    continue;
                }
                // Internal joiners: apostrophes, dots, disguising symbols, digit separators.
                let next = char_at(text, j + d.len_utf8());
                let next_word = next.is_some_and(is_word_char);
                if is_apostrophe(d) && next.is_some_and(|x| x.is_alphabetic()) {
                    simple = false;
                    j += d.len_utf8();
                    continue;
                }
                if d == '.' && next.is_some_and(|x| x.is_alphanumeric()) {
                    simple = false;
                    j += 1;
                    continue;
                }
                if (d == ',' || d == ':') && all_digits && next.is_some_and(|x| x.is_ascii_digit())
                {
                    simple = false;
                    j += 1;
                    continue;
                }
                if is_disguise(d) && has_letter {
                    // f*ck, f**k, sh!t: one or two symbols followed by letters.
                    let mut k = j;
                    let mut cnt = 0;
                    while let Some(e) = text[k..].chars().next() {
                        if is_disguise(e) && cnt < 3 {
                            k += e.len_utf8();
                            cnt += 1;
                        } else {
                            break;
                        }
                    }
                    if text[k..].chars().next().is_some_and(|x| x.is_alphabetic()) && (j - i) <= 4 {
                        simple = false;
                        j = k;
                        continue;
                    }
                }
                let _ = next_word;
                break;
            }
            let kind = if has_letter {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            if kind == TokenKind::Number {
                let s = &text[i..j];
                push(&mut tokens, &mut lower, j, kind, Some(s), false);
            } else {
                push(&mut tokens, &mut lower, j, kind, None, simple);
            }
            // Mark `foo(`, `ns::Name`, `obj->field` as identifiers.
            // Byte compares: ':' '-' '>' are ASCII, so no char-boundary slicing is needed (this
            // runs for every word).
            let after_colons = bytes.get(j) == Some(&b':') && bytes.get(j + 1) == Some(&b':');
            let before = |a: u8, b: u8| i >= 2 && bytes[i - 2] == a && bytes[i - 1] == b;
            if bytes.get(j) == Some(&b'(')
                || after_colons
                || before(b':', b':')
                || before(b'-', b'>')
            {
                if let Some(t) = tokens.last_mut() {
                    t.ident = true;
                }
            }
            i = j;
            continue;
        }
        // Punctuation: runs of ! and ? are one token; everything else one char.
        if c == '!' || c == '?' {
            let mut j = i;
            while j < n && (bytes[j] == b'!' || bytes[j] == b'?') {
                j += 1;
            }
            let s = &text[i..j];
            push(&mut tokens, &mut lower, j, TokenKind::Punct, Some(s), false);
            i = j;
            continue;
        }
        let s = &text[i..i + clen];
        let l = if c == '’' || c == '‘' {
            "'"
        } else if c == '“' || c == '”' {
            "\""
        } else {
            s
        };
        push(
            &mut tokens,
            &mut lower,
            i + clen,
            TokenKind::Punct,
            Some(l),
            false,
        );
        i += clen;
    }
    let sentences = split_sentences(
        text,
        &mut tokens,
        &lower,
        &newline_before,
        &blank_line_before,
    );
    Doc {
        text,
        tokens,
        sentences,
        lower,
    }
}

fn split_sentences(
    text: &str,
    tokens: &mut [Token],
    lower: &str,
    nl: &[bool],
    blank: &[bool],
) -> Vec<Sentence> {
    let lw = |t: &Token| &lower[t.lo.0 as usize..t.lo.1 as usize];
    let mut out = Vec::new();
    let mut first = 0usize;
    let len = tokens.len();
    for k in 0..len {
        let mut boundary = false;
        let t = tokens[k];
        if t.kind == TokenKind::Punct {
            let s = lw(&t);
            if s.contains('!') || s.contains('?') {
                boundary = true;
            } else if s == "." || s == "…" {
                let abbrev = k > 0
                    && tokens[k - 1].kind == TokenKind::Word
                    && tokens[k - 1].end == t.start
                    && {
                        let p = lw(&tokens[k - 1]);
                        ABBREVIATIONS.contains(&p)
                            || (p.chars().count() == 1 && p != "i" && p != "a")
                    };
                // "..." as a run of dots: end only at the last one.
                let more_dots = k + 1 < len
                    && tokens[k + 1].kind == TokenKind::Punct
                    && lw(&tokens[k + 1]) == ".";
                boundary = !abbrev && !more_dots;
            }
        }
        // Line breaks: a blank line always ends a sentence; a single break ends it unless the
        // line looks wrapped (previous token a word/comma and next line starts lower case).
        if !boundary && k + 1 < len && nl[k + 1] {
            if blank[k + 1] {
                boundary = true;
            } else {
                let nxt = tokens[k + 1];
                let next_lower = text[nxt.start..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase());
                let prev_cont = matches!(t.kind, TokenKind::Word) || lw(&t) == ",";
                boundary = !(next_lower && prev_cont);
            }
        }
        // Closing quotes/brackets right after the terminator stay in the sentence.
        if boundary && k + 1 < len {
            let nxt = tokens[k + 1];
            let s = lw(&nxt);
            if nxt.start == t.end && matches!(s, "\"" | "'" | ")" | "]") && !nl[k + 1] {
                continue;
            }
        }
        if boundary || k + 1 == len {
            out.push((first, k + 1));
            first = k + 1;
        }
    }
    let mut sentences = Vec::with_capacity(out.len());
    for (a, b) in out {
        let idx = sentences.len();
        for t in &mut tokens[a..b] {
            t.sentence = idx;
        }
        sentences.push(Sentence {
            start: tokens[a].start,
            end: tokens[b - 1].end,
            tokens: a..b,
        });
    }
    sentences
}

/// The byte ranges of the sentences of `text`, in order (whitespace between them excluded).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    tokenize(text)
        .sentences
        .iter()
        .map(|s| s.start..s.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let d = tokenize(text);
        (0..d.tokens.len())
            .map(|i| d.lower(i).to_string())
            .collect()
    }

    #[test]
    fn lowercases_and_keeps_contractions() {
        assert_eq!(
            words("You’re DONE, aren't you?"),
            ["you're", "done", ",", "aren't", "you", "?"]
        );
    }

    #[test]
    fn code_spans_are_one_token() {
        let d = tokenize("The `processUserData` function");
        assert_eq!(d.tokens[1].kind, TokenKind::Code);
        assert_eq!(d.raw(1), "`processUserData`");
    }

    #[test]
    fn disguised_profanity_stays_one_token() {
        assert_eq!(words("what the f*ck"), ["what", "the", "f*ck"]);
        assert!(tokenize("sh1t").tokens[0].disguised);
        assert_eq!(words("wow!!! ok"), ["wow", "!!!", "ok"]);
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let text = "Good work, e.g. the tests. Next: fix it! Why?\nNew line here";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "Good work, e.g. the tests.",
                "Next: fix it!",
                "Why?",
                "New line here"
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_together() {
        let text = "this sentence is\nwrapped over lines.\n\nSecond one";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "héllo 👋🏽 مرحبا\r\nsh*t `x` http://a.b/c.";
        let d = tokenize(text);
        for t in &d.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
