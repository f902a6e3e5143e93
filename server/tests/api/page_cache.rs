//! Public pages come from the page cache, and a cached page is never stale:
//! each kind of staff change (a new fair, a cancelled fair, a course
//! session's capacity, a cancelled session, a rule parameter, the contact
//! details), a resident's booking and the passage of time show on the next
//! request, on the server that made the change and on another one, in both
//! languages and other display settings. Personal pages are never shared.

use crate::helpers::{backends, spawn_app, spawn_app_at, spawn_two_servers, Page, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::staff_member;
use app::domain::local_time::utc_to_chongqing;
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{Duration, SubsecRound, Utc};

/// The settings a page is read in: each is rendered and kept apart.
const VARIANTS: &[&str] = &[
    "",
    "lang=en",
    "lang=en; display=text.largest~contrast.high~spacing.wide",
    "display=text.large~contrast.standard~spacing.standard",
];

async fn read(app: &TestApp, path: &str, cookie: &str) -> Page {
    let anonymous = app.other_browser();
    let page = if cookie.is_empty() {
        anonymous.get(path).await
    } else {
        anonymous.get_with(path, &[("cookie", cookie)]).await
    };
    assert_eq!(page.status, 200, "{path} with {cookie:?}");
    page
}

/// Reads `path` in every variant twice, so each is in the cache.
async fn warm(app: &TestApp, path: &str) {
    for cookie in VARIANTS {
        for _ in 0..2 {
            read(app, path, cookie).await;
        }
    }
}

/// `path` shows (or, with `shown` false, no longer shows) `text` in every variant.
async fn assert_every_variant(app: &TestApp, path: &str, text: &str, shown: bool) {
    assert_in_each_language(app, path, (text, text), shown).await;
}

/// `path` shows `texts.0` in Chinese and `texts.1` in English (or neither,
/// with `shown` false), in every variant.
async fn assert_in_each_language(app: &TestApp, path: &str, texts: (&str, &str), shown: bool) {
    for cookie in VARIANTS {
        let page = read(app, path, cookie).await;
        let text = if cookie.contains("lang=en") {
            texts.1
        } else {
            texts.0
        };
        assert_eq!(
            page.body.contains(text),
            shown,
            "{path} with {cookie:?} on {}: {text:?} should be shown: {shown}",
            app.backend
        );
    }
}

fn in_days(days: i64) -> String {
    (utc_to_chongqing(Utc::now()).date() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

fn id_after(location: &str, prefix: &str) -> i32 {
    location
        .strip_prefix(prefix)
        .and_then(|rest| rest.split(['/', '?']).next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("{location} does not start with {prefix} and an id"))
}

#[tokio::test]
async fn a_public_page_is_kept_tagged_and_each_response_has_its_own_nonce() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let first = read(&app, "/entitlements", "").await;
        let second = read(&app, "/entitlements", "").await;
        assert_eq!(first.body, second.body);
        let etag = second.header("etag").to_string();
        assert!(etag.starts_with("W/\""), "{etag}");
        assert_eq!(first.header("etag"), etag);
        assert_eq!(second.header("cache-control"), "public, no-cache");
        assert!(second.header("vary").contains("Cookie"));
        assert!(!second.body.contains("nonce="), "a kept page has no script");
        assert_ne!(
            first.header("content-security-policy"),
            second.header("content-security-policy"),
            "every response has its own nonce"
        );
        let english = read(&app, "/entitlements", "lang=en").await;
        assert_ne!(english.header("etag"), etag);
        assert_eq!(english.html_attr("lang"), "en");

        let again = app
            .other_browser()
            .get_with("/entitlements", &[("if-none-match", &etag)])
            .await;
        assert_eq!(again.status, 304);
        assert!(again.body.is_empty());
        let zipped = app
            .other_browser()
            .get_with("/entitlements", &[("accept-encoding", "gzip")])
            .await;
        assert_eq!(zipped.header("content-encoding"), "gzip");
        assert_eq!(zipped.header("etag"), etag);
    }
}

#[tokio::test]
async fn personal_pages_and_pages_seen_in_a_session_are_never_shared() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        server::seed::events(&app.db, app.clock.now_local())
            .await
            .expect("seed fairs and courses");
        let course = read(&app, "/training", "").await.html().first_id("/training/");
        let path = format!("/training/{course}");
        warm(&app, &path).await;
        let resident = app.other_browser();
        resident
            .register_and_sign_in("Ann Example", "ann@example.org")
            .await;
        let signed_in = resident.get(&path).await;
        assert_eq!(signed_in.status, 200);
        let booking_form = format!("action=\"{path}/book\"");
        assert!(signed_in.body.contains(&booking_form), "{}", signed_in.body);
        assert!(
            signed_in.body.contains("csrf_token"),
            "the form carries her session's token"
        );
        assert_eq!(signed_in.header("cache-control"), "no-store");
        assert_eq!(signed_in.header("etag"), "");
        let anonymous = read(&app, &path, "").await;
        assert!(!anonymous.body.contains(&booking_form) && !anonymous.body.contains("csrf_token"));
        let account = app.other_browser().get("/account").await;
        assert_eq!(account.status, 303);
        assert_eq!(account.header("etag"), "", "not a shared page");
    }
}

