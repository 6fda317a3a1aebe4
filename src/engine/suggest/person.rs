//! About the person: a trait label becomes the behavior behind it ("abrasive" → "in Monday's
//! planning, you interrupted Sam twice"), and fixed-mindset framing becomes growth framing
//! ("not a systems person" → "hasn't built systems expertise yet").
use super::edit::{append, cap_first, sugg};
use super::sentence::{in_brackets, is_harsh_word};
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::text::TokenKind;

fn positive(w: &str) -> bool {
    matches!(
        w,
        "smart"
            | "brilliant"
            | "talented"
            | "gifted"
            | "intelligent"
            | "nice"
            | "sweet"
            | "pleasant"
            | "bubbly"
            | "kind"
            | "genius"
            | "rockstar"
            | "rock star"
            | "ninja"
            | "natural"
            | "hard worker"
            | "team player"
            | "great"
            | "amazing"
            | "awesome"
            | "helpful"
            | "friendly"
            | "reliable"
            | "perfectionist"
            | "people person"
    )
}

/// "In [which meetings …]" from "… in meetings with design" after the label.
fn situation_hint(cx: &Cx, b: &Body, from: usize) -> Option<String> {
    let d = &cx.doc;
    let toks = cx.tokens_in(from, b.content_end);
    let k = toks.start;
    if k >= toks.end || !matches!(d.lower(k), "in" | "during" | "at" | "on") {
        return None;
    }
    let mut j = k + 1;
    while j < toks.end
        && d.tokens[j].kind == TokenKind::Word
        && j < k + 7
        && !is_harsh_word(d.lower(j))
        && !matches!(
            d.lower(j),
            "and"
                | "but"
                | "or"
                | "so"
                | "because"
                | "when"
                | "where"
                | "while"
                | "which"
                | "who"
                | "you"
                | "since"
        )
        && !in_brackets(cx.text, b, d.tokens[j].start)
        && !cx.flagged(d.tokens[j].start, d.tokens[j].end, None)
    {
        j += 1;
    }
    (j > k + 1).then(|| cx.text[d.tokens[k + 1].start..d.tokens[j - 1].end].to_string())
}

