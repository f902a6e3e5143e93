//! Rule parameters: the corrected dates of the seeded figures (and the
//! migration that moves old databases to them), and their reviews: when
//! each was last reviewed, the warning when a review is due, and recording
//! a review with no change.

use crate::helpers::{backends, spawn_app, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::parameters::ParameterId;
use app::domain::staff::Role;
use sea_orm_migration::MigratorTrait;

/// The text of the reviews table's row for one parameter.
async fn review_row(staff: &Staffer, label: &str) -> String {
    let page = staff.browser.get("/staff/parameters").await;
    assert_eq!(page.status, 200);
    page.html()
        .texts("section[aria-labelledby=review-heading] tbody tr")
        .into_iter()
        .find(|row| row.contains(label))
        .unwrap_or_default()
}

async fn due_warnings(staff: &Staffer) -> String {
    let page = staff.browser.get("/staff/parameters").await;
    page.html().texts(".warning-text").concat()
}

const NURSING: &str = "Nursing subsidy (yuan a year)";

#[tokio::test]
async fn a_due_review_is_shown_and_recording_one_clears_it() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        // The seeded nursing subsidy dates from 2014 and is reviewed every
        // two years: due, in words, not colour alone.
        let row = review_row(&admin, NURSING).await;
        assert!(row.contains("2014-01-01"), "{row}");
        assert!(
            row.contains("Review due") && row.contains("since 2016-01-01"),
            "{row}"
        );
        assert!(due_warnings(&admin).await.contains("due for review"));
        // Figures set by law have no schedule.
        let working_age = review_row(&admin, "Working age starts at").await;
        assert!(working_age.contains("no review schedule") && !working_age.contains("Review due"));

        let recorded = admin
            .browser
            .post_form(
                "/staff/parameters/review",
                &format!(
                    "review_parameter=nursing_subsidy&review_note={}",
                    urlencode("江北府办〔2014〕5号 still 1,000 yuan")
                ),
            )
            .await;
        assert_eq!(recorded.status, 303, "{}", errors(&recorded.body));
        let back = admin.browser.get(recorded.header("location")).await;
        assert!(back
            .html()
            .texts(".notification-banner")
            .concat()
            .contains("Review recorded"));
        let today = app.clock.today();
        let row = review_row(&admin, NURSING).await;
        assert!(row.contains(&today.to_string()), "{row}");
        assert!(!row.contains("Review due"), "{row}");
        let next = today.checked_add_months(chrono::Months::new(24)).expect("a date");
        assert!(row.contains(&format!("Next review by {next}")), "{row}");
        assert!(row.contains("江北府办〔2014〕5号 still 1,000 yuan"), "{row}");
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'review_parameter' AND target = 'parameter:nursing_subsidy'"
            )
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM parameter_review").await,
            1,
            "the value itself did not change"
        );
    }
}

#[tokio::test]
async fn adding_a_value_counts_as_a_review() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let label = "Preschool";
        assert!(review_row(&admin, label).await.contains("Review due"));
        let added = admin
            .browser
            .post_form(
                "/staff/parameters",
                "parameter=preschool_grant&value=1500&effective_from=2099-01-01&source=test-doc",
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        let row = review_row(&admin, label).await;
        assert!(!row.contains("Review due"), "{row}");
        assert!(row.contains(&app.clock.today().to_string()), "{row}");
    }
}

#[tokio::test]
async fn a_malformed_review_keeps_what_was_typed_and_says_what_to_fix() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let no_parameter = admin
            .browser
            .post_form(
                "/staff/parameters/review",
                "review_parameter=&review_note=checked%20it",
            )
            .await;
        assert_eq!(no_parameter.status, 422);
        assert!(
            errors(&no_parameter.body).contains("review_parameter"),
            "{}",
            errors(&no_parameter.body)
        );
        assert!(no_parameter.body.contains("value=\"checked it\""));
        let no_note = admin
            .browser
            .post_form(
                "/staff/parameters/review",
                "review_parameter=living_allowance&review_note=%20",
            )
            .await;
        assert_eq!(no_note.status, 422);
        let problems = errors(&no_note.body);
        assert!(
            problems.contains("review_note") && problems.contains("short note"),
            "{problems}"
        );
        let selected = no_note
            .html()
            .attrs("#review_parameter option[selected]", "value");
        assert_eq!(selected, vec!["living_allowance".to_string()]);
        let too_long = admin
            .browser
            .post_form(
                "/staff/parameters/review",
                &format!(
                    "review_parameter=living_allowance&review_note={}",
                    "x".repeat(201)
                ),
            )
            .await;
        assert_eq!(too_long.status, 422);
        assert!(errors(&too_long.body).contains("review_note"));
        let unknown = admin
            .browser
            .post_form(
                "/staff/parameters/review",
                "review_parameter=no_such&review_note=x",
            )
            .await;
        assert_eq!(unknown.status, 422);
        assert_eq!(app.count("SELECT COUNT(*) FROM parameter_review").await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'review_parameter'")
                .await,
            0
        );
    }
}

