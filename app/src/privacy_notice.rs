//! `/privacy`: what the portal keeps about you, why, and for how long.

use crate::components::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn PrivacyNoticePage() -> impl IntoView {
    view! {
        <PageTitle text=t("privacy-title")/>
        <h1>{t("privacy-title")}</h1>
        <p class="lead">{t("privacy-lead")}</p>

        <h2>{t("privacy-who-heading")}</h2>
        <p>{t("privacy-who-body")}</p>

        <h2>{t("privacy-cookies-heading")}</h2>
        <p>{t("privacy-cookies-intro")}</p>
        <table class="table">
            <caption class="table__caption">{t("privacy-cookies-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("privacy-cookie-name")}</th>
                    <th scope="col">{t("privacy-cookie-purpose")}</th>
                    <th scope="col">{t("privacy-cookie-expiry")}</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row"><code>"lang"</code></th>
                    <td>{t("privacy-cookie-lang-purpose")}</td>
                    <td>{t("privacy-cookie-one-year")}</td>
                </tr>
                <tr>
                    <th scope="row"><code>"display"</code></th>
                    <td>{t("privacy-cookie-display-purpose")}</td>
                    <td>{t("privacy-cookie-one-year")}</td>
                </tr>
                <tr>
                    <th scope="row"><code>"session"</code></th>
                    <td>{t("privacy-cookie-session-purpose")}</td>
                    <td>{t("privacy-cookie-session-expiry")}</td>
                </tr>
            </tbody>
        </table>
        <p>{t("privacy-cookies-no-banner")}</p>

        <h2>{t("privacy-logs-heading")}</h2>
        <p>{t("privacy-logs-body")}</p>

        <h2>{t("privacy-later-heading")}</h2>
        <p>{t("privacy-later-body")}</p>

        <h2>{t("privacy-rights-heading")}</h2>
        <p>{t("privacy-rights-body")}</p>
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::get;
    axum::Router::new().route("/privacy", get(fixed_page(PrivacyNoticePage)))
}
