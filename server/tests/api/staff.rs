//! The staff workspace: sign-in with a second factor, the queue and its
//! export, the three levels from submission to decision, returns and
//! refusals, every role's allowed and refused actions, scope, staff
//! accounts, parameter history and the audit log.

use crate::applications::{complete_sections_in, start};
use crate::eligibility::{ask, result};
use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::{errors, link_path, urlencode};
use app::accounts::second_factor::{code_at, seconds_at};
use app::accounts::staff_account::{self, StaffDetails};
use app::domain::staff::Role;
use serde_json::json;

pub const PASSWORD: &str = "a long staff password 2026";
const GUANYINQIAO_1: &str = "jiangbei.guanyinqiao.community1";

/// A staff member signed in in their own browser, with their authenticator key.
pub struct Staffer {
    pub browser: TestApp,
    pub id: i32,
    pub email: String,
    pub secret: String,
}

/// Creates an account as an administrator would, then sets it up through
/// the set-up link: password, authenticator key (read off the page), code.
pub async fn staff_member(app: &TestApp, email: &str, role: Role, area: &str) -> Staffer {
    let details = StaffDetails {
        email: email.to_string(),
        display_name: format!("Staff {email}"),
        role,
        area_code: area.to_string(),
    };
    let (id, token) = staff_account::create(&app.db, &details, app.clock.now())
        .await
        .expect("create staff");
    let browser = app.other_browser();
    let secret = set_up(&browser, &format!("/staff/set-up/{token}")).await;
    Staffer {
        browser,
        id,
        email: email.to_string(),
        secret,
    }
}

/// Follows a set-up link to the end and returns the authenticator key.
async fn set_up(browser: &TestApp, link: &str) -> String {
    // Pages in English, so the tests can read the messages.
    browser.get("/language/en?next=/").await;
    assert_eq!(browser.get(link).await.status, 200);
    let chosen = browser
        .post_form(link, &format!("password={}", urlencode(PASSWORD)))
        .await;
    assert_eq!(
        chosen.header("location"),
        "/staff/two-factor/set-up",
        "{}",
        errors(&chosen.body)
    );
    let page = browser.get("/staff/two-factor/set-up").await;
    assert_eq!(page.status, 200);
    let key = page.html().texts("code[lang=en]").concat();
    let secret: String = key.split_whitespace().collect();
    let code = code_at(&secret, seconds_at(browser.clock.now())).expect("a code");
    let confirmed = browser
        .post_form("/staff/two-factor/set-up", &format!("code={code}"))
        .await;
    assert_eq!(
        confirmed.header("location"),
        "/staff/recovery-codes",
        "{}",
        errors(&confirmed.body)
    );
    secret
}

/// Signs in with password and the code of a later time step (codes are
/// accepted once per step, and one step of drift is allowed).
async fn sign_in(browser: &TestApp, email: &str, secret: &str, step_ahead: u64) -> Page {
    let password = browser
        .post_form(
            "/staff",
            &format!("email={}&password={}", urlencode(email), urlencode(PASSWORD)),
        )
        .await;
    assert_eq!(
        password.header("location"),
        "/staff/two-factor",
        "{}",
        errors(&password.body)
    );
    let code = code_at(secret, seconds_at(browser.clock.now()) + 30 * step_ahead).expect("a code");
    browser
        .post_form("/staff/two-factor", &format!("code={code}"))
        .await
}

/// A resident submits an application for E04 for someone in `area`; returns its id.
async fn submitted_in(resident: &TestApp, email: &str, area: &str) -> i32 {
    resident.register_and_sign_in("Ma Li", email).await;
    let id = start(resident, "self").await;
    complete_sections_in(resident, id, area).await;
    let sent = resident
        .post_form(&format!("/applications/{id}/submit"), "")
        .await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    id
}

/// The "Next page" link of a queue page, if there is one.
fn next_link(page: &Page) -> Option<String> {
    page.html().attrs("a[rel=next]", "href").into_iter().next()
}

