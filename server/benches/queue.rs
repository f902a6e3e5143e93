//! The staff queue with 100,000 applications: the real server on this
//! machine, a SQLite file database (or `BENCH_DATABASE_URL`, e.g. an empty
//! PostgreSQL database), a signed-in district approver, and the time from
//! request to the whole page received.
//!
//! `cargo bench -p server --bench queue`

#![allow(clippy::expect_used, clippy::unwrap_used)]

use app::accounts::second_factor::{code_at, seconds_at};
use app::accounts::staff_account::{self, StaffDetails};
use app::domain::staff::Role;
use app::staff::queue::store::Cursor;
use criterion::{criterion_group, criterion_main, Criterion};
use sea_orm::{ConnectionTrait, Statement};
use server::config::Config;
use server::Application;
use std::collections::HashMap;
use std::time::Duration;

const APPLICATIONS: usize = 100_000;
const PASSWORD: &str = "benchmark password 2026";

struct Served {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
    address: String,
    db: sea_orm::DatabaseConnection,
    _dir: tempfile::TempDir,
}

fn form(client: &reqwest::Client, url: String, body: String) -> reqwest::RequestBuilder {
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(body)
}

fn serve() -> Served {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temporary folder");
    let database_url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let vars: HashMap<&str, String> = HashMap::from([
        ("PORTAL_ADDR", "127.0.0.1:0".to_string()),
        ("DATABASE_URL", database_url),
        ("PORTAL_LOG", "error".to_string()),
        ("PORTAL_MAIL_DIR", dir.path().join("outbox").display().to_string()),
        (
            "PORTAL_UPLOAD_DIR",
            dir.path().join("uploads").display().to_string(),
        ),
    ]);
    let config = Config::from_lookup(|name| vars.get(name).cloned()).expect("configuration");
    let (address, db) = runtime.block_on(async {
        let app = Application::build(config).await.expect("the server starts");
        let address = format!("http://{}", app.local_addr());
        let db = app.db().clone();
        tokio::spawn(app.run_until_stopped(std::future::pending()));
        let started = std::time::Instant::now();
        server::seed::applications(&db, APPLICATIONS, 90, 1, chrono::Utc::now())
            .await
            .expect("seed");
        eprintln!(
            "seeded {APPLICATIONS} applications in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            // As autovacuum would before anyone reads the queue: without
            // statistics the planner sorts whole statuses instead of
            // walking an index. (Not on SQLite, whose plans are made for
            // no statistics here; ANALYZE turns them to area ORs and sorts.)
            db.execute_unprepared("VACUUM ANALYZE").await.expect("statistics");
            // The seed changes each count row hundreds of times in one
            // transaction, leaving megabytes of dead versions of a few
            // thousand rows; a portal makes one change per transaction, which
            // page pruning and autovacuum keep compact.
            db.execute_unprepared("VACUUM FULL application_count")
                .await
                .expect("compact counts");
        }
        (address, db)
    });
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    runtime.block_on(async {
        let details = StaffDetails {
            email: "bench@example.org".into(),
            display_name: "Bench".into(),
            role: Role::DistrictApprover,
            area_code: "jiangbei".into(),
        };
        let (_, token) = staff_account::create(&db, &details, chrono::Utc::now())
            .await
            .expect("staff");
        let link = format!("{address}/staff/set-up/{token}");
        form(&client, link, format!("password={}", PASSWORD.replace(' ', "+")))
            .send()
            .await
            .expect("password");
        let page = client
            .get(format!("{address}/staff/two-factor/set-up"))
            .send()
            .await
            .expect("set-up")
            .text()
            .await
            .expect("text");
        let key = page
            .split("<code lang=\"en\">")
            .nth(1)
            .and_then(|rest| rest.split("</code>").next())
            .expect("the key");
        let secret: String = key.split_whitespace().collect();
        let code = code_at(&secret, seconds_at(chrono::Utc::now())).expect("code");
        let done = form(
            &client,
            format!("{address}/staff/two-factor/set-up"),
            format!("code={code}"),
        )
        .send()
        .await
        .expect("code");
        assert_eq!(done.status(), 303);
    });
    Served {
        runtime,
        client,
        address,
        db,
        _dir: dir,
    }
}

