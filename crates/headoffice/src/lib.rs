//! The Gram Kiosk head office: enrols kiosks, takes their batches of records and their
//! photos (docs/sync-protocol.md), and keeps them in a SQLite file (or a PostgreSQL
//! database) beside a folder of blobs. `HeadOffice` is the whole server; the
//! `headoffice` binary is a CLI over it.

mod admin;
mod blobs;
mod credentials;
pub mod dashboard;
mod error;
mod http;
pub mod ingest;
mod storage;
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;
pub mod wire;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use blobs::MAX_BLOB_BYTES;
pub use error::{Error, Result};
pub use storage::{KioskRow, LatestRecord, QuarantineRow, StoredRecord, DB_FILE};

use blobs::BlobStore;
use storage::{PostgresStorage, SqliteStorage, Storage};

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "GRAM_HEADOFFICE_DATA_DIR";
/// Environment variable with a PostgreSQL URL, to use instead of the SQLite file (it
/// keeps the password off the command line).
pub const DATABASE_URL_ENV: &str = "GRAM_HEADOFFICE_DATABASE_URL";
/// The folder of blobs inside the data folder.
pub const BLOB_DIR: &str = "blobs";
/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = storage::sqlite::migrate::LATEST_VERSION;
/// The longest an enrolment token can be valid: 30 days.
pub const MAX_TOKEN_HOURS: u32 = 30 * 24;

/// The head office: its store, its blobs and its HTTP app. Cheap to clone.
#[derive(Debug, Clone)]
pub struct HeadOffice {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    storage: Storage,
    blobs: BlobStore,
}

impl HeadOffice {
    /// Opens the head office in `data_dir`: `headoffice.sqlite3` (created and migrated
    /// if needed) and `blobs/`.
    pub fn open_sqlite(data_dir: &Path) -> Result<HeadOffice> {
        let storage = Storage::Sqlite(Arc::new(SqliteStorage::open(data_dir)?));
        HeadOffice::with(storage, data_dir)
    }

    /// Opens the head office on the PostgreSQL database at `url` (created tables and
    /// migrations included), with its blobs in `data_dir/blobs/`.
    pub async fn open_postgres(url: &str, data_dir: &Path) -> Result<HeadOffice> {
        let storage = Storage::Postgres(PostgresStorage::open(url).await?);
        HeadOffice::with(storage, data_dir)
    }

    fn with(storage: Storage, data_dir: &Path) -> Result<HeadOffice> {
        let blob_dir = data_dir.join(BLOB_DIR);
        let blobs = BlobStore::open(blob_dir.clone()).map_err(|source| Error::DataDir {
            path: blob_dir,
            source,
        })?;
        Ok(HeadOffice {
            inner: Arc::new(Inner { storage, blobs }),
        })
    }

    /// Makes a one-time enrolment token valid for `hours` (0: already expired, for
    /// tests), for a new kiosk called `name` or, with `kiosk`, to give an enrolled kiosk
    /// a new secret. Returns the token as shown to the admin; only its hash is kept.
    pub async fn enrol(&self, name: &str, kiosk: Option<&str>, hours: u32) -> Result<String> {
        let name = name.trim();
        let name_chars = name.chars().count();
        if name_chars == 0 || name_chars > 100 || name.chars().any(char::is_control) {
            return Err(Error::KioskNameInvalid);
        }
        if hours > MAX_TOKEN_HOURS {
            return Err(Error::HoursTooMany {
                max: MAX_TOKEN_HOURS,
            });
        }
        let (token, hash) = credentials::new_token()?;
        self.inner
            .storage
            .create_token(hash, name.to_string(), kiosk.map(str::to_string), hours)
            .await?;
        tracing::info!(
            kiosk = kiosk.unwrap_or("(new)"),
            hours,
            "enrolment token made"
        );
        Ok(token)
    }

    /// Revokes a kiosk: its secret and its unused tokens stop working at once.
    pub async fn revoke(&self, kiosk_id: &str) -> Result<()> {
        self.inner.storage.revoke(kiosk_id.to_string()).await?;
        tracing::info!(kiosk = kiosk_id, "kiosk revoked");
        Ok(())
    }

    /// The whole HTTP app.
    pub fn router(&self) -> axum::Router {
        http::router(self.clone())
    }

    /// Every stored version of every record of `kind`, by id and version.
    pub async fn records(&self, kind: &str) -> Result<Vec<StoredRecord>> {
        self.inner.storage.records(kind.to_string()).await
    }

    /// A complete blob's bytes, if the head office has it.
    pub fn blob(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.inner.blobs.read(sha256)?)
    }

    /// Every enrolled kiosk, by name.
    pub async fn kiosks(&self) -> Result<Vec<KioskRow>> {
        self.inner.storage.kiosks().await
    }

    /// Sets the admin's password for the dashboard (10 to 200 characters), stored as an
    /// argon2id hash. Signs out every open session.
    pub async fn set_admin_password(&self, password: &str) -> Result<()> {
        let phc = admin::hash_password(password)?;
        self.inner.storage.set_admin_password(phc).await?;
        tracing::info!("admin password set");
        Ok(())
    }

    /// The SQLite file (for support staff and tests); `None` for a database server.
    pub fn database_path(&self) -> Option<&Path> {
        self.inner.storage.database_path()
    }

    /// The database as logs name it: the SQLite file, or the PostgreSQL database, server
    /// and user (never the password).
    pub fn database_name(&self) -> String {
        self.inner.storage.name()
    }

    fn storage(&self) -> &Storage {
        &self.inner.storage
    }

    fn blobs(&self) -> &BlobStore {
        &self.inner.blobs
    }
}

/// Serves the head office on `listener` until the task is dropped or aborted.
pub async fn serve(listener: tokio::net::TcpListener, office: HeadOffice) -> std::io::Result<()> {
    axum::serve(listener, office.router()).await
}

/// Serves until `shutdown` completes, then lets requests in flight finish.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    office: HeadOffice,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, office.router())
        .with_graceful_shutdown(shutdown)
        .await
}

/// The data folder: `GRAM_HEADOFFICE_DATA_DIR` if set, else the OS's per-user data
/// folder for `headoffice`.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "GramKiosk", "headoffice")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
}
