//! The `frankly` command line, run as a real process: every exit status, both output formats,
//! stdin, quoted lines, the rule catalogue. The texts are our own.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use assert_cmd::cargo::cargo_bin_cmd;
use assert_cmd::Command;
use serde_json::Value;

const CLEAN: &str = "Could you add a test for the empty-input case? The parser panics on it.";
/// Only hedges: notes, which do not fail a check.
const NOTES_ONLY: &str = "I think maybe you could perhaps rename this function.";
/// An absolute about a person: a warning.
const WARNING: &str = "You never test your changes before pushing.";
/// A personal label: a problem.
const PROBLEM: &str = "Thanks for the fix.\nHonestly, you are so lazy.\n";

fn frankly() -> Command {
    let mut cmd = cargo_bin_cmd!("frankly");
    cmd.env_remove("NO_COLOR");
    cmd
}

/// Run `frankly check` on stdin with extra arguments; (exit status, stdout, stderr).
fn check_stdin(text: impl Into<Vec<u8>>, args: &[&str]) -> (i32, String, String) {
    let out = frankly()
        .arg("check")
        .args(args)
        .write_stdin(text)
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"))
}

/// A file in a fresh temporary folder of this test, removed when the value is dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("frankly-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn severities(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_clean_comment_exits_0() {
    let (code, out, err) = check_stdin(CLEAN, &["--mode", "code-review"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("<stdin>: no findings"), "{out}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn notes_only_exit_0_and_are_shown() {
    let (code, out, _) = check_stdin(NOTES_ONLY, &["--format", "json"]);
    let report = json(&out);
    let sev = severities(&report);
    assert!(!sev.is_empty() && sev.iter().all(|s| s == "note"), "{out}");
    assert_eq!(code, 0);
    assert_eq!(report["status"], 0);

    let (code, out, _) = check_stdin(NOTES_ONLY, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("note["), "{out}");
}

#[test]
fn a_warning_exits_1() {
    let (code, out, err) = check_stdin(WARNING, &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("warning[absolute-language]"), "{out}");
    assert!(
        out.contains("1 | You never test your changes before pushing."),
        "{out}"
    );
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_problem_in_a_file_exits_1_with_an_annotated_diagnostic() {
    let file = TempFile::new("review.txt", PROBLEM.as_bytes());
    let path = &file.0;
    let out = frankly().arg("check").arg(path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = String::from_utf8(out.stdout).unwrap();
    let name = path.display().to_string();
    // rustc's shape: level[id]: message, --> file:line:column, the line, a caret underline.
    assert!(out.contains("problem[personal-label]: "), "{out}");
    assert!(out.contains(&format!("--> {name}:2:")), "{out}");
    assert!(out.contains("2 | Honestly, you are so lazy."), "{out}");
    assert!(out.contains("^^^"), "{out}");
    assert!(out.contains("= why: "), "{out}");
    assert!(out.contains("help: "), "a rewrite is offered:\n{out}");
    assert!(out.contains(&format!("{name}: 1 problem")), "{out}");
    assert!(out.contains("Radical Candor matrix: "), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn json_report_has_the_documented_shape() {
    let (code, out, _) = check_stdin(PROBLEM, &["--format", "json", "--mode", "peer-feedback"]);
    assert_eq!(code, 1);
    let r = json(&out);
    assert_eq!(r["file"], "<stdin>");
    assert_eq!(r["mode"], "peer-feedback");
    assert_eq!(r["status"], 1);
    assert!(r["quadrant"].is_string());
    assert!(r["care"].is_number() && r["challenge"].is_number());
    assert!(r["counts"]["problem"].as_u64().unwrap() >= 1);
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "personal-label")
        .unwrap_or_else(|| panic!("personal-label expected:\n{out}"));
    assert_eq!(f["category"], "personality");
    assert_eq!(f["severity"], "problem");
    assert_eq!(f["line"], 2);
    let (start, end) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&PROBLEM[start..end], f["text"].as_str().unwrap());
    let line2 = PROBLEM.find('\n').unwrap() + 1;
    assert_eq!(f["column"].as_u64().unwrap() as usize, start - line2 + 1);
    assert!(f["message"].as_str().unwrap().contains("lazy"));
    assert!(!f["why"].as_str().unwrap().is_empty());
    let s = &f["suggestions"][0];
    assert!(s["label"].is_string() && s["replacement"].is_string());
    assert!(s["start"].is_u64() && s["end"].is_u64());
}

#[test]
fn a_code_review_report_labels_every_comment() {
    let text = "This loop never stops when the upstream API is down, so the worker hangs.\n\nnit: stray space here\n\nThanks, the new parser reads well.\n";
    let (_, out, _) = check_stdin(text, &["--format", "json", "--mode", "code-review"]);
    let r = json(&out);
    let comments = r["comments"].as_array().expect("comments in code review");
    assert_eq!(comments.len(), 3, "{out}");
    let labels: Vec<&str> = comments
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["issue (blocking): ", "nitpick (non-blocking): ", "praise: "]
    );
    assert_eq!(comments[1]["line"], 3);
    assert_eq!(comments[1]["typed"], "nit");
    assert_eq!(comments[0]["typed"], Value::Null);
    assert!(comments.iter().all(|c| c["quadrant"].is_string()));
    // Other modes have no comments.
    let (_, out, _) = check_stdin(text, &["--format", "json"]);
    assert!(json(&out).get("comments").is_none(), "{out}");
}

#[test]
fn a_clean_json_report_is_empty_and_exits_0() {
    let (code, out, _) = check_stdin(CLEAN, &["--format", "json", "--mode", "code-review"]);
    assert_eq!(code, 0);
    let r = json(&out);
    assert_eq!(r["findings"], Value::Array(vec![]));
    assert_eq!(r["status"], 0);
}

#[test]
fn stdin_is_read_with_a_dash_or_without_a_file() {
    let (with_dash, out_dash, _) = check_stdin(WARNING, &["-", "--format", "json"]);
    let (without, out, _) = check_stdin(WARNING, &["--format", "json"]);
    assert_eq!((with_dash, without), (1, 1));
    assert_eq!(out_dash, out);
}

#[test]
fn quoted_lines_are_not_judged() {
    let own = "Good point, thanks. I will rename `parse_row` before merging.\n";
    let theirs = "You never test your changes, you are so lazy.\n";
    let (code, out, _) = check_stdin(format!("{theirs}\n{own}"), &["--mode", "code-review"]);
    assert_eq!(code, 1, "unquoted, the same words are flagged:\n{out}");

    for quote in ["> ", ">", "  > ", "> > "] {
        let text = format!("{quote}{theirs}\n{own}");
        let (code, out, _) =
            check_stdin(text.clone(), &["--mode", "code-review", "--format", "json"]);
        let r = json(&out);
        assert_eq!(code, 0, "{quote:?}: {out}");
        assert_eq!(r["findings"], Value::Array(vec![]), "{quote:?}");
    }

    // Findings after a quote still point at the original text's lines and bytes.
    let text = format!("> {theirs}\n{WARNING}");
    let (code, out, _) = check_stdin(text.clone(), &["--format", "json"]);
    assert_eq!(code, 1);
    let r = json(&out);
    let f = &r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "absolute-language")
        .unwrap_or_else(|| panic!("{out}"))
        .clone();
    assert_eq!(f["line"], 3);
    let (start, end) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], f["text"].as_str().unwrap());
}

