//! Conventional Comments (https://conventionalcomments.org) for code review: a review is a list
//! of comments (paragraphs, or blocks separated by a blank line); each gets a proposed label and
//! decoration from what it *does* (asks, praises, reports a defect, proposes a change, names a
//! style matter, a task, housekeeping, an idea, information), and a label the writer typed is
//! parsed so the `conventional-label` rule can check it.
//!
//! Pure: reads the tokenized draft's sentences and the sentence layer (`SentenceView`), and the
//! review vocabulary in `vocab/review.rs`. `analyze_with` fills `Analysis::comments` with
//! `comments()` in code-review mode only.
use super::model::{CommentVerdict, Decoration, ReviewLabel, Suggestion, TypedLabel};
use super::sentence::SentenceView;
use super::text::Doc;
use super::vocab::review as v;
use super::vocab::words::List;
use super::vocab::{class, flags_of};
use crate::engine::case::Case;

/// The comments of `text`: byte spans of its blocks, trimmed, in order. A blank line (only
/// whitespace) ends a block, except inside a fenced code block (```), which stays in its
/// comment.
pub fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut fenced = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let blank = trimmed.is_empty();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
        }
        if blank && !fenced {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else if !blank {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(at + lead);
            }
            end = at + line.trim_end().len();
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

/// The comment (block) containing byte `at`, if any.
pub fn block_at(text: &str, at: usize) -> Option<(usize, usize)> {
    blocks(text).into_iter().find(|&(s, e)| s <= at && at <= e)
}

/// The label a comment starting at byte `at` opens with: `label: `, `label (deco, deco): `,
/// also `**label**:`. A single word only; a heading like "Race condition:" is not a label, and
/// an unknown word counts only when it is a known alias ("nit", "fyi", "blocker") or a near
/// misspelling of a spec label ("sugestion").
pub fn parse_typed(text: &str, at: usize) -> Option<TypedLabel> {
    let rest = text.get(at..)?;
    let bytes = rest.as_bytes();
    let mut i = 0;
    let bold = rest.starts_with("**");
    if bold {
        i = 2;
    }
    let word_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'-') {
        i += 1;
    }
    if i == word_start || i - word_start > 16 {
        return None;
    }
    let word = rest[word_start..i].to_ascii_lowercase();
    if bold && rest[i..].starts_with("**") {
        i += 2;
    }
    let mut j = skip_spaces(bytes, i);
    let mut decorations = Vec::new();
    if bytes.get(j) == Some(&b'(') {
        let close = rest[j..].find(')')? + j;
        if close - j > 60 || rest[j..close].contains('\n') {
            return None;
        }
        decorations = rest[j + 1..close]
            .split(',')
            .map(|d| d.trim().to_ascii_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        j = skip_spaces(bytes, close + 1);
    }
    if bold && rest[j..].starts_with("**") {
        j += 2;
    }
    if bytes.get(j) != Some(&b':') {
        return None;
    }
    j += 1;
    if bold && rest[j..].starts_with("**") {
        j += 2;
    }
    // "note: …" but not "Note:something" glued to a URL scheme ("https:").
    if bytes.get(j).is_some_and(|b| !b.is_ascii_whitespace()) && j < bytes.len() {
        return None;
    }
    let end = skip_spaces(bytes, j);
    let known = ReviewLabel::from_id(&word);
    if known.is_none() && alias(&word).is_none() {
        return None;
    }
    Some(TypedLabel {
        start: at,
        end: at + end,
        label: word,
        decorations,
        known,
    })
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    i
}

/// The spec label an unknown label means: a known alias ("nit" → nitpick), or a spec label at
/// edit distance ≤ 2 ("sugestion" → suggestion; only for words of 5 letters or more).
pub fn alias(word: &str) -> Option<ReviewLabel> {
    if let Some(to) = v::LABEL_ALIASES.lookup(word) {
        return ReviewLabel::from_id(to);
    }
    if word.len() < 5 {
        return None;
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    if let Some(l) = ReviewLabel::from_id(singular) {
        return Some(l);
    }
    ReviewLabel::ALL
        .into_iter()
        .map(|l| (edit_distance(word, l.id()), l))
        .filter(|&(d, _)| d <= 2)
        .min_by_key(|&(d, _)| d)
        .map(|(_, l)| l)
}

/// Levenshtein distance with adjacent transpositions (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// What the classifier read in one comment (besides the typed label).
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub label: ReviewLabel,
    pub decoration: Option<Decoration>,
    /// The comment states a defect or a must, outside a question: it blocks the merge. The
    /// word that says so ("crash", "leaks"), for the rule's message.
    pub blocking: Option<String>,
}

/// One sentence of a comment, as the classifier sees it.
struct Sent<'a> {
    words: Vec<String>,
    question: bool,
    view: Option<&'a SentenceView>,
}

