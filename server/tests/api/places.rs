//! The directory of places: "find a place" lists the seeded places and each
//! filter (street or town, kind of service, every need and combinations)
//! returns exactly the places the tables say; a need is met only by a
//! measured "yes". Hostile query strings get a message, never a 500. A
//! place's page says every fact in words, "not known" included, and links
//! to the entitlements delivered there. Staff verify a place (facts,
//! hours, contacts) with the date and their name, audited; others are
//! refused; the cached public list shows the change on the next request.

use crate::helpers::{backends, spawn_app, Page, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::staff_member;
use app::domain::staff::Role;
use sea_orm::{ConnectionTrait, Statement};
use std::collections::BTreeSet;

const ENGLISH: (&str, &str) = ("cookie", "lang=en");

/// The five district centres of the plan, as the seed names them.
const CENTRES: [&str; 5] = [
    "Jiangbei work-therapy centre for people with mental illness",
    "Jiangbei legal aid centre for disabled people",
    "Jiangbei employment training centre for disabled people",
    "Jiangbei care centre for children with intellectual disabilities",
    "Jiangbei comprehensive service centre for disabled people",
];

/// Each need's key and its column in `accessibility`.
const NEEDS: [(&str, &str); 8] = [
    ("step-free", "step_free_entrance"),
    ("lift", "lift"),
    ("toilet", "accessible_toilet"),
    ("hearing-loop", "hearing_loop"),
    ("sign-language", "sign_language_staff"),
    ("braille", "braille_or_tactile_signage"),
    ("quiet-room", "quiet_room"),
    ("parking", "accessible_parking"),
];

async fn english(app: &TestApp, path: &str) -> Page {
    app.other_browser().get_with(path, &[ENGLISH]).await
}

/// The places a results page links to.
fn listed(page: &Page) -> BTreeSet<i32> {
    page.html().ids("/places/").into_iter().collect()
}

/// The ids one SQL query returns.
async fn ids(app: &TestApp, sql: &str) -> BTreeSet<i32> {
    let rows = app
        .db
        .query_all(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("query");
    rows.iter()
        .map(|r| r.try_get_by_index::<i32>(0).expect("an id"))
        .collect()
}

fn need_column(need: &str) -> &'static str {
    NEEDS
        .iter()
        .find(|(key, _)| *key == need)
        .map(|(_, column)| *column)
        .expect("a known need")
}

/// What the tables say `/places?{query}` must list.
async fn expected(app: &TestApp, area: Option<&str>, kind: Option<&str>, needs: &[&str]) -> BTreeSet<i32> {
    let mut sql =
        "SELECT l.id FROM location l JOIN accessibility a ON a.location_id = l.id WHERE 1 = 1".to_string();
    if let Some(area) = area {
        sql.push_str(&format!(
            " AND (l.area_code = '{area}' OR l.area_code LIKE '{area}.%')"
        ));
    }
    if let Some(kind) = kind {
        sql.push_str(&format!(
            " AND l.id IN (SELECT sl.location_id FROM service_at_location sl JOIN service s ON s.id = sl.service_id WHERE s.kind = '{kind}')"
        ));
    }
    for need in needs {
        sql.push_str(&format!(" AND a.{} = 'yes'", need_column(need)));
    }
    ids(app, &sql).await
}

fn query(area: Option<&str>, kind: Option<&str>, needs: &[&str]) -> String {
    let mut parts = Vec::new();
    if let Some(area) = area {
        parts.push(format!("area={area}"));
    }
    if let Some(kind) = kind {
        parts.push(format!("kind={kind}"));
    }
    parts.extend(needs.iter().map(|n| format!("need={n}")));
    format!("/places?{}", parts.join("&"))
}

#[tokio::test]
async fn the_directory_lists_the_five_centres_and_every_place_marked_as_an_example() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = english(&app, "/places").await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert_eq!(page.h1s(), 1);
        for centre in CENTRES {
            assert!(page.body.contains(centre), "{centre} on {}", app.backend);
        }
        let all = ids(&app, "SELECT id FROM location").await;
        assert!(all.len() >= 20, "the seed has the centres, points and offices");
        assert_eq!(listed(&page), all);
        let heading = page.html().texts("#results").concat();
        assert_eq!(heading, format!("{} places", all.len()));
        assert_eq!(
            page.html().count(".event-list__item .tag"),
            all.len(),
            "every seeded place is marked as example data"
        );
        let chinese = app.other_browser().get("/places").await;
        assert_eq!(chinese.status, 200);
        assert!(chinese.body.contains("江北区残疾人法律援助中心"));
        assert!(chinese.body.contains("示例数据"));
        // One Federation office per street and town.
        let offices = expected(&app, None, Some("federation-office"), &[]).await;
        assert_eq!(offices.len(), 12);
    }
}

