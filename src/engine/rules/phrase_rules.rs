//! Rules that are only phrase tables (see `lexicon.rs`): each maps a phrase tag to a rule.
//! `weasel-words`, `backhanded`, `empty-praise`, `condescension`, `sarcasm`.
use crate::engine::context::Cx;
use crate::engine::lexicon::Tag;
use crate::engine::model::{Category, Finding, Mode, RuleDoc, Severity};
use crate::engine::text::TokenKind;

pub static WEASEL: RuleDoc = RuleDoc {
    id: "weasel-words",
    category: Category::Hedging,
    severity: Severity::Note,
    what: "Claims without an owner or without commitment (\"some say\", \"it is believed\", \"possibly\").",
    why: "Unattributed or hedged claims can't be checked or answered: who said it, and how sure are you? Feedback lands better owned (\"I noticed\") than attributed to an anonymous \"people\".",
    source: "Wikipedia Manual of Style, \"Unsupported attributions\" (weasel words); Radical Candor on owning feedback",
    example: "Some people feel your updates are possibly too long.",
    instead: "I find your Friday updates long: the last one was four pages. Could you lead with a three-line summary?",
    known_false_positives: "Genuine probability statements (\"this may fail under load\") and common quantifiers.",
};

pub static BACKHANDED: RuleDoc = RuleDoc {
    id: "backhanded",
    category: Category::Insincere,
    severity: Severity::Warning,
    what: "Backhanded or passive-aggressive phrasing (\"no offense, but\", \"per my last email\", \"not bad for\").",
    why: "These phrases announce the opposite of what they say, so the reader hears hostility wrapped in politeness. Radical Candor calls this manipulative insincerity.",
    source: "Kim Scott, Radical Candor (manipulative insincerity)",
    example: "No offense, but per my last email the deadline was Friday.",
    instead: "The deadline was Friday and the report arrived Monday; what got in the way?",
    known_false_positives: "Quoting the phrase to discuss it.",
};

pub static EMPTY_PRAISE: RuleDoc = RuleDoc {
    id: "empty-praise",
    category: Category::Insincere,
    severity: Severity::Warning,
    what: "Praise that rules out any growth (\"no need to change anything\").",
    why: "Telling someone there is nothing to improve withholds the challenge they need to grow; Radical Candor calls it ruinous empathy.",
    source: "Kim Scott, Radical Candor (ruinous empathy)",
    example: "You're doing great, no need to change anything.",
    instead: "Your incident write-ups are the clearest on the team. Next: want to run the next postmortem yourself?",
    known_false_positives: "Sign-off on a finished piece of work (\"no changes needed, merging\").",
};

pub static CONDESCENSION: RuleDoc = RuleDoc {
    id: "condescension",
    category: Category::Harsh,
    severity: Severity::Warning,
    what: "Contempt, condescension or dismissal (\"any idiot\", \"what were you thinking\", \"how hard is it\", \"get lost\", \"stop posting\", \"learn how git works\", \"wasting everyone's time\").",
    why: "Condescension tells the reader they are beneath the writer; studies of incivility in open-source discussion (Ferreira et al. 2021) find it drives people away. Ask, don't belittle.",
    source: "Ferreira et al., ICSME 2021; Kim Scott, Radical Candor (obnoxious aggression)",
    example: "What were you thinking? Any idiot knows to close the file.",
    instead: "The file handle isn't closed on the error path; a `with` block would cover it.",
    known_false_positives: "Self-directed (\"what was I thinking\", \"I wasted my time\") is not flagged; dismissals count only as the sentence's opening verb (\"the warning will go away\" is fine). A genuine \"are you even able to reproduce it?\" is flagged.",
};

pub static SARCASM: RuleDoc = RuleDoc {
    id: "sarcasm",
    category: Category::Harsh,
    severity: Severity::Warning,
    what: "Sarcasm and mockery (\"oh great\", \"thanks for nothing\", \"congrats on breaking the build\", \"good luck with that\").",
    why: "Sarcasm in writing loses the wink and keeps the sting; the reader has to guess what you mean. Say the problem plainly.",
    source: "Kim Scott, Radical Candor; Google Engineering Practices on courteous review comments",
    example: "Oh great, another failing build.",
    instead: "The build is failing again on `test_upload`; could you take a look before standup?",
    known_false_positives: "Sincere \"great\" after \"oh\" (\"oh great, that fixed it!\"). Praise next to a damage word is read as mockery unless the damage word is literal (\"thanks for breaking this into commits\").",
};

