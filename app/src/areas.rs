//! The district's areas: the district, its streets and towns (街道/镇) and
//! their communities and villages (社区/村). They are reference data written
//! by a migration and never changed while the portal runs, so they are read
//! once at start-up and kept in `PortalState` rather than on every request.

use crate::components::OptionGroups;
use crate::i18n::Lang;
use sea_orm::{ConnectionTrait, DbErr, Statement};

/// An area with its names in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Area {
    code: String,
    parent: Option<String>,
    kind: String,
    name_zh: String,
    name_en: String,
}

/// An area and its name in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaName {
    pub code: String,
    pub parent: Option<String>,
    pub kind: String,
    pub name: String,
}

/// Every area, in code order (a street before its communities).
#[derive(Clone, Debug, Default)]
pub struct Areas(Vec<Area>);

impl Areas {
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Areas, DbErr> {
        let rows = db
            .query_all(Statement::from_string(
                db.get_database_backend(),
                "SELECT code, parent_code, kind, name_zh, name_en FROM area ORDER BY code",
            ))
            .await?;
        let areas = rows
            .iter()
            .map(|row| {
                Ok(Area {
                    code: row.try_get("", "code")?,
                    parent: row.try_get("", "parent_code")?,
                    kind: row.try_get("", "kind")?,
                    name_zh: row.try_get("", "name_zh")?,
                    name_en: row.try_get("", "name_en")?,
                })
            })
            .collect::<Result<Vec<_>, DbErr>>()?;
        Ok(Areas(areas))
    }

    /// Every area with its name in `lang`.
    pub fn names(&self, lang: Lang) -> Vec<AreaName> {
        self.0
            .iter()
            .map(|a| AreaName {
                code: a.code.clone(),
                parent: a.parent.clone(),
                kind: a.kind.clone(),
                name: a.name(lang).to_string(),
            })
            .collect()
    }

    /// The name of the area with `code`, or the code itself if there is none.
    pub fn name_of(&self, code: &str, lang: Lang) -> String {
        self.0
            .iter()
            .find(|a| a.code == code)
            .map_or_else(|| code.to_string(), |a| a.name(lang).to_string())
    }

    /// Whether `code` is a community or village, the areas a person lives in.
    pub fn is_community(&self, code: &str) -> bool {
        self.0.iter().any(|a| a.code == code && a.is_community())
    }

    /// Communities and villages under their street or town, for choosing where a person lives.
    pub fn communities_by_street(&self, lang: Lang) -> OptionGroups {
        self.0
            .iter()
            .filter(|street| street.kind == "street" || street.kind == "town")
            .map(|street| {
                let communities = self
                    .0
                    .iter()
                    .filter(|a| a.is_community() && a.parent.as_deref() == Some(street.code.as_str()))
                    .map(|a| (a.code.clone(), a.name(lang).to_string()))
                    .collect();
                (street.name(lang).to_string(), communities)
            })
            .collect()
    }
}

impl Area {
    fn name(&self, lang: Lang) -> &str {
        if lang == Lang::En {
            &self.name_en
        } else {
            &self.name_zh
        }
    }

    fn is_community(&self) -> bool {
        self.kind == "community" || self.kind == "village"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(code: &str, parent: Option<&str>, kind: &str) -> Area {
        Area {
            code: code.to_string(),
            parent: parent.map(str::to_string),
            kind: kind.to_string(),
            name_zh: format!("{code}（中）"),
            name_en: format!("{code} (en)"),
        }
    }

    fn sample() -> Areas {
        Areas(vec![
            area("d", None, "district"),
            area("d.s", Some("d"), "street"),
            area("d.s.c1", Some("d.s"), "community"),
            area("d.t", Some("d"), "town"),
            area("d.t.v1", Some("d.t"), "village"),
        ])
    }

    #[test]
    fn communities_are_grouped_under_their_street_or_town() {
        let groups = sample().communities_by_street(Lang::En);
        assert_eq!(
            groups,
            vec![
                (
                    "d.s (en)".to_string(),
                    vec![("d.s.c1".to_string(), "d.s.c1 (en)".to_string())]
                ),
                (
                    "d.t (en)".to_string(),
                    vec![("d.t.v1".to_string(), "d.t.v1 (en)".to_string())]
                ),
            ]
        );
    }

    #[test]
    fn names_fall_back_to_the_code_and_only_communities_are_homes() {
        let areas = sample();
        assert_eq!(areas.name_of("d.s", Lang::ZhCn), "d.s（中）");
        assert_eq!(areas.name_of("nowhere", Lang::En), "nowhere");
        assert!(areas.is_community("d.t.v1"));
        assert!(!areas.is_community("d.t"));
        assert!(!areas.is_community("nowhere"));
    }
}
