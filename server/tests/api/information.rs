//! Publishing news, notices, policy explainers and pages: the second-person
//! rule, scheduled publication, withdrawal, versions and change notes,
//! hostile markup, who may reach the staff pages, form errors, the
//! emergency banner on every page, the page cache, a policy explainer's
//! three parts, and the front door's five newest.

use crate::helpers::{backends, spawn_app_at, TestApp};
use crate::residents::{errors, urlencode};
use crate::staff::{staff_member, Staffer};
use app::domain::staff::Role;
use app::web::clock::Clock;
use chrono::{Duration, TimeZone, Utc};

/// 2026-12-01 10:00 in Chongqing.
fn start() -> Clock {
    Clock::manual(Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap())
}

async fn spawn(backend: crate::helpers::Backend) -> TestApp {
    spawn_app_at(backend, &[], start()).await
}

fn news_form(title: &str, body: &str, note: &str) -> String {
    format!(
        "kind=news&action=save&title_zh={}&title_en=&easy_read_zh={}&easy_read_en=&body_zh={}&body_en=&change_note_zh={}&change_note_en=",
        urlencode(title),
        urlencode("区残联发布新消息。"),
        urlencode(body),
        urlencode(note)
    )
}

pub fn id_in(location: &str) -> i32 {
    location
        .trim_start_matches("/staff/articles/")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("an id in {location}"))
}

pub async fn write(editor: &Staffer, form: &str) -> i32 {
    let created = editor.browser.post_form("/staff/articles/new", form).await;
    assert_eq!(created.status, 303, "{}", errors(&created.body));
    id_in(created.header("location"))
}

pub async fn submit(editor: &Staffer, id: i32) {
    let submitted = editor
        .browser
        .post_form(&format!("/staff/articles/{id}/submit"), "")
        .await;
    assert_eq!(
        submitted.header("location"),
        format!("/staff/articles/{id}?done=submitted")
    );
}

pub async fn publish(editor: &Staffer, id: i32, body: &str) -> crate::helpers::Page {
    editor
        .browser
        .post_form(&format!("/staff/articles/{id}/publish"), body)
        .await
}

pub async fn editors(app: &TestApp) -> (Staffer, Staffer) {
    let first = staff_member(app, "writer@example.org", Role::ContentEditor, "jiangbei").await;
    let second = staff_member(app, "reader@example.org", Role::ContentEditor, "jiangbei").await;
    (first, second)
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .await
}

#[tokio::test]
async fn information_a_second_person_publishes() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let id = write(&writer, &news_form("助残日活动", "## 活动安排\n\n上午开幕。", "")).await;
        assert_eq!(
            app.get(&format!("/news/{id}")).await.status,
            404,
            "a draft is not public"
        );

        // Publishing before submitting changes nothing.
        let early = publish(&reader, id, "").await;
        assert_eq!(
            early.header("location"),
            format!("/staff/articles/{id}?done=unchanged")
        );
        submit(&writer, id).await;

        // The writer may not publish their own version, and is not offered to.
        let own = writer.browser.get(&format!("/staff/articles/{id}")).await;
        assert!(
            !own.body.contains(&format!("/staff/articles/{id}/publish")),
            "{}",
            own.body
        );
        assert_eq!(publish(&writer, id, "").await.status, 403);

        // An administrator assigns the admin; then the other editor may not either.
        let assigned = admin
            .browser
            .post_form(
                &format!("/staff/articles/{id}/assign"),
                &format!("publisher={}", admin.id),
            )
            .await;
        assert_eq!(assigned.status, 303, "{}", errors(&assigned.body));
        assert_eq!(publish(&reader, id, "").await.status, 403);
        // An editor may not assign.
        let not_admin = reader
            .browser
            .post_form(&format!("/staff/articles/{id}/assign"), "publisher=")
            .await;
        assert_eq!(not_admin.status, 403);

        let published = publish(&admin, id, "publish_date=&publish_time=").await;
        assert_eq!(
            published.header("location"),
            format!("/staff/articles/{id}?done=published")
        );
        let public = app.get(&format!("/news/{id}")).await;
        assert_eq!(public.status, 200);
        assert!(
            public.body.contains("助残日活动") && public.body.contains("<h2>活动安排</h2>"),
            "{}",
            public.body
        );
        assert!(app.get("/news").await.body.contains("助残日活动"));
        for action in [
            "edit_article",
            "submit_article",
            "assign_publisher",
            "publish_article",
        ] {
            assert_eq!(audit_count(&app, action).await, 1, "{action}");
        }
    }
}

