//! Where the draft sits: care and challenge (0–100, 50 = no signal), the quadrant, specificity,
//! SBI presence, per-sentence scores, and the signals that moved each axis.
use super::context::Cx;
use super::model::{Axis, Finding, Quadrant, Sbi, SentenceScore, Signal};
use super::text::TokenKind;
use super::vocab::{self, Tag};

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

fn push(
    signals: &mut Vec<Signal>,
    axis: Axis,
    delta: f32,
    start: usize,
    end: usize,
    label: &'static str,
) {
    if delta != 0.0 {
        signals.push(Signal {
            axis,
            delta,
            start,
            end,
            label,
        });
    }
}

pub fn score(cx: &Cx, findings: &[Finding]) -> Scores {
    let d = cx.doc;
    let mut signals: Vec<Signal> = Vec::new();
    // Per-sentence sums, indexed by sentence.
    let ns = d.sentences.len();
    let mut care_s = vec![0.0f32; ns];
    let mut chal_s = vec![0.0f32; ns];
    let mut praise_in = vec![false; ns];
    let mut next_step = false;
    let mut problem_in = vec![false; ns];

    // 1. Phrase signals: longest match wins; negated negatives ("not bad") don't count.
    let mut covered = 0usize;
    for m in &cx.matches {
        let Tag::Signal(care, chal, label) = m.tag else {
            continue;
        };
        if m.start < covered {
            continue;
        }
        covered = m.end;
        let first = d.lower(m.start);
        let negated = !cx.is(m.start, vocab::class::NEGATOR)
            && !first.ends_with("n't")
            && cx.negated(m.start, 2);
        let (care, chal) = if negated {
            if care < 0.0 {
                (1.0, 0.0) // "not bad", "isn't wrong"
            } else if care > 0.0 && chal < 0.0 {
                (0.0, 4.0) // "not great", "not helpful": a criticism
            } else {
                (care, chal)
            }
        } else {
            (care, chal)
        };
        let (s, e) = d.span(m.start, m.end);
        let si = d.tokens[m.start].sentence;
        push(&mut signals, Axis::Care, care, s, e, label);
        push(&mut signals, Axis::Challenge, chal, s, e, label);
        care_s[si] += care;
        chal_s[si] += chal;
        if matches!(label, "praise" | "thanks" | "appreciation") {
            praise_in[si] = true;
        }
        if chal > 0.0
            && matches!(
                label,
                "request" | "next step" | "polite request" | "shared next step"
            )
        {
            next_step = true;
        }
        if chal >= 5.0 && matches!(label, "names a problem" | "names a concern") {
            problem_in[si] = true;
        }
    }
    // A problem named inside thanks ("your review saved us a bug") is praise, not criticism.
    let mut critical: Option<usize> = (0..ns).find(|&si| problem_in[si] && !praise_in[si]);

    // 2. Sentence shape: imperatives and questions.
    for (si, s) in d.sentences.iter().enumerate() {
        let mut k = s.tokens.start;
        // Skip list markers and review labels: "- ", "1.", "nit:", "suggestion (non-blocking):".
        while k < s.tokens.end
            && (d.tokens[k].kind != TokenKind::Word
                || matches!(
                    d.lower(k),
                    "nit"
                        | "minor"
                        | "suggestion"
                        | "issue"
                        | "question"
                        | "todo"
                        | "optional"
                        | "also"
                        | "and"
                        | "so"
                        | "then"
                        | "now"
                        | "maybe"
                        | "pls"
                ))
            && k < s.tokens.start + 6
        {
            k += 1;
        }
        if k < s.tokens.end
            && d.tokens[k].kind == TokenKind::Word
            && cx.is(k, vocab::class::IMPERATIVE)
            && !matches!(
                d.lw(k + 1),
                "you" | "we" | "i" | "it" | "is" | "are" | "was"
            )
        {
            let (a, b) = (d.tokens[k].start, d.tokens[k].end);
            push(&mut signals, Axis::Challenge, 8.0, a, b, "request");
            chal_s[si] += 8.0;
            next_step = true;
        }
        // How the sentence opens: "You …" reads as pointing a finger, "I …" as owning the view.
        if k < s.tokens.end {
            let first = d.lower(k);
            let delta = match first {
                "you" | "your" | "you're" | "u" => -2.0,
                "i" | "i'm" | "i'd" | "i've" | "we" | "we're" | "let's" => 1.0,
                _ => 0.0,
            };
            if delta != 0.0 {
                let (a, b) = (d.tokens[k].start, d.tokens[k].end);
                push(
                    &mut signals,
                    Axis::Care,
                    delta,
                    a,
                    b,
                    if delta < 0.0 {
                        "points at the reader"
                    } else {
                        "owns the view"
                    },
                );
                care_s[si] += delta;
            }
        }
        // A correction: "teh -> the", "foo → bar", "s/old/new/".
        if let Some(k) = s.tokens.clone().find(|&k| {
            let t = &d.tokens[k];
            if t.kind != TokenKind::Punct || !matches!(d.text.as_bytes()[t.start], b'-' | 0xE2) {
                return false;
            }
            let w = d.lower(k);
            let joined =
                |a: usize, b: usize| b < d.tokens.len() && d.tokens[a].end == d.tokens[b].start;
            let arrow = w == "-"
                && ((joined(k, k + 1) && d.lower(k + 1) == ">")
                    || (joined(k, k + 1)
                        && d.lower(k + 1) == "-"
                        && joined(k + 1, k + 2)
                        && d.lower(k + 2) == ">"));
            (w == "→" || w == "⇒" || arrow) && k > s.tokens.start
        }) {
            let (a, b) = (d.tokens[k].start, d.tokens[k].end);
            push(
                &mut signals,
                Axis::Challenge,
                8.0,
                a,
                b,
                "suggests a correction",
            );
            chal_s[si] += 8.0;
            next_step = true;
        }
        if cx.facts[si].question {
            push(
                &mut signals,
                Axis::Challenge,
                11.0,
                s.start,
                s.end,
                "asks a question",
            );
            chal_s[si] += 11.0;
            if cx.facts[si].person {
                next_step = true;
            }
        }
        // Specific appreciation: praise next to a concrete anchor counts double.
        if cx.facts[si].anchor && praise_in[si] {
            push(
                &mut signals,
                Axis::Care,
                5.0,
                s.start,
                s.end,
                "specific appreciation",
            );
            care_s[si] += 5.0;
        }
    }

    // 3. Findings.
    for f in findings {
        let effect = f.rule.rule().effect;
        let (care, chal, label) = (effect.care, effect.challenge, effect.label);
        if label.is_empty() {
            continue;
        }
        let si = sentence_of(cx, f.start);
        push(&mut signals, Axis::Care, care, f.start, f.end, label);
        push(&mut signals, Axis::Challenge, chal, f.start, f.end, label);
        care_s[si] += care;
        chal_s[si] += chal;
        if matches!(
            f.category,
            super::model::Category::Harsh
                | super::model::Category::Personality
                | super::model::Category::Absolute
        ) || f.rule == "vague-criticism"
        {
            critical = Some(critical.map_or(si, |c| c.min(si)));
        }
    }

    // A heading ("Minor issues:", "Concerns:") announces challenge but isn't one.
    for (si, sent) in d.sentences.iter().enumerate() {
        let last = sent.tokens.end - 1;
        if chal_s[si] <= 0.0 || d.lower(last) != ":" || sent.tokens.len() > 12 {
            continue;
        }
        let words = sent
            .tokens
            .clone()
            .filter(|&k| d.tokens[k].kind == TokenKind::Word)
            .count();
        if words <= 6 {
            chal_s[si] = 0.0;
        }
    }
    let care_sum: f32 = care_s.iter().sum();
    let chal_sum: f32 = chal_s.iter().sum();
    let care = to_score(care_sum, ns);
    let challenge = to_score(chal_sum, ns);
    let sentences = d
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceScore {
            start: s.start,
            end: s.end,
            care: to_score(care_s[i], 1),
            challenge: to_score(chal_s[i], 1),
        })
        .collect();
    signals.sort_by_key(|s| (s.start, s.end));

    let sbi = sbi(cx, next_step);
    let specificity = specificity(cx, findings);
    let quadrant = if d.tokens.is_empty() {
        Quadrant::Neutral
    } else {
        quadrant(care, challenge)
    };
    Scores {
        care,
        challenge,
        quadrant,
        specificity,
        sbi,
        sentences,
        signals,
        critical_sentence: critical,
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
        .filter(|f| f.category == super::model::Category::Vague)
        .count() as f32;
    (100.0 * (1.0 - (-x).exp()) - 10.0 * vague).clamp(0.0, 100.0)
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
                    && (fl & class::SITUATION != 0
                        || (t.end - t.start > 5 && d.lower(i).ends_with("day")))
                {
                    out.situation = true;
                }
                if !out.behavior
                    && (fl & class::ACTION != 0
                        || (fl & class::PERSON != 0 && d.lw(i + 1).ends_with("ed")))
                {
                    out.behavior = true;
                }
                if !out.impact {
                    // "..., so two people missed", "which meant": a consequence follows.
                    let len = t.end - t.start;
                    let consequence = i > 0
                        && ((len == 2 && d.lower(i) == "so" && d.lower(i - 1) == ",")
                            || (len == 5 && d.lower(i) == "meant" && d.lower(i - 1) == "which"));
                    if fl & class::IMPACT != 0 || consequence {
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
