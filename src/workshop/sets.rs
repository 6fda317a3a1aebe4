//! Exercise sets for feedback workshops: sentences and the answer a trainer expects for each.
//!
//! The items and their answers were written first, as a trainer would write them, and are kept
//! as written: where Frankly judges an item differently, the engine is what needs work (see
//! `tests/workshop.rs`, which prints every disagreement). Quoted material comes from the seed
//! document (Kim Scott's Radical Candor matrix as applied there, its "Instead of … Try …" pairs
//! and its fixed vs growth mindset statements); every other sentence is our own.
use serde::{Deserialize, Serialize};

use crate::engine::{Analysis, Category, Quadrant};
use crate::json::{self, Value};

/// What kind of exercise a set is; decides which answers its items may carry.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum SetKind {
    /// Place each sentence on the Radical Candor matrix.
    Quadrant,
    /// A weak sentence, where it lands, and a better version that should reach Radical Candor.
    BeforeAfter,
    /// Fixed or growth mindset?
    Mindset,
    /// Vague or specific?
    Specificity,
}

impl SetKind {
    pub const ALL: [SetKind; 4] = [
        SetKind::Quadrant,
        SetKind::BeforeAfter,
        SetKind::Mindset,
        SetKind::Specificity,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SetKind::Quadrant => "quadrant",
            SetKind::BeforeAfter => "before-after",
            SetKind::Mindset => "mindset",
            SetKind::Specificity => "specificity",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SetKind::Quadrant => "Guess the quadrant",
            SetKind::BeforeAfter => "Before / after",
            SetKind::Mindset => "Fixed or growth mindset",
            SetKind::Specificity => "Vague or specific",
        }
    }

    /// The answers an item of this kind may expect, in the order a picker shows them.
    pub fn answers(self) -> &'static [Answer] {
        match self {
            SetKind::Quadrant | SetKind::BeforeAfter => &Answer::QUADRANTS,
            SetKind::Mindset => &[Answer::Fixed, Answer::Growth],
            SetKind::Specificity => &[Answer::Vague, Answer::Specific],
        }
    }
}

/// The answer an item expects.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    RadicalCandor,
    ObnoxiousAggression,
    RuinousEmpathy,
    ManipulativeInsincerity,
    Vague,
    Specific,
    Fixed,
    Growth,
}

impl Answer {
    /// The four quadrants in the matrix's reading order (top right, top left, bottom left, bottom
    /// right is how the coach draws them; this is the order keys 1–4 pick them).
    pub const QUADRANTS: [Answer; 4] = [
        Answer::RadicalCandor,
        Answer::ObnoxiousAggression,
        Answer::RuinousEmpathy,
        Answer::ManipulativeInsincerity,
    ];

    /// Every answer, in declaration order (the order serde names them in).
    pub const ALL: [Answer; 8] = [
        Answer::RadicalCandor,
        Answer::ObnoxiousAggression,
        Answer::RuinousEmpathy,
        Answer::ManipulativeInsincerity,
        Answer::Vague,
        Answer::Specific,
        Answer::Fixed,
        Answer::Growth,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Answer::RadicalCandor => "radical-candor",
            Answer::ObnoxiousAggression => "obnoxious-aggression",
            Answer::RuinousEmpathy => "ruinous-empathy",
            Answer::ManipulativeInsincerity => "manipulative-insincerity",
            Answer::Vague => "vague",
            Answer::Specific => "specific",
            Answer::Fixed => "fixed",
            Answer::Growth => "growth",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::RadicalCandor => "Radical Candor",
            Answer::ObnoxiousAggression => "Obnoxious Aggression",
            Answer::RuinousEmpathy => "Ruinous Empathy",
            Answer::ManipulativeInsincerity => "Manipulative Insincerity",
            Answer::Vague => "Vague",
            Answer::Specific => "Specific",
            Answer::Fixed => "Fixed mindset",
            Answer::Growth => "Growth mindset",
        }
    }

    /// The quadrant this answer names, if it names one.
    pub fn quadrant(self) -> Option<Quadrant> {
        match self {
            Answer::RadicalCandor => Some(Quadrant::RadicalCandor),
            Answer::ObnoxiousAggression => Some(Quadrant::ObnoxiousAggression),
            Answer::RuinousEmpathy => Some(Quadrant::RuinousEmpathy),
            Answer::ManipulativeInsincerity => Some(Quadrant::ManipulativeInsincerity),
            _ => None,
        }
    }

    pub fn from_quadrant(q: Quadrant) -> Option<Answer> {
        match q {
            Quadrant::RadicalCandor => Some(Answer::RadicalCandor),
            Quadrant::ObnoxiousAggression => Some(Answer::ObnoxiousAggression),
            Quadrant::RuinousEmpathy => Some(Answer::RuinousEmpathy),
            Quadrant::ManipulativeInsincerity => Some(Answer::ManipulativeInsincerity),
            Quadrant::Neutral => None,
        }
    }
}

