//! Rewrites: every finding gets a suggestion, the first one removes the finding it fixes, applying
//! is total, `rewrite_all` is bounded, and the seed's "Instead of" sentences reach Radical Candor
//! once their placeholders are filled. All drafts below are our own.
use frankly::engine::rewrite_all;
use frankly::engine::{analyze_with, apply, Analysis, Category, Finding, Mode, Options, Quadrant};

/// Our own sample drafts: performance reviews, code reviews, peer feedback; emoji, CRLF,
/// non-Latin scripts, lists, review labels.
const DRAFTS: &[&str] = &[
    // Performance review
    "You always interrupt people.",
    "She never reviews on time.",
    "Every time you deploy, the build breaks.",
    "You are abrasive in meetings with the design team.",
    "He's lazy about documentation and it shows.",
    "You're not a team player.",
    "You need to communicate better.",
    "Your code needs to be cleaner",
    "That architecture won't scale",
    "Great work, keep it up!",
    "You're doing great, no need to change anything.",
    "Your technical work is fine, keep it up",
    "Good job this quarter.",
    "You need to step up and take more ownership of the roadmap.",
    "Honestly, your updates are too long and hard to follow.",
    "Some people feel your updates are possibly too long.",
    "I'm not a systems person, I'm an application developer.",
    "Some people are naturally good at architecture, and I'm not one of them.",
    "He's just not cut out for management.",
    "You don't have the personality for sales.",
    "She is a born leader.",
    "You are a nice person but the report is late.",
    "No offense, but the doc is late.",
    "Per my last email, the deadline was Friday.",
    "Not bad for a junior engineer.",
    "With all due respect, this plan is not good enough.",
    "Friendly reminder that the review is due.",
    "Your performance this year was below expectations.",
    "You constantly miss deadlines and you never ask for help.",
    "In [meeting], you said [what you said].",
    // Code review
    "This parser is garbage.",
    "What a stupid way to write a loop",
    "Yuck, globals everywhere.",
    "Only an idiot would write a loop like this.",
    "You idiot, you broke the build again",
    "Your approach is wrong",
    "This is crap.",
    "What the hell were you doing with `retry_loop`?",
    "This fucking loop breaks again.",
    "WTF is this `parseConfig` doing here?!",
    "DO NOT MERGE THIS AGAIN!!!",
    "Fix it now!!!",
    "What were you thinking?",
    "How hard is it to close a file?",
    "Oh great, another broken build.",
    "Thanks for nothing.",
    "nit: maybe rename `x` to `count`?",
    "I just wanted to say the tests are slow.",
    "Sorry to bother you, but the docs are out of date.",
    "It's kind of confusing.",
    "This code is overcomplicated and hard to follow",
    "This function is a mess and the naming is ugly.",
    "I'm such a moron, fixed the typo.",
    "- This sucks.\n- The tests are flaky as hell.",
    "Any idiot knows you close the file. Seriously?",
    "issue: this is terrible",
    // Peer feedback
    "You're a genius 🙂 but your reviews are harsh.",
    "Thanks for the help 🙏, you rock!",
    "Sam is always late to standup 😤.",
    "Line one is fine.\r\nThis is bad.\r\nYou always skip the tests.",
    "Ваш код ужасен. This is garbage.",
    "この設計はダメです。 That design won't scale.",
    "C'est nul. You are so dramatic.",
    "Maybe we could kind of try a bit harder?",
    "It is believed that the migration possibly failed.",
    "You're doing a good job, but you're sometimes a bit disorganized.",
    "The demo was a disaster and you are incompetent.",
    "Stop being so defensive!!!",
    "Your design doc is hard to read, no offense.",
    "I think this is a pretty good effort for a first try.",
    "Whatever you think, it's your call.",
    "You should have known better.",
    "",
    "   ",
    "👍",
    "[",
    "]] [[ [x] [the team]",
    "```\nfn main() { garbage(); }\n```\nThis is garbage.",
];

fn modes() -> [Options; 3] {
    [
        Options {
            mode: Mode::PerformanceReview,
            ..Default::default()
        },
        Options {
            mode: Mode::CodeReview,
            ..Default::default()
        },
        Options {
            mode: Mode::PeerFeedback,
            ..Default::default()
        },
    ]
}

fn overlaps(f: &Finding, r: &std::ops::Range<usize>) -> bool {
    if r.is_empty() {
        f.start <= r.start && r.start < f.end
    } else {
        f.start < r.end && r.start < f.end
    }
}

#[test]
fn there_are_at_least_sixty_drafts() {
    assert!(DRAFTS.len() >= 60, "{}", DRAFTS.len());
}

#[test]
fn every_finding_offers_a_rewrite_on_char_boundaries() {
    let mut findings = 0;
    for text in DRAFTS {
        for o in modes() {
            let a = analyze_with(text, &o);
            for f in &a.findings {
                findings += 1;
                assert!(
                    !f.suggestions.is_empty(),
                    "{} in {text:?} has no suggestion",
                    f.rule
                );
                for s in &f.suggestions {
                    assert!(
                        s.start <= s.end && s.end <= text.len(),
                        "{s:?} out of range in {text:?}"
                    );
                    assert!(
                        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                        "{s:?} in {text:?}"
                    );
                    assert!(!s.label.is_empty());
                    assert_ne!(
                        &text[s.start..s.end],
                        s.replacement,
                        "no-op suggestion {s:?}"
                    );
                }
            }
        }
    }
    assert!(
        findings > 150,
        "only {findings} findings: the drafts no longer exercise the rules"
    );
}

/// Applying the first suggestion removes that finding where it was (a placeholder left to fill
/// is fine). Re-analyses after each application, as the UI does.
#[test]
fn first_suggestion_removes_its_finding() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for text in DRAFTS {
        for o in modes() {
            let a = analyze_with(text, &o);
            for f in &a.findings {
                let s = &f.suggestions[0];
                let (new, sel) = apply(text, s);
                assert!(new.is_char_boundary(sel.start) && new.is_char_boundary(sel.end));
                let r = s.start..s.start + s.replacement.len();
                let b = analyze_with(&new, &o);
                checked += 1;
                let still = b.findings.iter().find(|g| {
                    g.rule == f.rule && g.rule != "unfilled-placeholder" && overlaps(g, &r)
                });
                if let Some(g) = still {
                    failures.push(format!(
                        "{:?} [{}] {:?} → {:?} still has {:?}",
                        o.mode,
                        f.rule,
                        text,
                        new,
                        &new[g.start..g.end]
                    ));
                }
            }
        }
    }
    assert!(checked > 150);
    assert!(
        failures.is_empty(),
        "{} of {checked} not removed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Harsh and personality findings: the first suggestion removes every finding of the same
/// category at that place (the acceptance criterion for the ToxiCR figure).
#[test]
fn harsh_rewrites_leave_no_harsh_words_behind() {
    for text in DRAFTS {
        for o in modes() {
            let a = analyze_with(text, &o);
            for f in a
                .findings
                .iter()
                .filter(|f| matches!(f.category, Category::Harsh | Category::Personality))
            {
                let s = &f.suggestions[0];
                let (new, _) = apply(text, s);
                let r = s.start..s.start + s.replacement.len();
                let b = analyze_with(&new, &o);
                let left: Vec<_> = b
                    .findings
                    .iter()
                    // Praise of a trait is not a harsh word left behind.
                    .filter(|g| g.category == f.category && overlaps(g, &r))
                    .filter(|g| g.rule != frankly::engine::RuleId::TraitPraise)
                    .map(|g| g.rule)
                    .collect();
                assert!(
                    left.is_empty(),
                    "{text:?} [{}] → {new:?} still {left:?}",
                    f.rule
                );
            }
        }
    }
}

/// The UI loop: apply the first suggestion of the first finding that is not a placeholder,
/// re-analyse, repeat. Never panics, stays valid, terminates.
#[test]
fn applying_suggestions_in_a_row_with_fresh_offsets() {
    for text in DRAFTS {
        let o = Options::default();
        let mut cur = text.to_string();
        for _ in 0..12 {
            let a = analyze_with(&cur, &o);
            let Some(f) = a.findings.iter().find(|f| f.rule != "unfilled-placeholder") else {
                break;
            };
            let (new, sel) = apply(&cur, &f.suggestions[0]);
            assert!(sel.start <= sel.end && sel.end <= new.len());
            cur = new;
        }
        assert!(cur.len() < text.len() * 20 + 5000);
    }
}

#[test]
fn rewrite_all_is_bounded_and_leaves_no_harsh_or_personality_findings() {
    for text in DRAFTS {
        for o in modes() {
            let out = rewrite_all(text, &o);
            let a = analyze_with(&out, &o);
            let bad: Vec<_> = a
                .findings
                .iter()
                .filter(|f| matches!(f.category, Category::Harsh | Category::Personality))
                .map(|f| (f.rule, &out[f.start..f.end]))
                .collect();
            assert!(bad.is_empty(), "{text:?} → {out:?}: {bad:?}");
        }
    }
    assert_eq!(rewrite_all("", &Options::default()), "");
    assert_eq!(
        rewrite_all("The build passed.", &Options::default()),
        "The build passed."
    );
}

#[test]
fn empty_and_very_long_texts() {
    let a = analyze_with("", &Options::default());
    assert!(a.findings.is_empty());
    let mut long = String::new();
    for i in 0..400 {
        long.push_str(DRAFTS[i % DRAFTS.len()]);
        long.push_str(if i % 3 == 0 { "\r\n" } else { " " });
    }
    let a = analyze_with(
        &long,
        &Options {
            mode: Mode::CodeReview,
            ..Default::default()
        },
    );
    assert!(a.findings.len() > 100);
    for f in &a.findings {
        assert!(!f.suggestions.is_empty());
        for s in &f.suggestions {
            assert!(long.is_char_boundary(s.start) && long.is_char_boundary(s.end));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What the rewrites say.

/// The rule ids of `text`'s findings in the default mode (a performance review).
fn rules_in(text: &str) -> Vec<&'static str> {
    let a = analyze_with(text, &Options::default());
    a.findings.iter().map(|f| f.rule.as_str()).collect()
}

/// The first finding of `rule` in `text` analysed in `mode`; panics naming the rules it found.
fn finding_in(text: &str, rule: &str, mode: Mode) -> Finding {
    let a = analyze_with(
        text,
        &Options {
            mode,
            ..Default::default()
        },
    );
    a.findings
        .iter()
        .find(|f| f.rule == rule)
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "no {rule} in {text:?}: {:?}",
                a.findings.iter().map(|f| f.rule).collect::<Vec<_>>()
            )
        })
}

/// `finding_in` the default mode (a performance review).
fn finding(text: &str, rule: &str) -> Finding {
    finding_in(text, rule, Mode::default())
}

fn first(text: &str, rule: &str, mode: Mode) -> String {
    let f = finding_in(text, rule, mode);
    apply(text, &f.suggestions[0]).0
}

/// The example `rule`'s card adds ("Add an example: …"), applied: where another card on the
/// same sentence adds it already, the card leads with another edit (`vary_insertions`).
fn example(text: &str, rule: &str, mode: Mode) -> String {
    let f = finding_in(text, rule, mode);
    let s = f
        .suggestions
        .iter()
        .find(|s| s.label.starts_with("Add an example"));
    apply(text, s.unwrap_or(&f.suggestions[0])).0
}

/// The first suggestion of `rule` that fills in no placeholder, applied: the plain wording a
/// hedge gets when it goes.
fn plainly(text: &str, rule: &str, mode: Mode) -> String {
    let a = analyze_with(
        text,
        &Options {
            mode,
            ..Default::default()
        },
    );
    let f = a.findings.iter().find(|f| f.rule == rule);
    let s = f.and_then(|f| f.suggestions.iter().find(|s| !s.replacement.contains('[')));
    s.map_or_else(
        || format!("no plain {rule} in {text:?}"),
        |s| apply(text, s).0,
    )
}

#[test]
fn hedges_are_removed_with_spacing_and_capitals_fixed() {
    let pr = Mode::PerformanceReview;
    // "is likely to" becomes "will": dropping "likely" alone left "is to thrive".
    assert_eq!(
        first(
            "With steady coaching, Noor is likely to thrive next year.",
            "weasel-words",
            pr
        ),
        "With steady coaching, Noor will thrive next year."
    );
    // "of some sort" after its noun goes whole ("a problem of sort" is no English).
    assert_eq!(
        first(
            "It is a scheduling problem of some sort, I think.",
            "weasel-words",
            pr
        ),
        "It is a scheduling problem, I think."
    );
    assert_eq!(
        first("It is uncertain if Omar will stay.", "weasel-words", pr),
        "I don't know if Omar will stay."
    );
    assert_eq!(
        first(
            "I just wanted to say the report was late.",
            "hedge-softener",
            pr
        ),
        "I wanted to say the report was late."
    );
    assert_eq!(
        first("The plan was criticised by some.", "weasel-words", pr),
        "The plan was criticised by [who, e.g. three of the five leads]."
    );
    // With no subject before "just", the writer takes its place.
    assert_eq!(
        first(
            "Right, just wanted to check the flag.",
            "hedge-softener",
            pr
        ),
        "Right, I wanted to check the flag."
    );
    assert_eq!(
        first(
            "Sorry to bother you, but the docs are out of date.",
            "hedge-softener",
            pr
        ),
        "The docs are out of date."
    );
    assert_eq!(
        first("It's kind of confusing.", "hedge-softener", pr),
        "It's confusing."
    );
    // A degree on a plain verb judges no one: it goes, with no incident asked for.
    assert_eq!(
        first(
            "Your old tickets kind of linger in the backlog.",
            "hedge-softener",
            pr
        ),
        "Your old tickets linger in the backlog."
    );
    // "did not seem" spelled out takes its plain verb as "didn't seem" does (deleting "seem"
    // left "did not interested").
    assert_eq!(
        first(
            "He did not seem interested in my notes, though I wrote them so he would see the format.",
            "weasel-words",
            pr
        ),
        "He was not interested in my notes, though I wrote them so he would see the format."
    );
    // Advice hedged with "might" gets its plain modal, not an incident to back it.
    assert_eq!(
        first(
            "Omar might even benefit from running the retro.",
            "weasel-words",
            pr
        ),
        "Omar would even benefit from running the retro."
    );
    assert_eq!(
        first("No offense, but the doc is late.", "backhanded", pr),
        "The doc is late."
    );
    // The whole softening clause goes, not "if that's okay" alone (which left "…, with you.").
    assert_eq!(
        first(
            "Let's move the review to Friday, if that's okay with you.",
            "hedge-softener",
            pr
        ),
        "Let's move the review to Friday."
    );
    assert_eq!(
        first(
            "If that works for you, let's move the review to Friday.",
            "hedge-softener",
            pr
        ),
        "Let's move the review to Friday."
    );
}

/// A hedge on advice, on a point the writer only passes on, or on an amount goes; no incident
/// is asked for where none could back the sentence.
#[test]
fn hedged_advice_loses_its_hedge_instead_of_asking_for_an_incident() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Maybe Lena should look at a role closer to design.",
            "hedge-softener",
            pr
        ),
        "Lena should look at a role closer to design."
    );
    assert_eq!(
        first(
            "He could perhaps try to speak up in planning.",
            "hedge-softener",
            pr
        ),
        "He could try to speak up in planning."
    );
    assert_eq!(
        first(
            "I just wanted to mention that the handover notes were kind of thin.",
            "hedge-softener",
            pr
        )
        .matches('[')
        .count(),
        0
    );
    // Praise in a word no sentiment list rates gets an example of good work, not of a slip.
    let praise = first(
        "Ravi is so important for the sales team.",
        "weasel-words",
        pr,
    );
    assert!(
        praise.contains("onboarding calls"),
        "a slip was asked for: {praise}"
    );
    // A puffed-up predicate keeps its adjective: "became far more" was the rewrite.
    let grows = first(
        "I believe Priya is key to the clinic now and will become far more important later.",
        "weasel-words",
        pr,
    );
    assert!(grows.contains("more important"), "{grows}");
    // "how it is possible …" asks how; it hedges nothing.
    let a = frankly::analyze("I can't work out how it is possible the nightly job passed.");
    assert!(
        a.findings.iter().all(|f| f.rule != "weasel-words"),
        "{:?}",
        a.findings
    );
    // Nor does a puffed-up word that a question or an "if" only supposes ("Clarity is." was
    // the rewrite of such predicates).
    for text in [
        "If the gap is significant, we can drop the second pass.",
        "Do you think the new plugin is notable?",
    ] {
        let a = frankly::analyze(text);
        assert!(
            a.findings.iter().all(|f| f.rule != "weasel-words"),
            "{text}"
        );
    }
    // What someone could do is advice too.
    assert_eq!(
        first(
            "Tomas could probably take on the vendor calls himself.",
            "weasel-words",
            pr
        ),
        "Tomas could take on the vendor calls himself."
    );
    // A forecast on a condition is honest; "might" → "can" said she was able to.
    let a = frankly::analyze("She might lose the Hartley account if the reports stay late.");
    assert!(
        a.findings.iter().all(|f| f.rule != "weasel-words"),
        "{:?}",
        a.findings
    );
    // The count goes on the noun, past its adjectives ("[three] unusual gaps").
    assert_eq!(
        first(
            "There are some unusual gaps in the plan.",
            "weasel-words",
            pr
        ),
        "There are [the number, e.g. three] unusual gaps in the plan."
    );
    // "some will load": things, not people to name.
    assert_eq!(
        first(
            "It fails on every page, some will load for a second and then stop.",
            "weasel-words",
            pr
        ),
        "It fails on every page, [which ones, e.g. three of the five] will load for a second and then stop."
    );
    // "It is unclear and …" is a verdict ("I don't know and …" was the swap); a proposal in
    // "could be slightly more …" and "entitled to believe" hedge nothing.
    for text in [
        "The guide could be slightly more detailed on how tokens are issued.",
        "Anyone is entitled to believe whatever they like about the rota.",
        "It is unclear and poorly argued why the second pass is needed.",
        // A request, a participle that describes, a stressed "not all", an answer.
        "The tone of the summary could be slightly toned down.",
        "A key indicating the line styles would help in the second chart.",
        "Dropping the flag breaks *some* callers of the old API.",
        "@lena most likely, yes",
    ] {
        let a = frankly::analyze(text);
        assert!(
            a.findings.iter().all(|f| f.rule != "weasel-words"),
            "{text}: {:?}",
            a.findings
        );
    }
    // "only a bit of slack": an amount said to be small, no softener.
    let a = frankly::analyze("Ravi has only a bit of slack left before the audit.");
    assert!(
        a.findings.iter().all(|f| f.rule != "hedge-softener"),
        "{:?}",
        a.findings
    );
}

#[test]
fn absolutes_become_a_time_frame_to_fill() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first("You always interrupt people.", "absolute-language", pr),
        "You interrupted people in [when, e.g. the last month]."
    );
    // What happened then is told in the past; a verb whose past is not sure keeps its form.
    assert_eq!(
        first(
            "She is always late to the standup.",
            "absolute-language",
            pr
        ),
        "She was late to the standup in [when, e.g. the last month]."
    );
    assert_eq!(
        first("He always forgets the changelog.", "absolute-language", pr),
        "He forgot the changelog in [when, e.g. the last month]."
    );
    assert_eq!(
        first("She never reviews on time.", "absolute-language", pr),
        "She did not review on time in [when, e.g. the last three reviews]."
    );
    // Inside a condescension finding ("you never read the …") the verb still goes with "never".
    assert_eq!(
        first("You never read the style guide.", "absolute-language", pr),
        "You did not read the style guide in [when, e.g. the last three reviews]."
    );
    assert_eq!(
        first(
            "Every time you deploy, the build breaks.",
            "absolute-language",
            pr
        ),
        "In [when, e.g. the last two releases], when you deploy, the build breaks."
    );
}

#[test]
fn fixed_mindset_becomes_growth_mindset() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first("I'm not a systems person.", "fixed-mindset", pr),
        "I haven't built systems expertise yet."
    );
    // The intensifier is not part of the skill.
    assert_eq!(
        first("She is not a very numbers person.", "fixed-mindset", pr),
        "She is still building numbers expertise."
    );
    // The finding ends at "natural"; the rewrite takes the noun after it along.
    assert_eq!(
        first("Omar is not a natural speaker.", "fixed-mindset", pr),
        "Omar is still growing as a speaker."
    );
    assert_eq!(
        first(
            "Some people are naturally good at architecture.",
            "fixed-mindset",
            pr
        ),
        "Some people are skilled, through practice, at architecture."
    );
    assert_eq!(
        first("He's just not cut out for management.", "fixed-mindset", pr),
        "He's still building the skills for management."
    );
    // A ceiling after praise is criticism: the step past it first, then the example of a slip
    // with a next step.
    let text = "Ravi is quick with tickets, but I don't expect he will ever progress much further.";
    let f = finding_in(text, "fixed-mindset", pr);
    let step = apply(text, &f.suggestions[0]).0;
    assert!(
        step.contains("To grow beyond that, Ravi could [a next step"),
        "{step}"
    );
    let slip = apply(text, &f.suggestions[1]).0;
    assert!(slip.contains("As a next step, I'd like Ravi to"), "{slip}");
}

#[test]
fn labels_become_behavior_and_keep_the_situation() {
    let out = first(
        "You are abrasive in meetings with the design team.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(out.starts_with("In [which of the meetings with the design team, e.g. the March launch review], you [what you did"), "{out}");
    assert!(!out.contains("abrasive"));
}

#[test]
fn a_repetition_complaint_keeps_the_point_or_offers_another_way_in() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "I've told you twice already that the build needs Node 20.",
            "condescension",
            pr
        ),
        "The build needs Node 20."
    );
    assert_eq!(
        first(
            "As I said three times, the API is frozen.",
            "condescension",
            pr
        ),
        "The API is frozen."
    );
    // Asked before: ask once more, plainly, keeping the task.
    assert_eq!(
        first(
            "I've asked you three times to update the ticket.",
            "condescension",
            pr
        ),
        "Could you update the ticket by [when, e.g. Thursday noon]? [Why it matters, e.g. the rest of the team is waiting on it]."
    );
    // Nothing but the sigh: a way back in for the reader, not a self-review.
    let out = first(
        "I have explained this three times now.",
        "condescension",
        pr,
    );
    assert!(
        out.starts_with("Let me put it another way: [the point"),
        "{out}"
    );
    // "told you" with the point right after it, with no "that".
    assert_eq!(
        first(
            "I already told you the cache is cleared at midnight.",
            "condescension",
            pr
        ),
        "The cache is cleared at midnight."
    );
    // An ordinal time: the same ways in.
    let out = first(
        "This is the fourth time I have explained the same thing.",
        "condescension",
        pr,
    );
    assert!(
        out.starts_with("Let me put it another way: [the point"),
        "{out}"
    );
    assert!(first(
        "It's the third time I've asked for the meeting notes.",
        "condescension",
        pr
    )
    .starts_with("Could you [what you need, e.g. send me] the meeting notes by"));
}

/// An order to calm down or leave, joined on by "so just", goes with its clause; the point
/// before it stays (the sentence was replaced by a template about whoever it named).
#[test]
fn a_dismissal_joined_by_so_just_goes_with_its_clause() {
    assert_eq!(
        first(
            "Most of the regulars here side with Dana, so now calm down, relax.",
            "condescension",
            Mode::PerformanceReview
        ),
        "Most of the regulars here side with Dana."
    );
}

/// "I have no idea what you're …" is the writer not following, said with a scoff: the scoff
/// goes and the rest stays (the @mention, the question), rather than a problem template.
#[test]
fn no_idea_what_you_mean_becomes_not_sure() {
    let text = "@lena I honestly have no idea what you're proposing beyond a rollback.";
    assert_eq!(
        first(text, "condescension", Mode::PerformanceReview),
        "@lena I'm not sure what you're proposing beyond a rollback."
    );
    let a = frankly::analyze("@lena Not sure what you're suggesting with the flag.");
    assert!(
        a.findings.iter().all(|f| f.rule != "weasel-words"),
        "{:?}",
        a.findings
    );
    // A sneer on what something makes of the work keeps the sentence.
    let after = first(
        "Moved the helper. Inlining the limit makes the layout ugly.",
        "derogatory-word",
        Mode::CodeReview,
    );
    assert!(
        after.contains("Inlining the limit makes the layout ["),
        "{after}"
    );
}

/// The example goes after a next sentence that points back ("Due to this …", "This means …"),
/// which would otherwise point at the example; "This quarter …" and "So far …" point nowhere,
/// and a forecast ("This would …") or the writer's conclusion ("Thus I …") follows the example.
#[test]
fn an_example_does_not_come_between_a_claim_and_what_points_back_at_it() {
    let claim = "Ines struggles to learn our new tools.";
    for (next, example_after) in [
        ("Because of this, she may slip a grade next cycle.", true),
        ("This quarter she ran the vendor audit alone.", false),
        // The writer's conclusion reads best after the example.
        (
            "Thus I'm not ready to move her onto the client desk.",
            false,
        ),
    ] {
        let text = format!("{claim} {next}");
        let after = first(&text, "vague-criticism", Mode::PerformanceReview);
        let before_example = if example_after { text.as_str() } else { claim };
        assert!(
            after.starts_with(&format!("{before_example} For example,")),
            "{after}"
        );
    }
}

#[test]
fn a_dismissal_before_a_request_becomes_the_request() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Stop complaining and open a pull request.",
            "condescension",
            pr
        ),
        "Could you open a pull request?"
    );
    // A demand, asked without its impatience; the clause after the comma stays a sentence.
    assert_eq!(
        first("Just fix it already!", "condescension", pr),
        "Could you fix it?"
    );
    assert_eq!(
        first("Fix it or close the ticket.", "condescension", pr),
        "Could you fix it or close the ticket?"
    );
    assert_eq!(
        first(
            "Fix this already, the nightly has failed for a week.",
            "condescension",
            pr
        ),
        "Could you fix this? The nightly has failed for a week."
    );
    // A second dismissal is no request.
    assert!(!first("Stop posting and go away.", "condescension", pr).contains("Could you go"));
}

#[test]
fn an_insulting_adjective_before_its_noun_goes_with_its_article_fixed() {
    assert_eq!(
        first(
            "Everyone in this thread agrees that it is an evil plan from the vendor.",
            "derogatory-word",
            Mode::PerformanceReview
        ),
        "Everyone in this thread agrees that it is a plan from the vendor."
    );
}

#[test]
fn a_sneer_beside_the_point_is_dropped_and_the_point_kept() {
    let pr = Mode::PerformanceReview;
    for (draft, kept) in [
        (
            "For the fourth time, the keys live in the vault.",
            "The keys live in the vault.",
        ),
        (
            "I have said this over and over: staging is not prod.",
            "Staging is not prod.",
        ),
        (
            "Seriously, the nightly job has failed all week.",
            "The nightly job has failed all week.",
        ),
        (
            "Clearly you skipped the migration step.",
            "You skipped the migration step.",
        ),
        (
            "Surely you can see why the index matters?",
            "You can see why the index matters?",
        ),
        // The mocked claim is the writer's disagreement; "Imagine" is no one's name.
        (
            "Imagine thinking that his plugin is some kind of spam.",
            "I don't agree that his plugin is some kind of spam.",
        ),
    ] {
        assert_eq!(first(draft, "condescension", pr), kept, "{draft}");
    }
    // About the work, not a person: the problem statement, not a review template of who did what.
    let out = first(
        "What a waste of time that sync call was.",
        "condescension",
        pr,
    );
    assert!(
        out.starts_with("I see a problem with that sync call: [why"),
        "{out}"
    );
    assert!(!out.contains("[who"), "{out}");
    // The writer fed up, not a self-review of what "I" did.
    let out = first("I'm sick of the flaky upload tests.", "condescension", pr);
    assert!(out.starts_with("I see a problem with"), "{out}");
    assert!(!out.contains("[what I did"), "{out}");
}

#[test]
fn a_trait_asked_for_is_criticism_and_its_rewrite_keeps_no_dangling_words() {
    // Asked for, not credited: no praise card, and no "[what Jonas did instead of …]" in place.
    let text = "Jonas needs to be more proactive about flagging blockers.";
    let a = analyze_with(text, &Options::default());
    let rules: Vec<String> = a.findings.iter().map(|f| f.rule.to_string()).collect();
    assert!(!rules.iter().any(|r| r.contains("praise")), "{rules:?}");
    let out = first(text, "personal-label", Mode::PerformanceReview);
    assert!(out.starts_with("In [when"), "{out}");
    // "… and never will be" points back at the label: the whole sentence is rewritten.
    let out = first(
        "He is not a strategic thinker and never will be.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(!out.contains("never will be"), "{out}");
    // The rest completes the adjective: no "[what he did …] with where he is".
    let out = first(
        "He seems unhappy with where he sits in the team.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(!out.contains("] with where"), "{out}");
}

#[test]
fn harsh_rewrites_keep_code_and_topic() {
    let out = first("This parser is garbage.", "bare-verdict", Mode::CodeReview);
    assert!(out.contains("this parser"), "{out}");
    assert!(!out.contains("garbage"));
    let out = first(
        "What the hell were you doing with `retry_loop`?",
        "profanity",
        Mode::PeerFeedback,
    );
    assert!(
        out.contains("`retry_loop`") && !out.contains("hell"),
        "{out}"
    );
    assert_eq!(
        first(
            "This fucking loop breaks again.",
            "profanity",
            Mode::PeerFeedback
        ),
        "This loop breaks again."
    );
    assert_eq!(
        first(
            "Yuck, globals everywhere.",
            "derogatory-word",
            Mode::PeerFeedback
        ),
        "Globals everywhere."
    );
}

/// The topic a harsh rewrite names is a noun phrase, or a placeholder: never a verb ("this
/// displays"), an adjective cut from its charged noun ("the big"), a pronoun's "'s" ("That's
/// honestly") or the writer's role ("As a user").
#[test]
fn harsh_rewrites_name_a_noun_or_leave_a_placeholder() {
    let pf = Mode::PeerFeedback;
    for (text, rule) in [
        ("This shows a stunning level of stupidity.", "insult"),
        ("This is a big fuckup.", "profanity"),
        // A flagged noun after "a": the word before it is an adjective, not a topic.
        ("That was a massive screw-up.", "profanity"),
        ("That's honestly a disaster.", "bare-verdict"),
        (
            "As a user, I shouldn't have to care how it works inside.",
            "condescension",
        ),
    ] {
        let out = first(text, rule, pf);
        assert!(
            out.contains("I see a problem with [what"),
            "{text} -> {out}"
        );
    }
    // "You do realize …": the fact stands without the opener.
    assert_eq!(
        first("You do realize the flag is public?", "condescension", pf),
        "The flag is public?"
    );
    let out = first("Sam's parser is garbage.", "bare-verdict", Mode::CodeReview);
    assert!(out.contains("I see a problem with Sam's parser:"), "{out}");
}

#[test]
fn code_review_mode_offers_conventional_comments_first() {
    let a = analyze_with(
        "This parser is garbage.",
        &Options {
            mode: Mode::CodeReview,
            ..Default::default()
        },
    );
    let f = a
        .findings
        .iter()
        .find(|f| f.rule == "bare-verdict")
        .unwrap();
    // The label is the one proposed for the comment (a verdict names no defect: it does not
    // block), so every card on it agrees.
    assert!(
        f.suggestions[0]
            .replacement
            .starts_with("issue (non-blocking): I see a problem with this parser"),
        "{:?}",
        f.suggestions[0]
    );
    assert_eq!(a.comments[0].prefix, "issue (non-blocking): ");
    let a = analyze_with(
        "nit: maybe rename `x` to `count`?",
        &Options {
            mode: Mode::CodeReview,
            ..Default::default()
        },
    );
    // Already labelled: no second label.
    for f in &a.findings {
        assert!(
            f.suggestions
                .iter()
                .all(|s| !s.replacement.contains("nitpick (non-blocking): nit")),
            "{:?}",
            f.suggestions
        );
    }
}

#[test]
fn vague_praise_becomes_specific_praise() {
    let out = first("Good job this quarter.", "vague-praise", Mode::Praise);
    assert!(
        out.starts_with("Good job this quarter. For example, in [when")
            && out.contains("you [what you did, e.g. ran the onboarding calls")
            && out.contains("[impact"),
        "{out}"
    );
}

#[test]
fn a_closing_keep_it_up_says_what_to_keep_up_and_adds_no_second_example() {
    let out = rewrite_all(
        "Omar handled the audit well. Keep up the great work!",
        &Options::default(),
    );
    assert_eq!(out.matches("For example").count(), 1, "{out}");
    assert!(
        out.ends_with("Keep up the great work on [what to keep up, e.g. the onboarding plan for the three new customers]!"),
        "{out}"
    );
}

#[test]
fn a_plural_noun_opening_a_sentence_is_no_ones_name() {
    for text in [
        "Hands down the best analyst on the team.",
        "Globals are evil and nobody can test them.",
    ] {
        let out = rewrite_all(text, &Options::default());
        assert!(
            !out.contains("Hands [") && !out.contains("Globals ["),
            "{out}"
        );
    }
    // In a review of someone, praise with no subject is theirs, not the writer's of a clause.
    let out = rewrite_all(
        "Mara closes her tickets fast. Easily one of the best analysts I have worked with.",
        &Options::default(),
    );
    assert!(out.contains("], Mara [what Mara did"), "{out}");
}

#[test]
fn a_hedge_inside_a_rewritten_label_brings_no_second_example() {
    let out = rewrite_all(
        "Tariq seems a bit defensive when his designs are questioned.",
        &Options::default(),
    );
    assert!(out.contains("instead of \"defensive\""), "{out}");
    assert!(!out.contains("For example"), "{out}");
}

#[test]
fn a_document_that_reads_unclearly_is_criticism_not_the_writers_doubt() {
    let a = analyze_with("The error message is unclear.", &Options::default());
    let rules: Vec<&str> = a.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"vague-criticism"), "{rules:?}");
    assert!(!rules.contains(&"weasel-words"), "{rules:?}");
}

