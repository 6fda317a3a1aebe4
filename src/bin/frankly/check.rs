//! The pure part of `frankly check`: decoding the input, blanking quoted lines, running the
//! engine, mapping byte offsets to lines and columns, the exit status and the JSON report.
//! Nothing here prints or touches the file system, so all of it is unit-tested below.
use std::fmt;
use std::ops::Range;

use frankly::engine::{analyze_with, Analysis, Finding, Mode, Options, RuleId, Severity};
use serde::Serialize;

/// Exit status: no findings, or only notes.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: at least one finding is a warning or a problem.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the input could not be checked (unreadable, not UTF-8, bad arguments).
pub const EXIT_BAD_INPUT: u8 = 2;

/// Why an input could not be checked. `Display` is one line, for stderr.
#[derive(Debug)]
pub enum InputError {
    Unreadable { name: String, error: std::io::Error },
    NotUtf8 { name: String, offset: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Unreadable { name, error } => write!(f, "cannot read {name}: {error}"),
            InputError::NotUtf8 { name, offset } => write!(
                f,
                "{name} is not UTF-8 text (invalid byte at offset {offset}); \
                 convert it first, e.g. with iconv"
            ),
        }
    }
}

/// The input's bytes as text, or `NotUtf8` with the offset of the first invalid byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        name: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Quoted lines are someone else's words (`> …` in e-mail and Markdown replies). Returns the text
/// with every byte of those lines except the line break replaced by a space, so byte offsets
/// (and so the engine's spans) still map to the original text, and the quoted byte ranges.
pub fn blank_quotes(text: &str) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut quoted = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let body = body.strip_suffix('\r').unwrap_or(body);
        if body.trim_start().starts_with('>') {
            out.extend(std::iter::repeat_n(' ', body.len()));
            out.push_str(&line[body.len()..]);
            quoted.push(line_start..line_start + body.len());
        } else {
            out.push_str(line);
        }
        line_start += line.len();
    }
    (out, quoted)
}

/// True when a span says nothing about the writer's own words: every byte of it is either in a
/// quoted line or whitespace. An empty span counts when it sits inside a quoted line.
pub fn in_quotes(text: &str, quoted: &[Range<usize>], span: Range<usize>) -> bool {
    let quoted_at = |i: usize| quoted.iter().any(|q| q.contains(&i));
    if span.is_empty() {
        return quoted_at(span.start);
    }
    if !quoted
        .iter()
        .any(|q| q.start < span.end && span.start < q.end)
    {
        return false;
    }
    text.get(span.clone())
        .unwrap_or("")
        .char_indices()
        .all(|(i, c)| c.is_whitespace() || quoted_at(span.start + i))
}

/// What `frankly check` found in one text.
pub struct Checked {
    /// The original text (quoted lines included), for display.
    pub text: String,
    /// The engine's analysis of the text with quoted lines blanked, minus findings in quotes.
    pub analysis: Analysis,
}

/// Run the engine over `text` with quoted lines blanked, and drop findings that fall in them.
pub fn check(text: String, mode: Mode, disabled_rules: &[RuleId]) -> Checked {
    let (blanked, quoted) = blank_quotes(&text);
    let options = Options {
        mode,
        disabled_rules: disabled_rules.to_vec(),
    };
    let mut analysis = analyze_with(&blanked, &options);
    if !quoted.is_empty() {
        analysis
            .findings
            .retain(|f| !in_quotes(&text, &quoted, f.start..f.end));
    }
    Checked { text, analysis }
}

/// 0 when there are no findings or only notes, 1 when any is a warning or a problem.
pub fn exit_status(findings: &[Finding]) -> u8 {
    status_of(findings.iter().map(|f| f.severity))
}

fn status_of(severities: impl IntoIterator<Item = Severity>) -> u8 {
    if severities.into_iter().any(|s| s >= Severity::Warning) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Byte offset → 1-based line and column. Columns count characters (Unicode scalar values), as
/// rustc's do; a line ends at `\n`.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// `chars_before[k]`: characters in `text[..floor(k * CHECKPOINT)]`, so a column costs at most
    /// `CHECKPOINT` bytes of counting even on a megabyte-long line.
    chars_before: Vec<usize>,
}

