//! Courses, their sessions, and bookings with a waiting list.
//!
//! Capacity is kept by serialising every change to one session's places: each
//! such transaction starts by bumping `course_session.version`, which takes
//! the row lock on PostgreSQL and the write lock on SQLite, then counts the
//! places held. Two bookings of one session therefore never both see the
//! last place free.

use crate::accounts::resident::{account, Account};
use crate::attendees::{Attendee, AttendeeRequest, MAX_PER_ACCOUNT};
use crate::components::{in_lang, Content};
use crate::domain::bookings::{adjustments_text, offer_expires_at, person_key, BookingStatus};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::{dates, Lang};
use crate::mail::{enqueue, MailKind};
use crate::web::transaction::begin_write;
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseTransaction, QueryOrder, SqlErr, TransactionTrait};

pub mod course {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "course")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub area_code: String,
        pub title_zh: String,
        pub title_en: String,
        pub description_zh: String,
        pub description_en: String,
        pub suits_zh: String,
        pub suits_en: String,
        pub features: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "course_session")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub course_id: i32,
        pub starts_at: DateTime,
        pub ends_at: DateTime,
        pub online: bool,
        pub venue_zh: String,
        pub venue_en: String,
        pub address_zh: String,
        pub address_en: String,
        pub capacity: i32,
        pub version: i32,
        pub cancelled_at: Option<DateTimeUtc>,
        pub cancel_reason: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod booking {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "booking")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub session_id: i32,
        pub account_id: i32,
        pub person_id: Option<i32>,
        pub person_key: String,
        pub person_name: String,
        pub adjustments: String,
        pub other_needs: String,
        pub status: String,
        pub position: i32,
        pub booked_at: DateTimeUtc,
        pub offer_expires_at: Option<DateTimeUtc>,
        pub checked_in_at: Option<DateTimeUtc>,
        pub completed_at: Option<DateTimeUtc>,
        pub reminder_queued_at: Option<DateTimeUtc>,
    }

    impl Model {
        pub fn status(&self) -> BookingStatus {
            BookingStatus::parse(&self.status).unwrap_or(BookingStatus::Cancelled)
        }

        /// Who comes, as the booking recorded them.
        pub fn attendee(&self) -> Attendee {
            Attendee {
                person_id: self.person_id,
                name: self.person_name.clone(),
            }
        }
    }

    use crate::attendees::Attendee;
    use crate::domain::bookings::BookingStatus;

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use booking::Model as Booking;
pub use course::Model as Course;
pub use session::Model as CourseSession;

/// How long a freed place is held for the person offered it, unless
/// `PORTAL_OFFER_HOURS` says otherwise.
pub const DEFAULT_OFFER_HOURS: u32 = 48;

/// What a change to a session's places needs besides the database, for the
/// offer email when the change frees a place: where its links point and how
/// long the place is held.
#[derive(Clone, Copy, Debug)]
pub struct Offers<'a> {
    pub public_url: &'a str,
    pub hours: u32,
}

impl<'a> Offers<'a> {
    pub fn of(state: &'a crate::web::PortalState) -> Self {
        Offers {
            public_url: &state.public_url,
            hours: state.offer_hours,
        }
    }
}

/// A session with how many places are held and how many wait.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionPlaces {
    pub session: CourseSession,
    pub held: i32,
    pub waiting: i32,
}

pub async fn courses<C: ConnectionTrait>(db: &C) -> Result<Vec<Course>, DbErr> {
    course::Entity::find()
        .order_by_asc(course::Column::Id)
        .all(db)
        .await
}

pub async fn find_course<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Course>, DbErr> {
    course::Entity::find_by_id(id).one(db).await
}

pub async fn find_session<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<CourseSession>, DbErr> {
    session::Entity::find_by_id(id).one(db).await
}