#[test]
fn placeholders_are_never_filled_with_an_invented_fact() {
    let text =
        "In [the meeting, e.g. Tuesday's planning], you said [what you said], which [impact].";
    let a = analyze_with(text, &Options::default());
    let ph: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.rule == "unfilled-placeholder")
        .collect();
    assert_eq!(ph.len(), 3);
    for f in &ph {
        for s in &f.suggestions {
            assert!(!s.replacement.contains("Tuesday"), "{s:?}");
        }
    }
    // An optional detail goes with the word that introduces it.
    assert_eq!(
        apply(text, &ph[0].suggestions[0]).0,
        "You said [what you said], which [impact]."
    );
    assert_eq!(
        apply(text, &ph[2].suggestions[0]).0,
        "In [the meeting, e.g. Tuesday's planning], you said [what you said]."
    );
    // The placeholder that carries the sentence takes the sentence with it.
    assert_eq!(apply(text, &ph[1].suggestions[0]).0, "");
}

// ---------------------------------------------------------------------------------------------
// The seed's "Instead of" and quadrant examples: apply the first suggestion of the finding that
// matters, fill its placeholders with facts we wrote, and the draft reaches Radical Candor.

fn fill_placeholders(text: &str, facts: &[&str]) -> String {
    let mut out = text.to_string();
    for fact in facts {
        let Some(open) = out.find('[') else {
            panic!("no placeholder left for {fact:?} in {out:?}")
        };
        let Some(close) = out[open..].find(']').map(|i| open + i) else {
            panic!("unclosed")
        };
        out.replace_range(open..=close, fact);
    }
    assert!(!out.contains('['), "unfilled placeholder in {out:?}");
    out
}

fn rewrite_and_fill(text: &str, rule: &str, facts: &[&str]) -> (String, Analysis) {
    let out = first(text, rule, Mode::PerformanceReview);
    let filled = fill_placeholders(&out, facts);
    let a = analyze_with(&filled, &Options::default());
    (filled, a)
}

#[test]
fn seed_instead_of_sentences_reach_radical_candor_once_filled() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Your code needs to be cleaner",
            "vague-criticism",
            &[
                "mixes parsing, validation and logging in `processUserData`",
                "makes it hard to test each step",
                "split it into three focused, testable functions",
            ],
        ),
        (
            "That architecture won't scale",
            "vague-criticism",
            &[
                "the single Postgres writer",
                "10,000 concurrent users",
                "sharding by customer id",
            ],
        ),
        (
            "You need to communicate better",
            "vague-criticism",
            &[
                "yesterday's architecture review",
                "your explanation lost the product managers after the third acronym",
                "explaining the design to non-technical stakeholders",
            ],
        ),
        // Obnoxious aggression.
        (
            "This code is overcomplicated and hard to follow",
            "vague-criticism",
            &[
                "has four nested callbacks in `syncOrders`",
                "makes the retry path hard to test",
                "flatten it into async functions",
            ],
        ),
        (
            "Your approach is wrong",
            "bare-verdict",
            &[
                "it re-fetches the user on every render, so the page takes 3 seconds to load",
                "cache the user in the parent component",
            ],
        ),
        // Ruinous empathy.
        (
            "Your technical work is fine, keep it up",
            "vague-praise",
            &[
                "Tuesday's outage",
                "wrote the rollback runbook for the payments service",
                "let us recover in five minutes",
                "lead the next incident review",
            ],
        ),
        (
            "You're doing great, no need to change anything",
            "empty-praise",
            &[
                "pairing with the two new hires on the billing service",
                "got them shipping in their first week",
                "run the next design review",
            ],
        ),
    ];
    let mut report = Vec::new();
    for (text, rule, facts) in cases {
        let (filled, a) = rewrite_and_fill(text, rule, facts);
        eprintln!(
            "{text:?} → {} (care {:.0}, challenge {:.0})",
            a.quadrant.id(),
            a.care,
            a.challenge
        );
        if a.quadrant != Quadrant::RadicalCandor {
            report.push(format!(
                "{text:?} → {filled:?}: {} (care {:.0}, challenge {:.0})",
                a.quadrant.id(),
                a.care,
                a.challenge
            ));
        }
    }
    assert!(
        report.is_empty(),
        "not radical candor:\n{}",
        report.join("\n")
    );
}

/// The ToxiCR figure (evaluation data is not in the repo): `cargo test --release --test rewrites
/// -- --ignored toxicr`, with `TOXICR=path/to/toxicr.jsonl` (default: the shared dev split).
#[test]
#[ignore]
fn toxicr_harsh_and_personality_findings_are_removed() {
    let path =
        std::env::var("TOXICR").unwrap_or_else(|_| "/work/shared/eval/dev/toxicr.jsonl".into());
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let o = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let (mut total, mut removed) = (0usize, 0usize);
    for line in data.lines() {
        let Some(text) = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v["text"].as_str().map(str::to_string))
        else {
            continue;
        };
        let a = analyze_with(&text, &o);
        for f in a
            .findings
            .iter()
            .filter(|f| matches!(f.category, Category::Harsh | Category::Personality))
        {
            total += 1;
            let s = &f.suggestions[0];
            let (new, _) = apply(&text, s);
            let r = s.start..s.start + s.replacement.len();
            let b = analyze_with(&new, &o);
            if !b.findings.iter().any(|g| {
                g.category == f.category && g.rule != "unfilled-placeholder" && overlaps(g, &r)
            }) {
                removed += 1;
            }
        }
    }
    let pct = 100.0 * removed as f64 / total.max(1) as f64;
    eprintln!("toxicr: {removed}/{total} harsh+personality findings removed ({pct:.1}%)");
    assert!(pct >= 90.0, "{pct:.1}%");
}

#[test]
fn crlf_lines_keep_their_line_breaks() {
    let text = "Line one is fine.\r\nYuck, globals everywhere.\r\nYou always skip the tests.";
    let out = first(text, "derogatory-word", Mode::PeerFeedback);
    assert_eq!(
        out,
        "Line one is fine.\r\nGlobals everywhere.\r\nYou always skip the tests."
    );
    let out = first(text, "absolute-language", Mode::PeerFeedback);
    assert_eq!(out, "Line one is fine.\r\nYuck, globals everywhere.\r\nYou skipped the tests in [when, e.g. the last month].");
}

#[test]
fn emoji_and_non_latin_text_survive_rewrites() {
    let text = "Ça va 🙂. この設計はダメです。 That design won't scale 🚀.";
    let out = first(text, "vague-criticism", Mode::PerformanceReview);
    assert!(
        out.starts_with("Ça va 🙂. この設計はダメです。 I'm concerned about"),
        "{out}"
    );
    assert!(out.ends_with("Let's look at it together."), "{out}");
}

#[test]
fn review_labels_go_only_at_the_start_of_a_comment_line() {
    let o = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let text = "Thanks for the PR. This parser is garbage.";
    let a = analyze_with(text, &o);
    for f in &a.findings {
        assert!(
            f.suggestions
                .iter()
                .all(|s| !s.replacement.starts_with("issue")),
            "{:?}",
            f.suggestions
        );
    }
    let text = "Thanks for the PR.\n\nThis parser is garbage.";
    let a = analyze_with(text, &o);
    let f = a
        .findings
        .iter()
        .find(|f| f.rule == "bare-verdict")
        .unwrap();
    assert!(
        f.suggestions[0]
            .replacement
            .starts_with(a.comments[1].prefix.as_str()),
        "{:?}",
        f.suggestions[0]
    );
}

#[test]
fn a_run_on_paste_is_rewritten_around_the_finding_only() {
    let mut text = String::from("Start here ");
    for _ in 0..400 {
        text.push_str("and the loop runs again ");
    }
    text.push_str("and this parser is stupid and then ");
    for _ in 0..400 {
        text.push_str("more words follow here ");
    }
    let f = finding(&text, "derogatory-word");
    let s = &f.suggestions[0];
    assert!(s.end - s.start < 2000, "rewrote {} bytes", s.end - s.start);
    let (new, _) = apply(&text, s);
    assert!(new.starts_with("Start here and the loop runs again"));
}

#[test]
fn rewrite_all_twice_does_not_keep_growing() {
    for text in DRAFTS {
        let o = Options::default();
        let once = rewrite_all(text, &o);
        let twice = rewrite_all(&once, &o);
        assert!(
            twice.len() <= once.len() + 400,
            "{text:?}\n{once:?}\n{twice:?}"
        );
    }
}

/// A reply that gives no setting (no one reviewed, no word of work, nothing about software)
/// gets placeholders without examples: a late pricing update fits no such comment. A review of
/// someone, or a draft about a deadline, keeps them.
#[test]
fn examples_fit_the_draft_or_are_left_out() {
    let pr = Mode::PerformanceReview;
    let bare = first("Honestly nobody cares about this.", "condescension", pr);
    assert!(bare.contains("[why it matters]"), "{bare}");
    assert!(!bare.contains("e.g."), "{bare}");
    let reply = first("You seem a bit disorganized lately.", "personal-label", pr);
    assert!(reply.contains("you [what you did]"), "{reply}");
    for (text, rule) in [
        ("Dana seems a bit disorganized lately.", "weasel-words"),
        ("You seem to miss deadlines lately.", "weasel-words"),
    ] {
        let kept = first(text, rule, pr);
        assert!(
            kept.contains("[what Dana did, e.g. ") || kept.contains("[what you did, e.g. "),
            "{kept}"
        );
    }
}

/// A review set on a court, a shop floor, a ward or a paper under review gets no office
/// example: a launch review or onboarding calls would have a coach fill in the wrong world.
#[test]
fn a_review_away_from_an_office_gets_bare_placeholders() {
    let pr = Mode::PerformanceReview;
    for text in [
        "Jordan is a great player. The coach counts on him every game.",
        "Ana is a great colleague. She covers extra shifts whenever we ask.",
        "She did great work on the proofs in this paper.",
        "Tom is wonderful with the kids, and he keeps the playroom calm.",
    ] {
        let out = example(text, "vague-praise", pr);
        assert!(out.contains("[impact]"), "{out}");
        assert!(!out.contains("e.g."), "{out}");
    }
    let office = first(
        "Ana is a great colleague. She covers for the team.",
        "vague-praise",
        pr,
    );
    assert!(office.contains("e.g. "), "{office}");
}

/// A swear that opens a clause of its own, or a misspelt intensifier, goes alone; the sentence
/// stays (it was replaced by "I see a problem with [what] …").
#[test]
fn an_outburst_before_a_clause_goes_alone() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "crap this thread keeps growing. Can we pin the old runner?",
            "profanity",
            pr
        ),
        "this thread keeps growing. Can we pin the old runner?"
    );
    assert_eq!(
        first("Shit you are right, I missed the port.", "profanity", pr),
        "You are right, I missed the port."
    );
    assert_eq!(
        first("We fixed the damm cache twice.", "profanity", pr),
        "We fixed the cache twice."
    );
    // Typed without its apostrophe, "thats" still opens the clause the count lives in.
    assert_eq!(
        first(
            "Oh crap thats the third failing job today.",
            "profanity",
            pr
        ),
        "Thats the third failing job today."
    );
}

/// A label after "and" shares the sentence's subject: the rewrite does not name her again.
#[test]
fn a_label_after_and_keeps_one_subject() {
    let out = first(
        "Omar doesn't prepare for standups. Omar talks over the others and is disruptive.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(
        out.contains("Omar talks over the others and [what Omar did instead of"),
        "{out}"
    );
}

/// "Quite some" is one count: the placeholder takes its place whole.
#[test]
fn quite_some_is_replaced_whole() {
    let out = first(
        "Quite some files still import the old module.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert_eq!(
        out,
        "[The number, e.g. three] files still import the old module."
    );
}

/// An example added after a sentence whose finding it does not settle is added once, not once
/// per pass of the preview.
#[test]
fn rewrite_all_adds_an_example_once() {
    let out = rewrite_all(
        "The rollout plan seems to lack a clear motivation.",
        &Options::default(),
    );
    assert_eq!(out.matches("For example").count(), 1, "{out}");
}

/// Random drafts from risky pieces: every suggestion stays on char boundaries and applies.
#[test]
fn random_drafts_never_break_suggestions() {
    const PIECES: &[&str] = &[
        "you",
        "always",
        "never",
        "just",
        "maybe",
        "garbage",
        "idiot",
        "stupid",
        "is",
        "are",
        "wrong",
        "this",
        "code",
        "`x[i]`",
        "[",
        "]",
        "[the team]",
        ",",
        ".",
        "!!!",
        "?",
        "\r\n",
        "\n\n",
        "🙂",
        "👍🏽",
        "é",
        "日本",
        "ДА",
        "WTF",
        "DO NOT MERGE",
        "no offense, but",
        "great work",
        "keep it up",
        "not a systems person",
        "You are abrasive",
        "needs to be cleaner",
        "won't scale",
        "e.g.",
        "nit:",
        "- ",
        "sh*t",
        "f*cking",
        "  ",
        "\t",
        "'",
        "\"",
        "(",
        ")",
        "—",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..600 {
        let len = (next() % 30) as usize;
        let sep = if round % 3 == 0 { "" } else { " " };
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(sep);
        let o = Options {
            mode: Mode::ALL[round % 4],
            ..Default::default()
        };
        let a = analyze_with(&text, &o);
        for f in &a.findings {
            assert!(!f.suggestions.is_empty(), "{} in {text:?}", f.rule);
            for s in &f.suggestions {
                assert!(
                    text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end)
                        && s.start <= s.end,
                    "{s:?} in {text:?}"
                );
                let (new, sel) = apply(&text, s);
                assert!(new.is_char_boundary(sel.start) && new.is_char_boundary(sel.end));
            }
        }
        let _ = rewrite_all(&text, &o);
    }
}

/// Every bracketed fact a rewrite asks for is a placeholder by the engine's own definition, so
/// the `unfilled-placeholder` finding, Tab in the editor and "ready to send" all see it.
#[test]
fn every_inserted_placeholder_is_one_the_engine_reports() {
    let mut checked = 0;
    for text in DRAFTS {
        for options in modes() {
            for f in analyze_with(text, &options).findings {
                for s in &f.suggestions {
                    let opened = s.replacement.matches('[').count();
                    let found = frankly::engine::placeholder_spans(&s.replacement).len();
                    // Brackets the writer already had (code such as `a[i]`) are kept as written.
                    let kept = text.matches('[').count();
                    if opened > found {
                        assert!(kept > 0, "a rewrite inserted a bracket the engine does not treat as a placeholder: {:?}", s.replacement);
                    }
                    checked += found;
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} placeholders checked");
}

/// Words that address the reader, outside `[placeholders]`.
fn addresses_reader(s: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .any(|w| matches!(w, "you" | "your" | "you're" | "yourself"))
}

#[test]
fn a_review_about_someone_stays_about_them() {
    let cases = [
        ("Dana is a dependable engineer.", "trait-praise", "Dana ["),
        ("She has a great attitude.", "trait-praise", "She ["),
        (
            "Tom can be aggressive with customers.",
            "personal-label",
            "Tom [",
        ),
        (
            "Ravi needs to step up and take more ownership.",
            "vague-criticism",
            "Ravi [",
        ),
        ("He did a great job this year.", "vague-praise", "He ["),
        (
            "Emerson Rose is a great team player.",
            "vague-praise",
            "[what Emerson did",
        ),
        // A role is whom the label is said of ("they"), not the reader.
        ("My manager is abrasive.", "personal-label", "they ["),
        ("The new intern is lazy.", "personal-label", "they ["),
        (
            "Our new hire is a real team player.",
            "trait-praise",
            "they [",
        ),
    ];
    for (text, rule, keeps) in cases {
        let out = first(text, rule, Mode::PerformanceReview);
        assert!(!addresses_reader(&out), "{text} → {out}");
        assert!(
            out.to_lowercase().contains(&keeps.to_lowercase()),
            "{text} → {out}"
        );
        for foreign in ["Table 2", "error bars", "the authors", "`"] {
            assert!(!out.contains(foreign), "{text} → {out}");
        }
    }
}

#[test]
fn a_note_to_the_reader_keeps_speaking_to_them() {
    let out = first(
        "You did a great job this year.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("You did a great job this year. For example"),
        "{out}"
    );
    assert!(out.contains("you [what you did"), "{out}");
    let out = first(
        "Your updates are too long.",
        "missing-sbi",
        Mode::PerformanceReview,
    );
    assert!(out.contains("Could you [next step"), "{out}");
}

#[test]
fn missing_parts_of_a_third_person_review_use_its_subject() {
    let out = first(
        "Priya missed the deadline.",
        "missing-sbi",
        Mode::PerformanceReview,
    );
    assert!(out.starts_with("Priya missed the deadline."), "{out}");
    assert!(
        out.contains("Priya [what Priya did") || !out.contains("what you"),
        "{out}"
    );
    assert!(
        out.contains("As a next step, I'd like Priya to [next step"),
        "{out}"
    );
    assert!(!addresses_reader(&out), "{out}");
}

#[test]
fn a_hedged_judgement_of_a_person_or_cause_asks_for_evidence_instead_of_losing_its_hedge() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "She seems a bit emotional when people push back.",
        "weasel-words",
        pr,
    );
    assert!(
        out.starts_with("She seems a bit emotional when people push back. For example, in [when"),
        "{out}"
    );
    assert!(out.contains("she [what she did, e.g."), "{out}");
    let out = first(
        "The outage was possibly caused by the cache change.",
        "weasel-words",
        pr,
    );
    assert!(
        out.contains("possibly caused") && out.contains("I say this because [evidence"),
        "{out}"
    );
    // (Where the vague-criticism card already asks for that example, the hedge's card leads
    // with its plain wording and keeps the evidence as its second choice.)
    let text = "He doesn't seem motivated this quarter.";
    let f = finding_in(text, "weasel-words", pr);
    let outs: Vec<String> = f.suggestions.iter().map(|s| apply(text, s).0).collect();
    assert!(
        outs.iter()
            .any(|o| o.contains("doesn't seem motivated") && o.contains("he [what he did")),
        "{outs:?}"
    );
}

#[test]
fn a_hedge_on_a_view_of_the_work_goes_with_the_grammar_intact() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first("The build tends to be slow.", "weasel-words", pr),
        "The build is slow."
    );
    assert_eq!(
        first("The docs seem to have been rushed.", "weasel-words", pr),
        "The docs have been rushed."
    );
}

#[test]
fn the_writers_opinion_in_a_draft_to_you_asks_for_what_the_reader_did() {
    let draft = "You did a great job on the launch. I just think the review threads could be \
                 better.";
    let out = first(draft, "vague-criticism", Mode::PerformanceReview);
    assert!(out.contains("you [what you did"), "{out}");
    assert!(!out.contains("I [what I did"), "{out}");
    // A self-review keeps the writer's voice.
    let own = "I think my planning could be better.";
    let out = first(own, "vague-criticism", Mode::PerformanceReview);
    assert!(!out.contains("you [what you did"), "{out}");
}

#[test]
fn a_put_down_inside_a_long_sentence_goes_and_its_points_stay() {
    let draft = "The app works for most users, and your attitude is so bad, you could read the \
                 docs on theming the menu, or use kiosk mode to hide the advanced settings, or \
                 send a pull request instead of shouting at the people who build it for free.";
    let out = first(draft, "condescension", Mode::PerformanceReview);
    assert!(!out.contains("attitude"), "{out}");
    assert!(
        out.contains("users, you could read the docs on theming the menu, or use kiosk"),
        "{out}"
    );
}

#[test]
fn a_ceiling_asks_for_what_happened_and_a_next_step_not_for_praise() {
    let draft = "Maria does good work. I think she has hit her peak and we may need someone else.";
    let out = first(draft, "fixed-mindset", Mode::PerformanceReview);
    assert!(out.contains("next step"), "{out}");
    assert!(!out.contains("which [impact"), "{out}");
}

#[test]
fn a_name_called_to_the_reader_asks_what_the_reader_did() {
    let draft = "Maybe it is not your fault, because I can see that you are a novice.";
    let out = first(draft, "name-calling", Mode::PerformanceReview);
    assert!(out.contains("you [what you did]"), "{out}");
}

#[test]
fn the_writers_verdict_on_a_named_colleague_asks_for_what_they_did() {
    let draft = "I would never work with Wade again. He was a hazard to the team.";
    let out = first(draft, "vague-criticism", Mode::PerformanceReview);
    assert!(out.contains("Wade [what Wade did"), "{out}");
    // In a self-review a customer's name is not the subject: "the Acme migration" is a thing.
    let own = "I delivered the Acme migration early. I think my planning could be better.";
    let a = analyze_with(own, &Options::default());
    for s in a.findings.iter().flat_map(|f| &f.suggestions) {
        assert!(!apply(own, s).0.contains("Acme [what Acme did"), "{s:?}");
    }
}

// ---- code review: a list of comments ----

fn code_review(text: &str) -> Analysis {
    analyze_with(
        text,
        &Options {
            mode: Mode::CodeReview,
            ..Default::default()
        },
    )
}

#[test]
fn each_code_review_comment_is_judged_on_its_own() {
    let text = "Thanks for splitting the parser, the new tests in `lexer_test.rs` read well.\n\n\
                This is garbage. You clearly never ran it.";
    let a = code_review(text);
    assert_eq!(a.comments.len(), 2, "{:?}", a.comments);
    let (first, second) = (&a.comments[0], &a.comments[1]);
    // The thanks stays praise; the outburst is aggression. One draft would blur them.
    assert_ne!(first.quadrant, Quadrant::ObnoxiousAggression, "{first:?}");
    assert_eq!(second.quadrant, Quadrant::ObnoxiousAggression, "{second:?}");
    assert!(
        a.findings
            .iter()
            .all(|f| f.start >= second.start && f.end <= second.end),
        "the praise has nothing to fix: {:?}",
        a.findings
    );
    // Spans and suggestions point into the whole draft.
    for f in &a.findings {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        for s in &f.suggestions {
            assert!(s.start >= second.start && s.end <= second.end, "{s:?}");
        }
        let (after, _) = apply(text, &f.suggestions[0]);
        assert!(
            after.starts_with("Thanks for splitting the parser"),
            "{after}"
        );
    }
}

#[test]
fn a_comment_with_a_next_step_is_not_told_to_add_one_because_another_lacks_it() {
    let text = "The retry loop never stops when the API is down.\n\n\
                Please cap the retries at three and log each failure, so we can see it in the dashboard.";
    let a = code_review(text);
    let second = &a.comments[1];
    assert!(
        !a.findings
            .iter()
            .any(|f| f.rule == "missing-sbi" && f.start >= second.start),
        "{:?}",
        a.findings
    );
}

#[test]
fn cards_on_one_comment_propose_one_label() {
    let a = code_review(
        "You broke the damn build again, and you obviously never ran the tests, idiot.\n\nnit: trailing space on line 3",
    );
    let labels: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.start < a.comments[0].end)
        .flat_map(|f| &f.suggestions)
        .filter(|s| s.label.starts_with("As a Conventional Comment"))
        .map(|s| s.replacement.split(':').next().unwrap_or(""))
        .collect();
    assert!(labels.len() >= 2, "{:?}", a.findings);
    assert!(labels.iter().all(|l| *l == labels[0]), "{labels:?}");
    assert_eq!(format!("{}: ", labels[0]), a.comments[0].prefix);
}

#[test]
fn a_label_the_writer_typed_survives_every_rewrite() {
    let text =
        "nit: You're lazy about naming.\n\nquestion: How hard is it to close a file you opened?";
    let a = code_review(text);
    assert!(!a.findings.is_empty());
    // Only `conventional-label` changes a label: "nit" becomes the spec's "nitpick".
    for f in a.findings.iter().filter(|f| f.rule != "conventional-label") {
        for s in &f.suggestions {
            let (after, _) = apply(text, s);
            assert!(
                after.starts_with("nit: ") && after.contains("\n\nquestion: "),
                "{:?} → {after:?}",
                s.label
            );
        }
    }
}

#[test]
fn code_comments_get_no_coaching_question() {
    for text in [
        "You always forget to run the linter.",
        "What were you thinking with `retry_loop`?",
        "Your code needs to be cleaner.",
    ] {
        for f in &code_review(text).findings {
            for s in &f.suggestions {
                assert!(!s.replacement.contains("real challenge"), "{text:?}: {s:?}");
            }
        }
    }
    // A draft to a person in a performance review still gets one (one about code does not:
    // it reads as a code comment whatever the mode).
    let a = analyze_with("Your reports need to be cleaner.", &Options::default());
    assert!(a
        .findings
        .iter()
        .flat_map(|f| &f.suggestions)
        .any(|s| s.replacement.contains("real challenge")));
}

#[test]
fn an_insult_tacked_onto_praise_is_dropped_not_turned_into_a_problem() {
    for (text, kept) in [
        (
            "You rebuilt the billing page in a week; only an idiot would miss how good it is.",
            "You rebuilt the billing page in a week.",
        ),
        (
            "Great catch on the cache bug, only a moron would have shipped it.",
            "Great catch on the cache bug.",
        ),
    ] {
        let f = finding(text, "insult");
        assert_eq!(
            apply(text, &f.suggestions[0]).0,
            kept,
            "{:?}",
            f.suggestions
        );
        assert!(
            f.suggestions
                .iter()
                .all(|s| !s.replacement.contains("I see a problem")),
            "{:?}",
            f.suggestions
        );
    }
    // An insult with nothing praised keeps naming the problem.
    let text = "The deploy failed again; only an idiot would push on a Friday.";
    let f = finding(text, "insult");
    assert!(
        f.suggestions
            .iter()
            .any(|s| s.replacement.contains("I see a problem")),
        "{:?}",
        f.suggestions
    );
}

#[test]
fn a_sentence_that_credits_a_gift_asks_for_the_work_behind_it() {
    for text in [
        "She has a natural gift for design.",
        "He does occasionally show talent in other areas of the product.",
    ] {
        let f = finding(text, "fixed-mindset");
        for s in &f.suggestions {
            assert!(!s.replacement.contains("still building"), "{text}: {s:?}");
        }
        let (after, _) = apply(text, &f.suggestions[0]);
        assert!(after.contains("[what"), "{text} → {after}");
    }
}

#[test]
fn the_example_names_who_acted_not_who_holds_the_opinion() {
    let pr = Mode::PerformanceReview;
    // The writer only holds the opinion: the rewrite is about the work, not "I [what I did]".
    let after = first(
        "I think this function is way too complicated.",
        "vague-criticism",
        pr,
    );
    assert!(!after.contains("I [what"), "{after}");
    assert!(after.starts_with("This function ["), "{after}");
    // An opinion on the code, or the writer owning a slip, is no feedback on someone: SBI asks
    // nothing of it.
    for text in [
        "I don't see any tests for the retry logic, it's pointless.",
        "I think I rushed the review and it was sloppy.",
    ] {
        let a = analyze_with(text, &Options::default());
        assert!(a.findings.iter().all(|f| f.rule != "missing-sbi"), "{text}");
    }
    // A type name is not a person, nor is an adverb that opens the sentence.
    for text in [
        "Even though the SessionCache is useless now, we should still reset it here.",
        "Currently Dana is a poor communicator.",
    ] {
        let a = analyze_with(text, &Options::default());
        for f in &a.findings {
            for s in &f.suggestions {
                assert!(
                    !s.replacement.contains("what SessionCache did")
                        && !s.replacement.contains("what Currently did"),
                    "{text}: {s:?}"
                );
            }
        }
    }
}

