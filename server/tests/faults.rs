//! The real server binary, killed with SIGKILL while residents submit applications and book
//! places and while an email is half sent, then started again on the same database: every
//! acknowledged submission and booking is there exactly once, no session holds more people than
//! its places, and every queued email reaches the SMTP server at least once, a second copy (with
//! the same `Message-ID`) only of a message that was in flight at the kill.
//!
//! On SQLite, and on PostgreSQL when `PORTAL_TEST_POSTGRES_URL` is set. `PORTAL_FAULT_ROUNDS`
//! sets how many kills (2 by default; `make robustness-full` runs more). A separate test target,
//! because it runs the built `server` binary rather than the application in process.

// Test set-up that cannot proceed should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use chrono::Utc;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::redirect::Policy;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait, QueryFilter, Statement,
};
use server::mail::outbox;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const RESIDENTS: usize = 3;
/// Drafts each resident has ready to send when the kill comes.
const DRAFTS_EACH: usize = 3;
/// How long the SMTP server holds each message after storing it before it says "250 OK": the
/// window in which a kill leaves a message delivered but not marked sent.
const SMTP_HOLD_SECONDS: &str = "0.25";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const CERTIFICATE: &str = "11010519800301001X12";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigkill_during_submissions_bookings_and_mail_loses_and_doubles_nothing() {
    let rounds: usize = std::env::var("PORTAL_FAULT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    for backend in backends() {
        run(backend, rounds).await;
    }
}

async fn run(backend: Backend, rounds: usize) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("portal.db").display()),
        Backend::Postgres => fresh_postgres_database().await,
    };
    let db = server::database::connect(&url).await.expect("connect");
    server::database::migrate(&db).await.expect("migrate");
    server::seed::events(&db, app::domain::local_time::utc_to_chongqing(Utc::now()))
        .await
        .expect("seed fairs and courses");
    let world = World::read(&db).await;
    let sink = SmtpSink::start().await;
    let port = free_port().await;
    let mut portal = Portal::start(&url, dir.path(), port, sink.port).await;
    let mut residents = Vec::new();
    for n in 0..RESIDENTS {
        residents.push(Resident::register(&db, &portal.base, n).await);
    }
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    // Messages the SMTP server had taken but the outbox did not yet say were sent, at a kill.
    let mut in_flight = BTreeSet::new();
    for round in 0..rounds {
        let mut rng = StdRng::seed_from_u64(round as u64);
        let mut drafts = Vec::new();
        for (n, resident) in residents.iter().enumerate() {
            for _ in 0..DRAFTS_EACH {
                drafts.push((n, resident.complete_draft(&portal.base).await));
            }
        }
        let stop = Arc::new(AtomicBool::new(false));
        let background: Vec<_> = residents
            .iter()
            .enumerate()
            .map(|(n, r)| {
                let rng = StdRng::seed_from_u64((round * 100 + n) as u64);
                tokio::spawn(r.clone().keep_booking(
                    portal.base.clone(),
                    world.clone(),
                    ledger.clone(),
                    stop.clone(),
                    rng,
                ))
            })
            .collect();
        let mail_moving = sink.wait_for_a_message_in_flight(Duration::from_secs(12)).await;
        // A burst of submissions and bookings, then the kill while they are being handled.
        let burst: Vec<_> = drafts
            .iter()
            .map(|(n, id)| {
                tokio::spawn(
                    residents[*n]
                        .clone()
                        .submit(portal.base.clone(), *id, ledger.clone()),
                )
            })
            .chain(residents.iter().map(|r| {
                let session = world.sessions[rng.random_range(0..world.sessions.len())];
                tokio::spawn(r.clone().book(portal.base.clone(), session, ledger.clone()))
            }))
            .collect();
        // Killed once a few of them are answered, while the rest are still being handled.
        let wanted = ledger.lock().expect("the ledger").submitted.len() + rng.random_range(1..=3);
        let started = Instant::now();
        while ledger.lock().expect("the ledger").submitted.len() < wanted
            && started.elapsed() < Duration::from_secs(2)
        {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.random_range(0..30))).await;
        portal.kill();
        stop.store(true, Ordering::SeqCst);
        for task in background.into_iter().chain(burst) {
            task.await.expect("a resident's task");
        }
        // A message whose last line the killed server had just sent may still be being stored.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let received = sink.received();
        let unsent = unsent_ids(&db).await;
        let caught: Vec<i32> = unsent
            .iter()
            .copied()
            .filter(|id| received.contains_key(id))
            .collect();
        eprintln!(
            "{backend:?} round {round}: killed {} with {} messages unsent, {caught:?} of them delivered",
            if mail_moving {
                "while mail was being sent"
            } else {
                "(no mail was being sent)"
            },
            unsent.len(),
        );
        in_flight.extend(caught);
        // Claims by the killed process are left alone for five minutes, so a second server
        // never sends a message twice; here that time passes at once.
        let _ = outbox::Entity::update_many()
            .col_expr(outbox::Column::NextAttemptAt, Expr::val(Utc::now()).into())
            .filter(outbox::Column::SentAt.is_null())
            .exec(&db)
            .await
            .expect("release the dead server's claims");
        portal = Portal::start(&url, dir.path(), port, sink.port).await;
    }
    let acknowledged = ledger.lock().expect("the ledger").clone();
    // Sending an acknowledged application again changes nothing.
    for (n, id) in acknowledged.submitted.iter().take(3) {
        residents[*n]
            .clone()
            .submit(portal.base.clone(), *id, ledger.clone())
            .await;
    }
    wait_until_all_sent(&db).await;
    portal.kill();

    assert!(
        !acknowledged.submitted.is_empty(),
        "{backend:?}: no submission was acknowledged"
    );
    assert!(
        !acknowledged.bookings.is_empty(),
        "{backend:?}: no booking was acknowledged"
    );
    submissions_exist_once(&db, &acknowledged).await;
    bookings_exist_once_within_capacity(&db, &acknowledged).await;
    mail_sent_at_least_once_and_twice_only_if_in_flight(&db, &sink, &in_flight, rounds).await;
    eprintln!(
        "{backend:?}: {} submissions and {} bookings acknowledged over {rounds} kills; {} messages in flight",
        acknowledged.submitted.len(),
        acknowledged.bookings.len(),
        in_flight.len(),
    );
    db.close().await.ok();
}

