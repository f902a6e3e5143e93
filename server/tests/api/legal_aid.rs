//! Legal aid: the resident's request (for oneself, or as a legal
//! representative for someone on their list), the exemption from the
//! financial check, urgent requests first, the one missing-documents
//! notice, decision, objection, assignment, closing only with every
//! adjustment recorded, emails, the audit trail, scope and ownership, and
//! clear answers to malformed input.

use crate::applications::CERTIFICATE;
use crate::helpers::{backends, spawn_app, spawn_two_servers, Page, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::staff_member;
use app::domain::local_time::utc_to_chongqing;
use app::domain::staff::Role;
use chrono::{Duration, Utc};

const GUANYINQIAO_1: &str = "jiangbei.guanyinqiao.community1";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

fn in_days(days: i64) -> String {
    (utc_to_chongqing(Utc::now()).date() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// A complete request form for the signed-in resident, changed by `extra`
/// (later fields win, so `extra` may replace any).
fn request_form(extra: &str) -> String {
    let base = format!(
        "for=self&certificate_number={CERTIFICATE}&area_code={GUANYINQIAO_1}&phone=138+0000+0000&matter_kind=employment&description={}&faced=none&faced_on=&adjustment=sign_language&adjustment=home_visit&adjustment_other=&income=no_fixed_income",
        urlencode("老板拖欠三个月工资")
    );
    if extra.is_empty() {
        base
    } else {
        // Fields given again replace the base's.
        let names: Vec<&str> = extra.split('&').filter_map(|p| p.split('=').next()).collect();
        let kept: Vec<&str> = base
            .split('&')
            .filter(|p| !names.contains(&p.split('=').next().unwrap_or_default()))
            .collect();
        format!("{}&{extra}", kept.join("&"))
    }
}

/// Sends a request and returns its id.
async fn file(app: &TestApp, extra: &str) -> i32 {
    let sent = app.post_form("/legal-aid/new", &request_form(extra)).await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    let location = sent.header("location").to_string();
    location
        .strip_prefix("/legal-aid/requests/")
        .and_then(|rest| rest.strip_suffix("/confirmation"))
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("unexpected location {location}"))
}

async fn status_of(app: &TestApp, id: i32) -> String {
    let backend = app.db.get_database_backend();
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one(Statement::from_string(
            backend,
            format!("SELECT status FROM legal_aid_request WHERE id = {id}"),
        ))
        .await
        .expect("query")
        .expect("a request");
    row.try_get("", "status").expect("status")
}

async fn column(app: &TestApp, id: i32, name: &str) -> String {
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT {name} FROM legal_aid_request WHERE id = {id}"),
        ))
        .await
        .expect("query")
        .expect("a request");
    row.try_get("", name).expect("a text column")
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .await
}

/// The first reference (`FY2026-000001`) on a page.
fn reference_of(page: &Page) -> String {
    page.body
        .match_indices("FY")
        .filter_map(|(at, _)| page.body.get(at..at + 13))
        .find(|r| {
            let b = r.as_bytes();
            b[2..6].iter().all(u8::is_ascii_digit) && b[6] == b'-' && b[7..].iter().all(u8::is_ascii_digit)
        })
        .expect("a reference on the page")
        .to_string()
}

