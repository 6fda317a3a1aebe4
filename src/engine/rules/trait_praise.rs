//! `trait-praise`: praise of who someone is ("Dana is a dependable engineer", "Lee is a real
//! team player", "She has a great attitude") rather than of what they did.
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::TraitPraise,
        category: Category::Personality,
        severity: Severity::Warning,
        what: "Praise of who someone is (\"a dependable engineer\", \"a real team player\", \"a great attitude\") instead of what they did.",
        why: "A trait is a verdict the person can't repeat or build on, and reviews lean on personality far more for some people than others (Snyder, Fortune 2014; Correll & Simard, HBR 2016). Praise what they did and its effect.",
        source: "Correll & Simard, \"Research: Vague Feedback Is Holding Women Back\", HBR 2016; Carol Dweck, Mindset (2006)",
        example: "Dana is a dependable engineer.",
        instead: "Dana took the Friday on-call swap twice this quarter, so the release went out on time.",
        known_false_positives: "A job title or role (\"Dana is our lead engineer\") with a positive word before it.",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect {
        care: 1.0,
        challenge: -6.0,
        label: "praises a trait",
    },
    suggest: Some(suggest::praise::vague),
    review_label: Some("praise"),
};

/// A positive description of who someone else is (the sentence layer's `label`).
fn check(cx: &Cx, out: &mut Vec<Finding>) {
    for v in &cx.views {
        // ("He is polite but not much else": faint praise, read as criticism.)
        // ("The aim is to keep her energy up": a goal set, not a trait praised.)
        let faint = |l: &crate::engine::sentence::Label| {
            let si = cx.doc.tokens[l.start].sentence;
            crate::engine::sentence::faint(cx, si)
                || crate::engine::sentence::goal_set(cx.doc, cx.doc.sentences[si].tokens.start)
                || crate::engine::sentence::gerund_plan(cx.doc, si, cx.doc.sentences[si].tokens.start)
        };
        if let Some(l) = v.label.filter(|l| l.positive && !faint(l)) {
            // "Lee is a real team player. For example, in March Lee …": backed by behavior.
            if cx.evidence_follows(l.start)
                || cx.phrase_overlaps(RuleId::FixedMindset, l.start, l.end + 1)
            {
                continue;
            }
            let why = "praises who they are; name what they did and what it changed";
            out.push(cx.quoted(&RULE, l.start, l.end, why));
        }
    }
}

crate::rule_tests! {
    rule: TraitPraise,
    fires: [
        "Dana is a dependable engineer.",
        "Lee is a real team player.",
        "She has a great attitude.",
        "He is an asset to the company.",
        "Kim is one of the sharpest people we have.",
        "He has a great work ethic.",
        "Kate is a rising performer on our team.",
        "Ben is a go-getter.",
        "Rui is a rock-solid member of the team.",
        "She is very detail oriented.",
        "She has shown a real willingness to learn.",
        "Her can-do attitude lifts the whole team.",
        "Otherwise, a great worker.",
        "Kim is very smart and a valuable member of the team.",
        "Overall, the employee is a solid performer.",
        "She is very engaged and organized.",
        "She would be a great team lead.",
        "Ana proved to be a valuable member of the support rota.",
        "When needed, she is a reliable teammate.",
    ],
    quiet: [
        "Omar is capable of far more than he delivers.",
        // A comparison with a fault says the fault.
        "They're only slightly better than useless now.",
        // A step the writer weighs, for the disposition.
        "Giving him more ownership would help with his motivation.",
        // The disposition is the topic of a problem.
        "He has confidence issues when presenting to the board.",
        // A talent the writer plans to grow is no fixed gift praised.
        "Our plan is to nurture her talent with a stretch project.",
        // Contentment with one's own lot is no trait.
        "Rina is happy with where her skills are today.",
        // A disposition yet to be kindled is not one she shows.
        "Mentoring might spark her ambition.",
        // A participle before its noun is no name.
        "Lena joined in May. Continued mentoring would be good for her growth.",
        // "better off": advice, not praise.
        "Omar joined in May. He would be better off asking for help sooner.",
        "Tariq should work on his attitude.",
        // A demand to raise a trait is no praise of it.
        "Sami needs to increase her motivation on the data work.",
        "And is the encoder model frozen while you fine-tune?",
        "Your attitude needs work.",
        "I wish she were a little more patient with new hires.",
        // Doubting the trait is no praise of it.
        "Her dedication is doubtful at times.",
        "Theo is an underachiever on the support desk.",
        "Omar could also work on his attitude.",
        "And to be honest, I expected the upgrade to take longer.",
        "His attitude toward the support team is petty.",
        "Her attitude in code reviews is toxic.",
        "I don't understand your dismissive attitude.",
        "The app is fine for most users, and your attitude is so bad.",
        "She is kind of slow to answer.",
        "With more focus, Omar could be a strong lead.",
        "Dana fixed the flaky login test on Tuesday.",
        "Jonas needs to be more proactive about flagging blockers.",
        "Noor can be more proactive about booking the demo room.",
        "She has to be more organized with handovers.",
        "She is very pleased with the move to the new team.",
        "Priya is not a team player.",
        "She is not always focused.",
        "He missed every deadline, nor has he shown the drive to catch up.",
        "Lately he has shown less drive in planning.",
        "This spring Mia showed decreased enthusiasm for her tickets.",
        "Every deck she builds is flawless.",
        "Omar cannot be trusted with deadlines.",
        "She is good at estimating.",
        "You are a genius with SQL.",
        "Dana is an engineer on the payments team.",
        "He is a new hire.",
        "Omar is a member of the infra team.",
        "She is the lead designer for checkout.",
        "He has the potential to lead the platform team.",
        "Dana Lee's work has been outstanding.",
        "Motivation",
        "Good example of the builder pattern.",
        "Her interest in the project is clear.",
        "He is ideally placed to lead the migration.",
        "Any information would be really helpful.",
        "They would be useful for the next release.",
        "True, so is the media player.",
        "I would encourage people who already contribute to wait a week.",
        "It's best if people who already worked on an issue hold off.",
        "It'd be nice to retire the old flags.",
        "She has been promoted twice.",
        "### Motivation and Context\nThe cache is rebuilt on every call.",
    ],
}
