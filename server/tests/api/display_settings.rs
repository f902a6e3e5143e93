use crate::helpers::{backends, spawn_app};

#[tokio::test]
async fn saved_settings_are_applied_as_classes_on_every_page() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let saved = app
            .post_form("/settings", "text=largest&contrast=high&spacing=wide")
            .await;
        assert_eq!(saved.status, 303, "{}", app.backend);
        assert_eq!(saved.header("location"), "/settings?saved=1");
        let cookie = saved.header("set-cookie");
        assert!(
            cookie.starts_with("display=text.largest~contrast.high~spacing.wide;"),
            "{cookie}"
        );
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );

        let page = app.get("/settings?saved=1").await;
        assert_eq!(page.html_attr("class"), "text-largest contrast-high spacing-wide");
        assert!(page.body.contains("设置已保存"));
        assert!(page
            .body
            .contains(r#"id="text-largest" name="text" value="largest" checked"#));
        let home = app.get("/").await;
        assert!(home.html_attr("class").contains("text-largest"));

        let reset = app
            .post_form("/settings", "text=standard&contrast=standard&spacing=standard")
            .await;
        assert_eq!(reset.status, 303);
        let home = app.get("/").await;
        assert_eq!(home.html_attr("class"), "");
    }
}

#[tokio::test]
async fn invalid_settings_show_errors_and_keep_what_was_sent() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.post_form("/settings", "text=giant&spacing=wide").await;
        assert_eq!(page.status, 422);
        assert!(page.title().starts_with("错误：显示设置"), "{}", page.title());
        assert!(page.body.contains("有问题需要处理"));
        assert!(page.body.contains(r##"<a href="#text">请选择文字大小</a>"##));
        assert!(page.body.contains(r##"<a href="#contrast">请选择对比度</a>"##));
        assert!(page.body.contains(r#"aria-describedby="text-hint text-error""#));
        // What was sent stays selected.
        assert!(page
            .body
            .contains(r#"id="spacing-wide" name="spacing" value="wide" checked"#));
        assert!(page.set_cookie_absent());
    }
}

#[tokio::test]
async fn damaged_display_cookie_gives_standard_settings() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app
            .get_with("/", &[("cookie", "display=text.<script>~contrast.%%%")])
            .await;
        assert_eq!(page.status, 200);
        assert_eq!(page.html_attr("class"), "");
    }
}

impl crate::helpers::Page {
    fn set_cookie_absent(&self) -> bool {
        self.headers.get("set-cookie").is_none()
    }
}
