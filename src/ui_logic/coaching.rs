//! What the coach panel says: quadrant readings, the next move toward Radical Candor, the SBI
//! hints, counts and the "ready to send" rule, the matrix trail. Plain functions over the
//! engine's `Analysis`, so the wording is tested natively.
use std::collections::VecDeque;

use crate::engine::{Analysis, Axis, Category, Finding, Mode, Quadrant, Sbi, Severity};

/// One glyph per category, shown beside the colour and the underline style (never colour alone).
pub fn category_icon(c: Category) -> &'static str {
    match c {
        Category::Vague => "≈",
        Category::Personality => "☺",
        Category::Harsh => "!",
        Category::Absolute => "∀",
        Category::Hedging => "~",
        Category::Insincere => "◇",
        Category::Structure => "¶",
    }
}

/// How each category's mark is underlined (matches the coach part of `style/app.css`).
pub fn category_underline(c: Category) -> &'static str {
    match c {
        Category::Vague => "dotted underline",
        Category::Personality => "double underline",
        Category::Harsh => "wavy underline",
        Category::Absolute => "solid underline",
        Category::Hedging => "dashed underline",
        Category::Insincere => "line above and below",
        Category::Structure => "hatched background",
    }
}

/// One line on where the draft sits. It places the draft, never the person.
pub fn quadrant_reading(q: Quadrant) -> &'static str {
    match q {
        Quadrant::RadicalCandor => "This draft reads as Radical Candor: it shows you care and says clearly what to change.",
        Quadrant::RuinousEmpathy => "This draft reads as Ruinous Empathy: warm, but it doesn't say what to change.",
        Quadrant::ObnoxiousAggression => "This draft reads as Obnoxious Aggression: it says what's wrong, but not that you care.",
        Quadrant::ManipulativeInsincerity => "This draft reads as Manipulative Insincerity: it neither shows care nor says what to change.",
        Quadrant::Neutral => "The draft reads as a neutral note: it neither shows care nor asks for a change yet.",
    }
}

/// The reading under the matrix, from the same numbers as the dot: a neutral draft that asks
/// for something, or is warm, is told what it lacks.
pub fn reading(a: &Analysis) -> &'static str {
    if a.quadrant != Quadrant::Neutral {
        return quadrant_reading(a.quadrant);
    }
    if a.challenge >= 55.0 {
        "Not placed yet: the draft asks something, but doesn't say what to change or why it matters to you."
    } else if a.care >= 55.0 {
        "Not placed yet: the draft is warm, but doesn't say what was good or what to change."
    } else {
        quadrant_reading(Quadrant::Neutral)
    }
}

/// The aria-label of the matrix: the draft's position in words.
pub fn matrix_description(a: &Analysis) -> String {
    format!(
        "Care/challenge matrix. The draft sits at challenge {} of 100 and care {} of 100: {}.",
        a.challenge.round() as i32,
        a.care.round() as i32,
        if a.quadrant == Quadrant::Neutral {
            "not enough signal to place it".to_string()
        } else {
            a.quadrant.label().to_string()
        }
    )
}

