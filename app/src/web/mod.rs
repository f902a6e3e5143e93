//! The HTTP toolbox every feature uses, and that imports no feature: the
//! state handlers get (with the one clock), page rendering and the page
//! error type, extractors, form bodies, audited changes, limits, secrets,
//! CSV and calendar downloads, client addresses and redirects, and the
//! store that keeps uploaded files.

pub mod audit;
pub mod calendar;
pub mod client;
pub mod clock;
pub mod content_version;
pub mod csv;
pub mod error;
pub mod extract;
pub mod fallback_pages;
pub mod file_store;
pub mod form_body;
pub mod form_token;
pub mod idle;
pub mod limits;
pub mod page_cache;
pub mod redirect;
pub mod render;
pub mod sealed;
pub mod secrets;
pub mod site_files;
pub mod state;
pub mod transaction;
pub mod working_calendar;

pub use client::ClientAddress;
pub use error::{PageError, PageResult};
pub use extract::{Here, PathId, PathIds};
pub use form_body::{FormValues, QueryValues};
pub use redirect::{local_path, see_other, see_other_saving_preference};
pub use render::{fixed_page, request_lang, CspNonce, Page};
pub use state::{Portal, PortalState, Shared, SharedParameters};
