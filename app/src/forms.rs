//! What a form page shows after a POST it could not accept: the values as
//! typed, and what to fix in each field (Fluent ids, translated when shown).

use crate::components::FieldError;
use crate::domain::answers::api_name;
use crate::domain::resident_id::CertificateNumber;
use crate::i18n::{t_with, Lang};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct FormState {
    /// Every field as sent.
    pub values: Vec<(String, String)>,
    pub errors: Vec<FormError>,
}

#[derive(Clone, Debug)]
pub struct FormError {
    /// The id of the field the message is about.
    pub field: String,
    pub message_id: String,
    pub args: Vec<(&'static str, String)>,
}

impl FormState {
    pub fn new(values: Vec<(String, String)>) -> Self {
        FormState {
            values,
            errors: Vec::new(),
        }
    }

    pub fn add(&mut self, field: &str, message_id: &str) {
        self.add_with(field, message_id, Vec::new());
    }

    pub fn add_with(&mut self, field: &str, message_id: &str, args: Vec<(&'static str, String)>) {
        self.errors.push(FormError {
            field: field.to_string(),
            message_id: message_id.to_string(),
            args,
        });
    }

    /// The value sent for a field, or empty.
    pub fn value(&self, name: &str) -> String {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn values_of(&self, name: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The translated message for a field, if it has one.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| t_with(&e.message_id, &e.args))
    }

    /// Every message, linked to its field, for the error summary.
    pub fn summary(&self) -> Vec<FieldError> {
        self.errors
            .iter()
            .map(|e| FieldError {
                field_id: e.field.clone(),
                message: t_with(&e.message_id, &e.args),
            })
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// Checks shared by several forms: each records what to fix and returns the
/// value when it is good.
impl FormState {
    /// A person's name: required, at most 100 characters, trimmed.
    pub fn name(&mut self, field: &str, empty_message: &str) -> Option<String> {
        let name = self.value(field).trim().to_string();
        if name.is_empty() {
            self.add(field, empty_message);
            return None;
        }
        if name.chars().count() > 100 {
            self.add(field, "register-name-too-long");
            return None;
        }
        Some(name)
    }

    /// A disability certificate number, checked as the checker checks it.
    pub fn certificate(&mut self, field: &str) -> Option<CertificateNumber> {
        let typed = self.value(field);
        match CertificateNumber::parse(&typed) {
            Ok(number) => Some(number),
            Err(_) if typed.trim().is_empty() => {
                self.add(field, "people-certificate-error");
                None
            }
            Err(problem) => {
                self.add_with(field, "api-error-id", vec![("problem", api_name(problem))]);
                None
            }
        }
    }

    /// The language for emails, one of the portal's languages.
    pub fn email_language(&mut self, field: &str) -> Option<Lang> {
        let lang = Lang::from_tag(&self.value(field));
        if lang.is_none() {
            self.add(field, "account-email-language-error");
        }
        lang
    }
}

/// The form state a handler provided, or an empty one on a first visit.
pub fn use_form() -> FormState {
    use_context::<FormState>().unwrap_or_default()
}
