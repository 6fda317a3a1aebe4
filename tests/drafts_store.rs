//! The drafts store, its stored schema and its import/export, natively (no browser).
use frankly::engine::Mode;
use frankly::state::schema::{self, DecodeError, DRAFTS_KEY, LEGACY_DRAFT_KEY};
use frankly::state::transfer::{self, MAX_IMPORT_BYTES};
use frankly::state::{auto_title, Draft, DraftsStore, ImportError, ImportPolicy, StorageError};

/// Deterministic ids: d1, d2, …
fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("x{n}")
    }
}

/// A store with drafts a (t=10), b (t=20), c (t=30), all saved.
fn three() -> DraftsStore {
    let mut s = DraftsStore::new();
    for (id, t, text) in [
        ("a", 10, "Alpha text"),
        ("b", 20, "Bravo text"),
        ("c", 30, "Charlie text"),
    ] {
        s.create(id, t);
        s.set_text(id, text, t);
    }
    s.mark_saved();
    s
}

fn titles(s: &DraftsStore) -> Vec<String> {
    s.sorted().iter().map(|d| d.display_title()).collect()
}

// ---- create, switch, edit ----

#[test]
fn create_opens_a_blank_draft_and_reuses_a_blank_open_one() {
    let mut s = DraftsStore::new();
    assert_eq!(s.create("a", 1), "a");
    assert_eq!(s.current_id(), Some("a"));
    // Still blank: "New draft" does not pile up empty drafts.
    assert_eq!(s.create("b", 2), "a");
    assert_eq!(s.len(), 1);
    s.set_text("a", "Hello", 3);
    assert_eq!(s.create("b", 4), "b");
    assert_eq!(s.len(), 2);
    assert_eq!(s.current().unwrap().text, "");
}

#[test]
fn edits_bump_updated_only_when_something_changes() {
    let mut s = DraftsStore::new();
    s.create("a", 1);
    assert!(s.set_text("a", "Hi", 5));
    assert!(!s.set_text("a", "Hi", 9));
    assert_eq!(s.get("a").unwrap().updated, 5);
    assert!(s.set_mode("a", Mode::Praise, 6));
    assert!(s.set_recipient("a", "Sam", 7));
    assert!(s.set_dismissed("a", &["rule\u{1f}x".to_string()], 8));
    let d = s.get("a").unwrap();
    assert_eq!(
        (d.mode, d.recipient.as_deref(), d.updated),
        (Mode::Praise, Some("Sam"), 8)
    );
    assert!(s.set_recipient("a", "  ", 9));
    assert_eq!(s.get("a").unwrap().recipient, None);
    assert!(!s.set_text("missing", "x", 10));
}

#[test]
fn sorted_puts_the_last_edited_first_and_search_filters() {
    let mut s = three();
    assert_eq!(titles(&s), ["Charlie text", "Bravo text", "Alpha text"]);
    s.set_text("a", "Alpha text, edited", 40);
    assert_eq!(titles(&s)[0], "Alpha text, edited");
    s.set_recipient("b", "Priya", 41);
    let found: Vec<&str> = s.search("priya").iter().map(|d| d.id.as_str()).collect();
    assert_eq!(found, ["b"]);
    let found: Vec<&str> = s
        .search("TEXT alpha")
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(found, ["a"]);
    assert_eq!(s.search("").len(), 3);
    assert!(s.search("zebra").is_empty());
}

#[test]
fn switching_keeps_each_drafts_own_text_and_settings() {
    let mut s = three();
    s.select("a");
    s.set_mode("a", Mode::CodeReview, 50);
    assert!(s.select("b"));
    assert_eq!(s.current().unwrap().mode, Mode::PerformanceReview);
    assert!(s.select("a"));
    assert_eq!(s.current().unwrap().mode, Mode::CodeReview);
    assert!(!s.select("nope"));
    assert_eq!(s.current_id(), Some("a"));
}

// ---- rename ----

