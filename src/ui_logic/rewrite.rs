//! The whole-draft rewrite for the before/after preview: the first suggestion of every finding
//! applied, skipping any that overlaps one already taken (earlier findings win).
use crate::engine::Finding;

pub fn rewrite_all(text: &str, findings: &[&Finding]) -> String {
    let mut chosen: Vec<(usize, usize, &str)> = Vec::new();
    let mut sorted: Vec<&Finding> = findings.to_vec();
    sorted.sort_by_key(|f| (f.start, f.end));
    for f in sorted {
        let Some(s) = f.suggestions.first() else { continue };
        let (a, b) = (s.start.min(s.end), s.end.max(s.start));
        if b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        let overlaps = chosen.iter().any(|&(ca, cb, _)| a < cb && ca < b || (a == b && ca <= a && a < cb) || (ca == cb && a <= ca && ca < b) || (a == ca && b == cb));
        if !overlaps {
            chosen.push((a, b, s.replacement.as_str()));
        }
    }
    chosen.sort_by_key(|&(a, b, _)| (a, b));
    let mut out = text.to_string();
    for &(a, b, r) in chosen.iter().rev() {
        out.replace_range(a..b, r);
    }
    out
}
