//! The phrase matcher: every rule's `phrases` and the scoring signals, compiled once into one
//! map keyed on the first token, merged with the word classes, so that scanning a draft costs one
//! hash lookup per token.
use super::hash::FastMap;
use super::words::{class, class_words, NOT_PRAISE};
use super::{signals, RuleId};
use crate::engine::sentence;
use crate::engine::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// What a phrase means to the engine.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tag {
    /// A phrase one rule owns (`Rule::phrases`).
    Rule(RuleId),
    /// A phrase that moves the axes: care and challenge deltas, and a label for "why here".
    Signal(f32, f32, &'static str),
}

/// One phrase occurrence: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub tag: Tag,
}

/// The phrases a word starts: the rest of each phrase's tokens, and its tag.
type Heads = Vec<(Vec<&'static str>, Tag)>;

/// Everything the engine knows about one word: its class bits, its sentence-layer bits
/// (`sentence::word`), and the phrases it starts.
struct WordInfo {
    flags: u32,
    layer: u64,
    phrases: Heads,
}

/// Every phrase of every rule (in registry order), then the scoring signals.
fn entries() -> impl Iterator<Item = (&'static str, Tag)> {
    let rules = RuleId::ALL.iter().flat_map(|&id| {
        let phrases = id.rule().phrases.split('|').filter(|p| !p.is_empty());
        phrases.map(move |p| (p, Tag::Rule(id)))
    });
    rules.chain(signals::signals())
}

/// One map for word classes, sentence-layer bits and phrase heads, so each token costs one hash
/// lookup (and the page one hash map's code).
fn words() -> &'static FastMap<&'static str, WordInfo> {
    static MAP: OnceLock<FastMap<&'static str, WordInfo>> = OnceLock::new();
    MAP.get_or_init(|| {
        let blank = || WordInfo {
            flags: 0,
            layer: 0,
            phrases: Vec::new(),
        };
        // Sized up front (growing it rehashes thousands of words): every class word and phrase
        // head once at most; the layer's words are mostly words the classes already hold.
        let size = class_words(|_, _| {}) + entries().count();
        let mut m: FastMap<&'static str, WordInfo> =
            FastMap::with_capacity_and_hasher(size, Default::default());
        class_words(|w, bit| m.entry(w).or_insert_with(blank).flags |= bit);
        for w in NOT_PRAISE.split(' ') {
            if let Some(info) = m.get_mut(w) {
                info.flags &= !class::POSITIVE;
            }
        }
        for (list, bit) in sentence::word::CLASSES {
            for w in list.split(' ') {
                m.entry(w).or_insert_with(blank).layer |= bit;
            }
        }
        // The software words are rule lists too: their bit is set from those lists.
        for w in super::words::CODE_REVIEW_WORDS
            .iter()
            .chain(super::words::TECH_WORDS.iter())
        {
            m.entry(w).or_insert_with(blank).layer |= sentence::word::TECH;
        }
        // First token → the rest of each phrase it starts, longest first (callers prefer the
        // longest match at a position).
        for (phrase, tag) in entries() {
            let mut words = phrase.split(' ').filter(|w| !w.is_empty());
            let Some(first) = words.next() else { continue };
            m.entry(first)
                .or_insert_with(blank)
                .phrases
                .push((words.collect(), tag));
        }
        for info in m.values_mut() {
            crate::sort::sort_by_key(&mut info.phrases, |e| std::cmp::Reverse(e.0.len()));
        }
        m
    })
}

/// Class bits of a lowercased word (0 if none).
#[inline]
pub fn flags_of(w: &str) -> u32 {
    words().get(w).map_or(0, |info| info.flags)
}

/// First four bytes of `PROFANE_PREFIXES`, as little-endian words, for a cheap pre-filter.
const PREFIX4: [u32; 7] = [
    u32::from_le_bytes(*b"fuck"),
    u32::from_le_bytes(*b"shit"),
    u32::from_le_bytes(*b"bull"),
    u32::from_le_bytes(*b"moth"),
    u32::from_le_bytes(*b"dumb"),
    u32::from_le_bytes(*b"assh"),
    u32::from_le_bytes(*b"crap"),
];

/// What one pass over the tokens finds.
pub struct Scan {
    /// Word-class bits of each token (`class`).
    pub flags: Vec<u32>,
    /// Sentence-layer word bits of each token (`sentence::word`).
    pub layer: Vec<u64>,
    /// Every phrase occurrence, in token order.
    pub matches: Vec<Match>,
}

/// Word-class bits, sentence-layer bits and phrase occurrences of every token, in one pass.
pub fn scan(doc: &Doc) -> Scan {
    let n = doc.tokens.len();
    let mut flags = vec![0u32; n];
    let mut layer = vec![0u64; n];
    let mut out = Vec::new();
    let map = words();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            flags[i] = punct_flags(doc, i);
            continue;
        }
        let w = doc.lower(i);
        let extra = shape_flags(doc, i, w);
        let Some(info) = map.get(w) else {
            flags[i] = extra;
            continue;
        };
        flags[i] = info.flags | extra;
        layer[i] = info.layer;
        match_phrases(doc, i, &info.phrases, &mut out);
    }
    Scan {
        flags,
        layer,
        matches: out,
    }
}

