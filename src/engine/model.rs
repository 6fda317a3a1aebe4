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

impl Finding {
    /// The same finding in a text where the analysed one starts `by` bytes later.
    pub fn shifted(mut self, by: usize) -> Finding {
        self.start += by;
        self.end += by;
        for s in &mut self.suggestions {
            s.start += by;
            s.end += by;
        }
        self
    }
}

/// Where a draft sits on the Radical Candor matrix.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Quadrant {
    RadicalCandor,
    ObnoxiousAggression,
    RuinousEmpathy,
    ManipulativeInsincerity,
    /// Too little signal either way (a plain technical note).
    #[default]
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
    /// Code review only: each comment of the draft and its proposed Conventional Comments label
    /// (`conventional.rs`); empty in the other modes.
    #[serde(default)]
    pub comments: Vec<CommentVerdict>,
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

/// A Conventional Comments label (https://conventionalcomments.org): what a code-review comment
/// does. Serialized as the spec's lowercase word.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewLabel {
    Praise,
    Nitpick,
    Suggestion,
    Issue,
    Todo,
    Question,
    Thought,
    Chore,
    Note,
}

impl ReviewLabel {
    pub const ALL: [ReviewLabel; 9] = [
        ReviewLabel::Praise,
        ReviewLabel::Nitpick,
        ReviewLabel::Suggestion,
        ReviewLabel::Issue,
        ReviewLabel::Todo,
        ReviewLabel::Question,
        ReviewLabel::Thought,
        ReviewLabel::Chore,
        ReviewLabel::Note,
    ];

    /// The label as written in a comment ("nitpick").
    pub fn id(self) -> &'static str {
        match self {
            ReviewLabel::Praise => "praise",
            ReviewLabel::Nitpick => "nitpick",
            ReviewLabel::Suggestion => "suggestion",
            ReviewLabel::Issue => "issue",
            ReviewLabel::Todo => "todo",
            ReviewLabel::Question => "question",
            ReviewLabel::Thought => "thought",
            ReviewLabel::Chore => "chore",
            ReviewLabel::Note => "note",
        }
    }

    pub fn from_id(id: &str) -> Option<ReviewLabel> {
        ReviewLabel::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// A Conventional Comments decoration of the spec.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Decoration {
    Blocking,
    NonBlocking,
    IfMinor,
}

impl Decoration {
    /// As written in a comment ("non-blocking").
    pub fn id(self) -> &'static str {
        match self {
            Decoration::Blocking => "blocking",
            Decoration::NonBlocking => "non-blocking",
            Decoration::IfMinor => "if-minor",
        }
    }

    pub fn from_id(id: &str) -> Option<Decoration> {
        [
            Decoration::Blocking,
            Decoration::NonBlocking,
            Decoration::IfMinor,
        ]
        .into_iter()
        .find(|d| d.id() == id)
    }
}

/// The label a writer typed at the start of a comment ("nit: ", "issue (blocking): ").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TypedLabel {
    /// Byte span of the whole prefix: the label, its decorations, the colon and the spaces after.
    pub start: usize,
    pub end: usize,
    /// The label word, lowercased, as typed ("nit").
    pub label: String,
    /// The decorations as typed, lowercased ("blocking", "security").
    pub decorations: Vec<String>,
    /// The spec label it is, when it is one.
    pub known: Option<ReviewLabel>,
}

/// One comment of a code review (a paragraph, or a block separated by a blank line) and the
/// Conventional Comments label Frankly proposes for it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CommentVerdict {
    /// Byte span of the comment in the analysed text (trimmed of surrounding whitespace).
    pub start: usize,
    pub end: usize,
    pub label: ReviewLabel,
    pub decoration: Option<Decoration>,
    /// The label the writer typed, if any.
    pub typed: Option<TypedLabel>,
    /// The prefix to put at the start of the comment ("suggestion (non-blocking): "), keeping
    /// custom decorations the writer typed.
    pub prefix: String,
    /// Where this comment, read on its own, sits on the matrix.
    #[serde(default)]
    pub quadrant: Quadrant,
}
