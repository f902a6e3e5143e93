//! The resident's entitlement checker, driven like a browser without JavaScript.

use crate::helpers::{backends, spawn_app, TestApp};

/// Answers questions as they come until the check-your-answers page, and
/// returns the questions asked in order.
async fn answer_all(app: &TestApp, answers: &[(&str, &str)]) -> Vec<String> {
    let mut asked = Vec::new();
    let start = app.get("/check").await;
    let mut location = start.html().attrs("a.button--start", "href").concat();
    while location.starts_with("/check/q/") {
        let slug = location.trim_start_matches("/check/q/").to_string();
        let page = app.get(&location).await;
        assert_eq!(page.status, 200, "{slug}");
        assert_eq!(page.h1s(), 1, "{slug}: one question, one heading");
        let body = answers
            .iter()
            .find(|(s, _)| *s == slug)
            .map(|(_, b)| *b)
            .unwrap_or(if ["income", "training", "birth-date"].contains(&slug.as_str()) {
                ""
            } else {
                "answer=not_sure"
            });
        let response = app.post_form(&location, body).await;
        assert_eq!(response.status, 303, "{slug}: {}", response.body);
        asked.push(slug);
        location = response.header("location").to_string();
        assert!(asked.len() < 30, "the questions must end");
    }
    assert_eq!(location, "/check/answers");
    asked
}

#[tokio::test]
async fn a_70_year_old_gets_results_without_school_or_job_questions() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let asked = answer_all(
            &app,
            &[
                ("certificate-number", "answer="),
                ("registered", "answer=yes"),
                ("birth-date", "day=1&month=3&year=1956"),
                ("certificate", "answer=yes"),
                ("category", "answer=physical"),
                ("level", "answer=1"),
                ("household", "answer=dibao"),
                ("area", "answer=urban"),
                ("work", "answer=yes"),
                ("mental-health", "answer=none"),
                ("housing", "answer=none"),
                ("vehicle", "answer=none"),
                ("needs", "answer=assistive_device"),
            ],
        )
        .await;
        for skipped in [
            "kindergarten",
            "training",
            "child",
            "work-wish",
            "business",
            "sex",
            "post",
            "income",
        ] {
            assert!(
                !asked.contains(&skipped.to_string()),
                "{skipped} was asked: {asked:?}"
            );
        }

        // The language cookie goes in the same jar as the session cookie.
        app.get("/language/en?next=/").await;
        let answers = app.get("/check/answers").await;
        assert!(answers.body.contains("1/3/1956"), "dates read back");
        assert!(answers.body.contains(r#"href="/check/q/level?change=1">Change<span class="visually-hidden"> What level is the disability?</span></a>"#));

        let results = app.get("/check/results").await;
        assert_eq!(results.status, 200);
        assert!(
            results
                .body
                .contains("Monthly allowances you qualify for: 55 yuan a month"),
            "E03"
        );
        assert!(
            results
                .body
                .contains("Estimated total per year across everything above: 1660 yuan"),
            "55 × 12 + 1000"
        );
        assert!(results.body.contains(r#"href="/entitlements/e04""#));

        let cleared = app.post_form("/check/start-again", "").await;
        assert_eq!(cleared.header("location"), "/check");
        let results = app.get("/check/results").await;
        assert!(
            results.body.contains(&format!(
                "you qualify for 0, may qualify for {}",
                app::domain::catalogue::CATALOGUE_LEN
            )),
            "answers are gone"
        );
    }
}

#[tokio::test]
async fn a_certificate_number_skips_the_questions_it_answers() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // Born 2020-06-01, hearing disability (2), level 1.
        let asked = answer_all(&app, &[("certificate-number", "answer=500105+20200601+0017+21")]).await;
        for skipped in [
            "birth-date",
            "certificate",
            "category",
            "level",
            "work",
            "employment",
            "vehicle",
        ] {
            assert!(
                !asked.contains(&skipped.to_string()),
                "{skipped} was asked: {asked:?}"
            );
        }
        assert!(asked.contains(&"child".to_string()));
    }
}

/// A share that depends on poverty (E15) qualifies without it, and the page
/// says the amount waits on the household's answer, with a link to it.
#[tokio::test]
async fn an_amount_that_waits_on_the_household_says_so() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for (slug, body) in [
            ("registered", "answer=yes"),
            ("certificate", "answer=yes"),
            ("housing", "answer=dangerous_house"),
            ("household", "answer=not_sure"),
        ] {
            let response = app.post_form(&format!("/check/q/{slug}"), body).await;
            assert_eq!(response.status, 303, "{slug}");
        }
        let results = app.get("/check/results").await;
        assert!(
            results.body.contains("能得到多少，要看家庭享受哪种救助"),
            "{}",
            app.backend
        );
        assert!(results
            .body
            .contains(r#"<a href="/check/q/household?change=1" class="no-print">回答这个问题"#));

        app.post_form("/check/q/household", "answer=dibao").await;
        let results = app.get("/check/results").await;
        assert!(!results.body.contains("能得到多少，要看家庭享受哪种救助"));
    }
}

#[tokio::test]
async fn wrong_answers_are_shown_again_with_what_to_fix() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.post_form("/check/q/registered", "").await;
        assert_eq!(page.status, 422);
        assert!(page.title().starts_with("错误："), "{}", page.title());
        assert!(page
            .body
            .contains(r##"<a href="#answer">请选择户籍是否在江北区</a>"##));

        let page = app
            .post_form("/check/q/birth-date", "day=31&month=2&year=1990")
            .await;
        assert_eq!(page.status, 422);
        assert!(
            page.body.contains(r#"name="day" value="31""#),
            "what was typed is kept"
        );
        assert!(page.body.contains(r#"name="year" value="1990""#));

        let page = app
            .post_form("/check/q/certificate-number", "answer=11010519491231002112")
            .await;
        assert_eq!(page.status, 422);
        assert!(page.body.contains("校验码不对"));
        assert!(page.body.contains(r#"value="11010519491231002112""#));
    }
}

#[tokio::test]
async fn change_returns_to_the_answers_and_unknown_questions_are_not_found() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let changed = app.post_form("/check/q/area?change=1", "answer=rural").await;
        assert_eq!(changed.header("location"), "/check/answers");
        let page = app.get("/check/q/area?change=1").await;
        assert!(page
            .body
            .contains(r#"id="answer-rural" name="answer" value="rural" checked"#));
        assert!(page
            .body
            .contains(r#"<a href="/check/answers" class="back-link">"#));
        assert_eq!(app.get("/check/q/favourite-colour").await.status, 404);
        assert_eq!(
            app.post_form("/check/q/favourite-colour", "answer=blue")
                .await
                .status,
            404
        );
    }
}
