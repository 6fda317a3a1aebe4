//! `missing-sbi`: critical feedback that lacks a situation, a behavior, an impact or a next step.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, Mode, RuleDoc, Severity};
use crate::engine::scoring::Scores;
use crate::engine::sentence::{object_of_preposition, word, Who};
use crate::engine::vocab::class;
use crate::engine::vocab::words::List;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::MissingSbi,
        category: Category::Structure,
        severity: Severity::Note,
        what: "Criticism of someone missing a situation, a behavior, an impact or a next step; not a question, the writer owning a slip, a remark on code that names no one, or a sentence another card already asks an example of.",
        why: "Situation-Behavior-Impact keeps criticism about one observable moment and why it mattered, and a next step makes it actionable; without them the reader has to guess.",
        source: "Situation-Behavior-Impact, Center for Creative Leadership; Michael Bungay Stanier, The Coaching Habit",
        example: "Your updates are too long.",
        instead: "In Friday's update (situation) you covered every ticket for 20 minutes (behavior); two people left before the decisions (impact). Could we try a three-line summary first (next step)?",
        known_false_positives: "Short code-review notes, where the line is the situation: in a code thread it asks only for a next step.",
    },
    phrases: "",
    check: Check::Draft(check),
    effect: Effect::NONE,
    suggest: Some(suggest::structure::missing_sbi),
    review_label: Some("suggestion (non-blocking)"),
};

fn check(cx: &Cx, scores: &Scores, out: &mut Vec<Finding>) {
    let sbi = crate::engine::scoring::placeholder_parts(cx, scores.sbi);
    let Some(si) = scores.critical_sentence else {
        return;
    };
    if cx.mode == Mode::Praise || !feedback_on_someone(cx, si, out) || covered(cx, si, out) {
        return;
    }
    let mut missing = Vec::new();
    // A code comment's situation is the line it sits on: ask for a next step only.
    if cx.code_thread() {
        if !sbi.next_step {
            missing.push("a next step");
        }
    } else {
        if !sbi.situation {
            missing.push("the situation (when/where)");
        }
        if !sbi.behavior {
            missing.push("the behavior you saw");
        }
        if !sbi.impact {
            missing.push("the impact");
        }
        if !sbi.next_step {
            missing.push("a next step");
        }
    }
    if missing.is_empty() {
        return;
    }
    let s = &cx.doc.sentences[si];
    // A quoted line is someone else's words (`text::others_words`), as for the sentence rules.
    if crate::engine::text::within(&crate::engine::text::others_words(cx.doc.text), s.start) {
        return;
    }
    out.push(cx.finding(
        &RULE,
        s.tokens.start,
        s.tokens.end,
        format!("Critical feedback without {}", missing.join(", ")),
    ));
}

