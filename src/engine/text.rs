//! The tokenizer: one pass over the text, producing lowercased word tokens with byte spans and
//! sentence boundaries. Every rule reads this instead of scanning the text itself.
//!
//! Spans are byte offsets into the original text and always fall on char boundaries. Lowercased
//! token text lives in one shared buffer (`Doc::lower`), with `’` folded to `'`: the whole text
//! with its ASCII letters lowercased in one pass, where most tokens read their own span, then the
//! lowercased forms of the few tokens that differ in length or content (non-ASCII words, curly
//! quotes).
use crate::engine::case;
use crate::engine::vocab::words::List;
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
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn lw(&self, i: usize) -> &str {
        if i < self.tokens.len() {
            self.lower(i)
        } else {
            ""
        }
    }
    /// The original text of token `i`.
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn raw(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }
    /// Byte span of tokens `a..b` (b exclusive, b > a).
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b - 1].end)
    }
}

fn is_word_char(c: char) -> bool {
    c == '_' || is_alnum(c)
}

/// Is `c` a letter? Exact for ASCII; beyond it, any character outside the blocks of Latin-1
/// punctuation, general punctuation and symbols (dashes, quotes, arrows, math, dingbats), CJK
/// punctuation, variation selectors, full-width punctuation and emoji. Rust's own Unicode
/// tables (`char::is_alphabetic`) cost the page about 1 KB gzip; a draft's non-ASCII letters
/// are accented or other-script letters, which this keeps (and a decomposed accent, U+0301,
/// stays inside its word).
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !matches!(c as u32,
        0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE00..=0xFE4F
        | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFFF0..=0xFFFF | 0x1F000..=0x1FAFF)
}

/// A letter (`is_letter`) or an ASCII digit.
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Symbols that disguise profanity when they sit between letters (`f*ck`, `sh!t`, `a$$`).
fn is_disguise(c: char) -> bool {
    matches!(c, '*' | '@' | '$' | '!' | '#')
}

const ABBREVIATIONS: List = List("e.g|i.e|etc|vs|mr|mrs|ms|dr|cf|al|approx|fig|eq|no|st|jr|sr|inc|ltd|co|resp|sec|ref|vol|pp|p|ca|viz");

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

/// The text with its ASCII letters lowercased, in one pass: the lowercased text of most tokens
/// is their own span of it; the others (non-ASCII words, curly quotes) are appended after it.
fn ascii_lowered(text: &str) -> String {
    let mut lower = String::with_capacity(text.len() + text.len() / 8 + 8);
    lower.push_str(text);
    lower.make_ascii_lowercase();
    lower
}

/// Tokenize `text`. Total: any UTF-8 in, never panics.
pub fn tokenize(text: &str) -> Doc<'_> {
    let mut lx = Lexer::new(text);
    while let Some(c) = lx.skip_space() {
        lx.token(c);
    }
    lx.finish()
}

/// The flags of a token that depend on its letters (all `false` for non-word tokens).
#[derive(Clone, Copy, Default)]
struct Shape {
    caps: bool,
    capitalized: bool,
    ident: bool,
    disguised: bool,
    digit: bool,
}

/// How far a word or number reaches, and what it contains.
struct WordScan {
    end: usize,
    has_letter: bool,
    all_digits: bool,
    /// The shape of a word of ASCII letters and digits only, read while scanning it (the fast
    /// lowercasing path applies); `None` for any other word.
    ascii_shape: Option<Shape>,
}

/// Classes of the byte before, in the ASCII fast path (0: neither a letter nor a digit).
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;

/// The run of ASCII letters and digits at `start`, read once: where it ends, whether it has a
/// letter, and its shape (the whole word's when nothing joins the run to more).
fn ascii_run(bytes: &[u8], start: usize) -> (usize, bool, Shape) {
    let mut shape = Shape {
        capitalized: bytes[start].is_ascii_uppercase(),
        ..Shape::default()
    };
    let (mut caps_letters, mut lower_letters, mut hump) = (0usize, 0usize, false);
    // The class of the byte before; 0 before the first, which is neither a letter nor a digit.
    let mut prev = 0u8;
    let mut end = start;
    loop {
        // Lower-case letters, the bulk of every word: a tight loop with no bookkeeping per byte.
        let run = bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if run > 0 {
            lower_letters += run;
            shape.ident |= hump; // camelCase: lower, Upper, lower
            prev = LOWER;
            end += run;
        }
        let b = bytes.get(end).copied().unwrap_or(0);
        if b.is_ascii_uppercase() {
            caps_letters += 1;
            hump |= prev == LOWER;
            prev = UPPER;
        } else if b.is_ascii_digit() {
            shape.digit = true;
            shape.disguised |= prev & (UPPER | LOWER) != 0;
            prev = DIGIT;
        } else {
            break;
        }
        end += 1;
    }
    shape.caps = caps_letters >= 2 && lower_letters == 0;
    (end, caps_letters + lower_letters > 0, shape)
}

