//! Job fairs and training, as residents use them: lists and filters,
//! registration and booking (for themselves and people they help), the
//! waiting list with offers that run out, reminders, calendar files, and
//! capacity under concurrent bookings. Every test runs on each backend.

use crate::helpers::{backends, spawn_app_at, spawn_app_with, TestApp};
use crate::residents::{errors, urlencode};
use app::accounts::resident::{account, Account};
use app::attendees::{Attendee, AttendeeRequest};
use app::domain::bookings::{Adjustment, BookingStatus};
use app::domain::local_time::utc_to_chongqing;
use app::training::store as training;
use app::web::clock::Clock;
use chrono::{Duration, NaiveDateTime, SubsecRound, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn now_local() -> NaiveDateTime {
    utc_to_chongqing(Utc::now())
}

async fn seeded(backend: crate::helpers::Backend) -> TestApp {
    seeded_with(backend, &[]).await
}

/// A server with `settings`, and the demo fairs and courses.
async fn seeded_with(backend: crate::helpers::Backend, settings: &[(&str, &str)]) -> TestApp {
    let app = spawn_app_with(backend, settings).await;
    server::seed::events(&app.db, now_local())
        .await
        .expect("seed fairs and courses");
    app
}

/// The same, with a clock that stands still until the test moves it (at a
/// whole second, as every database stores it).
async fn seeded_at_a_set_time(backend: crate::helpers::Backend, settings: &[(&str, &str)]) -> TestApp {
    let app = spawn_app_at(backend, settings, Clock::manual(Utc::now().trunc_subsecs(0))).await;
    server::seed::events(&app.db, app.clock.now_local())
        .await
        .expect("seed fairs and courses");
    app
}

/// A new resident, signed in in their own browser, who books `session` for
/// themselves; returns the browser and where the booking sent them.
pub async fn resident_booking(
    app: &TestApp,
    name: &str,
    email: &str,
    course: i32,
    session: i32,
) -> (TestApp, String) {
    let browser = app.other_browser();
    browser.register_and_sign_in(name, email).await;
    let booked = browser
        .post_form(
            &format!("/training/{course}/book"),
            &format!("session={session}&for=me"),
        )
        .await;
    assert_eq!(booked.status, 303, "{}", errors(&booked.body));
    let location = booked.header("location").to_string();
    (browser, location)
}

/// Places held on a session: confirmed, or offered and not yet answered.
async fn held_places(app: &TestApp, session: i32) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM booking WHERE session_id = {session} AND status IN ('confirmed', 'offered')"
    ))
    .await
}

/// The id in the first link to `prefix{id}` on a page.
fn first_id(body: &str, prefix: &str) -> i32 {
    crate::html::parse(body).first_id(prefix)
}

/// The id in the link to `prefix{id}` that reads `text`.
fn id_of_link(body: &str, prefix: &str, text: &str) -> i32 {
    crate::html::parse(body).id_of_link(prefix, text)
}

async fn account_by_email(app: &TestApp, email: &str) -> Account {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("read accounts")
        .expect("the account")
}

