//! Triage: turning the engine's findings (text order, one per rule and span) into the cards the
//! coach panel shows, most urgent first.
//!
//! 1. **One card per spot.** Findings whose spans overlap share a card: the most severe leads,
//!    the others are folded into it ("kind of" inside "She is kind of lazy"). A long span (a
//!    whole paragraph) or a structure finding never swallows others.
//! 2. **One card per kind.** When three or more spots lead with the same rule, they become one
//!    group card ("5 sentences praise without an example"); every mark stays in the draft.
//! 3. **Order.** Cards sort by severity (their most severe member), then by position.
//!
//! Everything works on indices into the slice it is given, so the UI keeps its own data (keys,
//! dismiss keys) beside each finding. The same structure serves the desktop panel, the phone's
//! bottom sheet and, later, a per-comment panel in code review (a list of cards per comment).
use std::cmp::Reverse;

use crate::engine::{Category, Finding, Severity};
use crate::sort::sort_by_key;

/// Spans longer than this (bytes) are about a whole passage: they get their own card.
const FOLD_MAX_SPAN: usize = 400;
/// This many spots with the same leading rule become one group card.
pub const GROUP_MIN: usize = 3;

/// One place in the draft: the finding that leads, and the others on the same words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    pub lead: usize,
    /// Folded findings, most severe first.
    pub also: Vec<usize>,
}

impl Spot {
    /// Every finding of the spot, lead first.
    pub fn members(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.lead).chain(self.also.iter().copied())
    }
}

/// What one card of the panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Card {
    One(Spot),
    /// `spots` (in text order) all lead with the rule `rule`.
    Group {
        rule: String,
        spots: Vec<Spot>,
    },
}

impl Card {
    pub fn spots(&self) -> &[Spot] {
        match self {
            Card::One(s) => std::slice::from_ref(s),
            Card::Group { spots, .. } => spots,
        }
    }

    /// Every finding on the card.
    pub fn members(&self) -> Vec<usize> {
        self.spots().iter().flat_map(Spot::members).collect()
    }

    /// The finding the card leads with (a group's first spot).
    pub fn lead(&self) -> usize {
        self.spots()[0].lead
    }

    /// The most severe finding on the card decides its rank.
    pub fn severity(&self, findings: &[&Finding]) -> Severity {
        self.members()
            .into_iter()
            .map(|i| findings[i].severity)
            .max()
            .unwrap_or(Severity::Note)
    }

    /// Where the card's first spot starts.
    pub fn start(&self, findings: &[&Finding]) -> usize {
        self.members()
            .into_iter()
            .map(|i| findings[i].start)
            .min()
            .unwrap_or(0)
    }

    /// Whether any finding on the card is of category `c` (the chip filters).
    pub fn has_category(&self, findings: &[&Finding], c: Category) -> bool {
        self.members()
            .into_iter()
            .any(|i| findings[i].category == c)
    }
}

fn can_fold(f: &Finding) -> bool {
    f.category != Category::Structure && f.end.saturating_sub(f.start) <= FOLD_MAX_SPAN
}

fn overlaps(a: &Finding, b: &Finding) -> bool {
    (a.start < b.end && b.start < a.end) || (a.start == b.start && a.end == b.end)
}

/// Findings that overlap one another's words, as spots (in text order).
pub fn spots(findings: &[&Finding]) -> Vec<Spot> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    // By start, the longest first: a spot's anchor is the widest span that opens it.
    sort_by_key(&mut order, |&i| {
        (findings[i].start, Reverse(findings[i].end), i)
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut open: Option<usize> = None; // index into `groups` of the spot still taking members
    for i in order {
        let f = findings[i];
        let joins = open.filter(|&g| {
            let anchor = findings[groups[g][0]];
            can_fold(f) && can_fold(anchor) && overlaps(anchor, f)
        });
        match joins {
            Some(g) => groups[g].push(i),
            None => {
                groups.push(vec![i]);
                open = can_fold(f).then_some(groups.len() - 1);
            }
        }
    }
    groups
        .into_iter()
        .map(|mut g| {
            // Most severe first; then the earlier, then the longer span.
            sort_by_key(&mut g, |&i| {
                let f = findings[i];
                (Reverse(f.severity), f.start, Reverse(f.end), i)
            });
            Spot {
                lead: g[0],
                also: g[1..].to_vec(),
            }
        })
        .collect()
}

/// The panel's cards, most urgent first (severity, then position).
pub fn triage(findings: &[&Finding]) -> Vec<Card> {
    let spots = spots(findings);
    let mut by_rule: Vec<(String, Vec<Spot>)> = Vec::new();
    for s in spots {
        let rule = findings[s.lead].rule.to_string();
        match by_rule.iter_mut().find(|(r, _)| *r == rule) {
            Some((_, v)) => v.push(s),
            None => by_rule.push((rule, vec![s])),
        }
    }
    let mut cards = Vec::new();
    for (rule, mut spots) in by_rule {
        if spots.len() >= GROUP_MIN {
            sort_by_key(&mut spots, |s| findings[s.lead].start);
            cards.push(Card::Group { rule, spots });
        } else {
            cards.extend(spots.into_iter().map(Card::One));
        }
    }
    sort_by_key(&mut cards, |c| {
        (Reverse(c.severity(findings)), c.start(findings))
    });
    cards
}

/// A group card's heading: what its findings share, counted.
pub fn group_title(rule: &str, n: usize, category: Category) -> String {
    let phrase = match rule {
        "vague-praise" => "sentences praise without an example",
        "vague-criticism" => "criticisms without an example",
        "hedge-softener" => "softeners bury the point",
        "absolute-language" => "“always” or “never” about a person",
        "personal-label" => "labels describe the person, not the work",
        "weasel-words" => "claims without an owner",
        "unfilled-placeholder" => "placeholders still need a real fact",
        "bare-verdict" => "verdicts without a reason",
        "shouting" => "places shout",
        "fixed-mindset" => "remarks frame ability as fixed",
        "sarcasm" => "sarcastic remarks",
        "backhanded" => "backhanded remarks",
        "condescension" => "condescending remarks",
        _ => return format!("{n} findings: {}", category.label()),
    };
    format!("{n} {phrase}")
}

/// How many cards (of `keys`, in order) to render now: every card already on screen
/// (`on_screen`) plus at most `batch` new ones, so a big paste renders over several frames.
pub fn render_limit(on_screen: &[String], keys: &[String], batch: usize) -> usize {
    // Sorted and searched: a hash map of its own would cost the page its code.
    let mut seen: Vec<&str> = on_screen.iter().map(String::as_str).collect();
    crate::sort::sort_by(&mut seen, |a, b| a.cmp(b));
    let mut fresh = 0;
    for (i, k) in keys.iter().enumerate() {
        if seen.binary_search(&k.as_str()).is_err() {
            fresh += 1;
            if fresh > batch {
                return i;
            }
        }
    }
    keys.len()
}