/// A cursor over the text that appends tokens, their lowercased text and the line breaks before
/// them. One method per token kind; each takes the token's start and returns its end.
struct Lexer<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    lower: String,
    /// Per token: the line breaks between it and the previous token (0, 1, or 2 for two or
    /// more: a blank line).
    breaks_before: Vec<u8>,
    /// Line breaks seen since the last token.
    newlines: u32,
    /// Fence lengths (3..64 backticks) known to have no closer further on (keeps code spans linear).
    no_closer: [bool; 64],
    /// Cached: the first `\n` at or after the end of the last backtick run searched.
    next_newline: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        let guess = text.len() / 4 + 1;
        Lexer {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            tokens: Vec::with_capacity(guess),
            lower: ascii_lowered(text),
            breaks_before: Vec::with_capacity(guess),
            newlines: 0,
            no_closer: [false; 64],
            next_newline: 0,
        }
    }

    /// Whitespace and line breaks: skips them, counting `\n`s, and returns the char that starts
    /// the next token (`None` at the end of the text).
    #[inline]
    fn skip_space(&mut self) -> Option<char> {
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            // Printable ASCII, what most tokens start with.
            if b > b' ' && b < 0x7f {
                if b == b'*' && self.emphasis_run() {
                    continue;
                }
                return Some(b as char);
            }
            if b == b' ' || b == b'\t' || b == b'\r' {
                self.pos += 1;
                continue;
            }
            let c = char_at(self.text, self.pos)?;
            if c == '\n' {
                self.newlines += 1;
            } else if !(c.is_whitespace() || c.is_control()) {
                return Some(c);
            }
            self.pos += c.len_utf8();
        }
        None
    }

    /// A run of `*` that marks Markdown emphasis (`*you*`, `**Note:**`) is skipped like space, so
    /// "thank *you*, for nothing" reads as its words. A run opens emphasis when a word char
    /// follows and no word char precedes it; it closes emphasis when a word char or closing
    /// punctuation precedes it and no word char follows. Moves the cursor past a skipped run.
    fn emphasis_run(&mut self) -> bool {
        let run = self.bytes[self.pos..]
            .iter()
            .take_while(|&&b| b == b'*')
            .count();
        let before = self.text[..self.pos].chars().next_back();
        let after = char_at(self.text, self.pos + run);
        let word = |c: Option<char>| c.is_some_and(is_word_char);
        let opens = word(after) && !word(before);
        let closes = !word(after)
            && before.is_some_and(|c| is_word_char(c) || matches!(c, '.' | '!' | '?' | ':' | ')'));
        if run <= 3 && (opens || closes) {
            self.pos += run;
            return true;
        }
        false
    }

    /// Lexes the token that starts with `c` at the cursor and moves the cursor past it.
    #[inline]
    fn token(&mut self, c: char) {
        self.breaks_before.push(self.newlines.min(2) as u8);
        self.newlines = 0;
        let start = self.pos;
        self.pos = if c == '`' {
            self.code_span(start)
        } else if self.at_url(start, c) {
            self.url(start)
        } else if is_word_char(c) {
            self.word(start, c)
        } else if c == '!' || c == '?' {
            self.bangs(start)
        } else {
            self.punct(start, c)
        };
    }

    /// Code spans: `x`, ``x``, ``` fenced ```. Inline code stays on one line; fences (3+
    /// backticks) may span lines. A backtick run with no closer is one punctuation token.
    fn code_span(&mut self, start: usize) -> usize {
        let (text, n) = (self.text, self.bytes.len());
        let run = self.bytes[start..]
            .iter()
            .take_while(|&&b| b == b'`')
            .count();
        let fence = &text[start..start + run];
        let after = start + run;
        if self.next_newline < after {
            self.next_newline = text[after..].find('\n').map_or(n, |p| after + p);
        }
        let limit = if run >= 3 { n } else { self.next_newline };
        // A fence length that found no closer once will find none later either.
        let searchable = run < 3 || (run < 64 && !self.no_closer[run]);
        let found = if searchable {
            text[after..limit].find(fence)
        } else {
            None
        };
        if found.is_none() && (3..64).contains(&run) {
            self.no_closer[run] = true;
        }
        match found {
            Some(pos) => {
                let end = after + pos + run;
                self.emit(start, end, TokenKind::Code, (0, 0), Shape::default());
                end
            }
            // A fence that opens a line and never closes runs to the end (CommonMark): a
            // pasted stack trace is code even when the closing fence is missing.
            None if run >= 3
                && matches!(
                    text[..start].trim_end_matches(' ').bytes().last(),
                    None | Some(b'\n')
                ) =>
            {
                self.emit(start, n, TokenKind::Code, (0, 0), Shape::default());
                n
            }
            None => {
                self.push_in_place(start, after, TokenKind::Punct);
                after
            }
        }
    }

    /// Does a URL (`http://`, `https://`, `www.`) start at `start`?
    #[inline]
    fn at_url(&self, start: usize, c: char) -> bool {
        match c {
            'h' => {
                let rest = &self.text[start..];
                rest.starts_with("http://") || rest.starts_with("https://")
            }
            'w' => self.text[start..].starts_with("www."),
            _ => false,
        }
    }

    /// URLs run to whitespace, `<`, `>` or `"`, without trailing sentence punctuation.
    fn url(&mut self, start: usize) -> usize {
        let mut end = self.text[start..]
            .find(|ch: char| ch.is_whitespace() || ch == '<' || ch == '>' || ch == '"')
            .map_or(self.bytes.len(), |p| start + p);
        while end > start + 4
            && matches!(
                self.bytes[end - 1],
                b'.' | b',' | b')' | b';' | b':' | b'!' | b'?'
            )
        {
            end -= 1;
        }
        self.emit(start, end, TokenKind::Url, (0, 0), Shape::default());
        end
    }

    /// Words (with contractions, `e.g`, `f*ck`) and numbers (`10,000`, `3.5`, `12:30`).
    fn word(&mut self, start: usize, c: char) -> usize {
        let w = self.scan_word(start, c);
        if w.has_letter {
            self.push_word(start, w.end, w.ascii_shape);
        } else {
            self.push_in_place(start, w.end, TokenKind::Number);
        }
        self.mark_code_context(start, w.end);
        w.end
    }

    /// Finds the end of the word or number starting with `c` at `start`.
    #[inline]
    fn scan_word(&self, start: usize, c: char) -> WordScan {
        let (text, bytes, n) = (self.text, self.bytes, self.bytes.len());
        let mut w = if c.is_ascii_alphanumeric() {
            let (end, has_letter, shape) = ascii_run(bytes, start);
            WordScan {
                end,
                has_letter,
                all_digits: !has_letter,
                ascii_shape: Some(shape),
            }
        } else {
            WordScan {
                end: start + c.len_utf8(),
                has_letter: is_letter(c),
                all_digits: false,
                ascii_shape: None,
            }
        };
        loop {
            // Fast path: a run of ASCII letters/digits.
            while w.end < n && bytes[w.end].is_ascii_alphanumeric() {
                w.has_letter |= bytes[w.end].is_ascii_alphabetic();
                w.all_digits &= bytes[w.end].is_ascii_digit();
                w.end += 1;
            }
            let Some(d) = char_at(text, w.end) else { break };
            let next = if is_word_char(d) {
                w.has_letter |= is_letter(d);
                w.all_digits &= d.is_ascii_digit();
                w.end + d.len_utf8()
            } else if let Some(next) = self.joiner_end(start, &w, d) {
                next
            } else {
                break;
            };
            w.ascii_shape = None;
            w.end = next;
        }
        w
    }

    /// Internal joiners: if the non-word char `d` at `w.end` joins the word to more word chars
    /// (an apostrophe, a dot, a digit separator, disguising symbols), the end past it.
    #[inline]
    fn joiner_end(&self, start: usize, w: &WordScan, d: char) -> Option<usize> {
        let j = w.end;
        let next = || char_at(self.text, j + d.len_utf8());
        let joins = (is_apostrophe(d) && next().is_some_and(is_letter))
            || (d == '.' && next().is_some_and(is_alnum) && !glued(self.text, start, j))
            || ((d == ',' || d == ':')
                && w.all_digits
                && next().is_some_and(|x| x.is_ascii_digit()));
        if joins {
            Some(j + d.len_utf8())
        } else if is_disguise(d) && w.has_letter {
            self.disguise_end(start, j)
        } else {
            None
        }
    }

    /// `f*ck`, `f**k`, `sh!t`: up to three disguising symbols at `j`, followed by a letter, in a
    /// word that is at most four bytes long so far.
    fn disguise_end(&self, start: usize, j: usize) -> Option<usize> {
        let mut k = j;
        while k - j < 3 && char_at(self.text, k).is_some_and(is_disguise) {
            k += 1; // every disguising symbol is one ASCII byte
        }
        let letter_follows = char_at(self.text, k).is_some_and(is_letter);
        (letter_follows && j - start <= 4).then_some(k)
    }

    /// Marks `foo(`, `ns::Name`, `obj->field` as identifiers. Byte compares: `:`, `-` and `>`
    /// are ASCII, so no char-boundary slicing is needed (this runs for every word).
    #[inline]
    fn mark_code_context(&mut self, start: usize, end: usize) {
        let bytes = self.bytes;
        let after_colons = bytes.get(end) == Some(&b':') && bytes.get(end + 1) == Some(&b':');
        let before = |a: u8, b: u8| start >= 2 && bytes[start - 2] == a && bytes[start - 1] == b;
        if bytes.get(end) == Some(&b'(') || after_colons || before(b':', b':') || before(b'-', b'>')
        {
            if let Some(t) = self.tokens.last_mut() {
                t.ident = true;
            }
        }
    }

    /// Punctuation: a run of `!` and `?` is one token.
    fn bangs(&mut self, start: usize) -> usize {
        let bytes = self.bytes;
        let mut end = start;
        while end < bytes.len() && (bytes[end] == b'!' || bytes[end] == b'?') {
            end += 1;
        }
        self.push_in_place(start, end, TokenKind::Punct);
        end
    }

    /// Punctuation: any other char is one token; curly quotes lowercase to straight ones.
    /// ":P", ";-D": an emoticon whose mouth is a letter is one token, which ends no sentence
    /// and starts none (its "P" was read as a sentence of its own).
    fn punct(&mut self, start: usize, c: char) -> usize {
        let mut end = start + c.len_utf8();
        if matches!(c, ':' | ';') {
            let b = self.bytes;
            let nose = usize::from(b.get(end) == Some(&b'-'));
            let mouth = b
                .get(end + nose)
                .is_some_and(|m| matches!(m, b'P' | b'p' | b'D'));
            let closed = b
                .get(end + nose + 1)
                .is_none_or(|n| !n.is_ascii_alphanumeric());
            if mouth && closed {
                end += nose + 1;
                self.push_in_place(start, end, TokenKind::Punct);
                return end;
            }
        }
        match c {
            '’' | '‘' => self.push(start, end, TokenKind::Punct, "'"),
            '“' | '”' => self.push(start, end, TokenKind::Punct, "\""),
            _ => self.push_in_place(start, end, TokenKind::Punct),
        }
        end
    }

    /// Appends a token whose lowercased text is `lo`, kept after the text's own copy.
    fn push(&mut self, start: usize, end: usize, kind: TokenKind, lo: &str) {
        let lo_start = self.lower.len() as u32;
        self.lower.push_str(lo);
        let lo = (lo_start, self.lower.len() as u32);
        self.emit(start, end, kind, lo, Shape::default());
    }

    /// Appends a token whose lowercased text is its own span of the lowered copy (ASCII words,
    /// numbers, most punctuation).
    #[inline]
    fn push_in_place(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.emit(
            start,
            end,
            kind,
            (start as u32, end as u32),
            Shape::default(),
        );
    }

    /// Appends a word token, lowercasing it and reading its shape (already read by the scan for
    /// a word of ASCII letters and digits).
    #[inline]
    fn push_word(&mut self, start: usize, end: usize, ascii_shape: Option<Shape>) {
        let (lo, shape) = match ascii_shape {
            Some(shape) => ((start as u32, end as u32), shape),
            None => {
                let lo_start = self.lower.len() as u32;
                let shape = self.lower_word(start, end);
                ((lo_start, self.lower.len() as u32), shape)
            }
        };
        self.emit(start, end, TokenKind::Word, lo, shape);
    }

    /// General path of [`Self::push_word`]: any letters, `_`, `.`, apostrophes (folded to `'`)
    /// and disguising symbols.
    fn lower_word(&mut self, start: usize, end: usize) -> Shape {
        let s = &self.text[start..end];
        let (mut caps_letters, mut lower_letters) = (0usize, 0usize);
        let (mut first_upper, mut hump, mut ident, mut disguised) = (false, false, false, false);
        let mut prev: Option<char> = None;
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
                ident |= hump; // camelCase: lower, Upper, lower
            }
            ident |= ch == '_' || ch == '.';
            disguised |= is_disguise(ch) || (ch.is_ascii_digit() && prev.is_some_and(is_letter));
            if is_apostrophe(ch) {
                self.lower.push('\'');
            } else if ch.is_ascii() {
                self.lower.push(ch.to_ascii_lowercase());
            } else {
                case::push_lower(ch, &mut self.lower);
            }
            prev = Some(ch);
        }
        Shape {
            caps: caps_letters >= 2 && lower_letters == 0,
            capitalized: first_upper,
            ident,
            disguised,
            digit: s.bytes().any(|b| b.is_ascii_digit()),
        }
    }

    /// Appends the token whose lowercased text is `lower[lo.0..lo.1]`.
    #[inline]
    fn emit(&mut self, start: usize, end: usize, kind: TokenKind, lo: (u32, u32), shape: Shape) {
        self.tokens.push(Token {
            start,
            end,
            kind,
            caps: shape.caps,
            capitalized: shape.capitalized,
            ident: shape.ident,
            disguised: shape.disguised,
            digit: shape.digit,
            sentence: 0,
            lo,
        });
    }

    /// Splits the tokens into sentences and builds the document.
    fn finish(mut self) -> Doc<'a> {
        let sentences = self.sentence_breaks();
        Doc {
            text: self.text,
            tokens: self.tokens,
            sentences,
            lower: self.lower,
        }
    }

    /// Sentence breaks: groups the tokens into sentences and stamps each token with its
    /// sentence's index.
    fn sentence_breaks(&mut self) -> Vec<Sentence> {
        let len = self.tokens.len();
        let mut sentences = Vec::new();
        let mut first = 0usize;
        for k in 0..len {
            if k + 1 < len && !self.ends_sentence(k) {
                continue;
            }
            let idx = sentences.len();
            for t in &mut self.tokens[first..=k] {
                t.sentence = idx;
            }
            sentences.push(Sentence {
                start: self.tokens[first].start,
                end: self.tokens[k].end,
                tokens: first..k + 1,
            });
            first = k + 1;
        }
        sentences
    }

    /// The lowercased text of a token.
    #[inline]
    fn lo(&self, t: &Token) -> &str {
        &self.lower[t.lo.0 as usize..t.lo.1 as usize]
    }

    /// Does a sentence end after token `k`, which is not the last token?
    fn ends_sentence(&self, k: usize) -> bool {
        let boundary = self.terminator(k) || (self.breaks_before[k + 1] > 0 && self.line_break(k));
        // Closing quotes/brackets right after the terminator stay in the sentence, and so does
        // an emoticon after it on its line ("… jerks! :P"), which then ends it.
        let (t, nxt) = (&self.tokens[k], &self.tokens[k + 1]);
        let closing = nxt.start == t.end && matches!(self.lo(nxt), "\"" | "'" | ")" | "]");
        boundary && !((closing || emoticon(self.lo(nxt))) && self.breaks_before[k + 1] == 0)
    }

    /// Is token `k` a sentence terminator: `!`/`?` runs, or a final `.`/`…` that does not end an
    /// abbreviation or an initial?
    fn terminator(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        if t.kind != TokenKind::Punct {
            return false;
        }
        let s = self.lo(t);
        if s.contains('!') || s.contains('?') || emoticon(s) {
            return true;
        }
        if s != "." && s != "…" {
            return false;
        }
        let abbrev = k > 0 && {
            let p = &self.tokens[k - 1];
            p.kind == TokenKind::Word && p.end == t.start && {
                let p = self.lo(p);
                // "C.S.", "J.R.R.": initials joined by dots, like a single one.
                let initials = p.contains('.') && p.split('.').all(|x| x.chars().count() == 1);
                // "…, conflicts etc. GitHub is no place for it": before a capital, "etc."
                // ends its sentence.
                let next_capital = self.tokens.get(k + 1).is_some_and(|n| n.capitalized);
                ABBREVIATIONS.contains(&p) && !(p == "etc" && next_capital)
                    || initials
                    || (p.chars().count() == 1 && p != "i" && p != "a")
            }
        };
        // ".Net 6", ".gitignore": a dot after a space and glued to the word after it starts a
        // name.
        let leading = (k == 0 || self.tokens[k - 1].end < t.start)
            && self
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.start == t.end && n.kind == TokenKind::Word);
        if leading {
            return false;
        }
        // "..." as a run of dots: end only at the last one.
        let more_dots = self
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Punct && self.lo(n) == ".");
        // "a great designer.. but her handoffs slip": an ellipsis before a lower-case
        // conjunction on the same line trails off and goes on ("ok... thanks" starts anew).
        let ellipsis = s == "…" || k > 0 && self.lo(&self.tokens[k - 1]) == ".";
        let goes_on = ellipsis
            && self.tokens.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && self.breaks_before[k + 1] == 0
                    && self.text.as_bytes()[n.start].is_ascii_lowercase()
                    && List("but|and|or|yet|though|although|because|so").contains(&self.lo(n))
            });
        !abbrev && !more_dots && !goes_on
    }

    /// A line break after token `k` (not the last): a blank line always ends a sentence; a
    /// single break ends it unless the line looks wrapped (token `k` a word or comma and the
    /// next line starting lower case).
    fn line_break(&self, k: usize) -> bool {
        if self.breaks_before[k + 1] > 1 {
            return true;
        }
        let (t, nxt) = (&self.tokens[k], &self.tokens[k + 1]);
        let next_lower = char_at(self.text, nxt.start).is_some_and(|c| c.is_lowercase());
        let prev_cont = t.kind == TokenKind::Word || self.lo(t) == ",";
        !(next_lower && prev_cont)
    }
}

