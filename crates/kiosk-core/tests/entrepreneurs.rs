//! Entrepreneurs over a real SQLite file: registering in Hindi, only the last 4 Aadhaar
//! digits on disk, the edit history, possible duplicates, stale edits, erasure to a
//! tombstone (photo file and check-ins gone), check-ins and the programme dashboard on
//! a small data set with known answers. Every change has its outbox row.

use std::io::Cursor;
use std::path::Path;

use kiosk_core::catalog::eligibility::{Caste, Gender};
use kiosk_core::people::entrepreneurs::{
    self as entrepreneurs, CheckInInput, DuplicateReason, HistoryAction, Registration, Stage,
};
use kiosk_core::{photos, Error, Store};

const AADHAAR: &str = "2345 6789 0124";

#[path = "common/kiosk.rs"]
mod common_kiosk;
use common_kiosk::kiosk;

fn sunita() -> Registration {
    Registration {
        full_name: "सुनीता देवी".into(),
        gender: Gender::Female,
        birth_date: None,
        age: Some(30),
        mobile: "+91 98765 43210".into(),
        village: "बड़ोदिया".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: Some(Caste::Obc),
        education: "class_10".into(),
        shg_member: true,
        sector: "dairy".into(),
        idea: "दो भैंस लेकर दूध बेचना".into(),
        stage: Stage::Idea,
        bank_account: true,
        aadhaar: None,
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

fn person(name: &str, village: &str, mobile: &str) -> Registration {
    Registration {
        full_name: name.into(),
        village: village.into(),
        mobile: mobile.into(),
        ..sunita()
    }
}

fn visit(date: &str, stage: Stage, people: i64) -> CheckInInput {
    CheckInInput {
        date: date.into(),
        stage,
        note: String::new(),
        training_done: false,
        loan_applied_amount: None,
        loan_sanctioned_amount: None,
        loan_source: None,
        monthly_revenue: None,
        people_employed: people,
    }
}

/// (kind, record id, version, body) of every outbox row, in order.
fn outbox(store: &Store) -> Vec<(String, String, i64, serde_json::Value)> {
    store
        .read(|c| {
            let mut stmt =
                c.prepare("SELECT kind, record_id, version, body FROM outbox ORDER BY seq")?;
            let rows = stmt.query_map([], |r| {
                let body: String = r.get(3)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    serde_json::from_str(&body).unwrap_or_default(),
                ))
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .expect("outbox")
}

fn outbox_row(store: &Store, id: &str, version: i64) -> Option<(String, serde_json::Value)> {
    outbox(store)
        .into_iter()
        .find(|(_, record, v, _)| record == id && *v == version)
        .map(|(kind, _, _, body)| (kind, body))
}

/// The database file and its write-ahead log, as bytes on disk.
fn raw_bytes(dir: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(dir.join("kiosk.sqlite3")).expect("db file");
    if let Ok(wal) = std::fs::read(dir.join("kiosk.sqlite3-wal")) {
        bytes.extend(wal);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn code<T: std::fmt::Debug>(result: kiosk_core::Result<T>) -> &'static str {
    result.expect_err("refused").code()
}

fn png() -> Vec<u8> {
    png_of(90)
}

/// A small PNG; a different `blue` gives a different photo.
fn png_of(blue: u8) -> Vec<u8> {
    let image =
        image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, blue]));
    let mut bytes = Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode");
    bytes.into_inner()
}

#[test]
fn a_person_registered_in_hindi_reads_back_identical_with_its_outbox_row() {
    let k = kiosk();
    let saved = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let profile = saved.profile.clone().expect("live");
    assert_eq!(profile.full_name, "सुनीता देवी");
    assert_eq!(profile.village, "बड़ोदिया");
    assert_eq!(profile.idea, "दो भैंस लेकर दूध बेचना");
    assert_eq!(profile.mobile, "9876543210", "normalised");
    assert_eq!(profile.age_at_registration, 30);
    assert_eq!(saved.version, 1);
    assert_eq!(saved.consent.by, k.operator.id);
    assert_eq!(saved.consent.version, entrepreneurs::notice().version);
    assert_eq!(saved.registered_by, k.operator.id);
    assert!(uuid::Uuid::parse_str(&saved.id).is_ok_and(|u| u.get_version_num() == 7));

    let read = entrepreneurs::get(&k.store, &saved.id).expect("read back");
    assert_eq!(read, saved);
    let (kind, body) = outbox_row(&k.store, &saved.id, 1).expect("outbox row");
    assert_eq!(kind, "entrepreneur");
    assert_eq!(body, serde_json::to_value(&saved).expect("json"));

    let history = entrepreneurs::history(&k.store, &saved.id).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, HistoryAction::Registered);
    assert_eq!(history[0].operator_name.as_deref(), Some("Priya Operator"));
    assert!(history[0].fields.contains(&"full_name".to_string()));
    assert!(!history[0].fields.contains(&"aadhaar".to_string()));
}

#[test]
fn only_the_last_four_aadhaar_digits_reach_the_disk() {
    let k = kiosk();
    let form = Registration {
        aadhaar: Some(AADHAAR.into()),
        ..sunita()
    };
    let saved = entrepreneurs::register(&k.store, &k.operator, &form).expect("registered");
    let profile = saved.profile.expect("live");
    assert_eq!(profile.aadhaar_last4.as_deref(), Some("0124"));
    let bytes = raw_bytes(k.dir.path());
    assert!(
        contains(&bytes, "सुनीता देवी"),
        "the search must see committed rows"
    );
    for typed in ["234567890124", "2345 6789 0124", "2345678901", "56789012"] {
        assert!(!contains(&bytes, typed), "{typed} is in the database file");
    }
    let outbox = serde_json::to_string(&outbox(&k.store)).expect("json");
    assert!(!outbox.contains("23456789"), "{outbox}");
    assert!(
        !format!("{form:?}").contains("2345"),
        "Debug shows the Aadhaar"
    );

    // An edit without a typed number keeps the 4 digits; a blank one removes them.
    let kept = entrepreneurs::update(
        &k.store,
        &k.operator,
        &saved.id,
        1,
        &Registration {
            stage: Stage::Training,
            ..sunita()
        },
    )
    .expect("edited");
    assert_eq!(
        kept.profile.and_then(|p| p.aadhaar_last4).as_deref(),
        Some("0124")
    );
    let removed = entrepreneurs::update(
        &k.store,
        &k.operator,
        &saved.id,
        2,
        &Registration {
            stage: Stage::Training,
            aadhaar: Some(" ".into()),
            ..sunita()
        },
    )
    .expect("edited");
    assert_eq!(removed.profile.and_then(|p| p.aadhaar_last4), None);
}

#[test]
fn edits_keep_a_history_of_field_names_and_a_no_change_save_writes_nothing() {
    let k = kiosk();
    let saved = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let edit = Registration {
        mobile: "98270 12345".into(),
        stage: Stage::Training,
        ..sunita()
    };
    let edited = entrepreneurs::update(&k.store, &k.admin, &saved.id, 1, &edit).expect("edited");
    assert_eq!(edited.version, 2);
    assert_eq!(edited.registered_at, saved.registered_at);
    assert_eq!(edited.consent, saved.consent, "same notice: consent kept");
    let (kind, body) = outbox_row(&k.store, &saved.id, 2).expect("outbox v2");
    assert_eq!(kind, "entrepreneur");
    assert_eq!(body, serde_json::to_value(&edited).expect("json"));

    let rows_before = outbox(&k.store).len();
    let same = entrepreneurs::update(&k.store, &k.admin, &saved.id, 2, &edit).expect("no change");
    assert_eq!(same, edited);
    assert_eq!(outbox(&k.store).len(), rows_before, "no outbox row");

    let history = entrepreneurs::history(&k.store, &saved.id).expect("history");
    let summary: Vec<(i64, HistoryAction, Vec<String>)> = history
        .iter()
        .skip(1)
        .map(|h| (h.version, h.action, h.fields.clone()))
        .collect();
    assert_eq!(
        summary,
        vec![(
            2,
            HistoryAction::Edited,
            vec!["mobile".to_string(), "stage".to_string()]
        )]
    );
    assert_eq!(history[1].operator_id, k.admin.id);
    assert_eq!(history[1].operator_name.as_deref(), Some("Admin Name"));
    let json = serde_json::to_string(&history).expect("json");
    assert!(
        !json.contains("98765") && !json.contains("98270"),
        "values in history: {json}"
    );
}

#[test]
fn a_stale_edit_is_refused_and_writes_nothing() {
    let k = kiosk();
    let saved = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let first = Registration {
        stage: Stage::Training,
        ..sunita()
    };
    entrepreneurs::update(&k.store, &k.operator, &saved.id, 1, &first).expect("first edit");
    let rows = outbox(&k.store).len();
    let second = Registration {
        stage: Stage::Finance,
        ..sunita()
    };
    assert_eq!(
        code(entrepreneurs::update(
            &k.store, &k.admin, &saved.id, 1, &second
        )),
        "entrepreneurs.stale_edit"
    );
    assert_eq!(outbox(&k.store).len(), rows);
    let now = entrepreneurs::get(&k.store, &saved.id).expect("read");
    assert_eq!(now.version, 2);
    assert_eq!(now.profile.map(|p| p.stage), Some(Stage::Training));
    assert_eq!(
        code(entrepreneurs::update(
            &k.store,
            &k.admin,
            "no-such-id",
            1,
            &second
        )),
        "entrepreneurs.not_found"
    );
}

#[test]
fn possible_duplicates_are_the_same_mobile_or_a_similar_name_in_the_same_village() {
    let k = kiosk();
    let sunita = person("Sunita Devi", "Barodiya", "9876543210");
    let saved = entrepreneurs::register(&k.store, &k.operator, &sunita).expect("registered");
    entrepreneurs::register(
        &k.store,
        &k.operator,
        &person("Geeta Bai", "Barodiya", "9425012345"),
    )
    .expect("another person");

    let same_mobile = person("Ramesh Kumar", "Sonkatch", "+91 98765 43210");
    let found = entrepreneurs::possible_duplicates(&k.store, &same_mobile, None).expect("checks");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, saved.id);
    assert_eq!(found[0].why, DuplicateReason::SameMobile);
    assert_eq!(found[0].mobile_last4, "3210");
    assert_eq!(found[0].full_name, "Sunita Devi");

    let similar = person("Sunita Devii", "  barodiya ", "9000000001");
    let found = entrepreneurs::possible_duplicates(&k.store, &similar, None).expect("checks");
    let why: Vec<_> = found.iter().map(|d| (d.id.as_str(), d.why)).collect();
    assert_eq!(why, vec![(saved.id.as_str(), DuplicateReason::SimilarName)]);

    let in_hindi = person("सुनीता देवी", "Barodiya", "9000000001");
    let found = entrepreneurs::possible_duplicates(&k.store, &in_hindi, None).expect("checks");
    assert_eq!(found.len(), 1, "same name in the other script");

    let elsewhere = person("Sunita Devii", "Sonkatch", "9000000001");
    assert!(
        entrepreneurs::possible_duplicates(&k.store, &elsewhere, None)
            .expect("checks")
            .is_empty()
    );
    let editing_herself =
        entrepreneurs::possible_duplicates(&k.store, &sunita, Some(&saved.id)).expect("checks");
    assert!(editing_herself.is_empty(), "{editing_herself:?}");
}

