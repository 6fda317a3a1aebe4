//! Keeps the draft in localStorage (one draft for now).
use gloo_storage::{LocalStorage, Storage};

const KEY: &str = "frankly.v1.draft";

pub fn load_text() -> String {
    LocalStorage::get::<String>(KEY).unwrap_or_default()
}

pub fn save_text(text: &str) {
    // A failed write must not break editing; the drafts store reports storage problems.
    let _ = LocalStorage::set(KEY, text);
}
