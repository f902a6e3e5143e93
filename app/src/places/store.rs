//! The directory's tables, in the shape of Open Referral HSDS 3:
//! organisations run services, services are delivered at locations
//! (`service_at_location`), and each location has its opening hours
//! (`schedule`, one row per day it opens) and its measured accessibility
//! facts (`accessibility`, one row per location, every fact stored as
//! yes, no or unknown).

use crate::domain::catalogue::EntitlementId;
use crate::domain::places::{Fact, Facts, ServiceKind};
use chrono::NaiveDate;
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder};

pub mod organization {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organization")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name_zh: String,
        pub name_en: String,
        pub description_zh: String,
        pub description_en: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod service {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "service")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organization_id: i32,
        pub name_zh: String,
        pub name_en: String,
        pub description_zh: String,
        pub description_en: String,
        /// A `ServiceKind` key.
        pub kind: String,
        /// Catalogue ids delivered, separated by spaces: `E36 E10`.
        pub entitlements: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod location {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "location")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organization_id: i32,
        pub name_zh: String,
        pub name_en: String,
        pub address_zh: String,
        pub address_en: String,
        /// A street or town, or a community under one.
        pub area_code: String,
        pub transport_zh: String,
        pub transport_en: String,
        pub phone: String,
        pub sign_language_video: String,
        pub closed_on_holidays: bool,
        pub holiday_note_zh: String,
        pub holiday_note_en: String,
        /// Seeded example data, to be replaced by the district's own.
        pub is_example: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod service_at_location {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "service_at_location")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub service_id: i32,
        pub location_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod schedule {
    use sea_orm::entity::prelude::*;

    /// One day a location opens; a day without a row is a closed day.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "schedule")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub location_id: i32,
        /// 1 (Monday) to 7 (Sunday).
        pub weekday: i32,
        /// `09:00`.
        pub opens: String,
        pub closes: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod accessibility {
    use sea_orm::entity::prelude::*;

    /// The measured facts of one location; each fact is `yes`, `no` or `unknown`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "accessibility")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub location_id: i32,
        pub step_free_entrance: String,
        /// `None`: not measured.
        pub door_width_cm: Option<i32>,
        pub lift: String,
        pub accessible_toilet: String,
        pub hearing_loop: String,
        pub sign_language_staff: String,
        pub sign_language_days_zh: String,
        pub sign_language_days_en: String,
        pub braille_or_tactile_signage: String,
        pub quiet_room: String,
        pub accessible_parking: String,
        /// `None`: never checked since the record was made.
        pub verified_on: Option<Date>,
        pub verified_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use location::Model as Location;

impl accessibility::Model {
    /// The stored facts; a value the table's check would refuse reads as "not known".
    pub fn facts(&self) -> Facts {
        let read = |text: &str| Fact::parse(text).unwrap_or(Fact::NotKnown);
        Facts {
            step_free_entrance: read(&self.step_free_entrance),
            lift: read(&self.lift),
            accessible_toilet: read(&self.accessible_toilet),
            hearing_loop: read(&self.hearing_loop),
            sign_language_staff: read(&self.sign_language_staff),
            braille_or_tactile_signage: read(&self.braille_or_tactile_signage),
            quiet_room: read(&self.quiet_room),
            accessible_parking: read(&self.accessible_parking),
        }
    }

    /// A location with no facts recorded: every one "not known", never checked.
    fn unknown(location_id: i32) -> Self {
        let unknown = Fact::NotKnown.key().to_string();
        accessibility::Model {
            location_id,
            step_free_entrance: unknown.clone(),
            door_width_cm: None,
            lift: unknown.clone(),
            accessible_toilet: unknown.clone(),
            hearing_loop: unknown.clone(),
            sign_language_staff: unknown.clone(),
            sign_language_days_zh: String::new(),
            sign_language_days_en: String::new(),
            braille_or_tactile_signage: unknown.clone(),
            quiet_room: unknown.clone(),
            accessible_parking: unknown,
            verified_on: None,
            verified_by: String::new(),
        }
    }
}

impl service::Model {
    pub fn kind(&self) -> Option<ServiceKind> {
        ServiceKind::parse(&self.kind)
    }

    /// The catalogue entitlements delivered, ignoring ids the catalogue does not have.
    pub fn entitlement_ids(&self) -> Vec<EntitlementId> {
        self.entitlements
            .split_whitespace()
            .filter_map(EntitlementId::parse)
            .collect()
    }
}

/// A location with everything its pages show.
#[derive(Clone, Debug)]
pub struct Place {
    pub location: Location,
    pub organization: Option<organization::Model>,
    pub services: Vec<service::Model>,
    pub hours: Vec<schedule::Model>,
    pub access: accessibility::Model,
}

impl Place {
    /// The kinds of its services, each once.
    pub fn kinds(&self) -> Vec<ServiceKind> {
        let mut kinds: Vec<ServiceKind> = Vec::new();
        for kind in self.services.iter().filter_map(service::Model::kind) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds
    }
}

/// Every place, or the one with `only`, in the order they were added.
async fn load<C: ConnectionTrait>(db: &C, only: Option<i32>) -> Result<Vec<Place>, DbErr> {
    let mut locations = location::Entity::find();
    if let Some(id) = only {
        locations = locations.filter(location::Column::Id.eq(id));
    }
    let locations = locations.order_by_asc(location::Column::Id).all(db).await?;
    let ids: Vec<i32> = locations.iter().map(|l| l.id).collect();
    let access = accessibility::Entity::find()
        .filter(accessibility::Column::LocationId.is_in(ids.clone()))
        .all(db)
        .await?;
    let links = service_at_location::Entity::find()
        .filter(service_at_location::Column::LocationId.is_in(ids.clone()))
        .order_by_asc(service_at_location::Column::Id)
        .all(db)
        .await?;
    let services = service::Entity::find()
        .filter(service::Column::Id.is_in(links.iter().map(|l| l.service_id)))
        .all(db)
        .await?;
    let hours = schedule::Entity::find()
        .filter(schedule::Column::LocationId.is_in(ids))
        .order_by_asc(schedule::Column::Weekday)
        .all(db)
        .await?;
    let organizations = organization::Entity::find()
        .filter(organization::Column::Id.is_in(locations.iter().map(|l| l.organization_id)))
        .all(db)
        .await?;
    Ok(locations
        .into_iter()
        .map(|location| {
            let id = location.id;
            Place {
                organization: organizations
                    .iter()
                    .find(|o| o.id == location.organization_id)
                    .cloned(),
                services: links
                    .iter()
                    .filter(|l| l.location_id == id)
                    .filter_map(|l| services.iter().find(|s| s.id == l.service_id).cloned())
                    .collect(),
                hours: hours.iter().filter(|h| h.location_id == id).cloned().collect(),
                access: access
                    .iter()
                    .find(|a| a.location_id == id)
                    .cloned()
                    .unwrap_or_else(|| accessibility::Model::unknown(id)),
                location,
            }
        })
        .collect())
}

/// Every place in the directory.
pub async fn places<C: ConnectionTrait>(db: &C) -> Result<Vec<Place>, DbErr> {
    load(db, None).await
}

pub async fn place<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Place>, DbErr> {
    Ok(load(db, Some(id)).await?.into_iter().next())
}

/// A place as the site search indexes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceForSearch {
    pub id: i32,
    /// `/places/{id}`.
    pub path: String,
    pub name_zh: String,
    pub name_en: String,
    /// Address, services and their kinds (as keys), in Chinese.
    pub text_zh: String,
    pub text_en: String,
    /// The area code of the location.
    pub area: String,
}

/// Every place, ready for the search index.
pub async fn places_for_search<C: ConnectionTrait>(db: &C) -> Result<Vec<PlaceForSearch>, DbErr> {
    Ok(places(db)
        .await?
        .into_iter()
        .map(|place| {
            let text = |address: &str, pick: fn(&service::Model) -> (&str, &str)| {
                let mut parts = vec![address.to_string()];
                for service in &place.services {
                    let (name, description) = pick(service);
                    parts.push(name.to_string());
                    parts.push(description.to_string());
                    parts.push(service.kind.clone());
                }
                parts.join("\n")
            };
            let location = &place.location;
            PlaceForSearch {
                id: location.id,
                path: format!("/places/{}", location.id),
                name_zh: location.name_zh.clone(),
                name_en: location.name_en.clone(),
                text_zh: text(&location.address_zh, |s| {
                    (s.name_zh.as_str(), s.description_zh.as_str())
                }),
                text_en: text(&location.address_en, |s| {
                    (s.name_en.as_str(), s.description_en.as_str())
                }),
                area: location.area_code.clone(),
            }
        })
        .collect())
}

/// Opening hours on one day of the week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayHours {
    /// 1 (Monday) to 7 (Sunday).
    pub weekday: i32,
    pub opens: String,
    pub closes: String,
}

/// What a staff member checked at a location and saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub facts: Facts,
    pub door_width_cm: Option<i32>,
    pub sign_language_days_zh: String,
    pub sign_language_days_en: String,
    /// The days it opens; any other day it is closed.
    pub hours: Vec<DayHours>,
    pub closed_on_holidays: bool,
    pub holiday_note_zh: String,
    pub holiday_note_en: String,
    pub phone: String,
    pub sign_language_video: String,
}

