//! Passwords and single-use secrets for residents and staff alike:
//! passwords as Argon2id hashes, emailed links and recovery codes as
//! SHA-256 hashes, so the database never holds anything that signs in.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

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

/// Argon2 runs on the blocking threads, at most `permits` hashes at a time:
/// each takes 19 MiB and a core for a moment, so a burst of sign-ins queues
/// here instead of starving the threads that answer every other page.
#[derive(Debug)]
pub struct PasswordHashing {
    permits: Arc<Semaphore>,
    size: usize,
    in_flight: AtomicUsize,
    peak: AtomicUsize,
}

impl PasswordHashing {
    pub fn new(permits: usize) -> Self {
        let size = permits.max(1);
        PasswordHashing {
            permits: Arc::new(Semaphore::new(size)),
            size,
            in_flight: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    /// One permit per core.
    pub fn per_core() -> Self {
        Self::new(std::thread::available_parallelism().map_or(1, usize::from))
    }

    pub fn permits(&self) -> usize {
        self.size
    }

    /// The most hashes that have run at once.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed)
    }

    /// Whether `password` matches `hash` (see `password_matches`); a hash
    /// that could not run counts as no match.
    pub async fn matches(&self, hash: Option<String>, password: String) -> bool {
        self.run(move || password_matches(hash.as_deref(), &password))
            .await
            .unwrap_or(false)
    }

    pub async fn hash(&self, password: String) -> Result<String, HashingError> {
        self.run(move || hash_password(&password))
            .await
            .unwrap_or_else(|| Err(HashingError("the hashing pool is closed".to_string())))
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let _permit = self.permits.acquire().await.ok()?;
        let now = self.in_flight.fetch_add(1, Ordering::Relaxed) + 1;
        self.peak.fetch_max(now, Ordering::Relaxed);
        let result = tokio::task::spawn_blocking(work).await.ok();
        self.in_flight.fetch_sub(1, Ordering::Relaxed);
        result
    }
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

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_hashes_run_at_once_than_permits() {
        let hashing = Arc::new(PasswordHashing::new(2));
        let checks = (0..16).map(|_| {
            let hashing = hashing.clone();
            tokio::spawn(async move { hashing.matches(None, "guess".to_string()).await })
        });
        for check in checks {
            assert_eq!(check.await.ok(), Some(false));
        }
        assert!(
            (1..=2).contains(&hashing.peak()),
            "never more hashes at once than permits"
        );
    }

    #[test]
    fn tokens_are_fresh_and_hashes_are_sha256_hex() {
        assert_ne!(random_token(32), random_token(32));
        assert_eq!(random_token(32).len(), 43);
        assert_eq!(hash_token("abc").len(), 64);
        assert_ne!(hash_token("abc"), hash_token("abd"));
    }
}
