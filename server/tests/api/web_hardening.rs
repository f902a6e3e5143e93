//! Issue 15, items 3, 9 and part of 10: a `next` address never leaves the
//! site, pages with personal data are kept in no cache, production sends
//! HSTS, the street and district see certificate numbers masked on lists
//! and application pages alike, and an emailed link's page names its account.

use crate::applications::{complete_sections_in, start, CERTIFICATE};
use crate::helpers::{backends, spawn_app, spawn_app_with, Page, TestApp};
use crate::residents::{errors, link_path, urlencode};
use crate::staff::staff_member;
use app::accounts::second_factor::{code_at, seconds_at};
use app::accounts::staff_account::{self, StaffDetails};
use app::domain::staff::Role;

const PASSWORD: &str = "a long password for tests 2026";
const GUANYINQIAO_1: &str = "jiangbei.guanyinqiao.community1";
/// The certificate number as the street and district see it.
const MASKED: &str = "110105**********1X";

/// `next` values (as sent in a URL) that a browser, a proxy or a second
/// decoding would turn into an address on another site.
const LEAVING: &[&str] = &[
    "/%09/evil.example",
    "/%0B/evil.example",
    "/%0D%0A/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "/%00/evil.example",
    "/%7F/evil.example",
    "/%5Cevil.example",
    "/%255Cevil.example",
    "%2F%2Fevil.example",
    "/%252F/evil.example",
    "/%252F%252Fevil.example",
];

fn no_store(page: &Page) -> bool {
    page.header("cache-control")
        .split(',')
        .any(|d| d.trim() == "no-store")
}

#[tokio::test]
async fn the_language_switch_never_sends_anyone_off_the_site() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for next in LEAVING {
            let switched = app.get(&format!("/language/en?next={next}")).await;
            assert_eq!(switched.status, 303);
            assert_eq!(switched.header("location"), "/", "next={next}");
        }
        let kept = app.get("/language/en?next=/jobs%3Fpage%3D2").await;
        assert_eq!(
            kept.header("location"),
            "/jobs?page=2",
            "a page of the site is kept"
        );
    }
}

#[tokio::test]
async fn signing_in_and_adding_a_person_never_send_anyone_off_the_site() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let email = "next@example.com";
        app.register_and_sign_in("Zhao Lei", email).await;
        app.set_password(PASSWORD).await;

        // "People I help" goes on to an application, and nowhere else.
        let added = app
            .post_form(
                "/account/people/new",
                &format!(
                    "full_name=Ma+Xiaoming&relationship=parent&certificate_number={CERTIFICATE}&declaration=yes&next=/%09/evil.example"
                ),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        assert_eq!(added.header("location"), "/account?done=person");

        // Password sign-in, from another browser.
        let other = app.other_browser();
        for next in LEAVING {
            let signed_in = other
                .post_form(
                    "/sign-in",
                    &format!(
                        "email={}&password={}&next={next}",
                        urlencode(email),
                        urlencode(PASSWORD)
                    ),
                )
                .await;
            assert_eq!(signed_in.status, 303, "{}", errors(&signed_in.body));
            assert_eq!(
                signed_in.header("location"),
                "/account?done=signed-in",
                "next={next}"
            );
        }

        // Emailed links: `next` is left out of the link, and refused when
        // added to it (the limit allows a few links in the window).
        for next in ["/%09/evil.example", "/%0D%0A/evil.example", "/%5Cevil.example"] {
            let asked = other
                .post_form(
                    "/sign-in/link",
                    &format!("link_email={}&next={next}", urlencode(email)),
                )
                .await;
            assert_eq!(asked.status, 303, "{}", errors(&asked.body));
            let link = link_path(&app.last_mail_to(email).await.body);
            assert!(!link.contains("next="), "{link}");
            let used = other.post_form(&format!("{link}?next={next}"), "").await;
            assert_eq!(used.status, 303, "{}", errors(&used.body));
            assert_eq!(used.header("location"), "/account?done=signed-in", "next={next}");
        }
    }
}

#[tokio::test]
async fn a_resident_s_pages_are_kept_in_no_cache_and_public_ones_may_be() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let public = app.get("/").await;
        assert_eq!(public.status, 200);
        assert!(!no_store(&public), "{}", public.header("cache-control"));

        let email = "cache@example.com";
        app.register_and_sign_in("Qian Wei", email).await;
        let id = start(&app, "self").await;
        for path in [
            "/".to_string(),
            "/account".to_string(),
            "/account/details".to_string(),
            "/account/bookings".to_string(),
            "/account/people/new".to_string(),
            "/applications".to_string(),
            format!("/applications/{id}"),
            format!("/applications/{id}/person"),
        ] {
            let page = app.get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(no_store(&page), "{path}: {}", page.header("cache-control"));
        }

        // An emailed link's page names the account, to anyone holding the link.
        let other = app.other_browser();
        other
            .post_form("/sign-in/link", &format!("link_email={}", urlencode(email)))
            .await;
        let link = link_path(&app.last_mail_to(email).await.body);
        let page = other.get(&link).await;
        assert_eq!(page.status, 200);
        assert!(no_store(&page), "{}", page.header("cache-control"));
    }
}

