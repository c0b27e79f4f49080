//! Enrolment tokens and kiosk secrets: made from the OS random source, exchanged as
//! text, kept only as SHA-256 hashes, compared in constant time.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// A SHA-256 digest as stored.
pub(crate) type Hash = [u8; 32];

const TOKEN_BYTES: usize = 24;
const SECRET_BYTES: usize = 32;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub(crate) fn sha256(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

/// Lowercase hex, as blobs are named.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
    Ok(bytes)
}

/// A new one-time token as shown to the admin (base32 in groups of 4, e.g.
/// `ABCD EFGH … XYZ`), and the hash to store.
pub(crate) fn new_token() -> Result<(String, Hash)> {
    let text = base32(&random::<TOKEN_BYTES>()?);
    let shown = text
        .as_bytes()
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Ok((shown, token_hash(&text)))
}

/// The hash of a token as typed: case, spaces and dashes do not matter.
pub(crate) fn token_hash(typed: &str) -> Hash {
    let normal: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    sha256(normal.as_bytes())
}

/// A new kiosk secret (base64url, no padding) and the hash to store. The secret has
/// 256 random bits, so a plain SHA-256 is as good as a slow hash here.
pub(crate) fn new_secret() -> Result<(String, Hash)> {
    let secret = URL_SAFE_NO_PAD.encode(random::<SECRET_BYTES>()?);
    let hash = sha256(secret.as_bytes());
    Ok((secret, hash))
}

/// `Authorization: Bearer <kiosk_id>.<secret>` split into its two parts.
pub(crate) fn parse_bearer(header: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let (kiosk_id, secret) = rest.trim().split_once('.')?;
    let printable = !kiosk_id.chars().any(char::is_control);
    (!kiosk_id.is_empty() && !secret.is_empty() && printable).then_some((kiosk_id, secret))
}

/// Whether `secret` hashes to `stored`, in time that does not depend on where they differ.
pub(crate) fn secret_matches(secret: &str, stored: &Hash) -> bool {
    sha256(secret.as_bytes()).ct_eq(stored).into()
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(BASE32[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc_4648_without_padding() {
        for (input, expected) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(input.as_bytes()), expected, "{input:?}");
        }
    }

    #[test]
    fn tokens_are_grouped_and_typed_in_any_case_or_spacing() {
        let (shown, hash) = new_token().expect("random source");
        let groups: Vec<&str> = shown.split(' ').collect();
        assert_eq!(groups.len(), 10, "{shown}");
        assert!(groups[..9].iter().all(|g| g.len() == 4));
        assert_eq!(token_hash(&shown), hash);
        assert_eq!(token_hash(&shown.to_lowercase().replace(' ', "")), hash);
        assert_eq!(token_hash(&shown.replace(' ', "-")), hash);
        assert_eq!(
            token_hash(&format!("  {}\n", shown.replace(' ', "  "))),
            hash
        );
        assert_ne!(token_hash(&shown[1..]), hash);
    }

    #[test]
    fn secrets_are_43_base64url_characters_and_differ() {
        let (a, hash_a) = new_secret().expect("random source");
        let (b, _) = new_secret().expect("random source");
        assert_eq!(a.len(), 43);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_ne!(a, b);
        assert!(secret_matches(&a, &hash_a));
        assert!(!secret_matches(&b, &hash_a));
    }

    #[test]
    fn bearer_headers_are_split_or_refused() {
        assert_eq!(parse_bearer("Bearer k1.s3cr3t"), Some(("k1", "s3cr3t")));
        assert_eq!(parse_bearer("bearer  k1.s"), Some(("k1", "s")));
        for bad in [
            "",
            "Bearer",
            "Bearer k1",
            "Bearer .s",
            "Bearer k1.",
            "Basic k1.s",
            "Bearer k\u{0}1.s",
        ] {
            assert_eq!(parse_bearer(bad), None, "{bad:?}");
        }
    }
}
