//! What every rule reads: the tokenized text, every phrase match, and per-sentence facts computed
//! once (has a concrete anchor, gives a reason, is about a person).
use super::model::{Finding, Mode};
use super::rule::{Rule, RuleId};
use super::sentence::{self, SentenceView};
use super::text::{Doc, TokenKind};
use super::vocab::words::List;
use super::vocab::{self, Match, Tag};

/// Facts about one sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceFacts {
    /// Contains a concrete anchor: code, number, URL, identifier, quote, name, time/place, action.
    pub anchor: bool,
    /// Weighted count of anchors (for specificity).
    pub anchor_weight: f32,
    /// Extra detail for specificity only: named code elements, a proposed change, a stated
    /// reason, a pointed question. Not an anchor for the rules.
    pub detail: f32,
    /// Gives a reason or an alternative ("because", "should", "instead", …).
    pub reason: bool,
    /// Mentions a person as subject or addressee (you / he / she).
    pub person: bool,
    /// Ends with a question mark.
    pub question: bool,
    /// Gives an example or a cause ("because", "since", "e.g.", "when").
    pub because: bool,
    /// Thanks someone or reports a fix ("thanks", "works", "fixed"): "oh great" is then sincere.
    pub thanks_or_fix: bool,
    /// Weight of what a reader could picture or verify: code, numbers, quotes, times and places,
    /// observable actions (names alone are not enough: every review names its person).
    pub concrete: f32,
    /// How many code or work elements it names in plain words ("the proposal", "the schema").
    pub named: u32,
    /// The part of `concrete` that comes from action verbs alone ("reviewed", "shipped").
    pub action: f32,
}

pub struct Cx<'a> {
    pub doc: &'a Doc<'a>,
    /// Word-class bits of each token (`vocab::class`), looked up once.
    pub flags: Vec<u32>,
    /// Sentence-layer word bits of each token (`sentence::word`), from the same lookup: the
    /// sentence layer tests bits instead of comparing strings per token.
    pub layer: Vec<u64>,
    /// Each sentence's sentence-layer bits, or-ed over its tokens: a test for a word the
    /// sentence lacks costs one look.
    pub sentence_layer: Vec<u64>,
    pub matches: Vec<Match>,
    /// Index into `matches` of the first match starting at each token (`u32::MAX` if none).
    pub first_match: Vec<u32>,
    pub mode: Mode,
    pub facts: Vec<SentenceFacts>,
    /// The sentence layer: who each sentence is about, its polarity, whether it asks for
    /// something, whether it is specific (`sentence.rs`).
    pub views: Vec<SentenceView>,
    /// `talks_tech`, worked out when a rule first asks.
    tech: std::cell::OnceCell<bool>,
    /// `code_thread`, worked out when a rule first asks.
    thread: std::cell::OnceCell<bool>,
    talk: std::cell::OnceCell<bool>,
}

impl<'a> Cx<'a> {
    pub fn new(doc: &'a Doc<'a>, mode: Mode) -> Self {
        let vocab::Scan {
            flags,
            mut layer,
            matches,
        } = vocab::scan(doc);
        sentence::mark_shapes(doc, &flags, &mut layer);
        let sentence_layer = doc
            .sentences
            .iter()
            .map(|s| {
                let bits = layer.get(s.tokens.clone()).unwrap_or_default();
                bits.iter().fold(0, |all, b| all | b)
            })
            .collect();
        let facts = doc
            .sentences
            .iter()
            .map(|s| sentence_facts(doc, &flags, &layer, s.tokens.clone()))
            .collect();
        let mut first_match = vec![u32::MAX; doc.tokens.len()];
        for (k, m) in matches.iter().enumerate().rev() {
            first_match[m.start] = k as u32;
        }
        let mut cx = Cx {
            doc,
            flags,
            layer,
            sentence_layer,
            matches,
            first_match,
            mode,
            facts,
            views: Vec::new(),
            tech: std::cell::OnceCell::new(),
            thread: std::cell::OnceCell::new(),
            talk: std::cell::OnceCell::new(),
        };
        let (views, marks) = sentence::views(&cx);
        for (k, v) in marks {
            cx.layer[k] |= if v > 0 {
                sentence::word::PRAISED
            } else {
                sentence::word::CRITICISED
            };
        }
        cx.views = views;
        cx
    }