/// One exercise: a sentence, the answer it expects, and for before/after a better version.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub text: String,
    pub answer: Answer,
    /// Before/after: a better wording (it should reach Radical Candor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<String>,
    /// Where the sentence comes from, or a trainer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A set of exercises of one kind.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ExerciseSet {
    /// Stable id (`a-z`, `0-9`, `-`).
    pub id: String,
    pub title: String,
    pub kind: SetKind,
    pub items: Vec<Item>,
}

impl Item {
    /// As its serde attributes above write it (absent `better` and `note` left out).
    pub fn to_json(&self) -> Value {
        let mut fields = vec![
            ("text", json::s(&self.text)),
            ("answer", json::s(self.answer.id())),
        ];
        if let Some(b) = &self.better {
            fields.push(("better", json::s(b)));
        }
        if let Some(n) = &self.note {
            fields.push(("note", json::s(n)));
        }
        json::obj(fields)
    }

    /// Reads an item as serde's derived `Deserialize` did, with its messages.
    pub fn from_json(value: Value) -> Result<Item, String> {
        let mut item = Item {
            text: String::new(),
            answer: Answer::RadicalCandor,
            better: None,
            note: None,
        };
        let fields = ["text", "answer", "better", "note"];
        json::read_struct(value, "Item", &fields, &fields[2..], |i, v| {
            match i {
                0 => item.text = json::read_string(v)?,
                1 => {
                    item.answer = Answer::ALL[json::read_variant(v, &Answer::ALL.map(Answer::id))?]
                }
                2 => item.better = json::read_opt_string(v)?,
                _ => item.note = json::read_opt_string(v)?,
            }
            Ok(())
        })?;
        Ok(item)
    }
}

impl ExerciseSet {
    pub fn to_json(&self) -> Value {
        json::obj(vec![
            ("id", json::s(&self.id)),
            ("title", json::s(&self.title)),
            ("kind", json::s(self.kind.id())),
            (
                "items",
                Value::Arr(self.items.iter().map(Item::to_json).collect()),
            ),
        ])
    }

    /// Reads a set as serde's derived `Deserialize` did, with its messages.
    pub fn from_json(value: Value) -> Result<ExerciseSet, String> {
        let mut set = ExerciseSet {
            id: String::new(),
            title: String::new(),
            kind: SetKind::Quadrant,
            items: Vec::new(),
        };
        let fields = ["id", "title", "kind", "items"];
        json::read_struct(value, "ExerciseSet", &fields, &[], |i, v| {
            match i {
                0 => set.id = json::read_string(v)?,
                1 => set.title = json::read_string(v)?,
                2 => {
                    set.kind = SetKind::ALL[json::read_variant(v, &SetKind::ALL.map(SetKind::id))?]
                }
                _ => set.items = json::read_list(v, Item::from_json)?,
            }
            Ok(())
        })?;
        Ok(set)
    }
}

/// What Frankly makes of an item, in the set's own terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Frankly's answer for the item's text (`None`: no quadrant, i.e. "not enough signal").
    pub answer: Option<Answer>,
    /// Before/after: where the better version lands.
    pub better: Option<Option<Answer>>,
}

impl Verdict {
    /// Frankly agrees with the trainer on this item (and, for before/after, the better version
    /// reaches Radical Candor).
    pub fn agrees(&self, item: &Item) -> bool {
        self.answer == Some(item.answer)
            && match (&item.better, self.better) {
                (Some(_), Some(b)) => b == Some(Answer::RadicalCandor),
                (None, _) => true,
                (Some(_), None) => false,
            }
    }
}

