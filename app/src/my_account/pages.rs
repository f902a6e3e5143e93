//! The pages about the signed-in resident's own account.

use crate::accounts::people::PersonRow;
use crate::applications::ApplicationRow;
use crate::components::{
    with_view, BackLink, ErrorSummary, NotificationBanner, PageTitle, PasswordInput, Radios, SummaryList,
    SummaryRow, TextInput,
};
use crate::forms::use_form;
use crate::i18n::{t, t_with, Lang};
use crate::page_context::use_page;
use crate::sign_in::pages::{language_options, password_words};
use leptos::prelude::*;

/// The signed-in resident's account, for the account pages.
#[derive(Clone, Debug, Default)]
pub struct AccountView {
    pub full_name: String,
    pub email: String,
    pub email_language: Lang,
    pub has_password: bool,
    pub people: Vec<PersonRow>,
    pub applications: Vec<ApplicationRow>,
}

/// How `/account/password` lets the person set a password: someone who
/// finds a signed-in browser must not be able to take the account over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordChange {
    /// Signed in with an emailed link just now: the new password is enough.
    New,
    /// The current password, then the new one.
    WithCurrent,
    /// No password yet and no fresh link: an emailed link to the account's address sets one.
    ByLink { email: String },
}

/// `/account/password`.
#[component]
pub fn AccountPasswordPage() -> impl IntoView {
    with_view(account_password)
}

fn account_password(change: PasswordChange) -> impl IntoView {
    let form = use_form();
    let current = match change {
        PasswordChange::ByLink { email } => return password_by_link(email).into_any(),
        PasswordChange::WithCurrent => Some(view! {
            <PasswordInput id="current_password".to_string() autocomplete="current-password".to_string()
                words=password_words("account-current-password", None, form.error("current_password"))/>
            <p><a href="/password-reset">{t("account-password-forgotten")}</a></p>
        }),
        PasswordChange::New => None,
    };
    view! {
        <PageTitle text=t("account-password-title") has_errors=form.has_errors()/>
        <BackLink href="/account" text=t("back-to-account")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("account-password-title")}</h1>
        <form method="post" action="/account/password" novalidate=true>
            {current}
            <PasswordInput id="password".to_string() autocomplete="new-password".to_string()
                words=password_words("field-new-password", Some("password-rules"), form.error("password"))/>
            <button type="submit" class="button">{t("password-save")}</button>
        </form>
    }
    .into_any()
}

fn password_by_link(email: String) -> impl IntoView {
    view! {
        <PageTitle text=t("account-password-link-title")/>
        <BackLink href="/account" text=t("back-to-account")/>
        <h1>{t("account-password-link-title")}</h1>
        <p>{t("account-password-link-lead")}</p>
        <form method="post" action="/password-reset">
            <input type="hidden" name="email" value=email/>
            <button type="submit" class="button">{t("reset-submit")}</button>
        </form>
    }
}

/// `/account`: the account's details, applications, people helped, and signing out.
#[component]
pub fn AccountPage() -> impl IntoView {
    with_view(account_page)
}

