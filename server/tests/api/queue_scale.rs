//! The staff queue at scale: the counts kept in `application_count` stay
//! equal to the applications themselves after every kind of change, and a
//! large CSV export is streamed complete and well-formed.

use crate::applications::{complete_sections_in, start};
use crate::helpers::{backends, spawn_app, TestApp};
use crate::staff::staff_member;
use app::domain::applications::ApplicationStatus;
use app::domain::staff::{Role, ServiceLevels};
use app::domain::working_days::WorkingCalendar;
use app::staff::queue::store::{self, Assigned, Owner, QueueFilter};
use sea_orm::{ConnectionTrait, Statement};

/// Rows of a query as text, one per row, for comparing two queries.
async fn rows(app: &TestApp, sql: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    app.db
        .query_all(Statement::from_string(backend, sql.to_string()))
        .await
        .expect("query")
        .into_iter()
        .map(|row| {
            let text = |i: usize| row.try_get_by_index::<String>(i).expect("text");
            let assignee = row.try_get_by_index::<i32>(3).expect("an assignee");
            let n = row.try_get_by_index::<i64>(4).expect("a count");
            format!("{} {} {} {assignee} {n}", text(0), text(1), text(2))
        })
        .collect()
}

/// The kept counts (those above zero) are exactly the applications counted.
async fn assert_counts_kept(app: &TestApp, after: &str) {
    let kept = rows(
        app,
        "SELECT area_code, entitlement, status, assigned_to, n FROM application_count WHERE n <> 0 \
         ORDER BY area_code, entitlement, status, assigned_to",
    )
    .await;
    let counted = rows(
        app,
        "SELECT area_code, entitlement, status, COALESCE(assigned_to, 0), COUNT(*) FROM application \
         WHERE status <> 'draft' AND submitted_at IS NOT NULL AND area_code IS NOT NULL \
         GROUP BY area_code, entitlement, status, COALESCE(assigned_to, 0) \
         ORDER BY area_code, entitlement, status, COALESCE(assigned_to, 0)",
    )
    .await;
    assert_eq!(kept, counted, "{} after {after}", app.backend);
    assert!(!kept.is_empty());
}

/// What the queue shows by status for a filter, against a count of the rows
/// (staff member 7 is asking).
async fn assert_queue_counts(app: &TestApp, area: &str, pairs: &[(&str, &str)]) {
    let levels = ServiceLevels::default();
    let owner = Owner {
        area,
        staff_id: 7,
        levels: &levels,
        calendar: &WorkingCalendar::default(),
        today: app.clock.today(),
    };
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let filter = QueueFilter::from_pairs(&pairs, None);
    let shown = store::counts(&app.db, &owner, &filter).await.expect("counts");
    let area = filter.area.as_deref().unwrap_or(area);
    for (status, n) in shown {
        let mut sql = format!(
            "SELECT COUNT(*) FROM application WHERE status = '{}' AND submitted_at IS NOT NULL \
             AND (area_code = '{area}' OR area_code LIKE '{area}.%')",
            status.key()
        );
        if let Some(entitlement) = filter.entitlement {
            sql.push_str(&format!(" AND entitlement = '{}'", entitlement.slug()));
        }
        sql.push_str(match filter.assigned {
            Assigned::Anyone => "",
            Assigned::Me => " AND assigned_to = 7",
            Assigned::Nobody => " AND assigned_to IS NULL",
        });
        assert_eq!(n as i64, app.count(&sql).await, "{status:?} in {area} {pairs:?}");
    }
}