const CHECKPOINT: usize = 4096;

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before = vec![0];
        let mut prev = 0;
        for k in 1..=text.len() / CHECKPOINT {
            let at = floor_char_boundary(text, k * CHECKPOINT);
            chars_before.push(chars_before[k - 1] + text[prev..at].chars().count());
            prev = at;
        }
        LineIndex {
            text,
            starts,
            chars_before,
        }
    }

    /// Characters in `text[..offset]` (`offset` on a char boundary).
    fn chars_to(&self, offset: usize) -> usize {
        let k = (offset / CHECKPOINT).min(self.chars_before.len() - 1);
        let at = floor_char_boundary(self.text, k * CHECKPOINT);
        self.chars_before[k] + self.text[at..offset].chars().count()
    }

    /// 0-based index of the line holding `offset` (an offset at a line's `\n` is on that line).
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// 1-based (line, column) of a byte offset; offsets past the end or inside a character are
    /// clamped.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset);
        let line = self.line_of(offset);
        let column = self.chars_to(offset) - self.chars_to(self.starts[line]) + 1;
        (line + 1, column)
    }

    /// The whole lines that hold `span` (without the last line break): their byte range and the
    /// 1-based number of the first. Lets a diagnostic show a few lines, not the whole input.
    pub fn lines_around(&self, span: Range<usize>) -> (Range<usize>, usize) {
        let start = floor_char_boundary(self.text, span.start);
        let end = floor_char_boundary(self.text, span.end.max(start));
        let first = self.line_of(start);
        let last = self.line_of(end);
        let from = self.starts[first];
        let mut to = self
            .starts
            .get(last + 1)
            .map_or(self.text.len(), |&s| s - 1);
        if self.text[from..to].ends_with('\r') && end < to {
            to -= 1;
        }
        (from..to, first + 1)
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What a diagnostic shows of a long line: a piece around the span, cut on char boundaries,
/// with "…" where it was cut. Short windows are shown whole.
#[derive(Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub source: String,
    /// Where `source`'s own text starts in the original, and how many bytes of "…" precede it.
    from: usize,
    to: usize,
    prefix: usize,
}

/// Windows longer than this (in bytes) are cut to an excerpt.
pub const EXCERPT_LIMIT: usize = 400;
/// Bytes of context kept either side of a span in a cut window, and the most of a span shown.
const EXCERPT_CONTEXT: usize = 80;
const EXCERPT_SPAN: usize = 240;

impl Excerpt {
    /// `window` holds whole lines around `span` (see `LineIndex::lines_around`).
    pub fn new(text: &str, window: Range<usize>, span: Range<usize>) -> Excerpt {
        if window.len() <= EXCERPT_LIMIT {
            return Excerpt {
                source: text[window.clone()].to_string(),
                from: window.start,
                to: window.end,
                prefix: 0,
            };
        }
        let start = span.start.clamp(window.start, window.end);
        let end = span.end.clamp(start, window.end).min(start + EXCERPT_SPAN);
        let from = floor_char_boundary(
            text,
            start.saturating_sub(EXCERPT_CONTEXT).max(window.start),
        );
        let to = ceil_char_boundary(text, (end + EXCERPT_CONTEXT).min(window.end));
        let mut source = String::new();
        if from > window.start {
            source.push('…');
        }
        let prefix = source.len();
        source.push_str(&text[from..to]);
        if to < window.end {
            source.push('…');
        }
        Excerpt {
            source,
            from,
            to,
            prefix,
        }
    }

    /// True when the window was cut (the first column shown is not the line's first).
    pub fn is_cut(&self) -> bool {
        self.prefix > 0
    }

    /// An original byte range as a range of `source`, clamped to what is shown.
    pub fn map(&self, range: Range<usize>) -> Range<usize> {
        let at = |i: usize| i.clamp(self.from, self.to) - self.from + self.prefix;
        let start = at(range.start);
        start..at(range.end).max(start)
    }

    /// Whether `range` lies wholly inside what is shown.
    pub fn shows(&self, range: &Range<usize>) -> bool {
        self.from <= range.start && range.end <= self.to
    }
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The JSON report of `frankly check --format json`.
#[derive(Serialize, Debug)]
pub struct Report {
    /// The file name as given, or `<stdin>`.
    pub file: String,
    pub mode: Mode,
    /// The exit status this report leads to (0 clean or notes only, 1 warnings or problems).
    pub status: u8,
    pub counts: Counts,
    pub findings: Vec<ReportFinding>,
    /// Where the text sits on the Radical Candor matrix (kebab-case id).
    pub quadrant: &'static str,
    /// 0–100, 50 = no signal either way; one decimal.
    pub care: f64,
    /// 0–100, 50 = no signal either way; one decimal.
    pub challenge: f64,
    /// Code review: each comment (a block between blank lines) with the Conventional Comments
    /// label proposed for it and where it alone sits on the matrix. Absent in other modes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<ReportComment>,
}

#[derive(Serialize, Debug)]
pub struct ReportComment {
    /// 1-based line of the comment's first character.
    pub line: usize,
    pub start: usize,
    pub end: usize,
    /// The prefix to put in front of it, e.g. "issue (blocking): ".
    pub label: String,
    /// The label the writer typed, if any.
    pub typed: Option<String>,
    pub quadrant: &'static str,
}

#[derive(Serialize, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub problem: usize,
    pub warning: usize,
    pub note: usize,
}

