//! Uploads under pressure: a request bigger than the route takes, text
//! fields far too long, and more documents than an application or an
//! account may have, one by one and all at once.

use crate::applications::{complete_sections_in, start, PDF};
use crate::helpers::{backends, spawn_app, spawn_app_at, TestApp};
use crate::residents::errors;
use app::applications::store as applications;
use app::web::clock::Clock;
use chrono::{Duration, TimeZone, Utc};
use reqwest::multipart::{Form, Part};
use sea_orm::EntityTrait;

const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

fn stored_files(app: &TestApp) -> usize {
    std::fs::read_dir(app.dir.path().join("uploads"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// Sends one PNG to `url` with `client` (and its cookies); the status.
async fn send_png(client: reqwest::Client, address: String, url: String) -> u16 {
    let form = Form::new().part("document", Part::bytes(PNG.to_vec()).file_name("page.png"));
    client
        .post(url)
        .header("origin", address)
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

#[tokio::test]
async fn an_upload_of_11_mb_is_answered_with_the_form_and_the_application_kept() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let id = start(&app, "self").await;
        let path = format!("/applications/{id}/documents");
        let mut big = PDF.to_vec();
        big.resize(11 * 1024 * 1024, b'%');

        let refused = app.upload(&path, "scan.pdf", &big, &[]).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert!(
            errors(&refused.body).contains("10 MB or smaller"),
            "{}",
            errors(&refused.body)
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 0);
        assert_eq!(stored_files(&app), 0);
        assert_eq!(app.get(&path).await.status, 200, "the draft is still there");
        assert_eq!(app.upload(&path, "scan.png", PNG, &[]).await.status, 303);
    }
}

#[tokio::test]
async fn a_text_field_of_a_megabyte_is_refused_and_nothing_is_stored() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let id = start(&app, "self").await;
        let path = format!("/applications/{id}/documents");
        let long = "长".repeat(350_000);

        let refused = app.upload(&path, "scan.png", PNG, &[("then", &long)]).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let said = errors(&refused.body);
        assert!(
            said.starts_with("#then ") && said.contains("too long to read"),
            "{said}"
        );
        assert!(
            !refused.body.contains(&"长".repeat(100)),
            "the text is not shown back"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 0);
        assert_eq!(stored_files(&app), 0);
    }
}

/// Submits an application and has a reviewer ask for more; returns its id.
async fn asked_for_more(app: &TestApp) -> i32 {
    let id = start(app, "self").await;
    complete_sections_in(app, id, "jiangbei.guanyinqiao.community1").await;
    app.post_form(&format!("/applications/{id}/submit"), "").await;
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
    let asked = applications::Decision::RequestInformation {
        message: "请上传户口簿首页".into(),
    };
    let moved = applications::decide(&app.db, "http://127.0.0.1", &application, &reviewer, &asked)
        .await
        .expect("request information");
    assert!(moved);
    id
}

#[tokio::test]
async fn a_reply_of_a_megabyte_is_refused_and_nothing_is_stored() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Hu Jun", "hu@example.cn").await;
        let id = asked_for_more(&app).await;
        let long = "a".repeat(1024 * 1024);

        let path = format!("/applications/{id}/respond");
        let refused = app.upload(&path, "hukou.png", PNG, &[("message", &long)]).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        let said = errors(&refused.body);
        assert!(
            said.starts_with("#message ") && said.contains("too long to read"),
            "{said}"
        );
        let waiting = format!(
            "SELECT COUNT(*) FROM application WHERE id = {id} AND status = 'more_information_needed'"
        );
        assert_eq!(app.count(&waiting).await, 1);
        // Only the certificate sent with the application.
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 1);
        assert_eq!(stored_files(&app), 1);
    }
}

#[tokio::test]
async fn the_21st_document_of_an_application_is_refused() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let id = start(&app, "self").await;
        let path = format!("/applications/{id}/documents");
        for n in 1..=20 {
            let uploaded = app.upload(&path, &format!("page{n}.png"), PNG, &[]).await;
            assert_eq!(uploaded.status, 303, "document {n}: {}", errors(&uploaded.body));
        }

        let refused = app.upload(&path, "page21.png", PNG, &[]).await;
        assert_eq!(refused.status, 422);
        assert!(
            errors(&refused.body).contains("already has 20 documents"),
            "{}",
            errors(&refused.body)
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 20);
        assert_eq!(stored_files(&app), 20, "the refused file is not kept");
    }
}

#[tokio::test]
async fn uploads_sent_at_once_never_take_an_application_past_20_documents() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let id = start(&app, "self").await;
        let url = app.url(&format!("/applications/{id}/documents"));

        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..40 {
            tasks.spawn(send_png(app.client.clone(), app.address.clone(), url.clone()));
        }
        let statuses = tasks.join_all().await;

        assert!(statuses.iter().all(|s| *s == 303 || *s == 422), "{statuses:?}");
        assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 20, "{statuses:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 20);
        assert_eq!(stored_files(&app), 20);
    }
}

#[tokio::test]
async fn an_account_uploads_at_most_100_documents_a_day() {
    for backend in backends() {
        let ten = Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).unwrap();
        let app = spawn_app_at(backend, &[], Clock::manual(ten)).await;
        app.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
        let mut drafts = Vec::new();
        for _ in 0..6 {
            drafts.push(start(&app, "self").await);
        }
        for n in 0..100 {
            let path = format!("/applications/{}/documents", drafts[n / 20]);
            let uploaded = app.upload(&path, "page.png", PNG, &[]).await;
            assert_eq!(uploaded.status, 303, "upload {n}: {}", errors(&uploaded.body));
            if n % 20 == 19 {
                // Deleting does not give uploads back.
                let first: i64 = app
                    .count(&format!(
                        "SELECT CAST(MIN(id) AS BIGINT) FROM document WHERE application_id = {}",
                        drafts[n / 20]
                    ))
                    .await;
                let deleted = app.post_form(&format!("{path}/{first}/delete"), "").await;
                assert_eq!(deleted.status, 303);
            }
        }
        let path = format!("/applications/{}/documents", drafts[5]);

        let refused = app.upload(&path, "page.png", PNG, &[]).await;
        assert_eq!(refused.status, 422);
        assert!(
            errors(&refused.body).contains("uploaded 100 documents today"),
            "{}",
            errors(&refused.body)
        );
        // A day later, active all along so the session does not end.
        for _ in 0..30 {
            app.clock.advance(Duration::minutes(48));
            assert_eq!(app.get(&path).await.status, 200);
        }
        let next_day = app.upload(&path, "page.png", PNG, &[]).await;
        assert_eq!(next_day.header("location"), format!("{path}?uploaded=1"));
    }
}