async fn status_of(app: &TestApp, id: i32) -> String {
    let statuses = [
        "submitted",
        "street_review",
        "district_review",
        "more_information_needed",
        "approved",
        "refused",
    ];
    for status in statuses {
        let sql = format!("SELECT COUNT(*) FROM application WHERE id = {id} AND status = '{status}'");
        if app.count(&sql).await == 1 {
            return status.to_string();
        }
    }
    "other".to_string()
}

async fn audit_count(app: &TestApp, action: &str, target: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}' AND target = '{target}'"
    ))
    .await
}

#[tokio::test]
async fn sign_in_takes_a_password_and_a_code_each_code_once() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let recovery = admin.browser.get("/staff/recovery-codes").await;
        assert!(recovery.body.contains("recovery-codes"), "codes are shown once");
        let codes = recovery.html().texts("li > code");
        assert_eq!(codes.len(), 10);
        assert!(
            !admin
                .browser
                .get("/staff/recovery-codes")
                .await
                .body
                .contains("<li><code>"),
            "and never again"
        );
        assert_eq!(admin.browser.get("/staff/home").await.status, 200);

        let other = app.other_browser();
        other.get("/language/en?next=/").await;
        assert_eq!(
            other.get("/staff/home").await.header("location"),
            "/staff?next=/staff/home"
        );
        let wrong = other
            .post_form(
                "/staff",
                &format!("email={}&password=wrong", urlencode(&admin.email)),
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert!(
            !wrong.body.contains("value=\"wrong\""),
            "a password is never shown back"
        );
        let unknown = other
            .post_form("/staff", "email=nobody%40example.org&password=x")
            .await;
        assert_eq!(
            errors(&unknown.body),
            errors(&wrong.body),
            "the same answer for an unknown address"
        );
        assert_eq!(
            audit_count(&app, "sign_in_failed", "email:admin@example.org").await,
            1
        );

        // The password alone opens nothing.
        let password = other
            .post_form(
                "/staff",
                &format!(
                    "email={}&password={}",
                    urlencode(&admin.email),
                    urlencode(PASSWORD)
                ),
            )
            .await;
        assert_eq!(password.header("location"), "/staff/two-factor");
        assert_eq!(other.get("/staff/home").await.status, 303);
        let bad_code = other.post_form("/staff/two-factor", "code=000000").await;
        assert_eq!(bad_code.status, 422);
        // The code used at set-up cannot be used again, even within its drift window.
        let used_step = app
            .count(&format!(
                "SELECT totp_last_step FROM staff_account WHERE id = {}",
                admin.id
            ))
            .await;
        let replay = code_at(&admin.secret, u64::try_from(used_step).unwrap() * 30).expect("a code");
        assert_eq!(
            other
                .post_form("/staff/two-factor", &format!("code={replay}"))
                .await
                .status,
            422
        );
        let recovered = other
            .post_form("/staff/two-factor", &format!("code={}", codes[0].to_lowercase()))
            .await;
        assert_eq!(
            recovered.header("location"),
            "/staff/home",
            "{}",
            errors(&recovered.body)
        );
        assert_eq!(
            audit_count(&app, "recovery_code_used", &format!("staff:{}", admin.id)).await,
            1
        );

        // A recovery code works once.
        let third = app.other_browser();
        third
            .post_form(
                "/staff",
                &format!(
                    "email={}&password={}",
                    urlencode(&admin.email),
                    urlencode(PASSWORD)
                ),
            )
            .await;
        assert_eq!(
            third
                .post_form("/staff/two-factor", &format!("code={}", codes[0]))
                .await
                .status,
            422
        );
        // Five wrong codes lock the second step for a while.
        for _ in 0..4 {
            third.post_form("/staff/two-factor", "code=111111").await;
        }
        let locked = third
            .post_form("/staff/two-factor", &format!("code={}", codes[1]))
            .await;
        assert_eq!(locked.status, 422);
        assert!(
            locked.body.contains("Too many") || locked.body.contains("次数过多"),
            "{}",
            errors(&locked.body)
        );

        // New recovery codes replace the old ones.
        let home = other.get("/staff/home").await;
        assert!(
            home.body.contains("9 of your recovery codes are unused"),
            "one was used"
        );
        let renewed = other.post_form("/staff/recovery-codes", "").await;
        assert_eq!(renewed.header("location"), "/staff/recovery-codes");
        assert_eq!(
            other
                .get("/staff/recovery-codes")
                .await
                .body
                .matches("<li><code>")
                .count(),
            10
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM staff_recovery_code WHERE staff_id = {} AND used_at IS NULL",
                admin.id
            ))
            .await,
            10
        );

        let out = other.post_form("/staff/sign-out", "").await;
        assert_eq!(out.status, 303);
        assert_eq!(other.get("/staff/home").await.status, 303);
    }
}

