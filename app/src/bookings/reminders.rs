//! Time-driven work for fairs and training, run by the server's background
//! worker every minute: day-before reminders and offers that ran out. Each
//! function takes `now`, so tests can run it at any time they choose.

use crate::accounts::resident::account;
use crate::domain::bookings::{reminder_due, BookingStatus};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::Lang;
use crate::job_fairs::store::{fair, fair_mail_args, registration};
use crate::mail::{enqueue, MailKind};
use crate::training::store::{self as training, booking, session};
use crate::web::transaction::begin_write;
use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, TransactionTrait};

/// Marks a reminder as queued; `false` if another worker got there first.
async fn claim_registration<C: ConnectionTrait>(db: &C, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let claimed = registration::Entity::update_many()
        .col_expr(registration::Column::ReminderQueuedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(id))
        .filter(registration::Column::ReminderQueuedAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

async fn claim_booking<C: ConnectionTrait>(db: &C, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let claimed = booking::Entity::update_many()
        .col_expr(booking::Column::ReminderQueuedAt, Expr::value(now))
        .filter(booking::Column::Id.eq(id))
        .filter(booking::Column::ReminderQueuedAt.is_null())
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Queues the day-before reminder of every fair registration and confirmed
/// booking whose event starts within a day. Returns how many were queued.
pub async fn queue_reminders<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let local = utc_to_chongqing(now);
    let horizon = local + Duration::hours(24);
    let mut queued = 0;
    let fairs = fair::Entity::find()
        .filter(fair::Column::StartsAt.gt(local))
        .filter(fair::Column::StartsAt.lte(horizon))
        .filter(fair::Column::CancelledAt.is_null())
        .all(db)
        .await?;
    for fair in fairs.iter().filter(|f| reminder_due(f.starts_at, local)) {
        let due = registration::Entity::find()
            .filter(registration::Column::FairId.eq(fair.id))
            .filter(registration::Column::CancelledAt.is_null())
            .filter(registration::Column::ReminderQueuedAt.is_null())
            .all(db)
            .await?;
        for registration in due {
            let txn = begin_write(db).await?;
            let holder = account::Entity::find_by_id(registration.account_id)
                .one(&txn)
                .await?;
            if claim_registration(&txn, registration.id, now).await? {
                if let Some(holder) = holder.filter(|a| a.deleted_at.is_none()) {
                    let lang = Lang::from_tag(&holder.email_language).unwrap_or_default();
                    let args = fair_mail_args(
                        lang,
                        public_url,
                        fair,
                        &holder.full_name,
                        &registration.attendee(),
                    );
                    enqueue(&txn, &holder.email, lang, MailKind::FairReminder, &args, now).await?;
                    queued += 1;
                }
            }
            txn.commit().await?;
        }
    }
    let sessions = session::Entity::find()
        .filter(session::Column::StartsAt.gt(local))
        .filter(session::Column::StartsAt.lte(horizon))
        .filter(session::Column::CancelledAt.is_null())
        .all(db)
        .await?;
    for session in sessions.iter().filter(|s| reminder_due(s.starts_at, local)) {
        let Some(course) = training::find_course(db, session.course_id).await? else {
            continue;
        };
        let due = booking::Entity::find()
            .filter(booking::Column::SessionId.eq(session.id))
            .filter(booking::Column::Status.eq(BookingStatus::Confirmed.key()))
            .filter(booking::Column::ReminderQueuedAt.is_null())
            .all(db)
            .await?;
        for booking in due {
            let txn = begin_write(db).await?;
            let holder = account::Entity::find_by_id(booking.account_id).one(&txn).await?;
            if claim_booking(&txn, booking.id, now).await? {
                if let Some(holder) = holder.filter(|a| a.deleted_at.is_none()) {
                    let lang = Lang::from_tag(&holder.email_language).unwrap_or_default();
                    let args = training::session_mail_args(
                        lang,
                        public_url,
                        &course,
                        session,
                        &holder.full_name,
                        &booking.attendee(),
                    );
                    enqueue(&txn, &holder.email, lang, MailKind::SessionReminder, &args, now).await?;
                    queued += 1;
                }
            }
            txn.commit().await?;
        }
    }
    Ok(queued)
}

/// Everything time-driven, once.
pub async fn run_due<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    offers: training::Offers<'_>,
    now: DateTime<Utc>,
) -> Result<(usize, usize), DbErr> {
    let reminders = queue_reminders(db, offers.public_url, now).await?;
    let lapsed = training::lapse_offers(db, offers, now).await?;
    Ok((reminders, lapsed))
}