impl Counts {
    pub fn of(findings: &[Finding]) -> Counts {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Problem => c.problem += 1,
                Severity::Warning => c.warning += 1,
                Severity::Note => c.note += 1,
            }
        }
        c
    }
}

#[derive(Serialize, Debug)]
pub struct ReportFinding {
    pub rule: String,
    pub category: frankly::engine::Category,
    pub severity: Severity,
    /// 1-based line and column (in characters) of the span's start.
    pub line: usize,
    pub column: usize,
    /// 1-based line and column just past the span's end.
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the file.
    pub start: usize,
    pub end: usize,
    /// The flagged text.
    pub text: String,
    pub message: String,
    pub why: String,
    pub suggestions: Vec<frankly::engine::Suggestion>,
}

/// Build the JSON report for one checked text.
pub fn report(file: &str, mode: Mode, checked: &Checked) -> Report {
    let text = checked.text.as_str();
    let lines = LineIndex::new(text);
    let a = &checked.analysis;
    let findings = a
        .findings
        .iter()
        .map(|f| {
            let (line, column) = lines.position(f.start);
            let (end_line, end_column) = lines.position(f.end);
            ReportFinding {
                rule: f.rule.to_string(),
                category: f.category,
                severity: f.severity,
                line,
                column,
                end_line,
                end_column,
                start: f.start,
                end: f.end,
                text: text.get(f.start..f.end).unwrap_or("").to_string(),
                message: f.message.clone(),
                why: f.why.to_string(),
                suggestions: f.suggestions.clone(),
            }
        })
        .collect();
    Report {
        file: file.to_string(),
        mode,
        status: exit_status(&a.findings),
        counts: Counts::of(&a.findings),
        findings,
        quadrant: a.quadrant.id(),
        care: one_decimal(a.care),
        challenge: one_decimal(a.challenge),
        comments: a
            .comments
            .iter()
            .map(|c| ReportComment {
                line: lines.position(c.start).0,
                start: c.start,
                end: c.end,
                label: c.prefix.clone(),
                typed: c.typed.as_ref().map(|t| t.label.clone()),
                quadrant: c.quadrant.id(),
            })
            .collect(),
    }
}