    /// Is the draft about software (`talks_tech`)? Asked by several rules, read once.
    pub fn tech(&self) -> bool {
        *self.tech.get_or_init(|| talks_tech(self.doc, &self.layer))
    }

    /// A message in which the writer speaks as "I" and judges no one: no sentence about a named
    /// person or he or she, none that praises or criticises the reader, no "employee" or
    /// "worker" ("I checked the schedule twice; the last train probably departs at ten"). Its guesses and
    /// softeners are honest, as in a code thread. Asked by two rules (and per softener), worked
    /// out once.
    pub fn talk(&self) -> bool {
        *self.talk.get_or_init(|| self.speaks_as_i_of_no_one())
    }

    fn speaks_as_i_of_no_one(&self) -> bool {
        let d = self.doc;
        let judged = |si: usize| {
            let v = &self.views[si];
            v.who == sentence::Who::Person
                || v.named.is_some()
                || self.facts[si].person && (v.praise || v.criticism)
        };
        !(0..self.views.len()).any(judged)
            && !(0..d.tokens.len())
                .any(|k| self.has(k, sentence::word::HE_SHE) || self.is(k, vocab::class::WORKER))
            && (0..d.tokens.len()).any(|k| {
                List("i|i'm|i've|i'd|i'll|my|me").contains(&d.lower(k)) && d.lw(k + 1) != "-"
            })
    }

    /// A thread about software between people (a code review, an issue comment): code-review
    /// mode, or a draft that talks tech and speaks as "I" or "we", or to "you". An encyclopedia
    /// sentence about software is no thread; a request ("maybe add a comment") speaks to someone.
    /// A draft about him or her reviews a person, even an engineer.
    pub fn code_thread(&self) -> bool {
        *self.thread.get_or_init(|| {
            let speaks = |k: usize| {
                self.layer[k] & sentence::word::READER != 0
                    || List("i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our|me|us|let's")
                        .contains(&self.doc.lower(k))
            };
            let asks = self.views.iter().any(|v| v.request);
            // "I think he writes clean code": a review of someone, however technical.
            let reviews_someone = self.layer.iter().any(|b| b & sentence::word::HE_SHE != 0);
            // One word of software ("Your creativity is null") makes no thread: code, or two.
            let d = self.doc;
            let words = (0..d.tokens.len()).filter(|&k| self.layer[k] & sentence::word::TECH != 0);
            let code =
                || words.clone().nth(1).is_some() || (0..d.tokens.len()).any(|k| code_cue(d, k));
            // Code itself ("`ENABLE_X` = 0 implies …") is a review comment even when it speaks
            // as no one; an encyclopedia sentence names software, not identifiers.
            let cue = || (0..d.tokens.len()).any(|k| code_name(d, k));
            self.mode == Mode::CodeReview
                || self.tech()
                    && !reviews_someone
                    && code()
                    && (asks || (0..self.layer.len()).any(speaks) || cue())
        })
    }

