//! Configuration from environment variables. Every one is optional; the
//! defaults run the portal on this machine with an embedded SQLite database.

use std::net::SocketAddr;

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
        })
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }
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
    fn production_refuses_demo_and_secures_cookies() {
        assert_eq!(
            config(&[("PORTAL_ENV", "production"), ("PORTAL_DEMO", "true")]).err(),
            Some(ConfigError::DemoInProduction)
        );
        assert!(
            config(&[("PORTAL_ENV", "production")])
                .expect("valid")
                .secure_cookies
        );
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
}
