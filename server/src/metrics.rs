//! `/metrics` in the Prometheus text format: requests by method, matched
//! route and status, their latency, the mail outbox's backlog, how often each
//! worker ran, and the database pool. Shown only to the addresses in
//! `PORTAL_METRICS_ALLOW` or to a request with `PORTAL_METRICS_TOKEN`;
//! everyone else gets 404, as for an address that does not exist.
//!
//! Written by hand: a few counters and one histogram do not need a metrics
//! framework and its global recorder, and each application (each test's)
//! keeps its own figures.

use crate::mail::{outbox, MAX_ATTEMPTS};
use crate::worker::Worker;
use app::web::client::client_address;
use app::web::clock::Clock;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// The route of a request no route matched (static files, "page not found"),
/// so that made-up addresses cannot create new series.
const UNMATCHED: &str = "unmatched";

/// A network of addresses allowed to read the metrics: one address or `address/prefix`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    pub fn parse(text: &str) -> Option<Network> {
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address.parse().ok()?, Some(prefix.parse::<u8>().ok()?)),
            None => (text.parse().ok()?, None),
        };
        let bits = match address {
            IpAddr::V4(_) => 32,
            IpAddr::V6(_) => 128,
        };
        let prefix = prefix.unwrap_or(bits);
        (prefix <= bits).then_some(Network { address, prefix })
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.address, address) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => same_prefix(
                u128::from(u32::from(net)) << 96,
                u128::from(u32::from(ip)) << 96,
                self.prefix,
            ),
            (IpAddr::V6(net), IpAddr::V6(ip)) => same_prefix(u128::from(net), u128::from(ip), self.prefix),
            _ => false,
        }
    }
}

fn same_prefix(a: u128, b: u128, prefix: u8) -> bool {
    let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
    a & mask == b & mask
}

/// The bearer token that opens `/metrics` from anywhere; never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(token: String) -> Self {
        Token(token)
    }

    /// Compares in time independent of where the first difference is.
    fn matches(&self, sent: &[u8]) -> bool {
        let expected = self.0.as_bytes();
        expected.len() == sent.len() && expected.iter().zip(sent).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

/// Who may read `/metrics` (`PORTAL_METRICS_ALLOW`, `PORTAL_METRICS_TOKEN`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    pub allow: Vec<Network>,
    pub token: Option<Token>,
}

impl Default for Access {
    /// This machine only.
    fn default() -> Self {
        Access {
            allow: ["127.0.0.1", "::1"]
                .into_iter()
                .filter_map(Network::parse)
                .collect(),
            token: None,
        }
    }
}

/// Counts and times of one method and route.
#[derive(Default)]
struct RouteFigures {
    statuses: BTreeMap<u16, u64>,
    /// Requests at or under each bound of [`BUCKETS`] (not cumulative; summed when shown).
    buckets: [u64; BUCKETS.len()],
    seconds: f64,
    count: u64,
}

/// The figures of one application, shared by the request layer, the workers and `/metrics`.
#[derive(Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<(&'static str, String), RouteFigures>>,
    workers: Mutex<Vec<(&'static str, Arc<AtomicU64>)>>,
}

impl Metrics {
    fn record(&self, method: &'static str, route: &str, status: StatusCode, took: Duration) {
        let mut routes = self.routes.lock().unwrap_or_else(PoisonError::into_inner);
        let figures = routes.entry((method, route.to_string())).or_default();
        *figures.statuses.entry(status.as_u16()).or_default() += 1;
        let seconds = took.as_secs_f64();
        if let Some(bucket) = BUCKETS.iter().position(|bound| seconds <= *bound) {
            figures.buckets[bucket] += 1;
        }
        figures.seconds += seconds;
        figures.count += 1;
    }

    /// Shows how many rounds `worker` has run.
    pub fn watch(&self, worker: &Worker) {
        let mut workers = self.workers.lock().unwrap_or_else(PoisonError::into_inner);
        workers.push((worker.name(), worker.runs()));
    }

