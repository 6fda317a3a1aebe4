//! Fixtures in, expectations out: realistic drafts (our own wording) and what the engine must
//! say about them. Plus robustness: the engine is total on any UTF-8.
use frankly::engine::{
    analyze, analyze_with, catalogue, sentences, Analysis, Category, Mode, Options, Quadrant,
};

/// One fixture: a draft, the rule ids that must fire, the rule ids that must not, and optionally
/// the quadrant.
struct Case {
    text: &'static str,
    fires: &'static [&'static str],
    quiet: &'static [&'static str],
    quadrant: Option<Quadrant>,
}

const HARSH_RULES: &[&str] = &[
    "profanity",
    "insult",
    "name-calling",
    "derogatory-word",
    "bare-verdict",
    "condescension",
    "sarcasm",
    "shouting",
    "personal-label",
];

const CASES: &[Case] = &[
    Case {
        text: "Thanks for pairing with Omar on the cache bug on Tuesday. I'm concerned the fix skips the eviction test, though. Could you add one before Friday's release? Happy to help.",
        fires: &[],
        quiet: HARSH_RULES,
        quadrant: Some(Quadrant::RadicalCandor),
    },
    Case { text: "You need to be more proactive.", fires: &["vague-criticism"], quiet: &[], quadrant: Some(Quadrant::ObnoxiousAggression) },
    Case { text: "Great job, keep it up!", fires: &["vague-praise"], quiet: HARSH_RULES, quadrant: Some(Quadrant::RuinousEmpathy) },
    Case { text: "nit: trailing space on line 12", fires: &[], quiet: HARSH_RULES, quadrant: Some(Quadrant::Neutral) },
    Case { text: "You are abrasive and not a team player.", fires: &["personal-label"], quiet: &[], quadrant: Some(Quadrant::ObnoxiousAggression) },
    Case { text: "The function is sloppy: it swallows the IO error on line 40.", fires: &[], quiet: &["personal-label"], quadrant: None },
    Case { text: "What the f*ck? What were you thinking?!", fires: &["profanity", "condescension"], quiet: &[], quadrant: Some(Quadrant::ObnoxiousAggression) },
    Case { text: "You always ship on Friday and never write tests.", fires: &["absolute-language"], quiet: &[], quadrant: None },
    Case { text: "No offense, but per my last email, the spec was final.", fires: &["backhanded"], quiet: &[], quadrant: None },
    Case { text: "I just wanted to say that maybe the docs are kind of out of date, sorry to bother.", fires: &["hedge-softener"], quiet: HARSH_RULES, quadrant: None },
    Case { text: "Some people feel it is believed that the plan possibly won't work.", fires: &["weasel-words"], quiet: &[], quadrant: None },
    Case { text: "In [meeting], you [behavior]. That meant [impact].", fires: &["unfilled-placeholder"], quiet: &[], quadrant: None },
    Case { text: "See [the guide](https://example.com/guide) and `items[idx]`.", fires: &[], quiet: &["unfilled-placeholder"], quadrant: None },
    // A ticket tag and a member access in pasted code are no facts left to fill in.
    Case { text: "[ab1234]", fires: &[], quiet: &["unfilled-placeholder"], quadrant: None },
    Case { text: "Set size: [box.width, box.height] in the options.", fires: &[], quiet: &["unfilled-placeholder"], quadrant: None },
    Case { text: "Send it to [the reviewer, e.g. Sam] by [date].", fires: &["unfilled-placeholder"], quiet: &[], quadrant: None },
    Case { text: "She's just not cut out for leadership.", fires: &["fixed-mindset"], quiet: &[], quadrant: None },
    Case { text: "Kill the worker process, then abort; the dummy master node is dead code anyway.", fires: &[], quiet: HARSH_RULES, quadrant: None },
    Case { text: "The fix arrived just in time for a just decision.", fires: &[], quiet: &["hedge-softener"], quadrant: None },
    Case { text: "This is not bad at all, and the naming isn't wrong.", fires: &[], quiet: &["bare-verdict", "derogatory-word"], quadrant: None },
    Case { text: "STOP PUSHING BROKEN CODE!!!", fires: &["shouting"], quiet: &[], quadrant: Some(Quadrant::ObnoxiousAggression) },
    Case { text: "Oh great, the build broke again. Thanks for nothing.", fires: &["sarcasm"], quiet: &[], quadrant: None },
    // A strength that is absent is criticism, not praise of the strength.
    Case { text: "Her drive is non-existent and his focus is absent.", fires: &["vague-criticism"], quiet: &["vague-praise", "trait-praise"], quadrant: None },
    // "has a hard time …" is a struggle in an idiom with no negative word: what follows is
    // not praise, and the sentence criticises.
    Case { text: "Ravi has a hard time getting to standup on time.", fires: &[], quiet: &["vague-praise"], quadrant: None },
    // "above-average" is praise, the hyphen notwithstanding.
    Case { text: "Her drafts have been above-average.", fires: &["vague-praise"], quiet: &["vague-criticism"], quadrant: None },
    // The writer's plan is a next step, not praise to back with an example.
    Case { text: "We should give him stretch projects that suit his strong analytical skills.", fires: &[], quiet: &["vague-praise"], quadrant: None },
    Case { text: "Tess is always keen to pick up new tickets, but she has a hard time keeping her estimates realistic.", fires: &["vague-criticism"], quiet: &[], quadrant: None },
];