/// The sessions with these ids, in one query.
pub async fn sessions_by_id<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<Vec<CourseSession>, DbErr> {
    session::Entity::find()
        .filter(session::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}

/// The courses with these ids, in one query.
pub async fn courses_by_id<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<Vec<Course>, DbErr> {
    course::Entity::find()
        .filter(course::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await
}

/// Sessions of one course (all of them, or those from `from` on), with their places.
pub async fn sessions<C: ConnectionTrait>(
    db: &C,
    course_id: i32,
    from: Option<NaiveDateTime>,
) -> Result<Vec<SessionPlaces>, DbErr> {
    sessions_of_courses(db, &[course_id], from).await
}

/// Sessions of several courses in two queries, soonest first, with their places.
pub async fn sessions_of_courses<C: ConnectionTrait>(
    db: &C,
    course_ids: &[i32],
    from: Option<NaiveDateTime>,
) -> Result<Vec<SessionPlaces>, DbErr> {
    let mut query =
        session::Entity::find().filter(session::Column::CourseId.is_in(course_ids.iter().copied()));
    if let Some(from) = from {
        query = query.filter(session::Column::EndsAt.gte(from));
    }
    let sessions = query
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = sessions.iter().map(|s| s.id).collect();
    let active = booking::Entity::find()
        .filter(booking::Column::SessionId.is_in(ids))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(&BookingStatus::ACTIVE)))
        .all(db)
        .await?;
    Ok(sessions
        .into_iter()
        .map(|session| {
            let mine = active.iter().filter(|b| b.session_id == session.id);
            let held = mine.clone().filter(|b| b.status().holds_place()).count();
            let waiting = mine.filter(|b| b.status() == BookingStatus::Waiting).count();
            SessionPlaces {
                session,
                held: i32::try_from(held).unwrap_or(i32::MAX),
                waiting: i32::try_from(waiting).unwrap_or(i32::MAX),
            }
        })
        .collect())
}

/// Every booking of a session in list order: places first, then the waiting list.
pub async fn bookings_of_session<C: ConnectionTrait>(db: &C, session_id: i32) -> Result<Vec<Booking>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .order_by_asc(booking::Column::Position)
        .order_by_asc(booking::Column::Id)
        .all(db)
        .await
}

/// The account's bookings of one session's course, or of everything.
pub async fn bookings_of_account<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<Booking>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::AccountId.eq(account_id))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(&BookingStatus::ACTIVE)))
        .order_by_asc(booking::Column::Id)
        .all(db)
        .await
}

pub async fn find_booking<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Booking>, DbErr> {
    booking::Entity::find_by_id(id).one(db).await
}

#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("already booked or waiting")]
    AlreadyBooked,
    #[error("the account holds as many places on the session as it may")]
    TooMany,
    #[error("the session is cancelled, over or unknown")]
    Closed,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Takes the session's lock (see the module comment); `None` if it is cancelled or unknown.
pub async fn lock_session(
    txn: &DatabaseTransaction,
    session_id: i32,
) -> Result<Option<CourseSession>, DbErr> {
    let bumped = session::Entity::update_many()
        .col_expr(
            session::Column::Version,
            Expr::col(session::Column::Version).add(1),
        )
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::CancelledAt.is_null())
        .exec(txn)
        .await?;
    if bumped.rows_affected == 0 {
        return Ok(None);
    }
    find_session(txn, session_id).await
}

async fn count(txn: &DatabaseTransaction, session_id: i32, statuses: &[BookingStatus]) -> Result<u64, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(statuses)))
        .count(txn)
        .await
}

/// How many places of a session are held: confirmed, or offered to someone waiting.
pub async fn held_places(txn: &DatabaseTransaction, session_id: i32) -> Result<u64, DbErr> {
    count(txn, session_id, &BookingStatus::HOLDING_PLACE).await
}

async fn next_position(txn: &DatabaseTransaction, session_id: i32) -> Result<i32, DbErr> {
    let last = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .order_by_desc(booking::Column::Position)
        .one(txn)
        .await?;
    Ok(last.map_or(1, |b| b.position + 1))
}

/// Places and waiting-list entries one account holds on a session.
async fn held_by_account(txn: &DatabaseTransaction, session_id: i32, account_id: i32) -> Result<u64, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::AccountId.eq(account_id))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(&BookingStatus::ACTIVE)))
        .count(txn)
        .await
}

/// Books a place, or a place on the waiting list when the session is full
/// (or others already wait), and emails the account holder. An account
/// holds at most [`MAX_PER_ACCOUNT`] of a session's places and waiting list.
pub async fn book<C: TransactionTrait>(
    db: &C,
    offers: Offers<'_>,
    session_id: i32,
    account: &Account,
    request: &AttendeeRequest,
    now: DateTime<Utc>,
) -> Result<BookingStatus, BookError> {
    let attendee = &request.attendee;
    let txn = begin_write(db).await?;
    let Some(session) = lock_session(&txn, session_id).await? else {
        return Err(BookError::Closed);
    };
    if session.starts_at <= utc_to_chongqing(now) {
        return Err(BookError::Closed);
    }
    if held_by_account(&txn, session_id, account.id).await? >= MAX_PER_ACCOUNT {
        return Err(BookError::TooMany);
    }
    let held = held_places(&txn, session_id).await?;
    let waiting = count(&txn, session_id, &[BookingStatus::Waiting]).await?;
    let free = u64::try_from(session.capacity).unwrap_or(0) > held && waiting == 0;
    let status = if free {
        BookingStatus::Confirmed
    } else {
        BookingStatus::Waiting
    };
    let inserted = booking::ActiveModel {
        session_id: Set(session_id),
        account_id: Set(account.id),
        person_id: Set(attendee.person_id),
        person_key: Set(person_key(account.id, attendee.person_id)),
        person_name: Set(attendee.name.clone()),
        adjustments: Set(adjustments_text(&request.adjustments)),
        other_needs: Set(request.other_needs.clone()),
        status: Set(status.key().to_string()),
        position: Set(next_position(&txn, session_id).await?),
        booked_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    if let Err(error) = inserted {
        if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
            return Err(BookError::AlreadyBooked);
        }
        return Err(error.into());
    }
    let kind = match status {
        BookingStatus::Confirmed => MailKind::Booked,
        _ => MailKind::Waitlisted,
    };
    notify(&txn, offers, &session, account, attendee, kind, now).await?;
    txn.commit().await?;
    Ok(status)
}

