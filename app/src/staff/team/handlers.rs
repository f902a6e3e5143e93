//! `/staff/team`: administrators create, change, disable and re-enable staff
//! accounts, and reset a colleague's sign-in (a new set-up link by email).

use super::pages::{
    AreaChoices, EditStaffPage, EditedMember, NewStaffPage, TeamDone, TeamList, TeamMember, TeamPage,
};
use crate::accounts::staff_account::{self, StaffAccount, StaffDetails};
use crate::accounts::staff_session::{ManageStaff, Staff};
use crate::areas::AreaName;
use crate::components::{Done, OptionGroups};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::staff::Role;
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, DbErr};

type Admin = Staff<ManageStaff>;

/// A staff account as the team list shows it.
fn member_of(account: &StaffAccount, areas: &[AreaName]) -> TeamMember {
    TeamMember {
        id: account.id,
        name: account.display_name.clone(),
        email: account.email.clone(),
        role: account.role(),
        area_name: areas
            .iter()
            .find(|a| a.code == account.area_code)
            .map_or_else(|| account.area_code.clone(), |a| a.name.clone()),
        area_code: account.area_code.clone(),
        disabled: account.is_disabled,
        has_second_factor: account.has_second_factor(),
        waiting_for_set_up: account.setup_token_hash.is_some(),
    }
}

/// Areas for the list: the district, then each street or town with its communities.
fn area_groups(areas: &[AreaName]) -> OptionGroups {
    let district: Vec<(String, String)> = areas
        .iter()
        .filter(|a| a.kind == "district")
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let mut groups = vec![(
        district.first().map(|d| d.1.clone()).unwrap_or_default(),
        district,
    )];
    for street in areas.iter().filter(|a| a.kind == "street" || a.kind == "town") {
        let mut items = vec![(street.code.clone(), street.name.clone())];
        items.extend(
            areas
                .iter()
                .filter(|c| c.parent.as_deref() == Some(street.code.as_str()))
                .map(|c| (c.code.clone(), c.name.clone())),
        );
        groups.push((street.name.clone(), items));
    }
    groups
}

/// `GET /staff/team`.
pub async fn show(State(state): State<PortalState>, staff: Admin) -> PageResult<Page> {
    let areas = state.areas.names(staff.lang);
    let members = staff_account::all(&state.db)
        .await?
        .iter()
        .map(|a| member_of(a, &areas))
        .collect();
    Ok(staff.page(TeamPage).with(TeamList(members)))
}

/// `GET /staff/team/new`.
pub async fn show_new(State(state): State<PortalState>, staff: Admin) -> Page {
    let areas = state.areas.names(staff.lang);
    staff.page(NewStaffPage).with(AreaChoices(area_groups(&areas)))
}

async fn find(state: &PortalState, id: i32) -> PageResult<StaffAccount> {
    staff_account::find(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)
}

/// One account's page.
fn member_page(staff: &Admin, account: &StaffAccount, areas: &[AreaName]) -> Page {
    let edited = EditedMember {
        member: member_of(account, areas),
        is_me: account.id == staff.account.id,
    };
    staff
        .page(EditStaffPage)
        .with(edited)
        .with(AreaChoices(area_groups(areas)))
}

/// `GET /staff/team/{id}`.
pub async fn show_member(
    State(state): State<PortalState>,
    staff: Admin,
    PathId(id): PathId,
) -> PageResult<Page> {
    let account = find(&state, id).await?;
    Ok(member_page(&staff, &account, &state.areas.names(staff.lang)))
}

/// Name, role and area from the form, or what to fix.
fn read_details(form: &mut FormState, areas: &[AreaName], email: String) -> Option<StaffDetails> {
    let name = form.name("display_name", "staff-team-name-error");
    let role = form.choice("role", Role::parse, "staff-team-role-error");
    let area = form.choice(
        "area",
        |code| areas.iter().any(|a| a.code == code).then(|| code.to_string()),
        "staff-team-area-error",
    );
    Some(StaffDetails {
        email,
        display_name: name?,
        role: role?,
        area_code: area?,
    })
}

/// Emails a set-up link, in the administrator's language (staff choose theirs later).
async fn send_set_up_link<C: ConnectionTrait>(
    db: &C,
    state: &PortalState,
    account: (&str, &str),
    token: &str,
    lang: Lang,
) -> Result<(), DbErr> {
    let (email, name) = account;
    let args = [
        ("name", name.to_string()),
        ("link", format!("{}/staff/set-up/{token}", state.public_url)),
        ("days", staff_account::SETUP_LINK_DAYS.to_string()),
    ];
    mail::enqueue(db, email, lang, MailKind::StaffSetUp, &args, state.clock.now()).await
}

