//! The service's contact details, shown in the same place on every page.
//! Stored in the database; the seeded values are examples until the district
//! enters its own, and pages say so.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    pub phone: String,
    pub sign_language_video: String,
    pub email: String,
    pub address_zh: String,
    pub address_en: String,
    pub hours_zh: String,
    pub hours_en: String,
    /// True while the details are the seeded example values.
    pub is_example: bool,
}

impl SiteInfo {
    pub fn address(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.address_zh,
            Lang::En => &self.address_en,
        }
    }

    pub fn hours(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.hours_zh,
            Lang::En => &self.hours_en,
        }
    }
}

#[cfg(feature = "ssr")]
pub mod store {
    //! The `help_contact` table holds one row: the current contact details.
    use super::SiteInfo;
    use sea_orm::entity::prelude::*;
    use sea_orm::{ConnectionTrait, QueryOrder};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "help_contact")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub phone: String,
        pub sign_language_video: String,
        pub email: String,
        pub address_zh: String,
        pub address_en: String,
        pub hours_zh: String,
        pub hours_en: String,
        pub is_example: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    impl From<Model> for SiteInfo {
        fn from(m: Model) -> Self {
            SiteInfo {
                phone: m.phone,
                sign_language_video: m.sign_language_video,
                email: m.email,
                address_zh: m.address_zh,
                address_en: m.address_en,
                hours_zh: m.hours_zh,
                hours_en: m.hours_en,
                is_example: m.is_example,
            }
        }
    }

    /// The current contact details; empty ones when none are stored yet.
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<SiteInfo, DbErr> {
        Ok(Entity::find()
            .order_by_desc(Column::Id)
            .one(db)
            .await?
            .map(SiteInfo::from)
            .unwrap_or_default())
    }
}
