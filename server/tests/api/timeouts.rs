//! Time limits (WCAG 2.2.1, 3.3.1): signed-in pages say when the session
//! ends and offer to stay signed in; a form sent after the end is kept for
//! the same person only and comes back filled in on its own page (not the
//! POST address) after signing in again, with the reason told; the staff
//! code step that times out says why and keeps where it was going; the
//! checker says it forgot its answers. The portal's clock is moved, never waited for.

use crate::applications::{complete_sections_in, start};
use crate::helpers::{backends, spawn_app_at, Backend, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::staff_member;
use app::accounts::second_factor::{code_at, seconds_at};
use app::applications::store as applications;
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{Duration, TimeZone, Utc};
use sea_orm::EntityTrait;

const PASSWORD: &str = "a long resident password 2026";
const STAFF_PASSWORD: &str = "a long staff password 2026";
const GUANYINQIAO_1: &str = "jiangbei.guanyinqiao.community1";

/// 10:00 in Chongqing.
async fn app_at_ten(backend: Backend) -> TestApp {
    let ten = Utc
        .with_ymd_and_hms(2026, 6, 1, 2, 0, 0)
        .single()
        .expect("a time");
    spawn_app_at(backend, &[], Clock::manual(ten)).await
}

fn away(app: &TestApp, minutes: i64) {
    app.clock.advance(Duration::minutes(minutes));
}

async fn sign_in_with_password(app: &TestApp, email: &str, next: &str) -> String {
    let signed_in = app
        .post_form(
            "/sign-in",
            &format!(
                "email={}&password={}&next={}",
                urlencode(email),
                urlencode(PASSWORD),
                urlencode(next)
            ),
        )
        .await;
    assert_eq!(signed_in.status, 303, "{}", errors(&signed_in.body));
    signed_in.header("location").to_string()
}

#[tokio::test]
async fn signed_in_pages_say_when_the_session_ends_and_staying_signed_in_keeps_it() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        let anonymous = app.get("/entitlements").await;
        assert!(
            !anonymous.body.contains("/session/extend"),
            "only signed-in pages"
        );

        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let page = app.get("/account/details").await;
        assert_eq!(page.status, 200);
        assert!(
            page.body
                .contains("signed out after 60 minutes without activity (at about 11:00)"),
            "the time, without JavaScript: {}",
            page.html().texts(".session-timer").concat()
        );
        assert_eq!(
            page.html()
                .attrs("form[action='/session/extend'] input[name=next]", "value"),
            ["/account/details"]
        );
        assert!(
            page.body.contains("SessionWarning"),
            "the warning island is on the page"
        );

        // Staying signed in (the form) comes back to the page and starts the hour again.
        away(&app, 50);
        let stayed = app
            .post_form("/session/extend", "next=%2Faccount%2Fdetails")
            .await;
        assert_eq!(stayed.header("location"), "/account/details");
        away(&app, 50);
        // The island asks without a `next`, and gets no page.
        assert_eq!(app.post_form("/session/extend", "").await.status, 204);
        away(&app, 59);
        let still = app.get("/account/details").await;
        assert_eq!(still.status, 200, "{}", app.backend);
        assert!(
            still.body.contains("(at about 13:39)"),
            "later: {}",
            still.html().texts(".session-timer").concat()
        );

        // An hour and a minute later the session has ended, and the next page says why, once.
        away(&app, 61);
        assert_eq!(app.post_form("/session/extend", "").await.status, 401);
        let ended = app.get("/account").await;
        assert_eq!(ended.header("location"), "/sign-in?next=/account");
        let sign_in = app.get("/sign-in?next=/account").await;
        assert!(
            sign_in
                .body
                .contains("You were signed out because there was no activity"),
            "{}",
            sign_in.body
        );
        assert!(!app.get("/sign-in").await.body.contains("You were signed out"));
    }
}