fn rules(a: &Analysis) -> Vec<&'static str> {
    a.findings.iter().map(|f| f.rule.as_str()).collect()
}

#[test]
fn fixtures() {
    let mut failures = Vec::new();
    for c in CASES {
        let a = analyze(c.text);
        let got = rules(&a);
        for r in c.fires {
            if !got.contains(r) {
                failures.push(format!("{:?}: expected {r}, got {got:?}", c.text));
            }
        }
        for r in c.quiet {
            if got.contains(r) {
                failures.push(format!("{:?}: unexpected {r}", c.text));
            }
        }
        if let Some(q) = c.quadrant {
            if a.quadrant != q {
                failures.push(format!(
                    "{:?}: quadrant {:?} (care {:.0}, challenge {:.0}), expected {q:?}",
                    c.text, a.quadrant, a.care, a.challenge
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn findings_are_sorted_on_char_boundaries_and_documented() {
    let ids: Vec<&str> = catalogue().iter().map(|d| d.id.as_str()).collect();
    for c in CASES {
        let a = analyze(c.text);
        for w in a.findings.windows(2) {
            assert!((w[0].start, w[0].end) <= (w[1].start, w[1].end));
        }
        for f in &a.findings {
            assert!(f.start < f.end && f.end <= c.text.len());
            assert!(c.text.is_char_boundary(f.start) && c.text.is_char_boundary(f.end));
            assert!(
                ids.contains(&f.rule.as_str()),
                "{} not in the catalogue",
                f.rule
            );
            assert!(!f.message.contains('\n'));
            // Filled by `suggest::fill` (branch `rewrite`): every finding offers a rewrite.
            assert!(!f.suggestions.is_empty(), "{} has no suggestion", f.rule);
        }
    }
}

/// Two cards that would make one edit are one card: the label before the sneer, the problem
/// before the warning, the narrower mark among equals. Cards that say different things about
/// one sentence both stay, and their first edits differ.
#[test]
fn one_edit_is_one_card() {
    let heat = |a: &Analysis| {
        a.findings
            .iter()
            .filter(|f| matches!(f.category, Category::Harsh | Category::Personality))
            .map(|f| f.rule.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        heat(&analyze("This crappy code needs a rewrite.")),
        ["profanity"]
    );
    assert_eq!(
        heat(&analyze("You jerk, this broke the nightly.")),
        ["name-calling"]
    );
    assert_eq!(
        heat(&analyze("That argument is a load of nonsense.")),
        ["derogatory-word"]
    );
    let praise = analyze("He is a very dependable colleague.");
    assert_eq!(rules(&praise), ["trait-praise", "vague-praise"]);
    let mixed = analyze("Marco is very smart, but he never shares his notes.");
    let first_of = |rule: &str| {
        let f = mixed.findings.iter().find(|f| f.rule == rule);
        f.map(|f| f.suggestions[0].clone())
    };
    assert!(first_of("trait-praise").is_some());
    assert_ne!(first_of("trait-praise"), first_of("vague-praise"));
    let hedges = analyze("Some say the import seems slow.");
    let firsts: Vec<_> = hedges.findings.iter().map(|f| &f.suggestions[0]).collect();
    assert_eq!(firsts.len(), 2);
    assert_ne!(firsts[0], firsts[1]);
}

#[test]
fn disabled_rules_are_removed() {
    let o = Options {
        disabled_rules: vec![frankly::engine::RuleId::VagueCriticism],
        ..Default::default()
    };
    assert!(
        !rules(&analyze_with("You need to communicate better.", &o)).contains(&"vague-criticism")
    );
}

#[test]
fn code_review_mode_relaxes_structure() {
    let text = "Your updates are too long.";
    assert!(rules(&analyze(text)).contains(&"missing-sbi"));
    let o = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let got = rules(&analyze_with(
        "This loop is too slow; use a `HashMap` instead.",
        &o,
    ));
    assert!(!got.contains(&"missing-sbi"), "{got:?}");
}

#[test]
fn scores_stay_in_range_and_sbi_is_detected() {
    let a = analyze("In yesterday's demo you skipped the rollback step, which delayed the release by an hour. Next time, could you run the checklist first?");
    assert!(
        a.sbi.situation && a.sbi.behavior && a.sbi.impact && a.sbi.next_step,
        "{:?}",
        a.sbi
    );
    for v in [a.care, a.challenge, a.specificity] {
        assert!((0.0..=100.0).contains(&v));
    }
    assert!(a.specificity > analyze("You need to do better.").specificity);
    assert_eq!(a.sentences.len(), 2);
    assert!(!a.signals.is_empty());
}

#[test]
fn empty_and_whitespace_are_neutral() {
    for t in ["", "   ", "\n\n\t", "🙂"] {
        let a = analyze(t);
        assert_eq!(a.quadrant, Quadrant::Neutral);
        assert!(a.findings.is_empty());
        assert_eq!((a.care, a.challenge), (50.0, 50.0));
    }
}

// ---- Robustness -------------------------------------------------------------------------

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "you",
    "are",
    "lazy",
    "f*ck",
    "sh1t",
    "just",
    "[",
    "]",
    "[name]",
    "(",
    ")",
    "`",
    "```",
    "code",
    "!!!",
    "?",
    ".",
    " ",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{202e}",
    "مرحبا",
    "שלום",
    "👍🏽",
    "🏳️‍🌈",
    "e\u{301}",
    "Ǆ",
    "İ",
    "ß",
    "ﬁ",
    "ΣΑΣ",
    "’",
    "“",
    "”",
    "…",
    "#",
    "%#@$",
    "a[i]",
    "http://x.y/z",
    "never",
    "every time",
    "not",
    "great work",
    "needs improvement",
    "no offense",
    "i'm",
    "don't",
    "WTF",
    "A",
    "LOUD",
    "—",
    "\u{feff}",
    "\u{200b}",
];

fn check_total(text: &str) {
    let a = analyze(text);
    for f in &a.findings {
        assert!(
            f.start <= f.end && f.end <= text.len(),
            "span out of range in {text:?}"
        );
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "span not on char boundary in {text:?}"
        );
    }
    for s in &a.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for s in &a.signals {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    assert!(a.care.is_finite() && a.challenge.is_finite() && a.specificity.is_finite());
    serde_json::to_string(&a).expect("serializable");
}

#[test]
fn never_panics_on_random_unicode() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..1500 {
        let len = (rng.next() % 40) as usize;
        let text: String = (0..len).map(|_| rng.pick(PIECES)).collect::<Vec<_>>().join(
            if rng.next().is_multiple_of(2) {
                " "
            } else {
                ""
            },
        );
        check_total(&text);
    }
}

#[test]
fn every_char_boundary_prefix_and_suffix() {
    let text = "Hi 👋🏽 Sarah — you’re SO lazy!!! f*ck [placeholder] `code[i]`\r\nמה? \u{0}e\u{301} every time, I guess. ok";
    for (i, _) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        check_total(&text[..i]);
        check_total(&text[i..]);
    }
}

#[test]
fn crlf_and_rtl_keep_sentences_apart() {
    let text = "First point here.\r\nSecond point here.\r\n\r\nשלום עולם.";
    assert_eq!(sentences(text).len(), 3);
}

#[test]
fn one_megabyte_paste_is_handled_quickly() {
    let unit = "You always ship sloppy code, just saying!!! [fix] `a[i]` https://example.com/x?y=1 👍🏽 maybe \r\n";
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(unit);
    }
    // Speed is measured by `./x bench`, not asserted here: this checks totality on a big paste.
    check_total(&text);
}

#[test]
fn one_megabyte_without_any_breaks() {
    let adversarial = [
        "just ".repeat(200_000),
        "`".repeat(1_000_000),
        "[a".repeat(500_000),
        "you are ".repeat(125_000),
        "``` `` ".repeat(140_000),
        "a".repeat(1_000_000),
        "!?".repeat(500_000),
        "é".repeat(500_000),
    ];
    for text in adversarial {
        check_total(&text);
    }
}

#[test]
fn deficit_and_encouragement_cues_raise_challenge() {
    let c = |t: &str| analyze(t).challenge;
    assert!(c("The evaluation misses the strongest baseline.") > 55.0);
    assert!(c("I encourage the authors to report variance over seeds.") > 55.0);
    assert!(c("The method underperforms the simpler variant on two tasks.") > 55.0);
    // Near misses: describing, not criticising.
    assert!(c("The evaluation includes the strongest baseline.") <= 52.0);
    assert!(c("The method outperforms the simpler variant on two tasks.") <= 52.0);
}

/// The SBI checklist ticks what the draft says and nothing else.
#[test]
fn sbi_checklist_ticks_only_what_is_there() {
    let sbi = |t: &str| frankly::engine::analyze(t).sbi;
    // Not a situation, not a behavior, not an impact, not a next step.
    for t in [
        "You talk too much in meetings.",
        "Going forward, be better.",
        "You need to improve.",
        "Why are you like this?",
        "Next time, don't be so lazy.",
        "The impact was huge.",
        "Going forward, she needs to step up.",
    ] {
        let s = sbi(t);
        assert!(
            !s.situation && !s.behavior && !s.impact && !s.next_step,
            "{t}: {s:?}"
        );
    }
    // Impact said in plain words.
    for t in [
        "In Monday's planning you interrupted Ana twice and she stopped sharing her concerns.",
        "The tests were skipped, so we shipped without a rollback plan.",
        "You skipped the review. As a result, the release slipped a week.",
        "Noor cut in before the designer had finished, and the designer stopped raising concerns.",
    ] {
        assert!(sbi(t).impact, "{t}");
    }
    assert!(sbi("Could you send the agenda a day ahead next time?").next_step);
    // The wording the rewrites offer for someone else's next step, once filled in.
    assert!(sbi("As a next step, I'd like Noor to let others finish before replying.").next_step);
}

#[test]
fn a_quoted_line_gets_no_draft_note() {
    // The quoted critical sentence is the other person's; the reply is the writer's own.
    let quoted = "> He is terrible at planning and misses every deadline.\n\n";
    let reply = "Thanks, I will rewrite the summary and send it tomorrow.";
    let a = analyze(&format!("{quoted}{reply}"));
    let inside: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.start < quoted.len())
        .collect();
    assert!(inside.is_empty(), "{inside:?}");
    // Unquoted, the same sentence is judged.
    let a = analyze(&format!("{}{reply}", &quoted[2..]));
    assert!(rules(&a).contains(&"missing-sbi"), "{:?}", rules(&a));
}

#[test]
fn a_heated_code_comment_is_not_also_nagged_about_its_hedges() {
    let code = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let a = analyze_with(
        "This helper is probably garbage. Maybe the `retry()` loop could kind of be shorter?",
        &code,
    );
    let r = rules(&a);
    assert!(
        r.iter()
            .any(|r| *r == "derogatory-word" || *r == "bare-verdict"),
        "{r:?}"
    );
    assert!(
        !a.findings.iter().any(|f| f.category == Category::Hedging),
        "{r:?}"
    );
    // Without the heat, the stacked softeners are still a note.
    let a = analyze_with(
        "This helper is probably unused. Maybe the `retry()` loop could kind of be shorter?",
        &code,
    );
    assert!(
        a.findings.iter().any(|f| f.category == Category::Hedging),
        "{:?}",
        rules(&a)
    );
}

#[test]
fn heat_in_one_comment_does_not_silence_the_hedges_of_a_long_draft() {
    let code = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let heated = "This helper is probably garbage.";
    let hedged = "Maybe the `retry()` loop could kind of be shorter?";
    let long: String = (0..4).map(|_| format!("{heated} {hedged} ")).collect();
    let a = analyze_with(&long, &code);
    assert!(
        a.findings.iter().any(|f| f.category == Category::Hedging),
        "{:?}",
        rules(&a)
    );
    // Its own paragraph, short, is a comment of its own again.
    let a = analyze_with(&format!("{hedged}\n\n{heated}"), &code);
    assert!(
        a.findings.iter().any(|f| f.category == Category::Hedging),
        "{:?}",
        rules(&a)
    );
}

#[test]
fn one_put_down_is_one_condescension_card() {
    let a = analyze("You clearly didn't read the docs.");
    let n = a
        .findings
        .iter()
        .filter(|f| f.rule.as_str() == "condescension")
        .count();
    assert_eq!(n, 1, "{:?}", rules(&a));
}

/// "This parser is garbage and needs to be better": the verdict is the thing to fix, and its card
/// says how; no second card asks for an example of the insult. A sneering adjective in a review
/// ("his work was abysmal") keeps its vague-criticism card: the example is what is missing there.
#[test]
fn an_insult_is_not_also_a_vague_criticism() {
    let a = analyze("This parser is garbage and needs to be better.");
    let r = rules(&a);
    assert!(r.contains(&"bare-verdict"), "{r:?}");
    assert!(!r.contains(&"vague-criticism"), "{r:?}");
    let review = analyze("His work this quarter was abysmal.");
    assert!(
        rules(&review).contains(&"vague-criticism"),
        "{:?}",
        rules(&review)
    );
}
