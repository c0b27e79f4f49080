//! The kiosk's SQLite file: where it lives, how connections are set up, and the one
//! writer plus a few readers that the rest of the core goes through.

pub mod migrate;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use crate::settings;

/// Environment variable that overrides the data folder (tests, kiosks with a USB data disk).
pub const DATA_DIR_ENV: &str = "GRAM_KIOSK_DATA_DIR";
/// The database file's name inside the data folder.
pub const DB_FILE: &str = "kiosk.sqlite3";

const READERS: usize = 2;
/// Page cache of each read-only connection, in KiB (SQLite reads a negative
/// `cache_size` as KiB). SQLite's default of 2 MiB a connection filled up with the
/// catalog's pages in the first searches for no gain: they come back from the kernel's
/// file cache in microseconds (search times were the same within the bench's noise).
const READER_CACHE_KIB: i64 = -512;
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The data folder: `GRAM_KIOSK_DATA_DIR` if set, else the OS's per-user data folder.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "GramKiosk", "gram-kiosk")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
}

/// Creates the data folder if needed and proves a file can be written in it.
pub fn ensure_writable_dir(dir: &Path) -> Result<()> {
    let unwritable = |source| Error::DataDirUnwritable {
        path: dir.to_path_buf(),
        source,
    };
    fs::create_dir_all(dir).map_err(unwritable)?;
    // Per process, so that the app and kioskctl probing at once do not trip each other.
    let probe = dir.join(format!(".write-probe-{}", std::process::id()));
    let written =
        fs::File::create(&probe).and_then(|mut f| f.write_all(b"ok").and_then(|()| f.sync_all()));
    let removed = fs::remove_file(&probe);
    written.and(removed).map_err(unwritable)
}

/// Refuses a file that is not SQLite before SQLite touches it, so a damaged or foreign
/// file is never rewritten (an empty file is a new database to SQLite, and fine).
pub fn check_header(path: &Path) -> Result<()> {
    let corrupt = |detail: String| Error::DatabaseCorrupt {
        path: path.to_path_buf(),
        detail,
    };
    let mut file = fs::File::open(path).map_err(|e| corrupt(e.to_string()))?;
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(corrupt(e.to_string())),
        }
    }
    match read {
        0 => Ok(()),
        16 if &header == SQLITE_HEADER => Ok(()),
        _ => Err(corrupt("file does not start with the SQLite header".into())),
    }
}

/// Reads the schema version of the open file at `path`, refuses one newer than this
/// build and runs SQLite's quick integrity check, all without writing. Returns the version.
pub fn check_contents(conn: &Connection, path: &Path) -> Result<i64> {
    let version = migrate::schema_version(conn).map_err(|e| classify(path, e))?;
    migrate::refuse_newer(path, version, migrate::LATEST_VERSION)?;
    read_ahead(path);
    let verdict: String = conn
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(|e| classify(path, e))?;
    if verdict != "ok" {
        return Err(Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            detail: verdict,
        });
    }
    Ok(version)
}

/// Reads the file once from start to end, so that the integrity check, which visits
/// every page in the order of its trees, finds them in the kernel's file cache instead
/// of waiting on the disk for each: on a cold start of a new kiosk (6 MB) the check
/// takes 30 ms instead of 95. Best effort: a read error here is the check's to report.
fn read_ahead(path: &Path) {
    if let Ok(mut file) = fs::File::open(path) {
        let _ = std::io::copy(&mut file, &mut std::io::sink());
    }
}

/// SQLite's "not a database" and "corrupt" mean a damaged file; anything else (a lock
/// held by another program, a full disk) is an ordinary database error.
fn classify(path: &Path, error: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match error.sqlite_error_code() {
        Some(NotADatabase | DatabaseCorrupt) => Error::DatabaseCorrupt {
            path: path.to_path_buf(),
            detail: error.to_string(),
        },
        _ => Error::Sqlite(error),
    }
}

/// One writer connection behind a mutex and a few read-only connections.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    // Fields drop in this order: the readers close first, so that the writer is the
    // last connection and, closing, moves the write-ahead log into the database file
    // and removes it (a read-only connection cannot), leaving one file behind.
    readers: Vec<Mutex<Connection>>,
    writer: Mutex<Connection>,
    next_reader: AtomicUsize,
}

