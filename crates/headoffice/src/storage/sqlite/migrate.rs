//! Numbered SQL migrations for the SQLite store, applied in order and recorded in
//! `PRAGMA user_version`. Each step runs in its own transaction.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};
use crate::storage::Migration;

/// Every migration the head office knows. Append only: a shipped migration never changes.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "kiosks, tokens, records, quarantine",
        sql: include_str!("../../../migrations/sqlite/0001_head_office.sql"),
    },
    Migration {
        version: 2,
        name: "admin and sessions",
        sql: include_str!("../../../migrations/sqlite/0002_admin.sql"),
    },
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database up to [`LATEST_VERSION`]; refuses a newer one untouched.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    apply(conn, path, MIGRATIONS)
}

fn apply(conn: &mut Connection, path: &Path, migrations: &[Migration]) -> Result<()> {
    let current = schema_version(conn)?;
    let supported = migrations.len() as i64;
    if current > supported {
        return Err(Error::DatabaseTooNew {
            database: path.display().to_string(),
            found: current,
            supported,
        });
    }
    for migration in migrations.iter().filter(|m| m.version > current) {
        tracing::info!(
            version = migration.version,
            name = migration.name,
            "migrating"
        );
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
    fn each_upgrade_keeps_the_kiosks_of_the_version_before() {
        for from in 1..MIGRATIONS.len() {
            let mut conn = empty_db();
            apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..from]).expect("old version");
            conn.execute(
                "INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', 't')",
                [],
            )
            .expect("data in the old version");
            migrate(&mut conn, Path::new(":memory:")).expect("upgrades");
            let name: String = conn
                .query_row("SELECT name FROM kiosks WHERE id = 'k'", [], |r| r.get(0))
                .expect("row kept");
            assert_eq!(name, "Bagli", "upgrade from version {from}");
        }
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("first");
        conn.execute(
            "INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', 't')",
            [],
        )
        .expect("insert");
        migrate(&mut conn, Path::new(":memory:")).expect("second");
        let count: i64 = conn
            .query_row("SELECT count(*) FROM kiosks", [], |r| r.get(0))
            .expect("count");
        assert_eq!(count, 1);
        assert_eq!(schema_version(&conn).expect("version"), LATEST_VERSION);
    }

    #[test]
    fn records_refuse_what_the_protocol_refuses() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', 't');",
        )
        .expect("kiosk");
        let insert = |values: &str| {
            conn.execute(
                &format!(
                    "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
                     VALUES ({values}, 't')"
                ),
                [],
            )
        };
        insert("'r', 1, 'learner', 'k', '{}', 0").expect("a record");
        insert("'r', 2, 'learner', 'k', NULL, 1").expect("a tombstone");
        for (what, values) in [
            ("same version twice", "'r', 1, 'learner', 'k', '{}', 0"),
            ("version 0", "'s', 0, 'learner', 'k', '{}', 0"),
            ("unknown kind", "'s', 1, 'course', 'k', '{}', 0"),
            ("unknown kiosk", "'s', 1, 'learner', 'x', '{}', 0"),
            ("empty id", "'', 1, 'learner', 'k', '{}', 0"),
            ("not JSON", "'s', 1, 'learner', 'k', 'nope', 0"),
            ("a tombstone with a body", "'s', 1, 'learner', 'k', '{}', 1"),
        ] {
            assert!(insert(values).is_err(), "{what} was accepted");
        }
    }

    #[test]
    fn upgrading_to_admin_keeps_records_and_takes_only_argon2id_hashes() {
        let mut conn = empty_db();
        apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..1]).expect("version 1");
        conn.execute_batch(
            "INSERT INTO kiosks(id, name, enrolled_at) VALUES ('k', 'Bagli', 't');
             INSERT INTO records(id, version, kind, kiosk_id, body, received_at)
                 VALUES ('l', 1, 'learner', 'k', '{}', 't');",
        )
        .expect("version 1 data");
        migrate(&mut conn, Path::new(":memory:")).expect("upgrades");
        let kept: i64 = conn
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .expect("count");
        assert_eq!(kept, 1);
        let set = |hash: &str| {
            conn.execute(
                "INSERT OR REPLACE INTO admin(id, password_hash, set_at) VALUES (1, ?1, 't')",
                [hash],
            )
        };
        set("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA").expect("a PHC string");
        assert!(set("plain password").is_err(), "only argon2id hashes");
        let second = conn.execute(
            "INSERT INTO admin(id, password_hash, set_at) VALUES (2, '$argon2id$x', 't')",
            [],
        );
        assert!(second.is_err(), "one admin row");
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
    }

    #[test]
    fn a_newer_database_is_refused_untouched() {
        let mut conn = empty_db();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1)
            .expect("set");
        let error = migrate(&mut conn, Path::new("/ho/headoffice.sqlite3")).expect_err("refused");
        assert!(matches!(error, Error::DatabaseTooNew { .. }));
        assert_eq!(schema_version(&conn).expect("version"), LATEST_VERSION + 1);
    }
}
