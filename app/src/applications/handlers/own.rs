//! Whose application a request is about. Every handler of an application
//! takes `Own` or `OwnDraft`, which load it through the signed-in account,
//! so an id that is not theirs is "page not found" from this one place.

use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::applications::decisions;
use crate::applications::store::{self, Application, DraftChange};
use crate::applications::views::ApplicationView;
use crate::check::CheckState;
use crate::domain::applications::{ApplicationStatus, Section};
use crate::i18n::Lang;
use crate::web::{request_lang, see_other, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::FromRequestParts;
use axum::response::Response;
use http::request::Parts;
use http::Method;
use leptos::prelude::IntoView;
use std::ops::Deref;

/// One of the signed-in account's applications, the one the path's `{id}`
/// names, with the portal's state and the page's language.
pub struct Own {
    pub state: PortalState,
    pub account: Account,
    pub lang: Lang,
    pub app: Application,
}

impl FromRequestParts<PortalState> for Own {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let Resident(account) = Resident::from_request_parts(parts, state).await?;
        let PathId(id) = PathId::from_request_parts(parts, state).await?;
        let app = store::find_for_account(&state.db, account.id, id)
            .await?
            .ok_or(PageError::NotFound)?;
        Ok(Own {
            state: state.clone(),
            account,
            lang: request_lang(&parts.headers),
            app,
        })
    }
}

/// One of the account's drafts, for a section page. An application already
/// sent has no sections to fill in: its pages are not found, and a form
/// posted to one goes back to the application's page.
pub struct OwnDraft(Own);

impl Deref for OwnDraft {
    type Target = Own;

    fn deref(&self) -> &Own {
        &self.0
    }
}

impl FromRequestParts<PortalState> for OwnDraft {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let own = Own::from_request_parts(parts, state).await?;
        match (
            own.app.status() == ApplicationStatus::Draft,
            parts.method == Method::POST,
        ) {
            (true, _) => Ok(OwnDraft(own)),
            (false, true) => Err(PageError::Redirect(own.path())),
            (false, false) => Err(PageError::NotFound),
        }
    }
}

/// Whether a page shows the list of communities to choose from (the person
/// section and the check page); the others do not load it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Communities {
    Shown,
    NotShown,
}

impl Own {
    /// `/applications/{id}`.
    pub fn path(&self) -> String {
        format!("/applications/{}", self.app.id)
    }

    /// What the application's pages show.
    pub async fn view(&self, communities: Communities) -> PageResult<ApplicationView> {
        let (app, db) = (&self.app, &self.state.db);
        Ok(ApplicationView {
            id: app.id,
            reference: app.reference.clone(),
            entitlement: app.entitlement.clone(),
            status: app.status(),
            person: app.person_details(),
            helper: app.helped_person_id.map(|_| self.account.full_name.clone()),
            answers: app.answer_map(),
            answers_from_checker: app.answers_from_checker,
            done: app.done(),
            documents: store::documents(db, app.id).await?,
            history: store::history(db, app.id).await?,
            areas: match communities {
                Communities::Shown => self.state.areas.communities_by_street(self.lang),
                Communities::NotShown => Vec::new(),
            },
            decision: decisions::load(db, app).await?,
        })
    }

    /// A page of the application, with its view and the answers its questions show.
    pub async fn page<V: IntoView + 'static>(
        &self,
        component: fn() -> V,
        communities: Communities,
    ) -> PageResult<Page> {
        let view = self.view(communities).await?;
        Ok(Page::new(component).with(self.answers(&view)).with(view))
    }

    /// The checker's state for the application's question pages.
    pub fn answers(&self, view: &ApplicationView) -> CheckState {
        CheckState {
            answers: view.answers.clone(),
            base: Some(self.path()),
            ..CheckState::default()
        }
    }

    /// Saves a change to the draft.
    pub async fn save(&self, change: DraftChange) -> PageResult<()> {
        Ok(store::save_draft(&self.state.db, &self.app, change, self.state.clock.now()).await?)
    }

    /// Where "Save and continue" goes after `section`; "come back later"
    /// (`then=later`) goes to the task list.
    pub fn after(&self, section: Section, then: Option<&str>) -> Response {
        if then == Some("later") {
            return see_other(&format!("{}?saved=1", self.path()));
        }
        let position = Section::ALL
            .iter()
            .position(|s| *s == section)
            .unwrap_or_default();
        match Section::ALL.get(position + 1) {
            Some(next) => see_other(&format!("{}/{}", self.path(), next.key())),
            None => see_other(&self.path()),
        }
    }
}
