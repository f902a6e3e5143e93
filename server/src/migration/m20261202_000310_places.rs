//! The directory of places and services, in the shape of Open Referral
//! HSDS 3 (organisation → service → location, with schedules and
//! accessibility), and its example records: the five district centres of
//! the plan (Ch3 §6: 精神残疾人工（娱）疗中心, 法律援助中心, 就业培训中心,
//! 智障儿童托养中心, 残疾人综合服务中心), rehabilitation in community health
//! centres, "culture in the community" points, the reading room for
//! visually impaired people, community libraries with Braille and audio
//! shelves, and one Federation office per street and town. Every seeded
//! location is marked `is_example` and unverified: pages say so until the
//! district replaces them with its own.
//!
//! Every accessibility fact is a column that is `yes`, `no` or `unknown`
//! (checked by the table), never missing. The public pages read every
//! table, so each is watched by the content version.

use super::m20261201_000200_content_version::watch_table;
use sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_000310_places"
    }
}

#[derive(DeriveIden)]
enum Area {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    NameZh,
    NameEn,
    DescriptionZh,
    DescriptionEn,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
    OrganizationId,
    NameZh,
    NameEn,
    DescriptionZh,
    DescriptionEn,
    Kind,
    Entitlements,
}

#[derive(DeriveIden)]
enum Location {
    Table,
    Id,
    OrganizationId,
    NameZh,
    NameEn,
    AddressZh,
    AddressEn,
    AreaCode,
    TransportZh,
    TransportEn,
    Phone,
    SignLanguageVideo,
    ClosedOnHolidays,
    HolidayNoteZh,
    HolidayNoteEn,
    IsExample,
}

#[derive(DeriveIden)]
enum ServiceAtLocation {
    Table,
    Id,
    ServiceId,
    LocationId,
}

#[derive(DeriveIden)]
enum Schedule {
    Table,
    Id,
    LocationId,
    Weekday,
    Opens,
    Closes,
}

#[derive(Clone, Copy, DeriveIden)]
enum Accessibility {
    Table,
    LocationId,
    StepFreeEntrance,
    DoorWidthCm,
    Lift,
    AccessibleToilet,
    HearingLoop,
    SignLanguageStaff,
    SignLanguageDaysZh,
    SignLanguageDaysEn,
    BrailleOrTactileSignage,
    QuietRoom,
    AccessibleParking,
    VerifiedOn,
    VerifiedBy,
}

/// Kept in step with `app::domain::places::ServiceKind`.
const KINDS: [&str; 9] = [
    "federation-office",
    "comprehensive",
    "rehabilitation",
    "mental-health",
    "care",
    "employment",
    "legal-aid",
    "culture",
    "reading",
];

/// The facts in the order of `FACT_COLUMNS`.
const FACT_VALUES: [&str; 3] = ["yes", "no", "unknown"];

const FACT_COLUMNS: [Accessibility; 8] = [
    Accessibility::StepFreeEntrance,
    Accessibility::Lift,
    Accessibility::AccessibleToilet,
    Accessibility::HearingLoop,
    Accessibility::SignLanguageStaff,
    Accessibility::BrailleOrTactileSignage,
    Accessibility::QuietRoom,
    Accessibility::AccessibleParking,
];

const TABLES: [&str; 6] = [
    "organization",
    "service",
    "location",
    "service_at_location",
    "schedule",
    "accessibility",
];

fn id_column<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn text<T: IntoIden>(name: T, len: u32) -> ColumnDef {
    ColumnDef::new(name).string_len(len).not_null().to_owned()
}

fn long_text<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}

fn fact_column(name: Accessibility) -> ColumnDef {
    let check = Expr::col(name).is_in(FACT_VALUES);
    ColumnDef::new(name)
        .string_len(8)
        .not_null()
        .default("unknown")
        .check(check)
        .to_owned()
}

fn organization_table() -> TableCreateStatement {
    Table::create()
        .table(Organization::Table)
        .col(id_column(Organization::Id))
        .col(text(Organization::NameZh, 200))
        .col(text(Organization::NameEn, 300))
        .col(long_text(Organization::DescriptionZh))
        .col(long_text(Organization::DescriptionEn))
        .to_owned()
}

