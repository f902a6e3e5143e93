//! The route list is derived, not kept by hand: each feature's `routes()`
//! is the only place an address is written. This proves that what the pages
//! offer is served: starting from the pages each kind of visitor begins
//! on, every link and every form address found on every page reached
//! answers with something other than "page not found" or an error.
//!
//! Following a link is safe (a GET changes nothing); a form's address is
//! only asked for with GET as well, which a POST-only route answers with
//! 405 and an unknown address with 404, so no form is submitted.

use crate::applications::{complete_sections_in, start};
use crate::helpers::{backends, spawn_app, TestApp};
use crate::staff::staff_member;
use app::domain::staff::Role;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Pages past which crawling stops, so a growing site cannot make this test slow.
const MOST_PAGES: usize = 600;

/// The address with each numeric segment as `{id}`: one visit per kind of page.
fn pattern(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if !segment.is_empty() && segment.chars().all(|c| c.is_ascii_digit()) {
                "{id}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Our own addresses in `href` or `action`, without fragment; not the
/// site's files (`/pkg/…`), which are served from the site folder.
fn own_address(address: &str) -> Option<String> {
    let address = address.split('#').next()?;
    (address.starts_with('/') && !address.starts_with("//") && !address.starts_with("/pkg/"))
        .then(|| address.to_string())
}

/// What a crawl found: the status of each kind of page and of each form address.
#[derive(Default)]
struct Crawl {
    pages: BTreeMap<String, (String, u16)>,
    forms: BTreeMap<String, (String, u16)>,
}

impl Crawl {
    fn failures(&self) -> Vec<String> {
        let broken = |(kind, (address, status)): (&String, &(String, u16))| {
            (*status == 404 || *status >= 500).then(|| format!("{kind} ({address}): {status}"))
        };
        let pages = self.pages.iter().filter_map(broken);
        let forms = self.forms.iter().filter_map(broken);
        pages.chain(forms).collect()
    }
}

async fn crawl(browser: &TestApp, starts: &[&str], crawl: &mut Crawl) {
    let mut queue: VecDeque<String> = starts.iter().map(|s| s.to_string()).collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    while let Some(address) = queue.pop_front() {
        let path = address.split('?').next().unwrap_or_default().to_string();
        if !seen.insert(pattern(&path)) || seen.len() > MOST_PAGES {
            continue;
        }
        // Switching language or signing out would change what the rest of the crawl sees.
        if path.starts_with("/language/") {
            continue;
        }
        let page = browser.get(&address).await;
        crawl.pages.insert(pattern(&path), (address.clone(), page.status));
        if page.status != 200 || !page.header("content-type").starts_with("text/html") {
            continue;
        }
        let html = page.html();
        for link in html
            .attrs("a[href]", "href")
            .iter()
            .filter_map(|a| own_address(a))
        {
            queue.push_back(link);
        }
        let get_forms = html.attrs("form[method=get][action]", "action");
        queue.extend(get_forms.iter().filter_map(|a| own_address(a)));
        for action in html.attrs("form[method=post][action]", "action") {
            let Some(action) = own_address(&action) else {
                continue;
            };
            let kind = pattern(action.split('?').next().unwrap_or_default());
            if let std::collections::btree_map::Entry::Vacant(entry) = crawl.forms.entry(kind) {
                let status = browser.get(&action).await.status;
                entry.insert((action, status));
            }
        }
    }
}

#[tokio::test]
async fn every_link_and_form_on_every_page_reached_is_served() {
    // Routing does not depend on the database: SQLite is enough.
    let Some(backend) = backends().into_iter().next() else {
        return;
    };
    let app = spawn_app(backend).await;
    server::seed::events(&app.db, app.clock.now_local())
        .await
        .expect("seed fairs and courses");
    let mut found = Crawl::default();

    let visitor = app.other_browser();
    let public = [
        "/",
        "/entitlements",
        "/check",
        "/jobs/fairs",
        "/jobs/fairs/past",
        "/training",
        "/staff",
    ];
    crawl(&visitor, &public, &mut found).await;

    // A resident with a draft, a sent application and someone they help.
    let resident = app.other_browser();
    resident.register_and_sign_in("Li Ming", "li@example.cn").await;
    let sent = start(&resident, "self").await;
    complete_sections_in(&resident, sent, "jiangbei.guanyinqiao.community1").await;
    resident
        .post_form(&format!("/applications/{sent}/submit"), "")
        .await;
    start(&resident, "self").await;
    let person = format!(
        "full_name=Ma+Xiaoming&relationship=parent&certificate_number={}&declaration=yes",
        crate::applications::CERTIFICATE
    );
    let added = resident.post_form("/account/people/new", &person).await;
    assert_eq!(added.status, 303, "{}", crate::residents::errors(&added.body));
    crawl(
        &resident,
        &["/account", "/applications", "/account/bookings"],
        &mut found,
    )
    .await;

    // Each staff role from its home page.
    for (email, role) in [
        ("community@example.org", Role::CommunityWorker),
        ("street@example.org", Role::StreetReviewer),
        ("district@example.org", Role::DistrictApprover),
        ("editor@example.org", Role::ContentEditor),
        ("admin@example.org", Role::Administrator),
    ] {
        let area = match role {
            Role::CommunityWorker => "jiangbei.guanyinqiao.community1",
            Role::StreetReviewer => "jiangbei.guanyinqiao",
            _ => "jiangbei",
        };
        let staff = staff_member(&app, email, role, area).await;
        crawl(&staff.browser, &["/staff/home"], &mut found).await;
    }

    assert!(
        found.pages.len() > 60,
        "the crawl reached {} kinds of page",
        found.pages.len()
    );
    assert!(
        found.forms.len() > 40,
        "the crawl found {} kinds of form",
        found.forms.len()
    );
    let failures = found.failures();
    assert!(
        failures.is_empty(),
        "addresses the pages offer that are not served: {failures:#?}"
    );
}