#[test]
fn title_defaults_to_the_first_words_and_rename_overrides_it() {
    assert_eq!(
        auto_title("  In Tuesday's stand-up you summarised the outage clearly. "),
        Some("In Tuesday's stand-up you summarised the…".to_string())
    );
    assert_eq!(auto_title("Short one"), Some("Short one".to_string()));
    // A cut after a full stop never ends in ".…".
    assert_eq!(
        auto_title("Thanks for the launch plan today. More words follow here"),
        Some("Thanks for the launch plan today…".to_string())
    );
    assert_eq!(auto_title(" \n "), None);
    let long = "Supercalifragilisticexpialidocious-and-then-some-more-words-joined-by-dashes";
    assert!(auto_title(long).unwrap().chars().count() <= 49);

    let mut s = three();
    assert!(s.rename("a", "Q3 review for Sam", 50));
    assert_eq!(s.get("a").unwrap().display_title(), "Q3 review for Sam");
    assert_eq!(s.get("a").unwrap().updated, 50);
    // Clearing the title goes back to the automatic one.
    assert!(s.rename("a", "   ", 51));
    assert_eq!(s.get("a").unwrap().display_title(), "Alpha text");
    assert_eq!(Draft::new("z", 0).display_title(), "Untitled draft");
}

// ---- delete and undo ----

#[test]
fn delete_opens_the_last_edited_remaining_draft_and_undo_brings_it_back() {
    let mut s = three();
    s.select("c");
    assert_eq!(s.delete("c").as_deref(), Some("Charlie text"));
    assert_eq!(s.len(), 2);
    assert_eq!(s.current_id(), Some("b"));
    assert!(s.has_unsaved(), "a delete is a change to save");
    assert_eq!(s.deleted_title().as_deref(), Some("Charlie text"));
    assert_eq!(s.undo_delete().as_deref(), Some("c"));
    assert_eq!(s.current_id(), Some("c"));
    assert_eq!(s.get("c").unwrap().text, "Charlie text");
    assert!(!s.has_unsaved(), "undo restores exactly what was saved");
    assert_eq!(s.undo_delete(), None);
}

#[test]
fn deleting_the_last_draft_leaves_none_open_until_ensure_current() {
    let mut s = DraftsStore::new();
    s.create("a", 1);
    s.set_text("a", "only", 2);
    s.delete("a");
    assert_eq!(s.current_id(), None);
    let mut next = ids();
    assert_eq!(s.ensure_current(&mut next, 3), "x1");
    assert!(s.current().unwrap().is_blank());
    assert!(s.undo_delete().is_some());
}

#[test]
fn blank_drafts_are_not_saved_and_do_not_count_as_unsaved() {
    let mut s = three();
    s.create("blank", 99);
    assert_eq!(s.len(), 4);
    assert_eq!(s.persistable().len(), 3);
    assert!(!s.has_unsaved());
    s.set_text("blank", "x", 100);
    assert!(s.has_unsaved());
    assert_eq!(s.unsaved_ids(), ["blank"]);
    s.mark_saved();
    assert!(!s.has_unsaved());
}

// ---- schema: round trip, migration, corrupt input ----

