//! Any text, every mode: `analyze_with` never panics, its spans are usable as they are, and
//! applying any suggestion it makes yields text and a selection the editor can use.
//! Public API only (`frankly::engine`), so the target survives changes inside the engine.
#![no_main]

use frankly::engine::{analyze_with, apply, Analysis, Mode, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for mode in Mode::ALL {
        let options = Options {
            mode,
            ..Options::default()
        };
        let analysis = analyze_with(&text, &options);
        check(&text, &analysis, mode);
        let mut applied_once = false;
        for (fi, finding) in analysis.findings.iter().enumerate() {
            for (si, s) in finding.suggestions.iter().enumerate() {
                let (new_text, sel) = apply(&text, s);
                assert!(
                    sel.start <= sel.end && sel.end <= new_text.len(),
                    "{mode:?}: finding {fi} ({}) suggestion {si}: selection {sel:?} outside {} bytes",
                    finding.rule,
                    new_text.len()
                );
                assert!(
                    new_text.is_char_boundary(sel.start) && new_text.is_char_boundary(sel.end),
                    "{mode:?}: finding {fi} ({}) suggestion {si}: selection {sel:?} not on char boundaries",
                    finding.rule
                );
                // Re-analysing every applied text would multiply the cost per input by the
                // number of suggestions; one per mode keeps the target fast.
                if !applied_once {
                    applied_once = true;
                    let again = analyze_with(&new_text, &options);
                    check(&new_text, &again, mode);
                }
            }
        }
    }
});

fn check(text: &str, a: &Analysis, mode: Mode) {
    let on_boundaries = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let mut previous_start = 0;
    for (i, f) in a.findings.iter().enumerate() {
        assert!(
            on_boundaries(f.start, f.end),
            "{mode:?}: finding {i} ({}) span {}..{} is not a char range of {} bytes",
            f.rule,
            f.start,
            f.end,
            text.len()
        );
        assert!(
            f.start >= previous_start,
            "{mode:?}: finding {i} ({}) starts at {} before the previous one at {previous_start}",
            f.rule,
            f.start
        );
        previous_start = f.start;
        assert!(
            !f.suggestions.is_empty(),
            "{mode:?}: finding {i} ({}) has no suggestion",
            f.rule
        );
        for (j, s) in f.suggestions.iter().enumerate() {
            assert!(
                on_boundaries(s.start, s.end),
                "{mode:?}: finding {i} ({}) suggestion {j} span {}..{} is not a char range of {} bytes",
                f.rule,
                s.start,
                s.end,
                text.len()
            );
        }
    }
    for (name, value) in [
        ("care", a.care),
        ("challenge", a.challenge),
        ("specificity", a.specificity),
    ] {
        assert!(
            value.is_finite() && (0.0..=100.0).contains(&value),
            "{mode:?}: {name} is {value}"
        );
    }
}
