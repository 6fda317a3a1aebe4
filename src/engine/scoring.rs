//! Where the draft sits: care and challenge (0–100, 50 = no signal), the quadrant, specificity,
//! SBI presence, per-sentence scores, and the signals that moved each axis.
use super::context::Cx;
use super::model::{Axis, Category, Finding, Quadrant, Sbi, SentenceScore, Signal};
use super::rules::RuleId;
use super::sentence;
use super::text::TokenKind;
use super::vocab::{self, Tag};
use crate::engine::case::Case;
use crate::engine::vocab::words::List;

const SCALE: f32 = 30.0;

fn to_score(sum: f32, sentences: usize) -> f32 {
    let k = ((sentences as f32) / 2.0).max(1.0).sqrt();
    (50.0 + 50.0 * (sum / SCALE / k).tanh()).clamp(0.0, 100.0)
}

pub struct Scores {
    pub care: f32,
    pub challenge: f32,
    pub quadrant: Quadrant,
    pub specificity: f32,
    pub sbi: Sbi,
    pub sentences: Vec<SentenceScore>,
    pub signals: Vec<Signal>,
    /// The first sentence that criticises (for `missing-sbi`).
    pub critical_sentence: Option<usize>,
}

/// Care between these is neither warm nor cold: with any challenge, the draft is neutral.
pub const NEUTRAL_CARE: (f32, f32) = (45.0, 55.0);

/// Where `quadrant` says Neutral, as rectangles (challenge from, to; care from, to) the matrix
/// draws, so the dot and the reading under it always agree.
pub const NEUTRAL_ZONE: [(f32, f32, f32, f32); 4] = [
    (47.0, 54.0, 0.0, 100.0),
    (54.0, 55.0, 40.0, 100.0),
    (55.0, 100.0, 40.0, 55.0),
    (0.0, 47.0, 45.0, 55.0),
];

pub fn quadrant(care: f32, challenge: f32) -> Quadrant {
    if care >= 55.0 && challenge >= 55.0 {
        Quadrant::RadicalCandor
    } else if care < 40.0 && challenge >= 54.0 {
        Quadrant::ObnoxiousAggression
    } else if care >= 55.0 && challenge < 47.0 {
        Quadrant::RuinousEmpathy
    } else if care < 45.0 && challenge < 47.0 {
        Quadrant::ManipulativeInsincerity
    } else {
        Quadrant::Neutral
    }
}

/// The running sums of one analysis: every signal, and care and challenge per sentence.
struct Tally {
    signals: Vec<Signal>,
    care: Vec<f32>,
    challenge: Vec<f32>,
    /// The sentence praises or thanks.
    praise_in: Vec<bool>,
    /// The sentence names a problem or a concern.
    problem_in: Vec<bool>,
    /// The sentence asks for something or proposes a next step.
    next_step_in: Vec<bool>,
    /// The first sentence that criticises.
    critical: Option<usize>,
}

impl Tally {
    fn new(sentences: usize) -> Self {
        Tally {
            signals: Vec::new(),
            care: vec![0.0; sentences],
            challenge: vec![0.0; sentences],
            praise_in: vec![false; sentences],
            problem_in: vec![false; sentences],
            next_step_in: vec![false; sentences],
            critical: None,
        }
    }

    /// Record that `start..end` (in sentence `si`) moves `axis` by `delta`.
    fn add(
        &mut self,
        axis: Axis,
        si: usize,
        delta: f32,
        span: (usize, usize),
        label: &'static str,
    ) {
        if delta != 0.0 {
            self.signals.push(Signal {
                axis,
                delta,
                start: span.0,
                end: span.1,
                label,
            });
        }
        match axis {
            Axis::Care => self.care[si] += delta,
            Axis::Challenge => self.challenge[si] += delta,
        }
    }

    /// Both axes at once (a phrase signal or a finding's effect).
    fn add_both(
        &mut self,
        si: usize,
        care: f32,
        chal: f32,
        span: (usize, usize),
        label: &'static str,
    ) {
        self.add(Axis::Care, si, care, span, label);
        self.add(Axis::Challenge, si, chal, span, label);
    }
}

