//! Rule parameters are stored in the `rule_parameter` table, one row per
//! dated value, so staff can add new values without losing the old ones.

use crate::domain::answers::api_name;
use crate::domain::parameters::{DatedValue, ParameterId, Parameters};
use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};

pub async fn load_parameters(db: &DatabaseConnection) -> Result<Parameters, DbErr> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT parameter, value, effective_from, source FROM rule_parameter",
        ))
        .await?;
    let mut values = Vec::with_capacity(rows.len());
    for row in rows {
        let key: String = row.try_get("", "parameter")?;
        let Ok(parameter) = serde_json::from_value::<ParameterId>(serde_json::Value::String(key.clone()))
        else {
            tracing::warn!(parameter = key, "unknown rule parameter in the database; ignored");
            continue;
        };
        values.push(DatedValue {
            parameter,
            value: row.try_get("", "value")?,
            effective_from: row.try_get::<NaiveDate>("", "effective_from")?,
            source: row.try_get("", "source")?,
        });
    }
    Ok(Parameters::new(values))
}

/// Adds one dated value; earlier values stay.
pub async fn add_parameter<C: ConnectionTrait>(db: &C, value: &DatedValue) -> Result<(), DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new("rule_parameter"))
        .columns(["parameter", "value", "effective_from", "source"].map(Alias::new))
        .values([
            api_name(value.parameter).into(),
            value.value.into(),
            value.effective_from.into(),
            value.source.clone().into(),
        ])
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    db.execute(db.get_database_backend().build(&insert)).await?;
    Ok(())
}
