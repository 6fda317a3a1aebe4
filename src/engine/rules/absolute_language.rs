//! `absolute-language`: "always", "never", "every time" applied to someone's behavior.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};
use crate::engine::sentence::word;
use crate::engine::vocab::words::List;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::AbsoluteLanguage,
        category: Category::Absolute,
        severity: Severity::Warning,
        what: "\"Always\", \"never\", \"every time\" about a person's behavior.",
        why: "Absolutes are almost never literally true, so the person argues with the exaggeration instead of hearing the point. SBI asks for one concrete situation instead.",
        source: "Situation-Behavior-Impact, Center for Creative Leadership; Stone & Heen, Thanks for the Feedback",
        example: "You always interrupt people.",
        instead: "In Tuesday's standup you interrupted Ana twice before she finished her update.",
        known_false_positives: "Statements about code (\"this branch is never taken\") and praise (\"she always helps new hires\") are not flagged; true absolutes about a person are rare but possible.",
    },
    phrases: PHRASES,
    check: Check::Sentences(check),
    effect: Effect {
        care: -6.0,
        challenge: 3.0,
        label: "absolute language",
    },
    suggest: Some(suggest::replace::absolute),
    review_label: Some("suggestion (non-blocking)"),
};

pub const PHRASES: &str = "\
always|never|every time|every single time|constantly|all the time|continually|continuously|\
not once|each and every time|without fail|forever|nothing ever|never ever|every day|\
every meeting";

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    let d = cx.doc;
    for m in cx.matches_of(RuleId::AbsoluteLanguage) {
        let s = d.tokens[m.start].sentence;
        // Preceded or followed (within 4 words) by a person: "you always", "every time you".
        let before = (m.start.saturating_sub(4)..m.start)
            .any(|k| d.tokens[k].sentence == s && is_person(d.lower(k)));
        // ("Unit tests never protect you from …": after "never" or "always", "you" is the object of a
        // general claim.)
        let after = d.lower(m.start) == "every"
            && (m.end..(m.end + 2).min(d.tokens.len()))
                .any(|k| d.tokens[k].sentence == s && is_person(d.lower(k)));
        // "extra clicks every time you save a file": "every time" opening a clause
        // ("whenever you …") after a sentence about no one says when a thing happens, not what
        // someone always does ("Every time you deploy, the build breaks." blames).
        let whenever = d.lower(m.start) == "every"
            && m.start > d.sentences[s].tokens.start
            && is_person(d.lw(m.end));
        if !before && (!after || whenever) {
            continue;
        }
        // "She never complains", "you always help": an absolute in praise is warmth, not an
        // accusation to argue with (vague-praise asks for its example).
        let v = cx.views[s];
        // ("always cheerful, but rarely speaks up": the absolute sits on the praise side.)
        let praised = |k: usize| cx.same_sentence(m.start, k) && cx.has(k, word::PRAISED);
        let criticised = |k: usize| cx.same_sentence(m.start, k) && cx.has(k, word::CRITICISED);
        let side = m.end..m.end + 3;
        if v.praise && (!v.criticism || side.clone().any(praised) && !side.clone().any(criticised)) {
            continue;
        }
        // "So you never tried the staging build?", "Do you always test on Windows?": a question asks
        // whether it holds; it asserts no absolute ("Why do you always …?" does).
        let toks = d.sentences[s].tokens.clone();
        let asks = toks.clone().last().is_some_and(|k| d.raw(k) == "?");
        if asks && !toks.clone().any(|k| d.lower(k) == "why") {
            continue;
        }
        // "you never know": an idiom with a generic "you", not an accusation; "never … in the
        // first place": not at any point, no count of times.
        let first_place =
            (m.end..toks.end).any(|k| d.lower(k) == "place" && d.lw(k.wrapping_sub(1)) == "first");
        if d.lower(m.start) == "never" && (d.lw(m.end) == "know" || first_place) {
            continue;
        }
        // "you never have to check it again", "you can always revert": a guarantee or an
        // option the writer offers, not a habit pinned on someone.
        let w = d.lower(m.start);
        let needs = List("have|has|need|needs").contains(&d.lw(m.end))
            && matches!(d.lw(m.end + 1), "to" | "worry");
        let option = m.start > 0 && matches!(d.lower(m.start - 1), "can" | "could");
        // "you can't always take the lock", "it won't always be set": a denied absolute
        // says it fails sometimes, which is the opposite of an exaggeration.
        let denied = m.start > 0 && {
            let p = d.lower(m.start - 1);
            w == "always" && (p.ends_with("n't") || crate::engine::vocab::words::List("cannot|cant|wont").contains(&p))
        };
        // "you should always check the result", "you must never push to main", "you will
        // always get a warning": a rule or a forecast, not a habit pinned on someone.
        let norm = m.start > 0 && {
            let p = d.lower(m.start - 1);
            crate::engine::vocab::words::List("should|must|shall").contains(&p) || w == "always" && (matches!(p, "will" | "would") || p.ends_with("'ll"))
        };
        if w == "never" && needs || w == "always" && (option || denied) || norm || generic_you(cx, m.start) {
            continue;
        }
        // "not always" softens rather than exaggerates; "if you always return None" supposes.
        if m.start > 0 && matches!(d.lower(m.start - 1), "not" | "almost")
            || m.start > 1 && matches!(d.lower(m.start - 2), "if" | "unless")
        {
            continue;
        }
        // "why are you skipping two every time?": closing a clause in a thread about code, each
        // pass of a loop or run of a command ("Every time you deploy, …", "always" and "never"
        // about a person still count).
        let clause_end = !d.is_word(m.end) || !cx.same_sentence(m.start, m.end);
        if d.lower(m.start) == "every" && clause_end && cx.code_thread() {
            continue;
        }
        if code_step(cx, m.end) {
            continue;
        }
        out.push(cx.quoted(&RULE, m.start, m.end, "overstates; name one specific time instead"));
    }
}