/// Score a draft in named stages: phrase signals, sentence shape, findings, headings.
pub fn score(cx: &Cx, findings: &[Finding]) -> Scores {
    let d = cx.doc;
    let ns = d.sentences.len();
    let mut t = Tally::new(ns);
    phrase_signals(cx, &mut t);
    // A problem named inside thanks ("your review saved us a bug") is praise, not criticism.
    // Nor is a sentence the sentence layer reads as praise only ("He does not make errors in
    // his work", "never steps a foot wrong").
    t.critical = (0..ns).find(|&si| {
        let v = cx.views[si];
        t.problem_in[si] && !t.praise_in[si] && (v.criticism || !v.praise)
    });
    for si in 0..ns {
        sentence_shape(cx, si, &mut t);
    }
    finding_effects(cx, findings, &mut t);
    mute_headings(cx, &mut t);
    finish(cx, findings, t)
}

/// Stage 1. Phrase signals: longest match wins; negated negatives ("not bad") don't count.
fn phrase_signals(cx: &Cx, t: &mut Tally) {
    let d = cx.doc;
    let mut covered = 0usize;
    for m in &cx.matches {
        let Tag::Signal(care, chal, label) = m.tag else {
            continue;
        };
        if m.start < covered || solved(cx, m.start) {
            continue;
        }
        covered = m.end;
        // "thanks for nothing": mock praise warms no one.
        if care > 0.0 && sentence::mock_praise(cx, m.start) {
            continue;
        }
        let (care, chal) = negate_signal(cx, m.start, care, chal);
        let si = d.tokens[m.start].sentence;
        t.add_both(si, care, chal, d.span(m.start, m.end), label);
        if crate::engine::vocab::words::List("praise|thanks|appreciation").contains(&label) {
            t.praise_in[si] = true;
        }
        let asks =
            crate::engine::vocab::words::List("request|next step|polite request|shared next step")
                .contains(&label);
        if chal > 0.0 && asks {
            t.next_step_in[si] = true;
        }
        if chal >= 5.0
            && crate::engine::vocab::words::List("names a problem|names a concern").contains(&label)
        {
            t.problem_in[si] = true;
        }
    }
}

/// "a knack for solving hard problems", "her approach to problems": problems solved (the
/// sentence layer reads no criticism in them) are no problem named.
fn solved(cx: &Cx, k: usize) -> bool {
    cx.doc.lower(k).starts_with("problem") && !cx.has(k, sentence::word::CRITICISED)
}

/// A signal under negation: "not bad" is mild approval, "not great" a criticism.
fn negate_signal(cx: &Cx, i: usize, care: f32, chal: f32) -> (f32, f32) {
    let negated =
        !cx.is(i, vocab::class::NEGATOR) && !cx.doc.lower(i).ends_with("n't") && cx.negated(i, 2);
    if !negated {
        (care, chal)
    } else if care < 0.0 {
        (1.0, 0.0) // "not bad", "isn't wrong"
    } else if care > 0.0 && chal < 0.0 {
        (0.0, 4.0) // "not great", "not helpful": a criticism
    } else if care == 0.0 && chal > 0.0 {
        (0.0, 0.0) // "never misses", "no errors": a problem denied is none
    } else {
        (care, chal)
    }
}

