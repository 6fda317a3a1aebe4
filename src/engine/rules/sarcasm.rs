//! `sarcasm`: sarcasm and mockery ("oh great", "thanks for nothing", "congrats on breaking the
//! build", "good luck with that"), mock praise ("how thoughtful", "very mature", "wow, another
//! …"), mock love ("gotta love how …"), thanks no one gave ("You're welcome."), mocking
//! capitals ("tHaNkS") and a clown emoji.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::vocab::{class, Match};
use crate::engine::vocab::words::List;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Sarcasm,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "Sarcasm and mockery (\"oh great\", \"thanks for nothing\", \"how thoughtful\", scare quotes: your \"fix\", 🤡).",
        why: "Sarcasm in writing loses the wink and keeps the sting; the reader has to guess what you mean. Say the problem plainly.",
        source: "Kim Scott, Radical Candor; Google Engineering Practices on courteous review comments",
        example: "Oh great, another failing build.",
        instead: "The build is failing again on `test_upload`; could you take a look before standup?",
        known_false_positives: "A sincere \"oh great, that fixed it!\". Praise is left alone beside a literal damage word (\"thanks for breaking this into commits\"), thanks or a reported fix.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -12.0,
        challenge: 8.0,
        label: "sarcasm",
    },
    suggest: Some(suggest::harsh::suggest),
    review_label: Some("issue (blocking)"),
};

pub const PHRASES: &str = "\
yeah right|yeah , right|thanks for nothing|thanks , for nothing|thank you for nothing|\
thank you , for nothing|good luck with that|oh great|oh , great|oh wonderful|\
oh , wonderful|oh joy|great , just great|just great|what a surprise|surprise , surprise|\
big surprise|color me surprised|colour me surprised|slow clap|genius idea|brilliant idea|\
nice going|real mature|how original|how nice of you|congratulations , you|sure , because|\
what a concept|yeah sure|worked so well|that went well|well done , genius|\
nice job breaking|great job breaking|well , duh|duh|who would have thought|who knew|i'm shocked|\
how thoughtful|how considerate|how convenient|how very helpful|very mature|real professional|\
that's mature|how mature|wow , another|wow , yet another|great , yet another|\
perfect , yet another|awesome , yet another|wonderful , yet another|fantastic , yet another|oh look , another|oh look , yet another|\
good luck with whatever|you really know how to|you definitely know how to|you sure know how to|\
you certainly know how to|have fun|it's not like you're|it's not like you are|\
gotta love|got to love|don't you just love|dont you just love|you're welcome|you are welcome|youre welcome";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    mockery(cx, out);
    for si in 1..cx.doc.sentences.len() {
        if praise_after_complaint(cx, si) {
            let r = cx.doc.sentences[si].tokens.clone();
            out.push(cx.quoted(&RULE, r.start, r.end, "praise right after a complaint reads as sarcasm"));
        }
    }
    contempt_emoji(cx, out);
    scare_quotes(cx, out);
    mock_case(cx, out);
    let keep = |m: &Match| mocks(cx, m);
    let message = |q: &str| format!("\"{q}\" reads as sarcasm");
    cx.phrase_findings(&RULE, keep, message, out);
}

