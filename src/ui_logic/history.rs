//! Undo/redo for the editor. Setting `textarea.value` from code (Apply, "Use this version")
//! clears the browser's own undo stack, so the editor keeps its own and handles Ctrl+Z itself.
//! Typing is grouped into bursts; each Apply is its own step.

/// The draft at one moment: its text and selection (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub text: String,
    pub selection: (usize, usize),
}

impl Snapshot {
    pub fn new(text: impl Into<String>, selection: (usize, usize)) -> Self {
        Snapshot {
            text: text.into(),
            selection,
        }
    }
}

/// What kind of change is being recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// A keystroke; consecutive keystrokes within `TYPING_BURST_MS` undo together.
    Typing,
    /// A suggestion applied, a rewrite used: always its own step.
    Replace,
}

/// Keystrokes closer together than this are one undo step.
pub const TYPING_BURST_MS: f64 = 1000.0;
const LIMIT: usize = 200;

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The last recorded edit, if it can still absorb more typing: (kind, time).
    last: Option<(Edit, f64)>,
}

impl History {
    pub fn new() -> Self {
        Self::default()
    }

    /// Record that the draft is about to change from `before`.
    pub fn record(&mut self, before: Snapshot, edit: Edit, now_ms: f64) {
        let continues_burst = matches!(
            (edit, self.last),
            (Edit::Typing, Some((Edit::Typing, t))) if now_ms - t < TYPING_BURST_MS
        );
        if !continues_burst && self.undo.last() != Some(&before) {
            self.undo.push(before);
            if self.undo.len() > LIMIT {
                self.undo.remove(0);
            }
        }
        self.last = Some((edit, now_ms));
        self.redo.clear();
    }

    /// Step back: returns the snapshot to restore; `current` becomes redoable.
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let prev = self.undo.pop()?;
        self.redo.push(current);
        self.last = None;
        Some(prev)
    }

    /// Step forward again after an undo.
    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// End the current typing burst: the next keystroke starts a new undo step (Tab to the
    /// next placeholder, so each fill undoes on its own).
    pub fn seal(&mut self) {
        self.last = None;
    }

    /// Forget everything (another draft was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
