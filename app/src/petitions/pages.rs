//! The pages of petitions and complaints: for residents (the start page,
//! filing in writing or by recording, the status page, anonymous
//! suggestions, public statistics) and for petition officers (the list,
//! the district's supervision list, one matter).

use crate::components::{
    encode_path, with_view, BackLink, Checkbox, ErrorSummary, NotificationBanner, OptionGroups, PageTitle,
    RadioOption, Radios, Select, StaffNav, SummaryList, SummaryRow, Table, Tag, TagKind, TextArea, TextInput,
};
use crate::domain::petitions::{Authorisation, MatterKind, Rating};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// Longest description of what happened, in characters.
pub const MAX_STORY: usize = 5000;
/// Longest other text (what is asked, a reason, a note, a notice), in characters.
pub const MAX_TEXT: usize = 2000;

pub fn kind_text(kind: MatterKind) -> String {
    t(&format!("petition-kind-{}", kind.key().replace('_', "-")))
}

fn kind_options() -> Vec<RadioOption> {
    MatterKind::ALL
        .into_iter()
        .map(|k| RadioOption {
            value: k.key().to_string(),
            label: kind_text(k),
            hint: Some(t(&format!("petition-kind-{}-hint", k.key().replace('_', "-")))),
        })
        .collect()
}

/// A matter in a list (the resident's own, or staff's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatterRow {
    pub href: String,
    pub reference: String,
    pub kind: String,
    pub state: String,
    pub held_by: String,
    pub deadline: String,
    pub days_left: String,
    /// "due soon" or "overdue", in words.
    pub flag: Option<(String, bool)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PetitionsHome {
    pub signed_in: bool,
    pub matters: Vec<MatterRow>,
}

/// `/petitions`: what one can do, and one's own matters.
#[component]
pub fn PetitionsHomePage() -> impl IntoView {
    with_view(|home: PetitionsHome| {
        let next = encode_path("/petitions/new");
        view! {
            <PageTitle text=t("petitions-title")/>
            <h1>{t("petitions-title")}</h1>
            <p class="lead">{t("petitions-lead")}</p>
            <p>{t("petitions-what")}</p>
            <ul class="list list--bullet">
                <li>{t("petitions-what-request")}</li>
                <li>{t("petitions-what-complaint")}</li>
                <li>{t("petitions-what-proxy")}</li>
                <li>{t("petitions-what-sign-language")}</li>
            </ul>
            <h2>{t("petitions-start-heading")}</h2>
            {if home.signed_in {
                view! {
                    <p><a href="/petitions/new" class="button">{t("petitions-start-written")}</a></p>
                    <p><a href="/petitions/new/recording">{t("petitions-start-recording")}</a></p>
                }.into_any()
            } else {
                view! {
                    <p>{t("petitions-sign-in-first")}</p>
                    <p><a href=format!("/sign-in?next={next}") class="button">{t("sign-in-title")}</a></p>
                    <p><a href=format!("/register?next={next}")>{t("register-title")}</a></p>
                }.into_any()
            }}
            <h2>{t("petitions-anonymous-heading")}</h2>
            <p>{t("petitions-anonymous-text")}</p>
            <p><a href="/petitions/suggest">{t("petitions-anonymous-link")}</a></p>
            {home.signed_in.then(|| view! {
                <h2>{t("petitions-yours")}</h2>
                <MatterTable rows=home.matters caption=t("petitions-yours") staff=false/>
            })}
            <h2>{t("petitions-figures-heading")}</h2>
            <p><a href="/petitions/statistics">{t("petitions-statistics-link")}</a></p>
        }
    })
}

