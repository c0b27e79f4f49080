//! The SQLite backend: one connection behind a mutex (writes are short and few; reads
//! are for the CLI and tests), WAL and `synchronous=FULL` so an answered batch is on disk.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::plan::{self, Held, Plan};
use super::{Credentials, KioskRow, LatestRecord, QuarantineRow, Reported, StoredRecord};
use crate::credentials::Hash;
use crate::error::{Error, Result};
use crate::ingest::Incoming;
use crate::wire::RecordResult;

pub mod migrate;

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "headoffice.sqlite3";

const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

#[derive(Debug)]
pub(crate) struct SqliteStorage {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl SqliteStorage {
    /// Opens (creating and migrating if needed) `<dir>/headoffice.sqlite3`.
    pub fn open(dir: &Path) -> Result<SqliteStorage> {
        fs::create_dir_all(dir).map_err(|source| Error::DataDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = dir.join(DB_FILE);
        let mut conn = Connection::open(&path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        debug_assert_eq!(mode.to_lowercase(), "wal");
        // FULL: a batch the kiosk was told is applied survives a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrate::migrate(&mut conn, &path)?;
        Ok(SqliteStorage {
            path,
            conn: Mutex::new(conn),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A panic while the connection was held rolled its transaction back on drop, so
    /// the connection is still good: take over a poisoned lock.
    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write<T>(&self, f: impl FnOnce(&Transaction, &str) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // One time for the whole transaction, so its rows agree.
        let now: String = tx.query_row(&format!("SELECT {NOW}"), [], |row| row.get(0))?;
        let value = f(&tx, &now)?;
        tx.commit()?;
        Ok(value)
    }

    pub fn create_token(
        &self,
        token_hash: &Hash,
        name: &str,
        kiosk_id: Option<&str>,
        hours: u32,
    ) -> Result<()> {
        self.write(|tx, now| {
            if let Some(id) = kiosk_id {
                kiosk_exists(tx, id)?;
            }
            tx.execute(
                "INSERT INTO enrolment_tokens(token_hash, name, kiosk_id, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4,
                         strftime('%Y-%m-%dT%H:%M:%fZ', ?4, '+' || ?5 || ' hours'))",
                params![&token_hash[..], name, kiosk_id, now, hours],
            )?;
            Ok(())
        })
    }

    pub fn exchange_token(
        &self,
        token_hash: &Hash,
        secret_hash: &Hash,
        reported: &Reported,
    ) -> Result<Option<String>> {
        self.write(|tx, now| {
            // Expiry is strict: a token made for 0 hours is already expired.
            let token: Option<(String, Option<String>)> = tx
                .query_row(
                    "SELECT name, kiosk_id FROM enrolment_tokens
                     WHERE token_hash = ?1 AND used_at IS NULL AND revoked_at IS NULL
                       AND expires_at > ?2",
                    params![&token_hash[..], now],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let Some((name, kiosk_id)) = token else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE enrolment_tokens SET used_at = ?2 WHERE token_hash = ?1",
                params![&token_hash[..], now],
            )?;
            let id = match kiosk_id {
                Some(id) => {
                    // A re-enrolment: same id, new secret, the old one stops working.
                    tx.execute(
                        "UPDATE kiosks SET secret_hash = ?2, revoked_at = NULL,
                             reported_name = ?3, local_id = ?4
                         WHERE id = ?1",
                        params![id, &secret_hash[..], reported.name, reported.local_id],
                    )?;
                    id
                }
                None => {
                    let id = uuid::Uuid::now_v7().to_string();
                    tx.execute(
                        "INSERT INTO kiosks(id, name, secret_hash, reported_name, local_id,
                                            enrolled_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            id,
                            name,
                            &secret_hash[..],
                            reported.name,
                            reported.local_id,
                            now
                        ],
                    )?;
                    id
                }
            };
            Ok(Some(id))
        })
    }

    /// Revokes the kiosk's secret and every token not yet used for it.
    pub fn revoke(&self, kiosk_id: &str) -> Result<()> {
        self.write(|tx, now| {
            kiosk_exists(tx, kiosk_id)?;
            tx.execute(
                "UPDATE kiosks SET secret_hash = NULL, revoked_at = coalesce(revoked_at, ?2)
                 WHERE id = ?1",
                params![kiosk_id, now],
            )?;
            tx.execute(
                "UPDATE enrolment_tokens SET revoked_at = ?2
                 WHERE kiosk_id = ?1 AND used_at IS NULL AND revoked_at IS NULL",
                params![kiosk_id, now],
            )?;
            Ok(())
        })
    }

    pub fn credentials(&self, kiosk_id: &str) -> Result<Option<Credentials>> {
        let conn = self.lock();
        let row: Option<Option<Vec<u8>>> = conn
            .query_row(
                "SELECT secret_hash FROM kiosks WHERE id = ?1 AND revoked_at IS NULL",
                [kiosk_id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(row.map(|hash| Credentials {
            secret_hash: hash.and_then(|h| Hash::try_from(h.as_slice()).ok()),
        }))
    }

    pub fn apply_batch(&self, kiosk_id: &str, records: &[Incoming]) -> Result<Vec<RecordResult>> {
        self.write(|tx, now| {
            // Still enrolled inside the transaction: a revoke during the request wins.
            let active = tx.execute(
                "UPDATE kiosks SET last_sync_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
                params![kiosk_id, now],
            )?;
            if active == 0 {
                return Err(Error::KioskRevoked);
            }
            let plan = plan::plan(records, held(tx, &plan::ids_to_load(records))?);
            write_plan(tx, kiosk_id, now, &plan)?;
            Ok(plan.results)
        })
    }

    pub fn records(&self, kind: &str) -> Result<Vec<StoredRecord>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT kiosk_id, id, kind, version, body, deleted FROM records
             WHERE kind = ?1 ORDER BY id, version",
        )?;
        let rows = stmt
            .query_map([kind], |row| {
                Ok((
                    StoredRecord {
                        kiosk_id: row.get(0)?,
                        id: row.get(1)?,
                        kind: row.get(2)?,
                        version: row.get(3)?,
                        body: None,
                        deleted: row.get(5)?,
                    },
                    row.get::<_, Option<String>>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(mut record, body)| {
                record.body = super::stored_body(body)?;
                Ok(record)
            })
            .collect()
    }

    pub fn kiosks(&self) -> Result<Vec<KioskRow>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT k.id, k.name, k.revoked_at IS NOT NULL, k.last_sync_at,
                    (SELECT count(DISTINCT r.id) FROM records r WHERE r.kiosk_id = k.id)
             FROM kiosks k ORDER BY k.name, k.id",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(KioskRow {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    revoked: row.get(2)?,
                    last_sync_at: row.get(3)?,
                    records: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

impl SqliteStorage {
    /// Sets the admin's password hash; every open session ends with the old password.
    pub fn set_admin_password(&self, phc: &str) -> Result<()> {
        self.write(|tx, now| {
            tx.execute(
                "INSERT INTO admin(id, password_hash, set_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET password_hash = ?1, set_at = ?2",
                params![phc, now],
            )?;
            tx.execute("DELETE FROM admin_sessions", [])?;
            Ok(())
        })
    }

    pub fn admin_password(&self) -> Result<Option<String>> {
        let conn = self.lock();
        let phc = conn
            .query_row("SELECT password_hash FROM admin WHERE id = 1", [], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(phc)
    }

    /// Starts a session for `hours`, and forgets sessions that have run out.
    pub fn create_session(&self, token_hash: &Hash, hours: u32) -> Result<()> {
        self.write(|tx, now| {
            tx.execute("DELETE FROM admin_sessions WHERE expires_at <= ?1", [now])?;
            tx.execute(
                "INSERT INTO admin_sessions(token_hash, created_at, expires_at)
                 VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', ?2, '+' || ?3 || ' hours'))",
                params![&token_hash[..], now, hours],
            )?;
            Ok(())
        })
    }

    pub fn session_valid(&self, token_hash: &Hash) -> Result<bool> {
        let conn = self.lock();
        let valid = conn.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM admin_sessions
                                WHERE token_hash = ?1 AND expires_at > {NOW})"
            ),
            [&token_hash[..]],
            |row| row.get(0),
        )?;
        Ok(valid)
    }

    pub fn delete_session(&self, token_hash: &Hash) -> Result<()> {
        self.write(|tx, _| {
            tx.execute(
                "DELETE FROM admin_sessions WHERE token_hash = ?1",
                [&token_hash[..]],
            )?;
            Ok(())
        })
    }

    /// Conflicts and rejections not yet resolved, newest first.
    pub fn quarantine(&self) -> Result<Vec<QuarantineRow>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT q.kiosk_id, k.name, q.id, q.version, q.kind, q.outcome, q.reason,
                    q.last_seen, q.times
             FROM quarantine q JOIN kiosks k ON k.id = q.kiosk_id
             ORDER BY q.last_seen DESC, q.id, q.version",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(QuarantineRow {
                    kiosk_id: row.get(0)?,
                    kiosk_name: row.get(1)?,
                    id: row.get(2)?,
                    version: row.get(3)?,
                    kind: row.get(4)?,
                    outcome: row.get(5)?,
                    reason: row.get(6)?,
                    last_seen: row.get(7)?,
                    times: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The latest version of every id of `kind`, erased ones included (without a body).
    pub fn latest(&self, kind: &str) -> Result<Vec<LatestRecord>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT r.kiosk_id, r.id, r.version, r.body, r.received_at,
                    EXISTS (SELECT 1 FROM records d WHERE d.id = r.id AND d.deleted = 1)
             FROM records r
             WHERE r.kind = ?1
               AND r.version = (SELECT max(x.version) FROM records x WHERE x.id = r.id)
             ORDER BY r.id",
        )?;
        let rows = stmt
            .query_map([kind], |row| {
                Ok((
                    LatestRecord {
                        kiosk_id: row.get(0)?,
                        id: row.get(1)?,
                        version: row.get(2)?,
                        body: None,
                        received_at: row.get(4)?,
                        erased: row.get(5)?,
                    },
                    row.get::<_, Option<String>>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(mut record, body)| {
                record.body = super::stored_body(body)?;
                Ok(record)
            })
            .collect()
    }
}

fn kiosk_exists(tx: &Transaction, id: &str) -> Result<()> {
    let found: Option<i64> = tx
        .query_row("SELECT 1 FROM kiosks WHERE id = ?1", [id], |row| row.get(0))
        .optional()?;
    found
        .map(|_| ())
        .ok_or_else(|| Error::KioskNotFound(id.to_string()))
}

/// What the records table holds of each of `ids`, for [`plan::plan`].
fn held(tx: &Transaction, ids: &[&str]) -> Result<HashMap<String, Held>> {
    let mut stmt =
        tx.prepare_cached("SELECT version, kind, body, deleted FROM records WHERE id = ?1")?;
    let mut held = HashMap::new();
    for id in ids {
        let mut rows = stmt.query([id])?;
        while let Some(row) = rows.next()? {
            held.entry(id.to_string())
                .or_insert_with(Held::default)
                .add(row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
        }
    }
    Ok(held)
}

/// Writes a batch's plan in the order [`Plan`] asks for.
fn write_plan(tx: &Transaction, kiosk_id: &str, now: &str, plan: &Plan) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)",
    )?;
    for record in &plan.inserts {
        let body = record.body.as_deref().ok();
        insert.execute(params![
            record.id,
            record.version,
            record.kind,
            kiosk_id,
            body,
            now
        ])?;
    }
    for record in &plan.erasures {
        tx.execute("UPDATE records SET body = NULL WHERE id = ?1", [&record.id])?;
        tx.execute(
            "INSERT INTO records(id, version, kind, kiosk_id, body, deleted, received_at)
             VALUES (?1, ?2, ?3, ?4, NULL, 1, ?5)
             ON CONFLICT (id, version) DO UPDATE SET deleted = 1",
            params![record.id, record.version, record.kind, kiosk_id, now],
        )?;
    }
    let mut clear = tx.prepare_cached(
        "DELETE FROM quarantine WHERE kiosk_id = ?1 AND id = ?2 AND version = ?3",
    )?;
    for (id, version) in &plan.cleared {
        clear.execute(params![kiosk_id, id, version])?;
    }
    let mut note = tx.prepare_cached(
        "INSERT INTO quarantine(kiosk_id, id, version, kind, outcome, reason,
                                first_seen, last_seen, times)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)
         ON CONFLICT (kiosk_id, id, version) DO UPDATE SET
             kind = excluded.kind, outcome = excluded.outcome,
             reason = excluded.reason, last_seen = excluded.last_seen,
             times = times + excluded.times",
    )?;
    for n in &plan.notes {
        note.execute(params![
            kiosk_id,
            n.id,
            n.version,
            n.kind,
            n.outcome.as_str(),
            n.reason,
            now,
            n.times
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_with_wal_full_sync_and_the_latest_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = SqliteStorage::open(&dir.path().join("nested")).expect("opens");
        assert!(db.path().exists());
        let conn = db.lock();
        let (mode, sync, fk): (String, i64, i64) = conn
            .query_row(
                "SELECT * FROM pragma_journal_mode, pragma_synchronous, pragma_foreign_keys",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .expect("pragmas");
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
        assert_eq!(
            migrate::schema_version(&conn).expect("version"),
            migrate::LATEST_VERSION
        );
    }

    fn incoming(id: &str, version: i64, body: Result<&str, &'static str>) -> Incoming {
        Incoming {
            id: id.into(),
            kind: "learner".into(),
            version,
            deleted: false,
            body: body.map(str::to_string),
        }
    }

    fn quarantined(db: &SqliteStorage) -> Vec<(String, i64, String, String, i64)> {
        let conn = db.lock();
        let mut stmt = conn
            .prepare("SELECT id, version, outcome, reason, times FROM quarantine ORDER BY id")
            .expect("query");
        stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .and_then(|rows| rows.collect())
        .expect("rows")
    }

    #[test]
    fn conflicts_and_rejections_are_kept_until_the_version_is_taken() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = SqliteStorage::open(dir.path()).expect("opens");
        db.lock()
            .execute(
                "INSERT INTO kiosks(id, name, secret_hash, enrolled_at) VALUES ('k', 'B', zeroblob(32), 't')",
                [],
            )
            .expect("kiosk");
        let first = [
            incoming("a", 1, Ok("{}")),
            incoming("b", 1, Err("record.bad_body")),
        ];
        db.apply_batch("k", &first).expect("applies");
        db.apply_batch("k", &first).expect("applies");
        db.apply_batch("k", &[incoming("a", 1, Ok(r#"{"x":1}"#))])
            .expect("applies");
        assert_eq!(
            quarantined(&db),
            [
                (
                    "a".into(),
                    1,
                    "conflict".into(),
                    "record.conflict".into(),
                    1
                ),
                (
                    "b".into(),
                    1,
                    "rejected".into(),
                    "record.bad_body".into(),
                    2
                ),
            ]
        );
        db.apply_batch("k", &[incoming("b", 1, Ok("{}"))])
            .expect("applies");
        assert_eq!(quarantined(&db).len(), 1, "b was taken at last");
    }

    #[test]
    fn tokens_for_unknown_kiosks_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = SqliteStorage::open(dir.path()).expect("opens");
        let error = db
            .create_token(&[1; 32], "Bagli", Some("nobody"), 72)
            .expect_err("refused");
        assert!(matches!(error, Error::KioskNotFound(_)));
        assert!(matches!(db.revoke("nobody"), Err(Error::KioskNotFound(_))));
    }
}
