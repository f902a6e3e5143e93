//! `/healthz`: the process is up. `/readyz`: it can reach its database.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use sea_orm::DatabaseConnection;

pub fn router(db: DatabaseConnection) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(db)
}

async fn ready(State(db): State<DatabaseConnection>) -> (StatusCode, &'static str) {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
