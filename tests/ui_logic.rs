//! Native tests for the coach screen's pure logic (offsets, marks, undo, placeholders, rewrite,
//! coaching text).
use frankly::engine::{
    Analysis, Category, Finding, Mode, Quadrant, RuleId, Sbi, Severity, Suggestion,
};
use frankly::ui_logic::coaching::*;
use frankly::ui_logic::history::{Edit, History, Snapshot};
use frankly::ui_logic::marks::{marks_at, segment, Node};
use frankly::ui_logic::offsets::{byte_to_utf16, utf16_to_byte};
use frankly::ui_logic::placeholders::{next_placeholder, placeholder_spans};

fn finding(
    cat: Category,
    sev: Severity,
    start: usize,
    end: usize,
    sugg: Option<(usize, usize, &str)>,
) -> Finding {
    Finding {
        rule: RuleId::VaguePraise,
        category: cat,
        severity: sev,
        start,
        end,
        message: "msg".into(),
        why: "why",
        suggestions: sugg
            .map(|(s, e, r)| {
                vec![Suggestion {
                    label: "l".into(),
                    start: s,
                    end: e,
                    replacement: r.into(),
                }]
            })
            .unwrap_or_default(),
    }
}

fn analysis(q: Quadrant, findings: Vec<Finding>) -> Analysis {
    Analysis {
        findings,
        care: 50.0,
        challenge: 50.0,
        quadrant: q,
        specificity: 0.0,
        sbi: Sbi::default(),
        sentences: vec![],
        signals: vec![],
        word_count: 0,
        comments: vec![],
    }
}

// ---- offsets ----

#[test]
fn byte_and_utf16_offsets_agree_on_ascii() {
    let t = "plain text";
    for i in 0..=t.len() {
        assert_eq!(byte_to_utf16(t, i), i);
        assert_eq!(utf16_to_byte(t, i), i);
    }
}

#[test]
fn emoji_and_accents_convert_both_ways() {
    // é: 2 bytes, 1 unit. 🙂: 4 bytes, 2 units (a surrogate pair).
    let t = "é🙂 vague";
    let v = t.find("vague").unwrap();
    assert_eq!(v, 7);
    assert_eq!(byte_to_utf16(t, v), 4);
    assert_eq!(utf16_to_byte(t, 4), v);
    assert_eq!(byte_to_utf16(t, t.len()), 9);
}

#[test]
fn offsets_inside_a_character_snap_to_its_start_and_out_of_range_clamps() {
    let t = "a🙂b";
    assert_eq!(byte_to_utf16(t, 2), 1); // inside the emoji
    assert_eq!(utf16_to_byte(t, 2), 1); // between the surrogates
    assert_eq!(byte_to_utf16(t, 99), 4);
    assert_eq!(utf16_to_byte(t, 99), t.len());
}

#[test]
fn round_trip_on_every_boundary() {
    let t = "Ça va? 👩‍💻 naïve — ok";
    for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
        assert_eq!(utf16_to_byte(t, byte_to_utf16(t, i)), i);
    }
}

// ---- marks ----

fn flatten(nodes: &[Node], text: &str, out: &mut String) {
    for n in nodes {
        match n {
            Node::Text(r) => out.push_str(&text[r.clone()]),
            Node::Mark { id, children, .. } => {
                out.push_str(&format!("<{id}>"));
                flatten(children, text, out);
                out.push_str(&format!("</{id}>"));
            }
        }
    }
}

fn render(text: &str, spans: &[(usize, std::ops::Range<usize>)]) -> String {
    let mut s = String::new();
    flatten(&segment(text, spans), text, &mut s);
    s
}

#[test]
fn marks_wrap_their_spans_and_text_is_kept_whole() {
    assert_eq!(
        render("you did great work", &[(0, 8..13)]),
        "you did <0>great</0> work"
    );
    assert_eq!(render("abc", &[]), "abc");
}

#[test]
fn nested_marks_nest_and_crossing_marks_are_clipped_not_lost() {
    assert_eq!(
        render("abcdefgh", &[(0, 1..7), (1, 2..4)]),
        "a<0>b<1>cd</1>efg</0>h"
    );
    assert_eq!(
        render("abcdefgh", &[(0, 1..4), (1, 3..6)]),
        "a<0>bcd</0><1>ef</1>gh"
    );
}

