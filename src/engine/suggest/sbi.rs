//! Vague criticism → Situation–Behavior–Impact with a next step, keeping the topic and any code;
//! demands → questions; the coaching questions where they fit.
use super::edit::{append, cap_first, lower_first};
use super::evidence;
use super::sentence::topic;
use super::voice::{examples, examples_for, Person, Voice};
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Finding, Suggestion};
use crate::engine::sentence::Who;
use crate::engine::vocab::words::{
    List, BEHAVIOUR_CRITICISM_STEMS, CODE_CRITICISM_STEMS, CODE_TOPIC_NOUNS,
    QUALITY_CRITICISM_STEMS,
};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Scale,
    Communication,
    Code,
    Quality,
    Behavior,
}

fn family(phrase: &str) -> Family {
    let has = |stems: List| stems.iter().any(|k| phrase.contains(k));
    if phrase.contains("scal") {
        Family::Scale
    } else if phrase.contains("communicat") || phrase.contains("explain") {
        Family::Communication
    } else if has(CODE_CRITICISM_STEMS) {
        Family::Code
    } else if has(QUALITY_CRITICISM_STEMS) && !has(BEHAVIOUR_CRITICISM_STEMS) {
        Family::Quality
    } else {
        Family::Behavior
    }
}

/// Does a criticised phrase name a piece of work ("his work", "the quality")? "A strong
/// worker" and "his work ethic" name the person again.
fn names_work(phrase: &str) -> bool {
    let work = List("work|quality|standard|standards|results|output|deliverables|reports");
    !phrase.contains("work ethic")
        && !phrase.contains("work habit")
        && phrase
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| work.contains(&w))
}

/// "your code", "this function", "`parse()`": the topic is code even outside a code review.
pub(crate) fn code_topic(t: &str) -> bool {
    t.starts_with('`')
        || t.split_whitespace()
            .any(|w| CODE_TOPIC_NOUNS.contains(&w.lowercase().as_str()))
}

/// The label of a suggestion that keeps a critical sentence and adds an example after it.
pub(crate) const EXAMPLE_OF_SLIP: &str =
    "Add an example: what happened, its impact, and a next step";

