//! The one module that touches localStorage. Every failure comes back typed as a
//! `StorageError`; nothing here panics or throws, whatever the browser does.
//!
//! It uses `web_sys::Storage` (which gloo-storage wraps) directly: gloo's `LocalStorage::raw()`
//! throws when storage is disabled, and its errors do not tell a full quota from other failures.
use wasm_bindgen::JsValue;

use crate::state::schema::{BACKUP_PREFIX, NAMESPACE};
use crate::state::StorageError;

fn local() -> Result<web_sys::Storage, StorageError> {
    // Disabled storage, or a sandboxed page, makes the getter throw or return null.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

/// Whether this page may use localStorage at all.
pub fn available() -> bool {
    local().is_ok()
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|e| StorageError::WriteFailed(describe(&e)))
}

pub fn exists(key: &str) -> bool {
    matches!(read(key), Ok(Some(_)))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| classify(&e))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|e| StorageError::WriteFailed(describe(&e)))
}

/// The backup key already holding exactly `value`, if any (so one unreadable value seen by two
/// tabs, or twice, is backed up once).
pub fn backup_holding(value: &str) -> Option<String> {
    let storage = local().ok()?;
    let len = storage.length().ok()?;
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .find(|k| storage.get_item(k).ok().flatten().as_deref() == Some(value))
}

/// Removes every `frankly.*` key (drafts, settings, backups). Returns how many.
pub fn remove_namespace() -> Result<usize, StorageError> {
    let storage = local()?;
    let len = storage
        .length()
        .map_err(|e| StorageError::WriteFailed(describe(&e)))?;
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(NAMESPACE))
        .collect();
    for key in &keys {
        storage
            .remove_item(key)
            .map_err(|e| StorageError::WriteFailed(describe(&e)))?;
    }
    Ok(keys.len())
}

/// Browsers name a full store differently (Chromium/WebKit: QuotaExceededError, code 22;
/// Firefox: NS_ERROR_DOM_QUOTA_REACHED, code 1014).
fn classify(err: &JsValue) -> StorageError {
    let name = prop(err, "name").as_string().unwrap_or_default();
    let code = prop(err, "code").as_f64().unwrap_or(0.0);
    if name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == 22.0
        || code == 1014.0
    {
        StorageError::QuotaExceeded
    } else if name == "SecurityError" {
        StorageError::Unavailable
    } else {
        StorageError::WriteFailed(describe(err))
    }
}

fn prop(v: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn describe(err: &JsValue) -> String {
    prop(err, "message")
        .as_string()
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