#[test]
fn the_list_finds_people_by_name_village_or_mobile_newest_first() {
    let k = kiosk();
    let first = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("first");
    let second = entrepreneurs::register(
        &k.store,
        &k.operator,
        &person("Geeta Bai", "Sonkatch", "9425012345"),
    )
    .expect("second");
    let ids = |query: &str| -> Vec<String> {
        entrepreneurs::list(&k.store, query)
            .expect("lists")
            .into_iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(ids(""), vec![second.id.clone(), first.id.clone()]);
    assert_eq!(ids("सुनिता"), vec![first.id.clone()], "spelling variant");
    assert_eq!(ids("GEETA"), vec![second.id.clone()]);
    assert_eq!(ids("sonkatch"), vec![second.id.clone()]);
    assert_eq!(ids("98765"), vec![first.id.clone()]);
    assert_eq!(ids("94250 12"), vec![second.id.clone()]);
    assert!(ids("12").is_empty(), "too few digits to search by");
    assert!(ids("!!!").is_empty());
    assert!(ids("Robert'); DROP TABLE entrepreneurs;--").is_empty());
    let summary = &entrepreneurs::list(&k.store, "geeta").expect("lists")[0];
    assert_eq!(summary.full_name.as_deref(), Some("Geeta Bai"));
    assert_eq!(summary.stage, Some(Stage::Idea));
}

#[test]
fn erasure_leaves_a_tombstone_and_removes_the_photo_and_check_ins() {
    let k = kiosk();
    let photo = photos::store(&k.store, &png()).expect("photo stored");
    let form = Registration {
        full_name: "Kamla Bai".into(),
        aadhaar: Some(AADHAAR.into()),
        photo: Some(photo.clone()),
        ..sunita()
    };
    let saved = entrepreneurs::register(&k.store, &k.operator, &form).expect("registered");
    let check_in = entrepreneurs::add_check_in(
        &k.store,
        &k.operator,
        &saved.id,
        &CheckInInput {
            note: "Kamla Bai bought a second buffalo".into(),
            ..visit(&saved.registered_at[..10], Stage::Training, 1)
        },
    )
    .expect("checked in");

    let rows = outbox(&k.store).len();
    assert_eq!(
        code(entrepreneurs::erase(&k.store, &k.operator, &saved.id)),
        "people.not_admin"
    );
    assert_eq!(
        outbox(&k.store).len(),
        rows,
        "a refused erase writes nothing"
    );
    assert!(photos::read(&k.store, &photo).expect("reads").is_some());

    let tombstone = entrepreneurs::erase(&k.store, &k.admin, &saved.id).expect("erased");
    assert_eq!(tombstone.id, saved.id);
    assert_eq!(tombstone.version, 2);
    assert_eq!(tombstone.profile, None);
    assert_eq!(tombstone.erased_by.as_deref(), Some(k.admin.id.as_str()));
    let erased_at = tombstone.erased_at.clone().expect("erased_at");
    assert_eq!(
        entrepreneurs::get(&k.store, &saved.id).expect("read"),
        tombstone
    );
    assert!(
        photos::read(&k.store, &photo).expect("reads").is_none(),
        "photo file removed"
    );

    let (kind, body) = outbox_row(&k.store, &saved.id, 2).expect("tombstone row");
    assert_eq!(kind, "entrepreneur");
    assert_eq!(
        body,
        serde_json::json!({ "id": saved.id, "version": 2, "erased": true, "erased_at": erased_at })
    );
    let (kind, body) = outbox_row(&k.store, &check_in.id, 2).expect("check-in tombstone");
    assert_eq!(kind, "check_in");
    assert_eq!(body["erased"], serde_json::json!(true));
    assert!(entrepreneurs::check_ins(&k.store, &saved.id)
        .expect("reads")
        .is_empty());

    let everything = serde_json::to_string(&outbox(&k.store)).expect("json");
    for personal in [
        "Kamla",
        "9876543210",
        "\"aadhaar_last4\":\"0124\"",
        "भैंस",
        photo.as_str(),
    ] {
        assert!(
            !everything.contains(personal),
            "{personal} left in the outbox"
        );
    }
    let bytes = raw_bytes(k.dir.path());
    for personal in ["Kamla Bai", "9876543210", "दो भैंस लेकर दूध बेचना"]
    {
        assert!(!contains(&bytes, personal), "{personal} left in the file");
    }

    let history = entrepreneurs::history(&k.store, &saved.id).expect("history");
    let last = history.last().expect("entries");
    assert_eq!((last.version, last.action), (2, HistoryAction::Erased));
    assert!(
        last.fields.contains(&"photo".to_string()) && last.fields.contains(&"aadhaar".to_string())
    );

    let listed = entrepreneurs::list(&k.store, "").expect("lists");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].erased_at.as_deref(), Some(erased_at.as_str()));
    assert_eq!(
        (&listed[0].full_name, &listed[0].mobile, &listed[0].photo),
        (&None, &None, &None)
    );
    assert!(entrepreneurs::list(&k.store, "kamla")
        .expect("lists")
        .is_empty());

    let rows = outbox(&k.store).len();
    assert_eq!(
        code(entrepreneurs::update(
            &k.store,
            &k.admin,
            &saved.id,
            2,
            &sunita()
        )),
        "entrepreneurs.erased"
    );
    assert_eq!(
        code(entrepreneurs::add_check_in(
            &k.store,
            &k.admin,
            &saved.id,
            &visit(&saved.registered_at[..10], Stage::Launch, 1)
        )),
        "entrepreneurs.erased"
    );
    assert_eq!(
        code(entrepreneurs::erase(&k.store, &k.admin, &saved.id)),
        "entrepreneurs.erased"
    );
    assert_eq!(outbox(&k.store).len(), rows);
    assert!(entrepreneurs::possible_duplicates(&k.store, &form, None)
        .expect("checks")
        .is_empty());
}

