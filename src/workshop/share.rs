//! Sharing an exercise set without a server: as a JSON file, or as a link whose fragment carries
//! the set (`#set=<base64url of the JSON>`; a fragment never leaves the browser). Reading either
//! is as strict as draft import: a size limit first, then UTF-8, JSON, no prototype keys, the
//! exact shape, the format tag and version, item counts and text lengths. It never panics and
//! returns either a valid set or a reason.
use std::fmt;

use super::sets::{ExerciseSet, SetKind};
use crate::json::{self, Value};
use crate::state::transfer::{envelope, Envelope};

/// Marks a file (or link) as a Frankly exercise set.
pub const SET_FORMAT: &str = "frankly-workshop-set";
/// The version `to_json` writes and the only one `parse_json` reads.
pub const SET_VERSION: u32 = 1;
/// The largest set file read, in bytes of JSON.
pub const MAX_SET_BYTES: usize = 64 * 1024;
/// The largest link fragment read (base64 of `MAX_SET_BYTES`, plus the `set=` prefix).
pub const MAX_FRAGMENT_CHARS: usize = MAX_SET_BYTES / 3 * 4 + 16;
/// The fragment prefix of a shared set.
pub const FRAGMENT_PREFIX: &str = "set=";
pub const MAX_ITEMS: usize = 100;
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_NOTE_CHARS: usize = 300;
const MAX_ID_CHARS: usize = 64;

/// Why a shared set was not opened, in words a trainer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    TooLarge { bytes: usize },
    NotUtf8,
    NotBase64,
    NotJson(String),
    ForbiddenKey(String),
    NotASet,
    NewerVersion(u32),
    Invalid(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("The set was not opened: ")?;
        match self {
            ShareError::TooLarge { bytes } => write!(
                f,
                "it is {} KB, and an exercise set is at most {} KB.",
                bytes.div_ceil(1024),
                MAX_SET_BYTES / 1024
            ),
            ShareError::NotUtf8 => f.write_str("it is not text (not UTF-8)."),
            ShareError::NotBase64 => f.write_str("the link is damaged (it was cut or changed)."),
            ShareError::NotJson(e) => write!(f, "it is not valid JSON ({e})."),
            ShareError::ForbiddenKey(k) => {
                write!(f, "it contains a key named “{k}”, which a set never has.")
            }
            ShareError::NotASet => f.write_str("this is not a Frankly exercise set."),
            ShareError::NewerVersion(v) => write!(
                f,
                "it was made by a newer version of Frankly (set format {v}); update Frankly first."
            ),
            ShareError::Invalid(e) => write!(f, "{e}."),
        }
    }
}

/// The set as the JSON file "Export set" downloads.
pub fn to_json(set: &ExerciseSet) -> String {
    json::to_string_pretty(&set_file(set))
}

/// The file around a set: `{"format": …, "version": …, "set": …}`.
fn set_file(set: &ExerciseSet) -> Value {
    json::obj(vec![
        ("format", json::s(SET_FORMAT)),
        ("version", Value::U64(SET_VERSION.into())),
        ("set", set.to_json()),
    ])
}

/// The fragment of a link that opens the set: `set=<base64url of the compact JSON>`.
pub fn to_fragment(set: &ExerciseSet) -> String {
    let json = json::to_string(&set_file(set));
    format!("{FRAGMENT_PREFIX}{}", base64url_encode(json.as_bytes()))
}

/// Reads a link fragment (with or without the leading `#`). `Ok(None)`: the fragment is not a
/// shared set at all (so the page ignores it).
pub fn parse_fragment(fragment: &str) -> Result<Option<ExerciseSet>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(FRAGMENT_PREFIX) else {
        return Ok(None);
    };
    if data.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLarge {
            bytes: data.len() / 4 * 3,
        });
    }
    let bytes = base64url_decode(data).ok_or(ShareError::NotBase64)?;
    parse_json(&bytes).map(Some)
}

