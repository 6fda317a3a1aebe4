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
    log_panics();
    leptos::mount::mount_to_body(App);
    offline::register();
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn error(s: &str);
}

/// A panic leaves one line in the console: the source file it happened in, for a bug report.
/// (The engine is fuzzed and total; printing the panic's own message would cost 0.75 KB of page
/// for the formatting machinery alone. The release build keeps no line numbers: see
/// `build_release` in `x`.)
fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map_or("", |l| l.file());
        error(&["Frankly stopped in ", at].concat());
    }));
}