#[component]
pub fn MatterTable(rows: Vec<MatterRow>, #[prop(into)] caption: String, staff: bool) -> impl IntoView {
    let mut headers = vec![
        t("petitions-col-reference"),
        t("petitions-col-kind"),
        t("petitions-col-state"),
    ];
    if staff {
        headers.push(t("petitions-col-held-by"));
    }
    headers.push(t("petitions-col-deadline"));
    if staff {
        headers.push(t("petitions-col-days-left"));
    }
    let rows = rows
        .into_iter()
        .map(|r| {
            let flag = r.flag.clone().map(|(text, overdue)| {
                let kind = if overdue { TagKind::Warning } else { TagKind::Plain };
                view! { " "<Tag text=text kind=kind/> }
            });
            let held = staff.then(|| view! { <td>{r.held_by.clone()}</td> });
            let days = staff.then(|| view! { <td>{r.days_left.clone()}{flag}</td> });
            view! {
                <tr>
                    <td><a href=r.href.clone()>{r.reference.clone()}</a></td>
                    <td>{r.kind.clone()}</td>
                    <td>{r.state.clone()}</td>
                    {held}
                    <td>{r.deadline.clone()}</td>
                    {days}
                </tr>
            }
            .into_any()
        })
        .collect();
    view! { <Table caption=caption caption_hidden=true headers=headers rows=rows empty=t("petitions-none")/> }
}

/// What the filing form offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileView {
    pub own_name: String,
    /// The people the account holder helps: (id, name).
    pub helped: Vec<(i32, String)>,
    pub communities: OptionGroups,
    /// Filing by a sign-language video or voice recording rather than in writing.
    pub recording: bool,
}

/// `/petitions/new` (in writing) and `/petitions/new/recording`.
#[component]
pub fn FilePage() -> impl IntoView {
    with_view(file_page)
}

fn file_page(view_model: FileView) -> impl IntoView {
    let form = use_form();
    let (title, action) = if view_model.recording {
        (t("petitions-file-recording-title"), "/petitions/new/recording")
    } else {
        (t("petitions-file-title"), "/petitions/new")
    };
    let mut for_options = vec![RadioOption {
        value: "me".into(),
        label: t_with("petitions-for-me", &[("name", view_model.own_name.clone())]),
        hint: None,
    }];
    for_options.extend(view_model.helped.iter().map(|(id, name)| RadioOption {
        value: id.to_string(),
        label: name.clone(),
        hint: Some(t("petitions-for-helped-hint")),
    }));
    for_options.push(RadioOption {
        value: "other".into(),
        label: t("petitions-for-other"),
        hint: Some(t("petitions-for-other-hint")),
    });
    let mut chosen = form.values_of("for");
    if chosen.is_empty() {
        chosen.push("me".into());
    }
    let proxy_options = vec![
        RadioOption {
            value: "family".into(),
            label: t("petitions-proxy-family"),
            hint: None,
        },
        RadioOption {
            value: "community_worker".into(),
            label: t("petitions-proxy-community-worker"),
            hint: None,
        },
    ];
    let authorisation_options: Vec<RadioOption> = Authorisation::ALL
        .into_iter()
        .map(|a| RadioOption {
            value: a.key().into(),
            label: t(&format!("petitions-authorisation-{}", a.key().replace('_', "-"))),
            hint: None,
        })
        .collect();
    let content = if view_model.recording {
        view! {
            <div class=if form.error("video").is_some() { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for="video">{t("petitions-recording-label")}</label>
                <p class="hint" id="video-hint">{t("petitions-recording-hint")}</p>
                {form.error("video").map(|e| view! {
                    <p class="error-message" id="video-error"><span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>{e}</p>
                })}
                <input class="file-upload" type="file" id="video" name="video" accept="video/mp4,video/webm,audio/mp4,audio/webm"
                    aria-describedby=if form.error("video").is_some() { "video-hint video-error" } else { "video-hint" }
                    aria-invalid=form.error("video").is_some().then_some("true")/>
            </div>
        }
        .into_any()
    } else {
        view! {
            <TextArea id="what_happened" label=t("petitions-what-happened") hint=t("petitions-what-happened-hint")
                value=form.value("what_happened") error=form.error("what_happened")/>
            <TextArea id="what_asked" label=t("petitions-what-asked") hint=t("petitions-what-asked-hint")
                value=form.value("what_asked") error=form.error("what_asked")/>
        }
        .into_any()
    };
    let enctype = view_model.recording.then_some("multipart/form-data");
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <BackLink href="/petitions" text=t("petitions-back")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p class="lead">{if view_model.recording { t("petitions-file-recording-lead") } else { t("petitions-file-lead") }}</p>
        <form method="post" action=action enctype=enctype novalidate=true>
            <Radios name="for" legend=t("petitions-for") options=for_options selected=chosen error=form.error("for")/>
            <h2>{t("petitions-proxy-heading")}</h2>
            <p class="hint">{t("petitions-proxy-hint")}</p>
            <TextInput id="petitioner_name" name="petitioner_name" label=t("petitions-petitioner-name")
                hint=t("petitions-petitioner-name-hint") value=form.value("petitioner_name")
                error=form.error("petitioner_name") width="input--20"/>
            <Radios name="proxy" legend=t("petitions-proxy") options=proxy_options
                selected=form.values_of("proxy") error=form.error("proxy")/>
            <Radios name="authorisation" legend=t("petitions-authorisation") hint=t("petitions-authorisation-hint")
                options=authorisation_options selected=form.values_of("authorisation") error=form.error("authorisation")/>
            <Checkbox id="authorised" label=t("petitions-authorised") checked=form.ticked("authorised", "yes")
                error=form.error("authorised")/>
            <h2>{t("petitions-matter-heading")}</h2>
            <Radios name="kind" legend=t("petitions-kind") options=kind_options()
                selected=form.values_of("kind") error=form.error("kind")/>
            <Select id="area" label=t("petitions-area") hint=t("petitions-area-hint") groups=view_model.communities
                selected=form.value("area") placeholder=t("petitions-area-choose") error=form.error("area")/>
            {content}
            <button type="submit" class="button">{t("petitions-file-submit")}</button>
        </form>
    }
}