async fn submissions_exist_once(db: &DatabaseConnection, acknowledged: &Ledger) {
    for (_, id) in &acknowledged.submitted {
        let status = text(db, &format!("SELECT status FROM application WHERE id = {id}")).await;
        assert_eq!(status, "submitted", "acknowledged application {id}");
    }
    // Every application that left its draft, acknowledged or not, did so once.
    let sent = rows(
        db,
        "SELECT id, reference FROM application WHERE status <> 'draft'",
    )
    .await;
    for row in sent {
        let id: i32 = row.try_get_by_index(0).expect("an id");
        let reference: String = row.try_get_by_index(1).expect("a reference");
        let events = count(
            db,
            &format!(
                "SELECT COUNT(*) FROM application_event WHERE application_id = {id} AND status = 'submitted'"
            ),
        )
        .await;
        assert_eq!(events, 1, "application {id} was submitted {events} times");
        let same_reference = count(
            db,
            &format!("SELECT COUNT(*) FROM application WHERE reference = '{reference}'"),
        )
        .await;
        assert_eq!(same_reference, 1, "{reference}");
        let mails = count(
            db,
            &format!("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%{reference}%'"),
        )
        .await;
        assert_eq!(mails, 1, "one email says {reference} was received");
    }
}

async fn bookings_exist_once_within_capacity(db: &DatabaseConnection, acknowledged: &Ledger) {
    for (account, session) in &acknowledged.bookings {
        let held = count(
            db,
            &format!(
                "SELECT COUNT(*) FROM booking WHERE account_id = {account} AND session_id = {session} AND status <> 'cancelled'"
            ),
        )
        .await;
        assert_eq!(
            held, 1,
            "account {account}'s acknowledged booking of session {session}"
        );
    }
    let doubled = count(
        db,
        "SELECT COUNT(*) FROM (SELECT account_id, session_id FROM booking WHERE status <> 'cancelled' \
         GROUP BY account_id, session_id HAVING COUNT(*) > 1) AS doubled",
    )
    .await;
    assert_eq!(doubled, 0, "nobody holds two places on one session");
    let over = count(
        db,
        "SELECT COUNT(*) FROM course_session AS s WHERE s.capacity < (SELECT COUNT(*) FROM booking AS b \
         WHERE b.session_id = s.id AND b.status IN ('confirmed', 'offered'))",
    )
    .await;
    assert_eq!(over, 0, "no session holds more people than its places");
    let positions = count(
        db,
        "SELECT COUNT(*) FROM (SELECT session_id, position FROM booking GROUP BY session_id, position \
         HAVING COUNT(*) > 1) AS shared",
    )
    .await;
    assert_eq!(positions, 0, "every booking has its own place in line");
}

