//! Petitions and complaints (网上信访): `/petitions` (what one can do and
//! one's own matters), filing in writing (`/petitions/new`) or by a
//! sign-language video or voice recording (`/petitions/new/recording`),
//! which staff transcribe and the petitioner confirms, for oneself or as a
//! proxy with the authorisation recorded; the status page
//! `/petitions/{reference}` (history, next deadline, notices in ordinary
//! and easy-read versions, more information, review, rating); anonymous
//! suggestions (`/petitions/suggest`, untracked); public statistics
//! (`/petitions/statistics`). Petition officers work at `/staff/petitions`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

/// A recorded petition may take long to upload on a slow connection.
pub const RECORDING_UPLOAD: &str = "/petitions/new/recording";

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::domain::article_files::FileRole;
    use crate::information::files::upload::body_limit;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/petitions", get(home))
        .route("/petitions/new", get(file_page).post(file_written))
        .route(
            RECORDING_UPLOAD,
            get(file_recording_page)
                .post(file_recording)
                .layer(DefaultBodyLimit::max(body_limit(FileRole::Video))),
        )
        .route("/petitions/suggest", get(suggest_page).post(suggest))
        .route("/petitions/suggest/sent", get(suggest_sent))
        .route("/petitions/statistics", get(statistics))
        .route("/petitions/{reference}", get(status))
        .route("/petitions/{reference}/transcript", post(transcript))
        .route("/petitions/{reference}/information", post(information))
        .route("/petitions/{reference}/review", post(review))
        .route("/petitions/{reference}/rate", post(rate))
        .route("/staff/petitions", get(staff_list))
        .route("/staff/petitions/supervision", get(supervision))
        .route("/staff/petitions/{id}", get(staff_show))
        .route("/staff/petitions/{id}/recording", get(recording))
        .route("/staff/petitions/{id}/transcribe", post(transcribe))
        .route("/staff/petitions/{id}/route", post(route))
        .route("/staff/petitions/{id}/object", post(object))
        .route("/staff/petitions/{id}/accept", post(accept))
        .route("/staff/petitions/{id}/not-accept", post(not_accept))
        .route("/staff/petitions/{id}/extend", post(extend))
        .route("/staff/petitions/{id}/decide", post(decide))
        .route("/staff/petitions/{id}/answer", post(answer))
        .route("/staff/petitions/{id}/notes", post(add_note))
        .route("/staff/petitions/{id}/supervision", post(supervision_note))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::audit::AuditAction;
    use crate::domain::legal_clocks::Clock;
    use crate::domain::petitions::{Authorisation, MatterKind, MatterState, Rating};
    use crate::i18n::{tr_with, Lang};

    fn dashed(key: &str) -> String {
        key.replace('_', "-")
    }

    /// Message ids the petition pages build from a kind, state, clock, event or notice.
    #[test]
    fn every_generated_petition_message_id_exists_in_both_languages() {
        let mut ids: Vec<String> = Vec::new();
        for kind in MatterKind::ALL {
            ids.push(format!("petition-kind-{}", dashed(kind.key())));
            ids.push(format!("petition-kind-{}-hint", dashed(kind.key())));
        }
        for state in MatterState::ALL {
            ids.push(format!("petition-state-{}", dashed(state.key())));
            if state.with_staff() || matches!(state, MatterState::Decided | MatterState::Reviewed) {
                ids.push(format!("petitions-next-{}", dashed(state.key())));
            }
        }
        ids.push("petitions-next-awaiting-confirmation".into());
        ids.extend(
            Clock::ALL
                .iter()
                .filter(|c| c.key().starts_with("petition"))
                .map(|c| format!("petition-clock-{}", dashed(c.key()))),
        );
        ids.extend(Rating::ALL.map(|r| format!("petitions-rating-{}", dashed(r.key()))));
        ids.extend(Authorisation::ALL.map(|a| format!("petitions-authorisation-{}", dashed(a.key()))));
        for which in ["review", "re-review"] {
            for part in ["heading", "submit", "text"] {
                ids.push(format!("petitions-ask-{which}-{part}"));
            }
            ids.push(format!("petitions-staff-answer-{which}-heading"));
        }
        for event in [
            "filed",
            "transcribed",
            "confirmed",
            "corrected",
            "routed",
            "objected",
            "accepted",
            "not_accepted",
            "extended",
            "decided",
            "review_requested",
            "reviewed",
            "re_review_requested",
            "re_reviewed",
            "information",
            "rated",
        ] {
            ids.push(format!("petition-event-{}", dashed(event)));
        }
        for notice in [
            "acceptance",
            "not_accepted",
            "extension",
            "decision",
            "review_answer",
            "re_review_answer",
        ] {
            ids.push(format!("petition-notice-title-{}", dashed(notice)));
        }
        for proxy in ["family", "community-worker"] {
            ids.push(format!("petitions-filed-by-{proxy}"));
        }
        for done in [
            "transcribed",
            "routed",
            "objected",
            "accepted",
            "not-accepted",
            "extended",
            "decided",
            "answered",
            "note",
            "supervision",
        ] {
            ids.push(format!("petitions-staff-done-{done}"));
        }
        ids.extend(AuditAction::ALL.map(|a| format!("audit-action-{}", dashed(a.key()))));
        let args: Vec<(&str, String)> = ["date", "days", "name", "how", "reference", "rating"]
            .into_iter()
            .map(|k| (k, "x".to_string()))
            .collect();
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &args), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
