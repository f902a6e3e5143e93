//! Every form that posts to an address with no page of its own, sent empty
//! or wrong, answers with the page that holds the form (422, "Error:" in the
//! title) and an error summary whose every link points at a field on that
//! page: never "page not found" for the POST address.

use crate::applications::{complete_sections_in, start};
use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::errors;
use crate::staff::staff_member;
use app::domain::staff::Role;

const COMMUNITY: &str = "jiangbei.guanyinqiao.community1";

/// The form's own page, with a summary that links to fields on it.
fn answers_with_its_own_form(page: &Page, what: &str, field: &str) {
    assert_eq!(page.status, 422, "{what}: {}", errors(&page.body));
    assert!(page.title().starts_with("Error: "), "{what}: {}", page.title());
    assert!(!page.body.contains("Page not found"), "{what}");
    let html = page.html();
    let links = html.attrs(".error-summary__list a", "href");
    assert!(
        links.iter().any(|l| l == &format!("#{field}")),
        "{what}: the summary points at #{field}: {links:?}"
    );
    for link in links {
        let id = link.trim_start_matches('#');
        assert_eq!(
            html.count(&format!("[id=\"{id}\"]")),
            1,
            "{what}: {link} is a field on the page"
        );
    }
}

#[tokio::test]
async fn post_only_forms_sent_empty_answer_with_their_own_page() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        server::seed::events(&app.db, app.clock.now_local())
            .await
            .expect("seed fairs and courses");
        let resident: TestApp = app.other_browser();
        resident.register_and_sign_in("Ma Li", "ma@example.cn").await;
        let draft = start(&resident, "self").await;
        let done = resident
            .post_form(&format!("/applications/{draft}/documents/done"), "then=continue")
            .await;
        answers_with_its_own_form(&done, "documents done", "document");

        let fair = resident.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let register = resident
            .post_form(&format!("/jobs/fairs/{fair}/register"), "for=nobody")
            .await;
        answers_with_its_own_form(&register, "fair registration", "for");
        let course = resident.get("/training").await.html().first_id("/training/");
        let book = resident.post_form(&format!("/training/{course}/book"), "").await;
        answers_with_its_own_form(&book, "training booking", "session");

        // An application at the community, asked for more information.
        let id = start(&resident, "self").await;
        complete_sections_in(&resident, id, COMMUNITY).await;
        let sent = resident
            .post_form(&format!("/applications/{id}/submit"), "")
            .await;
        assert_eq!(sent.status, 303, "{}", errors(&sent.body));
        let community = staff_member(&app, "c@example.org", Role::CommunityWorker, COMMUNITY).await;
        let base = format!("/staff/applications/{id}");
        for (action, body, field) in [
            ("refuse", "", "reason"),
            ("request-information", "message=+", "message"),
            ("notes", "note=", "note"),
            ("assign", "assignee=99999", "assignee"),
        ] {
            let page = community
                .browser
                .post_form(&format!("{base}/{action}"), body)
                .await;
            answers_with_its_own_form(&page, action, field);
        }
        let asked = community
            .browser
            .post_form(&format!("{base}/request-information"), "message=The+hukou+page")
            .await;
        assert_eq!(asked.status, 303);
        let respond = resident
            .post_form(&format!("/applications/{id}/respond"), "message=")
            .await;
        answers_with_its_own_form(&respond, "respond", "message");

        // Running a fair and a course.
        let editor = staff_member(&app, "e@example.org", Role::ContentEditor, "jiangbei").await;
        for (path, field) in [
            (format!("/staff/fairs/{fair}/employers"), "employer_name"),
            (format!("/staff/fairs/{fair}/positions"), "position_title"),
            (format!("/staff/fairs/{fair}/cancel"), "reason"),
            (format!("/staff/courses/{course}/sessions"), "date"),
        ] {
            let page = editor.browser.post_form(&path, "").await;
            answers_with_its_own_form(&page, &path, field);
        }
        let session = editor
            .browser
            .get(&format!("/staff/courses/{course}"))
            .await
            .html()
            .first_id("/staff/sessions/");
        for (path, field) in [
            (format!("/staff/sessions/{session}/capacity"), "capacity"),
            (format!("/staff/sessions/{session}/cancel"), "reason"),
        ] {
            let page = editor.browser.post_form(&path, "").await;
            answers_with_its_own_form(&page, &path, field);
        }
    }
}