/// Heated patterns built from word classes rather than fixed phrases:
/// - mockery: praise aimed at damage ("congrats on breaking", "thanks for wasting", "nice job
///   ruining"): praise opener, then a harm gerund within four words;
/// - dismissal: "stop" + a gerund about how the reader takes part ("stop posting / arguing /
///   being …"), "learn to / learn how" opening a sentence, wasting other people's time;
/// - "stop being (so) lazy": a trait adjective after an imperative "stop being" is a label;
/// - a sarcastic vocative: ", genius." / ", einstein!" closing a sentence.
fn heat(cx: &Cx, out: &mut Vec<Finding>) {
    use crate::engine::lexicon::class;
    let d = cx.doc;
    let n = d.tokens.len();
    let same = |a: usize, b: usize| b < n && d.tokens[a].sentence == d.tokens[b].sentence;
    let opens = |i: usize| {
        let s = &d.sentences[d.tokens[i].sentence];
        (s.tokens.start..i).all(|k| {
            d.tokens[k].kind == TokenKind::Punct
                || matches!(
                    d.lower(k),
                    "just"
                        | "please"
                        | "so"
                        | "now"
                        | "and"
                        | "maybe"
                        | "then"
                        | "pls"
                        | "seriously"
                )
        })
    };
    for i in cx.tokens_with(class::HEAT) {
        let w = d.lower(i);
        match w {
            "stop" => {
                if !same(i, i + 1) || !opens(i) {
                    continue;
                }
                let g = d.lower(i + 1);
                if g == "being" {
                    // "stop being so lazy": a label, not a request.
                    let mut j = i + 2;
                    while same(i, j) && j < i + 5 && cx.is(j, class::INTENSIFIER) {
                        j += 1;
                    }
                    if same(i, j) && cx.is(j, class::TRAIT) {
                        out.push(quoted(cx, &super::personal_label::DOC, i, j + 1, "labels the person; describe what they did instead"));
                    }
                    continue;
                }
                if nag_gerund(g) {
                    out.push(quoted(cx, &CONDESCENSION, i, i + 2, "dismisses the reader instead of answering them"));
                }
            }
            "go" if opens(i)
                && matches!(d.lw(i + 1), "read" | "learn" | "google")
                && same(i, i + 1) =>
            {
                // "Go read the spec.": sending the reader off to study.
                out.push(quoted(cx, &CONDESCENSION, i, i + 2, "talks down to the reader"));
            }
            "keep" => {
                // "Keep your opinions to yourself."
                if opens(i) && d.lw(i + 1) == "your" {
                    let s = &d.sentences[d.tokens[i].sentence];
                    if let Some(y) = (i + 2..s.tokens.end).find(|&k| d.lower(k) == "yourself") {
                        out.push(quoted(cx, &CONDESCENSION, i, y + 1, "silences the reader"));
                    }
                }
            }
            "worst" => {
                // "the worst code I've ever seen": a superlative of contempt, not "worst case".
                let s = &d.sentences[d.tokens[i].sentence];
                if let Some(e) = (i + 1..s.tokens.end.min(i + 8)).find(|&k| d.lower(k) == "ever") {
                    out.push(quoted(cx, &CONDESCENSION, i, e + 1, "is contempt, not a review"));
                }
            }
            "get" | "go" | "buzz" => {
                // "Get lost.", "Go away": an order to leave, only as the sentence's opening verb
                // ("the warning will go away", "chars get lost here" are not).
                let leave = matches!(
                    (w, d.lw(i + 1)),
                    ("get", "lost") | ("go", "away") | ("buzz", "off")
                );
                if leave && opens(i) && !same(i, i + 2)
                    || leave && opens(i) && matches!(d.lw(i + 2), "." | "!" | "and" | "," | "!!")
                {
                    out.push(quoted(cx, &CONDESCENSION, i, i + 2, "dismisses the reader instead of answering them"));
                }
            }
            "learn" => {
                // "Learn how git works", "maybe learn to read": an imperative lesson.
                let next = d.lw(i + 1);
                let lesson = match next {
                    "how" | "what" => true,
                    "to" => matches!(
                        d.lw(i + 2),
                        "read"
                            | "code"
                            | "program"
                            | "use"
                            | "write"
                            | "search"
                            | "google"
                            | "spell"
                            | "test"
                            | "think"
                            | "listen"
                    ),
                    "the" | "some" => matches!(
                        d.lw(i + 2),
                        "basics" | "manners" | "language" | "fundamentals"
                    ),
                    _ => false,
                };
                if opens(i) && same(i, i + 1) && lesson {
                    out.push(quoted(cx, &CONDESCENSION, i, i + 2, "talks down to the reader"));
                }
            }
            "waste" | "wasting" | "wasted" => {
                // "wasting everyone's time", "waste my time": someone else's time, not a self-report.
                let who = d.lw(i + 1);
                if same(i, i + 2)
                    && matches!(
                        who,
                        "my" | "our"
                            | "everyone's"
                            | "everybody's"
                            | "people's"
                            | "reviewers'"
                            | "maintainers'"
                    )
                    && matches!(d.lower(i + 2), "time" | "breath")
                    && !(i > 0 && matches!(d.lower(i - 1), "i" | "i've" | "i'm" | "we" | "we've"))
                {
                    out.push(quoted(cx, &CONDESCENSION, i, i + 3, "tells the reader they are a burden"));
                }
            }
            _ => {
                // Praise opener aimed at damage: "congrats on breaking", "thanks for ruining".
                let mut j = i + 1;
                while same(i, j) && j <= i + 6 {
                    let g = d.lower(j);
                    if harm_gerund(g) {
                        // "thanks for breaking this down / into commits": literal, not mockery.
                        let literal = (j + 1..(j + 4).min(n)).any(|k| {
                            same(j, k)
                                && matches!(
                                    d.lower(k),
                                    "up" | "down"
                                        | "into"
                                        | "apart"
                                        | "out"
                                        | "change"
                                        | "changes"
                                        | "ties"
                                )
                        });
                        if literal {
                            break;
                        }
                        out.push(quoted(cx, &SARCASM, i, j + 1, "praises damage: it reads as mockery"));
                        break;
                    }
                    // "Congratulations, you've broken …": a comma only before "you".
                    let comma_you = g == "," && matches!(d.lw(j + 1), "you" | "you've");
                    if !comma_you
                        && !matches!(
                            g,
                            "on" | "for"
                                | "job"
                                | "work"
                                | "done"
                                | "at"
                                | "again"
                                | "so"
                                | "much"
                                | "you"
                                | "you've"
                                | "have"
                                | "just"
                                | "managed"
                                | "to"
                        )
                    {
                        break;
                    }
                    j += 1;
                }
            }
        }
    }
    // ", genius." — a sarcastic vocative at the end of a sentence.
    for i in cx.tokens_with(class::INSULT_WEAK) {
        let vocative = i > 0
            && d.lower(i - 1) == ","
            && (i + 1 >= n
                || !same(i, i + 1)
                || matches!(d.lower(i + 1), "." | "!" | "?" | "!!" | "?!" | "..."));
        if vocative
            && matches!(
                d.lower(i),
                "genius" | "einstein" | "sherlock" | "kid" | "clown" | "amateur" | "noob"
            )
        {
            out.push(cx.finding(
                &super::insult::NAME_CALLING,
                i,
                i + 1,
                format!("\"{}\" calls the reader a name", d.raw(i)),
            ));
        }
    }
}