impl Store {
    /// Opens (creating and migrating if needed) the database in `dir`.
    pub fn open(dir: &Path) -> Result<Store> {
        ensure_writable_dir(dir)?;
        let path = dir.join(DB_FILE);
        if path.exists() {
            check_header(&path)?;
        }
        let mut writer = Connection::open(&path)?;
        writer.busy_timeout(BUSY_TIMEOUT)?;
        // The first reads of the file; WAL and migrations only follow if they pass.
        check_contents(&writer, &path)?;
        configure_writer(&writer)?;
        migrate::migrate(&mut writer, &path)?;

        let readers = (0..READERS)
            .map(|_| open_reader(&path).map(Mutex::new))
            .collect::<Result<_>>()?;
        let store = Store {
            path,
            writer: Mutex::new(writer),
            readers,
            next_reader: AtomicUsize::new(0),
        };
        store.write(|tx| settings::ensure_kiosk_id(tx))?;
        Ok(store)
    }

    /// Opens the store in the data folder chosen by [`data_dir`].
    pub fn open_default() -> Result<Store> {
        Store::open(&data_dir()?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in an immediate transaction and commits it; on error nothing is written.
    /// With `synchronous=FULL` the change is on disk when this returns `Ok`.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Moves the write-ahead log into the database file and empties it, on the writer
    /// (outside any transaction), so that pages from before an erasure do not stay in
    /// the log. Best effort: a reader busy at this moment only delays it to SQLite's
    /// next automatic checkpoint.
    pub fn checkpoint(&self) {
        let conn = lock(&self.writer);
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    /// Runs `f` on one of the read-only connections.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let index = self.next_reader.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        f(&lock(&self.readers[index]))
    }
}

/// A panic while a connection was held leaves it usable (its transaction rolled back
/// on drop), so a poisoned lock is taken over rather than bringing the kiosk down.
fn lock(mutex: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn configure_writer(conn: &Connection) -> Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    debug_assert_eq!(mode.to_lowercase(), "wal");
    // FULL: a record the UI calls "saved" survives a power cut.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

fn open_reader(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "cache_size", READER_CACHE_KIB)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    fn pragma(store: &Store, name: &str) -> String {
        store
            .read(|c| {
                Ok(c.query_row(&format!("PRAGMA {name}"), [], |r| {
                    r.get::<_, rusqlite::types::Value>(0)
                })?)
            })
            .map(|v| format!("{v:?}"))
            .expect("pragma")
    }

    #[test]
    fn opens_a_new_database_with_wal_and_latest_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        assert!(dir.path().join(DB_FILE).exists());
        assert!(pragma(&store, "journal_mode").contains("wal"));
        let version = store
            .read(|c| Ok(migrate::schema_version(c)?))
            .expect("version");
        assert_eq!(version, migrate::LATEST_VERSION);
    }

    #[test]
    fn writer_runs_with_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        let (sync, fk, timeout): (i64, i64, i64) = store
            .write(|tx| {
                Ok(tx.query_row(
                    "SELECT * FROM pragma_synchronous, pragma_foreign_keys, pragma_busy_timeout",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?)
            })
            .expect("pragmas");
        assert_eq!(sync, 2, "synchronous=FULL");
        assert_eq!(fk, 1);
        assert!(timeout >= 1000);
    }

    #[test]
    fn every_reader_keeps_a_small_page_cache() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        for _ in 0..READERS {
            assert_eq!(
                pragma(&store, "cache_size"),
                format!("Integer({READER_CACHE_KIB})")
            );
        }
    }

    #[test]
    fn a_closed_store_leaves_one_file_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        for _ in 0..READERS {
            pragma(&store, "user_version");
        }
        store
            .write(|tx| Ok(tx.execute("UPDATE settings SET value = value", [])?))
            .expect("writes");
        drop(store);
        let mut files: Vec<String> = fs::read_dir(dir.path())
            .expect("listing")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        assert_eq!(files, vec![DB_FILE.to_string()], "no -wal or -shm left");
    }

    #[test]
    fn readers_cannot_write() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        let result = store.read(|c| Ok(c.execute("DELETE FROM settings", [])?));
        assert!(result.is_err());
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("opens");
        let result: Result<()> = store.write(|tx| {
            settings::set_language(tx, Language::En)?;
            Err(Error::UnknownLanguage("boom".into()))
        });
        assert!(result.is_err());
        let lang = store.read(settings::language).expect("reads");
        assert_eq!(lang, Language::default());
    }

    #[test]
    fn reopening_keeps_data_and_identity() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first_id = {
            let store = Store::open(dir.path()).expect("opens");
            store
                .write(|tx| settings::set_language(tx, Language::En))
                .expect("saves");
            store.read(settings::kiosk_id).expect("id")
        };
        let store = Store::open(dir.path()).expect("reopens");
        assert_eq!(store.read(settings::language).expect("lang"), Language::En);
        assert_eq!(store.read(settings::kiosk_id).expect("id"), first_id);
    }

    #[test]
    fn creates_missing_nested_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let nested = dir.path().join("a/b/c");
        Store::open(&nested).expect("opens");
        assert!(nested.join(DB_FILE).exists());
    }
}
