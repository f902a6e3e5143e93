//! Two portal servers on one PostgreSQL database, as behind one proxy: a resident moves
//! between them, documents go to a shared S3-compatible bucket (moto's server, installed into
//! `.tools/python` by `make tools`), limits count across both, and mail and reminders go out
//! once although both servers run the workers. Also the S3 store on its own, on every backend.

use crate::applications::{start, PDF};
use crate::helpers::{backends, spawn_app_with, spawn_two_servers, TestApp};
use crate::mail::{closed_port, repo_root, SmtpSink};
use crate::residents::{errors, urlencode};
use app::domain::local_time::chongqing_to_utc;
use app::web::clock::Clock;
use app::web::file_store::{FileStore, FileStoreError, S3Settings};
use chrono::Duration as Days;
use sea_orm::{ConnectionTrait, Statement};
use server::mail::{self, MailConfig, MailTransport, Mailer, SmtpConfig, SmtpTls};
use std::collections::HashSet;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tempfile::TempDir;

#[tokio::test]
async fn a_resident_signs_in_on_one_server_and_carries_on_at_the_other() {
    let Some((a, b)) = spawn_two_servers(&[]).await else {
        return;
    };
    let b = same_browser(&a, b);
    a.register_and_sign_in("Li Ming", "li.ming@example.cn").await;

    let account = b.get("/account").await;
    assert_eq!(account.status, 200, "signed in on the other server too");
    assert!(account.body.contains("Li Ming"));
    let id = start(&b, "self").await;
    assert_eq!(a.get(&format!("/applications/{id}")).await.status, 200);

    assert_eq!(b.post_form("/sign-out", "").await.status, 303);
    assert_eq!(a.get("/account").await.status, 303, "signed out on both");
}

#[tokio::test]
async fn a_document_uploaded_through_one_server_downloads_through_the_other() {
    let s3 = S3Server::start().await;
    let settings = s3.settings();
    let Some((a, b)) = spawn_two_servers(&settings).await else {
        return;
    };
    let b = same_browser(&a, b);
    a.register_and_sign_in("Zhou Min", "zhou@example.cn").await;
    let id = start(&a, "self").await;
    let path = format!("/applications/{id}/documents");
    let uploaded = a.upload(&path, "证明.pdf", PDF, &[]).await;
    assert_eq!(uploaded.status, 303, "{}", errors(&uploaded.body));
    let document = a.count("SELECT CAST(MAX(id) AS BIGINT) FROM document").await;

    let served = b.get(&format!("{path}/{document}")).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.header("content-type"), "application/pdf");
    assert_eq!(served.body.as_bytes(), PDF);
    let key = storage_key(&a).await;
    assert_eq!(s3.store().get(&key).await.expect("in the bucket").as_ref(), PDF);
    for server in [&a, &b] {
        assert!(!server.dir.path().join("uploads").exists(), "no local copy");
    }

    let deleted = b.post_form(&format!("{path}/{document}/delete"), "").await;
    assert_eq!(deleted.status, 303);
    assert_eq!(a.get(&format!("{path}/{document}")).await.status, 404);
    assert!(matches!(
        s3.store().get(&key).await,
        Err(FileStoreError::NotFound)
    ));
}

#[tokio::test]
async fn documents_are_kept_in_an_s3_bucket_when_configured() {
    let s3 = S3Server::start().await;
    let settings = s3.settings();
    for backend in backends() {
        let app = spawn_app_with(backend, &settings).await;
        app.register_and_sign_in("Wu Fang", "wu@example.cn").await;
        let id = start(&app, "self").await;
        let path = format!("/applications/{id}/documents");
        assert_eq!(app.upload(&path, "scan.pdf", PDF, &[]).await.status, 303);
        let document = app.count("SELECT CAST(MAX(id) AS BIGINT) FROM document").await;
        let served = app.get(&format!("{path}/{document}")).await;
        assert_eq!(served.status, 200, "{backend:?}");
        assert_eq!(served.body.as_bytes(), PDF);
        assert!(!app.dir.path().join("uploads").exists(), "{backend:?}");

        let key = storage_key(&app).await;
        let deleted = app.post_form(&format!("/applications/{id}/delete"), "").await;
        assert_eq!(deleted.status, 303);
        assert!(
            matches!(s3.store().get(&key).await, Err(FileStoreError::NotFound)),
            "{backend:?}: a deleted draft's documents leave the bucket"
        );
    }
}

