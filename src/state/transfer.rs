//! Getting drafts out of the browser and back in: one draft as Markdown or plain text, all
//! drafts as a JSON file, and a strict reader for such files. An import either yields valid
//! drafts or a clear error; it never changes anything itself.
use std::fmt;

use super::draft::{Draft, Millis};
use super::schema::{check_tags, check_unique_ids, upgrade, DecodeError, SCHEMA_VERSION};
use crate::json::{self, Value};

/// Marks a file as Frankly's export.
pub const EXPORT_FORMAT: &str = "frankly-drafts";
/// The largest file an import reads.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// More drafts than anyone writes; a file with more is not ours.
const MAX_IMPORT_DRAFTS: usize = 10_000;
const MAX_ID_CHARS: usize = 100;
/// Keys that mean harm if a value ever reaches JavaScript as an object.
const FORBIDDEN_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];

/// All drafts as the JSON file "Export all" downloads.
pub fn export_json(drafts: &[Draft], now: Millis) -> String {
    json::to_string_pretty(&json::obj(vec![
        ("format", json::s(EXPORT_FORMAT)),
        ("version", Value::U64(SCHEMA_VERSION.into())),
        ("exported_at", Value::U64(now)),
        (
            "drafts",
            Value::Arr(drafts.iter().map(Draft::to_json).collect()),
        ),
    ]))
}

/// One draft as Markdown: its title as a heading, who it is for and its kind, then the text.
pub fn to_markdown(draft: &Draft) -> String {
    let mut out = format!("# {}\n\n", draft.display_title().replace('\n', " "));
    let mut meta = Vec::new();
    if let Some(r) = &draft.recipient {
        meta.push(format!("For: {}", r.trim()));
    }
    meta.push(draft.mode.label().to_string());
    meta.extend(draft.tags.iter().map(|t| t.label().to_string()));
    out.push_str(&format!("_{}_\n\n", meta.join(" · ")));
    out.push_str(draft.text.trim_end());
    out.push('\n');
    out
}

/// One draft as plain text: exactly what was written.
pub fn to_plain_text(draft: &Draft) -> String {
    let mut out = draft.text.trim_end().to_string();
    out.push('\n');
    out
}

/// A file name (without extension) from the draft's title: lowercase words joined by dashes.
pub fn file_stem(draft: &Draft) -> String {
    let slug: String = draft
        .display_title()
        .chars()
        .map(|c| {
            if crate::engine::text::is_alnum(c) {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "draft".to_string()
    } else {
        slug
    }
}

/// Why a file was not imported. Each says what is wrong in words a writer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotUtf8,
    NotJson(String),
    ForbiddenKey(String),
    NotAnExport,
    NewerVersion(u32),
    Invalid(String),
    NoDrafts,
}

/// What to do instead, said after every "not an export" message.
const CHOOSE_EXPORT: &str =
    "Choose the .json file that “Export all” saved (its name starts with “frankly-drafts-”).";

impl fmt::Display for ImportError {
    /// Each message says what is wrong with the file in the writer's words, that nothing
    /// changed, and what to do next. Parser details (line and column) are left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is {}.{} MB; a Frankly export is at most {} MB, so this is not one. \
                 Nothing was imported. {CHOOSE_EXPORT}",
                mb_tenths(*bytes) / 10,
                mb_tenths(*bytes) % 10,
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
            ImportError::NotUtf8 => write!(
                f,
                "This file is not a Frankly export (it is not text, it is not UTF-8). Nothing was \
                 imported. {CHOOSE_EXPORT}"
            ),
            ImportError::NotJson(_) => write!(
                f,
                "This file is not a Frankly export (it is not JSON). Nothing was imported. \
                 {CHOOSE_EXPORT}"
            ),
            ImportError::ForbiddenKey(k) => write!(
                f,
                "This file is not a Frankly export: it contains a key named “{k}”, which Frankly \
                 never writes, so it was not read. Nothing was imported. {CHOOSE_EXPORT}"
            ),
            ImportError::NotAnExport => write!(
                f,
                "This file is JSON, but not a Frankly export. Nothing was imported. {CHOOSE_EXPORT}"
            ),
            ImportError::NewerVersion(v) => write!(
                f,
                "This file comes from a newer version of Frankly (format {v}). Nothing was \
                 imported. Reload this page to get the newest Frankly, then import it again."
            ),
            ImportError::Invalid(e) => write!(
                f,
                "This Frankly export is damaged ({e}). Nothing was imported. Export again from \
                 the browser that has the drafts, and import that file."
            ),
            ImportError::NoDrafts => f.write_str(
                "This Frankly export holds no drafts. Nothing was imported. Export again from \
                 the browser that has the drafts.",
            ),
        }
    }
}

/// A size in tenths of a MB, rounded: printed with integers, since formatting a float would
/// bring the standard library's float printing into the page.
fn mb_tenths(bytes: usize) -> usize {
    (bytes * 10 + 524_288) / 1_048_576
}

