//! Helpers for tests that act as a resident: register, read the emails the
//! portal wrote to its outbox, follow their links.

use crate::helpers::TestApp;
use base64::Engine;
use sea_orm::{ConnectionTrait, Statement};
use std::path::Path;

pub struct Mail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

impl TestApp {
    /// Every email written to the outbox for `recipient`, oldest first. The
    /// outbox blanks a body once it is sent; that body is read back from the
    /// `.eml` file the app wrote.
    pub async fn mails_to(&self, recipient: &str) -> Vec<Mail> {
        let backend = self.db.get_database_backend();
        let rows = self
            .db
            .query_all(Statement::from_sql_and_values(
                backend,
                match backend {
                    sea_orm::DatabaseBackend::Postgres => {
                        "SELECT id, recipient, subject, body FROM outbox WHERE recipient = $1 ORDER BY id"
                    }
                    _ => "SELECT id, recipient, subject, body FROM outbox WHERE recipient = ? ORDER BY id",
                },
                [recipient.into()],
            ))
            .await
            .expect("read the outbox");
        rows.into_iter()
            .map(|row| {
                let id: i32 = row.try_get("", "id").expect("id");
                let body: String = row.try_get("", "body").expect("body");
                Mail {
                    recipient: row.try_get("", "recipient").expect("recipient"),
                    subject: row.try_get("", "subject").expect("subject"),
                    body: if body.is_empty() {
                        sent_body(&self.mail_dir, id)
                            .unwrap_or_else(|| panic!("outbox {id} was sent, but no .eml file holds it"))
                    } else {
                        body
                    },
                }
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

/// The body of outbox message `id` as the file transport wrote it, decoded.
pub fn sent_body(mail_dir: &Path, id: i32) -> Option<String> {
    let marker = format!("Message-ID: <outbox.{id}.");
    std::fs::read_dir(mail_dir)
        .ok()?
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .find(|message| message.contains(&marker))
        .and_then(|message| decode_body(&message))
}

/// The text of a single-part message in 7bit, quoted-printable or base64.
fn decode_body(message: &str) -> Option<String> {
    let (head, body) = message.split_once("\r\n\r\n")?;
    let encoding = head
        .lines()
        .find_map(|line| line.strip_prefix("Content-Transfer-Encoding:"))
        .map(|value| value.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let bytes = match encoding.as_str() {
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD.decode(compact).ok()?
        }
        "quoted-printable" => quoted_printable(body)?,
        _ => body.as_bytes().to_vec(),
    };
    Some(String::from_utf8(bytes).ok()?.replace("\r\n", "\n"))
}

fn quoted_printable(text: &str) -> Option<Vec<u8>> {
    let joined = text.replace("=\r\n", "");
    let mut bytes = Vec::with_capacity(joined.len());
    let mut rest = joined.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'=' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    Some(bytes)
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
