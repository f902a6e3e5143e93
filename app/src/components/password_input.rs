//! Island: a password field with a Show/Hide button. Without JavaScript the
//! button stays hidden and the field works as a plain password input, which
//! password managers and pasting fill as usual (WCAG 3.3.8). Like every
//! island it takes no props (see `components::island_dom`).

use leptos::prelude::*;

/// The translated words the field needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordWords {
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub error_prefix: String,
    pub show: String,
    pub hide: String,
    /// Announced when the password becomes visible.
    pub shown_status: String,
    pub hidden_status: String,
}

#[component]
pub fn PasswordInput(id: String, autocomplete: String, words: PasswordWords) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        words.hint.as_ref().map(|_| hint_id.clone()),
        words.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    let group_class = if words.error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let invalid = words.error.is_some().then_some("true");
    let PasswordWords {
        label,
        hint,
        error,
        error_prefix,
        show,
        hide,
        shown_status,
        hidden_status,
    } = words;
    let show_word = show.clone();
    view! {
        <div class=group_class>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            {error.map(|e| view! {
                <p id=error_id class="error-message">
                    <span class="visually-hidden">{format!("{error_prefix} ")}</span>
                    {e}
                </p>
            })}
            <ShowPassword>
                <div class="password-input">
                    <input
                        class="input input--20 password-input__input"
                        type="password"
                        id=id.clone()
                        name=id.clone()
                        autocomplete=autocomplete
                        spellcheck="false"
                        autocapitalize="none"
                        aria-invalid=invalid
                        aria-describedby=described_by
                    />
                    <button
                        type="button"
                        class="button button--secondary password-input__toggle"
                        hidden=true
                        aria-controls=id
                        data-show=show_word
                        data-hide=hide
                        data-shown=shown_status
                        data-hidden=hidden_status
                    >
                        {show}
                    </button>
                </div>
                <p class="visually-hidden" aria-live="polite"></p>
            </ShowPassword>
        </div>
    }
}

/// Island: shows the Show/Hide button once it can work, and switches the field.
#[island]
fn ShowPassword(children: Children) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    // Once hydrated (`root` is set then) the button appears, as it can work.
    // An Effect would do the same but brings the effect machinery into the WASM.
    browser::when_hydrated(root);
    view! { <div node_ref=root on:click=move |ev| browser::toggle(&ev, root)>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::components::island_dom::{data, element, find, say};
    use leptos::html::Div;
    use leptos::prelude::*;
    use web_sys::HtmlElement;

    struct Parts {
        input: HtmlElement,
        button: HtmlElement,
        status: HtmlElement,
    }

    fn parts(root: NodeRef<Div>) -> Option<Parts> {
        let root = root.get_untracked()?;
        Some(Parts {
            input: find(&root, ".password-input__input")?,
            button: find(&root, ".password-input__toggle")?,
            status: find(&root, "[aria-live]")?,
        })
    }

    pub fn when_hydrated(root: NodeRef<Div>) {
        request_animation_frame(move || ready(root));
    }

    fn ready(root: NodeRef<Div>) {
        if let Some(parts) = parts(root) {
            parts.button.set_hidden(false);
            say(&parts.status, &data(&parts.button, "data-hidden"));
        }
    }

    pub fn toggle(ev: &leptos::ev::MouseEvent, root: NodeRef<Div>) {
        let on_button =
            element(ev.target()).is_some_and(|e| e.class_list().contains("password-input__toggle"));
        let Some(parts) = parts(root).filter(|_| on_button) else {
            return;
        };
        let show = parts.input.get_attribute("type").as_deref() == Some("password");
        let (kind, button, status) = if show {
            ("text", "data-hide", "data-shown")
        } else {
            ("password", "data-show", "data-hidden")
        };
        let _ = parts.input.set_attribute("type", kind);
        parts.button.set_text_content(Some(&data(&parts.button, button)));
        say(&parts.status, &data(&parts.button, status));
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::html::Div;
    use leptos::prelude::NodeRef;

    pub fn when_hydrated(_root: NodeRef<Div>) {}
    pub fn toggle(_ev: &leptos::ev::MouseEvent, _root: NodeRef<Div>) {}
}
