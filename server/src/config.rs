//! Configuration from environment variables. Every one is optional; the
//! defaults run the portal on this machine with an embedded SQLite database.

use crate::mail::{self, MailConfig, MailTransport, SmtpConfig, SmtpCredentials, SmtpTls};
use app::web::file_store::S3Settings;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// `PORTAL_ADDR`: where to listen. Default `127.0.0.1:3000`.
    pub addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` or `postgres://…`. Default `sqlite://data/portal.db`.
    pub database_url: String,
    /// `PORTAL_SITE_ROOT`: the folder with the built CSS, JS and WASM. Default `target/site`.
    pub site_root: String,
    /// `PORTAL_ENV`: `development` (default) or `production`.
    pub environment: Environment,
    /// `PORTAL_DEMO`: create demo staff accounts. Default off; never allowed in production.
    pub demo: bool,
    /// `PORTAL_SECURE_COOKIES`: mark cookies `Secure`. Default on in production, off otherwise.
    pub secure_cookies: bool,
    /// `PORTAL_LOG`: log filter. Default `info`.
    pub log_filter: String,
    /// `PORTAL_LOG_FORMAT`: `text` (default) or `json`, one object per line for log collectors.
    pub log_format: crate::telemetry::LogFormat,
    /// `PORTAL_METRICS_ALLOW` (addresses or networks, comma-separated; default 127.0.0.1 and
    /// ::1) and `PORTAL_METRICS_TOKEN` (a bearer token that opens `/metrics` from anywhere).
    pub metrics: crate::metrics::Access,
    /// `PORTAL_PUBLIC_URL`: the address people use, for links in emails. Default `http://` and
    /// `PORTAL_ADDR`. Never taken from the request, so a forged `Host` cannot redirect links.
    pub public_url: String,
    /// `PORTAL_UPLOAD_DIR`: where uploaded documents are kept, outside the web root. Default
    /// `data/uploads`.
    pub upload_dir: String,
    /// `PORTAL_DOCUMENT_STORE`: `local` (default, the folder above) or `s3`, with the bucket
    /// from the `PORTAL_S3_*` variables, which several servers can share.
    pub document_store: DocumentStore,
    /// `PORTAL_TRUSTED_PROXIES`: comma-separated addresses of the reverse proxies in front of
    /// the portal, whose `X-Forwarded-For` gives the client's address. Default none.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// `PORTAL_MAIL_*` and `PORTAL_SMTP_*`: how the outbox is sent, and `PORTAL_MAIL_KEEP_DAYS`
    /// how long sent mail is kept. Default: `.eml` files in `data/outbox` (refused in production),
    /// kept 30 days.
    pub mail: MailConfig,
    /// `PORTAL_OFFER_HOURS`: how long a freed training place is held for the first person
    /// waiting, 1 to 720 hours. Default 48.
    pub offer_hours: u32,
    /// Serve public pages from the page cache (`PORTAL_PAGE_CACHE`, on by
    /// default; off only to measure what it saves).
    pub page_cache: bool,
    /// `PORTAL_SERVICE_DAYS_COMMUNITY`, `_STREET`, `_DISTRICT`: working days each level has
    /// before an application is flagged overdue. Default 10 each.
    pub service_levels: app::domain::staff::ServiceLevels,
    /// `PORTAL_SECRET_KEY`: 64 hexadecimal digits (`openssl rand -hex 32`), the same on every
    /// server, that seals authenticator keys and not-yet-shown recovery codes at rest. Required
    /// in production; a fixed development key otherwise.
    pub sealing_key: std::sync::Arc<app::web::sealed::SealingKey>,
    /// The clock every page, store and worker reads: the system clock, or a
    /// manual one a test sets. Not from the environment.
    pub clock: app::web::clock::Clock,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentStore {
    Local,
    S3(S3Settings),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{variable} has the value {value:?}, but it must be {expected}.")]
    Invalid {
        variable: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("PORTAL_DEMO is on, but demo accounts are never allowed when PORTAL_ENV is production.")]
    DemoInProduction,
    #[error(
        "PORTAL_ENV is production, but PORTAL_MAIL_TRANSPORT is file (the default when not set): \
         mail would be written to .eml files and never reach anyone. Set PORTAL_MAIL_TRANSPORT=smtp \
         and PORTAL_SMTP_HOST."
    )]
    FileMailInProduction,
    #[error("{variable} must be set when {because}.")]
    Missing {
        variable: &'static str,
        because: &'static str,
    },
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/portal.db";

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let environment = match lookup("PORTAL_ENV").as_deref().map(str::trim) {
            None | Some("development") => Environment::Development,
            Some("production") => Environment::Production,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    variable: "PORTAL_ENV",
                    value: other.to_string(),
                    expected: "development or production",
                })
            }
        };
        let addr = match lookup("PORTAL_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(value) => value.trim().parse().map_err(|_| ConfigError::Invalid {
                variable: "PORTAL_ADDR",
                value,
                expected: "an address and port such as 127.0.0.1:3000",
            })?,
        };
        let demo = flag(&lookup, "PORTAL_DEMO", false)?;
        if demo && environment == Environment::Production {
            return Err(ConfigError::DemoInProduction);
        }
        Ok(Config {
            addr,
            database_url: lookup("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            site_root: lookup("PORTAL_SITE_ROOT").unwrap_or_else(|| "target/site".to_string()),
            environment,
            demo,
            secure_cookies: flag(
                &lookup,
                "PORTAL_SECURE_COOKIES",
                environment == Environment::Production,
            )?,
            log_filter: lookup("PORTAL_LOG").unwrap_or_else(|| "info".to_string()),
            log_format: log_format(&lookup)?,
            metrics: metrics_access(&lookup)?,
            public_url: public_url(&lookup, addr)?,
            upload_dir: lookup("PORTAL_UPLOAD_DIR").unwrap_or_else(|| "data/uploads".to_string()),
            document_store: document_store(&lookup)?,
            trusted_proxies: trusted_proxies(&lookup)?,
            mail: mail_config(&lookup, environment)?,
            offer_hours: offer_hours(&lookup)?,
            page_cache: flag(&lookup, "PORTAL_PAGE_CACHE", true)?,
            service_levels: app::domain::staff::ServiceLevels {
                community: days(&lookup, "PORTAL_SERVICE_DAYS_COMMUNITY")?,
                street: days(&lookup, "PORTAL_SERVICE_DAYS_STREET")?,
                district: days(&lookup, "PORTAL_SERVICE_DAYS_DISTRICT")?,
            },
            sealing_key: sealing_key(&lookup, environment)?,
            clock: app::web::clock::Clock::system(),
        })
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }
}

