//! Decisions: a reviewer confirms before a decision that cannot be undone;
//! an approval states what was granted in the entitlement's terms (a sum
//! with its unit, or what is provided); the applicant reads who decided and
//! when, and a printable decision letter in ordinary and easy-read wording
//! that says how to challenge it, on terms staff keep current.

use crate::applications::complete_sections_in;
use crate::helpers::{backends, spawn_app, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::staff::Role;

const COMMUNITY: &str = "jiangbei.guanyinqiao.community1";

/// A resident's application for `slug`, sent; returns its id.
async fn submitted(resident: &TestApp, email: &str, slug: &str) -> i32 {
    resident.register_and_sign_in("Ma Li", email).await;
    let started = resident.post_form(&format!("/apply/{slug}"), "for=self").await;
    assert_eq!(started.status, 303, "{}", errors(&started.body));
    let id: i32 = started
        .header("location")
        .trim_start_matches("/applications/")
        .parse()
        .expect("an id");
    complete_sections_in(resident, id, COMMUNITY).await;
    let sent = resident
        .post_form(&format!("/applications/{id}/submit"), "")
        .await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    id
}

async fn status_of(app: &TestApp, id: i32) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM application WHERE id = {id} AND status = 'approved'"
    ))
    .await
}

/// Community and street pass it on, each confirming; returns the district approver.
async fn to_district(app: &TestApp, id: i32) -> Staffer {
    let base = format!("/staff/applications/{id}");
    let community = staff_member(app, "c@example.org", Role::CommunityWorker, COMMUNITY).await;
    let street = staff_member(app, "s@example.org", Role::StreetReviewer, "jiangbei.guanyinqiao").await;
    for reviewer in [&community, &street] {
        let passed = reviewer
            .browser
            .post_form(&format!("{base}/pass"), "confirmed=yes")
            .await;
        assert_eq!(passed.status, 303, "{}", errors(&passed.body));
    }
    staff_member(app, "d@example.org", Role::DistrictApprover, "jiangbei").await
}

#[tokio::test]
async fn an_approval_is_confirmed_then_stated_with_its_unit_and_a_letter() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted(&resident, "ma@example.cn", "e04").await;
        let base = format!("/staff/applications/{id}");

        // The first press of "pass on" only asks; nothing moves.
        let community = staff_member(&app, "c0@example.org", Role::CommunityWorker, COMMUNITY).await;
        let asked = community.browser.post_form(&format!("{base}/pass"), "").await;
        assert_eq!(asked.status, 200, "{}", errors(&asked.body));
        assert!(
            asked.title().starts_with("Pass this application to the street"),
            "{}",
            asked.title()
        );
        assert_eq!(
            asked.html().attrs("form input[name=confirmed]", "value"),
            ["yes"],
            "only the confirmation's own button acts"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM application WHERE id = {id} AND status = 'submitted'"
            ))
            .await,
            1
        );

        let district = to_district(&app, id).await;
        let review = district.browser.get(&base).await;
        assert!(
            review.body.contains("Amount per year, in yuan"),
            "E04 is paid by the year: the field says so"
        );
        let asked = district
            .browser
            .post_form(&format!("{base}/approve"), "amount=1%2C000&start=2027-01-01")
            .await;
        assert_eq!(asked.status, 200, "{}", errors(&asked.body));
        assert!(asked.body.contains("1000 yuan a year"), "{}", asked.body);
        let kept = asked.html().attrs("form input[type=hidden]", "value");
        assert!(kept.contains(&"1,000".to_string()) && kept.contains(&"2027-01-01".to_string()));
        assert_eq!(status_of(&app, id).await, 0, "not approved before confirming");

        let approved = district
            .browser
            .post_form(
                &format!("{base}/approve"),
                "amount=1%2C000&start=2027-01-01&confirmed=yes",
            )
            .await;
        assert_eq!(approved.status, 303, "{}", errors(&approved.body));
        assert_eq!(status_of(&app, id).await, 1);
        let mail = app.last_mail_to("ma@example.cn").await;
        assert!(
            mail.body.contains("1000 yuan a year, from 2027-01-01"),
            "{}",
            mail.body
        );
        assert!(mail.body.contains(&format!("/applications/{id}/decision")));

        // The applicant sees what, from when, who and when, and the letter.
        let status = resident.get(&format!("/applications/{id}")).await;
        let html = status.html();
        let rows = html.texts("#decision-heading + .summary-list .summary-list__value");
        assert!(rows.iter().any(|r| r.contains("1000 yuan a year")), "{rows:?}");
        assert!(rows.iter().any(|r| r.contains("1 January 2027")), "{rows:?}");
        assert!(rows.iter().any(|r| r.contains("Staff d@example.org")), "{rows:?}");
        let letter = resident.get(&format!("/applications/{id}/decision")).await;
        assert_eq!(letter.status, 200);
        assert_eq!(letter.h1s(), 1);
        assert!(
            letter.body.contains("Jiangbei District People&#x27;s Government")
                || letter.body.contains("Jiangbei District People's Government")
        );
        assert!(letter.body.contains("Within 60 days") && letter.body.contains("within 6 months"));
        assert!(
            letter.html().count(".letter__contact") == 1,
            "the printed letter keeps the help contacts"
        );
        let easy = resident
            .get(&format!("/applications/{id}/decision/easy-read"))
            .await;
        assert_eq!(easy.status, 200);
        assert!(easy.body.contains("You get: 1000 yuan a year."), "{}", easy.body);

        // Nobody else reads it; an undecided application has no letter.
        let stranger = app.other_browser();
        stranger.register_and_sign_in("Other", "other@example.cn").await;
        assert_eq!(
            stranger.get(&format!("/applications/{id}/decision")).await.status,
            404
        );
        let draft = resident.post_form("/apply/e04", "for=self").await;
        let draft_letter = format!("{}/decision", draft.header("location"));
        assert_eq!(resident.get(&draft_letter).await.status, 404);

        // The staff history names the applicant's own step as theirs.
        let review = district.browser.get(&base).await;
        let titles = review.html().texts(".timeline__title");
        assert_eq!(
            titles[0].trim(),
            "The applicant sent the application",
            "{titles:?}"
        );
    }
}

