//! `Drafts`: the drafts store in a signal, wired to the workspace and to storage. Loads at
//! start-up, mirrors workspace edits into the open draft, autosaves (≤ 300 ms after a change,
//! and at once when the page is hidden or closed), merges other tabs' saves, and turns every
//! storage problem into a notice. Components call its methods; the logic lives in `state`.
use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use super::{browser, storage};
use crate::engine::Mode;
use crate::state::schema::{self, CURRENT_KEY, DRAFTS_KEY, LEGACY_DRAFT_KEY};
use crate::state::transfer;
use crate::state::{Draft, DraftsStore, ImportPolicy, Millis, StorageError, Tag};
use crate::ui::workspace::Workspace;

/// Longest wait between a change and its save.
const SAVE_DELAY: Duration = Duration::from_millis(250);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// A write failed; `storage_problem` says why.
    NotSaved,
    /// No storage at all: everything lives in this tab.
    Off,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something about storage the writer must know (unreadable value kept as a backup…).
    Storage,
    /// Another tab's text was kept as a "(conflict copy)".
    Conflict,
    ImportFailed,
    /// A plain confirmation (imported, deleted).
    Info,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    /// Offer "Export all drafts" beside the text.
    pub offers_export: bool,
}

/// A question the in-page dialog asks before something irreversible.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    DeleteAll {
        drafts: usize,
    },
    ImportOverwrite {
        drafts: Vec<Draft>,
        clashing_titles: Vec<String>,
    },
    /// The draft still has `[placeholders]` the writer has not filled.
    Unfilled {
        placeholders: Vec<String>,
        send: Send,
    },
}

/// A way the open draft leaves the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Send {
    Markdown,
    Text,
    Copy,
}

impl Send {
    /// "Export anyway", "Copy anyway".
    pub fn anyway(self) -> &'static str {
        match self {
            Send::Markdown | Send::Text => "Export anyway",
            Send::Copy => "Copy anyway",
        }
    }
}

#[derive(Clone, Copy)]
pub struct Drafts {
    pub ws: Workspace,
    pub store: RwSignal<DraftsStore>,
    pub status: RwSignal<SaveStatus>,
    /// A problem that persists until a write succeeds (full, unavailable, blocked).
    pub storage_problem: RwSignal<Option<StorageError>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Title of the draft that "Undo" would bring back.
    pub undo_title: RwSignal<Option<String>>,
    pub confirm: RwSignal<Option<Confirm>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The value of `DRAFTS_KEY` we last read or wrote: anything else there came from another tab.
    last_raw: StoredValue<Option<String>>,
    /// An unreadable value could not be backed up: never write over it.
    blocked: StoredValue<bool>,
    /// The legacy single-draft key was migrated; remove it after the first successful save.
    legacy_pending: StoredValue<bool>,
    next_notice: StoredValue<u64>,
}

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A fresh draft id: time plus randomness, so two tabs never pick the same one.
pub fn new_id() -> String {
    let rand = (js_sys::Math::random() * f64::from(0xff_ffff)) as u32;
    format!("d{:x}{:06x}", now(), rand)
}

impl Drafts {
    pub fn get() -> Self {
        expect_context::<Drafts>()
    }

    /// Loads storage into a new controller, provides it as context and starts autosave.
    pub fn start(ws: Workspace) -> Self {
        let drafts = Drafts {
            ws,
            store: RwSignal::new(DraftsStore::new()),
            status: RwSignal::new(SaveStatus::Saved),
            storage_problem: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            undo_title: RwSignal::new(None),
            confirm: RwSignal::new(None),
            timer: StoredValue::new(None),
            last_raw: StoredValue::new(None),
            blocked: StoredValue::new(false),
            legacy_pending: StoredValue::new(false),
            next_notice: StoredValue::new(0),
        };
        provide_context(drafts);
        drafts.load();
        drafts.watch_workspace();
        drafts.autosave();
        drafts.listen();
        drafts
    }

    // ---- loading ----