#[test]
fn a_hedge_that_carries_the_verb_is_not_deleted() {
    let pr = Mode::PerformanceReview;
    // A consequence on a condition is honest: "will have to" would make it a threat.
    let rules = rules_in("He may have to leave the team if this continues.");
    assert!(!rules.contains(&"weasel-words"), "{rules:?}");
    let cases = [
        (
            "He may have missed the deadline.",
            "He missed the deadline.",
        ),
        (
            "I would suggest that he takes a smaller scope.",
            "I suggest that he takes a smaller scope.",
        ),
        (
            "I am not sure whether or not he read the brief.",
            "I am not sure if he read the brief.",
        ),
        ("It seems to do what it should.", "It does what it should."),
        // An adverb after "to" stays where it is ("does consistently beat").
        (
            "The model seems to consistently beat the baseline.",
            "The model does consistently beat the baseline.",
        ),
        ("It seems, that the cache is stale.", "The cache is stale."),
        (
            "The bot seems to not be working.",
            "The bot is not working.",
        ),
        (
            "The rollout was probably rushed.",
            "The rollout was rushed.",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(plainly(text, "weasel-words", pr), want, "{text}");
    }
    // Deleting these would leave "I can only he forgot", "is highly.": the claim keeps its
    // words and gets its evidence. ("above what is expected of her" is no longer a weasel.)
    for text in [
        "I can only assume he forgot about the deadline.",
        "His estimate is highly questionable.",
        "This migration is an important one.",
        "The outage could have been avoided with a review.",
    ] {
        let after = first(text, "weasel-words", pr);
        assert!(after.starts_with(text), "{text} → {after}");
        assert!(after.len() > text.len(), "{text} → {after}");
    }
}

#[test]
fn a_label_is_quoted_whole_and_not_replaced_where_its_phrase_goes_on() {
    let pr = Mode::PerformanceReview;
    for (text, quote) in [
        (
            "She is a slow learner who struggles to pick up new tools.",
            "She is a slow learner",
        ),
        (
            "He is a difficult person to work with.",
            "He is a difficult person",
        ),
    ] {
        let f = finding(text, "personal-label");
        assert_eq!(&text[f.start..f.end], quote);
        // A behavior in place of the label would leave "] who struggles …" / "] to work with".
        for s in &f.suggestions {
            let (after, _) = apply(text, s);
            assert!(
                !after.contains("] who") && !after.contains("] to work"),
                "{after}"
            );
        }
    }
    // Where a circumstance follows, the behavior fits in the label's place.
    let after = first(
        "Tom can be aggressive with customers.",
        "personal-label",
        pr,
    );
    assert!(after.ends_with("] with customers."), "{after}");
    // A liability is no praise.
    let a = analyze_with("Tom is a liability for this company.", &Options::default());
    assert!(
        a.findings.iter().any(|f| f.rule == "personal-label"),
        "{:?}",
        a.findings
    );
    assert!(
        !a.findings.iter().any(|f| f.rule == "trait-praise"),
        "{:?}",
        a.findings
    );
}

#[test]
fn an_added_example_turns_a_trailing_comma_into_the_full_stop() {
    let text = "Hi team, great work on the release,\nSam";
    let after = first(text, "vague-praise", Mode::PerformanceReview);
    assert!(
        after.starts_with("Hi team, great work on the release. For example, "),
        "{after}"
    );
    assert!(after.ends_with("].\nSam"), "{after}");
}

/// Every suggestion of the first finding of `rule` in `text`, applied.
/// Every suggestion of the first `rule` finding in `text` analysed in `mode`, applied.
fn all_applied_in(text: &str, rule: &str, mode: Mode) -> Vec<String> {
    let f = finding_in(text, rule, mode);
    f.suggestions.iter().map(|s| apply(text, s).0).collect()
}

fn all_applied(text: &str, rule: &str) -> Vec<String> {
    let f = finding(text, rule);
    f.suggestions.iter().map(|s| apply(text, s).0).collect()
}

#[test]
fn a_rewrite_of_one_side_of_a_but_keeps_the_other_side() {
    // The praise is rewritten, the criticism stays as written (and the other way round).
    for after in all_applied(
        "Dana is reliable, but she misses most of her estimates by a week.",
        "trait-praise",
    ) {
        assert!(
            after.contains("she misses most of her estimates by a week"),
            "{after}"
        );
    }
    for after in all_applied(
        "Dana is reliable, but she misses most of her estimates by a week.",
        "vague-criticism",
    ) {
        assert!(after.starts_with("Dana is reliable, but "), "{after}");
    }
    for after in all_applied(
        "His designs are brilliant, but he is sloppy.",
        "personal-label",
    ) {
        assert!(
            after.starts_with("His designs are brilliant, but "),
            "{after}"
        );
        assert!(after.contains("he [what he did"), "{after}");
    }
    // The detail added to the praise goes after the praise, not after the criticism.
    let after = all_applied(
        "Great job on the launch, but the handover notes were thin.",
        "vague-praise",
    );
    assert!(
        after
            .iter()
            .all(|a| a.contains("but the handover notes were thin")
                || a.contains("]. But the handover notes were thin.")),
        "{after:?}"
    );
    assert!(
        after.iter().any(|a| a
            .starts_with("Great job on the launch — for example, [what was good, e.g. ")
            && a.ends_with("] — but the handover notes were thin.")),
        "{after:?}"
    );
    // Praise of a person is made specific with something the person did, not with a thing.
    let after = all_applied(
        "Tomas is a huge asset to the support team and his work is always top notch.",
        "vague-praise",
    );
    assert!(
        after
            .iter()
            .any(|a| a.contains("top notch — for example, [what Tomas did, e.g. ")),
        "{after:?}"
    );
    assert!(
        after.iter().all(|a| !a.contains("what was good")),
        "{after:?}"
    );
    // A subjectless second side is read with the sentence's subject: her behavior, not "the
    // work".
    let after = all_applied(
        "Ines completes her usual tasks but is poor at anything new.",
        "vague-criticism",
    );
    assert!(
        after.iter().any(|a| a.starts_with(
            "Ines completes her usual tasks but in [situation, e.g. the March launch review], Ines [what Ines did"
        )),
        "{after:?}"
    );
}

#[test]
fn a_review_of_someone_else_gives_that_person_the_next_step() {
    // Harsh words about Maria: the next step is hers, and no question goes to the reader.
    let text = "Maria missed the deadline. Her handover was a joke.";
    let after = all_applied(text, "bare-verdict");
    assert_eq!(after.len(), 1, "{after:?}");
    assert!(
        after[0].ends_with(
            "As a next step, I'd like her to [next step, e.g. walk through it with me on Monday]."
        ),
        "{}",
        after[0]
    );
    assert!(!after[0].contains("Could we") && !after[0].contains("you"));
    // The same for vague criticism of her work.
    let after = all_applied(
        "The report was late. Her work quality is poor this quarter.",
        "vague-criticism",
    );
    assert!(after.iter().all(|a| !a.contains("Could we")), "{after:?}");
    assert!(
        after
            .iter()
            .any(|a| a.contains("As a next step, I'd like her to [next step")),
        "{after:?}"
    );
    // A capitalised word in a thread that speaks of no he or she is no one to review.
    let after = first(
        "The Android build script is crap.",
        "profanity",
        Mode::PerformanceReview,
    );
    assert!(!after.contains("like Android to"), "{after}");
}

#[test]
fn apply_all_gives_each_canned_example_once() {
    let text =
        "Lena has not grown in her role this year. Her reports are sloppy. Her estimates are \
                poor. She does not seem to care about the team.";
    let after = rewrite_all(text, &Options::default());
    // Each placeholder example appears once; a later placeholder asks its question only.
    let mut seen: Vec<&str> = Vec::new();
    for part in after.split("e.g. ").skip(1) {
        let example = &part[..part.find(']').unwrap_or(part.len())];
        assert!(!seen.contains(&example), "{example:?} twice in {after}");
        seen.push(example);
    }
    assert!(
        after.contains("For example, in [when], she [what she did]"),
        "{after}"
    );
    // One next step for her, not one per sentence.
    assert_eq!(
        after.matches("As a next step, I'd like her to").count(),
        1,
        "{after}"
    );
}

#[test]
fn a_question_gets_no_weasel_card_it_cannot_fix() {
    // Removing "supposed" or "assume" would break the question, and a question claims nothing.
    for text in [
        "How is the cache supposed to expire?",
        "Why do we assume the queue drains overnight?",
        "Does anyone have a suggested workaround for the flaky login test?",
    ] {
        let a = analyze_with(text, &Options::default());
        assert!(
            a.findings.iter().all(|f| f.rule != "weasel-words"),
            "{text}: {:?}",
            a.findings
        );
    }
    // A weasel the rewrite can fix in place is still flagged in a question.
    let after = first(
        "Some people say the cache is stale?",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(after.starts_with("[Who, e.g. "), "{after}");
}

#[test]
fn a_heading_or_a_development_suggestion_is_not_vague_praise() {
    let rules = |text: &str| -> Vec<&'static str> {
        analyze_with(text, &Options::default())
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .collect()
    };
    // A section title announces what follows: no praise card on "Strengths", and no "Areas
    // [what Areas did]" on "Areas for improvement".
    let review = "Strengths:\nShe ran the billing migration and cut downtime to ten minutes.\n\
                  Areas for improvement:\nShe misses her estimates.";
    let a = analyze_with(review, &Options::default());
    for f in &a.findings {
        let line_start = review[..f.start].rfind('\n').map_or(0, |i| i + 1);
        assert!(
            !review[line_start..].starts_with("Strengths:")
                && !review[line_start..].starts_with("Areas for improvement:"),
            "{} on a heading: {:?}",
            f.rule,
            &review[f.start..f.end]
        );
    }
    assert!(!rules("## Strengths\nShe ran the billing migration.").contains(&"vague-praise"));
    // Praise ending on an emoji code is still praise.
    assert!(rules("Looks great :tada:").contains(&"vague-praise"));
    // "would benefit from" suggests growth; it praises nothing.
    assert!(
        !rules("He would benefit from more practice with estimates.").contains(&"vague-praise")
    );
    assert!(rules("He is great.").contains(&"vague-praise"));
}

#[test]
fn a_request_of_someone_is_rewritten_about_that_person_not_the_writer() {
    let out = first(
        "I need you to try harder.",
        "missing-sbi",
        Mode::PerformanceReview,
    );
    assert!(out.contains("you [what you did"), "{out}");
    assert!(!out.contains("I [what I did"), "{out}");
    let out = first(
        "I want him to be more careful.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(out.contains("he [what he did"), "{out}");
    // The writer's own resolution is no feedback on someone: no SBI template about "I".
    let own = analyze_with("I need to try harder.", &Options::default());
    assert!(
        own.findings.iter().all(|f| f.rule != "missing-sbi"),
        "{own:?}"
    );
}

#[test]
fn not_a_natural_becomes_still_growing_in_a_whole_sentence() {
    let mode = Mode::PerformanceReview;
    let out = first("Sam is not a natural leader.", "fixed-mindset", mode);
    assert_eq!(out, "Sam is still growing as a leader.");
    let out = first("Sam isn't a natural leader.", "fixed-mindset", mode);
    assert_eq!(out, "Sam is still growing as a leader.");
    let out = first("He's not a natural engineer.", "fixed-mindset", mode);
    assert_eq!(out, "He's still growing as an engineer.");
    let out = first(
        "I'm not a natural at public speaking.",
        "fixed-mindset",
        mode,
    );
    assert_eq!(out, "I'm still improving at public speaking.");
}

#[test]
fn a_prediction_with_never_is_not_turned_into_a_past_event() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "She will never be a strong presenter.",
        "absolute-language",
        pr,
    );
    assert_eq!(out, "She is not yet a strong presenter.");
    let out = first("He would never ask for help.", "absolute-language", pr);
    assert_eq!(out, "He would not ask for help.");
    // A habit keeps the time frame.
    let out = first("You never reply to my emails.", "absolute-language", pr);
    assert!(out.contains("in [when"), "{out}");
}

#[test]
fn name_calling_in_reported_speech_keeps_the_sentence() {
    let draft = "I told the vendor rep he's a clown, which I regret.";
    let f = finding(draft, "name-calling");
    for s in &f.suggestions {
        let (out, _) = apply(draft, s);
        assert!(out.len() > 30, "{out}");
        assert!(!out.contains("rep he's:"), "{out}");
    }
}

#[test]
fn a_doubt_is_said_plainly_not_deleted_into_a_claim() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "I'm not sure if there is room for growth.",
        "hedge-softener",
        pr,
    );
    assert_eq!(
        out,
        "I don't yet see evidence that there is room for growth."
    );
    let out = first("I am not sure if he is ready.", "hedge-softener", pr);
    assert_eq!(out, "I don't yet see evidence that he is ready.");
}

#[test]
fn a_quantifier_that_stands_for_people_or_things_gets_an_owner_not_a_deletion() {
    // Deleting "many" from "what many would dream of" leaves "what would dream of".
    let cases = [
        (
            "Omar delivered what many would dream of.",
            "Omar delivered what [who, e.g. ",
        ),
        ("Some would call the plan risky.", "[Who, e.g. "),
        ("Some are slower than others.", "[Which ones, e.g. "),
        (
            "The layout is praised by many.",
            "The layout is praised by [who, e.g. ",
        ),
    ];
    for (text, opens) in cases {
        let after = first(text, "weasel-words", Mode::PerformanceReview);
        assert!(after.starts_with(opens), "{text} → {after}");
    }
    // A determiner still goes: "some 40 km" is about 40 km, and "some teams" are teams.
    let after = first(
        "The office is some 40 km away.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert_eq!(after, "The office is 40 km away.");
}

#[test]
fn a_framing_i_guess_does_not_make_the_writer_the_subject() {
    // "…, I guess" frames a remark about the reader's work; the example is what the reader did.
    let after = first(
        "Not bad for your first demo, I guess.",
        "backhanded",
        Mode::PerformanceReview,
    );
    assert!(after.starts_with("You [what you did"), "{after}");
    // The writer's own sentence keeps its "I".
    let after = first(
        "I guess I rushed the handover.",
        "hedge-softener",
        Mode::PerformanceReview,
    );
    assert!(!after.contains("[what you did"), "{after}");
}

#[test]
fn a_label_in_a_reported_or_because_clause_is_rewritten_in_place_about_its_own_subject() {
    // "You told me that he is lazy" is about him, and "You told me that" stays.
    let after = first(
        "You told me that he is lazy.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(
        after.starts_with("You told me that he [what he did instead of \"lazy\""),
        "{after}"
    );
    let after = first(
        "I stopped pairing with Ana because she is abrasive.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(
        after.starts_with("I stopped pairing with Ana because she [what she did"),
        "{after}"
    );
}

#[test]
fn a_natural_fit_is_not_the_label_a_natural() {
    let a = analyze_with(
        "You are the natural choice to lead the migration.",
        &Options::default(),
    );
    assert!(
        a.findings
            .iter()
            .all(|f| f.rule != "personal-label" && f.rule != "trait-praise"),
        "{:?}",
        a.findings
    );
    // "a natural" alone still labels.
    let a = analyze_with("Honestly, he is a natural.", &Options::default());
    assert!(a.findings.iter().any(|f| f.rule == "personal-label"));
}

#[test]
fn mock_praise_is_sarcasm_only_not_also_vague_praise() {
    // One card, and its rewrite names the problem; a praise rewrite would keep the jab.
    for text in ["Great job breaking the build.", "Well, thanks for nothing."] {
        let a = analyze_with(text, &Options::default());
        let rules: Vec<_> = a.findings.iter().map(|f| f.rule).collect();
        assert!(rules.iter().any(|r| *r == "sarcasm"), "{text}: {rules:?}");
        assert!(
            rules.iter().all(|r| *r != "vague-praise"),
            "{text}: {rules:?}"
        );
        assert_ne!(a.quadrant, Quadrant::Neutral, "{text}");
    }
}

#[test]
fn a_name_said_beside_the_sentence_is_dropped_and_the_sentence_kept() {
    let cases = [
        (
            "You idiot, you deleted the staging database.",
            "You deleted the staging database.",
        ),
        (
            "You clown, you actually shipped it!",
            "You actually shipped it!",
        ),
        (
            "You skipped the review again, you moron.",
            "You skipped the review again.",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            first(text, "name-calling", Mode::PerformanceReview),
            want,
            "{text}"
        );
    }
    // Too little is left to stand alone: the name gets the behavior template instead.
    let after = first("You liar!", "name-calling", Mode::PerformanceReview);
    assert!(after.contains("[what you did"), "{after}");
}

#[test]
fn a_disclaimer_goes_with_its_addressee_and_but() {
    let after = first(
        "No offense to Ravi, but his estimates are too rosy.",
        "backhanded",
        Mode::PerformanceReview,
    );
    assert_eq!(after, "His estimates are too rosy.");
}

#[test]
fn praise_keeps_its_praise_when_a_jab_trails_it() {
    let after = first(
        "Great work on the installer, though it's not rocket science.",
        "condescension",
        Mode::Praise,
    );
    assert_eq!(after, "Great work on the installer.");
    // After "but" comes the point: that clause is not dropped as a jab.
    let after = first(
        "Great start, but seriously, it's not rocket science to add tests.",
        "condescension",
        Mode::PerformanceReview,
    );
    assert!(!after.starts_with("Great start, but seriously."), "{after}");
}

#[test]
fn a_hedge_goes_whole_or_not_at_all() {
    let pr = Mode::PerformanceReview;
    // The degree word and the idiom go with the hedge, so the sentence still reads.
    assert_eq!(
        plainly(
            "This is most likely a race in the scheduler.",
            "weasel-words",
            pr
        ),
        "This is a race in the scheduler."
    );
    assert_eq!(
        first(
            "The new cache will to some extent hide the slow queries.",
            "weasel-words",
            pr
        ),
        "The new cache will hide the slow queries."
    );
    // An adjective that is the predicate stays: the claim gets its evidence instead.
    for text in [
        "Column order is not important in this table.",
        "It's important for the banner to stand out from the form.",
    ] {
        let after = first(text, "weasel-words", pr);
        assert!(after.starts_with(text), "{text} → {after}");
    }
    // "for some reason", "some other file": no anonymous source, nothing to delete.
    for text in [
        "For some reason the build fails on Windows.",
        "Put the helper in some other file.",
    ] {
        let a = analyze_with(text, &Options::default());
        assert!(
            a.findings.iter().all(|f| f.rule != "weasel-words"),
            "{text}"
        );
    }
}

#[test]
fn a_word_that_opens_the_sentence_is_not_the_person_who_acted() {
    for (text, opener) in [
        (
            "Despite the training, the quality of his reports is poor.",
            "Despite",
        ),
        (
            "Once again the report was late, and he did not say why.",
            "Once",
        ),
    ] {
        let after = first(text, "vague-criticism", Mode::PerformanceReview);
        assert!(!after.contains(&format!("what {opener} did")), "{after}");
        assert!(after.contains("he [what he did"), "{after}");
    }
}

#[test]
fn plain_verbs_keep_the_grammar() {
    let pr = Mode::PerformanceReview;
    // "seems like" + a clause: the hedge goes whole, not "Is like we could …".
    assert_eq!(
        first(
            "It seems like we could drop the cache here.",
            "weasel-words",
            pr
        ),
        "We could drop the cache here."
    );
    // "seems like the …" that opens a clause with its own verb: the opener goes whole, not
    // "It is the retry counter is never read".
    assert_eq!(
        plainly(
            "It seems like the retry counter is never read by the worker.",
            "weasel-words",
            pr
        ),
        "The retry counter is never read by the worker."
    );
    // "seems like" + a noun phrase: "is", and "It's" when the sentence has no subject.
    assert_eq!(
        plainly("This seems like a bug in the parser.", "weasel-words", pr),
        "This is a bug in the parser."
    );
    assert_eq!(
        plainly("Seems like a race in the scheduler.", "weasel-words", pr),
        "It's a race in the scheduler."
    );
    assert_eq!(
        first("Seems a little slow on large files.", "weasel-words", pr),
        "It's a little slow on large files."
    );
    // "Seems," as an aside before the claim goes with its comma.
    assert_eq!(
        first(
            "Seems, the old flush helper should be removed.",
            "weasel-words",
            pr
        ),
        "The old flush helper should be removed."
    );
    // After an auxiliary no plain verb fits ("It does are rather odd" was the old result).
    let odd = first(
        "It does seem rather odd that the queue is global.",
        "weasel-words",
        pr,
    );
    assert!(odd.starts_with("It does seem rather odd"), "{odd}");
    // "It seems" before a clause without "that": the clause is the claim ("It is the plan was"
    // was the old result).
    assert_eq!(
        first("It seems the plan was late.", "weasel-words", pr),
        "The plan was late."
    );
    // "whether" alone has no plain form ("I question if he read it" says the same): the doubt
    // gets what points to it.
    let doubt = first(
        "I question whether he read the brief at all.",
        "weasel-words",
        pr,
    );
    assert!(
        doubt.starts_with("I question whether he read the brief at all. "),
        "{doubt}"
    );
    // "I suggest that …" is the writer's own recommendation: no weasel to rewrite.
    assert!(!rules_in("I suggest that we split the budget.").contains(&"weasel-words"));
}

#[test]
fn the_example_is_about_whom_the_writer_judges() {
    let pr = Mode::PerformanceReview;
    // The writer as subject, the reader as object: what the reader did.
    let liked = first(
        "I've really liked your ideas in the planning meetings.",
        "vague-praise",
        pr,
    );
    assert!(liked.contains("you [what you did"), "{liked}");
    // A name that owns the problem.
    let concern = first(
        "Our main concern is that Addison's missed handoffs could be costly.",
        "vague-criticism",
        pr,
    );
    assert!(concern.contains("Addison [what Addison did"), "{concern}");
    // A product before its noun ("the Windows setting") is no one either.
    let default = first(
        "It is unfortunate that the Windows setting is wrong, and that fixing it takes some work.",
        "vague-criticism",
        pr,
    );
    assert!(!default.contains("Windows [what"), "{default}");
    // A platform after "on" is no one, in a draft that names no one.
    let a = analyze_with("The retry loop is broken on Windows.", &Options::default());
    assert!(
        a.findings.iter().all(|f| f.rule != "missing-sbi"),
        "{:?}",
        a.findings
    );
}

#[test]
fn a_heated_word_in_a_short_comment_is_calmed_in_place() {
    let pr = Mode::PerformanceReview;
    // The sentence stays; only the heat goes (it was replaced by "I see a problem with …").
    assert_eq!(
        first("This helper sucks.", "profanity", pr),
        "This helper is [what's wrong, e.g. hard to follow]."
    );
    // In code review the same edit comes with its Conventional Comments label.
    assert_eq!(
        first("This helper sucks.", "profanity", Mode::CodeReview),
        "issue (non-blocking): This helper is [what's wrong, e.g. hard to follow]."
    );
    // "It sucks that …": the clause already says what; the swear becomes "a shame".
    assert_eq!(
        first(
            "It really sucks that we can't pick the locale here.",
            "profanity",
            pr
        ),
        "It really is a shame that we can't pick the locale here."
    );
    // A reply about a situation: "a shame"; a thing still gets its fault named.
    assert_eq!(
        first("Hmm, that sucks. Is there a plan for it?", "profanity", pr),
        "Hmm, that is a shame. Is there a plan for it?"
    );
    // The writer grants how it feels before going on.
    assert_eq!(
        first(
            "Yeah, I know that sucks, but the schema goes first.",
            "profanity",
            pr
        ),
        "Yeah, I know that is a shame, but the schema goes first."
    );
    assert_eq!(
        first("We picked a scheduler that sucks.", "profanity", pr),
        "We picked a scheduler that is [what's wrong, e.g. hard to follow]."
    );
    // "it suck" (a typo) takes "is", not "are".
    assert_eq!(
        first(
            "It is broken, so it suck for everyone here.",
            "profanity",
            pr
        ),
        "It is broken, so it is [what's wrong, e.g. hard to follow] for everyone here."
    );
    // A sneer at the writer's own slip, which they promise to fix, just goes (it was rewritten
    // into "I see a problem with the header … Could we …?", aimed at someone else).
    assert_eq!(
        first(
            "Argh, stupid merge mistake in the header... will fix tonight.",
            "derogatory-word",
            pr
        ),
        "Argh, merge mistake in the header... will fix tonight."
    );
    // A jab asked of the reader about no choice, beside the sentence with the point, goes (it
    // became "Can you walk me through [the choice]?").
    assert_eq!(
        first(
            "Wow, can you people not read at all? This repo has nothing to do with that app.",
            "condescension",
            pr
        ),
        "This repo has nothing to do with that app."
    );
    // A lone dismissal says the writer's view, with its reason to fill (it had become "I see a
    // problem with [what] …", the opposite).
    assert_eq!(
        first("Nobody cares.", "condescension", pr),
        "I don't think this matters here, because [why]."
    );
    // The proverb goes whole ("[a plainer word] if you do, damned if you don't" was the edit).
    assert_eq!(
        first(
            "Damned if you do, damned if you don't (I only changed it after a reviewer asked).",
            "profanity",
            pr
        ),
        "It's a no-win situation (I only changed it after a reviewer asked)."
    );
    // The writer owning a slip says so; a skill still growing is framed as one.
    assert_eq!(
        first("Right, the date was off by one. I suck.", "profanity", pr),
        "Right, the date was off by one. I got this wrong."
    );
    assert_eq!(
        first("Honestly, I suck at regexes.", "profanity", pr),
        "Honestly, I am still getting better at regexes."
    );
    // An exclamation goes whole, with its comma.
    assert_eq!(
        first("Oh, crap, sorry, I forgot the tests.", "profanity", pr),
        "Oh, sorry, I forgot the tests."
    );
    assert_eq!(
        first("Losing the cache would suck.", "profanity", pr),
        "Losing the cache would be [what's wrong, e.g. hard to follow]."
    );
    // The auxiliary goes with the swear: "doesn't are" and "does be" were the old results.
    assert_eq!(
        first(
            "We need a scheduler that doesn't suck so much.",
            "profanity",
            pr
        ),
        "We need a scheduler that isn't [what's wrong, e.g. hard to follow] so much."
    );
    assert_eq!(
        first("The old parser does suck.", "profanity", pr),
        "The old parser is [what's wrong, e.g. hard to follow]."
    );
    // A swear that only adds heat inside a clause goes, and the clause stays.
    for (text, after) in [
        (
            "Minor point, but damn these box drawings are ugly.",
            "Minor point, but these box drawings are ugly.",
        ),
        (
            "Callers only ever pass a string here, but wtf, we can take bytes too.",
            "Callers only ever pass a string here, but we can take bytes too.",
        ),
        (
            "Regex rules always baffled the hell out of us, so we kept rewording this line.",
            "Regex rules always baffled us, so we kept rewording this line.",
        ),
        (
            "The shi**y parser drops the last row again.",
            "The poor parser drops the last row again.",
        ),
        // An exclamation after a hum goes whole, as after "Oh,".
        (
            "Hmm, crap, that can't be right; the flag shipped in 2019.",
            "Hmm, that can't be right; the flag shipped in 2019.",
        ),
    ] {
        assert_eq!(first(text, "profanity", pr), after);
    }
    // A lapse anyone could make is named plainly, not as a fault of the code.
    assert_eq!(
        first(
            "The guard protects us from anyone being stupid and deleting the table by hand.",
            "derogatory-word",
            pr
        ),
        "The guard protects us from anyone being careless and deleting the table by hand."
    );
    // The next predicate already says what is wrong: the swear and its "and" go.
    assert_eq!(
        first(
            "I admit the loader sucks and is slow, but ship it.",
            "profanity",
            pr
        ),
        "I admit the loader is slow, but ship it."
    );
    // A problem in code gets a reason and a step about code in code review, not a release;
    // pasted in the default mode, an issue comment gets no canned example at all.
    let code = first("This code is crap.", "profanity", Mode::CodeReview);
    assert!(
        code.contains("[why it matters, e.g. it retries forever"),
        "{code}"
    );
    let code = first("This code is crap.", "profanity", pr);
    assert!(
        code.contains("[why it matters]") && !code.contains("release"),
        "{code}"
    );
    assert_eq!(
        first("Your import order is a little ugly.", "derogatory-word", pr),
        "Your import order is [what's wrong, e.g. inconsistent with the style guide]."
    );
    assert_eq!(
        first(
            "The fixture setup got a wee bit ugly.",
            "derogatory-word",
            pr
        ),
        "The fixture setup got [what's wrong, e.g. inconsistent with the style guide]."
    );
    assert_eq!(
        first("Global singletons are evil.", "derogatory-word", pr),
        "Global singletons are risky."
    );
    assert_eq!(
        first("We print a crap load of warnings here.", "profanity", pr),
        "We print a load of warnings here."
    );
    assert_eq!(
        first("Tracing this is a pain in the ass.", "profanity", pr),
        "Tracing this is a pain."
    );
    assert_eq!(
        first(
            "Skip the null check and it will bite us in the ass.",
            "insult",
            pr
        ),
        "Skip the null check and it will bite us."
    );
    assert_eq!(
        first("The lock file is screwed up again.", "profanity", pr),
        "The lock file is messed up again."
    );
    // A swear noun that ends its phrase is "stuff"; one that modifies a noun is named instead.
    assert_eq!(
        first("Let's drop all this retry crap for now.", "profanity", pr),
        "Let's drop all this retry stuff for now."
    );
    assert!(
        !first("Replace all this crap code with a map.", "profanity", pr).contains("stuff code")
    );
    // Broken, when a thing is; not when a person is in trouble.
    assert_eq!(
        first(
            "The staging database is fucked, so nothing deploys.",
            "profanity",
            pr
        ),
        "The staging database is broken, so nothing deploys."
    );
    assert!(!first("You're fucked if the audit finds it.", "profanity", pr).contains("broken"));
    // A swear word before one word of content still goes on its own.
    assert_eq!(
        first("darn semicolons :)", "profanity", pr),
        "semicolons :)"
    );
    assert_eq!(
        first("The retry helper kind of sucks.", "profanity", pr),
        "The retry helper is [what's wrong, e.g. hard to follow]."
    );
    assert_eq!(
        first("The retry helper kinda sucks.", "profanity", pr),
        "The retry helper is [what's wrong, e.g. hard to follow]."
    );
    assert_eq!(
        first("So SQS sucks here.", "profanity", pr),
        "So SQS is [what's wrong, e.g. hard to follow] here."
    );
    // Before its noun, even in a fragment, the sneer becomes a one-word placeholder.
    assert_eq!(
        first("Ugly test names.", "derogatory-word", pr),
        "[what's wrong, e.g. hard-to-read] test names."
    );
    assert_eq!(
        first("Looks like an ugly workaround.", "derogatory-word", pr),
        "Looks like a [what's wrong, e.g. hard-to-read] workaround."
    );
}

#[test]
fn a_colon_keeps_what_it_introduces() {
    // The evidence goes after the block the colon introduces, as its own paragraph; the colon
    // stays (it became ". For example, …" before the block). The preview adds it once: the
    // evidence after the block backs the claim (it was added again on every pass).
    let text = "It does seem she meant:\n\n    move the launch to May\n\nThanks!";
    let out = first(text, "weasel-words", Mode::PerformanceReview);
    let head = "It does seem she meant:\n\n    move the launch to May\n\nFor example, in [when";
    assert!(out.starts_with(head), "{out}");
    assert!(out.ends_with("\n\nThanks!"), "{out}");
    let all = rewrite_all(text, &Options::default());
    assert_eq!(all.matches("For example").count(), 1, "{all}");
}

#[test]
fn a_habit_gets_one_time_it_happened_and_an_event_its_place() {
    let pr = Mode::PerformanceReview;
    // A habit or verdict about a reviewed person: one time it happened, not "This was in …"
    // (the personal-label card asks for it; no SBI note repeats it).
    let habit = first(
        "Nadia is not a reliable analyst. Her reports are often late.",
        "personal-label",
        pr,
    );
    assert!(!habit.contains("This was in"), "{habit}");
    assert!(
        habit.contains("[what she did") || habit.contains("[what Nadia did"),
        "{habit}"
    );
    // A single event already told ("she wrote") only lacks where it happened.
    let event = first(
        "Marta is careful. The rollout plan she wrote was wrong.",
        "missing-sbi",
        pr,
    );
    assert!(!event.contains("For example, in [when"), "{event}");
}

/// How someone keeps their desk or sets their tone is no piece of work: the example is of what
/// she did ("Her desk [what falls short …]" replaced the sentence, and its second clause).
#[test]
fn a_criticism_of_someones_bearing_asks_what_she_did() {
    let out = first(
        "Her desk is often messy and her tone is less than friendly.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("Her desk is often messy and her tone"),
        "{out}"
    );
    assert!(out.contains("she [what she did"), "{out}");
}

/// Plain forms that keep the sentence's grammar and its hope: "isn't like an improvement",
/// "since then he is struggling", and "Hopefully his estimates will …" stated as a forecast were
/// the edits.
#[test]
fn a_plain_form_keeps_tense_comparison_and_hope() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "The new layout doesn't seem like an improvement.",
            "weasel-words",
            pr
        ),
        "The new layout isn't an improvement."
    );
    assert_eq!(
        first(
            "Since then he seems to be struggling with the release scripts.",
            "weasel-words",
            pr
        ),
        "Since then he has been struggling with the release scripts."
    );
    assert_eq!(
        first(
            "Hopefully his estimates will get better with practice.",
            "hedge-softener",
            pr
        ),
        "I'd like his estimates to get better with practice."
    );
}

