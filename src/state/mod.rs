//! Drafts as plain data: the store (create, rename, delete/undo, search, merge of two tabs), the
//! stored schema and its migrations, typed storage errors, and export/import. No browser code:
//! the UI's storage module is the only place that touches localStorage; this builds natively so
//! `cargo test` covers it.
mod draft;
mod error;
pub mod schema;
mod store;
mod tag;
pub mod transfer;

pub use draft::{auto_title, Draft, Millis};
pub use error::StorageError;
pub use schema::DecodeError;
pub use store::{DraftsStore, ImportPolicy, ImportReport, MergeReport};
pub use tag::{normalize as normalize_tags, Tag, TagGroup};
pub use transfer::ImportError;
