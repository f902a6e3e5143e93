//! Writing and publishing (content editors and administrators):
//! `/staff/articles` (every article and where it stands),
//! `/staff/articles/new?kind=…`, `/staff/articles/{id}` (edit, preview,
//! submit, publish, unpublish, assign who publishes) and `/staff/banner`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/staff/articles", get(list))
        .route("/staff/articles/new", get(new_form).post(create))
        .route("/staff/articles/{id}", get(show).post(update))
        .route("/staff/articles/{id}/submit", post(submit))
        .route("/staff/articles/{id}/publish", post(publish))
        .route("/staff/articles/{id}/unpublish", post(unpublish))
        .route("/staff/articles/{id}/assign", post(assign))
        .route("/staff/banner", get(banner).post(raise_banner))
        .route("/staff/banner/{id}/end", post(end_banner))
}

/// Content editors and administrators: articles and the banner.
#[cfg(feature = "ssr")]
pub struct EditArticles;

#[cfg(feature = "ssr")]
impl crate::accounts::staff_session::Permission for EditArticles {
    fn action(_: &crate::domain::staff::StaffMember) -> Option<crate::domain::staff::StaffAction<'_>> {
        Some(crate::domain::staff::StaffAction::EditArticles)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::pages::ArticleDone;
    use crate::components::Done;
    use crate::domain::articles::{ArticleKind, ArticleStatus, PolicyPart};
    use crate::i18n::{tr_with, Lang};

    /// Message ids the publishing pages build from a kind, a status or the
    /// banner after a change, and a policy explainer's parts.
    #[test]
    fn every_generated_information_message_id_exists_in_both_languages() {
        let mut ids: Vec<String> = ArticleDone::ALL.iter().map(|d| d.message_id()).collect();
        for kind in ArticleKind::ALL {
            ids.push(format!("information-kind-{}", kind.key()));
            ids.push(format!("information-new-{}", kind.key()));
            if kind.list_path().is_some() {
                ids.push(format!("information-list-{}", kind.key()));
                ids.push(format!("information-lead-{}", kind.key()));
            }
        }
        ids.extend(ArticleStatus::ALL.map(|s| format!("information-status-{}", s.key())));
        for part in PolicyPart::ALL {
            for suffix in ["", "-zh", "-en", "-hint", "-zh-error"] {
                ids.push(format!("policy-explainers-{}{suffix}", part.key()));
            }
        }
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
