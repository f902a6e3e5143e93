//! Finding things another way than from the home page (WCAG 2.4.5): a site
//! map linked from every page's footer, and the employment support pages
//! linking to the job fairs and the training.

use crate::helpers::{backends, spawn_app};

#[tokio::test]
async fn every_page_links_to_a_site_map_of_every_section_in_both_languages() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for page in ["/", "/entitlements/e03", "/sign-in", "/staff"] {
            let footer_links = app.get(page).await.html().attrs("footer a", "href");
            assert!(
                footer_links.contains(&"/site-map".to_string()),
                "{page}: {footer_links:?}"
            );
        }
        let zh = app.get("/site-map").await;
        assert_eq!(zh.status, 200);
        assert_eq!(zh.title(), "网站地图 – 江北区残疾人服务");
        let links = zh.html().attrs("main a", "href");
        for section in [
            "/entitlements",
            "/check",
            "/jobs/fairs",
            "/training",
            "/account",
            "/applications",
            "/account/bookings",
            "/settings",
            "/accessibility",
            "/privacy",
            "/staff",
        ] {
            assert!(links.contains(&section.to_string()), "{section} in {links:?}");
        }
        let en = app.get_with("/site-map", &[("cookie", "lang=en")]).await;
        assert_eq!(en.html().texts("h1").concat(), "Site map");
    }
}

#[tokio::test]
async fn employment_support_links_to_job_fairs_and_training() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for code in ["e17", "e18", "e19", "e20", "e21"] {
            let links = app
                .get(&format!("/entitlements/{code}"))
                .await
                .html()
                .attrs("main a", "href");
            assert!(links.contains(&"/jobs/fairs".to_string()), "{code}: {links:?}");
            assert!(links.contains(&"/training".to_string()), "{code}: {links:?}");
        }
        let living = app.get("/entitlements/e03").await.html().attrs("main a", "href");
        assert!(
            !living.contains(&"/training".to_string()),
            "only employment support"
        );
    }
}