/// Reads a file made by `export_json`. Validates everything before returning anything.
pub fn parse_import(bytes: &[u8]) -> Result<Vec<Draft>, ImportError> {
    let (value, version) = envelope(bytes, MAX_IMPORT_BYTES, EXPORT_FORMAT, SCHEMA_VERSION)
        .map_err(|e| match e {
            Envelope::TooLarge(bytes) => ImportError::TooLarge { bytes },
            Envelope::NotUtf8 => ImportError::NotUtf8,
            Envelope::NotJson(e) => ImportError::NotJson(e),
            Envelope::ForbiddenKey(k) => ImportError::ForbiddenKey(k),
            Envelope::OtherFormat => ImportError::NotAnExport,
            Envelope::NewerVersion(v) => ImportError::NewerVersion(v),
        })?;
    // Files from older versions are upgraded like stored drafts (schema 2: no tags).
    let value = match version {
        Some(v) if v >= 2 => upgrade(value, v).map_err(|e| match e {
            DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
            other => ImportError::Invalid(other.to_string()),
        })?,
        _ => {
            return Err(ImportError::Invalid(
                "its schema version is missing or unknown".into(),
            ))
        }
    };
    // Name the draft that does not read, in words (serde's own message, without positions).
    if let Some(Value::Arr(items)) = value.get("drafts") {
        for (i, d) in items.iter().enumerate() {
            if let Err(e) = Draft::from_json(d.clone()) {
                return Err(ImportError::Invalid(format!(
                    "draft {}: {}",
                    i + 1,
                    plain_serde(&e)
                )));
            }
        }
    }
    // As serde read `struct ExportFile { format: String, version: u32, exported_at: Millis,
    // drafts: Vec<Draft> }` (unknown fields denied).
    let mut drafts = Vec::new();
    json::read_struct(
        value,
        "ExportFile",
        &["format", "version", "exported_at", "drafts"],
        &[],
        |i, v| {
            match i {
                0 => drop(json::read_string(v)?),
                1 => drop(json::read_u32(v)?),
                2 => drop(json::read_u64(v)?),
                _ => drafts = json::read_list(v, Draft::from_json)?,
            }
            Ok(())
        },
    )
    .map_err(|e| ImportError::Invalid(plain_serde(&e)))?;
    if drafts.is_empty() {
        return Err(ImportError::NoDrafts);
    }
    if drafts.len() > MAX_IMPORT_DRAFTS {
        return Err(ImportError::Invalid(format!(
            "it holds {} drafts",
            drafts.len()
        )));
    }
    for (i, d) in drafts.iter().enumerate() {
        validate_draft(d).map_err(|e| ImportError::Invalid(format!("draft {}: {e}", i + 1)))?;
    }
    check_unique_ids(&drafts).map_err(ImportError::Invalid)?;
    check_tags(&drafts).map_err(ImportError::Invalid)?;
    Ok(drafts)
}

/// A serde-worded error without its "at line 1 column 2" tail, and with "`" quotes as “ ”.
fn plain_serde(text: &str) -> String {
    let text = text.split(" at line ").next().unwrap_or(text);
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i > 0 {
            out.push(if i % 2 == 1 { '“' } else { '”' });
        }
        out.push_str(part);
    }
    out
}

fn validate_draft(d: &Draft) -> Result<(), String> {
    let id_ok = !d.id.is_empty()
        && d.id.chars().count() <= MAX_ID_CHARS
        && d.id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !id_ok {
        return Err(format!(
            "its id {} is not a draft id",
            crate::json::quoted(&d.id)
        ));
    }
    if d.updated < d.created {
        return Err("it was updated before it was created".into());
    }
    Ok(())
}

/// Why a file (or link) is not one of ours, before its contents are read.
pub(crate) enum Envelope {
    TooLarge(usize),
    NotUtf8,
    NotJson(String),
    ForbiddenKey(String),
    /// Not an object, or its "format" is not ours.
    OtherFormat,
    NewerVersion(u32),
}

/// The checks every import runs first, in order: size, UTF-8 (a BOM is skipped), JSON, no
/// forbidden key, an object whose "format" is `format`, and a "version" no newer than
/// `newest`. Returns the value and its version (`None` when it has none).
/// Out of line: both imports share one copy.
#[inline(never)]
pub(crate) fn envelope(
    bytes: &[u8],
    max_bytes: usize,
    format: &str,
    newest: u32,
) -> Result<(Value, Option<u64>), Envelope> {
    if bytes.len() > max_bytes {
        return Err(Envelope::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Envelope::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::parse(text).map_err(Envelope::NotJson)?;
    if let Some(key) = forbidden_key(&value) {
        return Err(Envelope::ForbiddenKey(key));
    }
    let Value::Obj(obj) = &value else {
        return Err(Envelope::OtherFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(format) {
        return Err(Envelope::OtherFormat);
    }
    let version = obj.get("version").and_then(Value::as_u64);
    if let Some(v) = version.filter(|&v| v > u64::from(newest)) {
        return Err(Envelope::NewerVersion(u32::try_from(v).unwrap_or(u32::MAX)));
    }
    Ok((value, version))
}

/// The first object key anywhere in `value` that is on the forbidden list (`__proto__`, …):
/// shared by every import that parses JSON a page may later hand to JavaScript.
pub(crate) fn forbidden_key(value: &Value) -> Option<String> {
    match value {
        Value::Obj(map) => map.0.iter().find_map(|(k, v)| {
            if FORBIDDEN_KEYS.contains(&k.as_str()) {
                Some(k.clone())
            } else {
                forbidden_key(v)
            }
        }),
        Value::Arr(items) => items.iter().find_map(forbidden_key),
        _ => None,
    }
}