/// "Your docs are wrong and I lost a day to them. Great job.": a bare compliment as the whole
/// sentence right after one that only complains, in the same paragraph, mocks. (A fix in
/// between, "…, but you fixed it. Great job.", makes the complaint praise too.)
pub(crate) fn praise_after_complaint(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    // Asked of every sentence: the cheap tests first.
    if d.sentences[si].tokens.len() > 5 {
        return false;
    }
    let complaint = cx.views[si - 1].criticism && !cx.views[si - 1].praise;
    let prev = &d.sentences[si - 1];
    // "Wow, another update that breaks the theme. Great job.": after mockery too.
    let mocked = || {
        cx.matches_of(RuleId::Sarcasm)
            .any(|m| prev.tokens.contains(&m.start) && mocks(cx, m))
    };
    let opener = d.sentences[si].tokens.start;
    if !complaint && !List("great|good|nice|well|bravo|kudos|congrats|congratulations").contains(&d.lw(opener)) {
        return false;
    }
    let mut words: Vec<&str> = d.sentences[si].tokens.clone().filter(|&k| d.is_word(k)).map(|k| d.lower(k)).collect();
    // ("Good job, team.": the address goes.)
    if words.last().is_some_and(|w| List("team|guys|folks|everyone|everybody|all").contains(w)) {
        words.pop();
    }
    let bare = List("great job|good job|nice job|great work|nice work|good work|well done|thanks a lot|bravo|kudos|congrats|congratulations|brilliant|awesome|fantastic|perfect|amazing|impressive")
        .contains(&words.join(" ").as_str());
    let same_paragraph = !d.text[prev.end..d.sentences[si].start].contains("\n\n");
    bare && same_paragraph && (complaint || mocked())
}

/// Does the sarcasm phrase `m` mock? "oh great, that worked!" is sincere when the sentence
/// thanks or reports a fix. The sentence layer asks it too: mockery praises no one.
pub(crate) fn mocks(cx: &Cx, m: &Match) -> bool {

        // "Have fun arguing forever": joy wished in a chore ("have fun at the conference" is
        // sincere).
        if cx.doc.lower(m.start) == "have" {
            let g = cx.doc.lw(m.end);
            let chore = g.len() > 4 && g.ends_with("ing") && cx.same_sentence(m.start, m.end);
            return chore && !cx.facts_at(m.start).thanks_or_fix;
        }
        // "Gotta love how every update resets my settings": love of a state of affairs.
        if cx.doc.lower(m.end - 1) == "love" && !matches!(cx.doc.lower(m.start), "don't" | "dont") {
            return List("how|when|that|it").contains(&cx.doc.lw(m.end));
        }
        // "Here's the patch that fixes it. You're welcome.": thanks no one gave.
        if cx.doc.lower(m.end - 1) == "welcome" {
            return unthanked(cx, m.start, m.end);
        }
        // "Your script is a brilliant idea!": praise of a named thing is sincere.
        if matches!(cx.doc.lower(m.start), "brilliant" | "genius")
            && cx.doc.lw(m.start.wrapping_sub(1)) == "a"
            && crate::engine::vocab::words::List("is|was|'s|sounds|seems")
                .contains(&cx.doc.lw(m.start.wrapping_sub(2)))
        {
            return false;
        }
        !cx.facts_at(m.start).thanks_or_fix || cx.doc.lower(m.start).starts_with("thank")
}

/// Praise aimed at damage: "congrats on breaking", "thanks for ruining", "nice job wasting": a
/// praise opener, then a harm word within a few words ("Congratulations, you've broken …").
fn mockery(cx: &Cx, out: &mut Vec<Finding>) {
    for i in cx.tokens_with(class::HEAT) {
        // ("Oh great, you broke …": the phrase "oh great" has it already.)
        let phrased = || cx.matches_of(RuleId::Sarcasm).any(|m| (m.start..m.end).contains(&i));
        if let Some(end) = mock_praise_end(cx, i).filter(|_| !phrased()) {
            let start = if cx.doc.lower(i) == "go" { i - 2 } else { i };
            out.push(cx.quoted(&RULE, start, end, "praises damage: it reads as mockery"));
        }
    }
}

