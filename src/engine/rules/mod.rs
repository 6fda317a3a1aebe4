//! The rule registry: every rule, once. `analyze` runs them in this order (which only decides
//! which of two identical findings keeps its message); the catalogue, scoring, suggestion
//! routing and the UI's rule list all read this list.
//!
//! Adding a rule: write `rules/<snake_id>.rs` holding `pub static RULE: Rule` (see
//! ARCHITECTURE.md, "How to add a rule"), then add one line below. The rule's serialized id is
//! its variant name in kebab-case (`VaguePraise` → `vague-praise`).
use crate::engine::rule::Rule;

macro_rules! registry {
    ($($variant:ident => $module:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// A rule's typed id; serialized as kebab-case (`RuleId::MissingSbi` → `"missing-sbi"`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            /// Every rule, in registry order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The rule itself.
            pub fn rule(self) -> &'static Rule {
                match self {
                    $(RuleId::$variant => &$module::RULE,)*
                }
            }

            fn variant_name(self) -> &'static str {
                match self {
                    $(RuleId::$variant => stringify!($variant),)*
                }
            }
        }
    };
}

registry! {
    VaguePraise => vague_praise,
    VagueCriticism => vague_criticism,
    PersonalLabel => personal_label,
    TraitPraise => trait_praise,
    FixedMindset => fixed_mindset,
    Insult => insult,
    NameCalling => name_calling,
    Profanity => profanity,
    DerogatoryWord => derogatory_word,
    BareVerdict => bare_verdict,
    Shouting => shouting,
    AbsoluteLanguage => absolute_language,
    HedgeSoftener => hedge_softener,
    WeaselWords => weasel_words,
    Backhanded => backhanded,
    EmptyPraise => empty_praise,
    Condescension => condescension,
    Sarcasm => sarcasm,
    UnfilledPlaceholder => unfilled_placeholder,
    ConventionalLabel => conventional_label,
    MissingSbi => missing_sbi,
}

/// Every rule, in registry order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    RuleId::ALL.iter().map(|id| id.rule())
}

impl RuleId {
    /// The stable kebab-case id, as serialized (`"vague-praise"`).
    pub fn as_str(self) -> &'static str {
        use std::sync::OnceLock;
        static NAMES: OnceLock<Vec<String>> = OnceLock::new();
        let names = NAMES.get_or_init(|| {
            RuleId::ALL
                .iter()
                .map(|id| kebab_case(id.variant_name()))
                .collect()
        });
        &names[self as usize]
    }

    /// The rule with serialized id `id`.
    pub fn from_id(id: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == id)
    }
}

fn kebab_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Findings sort by rule id as text, so output order does not depend on registry order.
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kebab_case_unique_and_match_their_doc() {
        let mut seen = std::collections::HashSet::new();
        for &id in RuleId::ALL {
            assert!(seen.insert(id.as_str()), "{id} registered twice");
            assert_eq!(id.rule().id(), id, "{id}'s RULE.doc.id names another rule");
            assert!(id
                .as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(RuleId::from_id(id.as_str()), Some(id));
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{id}\""));
        }
    }

    /// A phrase listed twice only costs the page its bytes.
    #[test]
    fn each_rule_lists_a_phrase_once() {
        for rule in all() {
            let mut seen = std::collections::HashSet::new();
            for p in rule.phrases.split('|').filter(|p| !p.is_empty()) {
                assert!(seen.insert(p), "{}: {p:?} twice", rule.id());
            }
        }
    }

    #[test]
    fn the_ids_the_evaluation_reads_are_kept() {
        for id in [
            "fixed-mindset",
            "vague-praise",
            "empty-praise",
            "vague-criticism",
        ] {
            assert!(RuleId::from_id(id).is_some(), "{id}");
        }
    }
}
