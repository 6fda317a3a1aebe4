//! Harsh words (profanity, insults, sneers, bare verdicts, sarcasm, condescension): drop a pure
//! intensifier or interjection, or rewrite the sentence as a plain problem statement that keeps
//! the writer's code and topic and asks for a next step.
use super::edit::cap_first;
use super::remove::{removal, remove_span};
use super::sentence::{other_code, subject, topic};
use super::{Body, Cx};
use crate::engine::model::{Finding, Suggestion};
use crate::engine::rules::RuleId;
use crate::engine::text::TokenKind;

/// Swear words that only intensify ("this fucking loop"): removing them keeps the meaning.
fn intensifier(w: &str) -> bool {
    matches!(
        w,
        "fucking"
            | "fuckin"
            | "fcking"
            | "fking"
            | "effing"
            | "effin"
            | "freaking"
            | "frickin"
            | "fricking"
            | "friggin"
            | "frigging"
            | "bloody"
            | "damn"
            | "damned"
            | "goddamn"
            | "goddamned"
            | "darn"
            | "darned"
            | "dang"
            | "damnit"
            | "dammit"
            | "goddammit"
            | "goddamnit"
            | "horribly"
            | "terribly"
            | "ridiculously"
            | "stupidly"
            | "awfully"
            | "insanely"
    ) || (w.contains('*') && w.ends_with("ing"))
}

/// Words or phrases that open a sentence as an outburst ("Ugh,", "WTF.", "Oh great,").
fn interjection(w: &str) -> bool {
    matches!(
        w,
        "wtf"
            | "wth"
            | "ffs"
            | "omfg"
            | "jfc"
            | "damn"
            | "dammit"
            | "damnit"
            | "goddammit"
            | "yuck"
            | "yucky"
            | "ugh"
            | "eww"
            | "ew"
            | "bleh"
            | "blech"
            | "barf"
            | "meh"
            | "holy shit"
            | "holy moly"
            | "oh great"
            | "oh, great"
            | "oh wonderful"
            | "oh, wonderful"
            | "oh joy"
            | "great, just great"
            | "just great"
            | "surprise, surprise"
            | "big surprise"
            | "what a surprise"
            | "slow clap"
            | "who knew"
            | "i'm shocked"
            | "yeah right"
            | "yeah, right"
            | "hell no"
            | "heck no"
            | "seriously?"
            | "seriously"
            | "are you kidding"
            | "are you serious"
            | "give me a break"
            | "for god's sake"
            | "for heaven's sake"
            | "for crying out loud"
            | "shit"
            | "crap"
            | "fuck"
            | "f*ck"
            | "sh*t"
            | "hell"
            | "hell yes"
            | "hell yeah"
    )
}