#[tokio::test]
async fn only_staff_who_edit_parameters_can_record_a_review() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "e@example.org", Role::ContentEditor, "jiangbei").await;
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        for member in [&editor, &district] {
            let attempt = member
                .browser
                .post_form(
                    "/staff/parameters/review",
                    "review_parameter=nursing_subsidy&review_note=x",
                )
                .await;
            assert!([403, 404].contains(&attempt.status), "{}", attempt.status);
        }
        // Not signed in at all: to the sign-in page, nothing recorded.
        let stranger = app.other_browser();
        let anonymous = stranger
            .post_form(
                "/staff/parameters/review",
                "review_parameter=nursing_subsidy&review_note=x",
            )
            .await;
        assert_ne!(anonymous.status, 200);
        assert_eq!(app.count("SELECT COUNT(*) FROM parameter_review").await, 0);
    }
}

/// Puts a seeded row back as the first seed wrote it.
async fn as_first_seeded(app: &TestApp, parameter: &str, date: &str, source: &str) {
    use sea_orm::{ConnectionTrait, Statement};
    app.db
        .execute(Statement::from_sql_and_values(
            app.db.get_database_backend(),
            match app.backend {
                "postgres" => "UPDATE rule_parameter SET effective_from = CAST($1 AS DATE), source = $2 WHERE parameter = $3",
                _ => "UPDATE rule_parameter SET effective_from = ?, source = ? WHERE parameter = ?",
            },
            [date.into(), source.into(), parameter.into()],
        ))
        .await
        .expect("restore the first seed");
}

#[tokio::test]
async fn the_migration_moves_only_rows_still_as_first_seeded() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // A database seeded before the dates were corrected.
        as_first_seeded(
            &app,
            "living_allowance",
            "2018-01-01",
            "江北府发〔2018〕10号 第三章第一节",
        )
        .await;
        as_first_seeded(
            &app,
            "nursing_subsidy",
            "2016-01-01",
            "江北府发〔2018〕10号 第一章第一节（“十二五”期间标准）",
        )
        .await;
        // Staff changed this one's source since: it stays as they left it.
        as_first_seeded(&app, "preschool_grant", "2018-01-01", "区残联 2019 年通知").await;
        use sea_orm::{ConnectionTrait, Statement};
        app.db
            .execute(Statement::from_string(
                app.db.get_database_backend(),
                "DELETE FROM seaql_migrations WHERE version = 'm20261130_000040_parameter_dates'",
            ))
            .await
            .expect("forget the migration");
        server::migration::Migrator::up(&app.db, None)
            .await
            .expect("the migration runs again");
        let at = |parameter: &str, date: &str| {
            format!(
                "SELECT COUNT(*) FROM rule_parameter WHERE parameter = '{parameter}' AND effective_from = '{date}'"
            )
        };
        assert_eq!(app.count(&at("living_allowance", "2011-01-01")).await, 1);
        assert_eq!(app.count(&at("nursing_subsidy", "2014-01-01")).await, 1);
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM rule_parameter WHERE parameter = 'nursing_subsidy' AND source LIKE '%江北府办〔2014〕5号%'"
            )
            .await,
            1
        );
        assert_eq!(
            app.count(&at("preschool_grant", "2018-01-01")).await,
            1,
            "staff's row stays"
        );
        assert_eq!(app.count(&at("preschool_grant", "2016-01-01")).await, 0);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM rule_parameter").await,
            ParameterId::ALL.len() as i64,
            "moved, not copied"
        );
    }
}