fn service_table() -> TableCreateStatement {
    Table::create()
        .table(Service::Table)
        .col(id_column(Service::Id))
        .col(ColumnDef::new(Service::OrganizationId).integer().not_null())
        .col(text(Service::NameZh, 200))
        .col(text(Service::NameEn, 300))
        .col(long_text(Service::DescriptionZh))
        .col(long_text(Service::DescriptionEn))
        .col(
            text(Service::Kind, 32)
                .check(Expr::col(Service::Kind).is_in(KINDS))
                .to_owned(),
        )
        .col(text(Service::Entitlements, 200).default("").to_owned())
        .foreign_key(
            ForeignKey::create()
                .name("fk_service_organization")
                .from(Service::Table, Service::OrganizationId)
                .to(Organization::Table, Organization::Id),
        )
        .to_owned()
}

fn location_table() -> TableCreateStatement {
    Table::create()
        .table(Location::Table)
        .col(id_column(Location::Id))
        .col(ColumnDef::new(Location::OrganizationId).integer().not_null())
        .col(text(Location::NameZh, 200))
        .col(text(Location::NameEn, 300))
        .col(text(Location::AddressZh, 300))
        .col(text(Location::AddressEn, 400))
        .col(text(Location::AreaCode, 64))
        .col(long_text(Location::TransportZh))
        .col(long_text(Location::TransportEn))
        .col(text(Location::Phone, 40))
        .col(text(Location::SignLanguageVideo, 40))
        .col(
            ColumnDef::new(Location::ClosedOnHolidays)
                .boolean()
                .not_null()
                .default(true),
        )
        .col(text(Location::HolidayNoteZh, 300).default("").to_owned())
        .col(text(Location::HolidayNoteEn, 400).default("").to_owned())
        .col(
            ColumnDef::new(Location::IsExample)
                .boolean()
                .not_null()
                .default(false),
        )
        .foreign_key(
            ForeignKey::create()
                .name("fk_location_organization")
                .from(Location::Table, Location::OrganizationId)
                .to(Organization::Table, Organization::Id),
        )
        .foreign_key(
            ForeignKey::create()
                .name("fk_location_area")
                .from(Location::Table, Location::AreaCode)
                .to(Area::Table, Area::Code),
        )
        .to_owned()
}

fn service_at_location_table() -> TableCreateStatement {
    Table::create()
        .table(ServiceAtLocation::Table)
        .col(id_column(ServiceAtLocation::Id))
        .col(ColumnDef::new(ServiceAtLocation::ServiceId).integer().not_null())
        .col(ColumnDef::new(ServiceAtLocation::LocationId).integer().not_null())
        .foreign_key(
            ForeignKey::create()
                .name("fk_service_at_location_service")
                .from(ServiceAtLocation::Table, ServiceAtLocation::ServiceId)
                .to(Service::Table, Service::Id),
        )
        .foreign_key(
            ForeignKey::create()
                .name("fk_service_at_location_location")
                .from(ServiceAtLocation::Table, ServiceAtLocation::LocationId)
                .to(Location::Table, Location::Id),
        )
        .index(
            Index::create()
                .name("idx_service_at_location_once")
                .unique()
                .col(ServiceAtLocation::LocationId)
                .col(ServiceAtLocation::ServiceId),
        )
        .to_owned()
}

fn schedule_table() -> TableCreateStatement {
    Table::create()
        .table(Schedule::Table)
        .col(id_column(Schedule::Id))
        .col(ColumnDef::new(Schedule::LocationId).integer().not_null())
        .col(
            ColumnDef::new(Schedule::Weekday)
                .integer()
                .not_null()
                .check(Expr::col(Schedule::Weekday).between(1, 7)),
        )
        .col(text(Schedule::Opens, 5))
        .col(text(Schedule::Closes, 5))
        .foreign_key(
            ForeignKey::create()
                .name("fk_schedule_location")
                .from(Schedule::Table, Schedule::LocationId)
                .to(Location::Table, Location::Id),
        )
        .to_owned()
}

