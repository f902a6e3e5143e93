//! What the outbox keeps and in what order it sends: expiring links before
//! a flood of booking mail, bodies blanked once sent, old rows deleted after
//! `PORTAL_MAIL_KEEP_DAYS`, and no `.eml` files in production.

use crate::helpers::backends;
use crate::mail::fresh_database;
use crate::residents::sent_body;
use app::i18n::Lang;
use app::mail::{enqueue, MailKind};
use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use server::mail::{self, outbox, MailConfig, MailTransport, Mailer};
use std::path::Path;
use std::process::Command;

fn now_us() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

fn file_mailer(dir: &Path, keep_days: u32) -> Mailer {
    Mailer::new(&MailConfig {
        from: mail::DEFAULT_FROM.parse().expect("a mailbox"),
        transport: MailTransport::File {
            dir: dir.to_path_buf(),
        },
        keep_days,
    })
    .expect("a file mailer")
}

async fn queue(db: &DatabaseConnection, recipient: &str, kind: MailKind, now: DateTime<Utc>) {
    let args = [
        ("name", "Ma Hua".to_string()),
        ("link", "http://portal.test/sign-in/link/secret-token".to_string()),
        ("minutes", "15".to_string()),
    ];
    enqueue(db, recipient, Lang::En, kind, &args, now)
        .await
        .expect("queue a message");
}

async fn rows(db: &DatabaseConnection) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
        .expect("read the outbox")
}

#[tokio::test]
async fn a_sign_in_link_queued_after_200_booking_mails_is_sent_first() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let now = now_us();
        for n in 0..200 {
            queue(&db, &format!("booker{n}@example.org"), MailKind::Booked, now).await;
        }
        queue(&db, "waiting@example.org", MailKind::SignInLink, now).await;
        queue(&db, "forgot@example.org", MailKind::PasswordReset, now).await;

        let mailer = file_mailer(&dir.path().join("outbox"), 30);
        let sent = mail::send_due(&db, &mailer, now).await.expect("outbox works");
        assert_eq!(sent, 20, "{backend:?}: one batch");
        let sent_to: Vec<String> = rows(&db)
            .await
            .into_iter()
            .filter(|row| row.sent_at.is_some())
            .map(|row| row.recipient)
            .collect();
        assert!(
            sent_to.contains(&"waiting@example.org".to_string())
                && sent_to.contains(&"forgot@example.org".to_string()),
            "{backend:?}: the links go in the first batch: {sent_to:?}"
        );
        assert!(
            sent_to.contains(&"booker0@example.org".to_string()),
            "then the oldest"
        );
        assert!(!sent_to.contains(&"booker18@example.org".to_string()));
    }
}

#[tokio::test]
async fn a_body_is_blanked_once_sent_and_only_then() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let now = now_us();
        queue(&db, "ma@example.org", MailKind::SignInLink, now).await;
        let queued = rows(&db).await.remove(0);
        assert!(
            queued.body.contains("secret-token"),
            "{backend:?}: kept until sent"
        );

        let folder = dir.path().join("outbox");
        mail::send_due(&db, &file_mailer(&folder, 30), now)
            .await
            .expect("outbox works");
        let sent = rows(&db).await.remove(0);
        assert!(sent.sent_at.is_some(), "{backend:?}");
        assert_eq!(sent.body, "", "{backend:?}: the link leaves the database");
        assert_eq!(sent.subject, queued.subject, "the subject has no link and stays");
        let delivered = sent_body(&folder, sent.id).expect("the .eml file");
        assert!(delivered.contains("secret-token"), "{backend:?}: {delivered}");
    }
}

#[tokio::test]
async fn sent_and_given_up_mail_is_deleted_after_the_days_configured() {
    for backend in backends() {
        let (db, dir) = fresh_database(backend).await;
        let now = now_us();
        let long_ago = now - TimeDelta::days(8);
        for who in ["old-sent", "old-given-up", "old-pending", "recent-sent"] {
            let at = if who.starts_with("old") { long_ago } else { now };
            queue(&db, &format!("{who}@example.org"), MailKind::Booked, at).await;
        }
        let mark = |who: &str, column: outbox::Column, value: Expr| {
            outbox::Entity::update_many()
                .col_expr(column, value.into())
                .filter(outbox::Column::Recipient.eq(format!("{who}@example.org")))
                .exec(&db)
        };
        mark("old-sent", outbox::Column::SentAt, Expr::val(long_ago))
            .await
            .expect("mark sent");
        mark(
            "recent-sent",
            outbox::Column::SentAt,
            Expr::val(now - TimeDelta::days(6)),
        )
        .await
        .expect("mark sent");
        mark(
            "old-given-up",
            outbox::Column::Attempts,
            Expr::val(mail::MAX_ATTEMPTS),
        )
        .await
        .expect("mark given up");

        let mailer = file_mailer(&dir.path().join("outbox"), 7);
        let purged = mail::purge_old(&db, &mailer, now).await.expect("outbox works");
        assert_eq!(purged, 2, "{backend:?}");
        let left: Vec<String> = rows(&db).await.into_iter().map(|row| row.recipient).collect();
        assert_eq!(
            left,
            ["old-pending@example.org", "recent-sent@example.org"],
            "{backend:?}: mail still to send, and mail sent within the 7 days, stay"
        );
    }
}

#[test]
fn production_refuses_to_write_mail_to_files() {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .env("PORTAL_ENV", "production")
        .env_remove("PORTAL_MAIL_TRANSPORT")
        .output()
        .expect("run the server binary");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("PORTAL_MAIL_TRANSPORT is file") && stderr.contains("PORTAL_MAIL_TRANSPORT=smtp"),
        "{stderr}"
    );
}
