//! Placeholders: `[bracketed phrases]` naming a fact only the writer knows. The one definition
//! the `unfilled-placeholder` rule, `apply`, the rewrites and the editor's Tab navigation share.
//! Not a markdown link `[x](url)`, not code like `a[i]` or `[0]`, not a checkbox `[x]`.
use super::text::{tokenize, Doc, TokenKind};
use super::vocab::words::{BRACKET_TAGS, EDITED, INSERTED};
use std::ops::Range;

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
        if !reads_as_placeholder(inner) {
            continue;
        }
        // Markdown link or reference: [text](url), [text][ref], and a reference definition
        // `[text]: url`, which only ever starts a line ("[what]: [why]" mid-line is a template).
        // (CommonMark allows up to three spaces of indent: look back no further, so this stays
        // linear on a long line full of brackets.)
        let indent = b[..open].iter().rev().take_while(|&&c| c == b' ').count();
        let starts_line = indent <= 3 && (open == indent || b[open - indent - 1] == b'\n');
        // A footnote without the colon: "[Ref] https://…", "[1] http://…" opening a line.
        let rest = text[close + 1..].trim_start_matches(' ');
        let footnote = starts_line && (rest.starts_with("http://") || rest.starts_with("https://"));
        if matches!(b.get(close + 1), Some(b'(') | Some(b'['))
            || (b.get(close + 1) == Some(&b':') && starts_line)
            || footnote
        {
            continue;
        }
        // Tags an issue template or a form uses ("[Required]", "[BUG]"), not facts to fill.
        if BRACKET_TAGS.contains(&inner.to_ascii_lowercase().as_str()) {
            continue;
        }
        // A command's usage: "--pid [pid]", "-o [file]" name an argument, not a fact to fill.
        let before = text[..open].trim_end_matches(' ');
        let word = before.bytes().rposition(|c| c == b' ' || c == b'\n');
        let word = &before.as_bytes()[word.map_or(0, |i| i + 1)..];
        let flag = word.len() > 1
            && word[0] == b'-'
            && (word[1].is_ascii_alphanumeric() || word[1] == b'-');
        // A kernel stack trace tags each frame with its module: "spa_sync+0x366/0xb30 [zfs]".
        let frame = word.windows(2).any(|p| p == b"0x");
        // A log line tags its thread: "09:12:44.511 [pool-3] INFO …", "[worker-2] ERROR".
        let stamped = word.first().is_some_and(u8::is_ascii_digit) && word.contains(&b':');
        let level = rest.split([' ', ':']).next().is_some_and(|w| {
            crate::engine::vocab::words::List("INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL")
                .contains(&w)
        });
        if flag || frame || stamped || level {
            continue;
        }
        out.push((open, close + 1));
        i = close + 1;
    }
    out
}

/// Does bracketed text read as a fact to fill in ("[when]", "[what she did, e.g. …]")? Code and
/// logs bracket other things: `[i]`, `['a', 'b']`, `[ -n $x ]`, `[14:06:50]`, `[Server
/// thread/INFO]`, `[-Werror]`, and tags in capitals (`[NSFW]`, `[DEP0150]`).
fn reads_as_placeholder(inner: &str) -> bool {
    let letters = inner
        .chars()
        .filter(|&c| crate::engine::text::is_letter(c))
        .count();
    if letters < 2 {
        return false;
    }
    // Frankly's own placeholders may quote code in their example.
    if inner.contains(", e.g. ") || inner.contains(" instead of \"") {
        return true;
    }
    let bytes = inner.as_bytes();
    let code = bytes
        .iter()
        .any(|c| b"/\\$|_*#@~^&+=\"`(){};<>!?".contains(c));
    let colon_glued = bytes
        .iter()
        .enumerate()
        .any(|(i, &c)| c == b':' && bytes.get(i + 1) != Some(&b' '));
    // "[size.width]": a member access ("e.g." is prose: a full stop follows its last letter).
    let dotted = bytes.windows(4).any(|w| {
        w[1] == b'.' && w[0].is_ascii_alphabetic() && w[2].is_ascii_alphabetic() && w[3] != b'.'
    });
    // "[ch1411]", "[TODO]": a ticket or tag, not a fact to fill in.
    let tag = !inner.chars().any(|c| c.is_lowercase())
        || !inner.contains(' ') && bytes.iter().any(u8::is_ascii_digit);
    // "[Error: the host could not be found.]": a sentence in brackets quotes a message or
    // adds an aside; a fact to fill in has no full stop of its own.
    let sentence = inner.ends_with('.') && inner.contains(' ');
    // An apostrophe is prose ("[what we'll do]"); a quote that opens the brackets is a list.
    let opens_oddly = matches!(bytes.first(), Some(b' ' | b'-' | b'\''));
    // "[comment removed by moderator]", "[snip]": an editor's note, not a fact left to fill in.
    let note = inner
        .split(' ')
        .any(|w| EDITED.contains(&w.to_ascii_lowercase().as_str()));
    let inserted = INSERTED.contains(&inner.to_ascii_lowercase().as_str());
    !(code || dotted || colon_glued || tag || opens_oddly || note || sentence || inserted)
}

/// Byte ranges of the placeholders in `text`: the one definition the rule, `apply`, the rewrites
/// and the editor's Tab navigation share.
pub fn placeholder_spans(text: &str) -> Vec<Range<usize>> {
    if !text.contains('[') {
        return Vec::new();
    }
    placeholders(&tokenize(text))
        .into_iter()
        .map(|(s, e)| s..e)
        .collect()
}
