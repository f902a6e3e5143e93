use crate::accounts::second_factor::SecondFactorSetUp;
use crate::components::{with_view, ErrorSummary, NotificationBanner, PageTitle, PasswordInput, TextInput};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use crate::sign_in::pages::password_words;
use leptos::prelude::*;

/// The `next` page after signing in, if it is a staff page.
fn next_path() -> String {
    let form = use_form();
    let sent = form.value("next");
    let candidate = if sent.is_empty() {
        use_page().query("next").unwrap_or_default()
    } else {
        sent
    };
    if candidate.starts_with("/staff/") && !candidate.contains('\\') {
        candidate
    } else {
        String::new()
    }
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let form = use_form();
    let next = next_path();
    let password_error = form.error("password");
    let signed_out = use_page().has_query("signed_out");
    view! {
        <PageTitle text=t("staff-sign-in-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        {signed_out.then(|| view! {
            <NotificationBanner heading=t("staff-signed-out")><p>{t("staff-signed-out-body")}</p></NotificationBanner>
        })}
        <h1>{t("staff-sign-in-title")}</h1>
        <p>{t("staff-sign-in-lead")}</p>
        <form method="post" action="/staff" novalidate=true>
            <input type="hidden" name="next" value=next/>
            <TextInput id="email" name="email" label=t("field-email") value=form.value("email")
                error=form.error("email") autocomplete="username" input_type="email" width="input--30"/>
            <PasswordInput id="password".to_string() autocomplete="current-password".to_string()
                words=password_words("field-password", None, password_error)/>
            <button type="submit" class="button">{t("staff-sign-in-submit")}</button>
        </form>
        <p>{t("staff-sign-in-help")}</p>
        <p><a href="/">{t("staff-sign-in-residents")}</a></p>
    }
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    let form = use_form();
    let next = next_path();
    view! {
        <PageTitle text=t("staff-code-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <form method="post" action="/staff/two-factor" novalidate=true>
            <input type="hidden" name="next" value=next/>
            <TextInput id="code" name="code" label=t("staff-code-title") hint=t("staff-code-hint")
                value=form.value("code") error=form.error("code") autocomplete="one-time-code"
                width="input--10" label_is_heading=true/>
            <button type="submit" class="button">{t("staff-code-submit")}</button>
        </form>
        <p>{t("staff-code-lost")}</p>
    }
}

#[component]
pub fn SetUpSecondFactorPage() -> impl IntoView {
    with_view(set_up_second_factor)
}

fn set_up_second_factor(setup: SecondFactorSetUp) -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=t("staff-set-up-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-set-up-title")}</h1>
        <p>{t("staff-set-up-lead")}</p>
        <ol class="list list--number">
            <li>{t("staff-set-up-step-app")}</li>
            <li>
                <p>{t("staff-set-up-step-key")}</p>
                <p class="secret-key"><code lang="en">{setup.key_groups.clone()}</code></p>
                <img src=setup.qr_image.clone() alt=t("staff-set-up-qr-alt") class="qr-code" width="200" height="200"/>
                <p class="hint">{t("staff-set-up-key-details")}</p>
                <p><a href=setup.uri.clone()>{t("staff-set-up-open-app")}</a></p>
            </li>
            <li>{t("staff-set-up-step-code")}</li>
        </ol>
        <form method="post" action="/staff/two-factor/set-up" novalidate=true>
            <TextInput id="code" name="code" label=t("staff-set-up-code-label") hint=t("staff-set-up-code-hint")
                value=form.value("code") error=form.error("code") autocomplete="one-time-code"
                inputmode="numeric" width="input--10"/>
            <button type="submit" class="button">{t("staff-set-up-submit")}</button>
        </form>
    }
}

/// The recovery codes, shown once after the second factor is set up.
#[derive(Clone, Debug, Default)]
pub struct RecoveryCodes(pub Vec<String>);

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    with_view(|codes: RecoveryCodes| recovery_codes(codes.0))
}

fn recovery_codes(codes: Vec<String>) -> impl IntoView {
    view! {
        <PageTitle text=t("staff-recovery-title")/>
        <h1>{t("staff-recovery-title")}</h1>
        {if codes.is_empty() {
            view! { <p>{t("staff-recovery-shown")}</p> }.into_any()
        } else {
            view! {
                <p>{t_with("staff-recovery-lead", &[("count", codes.len().to_string())])}</p>
                <ul class="recovery-codes" lang="en">
                    {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                </ul>
                <p>{t("staff-recovery-keep")}</p>
            }
            .into_any()
        }}
        <p><a href="/staff/home" class="button">{t("staff-recovery-continue")}</a></p>
    }
}

/// Whether the set-up link in the URL still works.
#[derive(Clone, Copy, Debug, Default)]
pub struct SetUpLink {
    pub valid: bool,
}

#[component]
pub fn StaffSetUpPage() -> impl IntoView {
    with_view(staff_set_up)
}

fn staff_set_up(link: SetUpLink) -> impl IntoView {
    let form = use_form();
    if !link.valid {
        return view! {
            <PageTitle text=t("staff-setup-link-expired-title")/>
            <h1>{t("staff-setup-link-expired-title")}</h1>
            <p>{t("staff-setup-link-expired-body")}</p>
        }
        .into_any();
    }
    let action = use_page().path;
    view! {
        <PageTitle text=t("staff-setup-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-setup-title")}</h1>
        <p>{t("staff-setup-lead")}</p>
        <form method="post" action=action novalidate=true>
            <PasswordInput id="password".to_string() autocomplete="new-password".to_string()
                words=password_words("field-new-password", Some("password-rules"), form.error("password"))/>
            <button type="submit" class="button">{t("staff-setup-submit")}</button>
        </form>
    }
    .into_any()
}
