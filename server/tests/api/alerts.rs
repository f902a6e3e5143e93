//! Email alerts and Atom feeds: subscribe without an account, confirm by
//! the emailed link (a POST), alerts with `List-Unsubscribe` headers read
//! back from the `.eml` files the real mail path writes, one-click
//! unsubscribe, the area filter, the weekly digest on its time and once on
//! two servers, bad tokens, malformed forms, and feeds parsed as XML.

use crate::helpers::{backends, spawn_app_at, spawn_two_servers, Backend, TestApp};
use crate::residents::{errors, link_path, urlencode};
use app::alerts::mail::Links;
use app::alerts::sending::run_due;
use app::domain::alerts::latest_digest_time;
use app::domain::local_time::utc_to_chongqing;
use app::job_fairs::store::fair;
use app::web::clock::Clock;
use app::web::sealed::SealingKey;
use chrono::{DateTime, Duration, SubsecRound, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};
use std::path::Path;

const EMAIL: &str = "reader@example.org";
const STREET: &str = "jiangbei.guanyinqiao";

/// An app whose clock stands still at `at` until the test moves it.
async fn app_at(backend: Backend, at: DateTime<Utc>) -> TestApp {
    spawn_app_at(backend, &[], Clock::manual(at.trunc_subsecs(0))).await
}

/// One round of the alerts worker on `db` at `now`, as any server runs it.
async fn run_alerts(db: &DatabaseConnection, now: DateTime<Utc>) {
    let key = SealingKey::development();
    let links = Links {
        public_url: "http://portal.test",
        key: &key,
    };
    run_due(db, &links, now).await.expect("the alerts round works");
}

/// A new fair, published now by the app's clock.
async fn new_fair(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    area: &str,
    title_zh: &str,
    title_en: &str,
) -> i32 {
    let starts = utc_to_chongqing(now) + Duration::days(10);
    let text = |s: &str| Set(s.to_string());
    fair::ActiveModel {
        area_code: text(area),
        title_zh: text(title_zh),
        title_en: text(title_en),
        summary_zh: text("面向残疾求职者的专场招聘会。"),
        summary_en: text("A job fair for disabled job seekers."),
        starts_at: Set(starts),
        ends_at: Set(starts + Duration::hours(3)),
        venue_zh: text("区残联"),
        venue_en: text("District Federation"),
        address_zh: text("江北区"),
        address_en: text("Jiangbei"),
        transport_zh: text("轨道交通"),
        transport_en: text("Metro"),
        features: text(""),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("a fair")
    .id
}

fn form(email: &str, topics: &[&str], area: &str, frequency: &str) -> String {
    let mut body = format!("email={}", urlencode(email));
    for topic in topics {
        body.push_str(&format!("&topic={topic}"));
    }
    body.push_str(&format!("&area={}&frequency={frequency}", urlencode(area)));
    body
}

/// Subscribes `email` in English and confirms by the emailed link;
/// returns the subscription's manage path.
async fn subscribe_and_confirm(
    app: &TestApp,
    email: &str,
    topics: &[&str],
    area: &str,
    frequency: &str,
) -> String {
    app.get("/language/en?next=/").await;
    let sent = app
        .post_form("/alerts", &form(email, topics, area, frequency))
        .await;
    assert_eq!(sent.status, 303, "{}", errors(&sent.body));
    assert_eq!(sent.header("location"), "/alerts/sent");
    let mail = app.last_mail_to(email).await;
    assert_eq!(mail.subject, "Confirm your email alerts");
    let link = link_path(&mail.body);
    assert!(link.starts_with("/alerts/confirm/"), "{link}");
    let page = app.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.h1s(), 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM alert_subscription WHERE confirmed_at IS NOT NULL AND email = '{email}'"
        ))
        .await,
        0,
        "opening the link confirms nothing: mail scanners open links"
    );
    let confirmed = app.post_form(&link, "").await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    let manage = confirmed.header("location").to_string();
    assert!(
        manage.starts_with("/alerts/manage/") && manage.ends_with("?done=confirmed"),
        "{manage}"
    );
    manage
}

