//! Island: shows a display setting as soon as it is chosen, before saving.
//! Without JavaScript the form still saves and the server applies the choice.
//! Like every island it takes no props (see `components::island_dom`).

use crate::components::island_dom::split_at_mark;
use leptos::prelude::*;

/// Stands for the chosen option's label in the announcement text.
pub const CHOICE_MARK: &str = "%CHOICE%";

/// Wraps the settings form. On every change the island swaps the matching
/// class on `<html>` and announces the preview in a polite live region.
#[component]
pub fn SettingsPreview(announcement: String, children: Children) -> impl IntoView {
    let (before, after) = split_at_mark(&announcement, CHOICE_MARK);
    view! {
        <PreviewOnChange>
            {children()}
            <p class="visually-hidden" aria-live="polite" data-before=before data-after=after></p>
        </PreviewOnChange>
    }
}

#[island]
fn PreviewOnChange(children: Children) -> impl IntoView {
    view! {
        <div class="settings-preview" on:change=|ev| browser::preview(&ev)>
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::components::island_dom::{fill, find, say};
    use wasm_bindgen::JsCast;

    pub fn preview(ev: &leptos::ev::Event) {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(label) = apply_preview(&input) else {
            return;
        };
        let region = input
            .closest(".settings-preview")
            .ok()
            .flatten()
            .and_then(|root| find(&root, "[aria-live]"));
        if let Some(region) = region {
            say(&region, &fill(&region, &label));
        }
    }

    /// Applies the radio's value as a class on `<html>` and returns its label.
    fn apply_preview(input: &web_sys::HtmlInputElement) -> Option<String> {
        let field = input.name();
        let value = input.value();
        let document = web_sys::window()?.document()?;
        let classes = document.document_element()?.class_list();
        let prefix = format!("{field}-");
        let stale: Vec<String> = (0..classes.length())
            .filter_map(|i| classes.item(i))
            .filter(|c| c.starts_with(&prefix))
            .collect();
        for class in stale {
            let _ = classes.remove_1(&class);
        }
        if value != "standard" {
            let _ = classes.add_1(&format!("{prefix}{value}"));
        }
        let label = document
            .query_selector(&format!("label[for='{}']", input.id()))
            .ok()??;
        label.text_content()
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn preview(_ev: &leptos::ev::Event) {}
}
