//! Where the head office keeps kiosks, tokens and records. Everything calls
//! [`Storage`]'s async methods; behind them is an SQLite file (the default, nothing to
//! set up) or a PostgreSQL database (for a real deployment). What a batch does is
//! decided once for both, in `plan`; a backend only reads and writes.

mod plan;
mod postgres;
pub(crate) mod sqlite;

use std::sync::Arc;

use serde::Serialize;

use crate::credentials::Hash;
use crate::error::{Error, Result};
use crate::ingest::Incoming;
use crate::wire::RecordResult;

pub(crate) use postgres::PostgresStorage;
pub(crate) use sqlite::SqliteStorage;
pub use sqlite::DB_FILE;

/// One version of a record as the head office keeps it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredRecord {
    pub kiosk_id: String,
    pub id: String,
    pub kind: String,
    pub version: i64,
    /// `None` once the id is erased by a tombstone.
    pub body: Option<serde_json::Value>,
    pub deleted: bool,
}

/// An enrolled kiosk, for `headoffice kiosk list` and the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KioskRow {
    pub id: String,
    pub name: String,
    pub revoked: bool,
    pub last_sync_at: Option<String>,
    /// Distinct record ids this kiosk has sent.
    pub records: u64,
}

/// A conflict or rejection the dashboard shows (never with a body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuarantineRow {
    pub kiosk_id: String,
    pub kiosk_name: String,
    pub id: String,
    pub version: i64,
    pub kind: String,
    /// `conflict` or `rejected`.
    pub outcome: String,
    pub reason: String,
    pub last_seen: String,
    pub times: i64,
}

/// The latest version of one record id, as the dashboard counts and the export lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatestRecord {
    pub kiosk_id: String,
    pub id: String,
    pub version: i64,
    /// `None` once erased.
    pub body: Option<serde_json::Value>,
    pub erased: bool,
    pub received_at: String,
}

/// What a kiosk says about itself when it exchanges a token (kept for support staff).
#[derive(Debug, Clone, Default)]
pub(crate) struct Reported {
    pub name: Option<String>,
    pub local_id: Option<String>,
}

/// What authenticates a kiosk.
#[derive(Debug, Clone)]
pub(crate) struct Credentials {
    /// `None` when revoked.
    pub secret_hash: Option<Hash>,
}

/// One numbered schema step; each backend has its own SQL for the same steps.
#[derive(Debug)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

#[derive(Debug)]
pub(crate) enum Storage {
    Sqlite(Arc<SqliteStorage>),
    Postgres(PostgresStorage),
}

/// Calls the same method on either backend: SQLite's on tokio's blocking pool (its
/// calls block), PostgreSQL's awaited. Arguments are owned, so the SQLite call can
/// move them to its thread.
macro_rules! on_backend {
    ($storage:expr, $db:ident => $call:expr) => {
        match $storage {
            Storage::Sqlite(sqlite) => {
                let sqlite = Arc::clone(sqlite);
                tokio::task::spawn_blocking(move || {
                    let $db = &*sqlite;
                    $call
                })
                .await
                .map_err(|e| Error::TaskFailed(e.to_string()))?
            }
            Storage::Postgres($db) => $call.await,
        }
    };
}

impl Storage {
    /// The SQLite file, for backends that have one.
    pub fn database_path(&self) -> Option<&std::path::Path> {
        match self {
            Storage::Sqlite(db) => Some(db.path()),
            Storage::Postgres(_) => None,
        }
    }

    /// The database as logs and errors name it (never with a password).
    pub fn name(&self) -> String {
        match self {
            Storage::Sqlite(db) => format!("SQLite file {}", db.path().display()),
            Storage::Postgres(db) => db.name().to_string(),
        }
    }

    pub async fn create_token(
        &self,
        token_hash: Hash,
        name: String,
        kiosk_id: Option<String>,
        hours: u32,
    ) -> Result<()> {
        on_backend!(self, db => db.create_token(&token_hash, &name, kiosk_id.as_deref(), hours))
    }

    /// Uses up the token and gives the kiosk `secret_hash`; returns the kiosk id, or
    /// `None` for an unknown, used, expired or revoked token.
    pub async fn exchange_token(
        &self,
        token_hash: Hash,
        secret_hash: Hash,
        reported: Reported,
    ) -> Result<Option<String>> {
        on_backend!(self, db => db.exchange_token(&token_hash, &secret_hash, &reported))
    }

    pub async fn revoke(&self, kiosk_id: String) -> Result<()> {
        on_backend!(self, db => db.revoke(&kiosk_id))
    }

    pub async fn credentials(&self, kiosk_id: String) -> Result<Option<Credentials>> {
        on_backend!(self, db => db.credentials(&kiosk_id))
    }

    /// Applies the batch in one transaction and notes the kiosk's sync time: all of it
    /// or, on an error, none of it. One result per record, in order.
    pub async fn apply_batch(
        &self,
        kiosk_id: String,
        records: Vec<Incoming>,
    ) -> Result<Vec<RecordResult>> {
        on_backend!(self, db => db.apply_batch(&kiosk_id, &records))
    }

    pub async fn records(&self, kind: String) -> Result<Vec<StoredRecord>> {
        on_backend!(self, db => db.records(&kind))
    }

    pub async fn kiosks(&self) -> Result<Vec<KioskRow>> {
        on_backend!(self, db => db.kiosks())
    }

    pub async fn set_admin_password(&self, phc: String) -> Result<()> {
        on_backend!(self, db => db.set_admin_password(&phc))
    }

    pub async fn admin_password(&self) -> Result<Option<String>> {
        on_backend!(self, db => db.admin_password())
    }

    pub async fn create_session(&self, token_hash: Hash, hours: u32) -> Result<()> {
        on_backend!(self, db => db.create_session(&token_hash, hours))
    }

    pub async fn session_valid(&self, token_hash: Hash) -> Result<bool> {
        on_backend!(self, db => db.session_valid(&token_hash))
    }

    pub async fn delete_session(&self, token_hash: Hash) -> Result<()> {
        on_backend!(self, db => db.delete_session(&token_hash))
    }

    pub async fn quarantine(&self) -> Result<Vec<QuarantineRow>> {
        on_backend!(self, db => db.quarantine())
    }

    pub async fn latest(&self, kind: &'static str) -> Result<Vec<LatestRecord>> {
        on_backend!(self, db => db.latest(kind))
    }
}

/// A stored body (canonical JSON text, or none once erased) as JSON again.
fn stored_body(text: Option<String>) -> Result<Option<serde_json::Value>> {
    text.map(|text| serde_json::from_str(&text))
        .transpose()
        .map_err(Error::StoredJson)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_schema_steps() {
        let steps = |migrations: &[Migration]| -> Vec<(i64, &str)> {
            migrations.iter().map(|m| (m.version, m.name)).collect()
        };
        assert_eq!(
            steps(sqlite::migrate::MIGRATIONS),
            steps(postgres::migrate::MIGRATIONS)
        );
    }
}
