//! The district's areas (district, 9 streets, 3 towns, and example
//! communities under each), the service's contact details, and staff accounts.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000001_reference_data"
    }
}

#[derive(DeriveIden)]
enum Area {
    Table,
    Code,
    ParentCode,
    Kind,
    NameZh,
    NameEn,
    IsPlaceholder,
}

#[derive(DeriveIden)]
enum HelpContact {
    Table,
    Id,
    Phone,
    SignLanguageVideo,
    Email,
    AddressZh,
    AddressEn,
    HoursZh,
    HoursEn,
    IsExample,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    Email,
    DisplayName,
    Role,
    AreaCode,
    PasswordHash,
    IsDisabled,
    IsDemo,
    CreatedAt,
}

/// Code, Chinese name and pinyin of each street (街道) of Jiangbei District,
/// from the plan (Ch4 §1).
const STREETS: [(&str, &str, &str); 9] = [
    ("guanyinqiao", "观音桥", "Guanyinqiao"),
    ("huaxinjie", "华新街", "Huaxinjie"),
    ("wulidian", "五里店", "Wulidian"),
    ("jiangbeicheng", "江北城", "Jiangbeicheng"),
    ("shimahe", "石马河", "Shimahe"),
    ("dashiba", "大石坝", "Dashiba"),
    ("cuntan", "寸滩", "Cuntan"),
    ("tieshanping", "铁山坪", "Tieshanping"),
    ("guojiatuo", "郭家沱", "Guojiatuo"),
];

/// The district's towns (镇).
const TOWNS: [(&str, &str, &str); 3] = [
    ("yuzui", "鱼嘴", "Yuzui"),
    ("fusheng", "复盛", "Fusheng"),
    ("wubao", "五宝", "Wubao"),
];

/// Communities per street or town in the seeded reference data. Their names
/// are placeholders until the civil-affairs register is imported.
const EXAMPLE_COMMUNITIES: usize = 2;

const NUMERALS_ZH: [&str; 2] = ["一", "二"];

struct AreaRow {
    code: String,
    parent: Option<String>,
    kind: &'static str,
    name_zh: String,
    name_en: String,
    placeholder: bool,
}

