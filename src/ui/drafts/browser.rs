//! Small browser chores for export and import: downloading a file, copying to the clipboard,
//! reading a chosen file. Nothing here touches localStorage.
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Offers `contents` as a file download (Blob + object URL + a temporary link).
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let link: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| "no document".to_string())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoke later: the download reads the URL after this call returns.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// Copies `text`; `done(true)` once the clipboard holds it.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = window().navigator().clipboard().write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let (ok_done, err_done) = (done.clone(), done);
    let ok = Closure::once(move |_: JsValue| {
        if let Some(f) = ok_done.take() {
            f(true)
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(f) = err_done.take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// Reads a chosen file's bytes; `done` gets them or a reason.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err("the browser cannot read files here".into()));
        return;
    };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let (load_done, error_done) = (done.clone(), done.clone());
    let r = reader.clone();
    let onload = Closure::once(move |_: web_sys::Event| {
        let bytes = r.result().map(|buf| js_sys::Uint8Array::new(&buf).to_vec());
        if let Some(f) = load_done.take() {
            f(bytes.map_err(|_| "the file could not be read".to_string()));
        }
    });
    let onerror = Closure::once(move |_: web_sys::Event| {
        if let Some(f) = error_done.take() {
            f(Err("the file could not be read".into()));
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    reader.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    onload.forget();
    onerror.forget();
    if reader.read_as_array_buffer(&file).is_err() {
        if let Some(f) = done.take() {
            f(Err("the file could not be read".into()));
        }
    }
}