#[test]
fn encode_then_decode_round_trips_every_field() {
    let mut s = three();
    s.rename("a", "Titled", 50);
    s.set_mode("b", Mode::PeerFeedback, 51);
    s.set_recipient("b", "Ana", 52);
    s.set_dismissed("c", &["hedge\u{1f}maybe".to_string()], 53);
    let raw = schema::encode(&s.persistable());
    assert!(raw.starts_with(r#"{"version":3,"drafts":["#), "{raw}");
    assert_eq!(schema::decode(&raw).unwrap(), s.persistable());
}

#[test]
fn the_first_releases_single_draft_becomes_the_first_draft() {
    // v1 stored the text as a JSON string under frankly.v1.draft.
    let legacy = serde_json::to_string("Thanks for the \"careful\" review\nof #42.").unwrap();
    let plan = schema::plan_load(None, Some(&legacy), || "m1".into(), 1_700_000_000_000);
    assert!(plan.migrated_legacy);
    assert_eq!(plan.unreadable, None);
    assert_eq!(plan.drafts.len(), 1);
    let d = &plan.drafts[0];
    assert_eq!(
        (d.id.as_str(), d.text.as_str()),
        ("m1", "Thanks for the \"careful\" review\nof #42.")
    );
    assert_eq!(
        (d.created, d.updated, d.mode),
        (
            1_700_000_000_000,
            1_700_000_000_000,
            Mode::PerformanceReview
        )
    );

    // An empty legacy draft migrates to nothing; the v2 key wins over the legacy one.
    assert!(schema::plan_load(None, Some(r#""""#), || "m".into(), 1)
        .drafts
        .is_empty());
    let v2 = schema::encode(&three().persistable());
    let plan = schema::plan_load(Some(&v2), Some(&legacy), || "m".into(), 1);
    assert_eq!((plan.drafts.len(), plan.migrated_legacy), (3, false));
}

#[test]
fn an_unreadable_legacy_value_is_reported_not_dropped() {
    let plan = schema::plan_load(None, Some("{not json"), || "m".into(), 1);
    let (key, err) = plan.unreadable.unwrap();
    assert_eq!(key, LEGACY_DRAFT_KEY);
    assert!(matches!(err, DecodeError::NotJson(_)));
    let plan = schema::plan_load(None, Some("42"), || "m".into(), 1);
    assert!(matches!(
        plan.unreadable,
        Some((_, DecodeError::WrongShape(_)))
    ));
}

#[test]
fn corrupt_or_unknown_stored_drafts_are_refused_with_a_reason() {
    for (raw, expect) in [
        ("{\"version\":2,\"drafts\":[{\"id\":\"a\"", "json"),
        ("<html>", "json"),
        ("[1,2,3]", "shape"),
        ("{\"drafts\":[]}", "shape"),
        ("{\"version\":1,\"drafts\":[]}", "shape"),
        ("{\"version\":2,\"drafts\":[{\"id\":\"a\",\"text\":5,\"created\":1,\"updated\":1}]}", "shape"),
        ("{\"version\":2,\"drafts\":[{\"id\":\"a\",\"text\":\"\",\"mode\":\"rant\",\"created\":1,\"updated\":1}]}", "shape"),
        ("{\"version\":9,\"drafts\":[]}", "newer"),
    ] {
        let err = schema::decode(raw).unwrap_err();
        let kind = match err {
            DecodeError::NotJson(_) => "json",
            DecodeError::WrongShape(_) => "shape",
            DecodeError::NewerVersion(_) => "newer",
        };
        assert_eq!(kind, expect, "{raw}");
    }
    let twice = r#"{"version":2,"drafts":[{"id":"a","text":"","created":1,"updated":1},{"id":"a","text":"","created":1,"updated":1}]}"#;
    assert!(schema::decode(twice).is_err());

    let plan = schema::plan_load(Some("garbage"), None, || "m".into(), 5);
    assert_eq!(plan.drafts, []);
    assert_eq!(
        plan.unreadable.as_ref().map(|(k, _)| k.as_str()),
        Some(DRAFTS_KEY)
    );
}

#[test]
fn backup_keys_never_overwrite_an_existing_backup() {
    assert_eq!(schema::backup_key(77, |_| false), "frankly.backup.77");
    let taken = ["frankly.backup.77", "frankly.backup.77-2"];
    assert_eq!(
        schema::backup_key(77, |k| taken.contains(&k)),
        "frankly.backup.77-3"
    );
}

#[test]
fn storage_errors_say_what_to_do() {
    let corrupt = StorageError::Corrupt {
        key: DRAFTS_KEY.into(),
        backup_key: Some("frankly.backup.5".into()),
        reason: DecodeError::NotJson("eof".into()),
    };
    assert!(corrupt.to_string().contains("frankly.backup.5"));
    assert!(!corrupt.offers_export());
    assert!(StorageError::QuotaExceeded.to_string().contains("export"));
    assert!(StorageError::QuotaExceeded.offers_export());
    assert!(StorageError::Unavailable.to_string().contains("export"));
}

// ---- two tabs: merging what the other tab saved ----

/// Tab `mine` and another tab both loaded `base`; returns what the other tab then saved.
fn other_tab_saves(base: &DraftsStore, change: impl FnOnce(&mut DraftsStore)) -> Vec<Draft> {
    let mut other = base.clone();
    change(&mut other);
    other.persistable()
}

#[test]
fn merge_takes_the_other_tabs_edit_when_we_had_none() {
    let mut mine = three();
    mine.select("a");
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("a", "Alpha, rewritten elsewhere", 60);
    });
    let report = mine.merge(remote, ids());
    assert!(report.conflict_copies.is_empty());
    assert!(
        report.current_changed,
        "the open draft changed: the editor reloads it"
    );
    assert_eq!(mine.get("a").unwrap().text, "Alpha, rewritten elsewhere");
    assert!(!mine.has_unsaved());
}

#[test]
fn merge_keeps_our_unsaved_edit_when_the_other_tab_did_not_touch_that_draft() {
    let mut mine = three();
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("b", "Bravo elsewhere", 60);
    });
    mine.set_text("a", "Alpha here", 61);
    let report = mine.merge(remote, ids());
    assert!(report.conflict_copies.is_empty());
    assert_eq!(mine.get("a").unwrap().text, "Alpha here");
    assert_eq!(mine.get("b").unwrap().text, "Bravo elsewhere");
    assert_eq!(mine.unsaved_ids(), ["a"], "our edit still needs saving");
}

