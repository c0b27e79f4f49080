//! Damaged data folders for fault tests (core, CLI and end-to-end tests share them), and
//! a kiosk that is set up. Only built with the `fixtures` feature; the app never links
//! this.

use std::fs;
use std::path::{Path, PathBuf};

use crate::kiosk::{self, KioskProfile};
use crate::people::Operator;
use crate::store::{self, migrate, Store};

/// The PIN of the admin [`bagli_kiosk`] makes.
pub const BAGLI_ADMIN_PIN: &str = "482913";

/// Opens the store in `dir` and sets it up as a kiosk in Bagli block (Dewas) with its
/// first admin, Asha Verma ([`BAGLI_ADMIN_PIN`]).
pub fn bagli_kiosk(dir: &Path) -> crate::Result<(Store, Operator)> {
    let store = Store::open(dir)?;
    let profile = KioskProfile {
        name: "बागली कियोस्क".into(),
        village: "करनावद".into(),
        block: "बागली".into(),
        state: "madhya-pradesh".into(),
        district: "dewas".into(),
    };
    let admin = kiosk::set_up(&store, &profile, "Asha Verma", BAGLI_ADMIN_PIN)?;
    Ok((store, admin))
}

/// Writes a database file of random-looking bytes into `dir` and returns its bytes.
pub fn write_corrupt_db(dir: &Path) -> std::io::Result<Vec<u8>> {
    fs::create_dir_all(dir)?;
    // A fixed xorshift stream: random-looking, but the same on every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    fs::write(dir.join(store::DB_FILE), &bytes)?;
    Ok(bytes)
}

/// Writes a valid database whose schema version is newer than this build knows.
pub fn write_too_new_db(dir: &Path) -> rusqlite::Result<i64> {
    let _ = fs::create_dir_all(dir);
    let conn = rusqlite::Connection::open(dir.join(store::DB_FILE))?;
    let version = migrate::LATEST_VERSION + 7;
    conn.execute_batch("CREATE TABLE from_the_future (x INTEGER);")?;
    conn.pragma_update(None, "user_version", version)?;
    Ok(version)
}

/// A data-folder path that cannot be created, even by root: its parent is a plain file.
pub fn unwritable_data_dir(scratch: &Path) -> std::io::Result<PathBuf> {
    let blocker = scratch.join("not-a-folder");
    fs::write(&blocker, b"a file where a folder should be")?;
    Ok(blocker.join("data"))
}
