//! Structure: add the missing Situation / Behavior / Impact / next step with placeholders, and
//! help fill (or drop) a `[placeholder]` left in the draft.
use super::edit::append;
use super::remove::removal;
use super::sentence::subject;
use super::{Body, Cx};
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
        let m = f.message.to_lowercase();
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

/// Example facts for the placeholders, fitting what the sentence is about.
struct Examples {
    where_: &'static str,
    saw: &'static str,
    impact: &'static str,
    next: &'static str,
    help: &'static str,
}

impl Examples {
    /// Examples for the writer themselves, a person, code, or a piece of work.
    fn of(cx: &Cx, b: &Body, myself: bool, code_review: bool) -> Examples {
        let person = matches!(subject(cx, b), Some("you" | "he" | "she"));
        let (where_, saw, impact, next, help) = if myself {
            (
                "last quarter's planning",
                "I skipped the design review",
                "meant I missed the practice",
                "",
                "",
            )
        } else if person && !code_review {
            (
                "Tuesday's planning",
                "you interrupted Ana twice",
                "meant Ana stopped contributing",
                "let people finish before you reply",
                " I'm happy to help.",
            )
        } else if cx.code_like || code_review {
            (
                "the `loader` module",
                "`parse()` re-reads the file on every call",
                "meant the import took 40 seconds",
                "read the file once before the loop",
                "",
            )
        } else {
            (
                "section 3",
                "the authors skipped error bars in Table 2",
                "makes the gain harder to judge",
                "add the spread over five runs",
                "",
            )
        };
        Examples {
            where_,
            saw,
            impact,
            next,
            help,
        }
    }
}

/// Missing SBI parts → the writer's sentence followed by the missing parts as placeholders.
pub(crate) fn missing_sbi(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let code_review = cx.mode == Mode::CodeReview;
    let need = Needs::of(f, code_review);
    let myself = !code_review && about_the_writer(cx, b);
    let ex = Examples::of(cx, b, myself, code_review);
    // The writer's sentence stays as written (its first word may be the request itself).
    let mut s = kept_sentence(cx, b);
    add_sbi_parts(&mut s, &need, &ex, myself);
    add_next_step(&mut s, &need, &ex, myself);
    vec![
        cx.replace_body(b, "Add what's missing (placeholders to fill)", s),
        append(
            cx,
            b,
            "Add a coaching question",
            "What's the real challenge here for you?",
        ),
    ]
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
    format!("{body}{terminal}")
}

/// " Specifically, in [where], [what you saw], which [impact]." or the parts on their own.
fn add_sbi_parts(s: &mut String, need: &Needs, ex: &Examples, myself: bool) {
    if need.behavior {
        s.push_str(" Specifically, ");
        if need.situation {
            s.push_str(&format!("in [where, e.g. {}], ", ex.where_));
        }
        let what = if myself {
            "what happened"
        } else {
            "what you saw"
        };
        s.push_str(&format!("[{what}, e.g. {}]", ex.saw));
        if need.impact {
            s.push_str(&format!(", which [impact, e.g. {}]", ex.impact));
        }
        s.push('.');
    } else {
        if need.situation {
            s.push_str(&format!(" This was in [where, e.g. {}].", ex.where_));
        }
        if need.impact {
            s.push_str(&format!(" It [impact, e.g. {}].", ex.impact));
        }
    }
}

/// The next step: the writer's own, or a question to the reader.
fn add_next_step(s: &mut String, need: &Needs, ex: &Examples, myself: bool) {
    if myself {
        s.push_str(" Next time, I'll [my next step, e.g. volunteer to lead one section].");
    } else if need.next {
        s.push_str(&format!(
            " Could you [next step, e.g. {}]?{}",
            ex.next, ex.help
        ));
    }
}

/// An example fact for a placeholder: the text after "e.g.", or one for a common label.
fn example(inner: &str) -> Option<String> {
    let lower = inner.to_lowercase();
    if let Some(i) = lower.find("e.g.") {
        let ex = inner[i + 4..].trim().trim_end_matches(['.', ',']);
        if !ex.is_empty() {
            return Some(ex.to_string());
        }
    }
    let what = lower.split(',').next().unwrap_or("").trim().to_string();
    let ex = match what.as_str() {
        "meeting" | "the meeting" | "situation" | "when" | "where" | "date" => "Tuesday's planning",
        "behavior" | "behaviour" | "what you saw" | "what you said" | "what happened" => {
            "you interrupted Ana twice"
        }
        "impact" | "the impact" | "effect" | "the effect" | "why it matters" => {
            "two people left before the decisions"
        }
        "next step" | "the next step" => "lead with a three-line summary",
        "name" | "who" | "person" => "Ana",
        "number" | "the number" | "number of times" | "how many" | "how long" | "how often" => {
            "three times"
        }
        _ => return None,
    };
    Some(ex.to_string())
}

pub(crate) fn placeholder(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let inner = raw.trim_start_matches('[').trim_end_matches(']');
    let what = inner.split(", e.g.").next().unwrap_or(inner).trim();
    let mut out = Vec::new();
    if let Some(ex) = example(inner) {
        out.push(Suggestion {
            label: format!("Fill in: {what} (example — type the real fact)"),
            start: f.start,
            end: f.end,
            replacement: ex,
        });
    }
    // "In [meeting], you said …" → "You said …": the preposition goes with its placeholder.
    let mut start = f.start;
    let k = cx.tokens_in(b.start, f.start).end;
    if k > 0
        && cx.doc.tokens[k - 1].start >= b.start
        && PLACEHOLDER_PREPOSITIONS.contains(&cx.doc.lower(k - 1))
    {
        start = cx.doc.tokens[k - 1].start;
    }
    out.push(removal(cx, b, start, f.end, "Remove the placeholder"));
    out
}
