//! What search engines and people arriving from them see: a description on
//! every page, `/robots.txt` keeping robots out of personal and staff pages,
//! `/sitemap.xml` listing the public pages, and the front door's lists.

use crate::helpers::{backends, spawn_app, spawn_app_with};

const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/entitlements",
    "/entitlements/e03",
    "/check",
    "/jobs/fairs",
    "/training",
    "/news",
    "/places",
    "/search",
    "/alerts",
    "/accessibility",
    "/privacy",
    "/site-map",
    "/sign-in",
    "/no-such-page",
];

#[tokio::test]
async fn every_page_has_one_description_of_its_own_in_both_languages() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for lang in ["zh-CN", "en"] {
            let cookie = format!("lang={lang}");
            let mut seen = Vec::new();
            for path in PUBLIC_PAGES {
                let page = app.get_with(path, &[("cookie", &cookie)]).await;
                let descriptions = page.html().attrs("meta[name=description]", "content");
                assert_eq!(descriptions.len(), 1, "{lang} {path}: {descriptions:?}");
                let description = descriptions.concat();
                assert!(description.chars().count() > 20, "{lang} {path}: {description}");
                assert!(
                    !seen.contains(&description),
                    "{lang} {path} repeats {description}"
                );
                seen.push(description);
            }
        }
    }
}

#[tokio::test]
async fn robots_are_kept_out_of_personal_pages_and_told_where_the_site_map_is() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_PUBLIC_URL", "https://portal.example")]).await;
        let robots = app.get("/robots.txt").await;
        assert_eq!(robots.status, 200);
        assert!(robots.header("content-type").starts_with("text/plain"));
        for line in [
            "User-agent: *",
            "Disallow: /staff",
            "Disallow: /account",
            "Disallow: /applications",
        ] {
            assert!(
                robots.body.lines().any(|l| l == line),
                "{line} in {}",
                robots.body
            );
        }
        assert!(robots
            .body
            .lines()
            .any(|l| l == "Sitemap: https://portal.example/sitemap.xml"));
    }
}

#[tokio::test]
async fn the_site_map_lists_public_pages_fairs_and_courses_and_nothing_personal() {
    for backend in backends() {
        let app = spawn_app_with(
            backend,
            &[
                ("PORTAL_PUBLIC_URL", "https://portal.example"),
                ("PORTAL_DEMO", "true"),
            ],
        )
        .await;
        let map = app.get("/sitemap.xml").await;
        assert_eq!(map.status, 200);
        assert!(map.header("content-type").starts_with("application/xml"));
        let locs: Vec<&str> = map
            .body
            .split("<loc>")
            .skip(1)
            .filter_map(|rest| rest.split("</loc>").next())
            .collect();
        for wanted in [
            "https://portal.example/",
            "https://portal.example/entitlements/e46",
        ] {
            assert!(locs.contains(&wanted), "{wanted} in {locs:?}");
        }
        assert!(locs
            .iter()
            .any(|l| l.starts_with("https://portal.example/jobs/fairs/")));
        assert!(locs
            .iter()
            .any(|l| l.starts_with("https://portal.example/training/")));
        assert!(locs
            .iter()
            .any(|l| l.starts_with("https://portal.example/places/")));
        assert!(locs
            .iter()
            .all(|l| !l.contains("/staff") && !l.contains("/account")));
        for loc in &locs {
            let path = loc.trim_start_matches("https://portal.example");
            assert_eq!(app.get(path).await.status, 200, "{path}");
        }
    }
}

#[tokio::test]
async fn the_front_door_shows_the_next_fairs() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_DEMO", "true")]).await;
        let home = app.get("/").await;
        let fair_links: Vec<String> = home
            .html()
            .attrs("main a", "href")
            .into_iter()
            .filter(|href| href.starts_with("/jobs/fairs/") && href != "/jobs/fairs/past")
            .collect();
        assert!(!fair_links.is_empty() && fair_links.len() <= 3, "{fair_links:?}");
        let empty = spawn_app(backend).await.get("/").await;
        assert!(empty.body.contains("目前没有即将举办的招聘会"));
    }
}

/// The site-map page and `/sitemap.xml` come from one list: every page the
/// site-map page links to is in `/sitemap.xml`, unless `/robots.txt` keeps
/// robots out of it.
#[tokio::test]
async fn every_site_map_page_link_is_in_sitemap_xml() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_PUBLIC_URL", "https://portal.example")]).await;
        let map = app.get("/sitemap.xml").await;
        let locs: Vec<String> = map
            .body
            .split("<loc>")
            .skip(1)
            .filter_map(|rest| rest.split("</loc>").next())
            .map(|loc| loc.trim_start_matches("https://portal.example").to_string())
            .collect();
        let robots = app.get("/robots.txt").await;
        let kept: Vec<&str> = robots
            .body
            .lines()
            .filter_map(|l| l.strip_prefix("Disallow: "))
            .collect();
        let page = app.get("/site-map").await;
        let links = page.html().attrs("main a", "href");
        assert!(links.len() > 10, "{links:?}");
        let mut listed = 0;
        for link in &links {
            let kept_out = kept
                .iter()
                .any(|k| link == k || link.starts_with(&format!("{k}/")));
            if kept_out {
                assert!(!locs.contains(link), "{link} is kept from robots but listed");
            } else {
                assert!(locs.contains(link), "{link} is on /site-map but not in {locs:?}");
                listed += 1;
            }
        }
        assert!(listed > 10, "{listed}");
        assert!(locs.contains(&"/site-map".to_string()));
    }
}
