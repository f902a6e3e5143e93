//! The page for an address that does not exist (status 404).

use crate::components::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=t("not-found-title")/>
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <p>{t("not-found-help")}</p>
        <ul class="list">
            <li><a href="/">{t("not-found-home-link")}</a></li>
        </ul>
    }
}