/// Emails the account holder about a session at `now` (the waiting-list
/// email says how long an offer will be held; an offer, until when).
async fn notify(
    txn: &DatabaseTransaction,
    offers: Offers<'_>,
    session: &CourseSession,
    account: &Account,
    attendee: &Attendee,
    kind: MailKind,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(course) = find_course(txn, session.course_id).await? else {
        return Ok(());
    };
    let lang = Lang::from_tag(&account.email_language).unwrap_or_default();
    let mut args = session_mail_args(
        lang,
        offers.public_url,
        &course,
        session,
        &account.full_name,
        attendee,
    );
    args.push(("hours", offers.hours.to_string()));
    if kind == MailKind::PlaceOffered {
        let expires = offer_expires_at(now, offers.hours);
        args.push(("expires", dates::date_time(lang, utc_to_chongqing(expires))));
    }
    enqueue(txn, &account.email, lang, kind, &args, now).await
}

pub fn session_mail_args(
    lang: Lang,
    public_url: &str,
    course: &Course,
    session: &CourseSession,
    account_name: &str,
    attendee: &Attendee,
) -> Vec<(&'static str, String)> {
    let mut args = vec![
        ("name", account_name.to_string()),
        ("attendee", attendee.name.clone()),
        (
            "course",
            in_lang(lang, &course.title_zh, &course.title_en).to_string(),
        ),
        ("when", dates::span(lang, session.starts_at, session.ends_at)),
        ("where", session_place(lang, session)),
        ("link", format!("{public_url}/account/bookings")),
    ];
    args.extend(attendee.about());
    args
}

/// Where a session is, for a page: "Online", or the venue (marked Chinese
/// when it has no English).
pub fn place_content(lang: Lang, session: &CourseSession) -> Content {
    if session.online {
        Content {
            text: crate::i18n::tr(lang, "training-online"),
            lang: None,
        }
    } else {
        Content::pick(lang, &session.venue_zh, &session.venue_en)
    }
}

/// Where a session is, as plain text (emails and calendar files).
pub fn session_place(lang: Lang, session: &CourseSession) -> String {
    if session.online {
        crate::i18n::tr(lang, "training-online")
    } else {
        in_lang(lang, &session.venue_zh, &session.venue_en).to_string()
    }
}

pub async fn account_of<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, DbErr> {
    account::Entity::find_by_id(id)
        .filter(account::Column::DeletedAt.is_null())
        .one(db)
        .await
}

/// Offers freed places to the first people waiting, while places are free.
pub async fn offer_free_places(
    txn: &DatabaseTransaction,
    offers: Offers<'_>,
    session: &CourseSession,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    loop {
        let held = held_places(txn, session.id).await?;
        if held >= u64::try_from(session.capacity).unwrap_or(0) {
            return Ok(());
        }
        let Some(first) = booking::Entity::find()
            .filter(booking::Column::SessionId.eq(session.id))
            .filter(booking::Column::Status.eq(BookingStatus::Waiting.key()))
            .order_by_asc(booking::Column::Position)
            .order_by_asc(booking::Column::Id)
            .one(txn)
            .await?
        else {
            return Ok(());
        };
        let expires = offer_expires_at(now, offers.hours);
        booking::Entity::update_many()
            .col_expr(booking::Column::Status, Expr::value(BookingStatus::Offered.key()))
            .col_expr(booking::Column::OfferExpiresAt, Expr::value(expires))
            .filter(booking::Column::Id.eq(first.id))
            .exec(txn)
            .await?;
        if let Some(account) = account_of(txn, first.account_id).await? {
            notify(
                txn,
                offers,
                session,
                &account,
                &first.attendee(),
                MailKind::PlaceOffered,
                now,
            )
            .await?;
        }
    }
}