/// Frankly's answer for `text` in the terms of a set of `kind`, from an analysis of it.
pub fn answer_from(kind: SetKind, analysis: &Analysis) -> Option<Answer> {
    match kind {
        SetKind::Quadrant | SetKind::BeforeAfter => Answer::from_quadrant(analysis.quadrant),
        SetKind::Specificity => {
            let vague = analysis
                .findings
                .iter()
                .any(|f| f.category == Category::Vague);
            Some(if vague {
                Answer::Vague
            } else {
                Answer::Specific
            })
        }
        SetKind::Mindset => {
            let fixed = analysis.findings.iter().any(|f| f.rule == "fixed-mindset");
            Some(if fixed { Answer::Fixed } else { Answer::Growth })
        }
    }
}

/// How Frankly judges one item.
pub fn judge(kind: SetKind, item: &Item) -> Verdict {
    let answer = answer_from(kind, &crate::engine::analyze(&item.text));
    let better = item
        .better
        .as_deref()
        .map(|b| Answer::from_quadrant(crate::engine::analyze(b).quadrant));
    Verdict { answer, better }
}

struct Raw {
    text: &'static str,
    answer: Answer,
    better: Option<&'static str>,
    note: Option<&'static str>,
}

const fn own(text: &'static str, answer: Answer) -> Raw {
    Raw {
        text,
        answer,
        better: None,
        note: None,
    }
}

const fn seed(text: &'static str, answer: Answer) -> Raw {
    Raw {
        text,
        answer,
        better: None,
        note: Some(SEED_NOTE),
    }
}

const SEED_NOTE: &str = "From the guide's growth mindset section";

fn build(id: &str, title: &str, kind: SetKind, raw: &[Raw]) -> ExerciseSet {
    ExerciseSet {
        id: id.to_string(),
        title: title.to_string(),
        kind,
        items: raw
            .iter()
            .map(|r| Item {
                text: r.text.to_string(),
                answer: r.answer,
                better: r.better.map(str::to_string),
                note: r.note.map(str::to_string),
            })
            .collect(),
    }
}

use Answer::*;

