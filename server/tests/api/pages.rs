use crate::helpers::{backends, spawn_app};

#[tokio::test]
async fn home_page_is_chinese_by_default_with_the_page_shell() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        assert_eq!(page.html_attr("lang"), "zh-CN");
        assert_eq!(page.title(), "首页 – 江北区残疾人服务");
        assert_eq!(page.h1s(), 1);
        let html = page.html();
        assert_eq!(
            html.count("body > a.skip-link:first-child"),
            1,
            "the skip link must come first"
        );
        assert_eq!(html.attrs("a.skip-link", "href"), ["#main"]);
        assert!(page.body.contains(r#"<main id="main""#));
        assert!(page.body.contains("<footer"));
        // The example contact details are marked as examples.
        assert!(page.body.contains("以下联系方式是示例"));
        assert!(page.body.contains("023-0000-0000"));
        // Links to what exists, and nothing else.
        for href in [
            "/check",
            "/entitlements",
            "/settings",
            "/accessibility",
            "/privacy",
        ] {
            assert!(page.body.contains(&format!(r#"href="{href}""#)), "{href}");
        }
    }
}

#[tokio::test]
async fn accept_language_chooses_english_and_the_cookie_overrides_it() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get_with("/", &[("accept-language", "en-GB,en;q=0.9")]).await;
        assert_eq!(page.html_attr("lang"), "en");
        assert_eq!(page.title(), "Home – Jiangbei Disability Services");

        let switch = app.get("/language/zh-CN?next=/privacy").await;
        assert_eq!(switch.status, 303);
        assert_eq!(switch.header("location"), "/privacy");
        assert!(switch.header("set-cookie").starts_with("lang=zh-CN;"));
        let page = app.get_with("/privacy", &[("accept-language", "en")]).await;
        assert_eq!(page.html_attr("lang"), "zh-CN");
        assert!(page.title().starts_with("隐私说明"));
    }
}

#[tokio::test]
async fn language_switch_link_is_in_the_other_language_and_comes_back_here() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/settings?saved=1").await;
        assert!(page.body.contains(
            r#"href="/language/en?next=/settings%3Fsaved%3D1" lang="en" hreflang="en">English</a>"#
        ));
        let away = app.get("/language/en?next=//evil.example").await;
        assert_eq!(away.header("location"), "/", "never redirect off the site");
    }
}

#[tokio::test]
async fn every_page_exists_in_both_languages_with_one_h1_and_a_titled_shell() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for (path, zh, en) in [
            ("/", "首页", "Home"),
            ("/settings", "显示设置", "Display settings"),
            ("/entitlements", "您可以获得的帮助", "Support you can get"),
            (
                "/entitlements/e04",
                "重度残疾人护理补贴",
                "Nursing subsidy for people with severe disabilities",
            ),
            ("/accessibility", "无障碍声明", "Accessibility statement"),
            ("/privacy", "隐私说明", "Privacy notice"),
        ] {
            let page = app.get_with(path, &[("cookie", "lang=zh-CN")]).await;
            assert_eq!(page.status, 200, "{path}");
            assert_eq!(page.title(), format!("{zh} – 江北区残疾人服务"));
            assert_eq!(page.h1s(), 1, "{path}");
            let page = app.get_with(path, &[("cookie", "lang=en")]).await;
            assert_eq!(page.title(), format!("{en} – Jiangbei Disability Services"));
            assert!(
                !page.body.contains("江北区残疾人服务</a>"),
                "{path}: header must be English"
            );
        }
    }
}

#[tokio::test]
async fn unknown_addresses_get_the_accessible_not_found_page() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for path in ["/no-such-page", "/language/fr", "/settings/extra", "/%FF%FE"] {
            let page = app.get(path).await;
            assert_eq!(page.status, 404, "{path}");
            assert_eq!(page.title(), "找不到这个页面 – 江北区残疾人服务", "{path}");
            assert!(page.body.contains(r#"<main id="main""#), "{path}");
        }
    }
}

#[tokio::test]
async fn only_pages_with_islands_load_the_wasm_bundle() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let home = app.get("/").await;
        assert!(!home.body.contains("portal.js"), "the home page has no island");
        assert!(!home.body.contains("<leptos-island"));
        let settings = app.get("/settings").await;
        assert!(settings.body.contains("/pkg/portal.js"));
        assert!(settings.body.contains("<leptos-island"));
    }
}

#[tokio::test]
async fn health_and_readiness() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let health = app.get("/healthz").await;
        assert_eq!((health.status, health.body.as_str()), (200, "ok"));
        let ready = app.get("/readyz").await;
        assert_eq!((ready.status, ready.body.as_str()), (200, "ready"));
    }
}
