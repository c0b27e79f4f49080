//! Kiosk-wide settings kept in the `settings` table: the chosen language, the kiosk's
//! own identity (a UUIDv7 made on first start, never changed afterwards) and its name.

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::i18n::Language;

const LANGUAGE: &str = "language";
const KIOSK_ID: &str = "kiosk_id";
const CATALOG_VERSION: &str = "catalog_version";
const KIOSK_NAME: &str = "kiosk_name";
const KIOSK_PROFILE: &str = "kiosk_profile";

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?)
}

fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value,
             updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        [key, value],
    )?;
    Ok(())
}

/// The language chosen on this kiosk; Hindi until someone chooses.
/// A value this build does not know (written by a newer app) also reads as the default.
pub fn language(conn: &Connection) -> Result<Language> {
    Ok(get(conn, LANGUAGE)?
        .and_then(|code| code.parse().ok())
        .unwrap_or_default())
}

pub fn set_language(conn: &Connection, language: Language) -> Result<()> {
    set(conn, LANGUAGE, language.code())
}

/// The version of the scheme catalog now in the store, if one was loaded.
pub fn catalog_version(conn: &Connection) -> Result<Option<String>> {
    get(conn, CATALOG_VERSION)
}

pub fn set_catalog_version(conn: &Connection, version: &str) -> Result<()> {
    set(conn, CATALOG_VERSION, version)
}

/// This kiosk's id, once the store has been opened for writing.
pub fn kiosk_id(conn: &Connection) -> Result<Option<String>> {
    get(conn, KIOSK_ID)
}

/// Gives the kiosk its id on first start and returns it.
pub fn ensure_kiosk_id(conn: &Connection) -> Result<String> {
    if let Some(id) = kiosk_id(conn)? {
        return Ok(id);
    }
    let id = uuid::Uuid::now_v7().to_string();
    set(conn, KIOSK_ID, &id)?;
    Ok(id)
}

/// The kiosk's name as printed on slips and certificates, once the kiosk is set up.
pub fn kiosk_name(conn: &Connection) -> Result<Option<String>> {
    Ok(get(conn, KIOSK_NAME)?.filter(|name| !name.trim().is_empty()))
}

/// Names the kiosk (the set-up form checks what the operator typed).
pub fn set_kiosk_name(conn: &Connection, name: &str) -> Result<()> {
    set(conn, KIOSK_NAME, name.trim())
}

/// Where the kiosk stands, as set up; its name is kept on its own as well, for slips.
pub fn set_kiosk_profile(conn: &Connection, profile: &crate::kiosk::KioskProfile) -> Result<()> {
    let json = serde_json::to_string(profile).map_err(crate::Error::stored_json)?;
    set(conn, KIOSK_PROFILE, &json)?;
    set_kiosk_name(conn, &profile.name)
}

/// The kiosk's profile; `None` before set-up (or if a newer app wrote one it cannot read).
pub fn kiosk_profile(conn: &Connection) -> Result<Option<crate::kiosk::KioskProfile>> {
    Ok(get(conn, KIOSK_PROFILE)?.and_then(|json| serde_json::from_str(&json).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::migrate;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().expect("in-memory SQLite always opens");
        migrate::migrate(&mut conn, std::path::Path::new(":memory:")).expect("migrates");
        conn
    }

    #[test]
    fn language_defaults_to_hindi_and_can_be_changed() {
        let conn = db();
        assert_eq!(language(&conn).expect("reads"), Language::Hi);
        set_language(&conn, Language::En).expect("saves");
        assert_eq!(language(&conn).expect("reads"), Language::En);
        set_language(&conn, Language::Hi).expect("saves");
        assert_eq!(language(&conn).expect("reads"), Language::Hi);
    }

    #[test]
    fn an_unknown_stored_language_reads_as_the_default() {
        let conn = db();
        set(&conn, LANGUAGE, "xx").expect("saves");
        assert_eq!(language(&conn).expect("reads"), Language::Hi);
    }

    #[test]
    fn kiosk_id_is_made_once() {
        let conn = db();
        assert_eq!(kiosk_id(&conn).expect("reads"), None);
        let first = ensure_kiosk_id(&conn).expect("made");
        let second = ensure_kiosk_id(&conn).expect("kept");
        assert_eq!(first, second);
        let parsed = uuid::Uuid::parse_str(&first).expect("a uuid");
        assert_eq!(parsed.get_version_num(), 7);
    }

    #[test]
    fn the_kiosk_has_no_name_until_one_is_given() {
        let conn = db();
        assert_eq!(kiosk_name(&conn).expect("reads"), None);
        set_kiosk_name(&conn, "  ग्राम कियोस्क, बड़ोदिया  ").expect("saves");
        assert_eq!(
            kiosk_name(&conn).expect("reads").as_deref(),
            Some("ग्राम कियोस्क, बड़ोदिया")
        );
    }
}
