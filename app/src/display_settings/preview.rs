//! Island: shows a display setting as soon as it is chosen, before saving.
//! Without JavaScript the form still saves and the server applies the choice.

use leptos::prelude::*;

/// Stands for the chosen option's label in the announcement text.
pub const CHOICE_MARK: &str = "%CHOICE%";

/// Wraps the settings form. On every change it swaps the matching class on
/// `<html>` and announces the preview in a polite live region.
#[island]
pub fn SettingsPreview(announcement: String, children: Children) -> impl IntoView {
    let (message, set_message) = signal(String::new());
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(label) = apply_preview(&ev) {
            set_message.set(announcement.replace(CHOICE_MARK, &label));
        }
    };
    view! {
        <div on:change=on_change>
            {children()}
            <p class="visually-hidden" aria-live="polite">{message}</p>
        </div>
    }
}

/// Applies the radio's value as a class on `<html>` and returns its label.
#[cfg(feature = "hydrate")]
fn apply_preview(ev: &leptos::ev::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let field = input.name();
    let value = input.value();
    let document = web_sys::window()?.document()?;
    let classes = document.document_element()?.class_list();
    let stale: Vec<String> = (0..classes.length())
        .filter_map(|i| classes.item(i))
        .filter(|c| c.starts_with(&format!("{field}-")))
        .collect();
    for class in stale {
        let _ = classes.remove_1(&class);
    }
    if value != "standard" {
        let _ = classes.add_1(&format!("{field}-{value}"));
    }
    let label = document
        .query_selector(&format!("label[for='{}']", input.id()))
        .ok()??;
    label.text_content()
}

#[cfg(not(feature = "hydrate"))]
fn apply_preview(_ev: &leptos::ev::Event) -> Option<String> {
    None
}
