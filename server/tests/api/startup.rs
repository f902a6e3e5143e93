use crate::helpers::{backends, spawn_app, spawn_app_with};
use std::process::Command;

#[tokio::test]
async fn reference_data_holds_the_district_its_streets_towns_and_communities() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM area WHERE kind = 'district'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM area WHERE kind = 'street'").await,
            9
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM area WHERE kind = 'town'").await,
            3
        );
        assert!(
            app.count("SELECT COUNT(*) FROM area WHERE kind IN ('community', 'village')")
                .await
                >= 24
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM area WHERE name_zh = '观音桥街道'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM area WHERE name_zh = '五宝镇'")
                .await,
            1
        );
    }
}

#[tokio::test]
async fn demo_mode_creates_staff_accounts_once() {
    for backend in backends() {
        let app = spawn_app_with(backend, &[("PORTAL_DEMO", "true")]).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM staff_account WHERE is_demo = TRUE")
                .await,
            server::demo::DEMO_STAFF.len() as i64
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM fair").await, 4, "demo fairs");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM course_session").await,
            6,
            "demo sessions"
        );
        let plain = spawn_app(backend).await;
        assert_eq!(
            plain.count("SELECT COUNT(*) FROM staff_account").await,
            0,
            "no demo data unless asked"
        );
    }
}

#[test]
fn bad_database_url_stops_start_up_with_one_sentence_naming_it() {
    for url in [
        "mysql://root:secret@127.0.0.1/x",
        "postgres://nobody@127.0.0.1:1/none",
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_server"))
            .env("DATABASE_URL", url)
            .env("PORTAL_ADDR", "127.0.0.1:0")
            .output()
            .expect("run the server binary");
        assert!(!output.status.success(), "{url}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{stderr}");
        assert!(lines[0].starts_with("DATABASE_URL"), "{stderr}");
        assert!(!stderr.contains("secret"), "never print the password");
    }
}

#[test]
fn demo_mode_is_refused_in_production() {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .env("PORTAL_ENV", "production")
        .env("PORTAL_DEMO", "true")
        .output()
        .expect("run the server binary");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("PORTAL_DEMO"));
}