#[tokio::test]
async fn three_levels_from_submission_to_approval_with_emails_and_audit() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted_in(&resident, "ma@example.cn", GUANYINQIAO_1).await;
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, GUANYINQIAO_1).await;
        let street = staff_member(
            &app,
            "s@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        let target = format!("application:{id}");

        let queue = community.browser.get("/staff/queue").await;
        assert_eq!(queue.status, 200);
        assert!(
            queue.body.contains(&format!("/staff/applications/{id}\"")),
            "in the community's queue"
        );
        assert!(
            queue.body.contains("11010519800301001X12"),
            "the community sees the whole number"
        );
        let street_queue = street.browser.get("/staff/queue").await;
        assert!(
            !street_queue.body.contains(&format!("/staff/applications/{id}\"")),
            "not yet at the street"
        );

        let review = community.browser.get(&format!("/staff/applications/{id}")).await;
        assert_eq!(review.status, 200);
        assert!(review.body.contains("Ma Li") && review.body.contains("certificate.pdf"));
        assert!(
            review.body.contains(&format!("{id}/pass")),
            "the community may pass it on"
        );
        assert!(!review.body.contains(&format!("{id}/approve")), "but not approve");
        assert_eq!(audit_count(&app, "view_application", &target).await, 1);
        let document = review
            .html()
            .first_id(&format!("/staff/applications/{id}/documents/"));
        let opened = community
            .browser
            .get(&format!(
                "/staff/applications/{id}/documents/{document}?download=1"
            ))
            .await;
        assert_eq!(opened.status, 200);
        assert!(opened.header("content-disposition").starts_with("attachment"));
        assert_eq!(audit_count(&app, "view_document", &target).await, 1);

        let passed = community
            .browser
            .post_form(&format!("/staff/applications/{id}/pass"), "confirmed=yes")
            .await;
        assert_eq!(
            passed.header("location"),
            format!("/staff/applications/{id}?done=pass")
        );
        assert_eq!(status_of(&app, id).await, "street_review");
        let confirmation = community.browser.get(passed.header("location")).await;
        assert!(confirmation.body.contains("notification-banner"));
        assert!(app
            .last_mail_to("ma@example.cn")
            .await
            .body
            .contains("street or town office"));

        // A second click, after it moved on, changes nothing and says why.
        let again = community
            .browser
            .post_form(&format!("/staff/applications/{id}/pass"), "")
            .await;
        assert_eq!(again.status, 422);
        assert_eq!(status_of(&app, id).await, "street_review");

        street
            .browser
            .post_form(
                &format!("/staff/applications/{id}/notes"),
                "note=Checked+the+hukou+in+person",
            )
            .await;
        let passed = street
            .browser
            .post_form(&format!("/staff/applications/{id}/pass"), "confirmed=yes")
            .await;
        assert_eq!(passed.status, 303);
        assert_eq!(status_of(&app, id).await, "district_review");
        assert!(app
            .last_mail_to("ma@example.cn")
            .await
            .body
            .contains("with the district"));

        let district_page = district.browser.get(&format!("/staff/applications/{id}")).await;
        assert!(
            district_page.body.contains("Checked the hukou in person"),
            "notes are shared between staff"
        );
        let missing = district
            .browser
            .post_form(
                &format!("/staff/applications/{id}/approve"),
                "amount=-5&start=soon",
            )
            .await;
        assert_eq!(missing.status, 422);
        assert!(missing.body.contains("value=\"-5\""), "what was typed is kept");
        assert!(errors(&missing.body).contains("#amount") && errors(&missing.body).contains("#start"));
        let approved = district
            .browser
            .post_form(
                &format!("/staff/applications/{id}/approve"),
                "amount=1%2C200.50&start=2027-01-01&confirmed=yes",
            )
            .await;
        assert_eq!(approved.status, 303, "{}", errors(&approved.body));
        assert_eq!(status_of(&app, id).await, "approved");
        let mail = app.last_mail_to("ma@example.cn").await;
        assert!(
            mail.subject.starts_with("Application approved"),
            "{}",
            mail.subject
        );
        assert!(
            mail.body.contains("1200.50 yuan a year, from 2027-01-01"),
            "{}",
            mail.body
        );
        for action in ["pass", "approve", "add_note"] {
            assert!(
                audit_count(&app, action, &target).await >= 1,
                "{action} is in the audit log"
            );
        }
        // The applicant's notes never reach the applicant.
        let resident_view = resident.get(&format!("/applications/{id}")).await;
        assert!(!resident_view.body.contains("Checked the hukou"));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM application_event WHERE application_id = {id}"
            ))
            .await,
            4,
            "submitted, two passes, approved"
        );
    }
}

