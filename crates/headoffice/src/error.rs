//! One error type for the head office's library. Every variant has a stable code; the
//! HTTP layer turns them into short JSON answers and logs the detail.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no data folder could be determined for this user")]
    NoDataDir,

    #[error("data folder {} cannot be used: {source}", path.display())]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// `database` names the SQLite file or the PostgreSQL database (never a password).
    #[error("database {database} has schema version {found}, newer than the {supported} this build knows")]
    DatabaseTooNew {
        database: String,
        found: i64,
        supported: i64,
    },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("database error: {0}")]
    Postgres(#[from] tokio_postgres::Error),

    #[error("the database server cannot be reached: {0}")]
    DatabaseUnavailable(String),

    #[error("the database URL is not one PostgreSQL takes: {0}")]
    DatabaseUrl(String),

    #[error("file error: {0}")]
    Io(#[from] std::io::Error),

    #[error("a stored record is not JSON: {0}")]
    StoredJson(#[source] serde_json::Error),

    #[error("a kiosk name must have 1 to 100 characters and no control characters")]
    KioskNameInvalid,

    #[error("an enrolment token is valid for at most {max} hours")]
    HoursTooMany { max: u32 },

    #[error("no kiosk with id {0:?}")]
    KioskNotFound(String),

    #[error("the kiosk is revoked")]
    KioskRevoked,

    #[error("the admin password must have {min} to 200 characters")]
    PasswordWeak { min: usize },

    #[error("the operating system's random source failed: {0}")]
    Random(String),

    #[error("a background task stopped: {0}")]
    TaskFailed(String),
}

impl Error {
    /// A stable machine code, for scripts and logs.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoDataDir => "store.no_data_dir",
            Error::DataDir { .. } => "store.data_dir_unusable",
            Error::DatabaseTooNew { .. } => "store.database_too_new",
            Error::Sqlite(_) | Error::Postgres(_) => "store.database",
            Error::DatabaseUnavailable(_) => "store.database_unavailable",
            Error::DatabaseUrl(_) => "store.database_url",
            Error::Io(_) => "store.file",
            Error::StoredJson(_) => "store.bad_json",
            Error::KioskNameInvalid => "kiosk.name_invalid",
            Error::HoursTooMany { .. } => "kiosk.hours_too_many",
            Error::KioskNotFound(_) => "kiosk.not_found",
            Error::KioskRevoked => "kiosk.revoked",
            Error::PasswordWeak { .. } => "admin.password_weak",
            Error::Random(_) => "system.random",
            Error::TaskFailed(_) => "system.task_failed",
        }
    }
}
