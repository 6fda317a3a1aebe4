//! The coach screen's shared UI state (context, provided by `App`): which finding is active,
//! the editor's undo history, and the edits every component performs on the draft (apply,
//! undo, select a span). Edits go through here so each one is recorded for undo exactly once.
use leptos::html::{Div, Textarea};
use leptos::prelude::*;

use crate::engine::{self, Category, CommentVerdict, Finding, Severity};
use crate::ui::workspace::{dismiss_key, rule_id, Workspace};
use crate::ui_logic::coaching::{finding_keys, Trail};
use crate::ui_logic::comments::comment_of;
use crate::ui_logic::history::{Edit, History, Snapshot};
use crate::ui_logic::offsets::{byte_to_utf16, utf16_to_byte};
use crate::ui_logic::triage::{group_title, triage, Card};

/// A finding as the coach shows it: not dismissed, with a key stable across edits elsewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Visible {
    pub key: String,
    pub finding: Finding,
    /// `dismiss_key(rule, flagged text)`.
    pub dismiss: String,
}

/// One place on a card: the finding that leads and the others on the same words.
#[derive(Clone, Debug, PartialEq)]
pub struct SpotView {
    pub lead: Visible,
    pub also: Vec<Visible>,
}

/// One card of the panel (see `ui_logic::triage`): a spot, or a group of spots of one rule.
#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    /// Changes whenever what the card shows changes, so the keyed list redraws only those.
    pub key: String,
    pub spots: Vec<SpotView>,
    /// A group card's heading.
    pub group: Option<String>,
    pub severity: Severity,
    /// Categories of every finding on the card (the chip filters).
    pub categories: Vec<Category>,
    /// Code review: the comment the card's findings are in.
    pub comment: Option<usize>,
}

impl CardView {
    pub fn lead(&self) -> &Visible {
        &self.spots[0].lead
    }

    /// Names a group card across edits: its rule, and its comment in a code review.
    pub fn group_id(&self) -> String {
        format!(
            "{}\u{1f}{}",
            rule_id(&self.lead().finding),
            self.comment.unwrap_or(usize::MAX)
        )
    }

    /// Keys of every finding on the card.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.spots
            .iter()
            .flat_map(|s| std::iter::once(&s.lead).chain(s.also.iter()))
            .map(|v| v.key.as_str())
    }
}

/// The panel's cards, most urgent first; in a code review, comment by comment (each comment's
/// findings are triaged on their own, so no group card spans two comments).
fn cards_of(visible: &[Visible], comments: &[CommentVerdict]) -> Vec<CardView> {
    if comments.is_empty() {
        return triaged(visible, None);
    }
    let mut parts: Vec<Vec<Visible>> = vec![Vec::new(); comments.len()];
    for v in visible {
        let c = comment_of(comments, v.finding.start).unwrap_or(0);
        parts[c].push(v.clone());
    }
    parts
        .iter()
        .enumerate()
        .flat_map(|(c, part)| triaged(part, Some(c)))
        .collect()
}

/// The cards of `visible` (one draft, or one comment), most urgent first.
fn triaged(visible: &[Visible], comment: Option<usize>) -> Vec<CardView> {
    let findings: Vec<&Finding> = visible.iter().map(|v| &v.finding).collect();
    triage(&findings)
        .into_iter()
        .map(|card| {
            let spots: Vec<SpotView> = card
                .spots()
                .iter()
                .map(|s| SpotView {
                    lead: visible[s.lead].clone(),
                    also: s.also.iter().map(|&i| visible[i].clone()).collect(),
                })
                .collect();
            let group = match &card {
                Card::Group { rule, spots } => Some(group_title(
                    rule,
                    spots.len(),
                    findings[card.lead()].category,
                )),
                Card::One(_) => None,
            };
            let mut categories: Vec<Category> = card
                .members()
                .into_iter()
                .map(|i| findings[i].category)
                .collect();
            categories.dedup();
            let mut key = String::new();
            for i in card.members() {
                key.push_str(&visible[i].key);
                key.push('\u{1e}');
            }
            CardView {
                key,
                spots,
                group,
                severity: card.severity(&findings),
                categories,
                comment,
            }
        })
        .collect()
}

