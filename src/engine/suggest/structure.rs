//! Structure: add the missing Situation / Behavior / Impact / next step with placeholders, and
//! help fill (or drop) a `[placeholder]` left in the draft.
use super::edit::append;
use super::remove::removal;
use super::sentence::subject;
use super::{Body, Cx};
use crate::engine::model::{Finding, Mode, Suggestion};

pub(crate) fn missing_sbi(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let m = f.message.to_lowercase();
    let code_review = cx.mode == Mode::CodeReview;
    let need_situation = !code_review && m.contains("situation");
    let need_behavior = !code_review && m.contains("behavio");
    let need_impact = !code_review && m.contains("impact");
    let need_next =
        m.contains("next step") || code_review || !(need_situation || need_behavior || need_impact);
    let body = cx
        .body_text(b)
        .trim_end()
        .trim_end_matches([':', ',', ';', '-', '—'])
        .trim_end();
    let terminal = cx.text[b.content_end.min(b.end)..b.end].trim();
    let terminal = if terminal.is_empty() { "." } else { terminal };
    // Examples that fit what the sentence is about: a person, code, or a piece of work.
    let person = matches!(subject(cx, b), Some("you" | "he" | "she"));
    let first_word = cx
        .tokens_in(b.start, b.end)
        .next()
        .map(|k| cx.doc.lower(k))
        .unwrap_or("");
    let myself = matches!(
        first_word,
        "i" | "i'm" | "im" | "i've" | "i'd" | "my" | "we" | "we're" | "our"
    );
    let (where_, saw, impact, next, help) = if myself && !code_review {
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
    let mut s = String::with_capacity(body.len() + 200);
    // The writer's sentence stays as written (its first word may be the request itself).
    s.push_str(body);
    s.push_str(terminal);
    if need_behavior {
        s.push_str(" Specifically, ");
        if need_situation {
            s.push_str(&format!("in [where, e.g. {where_}], "));
        }
        let what = if myself && !code_review {
            "what happened"
        } else {
            "what you saw"
        };
        s.push_str(&format!("[{what}, e.g. {saw}]"));
        if need_impact {
            s.push_str(&format!(", which [impact, e.g. {impact}]"));
        }
        s.push('.');
    } else {
        if need_situation {
            s.push_str(&format!(" This was in [where, e.g. {where_}]."));
        }
        if need_impact {
            s.push_str(&format!(" It [impact, e.g. {impact}]."));
        }
    }
    if myself && !code_review {
        // About the writer: their own next step.
        s.push_str(" Next time, I'll [my next step, e.g. volunteer to lead one section].");
    } else if need_next {
        s.push_str(&format!(" Could you [next step, e.g. {next}]?{help}"));
    }
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
        && matches!(
            cx.doc.lower(k - 1),
            "in" | "at" | "on" | "during" | "for" | "with" | "from" | "by" | "to" | "about"
        )
    {
        start = cx.doc.tokens[k - 1].start;
    }
    out.push(removal(cx, b, start, f.end, "Remove the placeholder"));
    out
}