#[tokio::test]
async fn fairs_are_listed_filtered_and_registered_for() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.get("/language/en?next=/").await;
        let list = app.get("/jobs/fairs").await;
        assert_eq!(list.status, 200, "{}", list.body);
        assert!(list.body.contains("3 upcoming fairs"), "{}", list.body);
        assert!(list.body.contains("Guanyinqiao job fair"));
        assert!(
            !list.body.contains("autumn job fair"),
            "past fairs are listed separately"
        );

        let loop_only = app.get("/jobs/fairs?feature=hearing-loop").await;
        assert!(loop_only.body.contains("1 upcoming fair"), "{}", loop_only.body);
        assert!(loop_only.body.contains("Wulidian employment support fair"));
        let date_in = |days: i64| (now_local().date() + Duration::days(days)).format("%Y-%m-%d");
        let between_dates = app
            .get(&format!("/jobs/fairs?from={}&to={}", date_in(11), date_in(30)))
            .await;
        assert!(
            between_dates.body.contains("1 upcoming fair") && between_dates.body.contains("Wulidian"),
            "the fairs on days 10 and 45 are outside: {}",
            between_dates.body
        );
        let bad_end = app.get("/jobs/fairs?to=31/12/2026").await;
        assert!(errors(&bad_end.body).contains("Enter a date like 2026-12-05"));
        let bad = app.get("/jobs/fairs?from=tomorrow&feature=nonsense").await;
        assert_eq!(bad.status, 200);
        assert!(
            errors(&bad.body).contains("Enter a date like 2026-12-05"),
            "{}",
            bad.body
        );
        assert!(bad.body.contains("value=\"tomorrow\""), "what was typed is kept");
        let past = app.get("/jobs/fairs/past").await;
        assert!(past.body.contains("Jiangbei autumn job fair"), "{}", past.body);

        let fair = id_of_link(&list.body, "/jobs/fairs/", "Guanyinqiao job fair");
        let fair_id = first_id(&list.body, "/jobs/fairs/");
        assert_eq!(fair, fair_id);
        let page = app.get(&format!("/jobs/fairs/{fair_id}")).await;
        assert_eq!(page.status, 200);
        for text in [
            "Metro line 3",
            "客服专员（线上）",
            "Sign language interpretation",
            "Sign in or create an account",
        ] {
            assert!(page.body.contains(text), "{text} missing from {}", page.body);
        }
        // Staff-entered text without English is marked as Chinese for screen readers.
        assert!(page.body.contains("lang=\"zh-CN\""), "{}", page.body);

        let anonymous = app
            .post_form(&format!("/jobs/fairs/{fair_id}/register"), "for=me")
            .await;
        assert_eq!(anonymous.status, 303);
        assert!(anonymous.header("location").starts_with("/sign-in?next="));

        app.register_and_sign_in("Li Ming", "li.ming@example.org").await;
        let wrong = app
            .post_form(
                &format!("/jobs/fairs/{fair_id}/register"),
                "for=99999&adjustments=flying-carpet",
            )
            .await;
        assert_eq!(wrong.status, 422, "{}", wrong.body);
        assert!(
            errors(&wrong.body).contains("Choose who this is for"),
            "{}",
            wrong.body
        );
        assert!(errors(&wrong.body).contains("Choose from the list"));
        // Needs described at too great a length are kept and sent back to shorten.
        let rambling = "需".repeat(app::attendees::MAX_OTHER_NEEDS + 1);
        let too_long = app
            .post_form(
                &format!("/jobs/fairs/{fair_id}/register"),
                &format!("for=me&other_needs={}", urlencode(&rambling)),
            )
            .await;
        assert_eq!(too_long.status, 422, "{}", errors(&too_long.body));
        assert!(
            errors(&too_long.body).contains("#other_needs "),
            "{}",
            errors(&too_long.body)
        );
        assert!(too_long.body.contains(&rambling), "what was typed is kept");
        assert_eq!(app.count("SELECT COUNT(*) FROM fair_registration").await, 0);

        let form = format!(
            "for=me&adjustments=sign-language&adjustments=companion&other_needs={}",
            urlencode("导盲犬 guide dog")
        );
        let registered = app
            .post_form(&format!("/jobs/fairs/{fair_id}/register"), &form)
            .await;
        assert_eq!(registered.status, 303, "{}", registered.body);
        assert_eq!(
            registered.header("location"),
            format!("/jobs/fairs/{fair_id}?done=registered")
        );
        let mail = app.last_mail_to("li.ming@example.org").await;
        assert!(
            mail.subject.contains("Registered: Guanyinqiao job fair"),
            "{}",
            mail.subject
        );
        assert!(mail.body.contains("Li Ming is registered"), "{}", mail.body);

        let again = app
            .post_form(&format!("/jobs/fairs/{fair_id}/register"), &form)
            .await;
        assert_eq!(again.status, 422);
        assert!(
            errors(&again.body).contains("already registered"),
            "{}",
            again.body
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM fair_registration").await, 1);

        let shown = app.get(&format!("/jobs/fairs/{fair_id}?done=registered")).await;
        assert!(shown.body.contains("You are registered"), "{}", shown.body);
        assert!(
            shown.body.contains("A sign language interpreter"),
            "{}",
            shown.body
        );
        let mine = app.get("/account/bookings").await;
        assert!(
            mine.body.contains("Guanyinqiao job fair") && mine.body.contains("Registered"),
            "{}",
            mine.body
        );

        let registration = first_id(&mine.body, "/jobs/registrations/");
        let stranger = app.other_browser();
        stranger
            .register_and_sign_in("Wang Fang", "wang.fang@example.org")
            .await;
        let theirs = stranger
            .post_form(&format!("/jobs/registrations/{registration}/cancel"), "")
            .await;
        assert_eq!(theirs.header("location"), "/account/bookings?done=unchanged");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM fair_registration WHERE cancelled_at IS NULL")
                .await,
            1
        );
        // The first press asks, naming who and when; only its own button cancels.
        let asked = app
            .post_form(&format!("/jobs/registrations/{registration}/cancel"), "")
            .await;
        assert_eq!(asked.status, 200, "{}", asked.body);
        assert!(
            asked.title().starts_with("Cancel this job fair registration?"),
            "{}",
            asked.title()
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM fair_registration WHERE cancelled_at IS NULL")
                .await,
            1,
            "nothing cancelled yet"
        );
        let cancelled = app
            .post_form(
                &format!("/jobs/registrations/{registration}/cancel"),
                "confirmed=yes",
            )
            .await;
        assert_eq!(cancelled.header("location"), "/account/bookings?done=cancelled");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM fair_registration WHERE cancelled_at IS NULL")
                .await,
            0
        );
        let back = app
            .post_form(&format!("/jobs/fairs/{fair_id}/register"), &form)
            .await;
        assert_eq!(
            back.status, 303,
            "a cancelled registration does not block a new one"
        );

        for path in [
            "/jobs/fairs/abc",
            "/jobs/fairs/999999",
            "/jobs/fairs/-1/calendar.ics",
        ] {
            assert_eq!(app.get(path).await.status, 404, "{path}");
        }
    }
}