#[tokio::test]
async fn each_filter_returns_exactly_the_places_the_tables_say() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let mut cases: Vec<(Option<&str>, Option<&str>, Vec<&str>)> = vec![
            (Some("jiangbei.guanyinqiao"), None, vec![]),
            (Some("jiangbei.yuzui"), None, vec![]),
            (Some("jiangbei.wubao"), None, vec![]),
            (None, Some("legal-aid"), vec![]),
            (None, Some("reading"), vec![]),
            (None, Some("rehabilitation"), vec![]),
            (None, None, vec!["step-free", "toilet"]),
            (None, None, vec!["sign-language"]),
            (Some("jiangbei.guanyinqiao"), None, vec!["sign-language"]),
            (None, Some("culture"), vec!["step-free"]),
            (
                Some("jiangbei.jiangbeicheng"),
                Some("reading"),
                vec!["braille", "lift"],
            ),
            (None, None, NEEDS.iter().map(|(key, _)| *key).collect()),
        ];
        cases.extend(NEEDS.iter().map(|(key, _)| (None, None, vec![*key])));
        for (area, kind, needs) in cases {
            let path = query(area, kind, &needs);
            let page = english(&app, &path).await;
            assert_eq!(page.status, 200, "{path}: {}", errors(&page.body));
            let wanted = expected(&app, area, kind, &needs).await;
            assert_eq!(listed(&page), wanted, "{path} on {}", app.backend);
            let heading = page.html().texts("#results").concat();
            assert!(heading.starts_with(&wanted.len().to_string()), "{heading}");
            if wanted.is_empty() {
                assert!(page.body.contains("No place matches"), "{path}");
            }
        }
        // Some places are "not known" for a step-free entrance and some "no":
        // neither kind is listed for "step-free".
        let unknown = ids(
            &app,
            "SELECT location_id FROM accessibility WHERE step_free_entrance = 'unknown'",
        )
        .await;
        let no = ids(
            &app,
            "SELECT location_id FROM accessibility WHERE step_free_entrance = 'no'",
        )
        .await;
        assert!(!unknown.is_empty() && !no.is_empty());
        let step_free = listed(&english(&app, "/places?need=step-free").await);
        assert!(step_free.is_disjoint(&unknown) && step_free.is_disjoint(&no));
        assert!(!step_free.is_empty());
        // Each result says the facts asked for, in words.
        let page = english(&app, "/places?need=hearing-loop&need=quiet-room").await;
        assert!(page.body.contains("Hearing loop"));
        assert!(page.body.contains("Quiet room"));
    }
}

#[tokio::test]
async fn hostile_query_strings_get_a_message_never_a_500() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let long = "a".repeat(5000);
        let refused = [
            "/places?kind=spaceship".to_string(),
            "/places?area=nowhere".to_string(),
            "/places?area=jiangbei".to_string(),
            "/places?area=jiangbei.guanyinqiao.community1".to_string(),
            "/places?need=flying".to_string(),
            format!("/places?area={long}"),
            format!("/places?kind={long}"),
            format!("/places?need={long}"),
            "/places?kind=legal-aid&kind=care".to_string(),
            "/places?area=jiangbei.yuzui&area=jiangbei.wubao".to_string(),
            "/places?area=%FF%FE".to_string(),
            "/places?kind=%E4%B8".to_string(),
            "/places?need=%C0%AF".to_string(),
            format!("/places?kind={}", urlencode("<script>alert(1)</script>")),
        ];
        for path in &refused {
            for lang in ["lang=zh-CN", "lang=en"] {
                let page = app.other_browser().get_with(path, &[("cookie", lang)]).await;
                assert_eq!(page.status, 400, "{path} on {}", app.backend);
                assert!(!errors(&page.body).is_empty(), "{path}: a message");
                assert!(!page.body.contains("<script>alert"), "{path}");
                assert!(page.title().starts_with("错误") || page.title().starts_with("Error"));
            }
        }
        let accepted = [
            "/places?",
            "/places?area=&kind=&need=",
            "/places?need=step-free&need=step-free",
            "/places?kind=legal-aid&kind=legal-aid",
            "/places?unknown=1&%=%",
            "/places?area=jiangbei.guanyinqiao&page=-1",
        ];
        for path in accepted {
            let page = english(&app, path).await;
            assert_eq!(page.status, 200, "{path}: {}", errors(&page.body));
        }
        for path in [
            "/places/0",
            "/places/99999",
            "/places/abc",
            "/places/-1",
            "/places/1x",
        ] {
            assert_eq!(english(&app, path).await.status, 404, "{path}");
        }
    }
}