fn sealing_key(
    lookup: &impl Fn(&str) -> Option<String>,
    environment: Environment,
) -> Result<std::sync::Arc<app::web::sealed::SealingKey>, ConfigError> {
    use app::web::sealed::SealingKey;
    match lookup("PORTAL_SECRET_KEY") {
        Some(value) => SealingKey::from_hex(&value)
            .map(std::sync::Arc::new)
            .map_err(|_| ConfigError::Invalid {
                variable: "PORTAL_SECRET_KEY",
                value: "(not shown)".to_string(),
                expected: "64 hexadecimal digits, as `openssl rand -hex 32` prints",
            }),
        None if environment == Environment::Production => Err(ConfigError::Missing {
            variable: "PORTAL_SECRET_KEY",
            because: "PORTAL_ENV is production",
        }),
        None => Ok(std::sync::Arc::new(SealingKey::development())),
    }
}

/// Hours an offered place is held, 1 to 720 (30 days); 48 when not set.
fn offer_hours(lookup: &impl Fn(&str) -> Option<String>) -> Result<u32, ConfigError> {
    let Some(value) = lookup("PORTAL_OFFER_HOURS") else {
        return Ok(app::training::store::DEFAULT_OFFER_HOURS);
    };
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|h| (1..=720).contains(h))
        .ok_or(ConfigError::Invalid {
            variable: "PORTAL_OFFER_HOURS",
            value,
            expected: "a whole number of hours from 1 to 720",
        })
}

/// A number of working days, 1 to 250; 10 when not set.
fn days(lookup: &impl Fn(&str) -> Option<String>, variable: &'static str) -> Result<u32, ConfigError> {
    let Some(value) = lookup(variable) else {
        return Ok(10);
    };
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=250).contains(d))
        .ok_or(ConfigError::Invalid {
            variable,
            value,
            expected: "a number of working days from 1 to 250",
        })
}

