//! Competency and track tags on drafts: schema 3, the migration from schema 2, filtering, and
//! import of files from either schema.
use frankly::state::schema::{self, DecodeError, SCHEMA_VERSION};
use frankly::state::transfer;
use frankly::state::{DraftsStore, ImportError, Tag, TagGroup};

/// A value exactly as Frankly 2 wrote it (schema 2, no tags).
const V2: &str = r#"{"version":2,"drafts":[{"id":"a","title":"For Ana","text":"Thanks for the review.","mode":"peer-feedback","recipient":"Ana","created":10,"updated":20,"dismissed":["k"]},{"id":"b","text":"Second","mode":"performance-review","created":11,"updated":12}]}"#;

fn store() -> DraftsStore {
    let mut s = DraftsStore::from_saved(schema::decode(V2).unwrap(), Some("a".into()));
    s.set_text("b", "Second draft", 30);
    s.create_with_text("c", Some("Monthly with Sam"), "Opening: [how are you]", 40);
    s
}

#[test]
fn schema_2_data_loads_with_empty_tags_and_every_other_field_kept() {
    assert_eq!(SCHEMA_VERSION, 3);
    let drafts = schema::decode(V2).unwrap();
    assert_eq!(drafts.len(), 2);
    let a = &drafts[0];
    assert_eq!(a.title.as_deref(), Some("For Ana"));
    assert_eq!(a.recipient.as_deref(), Some("Ana"));
    assert_eq!((a.created, a.updated), (10, 20));
    assert_eq!(a.dismissed, ["k"]);
    assert!(drafts.iter().all(|d| d.tags.is_empty()));
    // Saving writes schema 3 with an explicit empty list; that reads back the same.
    let raw = schema::encode(&drafts);
    assert!(raw.starts_with(r#"{"version":3,"#), "{raw}");
    assert!(raw.contains(r#""tags":[]"#), "{raw}");
    assert_eq!(schema::decode(&raw).unwrap(), drafts);
    // The load plan (what start-up does) reads schema 2 the same way.
    let plan = schema::plan_load(Some(V2), None, || "n".into(), 1);
    assert_eq!((plan.drafts, plan.unreadable), (drafts, None));
}

#[test]
fn tags_round_trip_sorted_and_once() {
    let mut s = store();
    assert!(s.set_tags(
        "a",
        &[
            Tag::TrackManagement,
            Tag::PeopleDevelopment,
            Tag::TrackManagement
        ],
        50
    ));
    assert_eq!(
        s.get("a").unwrap().tags,
        [Tag::PeopleDevelopment, Tag::TrackManagement]
    );
    assert!(
        !s.set_tags("a", &[Tag::TrackManagement, Tag::PeopleDevelopment], 51),
        "no change"
    );
    assert_eq!(s.get("a").unwrap().updated, 50);
    let raw = schema::encode(&s.persistable());
    assert!(
        raw.contains(r#""tags":["people-development","track-management"]"#),
        "{raw}"
    );
    assert_eq!(schema::decode(&raw).unwrap(), s.persistable());
}

#[test]
fn bad_tags_are_refused_with_a_reason() {
    for raw in [
        r#"{"version":3,"drafts":[{"id":"a","text":"x","created":1,"updated":1,"tags":["rockstar"]}]}"#,
        r#"{"version":3,"drafts":[{"id":"a","text":"x","created":1,"updated":1,"tags":"track-ic"}]}"#,
        r#"{"version":3,"drafts":[{"id":"a","text":"x","created":1,"updated":1,"tags":["track-ic","core-engineering"]}]}"#,
        r#"{"version":3,"drafts":[{"id":"a","text":"x","created":1,"updated":1,"tags":["track-ic","track-ic"]}]}"#,
        // Schema 2 never had tags: a value claiming both was not written by Frankly.
        r#"{"version":2,"drafts":[{"id":"a","text":"x","created":1,"updated":1,"tags":[]}]}"#,
        r#"{"version":2,"drafts":[5]}"#,
        r#"{"version":2,"drafts":{}}"#,
    ] {
        assert!(
            matches!(schema::decode(raw), Err(DecodeError::WrongShape(_))),
            "{raw}"
        );
    }
    assert!(matches!(
        schema::decode(r#"{"version":4,"drafts":[]}"#),
        Err(DecodeError::NewerVersion(4))
    ));
}

#[test]
fn toggle_filter_and_count_by_tag() {
    let mut s = store();
    s.toggle_tag("a", Tag::CommunicationAndInfluence, 50);
    s.toggle_tag("a", Tag::TrackIc, 51);
    s.toggle_tag("b", Tag::TrackIc, 52);
    s.toggle_tag("c", Tag::PeopleDevelopment, 53);
    s.toggle_tag("c", Tag::PeopleDevelopment, 54);
    assert!(s.get("c").unwrap().tags.is_empty(), "toggled off again");
    assert!(!s.toggle_tag("zzz", Tag::TrackIc, 55));

    let ids =
        |v: Vec<&frankly::state::Draft>| v.into_iter().map(|d| d.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(s.filter("", &[])), ["c", "b", "a"]);
    assert_eq!(ids(s.filter("", &[Tag::TrackIc])), ["b", "a"]);
    assert_eq!(
        ids(s.filter("", &[Tag::TrackIc, Tag::CommunicationAndInfluence])),
        ["a"]
    );
    assert_eq!(ids(s.filter("second", &[Tag::TrackIc])), ["b"]);
    assert!(s.filter("", &[Tag::StrategicThinking]).is_empty());
    let counts = s.tag_counts();
    assert_eq!(counts.len(), Tag::ALL.len());
    assert!(counts.contains(&(Tag::TrackIc, 2)));
    assert!(counts.contains(&(Tag::StrategicThinking, 0)));
}

#[test]
fn a_blank_draft_with_only_tags_is_worth_keeping() {
    let mut s = DraftsStore::new();
    let id = s.create("n", 1);
    assert!(s.persistable().is_empty());
    s.toggle_tag(&id, Tag::TrackManagement, 2);
    assert_eq!(s.persistable().len(), 1);
}

#[test]
fn templates_open_as_new_drafts_with_their_title() {
    let s = store();
    assert_eq!(s.current_id(), Some("c"));
    let c = s.get("c").unwrap();
    assert_eq!(
        (c.display_title().as_str(), c.text.as_str()),
        ("Monthly with Sam", "Opening: [how are you]")
    );
}

#[test]
fn imports_read_schema_2_and_3_files() {
    let s = store();
    let v3 = transfer::export_json(&s.persistable(), 99);
    assert!(v3.contains("\"version\": 3"), "{v3}");
    assert_eq!(
        transfer::parse_import(v3.as_bytes()).unwrap(),
        s.persistable()
    );

    let v2 = r#"{"format":"frankly-drafts","version":2,"exported_at":1,"drafts":[{"id":"a","text":"Old","created":1,"updated":2}]}"#;
    let drafts = transfer::parse_import(v2.as_bytes()).unwrap();
    assert_eq!((drafts[0].text.as_str(), drafts[0].tags.len()), ("Old", 0));

    for bad in [
        r#"{"format":"frankly-drafts","version":2,"exported_at":1,"drafts":[{"id":"a","text":"x","created":1,"updated":2,"tags":[]}]}"#,
        r#"{"format":"frankly-drafts","version":3,"exported_at":1,"drafts":[{"id":"a","text":"x","created":1,"updated":2,"tags":["ninja"]}]}"#,
        r#"{"format":"frankly-drafts","version":3,"exported_at":1,"drafts":[{"id":"a","text":"x","created":1,"updated":2,"tags":["track-ic","track-ic"]}]}"#,
        r#"{"format":"frankly-drafts","version":1,"exported_at":1,"drafts":[{"id":"a","text":"x","created":1,"updated":2}]}"#,
    ] {
        assert!(
            matches!(
                transfer::parse_import(bad.as_bytes()),
                Err(ImportError::Invalid(_))
            ),
            "{bad}"
        );
    }
}

#[test]
fn markdown_export_names_the_tags() {
    let mut s = store();
    s.set_tags("a", &[Tag::TrackIc, Tag::CoreEngineering], 60);
    let md = transfer::to_markdown(s.get("a").unwrap());
    assert!(
        md.contains("_For: Ana · Peer feedback · Core engineering · IC track_"),
        "{md}"
    );
}

#[test]
fn every_tag_has_an_id_label_and_group() {
    for t in Tag::ALL {
        assert_eq!(Tag::from_id(t.id()), Some(t));
        assert!(!t.label().is_empty() && !t.covers().is_empty());
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            format!("\"{}\"", t.id())
        );
    }
    let tracks: Vec<Tag> = Tag::ALL
        .into_iter()
        .filter(|t| t.group() == TagGroup::Track)
        .collect();
    assert_eq!(tracks, [Tag::TrackIc, Tag::TrackManagement]);
}
