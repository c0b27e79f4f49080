//! Entrepreneurs as a spreadsheet over a real SQLite file: the admin's export (BOM,
//! CRLF, Hindi intact, fixed columns, tombstones with nothing personal, never a full
//! Aadhaar number), and imports of new registrations that save every row or none: a
//! sheet with bad rows leaves every table as it was and names each bad row and column.
//! "Today" is pinned to 15 March 2026.

use std::path::Path;

use kiosk_core::catalog::eligibility::{Caste, Gender};
use kiosk_core::people::entrepreneurs::csv::{self, Import, Problem, RowProblem, Warning};
use kiosk_core::people::entrepreneurs::{self as entrepreneurs, Registration, Stage};
use kiosk_core::{Error, Language, Localizer, Store};

const TODAY: &str = "2026-03-15";
const AADHAAR: &str = "2345 6789 0124";

#[path = "common/kiosk.rs"]
mod common_kiosk;
use common_kiosk::Kiosk;

fn kiosk() -> Kiosk {
    entrepreneurs::pin_today(Some(TODAY));
    common_kiosk::kiosk()
}

fn sunita() -> Registration {
    Registration {
        full_name: "सुनीता देवी".into(),
        gender: Gender::Female,
        birth_date: None,
        age: Some(30),
        mobile: "9876543210".into(),
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
        aadhaar: Some(AADHAAR.into()),
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

fn ramesh() -> Registration {
    Registration {
        full_name: "Ramesh Kumar".into(),
        gender: Gender::Male,
        birth_date: Some("1994-07-01".into()),
        age: None,
        mobile: "8765432109".into(),
        village: "Piplya".into(),
        state: "uttar-pradesh".into(),
        district: "varanasi".into(),
        caste: None,
        education: "graduate".into(),
        shg_member: false,
        // A formula-like idea with a comma, quotes and a second line.
        sector: "mobile_repair".into(),
        idea: "=2+2, a \"mobile\" shop\nnear the bus stand".into(),
        stage: Stage::Launch,
        bank_account: false,
        aadhaar: None,
        photo: None,
        consent_version: Some(entrepreneurs::notice().version),
    }
}

/// The documented columns, in order.
const COLUMNS: [&str; 23] = [
    "id",
    "version",
    "registered_at",
    "full_name",
    "gender",
    "birth_date",
    "age_at_registration",
    "mobile",
    "village",
    "state",
    "district",
    "caste",
    "education",
    "shg_member",
    "sector",
    "idea",
    "stage",
    "bank_account",
    "aadhaar_last4",
    "photo",
    "consent_version",
    "consent_at",
    "erased_at",
];

const HEADER: &str = "full_name,gender,birth_date,age,mobile,village,state,district,caste,\
                      education,shg_member,sector,idea,stage,bank_account,aadhaar,consent";

/// A sheet with [`HEADER`] (after a BOM, as spreadsheet programs save) and `rows`.
fn sheet(rows: &[&str]) -> Vec<u8> {
    let mut text = format!("\u{FEFF}{HEADER}\r\n");
    for row in rows {
        text.push_str(row);
        text.push_str("\r\n");
    }
    text.into_bytes()
}

/// Hindi labels, English labels and ids, mixed as a camp's sheet would have them.
const GOOD_HINDI: &str = "गीता बाई,महिला,,35,9812345670,बड़ोदिया,मध्य प्रदेश,देवास,ओबीसी,\
                          10वीं पास,हाँ,बकरी पालन,दस बकरियाँ लेकर पालना,आइडिया,हाँ,2345 6789 0124,हाँ";
const GOOD_ENGLISH: &str = "Mohan Lal,Man,1990-05-12,,+91 97123 45678,Barodiya,Madhya Pradesh,\
                            Dewas,SC,Graduate,no,Tailoring,\"A tailoring shop, at home\",Training,\
                            Yes,,yes";
const GOOD_IDS: &str = "Salma Bano,female,,28,7012345678,Rampur,uttar-pradesh,lucknow,,\
                        class_12,1,goat_rearing,Goats for milk,finance,0,,true";

fn import(k: &Kiosk, bytes: &[u8]) -> Import {
    csv::import(&k.store, &k.admin, bytes).expect("imports or refuses")
}

fn problems(result: Import) -> Vec<RowProblem> {
    match result {
        Import::Refused { problems } => problems,
        Import::Registered { entrepreneurs, .. } => {
            panic!("registered {} people", entrepreneurs.len())
        }
    }
}

/// (row, column, code) of each problem.
fn places(problems: &[RowProblem]) -> Vec<(usize, String, String)> {
    problems
        .iter()
        .map(|p| (p.row, p.column.clone(), p.problem.code().to_string()))
        .collect()
}

/// Every row of every table, sorted, and the files in the data folder.
fn snapshot(k: &Kiosk) -> Vec<String> {
    let tables: Vec<String> = k
        .store
        .read(|c| {
            let mut stmt = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
            let names = stmt.query_map([], |r| r.get(0))?;
            Ok(names.collect::<rusqlite::Result<_>>()?)
        })
        .expect("tables");
    let mut all = Vec::new();
    for table in tables {
        let rows = k
            .store
            .read(|c| {
                let mut stmt = c.prepare(&format!("SELECT * FROM \"{table}\""))?;
                let columns = stmt.column_count();
                let rows = stmt.query_map([], |r| {
                    (0..columns)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()
                })?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .expect("reads");
        all.extend(rows.iter().map(|r| format!("{table}: {r:?}")));
    }
    all.sort();
    all
}

/// (kind, record id, version) of every outbox row.
fn outbox(store: &Store) -> Vec<(String, String, i64)> {
    store
        .read(|c| {
            let mut stmt = c.prepare("SELECT kind, record_id, version FROM outbox ORDER BY seq")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .expect("outbox")
}

fn export(k: &Kiosk) -> (usize, Vec<u8>) {
    let path = k.dir.path().join("usb").join("entrepreneurs.csv");
    std::fs::create_dir_all(path.parent().expect("folder")).expect("folder made");
    let rows = csv::export_file(&k.store, &k.admin, &path).expect("exported");
    (rows, std::fs::read(&path).expect("written"))
}

/// The sheet's rows as cells (a BOM and CRLF line ends taken off).
fn cells(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let text = text.strip_prefix('\u{FEFF}').expect("a BOM first");
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_string).collect())
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn the_export_opens_in_a_spreadsheet_with_hindi_intact() {
    let k = kiosk();
    let first = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("sunita");
    let second = entrepreneurs::register(&k.store, &k.operator, &ramesh()).expect("ramesh");
    let gone = Registration {
        full_name: "Kamla Bai".into(),
        mobile: "7890123456".into(),
        ..sunita()
    };
    let gone = entrepreneurs::register(&k.store, &k.operator, &gone).expect("kamla");
    entrepreneurs::erase(&k.store, &k.admin, &gone.id).expect("erased");

    let (rows, bytes) = export(&k);
    assert_eq!(rows, 3);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    let bare_line_ends = text
        .match_indices('\n')
        .filter(|(i, _)| !text[..*i].ends_with('\r'));
    // Only the idea's own second line, inside its quotes, ends without CR.
    assert_eq!(bare_line_ends.count(), 1, "{text}");
    assert!(text.contains("सुनीता देवी") && text.contains("दो भैंस लेकर दूध बेचना"));
    for aadhaar in [AADHAAR, "234567890124", "2345-6789-0124", "23456789"] {
        assert!(!text.contains(aadhaar), "{aadhaar} in the export");
    }
    assert!(!text.contains("Kamla"), "an erased name in the export");

    let table = cells(&bytes);
    assert_eq!(table[0], COLUMNS);
    assert_eq!(csv::COLUMNS, COLUMNS);
    let ids: Vec<&str> = table[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, [&gone.id, &second.id, &first.id], "newest first");
    let erased = &table[1];
    let filled: Vec<&str> = COLUMNS
        .iter()
        .zip(erased)
        .filter(|(_, cell)| !cell.is_empty())
        .map(|(column, _)| *column)
        .collect();
    assert_eq!(filled, ["id", "version", "registered_at", "erased_at"]);

    let column = |row: &[String], name: &str| {
        let at = COLUMNS.iter().position(|c| *c == name).expect("a column");
        row[at].clone()
    };
    let sunita_row = &table[3];
    for (name, want) in [
        ("full_name", "सुनीता देवी"),
        ("gender", "female"),
        ("age_at_registration", "30"),
        ("mobile", "9876543210"),
        ("state", "madhya-pradesh"),
        ("district", "dewas"),
        ("caste", "obc"),
        ("education", "class_10"),
        ("shg_member", "yes"),
        ("sector", "dairy"),
        ("stage", "idea"),
        ("bank_account", "yes"),
        ("aadhaar_last4", "0124"),
        ("erased_at", ""),
    ] {
        assert_eq!(column(sunita_row, name), want, "{name}");
    }
    let version = entrepreneurs::notice().version.to_string();
    assert_eq!(column(sunita_row, "consent_version"), version);
    assert_eq!(column(sunita_row, "version"), "1");
    // A formula-like idea opens as text.
    let idea = column(&table[2], "idea");
    assert!(idea.starts_with("'=2+2, a \"mobile\" shop\n"), "{idea}");
}

#[test]
fn only_an_admin_exports_and_a_failed_export_leaves_no_file() {
    let k = kiosk();
    entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let usb = k.dir.path().join("usb");
    std::fs::create_dir_all(&usb).expect("folder");
    let path = usb.join("out.csv");
    let refused = csv::export_file(&k.store, &k.operator, &path);
    assert_eq!(refused.expect_err("refused").code(), "people.not_admin");
    assert!(files_in(&usb).is_empty());

    // The target is a folder: the rename fails after the sheet was written.
    std::fs::create_dir(&path).expect("a folder in the way");
    let failed = csv::export_file(&k.store, &k.admin, &path).expect_err("fails");
    assert!(matches!(failed, Error::FileWrite { .. }), "{failed:?}");
    assert_eq!(files_in(&usb), ["out.csv"], "a temp file was left behind");
    let missing = k.dir.path().join("no-such-folder/out.csv");
    assert!(csv::export_file(&k.store, &k.admin, &missing).is_err());
    assert!(!missing.exists());
}

#[test]
fn a_good_sheet_registers_everyone_each_with_an_outbox_row() {
    let k = kiosk();
    let before = outbox(&k.store).len();
    let Import::Registered {
        entrepreneurs: people,
        warnings,
    } = import(&k, &sheet(&[GOOD_HINDI, GOOD_ENGLISH, GOOD_IDS]))
    else {
        panic!("refused");
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(people.len(), 3);
    let profiles: Vec<_> = people
        .iter()
        .map(|e| e.profile.clone().expect("live"))
        .collect();
    let geeta = &profiles[0];
    assert_eq!(geeta.full_name, "गीता बाई");
    assert_eq!(
        (geeta.gender, geeta.caste, geeta.age_at_registration),
        (Gender::Female, Some(Caste::Obc), 35)
    );
    assert_eq!(
        (geeta.state.as_str(), geeta.district.as_str()),
        ("madhya-pradesh", "dewas")
    );
    assert_eq!(
        (geeta.education.as_str(), geeta.sector.as_str(), geeta.stage),
        ("class_10", "goat_rearing", Stage::Idea)
    );
    assert!(geeta.shg_member && geeta.bank_account);
    assert_eq!(geeta.aadhaar_last4.as_deref(), Some("0124"));
    let mohan = &profiles[1];
    assert_eq!(mohan.gender, Gender::Male);
    assert_eq!(mohan.birth_date.as_deref(), Some("1990-05-12"));
    assert_eq!(mohan.mobile, "9712345678");
    assert_eq!(
        (mohan.sector.as_str(), mohan.stage, mohan.caste),
        ("tailoring", Stage::Training, Some(Caste::Sc))
    );
    assert_eq!(mohan.idea, "A tailoring shop, at home");
    assert!(!mohan.shg_member && mohan.bank_account);
    let salma = &profiles[2];
    assert_eq!(
        (salma.state.as_str(), salma.district.as_str(), salma.stage),
        ("uttar-pradesh", "lucknow", Stage::Finance)
    );
    assert!(salma.shg_member && !salma.bank_account && salma.caste.is_none());

    let outbox = outbox(&k.store);
    assert_eq!(outbox.len(), before + 3);
    for person in &people {
        assert_eq!(person.consent.version, entrepreneurs::notice().version);
        assert_eq!(person.registered_by, k.admin.id);
        assert!(outbox.contains(&("entrepreneur".into(), person.id.clone(), 1)));
        let history = entrepreneurs::history(&k.store, &person.id).expect("history");
        assert_eq!(history.len(), 1);
    }
    assert_eq!(entrepreneurs::list(&k.store, "").expect("list").len(), 3);
}

#[test]
fn a_sheet_with_bad_rows_writes_nothing_and_names_each_one() {
    let k = kiosk();
    entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("registered");
    let before = snapshot(&k);
    let bad_mobile = "Ram Singh,male,,40,12345,Barodiya,madhya-pradesh,dewas,,primary,no,dairy,\
                      Milk,idea,no,,yes";
    let bad_sector = "Sita Devi,female,,25,9123456780,Barodiya,madhya-pradesh,dewas,,primary,no,\
                      Rocket science,Rockets,idea,no,,yes";
    let two_bad = "Gopal,,,33,9234567801,Barodiya,madhya-pradesh,dewas,,primary,maybe,dairy,\
                   Milk,idea,no,,yes";
    let rows = [
        GOOD_HINDI,
        bad_mobile,
        GOOD_ENGLISH,
        bad_sector,
        two_bad,
        GOOD_IDS,
    ];
    let found = problems(import(&k, &sheet(&rows)));
    assert_eq!(
        places(&found),
        [
            (3, "mobile".into(), "entrepreneurs.invalid".into()),
            (5, "sector".into(), "people_csv.not_a_choice".into()),
            (6, "gender".into(), "people_csv.blank".into()),
            (6, "shg_member".into(), "people_csv.not_yes_no".into()),
        ]
    );
    assert_eq!(snapshot(&k), before, "something was written");

    let localizer = Localizer::embedded();
    for problem in &found {
        let en = problem.line(&localizer, Language::En);
        let hi = problem.line(&localizer, Language::Hi);
        assert!(
            en.starts_with(&format!("Row {}, {}: ", problem.row, problem.column)),
            "{en}"
        );
        assert!(hi.starts_with(&format!("पंक्ति {}", problem.row)), "{hi}");
        assert!(!en.contains('{') && !hi.contains('{'), "{en} / {hi}");
        assert_ne!(
            problem.message(&localizer, Language::En),
            problem.message(&localizer, Language::Hi)
        );
    }
    // The mobile's message is the registration form's own.
    let form_says = Error::EntrepreneurInvalid {
        field: entrepreneurs::EntrepreneurField::Mobile,
        reason: entrepreneurs::InputReason::Format,
    };
    assert_eq!(
        found[0].message(&localizer, Language::Hi),
        form_says.message(&localizer, Language::Hi)
    );
    assert!(found[1]
        .message(&localizer, Language::En)
        .contains("Rocket science"));
}

#[test]
fn every_row_needs_consent_yes() {
    let k = kiosk();
    let before = snapshot(&k);
    let no = GOOD_ENGLISH.replace(",yes", ",no");
    let blank = GOOD_IDS.replace(",true", ",");
    let found = problems(import(&k, &sheet(&[GOOD_HINDI, &no, &blank])));
    assert_eq!(
        places(&found),
        [
            (3, "consent".into(), "people_csv.no_consent".into()),
            (4, "consent".into(), "people_csv.no_consent".into()),
        ]
    );
    assert_eq!(snapshot(&k), before);
}

#[test]
fn a_missing_column_is_named() {
    let k = kiosk();
    let before = snapshot(&k);
    let without_mobile = HEADER.replace("mobile,", "");
    let row =
        "गीता बाई,महिला,,35,बड़ोदिया,मध्य प्रदेश,देवास,,10वीं पास,हाँ,बकरी पालन,बकरियाँ,आइडिया,हाँ,,हाँ";
    let bytes = format!("{without_mobile}\r\n{row}\r\n").into_bytes();
    let found = problems(import(&k, &bytes));
    assert_eq!(
        places(&found),
        [(1, "mobile".into(), "people_csv.missing_column".into())]
    );
    let localizer = Localizer::embedded();
    let en = found[0].message(&localizer, Language::En);
    assert!(en.contains("“mobile”"), "{en}");
    assert!(found[0]
        .message(&localizer, Language::Hi)
        .contains("“mobile”"));
    assert_eq!(snapshot(&k), before);

    // An export as it is has no consent column: that is asked for, not assumed.
    let export_header = COLUMNS.join(",");
    let found = problems(import(&k, format!("{export_header}\r\n").as_bytes()));
    assert_eq!(
        places(&found),
        [(1, "consent".into(), "people_csv.missing_column".into())]
    );
}

#[test]
fn empty_and_unreadable_sheets_are_refused() {
    let k = kiosk();
    let before = snapshot(&k);
    let header_only = problems(import(&k, &sheet(&[])));
    assert!(matches!(header_only[0].problem, Problem::NoRows));
    let empty = problems(import(&k, b""));
    assert!(matches!(empty[0].problem, Problem::NoRows));
    // Saved as plain "CSV" by a spreadsheet program: a Windows code page, not UTF-8.
    let mut latin1 = sheet(&[GOOD_IDS]);
    latin1.extend(b"Ren\xE9,male,,30,9345678012,Barodiya,madhya-pradesh,dewas,,primary,no,dairy,Milk,idea,no,,yes\r\n");
    let found = problems(import(&k, &latin1));
    assert_eq!(
        places(&found),
        [(3, String::new(), "people_csv.not_utf8".into())]
    );
    assert_eq!(snapshot(&k), before);
}

#[test]
fn duplicates_are_warnings_and_everyone_is_registered() {
    let k = kiosk();
    let sunita = entrepreneurs::register(&k.store, &k.operator, &sunita()).expect("sunita");
    let same_as_sunita = GOOD_IDS.replace("7012345678", "9876543210");
    let same_as_row_2 = GOOD_ENGLISH.replace("+91 97123 45678", "9812345670");
    let Import::Registered {
        entrepreneurs: people,
        warnings,
    } = import(&k, &sheet(&[GOOD_HINDI, &same_as_row_2, &same_as_sunita]))
    else {
        panic!("refused");
    };
    assert_eq!(people.len(), 3);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(
        (warnings[0].row, &warnings[0].warning),
        (3, &Warning::SameMobileAs { row: 2 })
    );
    assert_eq!(warnings[1].row, 4);
    let Warning::MayBeRegistered(duplicate) = &warnings[1].warning else {
        panic!("{warnings:?}");
    };
    assert_eq!(duplicate.id, sunita.id);
    let localizer = Localizer::embedded();
    let en = warnings[1].line(&localizer, Language::En);
    assert!(en.contains("Row 4, mobile") && en.contains("3210"), "{en}");
    assert!(warnings[1]
        .line(&localizer, Language::Hi)
        .contains("सुनीता देवी"));
}

#[test]
fn only_an_admin_imports() {
    let k = kiosk();
    let before = snapshot(&k);
    let refused = csv::import(&k.store, &k.operator, &sheet(&[GOOD_HINDI])[..]);
    assert_eq!(refused.expect_err("refused").code(), "people.not_admin");
    assert_eq!(snapshot(&k), before);
}

#[test]
fn register_all_saves_every_form_or_none() {
    let k = kiosk();
    let before = snapshot(&k);
    let bad = Registration {
        mobile: "12345".into(),
        ..ramesh()
    };
    let refused = entrepreneurs::register_all(&k.store, &k.admin, &[sunita(), bad]);
    assert_eq!(
        refused.expect_err("refused").code(),
        "entrepreneurs.invalid"
    );
    assert_eq!(snapshot(&k), before);
    let saved = entrepreneurs::register_all(&k.store, &k.admin, &[sunita(), ramesh()]);
    assert_eq!(saved.expect("saved").len(), 2);
    assert_eq!(outbox(&k.store).len(), 2);
}

/// An export with a consent column added, as an admin confirms paper consent.
fn with_consent(bytes: &[u8]) -> Vec<u8> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    for (index, mut row) in cells(bytes).into_iter().enumerate() {
        row.push(if index == 0 { "consent" } else { "yes" }.to_string());
        out.write_record(&row).expect("written");
    }
    out.into_inner().expect("flushed")
}

#[test]
fn an_export_imported_on_another_kiosk_gives_the_same_people() {
    let k = kiosk();
    let mut originals = Vec::new();
    for form in [sunita(), ramesh()] {
        originals.push(entrepreneurs::register(&k.store, &k.operator, &form).expect("saved"));
    }
    let gone = Registration {
        full_name: "Kamla Bai".into(),
        mobile: "7890123456".into(),
        ..sunita()
    };
    let gone = entrepreneurs::register(&k.store, &k.operator, &gone).expect("kamla");
    entrepreneurs::erase(&k.store, &k.admin, &gone.id).expect("erased");
    let (_, bytes) = export(&k);

    let other = kiosk();
    let Import::Registered {
        entrepreneurs: copies,
        warnings,
    } = import(&other, &with_consent(&bytes))
    else {
        panic!("refused");
    };
    // Newest first in the export: the tombstone (row 2, skipped), Ramesh, Sunita.
    assert_eq!(
        warnings,
        [csv::RowWarning {
            row: 2,
            warning: Warning::Erased
        }]
    );
    assert_eq!(copies.len(), 2);
    for (copy, original) in copies.iter().zip(originals.iter().rev()) {
        assert_ne!(copy.id, original.id);
        let mut want = original.profile.clone().expect("live");
        want.aadhaar_last4 = None;
        assert_eq!(copy.profile.as_ref(), Some(&want));
        assert_eq!(copy.consent.version, original.consent.version);
    }
}