fn accessibility_table() -> TableCreateStatement {
    let mut table = Table::create();
    table.table(Accessibility::Table).col(
        ColumnDef::new(Accessibility::LocationId)
            .integer()
            .not_null()
            .primary_key(),
    );
    for column in FACT_COLUMNS {
        table.col(fact_column(column));
    }
    table
        .col(
            ColumnDef::new(Accessibility::DoorWidthCm)
                .integer()
                .null()
                .check(Expr::col(Accessibility::DoorWidthCm).gt(0)),
        )
        .col(
            text(Accessibility::SignLanguageDaysZh, 200)
                .default("")
                .to_owned(),
        )
        .col(
            text(Accessibility::SignLanguageDaysEn, 300)
                .default("")
                .to_owned(),
        )
        .col(ColumnDef::new(Accessibility::VerifiedOn).date().null())
        .col(text(Accessibility::VerifiedBy, 200).default("").to_owned())
        .foreign_key(
            ForeignKey::create()
                .name("fk_accessibility_location")
                .from(Accessibility::Table, Accessibility::LocationId)
                .to(Location::Table, Location::Id),
        )
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            organization_table(),
            service_table(),
            location_table(),
            service_at_location_table(),
            schedule_table(),
            accessibility_table(),
        ] {
            manager.create_table(table).await?;
        }
        for (name, table, column) in [
            ("idx_location_area", "location", "area_code"),
            ("idx_schedule_location", "schedule", "location_id"),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Alias::new(table))
                        .col(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        seed(manager).await?;
        let db = manager.get_connection();
        for table in TABLES {
            watch_table(db, table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(Alias::new(*table)).to_owned())
                .await?;
        }
        Ok(())
    }
}

struct DemoOrganization {
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
}

const ORGANIZATIONS: [DemoOrganization; 4] = [
    DemoOrganization {
        name: (
            "江北区残疾人联合会",
            "Jiangbei District Disabled Persons' Federation",
        ),
        description: (
            "区残联及其街道、镇残联，运营区级“五个中心”。",
            "The district Federation and its street and town offices; it runs the district's five centres.",
        ),
    },
    DemoOrganization {
        name: ("江北区社区卫生服务中心", "Jiangbei community health centres"),
        description: (
            "依托社区卫生服务中心为残疾人提供康复服务。",
            "Community health centres that give rehabilitation services to disabled people.",
        ),
    },
    DemoOrganization {
        name: ("江北区图书馆", "Jiangbei District Library"),
        description: (
            "区图书馆及社区图书室，设盲文读物和有声读物专架。",
            "The district library and community libraries, with Braille and audio book shelves.",
        ),
    },
    DemoOrganization {
        name: ("江北区文化馆", "Jiangbei District Cultural Centre"),
        description: (
            "残疾人“文化进社区”活动点。",
            "The \"culture in the community\" points for disabled people.",
        ),
    },
];

struct DemoService {
    organization: i32,
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
    kind: &'static str,
    entitlements: &'static str,
}