/// The end of the mock praise that opens at token `i` ("Great job breaking", "thanks for
/// ruining"), if `i` opens one. The sentence layer reads it too: mock praise praises no one.
pub(crate) fn mock_praise_end(cx: &Cx, i: usize) -> Option<usize> {
    let d = cx.doc;
    let n = d.tokens.len();
    // "Way to go, you broke …": the one "go" that praises.
    let way_to_go = i > 1 && d.lower(i) == "go" && d.lower(i - 1) == "to" && d.lower(i - 2) == "way";
    if !cx.is(i, class::HEAT)
        || !way_to_go && crate::engine::vocab::words::List(
            "stop|get|go|buzz|learn|keep|worst|waste|wasting|wasted|times|twice|time|come|read|calm|chill",
        )
        .contains(&d.lower(i))
    {
        return None;
    }
    let mut j = i + 1;
    while cx.same_sentence(i, j) && j <= i + 6 {
        let g = d.lower(j);
        if harm_gerund(g) {
            // "thanks for breaking this down / into commits": literal, not mockery.
            let literal = (j + 1..(j + 4).min(n)).any(|k| {
                cx.same_sentence(j, k)
                    && crate::engine::vocab::words::List("up|down|into|apart|out|change|changes|ties")
                        .contains(&d.lower(k))
            });
            return (!literal).then_some(j + 1);
        }
        // "Congratulations, you've broken …": a comma only before "you".
        let comma_you = g == "," && matches!(d.lw(j + 1), "you" | "you've");
        let filler = crate::engine::vocab::words::List(
            "on|for|job|work|done|at|again|so|much|you|you've|have|just|managed|to|a|lot",
        );
        if !comma_you && !filler.contains(&g) {
            return None;
        }
        j += 1;
    }
    None
}

/// A clown aimed at the thread (🤡): mockery in one character. (An eye-roll is as often aimed at
/// oneself or a tool, and is left alone.)
fn contempt_emoji(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for (emoji, why) in [("🤡", "a clown reads as mockery")] {
        for (at, _) in d.text.match_indices(emoji) {
            let k = d.tokens.partition_point(|t| t.start < at);
            if d.tokens.get(k).is_some_and(|t| t.start == at) {
                out.push(cx.finding(&RULE, k, k + 1, why.to_string()));
            }
        }
    }
}

/// Scare quotes on someone's work or claim: 'your "fix"', 'his "improvements"', 'their
/// "expert" advice'.
fn scare_quotes(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    if !d.text.contains(['"', '“']) {
        return;
    }
    let list = crate::engine::vocab::words::List;
    for i in 1..d.tokens.len().saturating_sub(2) {
        let quoted = matches!(d.lower(i), "\"" | "“")
            && matches!(d.lower(i + 2), "\"" | "”")
            && list("your|his|her|their").contains(&d.lower(i - 1))
            && list("fix|fixes|solution|improvement|improvements|feature|expert|help|support|docs|workaround|refactor|cleanup|answer|review|design|work|good|correct|better|simple|easy")
                .contains(&d.lower(i + 1));
        if quoted {
            out.push(cx.quoted(&RULE, i, i + 3, "scare quotes mock the work"));
        }
    }
}

/// "You're welcome" as a sentence of its own after something the writer did, in a message that
/// thanks no one and was thanked for nothing ("Thanks! — You're welcome." is sincere; so is a
/// reply of "You're welcome!" alone).
fn unthanked(cx: &Cx, i: usize, end: usize) -> bool {
    let d = cx.doc;
    let si = d.tokens[i].sentence;
    let alone = cx.opens_sentence(i) && (!cx.same_sentence(i, end) || List(".|!").contains(&d.lw(end)));
    let grateful = |w: &str| w.contains("thank") || List("thx|ty|glad|happy|appreciate|appreciated|help|helps|helped|pleasure").contains(&w);
    alone && si > 0 && !(0..d.tokens.len()).any(|k| grateful(d.lower(k)))
}

/// "I tHoUgHt iT wAs ObViOuS": alternating capitals mock the words they repeat. Three such words
/// in a sentence, or all its words (at least two); a camelCase name or two among plain words is
/// not it.
fn mock_case(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    // Asked of every text: most have no such word at all.
    let any = d.tokens.iter().any(|t| t.ident && mock_cased(&d.text[t.start..t.end]));
    if !any {
        return;
    }
    for s in &d.sentences {
        let (mut first, mut last, mut n, mut words) = (0, 0, 0, 0);
        for k in s.tokens.clone() {
            words += usize::from(d.is_word(k));
            if d.tokens[k].ident && mock_cased(d.raw(k)) {
                first = if n == 0 { k } else { first };
                (last, n) = (k, n + 1);
            }
        }
        if n >= 3 || n >= 2 && n == words {
            out.push(cx.quoted(&RULE, first, last + 1, "mocking capitals read as sarcasm"));
        }
    }
}