#[tokio::test]
async fn failed_sign_ins_on_one_server_count_on_the_other() {
    let Some((a, b)) = spawn_two_servers(&[]).await else {
        return;
    };
    a.register_and_sign_in("Zhao Lei", "zhao@example.cn").await;
    a.set_password("长城长江黄河泰山").await;
    let attacker_a = a.other_browser();
    let attacker_b = same_browser(&attacker_a, b);
    for attempt in 0..5 {
        let server = if attempt % 2 == 0 {
            &attacker_a
        } else {
            &attacker_b
        };
        let wrong = server
            .post_form("/sign-in", "email=zhao%40example.cn&password=guess1234")
            .await;
        assert_eq!(wrong.status, 422);
    }
    let good = format!(
        "email=zhao%40example.cn&password={}",
        urlencode("长城长江黄河泰山")
    );
    for server in [&attacker_a, &attacker_b] {
        let locked = server.post_form("/sign-in", &good).await;
        assert_eq!(locked.status, 422, "five failures across both servers lock");
        assert!(
            errors(&locked.body).contains("之后再试"),
            "{}",
            errors(&locked.body)
        );
    }
}

#[tokio::test]
async fn each_email_is_sent_once_and_each_reminder_queued_once() {
    let sink = SmtpSink::start().await;
    let port = sink.port.to_string();
    let smtp = [
        ("PORTAL_MAIL_TRANSPORT", "smtp"),
        ("PORTAL_SMTP_HOST", "127.0.0.1"),
        ("PORTAL_SMTP_PORT", port.as_str()),
        ("PORTAL_SMTP_TLS", "none"),
    ];
    let Some((a, b)) = spawn_two_servers(&smtp).await else {
        return;
    };
    // The seeded fairs start in 10 days at 09:00: their reminders are due the day before.
    let due = (a.clock.today() + Days::days(9))
        .and_hms_opt(9, 30, 0)
        .map(chongqing_to_utc)
        .expect("a time");
    // Besides each server's own worker, one per server that polls all the time, so that the
    // two servers reach for the same messages at once; at the reminder's time, so that they
    // send it too.
    let eager = [&a, &b].map(|server| {
        mail::spawn_worker(
            server.db.clone(),
            smtp_mailer(sink.port),
            Clock::manual(due),
            Duration::from_millis(20),
        )
    });
    for person in 0..12 {
        let server = if person % 2 == 0 { &a } else { &b };
        let body = format!("full_name=Person+{person}&email=p{person}%40example.cn&email_language=en");
        let registered = server.other_browser().post_form("/register", &body).await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));
    }

    server::seed::events(&a.db, a.clock.now_local())
        .await
        .expect("seed fairs and courses");
    b.register_and_sign_in("Li Ming", "li.ming@example.org").await;
    let fair = b.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
    let registered = b
        .post_form(&format!("/jobs/fairs/{fair}/register"), "for=me")
        .await;
    assert_eq!(registered.status, 303, "{}", errors(&registered.body));
    let reminders = [&a, &b].map(|server| {
        server::reminder_worker::spawn_worker(
            server.db.clone(),
            Clock::manual(due),
            server.address.clone(),
            48,
            Duration::from_millis(10),
        )
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    for worker in reminders {
        worker.stop().await;
    }
    let queued = a
        .count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Reminder:%'")
        .await;
    assert_eq!(queued, 1, "one reminder although both servers looked");

    wait_until_sent(&a).await;
    // Long enough for each server's own worker to run again, had it anything left to send.
    tokio::time::sleep(mail::WORKER_INTERVAL + Duration::from_secs(1)).await;
    for worker in eager {
        worker.stop().await;
    }
    let queued = a.count("SELECT COUNT(*) FROM outbox").await;
    let received = message_ids(&sink);
    assert_eq!(
        queued,
        13 + 1 + 1,
        "sign-in links, a fair registration and its reminder"
    );
    assert_eq!(received.len() as i64, queued, "each message arrived once");
    assert_eq!(received.iter().collect::<HashSet<_>>().len(), received.len());
}

/// `second` using `first`'s browser: the proxy sent the next request to the other server.
/// (Cookies belong to a host, whatever its port.)
fn same_browser(first: &TestApp, second: TestApp) -> TestApp {
    TestApp {
        client: first.client.clone(),
        ..second
    }
}

/// The storage key of the latest document.
async fn storage_key(app: &TestApp) -> String {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT storage_key FROM document ORDER BY id DESC LIMIT 1",
        ))
        .await
        .expect("query")
        .expect("a document");
    row.try_get_by_index(0).expect("a key")
}

