//! What the resident's pages say: the checker's results, hints that agree
//! with what the form accepts, labels that tell two fields apart, who a
//! booking form offers and asks about, and answers never asked for twice.

use crate::applications::{start, CERTIFICATE};
use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::errors;

async fn in_english(app: &TestApp) {
    app.get("/language/en?next=/").await;
}

async fn in_chinese(app: &TestApp) {
    app.get("/language/zh-CN?next=/").await;
}

/// The text of the hint of field `id`, empty when it has none.
fn hint(page: &Page, id: &str) -> String {
    page.html().texts(&format!("#{id}-hint")).concat()
}

/// The words of every button on a page.
fn buttons(page: &Page) -> Vec<String> {
    page.html()
        .texts("button")
        .into_iter()
        .map(|b| b.trim().to_string())
        .collect()
}

/// A hint may name a button only if the page has one with that name.
fn assert_named_buttons_exist(page: &Page, hint: &str, where_: &str) {
    for name in [
        "继续",
        "Continue",
        "保存并继续",
        "Save and continue",
        "添加",
        "Add person",
    ] {
        let quoted = [format!("“{name}”"), format!("select {name}")];
        if quoted.iter().any(|q| hint.contains(q.as_str())) {
            assert!(
                buttons(page).iter().any(|b| b == name),
                "{where_}: the hint names “{name}”, which is not a button here: {hint}"
            );
        }
    }
}

#[tokio::test]
async fn results_say_the_review_decides_the_amount_and_how_to_challenge_a_decision() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.post_form("/check/q/level", "answer=1").await;
        in_english(&app).await;
        let english = app.get("/check/results").await;
        let note = english.body.clone();
        assert!(!note.contains("is final"), "{}", app.backend);
        assert!(
            note.contains("the amount is decided when your application is reviewed"),
            "{}",
            english.html().texts(".inset").concat()
        );
        assert!(note.contains("If you disagree with a decision"));
        assert!(note.contains("administrative reconsideration"));
        assert!(note.contains("the decision letter says how to challenge it and by when"));

        in_chinese(&app).await;
        let chinese = app.get("/check/results").await;
        assert!(chinese.body.contains("最终金额以审核结果为准"));
        assert!(chinese.body.contains("如对决定有异议"));
        assert!(chinese.body.contains("行政复议"));
        assert!(chinese.body.contains("决定书会写明"));
    }
}

#[tokio::test]
async fn the_yearly_total_says_it_adds_up_everything_that_can_be_counted() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.post_form("/check/q/level", "answer=1").await;
        let chinese = app.get("/check/results").await;
        let totals = chinese.html().texts(".inset p").join("\n");
        assert!(
            totals.contains("符合条件的按月补贴：每月 0 元"),
            "{}: {totals}",
            app.backend
        );
        assert!(
            totals.contains("所有可计算金额的年度合计（约）：0 元"),
            "{totals}"
        );
        in_english(&app).await;
        let english = app.get("/check/results").await;
        let totals = english.html().texts(".inset p").join("\n");
        assert!(
            totals.contains("Monthly allowances you qualify for: 0 yuan a month"),
            "{totals}"
        );
        assert!(
            totals.contains("Estimated total per year across everything above: 0 yuan"),
            "{totals}"
        );
    }
}

#[tokio::test]
async fn certificate_hints_agree_with_the_form_and_its_buttons() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let id = start(&app, "self").await;
        for lang in ["zh-CN", "en"] {
            app.get(&format!("/language/{lang}?next=/")).await;
            // The checker's question may be left blank.
            let question = app.get("/check/q/certificate-number").await;
            let optional = hint(&question, "answer");
            assert!(!optional.is_empty(), "{lang}: the checker's hint");
            assert_named_buttons_exist(&question, &optional, "checker");

            // Applying and adding a person, the number is required: the hint
            // must not say it may be left blank.
            for path in [
                format!("/applications/{id}/person"),
                "/account/people/new".to_string(),
            ] {
                let page = app.get(&path).await;
                let required = hint(&page, "certificate_number");
                assert!(!required.is_empty(), "{lang} {path}: a hint");
                for blank in ["可以不填", "leave this blank", "继续", "Continue"] {
                    assert!(
                        !required.contains(blank),
                        "{lang} {path}: the number is required, yet the hint says: {required}"
                    );
                }
                assert_named_buttons_exist(&page, &required, &path);
                // It is required, as the hint now implies.
                let sent = if path.ends_with("/person") {
                    app.post_form(&path, "full_name=Li+Ming&certificate_number=&then=continue")
                        .await
                } else {
                    app.post_form(&path, "full_name=Li+Ming&relationship=parent&declaration=yes")
                        .await
                };
                assert!(
                    errors(&sent.body).contains("#certificate_number"),
                    "{path}: {}",
                    errors(&sent.body)
                );
            }
        }
    }
}

#[tokio::test]
async fn the_two_email_fields_of_sign_in_have_their_own_names() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for lang in ["zh-CN", "en"] {
            app.get(&format!("/language/{lang}?next=/")).await;
            let page = app.get("/sign-in").await;
            let html = page.html();
            let link = html.texts("label[for=link_email]").concat();
            let password = html.texts("label[for=email]").concat();
            assert!(!link.trim().is_empty() && !password.trim().is_empty(), "{lang}");
            assert_ne!(link.trim(), password.trim(), "{lang}: two fields, two names");
        }
        let page = app.get("/sign-in").await;
        let html = page.html();
        assert!(html
            .texts("label[for=link_email]")
            .concat()
            .contains("sign-in link"));
        assert!(html.texts("label[for=email]").concat().contains("password"));
    }
}

#[tokio::test]
async fn the_circumstances_page_mentions_the_checker_only_when_answers_came_from_it() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let without = start(&app, "self").await;
        let page = app.get(&format!("/applications/{without}/circumstances")).await;
        let lead = page.html().texts("main p").join("\n");
        assert!(
            !lead.contains("checker") && !lead.contains("filled in"),
            "{}: no check was done: {lead}",
            app.backend
        );

        app.post_form("/check/q/level", "answer=1").await;
        let with = start(&app, "self").await;
        let page = app.get(&format!("/applications/{with}/circumstances")).await;
        let lead = page.html().texts("main p").join("\n");
        assert!(
            lead.contains("Answers from the checker are already filled in"),
            "{lead}"
        );

        // The first draft, made before the check, still says nothing of it.
        let page = app.get(&format!("/applications/{without}/circumstances")).await;
        assert!(!page.body.contains("Answers from the checker"));
    }
}

#[tokio::test]
async fn a_certificate_number_from_the_checker_fills_in_your_own_application() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.post_form("/check/q/certificate-number", &format!("answer={CERTIFICATE}"))
            .await;
        app.register_and_sign_in("Li Ming", "li@example.cn").await;
        let id = start(&app, "self").await;
        let person = app.get(&format!("/applications/{id}/person")).await;
        assert_eq!(
            person.html().attrs("#certificate_number", "value"),
            [CERTIFICATE],
            "{}",
            app.backend
        );
        // What the number says (birth date, category, level) is not asked again.
        let circumstances = app.get(&format!("/applications/{id}/circumstances")).await;
        let asked = circumstances.html().attrs("a[href]", "href");
        for answered in ["/q/birth-date", "/q/level", "/q/category", "/q/certificate"] {
            assert!(
                !asked.iter().any(|href| href.ends_with(answered)),
                "{answered} is asked again: {asked:?}"
            );
        }
    }
}