/// The `.eml` file for `recipient` that contains `needle`, waiting for the
/// outbox worker to write it; headers unfolded.
async fn eml_with(dir: &Path, recipient: &str, needle: &str) -> String {
    for _ in 0..60 {
        let found = std::fs::read_dir(dir).ok().and_then(|entries| {
            entries
                .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .map(|m| m.replace("\r\n ", " ").replace("\r\n\t", " "))
                .find(|m| m.contains(&format!("To: {recipient}")) && m.contains(needle))
        });
        if let Some(message) = found {
            return message;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    panic!("no .eml file to {recipient} with {needle:?}");
}

fn header_line<'a>(message: &'a str, name: &str) -> &'a str {
    message
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} header in {message}"))
}

#[tokio::test]
async fn alerts_subscribe_confirm_alert_and_one_click_unsubscribe() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        let form_page = app.get("/alerts").await;
        assert_eq!(form_page.status, 200);
        assert_eq!(form_page.html().count("input[name=topic]"), 5);
        subscribe_and_confirm(&app, EMAIL, &["job-fairs"], "", "immediately").await;

        app.clock.advance(Duration::seconds(5));
        new_fair(
            &app.db,
            app.clock.now(),
            "jiangbei",
            "春季招聘会",
            "Spring job fair",
        )
        .await;
        app.clock.advance(Duration::minutes(2));
        run_alerts(&app.db, app.clock.now()).await;
        run_alerts(&app.db, app.clock.now()).await;

        let mails = app.mails_to(EMAIL).await;
        assert_eq!(mails.len(), 2, "{backend:?}: the confirmation and one alert");
        assert_eq!(mails[1].subject, "New: Spring job fair");
        let message = eml_with(&app.mail_dir, EMAIL, "List-Unsubscribe-Post").await;
        let list = header_line(&message, "List-Unsubscribe");
        assert!(list.starts_with("<http://") && list.ends_with('>'), "{list}");
        assert_eq!(
            header_line(&message, "List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click"
        );
        // The worker of the app, or this test's round: either may have sent it.
        let unsubscribe = link_path(list.trim_matches(['<', '>']));
        assert!(unsubscribe.starts_with("/alerts/unsubscribe/"), "{unsubscribe}");
        assert!(
            mails[1].body.contains(&format!("{unsubscribe}\n"))
                && mails[1].body.contains("Unsubscribe: http"),
            "{}",
            mails[1].body
        );
        let unsubscribe = unsubscribe.as_str();

        // A cross-site POST of anything else is refused: the exception is that body only.
        let stranger = crate::helpers::browser();
        let refused = stranger
            .post(app.url(unsubscribe))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "cross-site")
            .body("confirmed=yes")
            .send()
            .await
            .expect("POST");
        assert_eq!(refused.status().as_u16(), 403);
        // The mail program's one-click POST: no cookie, no form token, from elsewhere.
        let one_click = stranger
            .post(app.url(unsubscribe))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "cross-site")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("POST");
        assert_eq!(one_click.status().as_u16(), 303, "{backend:?}");
        assert_eq!(app.count("SELECT COUNT(*) FROM alert_subscription").await, 0);

        new_fair(
            &app.db,
            app.clock.now(),
            "jiangbei",
            "冬季招聘会",
            "Winter job fair",
        )
        .await;
        app.clock.advance(Duration::minutes(2));
        run_alerts(&app.db, app.clock.now()).await;
        assert_eq!(
            app.mails_to(EMAIL).await.len(),
            2,
            "no more mail after unsubscribing"
        );
        let again = app.get(unsubscribe).await;
        assert_eq!(again.status, 303, "an ended subscription's link says so");
        assert_eq!(again.header("location"), "/alerts/unsubscribed");
    }
}

