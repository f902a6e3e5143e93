//! The dated terms on which a decision can be challenged, as stored. Rows
//! are only added: a decision letter shows the terms in force on the day of
//! its decision, whatever changed since.

use crate::domain::decisions::AppealTerms;
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, QueryOrder};

pub mod terms {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "appeal_terms")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub effective_from: Date,
        pub body_zh: String,
        pub body_en: String,
        pub reconsideration_days: i32,
        pub lawsuit_months: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

impl From<terms::Model> for AppealTerms {
    fn from(m: terms::Model) -> Self {
        AppealTerms {
            effective_from: m.effective_from,
            body_zh: m.body_zh,
            body_en: m.body_en,
            reconsideration_days: u32::try_from(m.reconsideration_days).unwrap_or_default(),
            lawsuit_months: u32::try_from(m.lawsuit_months).unwrap_or_default(),
        }
    }
}

/// Every version, newest first.
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<AppealTerms>, DbErr> {
    Ok(terms::Entity::find()
        .order_by_desc(terms::Column::EffectiveFrom)
        .all(db)
        .await?
        .into_iter()
        .map(AppealTerms::from)
        .collect())
}

/// A new version from its date on.
pub async fn add<C: ConnectionTrait>(db: &C, terms: &AppealTerms) -> Result<(), DbErr> {
    terms::ActiveModel {
        effective_from: Set(terms.effective_from),
        body_zh: Set(terms.body_zh.clone()),
        body_en: Set(terms.body_en.clone()),
        reconsideration_days: Set(i32::try_from(terms.reconsideration_days).unwrap_or(i32::MAX)),
        lawsuit_months: Set(i32::try_from(terms.lawsuit_months).unwrap_or(i32::MAX)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