#[tokio::test]
async fn information_scheduled_publication_shows_from_its_time() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = write(&writer, &news_form("春节放假安排", "放假七天。", "")).await;
        submit(&writer, id).await;
        let bad = publish(&reader, id, "publish_date=2026-13-01&publish_time=25:00").await;
        assert_eq!(bad.status, 422);
        assert!(bad.body.contains("value=\"2026-13-01\""), "{}", bad.body);
        let scheduled = publish(&reader, id, "publish_date=2026-12-02&publish_time=09:00").await;
        assert_eq!(scheduled.status, 303, "{}", errors(&scheduled.body));
        assert_eq!(app.get(&format!("/news/{id}")).await.status, 404);
        assert!(!app.get("/news").await.body.contains("春节放假安排"));
        // The next day at nine, it is there; no timer needed.
        app.clock.advance(Duration::hours(23));
        assert_eq!(app.get(&format!("/news/{id}")).await.status, 200);
        assert!(app.get("/news").await.body.contains("春节放假安排"));
        let items = app::information::store::published_items(&app.db, app.clock.now_local())
            .await
            .expect("items");
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].path, format!("/news/{id}"));
        assert_eq!(items[0].text_zh, "放假七天。");
    }
}

#[tokio::test]
async fn information_versions_are_kept_and_change_notes_shown() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = write(&writer, &news_form("补贴标准", "每月 100 元。", "")).await;
        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);

        // The reader edits: a new version, a draft; the public keeps the first.
        // (Before the staff sessions time out for lack of activity.)
        app.clock.advance(Duration::minutes(5));
        let saved = reader
            .browser
            .post_form(
                &format!("/staff/articles/{id}"),
                &news_form("补贴标准", "每月 120 元。", "标准提高到 120 元。"),
            )
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        let meanwhile = app.get(&format!("/news/{id}")).await;
        assert!(
            meanwhile.body.contains("每月 100 元") && !meanwhile.body.contains("120"),
            "{}",
            meanwhile.body
        );
        submit(&reader, id).await;
        // The reader changed this version, so the writer publishes it.
        assert_eq!(publish(&reader, id, "").await.status, 403);
        assert_eq!(publish(&writer, id, "").await.status, 303);
        let page = app.get(&format!("/news/{id}")).await;
        assert!(page.body.contains("每月 120 元"), "{}", page.body);
        assert!(
            page.body.contains("标准提高到 120 元。"),
            "the change note: {}",
            page.body
        );
        assert!(
            page.body.contains("最后更新 2026年12月1日"),
            "last updated: {}",
            page.body
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM article_revision WHERE article_id = {id} AND published_at IS NOT NULL"
            ))
            .await,
            2
        );
        // English pages show the Chinese, marked as Chinese.
        let english = app
            .get_with(&format!("/news/{id}"), &[("cookie", "lang=en")])
            .await;
        assert!(
            english.body.contains(r#"<span lang="zh-CN">补贴标准</span>"#),
            "{}",
            english.body
        );
    }
}

#[tokio::test]
async fn information_unpublished_pages_say_they_were_withdrawn() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = write(&writer, &news_form("旧通知", "内容。", "")).await;
        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);
        let no_reason = writer
            .browser
            .post_form(&format!("/staff/articles/{id}/unpublish"), "reason=")
            .await;
        assert_eq!(no_reason.status, 422);
        let withdrawn = writer
            .browser
            .post_form(
                &format!("/staff/articles/{id}/unpublish"),
                &format!("reason={}", urlencode("内容已过时")),
            )
            .await;
        assert_eq!(
            withdrawn.header("location"),
            format!("/staff/articles/{id}?done=unpublished")
        );
        let gone = app.get(&format!("/news/{id}")).await;
        assert_eq!(gone.status, 410);
        assert!(!gone.body.contains("内容。"), "{}", gone.body);
        assert!(!app.get("/news").await.body.contains("旧通知"));
        assert_eq!(app.get("/news/99999").await.status, 404);
        assert!(writer
            .browser
            .get(&format!("/staff/articles/{id}"))
            .await
            .body
            .contains("内容已过时"));
        assert_eq!(audit_count(&app, "unpublish_article").await, 1);
    }
}

