use super::session_notice::{SessionEndedBanner, SessionTimer};
use crate::i18n::{t, t_with, tr};
use crate::page_context::use_page;
use leptos::prelude::*;

/// The frame of every page: skip link (the first Tab stop), header with the
/// service name and language switch, `<main id="main">`, and a footer with
/// the same help in the same place on every page (WCAG 3.2.6).
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a href="#main" class="skip-link">{t("skip-to-content")}</a>
        <Header/>
        <EmergencyBanner/>
        <SessionTimer/>
        <div class="width-container">
            <main id="main" tabindex="-1"><SessionEndedBanner/>{children()}</main>
        </div>
        <Footer/>
    }
}

/// The emergency notice an editor raised, on every page until it ends: a
/// region with a heading, found by landmark and heading navigation, and not
/// a live region, which would announce it again on every page.
#[component]
fn EmergencyBanner() -> impl IntoView {
    use_page().banner.map(|banner| {
        view! {
            <div class="emergency-banner" role="region" aria-labelledby="emergency-banner-heading">
                <div class="width-container">
                    <h2 id="emergency-banner-heading" class="emergency-banner__heading">{t("information-banner-heading")}</h2>
                    <p class="emergency-banner__text" lang=banner.lang>{banner.text}</p>
                    <p class="emergency-banner__ends">{t_with("information-banner-ends", &[("time", banner.ends)])}</p>
                </div>
            </div>
        }
    })
}

/// The language switch is a plain link, so it works without JavaScript. Its
/// text is in the other language and marked with that `lang`, so a screen
/// reader pronounces it correctly (WCAG 3.1.2).
///
/// On a narrow screen with large text the header must leave the first
/// screen to the page: the name is set smaller and the links fold into a
/// `<details>` menu, which opens without JavaScript. On wider screens the
/// stylesheet hides the menu's summary and always shows the links.
#[component]
fn Header() -> impl IntoView {
    let page = use_page();
    let other = page.lang.other();
    let switch_href = format!("/language/{}?next={}", other.tag(), encode_path(&page.path));
    // The staff workspace links to itself where residents see their account.
    let (home_href, home_text) =
        if page.path == "/staff" || page.path.starts_with("/staff/") || page.path.starts_with("/staff?") {
            ("/staff/home", t("staff-nav-label"))
        } else {
            ("/account", t("nav-account"))
        };
    view! {
        <header class="site-header">
            <div class="width-container site-header__inner">
                <a href="/" class="site-header__name">{t("service-name")}</a>
                <nav aria-label=t("header-nav-label") class="site-header__nav">
                    <details class="site-header__menu">
                        <summary class="site-header__menu-button">{t("header-menu")}</summary>
                        <ul>
                            <li><a href=home_href>{home_text}</a></li>
                            <li><a href="/settings">{t("nav-display-settings")}</a></li>
                            <li>
                                <a href=switch_href lang=other.tag() hreflang=other.tag()>
                                    {tr(other, "language-switch-link")}
                                </a>
                            </li>
                        </ul>
                    </details>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let page = use_page();
    let site = page.site.clone();
    let phone_href = format!("tel:{}", site.phone.replace([' ', '-'], ""));
    let email_href = format!("mailto:{}", site.email);
    view! {
        <footer class="site-footer">
            <div class="width-container">
                <section aria-labelledby="footer-help-heading">
                    <h2 id="footer-help-heading">{t("footer-help-heading")}</h2>
                    {site.is_example.then(|| view! { <p class="footer-example-note">{t("footer-example-note")}</p> })}
                    <dl class="help-list">
                        <div>
                            <dt>{t("footer-phone")}</dt>
                            <dd><a href=phone_href>{site.phone.clone()}</a></dd>
                        </div>
                        <div>
                            <dt>{t("footer-sign-language")}</dt>
                            <dd>{site.sign_language_video.clone()}</dd>
                        </div>
                        <div>
                            <dt>{t("footer-email")}</dt>
                            <dd><a href=email_href>{site.email.clone()}</a></dd>
                        </div>
                        <div>
                            <dt>{t("footer-address")}</dt>
                            <dd>{site.address(page.lang).to_string()}</dd>
                        </div>
                        <div>
                            <dt>{t("footer-hours")}</dt>
                            <dd>{site.hours(page.lang).to_string()}</dd>
                        </div>
                    </dl>
                </section>
                <nav aria-label=t("footer-nav-label")>
                    <ul class="footer-links">
                        <li><a href="/accessibility">{t("footer-accessibility")}</a></li>
                        <li><a href="/privacy">{t("footer-privacy")}</a></li>
                        <li><a href="/settings">{t("nav-display-settings")}</a></li>
                        <li><a href="/site-map">{t("footer-site-map")}</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}

/// Percent-encodes a path for use as a query value.
pub fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::encode_path;

    #[test]
    fn encodes_query_characters() {
        assert_eq!(
            encode_path("/settings?saved=1&x=é"),
            "/settings%3Fsaved%3D1%26x%3D%C3%A9"
        );
    }
}