#[tokio::test]
async fn the_emailed_link_page_says_which_account_it_signs_into() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let email = "zhou.min@example.com";
        app.register_and_sign_in("Zhou Min", email).await;
        let other = app.other_browser();
        other.get("/language/en?next=/").await;
        other
            .post_form("/sign-in/link", &format!("link_email={}", urlencode(email)))
            .await;
        let link = link_path(&app.last_mail_to(email).await.body);
        let page = other.get(&link).await;
        assert_eq!(page.status, 200);
        let text = page.html().texts("main p").concat();
        assert!(
            text.contains("signs in to the account for") && text.contains(email),
            "{text}"
        );
        assert_eq!(
            other.post_form(&link, "").await.header("location"),
            "/account?done=signed-in"
        );
        let stranger = app.other_browser();
        let used = stranger.get(&link).await;
        assert_eq!(used.status, 410);
        assert!(!used.body.contains(email), "a used link names nobody");
        let unknown = stranger.get("/sign-in/link/not-a-token").await;
        assert_eq!(unknown.status, 410);
    }
}

/// Follows a staff set-up link, checking that every step's page is kept in
/// no cache; returns the browser, signed in.
async fn set_up_checking_caching(app: &TestApp, email: &str, role: Role, area: &str) -> TestApp {
    let details = StaffDetails {
        email: email.to_string(),
        display_name: format!("Staff {email}"),
        role,
        area_code: area.to_string(),
    };
    let (_, token) = staff_account::create(&app.db, &details, app.clock.now())
        .await
        .expect("create staff");
    let browser = app.other_browser();
    browser.get("/language/en?next=/").await;
    let link = format!("/staff/set-up/{token}");
    let page = browser.get(&link).await;
    assert_eq!(page.status, 200);
    assert!(no_store(&page), "{link}");
    let chosen = browser
        .post_form(&link, &format!("password={}", urlencode(PASSWORD)))
        .await;
    assert_eq!(
        chosen.header("location"),
        "/staff/two-factor/set-up",
        "{}",
        errors(&chosen.body)
    );
    let key_page = browser.get("/staff/two-factor/set-up").await;
    assert_eq!(key_page.status, 200);
    assert!(no_store(&key_page), "the authenticator key is kept in no cache");
    let secret: String = key_page
        .html()
        .texts("code[lang=en]")
        .concat()
        .split_whitespace()
        .collect();
    let code = code_at(&secret, seconds_at(browser.clock.now())).expect("a code");
    let confirmed = browser
        .post_form("/staff/two-factor/set-up", &format!("code={code}"))
        .await;
    assert_eq!(confirmed.header("location"), "/staff/recovery-codes");
    let codes = browser.get("/staff/recovery-codes").await;
    assert!(codes.body.contains("<li><code>"), "the codes are shown");
    assert!(no_store(&codes), "recovery codes are kept in no cache");
    browser
}

/// A resident submits an application for someone in the first community of Guanyinqiao.
async fn submitted(app: &TestApp) -> i32 {
    let resident = app.other_browser();
    resident
        .register_and_sign_in("Ma Li", "applicant@example.com")
        .await;
    let id = start(&resident, "self").await;
    complete_sections_in(&resident, id, GUANYINQIAO_1).await;
    let sent = resident
        .post_form(&format!("/applications/{id}/submit"), "")
        .await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    id
}

#[tokio::test]
async fn the_staff_workspace_is_kept_in_no_cache() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let id = submitted(&app).await;
        let worker =
            set_up_checking_caching(&app, "cw@example.org", Role::CommunityWorker, GUANYINQIAO_1).await;
        for path in [
            "/staff/home".to_string(),
            "/staff/queue".to_string(),
            format!("/staff/applications/{id}"),
        ] {
            let page = worker.get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(no_store(&page), "{path}: {}", page.header("cache-control"));
        }
    }
}

#[tokio::test]
async fn certificate_numbers_are_whole_only_for_the_community() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let id = submitted(&app).await;
        let detail = format!("/staff/applications/{id}");
        let community = staff_member(&app, "cw@example.org", Role::CommunityWorker, GUANYINQIAO_1).await;
        let queue = community.browser.get("/staff/queue?status=all").await;
        assert!(queue.body.contains(CERTIFICATE), "the community checks identity");
        assert!(community.browser.get(&detail).await.body.contains(CERTIFICATE));

        let street = staff_member(
            &app,
            "s@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        for staffer in [street, district] {
            let queue = staffer.browser.get("/staff/queue?status=all").await;
            let page = staffer.browser.get(&detail).await;
            assert_eq!(page.status, 200);
            for shown in [&queue, &page] {
                assert!(!shown.body.contains(CERTIFICATE), "{}", staffer.email);
                assert!(shown.body.contains(MASKED), "{}", staffer.email);
            }
        }
    }
}

#[tokio::test]
async fn production_sends_hsts_and_development_does_not() {
    for backend in backends() {
        // Production sends mail by SMTP (nothing is sent in this test).
        let production = spawn_app_with(
            backend,
            &[
                ("PORTAL_ENV", "production"),
                ("PORTAL_MAIL_TRANSPORT", "smtp"),
                ("PORTAL_SMTP_HOST", "127.0.0.1"),
                ("PORTAL_SMTP_PORT", "9"),
                ("PORTAL_SMTP_TLS", "none"),
                (
                    "PORTAL_SECRET_KEY",
                    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                ),
            ],
        )
        .await;
        for path in ["/", "/healthz", "/no-such-page"] {
            let page = production.get(path).await;
            assert_eq!(
                page.header("strict-transport-security"),
                "max-age=31536000; includeSubDomains",
                "{path}"
            );
        }
        let development = spawn_app(backend).await;
        assert!(development
            .get("/")
            .await
            .headers
            .get("strict-transport-security")
            .is_none());
    }
}
