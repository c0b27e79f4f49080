//! Kiosk-wide settings kept in the `settings` table: the chosen language, the kiosk's
//! own identity (a UUIDv7 made on first start, never changed afterwards) and its name.
//! The head office enrolment and how syncing goes live in the one-row `sync_state` table.

use std::fmt;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::i18n::Language;

const LANGUAGE: &str = "language";
const KIOSK_ID: &str = "kiosk_id";
const CATALOG_VERSION: &str = "catalog_version";
const KIOSK_NAME: &str = "kiosk_name";
const KIOSK_PROFILE: &str = "kiosk_profile";
const KIOSK_MODE: &str = "kiosk_mode";

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

/// Kiosk mode and start on login (`desktop::KioskMode`); both off until chosen. A value
/// this build cannot read also reads as off.
pub fn kiosk_mode(conn: &Connection) -> Result<crate::desktop::KioskMode> {
    Ok(get(conn, KIOSK_MODE)?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

pub fn set_kiosk_mode(conn: &Connection, mode: &crate::desktop::KioskMode) -> Result<()> {
    let json = serde_json::to_string(mode).map_err(crate::error::Error::stored_json)?;
    set(conn, KIOSK_MODE, &json)
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

/// Where and as whom this kiosk sends its records: the head office's address, the id
/// it gave this kiosk and the kiosk's secret. `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// Without a trailing slash, e.g. `https://ho.example.org`.
    pub server_url: String,
    pub kiosk_id: String,
    pub secret: String,
}

impl fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Enrolment")
            .field("server_url", &self.server_url)
            .field("kiosk_id", &self.kiosk_id)
            .field("secret", &"(hidden)")
            .finish()
    }
}

/// How syncing went, for the Sync screen: times are UTC, ISO 8601 with milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncState {
    /// `None` before enrolment.
    pub enrolment: Option<Enrolment>,
    pub enrolled_at: Option<String>,
    /// When the head office last confirmed a batch.
    pub last_success_at: Option<String>,
    /// The error code (`sync.offline`, ...) and time of the last failed sync, until the
    /// next success.
    pub last_error: Option<(String, String)>,
    pub next_attempt_at: Option<String>,
}

/// The enrolment and the record of the last syncs.
pub fn sync_state(conn: &Connection) -> Result<SyncState> {
    let row = conn
        .query_row(
            "SELECT server_url, kiosk_id, secret, enrolled_at, last_success_at,
                    last_error_code, last_error_at, next_attempt_at
             FROM sync_state WHERE id = 1",
            [],
            |r| {
                let enrolment = match (r.get(0)?, r.get(1)?, r.get(2)?) {
                    (Some(server_url), Some(kiosk_id), Some(secret)) => Some(Enrolment {
                        server_url,
                        kiosk_id,
                        secret,
                    }),
                    _ => None,
                };
                let last_error = match (r.get(5)?, r.get(6)?) {
                    (Some(code), Some(at)) => Some((code, at)),
                    _ => None,
                };
                Ok(SyncState {
                    enrolment,
                    enrolled_at: r.get(3)?,
                    last_success_at: r.get(4)?,
                    last_error,
                    next_attempt_at: r.get(7)?,
                })
            },
        )
        .optional()?;
    Ok(row.unwrap_or_default())
}

/// The enrolment, if this kiosk has one.
pub fn enrolment(conn: &Connection) -> Result<Option<Enrolment>> {
    Ok(sync_state(conn)?.enrolment)
}

/// Keeps a new enrolment (replacing any earlier one) and forgets the last error, which
/// was about the old one.
pub fn set_enrolment(conn: &Connection, enrolment: &Enrolment) -> Result<()> {
    conn.execute(
        "UPDATE sync_state SET server_url = ?1, kiosk_id = ?2, secret = ?3,
             enrolled_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
             last_error_code = NULL, last_error_at = NULL, next_attempt_at = NULL
         WHERE id = 1",
        params![enrolment.server_url, enrolment.kiosk_id, enrolment.secret],
    )?;
    Ok(())
}

/// The head office confirmed a batch at `at`: the last error is over.
pub fn record_sync_success(conn: &Connection, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE sync_state SET last_success_at = ?1, last_error_code = NULL,
             last_error_at = NULL
         WHERE id = 1",
        [at],
    )?;
    Ok(())
}

/// A sync failed with the error `code` at `at`.
pub fn record_sync_error(conn: &Connection, code: &str, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE sync_state SET last_error_code = ?1, last_error_at = ?2 WHERE id = 1",
        [code, at],
    )?;
    Ok(())
}

/// When the worker will try again after a failed sync: `after` from now, or `None`
/// when no retry is due.
pub fn set_next_sync_attempt(conn: &Connection, after: Option<Duration>) -> Result<()> {
    let modifier = after.map(|d| format!("+{:.3} seconds", d.as_secs_f64()));
    conn.execute(
        "UPDATE sync_state SET next_attempt_at =
             CASE WHEN ?1 IS NULL THEN NULL
                  ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1) END
         WHERE id = 1",
        [modifier],
    )?;
    Ok(())
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

    fn enrolment(secret: &str) -> Enrolment {
        Enrolment {
            server_url: "https://ho.example.org".into(),
            kiosk_id: "0190-kiosk".into(),
            secret: secret.into(),
        }
    }

    #[test]
    fn a_new_kiosk_is_not_enrolled_and_never_synced() {
        let conn = db();
        assert_eq!(sync_state(&conn).expect("reads"), SyncState::default());
    }

    #[test]
    fn enrolment_is_kept_and_replaced_whole() {
        let conn = db();
        set_enrolment(&conn, &enrolment("first")).expect("saves");
        record_sync_error(&conn, "sync.not_enrolled", "2026-03-01T00:00:00.000Z").expect("error");
        set_enrolment(&conn, &enrolment("second")).expect("replaces");
        let state = sync_state(&conn).expect("reads");
        assert_eq!(state.enrolment, Some(enrolment("second")));
        assert!(state.enrolled_at.is_some());
        assert_eq!(state.last_error, None, "the old enrolment's error is over");
    }

    #[test]
    fn the_secret_never_shows_in_debug_output() {
        let conn = db();
        set_enrolment(&conn, &enrolment("s3cr3t-value")).expect("saves");
        let shown = format!("{:?}", sync_state(&conn).expect("reads"));
        assert!(!shown.contains("s3cr3t-value"), "{shown}");
        assert!(shown.contains("0190-kiosk"), "{shown}");
    }

    #[test]
    fn success_clears_the_last_error_and_attempts_are_dated_ahead() {
        let conn = db();
        record_sync_error(&conn, "sync.offline", "2026-03-01T10:00:00.000Z").expect("error");
        assert_eq!(
            sync_state(&conn).expect("reads").last_error,
            Some(("sync.offline".into(), "2026-03-01T10:00:00.000Z".into()))
        );
        record_sync_success(&conn, "2026-03-01T11:00:00.000Z").expect("success");
        let state = sync_state(&conn).expect("reads");
        assert_eq!(state.last_error, None);
        assert_eq!(
            state.last_success_at.as_deref(),
            Some("2026-03-01T11:00:00.000Z")
        );

        set_next_sync_attempt(&conn, Some(Duration::from_secs(90))).expect("next");
        let (next, now): (String, String) = conn
            .query_row(
                "SELECT next_attempt_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM sync_state",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("reads");
        assert!(next > now, "{next} is not after {now}");
        set_next_sync_attempt(&conn, None).expect("none");
        assert_eq!(sync_state(&conn).expect("reads").next_attempt_at, None);
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
