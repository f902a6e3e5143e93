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

/// What a change did, carried in the `?done=` of the page it redirects to
/// so that page can confirm it. Each kind lists every value in `ALL`, so a
/// test can check that every banner's message exists.
pub trait Done: Copy + PartialEq + Sized + 'static {
    const ALL: &'static [Self];

    /// The value in `?done=`.
    fn key(self) -> &'static str;

    /// The banner's heading.
    fn message_id(self) -> String;

    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|d| d.key() == text)
    }

    /// `path` with this as its `?done=` (and `#anchor`, if any).
    fn at(self, path: &str, anchor: Option<&str>) -> String {
        let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
        format!("{path}?done={}{anchor}", self.key())
    }

    /// The `?done=` of the page being rendered, if it is one of these.
    fn of_page() -> Option<Self> {
        Self::parse(&crate::page_context::use_page().query("done")?)
    }
}