fn areas() -> Vec<AreaRow> {
    let mut rows = vec![AreaRow {
        code: "jiangbei".into(),
        parent: None,
        kind: "district",
        name_zh: "江北区".into(),
        name_en: "Jiangbei District".into(),
        placeholder: false,
    }];
    let streets = STREETS
        .iter()
        .map(|s| (s, "street", "街道", "Street", "社区", "community"));
    let towns = TOWNS.iter().map(|t| (t, "town", "镇", "Town", "村", "village"));
    for ((code, zh, en), kind, zh_suffix, en_suffix, unit_zh, unit_kind) in streets.chain(towns) {
        let code = format!("jiangbei.{code}");
        for (n, numeral) in NUMERALS_ZH.iter().enumerate().take(EXAMPLE_COMMUNITIES) {
            rows.push(AreaRow {
                code: format!("{code}.{}{}", unit_kind, n + 1),
                parent: Some(code.clone()),
                kind: unit_kind,
                name_zh: format!("{zh}{zh_suffix}示例{unit_zh}{numeral}"),
                name_en: format!("{en} {en_suffix} example {unit_kind} {}", n + 1),
                placeholder: true,
            });
        }
        rows.insert(
            1,
            AreaRow {
                code,
                parent: Some("jiangbei".into()),
                kind,
                name_zh: format!("{zh}{zh_suffix}"),
                name_en: format!("{en} {en_suffix}"),
                placeholder: false,
            },
        );
    }
    // Parents before children, for the foreign key.
    rows.sort_by_key(|r| r.code.matches('.').count());
    rows
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Area::Table)
                    .col(ColumnDef::new(Area::Code).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(Area::ParentCode).string_len(64).null())
                    .col(ColumnDef::new(Area::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(Area::NameZh).string_len(64).not_null())
                    .col(ColumnDef::new(Area::NameEn).string_len(128).not_null())
                    .col(
                        ColumnDef::new(Area::IsPlaceholder)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_area_parent")
                            .from(Area::Table, Area::ParentCode)
                            .to(Area::Table, Area::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_area_parent")
                    .table(Area::Table)
                    .col(Area::ParentCode)
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Area::Table).columns([
            Area::Code,
            Area::ParentCode,
            Area::Kind,
            Area::NameZh,
            Area::NameEn,
            Area::IsPlaceholder,
        ]);
        for row in areas() {
            insert.values_panic([
                row.code.into(),
                row.parent.into(),
                row.kind.into(),
                row.name_zh.into(),
                row.name_en.into(),
                row.placeholder.into(),
            ]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(HelpContact::Table)
                    .col(
                        ColumnDef::new(HelpContact::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(HelpContact::Phone).string_len(64).not_null())
                    .col(
                        ColumnDef::new(HelpContact::SignLanguageVideo)
                            .string_len(128)
                            .not_null(),
                    )
                    .col(ColumnDef::new(HelpContact::Email).string_len(128).not_null())
                    .col(ColumnDef::new(HelpContact::AddressZh).string_len(256).not_null())
                    .col(ColumnDef::new(HelpContact::AddressEn).string_len(256).not_null())
                    .col(ColumnDef::new(HelpContact::HoursZh).string_len(256).not_null())
                    .col(ColumnDef::new(HelpContact::HoursEn).string_len(256).not_null())
                    .col(
                        ColumnDef::new(HelpContact::IsExample)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        // Example values, marked as such on every page until the district enters its own.
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(HelpContact::Table)
                    .columns([
                        HelpContact::Phone,
                        HelpContact::SignLanguageVideo,
                        HelpContact::Email,
                        HelpContact::AddressZh,
                        HelpContact::AddressEn,
                        HelpContact::HoursZh,
                        HelpContact::HoursEn,
                        HelpContact::IsExample,
                    ])
                    .values_panic([
                        "023-0000-0000".into(),
                        "023-0000-0001".into(),
                        "help@example.org".into(),
                        "重庆市江北区示例路 1 号（示例地址）".into(),
                        "1 Example Road, Jiangbei District, Chongqing (example address)".into(),
                        "周一至周五 9:00–12:00、14:00–17:30（法定节假日除外）".into(),
                        "Monday to Friday, 9:00 to 12:00 and 14:00 to 17:30 (closed on public holidays)"
                            .into(),
                        true.into(),
                    ])
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffAccount::Table)
                    .col(
                        ColumnDef::new(StaffAccount::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(StaffAccount::Email)
                            .string_len(254)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(StaffAccount::DisplayName)
                            .string_len(128)
                            .not_null(),
                    )
                    .col(ColumnDef::new(StaffAccount::Role).string_len(32).not_null())
                    .col(ColumnDef::new(StaffAccount::AreaCode).string_len(64).not_null())
                    .col(
                        ColumnDef::new(StaffAccount::PasswordHash)
                            .string_len(256)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffAccount::IsDisabled)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(StaffAccount::IsDemo)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(StaffAccount::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_account_area")
                            .from(StaffAccount::Table, StaffAccount::AreaCode)
                            .to(Area::Table, Area::Code),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StaffAccount::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(HelpContact::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Area::Table).to_owned())
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_areas_cover_the_district() {
        let rows = areas();
        assert_eq!(rows.iter().filter(|r| r.kind == "district").count(), 1);
        assert_eq!(rows.iter().filter(|r| r.kind == "street").count(), 9);
        assert_eq!(rows.iter().filter(|r| r.kind == "town").count(), 3);
        assert_eq!(
            rows.iter().filter(|r| r.placeholder).count(),
            12 * EXAMPLE_COMMUNITIES
        );
        // Every parent is inserted before its children.
        for (i, row) in rows.iter().enumerate() {
            if let Some(parent) = &row.parent {
                assert!(
                    rows[..i].iter().any(|r| &r.code == parent),
                    "{} before {}",
                    parent,
                    row.code
                );
            }
        }
    }
}
