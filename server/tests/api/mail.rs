//! The mail outbox worker against a real SMTP server (Python's aiosmtpd, installed into
//! `.tools/python` by `make tools`), a closed port, and the file transport.

use crate::applications::{start, CERTIFICATE, PDF};
use crate::helpers::{backends, spawn_app_with, Backend, TestApp};
use crate::residents::errors;
use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait,
    QueryFilter, Statement,
};
use serde_json::Value;
use server::mail::{self, outbox, MailConfig, MailTransport, Mailer, SmtpConfig, SmtpTls};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tempfile::TempDir;

const SUBJECT: &str = "您的申请已收到 · 编号 JB-2026-0001";
const BODY: &str = "张三您好：\n\n我们已收到您的残疾人两项补贴申请，将在 5 个工作日内审核。\n\n江北区残联";

#[tokio::test]
async fn smtp_delivers_chinese_mail_and_marks_it_sent() {
    for backend in backends() {
        let (db, _dir) = fresh_database(backend).await;
        let sink = SmtpSink::start().await;
        let id = queue(&db, "resident@example.org", SUBJECT, BODY).await;
        let mailer = smtp_mailer(sink.port);

        let sent = mail::send_due(&db, &mailer, now_us())
            .await
            .expect("outbox works");

        let row = row(&db, id).await;
        assert_eq!(sent, 1, "{backend:?}: {row:?}");
        assert!(row.sent_at.is_some(), "{backend:?}: {row:?}");
        assert_eq!(row.attempts, 0);
        assert_eq!(row.last_error, None);
        let messages = sink.messages();
        assert_eq!(messages.len(), 1, "{backend:?}");
        let message = decode(&messages[0]);
        assert_eq!(message["subject"], SUBJECT);
        assert_eq!(normalise(&message["body"]), BODY);
        assert_eq!(message["content_type"], "text/plain");
        assert_eq!(message["charset"], "utf-8");
        assert_eq!(message["to"], "resident@example.org");
        assert_eq!(message["from"], "江北区残疾人服务 <no-reply@jiangbei.example>");
        let message_id = message["message_id"].as_str().unwrap_or_default();
        assert!(
            message_id.starts_with(&format!("<outbox.{id}.")) && message_id.ends_with("@jiangbei.example>"),
            "{message_id}"
        );

        let again = mail::send_due(&db, &mailer, now_us() + TimeDelta::days(1))
            .await
            .expect("outbox works");
        assert_eq!(again, 0, "a sent message is never sent again");
        assert_eq!(sink.messages().len(), 1);
    }
}

#[tokio::test]
async fn a_failed_message_is_retried_after_a_growing_wait() {
    for backend in backends() {
        let (db, _dir) = fresh_database(backend).await;
        let id = queue(&db, "resident@example.org", SUBJECT, BODY).await;
        let mailer = smtp_mailer(closed_port().await);
        let now = now_us();

        assert_eq!(mail::send_due(&db, &mailer, now).await.expect("outbox works"), 0);
        let failed = row(&db, id).await;
        assert_eq!(failed.sent_at, None, "{backend:?}");
        assert_eq!(failed.attempts, 1);
        assert!(failed.next_attempt_at > now, "{failed:?}");
        assert!(
            failed.last_error.as_deref().unwrap_or_default().contains("SMTP"),
            "{failed:?}"
        );

        assert_eq!(mail::send_due(&db, &mailer, now).await.expect("outbox works"), 0);
        assert_eq!(
            row(&db, id).await.attempts,
            1,
            "{backend:?}: not retried before its time"
        );

        let later = now + TimeDelta::minutes(1);
        assert_eq!(
            mail::send_due(&db, &mailer, later).await.expect("outbox works"),
            0
        );
        let retried = row(&db, id).await;
        assert_eq!(retried.attempts, 2, "{backend:?}: retried after one minute");
        assert!(
            retried.next_attempt_at >= later + TimeDelta::minutes(2),
            "{retried:?}"
        );

        // When the server is back, the message goes out.
        let sink = SmtpSink::start().await;
        let at = retried.next_attempt_at;
        let sent = mail::send_due(&db, &smtp_mailer(sink.port), at)
            .await
            .expect("outbox works");
        assert_eq!(sent, 1, "{backend:?}");
        assert!(row(&db, id).await.sent_at.is_some());
        assert_eq!(sink.messages().len(), 1);
    }
}

