//! Resident accounts: `/register`, `/sign-in` (password, or a link by
//! email), `/password-reset`, `/account` and its pages, `/sign-out`.
//! Registration asks only for a name and an email address; the emailed link
//! proves the address and signs in. A password is optional, set afterwards.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;

use crate::applications::ApplicationRow;
use crate::components::PasswordWords;
use crate::components::{
    ErrorSummary, NotificationBanner, PageTitle, PasswordInput, RadioOption, Radios, TextInput,
};
use crate::forms::use_form;
use crate::i18n::{t, t_with, Lang};
use crate::page_context::use_page;
use crate::people::PersonRow;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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

/// Whether the link in the URL still works.
#[derive(Clone, Copy, Debug, Default)]
pub struct LinkState {
    pub valid: bool,
}

fn query(name: &str) -> Option<String> {
    use_query_map().with_untracked(|q| q.get(name))
}

/// Where to go after signing in: a local path from `?next=` or the form.
fn next_path() -> String {
    let form = use_form();
    let sent = form.value("next");
    let candidate = if sent.is_empty() {
        query("next").unwrap_or_default()
    } else {
        sent
    };
    if candidate.starts_with('/') && !candidate.starts_with("//") && !candidate.contains('\\') {
        candidate
    } else {
        String::new()
    }
}

pub fn password_words(label_id: &str, hint_id: Option<&str>, error: Option<String>) -> PasswordWords {
    PasswordWords {
        label: t(label_id),
        hint: hint_id.map(t),
        error,
        error_prefix: t("error-prefix"),
        show: t("password-show"),
        hide: t("password-hide"),
        shown_status: t("password-shown-status"),
        hidden_status: t("password-hidden-status"),
    }
}