#[test]
fn merge_of_concurrent_edits_to_one_draft_keeps_both_texts() {
    let mut mine = three();
    mine.select("a");
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("a", "Their version", 60);
    });
    mine.set_text("a", "My version", 61);
    let report = mine.merge(remote, ids());
    assert_eq!(report.conflict_copies, ["Their version (conflict copy)"]);
    assert!(!report.current_changed, "our text stays in the editor");
    assert_eq!(mine.get("a").unwrap().text, "My version");
    let copy = mine.get("x1").unwrap();
    assert_eq!(copy.text, "Their version");
    assert_eq!(mine.len(), 4);
    // Both ours and the copy get saved.
    let mut unsaved = mine.unsaved_ids();
    unsaved.sort();
    assert_eq!(unsaved, ["a", "x1"]);
}

#[test]
fn merge_does_not_copy_a_text_we_already_keep() {
    let mut mine = three();
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("a", "Their version", 60);
    });
    mine.set_text("a", "My version", 61);
    mine.merge(remote.clone(), ids());
    assert_eq!(mine.len(), 4);
    // The same remote state arrives again (e.g. re-read before our save): no second copy.
    mine.set_text("a", "My version, longer", 62);
    let mut again = remote;
    again.iter_mut().find(|d| d.id == "a").unwrap().updated = 63;
    mine.merge(again, ids());
    assert_eq!(mine.len(), 4);
}

#[test]
fn the_other_tab_typing_on_updates_one_conflict_copy() {
    let mut mine = three();
    let base = mine.clone();
    mine.set_text("a", "Mine", 60);
    // The other tab saves twice while typing.
    mine.merge(
        other_tab_saves(&base, |o| {
            o.set_text("a", "Theirs, half", 61);
        }),
        ids(),
    );
    let report = mine.merge(
        other_tab_saves(&base, |o| {
            o.set_text("a", "Theirs, half done", 62);
        }),
        ids(),
    );
    assert!(
        report.conflict_copies.is_empty(),
        "no second copy, no second notice"
    );
    assert_eq!(mine.len(), 4);
    assert_eq!(mine.get("x1").unwrap().text, "Theirs, half done");
    assert_eq!(mine.get("a").unwrap().text, "Mine");
    // Once we edit the copy, a later conflict gets a new one rather than overwriting our edit.
    mine.set_text("x1", "Theirs, half done, and my note", 63);
    let report = mine.merge(
        other_tab_saves(&base, |o| {
            o.set_text("a", "Theirs, all done", 64);
        }),
        ids(),
    );
    assert_eq!(report.conflict_copies.len(), 1);
    assert_eq!(mine.len(), 5);
}

