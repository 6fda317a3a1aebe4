//! The rewrite corpus (issue 11): our own drafts in every mode and person
//! (tests/rewrites/corpus.tsv), a readable snapshot of every finding and rewrite
//! (tests/rewrites/snapshot.md), and the checks that judge the rewrites: our own
//! (tests/support/grammar.rs) and Harper's (tests/support/harper.rs).
//!
//! - `UPDATE_SNAPSHOT=1 cargo test --test rewrite_corpus` rewrites the snapshot.
//! - `cargo test --test rewrite_corpus -- --ignored --nocapture rewrite_check_report` prints how
//!   many first suggestions fail each check over the whole corpus, and lists the failures.
mod support;

use std::collections::{BTreeMap, HashMap};

use frankly::engine::{catalogue, Mode};
use support::grammar::{
    check_rewrite, check_sentence, introduced, Context, Issue, CONTEXT_CHECKS, GRAMMAR_CHECKS,
};
use support::snapshot::{self, Row};
use support::{corpus, harper::Harper, text};

/// Rules that cannot fire in a mode by design, shown as "n/a" in the coverage table:
/// praise mode asks for no Situation–Behavior–Impact, and code review does not flag hedges as
/// weasel words (rules/structure.rs, rules/phrase_rules.rs); Conventional Comments labels are
/// checked in code review only (rules/conventional_label.rs).
fn exempt(rule: &str, mode: Mode) -> bool {
    matches!(
        (rule, mode),
        ("missing-sbi", Mode::Praise) | ("weasel-words", Mode::CodeReview)
    ) || rule == "conventional-label" && mode != Mode::CodeReview
}

fn rows() -> Vec<Row> {
    snapshot::run(&corpus::load())
}

// ---------------------------------------------------------------------------------------------
// The corpus

