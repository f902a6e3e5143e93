//! What staff change and read on training: the courses of an area, their
//! details and sessions, a session's places, capacity and cancellation,
//! check-in, completions and the order of the waiting list. Every function
//! takes the handler's connection or transaction, which records the audit
//! entry in the same transaction.

use crate::accounts::staff_session::{EditEvents, InScope};
use crate::domain::bookings::BookingStatus;
use crate::domain::staff::in_scope;
use crate::i18n::Lang;
use crate::mail::{enqueue, MailKind};
use crate::training::store::{
    account_of, booking, course, find_booking, find_course, find_session, held_places, lock_session,
    offer_free_places, session, session_mail_args, Booking, Course, CourseSession, Offers,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, DatabaseTransaction, QueryOrder};

/// A course as its form describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseDetails {
    pub title_zh: String,
    pub title_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub suits_zh: String,
    pub suits_en: String,
    pub features: String,
}

/// A new session of a course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDetails {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub online: bool,
    pub venue_zh: String,
    pub venue_en: String,
    pub address_zh: String,
    pub address_en: String,
    pub capacity: i32,
}

/// A course in the staff member's area.
impl InScope for Course {
    type Permission = EditEvents;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        Ok(find_course(db, id)
            .await?
            .filter(|c| in_scope(area, &c.area_code)))
    }
}

/// A session of a course in the staff member's area, with its course.
#[derive(Clone, Debug)]
pub struct SessionOfCourse {
    pub session: CourseSession,
    pub course: Course,
}

impl InScope for SessionOfCourse {
    type Permission = EditEvents;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        let Some(session) = find_session(db, id).await? else {
            return Ok(None);
        };
        let course = Course::find_in_scope(db, area, session.course_id).await?;
        Ok(course.map(|course| SessionOfCourse { session, course }))
    }
}

/// A booking of a session in the staff member's area, with its session and course.
#[derive(Clone, Debug)]
pub struct BookingOfSession {
    pub booking: Booking,
    pub session: CourseSession,
    pub course: Course,
}

impl InScope for BookingOfSession {
    type Permission = EditEvents;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        let Some(booking) = find_booking(db, id).await? else {
            return Ok(None);
        };
        let found = SessionOfCourse::find_in_scope(db, area, booking.session_id).await?;
        Ok(found.map(|found| BookingOfSession {
            booking,
            session: found.session,
            course: found.course,
        }))
    }
}

/// Courses in the staff member's area, with their sessions that are not cancelled.
pub async fn courses_in_scope<C: ConnectionTrait>(
    db: &C,
    area: &str,
) -> Result<Vec<(Course, Vec<CourseSession>)>, DbErr> {
    let courses: Vec<Course> = course::Entity::find()
        .order_by_asc(course::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|c| in_scope(area, &c.area_code))
        .collect();
    let ids: Vec<i32> = courses.iter().map(|c| c.id).collect();
    let sessions = session::Entity::find()
        .filter(session::Column::CourseId.is_in(ids))
        .filter(session::Column::CancelledAt.is_null())
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?;
    Ok(courses
        .into_iter()
        .map(|c| {
            let own = sessions.iter().filter(|s| s.course_id == c.id).cloned().collect();
            (c, own)
        })
        .collect())
}

impl CourseDetails {
    /// The course's columns that staff edit, the rest left unset.
    fn active_model(&self) -> course::ActiveModel {
        course::ActiveModel {
            title_zh: Set(self.title_zh.clone()),
            title_en: Set(self.title_en.clone()),
            description_zh: Set(self.description_zh.clone()),
            description_en: Set(self.description_en.clone()),
            suits_zh: Set(self.suits_zh.clone()),
            suits_en: Set(self.suits_en.clone()),
            features: Set(self.features.clone()),
            ..Default::default()
        }
    }
}

