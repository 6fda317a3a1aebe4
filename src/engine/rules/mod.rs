//! One file per rule with logic (its tests at the bottom); phrase-only rules are tables in
//! `lexicon.rs`, mapped to rules in `phrase_rules.rs`.
pub mod absolute;
pub mod bare_verdict;
pub mod derogatory;
pub mod fixed_mindset;
pub mod insult;
pub mod personal_label;
pub mod phrase_rules;
pub mod placeholder;
pub mod profanity;
pub mod shouting;
pub mod softener;
pub mod structure;
pub mod vague;