/// Stage 2. Sentence shape: an imperative opening, who the sentence opens with, a correction,
/// a question, praise next to an anchor.
fn sentence_shape(cx: &Cx, si: usize, t: &mut Tally) {
    let d = cx.doc;
    let s = &d.sentences[si];
    let k = first_content_token(cx, si);
    if k < s.tokens.end && opens_with_imperative(cx, k) {
        t.add(Axis::Challenge, si, 8.0, d.span(k, k + 1), "request");
        t.next_step_in[si] = true;
    } else if let Some(k) = s
        .tokens
        .clone()
        .filter(|_| cx.views[si].request)
        .find(|&k| crate::engine::sentence::asks_softly(cx, k))
    {
        // "… you can just remove them", "I'd prefer if you …": a step offered or wished for is
        // a next step.
        t.add(Axis::Challenge, si, 8.0, d.span(k, k + 2), "request");
        t.next_step_in[si] = true;
    }
    // How the sentence opens: "You …" reads as pointing a finger, "I …" as owning the view.
    if k < s.tokens.end {
        let delta = match d.lower(k) {
            w if List("you|your|you're|u").contains(&w) => -2.0,
            w if List("i|i'm|i'd|i've|we|we're|let's").contains(&w) => 1.0,
            _ => 0.0,
        };
        if delta != 0.0 {
            let label = if delta < 0.0 {
                "points at the reader"
            } else {
                "owns the view"
            };
            t.add(Axis::Care, si, delta, d.span(k, k + 1), label);
        }
    }
    if let Some(k) = correction_arrow(cx, si) {
        t.add(
            Axis::Challenge,
            si,
            8.0,
            d.span(k, k + 1),
            "suggests a correction",
        );
        t.next_step_in[si] = true;
    }
    let facts = cx.facts[si];
    if facts.question {
        t.add(
            Axis::Challenge,
            si,
            11.0,
            (s.start, s.end),
            "asks a question",
        );
        // (In a thread about code, a question about the code asks its author to check it:
        // "Is that safe if the worker already exited?")
        if facts.person || cx.code_thread() {
            t.next_step_in[si] = true;
        }
    }
    // A sentence that criticises (the sentence layer, negation included) challenges.
    if cx.views[si].criticism && !t.problem_in[si] {
        t.add(Axis::Challenge, si, 4.0, (s.start, s.end), "criticises");
    }
    // Specific appreciation: praise next to a concrete anchor counts double.
    if facts.anchor && t.praise_in[si] {
        t.add(
            Axis::Care,
            si,
            5.0,
            (s.start, s.end),
            "specific appreciation",
        );
    }
}

/// The first token of sentence `si` after list markers and review labels ("- ", "1.", "nit:",
/// "suggestion (non-blocking):"), looking at most six tokens in.
fn first_content_token(cx: &Cx, si: usize) -> usize {
    let d = cx.doc;
    let s = &d.sentences[si];
    let mut k = s.tokens.start;
    let lead =
        |k: usize| d.tokens[k].kind != TokenKind::Word || cx.has(k, sentence::word::REVIEW_LEAD);
    while k < s.tokens.end && lead(k) && k < s.tokens.start + 6 {
        k += 1;
    }
    k
}

/// "Add a test …", but not "Add you …" or "Test is …".
fn opens_with_imperative(cx: &Cx, k: usize) -> bool {
    let d = cx.doc;
    d.tokens[k].kind == TokenKind::Word
        && cx.is(k, vocab::class::IMPERATIVE)
        && !crate::engine::vocab::words::List("you|we|i|it|is|are|was").contains(&d.lw(k + 1))
}

/// A correction inside sentence `si`: "teh -> the", "foo → bar".
fn correction_arrow(cx: &Cx, si: usize) -> Option<usize> {
    let d = cx.doc;
    let s = &d.sentences[si];
    let joined = |a: usize, b: usize| b < d.tokens.len() && d.tokens[a].end == d.tokens[b].start;
    s.tokens.clone().find(|&k| {
        let t = &d.tokens[k];
        if t.kind != TokenKind::Punct || !matches!(d.text.as_bytes()[t.start], b'-' | 0xE2) {
            return false;
        }
        let w = d.lower(k);
        let arrow = w == "-"
            && ((joined(k, k + 1) && d.lower(k + 1) == ">")
                || (joined(k, k + 1)
                    && d.lower(k + 1) == "-"
                    && joined(k + 1, k + 2)
                    && d.lower(k + 2) == ">"));
        (w == "→" || w == "⇒" || arrow) && k > s.tokens.start
    })
}

