//! `vague-praise`: praise that doesn't say what was good. The same words next to a concrete
//! anchor (a number, code, a named meeting, a quote, an observable action) are not vague.
use crate::engine::context::Cx;
use crate::engine::vocab::words::List;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::sentence::{writer_names_someone, Who};
use crate::engine::suggest;
use crate::engine::vocab::class;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::VaguePraise,
        category: Category::Vague,
        severity: Severity::Warning,
        what: "Praise that doesn't say what was good (\"great work\", \"keep it up\").",
        why: "Generic praise feels nice but teaches nothing: the person can't tell what to repeat. Correll & Simard (HBR 2016) found vague feedback in reviews holds people back; Radical Candor asks praise to be as specific as criticism.",
        source: "Correll & Simard, \"Research: Vague Feedback Is Holding Women Back\", HBR 2016; Kim Scott, Radical Candor",
        example: "Great work, keep it up!",
        instead: "The rollback plan you wrote for Tuesday's release let us recover in five minutes. Thank you.",
        known_false_positives: "Short thank-you notes where the context is obvious to both people.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: 2.0,
        challenge: -8.0,
        label: "praise without content",
    },
    suggest: Some(suggest::praise::vague),
    review_label: Some("praise"),
};

/// Praise that names nothing. With a concrete anchor nearby it is not vague.
pub const PHRASES: &str = "\
good job|great job|nice job|awesome job|great work|good work|nice work|excellent work|\
awesome work|amazing work|solid work|fantastic work|well done|keep it up|keep up the good work|\
keep up the great work|doing great|doing well|doing a great job|doing a good job|doing fine|\
work is fine|work is good|work is great|good stuff|great stuff|nice stuff|you're great|you rock|\
you're a rockstar|great effort|good effort|great team player|valuable member of the team|\
asset to the team|great attitude|good attitude";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    phrases(cx, out);
    sentences(cx, out);
}

/// The stock phrases ("great work", "keep it up") without an anchor nearby.
fn phrases(cx: &Cx, out: &mut Vec<Finding>) {
    // One finding per sentence: "good work, keep it up!" is one idea with one rewrite.
    let mut last = usize::MAX;
    for m in cx.matches_of(RuleId::VaguePraise) {
        // "He has a great work ethic": the phrase sits inside a trait label (trait-praise).
        let si = cx.doc.tokens[m.start].sentence;
        let v = cx.views[si];
        let in_label = v.label.is_some_and(|l| l.start <= m.start && m.end <= l.end);
        // "I do not believe he is an asset to the team": the sentence denies the praise.
        // "He hasn't shown us great work so far": a sentence that only criticises praises no one.
        let denied = v.criticism && !v.praise;
        if si == last
            || in_label
            || denied
            || cx.negated(m.start, 2)
            || cx.anchored(m.start, true)
            || cx.evidence_follows(m.start)
            || super::sarcasm::mock_praise_end(cx, m.start).is_some()
            // ("Thanks a lot for breaking it again, great job": the whole sentence mocks.)
            || cx.doc.sentences[si].tokens.clone().any(|k| super::sarcasm::mock_praise_end(cx, k).is_some())
            || si > 0 && super::sarcasm::praise_after_complaint(cx, si)
            || development(cx, si)
            || asked_whether(cx, m.start)
        {
            continue;
        }
        // "great work on the migration": an object names what was good.
        let next = cx.doc.lw(m.end);
        if crate::engine::vocab::words::List("on|with|in|during|for").contains(&next) && cx.doc.is_word(m.end + 1) {
            let obj = cx.doc.lw(m.end + 2);
            if !crate::engine::vocab::words::List("|it|this|that|everything|things|stuff|project|work").contains(&obj) {
                continue;
            }
        }
        last = si;
        out.push(cx.quoted(&RULE, m.start, m.end, "doesn't say what was good"));
    }
}

