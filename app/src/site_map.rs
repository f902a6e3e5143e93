//! `/site-map`: every section of the site on one page, linked from the
//! footer of every page, so each can be found in more than one way (WCAG 2.4.5).

use crate::components::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

/// This page's own address.
pub const PATH: &str = "/site-map";

/// The sections, each a heading and its pages: (address, message id).
/// `/sitemap.xml` lists the same pages (`search_engines`), less those
/// robots are asked to keep out of, so a page added here reaches both.
const SECTIONS: &[(&str, &[(&str, &str)])] = &[
    (
        "sitemap-find-heading",
        &[
            ("/", "sitemap-home"),
            ("/search", "sitemap-search"),
            ("/entitlements", "sitemap-entitlements"),
            ("/check", "sitemap-check"),
            ("/places", "sitemap-places"),
            ("/jobs/fairs", "sitemap-fairs"),
            ("/jobs/fairs/past", "sitemap-past-fairs"),
            ("/training", "sitemap-training"),
            ("/petitions", "sitemap-petitions"),
            ("/petitions/statistics", "sitemap-petition-statistics"),
            ("/legal-aid", "sitemap-legal-aid"),
        ],
    ),
    (
        "sitemap-news-heading",
        &[
            ("/news", "sitemap-news"),
            ("/notices", "sitemap-notices"),
            ("/policy", "sitemap-policy"),
            ("/alerts", "sitemap-alerts"),
        ],
    ),
    (
        "sitemap-account-heading",
        &[
            ("/register", "sitemap-register"),
            ("/sign-in", "sitemap-sign-in"),
            ("/account", "sitemap-account"),
            ("/applications", "sitemap-applications"),
            ("/account/bookings", "sitemap-bookings"),
            ("/account/people/new", "sitemap-people"),
            ("/account/details", "sitemap-details"),
        ],
    ),
    (
        "sitemap-site-heading",
        &[
            ("/settings", "sitemap-settings"),
            ("/accessibility", "sitemap-accessibility"),
            ("/privacy", "sitemap-privacy"),
        ],
    ),
    ("sitemap-staff-heading", &[("/staff", "sitemap-staff")]),
];

/// Every page this page links to, in its order.
pub fn linked_pages() -> impl Iterator<Item = &'static str> {
    SECTIONS
        .iter()
        .flat_map(|(_, pages)| pages.iter().map(|(path, _)| *path))
}

#[component]
pub fn SiteMapPage() -> impl IntoView {
    view! {
        <PageTitle text=t("sitemap-title")/>
        <h1>{t("sitemap-title")}</h1>
        <p class="lead">{t("sitemap-lead")}</p>
        {SECTIONS
            .iter()
            .map(|(heading, pages)| view! {
                <h2>{t(heading)}</h2>
                <ul class="list list--bullet">
                    {pages
                        .iter()
                        .map(|(href, text)| view! { <li><a href=*href>{t(text)}</a></li> })
                        .collect_view()}
                </ul>
            })
            .collect_view()}
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::get;
    axum::Router::new().route(PATH, get(fixed_page(SiteMapPage)))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{tr, Lang};

    /// Pages the page cache shares that are not on the site map: each is
    /// reached only in the middle of a journey (after sending a form, or
    /// from a link in an email).
    const SHARED_BUT_NOT_LISTED: &[&str] = &["/alerts/sent", "/alerts/unsubscribed"];

    /// A page with a fixed address that everyone sees alike is a public
    /// page: it must be on the site map (and so in `/sitemap.xml`), unless
    /// it is one of the few reached only within a journey.
    #[test]
    fn every_shared_fixed_page_is_on_the_site_map() {
        let linked: Vec<&str> = std::iter::once(PATH).chain(linked_pages()).collect();
        for page in crate::router::SHARED_PAGES {
            if page.contains('{') || SHARED_BUT_NOT_LISTED.contains(page) {
                continue;
            }
            assert!(linked.contains(page), "{page} is shared but not on the site map");
        }
        for page in SHARED_BUT_NOT_LISTED {
            assert!(crate::router::SHARED_PAGES.contains(page), "{page}");
        }
    }

    #[test]
    fn every_section_and_page_has_its_words_in_both_languages() {
        let ids = SECTIONS
            .iter()
            .flat_map(|(heading, pages)| std::iter::once(*heading).chain(pages.iter().map(|(_, id)| *id)));
        for id in ids {
            for lang in Lang::ALL {
                assert_ne!(tr(lang, id), id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
