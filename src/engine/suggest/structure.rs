//! Structure: add the missing Situation / Behavior / Impact / next step with placeholders, and
//! help fill (or drop) a `[placeholder]` left in the draft.
use super::remove::removal;
use super::voice::{examples_for, Person, Voice};
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Finding, Mode, Suggestion};
use crate::engine::vocab::words::{FIRST_PERSON_OPENERS, PLACEHOLDER_PREPOSITIONS};

/// What a `missing-sbi` finding asks for (read from its message; code review asks only for a
/// next step).
struct Needs {
    situation: bool,
    behavior: bool,
    impact: bool,
    next: bool,
}

impl Needs {
    fn of(f: &Finding, code_review: bool) -> Needs {
        let m = f.message.lowercase();
        let situation = !code_review && m.contains("situation");
        let behavior = !code_review && m.contains("behavio");
        let impact = !code_review && m.contains("impact");
        let next = m.contains("next step") || code_review || !(situation || behavior || impact);
        Needs {
            situation,
            behavior,
            impact,
            next,
        }
    }
}

/// Missing SBI parts → the writer's sentence followed by the missing parts as placeholders, in
/// the draft's own person.
pub(crate) fn missing_sbi(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let code_review = cx.mode == Mode::CodeReview;
    let need = Needs::of(f, code_review);
    let mut v = Voice::of(cx, b);
    // "I think this is too slow" holds an opinion of the work; "I rushed it" is about the writer.
    // "I need you to …" asks something of the reader: about the reader, not the writer.
    let opinion = cx.sentence_of(b.start).is_some_and(|si| {
        super::voice::opinion_only(cx, si) || super::voice::asked_of(cx, si).is_some()
    });
    if !code_review && about_the_writer(cx, b) && !opinion && v.person != Person::Third {
        v = Voice {
            person: Person::Writer,
            name: "I".into(),
            ..v
        };
    }
    let v = super::evidence::acting(cx, b, v);
    // The writer's sentence stays as written (its first word may be the request itself).
    let mut s = kept_sentence(cx, b);
    let kept = s.len();
    let specific = cx.view_at(b.start).is_some_and(|w| w.specific) || tells_an_event(cx, b);
    add_sbi_parts(cx, &mut s, &need, &v, specific);
    // No next step for someone the writer rules out ("Would never use them again").
    if s.len() == kept || !super::evidence::rules_out_future(cx) {
        add_next_step(cx, &mut s, &need, &v);
    }
    let label = "Add what's missing (placeholders to fill)";
    // "Her reports are sloppy, but she is a great team player.": the parts follow the criticism.
    let added = || s[kept..].to_string();
    let split = super::clause::example_in_concession(cx, b, f, false, label, added)
        .or_else(|| super::clause::example_before_turn(cx, b, f, false, label, &v.name, added));
    let first = split.unwrap_or_else(|| cx.replace_body(b, label, s.clone()));
    let mut out = vec![first];
    super::sbi::add_coaching_question(cx, b, &v, &mut out);
    out
}

/// "you emailed the whole list", "the plan she wrote": someone did something once (a past verb
/// right after the person).
fn tells_an_event(cx: &Cx, b: &Body) -> bool {
    let d = &cx.doc;
    let person = crate::engine::vocab::words::List("you|he|she|they|i|we");
    let irregular = crate::engine::vocab::words::List(
        "sent|wrote|made|said|told|took|gave|broke|left|forgot|went|did|put|ran|spent",
    );
    cx.tokens_in(b.start, b.end).any(|k| {
        let w = d.lower(k);
        k > 0
            && person.contains(&d.lower(k - 1))
            && (w.len() > 4 && w.ends_with("ed") || irregular.contains(&w))
    })
}

/// Does the sentence open with the writer ("I …", "our …")?
fn about_the_writer(cx: &Cx, b: &Body) -> bool {
    let first_word = cx
        .tokens_in(b.start, b.end)
        .next()
        .map(|k| cx.doc.lower(k))
        .unwrap_or("");
    FIRST_PERSON_OPENERS.contains(&first_word)
}

/// The sentence body without trailing list punctuation, with its terminal mark (or ".").
fn kept_sentence(cx: &Cx, b: &Body) -> String {
    let body = cx
        .body_text(b)
        .trim_end()
        .trim_end_matches([':', ',', ';', '-', '—'])
        .trim_end();
    let terminal = cx.text[b.content_end.min(b.end)..b.end].trim();
    let terminal = if terminal.is_empty() { "." } else { terminal };
    [body, terminal].concat()
}

