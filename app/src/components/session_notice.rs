//! What signed-in pages say about the session (WCAG 2.2.1): when it ends
//! without activity, with a "stay signed in" button that works without
//! JavaScript (a form that comes back to the same page), and an island that
//! warns two and a half minutes before the end, moves focus to its own
//! "stay signed in" button, extends in place and gives focus back. After a
//! session ended, the next page says why, once. Like every island the
//! warning takes no props (see `components::island_dom`).

use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// Seconds before the end at which the island warns (at least two minutes).
pub const WARN_SECONDS: u32 = 150;

/// Where "stay signed in" is sent (a POST; any request counts as activity).
pub const EXTEND_PATH: &str = "/session/extend";

/// Every message a page may show after a session ended (`SessionStatus::notice`).
pub const NOTICES: &[&str] = &[
    "idle-ended",
    "idle-ended-form-kept",
    "check-answers-forgotten",
    "staff-code-timed-out",
];

/// The session as the layout shows it, provided by the render layer.
#[derive(Clone, Debug, Default)]
pub struct SessionStatus {
    /// Signed in: when the session ends without activity.
    pub ends: Option<SessionEnds>,
    /// Why the person was signed out or something was forgotten (a message id).
    pub notice: Option<String>,
}

#[derive(Clone, Debug)]
pub struct SessionEnds {
    /// The local time, e.g. `10:42`.
    pub at: String,
    pub minutes: i64,
    /// The page "stay signed in" comes back to.
    pub back_to: String,
}

/// The translated words of the warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionWords {
    pub warning: String,
    pub stay: String,
    pub extended: String,
    pub ended: String,
}

/// Signed-in pages: the time the session ends and "stay signed in", in a
/// region of its own between the header and the page.
#[component]
pub fn SessionTimer() -> impl IntoView {
    let status = use_context::<SessionStatus>().unwrap_or_default();
    status.ends.map(|ends| {
        let words = SessionWords {
            warning: t("idle-warning"),
            stay: t("idle-stay"),
            extended: t("idle-extended"),
            ended: t("idle-ended-now"),
        };
        let seconds_left = u32::try_from(ends.minutes * 60).unwrap_or(0);
        let text = t_with(
            "idle-ends",
            &[("minutes", ends.minutes.to_string()), ("time", ends.at.clone())],
        );
        view! {
            <section class="session-timer" aria-label=t("idle-region-label")>
                <div class="width-container">
                    <p class="session-timer__text">{text}</p>
                    <form method="post" action=EXTEND_PATH class="session-timer__form">
                        <input type="hidden" name="next" value=ends.back_to/>
                        <button type="submit" class="button button--secondary">{t("idle-stay")}</button>
                    </form>
                    <WarningDialog seconds_left words/>
                </div>
            </section>
        }
    })
}

/// After a session ended: why, on the first page shown.
#[component]
pub fn SessionEndedBanner() -> impl IntoView {
    let status = use_context::<SessionStatus>().unwrap_or_default();
    status.notice.map(|message| {
        view! {
            <section class="notification-banner session-ended" aria-labelledby="session-ended-heading">
                <h2 id="session-ended-heading" class="notification-banner__heading">{t("idle-ended-heading")}</h2>
                <p>{t(&message)}</p>
            </section>
        }
    })
}

/// Warns before the session ends: hidden until the island shows it. The
/// words said later and when to warn and end (seconds from now) are kept on
/// it for the island.
#[component]
fn WarningDialog(seconds_left: u32, words: SessionWords) -> impl IntoView {
    let SessionWords {
        warning,
        stay,
        extended,
        ended,
    } = words;
    view! {
        <SessionWarning>
            <div class="session-warning" role="alertdialog" aria-labelledby="session-warning-text" hidden=true
                data-warn-in=seconds_left.saturating_sub(WARN_SECONDS) data-ends-in=seconds_left
                data-extended=extended data-ended=ended>
                <p id="session-warning-text" class="session-warning__text">{warning}</p>
                <button type="button" id="session-stay" class="button">{stay}</button>
            </div>
            <p class="session-warning__status" aria-live="polite"></p>
        </SessionWarning>
    }
}

