//! What search engines read: `/robots.txt` (what not to crawl, and where the
//! site map is) and `/sitemap.xml` (every public page, from the database).
//! Both use the configured public address, never the request's `Host`.

use crate::domain::catalogue::CATALOGUE;
use crate::information::store as articles;
use crate::job_fairs::store::{self as fairs, FairFilter};
use crate::places::store as places;
use crate::training::store as training;
use crate::web::{PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};

/// Addresses robots should not crawl: pages behind a sign-in and the staff side.
const NOT_FOR_ROBOTS: &[&str] = &["/staff", "/account", "/applications", "/api"];

/// Whether `path` is one robots are asked to keep out of (`/account` and
/// everything under it, but not `/accounts-help`).
fn kept_from_robots(path: &str) -> bool {
    NOT_FOR_ROBOTS.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Public pages with a fixed address: those the site-map page links to
/// (and that page itself), less those robots are asked to keep out of.
/// One list (`site_map`), so a new page cannot be forgotten in one of them.
pub fn fixed_pages() -> Vec<&'static str> {
    let mut pages: Vec<&'static str> = crate::site_map::linked_pages()
        .chain(std::iter::once(crate::site_map::PATH))
        .filter(|path| !kept_from_robots(path))
        .collect();
    let mut seen = std::collections::HashSet::new();
    pages.retain(|path| seen.insert(*path));
    pages
}

pub fn routes() -> axum::Router<PortalState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/robots.txt", get(robots))
        .route("/sitemap.xml", get(sitemap))
}

/// `GET /robots.txt`.
pub async fn robots(State(state): State<PortalState>) -> Response {
    let mut text = String::from("User-agent: *\n");
    for path in NOT_FOR_ROBOTS {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    text.push_str(&format!("\nSitemap: {}/sitemap.xml\n", state.public_url));
    (
        [
            (CONTENT_TYPE, "text/plain; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        text,
    )
        .into_response()
}

/// `GET /sitemap.xml`: fixed pages, the catalogue, upcoming fairs, courses,
/// published articles and the directory's places.
pub async fn sitemap(State(state): State<PortalState>) -> PageResult<Response> {
    let mut paths: Vec<String> = fixed_pages().into_iter().map(str::to_string).collect();
    paths.extend(CATALOGUE.iter().map(|e| format!("/entitlements/{}", e.id.slug())));
    let now = state.clock.now_local();
    let upcoming = fairs::upcoming(&state.db, now, &FairFilter::default()).await?;
    paths.extend(upcoming.iter().map(|f| format!("/jobs/fairs/{}", f.id)));
    let courses = training::courses(&state.db).await?;
    paths.extend(courses.iter().map(|c| format!("/training/{}", c.id)));
    let published = articles::published_items(&state.db, now).await?;
    paths.extend(published.into_iter().map(|a| a.path));
    let listed = places::places_for_search(&state.db).await?;
    paths.extend(listed.into_iter().map(|p| p.path));
    Ok((
        [
            (CONTENT_TYPE, "application/xml; charset=utf-8"),
            (CACHE_CONTROL, "public, no-cache"),
        ],
        url_set(&state.public_url, &paths),
    )
        .into_response())
}

/// The sitemaps.org document for `paths` under `base`.
fn url_set(base: &str, paths: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        xml.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            xml_escaped(&format!("{base}{path}"))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_pages_come_from_the_site_map_less_those_kept_from_robots() {
        let pages = fixed_pages();
        for wanted in ["/", "/news", "/policy", "/accessibility", "/site-map"] {
            assert!(pages.contains(&wanted), "{wanted} in {pages:?}");
        }
        for kept in ["/staff", "/account", "/account/details", "/applications"] {
            assert!(!pages.contains(&kept), "{kept} in {pages:?}");
        }
        assert!(!kept_from_robots("/accounts-help") && kept_from_robots("/api/x"));
        for page in crate::site_map::linked_pages() {
            assert!(pages.contains(&page) || kept_from_robots(page), "{page}");
        }
    }

    #[test]
    fn addresses_are_escaped_and_absolute() {
        let xml = url_set("https://a.example", &["/x?a=1&b=<2>".to_string()]);
        assert!(xml.contains("<loc>https://a.example/x?a=1&amp;b=&lt;2&gt;</loc>"));
        assert!(xml.starts_with("<?xml"));
        assert!(xml.trim_end().ends_with("</urlset>"));
    }
}
