//! A seeded fuzz pass over every form and the JSON API: malformed, oversized, wrongly encoded
//! and boundary values (NUL bytes, invalid UTF-8, percent-encoded garbage, repeated fields, huge
//! numbers, impossible dates), sent by nobody, by a signed-in resident and by a signed-in
//! administrator. Never a 5xx; a refused form stores nothing; no text stored holds a NUL.
//!
//! `PORTAL_FUZZ_CASES` sets the number of requests per backend (300 by default;
//! `make robustness-full` sends 5000) and `PORTAL_FUZZ_SEED` the seed; a failure prints both.

use crate::helpers::{backends, spawn_app, Backend, TestApp};
use crate::staff::staff_member;
use app::domain::staff::Role;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use std::collections::BTreeMap;

/// Every address that takes a POST (from each feature's `routes()`), the multipart ones marked.
const FORMS: &[(&str, Body)] = &[
    ("/settings", Body::Form),
    ("/check/q/{slug}", Body::Form),
    ("/check/start-again", Body::Form),
    ("/register", Body::Form),
    ("/sign-in", Body::Form),
    ("/sign-in/link", Body::Form),
    ("/sign-in/link/{token}", Body::Form),
    ("/password-reset", Body::Form),
    ("/password-reset/{token}", Body::Form),
    ("/sign-out", Body::Form),
    ("/sign-out-everywhere", Body::Form),
    ("/session/extend", Body::Form),
    ("/account/details", Body::Form),
    ("/account/password", Body::Form),
    ("/account/delete", Body::Form),
    ("/account/people/new", Body::Form),
    ("/account/people/{id}/remove", Body::Form),
    ("/apply/{entitlement}", Body::Form),
    ("/applications/{id}/person", Body::Form),
    ("/applications/{id}/circumstances", Body::Form),
    ("/applications/{id}/q/{slug}", Body::Form),
    ("/applications/{id}/documents", Body::Multipart),
    ("/applications/{id}/documents/done", Body::Form),
    ("/applications/{id}/documents/{id}/delete", Body::Form),
    ("/applications/{id}/declaration", Body::Form),
    ("/applications/{id}/submit", Body::Form),
    ("/applications/{id}/withdraw", Body::Form),
    ("/applications/{id}/respond", Body::Multipart),
    ("/applications/{id}/delete", Body::Form),
    ("/jobs/fairs/{id}/register", Body::Form),
    ("/jobs/registrations/{id}/cancel", Body::Form),
    ("/training/{id}/book", Body::Form),
    ("/training/bookings/{id}/cancel", Body::Form),
    ("/training/bookings/{id}/accept", Body::Form),
    ("/training/bookings/{id}/decline", Body::Form),
    ("/staff", Body::Form),
    ("/staff/two-factor", Body::Form),
    ("/staff/two-factor/set-up", Body::Form),
    ("/staff/recovery-codes", Body::Form),
    ("/staff/set-up/{token}", Body::Form),
    ("/staff/sign-out", Body::Form),
    ("/staff/applications/{id}/pass", Body::Form),
    ("/staff/applications/{id}/approve", Body::Form),
    ("/staff/applications/{id}/refuse", Body::Form),
    ("/staff/applications/{id}/request-information", Body::Form),
    ("/staff/applications/{id}/assign", Body::Form),
    ("/staff/applications/{id}/notes", Body::Form),
    ("/staff/parameters", Body::Form),
    ("/staff/parameters/appeal-terms", Body::Form),
    ("/staff/parameters/review", Body::Form),
    ("/staff/team/new", Body::Form),
    ("/staff/team/{id}", Body::Form),
    ("/staff/team/{id}/disable", Body::Form),
    ("/staff/team/{id}/enable", Body::Form),
    ("/staff/team/{id}/reset", Body::Form),
    ("/staff/courses/new", Body::Form),
    ("/staff/courses/{id}", Body::Form),
    ("/staff/courses/{id}/sessions", Body::Form),
    ("/staff/sessions/{id}/capacity", Body::Form),
    ("/staff/sessions/{id}/cancel", Body::Form),
    ("/staff/bookings/{id}/check-in", Body::Form),
    ("/staff/bookings/{id}/complete", Body::Form),
    ("/staff/bookings/{id}/move", Body::Form),
    ("/staff/fairs/new", Body::Form),
    ("/staff/fairs/{id}", Body::Form),
    ("/staff/fairs/{id}/employers", Body::Form),
    ("/staff/fairs/{id}/positions", Body::Form),
    ("/staff/fairs/{id}/cancel", Body::Form),
    ("/staff/registrations/{id}/check-in", Body::Form),
    ("/staff/registrations/{id}/hire", Body::Form),
    ("/api/v1/eligibility", Body::Json),
];

