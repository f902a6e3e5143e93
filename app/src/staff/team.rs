//! `/staff/team` (administrators): staff accounts, a new account (which
//! emails a set-up link), and one account's role, area and status.

use super::{role_text, StaffNav};
use crate::components::{
    ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, Select, TextInput,
};
use crate::domain::staff::Role;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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

#[derive(Clone, Debug, Default)]
pub struct TeamView {
    pub members: Vec<TeamMember>,
    /// Areas grouped for the area list: (group, [(code, name)]).
    pub areas: Vec<(String, Vec<(String, String)>)>,
    /// The account being changed, on `/staff/team/{id}`.
    pub member: Option<TeamMember>,
    /// Whether the account being changed is the administrator's own.
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

fn done_banner() -> Option<AnyView> {
    let done = use_query_map().with_untracked(|q| q.get("done"))?;
    let heading = match done.as_str() {
        "created" | "changed" | "disabled" | "enabled" | "reset" => t(&format!("staff-team-done-{done}")),
        _ => return None,
    };
    Some(view! { <NotificationBanner heading=heading><span></span></NotificationBanner> }.into_any())
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let team = use_context::<TeamView>().unwrap_or_default();
    view! {
        <PageTitle text=t("staff-team-title")/>
        <StaffNav/>
        {done_banner()}
        <h1>{t("staff-team-title")}</h1>
        <p><a href="/staff/team/new" class="button">{t("staff-team-new")}</a></p>
        <div class="table-wrap">
            <table class="table">
                <caption id="team-caption" class="visually-hidden">{t("staff-team-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-team-col-name")}</th>
                        <th scope="col">{t("staff-team-col-role")}</th>
                        <th scope="col">{t("staff-team-col-area")}</th>
                        <th scope="col">{t("staff-team-col-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {team.members.into_iter().map(|m| {
                        let status = status_text(&m);
                        view! {
                            <tr>
                                <th scope="row"><a href=format!("/staff/team/{}", m.id)>{m.name.clone()}</a><br/><span class="hint">{m.email.clone()}</span></th>
                                <td>{m.role.map(role_text)}</td>
                                <td>{m.area_name.clone()}</td>
                                <td>{status}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn NewStaffPage() -> impl IntoView {
    let form = use_form();
    let team = use_context::<TeamView>().unwrap_or_default();
    view! {
        <PageTitle text=t("staff-team-new") has_errors=form.has_errors()/>
        <StaffNav/>
        <a href="/staff/team" class="back-link">{t("staff-team-back")}</a>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-team-new")}</h1>
        <p>{t("staff-team-new-lead")}</p>
        <form method="post" action="/staff/team/new" novalidate=true>
            <TextInput id="display_name" name="display_name" label=t("staff-team-name") value=form.value("display_name")
                error=form.error("display_name") width="input--20"/>
            <TextInput id="email" name="email" label=t("field-email") value=form.value("email")
                error=form.error("email") input_type="email" width="input--30"/>
            <Radios name="role" legend=t("staff-team-role") options=role_options() selected=form.values_of("role") error=form.error("role")/>
            <Select id="area" label=t("staff-team-area") hint=t("staff-team-area-hint") groups=team.areas.clone()
                selected=form.value("area") placeholder=t("staff-team-area-choose") error=form.error("area")/>
            <button type="submit" class="button">{t("staff-team-create")}</button>
        </form>
    }
}

#[component]
pub fn EditStaffPage() -> impl IntoView {
    let form = use_form();
    let team = use_context::<TeamView>().unwrap_or_default();
    let Some(member) = team.member.clone() else {
        return view! { <crate::components::NotFoundPage/> }.into_any();
    };
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
        <a href="/staff/team" class="back-link">{t("staff-team-back")}</a>
        <ErrorSummary errors=form.summary()/>
        {done_banner()}
        <span class="caption">{member.email.clone()}</span>
        <h1>{member.name.clone()}</h1>
        <p>{t_with("staff-team-status", &[("status", status)])}</p>
        <form method="post" action=base.clone() novalidate=true>
            <TextInput id="display_name" name="display_name" label=t("staff-team-name") value=name
                error=form.error("display_name") width="input--20"/>
            <Radios name="role" legend=t("staff-team-role") options=role_options() selected=vec![role] error=form.error("role")/>
            <Select id="area" label=t("staff-team-area") hint=t("staff-team-area-hint") groups=team.areas.clone()
                selected=area placeholder=t("staff-team-area-choose") error=form.error("area")/>
            <button type="submit" class="button">{t("staff-team-save")}</button>
        </form>
        {(!team.is_me).then(|| view! {
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
    .into_any()
}