    /// Does token `i` belong to word class `bit` (`vocab::class::*`)?
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is(&self, i: usize, bit: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & bit != 0)
    }

    /// Does token `i` carry sentence-layer word bit `bit` (`sentence::word::*`)?
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn has(&self, i: usize, bit: u64) -> bool {
        self.layer.get(i).is_some_and(|f| f & bit != 0)
    }

    /// Does a token of sentence `si` carry one of the sentence-layer word bits `bits`?
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn sentence_has(&self, si: usize, bits: u64) -> bool {
        self.sentence_layer.get(si).is_some_and(|f| f & bits != 0)
    }

    /// Occurrences of the phrases of rule `id` (`Rule::phrases`), in token order.
    pub fn matches_of(&self, id: RuleId) -> impl Iterator<Item = &Match> + '_ {
        self.matches.iter().filter(move |m| m.tag == Tag::Rule(id))
    }

    /// Does a phrase of rule `id` overlap tokens `a..b`? ("a natural leader" is fixed-mindset
    /// praise; the label rules leave it to that rule.)
    pub fn phrase_overlaps(&self, id: RuleId, a: usize, b: usize) -> bool {
        self.matches_of(id).any(|m| m.start < b && a < m.end)
    }

    /// Does the sentence holding token `i` (or, with `look_ahead`, the next one) carry a concrete
    /// anchor?
    pub fn anchored(&self, i: usize, look_ahead: bool) -> bool {
        let s = self.doc.tokens[i].sentence;
        if self.facts.get(s).is_some_and(|f| f.anchor) {
            return true;
        }
        look_ahead && self.facts.get(s + 1).is_some_and(|f| f.anchor)
    }

    /// Does the sentence after token `i`'s open with an example that backs it ("For example, in
    /// March she …", "I say this because …")? A hedged claim with its evidence is honest.
    /// After a sentence that ends with a colon, the evidence follows what the colon introduces.
    pub fn evidence_follows(&self, i: usize) -> bool {
        let d = self.doc;
        let si = d.tokens[i].sentence;
        let opens_example = |s: usize| {
            let Some(next) = d.sentences.get(s) else {
                return false;
            };
            let k = next.tokens.start;
            let (a, b, c) = (d.lw(k), d.lw(k + 1), d.lw(k + 2));
            // "Tried it on the staging box: …", "I tested it twice": what the writer saw.
            let trial = |w: &str| {
                crate::engine::vocab::words::List(
                    "tried|tested|reproduced|verified|confirmed|checked|counted|measured|compared|audited",
                )
                .contains(&w)
            };
            // "On three occasions I checked …": the writer's check after a short opener.
            let checked = (k..k + 4).any(|j| {
                matches!(d.lw(j), "i" | "we") && trial(d.lw(j + 1)) && j < next.tokens.end
            });
            // "See this article: https://…", "See the RFC": a source pointed at.
            let source = a == "see" && !List(",|you|what|how|if|whether").contains(&b)
                || d.text[next.start..next.end].contains("://");
            a == "for" && matches!(b, "example" | "instance")
                || source
                || (a, b, c) == ("i", "say", "this") && d.lw(k + 3) == "because"
                || a == "specifically"
                || trial(a)
                || checked
        };
        let colon = d.sentences[si]
            .tokens
            .end
            .checked_sub(1)
            .is_some_and(|k| d.raw(k) == ":");
        opens_example(si + 1) || colon && opens_example(si + 2)
    }

    /// Sentence `si` ends with a colon and something follows: "A few things break here:" and
    /// a list gives its own examples.
    pub fn introduces(&self, si: usize) -> bool {
        let d = self.doc;
        let end = d.sentences[si].tokens.end;
        si + 1 < d.sentences.len() && end > 0 && d.raw(end - 1) == ":"
    }

    /// Indices of tokens in any of the word classes `bits` (scans the compact flag vector,
    /// not the tokens).
    #[inline]
    pub fn tokens_with(&self, bits: u32) -> impl Iterator<Item = usize> + '_ {
        self.flags
            .iter()
            .enumerate()
            .filter(move |(_, f)| **f & bits != 0)
            .map(|(i, _)| i)
    }

    /// The phrase matches that start at token `i`.
    pub fn matches_at(&self, i: usize) -> &[Match] {
        let Some(&k) = self.first_match.get(i) else {
            return &[];
        };
        if k == u32::MAX {
            return &[];
        }
        let k = k as usize;
        let end = self.matches[k..]
            .iter()
            .position(|m| m.start != i)
            .map_or(self.matches.len(), |p| k + p);
        &self.matches[k..end]
    }

    /// Facts of the sentence holding token `i`.
    pub fn facts_at(&self, i: usize) -> SentenceFacts {
        self.facts
            .get(self.doc.tokens[i].sentence)
            .copied()
            .unwrap_or_default()
    }

    /// Is token `i` preceded by a negator within `window` word tokens of its sentence?
    /// Is the word at `i` named rather than used: the complement of "call" under a prohibition
    /// ("Please don't call other contributors stupid", "stop calling people idiots") or in a
    /// report of what someone else said ("he called my patch crap")?
    pub fn named_not_used(&self, i: usize) -> bool {
        let d = self.doc;
        // '"Numpty" is very British': the word in quotes, talked about.
        let quote = |k: usize| k < d.tokens.len() && matches!(d.raw(k), "\"" | "“" | "”" | "'");
        let talked_about = i > 0
            && quote(i - 1)
            && quote(i + 1)
            && List("is|was|means|sounds|seems|isn't").contains(&d.lw(i + 2));
        // 'Ken wrote that the plan was "idiotic and rushed"': someone else's words, quoted.
        let dq = |k: usize| matches!(d.raw(k), "\"" | "“" | "”");
        let open = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| dq(k) && self.same_sentence(k, i));
        let reported = open.is_some_and(|o| {
            (i + 1..i + 6).any(|k| k < d.tokens.len() && dq(k) && self.same_sentence(k, i))
                && (d.sentences[d.tokens[i].sentence].tokens.start..o).any(|k| {
                    List("said|says|wrote|writes|called|calls|claimed|claims|told|replied")
                        .contains(&d.lower(k))
                })
        });
        talked_about
            || reported
            || (i.saturating_sub(4)..i).any(|c| {
                let w = d.lower(c);
                let forbidden = || {
                    (c.saturating_sub(3)..c).any(|k| {
                        let n = d.lower(k);
                        n == "not" || n == "stop" || n == "never" || n.ends_with("n't")
                    })
                };
                self.same_sentence(c, i)
                    && w.starts_with("call")
                    && (forbidden() || w == "called" && List("me|us|my|our").contains(&d.lw(c + 1)))
            })
    }

    pub fn negated(&self, i: usize, window: usize) -> bool {
        let s = self.doc.tokens[i].sentence;
        let mut k = i;
        let mut seen = 0;
        while k > 0 && seen < window {
            k -= 1;
            let t = &self.doc.tokens[k];
            if t.sentence != s {
                break;
            }
            if t.kind == TokenKind::Punct {
                let p = self.doc.lower(k);
                if p == "," || p == ";" || p == ":" {
                    break;
                }
                continue;
            }
            let w = self.doc.lower(k);
            // "I don't understand your dismissive attitude": the negation is of the verb between.
            // "I can't believe how quickly she learned it": amazement, not a denial.
            if crate::engine::sentence::amazed(self.doc, k)
                || crate::engine::vocab::words::List(
                    "understand|like|appreciate|mind|accept|tolerate",
                )
                .contains(&w)
            {
                break;
            }
            // "not only", "nothing less than", "no less", "nothing but": emphasis, not negation.
            let emphasis = crate::engine::vocab::words::List("only|less|short|but")
                .contains(&self.doc.lw(k + 1))
                || crate::engine::sentence::aside_if_not(self.doc, k);
            if (self.is(k, vocab::class::NEGATOR) || w.ends_with("n't")) && !emphasis {
                return true;
            }
            seen += 1;
        }
        false
    }

    /// The text of tokens `a..b`, for messages.
    pub fn quote(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = self.doc.span(a, b);
        &self.doc.text[s..e]
    }

    /// Tokens of sentence `si` without leading list markers or punctuation and without its
    /// terminal punctuation: the span a sentence-wide finding marks.
    pub fn sentence_core(&self, si: usize) -> (usize, usize) {
        let d = self.doc;
        let r = d.sentences[si].tokens.clone();
        // "%" belongs to its number ("gives 110%").
        let word = |k: usize| d.tokens[k].kind != TokenKind::Punct || d.lower(k) == "%";
        let a = r.clone().find(|&k| word(k)).unwrap_or(r.start);
        let b = r.clone().rev().find(|&k| word(k)).map_or(r.end, |k| k + 1);
        (a, b.max(a + 1).min(r.end.max(a + 1)))
    }

    /// Does the draft name someone or speak of him or her (a review of a person, not a thread)?
    pub fn names_someone(&self) -> bool {
        self.views.iter().any(|v| v.named.is_some())
            || self.layer.iter().any(|b| b & sentence::word::HE_SHE != 0)
    }

    /// Is sentence `si` said to or about someone: it praises or criticises, asks, speaks to or
    /// of the reader, or (outside a thread about software) is about a person? "Maybe the cache
    /// is stale", "I guess I'll retry tonight" are about a thing or the writer's own plan, and a
    /// hedge there is an honest guess.
    pub fn aimed_at_someone(&self, si: usize) -> bool {
        let v = self.views[si];
        let about_person =
            || v.who == sentence::Who::Person || v.named.is_some() || self.mentions_he_she(si);
        v.praise
            || v.criticism
            || v.request
            || v.who == sentence::Who::Reader
            || self.sentence_has(si, sentence::word::READER)
            || !self.tech() && about_person()
    }

    /// Does sentence `si` mention someone as he, she, his or her?
    pub fn mentions_he_she(&self, si: usize) -> bool {
        let r = self.doc.sentences[si].tokens.clone();
        r.into_iter().any(|k| self.has(k, sentence::word::HE_SHE))
    }

    /// Which sentences already hold a finding of `rule` (the sentence where it starts): one pass
    /// over the findings, so sentence rules stay linear.
    pub fn sentences_flagged(&self, out: &[Finding], rule: RuleId) -> Vec<bool> {
        let s = &self.doc.sentences;
        let mut flagged = vec![false; s.len()];
        for f in out.iter().filter(|f| f.rule == rule) {
            let i = s.partition_point(|x| x.start <= f.start).saturating_sub(1);
            if let Some(x) = flagged.get_mut(i) {
                *x = true;
            }
        }
        flagged
    }

    /// Are tokens `a` and `b` in one sentence (and `b` in the text)?
    // Out of line in the page only (hundreds of call sites); inlined natively for speed.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        let t = &self.doc.tokens;
        b < t.len() && t[a].sentence == t[b].sentence
    }

    /// Does token `i` open its sentence (only punctuation or a filler like "just", "please",
    /// "maybe" before it)? Imperatives that dismiss count only there.
    pub fn opens_sentence(&self, i: usize) -> bool {
        let d = self.doc;
        let s = &d.sentences[d.tokens[i].sentence];
        (s.tokens.start..i).all(|k| {
            d.tokens[k].kind == TokenKind::Punct
                || crate::engine::vocab::words::List(
                    "just|please|so|now|and|maybe|then|pls|seriously",
                )
                .contains(&d.lower(k))
        })
    }

    /// A finding of `rule` over tokens `a..b` whose message quotes them: "\"…\" <why>".
    pub fn quoted(&self, rule: &'static Rule, a: usize, b: usize, why: &str) -> Finding {
        self.finding(rule, a, b, format!("\"{}\" {why}", self.quote(a, b)))
    }

    /// One finding per occurrence of `rule`'s phrases that `keep` accepts, skipping occurrences
    /// that overlap the previous one; `message` is given the quoted phrase.
    pub fn phrase_findings(
        &self,
        rule: &'static Rule,
        keep: impl Fn(&Match) -> bool,
        message: impl Fn(&str) -> String,
        out: &mut Vec<Finding>,
    ) {
        let mut last_end = 0;
        for m in self.matches_of(rule.id()) {
            if m.start < last_end || !keep(m) {
                continue;
            }
            last_end = m.end;
            let text = message(self.quote(m.start, m.end));
            out.push(self.finding(rule, m.start, m.end, text));
        }
    }

    /// A finding of rule `doc` over tokens `a..b`.
    pub fn finding(&self, rule: &'static Rule, a: usize, b: usize, message: String) -> Finding {
        let (start, end) = self.doc.span(a, b);
        make(rule, start, end, message)
    }
}

