//! Sessions kept in the database (tower-sessions), so any app server can
//! answer any request. Cookie `session`: HttpOnly, SameSite=Lax, Secure behind
//! TLS. A session ends after an hour without activity, by the portal's clock
//! (`app::web::idle`, which says why and keeps what was sent); the store
//! keeps an ended session a day longer, so that the next visit can be told.

use axum::Router;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};
use tower_sessions::cookie::time::Duration as CookieDuration;
use tower_sessions::cookie::SameSite;
use tower_sessions::session_store::ExpiredDeletion;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The store forgets a session a day after its last change: long after
/// `app::web::idle` has ended it (at an hour without activity).
const STORE_LIMIT_HOURS: i64 = 25;
const EXPIRED_SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

#[derive(Debug, thiserror::Error)]
pub enum SessionStoreError {
    #[error("The session table could not be prepared in the database named by DATABASE_URL: {0}")]
    Migrate(#[from] tower_sessions_sqlx_store::sqlx::Error),
    #[error("DATABASE_URL names a database kind that cannot keep sessions.")]
    Unsupported,
}

pub async fn layer(
    router: Router,
    db: &DatabaseConnection,
    secure: bool,
) -> Result<Router, SessionStoreError> {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let store = SqliteStore::new(db.get_sqlite_connection_pool().clone());
            store.migrate().await?;
            Ok(router.layer(manager(sweep(store), secure)))
        }
        DatabaseBackend::Postgres => {
            let store = PostgresStore::new(db.get_postgres_connection_pool().clone());
            store.migrate().await?;
            Ok(router.layer(manager(sweep(store), secure)))
        }
        DatabaseBackend::MySql => Err(SessionStoreError::Unsupported),
    }
}

/// Deletes expired sessions in the background, so the table does not grow.
fn sweep<S: ExpiredDeletion + Clone + 'static>(store: S) -> S {
    tokio::spawn(store.clone().continuously_delete_expired(EXPIRED_SWEEP_EVERY));
    store
}

fn manager<S: SessionStore + Clone>(store: S, secure: bool) -> SessionManagerLayer<S> {
    SessionManagerLayer::new(store)
        .with_name(app::web::form_token::SESSION_COOKIE)
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(CookieDuration::hours(STORE_LIMIT_HOURS)))
}
