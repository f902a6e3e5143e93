//! Demo mode (`PORTAL_DEMO=true`, used by `make run`): staff accounts for
//! each role and made-up applications, so the staff side can be tried. Refused in production by the
//! configuration.

use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

/// The password of every demo account. Demo data only, printed at start-up.
pub const DEMO_PASSWORD: &str = "demo-jiangbei-2026";

/// Made-up applications in the demo, so the queue has work in it.
pub const DEMO_APPLICATIONS: usize = 240;

/// Email, name, role and area of each demo account.
pub const DEMO_STAFF: [(&str, &str, &str, &str); 13] = [
    (
        "admin@demo.example.org",
        "演示管理员 Demo administrator",
        "administrator",
        "jiangbei",
    ),
    (
        "district@demo.example.org",
        "演示区残联审批人 Demo district approver",
        "district_approver",
        "jiangbei",
    ),
    (
        "street@demo.example.org",
        "演示观音桥街道审核人 Demo Guanyinqiao reviewer",
        "street_reviewer",
        "jiangbei.guanyinqiao",
    ),
    (
        "community@demo.example.org",
        "演示社区工作人员 Demo community worker",
        "community_worker",
        "jiangbei.guanyinqiao.community1",
    ),
    (
        "editor@demo.example.org",
        "演示内容编辑 Demo content editor",
        "content_editor",
        "jiangbei",
    ),
    (
        "events@demo.example.org",
        "演示观音桥活动编辑 Demo Guanyinqiao events editor",
        "content_editor",
        "jiangbei.guanyinqiao",
    ),
    // Two news editors: one writes, the other publishes (the second-person rule).
    (
        "writer@demo.example.org",
        "演示新闻撰稿人 Demo news writer",
        "content_editor",
        "jiangbei",
    ),
    (
        "publisher@demo.example.org",
        "演示新闻发布人 Demo news publisher",
        "content_editor",
        "jiangbei",
    ),
    (
        "places@demo.example.org",
        "演示服务地点编辑 Demo places editor",
        "content_editor",
        "jiangbei",
    ),
    (
        "petitions@demo.example.org",
        "演示区信访工作人员 Demo district petitions officer",
        "petition_officer",
        "jiangbei",
    ),
    (
        "petitions-street@demo.example.org",
        "演示观音桥信访工作人员 Demo Guanyinqiao petitions officer",
        "petition_officer",
        "jiangbei.guanyinqiao",
    ),
    (
        "legal-aid@demo.example.org",
        "演示区法律援助中心工作人员 Demo district legal-aid centre",
        "legal_aid_worker",
        "jiangbei",
    ),
    (
        "legal-aid-street@demo.example.org",
        "演示观音桥法律援助工作站 Demo Guanyinqiao legal-aid post",
        "legal_aid_worker",
        "jiangbei.guanyinqiao",
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("PORTAL_DEMO is on, but the demo staff accounts could not be created: {0}")]
    Database(#[from] DbErr),
    #[error("PORTAL_DEMO is on, but a demo password could not be hashed: {0}")]
    Hash(String),
}

/// Creates the demo accounts and, once, the demo applications, fairs and
/// courses around `now` (the portal's clock).
pub async fn create_demo_data(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DemoError> {
    let hash = Argon2::default()
        .hash_password(DEMO_PASSWORD.as_bytes(), &SaltString::generate(&mut OsRng))
        .map_err(|e| DemoError::Hash(e.to_string()))?
        .to_string();
    let mut insert = Query::insert();
    insert.into_table(Alias::new("staff_account")).columns(
        [
            "email",
            "display_name",
            "role",
            "area_code",
            "password_hash",
            "is_demo",
        ]
        .map(Alias::new),
    );
    for (email, name, role, area) in DEMO_STAFF {
        insert.values_panic([
            email.into(),
            name.into(),
            role.into(),
            area.into(),
            hash.clone().into(),
            Expr::val(true).into(),
        ]);
    }
    insert.on_conflict(OnConflict::column(Alias::new("email")).do_nothing().to_owned());
    db.execute(db.get_database_backend().build(&insert)).await?;
    if !crate::seed::already_seeded(db).await? {
        crate::seed::applications(db, DEMO_APPLICATIONS, 30, 2026, now).await?;
    }
    if !crate::seed::events_seeded(db).await? {
        crate::seed::events(db, app::domain::local_time::utc_to_chongqing(now)).await?;
    }
    print_sign_in_help();
    Ok(())
}

fn print_sign_in_help() {
    println!();
    println!("Demo mode is on: these staff accounts exist, all with the password {DEMO_PASSWORD}");
    for (email, _, role, area) in DEMO_STAFF {
        println!("  {email:<30} {role:<18} {area}");
    }
    println!(
        "Staff sign in at /staff. The first sign-in asks you to add a key to an authenticator app (TOTP);"
    );
    println!(
        "{DEMO_APPLICATIONS} made-up applications are in the queues. Residents need no account to browse."
    );
    println!("Never use demo mode in production (PORTAL_ENV=production refuses it).");
    println!();
}

#[cfg(test)]
mod tests {
    use super::DEMO_STAFF;
    use app::domain::staff::Role;

    #[test]
    fn every_demo_account_has_a_known_role() {
        for (email, _, role, _) in DEMO_STAFF {
            assert!(Role::parse(role).is_some(), "{email}: {role}");
        }
    }
}
