//! The change log the sync worker sends to the head office. Whatever must reach the
//! head office calls [`record`] inside the same transaction as the change itself, so a
//! committed change always has its row and a rolled-back one never does.

use rusqlite::{params, Connection};
use serde::Serialize;

use crate::error::{Error, Result};

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

/// How many rows wait to be sent, by kind (for the Sync screen and tests).
pub fn pending(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, count(*) FROM outbox WHERE sent_at IS NULL GROUP BY kind ORDER BY kind",
    )?;
    let rows = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
