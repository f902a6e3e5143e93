//! Authenticator keys are sealed in the database with the server's key, so
//! a copy of the database alone cannot produce a staff member's codes.

use crate::helpers::{backends, spawn_app};
use crate::residents::errors;
use crate::staff::staff_member;
use app::accounts::second_factor::{code_at, seconds_at};
use app::accounts::staff_account;
use app::domain::staff::Role;
use app::web::sealed::SealingKey;
use sea_orm::{ConnectionTrait, Statement};

async fn stored_key(app: &crate::helpers::TestApp, id: i32) -> String {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT totp_secret FROM staff_account WHERE id = {id}"),
        ))
        .await
        .expect("query")
        .expect("the account");
    row.try_get_by_index::<Option<String>>(0)
        .expect("a text column")
        .unwrap_or_default()
}

#[tokio::test]
async fn authenticator_keys_are_sealed_and_old_plain_ones_are_sealed_at_start() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let staffer = staff_member(&app, "a@example.org", Role::Administrator, "jiangbei").await;
        let stored = stored_key(&app, staffer.id).await;
        assert!(stored.starts_with("sealed:v1:"), "{stored}");
        assert!(!stored.contains(&staffer.secret));

        // A key kept in plain text by an earlier version is sealed at start-up and still works.
        app.db
            .execute(Statement::from_string(
                app.db.get_database_backend(),
                format!(
                    "UPDATE staff_account SET totp_secret = '{}' WHERE id = {}",
                    staffer.secret, staffer.id
                ),
            ))
            .await
            .expect("update");
        let sealed = staff_account::seal_plain_authenticator_keys(&app.db, &SealingKey::development())
            .await
            .expect("seal");
        assert_eq!(sealed, 1);
        assert!(stored_key(&app, staffer.id).await.starts_with("sealed:v1:"));
        let browser = app.other_browser();
        let password = browser
            .post_form(
                "/staff",
                &format!(
                    "email=a%40example.org&password={}",
                    crate::residents::urlencode(crate::staff::PASSWORD)
                ),
            )
            .await;
        assert_eq!(password.header("location"), "/staff/two-factor");
        let code = code_at(&staffer.secret, seconds_at(app.clock.now()) + 30).expect("a code");
        let signed_in = browser
            .post_form("/staff/two-factor", &format!("code={code}"))
            .await;
        assert_eq!(
            signed_in.header("location"),
            "/staff/home",
            "{}",
            errors(&signed_in.body)
        );
    }
}
