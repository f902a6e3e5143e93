//! The directory of places and services: `/places` (find a place by street
//! or town, kind of service and "what I need", a GET form) and
//! `/places/{id}` (one location: its services, how to get there, opening
//! hours and its measured accessibility facts). Staff verify the facts in
//! `staff`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
pub mod staff;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/places", get(handlers::list))
        .route("/places/{id}", get(handlers::show))
        .merge(staff::routes())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::places::{Fact, Feature, ServiceKind};
    use crate::i18n::{tr_with, Lang};

    /// Message ids the directory's pages build from a feature, fact, kind or weekday.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids: Vec<String> = Feature::ALL
            .iter()
            .map(|f| format!("places-feature-{}", f.key()))
            .collect();
        ids.extend(Fact::ALL.iter().map(|f| format!("places-fact-{}", f.key())));
        ids.extend(
            ServiceKind::ALL
                .iter()
                .map(|k| format!("places-kind-{}", k.key())),
        );
        ids.extend((1..=7).map(|d| format!("places-weekday-{d}")));
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
