//! The change log the sync worker sends to the head office. Whatever must reach the
//! head office calls [`record`] inside the same transaction as the change itself, so a
//! committed change always has its row and a rolled-back one never does. A row is
//! pending until the head office's receipt marks it sent, or quarantined when the head
//! office refused it (the operator sees why and can put it back in the queue).

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::settings;
use crate::Store;

/// Longest quarantine reason kept; a server's longer text is cut.
pub const MAX_REASON_CHARS: usize = 200;

/// Adds `body` as version `version` of record `record_id` of `kind`.
pub fn record<T: Serialize>(
    tx: &Connection,
    kind: &str,
    record_id: &str,
    version: i64,
    body: &T,
) -> Result<()> {
    let body = serde_json::to_string(body).map_err(Error::stored_json)?;
    tx.execute(
        "INSERT INTO outbox(kind, record_id, version, body) VALUES (?1, ?2, ?3, ?4)",
        params![kind, record_id, version, body],
    )?;
    Ok(())
}

/// Replaces the bodies of earlier outbox rows of `record_id` with tombstones, sent or
/// not: an erased person's data must not wait in the outbox, nor stay in sent rows.
/// (Unsent rows now carry a tombstone for their version, which the head office applies
/// like any other.)
pub fn scrub(conn: &Connection, kind: &str, record_id: &str, erased_at: &str) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET body = json_object('id', record_id, 'version', version,
                                              'erased', json('true'), 'erased_at', ?3)
         WHERE kind = ?1 AND record_id = ?2",
        params![kind, record_id, erased_at],
    )?;
    Ok(())
}

/// How many rows wait to be sent, by kind (quarantined rows do not wait).
pub fn pending(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, count(*) FROM outbox
         WHERE sent_at IS NULL AND quarantined_at IS NULL
         GROUP BY kind ORDER BY kind",
    )?;
    let rows = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// One outbox row as the sync worker sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub seq: i64,
    pub kind: String,
    pub record_id: String,
    pub version: i64,
    /// The record's JSON as kiosk-core wrote it.
    pub body: String,
    /// A tombstone: the body carries `"erased": true`.
    pub deleted: bool,
}

/// Up to `max_records` pending rows after `after_seq`, in the order they were written.
pub fn next_batch(conn: &Connection, max_records: usize, after_seq: i64) -> Result<Vec<OutboxRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, kind, record_id, version, body,
                json_valid(body) AND json_type(body, '$.erased') IS 'true'
         FROM outbox
         WHERE sent_at IS NULL AND quarantined_at IS NULL AND seq > ?1
         ORDER BY seq LIMIT ?2",
    )?;
    let limit = i64::try_from(max_records).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map(params![after_seq, limit], |r| {
            Ok(OutboxRow {
                seq: r.get(0)?,
                kind: r.get(1)?,
                record_id: r.get(2)?,
                version: r.get(3)?,
                body: r.get(4)?,
                deleted: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Marks the listed `(record_id, version)` rows sent at `at`, as the head office's
/// receipt says. Rows already sent keep their first time. Returns how many changed.
pub fn mark_sent(tx: &Connection, sent: &[(&str, i64)], at: &str) -> Result<usize> {
    let mut stmt = tx.prepare_cached(
        "UPDATE outbox SET sent_at = ?3, quarantined_at = NULL, quarantine_reason = NULL
         WHERE record_id = ?1 AND version = ?2 AND sent_at IS NULL",
    )?;
    let mut changed = 0;
    for (record_id, version) in sent {
        changed += stmt.execute(params![record_id, version, at])?;
    }
    Ok(changed)
}

/// Sets a pending row aside with the head office's `reason` (a code such as
/// `record.bad_body`, or `conflict`): the queue moves on without it.
pub fn quarantine(tx: &Connection, record_id: &str, version: i64, reason: &str) -> Result<()> {
    let reason: String = reason.trim().chars().take(MAX_REASON_CHARS).collect();
    let reason = if reason.is_empty() {
        "unknown"
    } else {
        &reason
    };
    tx.execute(
        "UPDATE outbox SET quarantined_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
             quarantine_reason = ?3
         WHERE record_id = ?1 AND version = ?2 AND sent_at IS NULL",
        params![record_id, version, reason],
    )?;
    Ok(())
}

/// Puts quarantined rows back in the queue: every one, or those of one record. Returns
/// how many. They keep their place in the order they were written.
pub fn retry_quarantined(store: &Store, record_id: Option<&str>) -> Result<usize> {
    store.write(|tx| {
        Ok(tx.execute(
            "UPDATE outbox SET quarantined_at = NULL, quarantine_reason = NULL
             WHERE quarantined_at IS NOT NULL AND sent_at IS NULL
               AND (?1 IS NULL OR record_id = ?1)",
            [record_id],
        )?)
    })
}

/// Whether the head office at `server_url` is known to hold photo `sha256`.
pub fn blob_sent(conn: &Connection, server_url: &str, sha256: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sent_blobs WHERE server_url = ?1 AND sha256 = ?2")?
        .exists([server_url, sha256])?)
}

/// Notes that the head office at `server_url` holds photo `sha256`.
pub fn note_blob_sent(tx: &Connection, server_url: &str, sha256: &str) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO sent_blobs(server_url, sha256, at)
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
        [server_url, sha256],
    )?;
    Ok(())
}

/// Whether the latest version of `record_id` has reached the head office (an
/// entrepreneur's "sent" mark). A record with no outbox row has not.
pub fn is_synced(conn: &Connection, record_id: &str) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce((SELECT sent_at IS NOT NULL FROM outbox WHERE record_id = ?1
                          ORDER BY version DESC LIMIT 1), 0)",
    )?;
    Ok(stmt.query_row([record_id], |r| r.get(0))?)
}

