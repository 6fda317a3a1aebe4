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
