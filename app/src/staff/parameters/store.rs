//! Reviews of rule parameters, in the `parameter_review` table: one row per
//! review, kept as history like the values themselves.

use crate::domain::answers::api_name;
use crate::domain::parameters::ParameterId;
use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};

/// One recorded review.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub parameter: ParameterId,
    pub reviewed_on: NaiveDate,
    pub note: String,
}

/// Records that `staff_id` reviewed `parameter` on `reviewed_on`.
pub async fn add_review<C: ConnectionTrait>(db: &C, review: &Review, staff_id: i32) -> Result<(), DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new("parameter_review"))
        .columns(["parameter", "reviewed_on", "staff_id", "note"].map(Alias::new))
        .values([
            api_name(review.parameter).into(),
            review.reviewed_on.into(),
            staff_id.into(),
            review.note.clone().into(),
        ])
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    db.execute(db.get_database_backend().build(&insert)).await?;
    Ok(())
}

/// Every review, oldest first (a short table: a few rows a parameter a year).
pub async fn reviews(db: &DatabaseConnection) -> Result<Vec<Review>, DbErr> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT parameter, reviewed_on, note FROM parameter_review ORDER BY reviewed_on, id",
        ))
        .await?;
    let mut reviews = Vec::with_capacity(rows.len());
    for row in rows {
        let key: String = row.try_get("", "parameter")?;
        let Ok(parameter) = serde_json::from_value::<ParameterId>(serde_json::Value::String(key.clone()))
        else {
            tracing::warn!(parameter = key, "review of an unknown rule parameter; ignored");
            continue;
        };
        reviews.push(Review {
            parameter,
            reviewed_on: row.try_get("", "reviewed_on")?,
            note: row.try_get("", "note")?,
        });
    }
    Ok(reviews)
}