/// A finding over a byte span.
pub fn make(rule: &'static Rule, start: usize, end: usize, message: String) -> Finding {
    Finding {
        rule: rule.doc.id,
        category: rule.doc.category,
        severity: rule.doc.severity,
        start,
        end,
        message,
        why: rule.doc.why,
        suggestions: Vec::new(),
    }
}

fn sentence_facts(
    doc: &Doc,
    flags: &[u32],
    layer: &[u64],
    range: std::ops::Range<usize>,
) -> SentenceFacts {
    let mut b = FactsBuilder {
        doc,
        flags,
        layer,
        first: range.start,
        f: SentenceFacts::default(),
        in_quote: false,
        quote_start: 0,
        tech: 0,
        change: false,
        why: false,
    };
    for i in range {
        match doc.tokens[i].kind {
            TokenKind::Code => b.concrete(3.0),
            TokenKind::Url => b.concrete(2.0),
            TokenKind::Number => b.number(i),
            TokenKind::Punct => b.punct(i),
            TokenKind::Word => {
                b.word_shape(i);
                b.word_classes(i);
            }
        }
    }
    b.finish()
}

/// "two spaces", "three failing tests", "a dozen files": a count in words before a plural noun.
fn counted(d: &Doc, layer: &[u64], i: usize) -> bool {
    if layer[i] & sentence::word::COUNT == 0 || !d.is_word(i + 1) {
        return false;
    }
    let next = if d.is_word(i + 2) && !d.lower(i + 1).ends_with('s') {
        d.lower(i + 2) // "three failing tests"
    } else {
        d.lower(i + 1)
    };
    next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && !next.ends_with("ous")
}

