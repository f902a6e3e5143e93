//! The entitlement checker: which of the district's entitlements someone
//! qualifies for, how much, and why. `POST /api/v1/eligibility` answers
//! partner systems; the rules themselves live in `crate::domain`.

pub mod text;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod openapi;
#[cfg(feature = "ssr")]
pub mod persistence;
