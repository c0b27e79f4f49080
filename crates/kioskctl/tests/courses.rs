//! `kioskctl courses list|validate|import` as a real process over a real data folder,
//! with a pack copied from the shipped courses as an operator's USB stick would hold it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kiosk_core::store;

fn kioskctl(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(args)
        .env(store::DATA_DIR_ENV, data_dir)
        .output()
        .expect("kioskctl runs")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {output:?}"))
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("readable").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}

/// A shipped course under another id, as a new pack on a USB stick.
fn usb_pack(scratch: &Path) -> PathBuf {
    let shipped =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/courses/money-bookkeeping");
    let pack = scratch.join("usb/money-copy");
    copy_folder(&shipped, &pack);
    let manifest = pack.join("course.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    std::fs::write(
        &manifest,
        text.replacen("\"money-bookkeeping\"", "\"money-copy\"", 1),
    )
    .expect("written");
    pack
}

#[test]
fn list_shows_the_shipped_courses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = kioskctl(dir.path(), &["courses", "list", "--json"]);
    assert!(output.status.success(), "{output:?}");
    let rows = json(&output);
    let ids: Vec<&str> = rows
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    for id in [
        "enterprise-basics",
        "money-bookkeeping",
        "digital-payments",
        "credit-and-schemes",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let text = kioskctl(dir.path(), &["--lang", "hi", "courses", "list"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("पाठ") && text.contains("मिनट"), "{text}");
}

#[test]
fn a_pack_is_validated_then_imported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = usb_pack(dir.path());
    let path = pack.to_str().expect("UTF-8 path");
    let checked = kioskctl(dir.path(), &["courses", "validate", path, "--json"]);
    assert!(checked.status.success(), "{checked:?}");
    assert_eq!(json(&checked)["ok"], true);
    let listed = |dir: &Path| json(&kioskctl(dir, &["courses", "list", "--json"])).to_string();
    assert!(
        !listed(dir.path()).contains("money-copy"),
        "validate installed it"
    );

    let imported = kioskctl(dir.path(), &["courses", "import", path, "--json"]);
    assert!(imported.status.success(), "{imported:?}");
    assert_eq!(json(&imported)["result"], "installed");
    let again = kioskctl(dir.path(), &["--lang", "en", "courses", "import", path]);
    let again = String::from_utf8_lossy(&again.stdout);
    assert!(again.contains("already on the kiosk"), "{again}");
    assert!(listed(dir.path()).contains("money-copy"));
}

#[test]
fn a_broken_pack_exits_1_with_each_problem_and_installs_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = usb_pack(dir.path());
    let quiz = std::fs::read_dir(pack.join("quizzes"))
        .expect("quizzes")
        .flatten()
        .next()
        .expect("a quiz")
        .path();
    std::fs::remove_file(&quiz).expect("removed");
    let missing = format!(
        "quizzes/{}",
        quiz.file_name().and_then(|n| n.to_str()).expect("name")
    );
    let path = pack.to_str().expect("UTF-8 path");

    let checked = kioskctl(dir.path(), &["courses", "validate", path, "--json"]);
    assert_eq!(checked.status.code(), Some(1), "{checked:?}");
    let report = json(&checked);
    assert_eq!(report["ok"], false);
    let problems = report["problems"].as_array().expect("problems");
    assert!(
        problems
            .iter()
            .any(|p| p["code"] == "courses.pack.missing_file" && p["file"] == missing.as_str()),
        "{report}"
    );

    let imported = kioskctl(dir.path(), &["--lang", "hi", "courses", "import", path]);
    assert_eq!(imported.status.code(), Some(1), "{imported:?}");
    let stderr = String::from_utf8_lossy(&imported.stderr);
    assert!(
        stderr.contains("कुछ नहीं बदला गया") && stderr.contains(&missing),
        "{stderr}"
    );
    let listed = json(&kioskctl(dir.path(), &["courses", "list", "--json"])).to_string();
    assert!(
        !listed.contains("money-copy"),
        "a broken pack was installed"
    );
}
