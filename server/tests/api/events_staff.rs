//! Running fairs and training from the staff workspace: content editors
//! create and edit within their area only, attendee lists with check-in,
//! hires and CSV, cancelling notifies everyone, capacity changes and the
//! waiting list, completion certificates, and the audit trail.

use crate::events::resident_booking;
use crate::helpers::{backends, spawn_app, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::local_time::utc_to_chongqing;
use app::domain::staff::Role;
use chrono::{Duration, Utc};

const STREET: &str = "jiangbei.guanyinqiao";

fn in_days(days: i64) -> String {
    (utc_to_chongqing(Utc::now()).date() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

fn fair_form(title: &str) -> String {
    format!(
        "title_zh={}&title_en=&summary_zh={}&summary_en=&date={}&starts=09:00&ends=12:00&venue_zh={}&venue_en=&address_zh={}&address_en=&transport_zh={}&transport_en=&feature=step-free&feature=hearing-loop",
        urlencode(title),
        urlencode("专场招聘会"),
        in_days(20),
        urlencode("观音桥街道办事处"),
        urlencode("建新北路 1 号"),
        urlencode("轻轨 3 号线")
    )
}

/// The id after `prefix` in a redirect's location.
fn id_in(location: &str, prefix: &str) -> i32 {
    location
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("{location} does not start with {prefix}"))
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("an id")
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .await
}

#[tokio::test]
async fn editors_run_fairs_in_their_own_area_only() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let street: Staffer =
            staff_member(&app, "street.editor@example.org", Role::ContentEditor, STREET).await;
        let district = staff_member(
            &app,
            "district.editor@example.org",
            Role::ContentEditor,
            "jiangbei",
        )
        .await;
        let other = staff_member(
            &app,
            "wulidian.editor@example.org",
            Role::ContentEditor,
            "jiangbei.wulidian",
        )
        .await;
        let reviewer = staff_member(&app, "reviewer@example.org", Role::StreetReviewer, STREET).await;

        // Errors keep what was typed and say what to fix.
        let empty = street
            .browser
            .post_form(
                "/staff/fairs/new",
                "title_zh=&date=31-12-2026&starts=9&ends=08:00",
            )
            .await;
        assert_eq!(empty.status, 422, "{}", empty.body);
        assert!(empty.body.contains("value=\"31-12-2026\""), "{}", empty.body);
        assert!(
            errors(&empty.body).lines().count() >= 5,
            "{}",
            errors(&empty.body)
        );

        let created = street
            .browser
            .post_form("/staff/fairs/new", &fair_form("观音桥春季招聘会"))
            .await;
        assert_eq!(created.status, 303, "{}", errors(&created.body));
        let fair = id_in(created.header("location"), "/staff/fairs/");
        let employer = street
            .browser
            .post_form(
                &format!("/staff/fairs/{fair}/employers"),
                &format!("employer_name={}&employer_description=", urlencode("某物流公司")),
            )
            .await;
        assert_eq!(employer.status, 303, "{}", errors(&employer.body));
        let page = street.browser.get(&format!("/staff/fairs/{fair}")).await;
        let employer_id: i32 = page
            .html()
            .first_choice("employer")
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("an employer to choose in {}", page.body));
        let position = street
            .browser
            .post_form(
                &format!("/staff/fairs/{fair}/positions"),
                &format!(
                    "employer={employer_id}&position_title={}&needs=&adjustments_offered={}&openings=4",
                    urlencode("仓库分拣员"),
                    urlencode("手语同事")
                ),
            )
            .await;
        assert_eq!(position.status, 303, "{}", errors(&position.body));
        let public = app.get(&format!("/jobs/fairs/{fair}")).await;
        assert!(
            public.body.contains("仓库分拣员") && public.body.contains("手语同事"),
            "{}",
            public.body
        );

        // The district editor sees it; an editor of another street and a reviewer do not.
        assert_eq!(
            district.browser.get(&format!("/staff/fairs/{fair}")).await.status,
            200
        );
        for path in [
            format!("/staff/fairs/{fair}"),
            format!("/staff/fairs/{fair}/registrations"),
            format!("/staff/fairs/{fair}/registrations.csv"),
        ] {
            assert_eq!(other.browser.get(&path).await.status, 404, "{path}");
        }
        let changed = other
            .browser
            .post_form(&format!("/staff/fairs/{fair}"), &fair_form("改名"))
            .await;
        assert_eq!(changed.status, 404);
        let cancelled = other
            .browser
            .post_form(&format!("/staff/fairs/{fair}/cancel"), "reason=x")
            .await;
        assert_eq!(cancelled.status, 404);
        assert!(!other
            .browser
            .get("/staff/events")
            .await
            .body
            .contains("观音桥春季招聘会"));
        assert_eq!(reviewer.browser.get("/staff/events").await.status, 403);
        assert_eq!(
            reviewer
                .browser
                .post_form("/staff/fairs/new", &fair_form("x"))
                .await
                .status,
            403
        );
        for path in [
            "/staff/fairs/abc",
            "/staff/fairs/99999",
            "/staff/sessions/-1",
            "/staff/courses/1.5",
        ] {
            assert_eq!(street.browser.get(path).await.status, 404, "{path}");
        }
        assert!(audit_count(&app, "edit_event").await >= 3);
    }
}

