//! Frankly: a feedback-writing coach that runs entirely in the browser.
//!
//! `engine` (pure analysis) and `state` (drafts, pure logic) build natively and are tested with
//! `cargo test`; `ui` (Leptos components) only builds for `wasm32`.
pub mod engine;
pub mod json;
pub mod sort;
pub mod state;
pub mod ui_logic;
pub mod workshop;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use engine::{analyze, analyze_with, catalogue, Analysis, Options};