/// ":p", ";-d": an emoticon token (`Lexer::punct`), lowercased.
fn emoticon(s: &str) -> bool {
    List(":p|:d|;p|;d|:-p|:-d|;-p|;-d").contains(&s)
}

/// "the deadlines.Though he …": two sentences typed without the space, the dot at `dot` ending
/// a lower-case word that starts at `start`, and a word that opens sentences ("He", "Though",
/// "The") and a space after it. Not "config.yaml", "Node.js", "config.Healthcheck is nil".
fn glued(text: &str, start: usize, dot: usize) -> bool {
    let before = &text.as_bytes()[start..dot];
    let after = &text[dot + 1..];
    let word = || after.split(' ').next().unwrap_or("");
    after.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && before.len() >= 2
        && before.iter().all(u8::is_ascii_lowercase)
        && word().len() < after.len()
        && OPENERS.split('|').any(|o| o == word())
}

/// Capitalised words that open sentences and are no identifier's field.
const OPENERS: &str = "I|He|She|It|We|They|You|The|A|An|This|That|These|Those|There|His|Her|Their|\
Our|My|So|But|And|If|When|While|Though|Although|However|Overall|Also|Then|Thank|Thanks|In|On|At|\
For|As|Now|Of|Yet|Still|Even|What|Why|How|Please";

