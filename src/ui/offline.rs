//! Registers the service worker (`pwa/sw.js`, its file list written at build time by
//! `scripts/sw-precache.sh`) so the app loads and works offline after the first visit.
//! Where service workers are unavailable (an insecure origin, some private modes) the app
//! simply stays online-only: nothing is thrown and nothing is logged as an error.
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null());
    let Some(container) = container else { return };
    let container: web_sys::ServiceWorkerContainer = container.unchecked_into();
    let options = web_sys::RegistrationOptions::new();
    // Always ask the server for sw.js itself, so a new build is noticed on the next visit.
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options("sw.js", &options);
    let ignore = Closure::once(|_: JsValue| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}