fn trusted_proxies(lookup: &impl Fn(&str) -> Option<String>) -> Result<Vec<std::net::IpAddr>, ConfigError> {
    let Some(value) = lookup("PORTAL_TRUSTED_PROXIES") else {
        return Ok(Vec::new());
    };
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse().map_err(|_| ConfigError::Invalid {
                variable: "PORTAL_TRUSTED_PROXIES",
                value: value.clone(),
                expected: "IP addresses separated by commas, such as 10.0.0.5,10.0.0.6",
            })
        })
        .collect()
}

fn document_store(lookup: &impl Fn(&str) -> Option<String>) -> Result<DocumentStore, ConfigError> {
    match lookup("PORTAL_DOCUMENT_STORE")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("local") => Ok(DocumentStore::Local),
        Some("s3") => Ok(DocumentStore::S3(s3_settings(lookup)?)),
        Some(other) => Err(ConfigError::Invalid {
            variable: "PORTAL_DOCUMENT_STORE",
            value: other.to_string(),
            expected: "local or s3",
        }),
    }
}

fn log_format(lookup: &impl Fn(&str) -> Option<String>) -> Result<crate::telemetry::LogFormat, ConfigError> {
    use crate::telemetry::LogFormat;
    match lookup("PORTAL_LOG_FORMAT")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("text") => Ok(LogFormat::Text),
        Some("json") => Ok(LogFormat::Json),
        Some(other) => Err(ConfigError::Invalid {
            variable: "PORTAL_LOG_FORMAT",
            value: other.to_string(),
            expected: "text or json",
        }),
    }
}

fn s3_settings(lookup: &impl Fn(&str) -> Option<String>) -> Result<S3Settings, ConfigError> {
    let required = |variable: &'static str| {
        lookup(variable)
            .map(|v| v.trim().to_string())
            .ok_or(ConfigError::Missing {
                variable,
                because: "PORTAL_DOCUMENT_STORE is s3",
            })
    };
    let endpoint = match lookup("PORTAL_S3_ENDPOINT") {
        None => None,
        Some(value) => {
            let trimmed = value.trim().trim_end_matches('/');
            let valid = trimmed.starts_with("https://") || trimmed.starts_with("http://");
            if !valid || trimmed.contains(char::is_whitespace) {
                return Err(ConfigError::Invalid {
                    variable: "PORTAL_S3_ENDPOINT",
                    value,
                    expected: "an address such as https://s3.example.gov.cn (leave it unset for AWS)",
                });
            }
            Some(trimmed.to_string())
        }
    };
    Ok(S3Settings {
        endpoint,
        bucket: required("PORTAL_S3_BUCKET")?,
        region: lookup("PORTAL_S3_REGION").map_or_else(|| "us-east-1".to_string(), |r| r.trim().to_string()),
        access_key_id: required("PORTAL_S3_ACCESS_KEY_ID")?,
        secret_access_key: required("PORTAL_S3_SECRET_ACCESS_KEY")?,
    })
}

/// Shortest `PORTAL_METRICS_TOKEN` accepted, so that it cannot be guessed.
const METRICS_TOKEN_MIN: usize = 16;

fn metrics_access(lookup: &impl Fn(&str) -> Option<String>) -> Result<crate::metrics::Access, ConfigError> {
    use crate::metrics::{Access, Network, Token};
    let mut access = Access::default();
    if let Some(value) = lookup("PORTAL_METRICS_ALLOW") {
        access.allow = value
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                Network::parse(item).ok_or_else(|| ConfigError::Invalid {
                    variable: "PORTAL_METRICS_ALLOW",
                    value: value.clone(),
                    expected: "addresses or networks separated by commas, such as 127.0.0.1,10.0.0.0/8",
                })
            })
            .collect::<Result<_, _>>()?;
    }
    if let Some(token) = lookup("PORTAL_METRICS_TOKEN") {
        let token = token.trim();
        // Never echo the token, not even in an error.
        if token.len() < METRICS_TOKEN_MIN || token.contains(|c: char| !c.is_ascii_graphic()) {
            return Err(ConfigError::Invalid {
                variable: "PORTAL_METRICS_TOKEN",
                value: "…".to_string(),
                expected: "at least 16 printable characters without spaces",
            });
        }
        access.token = Some(Token::new(token.to_string()));
    }
    Ok(access)
}