/// Every comment of the draft and its proposed label. `views` are the sentence layer of `doc`
/// (`Cx::views`), one per sentence.
pub fn comments(doc: &Doc, views: &[SentenceView]) -> Vec<CommentVerdict> {
    blocks(doc.text)
        .into_iter()
        .map(|(s, e)| verdict(doc, views, s, e))
        .collect()
}

/// The verdict of the comment containing byte `at`.
pub fn comment_at(doc: &Doc, views: &[SentenceView], at: usize) -> Option<CommentVerdict> {
    let (s, e) = block_at(doc.text, at)?;
    Some(verdict(doc, views, s, e))
}

/// Classify one comment on its own (tokenizes it: for tests, tools and the agreement check).
pub fn classify(comment: &str) -> CommentVerdict {
    let doc = super::text::tokenize(comment);
    let cx = super::context::Cx::new(&doc, super::model::Mode::CodeReview);
    let views = cx.views.clone();
    drop(cx);
    match blocks(comment).first() {
        Some(&(s, _)) => verdict(&doc, &views, s, comment.trim_end().len()),
        None => verdict(&doc, &views, 0, 0),
    }
}

/// The verdict for the comment at bytes `start..end` of `doc.text`.
fn verdict(doc: &Doc, views: &[SentenceView], start: usize, end: usize) -> CommentVerdict {
    let text = doc.text;
    let typed = parse_typed(text, start).filter(|t| t.end <= end.max(t.start));
    let body_start = typed.as_ref().map_or(start, |t| t.end);
    let sents: Vec<Sent> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.end > body_start && s.start < end)
        .map(|(i, s)| {
            let a = s.start.max(body_start);
            let b = s.end.min(end).max(a);
            let raw = &text[a..b];
            Sent {
                words: words(raw),
                question: raw.trim_end().ends_with('?'),
                view: views.get(i),
            }
        })
        .collect();
    let reading = read(&sents);
    let (label, decoration) = propose(&reading, typed.as_ref());
    let prefix = prefix(label, decoration, typed.as_ref());
    CommentVerdict {
        start,
        end,
        label,
        decoration,
        typed,
        prefix,
        quadrant: super::model::Quadrant::Neutral,
    }
}

/// The label and decoration to propose, given the reading and the label the writer typed. A
/// spec label the writer typed is kept unless the comment reads as blocking and the label says
/// it is not (nitpick, thought, praise, note); an alias becomes its spec label ("nit" →
/// nitpick), or `issue` when the comment reads as blocking.
pub fn propose(reading: &Reading, typed: Option<&TypedLabel>) -> (ReviewLabel, Option<Decoration>) {
    let issue = (ReviewLabel::Issue, Some(Decoration::Blocking));
    let Some(t) = typed else {
        return (reading.label, reading.decoration);
    };
    if let Some(known) = t.known {
        if reading.blocking.is_some() && not_blocking_label(known) {
            return issue;
        }
        let typed_deco = t.decorations.iter().find_map(|d| Decoration::from_id(d));
        let deco = typed_deco.or(if known == reading.label {
            reading.decoration
        } else {
            default_decoration(known)
        });
        return (known, deco);
    }
    if reading.blocking.is_some() || v::ALIAS_BLOCKING.contains(&t.label.as_str()) {
        return issue;
    }
    match alias(&t.label) {
        Some(l) if l == reading.label => (l, reading.decoration),
        Some(l) => (l, default_decoration(l)),
        None => (reading.label, reading.decoration),
    }
}

