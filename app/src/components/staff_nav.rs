//! The staff workspace's own navigation, at the top of every staff page.

use super::view_model::with_view;
use crate::domain::staff::Role;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// Who is signed in, for the workspace's navigation.
#[derive(Clone, Debug, Default)]
pub struct StaffView {
    pub name: String,
    pub role: Option<Role>,
    pub area_name: String,
}

pub fn role_text(role: Role) -> String {
    t(&format!("staff-role-{}", role.key().replace('_', "-")))
}

/// What this role can open, and sign out. The links a role may not follow
/// are not shown; the permission check still guards each page.
#[component]
pub fn StaffNav() -> impl IntoView {
    with_view(|staff: StaffView| {
        let role = staff.role;
        let reviews = role.is_some_and(|r| r.reviews().is_some());
        let admin = role == Some(Role::Administrator);
        let events = matches!(role, Some(Role::ContentEditor | Role::Administrator));
        let petitions = role == Some(Role::PetitionOfficer);
        let legal_aid = role == Some(Role::LegalAidWorker);
        let who = t_with(
            "staff-signed-in-as",
            &[
                ("name", staff.name.clone()),
                ("role", role.map(role_text).unwrap_or_default()),
                ("area", staff.area_name.clone()),
            ],
        );
        view! {
            <nav class="staff-nav no-print" aria-label=t("staff-nav-label")>
                <p class="staff-nav__who">{who}</p>
                <ul class="staff-nav__links">
                    <li><a href="/staff/home">{t("staff-home-title")}</a></li>
                    {reviews.then(|| view! { <li><a href="/staff/queue">{t("staff-queue-title")}</a></li> })}
                    {events.then(|| view! { <li><a href="/staff/events">{t("staff-events-title")}</a></li> })}
                    {events.then(|| view! { <li><a href="/staff/articles">{t("information-staff-title")}</a></li> })}
                    {events.then(|| view! { <li><a href="/staff/format-requests">{t("article-files-requests-title")}</a></li> })}
                    {events.then(|| view! { <li><a href="/staff/places">{t("staff-places-title")}</a></li> })}
                    {petitions.then(|| view! { <li><a href="/staff/petitions">{t("staff-petitions-title")}</a></li> })}
                    {legal_aid.then(|| view! { <li><a href="/staff/legal-aid">{t("staff-legal-aid-title")}</a></li> })}
                    {admin.then(|| view! {
                        <li><a href="/staff/team">{t("staff-team-title")}</a></li>
                        <li><a href="/staff/parameters">{t("staff-parameters-title")}</a></li>
                        <li><a href="/staff/calendar">{t("staff-calendar-title")}</a></li>
                        <li><a href="/staff/lawyers">{t("legal-aid-lawyers-title")}</a></li>
                        <li><a href="/staff/audit">{t("staff-audit-title")}</a></li>
                    })}
                    <li>
                        <form method="post" action="/staff/sign-out" class="inline-form">
                            <button type="submit" class="button-link">{t("staff-sign-out")}</button>
                        </form>
                    </li>
                </ul>
            </nav>
        }
    })
}
