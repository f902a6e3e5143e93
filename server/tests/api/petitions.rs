//! Petitions and complaints (issue 18): a proxy files a recording, staff
//! transcribe it and the petitioner corrects it; acceptance, an extension
//! with its reason, the decision, a review and the rating, each notice in
//! both versions and emailed; routing and the objection; scope (another
//! street's officer, another resident: 404); late requests refused;
//! supervision of overdue matters; anonymous suggestions; the public
//! statistics; malformed input answered with errors, never a 500.

use crate::helpers::{backends, spawn_app, spawn_two_servers, Page, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::staff::Role;
use reqwest::multipart::{Form, Part};
use sea_orm::{ConnectionTrait, Statement};

const COMMUNITY: &str = "jiangbei.guanyinqiao.community1";
const OTHER_STREET: &str = "jiangbei.huaxinjie";
/// The first bytes of an MP4 file.
const MP4: &[u8] = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom and the rest of a short video";

async fn upload(browser: &TestApp, path: &str, bytes: Vec<u8>, fields: &[(&str, &str)]) -> Page {
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    form = form.part("video", Part::bytes(bytes).file_name("my-petition.mp4"));
    let response = browser
        .client
        .post(browser.url(path))
        .header("origin", &browser.address)
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .expect("POST multipart");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    Page {
        status,
        headers,
        body: response.text().await.unwrap_or_default(),
    }
}

async fn execute(app: &TestApp, sql: &str) {
    app.db
        .execute(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("SQL");
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .await
}

/// The reference in a status page's address (`/petitions/XF…?done=filed`).
fn reference_in(location: &str) -> String {
    let rest = location.strip_prefix("/petitions/").expect("a status page");
    rest.split('?').next().unwrap_or_default().to_string()
}

async fn petition_id(app: &TestApp) -> i32 {
    app.count("SELECT CAST(MAX(id) AS BIGINT) FROM petition").await as i32
}

async fn state_of(app: &TestApp, id: i32) -> String {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT state FROM petition WHERE id = {id}"),
        ))
        .await
        .expect("query")
        .expect("a row");
    row.try_get_by_index::<String>(0).expect("state")
}

/// Posts a staff action and expects to be sent back to the matter.
async fn act(officer: &Staffer, id: i32, action: &str, body: &str) {
    let done = officer
        .browser
        .post_form(&format!("/staff/petitions/{id}/{action}"), body)
        .await;
    assert_eq!(done.status, 303, "{action}: {}", errors(&done.body));
    assert!(
        done.header("location")
            .starts_with(&format!("/staff/petitions/{id}?done=")),
        "{}",
        done.header("location")
    );
}

/// A resident files a written matter for themself; returns its reference.
async fn file_written(app: &TestApp, kind: &str) -> String {
    let body = format!(
        "for=me&kind={kind}&area={COMMUNITY}&what_happened={}&what_asked={}",
        urlencode("The lift at the community centre has been broken for a month."),
        urlencode("Please repair it.")
    );
    let filed = app.post_form("/petitions/new", &body).await;
    assert_eq!(filed.status, 303, "{}", errors(&filed.body));
    reference_in(filed.header("location"))
}