/// `POST /staff/team/new`.
pub async fn create(
    State(state): State<PortalState>,
    staff: Admin,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let areas = state.areas.names(staff.lang);
    let email = crate::domain::applications::normalise_email(&form.value("email")).ok();
    if email.is_none() {
        form.add("email", "email-error-invalid");
    }
    if let Some(email) = &email {
        if staff_account::find_by_email(&state.db, email).await?.is_some() {
            form.add("email", "staff-team-email-taken");
        }
    }
    let details = read_details(&mut form, &areas, email.unwrap_or_default());
    let Some(details) = details.filter(|_| !form.has_errors()) else {
        let page = staff.page(NewStaffPage).with(AreaChoices(area_groups(&areas)));
        return Ok(page.rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    let (id, token) = staff_account::create(change.db(), &details, staff.actor.at).await?;
    let to = (details.email.as_str(), details.display_name.as_str());
    send_set_up_link(change.db(), &state, to, &token, staff.lang).await?;
    let audit = Audit::new(AuditAction::CreateStaff, AuditTarget::Staff(id)).detail(format!(
        "{} {} {}",
        details.email,
        details.role.key(),
        details.area_code
    ));
    change.commit(audit).await?;
    Ok(see_other(
        &TeamDone::Created.at(&format!("/staff/team/{id}"), None),
    ))
}

/// `POST /staff/team/{id}`: name, role and area. Sessions of the account end,
/// so a changed scope applies at once.
pub async fn change(
    State(state): State<PortalState>,
    staff: Admin,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let account = find(&state, id).await?;
    let mut form = sent.to_form();
    let areas = state.areas.names(staff.lang);
    let details = read_details(&mut form, &areas, account.email.clone());
    let is_me = account.id == staff.account.id;
    if is_me && details.as_ref().is_some_and(|d| d.role != Role::Administrator) {
        form.add("role", "staff-team-keep-own-role");
    }
    let Some(details) = details.filter(|_| !form.has_errors()) else {
        return Ok(member_page(&staff, &account, &areas)
            .rejected(form)
            .into_response());
    };
    let change = staff.change(&state.db).await?;
    staff_account::update_details(change.db(), account.id, &details).await?;
    let audit = Audit::new(AuditAction::ChangeStaff, AuditTarget::Staff(account.id)).detail(format!(
        "{} {} {} -> {} {} {}",
        account.display_name,
        account.role,
        account.area_code,
        details.display_name,
        details.role.key(),
        details.area_code
    ));
    change.commit(audit).await?;
    Ok(back_to_member(&account, TeamDone::Changed))
}

#[derive(Clone, Copy)]
enum Access {
    Disable,
    Enable,
    Reset,
}

/// An administrator never disables or resets their own account.
fn back_to_member(account: &StaffAccount, done: TeamDone) -> Response {
    see_other(&done.at(&format!("/staff/team/{}", account.id), None))
}

async fn change_access(state: PortalState, staff: Admin, id: i32, access: Access) -> PageResult<Response> {
    let account = find(&state, id).await?;
    if account.id == staff.account.id {
        return Err(PageError::NotFound);
    }
    let change = staff.change(&state.db).await?;
    let (action, done) = match access {
        Access::Disable => {
            staff_account::set_disabled(change.db(), account.id, true).await?;
            (AuditAction::DisableStaff, TeamDone::Disabled)
        }
        Access::Enable => {
            staff_account::set_disabled(change.db(), account.id, false).await?;
            (AuditAction::EnableStaff, TeamDone::Enabled)
        }
        Access::Reset => {
            let token = staff_account::reset_sign_in(change.db(), account.id, staff.actor.at).await?;
            let to = (account.email.as_str(), account.display_name.as_str());
            send_set_up_link(change.db(), &state, to, &token, staff.lang).await?;
            (AuditAction::ResetStaffSignIn, TeamDone::Reset)
        }
    };
    change
        .commit(Audit::new(action, AuditTarget::Staff(account.id)))
        .await?;
    Ok(back_to_member(&account, done))
}

pub async fn disable(
    State(state): State<PortalState>,
    staff: Admin,
    PathId(id): PathId,
) -> PageResult<Response> {
    change_access(state, staff, id, Access::Disable).await
}

pub async fn enable(
    State(state): State<PortalState>,
    staff: Admin,
    PathId(id): PathId,
) -> PageResult<Response> {
    change_access(state, staff, id, Access::Enable).await
}

pub async fn reset(
    State(state): State<PortalState>,
    staff: Admin,
    PathId(id): PathId,
) -> PageResult<Response> {
    change_access(state, staff, id, Access::Reset).await
}
