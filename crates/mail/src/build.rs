//! Assembling the MIME message.

use std::time::SystemTime;

use lettre::{
    Message,
    message::{
        Attachment, Mailbox, MultiPart, SinglePart,
        header::{ContentTransferEncoding, ContentType, Header, HeaderName, HeaderValue},
    },
};
use muster_core::text::single_line;

use crate::{CalendarPart, Rendered};

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
    /// The one-click unsubscribe URL of a group email (`List-Unsubscribe`, RFC 8058).
    pub list_unsubscribe: Option<&'a str>,
    /// An iMIP invitation or cancellation to attach.
    pub calendar: Option<&'a CalendarPart>,
}

/// `List-Unsubscribe: <https://…>`.
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): every email Muster sends is automatic, so
/// auto-responders (vacation replies) keep quiet.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
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

/// Builds a multipart/alternative message (plain text first, then HTML). With a calendar part
/// it is multipart/mixed: the alternative (text, HTML, `text/calendar; method=…`, which is
/// what calendar clients act on) and the same calendar as an `invite.ics` attachment.
pub fn build_message(envelope: &Envelope<'_>, rendered: &Rendered) -> Result<Message, BuildError> {
    let subject: String = single_line(&rendered.subject).chars().take(200).collect();
    let mut builder = Message::builder()
        .from(mailbox(Some(envelope.from_name), envelope.from_email)?)
        .to(mailbox(envelope.to_name, envelope.to_email)?)
        .subject(subject)
        .message_id(Some(format!("<{}>", envelope.message_id)))
        .date(envelope.date)
        .header(AutoSubmitted);
    if let Some(url) = envelope.list_unsubscribe {
        // Built by us from the base URL and a token: no spaces, no control characters.
        let url: String = url.chars().filter(|c| c.is_ascii_graphic()).collect();
        builder = builder
            .header(ListUnsubscribe(url))
            .header(ListUnsubscribePost);
    }
    let alternative =
        MultiPart::alternative_plain_html(rendered.text.clone(), rendered.html.clone());
    let body = match envelope.calendar {
        None => alternative,
        Some(calendar) => {
            let method = match calendar.method.as_str() {
                "CANCEL" => "CANCEL",
                _ => "REQUEST",
            };
            let content_type = |kind: &str| {
                ContentType::parse(&format!("{kind}; charset=utf-8; method={method}"))
                    .map_err(|e| BuildError::Message(e.to_string()))
            };
            MultiPart::mixed()
                .multipart(
                    alternative.singlepart(
                        SinglePart::builder()
                            .header(content_type("text/calendar")?)
                            .header(ContentTransferEncoding::Base64)
                            .body(calendar.ics.clone()),
                    ),
                )
                .singlepart(
                    Attachment::new("invite.ics".to_owned())
                        .body(calendar.ics.clone(), content_type("application/ics")?),
                )
        }
    };
    builder
        .multipart(body)
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
            list_unsubscribe: None,
            calendar: None,
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
        assert!(
            raw.contains("\r\nAuto-Submitted: auto-generated\r\n"),
            "RFC 3834: {raw}"
        );
    }

    #[test]
    fn group_email_has_one_click_unsubscribe_and_an_invitation() {
        let calendar = CalendarPart {
            method: "REQUEST".into(),
            ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into(),
        };
        let mut envelope = envelope("Ada", "ada@example.org");
        envelope.list_unsubscribe = Some("https://meetups.example.org/unsubscribe/abc");
        envelope.calendar = Some(&calendar);
        let raw = String::from_utf8(
            build_message(&envelope, &rendered("Hi"))
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(
            raw.contains("List-Unsubscribe: <https://meetups.example.org/unsubscribe/abc>\r\n"),
            "{raw}"
        );
        assert!(raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        assert!(raw.contains("multipart/mixed"));
        assert!(raw.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"));
        assert!(raw.contains("filename=\"invite.ics\""), "{raw}");
    }

    #[test]
    fn a_bad_recipient_is_an_error_not_a_panic() {
        assert!(build_message(&envelope("Ada", "not an address"), &rendered("Hi")).is_err());
    }
}
