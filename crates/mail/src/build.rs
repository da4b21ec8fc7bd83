//! Assembling the MIME message.

use std::time::SystemTime;

use lettre::{
    Message,
    message::{Mailbox, MultiPart},
};
use muster_core::text::single_line;

use crate::Rendered;

/// Who sends to whom, and the identity of this message.
#[derive(Debug, Clone)]
pub struct Envelope<'a> {
    pub from_name: &'a str,
    pub from_email: &'a str,
    pub to_name: Option<&'a str>,
    pub to_email: &'a str,
    /// Without angle brackets, e.g. `0193…@meetups.example.org`. Stable per outbox row, so a
    /// message sent twice (a crash between send and mark) is recognisably the same message.
    pub message_id: &'a str,
    pub date: SystemTime,
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("invalid address {address:?}: {reason}")]
    Address { address: String, reason: String },
    #[error("the message could not be assembled: {0}")]
    Message(String),
}

fn mailbox(name: Option<&str>, email: &str) -> Result<Mailbox, BuildError> {
    let address =
        email
            .parse()
            .map_err(|e: lettre::address::AddressError| BuildError::Address {
                address: email.to_owned(),
                reason: e.to_string(),
            })?;
    // Control characters (CR, LF, NUL…) never reach a header: lettre 0.11 panics on some, and
    // others would let a display name inject headers.
    let name = name
        .map(single_line)
        .map(|n| n.chars().take(120).collect::<String>())
        .filter(|n| !n.is_empty());
    Ok(Mailbox::new(name, address))
}

/// Parses `Name <address>` or `address` (for the configured sender).
pub fn parse_mailbox(text: &str) -> Result<(Option<String>, String), String> {
    let mailbox: Mailbox = text
        .parse()
        .map_err(|e: lettre::address::AddressError| e.to_string())?;
    Ok((mailbox.name, mailbox.email.to_string()))
}

/// Builds a multipart/alternative message (plain text first, then HTML).
pub fn build_message(envelope: &Envelope<'_>, rendered: &Rendered) -> Result<Message, BuildError> {
    let subject: String = single_line(&rendered.subject).chars().take(200).collect();
    Message::builder()
        .from(mailbox(Some(envelope.from_name), envelope.from_email)?)
        .to(mailbox(envelope.to_name, envelope.to_email)?)
        .subject(subject)
        .message_id(Some(format!("<{}>", envelope.message_id)))
        .date(envelope.date)
        .multipart(MultiPart::alternative_plain_html(
            rendered.text.clone(),
            rendered.html.clone(),
        ))
        .map_err(|e| BuildError::Message(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(subject: &str) -> Rendered {
        Rendered {
            subject: subject.into(),
            text: "plain body".into(),
            html: "<p>html body</p>".into(),
        }
    }

    fn envelope<'a>(to_name: &'a str, to_email: &'a str) -> Envelope<'a> {
        Envelope {
            from_name: "PyLeeds\r\nBcc: everyone@example.org",
            from_email: "noreply@meetups.example.org",
            to_name: Some(to_name),
            to_email,
            message_id: "0193abcd@meetups.example.org",
            date: SystemTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn hostile_names_and_subjects_cannot_inject_headers() {
        let poison = [
            "Ada\r\nBcc: victim@example.org",
            "Ada\nX-Injected: 1",
            "Ada\rX-Injected: 1",
            "Ada\0Nul",
            "\u{85}Next line\u{2028}",
            "=?utf-8?q?encoded?=",
            "\"Quoted\" <evil@example.org>",
            "💥🐍 émoji",
            "",
        ];
        for name in poison {
            for subject in poison {
                let message = build_message(&envelope(name, "ada@example.org"), &rendered(subject))
                    .expect("poison input still builds");
                let raw = String::from_utf8(message.formatted()).unwrap();
                let headers = &raw[..raw.find("\r\n\r\n").unwrap()];
                assert!(!headers.contains("\r\nBcc:"), "{headers}");
                assert!(!headers.contains("\r\nX-Injected"), "{headers}");
                assert!(!headers.contains('\0'));
                assert_eq!(headers.matches("\r\nTo: ").count(), 1, "{headers}");
                assert!(
                    headers.contains("Message-ID: <0193abcd@meetups.example.org>"),
                    "{headers}"
                );
            }
        }
    }

    #[test]
    fn has_plain_and_html_parts() {
        let message = build_message(&envelope("Ada", "ada@example.org"), &rendered("Hi")).unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("Content-Type: text/plain; charset=utf-8"));
        assert!(raw.contains("Content-Type: text/html; charset=utf-8"));
    }

    #[test]
    fn a_bad_recipient_is_an_error_not_a_panic() {
        assert!(build_message(&envelope("Ada", "not an address"), &rendered("Hi")).is_err());
    }
}
