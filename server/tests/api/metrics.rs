//! `/metrics`: what an operator's Prometheus reads, and who may read it.

use crate::helpers::{backends, spawn_app, spawn_app_with, Backend, TestApp};
use chrono::{SubsecRound, TimeDelta};
use sea_orm::{ActiveModelTrait, ActiveValue};
use server::mail::outbox;

/// The value of the sample written exactly as `series` (name and labels).
fn sample(body: &str, series: &str) -> Option<f64> {
    body.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// A message that waits: written an hour ago, not due until tomorrow.
async fn queue_waiting_message(app: &TestApp) {
    let now = app.clock.now().trunc_subsecs(6);
    outbox::ActiveModel {
        recipient: ActiveValue::Set("waiting@example.org".to_string()),
        subject: ActiveValue::Set("Waiting".to_string()),
        body: ActiveValue::Set("Still waiting".to_string()),
        language: ActiveValue::Set("en".to_string()),
        created_at: ActiveValue::Set(now - TimeDelta::hours(1)),
        attempts: ActiveValue::Set(1),
        next_attempt_at: ActiveValue::Set(now + TimeDelta::days(1)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("queue a message");
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_show_the_outbox_workers_and_pool() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert_eq!(app.get("/check/q/registered").await.status, 200);
        assert_eq!(app.get("/jobs/fairs/987654").await.status, 404);
        queue_waiting_message(&app).await;

        let page = app.get("/metrics").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        assert!(page
            .header("content-type")
            .starts_with("text/plain; version=0.0.4"));
        let body = &page.body;
        // The route as written in the router, not the address asked for.
        let requested = r#"portal_http_requests_total{method="GET",route="/check/q/{slug}",status="200"}"#;
        assert_eq!(sample(body, requested), Some(1.0), "{body}");
        let missing = r#"portal_http_requests_total{method="GET",route="/jobs/fairs/{id}",status="404"}"#;
        assert_eq!(sample(body, missing), Some(1.0), "{body}");
        assert!(!body.contains("987654"), "{body}");
        let timed = r#"portal_http_request_duration_seconds_count{method="GET",route="/check/q/{slug}"}"#;
        assert_eq!(sample(body, timed), Some(1.0), "{body}");
        let all =
            r#"portal_http_request_duration_seconds_bucket{method="GET",route="/check/q/{slug}",le="+Inf"}"#;
        assert_eq!(sample(body, all), Some(1.0), "{body}");

        assert_eq!(sample(body, "portal_outbox_unsent"), Some(1.0), "{body}");
        let age = sample(body, "portal_outbox_oldest_unsent_age_seconds").unwrap_or_default();
        assert!((3600.0..3700.0).contains(&age), "{age}");
        assert!(
            sample(body, r#"portal_worker_runs_total{worker="mail"}"#).is_some(),
            "{body}"
        );
        assert!(
            sample(body, r#"portal_worker_runs_total{worker="reminders"}"#).is_some(),
            "{body}"
        );
        assert!(
            sample(body, "portal_db_pool_connections").unwrap_or_default() >= 1.0,
            "{body}"
        );
        assert!(
            sample(body, "portal_db_pool_max").unwrap_or_default() >= 1.0,
            "{body}"
        );

        // The scrape itself is counted from the next one on.
        let again = app.get("/metrics").await.body;
        let scraped = r#"portal_http_requests_total{method="GET",route="/metrics",status="200"}"#;
        assert_eq!(sample(&again, scraped), Some(1.0), "{again}");
    }
}

#[tokio::test]
async fn metrics_are_not_found_from_other_clients_without_the_token() {
    let token = "metrics-token-for-the-test";
    let app = spawn_app_with(
        Backend::Sqlite,
        &[
            ("PORTAL_TRUSTED_PROXIES", "127.0.0.1"),
            ("PORTAL_METRICS_TOKEN", token),
        ],
    )
    .await;
    let elsewhere = ("x-forwarded-for", "203.0.113.7");
    assert_eq!(app.get("/metrics").await.status, 200, "this machine is allowed");
    assert_eq!(app.get_with("/metrics", &[elsewhere]).await.status, 404);
    let wrong = ("authorization", "Bearer metrics-token-for-the-tesT");
    assert_eq!(app.get_with("/metrics", &[elsewhere, wrong]).await.status, 404);
    let basic = ("authorization", "Basic bWV0cmljcy10b2tlbi1mb3ItdGhlLXRlc3Q=");
    assert_eq!(app.get_with("/metrics", &[elsewhere, basic]).await.status, 404);
    let bearer = format!("Bearer {token}");
    let right = ("authorization", bearer.as_str());
    let page = app.get_with("/metrics", &[elsewhere, right]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("portal_outbox_unsent"), "{}", page.body);
}

#[tokio::test]
async fn metrics_follow_the_configured_address_list() {
    let app = spawn_app_with(
        Backend::Sqlite,
        &[
            ("PORTAL_TRUSTED_PROXIES", "127.0.0.1"),
            ("PORTAL_METRICS_ALLOW", "203.0.113.0/24"),
        ],
    )
    .await;
    let monitor = ("x-forwarded-for", "203.0.113.7");
    assert_eq!(app.get_with("/metrics", &[monitor]).await.status, 200);
    let other = ("x-forwarded-for", "198.51.100.7");
    assert_eq!(app.get_with("/metrics", &[other]).await.status, 404);
    assert_eq!(app.get("/metrics").await.status, 404, "no longer this machine");
}
