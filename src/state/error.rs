//! Storage problems, typed, each with a message a writer can act on.
use std::fmt;

use super::schema::DecodeError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// A stored value could not be read. It was kept under `backup_key` (if that write worked)
    /// and is never overwritten.
    Corrupt {
        key: String,
        backup_key: Option<String>,
        reason: DecodeError,
    },
    /// The browser refused a write: storage for this site is full.
    QuotaExceeded,
    /// The browser gives this page no localStorage (disabled, or a private window).
    Unavailable,
    /// A write failed for another reason the browser gave.
    WriteFailed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Corrupt { backup_key: Some(backup), reason, .. } => write!(
                f,
                "Your saved drafts could not be read: {reason}. Nothing was deleted: the saved \
                 value is kept in this browser's storage under “{backup}”. New drafts are saved as usual."
            ),
            StorageError::Corrupt { backup_key: None, reason, .. } => write!(
                f,
                "Your saved drafts could not be read: {reason}, and there was no room to back \
                 them up. To protect them, Frankly will not save over them: export your drafts \
                 to keep what you write now."
            ),
            StorageError::QuotaExceeded => f.write_str(
                "This browser's storage is full, so your latest changes are not saved yet. \
                 Keep this tab open and export your drafts to a file; Frankly keeps trying.",
            ),
            StorageError::Unavailable => f.write_str(
                "This browser does not let Frankly save (storage is turned off or this is a \
                 private window). You can keep writing, but drafts are lost when the tab closes: \
                 export them to a file.",
            ),
            StorageError::WriteFailed(e) => write!(
                f,
                "Your latest changes could not be saved ({e}). Keep this tab open and export \
                 your drafts to a file."
            ),
        }
    }
}

impl StorageError {
    /// Whether the notice should offer "Export all drafts" (saving is not working).
    pub fn offers_export(&self) -> bool {
        !matches!(
            self,
            StorageError::Corrupt {
                backup_key: Some(_),
                ..
            }
        )
    }
}