/// A verb of opinion goes with its "I" and modal ("I would you already tried it" was the edit).
#[test]
fn an_opinion_verb_goes_with_its_subject_and_modal() {
    let out = first(
        "I would assume you already tried restarting it.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert_eq!(out, "You already tried restarting it.");
}

#[test]
fn some_after_a_preposition_asks_which() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first("The retry fails in some situations.", "weasel-words", pr),
        "The retry fails in [which situations]."
    );
    // An adjective after "some" is no noun to name.
    let way = first(
        "The draft was flawed in some serious way.",
        "weasel-words",
        pr,
    );
    assert!(!way.contains("[which serious"), "{way}");
    // Areas, fans: which ones matter, not how many.
    assert_eq!(
        first(
            "Some areas of his planning still need work.",
            "weasel-words",
            pr
        ),
        "[Which areas] of his planning still need work."
    );
    assert_eq!(
        first(
            "He gained some fans on the support team.",
            "weasel-words",
            pr
        ),
        "He gained [which fans] on the support team."
    );
}

/// A vague criticism followed by the example that shows it: the label goes, the example stays
/// (its "he" becomes the name the label gave), instead of a template asking for an example.
#[test]
fn an_example_in_the_next_sentence_replaces_the_label() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Omar's handoffs are sloppy. On Friday he closed the ticket without the 12 log files, and the night shift lost two hours.",
            "vague-criticism",
            pr
        ),
        "On Friday Omar closed the ticket without the 12 log files, and the night shift lost two hours."
    );
    assert_eq!(
        first(
            "You are careless. Yesterday you pushed to main without a review.",
            "personal-label",
            pr
        ),
        "Yesterday you pushed to main without a review."
    );
    // Praise and the act that shows it become one sentence.
    assert_eq!(
        first(
            "Ana is very committed to her clients. She took a customer's emergency call on a Sunday in May.",
            "vague-praise",
            pr
        ),
        "Ana is very committed to her clients: she took a customer's emergency call on a Sunday in May."
    );
    // A long criticism is joined too (only a dropped label must be short), and a hedged claim
    // whose evidence follows is joined rather than given an example to fill in.
    assert_eq!(
        first(
            "Mia struggled a lot over the spring and I have been let down by how her reports turned out. Twice this month she shipped reports with wrong totals.",
            "vague-criticism",
            pr
        ),
        "Mia struggled a lot over the spring and I have been let down by how her reports turned out: twice this month she shipped reports with wrong totals."
    );
    assert_eq!(
        first(
            "He may have a problem with deadlines. He has missed four of the last six.",
            "weasel-words",
            pr
        ),
        "He may have a problem with deadlines: he has missed four of the last six."
    );
    for text in [
        // A turn to another point, or a description rather than an act.
        "Lena is very dependable. She files 30 reports a week but sometimes skips the summary.",
        "Lena is a great singer. She has been said to be a 5-star teacher too.",
    ] {
        let out = first(text, "vague-praise", pr);
        assert!(out.contains("[what"), "{text} → {out}");
    }
    // A specific sentence that shows no lapse, or another vague point, is no example.
    for text in [
        "He is unreliable. He has three kids and moved to Boston in 2020.",
        "Rosa is unreliable. Also she shows no interest in the 2027 roadmap.",
    ] {
        let out = first(text, "personal-label", pr);
        assert!(out.contains("[what"), "{text} → {out}");
    }
}

/// Acronyms ("RNNs", "PyPI") and plural nouns ("Improvements") are not people: an example
/// asks what happened, not what "RNNs" did.
#[test]
fn acronyms_and_plural_nouns_are_not_named_people() {
    let pr = Mode::PerformanceReview;
    let out = first("RNNs worked great for the tagger.", "vague-praise", pr);
    assert!(!out.contains("[what RNNs did"), "{out}");
    let out = first(
        "Improvements could be made in how Mina runs meetings, possibly.",
        "weasel-words",
        pr,
    );
    assert!(!out.contains("Improvements [what"), "{out}");
    // A participle opening the sentence ("Compared to …,") is not its subject either.
    let out = first(
        "He shows up and leaves. Compared to his peers, Dana's output is less than stellar.",
        "vague-criticism",
        pr,
    );
    assert!(!out.contains("Compared [what"), "{out}");
    assert!(
        out.contains("[what he did") || out.contains("[what Dana did"),
        "{out}"
    );
}

/// A label given with the behavior behind it: the label goes and the writer's behavior stays,
/// instead of a template that drops it.
#[test]
fn a_label_with_its_behavior_keeps_the_behavior() {
    let pr = Mode::PerformanceReview;
    for (text, kept) in [
        (
            "Ravi is not proactive about blockers, so he has missed four client deadlines.",
            "Ravi has missed four client deadlines.",
        ),
        (
            "Wade is an abysmal worker who fails to hand in the weekly figures.",
            "Wade fails to hand in the weekly figures.",
        ),
        (
            "Not only that, he is lazy and never answers the support queue.",
            "Not only that, he never answers the support queue.",
        ),
        (
            "Marco is rude in standups and he never lets others finish.",
            "In standups, Marco never lets others finish.",
        ),
    ] {
        assert_eq!(first(text, "personal-label", pr), kept, "{text}");
    }
    // The second clause has its own subject, or "so" intensifies: no behavior to keep.
    for text in [
        "Although she isn't a strong worker, she still ships solid work and will improve.",
        "His work ethic is poor and has not improved.",
        // The words between the label and the kept clause would go with the label.
        "She is a poor performer as her work is below standard and she skips the weekly standup.",
    ] {
        let out = first(text, "personal-label", pr);
        assert!(out.contains("[what"), "{text} → {out}");
    }
}

/// Praise that turns to criticism ("…, but …"): the example of the praise goes right after the
/// praise, and the criticism becomes a sentence of its own, so the example never reads as
/// evidence for the criticism. The same for criticism that turns to praise.
#[test]
fn an_example_goes_next_to_the_side_it_shows() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "Noor has a solid grasp of the billing domain, but her estimates are rarely met.",
        "vague-praise",
        pr,
    );
    assert!(
        out.starts_with("Noor has a solid grasp of the billing domain. For example, in [when"),
        "{out}"
    );
    assert!(
        out.ends_with(". But her estimates are rarely met."),
        "{out}"
    );
    // The second side shares the first side's subject: its sentence names it.
    let out = first(
        "Tariq is a great teammate but misses most of his review deadlines.",
        "trait-praise",
        pr,
    );
    assert!(
        out.ends_with(". But Tariq misses most of his review deadlines."),
        "{out}"
    );
    // "Although" cannot open the criticism's own sentence; it turns as "But" does (after the
    // whole sentence, the example of the praise read as one of the criticism).
    let out = example(
        "Noor has a solid grasp of the billing domain, although her estimates are rarely met.",
        "vague-praise",
        pr,
    );
    assert!(
        out.starts_with("Noor has a solid grasp of the billing domain. For"),
        "{out}"
    );
    assert!(
        out.ends_with(". But her estimates are rarely met."),
        "{out}"
    );
    // With no comma, "though" before a subject turns too; a focusing "just" before the
    // degree still borrows the copula.
    let out = first(
        "Lina is a strong writer though she should check her figures.",
        "vague-praise",
        pr,
    );
    assert!(
        out.ends_with(". But she should check her figures."),
        "{out}"
    );
    let out = first(
        "Rafael is a strong analyst, but just a little short on drive.",
        "vague-praise",
        pr,
    );
    assert!(
        out.ends_with(". But Rafael is just a little short on drive."),
        "{out}"
    );
    // The criticism's own card does not lead with a rewrite of its clause (which would drop
    // "should improve her estimates").
    let out = first(
        "Lina is a strong writer though she should improve her estimates.",
        "vague-criticism",
        pr,
    );
    assert!(out.contains("she should improve her estimates"), "{out}");
}

/// Praise only ("He rarely makes a mistake in his reports") gets no missing-SBI note asking for
/// the impact and the next step of a criticism, and "gifted" praises.
#[test]
fn praise_is_not_asked_for_the_parts_of_a_criticism() {
    let pr = Mode::PerformanceReview;
    for text in [
        "Omar rarely makes mistakes in his reports, and he fixes them fast when he does.",
        "Lena is gifted with customers.",
    ] {
        let a = analyze_with(
            text,
            &Options {
                mode: pr,
                ..Options::default()
            },
        );
        assert!(
            a.findings
                .iter()
                .all(|f| f.rule != "missing-sbi" && f.rule != "vague-criticism"),
            "{text}: {:?}",
            a.findings
                .iter()
                .map(|f| f.rule.to_string())
                .collect::<Vec<_>>()
        );
    }
}

/// Sentences typed without a space after the full stop ("deadline.Then he …") are still
/// sentences: a rewrite replaces only its own, and what it adds does not glue to the next one.
#[test]
fn a_rewrite_keeps_to_its_sentence_when_the_space_is_missing() {
    let pr = Mode::PerformanceReview;
    let text = "Ravi missed the review deadline.Though he is a hard worker, his reports need \
                more care.He needs to double-check the totals.";
    let out = first(text, "personal-label", pr);
    assert!(
        out.starts_with("Ravi missed the review deadline.Though he [what"),
        "{out}"
    );
    assert!(
        out.ends_with("care.He needs to double-check the totals."),
        "{out}"
    );
    let out = first(text, "vague-praise", pr);
    assert!(out.contains("]. He needs"), "{out}");
}

/// A hedge verb after an auxiliary or a negation goes; the auxiliary carries the verb
/// ("doesn't appear to enjoy" became "doesn't do enjoy").
#[test]
fn a_hedge_after_an_auxiliary_just_goes() {
    let pr = Mode::PerformanceReview;
    let text = "Lena puts in little effort. Doesn't appear to enjoy the support rota.";
    assert_eq!(
        first(text, "weasel-words", pr),
        "Lena puts in little effort. Doesn't enjoy the support rota."
    );
}

/// A conceded weakness before praise ("Although he struggled at first, he is tenacious"): the
/// criticism is the concession, and its example follows it, not the praise.
#[test]
fn an_example_of_a_conceded_weakness_follows_the_weakness() {
    let out = first(
        "Although he struggled a few times with the harder repairs, he is tenacious and I am \
         glad he is on the team.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("He struggled a few times with the harder repairs. For example, in [when"),
        "{out}"
    );
}

/// A concession first ("Although Nadia is talented, her output …"): the example of the conceded
/// praise follows the praise, and the main clause, the criticism, becomes its own sentence.
#[test]
fn an_example_of_a_concession_follows_the_concession() {
    let out = first(
        "Although Nadia is talented and quick, her output does not match her ability.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("Nadia is talented and quick. For example, in [when"),
        "{out}"
    );
    assert!(
        out.ends_with("]. But her output does not match her ability."),
        "{out}"
    );
    // "While" concedes too, and a main clause the writer left without its comma starts at its
    // subject.
    let out = first(
        "While she is a strong analyst, her reports are often late.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("She is a strong analyst. For example, in [when"),
        "{out}"
    );
    assert!(out.ends_with("]. But her reports are often late."), "{out}");
    let out = first(
        "While she is not a good planner she is a strong analyst.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("She is not a good planner. For example"),
        "{out}"
    );
    assert!(out.ends_with("]. But she is a strong analyst."), "{out}");
    // "works well" praises as an evaluative word would: the example goes before the turn.
    let out = first(
        "Hugo works well with clients, but does not work well with vendors.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("Hugo works well with clients. For example, in [when"),
        "{out}"
    );
    assert!(
        out.ends_with("]. But Hugo does not work well with vendors."),
        "{out}"
    );
}

/// Praise that a negation or a rank turns round: "nor has he shown the desire" denies it, and
/// "only behind the regional manager" ranks, it does not criticise.
#[test]
fn nor_denies_and_only_behind_ranks() {
    let pr = Options {
        mode: Mode::PerformanceReview,
        ..Options::default()
    };
    let rules = |t: &str| -> Vec<String> {
        analyze_with(t, &pr)
            .findings
            .iter()
            .map(|f| f.rule.to_string())
            .collect()
    };
    let denied =
        rules("Since March he has fixed no bugs on the list, nor has he shown the desire to.");
    assert!(!denied.iter().any(|r| r == "vague-praise"), "{denied:?}");
    let ranked = rules("Her sales are excellent, and she is now only behind the regional lead.");
    assert!(
        !ranked
            .iter()
            .any(|r| r == "vague-criticism" || r == "personal-label"),
        "{ranked:?}"
    );
}

/// A label inside a clause ("…, since she seems unwilling to …"): the whole-sentence template
/// would drop what the writer said before it, so the first suggestion keeps the sentence and
/// adds an example after it.
#[test]
fn a_label_after_the_writers_own_words_keeps_them() {
    let text = "I doubt that Mara will improve much, since she seems unwilling to take direction.";
    let out = first(text, "personal-label", Mode::PerformanceReview);
    assert!(out.starts_with(text), "{out}");
    assert!(out.contains("For example, in [when"), "{out}");
    assert!(out.contains("she [what she did"), "{out}");
}

/// "He has no interest in leading the team": the label's complement stays with it, so the
/// first suggestion keeps the sentence instead of "He [what he did …] in leading the team".
#[test]
fn a_label_with_its_complement_keeps_the_sentence() {
    for text in [
        "He has no interest in leading the platform team.",
        "She is unwilling to take direction from the leads.",
    ] {
        let out = first(text, "personal-label", Mode::PerformanceReview);
        assert!(out.starts_with(text), "{text} → {out}");
    }
}

/// "I advise against renewing his contract": the writer already says what happens next, so the
/// example asked for has no "As a next step, he will …" that would contradict it.
#[test]
fn a_recommendation_gets_no_next_step_of_its_own() {
    let text = "Omar's work is sloppy. I advise against renewing his contract.";
    let a = analyze_with(text, &Options::default());
    let f = a
        .findings
        .iter()
        .find(|f| f.rule == "vague-criticism" && text[f.start..f.end].starts_with("I advise"))
        .expect("the recommendation is vague criticism");
    let r = &f.suggestions[0].replacement;
    assert!(r.contains("For example, in [when"), "{r}");
    assert!(!r.contains("next step"), "{r}");
}

/// A comment about software gets an example about code in code review, and none when pasted in
/// the default mode (a canned `loader` module fits no issue comment), never a product launch; a
/// review of an engineer that mentions a bug keeps the review's examples.
#[test]
fn a_comment_about_software_gets_code_examples_or_none() {
    let pr = Mode::PerformanceReview;
    let text = "Your fix is lazy and the tests are still failing.";
    let out = first(text, "missing-sbi", Mode::CodeReview);
    assert!(out.contains("e.g. read the file"), "{out}");
    // In the default mode (an issue comment pasted as it is) no canned example fits.
    let out = first(text, "missing-sbi", pr);
    assert!(!out.contains("launch") && !out.contains("e.g."), "{out}");
    let out = first(
        "Dana fixed the login bug. She is a rock star.",
        "trait-praise",
        pr,
    );
    assert!(!out.contains('`'), "{out}");
}

/// "Seems that …" opens a sentence with no subject: the hedge goes with its "that", and the
/// clause after it is the plain claim.
#[test]
fn seems_that_at_the_start_leaves_the_clause() {
    assert_eq!(
        first(
            "Seems that this should live in a helper module.",
            "weasel-words",
            Mode::PerformanceReview
        ),
        "This should live in a helper module."
    );
}

/// A hedge on the writer's own account of their work, judging no one, is an honest guess: no
/// card asks to say it more plainly (it used to ask for evidence).
#[test]
fn an_honest_hedge_on_the_writers_own_work_is_not_raised() {
    let a = analyze_with(
        "I wanted this to be obvious in the config, but I guess its name already says staging.",
        &Options::default(),
    );
    assert!(
        a.findings.iter().all(|f| f.rule != "hedge-softener"),
        "{:?}",
        a.findings.iter().map(|f| f.rule).collect::<Vec<_>>()
    );
}

/// "There's room for improvement" asks for a change in no direction: the first suggestion names
/// the change (a next step) rather than an incident; a demand with a direction ("needs to be
/// more proactive about blockers") still gets its example.
#[test]
fn room_for_improvement_asks_for_the_change() {
    let pr = Mode::PerformanceReview;
    let text = "Her numbers were flat this quarter, but there's room for improvement.";
    let out = first(text, "vague-criticism", pr);
    assert_eq!(
        out,
        format!("{text} As a next step, I'd like her to [next step, e.g. flag a slipping deadline at least two days ahead].")
    );
    let out = first(
        "Ravi needs to be more proactive about blockers.",
        "vague-criticism",
        pr,
    );
    assert!(out.contains("For example, in [when"), "{out}");
}

/// "The sign-up form": a topic is never the half of a hyphenated word ("The sign [...]").
#[test]
fn a_topic_is_not_cut_at_a_hyphen() {
    let out = first(
        "The sign-up form is hard to follow.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(!out.starts_with("The sign ["), "{out}");
    assert!(out.contains("[what falls short"), "{out}");
}

/// "help me !!! it fails": one mark, with no space left before it.
#[test]
fn repeated_marks_after_a_space_become_one_mark_against_the_word() {
    let out = first(
        "please help me !!! the import fails on every run",
        "shouting",
        Mode::PerformanceReview,
    );
    assert!(out.starts_with("please help me. the import"), "{out}");
}

/// A hedged guess about a cause or the writer's own team is backed by what points to it, not
/// by an incident of the writer's ("I [what I did, e.g. …]").
#[test]
fn a_guess_about_a_cause_asks_for_evidence_not_an_incident() {
    let out = first(
        "The team seems to miss its check-ins because of the new calendar tool.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(out.contains("I say this because [evidence"), "{out}");
    assert!(!out.contains("I [what I did"), "{out}");
}

#[test]
fn an_opening_clause_with_i_leaves_the_reader_the_subject() {
    let after = first(
        "As far as I know, you were lazy about the review.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(after.contains("you [what you did"), "{after}");
    assert!(!after.contains("I [what I did"), "{after}");
}

#[test]
fn a_removed_opener_takes_its_that_along() {
    let after = first(
        "I suppose that the cleanup step should run after the upload, which you skipped.",
        "hedge-softener",
        Mode::PerformanceReview,
    );
    assert!(after.starts_with("The cleanup step should run"), "{after}");
}

#[test]
fn a_handle_is_never_the_problem_named() {
    let after = first(
        "@SamLee I have no idea what you are talking about.",
        "condescension",
        Mode::PerformanceReview,
    );
    assert!(!after.contains("problem with SamLee"), "{after}");
}

#[test]
fn a_swear_inside_a_technical_sentence_is_swapped_in_place() {
    for mode in [Mode::CodeReview, Mode::PerformanceReview] {
        let after = first(
            "We should fix time_t and off_t (and any others we fucked up in the old ABI) for 64-bit.",
            "profanity",
            mode,
        );
        assert!(
            after.contains("any others we messed up in the old ABI"),
            "{after}"
        );
        assert!(after.contains("for 64-bit"), "{after}");
    }
}

#[test]
fn no_evidence_is_asked_for_a_supposition_or_an_option() {
    for text in [
        "If it became a plugin, that's probably where the setting would come in.",
        "The old flag still works (I guess you can pass it too :-)",
        "I guess you can optionally use the old flag.",
    ] {
        let a = analyze_with(text, &Options::default());
        let asks = a.findings.iter().flat_map(|f| &f.suggestions).any(|s| {
            s.replacement.contains("I say this because") || s.replacement.contains("[evidence")
        });
        assert!(!asks, "{text}: {:?}", a.findings);
    }
    // A hedged judgement of someone still asks what backs it (second, where the label's card
    // already adds that example).
    let text = "I loved working with Kim, even if she is a bit bossy.";
    let f = finding_in(text, "hedge-softener", Mode::PerformanceReview);
    let outs: Vec<String> = f.suggestions.iter().map(|s| apply(text, s).0).collect();
    assert!(
        outs.iter().any(|o| o.contains("For example, in [when")),
        "{outs:?}"
    );
}

#[test]
fn a_removal_takes_its_degree_word_and_a_dangling_if() {
    let after = first(
        "I would keep your fallback, even if rather unlikely.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(!after.contains("rather"), "{after}");
    assert!(!after.contains(" if."), "{after}");
    assert!(after.starts_with("I would keep your fallback"), "{after}");
}

#[test]
fn a_shout_across_a_comma_or_a_number_is_recased_whole() {
    let after = first(
        "IF YOU SUBMIT A DIFF HERE, THE TEAM WILL REJECT IT.",
        "shouting",
        Mode::CodeReview,
    );
    assert_eq!(after, "If you submit a diff here, the team will reject it.");
    let after = first(
        "Please look. THIS IS DAY 5 OF WAITING FOR A REPLY.",
        "shouting",
        Mode::CodeReview,
    );
    assert_eq!(after, "Please look. This is day 5 of waiting for a reply.");
    // Short words are words, not acronyms ("BUG reports GO in the tracker" was the edit); an
    // acronym keeps its capitals.
    let after = first(
        "Note: BUG REPORTS GO IN THE TRACKER, NOT IN THE CI LOGS.",
        "shouting",
        Mode::CodeReview,
    );
    assert_eq!(
        after,
        "Note: Bug reports go in the tracker, not in the CI logs."
    );
    let after = first(
        "WRITE THE NOTES AS SHORT AS YOU CAN, BY NOON.",
        "shouting",
        Mode::CodeReview,
    );
    assert_eq!(after, "Write the notes as short as you can, by noon.");
}

#[test]
fn a_shout_ending_on_a_verb_after_to_keeps_it_lower_case() {
    // "to" names a recipient only after thanks ("THANKS TO AISHA"): here it opens a verb.
    let after = first(
        "One rule here:\n\nNOBODY WANTS TO WAIT \n\nKeep the builds fast.",
        "shouting",
        Mode::CodeReview,
    );
    assert!(after.contains("Nobody wants to wait"), "{after}");
    let after = first("HUGE THANKS TO AISHA!!!", "shouting", Mode::CodeReview);
    assert!(after.contains("Aisha"), "{after}");
}

#[test]
fn a_cheer_keeps_its_yes_and_a_curse_at_someone_goes_with_the_name() {
    // "Remove damn" left "You Omar, …" and "You, I missed …".
    for (draft, want) in [
        ("Fuck yes, it finally builds!", "Yes, it finally builds!"),
        (
            "Damn you Omar, the old layout was nicer.",
            "The old layout was nicer.",
        ),
        ("Oh damn you, I missed that line.", "I missed that line."),
    ] {
        assert_eq!(first(draft, "profanity", Mode::CodeReview), want, "{draft}");
    }
}

#[test]
fn a_long_sentence_keeps_its_words_around_a_swear() {
    let after = first(
        "To find these, we could take a long working API file and have a test inject random crap at random places.",
        "profanity",
        Mode::PerformanceReview,
    );
    assert_eq!(
        after,
        "To find these, we could take a long working API file and have a test inject random [a plainer word] at random places."
    );
}

#[test]
fn a_sneer_before_its_noun_gets_a_one_word_example() {
    let after = first(
        "Honestly, these are even ugly names for a small helper module.",
        "derogatory-word",
        Mode::PerformanceReview,
    );
    assert!(
        after.contains("even [what's wrong, e.g. hard-to-read] names"),
        "{after}"
    );
}

#[test]
fn praise_of_a_thing_joins_its_example_and_impact_with_which() {
    let after = first(
        "The quarterly report for the team was excellent.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(after.contains("], which [impact, e.g."), "{after}");
}

#[test]
fn a_sneering_even_goes_and_the_question_stays() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Did you even run the tests before pushing?",
            "condescension",
            pr
        ),
        "Did you run the tests before pushing?"
    );
    assert_eq!(
        first(
            "If you don't even have a minute to test it, please don't send it.",
            "condescension",
            pr
        ),
        "If you don't have a minute to test it, please don't send it."
    );
}

#[test]
fn a_sneer_before_conduct_goes_and_the_noun_stays() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Please stop this idiotic behavior on the list.",
            "derogatory-word",
            pr
        ),
        "Please stop this behavior on the list."
    );
    // The article follows the noun that is left.
    assert_eq!(
        first(
            "You made an idiotic mistake in the config.",
            "derogatory-word",
            pr
        ),
        "You made a mistake in the config."
    );
    // Work keeps its placeholder: the writer names what is wrong with it.
    assert!(first("This is a stupid hack.", "derogatory-word", pr).contains("[what's wrong"));
}

#[test]
fn what_the_writer_does_not_know_reads_as_a_sentence() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first("The release date is uncertain.", "weasel-words", pr),
        "I don't know the release date."
    );
    // An adjective before its noun is not swapped: "an I don't know outlook" was the result.
    let s = first(
        "Sam faces an uncertain outlook for the project.",
        "weasel-words",
        pr,
    );
    assert!(!s.contains("I don't know"), "{s}");
}

#[test]
fn a_contemptuous_verdict_is_calmed_and_its_reason_kept() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Bypassing the check is unacceptable, as it defeats the point of having it.",
            "condescension",
            pr
        ),
        "Bypassing the check is a problem, as it defeats the point of having it."
    );
    assert_eq!(
        first(
            "It makes absolutely no sense whatsoever to ship the library and then ask users to build their own.",
            "condescension",
            pr
        ),
        "It doesn't make sense to me to ship the library and then ask users to build their own."
    );
}

#[test]
fn an_opening_connective_is_not_taken_for_the_persons_name() {
    for text in [
        "Apart from that, he ignores feedback from the support team.",
        "Later he ignored the feedback from the support team.",
    ] {
        let a = analyze_with(text, &Options::default());
        let opener = text.split([' ', ',']).next().unwrap();
        let examples: Vec<&str> = a
            .findings
            .iter()
            .flat_map(|f| &f.suggestions)
            .map(|s| s.replacement.as_str())
            .filter(|r| r.contains("[what"))
            .collect();
        assert!(!examples.is_empty(), "{text}: no example rewrite");
        for r in examples {
            assert!(!r.contains(&format!("{opener} [what")), "{text} -> {r}");
        }
    }
}

#[test]
fn a_ceiling_said_with_already_is_about_the_person_not_a_piece_of_work() {
    let text = "Tom is always willing to help. However, I believe that Tom has already reached \
                his peak here, since he seems too quiet to lead a team.";
    let ceiling = finding(text, "fixed-mindset");
    for s in &ceiling.suggestions {
        assert!(!s.replacement.contains("piece of work"), "{s:?}");
    }
    // The first suggestion keeps the writer's sentence and adds an example after it.
    let (after, _) = apply(text, &ceiling.suggestions[0]);
    assert!(after.contains("reached his peak here"), "{after}");
}

/// "Needs constant coaching" names no piece of work: its example is of what the person did,
/// never "In [which piece of work], the work [what falls short]".
#[test]
fn criticism_of_a_person_without_a_piece_of_work_gets_a_behaviour_example() {
    for text in [
        "Sam is punctual. Needs constant coaching.",
        "Priya is friendly. We would like to see more from her.",
        "Sam is punctual. While he is a solid analyst, he doesn't seem keen on mentoring.",
    ] {
        let all = all_applied(text, "vague-criticism");
        assert!(
            all.iter()
                .all(|s| !s.contains("the work [what falls short")),
            "{all:?}"
        );
        assert!(all.iter().any(|s| s.contains(" did, e.g.")), "{all:?}");
    }
    // A piece of work named stays a piece of work.
    let all = all_applied("Her report was not good enough.", "vague-criticism");
    assert!(
        all.iter().any(|s| s.contains("[what falls short")),
        "{all:?}"
    );
}

/// "The follow-up email": a hyphenated word is one word of the topic.
#[test]
fn a_hyphenated_word_is_kept_whole_in_the_topic() {
    let all = all_applied(
        "The follow-up email was not good enough.",
        "vague-criticism",
    );
    assert!(
        all.iter()
            .any(|s| s.starts_with("The follow-up email [what falls short")),
        "{all:?}"
    );
}

/// "once his family issues are resolved": a private matter is never the piece of work the
/// rewrite is about; the work the sentence names is.
#[test]
fn a_private_matter_is_not_taken_for_the_topic() {
    let all = all_applied(
        "Leo joined in June. I understand he has been distracted at work, and once his family \
         issues are resolved he will be committed to his work the way he needs to be.",
        "vague-criticism",
    );
    assert!(
        all.iter().all(|s| !s.contains("family issues [")),
        "{all:?}"
    );
    assert!(
        all.iter().any(|s| s.contains("His work [what falls short")),
        "{all:?}"
    );
}

/// "You clearly didn't run the tests": the sneer is the adverb; the fact stays as written.
#[test]
fn a_sneering_adverb_is_removed_and_the_fact_kept() {
    let pr = Mode::PerformanceReview;
    for (text, after) in [
        (
            "You clearly didn't run the tests before pushing.",
            "You didn't run the tests before pushing.",
        ),
        ("Did you even read the issue?", "Did you read the issue?"),
    ] {
        assert_eq!(first(text, "condescension", pr), after);
    }
}

#[test]
fn an_interjection_after_so_goes_with_it_and_the_topic_stops_before_the_verb() {
    let all = all_applied(
        "So WTF, how did this regression ship in the stable release without anyone noticing?",
        "profanity",
    );
    assert_eq!(
        all[0],
        "How did this regression ship in the stable release without anyone noticing?"
    );
    // The question says where it shipped and how: a problem statement would erase that.
    assert!(
        all.iter().all(|r| !r.contains("I see a problem")),
        "{all:?}"
    );
    // "did this regression ship": after the auxiliary, "ship" is the verb, not the noun.
    let short = all_applied("So WTF, how did this regression ship?", "profanity");
    assert!(
        short
            .iter()
            .any(|r| r.contains("a problem with this regression:")),
        "{short:?}"
    );
}

/// A sentence that is only an outburst, next to sentences with content, is dropped; a whole
/// draft that is only an outburst keeps the statement to write in its place.
#[test]
fn an_outburst_beside_content_is_dropped_not_templated() {
    let all = all_applied(
        "Rolling back to the old version works. This is dumb.",
        "bare-verdict",
    );
    assert_eq!(all[0], "Rolling back to the old version works.", "{all:?}");
    assert!(all.iter().all(|r| !r.contains("[what")), "{all:?}");
    let alone = all_applied("This is dumb.", "bare-verdict");
    assert!(
        alone[0].starts_with("I see a problem with [what"),
        "{alone:?}"
    );
    // An order to the reader is not the writer's own story, whatever "my" makes the subject.
    let order = all_applied(
        "Get a life my friend. You asked for help with malware?",
        "condescension",
    );
    assert_eq!(order[0], "You asked for help with malware?", "{order:?}");
}

#[test]
fn a_label_that_a_later_clause_points_back_at_stays_and_gets_an_example() {
    // "when she is" needs "focused" to stay; the example of the lapse goes before the turn
    // to praise, not after the praise.
    let out = first(
        "She isn't always focused, but when she is, her plans are excellent.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("She isn't always focused. For example, in [")
            && out.ends_with(". But when she is, her plans are excellent."),
        "{out}"
    );
}

#[test]
fn a_time_is_never_the_topic_of_a_rewrite() {
    let all = all_applied(
        "Unless his estimates get more accurate, he will not be promoted this quarter.",
        "vague-criticism",
    );
    assert!(all.len() > 1, "{all:?}");
    assert!(!all.iter().any(|r| r.contains("This quarter [")), "{all:?}");
}

/// Praise turned by ", but not …" or ", though …": the example of the praise goes before the
/// turn, and the turn keeps its subject and copula, so the example does not seem to back the
/// criticism.
#[test]
fn a_praise_example_goes_before_a_turn_that_borrows_the_copula() {
    let all = all_applied(
        "He is a high performer but not very reliable.",
        "vague-praise",
    );
    assert!(
        all[0].starts_with("He is a high performer. For example,")
            && all[0].ends_with(". But he is not very reliable."),
        "{all:?}"
    );
    let all = all_applied(
        "Overall she is a strong analyst, though not dependable.",
        "vague-praise",
    );
    assert!(
        all[0].starts_with("Overall she is a strong analyst. For example,")
            && all[0].ends_with(". But she is not dependable."),
        "{all:?}"
    );
    // A degree opening the turn ("but a little short on …") is no subject of its own: the
    // turn borrows the copula (it had become the fragment "But a little short on ambition.").
    let text =
        "Omar is a strong analyst, but a little short on ambition. He delivers what is asked.";
    let all = all_applied(text, "vague-praise");
    assert!(
        all[0].starts_with("Omar is a strong analyst. For example,")
            && all[0]
                .ends_with(". But Omar is a little short on ambition. He delivers what is asked."),
        "{all:?}"
    );
    // The trait card's aside closes with a dash where the comma was.
    let aside = first(text, "trait-praise", Mode::PerformanceReview);
    assert!(
        aside.starts_with("Omar is a strong analyst — for example, [what Omar did")
            && aside.contains("] — but a little short on ambition."),
        "{aside}"
    );
}

/// Scare quotes mean "so-called": stripping them off an adjective would say the opposite, so
/// the doubted adjective goes; a doubted noun only loses its quotes.
#[test]
fn scare_quotes_are_read_as_so_called() {
    let pf = Mode::PeerFeedback;
    // "It's not like you're …" says "you're not …" with a sneer: said plainly, with no SBI
    // note under it (it had become "I see a problem with [what] …").
    let text = "Why would anyone mind now? It's not like you're hurting anyone by closing it.";
    assert_eq!(
        first(text, "sarcasm", pf),
        "Why would anyone mind now? You're not hurting anyone by closing it."
    );
    assert!(
        !rules_in(text).contains(&"missing-sbi"),
        "{:?}",
        rules_in(text)
    );
    assert_eq!(
        first("Please update your \"correct\" example.", "sarcasm", pf),
        "Please update your example."
    );
    assert_eq!(
        first("Your \"fix\" broke the nightly build.", "sarcasm", pf),
        "Your fix broke the nightly build."
    );
    assert_eq!(
        first(
            "So this is their “improvement” to the installer?",
            "sarcasm",
            pf
        ),
        "So this is their improvement to the installer?"
    );
}

/// A pet name, mock love wrapped round a complaint and mocking capitals each go, and the point
/// stays as the writer put it.
#[test]
fn mock_frames_go_and_the_point_stays() {
    let pr = Mode::PerformanceReview;
    let cases = [
        (
            "Oh, sweetie, the flag was removed last year.",
            "condescension",
            "Oh, the flag was removed last year.",
        ),
        (
            "Honey, that is not how rebases work.",
            "condescension",
            "That is not how rebases work.",
        ),
        (
            "Read the migration guide again, kiddo.",
            "condescension",
            "Read the migration guide again.",
        ),
        (
            "Gotta love how the nightly wipes my cache.",
            "sarcasm",
            "The nightly wipes my cache.",
        ),
        (
            "Don't you just love it when the linter disagrees with itself?",
            "sarcasm",
            "The linter disagrees with itself.",
        ),
        (
            "So I tHoUgHt ThE rEaDmE wAs ClEaR.",
            "sarcasm",
            "So I thought the readme was clear.",
        ),
        (
            "Please stop reopening the ticket every morning.",
            "condescension",
            "Could you avoid reopening the ticket every morning, since [why it matters]?",
        ),
        (
            "Stop posting the same stack trace in every thread.",
            "condescension",
            "Could you avoid posting the same stack trace in every thread, since [why it matters]?",
        ),
        (
            "Who do you think wrote the parser in the first place?",
            "condescension",
            "[Who, e.g. our team] wrote the parser in the first place.",
        ),
        (
            "Thanks for the report, but if you only came here to advertise, go away.",
            "condescension",
            "Thanks for the report, but if you only came here to advertise, [what happens then, e.g. this project can't help with that].",
        ),
        (
            "You obviously have no idea how the retry queue drains.",
            "condescension",
            "Let me explain how the retry queue drains: [the point].",
        ),
        (
            "I've told you before: the cache key includes the locale.",
            "condescension",
            "The cache key includes the locale.",
        ),
        (
            "I'm not going to waste any more time on this pull request.",
            "condescension",
            "I'll step back from this pull request now.",
        ),
    ];
    for (text, rule, want) in cases {
        assert_eq!(first(text, rule, pr), want, "{text}");
    }
}

/// Praise of what the writer got from the reader ("the designs I've had from you") asks what
/// the reader did, not what the writer did.
#[test]
fn praise_of_what_came_from_you_asks_what_you_did() {
    let text = "You joined the team in March. The designs I've had from you this year were excellent. Keep going.";
    let out = example(text, "vague-praise", Mode::PerformanceReview);
    assert!(out.contains("you [what you did"), "{out}");
    assert!(!out.contains("I [what I did"), "{out}");
}

/// A paragraph said in one long sentence keeps everything but its sneer: no card replaces it
/// whole with a template.
#[test]
fn a_long_sentence_loses_only_its_sneer() {
    let text = "Nadia Cole is someone who has to focus much harder on her tasks given her weak results this year, and if nothing changes she could lose her position because of this attitude, so she should act quickly and show far more commitment to the team going forward.";
    let out = first(text, "condescension", Mode::PerformanceReview);
    assert!(
        out.starts_with("Nadia Cole is someone who has to focus"),
        "{out}"
    );
    assert!(
        out.ends_with("commitment to the team going forward."),
        "{out}"
    );
}

/// A put-down that stands for a question or a request becomes that question or request, and
/// a scoff in a longer sentence loses only its scoff: nothing else the writer said is lost.
#[test]
fn put_downs_become_the_question_they_stand_for() {
    let pr = Mode::PerformanceReview;
    let cases = [
        (
            "So you didn't read the install guide before opening this.",
            "Could you read the install guide before opening this?",
        ),
        (
            "Did you not run the tests on your branch? They fail on main too.",
            "Did you run the tests on your branch? They fail on main too.",
        ),
        (
            "Do you not use a linter on this repo? It really is handy here.",
            "Do you use a linter on this repo? It really is handy here.",
        ),
        (
            "So the build is red again, wtf.",
            "So the build is red again. What happened here?",
        ),
        ("Honestly WTF man?", "What happened here?"),
        (
            "I figured it was pretty obvious, but apparently not, so I spelled it out.",
            "I figured it was clear, but apparently not, so I spelled it out.",
        ),
    ];
    for (text, want) in cases {
        let rule = if text.to_lowercase().contains("wtf") {
            "profanity"
        } else {
            "condescension"
        };
        assert_eq!(first(text, rule, pr), want, "{text}");
    }
}

/// A sentence shouted from end to end, brackets and all, is one shout: its rewrite recases
/// all of it instead of leaving a capitalised aside.
#[test]
fn a_shout_goes_on_across_brackets() {
    let all = all_applied(
        "THE INSTALLER IS BROKEN AGAIN (LATEST BUILD ONLY) AND IT BLOCKS EVERYONE.",
        "shouting",
    );
    assert_eq!(
        all[0], "The installer is broken again (latest build only) and it blocks everyone.",
        "{all:?}"
    );
}

/// "While he is a strong analyst, he doesn't seem very interested in mentoring": the denial
/// reaches past "seem very", so the main clause reads as criticism and the praise example
/// goes after the concession, not after the criticism.
#[test]
fn a_denial_reaches_past_seem_and_degree_words() {
    let all = all_applied(
        "While he is a strong analyst, he doesn't seem very interested in mentoring.",
        "vague-praise",
    );
    assert!(
        all[0].starts_with("He is a strong analyst. For example,")
            && all[0].ends_with(". But he doesn't seem very interested in mentoring."),
        "{all:?}"
    );
}

/// A verdict followed by its reason ("This driver is garbage. It leaks …"): the verdict goes,
/// and the reason speaks of the topic by name.
#[test]
fn a_verdict_gives_way_to_the_reason_after_it() {
    let all = all_applied(
        "This driver is garbage. It leaks a page on every resume.",
        "bare-verdict",
    );
    assert_eq!(
        all[0], "This driver leaks a page on every resume.",
        "{all:?}"
    );
    let all = all_applied(
        "Your config loader is a joke. It's slower than reading the file by hand.",
        "bare-verdict",
    );
    assert_eq!(
        all[0], "Your config loader is slower than reading the file by hand.",
        "{all:?}"
    );
}

/// "How many times do I have to say this?" after the point itself: the sigh goes.
#[test]
fn a_repetition_sigh_after_the_point_is_dropped() {
    let all = all_applied(
        "No. The public API stays stable. How many times do I have to say this?",
        "condescension",
    );
    assert_eq!(all[0], "No. The public API stays stable.", "{all:?}");
}

/// "Why on earth would you …" loses only "on earth": the question and its object stay.
#[test]
fn on_earth_goes_and_the_question_stays() {
    assert_eq!(
        first(
            "Why on earth would you hold the lock inside the signal handler?",
            "condescension",
            Mode::PeerFeedback
        ),
        "Why would you hold the lock inside the signal handler?"
    );
}

/// A sentence that is only a name for the reader, beside sentences that say something, is
/// dropped first; an all-empty problem statement is never offered beside other suggestions.
#[test]
fn a_name_alone_beside_content_is_dropped() {
    let all = all_applied(
        "You are such a noob. The option is in the README.",
        "name-calling",
    );
    assert_eq!(all[0], "The option is in the README.", "{all:?}");
    let all = all_applied("You idiot, you emailed the whole list.", "name-calling");
    assert!(
        all.iter().all(|r| !r.contains("problem with [what")),
        "{all:?}"
    );
}

#[test]
fn a_writer_who_only_reacts_is_not_the_subject_of_the_example() {
    let peer = Mode::PeerFeedback;
    // The writer agrees or likes something: the example is of what was good, not of what
    // "I" did.
    // ("…, the way the old tool did it was great" praises a thing: no card at all.)
    let out = first("Good stuff, I like it a lot.", "vague-praise", peer);
    assert!(out.contains("[what was good"), "{out}");
    assert!(!out.contains("I [what I did"), "{out}");
    // The writer owns their own lapse: the example and the next step are theirs, not the
    // reader's.
    let out = first(
        "I was rude to you in the meeting and that was wrong.",
        "vague-criticism",
        peer,
    );
    assert!(out.contains("I [what I did"), "{out}");
    assert!(!out.contains("you [what you did"), "{out}");
}

#[test]
fn a_thank_you_gets_an_example_but_no_stretch_goal() {
    let pr = Mode::PerformanceReview;
    // Gratitude asks for nothing more: the example makes it specific, no growth step follows.
    let out = first("Thank you for your contributions.", "vague-praise", pr);
    assert!(out.contains("[what you did"), "{out}");
    assert!(!out.contains("stretch goal"), "{out}");
    // Praise to the reader in a review still asks for the next step.
    let out = first("You did great work, keep it up.", "vague-praise", pr);
    assert!(out.contains("stretch goal"), "{out}");
}

#[test]
fn praise_in_a_reply_gets_an_example_but_no_stretch_goal() {
    let pr = Mode::PerformanceReview;
    // A thank-you under a quoted question in a thread is no review: nothing to grow into.
    let out = first(
        "> Can you add Welsh as well?\nYour translation is great!",
        "vague-praise",
        pr,
    );
    assert!(out.contains("[what you did"), "{out}");
    assert!(!out.contains("stretch goal"), "{out}");
    let out = first("@ana your translation is great!", "vague-praise", pr);
    assert!(!out.contains("stretch goal"), "{out}");
}

#[test]
fn a_removed_disclaimer_takes_its_joined_word_or_conjunction_along() {
    let pr = Mode::PerformanceReview;
    // "rude or offensive": the adjective joined to the removed predicate goes too.
    assert_eq!(
        first(
            "I'm not trying to be rude or offensive, but the doc is late.",
            "backhanded",
            pr
        ),
        "The doc is late."
    );
    // "… and thanks": only the "and" goes, the thanks stays.
    assert_eq!(
        first(
            "Sorry to bother you and thanks, but the build fails.",
            "hedge-softener",
            pr
        ),
        "Thanks, but the build fails."
    );
}

#[test]
fn a_name_spoken_to_gets_the_example_in_the_second_person() {
    let pr = Mode::PerformanceReview;
    // "@lee Maria, … your knowledge": Maria is the reader, not someone talked about.
    let out = first(
        "@lee Maria, we all benefit a lot from your knowledge and skills.",
        "vague-praise",
        pr,
    );
    assert!(out.contains("you [what you did"), "{out}");
    // The name called first in the sentence is the reader too.
    let out = first(
        "Maria, we all benefit a lot from your knowledge and skills.",
        "vague-praise",
        pr,
    );
    assert!(out.contains("you [what you did"), "{out}");
    // A name before a comma in a sentence about him stays the third person.
    let out = first(
        "Richard, his work on the launch was great.",
        "vague-praise",
        pr,
    );
    assert!(out.contains("Richard [what Richard did"), "{out}");
}

/// A capital compared with ("like Couch does", "than Postgres") is a thing or a bystander: the
/// rewrite does not make it the one who acted.
#[test]
fn a_compared_capital_is_not_the_actor() {
    let out = first(
        "Why do you refuse to support cookies like Couch does?",
        "condescension",
        Mode::PerformanceReview,
    );
    assert!(!out.contains("Couch ["), "{out}");
    assert!(!out.contains("like Couch to"), "{out}");
}

/// "Why would you ever …?" keeps what the reader did in the coaching question; "refuse to" asks
/// about the choice not to.
#[test]
fn a_contemptuous_why_keeps_the_act_it_asks_about() {
    let pf = Mode::PeerFeedback;
    let out = first(
        "Why would you ever merge this without tests?",
        "condescension",
        pf,
    );
    assert!(
        out.starts_with("Can you walk me through the choice to merge this without tests?"),
        "{out}"
    );
    let out = first(
        "Why do you refuse to add a config flag?",
        "condescension",
        pf,
    );
    assert!(
        out.starts_with("Can you walk me through the choice not to add a config flag?"),
        "{out}"
    );
}

/// A guessed fact keeps its hedge and is asked for its evidence first ("the model seems to beat
/// the baseline" is not yet "does beat"); the plain wording is the second choice. A hedged view
/// ("the rollout was probably rushed") is the writer's to own: the hedge goes first.
#[test]
fn a_guessed_fact_is_asked_for_its_evidence_before_the_hedge_goes() {
    let pr = Mode::PerformanceReview;
    for text in [
        "The model seems to consistently beat the baseline.",
        "This seems like a bug in the parser.",
        "The upstream client apparently retries on its own.",
    ] {
        let out = first(text, "weasel-words", pr);
        assert_eq!(out, format!("{text} I say this because [evidence]."));
        assert!(!plainly(text, "weasel-words", pr).contains('['), "{text}");
    }
    assert_eq!(
        first("The rollout was probably rushed.", "weasel-words", pr),
        "The rollout was rushed."
    );
    assert_eq!(
        first(
            "It seems like we could drop the cache here.",
            "weasel-words",
            pr
        ),
        "We could drop the cache here."
    );
}

/// A hedged claim about a thing whose reason follows ("…, because it rebuilds the index") has
/// its evidence already: the hedge goes. A guessed cause, or a claim about a person, still asks.
#[test]
fn a_hedge_with_its_reason_given_just_goes() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "The new cache is kind of slow, because it rebuilds the index on every read.",
            "hedge-softener",
            pr
        ),
        "The new cache is slow, because it rebuilds the index on every read."
    );
    for text in [
        "The build probably failed because of the cache.",
        "It seems she is still settling in because she asks about every step.",
    ] {
        let out = first(text, "weasel-words", pr);
        assert!(
            out.contains("[evidence") || out.contains("For example"),
            "{out}"
        );
    }
}