/// Labels that say "this does not block": wrong on a comment that reports a bug.
pub fn not_blocking_label(l: ReviewLabel) -> bool {
    matches!(
        l,
        ReviewLabel::Nitpick | ReviewLabel::Thought | ReviewLabel::Praise | ReviewLabel::Note
    )
}

fn default_decoration(l: ReviewLabel) -> Option<Decoration> {
    match l {
        ReviewLabel::Issue => Some(Decoration::Blocking),
        ReviewLabel::Suggestion | ReviewLabel::Nitpick => Some(Decoration::NonBlocking),
        _ => None,
    }
}

/// "label (decoration, custom): ". Custom decorations the writer typed ("security") are kept;
/// the spec decorations are replaced by the proposed one.
fn prefix(label: ReviewLabel, deco: Option<Decoration>, typed: Option<&TypedLabel>) -> String {
    let mut decos: Vec<String> = deco.iter().map(|d| d.id().to_string()).collect();
    if let Some(t) = typed {
        for d in &t.decorations {
            let spec = v::DECORATIONS.contains(&d.as_str()) || d == "nonblocking";
            if !spec && !decos.contains(d) {
                decos.push(d.clone());
            }
        }
    }
    if decos.is_empty() {
        format!("{}: ", label.id())
    } else {
        format!("{} ({}): ", label.id(), decos.join(", "))
    }
}

