//! Search: `/search?q=…` across everything the site publishes (the
//! entitlement catalogue, job fairs, training courses, and any source
//! `documents::load_all` adds), results grouped by kind with the matched
//! words marked, and the search box other pages show (`pages::SearchForm`).
//!
//! Each app keeps its own index in memory (`SearchIndex`): built from the
//! database at start, and built again, whole, before answering a search
//! that sees the content version (`web::content_version`) moved, so a
//! change made on any server is found on the next search everywhere.
//! `server rebuild-search-index` builds it from the database as a check and
//! moves the content version, so every running server rebuilds its own.

pub mod pages;

#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
mod handlers;
#[cfg(feature = "ssr")]
mod highlight;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod query;
#[cfg(feature = "ssr")]
pub mod text;

#[cfg(feature = "ssr")]
pub use live::{rebuild_everywhere, routes, RebuildReport, SearchError, SearchIndex};

#[cfg(feature = "ssr")]
mod live {
    use super::documents::{load_all, ResultKind};
    use super::index::BuiltIndex;
    use crate::web::{PageError, PortalState};
    use chrono::NaiveDateTime;
    use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
    use std::sync::atomic::{AtomicI64, Ordering};
    use std::sync::{Arc, PoisonError, RwLock};
    use std::time::{Duration, Instant};

    #[derive(Debug, thiserror::Error)]
    pub enum SearchError {
        #[error("the documents to index could not be read: {0}")]
        Database(#[from] DbErr),
        #[error("the search index failed: {0}")]
        Index(#[from] tantivy::TantivyError),
        #[error("building the search index stopped: {0}")]
        Stopped(#[from] tokio::task::JoinError),
    }

    impl From<SearchError> for PageError {
        fn from(error: SearchError) -> Self {
            match error {
                SearchError::Database(error) => PageError::Database(error),
                other => PageError::failed(other),
            }
        }
    }

    /// One app's index, and the content version it was built at.
    pub struct SearchIndex {
        built: RwLock<Option<Arc<BuiltIndex>>>,
        /// The content version the index was built at (`i64::MIN`: never).
        built_at: AtomicI64,
        /// One rebuild at a time; searches that arrive meanwhile wait for it.
        rebuilding: tokio::sync::Mutex<()>,
    }

    impl Default for SearchIndex {
        fn default() -> Self {
            SearchIndex {
                built: RwLock::new(None),
                built_at: AtomicI64::new(i64::MIN),
                rebuilding: tokio::sync::Mutex::new(()),
            }
        }
    }

    impl SearchIndex {
        /// The index as the content is now: rebuilt first when the content
        /// version moved since it was built (once, however many searches
        /// notice it together).
        pub async fn current(&self, state: &PortalState) -> Result<Arc<BuiltIndex>, SearchError> {
            let version = state.content.current().await?;
            if let Some(built) = self.built_at(version) {
                return Ok(built);
            }
            let _rebuilding = self.rebuilding.lock().await;
            if let Some(built) = self.built_at(version) {
                return Ok(built);
            }
            let started = Instant::now();
            let built = Arc::new(build(&state.db, state.clock.now_local()).await?);
            tracing::info!(
                documents = built.documents().len(),
                milliseconds = started.elapsed().as_millis(),
                version,
                "search index built"
            );
            *self.built.write().unwrap_or_else(PoisonError::into_inner) = Some(built.clone());
            self.built_at.fetch_max(version, Ordering::SeqCst);
            Ok(built)
        }

        /// The index, if it was built at `version` or later.
        fn built_at(&self, version: i64) -> Option<Arc<BuiltIndex>> {
            if self.built_at.load(Ordering::SeqCst) < version {
                return None;
            }
            self.built.read().unwrap_or_else(PoisonError::into_inner).clone()
        }
    }

    /// Reads every document and indexes them (the indexing, which is
    /// CPU work, off the async threads).
    async fn build<C: ConnectionTrait>(db: &C, now: NaiveDateTime) -> Result<BuiltIndex, SearchError> {
        let documents = load_all(db, now).await?;
        Ok(tokio::task::spawn_blocking(move || BuiltIndex::build(documents)).await??)
    }

    /// `/search`, with its own state: the portal's and this app's index.
    /// The index starts building now, in the background, so the first
    /// search does not wait for it.
    pub fn routes(state: &PortalState) -> axum::Router<PortalState> {
        use axum::routing::get;
        let index = Arc::new(SearchIndex::default());
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (state, index) = (state.clone(), index.clone());
            runtime.spawn(async move {
                if let Err(error) = index.current(&state).await {
                    tracing::warn!(%error, "the search index could not be built at start; the first search tries again");
                }
            });
        }
        axum::Router::new()
            .route("/search", get(super::handlers::search))
            .with_state((state.clone(), index))
    }

    /// What `server rebuild-search-index` did.
    #[derive(Debug)]
    pub struct RebuildReport {
        /// Documents per kind, in the results page's order.
        pub counts: Vec<(ResultKind, usize)>,
        pub took: Duration,
    }

    /// Builds the index from the database (so a failure shows), then moves
    /// the content version, so every running server builds its own again
    /// before its next search.
    pub async fn rebuild_everywhere(
        db: &DatabaseConnection,
        now: NaiveDateTime,
    ) -> Result<RebuildReport, SearchError> {
        let started = Instant::now();
        let built = build(db, now).await?;
        let took = started.elapsed();
        db.execute(Statement::from_string(
            db.get_database_backend(),
            "UPDATE content_version SET version = version + 1 WHERE id = 1",
        ))
        .await?;
        let counts = ResultKind::ALL
            .into_iter()
            .map(|kind| (kind, built.documents().iter().filter(|d| d.kind == kind).count()))
            .collect();
        Ok(RebuildReport { counts, took })
    }
}