fn one_decimal(x: f32) -> f64 {
    (f64::from(x) * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_keeps_offsets_and_line_breaks() {
        let text = "I agree.\n> You are lazy — élan.\r\n  > nested\nNext line.";
        let (blanked, quoted) = blank_quotes(text);
        assert_eq!(blanked.len(), text.len());
        assert_eq!(blanked.lines().count(), text.lines().count());
        assert!(blanked.starts_with("I agree.\n"));
        assert!(blanked.ends_with("\nNext line."));
        assert!(!blanked.contains("lazy") && !blanked.contains('>'));
        assert_eq!(quoted.len(), 2);
        assert_eq!(&text[quoted[0].clone()], "> You are lazy — élan.");
        assert_eq!(&text[quoted[1].clone()], "  > nested");
        assert!(blanked.contains("\r\n"));
    }

    #[test]
    fn a_greater_than_inside_a_line_is_not_a_quote() {
        let (blanked, quoted) = blank_quotes("a > b is wrong\n>quoted");
        assert!(blanked.starts_with("a > b is wrong\n"));
        assert_eq!(quoted, vec![15..22]);
    }

    #[test]
    fn in_quotes_needs_every_non_blank_byte_quoted() {
        let text = "> lazy\nmine";
        let (_, q) = blank_quotes(text);
        assert!(in_quotes(text, &q, 2..6));
        assert!(in_quotes(text, &q, 2..7), "a trailing line break is blank");
        assert!(
            !in_quotes(text, &q, 2..11),
            "reaches the writer's own words"
        );
        assert!(!in_quotes(text, &q, 7..11));
        assert!(in_quotes(text, &q, 3..3));
        assert!(!in_quotes(text, &q, 9..9));
        assert!(!in_quotes(text, &[], 0..4));
    }

    #[test]
    fn findings_in_quoted_lines_are_dropped() {
        let quoted = "> You are so lazy and stupid.\n\nThanks, I will fix it.";
        let plain = "You are so lazy and stupid.\n\nThanks, I will fix it.";
        assert!(!check(plain.into(), Mode::CodeReview, &[])
            .analysis
            .findings
            .is_empty());
        let c = check(quoted.into(), Mode::CodeReview, &[]);
        assert!(
            c.analysis.findings.iter().all(|f| f.start > 30),
            "{:?}",
            c.analysis.findings
        );
        assert_eq!(c.text, quoted, "the original text is kept for display");
    }

    #[test]
    fn exit_status_follows_the_worst_severity() {
        use Severity::*;
        assert_eq!(status_of([]), EXIT_CLEAN);
        assert_eq!(status_of([Note, Note]), EXIT_CLEAN);
        assert_eq!(status_of([Note, Warning]), EXIT_FINDINGS);
        assert_eq!(status_of([Problem]), EXIT_FINDINGS);
        assert_eq!(exit_status(&[]), EXIT_CLEAN);
    }

    #[test]
    fn positions_are_one_based_lines_and_character_columns() {
        let text = "ab\néé x\n\nlast";
        let l = LineIndex::new(text);
        assert_eq!(l.position(0), (1, 1));
        assert_eq!(l.position(2), (1, 3), "the line break belongs to its line");
        assert_eq!(l.position(3), (2, 1));
        assert_eq!(l.position(8), (2, 4), "é is one column, two bytes");
        assert_eq!(l.position(4), (2, 1), "inside a character: clamped back");
        assert_eq!(l.position(11), (4, 1));
        assert_eq!(l.position(999), (4, 5));
    }

    #[test]
    fn lines_around_a_span_are_whole_lines() {
        let text = "one\r\ntwo three\nfour";
        let l = LineIndex::new(text);
        assert_eq!(l.lines_around(5..8), (5..14, 2));
        assert_eq!(&text[l.lines_around(1..2).0], "one");
        assert_eq!(&text[l.lines_around(1..7).0], "one\r\ntwo three");
        assert_eq!(l.lines_around(18..18), (15..19, 3));
        assert_eq!(l.lines_around(0..0), (0..3, 1));
    }

    #[test]
    fn columns_on_a_long_line_use_checkpoints() {
        let text = format!("x\n{}", "é".repeat(10_000));
        let l = LineIndex::new(&text);
        assert_eq!(l.position(2 + 2 * 9_000), (2, 9_001));
        assert_eq!(l.position(text.len()), (2, 10_001));
        assert_eq!(
            l.position(2 + 2 * 4_095 + 1),
            (2, 4_096),
            "inside é: clamped back"
        );
    }

    #[test]
    fn a_long_line_is_cut_around_the_span() {
        let text = format!("{}needle{}", "a ".repeat(1_000), "b ".repeat(1_000));
        let at = text.find("needle").unwrap();
        let e = Excerpt::new(&text, 0..text.len(), at..at + 6);
        assert!(e.is_cut());
        assert!(e.source.starts_with('…') && e.source.ends_with('…'));
        assert!(e.source.len() < EXCERPT_LIMIT);
        assert_eq!(&e.source[e.map(at..at + 6)], "needle");
        assert!(e.shows(&(at..at + 6)) && !e.shows(&(0..at)));

        let short = Excerpt::new("one line", 0..8, 4..8);
        assert!(!short.is_cut());
        assert_eq!(short.source, "one line");
        assert_eq!(short.map(4..99), 4..8);
    }

    #[test]
    fn undecodable_input_names_the_offset() {
        let e = decode("x.txt", b"ok \xff\xfe".to_vec()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("x.txt") && msg.contains("offset 3"), "{msg}");
        assert!(!msg.contains('\n'));
        assert_eq!(decode("-", "é".as_bytes().to_vec()).unwrap(), "é");
    }

    #[test]
    fn json_report_has_positions_counts_and_the_matrix() {
        let text = "> quoted\nHonestly, you are so lazy.";
        let c = check(text.into(), Mode::PeerFeedback, &[]);
        let r = report("r.txt", Mode::PeerFeedback, &c);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["file"], "r.txt");
        assert_eq!(v["mode"], "peer-feedback");
        assert_eq!(v["status"], 1);
        let lazy = r
            .findings
            .iter()
            .find(|f| f.text.contains("lazy"))
            .expect("lazy is flagged");
        let line2 = text.find('\n').unwrap() + 1;
        assert_eq!((lazy.line, lazy.column), (2, lazy.start - line2 + 1));
        assert_eq!(lazy.end_column, lazy.end - line2 + 1);
        assert_eq!(&text[lazy.start..lazy.end], lazy.text);
        assert!(v["findings"][0]["suggestions"].is_array());
        assert!(v["quadrant"].is_string() && v["care"].is_number() && v["challenge"].is_number());
        let n = r.counts.problem + r.counts.warning + r.counts.note;
        assert_eq!(n, r.findings.len());
    }
}
