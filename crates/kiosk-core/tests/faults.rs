//! A damaged, foreign or unwritable data folder gives a clear error and is never changed.

use std::fs;

use kiosk_core::{fixtures, health, store, Error, Store};

fn folder_listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("readable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_corrupt_database_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = fixtures::write_corrupt_db(dir.path()).expect("written");
    let error = Store::open(dir.path()).expect_err("refused");
    assert_eq!(error.code(), "store.corrupt");
    assert_eq!(
        error.path(),
        Some(dir.path().join(store::DB_FILE).as_path())
    );
    assert_eq!(
        fs::read(dir.path().join(store::DB_FILE)).expect("still there"),
        bytes
    );
    assert_eq!(folder_listing(dir.path()), vec![store::DB_FILE.to_string()]);
}

#[test]
fn a_database_with_a_good_header_but_garbage_pages_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Store::open(dir.path()).expect("creates"));
    let path = dir.path().join(store::DB_FILE);
    let mut bytes = fs::read(&path).expect("read");
    // Keep the 100-byte header, scramble everything after it.
    for (i, byte) in bytes.iter_mut().enumerate().skip(100) {
        *byte = (i * 31 % 251) as u8;
    }
    fs::write(&path, &bytes).expect("damaged");
    let error = Store::open(dir.path()).expect_err("refused");
    assert_eq!(error.code(), "store.corrupt", "{error}");
    assert_eq!(fs::read(&path).expect("still there"), bytes);
}

#[test]
fn a_database_from_a_newer_app_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let version = fixtures::write_too_new_db(dir.path()).expect("written");
    let path = dir.path().join(store::DB_FILE);
    let before = fs::read(&path).expect("read");
    let error = Store::open(dir.path()).expect_err("refused");
    assert!(
        matches!(error, Error::DatabaseTooNew { found, .. } if found == version),
        "{error}"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn an_unwritable_data_folder_is_reported_with_its_path() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let dir = fixtures::unwritable_data_dir(scratch.path()).expect("made");
    let error = Store::open(&dir).expect_err("refused");
    assert_eq!(error.code(), "store.dir_unwritable");
    assert_eq!(error.path(), Some(dir.as_path()));
}

#[test]
fn doctor_reports_the_same_faults_without_writing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = fixtures::write_corrupt_db(dir.path()).expect("written");
    assert_eq!(
        health::inspect(dir.path()).expect_err("corrupt").code(),
        "store.corrupt"
    );
    assert_eq!(
        fs::read(dir.path().join(store::DB_FILE)).expect("kept"),
        bytes
    );

    let newer = tempfile::tempdir().expect("tempdir");
    fixtures::write_too_new_db(newer.path()).expect("written");
    assert_eq!(
        health::inspect(newer.path()).expect_err("newer").code(),
        "store.too_new"
    );

    let scratch = tempfile::tempdir().expect("tempdir");
    let unwritable = fixtures::unwritable_data_dir(scratch.path()).expect("made");
    assert_eq!(
        health::inspect(&unwritable).expect_err("unwritable").code(),
        "store.dir_unwritable"
    );
}

mod any_file_in_place_of_the_database {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever bytes sit where the database should be, opening never panics, and a
        /// file that is refused is left exactly as it was.
        #[test]
        fn is_opened_or_refused_untouched(
            bytes in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..4096),
                // A real SQLite header followed by garbage.
                proptest::collection::vec(any::<u8>(), 0..4096).prop_map(|tail| {
                    let mut bytes = b"SQLite format 3\0".to_vec();
                    bytes.extend(tail);
                    bytes
                }),
            ]
        ) {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join(store::DB_FILE);
            fs::write(&path, &bytes).expect("written");
            match Store::open(dir.path()) {
                Ok(_) => prop_assert!(bytes.is_empty(), "opened a non-empty foreign file"),
                Err(error) => {
                    prop_assert_eq!(error.code(), "store.corrupt", "{}", error);
                    prop_assert_eq!(fs::read(&path).expect("kept"), bytes);
                }
            }
        }
    }
}

#[test]
fn a_database_locked_by_another_program_is_not_called_corrupt() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Store::open(dir.path()).expect("creates"));
    let holder = rusqlite::Connection::open(dir.path().join(store::DB_FILE)).expect("opens");
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT * FROM settings;")
        .expect("lock taken");
    // Waits out the busy timeout, then gives up with an ordinary database error.
    let error = Store::open(dir.path()).expect_err("locked");
    assert_eq!(error.code(), "store.sqlite", "{error}");
}