#[tokio::test]
async fn alerts_unconfirmed_get_nothing_and_known_addresses_look_unknown() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        subscribe_and_confirm(&app, EMAIL, &["job-fairs"], "", "immediately").await;
        let known = app
            .post_form("/alerts", &form(EMAIL, &["news"], "", "weekly"))
            .await;
        let unknown = app
            .post_form(
                "/alerts",
                &form("new@example.org", &["job-fairs"], "", "immediately"),
            )
            .await;
        assert_eq!((known.status, unknown.status), (303, 303));
        assert_eq!(known.header("location"), unknown.header("location"));
        assert_eq!(known.body, unknown.body);

        app.clock.advance(Duration::seconds(5));
        new_fair(&app.db, app.clock.now(), "jiangbei", "招聘会", "Job fair").await;
        app.clock.advance(Duration::minutes(2));
        run_alerts(&app.db, app.clock.now()).await;
        assert_eq!(
            app.mails_to("new@example.org").await.len(),
            1,
            "{backend:?}: only the confirmation, no alert before confirming"
        );
        assert_eq!(
            app.mails_to(EMAIL).await.len(),
            3,
            "confirmation, second confirmation, alert"
        );
    }
}

#[tokio::test]
async fn alerts_keep_to_the_chosen_street() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        subscribe_and_confirm(&app, EMAIL, &["job-fairs"], STREET, "immediately").await;
        app.clock.advance(Duration::seconds(5));
        let now = app.clock.now();
        new_fair(&app.db, now, STREET, "观音桥招聘会", "Guanyinqiao fair").await;
        new_fair(&app.db, now, "jiangbei.wulidian", "五里店招聘会", "Wulidian fair").await;
        new_fair(&app.db, now, "jiangbei", "全区招聘会", "District fair").await;
        app.clock.advance(Duration::minutes(2));
        run_alerts(&app.db, app.clock.now()).await;
        let mut subjects: Vec<String> = app
            .mails_to(EMAIL)
            .await
            .into_iter()
            .skip(1)
            .map(|m| m.subject)
            .collect();
        subjects.sort();
        assert_eq!(
            subjects,
            ["New: District fair", "New: Guanyinqiao fair"],
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn alerts_weekly_digest_comes_on_monday_at_nine_once() {
    // Sunday 6 December 2026, 12:00 in Shanghai.
    let sunday_noon = Utc
        .with_ymd_and_hms(2026, 12, 6, 4, 0, 0)
        .single()
        .expect("a time");
    for backend in backends() {
        let app = app_at(backend, sunday_noon).await;
        subscribe_and_confirm(&app, EMAIL, &["job-fairs", "training"], "", "weekly").await;
        app.clock.advance(Duration::minutes(1));
        new_fair(&app.db, app.clock.now(), "jiangbei", "周日招聘会", "Sunday fair").await;

        let monday_0859 = Utc
            .with_ymd_and_hms(2026, 12, 7, 0, 59, 0)
            .single()
            .expect("a time");
        run_alerts(&app.db, monday_0859).await;
        assert_eq!(app.mails_to(EMAIL).await.len(), 1, "{backend:?}: not before nine");
        let monday_nine = monday_0859 + Duration::minutes(1);
        run_alerts(&app.db, monday_nine).await;
        run_alerts(&app.db, monday_nine + Duration::minutes(1)).await;
        let mails = app.mails_to(EMAIL).await;
        assert_eq!(mails.len(), 2, "{backend:?}: one digest");
        assert_eq!(mails[1].subject, "This week: 1 new for you");
        assert!(mails[1].body.contains("Sunday fair"), "{}", mails[1].body);
        run_alerts(&app.db, monday_nine + Duration::weeks(1)).await;
        assert_eq!(app.mails_to(EMAIL).await.len(), 2, "an empty week sends nothing");
    }
}

#[tokio::test]
async fn alerts_go_once_from_two_servers() {
    let Some((first, second)) = spawn_two_servers(&[]).await else {
        return;
    };
    subscribe_and_confirm(&first, EMAIL, &["job-fairs"], "", "weekly").await;
    subscribe_and_confirm(&second, "now@example.org", &["job-fairs"], "", "immediately").await;
    new_fair(&first.db, Utc::now(), "jiangbei", "招聘会", "Job fair").await;
    let soon = Utc::now() + Duration::minutes(1);
    let digest_time = latest_digest_time(Utc::now() + Duration::days(7)) + Duration::minutes(1);
    for now in [soon, soon, digest_time, digest_time] {
        tokio::join!(run_alerts(&first.db, now), run_alerts(&second.db, now));
    }
    assert_eq!(
        first.mails_to("now@example.org").await.len(),
        2,
        "the confirmation and one alert"
    );
    assert_eq!(
        first.mails_to(EMAIL).await.len(),
        2,
        "the confirmation and one digest"
    );
}

#[tokio::test]
async fn alerts_bad_tokens_are_pages_not_found() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        let made_up = "a".repeat(43);
        for path in [
            "/alerts/confirm/nonsense".to_string(),
            format!("/alerts/confirm/{made_up}"),
            "/alerts/manage/1-abc".to_string(),
            "/alerts/manage/x".to_string(),
            "/alerts/unsubscribe/1-abc".to_string(),
            "/feeds/nothing.atom".to_string(),
            "/feeds/job-fairs.atom?area=nowhere".to_string(),
        ] {
            let page = app.get(&path).await;
            assert_eq!(page.status, 404, "{backend:?} GET {path}");
            if path.starts_with("/alerts") {
                let posted = app.post_form(&path, "topic=news&frequency=weekly").await;
                assert_eq!(posted.status, 404, "{backend:?} POST {path}");
            }
        }
    }
}

