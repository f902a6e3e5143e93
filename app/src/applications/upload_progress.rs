//! Island: shows how much of a document has been sent while it uploads.
//! Without JavaScript the form posts as usual; with it, the same form is sent
//! by `XMLHttpRequest` so its progress can be shown and announced. If the
//! server does not accept the file, the form is posted again the ordinary way
//! so the page with the error message is shown as without JavaScript.
//!
//! The bar moves with every percent, but the announcement only at each
//! quarter (a screen reader otherwise reads out a hundred numbers), and the
//! form's button is disabled while the file is being sent, so it is sent once.
//! Like every island it takes no props (see `components::island_dom`).

use crate::components::island_dom::split_at_mark;
use leptos::prelude::*;

/// Stands for the percentage in the announcement text.
pub const PERCENT_MARK: &str = "%PERCENT%";

/// Progress is announced in steps of this many percent (25, 50, 75, 100).
pub const ANNOUNCE_EVERY: u32 = 25;

/// The last step reached at `percent`: what is announced.
pub fn announced_step(percent: u32) -> u32 {
    percent.min(100) / ANNOUNCE_EVERY * ANNOUNCE_EVERY
}

/// Wraps the upload form: the progress bar and the live region are rendered
/// here, hidden until the island sends the form.
/// `id` names the progress bar (`upload-progress` unless given): a page
/// with several upload forms gives each its own.
#[component]
pub fn UploadProgress(
    label: String,
    announcement: String,
    #[prop(optional, into)] id: Option<String>,
    children: Children,
) -> impl IntoView {
    let (before, after) = split_at_mark(&announcement, PERCENT_MARK);
    let id = id.unwrap_or_else(|| "upload-progress".to_string());
    view! {
        <SendWithProgress>
            {children()}
            <div class="upload-progress" hidden=true>
                <label class="label" for=id.clone()>{label}</label>
                <progress id=id max="100" value="0"></progress>
            </div>
            <p class="visually-hidden" aria-live="polite" data-before=before data-after=after></p>
        </SendWithProgress>
    }
}

#[island]
fn SendWithProgress(children: Children) -> impl IntoView {
    view! {
        <div class="upload-with-progress" on:submit=|ev| browser::on_submit(&ev)>
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::announced_step;
    use crate::components::island_dom::{fill, find, say};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{FormData, HtmlElement, HtmlFormElement, ProgressEvent, XmlHttpRequest};

    /// The parts of the page the island changes while the file is sent.
    #[derive(Clone)]
    struct Progress {
        area: HtmlElement,
        bar: HtmlElement,
        region: HtmlElement,
        /// The last step announced, so each is said once.
        step: Rc<Cell<u32>>,
    }

    impl Progress {
        fn of(form: &HtmlFormElement) -> Option<Self> {
            let root = form.closest(".upload-with-progress").ok()??;
            Some(Self {
                area: find(&root, ".upload-progress")?,
                bar: find(&root, "progress")?,
                region: find(&root, "[aria-live]")?,
                step: Rc::new(Cell::new(0)),
            })
        }

        fn sending(&self) -> bool {
            !self.area.hidden()
        }

        fn show(&self, percent: u32) {
            self.area.set_hidden(false);
            let _ = self.bar.set_attribute("value", &percent.to_string());
            let step = announced_step(percent);
            if step != self.step.replace(step) && step > 0 {
                say(&self.region, &fill(&self.region, &step.to_string()));
            }
        }

        fn hide(&self) {
            self.area.set_hidden(true);
            self.step.set(0);
            say(&self.region, "");
        }
    }

    pub fn on_submit(ev: &leptos::ev::SubmitEvent) {
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else {
            return;
        };
        let Some(progress) = Progress::of(&form) else {
            return;
        };
        // Already sending (Enter pressed again, say), or sent here: not posted the ordinary way.
        if progress.sending() || send_with_progress(form, progress).is_some() {
            ev.prevent_default();
        }
    }

    fn send_with_progress(form: HtmlFormElement, progress: Progress) -> Option<()> {
        let data = FormData::new_with_form(&form).ok()?;
        let button = form.query_selector("button").ok().flatten();
        let request = XmlHttpRequest::new().ok()?;
        request.open("POST", &form.action()).ok()?;
        let shown = progress.clone();
        let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
            if e.length_computable() && e.total() > 0.0 {
                shown.show((e.loaded() / e.total() * 100.0).round() as u32);
            }
        });
        request
            .upload()
            .ok()?
            .set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
        on_progress.forget();
        let (done_request, done_progress) = (request.clone(), progress.clone());
        let on_done = Closure::<dyn FnMut()>::new(move || {
            let accepted =
                done_request.status().unwrap_or(0) == 200 && done_request.response_url() != form.action();
            let shown = accepted
                && web_sys::window()
                    .map(|w| w.location().assign(&done_request.response_url()).is_ok())
                    .unwrap_or(false);
            if !shown {
                done_progress.hide();
                let _ = form.submit();
            }
        });
        request.set_onload(Some(on_done.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_done.as_ref().unchecked_ref()));
        on_done.forget();
        request.send_with_opt_form_data(Some(&data)).ok()?;
        if let Some(button) = button {
            let _ = button.set_attribute("disabled", "");
        }
        progress.show(0);
        Some(())
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn on_submit(_ev: &leptos::ev::SubmitEvent) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_announced_at_each_quarter_only() {
        let steps: std::collections::BTreeSet<u32> = (0..=100).map(announced_step).collect();
        assert_eq!(steps.into_iter().collect::<Vec<_>>(), [0, 25, 50, 75, 100]);
        assert_eq!(announced_step(74), 50);
    }
}
