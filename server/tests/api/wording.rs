//! What the resident's pages say: the checker's results, hints that agree
//! with what the form accepts, labels that tell two fields apart, who a
//! booking form offers and asks about, and answers never asked for twice.

use crate::applications::{start, CERTIFICATE};
use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::errors;
use app::domain::local_time::utc_to_chongqing;
use chrono::Utc;

/// A child born on 1 June 2020 (hearing disability, level 1): under 16.
const CHILD_CERTIFICATE: &str = "50010520200601001721";

async fn in_english(app: &TestApp) {
    app.get("/language/en?next=/").await;
}

async fn in_chinese(app: &TestApp) {
    app.get("/language/zh-CN?next=/").await;
}

/// Adds someone the signed-in resident helps and returns their id.
async fn add_person(app: &TestApp, name: &str, certificate: &str) -> i32 {
    let added = app
        .post_form(
            "/account/people/new",
            &format!(
                "full_name={}&relationship=parent&certificate_number={certificate}&declaration=yes",
                name.replace(' ', "+")
            ),
        )
        .await;
    assert_eq!(added.status, 303, "{}", errors(&added.body));
    app.count("SELECT CAST(MAX(id) AS BIGINT) FROM helped_person")
        .await as i32
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
        // Signing in keeps the answers only when the person says they are theirs.
        let registered = app
            .post_form(
                "/register",
                "full_name=Li+Ming&email=li%40example.cn&email_language=en",
            )
            .await;
        assert_eq!(registered.status, 303);
        let link = crate::residents::link_path(&app.last_mail_to("li@example.cn").await.body);
        let signed_in = app.post_form(&link, "keep_answers=yes").await;
        assert_eq!(signed_in.status, 303);
        app.get("/language/en?next=/").await;
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
/// A server with the demo fairs and courses, a signed-in resident who helps
/// an adult and an 8-year-old, and the ids of both people.
async fn helping_two(backend: crate::helpers::Backend) -> (TestApp, i32, i32) {
    let app = spawn_app(backend).await;
    server::seed::events(&app.db, utc_to_chongqing(Utc::now()))
        .await
        .expect("seed fairs and courses");
    app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
    let adult = add_person(&app, "Ma Jian", CERTIFICATE).await;
    let child = add_person(&app, "Ma Xiaobao", CHILD_CERTIFICATE).await;
    (app, adult, child)
}

fn offered(page: &Page) -> Vec<String> {
    page.html().attrs("input[name=for]", "value")
}

#[tokio::test]
async fn fairs_and_training_offer_only_people_of_working_age() {
    for backend in backends() {
        let (app, adult, child) = helping_two(backend).await;
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let course = app.get("/training").await.html().first_id("/training/");
        let fair_page = app.get(&format!("/jobs/fairs/{fair}")).await;
        let course_page = app.get(&format!("/training/{course}")).await;
        for (what, page) in [("fair", &fair_page), ("course", &course_page)] {
            let choices = offered(page);
            assert!(choices.contains(&adult.to_string()), "{what}: {choices:?}");
            assert!(
                !choices.contains(&child.to_string()),
                "{}: an 8-year-old is offered for a {what}",
                app.backend
            );
            let hint = page.html().texts("#for-hint").concat();
            assert!(hint.contains("16"), "{what}: says why someone is missing: {hint}");
        }

        // Sent anyway, the child is refused with a reason.
        let refused = app
            .post_form(&format!("/jobs/fairs/{fair}/register"), &format!("for={child}"))
            .await;
        assert_eq!(refused.status, 422);
        assert!(
            errors(&refused.body).contains("#for "),
            "{}",
            errors(&refused.body)
        );
        assert!(errors(&refused.body).contains("16"), "{}", errors(&refused.body));
        let session = course_page.html().attrs("input[name=session]", "value")[0].clone();
        let refused = app
            .post_form(
                &format!("/training/{course}/book"),
                &format!("session={session}&for={child}"),
            )
            .await;
        assert_eq!(refused.status, 422);
        assert!(
            errors(&refused.body).contains("#for "),
            "{}",
            errors(&refused.body)
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM fair_registration").await
                + app.count("SELECT COUNT(*) FROM booking").await,
            0
        );
    }
}

#[tokio::test]
async fn someone_who_helps_only_a_child_is_told_why_and_a_child_sent_anyway_is_refused_in_place() {
    for backend in backends() {
        let (app, _, _) = helping_two(backend).await;
        let parent = app.other_browser();
        parent.register_and_sign_in("Ma Ping", "ping@example.cn").await;
        let child = add_person(&parent, "Ma Xiaoyu", CHILD_CERTIFICATE).await;
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let page = parent.get(&format!("/jobs/fairs/{fair}")).await;
        assert!(offered(&page).is_empty(), "{}: only for themselves", app.backend);
        assert!(page.html().texts("#for-hint").concat().contains("16"));
        assert!(page
            .html()
            .texts("legend")
            .join("\n")
            .contains("What do you need on the day?"));

        let refused = parent
            .post_form(&format!("/jobs/fairs/{fair}/register"), &format!("for={child}"))
            .await;
        assert_eq!(refused.status, 422);
        assert!(
            errors(&refused.body).contains("#for "),
            "{}",
            errors(&refused.body)
        );
        assert_eq!(
            refused.html().count("input#for"),
            1,
            "the summary's link has a field to land on"
        );
    }
}

#[tokio::test]
async fn the_needs_question_speaks_of_the_person_attending_when_one_may_book_for_others() {
    for backend in backends() {
        let (app, _, _) = helping_two(backend).await;
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let page = app.get(&format!("/jobs/fairs/{fair}")).await;
        let legends = page.html().texts("legend").join("\n");
        assert!(
            legends.contains("What does the person attending need on the day?"),
            "{}: {legends}",
            app.backend
        );
        assert!(!legends.contains("What do you need"), "{legends}");
        in_chinese(&app).await;
        let page = app.get(&format!("/jobs/fairs/{fair}")).await;
        let legends = page.html().texts("legend").join("\n");
        assert!(legends.contains("参加的人当天需要什么帮助？"), "{legends}");
        assert!(!legends.contains("当天您需要"), "{legends}");

        // Someone who books only for themselves is asked about themselves.
        let alone = app.other_browser();
        alone.register_and_sign_in("Zhao Lei", "zhao@example.cn").await;
        let page = alone.get(&format!("/jobs/fairs/{fair}")).await;
        assert!(page
            .html()
            .texts("legend")
            .join("\n")
            .contains("What do you need on the day?"));
    }
}

#[tokio::test]
async fn my_bookings_show_the_needs_and_note_that_were_sent() {
    for backend in backends() {
        let (app, adult, _) = helping_two(backend).await;
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let registered = app
            .post_form(
                &format!("/jobs/fairs/{fair}/register"),
                &format!("for={adult}&adjustments=sign-language&adjustments=quiet-space&other_needs=Brings+a+guide+dog"),
            )
            .await;
        assert_eq!(registered.status, 303, "{}", errors(&registered.body));
        let course = app.get("/training").await.html().first_id("/training/");
        let course_page = app.get(&format!("/training/{course}")).await;
        let session = course_page.html().attrs("input[name=session]", "value");
        let booked = app
            .post_form(
                &format!("/training/{course}/book"),
                &format!("session={}&for=me&other_needs=Needs+a+rest+at+noon", session[0]),
            )
            .await;
        assert_eq!(booked.status, 303, "{}", errors(&booked.body));

        let mine = app.get("/account/bookings").await;
        let rows = mine.html().texts(".event-list__item").join("\n");
        assert!(
            rows.contains("A sign language interpreter") && rows.contains("A quiet space"),
            "{}: {rows}",
            app.backend
        );
        assert!(rows.contains("Brings a guide dog"), "{rows}");
        assert!(rows.contains("Needs a rest at noon"), "{rows}");
        assert!(
            rows.contains("nothing asked for"),
            "the booking without adjustments: {rows}"
        );
    }
}