#[tokio::test]
async fn information_hostile_markup_is_rendered_harmless() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) [two](JaVaScRiPt:alert(2))\n\n<a href=\"javascript:alert(3)\" style=\"color:red\">x</a>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n![p](data:image/png;base64,AAAA)";
        let id = write(&writer, &news_form("安全测试", hostile, "")).await;
        // The preview is sanitised the same way.
        let preview = writer
            .browser
            .post_form(
                &format!("/staff/articles/{id}"),
                &news_form("安全测试", hostile, "").replace("action=save", "action=preview"),
            )
            .await;
        assert_eq!(preview.status, 200);
        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);
        let page = app.get(&format!("/news/{id}")).await;
        for shown in [&page.body, &preview.body] {
            let prose = crate::helpers::between(shown, "class=\"prose\"", "</div>").expect("the body");
            // Text is escaped, so every `<` opens a real tag.
            for tag in prose.to_lowercase().split('<').skip(1) {
                let tag = tag.split('>').next().unwrap_or_default();
                for bad in ["script", "img", "iframe", " on", "style=", "javascript:", "data:"] {
                    assert!(!tag.contains(bad), "{bad} in <{tag}> of {prose}");
                }
            }
            assert!(prose.contains("&lt;script&gt;"), "shown as typed: {prose}");
        }
    }
}

#[tokio::test]
async fn information_staff_pages_are_for_editors_only() {
    for backend in backends() {
        let app = spawn(backend).await;
        let reviewer = staff_member(
            &app,
            "reviewer@example.org",
            Role::StreetReviewer,
            "jiangbei.guanyinqiao",
        )
        .await;
        for path in [
            "/staff/articles",
            "/staff/articles/new?kind=news",
            "/staff/banner",
        ] {
            assert_eq!(reviewer.browser.get(path).await.status, 403, "{path}");
            let anonymous = app.other_browser().get(path).await;
            assert_eq!(anonymous.status, 303, "{path}");
            assert!(anonymous.header("location").starts_with("/staff?next="), "{path}");
        }
        assert_eq!(
            reviewer
                .browser
                .post_form("/staff/articles/new", &news_form("x", "y", ""))
                .await
                .status,
            403
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM article").await, 0);
    }
}

#[tokio::test]
async fn information_form_errors_keep_what_was_typed() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, _) = editors(&app).await;
        let sent =
            "kind=page&action=save&title_zh=&title_en=About&easy_read_zh=&body_zh=&slug=Not%20A%20Slug";
        let page = writer.browser.post_form("/staff/articles/new", sent).await;
        assert_eq!(page.status, 422);
        let what = errors(&page.body);
        for field in ["title_zh", "easy_read_zh", "body_zh", "slug"] {
            assert!(what.contains(field), "{field}: {what}");
        }
        assert!(
            page.body.contains("value=\"About\"") && page.body.contains("value=\"Not A Slug\""),
            "{}",
            page.body
        );
        assert_eq!(page.h1s(), 1);
        // A plain page is published at its address.
        let form = "kind=page&action=save&title_zh=%E5%85%B3%E4%BA%8E&easy_read_zh=x&body_zh=y&slug=about-us";
        let id = write(&writer, form).await;
        let again = writer.browser.post_form("/staff/articles/new", form).await;
        assert!(
            errors(&again.body).contains("slug"),
            "a taken address: {}",
            errors(&again.body)
        );
        assert!(id > 0);
    }
}

