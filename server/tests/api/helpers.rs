use app::web::clock::Clock;
use reqwest::header::HeaderMap;
use reqwest::redirect::Policy;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use server::config::Config;
use server::Application;
use std::collections::HashMap;
use std::sync::Once;
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub backend: &'static str,
    pub dir: TempDir,
    /// Where the app writes the `.eml` files of the mail it sends (shared by every browser).
    pub mail_dir: std::path::PathBuf,
    /// The time the whole app sees: the system clock unless the test chose one.
    pub clock: Clock,
}

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// SQLite always; PostgreSQL when `PORTAL_TEST_POSTGRES_URL` is set.
pub fn backends() -> Vec<Backend> {
    static NOTICE: Once = Once::new();
    if std::env::var("PORTAL_TEST_POSTGRES_URL").is_ok() {
        return vec![Backend::Sqlite, Backend::Postgres];
    }
    NOTICE.call_once(|| {
        eprintln!("\n!!! PORTAL_TEST_POSTGRES_URL is not set: PostgreSQL tests are SKIPPED; only SQLite is tested !!!\n");
    });
    vec![Backend::Sqlite]
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

pub async fn spawn_app_with(backend: Backend, extra: &[(&str, &str)]) -> TestApp {
    start(backend, extra, Clock::system()).await
}

/// An app with `extra` settings whose clock the test sets and moves (`Clock::manual`).
pub async fn spawn_app_at(backend: Backend, extra: &[(&str, &str)], clock: Clock) -> TestApp {
    start(backend, extra, clock).await
}

async fn start(backend: Backend, extra: &[(&str, &str)], clock: Clock) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let database_url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("portal.db").display()),
        Backend::Postgres => fresh_postgres_database().await,
    };
    start_on(backend, database_url, dir, extra, clock).await
}

/// Two servers on one fresh PostgreSQL database, as behind one proxy, each with its own
/// folders and `extra` settings; `None` (after a loud notice) without PostgreSQL.
pub async fn spawn_two_servers(extra: &[(&str, &str)]) -> Option<(TestApp, TestApp)> {
    if !backends().iter().any(|b| matches!(b, Backend::Postgres)) {
        return None;
    }
    let url = fresh_postgres_database().await;
    let folder = || tempfile::tempdir().expect("temporary folder");
    let first = start_on(Backend::Postgres, url.clone(), folder(), extra, Clock::system()).await;
    // Mail goes to one folder, as it would go to one SMTP server: either
    // server's worker may send a message the other queued.
    let mail_dir = first.mail_dir.display().to_string();
    let mut shared = extra.to_vec();
    shared.push(("PORTAL_MAIL_DIR", &mail_dir));
    let second = start_on(Backend::Postgres, url, folder(), &shared, Clock::system()).await;
    Some((first, second))
}

async fn start_on(
    backend: Backend,
    database_url: String,
    dir: TempDir,
    extra: &[(&str, &str)],
    clock: Clock,
) -> TestApp {
    let mail_dir = dir.path().join("outbox");
    let mut vars: HashMap<String, String> = HashMap::from([
        ("PORTAL_ADDR".to_string(), "127.0.0.1:0".to_string()),
        ("DATABASE_URL".to_string(), database_url),
        ("PORTAL_LOG".to_string(), "warn".to_string()),
        ("PORTAL_MAIL_DIR".to_string(), mail_dir.display().to_string()),
        (
            "PORTAL_UPLOAD_DIR".to_string(),
            dir.path().join("uploads").display().to_string(),
        ),
    ]);
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    let mail_dir = vars
        .get("PORTAL_MAIL_DIR")
        .map_or(mail_dir, std::path::PathBuf::from);
    let mut config = Config::from_lookup(|name| vars.get(name).cloned()).expect("valid test configuration");
    config.clock = clock.clone();
    let app = Application::build(config).await.expect("the application starts");
    let address = format!("http://{}", app.local_addr());
    let db = app.db().clone();
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    let client = browser();
    TestApp {
        address,
        client,
        db,
        backend: match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        },
        dir,
        mail_dir,
        clock,
    }
}

/// A client that keeps cookies and does not follow redirects, like one browser.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("HTTP client")
}

/// Databases left by earlier runs are dropped once, before this run makes its own.
static LEFTOVERS_DROPPED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

async fn drop_leftover_databases(admin_url: &str) {
    let admin = Database::connect(admin_url)
        .await
        .expect("connect to test PostgreSQL");
    let backend = admin.get_database_backend();
    let names = admin
        .query_all(Statement::from_string(
            backend,
            r"SELECT datname FROM pg_database WHERE datname LIKE 'portal\_test\_%'",
        ))
        .await
        .expect("list test databases");
    for row in names {
        let name: String = row.try_get_by_index(0).expect("a name");
        let drop = format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#);
        admin
            .execute(Statement::from_string(backend, drop))
            .await
            .expect("drop a leftover test database");
    }
    admin.close().await.ok();
}

/// A new, empty database on the test PostgreSQL server, so tests never share state.
async fn fresh_postgres_database() -> String {
    let admin_url = std::env::var("PORTAL_TEST_POSTGRES_URL").expect("PORTAL_TEST_POSTGRES_URL");
    LEFTOVERS_DROPPED
        .get_or_init(|| drop_leftover_databases(&admin_url))
        .await;
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to test PostgreSQL");
    let name = format!("portal_test_{}", rand::random::<u64>());
    admin
        .execute(Statement::from_string(
            admin.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .expect("create test database");
    admin.close().await.ok();
    match admin_url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("PORTAL_TEST_POSTGRES_URL must end with a database name"),
    }
}

pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// The same application seen from another browser (its own cookies).
    pub fn other_browser(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client: browser(),
            db: self.db.clone(),
            backend: self.backend,
            dir: tempfile::tempdir().expect("temporary folder"),
            mail_dir: self.mail_dir.clone(),
            clock: self.clock.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self.client.get(self.url(path));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        into_page(request.send().await.expect("GET")).await
    }

    /// Posts a form the way a browser does from one of our own pages.
    pub async fn post_form(&self, path: &str, body: &str) -> Page {
        self.post_form_with(
            path,
            body,
            &[("origin", &self.address), ("sec-fetch-site", "same-origin")],
        )
        .await
    }

    pub async fn post_form_with(&self, path: &str, body: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_string());
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        into_page(request.send().await.expect("POST")).await
    }

    pub async fn count(&self, sql: &str) -> i64 {
        let row = self
            .db
            .query_one(Statement::from_string(
                self.db.get_database_backend(),
                sql.to_string(),
            ))
            .await
            .expect("query")
            .expect("one row");
        row.try_get_by_index::<i64>(0).expect("a count")
    }
}

async fn into_page(response: reqwest::Response) -> Page {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await.unwrap_or_default();
    Page {
        status,
        headers,
        body,
    }
}

impl Page {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The page, parsed.
    pub fn html(&self) -> crate::html::Document {
        crate::html::parse(&self.body)
    }

    pub fn title(&self) -> String {
        self.html().texts("title").concat()
    }

    pub fn h1s(&self) -> usize {
        self.html().count("h1")
    }

    /// An attribute of `<html>` (`lang`, `class`), empty if absent.
    pub fn html_attr(&self, name: &str) -> String {
        self.html().attrs("html", name).concat()
    }
}

/// The text between two markers, for what is not HTML (headers, mail).
pub fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_string())
}