/// Pages whose query string is a form (filters, searches, where to go next).
const QUERIES: &[&str] = &[
    "/staff/queue",
    "/staff/queue.csv",
    "/staff/audit",
    "/staff/audit.csv",
    "/jobs/fairs",
    "/training",
    "/language/{tag}",
    "/sign-in",
    "/check/results",
];

/// Addresses that would end the fuzzing browser's session or account; only nobody sends them.
const ENDS_THE_SESSION: &[&str] = &[
    "/sign-out",
    "/sign-out-everywhere",
    "/account/delete",
    "/staff/sign-out",
];

/// Forms that are accepted as they are, for the resident (`true`) or staff; a case changes one
/// or two of their values, so the hostile value reaches the store when the rest is good.
const BASELINES: &[(bool, &str, &str)] = &[
    (true, "/register", "full_name=Li+Ming&email=li{n}%40example.cn&email_language=en"),
    (
        true,
        "/account/people/new",
        "full_name=Ma+Jian&relationship=parent&certificate_number=11010519800301001X12&declaration=yes",
    ),
    (true, "/account/details", "full_name=Fuzz+Resident&email_language=en"),
    (
        true,
        "/applications/{draft}/person",
        "full_name=Li+Ming&certificate_number=11010519800301001X12&phone=13800000000\
         &area_code=jiangbei.guanyinqiao.community1&address=1+Example+Road&then=continue",
    ),
    (true, "/sign-in/link", "link_email=fuzz%40example.org"),
    (true, "/password-reset", "email=fuzz%40example.org"),
    (
        false,
        "/staff/fairs/new",
        "title_zh=%E6%8B%9B%E8%81%98%E4%BC%9A&title_en=&summary_zh=%E4%B8%93%E5%9C%BA&summary_en=\
         &date=2027-06-15&starts=09:00&ends=12:00&venue_zh=%E8%A1%97%E9%81%93&venue_en=\
         &address_zh=%E8%B7%AF&address_en=&transport_zh=%E8%BD%BB%E8%BD%A8&transport_en=&feature=step-free",
    ),
    (
        false,
        "/staff/courses/new",
        "title_zh=%E7%83%98%E7%84%99&title_en=Baking&description_zh=%E9%9D%A2%E5%8C%85&description_en=\
         &suits_zh=%E6%89%80%E6%9C%89%E4%BA%BA&suits_en=&feature=lift",
    ),
    (false, "/staff/fairs/{id}/employers", "employer_name=Logistics&employer_description="),
    (
        false,
        "/staff/courses/{id}/sessions",
        "date=2027-06-15&starts=14:00&ends=17:00&venue_zh=%E8%A1%97&address_zh=%E8%B7%AF&capacity=10",
    ),
    (false, "/staff/applications/{id}/notes", "note=Checked+the+hukou+in+person"),
    (
        false,
        "/staff/parameters/appeal-terms",
        "body_zh=%E5%A4%8D%E8%AE%AE&body_en=Review&reconsideration_days=60&lawsuit_months=6&terms_from=2027-06-15",
    ),
    (
        false,
        "/staff/team/new",
        "display_name=New+Person&email=new{n}%40jiangbei.example&role=street_reviewer&area=jiangbei.guanyinqiao",
    ),
];