/// "Works great on Plex", "It worked fine on my phone": a report that a thing works, which
/// judges no one's work (a subject that is a person, "He works well with others", does).
fn reports_working(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let mut k = d.sentences[si].tokens.start;
    if List("it|this|that|everything").contains(&d.lower(k)) {
        k += 1;
    }
    List("works|worked|working").contains(&d.lower(k))
        && List("great|well|fine|perfectly|nicely|flawlessly|beautifully").contains(&d.lw(k + 1))
}

/// "It would benefit the team to put her on a plan": a step the writer proposes, whose
/// benefit is the point, not praise of anyone. So is advice: "it's probably best to wait", "better to ask first".
fn proposes_step(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    let k = toks.start;
    let advice = toks.clone().any(|j| {
        // ("She is better if given a clear brief" still praises: "to" only; the cheap test
        // first, as this runs on every word.)
        d.lw(j + 1) == "to"
            && crate::engine::sentence::advice_at(d, j)
            && List("it's|probably|maybe|perhaps|is|be").contains(&d.lw(j.wrapping_sub(1)))
    });
    advice
        || matches!((d.lower(k), d.lw(k + 1)), ("it", "would" | "might" | "could") | ("it'd", _))
            && toks.clone().take(7).any(|j| List("benefit|help").contains(&d.lower(j)))
            && toks.clone().take(10).any(|j| d.lower(j) == "to")
}

/// "… keeps asking whether her work is good enough": praise inside a question someone asks, a
/// doubt rather than a verdict (within four words after "whether").
fn asked_whether(cx: &Cx, k: usize) -> bool {
    (k.saturating_sub(4)..k).any(|j| cx.doc.lower(j) == "whether" && cx.same_sentence(j, k))
}

/// A short exclamation ("Great work!", "Thanks, Sam!") that an example in the next sentence
/// explains: at most this many tokens. A longer sentence says what it praises itself, and is
/// judged on its own, as a reader would.
const SHORT: usize = 6;

/// A sentence that praises a person or their work and names nothing concrete ("Dana is a
/// dependable engineer.", "She does excellent work."): not in code review or a thread about
/// software, where a short "nice!" on a line is context enough and "good point" or "would work
/// well here" discusses the code (the stock phrases, "great work", are still flagged there).
fn sentences(cx: &Cx, out: &mut Vec<Finding>) {
    if cx.code_thread() {
        return;
    }
    let d = cx.doc;
    let flagged = cx.sentences_flagged(out, RuleId::VaguePraise);
    for (si, v) in cx.views.iter().enumerate() {
        // "Great work! Your rollback plan saved us two hours.": the example follows.
        let first = d.sentences[si].tokens.start;
        let example_follows = first < d.tokens.len() && cx.evidence_follows(first);
        // A label ("He is a great communicator.") is not excused by whatever comes next.
        let labelled = v.label.is_some_and(|l| l.positive);
        let short = d.sentences[si].tokens.len() <= SHORT;
        let explained = !labelled && !v.criticism && short;
        let next_specific = example_follows
            || explained && cx.views.get(si + 1).is_some_and(|n| n.specific)
            || si > 0 && cx.views[si - 1].specific && d.sentences[si].tokens.len() <= 4;
        if !v.praise
            || v.specific
            || next_specific
            || v.request
            || cx.facts[si].because
            || gratitude_only(cx, si) && !labelled
            || v.who == Who::Other
                && v.named.is_none()
                && !cx.mentions_he_she(si)
                && no_one_praised(cx, si)
            || development(cx, si)
            || v.who == Who::Writer && own_manner(cx, si)
            || si > 0 && super::sarcasm::praise_after_complaint(cx, si)
            || courtesy(cx, si)
            || crate::engine::sentence::writer_plans(cx.doc, si)
            || reports_working(cx, si)
            || proposes_step(cx, si)
        {
            continue;
        }
        let already = flagged[si];
        // Praise that opens a criticism to the reader ("excellent skills, but …") is the care in
        // Radical Candor, not the problem; a writer's sentence counts only when about someone.
        let softens = v.criticism
            && match v.who {
                Who::Reader => true,
                // "Nice idea, but the loop skips a row" softens; "Not only is she capable, but
                // …" judges a person.
                Who::Other => v.named.is_none() && !cx.mentions_he_she(si),
                // "I'm grateful for your effort, but …" in a thread that reviews no
                // one: the writer's concession before the point.
                Who::Writer => !cx.names_someone(),
                Who::Person => false,
            };
        // In a draft about software, "the downloads were fine" reports the state of a thing
        // ("great work on the release" still praises someone's work, and in a review of him or
        // her, "the release was great" praises theirs).
        let thing = v.who == Who::Other
            && (cx.tech() || cx.talk() || crate::engine::text::replies(d.text))
            && v.named.is_none()
            && !cx.mentions_he_she(si)
            && !cx.views.iter().any(|v| v.who == Who::Person)
            && !cx
                .matches_of(RuleId::VaguePraise)
                .any(|m| d.tokens[m.start].sentence == si)
            && !cx.sentence_has(si, crate::engine::sentence::word::READER);
        let about_someone = v.who != Who::Writer && !thing || writer_names_someone(cx, si);
        if already || softens || !about_someone {
            continue;
        }
        let message = "Praise without an example: what did they do, and what did it change?";
        let (a, b) = cx.sentence_core(si);
        out.push(cx.finding(&RULE, a, b, message.to_string()));
    }
}

