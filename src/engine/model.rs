//! The engine's public data: what `analyze` returns. This is a contract shared with the UI and
//! the evaluation harness (see `../shared/eval/metrics.py`); field names and kebab-case values
//! are stable.
use serde::{Deserialize, Serialize};

pub use super::rules::RuleId;

/// What kind of problem a finding names.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Vague,
    Personality,
    Harsh,
    Absolute,
    Hedging,
    Insincere,
    Structure,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Vague,
        Category::Personality,
        Category::Harsh,
        Category::Absolute,
        Category::Hedging,
        Category::Insincere,
        Category::Structure,
    ];

    /// The stable kebab-case id, as serialized.
    pub fn id(self) -> &'static str {
        match self {
            Category::Vague => "vague",
            Category::Personality => "personality",
            Category::Harsh => "harsh",
            Category::Absolute => "absolute",
            Category::Hedging => "hedging",
            Category::Insincere => "insincere",
            Category::Structure => "structure",
        }
    }

    /// A human label for the UI.
    pub fn label(self) -> &'static str {
        match self {
            Category::Vague => "Vague",
            Category::Personality => "About the person",
            Category::Harsh => "Harsh",
            Category::Absolute => "Absolute",
            Category::Hedging => "Hedging",
            Category::Insincere => "Insincere",
            Category::Structure => "Structure",
        }
    }
}

/// How much a finding matters. `Note`s are optional polish: a draft whose only findings are notes
/// is "ready to send".
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Note,
    Warning,
    Problem,
}

/// A rewrite: replace the bytes `start..end` of the analysed text with `replacement`.
/// Replacements may contain `[placeholders]` naming a fact only the writer knows.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// One flagged span. `start`/`end` are byte offsets into the analysed text, on char boundaries.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule; serialized as its stable kebab-case id (see `catalogue()`).
    pub rule: RuleId,
    pub category: Category,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    /// One line, specific to this occurrence.
    pub message: String,
    /// Why it matters, with its source.
    pub why: &'static str,
    pub suggestions: Vec<Suggestion>,
}

/// Where a draft sits on the Radical Candor matrix.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    RadicalCandor,
    ObnoxiousAggression,
    RuinousEmpathy,
    ManipulativeInsincerity,
    /// Too little signal either way (a plain technical note).
    Neutral,
}

impl Quadrant {
    pub fn id(self) -> &'static str {
        match self {
            Quadrant::RadicalCandor => "radical-candor",
            Quadrant::ObnoxiousAggression => "obnoxious-aggression",
            Quadrant::RuinousEmpathy => "ruinous-empathy",
            Quadrant::ManipulativeInsincerity => "manipulative-insincerity",
            Quadrant::Neutral => "neutral",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::RadicalCandor => "Radical Candor",
            Quadrant::ObnoxiousAggression => "Obnoxious Aggression",
            Quadrant::RuinousEmpathy => "Ruinous Empathy",
            Quadrant::ManipulativeInsincerity => "Manipulative Insincerity",
            Quadrant::Neutral => "Not enough signal yet",
        }
    }
}

/// Which parts of Situation–Behavior–Impact (+ next step) the draft contains.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sbi {
    pub situation: bool,
    pub behavior: bool,
    pub impact: bool,
    pub next_step: bool,
}

/// The matrix axis a signal moves.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Axis {
    Care,
    Challenge,
}

/// A phrase that moved one axis, for the matrix's "why here".
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Signal {
    pub axis: Axis,
    /// Positive raises the axis, negative lowers it (in score points before clamping).
    pub delta: f32,
    pub start: usize,
    pub end: usize,
    /// Short reason, e.g. "offers help" or "personal label".
    pub label: &'static str,
}

/// Care/challenge of one sentence (the matrix's faint dots).
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SentenceScore {
    pub start: usize,
    pub end: usize,
    pub care: f32,
    pub challenge: f32,
}

/// Everything the engine says about a draft.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Analysis {
    /// In text order (by `start`, then `end`).
    pub findings: Vec<Finding>,
    /// 0–100, 50 = no signal either way.
    pub care: f32,
    /// 0–100, 50 = no signal either way.
    pub challenge: f32,
    pub quadrant: Quadrant,
    /// 0–100: how anchored the draft is in concrete facts.
    pub specificity: f32,
    pub sbi: Sbi,
    pub sentences: Vec<SentenceScore>,
    pub signals: Vec<Signal>,
    pub word_count: usize,
}

/// What kind of feedback the draft is; tunes rules and rewrites.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    #[default]
    PerformanceReview,
    CodeReview,
    PeerFeedback,
    Praise,
}

impl Mode {
    pub const ALL: [Mode; 4] = [
        Mode::PerformanceReview,
        Mode::CodeReview,
        Mode::PeerFeedback,
        Mode::Praise,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Mode::PerformanceReview => "performance-review",
            Mode::CodeReview => "code-review",
            Mode::PeerFeedback => "peer-feedback",
            Mode::Praise => "praise",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Mode::PerformanceReview => "Performance review",
            Mode::CodeReview => "Code review",
            Mode::PeerFeedback => "Peer feedback",
            Mode::Praise => "Praise",
        }
    }
    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// Options for `analyze_with`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub mode: Mode,
    /// Rules turned off.
    pub disabled_rules: Vec<RuleId>,
}

/// A rule's documentation, shown by the UI's "why it matters" panel.
#[derive(Serialize, Clone, Copy, Debug, PartialEq)]
pub struct RuleDoc {
    pub id: RuleId,
    pub category: Category,
    pub severity: Severity,
    /// What it flags, one line.
    pub what: &'static str,
    /// Why it matters, with its source.
    pub why: &'static str,
    /// Where the "why" comes from (Radical Candor, SBI, growth mindset, …).
    pub source: &'static str,
    /// A sentence it flags (our own example).
    pub example: &'static str,
    /// A better way to say the example.
    pub instead: &'static str,
    /// Known false positives.
    pub known_false_positives: &'static str,
}
