use leptos::prelude::*;

/// Confirms that an action worked. `role="status"` lets screen readers
/// announce it politely; the heading names what happened.
#[component]
pub fn NotificationBanner(#[prop(into)] heading: String, children: Children) -> impl IntoView {
    view! {
        <div class="notification-banner" role="status" aria-labelledby="notification-banner-heading">
            <h2 id="notification-banner-heading" class="notification-banner__heading">{heading}</h2>
            {children()}
        </div>
    }
}