#[tokio::test]
async fn a_request_goes_from_one_notice_to_decision_lawyer_and_closing() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Wang Fang", "wang.fang@example.cn")
            .await;
        let start = app.get("/legal-aid").await;
        assert_eq!(start.status, 200);
        assert!(start.body.contains("/legal-aid/new"));
        let form = app.get("/legal-aid/new").await;
        assert_eq!(form.status, 200);
        assert_eq!(form.h1s(), 1);

        let id = file(&app, "").await;
        let confirmation = app.get(&format!("/legal-aid/requests/{id}/confirmation")).await;
        assert_eq!(confirmation.status, 200);
        let reference = reference_of(&confirmation);
        assert!(
            confirmation
                .body
                .contains("a disabled person without a fixed income"),
            "the exemption is applied and said"
        );
        assert_eq!(
            column(&app, id, "financial_check").await,
            "exempt_disabled_no_income"
        );
        let received = app.last_mail_to("wang.fang@example.cn").await;
        assert!(received.subject.contains(&reference), "{}", received.subject);
        assert!(
            received.body.contains("decides within 7 days"),
            "{}",
            received.body
        );

        let centre = staff_member(&app, "centre@example.org", Role::LegalAidWorker, "jiangbei").await;
        let list = centre.browser.get("/staff/legal-aid").await;
        assert_eq!(list.status, 200);
        assert!(list.body.contains(&reference));
        assert!(list.body.contains("days left"), "the decision's clock is shown");
        let page = centre.browser.get(&format!("/staff/legal-aid/{id}")).await;
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains("Chinese Sign Language interpreter"),
            "adjustments travel with the case"
        );
        assert!(page.body.contains("No financial check is needed"));
        assert_eq!(audit_count(&app, "view_legal_aid_requests").await, 1);
        assert_eq!(audit_count(&app, "view_legal_aid_request").await, 1);

        // One notice of missing documents, and no second.
        let base = format!("/staff/legal-aid/{id}");
        let empty = centre
            .browser
            .post_form(&format!("{base}/documents-notice"), "notice=")
            .await;
        assert_eq!(empty.status, 422);
        assert!(errors(&empty.body).contains("#notice"));
        let notice = "notice=Labour+contract+and+wage+slips";
        let asked = centre
            .browser
            .post_form(&format!("{base}/documents-notice"), notice)
            .await;
        assert_eq!(asked.status, 303, "{}", errors(&asked.body));
        assert_eq!(status_of(&app, id).await, "documents_asked");
        let mail = app.last_mail_to("wang.fang@example.cn").await;
        assert!(
            mail.body.contains("Labour contract and wage slips"),
            "{}",
            mail.body
        );
        let again = centre
            .browser
            .post_form(&format!("{base}/documents-notice"), notice)
            .await;
        assert_eq!(again.status, 422);
        assert!(
            errors(&again.body).contains("already been sent"),
            "{}",
            errors(&again.body)
        );
        assert_eq!(audit_count(&app, "ask_legal_aid_documents").await, 1);

        // The resident sees the notice and adds a document: complete again.
        let status = app.get(&format!("/legal-aid/requests/{id}")).await;
        assert!(status.body.contains("Labour contract and wage slips"));
        let uploaded = app
            .upload(
                &format!("/legal-aid/requests/{id}/documents"),
                "contract.png",
                PNG,
                &[],
            )
            .await;
        assert_eq!(uploaded.status, 303, "{}", errors(&uploaded.body));
        assert_eq!(status_of(&app, id).await, "received");
        let again = centre
            .browser
            .post_form(&format!("{base}/documents-notice"), notice)
            .await;
        assert_eq!(again.status, 422, "still only one notice");
        let document_id = app
            .count(&format!(
                "SELECT CAST(MAX(id) AS BIGINT) FROM legal_aid_document WHERE request_id = {id}"
            ))
            .await;
        let opened = centre
            .browser
            .get(&format!("{base}/documents/{document_id}"))
            .await;
        assert_eq!(opened.status, 200);
        assert_eq!(audit_count(&app, "view_legal_aid_document").await, 1);

        // Decision, then the lawyer.
        let granted = centre
            .browser
            .post_form(&format!("{base}/decision"), "decision=grant&reason=")
            .await;
        assert_eq!(granted.status, 303, "{}", errors(&granted.body));
        assert_eq!(status_of(&app, id).await, "granted");
        assert!(app
            .last_mail_to("wang.fang@example.cn")
            .await
            .subject
            .contains("granted"));
        let early = centre
            .browser
            .post_form(&format!("{base}/close"), "outcome=done")
            .await;
        assert_eq!(early.status, 422, "no closing before a lawyer");
        let lawyers = centre.browser.get("/staff/lawyers").await;
        assert_eq!(lawyers.status, 200);
        assert!(lawyers.body.contains("Chinese Sign Language"));
        let assigned = centre
            .browser
            .post_form(&format!("{base}/lawyer"), "lawyer=1")
            .await;
        assert_eq!(assigned.status, 303, "{}", errors(&assigned.body));
        assert_eq!(status_of(&app, id).await, "assigned");
        let mail = app.last_mail_to("wang.fang@example.cn").await;
        assert!(mail.body.contains("王律师"), "{}", mail.body);
        let resident_view = app.get(&format!("/legal-aid/requests/{id}")).await;
        assert!(resident_view.body.contains("王律师"));

        // Closing needs every adjustment recorded, and a note when not provided.
        let nothing = centre
            .browser
            .post_form(&format!("{base}/close"), "outcome=Wages+paid")
            .await;
        assert_eq!(nothing.status, 422);
        assert!(
            errors(&nothing.body).contains("#provided-sign-language"),
            "{}",
            errors(&nothing.body)
        );
        let no_note = centre
            .browser
            .post_form(
                &format!("{base}/close"),
                "provided-sign-language=yes&provided-home-visit=no&note-home-visit=&outcome=Wages+paid",
            )
            .await;
        assert_eq!(no_note.status, 422);
        assert!(
            errors(&no_note.body).contains("#note-home-visit"),
            "{}",
            errors(&no_note.body)
        );
        assert_eq!(status_of(&app, id).await, "assigned");
        let closed = centre
            .browser
            .post_form(
                &format!("{base}/close"),
                "provided-sign-language=yes&provided-home-visit=no&note-home-visit=Met+at+the+street+office+as+asked&outcome=Wages+paid",
            )
            .await;
        assert_eq!(closed.status, 303, "{}", errors(&closed.body));
        assert_eq!(status_of(&app, id).await, "closed");
        for action in [
            "decide_legal_aid",
            "assign_lawyer",
            "close_legal_aid",
            "view_lawyers",
        ] {
            assert_eq!(audit_count(&app, action).await, 1, "{action}");
        }
        let history = app.get(&format!("/legal-aid/requests/{id}")).await;
        assert!(history.body.contains("Wages paid"));
    }
}