    fn load(self) {
        let at = now();
        if !storage::available() {
            self.storage_problem.set(Some(StorageError::Unavailable));
            self.status.set(SaveStatus::Off);
            self.store.update(|s| {
                s.ensure_current(new_id, at);
            });
            self.show_current();
            return;
        }
        let drafts_raw = match storage::read(DRAFTS_KEY) {
            Ok(raw) => raw,
            Err(err) => {
                // Saved drafts may be there but unreadable just now: never write over them.
                self.blocked.set_value(true);
                self.storage_problem.set(Some(err));
                self.status.set(SaveStatus::NotSaved);
                None
            }
        };
        let legacy_raw = storage::read(LEGACY_DRAFT_KEY).ok().flatten();
        let plan = schema::plan_load(drafts_raw.as_deref(), legacy_raw.as_deref(), new_id, at);
        if let Some((key, reason)) = plan.unreadable {
            let raw = if key == DRAFTS_KEY {
                drafts_raw.clone()
            } else {
                legacy_raw.clone()
            };
            self.keep_unreadable(&key, raw.unwrap_or_default(), reason);
        }
        let current = storage::read(CURRENT_KEY).ok().flatten();
        let store = if plan.migrated_legacy {
            self.legacy_pending.set_value(true);
            let mut s = DraftsStore::new();
            s.import(plan.drafts, ImportPolicy::Replace, new_id);
            s
        } else {
            DraftsStore::from_saved(plan.drafts, current)
        };
        self.last_raw.set_value(drafts_raw);
        self.store.set(store);
        self.store.update(|s| {
            s.ensure_current(new_id, at);
        });
        self.show_current();
    }

    /// Copies an unreadable stored value to a fresh backup key and says so. If even that fails,
    /// blocks writes so the value is never overwritten.
    fn keep_unreadable(self, key: &str, raw: String, reason: schema::DecodeError) {
        let existing = storage::backup_holding(&raw);
        let backup = existing
            .clone()
            .unwrap_or_else(|| schema::backup_key(now(), storage::exists));
        let written = match existing {
            Some(_) => Ok(()),
            None => storage::write(&backup, &raw),
        };
        let backup_key = match written {
            Ok(()) => {
                if key == LEGACY_DRAFT_KEY {
                    let _ = storage::remove(LEGACY_DRAFT_KEY);
                }
                Some(backup)
            }
            Err(_) => {
                self.blocked.set_value(true);
                None
            }
        };
        let err = StorageError::Corrupt {
            key: key.to_string(),
            backup_key,
            reason,
        };
        self.notify(NoticeKind::Storage, err.to_string(), err.offers_export());
    }

    // ---- workspace ↔ open draft ----

    /// Puts the open draft's text, mode and dismissed findings into the workspace.
    fn show_current(self) {
        let Some(d) = self.store.with_untracked(|s| s.current().cloned()) else {
            return;
        };
        let ws = self.ws;
        if ws.text.with_untracked(|t| *t != d.text) {
            ws.set_text(d.text);
        }
        if ws.mode.get_untracked() != d.mode {
            ws.mode.set(d.mode);
        }
        if ws.dismissed.with_untracked(|v| *v != d.dismissed) {
            ws.dismissed.set(d.dismissed);
        }
    }

    /// Copies the workspace into the open draft when it differs (an edit, not a switch).
    fn pull_from_workspace(self) {
        let ws = self.ws;
        let differs = self.store.with_untracked(|s| {
            s.current().is_some_and(|d| {
                ws.text.with_untracked(|t| *t != d.text)
                    || ws.mode.get_untracked() != d.mode
                    || ws.dismissed.with_untracked(|v| *v != d.dismissed)
            })
        });
        if !differs {
            return;
        }
        let at = now();
        self.store.update(|s| {
            let Some(id) = s.current_id().map(str::to_string) else {
                return;
            };
            ws.text.with_untracked(|t| s.set_text(&id, t, at));
            s.set_mode(&id, ws.mode.get_untracked(), at);
            ws.dismissed.with_untracked(|v| s.set_dismissed(&id, v, at));
        });
    }

    fn watch_workspace(self) {
        let ws = self.ws;
        crate::ui::effect(move || {
            ws.text.track();
            ws.mode.track();
            ws.dismissed.track();
            self.pull_from_workspace();
        });
    }

    // ---- saving ----

    fn autosave(self) {
        crate::ui::effect(move || {
            self.store.track();
            if self.store.with_untracked(DraftsStore::has_unsaved) {
                self.schedule_save();
            }
        });
    }