#[derive(Clone, Copy)]
pub struct CoachState {
    pub ws: Workspace,
    pub textarea: NodeRef<Textarea>,
    /// Findings not dismissed, in text order.
    pub visible: Memo<Vec<Visible>>,
    /// The finding the writer is looking at (caret in its mark, card focused or hovered).
    pub active: RwSignal<Option<String>>,
    history: StoredValue<History>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// The text the editor last wrote or read; anything else in `ws.text` came from outside
    /// (another draft opened), which resets the history.
    known_text: StoredValue<String>,
    pub trail: RwSignal<Trail>,
    /// What the panel (cards, counts, summary, "why here") shows: `visible`, followed at once
    /// after Apply, Undo, Dismiss or a draft switch, and `PANEL_DELAY` after a burst of typing
    /// ends, so a keystroke's frame paints the marks without re-laying-out the whole panel.
    pub panel: RwSignal<Vec<Visible>>,
    /// Code review: the comments of the text `panel` was taken from (updated with it).
    pub panel_comments: RwSignal<Vec<CommentVerdict>>,
    /// When the last keystroke the panel has not yet answered reached the workspace
    /// (`performance.now()`, ms; minus infinity once answered).
    typed_at: StoredValue<f64>,
    /// The category chip pressed, if any: only cards with a finding of it are listed.
    pub filter: RwSignal<Option<Category>>,
    /// Group cards the writer opened to list every place (by `CardView::group_id`); they stay
    /// open while the group's places change.
    pub open_groups: RwSignal<Vec<String>>,
    /// The editor's highlight layer (to find where a selection is drawn).
    pub backdrop: NodeRef<Div>,
    /// On a phone: the coach sheet is open over the draft (folded, it shows one card).
    pub sheet_open: RwSignal<bool>,
}

/// How long the panel waits for typing to pause.
const PANEL_DELAY: std::time::Duration = std::time::Duration::from_millis(120);

