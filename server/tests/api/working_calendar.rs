//! `/staff/calendar`: administrators list public holidays and make-up
//! working days, and the application review's overdue flags count with them.

use crate::helpers::{backends, spawn_app, spawn_app_at, TestApp};
use crate::residents::errors;
use crate::staff::staff_member;
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{TimeZone, Utc};

async fn audited(app: &TestApp, action: &str, target: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}' AND target = '{target}'"
    ))
    .await
}

#[tokio::test]
async fn administrators_add_and_remove_days_and_bad_input_is_explained() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let page = admin.browser.get("/staff/calendar?year=2026").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("National Day"), "2026 is seeded");
        assert!(
            page.body.contains("33 days off and 6 make-up working days"),
            "{}",
            page.body
        );

        let added = admin
            .browser
            .post_form(
                "/staff/calendar",
                "day=2027-02-06&kind=make_up_working_day&name_zh=%E6%98%A5%E8%8A%82&name_en=Spring+Festival",
            )
            .await;
        assert_eq!(added.status, 303);
        assert_eq!(added.header("location"), "/staff/calendar?year=2027&done=added");
        let year = admin.browser.get("/staff/calendar?year=2027").await;
        assert!(year.body.contains("Spring Festival"));
        assert_eq!(
            audited(&app, "add_calendar_day", "calendar_day:2027-02-06").await,
            1
        );

        // The same day again, a weekday as a make-up day, and nonsense.
        let again = admin
            .browser
            .post_form(
                "/staff/calendar",
                "day=2027-02-06&kind=holiday&name_zh=%E6%98%A5%E8%8A%82&name_en=Spring+Festival",
            )
            .await;
        assert_eq!(again.status, 422);
        assert_eq!(
            errors(&again.body),
            "#day This day is already listed; to change it, remove it and add it again"
        );
        let weekday = admin
            .browser
            .post_form(
                "/staff/calendar",
                "day=2027-02-08&kind=make_up_working_day&name_zh=x&name_en=Typed+name",
            )
            .await;
        assert_eq!(weekday.status, 422);
        assert!(
            weekday.body.contains("value=\"Typed name\""),
            "what was typed is kept"
        );
        assert_eq!(
            errors(&weekday.body),
            "#day A make-up working day is a Saturday or Sunday; Monday to Friday are working days already"
        );
        let nonsense = admin
            .browser
            .post_form(
                "/staff/calendar",
                "day=2027-13-45&kind=sometimes&name_zh=&name_en=+",
            )
            .await;
        assert_eq!(nonsense.status, 422);
        assert_eq!(
            errors(&nonsense.body).lines().count(),
            4,
            "{}",
            errors(&nonsense.body)
        );
        let far = admin
            .browser
            .post_form(
                "/staff/calendar",
                "day=9999-01-01&kind=holiday&name_zh=x&name_en=x",
            )
            .await;
        assert_eq!(far.status, 422);

        let removed = admin
            .browser
            .post_form("/staff/calendar/remove", "day=2027-02-06")
            .await;
        assert_eq!(removed.status, 303);
        assert_eq!(
            audited(&app, "remove_calendar_day", "calendar_day:2027-02-06").await,
            1
        );
        assert_eq!(
            admin
                .browser
                .post_form("/staff/calendar/remove", "day=2027-02-06")
                .await
                .status,
            404,
            "already gone"
        );
        assert_eq!(
            admin
                .browser
                .post_form("/staff/calendar/remove", "day=yesterday")
                .await
                .status,
            404
        );
        assert_eq!(admin.browser.get("/staff/calendar?year=-5").await.status, 200);

        let reviewer = staff_member(&app, "r@example.org", Role::DistrictApprover, "jiangbei").await;
        assert_eq!(reviewer.browser.get("/staff/calendar").await.status, 403);
        assert_eq!(
            reviewer
                .browser
                .post_form("/staff/calendar/remove", "day=2026-10-01")
                .await
                .status,
            403
        );
    }
}

