//! Measures how often the first suggestion of a harsh or personality finding removes it.
//!
//! `cargo run --release --example rewrite_eval -- PATH.jsonl [code-review|performance-review|…]
//! [--all-categories]` (every finding, not only harsh and personality ones)
//! PATH is JSONL with a "text" field per line (e.g. the ToxiCR dev split). Prints counts only,
//! never corpus text (unless `--show-failures`, for local debugging). Counting: apply the finding's first suggestion, re-analyse, and look for a
//! finding of the same category overlapping the replaced range (unfilled placeholders excepted).
use frankly::engine::{analyze_with, apply, Category, Mode, Options};

fn main() {
    let show = std::env::args().any(|a| a == "--show-failures");
    let all = std::env::args().any(|a| a == "--all-categories");
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let Some(path) = args.next() else {
        eprintln!("usage: rewrite_eval PATH.jsonl [mode]");
        std::process::exit(2);
    };
    let modes: Vec<Mode> = match args.next() {
        Some(m) => vec![Mode::from_id(&m).unwrap_or_default()],
        None => vec![Mode::CodeReview, Mode::PerformanceReview],
    };
    let data = std::fs::read_to_string(&path).expect("read corpus");
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    for mode in modes {
        let options = Options {
            mode,
            ..Default::default()
        };
        let (mut total, mut removed, mut no_sugg) = (0usize, 0usize, 0usize);
        let mut by_rule: std::collections::BTreeMap<&'static str, (usize, usize)> =
            Default::default();
        let started = std::time::Instant::now();
        for text in &texts {
            let a = analyze_with(text, &options);
            for f in &a.findings {
                if !all && !matches!(f.category, Category::Harsh | Category::Personality) {
                    continue;
                }
                total += 1;
                let e = by_rule.entry(f.rule.as_str()).or_default();
                e.0 += 1;
                let Some(s) = f.suggestions.first() else {
                    no_sugg += 1;
                    continue;
                };
                let (new, _) = apply(text, s);
                let r = s.start..s.start + s.replacement.len();
                let b = analyze_with(&new, &options);
                let still = b.findings.iter().any(|g| {
                    g.category == f.category
                        && g.rule != "unfilled-placeholder"
                        && if r.is_empty() {
                            g.start <= r.start && r.start < g.end
                        } else {
                            g.start < r.end && r.start < g.end
                        }
                });
                if !still {
                    removed += 1;
                    e.1 += 1;
                } else if show {
                    // Local debugging only: prints corpus text, never commit its output.
                    eprintln!("[{}] {:?}\n    → {:?}", f.rule, &text[f.start..f.end], new);
                }
            }
        }
        let pct = if total == 0 {
            100.0
        } else {
            100.0 * removed as f64 / total as f64
        };
        println!(
            "mode={} drafts={} {} findings={} removed={} ({:.1}%) without suggestion={} time={:.1}s",
            mode.id(),
            texts.len(),
            if all { "all" } else { "harsh+personality" },
            total,
            removed,
            pct,
            no_sugg,
            started.elapsed().as_secs_f64()
        );
        for (rule, (n, ok)) in by_rule {
            println!(
                "  {rule:<16} {ok:>5}/{n:<5} {:.1}%",
                100.0 * ok as f64 / n.max(1) as f64
            );
        }
    }
}
