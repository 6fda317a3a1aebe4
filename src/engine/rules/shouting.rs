//! `shouting`: runs of ALL-CAPS words, or three or more exclamation marks.
use crate::engine::rule::{Check, Effect, Rule, RuleId};
use crate::engine::suggest;
use crate::engine::context::Cx;
use crate::engine::model::{Category, Finding, RuleDoc, Severity};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        id: RuleId::Shouting,
        category: Category::Harsh,
        severity: Severity::Warning,
        what: "ALL CAPS, one word stressed in capitals at the reader (\"Can we PLEASE\", \"YOU need to\"), or a pile of exclamation marks (\"!!!\").",
        why: "In writing, capitals and stacked exclamation marks read as raised voice; the reader hears anger before the content. Radical Candor: challenge directly, not loudly.",
        source: "Kim Scott, Radical Candor; netiquette conventions (RFC 1855)",
        example: "DO NOT MERGE THIS AGAIN!!!",
        instead: "Please hold the merge: this branch fails the migration test (see CI run 4812).",
        known_false_positives: "Runs of acronyms; code pasted without backticks. Not flagged: \"!!!\" after thanks or praise, capitals in a Markdown heading.",
    },
    phrases: "",
    check: Check::Sentences(check),
    effect: Effect {
        care: -10.0,
        challenge: 4.0,
        label: "shouting",
    },
    suggest: Some(suggest::replace::shouting),
    review_label: Some("issue (blocking)"),
};

fn check(cx: &Cx, out: &mut Vec<Finding>) {
    use crate::engine::vocab::class;
    let d = cx.doc;
    let mut skip_to = 0;
    for i in cx.tokens_with(class::CAPS | class::BANGS) {
        if i < skip_to {
            continue;
        }
        if cx.is(i, class::BANGS) {
            if cheering(cx, i) {
                continue;
            }
            let msg = if d.lower(i).contains('?') {
                "\"?!\" reads as exasperation"
            } else {
                "Stacked exclamation marks read as shouting"
            };
            out.push(cx.finding(&RULE, i, i + 1, msg.to_string()));
            continue;
        }
        let caps_run = |from: usize| {
            let mut j = from;
            let mut long = 0;
            while j < d.tokens.len() && cx.is(j, class::CAPS) {
                if d.lower(j).chars().count() >= 4 {
                    long += 1;
                }
                j += 1;
            }
            (j, long)
        };
        let (mut j, long) = caps_run(i);
        let shout = j - i >= 3 && long >= 1;
        // "IF YOU SUBMIT A DIFF HERE, THE TEAM …", "THIS IS DAY 5 AND …": a shout goes on across
        // a comma, a number or "A", so its rewrite recases all of it.
        while shout && j + 1 < d.tokens.len() {
            let bridge = d.tokens[j].kind == crate::engine::text::TokenKind::Number
                || crate::engine::vocab::words::List(",|-|:|(|)|;|/|&").contains(&d.lower(j))
                || matches!(d.raw(j), "A" | "I");
            if !(bridge && cx.is(j + 1, class::CAPS) && cx.same_sentence(j, j + 1)) {
                break;
            }
            j = caps_run(j + 1).0;
        }
        skip_to = j;
        // A run of three or more, or one stressed word in a run of at most two: "Can we PLEASE
        // get this", "No, YOU need to" (a word that is never an acronym raises the voice at
        // the reader), "TOTALLY useless" (a stressed intensifier, only in a complaint: "it
        // ALWAYS finishes before lunch" stresses a fact).
        let (a, b, msg) = if shout {
            (i, j, "All caps reads as shouting")
        } else if j - i <= 2 {
            let v = cx.views[d.tokens[i].sentence];
            let stressed = |w: &str| {
                emphatic(w)
                    || v.criticism
                        && !v.praise
                        && crate::engine::vocab::words::List("completely|totally|absolutely|utterly|literally|never|always|again|still|ever")
                            .contains(&w)
            };
            match (i..j).find(|&k| stressed(d.lower(k))) {
                Some(k) => (k, k + 1, "in capitals reads as a raised voice"),
                None => continue,
            }
        } else {
            continue;
        };
        // "Don't write it IN CAPITAL LETTERS": capitals shown, not used to shout.
        let shown = (i..j).any(|k| {
            crate::engine::vocab::words::List("capital|capitals|caps|uppercase|letters|shouting|yelling")
                .contains(&d.lower(k))
        });
        if heading(cx, i) || quoted_message(cx, i, j) || shown {
            continue;
        }
        if shout {
            out.push(cx.finding(&RULE, a, b, msg.to_string()));
        } else {
            out.push(cx.quoted(&RULE, a, b, msg));
        }
    }
}

/// Words that are only ever capitalised for stress (no acronym spells them).
fn emphatic(w: &str) -> bool {
    crate::engine::vocab::words::List("please|you|your|exactly|obviously|clearly|actually|seriously").contains(&w)
}

/// "Thank you!!!", "Amazing work!!!": stacked exclamation marks closing a sentence that thanks or
/// praises and criticises nothing are enthusiasm, not a raised voice ("?!" is never cheering).
fn cheering(cx: &Cx, i: usize) -> bool {
    let si = cx.doc.tokens[i].sentence;
    let (Some(v), Some(f)) = (cx.views.get(si), cx.facts.get(si)) else {
        return false;
    };
    !cx.doc.lower(i).contains('?') && (v.praise || f.thanks_or_fix) && !v.criticism
}

/// A message or label cited in quotes ("the client shows \"TRYING TO CONNECT\""): someone
/// else's capitals, not the writer's voice.
fn quoted_message(cx: &Cx, i: usize, j: usize) -> bool {
    let d = cx.doc;
    let mark = |k: usize| matches!(d.lw(k), "\"" | "'");
    i > 0 && mark(i - 1) && mark(j) && d.lw(i - 1) == d.lw(j)
}

/// A Markdown heading line ("## STEPS TO REPRODUCE"): a template's section title, not shouting.
fn heading(cx: &Cx, i: usize) -> bool {
    let text = cx.doc.text;
    let start = cx.doc.tokens[i].start;
    let line = text[..start].rfind('\n').map_or(0, |p| p + 1);
    text[line..start].trim_start().starts_with('#')
}

crate::rule_tests! {
    rule: Shouting,
    fires: [
        "DO NOT MERGE THIS",
        "Fix it now!!!",
        "Why is this still broken?!",
        "This is broken again!!!",
        "Can we PLEASE get a release?",
        "No, YOU need to validate the input.",
        "STOP CHANGING THE DEFAULTS",
        "The new dashboard is TOTALLY useless to our team.",
        "The docs are STILL confusing."
    ],
    quiet: [
        // A block comment pasted from the code: the code's words, not the writer's.
        "Copied from the header:\n/*\n * NEVER CALL THIS FROM A SIGNAL HANDLER.\n */\nSo why here?",
        // Capitals shown, not used.
        "Please don't write your whole report IN CAPITAL LETTERS, it reads as yelling.",
        "The HTTP API returns JSON.",
        "Nice catch!",
        "Does this work? Yes!",
        "See `NO_PROXY` and MAX_RETRIES.",
        "Thank you so much!!!",
        "Amazing work on the installer!!!",
        "## STEPS TO REPRODUCE",
        "Please see the README.",
        "You can set NO_COLOR to turn this off.",
        "The client only shows \"WAITING FOR THE SERVER\" and never connects.",
        "This is ABSOLUTELY the best release so far.",
        "The sync ALWAYS finishes before lunch on Fridays."
    ],
}
