//! The rule catalogue: every rule's documentation, sorted by id, derived from the registry.
use super::model::RuleDoc;
use super::rules::{self, RuleId};
use std::sync::OnceLock;

/// Every rule's documentation, sorted by id.
pub fn catalogue() -> &'static [RuleDoc] {
    static ALL: OnceLock<Vec<RuleDoc>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<RuleDoc> = rules::all().map(|r| r.doc).collect();
        crate::sort::sort_by_key(&mut v, |d| d.id);
        v
    })
}

/// The documentation of one rule.
pub fn rule_doc(id: RuleId) -> &'static RuleDoc {
    &id.rule().doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_kebab_case_and_documented() {
        let c = catalogue();
        for w in c.windows(2) {
            assert!(w[0].id < w[1].id, "{} / {}", w[0].id, w[1].id);
        }
        for d in c {
            assert!(
                d.id.as_str()
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                d.id
            );
            assert!(
                !d.what.is_empty()
                    && !d.why.is_empty()
                    && !d.source.is_empty()
                    && !d.example.is_empty()
                    && !d.instead.is_empty()
            );
        }
    }

    #[test]
    fn every_example_fires_its_rule_and_every_instead_does_not() {
        use crate::engine::{analyze_with, Mode, Options};
        for d in catalogue() {
            // The first mode the example fires in (a code-review rule fires only there).
            let fires_in = |mode: Mode, text: &str| {
                let o = Options {
                    mode,
                    ..Options::default()
                };
                analyze_with(text, &o)
                    .findings
                    .iter()
                    .any(|f| f.rule == d.id)
            };
            let mode = Mode::ALL.into_iter().find(|&m| fires_in(m, d.example));
            assert!(
                mode.is_some(),
                "example of {} does not fire: {:?}",
                d.id,
                d.example
            );
            let mode = mode.unwrap_or_default();
            let better = analyze_with(
                d.instead,
                &Options {
                    mode,
                    ..Options::default()
                },
            );
            assert!(
                !better.findings.iter().any(|f| f.rule == d.id),
                "instead of {} fires: {:?}",
                d.id,
                d.instead
            );
        }
    }
}