async fn mail_sent_at_least_once_and_twice_only_if_in_flight(
    db: &DatabaseConnection,
    sink: &SmtpSink,
    in_flight: &BTreeSet<i32>,
    rounds: usize,
) {
    let queued: BTreeSet<i32> = rows(db, "SELECT id FROM outbox")
        .await
        .iter()
        .map(|row| row.try_get_by_index(0).expect("an id"))
        .collect();
    let received = sink.received();
    let missing: Vec<&i32> = queued.iter().filter(|id| !received.contains_key(id)).collect();
    assert!(missing.is_empty(), "queued but never received: {missing:?}");
    let mut extra_copies = 0;
    for (id, copies) in &received {
        assert!(queued.contains(id), "a message that was never queued: {id}");
        if *copies > 1 {
            assert!(
                in_flight.contains(id),
                "message {id} arrived {copies} times but was not in flight at a kill"
            );
            extra_copies += copies - 1;
        }
    }
    // The worker sends one message at a time, so each kill can leave at most one in flight.
    assert!(
        extra_copies <= rounds,
        "{extra_copies} duplicates after {rounds} kills"
    );
}

// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum Backend {
    Sqlite,
    Postgres,
}

fn backends() -> Vec<Backend> {
    if std::env::var("PORTAL_TEST_POSTGRES_URL").is_ok() {
        return vec![Backend::Sqlite, Backend::Postgres];
    }
    eprintln!(
        "\n!!! PORTAL_TEST_POSTGRES_URL is not set: PostgreSQL is SKIPPED; only SQLite is tested !!!\n"
    );
    vec![Backend::Sqlite]
}

/// What the server acknowledged: a 303 to the page that says it is done.
#[derive(Clone, Debug, Default)]
struct Ledger {
    /// (resident, application id)
    submitted: BTreeSet<(usize, i32)>,
    /// (account id, session id)
    bookings: BTreeSet<(i32, i32)>,
}

/// The courses' sessions, as (course id, session id).
#[derive(Clone)]
struct World {
    sessions: Vec<(i32, i32)>,
}

impl World {
    async fn read(db: &DatabaseConnection) -> World {
        let sessions = rows(
            db,
            "SELECT course_id, id FROM course_session WHERE cancelled_at IS NULL ORDER BY id",
        )
        .await
        .iter()
        .map(|row| {
            (
                row.try_get_by_index(0).expect("a course"),
                row.try_get_by_index(1).expect("a session"),
            )
        })
        .collect::<Vec<_>>();
        assert!(!sessions.is_empty(), "the seed has training sessions");
        World { sessions }
    }
}

/// A resident with their own browser (cookies), signed in.
#[derive(Clone)]
struct Resident {
    client: reqwest::Client,
    account: i32,
    index: usize,
}

impl Resident {
    async fn register(db: &DatabaseConnection, base: &str, index: usize) -> Resident {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            // A new connection each time: none is left over from a server that was killed.
            .pool_max_idle_per_host(0)
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client");
        let email = format!("fault{index}@example.org");
        let registered = post(
            &client,
            base,
            "/register",
            &format!("full_name=Fault+{index}&email=fault{index}%40example.org&email_language=en"),
        )
        .await
        .expect("register");
        assert_eq!(registered.0, 303, "registering");
        let body = text(
            db,
            &format!("SELECT body FROM outbox WHERE recipient = '{email}' ORDER BY id DESC"),
        )
        .await;
        let signed_in = post(&client, base, &link_path(&body), "").await.expect("sign in");
        assert_eq!(signed_in.0, 303, "following the emailed link");
        let account = count(
            db,
            &format!("SELECT CAST(id AS BIGINT) FROM resident_account WHERE email = '{email}'"),
        )
        .await;
        Resident {
            client,
            account: i32::try_from(account).expect("an id"),
            index,
        }
    }