#[tokio::test]
async fn calendar_files_parse_and_say_when_and_where() {
    for backend in backends() {
        let app = seeded(backend).await;
        let list = app.get("/jobs/fairs").await;
        let fair_id = first_id(&list.body, "/jobs/fairs/");
        let ics = app.get(&format!("/jobs/fairs/{fair_id}/calendar.ics")).await;
        assert_eq!(ics.status, 200);
        assert!(ics.header("content-type").starts_with("text/calendar"));
        let unfolded = icalendar::parser::unfold(&ics.body);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
        let event = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .expect("one event");
        let value = |name: &str| {
            event
                .find_prop(name)
                .map(|p| p.val.as_str().to_string())
                .unwrap_or_default()
        };
        assert_eq!(value("SUMMARY"), "观音桥残疾人专场招聘会");
        assert!(value("LOCATION").contains("建新北路"), "{}", value("LOCATION"));
        let starts: icalendar::CalendarDateTime = value("DTSTART").parse().expect("a date-time");
        let expected = (now_local().date() + Duration::days(10))
            .and_hms_opt(1, 0, 0)
            .expect("09:00 in Chongqing");
        assert_eq!(starts, icalendar::CalendarDateTime::Utc(expected.and_utc()));
        assert!(value("UID").starts_with(&format!("fair-{fair_id}@")));

        let course = first_id(&app.get("/training").await.body, "/training/");
        let page = app.get(&format!("/training/{course}")).await;
        let session = first_id(&page.body, "/training/sessions/");
        let ics = app
            .get(&format!("/training/sessions/{session}/calendar.ics"))
            .await;
        let unfolded = icalendar::parser::unfold(&ics.body);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
        assert!(calendar.components.iter().any(|c| c.name == "VEVENT"));
    }
}

/// The massage course's sessions have two places each.
async fn small_session(app: &TestApp) -> (i32, i32) {
    let list = app.get("/training").await;
    let course = id_of_link(&list.body, "/training/", "Massage for blind trainees");
    let page = app.get(&format!("/training/{course}")).await;
    assert!(page.body.contains("2 of 2 places left"), "{}", page.body);
    (course, first_id(&page.body, "/training/sessions/"))
}

