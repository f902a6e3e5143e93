//! What staff change and read on fairs and courses: the fairs and courses of
//! an area, their details, employers and positions, sessions and their
//! places, check-in, hires, completions, cancellations and the order of a
//! waiting list. Every function takes the connection or transaction of the
//! handler, which records the audit entry in the same transaction.

use crate::domain::bookings::BookingStatus;
use crate::domain::staff::in_scope;
use crate::i18n::Lang;
use crate::job_fairs::store::{employer, fair, fair_mail_args, position, registration, Fair, Registration};
use crate::mail::{enqueue, MailKind};
use crate::training::store::{
    account_of, booking, course, find_booking, find_course, lock_session, offer_free_places, session,
    session_mail_args, Booking, Course, CourseSession, Offers,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseTransaction, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// The statuses of a booking that is still in play.
const ACTIVE: [&str; 3] = ["confirmed", "offered", "waiting"];

/// A fair as its form describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FairDetails {
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub venue_zh: String,
    pub venue_en: String,
    pub address_zh: String,
    pub address_en: String,
    pub transport_zh: String,
    pub transport_en: String,
    /// As stored: `features_text`.
    pub features: String,
}

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

/// A position offered by an employer at a fair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionDetails {
    pub employer_id: i32,
    pub title: String,
    pub needs: String,
    pub adjustments_offered: String,
    pub openings: i32,
}

