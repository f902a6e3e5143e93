//! Sessions that cannot be kept for ever or taken over: a staff session
//! ends 10 hours after its password however active its member, and a
//! password is changed only with the current one or just after an emailed
//! link.

use crate::helpers::{backends, spawn_app_at, Backend, TestApp};
use crate::residents::{errors, link_path, urlencode};
use crate::staff::staff_member;
use app::accounts::second_factor::{code_at, seconds_at};
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{Duration, TimeZone, Utc};

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

#[tokio::test]
async fn a_staff_member_active_all_day_signs_in_again_after_10_hours() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        let worker = staff_member(&app, "busy@example.cn", Role::CommunityWorker, GUANYINQIAO_1).await;
        let staff = &worker.browser;

        // A page every 5 minutes for 9 hours 55 minutes.
        for _ in 0..119 {
            app.clock.advance(Duration::minutes(5));
            let home = staff.get("/staff/home").await;
            assert_eq!(home.status, 200, "at {}", app.clock.now());
        }
        app.clock.advance(Duration::minutes(5));
        let ended = staff.get("/staff/queue").await;
        assert_eq!(ended.header("location"), "/staff?next=/staff/queue");
        let sign_in = staff.get("/staff?next=/staff/queue").await;
        assert!(
            sign_in.body.contains("signed in for 10 hours"),
            "{}",
            sign_in.body
        );

        let password = staff
            .post_form(
                "/staff",
                &format!(
                    "email={}&password={}&next=/staff/queue",
                    urlencode(&worker.email),
                    urlencode(STAFF_PASSWORD)
                ),
            )
            .await;
        assert_eq!(password.status, 303, "{}", errors(&password.body));
        let code = code_at(&worker.secret, seconds_at(app.clock.now())).expect("a code");
        let signed_in = staff
            .post_form("/staff/two-factor", &format!("code={code}&next=/staff/queue"))
            .await;
        assert_eq!(
            signed_in.header("location"),
            "/staff/queue",
            "{}",
            errors(&signed_in.body)
        );
        assert_eq!(staff.get("/staff/queue").await.status, 200);
    }
}

#[tokio::test]
async fn changing_a_password_takes_the_current_one_once_the_emailed_link_is_not_fresh() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        app.register_and_sign_in("Wang Fang", "wang@example.cn").await;
        let fresh = app.get("/account/password").await;
        assert!(fresh.html().attrs("#current_password", "name").is_empty());
        app.set_password("the first long password").await;

        app.clock.advance(Duration::minutes(16));
        let page = app.get("/account/password").await;
        assert_eq!(
            page.html().attrs("#current_password", "name"),
            ["current_password"]
        );
        let empty = app
            .post_form("/account/password", "password=a+second+long+password")
            .await;
        assert_eq!(empty.status, 422);
        assert!(errors(&empty.body).contains("#current_password Enter your current password"));
        let wrong = app
            .post_form(
                "/account/password",
                "current_password=not+the+password&password=a+second+long+password",
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert!(
            errors(&wrong.body).contains("#current_password The current password is not right"),
            "{}",
            errors(&wrong.body)
        );
        assert!(!wrong.body.contains("not the password") && !wrong.body.contains("a second long"));

        let other = app.other_browser();
        let old = other
            .post_form(
                "/sign-in",
                "email=wang%40example.cn&password=the+first+long+password",
            )
            .await;
        assert_eq!(old.status, 303, "still the first password: {}", errors(&old.body));

        let changed = app
            .post_form(
                "/account/password",
                "current_password=the+first+long+password&password=a+second+long+password",
            )
            .await;
        assert_eq!(
            changed.header("location"),
            "/account?done=password",
            "{}",
            errors(&changed.body)
        );
        let third = app.other_browser();
        let new = third
            .post_form(
                "/sign-in",
                "email=wang%40example.cn&password=a+second+long+password",
            )
            .await;
        assert_eq!(new.status, 303, "{}", errors(&new.body));
    }
}

#[tokio::test]
async fn an_account_without_a_password_sets_one_through_an_emailed_link() {
    for backend in backends() {
        let app = app_at_ten(backend).await;
        app.register_and_sign_in("Li Na", "li@example.cn").await;
        app.clock.advance(Duration::minutes(16));

        let page = app.get("/account/password").await;
        assert_eq!(page.status, 200);
        assert!(page.html().attrs("input[type=password]", "name").is_empty());
        assert!(page
            .html()
            .attrs("form", "action")
            .contains(&"/password-reset".to_string()));
        assert!(page.body.contains("no password yet"), "{}", page.body);
        let refused = app
            .post_form("/account/password", "password=a+long+enough+password")
            .await;
        assert_eq!(refused.header("location"), "/account/password");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resident_account WHERE password_hash IS NOT NULL")
                .await,
            0
        );

        let asked = app.post_form("/password-reset", "email=li%40example.cn").await;
        assert_eq!(asked.status, 303, "{}", errors(&asked.body));
        let link = link_path(&app.last_mail_to("li@example.cn").await.body);
        assert!(link.starts_with("/password-reset/"), "{link}");
        let set = app.post_form(&link, "password=a+long+enough+password").await;
        assert_eq!(set.header("location"), "/account?done=password");
    }
}