/// The id of the place whose English name is `name`.
async fn place_id(app: &TestApp, name: &str) -> i32 {
    *ids(app, &format!("SELECT id FROM location WHERE name_en = '{name}'"))
        .await
        .iter()
        .next()
        .unwrap_or_else(|| panic!("{name} is seeded"))
}

#[tokio::test]
async fn a_place_page_says_every_fact_in_words_and_links_to_its_entitlements() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // Seeded as step-free yes, lift no, toilet yes, loop no, signing no,
        // Braille not known, quiet room yes, parking not known; door not measured.
        let id = place_id(&app, CENTRES[3]).await;
        let page = english(&app, &format!("/places/{id}")).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.h1s(), 1);
        let html = page.html();
        let keys = html.texts("#accessibility ~ .summary-list .summary-list__key");
        let values = html.texts("#accessibility ~ .summary-list .summary-list__value");
        let facts: Vec<(String, String)> = keys.into_iter().zip(values).collect();
        let fact = |key: &str| {
            facts
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or_else(|| panic!("{key} in {facts:?}"))
        };
        assert_eq!(fact("Step-free entrance"), "Yes");
        assert_eq!(fact("Lift"), "No");
        assert_eq!(fact("Accessible toilet"), "Yes");
        assert_eq!(fact("Hearing loop"), "No");
        assert_eq!(fact("Staff who sign"), "No");
        assert_eq!(fact("Braille or tactile signs"), "Not known");
        assert_eq!(fact("Quiet room"), "Yes");
        assert_eq!(fact("Accessible parking"), "Not known");
        assert_eq!(fact("Door width"), "Not known");
        assert!(page.body.contains("Not yet verified."));
        assert!(page.body.contains("This is example data, not yet verified"));
        // Opening hours as a table, public holidays included.
        assert!(html.count("table caption") >= 1);
        assert!(html.texts("th[scope=row]").iter().any(|t| t == "Public holidays"));
        assert!(html.texts("th[scope=row]").iter().any(|t| t == "Sunday"));
        // Phone as a link to call.
        assert!(html
            .attrs("a[href^='tel:']", "href")
            .iter()
            .any(|h| h == "tel:023-00000104"));
        // The entitlements delivered there, each page reachable.
        let links = html.attrs("a[href^='/entitlements/']", "href");
        assert_eq!(links, ["/entitlements/e40", "/entitlements/e23"]);
        for link in links {
            assert_eq!(english(&app, &link).await.status, 200, "{link}");
        }
        // Chinese pages say the same in Chinese; "not known" is not "no".
        let chinese = app.other_browser().get(&format!("/places/{id}")).await;
        assert!(chinese.body.contains("不清楚"));
        assert!(chinese.body.contains("没有"));
        // A place with signing staff names the days.
        let legal = place_id(&app, CENTRES[1]).await;
        let page = english(&app, &format!("/places/{legal}")).await;
        assert!(page.body.contains("Tuesdays and Thursdays"));
        assert!(page.body.contains("100 cm"));
    }
}

