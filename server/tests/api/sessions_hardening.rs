//! Sessions that cannot be kept for ever: a staff session ends 10 hours
//! after its password however active its member.

use crate::helpers::{backends, spawn_app_at, Backend, TestApp};
use crate::residents::{errors, urlencode};
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
