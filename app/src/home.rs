//! `/`: the front door — what the service is, the services, what is new and
//! coming up, and where to get help.

use crate::components::{with_view, Content, ContentText, PageTitle};
use crate::i18n::t;
use crate::search::pages::SearchForm;
use leptos::prelude::*;

/// One item in a list on the front door: a link, and when it happens or appeared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontDoorItem {
    pub href: String,
    pub title: Content,
    pub when: String,
}

/// What the front door shows besides fixed text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontDoor {
    /// The latest news, notices and policy explainers, newest first.
    pub news: Vec<FrontDoorItem>,
    /// The next job fairs, soonest first.
    pub fairs: Vec<FrontDoorItem>,
    /// Each feed's address and name.
    pub feeds: Vec<(String, String)>,
}

/// The services, each a link and its message id.
const SERVICES: &[(&str, &str)] = &[
    ("/check", "home-use-check"),
    ("/entitlements", "home-use-entitlements"),
    ("/places", "home-use-places"),
    ("/jobs/fairs", "home-use-fairs"),
    ("/training", "home-use-training"),
    ("/legal-aid", "home-use-legal-aid"),
    ("/alerts", "home-use-alerts"),
    ("/petitions", "home-use-petitions"),
    ("/settings", "home-use-settings"),
    ("/accessibility", "home-use-accessibility"),
];

#[component]
pub fn HomePage() -> impl IntoView {
    with_view(home_page)
}

fn home_page(door: FrontDoor) -> impl IntoView {
    view! {
        <PageTitle text=t("home-title") description=t("home-description")/>
        <h1>{t("home-heading")}</h1>
        <p class="lead">{t("home-lead")}</p>
        <SearchForm id="home-q" value=String::new()/>

        <h2>{t("home-use-heading")}</h2>
        <ul class="list list--bullet">
            {SERVICES
                .iter()
                .map(|(href, text)| view! { <li><a href=*href>{t(text)}</a></li> })
                .collect_view()}
        </ul>

        <h2>{t("home-news-heading")}</h2>
        <ItemList items=door.news empty="home-news-none"/>
        <ul class="list list--bullet">
            <li><a href="/news">{t("home-news-all")}</a></li>
            <li><a href="/notices">{t("home-notices-all")}</a></li>
            <li><a href="/policy">{t("home-policy-all")}</a></li>
        </ul>

        <h2>{t("home-coming-heading")}</h2>
        <ItemList items=door.fairs empty="home-coming-none"/>
        <p><a href="/jobs/fairs">{t("home-coming-all")}</a></p>

        <h2>{t("home-who-heading")}</h2>
        <p>{t("home-who-body")}</p>
        <ul class="list list--bullet">
            <li>{t("home-who-residents")}</li>
            <li>{t("home-who-family")}</li>
            <li>{t("home-who-staff")}</li>
        </ul>

        <h2>{t("home-support-heading")}</h2>
        <p>{t("home-support-body")}</p>

        <h2>{t("home-help-heading")}</h2>
        <p>{t("home-help-body")}</p>
        <p><a href="/privacy">{t("home-use-privacy")}</a></p>

        <h2>{t("home-follow-heading")}</h2>
        <p>{t("home-follow-body")}</p>
        <ul class="list list--bullet">
            <li><a href="/alerts">{t("home-use-alerts")}</a></li>
            {door
                .feeds
                .into_iter()
                .map(|(href, name)| view! { <li><a href=href type="application/atom+xml">{name}</a></li> })
                .collect_view()}
        </ul>
    }
}

/// A list of linked items with their dates, or a sentence when there are none.
#[component]
fn ItemList(items: Vec<FrontDoorItem>, empty: &'static str) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{t(empty)}</p> }.into_any();
    }
    view! {
        <ul class="list front-door-list">
            {items
                .into_iter()
                .map(|item| view! {
                    <li>
                        <a href=item.href><ContentText content=item.title/></a>
                        <span class="front-door-when">{item.when}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod handlers {
    use super::{FrontDoor, FrontDoorItem, HomePage};
    use crate::alerts::feeds::FEEDS;
    use crate::components::Content;
    use crate::i18n::{dates, tr, Lang};
    use crate::information::store as articles;
    use crate::job_fairs::store::{self as fairs, FairFilter};
    use crate::web::{Page, PageResult, PortalState};
    use axum::extract::State;

    /// How many items each list on the front door shows.
    const SHOWN: usize = 3;

    /// How many articles "What is new" shows.
    const NEWS_SHOWN: u64 = 5;

    /// `GET /`.
    pub async fn front_door(State(state): State<PortalState>, lang: Lang) -> PageResult<Page> {
        let now = state.clock.now_local();
        let news = articles::latest_published(&state.db, now, NEWS_SHOWN)
            .await?
            .into_iter()
            .map(|a| FrontDoorItem {
                href: a.path,
                title: Content::pick(lang, &a.title_zh, &a.title_en),
                when: dates::date(lang, a.first_published_at.date()),
            })
            .collect();
        let feeds = FEEDS
            .iter()
            .map(|f| (f.path.to_string(), tr(lang, f.title_id)))
            .collect();
        let fairs = fairs::upcoming(&state.db, now, &FairFilter::default())
            .await?
            .into_iter()
            .filter(|f| f.cancelled_at.is_none())
            .take(SHOWN)
            .map(|f| FrontDoorItem {
                href: format!("/jobs/fairs/{}", f.id),
                title: Content::pick(lang, &f.title_zh, &f.title_en),
                when: dates::span(lang, f.starts_at, f.ends_at),
            })
            .collect();
        Ok(Page::new(HomePage).with(FrontDoor { news, fairs, feeds }))
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new().route("/", get(handlers::front_door))
}
