//! Applying online: from the checker's results to a submitted application,
//! for yourself or someone you help; drafts, documents, double submission,
//! requests for more information, withdrawal, and nobody reaching what is
//! not theirs.

use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::errors;
use app::applications::store as applications;
use reqwest::multipart::{Form, Part};

/// A valid certificate number: born 1 March 1980, physical disability, level 2.
pub const CERTIFICATE: &str = "11010519800301001X12";
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

impl TestApp {
    pub async fn upload(&self, path: &str, name: &str, bytes: &[u8], fields: &[(&str, &str)]) -> Page {
        let mut form = Form::new().part(
            "document",
            Part::bytes(bytes.to_vec()).file_name(name.to_string()),
        );
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        let response = self
            .client
            .post(self.url(path))
            .header("origin", &self.address)
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
}

fn id_from(location: &str) -> i32 {
    location
        .trim_start_matches("/applications/")
        .split(['/', '?'])
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("an application address: {location}"))
}

/// Starts an application for E04 (nursing subsidy) for `for_whom` and returns its id.
pub async fn start(app: &TestApp, for_whom: &str) -> i32 {
    let page = app.get("/apply/e04").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let started = app.post_form("/apply/e04", &format!("for={for_whom}")).await;
    assert_eq!(started.status, 303, "{}", started.body);
    id_from(started.header("location"))
}

async fn complete_sections(app: &TestApp, id: i32) {
    complete_sections_in(app, id, "jiangbei.guanyinqiao.community1").await;
}

/// Fills in every section of a draft, for a person living in `area`.
pub async fn complete_sections_in(app: &TestApp, id: i32, area: &str) {
    let base = format!("/applications/{id}");
    let person = app
        .post_form(
            &format!("{base}/person"),
            &format!("full_name=Li+Ming&certificate_number={CERTIFICATE}&phone=138+0000+0000&area_code={area}&address=1+Example+Road&then=continue"),
        )
        .await;
    assert_eq!(person.status, 303, "{}", errors(&person.body));
    assert_eq!(person.header("location"), format!("{base}/circumstances"));
    assert_eq!(app.get(&format!("{base}/circumstances")).await.status, 200);
    let circumstances = app
        .post_form(&format!("{base}/circumstances"), "then=continue")
        .await;
    assert_eq!(circumstances.header("location"), format!("{base}/documents"));
    let uploaded = app
        .upload(&format!("{base}/documents"), "certificate.pdf", PDF, &[])
        .await;
    assert_eq!(uploaded.status, 303, "{}", errors(&uploaded.body));
    let documents = app
        .post_form(&format!("{base}/documents/done"), "then=continue")
        .await;
    assert_eq!(documents.header("location"), format!("{base}/declaration"));
    let declared = app
        .post_form(&format!("{base}/declaration"), "declaration=yes&then=continue")
        .await;
    assert_eq!(declared.status, 303);
}

#[tokio::test]
async fn the_documents_section_cannot_be_marked_done_without_a_document() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let id = start(&app, "self").await;
        let none = app
            .post_form(&format!("/applications/{id}/documents/done"), "then=continue")
            .await;
        // The documents page again (its own upload form included), not
        // "page not found" for the POST-only `…/documents/done`.
        assert_eq!(none.status, 422, "{}", app.backend);
        assert!(
            errors(&none.body).contains("#document "),
            "{}",
            errors(&none.body)
        );
        assert!(none.title().starts_with("Error: Documents"), "{}", none.title());
        let upload_forms = none.html().attrs("form[enctype]", "action");
        assert_eq!(upload_forms, [format!("/applications/{id}/documents")]);
        // Coming back later is allowed without a document; nothing is marked done.
        let later = app
            .post_form(&format!("/applications/{id}/documents/done"), "then=later")
            .await;
        assert_eq!(later.header("location"), format!("/applications/{id}?saved=1"));
        assert!(app
            .get(&format!("/applications/{id}"))
            .await
            .body
            .contains("0 of 4"));
    }
}

