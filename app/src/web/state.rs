//! What every handler gets: the database, the clock, reference data read at
//! start-up, and the settings that shape requests.

use super::clock::Clock;
use super::file_store::FileStore;
use super::sealed::SealingKey;
use super::secrets::PasswordHashing;
use crate::areas::Areas;
use crate::domain::parameters::Parameters;
use crate::domain::staff::ServiceLevels;
use crate::site_info::SiteInfo;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::net::IpAddr;
use std::sync::{Arc, PoisonError, RwLock};

#[derive(Clone)]
pub struct PortalState {
    pub leptos: LeptosOptions,
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub site: Arc<SiteInfo>,
    /// Rule parameters (every dated value), loaded at start-up and again
    /// when an administrator adds a value.
    pub parameters: Arc<SharedParameters>,
    /// The district's areas, read once at start-up (they never change).
    pub areas: Arc<Areas>,
    /// Hours a freed training place is held for the person offered it.
    pub offer_hours: u32,
    /// Working days each review level has before an application is overdue.
    pub service_levels: ServiceLevels,
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The address people use, without a trailing slash, for links in emails.
    pub public_url: Arc<str>,
    /// Where uploaded documents are kept (outside the web root): a folder, or
    /// a bucket that several servers share.
    pub uploads: Arc<FileStore>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[IpAddr]>,
    /// Password checks and hashes, a few at a time.
    pub passwords: Arc<PasswordHashing>,
    /// Seals secrets kept at rest (`PORTAL_SECRET_KEY`).
    pub sealing_key: Arc<SealingKey>,
}

impl FromRef<PortalState> for LeptosOptions {
    fn from_ref(state: &PortalState) -> Self {
        state.leptos.clone()
    }
}

/// The rule parameters every request reads, replaced as a whole when an
/// administrator adds a value (readers keep the version they started with).
#[derive(Debug, Default)]
pub struct SharedParameters(RwLock<Arc<Parameters>>);

impl SharedParameters {
    pub fn new(parameters: Parameters) -> Self {
        SharedParameters(RwLock::new(Arc::new(parameters)))
    }

    pub fn current(&self) -> Arc<Parameters> {
        self.0.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn replace(&self, parameters: Parameters) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(parameters);
    }
}
