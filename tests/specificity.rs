//! Specificity ranks useful review comments above useless ones. Our own wording, written to
//! cover the anchor kinds (identifiers, paths, numbers, quotes, reasons, proposed changes,
//! pointed questions) against bare verdicts, acknowledgements and empty asks.
use frankly::engine::analyze;

const USEFUL: &[&str] = &[
    "Rename `tmp` to `pending_rows` so the loop reads as what it holds.",
    "This will panic when `items` is empty because `items[0]` is read before the length check.",
    "Use `HashMap::entry` instead of `contains_key` followed by `insert`; it avoids the second lookup.",
    "Can we move the retry logic into `client.rs`? It's duplicated in three handlers.",
    "Add a test for the case where the timeout is 0 seconds.",
    "Line 42: the off-by-one means the last page is never fetched.",
    "Why is `max_connections` hard-coded to 16 here instead of read from the config?",
    "nit: \"recieve\" is misspelled in the log message.",
    "Extract the validation block into a helper; it's repeated in createUser and updateUser.",
    "This query runs once per row, so a 10k-row import makes 10k round trips. Could we batch it?",
    "The docstring says it returns None, but the function raises KeyError on a missing key.",
    "Should this be `>=` rather than `>`? Otherwise a quota of exactly 5 is rejected.",
    "Please move the constants to config/defaults.yaml so ops can change them without a deploy.",
    "getUserById is called twice in this handler; store the result in a local.",
    "We agreed in Tuesday's design review to keep the old endpoint until v3, so please don't delete it yet.",
    "Since the cache is shared between threads, this needs a Mutex or an atomic counter.",
    "The regex on line 88 doesn't anchor the end, so \"abc123xyz\" also matches.",
    "Consider using a BufReader here; reading byte by byte makes the 2 GB file take minutes.",
    "Drop the `unwrap()` and return the error, otherwise a malformed header crashes the server.",
    "Is `user.email` guaranteed to be lowercase at this point? The lookup in auth.py assumes it is.",
    "This breaks the Windows build: path separators are hard-coded as '/' in build_paths().",
    "Prefer `const` over `let` for `baseUrl`, since it is never reassigned.",
    "The migration adds a NOT NULL column without a default, which fails on existing rows.",
    "Could you split this 400-line function into parse, validate and save steps?",
    "I'd rename the flag to --dry-run to match the other CLI commands.",
    "The log level here should be debug, not info; it fires on every request and floods the logs.",
    "Move the import of numpy inside the function so the CLI starts faster when it isn't needed.",
    "Typo in the README: 'enviroment' should be 'environment'.",
    "This lock is held across the network call in send_batch(), which can deadlock under load.",
    "Return early if the list is empty instead of nesting the whole body in an if.",
    "The test only checks the happy path; please add one where the API returns a 500.",
    "Why do we catch Exception here? Catching ValueError would keep real bugs visible.",
    "index.ts still exports the old helper; remove it so nobody imports the deprecated version.",
    "The timeout was 30s in the spec but the code uses 300.",
    "Use snake_case for `userName` to match the rest of the module.",
    "Swap the order of these two checks: the cheap null check should run before the DB call.",
    "This should use the shared `format_date` helper, because the local one ignores time zones.",
    "The loop in render_rows() allocates a new String per cell; reuse one buffer.",
    "Can you add a comment explaining why the sleep(2) is needed? It looks like a race workaround.",
    "Bump the version in Cargo.toml to 0.4.1 since this changes the public API.",
];

const USELESS: &[&str] = &[
    "Looks good.",
    "LGTM",
    "+1",
    "Nice!",
    "Done.",
    "Why?",
    "Fix this.",
    "Thanks!",
    "ok",
    "Hmm.",
    "I don't like this.",
    "This is confusing.",
    "Not sure about this.",
    "Can you clean this up?",
    "This needs work.",
    "Please fix.",
    "Same here.",
    "See above.",
    "What is this?",
    "Agreed.",
    "Good catch.",
    "Looks fine to me.",
    "Great job!",
    "This is wrong.",
    "Why did you do this?",
    "Please change this.",
    "Ditto.",
    "Nice work, ship it.",
    "I think this could be better.",
    "Please take another look at this.",
    "This seems off.",
    "Can we do this differently?",
    "Ok, fine.",
    "Will do.",
    "Same as before.",
    "Not a fan of this.",
    "Could you revisit this part?",
    "This is a bit weird.",
    "Please address the comments.",
    "Yes.",
];

fn auc(pos: &[f32], neg: &[f32]) -> f32 {
    let mut wins = 0.0f32;
    for p in pos {
        for n in neg {
            if p > n {
                wins += 1.0;
            } else if p == n {
                wins += 0.5;
            }
        }
    }
    wins / (pos.len() * neg.len()) as f32
}

#[test]
fn specificity_ranks_useful_review_comments_above_useless_ones() {
    let pos: Vec<f32> = USEFUL.iter().map(|t| analyze(t).specificity).collect();
    let neg: Vec<f32> = USELESS.iter().map(|t| analyze(t).specificity).collect();
    let a = auc(&pos, &neg);
    eprintln!("specificity AUC useful vs useless: {a:.3}");
    if std::env::var("SPEC_DUMP").is_ok() {
        for (t, s) in USEFUL.iter().zip(&pos) {
            eprintln!("U {s:5.1} {t}");
        }
        for (t, s) in USELESS.iter().zip(&neg) {
            eprintln!("X {s:5.1} {t}");
        }
    }
    assert!(a >= 0.8, "AUC {a:.3} < 0.8");
}

#[test]
fn bare_verdicts_score_low_and_anchored_comments_high() {
    for t in ["LGTM", "+1", "Looks good.", "Why?", "Fix this."] {
        let s = analyze(t).specificity;
        assert!(s < 30.0, "{t:?}: {s}");
    }
    for t in [
        "Rename `tmp` to `pending_rows`.",
        "Line 42 reads past the end because the loop starts at 1.",
    ] {
        let s = analyze(t).specificity;
        assert!(s >= 50.0, "{t:?}: {s}");
    }
}

#[test]
fn named_elements_changes_and_reasons_add_specificity_but_bare_asks_do_not() {
    let s = |t: &str| analyze(t).specificity;
    // A change verb with an object vs. one aimed at "this".
    assert!(s("Rename the flag to match the others.") > s("Rename this.") + 15.0);
    // A pointed question vs. a bare one.
    assert!(s("Why is the timeout sixty here?") > s("Why?") + 15.0);
    // A stated reason.
    assert!(s("Keep the lock, otherwise two writers race.") > s("Keep it.") + 15.0);
    // Votes and review chatter are not numbers or acronyms.
    assert!(s("+1") < 10.0);
    assert!(s("LGTM!") < 10.0);
    assert!(s("Bump it to 2") > s("+1"));
}
