//! The mail outbox worker. Application code never sends mail itself: it inserts a row into the
//! `outbox` table (recipient, subject and a plain-text body already in the recipient's language)
//! in the same transaction as the change the message announces. This worker sends those rows, by
//! SMTP or as `.eml` files, and retries the ones that fail.
//!
//! Once sent, a message's body (with its links) is blanked at once, and the whole row is deleted
//! after `PORTAL_MAIL_KEEP_DAYS`, so the outbox is not a store of live links and personal details.
//!
//! Several servers may share one database: each message is claimed with a conditional `UPDATE`
//! before it is sent, so only one of them sends it.

use crate::worker::{spawn_every, Worker};
use app::i18n::{tr, Lang};
pub use app::mail::outbox;
use app::web::clock::Clock;
use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use lettre::message::header::{ContentType, HeaderName, HeaderValue, MIME_VERSION_1_0};
use lettre::message::{Mailbox, MessageBuilder};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Alias, Expr, Func, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// `PORTAL_MAIL_FROM` when it is not set. Its address is the sender's; the name shown is the
/// service's name in each message's language.
pub const DEFAULT_FROM: &str = "江北区残疾人服务 <no-reply@jiangbei.example>";
/// `PORTAL_MAIL_DIR` when it is not set.
pub const DEFAULT_DIR: &str = "data/outbox";
/// `PORTAL_SMTP_PORT` when it is not set (submission with STARTTLS).
pub const DEFAULT_SMTP_PORT: u16 = 587;
/// How often the worker looks for mail to send.
pub const WORKER_INTERVAL: Duration = Duration::from_secs(5);
/// After this many failed attempts a message is no longer retried.
pub const MAX_ATTEMPTS: i32 = 10;
/// `PORTAL_MAIL_KEEP_DAYS` when it is not set: how long a sent (or given-up) message's row stays.
pub const DEFAULT_KEEP_DAYS: u32 = 30;

/// Messages sent in one batch at most.
const BATCH_SIZE: u64 = 20;
/// A batch starts no new message after this long, so a claim (below) never expires while its
/// batch is still running.
const BATCH_TIME: Duration = Duration::from_secs(60);
/// How long a claimed message is left alone by other servers.
const CLAIM_MINUTES: i64 = 5;
/// How often the worker deletes rows older than `PORTAL_MAIL_KEEP_DAYS`.
const PURGE_INTERVAL: TimeDelta = TimeDelta::hours(1);
/// The longest wait between two attempts.
const MAX_BACKOFF_MINUTES: i64 = 60;
/// Longest wait for one SMTP command.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Where mail goes, from the `PORTAL_MAIL_*` and `PORTAL_SMTP_*` variables (see `config`).
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// `PORTAL_MAIL_FROM` (its address; messages carry the service's name in their language).
    pub from: Mailbox,
    /// `PORTAL_MAIL_TRANSPORT` and the variables of the chosen transport.
    pub transport: MailTransport,
    /// `PORTAL_MAIL_KEEP_DAYS`: days a sent or given-up message's row is kept before the worker
    /// deletes it.
    pub keep_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailTransport {
    /// One `.eml` file per message in `dir` (`PORTAL_MAIL_DIR`): for development and tests.
    File {
        dir: PathBuf,
    },
    Smtp(SmtpConfig),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpConfig {
    /// `PORTAL_SMTP_HOST`, also the name its TLS certificate must carry.
    pub host: String,
    /// `PORTAL_SMTP_PORT`.
    pub port: u16,
    /// `PORTAL_SMTP_TLS`.
    pub tls: SmtpTls,
    /// `PORTAL_SMTP_USERNAME` and `PORTAL_SMTP_PASSWORD`.
    pub credentials: Option<SmtpCredentials>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Connect in plain text, then require STARTTLS before anything else is sent.
    StartTls,
    /// TLS from the first byte (usually port 465).
    Tls,
    /// No encryption: only for a relay on the same machine.
    None,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SmtpCredentials {
    pub username: String,
    pub password: String,
}

/// Never prints the password.
impl fmt::Debug for SmtpCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpCredentials")
            .field("username", &self.username)
            .field("password", &"…")
            .finish()
    }
}

/// The configured transport, ready to send.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    keep: TimeDelta,
}