#[tokio::test]
async fn a_service_is_approved_with_what_is_provided_not_a_sum() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted(&resident, "ma@example.cn", "e22").await;
        let district = to_district(&app, id).await;
        let base = format!("/staff/applications/{id}");
        let review = district.browser.get(&base).await;
        assert!(review.body.contains("What is provided") && !review.body.contains("id=\"amount\""));
        let empty = district
            .browser
            .post_form(
                &format!("{base}/approve"),
                "provision=+&start=2027-01-01&confirmed=yes",
            )
            .await;
        assert_eq!(empty.status, 422);
        assert!(
            errors(&empty.body).contains("#provision"),
            "{}",
            errors(&empty.body)
        );
        let approved = district
            .browser
            .post_form(
                &format!("{base}/approve"),
                &format!(
                    "provision={}&start=2027-01-01&confirmed=yes",
                    urlencode("A manual wheelchair")
                ),
            )
            .await;
        assert_eq!(approved.status, 303, "{}", errors(&approved.body));
        let mail = app.last_mail_to("ma@example.cn").await;
        assert!(
            mail.body
                .contains("approved: A manual wheelchair, from 2027-01-01"),
            "{}",
            mail.body
        );
        let letter = resident.get(&format!("/applications/{id}/decision")).await;
        assert!(letter.body.contains("A manual wheelchair") && !letter.body.contains("yuan"));
    }
}

#[tokio::test]
async fn a_refusal_is_confirmed_and_its_letter_says_how_to_challenge_it() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let resident = app.other_browser();
        let id = submitted(&resident, "ma@example.cn", "e04").await;
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, COMMUNITY).await;
        let base = format!("/staff/applications/{id}");
        let sent = "reason=not_resident&details=The+hukou+is+in+Yubei";
        let asked = community.browser.post_form(&format!("{base}/refuse"), sent).await;
        assert_eq!(asked.status, 200);
        assert!(asked.body.contains("The hukou is in Yubei") && asked.body.contains("button--warning"));
        let refused = community
            .browser
            .post_form(&format!("{base}/refuse"), &format!("{sent}&confirmed=yes"))
            .await;
        assert_eq!(refused.status, 303, "{}", errors(&refused.body));
        let mail = app.last_mail_to("ma@example.cn").await;
        assert!(mail.body.contains("administrative reconsideration") && mail.body.contains("/decision"));
        let letter = resident.get(&format!("/applications/{id}/decision")).await;
        assert_eq!(letter.status, 200);
        assert!(
            letter.title().starts_with("Decision letter: refused"),
            "{}",
            letter.title()
        );
        assert!(letter.body.contains("The hukou is in Yubei") && letter.body.contains("Within 60 days"));
    }
}

#[tokio::test]
async fn staff_keep_the_challenge_terms_and_letters_keep_those_of_their_day() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "a@example.org", Role::Administrator, "jiangbei").await;
        let empty = admin
            .browser
            .post_form(
                "/staff/parameters/appeal-terms",
                "body_zh=&reconsideration_days=0",
            )
            .await;
        assert_eq!(empty.status, 422);
        let listed = errors(&empty.body);
        for field in [
            "#body_zh",
            "#body_en",
            "#reconsideration_days",
            "#lawsuit_months",
            "#terms_from",
        ] {
            assert!(listed.contains(field), "{field} in {listed}");
            assert!(
                empty.html().count(&format!("[id=\"{}\"]", &field[1..])) == 1,
                "{field} is on the page the summary links from"
            );
        }
        assert!(empty.body.contains("value=\"0\""), "what was typed is kept");
        let later = (app.clock.today() + chrono::Duration::days(30)).to_string();
        let saved = admin
            .browser
            .post_form(
                "/staff/parameters/appeal-terms",
                &format!(
                    "body_zh={}&body_en={}&reconsideration_days=90&lawsuit_months=6&terms_from={later}",
                    urlencode("重庆市人民政府"),
                    urlencode("Chongqing People's Government")
                ),
            )
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        let page = admin.browser.get("/staff/parameters").await;
        assert!(page.body.contains("Chongqing People") && page.body.contains(&later));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE target = 'parameter:appeal_terms'")
                .await,
            1
        );
        // A refusal today still cites the terms in force today.
        let resident = app.other_browser();
        let id = submitted(&resident, "ma@example.cn", "e04").await;
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, COMMUNITY).await;
        community
            .browser
            .post_form(
                &format!("/staff/applications/{id}/refuse"),
                "reason=other&details=x&confirmed=yes",
            )
            .await;
        let letter = resident.get(&format!("/applications/{id}/decision")).await;
        assert!(letter.body.contains("Within 60 days") && !letter.body.contains("Within 90 days"));
    }
}