/// Lowercased words of a sentence; a code span (`…`) is one word "`code`"; apostrophes are
/// straightened; hyphens and underscores stay inside words.
fn words(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_code = false;
    for c in raw.chars() {
        if c == '`' {
            flush(&mut cur, &mut out);
            if !in_code {
                out.push("`code`".to_string());
            }
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if crate::engine::text::is_alnum(c) || matches!(c, '\'' | '’' | '-' | '_') {
            cur.push(if c == '’' { '\'' } else { c });
        } else if c == '.' && !cur.is_empty() {
            // "console.log", "n.b" stay one word; a full stop ends it.
            cur.push('.');
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let w = cur
        .trim_matches(|c| matches!(c, '\'' | '-' | '.'))
        .lowercase();
    if !w.is_empty() {
        out.push(w);
    }
    cur.clear();
}

/// Where phrase `p` (words separated by one space) occurs in `words`.
fn find(words: &[String], p: &str) -> Option<usize> {
    let parts: Vec<&str> = p.split(' ').collect();
    if parts.len() > words.len() {
        return None;
    }
    (0..=words.len() - parts.len())
        .find(|&i| parts.iter().enumerate().all(|(j, w)| words[i + j] == *w))
}

fn any_of(words: &[String], list: List) -> Option<usize> {
    list.iter().filter_map(|p| find(words, p)).min()
}

fn negated(words: &[String], i: usize) -> bool {
    words[i.saturating_sub(3)..i]
        .iter()
        .any(|w| flags_of(w) & class::NEGATOR != 0 || w.ends_with("n't") || w == "without")
}

/// The first word of `list` in `words` that is not negated ("this isn't a regression").
fn affirmed(words: &[String], list: List) -> Option<usize> {
    (0..words.len()).find(|&i| list.contains(&words[i].as_str()) && !negated(words, i))
}

/// A proposal leads the sentence: a proposal cue or "please"/an imperative within its first
/// words ("We should validate …", "Please use …", "Consider …").
fn proposal_at(words: &[String]) -> Option<usize> {
    let cue = any_of(words, v::PROPOSAL_CUES);
    let imperative = words
        .first()
        .filter(|w| flags_of(w) & class::IMPERATIVE != 0 || w.as_str() == "please");
    match (cue, imperative) {
        (_, Some(_)) => Some(0),
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// The classifier: what the comment does, in order of what matters most to its reader.
pub fn read_words(sentences: &[(Vec<String>, bool)]) -> Reading {
    let sents: Vec<Sent> = sentences
        .iter()
        .map(|(w, q)| Sent {
            words: w.clone(),
            question: *q,
            view: None,
        })
        .collect();
    read(&sents)
}

fn read(sents: &[Sent]) -> Reading {
    let mk = |label, decoration, blocking: Option<String>| Reading {
        label,
        decoration,
        blocking,
    };
    let all: Vec<String> = sents.iter().flat_map(|s| s.words.iter().cloned()).collect();
    let has = |list: List| any_of(&all, list).is_some();
    let if_minor = has(v::IF_MINOR_CUES);

    // 1. A defect or a must stated as fact (not asked about): an issue, blocking. Stated as the
    //    consequence of a proposal ("we should X, otherwise Y fails"), a blocking suggestion.
    let mut consequence = None;
    for s in sents.iter().filter(|s| !s.question) {
        let w = &s.words;
        let hit = affirmed(w, v::DEFECT_WORDS)
            .filter(|&i| {
                !w.get(i + 1)
                    .is_some_and(|n| v::DEFECT_NAMED.contains(&n.as_str()))
            })
            .or_else(|| affirmed(w, v::LOSS_WORDS))
            .or_else(|| affirmed(w, v::MUST_WORDS))
            .or_else(|| {
                let secret = any_of(w, v::SECRET_WORDS)?;
                affirmed(w, v::EXPOSE_WORDS).map(|e| e.max(secret))
            });
        let Some(i) = hit else { continue };
        let cue = w[i].clone();
        let led = proposal_at(w).is_some_and(|p| p < i);
        let after_consequence = any_of(&w[..i], v::CONSEQUENCE_CUES).is_some();
        if led && after_consequence {
            consequence.get_or_insert(cue);
        } else {
            return mk(ReviewLabel::Issue, Some(Decoration::Blocking), Some(cue));
        }
    }
    // 2. A hold on the merge (a dependency, "don't merge"): a blocking note.
    if has(v::HOLD_CUES) {
        return mk(ReviewLabel::Note, Some(Decoration::Blocking), None);
    }
    // 3. A task before merging or to track; leftovers to remove.
    let leftover = sents.iter().any(|s| {
        any_of(&s.words, v::REMOVE_VERBS).is_some() && any_of(&s.words, v::LEFTOVER_WORDS).is_some()
    });
    if has(v::TODO_CUES) || leftover {
        return mk(ReviewLabel::Todo, None, None);
    }
    // 4. Housekeeping.
    if has(v::CHORE_WORDS) {
        return mk(ReviewLabel::Chore, None, None);
    }
    // 5. Information, then an idea for later.
    if has(v::NOTE_CUES) {
        return mk(ReviewLabel::Note, None, None);
    }
    if has(v::THOUGHT_CUES) {
        return mk(ReviewLabel::Thought, None, None);
    }
    let proposal = sents.iter().any(|s| proposal_at(&s.words).is_some());
    let style = affirmed(&all, v::STYLE_WORDS).is_some();
    let question = sents.iter().any(|s| s.question);
    let request = sents
        .iter()
        .any(|s| s.view.is_some_and(|v| v.request) && !s.question);
    // 6. Praise: a positive evaluation, and nothing asked or proposed.
    let praises = sents.iter().any(|s| {
        s.view.is_some_and(|v| v.praise && !v.criticism)
            || any_of(&s.words, v::PRAISE_WORDS).is_some_and(|i| !negated(&s.words, i))
            || s.words.iter().any(|w| flags_of(w) & class::POSITIVE != 0)
    });
    let verdict = all.iter().any(|w| flags_of(w) & class::VERDICT != 0);
    let criticises = verdict
        || sents.iter().any(|s| {
            s.view.is_some_and(|v| v.criticism)
                || needs_more_work(&s.words)
                || s.words.iter().any(|w| flags_of(w) & class::NEGATIVE != 0)
        });
    if praises
        && !proposal
        && !question
        && !request
        && !style
        && consequence.is_none()
        && !criticises
    {
        return mk(ReviewLabel::Praise, None, None);
    }
    let small = if if_minor {
        Decoration::IfMinor
    } else {
        Decoration::NonBlocking
    };
    // 7. Naming, formatting, style, with no consequence and no verdict: a nitpick ("this naming
    //    is garbage" is no trivial preference: it falls through to criticism, an issue).
    if style && consequence.is_none() && !verdict {
        return mk(ReviewLabel::Nitpick, Some(small), None);
    }
    // 8. A question that asks (not one that proposes: "what about …?", "could we …?").
    let proposes_in_question = sents.iter().any(|s| {
        s.question && proposal_at(&s.words).is_some() && any_of(&s.words, v::ASK_VERBS).is_none()
    });
    if question && !proposes_in_question {
        return mk(ReviewLabel::Question, None, None);
    }
    // 9. A proposal: a suggestion, blocking when its consequence is a defect.
    if consequence.is_some() {
        return mk(ReviewLabel::Suggestion, Some(Decoration::Blocking), None);
    }
    if proposal || proposes_in_question {
        return mk(ReviewLabel::Suggestion, Some(small), None);
    }
    // 10. A bare request: short and unexplained, a nitpick; otherwise a suggestion.
    if request {
        let why = all.iter().any(|w| flags_of(w) & class::WHY != 0);
        let label = if all.len() <= 6 && !why {
            ReviewLabel::Nitpick
        } else {
            ReviewLabel::Suggestion
        };
        return mk(label, Some(small), None);
    }
    // 11. Criticism with nothing asked: an issue that does not block; praise with a criticism
    //     beside it reads as praise only when it leads.
    if criticises {
        return mk(ReviewLabel::Issue, Some(Decoration::NonBlocking), None);
    }
    if praises {
        return mk(ReviewLabel::Praise, None, None);
    }
    // 12. Anything else informs.
    mk(ReviewLabel::Note, None, None)
}

/// "needs work", "needs more polish", "need some cleanup": the work is judged unfinished.
fn needs_more_work(words: &[String]) -> bool {
    const UNFINISHED: &[&str] = &["work", "polish", "cleanup", "improvement", "attention"];
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    (0..words.len()).any(|i| {
        let filler = crate::engine::vocab::words::List("more|some|a|real").contains(&at(i + 1));
        let object = at(if filler { i + 2 } else { i + 1 });
        matches!(at(i), "needs" | "need") && UNFINISHED.contains(&object) && !negated(words, i)
    })
}

/// The comment's text with `verdict`'s prefix put in front of it: a label already there (typed
/// or applied before) is replaced, so applying twice never doubles it, and the rest of the
/// text is kept byte for byte.
pub fn apply_label(text: &str, verdict: &CommentVerdict) -> String {
    let s = label_suggestion(text, verdict);
    let mut out = String::with_capacity(text.len() + s.replacement.len());
    out.push_str(&text[..s.start]);
    out.push_str(&s.replacement);
    out.push_str(&text[s.end..]);
    out
}

/// The same edit as a `Suggestion`, for the engine's `apply` and the UI's undo.
pub fn label_suggestion(text: &str, verdict: &CommentVerdict) -> Suggestion {
    let start = verdict.start.min(text.len());
    let start = (0..=start)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let end = parse_typed(text, start).map_or(start, |t| t.end);
    Suggestion {
        label: format!("Label it \"{}\"", verdict.prefix.trim_end()),
        start,
        end,
        replacement: verdict.prefix.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_on_blank_lines_but_not_inside_fences() {
        let t = "First comment.\nstill first.\n\n  Second.\n\n\n```\na\n\nb\n```\n";
        let b = blocks(t);
        assert_eq!(b.len(), 3);
        assert_eq!(&t[b[0].0..b[0].1], "First comment.\nstill first.");
        assert_eq!(&t[b[1].0..b[1].1], "Second.");
        assert_eq!(&t[b[2].0..b[2].1], "```\na\n\nb\n```");
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\n\t\n").is_empty());
    }

    #[test]
    fn typed_labels_are_parsed() {
        let t = parse_typed("issue (blocking, security): the key leaks", 0).unwrap();
        assert_eq!(t.label, "issue");
        assert_eq!(t.known, Some(ReviewLabel::Issue));
        assert_eq!(t.decorations, vec!["blocking", "security"]);
        assert_eq!(t.end, "issue (blocking, security): ".len());
        let nit = parse_typed("nit: spacing", 0).unwrap();
        assert_eq!(
            (nit.known, alias(&nit.label)),
            (None, Some(ReviewLabel::Nitpick))
        );
        assert_eq!(alias("sugestion"), Some(ReviewLabel::Suggestion));
        assert_eq!(alias("questions"), Some(ReviewLabel::Question));
        assert!(parse_typed("Race condition: two workers", 0).is_none());
        assert!(parse_typed("Performance: this loops twice", 0).is_none());
        assert!(parse_typed("https://example.com", 0).is_none());
        assert!(parse_typed("note that x", 0).is_none());
        assert_eq!(
            parse_typed("**praise**: neat", 0).unwrap().end,
            "**praise**: ".len()
        );
    }

    #[test]
    fn the_classifier_reads_what_a_comment_does() {
        for (text, label) in [
            ("Does this handle an empty vector?", ReviewLabel::Question),
            (
                "This overflows when the counter passes 255.",
                ReviewLabel::Issue,
            ),
            (
                "The API key is printed to stdout on startup.",
                ReviewLabel::Issue,
            ),
            (
                "Consider a `BTreeMap` so the output is sorted.",
                ReviewLabel::Suggestion,
            ),
            (
                "Indentation is inconsistent in this file.",
                ReviewLabel::Nitpick,
            ),
            ("Please squash the fixup commits.", ReviewLabel::Chore),
            ("Beautiful refactor, thank you!", ReviewLabel::Praise),
            (
                "Heads up: the staging cluster restarts at noon.",
                ReviewLabel::Note,
            ),
            (
                "Thinking out loud, a queue might scale better someday.",
                ReviewLabel::Thought,
            ),
            ("Add a regression test before merging.", ReviewLabel::Todo),
            // A verdict on style is no nitpick; unfinished work is criticism, not a note.
            ("This naming is garbage.", ReviewLabel::Issue),
            (
                "The error handling here needs more work.",
                ReviewLabel::Issue,
            ),
            ("The naming here could be clearer.", ReviewLabel::Nitpick),
        ] {
            assert_eq!(classify(text).label, label, "{text:?}");
        }
    }

    #[test]
    fn a_typed_label_is_kept_unless_it_hides_a_blocker() {
        let v = classify("question: why a mutex here?");
        assert_eq!(
            (v.label, v.prefix.as_str()),
            (ReviewLabel::Question, "question: ")
        );
        let v = classify("nitpick: this panics on an empty slice.");
        assert_eq!(v.label, ReviewLabel::Issue);
        assert_eq!(v.prefix, "issue (blocking): ");
        let v = classify("nit: stray space before the comma");
        assert_eq!(v.prefix, "nitpick (non-blocking): ");
        let v = classify("issue (security): tokens end up in the access log");
        assert_eq!(v.prefix, "issue (blocking, security): ");
    }

    #[test]
    fn applying_a_label_inserts_or_replaces_and_never_doubles() {
        let text = "Some intro.\n\nnit: rename `x` to `count` here.\n";
        let doc = crate::engine::tokenize(text);
        let cx = crate::engine::context::Cx::new(&doc, crate::engine::Mode::CodeReview);
        let all = comments(&doc, &cx.views);
        assert_eq!(all.len(), 2);
        let once = apply_label(text, &all[1]);
        assert_eq!(
            once,
            "Some intro.\n\nnitpick (non-blocking): rename `x` to `count` here.\n"
        );
        assert_eq!(
            apply_label(&once, &all[1]),
            once,
            "applying twice does not double it"
        );
        let plain = "Rename `tmp` to `rows`.";
        let v = classify(plain);
        let labelled = apply_label(plain, &v);
        assert_eq!(labelled, format!("{}{plain}", v.prefix));
        assert_eq!(apply_label(&labelled, &v), labelled);
        // The engine's apply does the same edit.
        let s = label_suggestion(plain, &v);
        assert_eq!(crate::engine::apply(plain, &s).0, labelled);
    }
}
