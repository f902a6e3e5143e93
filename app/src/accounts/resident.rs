//! Resident accounts and their emailed sign-in and reset links, in the
//! database. Links are stored only as SHA-256 hashes.

use crate::i18n::Lang;
use crate::web::secrets::{hash_token, random_token};
use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait};

pub mod account {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resident_account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub full_name: String,
        pub password_hash: Option<String>,
        pub email_language: String,
        pub email_confirmed_at: Option<DateTimeUtc>,
        pub session_generation: i32,
        pub created_at: DateTimeUtc,
        pub deleted_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sign_in_token")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub account_id: i32,
        pub purpose: String,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use account::Model as Account;

/// How long a link in an email works.
pub const LINK_MINUTES: i64 = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Sign in (and confirm the email address).
    SignIn,
    /// Choose a new password.
    Reset,
}

impl Purpose {
    fn key(self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::Reset => "reset",
        }
    }
}

impl Account {
    pub fn language(&self) -> Lang {
        Lang::from_tag(&self.email_language).unwrap_or_default()
    }

    pub fn is_active(&self) -> bool {
        self.deleted_at.is_none()
    }
}

pub async fn find_by_email<C: ConnectionTrait>(db: &C, email: &str) -> Result<Option<Account>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .filter(account::Column::DeletedAt.is_null())
        .one(db)
        .await
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, DbErr> {
    Ok(account::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(Account::is_active))
}

pub async fn create<C: ConnectionTrait>(
    db: &C,
    email: &str,
    full_name: &str,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Account, DbErr> {
    account::ActiveModel {
        email: Set(email.to_string()),
        full_name: Set(full_name.to_string()),
        password_hash: Set(None),
        email_language: Set(lang.tag().to_string()),
        email_confirmed_at: Set(None),
        session_generation: Set(0),
        created_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// A new single-use link secret: the token goes in the email, its hash in the database.
pub async fn issue_token<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let token = random_token(32);
    token::ActiveModel {
        token_hash: Set(hash_token(&token)),
        account_id: Set(account_id),
        purpose: Set(purpose.key().to_string()),
        expires_at: Set(now + Duration::minutes(LINK_MINUTES)),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The account a link that still works signs into, without using it up.
pub async fn token_holder<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<Account>, DbErr> {
    match valid_token(db, token, purpose, now).await? {
        Some(row) => find(db, row.account_id).await,
        None => Ok(None),
    }
}

async fn valid_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<token::Model>, DbErr> {
    if token.len() > 64 {
        return Ok(None);
    }
    let row = token::Entity::find_by_id(hash_token(token)).one(db).await?;
    Ok(row.filter(|t| t.purpose == purpose.key() && t.used_at.is_none() && t.expires_at > now))
}

/// Uses up a link and returns its account; `None` if it expired, was used or never existed.
/// The update only succeeds once, so two clicks cannot both sign in.
pub async fn consume_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<Account>, DbErr> {
    let Some(row) = valid_token(db, token, purpose, now).await? else {
        return Ok(None);
    };
    let updated = token::Entity::update_many()
        .col_expr(token::Column::UsedAt, Expr::value(now))
        .filter(token::Column::TokenHash.eq(row.token_hash.clone()))
        .filter(token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(None);
    }
    find(db, row.account_id).await
}

pub async fn confirm_email<C: ConnectionTrait>(
    db: &C,
    account: &Account,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if account.email_confirmed_at.is_some() {
        return Ok(());
    }
    account::Entity::update_many()
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(now))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores a new password hash and signs out every other session; returns the new generation.
pub async fn set_password_hash<C: ConnectionTrait>(
    db: &C,
    account: &Account,
    hash: &str,
) -> Result<i32, DbErr> {
    let generation = account.session_generation + 1;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash.to_string()))
        .col_expr(account::Column::SessionGeneration, Expr::value(generation))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(generation)
}

/// Every session of the account stops working at its next request.
pub async fn sign_out_everywhere<C: ConnectionTrait>(db: &C, account: &Account) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::SessionGeneration,
            Expr::col(account::Column::SessionGeneration).add(1),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn update_details<C: ConnectionTrait>(
    db: &C,
    account: &Account,
    full_name: &str,
    lang: Lang,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::FullName, Expr::value(full_name))
        .col_expr(account::Column::EmailLanguage, Expr::value(lang.tag()))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes what identifies the person; the row stays so that submitted
/// applications keep their history.
pub async fn delete<C: ConnectionTrait>(db: &C, account: &Account, now: DateTime<Utc>) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::Email,
            Expr::value(format!("deleted-{}@deleted.invalid", account.id)),
        )
        .col_expr(account::Column::FullName, Expr::value(""))
        .col_expr(account::Column::PasswordHash, Expr::value(Option::<String>::None))
        .col_expr(account::Column::DeletedAt, Expr::value(now))
        .col_expr(
            account::Column::SessionGeneration,
            Expr::col(account::Column::SessionGeneration).add(1),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    token::Entity::delete_many()
        .filter(token::Column::AccountId.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}