/// "Thanks,", "Applied, thanks.", "Thank you so much!": a bare thanks, the sentence's only
/// evaluative word, thanking for nothing named. A sign-off or an acknowledgement is not an
/// evaluation of anyone's work; "Thank you for your extra effort" is, and stays vague praise.
fn gratitude_only(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let thanks = |k: usize| matches!(d.lower(k), "thanks" | "thank" | "thx" | "appreciate");
    let evaluative = |k: usize| cx.flags[k] & (class::POSITIVE | class::NEGATIVE) != 0;
    // "Thanks for the update", "thank you for your quick reply": an acknowledgement of a
    // message, not praise of work ("thanks for your hard work" is).
    let acknowledged = |k: usize| {
        let mut j = k + 1;
        while crate::engine::vocab::words::List("the|your|this|a|quick|fast|prompt|kind|nice|warm|lovely|generous").contains(&d.lw(j)) {
            j += 1;
        }
        crate::engine::vocab::words::List(
            "reply|response|update|report|reporting|answer|info|information|feedback|input|explanation|suggestion|heads-up|clarification|link|pointer|review|looking|checking|help|patience|time|comment|comments|opinion|tip|hint|submission|patch|participation|understanding|cooperation|words|wishes|welcome|compliment|compliments|message|note|encouragement",
        )
        .contains(&d.lw(j))
            || REMARKS.contains(&d.lw(j))
            // "Thanks for catching that": the act thanked for is named.
            || j == k + 1 && d.lw(j).ends_with("ing")
    };
    let mut r = d.sentences[si].tokens.clone();
    // "Thanks everyone for the patches": a closing to a crowd, not praise of one person.
    let crowd = |k: usize| List("all|everyone|everybody|folks").contains(&d.lw(k));
    if r.clone().any(|k| thanks(k) && (crowd(k + 1) || d.lw(k + 1) == "you" && crowd(k + 2))) {
        return true;
    }
    r.clone().any(thanks)
        && r.all(|k| {
            let thanked_for = matches!(d.lw(k.wrapping_sub(1)), "for" | "your");
            // "Good catch, thanks!": the remark welcomed, then the thanks.
            let remark = REMARKS.contains(&d.lw(k + 1));
            // "thanks for your kind note": a kindness thanked for, not an evaluation.
            let social = List("words|wishes|welcome|compliment|compliments|message|note").contains(&d.lw(k + 1));
            // "Perfect, thanks so much": a cheer that opens the thanks.
            let cheer = d.lw(k + 1) == "," && thanks(k + 2);
            (!evaluative(k) || thanks(k) || thanked_for || remark || social || cheer)
                && (d.lower(k) != "for" || acknowledged(k))
        })
}

