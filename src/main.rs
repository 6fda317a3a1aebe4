//! The web app binary (`frankly-app`, built by trunk): mounts the UI. Natively it does nothing
//! (the engine is a library; the command line is `src/bin/frankly/`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    frankly::ui::mount();
}
