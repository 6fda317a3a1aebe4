//! Human output: rustc-style annotated diagnostics (annotate-snippets) for `frankly check`, and
//! the rule catalogue for `frankly rules`.
use annotate_snippets::{AnnotationKind, Group, Level, Patch, Renderer, Snippet};
use frankly::engine::{Finding, RuleDoc, Severity};

use crate::check::{Checked, Counts, Excerpt, LineIndex};

/// At most this many rewrites are shown per finding (JSON output has all of them).
const MAX_SHOWN_SUGGESTIONS: usize = 2;

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Problem => Level::ERROR.with_name("problem"),
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    }
}

/// One finding as a diagnostic: the title with the rule id, the lines that hold the span with
/// the span underlined and its category, why it matters, and up to two rewrites as patches.
/// A long line is cut to an excerpt around the span (the position in the header stays exact).
fn diagnostic(
    file: &str,
    text: &str,
    lines: &LineIndex,
    f: &Finding,
    renderer: &Renderer,
) -> String {
    let (window, first_line) = lines.lines_around(f.start..f.end);
    let shown = Excerpt::new(text, window, f.start..f.end);
    let rule = f.rule.to_string();
    let mut snippet = Snippet::source(shown.source.as_str())
        .line_start(first_line)
        .annotation(
            AnnotationKind::Primary
                .span(shown.map(f.start..f.end))
                .label(f.category.label()),
        );
    let title = level(f.severity)
        .primary_title(f.message.as_str())
        .id(rule.as_str());
    if !shown.is_cut() {
        snippet = snippet.path(file);
    }
    let mut report = vec![Group::with_title(title)
        .element(snippet)
        .element(Level::NOTE.no_name().message(format!("why: {}", f.why)))];
    let mut patches = Vec::new();
    for s in f.suggestions.iter().take(MAX_SHOWN_SUGGESTIONS) {
        let (pwindow, pfirst) = lines.lines_around(s.start.min(f.start)..s.end.max(f.end));
        patches.push((s, Excerpt::new(text, pwindow, s.start..s.end), pfirst));
    }
    for (s, shown, first) in &patches {
        let help = Level::HELP.secondary_title(s.label.as_str());
        report.push(if shown.shows(&(s.start..s.end)) {
            help.element(
                Snippet::source(shown.source.as_str())
                    .line_start(*first)
                    .path(file)
                    .patch(Patch::new(
                        shown.map(s.start..s.end),
                        s.replacement.as_str(),
                    )),
            )
        } else {
            // Too long to show as a diff: say what goes in.
            let mut with: String = s.replacement.chars().take(200).collect();
            if with.len() < s.replacement.len() {
                with.push('…');
            }
            help.element(
                Level::NOTE
                    .no_name()
                    .message(format!("replace with: {with}")),
            )
        });
    }
    if f.suggestions.len() > MAX_SHOWN_SUGGESTIONS {
        let more = f.suggestions.len() - MAX_SHOWN_SUGGESTIONS;
        report.push(Group::with_title(Level::HELP.secondary_title(format!(
            "{more} more rewrite{} in --format json",
            if more == 1 { "" } else { "s" }
        ))));
    }
    let rendered = renderer.render(&report);
    if !shown.is_cut() {
        return rendered;
    }
    // The excerpt's own columns start at the cut, so annotate-snippets would name a wrong
    // column: the snippet has no path and the real position goes where rustc puts it.
    let (line, column) = lines.position(f.start);
    let last_line = first_line + shown.source.matches('\n').count();
    let widest = patches
        .iter()
        .map(|(_, p, first)| first + p.source.matches('\n').count())
        .fold(last_line, usize::max);
    let pad = " ".repeat(widest.to_string().len());
    match rendered.split_once('\n') {
        Some((head, rest)) => format!("{head}\n{pad}--> {file}:{line}:{column}\n{rest}"),
        None => rendered,
    }
}