#[test]
fn a_replaced_photo_file_is_removed_after_the_edit() {
    let k = kiosk();
    let old = photos::store(&k.store, &png()).expect("photo");
    let saved = entrepreneurs::register(
        &k.store,
        &k.operator,
        &Registration {
            photo: Some(old.clone()),
            ..sunita()
        },
    )
    .expect("registered");
    let edited = entrepreneurs::update(&k.store, &k.operator, &saved.id, 1, &sunita())
        .expect("photo removed from the record");
    assert_eq!(edited.profile.and_then(|p| p.photo), None);
    // Version 1, with the photo, still waits to be sent: the file must stay for it.
    assert!(photos::read(&k.store, &old).expect("reads").is_some());

    // Once the head office has it, the next change that drops a photo removes the file.
    let other = photos::store(&k.store, &png_of(7)).expect("photo");
    let with_other = entrepreneurs::update(
        &k.store,
        &k.operator,
        &saved.id,
        2,
        &Registration {
            photo: Some(other.clone()),
            ..sunita()
        },
    )
    .expect("new photo");
    k.store
        .write(|tx| {
            let at = kiosk_core::outbox::now(tx)?;
            let rows = [
                (saved.id.as_str(), 1),
                (saved.id.as_str(), 2),
                (saved.id.as_str(), 3),
            ];
            kiosk_core::outbox::mark_sent(tx, &rows, &at)
        })
        .expect("sent");
    entrepreneurs::update(
        &k.store,
        &k.operator,
        &saved.id,
        with_other.version,
        &sunita(),
    )
    .expect("photo dropped again");
    // (The first file outlives its last unsent version: nothing collects it yet.)
    assert!(photos::read(&k.store, &old).expect("reads").is_some());
    assert!(photos::read(&k.store, &other).expect("reads").is_none());
}

