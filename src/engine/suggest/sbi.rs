//! Vague criticism → Situation–Behavior–Impact with a next step, keeping the topic and any code;
//! demands → questions; the coaching questions where they fit.
use super::edit::{append, cap_first, lower_first};
use super::sentence::{subject, topic};
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::vocab::words::{
    BEHAVIOUR_CRITICISM_STEMS, CODE_CRITICISM_STEMS, CODE_TOPIC_NOUNS, QUALITY_CRITICISM_STEMS,
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
    let has = |stems: &[&str]| stems.iter().any(|k| phrase.contains(k));
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

/// "your code", "this function", "`parse()`": the topic is code even outside a code review.
fn code_topic(t: &str) -> bool {
    t.starts_with('`')
        || t.split_whitespace()
            .any(|w| CODE_TOPIC_NOUNS.contains(&w.to_lowercase().as_str()))
}

pub(crate) fn vague_criticism(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let phrase = cx.text[f.start..f.end].to_lowercase();
    let mut fam = family(&phrase);
    // A code review verdict ("looks wrong", "makes no sense"): about the code, not a person.
    let code_verdict = cx.code_like && matches!(fam, Family::Quality | Family::Behavior);
    if code_verdict {
        fam = Family::Code;
    }
    let t = topic(cx, b);
    let who = subject(cx, b);
    let mut out = Vec::new();
    let body = match fam {
        Family::Scale => {
            let what = t.clone().unwrap_or_else(|| "the design".into());
            format!(
                "I'm concerned about [the bottleneck, e.g. the single database writer] in {what} when we reach [what load, e.g. 10,000 concurrent users]. What are your thoughts on [an approach, e.g. sharding by customer]? Let's look at it together."
            )
        }
        Family::Communication => "In [situation, e.g. yesterday's architecture review], [what happened, e.g. your explanation lost the product managers after the third acronym]. Let's practise [next step, e.g. explaining it for non-technical stakeholders] together — I want to help.".to_string(),
        Family::Code if code_verdict => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => "In [where, e.g. `parseRows`], the code".to_string(),
            };
            format!(
                "{lead} [what goes wrong, e.g. stops one row early because of `len - 1`], which [impact, e.g. drops the last row of every page]. Could we [next step, e.g. iterate up to `len`]? Let's go through it together."
            )
        }
        Family::Code if cx.code_like || t.is_none() || t.as_deref().is_some_and(code_topic) => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => "In [where, e.g. the `processUserData` function], the code".to_string(),
            };
            format!(
                "{lead} [what you saw, e.g. mixes parsing, validation and logging in `processUserData`], which [impact, e.g. makes it hard to test]. Let's work out together how to [next step, e.g. break it into focused, testable functions]."
            )
        }
        Family::Code => {
            let lead = cap_first(t.as_deref().unwrap_or("it"));
            format!(
                "In [situation, e.g. last Friday's update], {} [what you saw, e.g. ran to four pages before the decision], which [impact, e.g. meant two readers missed it]. Let's work out together how to [next step, e.g. lead with a three-line summary].",
                lower_first(&lead)
            )
        }
        Family::Quality => {
            let lead = match &t {
                Some(t) => cap_first(t),
                None => "In [which piece of work, e.g. the Q3 report], the draft".to_string(),
            };
            let ask = if who == Some("you") { "Could you" } else { "Could we" };
            format!(
                "{lead} [what falls short, e.g. skips the error cases in section 3], which [impact, e.g. means support can't use it yet]. {ask} [next step, e.g. add those cases by Friday]? Let's go through it together."
            )
        }
        Family::Behavior => match who {
            Some("you") | None => "In [situation, e.g. last week's incident], you [what you saw, e.g. waited for someone else to page on-call], and [impact, e.g. the outage ran 40 minutes longer]. Could you [next step, e.g. page on-call yourself next time]? I want to help — what's the real challenge here for you?".to_string(),
            Some(p) => format!(
                "In [situation, e.g. last week's incident], {p} [what {p} did, e.g. waited for someone else to page on-call], and [impact, e.g. the outage ran 40 minutes longer]. Could we talk about [next step, e.g. paging on-call directly next time]? I want to help."
            ),
        },
    };
    out.push(cx.replace_body(
        b,
        "Rewrite with Situation–Behavior–Impact and a next step",
        body,
    ));
    if let Some(q) = demand_to_question(cx, b) {
        out.push(q);
    }
    out.push(append(
        cx,
        b,
        "Add a coaching question",
        "What's the real challenge here for you?",
    ));
    out
}

/// "You need to add tests." → "Could you add tests? What do you think?"
pub(crate) fn demand_to_question(cx: &Cx, b: &Body) -> Option<Suggestion> {
    let body = cx.body_text(b);
    let lower = body.to_lowercase().replace('’', "'");
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