#[tokio::test]
async fn urgent_requests_come_first_and_a_refusal_can_be_objected_to() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Li Qiang", "li.qiang@example.cn").await;
        let added = app
            .post_form(
                "/account/people/new",
                &format!("full_name=Li+Xiaoming&relationship=child&certificate_number={CERTIFICATE}&declaration=yes"),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        let person = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await;

        let normal = file(&app, "income=fixed_income").await;
        assert_eq!(column(&app, normal, "financial_check").await, "required");
        let urgent = file(
            &app,
            &format!(
                "for={person}&filer=legal_representative&certificate_number=&faced=hearing&faced_on={}&income=social_assistance",
                in_days(3)
            ),
        )
        .await;
        assert_eq!(
            column(&app, urgent, "financial_check").await,
            "exempt_social_assistance"
        );
        assert_eq!(column(&app, urgent, "person_name").await, "Li Xiaoming");
        let later = file(&app, &format!("faced=limitation&faced_on={}", in_days(30))).await;
        let confirmation = app
            .get(&format!("/legal-aid/requests/{urgent}/confirmation"))
            .await;
        assert!(confirmation.body.contains("helps you first"), "urgent is said");
        let later_page = app.get(&format!("/legal-aid/requests/{later}")).await;
        assert!(
            !later_page.body.contains("helps you first"),
            "30 days away is not urgent"
        );

        let post = staff_member(
            &app,
            "post@example.org",
            Role::LegalAidWorker,
            "jiangbei.guanyinqiao",
        )
        .await;
        let list = post.browser.get("/staff/legal-aid").await;
        let urgent_ref = reference_of(&app.get(&format!("/legal-aid/requests/{urgent}")).await);
        let normal_ref = reference_of(&app.get(&format!("/legal-aid/requests/{normal}")).await);
        let at = |r: &str| list.body.find(r).unwrap_or(usize::MAX);
        assert!(
            at(&urgent_ref) < at(&normal_ref),
            "the urgent request is listed first"
        );

        // Refusal needs its reason; then the person may object once.
        let base = format!("/staff/legal-aid/{normal}");
        let bare = post
            .browser
            .post_form(&format!("{base}/decision"), "decision=refuse&reason=")
            .await;
        assert_eq!(bare.status, 422);
        assert!(errors(&bare.body).contains("#reason"));
        let refused = post
            .browser
            .post_form(
                &format!("{base}/decision"),
                "decision=refuse&reason=Income+above+the+standard",
            )
            .await;
        assert_eq!(refused.status, 303, "{}", errors(&refused.body));
        let mail = app.last_mail_to("li.qiang@example.cn").await;
        assert!(mail.body.contains("Income above the standard"), "{}", mail.body);
        let own = format!("/legal-aid/requests/{normal}");
        let empty = app.post_form(&format!("{own}/objection"), "objection=").await;
        assert_eq!(empty.status, 422);
        assert!(errors(&empty.body).contains("#objection"));
        let objected = app
            .post_form(&format!("{own}/objection"), "objection=My+wage+stopped+in+August")
            .await;
        assert_eq!(objected.status, 303);
        assert_eq!(status_of(&app, normal).await, "objected");
        let twice = app
            .post_form(&format!("{own}/objection"), "objection=Again")
            .await;
        assert_eq!(twice.status, 303);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM legal_aid_event WHERE request_id = {normal} AND status = 'objected'"
            ))
            .await,
            1,
            "one objection"
        );
        let page = post.browser.get(&base).await;
        assert!(page.body.contains("My wage stopped in August"));
        assert!(page.body.contains("days left"), "the objection's 5 days run");
        let decided = post
            .browser
            .post_form(
                &format!("{base}/objection"),
                "objection_outcome=overturned&answer=The+income+was+counted+wrongly",
            )
            .await;
        assert_eq!(decided.status, 303, "{}", errors(&decided.body));
        assert_eq!(status_of(&app, normal).await, "granted");
        let mail = app.last_mail_to("li.qiang@example.cn").await;
        assert!(mail.body.contains("Your objection succeeded"), "{}", mail.body);
        assert_eq!(audit_count(&app, "decide_legal_aid_objection").await, 1);
    }
}