#[tokio::test]
async fn a_proxy_files_a_recording_that_goes_all_the_way_to_a_rating() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
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
        let person: i32 = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await as i32;
        let person = person.to_string();

        // The filing page, then a filing for someone else without their authorisation.
        let page = app.get("/petitions/new/recording").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("multipart/form-data"));
        let refused = upload(
            &app,
            "/petitions/new/recording",
            MP4.to_vec(),
            &[
                ("for", &person),
                ("kind", "inaccessible_building"),
                ("area", COMMUNITY),
            ],
        )
        .await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let summary = errors(&refused.body);
        assert!(
            summary.contains("#authorisation") && summary.contains("#authorised"),
            "{summary}"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM petition").await, 0);
        let not_a_video = upload(
            &app,
            "/petitions/new/recording",
            b"%PDF-1.7 not a recording".to_vec(),
            &[
                ("for", &person),
                ("authorisation", "written"),
                ("authorised", "yes"),
                ("kind", "inaccessible_building"),
                ("area", COMMUNITY),
            ],
        )
        .await;
        assert_eq!(not_a_video.status, 422);
        assert!(errors(&not_a_video.body).contains("#video"));

        let filed = upload(
            &app,
            "/petitions/new/recording",
            MP4.to_vec(),
            &[
                ("for", &person),
                ("authorisation", "written"),
                ("authorised", "yes"),
                ("kind", "inaccessible_building"),
                ("area", COMMUNITY),
            ],
        )
        .await;
        assert_eq!(filed.status, 303, "{}", errors(&filed.body));
        let reference = reference_in(filed.header("location"));
        assert!(reference.starts_with("XF"), "{reference}");
        let mail = app.last_mail_to("ma@example.cn").await;
        assert!(mail.body.contains(&reference), "{}", mail.body);
        assert!(
            mail.subject.contains("Ma Xiaoming"),
            "mail about someone helped names them: {}",
            mail.subject
        );
        let id = petition_id(&app).await;
        let status_path = format!("/petitions/{reference}");
        let status = app.get(&status_path).await;
        assert_eq!(status.status, 200);
        assert!(status.body.contains("Ma Xiaoming"));
        assert!(status.body.contains("A family member"), "the proxy is recorded");
        assert_eq!(state_of(&app, id).await, "awaiting_transcript");

        // Scope: another resident and another street's officer get 404.
        let stranger = app.other_browser();
        stranger.register_and_sign_in("Zhao Li", "zhao@example.cn").await;
        assert_eq!(stranger.get(&status_path).await.status, 404);
        assert_eq!(app.get("/petitions/XF20200101-000001").await.status, 404);
        assert_eq!(app.get("/petitions/not-a-reference").await.status, 404);
        let elsewhere =
            staff_member(&app, "elsewhere@example.org", Role::PetitionOfficer, OTHER_STREET).await;
        assert_eq!(
            elsewhere
                .browser
                .get(&format!("/staff/petitions/{id}"))
                .await
                .status,
            404
        );
        let refused = elsewhere
            .browser
            .post_form(&format!("/staff/petitions/{id}/accept"), "")
            .await;
        assert_eq!(refused.status, 404);
        let reviewer = staff_member(
            &app,
            "reviewer@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        assert_eq!(reviewer.browser.get("/staff/petitions").await.status, 403);

        // The street's officer sees it, plays the recording and writes it down.
        let officer = staff_member(
            &app,
            "street@example.org",
            Role::PetitionOfficer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let list = officer.browser.get("/staff/petitions").await;
        assert_eq!(list.status, 200);
        assert!(list.body.contains(&reference));
        let matter = officer.browser.get(&format!("/staff/petitions/{id}")).await;
        assert_eq!(matter.status, 200);
        assert!(matter.body.contains("my-petition.mp4"));
        let recording = officer
            .browser
            .get(&format!("/staff/petitions/{id}/recording"))
            .await;
        assert_eq!(recording.status, 200);
        assert_eq!(recording.header("content-type"), "video/mp4");
        let empty = officer
            .browser
            .post_form(&format!("/staff/petitions/{id}/transcribe"), "transcript=")
            .await;
        assert_eq!(empty.status, 422);
        assert!(errors(&empty.body).contains("#transcript"));
        act(&officer, id, "transcribe", "transcript=The+lift+is+broken.").await;
        assert!(app
            .last_mail_to("ma@example.cn")
            .await
            .subject
            .contains("Please check"));

        // Not routed before the petitioner confirms: the clock runs all the same.
        let early = officer
            .browser
            .post_form(
                &format!("/staff/petitions/{id}/route"),
                &format!("to={COMMUNITY}"),
            )
            .await;
        assert_eq!(early.status, 422);
        let status = app.get(&status_path).await;
        assert!(status.body.contains("The lift is broken."));
        let corrected = app
            .post_form(
                &format!("{status_path}/transcript"),
                "choice=correct&transcript=The+lift+at+the+centre+is+broken.",
            )
            .await;
        assert_eq!(corrected.status, 303);
        assert_eq!(state_of(&app, id).await, "received");

        // Routing (a bad area is refused), acceptance with its notice.
        let bad = officer
            .browser
            .post_form(&format!("/staff/petitions/{id}/route"), "to=nowhere")
            .await;
        assert_eq!(bad.status, 422);
        assert!(errors(&bad.body).contains("#to"));
        act(&officer, id, "route", &format!("to={COMMUNITY}&department=")).await;
        act(&officer, id, "accept", "accept_message=").await;
        let notice = app.last_mail_to("ma@example.cn").await;
        assert!(
            notice.subject.contains("Notice of acceptance"),
            "{}",
            notice.subject
        );
        assert!(notice.body.contains("Easy-read version"), "{}", notice.body);

        // One extension, within the law's days, with its reason.
        let too_long = officer
            .browser
            .post_form(
                &format!("/staff/petitions/{id}/extend"),
                "days=31&extend_reason=Site+visit",
            )
            .await;
        assert_eq!(too_long.status, 422);
        assert!(errors(&too_long.body).contains("#days"));
        let no_reason = officer
            .browser
            .post_form(&format!("/staff/petitions/{id}/extend"), "days=10&extend_reason=")
            .await;
        assert_eq!(no_reason.status, 422);
        assert!(errors(&no_reason.body).contains("#extend_reason"));
        let garbage = officer
            .browser
            .post_form(
                &format!("/staff/petitions/{id}/extend"),
                "days=%FF%FE&extend_reason=x",
            )
            .await;
        assert_eq!(garbage.status, 422);
        act(
            &officer,
            id,
            "extend",
            "days=10&extend_reason=A+site+visit+is+needed",
        )
        .await;
        let again = officer
            .browser
            .post_form(
                &format!("/staff/petitions/{id}/extend"),
                "days=5&extend_reason=More",
            )
            .await;
        assert_eq!(again.status, 422, "only once");
        let status = app.get(&status_path).await;
        assert!(
            status.body.contains("A site visit is needed"),
            "the reason is told"
        );

        // Decision, review, answer, rating.
        let half = officer
            .browser
            .post_form(&format!("/staff/petitions/{id}/decide"), "decision=Repaired")
            .await;
        assert_eq!(half.status, 422);
        assert!(errors(&half.body).contains("#decision_easy"));
        act(
            &officer,
            id,
            "decide",
            "decision=The+lift+will+be+repaired+by+the+end+of+the+month.&decision_easy=We+will+fix+the+lift+this+month.",
        )
        .await;
        let status = app.get(&status_path).await;
        assert!(status.body.contains("We will fix the lift this month."));
        assert!(status.body.contains("Ask for a review"));
        assert!(status.body.contains("Tell us how we did"));
        let asked = app.post_form(&format!("{status_path}/review"), "reason=").await;
        assert_eq!(asked.status, 422);
        let asked = app
            .post_form(&format!("{status_path}/review"), "reason=Too+slow")
            .await;
        assert_eq!(asked.status, 303);
        act(
            &officer,
            id,
            "answer",
            "answer=The+date+stands.&answer_easy=The+date+does+not+change.",
        )
        .await;
        assert_eq!(state_of(&app, id).await, "reviewed");
        let unrated = app
            .post_form(&format!("{status_path}/rate"), "rating=great")
            .await;
        assert_eq!(unrated.status, 422);
        assert!(errors(&unrated.body).contains("#rating"));
        let rated = app
            .post_form(&format!("{status_path}/rate"), "rating=basically")
            .await;
        assert_eq!(rated.status, 303);
        assert_eq!(state_of(&app, id).await, "closed");
        let status = app.get(&status_path).await;
        assert!(status.body.contains("Basically satisfied"));
        assert!(!status.body.contains("Ask for a re-review"));

        // Internal notes stay internal; every view and change is audited.
        act(&officer, id, "notes", "note=Called+the+property+manager.").await;
        assert!(!app.get(&status_path).await.body.contains("property manager"));
        let notices = app
            .count(&format!(
                "SELECT COUNT(*) FROM petition_notice WHERE petition_id = {id}"
            ))
            .await;
        assert_eq!(notices, 4, "acceptance, extension, decision, review answer");
        for action in [
            "view_petitions",
            "view_petition",
            "view_petition_recording",
            "transcribe_petition",
            "route_petition",
            "accept_petition",
            "extend_petition",
            "decide_petition",
            "answer_petition_review",
            "add_petition_note",
        ] {
            assert!(audit_count(&app, action).await >= 1, "{action} is audited");
        }
        assert_eq!(audit_count(&app, "extend_petition").await, 1);
    }
}

#[tokio::test]
async fn objections_late_reviews_supervision_and_anonymous_suggestions() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Li Na", "li@example.cn").await;

        // Malformed and empty filings are answered with their errors.
        let empty = app.post_form("/petitions/new", "").await;
        assert_eq!(empty.status, 422);
        let summary = errors(&empty.body);
        for field in ["#kind", "#area", "#what_happened", "#what_asked"] {
            assert!(summary.contains(field), "{field}: {summary}");
        }
        let odd = app
            .post_form("/petitions/new", "for=99999&kind=%00&area=%FF&what_happened=x")
            .await;
        assert_eq!(odd.status, 422);
        assert!(errors(&odd.body).contains("#for"));
        let other = app
            .post_form("/petitions/new", "for=other&kind=request&area=jiangbei")
            .await;
        assert_eq!(other.status, 422);
        let summary = errors(&other.body);
        for field in ["#petitioner_name", "#proxy", "#authorisation", "#area"] {
            assert!(summary.contains(field), "{field}: {summary}");
        }

        let reference = file_written(&app, "service_delay").await;
        let id = petition_id(&app).await;
        let status_path = format!("/petitions/{reference}");

        // The street routes it to another street, which objects within its 5 working days.
        let street = staff_member(
            &app,
            "street@example.org",
            Role::PetitionOfficer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let other = staff_member(&app, "other@example.org", Role::PetitionOfficer, OTHER_STREET).await;
        act(&street, id, "route", &format!("to={OTHER_STREET}&department=")).await;
        assert_eq!(
            street.browser.get(&format!("/staff/petitions/{id}")).await.status,
            404
        );
        let page = other.browser.get(&format!("/staff/petitions/{id}")).await;
        assert!(page.body.contains("Not ours: object"));
        assert!(page.body.contains("li@example.cn"), "where letters go");
        execute(
            &app,
            "UPDATE resident_account SET email = 'li.na@example.cn' WHERE email = 'li@example.cn'",
        )
        .await;
        let page = other.browser.get(&format!("/staff/petitions/{id}")).await;
        assert!(
            page.body.contains("li.na@example.cn") && !page.body.contains("li@example.cn"),
            "letters go to the address the account has now, and the page says so"
        );
        let no_reason = other
            .browser
            .post_form(&format!("/staff/petitions/{id}/object"), "object_reason=")
            .await;
        assert_eq!(no_reason.status, 422);
        act(&other, id, "object", "object_reason=It+is+a+Guanyinqiao+matter.").await;
        assert_eq!(state_of(&app, id).await, "received");
        assert_eq!(
            other.browser.get(&format!("/staff/petitions/{id}")).await.status,
            404
        );
        assert_eq!(
            street.browser.get(&format!("/staff/petitions/{id}")).await.status,
            200
        );
        assert!(
            !app.get(&status_path).await.body.contains("Guanyinqiao matter"),
            "internal reasons"
        );

        // Routed again, long ago: past the objection limit and the acceptance limit.
        act(&street, id, "route", &format!("to={OTHER_STREET}&department=")).await;
        execute(
            &app,
            &format!("UPDATE petition SET routed_on = '2026-01-05' WHERE id = {id}"),
        )
        .await;
        let late = other
            .browser
            .post_form(&format!("/staff/petitions/{id}/object"), "object_reason=Not+ours")
            .await;
        assert_eq!(late.status, 422, "the objection limit has passed");
        assert!(errors(&late.body).contains("#actions-heading"));
        let list = other.browser.get("/staff/petitions").await;
        assert!(list.body.contains("Overdue"));

        // The district supervises overdue matters; a street officer may not.
        assert_eq!(
            street.browser.get("/staff/petitions/supervision").await.status,
            403
        );
        let district = staff_member(&app, "district@example.org", Role::PetitionOfficer, "jiangbei").await;
        let overdue = district.browser.get("/staff/petitions/supervision").await;
        assert_eq!(overdue.status, 200);
        assert!(overdue.body.contains(&reference));
        let not_allowed = other
            .browser
            .post_form(
                &format!("/staff/petitions/{id}/supervision"),
                "supervision_note=x",
            )
            .await;
        assert_eq!(not_allowed.status, 403);
        act(
            &district,
            id,
            "supervision",
            "supervision_note=Accept+it+this+week.",
        )
        .await;
        assert_eq!(audit_count(&app, "view_supervision").await, 1);
        assert_eq!(audit_count(&app, "add_supervision_note").await, 1);

        // Accepted and decided; a review asked after its 30 days is refused.
        act(&other, id, "accept", "accept_message=").await;
        act(&other, id, "decide", "decision=Done.&decision_easy=Done.").await;
        execute(
            &app,
            &format!("UPDATE petition SET decided_on = '2026-01-05' WHERE id = {id}"),
        )
        .await;
        let too_late = app.post_form(&format!("{status_path}/review"), "reason=No").await;
        assert_eq!(too_late.status, 422);
        assert!(errors(&too_late.body).contains("#reason"));
        assert_eq!(state_of(&app, id).await, "decided");
        let rated = app
            .post_form(&format!("{status_path}/rate"), "rating=not_satisfied")
            .await;
        assert_eq!(rated.status, 303);

        // An anonymous suggestion: no account, no reference, no email.
        let visitor = app.other_browser();
        visitor.get("/language/en?next=/").await;
        let form = visitor.get("/petitions/suggest").await;
        assert_eq!(form.status, 200);
        assert!(form.body.contains("no reference"));
        let empty = visitor.post_form("/petitions/suggest", "area=&suggestion=").await;
        assert_eq!(empty.status, 422);
        let sent = visitor
            .post_form(
                "/petitions/suggest",
                &format!("area={COMMUNITY}&suggestion=More+benches+please"),
            )
            .await;
        assert_eq!(sent.status, 303);
        assert_eq!(sent.header("location"), "/petitions/suggest/sent");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM petition WHERE account_id IS NULL")
                .await,
            1
        );
        assert_eq!(
            visitor.get("/petitions/new").await.status,
            303,
            "filing needs an account"
        );

        // Public statistics: counts under 5 are not shown.
        let stats = visitor.get("/petitions/statistics").await;
        assert_eq!(stats.status, 200);
        assert!(stats.body.contains("fewer than 5"), "{}", stats.body);
        assert!(!stats.body.contains("More benches"));
        let home = visitor.get("/petitions").await;
        assert_eq!(home.status, 200);
        assert!(home.body.contains("/petitions/statistics"));
        assert!(visitor.get("/").await.body.contains("href=\"/petitions\""));

        // A deleted account gets no more letters by email (the record stays).
        let leaving = app.other_browser();
        leaving.register_and_sign_in("Qian Yu", "qian@example.cn").await;
        file_written(&leaving, "suggestion").await;
        let leaving_id = petition_id(&app).await;
        assert_eq!(leaving.post_form("/account/delete", "").await.status, 303);
        let before = app.mails_to("qian@example.cn").await.len();
        act(
            &street,
            leaving_id,
            "route",
            &format!("to={COMMUNITY}&department="),
        )
        .await;
        act(&street, leaving_id, "accept", "accept_message=").await;
        assert_eq!(app.mails_to("qian@example.cn").await.len(), before);
        let page = street
            .browser
            .get(&format!("/staff/petitions/{leaving_id}"))
            .await;
        assert!(
            page.body.contains("letters are not emailed") && !page.body.contains("qian@example.cn"),
            "staff are told the letters no longer go by email"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM petition_notice WHERE petition_id = {leaving_id}"
            ))
            .await,
            1
        );

        // Ids that are not numbers or references are "not found", never a 500.
        assert_eq!(street.browser.get("/staff/petitions/abc").await.status, 404);
        assert_eq!(
            street
                .browser
                .post_form("/staff/petitions/99999/accept", "")
                .await
                .status,
            404
        );
    }
}