#[tokio::test]
async fn staff_changes_and_bookings_show_on_the_next_request_on_every_server() {
    let Some((first, second)) = spawn_two_servers(&[]).await else {
        return;
    };
    let editor = staff_member(&first, "editor@example.org", Role::ContentEditor, "jiangbei").await;
    let admin = staff_member(&first, "admin@example.org", Role::Administrator, "jiangbei").await;
    for server in [&first, &second] {
        warm(server, "/jobs/fairs").await;
        warm(server, "/training").await;
        warm(server, "/entitlements/e04").await;
        warm(server, "/").await;
    }

    // A new fair.
    let fair = editor
        .browser
        .post_form(
            "/staff/fairs/new",
            &format!(
                "title_zh={}&title_en=Cache+test+fair&summary_zh=x&summary_en=&date={}&starts=09:00&ends=12:00&venue_zh=v&venue_en=&address_zh=a&address_en=&transport_zh=t&transport_en=",
                urlencode("缓存测试招聘会"),
                in_days(20)
            ),
        )
        .await;
    assert_eq!(fair.status, 303, "{}", errors(&fair.body));
    let fair = id_after(fair.header("location"), "/staff/fairs/");
    for server in [&second, &first] {
        assert_every_variant(server, "/jobs/fairs", &format!("/jobs/fairs/{fair}\""), true).await;
    }
    let fair_page = format!("/jobs/fairs/{fair}");
    warm(&second, &fair_page).await;

    // The fair cancelled.
    let cancelled = editor
        .browser
        .post_form(&format!("/staff/fairs/{fair}/cancel"), "reason=weather")
        .await;
    assert_eq!(cancelled.status, 303, "{}", errors(&cancelled.body));
    assert_in_each_language(
        &second,
        &fair_page,
        ("本场招聘会已取消", "This fair has been cancelled"),
        true,
    )
    .await;

    // A course with a session of two places, then a booking.
    let course = editor
        .browser
        .post_form(
            "/staff/courses/new",
            "title_zh=%E7%83%98%E7%84%99&title_en=Cache+baking&description_zh=x&description_en=&suits_zh=x&suits_en=",
        )
        .await;
    assert_eq!(course.status, 303, "{}", errors(&course.body));
    let course = id_after(course.header("location"), "/staff/courses/");
    assert_every_variant(&second, "/training", &format!("/training/{course}\""), true).await;
    let session = editor
        .browser
        .post_form(
            &format!("/staff/courses/{course}/sessions"),
            &format!(
                "date={}&starts=14:00&ends=17:00&venue_zh=v&address_zh=a&capacity=2",
                in_days(12)
            ),
        )
        .await;
    assert_eq!(session.status, 303, "{}", errors(&session.body));
    let course_page = format!("/training/{course}");
    warm(&second, &course_page).await;
    assert_in_each_language(
        &second,
        &course_page,
        ("剩余 2 个名额，共 2 个", "2 of 2 places left"),
        true,
    )
    .await;
    let session = editor
        .browser
        .get(&format!("/staff/courses/{course}"))
        .await
        .html()
        .first_id("/staff/sessions/");
    crate::events::resident_booking(&first, "Bo", "bo@example.org", course, session).await;
    assert_in_each_language(
        &second,
        &course_page,
        ("剩余 1 个名额，共 2 个", "1 of 2 places left"),
        true,
    )
    .await;

    // The session's capacity changed, then the session cancelled.
    let capacity = editor
        .browser
        .post_form(&format!("/staff/sessions/{session}/capacity"), "capacity=5")
        .await;
    assert_eq!(capacity.status, 303, "{}", errors(&capacity.body));
    assert_in_each_language(
        &second,
        &course_page,
        ("剩余 4 个名额，共 5 个", "4 of 5 places left"),
        true,
    )
    .await;
    let cancelled = editor
        .browser
        .post_form(&format!("/staff/sessions/{session}/cancel"), "reason=ill")
        .await;
    assert_eq!(cancelled.status, 303, "{}", errors(&cancelled.body));
    assert_in_each_language(&second, &course_page, ("剩余", "places left"), false).await;

    // A rule parameter that applies from today.
    let today = utc_to_chongqing(Utc::now()).date().format("%Y-%m-%d").to_string();
    let parameter = admin
        .browser
        .post_form(
            "/staff/parameters",
            &format!("parameter=nursing_subsidy&value=4321&effective_from={today}&source=Test"),
        )
        .await;
    assert_eq!(parameter.status, 303, "{}", errors(&parameter.body));
    assert_every_variant(&second, "/entitlements/e04", "4321", true).await;

    // The contact details, changed in the database as an administrator would.
    sea_orm::ConnectionTrait::execute_unprepared(
        &first.db,
        "UPDATE help_contact SET phone = '023-6789-0000'",
    )
    .await
    .expect("change the contact details");
    assert_every_variant(&second, "/", "023-6789-0000", true).await;
    assert_every_variant(&first, "/", "023-6789-0000", true).await;
}

