//! What Frankly keeps in localStorage, and how older or unreadable values are read.
//!
//! Every key starts with `frankly.`; the drafts live under one versioned key as
//! `{"version": 3, "drafts": [...]}` (the key keeps its `v2` name: it is the key layout of many
//! drafts, not the schema version, so an older tab still finds the value and, seeing a newer
//! version, keeps it and stops writing). Reading goes through `decode`, which upgrades older schema
//! versions step by step and refuses (never guesses at) anything it does not understand, so the
//! caller can keep the raw value as a backup. Pure: the storage module does the reading and
//! writing.
use std::fmt;

use super::draft::{Draft, Millis};
use crate::json::{self, Value};

/// Prefix of every key Frankly writes; "delete all my data" removes exactly these.
pub const NAMESPACE: &str = "frankly.";
/// All drafts, as `Stored` JSON.
pub const DRAFTS_KEY: &str = "frankly.v2.drafts";
/// The id of the draft last open (per browser; each tab keeps its own open draft in memory).
pub const CURRENT_KEY: &str = "frankly.v2.current";
/// The first release kept a single draft here, as a JSON string.
pub const LEGACY_DRAFT_KEY: &str = "frankly.v1.draft";
/// Unreadable values are kept under `frankly.backup.<millis>` and never overwritten.
pub const BACKUP_PREFIX: &str = "frankly.backup.";

/// The schema `encode` writes. 2: many drafts; 3: drafts carry tags.
pub const SCHEMA_VERSION: u32 = 3;

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, or written by something else).
    NotJson(String),
    /// JSON, but not the shape of this schema version.
    WrongShape(String),
    /// Written by a newer Frankly than this one.
    NewerVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            DecodeError::WrongShape(e) => write!(f, "it is not in the expected format ({e})"),
            DecodeError::NewerVersion(v) => {
                write!(
                    f,
                    "it was written by a newer version of Frankly (schema {v})"
                )
            }
        }
    }
}

/// The drafts as they are written to `DRAFTS_KEY`.
pub fn encode(drafts: &[Draft]) -> String {
    json::to_string(&json::obj(vec![
        ("version", Value::U64(SCHEMA_VERSION.into())),
        (
            "drafts",
            Value::Arr(drafts.iter().map(Draft::to_json).collect()),
        ),
    ]))
}

/// Reads the value of `DRAFTS_KEY`, upgrading older schema versions.
pub fn decode(raw: &str) -> Result<Vec<Draft>, DecodeError> {
    let value = json::parse(raw).map_err(DecodeError::NotJson)?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::WrongShape("no schema version".into()))?;
    let value = upgrade(value, version)?;
    // As serde read `struct Stored { version: u32, drafts: Vec<Draft> }` (unknown fields denied).
    let mut drafts = Vec::new();
    json::read_struct(value, "Stored", &["version", "drafts"], &[], |i, v| {
        if i == 0 {
            json::read_u32(v)?;
        } else {
            drafts = json::read_list(v, Draft::from_json)?;
        }
        Ok(())
    })
    .map_err(DecodeError::WrongShape)?;
    check_unique_ids(&drafts).map_err(DecodeError::WrongShape)?;
    check_tags(&drafts).map_err(DecodeError::WrongShape)?;
    Ok(drafts)
}

/// Brings a stored value of schema `version` up to `SCHEMA_VERSION`, one step at a time.
/// (Version 1 never had a drafts list: it is the single `LEGACY_DRAFT_KEY`, see `migrate_v1`.)
pub(crate) fn upgrade(value: Value, version: u64) -> Result<Value, DecodeError> {
    match version {
        2 => upgrade(v2_to_v3(value)?, 3),
        3 => Ok(value),
        v if v > u64::from(SCHEMA_VERSION) => Err(DecodeError::NewerVersion(
            u32::try_from(v).unwrap_or(u32::MAX),
        )),
        v => Err(DecodeError::WrongShape(format!(
            "unknown schema version {v}"
        ))),
    }
}