/// A put-down that closes the sentence goes from its comma, and the point before it stays; an
/// aside right after a disclaimer goes with the disclaimer.
#[test]
fn a_closing_put_down_or_a_disclaimers_aside_goes_and_the_point_stays() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "We should move to strict typing and typed columns, who cares about the old plugins.",
            "condescension",
            pr
        ),
        "We should move to strict typing and typed columns."
    );
    assert_eq!(
        first(
            "I'm not trying to be rude (honestly), but this parser drops rows.",
            "backhanded",
            pr
        ),
        "This parser drops rows."
    );
    // What is left would hang on its "if".
    let after = first(
        "If you keep reopening the same issue every day, you will be banned from this project.",
        "condescension",
        pr,
    );
    assert_ne!(after, "If you keep reopening the same issue every day.");
}

/// "get this merged": "this" is an object before a participle, not "the merged" anything.
#[test]
fn a_pronoun_before_a_participle_is_no_topic() {
    let after = first(
        "Acting like a child won't get this merged faster.",
        "condescension",
        Mode::PerformanceReview,
    );
    assert!(!after.contains("this merged"), "{after}");
    // Nor before an adverb: "mean this lightly" names no "lightly".
    let all = all_applied(
        "Believe me, I mean this lightly: it is not good enough.",
        "vague-criticism",
    );
    assert!(all.iter().all(|s| !s.contains("This lightly")), "{all:?}");
    // "that someone": a person, not a piece of work.
    let all = all_applied(
        "It feels like that someone does not care, and it is not good enough.",
        "vague-criticism",
    );
    assert!(all.iter().all(|s| !s.contains("someone [")), "{all:?}");
}

/// A one-word hedge goes alone: the "and" after it joins what follows to the rest.
#[test]
fn a_one_word_hedge_leaves_the_and_after_it() {
    assert_eq!(
        first(
            "The loop is somewhat slow and so holds up the nightly tests.",
            "hedge-softener",
            Mode::PerformanceReview
        ),
        "The loop is slow and so holds up the nightly tests."
    );
}

/// "I am disappointed in your work": the writer's feeling is about what the reader did, so the
/// example asks for the reader's act, not the writer's.
#[test]
fn a_feeling_about_your_work_asks_what_you_did() {
    for text in [
        "I am disappointed in your work.",
        "I'm concerned about your code reviews.",
    ] {
        let out = first(text, "vague-criticism", Mode::PerformanceReview);
        assert!(out.contains("you [what you did]"), "{out}");
        assert!(!out.contains("I [what I did]"), "{out}");
    }
}

/// A verdict that reports a defect ("broken", "wrong") is the point of its sentence: it gets
/// its reason asked for, and the sneer beside it goes without taking the defect along.
#[test]
fn a_reported_defect_stays_when_the_sneer_goes() {
    let pr = Mode::PerformanceReview;
    let text = "This helper should use `snprintf`, not `sprintf`.\n\nAlso, it is ugly and broken.";
    let verdict = first(text, "bare-verdict", pr);
    let why =
        "it is ugly and broken: [what goes wrong, e.g. a name over 16 bytes overflows the buffer].";
    assert!(verdict.ends_with(why), "{verdict}");
    let sneer = first(text, "derogatory-word", pr);
    assert!(sneer.contains("and broken."), "{sneer}");
}

/// "a narrow minded colleague": the label named in the suggestion is the whole compound,
/// not "minded colleague".
#[test]
fn a_minded_compound_is_named_whole() {
    let f = finding(
        "Ravi is a narrow minded colleague. She comes late.",
        "personal-label",
    );
    assert_eq!(
        f.suggestions[0].label,
        "Describe the behavior instead of \"narrow minded colleague\""
    );
}

#[test]
fn never_with_an_irregular_past_is_negated_with_its_base_form() {
    let pr = Mode::PerformanceReview;
    for (draft, negated) in [
        (
            "He never went to the planning meetings.",
            "He did not go to the planning",
        ),
        (
            "She never wrote a single test.",
            "She did not write a single test",
        ),
        (
            "You never came to the retro.",
            "You did not come to the retro",
        ),
        (
            "He never showed up to the standup.",
            "He did not show up to the standup",
        ),
    ] {
        let out = first(draft, "absolute-language", pr);
        assert!(out.starts_with(negated), "{draft} → {out}");
    }
    // A regular past keeps its form under "has not".
    let out = first("He never replied to the client.", "absolute-language", pr);
    assert!(out.starts_with("He has not replied to the client"), "{out}");
}

#[test]
fn never_after_an_adverb_agrees_with_the_subject() {
    let pr = Mode::PerformanceReview;
    let out = first("You really never tested it.", "absolute-language", pr);
    assert!(out.starts_with("You really have not tested it"), "{out}");
    let out = rewrite_all("You clearly never tested it.", &Options::default());
    assert!(out.starts_with("You have not tested it"), "{out}");
}

#[test]
fn an_adjective_intensified_by_a_swear_keeps_the_adjective() {
    let pr = Mode::CodeReview;
    let out = first("The build is slow as shit today.", "profanity", pr);
    assert_eq!(out, "The build is slow today.");
    let out = first("The page is slow as hell on mobile.", "profanity", pr);
    assert_eq!(out, "The page is slow on mobile.");
    let out = first("That makes the flow tangled like hell.", "profanity", pr);
    assert_eq!(out, "That makes the flow tangled.");
    // A noun after "of" is no verb to turn into "are" ("a heap of are […]" was the edit).
    let out = first("That patch was a heap of suck.", "profanity", pr);
    assert!(!out.contains("of are"), "{out}");
}

#[test]
fn pissed_off_is_calmed_whole() {
    let out = first(
        "I was pissed off by the reply.",
        "profanity",
        Mode::PerformanceReview,
    );
    assert_eq!(out, "I was annoyed by the reply.");
}

#[test]
fn a_coaching_question_never_asks_about_the_put_down() {
    for draft in [
        "Get off your high horse and stop lecturing me.",
        "Nobody asked for your rant about tabs.",
    ] {
        let a = analyze_with(draft, &Options::default());
        for s in a.findings.iter().flat_map(|f| &f.suggestions) {
            let r = s.replacement.to_lowercase();
            if r.contains("walk me through") {
                assert!(
                    !["horse", "lecturing", "rant"].iter().any(|w| r.contains(w)),
                    "{draft} → {r}"
                );
            }
        }
    }
}

#[test]
fn interest_in_something_is_not_a_situation_to_keep_in_front() {
    let draft =
        "He never showed any interest in onboarding the interns and he always leaves early.";
    let out = first(draft, "personal-label", Mode::PerformanceReview);
    assert!(!out.starts_with("In onboarding the interns"), "{out}");
    assert!(!out.contains("which of the onboarding"), "{out}");
    assert!(out.contains("leaves early"), "{out}");
}

#[test]
fn the_next_step_for_the_readers_fault_is_asked_of_the_reader() {
    let code = Options {
        mode: Mode::CodeReview,
        ..Default::default()
    };
    let a = analyze_with("I tried it twice and your script fails.", &code);
    let all: Vec<&str> = a
        .findings
        .iter()
        .flat_map(|f| &f.suggestions)
        .map(|s| s.replacement.as_str())
        .collect();
    assert!(
        all.iter().any(|r| r.contains("Could you [next step")),
        "{all:?}"
    );
    assert!(!all.iter().any(|r| r.contains("I'll [")), "{all:?}");
}

#[test]
fn a_situation_hint_stops_before_a_that_clause() {
    let out = first(
        "He is so careless in reviews with the vendor that he often misses defects.",
        "personal-label",
        Mode::PerformanceReview,
    );
    assert!(
        out.contains("[which of the reviews with the vendor, e.g."),
        "{out}"
    );
    assert!(!out.contains("vendor that he, e.g."), "{out}");
}

/// "She seems unlikely to want a bigger role": a guess at what someone wants is backed by asking
/// them, not by an incident of their work.
#[test]
fn a_guess_at_what_someone_wants_is_asked_not_backed() {
    for (text, after) in [
        (
            "Ravi closes his tickets on time. He seems unlikely to want a lead role.",
            "Ravi closes his tickets on time. He seems unlikely to want a lead role. I'll ask him about his goals in our next one-on-one.",
        ),
        (
            "Mia handles the support queue. She probably isn't interested in management.",
            "Mia handles the support queue. She probably isn't interested in management. I'll ask her about her goals in our next one-on-one.",
        ),
    ] {
        assert_eq!(first(text, "weasel-words", Mode::PerformanceReview), after);
    }
}

/// "…, so honestly we're done here": the writer closes the thread; the rewrite says so plainly
/// (a coaching question turned the closing around), and a closer before a comma goes with it.
#[test]
fn a_slammed_door_becomes_a_plain_closing_notice() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "This issue is now three pages of arguing about tabs, so honestly we're done here.",
            "condescension",
            pr
        ),
        "This issue is now three pages of arguing about tabs, so honestly I'll close this thread now."
    );
    assert_eq!(
        first("We're done here.", "condescension", pr),
        "I'll close this thread now."
    );
    assert_eq!(
        first(
            "We are done here, check the release notes.",
            "condescension",
            pr
        ),
        "Check the release notes."
    );
}

/// "… that a few of his colleagues move slower": the colleagues are not a piece of
/// work whose shortfall the template names; the example is of what he did.
#[test]
fn people_in_a_criticised_clause_are_not_the_work() {
    let text = "Omar writes clear analyses. At times he has trouble accepting that some of his peers do not work the way he does.";
    let all = all_applied(text, "vague-criticism");
    for after in &all {
        assert!(!after.contains("peers [what falls short"), "{after}");
    }
    assert!(all.iter().any(|a| a.contains("he [what he did")), "{all:?}");
}

/// "@dana @lee: this is garbage." rewritten whole still answers the people it named; a mention
/// before a comma belongs to the sentence and goes with it.
#[test]
fn a_whole_sentence_rewrite_keeps_the_mentions_that_open_it() {
    let after = first(
        "@dana @lee: this is garbage.",
        "bare-verdict",
        Mode::PerformanceReview,
    );
    assert!(after.starts_with("@dana @lee: "), "{after}");
    assert_eq!(after.matches("@dana").count(), 1, "{after}");
}

#[test]
fn swear_rewrites_keep_the_grammar_of_the_sentence() {
    let cr = Mode::CodeReview;
    // A singular "this" before a verb in "-s" is the subject, not a noun phrase to quote.
    let out = first("This adds nothing but looks like crap.", "profanity", cr);
    assert!(!out.contains("this adds"), "{out}");
    // After "are" the swear is the verdict: "stuff" would change what the sentence says.
    let out = first("The fixtures are crap, redo them.", "profanity", cr);
    assert!(!out.contains("stuff"), "{out}");
    // "for this" is an object: the verb agrees with the plural subject.
    let out = first("Every label we tried for this suck.", "profanity", cr);
    assert!(out.contains("tried for this are ["), "{out}");
}

#[test]
fn freaking_out_is_no_swear() {
    let a = analyze_with(
        "The flashing banners are freaking us out.",
        &Options::default(),
    );
    assert!(
        a.findings.iter().all(|f| f.rule != "profanity"),
        "{:?}",
        a.findings
    );
    let a = analyze_with("The banners are freaking slow.", &Options::default());
    assert!(
        a.findings.iter().any(|f| f.rule == "profanity"),
        "{:?}",
        a.findings
    );
}

#[test]
fn an_insult_for_someone_unnamed_becomes_a_plain_noun_for_them() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Some Gradle idiot broke the nightly build again.",
            "insult",
            pr
        ),
        "Some Gradle developer broke the nightly build again."
    );
    assert_eq!(
        first(
            "A complete moron parked across both bays again.",
            "insult",
            pr
        ),
        "Someone parked across both bays again."
    );
    assert_eq!(
        first(
            "What kind of moron schedules a meeting at 7 am?",
            "insult",
            pr
        ),
        "What kind of person schedules a meeting at 7 am?"
    );
    // Where the insult is the claim, a person noun would say nothing.
    let out = first("Only an idiot would write a loop like this.", "insult", pr);
    assert!(
        !out.contains("someone") && !out.contains("developer"),
        "{out}"
    );
}

#[test]
fn a_puffed_predicate_after_an_intensifier_is_not_deleted() {
    // Deleting "really important" would leave "Stable ordering is here."
    let out = first(
        "Stable ordering is really important here.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(out.contains("really important"), "{out}");
}

#[test]
fn many_gets_no_handful_for_its_example() {
    // "[the number, e.g. three] users" would read as "only three users".
    let out = first(
        "Many customers still run the old client.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(out.starts_with("[How many]"), "{out}");
}

#[test]
fn a_little_is_how_much_not_the_label() {
    let text = "He gets a little defensive in standups.";
    let f = finding(text, "personal-label");
    assert_eq!(&text[f.start..f.end], "He gets a little defensive");
    assert!(
        f.suggestions[0].label.contains("defensive"),
        "{:?}",
        f.suggestions[0]
    );
}

/// A sentence that says more than its sneer keeps what it says: only the sneering words ask
/// for a plainer wording (a whole-sentence template would erase the notice). An article before
/// a single insult goes into the placeholder ("is an idiot" → "is [a plainer word]").
#[test]
fn a_long_sentence_keeps_its_words_around_the_sneer() {
    let text =
        "Locking this now: nobody here has spare time to keep answering this attitude in every thread.";
    assert_eq!(
        first(text, "condescension", Mode::PerformanceReview),
        "Locking this now: nobody here has spare time to keep answering [a plainer wording] in every thread."
    );
    let text = "I had to rebuild the slides on Sunday because the freelance designer is an idiot.";
    assert_eq!(
        first(text, "insult", Mode::PerformanceReview),
        "I had to rebuild the slides on Sunday because the freelance designer is [a plainer word]."
    );
}

/// A coaching question asks about a choice: it answers a question put to the reader ("Are you
/// serious?"), not a verdict on them ("Your attitude needs work."), which says what
/// happened instead.
#[test]
fn only_a_question_to_the_reader_becomes_a_coaching_question() {
    let label = |text: &str| finding(text, "condescension").suggestions[0].label.clone();
    assert_eq!(label("Are you serious?"), "Ask a coaching question instead");
    assert_eq!(
        label("Your attitude needs work."),
        "Say what happened instead"
    );
}

/// "suggests" becomes "shows" only before a clause: "which suggests a few open questions"
/// raises them, and "shows a few open questions" would be nonsense.
#[test]
fn suggests_becomes_shows_only_before_that() {
    let text =
        "Many testers reported the crash, which suggests a few open questions about the cache.";
    let f = finding_in(text, "weasel-words", Mode::PerformanceReview);
    let f = if &text[f.start..f.end] == "suggests" {
        f
    } else {
        frankly::analyze(text)
            .findings
            .into_iter()
            .find(|g| &text[g.start..g.end] == "suggests")
            .expect("suggests is flagged")
    };
    assert!(
        f.suggestions.iter().all(|s| s.replacement != "shows"),
        "{:?}",
        f.suggestions
    );
}

/// In a thread that reviews no one, "they probably used …" guesses at a fact: the card asks
/// what the guess rests on, not for an incident of "theirs" ("in [when], they [what they did]").
#[test]
fn a_guess_in_a_thread_asks_for_its_grounds() {
    let out = first(
        "They probably used the old SDK for the Windows build.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(out.contains("I say this because [evidence"), "{out}");
    assert!(!out.contains("[what they did"), "{out}");
}

/// "a bit" is an amount: when it goes, the "and" after it still joins the next verb.
#[test]
fn an_amount_leaves_the_and_after_it() {
    assert_eq!(
        first(
            "She should pause a bit and check her totals.",
            "hedge-softener",
            Mode::PerformanceReview
        ),
        "She should pause and check her totals."
    );
}

/// Two cards on one sentence do not offer the same block twice: "Dana is a dependable
/// engineer." draws a trait-praise and a vague-praise card, and the second leads with its own
/// alternative (say what was good in place of the label) rather than a second example.
#[test]
fn two_cards_on_one_sentence_offer_two_edits() {
    let a = frankly::analyze("Dana is a dependable engineer.");
    let firsts: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.start == 0)
        .map(|f| f.suggestions[0].clone())
        .collect();
    assert!(firsts.len() >= 2, "{:?}", a.findings);
    for (i, s) in firsts.iter().enumerate() {
        for t in &firsts[i + 1..] {
            assert!(
                !(s.start == s.end && t.start == t.end && s.start == t.start),
                "two insertions at {}: {s:?} / {t:?}",
                s.start
            );
        }
    }
}

/// A hedge on a sentence that another card already asks an example for leads with its plain
/// wording, which keeps the grammar: a plural "tend to" simply goes, and "could be better"
/// never becomes "is better".
#[test]
fn a_hedge_beside_an_example_leads_with_its_plain_wording() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "Ravi doesn't appear to test his changes much.",
            "weasel-words",
            pr
        ),
        "Ravi doesn't test his changes much."
    );
    assert_eq!(
        plainly(
            "Her updates tend to come later each week.",
            "weasel-words",
            pr
        ),
        "Her updates come later each week."
    );
    let a = frankly::analyze("Lee's demo was great, though the slides could be better.");
    for f in &a.findings {
        for s in &f.suggestions {
            assert!(!s.replacement.starts_with("is better"), "{s:?}");
            assert_ne!(s.replacement, "is", "{s:?}");
        }
    }
}