#[tokio::test]
async fn hostile_input_to_every_petition_form_is_answered_without_a_server_error() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Sun Li", "sun@example.cn").await;
        let reference = file_written(&app, "request").await;
        let id = petition_id(&app).await;
        let officer = staff_member(
            &app,
            "street@example.org",
            Role::PetitionOfficer,
            "jiangbei.guanyinqiao",
        )
        .await;
        let long = "长".repeat(6000);
        let bodies = [
            String::new(),
            "%FF%FE%00=%00".to_string(),
            format!("for=-1&kind=request&area={COMMUNITY}&what_happened={long}&what_asked={long}"),
            "days=99999999999999&extend_reason=x&rating=%00&choice=correct&transcript=".to_string(),
            format!("to=jiangbei&department={long}&note={long}&answer={long}&answer_easy=x"),
            "choice=confirm&reason=%E4%B8%8D&information=%F0%9F%98%80".to_string(),
        ];
        let resident_paths = [
            "/petitions/new".to_string(),
            "/petitions/suggest".to_string(),
            format!("/petitions/{reference}/transcript"),
            format!("/petitions/{reference}/information"),
            format!("/petitions/{reference}/review"),
            format!("/petitions/{reference}/rate"),
            "/petitions/XF99999999-999999/rate".to_string(),
        ];
        let staff_paths: Vec<String> = [
            "transcribe",
            "route",
            "object",
            "accept",
            "not-accept",
            "extend",
            "decide",
            "answer",
            "notes",
            "supervision",
        ]
        .iter()
        .map(|action| format!("/staff/petitions/{id}/{action}"))
        .collect();
        for body in &bodies {
            for path in &resident_paths {
                let answered = app.post_form(path, body).await;
                assert!(
                    answered.status < 500,
                    "{path} with {body:.40}: {}",
                    answered.status
                );
            }
            for path in &staff_paths {
                let answered = officer.browser.post_form(path, body).await;
                assert!(
                    answered.status < 500,
                    "{path} with {body:.40}: {}",
                    answered.status
                );
            }
        }
        let recording = upload(&app, "/petitions/new/recording", vec![0; 10], &[("for", "%FF")]).await;
        assert!(recording.status < 500);
        assert_eq!(
            app.get(&format!("/staff/petitions/{id}/recording")).await.status,
            303,
            "staff only"
        );
        assert_eq!(
            officer
                .browser
                .get(&format!("/staff/petitions/{id}/recording"))
                .await
                .status,
            404
        );
    }
}

