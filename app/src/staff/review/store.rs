//! What the review reads and writes besides the application itself:
//! internal notes, the colleagues it can be assigned to, and its history
//! with who acted.

use crate::accounts::staff_account::{self, StaffAccount};
use crate::accounts::staff_session::{InScope, ReviewApplications};
use crate::applications::store::{history, Application};
use crate::domain::staff::{in_scope, Role};
use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, QueryOrder};

pub mod note {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_note")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub application_id: i32,
        pub staff_id: i32,
        pub body: String,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A submitted application in the reviewer's area; drafts are nobody's business.
impl InScope for Application {
    type Permission = ReviewApplications;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        crate::staff::queue::store::find_in_scope(db, area, id).await
    }
}

pub async fn add_note<C: ConnectionTrait>(
    db: &C,
    application_id: i32,
    staff_id: i32,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    note::ActiveModel {
        application_id: Set(application_id),
        staff_id: Set(staff_id),
        body: Set(body.to_string()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn notes<C: ConnectionTrait>(db: &C, application_id: i32) -> Result<Vec<note::Model>, DbErr> {
    note::Entity::find()
        .filter(note::Column::ApplicationId.eq(application_id))
        .order_by_asc(note::Column::At)
        .order_by_asc(note::Column::Id)
        .all(db)
        .await
}

/// Active colleagues who review at the same level within `area`'s reach:
/// the people an application can be assigned to.
pub async fn colleagues<C: ConnectionTrait>(
    db: &C,
    role: Role,
    area: &str,
) -> Result<Vec<StaffAccount>, DbErr> {
    Ok(staff_account::active_with_role(db, role)
        .await?
        .into_iter()
        .filter(|s| in_scope(area, &s.area_code) || in_scope(&s.area_code, area))
        .collect())
}

/// Every entry of the application's history, oldest first, with who acted.
pub async fn history_entries<C: ConnectionTrait>(
    db: &C,
    application_id: i32,
) -> Result<Vec<history::Model>, DbErr> {
    history::Entity::find()
        .filter(history::Column::ApplicationId.eq(application_id))
        .order_by_asc(history::Column::Id)
        .all(db)
        .await
}