/// Our own sentences, at least eight per quadrant, written as a trainer would for a room of
/// engineering managers. Radical Candor: care and a direct, specific challenge. Obnoxious
/// Aggression: the challenge without the care. Ruinous Empathy: warmth that avoids the problem.
/// Manipulative Insincerity: neither — grudging, perfunctory or sarcastic.
const QUADRANT_ITEMS: &[Raw] = &[
    // Radical Candor
    own("I really value how much you care about the checkout code, so I want to be straight with you: the last two pull requests skipped the integration tests, and one broke refunds on Friday. Can we pair tomorrow on a test plan for the next one?", RadicalCandor),
    own("Thanks for taking on on-call this month; I know it was a rough one. During Tuesday's incident the status page stayed silent for forty minutes and support was flooded. Next time, could you post an update within ten minutes, even if it only says we're looking?", RadicalCandor),
    own("Your design doc for the search index is the clearest I've read this quarter. One gap worries me: it doesn't say how we roll back if the reindex fails halfway. Could you add a rollback section before Thursday's review? I'm happy to go through it with you.", RadicalCandor),
    own("I want you to succeed as tech lead, so I'm telling you directly: in yesterday's planning meeting you interrupted Priya three times and she stopped contributing. Would you let each person finish this week, and check in with her afterwards?", RadicalCandor),
    own("I appreciate the care you put into code reviews. On Sam's pull request your forty comments didn't say which ones were blocking, and he spent a day on cosmetic changes. Could you mark the blocking ones next time? I'd be glad to look at a few together.", RadicalCandor),
    own("Thank you for staying late to ship the export feature. The release notes went out without the migration step, and three customers lost their saved filters. Let's write a release checklist together on Monday so shipping doesn't depend on anyone staying late.", RadicalCandor),
    own("I'm telling you this because I believe you can lead the platform team: your estimates for the last three sprints were off by half, and product has stopped trusting our dates. What would help you split the work into smaller pieces before you estimate?", RadicalCandor),
    own("Thank you for mentoring the two new hires; both told me how much it helped. In the architecture review you dismissed Lee's caching idea before he finished explaining it, and the room went quiet. Could you ask him one question before you respond next time?", RadicalCandor),
    own("I care about how this lands for you, so I'd rather say it now than in your review: the migration script you merged on Monday dropped the audit column in staging. Can you walk me through how it got past testing, and what you'd change in the checklist?", RadicalCandor),
    // Obnoxious Aggression
    own("This pull request is a mess. Did you even run it before asking for a review?", ObnoxiousAggression),
    own("Your estimates are useless. Stop guessing and do your job.", ObnoxiousAggression),
    own("Honestly, that was the worst demo I've seen all year.", ObnoxiousAggression),
    own("You're careless, and everyone on the team knows it.", ObnoxiousAggression),
    own("Why is this still broken? I told you last week to fix it.", ObnoxiousAggression),
    own("Nobody can read your code. Rewrite the whole thing.", ObnoxiousAggression),
    own("You clearly don't understand how databases work.", ObnoxiousAggression),
    own("This design is wrong and you should have known better.", ObnoxiousAggression),
    own("Stop wasting everyone's time with these endless meetings.", ObnoxiousAggression),
    // Ruinous Empathy
    own("You're doing great, don't change a thing!", RuinousEmpathy),
    own("Don't worry about the missed deadline, these things happen to everyone.", RuinousEmpathy),
    own("Great job this quarter, I really appreciate you!", RuinousEmpathy),
    own("It's fine, I'll fix the tests myself so you don't have to stress about it.", RuinousEmpathy),
    own("You're such a joy to work with, just keep being you.", RuinousEmpathy),
    own("No pressure at all, the review can wait as long as you need.", RuinousEmpathy),
    own("I know you've had a tough month, so let's not talk about the outage.", RuinousEmpathy),
    own("Thanks so much for all your hard work, it's really appreciated.", RuinousEmpathy),
    own("Everyone loves having you on the team, so don't worry about the feedback from the retro.", RuinousEmpathy),
    // Manipulative Insincerity
    own("Nice work, I guess.", ManipulativeInsincerity),
    own("Sure, whatever works for you.", ManipulativeInsincerity),
    own("It's fine. Ship it.", ManipulativeInsincerity),
    own("Good presentation, I suppose, if that's what you were going for.", ManipulativeInsincerity),
    own("Whatever you think is best, I'm not going to argue about it.", ManipulativeInsincerity),
    own("Great, another redesign. Can't wait.", ManipulativeInsincerity),
    own("I mean, it works, technically.", ManipulativeInsincerity),
    own("As I already said in my last email, the doc is fine.", ManipulativeInsincerity),
    own("Interesting choice. I'm sure you had your reasons.", ManipulativeInsincerity),
];

const PAIR_NOTE: &str = "The guide's \"Instead of … Try …\" pair";

/// The seed's three "Instead of … Try …" pairs (where the guide lists the "instead" sentence in
/// its matrix, it places it in Obnoxious Aggression), then pairs of our own.
const BEFORE_AFTER_ITEMS: &[Raw] = &[
    Raw {
        text: "Your code needs to be cleaner",
        answer: ObnoxiousAggression,
        better: Some("The `processUserData` function has four different responsibilities. Let's discuss how to break it into focused, testable functions."),
        note: Some(PAIR_NOTE),
    },
    Raw {
        text: "That architecture won't scale",
        answer: ObnoxiousAggression,
        better: Some("I'm concerned about the database bottleneck in your design when we reach 10,000 concurrent users. What are your thoughts on sharding strategies?"),
        note: Some(PAIR_NOTE),
    },
    Raw {
        text: "You need to communicate better",
        answer: ObnoxiousAggression,
        better: Some("In yesterday's architecture review, your explanation lost the product managers after the third technical acronym. Let's practice explaining technical concepts to non-technical stakeholders."),
        note: Some(PAIR_NOTE),
    },
    Raw {
        text: "Your tests are sloppy.",
        answer: ObnoxiousAggression,
        better: Some("Thanks for adding tests to the importer. The two new ones share a temp directory, so they fail when run in parallel; could you give each its own? Happy to pair if that helps."),
        note: None,
    },
    Raw {
        text: "Great work on the launch, everyone loved it!",
        answer: RuinousEmpathy,
        better: Some("Thank you for running the launch on Tuesday; the rollout plan kept errors under 0.1%. One thing to change next time: support heard about the new pricing page from customers first. Could you brief them a day ahead?"),
        note: None,
    },
    Raw {
        text: "Don't worry about the flaky tests, someone else will look at them.",
        answer: RuinousEmpathy,
        better: Some("I know the flaky tests aren't the fun part, and I appreciate you flagging them. They failed nine of the last twenty builds this week, so could you own the worst two before Friday? I'll clear your review queue to make room."),
        note: None,
    },
    Raw {
        text: "Fine, merge it if you must.",
        answer: ManipulativeInsincerity,
        better: Some("I appreciate the quick turnaround. Before you merge, the new endpoint returns user emails in the error message; could you strip them out? Then it's good to go from my side."),
        note: None,
    },
    Raw {
        text: "You're just not a people person.",
        answer: ObnoxiousAggression,
        better: Some("I want to help you grow as a lead. In Thursday's one-on-one with Ana you looked at your laptop while she described her blocker, and she told me afterwards she felt unheard. Could you close the laptop in one-on-ones for the next month and tell me how it goes?"),
        note: None,
    },
];