#[tokio::test]
async fn a_full_session_has_a_waiting_list_and_freed_places_are_offered_in_turn() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.get("/language/en?next=/").await;
        let (course, session) = small_session(&app).await;
        let mut people = Vec::new();
        for (name, email) in [
            ("Ann", "ann@example.org"),
            ("Bo", "bo@example.org"),
            ("Cai", "cai@example.org"),
            ("Dai", "dai@example.org"),
        ] {
            let (browser, location) = resident_booking(&app, name, email, course, session).await;
            people.push((browser, email, location));
        }
        let outcomes: Vec<&str> = people.iter().map(|(_, _, l)| l.as_str()).collect();
        assert_eq!(
            outcomes,
            [
                "/account/bookings?done=booked",
                "/account/bookings?done=booked",
                "/account/bookings?done=waiting",
                "/account/bookings?done=waiting"
            ]
        );
        assert!(app
            .last_mail_to("cai@example.org")
            .await
            .subject
            .contains("waiting list"));
        let (cai, dai) = (&people[2].0, &people[3].0);
        assert!(cai
            .get("/account/bookings")
            .await
            .body
            .contains("On the waiting list: number 1"));
        assert!(dai
            .get("/account/bookings")
            .await
            .body
            .contains("On the waiting list: number 2"));
        let page = app.get(&format!("/training/{course}")).await;
        assert!(
            page.body.contains("Full: join the waiting list (2 waiting)"),
            "{}",
            page.body
        );

        // The same person cannot book the same session twice.
        let twice = people[0]
            .0
            .post_form(
                &format!("/training/{course}/book"),
                &format!("session={session}&for=me"),
            )
            .await;
        assert_eq!(twice.status, 422);
        assert!(
            errors(&twice.body).contains("already has a place"),
            "{}",
            twice.body
        );

        // Ann cancels: Cai is offered the place, Dai still waits.
        let ann_booking = first_id(
            &people[0].0.get("/account/bookings").await.body,
            "/training/bookings/",
        );
        let cancelled = people[0]
            .0
            .post_form(
                &format!("/training/bookings/{ann_booking}/cancel"),
                "confirmed=yes",
            )
            .await;
        assert_eq!(cancelled.header("location"), "/account/bookings?done=cancelled");
        let offer = app.last_mail_to("cai@example.org").await;
        assert!(
            offer.subject.contains("A place is free for you"),
            "{}",
            offer.subject
        );
        assert!(offer.body.contains("Accept it by"), "{}", offer.body);
        let cai_page = cai.get("/account/bookings").await;
        assert!(
            cai_page.body.contains("A place is offered to you"),
            "{}",
            cai_page.body
        );
        let held = held_places(&app, session).await;
        assert_eq!(held, 2, "the offered place is held, never given twice");

        // Nobody else can accept Cai's offer.
        let cai_booking = first_id(&cai_page.body, "/training/bookings/");
        let stolen = dai
            .post_form(&format!("/training/bookings/{cai_booking}/accept"), "")
            .await;
        assert_eq!(stolen.header("location"), "/account/bookings?done=unchanged");

        // Cai lets it run out: after 48 hours it lapses and passes to Dai.
        let offers = training::Offers {
            public_url: "http://portal.test",
            hours: training::DEFAULT_OFFER_HOURS,
        };
        let early = training::lapse_offers(&app.db, offers, Utc::now() + Duration::hours(47))
            .await
            .expect("lapse offers");
        assert_eq!(early, 0);
        let lapsed = training::lapse_offers(&app.db, offers, Utc::now() + Duration::hours(49))
            .await
            .expect("lapse offers");
        assert_eq!(lapsed, 1);
        let late = cai
            .post_form(&format!("/training/bookings/{cai_booking}/accept"), "")
            .await;
        assert_eq!(late.header("location"), "/account/bookings?done=unchanged");
        assert!(app
            .last_mail_to("dai@example.org")
            .await
            .subject
            .contains("A place is free for you"));
        let dai_booking = first_id(&dai.get("/account/bookings").await.body, "/training/bookings/");
        let accepted = dai
            .post_form(&format!("/training/bookings/{dai_booking}/accept"), "")
            .await;
        assert_eq!(accepted.header("location"), "/account/bookings?done=accepted");
        let dai_page = dai.get("/account/bookings").await;
        assert!(dai_page.body.contains("Place booked"), "{}", dai_page.body);
        assert!(dai_page.body.contains("/calendar.ics"));
        let confirmed = app
            .count(&format!(
                "SELECT COUNT(*) FROM booking WHERE session_id = {session} AND status = 'confirmed'"
            ))
            .await;
        assert_eq!(confirmed, 2);

        // Deleting an account gives up its place: Dai's account goes, and
        // the place is held for nobody until someone else books.
        let deleted = dai.post_form("/account/delete", "").await;
        assert_eq!(deleted.status, 303, "{}", deleted.body);
        let held = held_places(&app, session).await;
        assert_eq!(held, 1, "the deleted account's place is free again");

        // Bo turns nothing down, but declining an offer passes it on at once.
        let bo_booking = first_id(
            &people[1].0.get("/account/bookings").await.body,
            "/training/bookings/",
        );
        let not_offered = people[1]
            .0
            .post_form(&format!("/training/bookings/{bo_booking}/decline"), "")
            .await;
        assert_eq!(not_offered.header("location"), "/account/bookings?done=unchanged");
    }
}