    /// A draft for themselves with every section done, ready to send.
    async fn complete_draft(&self, base: &str) -> i32 {
        let (status, location) = post(&self.client, base, "/apply/e04", "for=self")
            .await
            .expect("start");
        assert_eq!(status, 303, "starting an application");
        let id: i32 = location
            .trim_start_matches("/applications/")
            .parse()
            .unwrap_or_else(|_| panic!("an application address: {location}"));
        let path = format!("/applications/{id}");
        let person = format!(
            "full_name=Fault+{}&certificate_number={CERTIFICATE}&phone=13800000000&area_code=jiangbei.guanyinqiao.community1&address=1+Example+Road&then=continue",
            self.index
        );
        for (section, form) in [("person", person.as_str()), ("circumstances", "then=continue")] {
            let (status, _) = post(&self.client, base, &format!("{path}/{section}"), form)
                .await
                .expect("a section");
            assert_eq!(status, 303, "{section}");
        }
        let document = reqwest::multipart::Form::new().part(
            "document",
            reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("certificate.pdf"),
        );
        let uploaded = self
            .client
            .post(format!("{base}{path}/documents"))
            .header("origin", base)
            .header("sec-fetch-site", "same-origin")
            .multipart(document)
            .send()
            .await
            .expect("upload");
        assert_eq!(uploaded.status().as_u16(), 303, "uploading");
        for (section, form) in [
            ("documents/done", "then=continue"),
            ("declaration", "declaration=yes&then=continue"),
        ] {
            let (status, _) = post(&self.client, base, &format!("{path}/{section}"), form)
                .await
                .expect("a section");
            assert_eq!(status, 303, "{section}");
        }
        id
    }

    async fn submit(self, base: String, id: i32, ledger: Arc<Mutex<Ledger>>) {
        if let Some((303, location)) =
            post(&self.client, &base, &format!("/applications/{id}/submit"), "").await
        {
            if location.ends_with("/confirmation") {
                ledger
                    .lock()
                    .expect("the ledger")
                    .submitted
                    .insert((self.index, id));
            }
        }
    }

    async fn book(self, base: String, (course, session): (i32, i32), ledger: Arc<Mutex<Ledger>>) {
        let form = format!("session={session}&for=me");
        if let Some((303, location)) =
            post(&self.client, &base, &format!("/training/{course}/book"), &form).await
        {
            if location.starts_with("/account/bookings?done=") {
                ledger
                    .lock()
                    .expect("the ledger")
                    .bookings
                    .insert((self.account, session));
            }
        }
    }

    /// Books one session after another (most are refused once booked) until told to stop.
    async fn keep_booking(
        self,
        base: String,
        world: World,
        ledger: Arc<Mutex<Ledger>>,
        stop: Arc<AtomicBool>,
        mut rng: StdRng,
    ) {
        while !stop.load(Ordering::SeqCst) {
            let session = world.sessions[rng.random_range(0..world.sessions.len())];
            self.clone().book(base.clone(), session, ledger.clone()).await;
            tokio::time::sleep(Duration::from_millis(rng.random_range(100..400))).await;
        }
    }
}

