//! `/session/extend`: "stay signed in". The request itself is the activity
//! that keeps the session going (`web::idle` counts every request); the
//! form without JavaScript comes back to its page, and the warning island,
//! which sends no `next`, gets 204, or 401 when the session had already ended.

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::post;
    axum::Router::new().route(crate::components::EXTEND_PATH, post(handlers::extend))
}

#[cfg(feature = "ssr")]
mod handlers {
    use crate::accounts::{resident_session, staff_session};
    use crate::web::{local_path, see_other, FormValues, PageResult, PortalState};
    use axum::extract::State;
    use axum::response::{IntoResponse, Response};
    use http::request::Parts;
    use http::StatusCode;
    use tower_sessions::Session;

    /// `POST /session/extend`.
    pub async fn extend(
        State(state): State<PortalState>,
        session: Session,
        parts: Parts,
        sent: FormValues,
    ) -> PageResult<Response> {
        if let Some(next) = sent.get("next") {
            return Ok(see_other(local_path(Some(next))));
        }
        let signed_in = resident_session::current(&state, &session).await?.is_some()
            || staff_session::current(&state, &session, &parts).await?.is_some();
        Ok(if signed_in {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::UNAUTHORIZED
        }
        .into_response())
    }
}