pub(crate) fn label(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    let words: Vec<usize> = toks
        .clone()
        .filter(|&k| d.tokens[k].kind == TokenKind::Word)
        .collect();
    let first = words.first().map(|&k| d.lower(k)).unwrap_or("");
    let who = match first {
        "he" | "he's" => "he",
        "she" | "she's" => "she",
        "they" | "they're" => "they",
        _ => "you",
    };
    let negated = words
        .iter()
        .any(|&k| matches!(d.lower(k), "not" | "never") || d.lower(k).ends_with("n't"));
    // The label itself: the last one or two words of the span.
    let last2 = if words.len() >= 2 {
        cx.text[d.tokens[words[words.len() - 2]].start..f.end].to_lowercase()
    } else {
        String::new()
    };
    let last = words.last().map(|&k| d.lower(k)).unwrap_or("");
    let label_word = if positive(&last2) {
        last2.clone()
    } else {
        last.to_string()
    };
    let is_positive = !negated && (positive(&label_word) || positive(last));
    let mut out = Vec::new();
    let subj_cap = cap_first(who);
    // "a nice person": the noun goes with the label.
    let mut f_end = f.end;
    let nk = cx.tokens_in(f.end, b.content_end).start;
    if nk < d.tokens.len()
        && d.tokens[nk].start < b.content_end
        && matches!(
            d.lower(nk),
            "person"
                | "guy"
                | "girl"
                | "human"
                | "colleague"
                | "one"
                | "man"
                | "woman"
                | "engineer"
                | "developer"
                | "manager"
        )
    {
        f_end = d.tokens[nk].end;
    }
    let f = &Finding {
        end: f_end,
        ..f.clone()
    };
    let words_after = cx
        .tokens_in(f.end, b.content_end)
        .filter(|&k| d.tokens[k].kind == TokenKind::Word)
        .count();
    if is_positive {
        if words_after >= 3 {
            // "You are a nice person but the report is late": keep the rest of the sentence.
            out.push(sugg(
                format!("Name what {who} did instead of \"{label_word}\""),
                f.start,
                f.end,
                format!(
                    "{} [what {who} did, e.g. paired with two new hires on the billing service]",
                    if f.start <= b.start {
                        subj_cap.clone()
                    } else {
                        who.to_string()
                    }
                ),
            ));
        }
        out.push(cx.replace_body(
            b,
            format!("Name what {who} did instead of \"{label_word}\""),
            format!(
                "{subj_cap} [what {who} did, e.g. paired with two new hires on the billing service], and it [impact, e.g. got them shipping in their first week].{}",
                if who == "you" { " Thank you." } else { "" }
            ),
        ));
        if words_after < 3 {
            out.push(sugg(
                format!("Describe the behavior instead of \"{label_word}\""),
                f.start,
                f.end,
                format!("{subj_cap} [what {who} did, e.g. paired with two new hires]"),
            ));
        }
        return out;
    }
    let situation = match situation_hint(cx, b, f.end) {
        Some(h) => format!("[which of the {h}, e.g. Monday's planning]"),
        None => "[which meeting, e.g. Monday's planning]".to_string(),
    };
    let ask = if who == "you" {
        "Could you [next step, e.g. let people finish before you reply]? I want to help — what's the real challenge here for you?".to_string()
    } else {
        format!("Could we talk about [next step, e.g. how {who} can give everyone room to speak]? I want to help.")
    };
    out.push(cx.replace_body(
        b,
        format!("Describe the behavior instead of \"{label_word}\""),
        format!("In {situation}, {who} [what {who} did, e.g. interrupted Sam twice], and [the effect it had, e.g. Sam stopped contributing]. {ask}"),
    ));
    out.push(sugg(
        format!("Replace \"{label_word}\" with what {who} did"),
        f.start,
        f.end,
        format!("{} [what {who} did instead of \"{label_word}\", e.g. interrupted Sam twice in Monday's planning]", if f.start <= b.start { subj_cap.clone() } else { who.to_string() }),
    ));
    out
}