/// A written notice, in both versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeView {
    pub title: String,
    pub issued: String,
    pub ordinary: String,
    pub easy_read: String,
}

/// One line of a matter's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryView {
    pub at: String,
    pub what: String,
    pub detail: String,
}

/// The status page's matter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusView {
    pub reference: String,
    pub kind: String,
    pub petitioner: String,
    pub filed_for: Option<String>,
    pub state: String,
    pub next: Option<String>,
    pub what_happened: String,
    pub what_asked: String,
    /// The transcript to confirm, while it waits for confirmation.
    pub transcript_to_confirm: Option<String>,
    pub awaiting_transcript: bool,
    pub notices: Vec<NoticeView>,
    pub history: Vec<HistoryView>,
    pub may_add: bool,
    /// "review" or "re-review", with the last day to ask.
    pub may_ask: Option<(&'static str, String)>,
    pub may_rate: bool,
    pub rating: Option<String>,
}

fn paragraphs(text: &str) -> impl IntoView {
    text.split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| view! { <p>{line.to_string()}</p> })
        .collect_view()
}

/// `/petitions/{reference}`.
#[component]
pub fn StatusPage() -> impl IntoView {
    with_view(status_page)
}

fn done_text(done: &str) -> Option<String> {
    let id = match done {
        "filed" => "petitions-done-filed",
        "confirmed" => "petitions-done-confirmed",
        "information" => "petitions-done-information",
        "review" => "petitions-done-review",
        "rated" => "petitions-done-rated",
        _ => return None,
    };
    Some(t(id))
}

