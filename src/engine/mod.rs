//! The analysis engine: pure Rust, no browser APIs. `analyze` is total: any UTF-8 in, an
//! `Analysis` out, never a panic.
//!
//! Pipeline: `text::tokenize` (once) → `lexicon::phrases().find_all` (one hash lookup per token)
//! → per-sentence facts (`context`) → rules (`rules/*`) → `scoring` → `suggest` (rewrites).
pub mod apply;
pub mod catalogue;
pub mod context;
pub mod lexicon;
pub mod model;
pub mod rules;
pub mod scoring;
pub mod suggest;
pub mod text;

pub use apply::apply;
pub use catalogue::rule_doc;
pub use rules::placeholder::placeholder_spans;
pub use model::*;
pub use text::{sentences, tokenize, Doc, Sentence, Token, TokenKind};

/// Analyse a draft with default options.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Analyse a draft with a mode and some rules turned off.
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    let doc = text::tokenize(text);
    let cx = context::Cx::new(&doc, options.mode);
    let mut findings: Vec<Finding> = Vec::new();
    rules::vague::check(&cx, &mut findings);
    rules::personal_label::check(&cx, &mut findings);
    rules::fixed_mindset::check(&cx, &mut findings);
    rules::insult::check(&cx, &mut findings);
    rules::profanity::check(&cx, &mut findings);
    rules::derogatory::check(&cx, &mut findings);
    rules::bare_verdict::check(&cx, &mut findings);
    rules::shouting::check(&cx, &mut findings);
    rules::absolute::check(&cx, &mut findings);
    rules::softener::check(&cx, &mut findings);
    rules::phrase_rules::check(&cx, &mut findings);
    rules::placeholder::check(&doc, &mut findings);
    let disabled = |f: &Finding| options.disabled_rules.iter().any(|r| r == f.rule);
    findings.retain(|f| !disabled(f));
    sort_dedup(&mut findings);

    let scores = scoring::score(&cx, &findings);
    let words = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
        .count();
    if words >= 4 {
        let mut structure = Vec::new();
        rules::structure::check(&cx, scores.sbi, scores.critical_sentence, &mut structure);
        structure.retain(|f| !disabled(f));
        findings.extend(structure);
        sort_dedup(&mut findings);
    }

    drop(cx);
    suggest::fill(doc, options, &mut findings);
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
    }
}

fn sort_dedup(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| (a.start, a.end, a.rule).cmp(&(b.start, b.end, b.rule)));
    findings.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rule == b.rule);
}

/// The rule catalogue: every rule's documentation, sorted by id.
pub fn catalogue() -> &'static [RuleDoc] {
    catalogue::catalogue()
}
