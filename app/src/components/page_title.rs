use crate::i18n::{t, t_with};
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets `<title>` to "Page – Service", with "Error: " in front when the page
/// shows a form with errors, so screen reader users hear it first.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional)] has_errors: bool) -> impl IntoView {
    let text = if has_errors {
        t_with("error-title", &[("title", text)])
    } else {
        text
    };
    let title = format!("{text} – {}", t("service-name"));
    view! { <Title text=title/> }
}