/// How a reader takes part in a discussion: "stop posting", "stop arguing".
/// A finding of `doc` over tokens `a..b` whose message quotes them: "\"…\" <why>".
fn quoted(cx: &Cx, doc: &'static RuleDoc, a: usize, b: usize, why: &str) -> Finding {
    cx.finding(doc, a, b, format!("\"{}\" {why}", cx.quote(a, b)))
}

fn nag_gerund(w: &str) -> bool {
    matches!(
        w,
        "posting"
            | "spamming"
            | "whining"
            | "arguing"
            | "complaining"
            | "replying"
            | "trolling"
            | "bikeshedding"
            | "pinging"
            | "nagging"
            | "ranting"
            | "pestering"
            | "bumping"
            | "crying"
            | "lecturing"
            | "harassing"
            | "wasting"
            | "bitching"
            | "moaning"
            | "pretending"
            | "talking"
            | "commenting"
            | "preaching"
            | "derailing"
            | "hijacking"
    )
}

/// Damage words that make praise ironic: "congrats on breaking the build".
fn harm_gerund(w: &str) -> bool {
    matches!(
        w,
        "breaking"
            | "ruining"
            | "wasting"
            | "destroying"
            | "trashing"
            | "nuking"
            | "sabotaging"
            | "wrecking"
            | "screwing"
            | "messing"
            | "regressing"
            | "botching"
            | "derailing"
            | "broken"
            | "ruined"
            | "wasted"
            | "destroyed"
            | "trashed"
            | "nuked"
            | "botched"
            | "wrecked"
            | "sabotaged"
            | "break"
            | "ruin"
            | "destroy"
            | "wreck"
    )
}

