//! `/language/{tag}?next=/path`: the header's language switch. A plain link
//! (no JavaScript, no form) that keeps the choice in a cookie and goes back.

use crate::i18n::Lang;
use crate::page_context::LANG_COOKIE;
use crate::web::{local_path, see_other_saving_preference, FormValues, PageError, PageResult, PortalState};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use http::Uri;

async fn switch(State(state): State<PortalState>, Path(tag): Path<String>, uri: Uri) -> PageResult<Response> {
    let lang = Lang::from_tag(&tag).ok_or(PageError::NotFound)?;
    let query = FormValues::parse(uri.query().unwrap_or_default().as_bytes());
    Ok(see_other_saving_preference(
        local_path(query.get("next")),
        LANG_COOKIE,
        lang.tag(),
        state.secure_cookies,
    ))
}

pub fn routes() -> Router<PortalState> {
    Router::new().route("/language/{tag}", get(switch))
}
