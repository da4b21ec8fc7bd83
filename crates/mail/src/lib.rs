//! # muster-mail
//!
//! Turning an outbox row into an email and handing it to a transport.
//!
//! * Templates from `frontend/emails/`, each rendered as a plain-text and an HTML part.
//! * Transports: SMTP through lettre (pooled, STARTTLS/TLS), a file outbox that writes `.eml`
//!   files into the data directory (the zero-configuration default), and memory for unit tests.
//! * Header hygiene: display names and subjects are stripped of control characters before they
//!   reach lettre, so no user-supplied value can inject a header or crash the sender.
//!
//! Depends on `muster-core` only. Templates and transports arrive with the accounts feature.