/// Every field of the verification form, with `changes` instead of the defaults.
fn verify_form(changes: &[(&str, &str)]) -> String {
    let mut fields: Vec<(String, String)> = NEEDS
        .iter()
        .map(|(key, _)| (format!("fact-{key}"), "unknown".to_string()))
        .collect();
    for day in 1..=7 {
        let (opens, closes) = if day <= 5 { ("09:00", "17:00") } else { ("", "") };
        fields.push((format!("opens-{day}"), opens.to_string()));
        fields.push((format!("closes-{day}"), closes.to_string()));
    }
    for (name, value) in [
        ("door_width", ""),
        ("sign_days_zh", ""),
        ("sign_days_en", ""),
        ("holidays", "closed"),
        ("holiday_note_zh", ""),
        ("holiday_note_en", ""),
        ("phone", "023-0000 0199"),
        ("sign_video", ""),
    ] {
        fields.push((name.to_string(), value.to_string()));
    }
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((name.to_string(), value.to_string())),
        }
    }
    fields
        .iter()
        .map(|(n, v)| format!("{}={}", urlencode(n), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

async fn one_text(app: &TestApp, sql: &str) -> String {
    let row = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .expect("query")
        .expect("a row");
    row.try_get_by_index::<String>(0).expect("text")
}

#[tokio::test]
async fn staff_verify_a_place_with_the_date_and_their_name_audited_and_others_are_refused() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, "jiangbei").await;
        let id = place_id(&app, CENTRES[0]).await;
        let path = format!("/staff/places/{id}");

        let list = editor.browser.get("/staff/places").await;
        assert_eq!(list.status, 200);
        assert!(list.html().ids("/staff/places/").contains(&id));
        let form = editor.browser.get(&path).await;
        assert_eq!(form.status, 200);
        assert_eq!(form.h1s(), 1);
        // The stored facts fill the form: the first fact is "yes".
        assert_eq!(
            form.html().attrs("input[name=fact-step-free][checked]", "value"),
            ["yes"]
        );

        // Mistakes keep what was typed and say what to fix.
        let wrong = editor
            .browser
            .post_form(
                &path,
                &verify_form(&[
                    ("door_width", "wide"),
                    ("opens-1", "9am"),
                    ("closes-2", "08:00"),
                    ("fact-lift", "maybe"),
                    ("phone", ""),
                ]),
            )
            .await;
        assert_eq!(wrong.status, 422);
        let summary = errors(&wrong.body);
        for field in ["#door_width", "#opens-1", "#closes-2", "#fact-lift", "#phone"] {
            assert!(summary.contains(field), "{field} in {summary}");
        }
        assert!(wrong.body.contains("value=\"wide\""));
        assert!(wrong.body.contains("value=\"9am\""));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'verify_place'")
                .await,
            0
        );

        let saved = editor
            .browser
            .post_form(
                &path,
                &verify_form(&[
                    ("fact-step-free", "no"),
                    ("fact-hearing-loop", "yes"),
                    ("fact-sign-language", "yes"),
                    ("door_width", " 120 cm"),
                    ("sign_days_en", "Mondays"),
                    ("opens-6", "10:00"),
                    ("closes-6", "12:00"),
                    ("sign_video", "023-0000 0999"),
                ]),
            )
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        assert_eq!(saved.header("location"), format!("{path}?done=verified"));
        let banner = editor.browser.get(saved.header("location")).await;
        assert!(banner.body.contains("What you checked is saved"));

        let stored = |column: &str| format!("SELECT {column} FROM accessibility WHERE location_id = {id}");
        assert_eq!(one_text(&app, &stored("step_free_entrance")).await, "no");
        assert_eq!(one_text(&app, &stored("hearing_loop")).await, "yes");
        assert_eq!(one_text(&app, &stored("lift")).await, "unknown");
        assert_eq!(
            one_text(&app, &stored("verified_by")).await,
            "Staff editor@example.org"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM accessibility WHERE location_id = {id} AND door_width_cm = 120 AND verified_on IS NOT NULL"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM schedule WHERE location_id = {id}"))
                .await,
            6
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'verify_place' AND target = 'place:{id}' AND staff_id = {}",
                editor.id
            ))
            .await,
            1
        );
        let public = english(&app, &format!("/places/{id}")).await;
        assert!(public.body.contains("Last verified on"), "{}", public.body);
        assert!(public.body.contains("by Staff editor@example.org"));
        assert!(public.body.contains("120 cm"));
        assert!(public.body.contains("Mondays"));
        assert!(public
            .html()
            .attrs("a[href^='tel:']", "href")
            .contains(&"tel:023-00000999".to_string()));

        // Others are refused: signed out, a reviewer, an editor of another street.
        let nobody = app.other_browser();
        let page = nobody.get(&path).await;
        assert_eq!(page.status, 303);
        assert!(page.header("location").starts_with("/staff?next="));
        let posted = nobody.post_form(&path, &verify_form(&[])).await;
        assert_ne!(posted.status, 200);
        let reviewer = staff_member(
            &app,
            "reviewer@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        assert_eq!(reviewer.browser.get(&path).await.status, 403);
        assert_eq!(reviewer.browser.get("/staff/places").await.status, 403);
        assert_eq!(
            reviewer.browser.post_form(&path, &verify_form(&[])).await.status,
            403
        );
        let other = staff_member(
            &app,
            "wulidian@example.org",
            Role::ContentEditor,
            "jiangbei.wulidian",
        )
        .await;
        assert_eq!(other.browser.get(&path).await.status, 404);
        assert_eq!(
            other.browser.post_form(&path, &verify_form(&[])).await.status,
            404
        );
        assert!(!other
            .browser
            .get("/staff/places")
            .await
            .html()
            .ids("/staff/places/")
            .contains(&id));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'verify_place'")
                .await,
            1,
            "nothing the others sent was saved"
        );
    }
}

