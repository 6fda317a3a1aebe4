//! A workshop round as plain data: which item is showing, what the room guessed, whether the
//! answer is revealed, the score; and the before/after comparison of a weak sentence with the
//! room's rewrite. The UI only renders these and forwards clicks and keys.
use crate::engine::{analyze, Analysis, Category, Quadrant, Sbi};
use crate::state::Draft;

use super::sets::{answer_from, Answer, ExerciseSet, Item, SetKind};
use super::share::{validate, MAX_ITEMS, MAX_TEXT_CHARS};

/// One pass through a set.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub set: ExerciseSet,
    /// The item showing (always a valid index: sets are never empty).
    pub index: usize,
    /// The room's guess per item.
    pub guesses: Vec<Option<Answer>>,
    /// Whether the answer of each item has been revealed.
    pub revealed: Vec<bool>,
}

/// What the reveal shows about the current item.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    /// The set's answer (the trainer's).
    pub expected: Answer,
    /// Where Frankly places it, in the set's terms (`None`: not enough signal).
    pub frankly: Option<Answer>,
    pub guess: Option<Answer>,
    pub analysis: Analysis,
}

impl Round {
    pub fn new(set: ExerciseSet) -> Self {
        let n = set.items.len();
        Round {
            set,
            index: 0,
            guesses: vec![None; n],
            revealed: vec![false; n],
        }
    }

    pub fn len(&self) -> usize {
        self.set.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.items.is_empty()
    }

    pub fn item(&self) -> Option<&Item> {
        self.set.items.get(self.index)
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed.get(self.index).copied().unwrap_or(false)
    }

    pub fn guess(&self) -> Option<Answer> {
        self.guesses.get(self.index).copied().flatten()
    }

    /// Records a guess for the current item; ignored once revealed or if the answer does not
    /// belong to the set's kind.
    pub fn choose(&mut self, answer: Answer) -> bool {
        if self.is_revealed() || !self.set.kind.answers().contains(&answer) {
            return false;
        }
        match self.guesses.get_mut(self.index) {
            Some(g) => {
                *g = Some(answer);
                true
            }
            None => false,
        }
    }

    pub fn reveal(&mut self) {
        if let Some(r) = self.revealed.get_mut(self.index) {
            *r = true;
        }
    }

    /// Moves to the next item; false at the end.
    pub fn advance(&mut self) -> bool {
        if self.index + 1 < self.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    /// Moves to the previous item; false at the start.
    pub fn back(&mut self) -> bool {
        if self.index > 0 {
            self.index -= 1;
            true
        } else {
            false
        }
    }

    /// Correct guesses (against the set's answers) among the revealed items, and how many
    /// items have been revealed.
    pub fn score(&self) -> (usize, usize) {
        let mut right = 0;
        let mut shown = 0;
        for ((item, guess), revealed) in
            self.set.items.iter().zip(&self.guesses).zip(&self.revealed)
        {
            if *revealed {
                shown += 1;
                if *guess == Some(item.answer) {
                    right += 1;
                }
            }
        }
        (right, shown)
    }

    /// How the current item is revealed: the set's answer, Frankly's and the guess.
    pub fn reveal_details(&self) -> Option<Reveal> {
        let item = self.item()?;
        let analysis = analyze(&item.text);
        Some(Reveal {
            expected: item.answer,
            frankly: answer_from(self.set.kind, &analysis),
            guess: self.guess(),
            analysis,
        })
    }
}

/// What changed between a weak sentence and a rewrite.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before_quadrant: Quadrant,
    pub after_quadrant: Quadrant,
    /// Categories of the findings in each, once each, in the catalogue's order.
    pub before_categories: Vec<Category>,
    pub after_categories: Vec<Category>,
    /// Findings (by message) in the weak sentence whose rule no longer fires in the rewrite.
    pub gone: Vec<String>,
    /// Findings (by message) new in the rewrite.
    pub new: Vec<String>,
    pub after_sbi: Sbi,
}

impl Comparison {
    /// The rewrite reads as Radical Candor with no finding left of a kind the weak one had.
    pub fn improved(&self) -> bool {
        self.after_quadrant == Quadrant::RadicalCandor
            && self
                .after_categories
                .iter()
                .all(|c| !self.before_categories.contains(c))
    }
}

pub fn compare(before: &str, after: &str) -> Comparison {
    let a = analyze(before);
    let b = analyze(after);
    let rules = |x: &Analysis| {
        x.findings
            .iter()
            .map(|f| f.rule.to_string())
            .collect::<Vec<_>>()
    };
    let (ra, rb) = (rules(&a), rules(&b));
    let mut gone: Vec<String> = a
        .findings
        .iter()
        .filter(|f| !rb.contains(&f.rule.to_string()))
        .map(|f| f.message.clone())
        .collect();
    gone.dedup();
    let mut new: Vec<String> = b
        .findings
        .iter()
        .filter(|f| !ra.contains(&f.rule.to_string()))
        .map(|f| f.message.clone())
        .collect();
    new.dedup();
    let cats = |x: &Analysis| {
        Category::ALL
            .into_iter()
            .filter(|c| x.findings.iter().any(|f| f.category == *c))
            .collect::<Vec<_>>()
    };
    Comparison {
        before_quadrant: a.quadrant,
        after_quadrant: b.quadrant,
        before_categories: cats(&a),
        after_categories: cats(&b),
        gone,
        new,
        after_sbi: b.sbi,
    }
}

/// A quadrant set a trainer makes from their own drafts: each draft's text (longest first kept
/// within the limits) with the quadrant Frankly gives it now as the answer. Drafts Frankly cannot
/// place, or too long for a set, are left out. `None` when no draft qualifies.
pub fn set_from_drafts(drafts: &[Draft], title: &str) -> Option<ExerciseSet> {
    let items: Vec<Item> = drafts
        .iter()
        .filter(|d| !d.text.trim().is_empty() && d.text.chars().count() <= MAX_TEXT_CHARS)
        .filter_map(|d| {
            let answer = Answer::from_quadrant(analyze(&d.text).quadrant)?;
            Some(Item {
                text: d.text.trim().to_string(),
                answer,
                better: None,
                note: None,
            })
        })
        .take(MAX_ITEMS)
        .collect();
    let title: String = title
        .trim()
        .chars()
        .take(super::share::MAX_TITLE_CHARS)
        .collect();
    let set = ExerciseSet {
        id: "from-my-drafts".into(),
        title: if title.is_empty() {
            "From my drafts".into()
        } else {
            title
        },
        kind: SetKind::Quadrant,
        items,
    };
    validate(&set).ok().map(|_| set)
}