/// Fairs in the staff member's area, latest first, with how many people
/// are registered for each.
pub async fn fairs_in_scope<C: ConnectionTrait>(db: &C, area: &str) -> Result<Vec<(Fair, i64)>, DbErr> {
    let fairs: Vec<Fair> = fair::Entity::find()
        .order_by_desc(fair::Column::StartsAt)
        .order_by_desc(fair::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|f| in_scope(area, &f.area_code))
        .collect();
    let ids: Vec<i32> = fairs.iter().map(|f| f.id).collect();
    let counts: HashMap<i32, i64> = registration::Entity::find()
        .select_only()
        .column(registration::Column::FairId)
        .column_as(registration::Column::Id.count(), "registrations")
        .filter(registration::Column::FairId.is_in(ids))
        .filter(registration::Column::CancelledAt.is_null())
        .group_by(registration::Column::FairId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(fairs
        .into_iter()
        .map(|f| {
            let count = counts.get(&f.id).copied().unwrap_or(0);
            (f, count)
        })
        .collect())
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

impl FairDetails {
    /// The fair's columns that staff edit, the rest left unset.
    fn active_model(&self) -> fair::ActiveModel {
        fair::ActiveModel {
            title_zh: Set(self.title_zh.clone()),
            title_en: Set(self.title_en.clone()),
            summary_zh: Set(self.summary_zh.clone()),
            summary_en: Set(self.summary_en.clone()),
            starts_at: Set(self.starts_at),
            ends_at: Set(self.ends_at),
            venue_zh: Set(self.venue_zh.clone()),
            venue_en: Set(self.venue_en.clone()),
            address_zh: Set(self.address_zh.clone()),
            address_en: Set(self.address_en.clone()),
            transport_zh: Set(self.transport_zh.clone()),
            transport_en: Set(self.transport_en.clone()),
            features: Set(self.features.clone()),
            ..Default::default()
        }
    }
}

pub async fn create_fair<C: ConnectionTrait>(
    db: &C,
    area_code: &str,
    details: &FairDetails,
) -> Result<i32, DbErr> {
    let now = Utc::now();
    let inserted = fair::ActiveModel {
        area_code: Set(area_code.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..details.active_model()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

pub async fn update_fair<C: ConnectionTrait>(db: &C, id: i32, details: &FairDetails) -> Result<(), DbErr> {
    fair::ActiveModel {
        id: Set(id),
        updated_at: Set(Utc::now()),
        ..details.active_model()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn add_employer<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
    name: &str,
    description: &str,
) -> Result<i32, DbErr> {
    let inserted = employer::ActiveModel {
        fair_id: Set(fair_id),
        name: Set(name.to_string()),
        description: Set(description.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

/// Adds a position; `None` if the employer is not one of this fair's.
pub async fn add_position<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
    details: &PositionDetails,
) -> Result<Option<i32>, DbErr> {
    let employer = employer::Entity::find_by_id(details.employer_id)
        .filter(employer::Column::FairId.eq(fair_id))
        .one(db)
        .await?;
    if employer.is_none() {
        return Ok(None);
    }
    let inserted = position::ActiveModel {
        employer_id: Set(details.employer_id),
        title: Set(details.title.clone()),
        needs: Set(details.needs.clone()),
        adjustments_offered: Set(details.adjustments_offered.clone()),
        openings: Set(details.openings),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some(inserted.id))
}

/// Cancels a fair and emails everyone registered for it, in the caller's
/// transaction. Registrations stay as they are (the list shows who was
/// told). `None` if the fair was already cancelled; otherwise how many
/// emails were queued.
pub async fn cancel_fair(
    txn: &DatabaseTransaction,
    public_url: &str,
    found: &Fair,
    reason: &str,
) -> Result<Option<usize>, DbErr> {
    let cancelled = fair::Entity::update_many()
        .col_expr(fair::Column::CancelledAt, Expr::value(Utc::now()))
        .col_expr(fair::Column::CancelReason, Expr::value(reason.to_string()))
        .col_expr(fair::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(fair::Column::Id.eq(found.id))
        .filter(fair::Column::CancelledAt.is_null())
        .exec(txn)
        .await?;
    if cancelled.rows_affected == 0 {
        return Ok(None);
    }
    let mut sent = 0;
    for registration in registrations_of_fair(txn, found.id).await? {
        let Some(account) = account_of(txn, registration.account_id).await? else {
            continue;
        };
        let lang = Lang::from_tag(&account.email_language).unwrap_or_default();
        let mut args = fair_mail_args(
            lang,
            public_url,
            found,
            &account.full_name,
            &registration.person_name,
        );
        args.push(("reason", reason.to_string()));
        enqueue(txn, &account.email, lang, MailKind::FairCancelled, &args).await?;
        sent += 1;
    }
    Ok(Some(sent))
}

/// Active registrations of a fair, in the order people registered.
pub async fn registrations_of_fair<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
) -> Result<Vec<Registration>, DbErr> {
    registration::Entity::find()
        .filter(registration::Column::FairId.eq(fair_id))
        .filter(registration::Column::CancelledAt.is_null())
        .order_by_asc(registration::Column::RegisteredAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await
}

pub async fn find_registration<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Registration>, DbErr> {
    registration::Entity::find_by_id(id).one(db).await
}

/// Marks an active registration as arrived; `false` if it already was (or
/// is cancelled), so a second press changes nothing.
pub async fn check_in_registration<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    let changed = registration::Entity::update_many()
        .col_expr(registration::Column::CheckedInAt, Expr::value(Utc::now()))
        .filter(registration::Column::Id.eq(id))
        .filter(registration::Column::CheckedInAt.is_null())
        .filter(registration::Column::CancelledAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// What came of recording a hire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hire {
    /// Recorded; the employer's name.
    Recorded(String),
    /// The employer is not one of the fair's.
    UnknownEmployer,
    /// The registration was cancelled meanwhile.
    NotActive,
}

/// Records that `employer_id`, an employer at the same fair, hired the person.
pub async fn record_hire<C: ConnectionTrait>(
    db: &C,
    registration: &Registration,
    employer_id: i32,
) -> Result<Hire, DbErr> {
    let Some(employer) = employer::Entity::find_by_id(employer_id)
        .filter(employer::Column::FairId.eq(registration.fair_id))
        .one(db)
        .await?
    else {
        return Ok(Hire::UnknownEmployer);
    };
    let changed = registration::Entity::update_many()
        .col_expr(registration::Column::HiredEmployerId, Expr::value(employer.id))
        .col_expr(registration::Column::HiredAt, Expr::value(Utc::now()))
        .filter(registration::Column::Id.eq(registration.id))
        .filter(registration::Column::CancelledAt.is_null())
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Hire::NotActive);
    }
    Ok(Hire::Recorded(employer.name))
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
) -> Result<i32, DbErr> {
    let now = Utc::now();
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
) -> Result<(), DbErr> {
    course::ActiveModel {
        id: Set(id),
        updated_at: Set(Utc::now()),
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

async fn held_places(txn: &DatabaseTransaction, session_id: i32) -> Result<u64, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(["confirmed", "offered"]))
        .count(txn)
        .await
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
) -> Result<Option<usize>, DbErr> {
    let Some(locked) = lock_session(txn, session_id).await? else {
        return Ok(None);
    };
    let Some(found_course) = find_course(txn, locked.course_id).await? else {
        return Ok(None);
    };
    session::Entity::update_many()
        .col_expr(session::Column::CancelledAt, Expr::value(Utc::now()))
        .col_expr(session::Column::CancelReason, Expr::value(reason.to_string()))
        .filter(session::Column::Id.eq(session_id))
        .exec(txn)
        .await?;
    let active = booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(ACTIVE))
        .order_by_asc(booking::Column::Position)
        .all(txn)
        .await?;
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
        .filter(booking::Column::Status.is_in(ACTIVE))
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
            &cancelled.person_name,
        );
        args.push(("reason", reason.to_string()));
        enqueue(txn, &account.email, lang, MailKind::SessionCancelled, &args).await?;
    }
    Ok(Some(active.len()))
}

/// Bookings of a session still in play (places, then the waiting list in order).
pub async fn active_bookings<C: ConnectionTrait>(db: &C, session_id: i32) -> Result<Vec<Booking>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SessionId.eq(session_id))
        .filter(booking::Column::Status.is_in(ACTIVE))
        .order_by_asc(booking::Column::Position)
        .order_by_asc(booking::Column::Id)
        .all(db)
        .await
}

/// Marks a confirmed booking as arrived; `false` if it already was or holds no place.
pub async fn check_in_booking<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    let changed = booking::Entity::update_many()
        .col_expr(booking::Column::CheckedInAt, Expr::value(Utc::now()))
        .filter(booking::Column::Id.eq(id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.key()))
        .filter(booking::Column::CheckedInAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Marks a confirmed booking as completed; `false` if it already was or is not confirmed.
pub async fn complete_booking<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    let changed = booking::Entity::update_many()
        .col_expr(booking::Column::CompletedAt, Expr::value(Utc::now()))
        .filter(booking::Column::Id.eq(id))
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.key()))
        .filter(booking::Column::CompletedAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
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

/// How many people are registered for a fair (cancelled registrations aside).
pub async fn registration_count<C: ConnectionTrait>(db: &C, fair_id: i32) -> Result<u64, DbErr> {
    registration::Entity::find()
        .filter(registration::Column::FairId.eq(fair_id))
        .filter(registration::Column::CancelledAt.is_null())
        .count(db)
        .await
}