#[test]
fn every_finding_gets_one_mark_even_when_identical_or_empty() {
    let s = render("abcdef", &[(0, 1..3), (1, 1..3), (2, 6..6)]);
    for id in 0..3 {
        assert_eq!(s.matches(&format!("<{id}>")).count(), 1, "{s}");
    }
    assert_eq!(s.replace(|c: char| !c.is_ascii_lowercase(), ""), "abcdef");
}

#[test]
fn stale_or_mid_character_spans_never_split_a_character() {
    let t = "é🙂x";
    for a in 0..8 {
        for b in 0..8 {
            let mut out = String::new();
            flatten(&segment(t, &[(0, a..b)]), t, &mut out); // panics if a range is off a boundary
            assert!(out.contains("é🙂") || out.contains('é'));
        }
    }
}

#[test]
fn the_caret_finds_the_marks_it_is_in() {
    let nodes = segment("abcdefgh", &[(0, 1..7), (1, 2..4)]);
    assert_eq!(marks_at(&nodes, 3), vec![0, 1]);
    assert_eq!(marks_at(&nodes, 5), vec![0]);
    assert_eq!(marks_at(&nodes, 7), Vec::<usize>::new());
}

// ---- history ----

#[test]
fn undo_restores_the_text_before_an_apply_and_redo_returns() {
    let mut h = History::new();
    h.record(Snapshot::new("Good job.", (0, 0)), Edit::Replace, 0.0);
    let back = h
        .undo(Snapshot::new("In [meeting], you…", (3, 12)))
        .unwrap();
    assert_eq!(back.text, "Good job.");
    let fwd = h.redo(back).unwrap();
    assert_eq!(fwd.text, "In [meeting], you…");
    assert!(h.can_undo() && !h.can_redo());
}

#[test]
fn typing_in_one_burst_undoes_together_but_an_apply_is_its_own_step() {
    let mut h = History::new();
    h.record(Snapshot::new("", (0, 0)), Edit::Typing, 0.0);
    h.record(Snapshot::new("a", (1, 1)), Edit::Typing, 200.0);
    h.record(Snapshot::new("ab", (2, 2)), Edit::Typing, 400.0);
    h.record(Snapshot::new("abc", (3, 3)), Edit::Replace, 500.0);
    assert_eq!(h.undo(Snapshot::new("X", (1, 1))).unwrap().text, "abc");
    assert_eq!(h.undo(Snapshot::new("abc", (3, 3))).unwrap().text, "");
    assert!(h.undo(Snapshot::new("", (0, 0))).is_none());
}

#[test]
fn a_pause_starts_a_new_typing_step_and_a_new_edit_clears_redo() {
    let mut h = History::new();
    h.record(Snapshot::new("", (0, 0)), Edit::Typing, 0.0);
    h.record(Snapshot::new("a", (1, 1)), Edit::Typing, 5000.0);
    assert_eq!(h.undo(Snapshot::new("ab", (2, 2))).unwrap().text, "a");
    h.record(Snapshot::new("a", (1, 1)), Edit::Typing, 6000.0);
    assert!(!h.can_redo());
}

// ---- placeholders ----

#[test]
fn placeholders_are_found_in_order() {
    let t = "In [meeting], you [behavior]; a[0] stays.";
    let spans = placeholder_spans(t);
    let got: Vec<&str> = spans.iter().map(|r| &t[r.clone()]).collect();
    assert_eq!(got, vec!["[meeting]", "[behavior]"]);
}

#[test]
fn tab_steps_forward_and_back_and_stops_at_the_ends() {
    let t = "In [meeting], you [behavior].";
    let s = placeholder_spans(t);
    let first = next_placeholder(&s, 0..0, true).unwrap();
    assert_eq!(&t[first.clone()], "[meeting]");
    let second = next_placeholder(&s, first.clone(), true).unwrap();
    assert_eq!(&t[second.clone()], "[behavior]");
    assert_eq!(next_placeholder(&s, second.clone(), true), None);
    assert_eq!(next_placeholder(&s, second, false), Some(first.clone()));
    assert_eq!(next_placeholder(&s, first, false), None);
    assert_eq!(next_placeholder(&[], 0..0, true), None);
}

#[test]
fn a_caret_inside_a_placeholder_selects_it() {
    let t = "See [the date] here";
    let s = placeholder_spans(t);
    assert_eq!(next_placeholder(&s, 7..7, true), Some(4..14));
}

// ---- coaching ----

