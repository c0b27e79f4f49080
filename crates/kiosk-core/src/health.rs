//! A look at a kiosk's data folder for `kioskctl doctor`: where things are, which
//! schema, which language, how many rows. It opens the database read-only and never
//! creates or migrates one; the only write is the probe that proves the folder writable.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::Result;
use crate::i18n::Language;
use crate::logs;
use crate::settings;
use crate::store::{self, migrate};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HealthReport {
    pub data_dir: PathBuf,
    pub db_path: PathBuf,
    /// False until the app has been started once in this data folder.
    pub db_exists: bool,
    pub schema_version: i64,
    pub latest_schema_version: i64,
    pub language: Language,
    pub kiosk_id: Option<String>,
    /// Version of the scheme catalog in the database, if one was loaded.
    pub catalog_version: Option<String>,
    /// Rows per table, by table name.
    pub record_counts: BTreeMap<String, i64>,
    /// The last error lines of the app's log files, oldest first.
    pub last_errors: Vec<String>,
}

/// How many error lines of the logs a report shows.
pub const LAST_ERRORS: usize = 10;

/// Inspects the data folder `dir` and the database in it.
pub fn inspect(dir: &Path) -> Result<HealthReport> {
    store::ensure_writable_dir(dir)?;
    let db_path = dir.join(store::DB_FILE);
    let mut report = HealthReport {
        data_dir: dir.to_path_buf(),
        db_path: db_path.clone(),
        db_exists: db_path.exists(),
        schema_version: 0,
        latest_schema_version: migrate::LATEST_VERSION,
        language: Language::default(),
        kiosk_id: None,
        catalog_version: None,
        record_counts: BTreeMap::new(),
        last_errors: logs::last_errors(dir, LAST_ERRORS),
    };
    if !report.db_exists {
        return Ok(report);
    }
    store::check_header(&db_path)?;
    let conn = Connection::open_with_flags(&db_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    report.schema_version = store::check_contents(&conn, &db_path)?;
    report.record_counts = record_counts(&conn)?;
    if report.record_counts.contains_key("settings") {
        report.language = settings::language(&conn)?;
        report.kiosk_id = settings::kiosk_id(&conn)?;
        report.catalog_version = settings::catalog_version(&conn)?;
    }
    Ok(report)
}

fn record_counts(conn: &Connection) -> Result<BTreeMap<String, i64>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         ORDER BY name",
    )?;
    let tables = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    tables
        .into_iter()
        .map(|table| {
            let quoted = format!("\"{}\"", table.replace('"', "\"\""));
            let count =
                conn.query_row(&format!("SELECT count(*) FROM {quoted}"), [], |r| r.get(0))?;
            Ok((table, count))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn a_fresh_folder_reports_no_database_and_creates_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        let report = inspect(dir.path()).expect("inspects");
        assert!(!report.db_exists);
        assert_eq!(report.schema_version, 0);
        assert!(!dir.path().join(store::DB_FILE).exists());
    }

    #[test]
    fn reports_schema_language_identity_and_counts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kiosk_id = {
            let store = Store::open(dir.path()).expect("opens");
            store
                .write(|tx| settings::set_language(tx, Language::En))
                .expect("saves");
            store.read(settings::kiosk_id).expect("id")
        };
        let report = inspect(dir.path()).expect("inspects");
        assert!(report.db_exists);
        assert_eq!(report.schema_version, migrate::LATEST_VERSION);
        assert_eq!(report.language, Language::En);
        assert_eq!(report.kiosk_id, kiosk_id);
        assert_eq!(report.record_counts.get("settings"), Some(&2));
    }
}
