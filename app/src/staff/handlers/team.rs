//! `/staff/team`: administrators create, change, disable and re-enable staff
//! accounts, and reset a colleague's sign-in (a new set-up link by email).

use super::{allowed, client, not_found, page, render_as};
use crate::areas::AreaName;
use crate::domain::applications::normalise_email;
use crate::domain::staff::{Role, StaffAction};
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use crate::staff::audit::{self, Actor, AuditAction};
use crate::staff::session::Staff;
use crate::staff::store::{self, StaffAccount, StaffDetails};
use crate::staff::team::{TeamMember, TeamView};
use crate::web::Early;
use crate::web::{failed, request_lang, see_other, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use http::StatusCode;
use leptos::prelude::provide_context;
use sea_orm::{DbErr, TransactionTrait};
use tower_sessions::Session;

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
fn area_groups(areas: &[AreaName]) -> Vec<(String, Vec<(String, String)>)> {
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

async fn team_view(state: &PortalState, lang: Lang) -> Result<(TeamView, Vec<AreaName>), DbErr> {
    let areas = state.areas.names(lang);
    let members = store::all(&state.db)
        .await?
        .iter()
        .map(|a| member_of(a, &areas))
        .collect();
    Ok((
        TeamView {
            members,
            areas: area_groups(&areas),
            member: None,
            is_me: false,
        },
        areas,
    ))
}

/// `GET /staff/team` and `GET /staff/team/new`.
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ManageStaff).await?;
    let (view, _) = team_view(&state, request_lang(request.headers()))
        .await
        .map_err(failed)?;
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

/// `GET /staff/team/{id}`.
pub async fn show_member(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ManageStaff).await?;
    let Some(account) = find(&state, &id).await else {
        return Err(not_found(&state, request).await);
    };
    let lang = request_lang(request.headers());
    let (mut view, areas) = team_view(&state, lang).await.map_err(failed)?;
    view.member = Some(member_of(&account, &areas));
    view.is_me = account.id == staff.account.id;
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

async fn find(state: &PortalState, id: &str) -> Option<StaffAccount> {
    let id = id.parse::<i32>().ok()?;
    store::find(&state.db, id).await.ok().flatten()
}

/// Name, role and area from the form, or what to fix.
fn read_details(
    sent: &FormValues,
    form: &mut FormState,
    areas: &[AreaName],
    email: String,
) -> Option<StaffDetails> {
    let name = form.name("display_name", "staff-team-name-error");
    let role = Role::parse(sent.get("role").unwrap_or_default());
    if role.is_none() {
        form.add("role", "staff-team-role-error");
    }
    let area = sent
        .get("area")
        .filter(|code| areas.iter().any(|a| a.code == *code))
        .map(str::to_string);
    if area.is_none() {
        form.add("area", "staff-team-area-error");
    }
    Some(StaffDetails {
        email,
        display_name: name?,
        role: role?,
        area_code: area?,
    })
}

async fn again(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    path: &str,
    view: TeamView,
    form: FormState,
) -> Response {
    let staff_view = super::staff_view(state, staff, request_lang(request.headers()));
    render_as(
        state,
        request,
        path,
        StatusCode::UNPROCESSABLE_ENTITY,
        move || {
            provide_context(staff_view.clone());
            provide_context(view.clone());
            provide_context(form.clone());
        },
    )
    .await
}

/// Emails a set-up link, in the administrator's language (staff choose theirs later).
async fn send_set_up_link<C: sea_orm::ConnectionTrait>(
    db: &C,
    state: &PortalState,
    email: &str,
    name: &str,
    token: &str,
    lang: Lang,
) -> Result<(), DbErr> {
    let args = [
        ("name", name.to_string()),
        ("link", format!("{}/staff/set-up/{token}", state.public_url)),
        ("days", store::SETUP_LINK_DAYS.to_string()),
    ];
    mail::enqueue(db, email, lang, MailKind::StaffSetUp, &args).await
}

/// `POST /staff/team/new`.
pub async fn create(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ManageStaff).await?;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, axum::body::Body::empty());
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let (view, areas) = team_view(&state, lang).await.map_err(failed)?;
    let email = match normalise_email(sent.get("email").unwrap_or_default()) {
        Ok(email) => Some(email),
        Err(_) => {
            form.add("email", "email-error-invalid");
            None
        }
    };
    let taken = match &email {
        Some(email) => store::find_by_email(&state.db, email)
            .await
            .map_err(failed)?
            .is_some(),
        None => false,
    };
    if taken {
        form.add("email", "staff-team-email-taken");
    }
    let details = read_details(&sent, &mut form, &areas, email.unwrap_or_default());
    let Some(details) = details.filter(|_| !form.has_errors()) else {
        return Ok(again(&state, &staff, request, "/staff/team/new", view, form).await);
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let (id, token) = store::create(&txn, &details).await?;
        send_set_up_link(&txn, &state, &details.email, &details.display_name, &token, lang).await?;
        let detail = Some(format!(
            "{} {} {}",
            details.email,
            details.role.key(),
            details.area_code
        ));
        audit::record(
            &txn,
            &actor,
            AuditAction::CreateStaff,
            &format!("staff:{id}"),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok::<_, DbErr>(id)
    };
    let id = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/team/{id}?done=created")))
}

