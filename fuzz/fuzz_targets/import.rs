//! Any bytes as an imported drafts file (and as the stored drafts value): the readers never
//! panic, and whatever they accept survives a round trip through the matching writer.
#![no_main]

use frankly::state::schema::{decode, encode};
use frankly::state::transfer::{export_json, parse_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match parse_import(data) {
        Ok(drafts) => {
            assert!(!drafts.is_empty(), "an accepted import holds drafts");
            let again = parse_import(export_json(&drafts, 0).as_bytes())
                .unwrap_or_else(|e| panic!("re-import of an accepted import failed: {e}"));
            assert_eq!(drafts, again, "export → import changed the drafts");
        }
        Err(e) => {
            // The message is shown to the writer; building it must not panic either.
            let _ = e.to_string();
        }
    }
    if let Ok(raw) = std::str::from_utf8(data) {
        if let Ok(drafts) = decode(raw) {
            let again = decode(&encode(&drafts))
                .unwrap_or_else(|e| panic!("decode of encoded drafts failed: {e}"));
            assert_eq!(drafts, again, "encode → decode changed the drafts");
        }
    }
});