#[tokio::test]
async fn a_form_sent_after_the_session_ended_comes_back_filled_in_for_the_same_person_only() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        app.set_password(PASSWORD).await;
        let other = app.other_browser();
        other.register_and_sign_in("Zhao Wei", "zhao@example.cn").await;
        other.set_password(PASSWORD).await;

        away(&app, 61);
        let sent = app
            .post_form(
                "/account/details",
                "full_name=Li+Ming+Typed+Late&email_language=en",
            )
            .await;
        assert_eq!(sent.header("location"), "/sign-in?next=/account/details");
        let sign_in = app.get("/sign-in?next=/account/details").await;
        assert!(
            sign_in.body.contains("what you entered has been kept"),
            "the reason is told: {}",
            sign_in.body
        );
        assert!(
            !sign_in.body.contains("Li Ming Typed Late"),
            "never in the sign-in page"
        );

        // Someone else signing in on this computer does not get it.
        let location = sign_in_with_password(&app, "zhao@example.cn", "/account/details").await;
        assert_eq!(location, "/account/details");
        let theirs = app.get("/account/details").await;
        assert!(!theirs.body.contains("Typed Late"), "{}", app.backend);
        app.post_form("/sign-out", "").await;

        // The same person gets it back, once, on the form's page.
        sign_in_with_password(&app, "li@example.cn", "/account").await;
        away(&app, 61);
        app.post_form(
            "/account/details",
            "full_name=Li+Ming+Typed+Late&email_language=en",
        )
        .await;
        app.get("/sign-in").await;
        sign_in_with_password(&app, "li@example.cn", "/account/details").await;
        let mine = app.get("/account/details").await;
        assert_eq!(
            mine.html().attrs("#full_name", "value"),
            ["Li Ming Typed Late"],
            "{}",
            app.backend
        );
        let again = app.get("/account/details").await;
        assert_eq!(again.html().attrs("#full_name", "value"), ["Li Ming"]);
    }
}

#[tokio::test]
async fn a_reply_sent_to_a_post_only_address_after_the_end_returns_to_the_status_page_filled_in() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        app.register_and_sign_in("Hu Jun", "hu@example.cn").await;
        app.set_password(PASSWORD).await;
        let id = start(&app, "self").await;
        complete_sections_in(&app, id, GUANYINQIAO_1).await;
        app.post_form(&format!("/applications/{id}/submit"), "").await;
        ask_for_more(&app, id).await;

        away(&app, 61);
        let sent = app
            .upload(
                &format!("/applications/{id}/respond"),
                "",
                b"",
                &[("message", "Here is the household register")],
            )
            .await;
        assert_eq!(
            sent.header("location"),
            format!("/sign-in?next=/applications/{id}"),
            "the status page, not the POST-only address"
        );
        assert!(app
            .get(sent.header("location"))
            .await
            .body
            .contains("what you entered has been kept"));
        let location = sign_in_with_password(&app, "hu@example.cn", &format!("/applications/{id}")).await;
        let status = app.get(&location).await;
        assert_eq!(status.status, 200, "not 405: {}", status.body);
        assert_eq!(
            status.html().texts("textarea#message").concat(),
            "Here is the household register"
        );
    }
}

/// A reviewer asks for more information (as tests/api/applications.rs does).
async fn ask_for_more(app: &TestApp, id: i32) {
    let row = applications::application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("read the application")
        .expect("the application");
    let application = applications::Application::try_from(row).expect("a readable application");
    let reviewer = app::web::audit::Actor {
        staff_id: Some(1),
        name: "Reviewer".into(),
        client_address: "127.0.0.1".into(),
        at: app.clock.now(),
    };
    let moved = applications::decide(
        &app.db,
        "http://127.0.0.1",
        &application,
        &reviewer,
        &applications::Decision::RequestInformation {
            message: "请上传户口簿首页".into(),
        },
    )
    .await
    .expect("request information");
    assert!(moved);
}