/// The seed's fixed mindset statements and their growth alternatives, then our own.
const MINDSET_ITEMS: &[Raw] = &[
    seed("I'm not a systems person, I'm an application developer", Fixed),
    seed("I don't have the personality for management", Fixed),
    seed("Some people are naturally good at architecture, and I'm not one of them", Fixed),
    seed("I haven't developed systems expertise yet, but I can learn", Growth),
    seed("Leadership skills can be developed with practice and feedback", Growth),
    seed("Architecture thinking is a skill I can build through study and experience", Growth),
    own("She's just not a natural leader.", Fixed),
    own("Some people get frontend work and some people never will.", Fixed),
    own("He'll never be good at public speaking; it isn't in him.", Fixed),
    own("You're either born a good debugger or you aren't.", Fixed),
    own("You haven't led an incident yet, and the next one is a chance to practise with me as backup.", Growth),
    own("Your SQL has improved a lot since you started reading query plans every week.", Growth),
    own("Debugging is a skill; let's pair on the next flaky test so you can see how I go about it.", Growth),
    own("Public speaking gets easier with practice, so let's find you a lightning-talk slot this month.", Growth),
];

/// Vague feedback names no situation, behavior or impact; specific feedback names at least the
/// situation and the behavior, usually the effect too. All our own.
const SPECIFICITY_ITEMS: &[Raw] = &[
    own("Good job on the project.", Vague),
    own("You should communicate better with the team.", Vague),
    own("The presentation could have been stronger.", Vague),
    own("Be more proactive.", Vague),
    own("This needs some work.", Vague),
    own("Nice work overall, keep it up.", Vague),
    own("Improve your documentation.", Vague),
    own("Your attitude needs to change.", Vague),
    own("In Monday's sprint review, your demo of the billing screen showed the refund edge case before anyone asked, which saved us a follow-up meeting.", Specific),
    own("The `parseConfig` function swallows the error on line 42, so a bad file silently loads the defaults; could you return the error instead?", Specific),
    own("Your write-up of the March 3 outage gave the timeline to the minute, and the on-call team used it to fix the alert threshold the same day.", Specific),
    own("In yesterday's standup you gave a two-minute update on the migration that named the one blocker and who could unblock it.", Specific),
    own("The retry loop in `sync_orders` has no backoff, so when the payments API went down on Friday it sent 40,000 requests in ten minutes.", Specific),
    own("Your onboarding guide cut new hires' setup time from two days to three hours last month.", Specific),
    own("During Thursday's design review you asked the mobile team about offline sync before we committed, which changed the shape of the API.", Specific),
    own("The test suite you added for the CSV importer caught two encoding bugs before the 2.3 release.", Specific),
];

/// Every built-in set, in the order the workshop lists them.
pub fn builtin() -> Vec<ExerciseSet> {
    vec![
        build(
            "quadrants",
            "Where does it land? (the Radical Candor matrix)",
            SetKind::Quadrant,
            QUADRANT_ITEMS,
        ),
        build(
            "instead-try",
            "Instead of … try …",
            SetKind::BeforeAfter,
            BEFORE_AFTER_ITEMS,
        ),
        build(
            "mindset",
            "Fixed or growth mindset?",
            SetKind::Mindset,
            MINDSET_ITEMS,
        ),
        build(
            "vague-specific",
            "Vague or specific?",
            SetKind::Specificity,
            SPECIFICITY_ITEMS,
        ),
    ]
}
