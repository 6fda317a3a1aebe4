//! Runs the engine on every corpus draft and renders tests/rewrites/snapshot.md: each draft, its
//! findings (rule and flagged text), their first three suggestions, and the sentence after
//! applying the first one, so a reviewer reads every rewrite in one file.
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use frankly::engine::{analyze_with, apply, catalogue, Mode, Options};

use super::corpus::{Draft, PERSONS};
use super::text::sentence_around;

/// The first suggestion of a finding, applied.
#[derive(Clone, Debug)]
pub struct Applied {
    /// The draft's sentence the suggestion edits.
    pub before: String,
    /// That sentence after the edit.
    pub after: String,
}

#[derive(Clone, Debug)]
pub struct FindingRow {
    pub rule: String,
    pub flagged: String,
    pub message: String,
    /// Up to three (label, replacement).
    pub suggestions: Vec<(String, String)>,
    pub first: Option<Applied>,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub draft: Draft,
    pub findings: Vec<FindingRow>,
}

pub fn run(drafts: &[Draft]) -> Vec<Row> {
    drafts
        .iter()
        .map(|d| {
            let options = Options {
                mode: d.mode,
                ..Default::default()
            };
            let a = analyze_with(&d.text, &options);
            let findings = a
                .findings
                .iter()
                .map(|f| {
                    let first = f.suggestions.first().map(|s| {
                        let (new, _) = apply(&d.text, s);
                        let b = sentence_around(&d.text, s.start.min(s.end)..s.end.max(s.start));
                        let start = s.start.min(s.end).min(d.text.len());
                        let inserted = start..start + s.replacement.len();
                        // With the sentence the edit starts in, so an appended sentence is
                        // shown after the one it extends.
                        let at = sentence_around(&new, start..start);
                        let ins = sentence_around(&new, inserted);
                        let a = at.start.min(ins.start)..at.end.max(ins.end);
                        Applied {
                            before: d.text[b].to_string(),
                            after: new[a].to_string(),
                        }
                    });
                    FindingRow {
                        rule: f.rule.to_string(),
                        flagged: d.text[f.start..f.end].to_string(),
                        message: f.message.clone(),
                        suggestions: f
                            .suggestions
                            .iter()
                            .take(3)
                            .map(|s| (s.label.clone(), s.replacement.clone()))
                            .collect(),
                        first,
                    }
                })
                .collect();
            Row {
                draft: d.clone(),
                findings,
            }
        })
        .collect()
}

/// Columns of the coverage table: every mode × person.
pub fn columns() -> Vec<(Mode, &'static str)> {
    Mode::ALL
        .into_iter()
        .flat_map(|m| PERSONS.into_iter().map(move |p| (m, p)))
        .collect()
}

fn short(m: Mode) -> &'static str {
    match m {
        Mode::PerformanceReview => "review",
        Mode::CodeReview => "code",
        Mode::PeerFeedback => "peer",
        Mode::Praise => "praise",
    }
}

/// How many findings of each rule each (mode, person) column has.
pub fn coverage(rows: &[Row]) -> BTreeMap<String, HashMap<(Mode, &'static str), usize>> {
    let mut t: BTreeMap<String, HashMap<(Mode, &'static str), usize>> = catalogue()
        .iter()
        .map(|d| (d.id.to_string(), HashMap::new()))
        .collect();
    for r in rows {
        for f in &r.findings {
            *t.entry(f.rule.clone())
                .or_default()
                .entry((r.draft.mode, r.draft.person))
                .or_default() += 1;
        }
    }
    t
}

/// The coverage table as Markdown; `exempt(rule, mode)` cells show "n/a" when empty.
pub fn coverage_table(rows: &[Row], exempt: &dyn Fn(&str, Mode) -> bool) -> String {
    let cov = coverage(rows);
    let cols = columns();
    let mut s = String::from("| rule |");
    for (m, p) in &cols {
        let _ = write!(s, " {} {} |", short(*m), p);
    }
    s.push_str("\n|---|");
    for _ in &cols {
        s.push_str("--:|");
    }
    s.push('\n');
    for (rule, cells) in &cov {
        let _ = write!(s, "| {rule} |");
        for c in &cols {
            match cells.get(c) {
                Some(n) => {
                    let _ = write!(s, " {n} |");
                }
                None if exempt(rule, c.0) => s.push_str(" n/a |"),
                None => s.push_str(" **0** |"),
            }
        }
        s.push('\n');
    }
    s
}

/// «quoted» text on one line.
fn q(s: &str) -> String {
    format!("«{}»", s.replace('\n', "⏎"))
}

pub fn render(rows: &[Row], exempt: &dyn Fn(&str, Mode) -> bool) -> String {
    let mut s = String::new();
    let findings: usize = rows.iter().map(|r| r.findings.len()).sum();
    let silent = rows.iter().filter(|r| r.findings.is_empty()).count();
    let _ = writeln!(
        s,
        "# Rewrite snapshot\n\nGenerated by `UPDATE_SNAPSHOT=1 cargo test --test rewrite_corpus` from \
         `tests/rewrites/corpus.tsv`; do not edit by hand. For each draft: its findings (rule and \
         «flagged text»), up to three suggestions (label: «replacement»), and «the sentence after \
         applying the first suggestion». The checks of these rewrites are printed by \
         `cargo test --test rewrite_corpus -- --ignored --nocapture rewrite_check_report`.\n"
    );
    let _ = writeln!(
        s,
        "{} drafts, {} findings, {} drafts with no finding.\n\n## Coverage: findings per rule, mode and person\n",
        rows.len(),
        findings,
        silent
    );
    s.push_str(&coverage_table(rows, exempt));
    s.push_str("\n## Drafts\n");
    let mut last_mode = None;
    for r in rows {
        if last_mode != Some(r.draft.mode) {
            let _ = writeln!(s, "\n## {}\n", r.draft.mode.label());
            last_mode = Some(r.draft.mode);
        }
        let _ = writeln!(
            s,
            "### L{} · {} · {}\n\n> {}\n",
            r.draft.line,
            r.draft.mode.id(),
            r.draft.person,
            r.draft.text.replace('\n', "  \n> ")
        );
        if r.findings.is_empty() {
            s.push_str("- no findings\n\n");
            continue;
        }
        for f in &r.findings {
            let _ = writeln!(s, "- **{}** {} — {}", f.rule, q(&f.flagged), f.message);
            for (i, (label, rep)) in f.suggestions.iter().enumerate() {
                let _ = writeln!(s, "  {}. {}: {}", i + 1, label, q(rep));
            }
            if let Some(a) = &f.first {
                let _ = writeln!(s, "  - after 1: {}", q(&a.after));
            }
        }
        s.push('\n');
    }
    s
}