#[tokio::test]
async fn attendee_lists_check_in_record_hires_export_and_cancel_with_emails() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, STREET).await;
        let created = editor
            .browser
            .post_form("/staff/fairs/new", &fair_form("观音桥招聘会"))
            .await;
        let fair = id_in(created.header("location"), "/staff/fairs/");
        editor
            .browser
            .post_form(
                &format!("/staff/fairs/{fair}/employers"),
                "employer_name=Acme&employer_description=",
            )
            .await;

        let resident = app.other_browser();
        resident
            .register_and_sign_in("Li Ming", "li.ming@example.org")
            .await;
        let registered = resident
            .post_form(
                &format!("/jobs/fairs/{fair}/register"),
                &format!(
                    "for=me&adjustments=sign-language&other_needs={}",
                    urlencode("=HYPERLINK(\"x\")")
                ),
            )
            .await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));

        let list = editor
            .browser
            .get(&format!("/staff/fairs/{fair}/registrations"))
            .await;
        assert_eq!(list.status, 200);
        assert!(
            list.body.contains("Li Ming") && list.body.contains("A sign language interpreter"),
            "{}",
            list.body
        );
        let registration = list.html().first_id("/staff/registrations/");
        let checked = editor
            .browser
            .post_form(&format!("/staff/registrations/{registration}/check-in"), "")
            .await;
        assert_eq!(checked.status, 303);
        let twice = editor
            .browser
            .post_form(&format!("/staff/registrations/{registration}/check-in"), "")
            .await;
        assert!(
            twice.header("location").contains("done=unchanged"),
            "{}",
            twice.header("location")
        );
        let employer: i32 = editor
            .browser
            .get(&format!("/staff/fairs/{fair}/registrations"))
            .await
            .html()
            .first_choice("employer")
            .and_then(|v| v.parse().ok())
            .expect("an employer to choose");
        let bad_hire = editor
            .browser
            .post_form(
                &format!("/staff/registrations/{registration}/hire"),
                "employer=99999",
            )
            .await;
        assert_ne!(bad_hire.status, 303, "only an employer of this fair");
        let hired = editor
            .browser
            .post_form(
                &format!("/staff/registrations/{registration}/hire"),
                &format!("employer={employer}"),
            )
            .await;
        assert_eq!(hired.status, 303);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM fair_registration WHERE hired_employer_id IS NOT NULL AND checked_in_at IS NOT NULL")
                .await,
            1
        );

        let csv = editor
            .browser
            .get(&format!("/staff/fairs/{fair}/registrations.csv"))
            .await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(
            csv.body.starts_with('\u{feff}'),
            "a byte-order mark for Excel and WPS"
        );
        assert!(csv.body.contains("Li Ming"));
        assert!(
            csv.body.contains("'=HYPERLINK"),
            "formulas are defused: {}",
            csv.body
        );
        assert_eq!(audit_count(&app, "export_attendees").await, 1);
        assert!(audit_count(&app, "view_attendees").await >= 1);
        assert_eq!(audit_count(&app, "check_in").await, 1);
        assert_eq!(audit_count(&app, "record_hire").await, 1);

        // Cancelling needs a reason, then tells everyone registered.
        let no_reason = editor
            .browser
            .post_form(&format!("/staff/fairs/{fair}/cancel"), "reason=")
            .await;
        assert_eq!(no_reason.status, 422);
        let cancelled = editor
            .browser
            .post_form(
                &format!("/staff/fairs/{fair}/cancel"),
                &format!("reason={}", urlencode("场地维修")),
            )
            .await;
        assert_eq!(cancelled.status, 303);
        let mail = app.last_mail_to("li.ming@example.org").await;
        assert!(mail.subject.starts_with("Cancelled:"), "{}", mail.subject);
        assert!(mail.body.contains("场地维修"), "{}", mail.body);
        let public = resident.get(&format!("/jobs/fairs/{fair}")).await;
        assert!(
            public.body.contains("This fair has been cancelled"),
            "{}",
            public.body
        );
        assert!(
            !public.body.contains("action=\"/jobs/fairs/"),
            "no registration form on a cancelled fair"
        );
    }
}

