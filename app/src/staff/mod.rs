//! The staff workspace, under `/staff`: sign-in with a second factor
//! (`sign_in`), the queue of applications (`queue`), one application and
//! the actions on it (`review`), staff accounts (`team`), rule parameters
//! (`parameters`) and the audit log (`audit_log`). Every request goes
//! through `StaffMember::may` in `domain::staff`, and every query is scoped
//! to the staff member's area.

pub mod audit_log;
pub mod events;
pub mod parameters;
pub mod queue;
pub mod review;
pub mod sign_in;
pub mod team;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod events_store;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod queue_store;
#[cfg(feature = "ssr")]
pub mod second_factor;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;

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

/// The workspace's own navigation: what this role can open, and sign out.
#[component]
pub fn StaffNav() -> impl IntoView {
    let staff = use_context::<StaffView>().unwrap_or_default();
    let role = staff.role;
    let reviews = role.is_some_and(|r| r.reviews().is_some());
    let admin = role == Some(Role::Administrator);
    let events = matches!(role, Some(Role::ContentEditor | Role::Administrator));
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
                {admin.then(|| view! {
                    <li><a href="/staff/team">{t("staff-team-title")}</a></li>
                    <li><a href="/staff/parameters">{t("staff-parameters-title")}</a></li>
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
}

/// The home page's numbers: for a reviewer, waiting at their level, overdue
/// and assigned to them; for everyone, recovery codes left.
#[derive(Clone, Debug, Default)]
pub struct StaffHome {
    pub waiting: u64,
    pub overdue: u64,
    pub mine: u64,
    /// Recovery codes not used yet.
    pub recovery_codes_left: u64,
}

#[component]
pub fn StaffHomePage() -> impl IntoView {
    let staff = use_context::<StaffView>().unwrap_or_default();
    let home = use_context::<StaffHome>().unwrap_or_default();
    let role = staff.role;
    let reviews = role.is_some_and(|r| r.reviews().is_some());
    let admin = role == Some(Role::Administrator);
    let editor = role == Some(Role::ContentEditor);
    view! {
        <crate::components::PageTitle text=t("staff-home-title")/>
        <StaffNav/>
        <h1>{t("staff-home-title")}</h1>
        {reviews.then(|| view! {
            <section aria-labelledby="waiting-heading">
                <h2 id="waiting-heading">{t("staff-home-waiting-heading")}</h2>
                <ul class="list">
                    <li>{t_with("staff-home-waiting", &[("count", home.waiting.to_string())])}</li>
                    <li>{t_with("staff-home-overdue", &[("count", home.overdue.to_string())])}</li>
                    <li>{t_with("staff-home-mine", &[("count", home.mine.to_string())])}</li>
                </ul>
                <p><a href="/staff/queue" class="button">{t("staff-home-open-queue")}</a></p>
            </section>
        })}
        {admin.then(|| view! {
            <section aria-labelledby="admin-heading">
                <h2 id="admin-heading">{t("staff-home-admin-heading")}</h2>
                <ul class="list">
                    <li><a href="/staff/team">{t("staff-team-title")}</a></li>
                    <li><a href="/staff/parameters">{t("staff-parameters-title")}</a></li>
                    <li><a href="/staff/audit">{t("staff-audit-title")}</a></li>
                </ul>
            </section>
        })}
        {editor.then(|| view! { <p>{t("staff-home-editor")}</p> })}
        <section aria-labelledby="codes-heading">
            <h2 id="codes-heading">{t("staff-recovery-title")}</h2>
            <p>{t_with("staff-home-codes-left", &[("count", home.recovery_codes_left.to_string())])}</p>
            <form method="post" action="/staff/recovery-codes">
                <button type="submit" class="button button--secondary">{t("staff-home-new-codes")}</button>
            </form>
        </section>
    }
}

/// What a role that may not open a page sees (status 403).
#[component]
pub fn StaffNotAllowedPage() -> impl IntoView {
    view! {
        <crate::components::PageTitle text=t("staff-not-allowed-title")/>
        <StaffNav/>
        <h1>{t("staff-not-allowed-title")}</h1>
        <p>{t("staff-not-allowed-body")}</p>
        <p><a href="/staff/home">{t("staff-home-title")}</a></p>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::audit::AuditAction;
    use crate::domain::answers::api_name;
    use crate::domain::applications::ApplicationStatus;
    use crate::domain::parameters::ParameterId;
    use crate::domain::staff::{RefusalReason, Role};
    use crate::i18n::{tr_with, Lang};

    fn dashed(key: &str) -> String {
        key.replace('_', "-")
    }

    /// Message ids the staff pages build from a role, status, reason, action or parameter.
    #[test]
    fn every_generated_staff_message_id_exists_in_both_languages() {
        let mut ids = Vec::new();
        for role in Role::ALL {
            ids.push(format!("staff-role-{}", dashed(role.key())));
            ids.push(format!("staff-role-{}-hint", dashed(role.key())));
        }
        ids.extend(ApplicationStatus::ALL.map(|s| format!("staff-status-{}", dashed(s.key()))));
        ids.extend(RefusalReason::ALL.map(|r| format!("staff-refusal-{}", dashed(r.key()))));
        ids.extend(AuditAction::ALL.map(|a| format!("audit-action-{}", dashed(a.key()))));
        ids.extend(ParameterId::ALL.map(|p| format!("staff-parameter-{}", dashed(&api_name(p)))));
        for done in [
            "pass",
            "approve",
            "refuse",
            "request_information",
            "assign",
            "note",
        ] {
            ids.push(format!("staff-done-{}", dashed(done)));
        }
        for done in ["created", "changed", "disabled", "enabled", "reset"] {
            ids.push(format!("staff-team-done-{done}"));
        }
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
