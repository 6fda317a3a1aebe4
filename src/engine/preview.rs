//! The before/after preview: the whole draft with the first suggestion of every finding applied.
//! It sits above the engine (it re-analyses each pass), so nothing in the engine calls it.
use super::model::{Category, Options, Suggestion};
use super::rules::RuleId;

/// The whole draft with the first suggestion of every finding applied (placeholders left for the
/// writer): the "after" of the before/after preview. Pure and bounded.
pub fn rewrite_all(text: &str, options: &Options) -> String {
    let mut cur = text.to_string();
    let mut seen: Vec<String> = vec![cur.clone()];
    for pass in 0..6 {
        let analysis = super::analyze_with(&cur, options);
        // Targeted fixes first; structure additions only where nothing else changed the sentence
        // (re-analysis after a template usually finds the structure complete).
        let mut chosen: Vec<&Suggestion> = Vec::new();
        // Structure additions only in the first pass and only when nothing else needs fixing:
        // templates carry their own structure, and re-adding to them would pile up sentences.
        let passes: &[bool] = if pass == 0 { &[false, true] } else { &[false] };
        for &structure in passes {
            let mut picks: Vec<&Suggestion> = analysis
                .findings
                .iter()
                .filter(|f| {
                    f.rule != RuleId::UnfilledPlaceholder
                        && (f.category == Category::Structure) == structure
                })
                .filter_map(|f| f.suggestions.first())
                .collect();
            crate::sort::sort_by_key(&mut picks, |s| (s.start, s.end));
            for s in picks {
                // An addition right after a rewritten sentence belongs to that sentence: one
                // rewrite per sentence, not a template plus an example of the old text.
                let clash = chosen.iter().any(|c| {
                    let insert = s.start == s.end || c.start == c.end;
                    s.start < c.end.max(c.start + 1) && c.start < s.end.max(s.start + 1)
                        || c.start == s.start
                        || insert && s.start <= c.end && c.start <= s.end
                });
                if !clash {
                    chosen.push(s);
                }
            }
            if !chosen.is_empty() {
                break;
            }
        }
        crate::sort::sort_by_key(&mut chosen, |s| (s.start, s.end));
        if chosen.is_empty() {
            break;
        }
        let mut next = cur.clone();
        for s in chosen.iter().rev() {
            next = super::apply::apply(&next, s).0;
        }
        if seen.contains(&next) || next.len() > text.len() * 4 + 4000 {
            break;
        }
        seen.push(next.clone());
        cur = next;
    }
    cur
}
