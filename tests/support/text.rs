//! Plain-text helpers for the rewrite checks: sentence ranges and a small tokenizer that treats
//! `[placeholders]` and `code spans` as single opaque tokens. Independent of the engine's own
//! tokenizer on purpose: the checks must not share the engine's blind spots.
use std::ops::Range;

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// A word, lowercased, curly apostrophes folded to `'`.
    Word(String),
    /// A `[placeholder]`, with its inner text lowercased.
    Placeholder(String),
    /// A `code span`.
    Code,
    /// One punctuation character.
    Punct(char),
}

impl Tok {
    pub fn word(&self) -> Option<&str> {
        match self {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// A token with its byte range in the sentence.
#[derive(Clone, Debug)]
pub struct Spanned {
    pub tok: Tok,
    pub range: Range<usize>,
    /// The token's original text (case kept).
    pub raw: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '&'
}

/// Tokenize one sentence.
pub fn tokens(s: &str) -> Vec<Spanned> {
    let mut out = Vec::new();
    let b: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (at, c) = b[i];
        if c == '[' {
            let close = b[i..].iter().position(|&(_, c)| c == ']').map(|k| i + k);
            let end_i = close.unwrap_or(b.len() - 1);
            let end = b.get(end_i + 1).map_or(s.len(), |&(p, _)| p);
            let inner = &s[at + 1..if close.is_some() { end - 1 } else { end }];
            out.push(Spanned {
                tok: Tok::Placeholder(inner.to_lowercase()),
                range: at..end,
                raw: s[at..end].to_string(),
            });
            i = end_i + 1;
        } else if c == '`' {
            let close = b[i + 1..]
                .iter()
                .position(|&(_, c)| c == '`')
                .map(|k| i + 1 + k);
            let end_i = close.unwrap_or(b.len() - 1);
            let end = b.get(end_i + 1).map_or(s.len(), |&(p, _)| p);
            out.push(Spanned {
                tok: Tok::Code,
                range: at..end,
                raw: s[at..end].to_string(),
            });
            i = end_i + 1;
        } else if is_word_char(c) && c != '\'' && c != '’' && c != '-' {
            let mut j = i;
            while j < b.len() && is_word_char(b[j].1) {
                j += 1;
            }
            // Trailing apostrophes and hyphens are punctuation ("Sams'", "well-").
            while j > i + 1 && matches!(b[j - 1].1, '\'' | '’' | '-') {
                j -= 1;
            }
            let end = b.get(j).map_or(s.len(), |&(p, _)| p);
            let raw = &s[at..end];
            out.push(Spanned {
                tok: Tok::Word(raw.to_lowercase().replace('’', "'")),
                range: at..end,
                raw: raw.to_string(),
            });
            i = j;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            let end = at + c.len_utf8();
            out.push(Spanned {
                tok: Tok::Punct(c),
                range: at..end,
                raw: c.to_string(),
            });
            i += 1;
        }
    }
    out
}

/// Byte ranges of the sentences of `text`, trimmed. A sentence ends at `.`, `!` or `?` (and any
/// run of them and closing quotes or brackets) followed by whitespace or the end, or at a line
/// break. Terminators inside `[placeholders]` and `code spans` do not count, so
/// "[what you did, e.g. cut Sam off]" stays inside its sentence.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut depth = 0i32;
    let mut code = false;
    let mut i = 0;
    let push = |out: &mut Vec<Range<usize>>, a: usize, b: usize| {
        let seg = &text[a..b];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if a + lead < b - trail {
            out.push(a + lead..b - trail);
        }
    };
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            '`' => code = !code,
            '[' if !code => depth += 1,
            ']' if !code => depth = (depth - 1).max(0),
            '\n' => {
                push(&mut out, start, at);
                start = at + 1;
                depth = 0;
                code = false;
            }
            '.' | '!' | '?' if depth == 0 && !code => {
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(chars[j].1, '.' | '!' | '?' | '"' | '”' | ')' | '\'' | '’')
                {
                    j += 1;
                }
                if j >= chars.len() || chars[j].1.is_whitespace() {
                    let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
                    push(&mut out, start, end);
                    start = end;
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

/// The sentence (or run of sentences) of `text` that overlaps `range`; for an empty range, the
/// sentence around that point. Falls back to the whole text.
pub fn sentence_around(text: &str, range: Range<usize>) -> Range<usize> {
    let ss = sentences(text);
    let hit: Vec<&Range<usize>> = ss
        .iter()
        .filter(|s| {
            if range.is_empty() {
                s.start <= range.start && range.start <= s.end
            } else {
                s.start < range.end && range.start < s.end
            }
        })
        .collect();
    match (hit.first(), hit.last()) {
        (Some(a), Some(b)) => a.start..b.end,
        _ => {
            // The edit fell in the whitespace between two sentences: take the next one.
            ss.iter()
                .find(|s| s.start >= range.start)
                .or(ss.last())
                .cloned()
                .unwrap_or(0..text.len())
        }
    }
}

/// Byte ranges of `[placeholders]` in `s`.
pub fn placeholder_ranges(s: &str) -> Vec<Range<usize>> {
    tokens(s)
        .into_iter()
        .filter(|t| matches!(t.tok, Tok::Placeholder(_)))
        .map(|t| t.range)
        .collect()
}

/// Lowercased words of `s` outside placeholders and code spans.
pub fn words_outside_placeholders(s: &str) -> Vec<String> {
    tokens(s)
        .into_iter()
        .filter_map(|t| match t.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        })
        .collect()
}

/// Lowercased words of `s`, including the words inside placeholders.
pub fn all_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in tokens(s) {
        match t.tok {
            Tok::Word(w) => out.push(w),
            Tok::Placeholder(inner) => {
                out.extend(tokens(&inner).into_iter().filter_map(|t| match t.tok {
                    Tok::Word(w) => Some(w),
                    _ => None,
                }))
            }
            _ => {}
        }
    }
    out
}

/// `s` without a leading Conventional Comments label ("issue (blocking): ", "praise: "), which
/// starts a review comment in lower case by convention and is not a grammar error; a lower-case
/// label the engine reads as one ("fyi: ") counts too.
pub fn strip_review_label(s: &str) -> &str {
    const LABELS: &[&str] = &[
        "praise",
        "nitpick",
        "nit",
        "suggestion",
        "issue",
        "todo",
        "question",
        "thought",
        "chore",
        "note",
        "typo",
        "polish",
        "quibble",
    ];
    let Some(colon) = s.find(": ") else { return s };
    let head = &s[..colon];
    let word = head.split(' ').next().unwrap_or("");
    let rest = head[word.len()..].trim();
    let decorated = rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'));
    // A lower-case label the engine reads as one ("fyi", "blocker", "sugestion") is one too.
    let alias = word.chars().all(|c| c.is_ascii_lowercase())
        && frankly::engine::conventional::alias(word).is_some();
    if (LABELS.contains(&word) || alias) && decorated {
        s[colon + 2..].trim_start()
    } else {
        s
    }
}