/// Does the word's case flip between at least three in four pairs of neighbouring letters, in
/// five letters or more ("tHoUgHt" yes; "iPhone", "GeForce", "McDonald", "iRow" no)?
pub(crate) fn mock_cased(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let flips = b
        .windows(2)
        .filter(|p| p[0].is_ascii_uppercase() != p[1].is_ascii_uppercase())
        .count();
    flips * 4 >= (b.len() - 1) * 3
}

/// Damage words that make praise ironic: "congrats on breaking the build".
pub(crate) fn harm_gerund(w: &str) -> bool {
    crate::engine::vocab::words::List("breaking|ruining|wasting|destroying|trashing|nuking|sabotaging|wrecking|screwing|messing|regressing|botching|derailing|broke|broken|ruined|wasted|destroyed|trashed|nuked|botched|wrecked|sabotaged|break|ruin|destroy|wreck").contains(&w)
}


crate::rule_tests! {
    rule: Sarcasm,
    fires: [
        "I lost a whole day to this and your docs are wrong. Great job.",
        "Wow, yet another release that drops my settings. Well done.",
        "The installer is broken again and nobody tested it. Well done.",
        "Oh great, another broken build.",
        "Great job breaking the build.",
        "Thanks a lot for breaking the build again, great job.",
        "The export fails on every run and nobody checked it. Good job, team.",
        "Well, thanks for nothing.",
        "Thank you, for nothing.",
        "Congrats on breaking the nightly again.",
        "Great, you broke the nightly again.",
        "Way to go, you broke the installer.",
        "Nice job ruining the release.",
        "Good luck with that.",
        "Congratulations, you've broken every downstream build.",
        "Great job, you managed to break the installer.",
        "Wow, another breaking change, how thoughtful.",
        "Great, yet another regression in the parser.",
        "Sure, merge it without tests 🤡",
        "Locking the thread instead of answering. Very mature.",
        "I'm out. Good luck with whatever this project is now.",
        "Fine, have fun maintaining your fork.",
        "You really know how to welcome new contributors.",
        "It's not like you're paying for it.",
        "Your \"fix\" broke the build again.",
        "So this is their “improvement” to the installer?",
        "Gotta love how every minor release renames the config keys.",
        "Don't you just love it when the mirror goes down mid-upload?",
        "I pushed the patch that fixes your crash. You're welcome.",
        "I tHoUgHt ThE rEaDmE wAs ClEaR eNoUgH.",
        "hOnEsTlY, aCtUaLlY.",
    ],
    quiet: [
        "The build was red all morning, but you fixed it before lunch. Great job.",
        "The build broke again.\n\nGreat job on the docs, by the way.",
        "The release shipped on time. Great job.",
        "Oh great, that fixed it, thanks!",
        "Your retry script is a brilliant idea!",
        "Thanks for breaking this into smaller commits.",
        "Nice, breaking the loop early saves a pass.",
        "Well, breaking changes need a major version bump.",
        "Good luck with the release tomorrow!",
        "Congrats on shipping the release!",
        "Great, you've fixed the downstream build.",
        "How thoughtful of you to add the migration guide, thanks!",
        "Wow, another contributor fixed it already, thank you!",
        "Great, yet another contributor fixed it, thanks!",
        "The build takes two minutes 🙂",
        "Have fun at the conference!",
        "He called it \"fix\" in the changelog.",
        "Gotta love the new dark theme!",
        "Thanks for the quick review! You're welcome to ping me on the follow-up too.",
        "Thanks a lot for the patch. You're welcome.",
        "You're welcome!",
        "Call isNaN before getElementById, then check the iPhone build.",
        "for (iRow = 0; iRow < nRows; ++iRow) total += pCells[iRow];",
    ],
}