#[tokio::test]
async fn an_offer_is_held_for_portal_offer_hours_and_turning_it_down_passes_it_on() {
    for backend in backends() {
        let app = seeded_at_a_set_time(backend, &[("PORTAL_OFFER_HOURS", "6")]).await;
        app.get("/language/en?next=/").await;
        let (course, session) = small_session(&app).await;
        let mut people = Vec::new();
        for (name, email) in [
            ("Ann", "ann@example.org"),
            ("Bo", "bo@example.org"),
            ("Cai", "cai@example.org"),
            ("Dai", "dai@example.org"),
        ] {
            people.push(resident_booking(&app, name, email, course, session).await.0);
        }
        let waitlisted = app.last_mail_to("cai@example.org").await;
        assert!(
            waitlisted.body.contains("you will have 6 hours to accept it"),
            "{}",
            waitlisted.body
        );
        let booking_of = |page: &str| first_id(page, "/training/bookings/");
        let ann = booking_of(&people[0].get("/account/bookings").await.body);
        people[0]
            .post_form(&format!("/training/bookings/{ann}/cancel"), "confirmed=yes")
            .await;

        // Cai's offer runs for the configured 6 hours, not the default 48.
        let cai = booking_of(&people[2].get("/account/bookings").await.body);
        let offered = training::find_booking(&app.db, cai)
            .await
            .expect("read the booking")
            .expect("Cai's booking");
        assert_eq!(offered.status(), BookingStatus::Offered);
        let held_for = offered.offer_expires_at.expect("a deadline") - app.clock.now();
        assert_eq!(held_for, Duration::hours(6), "{}", app.backend);
        // The outbox runs on the same clock: every message so far is stamped with it.
        let queued = app::mail::outbox::Entity::find()
            .all(&app.db)
            .await
            .expect("read the outbox");
        assert!(!queued.is_empty());
        assert!(
            queued.iter().all(|m| m.created_at == app.clock.now()),
            "{}: {:?}",
            app.backend,
            queued.iter().map(|m| m.created_at).collect::<Vec<_>>()
        );

        // Cai turns it down: it goes to Dai at once.
        let asked = people[2]
            .post_form(&format!("/training/bookings/{cai}/decline"), "")
            .await;
        assert_eq!(asked.status, 200);
        assert!(
            asked.title().starts_with("Turn down this training place?"),
            "{}",
            asked.title()
        );
        let declined = people[2]
            .post_form(&format!("/training/bookings/{cai}/decline"), "confirmed=yes")
            .await;
        assert_eq!(declined.header("location"), "/account/bookings?done=declined");
        let cai_now = training::find_booking(&app.db, cai)
            .await
            .expect("read the booking")
            .expect("Cai's booking");
        assert_eq!(cai_now.status(), BookingStatus::OfferLapsed);
        assert!(app
            .last_mail_to("dai@example.org")
            .await
            .subject
            .contains("A place is free for you"));
        let dai_page = people[3].get("/account/bookings").await;
        assert!(
            dai_page.body.contains("A place is offered to you"),
            "{}",
            dai_page.body
        );
        let held = held_places(&app, session).await;
        assert_eq!(held, 2, "Bo's place and Dai's offer");

        // Six hours and a minute later, the reminder worker lapses Dai's offer.
        let dai = booking_of(&dai_page.body);
        app.clock.advance(Duration::hours(6) + Duration::minutes(1));
        let worker = server::reminder_worker::spawn_worker(
            app.db.clone(),
            app.clock.clone(),
            "http://portal.test".to_string(),
            6,
            std::time::Duration::from_millis(50),
        );
        let mut status = BookingStatus::Offered;
        for _ in 0..100 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            let found = training::find_booking(&app.db, dai)
                .await
                .expect("read the booking");
            status = found.map_or(status, |b| b.status());
            if status != BookingStatus::Offered {
                break;
            }
        }
        worker.stop().await;
        assert_eq!(status, BookingStatus::OfferLapsed, "{}", app.backend);
    }
}

