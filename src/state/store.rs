//! `DraftsStore`: every draft in memory, which one is open, what storage last held (to tell
//! unsaved edits from other tabs' edits), and the last deletion (for undo).
//!
//! Plain data and methods; the UI holds it in one signal and the storage module persists
//! `persistable()` and calls `mark_saved()`. Times are passed in.
use super::draft::{clean_optional, Draft, Millis};
use super::tag::{normalize, Tag};
use crate::engine::Mode;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftsStore {
    drafts: Vec<Draft>,
    current: Option<String>,
    /// Each draft as storage last held it (after a load, a save or a merge). A draft that differs
    /// from its synced version has unsaved changes; a synced id with no draft is an unsaved delete.
    synced: IdMap,
    /// The last deleted draft, until it is undone or another draft is deleted.
    trash: Option<Draft>,
    /// Conflict copies made here: original id → the copy as we last wrote it. While the other
    /// tab keeps typing, its newer versions update the same copy instead of adding one per save.
    copies: IdMap,
}

/// What a merge with another tab's drafts did, for the notice and the editor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Titles of the "(conflict copy)" drafts created: the other side's text, kept beside ours.
    pub conflict_copies: Vec<String>,
    /// The open draft was replaced by the other tab's version (or removed): reload the editor.
    pub current_changed: bool,
}

/// How to import drafts whose ids already exist here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportPolicy {
    /// The imported version replaces the one here.
    Replace,
    /// The imported version is added under a new id; nothing here changes.
    KeepBoth,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub replaced: usize,
}