/// The flagged text of a finding, shortened for quoting.
pub fn quote(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end).unwrap_or("").trim();
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// The single change most likely to move the draft toward Radical Candor.
/// In praise mode warmth is the point: "one change" asks for the example, not for criticism.
pub fn next_move(mode: Mode, a: &Analysis, text: &str, visible: &[&Finding]) -> String {
    // The most severe finding of those categories (the earliest among equals).
    let first = |cats: &[Category]| {
        visible
            .iter()
            .filter(|f| cats.contains(&f.category) && f.severity != Severity::Note)
            .max_by_key(|f| (f.severity, std::cmp::Reverse(f.start)))
    };
    if text.trim().is_empty() {
        return "Start with one moment you saw: when it was, what they did, and why it mattered."
            .into();
    }
    match a.quadrant {
        Quadrant::RadicalCandor => {
            if let Some(f) = first(&Category::ALL) {
                format!("Keep the tone, and fix one thing first: {}", sentence(&f.message))
            } else if !a.sbi.next_step {
                "Keep it. Add a next step you can agree on, so it ends in action.".into()
            } else {
                "Keep it as it is: it is kind and clear. Read it once as the recipient would.".into()
            }
        }
        Quadrant::ObnoxiousAggression => {
            if let Some(f) = first(&[Category::Personality, Category::Harsh, Category::Absolute]) {
                format!("Rewrite “{}” to describe what happened, not who they are — then add why you care.", quote(text, f.start, f.end))
            } else {
                "Add one line that shows you care: what you value in their work, or how you will help.".into()
            }
        }
        Quadrant::RuinousEmpathy if mode == Mode::Praise => {
            match first(&[Category::Vague, Category::Hedging, Category::Insincere]) {
                Some(f) => format!("Make “{}” specific: what they did, and what it changed.", quote(text, f.start, f.end)),
                None => "Keep it, and name one moment: what they did, and what it changed.".into(),
            }
        }
        Quadrant::RuinousEmpathy => {
            if let Some(f) = first(&[Category::Vague, Category::Hedging, Category::Insincere]) {
                format!("Make “{}” specific, then name the one thing to change.", quote(text, f.start, f.end))
            } else {
                "Name the one thing to change, with an example: “In [situation], when you [behavior], [impact].”".into()
            }
        }
        Quadrant::ManipulativeInsincerity => {
            "Say plainly what you saw and why it matters to you; drop the hedges and the hollow praise.".into()
        }
        Quadrant::Neutral => {
            if let Some(f) = first(&Category::ALL) {
                format!(
                    "Start with “{}”: {}",
                    quote(text, f.start, f.end),
                    sentence(&f.message)
                )
            } else if a.sbi.behavior && !a.sbi.impact {
                "Say why it matters — the impact — and what you'd like next.".into()
            } else {
                "Add why it matters to you and what you'd like to see next.".into()
            }
        }
    }
}

/// A phrase that moved an axis, for "why here".
#[derive(Clone, Debug, PartialEq)]
pub struct SignalLine {
    pub axis: Axis,
    pub up: bool,
    pub quote: String,
    pub label: &'static str,
}

/// The signals grouped by axis (care first), strongest first, at most `per_axis` each.
pub fn signal_lines(a: &Analysis, text: &str, per_axis: usize) -> Vec<SignalLine> {
    let mut out = Vec::new();
    for axis in [Axis::Care, Axis::Challenge] {
        let mut sigs: Vec<_> = a
            .signals
            .iter()
            .filter(|s| s.axis == axis && s.delta != 0.0)
            .collect();
        crate::sort::sort_by(&mut sigs, |x, y| {
            y.delta
                .abs()
                .total_cmp(&x.delta.abs())
                .then(x.start.cmp(&y.start))
        });
        out.extend(sigs.into_iter().take(per_axis).map(|s| SignalLine {
            axis,
            up: s.delta > 0.0,
            quote: quote(text, s.start, s.end),
            label: s.label,
        }));
    }
    out
}

/// One row of the SBI checklist.
pub struct SbiItem {
    pub id: &'static str,
    pub label: &'static str,
    pub present: bool,
    pub hint: &'static str,
}

pub fn sbi_items(sbi: Sbi) -> [SbiItem; 4] {
    [
        SbiItem {
            id: "situation",
            label: "Situation",
            present: sbi.situation,
            hint: "Say when and where: “In Tuesday’s planning meeting…”",
        },
        SbiItem {
            id: "behavior",
            label: "Behavior",
            present: sbi.behavior,
            hint: "Describe what they did, as a camera would see it.",
        },
        SbiItem {
            id: "impact",
            label: "Impact",
            present: sbi.impact,
            hint: "Say what it caused: for the team, the user, or you.",
        },
        SbiItem {
            id: "next-step",
            label: "Next step",
            present: sbi.next_step,
            hint: "End with a request or a question: “Could we try…?”",
        },
    ]
}