#[tokio::test]
async fn alerts_malformed_forms_keep_what_was_typed() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        app.get("/language/en?next=/").await;
        let page = app
            .post_form(
                "/alerts",
                "email=not-an-email&topic=bogus&area=nowhere&frequency=daily",
            )
            .await;
        assert_eq!(page.status, 422, "{backend:?}");
        let listed = errors(&page.body);
        for field in ["#email", "#topic", "#area", "#frequency"] {
            assert!(listed.contains(field), "{field} in {listed}");
        }
        assert!(page.title().starts_with("Error: "), "{}", page.title());
        assert_eq!(page.html().attrs("input#email", "value"), ["not-an-email"]);

        let typed = app
            .post_form("/alerts", &form(EMAIL, &[], STREET, "weekly"))
            .await;
        assert_eq!(typed.status, 422);
        assert_eq!(errors(&typed.body).lines().count(), 1, "{}", errors(&typed.body));
        let html = typed.html();
        assert_eq!(html.attrs("input#email", "value"), [EMAIL]);
        assert_eq!(html.attrs("#area option[selected]", "value"), [STREET]);
        assert_eq!(html.attrs("input[name=frequency][checked]", "value"), ["weekly"]);
        assert_eq!(app.count("SELECT COUNT(*) FROM alert_subscription").await, 0);

        let manage = subscribe_and_confirm(&app, EMAIL, &["news"], "", "weekly").await;
        let manage = manage.trim_end_matches("?done=confirmed");
        let shown = app.get(manage).await;
        assert_eq!(shown.status, 200);
        assert_eq!(shown.header("cache-control"), "no-store");
        assert_eq!(
            shown.html().attrs("input[name=topic][checked]", "value"),
            ["news"]
        );
        let wrong = app
            .post_form(manage, "topic=news&topic=training&frequency=")
            .await;
        assert_eq!(wrong.status, 422);
        assert_eq!(
            wrong.html().attrs("input[name=topic][checked]", "value"),
            ["news", "training"]
        );
        let saved = app
            .post_form(
                manage,
                &format!("topic=training&area={STREET}&frequency=immediately"),
            )
            .await;
        assert_eq!(saved.status, 303);
        let stored = app
            .count(&format!(
                "SELECT COUNT(*) FROM alert_subscription WHERE topics = 'training' \
                 AND area_code = '{STREET}' AND frequency = 'immediately'"
            ))
            .await;
        assert_eq!(stored, 1, "{backend:?}");
    }
}