fn language_options() -> Vec<RadioOption> {
    Lang::ALL
        .into_iter()
        .map(|lang| RadioOption {
            value: lang.tag().to_string(),
            label: t(&format!("account-language-{}", lang.tag())),
            hint: None,
        })
        .collect()
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let form = use_form();
    let language = if form.values.is_empty() {
        use_page().lang.tag().to_string()
    } else {
        form.value("email_language")
    };
    let next = next_path();
    let sign_in_href = if next.is_empty() {
        "/sign-in".to_string()
    } else {
        format!("/sign-in?next={}", crate::components::encode_path(&next))
    };
    view! {
        <PageTitle text=t("register-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("register-title")}</h1>
        <p>{t("register-lead")}</p>
        <form method="post" action="/register" novalidate=true>
            <input type="hidden" name="next" value=next/>
            <TextInput id="full_name" name="full_name" label=t("register-name") hint=t("register-name-hint")
                value=form.value("full_name") error=form.error("full_name") autocomplete="name" width="input--20"/>
            <TextInput id="email" name="email" label=t("field-email") hint=t("register-email-hint")
                value=form.value("email") error=form.error("email") autocomplete="email" input_type="email" width="input--30"/>
            <Radios name="email_language" legend=t("account-email-language") options=language_options()
                selected=vec![language] error=form.error("email_language")/>
            <button type="submit" class="button">{t("register-submit")}</button>
        </form>
        <p>{t("register-have-account")}" "<a href=sign_in_href>{t("sign-in-title")}</a></p>
    }
}

#[component]
pub fn CheckEmailPage() -> impl IntoView {
    let again = match query("for").as_deref() {
        Some("reset") => "/password-reset",
        Some("register") => "/register",
        _ => "/sign-in",
    };
    view! {
        <PageTitle text=t("check-email-title")/>
        <h1>{t("check-email-title")}</h1>
        <p class="lead">{t("check-email-lead")}</p>
        <p>{t_with("check-email-expiry", &[("minutes", "15".to_string())])}</p>
        <p>{t("check-email-not-arrived")}" "<a href=again>{t("check-email-again")}</a></p>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let form = use_form();
    let next = next_path();
    let register_href = if next.is_empty() {
        "/register".to_string()
    } else {
        format!("/register?next={}", crate::components::encode_path(&next))
    };
    let password_error = form.error("password");
    view! {
        <PageTitle text=t("sign-in-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("sign-in-title")}</h1>
        <p>{t("sign-in-no-account")}" "<a href=register_href>{t("register-title")}</a></p>
        <section aria-labelledby="link-heading">
            <h2 id="link-heading">{t("sign-in-link-heading")}</h2>
            <p>{t("sign-in-link-lead")}</p>
            <form method="post" action="/sign-in/link" novalidate=true>
                <input type="hidden" name="next" value=next.clone()/>
                <TextInput id="link_email" name="link_email" label=t("field-email") value=form.value("link_email")
                    error=form.error("link_email") autocomplete="email" input_type="email" width="input--30"/>
                <button type="submit" class="button">{t("sign-in-link-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="password-heading">
            <h2 id="password-heading">{t("sign-in-password-heading")}</h2>
            <form method="post" action="/sign-in" novalidate=true>
                <input type="hidden" name="next" value=next/>
                <TextInput id="email" name="email" label=t("field-email") value=form.value("email")
                    error=form.error("email") autocomplete="username" input_type="email" width="input--30"/>
                <PasswordInput id="password".to_string() autocomplete="current-password".to_string()
                    words=password_words("field-password", None, password_error)/>
                <button type="submit" class="button">{t("sign-in-submit")}</button>
            </form>
            <p><a href="/password-reset">{t("sign-in-forgot")}</a></p>
        </section>
    }
}

#[component]
fn ExpiredLink(again: &'static str) -> impl IntoView {
    view! {
        <PageTitle text=t("link-expired-title")/>
        <h1>{t("link-expired-title")}</h1>
        <p>{t_with("link-expired-body", &[("minutes", "15".to_string())])}</p>
        <p><a href=again class="button">{t("link-expired-again")}</a></p>
    }
}

#[component]
pub fn SignInLinkPage() -> impl IntoView {
    let link = use_context::<LinkState>().unwrap_or_default();
    if !link.valid {
        return view! { <ExpiredLink again="/sign-in"/> }.into_any();
    }
    let action = use_page().path;
    view! {
        <PageTitle text=t("sign-in-link-page-title")/>
        <h1>{t("sign-in-link-page-title")}</h1>
        <p>{t("sign-in-link-page-lead")}</p>
        <form method="post" action=action>
            <button type="submit" class="button">{t("sign-in-link-page-submit")}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=t("reset-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("reset-title")}</h1>
        <p>{t("reset-lead")}</p>
        <form method="post" action="/password-reset" novalidate=true>
            <TextInput id="email" name="email" label=t("field-email") value=form.value("email")
                error=form.error("email") autocomplete="email" input_type="email" width="input--30"/>
            <button type="submit" class="button">{t("reset-submit")}</button>
        </form>
    }
}

/// The form for a new password, at `/password-reset/{token}` and `/account/password`.
#[component]
fn NewPasswordForm(action: String, title: String) -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <form method="post" action=action novalidate=true>
            <PasswordInput id="password".to_string() autocomplete="new-password".to_string()
                words=password_words("field-new-password", Some("password-rules"), form.error("password"))/>
            <button type="submit" class="button">{t("password-save")}</button>
        </form>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let link = use_context::<LinkState>().unwrap_or_default();
    if !link.valid {
        return view! { <ExpiredLink again="/password-reset"/> }.into_any();
    }
    view! { <NewPasswordForm action=use_page().path title=t("new-password-title")/> }.into_any()
}

#[component]
pub fn AccountPasswordPage() -> impl IntoView {
    view! {
        <a href="/account" class="back-link">{t("back-to-account")}</a>
        <NewPasswordForm action="/account/password".to_string() title=t("account-password-title")/>
    }
}

fn use_account() -> AccountView {
    use_context::<AccountView>().unwrap_or_default()
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let account = use_account();
    let banner = query("done").and_then(|done| {
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
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("register-name")}</dt>
                    <dd class="summary-list__value">{account.full_name.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("field-email")}</dt>
                    <dd class="summary-list__value">{account.email.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("account-email-language")}</dt>
                    <dd class="summary-list__value">{language}</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("field-password")}</dt>
                    <dd class="summary-list__value">{password}</dd>
                </div>
            </dl>
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
            <crate::people::PeopleList people=people/>
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

#[component]
pub fn AccountDetailsPage() -> impl IntoView {
    let form = use_form();
    let account = use_account();
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
        <a href="/account" class="back-link">{t("back-to-account")}</a>
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

#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let account = use_account();
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
        <a href="/account" class="back-link">{t("back-to-account")}</a>
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

#[component]
pub fn SignedOutPage() -> impl IntoView {
    let key = if query("deleted").is_some() {
        "signed-out-deleted"
    } else if query("everywhere").is_some() {
        "signed-out-everywhere"
    } else {
        "signed-out-title"
    };
    view! {
        <PageTitle text=t(key)/>
        <h1>{t(key)}</h1>
        <p>{t("signed-out-body")}</p>
        <p><a href="/sign-in">{t("sign-in-title")}</a></p>
    }
}