#[tokio::test]
async fn return_for_information_then_resubmit_then_refuse() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted_in(&resident, "hu@example.cn", GUANYINQIAO_1).await;
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, GUANYINQIAO_1).await;
        let base = format!("/staff/applications/{id}");

        let empty = community
            .browser
            .post_form(&format!("{base}/request-information"), "message=+")
            .await;
        assert_eq!(empty.status, 422);
        let asked = community
            .browser
            .post_form(
                &format!("{base}/request-information"),
                "message=Please+upload+the+hukou+page",
            )
            .await;
        assert_eq!(asked.status, 303);
        assert_eq!(status_of(&app, id).await, "more_information_needed");
        assert!(app
            .last_mail_to("hu@example.cn")
            .await
            .body
            .contains("Please upload the hukou page"));
        let answered = resident
            .upload(
                &format!("/applications/{id}/respond"),
                "hukou.pdf",
                crate::applications::PDF,
                &[("message", "Here it is")],
            )
            .await;
        assert_eq!(answered.status, 303, "{}", errors(&answered.body));
        assert_eq!(
            status_of(&app, id).await,
            "submitted",
            "back to the level that asked"
        );

        let no_reason = community
            .browser
            .post_form(&format!("{base}/refuse"), "details=No")
            .await;
        assert_eq!(no_reason.status, 422);
        assert!(errors(&no_reason.body).contains("#reason"));
        let refused = community
            .browser
            .post_form(
                &format!("{base}/refuse"),
                "reason=not_resident&details=The+hukou+is+in+Yubei&confirmed=yes",
            )
            .await;
        assert_eq!(refused.status, 303);
        assert_eq!(status_of(&app, id).await, "refused");
        let mail = app.last_mail_to("hu@example.cn").await;
        assert!(
            mail.body.contains("not registered as a resident") && mail.body.contains("The hukou is in Yubei")
        );
        assert!(mail.body.contains("administrative reconsideration"));
        let page = resident.get(&format!("/applications/{id}")).await;
        assert!(
            page.body.contains("The hukou is in Yubei"),
            "the applicant sees why"
        );
    }
}