/// Stage 3. Each finding moves the axes by its rule's `effect`; criticism marks its sentence.
fn finding_effects(cx: &Cx, findings: &[Finding], t: &mut Tally) {
    for f in findings {
        let effect = f.rule.rule().effect;
        if effect.label.is_empty() {
            continue;
        }
        let si = sentence_of(cx, f.start);
        t.add_both(
            si,
            effect.care,
            effect.challenge,
            (f.start, f.end),
            effect.label,
        );
        // A label or absolute in praise ("Dana is a dependable engineer", "always helpful") is
        // no criticism: missing-sbi does not ask praise for an impact and a next step. Nor is
        // innate-ability praise ("a born leader"), which names no praise word.
        let v = cx.views[si];
        let praise_only = (v.praise || f.rule == RuleId::FixedMindset) && !v.criticism;
        let critical = matches!(
            f.category,
            Category::Harsh | Category::Personality | Category::Absolute
        ) && !praise_only
            || f.rule == RuleId::VagueCriticism;
        if critical {
            t.critical = Some(t.critical.map_or(si, |c| c.min(si)));
        }
    }
}

/// Stage 4. A heading ("Minor issues:", "Concerns:") announces challenge but isn't one.
fn mute_headings(cx: &Cx, t: &mut Tally) {
    let d = cx.doc;
    for (si, sent) in d.sentences.iter().enumerate() {
        let last = sent.tokens.end - 1;
        if t.challenge[si] <= 0.0 || d.lower(last) != ":" || sent.tokens.len() > 12 {
            continue;
        }
        let words = sent
            .tokens
            .clone()
            .filter(|&k| d.tokens[k].kind == TokenKind::Word)
            .count();
        if words <= 6 {
            t.challenge[si] = 0.0;
        }
    }
}

/// Stage 5. Totals, the quadrant, per-sentence scores, SBI and specificity.
fn finish(cx: &Cx, findings: &[Finding], mut t: Tally) -> Scores {
    let d = cx.doc;
    let ns = d.sentences.len();
    let care = to_score(t.care.iter().sum(), ns);
    let challenge = to_score(t.challenge.iter().sum(), ns);
    let sentences = d
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceScore {
            start: s.start,
            end: s.end,
            care: to_score(t.care[i], 1),
            challenge: to_score(t.challenge[i], 1),
        })
        .collect();
    crate::sort::sort_by_key(&mut t.signals, |s| (s.start, s.end));
    // A bare question or a polite request that praises, criticises and names nothing ("What do
    // you think?") is not yet Radical Candor: the dot stays in the neutral zone, whatever the
    // politeness and question signals add up to.
    let substance = cx
        .views
        .iter()
        .any(|v| v.praise || v.criticism || v.specific || v.label.is_some())
        || findings.iter().any(|f| f.category != Category::Structure);
    let only_questions = cx.facts.iter().all(|f| f.question);
    let care = if substance || !only_questions {
        care
    } else {
        care.clamp(NEUTRAL_CARE.0, NEUTRAL_CARE.1 - 1.0)
    };
    let quadrant = if d.tokens.is_empty() {
        Quadrant::Neutral
    } else {
        quadrant(care, challenge)
    };
    Scores {
        care,
        challenge,
        quadrant,
        specificity: specificity(cx, findings),
        sbi: sbi(cx, next_step(cx, findings, &t.next_step_in)),
        sentences,
        signals: t.signals,
        critical_sentence: t.critical,
    }
}