/// The names the portal's forms read (from the handlers), and the API's facts.
const FIELDS: &[&str] = &[
    "a",
    "address",
    "address_en",
    "address_zh",
    "adjustments",
    "adjustments_offered",
    "amount",
    "answer",
    "area",
    "area_code",
    "assignee",
    "b",
    "big",
    "body_en",
    "body_zh",
    "c",
    "capacity",
    "certificate_number",
    "code",
    "confirmed",
    "contrast",
    "d",
    "date",
    "declaration",
    "description_en",
    "description_zh",
    "details",
    "direction",
    "display_name",
    "document",
    "effective_from",
    "email",
    "email_language",
    "employer",
    "employer_description",
    "employer_name",
    "ends",
    "feature",
    "for",
    "from",
    "full_name",
    "lang",
    "lawsuit_months",
    "link_email",
    "message",
    "n",
    "needs",
    "next",
    "note",
    "ok",
    "online",
    "openings",
    "other_needs",
    "overdue",
    "parameter",
    "password",
    "phone",
    "position_title",
    "provision",
    "queue",
    "reason",
    "reconsideration_days",
    "relationship",
    "review_note",
    "review_parameter",
    "role",
    "session",
    "source",
    "start",
    "starts",
    "status",
    "suits_en",
    "suits_zh",
    "summary_en",
    "summary_zh",
    "t",
    "terms_from",
    "text",
    "then",
    "title_en",
    "title_zh",
    "to",
    "transport_en",
    "transport_zh",
    "value",
    "venue_en",
    "venue_zh",
    "x",
    "spacing",
    "starts_on",
    "starts_at",
    "time",
    "q",
    "page",
];

const FACTS: &[&str] = &[
    "area",
    "autism",
    "birth_date",
    "category",
    "cerebral_palsy",
    "date",
    "disabled_parent",
    "education",
    "employment",
    "has_certificate",
    "household",
    "household_income_per_person",
    "housing",
    "kindergarten",
    "level",
    "lives_in_district",
    "lost_work_ability",
    "mental_disorder_treatment",
    "motorised_wheelchair",
    "multiple_categories",
    "needs",
    "needs_not_sure",
    "own_vehicle",
    "post_kind",
    "registered_in_district",
    "self_paid_training_years",
    "severe_mental_disorder",
    "sex",
    "small_business",
    "wants_work",
];

/// Values that pass some checks (so the fuzz gets past the first one) mixed in with the rest.
const PLAUSIBLE: &[&str] = &[
    "",
    "yes",
    "no",
    "on",
    "true",
    "1",
    "2",
    "0",
    "me",
    "self",
    "continue",
    "later",
    "en",
    "zh-CN",
    "parent",
    "approve",
    "refuse",
    "dibao",
    "physical",
    "jiangbei",
    "jiangbei.guanyinqiao.community1",
    "administrator",
    "street_reviewer",
    "11010519800301001X12",
    "li@example.cn",
    "2026-12-01",
    "09:30",
    "2026-12-01T09:30",
    "a long staff password 2026",
    "/",
    "/applications",
    "E04",
    "e04",
    "large_print",
];