#[tokio::test]
async fn from_the_checker_to_a_submitted_application_with_one_reference() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // Answers given in the checker before signing in are carried over.
        app.post_form("/check/q/level", "answer=1").await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let results = app.get("/check/results").await;
        assert!(
            results.body.contains("href=\"/apply/e04\""),
            "the results link to the application"
        );

        let id = start(&app, "self").await;
        let base = format!("/applications/{id}");
        let tasks = app.get(&base).await;
        assert_eq!(tasks.status, 200);
        assert!(tasks.body.contains("0 of 4"), "a task list with nothing done");
        assert!(app.get(&format!("{base}/check")).await.status == 200);
        let early = app.post_form(&format!("{base}/submit"), "").await;
        assert_eq!(early.status, 422, "an incomplete application is not sent");
        assert!(
            errors(&early.body).contains("#person "),
            "the check page says what to finish"
        );

        let bad = app
            .post_form(
                &format!("{base}/person"),
                "full_name=Li+Ming&certificate_number=123&phone=abc&area_code=jiangbei&address=",
            )
            .await;
        assert_eq!(bad.status, 422);
        let summary = errors(&bad.body);
        for field in ["certificate_number", "phone", "area_code", "address"] {
            assert!(summary.contains(&format!("#{field} ")), "{field}: {summary}");
        }
        assert!(bad.body.contains("value=\"Li Ming\""), "what was typed is kept");

        complete_sections(&app, id).await;
        let level = app.get(&format!("{base}/circumstances")).await;
        assert!(
            level.body.contains("/q/"),
            "questions for this entitlement can be changed"
        );

        let check = app.get(&format!("{base}/check")).await;
        assert!(check.body.contains("Li Ming") && check.body.contains("certificate.pdf"));
        let submit = format!("{base}/submit");
        let (first, second) = tokio::join!(app.post_form(&submit, ""), app.post_form(&submit, ""));
        assert_eq!(first.status, 303);
        assert_eq!(second.status, 303);
        assert_eq!(first.header("location"), format!("{base}/confirmation"));
        assert_eq!(app.post_form(&format!("{base}/submit"), "").await.status, 303);
        assert_eq!(app.count("SELECT COUNT(*) FROM application").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM application_event").await, 1);

        let confirmation = app.get(&format!("{base}/confirmation")).await;
        let reference = format!("JB-{}-{id:06}", chrono::Utc::now().format("%Y"));
        assert!(confirmation.body.contains(&reference), "{}", confirmation.body);
        let mail = app.last_mail_to("li@example.cn").await;
        assert_eq!(
            mail.subject,
            format!("Application received: {reference} (Li Ming)")
        );
        assert_eq!(
            app.mails_to("li@example.cn")
                .await
                .iter()
                .filter(|m| m.subject.contains("received"))
                .count(),
            1
        );

        let status = app.get(&base).await;
        assert!(
            status.body.contains("being checked by the community"),
            "a status in words"
        );
        let account = app.get("/account").await;
        assert!(account.body.contains(&reference));
    }
}

#[tokio::test]
async fn a_draft_is_kept_until_sent_or_deleted() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Sun Li", "sun@example.cn").await;
        let id = start(&app, "self").await;
        let base = format!("/applications/{id}");
        let later = app
            .post_form(
                &format!("{base}/person"),
                &format!("full_name=Sun+Li&certificate_number={CERTIFICATE}&phone=13800000000&area_code=jiangbei.yuzui.village1&address=Yuzui&then=later"),
            )
            .await;
        assert_eq!(later.header("location"), format!("{base}?saved=1"));
        let tasks = app.get(&format!("{base}?saved=1")).await;
        assert!(tasks.body.contains("1 of 4"));
        let person = app.get(&format!("{base}/person")).await;
        assert!(
            person.body.contains("value=\"Yuzui\""),
            "the saved answer comes back"
        );
        assert!(app
            .get("/account")
            .await
            .body
            .contains(&format!("href=\"{base}\"")));

        let uploaded = app
            .upload(&format!("{base}/documents"), "scan.png", PNG, &[])
            .await;
        assert_eq!(uploaded.status, 303);
        assert_eq!(
            std::fs::read_dir(app.dir.path().join("uploads"))
                .map(|d| d.count())
                .unwrap_or(0),
            1
        );
        assert_eq!(app.post_form(&format!("{base}/delete"), "").await.status, 303);
        assert_eq!(app.count("SELECT COUNT(*) FROM application").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 0);
        assert_eq!(
            std::fs::read_dir(app.dir.path().join("uploads"))
                .map(|d| d.count())
                .unwrap_or(0),
            0
        );
    }
}

