//! Site search (`/search`): Chinese queries find the catalogue by word and
//! by any run of characters, English queries on English pages, new fairs
//! and courses are found on the next search (on this server and on another
//! sharing the database), nothing found suggests where to go, matches are
//! marked and what was typed is shown as text, and no query is an error.

use crate::helpers::{backends, spawn_app, spawn_two_servers, TestApp};
use crate::residents::{errors, urlencode};
use app::domain::local_time::{chongqing_to_utc, utc_to_chongqing};
use app::job_fairs::store::fair;
use app::training::store::course;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection};

async fn search(app: &TestApp, query: &str) -> crate::helpers::Page {
    let page = app.get(&format!("/search?q={}", urlencode(query))).await;
    assert_eq!(page.status, 200, "{query:?}: {}", page.body);
    page
}

/// The addresses of the results, in page order.
fn results(page: &crate::helpers::Page) -> Vec<String> {
    page.html().attrs(".search-result__title a", "href")
}

async fn english(app: &TestApp) {
    app.get("/language/en?next=/").await;
}

async fn add_fair(db: &DatabaseConnection, title_zh: &str, title_en: &str) -> i32 {
    let now = utc_to_chongqing(Utc::now());
    let starts = now + Duration::days(3);
    fair::ActiveModel {
        area_code: Set("jiangbei".into()),
        title_zh: Set(title_zh.into()),
        title_en: Set(title_en.into()),
        summary_zh: Set("面向视力残疾求职者。".into()),
        summary_en: Set("For blind and partially sighted jobseekers.".into()),
        starts_at: Set(starts),
        ends_at: Set(starts + Duration::hours(3)),
        venue_zh: Set("寸滩街道文化中心".into()),
        venue_en: Set(String::new()),
        address_zh: Set("江北区寸滩街道 1 号".into()),
        address_en: Set(String::new()),
        transport_zh: Set(String::new()),
        transport_en: Set(String::new()),
        features: Set(String::new()),
        created_at: Set(chongqing_to_utc(now)),
        updated_at: Set(chongqing_to_utc(now)),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("add a fair")
    .id
}

async fn add_course(db: &DatabaseConnection, title_zh: &str) -> i32 {
    let now = Utc::now();
    course::ActiveModel {
        area_code: Set("jiangbei".into()),
        title_zh: Set(title_zh.into()),
        title_en: Set("Tea craft".into()),
        description_zh: Set("学习泡茶和茶艺服务。".into()),
        description_en: Set("Learn to make and serve tea.".into()),
        suits_zh: Set("听力残疾人".into()),
        suits_en: Set("Deaf people".into()),
        features: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("add a course")
    .id
}

#[tokio::test]
async fn chinese_queries_find_the_catalogue_by_word_and_by_characters() {
    for backend in backends() {
        let app = spawn_app(backend).await;

        let nursing = search(&app, "护理补贴").await;
        assert_eq!(
            results(&nursing).first().map(String::as_str),
            Some("/entitlements/e04"),
            "{}",
            nursing.body
        );
        assert!(nursing.body.contains("<mark>护理补贴</mark>"), "{}", nursing.body);
        let heading = nursing.html().texts("h1").join("");
        assert!(
            heading.contains("护理补贴") && heading.contains("条"),
            "{heading}"
        );
        assert_eq!(nursing.h1s(), 1);
        assert!(nursing
            .html()
            .texts("h2")
            .iter()
            .any(|h| h.starts_with("待遇和服务")));

        let subsidies = results(&search(&app, "补贴").await);
        assert!(subsidies.len() >= 3, "{subsidies:?}");
        assert!(subsidies.contains(&"/entitlements/e04".to_string()));

        for part in ["残疾人", "度残", "理补"] {
            let found = results(&search(&app, part).await);
            assert!(
                found.contains(&"/entitlements/e04".to_string()),
                "{part}: {found:?}"
            );
        }
        assert!(
            results(&search(&app, "度残补").await).is_empty(),
            "a run of characters must be whole"
        );
    }
}

#[tokio::test]
async fn english_pages_search_english_and_chinese() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        english(&app).await;

        let page = search(&app, "nursing subsidies").await;
        assert_eq!(
            results(&page).first().map(String::as_str),
            Some("/entitlements/e04"),
            "{}",
            page.body
        );
        assert!(
            page.body.contains("<mark>Nursing</mark> <mark>subsidy</mark>"),
            "{}",
            page.body
        );
        assert!(page
            .html()
            .texts("h1")
            .join("")
            .contains("for “nursing subsidies”"));
        assert_eq!(page.html_attr("lang"), "en");

        let chinese = search(&app, "护理补贴").await;
        assert!(
            results(&chinese).contains(&"/entitlements/e04".to_string()),
            "{}",
            chinese.body
        );
        assert_eq!(
            chinese.html().attrs("h1 span.search-query", "lang"),
            vec!["zh-CN".to_string()],
            "the query is marked as Chinese: {}",
            chinese.body
        );
        assert!(
            chinese
                .html()
                .count(r#".search-result__snippet span[lang="zh-CN"] mark"#)
                >= 1,
            "the Chinese text that matched is shown, marked as Chinese: {}",
            chinese.body
        );

        let chinese_page = app.other_browser();
        assert!(
            results(&search(&chinese_page, "nursing").await).is_empty(),
            "Chinese pages search the Chinese"
        );
    }
}

#[tokio::test]
async fn new_fairs_and_courses_are_found_on_the_next_search() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        assert!(results(&search(&app, "盲人按摩").await).is_empty());
        assert!(results(&search(&app, "茶艺").await).is_empty());

        let fair = add_fair(&app.db, "寸滩盲人按摩专场招聘会", "Cuntan massage jobs fair").await;
        let course = add_course(&app.db, "茶艺入门").await;

        let fairs = search(&app, "盲人按摩").await;
        assert_eq!(
            results(&fairs),
            vec![format!("/jobs/fairs/{fair}")],
            "{}",
            fairs.body
        );
        assert!(fairs.html().texts("h2").iter().any(|h| h.starts_with("招聘会")));
        assert_eq!(
            results(&search(&app, "茶艺").await),
            vec![format!("/training/{course}")]
        );
        english(&app).await;
        assert_eq!(
            results(&search(&app, "massage").await),
            vec![format!("/jobs/fairs/{fair}")]
        );
    }
}

