//! Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds, the
//! defaults every authenticator app supports) and the set-up page's QR code.

/// What the set-up page shows: the key as text and as a QR code.
#[derive(Clone, Debug, Default)]
pub struct SecondFactorSetUp {
    /// The key in groups of four, as people type it.
    pub key_groups: String,
    /// `otpauth://` address, for apps that take a link.
    pub uri: String,
    /// The QR code as a `data:` address of an SVG image.
    pub qr_image: String,
}

#[cfg(feature = "ssr")]
pub use codes::*;

#[cfg(feature = "ssr")]
mod codes {
    use super::SecondFactorSetUp;
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use chrono::{DateTime, Utc};
    use totp_rs::{Builder, Secret, Totp};

    const ISSUER: &str = "Jiangbei Disability Services";
    /// Codes from the step before and after are accepted too (clock drift).
    const SKEW_STEPS: u16 = 1;

    /// A new random key of 160 bits (the RFC's recommendation for SHA-1), in
    /// base32 as stored and typed.
    pub fn new_secret() -> String {
        use rand::RngCore;
        let mut bytes = [0u8; 20];
        rand::rng().fill_bytes(&mut bytes);
        Secret::new_stack(bytes).to_base32()
    }

    fn totp(secret: &str, account: &str) -> Option<Totp> {
        let secret = Secret::try_from_base32(secret).ok()?;
        Builder::new()
            .with_secret(secret)
            .with_skew(SKEW_STEPS)
            .with_issuer(Some(ISSUER))
            .with_account_name(account)
            .build()
            .ok()
    }

    /// The time step of the code typed, if it is right now (give or take a step).
    pub fn check(secret: &str, typed: &str, unix_seconds: u64) -> Option<i64> {
        let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let step = totp(secret, "")?.check(&code, unix_seconds)?;
        i64::try_from(step).ok()
    }

    /// The code for a moment, as an authenticator app would show it.
    pub fn code_at(secret: &str, unix_seconds: u64) -> Option<String> {
        Some(totp(secret, "")?.generate(unix_seconds).to_string())
    }

    /// Whether what was typed looks like an authenticator code (six digits).
    pub fn looks_like_code(typed: &str) -> bool {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())
    }

    /// What the set-up page shows for a key.
    pub fn set_up_view(secret: &str, account: &str) -> SecondFactorSetUp {
        let uri = totp(secret, account)
            .and_then(|t| t.to_url().ok())
            .unwrap_or_default();
        let qr_image = qrcode::QrCode::new(uri.as_bytes())
            .map(|code| {
                let svg = code
                    .render::<qrcode::render::svg::Color<'_>>()
                    .min_dimensions(200, 200)
                    .build();
                format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg))
            })
            .unwrap_or_default();
        let key_groups = secret
            .as_bytes()
            .chunks(4)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        SecondFactorSetUp {
            key_groups,
            uri,
            qr_image,
        }
    }

    /// Seconds since 1970 at `now`, for checking codes.
    pub fn seconds_at(now: DateTime<Utc>) -> u64 {
        u64::try_from(now.timestamp()).unwrap_or_default()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn codes_from_the_key_are_accepted_once_per_step() {
            let secret = new_secret();
            let now = 1_800_000_000;
            let code = code_at(&secret, now).unwrap_or_default();
            assert_eq!(check(&secret, &code, now), Some((now / 30) as i64));
            assert_eq!(
                check(&secret, &format!("{} {}", &code[..3], &code[3..]), now),
                Some((now / 30) as i64),
                "a space in the middle is fine"
            );
            assert!(check(&secret, &code, now + 30).is_some(), "one step of drift");
            assert!(check(&secret, &code, now + 300).is_none(), "an old code");
            assert!(check(&secret, "abcdef", now).is_none());
            assert!(check("not base32!", &code, now).is_none());
        }

        #[test]
        fn rfc_6238_test_vector() {
            // The RFC's SHA-1 key "12345678901234567890", at 59 s: 94287082 (8 digits); 6 digits: 287082.
            let secret = Secret::new_stack(*b"12345678901234567890").to_base32();
            assert_eq!(code_at(&secret, 59).as_deref(), Some("287082"));
        }

        #[test]
        fn set_up_shows_the_key_grouped_and_a_qr_code() {
            let view = set_up_view("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "a@example.org");
            assert_eq!(view.key_groups, "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
            assert!(view.uri.starts_with("otpauth://totp/"));
            assert!(view.qr_image.starts_with("data:image/svg+xml;base64,"));
        }
    }
}