/// A softener on a judgement whose example another card already asks for simply goes: "a
/// bit late" → "late", rather than a second "For example, in [when] …" block. (On a label of
/// a person, "a bit negative", it stays: `a_hedge_on_a_feeling_or_a_label_is_never_just_deleted`.)
#[test]
fn a_softener_beside_an_example_just_goes() {
    assert_eq!(
        first(
            "Omar writes clean code, but he is a bit late with his reviews.",
            "hedge-softener",
            Mode::PerformanceReview
        ),
        "Omar writes clean code, but he is late with his reviews."
    );
}

/// A review that opens on a preposition or a quantifier ("Over this period, …", "Several
/// times, …") names no one "Over": the rewrites speak of the person the review is about.
#[test]
fn an_opening_preposition_is_no_name() {
    for text in [
        "Across the year, she has been a steady performer and does good work.",
        "Over this period, he was a great team player.",
        "Several times, I reviewed her drafts and found the same rounding errors.",
    ] {
        let a = analyze_with(text, &Options::default());
        let offered: Vec<&str> = a
            .findings
            .iter()
            .flat_map(|f| f.suggestions.iter().map(|s| s.replacement.as_str()))
            .collect();
        assert!(!offered.is_empty(), "{text}");
        for r in offered {
            for word in ["Across", "Over", "Several"] {
                assert!(!r.contains(&format!("{word} [")), "{text}: {r}");
                assert!(!r.contains(&format!("like {word}")), "{text}: {r}");
            }
        }
    }
}

/// Removing the second of two joined words takes its "and" along ("is small and important
/// due to …" → "is small due to …", not "is small and due to …").
#[test]
fn the_second_of_a_pair_goes_with_its_and() {
    for (text, want) in [
        (
            "The cache is cheap and important due to the cold path.",
            "The cache is cheap due to the cold path.",
        ),
        (
            "It is really handy and important due to the small footprint.",
            "It is really handy due to the small footprint.",
        ),
    ] {
        let all = all_applied(text, "weasel-words");
        assert!(all.iter().any(|s| s == want), "{all:?}");
        assert!(all.iter().all(|s| !s.contains("and due")), "{all:?}");
    }
}

/// An author cited ("Moreau et al.", "Okafor and Lin (2019)") is not the person a rewrite
/// asks about.
#[test]
fn cited_authors_are_not_the_person_reviewed() {
    for (text, name) in [
        (
            "The drop in latency is presumably due to the batching scheme of Moreau et al.",
            "Moreau",
        ),
        (
            "The gain seems to come from the loss proposed by Okafor and Lin (2019).",
            "Okafor",
        ),
        (
            "The gain presumably comes from the loss used by Sato and Brandt, 2015.",
            "Sato",
        ),
    ] {
        let all = all_applied(text, "weasel-words");
        assert!(!all.is_empty(), "{text}");
        for s in all {
            assert!(
                !s.contains(&format!("{name} [")) && !s.contains(&format!("{name} did")),
                "{s}"
            );
        }
    }
}

/// Praise and criticism in one sentence with no "but" to split at: the praise card never
/// rewrites the sentence without its criticism.
#[test]
fn praise_cards_keep_the_criticism_beside_them() {
    let text = "Tomas mostly hits his targets and only occasionally misses a detail. He is slow to answer email.";
    let all = all_applied(text, "vague-praise");
    assert!(!all.is_empty());
    for s in all {
        assert!(s.contains("misses a detail"), "{s}");
    }
}

/// A swear that opens a sentence as an interjection ("Crap, this is …") goes with its comma; the
/// statement after it stays as written, not merged with the next sentence.
#[test]
fn a_swear_as_interjection_goes_with_its_comma() {
    let text = "Crap, this is a leftover from the old parser. It only ran on the first pass.";
    assert_eq!(
        first(text, "profanity", Mode::PerformanceReview),
        "This is a leftover from the old parser. It only ran on the first pass."
    );
}

/// "… but rarely proposes ways to make the rollout any better": a comparative asked after is
/// no praise, so no praise card rewrites the criticism away.
#[test]
fn any_better_is_no_praise() {
    let text = "Omar meets his deadlines. He sticks to the spec but rarely proposes ways to make the rollout any better.";
    let a = analyze_with(text, &Options::default());
    let second = text.find("He sticks").unwrap();
    assert!(
        !a.findings
            .iter()
            .any(|f| f.rule == "vague-praise" && f.start >= second),
        "{:?}",
        a.findings
            .iter()
            .map(|f| (f.rule, f.start))
            .collect::<Vec<_>>()
    );
}

/// "does not seem", spelled out, has a plain form as "doesn't seem" has: "is not".
#[test]
fn a_spelled_out_not_seem_has_a_plain_form() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        plainly(
            "The release does not seem ready for Friday.",
            "weasel-words",
            pr
        ),
        "The release is not ready for Friday."
    );
    assert_eq!(
        plainly("She did not seem ready for the demo.", "weasel-words", pr),
        "She was not ready for the demo."
    );
}

/// "Don't be lazy, write …": the label goes and the request after it stays; a name or a
/// statement after the comma is no request to keep.
#[test]
fn an_imperative_label_keeps_the_request_after_it() {
    let pr = Mode::PerformanceReview;
    for (text, want) in [
        (
            "Don't be lazy, write a proper commit message.",
            "Write a proper commit message.",
        ),
        ("Stop being lazy and write tests.", "Write tests."),
        (
            "Please don't be so sloppy, and fill in the template.",
            "Please fill in the template.",
        ),
    ] {
        assert_eq!(first(text, "personal-label", pr), want);
    }
    for text in [
        "Stop being so lazy, Sam.",
        "Stop being so lazy, it hurts the team.",
    ] {
        let out = first(text, "personal-label", pr);
        assert!(out.starts_with("In [when"), "{text} -> {out}");
    }
}

/// "I don't care what your manager wants, this is not going in": a short put-down that opens
/// the sentence goes with its comma, and the decision after it stays. A question, or a list
/// after the comma, keeps its words.
#[test]
fn an_opening_put_down_goes_and_the_decision_stays() {
    let cr = Mode::CodeReview;
    for (text, want) in [
        (
            "I don't care what your manager wants, this is not going in.",
            "This is not going in.",
        ),
        (
            "Nobody cares about your fork, we won't take it upstream.",
            "We won't take it upstream.",
        ),
    ] {
        assert_eq!(first(text, "condescension", Mode::PerformanceReview), want);
        assert!(first(text, "condescension", cr).ends_with(want), "{text}");
    }
    let out = first(
        "I couldn't care less about it, honestly, and it costs me time.",
        "condescension",
        cr,
    );
    assert!(!out.starts_with("Honestly"), "{out}");
}

/// "Nevertheless, …", "Meanwhile, …": a linking adverb that opens a sentence is capitalised
/// without being anyone's name, and no rewrite asks what it did.
#[test]
fn a_linking_adverb_is_no_name() {
    for text in [
        "Omar ships on time. Nevertheless, his talent more than makes up for this weakness in \
         solo work.",
        "Omar misses his deadlines. Meanwhile, his designs need another pass.",
    ] {
        let a = analyze_with(text, &Options::default());
        for s in a.findings.iter().flat_map(|f| &f.suggestions) {
            for w in [
                "Nevertheless [",
                "Meanwhile [",
                "Nevertheless did",
                "Meanwhile did",
            ] {
                assert!(!s.replacement.contains(w), "{text} -> {}", s.replacement);
            }
        }
    }
}

/// "Some of the jobs fail": the share is the claim. Dropping "some of" would say all of them
/// fail; the rewrite asks for the share instead, and "some degree of" goes whole.
#[test]
fn a_share_is_asked_for_not_dropped() {
    let out = first(
        "Some of the nightly jobs fail on the old runner.",
        "weasel-words",
        Mode::default(),
    );
    assert!(out.starts_with("[What share, e.g. "), "{out}");
    assert!(out.contains("] of the nightly jobs fail"), "{out}");
    let out = first(
        "Several of the flaky tests were fixed in this sprint.",
        "weasel-words",
        Mode::default(),
    );
    assert!(out.starts_with("[What share, e.g. "), "{out}");
    let out = first(
        "The on-call rotation takes some degree of patience.",
        "weasel-words",
        Mode::default(),
    );
    assert_eq!(out, "The on-call rotation takes patience.");
}

/// "Though she needs …, she …" without its comma: the concession is still one side, so
/// rewriting the praise keeps the criticism, and no edit leaves "Though …" as a sentence.
#[test]
fn a_concession_without_its_comma_is_still_a_side() {
    let text = "Though she needs more polish in a few areas she still does a good job.";
    for after in all_applied(text, "vague-praise") {
        assert!(
            after.contains("needs more polish in a few areas"),
            "{after}"
        );
    }
    let text = "Though he is weak at planning but he is a great team player.";
    for rule in ["vague-criticism", "vague-praise", "trait-praise"] {
        for after in all_applied(text, rule) {
            assert!(!after.contains("planning. For"), "{rule}: {after}");
            assert!(!after.contains("But but"), "{rule}: {after}");
            assert!(
                rule == "vague-criticism" || after.contains("weak at planning"),
                "{rule}: {after}"
            );
        }
    }
}

/// "never even tries" → "did not even try": the adverbs stay, and the verb after them takes
/// the plain form ("did not even tries" was the rewrite).
#[test]
fn an_adverb_after_never_keeps_the_verb_plain() {
    for (text, want) in [
        (
            "He never even opens the test logs.",
            "He did not even open the test logs in [when",
        ),
        (
            "She never really listens to her reviewers.",
            "She did not really listen to her reviewers in [when",
        ),
        (
            "You never quite understood the rollout plan.",
            "You did not quite understand the rollout plan in [when",
        ),
    ] {
        let out = first(text, "absolute-language", Mode::default());
        assert!(out.starts_with(want), "{out}");
    }
}

/// "stfu and wait" is two orders: the one to be quiet goes, the other stays (the card had put
/// "[a plainer word]" in its place, or replaced the sentence with a problem statement).
#[test]
fn an_order_to_be_quiet_goes_and_the_next_order_stays() {
    let pr = Mode::default();
    assert_eq!(
        first(
            "Either stfu and wait for the fix or send a patch.",
            "profanity",
            pr
        ),
        "Either wait for the fix or send a patch."
    );
    assert_eq!(
        first("Shut up and read the release notes.", "condescension", pr),
        "Read the release notes."
    );
}

/// A sneer that is the whole sentence's content asks what is wrong; removing it left "Bot.".
#[test]
fn a_sneer_alone_with_its_noun_is_not_removed() {
    let out = first("Stupid bot.", "derogatory-word", Mode::default());
    assert!(out.starts_with("[what's wrong"), "{out}");
}

/// "god damned" and "God damn it" go whole: removing "damned" alone left "these god menus".
#[test]
fn a_two_word_swear_goes_whole() {
    let out = first(
        "These god damned tooltips hide the chart.",
        "profanity",
        Mode::default(),
    );
    assert_eq!(out, "These tooltips hide the chart.");
    let out = first(
        "God damn it, the nightly failed again.",
        "profanity",
        Mode::default(),
    );
    assert_eq!(out, "The nightly failed again.");
}

/// "Something's off …": an indefinite pronoun that opens a sentence is nobody,
/// and no rewrite asks what it did.
#[test]
fn an_indefinite_pronoun_is_no_name() {
    for text in [
        "Something's just not right with my alert settings today. Could you reset them for \
         me, please?",
        "Everyone was late to the retro again. It was not good.",
    ] {
        let a = analyze_with(text, &Options::default());
        for s in a.findings.iter().flat_map(|f| &f.suggestions) {
            for w in ["Something [", "Something did", "Everyone [", "Everyone did"] {
                assert!(!s.replacement.contains(w), "{text} -> {}", s.replacement);
            }
        }
    }
}

/// "We were lucky to have Amara this year, she is a brilliant analyst": the label's own clause
/// is rewritten, and what the writer said before its comma stays (unless it is a condition).
#[test]
fn a_label_after_a_comma_keeps_the_clause_before_it() {
    let text = "We were lucky to have Amara on the team this year, she is a brilliant analyst.";
    for after in all_applied(text, "trait-praise") {
        assert!(
            after.starts_with("We were lucky to have Amara on the team this year, "),
            "{after}"
        );
    }
    let text = "If we are honest, Omar is lazy.";
    for after in all_applied(text, "personal-label") {
        assert!(!after.starts_with("If we are honest, in ["), "{after}");
    }
    assert!(
        !analyze_with(text, &Options::default())
            .findings
            .iter()
            .any(|f| f.rule == "vague-praise"),
        "\"if we are honest\" praises no one"
    );
}

/// "distracted and lazy": a label of two traits is one label, so the rewrite of the first does
/// not leave "… and lazy" behind; a first word no list knows ("disorganisd") still leads to
/// the trait after it.
#[test]
fn two_traits_joined_are_one_label() {
    for text in [
        "Lately he seems a little distracted and lazy in standups.",
        "Lately she seems a little disorganisd and lazy in standups.",
    ] {
        let f = finding(text, "personal-label");
        assert!(text[f.start..f.end].ends_with("and lazy"), "{text}: {f:?}");
        for after in all_applied(text, "personal-label") {
            assert!(!after.contains("] and lazy"), "{after}");
        }
    }
}

/// "He could be a better teammate" asks for more: "He is a better teammate" would say he
/// already is. The comparative after its article keeps "could be".
#[test]
fn could_be_before_a_comparative_is_not_made_plain() {
    let text = "Honestly, Ade could be a far more careful reviewer.";
    let a = analyze_with(text, &Options::default());
    for s in a.findings.iter().flat_map(|f| &f.suggestions) {
        assert!(!s.replacement.starts_with("is a"), "{}", s.replacement);
    }
    let text = "He could be a better teammate to the new hires.";
    for s in analyze_with(text, &Options::default())
        .findings
        .iter()
        .flat_map(|f| &f.suggestions)
    {
        let after = apply(text, s).0;
        assert!(!after.starts_with("He is a better teammate"), "{after}");
    }
}

/// "… in the workplace", "in the future": a place or a time named in a vague criticism is not
/// the piece of work the rewrite asks about ("The workplace [what falls short …]").
#[test]
fn a_place_is_no_piece_of_work() {
    let text = "Rhea finishes only what is asked. This could be improved by showing initiative on \
                extra tasks in the workplace, but at the moment the drive is not there.";
    for after in all_applied(text, "vague-criticism") {
        assert!(!after.contains("The workplace ["), "{after}");
    }
}

/// "She seems content in the role", "Omar is a bit lazy": deleting the hedge would state a guess
/// about someone's feelings as a fact, or sharpen a label of them. No card offers that; each
/// asks for what the writer saw. A hedge on praise or on the reader's work may still go.
#[test]
fn a_hedge_on_a_feeling_or_a_label_is_never_just_deleted() {
    for (text, rule) in [
        ("Lena seems happy in her current role.", "weasel-words"),
        (
            "He seems to lack interest in the migration work.",
            "weasel-words",
        ),
        (
            "Theo is probably bored with the support rota.",
            "weasel-words",
        ),
        ("She seems disorganized.", "weasel-words"),
        ("Omar is a bit lazy.", "hedge-softener"),
        // A guess at someone's character.
        (
            "He seems to have a poor attitude toward the team.",
            "weasel-words",
        ),
    ] {
        let plain = plainly(text, rule, Mode::default());
        assert!(plain.starts_with("no plain"), "{text} → {plain}");
        let out = first(text, rule, Mode::default());
        assert!(
            out.starts_with(text) && out.contains("For example, in [when"),
            "{out}"
        );
    }
    assert_eq!(
        plainly("She seems capable.", "weasel-words", Mode::default()),
        "She is capable."
    );
}

/// In an article ("It has been suggested that the mill dates from 1790"), an unnamed source is
/// named, not owned: "I think" would make the writer the source. The verb it takes is no hedge
/// of its own, so the named claim is not flagged again. A review's hearsay is still owned.
#[test]
fn an_article_names_its_source_and_a_review_owns_its_claim() {
    let out = first(
        "It has been suggested that the mill dates from 1790. Its wheel is 6 metres across.",
        "weasel-words",
        Mode::default(),
    );
    assert!(out.starts_with("[Who, e.g. "), "{out}");
    assert!(out.contains("] proposed that the mill dates"), "{out}");
    let filled = out.replacen(&out[..out.find(']').unwrap() + 1], "Okafor (2004)", 1);
    let a = frankly::analyze(&filled);
    assert!(
        a.findings.iter().all(|f| f.rule != "weasel-words"),
        "{filled}"
    );
    let out = first(
        "Some critics argue that the sequel drags in its second half.",
        "weasel-words",
        Mode::default(),
    );
    assert!(!out.contains("SRE"), "{out}");
    assert_eq!(
        first(
            "It has been suggested that he avoids the weekly sync.",
            "weasel-words",
            Mode::default()
        ),
        "I think that he avoids the weekly sync."
    );
}

/// "Critics say …" names its group in place; "acclaimed by French critics" keeps the group and
/// asks for it in brackets (replacing "critics" left "French [who]"); "the Film Critics
/// Circle" is a name, not an anonymous source. Only a draft about software gets the SRE team
/// as its example, and "it seems like" after "but" goes whole.
#[test]
fn an_unnamed_group_is_named_where_it_stands() {
    let text = "The opera was acclaimed by French critics.";
    let out = first(text, "weasel-words", Mode::default());
    assert_eq!(
        first_of(text, "critics"),
        "The opera was acclaimed by French critics ([who, e.g. the 2019 survey's authors])."
    );
    assert!(!out.contains("French ["), "{out}");
    let a = frankly::analyze("She won the Bay Area Film Critics Circle prize in 2004.");
    assert!(
        a.findings.iter().all(|f| f.rule != "weasel-words"),
        "{:?}",
        a.findings
    );
    assert_eq!(
        first_of(
            "Dana led the demo well, and many experts say her plan works.",
            "experts"
        ),
        "Dana led the demo well, and [who, e.g. Ana and Raj] say her plan works."
    );
    assert_eq!(
        first(
            "The lexer is fast, but it seems like the parser would be easy to split.",
            "weasel-words",
            Mode::default()
        ),
        "The lexer is fast, but the parser would be easy to split."
    );
}

/// The first suggestion of the `weasel-words` finding on the word `word`, applied.
fn first_of(text: &str, word: &str) -> String {
    let a = frankly::analyze(text);
    let f = a
        .findings
        .iter()
        .find(|f| f.rule == "weasel-words" && text[f.start..f.end].ends_with(word))
        .unwrap_or_else(|| panic!("no weasel-words on {word:?} in {text:?}"));
    apply(text, &f.suggestions[0]).0
}

/// The plain wording of a hedge is a sentence: "does not appear to be repeatable" becomes
/// "is not repeatable" (not "does not are"), "tends to reply" becomes "replies" (not the
/// emphatic "does reply"), and "the claim that" is a noun, which no verb swap fits.
#[test]
fn a_hedge_said_plainly_keeps_its_grammar() {
    let pr = Mode::default();
    assert_eq!(
        plainly(
            "The hang does not appear to be repeatable.",
            "weasel-words",
            pr
        ),
        "The hang is not repeatable."
    );
    assert_eq!(
        plainly("The nightly job tends to retry twice.", "weasel-words", pr),
        "The nightly job retries twice."
    );
    assert_eq!(
        plainly("The cron task tends to push too often.", "weasel-words", pr),
        "The cron task pushes too often."
    );
    let text = "Despite their claim that an index helps, the query got slower.";
    let f = finding(text, "weasel-words");
    for s in &f.suggestions {
        assert!(!apply(text, s).0.contains("the say that"), "{s:?}");
    }
}

/// An article's hedged claim is backed by a source, cited before its full stop, not by an
/// incident of whatever capital it names ("in [when], Roman [what Roman did]"). A review of a
/// named person, with no he or she, still asks for what they did.
#[test]
fn an_article_cites_a_source_and_a_review_asks_for_an_incident() {
    let out = first(
        "The Avars probably crossed the Tisza near Szeged in 568.",
        "weasel-words",
        Mode::default(),
    );
    assert!(
        out.starts_with("The Avars probably crossed the Tisza near Szeged in 568 [source, e.g. "),
        "{out}"
    );
    assert!(out.ends_with("]."), "{out}");
    // Its judgement, too, is backed by a source, not by an incident and a next step.
    let text = "The Lune Aqueduct opened in 1797. It was a huge success for the Lancaster Canal.";
    let f = finding(text, "vague-praise");
    let out = apply(text, &f.suggestions[0]).0;
    assert!(
        out.ends_with("Canal [source, e.g. Smith (2004), p. 12]."),
        "{out}"
    );
    let text = "Nadia probably rushed the Q3 forecast. Nadia rarely checks totals.";
    let out = example(text, "weasel-words", Mode::default());
    assert!(!out.contains("[source"), "{out}");
    let f = finding(text, "weasel-words");
    assert!(
        f.suggestions
            .iter()
            .all(|s| !s.replacement.contains("[source")),
        "{f:?}"
    );
}

/// A label of a person with more said of them ("self-motivated and finishes her tasks on her
/// own") is not replaced with a slot: the example goes after all of it, and what she does stays.
#[test]
fn a_label_with_more_said_keeps_what_was_said() {
    let text = "I love that Rosa is self-motivated and happy to finish her tasks on her own.";
    let f = finding(text, "trait-praise");
    for s in &f.suggestions {
        let after = apply(text, s).0;
        assert!(after.contains("finish her tasks on her own"), "{after}");
    }
    assert!(f.suggestions.iter().any(|s| apply(text, s).0.ends_with(
        "on her own — for example, [what she did, e.g. ran the onboarding calls for three new customers]."
    )), "{:?}", f.suggestions);
}

/// "lacks enthusiasm for the mission": the object of the missing feeling belongs to the label;
/// no edit leaves it behind a slot ("[what she did …] for the mission").
#[test]
fn a_label_keeps_its_object_with_it() {
    let text = "Mia works hard. She shows little enthusiasm with the roadmap work.";
    let f = finding(text, "personal-label");
    for s in &f.suggestions {
        let after = apply(text, s).0;
        assert!(!after.contains("] with the roadmap work"), "{after}");
    }
}

/// Whose side a sentence is on decides its card: credit given by a counterfactual ("would have
/// dropped without him") is praise of him, amazement ("I can't believe how far she
/// has come") and a wish for more ("bigger and better goals") are no complaint and no praise,
/// and what someone struggles with or is "rather than" a leader is criticism.
#[test]
fn the_card_matches_what_the_sentence_says() {
    let rules = |text: &str| -> Vec<String> {
        frankly::analyze(text)
            .findings
            .iter()
            .map(|f| f.rule.to_string())
            .collect()
    };
    let text = "Our sales would have dropped by half if it weren't for him.";
    assert_eq!(rules(text), ["vague-praise"], "{text}");
    let out = first(text, "vague-praise", Mode::default());
    assert!(
        out.contains("For example, in [when, e.g. the March launch review], he [what he did"),
        "{out}"
    );
    assert!(rules(
        "If it wasn't for Kai, the launch would have slipped. She stayed late all week."
    )
    .contains(&"vague-praise".to_string()));
    for quiet in [
        "I can't believe how far Theo has come this year.",
        "I cannot believe how quickly she learned the billing system.",
        "I'd love to see Riley aim for bigger and better goals.",
    ] {
        assert_eq!(rules(quiet), Vec::<String>::new(), "{quiet}");
    }
    let text = "Lena is a spectator rather than a leader. She rarely speaks up.";
    let found = rules(text);
    assert!(found.contains(&"personal-label".to_string()), "{found:?}");
    assert!(!found.iter().any(|r| r.contains("praise")), "{found:?}");
    let text = "One thing Maya struggles with is being inventive and original. She is kind.";
    let f = frankly::analyze(text).findings;
    assert!(
        !f.iter()
            .any(|f| f.rule.to_string().contains("praise") && f.start == 0),
        "{f:?}"
    );
}

/// In a review, a verdict on someone's work that concedes something first keeps the sentence:
/// the example goes after it ("the work [what falls short]" replaced the concession and the
/// verdict). A verdict on code still gets the code rewrite.
#[test]
fn a_conceded_verdict_on_someones_work_is_kept() {
    let text = "Even though she does fine on routine tickets, her designs are often unclear.";
    let out = first(text, "vague-criticism", Mode::default());
    assert!(out.starts_with(text), "{out}");
    let out = first(
        "This function is messy.",
        "vague-criticism",
        Mode::default(),
    );
    assert!(out.contains("[what you saw, e.g. "), "{out}");
}

/// A writer who tells the reader what went wrong ("Instead of telling me I was wrong …, your
/// hours would be better used …") is not the one to act: the example is what the reader did,
/// and no card has the writer promise "Next time, I'll …". A writer who owns a slip of their
/// own ("I was rude to you") still is.
#[test]
fn the_reader_at_fault_is_the_one_asked_to_act() {
    let text =
        "Instead of telling me I was wrong to close the tickets, your hours would be better \
                used on the backlog.";
    let a = frankly::analyze(text);
    assert!(!a.findings.is_empty());
    for f in &a.findings {
        let out = apply(text, &f.suggestions[0]).0;
        assert!(!out.contains("Next time, I'll"), "{out}");
        assert!(!out.contains("I [what I did"), "{out}");
    }
    let f = finding(text, "missing-sbi");
    assert!(
        apply(text, &f.suggestions[0])
            .0
            .contains("you [what you did"),
        "{f:?}"
    );
}

/// "Somewhat reliable" is a calibrated rating: deleting "somewhat" gives a better rating than
/// the writer meant, so the hedge's card asks what was seen instead.
#[test]
fn a_rating_keeps_its_qualifier() {
    let text = "Maya is somewhat reliable with her deadlines.";
    let f = finding(text, "hedge-softener");
    for s in &f.suggestions {
        let after = apply(text, s).0;
        assert!(after.contains("somewhat reliable"), "{after}");
    }
}

/// "Fix all" adds one example to a sentence, however many cards ask for one (the trait card's
/// " For example, …" after the full stop and the praise card's " — for example, […]" before
/// it were both added).
#[test]
fn fix_all_adds_one_example_per_sentence() {
    let text = "Maya is always punctual with her assignments and we trust her to always \
                finish the job. Omar is a great engineer and a real team player.";
    let out = rewrite_all(text, &Options::default());
    let examples = out.matches("for example").count() + out.matches("For example").count();
    assert_eq!(examples, 2, "{out}");
}

/// "I got great help from Ravi": the praise is of Ravi, so the example is what Ravi did, not
/// what the writer did.
#[test]
fn help_from_someone_is_their_example() {
    let out = example(
        "I got great help from Ravi yesterday.",
        "vague-praise",
        Mode::default(),
    );
    assert!(out.contains("Ravi [what Ravi did"), "{out}");
}

/// A sentence that concedes a strength and turns to a shortfall ("adequate ability but hardly
/// ever meets his goals"): the praise card's example follows the strength, and the shortfall
/// is kept as written. Each side is weighed by the words the sentence layer read as praise or
/// criticism, so "hardly", "seldom" and "never shares" count against their side.
#[test]
fn the_praise_example_follows_the_strength_not_the_shortfall() {
    let text = "Omar shows adequate ability but hardly ever meets his goals.";
    let out = first(text, "vague-praise", Mode::default());
    assert!(
        out.starts_with("Omar shows adequate ability — for example, [what Omar did, e.g. "),
        "{out}"
    );
    assert!(
        out.ends_with("] — but hardly ever meets his goals."),
        "{out}"
    );
    let text = "Omar has solid product sense but seldom lives up to what his role needs.";
    let out = first(text, "vague-praise", Mode::default());
    assert!(
        out.contains("seldom lives up to what his role needs"),
        "{out}"
    );
    // "No offense" disclaims; it denies nothing, so it is not criticism before the turn.
    let text = "No offense to Omar, but his specs are not bad for a junior.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
}

/// A plural opening a sentence is a common noun, not a name: before a preposition ("Reasons
/// for this include …"), or when the draft writes its singular in lower case ("missed the
/// cutoff … Cutoffs slipped"). No card asks what "Reasons" or "Cutoffs" did.
#[test]
fn a_plural_opening_a_sentence_is_no_one() {
    for text in [
        "He is often late. Reasons for the delay were weak planning and missed buses.",
        "She missed the cutoff again. Cutoffs slipped twice this quarter, which hurt the team.",
    ] {
        let a = analyze_with(text, &Options::default());
        for f in &a.findings {
            for s in &f.suggestions {
                assert!(!s.replacement.contains("s did"), "{text} → {s:?}");
            }
        }
        let late = first(text, "vague-criticism", Mode::default());
        assert!(
            late.starts_with(&text[..text.find('.').unwrap() + 1]),
            "{late}"
        );
    }
}

/// "When Maya is focused on a task, she is …": the "when" clause sets a condition; the
/// label is what the main clause says of her.
#[test]
fn a_condition_under_when_is_no_label() {
    let text = "When Maya is focused on a task, she is a very dependable engineer.";
    let a = analyze_with(text, &Options::default());
    let labels: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.rule == "trait-praise")
        .map(|f| &text[f.start..f.end])
        .collect();
    assert_eq!(
        labels,
        ["she is a very dependable engineer"],
        "{:?}",
        a.findings
    );
}

/// "Her work ethic is strong, but she rarely speaks up": the disposition is praised on its
/// own side of the turn, so its card praises and keeps the criticism after "but".
#[test]
fn a_praised_disposition_before_a_turn_is_praise() {
    let text = "Her work ethic is strong, but she rarely speaks up in meetings.";
    let rules = rules_in(text);
    assert!(rules.contains(&"trait-praise"), "{rules:?}");
    assert!(!rules.contains(&"personal-label"), "{rules:?}");
    let out = first(text, "trait-praise", Mode::default());
    assert!(
        out.ends_with("] — but she rarely speaks up in meetings."),
        "{out}"
    );
}

/// Trust in plain words is praise, not a complaint: "has met all of her deadlines" (the
/// object after more than one determiner) and "I never have to re-check her reports"
/// get no criticism card and no slip example. "I shouldn't have to" still complains.
#[test]
fn met_deadlines_and_no_need_to_check_are_praise() {
    let text = "Nia is careful. She's always met all of her deadlines. I never have to re-check \
                her reports.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"missing-sbi"), "{rules:?}");
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
    assert!(rules.contains(&"vague-praise"), "{rules:?}");
}

