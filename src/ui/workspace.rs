//! The one reactive pipeline every component reads: the current draft's text and settings →
//! a memoized analysis. Provided as context by `App`.
//!
//! Ownership: the drafts area (persistence, switching drafts) writes `text`, `mode` and
//! `dismissed` when a draft is loaded and persists them when they change; the editor and the
//! coach panel read them and write `text` on input or when a suggestion is applied.
use leptos::prelude::*;

use std::time::Duration;

use crate::engine::{analyze_with, Analysis, Mode, Options, RuleId};

/// Drafts longer than this (bytes; about 650 words) are analysed after a keystroke's paint.
const ANALYSE_AFTER_PAINT_ABOVE: usize = 4_000;

#[derive(Clone, Copy)]
pub struct Workspace {
    /// The current draft's text.
    pub text: RwSignal<String>,
    /// The text the analysis reads: `text`, except for one frame after a keystroke in a long
    /// draft, whose analysis waits until the keystroke has been painted (`typed`). Anything that
    /// puts a finding's offsets on text reads this one, or calls `settle` first.
    pub settled: RwSignal<String>,
    /// The current draft's mode (tunes rules and rewrites).
    pub mode: RwSignal<Mode>,
    /// Findings dismissed in the current draft, as `dismiss_key`s.
    pub dismissed: RwSignal<Vec<String>>,
    /// Rule ids turned off everywhere.
    pub disabled_rules: RwSignal<Vec<RuleId>>,
    /// The engine's reading of `text`; recomputed only when an input changes.
    pub analysis: Memo<Analysis>,
}

impl Workspace {
    pub fn new(text: String) -> Self {
        let settled = RwSignal::new(text.clone());
        let text = RwSignal::new(text);
        let mode = RwSignal::new(Mode::default());
        let dismissed = RwSignal::new(Vec::new());
        let disabled_rules = RwSignal::new(Vec::new());
        let analysis = Memo::new(move |_| {
            let options = Options {
                mode: mode.get(),
                disabled_rules: disabled_rules.get(),
            };
            settled.with(|t| analyze_with(t, &options))
        });
        Workspace {
            text,
            settled,
            mode,
            dismissed,
            disabled_rules,
            analysis,
        }
    }

    /// Once the page is idle after start-up, analyse the built-in workshop sentences and drop
    /// the result. The browser compiles WebAssembly functions on first call, so a writer's first
    /// big paste would otherwise pay for compiling the engine inside its own task.
    pub fn warm_up(self) {
        let later = move || {
            let text: Vec<String> = crate::workshop::sets::builtin()
                .into_iter()
                .flat_map(|set| set.items.into_iter().map(|item| item.text))
                .collect();
            let options = Options {
                mode: self.mode.get_untracked(),
                disabled_rules: Vec::new(),
            };
            drop(analyze_with(&text.join("\n\n"), &options));
        };
        set_timeout(later, Duration::from_millis(400));
    }

    /// Replace the text and analyse it at once (every edit but typing).
    pub fn set_text(self, text: String) {
        self.settled.set(text.clone());
        self.text.set(text);
    }

    /// A keystroke. In a long draft the analysis (about 10 ms at 2,000 words in the browser)
    /// runs just after the frame that paints the keystroke, so typing never waits for it; the
    /// marks catch up one frame later. Short drafts are analysed at once.
    pub fn typed(self, text: String) {
        let long = text.len() > ANALYSE_AFTER_PAINT_ABOVE;
        self.text.set(text);
        if long {
            request_animation_frame(move || set_timeout(move || self.settle(), Duration::ZERO));
        } else {
            self.settle();
        }
    }

    /// Analyse what was typed now, if it waits (before a finding's offsets are used on `text`).
    pub fn settle(self) {
        let behind = self
            .text
            .with_untracked(|t| self.settled.with_untracked(|s| s != t));
        if behind {
            self.settled.set(self.text.get_untracked());
        }
    }

    pub fn provide(self) -> Self {
        provide_context(self);
        self
    }

    /// The workspace provided by `App`.
    pub fn get() -> Self {
        expect_context::<Workspace>()
    }
}

/// A finding's rule id as text (the engine's id type may change; its text does not).
pub fn rule_id(f: &crate::engine::Finding) -> String {
    f.rule.to_string()
}

/// Identifies a dismissed finding across edits: its rule and the exact text it flagged.
pub fn dismiss_key(rule: &str, flagged: &str) -> String {
    format!("{rule}\u{1f}{flagged}")
}