const SERVICES: [DemoService; 10] = [
    DemoService {
        organization: 1,
        name: ("精神残疾人工疗站", "Work-therapy centre for people with mental illness"),
        description: (
            "为精神残疾人提供工疗、娱疗和日间照料，协助申请免费服药。",
            "Work therapy, leisure activities and day care for people with mental illness, and help to apply for free medicine.",
        ),
        kind: "mental-health",
        entitlements: "E39 E10 E11",
    },
    DemoService {
        organization: 1,
        name: ("残疾人法律援助中心", "Legal aid centre for disabled people"),
        description: (
            "免费法律咨询、代写文书，协助申请法律援助。",
            "Free legal advice, help with writing letters and documents, and help to apply for legal aid.",
        ),
        kind: "legal-aid",
        entitlements: "E36",
    },
    DemoService {
        organization: 1,
        name: ("残疾人就业培训中心", "Employment training centre for disabled people"),
        description: (
            "免费职业技能培训、就业指导和招聘信息。",
            "Free job skills training, careers advice and news of jobs.",
        ),
        kind: "employment",
        entitlements: "E17 E18 E21 E38",
    },
    DemoService {
        organization: 1,
        name: ("智力残疾儿童托养中心", "Care centre for children with intellectual disabilities"),
        description: (
            "为智力残疾儿童提供日间托养、康复训练和家长支持。",
            "Day care, therapy and training for children with intellectual disabilities, and support for their parents.",
        ),
        kind: "care",
        entitlements: "E40 E23",
    },
    DemoService {
        organization: 1,
        name: ("残疾人综合服务中心", "Comprehensive service centre for disabled people"),
        description: (
            "辅助器具适配、康复评估、居家助残服务和补贴申请咨询。",
            "Fitting of assistive devices, rehabilitation assessments, home help and advice on applying for allowances.",
        ),
        kind: "comprehensive",
        entitlements: "E26 E27 E46 E16",
    },
    DemoService {
        organization: 2,
        name: ("社区康复服务", "Community rehabilitation"),
        description: (
            "康复评估、康复训练和儿童残疾筛查，“康复进社区，服务到家庭”。",
            "Rehabilitation assessments, therapy and screening of children, close to home.",
        ),
        kind: "rehabilitation",
        entitlements: "E27 E22 E41 E44",
    },
    DemoService {
        organization: 4,
        name: ("残疾人“文化进社区”活动点", "\"Culture in the community\" point"),
        description: (
            "文艺活动、兴趣小组和康复体育，免费参加。",
            "Arts activities, interest groups and sport for rehabilitation, free to join.",
        ),
        kind: "culture",
        entitlements: "E35",
    },
    DemoService {
        organization: 3,
        name: ("视障阅览室", "Reading room for visually impaired people"),
        description: (
            "盲文读物、有声读物、读屏电脑和助视器，可办理盲文读物赠阅。",
            "Braille and audio books, computers with screen readers and magnifiers; you can sign up for a free Braille magazine here.",
        ),
        kind: "reading",
        entitlements: "E45 E34",
    },
    DemoService {
        organization: 3,
        name: ("盲文和有声读物专架", "Braille and audio book shelves"),
        description: (
            "社区图书室里的残疾人图书专柜，可借阅盲文和有声读物。",
            "A shelf for disabled readers in the community library: borrow Braille and audio books.",
        ),
        kind: "reading",
        entitlements: "E45",
    },
    DemoService {
        organization: 1,
        name: ("街镇残联服务窗口", "Street and town Federation office"),
        description: (
            "办理残疾人证、生活补贴和护理补贴申请，咨询各项助残政策。",
            "Apply for a disability certificate and for allowances, and ask about any support for disabled people.",
        ),
        kind: "federation-office",
        entitlements: "E03 E04 E16 E24",
    },
];

/// When a location opens.
#[derive(Clone, Copy)]
enum Hours {
    /// Monday to Friday, 9:00 to 17:00; closed on public holidays.
    Office,
    /// Every day, 8:00 to 17:30; closed on public holidays but for urgent care.
    Clinic,
    /// Weekday afternoons and Saturday mornings.
    Activities,
    /// Tuesday to Sunday, 9:00 to 20:00, public holidays included.
    Library,
}

impl Hours {
    fn days(self) -> Vec<(i32, &'static str, &'static str)> {
        match self {
            Hours::Office => (1..=5).map(|d| (d, "09:00", "17:00")).collect(),
            Hours::Clinic => (1..=7).map(|d| (d, "08:00", "17:30")).collect(),
            Hours::Activities => {
                let mut days: Vec<_> = (1..=5).map(|d| (d, "14:00", "17:30")).collect();
                days.push((6, "09:00", "11:30"));
                days
            }
            Hours::Library => (2..=7).map(|d| (d, "09:00", "20:00")).collect(),
        }
    }

    fn holidays(self) -> (bool, &'static str, &'static str) {
        match self {
            Hours::Office | Hours::Activities => (true, "", ""),
            Hours::Clinic => (true, "节假日仅提供急诊。", "Only urgent care on public holidays."),
            Hours::Library => (
                false,
                "除夕至正月初三闭馆。",
                "Closed from Chinese New Year's Eve to the third day of the new year.",
            ),
        }
    }
}