/// Is critical sentence `si` feedback on what someone did, which SBI structures? Not the
/// writer owning a slip ("Sloppy slip on my part"), not a question ("How about this ugly
/// hack?"), and not a remark on the code or a tool in a draft that names no one ("This cast is
/// redundant"). In a thread about software, only a sentence to the reader that is judged vague
/// or personal is asked for more: "you are missing a `$` here, so the check never passes"
/// already says what and why. Elsewhere the writer's own view ("I agree with Maya that …")
/// is asked only when judged so; the reader and a third person always are.
fn feedback_on_someone(cx: &Cx, si: usize, out: &[Finding]) -> bool {
    let (d, v) = (cx.doc, cx.views[si]);
    let s = &d.sentences[si];
    // "I would not give Dana another demo", "Needs constant reminders.": the reviewed person.
    let reviewed = super::vague_criticism::about_someone(cx, si);
    let loose = !cx.views.iter().any(|v| v.who == Who::Person);
    // "broken on Windows": in a draft that judges no one, a name after "on" is a platform, and
    // only a name that opens a clause is someone ("Kohen is terrible.", "Oh great, Sam …").
    let named = v.who == Who::Other
        && v.named.is_some_and(|k| {
            !object_of_preposition(d, k, loose)
                && (!loose || k == s.tokens.start || List(",|;|:").contains(&d.raw(k - 1)))
        });
    let reader = v.who == Who::Reader || cx.sentence_has(si, word::READER);
    let third = v.who == Who::Person && !super::vague_criticism::group(cx, si)
        || v.who == Who::Other && (reviewed || !loose || cx.facts[si].person)
        || cx.sentence_has(si, word::HE_SHE)
        || named;
    // A label or trait word ("Your fix is lazy") or a vague or personal finding.
    let judged = v.label.is_some()
        || s.tokens.clone().any(|k| cx.is(k, class::TRAIT))
        || out.iter().any(|f| {
            (s.start..s.end).contains(&f.start)
                && matches!(f.category, Category::Vague | Category::Personality)
        });
    let asked = if cx.mode == Mode::CodeReview {
        true
    } else if cx.tech() || crate::engine::text::replies(d.text) {
        judged && reader
    } else {
        judged || third || reader
    };
    // In a thread that reviews no one, abuse comes first: its card rewrites the sentence, and
    // an SBI frame after an insult would keep it. A review keeps its note.
    let abuse = |f: &Finding| {
        (s.start..s.end).contains(&f.start)
            && matches!(
                f.rule,
                RuleId::Insult
                    | RuleId::NameCalling
                    | RuleId::Profanity
                    | RuleId::DerogatoryWord
                    | RuleId::Condescension
                    | RuleId::Sarcasm
            )
    };
    let harsh = !cx.names_someone() && out.iter().any(abuse);
    // "I'd rather you didn't ping me, as I don't want the emails": a request with its
    // reason says what happens and why.
    let reasoned_request = v.request
        && (cx.facts[si].because
            || s.tokens.clone().any(|k| d.lower(k) == "as" && List("i|we").contains(&d.lw(k + 1))));
    // "…, maybe you could help us": the writer asks for help, not for a change.
    let asks_help = v.request
        && s.tokens.clone().any(|k| d.lower(k) == "help" && List("me|us").contains(&d.lw(k + 1)));
    !cx.facts[si].question
        && !harsh
        && !reasoned_request
        && !asks_help
        && (s.tokens.start >= cx.doc.tokens.len() || !cx.evidence_follows(s.tokens.start))
        && !agrees(cx, si)
        && !cx.introduces(si)
        && !super::vague_criticism::wishes(cx, si)
        && !offers(cx, si)
        && !names_code(cx, si)
        && (reviewed || third || reader)
        && asked
        && !banter(cx, si)
        && !((v.who == Who::Writer || v.who != Who::Person && !reviewed) && writers_account(cx, si))
}

/// A vague or personal card on the sentence already asks for its example and next step: a
/// second card would add the same block after it.
fn covered(cx: &Cx, si: usize, out: &[Finding]) -> bool {
    let s = &cx.doc.sentences[si];
    out.iter().any(|f| {
        (s.start..s.end).contains(&f.start)
            && matches!(f.category, Category::Vague | Category::Personality)
    })
}

/// "Like you said, …", "As you suggested, …": the writer agrees with the reader.
/// "We could add a line to the docs if you like": the writer offers a change, which is the
/// next step itself ("I could not follow it" is no offer).
fn offers(cx: &Cx, si: usize) -> bool {
    let (d, k) = (cx.doc, cx.doc.sentences[si].tokens.start);
    List("i|we").contains(&d.lower(k))
        && List("could|can|will|might|may").contains(&d.lw(k + 1))
        && !List("not|never").contains(&d.lw(k + 2))
        || crate::engine::sentence::writer_proposes(cx.doc, si)
        // "Let me close this for now": the writer's own step ("let me know", "let me be clear",
        // "let me remind you" ask or judge).
        || d.lower(k) == "let"
            && d.lw(k + 1) == "me"
            && !List("know|be|say|tell|remind|point|repeat|explain|ask|guess").contains(&d.lw(k + 2))
}

