//! People a resident helps ("people I help"): who they are, as lists and
//! applications show them. Stored by `people_store`.

use crate::domain::applications::Relationship;
use crate::i18n::t;

/// The most people one account may help: a family. A cap, so one account
/// cannot hoard bookings by adding people (each may hold a place).
pub const MAX_PEOPLE: u64 = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRow {
    pub id: i32,
    pub full_name: String,
    pub relationship: Relationship,
    /// The certificate number as stored, for filling in an application.
    pub certificate_number: String,
    /// Shown in lists: most digits hidden.
    pub certificate_masked: String,
}

/// "Their parent", "their child": the relationship in the page's language.
pub fn relationship_text(relationship: Relationship) -> String {
    t(&format!("people-relationship-{}", relationship.key()))
}
