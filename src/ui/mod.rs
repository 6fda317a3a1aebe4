//! The Leptos UI (wasm32 only): thin components over the engine and the drafts state.
mod app;
mod coach;
mod drafts;
mod editor;
mod header;
mod offline;
mod toolkit;
mod workshop;
pub mod workspace;

pub use app::{focus_editor, App};

/// Mount the app on `<body>`; called by `main`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    offline::register();
}
