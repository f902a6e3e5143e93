//! Verifying the directory (content editors and administrators, within
//! their area): `/staff/places` lists the places with when each was last
//! checked; `/staff/places/{id}` updates a place's accessibility facts,
//! opening hours and contact details, recorded as verified today by the
//! staff member, and audited; `/staff/places/new` adds a place, its facts
//! not known until someone checks them.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    use handlers::*;
    axum::Router::new()
        .route("/staff/places", get(list))
        .route("/staff/places/new", get(new_form).post(create))
        .route("/staff/places/{id}", get(show).post(verify))
}
