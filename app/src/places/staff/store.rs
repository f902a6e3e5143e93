//! Who may open a place on the staff side: content editors and
//! administrators, for places in their area.

use crate::accounts::staff_session::{InScope, Permission};
use crate::domain::staff::{in_scope, StaffAction, StaffMember};
use crate::places::store::{self, Place};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

/// Content editors and administrators: the directory.
pub struct EditPlaces;

impl Permission for EditPlaces {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::EditPlaces)
    }
}

/// A place in the staff member's area.
impl InScope for Place {
    type Permission = EditPlaces;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        Ok(store::place(db, id)
            .await?
            .filter(|p| in_scope(area, &p.location.area_code)))
    }
}

/// The places in the staff member's area.
pub async fn places_in_scope<C: ConnectionTrait>(db: &C, area: &str) -> Result<Vec<Place>, DbErr> {
    Ok(store::places(db)
        .await?
        .into_iter()
        .filter(|p| in_scope(area, &p.location.area_code))
        .collect())
}