#[tokio::test]
async fn each_role_reaches_only_its_level_and_its_area() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted_in(&resident, "li@example.cn", GUANYINQIAO_1).await;
        let base = format!("/staff/applications/{id}");
        let other_street =
            staff_member(&app, "w@example.org", Role::StreetReviewer, "jiangbei.wulidian").await;
        let other_community = staff_member(
            &app,
            "c2@example.org",
            Role::CommunityWorker,
            "jiangbei.guanyinqiao.community2",
        )
        .await;
        let street = staff_member(
            &app,
            "s@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        let editor = staff_member(&app, "e@example.org", Role::ContentEditor, "jiangbei").await;
        let admin = staff_member(&app, "a@example.org", Role::Administrator, "jiangbei").await;

        // Outside the area: not found, whatever is asked, and nothing changes.
        for outsider in [&other_street, &other_community] {
            assert_eq!(outsider.browser.get(&base).await.status, 404);
            for action in [
                "pass",
                "refuse",
                "request-information",
                "approve",
                "notes",
                "assign",
            ] {
                let page = outsider
                    .browser
                    .post_form(
                        &format!("{base}/{action}"),
                        "reason=other&details=x&message=x&note=x&assignee=",
                    )
                    .await;
                assert_eq!(page.status, 404, "{action}");
            }
            assert_eq!(
                outsider.browser.get(&format!("{base}/documents/1")).await.status,
                404
            );
            let queue = outsider.browser.get("/staff/queue?status=all").await;
            assert!(!queue.body.contains(&format!("{base}\"")));
            let chosen = outsider
                .browser
                .get("/staff/queue?status=all&street=jiangbei.guanyinqiao")
                .await;
            assert!(
                !chosen.body.contains(&format!("{base}\"")),
                "choosing another street shows nothing"
            );
            let csv = outsider.browser.get("/staff/queue.csv?status=all").await;
            assert!(!csv.body.contains("Li Ming"));
        }
        // In the area but at another level: may look, may not act.
        for (reviewer, attempted) in [(&street, "pass"), (&district, "approve"), (&district, "refuse")] {
            assert_eq!(reviewer.browser.get(&base).await.status, 200);
            let page = reviewer
                .browser
                .post_form(
                    &format!("{base}/{attempted}"),
                    "amount=100&start=2027-01-01&reason=other&details=x",
                )
                .await;
            assert_eq!(page.status, 422, "{attempted}");
            assert!(errors(&page.body).contains("not waiting for you"));
        }
        // The community cannot approve (not a move from its level).
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, GUANYINQIAO_1).await;
        let approve = community
            .browser
            .post_form(&format!("{base}/approve"), "amount=100&start=2027-01-01")
            .await;
        assert_eq!(approve.status, 422);
        // Roles without applications: not allowed (403) for the queue and the application.
        for role in [&editor, &admin] {
            assert_eq!(role.browser.get("/staff/queue").await.status, 403);
            assert_eq!(role.browser.get(&base).await.status, 403);
            assert_eq!(
                role.browser.post_form(&format!("{base}/pass"), "").await.status,
                403
            );
        }
        // Administration is for administrators only.
        for reviewer in [&community, &street, &district, &editor] {
            for page in [
                "/staff/team",
                "/staff/team/new",
                "/staff/parameters",
                "/staff/audit",
                "/staff/audit.csv",
            ] {
                assert_eq!(reviewer.browser.get(page).await.status, 403, "{page}");
            }
            assert_eq!(
                reviewer
                    .browser
                    .post_form(
                        "/staff/parameters",
                        "parameter=living_allowance&value=1&effective_from=2030-01-01&source=x"
                    )
                    .await
                    .status,
                403
            );
        }
        assert_eq!(status_of(&app, id).await, "submitted", "nothing moved");
        // Residents are not staff.
        assert_eq!(resident.get(&base).await.status, 303);
        assert_eq!(resident.get("/staff/queue").await.status, 303);
    }
}

#[tokio::test]
async fn queue_pages_by_keyset_and_exports_csv_for_excel() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        server::seed::applications(&app.db, 300, 30, 7, chrono::Utc::now())
            .await
            .expect("seed");
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        let street = staff_member(
            &app,
            "s@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let waiting = app
            .count("SELECT COUNT(*) FROM application WHERE status = 'district_review'")
            .await;
        assert!(waiting > 50, "enough for two pages: {waiting}");
        let mut seen = std::collections::HashSet::new();
        let mut next = Some("/staff/queue".to_string());
        let mut pages = 0;
        while let Some(path) = next {
            let page = district.browser.get(&path).await;
            assert_eq!(page.status, 200);
            for id in page.html().ids("/staff/applications/") {
                assert!(seen.insert(id), "no application twice");
            }
            next = next_link(&page);
            pages += 1;
            assert!(pages < 20);
        }
        assert_eq!(
            seen.len() as i64,
            waiting,
            "every application once, over {pages} pages"
        );
        let overdue = district.browser.get("/staff/queue?overdue=1").await;
        assert_eq!(overdue.status, 200);

        let csv = street.browser.get("/staff/queue.csv?status=all").await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-type").starts_with("text/csv"));
        assert!(csv.header("content-disposition").starts_with("attachment"));
        assert!(
            csv.body.starts_with('\u{feff}'),
            "a byte-order mark for Excel and WPS"
        );
        let rows = csv.body.lines().count() as i64 - 1;
        let in_street = app
            .count("SELECT COUNT(*) FROM application WHERE area_code LIKE 'jiangbei.guanyinqiao.%'")
            .await;
        assert_eq!(rows, in_street, "exactly the street's applications");
        assert!(
            csv.body.contains("**********"),
            "numbers are masked for the street"
        );
        assert!(!csv.body.contains("jiangbei.wulidian"));
        assert_eq!(audit_count(&app, "export_queue", "queue").await, 1);
    }
}

