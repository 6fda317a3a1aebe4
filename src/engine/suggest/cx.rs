//! The rewrite context `Cx`: the analysed text, its tokens and sentences, the mode, and where
//! every finding sits, with the look-ups a rewrite needs (tokens in a range, findings in a
//! range, the sentence of a byte).
use std::cell::OnceCell;
use std::ops::Range;

use super::body::Body;
use super::remove;
use super::voice::{draft_voice, Person, Voice};
use crate::engine::model::{Category, CommentVerdict, Finding, Mode, Suggestion};
use crate::engine::rules::RuleId;
use crate::engine::sentence::SentenceView;
use crate::engine::text::{Doc, TokenKind};
use crate::engine::vocab::words::{List, CODE_REVIEW_WORDS, ELSEWHERE_WORDS, WORK_WORDS};

/// Everything a rewrite needs about the text: tokens, sentences, every finding's span.
pub struct Cx<'a> {
    pub text: &'a str,
    pub doc: Doc<'a>,
    pub mode: Mode,
    /// Code review mode, or the text looks like a code comment.
    pub code_like: bool,
    /// The draft talks about software (`talks_tech`), worked out when first asked.
    tech: OnceCell<bool>,
    /// (start, end, category, rule) of every finding up to `LONG` bytes, sorted by start.
    short: Vec<Span>,
    /// The longer ones (sentence-wide findings of long sentences): few.
    long: Vec<Span>,
    /// Code review: each comment's span and the label proposed for it ("issue (blocking)").
    comment_labels: Vec<(usize, usize, String)>,
    /// The draft has an `empty-praise` finding.
    pub empty_praise: bool,
    /// The draft answers someone in a thread (`text::replies`: an @mention or a quote),
    /// worked out on first use.
    replies: OnceCell<bool>,
    /// The sentence layer: who each sentence is about, its polarity.
    pub views: Vec<SentenceView>,
    /// The person the draft is about ("you", "Sam", "she", or nobody).
    pub draft_voice: Voice,
    /// Whether the draft says he, she, him, her or his anywhere: worked out on first use.
    he_she: OnceCell<bool>,
    /// Whether the draft gives no setting for examples (`bare_examples`), worked out on first use.
    bare: OnceCell<bool>,
    /// Whether the draft reads as an article (`article`), worked out on first use.
    article: OnceCell<bool>,
    /// The sentence layer's word bits of each token (`sentence::word`).
    layer: Vec<u64>,
}

/// Where a finding sits: (start, end, category, rule).
pub(crate) type Span = (usize, usize, Category, RuleId);

/// Findings longer than this many bytes are kept apart from the sorted short ones.
const LONG: usize = 400;

impl<'a> Cx<'a> {
    /// Does token `k` carry the sentence layer's word bit `bit` (`sentence::word::*`)?
    pub fn has(&self, k: usize, bit: u64) -> bool {
        self.layer.get(k).is_some_and(|f| f & bit != 0)
    }

    /// An article ("The Cumans settled the valley in 1150"): prose that names things and dates,
    /// with no writer or reader in it ("I", "we", "you"), no question, no he or she judged, no
    /// thread and no software talk. Its claims are backed by a source, not by an incident.
    pub fn article(&self) -> bool {
        *self.article.get_or_init(|| {
            let d = &self.doc;
            let n = d.tokens.len();
            let year = |k: usize| {
                let w = d.raw(k).as_bytes();
                w.len() == 4 && w.iter().all(u8::is_ascii_digit) && matches!(w[0], b'1' | b'2')
            };
            let inner_capital = |k: usize| {
                let t = &d.tokens[k];
                t.capitalized && !t.caps && k > 0 && d.tokens[k - 1].sentence == t.sentence
            };
            let facts =
                || (0..n).filter(|&k| inner_capital(k)).take(2).count() == 2 || (0..n).any(year);
            // A peer review judges a paper in no one's voice: its claims are the reviewer's.
            let paper = || {
                (0..n).any(|k| {
                    List("paper|authors|manuscript|submission|reviewers").contains(&d.lower(k))
                })
            };
            // Cheapest first: most drafts have an "I" or a "you" near their start.
            self.prose()
                && !self.speaks_of_he_she()
                && facts()
                && !paper()
                && !self.judges_someone()
        })
    }

    /// Does a sentence praise or criticise a person, or label them? "Nolan seems interested
    /// in …" is a review of someone named, even with no he or she.
    pub fn judges_someone(&self) -> bool {
        let d = &self.doc;
        // A name as the sentence's subject ("Nolan seems …"), not one it mentions ("a success
        // for the Lancaster Canal").
        let subject = |k: usize| d.sentences[d.tokens[k].sentence].tokens.start == k;
        self.views.iter().any(|v| {
            (v.who == crate::engine::sentence::Who::Person || v.named.is_some_and(subject))
                && (v.praise || v.criticism)
                || v.label.is_some()
        })
    }

