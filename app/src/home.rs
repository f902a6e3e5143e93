//! `/`: what the service is, who it is for, and what you can do here.

use crate::components::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text=t("home-title")/>
        <h1>{t("home-heading")}</h1>
        <p class="lead">{t("home-lead")}</p>

        <h2>{t("home-who-heading")}</h2>
        <p>{t("home-who-body")}</p>
        <ul class="list list--bullet">
            <li>{t("home-who-residents")}</li>
            <li>{t("home-who-family")}</li>
            <li>{t("home-who-staff")}</li>
        </ul>

        <h2>{t("home-support-heading")}</h2>
        <p>{t("home-support-body")}</p>

        <h2>{t("home-use-heading")}</h2>
        <ul class="list list--bullet">
            <li><a href="/check">{t("home-use-check")}</a></li>
            <li><a href="/entitlements">{t("home-use-entitlements")}</a></li>
            <li><a href="/jobs/fairs">{t("home-use-fairs")}</a></li>
            <li><a href="/training">{t("home-use-training")}</a></li>
            <li><a href="/settings">{t("home-use-settings")}</a></li>
            <li><a href="/accessibility">{t("home-use-accessibility")}</a></li>
            <li><a href="/privacy">{t("home-use-privacy")}</a></li>
        </ul>

        <h2>{t("home-help-heading")}</h2>
        <p>{t("home-help-body")}</p>
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::get;
    axum::Router::new().route("/", get(fixed_page(HomePage)))
}