/// Collects one sentence's facts, one token at a time.
struct FactsBuilder<'a> {
    doc: &'a Doc<'a>,
    flags: &'a [u32],
    layer: &'a [u64],
    first: usize,
    f: SentenceFacts,
    in_quote: bool,
    quote_start: usize,
    /// Code or review elements named in plain words.
    tech: u32,
    /// A change verb with a real object.
    change: bool,
    /// A stated reason or contrast after the first word.
    why: bool,
}

impl FactsBuilder<'_> {
    /// Something concrete: an anchor for every purpose.
    fn concrete(&mut self, weight: f32) {
        self.f.anchor_weight += weight;
        self.f.concrete += weight;
    }

    fn number(&mut self, i: usize) {
        let d = self.doc;
        // "+1", "-1": a vote, not a number.
        let vote = i > 0
            && d.tokens[i - 1].end == d.tokens[i].start
            && matches!(d.lower(i - 1), "+" | "-")
            && (i < self.first + 2);
        // "gives 110%" measures effort, not a fact.
        let gives = i > 0
            && crate::engine::vocab::words::List("give|gives|giving|gave")
                .contains(&d.lower(i - 1));
        let effort = gives && sentence::percent_given(d, i);
        if !vote && !effort {
            self.concrete(2.0);
        }
    }

    /// A quotation ("…" around at least one word), a question mark, an issue number ("#12").
    fn punct(&mut self, i: usize) {
        let d = self.doc;
        let t = &d.tokens[i];
        let w = d.lower(i);
        if w == "\"" {
            if self.in_quote && i > self.quote_start + 1 {
                self.concrete(2.0);
            }
            self.in_quote = !self.in_quote;
            self.quote_start = i;
        } else if w.contains('?') {
            self.f.question = true;
        } else if w == "#"
            && d.tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number && n.start == t.end)
        {
            self.f.anchor_weight += 1.0;
        }
    }

    /// Anchors from a word's shape: identifiers, numbers in words, names, acronyms.
    fn word_shape(&mut self, i: usize) {
        let d = self.doc;
        let t = &d.tokens[i];
        let w = d.lower(i);
        if t.ident || t.disguised && t.digit {
            self.concrete(if t.ident { 2.0 } else { 0.5 });
        } else if t.digit {
            self.concrete(1.5); // v2, 10k, 3x, q3
        } else if counted(d, self.layer, i) {
            self.concrete(1.5); // "by two spaces", "three times"
        } else if t.capitalized && i > self.first && w != "i" && !t.caps && !prev_is_terminal(d, i)
        {
            self.f.anchor_weight += 1.0; // a name: Sarah, Postgres, Monday
        } else if t.caps && w.len() >= 2 && w != "i" && !chatter(w) {
            self.f.anchor_weight += 0.5; // an acronym: PR, API
        }
    }

    /// Facts from a word's classes: situation and action anchors, a person, a reason, thanks.
    fn word_classes(&mut self, i: usize) {
        use vocab::class;
        let fl = self.flags[i];
        if fl & class::SITUATION != 0 {
            self.concrete(0.75);
        }
        if fl & class::ACTION != 0 {
            self.concrete(0.75);
            self.f.action += 0.75;
        }
        self.f.person |= fl & class::PERSON != 0;
        self.f.reason |= fl & class::REASON != 0;
        self.f.because |= fl & class::BECAUSE != 0 && self.gives_reason(i);
        self.f.thanks_or_fix |= fl & class::THANKS_OR_FIX != 0;
        if fl & class::TECH != 0 {
            self.tech += 1;
        }
        // A change verb with an object that isn't just "this"/"it".
        let d = self.doc;
        if fl & class::CHANGE != 0
            && d.tokens
                .get(i + 1)
                .is_some_and(|n| n.kind != TokenKind::Punct)
            && !crate::engine::vocab::words::List("this|it|that|these|those").contains(&d.lw(i + 1))
        {
            self.change = true;
        }
        if fl & class::WHY != 0 && i > self.first {
            self.why = true;
        }
    }

    /// "as" and "since" give a reason only in some places: "as it drops rows", "since the
    /// cache is cold", "such as" — but "as well as expected", "as a lead", "since joining",
    /// "since last year" compare or date.
    fn gives_reason(&self, i: usize) -> bool {
        let d = self.doc;
        let next = d.lw(i + 1);
        match d.lower(i) {
            "as" => {
                i > 0 && d.lower(i - 1) == "such"
                    || i > 0
                        && !crate::engine::vocab::words::List("well|same|soon|much|far")
                            .contains(&d.lower(i - 1))
                        && crate::engine::vocab::words::List(
                            "it|this|that|the|he|she|they|we|i|you|there|these|those|his|her|their",
                        )
                        .contains(&next)
            }
            "since" => {
                let date = crate::engine::vocab::words::List("then|last|early|joining|day|may")
                    .contains(&next)
                    || vocab::words::month_name(next)
                    || crate::engine::vocab::words::List("q1|q2|q3|q4").contains(&next);
                !(next.ends_with("ing") || next.bytes().all(|b| b.is_ascii_digit()) || date)
            }
            // "when needed" is no example; "when the cache is cold" is.
            "when" => !crate::engine::vocab::words::List(
                "needed|necessary|asked|required|possible|appropriate",
            )
            .contains(&next),
            // "for example" gives one; "as an example to others" does not.
            "example" => i > 0 && d.lower(i - 1) == "for" || next == ":",
            _ => true,
        }
    }

    fn finish(self) -> SentenceFacts {
        let mut f = self.f;
        f.named = self.tech;
        f.anchor = f.anchor_weight >= 1.5;
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        f.detail = 0.6 * (self.tech.min(3) as f32) + flag(self.change) + flag(self.why);
        // A question about something named ("why is `x` 16?") is specific; a bare "why?" is not.
        if f.question && (self.tech > 0 || f.anchor_weight >= 1.5) {
            f.detail += 0.5;
        }
        // A reason or an example makes a comment more useful, but is not itself a concrete anchor.
        if f.because {
            f.anchor_weight += 1.0;
        }
        f
    }
}

