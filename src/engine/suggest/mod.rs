//! Rewrites: every finding the engine reports gets at least one concrete suggestion
//! (`Finding.suggestions`), the first one being the best single fix.
//!
//! How it fits together: a rule names its rewrite function in its `suggest` field (or leaves it
//! `None` for its category's default, `by_category`). `fill` runs once per analysis: for every
//! finding it takes the sentence `Body` around it, calls the rule's rewrite with the shared
//! context `Cx`, adds the Conventional Comments version in code review, and cleans the result.
//!
//! The toolkit every rewrite uses:
//! - `cx`: `Cx`, the text, tokens, sentences, mode and every finding's span, with look-ups.
//! - `body`: `Body`, the part of a sentence a rewrite may replace (after "- " or "nit: ").
//! - `sentence`: what a sentence is about: `subject`, `topic`, `other_code`, `in_brackets`.
//! - `edit`: building suggestions: `sugg`, `append`, `cap_first`, `lower_first`, clean-up.
//! - `remove`: `removal`, dropping a span and fixing the spacing, comma and capital it leaves.
//! - `clause`: `replace_side`, a whole-sentence rewrite that keeps the other side of a "but".
//!
//! The rewrites, one file per kind:
//! - `replace`: swap a word for a precise one (absolutes → a time frame, weasels, shouting).
//! - `harsh`: rewrite an insulting sentence as a plain problem statement with a next step.
//! - `person`: trait label → observed behavior; fixed mindset → growth mindset.
//! - `sbi`: vague criticism → Situation–Behavior–Impact + next step; demand → question.
//! - `praise`: vague or empty praise → specific praise (plus a growth step outside Praise mode).
//! - `structure`: missing SBI parts → an appended sentence; unfilled placeholders → fill or remove.
//! - `review`: the Conventional Comments version ("issue (blocking): …") for code-review comments.
//!
//! Words the rewrites read (stop words, interjections, sneer words, …) live in `vocab::words`.
//! Conventions: replacements use `[placeholder, e.g. an example]` for facts only the writer knows;
//! every range is on a char boundary; nothing here allocates unless a finding exists; no regexes.
use super::model::{Category, CommentVerdict, Finding, Options, Suggestion};
use super::sentence::SentenceView;
use super::text::Doc;

pub mod body;
pub mod clause;
pub mod cx;
pub mod edit;
pub mod evidence;
pub mod sentence;

pub mod harsh;
pub mod person;
pub mod praise;
pub mod remove;
pub mod replace;
pub mod review;
pub mod sbi;
pub mod structure;
pub mod voice;

pub use body::Body;
pub use cx::Cx;

/// Suggestions a finding offers at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// Findings after this many get only their first suggestion.
const MAX_WITH_ALTERNATIVES: usize = 2000;

/// Fill `suggestions` of every finding of `text` (the engine calls this once per analysis).
///
/// Takes the analysis's own tokenized `doc`, so the text is not tokenized twice.
pub fn fill(
    doc: Doc<'_>,
    views: Vec<SentenceView>,
    layer: Vec<u64>,
    options: &Options,
    comments: &[CommentVerdict],
    findings: &mut [Finding],
) {
    if findings.is_empty() {
        return;
    }
    let text = doc.text;
    let mut cx = Cx::new(doc, options.mode, findings, views, layer);
    cx.set_comment_labels(comments);
    for (i, f) in findings.iter_mut().enumerate() {
        let mut out = suggestions_for(&cx, f);
        // A pasted book: alternatives only for the first findings, to keep the analysis small.
        if i >= MAX_WITH_ALTERNATIVES {
            out.truncate(1);
        }
        out.retain_mut(|s| edit::sanitize(text, s));
        edit::dedup(&mut out);
        // At most three, best first: more is a menu, not advice.
        out.truncate(MAX_SUGGESTIONS);
        if out.is_empty() {
            let mut s = cx.last_resort(f);
            if edit::sanitize(text, &mut s) {
                out.push(s);
            }
        }
        // A draft with nothing to set its examples in drops those of work with people ("[impact]").
        if cx.bare_examples() {
            out.iter_mut()
                .for_each(|s| edit::fit_examples(&mut s.replacement));
        }
        f.suggestions = out;
    }
    vary_insertions(findings);
}

/// Two cards that would add a block at the same point ("She is a great worker." draws a
/// trait-praise and a vague-praise example): the later one leads with its own alternative, if
/// it has one that adds nothing there, so the cards offer two edits rather than one twice.
/// A hedge's card gives way to the others (its example backs a claim they already ask about).
fn vary_insertions(findings: &mut [Finding]) {
    let mut taken: Vec<usize> = Vec::new();
    let at = |s: &Suggestion| (s.start == s.end).then_some(s.start);
    // Two passes, no sort (the page has one sort of its own, `src/sort.rs`).
    for hedges in [false, true] {
        for f in findings.iter_mut() {
            let Some(p) = f.suggestions.first().and_then(at) else {
                continue;
            };
            if (f.category == Category::Hedging) != hedges {
            } else if !taken.contains(&p) {
                taken.push(p);
            } else if let Some(i) = f
                .suggestions
                .iter()
                .position(|s| at(s) != Some(p) && keeps_the_rest(s, f))
            {
                f.suggestions[..=i].rotate_right(1);
            }
        }
    }
}

/// Does `s` leave what the sentence says (at most a few words rewritten)? "Since he would not fix it, even after two reminders, I doubt he will move up" loses the writer's conclusion to a template that replaces it whole: such an
/// alternative never leads, even to avoid offering one block twice.
fn keeps_the_rest(s: &Suggestion, f: &Finding) -> bool {
    // (Nor does one that replaces a whole clause: "Her reports show little care" is the
    // writer's point, which a template in its place would drop.)
    let outside = f.start.saturating_sub(s.start) + s.end.saturating_sub(f.end);
    s.start == s.end || outside <= 30 && s.end - s.start <= 24
}

/// Route a finding to the rewrites that fit it; the first is the one `rewrite_all` applies.
fn suggestions_for(cx: &Cx, f: &Finding) -> Vec<Suggestion> {
    let Some(si) = cx.sentence_of(f.start) else {
        return Vec::new();
    };
    let body = cx.body(si).focus(cx, f);
    // "The album drew wide acclaim": an article's judgement has no one to ask for an incident,
    // its impact or a next step; it needs its source.
    let template = matches!(f.category, Category::Vague | Category::Structure)
        && f.rule != crate::engine::RuleId::UnfilledPlaceholder;
    if template && cx.article() {
        return vec![evidence::source(cx, &body)];
    }
    let mut out = match f.rule.rule().suggest {
        Some(suggest) => suggest(cx, &body, f),
        None => by_category(cx, &body, f),
    };
    if matches!(f.category, Category::Personality | Category::Vague) {
        out.splice(0..0, evidence::shown_next(cx, si));
    }
    review::add_labels(cx, &body, f, &mut out);
    out
}

/// The rewrites of a rule that names none of its own: its category's usual fix.
pub fn by_category(cx: &Cx, body: &Body, f: &Finding) -> Vec<Suggestion> {
    match f.category {
        Category::Harsh => harsh::suggest(cx, body, f),
        Category::Personality => person::label(cx, body, f),
        Category::Vague => sbi::vague_criticism(cx, body, f),
        Category::Hedging | Category::Absolute => {
            vec![remove::removal(cx, body, f.start, f.end, "Remove it")]
        }
        Category::Insincere => praise::backhanded(cx, body, f),
        Category::Structure => structure::missing_sbi(cx, body, f),
    }
}