pub async fn create_course<C: ConnectionTrait>(
    db: &C,
    area_code: &str,
    details: &CourseDetails,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let inserted = course::ActiveModel {
        area_code: Set(area_code.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..details.active_model()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

pub async fn update_course<C: ConnectionTrait>(
    db: &C,
    id: i32,
    details: &CourseDetails,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    course::ActiveModel {
        id: Set(id),
        updated_at: Set(now),
        ..details.active_model()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn add_session<C: ConnectionTrait>(
    db: &C,
    course_id: i32,
    details: &SessionDetails,
) -> Result<i32, DbErr> {
    let inserted = session::ActiveModel {
        course_id: Set(course_id),
        starts_at: Set(details.starts_at),
        ends_at: Set(details.ends_at),
        online: Set(details.online),
        venue_zh: Set(details.venue_zh.clone()),
        venue_en: Set(details.venue_en.clone()),
        address_zh: Set(details.address_zh.clone()),
        address_en: Set(details.address_en.clone()),
        capacity: Set(details.capacity),
        version: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

/// What came of changing a session's capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapacityChange {
    /// Changed from this capacity; freed places were offered to people waiting.
    Changed(i32),
    /// More places are held than the new capacity.
    BelowHeld(u64),
    /// The session is cancelled.
    Cancelled,
}

/// Changes the capacity under the session's lock, then offers any places
/// this frees to the waiting list.
pub async fn change_capacity(
    txn: &DatabaseTransaction,
    offers: Offers<'_>,
    session_id: i32,
    capacity: i32,
    now: DateTime<Utc>,
) -> Result<CapacityChange, DbErr> {
    let Some(mut locked) = lock_session(txn, session_id).await? else {
        return Ok(CapacityChange::Cancelled);
    };
    let held = held_places(txn, session_id).await?;
    if u64::try_from(capacity).unwrap_or(0) < held {
        return Ok(CapacityChange::BelowHeld(held));
    }
    let before = locked.capacity;
    session::Entity::update_many()
        .col_expr(session::Column::Capacity, Expr::value(capacity))
        .filter(session::Column::Id.eq(session_id))
        .exec(txn)
        .await?;
    locked.capacity = capacity;
    offer_free_places(txn, offers, &locked, now).await?;
    Ok(CapacityChange::Changed(before))
}

/// Cancels a session and every booking still in play, emailing each
/// account. `None` if it was already cancelled; otherwise how many
/// bookings were cancelled.
pub async fn cancel_session(
    txn: &DatabaseTransaction,
    public_url: &str,
    session_id: i32,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Option<usize>, DbErr> {
    let Some(locked) = lock_session(txn, session_id).await? else {
        return Ok(None);
    };
    let Some(found_course) = find_course(txn, locked.course_id).await? else {
        return Ok(None);
    };
    session::Entity::update_many()
        .col_expr(session::Column::CancelledAt, Expr::value(now))
        .col_expr(session::Column::CancelReason, Expr::value(reason.to_string()))
        .filter(session::Column::Id.eq(session_id))
        .exec(txn)
        .await?;
    let active = active_bookings(txn, session_id).await?;
    booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled.key()),
        )
        .col_expr(
            booking::Column::OfferExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(&BookingStatus::ACTIVE)))
        .exec(txn)
        .await?;
    for cancelled in &active {
        let Some(account) = account_of(txn, cancelled.account_id).await? else {
            continue;
        };
        let lang = Lang::from_tag(&account.email_language).unwrap_or_default();
        let mut args = session_mail_args(
            lang,
            public_url,
            &found_course,
            &locked,
            &account.full_name,
            &cancelled.attendee(),
        );
        args.push(("reason", reason.to_string()));
        enqueue(txn, &account.email, lang, MailKind::SessionCancelled, &args, now).await?;
    }
    Ok(Some(active.len()))
}

/// Bookings of a session still in play (places, then the waiting list in order).
pub async fn active_bookings<C: ConnectionTrait>(db: &C, session_id: i32) -> Result<Vec<Booking>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(BookingStatus::keys(&BookingStatus::ACTIVE)))
        .order_by_asc(booking::Column::Position)
        .order_by_asc(booking::Column::Id)
        .all(db)
        .await
}

/// Sets the time `column` of a confirmed booking to `now`, once: `false`
/// if it was set already or the booking is not confirmed.
async fn stamp_confirmed<C: ConnectionTrait>(
    db: &C,
    id: i32,
    column: booking::Column,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = booking::Entity::update_many()
        .col_expr(column, Expr::value(now))
        .filter(booking::Column::Id.eq(id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.key()))
        .filter(column.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Marks a confirmed booking as arrived; `false` if it already was or holds no place.
pub async fn check_in_booking<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    stamp_confirmed(db, id, booking::Column::CheckedInAt, now).await
}

/// Marks a confirmed booking as completed; `false` if it already was or is not confirmed.
pub async fn complete_booking<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    stamp_confirmed(db, id, booking::Column::CompletedAt, now).await
}

/// Which way a waiting booking moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn parse(text: &str) -> Option<Direction> {
        match text {
            "up" => Some(Direction::Up),
            "down" => Some(Direction::Down),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// Swaps a waiting booking with the next one waiting above or below it,
/// under the session's lock. `Some(other booking's id)` when it moved;
/// `None` when there was nothing to change (first or last already, no
/// longer waiting, or the session is cancelled).
pub async fn move_waiting(
    txn: &DatabaseTransaction,
    booking_id: i32,
    session_id: i32,
    direction: Direction,
) -> Result<Option<i32>, DbErr> {
    if lock_session(txn, session_id).await?.is_none() {
        return Ok(None);
    }
    let Some(current) = find_booking(txn, booking_id)
        .await?
        .filter(|b| b.session_id == session_id && b.status() == BookingStatus::Waiting)
    else {
        return Ok(None);
    };
    let waiting = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.eq(BookingStatus::Waiting.key()));
    // Positions are unique within a session: each booking takes the next one under the lock.
    let neighbour = match direction {
        Direction::Up => {
            waiting
                .filter(booking::Column::Position.lt(current.position))
                .order_by_desc(booking::Column::Position)
                .one(txn)
                .await?
        }
        Direction::Down => {
            waiting
                .filter(booking::Column::Position.gt(current.position))
                .order_by_asc(booking::Column::Position)
                .one(txn)
                .await?
        }
    };
    let Some(neighbour) = neighbour else {
        return Ok(None);
    };
    for (id, position) in [(current.id, neighbour.position), (neighbour.id, current.position)] {
        booking::Entity::update_many()
            .col_expr(booking::Column::Position, Expr::value(position))
            .filter(booking::Column::Id.eq(id))
            .exec(txn)
            .await?;
    }
    Ok(Some(neighbour.id))
}
