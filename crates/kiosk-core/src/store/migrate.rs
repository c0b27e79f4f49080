//! Numbered SQL migrations, applied in order and recorded in `PRAGMA user_version`.
//! Each step runs in its own transaction, so a failure leaves the previous version intact.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

#[derive(Debug)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration the app knows. Append only: a shipped migration never changes.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "settings",
        sql: include_str!("migrations/0001_settings.sql"),
    },
    Migration {
        version: 2,
        name: "catalog",
        sql: include_str!("migrations/0002_catalog.sql"),
    },
    Migration {
        version: 3,
        name: "scheme words",
        sql: include_str!("migrations/0003_scheme_words.sql"),
    },
    Migration {
        version: 4,
        name: "courses",
        sql: include_str!("migrations/0004_courses.sql"),
    },
    Migration {
        version: 5,
        name: "outbox and learning",
        sql: include_str!("migrations/0005_learning.sql"),
    },
    Migration {
        version: 6,
        name: "operators",
        sql: include_str!("migrations/0006_operators.sql"),
    },
];

/// The schema version this build creates and understands.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database at `path` up to [`LATEST_VERSION`]; refuses a newer one untouched.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    apply(conn, path, MIGRATIONS)
}

/// A database written by a newer app is refused, untouched.
pub fn refuse_newer(path: &Path, found: i64, supported: i64) -> Result<()> {
    if found > supported {
        return Err(Error::DatabaseTooNew {
            path: path.to_path_buf(),
            found,
            supported,
        });
    }
    Ok(())
}

pub(crate) fn apply(conn: &mut Connection, path: &Path, migrations: &[Migration]) -> Result<()> {
    let current = schema_version(conn)?;
    refuse_newer(path, current, migrations.len() as i64)?;
    for migration in migrations.iter().filter(|m| m.version > current) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(migration.sql)?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_db() -> Connection {
        Connection::open_in_memory().expect("in-memory SQLite always opens")
    }

    #[test]
    fn versions_are_numbered_one_by_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, index as i64 + 1, "{}", migration.name);
        }
    }

    #[test]
    fn each_migration_applies_from_an_empty_database() {
        for upto in 1..=MIGRATIONS.len() {
            let mut conn = empty_db();
            apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..upto]).expect("migrates");
            assert_eq!(schema_version(&conn).expect("version"), upto as i64);
        }
    }

    #[test]
    fn each_upgrade_keeps_the_data_of_the_version_before() {
        for from in 1..MIGRATIONS.len() {
            let mut conn = empty_db();
            apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..from]).expect("old version");
            conn.execute(
                "INSERT INTO settings(key, value) VALUES ('language', 'en')",
                [],
            )
            .expect("data in the old version");
            migrate(&mut conn, Path::new(":memory:")).expect("upgrades");
            let value: String = conn
                .query_row(
                    "SELECT value FROM settings WHERE key = 'language'",
                    [],
                    |r| r.get(0),
                )
                .expect("row kept");
            assert_eq!(value, "en", "upgrade from version {from}");
            assert_eq!(schema_version(&conn).expect("version"), LATEST_VERSION);
        }
    }

    #[test]
    fn catalog_tables_cascade_from_schemes() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             INSERT INTO schemes(id, name_en, level, source_url, last_verified, record)
                 VALUES ('s', 'S', 'central', 'u', '2026-01-01', '{}');
             INSERT INTO scheme_states VALUES ('s', 'All India');
             INSERT INTO scheme_categories VALUES ('s', 'Banking');
             DELETE FROM schemes;",
        )
        .expect("cascade");
        let left: i64 = conn
            .query_row(
                "SELECT (SELECT count(*) FROM scheme_states) + (SELECT count(*) FROM scheme_categories)",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(left, 0);
        let bad_level = conn.execute(
            "INSERT INTO schemes(id, name_en, level, source_url, last_verified, record)
                 VALUES ('t', 'T', 'district', 'u', 'd', '{}')",
            [],
        );
        assert!(bad_level.is_err(), "level must be central or state");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("first");
        conn.execute(
            "INSERT INTO settings(key, value) VALUES ('language', 'en')",
            [],
        )
        .expect("insert");
        migrate(&mut conn, Path::new(":memory:")).expect("second");
        let value: String = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .expect("row kept");
        assert_eq!(value, "en");
        assert_eq!(schema_version(&conn).expect("version"), LATEST_VERSION);
    }

    #[test]
    fn settings_table_rejects_an_empty_key() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        let result = conn.execute("INSERT INTO settings(key, value) VALUES ('', 'x')", []);
        assert!(result.is_err());
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version() {
        const BROKEN: &[Migration] = &[
            Migration {
                version: 1,
                name: "good",
                sql: "CREATE TABLE a (x INTEGER);",
            },
            Migration {
                version: 2,
                name: "bad",
                sql: "CREATE TABLE b (y INTEGER); THIS IS NOT SQL;",
            },
        ];
        let mut conn = empty_db();
        assert!(apply(&mut conn, Path::new(":memory:"), BROKEN).is_err());
        assert_eq!(schema_version(&conn).expect("version"), 1);
        let b_exists: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'b'",
                [],
                |r| r.get(0),
            )
            .expect("query");
        assert_eq!(b_exists, 0, "half of the failed step was kept");
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let mut conn = empty_db();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 5)
            .expect("set");
        let error = migrate(&mut conn, Path::new("/k/kiosk.sqlite3")).expect_err("refused");
        assert!(
            matches!(error, Error::DatabaseTooNew { found, .. } if found == LATEST_VERSION + 5)
        );
        assert_eq!(schema_version(&conn).expect("version"), LATEST_VERSION + 5);
    }
}