/// Island: each "stay signed in" starts a new round; the timers of an older
/// round do nothing.
#[island]
fn SessionWarning(children: Children) -> impl IntoView {
    // Runs as the island hydrates in the browser (on the server it does
    // nothing): the markup is already there. An Effect would do the same but
    // brings the effect machinery into the WASM.
    browser::schedule();
    view! { <div on:click=|ev| browser::on_click(&ev)>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::EXTEND_PATH;
    use crate::components::island_dom::{data, element, say};
    use std::cell::{Cell, RefCell};
    use std::time::Duration;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlElement, XmlHttpRequest};

    thread_local! {
        /// Where focus was when the warning took it.
        static BEFORE: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
        /// The current round of timers.
        static ROUND: Cell<u32> = const { Cell::new(0) };
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    fn by_selector(selector: &str) -> Option<HtmlElement> {
        document()?
            .query_selector(selector)
            .ok()??
            .dyn_into::<HtmlElement>()
            .ok()
    }

    /// Starts a round: the warning before the end, and at the end, that it ended.
    pub fn schedule() {
        let Some(warning) = by_selector(".session-warning") else {
            return;
        };
        let seconds = |name| data(&warning, name).parse::<u32>().ok();
        let (Some(warn_in), Some(ends_in)) = (seconds("data-warn-in"), seconds("data-ends-in")) else {
            return;
        };
        let this = ROUND.with(|r| r.get() + 1);
        ROUND.with(|r| r.set(this));
        let current = move || ROUND.with(|r| r.get()) == this;
        let shown = warning.clone();
        after(warn_in, move || {
            if current() {
                shown.set_hidden(false);
                focus_soon("session-stay");
            }
        });
        after(ends_in, move || {
            if current() {
                warning.set_hidden(true);
                tell(&data(&warning, "data-ended"));
            }
        });
    }

    /// "Stay signed in": extends in place and gives focus back.
    pub fn on_click(ev: &leptos::ev::MouseEvent) {
        if element(ev.target()).is_none_or(|e| e.id() != "session-stay") {
            return;
        }
        extend(move |ok| {
            let Some(warning) = by_selector(".session-warning") else {
                return;
            };
            warning.set_hidden(true);
            return_focus();
            if ok {
                tell(&data(&warning, "data-extended"));
                schedule();
            } else {
                tell(&data(&warning, "data-ended"));
            }
        });
    }

    fn tell(text: &str) {
        if let Some(status) = by_selector(".session-warning__status") {
            say(&status, text);
        }
    }

    fn after(seconds: u32, f: impl FnOnce() + 'static) {
        leptos::prelude::set_timeout(f, Duration::from_secs(seconds.into()));
    }

    /// Focuses the element `id` once it is shown, remembering where focus was.
    fn focus_soon(id: &'static str) {
        let before = document()
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        BEFORE.with(|b| *b.borrow_mut() = before);
        leptos::prelude::request_animation_frame(move || {
            if let Some(element) = document()
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        });
    }

    fn return_focus() {
        if let Some(element) = BEFORE.with(|b| b.borrow_mut().take()) {
            let _ = element.focus();
        }
    }

    /// Asks the server to keep the session; `done(true)` when it did.
    fn extend(done: impl Fn(bool) + 'static) {
        let Ok(request) = XmlHttpRequest::new() else {
            return done(false);
        };
        if request.open("POST", EXTEND_PATH).is_err() {
            return done(false);
        }
        let answered = request.clone();
        let on_done = Closure::<dyn FnMut()>::new(move || done(answered.status().unwrap_or(0) == 204));
        request.set_onloadend(Some(on_done.as_ref().unchecked_ref()));
        on_done.forget();
        let _ = request.send();
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn schedule() {}
    pub fn on_click(_ev: &leptos::ev::MouseEvent) {}
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{tr, Lang};

    #[test]
    fn every_notice_exists_in_both_languages() {
        for lang in Lang::ALL {
            for id in NOTICES {
                assert_ne!(tr(lang, id), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