/// The whole human report: every diagnostic, then one summary line.
pub fn check_report(file: &str, checked: &Checked, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let text = checked.text.as_str();
    let lines = LineIndex::new(text);
    let a = &checked.analysis;
    let mut out = String::new();
    for f in &a.findings {
        out.push_str(&diagnostic(file, text, &lines, f, &renderer));
        out.push_str("\n\n");
    }
    out.push_str(&summary(file, &Counts::of(&a.findings)));
    out.push_str(&format!(
        "; Radical Candor matrix: {} (care {:.0}, challenge {:.0})\n",
        a.quadrant.label(),
        a.care,
        a.challenge
    ));
    out
}

/// "file: 1 problem, 2 warnings" or "file: no findings".
pub fn summary(file: &str, c: &Counts) -> String {
    let parts: Vec<String> = [
        (c.problem, "problem"),
        (c.warning, "warning"),
        (c.note, "note"),
    ]
    .into_iter()
    .filter(|&(n, _)| n > 0)
    .map(|(n, what)| format!("{n} {what}{}", if n == 1 { "" } else { "s" }))
    .collect();
    if parts.is_empty() {
        format!("{file}: no findings")
    } else {
        format!("{file}: {}", parts.join(", "))
    }
}

/// The rule catalogue, one block per rule.
pub fn rules(docs: &[RuleDoc]) -> String {
    let mut out = String::new();
    for d in docs {
        let severity = match d.severity {
            Severity::Problem => "problem",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        out.push_str(&format!(
            "{}  ({}, {})\n  what:   {}\n  why:    {}\n  source: {}\n\n",
            d.id,
            d.category.id(),
            severity,
            d.what,
            d.why,
            d.source
        ));
    }
    out.push_str(&format!("{} rules\n", docs.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check;
    use frankly::engine::{catalogue, Mode};

    #[test]
    fn summary_counts_and_plurals() {
        let c = |problem, warning, note| Counts {
            problem,
            warning,
            note,
        };
        assert_eq!(summary("-", &c(0, 0, 0)), "-: no findings");
        assert_eq!(summary("a", &c(1, 2, 0)), "a: 1 problem, 2 warnings");
        assert_eq!(summary("a", &c(0, 0, 1)), "a: 1 note");
    }

    #[test]
    fn a_diagnostic_points_at_the_line_and_column() {
        let text = "Thanks for the fix.\nHonestly, you are so lazy.\n";
        let checked = check(text.into(), Mode::PeerFeedback, &[]);
        let out = check_report("r.txt", &checked, false);
        assert!(out.contains("--> r.txt:2:"), "{out}");
        assert!(out.contains("2 | Honestly, you are so lazy."), "{out}");
        assert!(out.contains("help: "), "{out}");
        assert!(out.contains("^^^^"), "{out}");
        assert!(out.contains("why: "), "{out}");
        assert!(!out.contains('\u{1b}'), "plain output has no colour codes");
    }

    #[test]
    fn a_long_line_is_shown_as_an_excerpt_with_the_real_column() {
        let text = format!(
            "{}Honestly, you are so lazy. {}",
            "Fine. ".repeat(200),
            "Ok. ".repeat(200)
        );
        let checked = check(text.clone(), Mode::PeerFeedback, &[]);
        let out = check_report("r.txt", &checked, false);
        let at = text.find("you are").unwrap();
        assert!(out.contains(&format!("--> r.txt:1:{}", at + 1)), "{out}");
        assert!(out.contains("| …"), "{out}");
        assert!(!out.contains(":::"), "{out}");
        assert!(out.lines().all(|l| l.len() < 1_000), "{out}");
    }

    #[test]
    fn the_catalogue_lists_every_rule_with_its_source() {
        let out = rules(catalogue());
        for d in catalogue() {
            assert!(out.contains(&d.id.to_string()));
            assert!(out.contains(d.source));
        }
    }
}