/// Reads a file made by `to_json` (or the JSON inside a link). Validates everything first.
pub fn parse_json(bytes: &[u8]) -> Result<ExerciseSet, ShareError> {
    let (value, version) =
        envelope(bytes, MAX_SET_BYTES, SET_FORMAT, SET_VERSION).map_err(|e| match e {
            Envelope::TooLarge(bytes) => ShareError::TooLarge { bytes },
            Envelope::NotUtf8 => ShareError::NotUtf8,
            Envelope::NotJson(e) => ShareError::NotJson(e),
            Envelope::ForbiddenKey(k) => ShareError::ForbiddenKey(k),
            Envelope::OtherFormat => ShareError::NotASet,
            Envelope::NewerVersion(v) => ShareError::NewerVersion(v),
        })?;
    if version != Some(u64::from(SET_VERSION)) {
        return Err(ShareError::Invalid(
            "its format version is missing or unknown".into(),
        ));
    }
    // As serde read `struct SetFile { format: String, version: u32, set: ExerciseSet }`.
    let mut set = None;
    json::read_struct(
        value,
        "SetFile",
        &["format", "version", "set"],
        &[],
        |i, v| {
            match i {
                0 => drop(json::read_string(v)?),
                1 => drop(json::read_u32(v)?),
                _ => set = Some(ExerciseSet::from_json(v)?),
            }
            Ok(())
        },
    )
    .map_err(|e| ShareError::Invalid(format!("it is damaged ({e})")))?;
    let set =
        set.ok_or_else(|| ShareError::Invalid("it is damaged (missing field `set`)".into()))?;
    validate(&set).map_err(ShareError::Invalid)?;
    Ok(set)
}

/// Checks a set's id, title, item count, text lengths and that every answer fits its kind.
pub fn validate(set: &ExerciseSet) -> Result<(), String> {
    let id_ok = !set.id.is_empty()
        && set.id.len() <= MAX_ID_CHARS
        && set
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        return Err("its id is not a set id".into());
    }
    check_text("its title", &set.title, MAX_TITLE_CHARS, false)?;
    if set.items.is_empty() {
        return Err("it holds no exercises".into());
    }
    if set.items.len() > MAX_ITEMS {
        return Err(format!(
            "it holds {} exercises, at most {MAX_ITEMS}",
            set.items.len()
        ));
    }
    for (i, item) in set.items.iter().enumerate() {
        let n = i + 1;
        check_text(&format!("exercise {n}"), &item.text, MAX_TEXT_CHARS, true)?;
        if !set.kind.answers().contains(&item.answer) {
            return Err(format!(
                "exercise {n} expects “{}”, which is not an answer in a “{}” set",
                item.answer.label(),
                set.kind.label()
            ));
        }
        match (&item.better, set.kind) {
            (Some(b), SetKind::BeforeAfter) => check_text(
                &format!("the better version of exercise {n}"),
                b,
                MAX_TEXT_CHARS,
                true,
            )?,
            (None, SetKind::BeforeAfter) => {
                return Err(format!("exercise {n} has no better version"))
            }
            (Some(_), _) => return Err(format!("exercise {n} has a better version it cannot use")),
            (None, _) => {}
        }
        if let Some(note) = &item.note {
            check_text(
                &format!("the note of exercise {n}"),
                note,
                MAX_NOTE_CHARS,
                false,
            )?;
        }
    }
    Ok(())
}

fn check_text(what: &str, text: &str, max: usize, multiline: bool) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err(format!("{what} is empty"));
    }
    let chars = text.chars().count();
    if chars > max {
        return Err(format!("{what} is {chars} characters long, at most {max}"));
    }
    let bad = |c: char| c.is_control() && !(multiline && (c == '\n' || c == '\t' || c == '\r'));
    if text.chars().any(bad) {
        return Err(format!("{what} contains control characters"));
    }
    Ok(())
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Strict base64url: the URL-safe alphabet, optional `=` padding only where it belongs, and no
/// stray bits in the last character. `None` for anything else.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let stripped = text.trim_end_matches('=');
    let padding = text.len() - stripped.len();
    if padding > 0 && (padding > 2 || !text.len().is_multiple_of(4)) {
        return None;
    }
    let text = stripped;
    let pad = text.len() % 4;
    if pad == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = chunk.len() - 1;
        // Bits beyond the last whole byte must be zero (one encoding per byte string).
        if keep < 3 && (n & (0xFF_FF_FF >> (8 * keep))) != 0 {
            return None;
        }
        out.extend_from_slice(&bytes[..keep]);
    }
    Some(out)
}
