//! The `helped_person` table: people a resident may act for. Every query
//! takes the account, so nobody reaches someone else's people by id.

use super::people::PersonRow;
use crate::domain::applications::Relationship;
use crate::domain::resident_id::CertificateNumber;
use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder};

pub mod person {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "helped_person")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub account_id: i32,
        pub full_name: String,
        pub relationship: String,
        pub certificate_number: String,
        pub declared_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

fn row(model: person::Model) -> PersonRow {
    let masked = CertificateNumber::parse(&model.certificate_number)
        .map(|c| c.resident_id().masked())
        .unwrap_or_default();
    PersonRow {
        id: model.id,
        full_name: model.full_name,
        relationship: Relationship::parse(&model.relationship).unwrap_or(Relationship::Other),
        certificate_number: model.certificate_number,
        certificate_masked: masked,
    }
}

pub async fn list<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<PersonRow>, DbErr> {
    Ok(person::Entity::find()
        .filter(person::Column::AccountId.eq(account_id))
        .order_by_asc(person::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(row)
        .collect())
}

/// One of the account's people; `None` for anyone else's, whatever the id.
pub async fn find<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<Option<PersonRow>, DbErr> {
    Ok(person::Entity::find_by_id(id)
        .filter(person::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(row))
}

pub async fn add<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    full_name: &str,
    relationship: Relationship,
    certificate: &CertificateNumber,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let saved = person::ActiveModel {
        account_id: Set(account_id),
        full_name: Set(full_name.to_string()),
        relationship: Set(relationship.key().to_string()),
        certificate_number: Set(certificate.to_string()),
        declared_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// Removes one of the account's people. Their applications keep the details they were made with.
pub async fn remove<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<bool, DbErr> {
    let deleted = person::Entity::delete_many()
        .filter(person::Column::Id.eq(id))
        .filter(person::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected == 1)
}

pub async fn delete_all<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<(), DbErr> {
    person::Entity::delete_many()
        .filter(person::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}