    fn write_requests(&self, out: &mut String) {
        let routes = self.routes.lock().unwrap_or_else(PoisonError::into_inner);
        header(
            out,
            "portal_http_requests_total",
            "counter",
            "Requests answered, by method, matched route and status.",
        );
        for ((method, route), figures) in routes.iter() {
            for (status, count) in &figures.statuses {
                let _ = writeln!(
                    out,
                    "portal_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {count}",
                    escape(route)
                );
            }
        }
        let name = "portal_http_request_duration_seconds";
        header(
            out,
            name,
            "histogram",
            "Time to answer a request, by method and matched route.",
        );
        for ((method, route), figures) in routes.iter() {
            let labels = format!("method=\"{method}\",route=\"{}\"", escape(route));
            let mut cumulative = 0;
            for (bound, count) in BUCKETS.iter().zip(figures.buckets) {
                cumulative += count;
                let _ = writeln!(out, "{name}_bucket{{{labels},le=\"{bound}\"}} {cumulative}");
            }
            let _ = writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {}", figures.count);
            let _ = writeln!(out, "{name}_sum{{{labels}}} {}", figures.seconds);
            let _ = writeln!(out, "{name}_count{{{labels}}} {}", figures.count);
        }
    }

    fn write_workers(&self, out: &mut String) {
        header(
            out,
            "portal_worker_runs_total",
            "counter",
            "Rounds each background worker has finished.",
        );
        let workers = self.workers.lock().unwrap_or_else(PoisonError::into_inner);
        for (name, runs) in workers.iter() {
            let _ = writeln!(
                out,
                "portal_worker_runs_total{{worker=\"{name}\"}} {}",
                runs.load(Ordering::Relaxed)
            );
        }
    }
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn gauge(out: &mut String, name: &str, help: &str, value: impl fmt::Display) {
    header(out, name, "gauge", help);
    let _ = writeln!(out, "{name} {value}");
}

/// A label value as the text format wants it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The method as a fixed label: any other method is `OTHER`, so made-up ones cannot create series.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// Records every request's route, status and time. Added with `Router::layer`,
/// so the route has been matched when it runs.
pub async fn track(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let method = method_label(request.method());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, MatchedPath::as_str)
        .to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    metrics.record(method, &route, response.status(), started.elapsed());
    response
}

#[derive(Clone)]
struct Exporter {
    metrics: Arc<Metrics>,
    db: DatabaseConnection,
    clock: Clock,
    access: Arc<Access>,
    trusted_proxies: Arc<[IpAddr]>,
}

/// `GET /metrics`.
pub fn router(
    metrics: Arc<Metrics>,
    db: DatabaseConnection,
    clock: Clock,
    access: Access,
    trusted_proxies: &[IpAddr],
) -> Router {
    let exporter = Exporter {
        metrics,
        db,
        clock,
        access: Arc::new(access),
        trusted_proxies: Arc::from(trusted_proxies),
    };
    Router::new().route("/metrics", get(export)).with_state(exporter)
}

async fn export(State(exporter): State<Exporter>, request: Request) -> Response {
    if !exporter.allows(&request) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut out = String::new();
    exporter.metrics.write_requests(&mut out);
    exporter.metrics.write_workers(&mut out);
    if let Err(error) = write_outbox(&mut out, &exporter.db, &exporter.clock).await {
        tracing::warn!(%error, "metrics: the outbox could not be read");
    }
    write_pool(&mut out, &exporter.db);
    let mut response = out.into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

impl Exporter {
    /// From an allowed address (the client's, behind trusted proxies), or with the token.
    fn allows(&self, request: &Request) -> bool {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded: Vec<&str> = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let allowed_address = client_address(peer, &forwarded, &self.trusted_proxies)
            .is_some_and(|client| self.access.allow.iter().any(|net| net.contains(client)));
        allowed_address
            || self
                .access
                .token
                .as_ref()
                .is_some_and(|t| bearer_matches(request.headers(), t))
    }
}

fn bearer_matches(headers: &HeaderMap, token: &Token) -> bool {
    headers
        .get(AUTHORIZATION)
        .and_then(|value| value.as_bytes().strip_prefix(b"Bearer "))
        .is_some_and(|sent| token.matches(sent))
}

/// Messages still to be sent (not given up on), and how long the oldest has waited.
async fn write_outbox(out: &mut String, db: &DatabaseConnection, clock: &Clock) -> Result<(), DbErr> {
    use outbox::Column;
    let waiting = || {
        outbox::Entity::find()
            .filter(Column::SentAt.is_null())
            .filter(Column::Attempts.lt(MAX_ATTEMPTS))
    };
    let unsent = waiting().count(db).await?;
    let oldest = waiting().order_by_asc(Column::Id).one(db).await?;
    let age = oldest.map_or(0, |row| (clock.now() - row.created_at).num_seconds().max(0));
    let given_up = outbox::Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::Attempts.gte(MAX_ATTEMPTS))
        .count(db)
        .await?;
    gauge(
        out,
        "portal_outbox_unsent",
        "Messages in the outbox waiting to be sent.",
        unsent,
    );
    gauge(
        out,
        "portal_outbox_oldest_unsent_age_seconds",
        "Age of the oldest message waiting to be sent; 0 when none waits.",
        age,
    );
    gauge(
        out,
        "portal_outbox_given_up",
        "Messages no longer retried after failing.",
        given_up,
    );
    Ok(())
}