#[tokio::test]
async fn retries_stop_after_the_last_attempt() {
    for backend in backends() {
        let (db, _dir) = fresh_database(backend).await;
        let id = queue(&db, "resident@example.org", SUBJECT, BODY).await;
        set_attempts(&db, id, mail::MAX_ATTEMPTS - 1).await;
        let mailer = smtp_mailer(closed_port().await);

        mail::send_due(&db, &mailer, now_us())
            .await
            .expect("outbox works");
        assert_eq!(row(&db, id).await.attempts, mail::MAX_ATTEMPTS, "{backend:?}");

        let much_later = now_us() + TimeDelta::days(30);
        mail::send_due(&db, &mailer, much_later)
            .await
            .expect("outbox works");
        let given_up = row(&db, id).await;
        assert_eq!(
            given_up.attempts,
            mail::MAX_ATTEMPTS,
            "{backend:?}: never tried again"
        );
        assert_eq!(given_up.sent_at, None);
    }
}

#[tokio::test]
async fn an_invalid_recipient_is_never_retried() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let bad = queue(&db, "张三 at home", SUBJECT, BODY).await;
        let good = queue(&db, "resident@example.org", SUBJECT, BODY).await;
        let mailer = file_mailer(&dir.path().join("outbox"));

        assert_eq!(
            mail::send_due(&db, &mailer, now_us())
                .await
                .expect("outbox works"),
            1
        );

        let failed = row(&db, bad).await;
        assert_eq!(failed.sent_at, None, "{backend:?}");
        assert_eq!(failed.attempts, mail::MAX_ATTEMPTS);
        assert!(
            failed
                .last_error
                .as_deref()
                .unwrap_or_default()
                .contains("recipient"),
            "{failed:?}"
        );
        assert!(
            row(&db, good).await.sent_at.is_some(),
            "one bad row does not hold up the rest"
        );

        let much_later = now_us() + TimeDelta::days(30);
        assert_eq!(
            mail::send_due(&db, &mailer, much_later)
                .await
                .expect("outbox works"),
            0
        );
        assert_eq!(row(&db, bad).await.attempts, mail::MAX_ATTEMPTS, "{backend:?}");
        assert_eq!(eml_files(&dir.path().join("outbox")).len(), 1);
    }
}

#[tokio::test]
async fn the_file_transport_writes_one_eml_file_per_message() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let folder = dir.path().join("mail").join("outbox");
        let mailer = file_mailer(&folder);
        assert!(folder.is_dir(), "the folder is made when the mailer is");
        let id = queue(&db, "resident@example.org", SUBJECT, BODY).await;
        queue(&db, "other@example.org", "第二封", "第二封信。").await;

        assert_eq!(
            mail::send_due(&db, &mailer, now_us())
                .await
                .expect("outbox works"),
            2
        );

        let files = eml_files(&folder);
        assert_eq!(files.len(), 2, "{backend:?}");
        let messages: Vec<Value> = files.iter().map(|f| decode(f)).collect();
        let first = messages
            .iter()
            .find(|m| m["to"] == "resident@example.org")
            .expect("the first message");
        assert_eq!(first["subject"], SUBJECT);
        assert_eq!(normalise(&first["body"]), BODY);
        assert!(row(&db, id).await.sent_at.is_some());
    }
}

#[tokio::test]
async fn two_servers_never_send_one_message_twice() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        for n in 0..10 {
            queue(&db, &format!("resident{n}@example.org"), SUBJECT, BODY).await;
        }
        let (one, two) = (dir.path().join("one"), dir.path().join("two"));
        let (first, second) = (file_mailer(&one), file_mailer(&two));
        let now = now_us();

        let (a, b) = tokio::join!(
            mail::send_due(&db, &first, now),
            mail::send_due(&db, &second, now)
        );

        let (a, b) = (a.expect("outbox works"), b.expect("outbox works"));
        assert_eq!(a + b, 10, "{backend:?}: {a} + {b}");
        assert_eq!(eml_files(&one).len() + eml_files(&two).len(), 10, "{backend:?}");
    }
}