/// "First of all, your work …": "First" leads the sentence in, it names no one; the example
/// is of the reader.
#[test]
fn an_ordinal_lead_in_is_no_name() {
    let text = "First of all, your work on the garden plots was great all these years.";
    let out = example(text, "vague-praise", Mode::default());
    assert!(out.contains("you [what you did"), "{out}");
    assert!(!out.contains("First [what"), "{out}");
}

/// "chatting decreases the team's efficiency": what lowers a good thing criticises it.
#[test]
fn decreasing_a_good_thing_is_no_praise() {
    let text = "He chats through stand-ups, which decreases the team's efficiency.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-praise"), "{rules:?}");
}

/// "should be groomed for a leadership role" puts her forward, as "considered for a
/// promotion" does: no demand, so no criticism card asks what she did wrong.
#[test]
fn put_forward_for_leadership_is_no_demand() {
    let text =
        "Priya handles our largest accounts, and she should be groomed for a leadership role.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
}

/// "…, but also isn't taking on anything new" turns from praise to criticism ("not only … but also"
/// does not): the praise card's example goes before the turn.
#[test]
fn but_also_turns_unless_not_only_came_first() {
    let text = "Lena does good work at a steady pace, but also isn't taking on anything new.";
    let out = example(text, "vague-praise", Mode::default());
    assert!(
        out.starts_with("Lena does good work at a steady pace. For example"),
        "{out}"
    );
    assert!(
        out.ends_with(" But Lena also isn't taking on anything new."),
        "{out}"
    );
}

/// "ships her releases without too many issues" praises: no criticism card and no slip
/// example on it.
#[test]
fn work_done_without_issues_is_praise() {
    let text = "Nia is a strong performer. She ships her releases without too many issues.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"missing-sbi"), "{rules:?}");
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
}

/// A hedge softening a harsh verdict on a thing ("seems like a clumsy hack", "possibly
/// pointless") is the verdict's only courtesy: the first card asks what it rests on instead of
/// making it harsher; where the hedge can go, the plain wording stays second. The writer's own
/// doubt is left alone.
#[test]
fn a_hedged_harsh_verdict_keeps_its_hedge_first() {
    let text = "The retry wrapper seems like a pointless mess.";
    let out = first(text, "weasel-words", Mode::default());
    assert!(
        out.starts_with("The retry wrapper seems like a pointless mess. I say this because ["),
        "{out}"
    );
    assert_eq!(
        plainly(text, "weasel-words", Mode::default()),
        "The retry wrapper is a pointless mess."
    );
    let text = "The old script is possibly pointless now. Can we delete it?";
    let out = first(text, "weasel-words", Mode::default());
    assert!(
        out.contains("possibly pointless now. I say this because ["),
        "{out}"
    );
    // A likely fact ("might fail") is no put-down: its plain wording leads.
    assert_eq!(
        first(
            "The old parser might fail on empty files.",
            "weasel-words",
            Mode::default()
        ),
        "The old parser can fail on empty files."
    );
    // A put-down of the writer's own question is no verdict on anything.
    let text = "Probably a stupid question. Why do the logs go to the temp folder?";
    assert!(!first(text, "weasel-words", Mode::default()).contains("I say this because"));
    let text = "My naming here is probably bad.";
    assert_eq!(
        first(text, "weasel-words", Mode::default()),
        "My naming here is bad."
    );
}

/// "Maybe I'm wrong, but …" doubts the writer's own reading: deleting "Maybe" would make it a
/// confession ("I am wrong, but …"), so it is no softener to flag.
#[test]
fn doubting_ones_own_reading_is_no_hedge() {
    for text in [
        "Maybe I am wrong, but the flag name reads oddly.",
        "Perhaps I misread the ticket, but the limit looks low.",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"hedge-softener"), "{text}: {rules:?}");
    }
}

/// Praise that foretells ("she may well become …", "a bright future here") is backed by the
/// step that gets there, not by a past example; after criticism the step is a remedy. More of
/// the same ("will keep doing great work") still gets its example.
#[test]
fn a_forecast_gets_the_next_step_not_a_past_example() {
    let text = "Ines had a slow first quarter. If she asks for reviews early, she may well \
                become one of our strongest analysts.";
    let out = first(text, "vague-praise", Mode::default());
    let step = "analysts. To get there, she could [a next step, e.g. flag a slipping deadline \
                at least two days ahead].";
    assert!(out.ends_with(step), "{out}");
    // "will be", "could be a fine pick" foretell too.
    for (text, name) in [
        (
            "In a year or two, Ravi will be a superb mentor for our interns.",
            "Ravi",
        ),
        (
            "If he keeps this pace, he could be a fine pick for the lead role.",
            "he",
        ),
    ] {
        let out = first(text, "vague-praise", Mode::default());
        assert!(
            out.contains(&format!("To get there, {name} could")),
            "{out}"
        );
    }
    // "likely to", "poised to" foretell as "will" does.
    let out = first(
        "With steady coaching, Noor is likely to excel as a lead.",
        "vague-praise",
        Mode::default(),
    );
    assert!(
        out.contains("To get there, Noor could [a next step"),
        "{out}"
    );
    let out = first(
        "Ravi has a bright future here.",
        "vague-praise",
        Mode::default(),
    );
    assert!(
        out.starts_with("Ravi has a bright future here. To get there, Ravi could [a next step"),
        "{out}"
    );
    let out = first(
        "Ravi will keep doing great work, now and in future.",
        "vague-praise",
        Mode::default(),
    );
    assert!(out.contains("For example"), "{out}");
}

/// "The slow spring does not take away from her year", "… do not detract from …" weigh a fault
/// against the good: no denial of doing something, so no vague-criticism card with a slip.
#[test]
fn a_fault_that_does_not_detract_is_no_criticism() {
    for text in [
        "Her reports were late twice this spring. It does not take away from her effort to learn.",
        "His quieter months do not detract from his strong year.",
    ] {
        let a = frankly::engine::analyze(text);
        let last = text.rfind(". ").map_or(0, |i| i + 2);
        let late = a
            .findings
            .iter()
            .filter(|f| f.rule == "vague-criticism" && f.start >= last);
        assert_eq!(late.count(), 0, "{text}");
    }
}

/// An emoticon closes a sentence as a full stop would: a sentence added after it does not
/// get a full stop of its own (":). I say this" read as a typo).
#[test]
fn an_emoticon_closes_the_sentence_before_an_added_one() {
    let text = "The retry wrapper seems like a pointless mess :)";
    let out = first(text, "weasel-words", Mode::default());
    assert!(
        out.starts_with("The retry wrapper seems like a pointless mess :) I say this because ["),
        "{out}"
    );
}

/// Growth foretold with "succeed", "excel" or "improve" is a forecast like "become": it gets
/// the step that gets there, not an example from the past.
#[test]
fn a_forecast_of_success_gets_the_next_step() {
    for text in [
        "Kai might succeed more with practice.",
        "With more practice, Kai may excel at client work.",
    ] {
        let out = first(text, "vague-praise", Mode::default());
        assert!(out.contains("To get there, "), "{out}");
        assert!(!out.contains("For example"), "{out}");
    }
}

/// "Lena never seems to be ready" said plainly is "Lena is never ready": the adverb follows the
/// verb it modified, not "Lena never is ready".
#[test]
fn a_hedge_after_an_adverb_keeps_the_adverb_after_the_verb() {
    let out = plainly(
        "Lena never seems to be ready for the Monday sync.",
        "weasel-words",
        Mode::default(),
    );
    assert_eq!(out, "Lena is never ready for the Monday sync.");
    let out = plainly(
        "In standups she always seemed tired.",
        "weasel-words",
        Mode::default(),
    );
    assert_eq!(out, "In standups she was always tired.");
}

/// A vague claim followed by what the person did shows itself: the card joins the two
/// (praise, or criticism that is no label) or lets the deed replace a label, instead of asking
/// for an example between the claim and the one the writer gave.
#[test]
fn a_claim_shown_by_the_next_sentence_is_joined_to_it_or_dropped() {
    let pr = Mode::PerformanceReview;
    let text = "Rina has struggled to settle into the team. She has repeatedly sent reports \
                with typos and wrong totals.";
    assert_eq!(
        first(text, "vague-criticism", pr),
        "Rina has struggled to settle into the team: she has repeatedly sent reports with \
         typos and wrong totals."
    );
    let text = "Nadia is not a reliable analyst. She sent the report late twice.";
    assert_eq!(
        first(text, "personal-label", pr),
        "Nadia sent the report late twice."
    );
    // A long opener before the name does not hide who the praise is about.
    let text = "This quarter, Kyle's work on the support queue was fairly solid. He has kept his \
                satisfaction score above 80% all quarter.";
    let out = first(text, "vague-praise", pr);
    assert!(out.contains("fairly solid: he has kept"), "{out}");
    // A description is no deed: the example is still asked for.
    let text = "Rina has struggled to settle into the team. She is quiet in meetings.";
    assert!(first(text, "vague-criticism", pr).contains("For example"));
}

/// A hedge that opens a sentence with no subject ("Seems to be broken", "Could be a way")
/// leaves none when it goes: the plain wording gets one ("It's"). A modal there
/// ("Could be a way") is no hedge at all: "Is a way" was its plain wording.
#[test]
fn a_hedge_with_no_subject_gets_one_when_it_goes() {
    let pr = Mode::PerformanceReview;
    let out = plainly(
        "Seems to be broken since the last merge.",
        "weasel-words",
        pr,
    );
    assert_eq!(out, "It's broken since the last merge.");
    let out = plainly("Seems to be a gap in the retry logic.", "weasel-words", pr);
    assert_eq!(out, "It's a gap in the retry logic.");
    // A modal with its subject left out, as in speech, suggests: no weasel claim.
    for text in [
        "Could be a cleaner way, yes.",
        "Might be worth a note in the guide.",
    ] {
        assert!(!rules_in(text).contains(&"weasel-words"), "{text}");
    }
}

/// A ceiling ("I don't see him moving up", "has hit his ceiling") becomes a limit not passed
/// yet, with what would move it, as the seed's growth mindset asks ("haven't developed … yet");
/// the limit the writer names ("past this level") stays.
#[test]
fn a_ceiling_becomes_a_limit_not_passed_yet() {
    let pr = Mode::PerformanceReview;
    for (text, after) in [
        (
            "Omar misses deadlines. I can't see him advancing any further.",
            "Omar misses deadlines. He has not grown past [the level now, e.g. the current role] yet. To get there, he could [a next step, e.g. ",
        ),
        (
            "Omar has hit his ceiling.",
            "Omar has not grown past [the level now, e.g. the current role] yet. To get there, Omar could [a next step, e.g. ",
        ),
        (
            "Mei joined in May. I don't believe she can grow past the analyst level.",
            "Mei joined in May. She has not grown past the analyst level yet. To get there, she could [a next step, e.g. ",
        ),
    ] {
        let out = first(text, "fixed-mindset", pr);
        assert!(out.starts_with(after), "{out}");
    }
}

#[test]
fn a_swear_that_only_stresses_the_next_word_goes() {
    let pr = Mode::PerformanceReview;
    for (text, rule, after) in [
        // (Beside an insult, which its own card takes on.)
        (
            "The maintainers are arrogant jerks who hide behind their cold fucking politeness every time.",
            "profanity",
            "The maintainers are arrogant jerks who hide behind their cold politeness every time.",
        ),
        // The adjective after it already names the fault.
        (
            "Nobody wants to keep patching this stupid unreadable config file every single week.",
            "derogatory-word",
            "Nobody wants to keep patching this unreadable config file every single week.",
        ),
    ] {
        assert_eq!(first(text, rule, pr), after);
    }
    // A verb keeps its object and asks for a plainer word instead.
    let verb = "The maintainers are arrogant jerks who keep fucking us over every single time.";
    assert!(first(verb, "profanity", pr).contains("keep [a plainer word] us over"));
    // A noun keeps its place, so its determiner is not left alone.
    let noun =
        "Nice patch, but the vitriol was uncalled for here, since nobody broke it on purpose.";
    let out = first(noun, "derogatory-word", pr);
    assert!(out.contains("the [plainer word] was uncalled for"), "{out}");
}

/// A label whose sentence goes on to the writer's point ("so shy that I can't see him leading
/// the team, since …") keeps that point: the example follows the sentence instead of replacing
/// it. And the example for holding back is about staying silent, not about cutting in.
#[test]
fn a_label_before_the_writers_point_keeps_it() {
    let pr = Mode::PerformanceReview;
    let text = "Sadly he is so timid and quiet that I can't picture him leading the sales team \
                next year, since that role needs someone who pushes for deals.";
    let out = first(text, "personal-label", pr);
    assert!(out.starts_with(text), "{out}");
    assert!(out.contains("he [what he did, e.g. said nothing"), "{out}");
    let out = first("He is shy. He rarely speaks up.", "personal-label", pr);
    assert!(out.contains("[what he did, e.g. said nothing"), "{out}");
    // The rest completes the adjective with what the writer means: it stays.
    let text = "Rina was aggressive about winning new clients.";
    let out = first(text, "personal-label", pr);
    assert!(out.starts_with(text), "{out}");
    // A rating of the work ("an average worker") is what the review goes on to explain.
    let text = "Rina Lopez is an average worker. She shows up and does the tasks she is given.";
    let out = first(text, "personal-label", pr);
    assert!(
        out.starts_with("Rina Lopez is an average worker. For example"),
        "{out}"
    );
    // The next sentence points back at the label's ("This is …"): both stay.
    let text = "Omar is the most average analyst on the desk. That is fine by me, since he \
                is steady.";
    let out = first(text, "personal-label", pr);
    assert!(out.starts_with(text), "{out}");
}

/// "an important feature" without "important" is "a feature", which says nothing: the card
/// asks for what backs the weight instead, and removing the word comes second.
#[test]
fn puffery_before_an_empty_noun_asks_for_evidence_first() {
    let out = first(
        "Caching is an important feature here.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert_eq!(
        out,
        "Caching is an important feature here. I say this because [evidence]."
    );
    // "She played a role in the launch" would say nothing either.
    let out = first(
        "She had an important role on the launch team.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(
        out.starts_with("She had an important role on the launch team. For example"),
        "{out}"
    );
}

/// A review written in fragments ("Needs motivation.") names no one, but every fragment is
/// about the person reviewed: the examples are what they did, not what "you" or "the team" did.
#[test]
fn a_review_in_fragments_is_about_the_person_reviewed() {
    let text = "Willing to help. Needs close supervision. Needs motivation to do more.";
    let pr = Mode::PerformanceReview;
    for rule in ["vague-criticism", "personal-label"] {
        let out = first(text, rule, pr);
        assert!(out.contains("they [what they did]"), "{rule}: {out}");
        assert!(
            !out.contains("you [") && !out.contains("[who"),
            "{rule}: {out}"
        );
    }
}

/// Someone's goals are no piece of work: "Needs motivation to beat her goals" asks what she
/// did, not what "her goals" fell short of.
#[test]
fn goals_are_not_the_work_that_fell_short() {
    let text = "Ana is friendly and reliable. Needs motivation to beat her goals.";
    let out = first(text, "vague-criticism", Mode::PerformanceReview);
    assert!(out.contains("she [what she did"), "{out}");
    assert!(!out.contains("Her goals ["), "{out}");
}

/// The turn of a mixed sentence is found without its comma too: a concession after a linking
/// word ("So, though …") ends where the main clause's subject starts, and "yet" turns before a
/// subject or a word of how often. The praise example follows the praise, not the shortfall.
#[test]
fn a_praise_example_follows_its_side_of_a_turn_without_a_comma() {
    let pr = Mode::PerformanceReview;
    let text = "So, though Rina is a pleasure on the team I can't back a promotion for her.";
    let out = first(text, "vague-praise", pr);
    assert!(
        out.starts_with("So, though Rina is a pleasure on the team — for example, [what Rina did"),
        "{out}"
    );
    assert!(
        out.ends_with("] — I can't back a promotion for her."),
        "{out}"
    );
    let text = "Rina has good weeks, closing big deals yet sometimes she barely answers a call.";
    let out = first(text, "vague-praise", pr);
    assert!(
        out.ends_with("] — yet sometimes she barely answers a call."),
        "{out}"
    );
}

#[test]
fn a_turn_that_opens_on_its_own_subject_gets_no_second_one() {
    let text = "Your talk was great, but it's hard to follow at the end.";
    let out = first(text, "vague-praise", Mode::PerformanceReview);
    assert!(
        out.ends_with(" But it's hard to follow at the end."),
        "{out}"
    );
}

#[test]
fn a_swap_keeps_the_words_around_it_grammatical() {
    let pr = Mode::PerformanceReview;
    for (text, rule, after) in [
        // The adverb between "to" and "be" goes with the plain verb.
        (
            "Ana plans her week well, yet she seems to always be rushing to the next call.",
            "weasel-words",
            "Ana plans her week well, yet she is always rushing to the next call.",
        ),
        // A plural subject keeps a plural verb; a modal keeps a verb after it.
        (
            "Nothing changes between frames, so the samples could be very similar to each other.",
            "weasel-words",
            "Nothing changes between frames, so the samples are very similar to each other.",
        ),
        (
            "Just one seed was run; it would seem wiser to add a second one.",
            "weasel-words",
            "Just one seed was run; it would be wiser to add a second one.",
        ),
        // A noun that counts keeps its article.
        (
            "He just needs a little push to reach the next level.",
            "hedge-softener",
            "He just needs a push to reach the next level.",
        ),
        // No "that that".
        (
            "Frankly, I'm not sure if that makes Mia a strong lead.",
            "hedge-softener",
            "Frankly, I don't yet see evidence that this makes Mia a strong lead.",
        ),
        // An adverb between the writer and the doubt goes with them.
        (
            "I'm really not sure if he is ready to lead the team.",
            "hedge-softener",
            "I don't yet see evidence that he is ready to lead the team.",
        ),
        // The article agrees with the word put in.
        (
            "What an utterly useless reply.",
            "condescension",
            "What an unhelpful reply.",
        ),
        (
            "She has consistently shown an innate grasp of what clients need.",
            "fixed-mindset",
            "She has consistently shown a practiced grasp of what clients need.",
        ),
    ] {
        let out = analyze_with(
            text,
            &Options {
                mode: pr,
                ..Default::default()
            },
        );
        let f = out.findings.iter().find(|f| f.rule == rule).expect(rule);
        let s = f
            .suggestions
            .iter()
            .find(|s| s.label != "Add what you saw (keeps the claim honest)");
        assert_eq!(apply(text, s.unwrap()).0, after);
    }
}

#[test]
fn a_faint_verdict_gets_an_impact_without_a_glowing_hint() {
    let pr = Mode::PerformanceReview;
    let text = "Overall, Rui did satisfactory work on the desk this year.";
    let faint = first(text, "vague-praise", pr);
    assert!(faint.ends_with("], which [impact]."), "{faint}");
    let text = "Overall, Rui did outstanding work on the desk this year.";
    let strong = first(text, "vague-praise", pr);
    assert!(strong.contains("[impact, e.g. "), "{strong}");
    let text = "Overall, Rui did above average work on the desk this year.";
    let above = first(text, "vague-praise", pr);
    assert!(above.contains("[impact, e.g. "), "{above}");
}

#[test]
fn the_writers_we_gets_an_example_of_what_we_did() {
    let out = first(
        "We can do better on this.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(
        out.contains(" we [what we did]") && out.contains("we'll"),
        "{out}"
    );
}

#[test]
fn a_sneering_word_gets_its_plain_form_not_a_placeholder() {
    for (text, rule, after) in [
        // The smug adverb is the sneer: without it the question stands.
        (
            "Why didn't you simply open a ticket for it first?",
            "condescension",
            "Why didn't you open a ticket for it first?",
        ),
        // Before a noun of the work, the swear is an adjective.
        (
            "I'd rather skip the locale than ship crap data for it.",
            "profanity",
            "I'd rather skip the locale than ship bad data for it.",
        ),
        // After a linking verb, the verdict in plain words.
        (
            "The release notes are really shitty.",
            "profanity",
            "The release notes are really poor.",
        ),
    ] {
        assert_eq!(first(text, rule, Mode::default()), after, "{text}");
    }
}

#[test]
fn a_tag_or_outburst_goes_whole_not_a_word_of_it() {
    for (text, rule, after) in [
        // A passive-aggressive tag is one card, and the dash after it goes with it.
        (
            "Just sayin -- the docs never mention this flag.",
            "backhanded",
            "The docs never mention this flag.",
        ),
        (
            "I'm just saying, the config loader is out of date.",
            "backhanded",
            "The config loader is out of date.",
        ),
        // "What the heck" on its own is the outburst; before a verb only "the heck" goes.
        (
            "What the heck, that build was fast.",
            "profanity",
            "That build was fast.",
        ),
        (
            "What the heck does this helper do?",
            "profanity",
            "What does this helper do?",
        ),
    ] {
        assert_eq!(first(text, rule, Mode::default()), after, "{text}");
    }
    // Not the tag: the writer tells what they said; and no softener card on the tag.
    assert!(!rules_in("I was just saying that we could cache it.").contains(&"backhanded"));
    assert!(!rules_in("Just saying, the old parser handled this fine.").contains(&"hedge-softener"));
}

#[test]
fn a_writers_own_slip_keeps_the_admission() {
    // The writer owns the slip: no complaint about "[what]", no sentence dropped; only the
    // crude word goes.
    for (text, rule, after) in [
        (
            "Ugh, total brain fart while I was rebasing, sorry. Fixed.",
            "profanity",
            "Ugh, total slip while I was rebasing, sorry. Fixed.",
        ),
        (
            "Ugh, total brain fart while I was rebasing, sorry. Fixed.",
            "derogatory-word",
            "Total brain fart while I was rebasing, sorry. Fixed.",
        ),
        (
            "My shitty wifi dropped again, sorry.",
            "profanity",
            "My wifi dropped again, sorry.",
        ),
        (
            "I screwed up the damn budget forecast.",
            "profanity",
            "I messed up the damn budget forecast.",
        ),
    ] {
        assert_eq!(first(text, rule, Mode::default()), after, "{text}");
    }
    // A groan goes as an interjection; a word with a plainer twin is swapped.
    assert_eq!(
        first(
            "Ugh, this test is flaky again.",
            "derogatory-word",
            Mode::default()
        ),
        "This test is flaky again."
    );
    assert_eq!(
        first(
            "Anal, but the docs could mention the flag.",
            "derogatory-word",
            Mode::default()
        ),
        "Pedantic, but the docs could mention the flag."
    );
    // A swear about someone else's work still asks for the problem.
    let f = finding("This shitty parser drops the last line.", "profanity");
    assert!(
        f.suggestions
            .iter()
            .any(|s| s.label == "Name the problem instead"),
        "{:?}",
        f.suggestions
    );
}

#[test]
fn a_reported_norm_is_owned_whole_and_is_no_compliment() {
    // "to be" needs a clause of its own once "it is thought" becomes "I think".
    assert_eq!(
        first(
            "It is thought to be standard to pin the versions.",
            "weasel-words",
            Mode::default()
        ),
        "I think it is standard to pin the versions."
    );
    assert_eq!(
        first(
            "Pinning versions, it is thought to be safer.",
            "weasel-words",
            Mode::default()
        ),
        "Pinning versions, I think it is safer."
    );
    // A norm praises no one: no card asks what was good about it.
    for text in [
        "Pinning versions is good practice.",
        "It is best practice to pin versions.",
    ] {
        assert!(!rules_in(text).contains(&"vague-praise"), "{text}");
    }
    assert!(rules_in("Your release notes were great.").contains(&"vague-praise"));
}

#[test]
fn a_word_before_a_group_of_people_is_no_name() {
    // "Team members" fix her mistakes: the example is about her, not about "Team".
    let after = example(
        "Team members regularly have to fix her errors. She rarely replies to email.",
        "vague-criticism",
        Mode::default(),
    );
    assert!(after.contains("she [what she did"), "{after}");
    assert!(!after.contains("Team ["), "{after}");
}

#[test]
fn credit_with_a_reason_after_the_name_is_praise() {
    // "without Dana since she …" credits her: no card asks what she did wrong.
    let text = "Priya is new here. The team would not manage half of its releases without Priya \
                since she runs the tests.";
    assert!(
        !rules_in(text).contains(&"missing-sbi"),
        "{:?}",
        rules_in(text)
    );
}

#[test]
fn a_softened_request_is_asked_plainly() {
    // Without "maybe" the sentence would state what the reader can do; the request is a
    // question.
    assert_eq!(
        first(
            "Maybe you could be more proactive in planning.",
            "hedge-softener",
            Mode::default()
        ),
        "Could you be more proactive in planning?"
    );
}

#[test]
fn faint_praise_is_read_as_criticism() {
    // Praise held to a minimum asks for an example of what fell short, not of good work.
    for text in [
        "He is capable but not much else.",
        "She is friendly but little else.",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"trait-praise"), "{text}: {rules:?}");
        assert!(!rules.contains(&"vague-praise"), "{text}: {rules:?}");
        assert!(rules.contains(&"vague-criticism"), "{text}: {rules:?}");
    }
}

#[test]
fn praise_held_down_or_credited_for_independence_reads_right() {
    // "only a decent analyst", "a less than stellar hire": a put-down, not a compliment.
    for text in [
        "Omar is only a decent analyst. His tickets get closed.",
        "Omar is a less than stellar hire.",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"vague-praise"), "{text}: {rules:?}");
        assert!(!rules.contains(&"trait-praise"), "{text}: {rules:?}");
    }
    // Working "with little support" is to someone's credit: no card asks what fell short.
    let text = "She shipped each milestone with little guidance from her lead.";
    assert!(
        !rules_in(text).contains(&"vague-criticism"),
        "{:?}",
        rules_in(text)
    );
}

#[test]
fn an_inline_example_follows_the_praise_not_a_trailing_clause() {
    let text = "Dana is an excellent fit for this team and has room to grow in pricing.";
    let f = finding(text, "vague-praise");
    let inline = f
        .suggestions
        .iter()
        .find(|s| s.label == "Say what was good about it")
        .expect("an inline example");
    let after = apply(text, inline).0;
    assert!(
        after.starts_with("Dana is an excellent fit for this team — for example, [what Dana did"),
        "{after}"
    );
    assert!(
        after.ends_with("] — and has room to grow in pricing."),
        "{after}"
    );
}

#[test]
fn a_goal_set_for_someone_is_no_praise() {
    let text =
        "Lena drifts in long meetings. The key is to help her focus more and keep her energy up.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-praise"), "{rules:?}");
    assert!(!rules.contains(&"trait-praise"), "{rules:?}");
    assert!(rules_in("Joe has a great attitude.").contains(&"trait-praise"));
}

#[test]
fn a_swear_in_the_idiom_give_a_damn_becomes_care() {
    let text = "Nobody on the rota gives a damn about the runbook.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "Nobody on the rota cares about the runbook."
    );
    let text = "Honestly I don't give a crap which formatter we pick.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "Honestly I don't care which formatter we pick."
    );
}

#[test]
fn bad_luck_for_the_writer_is_no_fault_to_name() {
    let text = "The mirror is down again, so it sucks for us this week.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "The mirror is down again, so it is too bad for us this week."
    );
}

#[test]
fn a_removed_swear_leaves_the_degree_and_the_emphasis_marks_whole() {
    let text = "The importer is too damn slow on the nightly dump.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "The importer is too slow on the nightly dump."
    );
    let text = "This branch is *really* ugly. Can you fold it into the loop?";
    let out = first(text, "derogatory-word", Mode::CodeReview);
    assert!(out.contains("This branch is [what's wrong"), "{out}");
    // With its reason after it, the verdict gives way to the reason.
    let text = "This branch is *really* ugly. The helper already knows the length.";
    let out = first(text, "derogatory-word", Mode::CodeReview);
    assert!(
        out.ends_with("I see a problem with this branch: the helper already knows the length."),
        "{out}"
    );
}

#[test]
fn a_dropped_opening_outburst_leaves_a_capitalised_start_and_one_card() {
    let text = "Damn... nice find. Pushed the fix.";
    let f = finding_in(text, "profanity", Mode::CodeReview);
    let outs: Vec<String> = f.suggestions.iter().map(|s| apply(text, s).0).collect();
    assert_eq!(outs[0], "Nice find. Pushed the fix.", "{outs:?}");
    let mut unique = outs.clone();
    unique.dedup();
    assert_eq!(unique.len(), outs.len(), "{outs:?}");
}

#[test]
fn some_before_one_unnamed_thing_and_a_tentative_order_are_no_weasels() {
    let rules = rules_in("The log says the queue was emptied by some cleanup process.");
    assert!(!rules.contains(&"weasel-words"), "{rules:?}");
    let text = "Why is the count zero here?\nProbably add an assert for that.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"weasel-words"), "{rules:?}");
    // An anonymous source still is one.
    assert!(rules_in("Some managers say the rota is unfair.").contains(&"weasel-words"));
}

#[test]
fn a_degree_on_the_writers_own_surprise_is_no_softener() {
    let text = "We were a bit surprised when it couldn't open the archive.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"hedge-softener"), "{rules:?}");
    let text = "We were a bit surprised that you skipped both questions on the rota.";
    assert!(rules_in(text).contains(&"hedge-softener"));
    let text = "Sorry, but maybe the deploy could be a bit faster, if that's okay?";
    assert!(rules_in(text).contains(&"hedge-softener"));
}

#[test]
fn pisses_me_off_calms_with_its_particle() {
    let text = "Frankly, the new lint config pisses me off.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "Frankly, the new lint config annoys me."
    );
}

#[test]
fn adequate_but_not_is_no_praise_and_a_tool_is_nobodys_name() {
    let text = "This formatter is good enough for plain Python, but not for every notebook.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-praise"), "{rules:?}");
    let text = "Her slides were good enough for the team, but not for the board.";
    assert!(rules_in(text).contains(&"vague-criticism"));
    // Praise of work done with a tool: the example's actor is not the tool.
    let text = "Honestly Docker is great for this.";
    let out = example(text, "vague-praise", Mode::default());
    assert!(out.contains("For example"), "{out}");
    assert!(!out.contains("Docker [what"), "{out}");
}

#[test]
fn a_slip_denied_is_praise_not_a_complaint() {
    let text = "Whenever the rota is short, he has never refused an extra shift.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"missing-sbi"), "{rules:?}");
    assert!(!rules.contains(&"absolute-language"), "{rules:?}");
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
}

#[test]
fn even_goes_beside_a_second_put_down_in_the_sentence() {
    let text = "Interns who can't even open a changelog should change careers now";
    let out = first(text, "condescension", Mode::CodeReview);
    assert!(out.contains("who can't open a changelog"), "{out}");
}

#[test]
fn a_thanked_handle_is_thanked_not_reviewed() {
    // Thanks to someone in a thread is a courtesy: no card asks for an example of it.
    let text = "To start, thank you @Oswin for tending this parser for many years.";
    assert!(!rules_in(text).contains(&"vague-praise"));
}

#[test]
fn just_before_a_wish_for_a_thing_means_only() {
    let text = "I just want the tests fixed, and maybe you could look at them this week.";
    let a = analyze_with(text, &Options::default());
    let justs: Vec<_> = a
        .findings
        .iter()
        .filter(|f| text[f.start..f.end].contains("just"))
        .collect();
    assert!(justs.is_empty(), "{justs:?}");
    // The ritual opener still softens.
    let text = "I just wanted to flag that your rota change drops Friday.";
    assert!(rules_in(text).contains(&"hedge-softener"));
}