/// Open and idle connections of the database pool, and its maximum.
fn write_pool(out: &mut String, db: &DatabaseConnection) {
    let (size, idle, max) = match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
        DatabaseBackend::MySql => return,
    };
    gauge(
        out,
        "portal_db_pool_connections",
        "Connections open in the database pool.",
        size,
    );
    gauge(out, "portal_db_pool_idle", "Open connections not in use.", idle);
    gauge(out, "portal_db_pool_max", "Most connections the pool opens.", max);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_hold_their_addresses() {
        let ip = |text: &str| text.parse::<IpAddr>().unwrap_or(IpAddr::from([0, 0, 0, 0]));
        let single = Network::parse("127.0.0.1");
        assert!(single.is_some_and(|n| n.contains(ip("127.0.0.1")) && !n.contains(ip("127.0.0.2"))));
        let v4 = Network::parse("10.1.0.0/16");
        assert!(v4.is_some_and(|n| n.contains(ip("10.1.200.3")) && !n.contains(ip("10.2.0.1"))));
        let v6 = Network::parse("fd00:1::/32");
        assert!(v6.is_some_and(|n| n.contains(ip("fd00:1:ffff::1")) && !n.contains(ip("fd00:2::1"))));
        assert!(Network::parse("0.0.0.0/0").is_some_and(|n| n.contains(ip("203.0.113.9"))));
        assert!(Network::parse("::1").is_some_and(|n| !n.contains(ip("127.0.0.1"))));
        for bad in ["10.0.0.0/33", "::/129", "host.local", "10.0.0.0/x", ""] {
            assert_eq!(Network::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn tokens_match_exactly_and_never_print() {
        let token = Token::new("s3cret-metrics-token".to_string());
        assert!(token.matches(b"s3cret-metrics-token"));
        assert!(!token.matches(b"s3cret-metrics-toke"));
        assert!(!token.matches(b"s3cret-metrics-tokeN"));
        assert!(!format!("{token:?}").contains("s3cret"));
    }

    #[test]
    fn latency_buckets_are_cumulative() {
        let metrics = Metrics::default();
        metrics.record("GET", "/", StatusCode::OK, Duration::from_millis(3));
        metrics.record("GET", "/", StatusCode::NOT_FOUND, Duration::from_millis(70));
        let mut out = String::new();
        metrics.write_requests(&mut out);
        for line in [
            r#"portal_http_requests_total{method="GET",route="/",status="200"} 1"#,
            r#"portal_http_requests_total{method="GET",route="/",status="404"} 1"#,
            r#"portal_http_request_duration_seconds_bucket{method="GET",route="/",le="0.005"} 1"#,
            r#"portal_http_request_duration_seconds_bucket{method="GET",route="/",le="0.05"} 1"#,
            r#"portal_http_request_duration_seconds_bucket{method="GET",route="/",le="0.1"} 2"#,
            r#"portal_http_request_duration_seconds_bucket{method="GET",route="/",le="+Inf"} 2"#,
            r#"portal_http_request_duration_seconds_count{method="GET",route="/"} 2"#,
        ] {
            assert!(out.lines().any(|l| l == line), "{line} not in\n{out}");
        }
    }

    #[test]
    fn made_up_methods_share_one_label() {
        assert_eq!(method_label(&Method::POST), "POST");
        let made_up = Method::from_bytes(b"BREW").unwrap_or(Method::TRACE);
        assert_eq!(method_label(&made_up), "OTHER");
    }
}