/// `POST /staff/team/{id}`: name, role and area. Sessions of the account end,
/// so a changed scope applies at once.
pub async fn change(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ManageStaff).await?;
    let Some(account) = find(&state, &id).await else {
        return Err(not_found(&state, request).await);
    };
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, axum::body::Body::empty());
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let (mut view, areas) = team_view(&state, lang).await.map_err(failed)?;
    let details = read_details(&sent, &mut form, &areas, account.email.clone());
    let is_me = account.id == staff.account.id;
    if is_me && details.as_ref().is_some_and(|d| d.role != Role::Administrator) {
        form.add("role", "staff-team-keep-own-role");
    }
    let Some(details) = details.filter(|_| !form.has_errors()) else {
        view.member = Some(member_of(&account, &areas));
        view.is_me = is_me;
        return Ok(again(
            &state,
            &staff,
            request,
            &format!("/staff/team/{}", account.id),
            view,
            form,
        )
        .await);
    };
    let saved = async {
        let txn = state.db.begin().await?;
        store::update_details(&txn, account.id, &details).await?;
        let detail = Some(format!(
            "{} {} {} -> {} {} {}",
            account.display_name,
            account.role,
            account.area_code,
            details.display_name,
            details.role.key(),
            details.area_code
        ));
        audit::record(
            &txn,
            &actor,
            AuditAction::ChangeStaff,
            &format!("staff:{}", account.id),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/team/{}?done=changed", account.id)))
}

#[derive(Clone, Copy)]
enum Access {
    Disable,
    Enable,
    Reset,
}

async fn change_access(
    state: PortalState,
    session: Session,
    id: String,
    request: Request,
    access: Access,
) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ManageStaff).await?;
    let Some(account) = find(&state, &id).await.filter(|a| a.id != staff.account.id) else {
        return Err(not_found(&state, request).await);
    };
    let lang = request_lang(request.headers());
    let actor: Actor = staff.actor(client(&state, &request));
    let target = format!("staff:{}", account.id);
    let saved = async {
        let txn = state.db.begin().await?;
        let (action, done) = match access {
            Access::Disable => {
                store::set_disabled(&txn, account.id, true).await?;
                (AuditAction::DisableStaff, "disabled")
            }
            Access::Enable => {
                store::set_disabled(&txn, account.id, false).await?;
                (AuditAction::EnableStaff, "enabled")
            }
            Access::Reset => {
                let token = store::reset_sign_in(&txn, account.id).await?;
                send_set_up_link(&txn, &state, &account.email, &account.display_name, &token, lang).await?;
                (AuditAction::ResetStaffSignIn, "reset")
            }
        };
        audit::record(&txn, &actor, action, &target, None).await?;
        txn.commit().await?;
        Ok::<_, DbErr>(done)
    };
    let done = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/team/{}?done={done}", account.id)))
}

pub async fn disable(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_access(state, session, id, request, Access::Disable).await
}

pub async fn enable(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_access(state, session, id, request, Access::Enable).await
}

pub async fn reset(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_access(state, session, id, request, Access::Reset).await
}