#[tokio::test]
async fn information_the_banner_is_on_every_page_until_it_ends() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, _) = editors(&app).await;
        // Warm the page cache first: the banner must still show on the next request.
        for path in ["/", "/entitlements"] {
            app.get(path).await;
            app.get(path).await;
        }
        let past = writer
            .browser
            .post_form(
                "/staff/banner",
                "text_zh=&text_en=&ends_date=2026-11-01&ends_time=09:00",
            )
            .await;
        assert_eq!(past.status, 422);
        assert!(past.body.contains("value=\"2026-11-01\""));
        let raised = writer
            .browser
            .post_form(
                "/staff/banner",
                &format!(
                    "text_zh={}&text_en=&ends_date=2026-12-01&ends_time=18:00",
                    urlencode("暴雨预警：今天各中心暂停开放。")
                ),
            )
            .await;
        assert_eq!(raised.status, 303, "{}", errors(&raised.body));
        for path in ["/", "/entitlements"] {
            let page = app.get(path).await;
            assert!(page.body.contains("暴雨预警"), "{path}");
            assert!(page.body.contains(r#"role="region""#), "{path}");
        }
        assert!(writer
            .browser
            .get("/staff/articles")
            .await
            .body
            .contains("暴雨预警"));
        let english = app.get_with("/", &[("cookie", "lang=en")]).await;
        assert!(
            english
                .body
                .contains(r#"lang="zh-CN" class="emergency-banner__text">暴雨预警"#),
            "{}",
            english.body
        );
        // After its end time it is gone everywhere.
        app.clock.advance(Duration::hours(9));
        for path in ["/", "/entitlements"] {
            assert!(!app.get(path).await.body.contains("暴雨预警"), "{path}");
        }
        assert_eq!(audit_count(&app, "raise_banner").await, 1);
    }
}

#[tokio::test]
async fn information_an_ended_banner_leaves_at_once() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, _) = editors(&app).await;
        writer
            .browser
            .post_form(
                "/staff/banner",
                &format!(
                    "text_zh={}&ends_date=2026-12-05&ends_time=18:00",
                    urlencode("停水通知")
                ),
            )
            .await;
        assert!(app.get("/").await.body.contains("停水通知"));
        let id = app.count("SELECT CAST(MAX(id) AS BIGINT) FROM site_banner").await;
        let ended = writer
            .browser
            .post_form(&format!("/staff/banner/{id}/end"), "")
            .await;
        assert_eq!(ended.header("location"), "/staff/banner?done=banner-ended");
        assert!(!app.get("/").await.body.contains("停水通知"));
        assert_eq!(audit_count(&app, "end_banner").await, 1);
    }
}

#[tokio::test]
async fn information_a_cached_list_shows_a_new_publication_on_the_next_request() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        for _ in 0..2 {
            assert!(!app.get("/notices").await.body.contains("招聘通知"));
        }
        let form = format!(
            "kind=notice&action=save&title_zh={}&easy_read_zh=x&body_zh=y&closes_on=2026-12-20",
            urlencode("招聘通知")
        );
        let id = write(&writer, &form).await;
        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);
        let list = app.get("/notices").await;
        assert!(list.body.contains("招聘通知"), "{}", list.body);
        assert!(app.get(&format!("/notices/{id}")).await.body.contains("招聘通知"));
    }
}

/// A publication is found everywhere the site points to what is new: the
/// front door, search, the news feed and the site map for search engines.
#[tokio::test]
async fn information_a_publication_reaches_the_front_door_search_feed_and_site_map() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let id = write(
            &writer,
            &news_form("残疾人运动会报名开始", "轮椅篮球和盲人门球。", ""),
        )
        .await;
        let path = format!("/news/{id}");
        assert!(!app
            .get("/search?q=%E8%BF%90%E5%8A%A8%E4%BC%9A")
            .await
            .body
            .contains(&path));
        submit(&writer, id).await;
        let published = publish(&reader, id, "").await;
        assert_eq!(published.status, 303, "{}", errors(&published.body));

        let home = app.get("/").await;
        assert!(
            home.html().attrs("main a", "href").contains(&path),
            "{}",
            home.body
        );
        let found = app.get("/search?q=%E8%BF%90%E5%8A%A8%E4%BC%9A").await;
        assert!(
            found
                .html()
                .attrs(".search-result__title a", "href")
                .contains(&path),
            "{}",
            found.body
        );
        let feed = app.get("/feeds/news.atom").await;
        assert!(
            feed.body.contains("残疾人运动会报名开始") && feed.body.contains(&path),
            "{}",
            feed.body
        );
        assert!(app.get("/sitemap.xml").await.body.contains(&path));
    }
}

/// A policy explainer's form: its parts as given (Chinese, English).
pub fn policy_form(title: &str, parts: [(&str, &str); 3]) -> String {
    let [changed, who, what] = parts;
    format!(
        "kind=policy&action=save&title_zh={}&title_en={}&easy_read_zh={}&easy_read_en=&body_zh={}&body_en=\
         &source_title={}&source_number={}&source_date=2026-11-20\
         &what_changed_zh={}&what_changed_en={}&who_for_zh={}&who_for_en={}&what_to_do_zh={}&what_to_do_en={}\
         &change_note_zh=&change_note_en=",
        urlencode(title),
        urlencode("Nursing subsidy explained"),
        urlencode("护理补贴提高了。"),
        urlencode("## 政策背景\n\n全文解读。"),
        urlencode("关于提高重度残疾人护理补贴标准的通知"),
        urlencode("渝残联发〔2026〕12号"),
        urlencode(changed.0),
        urlencode(changed.1),
        urlencode(who.0),
        urlencode(who.1),
        urlencode(what.0),
        urlencode(what.1),
    )
}

