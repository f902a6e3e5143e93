//! Made-up applications for the demo and the queue benchmark: spread over
//! every community in turn and every review level, the entitlements that
//! take applications and the last weeks, from a fixed seed so runs are
//! comparable.
//! Every certificate number is valid (checksum included) but invented.

use app::applications::PersonDetails;
use app::domain::applications::{reference, ApplicationStatus};
use app::domain::resident_id::check_character;
use app::web::transaction::begin_write;
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::{Alias, Expr, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement, TransactionTrait};

/// The resident account that owns the made-up applications.
pub const SEED_ACCOUNT_EMAIL: &str = "resident@demo.example.org";
/// Rows per INSERT statement (SQLite allows 32,766 bound values).
const BATCH: usize = 500;

const FAMILY_NAMES: [&str; 12] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
];
const GIVEN_NAMES: [&str; 12] = [
    "芳", "伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰",
];
const ENTITLEMENTS: [&str; 15] = [
    "e03", "e04", "e05", "e06", "e16", "e19", "e22", "e23", "e24", "e25", "e26", "e27", "e28", "e32", "e33",
];
/// Statuses in turn, so that every community has applications at every
/// level (a community's n-th application takes the n-th status).
const STATUS_CYCLE: [ApplicationStatus; 20] = {
    use ApplicationStatus::*;
    [
        Submitted,
        StreetReview,
        DistrictReview,
        Submitted,
        StreetReview,
        DistrictReview,
        Submitted,
        MoreInformationNeeded,
        Approved,
        Refused,
        Submitted,
        StreetReview,
        DistrictReview,
        Submitted,
        StreetReview,
        DistrictReview,
        Withdrawn,
        Submitted,
        StreetReview,
        DistrictReview,
    ]
};

fn certificate_number(rng: &mut StdRng) -> String {
    let year = rng.random_range(1950..2020);
    let month = rng.random_range(1..=12);
    let day = rng.random_range(1..=28);
    let body = format!("500105{year}{month:02}{day:02}{:03}", rng.random_range(0..1000));
    let check = check_character(&body).unwrap_or('0');
    format!(
        "{body}{check}{}{}",
        rng.random_range(1..=7),
        rng.random_range(1..=4)
    )
}

/// The community and village codes, from the reference data.
async fn communities<C: ConnectionTrait>(db: &C) -> Result<Vec<String>, DbErr> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT code FROM area WHERE kind IN ('community', 'village') ORDER BY code",
        ))
        .await?;
    rows.iter().map(|r| r.try_get("", "code")).collect()
}

/// The seed account's id, creating it (confirmed, without a password) if needed.
async fn seed_account<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<i32, DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new("resident_account"))
        .columns(
            [
                "email",
                "full_name",
                "email_language",
                "session_generation",
                "email_confirmed_at",
            ]
            .map(Alias::new),
        )
        .values_panic([
            SEED_ACCOUNT_EMAIL.into(),
            "演示居民 Demo resident".into(),
            "zh-CN".into(),
            0.into(),
            now.into(),
        ])
        .on_conflict(OnConflict::column(Alias::new("email")).do_nothing().to_owned());
    db.execute(db.get_database_backend().build(&insert)).await?;
    let row = db
        .query_one(Statement::from_sql_and_values(
            db.get_database_backend(),
            match db.get_database_backend() {
                DatabaseBackend::Postgres => "SELECT id FROM resident_account WHERE email = $1",
                _ => "SELECT id FROM resident_account WHERE email = ?",
            },
            [SEED_ACCOUNT_EMAIL.into()],
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("seed account".into()))?;
    row.try_get("", "id")
}

async fn next_id<C: ConnectionTrait>(db: &C) -> Result<i32, DbErr> {
    let row = db
        .query_one(Statement::from_string(
            db.get_database_backend(),
            "SELECT COALESCE(MAX(id), 0) AS top FROM application",
        ))
        .await?;
    let top: i32 = match row {
        Some(row) => row.try_get("", "top")?,
        None => 0,
    };
    Ok(top + 1)
}

