//! Putting email into the outbox, inside the caller's transaction. The worker delivers.

use muster_core::{Timestamp, account::TokenPurpose};
use muster_db::{DbConnection, DbError, outbox, users::UserRow};
use muster_mail::{About, CalendarPart, LinkToMint, MailMessage, OutboxPayload};

/// One email to enqueue.
pub struct Outgoing {
    pub to_email: String,
    pub to_name: Option<String>,
    pub message: MailMessage,
    pub link: Option<LinkToMint>,
    /// For group email: who and what it is about (checked again before sending).
    pub about: Option<About>,
    /// An iMIP part to attach.
    pub calendar: Option<CalendarPart>,
    /// The recipient's language, when known (else the instance default applies).
    pub locale: Option<muster_i18n::Locale>,
}

impl Outgoing {
    /// An email to `user`'s current address.
    pub fn to_user(user: &UserRow, message: MailMessage) -> Outgoing {
        Outgoing {
            to_email: user.email.clone(),
            to_name: Some(user.display_name.clone()),
            message,
            link: None,
            about: None,
            calendar: None,
            locale: user.locale(),
        }
    }

    /// Marks a group email with what must still hold when it is sent.
    pub fn about(mut self, about: About) -> Outgoing {
        self.about = Some(about);
        self
    }

    /// Attaches an iMIP part.
    pub fn with_calendar(mut self, calendar: Option<CalendarPart>) -> Outgoing {
        self.calendar = calendar;
        self
    }

    /// Adds a secret link for `user`, minted by the worker when it sends the email.
    pub fn with_link(
        mut self,
        user: &UserRow,
        purpose: TokenPurpose,
        new_email: Option<String>,
    ) -> Outgoing {
        self.link = Some(LinkToMint::Account {
            purpose,
            user_id: user.id,
            new_email,
        });
        self
    }

    /// Adds the link of a group invitation, minted by the worker when it sends the email.
    pub fn with_invitation(mut self, invitation: muster_core::id::InvitationId) -> Outgoing {
        self.link = Some(LinkToMint::Invitation {
            invitation_id: invitation,
        });
        self
    }
}

/// Enqueues `email` to go out now. Each call is a distinct action, so the dedupe key is
/// unique per call (features with natural keys, like reminders, pass their own).
pub fn enqueue(conn: &mut DbConnection, email: Outgoing, now: Timestamp) -> Result<(), DbError> {
    let kind = email.message.kind();
    let dedupe_key = format!("{kind}:{}", uuid_like());
    enqueue_with_key(conn, email, dedupe_key, now).map(|_| ())
}

/// Enqueues `email` under `dedupe_key` (a key already queued or sent is not queued again:
/// false).
pub fn enqueue_with_key(
    conn: &mut DbConnection,
    email: Outgoing,
    dedupe_key: String,
    now: Timestamp,
) -> Result<bool, DbError> {
    enqueue_at(conn, email, dedupe_key, now, now)
}

/// Like [`enqueue_with_key`], to go out at `run_after`.
pub fn enqueue_at(
    conn: &mut DbConnection,
    email: Outgoing,
    dedupe_key: String,
    run_after: Timestamp,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(enqueue_all(conn, vec![(email, dedupe_key, run_after)], now)? > 0)
}

/// Enqueues many emails, each `(email, dedupe_key, run_after)`, in multi-row inserts (an
/// announcement to a whole group). Returns how many were new.
pub fn enqueue_all(
    conn: &mut DbConnection,
    emails: Vec<(Outgoing, String, Timestamp)>,
    now: Timestamp,
) -> Result<usize, DbError> {
    let rows: Vec<outbox::NewEmail> = emails
        .into_iter()
        .map(|(email, dedupe_key, run_after)| {
            let event_id = email.about.as_ref().and_then(|a| a.event_id);
            let payload = OutboxPayload {
                message: email.message,
                to_name: email.to_name,
                link: email.link,
                about: email.about,
                calendar: email.calendar,
                locale: email.locale.map(|l| l.tag().to_owned()),
            };
            outbox::NewEmail {
                kind: payload.message.kind().to_owned(),
                recipient: email.to_email,
                payload: payload.to_json(),
                dedupe_key,
                run_after,
                event_id,
            }
        })
        .collect();
    outbox::enqueue_many(conn, &rows, now)
}

fn uuid_like() -> String {
    muster_core::id::OutboxEmailId::new().to_string()
}
