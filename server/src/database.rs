//! Connecting to SQLite (the embedded default) or PostgreSQL, and bringing
//! the schema up to date at start-up.

use crate::migration::Migrator;
use sea_orm::sqlx::sqlite::SqliteJournalMode;
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error("DATABASE_URL must start with sqlite:// or postgres://, but it is {0:?}.")]
    UnsupportedScheme(String),
    #[error("DATABASE_URL names a SQLite file whose folder {dir} could not be created: {source}")]
    CreateDir { dir: PathBuf, source: std::io::Error },
    #[error("DATABASE_URL names a database the portal could not connect to: {0}")]
    Connect(DbErr),
    #[error("The database named by DATABASE_URL could not be brought up to date: {0}")]
    Migrate(DbErr),
}

enum Backend {
    Sqlite,
    Postgres,
}

fn backend(url: &str) -> Result<Backend, DatabaseError> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        // Never echo a URL that may hold a password.
        let scheme = url.split(':').next().unwrap_or_default();
        Err(DatabaseError::UnsupportedScheme(format!("{scheme}:…")))
    }
}

/// The file behind a SQLite URL; `None` for an in-memory database.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

pub async fn connect(url: &str) -> Result<DatabaseConnection, DatabaseError> {
    let mut options = match backend(url)? {
        Backend::Sqlite => {
            if let Some(dir) = sqlite_file(url).and_then(|f| f.parent().map(PathBuf::from)) {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(&dir)
                        .map_err(|source| DatabaseError::CreateDir { dir, source })?;
                }
            }
            let url = if url.contains('?') {
                url.to_string()
            } else {
                format!("{url}?mode=rwc")
            };
            let mut options = ConnectOptions::new(url);
            options.map_sqlx_sqlite_opts(|o| {
                o.journal_mode(SqliteJournalMode::Wal)
                    .busy_timeout(Duration::from_secs(5))
                    .foreign_keys(true)
            });
            options
        }
        Backend::Postgres => ConnectOptions::new(url.to_string()),
    };
    options
        .max_connections(16)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    Database::connect(options).await.map_err(DatabaseError::Connect)
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DatabaseError> {
    Migrator::up(db, None).await.map_err(DatabaseError::Migrate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_file_is_found_in_urls() {
        assert_eq!(
            sqlite_file("sqlite://data/portal.db"),
            Some(PathBuf::from("data/portal.db"))
        );
        assert_eq!(
            sqlite_file("sqlite:/tmp/x.db?mode=rwc"),
            Some(PathBuf::from("/tmp/x.db"))
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://x"), None);
    }

    #[test]
    fn unknown_schemes_are_refused_without_echoing_secrets() {
        let Err(error) = backend("mysql://root:secret@host/db") else {
            panic!("mysql is not supported");
        };
        let message = error.to_string();
        assert!(message.starts_with("DATABASE_URL"), "{message}");
        assert!(!message.contains("secret"), "{message}");
    }
}