/// Two servers on one PostgreSQL database, as behind one proxy: the
/// resident files through one, the officer routes and accepts through the
/// other, and each sees the other's work at once; each letter is queued once.
#[tokio::test]
async fn a_matter_filed_through_one_server_is_handled_through_the_other() {
    let Some((a, b)) = spawn_two_servers(&[]).await else {
        return;
    };
    a.register_and_sign_in("Wu Lan", "wu.lan@example.cn").await;
    let reference = file_written(&a, "inaccessible_building").await;
    let id = petition_id(&a).await;
    let officer = staff_member(
        &b,
        "street@example.org",
        Role::PetitionOfficer,
        "jiangbei.guanyinqiao",
    )
    .await;
    let list = officer.browser.get("/staff/petitions").await;
    assert!(
        list.body.contains(&reference),
        "filed on one server, listed on the other"
    );
    act(&officer, id, "route", &format!("to={COMMUNITY}&department=")).await;
    act(&officer, id, "accept", "accept_message=").await;

    let status = a.get(&format!("/petitions/{reference}")).await;
    assert_eq!(status.status, 200);
    assert_eq!(
        status.html().count(".notice"),
        1,
        "the acceptance, written on the other server"
    );
    let mail = a.mails_to("wu.lan@example.cn").await;
    let subjects: Vec<&str> = mail.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(
        subjects.len(),
        3,
        "sign-in link, filing, acceptance: {subjects:?}"
    );
    assert!(subjects[2].contains("Notice of acceptance"), "{subjects:?}");
}