pub(crate) fn vague_criticism(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let phrase = cx.text[f.start..f.end].lowercase();
    let mut fam = family(&phrase);
    // A code review verdict ("looks wrong", "makes no sense"): about the code, not a person.
    let code_verdict = cx.code_like && matches!(fam, Family::Quality | Family::Behavior);
    if code_verdict {
        fam = Family::Code;
    }
    // In "Great designs, but the tests are thin", the topic is on the criticised side, and in
    // "…, but he is sloppy" so is the person.
    let side = super::clause::side_of(cx, b, f, false);
    // "George can't be trusted with simple tasks": about the person, not a piece of work.
    if !cx.code_like && fam != Family::Communication && person_is_subject(cx, b, &side) {
        fam = Family::Behavior;
    }
    let t = topic(cx, &side);
    // "… that a few of his colleagues move slower": people are not a piece of work; the
    // example is of what the person reviewed did.
    // ("Her desk is often messy", "his tone …": how someone keeps or carries themselves is
    // no piece of work either; "Her desk [what falls short]" was the rewrite.)
    let people = t.as_deref().is_some_and(|t| {
        t.rsplit(' ').next().is_some_and(|w| {
            List("teammates|colleagues|peers|coworkers|co-workers|team|staff|people|employees|customers|clients|\
appearance|demeanor|demeanour|tone|manner|desk|dress|mood|posture|punctuality|attendance").contains(&w.lowercase().as_str())
        })
    });
    if people && fam != Family::Communication {
        fam = Family::Behavior;
    }
    // "… additional tasks in the workplace", "in the future": a place or a time is no piece of
    // work either ("The workplace [what falls short …]" was the rewrite), nor are someone's
    // goals or prospects ("needs motivation to beat her goals").
    let setting = t.as_deref().is_some_and(|t| {
        t.rsplit(' ').next().is_some_and(|w| {
            List("workplace|future|company|organization|organisation|office|role|position|department|meantime|past|moment|year|quarter|month|week|industry|business|field|goals|goal|targets|expectations|potential|career|growth")
                .contains(&w.lowercase().as_str())
        })
    });
    let t = t.filter(|_| !people && !setting);
    let v = Voice::of(cx, b);
    // "Needs constant coaching", "We'd like to see more from Sam": no piece of work named, but
    // a person is; the example is of what they did, not of "the work".
    if fam == Family::Quality
        && t.is_none()
        && matches!(v.person, Person::Third | Person::Reader)
        && !names_work(&phrase)
    {
        fam = Family::Behavior;
    }
    let ex = examples(cx);
    let mut out = Vec::new();
    let body = match fam {
        Family::Scale => {
            let what = t.clone().unwrap_or_else(|| "the design".into());
            format!(
                "I'm concerned about [the bottleneck, e.g. the single database writer] in {what} when we reach [what load, e.g. 10,000 concurrent users]. What are your thoughts on [an approach, e.g. sharding by customer]? Let's look at it together."
            )
        }
        Family::Communication => communication(cx, &v),
        Family::Code if code_verdict => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => "In [where, e.g. `parseRows`], the code".to_string(),
            };
            format!(
                "{lead} [what goes wrong, e.g. stops one row early because of `len - 1`], which [impact, e.g. drops the last row of every page]. Could we [next step, e.g. iterate up to `len`]? Let's go through it together."
            )
        }
        Family::Code if cx.code_like || t.as_deref().is_some_and(code_topic) => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => "In [where, e.g. the `processUserData` function], the code".to_string(),
            };
            format!(
                "{lead} [what you saw, e.g. mixes parsing, validation and logging in `processUserData`], which [impact, e.g. makes it hard to test]. Let's work out together how to [next step, e.g. break it into focused, testable functions]."
            )
        }
        Family::Code | Family::Quality => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => format!("In [which piece of work, e.g. {}], the work", ex.good_thing),
            };
            // The next step of the person the draft is about; "we" only where no one is.
            let next = cx.eg("add them by Friday");
            let ask = match v.person {
                Person::Reader => format!("Could you [next step, e.g. {next}]?"),
                _ if v.is_reviewed_person(cx) => v.next_step_request(next),
                _ => format!("Could we [next step, e.g. {next}]?"),
            };
            format!(
                "{lead} [what falls short, e.g. {}], which [impact, e.g. {}]. {ask}",
                cx.eg("left out the March numbers"),
                cx.eg("meant finance redid the forecast")
            )
        }
        Family::Behavior => behavior(cx, &v),
    };
    // "There's room for improvement", "she will strive to improve": what the sentence lacks is
    // the change to make, more than an incident; the first suggestion names it.
    if !cx.code_like && cx.view_at(b.start).is_some_and(|w| w.improve) {
        let (at, end, lead) = super::edit::close_at(cx.text, b);
        // ("… in her planning. This is something a check-in could help with.": after the
        // sentence that points back.)
        let (at, end) = match evidence::after_pointer(cx, b) {
            Some(e) if (at, end, lead) == (b.end, b.end, "") => (e, e),
            _ => (at, end),
        };
        // ("I see no more room to grow", in a review of her: her next step, not
        // "Next time, I'll …".)
        let review = cx.draft_voice.person == Person::Third && cx.speaks_of_he_she();
        let of = if v.person == Person::Writer && review {
            &cx.draft_voice
        } else {
            &v
        };
        let next = super::structure::next_step_for(cx, of);
        out.push(super::edit::sugg(
            "Name the change: a next step",
            at,
            end,
            super::edit::joined(lead, &next),
        ));
    }
    // Outside code, the writer's sentence stays and the example follows it (a verdict on
    // "the more complex assignments" in a review keeps what it says, too).
    // (A named topic after nothing else leads the rewrite: "Her slides [what falls short]".)
    let reviewed_work = fam == Family::Code
        && v.person == Person::Third
        && cx.speaks_of_he_she()
        && (t.is_none() || side.start > b.start || concedes(cx, b))
        && !t.as_deref().is_some_and(code_topic);
    if !cx.code_like && (matches!(fam, Family::Behavior | Family::Quality) || reviewed_work) {
        out.push(evidence::example_for(cx, b, f, &v, EXAMPLE_OF_SLIP, false).0);
    }
    let label = if body.contains("next step") {
        "Rewrite with Situation–Behavior–Impact and a next step"
    } else {
        "Rewrite with Situation–Behavior–Impact"
    };
    out.push(super::clause::replace_in(cx, b, &side, label, body));
    if let Some(q) = demand_to_question(cx, b) {
        out.push(q);
    }
    add_coaching_question(cx, b, &v, &mut out);
    out
}

/// "Even though she does fine on routine tickets, …": the sentence grants something first.
fn concedes(cx: &Cx, b: &Body) -> bool {
    [
        "even though ",
        "although ",
        "though ",
        "while ",
        "whilst ",
        "despite ",
    ]
    .iter()
    .any(|w| {
        cx.text[b.start..]
            .get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    })
}

