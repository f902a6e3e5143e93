//! The HTML document around every page, and the list of routes: a reader
//! finds the code for a URL here.

use crate::applications::{
    ApplicationPage, ApplicationQuestionPage, ApplicationsPage, ApplyStartPage, CheckApplicationPage,
    CircumstancesPage, ConfirmationPage, DeclarationPage, DeleteDraftPage, DocumentsPage, PersonSectionPage,
    WithdrawPage,
};
use crate::components::Layout;
use crate::components::NotFoundPage;
use crate::page_context::use_page;
use crate::staff::audit_log::AuditLogPage;
use crate::staff::events::{
    CertificatePage, EditCoursePage, EditFairPage, NewCoursePage, NewFairPage, RegistrationsPage,
    StaffEventsPage, StaffSessionPage,
};
use crate::staff::parameters::ParametersPage;
use crate::staff::queue::QueuePage;
use crate::staff::review::ReviewPage;
use crate::staff::sign_in::{
    RecoveryCodesPage, SetUpSecondFactorPage, StaffCodePage, StaffSetUpPage, StaffSignInPage,
};
use crate::staff::team::{EditStaffPage, NewStaffPage, TeamPage};
use crate::staff::{StaffHomePage, StaffNotAllowedPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// Pages that contain an island. Only these load the WASM bundle. A `*`
/// stands for one path segment (a token, an id).
const PAGES_WITH_ISLANDS: &[&str] = &[
    "/settings",
    "/sign-in",
    "/account/password",
    "/password-reset/*",
    "/applications/*/documents",
    "/staff",
    "/staff/set-up/*",
];

fn has_islands(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    PAGES_WITH_ISLANDS.iter().any(|page| {
        let (mut want, mut have) = (page.split('/'), path.split('/'));
        loop {
            match (want.next(), have.next()) {
                (None, None) => return true,
                (Some("*"), Some(segment)) if !segment.is_empty() => {}
                (Some(a), Some(b)) if a == b => {}
                _ => return false,
            }
        }
    })
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let page = use_page();
    let islands = has_islands(&page.path);
    if !islands {
        // Without hydration scripts, skip hydration markers altogether.
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    let class = page.display.html_class();
    view! {
        <!DOCTYPE html>
        <html lang=page.lang.tag() class=(!class.is_empty()).then_some(class)>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href="/pkg/portal.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                {islands.then(|| view! { <HydrationScripts options=options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/apply/:entitlement") view=ApplyStartPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications") view=ApplicationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id") view=ApplicationPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/person") view=PersonSectionPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/circumstances") view=CircumstancesPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/q/:slug") view=ApplicationQuestionPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/documents") view=DocumentsPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/declaration") view=DeclarationPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/check") view=CheckApplicationPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/confirmation") view=ConfirmationPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/withdraw") view=WithdrawPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:id/delete") view=DeleteDraftPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view=StaffSignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/two-factor") view=StaffCodePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/two-factor/set-up") view=SetUpSecondFactorPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/recovery-codes") view=RecoveryCodesPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/set-up/:token") view=StaffSetUpPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/home") view=StaffHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/queue") view=QueuePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/applications/:id") view=ReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/team") view=TeamPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/team/new") view=NewStaffPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/team/:id") view=EditStaffPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/parameters") view=ParametersPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/audit") view=AuditLogPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/events") view=StaffEventsPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/fairs/new") view=NewFairPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/fairs/:id") view=EditFairPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/fairs/:id/registrations") view=RegistrationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/courses/new") view=NewCoursePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/courses/:id") view=EditCoursePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/sessions/:id") view=StaffSessionPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/sessions/:id/certificates/:booking") view=CertificatePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/not-allowed") view=StaffNotAllowedPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::has_islands;

    #[test]
    fn only_listed_pages_load_islands() {
        assert!(has_islands("/settings?saved=1"));
        assert!(!has_islands("/"));
        assert!(!has_islands("/settings/x"));
        assert!(has_islands("/password-reset/abc"));
        assert!(!has_islands("/password-reset"));
        assert!(!has_islands("/password-reset/a/b"));
        assert!(has_islands("/applications/12/documents?uploaded=1"));
        assert!(!has_islands("/applications/12"));
    }
}