/// The words that follow `end` up to the clause end: is there real content after the outburst?
fn words_left(cx: &Cx, b: &Body, s: usize, e: usize, rep: &str) -> usize {
    let left = format!(
        "{}{}{}",
        &cx.text[b.start..s.max(b.start)],
        rep,
        &cx.text[e.min(b.content_end.max(e))..b.content_end.max(e)]
    );
    left.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The problem-statement rewrite of a harsh sentence.
fn problem_statement(cx: &Cx, b: &Body) -> String {
    let t = topic(cx, b);
    let extra = other_code(cx, b, t.as_deref());
    let see = if extra.is_empty() {
        String::new()
    } else {
        format!(" (see {})", extra.join(", "))
    };
    let what = t.unwrap_or_else(|| {
        if cx.code_like {
            "[what, e.g. the retry loop in `sync()`]".into()
        } else {
            "[what, e.g. the release checklist]".into()
        }
    });
    if cx.code_like {
        format!(
            "I see a problem with {what}{see}: [why it matters, e.g. it retries forever when the API is down]. Could we [next step, e.g. cap the retries at three]? I'm happy to pair on it."
        )
    } else {
        format!(
            "I see a problem with {what}{see}: [why it matters, e.g. the release slipped two days]. Could we [next step, e.g. walk through it together on Monday]? I'm happy to help."
        )
    }
}

fn statement_suggestion(cx: &Cx, b: &Body, label: &str) -> Suggestion {
    cx.replace_body(b, label, problem_statement(cx, b))
}

/// "Could we …?" instead of a verdict or a demand.
fn question_version(cx: &Cx, b: &Body) -> Suggestion {
    let what = topic(cx, b).unwrap_or_else(|| "this".into());
    cx.replace_body(
        b,
        "Ask instead of judging",
        format!("What do you think about [an alternative, e.g. reading the file once before the loop] for {what}? I noticed [what you saw, e.g. it re-reads the file on every pass]."),
    )
}

pub(crate) fn suggest(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let w = raw.to_lowercase().replace('’', "'");
    let mut out = Vec::new();
    let alone = !cx.other_toxic_in(b, f);
    if alone && f.rule != RuleId::BareVerdict {
        // "What the hell were you doing" → "What were you doing".
        let toks = cx.tokens_in(f.start, f.end);
        let mut start = f.start;
        let mut single = w.clone();
        if toks.len() == 1
            && toks.start >= 1
            && cx.doc.lower(toks.start - 1) == "the"
            && matches!(w.as_str(), "hell" | "heck" | "fuck" | "f*ck")
        {
            start = cx.doc.tokens[toks.start - 1].start;
            single = "the hell".into();
        }
        if w.starts_with("what the ") {
            let the = cx.tokens_in(f.start, f.end).start + 1;
            start = cx.doc.tokens[the].start;
            single = "the hell".into();
        }
        // "Oh crap, …", "Damn it. …": the whole outburst goes.
        let mut end = f.end;
        let k_after = cx.tokens_in(f.end, b.end).start;
        if matches!(
            w.as_str(),
            "damn" | "darn" | "dang" | "crap" | "shit" | "fuck" | "f*ck" | "screw"
        ) && cx.doc.lw(k_after) == "it"
            && k_after < cx.doc.tokens.len()
            && cx.doc.tokens[k_after].end <= b.end
        {
            end = cx.doc.tokens[k_after].end;
        }
        if toks.start >= 1
            && cx.doc.tokens[toks.start - 1].start >= b.start
            && matches!(
                cx.doc.lower(toks.start - 1),
                "oh" | "ah" | "aw" | "holy" | "well" | "man" | "dude"
            )
            && cx.doc.tokens[toks.start - 1].start == b.start
        {
            start = b.start;
        }
        let at_body_start = start <= b.start;
        let removable = intensifier(&w)
            || single == "the hell"
            || single == "the heck"
            || (at_body_start && interjection(&w) && next_is_break(cx, end))
            || (at_body_start && end > f.end && next_is_break(cx, end));
        if removable {
            let (s, e, rep) = remove_span(text, b, start, end);
            if words_left(cx, b, s, e, &rep) >= 2 {
                out.push(removal(
                    cx,
                    b,
                    start,
                    end,
                    &format!("Remove \"{}\"", text[start..end].trim()),
                ));
            }
        }
        // A sentence that is only the outburst ("Seriously?", "Ugh.", "Damn it.") next to real
        // content: drop it.
        let (s, e, rep) = remove_span(text, b, start, end);
        let other_sentences = cx.doc.sentences.len() > 1;
        if out.is_empty() && other_sentences && words_left(cx, b, s, e, &rep) == 0 && at_body_start
        {
            out.push(removal(cx, b, start, end, "Drop this sentence"));
        }
        // Word swaps that keep the writer's sentence.
        if out.is_empty() && f.rule != RuleId::Condescension {
            if let Some(sw) = swap(cx, b, f, &w) {
                out.push(sw);
            }
        }
    }
    if f.rule == RuleId::Condescension {
        let what = topic(cx, b);
        let ask = match what {
            Some(t) => format!("Can you walk me through your thinking on {t}? What's the real challenge here for you? I'm happy to help."),
            None => "Can you walk me through [the choice, e.g. why the file stays open after the loop]? What's the real challenge here for you? I'm happy to help.".to_string(),
        };
        out.push(cx.replace_body(b, "Ask a coaching question instead", ask));
        out.push(statement_suggestion(cx, b, "Name the problem instead"));
        return out;
    }
    out.push(statement_suggestion(cx, b, "Name the problem instead"));
    if f.rule == RuleId::BareVerdict || cx.code_like {
        out.push(question_version(cx, b));
    }
    out
}

/// Sneering adjectives that can give way to the actual problem.
fn sneer_adjective(w: &str) -> bool {
    matches!(
        w,
        "ugly"
            | "uglier"
            | "ugliest"
            | "stupid"
            | "terrible"
            | "horrible"
            | "awful"
            | "crappy"
            | "shitty"
            | "lame"
            | "ridiculous"
            | "silly"
            | "dumb"
            | "gross"
            | "nasty"
            | "insane"
            | "crazy"
            | "absurd"
            | "pathetic"
            | "hideous"
            | "atrocious"
            | "disgusting"
            | "dreadful"
            | "lousy"
            | "amateurish"
            | "idiotic"
            | "moronic"
            | "ignorant"
            | "laughable"
            | "asinine"
            | "abysmal"
            | "horrendous"
            | "ludicrous"
            | "brainless"
            | "braindead"
            | "smelly"
            | "stinky"
    )
}

/// Nouns for the work that sneer ("this crap", "that garbage").
fn sneer_noun(w: &str) -> bool {
    matches!(
        w,
        "crap"
            | "garbage"
            | "junk"
            | "trash"
            | "shit"
            | "nonsense"
            | "rubbish"
            | "bs"
            | "bullshit"
            | "mess"
            | "abomination"
            | "monstrosity"
    )
}

/// A word-level fix that keeps the rest of the writer's sentence: "hate" → "dislike",
/// "I suck at X" → "I'm still getting better at X", a sneering adjective or noun → a placeholder
/// naming the actual problem (in sentences with enough content to keep).
fn swap(cx: &Cx, b: &Body, f: &Finding, w: &str) -> Option<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(f.start, f.end);
    if toks.len() != 1 {
        return None;
    }
    let k = toks.start;
    let prev = if k > 0 && d.tokens[k - 1].start >= b.start {
        d.lower(k - 1)
    } else {
        ""
    };
    let upper = cx.text[f.start..].starts_with(char::is_uppercase);
    let case = |s: &str| {
        if upper {
            cap_first(s)
        } else {
            s.to_string()
        }
    };
    let sugg = |label: &str, rep: String| Suggestion {
        label: label.into(),
        start: f.start,
        end: f.end,
        replacement: rep,
    };
    match w {
        "hate" => return Some(sugg("Say it without the heat", case("dislike"))),
        "hated" => return Some(sugg("Say it without the heat", case("disliked"))),
        "hates" => return Some(sugg("Say it without the heat", case("dislikes"))),
        "hating" => return Some(sugg("Say it without the heat", case("disliking"))),
        "suck" | "sucks" if matches!(prev, "i" | "we" | "i'm") => {
            return Some(sugg(
                "Frame it as a skill you're building",
                if prev == "i'm" {
                    "still getting better".into()
                } else if prev == "we" {
                    "are still getting better".into()
                } else {
                    "am still getting better".into()
                },
            ));
        }
        _ => {}
    }
    let words = cx
        .tokens_in(b.start, b.end)
        .filter(|&j| d.tokens[j].kind == TokenKind::Word)
        .count();
    let has_code = cx
        .tokens_in(b.start, b.end)
        .any(|j| d.tokens[j].kind == TokenKind::Code || d.tokens[j].ident);
    if words < 8 && !has_code {
        return None;
    }
    if sneer_adjective(w) {
        // Drop an intensifier in front: "really ugly" → "[what's wrong …]".
        let mut start = f.start;
        if matches!(
            prev,
            "really"
                | "so"
                | "very"
                | "pretty"
                | "super"
                | "totally"
                | "just"
                | "quite"
                | "rather"
                | "kinda"
                | "bit"
        ) {
            start = d.tokens[k - 1].start;
        }
        return Some(Suggestion {
            label: format!("Say what is wrong instead of \"{}\"", d.raw(k)),
            start,
            end: f.end,
            replacement: "[what's wrong, e.g. inconsistent with the style guide]".into(),
        });
    }
    if sneer_noun(w)
        && matches!(
            prev,
            "this" | "that" | "the" | "such" | "some" | "all" | "of" | "these" | "those"
        )
    {
        return Some(sugg(
            &format!("Name it instead of \"{}\"", d.raw(k)),
            "[what exactly, e.g. the duplicated setup code]".into(),
        ));
    }
    None
}