/// Sets one booking's status, if it is still in `from`; false otherwise.
async fn move_booking(
    txn: &DatabaseTransaction,
    id: i32,
    from: &[BookingStatus],
    to: BookingStatus,
) -> Result<bool, DbErr> {
    let moved = booking::Entity::update_many()
        .col_expr(booking::Column::Status, Expr::value(to.key()))
        .col_expr(
            booking::Column::OfferExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(booking::Column::Id.eq(id))
        .filter(booking::Column::Status.is_in(from.iter().map(|s| s.key())))
        .exec(txn)
        .await?;
    Ok(moved.rows_affected == 1)
}

/// What the person did with their booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Cancel,
    Accept,
    Decline,
}

/// Cancels, accepts or declines one of the account's own bookings. A freed
/// place goes to the first person waiting. `false`: nothing to change
/// (someone else's booking, already changed, or an offer that ran out).
pub async fn change<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    offers: Offers<'_>,
    account_id: i32,
    booking_id: i32,
    change: Change,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(found) = find_booking(db, booking_id).await? else {
        return Ok(false);
    };
    if found.account_id != account_id {
        return Ok(false);
    }
    let txn = begin_write(db).await?;
    let Some(session) = lock_session(&txn, found.session_id).await? else {
        return Ok(false);
    };
    let Some(current) = find_booking(&txn, booking_id).await? else {
        return Ok(false);
    };
    let offer_open = current.offer_expires_at.is_some_and(|at| at > now);
    let (from, to): (&[BookingStatus], BookingStatus) = match change {
        Change::Cancel => (
            &[
                BookingStatus::Confirmed,
                BookingStatus::Waiting,
                BookingStatus::Offered,
            ],
            BookingStatus::Cancelled,
        ),
        Change::Accept if offer_open => (&[BookingStatus::Offered], BookingStatus::Confirmed),
        Change::Accept => return Ok(false),
        Change::Decline => (&[BookingStatus::Offered], BookingStatus::OfferLapsed),
    };
    if !move_booking(&txn, booking_id, from, to).await? {
        return Ok(false);
    }
    offer_free_places(&txn, offers, &session, now).await?;
    txn.commit().await?;
    Ok(true)
}

/// Cancels every booking still in play of an account being deleted, so its
/// places go to the people waiting.
pub async fn cancel_all_of_account<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    offers: Offers<'_>,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for booking in bookings_of_account(db, account_id).await? {
        change(db, offers, account_id, booking.id, Change::Cancel, now).await?;
    }
    Ok(())
}

/// Cancels every booking still in play that an account made for one person
/// it helps, when that person is removed; their places go to the people waiting.
pub async fn cancel_all_for_person<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    offers: Offers<'_>,
    account_id: i32,
    person_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let theirs = bookings_of_account(db, account_id)
        .await?
        .into_iter()
        .filter(|b| b.person_id == Some(person_id));
    for booking in theirs {
        change(db, offers, account_id, booking.id, Change::Cancel, now).await?;
    }
    Ok(())
}

/// Offers that ran out pass to the next person waiting. Run by the
/// server's background worker; returns how many lapsed.
pub async fn lapse_offers<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    offers: Offers<'_>,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let offered = booking::Entity::find()
        .filter(booking::Column::Status.eq(BookingStatus::Offered.key()))
        .all(db)
        .await?;
    let mut lapsed = 0;
    for offer in offered
        .into_iter()
        .filter(|b| b.offer_expires_at.is_some_and(|at| at <= now))
    {
        let txn = begin_write(db).await?;
        let Some(session) = lock_session(&txn, offer.session_id).await? else {
            continue;
        };
        let still = find_booking(&txn, offer.id).await?;
        if still.is_some_and(|b| {
            b.status() == BookingStatus::Offered && b.offer_expires_at.is_some_and(|at| at <= now)
        }) && move_booking(
            &txn,
            offer.id,
            &[BookingStatus::Offered],
            BookingStatus::OfferLapsed,
        )
        .await?
        {
            lapsed += 1;
            offer_free_places(&txn, offers, &session, now).await?;
        }
        txn.commit().await?;
    }
    Ok(lapsed)
}

/// Where a waiting booking stands: 1 for the first in line.
pub async fn place_in_line<C: ConnectionTrait>(db: &C, booking: &Booking) -> Result<u64, DbErr> {
    let ahead = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(booking.session_id))
        .filter(booking::Column::Status.eq(BookingStatus::Waiting.key()))
        .filter(booking::Column::Position.lt(booking.position))
        .count(db)
        .await?;
    Ok(ahead + 1)
}
