//! Helpers for tests that act as a resident: register, read the emails the
//! portal wrote to its outbox, follow their links.

use crate::helpers::TestApp;
use sea_orm::{ConnectionTrait, Statement};

pub struct Mail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

impl TestApp {
    /// Every email written to the outbox for `recipient`, oldest first.
    pub async fn mails_to(&self, recipient: &str) -> Vec<Mail> {
        let backend = self.db.get_database_backend();
        let rows = self
            .db
            .query_all(Statement::from_sql_and_values(
                backend,
                match backend {
                    sea_orm::DatabaseBackend::Postgres => {
                        "SELECT recipient, subject, body FROM outbox WHERE recipient = $1 ORDER BY id"
                    }
                    _ => "SELECT recipient, subject, body FROM outbox WHERE recipient = ? ORDER BY id",
                },
                [recipient.into()],
            ))
            .await
            .expect("read the outbox");
        rows.into_iter()
            .map(|row| Mail {
                recipient: row.try_get("", "recipient").expect("recipient"),
                subject: row.try_get("", "subject").expect("subject"),
                body: row.try_get("", "body").expect("body"),
            })
            .collect()
    }

    pub async fn last_mail_to(&self, recipient: &str) -> Mail {
        self.mails_to(recipient)
            .await
            .pop()
            .unwrap_or_else(|| panic!("no email to {recipient}"))
    }

    /// Registers, follows the emailed link and is signed in.
    pub async fn register_and_sign_in(&self, name: &str, email: &str) {
        let body = format!(
            "full_name={}&email={}&email_language=en",
            urlencode(name),
            urlencode(email)
        );
        let registered = self.post_form("/register", &body).await;
        assert_eq!(registered.status, 303, "{}", registered.body);
        let link = link_path(&self.last_mail_to(email).await.body);
        let signed_in = self.post_form(&link, "").await;
        assert_eq!(signed_in.status, 303, "{}", signed_in.body);
        // Pages in English from here on, as the person chose for emails.
        self.get("/language/en?next=/").await;
    }

    /// Sets a password for the signed-in account.
    pub async fn set_password(&self, password: &str) {
        let saved = self
            .post_form("/account/password", &format!("password={}", urlencode(password)))
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
}

/// The path (and query) of the first link to this site in an email body.
pub fn link_path(body: &str) -> String {
    let start = body.find("http://").expect("a link in the email");
    let url: String = body[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    let after_scheme = &url["http://".len()..];
    let path_start = after_scheme.find('/').expect("a path");
    after_scheme[path_start..].to_string()
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The error summary of a page, one line per message: the field it links
/// to and what it says (`#email Enter an email address …`).
pub fn errors(body: &str) -> String {
    crate::html::parse(body)
        .links(".error-summary__list a")
        .iter()
        .map(|(field, message)| format!("{field} {}", message.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}
