use crate::helpers::{backends, between, spawn_app};

#[tokio::test]
async fn cross_site_form_posts_are_refused_and_change_nothing() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let form = "text=largest&contrast=high&spacing=wide";
        let cross_site = app
            .post_form_with("/settings", form, &[("sec-fetch-site", "cross-site")])
            .await;
        assert_eq!(cross_site.status, 403);
        assert!(cross_site.headers.get("set-cookie").is_none());
        assert!(cross_site.body.contains("无法处理这个请求"));
        let host = app.address.trim_start_matches("http://").to_string();
        let evil = app
            .post_form_with(
                "/settings",
                form,
                &[("origin", "http://evil.example"), ("host", host.as_str())],
            )
            .await;
        assert_eq!(evil.status, 403);
        let same = app.post_form("/settings", form).await;
        assert_eq!(same.status, 303);
    }
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_fresh_nonce_on_their_scripts() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/settings").await;
        let csp = page.header("content-security-policy").to_string();
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(csp.contains("object-src 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        let nonce = between(&csp, "'nonce-", "'").expect("a nonce in the CSP");
        assert!(
            page.body.contains(&format!(r#"nonce="{nonce}""#)),
            "the hydration script carries the nonce"
        );
        assert_eq!(page.header("x-content-type-options"), "nosniff");
        assert_eq!(page.header("referrer-policy"), "same-origin");
        assert_eq!(page.header("x-frame-options"), "DENY");

        let again = app.get("/settings").await;
        let second = between(again.header("content-security-policy"), "'nonce-", "'");
        assert_ne!(Some(nonce), second, "every response gets its own nonce");
        // Non-page responses are covered too.
        assert!(app
            .get("/healthz")
            .await
            .header("content-security-policy")
            .contains("frame-ancestors"));
    }
}

/// Pages depend on cookies (language, display, who is signed in): the browser
/// asks again each time, whatever the status, and only a public page seen
/// without a session may be kept by a shared cache (varying by those
/// cookies). An emailed link's page (it names an account) is kept in no
/// cache at all.
#[tokio::test]
async fn pages_are_private_and_asked_for_again() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for (path, status, caching) in [
            ("/", 200, "public, no-cache"),
            ("/check", 200, "private, no-cache"),
            ("/sign-in/link/expired", 410, "no-store"),
            ("/no-such-page", 404, "private, no-cache"),
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status, status, "{path}");
            assert_eq!(page.header("cache-control"), caching, "{path}");
        }
    }
}
