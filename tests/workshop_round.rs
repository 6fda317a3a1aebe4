//! A workshop round (guess, reveal, score, navigate), the before/after comparison, and a set
//! made from a trainer's drafts.
use frankly::engine::Quadrant;
use frankly::state::Draft;
use frankly::workshop::round::{compare, set_from_drafts, Round};
use frankly::workshop::sets::{builtin, Answer, SetKind};
use frankly::workshop::share::{parse_json, to_json};

fn quadrants() -> Round {
    Round::new(
        builtin()
            .into_iter()
            .find(|s| s.kind == SetKind::Quadrant)
            .unwrap(),
    )
}

#[test]
fn a_round_scores_only_revealed_items_against_the_sets_answers() {
    let mut r = quadrants();
    assert_eq!((r.index, r.score()), (0, (0, 0)));
    let first = r.item().unwrap().answer;
    assert!(r.choose(first));
    assert_eq!(r.score(), (0, 0), "not revealed yet");
    r.reveal();
    assert_eq!(r.score(), (1, 1));
    assert!(
        !r.choose(Answer::RuinousEmpathy),
        "no change after the reveal"
    );
    assert!(!r.choose(Answer::Vague), "not an answer of this kind");
    assert!(r.advance());
    let wrong = Answer::QUADRANTS
        .into_iter()
        .find(|a| *a != r.item().unwrap().answer)
        .unwrap();
    r.choose(wrong);
    r.reveal();
    assert_eq!(r.score(), (1, 2));
    // No guess, revealed: counts as shown, not right.
    r.advance();
    r.reveal();
    assert_eq!(r.score(), (1, 3));
    assert!(r.back() && r.back());
    assert!(!r.back());
    while r.advance() {}
    assert_eq!(r.index, r.len() - 1);
    assert!(!r.advance());
}

#[test]
fn the_reveal_shows_the_sets_answer_franklys_and_the_guess() {
    let mut r = quadrants();
    r.choose(Answer::ObnoxiousAggression);
    let rev = r.reveal_details().unwrap();
    assert_eq!(rev.expected, Answer::RadicalCandor);
    assert_eq!(rev.guess, Some(Answer::ObnoxiousAggression));
    assert_eq!(rev.frankly, Answer::from_quadrant(rev.analysis.quadrant));
}

#[test]
fn before_after_names_what_improved() {
    // The seed's own pair.
    let c = compare(
        "You need to communicate better",
        "In yesterday's architecture review, your explanation lost the product managers after the third technical acronym. Let's practice explaining technical concepts to non-technical stakeholders.",
    );
    assert_ne!(c.before_quadrant, c.after_quadrant, "{c:?}");
    assert!(!c.gone.is_empty(), "{c:?}");
    assert!(c.after_sbi.situation, "{c:?}");
    let same = compare("Good job.", "Good job.");
    assert!(same.gone.is_empty() && same.new.is_empty());
    assert!(!same.improved());
}

#[test]
fn a_trainer_makes_a_set_from_their_drafts_and_it_shares() {
    let mut drafts = Vec::new();
    for (i, text) in [
        "Your estimates are useless. Stop guessing and do your job.",
        "",
        "Thanks for pairing with Omar on the cache bug on Tuesday. I'm concerned the fix skips the eviction test, though. Could you add one before Friday's release? Happy to help.",
        "ok",
    ]
    .iter()
    .enumerate()
    {
        let mut d = Draft::new(format!("d{i}"), 1);
        d.text = text.to_string();
        drafts.push(d);
    }
    let set = set_from_drafts(&drafts, "  Team offsite  ").unwrap();
    assert_eq!(set.title, "Team offsite");
    assert!(!set.items.is_empty() && set.items.len() <= 3);
    for item in &set.items {
        assert_ne!(Answer::from_quadrant(Quadrant::Neutral), Some(item.answer));
    }
    assert_eq!(parse_json(to_json(&set).as_bytes()).unwrap(), set);
    assert_eq!(set_from_drafts(&[], "x"), None);
}