    /// Saves within `SAVE_DELAY` of the first unsaved change (not reset by further typing, so a
    /// writer who never pauses is still saved).
    fn schedule_save(self) {
        if self.status.get_untracked() == SaveStatus::Saved {
            self.status.set(SaveStatus::Saving);
        }
        if self.timer.with_value(Option::is_some) {
            return;
        }
        let handle = set_timeout_with_handle(move || self.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes every unsaved change now: read what storage holds, merge it (another tab may
    /// have saved since), write the result.
    pub fn flush(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.pull_from_workspace();
        if !storage::available() {
            self.storage_problem.set(Some(StorageError::Unavailable));
            self.status.set(SaveStatus::Off);
            return;
        }
        if self.blocked.get_value() {
            self.status.set(SaveStatus::NotSaved);
            return;
        }
        if let Ok(raw) = storage::read(DRAFTS_KEY) {
            if self.last_raw.with_value(|last| *last != raw) {
                self.merge_remote(raw);
            }
        }
        if !self.store.with_untracked(DraftsStore::has_unsaved) {
            self.write_current_id();
            self.status.set(SaveStatus::Saved);
            return;
        }
        let json = self
            .store
            .with_untracked(|s| schema::encode(&s.persistable()));
        match storage::write(DRAFTS_KEY, &json) {
            Ok(()) => {
                self.last_raw.set_value(Some(json));
                self.store.update(DraftsStore::mark_saved);
                self.write_current_id();
                if self.legacy_pending.get_value() && storage::remove(LEGACY_DRAFT_KEY).is_ok() {
                    self.legacy_pending.set_value(false);
                }
                if self.storage_problem.get_untracked().is_some() {
                    self.storage_problem.set(None);
                }
                self.status.set(SaveStatus::Saved);
            }
            Err(err) => {
                self.storage_problem.set(Some(err));
                self.status.set(SaveStatus::NotSaved);
            }
        }
    }

    fn write_current_id(self) {
        let id = self
            .store
            .with_untracked(|s| s.current().filter(|d| !d.is_blank()).map(|d| d.id.clone()));
        if let Some(id) = id {
            if storage::read(CURRENT_KEY).ok().flatten().as_deref() != Some(id.as_str()) {
                let _ = storage::write(CURRENT_KEY, &id);
            }
        }
    }

    /// Merges a value another tab wrote to `DRAFTS_KEY` (`None`: it was removed).
    fn merge_remote(self, raw: Option<String>) {
        let remote = match raw.as_deref().map(schema::decode) {
            None => Vec::new(),
            Some(Ok(drafts)) => drafts,
            Some(Err(reason)) => {
                // Someone wrote something unreadable: keep it, then save ours over the key.
                self.keep_unreadable(DRAFTS_KEY, raw.clone().unwrap_or_default(), reason);
                self.last_raw.set_value(raw);
                return;
            }
        };
        self.last_raw.set_value(raw);
        let mut report = Default::default();
        self.store.update(|s| report = s.merge(remote, new_id));
        let report: crate::state::MergeReport = report;
        for title in &report.conflict_copies {
            self.notify(
                NoticeKind::Conflict,
                format!(
                    "This draft was also edited in another tab. Both versions are kept: yours \
                     stays here, the other is saved as “{title}”."
                ),
                false,
            );
        }
        if report.current_changed {
            self.store.update(|s| {
                s.ensure_current(new_id, now());
            });
            self.show_current();
        }
    }

    /// Other tabs' saves, and saving when the page is hidden or closed.
    fn listen(self) {
        let on_storage = move |ev: web_sys::Event| {
            let Ok(ev) = ev.dyn_into::<web_sys::StorageEvent>() else {
                return;
            };
            match ev.key() {
                Some(key) if key == DRAFTS_KEY => {
                    self.merge_remote(ev.new_value());
                    if self.store.with_untracked(DraftsStore::has_unsaved) {
                        self.schedule_save();
                    }
                }
                // localStorage.clear() elsewhere.
                None => self.merge_remote(storage::read(DRAFTS_KEY).ok().flatten()),
                _ => {}
            }
        };
        let _ = window_event_listener_untyped("storage", on_storage);
        let _ = window_event_listener_untyped("pagehide", move |_| self.flush());
        // Last chance: if the save failed (full or no storage), let the browser ask before the
        // tab closes rather than drop the text silently.
        let _ = window_event_listener_untyped("beforeunload", move |ev| {
            self.flush();
            if self.store.with_untracked(DraftsStore::has_unsaved) {
                ev.prevent_default();
                let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
            }
        });
        let on_visibility = Closure::<dyn Fn()>::new(move || {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        let _ = document().add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
        on_visibility.forget();
    }

    // ---- notices ----

    /// Show one notice: it replaces whatever notice was there (and the "Undo" of a delete).
    pub fn notify(self, kind: NoticeKind, text: String, offers_export: bool) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.undo_title.set(None);
        self.notices.set(vec![Notice {
            id,
            kind,
            text,
            offers_export,
        }]);
    }

    /// Clear the notice (a new action started: its old result no longer applies).
    pub fn clear_notice(self) {
        if self.notices.with_untracked(|n| !n.is_empty()) {
            self.notices.set(Vec::new());
        }
    }

    pub fn dismiss_notice(self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    // ---- actions on drafts ----

    pub fn select(self, id: &str) {
        self.pull_from_workspace();
        if self.store.try_update(|s| s.select(id)).unwrap_or(false) {
            self.show_current();
        }
    }

    pub fn create(self) {
        self.pull_from_workspace();
        let at = now();
        self.store.update(|s| {
            s.create(new_id(), at);
        });
        self.show_current();
    }

    pub fn rename_current(self, title: &str) {
        let at = now();
        self.store.update(|s| {
            if let Some(id) = s.current_id().map(str::to_string) {
                s.rename(&id, title, at);
            }
        });
    }

    pub fn set_recipient(self, recipient: &str) {
        let at = now();
        self.store.update(|s| {
            if let Some(id) = s.current_id().map(str::to_string) {
                s.set_recipient(&id, recipient, at);
            }
        });
    }

    /// Opens a new draft holding `text` (a template) under `title`.
    pub fn open_new(self, title: &str, text: &str) {
        self.pull_from_workspace();
        let at = now();
        self.store.update(|s| {
            s.create_with_text(new_id(), Some(title), text, at);
        });
        self.show_current();
    }

    /// Adds or removes a competency or track tag on the open draft.
    pub fn toggle_tag(self, tag: Tag) {
        let at = now();
        self.store.update(|s| {
            if let Some(id) = s.current_id().map(str::to_string) {
                s.toggle_tag(&id, tag, at);
            }
        });
    }

    pub fn set_mode(self, mode: Mode) {
        self.ws.mode.set(mode);
    }

    pub fn delete_current(self) {
        self.pull_from_workspace();
        let at = now();
        let mut title = None;
        self.store.update(|s| {
            if let Some(id) = s.current_id().map(str::to_string) {
                title = s.delete(&id);
                s.ensure_current(new_id, at);
            }
        });
        self.clear_notice();
        self.undo_title.set(
            self.store
                .with_untracked(|s| s.deleted_title())
                .filter(|_| title.is_some()),
        );
        self.show_current();
    }

    pub fn undo_delete(self) {
        self.pull_from_workspace();
        self.store.update(|s| {
            // The blank draft opened in its place is not worth keeping.
            if let Some(blank) = s.current().filter(|d| d.is_blank()).map(|d| d.id.clone()) {
                s.delete(&blank);
            }
            s.undo_delete();
        });
        self.undo_title.set(None);
        self.show_current();
    }

    // ---- export, import, delete all ----

    pub fn export_all(self) {
        self.flush();
        let at = now();
        let json = self
            .store
            .with_untracked(|s| transfer::export_json(&s.persistable(), at));
        let date = js_sys::Date::new(&(at as f64).into())
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        let name = format!("frankly-drafts-{}.json", date.get(..10).unwrap_or("export"));
        if let Err(e) = browser::download(&name, "application/json", &json) {
            self.notify(
                NoticeKind::ImportFailed,
                format!("Export failed: {e}."),
                false,
            );
        }
    }

    pub fn export_current(self, markdown: bool) {
        self.pull_from_workspace();
        let Some(d) = self.store.with_untracked(|s| s.current().cloned()) else {
            return;
        };
        let (body, ext, mime) = if markdown {
            (transfer::to_markdown(&d), "md", "text/markdown")
        } else {
            (transfer::to_plain_text(&d), "txt", "text/plain")
        };
        let name = format!("{}.{ext}", transfer::file_stem(&d));
        if let Err(e) = browser::download(&name, &format!("{mime};charset=utf-8"), &body) {
            self.notify(
                NoticeKind::ImportFailed,
                format!("Export failed: {e}."),
                false,
            );
        }
    }

    /// Export or copy the open draft; with unfilled placeholders, ask first.
    pub fn send_current(self, send: Send, done: impl FnOnce(bool) + 'static) {
        self.pull_from_workspace();
        let text = self
            .store
            .with_untracked(|s| s.current().map(|d| d.text.clone()))
            .unwrap_or_default();
        let placeholders: Vec<String> = crate::ui_logic::placeholders::placeholder_spans(&text)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect();
        if placeholders.is_empty() {
            self.send_now(send, done);
        } else {
            self.confirm
                .set(Some(Confirm::Unfilled { placeholders, send }));
        }
    }

    /// Export or copy without asking (the writer has seen the placeholders).
    pub fn send_now(self, send: Send, done: impl FnOnce(bool) + 'static) {
        match send {
            Send::Markdown => self.export_current(true),
            Send::Text => self.export_current(false),
            Send::Copy => self.copy_current(done),
        }
    }

    pub fn copy_current(self, done: impl FnOnce(bool) + 'static) {
        self.pull_from_workspace();
        let Some(d) = self.store.with_untracked(|s| s.current().cloned()) else {
            return;
        };
        browser::copy_text(&transfer::to_plain_text(&d), done);
    }

    /// Validates a chosen file; asks before replacing drafts that are already here.
    pub fn import_bytes(self, bytes: &[u8]) {
        let incoming = match transfer::parse_import(bytes) {
            Ok(d) => d,
            Err(e) => {
                self.notify(NoticeKind::ImportFailed, e.to_string(), false);
                return;
            }
        };
        let clashing: Vec<String> = self.store.with_untracked(|s| {
            s.clashing_ids(&incoming)
                .iter()
                .filter_map(|id| s.get(id))
                .map(|d| d.display_title())
                .collect()
        });
        if clashing.is_empty() {
            self.finish_import(incoming, ImportPolicy::Replace);
        } else {
            self.confirm.set(Some(Confirm::ImportOverwrite {
                drafts: incoming,
                clashing_titles: clashing,
            }));
        }
    }

    pub fn finish_import(self, incoming: Vec<Draft>, policy: ImportPolicy) {
        self.pull_from_workspace();
        let mut report = Default::default();
        self.store.update(|s| {
            report = s.import(incoming, policy, new_id);
            // An empty draft left open gives way to the imported ones.
            if let Some(blank) = s.current().filter(|d| d.is_blank()).map(|d| d.id.clone()) {
                s.delete(&blank);
                s.ensure_current(new_id, now());
            }
        });
        let report: crate::state::ImportReport = report;
        let text = match (report.added, report.replaced) {
            (a, 0) => format!("Imported {a} draft{}.", plural(a)),
            (0, r) => format!("Replaced {r} draft{} with the file’s version.", plural(r)),
            (a, r) => format!("Imported {a} new draft{} and replaced {r}.", plural(a)),
        };
        self.notify(NoticeKind::Info, text, false);
        self.show_current();
        self.flush();
    }

    pub fn ask_delete_all(self) {
        let drafts = self.store.with_untracked(|s| s.persistable().len());
        self.confirm.set(Some(Confirm::DeleteAll { drafts }));
    }

    /// Removes every `frankly.*` key and starts over with one blank draft.
    pub fn delete_all(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let result = storage::remove_namespace();
        self.store.update(|s| {
            s.clear();
            s.ensure_current(new_id, now());
        });
        self.last_raw.set_value(None);
        self.blocked.set_value(false);
        self.legacy_pending.set_value(false);
        self.undo_title.set(None);
        self.notices.set(Vec::new());
        self.show_current();
        match result {
            Ok(_) => {
                self.storage_problem.set(None);
                self.status.set(SaveStatus::Saved);
                self.notify(
                    NoticeKind::Info,
                    "All your Frankly data was deleted from this browser.".into(),
                    false,
                );
            }
            Err(StorageError::Unavailable) => {
                self.notify(
                    NoticeKind::Info,
                    "All drafts in this tab were deleted.".into(),
                    false,
                );
            }
            Err(e) => self.notify(
                NoticeKind::Storage,
                format!("Some data could not be deleted: {e}"),
                false,
            ),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