#[test]
fn a_degree_inside_a_granted_view_is_kept() {
    let text = "Fair enough, I get that for teams built on the hooks, removing them could look a bit hasty to you.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"hedge-softener"), "{rules:?}");
}

#[test]
fn hedges_that_carry_meaning_stay() {
    for text in [
        // The writer's doubt about their own standing.
        "I'm not sure whether we've met the bar you set.",
        // A guess about the reader's mind.
        "It is easy once you dig in; I guess you will agree a hidden toggle is hard to spot.",
        // Two options weighed.
        "Maybe it is the cache, maybe it is the proxy, but you could check the logs.",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"hedge-softener"), "{text}: {rules:?}");
    }
    for text in [
        // What she is not yet: a criticism, not a hedge.
        "Rosa could be a better teammate but lacks motivation.",
        // Someone's disbelief, not the writer's hedge.
        "If anybody doesn't believe the cache is safe, they can read the design doc.",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"weasel-words"), "{text}: {rules:?}");
    }
}

#[test]
fn wishes_and_advice_are_no_praise() {
    for text in [
        "Thanks for tracking this down @pell. Best of luck with the move and the new team!",
        "recommend renaming tmpp -> tmp",
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&"vague-praise"), "{text}: {rules:?}");
    }
}

#[test]
fn a_grumble_at_a_tool_loses_the_adjective_and_sick_of_calms() {
    let text = "Stupid autocorrect. \"recieve\" should be receive";
    assert_eq!(
        first(text, "derogatory-word", Mode::default()),
        "Autocorrect. \"recieve\" should be receive"
    );
    let text = "I rely on a screen reader as well, and I get sick of proposals like this one.";
    assert_eq!(
        first(text, "condescension", Mode::default()),
        "I rely on a screen reader as well, and I get tired of proposals like this one."
    );
}

#[test]
fn a_clarified_claim_and_a_short_sigh_are_no_complaints_to_name() {
    let text = "I'm not saying Dara is the problem here, she just inherited the folder layout.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-criticism"), "{rules:?}");
    assert!(!rules.contains(&"personal-label"), "{rules:?}");
    let text = "Hmm. This really sucks! Anyway, I pushed that fix right after you asked.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "Hmm. This really is a shame! Anyway, I pushed that fix right after you asked."
    );
}

#[test]
fn heat_aimed_at_the_writer_or_reported_from_others_is_not_flagged() {
    for (text, rule) in [
        (
            "Gradle ignoramus here: is it normal that the cache lives in the home folder?",
            "insult",
        ),
        (
            "Fine by me. I admit some think that using fixtures is ugly too.",
            "derogatory-word",
        ),
    ] {
        let rules = rules_in(text);
        assert!(!rules.contains(&rule), "{text}: {rules:?}");
    }
    assert!(
        rules_in("You are an ignoramus.").contains(&"insult")
            || rules_in("You are an ignoramus.").contains(&"name-calling")
    );
}

#[test]
fn phrasal_swears_calm_whole() {
    let text = "If someone does screw this up, it will be hard to debug since the board reboots.";
    assert_eq!(
        first(text, "profanity", Mode::CodeReview),
        "If someone does mess this up, it will be hard to debug since the board reboots."
    );
    let text =
        "My old phone runs the game without fucking with config files, and this app does not.";
    assert_eq!(
        first(text, "profanity", Mode::default()),
        "My old phone runs the game without messing with config files, and this app does not."
    );
    let text = "Its seems she works late every day, but I'm not sure it helps her.";
    let a = analyze_with(text, &Options::default());
    let weasel = a
        .findings
        .iter()
        .find(|f| f.rule == "weasel-words")
        .expect("a weasel");
    let out = apply(text, &weasel.suggestions[0]).0;
    assert!(!out.contains("Its is"), "{out}");
}

#[test]
fn a_forecast_of_growth_is_no_praise_and_rarely_slipping_is() {
    let text = "He rarely slips up. I trust he will grow even stronger over the next year.";
    let a = analyze_with(text, &Options::default());
    let on = |rule: &str, part: &str| {
        a.findings
            .iter()
            .any(|f| f.rule == rule && text[f.start..f.end].contains(part))
    };
    assert!(!on("vague-praise", "grow even stronger"));
    assert!(!on("vague-criticism", "slips"));
    // Progress made is praise.
    assert!(rules_in("He has become much better at estimating work.").contains(&"vague-praise"));
}

#[test]
fn two_options_weighed_are_no_praise() {
    let text =
        "Oops, missed this in review. Well, better to keep it than to diverge from Trunk now.";
    let rules = rules_in(text);
    assert!(!rules.contains(&"vague-praise"), "{rules:?}");
}

/// Dropping a put-down sentence takes the smiley after it: no stray ")" opens the next one.
#[test]
fn a_dropped_sentence_takes_its_smiley() {
    let text = "You are going crazy there. :) Looking at the extra check below, I think the loop is off by one.";
    let new = first(text, "derogatory-word", Mode::CodeReview);
    assert!(new.starts_with("Looking at the extra check"), "{new}");
}

/// A degree limited by "just" goes with it: "suffers just a little since …" loses both words,
/// not only the degree ("suffers just since").
#[test]
fn a_degree_goes_with_its_just() {
    let text = "Her output drops just a little bit when she checks each figure twice.";
    let new = first(text, "hedge-softener", Mode::PerformanceReview);
    assert_eq!(new, "Her output drops when she checks each figure twice.");
}

/// A verdict on a kind of thing ("Hidden files are terrible.") keeps what it judges: the
/// problem is named, not the sentence dropped as an outburst about nothing.
#[test]
fn a_verdict_on_a_plural_subject_keeps_it() {
    let text = "No, we can't, because the job can't write there. And temporary files in shared folders are terrible.";
    let new = first(text, "bare-verdict", Mode::CodeReview);
    assert!(new.contains("temporary files in shared folders"), "{new}");
}

/// The kind of thing judged keeps a product's name as written ("Kafka configs"), and a common
/// word opening the sentence is lowered ("hidden files").
#[test]
fn a_plural_subject_keeps_a_name_capitalised() {
    let new = first(
        "See build.sh for the style. Kafka configs are a mess.",
        "bare-verdict",
        Mode::CodeReview,
    );
    assert!(new.contains("with Kafka configs"), "{new}");
    let new = first(
        "See build.sh for the style. Hidden files are terrible.",
        "bare-verdict",
        Mode::CodeReview,
    );
    assert!(new.contains("with hidden files"), "{new}");
}

/// A sentence added after one that ends in a smiley goes after the smiley, which stays with
/// the sentence it closes.
#[test]
fn an_added_sentence_goes_after_the_smiley() {
    let text = "You went a bit crazy there. :) Looking at the extra check below, I think the loop is off by one.";
    let new = first(text, "hedge-softener", Mode::PerformanceReview);
    assert!(
        new.starts_with("You went a bit crazy there. :) For example"),
        "{new}"
    );
}

/// Two cards on one sentence that would add the same example: the second does not lead with a
/// template that replaces the whole sentence, which would drop the writer's conclusion.
#[test]
fn a_second_card_keeps_the_writers_conclusion() {
    let text = "Omar missed the last three deadlines. I cannot picture him improving here, given his poor attitude.";
    let new = first(text, "personal-label", Mode::PerformanceReview);
    assert!(new.contains("I cannot picture him improving here"), "{new}");
}

/// A curse said on its own ("Dammit :(", "No. Damnit!") becomes a milder exclamation: no
/// problem statement about nothing, and no "No.!" left by dropping the word.
#[test]
fn a_lone_curse_becomes_a_milder_one() {
    let cr = Mode::CodeReview;
    assert_eq!(first("Dammit :(", "profanity", cr), "Argh :(");
    let new = first("No. Damnit! ;) We are close now, though.", "profanity", cr);
    assert!(new.starts_with("No. Argh! ;)"), "{new}");
}

/// A verdict on the work is the writer's conclusion: when the next sentence shows it, the two
/// are joined and the verdict stays; only a label of the person is dropped for the example.
#[test]
fn a_verdict_on_the_work_is_joined_to_its_example_not_dropped() {
    let verdict = "Mina's work has been substandard. She misses deadlines.";
    assert_eq!(
        first(verdict, "vague-criticism", Mode::PerformanceReview),
        "Mina's work has been substandard: she misses deadlines."
    );
    let label = "Rina is careless. She sent the March report with the wrong totals.";
    assert_eq!(
        first(label, "personal-label", Mode::PerformanceReview),
        "Rina sent the March report with the wrong totals."
    );
}

/// "Let him …", "Tell them …": a capital before an object pronoun is a verb, not a name the
/// example template would make its subject ("Let [what Let did]").
#[test]
fn an_imperative_opening_the_sentence_is_no_ones_name() {
    let out = example(
        "Let him fix his own mess.",
        "vague-criticism",
        Mode::PerformanceReview,
    );
    assert!(out.contains(" he [what he did"), "{out}");
}

/// When the next sentence already holds the next step (one agreed on, or planned), the example
/// asks only for what happened and its impact: a second next step would compete with it.
#[test]
fn an_example_asks_for_no_next_step_the_next_sentence_gives() {
    let pr = Mode::PerformanceReview;
    for next in [
        "When I raised it, he agreed to add the open risks each Friday.",
        "He will pair with Ana on the next two audits.",
    ] {
        let text = format!("His status notes are often late. {next}");
        let out = first(&text, "vague-criticism", pr);
        assert!(out.contains("For example, in [when"), "{out}");
        assert!(!out.contains("next step"), "{out}");
    }
    // Loyalty is no plan: the example still asks for one.
    let text = "His status notes are often late. He is committed to the team.";
    assert!(first(text, "vague-criticism", pr).contains("As a next step"));
    // The sentence names the help it needs: that is its next step.
    let text = "He could use extra coaching on the invoicing tool.";
    let out = first(text, "vague-criticism", pr);
    assert!(out.contains("For example, in [when"), "{out}");
    assert!(!out.contains("next step"), "{out}");
}

/// A swear inside an idiom goes with the idiom: "a shit show" is "a mess", and "what sucks most"
/// is what bothers the writer most (not "a bit of a show", "what is [what's wrong] most").
#[test]
fn a_swear_in_an_idiom_is_calmed_whole() {
    let cr = Mode::CodeReview;
    for (text, calm) in [
        (
            "The retry logic here is one big shit show.",
            "The retry logic here is one big mess.",
        ),
        (
            "This module turned into shit show, sorry.",
            "This module turned into a mess, sorry.",
        ),
        (
            "What sucks most is the duplicated setup in every test.",
            "What bothers me most is the duplicated setup in every test.",
        ),
    ] {
        let f = finding_in(text, "profanity", cr);
        let applied: Vec<String> = f.suggestions.iter().map(|s| apply(text, s).0).collect();
        assert!(applied.iter().any(|a| a == calm), "{text} → {applied:?}");
    }
    // The nerve to do something, not a problem to name.
    assert_eq!(
        first(
            "We never had the balls to delete that flag.",
            "profanity",
            cr
        ),
        "We never had the nerve to delete that flag."
    );
    assert_eq!(
        first("Let me unfuck the build script first.", "profanity", cr),
        "Let me fix the build script first."
    );
    // The idiom goes whole, the noun keeps its article, and the risk stays a risk.
    assert_eq!(
        first(
            "I'd trim the blank lines; I'm anally retentive about that.",
            "profanity",
            cr
        ),
        "I'd trim the blank lines; I'm pedantic about that."
    );
    assert_eq!(
        first(
            "I will paste the sucker into the wiki. Then we can close it.",
            "profanity",
            cr
        ),
        "I will paste the thing into the wiki. Then we can close it."
    );
    assert_eq!(
        first(
            "You would be screwed if the token expired mid-run.",
            "profanity",
            cr
        ),
        "You would be in trouble if the token expired mid-run."
    );
}

/// A hedge before an adverb and a label ("seems easily distracted") keeps the hedge and asks
/// for what was seen: "Say it plainly" would sharpen the label into a verdict.
#[test]
fn hedge_before_adverb_and_label_keeps_its_hedge() {
    let out = first(
        "Dana is eager to learn. She seems easily distracted.",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(
        out.contains("She seems easily distracted. For example"),
        "{out}"
    );
}

/// A state with what it is about ("unhappy with his place", "shaky on the style rules")
/// keeps the writer's observation and gets its example; the rewrite of the sentence would
/// delete what the state is about.
#[test]
fn a_state_with_its_complement_keeps_it() {
    let pr = Mode::PerformanceReview;
    let text = "Omar struggles with his tickets. He seems unhappy with his place on the team.";
    let out = first(text, "personal-label", pr);
    assert!(out.starts_with(text), "{out}");
    let out = first(
        "Priya is somewhat shaky on the style rules early on, but she learns them fast.",
        "personal-label",
        pr,
    );
    assert!(out.contains("shaky on the style rules early on"), "{out}");
}

/// A potential ("has the potential to grow into the lead role") is backed by the step that gets
/// there, not by a past deed.
#[test]
fn a_potential_gets_its_next_step() {
    let out = first(
        "Mia learns fast. Given a year of practice, she has the potential to grow into the lead role.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(out.ends_with("the lead role. To get there, she could [a next step, e.g. lead the planning for the next launch]."), "{out}");
}

/// Aloofness is about working with people: its example is one of holding back.
#[test]
fn aloof_gets_an_example_of_holding_back() {
    let out = first("Tom is aloof.", "personal-label", Mode::PerformanceReview);
    assert!(
        out.contains("Tom [what Tom did, e.g. said nothing"),
        "{out}"
    );
}

/// Praise conceded before ", though …" gets its example before the turn, not after the
/// criticism that follows it.
#[test]
fn praise_example_stays_before_though() {
    let all = all_applied(
        "Omar has a great attitude, though he could show more initiative.",
        "trait-praise",
    );
    assert!(
        all.iter().any(
            |a| a.starts_with("Omar has a great attitude — for example, [")
                && a.ends_with("] — though he could show more initiative.")
        ),
        "{all:?}"
    );
}

/// The writer calling their own earlier code names keeps the admission: only the word goes.
#[test]
fn own_work_named_harshly_keeps_its_sentence() {
    let out = first(
        "Nice find! My first version was crap!",
        "profanity",
        Mode::CodeReview,
    );
    assert!(out.contains("My first version was"), "{out}");
}

/// "X is not cool" keeps what the writer objects to and asks for the reason in the rebuke's
/// place, instead of a template that drops the sentence's subject.
#[test]
fn not_cool_keeps_its_subject_and_asks_why() {
    let out = first(
        "Deleting my branch without asking is not cool.",
        "condescension",
        Mode::PeerFeedback,
    );
    assert!(
        out.starts_with("Deleting my branch without asking is a problem for me: [why it matters"),
        "{out}"
    );
}

/// The next step a growth-area sentence lacks goes after a sentence that points back at it
/// ("This is something …"), not between them.
#[test]
fn a_next_step_does_not_come_between_a_claim_and_what_points_back_at_it() {
    let text = "Her planning still leaves room for improvement. This is something a weekly check-in could help with.";
    let out = first(text, "vague-criticism", Mode::PerformanceReview);
    assert!(out.starts_with(&format!("{text} As a next step")), "{out}");
}

/// An author's own account in a code review ("We have a crazy forced remove …") is no
/// reviewer's issue: the plain rewrite leads, and the "issue:" label waits behind it.
#[test]
fn a_writers_own_account_is_not_labelled_an_issue_first() {
    let cr = Mode::CodeReview;
    let own = first(
        "We have a crazy forced remove in the cleanup path.",
        "derogatory-word",
        cr,
    );
    assert!(own.starts_with("We have a [what's wrong"), "{own}");
    // Nor is an author's concession, whatever label the comment gets.
    let conceded = first(
        "Yep, the naming is kinda crappy because those steps exist only for Jenkins; we might as well label them.",
        "profanity",
        cr,
    );
    assert!(conceded.starts_with("Yep, the naming is"), "{conceded}");
    let agreed = first(
        "Will do, the helper here is garbage anyway.",
        "bare-verdict",
        cr,
    );
    assert!(!agreed.starts_with("issue"), "{agreed}");
    // A promise or a report of the change with its "I" left out is the author's too.
    for text in [
        "Kept the cast, the C API sucks here :)",
        "Will fix, the old helper was ugly.",
    ] {
        let rule = if text.contains("sucks") {
            "profanity"
        } else {
            "derogatory-word"
        };
        let out = first(text, rule, cr);
        assert!(!out.starts_with("issue"), "{out}");
    }
    let theirs = first("Your cleanup path is crazy.", "derogatory-word", cr);
    assert!(theirs.starts_with("issue (non-blocking): "), "{theirs}");
}

/// "I see no more room to grow", in a review of someone: the next step is the reviewed person's,
/// not the writer's ("Next time, I'll …" was the rewrite).
#[test]
fn no_room_for_growth_asks_the_reviewed_person_for_a_step() {
    let out = first(
        "Eva did solid work this year and hit all of her targets. Sadly I see no more room to grow.",
        "fixed-mindset",
        Mode::PerformanceReview,
    );
    assert!(out.contains("I'd like Eva to [next step"), "{out}");
    assert!(!out.contains("I'll"), "{out}");
}

/// "Max will be great one day": a forecast of a trait is backed by the step that gets there,
/// not by a deed from the past (its card had offered "— for example, [what Max did …]").
#[test]
fn a_trait_foretold_gets_the_step_that_gets_there() {
    let all = all_applied(
        "Max will be great one day. He is waiting for his chance.",
        "trait-praise",
    );
    assert!(
        all[0].contains("To get there, Max could [a next step"),
        "{all:?}"
    );
    assert!(all.iter().all(|a| !a.contains("what Max did")), "{all:?}");
    // A cause ("will make her a great hire") or a habit ("will get whatever is needed done") is
    // no forecast to get to.
    for text in [
        "Ana's energy was great this year and I believe she has a drive that will make her a fine hire.",
        "Ana will get whatever needs doing done and then go help a colleague, which is great.",
    ] {
        let all = rewrite_all(text, &Options::default());
        assert!(!all.contains("To get there"), "{all}");
    }
}

/// A label whose brackets say what it means keeps the sentence, brackets whole, and the
/// example follows it (the rewrite had cut the brackets in half: "…],) but has real promise");
/// "in a few areas" is asked about as "which of the few areas" (was "which of the a few").
#[test]
fn a_label_explained_in_brackets_keeps_them() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "Nora has been a hard worker this year. She is weak in a few areas (making eye contact with customers) but has real promise.",
        "personal-label",
        pr,
    );
    assert!(
        out.contains(
            "She is weak in a few areas (making eye contact with customers). For example,"
        ),
        "{out}"
    );
    let out = first(
        "Nora has been a hard worker this year. She is weak in a few areas but has real promise.",
        "personal-label",
        pr,
    );
    assert!(out.contains("[which of the few areas, e.g."), "{out}");
}

/// A hedged claim about a thing that names a person after its verb is backed by evidence, not
/// by something that person did ("Priya [what Priya did, e.g. sent the pricing update …]").
#[test]
fn a_claim_about_a_thing_is_backed_by_evidence() {
    let out = first(
        "This seems like the problem Priya Rao raised in #4410 @dana",
        "weasel-words",
        Mode::PerformanceReview,
    );
    assert!(out.contains("I say this because [evidence"), "{out}");
    assert!(!out.contains("what Priya did"), "{out}");
}

/// A label followed, after a comma, by advice in clauses of their own keeps the advice (the
/// label card had rewritten the side up to "but", deleting both suggestions).
#[test]
fn a_label_before_spliced_advice_keeps_the_advice() {
    let out = first(
        "Anyway, your attitude is so poor, you could check the manual to theme it, also you could turn on kiosk mode, but show some respect.",
        "personal-label",
        Mode::PeerFeedback,
    );
    assert!(
        out.contains("you could check the manual to theme it"),
        "{out}"
    );
    assert!(out.contains("also you could turn on kiosk mode"), "{out}");
}

/// A verdict dropped for the next sentence's reason takes the place of its "it" only when "it"
/// is the thing judged ("This patch is garbage. It breaks …"), not where "it" stands for a
/// clause after it ("It might be simpler if you …" became "StringBuilder might be simpler").
#[test]
fn a_dropped_verdict_replaces_only_a_pronoun_for_its_topic() {
    let cr = Mode::CodeReview;
    let all = all_applied_in(
        "This patch is garbage. It breaks the build on every Windows runner.",
        "bare-verdict",
        cr,
    );
    assert!(
        all.iter()
            .any(|a| a.ends_with("This patch breaks the build on every Windows runner.")),
        "{all:?}"
    );
    let all = all_applied_in(
        "Tricky. Stupid StringBuilder. It might be simpler if you just make those fields public.",
        "derogatory-word",
        cr,
    );
    assert!(
        all.iter().all(|a| a.contains("It might be simpler")),
        "{all:?}"
    );
}

/// "Some" before a verb is the sentence's subject (removing it left "Become managers or leads.").
#[test]
fn a_quantifier_that_carries_meaning_is_asked_about_not_removed() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "He starts on our leadership track in May. Some become managers or leads.",
        "weasel-words",
        pr,
    );
    assert!(
        out.ends_with("[Which ones, e.g. three of the five] become managers or leads."),
        "{out}"
    );
}

/// A writer who rules out any future with the person ("never hire him again", "should not
/// be rehired") is not made to ask them for a next step; the example is still asked for.
#[test]
fn no_next_step_is_asked_of_someone_the_writer_rules_out() {
    let text =
        "Dale put the crew at risk twice. I'd never hire Dale again, and he should not be rehired.";
    let all = rewrite_all(text, &Options::default());
    assert!(all.contains("For example, in [when"), "{all}");
    assert!(!all.contains("next step"), "{all}");
    // Without that, the example comes with its next step.
    let all = rewrite_all(
        "Wade was a hazard to the team. Sadly he keeps making the same slip.",
        &Options::default(),
    );
    assert!(all.contains("As a next step"), "{all}");
}

/// Praise aimed at damage ("Great, you broke …", "Way to go, you broke …") mocks: the card
/// drops the praise and keeps the report, and no praise card asks for an example of it.
#[test]
fn mock_praise_before_a_comma_goes_and_the_report_stays() {
    let pr = Mode::PerformanceReview;
    let out = first("Great, you broke the nightly again.", "sarcasm", pr);
    assert_eq!(out, "You broke the nightly again.");
    let out = first("Way to go, you broke the installer.", "sarcasm", pr);
    assert_eq!(out, "You broke the installer.");
    assert!(!rules_in("Great, you broke the nightly again.").contains(&"vague-praise"));
}

/// Ending the work together ("terminate her contract", "would never use him on a project
/// again") rules out a next step too, in every card's first edit.
#[test]
fn no_card_asks_a_next_step_after_the_writer_parts_ways() {
    for text in [
        "Rosa's reports were late all year. She shows no interest in her team. I recommend that we terminate her contract.",
        "Milo is terrible. I would never use him on a project again. Nothing he did was right.",
    ] {
        let a = analyze_with(text, &Options::default());
        assert!(a.findings.len() > 1, "{text}");
        for f in &a.findings {
            let out = apply(text, &f.suggestions[0]).0;
            assert!(!out.contains("next step"), "{}: {out}", f.rule.as_str());
        }
    }
}

/// A sneer at a tool drops the sneer and keeps the complaint ("This stupid git keeps …" →
/// "This git keeps …"); a swear that stresses a harsh word goes with it ("fucking awful" →
/// "[a plainer word]", not "fucking [a plainer word]").
#[test]
fn a_sneer_at_a_tool_goes_and_a_stressing_swear_goes_with_its_word() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "This stupid git keeps eating my stash.",
        "derogatory-word",
        pr,
    );
    assert_eq!(out, "This git keeps eating my stash.");
    let out = first("The stupid thing froze twice today.", "derogatory-word", pr);
    assert_eq!(out, "The thing froze twice today.");
    let text = "The export page is fucking awful and the manual is no help.";
    let out = first(text, "derogatory-word", pr);
    assert_eq!(
        out,
        "The export page is [a plainer word] and the manual is no help."
    );
}

/// In a code review, a grumble about the writer's own work ("our naming here sucks", "me
/// failing at names") is no issue to label: its first edit is the plain fix.
#[test]
fn a_grumble_about_ones_own_work_gets_no_review_label_first() {
    let cr = Mode::CodeReview;
    let out = first(
        "Our naming in this module sucks, so don't fret about it.",
        "profanity",
        cr,
    );
    assert!(out.starts_with("Our naming in this module is"), "{out}");
    // A reviewer's verdict on the author's work still leads with its label.
    let out = first("Your naming in this module sucks.", "profanity", cr);
    assert!(
        out.starts_with("nitpick") || out.starts_with("issue"),
        "{out}"
    );
}

/// "Hopefully he can …" is a wish: the card says it as one ("I'd like him to …"), where
/// dropping "Hopefully" would state what he can do.
#[test]
fn a_hope_about_someone_becomes_a_wish_not_a_claim() {
    let pr = Mode::PerformanceReview;
    let out = first(
        "Hopefully he can own the vendor calls next year.",
        "hedge-softener",
        pr,
    );
    assert_eq!(out, "I'd like him to own the vendor calls next year.");
    let out = first(
        "Hopefully, she will write the runbook.",
        "hedge-softener",
        pr,
    );
    assert_eq!(out, "I'd like her to write the runbook.");
}

/// "in these meetings" is asked about as "[which of the meetings …]" (not "the these"), and a
/// reply in a thread (an @mention) gets placeholders without the office examples, which fit
/// no discussion on a tracker.
#[test]
fn a_situation_list_keeps_one_determiner_and_a_reply_gets_no_office_examples() {
    let pr = Mode::PerformanceReview;
    let out = first("Omar is rude in these calls.", "personal-label", pr);
    assert!(out.starts_with("In [which of the calls, e.g."), "{out}");
    let out = first("@lee Omar is rude in the calls.", "personal-label", pr);
    assert!(
        out.starts_with("@lee In [which of the calls], Omar [what Omar did],"),
        "{out}"
    );
    assert!(!out.contains("e.g."), "{out}");
}

/// "always" before a hedged verb: the time goes at the end of the clause, told in the past
/// ("She seemed distracted … in [when]"), not between the subject and its verb ("She in [when]
/// seems …").
#[test]
fn always_before_a_hedged_verb_keeps_the_word_order() {
    let out = first(
        "He always seems tense in design reviews.",
        "absolute-language",
        Mode::PerformanceReview,
    );
    assert_eq!(
        out,
        "He seemed tense in design reviews in [when, e.g. the last month]."
    );
}

/// A writer who closes the thread in their last sentence ("Closing.") ends the exchange: the
/// rewrite asks for no next step and no coaching question that would reopen it.
#[test]
fn a_closed_thread_gets_no_next_step_or_coaching_question() {
    let pr = Mode::PerformanceReview;
    let claim = "You ignored both of my questions. I can see that you're a novice, and I can't \
                 keep explaining the basics.";
    let text = format!("{claim}\nClosing this issue.");
    let out = first(&text, "name-calling", pr);
    assert!(out.contains("In [situation], you"), "{out}");
    assert!(
        !out.contains("Could you") && !out.contains("real challenge"),
        "{out}"
    );
    // Not closed: the next step stays.
    assert!(first(claim, "name-calling", pr).contains("Could you [next step"));
}

/// A short verdict followed by its reason ("The form is ugly. The labels overlap …") lets the
/// reason say it: "I see a problem with the form: the labels overlap …", not a slot for what is
/// wrong beside the sentence that already says it.
#[test]
fn a_verdict_gives_way_to_a_reason_in_its_own_words() {
    let pr = Mode::PerformanceReview;
    assert_eq!(
        first(
            "The settings page is ugly. The labels overlap the inputs on narrow screens.",
            "derogatory-word",
            pr
        ),
        "I see a problem with the settings page: the labels overlap the inputs on narrow screens."
    );
    // A request after it is the next step, not the reason.
    let out = first(
        "The settings page is ugly. Please fix the spacing.",
        "derogatory-word",
        pr,
    );
    assert!(
        !out.starts_with("I see a problem with the settings page: please"),
        "{out}"
    );
}

/// Speech held back ("does not share her views", "rarely voices concerns") is met with an
/// example of silence, not of cutting someone off: the example points the way the claim does.
#[test]
fn an_example_of_holding_back_fits_a_claim_of_holding_back() {
    let pr = Mode::PerformanceReview;
    let text = "Ines is a fine analyst but usually does not share her views in team reviews.";
    let out = first(text, "vague-criticism", pr);
    assert!(
        out.contains("she [what she did, e.g. said nothing"),
        "{out}"
    );
    assert!(!out.contains("cut in"), "{out}");
}

/// A hedged word the label card names ("seems unwilling") keeps its hedge: without it the
/// guess becomes a verdict on the person. The label's second adjective ("and slow to …")
/// keeps the sentence whole instead of a clause cut in half.
#[test]
fn hedged_label_with_a_second_adjective_keeps_the_sentence() {
    let text = "Ines seems unwilling and slow to adapt her process.";
    let out = first(text, "weasel-words", Mode::PerformanceReview);
    assert!(out.starts_with(text), "{out}");
    let out = first(text, "personal-label", Mode::PerformanceReview);
    assert!(out.starts_with(text), "{out}");
}

/// "Can we please stop …?" asks already: the request stays, with its reason asked for, instead
/// of the whole sentence going.
#[test]
fn a_request_to_stop_keeps_who_is_asked() {
    let text = "The rename is fine. Can we please stop derailing every thread?";
    assert_eq!(
        first(text, "condescension", Mode::default()),
        "The rename is fine. Could we avoid derailing every thread, since [why it matters]?"
    );
}

/// Hearsay about a person ("reportedly", "apparently") keeps its hedge: without it the writer
/// states as their own what they only heard.
#[test]
fn hearsay_about_a_person_keeps_its_hedge() {
    let text = "He reportedly snapped at a client during the demo.";
    let out = first(text, "weasel-words", Mode::PerformanceReview);
    assert!(out.starts_with(text), "{out}");
}

/// "I have no complaints about your reports" is the writer's verdict on the reader's work: the
/// example is of what the reader did, not "I [what I did]".
#[test]
fn no_complaints_is_a_verdict_on_the_reader() {
    let out = first(
        "I have no complaints about your reports this quarter.",
        "vague-praise",
        Mode::PerformanceReview,
    );
    assert!(out.contains(" you [what you did"), "{out}");
}

/// A comma splice turns like "but" ("…, I just can't see much ambition"): the praise example goes
/// before the writer's doubt, which keeps its own sentence.
#[test]
fn a_comma_splice_that_doubts_turns_like_but() {
    let text = "Tariq is a kind colleague, I just can't see much ambition.";
    let out = first(text, "vague-praise", Mode::PerformanceReview);
    assert!(
        out.starts_with("Tariq is a kind colleague. For example, ")
            && out.ends_with(" I just can't see much ambition."),
        "{out}"
    );
}

/// A second side that opens on a phrase before its own subject ("but based on her numbers she
/// could …") keeps its subject: no name is put in front of the phrase.
#[test]
fn a_phrase_before_its_own_subject_takes_no_name() {
    let text = "Noor is a friendly colleague, but based on her numbers she could do more.";
    let out = first(text, "vague-praise", Mode::PerformanceReview);
    assert!(
        out.ends_with(". But based on her numbers she could do more."),
        "{out}"
    );
}

/// "poor in running meetings": a gerund after "in" says what the label is about, not an occasion
/// to ask "which of the running meetings" about; the sentence stays and the example follows.
#[test]
fn a_label_about_a_gerund_keeps_the_sentence() {
    let text = "She is very poor in running meetings.";
    let out = first(text, "personal-label", Mode::PerformanceReview);
    assert!(out.starts_with(text), "{out}");
}
