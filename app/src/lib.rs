//! The Jiangbei Disability Services portal (江北区残疾人服务).
//!
//! Pages are rendered on the server and work without JavaScript; islands add
//! enhancements where they help. Modules are named after what people do and
//! after the URL of their page: `/settings` lives in `display_settings`.
#![recursion_limit = "256"]

pub mod accessibility_statement;
pub mod accounts;
#[cfg(feature = "ssr")]
pub mod api;
pub mod applications;
pub mod attendees;
pub mod bookings;
pub mod check;
pub mod components;
pub mod display_settings;
pub mod domain;
pub mod entitlements;
pub mod event_editing;
pub mod forms;
pub mod home;
pub mod i18n;
pub mod information;
pub mod job_fairs;
pub mod legal_aid;
pub mod my_account;
pub mod page_context;
pub mod people;
pub mod petitions;
pub mod places;
pub mod privacy_notice;
#[cfg(feature = "ssr")]
pub mod router;
pub mod search;
pub mod session_extend;
pub mod sign_in;
pub mod site_info;
pub mod site_map;
pub mod staff;
pub mod training;

// Email alerts and feeds have no island: server-side only.
#[cfg(feature = "ssr")]
pub mod alerts;
#[cfg(feature = "ssr")]
pub mod areas;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod search_engines;
#[cfg(feature = "ssr")]
pub mod shared_pages;
#[cfg(feature = "ssr")]
pub mod web;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Panic messages in the console help while developing, but the hook and the
    // message formatting it keeps cost the WASM of every page (issue 16).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
