//! The workshop's exercise sets against the engine. The sets were written first, by a trainer's
//! judgement; this test reports every item where Frankly disagrees. Where it does, the engine is
//! what needs work (issue 10), not the item.
use frankly::workshop::sets::{builtin, judge, Answer, SetKind};

fn name(a: Option<Answer>) -> &'static str {
    a.map_or("no quadrant (not enough signal)", Answer::label)
}

/// Every disagreement, printed; returns how many per set.
fn disagreements() -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for set in builtin() {
        let mut wrong = 0;
        for (i, item) in set.items.iter().enumerate() {
            let verdict = judge(set.kind, item);
            if verdict.agrees(item) {
                continue;
            }
            wrong += 1;
            let mut line = format!(
                "[{}#{}] expected {}, Frankly says {}: {:?}",
                set.id,
                i + 1,
                item.answer.label(),
                name(verdict.answer),
                item.text
            );
            if let (Some(better), Some(b)) = (&item.better, verdict.better) {
                if b != Some(Answer::RadicalCandor) {
                    line.push_str(&format!(
                        "\n    better version expected Radical Candor, Frankly says {}: {:?}",
                        name(b),
                        better
                    ));
                }
            }
            println!("{line}");
        }
        println!("{}: {wrong} of {} items disagree", set.id, set.items.len());
        out.push((set.id.clone(), wrong, set.items.len()));
    }
    out
}

#[test]
#[ignore = "engine work in issue 10"]
fn the_engine_judges_every_item_as_its_set_says() {
    let report = disagreements();
    let total: usize = report.iter().map(|r| r.1).sum();
    assert_eq!(total, 0, "{total} disagreements: {report:?}");
}

#[test]
fn disagreements_are_listed() {
    // Runs the comparison so `cargo test --test workshop -- --nocapture` shows the list even
    // while the strict test is ignored.
    let report = disagreements();
    assert_eq!(report.len(), builtin().len());
}

#[test]
fn the_sets_are_well_formed() {
    let sets = builtin();
    let mut ids: Vec<&str> = sets.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), sets.len(), "set ids are unique");
    for set in &sets {
        assert!(!set.title.trim().is_empty());
        assert!(!set.items.is_empty(), "{}", set.id);
        for item in &set.items {
            assert!(
                set.kind.answers().contains(&item.answer),
                "{}: {:?}",
                set.id,
                item.text
            );
            assert!(!item.text.trim().is_empty());
            assert_eq!(
                item.better.is_some(),
                set.kind == SetKind::BeforeAfter,
                "{:?}",
                item.text
            );
        }
        let mut texts: Vec<&str> = set.items.iter().map(|i| i.text.as_str()).collect();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), set.items.len(), "{}: no item twice", set.id);
        frankly::workshop::share::validate(set).unwrap_or_else(|e| panic!("{}: {e}", set.id));
    }
    let quadrants = sets.iter().find(|s| s.kind == SetKind::Quadrant).unwrap();
    for q in Answer::QUADRANTS {
        let n = quadrants.items.iter().filter(|i| i.answer == q).count();
        assert!(n >= 8, "{} has {n} items, at least 8 wanted", q.label());
    }
    for kind in [SetKind::Mindset, SetKind::Specificity] {
        let set = sets.iter().find(|s| s.kind == kind).unwrap();
        for a in kind.answers() {
            assert!(
                set.items.iter().filter(|i| i.answer == *a).count() >= 6,
                "{a:?}"
            );
        }
    }
}

// ---- the coaching toolkit ----

use frankly::engine::{analyze, placeholder_spans};
use frankly::workshop::toolkit::{insert_question, template, QUESTIONS, TEMPLATES};

#[test]
fn seven_questions_each_with_when_to_use_it() {
    assert_eq!(QUESTIONS.len(), 7);
    for (i, q) in QUESTIONS.iter().enumerate() {
        assert_eq!(usize::from(q.number), i + 1);
        assert!(q.question.ends_with('?'), "{}", q.question);
        assert!(q.when.len() > 20 && !q.name.is_empty());
    }
}

#[test]
fn every_template_has_placeholders_the_engine_sees() {
    let needed = [
        (
            "monthly-development",
            &[
                "Opening",
                "Exploration",
                "Goal setting",
                "Action planning",
                "Support",
            ][..],
        ),
        (
            "quarterly-review",
            &[
                "Progress",
                "Goal adjustment",
                "Skill gaps",
                "Opportunities",
                "Long-term vision",
            ][..],
        ),
        (
            "growth-challenge",
            &["Current state", "Future state", "Gap", "Plan", "Progress"][..],
        ),
        ("sbi", &["situation", "behavior", "impact", "Next step"][..]),
    ];
    assert_eq!(TEMPLATES.len(), needed.len());
    for (id, parts) in needed {
        let t = template(id).unwrap();
        for p in parts {
            assert!(t.text.contains(p), "{id} lacks {p}");
        }
        let spans = placeholder_spans(t.text);
        let brackets = t.text.matches('[').count();
        assert_eq!(
            spans.len(),
            brackets,
            "{id}: every [ … ] is a placeholder Tab reaches"
        );
        assert!(
            analyze(t.text)
                .findings
                .iter()
                .any(|f| f.rule == "unfilled-placeholder"),
            "{id}: the coach says placeholders are left"
        );
    }
}

#[test]
fn a_question_goes_in_at_the_cursor_with_spaces_where_needed() {
    let q = "And what else?";
    assert_eq!(insert_question("", 0, 0, q), (q.to_string(), q.len()));
    let (t, c) = insert_question("Thanks.Next", 7, 7, q);
    assert_eq!(t, "Thanks. And what else? Next");
    assert_eq!(&t[..c], "Thanks. And what else?");
    let (t, _) = insert_question("Hello world", 6, 11, q);
    assert_eq!(t, "Hello And what else?");
    let (t, _) = insert_question("a\n", 2, 2, q);
    assert_eq!(t, "a\nAnd what else?");
    // Offsets past the end or inside a character are clamped, never a panic.
    // (1 is inside "é", so the range 1..99 becomes 0..2: the whole "é" is replaced.)
    let (t, c) = insert_question("é", 1, 99, q);
    assert_eq!((t.as_str(), c), (q, q.len()));
    assert!(t.is_char_boundary(c));
    let (t, _) = insert_question("🎉x", 9, 2, q);
    assert!(t.contains(q));
}