struct DemoLocation {
    organization: i32,
    name: (&'static str, &'static str),
    area: &'static str,
    address: (&'static str, &'static str),
    transport: (&'static str, &'static str),
    /// Step-free, lift, toilet, loop, sign language, Braille, quiet room,
    /// parking: `y`, `n` or `u` (not known).
    facts: &'static str,
    door_width_cm: Option<i32>,
    sign_days: (&'static str, &'static str),
    hours: Hours,
    services: &'static [i32],
}

const BUS: (&str, &str) = (
    "乘公交车到附近站点，步行约5分钟（示例）。",
    "Take a bus to the nearest stop, then walk about 5 minutes (example).",
);

const LOCATIONS: [DemoLocation; 15] = [
    DemoLocation {
        organization: 1,
        name: (
            "江北区精神残疾人工疗站",
            "Jiangbei work-therapy centre for people with mental illness",
        ),
        area: "jiangbei.guanyinqiao",
        address: (
            "观音桥街道示例路1号（示例地址）",
            "1 Example Road, Guanyinqiao Street (example address)",
        ),
        transport: (
            "轨道交通3号线观音桥站，步行约8分钟（示例）。",
            "Rail Line 3 to Guanyinqiao, then about 8 minutes' walk (example).",
        ),
        facts: "yyyunyyn",
        door_width_cm: Some(90),
        sign_days: ("", ""),
        hours: Hours::Office,
        services: &[1],
    },
    DemoLocation {
        organization: 1,
        name: (
            "江北区残疾人法律援助中心",
            "Jiangbei legal aid centre for disabled people",
        ),
        area: "jiangbei.huaxinjie",
        address: (
            "华新街街道示例路2号（示例地址）",
            "2 Example Road, Huaxinjie Street (example address)",
        ),
        transport: BUS,
        facts: "yyyyyyuy",
        door_width_cm: Some(100),
        sign_days: ("每周二、周四", "Tuesdays and Thursdays"),
        hours: Hours::Office,
        services: &[2],
    },
    DemoLocation {
        organization: 1,
        name: (
            "江北区残疾人就业培训中心",
            "Jiangbei employment training centre for disabled people",
        ),
        area: "jiangbei.wulidian",
        address: (
            "五里店街道示例路3号（示例地址）",
            "3 Example Road, Wulidian Street (example address)",
        ),
        transport: (
            "轨道交通6号线五里店站，步行约6分钟（示例）。",
            "Rail Line 6 to Wulidian, then about 6 minutes' walk (example).",
        ),
        facts: "yyyynuyy",
        door_width_cm: Some(95),
        sign_days: ("", ""),
        hours: Hours::Office,
        services: &[3],
    },
    DemoLocation {
        organization: 1,
        name: (
            "江北区智力残疾儿童托养中心",
            "Jiangbei care centre for children with intellectual disabilities",
        ),
        area: "jiangbei.jiangbeicheng",
        address: (
            "江北城街道示例路4号（示例地址）",
            "4 Example Road, Jiangbeicheng Street (example address)",
        ),
        transport: BUS,
        facts: "ynynnuyu",
        door_width_cm: None,
        sign_days: ("", ""),
        hours: Hours::Office,
        services: &[4],
    },
    DemoLocation {
        organization: 1,
        name: (
            "江北区残疾人综合服务中心",
            "Jiangbei comprehensive service centre for disabled people",
        ),
        area: "jiangbei.guanyinqiao",
        address: (
            "观音桥街道示例路5号（示例地址）",
            "5 Example Road, Guanyinqiao Street (example address)",
        ),
        transport: (
            "轨道交通3号线观音桥站，步行约5分钟（示例）。",
            "Rail Line 3 to Guanyinqiao, then about 5 minutes' walk (example).",
        ),
        facts: "yyyyyyyy",
        door_width_cm: Some(110),
        sign_days: ("每个工作日", "Every working day"),
        hours: Hours::Office,
        services: &[5],
    },
    DemoLocation {
        organization: 2,
        name: (
            "观音桥街道社区卫生服务中心",
            "Guanyinqiao community health centre",
        ),
        area: "jiangbei.guanyinqiao",
        address: (
            "观音桥街道示例路6号（示例地址）",
            "6 Example Road, Guanyinqiao Street (example address)",
        ),
        transport: BUS,
        facts: "yuynnnuy",
        door_width_cm: Some(85),
        sign_days: ("", ""),
        hours: Hours::Clinic,
        services: &[6],
    },
    DemoLocation {
        organization: 2,
        name: ("大石坝街道社区卫生服务中心", "Dashiba community health centre"),
        area: "jiangbei.dashiba",
        address: (
            "大石坝街道示例路7号（示例地址）",
            "7 Example Road, Dashiba Street (example address)",
        ),
        transport: BUS,
        facts: "nnnunnun",
        door_width_cm: Some(75),
        sign_days: ("", ""),
        hours: Hours::Clinic,
        services: &[6],
    },
    DemoLocation {
        organization: 2,
        name: ("鱼嘴镇卫生院", "Yuzui town health centre"),
        area: "jiangbei.yuzui",
        address: (
            "鱼嘴镇示例路8号（示例地址）",
            "8 Example Road, Yuzui Town (example address)",
        ),
        transport: BUS,
        facts: "uuuuuuuu",
        door_width_cm: None,
        sign_days: ("", ""),
        hours: Hours::Clinic,
        services: &[6],
    },
    DemoLocation {
        organization: 4,
        name: (
            "观音桥示例社区文化活动点",
            "Guanyinqiao example community culture point",
        ),
        area: "jiangbei.guanyinqiao.community1",
        address: (
            "观音桥街道示例社区一活动室（示例地址）",
            "Activity room, Guanyinqiao example community 1 (example address)",
        ),
        transport: BUS,
        facts: "ynnnnnyn",
        door_width_cm: Some(80),
        sign_days: ("", ""),
        hours: Hours::Activities,
        services: &[7],
    },
    DemoLocation {
        organization: 4,
        name: (
            "五里店示例社区文化活动点",
            "Wulidian example community culture point",
        ),
        area: "jiangbei.wulidian.community1",
        address: (
            "五里店街道示例社区一活动室（示例地址）",
            "Activity room, Wulidian example community 1 (example address)",
        ),
        transport: BUS,
        facts: "nnnnnnun",
        door_width_cm: None,
        sign_days: ("", ""),
        hours: Hours::Activities,
        services: &[7],
    },
    DemoLocation {
        organization: 4,
        name: (
            "石马河示例社区文化活动点",
            "Shimahe example community culture point",
        ),
        area: "jiangbei.shimahe.community2",
        address: (
            "石马河街道示例社区二活动室（示例地址）",
            "Activity room, Shimahe example community 2 (example address)",
        ),
        transport: BUS,
        facts: "ynyunnuu",
        door_width_cm: Some(90),
        sign_days: ("", ""),
        hours: Hours::Activities,
        services: &[7],
    },
    DemoLocation {
        organization: 4,
        name: ("复盛示例村文化活动点", "Fusheng example village culture point"),
        area: "jiangbei.fusheng.village1",
        address: (
            "复盛镇示例村一村委会（示例地址）",
            "Village office, Fusheng example village 1 (example address)",
        ),
        transport: BUS,
        facts: "uuuuuuuu",
        door_width_cm: None,
        sign_days: ("", ""),
        hours: Hours::Activities,
        services: &[7],
    },
    DemoLocation {
        organization: 3,
        name: (
            "江北区图书馆视障阅览室",
            "Jiangbei District Library reading room for visually impaired people",
        ),
        area: "jiangbei.jiangbeicheng",
        address: (
            "江北城街道示例路13号区图书馆一楼（示例地址）",
            "Ground floor, District Library, 13 Example Road, Jiangbeicheng (example address)",
        ),
        transport: (
            "轨道交通6号线江北城站，步行约10分钟（示例）。",
            "Rail Line 6 to Jiangbeicheng, then about 10 minutes' walk (example).",
        ),
        facts: "yyyynyyn",
        door_width_cm: Some(100),
        sign_days: ("", ""),
        hours: Hours::Library,
        services: &[8, 9],
    },
    DemoLocation {
        organization: 3,
        name: ("华新街示例社区图书室", "Huaxinjie example community library"),
        area: "jiangbei.huaxinjie.community1",
        address: (
            "华新街街道示例社区一（示例地址）",
            "Huaxinjie example community 1 (example address)",
        ),
        transport: BUS,
        facts: "ynunnynn",
        door_width_cm: Some(80),
        sign_days: ("", ""),
        hours: Hours::Library,
        services: &[9],
    },
    DemoLocation {
        organization: 3,
        name: ("寸滩示例社区图书室", "Cuntan example community library"),
        area: "jiangbei.cuntan.community2",
        address: (
            "寸滩街道示例社区二（示例地址）",
            "Cuntan example community 2 (example address)",
        ),
        transport: BUS,
        facts: "uuuuuuuu",
        door_width_cm: None,
        sign_days: ("", ""),
        hours: Hours::Library,
        services: &[9],
    },
];

