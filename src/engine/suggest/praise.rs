//! Praise: vague praise → specific praise ("Thank you for [what] — it [impact]"); empty praise
//! ("no need to change anything") → a growth step; backhanded phrasing → the preamble removed or
//! said directly.
use super::edit::{cap_first, cap_if, sugg};
use super::remove::removal;
use super::{Body, Cx};
use crate::engine::model::{Category, Finding, Mode, Suggestion};
use crate::engine::rules::RuleId;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{ALREADY_SAID, DISCLAIMERS, MESSAGE_NOUNS};

const SPECIFIC: &str = "Thank you for [specific action, e.g. writing the migration guide] — it [impact, e.g. saved the on-call team an hour].";
const SPECIFIC_CODE: &str = "Thank you for [specific change, e.g. extracting `retry()` into its own module] — it [impact, e.g. made the tests run in 2 seconds].";
const GROWTH: &str =
    " Next, I'd like you to [a stretch goal, e.g. run the next design review] — how can I help?";

fn word_count(cx: &Cx, b: &Body) -> usize {
    cx.tokens_in(b.start, b.end)
        .filter(|&k| cx.doc.tokens[k].kind == TokenKind::Word)
        .count()
}

/// Does the draft need a growth step? Reviews do, and so does praise that rules growth out.
fn wants_growth(cx: &Cx) -> bool {
    cx.mode == Mode::PerformanceReview && !cx.code_like || cx.empty_praise
}

fn specific(cx: &Cx) -> &'static str {
    if cx.code_like {
        SPECIFIC_CODE
    } else {
        SPECIFIC
    }
}

fn praise_body(cx: &Cx) -> String {
    if wants_growth(cx) {
        format!("{}{GROWTH}", specific(cx))
    } else {
        specific(cx).to_string()
    }
}

pub(crate) fn vague(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let praise_in_body = cx
        .spans_in(b.start, b.end)
        .filter(|s| s.2 == Category::Vague)
        .count();
    let short = word_count(cx, b) <= 9
        || praise_in_body > 1
        || cx
            .spans_in(b.start, b.end)
            .any(|s| s.3 == RuleId::EmptyPraise);
    let mut out = Vec::new();
    let inline = {
        let before = text[b.start.min(f.start)..f.start].trim_end();
        let clause_start = before.is_empty() || before.ends_with([',', ';', ':', '—', '-']);
        let noun_phrase = !raw.to_lowercase().starts_with("doing")
            && !raw.to_lowercase().starts_with("you")
            && !raw.to_lowercase().starts_with("work");
        if clause_start && noun_phrase {
            let rep = "thank you for [specific action, e.g. writing the `v2` migration guide]";
            sugg(
                format!("Say what was good instead of \"{raw}\""),
                f.start,
                f.end,
                if f.start <= b.start {
                    cap_first(rep)
                } else {
                    rep.to_string()
                },
            )
        } else {
            sugg(
                "Say what was good about it".to_string(),
                f.end,
                f.end,
                " — specifically, [what was good, e.g. the `v2` migration guide you wrote]",
            )
        }
    };
    if short {
        out.push(cx.replace_body(
            b,
            format!("Say what was good instead of \"{raw}\""),
            praise_body(cx),
        ));
        out.push(inline);
    } else {
        out.push(inline);
        out.push(cx.replace_body(b, "Rewrite as specific praise", praise_body(cx)));
    }
    out
}

pub(crate) fn empty(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let vague_here = cx.spans_in(b.start, b.end).any(|s| s.2 == Category::Vague);
    let mut out = Vec::new();
    if vague_here || f.start <= b.start {
        out.push(cx.replace_body(
            b,
            "Name what was good and one way to grow",
            format!("{}{GROWTH}", specific(cx)),
        ));
    } else {
        let (end, tail) = if f.end >= b.content_end {
            (b.end, ". What do you want to work on next?")
        } else {
            (f.end, "")
        };
        out.push(sugg(
            "Offer one way to grow instead",
            f.start,
            end,
            format!("and one thing to try next is [a stretch goal, e.g. running the next design review]{tail}"),
        ));
    }
    out
}

/// Backhanded phrasing: drop the disclaimer, point back neutrally, or say it directly.
pub(crate) fn backhanded(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let raw = &cx.text[f.start..f.end];
    let p = raw.to_lowercase().replace('’', "'");
    let at_start = f.start <= b.start;
    let s = match p.as_str() {
        p if DISCLAIMERS.contains(&p) => {
            removal(cx, b, f.start, f.end, &format!("Remove \"{raw}\""))
        }
        p if ALREADY_SAID.contains(&p) => point_back(cx, f, p, at_start),
        "friendly reminder" | "gentle reminder" => sugg(
            "Just say \"reminder\"",
            f.start,
            f.end,
            cap_if(at_start, "reminder"),
        ),
        "finally managed" => sugg("Drop \"finally\"", f.start, f.end, "managed"),
        "surprisingly good" => sugg("Drop \"surprisingly\"", f.start, f.end, "good"),
        "surprisingly well" => sugg("Drop \"surprisingly\"", f.start, f.end, "well"),
        "not bad for" | "pretty good for" | "good for a" => cx.replace_body(
            b,
            "Praise the work on its own terms",
            specific(cx).to_string(),
        ),
        _ => cx.replace_body(
            b,
            "Say it directly",
            "I'd like to be direct: [what you noticed, e.g. the report arrived two days after the deadline]. What's the real challenge here for you? I want to help.".to_string(),
        ),
    };
    vec![s]
}

/// "per my last email" → "as I wrote in [where, …]" ("as per my last" takes its noun along).
fn point_back(cx: &Cx, f: &Finding, p: &str, at_start: bool) -> Suggestion {
    let mut end = f.end;
    if p == "as per my last" {
        let k = cx.tokens_in(f.end, cx.text.len()).start;
        if MESSAGE_NOUNS.contains(&cx.doc.lw(k)) {
            end = cx.doc.tokens[k].end;
        }
    }
    sugg(
        "Point to it neutrally",
        f.start,
        end,
        cap_if(at_start, "as I wrote in [where, e.g. Monday's email]"),
    )
}
