//! The coach screen's pure logic: everything the editor and the coach panel compute that does not
//! need a browser. Builds natively so `cargo test` covers it (tests in `tests/ui_logic.rs`); the
//! Leptos components in `src/ui/editor.rs` and `src/ui/coach/` are thin wrappers over it.
pub mod coaching;
pub mod comments;
pub mod history;
pub mod marks;
pub mod offsets;
pub mod placeholders;
pub mod triage;