#[tokio::test]
async fn a_change_on_one_server_is_found_on_the_other() {
    let Some((first, second)) = spawn_two_servers(&[]).await else {
        return;
    };
    assert!(results(&search(&second, "茶艺").await).is_empty());
    assert!(results(&search(&first, "茶艺").await).is_empty());
    let course = add_course(&first.db, "茶艺入门").await;
    assert_eq!(
        results(&search(&second, "茶艺").await),
        vec![format!("/training/{course}")]
    );
    assert_eq!(
        results(&search(&first, "茶艺").await),
        vec![format!("/training/{course}")]
    );
}

#[tokio::test]
async fn nothing_found_suggests_the_catalogue_the_checker_and_help() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for lang_first in [false, true] {
            if lang_first {
                english(&app).await;
            }
            let page = search(&app, "zzqx").await;
            assert!(results(&page).is_empty());
            let links = page.html().attrs("main a", "href");
            for wanted in ["/entitlements", "/check", "#footer-help-heading"] {
                assert!(links.iter().any(|l| l == wanted), "{wanted} in {links:?}");
            }
            assert!(links.iter().any(|l| l.starts_with("tel:")), "{links:?}");
            let heading = page.html().texts("h1").join("");
            assert!(heading.contains("zzqx"), "{heading}");
        }
    }
}