fn status_page(status: StatusView) -> impl IntoView {
    let form = use_form();
    let done = use_page().query("done").and_then(|d| done_text(&d));
    let base = format!("/petitions/{}", status.reference);
    let title = t_with(
        "petitions-status-title",
        &[("reference", status.reference.clone())],
    );
    let rating_options: Vec<RadioOption> = Rating::ALL
        .into_iter()
        .map(|r| RadioOption {
            value: r.key().into(),
            label: t(&format!("petitions-rating-{}", r.key().replace('_', "-"))),
            hint: None,
        })
        .collect();
    let transcript = status.transcript_to_confirm.clone().map(|text| {
        let corrected = if form.value("transcript").is_empty() { text.clone() } else { form.value("transcript") };
        view! {
            <section aria-labelledby="transcript-heading">
                <h2 id="transcript-heading">{t("petitions-transcript-heading")}</h2>
                <p>{t("petitions-transcript-explain")}</p>
                <div class="inset">{paragraphs(&text)}</div>
                <form method="post" action=format!("{base}/transcript") novalidate=true>
                    <input type="hidden" name="choice" value="confirm"/>
                    <button type="submit" class="button">{t("petitions-transcript-confirm")}</button>
                </form>
                <form method="post" action=format!("{base}/transcript") novalidate=true>
                    <input type="hidden" name="choice" value="correct"/>
                    <TextArea id="transcript" label=t("petitions-transcript-correct-label")
                        hint=t("petitions-transcript-correct-hint") value=corrected error=form.error("transcript")/>
                    <button type="submit" class="button button--secondary">{t("petitions-transcript-correct")}</button>
                </form>
            </section>
        }
    });
    let notices = status.notices.clone();
    let history_rows = status
        .history
        .iter()
        .map(|h| view! { <tr><td>{h.at.clone()}</td><td>{h.what.clone()}</td><td>{paragraphs(&h.detail)}</td></tr> }.into_any())
        .collect();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <BackLink href="/petitions" text=t("petitions-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("petitions-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1>{title}</h1>
        <SummaryList>
            <SummaryRow key=t("petitions-col-state")><strong>{status.state.clone()}</strong></SummaryRow>
            {status.next.clone().map(|next| view! { <SummaryRow key=t("petitions-next")>{next}</SummaryRow> })}
            <SummaryRow key=t("petitions-col-kind")>{status.kind.clone()}</SummaryRow>
            <SummaryRow key=t("petitions-petitioner")>{status.petitioner.clone()}</SummaryRow>
            {status.filed_for.clone().map(|who| view! { <SummaryRow key=t("petitions-filed-by")>{who}</SummaryRow> })}
        </SummaryList>
        {status.awaiting_transcript.then(|| view! { <p>{t("petitions-awaiting-transcript")}</p> })}
        {transcript}
        {(!status.what_happened.is_empty()).then(|| view! {
            <h2>{t("petitions-what-happened")}</h2>
            {paragraphs(&status.what_happened)}
        })}
        {(!status.what_asked.is_empty()).then(|| view! {
            <h2>{t("petitions-what-asked")}</h2>
            {paragraphs(&status.what_asked)}
        })}
        <h2>{t("petitions-notices")}</h2>
        {if notices.is_empty() {
            view! { <p>{t("petitions-notices-none")}</p> }.into_any()
        } else {
            notices.into_iter().map(|n| view! {
                <section class="notice">
                    <h3>{n.title.clone()}</h3>
                    <p class="hint">{n.issued.clone()}</p>
                    {paragraphs(&n.ordinary)}
                    <h4>{t("petitions-easy-read")}</h4>
                    <div class="easy-read">{paragraphs(&n.easy_read)}</div>
                </section>
            }).collect_view().into_any()
        }}
        {status.may_ask.clone().map(|(which, by)| {
            let heading = t(&format!("petitions-ask-{which}-heading"));
            view! {
                <h2 id="ask-heading">{heading}</h2>
                <p>{t_with(&format!("petitions-ask-{which}-text"), &[("date", by)])}</p>
                <form method="post" action=format!("{base}/review") novalidate=true>
                    <TextArea id="reason" label=t("petitions-ask-reason") value=form.value("reason") error=form.error("reason")/>
                    <button type="submit" class="button">{t(&format!("petitions-ask-{which}-submit"))}</button>
                </form>
            }
        })}
        {status.may_rate.then(|| view! {
            <h2>{t("petitions-rate-heading")}</h2>
            <p>{t("petitions-rate-text")}</p>
            <form method="post" action=format!("{base}/rate") novalidate=true>
                <Radios name="rating" legend=t("petitions-rate-legend") options=rating_options
                    selected=form.values_of("rating") error=form.error("rating")/>
                <button type="submit" class="button">{t("petitions-rate-submit")}</button>
            </form>
        })}
        {status.rating.clone().map(|r| view! { <p>{t_with("petitions-rated", &[("rating", r)])}</p> })}
        {status.may_add.then(|| view! {
            <h2>{t("petitions-add-heading")}</h2>
            <form method="post" action=format!("{base}/information") novalidate=true>
                <TextArea id="information" label=t("petitions-add-label") hint=t("petitions-add-hint")
                    value=form.value("information") error=form.error("information")/>
                <button type="submit" class="button button--secondary">{t("petitions-add-submit")}</button>
            </form>
        })}
        <h2>{t("petitions-history")}</h2>
        <Table caption=t("petitions-history") caption_hidden=true
            headers=vec![t("petitions-col-when"), t("petitions-col-what"), t("petitions-col-detail")]
            rows=history_rows empty=t("petitions-history-none")/>
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestView {
    pub communities: OptionGroups,
}

/// `/petitions/suggest`: an anonymous suggestion.
#[component]
pub fn SuggestPage() -> impl IntoView {
    with_view(|view_model: SuggestView| {
        let form = use_form();
        view! {
            <PageTitle text=t("petitions-suggest-title") has_errors=form.has_errors()/>
            <BackLink href="/petitions" text=t("petitions-back")/>
            <ErrorSummary errors=form.summary()/>
            <h1>{t("petitions-suggest-title")}</h1>
            <div class="warning-text" role="note"><p><strong>{t("petitions-suggest-untracked")}</strong></p></div>
            <form method="post" action="/petitions/suggest" novalidate=true>
                <Select id="area" label=t("petitions-suggest-area") hint=t("petitions-suggest-area-hint")
                    groups=view_model.communities selected=form.value("area") placeholder=t("petitions-area-choose")
                    error=form.error("area")/>
                <TextArea id="suggestion" label=t("petitions-suggest-label") value=form.value("suggestion")
                    error=form.error("suggestion")/>
                <button type="submit" class="button">{t("petitions-suggest-submit")}</button>
            </form>
        }
    })
}

/// `/petitions/suggest/sent`.
#[component]
pub fn SuggestSentPage() -> impl IntoView {
    view! {
        <PageTitle text=t("petitions-suggest-sent-title")/>
        <h1>{t("petitions-suggest-sent-title")}</h1>
        <p>{t("petitions-suggest-sent-text")}</p>
        <p><a href="/petitions">{t("petitions-back")}</a></p>
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatisticsLine {
    pub month: String,
    pub kind: String,
    pub received: String,
    pub on_time: String,
    pub satisfied: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatisticsView {
    pub rows: Vec<StatisticsLine>,
    pub total: Option<StatisticsLine>,
}

/// `/petitions/statistics`.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    with_view(|stats: StatisticsView| {
        let headers = vec![
            t("petitions-stat-month"),
            t("petitions-col-kind"),
            t("petitions-stat-received"),
            t("petitions-stat-on-time"),
            t("petitions-stat-satisfied"),
        ];
        let rows = stats
            .rows
            .iter()
            .map(|r| {
                view! {
                    <tr><td>{r.month.clone()}</td><td>{r.kind.clone()}</td><td>{r.received.clone()}</td>
                    <td>{r.on_time.clone()}</td><td>{r.satisfied.clone()}</td></tr>
                }
                .into_any()
            })
            .collect();
        view! {
            <PageTitle text=t("petitions-statistics-title")/>
            <BackLink href="/petitions" text=t("petitions-back")/>
            <h1>{t("petitions-statistics-title")}</h1>
            <p class="lead">{t("petitions-statistics-lead")}</p>
            {stats.total.clone().map(|total| view! {
                <SummaryList>
                    <SummaryRow key=t("petitions-stat-received")>{total.received}</SummaryRow>
                    <SummaryRow key=t("petitions-stat-on-time")>{total.on_time}</SummaryRow>
                    <SummaryRow key=t("petitions-stat-satisfied")>{total.satisfied}</SummaryRow>
                </SummaryList>
            })}
            <Table caption=t("petitions-statistics-caption") headers=headers rows=rows empty=t("petitions-statistics-none")/>
            <p class="hint">{t("petitions-statistics-suppressed")}</p>
        }
    })
}

// ---- Staff ----

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffListView {
    pub rows: Vec<MatterRow>,
    pub supervises: bool,
}

/// `/staff/petitions`.
#[component]
pub fn StaffListPage() -> impl IntoView {
    with_view(|list: StaffListView| {
        view! {
            <PageTitle text=t("staff-petitions-title")/>
            <StaffNav/>
            <h1>{t("staff-petitions-title")}</h1>
            <p class="lead">{t("petitions-staff-lead")}</p>
            {list.supervises.then(|| view! {
                <p><a href="/staff/petitions/supervision">{t("petitions-supervision-title")}</a></p>
            })}
            <MatterTable rows=list.rows caption=t("staff-petitions-title") staff=true/>
        }
    })
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SupervisionView {
    pub rows: Vec<MatterRow>,
}

/// `/staff/petitions/supervision`: overdue matters across the district.
#[component]
pub fn SupervisionPage() -> impl IntoView {
    with_view(|list: SupervisionView| {
        view! {
            <PageTitle text=t("petitions-supervision-title")/>
            <StaffNav/>
            <BackLink href="/staff/petitions" text=t("petitions-staff-back")/>
            <h1>{t("petitions-supervision-title")}</h1>
            <p class="lead">{t("petitions-supervision-lead")}</p>
            <MatterTable rows=list.rows caption=t("petitions-supervision-title") staff=true/>
        }
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteView {
    pub by: String,
    pub at: String,
    pub body: String,
    pub supervision: bool,
}

/// What staff may do with the matter now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffActions {
    pub transcribe: bool,
    pub route: bool,
    /// The last day to object, while one may.
    pub object: Option<String>,
    pub accept: bool,
    pub extend: bool,
    pub decide: bool,
    /// "review" or "re-review" to answer.
    pub answer: Option<&'static str>,
    pub supervise: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffMatterView {
    pub id: i32,
    pub reference: String,
    pub facts: Vec<(String, String)>,
    pub clock: Option<(String, Option<(String, bool)>)>,
    pub what_happened: String,
    pub what_asked: String,
    pub recording: Option<String>,
    pub transcript: String,
    pub notices: Vec<NoticeView>,
    pub history: Vec<HistoryView>,
    pub notes: Vec<NoteView>,
    pub areas: OptionGroups,
    pub actions: StaffActions,
    pub max_extension: u32,
}

/// `/staff/petitions/{id}`.
#[component]
pub fn StaffMatterPage() -> impl IntoView {
    with_view(staff_matter_page)
}

fn staff_done_text(done: &str) -> Option<String> {
    let known = [
        "transcribed",
        "routed",
        "objected",
        "accepted",
        "not-accepted",
        "extended",
        "decided",
        "answered",
        "note",
        "supervision",
    ];
    known
        .contains(&done)
        .then(|| t(&format!("petitions-staff-done-{done}")))
}

fn staff_matter_page(matter: StaffMatterView) -> impl IntoView {
    let form = use_form();
    let done = use_page().query("done").and_then(|d| staff_done_text(&d));
    let base = format!("/staff/petitions/{}", matter.id);
    let title = t_with(
        "petitions-status-title",
        &[("reference", matter.reference.clone())],
    );
    let actions = matter.actions.clone();
    let history_rows = matter
        .history
        .iter()
        .map(|h| view! { <tr><td>{h.at.clone()}</td><td>{h.what.clone()}</td><td>{paragraphs(&h.detail)}</td></tr> }.into_any())
        .collect();
    let transcribe = actions.transcribe.then(|| {
        let value = if form.value("transcript").is_empty() { matter.transcript.clone() } else { form.value("transcript") };
        view! {
            <form method="post" action=format!("{base}/transcribe") novalidate=true>
                <TextArea id="transcript" label=t("petitions-staff-transcript") hint=t("petitions-staff-transcript-hint")
                    value=value error=form.error("transcript")/>
                <button type="submit" class="button">{t("petitions-staff-transcribe")}</button>
            </form>
        }
    });
    let route = actions.route.then(|| view! {
        <form method="post" action=format!("{base}/route") novalidate=true>
            <h3>{t("petitions-staff-route-heading")}</h3>
            <Select id="to" label=t("petitions-staff-route-to") groups=matter.areas.clone() selected=form.value("to")
                placeholder=t("petitions-area-choose") error=form.error("to")/>
            <TextInput id="department" name="department" label=t("petitions-staff-department")
                hint=t("petitions-staff-department-hint") value=form.value("department") error=form.error("department")/>
            <button type="submit" class="button">{t("petitions-staff-route")}</button>
        </form>
    });
    let object = actions.object.clone().map(|by| view! {
        <form method="post" action=format!("{base}/object") novalidate=true>
            <h3>{t("petitions-staff-object-heading")}</h3>
            <p>{t_with("petitions-staff-object-by", &[("date", by)])}</p>
            <TextArea id="object_reason" label=t("petitions-staff-reason") value=form.value("object_reason")
                error=form.error("object_reason")/>
            <button type="submit" class="button button--secondary">{t("petitions-staff-object")}</button>
        </form>
    });
    let accept = actions.accept.then(|| view! {
        <form method="post" action=format!("{base}/accept") novalidate=true>
            <h3>{t("petitions-staff-accept-heading")}</h3>
            <TextArea id="accept_message" label=t("petitions-staff-accept-message") hint=t("petitions-staff-optional")
                value=form.value("accept_message") error=form.error("accept_message")/>
            <button type="submit" class="button">{t("petitions-staff-accept")}</button>
        </form>
        <form method="post" action=format!("{base}/not-accept") novalidate=true>
            <h3>{t("petitions-staff-not-accept-heading")}</h3>
            <TextArea id="not_accept_reason" label=t("petitions-staff-reason") value=form.value("not_accept_reason")
                error=form.error("not_accept_reason")/>
            <TextArea id="not_accept_easy" label=t("petitions-staff-easy") hint=t("petitions-staff-easy-hint")
                value=form.value("not_accept_easy") error=form.error("not_accept_easy")/>
            <button type="submit" class="button button--warning">{t("petitions-staff-not-accept")}</button>
        </form>
    });
    let extend = actions.extend.then(|| view! {
        <form method="post" action=format!("{base}/extend") novalidate=true>
            <h3>{t("petitions-staff-extend-heading")}</h3>
            <TextInput id="days" name="days" label=t("petitions-staff-extend-days")
                hint=t_with("petitions-staff-extend-days-hint", &[("days", matter.max_extension.to_string())])
                value=form.value("days") error=form.error("days") inputmode="numeric" width="input--4"/>
            <TextArea id="extend_reason" label=t("petitions-staff-extend-reason") hint=t("petitions-staff-extend-reason-hint")
                value=form.value("extend_reason") error=form.error("extend_reason")/>
            <button type="submit" class="button button--secondary">{t("petitions-staff-extend")}</button>
        </form>
    });
    let decide = actions.decide.then(|| view! {
        <form method="post" action=format!("{base}/decide") novalidate=true>
            <h3>{t("petitions-staff-decide-heading")}</h3>
            <TextArea id="decision" label=t("petitions-staff-decision") value=form.value("decision") error=form.error("decision")/>
            <TextArea id="decision_easy" label=t("petitions-staff-easy") hint=t("petitions-staff-easy-hint")
                value=form.value("decision_easy") error=form.error("decision_easy")/>
            <button type="submit" class="button">{t("petitions-staff-decide")}</button>
        </form>
    });
    let answer = actions.answer.map(|which| view! {
        <form method="post" action=format!("{base}/answer") novalidate=true>
            <h3>{t(&format!("petitions-staff-answer-{which}-heading"))}</h3>
            <TextArea id="answer" label=t("petitions-staff-answer") value=form.value("answer") error=form.error("answer")/>
            <TextArea id="answer_easy" label=t("petitions-staff-easy") hint=t("petitions-staff-easy-hint")
                value=form.value("answer_easy") error=form.error("answer_easy")/>
            <button type="submit" class="button">{t("petitions-staff-answer-submit")}</button>
        </form>
    });
    let any_action = actions.transcribe
        || actions.route
        || actions.object.is_some()
        || actions.accept
        || actions.extend
        || actions.decide
        || actions.answer.is_some();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/petitions" text=t("petitions-staff-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("petitions-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1>{title}</h1>
        {matter.clock.clone().map(|(text, flag)| view! {
            <p class="lead">{text}{flag.map(|(word, overdue)| view! {
                " "<Tag text=word kind=if overdue { TagKind::Warning } else { TagKind::Plain }/>
            })}</p>
        })}
        <SummaryList>
            {matter.facts.clone().into_iter().map(|(key, value)| view! { <SummaryRow key=key>{value}</SummaryRow> }).collect_view()}
        </SummaryList>
        {(!matter.what_happened.is_empty()).then(|| view! {
            <h2>{t("petitions-what-happened")}</h2>
            {paragraphs(&matter.what_happened)}
        })}
        {(!matter.what_asked.is_empty()).then(|| view! {
            <h2>{t("petitions-what-asked")}</h2>
            {paragraphs(&matter.what_asked)}
        })}
        {matter.recording.clone().map(|name| view! {
            <h2>{t("petitions-staff-recording")}</h2>
            <p><a href=format!("{base}/recording")>{t_with("petitions-staff-recording-open", &[("name", name)])}</a></p>
            <h3>{t("petitions-staff-transcript")}</h3>
            {if matter.transcript.is_empty() {
                view! { <p>{t("petitions-staff-no-transcript")}</p> }.into_any()
            } else {
                paragraphs(&matter.transcript).into_any()
            }}
        })}
        <h2 id="actions-heading">{t("petitions-staff-actions")}</h2>
        {(!any_action).then(|| view! { <p>{t("petitions-staff-no-actions")}</p> })}
        {transcribe}
        {route}
        {object}
        {accept}
        {extend}
        {decide}
        {answer}
        <h2>{t("petitions-notices")}</h2>
        {if matter.notices.is_empty() {
            view! { <p>{t("petitions-notices-none")}</p> }.into_any()
        } else {
            matter.notices.clone().into_iter().map(|n| view! {
                <section class="notice">
                    <h3>{n.title.clone()}</h3>
                    <p class="hint">{n.issued.clone()}</p>
                    {paragraphs(&n.ordinary)}
                    <h4>{t("petitions-easy-read")}</h4>
                    <div class="easy-read">{paragraphs(&n.easy_read)}</div>
                </section>
            }).collect_view().into_any()
        }}
        <h2>{t("petitions-history")}</h2>
        <Table caption=t("petitions-history") caption_hidden=true
            headers=vec![t("petitions-col-when"), t("petitions-col-what"), t("petitions-col-detail")]
            rows=history_rows empty=t("petitions-history-none")/>
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t("petitions-staff-notes")}</h2>
            <p class="hint">{t("petitions-staff-notes-hint")}</p>
            {matter.notes.clone().into_iter().map(|n| view! {
                <div class="note">
                    <p class="hint">
                        {n.supervision.then(|| view! { <Tag text=t("petitions-staff-supervision-tag") kind=TagKind::Warning/>" " })}
                        {t_with("petitions-staff-note-by", &[("name", n.by.clone()), ("at", n.at.clone())])}
                    </p>
                    {paragraphs(&n.body)}
                </div>
            }).collect_view()}
            <form method="post" action=format!("{base}/notes") novalidate=true>
                <TextArea id="note" label=t("petitions-staff-add-note") value=form.value("note") error=form.error("note")/>
                <button type="submit" class="button button--secondary">{t("petitions-staff-save-note")}</button>
            </form>
            {actions.supervise.then(|| view! {
                <form method="post" action=format!("{base}/supervision") novalidate=true>
                    <TextArea id="supervision_note" label=t("petitions-staff-add-supervision")
                        value=form.value("supervision_note") error=form.error("supervision_note")/>
                    <button type="submit" class="button button--secondary">{t("petitions-staff-save-supervision")}</button>
                </form>
            })}
        </section>
    }
}