/// An application waiting at the community since Monday 28 September 2026,
/// looked at on Tuesday 13 October: seven working days with the National Day
/// holiday, twelve once its days off are removed (the make-up Saturday
/// still counts), against the community's ten.
#[tokio::test]
async fn overdue_flags_count_working_days_with_the_holidays() {
    for backend in backends() {
        let thirteenth = Utc.with_ymd_and_hms(2026, 10, 13, 2, 0, 0).unwrap();
        let app = spawn_app_at(backend, &[], Clock::manual(thirteenth)).await;
        server::seed::applications(&app.db, 1, 1, 3, thirteenth)
            .await
            .expect("seed");
        let since = Utc.with_ymd_and_hms(2026, 9, 28, 2, 0, 0).unwrap();
        let community = app.count("SELECT COUNT(*) FROM application").await;
        assert_eq!(community, 1);
        let area: String = {
            use sea_orm::{ConnectionTrait, Statement};
            let backend = app.db.get_database_backend();
            app.db
                .execute(Statement::from_sql_and_values(
                    backend,
                    match backend {
                        sea_orm::DatabaseBackend::Postgres => {
                            "UPDATE application SET status = 'submitted', level_since = $1, submitted_at = $1"
                        }
                        _ => "UPDATE application SET status = 'submitted', level_since = ?, submitted_at = ?",
                    },
                    match backend {
                        sea_orm::DatabaseBackend::Postgres => vec![since.into()],
                        _ => vec![since.into(), since.into()],
                    },
                ))
                .await
                .expect("set the date");
            let row = app
                .db
                .query_one(Statement::from_string(
                    backend,
                    "SELECT area_code FROM application",
                ))
                .await
                .expect("read")
                .expect("one row");
            row.try_get("", "area_code").expect("area")
        };
        let worker = staff_member(&app, "c@example.org", Role::CommunityWorker, &area).await;
        let overdue = |page: &crate::helpers::Page| page.html().ids("/staff/applications/").len();
        let list = worker.browser.get("/staff/queue?overdue=1").await;
        assert_eq!(list.status, 200);
        assert_eq!(overdue(&list), 0, "seven working days: on time");
        let before = worker.browser.get("/staff/queue").await;
        assert!(before
            .body
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("7 working days at this level"));

        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        for day in 1..=7 {
            let removed = admin
                .browser
                .post_form("/staff/calendar/remove", &format!("day=2026-10-0{day}"))
                .await;
            assert_eq!(removed.status, 303);
        }
        let list = worker.browser.get("/staff/queue?overdue=1").await;
        assert_eq!(
            overdue(&list),
            1,
            "without the days off: twelve working days (the make-up Saturday still counts), overdue"
        );
        let all = worker.browser.get("/staff/queue").await;
        let shown = all.body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            shown.contains("12 working days at this level"),
            "days at the level are counted with the calendar"
        );
    }
}

/// A holiday an administrator adds through one server changes the overdue
/// flags the other server shows at once: the calendar is read from the
/// shared database on each request, not cached per server.
#[tokio::test]
async fn a_holiday_added_on_one_server_counts_on_the_other() {
    use app::domain::applications::ApplicationStatus;
    use app::domain::staff::ServiceLevels;
    use sea_orm::{ConnectionTrait, Statement};
    let Some((first, second)) = crate::helpers::spawn_two_servers(&[]).await else {
        return;
    };
    let today = first.clock.today();
    let calendar = app::web::working_calendar::working_calendar(&first.db)
        .await
        .expect("calendar");
    // The latest day from which the community's ten working days are one
    // past today, and a working day in between to declare a holiday.
    let allowed = ServiceLevels::default()
        .days_for(ApplicationStatus::Submitted)
        .expect("days");
    let mut since = today;
    while calendar.working_days_between(since, today) <= allowed {
        since = since.pred_opt().expect("a date");
    }
    let holiday = (1..)
        .map(|n| since + chrono::Duration::days(n))
        .find(|d| calendar.is_working_day(*d))
        .expect("a working day");
    server::seed::applications(&first.db, 1, 1, 5, first.clock.now())
        .await
        .expect("seed");
    let at = app::domain::local_time::chongqing_to_utc(since.and_hms_opt(10, 0, 0).expect("time"));
    first
        .db
        .execute(Statement::from_sql_and_values(
            first.db.get_database_backend(),
            "UPDATE application SET status = 'submitted', level_since = $1, submitted_at = $1",
            [at.into()],
        ))
        .await
        .expect("set the date");
    let area: String = first
        .db
        .query_one(Statement::from_string(
            first.db.get_database_backend(),
            "SELECT area_code FROM application",
        ))
        .await
        .expect("read")
        .expect("one row")
        .try_get("", "area_code")
        .expect("area");
    let worker = staff_member(&second, "c@example.org", Role::CommunityWorker, &area).await;
    let overdue = || async {
        worker
            .browser
            .get("/staff/queue?overdue=1")
            .await
            .html()
            .ids("/staff/applications/")
            .len()
    };
    assert_eq!(overdue().await, 1, "eleven working days on the second server");

    let admin = staff_member(&first, "admin@example.org", Role::Administrator, "jiangbei").await;
    let added = admin
        .browser
        .post_form(
            "/staff/calendar",
            &format!("day={holiday}&kind=holiday&name_zh=%E5%81%87&name_en=Day+off"),
        )
        .await;
    assert_eq!(added.status, 303, "added through the first server");
    assert_eq!(
        overdue().await,
        0,
        "ten working days on the second server at once"
    );
}
