//! `/staff/home`: what waits for the signed-in staff member, and where to go.

use crate::components::{with_view, PageTitle, StaffNav, StaffView};
use crate::domain::staff::Role;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

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
    with_view(|staff: StaffView| with_view(move |home: StaffHome| home_page(&staff, home)))
}

fn home_page(staff: &StaffView, home: StaffHome) -> impl IntoView {
    let role = staff.role;
    let reviews = role.is_some_and(|r| r.reviews().is_some());
    let admin = role == Some(Role::Administrator);
    let editor = role == Some(Role::ContentEditor);
    view! {
        <PageTitle text=t("staff-home-title")/>
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
                    <li><a href="/staff/calendar">{t("staff-calendar-title")}</a></li>
                    <li><a href="/staff/lawyers">{t("legal-aid-lawyers-title")}</a></li>
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

#[cfg(feature = "ssr")]
pub use handler::show;

#[cfg(feature = "ssr")]
mod handler {
    use super::{StaffHome, StaffHomePage};
    use crate::accounts::staff_account;
    use crate::accounts::staff_session::Staff;
    use crate::staff::queue::store::{level_counts, Owner};
    use crate::web::working_calendar::working_calendar;
    use crate::web::{Page, PageResult, PortalState};
    use axum::extract::State;

    /// `GET /staff/home`.
    pub async fn show(State(state): State<PortalState>, staff: Staff) -> PageResult<Page> {
        let calendar = working_calendar(&state.db).await?;
        let owner = Owner {
            area: &staff.member.area,
            staff_id: staff.account.id,
            levels: &state.service_levels,
            calendar: &calendar,
            today: state.clock.today(),
        };
        let counts = level_counts(&state.db, &owner, staff.member.role.reviews()).await?;
        let home = StaffHome {
            waiting: counts.waiting,
            overdue: counts.overdue,
            mine: counts.mine,
            recovery_codes_left: staff_account::unused_recovery_codes(&state.db, staff.account.id).await?,
        };
        Ok(staff.page(StaffHomePage).with(home))
    }
}
