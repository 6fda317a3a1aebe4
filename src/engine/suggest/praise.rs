//! Praise: vague praise → specific praise ("Thank you for [what] — it [impact]"); empty praise
//! ("no need to change anything") → a growth step; backhanded phrasing → the preamble removed or
//! said directly.
use super::edit::{cap_if, sugg};
use super::evidence;
use super::remove::removal;
use super::voice::{examples, Person, Voice};
use super::{Body, Cx};
use crate::engine::case::Case;
use crate::engine::model::{Category, Finding, Mode, Suggestion};
use crate::engine::rules::RuleId;
use crate::engine::text::TokenKind;
use crate::engine::vocab::words::{List, ALREADY_SAID, DISCLAIMERS, MESSAGE_NOUNS};

const SPECIFIC_CODE: &str = "Thank you for [specific change, e.g. extracting `retry()` into its own module] — it [impact, e.g. made the tests run in 2 seconds].";
/// One way to grow, in the draft's person ("Next, I'd like you to …", "Next, Sam could …").
fn growth(cx: &Cx, v: &Voice) -> String {
    let stretch = examples(cx).stretch;
    match v.person {
        Person::Reader => {
            format!(" Next, I'd like you to [a stretch goal, e.g. {stretch}] — how can I help?")
        }
        Person::Writer => format!(
            " Next, {} want to [a stretch goal, e.g. {stretch}].",
            v.name
        ),
        Person::Third => format!(" Next, {} could [a stretch goal, e.g. {stretch}].", v.name),
        Person::Nobody => String::new(),
    }
}

/// Does the praise foretell ("will", "may", "might" before a verb of arriving, or "a future
/// here")? Not more of the same ("will keep doing great work") nor "future projects".
fn forecast(cx: &Cx, f: &Finding) -> bool {
    let d = &cx.doc;
    // (From the sentence's start: the finding may sit on the praised noun alone.)
    let first = cx
        .sentence_of(f.start)
        .map_or(f.start, |si| d.sentences[si].start.min(f.start));
    let words = cx.tokens_in(first, f.end);
    let arrives = |k: usize| {
        let w = d.lower(k);
        if w == "future" {
            return !d.is_word(k + 1) || List("here|at|in|with|for|if").contains(&d.lw(k + 1));
        }
        // (The modal's word bit first: most words of a sentence are no modal.)
        cx.has(k, crate::engine::sentence::word::FOLLOWER)
            && List("will|may|might|could|can").contains(&w)
            && {
                let skip =
                    List("indeed|well|one|eventually|someday|certainly").contains(&d.lw(k + 1));
                // ("will prove a strong lead", "could be a fine pick for the role".)
                // (Not a habit or a cause: "will get whatever is needed done", "a drive that
                // will make him a great hire".)
                let v = k + 1 + usize::from(skip);
                let habit = match d.lw(v) {
                    "get" => !List("promoted|there|better|ahead|to").contains(&d.lw(v + 1)),
                    "make" => List("him|her|them|you|it").contains(&d.lw(v + 1)),
                    _ => false,
                };
                !habit
                    && List("reach|become|grow|go|achieve|get|make|succeed|excel|improve|progress|thrive|prove|be")
                        .contains(&d.lw(v))
            }
    };
    // "he is likely to excel", "poised to become a lead" ("sharp and likely to grow further"
    // praises first: the example is for that).
    let bound = |k: usize| {
        // ("has the potential to grow into the lead role": a potential, the same.)
        List("likely|poised|bound|set|ability|potential").contains(&d.lower(k))
            && d.lw(k.wrapping_sub(1)) != "and"
            && d.lw(k + 1) == "to"
            && List("do|reach|become|grow|go|achieve|get|make|succeed|excel|improve|progress|thrive|be|lead|take")
                .contains(&d.lw(k + 2))
    };
    let same = |k: usize| List("keep|continue|continues|maintain|stay").contains(&d.lower(k));
    words.clone().any(|k| arrives(k) || bound(k)) && !words.clone().any(same)
}

/// The label of the card that adds the step toward a forecast, or past a ceiling.
pub(crate) const NEXT_STEP: &str = "Name the next step that gets there";

/// " To get there, Sam could [a next step, e.g. …]." (`to` is "get there" or "grow beyond that"):
/// after criticism in the draft a forecast's step is a remedy, not a stretch; a ceiling's is
/// always a stretch (`remedy` false).
pub(crate) fn step_from(cx: &Cx, v: &Voice, to: &str, remedy: bool) -> String {
    let ex = examples(cx);
    let step = if remedy && cx.views.iter().any(|v| v.criticism) {
        ex.next
    } else {
        ex.stretch
    };
    [
        " To ",
        to,
        ", ",
        &v.name,
        " could [a next step, e.g. ",
        step,
        "].",
    ]
    .concat()
}