#[test]
fn check_ins_and_the_dashboard_add_up_on_a_known_data_set() {
    let k = kiosk();
    let register = |today: &str, form: Registration| {
        entrepreneurs::pin_today(Some(today));
        entrepreneurs::register(&k.store, &k.operator, &form).expect("registered")
    };
    let check_in = |today: &str, id: &str, input: CheckInInput| {
        entrepreneurs::pin_today(Some(today));
        entrepreneurs::add_check_in(&k.store, &k.operator, id, &input).expect("checked in")
    };
    let a = register(
        "2026-01-10",
        Registration {
            age: Some(25),
            ..person("Asha", "Barodiya", "9000000001")
        },
    );
    let b = register(
        "2026-01-10",
        Registration {
            gender: Gender::Male,
            age: Some(40),
            stage: Stage::Launch,
            ..person("Bhola", "Barodiya", "9000000002")
        },
    );
    let c = register(
        "2026-02-05",
        Registration {
            age: None,
            birth_date: Some("1990-06-01".into()),
            stage: Stage::Training,
            ..person("Chanda", "Barodiya", "9000000003")
        },
    );
    let d = register(
        "2026-02-05",
        Registration {
            age: Some(17),
            ..person("Durga", "Barodiya", "9000000004")
        },
    );
    assert_eq!(c.profile.as_ref().map(|p| p.age_at_registration), Some(35));

    let loan = |input: CheckInInput, rupees: i64, source: &str| CheckInInput {
        loan_applied_amount: Some(rupees),
        loan_sanctioned_amount: Some(rupees),
        loan_source: Some(source.into()),
        ..input
    };
    check_in(
        "2026-02-20",
        &a.id,
        loan(visit("2026-02-10", Stage::Finance, 1), 50_000, "bank"),
    );
    check_in("2026-02-20", &b.id, visit("2026-02-15", Stage::Growth, 4));
    let a_launch = check_in("2026-03-15", &a.id, visit("2026-03-01", Stage::Launch, 3));
    check_in(
        "2026-03-15",
        &c.id,
        CheckInInput {
            loan_applied_amount: Some(30_000),
            ..loan(visit("2026-03-02", Stage::Training, 0), 20_000, "shg")
        },
    );
    check_in(
        "2026-03-15",
        &d.id,
        loan(visit("2026-03-03", Stage::Launch, 2), 10_000, "family"),
    );
    entrepreneurs::erase(&k.store, &k.admin, &d.id).expect("D withdraws consent");

    let timeline = entrepreneurs::check_ins(&k.store, &a.id).expect("timeline");
    let dates: Vec<&str> = timeline.iter().map(|c| c.date.as_str()).collect();
    assert_eq!(dates, ["2026-02-10", "2026-03-01"]);
    assert_eq!(timeline[1], a_launch);
    let (kind, body) = outbox_row(&k.store, &a_launch.id, 1).expect("check-in outbox row");
    assert_eq!(kind, "check_in");
    assert_eq!(body, serde_json::to_value(&a_launch).expect("json"));

    entrepreneurs::pin_today(Some("2026-03-15"));
    let dash = entrepreneurs::dashboard(&k.store).expect("dashboard");
    entrepreneurs::pin_today(None);
    assert_eq!(
        (dash.registered, dash.women, dash.women_percent),
        (3, 2, 67)
    );
    assert_eq!(
        (dash.youth, dash.youth_percent),
        (2, 67),
        "Asha 25, Chanda 35"
    );
    assert_eq!(dash.launched, 2, "Asha (launch) and Bhola (growth)");
    assert_eq!(dash.jobs, 3 + 4);
    assert_eq!(
        (dash.loans_sanctioned, dash.loans_sanctioned_rupees),
        (2, 70_000)
    );

    assert_eq!(dash.months.len(), 12);
    assert_eq!(dash.months[0].month, "2025-04");
    let figures: Vec<(&str, u32, u32, u32, i64, i64)> = dash
        .months
        .iter()
        .filter(|m| m.month.as_str() >= "2026-01")
        .map(|m| {
            (
                m.month.as_str(),
                m.registered,
                m.launched,
                m.loans_sanctioned,
                m.loans_sanctioned_rupees,
                m.jobs,
            )
        })
        .collect();
    assert_eq!(
        figures,
        vec![
            ("2026-01", 2, 1, 0, 0, 0),
            ("2026-02", 1, 0, 1, 50_000, 1 + 4),
            ("2026-03", 0, 1, 1, 20_000, 3 + 4),
        ]
    );
    assert!(dash.months[..9]
        .iter()
        .all(|m| m.registered == 0 && m.launched == 0 && m.jobs == 0));

    let listed = entrepreneurs::list(&k.store, "asha").expect("lists");
    assert_eq!(
        listed[0].stage,
        Some(Stage::Launch),
        "the latest check-in's stage"
    );
}

#[test]
fn a_failed_check_in_leaves_no_outbox_row() {
    let k = kiosk();
    let saved = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let rows = outbox(&k.store);
    let error = entrepreneurs::add_check_in(
        &k.store,
        &k.operator,
        &saved.id,
        &visit("2099-01-01", Stage::Launch, 1),
    )
    .expect_err("future");
    assert!(matches!(error, Error::CheckInInvalid { .. }), "{error:?}");
    assert_eq!(outbox(&k.store), rows);
    assert!(entrepreneurs::check_ins(&k.store, &saved.id)
        .expect("reads")
        .is_empty());
}

#[test]
fn lists_and_notice_are_there_for_the_forms() {
    let lists = entrepreneurs::lists();
    assert!(lists.sector.iter().any(|s| s.id == "beauty_parlour"));
    assert!(lists.education.iter().any(|e| e.id == "iti_diploma"));
    assert_eq!(lists.stage.len(), 5);
    let notice = entrepreneurs::notice();
    assert_eq!(notice.version, 1);
    assert!(!notice.hi.sections.is_empty());
}