/// Review chatter in capitals ("LGTM", "PTAL", "IMO"): not a named thing.
fn chatter(w: &str) -> bool {
    crate::engine::vocab::words::List("lgtm|sgtm|ptal|ack|nack|wip|imo|imho|fyi|tbh|afaik|iirc|ok|okay|ty|thx|lol|nit|wdyt|ftw|omg").contains(&w)
}

fn prev_is_terminal(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.tokens[i - 1].kind == TokenKind::Punct
        && crate::engine::vocab::words::List(":|-|*|\"|(|'|>|•").contains(&doc.lower(i - 1))
}

/// "The build breaks on this patch", "the tests in the `io` module": words of software twice,
/// or once in a draft that speaks of no he or she (a review of an engineer says "bug" too); a
/// review of a paper names its "method", "function" and "test" too, and is left out. Reads the
/// word bits of each token (`layer`), so it costs one pass over them.
pub fn talks_tech(d: &Doc, layer: &[u64]) -> bool {
    use sentence::word::{HE_SHE, PAPER, TECH};
    let all = layer.iter().fold(0, |a, b| a | b);
    if all & PAPER != 0 {
        return false;
    }
    let n = (0..d.tokens.len())
        .filter(|&k| layer[k] & TECH != 0 || code_cue(d, k))
        .take(2)
        .count();
    n == 2 || n == 1 && all & HE_SHE == 0
}

