//! The head office's admin: one password, set from the CLI and kept as an argon2id
//! hash, and browser sessions whose cookie value is random and kept only as SHA-256.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::credentials::{new_secret, sha256, Hash};
use crate::error::{Error, Result};

pub const MIN_PASSWORD_CHARS: usize = 10;
pub const MAX_PASSWORD_CHARS: usize = 200;
/// How long a sign-in lasts.
pub const SESSION_HOURS: u32 = 12;
pub const SESSION_COOKIE: &str = "headoffice_session";

/// Checks the password's length and hashes it with argon2id (a PHC string with its salt).
pub fn hash_password(password: &str) -> Result<String> {
    let chars = password.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&chars) {
        return Err(Error::PasswordWeak {
            min: MIN_PASSWORD_CHARS,
        });
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| Error::Random(e.to_string()))
}

/// Whether `password` matches the stored hash; a damaged hash never matches.
pub fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A new session: the cookie's value and the hash to store.
pub fn new_session() -> Result<(String, Hash)> {
    new_secret()
}

pub fn session_hash(cookie_value: &str) -> Hash {
    sha256(cookie_value.as_bytes())
}

/// The session cookie's value from a `Cookie` header, if there is one.
pub fn session_from_cookies(header: &str) -> Option<&str> {
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == SESSION_COOKIE && !value.is_empty()).then_some(value)
    })
}

/// `Set-Cookie` for a new session: not readable by scripts, never sent cross-site.
pub fn session_cookie(value: &str) -> String {
    format!(
        "{SESSION_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
        SESSION_HOURS * 3600
    )
}

pub fn expired_cookie() -> String {
    format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_with_a_salt() {
        let first = hash_password("correct horse battery").expect("hashes");
        let second = hash_password("correct horse battery").expect("hashes");
        assert!(first.starts_with("$argon2id$"), "{first}");
        assert_ne!(first, second, "salted");
        assert!(password_matches("correct horse battery", &first));
        assert!(!password_matches("correct horse batter", &first));
        assert!(!password_matches("correct horse battery", "not a hash"));
        assert!(matches!(
            hash_password("short"),
            Err(Error::PasswordWeak { .. })
        ));
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        assert_eq!(
            session_from_cookies("a=1; headoffice_session=abc; b=2"),
            Some("abc")
        );
        assert_eq!(session_from_cookies("headoffice_session="), None);
        assert_eq!(session_from_cookies("other=abc"), None);
        let cookie = session_cookie("abc");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    }
}
