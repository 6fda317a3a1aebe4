//! The analysis engine: pure Rust, no browser APIs. `analyze` is total: any UTF-8 in, an
//! `Analysis` out, never a panic.
//!
//! Pipeline: `text::tokenize` (once) → `vocab::scan` (one hash lookup per token: word classes
//! and every rule's phrases) → `context::Cx` (the sentence view every rule reads) → every
//! registered rule (`rules/`) → `scoring` → the rules that read the draft's scores → `suggest`
//! (rewrites).
pub mod apply;
pub mod case;
pub mod catalogue;
pub mod context;
pub mod conventional;
pub mod model;
pub mod placeholders;
pub mod preview;
pub mod rule;
pub mod rules;
pub mod scoring;
pub mod sentence;
pub mod suggest;
pub mod text;
pub mod vocab;

pub use apply::apply;
pub use catalogue::rule_doc;
pub use model::*;
pub use placeholders::placeholder_spans;
pub use preview::rewrite_all;
pub use rule::{Check, Rule};
pub use text::{sentences, tokenize, Doc, Sentence, Token, TokenKind};

/// Analyse a draft with default options.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Analyse a draft with a mode and some rules turned off.
///
/// A code review is a list of comments (blocks between blank lines): each is judged on its own —
/// its findings, its label, its quadrant — while the draft's matrix and checklist read the whole.
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    let mut whole = analyze_draft(text, options, Part::Whole);
    if whole.comments.len() < 2 {
        if let Some(c) = whole.comments.first_mut() {
            c.quadrant = whole.quadrant;
        }
        return whole;
    }
    whole.findings.clear();
    for c in &mut whole.comments {
        let part = analyze_draft(&text[c.start..c.end], options, Part::Comment);
        c.quadrant = part.quadrant;
        whole
            .findings
            .extend(part.findings.into_iter().map(|f| f.shifted(c.start)));
    }
    whole
}

/// What `analyze_draft` reads: the whole draft, or one comment of a code review.
#[derive(PartialEq)]
enum Part {
    Whole,
    Comment,
}

/// Analyse one draft (or one comment of a code review) as a whole. A draft of several comments
/// gets no rewrites here: its findings are replaced by those of each comment.
fn analyze_draft(text: &str, options: &Options, part: Part) -> Analysis {
    let doc = text::tokenize(text);
    let mut cx = context::Cx::new(&doc, options.mode);
    let enabled = || rules::all().filter(|r| !options.disabled_rules.contains(&r.id()));
    let mut findings: Vec<Finding> = Vec::new();
    for rule in enabled() {
        if let Check::Sentences(check) = rule.check {
            check(&cx, &mut findings);
        }
    }
    // Quoted lines and HTML comments are someone else's words: nothing there is judged.
    let others = text::others_words(text);
    if !others.is_empty() {
        keep(&mut findings, &mut |f| !text::within(&others, f.start));
    }
    // A quotation in the writer's own paragraph reports a claim, a hedge or a compliment, which
    // are not the writer's to fix; harsh words repeated still land on the reader (shouting in a
    // quoted error message does not).
    let quoted = text::quotations(text);
    if !quoted.is_empty() {
        let repeated = |f: &Finding| {
            matches!(f.category, Category::Harsh | Category::Personality)
                && f.rule != RuleId::Shouting
        };
        keep(&mut findings, &mut |f| {
            repeated(f) || !text::within(&quoted, f.start)
        });
    }
    sort_dedup(&mut findings);
    drop_hedges_beside_heat(&cx, &mut findings);
    drop_vague_beside_heat(&mut findings);

    let scores = scoring::score(&cx, &findings);
    let words = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
        .count();
    if words >= 4 {
        for rule in enabled() {
            if let Check::Draft(check) = rule.check {
                check(&cx, &scores, &mut findings);
            }
        }
        sort_dedup(&mut findings);
    }

    let comments = if options.mode == Mode::CodeReview {
        conventional::comments(&doc, &cx.views)
    } else {
        Vec::new()
    };
    let views = cx.views.clone();
    let layer = std::mem::take(&mut cx.layer);
    drop(cx);
    if part == Part::Comment || comments.len() < 2 {
        suggest::fill(doc, views, layer, options, &comments, &mut findings);
        fold_twins(&mut findings);
    }
    Analysis {
        findings,
        care: scores.care,
        challenge: scores.challenge,
        quadrant: scores.quadrant,
        specificity: scores.specificity,
        sbi: scores.sbi,
        sentences: scores.sentences,
        signals: scores.signals,
        word_count: words,
        comments,
    }
}