#[tokio::test]
async fn counts_by_status_stay_right_after_every_change() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        server::seed::applications(&app.db, 400, 30, 11, chrono::Utc::now())
            .await
            .expect("seed");
        assert_counts_kept(&app, "the seed").await;

        // A resident's draft is not counted; its submission is.
        app.register_and_sign_in("Ma Li", "ma.li@example.org").await;
        let id = start(&app, "self").await;
        complete_sections_in(&app, id, "jiangbei.guanyinqiao.community1").await;
        assert_counts_kept(&app, "a draft").await;
        let sent = app.post_form(&format!("/applications/{id}/submit"), "").await;
        assert_eq!(sent.status, 303);
        assert_counts_kept(&app, "a submission").await;
        let withdrawn = app.post_form(&format!("/applications/{id}/withdraw"), "").await;
        assert!(withdrawn.status < 400, "{}", withdrawn.status);
        assert_counts_kept(&app, "a withdrawal").await;

        // Every column the counts are kept by, changed as any code might.
        let changes = [
            "UPDATE application SET assigned_to = 7 WHERE id % 3 = 0",
            "UPDATE application SET assigned_to = 8 WHERE id % 6 = 0",
            "UPDATE application SET assigned_to = NULL WHERE id % 9 = 0",
            "UPDATE application SET status = 'approved' WHERE id % 7 = 0 AND status = 'district_review'",
            "UPDATE application SET status = 'street_review', level_since = updated_at WHERE id % 5 = 0 AND status = 'submitted'",
            "UPDATE application SET area_code = 'jiangbei.wubao.village2' WHERE id % 11 = 0 AND status <> 'draft'",
            "UPDATE application SET entitlement = 'e03' WHERE id % 13 = 0",
            "UPDATE application SET status = 'draft', submitted_at = NULL WHERE id % 17 = 0",
            "UPDATE application SET updated_at = updated_at",
            "DELETE FROM application_event WHERE application_id % 19 = 0",
            "DELETE FROM application WHERE id % 19 = 0",
        ];
        for change in changes {
            app.db.execute_unprepared(change).await.expect(change);
            assert_counts_kept(&app, change).await;
        }

        for (area, pairs) in [
            ("jiangbei", &[][..]),
            ("jiangbei", &[("entitlement", "e04")][..]),
            ("jiangbei", &[("street", "jiangbei.guanyinqiao")][..]),
            (
                "jiangbei.wubao",
                &[("community", "jiangbei.wubao.village2"), ("entitlement", "e03")][..],
            ),
            ("jiangbei.guanyinqiao", &[][..]),
            ("jiangbei", &[("assigned", "me")][..]),
            ("jiangbei", &[("assigned", "nobody"), ("entitlement", "e04")][..]),
            ("jiangbei", &[("assigned", "me"), ("from", "2026-01-01")][..]),
        ] {
            assert_queue_counts(&app, area, pairs).await;
        }
        let levels = ServiceLevels::default();
        let owner = Owner {
            area: "jiangbei",
            staff_id: 7,
            levels: &levels,
            calendar: &WorkingCalendar::default(),
            today: app.clock.today(),
        };
        let home = store::level_counts(&app.db, &owner, Some(ApplicationStatus::DistrictReview))
            .await
            .expect("level counts");
        let waiting = "SELECT COUNT(*) FROM application WHERE status = 'district_review'";
        assert_eq!(home.waiting as i64, app.count(waiting).await);
        assert_eq!(
            home.mine as i64,
            app.count(&format!("{waiting} AND assigned_to = 7")).await
        );
    }
}

/// The cells of one CSV line (no line breaks in cells), quotes undone.
fn cells(line: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[tokio::test]
async fn a_large_export_is_streamed_complete_and_well_formed() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // More than two of the export's batches of 1,000.
        server::seed::applications(&app.db, 2_600, 60, 5, chrono::Utc::now())
            .await
            .expect("seed");
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        let csv = district.browser.get("/staff/queue.csv?status=all").await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-type").starts_with("text/csv"));
        let body = csv
            .body
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark first");
        assert!(!body.contains('\u{feff}'), "one byte-order mark");
        assert!(body.ends_with('\n'), "the last row whole");
        let lines: Vec<&str> = body.lines().collect();
        let total = app
            .count("SELECT COUNT(*) FROM application WHERE status <> 'draft' AND submitted_at IS NOT NULL")
            .await;
        assert_eq!(
            lines.len() as i64 - 1,
            total,
            "every application, once, after the headers"
        );
        let mut references = std::collections::HashSet::new();
        for line in &lines[1..] {
            let cells = cells(line);
            assert_eq!(cells.len(), 11, "eleven cells: {line}");
            assert!(references.insert(cells[0].clone()), "{} twice", cells[0]);
            assert!(cells[4].contains("**********"), "numbers masked: {line}");
        }
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'export_queue'")
                .await,
            1
        );
    }
}