#[tokio::test]
async fn nobody_reaches_a_request_that_is_not_theirs_or_outside_their_area() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhao Lei", "zhao.lei@example.cn").await;
        let id = file(&app, "").await;
        let reference = reference_of(&app.get(&format!("/legal-aid/requests/{id}")).await);
        let uploaded = app
            .upload(
                &format!("/legal-aid/requests/{id}/documents"),
                "scan.png",
                PNG,
                &[],
            )
            .await;
        assert_eq!(uploaded.status, 303);
        let document = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM legal_aid_document")
            .await;

        let other = app.other_browser();
        other
            .register_and_sign_in("Qian Hong", "qian.hong@example.cn")
            .await;
        for path in [
            format!("/legal-aid/requests/{id}"),
            format!("/legal-aid/requests/{id}/confirmation"),
            format!("/legal-aid/requests/{id}/documents/{document}"),
        ] {
            assert_eq!(other.get(&path).await.status, 404, "{path}");
        }
        let objection = other
            .post_form(&format!("/legal-aid/requests/{id}/objection"), "objection=x")
            .await;
        assert_eq!(objection.status, 404);
        let mine = other.get("/legal-aid").await;
        assert!(!mine.body.contains(&reference), "another's request is not listed");

        let wulidian = staff_member(
            &app,
            "wulidian@example.org",
            Role::LegalAidWorker,
            "jiangbei.wulidian",
        )
        .await;
        assert_eq!(
            wulidian
                .browser
                .get(&format!("/staff/legal-aid/{id}"))
                .await
                .status,
            404
        );
        let decided = wulidian
            .browser
            .post_form(&format!("/staff/legal-aid/{id}/decision"), "decision=grant")
            .await;
        assert_eq!(decided.status, 404);
        let list = wulidian.browser.get("/staff/legal-aid").await;
        assert_eq!(list.status, 200);
        assert!(
            !list.body.contains(&reference),
            "another street's request is not listed"
        );
        assert_eq!(
            wulidian.browser.get("/staff/lawyers").await.status,
            403,
            "a street post does not keep the lawyers' list"
        );
        let guanyinqiao = staff_member(
            &app,
            "gyq@example.org",
            Role::LegalAidWorker,
            "jiangbei.guanyinqiao",
        )
        .await;
        assert_eq!(
            guanyinqiao
                .browser
                .get(&format!("/staff/legal-aid/{id}"))
                .await
                .status,
            200
        );
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, "jiangbei").await;
        assert_eq!(editor.browser.get("/staff/legal-aid").await.status, 403);
        assert_eq!(
            editor.browser.get(&format!("/staff/legal-aid/{id}")).await.status,
            403
        );
        assert_eq!(status_of(&app, id).await, "received");
    }
}

