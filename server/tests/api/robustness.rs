use crate::helpers::{backends, spawn_app};

#[tokio::test]
async fn malformed_and_oversized_headers_never_cause_a_server_error() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let long_cookie = format!("lang={}; display={}", "x".repeat(6000), "~text.".repeat(1000));
        let long_language = "en;q=0.1,".repeat(500);
        let cases: Vec<Vec<(&str, &str)>> = vec![
            vec![("cookie", long_cookie.as_str())],
            vec![("cookie", "=;=;;lang;display=;;;")],
            vec![("accept-language", long_language.as_str())],
            vec![("accept-language", "*;q=nan,en;q=-1,zh;q=2")],
        ];
        for headers in cases {
            for path in ["/", "/settings", "/nope"] {
                let page = app.get_with(path, &headers).await;
                assert!(page.status < 500, "{path} {headers:?} gave {}", page.status);
            }
        }
    }
}

#[tokio::test]
async fn cookies_that_are_not_utf8_are_ignored() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let value = reqwest::header::HeaderValue::from_bytes(b"lang=\xff\xfe; display=\x80")
            .expect("obs-text is allowed");
        let response = app
            .client
            .get(app.url("/"))
            .header("cookie", value)
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status().as_u16(), 200);
    }
}

#[tokio::test]
async fn malformed_form_bodies_get_a_clear_answer() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for body in ["%%%", "text=%FF&contrast", "", &"a=b&".repeat(50_000)] {
            let page = app.post_form("/settings", body).await;
            assert_eq!(page.status, 422, "{} bytes", body.len());
            assert!(page.body.contains("有问题需要处理"));
        }
    }
}
