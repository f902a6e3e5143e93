//! Secrets the server must read back (authenticator keys, recovery codes
//! not yet shown) are kept sealed with a key only the servers hold
//! (`PORTAL_SECRET_KEY`), so a copy of the database or of the session table
//! signs nobody in. AES-256-GCM; each value is bound to what it belongs to
//! (its context), so a sealed value moved to another row does not open.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::hmac;

/// What every sealed value starts with (and the format's version).
const PREFIX: &str = "sealed:v1:";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the key must be 32 bytes, written as 64 hexadecimal digits")]
pub struct KeyError;

pub struct SealingKey {
    aead: LessSafeKey,
    /// For keyed hashes (`tag`): derived from the same secret, never used to seal.
    mac: hmac::Key,
}

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

impl SealingKey {
    /// A key written as 64 hexadecimal digits (`openssl rand -hex 32`).
    pub fn from_hex(text: &str) -> Result<Self, KeyError> {
        let text = text.trim();
        if text.len() != 64 || !text.is_ascii() {
            return Err(KeyError);
        }
        let bytes = (0..32)
            .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16))
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|_| KeyError)?;
        Self::from_bytes(&bytes)
    }

    fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        let aead = UnboundKey::new(&AES_256_GCM, bytes).map_err(|_| KeyError)?;
        let derived = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, bytes), b"jiangbei-portal tags");
        Ok(SealingKey {
            aead: LessSafeKey::new(aead),
            mac: hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref()),
        })
    }

    /// A keyed hash of `data` for `purpose`: the same on every server with
    /// the same key, and not computable without it.
    pub fn tag(&self, purpose: &str, data: &str) -> String {
        let mut context = hmac::Context::with_key(&self.mac);
        context.update(purpose.as_bytes());
        context.update(&[0]);
        context.update(data.as_bytes());
        URL_SAFE_NO_PAD.encode(context.sign().as_ref())
    }

    /// A fixed key for development and tests only: configuration refuses to
    /// start in production without a real one.
    pub fn development() -> Self {
        match Self::from_bytes(b"jiangbei-portal-development-key!") {
            Ok(key) => key,
            Err(KeyError) => unreachable!("the development key is 32 bytes"),
        }
    }

    pub fn seal(&self, plain: &str, context: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let mut data = plain.as_bytes().to_vec();
        // Sealing fails only for messages of gigabytes.
        if self
            .aead
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context.as_bytes()),
                &mut data,
            )
            .is_err()
        {
            return String::new();
        }
        let mut sealed = nonce.to_vec();
        sealed.extend(data);
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(sealed))
    }

    /// The value sealed for `context`; `None` for anything else (another
    /// key or context, a changed byte, a value never sealed).
    pub fn open(&self, sealed: &str, context: &str) -> Option<String> {
        let bytes = URL_SAFE_NO_PAD.decode(sealed.strip_prefix(PREFIX)?).ok()?;
        if bytes.len() < NONCE_LEN {
            return None;
        }
        let (nonce, data) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut data = data.to_vec();
        let plain = self
            .aead
            .open_in_place(nonce, Aad::from(context.as_bytes()), &mut data)
            .ok()?;
        String::from_utf8(plain.to_vec()).ok()
    }

    pub fn is_sealed(value: &str) -> bool {
        value.starts_with(PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    fn key() -> SealingKey {
        match SealingKey::from_hex(KEY) {
            Ok(key) => key,
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn a_sealed_value_opens_only_with_its_key_and_context() {
        let key = key();
        let sealed = key.seal("JBSWY3DPEHPK3PXP", "totp:7");
        assert!(SealingKey::is_sealed(&sealed));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            sealed,
            key.seal("JBSWY3DPEHPK3PXP", "totp:7"),
            "a fresh nonce each time"
        );
        assert_eq!(key.open(&sealed, "totp:7").as_deref(), Some("JBSWY3DPEHPK3PXP"));
        assert_eq!(key.open(&sealed, "totp:8"), None);
        assert_eq!(SealingKey::development().open(&sealed, "totp:7"), None);
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 3;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(key.open(&String::from_utf8_lossy(&tampered), "totp:7"), None);
        assert_eq!(key.open("JBSWY3DPEHPK3PXP", "totp:7"), None);
        assert_eq!(key.open("sealed:v1:", "totp:7"), None);
    }

    #[test]
    fn tags_depend_on_key_purpose_and_data() {
        let key = key();
        assert_eq!(key.tag("csrf", "abc"), key.tag("csrf", "abc"));
        assert_ne!(key.tag("csrf", "abc"), key.tag("csrf", "abd"));
        assert_ne!(key.tag("csrf", "abc"), key.tag("other", "abc"));
        assert_ne!(
            key.tag("csrf", "abc"),
            SealingKey::development().tag("csrf", "abc")
        );
        assert_eq!(key.tag("csrf", "abc").len(), 43);
    }

    #[test]
    fn keys_are_64_hex_digits() {
        assert!(SealingKey::from_hex(KEY).is_ok());
        assert_eq!(SealingKey::from_hex("abc").err(), Some(KeyError));
        assert_eq!(SealingKey::from_hex(&KEY.replace('0', "g")).err(), Some(KeyError));
        assert_eq!(SealingKey::from_hex(&"é".repeat(32)).err(), Some(KeyError));
    }
}
