//! Passwords and single-use secrets for residents and staff alike:
//! passwords as Argon2id hashes, emailed links and recovery codes as
//! SHA-256 hashes, so the database never holds anything that signs in.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashingError(String);

pub fn hash_password(password: &str) -> Result<String, HashingError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashingError(e.to_string()))
}

/// A hash of a random password nobody has, checked when there is no
/// account (or no password) so that the answer takes as long either way.
fn stand_in_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_password(&random_token(16)).unwrap_or_default())
}

/// Whether `password` matches `hash`; with no hash, a stand-in is checked
/// so that the time taken does not tell whether an account exists.
pub fn password_matches(hash: Option<&str>, password: &str) -> bool {
    let hash = match hash {
        Some(hash) => hash,
        None => stand_in_hash(),
    };
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A new random secret of `bytes` bytes, URL-safe.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    URL_SAFE_NO_PAD.encode(buffer)
}

/// A new random name of `bytes` bytes, in hex (storage keys, submission keys).
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

/// What is stored of a token: its SHA-256, in hex.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_the_stand_in_never_matches() {
        let hash = hash_password("correct horse").unwrap_or_default();
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_matches(Some(&hash), "correct horse"));
        assert!(!password_matches(Some(&hash), "wrong horse"));
        assert!(!password_matches(None, "anything"));
    }

    #[test]
    fn tokens_are_fresh_and_hashes_are_sha256_hex() {
        assert_ne!(random_token(32), random_token(32));
        assert_eq!(random_token(32).len(), 43);
        assert_eq!(hash_token("abc").len(), 64);
        assert_ne!(hash_token("abc"), hash_token("abd"));
    }
}
