//! `kioskctl doctor` run as a real process against real data folders.

use std::path::Path;
use std::process::{Command, Output};

use kiosk_core::{fixtures, store, Store};

fn doctor(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .arg("doctor")
        .args(args)
        .env(store::DATA_DIR_ENV, data_dir)
        .output()
        .expect("kioskctl runs")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn healthy_kiosk_reports_paths_version_language_and_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Store::open(dir.path()).expect("opens"));
    let output = doctor(dir.path(), &["--json"]);
    assert!(output.status.success(), "{output:?}");
    let report = &json(&output)["report"];
    assert_eq!(report["data_dir"], dir.path().display().to_string());
    assert_eq!(
        report["db_path"],
        dir.path().join(store::DB_FILE).display().to_string()
    );
    assert_eq!(report["schema_version"], store::migrate::LATEST_VERSION);
    assert_eq!(report["language"], "hi");
    assert_eq!(report["record_counts"]["settings"], 1);

    // Plain text follows the kiosk's language (Hindi) unless --lang says otherwise.
    let text = doctor(dir.path(), &[]);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).expect("utf-8");
    let v = store::migrate::LATEST_VERSION;
    assert!(
        text.contains(&format!("डेटा संस्करण: {v} (यह ऐप: {v})")),
        "{text}"
    );
    assert!(text.contains("  settings: 1"), "{text}");
    let english = doctor(dir.path(), &["--lang", "en"]);
    let english = String::from_utf8(english.stdout).expect("utf-8");
    assert!(
        english.contains(&format!("Schema version: {v} (this app: {v})")),
        "{english}"
    );
    assert!(english.contains("Language: हिन्दी"), "{english}");
}

#[test]
fn a_corrupt_database_exits_non_zero_naming_the_file_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = fixtures::write_corrupt_db(dir.path()).expect("written");
    let output = doctor(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    let path = dir.path().join(store::DB_FILE).display().to_string();
    assert!(stderr.contains(&path), "{stderr}");
    assert!(stderr.contains("damaged"), "English missing: {stderr}");
    assert!(stderr.contains("ख़राब"), "Hindi missing: {stderr}");
    assert!(stderr.contains("store.corrupt"));
    assert_eq!(
        std::fs::read(dir.path().join(store::DB_FILE)).expect("kept"),
        bytes
    );
}

#[test]
fn json_errors_carry_code_message_and_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    fixtures::write_too_new_db(dir.path()).expect("written");
    let output = doctor(dir.path(), &["--json", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(2));
    let value = json(&output);
    assert_eq!(value["ok"], false);
    assert_eq!(value["error"]["code"], "store.too_new");
    let message = value["error"]["message"].as_str().expect("message");
    assert!(message.contains("newer version"), "{message}");
    assert!(!message.contains("नए"), "asked for English only: {message}");
}

#[test]
fn an_unwritable_data_folder_exits_non_zero() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let dir = fixtures::unwritable_data_dir(scratch.path()).expect("made");
    let output = doctor(&dir, &["--lang", "hi"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("store.dir_unwritable"), "{stderr}");
    assert!(stderr.contains("सहेज नहीं पा रहा"), "{stderr}");
}
