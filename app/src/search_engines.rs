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

/// Public pages with a fixed address. Personal, staff and form-only
/// addresses are not listed (and robots are asked to keep out of them).
const FIXED_PAGES: &[&str] = &[
    "/",
    "/entitlements",
    "/check",
    "/jobs/fairs",
    "/jobs/fairs/past",
    "/training",
    "/news",
    "/notices",
    "/policy",
    "/places",
    "/search",
    "/alerts",
    "/accessibility",
    "/privacy",
    "/site-map",
];

/// Addresses robots should not crawl: pages behind a sign-in and the staff side.
const NOT_FOR_ROBOTS: &[&str] = &["/staff", "/account", "/applications", "/api"];

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
    let mut paths: Vec<String> = FIXED_PAGES.iter().map(|p| p.to_string()).collect();
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
    fn addresses_are_escaped_and_absolute() {
        let xml = url_set("https://a.example", &["/x?a=1&b=<2>".to_string()]);
        assert!(xml.contains("<loc>https://a.example/x?a=1&amp;b=&lt;2&gt;</loc>"));
        assert!(xml.starts_with("<?xml"));
        assert!(xml.trim_end().ends_with("</urlset>"));
    }
}