impl DraftsStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store holding what storage holds (all of it counts as saved).
    pub fn from_saved(drafts: Vec<Draft>, current: Option<String>) -> Self {
        let synced = by_id(drafts.iter().cloned());
        let mut store = DraftsStore {
            drafts,
            current: None,
            synced,
            ..Default::default()
        };
        store.current = current.filter(|id| store.get(id).is_some());
        store
    }

    pub fn drafts(&self) -> &[Draft] {
        &self.drafts
    }

    pub fn len(&self) -> usize {
        self.drafts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut Draft> {
        self.drafts.iter_mut().find(|d| d.id == id)
    }

    pub fn current_id(&self) -> Option<&str> {
        self.current.as_deref()
    }

    pub fn current(&self) -> Option<&Draft> {
        self.current.as_deref().and_then(|id| self.get(id))
    }

    /// Every draft, last edited first (ties: newest created first, then id, so the order is
    /// stable).
    pub fn sorted(&self) -> Vec<&Draft> {
        let mut v: Vec<&Draft> = self.drafts.iter().collect();
        crate::sort::sort_by(&mut v, |a, b| {
            b.updated
                .cmp(&a.updated)
                .then(b.created.cmp(&a.created))
                .then(a.id.cmp(&b.id))
        });
        v
    }

    /// Drafts matching every word of `query` (title, recipient, text), last edited first.
    pub fn search(&self, query: &str) -> Vec<&Draft> {
        self.sorted()
            .into_iter()
            .filter(|d| d.matches(query))
            .collect()
    }

    /// Drafts carrying every tag in `tags` and matching `query`, last edited first. No tags: all.
    pub fn filter(&self, query: &str, tags: &[Tag]) -> Vec<&Draft> {
        self.search(query)
            .into_iter()
            .filter(|d| tags.iter().all(|t| d.has_tag(*t)))
            .collect()
    }

    /// How many drafts carry each tag, in `Tag::ALL` order (for the filter's counts).
    pub fn tag_counts(&self) -> Vec<(Tag, usize)> {
        Tag::ALL
            .into_iter()
            .map(|t| (t, self.drafts.iter().filter(|d| d.has_tag(t)).count()))
            .collect()
    }

    /// Opens a new blank draft, or the open one if it is still blank (no pile of empty drafts).
    /// Returns the id of the draft now open.
    pub fn create(&mut self, id: impl Into<String>, now: Millis) -> String {
        if let Some(current) = self.current().filter(|d| d.is_blank()) {
            return current.id.clone();
        }
        let draft = Draft::new(id, now);
        let id = draft.id.clone();
        self.drafts.push(draft);
        self.current = Some(id.clone());
        id
    }

    /// Makes `id` the open draft. False if there is no such draft.
    pub fn select(&mut self, id: &str) -> bool {
        if self.get(id).is_none() {
            return false;
        }
        self.current = Some(id.to_string());
        true
    }

    /// Makes sure a draft is open: the open one, else the last edited, else a new blank one.
    pub fn ensure_current(&mut self, new_id: impl FnOnce() -> String, now: Millis) -> String {
        if let Some(id) = self.current_id() {
            return id.to_string();
        }
        if let Some(id) = self.sorted().first().map(|d| d.id.clone()) {
            self.current = Some(id.clone());
            return id;
        }
        self.create(new_id(), now)
    }

    /// Applies `change` to draft `id`; bumps `updated` only if something changed.
    fn edit(&mut self, id: &str, now: Millis, change: impl FnOnce(&mut Draft)) -> bool {
        let Some(draft) = self.get_mut(id) else {
            return false;
        };
        let before = draft.clone();
        change(draft);
        if *draft == before {
            return false;
        }
        draft.updated = now.max(draft.updated);
        true
    }

    /// Sets a title; blank means "back to the first words of the text".
    pub fn rename(&mut self, id: &str, title: &str, now: Millis) -> bool {
        let title = clean_optional(title);
        self.edit(id, now, |d| d.title = title)
    }

    pub fn set_text(&mut self, id: &str, text: &str, now: Millis) -> bool {
        self.edit(id, now, |d| {
            if d.text != text {
                d.text = text.to_string();
            }
        })
    }

    pub fn set_mode(&mut self, id: &str, mode: Mode, now: Millis) -> bool {
        self.edit(id, now, |d| d.mode = mode)
    }

    pub fn set_recipient(&mut self, id: &str, recipient: &str, now: Millis) -> bool {
        let recipient = clean_optional(recipient);
        self.edit(id, now, |d| d.recipient = recipient)
    }

    pub fn set_dismissed(&mut self, id: &str, dismissed: &[String], now: Millis) -> bool {
        self.edit(id, now, |d| {
            if d.dismissed != dismissed {
                d.dismissed = dismissed.to_vec();
            }
        })
    }

    /// Replaces a draft's tags (stored sorted, each once).
    pub fn set_tags(&mut self, id: &str, tags: &[Tag], now: Millis) -> bool {
        let tags = normalize(tags);
        self.edit(id, now, |d| d.tags = tags)
    }

    /// Adds the tag if the draft lacks it, else removes it. False if there is no such draft.
    pub fn toggle_tag(&mut self, id: &str, tag: Tag, now: Millis) -> bool {
        let Some(d) = self.get(id) else { return false };
        let mut tags = d.tags.clone();
        match tags.iter().position(|t| *t == tag) {
            Some(i) => {
                tags.remove(i);
            }
            None => tags.push(tag),
        }
        self.set_tags(id, &tags, now)
    }

    /// Opens a new draft holding `text` (a template) and an optional title; a blank open draft is
    /// used for it, as `create` does. Returns its id.
    pub fn create_with_text(
        &mut self,
        id: impl Into<String>,
        title: Option<&str>,
        text: &str,
        now: Millis,
    ) -> String {
        let id = self.create(id, now);
        self.set_text(&id, text, now);
        if let Some(t) = title {
            self.rename(&id, t, now);
        }
        id
    }

    /// Deletes a draft, keeping it for `undo_delete`. If it was open, the last edited remaining
    /// draft opens (or none: call `ensure_current`). Returns the deleted draft's title.
    pub fn delete(&mut self, id: &str) -> Option<String> {
        let index = self.drafts.iter().position(|d| d.id == id)?;
        let draft = self.drafts.remove(index);
        let title = draft.display_title();
        if self.current.as_deref() == Some(id) {
            self.current = self.sorted().first().map(|d| d.id.clone());
        }
        // A blank draft is not worth an undo; keep the previous deletion undoable instead.
        if !draft.is_blank() {
            self.trash = Some(draft);
        }
        Some(title)
    }

    /// The title of the draft `undo_delete` would bring back.
    pub fn deleted_title(&self) -> Option<String> {
        self.trash.as_ref().map(Draft::display_title)
    }

    /// Brings back the last deleted draft and opens it. Returns its id.
    pub fn undo_delete(&mut self) -> Option<String> {
        let draft = self.trash.take()?;
        let id = draft.id.clone();
        if self.get(&id).is_none() {
            self.drafts.push(draft);
        }
        self.current = Some(id.clone());
        Some(id)
    }

    /// The drafts worth writing to storage (blank ones are not), last edited first.
    pub fn persistable(&self) -> Vec<Draft> {
        self.sorted()
            .into_iter()
            .filter(|d| !d.is_blank())
            .cloned()
            .collect()
    }

    /// True when memory holds something storage does not: an edit, a new draft or a delete.
    pub fn has_unsaved(&self) -> bool {
        // Called on every keystroke: compare in place, clone nothing.
        let mut kept = 0;
        for d in self.drafts.iter().filter(|d| !d.is_blank()) {
            if self.synced.get(&d.id) != Some(d) {
                return true;
            }
            kept += 1;
        }
        kept != self.synced.len()
    }

    /// Ids of drafts whose local version differs from what storage last held.
    pub fn unsaved_ids(&self) -> Vec<String> {
        self.persistable()
            .into_iter()
            .filter(|d| self.synced.get(&d.id) != Some(d))
            .map(|d| d.id)
            .collect()
    }

    /// Call after `persistable()` was written: storage now holds exactly that.
    pub fn mark_saved(&mut self) {
        self.synced = by_id(self.persistable());
    }

    /// Forget everything, including what storage held (it was emptied).
    pub fn clear(&mut self) {
        *self = DraftsStore::default();
    }

    /// Three-way merge of what storage now holds (`remote`, written by another tab) into memory,
    /// using `synced` as the common ancestor. Nobody's text is silently dropped:
    /// - a draft only the other side changed takes the other side's version;
    /// - a draft only this side changed keeps ours (it is saved next);
    /// - a draft both sides changed keeps ours and adds theirs as a "(conflict copy)" draft;
    /// - a draft the other side deleted goes only if we had no unsaved edits to it;
    /// - a draft we deleted comes back only if the other side edited it meanwhile.
    ///
    /// Afterwards `synced` is `remote`, so our own unsaved work still counts as unsaved.
    pub fn merge(&mut self, remote: Vec<Draft>, mut new_id: impl FnMut() -> String) -> MergeReport {
        let mut report = MergeReport::default();
        let current_before = self.current().cloned();
        let remote_ids: Vec<String> = remote.iter().map(|d| d.id.clone()).collect();

        for theirs in &remote {
            let base = self.synced.get(&theirs.id);
            let they_changed = base != Some(theirs);
            match self.drafts.iter().position(|d| d.id == theirs.id) {
                None => {
                    // New to us, or deleted here: take it unless it is exactly what we deleted.
                    if they_changed {
                        self.drafts.push(theirs.clone());
                    }
                }
                Some(i) => {
                    let ours = &self.drafts[i];
                    let we_changed = base != Some(ours) && !ours.is_blank();
                    if ours == theirs || !they_changed {
                        // The same, or only we changed it: keep ours (saved next).
                    } else if !we_changed || ours.text == theirs.text {
                        // Only they changed it, or the texts agree: take theirs.
                        self.drafts[i] = theirs.clone();
                    } else if self.drafts.iter().any(|d| d.text == theirs.text) {
                        // Both changed it, but their text is already kept here (an earlier
                        // copy): nothing would be lost, so no second copy.
                    } else {
                        // Both changed the text: keep ours, keep theirs beside it — in the copy
                        // made earlier if it is untouched since, else in a new one.
                        let earlier = self
                            .copies
                            .get(&theirs.id)
                            .and_then(|made| self.drafts.iter().position(|d| d == made));
                        let copy = match earlier {
                            Some(j) => {
                                let d = &mut self.drafts[j];
                                d.text = theirs.text.clone();
                                d.mode = theirs.mode;
                                d.recipient = theirs.recipient.clone();
                                d.dismissed = theirs.dismissed.clone();
                                d.updated = theirs.updated.max(d.updated);
                                d.clone()
                            }
                            None => {
                                let mut copy = theirs.clone();
                                copy.id = new_id();
                                copy.title =
                                    Some(format!("{} (conflict copy)", theirs.display_title()));
                                report.conflict_copies.push(copy.display_title());
                                self.drafts.push(copy.clone());
                                copy
                            }
                        };
                        self.copies.insert(theirs.id.clone(), copy);
                    }
                }
            }
        }

        // Drafts storage no longer holds: deleted over there, unless we have unsaved edits.
        let synced = &self.synced;
        self.drafts.retain(|ours| {
            if remote_ids.contains(&ours.id) {
                return true;
            }
            match synced.get(&ours.id) {
                Some(base) => base != ours, // we edited it: keep (and save it again)
                None => true,               // new here, not saved yet
            }
        });

        self.synced = by_id(remote);
        if let Some(before) = current_before {
            match self.get(&before.id) {
                Some(now) => report.current_changed = *now != before,
                None => {
                    self.current = None;
                    report.current_changed = true;
                }
            }
        }
        report
    }

    /// Ids in `incoming` that already name a draft here (an import would overwrite them).
    pub fn clashing_ids(&self, incoming: &[Draft]) -> Vec<String> {
        incoming
            .iter()
            .filter(|d| self.get(&d.id).is_some())
            .map(|d| d.id.clone())
            .collect()
    }

    /// Adds imported drafts. Clashing ids are replaced or added as copies, per `policy`.
    pub fn import(
        &mut self,
        incoming: Vec<Draft>,
        policy: ImportPolicy,
        mut new_id: impl FnMut() -> String,
    ) -> ImportReport {
        let mut report = ImportReport::default();
        for mut draft in incoming {
            match self.drafts.iter().position(|d| d.id == draft.id) {
                Some(i) if policy == ImportPolicy::Replace => {
                    self.drafts[i] = draft;
                    report.replaced += 1;
                }
                Some(_) => {
                    draft.id = new_id();
                    self.drafts.push(draft);
                    report.added += 1;
                }
                None => {
                    self.drafts.push(draft);
                    report.added += 1;
                }
            }
        }
        report
    }
}