#[tokio::test]
async fn what_was_typed_is_shown_as_text() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let page = search(&app, "<script>alert(1)</script> 补贴").await;
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    assert!(
        page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; 补贴"),
        "{}",
        page.body
    );
    assert!(page
        .html()
        .attrs("#q", "value")
        .contains(&"<script>alert(1)</script> 补贴".to_string()));
    let breakout = search(&app, "</title><script>alert(2)</script>").await;
    assert!(!breakout.body.contains("<script>alert(2)"), "{}", breakout.body);
    assert_eq!(breakout.html().count("head title"), 1);
    assert!(
        breakout.title().contains("</title><script>alert(2)</script>"),
        "{}",
        breakout.title()
    );
}

#[tokio::test]
async fn malformed_queries_are_answered_with_the_page() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    for query in [
        "title:x AND (",
        r#"" AND OR ( ) : * ~ ^"#,
        "补贴\u{0}",
        "😀👨‍👩‍👧 补贴",
        "\u{202E}补贴\u{200F}",
        "%",
        "\\",
    ] {
        let page = search(&app, query).await;
        assert_eq!(page.h1s(), 1, "{query:?}");
    }
    for address in [
        "/search?q=%FF%FE",
        "/search?q=%E8%A1",
        "/search?q=a&q=b",
        "/search?kind=../x&q=补贴",
        "/search?q",
    ] {
        let page = app.get(address).await;
        assert_eq!(page.status, 200, "{address}: {}", page.body);
    }

    let long = search(&app, &"补".repeat(2_000)).await;
    assert!(
        errors(&long.body).contains("搜索词不能超过 100 个字"),
        "{}",
        long.body
    );
    assert!(long.title().starts_with("错误"), "{}", long.title());
    assert!(results(&long).is_empty());
    english(&app).await;
    let long = search(&app, &"a".repeat(101)).await;
    assert!(
        errors(&long.body).contains("Enter no more than 100 characters"),
        "{}",
        long.body
    );
}

