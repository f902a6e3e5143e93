//! What a form page shows after a POST it could not accept: the values as
//! typed, and what to fix in each field (Fluent ids, translated when shown);
//! and the typed readers every form's handler checks its fields with.

use crate::components::FieldError;
use crate::domain::answers::api_name;
use crate::domain::applications::{check_password, normalise_email, EmailProblem, PasswordProblem};
use crate::domain::resident_id::CertificateNumber;
use crate::i18n::{t_with, Lang};
use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;
use std::ops::RangeInclusive;

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
            values: values
                .into_iter()
                .map(|(name, value)| (without_controls(&name), without_controls(&value)))
                .collect(),
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

/// The typed readers every form uses: each records what to fix and returns
/// the value when it is good.
impl FormState {
    /// Text, trimmed. Empty is an error when `required` names its message;
    /// longer than `max` characters is always one ("no more than {max}").
    pub fn text(&mut self, field: &str, max: usize, required: Option<&str>) -> String {
        let value = self.value(field).trim().to_string();
        if value.is_empty() {
            if let Some(message) = required {
                self.add(field, message);
            }
        } else if value.chars().count() > max {
            self.add_with(field, "form-too-long", vec![("max", max.to_string())]);
        }
        value
    }

    /// A whole number within `range`.
    pub fn number(&mut self, field: &str, range: RangeInclusive<i32>, message: &str) -> Option<i32> {
        let value = self
            .value(field)
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|n| range.contains(n));
        if value.is_none() {
            self.add(field, message);
        }
        value
    }

    /// A date as `YYYY-MM-DD`, required.
    pub fn date(&mut self, field: &str, message: &str) -> Option<NaiveDate> {
        let value = parse_date(&self.value(field));
        if value.is_none() {
            self.add(field, message);
        }
        value
    }

    /// A date as `YYYY-MM-DD`, or nothing when left empty.
    pub fn optional_date(&mut self, field: &str, message: &str) -> Option<NaiveDate> {
        if self.value(field).trim().is_empty() {
            return None;
        }
        self.date(field, message)
    }

    /// A time of day as `09:30` (a full-width colon, as Chinese keyboards type it, is fine too).
    pub fn time(&mut self, field: &str, message: &str) -> Option<NaiveTime> {
        let value = NaiveTime::parse_from_str(&self.value(field).trim().replace('：', ":"), "%H:%M").ok();
        if value.is_none() {
            self.add(field, message);
        }
        value
    }

    /// One of a set of values, read by `parse`.
    pub fn choice<T>(&mut self, field: &str, parse: impl Fn(&str) -> Option<T>, message: &str) -> Option<T> {
        let value = parse(self.value(field).trim());
        if value.is_none() {
            self.add(field, message);
        }
        value
    }

    /// Whether a checkbox was ticked (sent with `value`).
    pub fn ticked(&self, field: &str, value: &str) -> bool {
        self.values.iter().any(|(k, v)| k == field && v == value)
    }

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

    /// An email address, trimmed and in lower case.
    pub fn email(&mut self, field: &str) -> Option<String> {
        match normalise_email(&self.value(field)) {
            Ok(email) => Some(email),
            Err(problem) => {
                let message = match problem {
                    EmailProblem::Empty => "email-error-empty",
                    EmailProblem::Invalid => "email-error-invalid",
                };
                self.add(field, message);
                None
            }
        }
    }

    /// A new password as typed (never kept in the form, so never shown again).
    pub fn new_password(&mut self, field: &str, typed: &str) -> Option<String> {
        match check_password(typed) {
            Ok(()) => Some(typed.to_string()),
            Err(problem) => {
                let message = match problem {
                    PasswordProblem::TooShort => "password-error-short",
                    PasswordProblem::TooLong => "password-error-long",
                };
                self.add(field, message);
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

/// The text without control characters other than tabs and line breaks: nobody types them,
/// and a NUL byte cannot be stored in PostgreSQL text (SQLite would keep it).
pub fn without_controls(text: &str) -> String {
    if !text.chars().any(is_stray_control) {
        return text.to_string();
    }
    text.chars().filter(|c| !is_stray_control(*c)).collect()
}

fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The form state a handler provided, or an empty one on a first visit.
pub fn use_form() -> FormState {
    use_context::<FormState>().unwrap_or_default()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn sent(pairs: &[(&str, &str)]) -> FormState {
        FormState::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn fields_with_errors(form: &FormState) -> Vec<&str> {
        form.errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn text_is_trimmed_required_and_limited() {
        let mut form = sent(&[("a", "  hi "), ("b", ""), ("c", "123456")]);
        assert_eq!(form.text("a", 10, Some("a-empty")), "hi");
        assert_eq!(form.text("b", 10, None), "");
        assert_eq!(form.text("b", 10, Some("b-empty")), "");
        assert_eq!(form.text("c", 5, None), "123456");
        assert_eq!(fields_with_errors(&form), ["b", "c"]);
        assert_eq!(form.errors[1].message_id, "form-too-long");
    }

    #[test]
    fn numbers_dates_and_times_are_checked() {
        let mut form = sent(&[
            ("n", " 12 "),
            ("big", "1000"),
            ("d", "2026-02-30"),
            ("ok", "2026-12-05"),
            ("t", "09：30"),
            ("bad", "25:00"),
        ]);
        assert_eq!(form.number("n", 1..=100, "n"), Some(12));
        assert_eq!(form.number("big", 1..=100, "big"), None);
        assert_eq!(form.date("d", "d"), None);
        assert_eq!(form.date("ok", "ok"), NaiveDate::from_ymd_opt(2026, 12, 5));
        assert_eq!(form.optional_date("missing", "m"), None);
        assert_eq!(form.time("t", "t"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(form.time("bad", "bad"), None);
        assert_eq!(fields_with_errors(&form), ["big", "d", "bad"]);
    }

    #[test]
    fn choices_and_ticks() {
        let mut form = sent(&[("lang", "en"), ("x", "fr"), ("box", "yes")]);
        assert_eq!(form.choice("lang", Lang::from_tag, "lang"), Some(Lang::En));
        assert_eq!(form.choice("x", Lang::from_tag, "x"), None);
        assert!(form.ticked("box", "yes"));
        assert!(!form.ticked("box", "no"));
        assert_eq!(fields_with_errors(&form), ["x"]);
    }
}