#[test]
fn every_category_has_its_own_icon_and_underline() {
    let icons: std::collections::HashSet<_> =
        Category::ALL.iter().map(|&c| category_icon(c)).collect();
    let lines: std::collections::HashSet<_> = Category::ALL
        .iter()
        .map(|&c| category_underline(c))
        .collect();
    assert_eq!(icons.len(), Category::ALL.len());
    assert_eq!(lines.len(), Category::ALL.len());
}

#[test]
fn ready_to_send_only_when_notes_alone_remain_and_text_exists() {
    let note = finding(Category::Structure, Severity::Note, 0, 1, None);
    let warn = finding(Category::Vague, Severity::Warning, 0, 1, None);
    assert!(ready_to_send("Thanks for the clear notes.", &[&note]));
    assert!(!ready_to_send("Good job.", &[&note, &warn]));
    assert!(!ready_to_send("   ", &[]));
    assert_eq!(
        live_summary("x", &[&note, &warn]),
        "1 issue, 1 optional note."
    );
    assert_eq!(
        live_summary("x", &[&note]),
        "No issues, 1 optional note. Ready to send."
    );
}

#[test]
fn the_next_move_depends_on_the_quadrant_and_quotes_the_draft() {
    let t = "You are lazy.";
    let f = finding(Category::Personality, Severity::Problem, 8, 12, None);
    let a = analysis(Quadrant::ObnoxiousAggression, vec![f.clone()]);
    let m = next_move(Mode::PerformanceReview, &a, t, &[&f]);
    assert!(m.contains("“lazy”"), "{m}");
    let a = analysis(Quadrant::RuinousEmpathy, vec![]);
    assert!(
        next_move(Mode::PerformanceReview, &a, "You're great", &[]).contains("one thing to change")
    );
    // Praise is warm on purpose: the next move is the example, not a criticism.
    let praise = next_move(Mode::Praise, &a, "You're great", &[]);
    assert!(
        !praise.contains("to change") && praise.contains("what they did"),
        "{praise}"
    );
    assert_eq!(
        quadrant_reading(Quadrant::RuinousEmpathy),
        "This draft reads as Ruinous Empathy: warm, but it doesn't say what to change."
    );
}

#[test]
fn the_one_change_points_at_the_most_severe_finding() {
    let t = "Always late. You are lazy.";
    let absolute = finding(Category::Absolute, Severity::Warning, 0, 6, None);
    let label = finding(Category::Personality, Severity::Problem, 21, 25, None);
    let a = analysis(
        Quadrant::ObnoxiousAggression,
        vec![absolute.clone(), label.clone()],
    );
    let m = next_move(Mode::PerformanceReview, &a, t, &[&absolute, &label]);
    assert!(m.contains("“lazy”"), "{m}");
}

#[test]
fn the_reading_under_the_matrix_agrees_with_the_dot() {
    for (text, says) in [
        ("Could you be nicer?", "asks something"),
        ("What do you think?", "asks something"),
    ] {
        let a = frankly::engine::analyze(text);
        assert_eq!(a.quadrant, Quadrant::Neutral, "{text}");
        assert!(reading(&a).contains(says), "{text}: {}", reading(&a));
        assert!(
            matrix_description(&a).contains("not enough signal"),
            "{text}"
        );
    }
}

#[test]
fn finding_keys_are_stable_when_text_before_them_changes() {
    let f1 = finding(Category::Vague, Severity::Warning, 0, 5, None);
    let f2 = finding(Category::Vague, Severity::Warning, 6, 11, None);
    let k1 = finding_keys("great great", &[&f1, &f2]);
    assert_ne!(k1[0], k1[1]);
    let moved = finding(Category::Vague, Severity::Warning, 4, 9, None);
    let k2 = finding_keys("Ok. great", &[&moved]);
    assert_eq!(k2[0], k1[0]);
}

#[test]
fn the_trail_keeps_the_last_positions_and_ignores_jitter() {
    let mut t = Trail::default();
    assert!(t.push(50.0, 50.0));
    assert!(!t.push(50.4, 50.2));
    for i in 0..10 {
        t.push(10.0 * i as f32, 20.0);
    }
    assert_eq!(t.past().len(), TRAIL_LEN);
    assert_eq!(t.past().last(), Some(&(80.0, 20.0)));
}

#[test]
fn sbi_items_have_hints_and_follow_presence() {
    let items = sbi_items(Sbi {
        situation: true,
        behavior: false,
        impact: true,
        next_step: false,
    });
    let ids: Vec<_> = items.iter().map(|i| (i.id, i.present)).collect();
    assert_eq!(
        ids,
        vec![
            ("situation", true),
            ("behavior", false),
            ("impact", true),
            ("next-step", false)
        ]
    );
    assert!(items.iter().all(|i| !i.hint.is_empty()));
}