#[tokio::test]
async fn uploads_are_checked_by_content_and_size_and_nothing_bad_is_kept() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let id = start(&app, "self").await;
        let path = format!("/applications/{id}/documents");

        let fake = app
            .upload(&path, "certificate.pdf", b"MZ\x90\x00 a program, not a PDF", &[])
            .await;
        assert_eq!(fake.status, 422);
        assert!(errors(&fake.body).contains("must be a PDF, JPEG or PNG"));
        let big = vec![b'%'; 10 * 1024 * 1024 + 10];
        let mut big_pdf = PDF.to_vec();
        big_pdf.extend_from_slice(&big);
        let too_big = app.upload(&path, "big.pdf", &big_pdf, &[]).await;
        assert_eq!(too_big.status, 422);
        assert!(errors(&too_big.body).contains("10 MB or smaller"));
        let empty = app.upload(&path, "", b"", &[]).await;
        assert_eq!(empty.status, 422);
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 0);
        let stored = std::fs::read_dir(app.dir.path().join("uploads"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(stored, 0, "nothing written for rejected files");
        let none = app.post_form(&format!("{path}/done"), "then=continue").await;
        assert_eq!(none.status, 422, "at least one document");

        let good = app.upload(&path, "照片.png", PNG, &[]).await;
        assert_eq!(good.status, 303);
        let document: i32 = app.count("SELECT CAST(MAX(id) AS BIGINT) FROM document").await as i32;
        let served = app.get(&format!("{path}/{document}")).await;
        assert_eq!(served.status, 200);
        assert_eq!(served.header("content-type"), "image/png");
        assert!(served.header("content-disposition").contains("UTF-8''%E7%85%A7"));
    }
}

#[tokio::test]
async fn applying_for_someone_you_help_records_both_people() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
        let missing = app
            .post_form(
                "/account/people/new",
                "full_name=Ma+Xiaoming&relationship=parent&certificate_number=110105198003010015",
            )
            .await;
        assert_eq!(missing.status, 422);
        let summary = errors(&missing.body);
        assert!(
            summary.contains("#certificate_number") && summary.contains("#declaration"),
            "{summary}"
        );
        let added = app
            .post_form(
                "/account/people/new",
                &format!("full_name=Ma+Xiaoming&relationship=parent&certificate_number={CERTIFICATE}&declaration=yes&next=%2Fapply%2Fe04"),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        assert!(added.header("location").starts_with("/apply/e04?for="));
        let person_id: i32 = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await as i32;
        let account = app.get("/account").await;
        assert!(
            account.body.contains("Ma Xiaoming") && !account.body.contains(CERTIFICATE),
            "masked in lists"
        );

        let id = start(&app, &person_id.to_string()).await;
        let person = app.get(&format!("/applications/{id}/person")).await;
        assert!(
            person.body.contains(&format!("value=\"{CERTIFICATE}\"")),
            "filled in from the person helped"
        );
        complete_sections(&app, id).await;
        assert_eq!(
            app.post_form(&format!("/applications/{id}/submit"), "")
                .await
                .status,
            303
        );
        let status = app.get(&format!("/applications/{id}")).await;
        assert!(status.body.contains("Applied for by"), "{}", status.body);
        assert!(status.body.contains("Ma Hua"));
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM application WHERE helped_person_id = {person_id} AND account_id = (SELECT id FROM resident_account WHERE email = 'ma@example.cn')")).await,
            1
        );
        let stranger = app.post_form("/apply/e04", "for=999999").await;
        assert_eq!(stranger.status, 422, "only your own people");
    }
}

#[tokio::test]
async fn nobody_reaches_another_residents_application_whatever_the_url() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Owner", "owner@example.cn").await;
        let id = start(&app, "self").await;
        complete_sections(&app, id).await;
        app.post_form(
            "/account/people/new",
            &format!("full_name=Child&relationship=parent&certificate_number={CERTIFICATE}&declaration=yes"),
        )
        .await;
        let document: i32 = app.count("SELECT CAST(MAX(id) AS BIGINT) FROM document").await as i32;
        let person: i32 = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await as i32;

        let other = app.other_browser();
        other.register_and_sign_in("Other", "other@example.cn").await;
        let base = format!("/applications/{id}");
        for path in [
            base.clone(),
            format!("{base}/person"),
            format!("{base}/documents"),
            format!("{base}/documents/{document}"),
            format!("{base}/check"),
            format!("{base}/confirmation"),
            "/applications/abc".to_string(),
            "/applications/99999999999999999999".to_string(),
        ] {
            let page = other.get(&path).await;
            assert_eq!(page.status, 404, "{path}");
            assert!(!page.body.contains("Owner"), "{path}");
        }
        for (path, body) in [
            (format!("{base}/person"), format!("full_name=Hijack&certificate_number={CERTIFICATE}&phone=13800000000&area_code=jiangbei.guanyinqiao.community1&address=x")),
            (format!("{base}/declaration"), "declaration=yes".to_string()),
            (format!("{base}/submit"), String::new()),
            (format!("{base}/withdraw"), String::new()),
            (format!("{base}/delete"), String::new()),
            (format!("{base}/documents/{document}/delete"), String::new()),
        ] {
            let response = other.post_form(&path, &body).await;
            assert_eq!(response.status, 404, "{path}");
        }
        let removed = other
            .post_form(&format!("/account/people/{person}/remove"), "")
            .await;
        assert_eq!(removed.status, 303);
        assert_eq!(
            removed.header("location"),
            "/account",
            "no \"removed\" banner for someone else's person"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM helped_person").await,
            1,
            "not removed by someone else"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM application WHERE status = 'draft'")
                .await,
            1
        );
        let anonymous = app
            .other_browser()
            .get(&format!("{base}/documents/{document}"))
            .await;
        assert_eq!(anonymous.status, 303, "signed-out visitors are sent to sign in");
    }
}