/// Each street and town: code, Chinese and English name, and whether it is a town.
const STREETS_AND_TOWNS: [(&str, &str, &str, bool); 12] = [
    ("guanyinqiao", "观音桥", "Guanyinqiao", false),
    ("huaxinjie", "华新街", "Huaxinjie", false),
    ("wulidian", "五里店", "Wulidian", false),
    ("jiangbeicheng", "江北城", "Jiangbeicheng", false),
    ("shimahe", "石马河", "Shimahe", false),
    ("dashiba", "大石坝", "Dashiba", false),
    ("cuntan", "寸滩", "Cuntan", false),
    ("tieshanping", "铁山坪", "Tieshanping", false),
    ("guojiatuo", "郭家沱", "Guojiatuo", false),
    ("yuzui", "鱼嘴", "Yuzui", true),
    ("fusheng", "复盛", "Fusheng", true),
    ("wubao", "五宝", "Wubao", true),
];

/// The facts of the Federation offices, in turn: some measured, some not yet.
const OFFICE_FACTS: [(&str, Option<i32>); 4] = [
    ("yyyunnnu", Some(90)),
    ("ynyunnnn", Some(85)),
    ("nnnuunnu", None),
    ("uuuuuuuu", None),
];

/// A location as the seed writes it.
struct Row {
    organization: i32,
    name: (String, String),
    area: String,
    address: (String, String),
    transport: (String, String),
    facts: &'static str,
    door_width_cm: Option<i32>,
    sign_days: (&'static str, &'static str),
    hours: Hours,
    services: Vec<i32>,
}