#[tokio::test]
async fn the_worker_sends_in_the_background_and_stops_when_asked() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let folder = dir.path().join("outbox");
        let worker = mail::spawn_worker(
            db.clone(),
            file_mailer(&folder),
            app::web::clock::Clock::system(),
            Duration::from_millis(50),
        );
        let id = queue(&db, "resident@example.org", SUBJECT, BODY).await;

        let mut waited = Duration::ZERO;
        while row(&db, id).await.sent_at.is_none() {
            assert!(
                waited < Duration::from_secs(10),
                "{backend:?}: the worker did not send"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
            waited += Duration::from_millis(50);
        }
        tokio::time::timeout(Duration::from_secs(5), worker.stop())
            .await
            .expect("the worker stops promptly");

        queue(&db, "other@example.org", SUBJECT, BODY).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            eml_files(&folder).len(),
            1,
            "{backend:?}: nothing is sent after stopping"
        );
    }
}

#[tokio::test]
async fn mail_says_its_language_and_mime_version_and_signs_with_that_language_s_name() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let app = sending_through(backend, &sink).await;
        // English, as chosen when registering.
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let english = decode(&sink.wait_for(1).await[0]);
        assert_eq!(english["mime_version"], "1.0", "{backend:?}");
        assert_eq!(english["content_language"], "en");
        assert_eq!(
            english["from"],
            "Jiangbei Disability Services <no-reply@jiangbei.example>"
        );
        let footer = english["body"].as_str().unwrap_or_default();
        assert!(footer.contains("023-0000-0000"), "the help number: {footer}");
        assert!(!footer.contains("the number on our website"), "{footer}");

        let chinese = app.other_browser();
        let registered = chinese
            .post_form(
                "/register",
                "full_name=%E7%8E%8B%E4%B8%BD&email=wang%40example.cn&email_language=zh-CN",
            )
            .await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));
        let messages = sink.wait_for(2).await;
        let chinese = decode(&messages[1]);
        assert_eq!(chinese["to"], "wang@example.cn");
        assert_eq!(chinese["mime_version"], "1.0");
        assert_eq!(chinese["content_language"], "zh-CN");
        assert_eq!(chinese["from"], "江北区残疾人服务 <no-reply@jiangbei.example>");
        let footer = chinese["body"].as_str().unwrap_or_default();
        assert!(footer.contains("请拨打 023-0000-0000"), "{footer}");
    }
}

#[tokio::test]
async fn application_and_booking_mail_names_the_person_it_is_about() {
    for backend in backends() {
        let sink = SmtpSink::start().await;
        let app = sending_through(backend, &sink).await;
        server::seed::events(&app.db, app.clock.now_local())
            .await
            .expect("seed fairs and courses");
        app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
        // A parent applying for two of their children.
        for (name, certificate) in [("Ma Jian", CERTIFICATE), ("Ma Li", "11010519491231002X12")] {
            let person = add_person(&app, name, certificate).await;
            let id = start(&app, &person.to_string()).await;
            fill_in_and_submit(&app, id, name).await;
        }
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let helped = app
            .count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
            .await;
        let registered = app
            .post_form(&format!("/jobs/fairs/{fair}/register"), &format!("for={helped}"))
            .await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));

        let messages: Vec<Value> = sink.wait_for(4).await.iter().map(|m| decode(m)).collect();
        let subjects: Vec<&str> = messages
            .iter()
            .map(|m| m["subject"].as_str().unwrap_or_default())
            .collect();
        let received: Vec<&&str> = subjects
            .iter()
            .filter(|s| s.starts_with("Application received"))
            .collect();
        assert_eq!(received.len(), 2, "{backend:?}: {subjects:?}");
        assert!(received.iter().any(|s| s.contains("Ma Jian")), "{subjects:?}");
        assert!(received.iter().any(|s| s.contains("Ma Li")), "{subjects:?}");
        let fair_mail = subjects
            .iter()
            .find(|s| s.starts_with("Registered"))
            .unwrap_or_else(|| panic!("a registration email: {subjects:?}"));
        assert!(fair_mail.contains("Ma Li"), "{fair_mail}");
    }
}

