//! `frankly::json` replaced serde_json in the app: it must read, write and refuse exactly as
//! serde_json (with the types' derived serde impls) did. Compared here on hand-picked and on
//! mutated inputs; serde_json stays a dependency for the command line and for this test.
use frankly::json::{self, Value};
use frankly::state::{Draft, Tag};
use frankly::workshop::sets::{builtin, ExerciseSet, Item};
use serde::{Deserialize, Serialize};

fn from_serde(v: serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Value::U64(u)
            } else if let Some(i) = n.as_i64() {
                Value::I64(i)
            } else {
                Value::F64(n.as_f64().unwrap())
            }
        }
        serde_json::Value::String(s) => Value::Str(s),
        serde_json::Value::Array(a) => Value::Arr(a.into_iter().map(from_serde).collect()),
        serde_json::Value::Object(m) => Value::Obj(json::Map(
            m.into_iter().map(|(k, v)| (k, from_serde(v))).collect(),
        )),
    }
}

/// Parses `text` both ways and checks they agree; then the typed reads agree too.
fn check(text: &str) {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            let b = from_serde(b.clone());
            // -0.0 == 0.0 for PartialEq: compare the bits of floats through Debug.
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "value of {text:?}");
        }
        (Err(a), Err(b)) => assert_eq!(a, &b.to_string(), "error for {text:?}"),
        _ => panic!("{text:?}: ours {ours:?}, serde {theirs:?}"),
    }
    let Ok(theirs) = theirs else { return };
    let ours = ours.unwrap();
    typed::<Draft>(&ours, &theirs, Draft::from_json, text);
    typed::<ExerciseSet>(&ours, &theirs, ExerciseSet::from_json, text);
    typed::<Item>(&ours, &theirs, Item::from_json, text);
    typed::<Stored>(&ours, &theirs, stored, text);
    if let (Value::Obj(m), serde_json::Value::Object(sm)) = (&ours, &theirs) {
        for ((_, v), (_, sv)) in m.0.iter().zip(sm.iter()) {
            typed::<Draft>(v, sv, Draft::from_json, text);
            typed::<ExerciseSet>(v, sv, ExerciseSet::from_json, text);
            typed::<Vec<Draft>>(v, sv, |v| json::read_list(v, Draft::from_json), text);
            typed::<Vec<Item>>(v, sv, |v| json::read_list(v, Item::from_json), text);
        }
    }
}

fn typed<T>(
    ours: &Value,
    theirs: &serde_json::Value,
    read: impl Fn(Value) -> Result<T, String>,
    text: &str,
) where
    T: for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug,
{
    let a = read(ours.clone());
    let b = serde_json::from_value::<T>(theirs.clone()).map_err(|e| e.to_string());
    assert_eq!(a, b, "{} from {text:?}", std::any::type_name::<T>());
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    drafts: Vec<Draft>,
}

fn stored(v: Value) -> Result<Stored, String> {
    let mut s = Stored {
        version: 0,
        drafts: Vec::new(),
    };
    json::read_struct(v, "Stored", &["version", "drafts"], &[], |i, v| {
        if i == 0 {
            s.version = json::read_u32(v)?;
        } else {
            s.drafts = json::read_list(v, Draft::from_json)?;
        }
        Ok(())
    })?;
    Ok(s)
}

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    version: u32,
    exported_at: u64,
    drafts: &'a [Draft],
}

fn sample_drafts() -> Vec<Draft> {
    let mut a = Draft::new("d-1", 1_700_000_000_000);
    a.text = "Line one\nline \"two\"\t\\ and \u{1} \u{7f} \u{1f} é 🎉 </script>".into();
    let mut b = Draft::new("d_2", 5);
    b.title = Some("A title".into());
    b.recipient = Some("Sam".into());
    b.updated = 9;
    b.dismissed = vec!["rule:1".into(), "x".into()];
    b.tags = vec![Tag::CoreEngineering, Tag::TrackIc];
    b.mode = frankly::engine::Mode::CodeReview;
    vec![a, b, Draft::new("e", 0)]
}