#[tokio::test]
async fn removing_a_person_one_helps_gives_up_their_places() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.get("/language/en?next=/").await;
        app.register_and_sign_in("Ma Hua", "ma@example.org").await;
        let added = app
            .post_form(
                "/account/people/new",
                &format!(
                    "full_name=Ma+Xiaoming&relationship=parent&certificate_number={}&declaration=yes",
                    crate::applications::CERTIFICATE
                ),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        let person = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await;
        let fair = first_id(&app.get("/jobs/fairs").await.body, "/jobs/fairs/");
        let registered = app
            .post_form(&format!("/jobs/fairs/{fair}/register"), &format!("for={person}"))
            .await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));
        // Ma Hua takes one of the two places for herself and one for Ma Xiaoming; Bo waits.
        let (course, session) = small_session(&app).await;
        for whom in ["me".to_string(), person.to_string()] {
            let booked = app
                .post_form(
                    &format!("/training/{course}/book"),
                    &format!("session={session}&for={whom}"),
                )
                .await;
            assert_eq!(booked.header("location"), "/account/bookings?done=booked");
        }
        let (_, waiting) = resident_booking(&app, "Bo", "bo@example.org", course, session).await;
        assert_eq!(waiting, "/account/bookings?done=waiting");

        let asked = app
            .post_form(&format!("/account/people/{person}/remove"), "")
            .await;
        assert_eq!(asked.status, 200);
        let consequences = asked.html().texts("main li");
        assert!(
            consequences
                .iter()
                .any(|c| c.contains("1 job fair registrations and 1 training bookings")),
            "says what goes with them: {consequences:?}"
        );
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM helped_person WHERE id = {person}"))
                .await,
            1,
            "nobody removed yet"
        );
        let removed = app
            .post_form(&format!("/account/people/{person}/remove"), "confirmed=yes")
            .await;
        assert_eq!(removed.header("location"), "/account?done=person-removed");
        let active = |table: &str, condition: &str| {
            format!("SELECT COUNT(*) FROM {table} WHERE person_id = {person} AND {condition}")
        };
        assert_eq!(
            app.count(&active("fair_registration", "cancelled_at IS NULL"))
                .await,
            0
        );
        assert_eq!(
            app.count(&active(
                "booking",
                "status IN ('confirmed', 'offered', 'waiting')"
            ))
            .await,
            0
        );
        let mine = app.get("/account/bookings").await;
        assert!(!mine.body.contains("Ma Xiaoming"), "{}", mine.body);
        assert!(mine.body.contains("Place booked"), "her own place stays");
        assert!(app
            .last_mail_to("bo@example.org")
            .await
            .subject
            .contains("A place is free for you"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_bookings_never_exceed_capacity() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.get("/language/en?next=/").await;
        let (_, session) = small_session(&app).await;
        let mut accounts = Vec::new();
        for n in 0..12 {
            let browser = app.other_browser();
            let email = format!("rush{n}@example.org");
            browser.register_and_sign_in(&format!("Rush {n}"), &email).await;
            accounts.push(account_by_email(&app, &email).await);
        }
        let mut tasks = Vec::new();
        for account in &accounts {
            for _ in 0..2 {
                let db = app.db.clone();
                let account = account.clone();
                tasks.push(tokio::spawn(async move {
                    let request = AttendeeRequest {
                        attendee: Attendee {
                            person_id: None,
                            name: account.full_name.clone(),
                        },
                        adjustments: vec![Adjustment::LargePrint],
                        other_needs: String::new(),
                    };
                    training::book(
                        &db,
                        training::Offers {
                            public_url: "http://portal.test",
                            hours: training::DEFAULT_OFFER_HOURS,
                        },
                        session,
                        &account,
                        &request,
                        Utc::now(),
                    )
                    .await
                }));
            }
        }
        let mut confirmed = 0;
        let mut waiting = 0;
        let mut refused_twice = 0;
        for task in tasks {
            match task.await.expect("the booking task") {
                Ok(BookingStatus::Confirmed) => confirmed += 1,
                Ok(_) => waiting += 1,
                Err(training::BookError::AlreadyBooked) => refused_twice += 1,
                Err(error) => panic!("{} booking failed: {error}", app.backend),
            }
        }
        assert_eq!(confirmed, 2, "{}: exactly the two places", app.backend);
        assert_eq!(waiting, 10, "{}", app.backend);
        assert_eq!(refused_twice, 12, "{}: each person's second booking", app.backend);
        let held = app
            .count(&format!(
                "SELECT COUNT(*) FROM booking WHERE session_id = {session} AND status = 'confirmed'"
            ))
            .await;
        assert_eq!(held, 2);
        let positions = app
            .count(&format!(
                "SELECT COUNT(DISTINCT position) FROM booking WHERE session_id = {session}"
            ))
            .await;
        assert_eq!(positions, 12, "every booking has its own place in line");
    }
}