/// A comma, dash, full stop or similar right after `at`: the interjection stands alone.
fn next_is_break(cx: &Cx, at: usize) -> bool {
    let k = cx.tokens_in(at, cx.text.len()).start;
    let d = &cx.doc;
    k < d.tokens.len()
        && d.tokens[k].kind == TokenKind::Punct
        && !matches!(d.lower(k), "'" | "\"" | "(")
}

/// Name-calling: self-directed → drop the clause; aimed at someone → SBI without the name.
pub(crate) fn name_calling(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, f.start);
    let self_directed = toks
        .clone()
        .any(|k| matches!(d.lower(k), "i'm" | "i" | "im" | "me" | "myself"));
    let mut out = Vec::new();
    if self_directed {
        // "I'm such a moron, fixed" → "Fixed".
        let k = cx.tokens_in(f.end, b.content_end).start;
        if k < d.tokens.len()
            && d.tokens[k].start < b.content_end
            && matches!(d.lower(k), "," | ";" | ":" | "-" | "—")
        {
            let (s, e, rep) = remove_span(cx.text, b, b.start, f.end);
            if words_left(cx, b, s, e, &rep) >= 1 {
                out.push(removal(cx, b, b.start, f.end, "Drop the put-down"));
            }
        }
    }
    let who = subject(cx, b).unwrap_or("you");
    let (you, could) = match who {
        "you" => ("you", "Could you"),
        "she" => ("she", "Could we talk about"),
        "he" => ("he", "Could we talk about"),
        _ => ("they", "Could we talk about"),
    };
    let next = if could == "Could you" {
        "[next step, e.g. run the tests before pushing]"
    } else {
        "[next step, e.g. how to run the tests before pushing]"
    };
    out.push(cx.replace_body(
        b,
        "Describe what happened instead of the name",
        format!("When {you} [did what, e.g. pushed without running the tests], [what happened, e.g. the build broke twice this week], and [the impact, e.g. the team lost a morning]. {could} {next}? I'm happy to help."),
    ));
    out.push(statement_suggestion(cx, b, "Name the problem instead"));
    out
}