/// Posts a form as a browser does from the portal's own page: the status and `Location`, or
/// `None` when the server did not answer (it was killed).
async fn post(client: &reqwest::Client, base: &str, path: &str, form: &str) -> Option<(u16, String)> {
    let response = client
        .post(format!("{base}{path}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", base)
        .header("sec-fetch-site", "same-origin")
        .body(form.to_string())
        .send()
        .await
        .ok()?;
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let status = response.status().as_u16();
    assert!(status < 500, "{path} answered {status}");
    Some((status, location))
}

/// The path of the first link in an email body.
fn link_path(body: &str) -> String {
    let start = body.find("http://").expect("a link in the email");
    let url: String = body[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    let after_scheme = &url["http://".len()..];
    after_scheme[after_scheme.find('/').expect("a path")..].to_string()
}

/// The `server` binary as a child process; `kill` is SIGKILL.
struct Portal {
    child: Child,
    base: String,
}

impl Portal {
    async fn start(database_url: &str, dir: &Path, port: u16, smtp_port: u16) -> Portal {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("server.log"))
            .expect("a log file");
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            .env_clear()
            .current_dir(dir)
            .env("PORTAL_ADDR", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", database_url)
            .env("PORTAL_SITE_ROOT", dir.join("site"))
            .env("PORTAL_UPLOAD_DIR", dir.join("uploads"))
            .env("PORTAL_LOG", "warn")
            .env("PORTAL_MAIL_TRANSPORT", "smtp")
            .env("PORTAL_SMTP_HOST", "127.0.0.1")
            .env("PORTAL_SMTP_PORT", smtp_port.to_string())
            .env("PORTAL_SMTP_TLS", "none")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("the log file"))
            .stderr(log)
            .spawn()
            .expect("the server binary starts");
        let mut portal = Portal {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        portal.wait_until_healthy(dir).await;
        portal
    }

    async fn wait_until_healthy(&mut self, dir: &Path) {
        let client = reqwest::Client::new();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(Some(status)) = self.child.try_wait() {
                let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
                panic!("the server exited ({status}):\n{log}");
            }
            let healthy = client.get(format!("{}/healthz", self.base)).send().await;
            if healthy.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not answer /healthz within 60 seconds");
    }

    fn kill(&mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("the killed server is reaped");
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// aiosmtpd (installed into `.tools/python` by `make tools`) storing each message in a maildir
/// and answering "250 OK" only [`SMTP_HOLD_SECONDS`] later.
struct SmtpSink {
    port: u16,
    child: Child,
    maildir: TempDir,
}

const SINK: &str = r#"
import asyncio, signal, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox

class Holding(Mailbox):
    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(float(sys.argv[3]))
        return reply

controller = Controller(Holding(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
signal.sigwait([signal.SIGTERM, signal.SIGINT])
controller.stop()
"#;

impl SmtpSink {
    async fn start() -> SmtpSink {
        let maildir = tempfile::tempdir().expect("temporary folder");
        let port = free_port().await;
        let mut child = Command::new("python3")
            .args(["-c", SINK, &port.to_string()])
            .arg(maildir.path().join("maildir"))
            .arg(SMTP_HOLD_SECONDS)
            .env(
                "PYTHONPATH",
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/python"),
            )
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

    fn files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.maildir.path().join("maildir").join("new"))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    }

    /// Waits until a message arrives, which the sender is then waiting to hear is taken;
    /// `false` if none came within `limit`.
    async fn wait_for_a_message_in_flight(&self, limit: Duration) -> bool {
        let before = self.files().len();
        let started = Instant::now();
        while started.elapsed() < limit {
            if self.files().len() > before {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        false
    }

    /// How many copies of each outbox message arrived, by the id in its `Message-ID`.
    fn received(&self) -> BTreeMap<i32, usize> {
        let mut copies = BTreeMap::new();
        for file in self.files() {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let id = text
                .lines()
                .find(|line| line.to_ascii_lowercase().starts_with("message-id:"))
                .and_then(|line| outbox_id(line.split_once(':')?.1.trim()))
                .unwrap_or_else(|| panic!("a Message-ID from the outbox in {}", file.display()));
            *copies.entry(id).or_insert(0) += 1;
        }
        copies
    }
}

/// The outbox row a `Message-ID` names (`<outbox.{id}.…@…>`).
fn outbox_id(message_id: &str) -> Option<i32> {
    message_id
        .strip_prefix("<outbox.")?
        .split('.')
        .next()?
        .parse()
        .ok()
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

async fn unsent_ids(db: &DatabaseConnection) -> BTreeSet<i32> {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .all(db)
        .await
        .expect("read the outbox")
        .iter()
        .map(|row| row.id)
        .collect()
}

/// Every queued message marked sent, waiting for the worker (every 5 seconds, 20 at a time).
async fn wait_until_all_sent(db: &DatabaseConnection) {
    let started = Instant::now();
    loop {
        let unsent = unsent_ids(db).await;
        if unsent.is_empty() {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "still unsent after 90 seconds: {unsent:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn free_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    listener.local_addr().expect("its address").port()
}

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    db.query_all(Statement::from_string(db.get_database_backend(), sql.to_string()))
        .await
        .expect("query")
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    rows(db, sql)
        .await
        .first()
        .map(|row| row.try_get_by_index::<i64>(0).expect("a number"))
        .unwrap_or_else(|| panic!("no row: {sql}"))
}

async fn text(db: &DatabaseConnection, sql: &str) -> String {
    rows(db, sql)
        .await
        .first()
        .map(|row| row.try_get_by_index::<String>(0).expect("text"))
        .unwrap_or_else(|| panic!("no row: {sql}"))
}

/// A new, empty database on the test PostgreSQL server. Those left by earlier runs (same
/// prefix, only this test uses it) are dropped first.
async fn fresh_postgres_database() -> String {
    let admin_url = std::env::var("PORTAL_TEST_POSTGRES_URL").expect("PORTAL_TEST_POSTGRES_URL");
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to test PostgreSQL");
    let backend = admin.get_database_backend();
    let leftovers = admin
        .query_all(Statement::from_string(
            backend,
            r"SELECT datname FROM pg_database WHERE datname LIKE 'portal\_faulttest\_%'",
        ))
        .await
        .expect("list test databases");
    for row in leftovers {
        let name: String = row.try_get_by_index(0).expect("a name");
        admin
            .execute(Statement::from_string(
                backend,
                format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#),
            ))
            .await
            .expect("drop a leftover test database");
    }
    let name = format!("portal_faulttest_{}", rand::random::<u64>());
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
