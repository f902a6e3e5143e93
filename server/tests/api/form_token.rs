//! Browsers that say neither where a form comes from (`Sec-Fetch-Site`) nor
//! its `Origin` must send the session's form token, which every page with
//! a session puts first in each of its forms.

use crate::helpers::{backends, spawn_app, TestApp};
use crate::residents::errors;

fn token_in(body: &str) -> String {
    crate::helpers::between(body, r#"name="csrf_token" value=""#, "\"").unwrap_or_default()
}

async fn post_without_origin(app: &TestApp, path: &str, body: &str) -> crate::helpers::Page {
    app.post_form_with(path, body, &[]).await
}

#[tokio::test]
async fn a_form_without_origin_needs_the_session_token_and_one_with_it_works() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhao Lei", "zhao@example.cn").await;
        let account = app.get("/account").await;
        let token = token_in(&account.body);
        assert_eq!(
            token.len(),
            43,
            "every form of a page with a session has the token"
        );
        let forms = account.html().count(r#"form[method="post"]"#);
        let tokens = account
            .html()
            .count(r#"form[method="post"] > input[name="csrf_token"]:first-child"#);
        assert_eq!(forms, tokens, "the token is the first field of each form");

        let forged = post_without_origin(&app, "/sign-out", "").await;
        assert_eq!(forged.status, 403, "no token: refused");
        let wrong = post_without_origin(&app, "/sign-out", "csrf_token=AAAA").await;
        assert_eq!(wrong.status, 403, "a wrong token: refused");
        let elsewhere = app.other_browser();
        elsewhere.register_and_sign_in("Qian Li", "qian@example.cn").await;
        let other_token = token_in(&elsewhere.get("/account").await.body);
        assert!(!other_token.is_empty() && other_token != token);
        let stolen = post_without_origin(&app, "/sign-out", &format!("csrf_token={other_token}")).await;
        assert_eq!(stolen.status, 403, "another session's token: refused");
        assert_eq!(app.get("/account").await.status, 200, "still signed in");

        let sent = post_without_origin(&app, "/sign-out", &format!("csrf_token={token}")).await;
        assert_eq!(sent.status, 303, "{}", errors(&sent.body));
        assert_eq!(app.get("/account").await.status, 303, "signed out");
    }
}

#[tokio::test]
async fn without_a_session_a_form_needs_no_token() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/sign-in").await;
        assert!(token_in(&page.body).is_empty(), "no session, no token");
        let sent = post_without_origin(&app, "/sign-in/link", "link_email=zhao%40example.cn").await;
        assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    }
}
