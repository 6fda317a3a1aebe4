//! Sharing exercise sets as a file and as a link fragment: round trips, and hostile input that
//! must be refused with a reason (never a panic, never a partly read set).
use frankly::workshop::sets::{builtin, Answer, ExerciseSet, Item, SetKind};
use frankly::workshop::share::{
    base64url_decode, base64url_encode, parse_fragment, parse_json, to_fragment, to_json,
    ShareError, MAX_ITEMS, MAX_SET_BYTES, MAX_TEXT_CHARS,
};

fn small() -> ExerciseSet {
    ExerciseSet {
        id: "my-set".into(),
        title: "Tuesday's workshop <b>bold</b>".into(),
        kind: SetKind::Quadrant,
        items: vec![Item {
            text: "<img src=x onerror=alert(1)> \"quoted\" — émoji 🎉\nsecond line".into(),
            answer: Answer::RuinousEmpathy,
            better: None,
            note: Some("from my drafts".into()),
        }],
    }
}

fn json_err(text: &str) -> ShareError {
    parse_json(text.as_bytes()).expect_err(text)
}

fn wrap(set: &str) -> String {
    format!(r#"{{"format":"frankly-workshop-set","version":1,"set":{set}}}"#)
}

#[test]
fn every_builtin_set_round_trips_by_file_and_by_link() {
    for set in builtin() {
        assert_eq!(parse_json(to_json(&set).as_bytes()).unwrap(), set);
        let fragment = to_fragment(&set);
        assert!(fragment.starts_with("set="));
        assert!(fragment[4..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(parse_fragment(&fragment).unwrap(), Some(set.clone()));
        assert_eq!(parse_fragment(&format!("#{fragment}")).unwrap(), Some(set));
    }
}

#[test]
fn markup_and_unicode_stay_text() {
    let set = small();
    let back = parse_fragment(&to_fragment(&set)).unwrap().unwrap();
    assert_eq!(back.items[0].text, set.items[0].text);
    assert_eq!(back.title, set.title);
}

#[test]
fn the_file_says_what_it_is() {
    let json = to_json(&small());
    assert!(
        json.contains(r#""format": "frankly-workshop-set""#),
        "{json}"
    );
    assert!(json.contains(r#""version": 1"#), "{json}");
}

#[test]
fn other_fragments_are_not_sets() {
    for f in ["", "#", "#top", "#settings", "#sets=abc", "section-2"] {
        assert_eq!(parse_fragment(f), Ok(None), "{f}");
    }
}

#[test]
fn hostile_fragments_are_refused() {
    let good = to_fragment(&small());
    let cases: Vec<String> = vec![
        "set=".into(),
        "set=!!!!".into(),
        "set=a".into(),
        "set=ab+/".into(),                      // standard alphabet, not URL-safe
        "set=%7B%22format%22%7D".into(),        // percent-encoded JSON
        format!("{}x", &good),                  // one char too many
        good[..good.len() - 3].to_string(),     // cut short
        format!("set={}", "A".repeat(200_000)), // far too long
        format!("set={}", base64url_encode(b"\xff\xfe")),
        format!("set={}", base64url_encode(b"[1,2,3]")),
        format!("set={}", base64url_encode(b"{\"__proto__\":{\"x\":1}}")),
        format!("set={}", base64url_encode("[".repeat(10_000).as_bytes())),
    ];
    for c in &cases {
        assert!(parse_fragment(c).is_err(), "accepted {:.60}", c);
    }
}

#[test]
fn hostile_files_are_refused() {
    let item = r#"{"text":"Good job.","answer":"vague"}"#;
    let ok = |items: &str| {
        wrap(&format!(
            r#"{{"id":"s","title":"T","kind":"specificity","items":[{items}]}}"#
        ))
    };
    assert!(parse_json(ok(item).as_bytes()).is_ok());

    assert!(matches!(json_err("not json"), ShareError::NotJson(_)));
    assert!(matches!(json_err("null"), ShareError::NotASet));
    assert!(matches!(json_err("[]"), ShareError::NotASet));
    assert!(matches!(
        json_err(r#"{"format":"frankly-drafts","version":3,"drafts":[]}"#),
        ShareError::NotASet
    ));
    assert!(matches!(
        json_err(r#"{"format":"frankly-workshop-set","version":2,"set":{}}"#),
        ShareError::NewerVersion(2)
    ));
    assert!(matches!(
        json_err(r#"{"format":"frankly-workshop-set","version":"1","set":{}}"#),
        ShareError::Invalid(_)
    ));
    assert!(matches!(
        json_err(r#"{"format":"frankly-workshop-set","version":0,"set":{}}"#),
        ShareError::Invalid(_)
    ));
    assert!(matches!(
        json_err(&ok(r#"{"text":"x","answer":"vague","constructor":1}"#)),
        ShareError::ForbiddenKey(_)
    ));
    let invalid = [
        // shape and types
        wrap(r#"{"id":"s","title":"T","kind":"specificity","items":[]}"#),
        wrap(r#"{"id":"s","title":"T","kind":"rant","items":[{"text":"x","answer":"vague"}]}"#),
        wrap(
            r#"{"id":"s","title":"T","kind":"specificity","items":{"0":{"text":"x","answer":"vague"}}}"#,
        ),
        wrap(
            r#"{"id":"s","title":"T","kind":"specificity","items":[{"text":5,"answer":"vague"}]}"#,
        ),
        wrap(r#"{"id":"s","title":"T","kind":"specificity","items":[{"text":"x"}]}"#),
        wrap(
            r#"{"id":"s","title":"T","kind":"specificity","items":[{"text":"x","answer":"vague","script":"alert(1)"}]}"#,
        ),
        wrap(
            r#"{"id":"s","title":"T","kind":"specificity","extra":1,"items":[{"text":"x","answer":"vague"}]}"#,
        ),
        format!(
            r#"{{"format":"frankly-workshop-set","version":1,"extra":true,"set":{{"id":"s","title":"T","kind":"specificity","items":[{item}]}}}}"#
        ),
        // values
        ok(r#"{"text":"x","answer":"radical-candor"}"#),
        ok(r#"{"text":"   ","answer":"vague"}"#),
        ok(r#"{"text":"a\u0000b","answer":"vague"}"#),
        ok(r#"{"text":"x","answer":"vague","better":"y"}"#),
        ok(&format!(
            r#"{{"text":"{}","answer":"vague"}}"#,
            "a".repeat(MAX_TEXT_CHARS + 1)
        )),
        ok(&vec![item; MAX_ITEMS + 1].join(",")),
        wrap(
            r#"{"id":"S!","title":"T","kind":"specificity","items":[{"text":"x","answer":"vague"}]}"#,
        ),
        wrap(
            r#"{"id":"s","title":"","kind":"specificity","items":[{"text":"x","answer":"vague"}]}"#,
        ),
        wrap(
            r#"{"id":"s","title":"a\nb","kind":"specificity","items":[{"text":"x","answer":"vague"}]}"#,
        ),
        wrap(
            r#"{"id":"s","title":"T","kind":"before-after","items":[{"text":"x","answer":"radical-candor"}]}"#,
        ),
    ];
    for case in &invalid {
        let err = parse_json(case.as_bytes()).expect_err(case);
        assert!(
            matches!(err, ShareError::Invalid(_)),
            "{err:?} for {case:.120}"
        );
        assert!(err.to_string().starts_with("The set was not opened: "));
    }
    let huge = format!("{}{}", ok(item), " ".repeat(MAX_SET_BYTES));
    assert!(matches!(json_err(&huge), ShareError::TooLarge { .. }));
    assert!(matches!(
        parse_json(b"\xef\xbb\xbf\xff"),
        Err(ShareError::NotUtf8)
    ));
    // A byte-order mark (as some editors save) is fine.
    assert!(parse_json(format!("\u{feff}{}", ok(item)).as_bytes()).is_ok());
}

#[test]
fn base64url_is_strict_and_round_trips() {
    for len in 0..40 {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
        let enc = base64url_encode(&bytes);
        assert_eq!(base64url_decode(&enc), Some(bytes.clone()), "{enc}");
    }
    assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
    assert_eq!(base64url_decode("-_8"), Some(b"\xfb\xff".to_vec()));
    assert_eq!(base64url_decode("-_8="), Some(b"\xfb\xff".to_vec()));
    assert_eq!(base64url_decode("-_8=="), None, "too much padding");
    assert_eq!(base64url_decode("-_9"), None, "stray bits");
    assert_eq!(base64url_decode("A"), None);
    assert_eq!(base64url_decode("AB C"), None);
    assert_eq!(base64url_decode("ab/+"), None);
    assert_eq!(base64url_decode("é"), None);
}

#[test]
fn random_fragments_never_panic() {
    // A small deterministic generator: printable ASCII and base64 of random bytes.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..3_000 {
        let len = (next() % 300) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = parse_fragment(&format!("set={}", base64url_encode(&bytes)));
        let _ = parse_json(&bytes);
        let ascii: String = bytes.iter().map(|b| (32 + b % 95) as char).collect();
        let _ = parse_fragment(&format!("set={ascii}"));
    }
}