    /// Prose in no one's voice: no "I", "we" or "you", no question, no thread, no code.
    pub fn prose(&self) -> bool {
        use crate::engine::sentence::{word, Who};
        // A sentence by the writer or to the reader, or an "I", "we" or "you" anywhere.
        let d = &self.doc;
        let writer =
            |k: usize| List("i|me|my|we|us|our|i'm|i've|i'd|we're|let's").contains(&d.lower(k));
        let voiced = self
            .views
            .iter()
            .any(|v| matches!(v.who, Who::Writer | Who::Reader))
            || (0..d.tokens.len()).any(|k| self.has(k, word::READER) || writer(k));
        !voiced && !self.code_like && !self.text.contains('?') && !self.tech() && !self.replies()
    }

    /// Does the draft answer someone in a thread (an @mention or a quote)?
    pub fn replies(&self) -> bool {
        *self
            .replies
            .get_or_init(|| crate::engine::text::replies(self.text))
    }

    /// A coaching question ("What's the real challenge here for you?") fits a draft to its
    /// reader, but not a code comment: a review thread is not a coaching conversation.
    pub fn asks_coaching_question(&self, v: &super::voice::Voice) -> bool {
        v.is_reader() && !self.tech() && !super::evidence::rules_out_future(self)
    }

    /// Remember the label proposed for each comment of a code review.
    pub fn set_comment_labels(&mut self, comments: &[CommentVerdict]) {
        self.comment_labels = comments
            .iter()
            .map(|c| {
                let label = c.prefix.trim_end().trim_end_matches(':').to_string();
                (c.start, c.end, label)
            })
            .collect();
    }

    /// The label proposed for the comment holding byte `at`: every labelled rewrite of one
    /// comment carries the same label, so two cards never propose conflicting ones.
    pub fn comment_label(&self, at: usize) -> Option<&str> {
        self.comment_labels
            .iter()
            .find(|(s, e, _)| *s <= at && at <= *e)
            .map(|(_, _, l)| l.as_str())
    }

    pub fn new(
        doc: Doc<'a>,
        mode: Mode,
        findings: &[Finding],
        views: Vec<SentenceView>,
        layer: Vec<u64>,
    ) -> Self {
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
        crate::sort::sort_by_key(&mut short, |s| (s.0, s.1));
        let code_like = mode == Mode::CodeReview || looks_like_code_review(&doc);
        let empty_praise = findings.iter().any(|f| f.rule == RuleId::EmptyPraise);
        let mut cx = Cx {
            text,
            doc,
            mode,
            code_like,
            tech: OnceCell::new(),
            short,
            long,
            empty_praise,
            replies: OnceCell::new(),
            comment_labels: Vec::new(),
            views,
            layer,
            draft_voice: Voice {
                interpersonal: false,
                reticent: false,
                person: Person::Nobody,
                name: String::new(),
            },
            he_she: OnceCell::new(),
            bare: OnceCell::new(),
            article: OnceCell::new(),
        };
        cx.draft_voice = draft_voice(&cx);
        cx
    }

    /// Code review mode, or a draft about software: its examples are about code.
    pub fn tech(&self) -> bool {
        *self.tech.get_or_init(|| {
            self.code_like || crate::engine::context::talks_tech(&self.doc, &self.layer)
        })
    }

    /// Does the draft give no setting that canned examples would fit? In the default mode, a
    /// draft that reviews no one (no he or she, no name) and is either a comment about software
    /// (not shaped as a code review: a launch or a `loader` module fits no issue comment) or
    /// uses no word of work ("the team", "deadline"): a short reply, a request about a wiki
    /// page. A reply in a thread (an @mention, a quoted line) is no review either. A review
    /// set away from an office (a coach, a shift, a classroom:
    /// `ELSEWHERE_WORDS`) gets none either. Its placeholders carry no examples ("[impact]").
    #[inline(never)]
    pub fn bare_examples(&self) -> bool {
        *self.bare.get_or_init(|| {
            let d = &self.doc;
            let any = |list: &List| {
                (0..d.tokens.len()).any(|k| {
                    let w = d.lower(k);
                    list.contains(&w) || list.contains(&w.strip_suffix('s').unwrap_or(w))
                })
            };
            let nobody = !self.speaks_of_he_she() && !self.named();
            self.mode == Mode::PerformanceReview
                && !self.code_like
                && (any(&ELSEWHERE_WORDS)
                    || self.replies()
                    || nobody && (self.tech() || !any(&WORK_WORDS)))
        })
    }