#[test]
fn merge_with_the_same_text_on_both_sides_is_not_a_conflict() {
    let mut mine = three();
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("a", "Same", 60);
    });
    mine.set_text("a", "Same", 61);
    assert!(mine.merge(remote, ids()).conflict_copies.is_empty());
    assert_eq!(mine.len(), 3);
}

#[test]
fn merge_adds_new_drafts_and_follows_deletes_unless_we_edited_the_draft() {
    let mut mine = three();
    mine.select("c");
    let remote = other_tab_saves(&mine, |o| {
        o.delete("b");
        o.delete("c");
        o.create("n", 70);
        o.set_text("n", "New elsewhere", 70);
    });
    mine.set_text("b", "Bravo, edited here", 65);
    let report = mine.merge(remote, ids());
    assert_eq!(mine.get("n").unwrap().text, "New elsewhere");
    assert_eq!(
        mine.get("b").unwrap().text,
        "Bravo, edited here",
        "our edit outlives their delete"
    );
    assert!(
        mine.get("c").is_none(),
        "unedited, deleted over there: gone here too"
    );
    assert!(report.current_changed);
    assert_eq!(mine.current_id(), None);
}

#[test]
fn merge_does_not_resurrect_our_delete_unless_they_edited_it() {
    let mut mine = three();
    let remote = other_tab_saves(&mine, |_| {});
    mine.delete("a");
    mine.merge(remote, ids());
    assert!(mine.get("a").is_none());

    let mut mine = three();
    let remote = other_tab_saves(&mine, |o| {
        o.set_text("a", "Edited elsewhere", 90);
    });
    mine.delete("a");
    mine.merge(remote, ids());
    assert_eq!(mine.get("a").unwrap().text, "Edited elsewhere");
}

#[test]
fn merge_keeps_our_new_unsaved_draft_and_an_emptied_storage_keeps_unsaved_work() {
    let mut mine = three();
    mine.create("fresh", 80);
    mine.set_text("fresh", "Not saved yet", 80);
    mine.set_text("a", "Edited, not saved", 81);
    // The other tab deleted everything.
    mine.merge(Vec::new(), ids());
    let mut left: Vec<&str> = mine.drafts().iter().map(|d| d.id.as_str()).collect();
    left.sort();
    assert_eq!(left, ["a", "fresh"]);
}

// ---- export and import ----

#[test]
fn export_then_import_round_trips_all_drafts() {
    let mut s = three();
    s.set_recipient("a", "Sam", 50);
    s.set_mode("b", Mode::Praise, 51);
    let json = transfer::export_json(&s.persistable(), 99);
    let back = transfer::parse_import(json.as_bytes()).unwrap();
    assert_eq!(back, s.persistable());

    let mut fresh = DraftsStore::new();
    let report = fresh.import(back, ImportPolicy::Replace, ids());
    assert_eq!((report.added, report.replaced), (3, 0));
    assert_eq!(fresh.persistable(), s.persistable());
    assert!(fresh.has_unsaved(), "imported drafts get saved");
}

#[test]
fn import_over_existing_ids_replaces_or_keeps_both() {
    let mut s = three();
    let mut incoming = s.persistable();
    incoming[0].text = "Imported".into();
    assert_eq!(s.clashing_ids(&incoming).len(), 3);

    let mut replace = s.clone();
    let r = replace.import(incoming.clone(), ImportPolicy::Replace, ids());
    assert_eq!((r.added, r.replaced, replace.len()), (0, 3, 3));
    assert_eq!(replace.get(&incoming[0].id).unwrap().text, "Imported");

    let r = s.import(incoming, ImportPolicy::KeepBoth, ids());
    assert_eq!((r.added, r.replaced, s.len()), (3, 0, 6));
}

