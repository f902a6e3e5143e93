//! One account cannot hoard: it helps at most ten people, each certificate
//! number once, and holds at most four places on one training session or
//! fair; requests sent all at once get the same answers as one by one, and
//! none is a server error. Deleting an account removes its drafts' files.

use crate::applications::{start, PDF};
use crate::helpers::{backends, spawn_app, Backend, TestApp};
use crate::residents::errors;

const MAX_PEOPLE: usize = 10;
const MAX_PER_ACCOUNT: usize = 4;

/// A valid 20-character certificate number for someone born in 1980,
/// different for each `n` below 1000.
fn certificate(n: u32) -> String {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: &[u8; 11] = b"10X98765432";
    let id17 = format!("11010519800301{n:03}");
    let sum: u32 = id17
        .bytes()
        .zip(WEIGHTS)
        .map(|(digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    let check = char::from(CHECK[(sum % 11) as usize]);
    format!("{id17}{check}12")
}

fn person_form(name: &str, certificate: &str) -> String {
    format!(
        "full_name={}&relationship=parent&certificate_number={certificate}&declaration=yes",
        name.replace(' ', "+")
    )
}

/// Sends every form at once to `path` and returns the answers' statuses and bodies.
async fn all_at_once(app: &TestApp, path: &str, forms: Vec<String>) -> Vec<(u16, String)> {
    let requests = forms.into_iter().map(|form| {
        let (client, url, origin) = (app.client.clone(), app.url(path), app.address.clone());
        tokio::spawn(async move {
            let response = client
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", origin)
                .header("sec-fetch-site", "same-origin")
                .body(form)
                .send()
                .await
                .expect("POST");
            (
                response.status().as_u16(),
                response.text().await.unwrap_or_default(),
            )
        })
    });
    let mut answers = Vec::new();
    for request in requests.collect::<Vec<_>>() {
        answers.push(request.await.expect("the request task"));
    }
    answers
}

/// A signed-in resident helping `count` people of working age; their ids.
async fn helping(backend: Backend, count: u32) -> (TestApp, Vec<i32>) {
    let app = spawn_app(backend).await;
    server::seed::events(&app.db, app.clock.now_local())
        .await
        .expect("seed fairs and courses");
    app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
    for n in 0..count {
        let added = app
            .post_form(
                "/account/people/new",
                &person_form(&format!("Ma {n}"), &certificate(n)),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
    }
    let ids = app
        .get("/account")
        .await
        .html()
        .ids("/account/people/")
        .into_iter()
        .collect();
    (app, ids)
}

#[tokio::test]
async fn an_account_helps_at_most_ten_people_even_when_all_are_added_at_once() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
        let forms = (0..12u32)
            .map(|n| person_form(&format!("Ma {n}"), &certificate(n)))
            .collect();
        let answers = all_at_once(&app, "/account/people/new", forms).await;

        let added = answers.iter().filter(|(status, _)| *status == 303).count();
        assert_eq!(added, MAX_PEOPLE, "{backend:?}: {:?}", statuses(&answers));
        for (status, body) in answers.iter().filter(|(status, _)| *status != 303) {
            assert_eq!(*status, 422, "{backend:?}: {body}");
            assert!(
                errors(body).contains("#full_name You can add up to 10 people you help"),
                "{backend:?}: {}",
                errors(body)
            );
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM helped_person").await, 10);

        // Refused, the form keeps what was typed.
        let refused = app
            .post_form("/account/people/new", &person_form("Ma Eleven", &certificate(11)))
            .await;
        assert_eq!(refused.status, 422);
        let typed = refused.html().attrs("#full_name", "value");
        assert_eq!(typed, ["Ma Eleven"], "{backend:?}");
        let number = refused.html().attrs("#certificate_number", "value");
        assert_eq!(number, [certificate(11)]);
    }
}

#[tokio::test]
async fn a_certificate_number_is_on_an_account_s_list_once_even_when_sent_at_once() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Ma Hua", "ma@example.cn").await;
        let forms = (0..8).map(|_| person_form("Ma Jian", &certificate(7))).collect();
        let answers = all_at_once(&app, "/account/people/new", forms).await;

        assert_eq!(
            answers.iter().filter(|(status, _)| *status == 303).count(),
            1,
            "{backend:?}: {:?}",
            statuses(&answers)
        );
        for (status, body) in answers.iter().filter(|(status, _)| *status != 303) {
            assert_eq!(*status, 422, "{backend:?}: {body}");
            assert_eq!(
                errors(body),
                "#certificate_number This person is already on your list of people you help"
            );
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM helped_person").await, 1);

        // Another account may help the same person.
        let other = app.other_browser();
        other.register_and_sign_in("Ma Li", "ma.li@example.cn").await;
        let added = other
            .post_form("/account/people/new", &person_form("Ma Jian", &certificate(7)))
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
    }
}

#[tokio::test]
async fn an_account_holds_at_most_four_places_on_a_session_even_when_booked_at_once() {
    for backend in backends() {
        let (app, people) = helping(backend, 6).await;
        let course = app
            .get("/training")
            .await
            .html()
            .id_of_link("/training/", "Massage for blind trainees");
        let session = app
            .get(&format!("/training/{course}"))
            .await
            .html()
            .first_id("/training/sessions/");
        let mut forms: Vec<String> = people
            .iter()
            .map(|person| format!("session={session}&for={person}"))
            .collect();
        forms.push(format!("session={session}&for=me"));
        let answers = all_at_once(&app, &format!("/training/{course}/book"), forms).await;

        let booked = answers.iter().filter(|(status, _)| *status == 303).count();
        assert_eq!(booked, MAX_PER_ACCOUNT, "{backend:?}: {:?}", statuses(&answers));
        for (status, body) in answers.iter().filter(|(status, _)| *status != 303) {
            assert_eq!(*status, 422, "{backend:?}: {body}");
            assert!(
                errors(body).contains("#session One account can hold up to 4 places on a session"),
                "{backend:?}: {}",
                errors(body)
            );
        }
        let held = app
            .count(&format!(
                "SELECT COUNT(*) FROM booking WHERE session_id = {session} \
                 AND status IN ('confirmed', 'offered', 'waiting')"
            ))
            .await;
        assert_eq!(held, 4, "{backend:?}");
    }
}

#[tokio::test]
async fn an_account_registers_at_most_four_people_for_a_fair_even_when_sent_at_once() {
    for backend in backends() {
        let (app, people) = helping(backend, 6).await;
        let fair = app.get("/jobs/fairs").await.html().first_id("/jobs/fairs/");
        let mut forms: Vec<String> = people.iter().map(|person| format!("for={person}")).collect();
        forms.push("for=me".to_string());
        let answers = all_at_once(&app, &format!("/jobs/fairs/{fair}/register"), forms).await;

        let registered = answers.iter().filter(|(status, _)| *status == 303).count();
        assert_eq!(
            registered,
            MAX_PER_ACCOUNT,
            "{backend:?}: {:?}",
            statuses(&answers)
        );
        for (status, body) in answers.iter().filter(|(status, _)| *status != 303) {
            assert_eq!(*status, 422, "{backend:?}: {body}");
            assert!(
                errors(body).contains("#for One account can register up to 4 people for a fair"),
                "{backend:?}: {}",
                errors(body)
            );
        }
        let active = app
            .count(&format!(
                "SELECT COUNT(*) FROM fair_registration WHERE fair_id = {fair} AND cancelled_at IS NULL"
            ))
            .await;
        assert_eq!(active, 4, "{backend:?}");
    }
}

#[tokio::test]
async fn deleting_an_account_removes_its_drafts_files() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        app.register_and_sign_in("Xu Lan", "xu@example.cn").await;
        let draft = start(&app, "self").await;
        let uploaded = app
            .upload(&format!("/applications/{draft}/documents"), "scan.pdf", PDF, &[])
            .await;
        assert_eq!(uploaded.status, 303, "{}", errors(&uploaded.body));
        let uploads = app.dir.path().join("uploads");
        assert_eq!(files_in(&uploads), 1, "{backend:?}: the scan is stored");

        let deleted = app.post_form("/account/delete", "").await;
        assert_eq!(deleted.header("location"), "/signed-out?deleted=1");
        assert_eq!(app.count("SELECT COUNT(*) FROM document").await, 0);
        assert_eq!(
            files_in(&uploads),
            0,
            "{backend:?}: the scan is gone from the disk"
        );
    }
}

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| entries.filter_map(Result::ok).count())
}

fn statuses(answers: &[(u16, String)]) -> Vec<u16> {
    answers.iter().map(|(status, _)| *status).collect()
}
