//! Writes to `calendar_day`; reading is the toolbox's
//! (`web::working_calendar`), because every clock needs it.

use crate::web::working_calendar::CalendarDay;
use sea_orm::sea_query::{Alias, Expr, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr};

/// Adds a day; `false` when the date is already listed (by anyone, even
/// at the same moment on another server).
pub async fn add<C: ConnectionTrait>(db: &C, day: &CalendarDay) -> Result<bool, DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new("calendar_day"))
        .columns(["day", "kind", "name_zh", "name_en"].map(Alias::new))
        .values([
            day.day.into(),
            day.kind.key().into(),
            day.name_zh.clone().into(),
            day.name_en.clone().into(),
        ])
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .on_conflict(OnConflict::column(Alias::new("day")).do_nothing().to_owned());
    let done = db.execute(db.get_database_backend().build(&insert)).await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a day; `false` when it was not listed.
pub async fn remove<C: ConnectionTrait>(db: &C, day: chrono::NaiveDate) -> Result<bool, DbErr> {
    let delete = Query::delete()
        .from_table(Alias::new("calendar_day"))
        .and_where(Expr::col(Alias::new("day")).eq(day))
        .to_owned();
    let done = db.execute(db.get_database_backend().build(&delete)).await?;
    Ok(done.rows_affected() == 1)
}