fn public_url(lookup: &impl Fn(&str) -> Option<String>, addr: SocketAddr) -> Result<String, ConfigError> {
    let Some(value) = lookup("PORTAL_PUBLIC_URL") else {
        return Ok(format!("http://{addr}"));
    };
    let trimmed = value.trim().trim_end_matches('/');
    let valid = (trimmed.starts_with("https://") || trimmed.starts_with("http://"))
        && trimmed
            .split("://")
            .nth(1)
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace));
    if valid {
        Ok(trimmed.to_string())
    } else {
        Err(ConfigError::Invalid {
            variable: "PORTAL_PUBLIC_URL",
            value,
            expected: "an address such as https://jbcl.example.gov.cn",
        })
    }
}

/// Days sent mail is kept, 1 to 3650; 30 when not set.
fn mail_keep_days(lookup: &impl Fn(&str) -> Option<String>) -> Result<u32, ConfigError> {
    let Some(value) = lookup("PORTAL_MAIL_KEEP_DAYS") else {
        return Ok(mail::DEFAULT_KEEP_DAYS);
    };
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=3650).contains(d))
        .ok_or(ConfigError::Invalid {
            variable: "PORTAL_MAIL_KEEP_DAYS",
            value,
            expected: "a whole number of days from 1 to 3650",
        })
}

fn mail_config(
    lookup: &impl Fn(&str) -> Option<String>,
    environment: Environment,
) -> Result<MailConfig, ConfigError> {
    let from = lookup("PORTAL_MAIL_FROM").unwrap_or_else(|| mail::DEFAULT_FROM.to_string());
    let from = from.trim().parse().map_err(|_| ConfigError::Invalid {
        variable: "PORTAL_MAIL_FROM",
        value: from.clone(),
        expected: "a sender such as 江北区残疾人服务 <no-reply@jiangbei.example>",
    })?;
    let port = match lookup("PORTAL_SMTP_PORT") {
        None => mail::DEFAULT_SMTP_PORT,
        Some(value) => value
            .trim()
            .parse()
            .ok()
            .filter(|port| *port != 0)
            .ok_or(ConfigError::Invalid {
                variable: "PORTAL_SMTP_PORT",
                value,
                expected: "a port number from 1 to 65535",
            })?,
    };
    let tls = match lookup("PORTAL_SMTP_TLS")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("starttls") => SmtpTls::StartTls,
        Some("tls") => SmtpTls::Tls,
        Some("none") => SmtpTls::None,
        Some(other) => {
            return Err(ConfigError::Invalid {
                variable: "PORTAL_SMTP_TLS",
                value: other.to_string(),
                expected: "starttls, tls, or none (only for a relay on the same machine)",
            })
        }
    };
    // Never echo the password, not even in an error.
    let credentials = match (lookup("PORTAL_SMTP_USERNAME"), lookup("PORTAL_SMTP_PASSWORD")) {
        (None, None) => None,
        (Some(username), Some(password)) => Some(SmtpCredentials { username, password }),
        (Some(_), None) => {
            return Err(ConfigError::Missing {
                variable: "PORTAL_SMTP_PASSWORD",
                because: "PORTAL_SMTP_USERNAME is set (set both or neither)",
            })
        }
        (None, Some(_)) => {
            return Err(ConfigError::Missing {
                variable: "PORTAL_SMTP_USERNAME",
                because: "PORTAL_SMTP_PASSWORD is set (set both or neither)",
            })
        }
    };
    let transport = match lookup("PORTAL_MAIL_TRANSPORT")
        .map(|v| v.trim().to_ascii_lowercase())
        .as_deref()
    {
        None | Some("file") => MailTransport::File {
            dir: PathBuf::from(lookup("PORTAL_MAIL_DIR").unwrap_or_else(|| mail::DEFAULT_DIR.to_string())),
        },
        Some("smtp") => {
            let host = lookup("PORTAL_SMTP_HOST").ok_or(ConfigError::Missing {
                variable: "PORTAL_SMTP_HOST",
                because: "PORTAL_MAIL_TRANSPORT is smtp",
            })?;
            let host = host.trim();
            // One colon is a port written into the host; IPv6 addresses have several.
            let bad = |c: char| c.is_whitespace() || c == '/' || c == '@';
            if host.is_empty() || host.contains(bad) || host.matches(':').count() == 1 {
                return Err(ConfigError::Invalid {
                    variable: "PORTAL_SMTP_HOST",
                    value: host.to_string(),
                    expected: "a host name such as smtp.example.org (the port goes in PORTAL_SMTP_PORT)",
                });
            }
            MailTransport::Smtp(SmtpConfig {
                host: host.to_string(),
                port,
                tls,
                credentials,
            })
        }
        Some(other) => {
            return Err(ConfigError::Invalid {
                variable: "PORTAL_MAIL_TRANSPORT",
                value: other.to_string(),
                expected: "file or smtp",
            })
        }
    };
    // In production a file is no delivery: sign-in links would never arrive.
    if environment == Environment::Production && matches!(transport, MailTransport::File { .. }) {
        return Err(ConfigError::FileMailInProduction);
    }
    Ok(MailConfig {
        from,
        transport,
        keep_days: mail_keep_days(lookup)?,
    })
}