/// Drafts by id, as a list sorted by id: a `BTreeMap<String, Draft>` cost the web app its own
/// few KB of tree code, and a user keeps tens of drafts, not millions.
#[derive(Clone, Debug, Default, PartialEq)]
struct IdMap(Vec<(String, Draft)>);

impl IdMap {
    fn get(&self, id: &str) -> Option<&Draft> {
        let i = self.0.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok()?;
        Some(&self.0[i].1)
    }

    fn insert(&mut self, id: String, d: Draft) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&id)) {
            Ok(i) => self.0[i].1 = d,
            Err(i) => self.0.insert(i, (id, d)),
        }
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Drafts by id; of two with the same id the later wins, as with `collect()`. Sorted through
/// the app's one shared sort (see `crate::sort`).
fn by_id(drafts: impl IntoIterator<Item = Draft>) -> IdMap {
    let mut v: Vec<(String, Draft)> = drafts.into_iter().map(|d| (d.id.clone(), d)).collect();
    crate::sort::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    // Stable: of equal ids the later comes last; `dedup_by` keeps the first, so it takes the
    // later one's place.
    v.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            std::mem::swap(later, kept);
        }
        same
    });
    IdMap(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(id: &str, text: &str) -> Draft {
        let mut d = Draft::new(id, 1);
        d.text = text.into();
        d
    }

    #[test]
    fn drafts_by_id_keep_the_later_of_two_and_find_each() {
        let map = by_id([
            draft("c", "third"),
            draft("a", "first"),
            draft("c", "newer third"),
            draft("b", "second"),
        ]);
        assert_eq!(map.len(), 3);
        assert_eq!(map.get("c").map(|d| d.text.as_str()), Some("newer third"));
        assert_eq!(map.get("a").map(|d| d.text.as_str()), Some("first"));
        assert!(map.get("d").is_none());
        let mut map = map;
        map.insert("aa".into(), draft("x", "copy"));
        map.insert("a".into(), draft("a", "replaced"));
        let ids: Vec<&str> = map.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(ids, ["a", "aa", "b", "c"]);
        assert_eq!(map.get("a").map(|d| d.text.as_str()), Some("replaced"));
    }
}