fn word_count(cx: &Cx, b: &Body) -> usize {
    cx.tokens_in(b.start, b.end)
        .filter(|&k| cx.doc.tokens[k].kind == TokenKind::Word)
        .count()
}

/// Does the draft need a growth step? Reviews to the reader do (not a reply in a thread: a
/// thank-you under a quote asks for no stretch goal), and so does praise that rules
/// growth out; a review about someone else stays a record of what they did.
fn wants_growth(cx: &Cx, v: &Voice) -> bool {
    v.is_reader()
        && (cx.mode == Mode::PerformanceReview && !cx.tech() || cx.empty_praise)
        && !cx.replies()
}

/// Specific praise in the draft's own person: "Sam [what Sam did], which [impact]." about
/// someone, "You [what you did] … Thank you." to the reader, "The best part was …" about work.
fn specific(cx: &Cx, v: &Voice) -> String {
    if cx.code_like && v.is_reader() {
        return SPECIFIC_CODE.to_string();
    }
    let ex = examples(cx);
    match v.person {
        Person::Nobody => format!(
            "The best part was [what was good, e.g. {}], which [impact, e.g. {}].",
            ex.good_thing, ex.good_impact
        ),
        person => format!(
            "{} [{}, e.g. {}], which [impact, e.g. {}].{}",
            v.subject(),
            v.what_did(),
            ex.good,
            ex.good_impact,
            if person == Person::Reader {
                " Thank you."
            } else {
                ""
            }
        ),
    }
}

fn praise_body(cx: &Cx, v: &Voice) -> String {
    if wants_growth(cx, v) {
        let mut s = specific(cx, v);
        s.push_str(&growth(cx, v));
        s
    } else {
        specific(cx, v)
    }
}

/// "Say what was good instead of "great job"" (a long sentence is not quoted).
fn instead_label(raw: &str) -> String {
    if raw.chars().count() <= 40 {
        format!("Say what was good instead of \"{raw}\"")
    } else {
        "Say what was good, and what it changed".to_string()
    }
}

pub(crate) fn vague(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    // "… Keep up the good work!" closing praise or an account asks for more of the same: it
    // says what, where it stands (an example after it would repeat the one before).
    let si = cx.sentence_of(f.start).unwrap_or(0);
    if raw
        .get(..5)
        .is_some_and(|k| k.eq_ignore_ascii_case("keep "))
        && si > 0
        && cx.views[..si].iter().any(|v| v.praise || v.specific)
    {
        let what = examples(cx).good_thing;
        let joint = if raw.ends_with("work") { " on" } else { " —" };
        let rep = format!("{joint} [what to keep up, e.g. {what}]");
        return vec![sugg("Say what to keep up", f.end, f.end, rep)];
    }
    let v = evidence::acting(cx, b, Voice::of(cx, b));
    let praise_in_body = cx
        .spans_in(b.start, b.end)
        .filter(|s| s.2 == Category::Vague)
        .count();
    // A label of the person ("Dana is a dependable engineer") is the sentence's whole claim.
    let short = word_count(cx, b) <= 9
        || praise_in_body > 1
        || f.category == Category::Personality
        || cx
            .spans_in(b.start, b.end)
            .any(|s| s.3 == RuleId::EmptyPraise);
    // The writer's sentence stays; the example that makes it specific follows it.
    let (mut example, split) = evidence::example_for(
        cx,
        b,
        f,
        &v,
        "Add an example: what they did, and what it changed",
        true,
    );
    // After the criticism the growth step would read as its remedy; a thank-you asks for
    // nothing more ("Thank you for your contributions." is no review).
    let thanks = cx
        .tokens_in(b.start, b.end)
        .any(|k| matches!(cx.doc.lower(k), "thank" | "thanks"));
    if !split && !thanks && wants_growth(cx, &v) {
        example.replacement.push_str(&growth(cx, &v));
    }
    // "If she asks for reviews early, she may become a lead", "She has a future here": a forecast,
    // not an account. A past example would not back it; the step that gets there does.
    if !split && v.person == Person::Third && forecast(cx, f) {
        example.label = NEXT_STEP.into();
        example.replacement = step_from(cx, &v, "get there", true);
        // (Nor does a deed in its place or beside it: "he will be great — for example, [what
        // he did]".)
        return vec![example];
    }
    // Only the alternative that is offered gets built: a long article holds dozens of these.
    // A sentence that also criticises with no turn to split it at ("hits his targets and only
    // occasionally misses a detail") keeps its criticism: the praise is made specific in place.
    // (So does one that turns where the sides cannot be told apart.)
    let side = super::clause::side_of(cx, b, f, true);
    let mixed =
        cx.views.get(si).is_some_and(|s| s.criticism) && side.end - side.start == b.end - b.start;
    // "I like that she's self-driven and ships fixes on her own": the label is not the
    // whole claim; replacing the clause would delete what he does.
    let beyond = cx
        .tokens_in(side.start, side.end)
        .filter(|&k| cx.doc.is_word(k) && !(f.start..f.end).contains(&cx.doc.tokens[k].start))
        .count();
    let short = short && !(f.category == Category::Personality && beyond > 3);
    // The alternative keeps the writer's words ("Dana is a dependable engineer — for example,
    // […]"); a short claim may also give way to the deed ("Dana [what Dana did] …"), offered
    // last: an editor's read found it deleting what the writer meant to say when it led.
    let mut out = vec![example, inline_praise(cx, b, f, &v)];
    if short && !mixed {
        let deed = praise_body(cx, &v);
        out.push(super::clause::replace_side(
            cx,
            b,
            f,
            true,
            &instead_label(raw),
            deed,
        ));
    }
    out
}