/// A reply in a thread or a mail: it @-mentions someone or quotes them on a line of its own
/// ("> …"). Its critical lines argue with a post; they are not a review of someone's work.
pub fn replies(text: &str) -> bool {
    text.contains('@') || text.starts_with('>') || text.contains("\n>")
}

/// The byte ranges of `text` that hold someone else's words, which no rule judges: quoted lines
/// (a line whose first non-blank char is `>`, as in e-mail replies and GitHub quotes, nested or
/// not) with the "On …, Dana wrote:" line that introduces them, HTML comments (`<!-- … -->`,
/// where issue templates keep their instructions) and the hunks of a patch pasted into a mail
/// (from `diff --git`, `--- a/…` or `@@ -` through its `+`, `-` and context lines: code, not the
/// writer's words). Sorted and disjoint; empty (no allocation) for a draft with none of them.
pub fn others_words(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let code = may_hold_code(text);
    let quiet = !text.contains('>') && !text.contains("<!--") && !text.contains("@@ -");
    if !code && quiet && !text.contains("~~") {
        return out;
    }
    let mut line_start = 0;
    let (mut in_patch, mut in_comment) = (false, false);
    for line in text.split_inclusive('\n') {
        let end = line_start + line.len();
        in_patch = patch_line(line, in_patch);
        let trimmed = line.trim();
        let attribution = trimmed.starts_with("On ") && trimmed.ends_with("wrote:");
        let pasted = code && code_line(line, &mut in_comment);
        if in_patch || attribution || pasted || trimmed.starts_with('>') {
            match out.last_mut() {
                Some(last) if last.end == line_start => last.end = end,
                _ => out.push(line_start..end),
            }
        } else if let Some(at) = quote_after_mentions(line) {
            // "@dana > you said …": the reply names whom it quotes, then quotes.
            out.push(line_start + at..end);
        }
        line_start = end;
    }
    struck(text, &mut out);
    let mut from = 0;
    while let Some(a) = text[from..].find("<!--").map(|p| from + p) {
        let b = text[a + 4..]
            .find("-->")
            .map_or(text.len(), |p| a + 4 + p + 3);
        out.push(a..b);
        from = b;
    }
    crate::sort::sort_by_key(&mut out, |r| r.start);
    // Merge overlaps (a comment across quoted lines), so each byte lies in at most one range.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Text struck through (`~~…~~`, within a paragraph): the writer took it back.
fn struck(text: &str, out: &mut Vec<Range<usize>>) {
    let mut from = 0;
    while let Some(a) = text[from..].find("~~").map(|p| from + p) {
        let Some(len) = text[a + 2..].find("~~") else {
            break;
        };
        let b = a + 2 + len + 2;
        if !text[a..b].contains("\n\n") {
            out.push(a..b);
        }
        from = b;
    }
}

/// Does `text` hold a line that `code_line` takes? (Most drafts do not, and skip the full
/// pass with its patch and quote checks.)
fn may_hold_code(text: &str) -> bool {
    text.split('\n').any(|line| code_line(line, &mut false))
}

/// Code pasted without a fence, line by line: a block comment (`/* …`, its ` * ` lines, `*/`),
/// a `//` comment or `#include` line, a line that ends a statement or opens or closes a block
/// (`x = f(a);`, `if (ok) {`, `}`), or a call indented as a code block (`    self.check(x)`).
/// `in_comment`: whether a block comment opened on an earlier line is still open.
fn code_line(line: &str, in_comment: &mut bool) -> bool {
    let t = line.trim();
    // (A comment left open, as when the paste was cut short, ends at a blank line.)
    if t.starts_with("/*") || *in_comment && !t.is_empty() {
        *in_comment = !t.contains("*/");
        return true;
    }
    *in_comment = false;
    let punct = |c: char| matches!(c, '(' | '=' | '{' | '}' | '[');
    let call = t
        .find('(')
        .is_some_and(|i| t[..i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
        && t.contains(')');
    let indented = line.starts_with("    ") || line.starts_with('\t');
    t.starts_with("//")
        || t.starts_with("#include ")
        || t.starts_with("#include<")
        || t.starts_with("#define ")
        || t.ends_with([';', '{', '}']) && (t.len() == 1 || t.contains(punct))
        || indented && call
}

/// Where a quote starts in a line that opens with @-mentions ("@dana > you said …").
fn quote_after_mentions(line: &str) -> Option<usize> {
    let mut rest = line.trim_start();
    if !rest.starts_with('@') {
        return None;
    }
    while rest.starts_with('@') {
        rest = rest.split_once(char::is_whitespace)?.1.trim_start();
    }
    rest.starts_with('>').then(|| line.len() - rest.len())
}

/// Quotations in double quotes of six words or more, within a paragraph ("One of the most
/// cowardly things …" - C. S. Lewis; "if you have many files, it's probably the cache"): words
/// the writer reports, not claims of theirs. Scare quotes ('your "fix"') are shorter. Sorted
/// and disjoint.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Most drafts have straight quotes only: a byte search (memchr) finds them.
    let curly = text.contains('“');
    let (opens, closes): (&[char], &[char]) = if curly {
        (&['"', '“'], &['"', '”'])
    } else {
        (&['"'], &['"'])
    };
    let find = |from: usize, marks: &[char]| match marks {
        [one] => text[from..].find(*one),
        _ => text[from..].find(marks),
    };
    let mut from = 0;
    while let Some(a) = find(from, opens).map(|p| from + p) {
        let open = text[a..].chars().next().map_or(1, char::len_utf8);
        let Some(len) = find(a + open, closes) else {
            break;
        };
        let close = a + open + len;
        let b = close + text[close..].chars().next().map_or(1, char::len_utf8);
        let inside = &text[a + open..close];
        if inside.matches(' ').count() >= 5 && !inside.contains("\n\n") {
            out.push(a..b);
        }
        from = b;
    }
    out
}

/// Is `line` part of a patch: a header that opens one (`diff --git`, `--- a/`, `+++ b/`, `@@ -`),
/// or, inside one (`in_patch`), an added, removed or context line or a header of the next file?
fn patch_line(line: &str, in_patch: bool) -> bool {
    let opens = ["diff --git ", "--- a/", "+++ b/", "@@ -"];
    if opens.iter().any(|o| line.starts_with(o)) {
        return true;
    }
    let body = [
        "+",
        "-",
        " ",
        "\\",
        "index ",
        "new file mode",
        "deleted file mode",
    ];
    in_patch && line.trim() != "" && body.iter().any(|b| line.starts_with(b))
}

/// Does byte `at` lie in one of `ranges` (sorted and disjoint, as `others_words` returns them)?
pub fn within(ranges: &[Range<usize>], at: usize) -> bool {
    let k = ranges.partition_point(|r| r.start <= at);
    k > 0 && ranges[k - 1].contains(&at)
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
    fn markdown_emphasis_is_read_as_its_words() {
        assert_eq!(
            words("Thank *you*, for **nothing**!"),
            ["thank", "you", ",", "for", "nothing", "!"]
        );
        assert_eq!(
            words("**Note:** it *really* works."),
            words("Note: it really works.")
        );
        // A bullet, a product and a disguised word keep their stars.
        assert_eq!(words("* a * b"), ["*", "a", "*", "b"]);
        assert_eq!(words("sh*t"), ["sh*t"]);
    }

    #[test]
    fn a_dot_that_starts_a_name_does_not_end_the_sentence() {
        let d = tokenize("We moved to .Net 6 and it works. Then the build broke.");
        assert_eq!(d.sentences.len(), 2);
        let d = tokenize("Add it to .gitignore please.");
        assert_eq!(d.sentences.len(), 1);
        // A dot after a word still ends its sentence.
        assert_eq!(tokenize("It broke. Sorry.").sentences.len(), 2);
    }

    #[test]
    fn quoted_lines_and_html_comments_are_someone_elses_words() {
        let text = "> You broke it.\n>> Nested.\nMy reply.\n<!-- TEMPLATE: FILL THIS IN -->\nEnd";
        let r = others_words(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(within(&r, at("You broke")));
        assert!(within(&r, at("Nested")));
        assert!(!within(&r, at("My reply")));
        assert!(within(&r, at("TEMPLATE")));
        assert!(!within(&r, at("End")));
        assert!(others_words("a -> b, x > y").is_empty());
        let reply = "@dana > it probably leaks\nIt does not.";
        assert_eq!(others_words(reply), vec![6..reply.find('I').unwrap()]);
        assert!(others_words("@dana thanks, x > y").is_empty());
        assert!(within(&others_words("<!-- open"), 5));
    }

    #[test]
    fn struck_through_text_is_taken_back() {
        let text = "~~You clearly never read the docs.~~ Sorry, the docs were wrong.";
        let r = others_words(text);
        assert!(within(&r, text.find("never").unwrap()));
        assert!(!within(&r, text.find("Sorry").unwrap()));
        assert!(others_words("A ~~ B\n\nC ~~ D").is_empty());
    }

    #[test]
    fn code_pasted_without_a_fence_is_not_the_writers_prose() {
        let text = "The header says so:\n/*\n * DO NOT USE. STUPID OLD API.\n */\n\
                    Why keep it?\n    self.fail(\"dumb value\")\nx = load(a);\n}\n\
                    // TODO ugly\nI disagree; it is fine.\nSee (the docs) {first}.\n\
                    /* cut short\n * OLD API\n\nSadly we kept it.\n#define's are evil.";
        let r = others_words(text);
        let at = |needle: &str| text.find(needle).unwrap();
        for code in [
            "/*",
            "STUPID",
            " */",
            "self.fail",
            "x = load",
            "}\n",
            "// TODO",
        ] {
            assert!(within(&r, at(code)), "{code}");
        }
        for prose in [
            "The header",
            "Why keep",
            "I disagree",
            "See (the",
            "Sadly",
            "#define's",
        ] {
            assert!(!within(&r, at(prose)), "{prose}");
        }
    }

    #[test]
    fn quotations_are_reported_words_and_scare_quotes_are_not() {
        let text = "As the saying goes, “most of what we call management is making it hard to \
                    work” - and your \"fix\" broke it. He said \"maybe it is the cache after all, who knows\"";
        let r = quotations(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(within(&r, at("management")));
        assert!(!within(&r, at("fix")));
        assert!(!within(&r, at("broke")));
        assert!(within(&r, at("cache")));
        // An unclosed quote is no quotation.
        assert!(quotations("It measures 5\" across the whole panel of the new case").is_empty());
    }

    #[test]
    fn a_pasted_patch_and_the_reply_header_are_not_the_writers_words() {
        let text = "On Mon, 2 Mar 2026, Dana Lee <dana@example.org> wrote:\n> Adds a retry.\n\n\
                    Why kill the worker here?\n\ndiff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n\
                    @@ -1,2 +1,2 @@\n-/* an ugly, stupid hack */\n+/* retry */\n ctx(a);\n\n\
                    Thanks for looking.\n- Dana";
        let r = others_words(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(within(&r, at("Dana Lee")));
        assert!(within(&r, at("ugly")));
        assert!(within(&r, at("retry */")));
        assert!(within(&r, at("ctx(a)")));
        assert!(!within(&r, at("Why kill")));
        assert!(!within(&r, at("Thanks for")));
        assert!(
            !within(&r, at("- Dana")),
            "a dash after the patch's end is prose"
        );
        assert!(others_words("Run it again:\n- first\n- second").is_empty());
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
        let text =
            "Good work, e.g. the tests. Next: fix it! Why?\nNew line here. As C.S. Lewis said.";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "Good work, e.g. the tests.",
                "Next: fix it!",
                "Why?",
                "New line here.",
                "As C.S. Lewis said."
            ]
        );
    }

    #[test]
    fn an_emoticon_after_a_sentence_stays_with_it() {
        let text = "Sorry, my bad! :P Anyway, it looks good :D thanks";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            ["Sorry, my bad! :P", "Anyway, it looks good :D", "thanks"]
        );
        // A colon before a word that starts with the letter is no emoticon.
        assert_eq!(words("Note:Data"), ["note", ":", "data"]);
    }

    #[test]
    fn etc_before_a_capital_ends_its_sentence() {
        let text = "It adds delays, conflicts etc. The tracker is no place for it. Logs, traces etc. are kept.";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "It adds delays, conflicts etc.",
                "The tracker is no place for it.",
                "Logs, traces etc. are kept."
            ]
        );
    }

    #[test]
    fn an_ellipsis_before_a_lower_case_conjunction_goes_on() {
        let text =
            "The demo went well.. but the notes came late. Hmm… or next time. Ok... thanks. Wait... What?";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "The demo went well.. but the notes came late.",
                "Hmm… or next time.",
                "Ok...",
                "thanks.",
                "Wait...",
                "What?"
            ]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_still_ends_the_sentence() {
        let text = "He missed the review deadline.Then he left early.It happens. See config.yaml, \
                    Node.js, System.String and list.Add(x).";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            parts,
            [
                "He missed the review deadline.",
                "Then he left early.",
                "It happens.",
                "See config.yaml, Node.js, System.String and list.Add(x)."
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_together() {
        let text = "this sentence is\nwrapped over lines.\n\nSecond one";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn letters_beyond_ascii_without_unicode_tables() {
        // Accented, other-script and decomposed letters stay inside their word; dashes, curly
        // quotes, symbols and emoji split.
        assert_eq!(
            words("Café naïve 日本 cafe\u{301}"),
            ["café", "naïve", "日本", "cafe\u{301}"]
        );
        for c in ['—', '’', '“', '…', '€', '→', '✓', '😀', '\u{a0}', '«', '×'] {
            assert!(!is_letter(c), "{c:?}");
        }
        assert!(is_alnum('7') && !is_letter('7'));
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "héllo 👋🏽 مرحبا\r\nsh*t `x` http://a.b/c.";
        let d = tokenize(text);
        for t in &d.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }

    #[test]
    fn a_fence_that_opens_a_line_and_never_closes_is_code_to_the_end() {
        let d = tokenize("Same here:\n```\nat run [as main] (a.js:1:2)\nAny idea?");
        let last = d.tokens.last().unwrap();
        assert_eq!(
            (last.kind, d.raw(d.tokens.len() - 1).starts_with("```")),
            (TokenKind::Code, true)
        );
        assert!(crate::engine::placeholders::placeholders(&d).is_empty());
    }

    #[test]
    fn one_token_per_kind() {
        let text =
            "Call `run()` at 12:30 or 10,000 ms, see https://x.io/a?b. Wait?! “ok” ```\nfence";
        let d = tokenize(text);
        let kinds: Vec<(TokenKind, &str)> = (0..d.tokens.len())
            .map(|i| (d.tokens[i].kind, d.raw(i)))
            .collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            [
                (Word, "Call"),
                (Code, "`run()`"),
                (Word, "at"),
                (Number, "12:30"),
                (Word, "or"),
                (Number, "10,000"),
                (Word, "ms"),
                (Punct, ","),
                (Word, "see"),
                (Url, "https://x.io/a?b"),
                (Punct, "."),
                (Word, "Wait"),
                (Punct, "?!"),
                (Punct, "“"),
                (Word, "ok"),
                (Punct, "”"),
                (Punct, "```"),
                (Word, "fence"),
            ]
        );
        assert_eq!((d.lower(13), d.lower(15)), ("\"", "\""));
        assert_eq!(d.sentences.len(), 4);
        assert!(tokenize("self.run(x)").tokens[0].ident);
        assert!(tokenize("ns::Name").tokens[3].ident);
        assert!(tokenize("SHOUT").tokens[0].caps && !tokenize("Shout").tokens[0].caps);
    }
}
