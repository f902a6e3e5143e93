//! `/api/v1`: the entitlement checker for partner systems.
//! `POST /api/v1/eligibility` answers which of the district's entitlements
//! someone qualifies for, how much and why; `GET /api/v1/openapi.json`
//! describes it. The rules themselves live in `crate::domain`.

pub mod eligibility;
pub mod openapi;

pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/api/v1/eligibility", post(eligibility::eligibility))
        .route("/api/v1/openapi.json", get(openapi::openapi))
}