fn sentence_of(cx: &Cx, byte: usize) -> usize {
    let s = &cx.doc.sentences;
    match s.binary_search_by(|x| x.start.cmp(&byte)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

fn specificity(cx: &Cx, findings: &[Finding]) -> f32 {
    let ns = cx.facts.len().max(1) as f32;
    let anchors: f32 = cx.facts.iter().map(|f| f.anchor_weight + f.detail).sum();
    let words = cx
        .doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count() as f32;
    let x = 0.45 * anchors / ns.sqrt() + 0.012 * words.min(150.0);
    let vague = findings
        .iter()
        .filter(|f| f.category == Category::Vague)
        .count() as f32;
    // Sentences that name something concrete count; many vague findings (one per sentence of a
    // long review) stop counting after three.
    let specific = cx.views.iter().filter(|v| v.specific).count().min(3) as f32;
    (100.0 * (1.0 - (-x).exp()) - 10.0 * vague.min(3.0) + 8.0 * specific).clamp(0.0, 100.0)
}

/// A sentence that asks for something is a next step unless the ask is itself vague or a
/// verdict: "Going forward, be better.", "Next time, don't be so lazy.", "Why are you like
/// this?" name nothing to do.
fn next_step(cx: &Cx, findings: &[Finding], asks: &[bool]) -> bool {
    let d = cx.doc;
    asks.iter().enumerate().any(|(si, &asks)| {
        let s = &d.sentences[si];
        let why = d.lw(s.tokens.start) == "why";
        let vague = findings.iter().any(|f| {
            matches!(
                f.category,
                Category::Vague | Category::Personality | Category::Harsh
            ) && f.start >= s.start
                && f.end <= s.end
        });
        // "don't be so lazy", "be less negative": a trait to drop, not a step to take.
        let trait_demand = s.tokens.clone().any(|k| {
            let adj =
                if crate::engine::vocab::words::List("so|too|less|more").contains(&d.lw(k + 1)) {
                    k + 2
                } else {
                    k + 1
                };
            d.lower(k) == "be"
                && adj < s.tokens.end
                && cx.is(adj, vocab::class::TRAIT | vocab::class::NEGATIVE)
        });
        asks && !why && !vague && !trait_demand
    })
}

/// Is token `i` a behavior someone showed, not one demanded ("need to improve", "should
/// listen")?
fn observed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let prev = d.lw(i.wrapping_sub(1));
    !crate::engine::vocab::words::List("to|should|must|could|would|can|will|please|be")
        .contains(&prev)
}

/// A work artifact is a situation only when it is pointed at ("in the `parse` function", "this
/// test", "line 12"), not in "step up" or "test everything".
fn placed(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let artifact = cx.has(i, sentence::word::ARTIFACT);
    !artifact
        || crate::engine::vocab::words::List("the|this|that|in|on|at|your|my|our|its")
            .contains(&d.lw(i.wrapping_sub(1)))
        || d.tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
}

/// "impact", "effect", "result" name an impact only when they say what it was ("the impact on
/// the team was …", "as a result, …"), not "the impact was huge".
fn names_impact(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let w = d.lower(i);
    if !crate::engine::vocab::words::List("impact|impacts|effect|effects|result|results")
        .contains(&w)
    {
        return true;
    }
    let as_a_result =
        w == "result" && d.lw(i.wrapping_sub(1)) == "a" && d.lw(i.wrapping_sub(2)) == "as";
    as_a_result
        || (1..=3)
            .any(|k| crate::engine::vocab::words::List("on|of|that|in").contains(&d.lw(i + k)))
}

/// "… and she stopped sharing her concerns", "two customers left": someone's loss after what
/// happened.
fn consequence_verb(cx: &Cx, i: usize) -> bool {
    let d = cx.doc;
    let verb = cx.has(i, sentence::word::CONSEQUENCE);
    let who = d.lw(i.wrapping_sub(1));
    // "the designer stopped", "two customers left": a determined noun is someone too.
    let determined = crate::engine::vocab::words::List("the|two|three|several|our|his|her|their|a")
        .contains(&d.lw(i.wrapping_sub(2)));
    let person = determined && d.is_word(i.wrapping_sub(1))
        || crate::engine::vocab::words::List(
            "she|he|they|we|team|customers|customer|people|users|everyone|nobody",
        )
        .contains(&who)
        || i > 0 && d.tokens[i - 1].capitalized && d.tokens[i - 1].kind == TokenKind::Word;
    verb && person
}

fn sbi(cx: &Cx, next_step: bool) -> Sbi {
    use vocab::class;
    let d = cx.doc;
    let mut out = Sbi {
        next_step,
        ..Sbi::default()
    };
    for i in 0..d.tokens.len() {
        let t = &d.tokens[i];
        match t.kind {
            TokenKind::Code => out.behavior = true,
            TokenKind::Word => {
                let fl = cx.flags[i];
                if !out.situation
                    && (fl & class::SITUATION != 0 && placed(cx, i)
                        || (t.end - t.start > 5 && d.lower(i).ends_with("day")))
                {
                    out.situation = true;
                }
                if !out.behavior
                    && (fl & class::ACTION != 0 && observed(cx, i)
                        || (fl & class::PERSON != 0
                            && d.lw(i + 1).ends_with("ed")
                            && d.lw(i + 1) != "need"))
                {
                    out.behavior = true;
                }
                if !out.impact {
                    // "..., so two people missed", "which meant": a consequence follows.
                    let len = t.end - t.start;
                    let consequence = i > 0
                        && ((len == 2 && d.lower(i) == "so" && d.lower(i - 1) == ",")
                            || (len == 5 && d.lower(i) == "meant" && d.lower(i - 1) == "which"));
                    if fl & class::IMPACT != 0 && names_impact(cx, i)
                        || consequence
                        || consequence_verb(cx, i)
                    {
                        out.impact = true;
                    }
                }
                if out.situation && out.behavior && out.impact {
                    break;
                }
            }
            _ => {}
        }
    }
    out
}

/// A `[placeholder]` names the part the writer will fill in: "[where, …]" is the situation,
/// "[what Sam did, …]" the behavior, "[impact, …]" the impact, "[next step, …]" the next step.
/// `missing-sbi` counts them as said (the unfilled-placeholder note asks to fill them); the
/// checklist does not tick them.
pub(crate) fn placeholder_parts(cx: &Cx, mut out: Sbi) -> Sbi {
    for (a, b) in crate::engine::placeholders::placeholders(cx.doc) {
        let inner = cx.doc.text[a + 1..b - 1].lowercase();
        let head = inner.split(',').next().unwrap_or("").trim();
        match head {
            w if crate::engine::vocab::words::List("where|when|situation|which meeting")
                .contains(&w) =>
            {
                out.situation = true
            }
            "impact" | "the impact" | "the effect it had" => out.impact = true,
            h if h.starts_with("next step") || h.starts_with("my next step") => {
                out.next_step = true
            }
            h if h.starts_with("what ") && (h.ends_with(" did") || h == "what happened") => {
                out.behavior = true
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matrix draws `NEUTRAL_ZONE`; `quadrant` must say Neutral exactly there.
    #[test]
    fn the_drawn_neutral_zone_is_where_the_quadrant_is_neutral() {
        for i in 0..=200 {
            for j in 0..=200 {
                let (challenge, care) = (i as f32 / 2.0, j as f32 / 2.0);
                let inside = NEUTRAL_ZONE.iter().any(|&(x0, x1, y0, y1)| {
                    (x0..x1).contains(&challenge) && (y0..y1).contains(&care)
                        || x1 == 100.0 && challenge == 100.0 && (y0..y1).contains(&care)
                        || y1 == 100.0 && care == 100.0 && (x0..x1).contains(&challenge)
                });
                let neutral = quadrant(care, challenge) == Quadrant::Neutral;
                assert_eq!(inside, neutral, "challenge {challenge}, care {care}");
            }
        }
    }

    #[test]
    fn a_bare_question_or_vague_request_is_not_radical_candor() {
        for text in [
            "What do you think?",
            "Could you be nicer?",
            "Please do better.",
        ] {
            let a = crate::engine::analyze(text);
            assert_ne!(a.quadrant, Quadrant::RadicalCandor, "{text}");
        }
        let a = crate::engine::analyze(
            "Thanks for the migration guide, it saved the on-call team an hour on Tuesday. Could you add the rollback steps by Friday?",
        );
        assert_eq!(a.quadrant, Quadrant::RadicalCandor);
    }
}