/// The text of every `<title>` in the entries of an Atom document, read by
/// an XML parser that stops at anything malformed.
fn entry_titles(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut path, mut titles, mut root) = (Vec::<String>::new(), Vec::new(), None);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).to_string();
                if root.is_none() {
                    let namespace = e
                        .try_get_attribute("xmlns")
                        .expect("attributes")
                        .map(|a| String::from_utf8_lossy(&a.value).to_string());
                    root = Some((name.clone(), namespace));
                }
                if path.last().map(String::as_str) == Some("entry") && name == "title" {
                    titles.push(String::new());
                }
                path.push(name);
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Text(t) if path.join("/") == "feed/entry/title" => {
                if let Some(title) = titles.last_mut() {
                    title.push_str(&t.decode().expect("text"));
                }
            }
            Event::GeneralRef(r) if path.join("/") == "feed/entry/title" => {
                let entity = match r.decode().expect("entity").as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                };
                if let Some(title) = titles.last_mut() {
                    title.push_str(entity);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(
        root,
        Some((
            "feed".to_string(),
            Some("http://www.w3.org/2005/Atom".to_string())
        ))
    );
    titles
}

#[tokio::test]
async fn alerts_atom_feeds_parse_and_escape() {
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        let now = app.clock.now();
        new_fair(&app.db, now, STREET, "<b>招聘 & 会</b>", "").await;
        new_fair(
            &app.db,
            now + Duration::seconds(1),
            "jiangbei.wulidian",
            "五里店",
            "Fair <&> \"x\"",
        )
        .await;
        let english = [("accept-language", "en")];

        let feed = app.get_with("/feeds/job-fairs.atom", &english).await;
        assert_eq!(feed.status, 200, "{backend:?}");
        assert_eq!(feed.header("content-type"), "application/atom+xml; charset=utf-8");
        assert_eq!(entry_titles(&feed.body), ["Fair <&> \"x\"", "<b>招聘 & 会</b>"]);
        assert!(
            feed.body.contains(r#"<title xml:lang="zh-CN">&lt;b&gt;"#),
            "{}",
            feed.body
        );

        let street = app
            .get_with(&format!("/feeds/job-fairs.atom?area={STREET}"), &english)
            .await;
        assert_eq!(entry_titles(&street.body), ["<b>招聘 & 会</b>"]);
        for topic in ["news", "notices", "policy", "training"] {
            let empty = app.get(&format!("/feeds/{topic}.atom")).await;
            assert_eq!(empty.status, 200, "{topic}");
            assert!(entry_titles(&empty.body).is_empty(), "{topic}");
        }
    }
}

/// Publishing an article sends an immediate alert, through the real outbox
/// and its `.eml` file, to a confirmed subscriber of its topic, and nothing
/// to a subscriber of another topic.
#[tokio::test]
async fn alerts_a_published_article_alerts_its_topic_only() {
    use crate::information::{editors, policy_form, publish, submit, write};
    for backend in backends() {
        let app = app_at(backend, Utc::now()).await;
        subscribe_and_confirm(&app, EMAIL, &["policy"], "", "immediately").await;
        let other = app.other_browser();
        subscribe_and_confirm(&other, "news@example.org", &["news"], "", "immediately").await;

        app.clock.advance(Duration::seconds(5));
        let (writer, reader) = editors(&app).await;
        let parts = [("补贴提高。", ""), ("持证残疾人。", ""), ("不用申请。", "")];
        let id = write(&writer, &policy_form("护理补贴标准提高", parts)).await;
        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);
        app.clock.advance(Duration::minutes(2));
        run_alerts(&app.db, app.clock.now()).await;
        run_alerts(&app.db, app.clock.now()).await;

        let mails = app.mails_to(EMAIL).await;
        assert_eq!(mails.len(), 2, "{backend:?}: the confirmation and one alert");
        assert_eq!(mails[1].subject, "New: Nursing subsidy explained");
        assert!(
            mails[1].body.contains(&format!("/policy/{id}")),
            "{}",
            mails[1].body
        );
        let message = eml_with(&app.mail_dir, EMAIL, "Nursing subsidy explained").await;
        assert!(message.contains("List-Unsubscribe"), "{message}");
        assert_eq!(
            app.mails_to("news@example.org").await.len(),
            1,
            "{backend:?}: the confirmation only"
        );
    }
}
