//! `kioskctl people export|import --csv FILE` as a real process over a real data folder,
//! with the admin's PIN on standard input: a sheet in and out, and a wrong PIN, a
//! missing PIN, an operator who is not an admin and a bad sheet each refused with exit
//! code 1 and nothing written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use kiosk_core::kiosk::{self, KioskProfile};
use kiosk_core::people::entrepreneurs;
use kiosk_core::people::operators::{self, Role};
use kiosk_core::{store, Store};

const ADMIN_PIN: &str = "482913";
const OPERATOR_PIN: &str = "740261";

const SHEET: &str = "\u{FEFF}full_name,gender,age,mobile,village,state,district,education,\
                     shg_member,sector,idea,stage,bank_account,consent\r\n\
                     सुनीता देवी,महिला,30,9876543210,बड़ोदिया,मध्य प्रदेश,देवास,10वीं पास,हाँ,\
                     बकरी पालन,दस बकरियाँ,आइडिया,हाँ,हाँ\r\n\
                     Mohan Lal,male,41,9712345678,Barodiya,madhya-pradesh,dewas,graduate,no,\
                     Tailoring,A tailoring shop,training,yes,yes\r\n";

/// A kiosk set up with an admin and an operator, its store closed again.
fn kiosk_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("opens");
    let profile = KioskProfile {
        name: "Gram Kiosk".into(),
        village: "Barodiya".into(),
        block: "Sonkatch".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    let admin = kiosk::set_up(&store, &profile, "Admin Name", ADMIN_PIN).expect("set up");
    operators::add(
        &store,
        &admin,
        "Priya Operator",
        OPERATOR_PIN,
        Role::Operator,
    )
    .expect("added");
    dir
}