impl CoachState {
    pub fn new(ws: Workspace) -> Self {
        let visible = Memo::new(move |_| {
            let dismissed = ws.dismissed.get();
            ws.settled.with(|text| {
                ws.analysis.with(|a| {
                    let shown: Vec<&Finding> = a
                        .findings
                        .iter()
                        .filter(|f| {
                            !dismissed.contains(&dismiss_key(
                                &rule_id(f),
                                text.get(f.start..f.end).unwrap_or(""),
                            ))
                        })
                        .collect();
                    let keys = finding_keys(text, &shown);
                    shown
                        .into_iter()
                        .zip(keys)
                        .map(|(f, key)| Visible {
                            key,
                            dismiss: dismiss_key(
                                &rule_id(f),
                                text.get(f.start..f.end).unwrap_or(""),
                            ),
                            finding: f.clone(),
                        })
                        .collect()
                })
            })
        });
        let panel = RwSignal::new(Vec::new());
        let panel_comments = RwSignal::new(Vec::new());
        // A comment's label or extent can change while its findings do not: the effect below
        // follows the whole analysis.
        let comments = move || ws.analysis.with(|a| a.comments.clone());
        let show = move |now: Vec<Visible>| {
            panel_comments.set(untrack(comments));
            panel.set(now);
        };
        let typed_at = StoredValue::new(f64::NEG_INFINITY);
        let timer = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
        crate::ui::effect(move || {
            let now = visible.get();
            ws.analysis.track();
            if let Some(h) = timer.get_value() {
                h.clear();
            }
            timer.set_value(None);
            // The first change of findings after a keystroke is that keystroke's analysis, however
            // long it took (a big paste's first analysis can take longer than a frame). The mark
            // is used once and lasts a second: a keystroke that changed no finding can hold back
            // the next dismiss or apply by `PANEL_DELAY` at most, and only within that second.
            let typed = typed_at.get_value();
            typed_at.set_value(f64::NEG_INFINITY);
            if Self::now() - typed < 1000.0 {
                let later = move || show(visible.get_untracked());
                timer.set_value(
                    leptos::leptos_dom::helpers::set_timeout_with_handle(later, PANEL_DELAY).ok(),
                );
            } else {
                show(now);
            }
        });
        CoachState {
            filter: RwSignal::new(None),
            open_groups: RwSignal::new(Vec::new()),
            backdrop: NodeRef::new(),
            sheet_open: RwSignal::new(false),
            ws,
            textarea: NodeRef::new(),
            visible,
            panel,
            panel_comments,
            typed_at,
            active: RwSignal::new(None),
            history: StoredValue::new(History::new()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            known_text: StoredValue::new(String::new()),
            trail: RwSignal::new(Trail::default()),
        }
    }

    pub fn provide(ws: Workspace) -> Self {
        let s = Self::new(ws);
        provide_context(s);
        s
    }

    pub fn get() -> Self {
        expect_context::<CoachState>()
    }

    /// The visible finding `key`, analysed on the current text (its offsets fit `ws.text`).
    pub fn find(&self, key: &str) -> Option<Visible> {
        self.ws.settle();
        self.visible
            .with_untracked(|v| v.iter().find(|x| x.key == key).cloned())
    }

    fn now() -> f64 {
        window().performance().map(|p| p.now()).unwrap_or(0.0)
    }

    fn sync_history_flags(&self) {
        let (u, r) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        self.can_undo.set(u);
        self.can_redo.set(r);
    }

    /// The textarea's selection, in bytes of `text`.
    pub fn read_selection(&self, text: &str) -> (usize, usize) {
        match self.textarea.get_untracked() {
            Some(el) => {
                let s = el.selection_start().ok().flatten().unwrap_or(0) as usize;
                let e = el.selection_end().ok().flatten().unwrap_or(0) as usize;
                (utf16_to_byte(text, s), utf16_to_byte(text, e))
            }
            None => (0, 0),
        }
    }

    /// Called by the editor on every `input` event, with the selection from before it.
    pub fn typed(&self, new_text: String, before_selection: (usize, usize)) {
        let before = self.ws.text.get_untracked();
        self.history.update_value(|h| {
            h.record(
                Snapshot::new(before, before_selection),
                Edit::Typing,
                Self::now(),
            )
        });
        self.known_text.set_value(new_text.clone());
        self.typed_at.set_value(Self::now());
        self.ws.typed(new_text);
        self.sync_history_flags();
    }

    /// Called by the editor when `ws.text` changes: true when the change came from outside
    /// (another draft opened), in which case history and trail start again.
    pub fn adopt_external(&self, text: &str) -> bool {
        if self.known_text.with_value(|k| k == text) {
            return false;
        }
        self.known_text.set_value(text.to_string());
        self.history.update_value(History::clear);
        self.trail.update(Trail::clear);
        self.sync_history_flags();
        true
    }

    /// Replace the whole draft (Apply, "Use this version"), undoably, then focus the editor and
    /// select `select` (bytes of the new text).
    pub fn replace_text(&self, new_text: String, select: (usize, usize)) {
        let before = self.ws.text.get_untracked();
        if before == new_text {
            return;
        }
        let sel = self.read_selection(&before);
        self.history
            .update_value(|h| h.record(Snapshot::new(before, sel), Edit::Replace, Self::now()));
        self.put(new_text, select, true);
        self.sync_history_flags();
    }

    /// Write `text` into the editor and the workspace, with a selection, without recording.
    fn put(&self, text: String, select: (usize, usize), focus: bool) {
        if let Some(el) = self.textarea.get_untracked() {
            el.set_value(&text);
        }
        self.known_text.set_value(text.clone());
        self.ws.set_text(text.clone());
        self.select_bytes(&text, select.0, select.1, focus);
        if focus {
            // After the highlight layer has redrawn the new text.
            let cs = *self;
            request_animation_frame(move || cs.reveal_selection());
        }
    }

    /// End the typing burst, so what is typed next is its own undo step.
    pub fn seal_history(&self) {
        self.history.update_value(History::seal);
    }

    /// Scroll the page so the editor's selection is in view (and not under the phone's sheet).
    /// The textarea grows with its text, so the page scrolls, not the textarea: the selection's
    /// place is read from the highlight layer, which lays the text out identically.
    pub fn reveal_selection(&self) {
        let (Some(el), Some(layer)) =
            (self.textarea.get_untracked(), self.backdrop.get_untracked())
        else {
            return;
        };
        let at = el.selection_start().ok().flatten().unwrap_or(0) as usize;
        let Some(rect) = rect_at(&layer, at) else {
            return;
        };
        let win = window();
        let height = win
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        // A fixed bottom sheet (phones) hides the bottom of the viewport.
        let bottom = document()
            .query_selector(".coach-column")
            .ok()
            .flatten()
            .filter(|s| {
                win.get_computed_style(s)
                    .ok()
                    .flatten()
                    .and_then(|st| st.get_property_value("position").ok())
                    .as_deref()
                    == Some("fixed")
            })
            .map(|s| s.get_bounding_client_rect().top())
            .unwrap_or(height)
            .min(height);
        if rect.top() < 8.0 || rect.bottom() > bottom - 8.0 {
            win.scroll_by_with_x_and_y(0.0, rect.top() - bottom / 3.0);
        }
    }

    /// Select bytes `start..end` of `text` in the editor (converted to UTF-16 for the DOM).
    pub fn select_bytes(&self, text: &str, start: usize, end: usize, focus: bool) {
        if let Some(el) = self.textarea.get_untracked() {
            if focus {
                let _ = el.focus();
            }
            let (s, e) = (
                byte_to_utf16(text, start) as u32,
                byte_to_utf16(text, end) as u32,
            );
            let _ = el.set_selection_range(s, e);
        }
    }

    /// Apply suggestion `index` of the finding `key` with `engine::apply`.
    pub fn apply(&self, key: &str, index: usize) {
        let Some(v) = self.find(key) else { return };
        let Some(s) = v.finding.suggestions.get(index) else {
            return;
        };
        let (new_text, sel) = self.ws.text.with_untracked(|t| engine::apply(t, s));
        self.active.set(None);
        // On a phone the sheet folds, so the writer sees the words just changed.
        self.sheet_open.set(false);
        self.replace_text(new_text, (sel.start, sel.end));
    }

    /// Code review: put the label proposed for comment `index` at its start (replacing the label
    /// typed there), as one undoable edit. Reads the live analysis, so the spans match the text.
    pub fn apply_label(&self, index: usize) {
        self.ws.settle();
        let Some(c) = self
            .ws
            .analysis
            .with_untracked(|a| a.comments.get(index).cloned())
        else {
            return;
        };
        let (new_text, sel) = self.ws.text.with_untracked(|t| {
            let s = engine::conventional::label_suggestion(t, &c);
            engine::apply(t, &s)
        });
        self.sheet_open.set(false);
        self.replace_text(new_text, (sel.start, sel.end));
    }

    /// Hide a finding for this draft.
    pub fn dismiss(&self, key: &str) {
        let Some(v) = self.find(key) else { return };
        self.ws.dismissed.update(|d| {
            if !d.contains(&v.dismiss) {
                d.push(v.dismiss.clone());
            }
        });
        if self.active.get_untracked().as_deref() == Some(key) {
            self.active.set(None);
        }
    }

    /// Hide every finding of a card for this draft.
    pub fn dismiss_all(&self, keys: &[String]) {
        for k in keys {
            self.dismiss(k);
        }
    }

    /// The panel's cards (`panel` triaged), most urgent first: worked out where asked (a memo
    /// costs the page more than the triage of a panel costs the reader).
    pub fn cards(&self) -> Vec<CardView> {
        self.panel_comments
            .with(|c| self.panel.with(|v| cards_of(v, c)))
    }

    /// Keys of every finding on the card led by `lead`.
    pub fn card_keys(&self, lead: &str) -> Vec<String> {
        untrack(|| self.cards())
            .iter()
            .find(|c| c.lead().key == lead)
            .map(|c| c.keys().map(str::to_string).collect())
            .unwrap_or_else(|| vec![lead.to_string()])
    }

    /// Select a finding's span in the editor.
    pub fn show(&self, key: &str, focus: bool) {
        let Some(v) = self.find(key) else { return };
        self.active.set(Some(key.to_string()));
        self.ws
            .text
            .with_untracked(|t| self.select_bytes(t, v.finding.start, v.finding.end, focus));
    }

    pub fn undo(&self) {
        let text = self.ws.text.get_untracked();
        let sel = self.read_selection(&text);
        if let Some(prev) = self
            .history
            .try_update_value(|h| h.undo(Snapshot::new(text, sel)))
            .flatten()
        {
            self.put(prev.text, prev.selection, true);
        }
        self.sync_history_flags();
    }

    pub fn redo(&self) {
        let text = self.ws.text.get_untracked();
        let sel = self.read_selection(&text);
        if let Some(next) = self
            .history
            .try_update_value(|h| h.redo(Snapshot::new(text, sel)))
            .flatten()
        {
            self.put(next.text, next.selection, true);
        }
        self.sync_history_flags();
    }
}

/// Where UTF-16 offset `at` of the text is drawn in the highlight layer (its text is the
/// draft's, node for node).
fn rect_at(layer: &web_sys::HtmlDivElement, at: usize) -> Option<web_sys::DomRect> {
    let walker = document()
        .create_tree_walker_with_what_to_show(layer, 4)
        .ok()?; // text nodes
    let mut left = at;
    while let Ok(Some(node)) = walker.next_node() {
        let len = node
            .text_content()
            .map(|t| t.encode_utf16().count())
            .unwrap_or(0);
        if left <= len {
            let range = document().create_range().ok()?;
            range.set_start(&node, left as u32).ok()?;
            range.set_end(&node, left as u32).ok()?;
            let r = range.get_bounding_client_rect();
            // A collapsed range at a line start can report an empty box: use the parent's.
            if r.height() == 0.0 {
                return node.parent_element().map(|p| p.get_bounding_client_rect());
            }
            return Some(r);
        }
        left -= len;
    }
    None
}
