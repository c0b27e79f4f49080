//! Where the head office keeps kiosks, tokens and records. The HTTP layer only calls
//! [`Storage`]'s async methods; today the one backend is SQLite (blocking, so its work
//! runs on tokio's blocking pool). A PostgreSQL backend becomes a second variant.

pub mod migrate;
mod sqlite;

use std::sync::Arc;

use serde::Serialize;

use crate::credentials::Hash;
use crate::error::{Error, Result};
use crate::ingest::Incoming;
use crate::wire::RecordResult;

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

#[derive(Debug, Clone)]
pub(crate) enum Storage {
    Sqlite(Arc<SqliteStorage>),
}

impl Storage {
    // Blocking calls, for the library's own API and the CLI.

    pub fn create_token(
        &self,
        token_hash: &Hash,
        name: &str,
        kiosk_id: Option<&str>,
        hours: u32,
    ) -> Result<()> {
        match self {
            Storage::Sqlite(db) => db.create_token(token_hash, name, kiosk_id, hours),
        }
    }

    pub fn revoke(&self, kiosk_id: &str) -> Result<()> {
        match self {
            Storage::Sqlite(db) => db.revoke(kiosk_id),
        }
    }

    pub fn records(&self, kind: &str) -> Result<Vec<StoredRecord>> {
        match self {
            Storage::Sqlite(db) => db.records(kind),
        }
    }

    pub fn kiosks(&self) -> Result<Vec<KioskRow>> {
        match self {
            Storage::Sqlite(db) => db.kiosks(),
        }
    }

    /// The SQLite file, for backends that have one.
    pub fn database_path(&self) -> Option<&std::path::Path> {
        match self {
            Storage::Sqlite(db) => Some(db.path()),
        }
    }

    pub fn set_admin_password(&self, phc: &str) -> Result<()> {
        match self {
            Storage::Sqlite(db) => db.set_admin_password(phc),
        }
    }

    // Async calls, for the HTTP layer.

    pub async fn admin_password(&self) -> Result<Option<String>> {
        self.run(|db| db.admin_password()).await
    }

    pub async fn create_session(&self, token_hash: Hash, hours: u32) -> Result<()> {
        self.run(move |db| db.create_session(&token_hash, hours))
            .await
    }

    pub async fn session_valid(&self, token_hash: Hash) -> Result<bool> {
        self.run(move |db| db.session_valid(&token_hash)).await
    }

    pub async fn delete_session(&self, token_hash: Hash) -> Result<()> {
        self.run(move |db| db.delete_session(&token_hash)).await
    }

    pub async fn kiosks_async(&self) -> Result<Vec<KioskRow>> {
        self.run(|db| db.kiosks()).await
    }

    pub async fn quarantine(&self) -> Result<Vec<QuarantineRow>> {
        self.run(|db| db.quarantine()).await
    }

    pub async fn latest(&self, kind: &'static str) -> Result<Vec<LatestRecord>> {
        self.run(move |db| db.latest(kind)).await
    }

    /// Runs a read or a small write of the SQLite backend on the blocking pool.
    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&SqliteStorage) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        match self {
            Storage::Sqlite(db) => blocking(db, f).await,
        }
    }

    /// Uses up the token and gives the kiosk `secret_hash`; returns the kiosk id, or
    /// `None` for an unknown, used, expired or revoked token.
    pub async fn exchange_token(
        &self,
        token_hash: Hash,
        secret_hash: Hash,
        reported: Reported,
    ) -> Result<Option<String>> {
        match self {
            Storage::Sqlite(db) => {
                blocking(db, move |db| {
                    db.exchange_token(&token_hash, &secret_hash, &reported)
                })
                .await
            }
        }
    }

    pub async fn credentials(&self, kiosk_id: String) -> Result<Option<Credentials>> {
        match self {
            Storage::Sqlite(db) => blocking(db, move |db| db.credentials(&kiosk_id)).await,
        }
    }

    /// Applies the batch in one transaction and notes the kiosk's sync time: all of it
    /// or, on an error, none of it. One result per record, in order.
    pub async fn apply_batch(
        &self,
        kiosk_id: String,
        records: Vec<Incoming>,
    ) -> Result<Vec<RecordResult>> {
        match self {
            Storage::Sqlite(db) => {
                blocking(db, move |db| db.apply_batch(&kiosk_id, &records)).await
            }
        }
    }
}

async fn blocking<T: Send + 'static>(
    db: &Arc<SqliteStorage>,
    f: impl FnOnce(&SqliteStorage) -> Result<T> + Send + 'static,
) -> Result<T> {
    let db = Arc::clone(db);
    tokio::task::spawn_blocking(move || f(&db))
        .await
        .map_err(|e| Error::TaskFailed(e.to_string()))?
}