/// "Apart from this, thank you for an excellent tool!", "Thanks for contributing.": in a
/// thread about software that reviews no one, thanks are a courtesy to the project, not an
/// evaluation to back with an example (a review's "thank you for your hard work" is one).
fn courtesy(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    // ("This ticket was automatically locked …": a bot's notice is a thread too.)
    let bot = || (0..d.tokens.len()).any(|k| matches!(d.lower(k), "automatically" | "automated"));
    let thread = cx.tech() || crate::engine::text::replies(d.text) || bot();
    // "Thank you @ada for running the wiki": a thank-you in a thread, however much of the
    // thread is about her.
    let s = &d.sentences[si];
    let at = || d.text[s.start..s.end].contains('@');
    thread
        && (at() || !cx.views.iter().any(|v| v.who == Who::Person) && !cx.mentions_he_she(si))
        && d.sentences[si]
            .tokens
            .clone()
            .any(|k| List("thank|thanks|appreciated|grateful|respect").contains(&d.lower(k)))
}

/// A sentence about no one whose praise is not an evaluation of anyone's work: it waits on a
/// condition ("if you'd like to help, …"), welcomes what someone said ("good catch", "fantastic
/// idea", "that's the best option"), or weighs options ("less logic is better", "fine by me").
fn no_one_praised(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    let conditional = || {
        r.clone().any(|k| match d.lower(k) {
            "if" => !matches!(d.lw(k.wrapping_sub(1)), "even" | "as"),
            "would" => d.lw(k + 1) != "like",
            _ => false,
        })
    };
    // "Amazing, bravo!", "Nice!": an exclamation that names nothing replies to what it follows.
    let exclaims = || {
        let mut words = r.clone().filter(|&k| d.is_word(k));
        words.clone().count() <= 3
            && words.all(|k| cx.flags[k] & class::POSITIVE != 0 || EXCLAIM.contains(&d.lower(k)))
    };
    let positive = r.clone().filter(|&k| cx.flags[k] & class::POSITIVE != 0);
    let weighs = |k: usize| {
        // "more efficient than the old one": a comparison, not praise.
        List("better|easier|simpler|fine|ok|okay|free|ideal|ideally|preferable|correct")
            .contains(&d.lower(k))
            || REMARKS.contains(&d.lw(k + 1))
            || d.lw(k.wrapping_sub(1)) == "more"
            // "Sounds useful", "sounds great to me": a reaction to a proposal.
            || matches!(d.lw(k.wrapping_sub(1)), "sounds" | "sound" | "sounded")
    };
    conditional() || exclaims() || positive.clone().next().is_some() && positive.clone().all(weighs)
}

const EXCLAIM: List = List("wow|oh|ah|yes|yeah|yep|yay|bravo|gotcha|ok|okay|well|so|very|really|just|absolutely|pretty|quite|simply|too|sounds|looks");

/// What a reply welcomes: the other person's remark, not their work.
const REMARKS: List = List("idea|ideas|point|catch|spot|tip|question|suggestion|option|choice|call|thought|find|opinion|proposal|approach");

/// "I have only tried to help, respectfully and openly": the writer's own conduct, whose only
/// praise words are adverbs of how they acted; it praises no one's work.
fn own_manner(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let mut praise = d.sentences[si]
        .tokens
        .clone()
        .filter(|&k| cx.flags[k] & class::POSITIVE != 0)
        .peekable();
    // "early", "timely", "friendly" end in -ly but say what, not how.
    let manner = |w: &str| w.ends_with("ly") && !List("early|timely|friendly|lovely|only").contains(&w);
    praise.peek().is_some() && praise.all(|k| manner(d.lower(k)))
}