async fn wait_until_sent(app: &TestApp) {
    for _ in 0..300 {
        let unsent = app
            .count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .await;
        if unsent == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox was not sent within 30 seconds");
}

/// The `Message-ID` of every message the SMTP server received.
fn message_ids(sink: &SmtpSink) -> Vec<String> {
    sink.messages()
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).expect("a message");
            text.lines()
                .find(|line| line.to_ascii_lowercase().starts_with("message-id:"))
                .unwrap_or_else(|| panic!("no Message-ID in {text}"))
                .to_string()
        })
        .collect()
}

fn smtp_mailer(port: u16) -> Mailer {
    Mailer::new(&MailConfig {
        from: mail::DEFAULT_FROM.parse().expect("a mailbox"),
        transport: MailTransport::Smtp(SmtpConfig {
            host: "127.0.0.1".to_string(),
            port,
            tls: SmtpTls::None,
            credentials: None,
        }),
        keep_days: mail::DEFAULT_KEEP_DAYS,
    })
    .expect("an SMTP mailer")
}

const BUCKET: &str = "portal-documents";

/// moto's S3 server on 127.0.0.1 with one empty bucket; stopped when dropped.
pub(crate) struct S3Server {
    endpoint: String,
    child: Child,
    _log: TempDir,
}

impl S3Server {
    pub(crate) async fn start() -> Self {
        let port = closed_port().await;
        // Its request log goes to a file: a pipe nobody reads would fill and stop the server.
        let log = tempfile::tempdir().expect("temporary folder");
        let log_file = std::fs::File::create(log.path().join("moto.log")).expect("a log file");
        let mut child = Command::new("python3")
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()])
            .env("PYTHONPATH", repo_root().join(".tools/python"))
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("python3 starts (is Python 3 installed?)");
        for _ in 0..600 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                let server = S3Server {
                    endpoint: format!("http://127.0.0.1:{port}"),
                    child,
                    _log: log,
                };
                server.create_bucket().await;
                return server;
            }
            if let Ok(Some(status)) = child.try_wait() {
                let output = std::fs::read_to_string(log.path().join("moto.log")).unwrap_or_default();
                panic!(
                    "moto exited ({status}); run `make tools` to install it into .tools/python:\n{output}"
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("moto did not accept connections on port {port} within 30 seconds");
    }

    /// moto's server takes any credentials, and an unsigned request to make a bucket.
    async fn create_bucket(&self) {
        let created = reqwest::Client::new()
            .put(format!("{}/{BUCKET}", self.endpoint))
            .send()
            .await
            .expect("PUT a bucket");
        assert!(created.status().is_success(), "{}", created.status());
    }

    pub(crate) fn settings(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("PORTAL_DOCUMENT_STORE", "s3"),
            ("PORTAL_S3_ENDPOINT", self.endpoint.as_str()),
            ("PORTAL_S3_BUCKET", BUCKET),
            ("PORTAL_S3_REGION", "us-east-1"),
            ("PORTAL_S3_ACCESS_KEY_ID", "portal"),
            ("PORTAL_S3_SECRET_ACCESS_KEY", "portal-secret"),
        ]
    }

    /// The bucket, seen as the portal sees it.
    pub(crate) fn store(&self) -> FileStore {
        FileStore::s3(&S3Settings {
            endpoint: Some(self.endpoint.clone()),
            bucket: BUCKET.to_string(),
            region: "us-east-1".to_string(),
            access_key_id: "portal".to_string(),
            secret_access_key: "portal-secret".to_string(),
        })
        .expect("an S3 store")
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}