fn account_page(account: AccountView) -> impl IntoView {
    let banner = use_page().query("done").and_then(|done| {
        let key = match done.as_str() {
            "details" => "account-done-details",
            "password" => "account-done-password",
            "person" => "account-done-person",
            "person-removed" => "account-done-person-removed",
            "signed-in" => "account-done-signed-in",
            "draft-deleted" => "account-done-draft-deleted",
            _ => return None,
        };
        Some(
            view! { <NotificationBanner heading=t(key)><p>{t("account-done-body")}</p></NotificationBanner> },
        )
    });
    let language = t(&format!("account-language-{}", account.email_language.tag()));
    let password = if account.has_password {
        t("account-password-set")
    } else {
        t("account-password-not-set")
    };
    let people = account.people.clone();
    let applications = account.applications.clone();
    view! {
        <PageTitle text=t("account-title")/>
        {banner}
        <h1>{t("account-title")}</h1>
        <section aria-labelledby="details-heading">
            <h2 id="details-heading">{t("account-details-heading")}</h2>
            <SummaryList>
                <SummaryRow key=t("register-name")>{account.full_name.clone()}</SummaryRow>
                <SummaryRow key=t("field-email")>{account.email.clone()}</SummaryRow>
                <SummaryRow key=t("account-email-language")>{language}</SummaryRow>
                <SummaryRow key=t("field-password")>{password}</SummaryRow>
            </SummaryList>
            <ul class="list">
                <li><a href="/account/details">{t("account-change-details")}</a></li>
                <li><a href="/account/password">{t("account-change-password")}</a></li>
            </ul>
        </section>
        <section aria-labelledby="applications-heading">
            <h2 id="applications-heading">{t("account-applications-heading")}</h2>
            <crate::applications::ApplicationList applications=applications/>
            <p><a href="/entitlements">{t("account-find-entitlement")}</a></p>
            <p><a href="/account/bookings">{t("account-bookings")}</a></p>
        </section>
        <section aria-labelledby="people-heading">
            <h2 id="people-heading">{t("people-heading")}</h2>
            <p>{t("people-lead")}</p>
            <crate::people::pages::PeopleList people=people/>
            <p><a href="/account/people/new" class="button button--secondary">{t("people-add")}</a></p>
        </section>
        <section aria-labelledby="security-heading">
            <h2 id="security-heading">{t("account-security-heading")}</h2>
            <form method="post" action="/sign-out" class="inline-form">
                <button type="submit" class="button button--secondary">{t("sign-out")}</button>
            </form>
            <form method="post" action="/sign-out-everywhere" class="inline-form">
                <p class="hint">{t("sign-out-everywhere-hint")}</p>
                <button type="submit" class="button button--secondary">{t("sign-out-everywhere")}</button>
            </form>
            <p><a href="/account/delete">{t("account-delete-link")}</a></p>
        </section>
    }
}

/// `/account/details`: the name and the language of emails.
#[component]
pub fn AccountDetailsPage() -> impl IntoView {
    with_view(account_details)
}

fn account_details(account: AccountView) -> impl IntoView {
    let form = use_form();
    let (name, language) = if form.values.is_empty() {
        (
            account.full_name.clone(),
            account.email_language.tag().to_string(),
        )
    } else {
        (form.value("full_name"), form.value("email_language"))
    };
    view! {
        <PageTitle text=t("account-details-title") has_errors=form.has_errors()/>
        <BackLink href="/account" text=t("back-to-account")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("account-details-title")}</h1>
        <form method="post" action="/account/details" novalidate=true>
            <TextInput id="full_name" name="full_name" label=t("register-name") value=name
                error=form.error("full_name") autocomplete="name" width="input--20"/>
            <Radios name="email_language" legend=t("account-email-language") options=language_options()
                selected=vec![language] error=form.error("email_language")/>
            <p class="hint">{t("account-email-change-note")}</p>
            <button type="submit" class="button">{t("save")}</button>
        </form>
    }
}

/// `/account/delete`: what deleting the account does, and the button that does it.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    with_view(delete_account)
}

fn delete_account(account: AccountView) -> impl IntoView {
    let open = account
        .applications
        .iter()
        .filter(|a| a.status.is_in_progress())
        .count();
    let drafts = account
        .applications
        .iter()
        .filter(|a| a.status == crate::domain::applications::ApplicationStatus::Draft)
        .count();
    view! {
        <PageTitle text=t("account-delete-title")/>
        <BackLink href="/account" text=t("back-to-account")/>
        <h1>{t("account-delete-title")}</h1>
        <p>{t("account-delete-lead")}</p>
        <ul class="list list--bullet">
            <li>{t_with("account-delete-open", &[("count", open.to_string())])}</li>
            <li>{t_with("account-delete-drafts", &[("count", drafts.to_string())])}</li>
            <li>{t("account-delete-decided")}</li>
            <li>{t("account-delete-people")}</li>
        </ul>
        <form method="post" action="/account/delete">
            <button type="submit" class="button button--warning">{t("account-delete-submit")}</button>
        </form>
    }
}
