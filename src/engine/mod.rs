//! The analysis engine: pure Rust, no browser APIs. `analyze` is total: any UTF-8 in, an
//! `Analysis` out, never a panic.
pub mod apply;
pub mod model;

pub use apply::apply;

pub use model::*;

/// Analyse a draft with default options.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Analyse a draft with a mode and some rules turned off.
pub fn analyze_with(text: &str, _options: &Options) -> Analysis {
    Analysis {
        findings: Vec::new(),
        care: 50.0,
        challenge: 50.0,
        quadrant: Quadrant::Neutral,
        specificity: 0.0,
        sbi: Sbi::default(),
        sentences: Vec::new(),
        signals: Vec::new(),
        word_count: word_count(text),
    }
}

/// Words as a reader counts them: runs of letters, digits, apostrophes or hyphens.
pub fn word_count(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().count()
}

/// The rule catalogue: every rule's documentation, sorted by id.
pub fn catalogue() -> &'static [RuleDoc] {
    &[]
}