/// Adds `count` submitted applications, each with its "submitted" history
/// entry, submitted over the `days` before `now`. Returns how many.
pub async fn applications<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    count: usize,
    days: i64,
    seed: u64,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let mut rng = StdRng::seed_from_u64(seed);
    let txn = begin_write(db).await?;
    let areas = communities(&txn).await?;
    if areas.is_empty() {
        return Ok(0);
    }
    let account = seed_account(&txn, now).await?;
    let first = next_id(&txn).await?;
    let columns = [
        "id",
        "reference",
        "account_id",
        "entitlement",
        "status",
        "person",
        "answers",
        "sections",
        "area_code",
        "submission_key",
        "created_at",
        "updated_at",
        "submitted_at",
        "level_since",
    ];
    let mut done = 0;
    while done < count {
        let size = BATCH.min(count - done);
        let mut insert = Query::insert();
        insert
            .into_table(Alias::new("application"))
            .columns(columns.map(Alias::new));
        let mut events = Query::insert();
        events
            .into_table(Alias::new("application_event"))
            .columns(["application_id", "status", "actor", "at"].map(Alias::new));
        for offset in 0..size {
            let id = first + i32::try_from(done + offset).unwrap_or(i32::MAX - first);
            let submitted = now - Duration::minutes(rng.random_range(30..days.max(1) * 24 * 60));
            let level_since = submitted + (now - submitted) / rng.random_range(1..4);
            let n = done + offset;
            let area = areas[n % areas.len()].clone();
            let person = PersonDetails {
                full_name: format!(
                    "{}{}{}",
                    FAMILY_NAMES[rng.random_range(0..FAMILY_NAMES.len())],
                    GIVEN_NAMES[rng.random_range(0..GIVEN_NAMES.len())],
                    GIVEN_NAMES[rng.random_range(0..GIVEN_NAMES.len())]
                ),
                certificate_number: certificate_number(&mut rng),
                phone: format!("138{:08}", rng.random_range(0..100_000_000)),
                area_code: area.clone(),
                address: "示例地址 Example address".into(),
                relationship: String::new(),
            };
            let status = STATUS_CYCLE[(n / areas.len()) % STATUS_CYCLE.len()];
            insert.values_panic([
                id.into(),
                reference(2026, id).into(),
                account.into(),
                ENTITLEMENTS[rng.random_range(0..ENTITLEMENTS.len())].into(),
                status.key().into(),
                serde_json::to_string(&person).unwrap_or_default().into(),
                "{}".into(),
                "person,circumstances,documents,declaration".into(),
                area.into(),
                format!("seed-{id}").into(),
                submitted.into(),
                level_since.into(),
                submitted.into(),
                level_since.into(),
            ]);
            events.values_panic([
                id.into(),
                "submitted".into(),
                "applicant".into(),
                submitted.into(),
            ]);
        }
        let backend = txn.get_database_backend();
        txn.execute(backend.build(&insert)).await?;
        txn.execute(backend.build(&events)).await?;
        done += size;
    }
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        // Ids were given explicitly: move the sequence past them.
        txn.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('application', 'id'), (SELECT MAX(id) FROM application))",
        )
        .await?;
    }
    txn.commit().await?;
    Ok(count)
}

/// Whether the seed account already has applications (the demo seeds once).
pub async fn already_seeded<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    let mut select = Query::select();
    select
        .expr(Expr::col((Alias::new("application"), Alias::new("id"))).count())
        .from(Alias::new("application"))
        .inner_join(
            Alias::new("resident_account"),
            Expr::col((Alias::new("resident_account"), Alias::new("id")))
                .equals((Alias::new("application"), Alias::new("account_id"))),
        )
        .and_where(Expr::col((Alias::new("resident_account"), Alias::new("email"))).eq(SEED_ACCOUNT_EMAIL));
    let row = db.query_one(db.get_database_backend().build(&select)).await?;
    let count: i64 = match row {
        Some(row) => row.try_get_by_index(0)?,
        None => 0,
    };
    Ok(count > 0)
}