#[test]
fn a_draft_with_an_unfilled_placeholder_is_not_ready() {
    assert!(!ready_to_send("In [meeting], you presented well.", &[]));
}

#[test]
fn a_radical_candor_draft_is_told_to_keep_its_tone_and_fix_the_first_issue() {
    let f = finding(Category::Absolute, Severity::Warning, 0, 6, None);
    let a = analysis(Quadrant::RadicalCandor, vec![f.clone()]);
    assert_eq!(
        next_move(Mode::PerformanceReview, &a, "always here", &[&f]),
        "Keep the tone, and fix one thing first: msg."
    );
    let a = analysis(Quadrant::RadicalCandor, vec![]);
    assert!(next_move(
        Mode::PerformanceReview,
        &a,
        "Thanks, and could we meet?",
        &[]
    )
    .contains("next step"));
}

#[test]
fn the_one_change_ends_a_question_once() {
    let t = "Dana is a dependable engineer.";
    let a = frankly::engine::analyze(t);
    assert_eq!(a.quadrant, Quadrant::Neutral, "{a:?}");
    let findings: Vec<&Finding> = a.findings.iter().collect();
    let m = next_move(Mode::PerformanceReview, &a, t, &findings);
    assert!(m.ends_with('?') || m.ends_with('.'), "{m}");
    assert!(!m.contains("?.") && !m.contains(".."), "{m}");
}

// ---- comments (code review) ----

#[test]
fn findings_are_grouped_by_the_comment_they_start_in() {
    use frankly::engine::{analyze_with, Mode, Options};
    use frankly::ui_logic::comments::by_comment;
    let draft = "nit: extra blank line\n\nThis is garbage.\n\nThanks, the new test reads well.";
    let o = Options {
        mode: Mode::CodeReview,
        ..Options::default()
    };
    let a = analyze_with(draft, &o);
    assert_eq!(a.comments.len(), 3);
    let groups = by_comment(&a.comments, &a.findings);
    assert_eq!(groups.len(), 3);
    let all: Vec<usize> = groups.iter().flat_map(|g| g.findings.clone()).collect();
    assert_eq!(
        all,
        (0..a.findings.len()).collect::<Vec<_>>(),
        "each finding once, in order"
    );
    for g in &groups {
        let c = &a.comments[g.comment];
        for &i in &g.findings {
            let f = &a.findings[i];
            assert!(c.start <= f.start && f.start <= c.end, "{f:?} in {c:?}");
        }
    }
    assert!(groups[0]
        .findings
        .iter()
        .any(|&i| a.findings[i].rule == "conventional-label"));
    assert!(
        !groups[1].findings.is_empty(),
        "the curt verdict has its own findings"
    );
    // Outside code review there are no comments, so no groups.
    assert!(by_comment(&[], &a.findings).is_empty());
}

#[test]
fn a_comment_heading_shows_its_first_words_and_knows_its_label() {
    use frankly::engine::{analyze_with, apply, Mode, Options};
    use frankly::ui_logic::comments::{comment_of, excerpt, is_labelled};
    let draft = "This retry loop never stops when the upstream API is down for a while.\n\nquestion: why a mutex here?";
    let o = Options {
        mode: Mode::CodeReview,
        ..Options::default()
    };
    let a = analyze_with(draft, &o);
    let (first, second) = (&a.comments[0], &a.comments[1]);
    assert_eq!(excerpt(draft, first, 30), "This retry loop never stops…");
    assert_eq!(excerpt(draft, second, 60), "question: why a mutex here?");
    assert!(!is_labelled(draft, first));
    assert!(is_labelled(draft, second), "{second:?}");
    assert_eq!(comment_of(&a.comments, second.start + 3), Some(1));
    assert_eq!(comment_of(&a.comments, 0), Some(0));
    assert_eq!(comment_of(&[], 5), None);
    // Applying the proposed label labels the comment, and only that comment.
    let s = frankly::engine::conventional::label_suggestion(draft, first);
    let (after, _) = apply(draft, &s);
    let b = analyze_with(&after, &o);
    assert!(is_labelled(&after, &b.comments[0]), "{after}");
    assert!(after.ends_with("\n\nquestion: why a mutex here?"));
}