const HOSTILE: &[&str] = &[
    "%00",
    "a%00b",
    "%00%00%00",
    "%FF",
    "%FE%FF",
    "%C3%28",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%C0%AF",
    "%",
    "%%",
    "%Z",
    "%ZZ",
    "%4",
    "%%30%30",
    "+%2B+",
    "%0D%0ASet-Cookie:%20x=1",
    "%E2%80%AE",
    "%E2%80%8B",
    "%EF%BB%BF",
    "%F0%9F%92%A9",
    "%5C%5Cevil.example",
    "%2F%2Fevil.example",
    "%09/evil.example",
    "0000-00-00",
    "9999-99-99",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "2026-13-01",
    "-0001-01-01",
    "262143-12-31",
    "2026-1-1",
    "24:00",
    "23:59:60",
    "99:99",
    "-1",
    "-0",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "99999999999999999999999999",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "0x10",
    "1_000",
    "１２",
    "٣",
    "0.1",
    "1,5",
    "%27%20OR%201%3D1%20--",
    "%3Cscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%E6%B1%9F%E5%8C%97",
    "%20%20%20",
    "%0A%0A",
    "null",
    "[]",
    "{}",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Body {
    Form,
    Multipart,
    Json,
}

#[derive(Clone, Copy, Debug)]
enum Who {
    Nobody,
    Resident,
    Staff,
}

#[tokio::test]
async fn no_form_or_api_request_causes_a_server_error_or_stores_garbage() {
    let cases: usize = setting("PORTAL_FUZZ_CASES", 300);
    let seed: u64 = setting("PORTAL_FUZZ_SEED", 20_261_130);
    for backend in backends() {
        fuzz(backend, cases, seed).await;
    }
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Browsers {
    nobody: TestApp,
    resident: TestApp,
    /// An administrator, a district approver and a content editor, for the whole district.
    staff: Vec<TestApp>,
    /// The resident's draft application.
    draft: i64,
    /// Ids that exist (an application, a booking, a fair …), so some requests reach the handlers'
    /// later checks; the staff browsers' own ids are left out so they never disable themselves.
    ids: Vec<String>,
}

async fn fuzz(backend: Backend, cases: usize, seed: u64) {
    let started = std::time::Instant::now();
    let browsers = prepare(backend).await;
    let app = &browsers.nobody;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    for case in 0..cases {
        let who = match rng.random_range(0..10) {
            0..=1 => Who::Nobody,
            2..=5 => Who::Resident,
            _ => Who::Staff,
        };
        let request = generate(&mut rng, &browsers.ids, browsers.draft, who);
        let before = row_counts(app).await;
        let browser = match who {
            Who::Nobody => &browsers.nobody,
            Who::Resident => &browsers.resident,
            Who::Staff => &browsers.staff[rng.random_range(0..browsers.staff.len())],
        };
        let status = send(browser, &request).await;
        let reproduce = format!(
            "{backend:?} case {case} (PORTAL_FUZZ_SEED={seed} PORTAL_FUZZ_CASES={}) as {who:?}: {} {}",
            case + 1,
            request.method,
            request.path
        );
        let status = status.unwrap_or_else(|error| panic!("{reproduce}: no answer ({error})"));
        assert!(
            status < 500,
            "{reproduce} answered {status}: {:?}",
            request.shown()
        );
        if (400..500).contains(&status) {
            assert_eq!(
                row_counts(app).await,
                before,
                "{reproduce} was refused ({status}) but stored something: {:?}",
                request.shown()
            );
        }
        *statuses.entry(status).or_default() += 1;
    }
    no_text_holds_a_nul(app).await;
    eprintln!(
        "{backend:?}: {cases} fuzzed requests in {:?}, answers by status: {statuses:?}",
        started.elapsed()
    );
}

/// A server with fairs and courses, submitted applications, and a resident with a draft, a
/// booking; three staff members signed in and one more.
async fn prepare(backend: Backend) -> Browsers {
    let app = spawn_app(backend).await;
    server::seed::events(&app.db, app.clock.now_local())
        .await
        .expect("seed fairs and courses");
    server::seed::applications(&app.db, 5, 10, 7, app.clock.now())
        .await
        .expect("seed applications");
    staff_member(
        &app,
        "other@jiangbei.example",
        Role::StreetReviewer,
        "jiangbei.guanyinqiao",
    )
    .await;
    let mut staff = Vec::new();
    let mut own_ids = Vec::new();
    for (email, role) in [
        ("admin@jiangbei.example", Role::Administrator),
        ("approver@jiangbei.example", Role::DistrictApprover),
        ("editor@jiangbei.example", Role::ContentEditor),
    ] {
        let member = staff_member(&app, email, role, "jiangbei").await;
        own_ids.push(i64::from(member.id));
        staff.push(member.browser);
    }
    let resident = app.other_browser();
    resident
        .register_and_sign_in("Fuzz Resident", "fuzz@example.org")
        .await;
    let started = resident.post_form("/apply/e04", "for=self").await;
    assert_eq!(started.status, 303, "a draft");
    let draft = app.count("SELECT CAST(MAX(id) AS BIGINT) FROM application").await;
    let session = app
        .count("SELECT CAST(MIN(id) AS BIGINT) FROM course_session")
        .await;
    let course = app
        .count(&format!(
            "SELECT CAST(course_id AS BIGINT) FROM course_session WHERE id = {session}"
        ))
        .await;
    let booked = resident
        .post_form(
            &format!("/training/{course}/book"),
            &format!("session={session}&for=me"),
        )
        .await;
    assert_eq!(booked.status, 303, "a booking");
    let top = app
        .count(
            "SELECT CAST(MAX(n) AS BIGINT) FROM (SELECT MAX(id) AS n FROM application UNION ALL \
             SELECT MAX(id) FROM course_session UNION ALL SELECT MAX(id) FROM fair UNION ALL \
             SELECT MAX(id) FROM staff_account) AS ids",
        )
        .await;
    let ids = (1..=top)
        .filter(|id| !own_ids.contains(id))
        .map(|id| id.to_string())
        .collect();
    Browsers {
        nobody: app,
        resident,
        staff,
        draft,
        ids,
    }
}

struct Request {
    method: &'static str,
    path: String,
    content_type: String,
    body: Vec<u8>,
    same_origin: bool,
}

impl Request {
    /// The request as text for a failure message, long values cut short.
    fn shown(&self) -> String {
        let body = String::from_utf8_lossy(&self.body);
        let cut: String = body.chars().take(300).collect();
        format!("{} [{}] {cut}", self.content_type, self.body.len())
    }
}

fn generate(rng: &mut StdRng, ids: &[String], draft: i64, who: Who) -> Request {
    if rng.random_range(0..8) == 0 {
        let template = QUERIES[rng.random_range(0..QUERIES.len())];
        let path = format!("{}?{}", fill(rng, template, ids), form_body(rng, false));
        return Request {
            method: "GET",
            path,
            content_type: String::new(),
            body: Vec::new(),
            same_origin: true,
        };
    }
    if !matches!(who, Who::Nobody) && rng.random_range(0..5) < 2 {
        return mutated_baseline(rng, ids, draft, matches!(who, Who::Resident));
    }
    // Each signed-in browser mostly sends its own side's forms, so most requests get past the
    // sign-in check; the other side's are refused before any handler.
    let (template, kind) = loop {
        let (template, kind) = FORMS[rng.random_range(0..FORMS.len())];
        let own_side = match who {
            Who::Nobody => true,
            Who::Resident => !template.starts_with("/staff"),
            Who::Staff => template.starts_with("/staff") || rng.random_range(0..10) == 0,
        };
        let keeps_session = matches!(who, Who::Nobody) || !ENDS_THE_SESSION.contains(&template);
        if own_side && keeps_session {
            break (template, kind);
        }
    };
    let path = fill(rng, template, ids);
    let (content_type, body) = match (kind, rng.random_range(0..10)) {
        // Now and then the wrong kind of body for the address.
        (_, 0) => ("application/json".to_string(), json_body(rng)),
        (_, 1) => multipart_body(rng),
        (_, 2) => (garbage_content_type(rng), raw_bytes(rng)),
        (Body::Json, _) => ("application/json".to_string(), json_body(rng)),
        (Body::Multipart, _) => multipart_body(rng),
        (Body::Form, _) => (
            "application/x-www-form-urlencoded".to_string(),
            form_body(rng, true).into_bytes(),
        ),
    };
    Request {
        method: "POST",
        path,
        content_type,
        body,
        same_origin: rng.random_range(0..20) != 0,
    }
}

/// A good form for this side with one or two values made hostile, a field repeated with a
/// hostile value, or a field left out.
fn mutated_baseline(rng: &mut StdRng, ids: &[String], draft: i64, resident: bool) -> Request {
    let own: Vec<&(bool, &str, &str)> = BASELINES.iter().filter(|b| b.0 == resident).collect();
    let (_, template, body) = own[rng.random_range(0..own.len())];
    let path = fill(rng, &template.replace("{draft}", &draft.to_string()), ids);
    let body = body.replace("{n}", &rng.random_range(0..1_000_000).to_string());
    let mut pairs: Vec<(String, String)> = body
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for _ in 0..rng.random_range(1..=2) {
        let at = rng.random_range(0..pairs.len());
        match rng.random_range(0..6) {
            0 => {
                let name = pairs[at].0.clone();
                pairs.push((name, value(rng)));
            }
            1 if pairs.len() > 1 => {
                pairs.remove(at);
            }
            2 => {
                let hostile = HOSTILE[rng.random_range(0..HOSTILE.len())];
                pairs[at].1 = format!("{hostile}{}{hostile}", pairs[at].1);
            }
            _ => pairs[at].1 = value(rng),
        }
    }
    let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    Request {
        method: "POST",
        path,
        content_type: "application/x-www-form-urlencoded".to_string(),
        body: body.join("&").into_bytes(),
        same_origin: true,
    }
}

/// The address with its placeholders filled: mostly ids that exist, sometimes garbage.
fn fill(rng: &mut StdRng, template: &str, ids: &[String]) -> String {
    let mut path = template.to_string();
    while let Some(start) = path.find('{') {
        let Some(end) = path[start..].find('}').map(|e| e + start) else {
            break;
        };
        let value = match (&path[start + 1..end], rng.random_range(0..10)) {
            (_, 0..=2) => HOSTILE[rng.random_range(0..HOSTILE.len())].to_string(),
            ("id", _) => ids[rng.random_range(0..ids.len())].clone(),
            ("entitlement", _) => ["e04", "E04", "e03", "e99", "check"][rng.random_range(0..5)].to_string(),
            ("tag", _) => ["en", "zh-CN", "fr", "EN"][rng.random_range(0..4)].to_string(),
            (_, _) => encode(&random_text(rng, 40)),
        };
        path.replace_range(start..=end, &value);
    }
    path
}

/// `name=value&…` with names the forms read, repeated fields, hostile values, and now and
/// then something that is not a form at all.
fn form_body(rng: &mut StdRng, may_be_huge: bool) -> String {
    match rng.random_range(0..20) {
        0 if may_be_huge => format!("full_name={}", "a".repeat(70 * 1024)),
        1 if may_be_huge => "a=b&".repeat(20_000),
        2 => HOSTILE[rng.random_range(0..HOSTILE.len())].to_string(),
        _ => {
            let fields = rng.random_range(0..10);
            (0..fields)
                .map(|_| {
                    let name = if rng.random_range(0..8) == 0 {
                        HOSTILE[rng.random_range(0..HOSTILE.len())].to_string()
                    } else {
                        FIELDS[rng.random_range(0..FIELDS.len())].to_string()
                    };
                    format!("{name}={}", value(rng))
                })
                .collect::<Vec<_>>()
                .join("&")
        }
    }
}

/// One value, already percent-encoded.
fn value(rng: &mut StdRng) -> String {
    match rng.random_range(0..10) {
        0..=3 => encode(PLAUSIBLE[rng.random_range(0..PLAUSIBLE.len())]),
        4..=7 => HOSTILE[rng.random_range(0..HOSTILE.len())].to_string(),
        8 => encode(&random_text(rng, 3000)),
        _ => {
            // A plausible value with hostile bytes around it.
            let plausible = encode(PLAUSIBLE[rng.random_range(0..PLAUSIBLE.len())]);
            let hostile = HOSTILE[rng.random_range(0..HOSTILE.len())];
            format!("{hostile}{plausible}{hostile}")
        }
    }
}

/// Characters from every corner: ASCII, control characters, CJK, right-to-left, emoji.
fn random_text(rng: &mut StdRng, max: usize) -> String {
    let length = rng.random_range(0..=max);
    (0..length)
        .map(|_| match rng.random_range(0..6) {
            0 => char::from(rng.random_range(0u8..0x20)),
            1 => char::from(rng.random_range(0x20u8..0x7f)),
            2 => char::from_u32(rng.random_range(0x4e00..0x9fff)).unwrap_or('江'),
            3 => ['\u{202e}', '\u{200b}', '\u{feff}', '\u{fffd}', '\u{0301}'][rng.random_range(0..5)],
            4 => char::from_u32(rng.random_range(0x1f300..0x1f6ff)).unwrap_or('🙂'),
            _ => 'a',
        })
        .collect()
}

fn encode(text: &str) -> String {
    crate::residents::urlencode(text)
}

fn json_body(rng: &mut StdRng) -> Vec<u8> {
    match rng.random_range(0..12) {
        0 => raw_bytes(rng),
        1 => format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
        2 => format!("{{\"notes\":\"{}\"}}", "x".repeat(70 * 1024)).into_bytes(),
        3 => b"{\"level\":1,\"level\":\"2\",\"level\":null}".to_vec(),
        4 => b"{\"level\":1".to_vec(),
        5 => b"\xef\xbb\xbf{\"level\":1}".to_vec(),
        6 => b"{\"area\":\"\xff\xfe\"}".to_vec(),
        _ => {
            let facts = rng.random_range(0..8);
            let pairs: Vec<String> = (0..facts)
                .map(|_| {
                    let name = FACTS[rng.random_range(0..FACTS.len())];
                    format!("\"{name}\":{}", json_value(rng))
                })
                .collect();
            format!("{{{}}}", pairs.join(",")).into_bytes()
        }
    }
}

fn json_value(rng: &mut StdRng) -> String {
    const VALUES: &[&str] = &[
        "null",
        "true",
        "false",
        "0",
        "-1",
        "1",
        "2",
        "4",
        "5",
        "1.5",
        "1e309",
        "-1e309",
        "1e-400",
        "123456789012345678901234567890",
        "-9223372036854775809",
        "18446744073709551616",
        "\"\"",
        "\"0000-00-00\"",
        "\"9999-99-99\"",
        "\"9999-12-31\"",
        "\"0001-01-01\"",
        "\"2026-02-30\"",
        "\"2026-11-29\"",
        "\"dibao\"",
        "\"physical\"",
        "\"a\\u0000b\"",
        "\"\\ud800\"",
        "\"\\u202e\"",
        "[]",
        "{}",
        "[1,2,3]",
        "{\"a\":{\"b\":{}}}",
        "\"jiangbei\"",
        "\"female\"",
        "\"yes\"",
    ];
    VALUES[rng.random_range(0..VALUES.len())].to_string()
}

/// A multipart body, sometimes broken: a wrong boundary, no file, a NUL or a path in the file
/// name, an unknown kind of file, a huge text field.
fn multipart_body(rng: &mut StdRng) -> (String, Vec<u8>) {
    let boundary = "fuzzBOUNDARY7MA4YWxk";
    let declared = match rng.random_range(0..8) {
        0 => "otherBOUNDARY".to_string(),
        1 => String::new(),
        _ => boundary.to_string(),
    };
    let mut body = Vec::new();
    let parts = rng.random_range(0..4);
    for _ in 0..parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match rng.random_range(0..4) {
            0 => {
                let name = FIELDS[rng.random_range(0..FIELDS.len())];
                let text = if rng.random_range(0..4) == 0 {
                    "x".repeat(200 * 1024)
                } else {
                    random_text(rng, 200)
                };
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{text}\r\n").as_bytes(),
                );
            }
            _ => {
                let file_name = ["a.pdf", "../../etc/passwd", "a\u{0}.pdf", "证件.png", "", "x.exe"]
                    [rng.random_range(0..6)];
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"document\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .as_bytes(),
                );
                body.extend_from_slice(&raw_bytes(rng));
                body.extend_from_slice(b"\r\n");
            }
        }
    }
    if rng.random_range(0..5) != 0 {
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    }
    (format!("multipart/form-data; boundary={declared}"), body)
}

