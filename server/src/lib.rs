//! The portal's server: reads configuration, prepares the database, builds
//! the router with its security layers, and serves until told to stop.

pub mod alerts_worker;
pub mod config;
pub mod database;
pub mod demo;
pub mod health;
pub mod mail;
pub mod metrics;
pub mod migration;
pub mod reminder_worker;
pub mod screening;
pub mod security;
pub mod seed;
pub mod sessions;
pub mod telemetry;
pub mod worker;

use app::domain::parameters::Parameters;
use app::site_info::SiteInfo;
use app::web::file_store::{FileStore, FileStoreError};
use app::web::PortalState;
use axum::http::StatusCode;
use axum::Router;
use config::Config;
use leptos::config::{Env, LeptosOptions};
use sea_orm::DatabaseConnection;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

/// Largest request body. Uploads check their own 10 MB limit, so that a
/// file somewhat too big gets a clear message rather than a bare 413. A
/// sign-language video may be bigger: see [`max_request_bytes`].
const MAX_REQUEST_BYTES: usize = 64 * 1024 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// A video or attachment upload on a slow connection (200 MB at 2 Mbit/s
/// takes about 14 minutes).
const LONG_UPLOAD_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// The overall body limit: the larger of the ordinary one and a video
/// upload's (each route keeps its own, smaller limit).
fn max_request_bytes() -> usize {
    MAX_REQUEST_BYTES.max(app::information::files::largest_upload_body())
}

/// How long a request may take before it is answered 503: longer for
/// media uploads (an item's video or attachments, a petition's recording).
async fn time_limit(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let path = request.uri().path();
    let long = app::information::files::is_long_upload(path) || path == app::petitions::RECORDING_UPLOAD;
    let limit = match long {
        true => LONG_UPLOAD_TIMEOUT,
        false => REQUEST_TIMEOUT,
    };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => axum::response::IntoResponse::into_response(StatusCode::SERVICE_UNAVAILABLE),
    }
}