fn agrees(cx: &Cx, si: usize) -> bool {
    let (d, k) = (cx.doc, cx.doc.sentences[si].tokens.start);
    // "Yeah, it's clunky, but we may as well keep it": a reply that concedes, to no one's fault.
    let conceded = List("yeah|yep|yup|yes|agreed|true").contains(&d.lw(k))
        && !cx.sentence_has(si, word::READER);
    conceded
        || matches!(d.lw(k), "like" | "as")
        && d.lw(k + 1) == "you"
        && List("said|suggested|mentioned|noted|say").contains(&d.lw(k + 2))
}

/// "for the client build you need `FooClient`, not `FooServer`": an instruction that names the code it is
/// about says what to do and where.
fn names_code(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let toks = d.sentences[si].tokens.clone();
    toks.clone()
        .any(|k| List("need|needs|should|must").contains(&d.lower(k)))
        // ("Ms.Butler" is a name typed without its space.)
        && toks.into_iter().any(|k| {
            d.tokens[k].kind == crate::engine::text::TokenKind::Code
                || d.tokens[k].ident && !d.raw(k).contains('.')
        })
}

/// "Your editor hates you ;)", "i'm too big a coward to +2 the rest :-)": a wink or a laugh in
/// the sentence or right after it makes it a joke, not criticism to structure.
fn banter(cx: &Cx, si: usize) -> bool {
    let d = cx.doc;
    let s = &d.sentences[si];
    let end = (s.tokens.end + 3).min(d.tokens.len());
    let laugh = (s.tokens.start..end).any(|k| {
        List("lol|haha|hehe|heh|lmao|rofl|xd|😉|😄|😀|🙂|😅|😜|😛")
            .contains(&d.lower(k))
    });
    let face = (s.tokens.start..end.saturating_sub(1)).any(|k| {
        let t = &d.tokens;
        matches!(d.lower(k), ";" | ":")
            && t[k + 1].start == t[k].end
            && (List(")|p|d").contains(&d.lower(k + 1))
                || d.lower(k + 1) == "-" && List(")|p|d").contains(&d.lw(k + 2)))
    });
    laugh || face
}

/// "I am too lazy to RTFM", "no, but I wasn't planning on removing any": the writer's own
/// account of what they did or are, which asks nothing of anyone. Not an opinion of someone
/// ("I think you …"), an ask ("I need you to …"), or a sentence with someone else in it ("I
/// would not give Dana another demo").
pub(super) fn writers_account(cx: &Cx, si: usize) -> bool {
    use crate::engine::vocab::words::{List, OPINION_VERBS};
    let d = cx.doc;
    let r = d.sentences[si].tokens.clone();
    // "Will change, this part is a mess": the author's promise, with its "I" left out.
    let promise = crate::engine::sentence::elided_will(d, r.start);
    let me = promise
        || r.clone()
            .any(|k| List("i|i'm|im|i've|i'd|i'll|my|myself").contains(&d.lower(k)));
    // "I think …", "I don't like the name": a view of something else ("I thought it was
    // enough" tells how the writer decided).
    let opinion = r.clone().take(5).any(|k| {
        OPINION_VERBS.contains(&d.lower(k)) && !List("thought|felt").contains(&d.lower(k))
            || List("like|love|hate|prefer|dislike|mind|enjoy|appreciate").contains(&d.lower(k))
    });
    let asks = r.clone().any(|k| {
        List("need|want|expect|ask|asking|encourage|urge").contains(&d.lower(k))
            && d.lw(k + 2) == "to"
    });
    // A name, not a shouted acronym ("too lazy to RTFM").
    let someone = cx.views[si].named.is_some_and(|k| !d.tokens[k].caps)
        || cx.sentence_has(si, word::HE_SHE)
        || cx.sentence_has(si, word::READER);
    me && !opinion && !asks && !someone
}

