//! Everything a resident registered for or booked, across job fairs and
//! training: `/account/bookings`, the day-before reminders and lapsed
//! offers (`reminders`, run by the server's worker), and giving it all up
//! when an account or a person helped goes.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod reminders;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    axum::Router::new().route("/account/bookings", axum::routing::get(handlers::show))
}

#[cfg(feature = "ssr")]
mod give_up {
    use crate::training::store::Offers;
    use crate::web::PortalState;
    use chrono::{DateTime, Utc};
    use sea_orm::{ConnectionTrait, DbErr, TransactionTrait};

    /// Cancels every fair registration and training place of an account
    /// (its own and those of the people it helps); freed places are offered
    /// to the next person waiting.
    pub async fn give_up_all_of_account<C: TransactionTrait + ConnectionTrait>(
        db: &C,
        state: &PortalState,
        account_id: i32,
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        crate::job_fairs::store::cancel_all_of_account(db, account_id, now).await?;
        crate::training::store::cancel_all_of_account(db, Offers::of(state), account_id, now).await
    }

    /// The same for one person the account helps.
    pub async fn give_up_all_for_person<C: TransactionTrait + ConnectionTrait>(
        db: &C,
        state: &PortalState,
        account_id: i32,
        person_id: i32,
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        crate::job_fairs::store::cancel_all_for_person(db, account_id, person_id, now).await?;
        crate::training::store::cancel_all_for_person(db, Offers::of(state), account_id, person_id, now).await
    }
}

#[cfg(feature = "ssr")]
pub use give_up::{give_up_all_for_person, give_up_all_of_account};