/// The time now as the outbox stores it (UTC, ISO 8601 with milliseconds).
pub fn now(conn: &Connection) -> Result<String> {
    Ok(
        conn.query_row("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", [], |r| {
            r.get(0)
        })?,
    )
}

/// What the Sync screen shows: where the kiosk sends, what waits, what the head office
/// refused and how the last syncs went. Never the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// `None` until the kiosk is enrolled with a head office.
    pub server: Option<SyncServer>,
    pub pending_by_kind: Vec<PendingKind>,
    pub quarantined: Vec<QuarantinedRecord>,
    /// When the head office last confirmed a batch (UTC, ISO 8601).
    pub last_success_at: Option<String>,
    /// The last sync's error, until a later sync succeeds.
    pub last_error: Option<SyncFailure>,
    /// When the worker tries again after a failed sync; `None` when no retry is due
    /// (it looks for new records every minute, and waits for a new enrolment after a
    /// refusal).
    pub next_attempt_at: Option<String>,
}

/// The head office this kiosk is enrolled with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncServer {
    pub url: String,
    /// This kiosk's id at the head office.
    pub kiosk_id: String,
    pub enrolled_at: Option<String>,
}

/// How many rows of one kind wait to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PendingKind {
    /// `entrepreneur`, `check_in`, `learner`, `lesson_progress`, `course_completion`.
    pub kind: String,
    #[ts(type = "number")]
    pub count: i64,
}

/// A row the head office refused, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct QuarantinedRecord {
    pub kind: String,
    pub record_id: String,
    #[ts(type = "number")]
    pub version: i64,
    /// The head office's reason code (`conflict`, `record.bad_body`, ...).
    pub reason: String,
    pub at: String,
}

/// A failed sync: its error code (`sync.offline`, ...; the message is
/// `error-<code with - for . and _>`) and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncFailure {
    pub code: String,
    pub at: String,
}

