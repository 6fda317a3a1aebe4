//! The before/after preview: the whole draft with the first suggestion of every finding applied.
//! It sits above the engine (it re-analyses each pass), so nothing in the engine calls it.
use super::model::{Category, Options, Suggestion};
use super::rules::RuleId;

/// The whole draft with the first suggestion of every finding applied (placeholders left for the
/// writer): the "after" of the before/after preview. Pure and bounded.
pub fn rewrite_all(text: &str, options: &Options) -> String {
    let mut cur = text.to_string();
    let mut seen: Vec<String> = vec![cur.clone()];
    // What an added sentence was for ("lack a clear motivation"): added to once. An addition
    // that did not settle its finding would otherwise be added again each pass.
    let mut added: Vec<String> = Vec::new();
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
                .filter_map(|f| {
                    let s = f.suggestions.first()?;
                    let flagged = &cur[f.start..f.end];
                    if adds(&cur, s) {
                        if added.iter().any(|a| a == flagged) {
                            return None;
                        }
                        added.push(flagged.to_string());
                    }
                    Some(s)
                })
                .collect();
            crate::sort::sort_by_key(&mut picks, |s| (s.start, s.end));
            for s in picks {
                // An addition right after a rewritten sentence belongs to that sentence: one
                // rewrite per sentence, not a template plus an example of the old text.
                let f = analysis
                    .findings
                    .iter()
                    .find(|f| f.suggestions.first().is_some_and(|x| std::ptr::eq(x, s)));
                let clash = chosen.iter().any(|c| {
                    let insert = s.start == s.end || c.start == c.end;
                    s.start < c.end.max(c.start + 1) && c.start < s.end.max(s.start + 1)
                        || c.start == s.start
                        || insert && s.start <= c.end && c.start <= s.end
                        // "seems" in "He seems a bit emotional", rewritten away by the label's fix.
                        || f.is_some_and(|f| c.start <= f.start && f.end <= c.end)
                        // One example per sentence: " — for example, […]" before its full
                        // stop and " For example, …" after it are two of the same.
                        || s.start == s.end
                            && c.start == c.end
                            && cur[c.start.min(s.start)..c.start.max(s.start)]
                                .trim_matches(|ch: char| ch.is_whitespace() || ".!?".contains(ch))
                                .is_empty()
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
        let chosen = once_each(&cur, &chosen);
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

/// Does `s` only add a sentence ("… motivation. For example, in [when], …")?
fn adds(cur: &str, s: &Suggestion) -> bool {
    let old = cur.get(s.start..s.end).unwrap_or_default();
    let whole = matches!(old.bytes().last(), None | Some(b'.' | b'!' | b'?'));
    whole
        && s.replacement
            .strip_prefix(old)
            .is_some_and(|tail| tail.starts_with(' '))
}

/// The chosen rewrites (sorted by position) with each canned example given once in the whole
/// draft: a placeholder whose example the draft or an earlier rewrite already shows keeps only
/// its question ("[when, e.g. the March launch review]" the second time is "[when]"), and a
/// sentence a rewrite adds after its own ("As a next step, I'd like him to [next step].") is not added
/// again where the draft already asks it. An example asked for after each claim stays.
fn once_each(cur: &str, chosen: &[&Suggestion]) -> Vec<Suggestion> {
    let mut examples: Vec<&str> = Vec::new();
    let mut asked: Vec<String> = sentences(cur)
        .filter(|x| x.contains('['))
        .map(without_examples)
        .collect();
    chosen
        .iter()
        .map(|s| {
            let mut rep = String::with_capacity(s.replacement.len());
            let mut rest = s.replacement.as_str();
            while let Some((open, close)) = brackets(rest) {
                let inner = &rest[open..=close];
                match inner.find(", e.g. ").map(|eg| &inner[eg..]) {
                    Some(eg) if cur.contains(eg) || examples.contains(&eg) => {
                        rep.push_str(&rest[..close - eg.len() + 1]);
                        rep.push(']');
                    }
                    eg => {
                        examples.extend(eg);
                        rep.push_str(&rest[..=close]);
                    }
                }
                rest = &rest[close + 1..];
            }
            rep.push_str(rest);
            let mut kept = String::with_capacity(rep.len());
            for x in sentences(&rep) {
                let added = x.starts_with(' ') && x.contains('[');
                let evidence = x.starts_with(" For example") || x.starts_with(" Specifically");
                if added && !evidence {
                    let plain = without_examples(x);
                    if asked.contains(&plain) {
                        continue;
                    }
                    asked.push(plain);
                }
                kept.push_str(x);
            }
            Suggestion {
                replacement: kept,
                ..(*s).clone()
            }
        })
        .collect()
}

/// The first `[…]` of `s`: its bytes of "[" and "]".
fn brackets(s: &str) -> Option<(usize, usize)> {
    let open = s.find('[')?;
    Some((open, open + s[open..].find(']')?))
}

/// The sentences of `s`, each with the space before it: a full stop or question mark outside
/// brackets ends one.
fn sentences(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut depth = 0u32;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                '.' | '?' if depth == 0 && !rest[i + 1..].starts_with(|n: char| n != ' ') => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        let (x, r) = rest.split_at(end);
        rest = r;
        Some(x)
    })
}

/// A sentence without its placeholders' examples and the space before it: "As a next step,
/// I'd like him to [next step]." for either version.
fn without_examples(x: &str) -> String {
    let mut out = String::with_capacity(x.len());
    let mut rest = x.trim();
    while let Some((open, close)) = brackets(rest) {
        let inner = &rest[open..close];
        out.push_str(&rest[..open + inner.find(", e.g. ").unwrap_or(inner.len())]);
        out.push(']');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}
