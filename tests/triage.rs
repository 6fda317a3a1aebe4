//! The coach panel's triage: one card per spot, a group card per repeated rule, severity order.
use frankly::engine::{analyze, Finding, Severity};
use frankly::ui_logic::history::{Edit, History, Snapshot};
use frankly::ui_logic::triage::{group_title, render_limit, spots, triage, Card};

fn findings(text: &str) -> Vec<Finding> {
    analyze(text).findings
}

fn rules(fs: &[&Finding], idx: impl IntoIterator<Item = usize>) -> Vec<String> {
    idx.into_iter().map(|i| fs[i].rule.to_string()).collect()
}

#[test]
fn overlapping_findings_share_one_card_led_by_the_most_severe() {
    let owned = findings("She is kind of lazy.");
    let fs: Vec<&Finding> = owned.iter().collect();
    assert!(fs.len() >= 2, "{:?}", rules(&fs, 0..fs.len()));
    let spots = spots(&fs);
    let with_hedge = spots
        .iter()
        .find(|s| s.members().any(|i| fs[i].rule == "hedge-softener"))
        .expect("the hedge has a spot");
    assert!(
        !with_hedge.also.is_empty(),
        "the hedge shares its spot: {spots:?}"
    );
    let lead = fs[with_hedge.lead];
    assert!(with_hedge
        .also
        .iter()
        .all(|&i| fs[i].severity <= lead.severity));
    assert!(lead.rule != "hedge-softener");
}

#[test]
fn five_vague_praises_are_one_group_card_with_every_member() {
    let text = "Great job. Nice work. Well done. Good job. Keep it up.";
    let owned = findings(text);
    let fs: Vec<&Finding> = owned.iter().collect();
    let praise = fs.iter().filter(|f| f.rule == "vague-praise").count();
    assert!(praise >= 3, "{:?}", rules(&fs, 0..fs.len()));
    let cards = triage(&fs);
    let groups: Vec<&Card> = cards
        .iter()
        .filter(|c| matches!(c, Card::Group { .. }))
        .collect();
    assert_eq!(groups.len(), 1, "{cards:?}");
    let Card::Group { rule, spots } = groups[0] else {
        unreachable!()
    };
    assert_eq!(rule, "vague-praise");
    assert_eq!(spots.len(), praise);
    // In text order inside the group.
    assert!(spots
        .windows(2)
        .all(|w| fs[w[0].lead].start < fs[w[1].lead].start));
    assert_eq!(
        group_title(rule, spots.len(), fs[spots[0].lead].category),
        format!("{praise} sentences praise without an example")
    );
    // No finding is lost or shown twice.
    let mut all: Vec<usize> = cards.iter().flat_map(Card::members).collect();
    all.sort();
    assert_eq!(all, (0..fs.len()).collect::<Vec<_>>());
}

#[test]
fn cards_come_by_severity_then_position() {
    let text = "Maybe we could look at the tests. Great job on the demo. You are lazy. You always miss standup.";
    let owned = findings(text);
    let fs: Vec<&Finding> = owned.iter().collect();
    let cards = triage(&fs);
    assert!(cards.len() >= 3, "{cards:?}");
    let keys: Vec<(Severity, usize)> = cards
        .iter()
        .map(|c| (c.severity(&fs), c.start(&fs)))
        .collect();
    for w in keys.windows(2) {
        assert!(
            w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 <= w[1].1),
            "{keys:?}"
        );
    }
    assert_eq!(
        keys[0].0,
        Severity::Problem,
        "the personal label leads: {keys:?}"
    );
}

#[test]
fn a_group_ranks_by_its_most_severe_member() {
    let text = "You are lazy. You are sloppy. You are rude. Maybe look at the tests.";
    let owned = findings(text);
    let fs: Vec<&Finding> = owned.iter().collect();
    let cards = triage(&fs);
    let first = &cards[0];
    assert_eq!(first.severity(&fs), Severity::Problem, "{cards:?}");
}

#[test]
fn a_big_paste_renders_in_batches_and_kept_cards_cost_nothing() {
    let keys: Vec<String> = (0..50).map(|i| format!("k{i}")).collect();
    assert_eq!(render_limit(&[], &keys, 12), 12);
    assert_eq!(render_limit(&keys[..12], &keys, 12), 24);
    assert_eq!(render_limit(&keys, &keys, 12), 50);
    // One new card among those on screen: everything renders at once.
    let mut edited = keys.clone();
    edited.insert(3, "new".into());
    assert_eq!(render_limit(&keys, &edited, 12), 51);
}

#[test]
fn each_placeholder_fill_is_its_own_undo_step() {
    let mut h = History::new();
    h.record(Snapshot::new("In [a], [b].", (3, 6)), Edit::Typing, 0.0);
    h.seal(); // Tab to the next placeholder
    h.record(Snapshot::new("In x, [b].", (6, 9)), Edit::Typing, 100.0);
    let back = h.undo(Snapshot::new("In x, y.", (7, 7))).unwrap();
    assert_eq!(back.text, "In x, [b].");
    let back = h.undo(back).unwrap();
    assert_eq!(back.text, "In [a], [b].");
}