/// " Specifically, in [where], Sam [what Sam did], and [impact]." or the parts on their own.
/// `specific`: the sentence already names an observable action ("you emailed the whole customer
/// list"), which only lacks its situation.
fn add_sbi_parts(cx: &Cx, s: &mut String, need: &Needs, v: &Voice, specific: bool) {
    let ex = examples_for(cx, v);
    if need.behavior {
        s.push_str(" Specifically, ");
        if need.situation {
            s.push_str(&format!("in [where, e.g. {}], ", ex.situation));
        }
        match v.person {
            Person::Nobody => s.push_str(&format!("[what happened, e.g. the team {}]", ex.slip)),
            _ => s.push_str(&format!("{} [{}, e.g. {}]", v.name, v.what_did(), ex.slip)),
        }
        if need.impact {
            s.push_str(&format!(", and [impact, e.g. {}]", ex.slip_impact));
        }
        s.push('.');
    } else {
        // "He doesn't test his changes" is a habit or a verdict: one time it happened, not
        // "This was in [where]" (which read it as a single event).
        // Only for a person the draft is about: "Required [what Required did]" is no one.
        let someone = v.is_reader() || v.person == Person::Writer || v.is_reviewed_person(cx);
        if need.situation && someone && !specific {
            s.push_str(&format!(
                " For example, in [when, e.g. {}], {} [{}, e.g. {}].",
                ex.situation,
                &v.name,
                &v.what_did(),
                ex.slip
            ));
        } else if need.situation {
            s.push_str(&format!(" This was in [where, e.g. {}].", ex.situation));
        }
        if need.impact {
            s.push_str(&format!(" As a result, [impact, e.g. {}].", ex.slip_impact));
        }
    }
}

/// The next step in the draft's person: a question to the reader, the writer's own plan, or
/// what the person will do.
fn add_next_step(cx: &Cx, s: &mut String, need: &Needs, v: &Voice) {
    if need.next || v.person == Person::Writer {
        s.push_str(&next_step_for(cx, v));
    }
}

/// " Could you [next step]? I'm happy to help." to the reader; " As a next step, I'd like Sam to
/// [next step]." about someone; " Next time, I'll [my next step]." in a self-review.
pub(crate) fn next_step_for(cx: &Cx, v: &Voice) -> String {
    let next = examples_for(cx, v).next;
    match v.person {
        Person::Writer => format!(" Next time, {}'ll [next step, e.g. {next}].", v.name),
        Person::Reader => format!(" Could you [next step, e.g. {next}]? I'm happy to help."),
        Person::Third | Person::Nobody => format!(" {}", v.next_step_request(next)),
    }
}

/// An unfilled `[placeholder]`: only the writer knows the fact, so no example is offered as a
/// one-click fill. An optional detail ("[where]", "which [impact]") can go with the word that
/// introduces it; a placeholder that carries the sentence ("Priya [what she did]") takes its
/// sentence with it, since the sentence says nothing without it.
pub(crate) fn placeholder(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let raw = &cx.text[f.start..f.end];
    let inner = raw
        .trim_start_matches('[')
        .trim_end_matches(']')
        .lowercase();
    let head = inner.split(',').next().unwrap_or("").trim().to_string();
    let carries_sentence = head.starts_with("what ")
        || head.starts_with("did what")
        || head.contains("next step")
        || head.contains("stretch goal")
        || head == "evidence";
    if carries_sentence {
        return vec![removal(
            cx,
            b,
            b.start,
            b.end,
            "Remove the sentence (fill it in, or drop it)",
        )];
    }
    // "In [meeting], you said …" → "You said …"; "…, which [impact]." → "….": the word that
    // introduces the placeholder goes with it.
    let mut start = f.start;
    let k = cx.tokens_in(b.start, f.start).end;
    if k > 0 && cx.doc.tokens[k - 1].start >= b.start {
        let w = cx.doc.lower(k - 1);
        if PLACEHOLDER_PREPOSITIONS.contains(&w)
            || crate::engine::vocab::words::List("which|and|so").contains(&w)
        {
            start = cx.doc.tokens[k - 1].start;
            if k > 1
                && cx.doc.lower(k - 2) == ","
                && crate::engine::vocab::words::List("which|and|so").contains(&w)
            {
                start = cx.doc.tokens[k - 2].start;
            }
        }
    }
    vec![removal(cx, b, start, f.end, "Remove the placeholder")]
}
