//! What every handler gets: the database, the clock, reference data read at
//! start-up, and the settings that shape requests.

use super::clock::Clock;
use super::content_version::ContentVersion;
use super::file_store::FileStore;
use super::page_cache::PageCache;
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

/// Cheap to clone: every layer and handler takes its own copy of the state
/// on every request (a profile under load found cloning and dropping the
/// fields one by one at 9% of the server's time).
#[derive(Clone)]
pub struct PortalState(Arc<Portal>);

impl PortalState {
    pub fn new(portal: Portal) -> Self {
        PortalState(Arc::new(portal))
    }
}

impl std::ops::Deref for PortalState {
    type Target = Portal;

    fn deref(&self) -> &Portal {
        &self.0
    }
}

pub struct Portal {
    pub leptos: LeptosOptions,
    /// The style sheet's address, with its version (`site_files`).
    pub style_sheet: Arc<str>,
    pub db: DatabaseConnection,
    pub clock: Clock,
    /// The help contacts, loaded at start-up and again when the content
    /// version moves.
    pub site: Arc<Shared<SiteInfo>>,
    /// Rule parameters (every dated value), loaded at start-up and again
    /// when an administrator adds a value or the content version moves.
    pub parameters: Arc<SharedParameters>,
    /// Whether what public pages show changed, on any server.
    pub content: Arc<ContentVersion>,
    /// Public pages as rendered (`shared_pages`).
    pub pages: Arc<PageCache>,
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

/// Reference data every request reads, replaced as a whole when it changes
/// (readers keep the version they started with).
#[derive(Debug, Default)]
pub struct Shared<T>(RwLock<Arc<T>>);

/// The rule parameters, replaced when an administrator adds a value.
pub type SharedParameters = Shared<Parameters>;

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(RwLock::new(Arc::new(value)))
    }

    pub fn current(&self) -> Arc<T> {
        self.0.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn replace(&self, value: T) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(value);
    }
}