/// "!!!", "?!", "!?": raised voice or exasperation.
fn punct_flags(doc: &Doc, i: usize) -> u32 {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Punct || t.end - t.start < 2 {
        return 0;
    }
    let p = doc.lower(i);
    let bangs = p.matches('!').count();
    let qs = p.matches('?').count();
    if bangs >= 3 || (bangs >= 1 && qs >= 1) {
        class::BANGS
    } else {
        0
    }
}

/// Class bits that come from a word's shape, not from a list.
fn shape_flags(doc: &Doc, i: usize, w: &str) -> u32 {
    let t = &doc.tokens[i];
    let mut extra = 0;
    if t.disguised {
        extra |= class::DISGUISED;
    }
    if t.caps && !t.ident {
        extra |= class::CAPS;
    }
    let b = w.as_bytes();
    if b.len() > 4 && PREFIX4.contains(&u32::from_le_bytes([b[0], b[1], b[2], b[3]])) {
        extra |= class::PROFANE_PREFIX;
    }
    if w == "just" {
        extra |= class::JUST;
    }
    extra
}

/// Push every phrase in `heads` that continues from token `i` within its sentence.
fn match_phrases(doc: &Doc, i: usize, heads: &Heads, out: &mut Vec<Match>) {
    let n = doc.tokens.len();
    let sentence = doc.tokens[i].sentence;
    'cand: for (rest, tag) in heads {
        let end = i + 1 + rest.len();
        if end > n {
            continue;
        }
        for (k, w) in rest.iter().enumerate() {
            let j = i + 1 + k;
            if doc.tokens[j].sentence != sentence || doc.lower(j) != *w {
                continue 'cand;
            }
        }
        out.push(Match {
            start: i,
            end,
            tag: *tag,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::tokenize;

    #[test]
    fn every_phrase_is_tokenizable_as_written() {
        // A phrase only matches if the tokenizer splits it the same way.
        let bad: Vec<&str> = entries()
            .map(|(p, _)| p)
            .filter(|p| {
                let d = tokenize(p);
                let toks: Vec<&str> = (0..d.tokens.len()).map(|i| d.lower(i)).collect();
                toks != p.split(' ').collect::<Vec<_>>()
            })
            .collect();
        assert!(
            bad.is_empty(),
            "phrases that do not tokenize as written: {bad:?}"
        );
    }

    #[test]
    fn finds_multiword_phrases_of_their_rule() {
        let d = tokenize("Great work, keep it up!");
        let m = scan(&d).matches;
        let vague = |m: &&Match| m.tag == Tag::Rule(RuleId::VaguePraise);
        let spans: Vec<(usize, usize)> = m.iter().filter(vague).map(|m| (m.start, m.end)).collect();
        assert!(spans.contains(&(0, 2)), "great work: {spans:?}");
        assert!(spans.contains(&(3, 6)), "keep it up: {spans:?}");
    }
}