async fn staff_password(browser: &TestApp, email: &str, next: &str) -> String {
    let password = browser
        .post_form(
            "/staff",
            &format!(
                "email={}&password={}&next={}",
                urlencode(email),
                urlencode(STAFF_PASSWORD),
                urlencode(next)
            ),
        )
        .await;
    assert_eq!(password.status, 303, "{}", errors(&password.body));
    password.header("location").to_string()
}

#[tokio::test]
async fn staff_who_are_signed_out_come_back_to_the_page_of_their_form_with_the_reason() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        let resident = app.other_browser();
        resident.register_and_sign_in("Ma Li", "ma@example.cn").await;
        let id = start(&resident, "self").await;
        complete_sections_in(&resident, id, GUANYINQIAO_1).await;
        resident
            .post_form(&format!("/applications/{id}/submit"), "")
            .await;
        let worker = staff_member(&app, "worker@example.cn", Role::CommunityWorker, GUANYINQIAO_1).await;
        let staff = &worker.browser;

        away(&app, 61);
        let sent = staff
            .post_form(
                &format!("/staff/applications/{id}/notes"),
                "note=Called+the+family",
            )
            .await;
        let page = format!("/staff/applications/{id}");
        assert_eq!(sent.header("location"), format!("/staff?next={page}"));
        let sign_in = staff.get(sent.header("location")).await;
        assert!(
            sign_in.body.contains("what you entered has been kept"),
            "{}",
            sign_in.body
        );

        let step = staff_password(staff, &worker.email, &page).await;
        assert_eq!(step, format!("/staff/two-factor?next={page}"));
        let code = code_at(&worker.secret, seconds_at(app.clock.now()) + 30).expect("a code");
        let signed_in = staff
            .post_form(
                "/staff/two-factor",
                &format!("code={code}&next={}", urlencode(&page)),
            )
            .await;
        assert_eq!(signed_in.header("location"), page, "{}", errors(&signed_in.body));
        let review = staff.get(&page).await;
        assert_eq!(review.status, 200);
        assert_eq!(review.html().texts("textarea#note").concat(), "Called the family");
    }
}

#[tokio::test]
async fn a_staff_code_entered_too_late_says_why_and_keeps_where_it_was_going() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        let worker = staff_member(&app, "late@example.cn", Role::CommunityWorker, GUANYINQIAO_1).await;
        let staff = &worker.browser;
        let step = staff_password(staff, &worker.email, "/staff/queue").await;
        assert_eq!(step, "/staff/two-factor?next=/staff/queue");

        away(&app, 11);
        let late = staff.get(&step).await;
        assert_eq!(late.header("location"), "/staff?next=/staff/queue");
        let again = staff.get("/staff?next=/staff/queue").await;
        assert!(
            again.body.contains("The code was not entered within 10 minutes"),
            "{}",
            again.body
        );
        assert_eq!(again.html().attrs("input[name=next]", "value"), ["/staff/queue"]);

        // Sending the code too late says the same.
        staff_password(staff, &worker.email, "/staff/queue").await;
        away(&app, 11);
        let code = code_at(&worker.secret, seconds_at(app.clock.now()) + 30).expect("a code");
        let sent = staff
            .post_form("/staff/two-factor", &format!("code={code}&next=%2Fstaff%2Fqueue"))
            .await;
        assert_eq!(sent.header("location"), "/staff?next=/staff/queue");
        assert!(staff
            .get("/staff?next=/staff/queue")
            .await
            .body
            .contains("The code was not entered within 10 minutes"));
    }
}

#[tokio::test]
async fn the_checker_says_when_it_forgot_its_answers() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        app.get("/language/en?next=/").await;
        let answered = app.post_form("/check/q/registered", "answer=yes").await;
        assert_eq!(answered.status, 303);
        let answers = app.get("/check/answers").await;
        assert!(!answers.body.contains("were cleared"));

        away(&app, 61);
        let later = app.get("/check/answers").await;
        assert!(
            later
                .body
                .contains("your earlier answers to the checker were cleared"),
            "{}",
            later.body
        );
        assert!(
            !app.get("/check/answers").await.body.contains("were cleared"),
            "said once"
        );
    }
}