fn raw_bytes(rng: &mut StdRng) -> Vec<u8> {
    let start: &[u8] = [
        &b"%PDF-1.4\n"[..],
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A][..],
        &b""[..],
        &b"\xff\xd8\xff"[..],
    ][rng.random_range(0..4)];
    let length = rng.random_range(0..2000);
    let mut bytes = start.to_vec();
    bytes.extend((0..length).map(|_| rng.random::<u8>()));
    bytes
}

fn garbage_content_type(rng: &mut StdRng) -> String {
    [
        "",
        "text/plain",
        "application/x-www-form-urlencoded; charset=latin1",
        "application/x-www-form-urlencoded; charset=\u{ff}",
        "multipart/form-data",
        "application/json; charset=utf-16",
        "*/*",
    ][rng.random_range(0..7)]
    .to_string()
}

async fn send(browser: &TestApp, request: &Request) -> Result<u16, reqwest::Error> {
    let mut builder = match request.method {
        "GET" => browser.client.get(browser.url(&request.path)),
        _ => browser
            .client
            .post(browser.url(&request.path))
            .body(request.body.clone()),
    };
    if !request.content_type.is_empty() {
        if let Ok(value) = reqwest::header::HeaderValue::from_bytes(request.content_type.as_bytes()) {
            builder = builder.header("content-type", value);
        }
    }
    if request.same_origin {
        builder = builder
            .header("origin", &browser.address)
            .header("sec-fetch-site", "same-origin");
    }
    Ok(builder.send().await?.status().as_u16())
}