#[test]
fn text_that_is_not_utf8_exits_2_with_one_line() {
    let (code, out, err) = check_stdin(b"Fine so far \xff\xfe".to_vec(), &[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("frankly: stdin is not UTF-8"), "{err}");

    let file = TempFile::new("latin1.txt", b"caf\xe9");
    let path = &file.0;
    let out = frankly().arg("check").arg(path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("latin1.txt is not UTF-8") && err.contains("offset 3"),
        "{err}"
    );
}

#[test]
fn an_unreadable_file_exits_2_with_one_line() {
    let missing = std::env::temp_dir().join("frankly-cli-no-such-file.txt");
    let out = frankly().arg("check").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("frankly: cannot read ") && err.contains("no-such-file"),
        "{err}"
    );

    let dir = std::env::temp_dir();
    let out = frankly().arg("check").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a directory is not a text");
}

#[test]
fn an_unknown_mode_exits_2_and_lists_the_modes() {
    let (code, out, err) = check_stdin(CLEAN, &["--mode", "angry"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("'angry'") && err.contains("--mode"), "{err}");
    for mode in [
        "performance-review",
        "code-review",
        "peer-feedback",
        "praise",
    ] {
        assert!(err.contains(mode), "{err}");
        let (code, _, err) = check_stdin(CLEAN, &["--mode", mode]);
        assert_eq!(code, 0, "{mode}: {err}");
    }
}

#[test]
fn other_bad_arguments_exit_2() {
    for args in [
        &["check", "--format", "xml"][..],
        &["check", "--disable", "no-such-rule"],
        &["check", "a.txt", "b.txt"],
        &["lint"],
        &[],
    ] {
        let out = frankly().args(args).write_stdin(CLEAN).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_disabled_rule_is_not_reported() {
    let (code, out, _) = check_stdin(
        WARNING,
        &["--disable", "absolute-language", "--format", "json"],
    );
    assert!(!out.contains("absolute-language"), "{out}");
    assert_eq!(code, 0, "only the missing-SBI note is left:\n{out}");
}

#[test]
fn quiet_prints_only_when_the_check_fails() {
    let (code, out, _) = check_stdin(NOTES_ONLY, &["--quiet"]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out, _) = check_stdin(WARNING, &["-q"]);
    assert_eq!(code, 1);
    assert!(out.contains("warning[absolute-language]"), "{out}");
    assert!(out.contains("<stdin>:1:"), "{out}");
}

#[test]
fn colour_can_be_forced() {
    let (_, out, _) = check_stdin(WARNING, &["--color", "always"]);
    assert!(out.contains('\u{1b}'), "{out}");
    let (_, out, _) = check_stdin(WARNING, &["--color", "never"]);
    assert!(!out.contains('\u{1b}'), "{out}");
}

#[test]
fn rules_prints_the_whole_catalogue() {
    let out = frankly().arg("rules").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let docs = frankly::engine::catalogue();
    for d in docs {
        let id = d.id.to_string();
        assert!(
            text.lines().any(|l| l.starts_with(&format!("{id}  ("))),
            "{id} missing"
        );
        assert!(text.contains(d.what) && text.contains(d.source), "{id}");
    }
    assert!(text.contains(&format!("{} rules", docs.len())));

    let out = frankly()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&String::from_utf8(out.stdout).unwrap());
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), docs.len());
    for key in ["id", "category", "severity", "what", "why", "source"] {
        assert!(list.iter().all(|d| d[key].is_string()), "{key}");
    }
}

#[test]
fn help_and_version_exit_0() {
    for args in [&["--help"][..], &["check", "--help"], &["--version"]] {
        let out = frankly().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}