#[tokio::test]
async fn malformed_input_gets_clear_messages_never_an_error_page() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert_eq!(app.get("/legal-aid/new").await.status, 303, "sign in first");
        app.register_and_sign_in("Sun Yu", "sun.yu@example.cn").await;

        let empty = app.post_form("/legal-aid/new", "").await;
        assert_eq!(empty.status, 422);
        assert!(empty.title().starts_with("Error: "), "{}", empty.title());
        let listed = errors(&empty.body);
        for field in [
            "#for",
            "#area_code",
            "#phone",
            "#matter_kind",
            "#description",
            "#faced",
            "#income",
        ] {
            assert!(listed.contains(field), "{field} in {listed}");
        }

        let bad = app
            .post_form(
                "/legal-aid/new",
                &request_form("for=99999&faced=hearing&faced_on=2026-02-30&phone=call+me&certificate_number=123&matter_kind=spaceships"),
            )
            .await;
        assert_eq!(bad.status, 422);
        let listed = errors(&bad.body);
        for field in [
            "#for",
            "#faced_on",
            "#phone",
            "#certificate_number",
            "#matter_kind",
        ] {
            assert!(listed.contains(field), "{field} in {listed}");
        }
        assert!(bad.body.contains("call me"), "what was typed is kept");

        let for_someone = app.post_form("/legal-aid/new", &request_form("for=abc")).await;
        assert_eq!(for_someone.status, 422);
        let junk = app
            .post_form("/legal-aid/new", "%FF%FE=%00&for=%E0%80&description=%ZZ")
            .await;
        assert_eq!(junk.status, 422);
        let long = app
            .post_form(
                "/legal-aid/new",
                &request_form(&format!("description={}", "x".repeat(2001))),
            )
            .await;
        assert_eq!(long.status, 422);
        assert!(errors(&long.body).contains("#description"));
        assert_eq!(app.count("SELECT COUNT(*) FROM legal_aid_request").await, 0);

        let id = file(&app, "").await;
        let not_a_file = app
            .upload(
                &format!("/legal-aid/requests/{id}/documents"),
                "x.exe",
                b"MZ\x90\x00",
                &[],
            )
            .await;
        assert_eq!(not_a_file.status, 422);
        assert!(errors(&not_a_file.body).contains("#document"));
        let centre = staff_member(&app, "centre2@example.org", Role::LegalAidWorker, "jiangbei").await;
        let base = format!("/staff/legal-aid/{id}");
        let maybe = centre
            .browser
            .post_form(&format!("{base}/decision"), "decision=maybe")
            .await;
        assert_eq!(maybe.status, 422);
        assert!(errors(&maybe.body).contains("#decision"));
        let not_now = centre
            .browser
            .post_form(&format!("{base}/lawyer"), "lawyer=abc")
            .await;
        assert_eq!(not_now.status, 422);
        let not_now = centre
            .browser
            .post_form(&format!("{base}/lawyer"), "lawyer=1")
            .await;
        assert_eq!(not_now.status, 422, "no lawyer before the decision");
        assert!(
            errors(&not_now.body).contains("moved on"),
            "{}",
            errors(&not_now.body)
        );
        assert_eq!(centre.browser.get("/staff/legal-aid/abc").await.status, 404);
        assert_eq!(centre.browser.get("/staff/legal-aid/999999").await.status, 404);
        let lawyer = centre
            .browser
            .post_form("/staff/lawyers", "name=&firm=&phone=")
            .await;
        assert_eq!(lawyer.status, 422);
        assert!(errors(&lawyer.body).contains("#language"));
        let added = centre
            .browser
            .post_form(
                "/staff/lawyers",
                "name=Zhou&firm=Centre&phone=023+1234+5678&language=csl",
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        assert_eq!(audit_count(&app, "edit_lawyer").await, 1);
    }
}

/// Two servers on one PostgreSQL database, as behind one proxy: a request
/// sent through one is decided and given a lawyer through the other, and the
/// resident reads both on the first; each letter is queued once.
#[tokio::test]
async fn a_request_sent_through_one_server_is_decided_through_the_other() {
    let Some((a, b)) = spawn_two_servers(&[]).await else {
        return;
    };
    a.register_and_sign_in("Zhao Lei", "zhao.lei@example.cn").await;
    let id = file(&a, "").await;
    let centre = staff_member(&b, "centre@example.org", Role::LegalAidWorker, "jiangbei").await;
    let base = format!("/staff/legal-aid/{id}");
    assert_eq!(centre.browser.get(&base).await.status, 200);
    let granted = centre
        .browser
        .post_form(&format!("{base}/decision"), "decision=grant&reason=")
        .await;
    assert_eq!(granted.status, 303, "{}", errors(&granted.body));
    let assigned = centre
        .browser
        .post_form(&format!("{base}/lawyer"), "lawyer=1")
        .await;
    assert_eq!(assigned.status, 303, "{}", errors(&assigned.body));

    let status = a.get(&format!("/legal-aid/requests/{id}")).await;
    assert!(
        status.body.contains("王律师"),
        "the lawyer given on the other server"
    );
    let subjects: Vec<String> = a
        .mails_to("zhao.lei@example.cn")
        .await
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert_eq!(
        subjects.len(),
        4,
        "sign-in link, received, granted, lawyer: {subjects:?}"
    );
}

