//! The engine's shared vocabulary, defined once: the hasher (`hash`), word classes (`words`),
//! the phrase matcher over every rule's phrases (`matcher`), and the scoring signals
//! (`signals`). Rules own their phrases (`Rule::phrases`); everything else lives here.
pub mod hash;
pub mod matcher;
pub mod review;
pub mod sentiment;
pub mod signals;
pub mod words;

pub use super::rules::RuleId;
pub use hash::FastMap;
pub use matcher::{flags_of, scan, Match, Scan, Tag};
pub use words::{class, intensifiers, profanity, PROFANE_PREFIXES};