crate::rule_tests! {
    rule: MissingSbi,
    fires: [
        "He not only missed the deadline but also blamed the team for it.",
        "Your updates are too long.",
        "You missed the deadline again.",
        "Your slides had typos.",
    ],
    quiet: [
        "Omar takes a systematic approach to solving problems.",
        // "Not only …, but …" adds praise to praise: no problem named.
        "Not only is Maya quick, but she is also careful with the details.",
        // The writer asks for help, not for a change.
        "I do not see a neat fix, maybe you could help me there.",
        // The writer agrees to go ahead: nothing to structure.
        "Maybe so, I just want the leak gone and your plan was messy but if it keeps the team happy, yes let's use yours.",
        // The writer's own step.
        "Let me close this to prove to you that we do read every issue.",
        // Praise of finding the answer: no criticism to back with an impact and a next step.
        "She always finds the right words.",
        // The writer's own check, in the next sentence, is the example.
        "Ines's expense summaries often have wrong totals. On three occasions I checked them against the ledger and found gaps.",
        "As part of his onboarding, let's pair him with Ana on the audits, since his audits were sloppy.",
        "He needs to improve his communication:\n1. he missed two standups\n2. he left the design thread open",
        // The writer offers the change: the next step itself.
        "We could add a line to the docs that the old cache flags are useless, if you like.",
        // A vague or personal card on the sentence asks for the example already.
        "Willing to help. Needs constant reminders about deadlines.",
        "I would not give Dana another customer demo.",
        "She's just not a systems person.",
        // The writer agrees with the reader.
        "Like you said, the stub just hides the problem.",
        // An instruction that names its code says what to do and where.
        "If this is for the client only, then you need to call FooClient, and not FooServer.",
        // A reply argues with a post; it reviews no one's work.
        "@dana I checked again and your header still has problems.",
        "Rosa guided her peers through a painful reorg.",
        "He helped the team through a painful migration.",
        "You are missing a `$` here, so this check is never true.",
        "You idiot, you broke the build again.",
        "I mostly agree with Maya that this flag is pointless.",
        "You might want to use unicode(exc) in case the lazy translation is off.",
        "He will be a great success on this team for years.",
        "We no longer patch it, so you can remove that.\n\nSee `eutils` in the build file.",
        "Repo is terrible at handling the manifest in this build.",
        "They never fix anything, and the maintainers ignore every bug report about the build.",
        "They cannot afford a lawsuit over the old logo.",
        "Thanks for the careful review of the cache PR, it caught a bug before release.",
        "Thanks for the release notes on Friday, they were clear.",
        "You're a born leader.",
        "The cache PR has a bug.",
        "Sloppy slip on my part, sorry.",
        "Priya never misses a handoff.",
        "The report had no errors this quarter.",
        "How about this ugly hack?",
        "Your editor hates you ;)",
        "You and your darn facts haha",
        "My sed-fu is weak and I am too lazy to RTFM.",
        "no, but if you split it out i'd happily approve that one, whereas i'm too big a coward to approve the rest :-)",
        "Sorry didn't notice this last time, such useless wrappers should go.",
        "In Friday's standup you spoke for 20 minutes, so two people missed their next meeting. Could you keep it to five minutes next time?",
        // A request with its reason.
        "I'd rather you didn't tag me in every thread, as I get too many emails.",
    ],
    mode Mode::CodeReview => {
        fires: [],
        quiet: [
            // A reply that concedes the point and says what we will do.
            "Yep, the naming is kinda crappy because those steps exist only for Jenkins; we might as well label them.",
            "This loop is wrong; use `iter()` instead.",
            // A step offered with "you can" is the next step.
            "Both of these helpers are pointless now, you can just remove them.",
            // A question about the code asks its author to check it: the next step.
            "Here you drop the handle from both maps, but you never close it. Is that safe if the worker already exited?",
        ]
    },
}