#[derive(Clone)]
enum Transport {
    File(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// A mail configuration that cannot be used; stops start-up.
#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("PORTAL_MAIL_DIR {dir} could not be created: {source}")]
    CreateDir { dir: PathBuf, source: std::io::Error },
    #[error("PORTAL_SMTP_HOST {host:?} cannot be used for a TLS connection: {source}")]
    Tls {
        host: String,
        source: lettre::transport::smtp::Error,
    },
}

/// The outbox could not be read or updated; the worker logs it and tries again later.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("The mail outbox could not be read or updated: {0}")]
    Database(#[from] DbErr),
}

/// Why one message was not sent.
#[derive(Debug, thiserror::Error)]
enum SendError {
    #[error("the recipient is not an email address: {0}")]
    Recipient(lettre::address::AddressError),
    #[error("the message could not be built: {0}")]
    Message(lettre::error::Error),
    #[error("the SMTP server did not take the message: {0}")]
    Smtp(lettre::transport::smtp::Error),
    #[error("the message could not be written to a file: {0}")]
    File(lettre::transport::file::Error),
}

impl SendError {
    /// A fault in the message itself, which no retry can cure.
    fn is_permanent(&self) -> bool {
        matches!(self, SendError::Recipient(_) | SendError::Message(_))
    }
}

impl Mailer {
    /// Prepares the transport; for files, creates the folder now so a bad one stops start-up.
    pub fn new(config: &MailConfig) -> Result<Self, MailerError> {
        let transport = match &config.transport {
            MailTransport::File { dir } => {
                std::fs::create_dir_all(dir).map_err(|source| MailerError::CreateDir {
                    dir: dir.clone(),
                    source,
                })?;
                tracing::info!("mail is written to files in {}, not sent", dir.display());
                Transport::File(AsyncFileTransport::new(dir))
            }
            MailTransport::Smtp(smtp) => Transport::Smtp(smtp_transport(smtp)?),
        };
        Ok(Mailer {
            from: config.from.clone(),
            transport,
            keep: TimeDelta::days(i64::from(config.keep_days)),
        })
    }

    /// The configured address, under the service's name in the message's
    /// language (an English message is not signed in Chinese).
    fn sender(&self, lang: Lang) -> Mailbox {
        Mailbox::new(Some(tr(lang, "service-name")), self.from.email.clone())
    }

    async fn send(&self, row: &outbox::Model) -> Result<(), SendError> {
        let to: Address = row.recipient.trim().parse().map_err(SendError::Recipient)?;
        let message_id = message_id(row.id, row.created_at, self.from.email.domain());
        // A language tag this build does not know (none is written today)
        // falls back to the default language.
        let lang = Lang::from_tag(&row.language).unwrap_or_default();
        let builder = Message::builder()
            .from(self.sender(lang))
            .to(Mailbox::new(None, to))
            .subject(row.subject.as_str())
            .message_id(Some(message_id))
            .header(MIME_VERSION_1_0)
            .header(ContentType::TEXT_PLAIN)
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Content-Language"),
                lang.tag().to_string(),
            ));
        let message = with_list_unsubscribe(builder, row.list_unsubscribe.as_deref())
            .body(row.body.clone())
            .map_err(SendError::Message)?;
        match &self.transport {
            Transport::File(file) => file.send(message).await.map(drop).map_err(SendError::File),
            Transport::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(SendError::Smtp),
        }
    }
}

/// Alert messages name their one-click unsubscribe address (RFC 2369) and
/// say that a bare POST to it unsubscribes (RFC 8058), so mail programs can
/// offer an "unsubscribe" button.
fn with_list_unsubscribe(builder: MessageBuilder, address: Option<&str>) -> MessageBuilder {
    let Some(address) = address else {
        return builder;
    };
    builder
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe"),
            format!("<{address}>"),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click".to_string(),
        ))
}

/// The same id on every attempt (from the row, never from the time of sending), so a receiver
/// can drop the second copy of a message whose sending was cut off before it was marked sent.
fn message_id(id: i32, created_at: DateTime<Utc>, domain: &str) -> String {
    format!("<outbox.{id}.{}@{domain}>", created_at.timestamp_micros())
}

