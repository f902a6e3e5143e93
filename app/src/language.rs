//! `/language/{tag}?next=/path`: the header's language switch. A plain link
//! (no JavaScript, no form) that keeps the choice in a cookie and goes back.

use crate::i18n::Lang;
use crate::page_context::LANG_COOKIE;
use crate::web::{local_path, render_page, see_other_saving_preference, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;

pub async fn switch(State(state): State<PortalState>, Path(tag): Path<String>, request: Request) -> Response {
    let Some(lang) = Lang::from_tag(&tag) else {
        // Unknown language: the router has no page here, so this is the 404 page.
        return render_page(&state, request, || ()).await;
    };
    let query = FormValues::parse(request.uri().query().unwrap_or_default().as_bytes());
    see_other_saving_preference(
        local_path(query.get("next")),
        LANG_COOKIE,
        lang.tag(),
        state.secure_cookies,
    )
}