/// "He would benefit from more practice with estimates": a development suggestion, not praise
/// ("benefit" is a positive word, but what is praised is something he does not do yet); so is
/// an obligation before any praise ("they need to ship what they promised"), or an ask ("we
/// would like him to build on his strengths").
fn development(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    // "Most teams just need to deliver what they promised": an obligation, met or not.
    // ("He has to be one of our best" and "she must have worked hard" are sure, not obliged.)
    let obliged = |k: usize| {
        let verb = |j: usize| !matches!(d.lw(j), "be" | "have");
        List("need|needs|have|has|ought").contains(&d.lower(k))
            && d.lw(k + 1) == "to"
            && (k == 0 || d.lower(k - 1) != "no")
            && verb(k + 2)
            || d.lower(k) == "must" && verb(k + 1)
    };
    let tokens = d.sentences[si].tokens.clone();
    let positive = |k: usize| cx.flags[k] & class::POSITIVE != 0;
    // So is a wish before any praise ("I hope she does great work next year"), and advice ("I'd
    // suggest she has a good talk with her lead").
    let advice = |k: usize| {
        matches!(d.lower(k), "suggest" | "recommend" | "advise")
            && List("she|he|they|that|you").contains(&d.lw(k + 1))
            && List("i|i'd|we|we'd|would").contains(&d.lw(k.wrapping_sub(1)))
    };
    let wish = |k: usize| obliged(k) || matches!(d.lower(k), "hope" | "hoping") || advice(k);
    if let Some(o) = tokens.clone().find(|&k| wish(k)) {
        if !tokens.clone().take_while(|&k| k < o).any(positive) {
            return true;
        }
    }
    d.sentences[si].tokens.clone().any(|k| {
        matches!(d.lower(k), "benefit" | "benefits")
            && matches!(d.lw(k + 1), "from" | "greatly")
            && (k.saturating_sub(2)..k).any(|j| {
                crate::engine::vocab::words::List("would|could|might|may|will|can|should|'d")
                    .contains(&d.lower(j))
            })
            // "We would like him to build on his strengths": an ask, not praise.
            || matches!(d.lower(k), "like" | "want")
                && matches!(d.lw(k + 1), "him" | "her" | "them" | "you")
                && d.lw(k + 2) == "to"
    })
}

/// A section title on a line of its own ("Strengths:", "Areas for improvement:", "## Strengths"):
/// it announces what follows and judges no one itself.
pub(crate) fn heading(cx: &Cx, si: usize) -> bool {
    let text = cx.doc.text.as_bytes();
    let at = cx.doc.sentences[si].start;
    // A title is a few words: only the next 50 bytes are read, so a long line costs nothing.
    let rest = &text[at..text.len().min(at + 50)];
    let end = rest.iter().position(|&c| c == b'\n');
    let Some(end) = end.or((at + 50 >= text.len()).then_some(rest.len())) else {
        return false;
    };
    let mut line = &rest[..end];
    while let [head @ .., b'\r' | b' ' | b'\t' | b'*'] = line {
        line = head;
    }
    let line_start = text[..at]
        .iter()
        .rev()
        .take_while(|&&c| c != b'\n')
        .all(u8::is_ascii_whitespace);
    // One colon: "Sounds useful :thumbsup:" ends on an emoji, not a title.
    let colons = line.iter().filter(|&&c| c == b':').count();
    line_start && (line.last() == Some(&b':') && colons == 1 || line.first() == Some(&b'#'))
}

