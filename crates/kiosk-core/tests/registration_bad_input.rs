//! Bad registration and check-in forms: each is refused with its own error code, field
//! and reason, a message in Hindi and in English, and nothing written (every row of
//! the entrepreneur, history, check-in and outbox tables, and the photos folder, are
//! byte for byte as before). "Today" is pinned to 15 March 2026.

use kiosk_core::catalog::eligibility::Gender;
use kiosk_core::people::entrepreneurs::{self as entrepreneurs, CheckInInput, Registration, Stage};
use kiosk_core::{photos, Error, Language, Localizer};

const TODAY: &str = "2026-03-15";
const AADHAAR: &str = "2345 6789 0124";
const SQL: &str = "Robert'); DROP TABLE entrepreneurs;--";

#[path = "common/kiosk.rs"]
mod common_kiosk;
use common_kiosk::Kiosk;

fn kiosk() -> Kiosk {
    entrepreneurs::pin_today(Some(TODAY));
    common_kiosk::kiosk()
}

fn good() -> Registration {
    Registration {
        full_name: "Sunita Devi".into(),
        gender: Gender::Female,
        birth_date: None,
        age: Some(30),
        mobile: "9876543210".into(),
        village: "Barodiya".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
        caste: None,
        education: "class_10".into(),
        shg_member: false,
        sector: "tailoring".into(),
        idea: "A tailoring shop at home".into(),
        stage: Stage::Idea,
        bank_account: true,
        aadhaar: None,
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

/// Every row of the tables a registration or check-in writes, and the photo files.
fn snapshot(k: &Kiosk) -> Vec<String> {
    let mut all = Vec::new();
    for table in [
        "entrepreneurs",
        "entrepreneur_history",
        "check_ins",
        "outbox",
    ] {
        let rows = k
            .store
            .read(|c| {
                let mut stmt = c.prepare(&format!("SELECT * FROM {table}"))?;
                let columns = stmt.column_count();
                let rows = stmt.query_map([], |r| {
                    (0..columns)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()
                })?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .expect("reads");
        let mut rows: Vec<String> = rows.iter().map(|r| format!("{table}: {r:?}")).collect();
        rows.sort();
        all.extend(rows);
    }
    if let Ok(files) = std::fs::read_dir(photos::dir(&k.store)) {
        let mut names: Vec<String> = files
            .filter_map(|f| f.ok())
            .map(|f| format!("photo: {}", f.file_name().to_string_lossy()))
            .collect();
        names.sort();
        all.extend(names);
    }
    all
}

/// What a bad form must be refused with.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// `entrepreneurs.invalid` (or `check_in_invalid`) with this field and reason.
    Field(&'static str, &'static str),
    /// Another error, by code.
    Code(&'static str),
}

/// Checks the error's code, field and reason, and its message in both languages.
fn check_error(case: &str, error: &Error, want: Want) {
    let (code, field_reason) = match error {
        Error::EntrepreneurInvalid { field, reason } => (
            "entrepreneurs.invalid",
            Some((field.as_str(), reason.as_str())),
        ),
        Error::CheckInInvalid { field, reason } => (
            "entrepreneurs.check_in_invalid",
            Some((field.as_str(), reason.as_str())),
        ),
        other => (other.code(), None),
    };
    assert_eq!(code, error.code(), "{case}");
    match want {
        Want::Field(field, reason) => {
            assert_eq!(field_reason, Some((field, reason)), "{case}: {error:?}");
        }
        Want::Code(want) => assert_eq!(code, want, "{case}: {error:?}"),
    }
    let localizer = Localizer::embedded();
    let hi = error.message(&localizer, Language::Hi);
    let en = error.message(&localizer, Language::En);
    for (lang, text) in [("hi", &hi), ("en", &en)] {
        assert!(!text.trim().is_empty(), "{case}: empty {lang} message");
        assert!(
            !text.contains('{'),
            "{case}: unfilled {lang} message {text}"
        );
        assert_ne!(text, &error.message_id(), "{case}: no {lang} message");
    }
    assert!(
        hi.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{case}: {hi}"
    );
    assert_ne!(hi, en, "{case}");
    // A field error gets its field's own sentence, not the form's catch-all one.
    let catch_all = |lang| {
        let generic = Error::EntrepreneurInvalid {
            field: entrepreneurs::EntrepreneurField::Consent,
            reason: entrepreneurs::InputReason::Missing,
        };
        let generic_check_in = Error::CheckInInvalid {
            field: entrepreneurs::CheckInField::TrainingDone,
            reason: entrepreneurs::InputReason::Missing,
        };
        [
            generic.message(&localizer, lang),
            generic_check_in.message(&localizer, lang),
        ]
    };
    if matches!(want, Want::Field(..)) {
        assert!(!catch_all(Language::En).contains(&en), "{case}: {en}");
        assert!(!catch_all(Language::Hi).contains(&hi), "{case}: {hi}");
    }
}

type Change = Box<dyn Fn(&mut Registration)>;

fn case(
    name: &'static str,
    change: impl Fn(&mut Registration) + 'static,
    want: Want,
) -> (&'static str, Change, Want) {
    (name, Box::new(change), want)
}

fn bad_registrations(missing_photo: String) -> Vec<(&'static str, Change, Want)> {
    use Want::{Code, Field};
    let name = |text: String| move |r: &mut Registration| r.full_name = text.clone();
    let mobile = |text: &'static str| move |r: &mut Registration| r.mobile = text.into();
    let aadhaar = |text: &'static str| move |r: &mut Registration| r.aadhaar = Some(text.into());
    let born = |text: &'static str| {
        move |r: &mut Registration| {
            r.birth_date = Some(text.into());
            r.age = None;
        }
    };
    let age = |years: u8| move |r: &mut Registration| r.age = Some(years);
    vec![
        // Names
        case(
            "empty name",
            name(String::new()),
            Field("full_name", "missing"),
        ),
        case(
            "blank name",
            name("   \t ".into()),
            Field("full_name", "missing"),
        ),
        case(
            "61-character name",
            name("क".repeat(61)),
            Field("full_name", "too_long"),
        ),
        case(
            "500-character name",
            name("a".repeat(500)),
            Field("full_name", "too_long"),
        ),
        case(
            "name of only digits",
            name("1234567".into()),
            Field("full_name", "letters"),
        ),
        case(
            "name with a digit",
            name("Sunita 2".into()),
            Field("full_name", "letters"),
        ),
        case(
            "zero-width joiner in a name",
            name("Sun\u{200D}ita Devi".into()),
            Field("full_name", "letters"),
        ),
        case(
            "zero-width non-joiner in Hindi",
            name("सुनी\u{200C}ता".into()),
            Field("full_name", "letters"),
        ),
        case(
            "zero-width space",
            name("Sunita\u{200B}Devi".into()),
            Field("full_name", "letters"),
        ),
        case(
            "bidi override U+202E",
            name("\u{202E}iveD atinuS".into()),
            Field("full_name", "letters"),
        ),
        case(
            "right-to-left Urdu",
            name("سنیتا دیوی".into()),
            Field("full_name", "letters"),
        ),
        case(
            "right-to-left Hebrew",
            name("שרה כהן".into()),
            Field("full_name", "letters"),
        ),
        case(
            "emoji-only name",
            name("😀🙏".into()),
            Field("full_name", "letters"),
        ),
        case(
            "name with an emoji",
            name("Sunita 🌸".into()),
            Field("full_name", "letters"),
        ),
        case(
            "SQL as a name",
            name(SQL.into()),
            Field("full_name", "letters"),
        ),
        case(
            "HTML as a name",
            name("<script>alert(1)</script>".into()),
            Field("full_name", "letters"),
        ),
        case(
            "bell character",
            name("Sunita\u{0007}".into()),
            Field("full_name", "letters"),
        ),
        case(
            "NUL in a name",
            name("Sun\0ita".into()),
            Field("full_name", "letters"),
        ),
        case(
            "Devanagari digits in a name",
            name("सुनीता ४".into()),
            Field("full_name", "letters"),
        ),
        case(
            "Cyrillic look-alike",
            name("Ѕunita Devi".into()),
            Field("full_name", "letters"),
        ),
        // Mobile numbers
        case("empty mobile", mobile(""), Field("mobile", "missing")),
        case(
            "mobile with letters",
            mobile("98765abcde"),
            Field("mobile", "format"),
        ),
        case(
            "11-digit mobile",
            mobile("98765432101"),
            Field("mobile", "format"),
        ),
        case(
            "9-digit mobile",
            mobile("987654321"),
            Field("mobile", "format"),
        ),
        case(
            "mobile starting 5",
            mobile("5876543210"),
            Field("mobile", "format"),
        ),
        case(
            "all-same mobile",
            mobile("9999999999"),
            Field("mobile", "format"),
        ),
        case(
            "foreign country code",
            mobile("+1 9876543210"),
            Field("mobile", "format"),
        ),
        case(
            "SQL in the mobile",
            mobile("9876543210' OR '1'='1"),
            Field("mobile", "format"),
        ),
        // Aadhaar
        case(
            "11-digit Aadhaar",
            aadhaar("2345 6789 012"),
            Field("aadhaar", "format"),
        ),
        case(
            "13-digit Aadhaar",
            aadhaar("2345 6789 01245"),
            Field("aadhaar", "format"),
        ),
        case(
            "Aadhaar failing Verhoeff",
            aadhaar("2345 6789 0123"),
            Field("aadhaar", "checksum"),
        ),
        case(
            "Aadhaar with two digits swapped",
            aadhaar("2345 6789 0142"),
            Field("aadhaar", "checksum"),
        ),
        case(
            "Aadhaar starting with 1",
            aadhaar("1345 6789 0129"),
            Field("aadhaar", "checksum"),
        ),
        case(
            "Aadhaar starting with 0",
            aadhaar("0345 6789 0128"),
            Field("aadhaar", "checksum"),
        ),
        case(
            "Aadhaar with a letter O",
            aadhaar("2345 6789 012O"),
            Field("aadhaar", "format"),
        ),
        case(
            "Aadhaar in Devanagari digits",
            aadhaar("२३४५ ६७८९ ०१२४"),
            Field("aadhaar", "format"),
        ),
        // Date of birth and age
        case(
            "date of birth 2099-01-01",
            born("2099-01-01"),
            Field("birth_date", "future"),
        ),
        case(
            "date of birth tomorrow",
            born("2026-03-16"),
            Field("birth_date", "future"),
        ),
        case(
            "date of birth 2023-02-30",
            born("2023-02-30"),
            Field("birth_date", "format"),
        ),
        case(
            "date of birth 12/05/1990",
            born("12/05/1990"),
            Field("birth_date", "format"),
        ),
        case(
            "date of birth in month 13",
            born("1990-13-01"),
            Field("birth_date", "format"),
        ),
        case(
            "born 2015: aged 11",
            born("2015-01-01"),
            Field("birth_date", "too_young"),
        ),
        case(
            "14 tomorrow: aged 13",
            born("2012-03-16"),
            Field("birth_date", "too_young"),
        ),
        case(
            "born 1900: over 100",
            born("1900-01-01"),
            Field("birth_date", "too_old"),
        ),
        case(
            "both date of birth and age",
            |r| {
                r.birth_date = Some("1990-05-12".into());
                r.age = Some(35);
            },
            Field("birth_date", "both"),
        ),
        case(
            "neither date of birth nor age",
            |r| {
                r.birth_date = None;
                r.age = None;
            },
            Field("birth_date", "missing"),
        ),
        case("age 13", age(13), Field("age", "too_young")),
        case("age 0", age(0), Field("age", "too_young")),
        case("age 101", age(101), Field("age", "too_old")),
        case("age 255", age(255), Field("age", "too_old")),
        // Village and place
        case(
            "empty village",
            |r| r.village = String::new(),
            Field("village", "missing"),
        ),
        case(
            "61-character village",
            |r| r.village = "b".repeat(61),
            Field("village", "too_long"),
        ),
        case(
            "emoji village",
            |r| r.village = "🏠".into(),
            Field("village", "letters"),
        ),
        case(
            "unknown state",
            |r| r.state = "rajasthan".into(),
            Field("state", "unknown"),
        ),
        case(
            "empty state",
            |r| r.state = String::new(),
            Field("state", "unknown"),
        ),
        case(
            "unknown district",
            |r| r.district = "mumbai".into(),
            Field("district", "unknown"),
        ),
        case(
            "district of the other state",
            |r| r.district = "jhansi".into(),
            Field("district", "unknown"),
        ),
        // Lists
        case(
            "unknown sector",
            |r| r.sector = "casino".into(),
            Field("sector", "unknown"),
        ),
        case(
            "sector id in capitals",
            |r| r.sector = "Dairy".into(),
            Field("sector", "unknown"),
        ),
        case(
            "unknown education",
            |r| r.education = "phd".into(),
            Field("education", "unknown"),
        ),
        // The idea
        case(
            "empty idea",
            |r| r.idea = "  ".into(),
            Field("idea", "missing"),
        ),
        case(
            "idea of 501 characters",
            |r| r.idea = "x".repeat(501),
            Field("idea", "too_long"),
        ),
        case(
            "idea with a bidi override",
            |r| r.idea = "Dairy \u{202E}gnirots".into(),
            Field("idea", "invisible"),
        ),
        // Photo
        case(
            "photo id that is a path",
            |r| r.photo = Some("../kiosk.sqlite3".into()),
            Field("photo", "format"),
        ),
        case(
            "photo id in capitals",
            |r| r.photo = Some("A".repeat(64)),
            Field("photo", "format"),
        ),
        case(
            "photo whose file does not exist",
            move |r| r.photo = Some(missing_photo.clone()),
            Field("photo", "not_found"),
        ),
        // Consent
        case(
            "missing consent",
            |r| r.consent_version = None,
            Code("entrepreneurs.consent_missing"),
        ),
        case(
            "old notice version",
            |r| r.consent_version = Some(0),
            Code("entrepreneurs.consent_missing"),
        ),
        case(
            "a notice version that does not exist",
            |r| r.consent_version = Some(entrepreneurs::notice().version + 1),
            Code("entrepreneurs.consent_missing"),
        ),
    ]
}

#[test]
fn each_bad_registration_is_refused_with_its_message_and_writes_nothing() {
    let k = kiosk();
    // Something in every table, so "nothing written" is checked against real rows.
    let first = entrepreneurs::register(&k.store, &k.operator, &good()).expect("a good one");
    let check_in = CheckInInput {
        date: TODAY.into(),
        stage: Stage::Training,
        note: "first visit".into(),
        training_done: true,
        loan_applied_amount: None,
        loan_sanctioned_amount: None,
        loan_source: None,
        monthly_revenue: None,
        people_employed: 1,
    };
    entrepreneurs::add_check_in(&k.store, &k.operator, &first.id, &check_in).expect("check-in");
    let missing_photo = "0".repeat(64);

    let cases = bad_registrations(missing_photo);
    assert!(cases.len() >= 55, "{} cases", cases.len());
    let before = snapshot(&k);
    assert!(before.iter().any(|r| r.starts_with("check_ins:")));
    for (name, change, want) in &cases {
        let mut form = good();
        form.mobile = "9425012345".into();
        change(&mut form);
        match entrepreneurs::register(&k.store, &k.operator, &form) {
            Ok(saved) => panic!("{name}: saved as {}", saved.id),
            Err(error) => check_error(name, &error, *want),
        }
        assert_eq!(snapshot(&k), before, "{name}: something was written");
        // The same form as an edit of the first record is refused the same way.
        if let Err(error) = entrepreneurs::update(&k.store, &k.admin, &first.id, 1, &form) {
            check_error(&format!("{name} (edit)"), &error, *want);
        } else {
            panic!("{name}: saved as an edit");
        }
        assert_eq!(snapshot(&k), before, "{name} (edit): something was written");
    }
    entrepreneurs::pin_today(None);
}

#[test]
fn unusual_but_good_input_is_saved_as_typed() {
    let k = kiosk();
    let photo = {
        let image = image::RgbImage::from_pixel(32, 32, image::Rgb([200, 120, 40]));
        let mut bytes = std::io::Cursor::new(Vec::new());
        image
            .write_to(&mut bytes, image::ImageFormat::Png)
            .expect("encode");
        photos::store(&k.store, &bytes.into_inner()).expect("photo")
    };
    let positive: Vec<(&str, Registration)> = vec![
        (
            "SQL as the idea is only text",
            Registration {
                idea: SQL.into(),
                ..good()
            },
        ),
        (
            "a 60-character name",
            Registration {
                full_name: "क".repeat(60),
                ..good()
            },
        ),
        (
            "a 500-character idea",
            Registration {
                idea: "x".repeat(500),
                ..good()
            },
        ),
        (
            "an emoji in the idea",
            Registration {
                idea: "Tailoring 🧵 and embroidery".into(),
                ..good()
            },
        ),
        (
            "aged exactly 14",
            Registration {
                age: Some(14),
                ..good()
            },
        ),
        (
            "aged exactly 100",
            Registration {
                age: Some(100),
                ..good()
            },
        ),
        (
            "14 today",
            Registration {
                age: None,
                birth_date: Some("2012-03-15".into()),
                ..good()
            },
        ),
        (
            "born on 29 February",
            Registration {
                age: None,
                birth_date: Some("2000-02-29".into()),
                ..good()
            },
        ),
        (
            "Aadhaar as typed with spaces",
            Registration {
                aadhaar: Some(AADHAAR.into()),
                ..good()
            },
        ),
        (
            "Aadhaar with hyphens",
            Registration {
                aadhaar: Some("2345-6789-0124".into()),
                ..good()
            },
        ),
        (
            "mobile with +91",
            Registration {
                mobile: "+91 98765 43210".into(),
                ..good()
            },
        ),
        (
            "mobile with a 0",
            Registration {
                mobile: "09876543210".into(),
                ..good()
            },
        ),
        (
            "mobile with a hyphen",
            Registration {
                mobile: "98765-43210".into(),
                ..good()
            },
        ),
        (
            "a Hindi name with nukta",
            Registration {
                full_name: "मोहम्मद क़ासिम".into(),
                ..good()
            },
        ),
        (
            "a name with an apostrophe",
            Registration {
                full_name: "D'Souza Mary".into(),
                ..good()
            },
        ),
        (
            "a district of UP",
            Registration {
                state: "uttar-pradesh".into(),
                district: "jhansi".into(),
                ..good()
            },
        ),
        (
            "a stored photo",
            Registration {
                photo: Some(photo.clone()),
                ..good()
            },
        ),
    ];
    for (name, form) in positive {
        let saved = entrepreneurs::register(&k.store, &k.operator, &form)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let read = entrepreneurs::get(&k.store, &saved.id).expect("read back");
        assert_eq!(read, saved, "{name}");
        let profile = read.profile.expect("live");
        assert_eq!(profile.idea, form.idea, "{name}");
        assert_eq!(profile.mobile, "9876543210", "{name}");
    }
    let sql = entrepreneurs::list(&k.store, "").expect("table still there");
    assert_eq!(sql.len(), 17);
    entrepreneurs::pin_today(None);
}

#[test]
fn each_bad_check_in_is_refused_with_its_message_and_writes_nothing() {
    use Want::{Code, Field};
    let k = kiosk();
    entrepreneurs::pin_today(Some("2026-03-01"));
    let live = entrepreneurs::register(&k.store, &k.operator, &good()).expect("registered");
    let gone = entrepreneurs::register(
        &k.store,
        &k.operator,
        &Registration {
            mobile: "9425012345".into(),
            ..good()
        },
    )
    .expect("registered");
    entrepreneurs::pin_today(Some(TODAY));
    entrepreneurs::erase(&k.store, &k.admin, &gone.id).expect("erased");
    let good_visit = CheckInInput {
        date: "2026-03-10".into(),
        stage: Stage::Launch,
        note: "Shop opened".into(),
        training_done: true,
        loan_applied_amount: Some(50_000),
        loan_sanctioned_amount: Some(40_000),
        loan_source: Some("bank".into()),
        monthly_revenue: Some(8_000),
        people_employed: 2,
    };
    entrepreneurs::add_check_in(&k.store, &k.operator, &live.id, &good_visit).expect("a good one");

    type Edit = Box<dyn Fn(&mut CheckInInput)>;
    let cases: Vec<(&str, &str, Edit, Want)> = vec![
        (
            "negative loan applied",
            &live.id,
            Box::new(|c| c.loan_applied_amount = Some(-1)),
            Field("loan_applied_amount", "out_of_range"),
        ),
        (
            "negative loan sanctioned",
            &live.id,
            Box::new(|c| c.loan_sanctioned_amount = Some(-500)),
            Field("loan_sanctioned_amount", "out_of_range"),
        ),
        (
            "negative monthly revenue",
            &live.id,
            Box::new(|c| c.monthly_revenue = Some(-10)),
            Field("monthly_revenue", "out_of_range"),
        ),
        (
            "revenue over a crore",
            &live.id,
            Box::new(|c| c.monthly_revenue = Some(10_000_001)),
            Field("monthly_revenue", "out_of_range"),
        ),
        (
            "1001 people employed",
            &live.id,
            Box::new(|c| c.people_employed = 1001),
            Field("people_employed", "out_of_range"),
        ),
        (
            "negative people employed",
            &live.id,
            Box::new(|c| c.people_employed = -1),
            Field("people_employed", "out_of_range"),
        ),
        (
            "date tomorrow",
            &live.id,
            Box::new(|c| c.date = "2026-03-16".into()),
            Field("date", "future"),
        ),
        (
            "date in 2099",
            &live.id,
            Box::new(|c| c.date = "2099-01-01".into()),
            Field("date", "future"),
        ),
        (
            "date before registration",
            &live.id,
            Box::new(|c| c.date = "2026-02-28".into()),
            Field("date", "before_registration"),
        ),
        (
            "date as 15/03/2026",
            &live.id,
            Box::new(|c| c.date = "15/03/2026".into()),
            Field("date", "format"),
        ),
        (
            "date 2026-02-30",
            &live.id,
            Box::new(|c| c.date = "2026-02-30".into()),
            Field("date", "format"),
        ),
        (
            "empty date",
            &live.id,
            Box::new(|c| c.date = String::new()),
            Field("date", "format"),
        ),
        (
            "note of 1001 characters",
            &live.id,
            Box::new(|c| c.note = "n".repeat(1001)),
            Field("note", "too_long"),
        ),
        (
            "note with a bidi override",
            &live.id,
            Box::new(|c| c.note = "ok \u{202E}kcab".into()),
            Field("note", "invisible"),
        ),
        (
            "loan without a source",
            &live.id,
            Box::new(|c| c.loan_source = None),
            Field("loan_source", "missing"),
        ),
        (
            "unknown loan source",
            &live.id,
            Box::new(|c| c.loan_source = Some("casino".into())),
            Field("loan_source", "unknown"),
        ),
        (
            "unknown entrepreneur",
            "0190c0de-0000-7000-8000-000000000000",
            Box::new(|_| {}),
            Code("entrepreneurs.not_found"),
        ),
        (
            "erased entrepreneur",
            &gone.id,
            Box::new(|_| {}),
            Code("entrepreneurs.erased"),
        ),
    ];
    assert!(cases.len() >= 10);
    let before = snapshot(&k);
    for (name, id, change, want) in &cases {
        let mut input = good_visit.clone();
        change(&mut input);
        match entrepreneurs::add_check_in(&k.store, &k.operator, id, &input) {
            Ok(saved) => panic!("{name}: saved as {}", saved.id),
            Err(error) => check_error(name, &error, *want),
        }
        assert_eq!(snapshot(&k), before, "{name}: something was written");
    }

    for (name, input) in [
        (
            "on the day of registration",
            CheckInInput {
                date: "2026-03-01".into(),
                ..good_visit.clone()
            },
        ),
        (
            "today",
            CheckInInput {
                date: TODAY.into(),
                ..good_visit.clone()
            },
        ),
        (
            "a 1000-character note",
            CheckInInput {
                note: "n".repeat(1000),
                ..good_visit.clone()
            },
        ),
        (
            "1000 people",
            CheckInInput {
                people_employed: 1000,
                ..good_visit.clone()
            },
        ),
        (
            "no loan, no source",
            CheckInInput {
                loan_applied_amount: None,
                loan_sanctioned_amount: Some(0),
                loan_source: None,
                ..good_visit.clone()
            },
        ),
    ] {
        entrepreneurs::add_check_in(&k.store, &k.operator, &live.id, &input)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    entrepreneurs::pin_today(None);
}