/// The markup of the section headed by `heading_id` on a policy page.
fn section(body: &str, heading_id: &str) -> String {
    crate::helpers::between(body, &format!("id=\"{heading_id}\""), "</section>")
        .unwrap_or_else(|| panic!("no section {heading_id} in {body}"))
}

#[tokio::test]
async fn information_a_policy_explainer_says_what_changed_who_for_and_what_to_do() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;

        // Without its three parts a policy explainer is not even saved, and keeps what was typed.
        let empty = policy_form("护理补贴标准提高", [("", "Typed in English"), ("", ""), ("", "")]);
        let refused = writer.browser.post_form("/staff/articles/new", &empty).await;
        assert_eq!(refused.status, 422);
        let what = errors(&refused.body);
        for field in ["what_changed_zh", "who_for_zh", "what_to_do_zh"] {
            assert!(what.contains(field), "{field}: {what}");
        }
        assert!(refused.body.contains("Typed in English"), "{}", refused.body);
        assert_eq!(app.count("SELECT COUNT(*) FROM article").await, 0);
        // The other kinds have no such parts.
        assert!(!writer
            .browser
            .get("/staff/articles/new?kind=news")
            .await
            .body
            .contains("what_changed_zh"));

        let hostile = "持证的**一级、二级**残疾人。\n\n<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n\n# 大标题";
        let form = policy_form(
            "护理补贴标准提高",
            [
                (
                    "每月补贴从 100 元提高到 120 元。",
                    "The subsidy rises from 100 to 120 yuan a month.",
                ),
                (hostile, ""),
                (
                    "1. 不用重新申请\n2. 到街道便民服务中心核对银行卡",
                    "1. No need to apply again",
                ),
            ],
        );
        let id = write(&writer, &form).await;

        // A version saved before the parts existed is not submitted (nor published) until they are written.
        sea_orm::ConnectionTrait::execute_unprepared(
            &app.db,
            &format!(
                "UPDATE article_revision SET what_changed_zh = '', who_for_zh = '', what_to_do_zh = '' WHERE article_id = {id}"
            ),
        )
        .await
        .expect("blank the parts");
        let not_submitted = writer
            .browser
            .post_form(&format!("/staff/articles/{id}/submit"), "")
            .await;
        assert_eq!(not_submitted.status, 422, "{}", not_submitted.body);
        let what = errors(&not_submitted.body);
        for field in ["what_changed_zh", "who_for_zh", "what_to_do_zh"] {
            assert!(what.contains(field), "{field}: {what}");
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM article WHERE id = {id} AND status = 'draft'"
            ))
            .await,
            1
        );
        let saved = writer
            .browser
            .post_form(&format!("/staff/articles/{id}"), &form)
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));

        // The preview shows the parts, sanitised, under headings below its own.
        let preview = writer
            .browser
            .post_form(
                &format!("/staff/articles/{id}"),
                &form.replace("action=save", "action=preview"),
            )
            .await;
        assert_eq!(preview.status, 200);
        assert!(
            preview.body.contains("id=\"preview-what-changed-heading\""),
            "{}",
            preview.body
        );

        submit(&writer, id).await;
        assert_eq!(publish(&reader, id, "").await.status, 303);

        let page = app.get(&format!("/policy/{id}")).await;
        assert_eq!(page.status, 200);
        let body = &page.body;
        // After the easy-read summary, before the body, in this order.
        let at = |needle: &str| body.find(needle).unwrap_or_else(|| panic!("{needle} in {body}"));
        assert!(at("easy-read-heading") < at("what-changed-heading"));
        assert!(at("what-changed-heading") < at("who-for-heading"));
        assert!(at("who-for-heading") < at("what-to-do-heading"));
        assert!(at("what-to-do-heading") < at("<h2>政策背景</h2>"));
        assert!(section(body, "what-changed-heading").contains(">改了什么</h2>"));
        assert!(section(body, "what-changed-heading").contains("提高到 120 元"));
        assert!(section(body, "what-to-do-heading").contains("<ol>"), "{body}");
        for shown in [
            section(body, "who-for-heading"),
            section(&preview.body, "preview-who-for-heading"),
        ] {
            assert!(shown.contains("<strong>一级、二级</strong>"), "{shown}");
            assert!(shown.contains("&lt;script&gt;"), "shown as typed: {shown}");
            for tag in shown.to_lowercase().split('<').skip(1) {
                let tag = tag.split('>').next().unwrap_or_default();
                for bad in ["script", " on", "javascript:", "h1", "h2 "] {
                    assert!(!tag.contains(bad), "{bad} in <{tag}> of {shown}");
                }
            }
            // The typed `#` heading sits below the section's own heading.
            assert!(shown.contains("<h3>大标题</h3>"), "{shown}");
        }

        // In English: English where written, the Chinese marked as Chinese where not.
        let english = app
            .get_with(&format!("/policy/{id}"), &[("cookie", "lang=en")])
            .await;
        let changed = section(&english.body, "what-changed-heading");
        assert!(
            changed.contains(">What changed</h2>") && changed.contains("rises from 100 to 120"),
            "{changed}"
        );
        assert!(!changed.contains("lang=\"zh-CN\""), "{changed}");
        let who = section(&english.body, "who-for-heading");
        assert!(
            who.contains(">Who it is for</h2>") && who.contains("lang=\"zh-CN\""),
            "{who}"
        );
        assert!(section(&english.body, "what-to-do-heading").contains("No need to apply again"));

        // Search finds it by words only in its parts.
        let found = app.get("/search?q=%E4%BE%BF%E6%B0%91%E6%9C%8D%E5%8A%A1").await;
        assert!(
            found
                .html()
                .attrs(".search-result__title a", "href")
                .contains(&format!("/policy/{id}")),
            "{}",
            found.body
        );

        // A new version waits for its publication; the public keeps the published parts.
        app.clock.advance(Duration::minutes(5));
        let changed_again = form.replace(
            &urlencode("每月补贴从 100 元提高到 120 元。"),
            &urlencode("每月补贴从 120 元提高到 150 元。"),
        );
        let saved = reader
            .browser
            .post_form(&format!("/staff/articles/{id}"), &changed_again)
            .await;
        assert_eq!(saved.status, 303, "{}", errors(&saved.body));
        let meanwhile = app.get(&format!("/policy/{id}")).await;
        let shown = section(&meanwhile.body, "what-changed-heading");
        assert!(
            shown.contains("提高到 120 元") && !shown.contains("150"),
            "{shown}"
        );
        submit(&reader, id).await;
        assert_eq!(publish(&writer, id, "").await.status, 303);
        let after = app.get(&format!("/policy/{id}")).await;
        assert!(section(&after.body, "what-changed-heading").contains("提高到 150 元"));
    }
}