#[tokio::test]
async fn sessions_have_capacity_a_waiting_list_staff_can_reorder_and_certificates() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, "jiangbei").await;
        let course = editor
            .browser
            .post_form(
                "/staff/courses/new",
                &format!(
                    "title_zh={}&title_en=Baking&description_zh={}&description_en=&suits_zh={}&suits_en=&feature=lift",
                    urlencode("烘焙"),
                    urlencode("面包和蛋糕"),
                    urlencode("所有人")
                ),
            )
            .await;
        assert_eq!(course.status, 303, "{}", errors(&course.body));
        let course = id_in(course.header("location"), "/staff/courses/");
        let no_venue = editor
            .browser
            .post_form(
                &format!("/staff/courses/{course}/sessions"),
                &format!(
                    "date={}&starts=14:00&ends=17:00&venue_zh=&address_zh=&capacity=0",
                    in_days(12)
                ),
            )
            .await;
        assert_eq!(no_venue.status, 422);
        let added = editor
            .browser
            .post_form(
                &format!("/staff/courses/{course}/sessions"),
                &format!(
                    "date={}&starts=14:00&ends=17:00&venue_zh={}&address_zh={}&capacity=1",
                    in_days(12),
                    urlencode("培训基地"),
                    urlencode("洋河路 20 号")
                ),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        // In English, the text entered only in Chinese is marked as Chinese,
        // so a screen reader reads it with a Chinese voice.
        app.get("/language/en?next=/").await;
        let public = app.get(&format!("/training/{course}")).await;
        assert!(public.body.contains("Baking"), "{}", public.body);
        let marked_chinese = public.html().texts("[lang=zh-CN]");
        for chinese in ["面包和蛋糕", "所有人", "培训基地"] {
            assert!(
                marked_chinese.iter().any(|text| text.contains(chinese)),
                "{chinese} is not marked as Chinese in {marked_chinese:?}"
            );
        }
        let page = editor.browser.get(&format!("/staff/courses/{course}")).await;
        let session = page.html().first_id("/staff/sessions/");

        let mut residents = Vec::new();
        for (name, email) in [
            ("Ann", "ann@example.org"),
            ("Bo", "bo@example.org"),
            ("Cai", "cai@example.org"),
        ] {
            residents.push(resident_booking(&app, name, email, course, session).await.0);
        }
        // Ann has the one place; Bo and Cai wait. Cai's is the newest booking.
        let list = editor.browser.get(&format!("/staff/sessions/{session}")).await;
        let cai_booking: i32 = list
            .html()
            .ids("/staff/bookings/")
            .into_iter()
            .max()
            .expect("bookings");
        // Cai moves up, down again, and up once more for what follows; each
        // move is seen on the residents' own pages.
        for (direction, cai, bo) in [("up", 1, 2), ("down", 2, 1), ("up", 1, 2)] {
            let moved = editor
                .browser
                .post_form(
                    &format!("/staff/bookings/{cai_booking}/move"),
                    &format!("direction={direction}"),
                )
                .await;
            assert_eq!(moved.status, 303);
            for (resident, place) in [(&residents[2], cai), (&residents[1], bo)] {
                let page = resident.get("/account/bookings").await;
                let expected = format!("On the waiting list: number {place}");
                assert!(page.body.contains(&expected), "{direction}: {expected}");
            }
        }
        assert_eq!(audit_count(&app, "reorder_waiting_list").await, 3);

        // Capacity can't drop below the places held; raising it offers the new place to Cai.
        let lower = editor
            .browser
            .post_form(&format!("/staff/sessions/{session}/capacity"), "capacity=0")
            .await;
        assert_eq!(lower.status, 422);
        let raised = editor
            .browser
            .post_form(&format!("/staff/sessions/{session}/capacity"), "capacity=2")
            .await;
        assert_eq!(raised.status, 303);
        assert!(app
            .last_mail_to("cai@example.org")
            .await
            .subject
            .contains("A place is free for you"));

        // Ann attends and completes; her certificate prints; Bo has none.
        let ann_booking: i32 = list
            .html()
            .ids("/staff/bookings/")
            .into_iter()
            .min()
            .expect("bookings");
        assert_eq!(
            editor
                .browser
                .post_form(&format!("/staff/bookings/{ann_booking}/check-in"), "")
                .await
                .status,
            303
        );
        assert_eq!(
            editor
                .browser
                .post_form(&format!("/staff/bookings/{ann_booking}/complete"), "")
                .await
                .status,
            303
        );
        let certificate = editor
            .browser
            .get(&format!("/staff/sessions/{session}/certificates/{ann_booking}"))
            .await;
        assert_eq!(certificate.status, 200);
        assert!(
            certificate.body.contains("Ann") && certificate.body.contains("Baking"),
            "{}",
            certificate.body
        );
        let none = editor
            .browser
            .get(&format!("/staff/sessions/{session}/certificates/{cai_booking}"))
            .await;
        assert_eq!(none.status, 404);
        let csv = editor
            .browser
            .get(&format!("/staff/sessions/{session}/bookings.csv"))
            .await;
        assert!(
            csv.body.starts_with('\u{feff}') && csv.body.contains("Bo"),
            "{}",
            csv.body
        );

        // Cancelling the session tells everyone on it, waiting or not.
        let cancelled = editor
            .browser
            .post_form(&format!("/staff/sessions/{session}/cancel"), "reason=ill")
            .await;
        assert_eq!(cancelled.status, 303);
        for email in ["ann@example.org", "bo@example.org", "cai@example.org"] {
            assert!(
                app.last_mail_to(email).await.subject.starts_with("Cancelled:"),
                "{email}"
            );
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM booking WHERE session_id = {session} AND status <> 'cancelled'"
            ))
            .await,
            0
        );
        let full = residents[1]
            .post_form(
                &format!("/training/{course}/book"),
                &format!("session={session}&for=me"),
            )
            .await;
        assert_eq!(full.status, 422, "a cancelled session takes no bookings");
    }
}
