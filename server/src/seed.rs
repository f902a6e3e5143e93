//! Made-up applications for the demo and the queue benchmark: spread over
//! every community in turn and every review level, the entitlements that
//! take applications and the last weeks, from a fixed seed so runs are
//! comparable.
//! Every certificate number is valid (checksum included) but invented.

use app::applications::PersonDetails;
use app::domain::applications::{reference, ApplicationStatus};
use app::domain::resident_id::check_character;
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
async fn seed_account<C: ConnectionTrait>(db: &C) -> Result<i32, DbErr> {
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
            Utc::now().into(),
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
    let txn = db.begin().await?;
    let areas = communities(&txn).await?;
    if areas.is_empty() {
        return Ok(0);
    }
    let account = seed_account(&txn).await?;
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