/// A cursor `depth` rows into the district's queue, as "Next page" links carry.
fn cursor_at(served: &Served, depth: usize) -> String {
    served.runtime.block_on(async {
        let backend = served.db.get_database_backend();
        let row = served
            .db
            .query_one(Statement::from_string(
                backend,
                format!(
                    "SELECT submitted_at, id FROM application WHERE status = 'district_review' \
                     ORDER BY submitted_at, id LIMIT 1 OFFSET {depth}"
                ),
            ))
            .await
            .expect("query")
            .expect("a row");
        let cursor = Cursor {
            submitted_at: row.try_get("", "submitted_at").expect("time"),
            id: row.try_get("", "id").expect("id"),
        };
        cursor.encode().replace('+', "%2B").replace(':', "%3A")
    })
}

fn get(served: &Served, path: &str) -> usize {
    served.runtime.block_on(async {
        let response = served
            .client
            .get(format!("{}{path}", served.address))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200, "{path}");
        response.bytes().await.expect("body").len()
    })
}

/// Every filter and sort of the queue, a later page, the staff home page's
/// counts and an application page, as a district approver sees them.
fn pages(deep: String) -> Vec<(&'static str, String)> {
    let page = |name, path: &str| (name, path.to_string());
    vec![
        page("queue, first page (district review)", "/staff/queue"),
        ("queue, 400 pages in", deep),
        page("queue, every status", "/staff/queue?status=all"),
        page("queue, status submitted", "/staff/queue?status=submitted"),
        page("queue, status approved", "/staff/queue?status=approved"),
        page("queue, one entitlement", "/staff/queue?entitlement=e04"),
        page(
            "queue, one entitlement, every status",
            "/staff/queue?status=all&entitlement=e04",
        ),
        page(
            "queue, one entitlement and dates",
            "/staff/queue?entitlement=e04&from=2026-10-01&to=2026-11-15",
        ),
        page("queue, dates only", "/staff/queue?from=2026-10-01&to=2026-11-15"),
        page(
            "queue, one street, every status",
            "/staff/queue?status=all&street=jiangbei.guanyinqiao",
        ),
        page("queue, one street", "/staff/queue?street=jiangbei.guanyinqiao"),
        page(
            "queue, one community, newest first",
            "/staff/queue?status=all&community=jiangbei.wubao.village1&sort=newest",
        ),
        page("queue, newest first", "/staff/queue?sort=newest"),
        page("queue, overdue only", "/staff/queue?overdue=1"),
        page(
            "queue, overdue only, every status",
            "/staff/queue?status=all&overdue=1",
        ),
        page("queue, assigned to me", "/staff/queue?assigned=me"),
        page("queue, assigned to nobody", "/staff/queue?assigned=nobody"),
        page("staff home (counts at the level)", "/staff/home"),
        page("application page", "/staff/applications/50000"),
    ]
}

fn queue(c: &mut Criterion) {
    let served = serve();
    let deep = format!("/staff/queue?after={}", cursor_at(&served, 20_000));
    let mut group = c.benchmark_group("staff queue, 100,000 applications");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (name, path) in &pages(deep) {
        eprintln!("{name}: {} bytes", get(&served, path));
        group.bench_function(*name, |b| b.iter(|| get(&served, path)));
    }
    group.finish();
    let mut export = c.benchmark_group("staff queue export");
    export
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    let exports = [
        (
            "CSV of one street (about 8,300 rows)",
            "/staff/queue.csv?status=all&street=jiangbei.guanyinqiao",
        ),
        (
            "CSV of one entitlement, every status",
            "/staff/queue.csv?status=all&entitlement=e04",
        ),
        (
            "CSV of the whole district (100,000 rows)",
            "/staff/queue.csv?status=all",
        ),
    ];
    for (name, path) in exports {
        eprintln!("{name}: {} bytes", get(&served, path));
        export.bench_function(name, |b| b.iter(|| get(&served, path)));
    }
    export.finish();
}

criterion_group!(benches, queue);
criterion_main!(benches);
