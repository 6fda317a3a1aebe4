//! Code review: the Conventional Comments version of a rewrite ("issue (blocking): …",
//! "suggestion (non-blocking): …", "nitpick (non-blocking): …", "question: …", "praise: …").
//! See https://conventionalcomments.org.
use super::{Body, Cx};
use crate::engine::model::{Category, Finding, Mode, Suggestion};
use crate::engine::rules::RuleId;

/// Add the labelled version of the first suggestion when the text is a code-review comment and
/// the sentence starts a comment line. In code-review mode it becomes the first suggestion
/// (except for small word fixes, where the plain fix stays first).
pub(crate) fn add_labels(cx: &Cx, b: &Body, f: &Finding, out: &mut Vec<Suggestion>) {
    if !cx.code_like || b.labelled || !b.line_start || out.is_empty() {
        return;
    }
    let Some(label) = f.rule.rule().review_label else {
        return;
    };
    let label = cx.comment_label(b.start).unwrap_or(label);
    let p = &out[0];
    // Dropping a word or an outburst needs no label.
    if p.replacement.chars().count() <= 2 {
        return;
    }
    // The first suggestion must sit inside this sentence.
    let end = b.end.max(p.end);
    if p.start < b.start || p.end > end || p.start > b.end {
        return;
    }
    let new_body = format!(
        "{}{}{}",
        &cx.text[b.start..p.start],
        p.replacement,
        &cx.text[p.end.min(end)..end]
    );
    let trimmed = new_body.trim_start();
    if !trimmed.chars().any(crate::engine::text::is_alnum) {
        return;
    }
    let s = Suggestion {
        label: format!("As a Conventional Comment: \"{label}:\""),
        start: b.start,
        end,
        replacement: format!("{label}: {trimmed}"),
    };
    // "We have a crazy forced remove here", "I will update it", "Yep, it's clunky": the
    // writer's own account or concession (an author's reply) is no reviewer's issue to label
    // first.
    let d = &cx.doc;
    let toks = cx.tokens_in(b.start, b.end);
    // ("I think this loop is crazy" is a reviewer's view; "he skips the tests" another's.)
    let own = !label.starts_with("praise")
        && toks.clone().next().is_some_and(|k| {
            // ("Yep, the naming is clunky": the author concedes.)
            (crate::engine::vocab::words::List(
                "i|we|i'm|we're|i'll|we'll|i've|we've|yeah|yep|yup|agreed|done|sure|ok|okay",
            )
            .contains(&d.lower(k))
                // ("Will do, …", "Will fix": the author agrees to the change; "Kept the
                // cast, …": reports it, with the "I" left out.)
                || crate::engine::sentence::elided_will(d, k)
                || crate::engine::vocab::words::List(
                    "kept|added|removed|changed|moved|reverted|renamed|updated|dropped|rebased|addressed|switched",
                )
                .contains(&d.lower(k)))
                && !crate::engine::vocab::words::OPINION_VERBS.contains(&d.lw(k + 1))
        })
        && !toks.clone().any(|k| {
            crate::engine::vocab::words::List("you|your|he|she|they|his|her|their")
                .contains(&d.lower(k))
        });
    // "I suck at shell scripts", "me failing at names", "our naming here sucks": the
    // writer grumbles about their own work, which is no issue to label.
    // (Back to the nearest person: in "I rewrote it because he is lazy" he is the lazy one.)
    let list = crate::engine::vocab::words::List;
    let swear = matches!(
        f.rule,
        RuleId::Profanity | RuleId::DerogatoryWord | RuleId::Insult
    );
    let mine = swear
        && cx
            .tokens_in(b.start, f.end)
            .rev()
            .take(7)
            .take_while(|&k| !list("you|your|he|she|they|his|her|their").contains(&d.lower(k)))
            .any(|k| list("i|me|my|we|our|i'm|we've|i've|we're").contains(&d.lower(k)));
    let small = matches!(f.category, Category::Hedging | Category::Absolute)
        || f.rule == RuleId::Shouting
        || own
        || mine
        || p.end - p.start < 20 && !p.replacement.contains('[');
    if cx.mode == Mode::CodeReview && !small {
        out.insert(0, s);
    } else {
        out.insert(1, s);
    }
}
