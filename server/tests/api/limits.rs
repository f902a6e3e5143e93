//! Limits on guessing hold under pressure: requests sent at once take their
//! turn, a lock is per client so nobody else can lock someone out, and a
//! burst of password checks leaves the server free to answer other pages.

use crate::helpers::{backends, spawn_app, spawn_app_with, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, PASSWORD};
use app::accounts::second_factor::{code_at, seconds_at};
use app::domain::staff::Role;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const LOCKED: &str = "之后再试";
const RESIDENT_PASSWORD: &str = "长城长江黄河泰山";

/// Sends `body` to `path` `n` times at once from `browser`, each time as
/// the client `client(i)` (behind the trusted proxy) when given; the
/// answers' error summaries.
async fn at_once(
    browser: &TestApp,
    path: &str,
    n: usize,
    body: impl Fn(usize) -> String,
    client: impl Fn(usize) -> Option<String>,
) -> Vec<(u16, String)> {
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let mut request = browser
            .client
            .post(browser.url(path))
            .header("origin", browser.address.clone())
            .header("sec-fetch-site", "same-origin")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body(i));
        if let Some(client) = client(i) {
            request = request.header("x-forwarded-for", client);
        }
        tasks.spawn(async move {
            let response = request.send().await.expect("POST");
            let status = response.status().as_u16();
            (status, errors(&response.text().await.expect("body")))
        });
    }
    let mut answers = Vec::new();
    while let Some(answer) = tasks.join_next().await {
        answers.push(answer.expect("request task"));
    }
    answers
}

fn wrong_and_locked(answers: &[(u16, String)]) -> (usize, usize) {
    let locked = answers.iter().filter(|(_, e)| e.contains(LOCKED)).count();
    (answers.len() - locked, locked)
}

async fn resident_with_password(app: &TestApp, email: &str) {
    app.register_and_sign_in("Zhao Lei", email).await;
    app.set_password(RESIDENT_PASSWORD).await;
}

#[tokio::test]
async fn fifty_wrong_passwords_at_once_get_no_more_answers_than_the_limit() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        resident_with_password(&app, "zhao@example.cn").await;
        let attacker = app.other_browser();
        let answers = at_once(
            &attacker,
            "/sign-in",
            50,
            |i| format!("email=zhao%40example.cn&password=guess{i}xyz"),
            |_| None,
        )
        .await;
        assert!(answers.iter().all(|(status, _)| *status == 422));
        let (wrong, locked) = wrong_and_locked(&answers);
        assert!(
            wrong <= 5,
            "{wrong} answered wrong, {locked} locked ({})",
            app.backend
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM auth_failure WHERE key LIKE 'password:email:%'")
                .await,
            5,
            "five attempts counted, no more"
        );
    }
}

#[tokio::test]
async fn fifty_registrations_at_once_from_one_client_send_no_more_than_the_limit() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let answers = at_once(
            &app,
            "/register",
            50,
            |i| format!("full_name=P{i}&email=p{i}%40example.cn&email_language=en"),
            |_| None,
        )
        .await;
        let accepted = answers.iter().filter(|(status, _)| *status == 303).count();
        assert!(
            accepted <= 20,
            "{accepted} registrations let through ({})",
            app.backend
        );
        assert_eq!(answers.len() - accepted, 50 - accepted);
        assert!(app.count("SELECT COUNT(*) FROM outbox").await <= 20);
    }
}