/// The front door's "what is new": the five newest of what the public sees,
/// not a scheduled item nor a withdrawn one, newest first.
#[tokio::test]
async fn information_the_front_door_shows_the_five_newest() {
    for backend in backends() {
        let app = spawn(backend).await;
        let (writer, reader) = editors(&app).await;
        let mut published = Vec::new();
        for n in 1..=7 {
            let id = write(&writer, &news_form(&format!("第{n}条新闻"), "内容。", "")).await;
            submit(&writer, id).await;
            assert_eq!(publish(&reader, id, "").await.status, 303);
            published.push(id);
            app.clock.advance(Duration::minutes(1));
        }
        // Scheduled for tomorrow, and published then withdrawn: both newer, neither shown.
        let scheduled = write(&writer, &news_form("明天的新闻", "内容。", "")).await;
        submit(&writer, scheduled).await;
        let later = publish(&reader, scheduled, "publish_date=2026-12-02&publish_time=09:00").await;
        assert_eq!(later.status, 303, "{}", errors(&later.body));
        app.clock.advance(Duration::minutes(1));
        let withdrawn = write(&writer, &news_form("撤下的新闻", "内容。", "")).await;
        submit(&writer, withdrawn).await;
        assert_eq!(publish(&reader, withdrawn, "").await.status, 303);
        let gone = writer
            .browser
            .post_form(
                &format!("/staff/articles/{withdrawn}/unpublish"),
                &format!("reason={}", urlencode("有误")),
            )
            .await;
        assert_eq!(gone.status, 303, "{}", errors(&gone.body));

        let home = app.get("/").await;
        let shown: Vec<String> = home
            .html()
            .attrs("main a", "href")
            .into_iter()
            .filter(|href| href.starts_with("/news/"))
            .collect();
        let newest: Vec<String> = published
            .iter()
            .rev()
            .take(5)
            .map(|id| format!("/news/{id}"))
            .collect();
        assert_eq!(shown, newest, "{}", home.body);
    }
}