/// A code span ("`retry()`", not the quotes of "`` cline ''") or a snake_case or CONST_CASE
/// name ("max_retries", not the maths of a paper: "x_j"): code itself, not talk about software.
pub fn code_name(d: &Doc, k: usize) -> bool {
    let raw = d.raw(k).as_bytes();
    // Its text starts and ends right inside its backticks.
    let tight = |b: Option<&u8>| b.is_some_and(|&b| b != b' ');
    let inner = |b: &&u8| **b != b'`';
    let span = d.tokens[k].kind == TokenKind::Code
        && raw.last() == Some(&b'`')
        && tight(raw.iter().find(inner))
        && tight(raw.iter().rev().find(inner));
    let snake = raw
        .iter()
        .position(|&b| b == b'_')
        .is_some_and(|p| p > 1 && p + 2 < raw.len());
    span || d.tokens[k].ident && snake
}

/// A method call in pasted code ("stream.suck();", ".close()"): a word glued to a dot before
/// it and a bracket after. Its name is the code's, not the writer's word.
pub fn method_call(d: &Doc, k: usize) -> bool {
    let t = &d.tokens[k];
    let before = &d.text.as_bytes()[..t.start];
    let dot = before.last() == Some(&b'.') && before.len() > 1 && before[before.len() - 2] != b' ';
    dot && d.text[t.end..].starts_with('(')
}