/// The praise phrase made specific where it stands: "thank you for [what]" to the reader at the
/// start of a clause, else " — specifically, [what was good]" after it.
fn inline_praise(cx: &Cx, b: &Body, f: &Finding, v: &Voice) -> Suggestion {
    let text = cx.text;
    let raw = &text[f.start..f.end];
    let before = text[b.start.min(f.start)..f.start].trim_end();
    let clause_start = before.is_empty() || before.ends_with([',', ';', ':', '—', '-']);
    let lower = raw.lowercase();
    let noun_phrase =
        !lower.starts_with("doing") && !lower.starts_with("you") && !lower.starts_with("work");
    let ex = examples(cx);
    if v.is_reader() && clause_start && noun_phrase {
        let rep = format!("thank you for [what you did, e.g. {}]", ex.good_thing);
        return sugg(
            instead_label(raw),
            f.start,
            f.end,
            cap_if(f.start <= b.start, &rep),
        );
    }
    // "Great job on the launch, but the notes were thin": after "launch". A label of a person
    // with more said of them ("self-motivated and finishes tasks on her own") takes the example
    // after all of it.
    let end = match super::clause::praise_end(cx, b, f) {
        Some(end) => end,
        None if f.category == Category::Personality => {
            let side = super::clause::side_of(cx, b, f, true);
            let side_end = side.content_end.min(side.end).max(f.end);
            f.end.max(
                text[..side_end]
                    .trim_end_matches([' ', '.', '!', ',', ';'])
                    .len(),
            )
        }
        None => f.end,
    };
    let end = before_trailing_clause(cx, f.start, end);
    // Of a person ("Maria is a great asset to the team"), the example is something they did.
    let (what, eg) = match v.person {
        Person::Nobody => ("what was good".into(), ex.good_thing),
        _ => (v.what_did(), ex.good),
    };
    // Inside the sentence ("reliable — for example, […] — and ships on time") the aside closes.
    let after = &text[end..b.content_end.min(b.end).max(end)];
    let rest = after.trim_start();
    let close = if rest.starts_with(|c: char| crate::engine::text::is_alnum(c)) {
        " —"
    } else {
        ""
    };
    // ("a strong analyst, but a little short on ambition": the dash closing the aside takes
    // the comma's place, "— for example, […] — but …", not "— for example, […], but".)
    let comma = rest.strip_prefix(',').map(str::trim_start);
    let (close, to) = match comma {
        Some(r) if r.starts_with(|c: char| crate::engine::text::is_alnum(c)) => {
            (" —", end + (after.len() - rest.len()) + 1)
        }
        _ => (close, end),
    };
    sugg(
        "Say what was good about it".to_string(),
        end,
        to,
        format!(" — for example, [{what}, e.g. {eg}]{close}"),
    )
}

