//! Email alerts and Atom feeds, no account needed: `/alerts` (subscribe to
//! topics, a street or town, immediately or weekly), `/alerts/sent`,
//! `/alerts/confirm/{token}` (the emailed link shows a button; its POST
//! confirms), `/alerts/manage/{token}`, `/alerts/unsubscribe/{token}` (a
//! button, and the RFC 8058 one-click POST), `/alerts/unsubscribed`, and
//! `/feeds/{topic}.atom`.
//!
//! Feeds live here rather than in a module of their own: they list exactly
//! the items the alerts announce (`items`), by the same topics and areas.
//! The server's alerts worker runs [`sending::run_due`] every minute.

pub mod feeds;
mod handlers;
pub mod items;
pub mod mail;
pub mod pages;
pub mod sending;
pub mod store;

/// Where one-click unsubscribes are posted: `{UNSUBSCRIBE_PREFIX}{token}`.
pub const UNSUBSCRIBE_PREFIX: &str = "/alerts/unsubscribe/";

/// The whole body of an RFC 8058 one-click unsubscribe. A mail program
/// sends it without cookies or form token, from wherever it runs; the
/// security layer lets exactly this body through to [`UNSUBSCRIBE_PREFIX`].
pub const ONE_CLICK_BODY: &[u8] = b"List-Unsubscribe=One-Click";

/// Whether a POST is a one-click unsubscribe, which needs no CSRF check: it
/// can only end the subscription whose secret token is in its address.
pub fn is_one_click_unsubscribe(path: &str, body: &[u8]) -> bool {
    path.strip_prefix(UNSUBSCRIBE_PREFIX)
        .is_some_and(|token| !token.is_empty() && !token.contains('/'))
        && body == ONE_CLICK_BODY
}

pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    use handlers::*;
    axum::Router::new()
        .route("/alerts", get(show).post(subscribe))
        .route("/alerts/sent", get(sent))
        .route("/alerts/confirm/{token}", get(show_confirm).post(confirm))
        .route("/alerts/manage/{token}", get(show_manage).post(manage))
        .route(
            "/alerts/unsubscribe/{token}",
            get(show_unsubscribe).post(unsubscribe),
        )
        .route("/alerts/unsubscribed", get(unsubscribed))
        .route("/feeds/{file}", get(feed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_one_click_body_at_the_unsubscribe_address_passes() {
        assert!(is_one_click_unsubscribe(
            "/alerts/unsubscribe/3-abc",
            b"List-Unsubscribe=One-Click"
        ));
        assert!(!is_one_click_unsubscribe(
            "/alerts/unsubscribe/3-abc",
            b"List-Unsubscribe=One-Click&x=1"
        ));
        assert!(!is_one_click_unsubscribe(
            "/alerts/unsubscribe/",
            b"List-Unsubscribe=One-Click"
        ));
        assert!(!is_one_click_unsubscribe(
            "/alerts/manage/3-abc",
            b"List-Unsubscribe=One-Click"
        ));
        assert!(!is_one_click_unsubscribe(
            "/alerts/unsubscribe/3/x",
            b"List-Unsubscribe=One-Click"
        ));
        assert!(!is_one_click_unsubscribe("/alerts/unsubscribe/3-abc", b""));
    }
}