/// Backticked code, a link, a snake_case or dotted name ("os.path"), or a call ("kill()",
/// "unicode(exc)", not "colleague(s)") at token `k`. A camelCase word is no cue: "iPhone",
/// "PowerPoint" and "LinkedIn" are in reviews too.
fn code_cue(d: &Doc, k: usize) -> bool {
    let t = &d.tokens[k];
    if matches!(t.kind, TokenKind::Code | TokenKind::Url) {
        return true;
    }
    if !t.ident {
        return d.is_word(k) && d.lw(k + 1) == "(" && d.lw(k + 2) == ")";
    }
    let raw = d.raw(k);
    let dotted = raw.len() >= 6 && raw.contains('.');
    let rest = &d.text[t.end..];
    let call = rest.starts_with('(') && !rest.starts_with("(s)");
    raw.contains('_') || dotted || call || rest.starts_with("::")
}

#[cfg(test)]
mod tests {
    use super::code_name;
    use crate::engine::text::tokenize;

    fn quotes_code(text: &str) -> bool {
        let d = tokenize(text);
        (0..d.tokens.len()).any(|k| code_name(&d, k))
    }

    #[test]
    fn code_names_are_identifiers_and_tight_code_spans() {
        assert!(quotes_code("Set max_retries to 3."));
        assert!(quotes_code("ENABLE_GLTF = 0 turns it off."));
        assert!(quotes_code("Call `retry()` once."));
        // Encyclopedia quote marks and a paper's maths are no code.
        assert!(!quotes_code(
            "The merger of ` Nordlandsposten' and ` Framtid'."
        ));
        assert!(!quotes_code("The `` cline '' is a gradient."));
        assert!(!quotes_code("Each $x_j$ is independent."));
        assert!(!quotes_code("She shipped the billing page."));
    }
}