/// What is compressed: not what is compressed already (images, video,
/// PDF and office files), so a video's byte ranges stay byte ranges.
fn compressible() -> impl tower_http::compression::Predicate {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    DefaultPredicate::new()
        .and(NotForContentType::const_new("video/"))
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/vnd."))
        .and(NotForContentType::const_new("application/msword"))
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Database(#[from] database::DatabaseError),
    #[error("The portal could not load its contact details from the database: {0}")]
    SiteInfo(sea_orm::DbErr),
    #[error("The portal could not load its rule parameters from the database: {0}")]
    Parameters(sea_orm::DbErr),
    #[error("The portal could not load the district's areas from the database: {0}")]
    Areas(sea_orm::DbErr),
    #[error("The portal could not seal the stored authenticator keys: {0}")]
    SealKeys(sea_orm::DbErr),
    #[error(transparent)]
    Demo(#[from] demo::DemoError),
    #[error(transparent)]
    Sessions(#[from] sessions::SessionStoreError),
    #[error(transparent)]
    Mailer(#[from] mail::MailerError),
    #[error("The document store could not be set up (check PORTAL_S3_*): {0}")]
    FileStore(#[from] FileStoreError),
    #[error("PORTAL_ADDR {addr} could not be used: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: DatabaseConnection,
    mailer: mail::Mailer,
    clock: app::web::clock::Clock,
    public_url: String,
    offer_hours: u32,
    sealing_key: Arc<app::web::sealed::SealingKey>,
    metrics: Arc<metrics::Metrics>,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        let mailer = mail::Mailer::new(&config.mail)?;
        let db = database::connect(&config.database_url).await?;
        database::migrate(&db).await?;
        if config.demo {
            demo::create_demo_data(&db, config.clock.now()).await?;
        }
        app::accounts::staff_account::seal_plain_authenticator_keys(&db, &config.sealing_key)
            .await
            .map_err(StartupError::SealKeys)?;
        let site = app::site_info::store::load(&db)
            .await
            .map_err(StartupError::SiteInfo)?;
        let parameters = app::entitlements::store::load_parameters(&db)
            .await
            .map_err(StartupError::Parameters)?;
        let listener = TcpListener::bind(config.addr)
            .await
            .map_err(|source| StartupError::Bind {
                addr: config.addr,
                source,
            })?;
        let areas = app::areas::Areas::load(&db).await.map_err(StartupError::Areas)?;
        let metrics = Arc::new(metrics::Metrics::default());
        let router = build_router(&config, db.clone(), site, parameters, areas, &metrics).await?;
        Ok(Application {
            listener,
            router,
            db,
            mailer,
            clock: config.clock.clone(),
            public_url: config.public_url.clone(),
            offer_hours: config.offer_hours,
            sealing_key: config.sealing_key.clone(),
            metrics,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Serves and sends the mail outbox until `shutdown` completes, then finishes the requests
    /// in flight and the message being sent.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        tracing::info!(
            "Jiangbei Disability Services is listening on http://{}",
            self.local_addr()
        );
        let mail = mail::spawn_worker(
            self.db.clone(),
            self.mailer,
            self.clock.clone(),
            mail::WORKER_INTERVAL,
        );
        let alerts = alerts_worker::spawn_worker(
            self.db.clone(),
            self.clock.clone(),
            self.public_url.clone(),
            self.sealing_key,
            alerts_worker::WORKER_INTERVAL,
        );
        let reminders = reminder_worker::spawn_worker(
            self.db.clone(),
            self.clock,
            self.public_url,
            self.offer_hours,
            reminder_worker::WORKER_INTERVAL,
        );
        self.metrics.watch(&mail);
        self.metrics.watch(&reminders);
        self.metrics.watch(&alerts);
        let served = axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        mail.stop().await;
        reminders.stop().await;
        alerts.stop().await;
        served?;
        self.db.clone().close().await.ok();
        tracing::info!("stopped");
        Ok(())
    }
}

async fn build_router(
    config: &Config,
    db: DatabaseConnection,
    site: SiteInfo,
    parameters: Parameters,
    areas: app::areas::Areas,
    metrics: &Arc<metrics::Metrics>,
) -> Result<Router, StartupError> {
    let leptos = LeptosOptions::builder()
        .output_name("portal")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .env(if config.is_production() {
            Env::PROD
        } else {
            Env::DEV
        })
        .build();
    let style_sheet =
        app::web::site_files::versioned_address(&config.site_root, app::web::site_files::STYLE_SHEET);
    let state = PortalState::new(app::web::Portal {
        leptos,
        style_sheet: Arc::from(style_sheet),
        db: db.clone(),
        clock: config.clock.clone(),
        site: Arc::new(app::web::Shared::new(site)),
        parameters: Arc::new(app::web::SharedParameters::new(parameters)),
        content: Arc::new(app::web::content_version::ContentVersion::new(db.clone())),
        pages: Arc::new(app::web::page_cache::PageCache::new(config.page_cache)),
        areas: Arc::new(areas),
        offer_hours: config.offer_hours,
        service_levels: config.service_levels,
        secure_cookies: config.secure_cookies,
        public_url: Arc::from(config.public_url.as_str()),
        uploads: Arc::new(file_store(config)?),
        trusted_proxies: Arc::from(config.trusted_proxies.as_slice()),
        passwords: Arc::new(app::web::secrets::PasswordHashing::per_core()),
        sealing_key: config.sealing_key.clone(),
    });
    let pages = app::router::router(state);
    let pages = sessions::layer(pages, &db, config.secure_cookies).await?;
    let exporter = metrics::router(
        metrics.clone(),
        db.clone(),
        config.clock.clone(),
        config.metrics.clone(),
        &config.trusted_proxies,
    );
    let router = with_common_layers(
        pages.merge(health::router(db)).merge(exporter),
        config.sealing_key.clone(),
    );
    let router = security::with_strict_transport(router, config.is_production());
    // Outermost, so that the time and status are those the client gets.
    Ok(router.layer(axum::middleware::from_fn_with_state(
        metrics.clone(),
        metrics::track,
    )))
}

/// The configured store for uploaded documents.
fn file_store(config: &Config) -> Result<FileStore, StartupError> {
    match &config.document_store {
        config::DocumentStore::Local => Ok(FileStore::Folder(config.upload_dir.clone().into())),
        config::DocumentStore::S3(settings) => Ok(FileStore::s3(settings)?),
    }
}

/// The layers every response goes through: security headers and CSRF
/// defence, time and size limits, compression, panics turned into the error
/// page, and request logs.
pub fn with_common_layers(router: Router, key: Arc<app::web::sealed::SealingKey>) -> Router {
    router
        .layer(axum::middleware::from_fn_with_state(
            key,
            security::headers_and_csrf,
        ))
        .layer(axum::middleware::from_fn(time_limit))
        .layer(RequestBodyLimitLayer::new(max_request_bytes()))
        .layer(CompressionLayer::new().compress_when(compressible()))
        .layer(CatchPanicLayer::custom(security::panic_response))
        .layer(TraceLayer::new_for_http())
}

/// Completes on Ctrl+C or SIGTERM, so deployments can stop the server cleanly.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
