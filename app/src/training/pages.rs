//! The training pages residents see: the courses, and one course with its
//! sessions and the booking form.

use crate::attendees::{AttendeeFields, HelpedPeople};
use crate::components::{
    encode_path, feature_text, with_view, BackLink, Content, ContentText, ErrorSummary, FeatureList,
    PageTitle, RadioOption, Radios, SummaryList, SummaryRow, Table,
};
use crate::domain::bookings::Feature;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseCard {
    pub id: i32,
    pub title: Content,
    pub suits: Content,
    pub features: Vec<Feature>,
    /// When the next open session starts, if there is one.
    pub next: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseList {
    pub courses: Vec<CourseCard>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    pub id: i32,
    pub when: String,
    pub place: Content,
    pub address: Content,
    pub capacity: i32,
    pub left: i32,
    pub waiting: i32,
    pub cancelled: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booker {
    pub own_name: String,
    pub helped: HelpedPeople,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseView {
    pub id: i32,
    pub title: Content,
    pub description: Content,
    pub suits: Content,
    pub features: Vec<Feature>,
    pub sessions: Vec<SessionView>,
    pub signed_in: Option<Booker>,
}

/// `/training`.
#[component]
pub fn TrainingPage() -> impl IntoView {
    with_view(|list: CourseList| {
        view! {
            <PageTitle text=t("training-title")/>
            <h1>{t("training-title")}</h1>
            <p class="lead">{t("training-lead")}</p>
            {if list.courses.is_empty() {
                view! { <p>{t("training-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="event-list">
                        {list.courses.into_iter().map(|course| {
                            let features: Vec<String> = course.features.iter().map(|f| feature_text(*f)).collect();
                            let features = if features.is_empty() { t("fairs-no-features") } else { features.join(t("list-separator").as_str()) };
                            view! {
                                <li class="event-list__item">
                                    <h2 class="event-list__title"><a href=format!("/training/{}", course.id)><ContentText content=course.title/></a></h2>
                                    <SummaryList>
                                        <SummaryRow key=t("training-suits")><ContentText content=course.suits/></SummaryRow>
                                        <SummaryRow key=t("training-next")>{course.next.unwrap_or_else(|| t("training-no-sessions"))}</SummaryRow>
                                        <SummaryRow key=t("fairs-accessibility")>{features}</SummaryRow>
                                    </SummaryList>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        }
    })
}

fn places_text(session: &SessionView) -> String {
    if session.cancelled.is_some() {
        return t("training-session-cancelled");
    }
    if session.left > 0 && session.waiting == 0 {
        t_with(
            "training-places-left",
            &[
                ("left", session.left.to_string()),
                ("capacity", session.capacity.to_string()),
            ],
        )
    } else {
        t_with("training-full", &[("waiting", session.waiting.to_string())])
    }
}

#[component]
fn Sessions(sessions: Vec<SessionView>) -> impl IntoView {
    let rows = sessions
        .into_iter()
        .map(|s| {
            let places = places_text(&s);
            view! {
                <tr>
                    <td>{s.when.clone()}</td>
                    <td><ContentText content=s.place.clone()/><br/><ContentText content=s.address.clone()/></td>
                    <td>{places}</td>
                    <td>
                        <a href=format!("/training/sessions/{}/calendar.ics", s.id)>
                            {t("training-calendar-link")}<span class="visually-hidden">{format!(" {}", s.when)}</span>
                        </a>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "events-when",
        "events-where",
        "training-places",
        "training-calendar",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("training-sessions") caption_hidden=true headers rows empty=t("training-no-sessions")/>
    }
}

#[component]
fn BookingForm(course: CourseView) -> impl IntoView {
    let here = format!("/training/{}", course.id);
    let open: Vec<SessionView> = course
        .sessions
        .iter()
        .filter(|s| s.cancelled.is_none())
        .cloned()
        .collect();
    if open.is_empty() {
        return ().into_any();
    }
    let Some(me) = course.signed_in else {
        let next = encode_path(&here);
        return view! {
            <h2>{t("training-book")}</h2>
            <p>{t("training-sign-in-to-book")}</p>
            <p><a href=format!("/sign-in?next={next}") class="button">{t("sign-in-title")}</a></p>
            <p><a href=format!("/register?next={next}")>{t("register-title")}</a></p>
        }
        .into_any();
    };
    let form = use_form();
    let options: Vec<RadioOption> = open
        .iter()
        .map(|s| RadioOption {
            value: s.id.to_string(),
            label: s.when.clone(),
            hint: Some(format!("{} · {}", s.place.text, places_text(s))),
        })
        .collect();
    view! {
        <h2 id="book">{t("training-book")}</h2>
        <p>{t("training-book-lead")}</p>
        <form method="post" action=format!("{here}/book") novalidate=true>
            <Radios name="session" legend=t("training-choose-session") options=options
                selected=form.values_of("session") error=form.error("session")/>
            <AttendeeFields form=form.clone() own_name=me.own_name helped=me.helped/>
            <button type="submit" class="button">{t("training-book-submit")}</button>
        </form>
        <p><a href="/account/bookings">{t("training-my-bookings")}</a></p>
    }
    .into_any()
}

/// `/training/{id}`.
#[component]
pub fn CoursePage() -> impl IntoView {
    with_view(course_page)
}

fn course_page(course: CourseView) -> impl IntoView {
    let form = use_form();
    let title = course.title.clone();
    view! {
        <PageTitle text=title.text.clone() has_errors=form.has_errors()/>
        <BackLink href="/training" text=t("training-back")/>
        <ErrorSummary errors=form.summary()/>
        <h1><ContentText content=title/></h1>
        <p><ContentText content=course.description.clone()/></p>
        <h2>{t("training-suits")}</h2>
        <p><ContentText content=course.suits.clone()/></p>
        <h2>{t("fairs-accessibility")}</h2>
        <FeatureList features=course.features.clone()/>
        <h2 id="sessions-heading">{t("training-sessions")}</h2>
        <Sessions sessions=course.sessions.clone()/>
        <BookingForm course=course/>
    }
}