fn kioskctl(data_dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(args)
        .env(store::DATA_DIR_ENV, data_dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kioskctl runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("PIN written");
    child.wait_with_output().expect("kioskctl ends")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {output:?}"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn registered(dir: &Path) -> usize {
    let store = Store::open(dir).expect("opens");
    entrepreneurs::list(&store, "").expect("list").len()
}

fn sheet_file(dir: &Path) -> PathBuf {
    let path = dir.join("camp.csv");
    std::fs::write(&path, SHEET).expect("sheet written");
    path
}

fn people(verb: &str, file: &Path, operator: &str) -> Vec<String> {
    let file = file.to_str().expect("UTF-8 path").to_string();
    ["people", verb, "--csv", &file, "--operator", operator]
        .map(str::to_string)
        .to_vec()
}

fn args(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

#[test]
fn an_admin_imports_a_sheet_and_exports_it_with_the_pin_on_stdin() {
    let dir = kiosk_dir();
    let sheet = sheet_file(dir.path());
    let mut import = people("import", &sheet, "Admin Name");
    import.push("--json".into());
    let output = kioskctl(dir.path(), &args(&import), &format!("{ADMIN_PIN}\n"));
    assert!(output.status.success(), "{output:?}");
    let report = json(&output);
    assert_eq!(report["imported"], 2, "{report}");
    assert_eq!(report["ids"].as_array().map(Vec::len), Some(2));
    assert!(!String::from_utf8_lossy(&output.stdout).contains(ADMIN_PIN));
    assert_eq!(registered(dir.path()), 2);

    let out = dir.path().join("export.csv");
    let mut export = people("export", &out, "Admin Name");
    export.push("--json".into());
    let output = kioskctl(dir.path(), &args(&export), &format!("{ADMIN_PIN}\r\n"));
    assert!(output.status.success(), "{output:?}");
    assert_eq!(json(&output)["rows"], 2);
    let bytes = std::fs::read(&out).expect("exported");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.starts_with("\u{FEFF}id,version,registered_at,full_name,"));
    assert!(text.contains("सुनीता देवी") && text.contains("goat_rearing"));

    let again = kioskctl(
        dir.path(),
        &["--lang", "en", "people", "export", "--csv"]
            .into_iter()
            .chain([out.to_str().expect("path"), "--operator", "Admin Name"])
            .collect::<Vec<_>>(),
        &format!("{ADMIN_PIN}\n"),
    );
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(said.contains("2 records were written to"), "{said}");
}

#[test]
fn a_wrong_or_missing_pin_exits_1_and_writes_nothing() {
    let dir = kiosk_dir();
    let sheet = sheet_file(dir.path());
    let import = people("import", &sheet, "Admin Name");
    let wrong = kioskctl(dir.path(), &args(&import), "111111\n");
    assert_eq!(wrong.status.code(), Some(1), "{wrong:?}");
    assert!(
        stderr(&wrong).contains("[people.sign_in_failed]"),
        "{wrong:?}"
    );
    assert!(!stderr(&wrong).contains("111111"));
    let none = kioskctl(dir.path(), &args(&import), "");
    assert_eq!(none.status.code(), Some(1), "{none:?}");
    assert!(stderr(&none).contains("[people_csv.no_pin]"), "{none:?}");
    assert_eq!(registered(dir.path()), 0);

    let out = dir.path().join("export.csv");
    let export = people("export", &out, "Admin Name");
    let wrong = kioskctl(dir.path(), &args(&export), "111111\n");
    assert_eq!(wrong.status.code(), Some(1), "{wrong:?}");
    assert!(!out.exists(), "exported with a wrong PIN");
    // The wrong PINs count towards the lockout, as on the sign-in screen.
    let store = Store::open(dir.path()).expect("opens");
    let left = operators::sign_in(&store, "Admin Name", "111111", 0).expect_err("wrong");
    assert!(
        matches!(
            left,
            kiosk_core::Error::SignInFailed {
                attempts_left: Some(2)
            }
        ),
        "{left:?}"
    );
}

#[test]
fn an_operator_who_is_not_an_admin_is_refused() {
    let dir = kiosk_dir();
    let sheet = sheet_file(dir.path());
    let mut import = people("import", &sheet, "Priya Operator");
    import.push("--json".into());
    let output = kioskctl(dir.path(), &args(&import), &format!("{OPERATOR_PIN}\n"));
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(json(&output)["code"], "people.not_admin");
    assert_eq!(registered(dir.path()), 0);

    let out = dir.path().join("export.csv");
    let export = people("export", &out, "Priya Operator");
    let output = kioskctl(dir.path(), &args(&export), &format!("{OPERATOR_PIN}\n"));
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stderr(&output).contains("[people.not_admin]"));
    assert!(!out.exists());
}

#[test]
fn a_bad_sheet_exits_1_listing_every_row_and_imports_nothing() {
    let dir = kiosk_dir();
    let bad = SHEET
        .replace("9876543210", "12345")
        .replace("Tailoring", "Rocket science");
    let sheet = dir.path().join("bad.csv");
    std::fs::write(&sheet, bad).expect("written");

    let mut import = people("import", &sheet, "Admin Name");
    import.push("--json".into());
    let output = kioskctl(dir.path(), &args(&import), &format!("{ADMIN_PIN}\n"));
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report = json(&output);
    let rows: Vec<(u64, &str, &str)> = report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            let text = |key: &str| r[key].as_str().unwrap_or_default();
            (
                r["row"].as_u64().unwrap_or_default(),
                text("field"),
                text("code"),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (2, "mobile", "entrepreneurs.invalid"),
            (3, "sector", "people_csv.not_a_choice"),
        ]
    );
    assert_eq!(registered(dir.path()), 0);

    let mut hindi = vec!["--lang", "hi"];
    let import = people("import", &sheet, "Admin Name");
    hindi.extend(args(&import));
    let output = kioskctl(dir.path(), &hindi, &format!("{ADMIN_PIN}\n"));
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(said.contains("कुछ भी दर्ज नहीं हुआ"), "{said}");
    assert!(
        said.contains("पंक्ति 2, mobile") && said.contains("पंक्ति 3, sector"),
        "{said}"
    );
    assert_eq!(registered(dir.path()), 0);
}