    /// A canned example, or, where the draft gives no setting it would fit (`bare_examples`),
    /// the mark `edit::fit_examples` drops.
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn eg(&self, example: &'static str) -> &'static str {
        if self.bare_examples() {
            "\u{1}"
        } else {
            example
        }
    }

    /// Is the draft about someone by name ("Dana …", "Dana's report"), not "they"?
    fn named(&self) -> bool {
        let v = &self.draft_voice;
        v.person == Person::Third && !v.name.eq_ignore_ascii_case("they")
    }

    /// Does the draft speak of someone as he, she, him, her or his anywhere? Rewrites ask it for
    /// many findings; the draft is read once.
    pub fn speaks_of_he_she(&self) -> bool {
        *self.he_she.get_or_init(|| {
            let d = &self.doc;
            (0..d.tokens.len()).any(|k| List("he|she|him|her|his").contains(&d.lower(k)))
        })
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

    /// Index of the sentence that holds byte `b`.
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn sentence_of(&self, b: usize) -> Option<usize> {
        let s = &self.doc.sentences;
        if s.is_empty() {
            return None;
        }
        let i = s.partition_point(|x| x.start <= b);
        Some(i.saturating_sub(1))
    }

    /// The sentence layer's view of the sentence that holds byte `b`.
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn view_at(&self, b: usize) -> Option<&crate::engine::sentence::SentenceView> {
        self.sentence_of(b).and_then(|si| self.views.get(si))
    }

    /// Does the sentence that holds byte `b` criticise, and not praise too?
    pub fn criticises_at(&self, b: usize) -> bool {
        self.view_at(b).is_some_and(|v| v.criticism && !v.praise)
    }

    /// Is `start..end` covered by a finding other than `except` (structure notes don't count)?
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
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
                && !(matches!(r, RuleId::VaguePraise | RuleId::VagueCriticism)
                    && self.sentence_wide(s, e))
        })
    }

    /// Does `s..e` cover its whole sentence (a note about the sentence, not a competing edit)?
    fn sentence_wide(&self, s: usize, e: usize) -> bool {
        self.sentence_of(s).is_some_and(|si| {
            let b = self.body(si);
            s <= b.start && e >= b.content_end
        })
    }

    /// Another harsh or personality finding in the sentence, besides `f`.
    pub fn other_toxic_in(&self, body: &Body, f: &Finding) -> bool {
        self.other_toxic_but(body, f, None)
    }

    /// `other_toxic_in`, not counting findings of `except`.
    pub fn other_toxic_but(&self, body: &Body, f: &Finding, except: Option<RuleId>) -> bool {
        self.spans_in(body.start, body.end).any(|&(s, e, c, r)| {
            (s, e) != (f.start, f.end)
                && s < body.end
                && body.start < e
                && matches!(c, Category::Harsh | Category::Personality)
                && Some(r) != except
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
                // "I would assume you tried it" → "You tried it" (not "I would you tried it"):
                // a verb of opinion goes with its "I" and modal.
                let d = &self.doc;
                let k = self.tokens_in(f.start, f.end).start;
                let opinion = List("assume|presume|believe|think|guess|suppose|imagine");
                let modal = k > 1 && List("would|'d|do").contains(&d.lower(k - 1));
                let i = if modal {
                    k.wrapping_sub(2)
                } else {
                    k.wrapping_sub(1)
                };
                let start = if opinion.contains(&d.lower(k)) && d.lw(i) == "i" {
                    d.tokens[i].start
                } else {
                    f.start
                };
                remove::removal(self, &self.body(si), start, f.end, "Remove this")
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
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn body_text(&self, b: &Body) -> &'a str {
        &self.text[b.start..b.content_end.max(b.start)]
    }
}

/// Heuristic: a comment about code outside placeholders. Backticked code is enough; an
/// identifier (`load(`, `ns::x`) counts only beside a review word ("merge", "function"), since
/// a performance review says "function" and "Ms.Butler" too.
fn looks_like_code_review(doc: &Doc) -> bool {
    let holes = crate::engine::placeholders::placeholders(doc);
    let outside = |i: usize| {
        let t = &doc.tokens[i];
        !holes.iter().any(|&(a, b)| a <= t.start && t.end <= b)
    };
    let kind = |i: usize, k: TokenKind| doc.tokens[i].kind == k && outside(i);
    // Each test runs only if the ones before leave the answer open: the review-word scan
    // compares every token against a list.
    let code = || (0..doc.tokens.len()).any(|i| kind(i, TokenKind::Code));
    let ident = || (0..doc.tokens.len()).any(|i| kind(i, TokenKind::Word) && doc.tokens[i].ident);
    let review_word = || {
        (0..doc.tokens.len())
            .any(|i| kind(i, TokenKind::Word) && CODE_REVIEW_WORDS.contains(&doc.lower(i)))
    };
    code()
        || (0..doc.tokens.len()).any(|i| outside(i) && crate::engine::context::code_name(doc, i))
        || ident() && review_word()
}