#[test]
fn corpus_is_large_and_each_draft_is_in_the_person_it_claims() {
    let drafts = corpus::load();
    assert!(drafts.len() >= 160, "only {} drafts", drafts.len());
    let reader = [
        "you", "your", "you're", "yours", "yourself", "you've", "you'll", "you'd",
    ];
    let me = [
        "i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "our", "us", "we're", "myself",
    ];
    let mut cells: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for d in &drafts {
        *cells.entry((d.mode.id(), d.person)).or_default() += 1;
        let words = text::words_outside_placeholders(&d.text);
        let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
        let ok = match d.person {
            "2nd" => has(&reader),
            "3rd" => !has(&reader),
            // A self-review or own code; a code review may still thank "you".
            _ => has(&me) && (d.mode == Mode::CodeReview || !has(&reader)),
        };
        if !ok {
            wrong.push(format!("L{} ({}): {}", d.line, d.person, d.text));
        }
    }
    assert!(
        wrong.is_empty(),
        "drafts not in their person (2nd says \"you\", 3rd never does, 1st says I/we):\n  {}",
        wrong.join("\n  ")
    );
    for m in Mode::ALL {
        for p in corpus::PERSONS {
            let n = cells.get(&(m.id(), p)).copied().unwrap_or(0);
            assert!(n >= 12, "{} {p}: only {n} drafts", m.id());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The snapshot

#[test]
fn snapshot_is_up_to_date() {
    let rendered = snapshot::render(&rows(), &exempt);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/rewrites/snapshot.md");
    if std::env::var_os("UPDATE_SNAPSHOT").is_some() {
        std::fs::write(path, &rendered).expect("write snapshot");
        return;
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    if on_disk != rendered {
        let first = on_disk
            .lines()
            .zip(rendered.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(on_disk.lines().count().min(rendered.lines().count()));
        panic!(
            "tests/rewrites/snapshot.md is out of date (first difference at line {}:\n  on disk: {:?}\n  now:     {:?}).\n\
             Read the new rewrites, then regenerate: UPDATE_SNAPSHOT=1 cargo test --test rewrite_corpus",
            first + 1,
            on_disk.lines().nth(first).unwrap_or(""),
            rendered.lines().nth(first).unwrap_or("")
        );
    }
}

#[test]
fn snapshot_shows_every_rule_in_every_mode_and_person() {
    let rows = rows();
    println!("{}", snapshot::coverage_table(&rows, &exempt));
    let cov = snapshot::coverage(&rows);
    let mut missing = Vec::new();
    for d in catalogue() {
        let id = d.id.to_string();
        for (m, p) in snapshot::columns() {
            let n = cov
                .get(&id)
                .and_then(|c| c.get(&(m, p)))
                .copied()
                .unwrap_or(0);
            if n == 0 && !exempt(&id, m) {
                missing.push(format!("{id} in {} {p}", m.id()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no draft shows {} (add drafts to corpus.tsv):\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
    // Every finding offers a suggestion.
    for r in &rows {
        for f in &r.findings {
            assert!(
                !f.suggestions.is_empty(),
                "L{}: {} has no suggestion",
                r.draft.line,
                f.rule
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The checks themselves

/// Broken rewrites (from issue 11, and our own of the same shapes): each must be flagged by the
/// named check.
const KNOWN_BROKEN: &[(&str, &str)] = &[
    ("Her talk was praised by.", "dangling-word"),
    ("The launch late.", "no-verb"),
    ("He doesn't are motivated.", "do-non-base"),
    ("She does be defensive.", "do-non-base"),
    (
        "Overall she [what she did] and a hard worker.",
        "placeholder-in-phrase",
    ),
    (
        "She is [number of times] in [when] really helpful.",
        "placeholder-in-phrase",
    ),
    (
        "The team player [what falls short] in planning.",
        "placeholder-in-phrase",
    ),
    (
        "He has a great [what he did] work ethic.",
        "placeholder-in-phrase",
    ),
    (
        "He is a natural [what he did] leader.",
        "placeholder-in-phrase",
    ),
    (
        "Overall she [what she did, e.g. paired with two new hires] leader and a hard worker.",
        "placeholder-in-phrase",
    ),
    (
        "You [what you did] with customers and a real asset to the team.",
        "placeholder-in-phrase",
    ),
    ("You needs to share the agenda earlier.", "agreement"),
    (
        "In [which meeting], you [what you did] needs to change.",
        "agreement",
    ),
    ("They is always on time.", "agreement"),
    (
        "Lee's demo was great, though the slides is better.",
        "agreement",
    ),
    ("We did great work, but our docs is better.", "agreement"),
    (
        "Dana's contribution to the offsite is widely regarded as.",
        "dangling-word",
    ),
    ("I are proud of the launch.", "agreement"),
    ("She have the numbers for the board.", "agreement"),
    ("you is the person the team asks first.", "agreement"),
    ("He didn't went to the retro.", "do-non-base"),
    ("She doesn't seems engaged in planning.", "do-non-base"),
    ("She doesn't going to the standups.", "do-non-base"),
    ("They did finished the report on time.", "do-non-base"),
    ("Your feedback on the launch plan.", "no-verb"),
    ("The quarterly numbers far below the target.", "no-verb"),
    ("Her update is the most useful part of.", "dangling-word"),
    ("Sam missed the deadline, and.", "dangling-word"),
    (
        "The offsite was planned by, and the team loved it.",
        "dangling-word",
    ),
    ("His reviews are more careful than.", "dangling-word"),
    (
        "The report was reviewed by the the team.",
        "duplicated-word",
    ),
    ("She shipped the the export on Friday.", "duplicated-word"),
    ("Thanks for the demo,, it helped.", "doubled-punctuation"),
    ("She presented the roadmap .", "doubled-punctuation"),
    (
        "The launch slipped., Next time, flag it earlier.",
        "doubled-punctuation",
    ),
    ("I do be a bit defensive in design reviews.", "do-non-base"),
    (
        "Your talk does have been praised by the sales leads.",
        "do-non-base",
    ),
    (
        "Honestly, there is and one thing to try next is [a stretch goal].",
        "empty-predicate",
    ),
    (
        "Dana's PR is and one thing to try next is [a stretch goal].",
        "empty-predicate",
    ),
];

/// Good sentences of the kinds the rewrites produce: no check may flag them.
const KNOWN_GOOD: &[&str] = &[
    "In Tuesday's planning, Sam interrupted Priya twice before she finished her update.",
    "Her talk at the offsite was praised by many of the sales leads.",
    "Don't be late to the standup.",
    "Does she have the numbers for the board deck?",
    "Could you send the agenda a day earlier?",
    "He stopped by.",
    "The launch slipped two weeks because the vendor changed the contract.",
    "Thank you for the rollback plan you wrote on Tuesday.",
    "She is the person I am most proud of.",
    "When you cut Sam off in planning, he stopped sharing his concerns.",
    "They were late to three of the five standups in March.",
    "I'm proud of what we shipped this quarter.",
    "In [which meeting], Priya [what she did], and the team [what happened next].",
    "Dana did the migration in two weeks.",
    "Did he finish the review before Friday?",
    "Sam doesn't need more time; he needs a clearer brief.",
    "You have been on time to every standup since March.",
    "Kim's spreadsheets are accurate and easy to follow.",
    "She does the release notes every Friday, and they are always clear.",
    "We need to talk about the budget.",
    "That's what I was thinking of.",
    "Great work on the export!",
    "Thanks for [what they did] at [event].",
    "In [which meeting], you [what you did, e.g. cut Sam off twice].",
    "He has a great work ethic: he stayed late twice to fix the invoices.",
    "She is a hard worker and a fast learner.",
    "What happened in the retro, and what would you change next time?",
    "I missed two deadlines in March because I said yes to three launches.",
    "Next time, I'll ask for help before the deadline slips.",
    "Ravi's forecast was off by 20% in Q3; the new model is within 5%.",
    "The `parse_config` function returns `None` on an empty file; could it return an error?",
    "The demo went well... mostly.",
    "What did she do?",
    "She did.",
    "Sam, could you walk me through the numbers?",
    "Please do be on time for the demo.",
    "Is it?",
    "The plan is, in short, too late.",
    "She was, and still is, the best writer on the team.",
    "Her status updates are clear, and the news is good.",
    "The process is slow, but his notes help.",
];

#[test]
fn known_broken_rewrites_are_caught() {
    let mut missed = Vec::new();
    for (s, check) in KNOWN_BROKEN {
        let issues = check_sentence(s);
        if !issues.iter().any(|i| i.check == *check) {
            missed.push(format!("{s:?}: want {check}, got {issues:?}"));
        }
    }
    assert!(missed.is_empty(), "not caught:\n  {}", missed.join("\n  "));
}

#[test]
fn good_sentences_pass_the_checks() {
    let mut flagged = Vec::new();
    for s in KNOWN_GOOD {
        let issues = check_sentence(s);
        if !issues.is_empty() {
            flagged.push(format!("{s:?}: {issues:?}"));
        }
    }
    assert!(
        flagged.is_empty(),
        "false alarms:\n  {}",
        flagged.join("\n  ")
    );
}

fn ctx<'a>(draft: &'a str, mode: &'a str, person: &'a str, flagged: &'a str) -> Context<'a> {
    Context {
        draft,
        mode,
        person,
        original: draft,
        flagged,
    }
}

fn context_checks(c: &Context, rewrite: &str) -> Vec<&'static str> {
    check_rewrite(c, rewrite)
        .into_iter()
        .map(|i| i.check)
        .collect()
}

#[test]
fn context_checks_catch_person_mode_and_meaning_errors() {
    // A review about Sam turned into a note to the reader, with Sam as the victim.
    let c = ctx("Sam is abrasive.", "performance-review", "3rd", "abrasive");
    assert!(context_checks(
        &c,
        "In [which meeting], you [what you did, e.g. interrupted Sam twice]."
    )
    .contains(&"addresses-reader"));
    assert!(context_checks(&c, "Could you share what happened?").contains(&"addresses-reader"));
    assert!(
        !context_checks(&c, "In [which meeting], Sam [what he did].").contains(&"addresses-reader")
    );
    // A self-review stays in the first person.
    let c = ctx(
        "I was a bit lazy about documentation.",
        "performance-review",
        "1st",
        "lazy",
    );
    assert!(
        context_checks(&c, "Next time, you could [what to change].").contains(&"addresses-reader")
    );
    // Code and paper vocabulary in a performance review; meetings in a code review.
    let c = ctx(
        "She has a great attitude.",
        "performance-review",
        "3rd",
        "great attitude",
    );
    assert!(context_checks(
        &c,
        "She added [which tests] to the function before the merge."
    )
    .contains(&"foreign-vocabulary"));
    assert!(
        context_checks(&c, "The authors skipped error bars in Table 2.")
            .contains(&"foreign-vocabulary")
    );
    let c = ctx("This parser is garbage.", "code-review", "2nd", "garbage");
    assert!(
        context_checks(&c, "In [which meeting], the parser [what it did].")
            .contains(&"foreign-vocabulary")
    );
    // Code words the draft used itself are fine.
    let c = ctx(
        "His tests are flaky and he never fixes them.",
        "performance-review",
        "3rd",
        "never",
    );
    assert!(
        !context_checks(&c, "His tests failed [how often] in [when].")
            .contains(&"foreign-vocabulary")
    );
    // A hedge on a claim deleted, nothing asked for instead: stronger than the writer meant.
    let c = ctx(
        "The outage was possibly caused by the new cache.",
        "performance-review",
        "3rd",
        "possibly",
    );
    assert!(
        context_checks(&c, "The outage was caused by the new cache.").contains(&"hedge-deleted")
    );
    assert!(!context_checks(
        &c,
        "The outage was caused by [what you saw, e.g. the cache miss rate]."
    )
    .contains(&"hedge-deleted"));
    // A softener on a request may simply go.
    let c = ctx(
        "Could you maybe send the agenda earlier?",
        "peer-feedback",
        "2nd",
        "maybe",
    );
    assert!(!context_checks(&c, "Could you send the agenda earlier?").contains(&"hedge-deleted"));
    // A template that drops the other half of the sentence.
    let c = ctx(
        "She is a rockstar when things are on fire, but she is a bit negative in retros.",
        "performance-review",
        "3rd",
        "a rockstar",
    );
    assert!(
        context_checks(&c, "She [what she did] in [which incident].").contains(&"clause-dropped")
    );
    // Who the sentence is about disappears.
    let c = ctx(
        "Kim's spreadsheets are always wrong.",
        "performance-review",
        "3rd",
        "always",
    );
    assert!(
        context_checks(&c, "I see a problem with [what, e.g. the checklist].")
            .contains(&"subject-dropped")
    );
    assert!(
        !context_checks(&c, "Kim's spreadsheets were wrong in [which report].")
            .contains(&"subject-dropped")
    );
    let c = ctx(
        "I need to do better at sharing context.",
        "peer-feedback",
        "1st",
        "do better",
    );
    assert!(context_checks(&c, "The team [what falls short].").contains(&"subject-dropped"));
}

#[test]
fn review_labels_are_not_part_of_the_sentence() {
    assert_eq!(
        text::strip_review_label("issue (blocking): The loop is slow."),
        "The loop is slow."
    );
    assert_eq!(text::strip_review_label("praise: Nice."), "Nice.");
    assert_eq!(
        text::strip_review_label("Note: this is fine."),
        "Note: this is fine."
    );
    assert_eq!(
        text::strip_review_label("In [meeting], you said: no."),
        "In [meeting], you said: no."
    );
}

#[test]
fn harper_reports_only_errors_the_rewrite_introduced() {
    let mut h = Harper::new();
    let new = h.introduced("She is a good writer.", "She is a an good writer.");
    assert!(!new.is_empty(), "harper saw nothing in \"a an\"");
    // The same error in the draft and in the rewrite is not the rewrite's fault.
    assert!(h
        .introduced("This is an test.", "This is an test!")
        .is_empty());
    // Placeholders are not linted.
    assert!(h
        .introduced("Good job.", "Thank you for [specific action].")
        .is_empty());
}

// ---------------------------------------------------------------------------------------------
// The report over the whole corpus

/// One first suggestion and what the checks found in it.
struct Judged<'a> {
    row: &'a Row,
    rule: &'a str,
    before: &'a str,
    after: &'a str,
    issues: Vec<Issue>,
}

fn judge<'a>(rows: &'a [Row], harper: &mut Harper) -> Vec<Judged<'a>> {
    let mut cache: HashMap<(String, String), Vec<Issue>> = HashMap::new();
    let mut out = Vec::new();
    for r in rows {
        for f in &r.findings {
            let Some(a) = &f.first else { continue };
            let (before, after) = (
                text::strip_review_label(&a.before),
                text::strip_review_label(&a.after),
            );
            let mut issues = introduced(&check_sentence(before), &check_sentence(after));
            let c = Context {
                draft: &r.draft.text,
                mode: r.draft.mode.id(),
                person: r.draft.person,
                original: &a.before,
                flagged: &f.flagged,
            };
            issues.extend(check_rewrite(&c, &a.after));
            let key = (a.before.clone(), a.after.clone());
            let h = cache
                .entry(key)
                .or_insert_with(|| {
                    harper
                        .introduced(before, after)
                        .into_iter()
                        .map(|l| Issue {
                            check: "harper",
                            detail: format!("{}: {} («{}»)", l.kind, l.message, l.text),
                        })
                        .collect()
                })
                .clone();
            issues.extend(h);
            // A placeholder's example offered as the fact: "[meeting]" → "Tuesday's planning".
            if f.rule == "unfilled-placeholder" {
                if let Some((_, rep)) = f.suggestions.first() {
                    // Words the writer never wrote ("Tuesday's planning"), not a recapitalized
                    // remnant ("In [function], you" → "You").
                    let draft = text::all_words(&r.draft.text);
                    let invented = text::placeholder_ranges(rep).is_empty()
                        && text::all_words(rep)
                            .iter()
                            .any(|w| w.len() >= 3 && !draft.contains(w));
                    if invented {
                        issues.push(Issue {
                            check: "example-as-fact",
                            detail: format!("«{}» → «{rep}»", f.flagged),
                        });
                    }
                }
            }
            out.push(Judged {
                row: r,
                rule: &f.rule,
                before: &a.before,
                after: &a.after,
                issues,
            });
        }
    }
    out
}

/// The checks the grammar assertion covers: our grammar checks, Harper, and the person switch.
fn asserted(check: &str) -> bool {
    GRAMMAR_CHECKS.contains(&check) || check == "harper" || check == "addresses-reader"
}

fn report(judged: &[Judged]) -> String {
    use std::fmt::Write;
    let n = judged.len();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Rewrite checks over the {} corpus drafts with findings: {} first suggestions\n",
        judged
            .iter()
            .map(|j| j.row.draft.line)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        n
    );
    let _ = writeln!(s, "{:<24} {:>6} {:>7}", "check", "fail", "rate");
    let rate = |k: usize, of: usize| if of == 0 { 0.0 } else { k as f64 / of as f64 };
    let checks: Vec<&str> = GRAMMAR_CHECKS
        .iter()
        .chain(&["harper"])
        .chain(CONTEXT_CHECKS)
        .chain(&["example-as-fact"])
        .copied()
        .collect();
    for c in &checks {
        let k = judged
            .iter()
            .filter(|j| j.issues.iter().any(|i| i.check == *c))
            .count();
        let _ = writeln!(s, "{:<24} {:>6} {:>7.3}", c, k, rate(k, n));
    }
    let gram = judged
        .iter()
        .filter(|j| {
            j.issues
                .iter()
                .any(|i| GRAMMAR_CHECKS.contains(&i.check) || i.check == "harper")
        })
        .count();
    let any_asserted = judged
        .iter()
        .filter(|j| j.issues.iter().any(|i| asserted(i.check)))
        .count();
    let any = judged.iter().filter(|j| !j.issues.is_empty()).count();
    let _ = writeln!(
        s,
        "{:<24} {:>6} {:>7.3}",
        "any grammar (ours+harper)",
        gram,
        rate(gram, n)
    );
    let _ = writeln!(
        s,
        "{:<24} {:>6} {:>7.3}",
        "any asserted",
        any_asserted,
        rate(any_asserted, n)
    );
    let _ = writeln!(s, "{:<24} {:>6} {:>7.3}", "any check", any, rate(any, n));

    // The issue's metric: drafts that never say "you".
    let _ = writeln!(
        s,
        "\nBy person (first suggestions failing any check / addressing the reader):"
    );
    for p in corpus::PERSONS {
        let of: Vec<&Judged> = judged.iter().filter(|j| j.row.draft.person == p).collect();
        let any = of.iter().filter(|j| !j.issues.is_empty()).count();
        let you = of
            .iter()
            .filter(|j| j.issues.iter().any(|i| i.check == "addresses-reader"))
            .count();
        let _ = writeln!(
            s,
            "  {p}: {} suggestions, any check {:.3}, addresses the reader {:.3}",
            of.len(),
            rate(any, of.len()),
            rate(you, of.len())
        );
    }
    let _ = writeln!(s, "By mode (any check):");
    for m in Mode::ALL {
        let of: Vec<&Judged> = judged.iter().filter(|j| j.row.draft.mode == m).collect();
        let any = of.iter().filter(|j| !j.issues.is_empty()).count();
        let _ = writeln!(
            s,
            "  {}: {} suggestions, {:.3}",
            m.id(),
            of.len(),
            rate(any, of.len())
        );
    }
    let _ = writeln!(s, "By rule (any check):");
    let mut by_rule: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for j in judged {
        let e = by_rule.entry(j.rule).or_default();
        e.0 += 1;
        e.1 += usize::from(!j.issues.is_empty());
    }
    for (rule, (of, k)) in by_rule {
        let _ = writeln!(s, "  {rule:<22} {k:>4}/{of:<4} {:.3}", rate(k, of));
    }

    for c in &checks {
        let fails: Vec<&Judged> = judged
            .iter()
            .filter(|j| j.issues.iter().any(|i| i.check == *c))
            .collect();
        if fails.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n== {c} ({})", fails.len());
        for j in fails {
            let details: Vec<&str> = j
                .issues
                .iter()
                .filter(|i| i.check == *c)
                .map(|i| i.detail.as_str())
                .collect();
            let _ = writeln!(
                s,
                "L{} {} {} {}: «{}» → «{}»  [{}]",
                j.row.draft.line,
                j.row.draft.mode.id(),
                j.row.draft.person,
                j.rule,
                j.before,
                j.after,
                details.join("; ")
            );
        }
    }
    s
}

#[test]
#[ignore = "prints the report: cargo test --test rewrite_corpus -- --ignored --nocapture rewrite_check_report"]
fn rewrite_check_report() {
    let rows = rows();
    let mut h = Harper::new();
    let judged = judge(&rows, &mut h);
    println!("{}", report(&judged));
}

#[test]
fn grammar_check_passes_on_the_whole_snapshot_corpus() {
    let rows = rows();
    let mut h = Harper::new();
    let judged = judge(&rows, &mut h);
    let failing: Vec<String> = judged
        .iter()
        .filter(|j| j.issues.iter().any(|i| asserted(i.check)))
        .map(|j| {
            let what: Vec<String> = j
                .issues
                .iter()
                .filter(|i| asserted(i.check))
                .map(|i| format!("{}: {}", i.check, i.detail))
                .collect();
            format!(
                "L{} {}: «{}» [{}]",
                j.row.draft.line,
                j.rule,
                j.after,
                what.join("; ")
            )
        })
        .collect();
    assert!(
        failing.is_empty(),
        "{} of {} first suggestions fail:\n{}",
        failing.len(),
        judged.len(),
        failing.join("\n")
    );
}