// ---------------------------------------------------------------------------------------------

/// The whole application, sending its mail through `sink`.
async fn sending_through(backend: Backend, sink: &SmtpSink) -> TestApp {
    let port = sink.port.to_string();
    spawn_app_with(
        backend,
        &[
            ("PORTAL_MAIL_TRANSPORT", "smtp"),
            ("PORTAL_SMTP_HOST", "127.0.0.1"),
            ("PORTAL_SMTP_PORT", &port),
            ("PORTAL_SMTP_TLS", "none"),
        ],
    )
    .await
}

/// Adds someone the signed-in resident helps and returns their id.
async fn add_person(app: &TestApp, name: &str, certificate: &str) -> i32 {
    let added = app
        .post_form(
            "/account/people/new",
            &format!(
                "full_name={}&relationship=parent&certificate_number={certificate}&declaration=yes",
                name.replace(' ', "+")
            ),
        )
        .await;
    assert_eq!(added.status, 303, "{}", errors(&added.body));
    app.count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
        .await as i32
}

/// Fills in a draft for `name` and sends it.
async fn fill_in_and_submit(app: &TestApp, id: i32, name: &str) {
    let base = format!("/applications/{id}");
    let person = app
        .post_form(
            &format!("{base}/person"),
            &format!(
                "full_name={}&certificate_number={CERTIFICATE}&phone=13800000000&area_code=jiangbei.guanyinqiao.community1&address=1+Example+Road&then=continue",
                name.replace(' ', "+")
            ),
        )
        .await;
    assert_eq!(person.status, 303, "{}", errors(&person.body));
    app.post_form(&format!("{base}/circumstances"), "then=continue")
        .await;
    let uploaded = app
        .upload(&format!("{base}/documents"), "certificate.pdf", PDF, &[])
        .await;
    assert_eq!(uploaded.status, 303, "{}", errors(&uploaded.body));
    app.post_form(&format!("{base}/documents/done"), "then=continue")
        .await;
    app.post_form(&format!("{base}/declaration"), "declaration=yes&then=continue")
        .await;
    let sent = app.post_form(&format!("{base}/submit"), "").await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
}

/// A database of its own, migrated by the server's own start-up code. (Not through `spawn_app`:
/// the application's own worker would send the test's mail first.)
pub async fn fresh_database(backend: Backend) -> (DatabaseConnection, TempDir) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("portal.db").display()),
        Backend::Postgres => fresh_postgres_database().await,
    };
    let db = server::database::connect(&url).await.expect("connect");
    server::database::migrate(&db).await.expect("migrate");
    (db, dir)
}

/// Databases left by earlier runs of these tests are dropped once, before this run makes its
/// own. The prefix differs from the one `helpers` cleans up, so neither drops the other's.
static LEFTOVERS_DROPPED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

async fn fresh_postgres_database() -> String {
    let admin_url = std::env::var("PORTAL_TEST_POSTGRES_URL").expect("PORTAL_TEST_POSTGRES_URL");
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to test PostgreSQL");
    let backend = admin.get_database_backend();
    LEFTOVERS_DROPPED
        .get_or_init(|| async {
            let names = admin
                .query_all(Statement::from_string(
                    backend,
                    r"SELECT datname FROM pg_database WHERE datname LIKE 'portal\_mailtest\_%'",
                ))
                .await
                .expect("list test databases");
            for row in names {
                let name: String = row.try_get_by_index(0).expect("a name");
                admin
                    .execute(Statement::from_string(
                        backend,
                        format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#),
                    ))
                    .await
                    .expect("drop a leftover test database");
            }
        })
        .await;
    let name = format!("portal_mailtest_{}", rand::random::<u64>());
    admin
        .execute(Statement::from_string(backend, format!("CREATE DATABASE {name}")))
        .await
        .expect("create test database");
    admin.close().await.ok();
    match admin_url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("PORTAL_TEST_POSTGRES_URL must end with a database name"),
    }
}

