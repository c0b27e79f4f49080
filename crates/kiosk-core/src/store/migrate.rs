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
    Migration {
        version: 7,
        name: "entrepreneurs",
        sql: include_str!("migrations/0007_entrepreneurs.sql"),
    },
    Migration {
        version: 8,
        name: "sync",
        sql: include_str!("migrations/0008_sync.sql"),
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

    /// A whole live entrepreneur row; `extra` overrides columns for CHECK tests.
    fn insert_entrepreneur(conn: &Connection, id: &str, extra: &str) -> rusqlite::Result<usize> {
        let columns = [
            ("id", format!("'{id}'")),
            ("version", "1".into()),
            ("full_name", "'सुनीता देवी'".into()),
            ("name_key", "'सुनितादेवि'".into()),
            ("gender", "'female'".into()),
            ("birth_date", "NULL".into()),
            ("age_at_registration", "30".into()),
            ("mobile", "'9876543210'".into()),
            ("village", "'बड़ोदिया'".into()),
            ("village_key", "'बडोदिया'".into()),
            ("state", "'madhya-pradesh'".into()),
            ("district", "'dewas'".into()),
            ("caste", "NULL".into()),
            ("education", "'class_10'".into()),
            ("shg_member", "1".into()),
            ("sector", "'dairy'".into()),
            ("idea", "'Two buffaloes'".into()),
            ("stage", "'idea'".into()),
            ("bank_account", "1".into()),
            ("aadhaar_last4", "'0124'".into()),
            ("photo", "NULL".into()),
            ("consent_version", "1".into()),
            ("consent_at", "'2026-03-15T10:00:00.000Z'".into()),
            ("consent_by", "'op'".into()),
            ("registered_at", "'2026-03-15T10:00:00.000Z'".into()),
            ("registered_by", "'op'".into()),
            ("updated_at", "'2026-03-15T10:00:00.000Z'".into()),
            ("erased_at", "NULL".into()),
            ("erased_by", "NULL".into()),
        ];
        let overrides: Vec<(&str, &str)> = extra
            .split(';')
            .filter_map(|pair| pair.split_once('='))
            .map(|(c, v)| (c.trim(), v.trim()))
            .collect();
        let (names, values): (Vec<&str>, Vec<String>) = columns
            .iter()
            .map(|(name, value)| {
                let value = overrides
                    .iter()
                    .rev()
                    .find(|(c, _)| c == name)
                    .map_or(value.clone(), |(_, v)| v.to_string());
                (*name, value)
            })
            .unzip();
        conn.execute(
            &format!(
                "INSERT INTO entrepreneurs({}) VALUES ({})",
                names.join(", "),
                values.join(", ")
            ),
            [],
        )
    }

    #[test]
    fn entrepreneurs_are_whole_or_erased_and_never_hold_a_full_aadhaar() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        insert_entrepreneur(&conn, "live", "").expect("a whole live record");
        let erased = "full_name=''; name_key=''; gender=NULL; age_at_registration=NULL;
            mobile=''; village=''; village_key=''; state=NULL; district=NULL;
            education=NULL; shg_member=NULL; sector=NULL; idea=''; stage=NULL;
            bank_account=NULL; aadhaar_last4=NULL;
            erased_at='2026-04-01T00:00:00.000Z'; erased_by='admin'";
        insert_entrepreneur(&conn, "tombstone", erased).expect("an erased record");
        for (what, extra) in [
            ("full Aadhaar", "aadhaar_last4='234567890124'"),
            ("letters as Aadhaar digits", "aadhaar_last4='12a4'"),
            ("mobile starting 5", "mobile='5876543210'"),
            ("short mobile", "mobile='98765'"),
            ("live without a name", "full_name=''"),
            ("live without a gender", "gender=NULL"),
            ("unknown gender", "gender='x'"),
            ("age 13", "age_at_registration=13"),
            ("unknown stage", "stage='done'"),
            ("unknown caste", "caste='x'"),
            ("idea of 501", "idea=printf('%.501c', 'x')"),
            ("photo not hex", "photo=printf('%.64c', 'Z')"),
            ("erased without who", "erased_at='2026-04-01'"),
            (
                "erased with a name left",
                &format!("{erased}; full_name='Sunita'"),
            ),
            (
                "erased with a mobile left",
                &format!("{erased}; mobile='9876543210'"),
            ),
            (
                "erased with an Aadhaar left",
                &format!("{erased}; aadhaar_last4='0124'"),
            ),
            (
                "erased with a photo left",
                &format!("{erased}; photo=printf('%.64c', 'a')"),
            ),
        ] {
            assert!(
                insert_entrepreneur(&conn, what, extra).is_err(),
                "{what} was accepted"
            );
        }
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_info('entrepreneurs')")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("columns");
        assert!(
            columns
                .iter()
                .filter(|c| c.contains("aadhaar"))
                .eq(["aadhaar_last4"].iter()),
            "{columns:?}"
        );
    }

    #[test]
    fn check_ins_and_history_belong_to_an_entrepreneur() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        conn.pragma_update(None, "foreign_keys", true).expect("fk");
        insert_entrepreneur(&conn, "e", "").expect("record");
        let check_in = |id: &str, entrepreneur: &str, extra: &str| {
            conn.execute(
                &format!(
                    "INSERT INTO check_ins(id, entrepreneur_id, version, date, stage, note,
                         training_done, people_employed, created_at, created_by
                         {extra_columns})
                     VALUES ('{id}', '{entrepreneur}', 1, '2026-03-20', 'launch', '', 0, 2,
                         '2026-03-20T10:00:00.000Z', 'op' {extra_values})",
                    extra_columns = if extra.is_empty() {
                        ""
                    } else {
                        ", monthly_revenue"
                    },
                    extra_values = if extra.is_empty() {
                        String::new()
                    } else {
                        format!(", {extra}")
                    },
                ),
                [],
            )
        };
        check_in("c1", "e", "").expect("check-in");
        check_in("c2", "e", "5000").expect("with revenue");
        assert!(
            check_in("c3", "nobody", "").is_err(),
            "unknown entrepreneur"
        );
        assert!(check_in("c4", "e", "-1").is_err(), "negative revenue");
        let history = |fields: &str| {
            conn.execute(
                &format!(
                    "INSERT INTO entrepreneur_history VALUES
                     ('e', 1, '2026-03-15T10:00:00.000Z', 'op', 'registered', '{fields}')"
                ),
                [],
            )
        };
        assert!(
            history("{\"full_name\": \"Sunita\"}").is_err(),
            "values, not names"
        );
        history("[\"full_name\"]").expect("names");
    }

    #[test]
    fn upgrading_to_entrepreneurs_keeps_operators_and_learning() {
        let mut conn = empty_db();
        apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..6]).expect("version 6");
        conn.execute_batch(
            "INSERT INTO operators(id, name, role, pin_hash) VALUES ('op', 'Ramesh', 'admin', 'h');
             INSERT INTO learners(id, name, avatar) VALUES ('l', 'Sita', 'mango');
             INSERT INTO outbox(kind, record_id, version, body) VALUES ('learner', 'l', 1, '{}');",
        )
        .expect("version 6 data");
        migrate(&mut conn, Path::new(":memory:")).expect("upgrades");
        let kept: (String, String, i64) = conn
            .query_row(
                "SELECT (SELECT name FROM operators), (SELECT name FROM learners),
                        (SELECT count(*) FROM outbox)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .expect("rows kept");
        assert_eq!(kept, ("Ramesh".into(), "Sita".into(), 1));
        insert_entrepreneur(&conn, "e", "").expect("new table usable");
    }

    #[test]
    fn upgrading_to_sync_keeps_the_outbox_as_pending() {
        let mut conn = empty_db();
        apply(&mut conn, Path::new(":memory:"), &MIGRATIONS[..7]).expect("version 7");
        conn.execute_batch(
            "INSERT INTO outbox(kind, record_id, version, body) VALUES ('learner', 'l', 1, '{}');
             INSERT INTO outbox(kind, record_id, version, body, sent_at)
                 VALUES ('learner', 'm', 1, '{}', '2026-03-01T00:00:00.000Z');",
        )
        .expect("version 7 data");
        migrate(&mut conn, Path::new(":memory:")).expect("upgrades");
        let rows: Vec<(String, Option<String>, Option<String>)> = conn
            .prepare("SELECT record_id, sent_at, quarantined_at FROM outbox ORDER BY seq")
            .and_then(|mut s| {
                s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .expect("rows");
        assert_eq!(
            rows,
            vec![
                ("l".into(), None, None),
                ("m".into(), Some("2026-03-01T00:00:00.000Z".into()), None)
            ]
        );
        let state: (i64, Option<String>) = conn
            .query_row("SELECT count(*), max(secret) FROM sync_state", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("one sync_state row");
        assert_eq!(state, (1, None), "not enrolled after the upgrade");
    }

    #[test]
    fn sync_state_is_one_row_enrolled_whole_or_not_at_all() {
        let mut conn = empty_db();
        migrate(&mut conn, Path::new(":memory:")).expect("migrates");
        assert!(
            conn.execute("INSERT INTO sync_state(id) VALUES (2)", [])
                .is_err(),
            "a second row"
        );
        assert!(
            conn.execute("UPDATE sync_state SET server_url = 'http://x'", [])
                .is_err(),
            "a URL without id and secret"
        );
        assert!(
            conn.execute("UPDATE sync_state SET last_error_code = 'sync.offline'", [])
                .is_err(),
            "an error without its time"
        );
        conn.execute(
            "UPDATE sync_state SET server_url = 'http://x', kiosk_id = 'k', secret = 's'",
            [],
        )
        .expect("a whole enrolment");
        let long_reason = conn.execute(
            "INSERT INTO outbox(kind, record_id, version, body, quarantined_at, quarantine_reason)
                 VALUES ('learner', 'l', 1, '{}', 'now', printf('%.201c', 'x'))",
            [],
        );
        assert!(long_reason.is_err(), "a reason over 200 characters");
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
