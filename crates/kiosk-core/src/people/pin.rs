//! Operator PINs: at least six digits, not one a thief guesses first, and stored only as
//! an argon2id hash (a PHC string with its own salt).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::{Error, Result};

pub const MIN_DIGITS: usize = 6;
pub const MAX_DIGITS: usize = 12;

/// Refuses a PIN that is too short or too long, not all digits, one digit repeated
/// (111111) or a straight run (123456, 987654).
pub fn check(pin: &str) -> Result<()> {
    let digits: Vec<u8> = pin.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    let all_digits = pin.bytes().all(|b| b.is_ascii_digit());
    let length = (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len());
    let steps: Vec<i16> = digits
        .windows(2)
        .map(|w| i16::from(w[1]) - i16::from(w[0]))
        .collect();
    let same_step =
        steps.windows(2).all(|w| w[0] == w[1]) && steps.first().is_some_and(|s| s.abs() <= 1);
    if !all_digits || !length || same_step {
        return Err(Error::PinWeak);
    }
    Ok(())
}

pub fn hash(pin: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| Error::Crypto(e.to_string()))
}

/// Whether `pin` matches the stored hash; a damaged hash never matches.
pub fn matches(pin: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_pins_are_refused() {
        for weak in [
            "",
            "12345",
            "111111",
            "123456",
            "987654",
            "000000",
            "12345a",
            "١٢٣٤٥٦٧",
            "1234567890123",
        ] {
            assert!(matches!(check(weak), Err(Error::PinWeak)), "{weak:?}");
        }
        for fine in ["482913", "20250614", "135792"] {
            assert!(check(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn pins_are_hashed_with_argon2id_and_a_salt() {
        let first = hash("482913").expect("hashed");
        let second = hash("482913").expect("hashed");
        assert!(first.starts_with("$argon2id$"), "{first}");
        assert_ne!(first, second, "same PIN, same salt");
        assert!(!first.contains("482913"));
        assert!(matches("482913", &first));
        assert!(!matches("482914", &first));
        assert!(!matches("482913", "not a hash"));
    }
}
