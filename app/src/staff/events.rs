//! `/staff/events` (content editors and administrators): the fairs and
//! courses of the staff member's area, with links to each. The pages of
//! one fair or course belong to `job_fairs::staff` and `training::staff`.

use crate::components::{with_view, Content, ContentText, PageTitle, StaffNav, Table, Tag, TagKind};
use crate::i18n::t;
use leptos::prelude::*;

/// One fair on `/staff/events`.
#[derive(Clone, Debug, Default)]
pub struct FairRow {
    pub id: i32,
    pub title: Content,
    pub when: String,
    pub registrations: i64,
    pub cancelled: bool,
}

/// One course on `/staff/events`.
#[derive(Clone, Debug, Default)]
pub struct CourseRow {
    pub id: i32,
    pub title: Content,
    /// Sessions not cancelled.
    pub sessions: usize,
    /// When the next session starts, if one is still to come.
    pub next: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct EventsView {
    pub upcoming: Vec<FairRow>,
    pub past: Vec<FairRow>,
    pub courses: Vec<CourseRow>,
}

/// `/staff/events`.
#[component]
pub fn StaffEventsPage() -> impl IntoView {
    with_view(events_page)
}

fn events_page(events: EventsView) -> impl IntoView {
    let course_rows = events
        .courses
        .into_iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("/staff/courses/{}", c.id)><ContentText content=c.title/></a></th>
                    <td>{c.sessions}</td>
                    <td>{c.next.unwrap_or_else(|| t("staff-events-no-next"))}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let course_headers = [
        "staff-events-col-course",
        "staff-events-col-sessions",
        "staff-events-col-next",
    ]
    .map(t)
    .to_vec();
    view! {
        <PageTitle text=t("staff-events-title")/>
        <StaffNav/>
        <h1>{t("staff-events-title")}</h1>
        <p>{t("staff-events-lead")}</p>
        <div class="button-group">
            <a href="/staff/fairs/new" class="button">{t("staff-fair-new")}</a>
            <a href="/staff/courses/new" class="button button--secondary">{t("staff-course-new")}</a>
        </div>
        <h2 id="upcoming-heading">{t("staff-events-upcoming")}</h2>
        <FairTable fairs=events.upcoming caption=t("staff-events-upcoming") empty=t("staff-events-no-upcoming")/>
        <h2 id="past-heading">{t("staff-events-past")}</h2>
        <FairTable fairs=events.past caption=t("staff-events-past") empty=t("staff-events-no-past")/>
        <h2 id="courses-heading">{t("staff-events-courses")}</h2>
        <Table caption=t("staff-events-courses") caption_hidden=true headers=course_headers rows=course_rows
            empty=t("staff-events-no-courses")/>
    }
}

#[component]
fn FairTable(fairs: Vec<FairRow>, caption: String, empty: String) -> impl IntoView {
    let rows = fairs
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/staff/fairs/{}", f.id)><ContentText content=f.title/></a>
                        {f.cancelled.then(|| view! { " "<Tag text=t("staff-events-cancelled-tag") kind=TagKind::Warning/> })}
                    </th>
                    <td>{f.when}</td>
                    <td>{f.registrations}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-events-col-fair",
        "staff-events-col-when",
        "staff-events-col-registrations",
    ]
    .map(t)
    .to_vec();
    view! { <Table caption caption_hidden=true headers rows empty/> }
}

#[cfg(feature = "ssr")]
pub use handler::list;

#[cfg(feature = "ssr")]
mod handler {
    use super::{CourseRow, EventsView, FairRow, StaffEventsPage};
    use crate::accounts::staff_session::{EditEvents, Staff};
    use crate::components::Content;
    use crate::i18n::{dates, Lang};
    use crate::job_fairs::staff::store::fairs_in_scope;
    use crate::job_fairs::store::Fair;
    use crate::training::staff::store::courses_in_scope;
    use crate::web::{Page, PageResult, PortalState};
    use axum::extract::State;

    fn fair_row(lang: Lang, fair: &Fair, registrations: i64) -> FairRow {
        FairRow {
            id: fair.id,
            title: Content::pick(lang, &fair.title_zh, &fair.title_en),
            when: dates::span(lang, fair.starts_at, fair.ends_at),
            registrations,
            cancelled: fair.cancelled_at.is_some(),
        }
    }

    /// `GET /staff/events`.
    pub async fn list(State(state): State<PortalState>, staff: Staff<EditEvents>) -> PageResult<Page> {
        let lang = staff.lang;
        let fairs = fairs_in_scope(&state.db, &staff.member.area).await?;
        let courses = courses_in_scope(&state.db, &staff.member.area).await?;
        let now = state.clock.now_local();
        let (mut upcoming, past): (Vec<_>, Vec<_>) = fairs.into_iter().partition(|(f, _)| f.ends_at >= now);
        upcoming.reverse();
        let view = EventsView {
            upcoming: upcoming.iter().map(|(f, n)| fair_row(lang, f, *n)).collect(),
            past: past.iter().map(|(f, n)| fair_row(lang, f, *n)).collect(),
            courses: courses
                .iter()
                .map(|(c, sessions)| CourseRow {
                    id: c.id,
                    title: Content::pick(lang, &c.title_zh, &c.title_en),
                    sessions: sessions.len(),
                    next: sessions
                        .iter()
                        .find(|s| s.starts_at >= now)
                        .map(|s| dates::span(lang, s.starts_at, s.ends_at)),
                })
                .collect(),
        };
        Ok(staff.page(StaffEventsPage).with(view))
    }
}
