//! The team pages: staff accounts, a new account, and one account.

use crate::components::{
    role_text, with_view, BackLink, Done, ErrorSummary, NotificationBanner, OptionGroups, PageTitle,
    RadioOption, Radios, Select, StaffNav, Table, TextInput,
};
use crate::domain::staff::Role;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct TeamMember {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: Option<Role>,
    pub area_name: String,
    pub area_code: String,
    pub disabled: bool,
    pub has_second_factor: bool,
    pub waiting_for_set_up: bool,
}

/// Every staff account, for `/staff/team`.
#[derive(Clone, Debug, Default)]
pub struct TeamList(pub Vec<TeamMember>);

/// The areas an account can be given: the district, then each street or
/// town with its communities.
#[derive(Clone, Debug, Default)]
pub struct AreaChoices(pub OptionGroups);

/// The account being changed, on `/staff/team/{id}`.
#[derive(Clone, Debug)]
pub struct EditedMember {
    pub member: TeamMember,
    /// Whether it is the administrator's own account.
    pub is_me: bool,
}

fn role_options() -> Vec<RadioOption> {
    Role::ALL
        .into_iter()
        .map(|role| RadioOption {
            value: role.key().to_string(),
            label: role_text(role),
            hint: Some(t(&format!("staff-role-{}-hint", role.key().replace('_', "-")))),
        })
        .collect()
}

fn status_text(member: &TeamMember) -> String {
    if member.disabled {
        t("staff-team-status-disabled")
    } else if member.waiting_for_set_up || !member.has_second_factor {
        t("staff-team-status-set-up")
    } else {
        t("staff-team-status-active")
    }
}

/// What a change to an account did, for the banner after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamDone {
    Created,
    Changed,
    Disabled,
    Enabled,
    Reset,
}

impl Done for TeamDone {
    const ALL: &'static [TeamDone] = &[
        TeamDone::Created,
        TeamDone::Changed,
        TeamDone::Disabled,
        TeamDone::Enabled,
        TeamDone::Reset,
    ];

    fn key(self) -> &'static str {
        match self {
            TeamDone::Created => "created",
            TeamDone::Changed => "changed",
            TeamDone::Disabled => "disabled",
            TeamDone::Enabled => "enabled",
            TeamDone::Reset => "reset",
        }
    }

    fn message_id(self) -> String {
        format!("staff-team-done-{}", self.key())
    }
}

fn done_banner() -> Option<AnyView> {
    let done = TeamDone::of_page()?;
    Some(
        view! { <NotificationBanner heading=t(&done.message_id())><span></span></NotificationBanner> }
            .into_any(),
    )
}

/// `/staff/team`.
#[component]
pub fn TeamPage() -> impl IntoView {
    with_view(|team: TeamList| {
        let rows = team
            .0
            .into_iter()
            .map(|m| {
                let status = status_text(&m);
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/staff/team/{}", m.id)>{m.name.clone()}</a><br/><span class="hint">{m.email.clone()}</span></th>
                        <td>{m.role.map(role_text)}</td>
                        <td>{m.area_name.clone()}</td>
                        <td>{status}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "staff-team-col-name",
            "staff-team-col-role",
            "staff-team-col-area",
            "staff-team-col-status",
        ]
        .map(t)
        .to_vec();
        view! {
            <PageTitle text=t("staff-team-title")/>
            <StaffNav/>
            {done_banner()}
            <h1>{t("staff-team-title")}</h1>
            <p><a href="/staff/team/new" class="button">{t("staff-team-new")}</a></p>
            <Table caption=t("staff-team-title") caption_hidden=true headers rows empty=String::new()/>
        }
    })
}

/// `/staff/team/new`.
#[component]
pub fn NewStaffPage() -> impl IntoView {
    with_view(new_staff)
}

fn new_staff(areas: AreaChoices) -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=t("staff-team-new") has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/team" text=t("staff-team-back")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-team-new")}</h1>
        <p>{t("staff-team-new-lead")}</p>
        <form method="post" action="/staff/team/new" novalidate=true>
            <TextInput id="display_name" name="display_name" label=t("staff-team-name") value=form.value("display_name")
                error=form.error("display_name") width="input--20"/>
            <TextInput id="email" name="email" label=t("field-email") value=form.value("email")
                error=form.error("email") input_type="email" width="input--30"/>
            <Radios name="role" legend=t("staff-team-role") options=role_options() selected=form.values_of("role") error=form.error("role")/>
            <Select id="area" label=t("staff-team-area") hint=t("staff-team-area-hint") groups=areas.0.clone()
                selected=form.value("area") placeholder=t("staff-team-area-choose") error=form.error("area")/>
            <button type="submit" class="button">{t("staff-team-create")}</button>
        </form>
    }
}

/// `/staff/team/{id}`.
#[component]
pub fn EditStaffPage() -> impl IntoView {
    with_view(|edited: EditedMember| with_view(move |areas: AreaChoices| edit_staff(edited, areas)))
}

fn edit_staff(edited: EditedMember, areas: AreaChoices) -> impl IntoView {
    let form = use_form();
    let member = edited.member;
    let base = format!("/staff/team/{}", member.id);
    let (name, role, area) = if form.values.is_empty() {
        (
            member.name.clone(),
            member.role.map(|r| r.key().to_string()).unwrap_or_default(),
            member.area_code.clone(),
        )
    } else {
        (form.value("display_name"), form.value("role"), form.value("area"))
    };
    let status = status_text(&member);
    view! {
        <PageTitle text=member.name.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/team" text=t("staff-team-back")/>
        <ErrorSummary errors=form.summary()/>
        {done_banner()}
        <span class="caption">{member.email.clone()}</span>
        <h1>{member.name.clone()}</h1>
        <p>{t_with("staff-team-status", &[("status", status)])}</p>
        <form method="post" action=base.clone() novalidate=true>
            <TextInput id="display_name" name="display_name" label=t("staff-team-name") value=name
                error=form.error("display_name") width="input--20"/>
            <Radios name="role" legend=t("staff-team-role") options=role_options() selected=vec![role] error=form.error("role")/>
            <Select id="area" label=t("staff-team-area") hint=t("staff-team-area-hint") groups=areas.0.clone()
                selected=area placeholder=t("staff-team-area-choose") error=form.error("area")/>
            <button type="submit" class="button">{t("staff-team-save")}</button>
        </form>
        {(!edited.is_me).then(|| view! {
            <h2>{t("staff-team-access")}</h2>
            <form method="post" action=format!("{base}/reset") class="action-form">
                <p>{t("staff-team-reset-lead")}</p>
                <button type="submit" class="button button--secondary">{t("staff-team-reset")}</button>
            </form>
            {if member.disabled {
                view! {
                    <form method="post" action=format!("{base}/enable") class="action-form">
                        <button type="submit" class="button button--secondary">{t("staff-team-enable")}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form method="post" action=format!("{base}/disable") class="action-form">
                        <p>{t("staff-team-disable-lead")}</p>
                        <button type="submit" class="button button--warning">{t("staff-team-disable")}</button>
                    </form>
                }.into_any()
            }}
        })}
    }
}