/// "an excellent fit for the team and has room to grow", "a steady hand on a crew which rarely
/// needs a lead": the example follows the praise, not a clause that trails it (a second
/// predicate or a relative clause after the last word of praise).
fn before_trailing_clause(cx: &Cx, start: usize, end: usize) -> usize {
    let d = &cx.doc;
    let toks = cx.tokens_in(start, end);
    let praised = toks
        .clone()
        .filter(|&k| cx.has(k, crate::engine::sentence::word::PRAISED))
        .last();
    let clause = |k: usize| {
        List("which|while|whereas|although|though").contains(&d.lower(k))
            || crate::engine::sentence::splice_at(d, k)
            || d.lower(k) == "and"
                && List("has|needs|is|can|could|should|will|may|might|would|does")
                    .contains(&d.lw(k + 1))
    };
    // ("a great worker who ships on time and is always ready": praise goes on; it stays whole.)
    let praises =
        |k: usize| (k..toks.end).any(|j| cx.has(j, crate::engine::sentence::word::PRAISED));
    let k = praised.and_then(|p| (p + 1..toks.end).find(|&k| clause(k)));
    match k {
        Some(k) if !praises(k) => {
            // (Before the comma that may open the clause: "her role, while …".)
            let j = if d.is_word(k - 1) { k - 1 } else { k - 2 };
            d.tokens[j].end
        }
        _ => end,
    }
}

/// Praise that rules growth out ("perfect as always, no notes") → what was good and one way to
/// grow. The whole sentence is the empty praise: rewriting only the phrase would leave "Dana is
/// and …".
pub(crate) fn empty(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let v = Voice::of(cx, b);
    vec![super::clause::replace_side(
        cx,
        b,
        f,
        true,
        "Name what was good and one way to grow",
        specific(cx, &v) + &growth(cx, &v),
    )]
}

/// Backhanded phrasing: drop the disclaimer, point back neutrally, or say it directly.
pub(crate) fn backhanded(cx: &Cx, b: &Body, f: &Finding) -> Vec<Suggestion> {
    let raw = &cx.text[f.start..f.end];
    let p = raw.lowercase().replace('’', "'");
    let at_start = f.start <= b.start;
    let s = match p.as_str() {
        p if DISCLAIMERS.contains(&p) => {
            let end = disclaimer_end(cx, f);
            // "I'm just saying, …": the "I'm" goes with it.
            let k = cx.tokens_in(f.start, f.end).start.wrapping_sub(1);
            let start = match cx.doc.tokens.get(k) {
                Some(t) if cx.doc.lower(k) == "i'm" && t.start >= b.start => t.start,
                _ => f.start,
            };
            removal(
                cx,
                b,
                start,
                end,
                &super::remove::remove_label(cx.text[start..end].trim_end_matches(',')),
            )
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
            specific(cx, &Voice::of(cx, b)),
        ),
        _ => cx.replace_body(b, "Say it directly", say_directly(cx, b)),
    };
    vec![s]
}

/// Where a disclaimer ends: "No offense to Tom, but …" takes its addressee and "but" along,
/// so the sentence starts at what it says.
fn disclaimer_end(cx: &Cx, f: &Finding) -> usize {
    let d = &cx.doc;
    let mut k = cx.tokens_in(f.end, cx.text.len()).start;
    let si = d.tokens.get(k.wrapping_sub(1)).map_or(0, |t| t.sentence);
    let here = |k: usize| k < d.tokens.len() && d.tokens[k].sentence == si;
    if d.lw(k) == "to" {
        let addressee = (k + 1..k + 5).find(|&j| !here(j) || !d.is_word(j) || d.lower(j) == "but");
        match addressee {
            Some(j) if here(j) && matches!(d.lower(j), "," | "but") => k = j,
            _ => return f.end,
        }
    }
    let mut end = f.end;
    // (", but", or a dash: "Just sayin -- the docs …")
    while here(k) && List(",|-|—|–").contains(&d.lower(k)) {
        end = d.tokens[k].end;
        k += 1;
    }
    if here(k) && d.lower(k) == "but" {
        end = d.tokens[k].end;
    }
    end
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

/// The backhanded remark said plainly, with a coaching question when the draft speaks to the
/// person.
fn say_directly(cx: &Cx, b: &Body) -> String {
    let v = Voice::of(cx, b);
    let ex = examples(cx);
    let plain = format!(
        "I'd like to be direct: [what you noticed, e.g. {} {}].",
        if v.person == Person::Nobody {
            "someone"
        } else {
            v.name.as_str()
        },
        ex.slip
    );
    if cx.asks_coaching_question(&v) {
        format!("{plain} What's the real challenge here for you? I want to help.")
    } else {
        plain
    }
}
