//! Prints every finding of each argument (or of stdin lines) with its suggestions, and the
//! whole-draft rewrite. `cargo run --example rewrite_demo -- "You always interrupt people."`
use frankly::engine::{analyze_with, apply, rewrite_all, Mode, Options};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut mode = Mode::PerformanceReview;
    if let Some(i) = args.iter().position(|a| a.starts_with("--mode=")) {
        mode = Mode::from_id(&args[i][7..]).unwrap_or_default();
        args.remove(i);
    }
    if args.is_empty() {
        args = std::io::stdin()
            .lines()
            .map_while(Result::ok)
            .filter(|l| !l.trim().is_empty())
            .collect();
    }
    let options = Options {
        mode,
        ..Default::default()
    };
    for text in args {
        let text = text.replace("\\n", "\n");
        let a = analyze_with(&text, &options);
        println!(
            "=== {text:?}  [{} care {:.0} challenge {:.0}]",
            a.quadrant.id(),
            a.care,
            a.challenge
        );
        for f in &a.findings {
            println!("  - {} {:?}", f.rule, &text[f.start..f.end]);
            for (i, s) in f.suggestions.iter().enumerate() {
                let (new, _) = apply(&text, s);
                println!(
                    "      {}{} → {:?}",
                    if i == 0 { "*" } else { " " },
                    s.label,
                    new
                );
            }
        }
        println!("  rewrite_all → {:?}", rewrite_all(&text, &options));
    }
}