#[tokio::test]
async fn reminders_are_queued_once_the_day_before() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.register_and_sign_in("Li Ming", "li.ming@example.org").await;
        let list = app.get("/jobs/fairs").await;
        let fair_id = first_id(&list.body, "/jobs/fairs/");
        let registered = app
            .post_form(&format!("/jobs/fairs/{fair_id}/register"), "for=me")
            .await;
        assert_eq!(registered.status, 303);
        let (course, session) = small_session(&app).await;
        let booked = app
            .post_form(
                &format!("/training/{course}/book"),
                &format!("session={session}&for=me"),
            )
            .await;
        assert_eq!(booked.status, 303);
        let mails = app.mails_to("li.ming@example.org").await.len();
        // Someone who registered and then cancelled gets no reminder.
        let wang = app.other_browser();
        wang.register_and_sign_in("Wang Fang", "wang.fang@example.org")
            .await;
        wang.post_form(&format!("/jobs/fairs/{fair_id}/register"), "for=me")
            .await;
        let wang_registration = first_id(
            &wang.get(&format!("/jobs/fairs/{fair_id}")).await.body,
            "/jobs/registrations/",
        );
        let cancelled = wang
            .post_form(
                &format!("/jobs/registrations/{wang_registration}/cancel"),
                "confirmed=yes",
            )
            .await;
        assert_eq!(cancelled.status, 303);
        let wang_mails = app.mails_to("wang.fang@example.org").await.len();

        // The fair starts in 10 days at 09:00 and the session in 14 days at 14:00.
        let queued = app::bookings::reminders::queue_reminders(&app.db, "http://portal.test", Utc::now())
            .await
            .expect("reminders");
        assert_eq!(queued, 0, "nothing is due today");
        let at = |days: i64| {
            let local = (now_local().date() + Duration::days(days))
                .and_hms_opt(9, 30, 0)
                .expect("a time");
            app::domain::local_time::chongqing_to_utc(local)
        };
        let queued = app::bookings::reminders::queue_reminders(&app.db, "http://portal.test", at(9))
            .await
            .expect("reminders");
        assert_eq!(queued, 1);
        let again = app::bookings::reminders::queue_reminders(&app.db, "http://portal.test", at(9))
            .await
            .expect("reminders");
        assert_eq!(again, 0, "a reminder is queued once");
        let reminder = app.last_mail_to("li.ming@example.org").await;
        assert!(
            reminder.subject.starts_with("Reminder: Guanyinqiao"),
            "{}",
            reminder.subject
        );
        let queued = app::bookings::reminders::queue_reminders(
            &app.db,
            "http://portal.test",
            at(14) + Duration::hours(5),
        )
        .await
        .expect("reminders");
        assert_eq!(queued, 1);
        assert!(app
            .last_mail_to("li.ming@example.org")
            .await
            .subject
            .starts_with("Reminder: Massage"));
        assert_eq!(app.mails_to("li.ming@example.org").await.len(), mails + 2);
        assert_eq!(
            app.mails_to("wang.fang@example.org").await.len(),
            wang_mails,
            "no reminder for a cancelled registration"
        );
    }
}

#[tokio::test]
async fn chinese_employer_and_position_text_is_marked_on_english_pages() {
    for backend in backends() {
        let app = seeded(backend).await;
        app.get("/language/en?next=/").await;
        let fair = first_id(&app.get("/jobs/fairs").await.body, "/jobs/fairs/");
        let page = app.get(&format!("/jobs/fairs/{fair}")).await.html();
        let employers = page.count(".employer h3");
        assert!(employers > 0, "the demo fair has employers");
        assert_eq!(page.count(".employer h3[lang=zh-CN]"), employers, "WCAG 3.1.2");
        assert!(page.count(".employer h4[lang=zh-CN]") > 0, "positions too");
        app.get("/language/zh-CN?next=/").await;
        let chinese = app.get(&format!("/jobs/fairs/{fair}")).await.html();
        assert_eq!(
            chinese.count(".employer [lang]"),
            0,
            "nothing to mark on Chinese pages"
        );
    }
}