#[tokio::test]
async fn administrators_manage_staff_accounts() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let invalid = admin
            .browser
            .post_form("/staff/team/new", "display_name=&email=bad&role=x&area=nowhere")
            .await;
        assert_eq!(invalid.status, 422);
        for field in ["#display_name", "#email", "#role", "#area"] {
            assert!(errors(&invalid.body).contains(field), "{field}");
        }
        let created = admin
            .browser
            .post_form(
                "/staff/team/new",
                "display_name=Zhou+Min&email=zhou%40example.org&role=street_reviewer&area=jiangbei.wulidian",
            )
            .await;
        assert_eq!(created.status, 303, "{}", errors(&created.body));
        let member = created
            .header("location")
            .trim_start_matches("/staff/team/")
            .split('?')
            .next()
            .unwrap_or_default()
            .to_string();
        let link = link_path(&app.last_mail_to("zhou@example.org").await.body);
        let zhou = app.other_browser();
        let secret = set_up(&zhou, &link).await;
        assert_eq!(zhou.get("/staff/queue").await.status, 200);
        let used = zhou.get(&link).await;
        assert!(
            used.body.contains("no longer works") || used.body.contains("已失效"),
            "the link works once"
        );

        let disabled = admin
            .browser
            .post_form(&format!("/staff/team/{member}/disable"), "")
            .await;
        assert_eq!(disabled.status, 303);
        assert_eq!(zhou.get("/staff/queue").await.status, 303, "signed out at once");
        let refused = zhou
            .post_form(
                "/staff",
                &format!("email=zhou%40example.org&password={}", urlencode(PASSWORD)),
            )
            .await;
        assert_eq!(refused.status, 422);
        admin
            .browser
            .post_form(&format!("/staff/team/{member}/enable"), "")
            .await;
        let back = sign_in(&zhou, "zhou@example.org", &secret, 1).await;
        assert_eq!(back.header("location"), "/staff/home", "{}", errors(&back.body));

        let changed = admin
            .browser
            .post_form(
                &format!("/staff/team/{member}"),
                "display_name=Zhou+Min&role=district_approver&area=jiangbei",
            )
            .await;
        assert_eq!(changed.status, 303);
        assert_eq!(
            zhou.get("/staff/home").await.status,
            303,
            "a changed role signs them out"
        );
        let own = admin
            .browser
            .post_form(
                &format!("/staff/team/{}", admin.id),
                "display_name=Me&role=street_reviewer&area=jiangbei",
            )
            .await;
        assert_eq!(own.status, 422, "an administrator cannot demote themselves");

        admin
            .browser
            .post_form(&format!("/staff/team/{member}/reset"), "")
            .await;
        let old_password = app.other_browser();
        let attempt = old_password
            .post_form(
                "/staff",
                &format!("email=zhou%40example.org&password={}", urlencode(PASSWORD)),
            )
            .await;
        assert_eq!(attempt.status, 422, "the old password no longer works");
        assert_eq!(
            app.mails_to("zhou@example.org").await.len(),
            2,
            "a new set-up link"
        );
        for action in [
            "create_staff",
            "disable_staff",
            "enable_staff",
            "change_staff",
            "reset_staff_sign_in",
        ] {
            assert_eq!(
                audit_count(&app, action, &format!("staff:{member}")).await,
                1,
                "{action}"
            );
        }
        assert_eq!(admin.browser.get("/staff/team/99999").await.status, 404);
    }
}

