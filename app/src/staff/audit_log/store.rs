//! Searching the audit log, newest first.

use crate::domain::audit::AuditAction;
use crate::domain::local_time::start_of_day;
use crate::web::audit::{entry, AuditEntry};
use chrono::NaiveDate;
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect};

/// What an administrator searches the log for; every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditSearch {
    pub staff_id: Option<i32>,
    pub action: Option<AuditAction>,
    /// Exact target, such as `application:12` or `staff:3`.
    pub target: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Entries older than this id (the next page).
    pub before: Option<i64>,
}

/// Newest first, at most `limit` entries.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    query: &AuditSearch,
    limit: u64,
) -> Result<Vec<AuditEntry>, DbErr> {
    let mut select = entry::Entity::find();
    if let Some(staff_id) = query.staff_id {
        select = select.filter(entry::Column::StaffId.eq(staff_id));
    }
    if let Some(action) = query.action {
        select = select.filter(entry::Column::Action.eq(action.key()));
    }
    if let Some(target) = query.target.as_deref().filter(|t| !t.is_empty()) {
        select = select.filter(entry::Column::Target.eq(target));
    }
    if let Some(from) = query.from {
        select = select.filter(entry::Column::At.gte(start_of_day(from)));
    }
    if let Some(to) = query.to.and_then(|d| d.succ_opt()) {
        select = select.filter(entry::Column::At.lt(start_of_day(to)));
    }
    if let Some(before) = query.before {
        select = select.filter(entry::Column::Id.lt(before));
    }
    select.order_by_desc(entry::Column::Id).limit(limit).all(db).await
}
