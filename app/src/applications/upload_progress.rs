//! Island: shows how much of a document has been sent while it uploads.
//! Without JavaScript the form posts as usual; with it, the same form is sent
//! by `XMLHttpRequest` so its progress can be shown and announced. If the
//! server does not accept the file, the form is posted again the ordinary way
//! so the page with the error message is shown as without JavaScript.
//!
//! The bar moves with every percent, but the announcement only at each
//! quarter (a screen reader otherwise reads out a hundred numbers), and the
//! form's button is disabled while the file is being sent, so it is sent once.

use leptos::prelude::*;

/// Stands for the percentage in the announcement text.
pub const PERCENT_MARK: &str = "%PERCENT%";

/// Progress is announced in steps of this many percent (25, 50, 75, 100).
pub const ANNOUNCE_EVERY: u32 = 25;

/// The last step reached at `percent`: what is announced.
pub fn announced_step(percent: u32) -> u32 {
    percent.min(100) / ANNOUNCE_EVERY * ANNOUNCE_EVERY
}

#[island]
pub fn UploadProgress(label: String, announcement: String, children: Children) -> impl IntoView {
    let (percent, set_percent) = signal(None::<u32>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        if percent.get_untracked().is_some() {
            // Already sending: Enter pressed again, say.
            ev.prevent_default();
        } else if send_with_progress(&ev, set_percent).is_some() {
            ev.prevent_default();
        }
    };
    // Changes only when a new step is reached, so the live region speaks then.
    let step = Memo::new(move |_| percent.get().map(announced_step));
    let announce = move || {
        step.get()
            .filter(|s| *s > 0)
            .map(|s| announcement.replace(PERCENT_MARK, &s.to_string()))
            .unwrap_or_default()
    };
    view! {
        <div on:submit=on_submit>
            {children()}
            <div class="upload-progress" hidden=move || percent.get().is_none()>
                <label class="label" for="upload-progress">{label}</label>
                <progress id="upload-progress" max="100" value=move || percent.get().unwrap_or(0)></progress>
            </div>
            <p class="visually-hidden" aria-live="polite">{announce}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn send_with_progress(ev: &leptos::ev::SubmitEvent, set_percent: WriteSignal<Option<u32>>) -> Option<()> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{FormData, HtmlFormElement, ProgressEvent, XmlHttpRequest};

    let form = ev.target()?.dyn_into::<HtmlFormElement>().ok()?;
    let data = FormData::new_with_form(&form).ok()?;
    let button = form.query_selector("button").ok().flatten();
    let request = XmlHttpRequest::new().ok()?;
    request.open("POST", &form.action()).ok()?;
    let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            set_percent.set(Some((e.loaded() / e.total() * 100.0).round() as u32));
        }
    });
    request
        .upload()
        .ok()?
        .set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    on_progress.forget();
    let (done_request, done_form) = (request.clone(), form.clone());
    let on_done = Closure::<dyn FnMut()>::new(move || {
        let accepted =
            done_request.status().unwrap_or(0) == 200 && done_request.response_url() != done_form.action();
        let shown = accepted
            && web_sys::window()
                .map(|w| w.location().assign(&done_request.response_url()).is_ok())
                .unwrap_or(false);
        if !shown {
            set_percent.set(None);
            let _ = done_form.submit();
        }
    });
    request.set_onload(Some(on_done.as_ref().unchecked_ref()));
    request.set_onerror(Some(on_done.as_ref().unchecked_ref()));
    on_done.forget();
    request.send_with_opt_form_data(Some(&data)).ok()?;
    if let Some(button) = button {
        let _ = button.set_attribute("disabled", "");
    }
    set_percent.set(Some(0));
    Some(())
}

#[cfg(not(feature = "hydrate"))]
fn send_with_progress(_ev: &leptos::ev::SubmitEvent, _set_percent: WriteSignal<Option<u32>>) -> Option<()> {
    None
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
