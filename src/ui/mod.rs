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

/// An effect that reruns when what it reads changes. Every effect on the page goes through this
/// one `Effect` type: `Effect::new` with each closure's own type compiled Leptos's effect
/// machinery once per call site.
pub fn effect(f: impl FnMut() + 'static) {
    let mut f: Box<dyn FnMut()> = Box::new(f);
    leptos::prelude::Effect::new(move |_| f());
}

/// A `<Show>` condition, boxed: `Show` is generic over its condition, and each closure type
/// compiled its memo and view code again.
pub fn when(f: impl Fn() -> bool + Send + Sync + 'static) -> Box<dyn Fn() -> bool + Send + Sync> {
    Box::new(f)
}

/// An event handler, type-erased: each `on:` attribute is generic over its handler, and each
/// closure type compiled the attribute's code again. Handlers of one event type share a type.
pub fn on<E: 'static>(
    f: impl Fn(E) + Send + Sync + 'static,
) -> impl Fn(E) + Clone + Send + Sync + 'static {
    erased(std::sync::Arc::new(f))
}

/// A click handler (`on` for mouse events), the most common kind.
pub fn click(
    f: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static,
) -> impl Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static {
    on(f)
}

fn erased<E: 'static>(
    f: std::sync::Arc<dyn Fn(E) + Send + Sync>,
) -> impl Fn(E) + Clone + Send + Sync + 'static {
    move |e| f(e)
}

/// Mount the app on `<body>`; called by `main`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
    offline::register();
}
