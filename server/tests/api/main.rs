//! Integration tests: the real application on a random port, with a fresh
//! SQLite database and, when `PORTAL_TEST_POSTGRES_URL` is set, a fresh
//! PostgreSQL database too, driven over HTTP like a browser would.

// Test set-up that cannot proceed should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod helpers;
mod html;
mod residents;

mod accounts;
mod alerts;
mod answers_at_sign_in;
mod applications;
mod article_files;
mod check;
mod decisions;
mod display_settings;
mod eligibility;
mod entitlements;
mod events;
mod events_staff;
mod form_errors;
mod form_token;
mod fuzz;
mod hoarding;
mod information;
mod layers;
mod legal_aid;
mod limits;
mod mail;
mod metrics;
mod outbox;
mod page_cache;
mod pages;
mod parameters;
mod petitions;
mod places;
mod queue_scale;
mod robustness;
mod routes;
mod screening;
mod search;
mod search_engines;
mod secrets_at_rest;
mod security;
mod sessions_hardening;
mod several_servers;
mod staff;
mod staff_forms;
mod startup;
mod timeouts;
mod transactions;
mod uploads;
mod wayfinding;
mod web_hardening;
mod wording;
mod working_calendar;