fn import_err(bytes: &[u8]) -> ImportError {
    transfer::parse_import(bytes).unwrap_err()
}

#[test]
fn malformed_or_hostile_imports_are_refused_with_a_clear_reason() {
    let good = transfer::export_json(&three().persistable(), 1);
    assert!(matches!(
        import_err(b"\xff\xfe\x00garbage"),
        ImportError::NotUtf8
    ));
    assert!(matches!(
        import_err(b"{\"format\":"),
        ImportError::NotJson(_)
    ));
    assert!(matches!(import_err(b"[]"), ImportError::NotAnExport));
    assert!(matches!(
        import_err(br#"{"version":2,"drafts":[]}"#),
        ImportError::NotAnExport
    ));
    assert!(matches!(
        import_err(br#"{"format":"frankly-drafts","version":7,"exported_at":1,"drafts":[]}"#),
        ImportError::NewerVersion(7)
    ));
    assert!(matches!(
        import_err(br#"{"format":"frankly-drafts","version":2,"exported_at":1,"drafts":[]}"#),
        ImportError::NoDrafts
    ));
    // Wrong types.
    let wrong = good.replacen("\"text\": \"Charlie text\"", "\"text\": 42", 1);
    assert_ne!(wrong, good);
    assert!(matches!(
        import_err(wrong.as_bytes()),
        ImportError::Invalid(_)
    ));
    // Prototype pollution, at the top or nested.
    let polluted = good.replacen(
        "\"format\"",
        "\"__proto__\": {\"admin\": true}, \"format\"",
        1,
    );
    assert_eq!(
        import_err(polluted.as_bytes()),
        ImportError::ForbiddenKey("__proto__".into())
    );
    let nested = good.replacen("\"id\":", "\"constructor\": {\"prototype\": 1}, \"id\":", 1);
    assert!(matches!(
        import_err(nested.as_bytes()),
        ImportError::ForbiddenKey(_)
    ));
    // Unknown fields, bad ids, duplicate ids, impossible times.
    let extra = good.replacen("\"id\":", "\"owner\": \"x\", \"id\":", 1);
    assert!(matches!(
        import_err(extra.as_bytes()),
        ImportError::Invalid(_)
    ));
    let bad_id = good.replacen("\"id\": \"c\"", "\"id\": \"<script>\"", 1);
    assert!(matches!(
        import_err(bad_id.as_bytes()),
        ImportError::Invalid(_)
    ));
    let dup = good.replace("\"id\": \"b\"", "\"id\": \"a\"");
    assert!(matches!(
        import_err(dup.as_bytes()),
        ImportError::Invalid(_)
    ));
    // Too large, before anything is parsed.
    let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert!(matches!(import_err(&huge), ImportError::TooLarge { .. }));
    // Every error says nothing was imported.
    assert!(import_err(b"[]")
        .to_string()
        .contains("Nothing was imported"));
    assert!(import_err(b"{\"format\":")
        .to_string()
        .starts_with("This file is not a Frankly export (it is not JSON)"));
}

#[test]
fn one_draft_exports_as_markdown_and_plain_text() {
    let mut s = DraftsStore::new();
    s.create("a", 1);
    s.set_text("a", "You shipped the fix on Friday.\n\nThank you.\n\n", 2);
    s.set_recipient("a", "Sam", 3);
    s.set_mode("a", Mode::Praise, 4);
    let d = s.get("a").unwrap();
    assert_eq!(
        transfer::to_markdown(d),
        "# You shipped the fix on Friday…\n\n_For: Sam · Praise_\n\nYou shipped the fix on Friday.\n\nThank you.\n"
    );
    assert_eq!(
        transfer::to_plain_text(d),
        "You shipped the fix on Friday.\n\nThank you.\n"
    );
    assert_eq!(transfer::file_stem(d), "you-shipped-the-fix-on-friday");
    assert_eq!(transfer::file_stem(&Draft::new("z", 0)), "untitled-draft");
}
