//! Answers given to the checker before signing in say things about health;
//! on a shared computer they may be someone else's. Signing in forgets them
//! unless the person ticks that they are theirs.

use crate::helpers::{backends, spawn_app, TestApp};
use crate::residents::{errors, link_path, urlencode};

const PASSWORD: &str = "长城长江黄河泰山";

async fn answer_level(app: &TestApp) {
    let answered = app.post_form("/check/q/level", "answer=2").await;
    assert_eq!(answered.status, 303, "{}", errors(&answered.body));
    assert!(holds_answers(app).await);
}

async fn holds_answers(app: &TestApp) -> bool {
    let page = app.get("/check/q/level").await;
    page.html().count(r#"input[name="answer"][value="2"][checked]"#) == 1
}

/// An account with a password, signed out, in a browser of its own.
async fn account(app: &TestApp, email: &str) -> TestApp {
    let owner = app.other_browser();
    owner.register_and_sign_in("Zhao Lei", email).await;
    owner.set_password(PASSWORD).await;
    app.other_browser()
}

#[tokio::test]
async fn signing_in_forgets_the_checkers_answers_unless_kept() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let browser = account(&app, "zhao@example.cn").await;
        let form = browser.get("/sign-in").await;
        assert_eq!(
            form.html().count("#keep_answers"),
            0,
            "nothing to keep, no choice"
        );

        answer_level(&browser).await;
        let form = browser.get("/sign-in").await;
        assert_eq!(
            form.html()
                .count("input#keep_answers[type=checkbox]:not([checked])"),
            1
        );
        let body = format!("email=zhao%40example.cn&password={}", urlencode(PASSWORD));
        let signed_in = browser.post_form("/sign-in", &body).await;
        assert_eq!(signed_in.status, 303, "{}", errors(&signed_in.body));
        assert!(!holds_answers(&browser).await, "forgotten at sign-in");

        let kept = account(&app, "qian@example.cn").await;
        answer_level(&kept).await;
        let body = format!(
            "email=qian%40example.cn&password={}&keep_answers=yes",
            urlencode(PASSWORD)
        );
        let signed_in = kept.post_form("/sign-in", &body).await;
        assert_eq!(signed_in.status, 303, "{}", errors(&signed_in.body));
        assert!(holds_answers(&kept).await, "kept when chosen");
    }
}

#[tokio::test]
async fn an_emailed_link_offers_the_same_choice() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        account(&app, "zhao@example.cn").await;
        let browser = app.other_browser();
        answer_level(&browser).await;
        let asked = browser
            .post_form("/sign-in/link", "link_email=zhao%40example.cn")
            .await;
        assert_eq!(asked.status, 303, "{}", errors(&asked.body));
        let link = link_path(&app.last_mail_to("zhao@example.cn").await.body);
        let page = browser.get(&link).await;
        assert_eq!(page.html().count("input#keep_answers[type=checkbox]"), 1);
        let used = browser.post_form(&link, "keep_answers=yes").await;
        assert_eq!(used.status, 303, "{}", errors(&used.body));
        assert!(holds_answers(&browser).await, "kept when chosen");
    }
}
