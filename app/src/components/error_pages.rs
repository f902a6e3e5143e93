//! The pages shown when something is not there or not allowed.

use super::page_title::PageTitle;
use super::staff_nav::StaffNav;
use crate::i18n::t;
use leptos::prelude::*;

/// An address that does not exist, or a record the visitor may not know
/// exists (status 404, set by the handler).
#[component]
pub fn NotFoundPage() -> impl IntoView {
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

/// A staff member whose role may not open the page (status 403).
#[component]
pub fn NotAllowedPage() -> impl IntoView {
    view! {
        <PageTitle text=t("staff-not-allowed-title")/>
        <StaffNav/>
        <h1>{t("staff-not-allowed-title")}</h1>
        <p>{t("staff-not-allowed-body")}</p>
        <p><a href="/staff/home">{t("staff-home-title")}</a></p>
    }
}