crate::rule_tests! {
    rule: VaguePraise,
    fires: [
        // A slip denied is praise.
        "She never puts a foot wrong with clients.",
        "I have never seen him make a mistake on a payroll run.",
        "She always finds the right words.",
        // An endorsement, not a next step.
        "Tomas works hard. I warmly recommend him to any team.",
        // A review's thanks evaluate the person's year.
        "Thank you for your hard work this year, Dana.",
        // What would have gone wrong but for someone credits them.
        "If it wasn't for her, the launch would have slipped.",
        "I can't say enough good things about Imani.",
        // Being open to feedback is praise, with nothing seen.
        "Mara is always open to feedback from the design team.",
        // The writer's gladness about someone praises them ("happy to have her").
        "We are really happy to have Ines on the data team.",
        // Praise first, a hope after it: the praise stands.
        "Ana is a delight on every project, and I hope the new hires learn from her.",
        "He led the migration to the new queue. The release was great and the deploy was smooth.",
        "Thank you for your extra effort this year.",
        "Great work, keep it up!",
        "You're doing great.",
        "Dana works great in Sales and everyone likes her.",
        "She works well under pressure.",
        "She responds well to feedback and gets along with everyone.",
        "He always exceeds expectations.",
        "She has a lot of potential.",
        "He shows real promise in this role.",
        "She has the ability to solve any problem thrown at her.",
        "She is always giving her all.",
        "I have been really pleased with the updates I get from her.",
        "He should be proud of the work he did.",
        "He handles every task without complaint and his reports have few errors.",
        "Sam is nothing less than an exemplary employee.",
        "Has the ability to handle any challenge.",
        "Sam is always giving 110%.",
        "I applaud her as an example to others.",
        "He can pull people together easily.",
        "He has proven his worth to the team many times.",
        "It would be a shame to lose him.",
        "I want to do everything I can to keep Sam on our team.",
        "She doesn't make many mistakes.",
        "Alina has no trouble finishing the tasks given to her.",
        "He generally performs well and requires little extra guidance.",
        "Dennis is a team player, always ready to help when needed.",
        "She regularly helps colleagues while taking initiative on her projects.",
        "Overall a solid worker, but she rarely speaks up.",
        "I can't wait to see where her career goes.",
        "His output is consistently high.",
        "She does not struggle with her workload.",
        "He shows tremendous qualities.",
        "She must have put a lot into it; it was great work.",
    ],
    quiet: [
        // "weak at" denies the good habit after it.
        "Lina is weak at meeting deadlines.",
        // A cheer that opens a thank-you is the courtesy, not an evaluation.
        "Perfect, thanks so much for the reply.",
        // A good thing "not yet" shown is not praise.
        "Mia has not yet shown the strong ownership we need.",
        // Stress on a denial praises nothing.
        "That design is definitely not 'webscale'.",
        // Doubt reaches the praise after "do not see … as"; a demand for more is no praise.
        "I don't see Omar as a good fit here.",
        "He could show more initiative.",
        // A cheer that mocks the fault after it.
        "Great, now the login page is broken too.",
        "Wonderful, now every page is broken on mobile.",
        // A lukewarm grant before a criticism.
        "While his code is acceptable, he ignores review comments.",
        // Mock thanks for damage: the praise after it mocks too.
        "Thanks a lot for breaking the build again, great job.",
        // A step the writer weighs.
        "Giving him more ownership would help with his motivation.",
        "Possibly making sure she knows she is valued would help her performance.",
        // Good words in the subject only; the predicate judges it.
        "The efficiency and accuracy of her reports stayed poor all year.",
        // A talent the writer plans to grow is no fixed gift praised.
        "Our plan is to nurture her talent with a stretch project.",
        "We want to develop his talents in design.",
        // The writer's wish or offer praises no past work.
        "I would love to see him take on more ownership next year.",
        "We are happy to support you in any way we can.",
        // Recommending that someone goes is no endorsement.
        "Honestly I would recommend letting him go.",
        // The problem with someone is no praise of her.
        "The issue is getting her to finish the reports on time.",
        // A thank-you to someone in a thread that goes on about her.
        "Thank you @lena for looking after the docs site for years. She has patiently answered our questions.",
        // The writer's hope for what they offer.
        "Hopefully this is useful to the team.",
        // Contentment with one's own lot praises no one.
        "He is happy with his current role and skills.",
        // A good thing yet to be found, and good work on a condition: no praise of today.
        "A new project might spark his ambition.",
        "If Rina finds the right focus, she may do well.",
        // A bot's notice thanks by rote.
        "This ticket was automatically locked after 30 days without comments. Thank you for your excellent input.",
        // Advice, not praise.
        "Lena joined in May. I'd suggest she has a good talk with her manager about her goals.",
        // "would do well to": advice, not praise.
        "Lena joined in May. She would do well to ask for help sooner.",
        // "better off": advice, not praise.
        "Omar joined in May. He would be better off asking for help sooner.",
        // Thanks in a thread about software: a courtesy to the project.
        "The new flag adds a pile of noise to the build logs. I don't follow the reasoning. Apart from this, thank you for an excellent tool all these years!",
        "Thanks for all your work on the parser regardless, I know this is unpaid time.",
        // A wish for more is a next step, and the good alternative to what someone is, not praise.
        "I'd love to see Riley aim for bigger and better goals.",
        "Lena is a spectator rather than a leader. She rarely speaks up.",
        "One thing Maya struggles with is being inventive and original.",
        // The good thing is what is being harmed: a complaint.
        "This outage seriously hurts our team's productivity!",
        // A recommended course of action endorses no one.
        "I'd recommend that Omar takes a month of leave before the next cycle.",
        // An offer the writer makes praises no one.
        "I'd be glad to walk you through the release checklist.",
        "I am always happy to pair on the parser if you get stuck.",
        // A trouble with a good thing is no praise of it.
        "He has real confidence issues when he presents to clients.",
        "It is possible the new encoder could have strong results on longer inputs.",
        "Nice find, thank you!",
        "She hasn't turned in great work this quarter.",
        "It'd be nice to keep the old flag as an alias for a release.",
        "Dana struggles to perform above average in audits.",
        "Although, I am certain Omar can do much better.",
        "This spring Mia showed decreased enthusiasm for her tickets.",
        "However, she hesitates to share her plans quickly.",
        // In a thread, the writer's concession before the point.
        "I'm grateful for your help, but nothing has moved in weeks.",
        // An imperative asks for the quality; it praises no one.
        "Be kind and patient with new contributors.",
        // A wish for work to come praises nothing done yet.
        "She has yet to prove herself, but I hope she will do great work next year.",
        // "yet to" denies what follows: no praise.
        "Ms. Ortiz has yet to file her expenses on time.",
        "Your attitude stinks.",
        "A flag for it sounds useful.",
        "Heads up, this overlaps the migration I have in progress.",
        "I doubt he is ready.",
        "He rarely helps his teammates.",
        // A capacity not yet used is no praise.
        "Her reports are so-so, though the potential is there to write much better ones.",
        // A wish for what is not so criticises what is.
        "If he were more focused, he would be a superb analyst.",
        "I wish he were a little more patient with new starters.",
        // A question someone asks themselves is no verdict.
        "He keeps asking whether his drafts are good enough to share.",
        "Because of his low self-esteem he often asks me whether his work is good enough.",
        // A warning that asks for a step.
        "You better support your colleagues instead and show some respect.",
        // A step the writer proposes, or advice.
        "It would benefit the team to put her on a formal plan to see if she improves.",
        "Until the fix ships, it's probably best to wait.",
        // A thing that works.
        "Works great on Plex, would be awesome to have it in Jellyfin too.",
        // "should work on his …" asks for a change.
        "Tariq should work on his attitude.",
        // A writer who judges no one praises a thing, not someone's work.
        "I agree. The way the importer handles it is great.",
        "I upgraded on Monday. Superb response times from the bot here too.",
        "That is how old tablets behave. The tablet kinda sucks for that and our job is a lot harder than say the Kindle (and most definitely the laptop)",
        "He struggles to apply his knowledge quickly and to seek out new opportunities.",
        "You are welcome to open a pull request for it.",
        "Hopefully the next release stops the crash.",
        "Good luck with the move.",
        "Lately he has shown less drive in planning.",
        "We would like him to build on his strengths to become a better lead.",
        "She might want to take on more ownership of the roadmap.",
        "Aisha could maybe be a bit more proactive in planning.",
        "It's honestly garbage.",
        "Calm down.",
        "I firmly recommend we dismiss him at once.",
        "One area of opportunity for her is the weekly planning call.",
        "He is encouraged to speak up more in meetings.",
        "It works for me with no errors.",
        "The plugin works great on Linux, so try that first.",
        "It runs perfectly in Firefox 120.",
        "The old installer still runs on Windows 7. It works great there.",
        "The build passes fine here without errors.",
        "Most teams only need to ship what they promised on the date they gave.",
        "I have only tried to work with you on this bug, respectfully and openly.",
        "The downloads were fine on the other network, so the proxy is not the problem.",

        "Good idea, I'll put something together!\n\nThe `retry()` helper in `io.rs` should move too.",
        "You gain the benefits of composition: the dependencies are easy to see. Also `Site::name()` stays simple.",
        "I feel it is in our best interest to move him to another team.",
        "I do not believe that he is an asset to the team.",
        "Best wishes, Andreas",
        "All the best.",
        "Thanks for the quick update!",
        "It is some kind of compressed download.",
        "Lena is very pleased with the new rota and says she feels better about her job.",
        "Her drafts show little talent for structure.",
        "Omar is still settling into the tasks at hand, and there is room for improvement in his estimates.",
        "However, Omar does not show motivation or positivity in standups.",
        "The lock is taken twice in the error path.\n\nThanks,\nDana",
        "Applied, thanks.",
        // A next step recommended for her; a product named after "in".
        "To get there, I recommend her to host two follow-up sessions and to build up her professional network.",
        "Mirela has found each report made in Excel tough this quarter.",
        "Thanks so much, Marisol, for your kind note. How was the trip?",
        "Honestly, this is amateur hour.",
        "Oh great, the nightly failed again.",
        "Frankly, I have not read the patch yet.",
        "The lock is taken twice.\n\nSincerely,\nDana",
        "He would benefit from more practice with estimates.",
        "Strengths:\nShe cut the build time to four minutes.",
        "## Strengths\nShe cut the build time to four minutes.",
        "He is usually late and leaves early.",
        "She has limited potential in this role.",
        "I promise he will send the notes.",
        "He lacks the ability to plan ahead.",
        "Nice idea, but this is wrong.",
        "I am confident she can improve her planning.",
        "He did not respond well to the outage.",
        "The build works as well as the old one.",
        "Great work on the `retry` loop: p99 latency dropped from 900 ms to 200 ms.",
        "Great work! Your rollback plan on Tuesday saved us 2 hours.",
        "If you want this sooner, you can help by opening a pull request with the fix.",
        "Fantastic idea.",
        "Amazing, bravo!",
        "This would make the tests far more useful.",
        "Yes, that would be the best option.",
        "Shorter functions are easier to test.",
        "Fine by me to leave it the way it is.",
        // A chance or an aim is no evaluation.
        "That change merits a line in the changelog.",
        "There is an opportunity to cache the parsed header.",
        "The point of the index is to optimize for reads.",
        "A friend of mine runs the same setup on a laptop.",
        "The mirror in the United States syncs every hour.",
        "She wants to ensure every release has notes.",
        "Readers might be interested to learn the page moved.",
        "This is super slow on Windows.",
        "The type satisfies the trait bound.",
        "Thanks for spotting that.",
        "Ah, thanks for the catch!",
        "Closing this as done. Thanks everyone for the patches.",
        "Gotcha - perfect!",
        "Many thanks for your help, I really appreciate it!",
        "Cool catch! Sounds sweet!",
        "The new recipe is meant to be more efficient than the old one.",
    ],
}




#[cfg(test)]
mod one_per_sentence {
    use crate::engine::{analyze, rules::RuleId};

    #[test]
    fn two_empty_phrases_in_one_sentence_are_one_finding() {
        let a = analyze("Great work, keep it up! Nice job on the demo.");
        let n = |r| a.findings.iter().filter(|f| f.rule == r).count();
        assert_eq!(n(RuleId::VaguePraise), 2, "{:?}", a.findings);
    }
}