/// Findings per category, in the catalogue's order, only those present.
pub fn counts(findings: &[&Finding]) -> Vec<(Category, usize)> {
    Category::ALL
        .into_iter()
        .map(|c| (c, findings.iter().filter(|f| f.category == c).count()))
        .filter(|&(_, n)| n > 0)
        .collect()
}

/// A draft is ready to send when it says something and only optional notes remain.
pub fn ready_to_send(text: &str, visible: &[&Finding]) -> bool {
    !text.trim().is_empty()
        && visible.iter().all(|f| f.severity == Severity::Note)
        && crate::ui_logic::placeholders::placeholder_spans(text).is_empty()
}

/// The screen-reader summary (announced politely, after typing pauses).
pub fn live_summary(text: &str, visible: &[&Finding]) -> String {
    if text.trim().is_empty() {
        return "The draft is empty.".into();
    }
    let n = visible.len();
    let notes = visible
        .iter()
        .filter(|f| f.severity == Severity::Note)
        .count();
    let main = match n - notes {
        0 => "No issues".to_string(),
        1 => "1 issue".to_string(),
        k => format!("{k} issues"),
    };
    let notes = match notes {
        0 => String::new(),
        1 => ", 1 optional note".into(),
        k => format!(", {k} optional notes"),
    };
    let ready = if ready_to_send(text, visible) {
        ". Ready to send."
    } else {
        "."
    };
    format!("{main}{notes}{ready}")
}

/// A stable key per finding that survives edits elsewhere in the draft: rule, flagged text and
/// which occurrence of that pair it is. Keyed lists re-render only cards that really changed.
pub fn finding_keys(text: &str, findings: &[&Finding]) -> Vec<String> {
    let bases: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{}\u{1f}{}\u{1f}{}",
                f.rule,
                text.get(f.start..f.end).unwrap_or(""),
                f.message
            )
        })
        .collect();
    // Which occurrence of its base each key is, from the bases sorted (stably, by position
    // among equals): a hash map of counts would cost the page its code.
    let mut order: Vec<usize> = (0..bases.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| bases[a].cmp(&bases[b]).then(a.cmp(&b)));
    let mut nth = vec![1u32; bases.len()];
    for w in order.windows(2) {
        if bases[w[0]] == bases[w[1]] {
            nth[w[1]] = nth[w[0]] + 1;
        }
    }
    bases
        .iter()
        .zip(nth)
        .map(|(base, n)| format!("{base}\u{1f}{n}"))
        .collect()
}

/// The matrix's trail: the draft's last few positions, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trail {
    points: VecDeque<(f32, f32)>,
}

pub const TRAIL_LEN: usize = 5;

impl Trail {
    /// Add a position (challenge, care) if it moved visibly from the last one.
    pub fn push(&mut self, challenge: f32, care: f32) -> bool {
        if let Some(&(x, y)) = self.points.back() {
            if (x - challenge).abs() < 1.0 && (y - care).abs() < 1.0 {
                return false;
            }
        }
        self.points.push_back((challenge, care));
        while self.points.len() > TRAIL_LEN + 1 {
            self.points.pop_front();
        }
        true
    }

    /// Past positions (not the current one), oldest first.
    pub fn past(&self) -> Vec<(f32, f32)> {
        let n = self.points.len().saturating_sub(1);
        self.points.iter().take(n).copied().collect()
    }

    pub fn clear(&mut self) {
        self.points.clear();
    }
}

/// A finding's message as the end of a sentence: one full stop, or its own "?" or "!".
fn sentence(message: &str) -> String {
    let m = message.trim_end();
    if m.ends_with(['.', '?', '!']) {
        m.to_string()
    } else {
        format!("{m}.")
    }
}
