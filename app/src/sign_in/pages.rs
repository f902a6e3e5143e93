//! The pages of signing in: register, sign in (with an emailed link or a
//! password), reset a password, and signed out.

use crate::components::{
    encode_path, with_view, Checkbox, ErrorSummary, PageTitle, PasswordInput, PasswordWords, RadioOption,
    Radios, TextInput,
};
use crate::domain::local_path::is_local_path;
use crate::forms::use_form;
use crate::i18n::{t, t_with, Lang};
use crate::page_context::use_page;
use leptos::prelude::*;

/// Whether the link in the URL still works, and the email address of the
/// account it is for (empty when it does not work).
#[derive(Clone, Debug, Default)]
pub struct LinkState {
    pub valid: bool,
    pub email: String,
}

/// Whether this browser holds answers to the entitlement check, which
/// signing in forgets unless the person ticks that they are theirs.
#[derive(Clone, Copy, Debug, Default)]
pub struct AnswersHeld(pub bool);

/// The choice to keep the check's answers, when there are any.
#[component]
fn KeepAnswers() -> impl IntoView {
    let held = use_context::<AnswersHeld>().unwrap_or_default().0;
    let kept = use_form().value("keep_answers") == "yes";
    held.then(|| {
        view! {
            <p>{t("sign-in-keep-answers-why")}</p>
            <Checkbox id="keep_answers" label=t("sign-in-keep-answers") checked=kept/>
        }
    })
}

/// Where to go after signing in: a local path from `?next=` or the form.
fn next_path() -> String {
    let form = use_form();
    let sent = form.value("next");
    let candidate = if sent.is_empty() {
        use_page().query("next").unwrap_or_default()
    } else {
        sent
    };
    if is_local_path(&candidate) {
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

pub fn language_options() -> Vec<RadioOption> {
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
        format!("/sign-in?next={}", encode_path(&next))
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
    let again = match use_page().query("for").as_deref() {
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
        format!("/register?next={}", encode_path(&next))
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
                <TextInput id="link_email" name="link_email" label=t("sign-in-link-email") value=form.value("link_email")
                    error=form.error("link_email") autocomplete="email" input_type="email" width="input--30"/>
                <button type="submit" class="button">{t("sign-in-link-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="password-heading">
            <h2 id="password-heading">{t("sign-in-password-heading")}</h2>
            <form method="post" action="/sign-in" novalidate=true>
                <input type="hidden" name="next" value=next/>
                <TextInput id="email" name="email" label=t("sign-in-password-email") value=form.value("email")
                    error=form.error("email") autocomplete="username" input_type="email" width="input--30"/>
                <PasswordInput id="password".to_string() autocomplete="current-password".to_string()
                    words=password_words("field-password", None, password_error)/>
                <KeepAnswers/>
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
    with_view(|link: LinkState| {
        if !link.valid {
            return view! { <ExpiredLink again="/sign-in"/> }.into_any();
        }
        let action = use_page().path;
        view! {
            <PageTitle text=t("sign-in-link-page-title")/>
            <h1>{t("sign-in-link-page-title")}</h1>
            <p>{t_with("sign-in-link-page-account", &[("email", link.email)])}</p>
            <p>{t("sign-in-link-page-lead")}</p>
            <form method="post" action=action>
                <KeepAnswers/>
                <button type="submit" class="button">{t("sign-in-link-page-submit")}</button>
            </form>
        }
        .into_any()
    })
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

/// The form for a new password, at `/password-reset/{token}`.
#[component]
pub fn NewPasswordForm(action: String, title: String) -> impl IntoView {
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
    with_view(|link: LinkState| {
        if !link.valid {
            return view! { <ExpiredLink again="/password-reset"/> }.into_any();
        }
        view! { <NewPasswordForm action=use_page().path title=t("new-password-title")/> }.into_any()
    })
}

#[component]
pub fn SignedOutPage() -> impl IntoView {
    let page = use_page();
    let key = if page.has_query("deleted") {
        "signed-out-deleted"
    } else if page.has_query("everywhere") {
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
