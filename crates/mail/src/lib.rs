//! # muster-mail
//!
//! Turning an outbox payload into an email and handing it to a transport.
//!
//! * [`MailMessage`] is what the web layer puts in the outbox: which email, with which data.
//!   [`render`] turns it into a subject, a plain-text part and an HTML part using the
//!   templates in `frontend/emails/` (HTML parts escape every user value).
//! * [`build_message`] assembles the MIME message with a stable `Message-ID` and strips
//!   control characters from display names and subjects first, so no user-supplied value can
//!   inject a header or make lettre panic.
//! * [`Transport`]: SMTP through lettre (pooled; STARTTLS, TLS, or plain on loopback), a file
//!   outbox that writes `.eml` files into the data directory (the zero-configuration default),
//!   and memory for unit tests.
//!
//! Depends on `muster-core` only.

mod build;
mod message;
mod render;
mod transport;

pub use build::{BuildError, Envelope, build_message, parse_mailbox};
pub use message::{About, CalendarPart, Condition, LinkToMint, MailMessage, OutboxPayload};
pub use render::{Links, RenderContext, Rendered, render};
pub use transport::{SendError, SmtpConfigError, Transport};