/// "What's the real challenge here for you?" (the Coaching Habit's), where the draft asks one.
pub(super) fn add_coaching_question(cx: &Cx, b: &Body, v: &Voice, out: &mut Vec<Suggestion>) {
    if cx.asks_coaching_question(v) {
        out.push(append(
            cx,
            b,
            "Add a coaching question",
            "What's the real challenge here for you?",
        ));
    }
}

/// Is the sentence's subject a person ("Sam is …", "she never …"), not their work ("his
/// report", "Sam's code")? After a turn, the subject of the side `side` that is criticised.
fn person_is_subject(cx: &Cx, b: &Body, side: &Body) -> bool {
    let Some(v) = cx.view_at(b.start) else {
        return false;
    };
    if side.start > b.start {
        // "…, but he is sloppy": its own subject; "…, but struggles with …": the sentence's.
        let k = cx.tokens_in(side.start, side.end).start;
        let w = cx.doc.lw(k);
        if List("he|she|they|you|he's|she's|they're|you're").contains(&w) {
            return true;
        }
        if List("his|her|their|your|my|our|its|the|this|that").contains(&w)
            || cx.doc.tokens[k].capitalized
        {
            return false;
        }
    }
    let possessive = v.subject.is_some_and(|k| {
        let w = cx.doc.lower(k);
        crate::engine::vocab::words::List("your|his|her|their|my|our").contains(&w)
            || w.ends_with("'s")
            || w.ends_with("’s")
    });
    matches!(v.who, Who::Person | Who::Reader) && !possessive
}

/// Situation, behavior, impact and a next step about the person the draft speaks of.
pub(crate) fn behavior(cx: &Cx, v: &Voice) -> String {
    let ex = examples_for(cx, v);
    let sbi = match v.person {
        Person::Nobody => format!(
            "In [situation, e.g. {}], [who, e.g. the team] [what happened, e.g. {}], and [impact, e.g. {}].",
            ex.situation, ex.slip, ex.slip_impact
        ),
        _ => format!(
            "In [situation, e.g. {}], {} [{}, e.g. {}], and [impact, e.g. {}].",
            ex.situation,
            v.name,
            v.what_did(),
            ex.slip,
            ex.slip_impact
        ),
    };
    sbi + &next_step(cx, v)
}

/// "Could you …? I want to help." to the reader; "As a next step, I'd like Sam to …" about someone.
fn next_step(cx: &Cx, v: &Voice) -> String {
    let next = examples_for(cx, v).next;
    match v.person {
        Person::Reader if evidence::rules_out_future(cx) => String::new(),
        Person::Reader if cx.asks_coaching_question(v) => format!(
            " Could you [next step, e.g. {next}]? I want to help — what's the real challenge here for you?"
        ),
        Person::Reader => format!(" Could you [next step, e.g. {next}]?"),
        Person::Writer => format!(" Next time, {}'ll [next step, e.g. {next}].", v.name),
        Person::Third | Person::Nobody if evidence::rules_out_future(cx) => String::new(),
        Person::Third | Person::Nobody => format!(" {}", v.next_step_request(next)),
    }
}

/// Unclear communication → the moment it lost people, and a practice step.
fn communication(cx: &Cx, v: &Voice) -> String {
    let who = match v.person {
        Person::Nobody => "the update".to_string(),
        _ => format!("{} explanation", v.possessive()),
    };
    format!(
        "In [situation, e.g. {}], {who} [what happened, e.g. {}].{}",
        cx.eg("yesterday's quarterly review"),
        cx.eg("lost the sales leads after the third acronym"),
        next_step(cx, v)
    )
}

/// "You need to add tests." → "Could you add tests? What do you think?"
pub(crate) fn demand_to_question(cx: &Cx, b: &Body) -> Option<Suggestion> {
    let body = cx.body_text(b);
    let lower = body.lowercase().replace('’', "'");
    for lead in [
        "you need to ",
        "you must ",
        "you have to ",
        "you should ",
        "you'll need to ",
        "you will need to ",
        "you gotta ",
        "you better ",
    ] {
        if lower.starts_with(lead) && body.is_char_boundary(lead.len()) {
            let rest = body[lead.len()..].trim();
            if rest.is_empty() {
                return None;
            }
            return Some(cx.replace_body(
                b,
                "Turn the demand into a question",
                format!("Could you {}? What do you think?", lower_first(rest)),
            ));
        }
    }
    None
}