pub fn check(cx: &Cx, out: &mut Vec<Finding>) {
    heat(cx, out);
    let d = cx.doc;
    // "Why did you … when it's obviously …?": "obviously"/"clearly" inside a question aimed at
    // the reader talks down to them.
    for i in cx.tokens_with(crate::engine::lexicon::class::SMUG) {
        let f = cx.facts_at(i);
        if f.question && f.person {
            out.push(cx.finding(
                &CONDESCENSION,
                i,
                i + 1,
                format!(
                    "\"{}\" in a question to the reader talks down to them",
                    d.raw(i)
                ),
            ));
        }
    }
    let mut last_end = 0usize;
    let mut last_rule = "";
    let mut softener_at = vec![false; d.tokens.len()];
    for m in cx.tagged(Tag::Softener) {
        softener_at[m.start] = true;
    }
    for m in &cx.matches {
        let rule: &'static RuleDoc = match m.entry.tag {
            Tag::Weasel => {
                if cx.mode == Mode::CodeReview {
                    continue;
                }
                // "you may want to", "we might": a suggestion, not an unowned claim.
                if m.start > 0
                    && matches!(
                        d.lower(m.start - 1),
                        "you" | "we" | "i" | "they" | "it" | "this"
                    )
                    && matches!(d.lower(m.start), "may" | "might" | "could")
                {
                    continue;
                }
                let raw = d.raw(m.start);
                let prev = if m.start > 0 {
                    d.lower(m.start - 1)
                } else {
                    ""
                };
                // "May 2006", "in May": the month. "the most", "at most": a superlative, not a hedge.
                let mid_sentence =
                    m.start > 0 && d.tokens[m.start - 1].sentence == d.tokens[m.start].sentence;
                let before_number = d
                    .tokens
                    .get(m.start + 1)
                    .is_some_and(|t| t.kind == crate::engine::text::TokenKind::Number);
                if raw == "May" && (mid_sentence || before_number) {
                    continue;
                }
                if d.lower(m.start) == "most"
                    && matches!(prev, "the" | "at" | "its" | "their" | "his" | "her")
                {
                    continue;
                }
                // "Smith believes", "she believes": the claim has a named owner.
                if d.lower(m.start) == "believes"
                    && m.start > 0
                    && mid_sentence
                    && (matches!(prev, "he" | "she")
                        || d.tokens[m.start - 1].capitalized && !d.tokens[m.start - 1].caps)
                {
                    continue;
                }
                // Softeners already flagged ("maybe", "perhaps") are not repeated as weasels.
                if softener_at[m.start] {
                    continue;
                }
                &WEASEL
            }
            Tag::Backhanded => &BACKHANDED,
            Tag::EmptyPraise => {
                // "no need to change the API" is a technical note; empty praise is said to a person.
                if !cx.facts_at(m.start).person
                    && !matches!(
                        d.lower(m.end - 1),
                        "anything"
                            | "thing"
                            | "improve"
                            | "on"
                            | "perfect"
                            | "always"
                            | "notes"
                            | "complaints"
                            | "add"
                            | "doing"
                    )
                {
                    continue;
                }
                &EMPTY_PRAISE
            }
            Tag::Contempt => {
                // "am I really pathetic here", "too lazy to RTFM": the writer mocking themselves.
                let sent = d.tokens[m.start].sentence;
                let self_talk = (m.start.saturating_sub(4)..m.start).any(|k| {
                    d.tokens[k].sentence == sent
                        && matches!(d.lower(k), "i" | "i'm" | "im" | "me" | "my" | "myself")
                });
                if self_talk && m.end - m.start == 1 {
                    continue;
                }
                &CONDESCENSION
            }
            Tag::Sarcasm => {
                // "oh great, that worked!": sincere when followed by thanks or a fix.
                if cx.facts_at(m.start).thanks_or_fix && !m.entry.phrase.starts_with("thank") {
                    continue;
                }
                &SARCASM
            }
            _ => continue,
        };
        if m.start < last_end && last_rule == rule.id {
            continue;
        }
        last_end = m.end;
        last_rule = rule.id;
        let q = cx.quote(m.start, m.end);
        let message = match rule.id {
            "weasel-words" => format!("\"{q}\": whose claim is it, and how sure are you?"),
            "backhanded" => format!("\"{q}\" signals the opposite of what it says"),
            "empty-praise" => format!("\"{q}\" leaves no room to grow"),
            "condescension" => format!("\"{q}\" talks down to the reader"),
            _ => format!("\"{q}\" reads as sarcasm"),
        };
        out.push(cx.finding(rule, m.start, m.end, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::analyze;

    fn rules(text: &str) -> Vec<&'static str> {
        analyze(text).findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn each_table_fires() {
        assert!(
            rules("It is believed that the migration possibly failed.").contains(&"weasel-words")
        );
        assert!(rules("No offense, but the doc is late.").contains(&"backhanded"));
        assert!(rules("You're doing great, no need to change anything.").contains(&"empty-praise"));
        assert!(rules("What were you thinking?").contains(&"condescension"));
        assert!(
            rules("Why did you add a cache when it obviously can't help?")
                .contains(&"condescension")
        );
        assert!(!rules("Obviously we need tests before merging.").contains(&"condescension"));
        assert!(rules("Oh great, another broken build.").contains(&"sarcasm"));
    }

    #[test]
    fn heated_patterns_fire() {
        assert!(rules("Get lost.").contains(&"condescension"));
        assert!(rules("Please stop spamming the tracker.").contains(&"condescension"));
        assert!(rules("Maybe learn how rebasing works first.").contains(&"condescension"));
        assert!(rules("You're wasting everyone's time here.").contains(&"condescension"));
        assert!(rules("Are you even reading the thread?").contains(&"condescension"));
        assert!(rules("I couldn't care less about that platform.").contains(&"condescension"));
        assert!(rules("Congrats on breaking the nightly again.").contains(&"sarcasm"));
        assert!(rules("Nice job ruining the release.").contains(&"sarcasm"));
        assert!(rules("Good luck with that.").contains(&"sarcasm"));
        assert!(
            rules("Congratulations, you've broken every downstream build.").contains(&"sarcasm")
        );
        assert!(rules("Great job, you managed to break the installer.").contains(&"sarcasm"));
        assert!(rules("Keep your opinions to yourself.").contains(&"condescension"));
        assert!(rules("This is the worst parser I have ever seen.").contains(&"condescension"));
        assert!(rules("Go read the spec.").contains(&"condescension"));
        assert!(rules("Sure, ship it, genius.").contains(&"name-calling"));
        assert!(rules("Stop being so lazy about tests.").contains(&"personal-label"));
    }

    #[test]
    fn heated_near_misses_do_not_fire() {
        let harsh = |t: &str| {
            rules(t).iter().any(|r| {
                matches!(
                    *r,
                    "condescension" | "sarcasm" | "name-calling" | "personal-label"
                )
            })
        };
        assert!(!harsh("The warning should go away after the rebase."));
        assert!(!harsh("Some chars get lost in the conversion."));
        assert!(!harsh("Stop the worker before the migration runs."));
        assert!(!harsh("Stop using the global config here; pass it in."));
        assert!(!harsh("Learn more about the API in the docs."));
        assert!(!harsh("I wasted my time on the wrong branch, sorry."));
        assert!(!harsh("Thanks for breaking this into smaller commits."));
        assert!(!harsh("Nice, breaking the loop early saves a pass."));
        assert!(!harsh("Well, breaking changes need a major version bump."));
        assert!(!harsh("Good luck with the release tomorrow!"));
        assert!(!harsh("The genius of this design is the cache."));
        assert!(!harsh("Congrats on shipping the release!"));
        assert!(!harsh("Great, you've fixed the downstream build."));
        assert!(!harsh("In the worst case the loop runs n times."));
        assert!(!harsh("Keep your branch rebased on main."));
        assert!(!harsh("Go ahead and merge."));
    }

    #[test]
    fn near_misses_do_not_fire() {
        assert!(!rules("You may want to rename this.").contains(&"weasel-words"));
        assert!(!rules("Smith believes the bridge was finished in 1820.").contains(&"weasel-words"));
        assert!(
            rules("It is widely held and many believe the bridge was older.")
                .contains(&"weasel-words")
        );
        assert!(!rules("The offense was logged in the incident report.").contains(&"backhanded"));
        assert!(
            !rules("No need to change the API; the bug is in the client.")
                .contains(&"empty-praise")
        );
        assert!(!rules("Oh great, that fixed it, thanks!").contains(&"sarcasm"));
        assert!(!rules("I was thinking about the cache.").contains(&"condescension"));
    }
}
