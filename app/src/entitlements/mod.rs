//! `/entitlements`: the catalogue of entitlements, from the district plan,
//! for people to read (`/entitlements/{id}`, e.g. `/entitlements/e03`);
//! the rules in words (`text`), shared with the checker, the API and staff;
//! and the stored rule parameters (`store`).

pub mod pages;
pub mod text;

#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
mod handlers {
    use super::pages::EntitlementPage;
    use crate::domain::catalogue::{entitlement, EntitlementId};
    use crate::web::{Page, PageError, PageResult};
    use axum::extract::Path;

    /// `GET /entitlements/{id}`.
    pub async fn show(Path(slug): Path<String>) -> PageResult<Page> {
        let found = EntitlementId::parse(&slug)
            .and_then(entitlement)
            .ok_or(PageError::NotFound)?;
        Ok(Page::new(EntitlementPage).with(*found))
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::get;
    axum::Router::new()
        .route("/entitlements", get(fixed_page(pages::EntitlementsPage)))
        .route("/entitlements/{id}", get(handlers::show))
}