fn rows() -> Vec<Row> {
    let mut rows: Vec<Row> = LOCATIONS
        .iter()
        .map(|l| Row {
            organization: l.organization,
            name: (l.name.0.into(), l.name.1.into()),
            area: l.area.into(),
            address: (l.address.0.into(), l.address.1.into()),
            transport: (l.transport.0.into(), l.transport.1.into()),
            facts: l.facts,
            door_width_cm: l.door_width_cm,
            sign_days: l.sign_days,
            hours: l.hours,
            services: l.services.to_vec(),
        })
        .collect();
    for (n, (code, zh, en, town)) in STREETS_AND_TOWNS.iter().enumerate() {
        let (unit_zh, unit_en) = if *town {
            ("镇", "Town")
        } else {
            ("街道", "Street")
        };
        let (facts, door_width_cm) = OFFICE_FACTS[n % OFFICE_FACTS.len()];
        rows.push(Row {
            organization: 1,
            name: (
                format!("{zh}{unit_zh}残联"),
                format!("{en} {unit_en} Federation office"),
            ),
            area: format!("jiangbei.{code}"),
            address: (
                format!("{zh}{unit_zh}办事处一楼（示例地址）"),
                format!("Ground floor, {en} {unit_en} office (example address)"),
            ),
            transport: (BUS.0.into(), BUS.1.into()),
            facts,
            door_width_cm,
            sign_days: ("", ""),
            hours: Hours::Office,
            services: vec![10],
        });
    }
    rows
}

fn fact_value(letter: char) -> &'static str {
    match letter {
        'y' => "yes",
        'n' => "no",
        _ => "unknown",
    }
}