/// In a code thread, a hedge is not what needs fixing next to a harsh word: "this is probably
/// garbage" needs the "garbage" gone, and a note about "probably" beside it misses the point. The
/// heat sets the tone of a comment (six sentences at most; code review judges each comment on
/// its own), not of a long draft. (A review keeps both: "she seems a bit emotional" is a label
/// and a hedge.)
fn drop_hedges_beside_heat(cx: &context::Cx, findings: &mut Vec<Finding>) {
    let heated = |f: &Finding| matches!(f.category, Category::Harsh | Category::Personality);
    if cx.doc.sentences.len() <= 6 && findings.iter().any(heated) && cx.code_thread() {
        keep(findings, &mut |f| f.category != Category::Hedging);
    }
}

/// "This is garbage and needs to be better", "you are clueless about releases": the insult or
/// the bare verdict is the thing to fix, and its card says how (drop it, name the problem); a
/// vague-criticism card on the same words would append an example to the insult. (A sneering
/// adjective in a review, "an abysmal worker", keeps both: the example is what is missing.)
fn drop_vague_beside_heat(findings: &mut Vec<Finding>) {
    let insults: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| {
            matches!(
                f.rule,
                RuleId::Insult | RuleId::NameCalling | RuleId::Condescension | RuleId::BareVerdict
            )
        })
        .map(|f| (f.start, f.end))
        .collect();
    if !insults.is_empty() {
        keep(findings, &mut |f| {
            f.rule != RuleId::VagueCriticism
                || !insults.iter().any(|&(a, b)| a < f.end && f.start < b)
        });
    }
}

/// Two cards that would make the same edit ("crappy" as a swear and as a sneer, "asshole" as
/// profanity and as an insult, two hedges of one sentence asking for one "I say this because"):
/// when both are heat, or both hedges, the lesser of the two goes (a label before a sneer, a
/// problem before a warning, an insult before a swear, the narrower span among equals: it
/// marks the word). A label and a vague-praise card on one sentence both stay: they say
/// different things about it, and the label's card leads with its other edit.
fn fold_twins(findings: &mut Vec<Finding>) {
    let rank = |f: &Finding| {
        let heat = matches!(f.category, Category::Harsh | Category::Personality);
        let kind = if heat {
            1
        } else {
            (f.category == Category::Hedging) as u8 * 2
        };
        let narrow = std::cmp::Reverse(f.end - f.start);
        (
            kind,
            f.category == Category::Personality,
            f.severity,
            f.rule != RuleId::Profanity,
            narrow,
        )
    };
    let mut gone = vec![false; findings.len()];
    for j in 1..findings.len() {
        for i in 0..j {
            let (a, b) = (&findings[i], &findings[j]);
            let (Some(x), Some(y)) = (a.suggestions.first(), b.suggestions.first()) else {
                continue;
            };
            // (The spans first: most pairs differ there, and cost no string comparison.)
            if gone[i] || (x.start, x.end) != (y.start, y.end) || x != y {
                continue;
            }
            let (ra, rb) = (rank(a), rank(b));
            if ra.0 == rb.0 && ra.0 > 0 {
                gone[if rb > ra { i } else { j }] = true;
                break;
            }
            // "He is dependable." as trait praise and as vague praise: the trait card leads with
            // its other edit, so the two cards offer two fixes.
            let pair = [a.rule, b.rule];
            if pair.contains(&RuleId::TraitPraise) && pair.contains(&RuleId::VaguePraise) {
                let t = if a.rule == RuleId::TraitPraise { i } else { j };
                let s = &mut findings[t].suggestions;
                if s.len() > 1 {
                    s[..2].rotate_left(1);
                }
                break;
            }
        }
    }
    let mut k = 0;
    keep(findings, &mut |_| {
        k += 1;
        !gone[k - 1]
    });
}

/// `Vec::retain` through one closure type: each closure passed to `retain` itself is a copy of
/// it in the page.
pub(crate) fn keep(findings: &mut Vec<Finding>, keep: &mut dyn FnMut(&Finding) -> bool) {
    findings.retain(|f| keep(f));
}

fn sort_dedup(findings: &mut Vec<Finding>) {
    crate::sort::sort_by_key(findings, |f| (f.start, f.end, f.rule));
    findings.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rule == b.rule);
}

/// The rule catalogue: every rule's documentation, sorted by id.
pub fn catalogue() -> &'static [RuleDoc] {
    catalogue::catalogue()
}