#[tokio::test]
async fn an_empty_query_shows_the_form() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    for address in ["/search", "/search?q=", "/search?q=+%20+"] {
        let page = app.get(address).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.html().texts("h1"), vec!["搜索".to_string()]);
        assert_eq!(
            page.html()
                .count(r#"form[role="search"][method="get"] input[name="q"]"#),
            1
        );
        assert!(page.html().count(r#"label[for="q"]"#) == 1, "a visible label");
        assert!(results(&page).is_empty());
    }
}

#[tokio::test]
async fn each_kind_shows_ten_then_links_to_the_rest() {
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let many = search(&app, "残疾").await;
    let entitlements = many.html().attrs(
        r#"section[aria-labelledby="search-group-entitlement"] .search-result__title a"#,
        "href",
    );
    assert_eq!(
        entitlements.len(),
        10,
        "ten entitlements, then a link: {}",
        many.body
    );
    let more = many
        .html()
        .links(".search-group a")
        .into_iter()
        .find(|(href, _)| href.contains("kind=entitlement"))
        .map(|(href, _)| href.replace("&amp;", "&"))
        .expect("a link to every entitlement found");
    let every = app.get(&more).await;
    assert!(results(&every).len() > 10, "{}", every.body);
    assert!(every
        .html()
        .attrs("main a", "href")
        .iter()
        .any(|h| h == "/search?q=%E6%AE%8B%E7%96%BE"));
}

/// How long building the index and answering a query take (printed; run
/// with `--nocapture`). The catalogue repeated ten times stands for a site
/// of some hundreds of pages.
#[tokio::test]
async fn index_build_and_query_times() {
    use app::search::documents::entitlement_documents;
    use app::search::index::{BuiltIndex, Looking};
    use app::search::query::{read_query, Asked};
    use std::time::Instant;

    let documents: Vec<_> = (0..10).flat_map(|_| entitlement_documents()).collect();
    let count = documents.len();
    app::search::text::load_dictionary();
    let started = Instant::now();
    let index = BuiltIndex::build(documents).expect("indexed");
    let built = started.elapsed();
    let Asked::Query(query) = read_query("护理补贴") else {
        panic!("a query");
    };
    let started = Instant::now();
    let rounds = 100;
    for _ in 0..rounds {
        index
            .search(&query, Looking::ChineseAndEnglish, utc_to_chongqing(Utc::now()))
            .expect("searched");
    }
    let each = started.elapsed() / rounds;
    eprintln!("search index: {count} documents built in {built:?}; a query takes {each:?}");
}

/// The `rebuild-search-index` command of the built binary, as an operator
/// runs it: against a database with one published article it prints each
/// kind's count and the total, and exits 0; with a database it cannot
/// reach it says so and exits non-zero.
#[tokio::test]
async fn search_rebuild_command_counts_what_it_indexed_and_fails_clearly() {
    use app::domain::articles::ArticleKind;
    use app::information::store::{self as articles, ArticleFields, VersionText};
    use std::process::Command;

    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("portal.db").display());
    let db = server::database::connect(&url).await.expect("connect");
    server::database::migrate(&db).await.expect("migrate");
    let now = utc_to_chongqing(Utc::now()) - Duration::hours(1);
    let text = VersionText {
        title_zh: "助残日活动".to_string(),
        easy_read_zh: "五月有助残日活动。".to_string(),
        body_zh: "活动安排。".to_string(),
        ..VersionText::default()
    };
    let id = articles::create(&db, ArticleKind::News, &ArticleFields::default(), &text, 1, now)
        .await
        .expect("a draft");
    assert!(articles::submit(&db, id).await.expect("submitted"));
    let found = articles::find(&db, id).await.expect("read").expect("the article");
    let version = articles::latest_revision(&db, id)
        .await
        .expect("read")
        .expect("its version");
    assert!(articles::publish(&db, &found, &version, None, now)
        .await
        .expect("published"));
    db.close().await.expect("closed");

    // From the temporary folder, so no `.env` of the checkout is read.
    let run = |database_url: &str| {
        Command::new(env!("CARGO_BIN_EXE_server"))
            .arg("rebuild-search-index")
            .current_dir(dir.path())
            .env("DATABASE_URL", database_url)
            .env("PORTAL_LOG", "warn")
            .env_remove("PORTAL_ENV")
            .output()
            .expect("the server binary runs")
    };
    let built = run(&url);
    let stdout = String::from_utf8_lossy(&built.stdout);
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "{:?}\n{stdout}\n{stderr}", built.status);
    let count_of = |kind: &str| {
        stdout
            .lines()
            .find_map(|line| {
                let mut words = line.split_whitespace();
                (words.next() == Some(kind)).then(|| words.next()?.parse::<usize>().ok())?
            })
            .unwrap_or_else(|| panic!("a count of {kind} in {stdout}"))
    };
    assert_eq!(count_of("news"), 1, "{stdout}");
    assert_eq!(count_of("policy"), 0, "{stdout}");
    let entitlements = count_of("entitlement");
    assert_eq!(entitlements, app::domain::catalogue::CATALOGUE.len(), "{stdout}");
    // Every kind has its line, and the total adds them up.
    let counted: Vec<usize> = stdout
        .lines()
        .filter_map(|line| match line.split_whitespace().collect::<Vec<_>>()[..] {
            [_, count] => count.parse().ok(),
            _ => None,
        })
        .collect();
    assert_eq!(counted.len(), 8, "{stdout}");
    let total: usize = counted.iter().sum();
    assert!(stdout.contains(&format!("Indexed {total} documents")), "{stdout}");

    for bad in ["nosuchdb://nowhere", "postgres://nobody@127.0.0.1:1/none"] {
        let failed = run(bad);
        assert!(!failed.status.success(), "{bad}: {:?}", failed.status);
        assert_eq!(failed.status.code(), Some(1), "{bad}");
        let said = String::from_utf8_lossy(&failed.stderr);
        assert!(!said.trim().is_empty(), "{bad}: a reason on stderr");
        assert!(
            !said.contains("panicked"),
            "{bad}: a sentence, not a panic: {said}"
        );
        assert!(failed.stdout.is_empty(), "{bad}: nothing counted");
    }
}
