//! Received email, parsed by an independent MIME parser (mail-parser), the way a mail client
//! would read it.

use mail_parser::{MessageParser, MimeHeaders};

use crate::ReceivedMail;

/// One delivered email.
#[derive(Debug, Clone)]
pub struct Mail {
    /// The SMTP envelope recipient.
    pub to: String,
    pub from_header: String,
    pub to_header: String,
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub html: String,
    pub raw: String,
}

impl Mail {
    pub fn parse(received: &ReceivedMail) -> Mail {
        let message = MessageParser::default()
            .parse(received.data.as_bytes())
            .expect("a parseable MIME message");
        let address = |a: Option<&mail_parser::Address<'_>>| {
            a.and_then(|a| a.first())
                .map(|a| {
                    format!(
                        "{} <{}>",
                        a.name().unwrap_or_default(),
                        a.address().unwrap_or_default()
                    )
                })
                .unwrap_or_default()
        };
        Mail {
            to: received.to.first().cloned().unwrap_or_default(),
            from_header: address(message.from()),
            to_header: address(message.to()),
            subject: message.subject().unwrap_or_default().to_owned(),
            message_id: message.message_id().unwrap_or_default().to_owned(),
            text: message
                .body_text(0)
                .map(|t| t.into_owned())
                .unwrap_or_default(),
            html: message
                .body_html(0)
                .map(|t| t.into_owned())
                .unwrap_or_default(),
            raw: received.data.clone(),
        }
    }

    /// Every `http(s)://` URL in the plain-text part.
    pub fn links(&self) -> Vec<String> {
        self.text
            .split(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(|w| w.trim_end_matches(['.', ',', ')']).to_owned())
            .collect()
    }

    /// The first link containing `fragment` (panics with the email if there is none).
    pub fn link_containing(&self, fragment: &str) -> String {
        self.links()
            .into_iter()
            .find(|l| l.contains(fragment))
            .unwrap_or_else(|| panic!("no link containing {fragment:?} in:\n{}", self.text))
    }

    /// The token a single-use link carries: the last path segment of
    /// [`Mail::link_containing`].
    pub fn link_token(&self, fragment: &str) -> String {
        let link = self.link_containing(fragment);
        link.rsplit('/').next().unwrap_or_default().to_owned()
    }

    /// The path (and query) of [`Mail::link_containing`], to request from the test app.
    pub fn path_containing(&self, fragment: &str) -> String {
        let link = self.link_containing(fragment);
        let after_scheme = link.find("://").map_or(0, |i| i + 3);
        link[after_scheme..]
            .find('/')
            .map(|i| link[after_scheme + i..].to_owned())
            .unwrap_or_else(|| "/".to_owned())
    }
}

impl Mail {
    /// The `text/calendar` part (an iMIP invitation or cancellation), decoded.
    pub fn calendar(&self) -> Option<String> {
        let message = MessageParser::default().parse(self.raw.as_bytes())?;
        message
            .parts
            .iter()
            .find(|p| {
                p.content_type().is_some_and(|c| {
                    c.c_type.eq_ignore_ascii_case("text")
                        && c.c_subtype
                            .as_deref()
                            .is_some_and(|s| s.eq_ignore_ascii_case("calendar"))
                })
            })
            .map(|p| String::from_utf8_lossy(p.contents()).into_owned())
    }

    /// A header's raw value, trimmed.
    pub fn header(&self, name: &str) -> Option<String> {
        let message = MessageParser::default().parse(self.raw.as_bytes())?;
        message.header_raw(name).map(|v| v.trim().to_owned())
    }
}
