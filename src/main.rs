//! The web app binary (`frankly-app`, built by trunk): mounts the UI. Natively it does nothing
//! (the engine is a library; the command line is `src/bin/frankly/`).

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    frankly::ui::mount();
}
