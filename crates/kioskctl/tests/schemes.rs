//! `kioskctl schemes search` as a real process over a real data folder.

use std::process::Command;

use kiosk_core::store;

/// kioskctl run as a process over the data folder `data_dir`.
fn kioskctl(data_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(args)
        .env(store::DATA_DIR_ENV, data_dir)
        .output()
        .expect("kioskctl runs")
}

fn search(data_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["schemes", "search"])
        .args(args)
        .env(store::DATA_DIR_ENV, data_dir)
        .output()
        .expect("kioskctl runs")
}

#[test]
fn json_results_are_ranked_ids_names_and_scores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = search(
        dir.path(),
        &["mudra loan", "--lang", "en", "--limit", "5", "--json"],
    );
    assert!(output.status.success(), "{output:?}");
    let hits: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let hits = hits.as_array().expect("an array");
    assert!(!hits.is_empty() && hits.len() <= 5, "{hits:?}");
    assert!(hits.iter().any(|h| h["id"] == "pmmy"), "{hits:?}");
    assert!(hits
        .iter()
        .all(|h| h["name"].is_string() && h["score"].is_number()));
    let scores: Vec<f64> = hits.iter().filter_map(|h| h["score"].as_f64()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "not in rank order: {scores:?}"
    );
}

#[test]
fn odd_queries_give_an_empty_array_not_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    for query in ["", "\"", "NOT AND", "🐄"] {
        let output = search(dir.path(), &[query, "--json"]);
        assert!(output.status.success(), "{query:?}: {output:?}");
        let hits: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        assert!(hits.is_array(), "{query:?}");
    }
}

#[test]
fn a_corrupt_database_exits_non_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    kiosk_core::fixtures::write_corrupt_db(dir.path()).expect("written");
    let output = search(dir.path(), &["mudra"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("store.corrupt"));
}

#[test]
fn show_prints_one_scheme_and_fails_for_an_unknown_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["schemes", "show", "pmmy", "--json"])
        .env(store::DATA_DIR_ENV, dir.path())
        .output()
        .expect("kioskctl runs");
    assert!(output.status.success(), "{output:?}");
    let scheme: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(scheme["id"], "pmmy");
    assert_eq!(scheme["last_verified"].as_str().map(str::len), Some(10));
    let missing = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["schemes", "show", "no-such-scheme"])
        .env(store::DATA_DIR_ENV, dir.path())
        .output()
        .expect("kioskctl runs");
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn eligible_lists_fitting_schemes_with_reasons() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ladli = eligible_row(
        dir.path(),
        &[
            "--age",
            "30",
            "--gender",
            "female",
            "--state",
            "Madhya Pradesh",
        ],
        "cmlby",
    );
    assert_eq!(ladli["fit"], "fits");
    let why = ladli["why"].to_string();
    assert!(
        why.contains("For women, aged 21 to 60: you are 30"),
        "{why}"
    );
    let vendor = [
        "--age",
        "30",
        "--occupation",
        "street_vendor",
        "--residence",
        "urban",
        "--bpl-card",
        "false",
        "--student",
        "false",
        "--limit",
        "10",
    ];
    let mudra = eligible_row(dir.path(), &vendor, "pmmy");
    assert!(
        mudra["why"]
            .to_string()
            .contains("For street vendors: your work"),
        "{mudra}"
    );
    let bad = kioskctl(dir.path(), &["schemes", "eligible", "--gender", "robot"]);
    assert!(!bad.status.success());
}

/// `schemes eligible --json` with `answers`, and the row of scheme `id` in what it lists.
fn eligible_row(data_dir: &std::path::Path, answers: &[&str], id: &str) -> serde_json::Value {
    let args = [&["--lang", "en", "schemes", "eligible", "--json"], answers].concat();
    let output = kioskctl(data_dir, &args);
    assert!(output.status.success(), "{output:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    rows.into_iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed for {answers:?}"))
}

#[test]
fn doctor_shows_the_catalog_version_once_loaded() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(search(dir.path(), &["mudra"]).status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["doctor", "--lang", "en"])
        .env(store::DATA_DIR_ENV, dir.path())
        .output()
        .expect("kioskctl runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let version = kiosk_core::catalog::shipped().expect("shipped").version;
    assert!(
        text.contains(&format!("Scheme list version: {version}")),
        "{text}"
    );
    assert!(text.contains("  schemes: "), "{text}");
}

#[test]
fn checklist_writes_a_printable_hindi_page_with_the_font_inside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("mudra.html");
    let output = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["--lang", "hi", "schemes", "checklist", "pmmy", "--out"])
        .arg(&out)
        .env(store::DATA_DIR_ENV, dir.path())
        .output()
        .expect("kioskctl runs");
    assert!(output.status.success(), "{output:?}");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("साथ ले जाने वाले कागज़"), "title not in Hindi");
    assert!(html.contains("योजना: प्रधानमंत्री मुद्रा योजना"));
    assert!(html.contains("आधार कार्ड"), "papers not in Hindi");
    assert!(
        html.contains("<h3>किशोर और तरुण लोन के लिए यह भी</h3>"),
        "no group heading"
    );
    assert!(html.contains("<h2>हेल्पलाइन</h2>"), "no helpline heading");
    assert!(html.contains("1800-180-1111"), "no helpline number");
    assert!(html.contains("data:font/ttf;base64,"), "font not embedded");
    assert!(
        html.contains("ग्राम कियोस्क से 20"),
        "kiosk and date line missing"
    );
    // Once the kiosk has a name, the slip carries it.
    let kiosk = kiosk_core::Store::open(dir.path()).expect("opens");
    kiosk
        .write(|tx| kiosk_core::settings::set_kiosk_name(tx, "बड़ोदिया कियोस्क"))
        .expect("named");
    drop(kiosk);
    let out_arg = out.to_str().expect("a UTF-8 temp path");
    let named = kioskctl(
        dir.path(),
        &[
            "--lang",
            "hi",
            "schemes",
            "checklist",
            "pmmy",
            "--out",
            out_arg,
        ],
    );
    assert!(named.status.success(), "{named:?}");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.contains("बड़ोदिया कियोस्क से 20"), "kiosk name missing");

    let unwritable = dir.path().join("no-such-folder").join("x.html");
    let failed = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .args(["--lang", "en", "schemes", "checklist", "pmmy", "--out"])
        .arg(&unwritable)
        .env(store::DATA_DIR_ENV, dir.path())
        .output()
        .expect("kioskctl runs");
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("file.write_failed") && stderr.contains("could not be written"),
        "{stderr}"
    );
}
