//! One draft: the text a manager is writing, with the settings that travel with it.
use crate::engine::case::Case;
use serde::{Deserialize, Serialize};

use super::tag::Tag;
use crate::engine::Mode;
use crate::json::{self, Value};

/// Milliseconds since the Unix epoch. Passed in by callers (never read from a clock here), so
/// everything in `state` is deterministic under test.
pub type Millis = u64;

/// How many words of the text make an automatic title.
const AUTO_TITLE_WORDS: usize = 6;
/// Longest automatic title, in characters (before the ellipsis).
const AUTO_TITLE_CHARS: usize = 48;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Stable identity across tabs, exports and imports.
    pub id: String,
    /// A title the writer chose; `None` means "use the first words of the text".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
    #[serde(default)]
    pub mode: Mode,
    /// Who the feedback is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    pub created: Millis,
    pub updated: Millis,
    /// Findings dismissed in this draft, as `workspace::dismiss_key`s.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<String>,
    /// Competency areas and career track (schema 3; sorted, each once). Always written, so a
    /// stored draft says it has none.
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// Draft's fields in the order they are written, and which of them may be missing.
const FIELDS: [&str; 9] = [
    "id",
    "title",
    "text",
    "mode",
    "recipient",
    "created",
    "updated",
    "dismissed",
    "tags",
];
const DEFAULTED: [&str; 5] = ["title", "mode", "recipient", "dismissed", "tags"];

impl Draft {
    /// The draft as stored and exported: what its serde attributes above say (absent title,
    /// recipient and empty dismissals are left out; tags are always written).
    pub fn to_json(&self) -> Value {
        let mut fields = vec![("id", json::s(&self.id))];
        if let Some(t) = &self.title {
            fields.push(("title", json::s(t)));
        }
        fields.push(("text", json::s(&self.text)));
        fields.push(("mode", json::s(self.mode.id())));
        if let Some(r) = &self.recipient {
            fields.push(("recipient", json::s(r)));
        }
        fields.push(("created", Value::U64(self.created)));
        fields.push(("updated", Value::U64(self.updated)));
        if !self.dismissed.is_empty() {
            fields.push((
                "dismissed",
                Value::Arr(self.dismissed.iter().map(|d| json::s(d)).collect()),
            ));
        }
        fields.push((
            "tags",
            Value::Arr(self.tags.iter().map(|t| json::s(t.id())).collect()),
        ));
        json::obj(fields)
    }

    /// Reads a draft as serde's derived `Deserialize` did, with its messages.
    pub fn from_json(value: Value) -> Result<Draft, String> {
        let mut d = Draft::new(String::new(), 0);
        json::read_struct(value, "Draft", &FIELDS, &DEFAULTED, |i, v| {
            match i {
                0 => d.id = json::read_string(v)?,
                1 => d.title = json::read_opt_string(v)?,
                2 => d.text = json::read_string(v)?,
                3 => {
                    let ids = Mode::ALL.map(Mode::id);
                    d.mode = Mode::ALL[json::read_variant(v, &ids)?];
                }
                4 => d.recipient = json::read_opt_string(v)?,
                5 => d.created = json::read_u64(v)?,
                6 => d.updated = json::read_u64(v)?,
                7 => d.dismissed = json::read_list(v, json::read_string)?,
                _ => {
                    let ids = Tag::ALL.map(Tag::id);
                    d.tags = json::read_list(v, |t| Ok(Tag::ALL[json::read_variant(t, &ids)?]))?;
                }
            }
            Ok(())
        })?;
        Ok(d)
    }

    pub fn new(id: impl Into<String>, now: Millis) -> Self {
        Draft {
            id: id.into(),
            title: None,
            text: String::new(),
            mode: Mode::default(),
            recipient: None,
            created: now,
            updated: now,
            dismissed: Vec::new(),
            tags: Vec::new(),
        }
    }

    /// The title to show: the chosen one, else the first words of the text.
    pub fn display_title(&self) -> String {
        match &self.title {
            Some(t) => t.clone(),
            None => auto_title(&self.text).unwrap_or_else(|| "Untitled draft".to_string()),
        }
    }

    /// A draft with nothing in it is not worth keeping (nor worth a "Saved").
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
            && self.title.is_none()
            && self.recipient.is_none()
            && self.tags.is_empty()
    }

    pub fn has_tag(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }

    /// Case-insensitive match of every word of `query` against title, recipient and text.
    pub fn matches(&self, query: &str) -> bool {
        if query.trim().is_empty() {
            return true;
        }
        let hay = format!(
            "{}\n{}\n{}",
            self.display_title(),
            self.recipient.as_deref().unwrap_or(""),
            self.text
        )
        .lowercase();
        query
            .lowercase()
            .split_whitespace()
            .all(|word| hay.contains(word))
    }
}

/// The first few words of `text`, shortened to fit a list row; `None` for blank text.
pub fn auto_title(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().take(AUTO_TITLE_WORDS + 1).collect();
    if words.is_empty() {
        return None;
    }
    let more_words = words.len() > AUTO_TITLE_WORDS;
    let mut title = words[..words.len().min(AUTO_TITLE_WORDS)].join(" ");
    let mut cut = more_words;
    if title.chars().count() > AUTO_TITLE_CHARS {
        title = title
            .chars()
            .take(AUTO_TITLE_CHARS)
            .collect::<String>()
            .trim_end()
            .to_string();
        cut = true;
    }
    if cut {
        // "…" after a full stop or comma reads as a typo (".…"): drop the mark first.
        title.truncate(
            title
                .trim_end_matches(|c: char| ".,;:!?".contains(c) || c.is_whitespace())
                .len(),
        );
        title.push('…');
    }
    Some(title)
}

/// A user-typed optional field: only whitespace means "none". Not trimmed, so typing a space
/// between two words in a bound input is not undone under the writer's cursor.
pub fn clean_optional(value: &str) -> Option<String> {
    (!value.trim().is_empty()).then(|| value.to_string())
}
