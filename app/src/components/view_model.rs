//! The view model a page's handler provided, and the error page drawn
//! when it is missing.

use super::page_title::PageTitle;
use crate::i18n::t;
use leptos::prelude::*;

/// Draws a page from the view model its handler provided. A missing view
/// model is a bug in the handler: it is logged and the visitor sees the
/// error page with status 500, never an empty page with status 200.
pub fn with_view<T, V>(draw: impl FnOnce(T) -> V) -> AnyView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    match use_context::<T>() {
        Some(view) => draw(view).into_any(),
        None => missing(std::any::type_name::<T>()).into_any(),
    }
}

fn missing(what: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        tracing::error!(view_model = what, "a page was rendered without its view model");
        set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = what;
    view! { <ServerErrorPage/> }
}

#[cfg(feature = "ssr")]
fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Something failed on our side (status 500).
#[component]
pub fn ServerErrorPage() -> impl IntoView {
    view! {
        <PageTitle text=t("server-error-title")/>
        <h1>{t("server-error-title")}</h1>
        <p>{t("server-error-body")}</p>
        <p><a href="/">{t("server-error-home")}</a></p>
    }
}