/// Made-up fairs and courses around `now` (Chongqing time) for the demo and the
/// browser tests: three upcoming fairs with employers, one past fair, and
/// three courses, one of whose sessions has only two places.
pub async fn events<C: ConnectionTrait>(db: &C, now: chrono::NaiveDateTime) -> Result<(), DbErr> {
    use app::domain::bookings::{features_text, Feature};
    use app::job_fairs::store::{employer, fair, position};
    use app::training::store::{course, session};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let created = app::domain::local_time::chongqing_to_utc(now);
    let day = |days: i64, hour: u32| {
        (now.date() + Duration::days(days))
            .and_hms_opt(hour, 0, 0)
            .unwrap_or(now)
    };
    let fairs = [
        (
            "观音桥残疾人专场招聘会",
            "Guanyinqiao job fair for disabled jobseekers",
            10,
            "观音桥街道社区服务中心",
            "Guanyinqiao community service centre",
            "江北区建新北路 16 号",
            "16 Jianxin North Road, Jiangbei",
            "轻轨 3 号线观音桥站 2 号出口，步行 300 米；公交 818、152 路观音桥站。",
            "Metro line 3 to Guanyinqiao, exit 2, then 300 m on foot; buses 818 and 152 to Guanyinqiao.",
            vec![
                Feature::StepFree,
                Feature::AccessibleToilet,
                Feature::Lift,
                Feature::SignLanguage,
                Feature::AccessibleParking,
            ],
        ),
        (
            "五里店街道就业援助招聘会",
            "Wulidian employment support fair",
            24,
            "五里店街道文化活动中心",
            "Wulidian cultural centre",
            "江北区五里店街道 8 号",
            "8 Wulidian Street, Jiangbei",
            "轻轨 6 号线五里店站 1 号出口，有无障碍电梯。",
            "Metro line 6 to Wulidian, exit 1, which has a step-free lift.",
            vec![Feature::StepFree, Feature::HearingLoop, Feature::QuietRoom],
        ),
        (
            "鱼嘴镇春季招聘会",
            "Yuzui spring job fair",
            45,
            "鱼嘴镇政府礼堂",
            "Yuzui town hall",
            "江北区鱼嘴镇正街 1 号",
            "1 Main Street, Yuzui",
            "公交 612 路鱼嘴站下车。",
            "Bus 612 to Yuzui.",
            vec![Feature::AccessibleToilet],
        ),
        (
            "江北区秋季残疾人招聘会",
            "Jiangbei autumn job fair",
            -30,
            "江北区残联",
            "Jiangbei Disabled Persons' Federation",
            "江北区北城天街 2 号",
            "2 Beicheng Tianjie, Jiangbei",
            "轻轨 3 号线观音桥站。",
            "Metro line 3 to Guanyinqiao.",
            vec![Feature::StepFree, Feature::Lift],
        ),
    ];
    for (
        title_zh,
        title_en,
        days,
        venue_zh,
        venue_en,
        address_zh,
        address_en,
        transport_zh,
        transport_en,
        features,
    ) in fairs
    {
        // The Guanyinqiao street office runs its own fair; the district runs the rest.
        let area = if title_zh.starts_with("观音桥") {
            "jiangbei.guanyinqiao"
        } else {
            "jiangbei"
        };
        let created = fair::ActiveModel {
            area_code: Set(area.to_string()),
            title_zh: Set(title_zh.to_string()),
            title_en: Set(title_en.to_string()),
            summary_zh: Set("面向残疾求职者的专场招聘会，现场有就业指导和政策咨询。".to_string()),
            summary_en: Set(
                "A job fair for disabled jobseekers, with careers advice and help with support on offer."
                    .to_string(),
            ),
            starts_at: Set(day(days, 9)),
            ends_at: Set(day(days, 12)),
            venue_zh: Set(venue_zh.to_string()),
            venue_en: Set(venue_en.to_string()),
            address_zh: Set(address_zh.to_string()),
            address_en: Set(address_en.to_string()),
            transport_zh: Set(transport_zh.to_string()),
            transport_en: Set(transport_en.to_string()),
            features: Set(features_text(&features)),
            created_at: Set(created),
            updated_at: Set(created),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (name, jobs) in [
            (
                "重庆某电商公司",
                [(
                    "客服专员（线上）",
                    "会用电脑打字；可居家办公",
                    "读屏软件，弹性工作时间",
                    5,
                )],
            ),
            (
                "江北某连锁超市",
                [("理货员", "能站立工作 4 小时", "无障碍工作台，手语同事", 3)],
            ),
        ] {
            let employer = employer::ActiveModel {
                fair_id: Set(created.id),
                name: Set(name.to_string()),
                description: Set("欢迎残疾求职者。".to_string()),
                ..Default::default()
            }
            .insert(db)
            .await?;
            for (title, needs, adjustments, openings) in jobs {
                position::ActiveModel {
                    employer_id: Set(employer.id),
                    title: Set(title.to_string()),
                    needs: Set(needs.to_string()),
                    adjustments_offered: Set(adjustments.to_string()),
                    openings: Set(openings),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
        }
    }
    let courses = [
        (
            "电子商务入门",
            "E-commerce basics",
            "想开网店或做线上客服的人",
            "People who want to run an online shop or work in online customer service",
            12,
        ),
        (
            "盲人保健按摩",
            "Massage for blind trainees",
            "视力残疾人",
            "Blind and partially sighted people",
            2,
        ),
        (
            "电脑基础",
            "Computer basics",
            "没有用过电脑的人",
            "People who have never used a computer",
            20,
        ),
    ];
    for (index, (title_zh, title_en, suits_zh, suits_en, capacity)) in (0_i64..).zip(courses) {
        let created = course::ActiveModel {
            area_code: Set("jiangbei".to_string()),
            title_zh: Set(title_zh.to_string()),
            title_en: Set(title_en.to_string()),
            description_zh: Set("免费课程，结业颁发证书。".to_string()),
            description_en: Set("A free course with a certificate at the end.".to_string()),
            suits_zh: Set(suits_zh.to_string()),
            suits_en: Set(suits_en.to_string()),
            features: Set(features_text(&[
                Feature::StepFree,
                Feature::AccessibleToilet,
                Feature::Lift,
            ])),
            created_at: Set(created),
            updated_at: Set(created),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for week in [2_i64, 6] {
            session::ActiveModel {
                course_id: Set(created.id),
                starts_at: Set(day(7 * week + index, 14)),
                ends_at: Set(day(7 * week + index, 17)),
                online: Set(false),
                venue_zh: Set("江北区残疾人职业培训基地".to_string()),
                venue_en: Set("Jiangbei vocational training centre".to_string()),
                address_zh: Set("江北区洋河路 20 号".to_string()),
                address_en: Set("20 Yanghe Road, Jiangbei".to_string()),
                capacity: Set(capacity),
                version: Set(0),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Whether demo fairs are already there (a restart must not add them again).
pub async fn events_seeded<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    use app::job_fairs::store::fair;
    use sea_orm::{EntityTrait, PaginatorTrait};
    Ok(fair::Entity::find().count(db).await? > 0)
}
