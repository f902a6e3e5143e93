//! Island: a password field with a Show/Hide button. Without JavaScript the
//! button stays hidden and the field works as a plain password input, which
//! password managers and pasting fill as usual (WCAG 3.3.8).

use leptos::prelude::*;

/// The translated words the field needs; islands get text as props because
/// translation happens on the server.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

#[island]
pub fn PasswordInput(id: String, autocomplete: String, words: PasswordWords) -> impl IntoView {
    let (visible, set_visible) = signal(false);
    let (ready, set_ready) = signal(false);
    // Effects run only in the browser: the button appears once it can work.
    Effect::new(move |_| set_ready.set(true));
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
    let status = move || {
        if !ready.get() {
            String::new()
        } else if visible.get() {
            shown_status.clone()
        } else {
            hidden_status.clone()
        }
    };
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
            <div class="password-input">
                <input
                    class="input input--20 password-input__input"
                    type=move || if visible.get() { "text" } else { "password" }
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
                    hidden=move || !ready.get()
                    aria-controls=id
                    on:click=move |_| set_visible.update(|v| *v = !*v)
                >
                    {move || if visible.get() { hide.clone() } else { show.clone() }}
                </button>
            </div>
            <p class="visually-hidden" aria-live="polite">{status}</p>
        </div>
    }
}
