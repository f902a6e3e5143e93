//! `/language/{tag}?next=/path`: the header's language switch. A plain link
//! (no JavaScript, no form) that keeps the choice in a cookie and goes back.

use crate::i18n::Lang;
use crate::page_context::LANG_COOKIE;
use crate::web::{local_path, render_page, see_other, set_cookie, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;

const COOKIE_MAX_AGE_SECONDS: u64 = 365 * 24 * 60 * 60;

pub async fn switch(
    State(state): State<PortalState>,
    Path(tag): Path<String>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_tag(&tag) else {
        // Unknown language: the router has no page here, so this is the 404 page.
        return render_page(&state, request, || ()).await;
    };
    let query = FormValues::parse(request.uri().query().unwrap_or_default().as_bytes());
    let mut response = see_other(local_path(query.get("next")));
    let cookie = set_cookie(
        LANG_COOKIE,
        lang.tag(),
        COOKIE_MAX_AGE_SECONDS,
        state.secure_cookies,
    );
    response
        .headers_mut()
        .append(http::header::SET_COOKIE, cookie);
    response
}
