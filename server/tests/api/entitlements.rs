use crate::helpers::{backends, spawn_app};
use app::domain::catalogue::CATALOGUE_LEN;

#[tokio::test]
async fn the_catalogue_lists_every_entitlement_by_theme() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get_with("/entitlements", &[("cookie", "lang=en")]).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.title(), "Support you can get – Jiangbei Disability Services");
        assert_eq!(page.h1s(), 1);
        for n in 1..=CATALOGUE_LEN {
            assert!(
                page.body.contains(&format!(r#"href="/entitlements/e{n:02}""#)),
                "e{n:02}"
            );
        }
        assert_eq!(page.body.matches("<h2 id=\"theme-").count(), 7);
    }
}

#[tokio::test]
async fn an_entitlement_page_shows_conditions_amount_and_where_to_apply() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/entitlements/e03").await;
        assert_eq!(page.status, 200);
        assert_eq!(page.title(), "困难残疾人生活补贴 – 江北区残疾人服务");
        assert!(
            page.body.contains("每月 55 元（自 2011年1月1日 起执行）"),
            "the amount in force today"
        );
        assert!(
            page.body.contains("<li>家庭享受城乡最低生活保障（低保）</li>"),
            "conditions from the rules"
        );
        assert!(page.body.contains("简单来说"));
        assert!(page.body.contains("第3章第1节"));
        let english = app.get_with("/entitlements/e15", &[("cookie", "lang=en")]).await;
        assert!(english
            .body
            .contains("Families in difficulty: 100% of the cost (from 1 January 2016)"));
        assert!(english
            .body
            .contains("Other families: 80% of the cost (from 1 January 2016)"));
        let unpublished = app.get_with("/entitlements/e05", &[("cookie", "lang=en")]).await;
        assert!(unpublished
            .body
            .contains("The district sets the amount; it is not published here yet."));
    }
}

#[tokio::test]
async fn unknown_entitlements_are_not_found() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let past_the_end = format!("/entitlements/e{:02}", CATALOGUE_LEN + 1);
        for path in [
            past_the_end.as_str(),
            "/entitlements/e00",
            "/entitlements/nonsense",
            "/entitlements/e03x",
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status, 404, "{path}");
            assert_eq!(page.h1s(), 1, "{path}");
        }
    }
}

#[tokio::test]
async fn the_entitlements_the_first_catalogue_missed_have_their_pages() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let screening = app.get("/entitlements/e41").await;
        assert_eq!(screening.status, 200);
        assert_eq!(screening.title(), "0—6岁儿童残疾筛查 – 江北区残疾人服务");
        assert!(screening.body.contains("第3章第3节"), "the plan section");
        assert!(
            screening.body.contains("<li>年龄在 0 岁到 6 岁之间</li>"),
            "the only condition: age, no certificate"
        );
        let aid = app.get_with("/entitlements/e43", &[("cookie", "lang=en")]).await;
        assert_eq!(aid.status, 200);
        assert!(aid
            .body
            .contains("Enrolment aid for children of disabled families"));
        assert!(
            aid.body
                .contains("The district sets the amount; it is not published here yet."),
            "a sum of money with no figure in the plan"
        );
        let last = app
            .get_with(
                &format!("/entitlements/e{CATALOGUE_LEN:02}"),
                &[("cookie", "lang=en")],
            )
            .await;
        assert_eq!(last.status, 200);
        assert_eq!(last.h1s(), 1);
    }
}

#[tokio::test]
async fn a_database_seeded_before_enrolment_aid_gets_its_empty_dated_parameter() {
    use sea_orm::ConnectionTrait;
    use sea_orm_migration::MigratorTrait;
    const ENROLMENT_AID: &str = "SELECT COUNT(*) FROM rule_parameter WHERE parameter = 'enrolment_aid' \
         AND value IS NULL AND effective_from = '2016-01-01'";
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert_eq!(
            app.count(ENROLMENT_AID).await,
            1,
            "a new database: once, from the seed"
        );
        // As it was before E43: no row, and the migration not yet run.
        app.db
            .execute_unprepared("DELETE FROM rule_parameter WHERE parameter = 'enrolment_aid'")
            .await
            .expect("delete the row");
        app.db
            .execute_unprepared(
                "DELETE FROM seaql_migrations WHERE version = 'm20261130_000030_enrolment_aid_parameter'",
            )
            .await
            .expect("forget the migration");
        server::migration::Migrator::up(&app.db, None)
            .await
            .expect("migrate");
        assert_eq!(app.count(ENROLMENT_AID).await, 1, "{}", app.backend);
    }
}

/// Working age now ends at the retirement schedule: a database seeded with the
/// old single upper age loses it (and its reviews) when migrated.
#[tokio::test]
async fn the_old_working_age_limit_is_removed_by_the_migration() {
    use sea_orm::ConnectionTrait;
    use sea_orm_migration::MigratorTrait;
    const OLD_LIMIT: &str = "SELECT COUNT(*) FROM rule_parameter WHERE parameter = 'working_age_until'";
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert_eq!(app.count(OLD_LIMIT).await, 0, "a new database has none");
        app.db
            .execute_unprepared(
                "INSERT INTO rule_parameter (parameter, value, effective_from, source) \
                 VALUES ('working_age_until', 60, '2018-01-01', '法定退休年龄')",
            )
            .await
            .expect("the old row");
        app.db
            .execute_unprepared(
                "DELETE FROM seaql_migrations WHERE version = 'm20261130_000042_retirement_schedule'",
            )
            .await
            .expect("forget the migration");
        server::migration::Migrator::up(&app.db, None)
            .await
            .expect("migrate");
        assert_eq!(app.count(OLD_LIMIT).await, 0, "{}", app.backend);
    }
}