#[tokio::test]
async fn a_fair_that_has_ended_leaves_the_list_on_the_next_request() {
    for backend in backends() {
        let clock = Clock::manual(Utc::now().trunc_subsecs(0));
        let app = spawn_app_at(backend, &[], clock.clone()).await;
        server::seed::events(&app.db, clock.now_local())
            .await
            .expect("seed fairs and courses");
        let listed = read(&app, "/jobs/fairs", "").await;
        let fair = listed.html().first_id("/jobs/fairs/");
        warm(&app, "/jobs/fairs").await;
        clock.advance(Duration::days(400));
        assert_every_variant(&app, "/jobs/fairs", &format!("/jobs/fairs/{fair}\""), false).await;
    }
}

#[tokio::test]
async fn the_style_sheet_is_linked_by_version_kept_a_year_and_sent_compressed() {
    let site = tempfile::tempdir().expect("site folder");
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg folder");
    std::fs::write(pkg.join("portal.css"), "body { color: black }").expect("style sheet");
    std::fs::write(pkg.join("portal.css.gz"), b"\x1f\x8b not really").expect("compressed copy");
    let root = site.path().display().to_string();
    let app = crate::helpers::spawn_app_with(backends()[0], &[("PORTAL_SITE_ROOT", &root)]).await;
    let home = read(&app, "/", "").await;
    let link = crate::helpers::between(&home.body, "<link rel=\"stylesheet\" href=\"", "\"")
        .expect("a style sheet link");
    assert!(link.starts_with("/pkg/portal.css?v="), "{link}");

    let versioned = app.get(&link).await;
    assert_eq!(versioned.status, 200);
    assert_eq!(versioned.body, "body { color: black }");
    assert_eq!(
        versioned.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    let plain = app.get("/pkg/portal.css").await;
    assert_eq!(plain.header("cache-control"), "public, no-cache");
    let compressed = app
        .get_with("/pkg/portal.css", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(compressed.header("content-encoding"), "gzip");

    std::fs::write(pkg.join("portal.css"), "body { color: navy }").expect("a new style sheet");
    let restarted = crate::helpers::spawn_app_with(backends()[0], &[("PORTAL_SITE_ROOT", &root)]).await;
    let relinked = read(&restarted, "/", "").await;
    assert!(
        !relinked.body.contains(&link),
        "a changed style sheet gets a new address"
    );
}