/// The centre corrects a lawyer's details: the form starts from what is
/// stored, keeps what was typed when something is wrong, and leaves alone
/// whether the lawyer takes new cases. Only those who keep the list reach it.
#[tokio::test]
async fn a_lawyers_details_are_corrected_and_nobody_else_can() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let centre = staff_member(&app, "centre@example.org", Role::LegalAidWorker, "jiangbei").await;
        let list = centre.browser.get("/staff/lawyers").await;
        assert!(
            list.body.contains("href=\"/staff/lawyers/2\""),
            "each name opens its details"
        );
        let off = centre
            .browser
            .post_form("/staff/lawyers/2/active", "active=no")
            .await;
        assert_eq!(off.status, 303);

        let form = centre.browser.get("/staff/lawyers/2").await;
        assert_eq!(form.status, 200);
        let html = form.html();
        assert_eq!(html.attrs("#name", "value"), ["李律师"]);
        assert_eq!(html.attrs("#phone", "value"), ["023-67859876"]);
        assert_eq!(
            html.attrs("input[name=language][checked]", "value"),
            ["mandarin", "chongqing"]
        );

        let wrong = centre
            .browser
            .post_form(
                "/staff/lawyers/2",
                "name=&firm=Beicheng+Law&phone=023+8888+0000&language=%00",
            )
            .await;
        assert_eq!(wrong.status, 422);
        let summary = errors(&wrong.body);
        assert!(
            summary.contains("#name") && summary.contains("#language"),
            "{summary}"
        );
        assert_eq!(
            wrong.html().attrs("#firm", "value"),
            ["Beicheng Law"],
            "what was typed is kept"
        );
        let long = "x".repeat(101);
        let too_long = centre
            .browser
            .post_form(
                "/staff/lawyers/2",
                &format!("name={long}&firm=F&phone=1&language=csl"),
            )
            .await;
        assert_eq!(too_long.status, 422);

        let saved = centre
            .browser
            .post_form(
                "/staff/lawyers/2",
                "name=%E6%9D%8E%E5%BE%8B%E5%B8%88&firm=Beicheng+Law&phone=023+8888+0000&language=mandarin&language=english",
            )
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        assert_eq!(saved.header("location"), "/staff/lawyers?done=changed");
        let list = centre.browser.get("/staff/lawyers?done=changed").await;
        assert!(list.body.contains("Beicheng Law") && list.body.contains("023 8888 0000"));
        assert!(!list.body.contains("重庆北城律师事务所"), "the old firm is gone");
        let row = app
            .count("SELECT COUNT(*) FROM lawyer WHERE id = 2 AND active = false AND languages = 'mandarin,english'")
            .await;
        assert_eq!(row, 1, "languages changed, still taking no new cases");
        assert_eq!(
            audit_count(&app, "edit_lawyer").await,
            2,
            "taken off the list, then corrected"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'view_lawyers' AND target = 'lawyer:2'")
                .await,
            1,
            "opening a lawyer's details is in the log"
        );

        for path in ["/staff/lawyers/abc", "/staff/lawyers/99999"] {
            assert_eq!(centre.browser.get(path).await.status, 404, "{path}");
        }
        let nobody = centre
            .browser
            .post_form("/staff/lawyers/99999/active", "active=no")
            .await;
        assert_eq!(nobody.status, 404);
        assert_eq!(
            centre
                .browser
                .post_form("/staff/lawyers/99999", "name=A&firm=B&phone=1&language=csl")
                .await
                .status,
            404
        );
        let street = staff_member(
            &app,
            "post@example.org",
            Role::LegalAidWorker,
            "jiangbei.guanyinqiao",
        )
        .await;
        assert_eq!(street.browser.get("/staff/lawyers/2").await.status, 403);
        assert_eq!(
            street
                .browser
                .post_form("/staff/lawyers/2", "name=A&firm=B&phone=1&language=csl")
                .await
                .status,
            403
        );
    }
}