#[test]
fn writes_what_serde_json_wrote() {
    let drafts = sample_drafts();
    let export = frankly::state::transfer::export_json(&drafts, 42);
    let file = ExportFile {
        format: "frankly-drafts",
        version: 3,
        exported_at: 42,
        drafts: &drafts,
    };
    assert_eq!(export, serde_json::to_string_pretty(&file).unwrap());
    let stored = Stored {
        version: 3,
        drafts: drafts.clone(),
    };
    let encoded = frankly::state::schema::encode(&drafts);
    assert_eq!(encoded, serde_json::to_string(&stored).unwrap());
    assert_eq!(
        frankly::state::transfer::export_json(&[], 1),
        serde_json::to_string_pretty(&ExportFile {
            format: "frankly-drafts",
            version: 3,
            exported_at: 1,
            drafts: &[],
        })
        .unwrap()
    );
    for set in builtin() {
        #[derive(Serialize)]
        struct SetFile<'a> {
            format: &'a str,
            version: u32,
            set: &'a ExerciseSet,
        }
        let file = SetFile {
            format: "frankly-workshop-set",
            version: 1,
            set: &set,
        };
        assert_eq!(
            frankly::workshop::share::to_json(&set),
            serde_json::to_string_pretty(&file).unwrap()
        );
        assert_eq!(
            json::to_string(&set.to_json()),
            serde_json::to_string(&set).unwrap()
        );
    }
    // Every control character and a few others, as serde_json escapes them.
    let all: String = (0u32..0x100).filter_map(char::from_u32).collect();
    assert_eq!(
        json::to_string(&json::s(&all)),
        serde_json::to_string(&all).unwrap()
    );
    for text in [encoded, export] {
        check(&text);
    }
}

const CASES: &[&str] = &[
    "",
    " ",
    "n",
    "nul",
    "nulx",
    "null",
    "true",
    "tru",
    "false",
    "fals",
    "x",
    "[",
    "]",
    "{",
    "}",
    "[1,]",
    "[1 2]",
    "[,1]",
    "{\"a\":1,}",
    "{\"a\" 1}",
    "{\"a\":}",
    "{1:2}",
    "{\"a\":1 \"b\":2}",
    "{,}",
    "[1,",
    "[1",
    "{\"a\"",
    "{\"a\":1",
    "{\"a\":1,",
    "\"abc",
    "\"a\\",
    "\"a\\x\"",
    "\"\\u12\"",
    "\"\\u12g4\"",
    "\"\\uD800\"",
    "\"\\uD800\\n\"",
    "\"\\uD800\\u0041\"",
    "\"\\uDC00\"",
    "\"\\uD83D\\uDE00\"",
    "\"\\u00e9\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
    "\"\u{1}\"",
    "\"a\nb\"",
    "01",
    "-",
    "-x",
    "-0",
    "-0.0",
    "0.",
    "0.e1",
    "1e",
    "1e+",
    "1e-",
    "1ex",
    "1.5",
    "1.50",
    "1e2",
    "1E2",
    "1e-2",
    "123.456e-7",
    "1e400",
    "-1e400",
    "1e-400",
    "0e99999999999",
    "1e99999999999",
    "1e-99999999999",
    "18446744073709551615",
    "18446744073709551616",
    "184467440737095516150.5",
    "1844674407370955161.5",
    "-9223372036854775808",
    "-9223372036854775809",
    "1.7976931348623157e308",
    "5e-324",
    "1e15",
    "1e16",
    "1e17",
    "123456789012345678",
    "0.0001",
    "0.00001",
    "0.000001",
    "1.0e-5",
    "12345.678e10",
    "3.0",
    "-5",
    "[1] x",
    "1 2",
    "  {\"a\" : [ 1 , 2 ] }  ",
    "{\"a\":1,\"a\":2}",
    "{\"b\":1,\"a\":2}",
    "\n\n  [\n1,\n x]",
    "\r\n{\"k\":\r\nq}",
    "\t",
    "[\"é\", \"🎉\", tru]",
    r#"{"id":"a","text":"t","created":1,"updated":2}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"tags":["track-ic"],"mode":"praise"}"#,
    r#"{"id":"a","text":"t","created":1.5,"updated":2}"#,
    r#"{"id":"a","text":"t","created":-1,"updated":2}"#,
    r#"{"id":"a","text":"t","created":1e20,"updated":2}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"extra":0}"#,
    r#"{"id":"a","text":"t","created":1}"#,
    r#"{"id":null,"text":"t","created":1,"updated":2}"#,
    r#"{"id":"a","title":null,"recipient":null,"text":"t","created":1,"updated":2}"#,
    r#"{"id":"a","title":3,"text":"t","created":1,"updated":2}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":"nope"}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":{"praise":null}}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":{"praise":1}}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":{}}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":{"a":null,"b":null}}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"mode":7}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"tags":"track-ic"}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"tags":[true]}"#,
    r#"{"id":"a","text":"t","created":1,"updated":2,"dismissed":[1]}"#,
    r#"["a",null,"t","praise",null,1,2,[],[]]"#,
    r#"["a",null,"t","praise",null,1,2,[],[],5]"#,
    r#"["a","t"]"#,
    r#"["a"]"#,
    r#"[]"#,
    r#"[["a",null,"t"]]"#,
    r#"{"version":3,"drafts":[]}"#,
    r#"{"version":4294967296,"drafts":[]}"#,
    r#"{"version":-3,"drafts":[]}"#,
    r#"{"version":"3","drafts":{}}"#,
    r#"{"drafts":[]}"#,
    r#"{"version":3,"drafts":[],"x":1}"#,
    r#"[3,[]]"#,
    r#"[3]"#,
    "[3,[],1]",
    r#"{"text":"t","answer":"vague"}"#,
    r#"{"text":"t","answer":"vague","better":"b"}"#,
    r#"{"text":"t","answer":"sure"}"#,
    r#"{"text":"t"}"#,
    r#"{"answer":"fixed"}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":[{"text":"t","answer":"fixed"}]}"#,
    r#"{"id":"s","title":"t","kind":"other","items":[]}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":[{"text":"t","answer":"fixed","x":1}]}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":[{"text":"t","answer":false}]}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":[["t","growth"]]}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":[["t"]]}"#,
    r#"{"id":"s","title":"t","kind":"mindset","items":{"a":1}}"#,
    r#"{"id":"s","title":"t","kind":"mindset"}"#,
];