/// Queues a message the way the application does: only what it says, the rest by default.
async fn queue(db: &DatabaseConnection, recipient: &str, subject: &str, body: &str) -> i32 {
    let row = outbox::ActiveModel {
        recipient: ActiveValue::Set(recipient.to_string()),
        subject: ActiveValue::Set(subject.to_string()),
        body: ActiveValue::Set(body.to_string()),
        ..Default::default()
    };
    row.insert(db).await.expect("queue a message").id
}

async fn row(db: &DatabaseConnection, id: i32) -> outbox::Model {
    outbox::Entity::find_by_id(id)
        .one(db)
        .await
        .expect("read the outbox")
        .expect("the row")
}

async fn set_attempts(db: &DatabaseConnection, id: i32, attempts: i32) {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await
        .expect("update the outbox");
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

fn file_mailer(dir: &Path) -> Mailer {
    Mailer::new(&MailConfig {
        from: mail::DEFAULT_FROM.parse().expect("a mailbox"),
        transport: MailTransport::File {
            dir: dir.to_path_buf(),
        },
        keep_days: mail::DEFAULT_KEEP_DAYS,
    })
    .expect("a file mailer")
}

/// A port on which nothing listens.
pub async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    listener.local_addr().expect("its address").port()
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// aiosmtpd on 127.0.0.1, storing what it receives in a maildir; stopped when dropped.
pub struct SmtpSink {
    pub port: u16,
    child: Child,
    maildir: TempDir,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let maildir = tempfile::tempdir().expect("temporary folder");
        let port = closed_port().await;
        let mut child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            // A folder that does not exist yet, so Python makes it a maildir.
            .arg(maildir.path().join("maildir"))
            .env("PYTHONPATH", repo_root().join(".tools/python"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 starts (is Python 3 installed?)");
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return SmtpSink { port, child, maildir };
            }
            if let Ok(Some(status)) = child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = child.stderr.take() {
                    std::io::Read::read_to_string(&mut pipe, &mut stderr).ok();
                }
                panic!("aiosmtpd exited ({status}); run `make tools` to install it into .tools/python:\n{stderr}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not accept connections on port {port} within 10 seconds");
    }

    /// The files of the messages received so far.
    pub fn messages(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.maildir.path().join("maildir").join("new"))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files
    }

    /// The first `count` messages, once they have arrived (the application's worker sends
    /// every few seconds), in the order they arrived.
    async fn wait_for(&self, count: usize) -> Vec<PathBuf> {
        for _ in 0..300 {
            let mut files = self.messages();
            if files.len() >= count {
                files.sort_by_key(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok());
                return files;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "{count} messages did not arrive within 30 seconds: {}",
            self.messages().len()
        );
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("the mail folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect()
}

/// Decodes a stored message with Python's `email` package, independently of lettre.
fn decode(file: &Path) -> Value {
    const SCRIPT: &str = r#"
import email, email.policy, json, sys
with open(sys.argv[1], "rb") as f:
    m = email.message_from_binary_file(f, policy=email.policy.default)
print(json.dumps({
    "subject": str(m["subject"]), "from": str(m["from"]), "to": str(m["to"]),
    "message_id": str(m["message-id"]), "content_type": m.get_content_type(),
    "charset": m.get_content_charset(), "body": m.get_content(),
    "mime_version": str(m["mime-version"]), "content_language": str(m["content-language"]),
}))
"#;
    let output = Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(file)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON from the decoder")
}

/// Mail lines end in CRLF; compare the text.
fn normalise(body: &Value) -> String {
    body.as_str()
        .unwrap_or_default()
        .replace("\r\n", "\n")
        .trim_end()
        .to_string()
}

/// The clock to the microsecond, as PostgreSQL keeps it, so times read back compare exactly.
fn now_us() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