#[tokio::test]
async fn fifty_staff_passwords_and_fifty_codes_at_once_get_no_more_answers_than_the_limit() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_TRUSTED_PROXIES", "127.0.0.1")]).await;
        let staffer = staff_member(&app, "c@example.org", Role::Administrator, "jiangbei").await;
        let guesser = app.other_browser();
        let answers = at_once(
            &guesser,
            "/staff",
            50,
            |i| format!("email=c%40example.org&password=guess{i}"),
            |_| Some("198.51.100.7".to_string()),
        )
        .await;
        let (wrong, locked) = wrong_and_locked(&answers);
        assert!(
            wrong <= 5,
            "{wrong} passwords answered wrong, {locked} locked ({})",
            app.backend
        );

        // Someone with the phished password, elsewhere, guessing codes.
        let phisher = app.other_browser();
        let elsewhere = [
            ("origin", app.address.as_str()),
            ("sec-fetch-site", "same-origin"),
            ("x-forwarded-for", "203.0.113.5"),
        ];
        let body = format!("email=c%40example.org&password={}", urlencode(PASSWORD));
        let password = phisher.post_form_with("/staff", &body, &elsewhere).await;
        assert_eq!(
            password.header("location"),
            "/staff/two-factor",
            "{}",
            errors(&password.body)
        );
        let right: u32 = code_at(&staffer.secret, seconds_at(app.clock.now()))
            .and_then(|code| code.parse().ok())
            .expect("a code");
        let answers = at_once(
            &phisher,
            "/staff/two-factor",
            50,
            |i| format!("code={:06}", (right + 1 + i as u32 * 7919) % 1_000_000),
            |_| Some("203.0.113.5".to_string()),
        )
        .await;
        let (wrong, locked) = wrong_and_locked(&answers);
        assert!(
            wrong <= 5,
            "{wrong} codes answered wrong, {locked} locked ({})",
            app.backend
        );
        assert!(locked >= 45);
    }
}

#[tokio::test]
async fn failures_from_one_client_do_not_lock_out_the_owner_elsewhere() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_TRUSTED_PROXIES", "127.0.0.1")]).await;
        let staffer = staff_member(&app, "s@example.org", Role::Administrator, "jiangbei").await;
        resident_with_password(&app, "zhao@example.cn").await;
        let from = |client: &'static str| move |_| Some(client.to_string());
        let attacker = app.other_browser();
        for (path, body) in [
            ("/staff", "email=s%40example.org&password=guess".to_string()),
            (
                "/sign-in",
                "email=zhao%40example.cn&password=guessguess".to_string(),
            ),
        ] {
            let answers = at_once(&attacker, path, 6, |_| body.clone(), from("198.51.100.7")).await;
            assert!(
                answers.iter().any(|(_, e)| e.contains(LOCKED)),
                "{path} locks the attacker"
            );
        }

        let owner = staffer.browser;
        let header = [
            ("origin", app.address.as_str()),
            ("sec-fetch-site", "same-origin"),
            ("x-forwarded-for", "203.0.113.20"),
        ];
        let body = format!("email=s%40example.org&password={}", urlencode(PASSWORD));
        let password = owner.post_form_with("/staff", &body, &header).await;
        assert_eq!(
            password.header("location"),
            "/staff/two-factor",
            "{}",
            errors(&password.body)
        );
        let code = code_at(&staffer.secret, seconds_at(app.clock.now()) + 30).expect("a code");
        let signed_in = owner
            .post_form_with("/staff/two-factor", &format!("code={code}"), &header)
            .await;
        assert_eq!(
            signed_in.header("location"),
            "/staff/home",
            "{}",
            errors(&signed_in.body)
        );

        let resident = app.other_browser();
        let body = format!(
            "email=zhao%40example.cn&password={}",
            urlencode(RESIDENT_PASSWORD)
        );
        let signed_in = resident.post_form_with("/sign-in", &body, &header).await;
        assert_eq!(signed_in.status, 303, "{}", errors(&signed_in.body));
    }
}

#[tokio::test]
async fn the_server_answers_other_requests_while_many_passwords_are_checked() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_TRUSTED_PROXIES", "127.0.0.1")]).await;
        staff_member(&app, "c@example.org", Role::Administrator, "jiangbei").await;
        let done = Arc::new(AtomicUsize::new(0));
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..64 {
            let (client, url, origin, done) = (
                app.client.clone(),
                app.url("/staff"),
                app.address.clone(),
                done.clone(),
            );
            tasks.spawn(async move {
                let sent = client
                    .post(url)
                    .header("origin", origin)
                    .header("sec-fetch-site", "same-origin")
                    .header("x-forwarded-for", format!("198.51.100.{}", i + 1))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("email=c%40example.org&password=guess{i}"))
                    .send()
                    .await;
                done.fetch_add(1, Ordering::SeqCst);
                sent.map(|r| r.status().as_u16())
            });
        }
        while done.load(Ordering::SeqCst) == 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let health = app.get("/healthz").await;
        let finished = done.load(Ordering::SeqCst);
        assert_eq!(health.status, 200);
        assert!(
            finished < 64,
            "/healthz waited for all {finished} password checks ({})",
            app.backend
        );
        while let Some(status) = tasks.join_next().await {
            assert_eq!(status.expect("task").expect("POST"), 422);
        }
    }
}