/// "when you route every write through the queue, you never lose an event": an
/// "if you" or "when you" earlier in the sentence makes "you" anyone who takes that path.
fn generic_you(cx: &Cx, at: usize) -> bool {
    let d = cx.doc;
    let s = d.sentences[d.tokens[at].sentence].tokens.start;
    (s..at.saturating_sub(1)).any(|k| {
        List("if|when|whenever|once").contains(&d.lower(k)) && d.lw(k + 1) == "you"
    })
}

/// "you open the file but never close it", "you always clone the buffer": in a thread about
/// code, an absolute before a step the code takes on an object says what the code under review
/// does on every run, not what a person always does ("you never check your messages" still counts).
fn code_step(cx: &Cx, at: usize) -> bool {
    let d = cx.doc;
    let verb = List("close|free|release|unlock|lock|reset|clear|flush|drop|call|return|check|set|initialize|allocate|clone|copy|handle|validate|catch|await|read|write|update|increment|escape|sanitize|dispose|cancel|commit|rollback|join|reuse|cache|log|throw|raise")
        .contains(&d.lw(at));
    let object = List("it|them|the|this|that|a|an|any|each|every").contains(&d.lw(at + 1))
        || at + 1 < d.tokens.len() && crate::engine::context::code_name(d, at + 1);
    verb && object && cx.code_thread()
}

fn is_person(w: &str) -> bool {
    crate::engine::vocab::words::List("you|you're|youre|he|she|he's|she's|u").contains(&w)
}

crate::rule_tests! {
    rule: AbsoluteLanguage,
    fires: [
        "He is always late but writes great docs.",
        "You always interrupt people.",
        "She never reviews on time.",
        "Every time you deploy, the build breaks.",
        "Why do you always interrupt people?",
        "When I ask for a review, you always say you are busy."
    ],
    quiet: [
        // The absolute on the praise side of a turn.
        "She is always cheerful with clients but rarely speaks up in meetings.",
        "This branch is never taken.",
        "The cache is always warm by then.",
        "With the new type you never have to check for null again.",
        "If the deploy fails, you can always roll back.",
        "When you route every write through the queue, you never lose an event.",
        // "you" as the object of a general claim; "never … in the first place".
        "Unit tests never protect you from a bad schema.",
        "You never really read the spec in the first place, did you.",
        "You're not always on time, which is fine.",
        "Since the queue may be empty, you can't always pop an item on the first call.",
        "You should always check the return value of write().",
        "You must never push straight to main.",
        "You'll always get a warning when the cache is cold.",
        "She always helps new hires find their feet.",
        "He never misses a handoff.",
        "So you never tried the staging build?",
        "Why are you skipping two every time? You're iterating in `parse()` already.",
        "If you always return early here, the cleanup below never runs.",
        "You never know when the cache will go cold, so keep the fallback.",
        "The dialog needs two more clicks every time you save a file.",
        // What the code under review does on every run.
        "You open the socket in `connect()` but you never close it.",
    ],
    mode Mode::CodeReview => {
        fires: ["You never answer my review comments."],
        quiet: ["You allocate the buffer in the loop and always copy the whole slice."]
    }
}