#[tokio::test]
async fn more_information_round_trip_and_withdrawal() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Hu Jun", "hu@example.cn").await;
        let id = start(&app, "self").await;
        complete_sections(&app, id).await;
        app.post_form(&format!("/applications/{id}/submit"), "").await;

        // A reviewer asks for more (the staff workspace calls the same function; tests/api/staff.rs goes through its pages).
        let row = applications::application::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .expect("read the application")
            .expect("the application");
        let application = applications::Application::try_from(row).expect("a readable application");
        let reviewer = app::web::audit::Actor {
            staff_id: Some(1),
            name: "Reviewer".into(),
            client_address: "127.0.0.1".into(),
            at: app.clock.now(),
        };
        let moved = applications::decide(
            &app.db,
            "http://127.0.0.1",
            &application,
            &reviewer,
            &applications::Decision::RequestInformation {
                message: "请上传户口簿首页".into(),
            },
        )
        .await
        .expect("request information");
        assert!(moved);
        assert_eq!(
            app.last_mail_to("hu@example.cn").await.subject,
            format!(
                "More information needed: {} (Li Ming)",
                application.reference.clone().unwrap()
            )
        );
        let page = app.get(&format!("/applications/{id}")).await;
        assert!(page.body.contains("请上传户口簿首页"));
        assert!(page.body.contains("enctype=\"multipart/form-data\""));

        let empty = app
            .upload(
                &format!("/applications/{id}/respond"),
                "",
                b"",
                &[("message", "  ")],
            )
            .await;
        assert_eq!(empty.status, 422);
        // The form is on the application's page, so that page comes back
        // with what to fix, not "page not found" for the POST-only address.
        assert!(
            errors(&empty.body).contains("#message "),
            "{}",
            errors(&empty.body)
        );
        assert!(empty.title().starts_with("Error: "), "{}", empty.title());
        assert!(
            empty.body.contains("请上传户口簿首页"),
            "the request is shown again"
        );
        let answered = app
            .upload(
                &format!("/applications/{id}/respond"),
                "hukou.png",
                PNG,
                &[("message", "已上传")],
            )
            .await;
        assert_eq!(answered.status, 303, "{}", errors(&answered.body));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM application WHERE id = {id} AND status = 'submitted'"
            ))
            .await,
            1
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 2);
        let history = app.get(&format!("/applications/{id}")).await;
        assert!(history.body.contains("已上传") && history.body.contains("hukou.png"));

        assert_eq!(app.get(&format!("/applications/{id}/withdraw")).await.status, 200);
        let withdrawn = app.post_form(&format!("/applications/{id}/withdraw"), "").await;
        assert_eq!(withdrawn.status, 303);
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM application WHERE id = {id} AND status = 'withdrawn'"
            ))
            .await,
            1
        );
        assert_eq!(
            app.get(&format!("/applications/{id}/withdraw")).await.status,
            404,
            "no withdrawing twice"
        );
        app.post_form(&format!("/applications/{id}/withdraw"), "").await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM application_event WHERE status = 'withdrawn'")
                .await,
            1
        );
    }
}

#[tokio::test]
async fn deleting_an_account_withdraws_open_applications_and_deletes_drafts() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Xu Hong", "xu@example.cn").await;
        let sent = start(&app, "self").await;
        complete_sections(&app, sent).await;
        app.post_form(&format!("/applications/{sent}/submit"), "").await;
        start(&app, "self").await;
        let page = app.get("/account/delete").await;
        assert!(page.body.contains("1 application(s) still being decided"));
        let deleted = app.post_form("/account/delete", "").await;
        assert_eq!(deleted.header("location"), "/signed-out?deleted=1");
        assert_eq!(app.count("SELECT COUNT(*) FROM application").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM application WHERE status = 'withdrawn'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM resident_account WHERE email = 'xu@example.cn'")
                .await,
            0
        );
        assert_eq!(app.get("/account").await.status, 303);
    }
}

use sea_orm::EntityTrait;