/// The Sync screen's figures, read in one go from the store.
pub fn status(conn: &Connection) -> Result<SyncStatus> {
    let state = settings::sync_state(conn)?;
    let pending_by_kind = pending(conn)?
        .into_iter()
        .map(|(kind, count)| PendingKind { kind, count })
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT kind, record_id, version, quarantine_reason, quarantined_at FROM outbox
         WHERE quarantined_at IS NOT NULL AND sent_at IS NULL ORDER BY seq",
    )?;
    let quarantined = stmt
        .query_map([], |r| {
            Ok(QuarantinedRecord {
                kind: r.get(0)?,
                record_id: r.get(1)?,
                version: r.get(2)?,
                reason: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(SyncStatus {
        server: state.enrolment.map(|e| SyncServer {
            url: e.server_url,
            kiosk_id: e.kiosk_id,
            enrolled_at: state.enrolled_at,
        }),
        pending_by_kind,
        quarantined,
        last_success_at: state.last_success_at,
        last_error: state.last_error.map(|(code, at)| SyncFailure { code, at }),
        next_attempt_at: state.next_attempt_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Enrolment;

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        (dir, store)
    }

    /// Writes rows (kind, record id, version, body JSON) in this order.
    fn write(store: &Store, rows: &[(&str, &str, i64, &str)]) {
        store
            .write(|tx| {
                for (kind, id, version, body) in rows {
                    let body: serde_json::Value = serde_json::from_str(body).expect("test JSON");
                    record(tx, kind, id, *version, &body)?;
                }
                Ok(())
            })
            .expect("written");
    }

    fn ids(rows: &[OutboxRow]) -> Vec<(&str, i64)> {
        rows.iter()
            .map(|r| (r.record_id.as_str(), r.version))
            .collect()
    }

    fn batch(store: &Store, max: usize, after: i64) -> Vec<OutboxRow> {
        store.read(|c| next_batch(c, max, after)).expect("batch")
    }

    #[test]
    fn batches_come_in_order_and_skip_sent_and_quarantined_rows() {
        let (_dir, store) = open();
        write(
            &store,
            &[
                ("learner", "a", 1, r#"{"name":"A"}"#),
                ("entrepreneur", "b", 1, r#"{"id":"b"}"#),
                ("learner", "c", 1, r#"{"name":"C"}"#),
                (
                    "entrepreneur",
                    "b",
                    2,
                    r#"{"id":"b","version":2,"erased":true}"#,
                ),
                ("learner", "d", 1, r#"{"name":"D"}"#),
            ],
        );
        let all = batch(&store, 10, 0);
        assert_eq!(
            ids(&all),
            [("a", 1), ("b", 1), ("c", 1), ("b", 2), ("d", 1)]
        );
        assert!(all.windows(2).all(|w| w[0].seq < w[1].seq));
        assert_eq!(
            all.iter().map(|r| r.deleted).collect::<Vec<_>>(),
            [false, false, false, true, false]
        );
        assert_eq!(all[0].body, r#"{"name":"A"}"#);
        assert_eq!(all[1].kind, "entrepreneur");

        assert_eq!(ids(&batch(&store, 2, 0)), [("a", 1), ("b", 1)]);
        assert_eq!(ids(&batch(&store, 2, all[1].seq)), [("c", 1), ("b", 2)]);

        store
            .write(|tx| {
                let at = now(tx)?;
                assert_eq!(mark_sent(tx, &[("a", 1), ("c", 1)], &at)?, 2);
                quarantine(tx, "b", 1, "conflict")
            })
            .expect("marked");
        assert_eq!(ids(&batch(&store, 10, 0)), [("b", 2), ("d", 1)]);
    }

    #[test]
    fn erased_false_or_a_nested_erased_is_not_a_tombstone() {
        let (_dir, store) = open();
        write(
            &store,
            &[
                ("learner", "a", 1, r#"{"erased":false}"#),
                ("learner", "b", 1, r#"{"profile":{"erased":true}}"#),
                ("learner", "c", 1, r#"[1,2]"#),
                ("learner", "d", 1, r#"{"erased":true,"erased_at":"x"}"#),
            ],
        );
        let deleted: Vec<bool> = batch(&store, 10, 0).iter().map(|r| r.deleted).collect();
        assert_eq!(deleted, [false, false, false, true]);
    }

    #[test]
    fn marking_sent_twice_keeps_the_first_time_and_ignores_unknown_rows() {
        let (_dir, store) = open();
        write(&store, &[("learner", "a", 1, "{}")]);
        let changed = store
            .write(|tx| {
                let first = mark_sent(tx, &[("a", 1)], "2026-03-01T00:00:00.000Z")?;
                let again = mark_sent(tx, &[("a", 1), ("zz", 1)], "2026-03-02T00:00:00.000Z")?;
                Ok((first, again))
            })
            .expect("marked");
        assert_eq!(changed, (1, 0));
        let sent_at: String = store
            .read(|c| Ok(c.query_row("SELECT sent_at FROM outbox", [], |r| r.get(0))?))
            .expect("reads");
        assert_eq!(sent_at, "2026-03-01T00:00:00.000Z");
    }

    #[test]
    fn quarantined_rows_are_shown_and_can_be_put_back() {
        let (_dir, store) = open();
        write(
            &store,
            &[
                ("entrepreneur", "a", 1, "{}"),
                ("check_in", "b", 1, "{}"),
                ("check_in", "c", 1, "{}"),
            ],
        );
        let long = "x".repeat(MAX_REASON_CHARS + 50);
        store
            .write(|tx| {
                quarantine(tx, "a", 1, "record.bad_body")?;
                quarantine(tx, "b", 1, &long)?;
                quarantine(tx, "c", 1, "  ")
            })
            .expect("quarantined");
        let status = store.read(super::status).expect("status");
        let shown: Vec<_> = status
            .quarantined
            .iter()
            .map(|q| {
                (
                    q.kind.as_str(),
                    q.record_id.as_str(),
                    q.version,
                    q.reason.len(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("entrepreneur", "a", 1, "record.bad_body".len()),
                ("check_in", "b", 1, MAX_REASON_CHARS),
                ("check_in", "c", 1, "unknown".len()),
            ]
        );
        assert!(status.pending_by_kind.is_empty(), "{status:?}");
        assert!(status.quarantined.iter().all(|q| q.at.starts_with("20")));

        assert_eq!(retry_quarantined(&store, Some("b")).expect("retry b"), 1);
        assert_eq!(ids(&batch(&store, 10, 0)), [("b", 1)]);
        assert_eq!(retry_quarantined(&store, None).expect("retry all"), 2);
        assert_eq!(ids(&batch(&store, 10, 0)), [("a", 1), ("b", 1), ("c", 1)]);
        assert!(store
            .read(super::status)
            .expect("status")
            .quarantined
            .is_empty());
    }

    #[test]
    fn a_sent_row_is_never_quarantined() {
        let (_dir, store) = open();
        write(&store, &[("learner", "a", 1, "{}")]);
        store
            .write(|tx| {
                mark_sent(tx, &[("a", 1)], "2026-03-01T00:00:00.000Z")?;
                quarantine(tx, "a", 1, "conflict")
            })
            .expect("written");
        assert!(store
            .read(super::status)
            .expect("status")
            .quarantined
            .is_empty());
        assert!(store.read(|c| is_synced(c, "a")).expect("synced"));
    }

    #[test]
    fn a_record_is_synced_when_its_latest_version_is_sent() {
        let (_dir, store) = open();
        write(
            &store,
            &[
                ("entrepreneur", "e", 1, "{}"),
                ("entrepreneur", "e", 2, "{}"),
            ],
        );
        let synced = |id: &str| store.read(|c| is_synced(c, id)).expect("reads");
        assert!(!synced("e"));
        assert!(!synced("nobody"));
        store
            .write(|tx| mark_sent(tx, &[("e", 1)], "2026-03-01T00:00:00.000Z"))
            .expect("v1 sent");
        assert!(!synced("e"), "version 2 still waits");
        store
            .write(|tx| mark_sent(tx, &[("e", 2)], "2026-03-01T00:00:00.000Z"))
            .expect("v2 sent");
        assert!(synced("e"));
    }

    #[test]
    fn status_counts_pending_by_kind_and_reports_the_last_sync() {
        let (_dir, store) = open();
        write(
            &store,
            &[
                ("learner", "a", 1, "{}"),
                ("entrepreneur", "b", 1, "{}"),
                ("learner", "c", 1, "{}"),
            ],
        );
        let status = store.read(super::status).expect("status");
        let counts: Vec<_> = status
            .pending_by_kind
            .iter()
            .map(|p| (p.kind.as_str(), p.count))
            .collect();
        assert_eq!(counts, [("entrepreneur", 1), ("learner", 2)]);
        assert_eq!(status.server, None);
        assert_eq!(status.last_error, None);

        store
            .write(|tx| {
                settings::set_enrolment(
                    tx,
                    &Enrolment {
                        server_url: "https://ho.example.org".into(),
                        kiosk_id: "k1".into(),
                        secret: "never-shown".into(),
                    },
                )?;
                settings::record_sync_success(tx, "2026-03-01T09:00:00.000Z")?;
                settings::record_sync_error(tx, "sync.offline", "2026-03-01T10:00:00.000Z")
            })
            .expect("state");
        let status = store.read(super::status).expect("status");
        let server = status.server.clone().expect("enrolled");
        assert_eq!(
            (server.url.as_str(), server.kiosk_id.as_str()),
            ("https://ho.example.org", "k1")
        );
        assert_eq!(
            status.last_success_at.as_deref(),
            Some("2026-03-01T09:00:00.000Z")
        );
        assert_eq!(
            status.last_error,
            Some(SyncFailure {
                code: "sync.offline".into(),
                at: "2026-03-01T10:00:00.000Z".into()
            })
        );
        let json = serde_json::to_string(&status).expect("serialises");
        assert!(!json.contains("never-shown"), "{json}");
    }
}