#[tokio::test]
async fn parameters_keep_their_history_and_apply_from_their_date() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let before = app
            .count("SELECT COUNT(*) FROM rule_parameter WHERE parameter = 'nursing_subsidy'")
            .await;
        let past = admin
            .browser
            .post_form(
                "/staff/parameters",
                "parameter=nursing_subsidy&value=999&effective_from=2020-01-01&source=Old",
            )
            .await;
        assert_eq!(past.status, 422, "history cannot be rewritten");
        assert!(past.body.contains("value=\"999\""));
        let added = admin
            .browser
            .post_form(
                "/staff/parameters",
                "parameter=nursing_subsidy&value=2400&effective_from=2099-01-01&source=%E6%B8%9D%E6%B0%91%E5%8F%91%E3%80%942099%E3%80%951%E5%8F%B7",
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        let duplicate = admin
            .browser
            .post_form(
                "/staff/parameters",
                "parameter=nursing_subsidy&value=2500&effective_from=2099-01-01&source=x",
            )
            .await;
        assert_eq!(duplicate.status, 422);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM rule_parameter WHERE parameter = 'nursing_subsidy'")
                .await,
            before + 1,
            "earlier values stay"
        );
        let page = admin.browser.get("/staff/parameters").await;
        assert!(page.body.contains("2099-01-01") && page.body.contains("渝民发〔2099〕1号"));
        // The checker uses the value in force on the day asked about: the new
        // one from its date, the one before it until then.
        let amount_on = |date: &'static str| {
            let app = &app;
            async move {
                let body = json!({
                    "date": date,
                    "registered_in_district": true,
                    "has_certificate": true,
                    "level": 1,
                });
                let (status, answer) = ask(app, &body.to_string(), "en").await;
                assert_eq!(status, 200, "{answer}");
                result(&answer, "E04")["amount"].clone()
            }
        };
        let from_its_date = amount_on("2099-01-01").await;
        assert_eq!(from_its_date["value"].as_f64(), Some(2400.0), "{from_its_date}");
        assert_eq!(from_its_date["effective_from"], "2099-01-01");
        let the_day_before = amount_on("2098-12-31").await;
        assert_ne!(the_day_before["value"].as_f64(), Some(2400.0), "{the_day_before}");
        assert_ne!(the_day_before["effective_from"], "2099-01-01");
        assert_eq!(
            audit_count(&app, "add_parameter", "parameter:nursing_subsidy").await,
            1
        );
    }
}

#[tokio::test]
async fn the_audit_log_is_searchable_exportable_and_append_only() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let page = admin.browser.get("/staff/audit?action=sign_in").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(&format!("staff:{}", admin.id)));
        let csv = admin.browser.get("/staff/audit.csv?action=sign_in").await;
        assert!(csv.body.starts_with('\u{feff}'));
        assert!(csv.body.lines().count() >= 2);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'export_audit'")
                .await,
            1
        );
        let bad = admin
            .browser
            .get("/staff/audit?staff=abc&before=-1&action=%00")
            .await;
        assert_eq!(bad.status, 200, "malformed choices are ignored, not errors");
        // A date typed that cannot be read is told, not ignored (tests/api/wayfinding.rs).
        let bad_date = admin.browser.get("/staff/audit?from=nope").await;
        assert_eq!(bad_date.status, 422);
        assert!(errors(&bad_date.body).starts_with("#from "), "{}", bad_date.body);

        use sea_orm::ConnectionTrait;
        let backend = app.db.get_database_backend();
        for statement in [
            "UPDATE audit_log SET staff_name = 'someone else'",
            "DELETE FROM audit_log",
        ] {
            let changed = app
                .db
                .execute(sea_orm::Statement::from_string(backend, statement.to_string()))
                .await;
            assert!(changed.is_err(), "{statement} must be refused");
        }
    }
}