fn flag(
    lookup: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: bool,
) -> Result<bool, ConfigError> {
    match lookup(variable).as_deref().map(|v| v.trim().to_ascii_lowercase()) {
        None => Ok(default),
        Some(v) if matches!(v.as_str(), "1" | "true" | "yes" | "on") => Ok(true),
        Some(v) if matches!(v.as_str(), "0" | "false" | "no" | "off") => Ok(false),
        Some(value) => Err(ConfigError::Invalid {
            variable,
            value,
            expected: "true or false",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_run_locally_on_sqlite() {
        let config = config(&[]).expect("defaults are valid");
        assert_eq!(config.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert!(!config.demo);
        assert!(!config.secure_cookies);
    }

    #[test]
    fn public_address_and_trusted_proxies() {
        let valid = config(&[
            ("PORTAL_PUBLIC_URL", "https://jbcl.example.gov.cn/"),
            ("PORTAL_TRUSTED_PROXIES", "10.0.0.5, ::1"),
        ])
        .expect("valid");
        assert_eq!(valid.public_url, "https://jbcl.example.gov.cn");
        assert_eq!(valid.trusted_proxies.len(), 2);
        for (variable, value) in [
            ("PORTAL_PUBLIC_URL", "jbcl.example.gov.cn"),
            ("PORTAL_TRUSTED_PROXIES", "10.0.0.5,proxy.local"),
        ] {
            let error = config(&[(variable, value)])
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with(variable), "{error}");
        }
    }

    #[test]
    fn service_levels_default_to_ten_working_days() {
        let defaults = config(&[]).expect("valid").service_levels;
        assert_eq!(
            (defaults.community, defaults.street, defaults.district),
            (10, 10, 10)
        );
        let set = config(&[("PORTAL_SERVICE_DAYS_STREET", "5")]).expect("valid");
        assert_eq!(set.service_levels.street, 5);
        for bad in ["0", "ten", "251"] {
            assert!(config(&[("PORTAL_SERVICE_DAYS_DISTRICT", bad)]).is_err(), "{bad}");
        }
    }

    #[test]
    fn offers_are_held_48_hours_unless_set() {
        assert_eq!(config(&[]).expect("valid").offer_hours, 48);
        let set = config(&[("PORTAL_OFFER_HOURS", " 24 ")]).expect("valid");
        assert_eq!(set.offer_hours, 24);
        for bad in ["0", "two days", "721", "-1"] {
            let error = config(&[("PORTAL_OFFER_HOURS", bad)])
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with("PORTAL_OFFER_HOURS"), "{bad}: {error}");
        }
    }

    /// What production needs at least: mail that is really sent.
    /// A valid production configuration; without its last entry, the secret key.
    const PRODUCTION: [(&str, &str); 4] = [
        ("PORTAL_ENV", "production"),
        ("PORTAL_MAIL_TRANSPORT", "smtp"),
        ("PORTAL_SMTP_HOST", "smtp.example.org"),
        ("PORTAL_SECRET_KEY", KEY),
    ];

    #[test]
    fn production_refuses_demo_and_secures_cookies() {
        assert_eq!(
            config(&[("PORTAL_ENV", "production"), ("PORTAL_DEMO", "true")]).err(),
            Some(ConfigError::DemoInProduction)
        );
        assert!(config(&PRODUCTION).expect("valid").secure_cookies);
    }

    #[test]
    fn production_refuses_mail_written_to_files() {
        for pairs in [
            &[("PORTAL_ENV", "production")][..],
            &[("PORTAL_ENV", "production"), ("PORTAL_MAIL_TRANSPORT", "file")][..],
        ] {
            let error = config(pairs).err();
            assert_eq!(error, Some(ConfigError::FileMailInProduction), "{pairs:?}");
            let message = error.map(|e| e.to_string()).unwrap_or_default();
            assert!(message.contains("PORTAL_MAIL_TRANSPORT=smtp"), "{message}");
        }
        assert!(config(&[("PORTAL_MAIL_TRANSPORT", "file")]).is_ok());
    }

    #[test]
    fn sent_mail_is_kept_30_days_unless_set() {
        assert_eq!(config(&[]).expect("valid").mail.keep_days, 30);
        let set = config(&[("PORTAL_MAIL_KEEP_DAYS", " 7 ")]).expect("valid");
        assert_eq!(set.mail.keep_days, 7);
        for bad in ["0", "a month", "3651", "-1"] {
            let error = config(&[("PORTAL_MAIL_KEEP_DAYS", bad)])
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with("PORTAL_MAIL_KEEP_DAYS"), "{bad}: {error}");
        }
    }

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn production_needs_a_secret_key_and_a_bad_one_is_not_printed() {
        let error = config(&PRODUCTION[..3]).err();
        assert!(matches!(
            error,
            Some(ConfigError::Missing {
                variable: "PORTAL_SECRET_KEY",
                ..
            })
        ));
        let error = config(&[("PORTAL_SECRET_KEY", "not-a-key-but-a-secret")])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("PORTAL_SECRET_KEY"), "{error}");
        assert!(!error.contains("not-a-key"), "{error}");
    }

    #[test]
    fn bad_values_name_their_variable() {
        let error = config(&[("PORTAL_ADDR", "nowhere")])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("PORTAL_ADDR"), "{error}");
        let error = config(&[("PORTAL_DEMO", "maybe")])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("PORTAL_DEMO"), "{error}");
    }

    #[test]
    fn metrics_are_local_unless_allowed_and_logs_are_text_unless_json() {
        use crate::metrics::Network;
        use crate::telemetry::LogFormat;
        let defaults = config(&[]).expect("valid");
        assert_eq!(defaults.log_format, LogFormat::Text);
        assert_eq!(defaults.metrics.allow.len(), 2);
        assert!(defaults.metrics.token.is_none());
        let set = config(&[
            ("PORTAL_LOG_FORMAT", "JSON"),
            ("PORTAL_METRICS_ALLOW", "10.0.0.0/8, ::1"),
            ("PORTAL_METRICS_TOKEN", "a-long-enough-token"),
        ])
        .expect("valid");
        assert_eq!(set.log_format, LogFormat::Json);
        assert_eq!(
            set.metrics.allow,
            [Network::parse("10.0.0.0/8"), Network::parse("::1")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
        );
        assert!(set.metrics.token.is_some());
        for (variable, value) in [
            ("PORTAL_LOG_FORMAT", "xml"),
            ("PORTAL_METRICS_ALLOW", "10.0.0.0/40"),
            ("PORTAL_METRICS_TOKEN", "short-s3cret"),
        ] {
            let error = config(&[(variable, value)])
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.starts_with(variable), "{error}");
            assert!(!error.contains("s3cret"), "{error}");
        }
    }

    #[test]
    fn mail_goes_to_files_by_default() {
        let mail = config(&[]).expect("defaults are valid").mail;
        assert_eq!(
            mail.transport,
            MailTransport::File {
                dir: PathBuf::from("data/outbox")
            }
        );
        assert_eq!(mail.from.email.to_string(), "no-reply@jiangbei.example");
        assert_eq!(mail.from.name.as_deref(), Some("江北区残疾人服务"));
    }

    #[test]
    fn smtp_is_configured_from_its_variables() {
        let mail = config(&[
            ("PORTAL_MAIL_TRANSPORT", "smtp"),
            ("PORTAL_SMTP_HOST", "smtp.example.org"),
            ("PORTAL_MAIL_FROM", "Portal <portal@example.org>"),
        ])
        .expect("valid")
        .mail;
        assert_eq!(
            mail.transport,
            MailTransport::Smtp(SmtpConfig {
                host: "smtp.example.org".to_string(),
                port: 587,
                tls: SmtpTls::StartTls,
                credentials: None,
            })
        );
        assert_eq!(mail.from.to_string(), "Portal <portal@example.org>");
        let mail = config(&[
            ("PORTAL_MAIL_TRANSPORT", "smtp"),
            ("PORTAL_SMTP_HOST", "smtp.example.org"),
            ("PORTAL_SMTP_PORT", "465"),
            ("PORTAL_SMTP_TLS", "tls"),
            ("PORTAL_SMTP_USERNAME", "portal"),
            ("PORTAL_SMTP_PASSWORD", "s3cret"),
        ])
        .expect("valid")
        .mail;
        assert_eq!(
            mail.transport,
            MailTransport::Smtp(SmtpConfig {
                host: "smtp.example.org".to_string(),
                port: 465,
                tls: SmtpTls::Tls,
                credentials: Some(SmtpCredentials {
                    username: "portal".to_string(),
                    password: "s3cret".to_string(),
                }),
            })
        );
    }

    #[test]
    fn documents_stay_in_a_folder_unless_a_bucket_is_set() {
        assert_eq!(config(&[]).expect("valid").document_store, DocumentStore::Local);
        let s3 = [
            ("PORTAL_DOCUMENT_STORE", "s3"),
            ("PORTAL_S3_ENDPOINT", "http://127.0.0.1:9000/"),
            ("PORTAL_S3_BUCKET", "documents"),
            ("PORTAL_S3_ACCESS_KEY_ID", "portal"),
            ("PORTAL_S3_SECRET_ACCESS_KEY", "s3cret"),
        ];
        let DocumentStore::S3(settings) = config(&s3).expect("valid").document_store else {
            panic!("an S3 store");
        };
        assert_eq!(settings.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(settings.region, "us-east-1");
        assert!(!format!("{:?}", config(&s3)).contains("s3cret"));
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("PORTAL_DOCUMENT_STORE", "ftp")], "PORTAL_DOCUMENT_STORE"),
            (&s3[..1], "PORTAL_S3_BUCKET"),
            (
                &[s3[0], ("PORTAL_S3_BUCKET", "documents")],
                "PORTAL_S3_ACCESS_KEY_ID",
            ),
            (&[s3[0], s3[2], s3[3]], "PORTAL_S3_SECRET_ACCESS_KEY"),
            (
                &[s3[0], ("PORTAL_S3_ENDPOINT", "s3.example.org")],
                "PORTAL_S3_ENDPOINT",
            ),
        ];
        for (pairs, variable) in cases {
            let error = config(pairs).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.starts_with(variable), "{pairs:?}: {error}");
            assert!(!error.contains("s3cret"), "{error}");
        }
    }

    #[test]
    fn bad_mail_settings_name_their_variable() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("PORTAL_MAIL_TRANSPORT", "pigeon")], "PORTAL_MAIL_TRANSPORT"),
            (&[("PORTAL_MAIL_TRANSPORT", "smtp")], "PORTAL_SMTP_HOST"),
            (
                &[
                    ("PORTAL_MAIL_TRANSPORT", "smtp"),
                    ("PORTAL_SMTP_HOST", "smtp.example.org:25"),
                ],
                "PORTAL_SMTP_HOST",
            ),
            (&[("PORTAL_SMTP_PORT", "0")], "PORTAL_SMTP_PORT"),
            (&[("PORTAL_SMTP_PORT", "seventy")], "PORTAL_SMTP_PORT"),
            (&[("PORTAL_SMTP_TLS", "ssl3")], "PORTAL_SMTP_TLS"),
            (&[("PORTAL_SMTP_USERNAME", "portal")], "PORTAL_SMTP_PASSWORD"),
            (&[("PORTAL_SMTP_PASSWORD", "s3cret")], "PORTAL_SMTP_USERNAME"),
            (&[("PORTAL_MAIL_FROM", "not a mailbox")], "PORTAL_MAIL_FROM"),
        ];
        for (pairs, variable) in cases {
            let error = config(pairs).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.starts_with(variable), "{pairs:?}: {error}");
            assert!(!error.contains("s3cret"), "{error}");
        }
    }
}