/// Saves what was checked, as verified on `today` by `who`. Runs in the
/// caller's transaction, which records the audit entry with it.
pub async fn verify<C: ConnectionTrait>(
    db: &C,
    location_id: i32,
    checked: &Verified,
    today: NaiveDate,
    who: &str,
) -> Result<(), DbErr> {
    location::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(location_id),
        phone: Set(checked.phone.clone()),
        sign_language_video: Set(checked.sign_language_video.clone()),
        closed_on_holidays: Set(checked.closed_on_holidays),
        holiday_note_zh: Set(checked.holiday_note_zh.clone()),
        holiday_note_en: Set(checked.holiday_note_en.clone()),
        ..Default::default()
    }
    .update(db)
    .await?;
    accessibility::Entity::delete_by_id(location_id).exec(db).await?;
    let facts = &checked.facts;
    let key = |fact: Fact| Set(fact.key().to_string());
    accessibility::ActiveModel {
        location_id: Set(location_id),
        step_free_entrance: key(facts.step_free_entrance),
        door_width_cm: Set(checked.door_width_cm),
        lift: key(facts.lift),
        accessible_toilet: key(facts.accessible_toilet),
        hearing_loop: key(facts.hearing_loop),
        sign_language_staff: key(facts.sign_language_staff),
        sign_language_days_zh: Set(checked.sign_language_days_zh.clone()),
        sign_language_days_en: Set(checked.sign_language_days_en.clone()),
        braille_or_tactile_signage: key(facts.braille_or_tactile_signage),
        quiet_room: key(facts.quiet_room),
        accessible_parking: key(facts.accessible_parking),
        verified_on: Set(Some(today)),
        verified_by: Set(who.to_string()),
    }
    .insert(db)
    .await?;
    schedule::Entity::delete_many()
        .filter(schedule::Column::LocationId.eq(location_id))
        .exec(db)
        .await?;
    for day in &checked.hours {
        schedule::ActiveModel {
            location_id: Set(location_id),
            weekday: Set(day.weekday),
            opens: Set(day.opens.clone()),
            closes: Set(day.closes.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// A new location as staff describe it; its facts start as "not known",
/// never verified, until someone checks them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPlace {
    pub name_zh: String,
    pub name_en: String,
    pub address_zh: String,
    pub address_en: String,
    pub area_code: String,
    pub transport_zh: String,
    pub transport_en: String,
    pub phone: String,
    /// The service delivered there; its organisation runs the location.
    pub service: service::Model,
}

/// Every service, to choose the one a new location delivers.
pub async fn services<C: ConnectionTrait>(db: &C) -> Result<Vec<service::Model>, DbErr> {
    service::Entity::find()
        .order_by_asc(service::Column::Id)
        .all(db)
        .await
}

/// Adds a location with its service and unknown facts; returns its id.
pub async fn add_place<C: ConnectionTrait>(db: &C, new: &NewPlace) -> Result<i32, DbErr> {
    let location = location::ActiveModel {
        organization_id: Set(new.service.organization_id),
        name_zh: Set(new.name_zh.clone()),
        name_en: Set(new.name_en.clone()),
        address_zh: Set(new.address_zh.clone()),
        address_en: Set(new.address_en.clone()),
        area_code: Set(new.area_code.clone()),
        transport_zh: Set(new.transport_zh.clone()),
        transport_en: Set(new.transport_en.clone()),
        phone: Set(new.phone.clone()),
        sign_language_video: Set(String::new()),
        closed_on_holidays: Set(true),
        holiday_note_zh: Set(String::new()),
        holiday_note_en: Set(String::new()),
        is_example: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await?;
    service_at_location::ActiveModel {
        service_id: Set(new.service.id),
        location_id: Set(location.id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    accessibility::ActiveModel::from(accessibility::Model::unknown(location.id))
        .reset_all()
        .insert(db)
        .await?;
    Ok(location.id)
}
