//! The shared layers and the session store, exercised with small routers of
//! their own: a handler that panics, and one that counts visits in a session.

use crate::helpers::{backends, spawn_app};
use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use tower_sessions::Session;

async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, router).await });
    address
}

#[tokio::test]
async fn a_panicking_handler_gives_the_accessible_error_page() {
    // Indexing past the end panics, as a bug in a handler would.
    let router = server::with_common_layers(
        Router::new().route(
            "/boom/{index}",
            get(|Path(index): Path<usize>| async move { [0u8; 1][index].to_string() }),
        ),
        std::sync::Arc::new(app::web::sealed::SealingKey::development()),
    );
    let address = serve(router).await;
    let response = reqwest::get(format!("{address}/boom/5")).await.expect("GET");
    assert_eq!(response.status().as_u16(), 500);
    assert!(response
        .headers()
        .get("content-security-policy")
        .is_some_and(|v| v.to_str().unwrap_or_default().contains("frame-ancestors 'none'")));
    let body = response.text().await.unwrap_or_default();
    assert!(body.contains(r#"<html lang="zh-CN">"#));
    assert!(body.contains("抱歉，服务出了问题"));
    assert!(body.contains(r#"<p lang="en">Try again later."#));
}

async fn count_visits(session: Session) -> String {
    let visits: u32 = session.get("visits").await.ok().flatten().unwrap_or(0) + 1;
    let _ = session.insert("visits", visits).await;
    visits.to_string()
}

#[tokio::test]
async fn sessions_live_in_the_database_and_survive_a_new_server() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let counter = || Router::new().route("/visits", get(count_visits));
        let first = serve(
            server::sessions::layer(counter(), &app.db, false)
                .await
                .expect("session store"),
        )
        .await;
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("client");
        let response = client.get(format!("{first}/visits")).send().await.expect("GET");
        let cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(cookie.starts_with("session="), "{cookie}");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert_eq!(response.text().await.unwrap_or_default(), "1");
        assert_eq!(
            client
                .get(format!("{first}/visits"))
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .unwrap_or_default(),
            "2"
        );

        // A second server on the same database knows the session: it is not kept in memory.
        let second = serve(
            server::sessions::layer(counter(), &app.db, false)
                .await
                .expect("session store"),
        )
        .await;
        let session_value = cookie.split(';').next().unwrap_or_default().to_string();
        let response = reqwest::Client::new()
            .get(format!("{second}/visits"))
            .header("cookie", session_value)
            .send()
            .await
            .expect("GET");
        assert_eq!(response.text().await.unwrap_or_default(), "3", "{}", app.backend);
    }
}