#[tokio::test]
async fn the_cached_directory_shows_a_verified_change_on_the_next_request() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, "jiangbei").await;
        let id = place_id(&app, "Wubao Town Federation office").await;
        let path = "/places?need=hearing-loop";
        for _ in 0..2 {
            assert!(!listed(&english(&app, path).await).contains(&id));
            assert!(!listed(&app.other_browser().get(path).await).contains(&id));
        }
        let saved = editor
            .browser
            .post_form(
                &format!("/staff/places/{id}"),
                &verify_form(&[("fact-hearing-loop", "yes")]),
            )
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        assert!(listed(&english(&app, path).await).contains(&id));
        assert!(listed(&app.other_browser().get(path).await).contains(&id));
    }
}

#[tokio::test]
async fn staff_add_a_place_in_their_area_whose_facts_start_not_known() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(
            &app,
            "street@example.org",
            Role::ContentEditor,
            "jiangbei.guanyinqiao",
        )
        .await;
        assert_eq!(editor.browser.get("/staff/places/new").await.status, 200);
        let form = |name: &str, area: &str| {
            format!(
                "name_zh={}&name_en=&service=6&area={area}&address_zh={}&address_en=&transport_zh=&transport_en=&phone=023-0000+0300",
                urlencode(name),
                urlencode("观音桥街道示例路9号")
            )
        };
        let wrong = editor
            .browser
            .post_form("/staff/places/new", &form("", "jiangbei.wulidian"))
            .await;
        assert_eq!(wrong.status, 422);
        let summary = errors(&wrong.body);
        assert!(
            summary.contains("#name_zh") && summary.contains("#area"),
            "{summary}"
        );
        let added = editor
            .browser
            .post_form(
                "/staff/places/new",
                &form("观音桥新康复站", "jiangbei.guanyinqiao.community2"),
            )
            .await;
        assert_eq!(added.status, 303, "{}", errors(&added.body));
        let location = added.header("location").to_string();
        let id: i32 = location
            .strip_prefix("/staff/places/")
            .and_then(|rest| rest.split('?').next())
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("{location}"));
        assert!(editor
            .browser
            .get(&location)
            .await
            .body
            .contains("The place is added"));
        let public = english(&app, &format!("/places/{id}")).await;
        assert_eq!(public.status, 200);
        assert!(public.body.contains("观音桥新康复站"));
        assert!(public.body.contains("Not yet verified."));
        assert!(!public.body.contains("This is example data"));
        assert!(
            listed(&english(&app, "/places?area=jiangbei.guanyinqiao&kind=rehabilitation").await)
                .contains(&id)
        );
        assert!(!listed(&english(&app, "/places?need=step-free").await).contains(&id));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'add_place' AND target = 'place:{id}'"
            ))
            .await,
            1
        );
    }
}