/// The tables a form could add a row to.
const TABLES: &[&str] = &[
    "appeal_terms",
    "application",
    "application_event",
    "booking",
    "course",
    "course_session",
    "document",
    "fair",
    "fair_employer",
    "fair_position",
    "fair_registration",
    "help_contact",
    "helped_person",
    "outbox",
    "parameter_review",
    "resident_account",
    "rule_parameter",
    "staff_account",
    "staff_note",
    "staff_recovery_code",
];

async fn row_counts(app: &TestApp) -> Vec<i64> {
    let columns: Vec<String> = TABLES
        .iter()
        .map(|t| format!("(SELECT CAST(COUNT(*) AS BIGINT) FROM {t})"))
        .collect();
    let sql = format!("SELECT {}", columns.join(", "));
    let row = app
        .db
        .query_one(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .expect("count rows")
        .expect("one row");
    (0..TABLES.len())
        .map(|i| row.try_get_by_index::<i64>(i).expect("a count"))
        .collect()
}

/// No text column holds a NUL. (PostgreSQL refuses them outright, which the 5xx check covers;
/// SQLite would keep them.)
async fn no_text_holds_a_nul(app: &TestApp) {
    let backend = app.db.get_database_backend();
    if backend != DatabaseBackend::Sqlite {
        return;
    }
    let columns = app
        .db
        .query_all(Statement::from_string(
            backend,
            "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'tower_sessions%' AND m.name NOT LIKE 'seaql%' \
             AND (lower(p.type) LIKE '%char%' OR lower(p.type) LIKE '%text%' OR lower(p.type) LIKE '%json%')",
        ))
        .await
        .expect("list text columns");
    for column in columns {
        let table: String = column.try_get_by_index(0).expect("a table");
        let name: String = column.try_get_by_index(1).expect("a column");
        let with_nul = app
            .count(&format!(
                "SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{name}\" AS BLOB), X'00') > 0"
            ))
            .await;
        assert_eq!(with_nul, 0, "{table}.{name} holds a NUL byte");
    }
}
