//! What a rule is: one value, in one file under `rules/`, holding everything the engine, the
//! catalogue, scoring, suggestions and the UI need to know about it. `rules/mod.rs` registers
//! each rule once; everything else derives from that list.
use super::context::Cx;
use super::model::{Finding, RuleDoc, Suggestion};
use super::scoring::Scores;
use super::suggest::{Body, Cx as SuggestCx};

pub use super::rules::RuleId;

/// How a rule finds its spans.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reads the sentence view (`Cx`): tokens, word classes, phrase matches, sentence facts.
    Sentences(fn(&Cx, &mut Vec<Finding>)),
    /// Reads the whole draft's scores as well (runs after scoring, e.g. `missing-sbi`).
    Draft(fn(&Cx, &Scores, &mut Vec<Finding>)),
}

/// How one finding of the rule moves the Radical Candor axes, and the label "why here" shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Effect {
    pub care: f32,
    pub challenge: f32,
    pub label: &'static str,
}

impl Effect {
    /// The rule does not move the matrix (structure notes, placeholders).
    pub const NONE: Effect = Effect {
        care: 0.0,
        challenge: 0.0,
        label: "",
    };
}

/// Builds the rewrites of one finding from the suggestion toolkit (`suggest::*`).
pub type SuggestFn = fn(&SuggestCx, &Body, &Finding) -> Vec<Suggestion>;

/// One rule.
pub struct Rule {
    /// What the UI's "why it matters" shows: id, category, severity, what, why, source, example,
    /// better wording, known false positives.
    pub doc: RuleDoc,
    /// Phrases the rule owns, lowercased tokens separated by spaces, the phrases by `|` (one
    /// string, not a slice: no pointer per phrase in the page); `vocab::matcher` indexes them and
    /// the check reads their matches with `cx.matches_of(id)`.
    pub phrases: &'static str,
    pub check: Check,
    pub effect: Effect,
    /// Its rewrites; `None` uses its category's default (`suggest::by_category`).
    pub suggest: Option<SuggestFn>,
    /// Its Conventional Comments label in code review ("issue (blocking)"), if it has one.
    pub review_label: Option<&'static str>,
}

impl Rule {
    pub fn id(&self) -> RuleId {
        self.doc.id
    }
}

/// The tests of one rule: the texts it flags, the near misses it leaves alone, and optionally what
/// its first suggestion turns a text into.
///
/// ```ignore
/// rule_tests! {
///     rule: FixedMindset,
///     fires: ["I'm not a systems person."],
///     quiet: ["We need a systems person on call."],
///     mode Mode::CodeReview => { fires: [...], quiet: [...] },   // optional, per mode
///     rewrites: [("I'm not a systems person.", "…")],              // optional
/// }
/// ```
#[macro_export]
macro_rules! rule_tests {
    (
        rule: $rule:ident,
        fires: [$($fire:expr),* $(,)?],
        quiet: [$($quiet:expr),* $(,)?]
        $(, mode $mode:expr => { fires: [$($mfire:expr),* $(,)?], quiet: [$($mquiet:expr),* $(,)?] })*
        $(, rewrites: [$(($before:expr, $after:expr)),* $(,)?])?
        $(,)?
    ) => {
        #[cfg(test)]
        mod tests {
            #[allow(unused_imports)]
            use $crate::engine::rule::testing::{fires, first_suggestion};
            #[allow(unused_imports)]
            use $crate::engine::Mode;
            use $crate::engine::rules::RuleId;

            #[test]
            fn fires_on_its_examples() {
                for text in [$($fire),*] {
                    assert!(fires(RuleId::$rule, Mode::default(), text), "{} should flag {text:?}", RuleId::$rule);
                }
                $($(
                    assert!(fires(RuleId::$rule, $mode, $mfire), "{} should flag {:?} in {:?}", RuleId::$rule, $mfire, $mode);
                )*)*
            }

            #[test]
            fn stays_quiet_on_near_misses() {
                for text in [$($quiet),*] {
                    assert!(!fires(RuleId::$rule, Mode::default(), text), "{} should not flag {text:?}", RuleId::$rule);
                }
                $($(
                    assert!(!fires(RuleId::$rule, $mode, $mquiet), "{} should not flag {:?} in {:?}", RuleId::$rule, $mquiet, $mode);
                )*)*
            }

            $(
            #[test]
            fn first_suggestion_reads_as_expected() {
                $(
                    let got = first_suggestion(RuleId::$rule, Mode::default(), $before);
                    assert_eq!(got.as_deref(), Some($after), "first suggestion of {} on {:?}", RuleId::$rule, $before);
                )*
            }
            )?
        }
    };
}

/// Test helpers every rule file uses (`rule_tests!`).
#[cfg(test)]
pub mod testing {
    use super::RuleId;
    use crate::engine::{analyze_with, Mode, Options};

    /// Does `rule` flag `text` in `mode`?
    pub fn fires(rule: RuleId, mode: Mode, text: &str) -> bool {
        let options = Options {
            mode,
            ..Options::default()
        };
        analyze_with(text, &options)
            .findings
            .iter()
            .any(|f| f.rule == rule)
    }

    /// The first suggestion's replacement for the first finding of `rule` in `text`.
    pub fn first_suggestion(rule: RuleId, mode: Mode, text: &str) -> Option<String> {
        let options = Options {
            mode,
            ..Options::default()
        };
        analyze_with(text, &options)
            .findings
            .into_iter()
            .find(|f| f.rule == rule)
            .and_then(|f| f.suggestions.into_iter().next())
            .map(|s| crate::engine::apply(text, &s).0)
    }
}