async fn seed(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let mut organizations = Query::insert();
    organizations.into_table(Organization::Table).columns([
        Organization::Id,
        Organization::NameZh,
        Organization::NameEn,
        Organization::DescriptionZh,
        Organization::DescriptionEn,
    ]);
    for (n, o) in (1..).zip(ORGANIZATIONS.iter()) {
        organizations.values_panic([
            n.into(),
            o.name.0.into(),
            o.name.1.into(),
            o.description.0.into(),
            o.description.1.into(),
        ]);
    }
    manager.exec_stmt(organizations).await?;

    let mut services = Query::insert();
    services.into_table(Service::Table).columns([
        Service::Id,
        Service::OrganizationId,
        Service::NameZh,
        Service::NameEn,
        Service::DescriptionZh,
        Service::DescriptionEn,
        Service::Kind,
        Service::Entitlements,
    ]);
    for (n, s) in (1..).zip(SERVICES.iter()) {
        services.values_panic([
            n.into(),
            s.organization.into(),
            s.name.0.into(),
            s.name.1.into(),
            s.description.0.into(),
            s.description.1.into(),
            s.kind.into(),
            s.entitlements.into(),
        ]);
    }
    manager.exec_stmt(services).await?;

    let rows = rows();
    let mut locations = Query::insert();
    locations.into_table(Location::Table).columns([
        Location::Id,
        Location::OrganizationId,
        Location::NameZh,
        Location::NameEn,
        Location::AddressZh,
        Location::AddressEn,
        Location::AreaCode,
        Location::TransportZh,
        Location::TransportEn,
        Location::Phone,
        Location::SignLanguageVideo,
        Location::ClosedOnHolidays,
        Location::HolidayNoteZh,
        Location::HolidayNoteEn,
        Location::IsExample,
    ]);
    let mut links = Query::insert();
    links
        .into_table(ServiceAtLocation::Table)
        .columns([ServiceAtLocation::ServiceId, ServiceAtLocation::LocationId]);
    let mut schedules = Query::insert();
    schedules.into_table(Schedule::Table).columns([
        Schedule::LocationId,
        Schedule::Weekday,
        Schedule::Opens,
        Schedule::Closes,
    ]);
    let mut access = Query::insert();
    let mut access_columns = vec![
        Accessibility::LocationId,
        Accessibility::DoorWidthCm,
        Accessibility::SignLanguageDaysZh,
        Accessibility::SignLanguageDaysEn,
    ];
    access_columns.extend(FACT_COLUMNS);
    access.into_table(Accessibility::Table).columns(access_columns);
    for (id, row) in (1..).zip(rows.iter()) {
        let id: i32 = id;
        let (closed, note_zh, note_en) = row.hours.holidays();
        // The sign-language video line only where staff sign.
        let video = if row.facts.chars().nth(4) == Some('y') {
            format!("023-0000 09{id:02}")
        } else {
            String::new()
        };
        locations.values_panic([
            id.into(),
            row.organization.into(),
            row.name.0.clone().into(),
            row.name.1.clone().into(),
            row.address.0.clone().into(),
            row.address.1.clone().into(),
            row.area.clone().into(),
            row.transport.0.clone().into(),
            row.transport.1.clone().into(),
            format!("023-0000 01{id:02}").into(),
            video.into(),
            closed.into(),
            note_zh.into(),
            note_en.into(),
            true.into(),
        ]);
        for service in &row.services {
            links.values_panic([(*service).into(), id.into()]);
        }
        for (weekday, opens, closes) in row.hours.days() {
            schedules.values_panic([id.into(), weekday.into(), opens.into(), closes.into()]);
        }
        let mut values: Vec<SimpleExpr> = vec![
            id.into(),
            row.door_width_cm.into(),
            row.sign_days.0.into(),
            row.sign_days.1.into(),
        ];
        values.extend(row.facts.chars().map(|c| fact_value(c).into()));
        access.values_panic(values);
    }
    manager.exec_stmt(locations).await?;
    manager.exec_stmt(links).await?;
    manager.exec_stmt(schedules).await?;
    manager.exec_stmt(access).await?;
    if manager.get_database_backend() == DatabaseBackend::Postgres {
        // The seed chose its ids; later rows continue after them.
        for table in ["organization", "service", "location"] {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                ))
                .await?;
        }
    }
    Ok(())
}