/// Schema 2 → 3: every draft gains an empty `tags` list. A v2 draft that already has a `tags`
/// field was not written by Frankly 2 and is refused.
fn v2_to_v3(mut value: Value) -> Result<Value, DecodeError> {
    let Value::Obj(map) = &mut value else {
        return Err(DecodeError::WrongShape("no drafts list".into()));
    };
    let Some((_, Value::Arr(drafts))) = map.0.iter_mut().find(|(k, _)| k == "drafts") else {
        return Err(DecodeError::WrongShape("no drafts list".into()));
    };
    for draft in drafts.iter_mut() {
        let Value::Obj(obj) = draft else {
            return Err(DecodeError::WrongShape(format!(
                "a draft is {}",
                kind(draft)
            )));
        };
        if obj.insert("tags".into(), Value::Arr(Vec::new())).is_some() {
            return Err(DecodeError::WrongShape("a schema 2 draft has tags".into()));
        }
    }
    map.insert("version".into(), Value::U64(3));
    Ok(value)
}

/// Tags are stored sorted, each once; anything else was not written by Frankly.
pub(crate) fn check_tags(drafts: &[Draft]) -> Result<(), String> {
    match drafts
        .iter()
        .find(|d| d.tags != super::tag::normalize(&d.tags))
    {
        Some(d) => Err(format!(
            "the draft {} has unsorted or repeated tags",
            crate::json::quoted(&d.id)
        )),
        None => Ok(()),
    }
}

pub(crate) fn check_unique_ids(drafts: &[Draft]) -> Result<(), String> {
    // Sorted through the app's one shared sort: a `BTreeSet` of ids would add its own code.
    let mut ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    crate::sort::sort_by(&mut ids, |a, b| a.cmp(b));
    match ids.windows(2).find(|w| w[0] == w[1]) {
        Some(w) => Err(format!(
            "the id {} appears twice",
            crate::json::quoted(w[0])
        )),
        None => Ok(()),
    }
}

/// Reads the first release's single draft (a JSON string) as a first draft. `Ok(None)` when it
/// held nothing worth keeping.
pub fn migrate_v1(
    raw: &str,
    id: impl Into<String>,
    now: Millis,
) -> Result<Option<Draft>, DecodeError> {
    let text: String = match json::parse(raw) {
        Ok(Value::Str(s)) => s,
        Ok(other) => {
            return Err(DecodeError::WrongShape(format!(
                "expected a string, found {}",
                kind(&other)
            )))
        }
        Err(e) => return Err(DecodeError::NotJson(e)),
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    let mut draft = Draft::new(id, now);
    draft.text = text;
    Ok(Some(draft))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::U64(_) | Value::I64(_) | Value::F64(_) => "a number",
        Value::Str(_) => "a string",
        Value::Arr(_) => "a list",
        Value::Obj(_) => "an object",
    }
}

/// A backup key for an unreadable value found at `now` that does not overwrite an existing one.
pub fn backup_key(now: Millis, taken: impl Fn(&str) -> bool) -> String {
    let first = format!("{BACKUP_PREFIX}{now}");
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{BACKUP_PREFIX}{now}-{n}"))
        .find(|k| !taken(k))
        .expect("unbounded")
}

/// What start-up found in storage, decided without touching it.
#[derive(Debug, PartialEq)]
pub struct LoadPlan {
    /// The drafts to open with.
    pub drafts: Vec<Draft>,
    /// An unreadable value to back up before anything is written: (key, reason).
    pub unreadable: Option<(String, DecodeError)>,
    /// The legacy single draft was turned into a draft: write the new key, then remove the old.
    pub migrated_legacy: bool,
}

/// Decides what to open from the raw values of `DRAFTS_KEY` and `LEGACY_DRAFT_KEY`.
/// An unreadable legacy value is also reported (and kept), never dropped.
pub fn plan_load(
    drafts_raw: Option<&str>,
    legacy_raw: Option<&str>,
    new_id: impl FnOnce() -> String,
    now: Millis,
) -> LoadPlan {
    match drafts_raw {
        Some(raw) => match decode(raw) {
            Ok(drafts) => LoadPlan {
                drafts,
                unreadable: None,
                migrated_legacy: false,
            },
            Err(e) => LoadPlan {
                drafts: Vec::new(),
                unreadable: Some((DRAFTS_KEY.to_string(), e)),
                migrated_legacy: false,
            },
        },
        None => match legacy_raw.map(|raw| migrate_v1(raw, new_id(), now)) {
            None => LoadPlan {
                drafts: Vec::new(),
                unreadable: None,
                migrated_legacy: false,
            },
            Some(Ok(draft)) => LoadPlan {
                drafts: draft.into_iter().collect(),
                unreadable: None,
                migrated_legacy: true,
            },
            Some(Err(e)) => LoadPlan {
                drafts: Vec::new(),
                unreadable: Some((LEGACY_DRAFT_KEY.to_string(), e)),
                migrated_legacy: false,
            },
        },
    }
}