fn smtp_transport(smtp: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailerError> {
    let tls_parameters = || {
        TlsParameters::new(smtp.host.clone()).map_err(|source| MailerError::Tls {
            host: smtp.host.clone(),
            source,
        })
    };
    let tls = match smtp.tls {
        SmtpTls::StartTls => Tls::Required(tls_parameters()?),
        SmtpTls::Tls => Tls::Wrapper(tls_parameters()?),
        SmtpTls::None => Tls::None,
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(smtp.host.as_str())
        .port(smtp.port)
        .tls(tls)
        .timeout(Some(SMTP_TIMEOUT));
    if let Some(credentials) = &smtp.credentials {
        builder = builder.credentials(Credentials::new(
            credentials.username.clone(),
            credentials.password.clone(),
        ));
    }
    tracing::info!(
        "mail is sent through {}:{} ({:?})",
        smtp.host,
        smtp.port,
        smtp.tls
    );
    Ok(builder.build())
}

/// Sends the messages that are due at `now` (at most 20: expiring links first, then oldest first)
/// and returns how many were sent. A message that fails is tried again after 1, 2, 4 … minutes
/// (at most 60), up to [`MAX_ATTEMPTS`] times; one whose recipient is not an address is not
/// retried.
pub async fn send_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> Result<usize, MailError> {
    send_batch(db, mailer, now, || false).await
}

async fn send_batch(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
    stop: impl Fn() -> bool,
) -> Result<usize, MailError> {
    use outbox::Column;
    let started = Instant::now();
    // Whole microseconds, as PostgreSQL stores them, so a time written is the time read back.
    let now = now.trunc_subsecs(6);
    let due = outbox::Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(Expr::expr(instant(db, Expr::col(Column::NextAttemptAt))).lte(instant(db, Expr::val(now))))
        .order_by_asc(Column::Priority)
        .order_by_asc(Column::Id)
        .limit(BATCH_SIZE)
        .all(db)
        .await?;
    let mut sent = 0;
    for row in due {
        if stop() || started.elapsed() > BATCH_TIME {
            break;
        }
        if !claim(db, &row, now).await? {
            continue;
        }
        match mailer.send(&row).await {
            Ok(()) => {
                // The body's links still work for a while: they leave the database now.
                outbox::Entity::update_many()
                    .col_expr(Column::SentAt, Expr::val(now).into())
                    .col_expr(Column::Body, Expr::val("").into())
                    .filter(Column::Id.eq(row.id))
                    .exec(db)
                    .await?;
                sent += 1;
            }
            Err(error) => record_failure(db, &row, now, &error).await?,
        }
    }
    Ok(sent)
}

/// Deletes the rows of messages sent, or given up, more than the configured number of days
/// before `now`; returns how many went.
pub async fn purge_old(
    db: &DatabaseConnection,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> Result<u64, MailError> {
    use outbox::Column;
    let before = now.trunc_subsecs(6) - mailer.keep;
    let sent_long_ago = Expr::expr(instant(db, Expr::col(Column::SentAt))).lt(instant(db, Expr::val(before)));
    let given_up_long_ago = Column::SentAt
        .is_null()
        .and(Column::Attempts.gte(MAX_ATTEMPTS))
        .and(Expr::expr(instant(db, Expr::col(Column::CreatedAt))).lt(instant(db, Expr::val(before))));
    let purged = outbox::Entity::delete_many()
        .filter(sent_long_ago.or(given_up_long_ago))
        .exec(db)
        .await?;
    Ok(purged.rows_affected)
}

/// Takes the message for this server by moving its next attempt ahead, but only if no other
/// server has done so since it was read. `false`: someone else has it.
async fn claim(db: &DatabaseConnection, row: &outbox::Model, now: DateTime<Utc>) -> Result<bool, DbErr> {
    use outbox::Column;
    let claimed = outbox::Entity::update_many()
        .col_expr(
            Column::NextAttemptAt,
            Expr::val(now + TimeDelta::minutes(CLAIM_MINUTES)).into(),
        )
        .filter(Column::Id.eq(row.id))
        .filter(Column::SentAt.is_null())
        .filter(
            Expr::expr(instant(db, Expr::col(Column::NextAttemptAt)))
                .eq(instant(db, Expr::val(row.next_attempt_at))),
        )
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

async fn record_failure(
    db: &DatabaseConnection,
    row: &outbox::Model,
    now: DateTime<Utc>,
    error: &SendError,
) -> Result<(), DbErr> {
    use outbox::Column;
    let attempts = if error.is_permanent() {
        MAX_ATTEMPTS
    } else {
        row.attempts.saturating_add(1)
    };
    let retry_at = now + backoff(attempts);
    outbox::Entity::update_many()
        .col_expr(Column::Attempts, Expr::val(attempts).into())
        .col_expr(Column::NextAttemptAt, Expr::val(retry_at).into())
        .col_expr(Column::LastError, Expr::val(error.to_string()).into())
        .filter(Column::Id.eq(row.id))
        .exec(db)
        .await?;
    if attempts >= MAX_ATTEMPTS {
        tracing::error!(outbox_id = row.id, attempts, %error, "mail not sent; giving up");
    } else {
        tracing::warn!(outbox_id = row.id, attempts, %retry_at, %error, "mail not sent; will retry");
    }
    Ok(())
}

/// The wait after the `attempts`-th failure: 1, 2, 4 … minutes, at most 60.
fn backoff(attempts: i32) -> TimeDelta {
    let doublings = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(6);
    TimeDelta::minutes((1_i64 << doublings).min(MAX_BACKOFF_MINUTES))
}

/// A timestamp made comparable. SQLite keeps timestamps as text in two spellings (its own
/// `CURRENT_TIMESTAMP` default and the RFC 3339 that sqlx writes), which do not compare as text;
/// `julianday` reads both. PostgreSQL compares `timestamptz` values directly.
fn instant(db: &DatabaseConnection, expr: impl Into<SimpleExpr>) -> SimpleExpr {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => Func::cust(Alias::new("julianday")).arg(expr).into(),
        _ => expr.into(),
    }
}

/// Starts a task that sends due mail every `interval`, at the time `clock`
/// says, until [`Worker::stop`] is called.
pub fn spawn_worker(db: DatabaseConnection, mailer: Mailer, clock: Clock, interval: Duration) -> Worker {
    let mut next_purge = clock.now();
    spawn_every("mail", interval, move |stopping| {
        let (db, mailer, now) = (db.clone(), mailer.clone(), clock.now());
        // Old rows are few compared with the rounds: look for them hourly, not every round.
        let purge = now >= next_purge;
        if purge {
            next_purge = now + PURGE_INTERVAL;
        }
        async move {
            match send_batch(&db, &mailer, now, || stopping.asked()).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "mail sent from the outbox"),
                Err(error) => tracing::error!(%error, "mail outbox"),
            }
            if !purge {
                return;
            }
            match purge_old(&db, &mailer, now).await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "old mail deleted from the outbox"),
                Err(error) => tracing::error!(%error, "mail outbox"),
            }
        }
    })
}