#[test]
fn reads_and_refuses_what_serde_json_did() {
    for case in CASES {
        check(case);
    }
    let deep = "[".repeat(200);
    check(&deep);
    check(&format!("{}{}", "[".repeat(127), "]".repeat(127)));
    check(&format!("{}{}", "[".repeat(126), "]".repeat(126)));
    check(&format!("{}1{}", "{\"a\":".repeat(130), "}".repeat(130)));
    for f in [
        1.5f64, 0.1, 1e-7, 123456.789, 1e21, 9.999e15, 2.5e-5, 1e300, 4.9e-324,
    ] {
        check(&format!(
            r#"{{"id":{f:e},"text":"t","created":1,"updated":2}}"#
        ));
        check(&format!(
            r#"{{"id":{f},"text":"t","created":1,"updated":2}}"#
        ));
    }
}

/// Mutations (a byte dropped, doubled or changed) of real files, all compared.
#[test]
fn mutated_files_read_the_same() {
    let mut seeds: Vec<String> = vec![
        frankly::state::transfer::export_json(&sample_drafts(), 7),
        frankly::state::schema::encode(&sample_drafts()),
    ];
    for set in builtin().into_iter().take(2) {
        seeds.push(frankly::workshop::share::to_json(&set));
    }
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    let alphabet = b"{}[],:\"\\ 0123456789.eE+-ntfaul\nx";
    for seed in &seeds {
        let bytes = seed.as_bytes();
        for _ in 0..1500 {
            let mut b = bytes.to_vec();
            for _ in 0..1 + next(3) {
                let i = next(b.len());
                match next(3) {
                    0 => {
                        b.remove(i);
                    }
                    1 => b.insert(i, alphabet[next(alphabet.len())]),
                    _ => b[i] = alphabet[next(alphabet.len())],
                }
            }
            if let Ok(text) = String::from_utf8(b) {
                check(&text);
            }
        }
    }
}

/// `json::float` prints floats with its own digit generation (the standard library's float
/// printing was 8.6 KB of the page): the same digits and exponent as `{:e}` on edge cases and
/// on 40,000 others (the layout around them, ".0" or "e+", is compared with serde_json above).
#[test]
fn floats_print_the_shortest_digits_that_read_back() {
    fn oracle(f: f64) -> (Vec<u8>, i32) {
        let sci = format!("{:e}", f.abs());
        let (mantissa, exp) = sci.split_once('e').unwrap();
        let digits = mantissa.bytes().filter(|c| *c != b'.').collect();
        (digits, exp.parse().unwrap())
    }
    let mut cases = vec![
        0.0,
        -0.0,
        1.0,
        1.5,
        0.1,
        0.3,
        1e23,
        5e-324,
        1e-323,
        f64::MIN_POSITIVE,
        f64::MAX,
        -f64::MAX,
        9007199254740993.0,
        123456.789,
        1e21,
        1e22,
        9.999e15,
        2.5e-5,
        1e300,
        0.000001,
        100.0,
        1e16,
        1e17,
    ];
    // 1e23's neighbour below reads back from "1e23"; the largest subnormal.
    for text in ["9.999999999999999e22", "2.2250738585072009e-308"] {
        cases.push(text.parse().unwrap());
    }
    for e in -1074..1024 {
        cases.push(2f64.powi(e));
    }
    for e in -323..309 {
        cases.push(format!("1e{e}").parse().unwrap());
        cases.push(format!("9.5e{e}").parse().unwrap());
    }
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let f = f64::from_bits(x);
        if f.is_finite() {
            cases.push(f);
        }
        // Short decimals too, where ties and carries happen.
        cases.push((x % 100_000) as f64 / 1000.0);
    }
    for f in cases.into_iter().filter(|f| f.is_finite()) {
        assert_eq!(
            json::float::shortest(f.abs()),
            oracle(f),
            "bits {:#x}",
            f.to_bits()
        );
    }
    assert_eq!(json::float(f64::NAN), "null");
    assert_eq!(json::float(-0.0), "-0.0");
    assert_eq!(json::float(1e23), "1e+23");
}