/// Fixed mindset → growth mindset.
pub(crate) fn growth(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let d = &cx.doc;
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let phrase = raw.to_lowercase().replace('’', "'");
    let at_start = f.start <= b.start;
    let fix = |s: &str| {
        if at_start {
            cap_first(s)
        } else {
            s.to_string()
        }
    };
    let toks = cx.tokens_in(f.start, f.end);
    let prev_k =
        (toks.start > 0 && d.tokens[toks.start - 1].start >= b.start).then(|| toks.start - 1);
    let prev = prev_k.map(|k| d.lower(k)).unwrap_or("");
    let mut out = Vec::new();
    let one = |out: &mut Vec<Suggestion>, rep: String| {
        out.push(sugg("Frame it as a skill that grows", f.start, f.end, rep))
    };

    // "not a systems person", "isn't really a people person", "not a natural".
    let words: Vec<usize> = toks
        .clone()
        .filter(|&k| d.tokens[k].kind == TokenKind::Word)
        .collect();
    let lastw = words.last().map(|&k| d.lower(k)).unwrap_or("");
    let firstw = words.first().map(|&k| d.lower(k)).unwrap_or("");
    if (firstw == "not" || firstw.ends_with("n't"))
        && matches!(lastw, "person" | "type" | "guy" | "girl" | "natural")
        && words.len() >= 3
    {
        // The skill: words between "a/an" and "person".
        let a = words.iter().position(|&k| matches!(d.lower(k), "a" | "an"));
        let skill = match a {
            Some(i) if i + 1 < words.len() - 1 => {
                text[d.tokens[words[i + 1]].start..d.tokens[words[words.len() - 2]].end].to_string()
            }
            _ => "this".to_string(),
        };
        let skill_phrase = if skill == "this" {
            "this skill".to_string()
        } else {
            format!("{skill} expertise")
        };
        // Subject right before: "I'm", "you're", "he's".
        let subj = match prev {
            "i'm" | "im" => Some(("I", "haven't")),
            "you're" => Some(("you", "haven't")),
            "we're" => Some(("we", "haven't")),
            "they're" => Some(("they", "haven't")),
            "he's" => Some(("he", "hasn't")),
            "she's" => Some(("she", "hasn't")),
            _ => None,
        };
        if let (Some((s, has)), Some(pk)) = (subj, prev_k) {
            let s = if d.tokens[pk].start <= b.start {
                cap_first(s)
            } else {
                s.to_string()
            };
            out.push(sugg(
                "Frame it as a skill that grows",
                d.tokens[pk].start,
                f.end,
                format!("{s} {has} built {skill_phrase} yet"),
            ));
        } else {
            let aux = if firstw.ends_with("n't") {
                match firstw {
                    "isn't" | "ain't" => "is ",
                    "aren't" => "are ",
                    "wasn't" => "was ",
                    "weren't" => "were ",
                    "am" => "am ",
                    _ => "",
                }
            } else {
                ""
            };
            one(
                &mut out,
                fix(&format!("{aux}still building {skill_phrase}")),
            );
        }
        return out;
    }

    let third = matches!(prev, "he" | "she" | "it" | "they're")
        || !matches!(prev, "i" | "you" | "we" | "they" | "i'm" | "you're");
    let rep: Option<String> = match phrase.as_str() {
        "naturally good at" => Some("skilled, through practice, at".into()),
        "naturally bad at" | "hopeless at" => Some("still learning".into()),
        "naturally talented" | "gifted" | "innate" => Some("skilled through practice".into()),
        "natural talent" => Some("practised skill".into()),
        "born leader" | "a natural leader" => Some(if phrase.starts_with("a ") {
            "a leader who has practised [which skill, e.g. running retros]".into()
        } else {
            "leader who has practised [which skill, e.g. running retros]".into()
        }),
        "born to" => Some("prepared to".into()),
        "a natural at" => Some("well practised at".into()),
        "not wired for" | "not built for" | "not cut out for" => {
            Some("still building the skills for".into())
        }
        "not cut out to" => Some("still building the skills to".into()),
        "not wired that way" => Some("still building that habit".into()),
        "don't have the personality" | "do not have the personality" | "don't have the talent" => {
            Some("haven't yet built the skills".into())
        }
        "doesn't have the personality"
        | "does not have the personality"
        | "doesn't have the talent" => Some("hasn't yet built the skills".into()),
        "lacks the talent" | "no talent for" => Some(if phrase == "no talent for" {
            "skills still to build for".into()
        } else {
            "has yet to build the skills".into()
        }),
        "don't have what it takes" => Some("haven't built the skills yet".into()),
        "doesn't have what it takes" => Some("hasn't built the skills yet".into()),
        "not leadership material" => Some("still building leadership skills".into()),
        "not management material" => Some("still building management skills".into()),
        "not the type" => Some("still building the habit".into()),
        "just the way you are" => Some("a habit you can change with practice".into()),
        "just the way he is" => Some("a habit he can change with practice".into()),
        "just the way she is" => Some("a habit she can change with practice".into()),
        "in your nature" => Some("a habit you can change with practice".into()),
        "in his nature" => Some("a habit he can change with practice".into()),
        "in her nature" => Some("a habit she can change with practice".into()),
        "not in your dna" => Some("not a habit you've built yet".into()),
        "inherently bad" => Some("not yet skilled".into()),
        "some people just" => Some("some people have practised more and".into()),
        "some people are just" => Some("some people have practised more and are".into()),
        "you either have it or you don't" => {
            Some("it's a skill you can build with practice".into())
        }
        "either have it or" => Some("build it with practice or".into()),
        "will never be good" => Some("can get better".into()),
        "never be good at" => Some("get better, with practice, at".into()),
        "just not smart" | "not smart enough" => Some("still building the skills".into()),
        _ => None,
    };
    let _ = third;
    match rep {
        Some(r) => one(&mut out, fix(&r)),
        None => one(&mut out, fix("still building the skills for")),
    }
    // A coaching question invites the person to own the growth.
    out.push(append(
        cx,
        b,
        "Add a coaching question",
        "What do you want to learn next, and how can I help?",
    ));
    out
}