/// The `outbox` table as the worker sees it (created by migration
/// `m20261129_000003_accounts_and_applications`).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let minutes: Vec<i64> = (1..=9).map(|n| backoff(n).num_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(backoff(0).num_minutes(), 1);
        assert_eq!(backoff(i32::MAX).num_minutes(), 60);
    }

    #[test]
    fn credentials_never_print_the_password() {
        let credentials = SmtpCredentials {
            username: "portal".to_string(),
            password: "s3cret".to_string(),
        };
        let printed = format!("{credentials:?}");
        assert!(printed.contains("portal"), "{printed}");
        assert!(!printed.contains("s3cret"), "{printed}");
    }

    #[tokio::test]
    async fn smtp_mailers_build_with_each_kind_of_tls() {
        for tls in [SmtpTls::StartTls, SmtpTls::Tls, SmtpTls::None] {
            let config = MailConfig {
                from: DEFAULT_FROM.parse().expect("a mailbox"),
                transport: MailTransport::Smtp(SmtpConfig {
                    host: "smtp.example.org".to_string(),
                    port: 587,
                    tls,
                    credentials: None,
                }),
                keep_days: DEFAULT_KEEP_DAYS,
            };
            assert!(Mailer::new(&config).is_ok(), "{tls:?}");
        }
    }

    #[test]
    fn a_message_keeps_its_id_on_every_attempt() {
        let created = DateTime::parse_from_rfc3339("2026-11-30T08:00:00.123456Z")
            .expect("a time")
            .with_timezone(&Utc);
        let first = message_id(42, created, "jiangbei.example");
        assert_eq!(first, "<outbox.42.1796025600123456@jiangbei.example>");
        // Only the row decides it: the same on a retry, another for another row or database.
        assert_eq!(message_id(42, created, "jiangbei.example"), first);
        assert_ne!(message_id(43, created, "jiangbei.example"), first);
        let elsewhere = created + TimeDelta::microseconds(1);
        assert_ne!(message_id(42, elsewhere, "jiangbei.example"), first);
    }

    #[test]
    fn the_default_sender_is_a_mailbox() {
        let from: Mailbox = DEFAULT_FROM.parse().expect("a mailbox");
        assert_eq!(from.name.as_deref(), Some("江北区残疾人服务"));
        assert_eq!(from.email.to_string(), "no-reply@jiangbei.example");
    }
}
