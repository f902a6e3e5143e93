//! `/accessibility`: the accessibility statement.

use crate::components::PageTitle;
use crate::i18n::t;
use crate::page_context::use_page;
use leptos::prelude::*;

#[component]
pub fn AccessibilityStatementPage() -> impl IntoView {
    let site = use_page().site;
    view! {
        <PageTitle text=t("a11y-title")/>
        <h1>{t("a11y-title")}</h1>
        <p class="lead">{t("a11y-lead")}</p>

        <h2>{t("a11y-standard-heading")}</h2>
        <p>{t("a11y-standard-body")}</p>

        <h2>{t("a11y-can-heading")}</h2>
        <ul class="list list--bullet">
            <li>{t("a11y-can-zoom")}</li>
            <li>{t("a11y-can-keyboard")}</li>
            <li>{t("a11y-can-screen-reader")}</li>
            <li>{t("a11y-can-no-js")}</li>
            <li>
                {t("a11y-can-settings")}" "
                <a href="/settings">{t("nav-display-settings")}</a>
            </li>
        </ul>

        <h2>{t("a11y-gaps-heading")}</h2>
        <p>{t("a11y-gaps-intro")}</p>
        <ul class="list list--bullet">
            <li>{t("a11y-gap-screen-readers")}</li>
            <li>{t("a11y-gap-user-testing")}</li>
            <li>{t("a11y-gap-easy-read")}</li>
        </ul>

        <h2>{t("a11y-formats-heading")}</h2>
        <p>{t("a11y-formats-body")}</p>

        <h2>{t("a11y-report-heading")}</h2>
        <p>{t("a11y-report-body")}</p>
        <ul class="list">
            <li>{t("footer-phone")}": "{site.phone.clone()}</li>
            <li>{t("footer-email")}": "{site.email.clone()}</li>
            <li>{t("footer-sign-language")}": "{site.sign_language_video.clone()}</li>
        </ul>
        <p>{t("a11y-report-response")}</p>
        <p><a href="/petitions">{t("a11y-report-complaint")}</a></p>

        <h2>{t("a11y-testing-heading")}</h2>
        <p>{t("a11y-testing-body")}</p>
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::get;
    axum::Router::new().route("/accessibility", get(fixed_page(AccessibilityStatementPage)))
}
