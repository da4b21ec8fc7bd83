//! What the outbox carries: an email to render, and (optionally) a secret link to mint at send
//! time. Minting when sending means a link's token never sits in the database in plaintext.

use muster_core::{
    Timestamp,
    account::TokenPurpose,
    id::{EventId, GroupId, InvitationId, ThreadId, UserId},
    notify::Topic,
};
use serde::{Deserialize, Serialize};

/// Every email Muster sends, with the data its template needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "template", rename_all = "snake_case")]
pub enum MailMessage {
    /// "Confirm your address" after sign-up (or on request). Needs a minted link.
    VerifyEmail { name: String },
    /// "Reset your password". Needs a minted link.
    PasswordReset { name: String },
    /// Someone asked to reset a password for an address that has no account.
    PasswordResetUnknown,
    /// Someone tried to sign up with an address that already has an account.
    SignupExisting { name: String },
    /// To the new address: confirm the change. Needs a minted link.
    ConfirmEmailChange { name: String, new_email: String },
    /// To the old address: a change to `new_email` was requested.
    EmailChangeRequested { name: String, new_email: String },
    /// The password was changed (or reset); every session was signed out.
    PasswordChanged { name: String },
    /// To an address that already has an account: someone asked to move another account to
    /// it, and nothing changed.
    AddressInUse,
    /// An invitation to join a group. Needs a minted invitation link.
    GroupInvitation {
        group_name: String,
        inviter_name: String,
    },
    /// A join request was approved.
    MembershipApproved {
        name: String,
        group_name: String,
        group_slug: String,
    },
    /// To a group's organizers (and instance admins when it concerns an organizer): someone
    /// reported a conduct concern. The text is private to its recipients.
    ConductReport {
        group_name: String,
        group_slug: String,
        reporter_name: String,
        about: String,
        text: String,
    },
    /// A seat freed and the waitlist moved: the person is now going.
    WaitlistPromoted {
        name: String,
        group_name: String,
        event_title: String,
        /// When, in the event's zone, already written out ("Wed 16 Dec 2026, 18:30 GMT").
        when: String,
        /// The event page's path (`/g/{slug}/events/{id}`).
        event_path: String,
        /// Where ("Leeds Library, 18 Commercial St" or "Online"); empty when not given.
        #[serde(default)]
        place: String,
        /// The meeting link, now theirs as someone going; empty for in-person events.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        online_url: String,
    },
    /// To the group's members: a new event was published.
    EventAnnouncement {
        name: String,
        group_name: String,
        group_slug: String,
        event_title: String,
        when: String,
        /// Where, as a line ("Hub, 1 Main St" or "Online").
        place: String,
        /// The start of the description, plain text.
        summary: String,
        event_path: String,
    },
    /// To the person who answered: they are going, or on the waitlist at `waitlist_position`.
    RsvpConfirmed {
        name: String,
        group_name: String,
        group_slug: String,
        event_title: String,
        when: String,
        place: String,
        event_path: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        waitlist_position: Option<i64>,
    },
    /// To people going: the event is soon. Carries "still coming" / "can't make it" links.
    EventReminder {
        name: String,
        group_name: String,
        group_slug: String,
        event_title: String,
        when: String,
        place: String,
        event_path: String,
        /// How long before the start ("1 day").
        lead: String,
    },
    /// To people going and waiting: the time or place changed.
    EventChanged {
        name: String,
        group_name: String,
        group_slug: String,
        event_title: String,
        when: String,
        place: String,
        event_path: String,
        /// What it was before, when the time moved.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previously: Option<String>,
        /// The title before, when it was renamed too.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous_title: Option<String>,
        /// Where it was before, when the place changed ("" when it had none).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous_place: Option<String>,
    },
    /// To people going and waiting: the event is cancelled.
    EventCancelled {
        name: String,
        group_name: String,
        group_slug: String,
        event_title: String,
        when: String,
        reason: String,
        event_path: String,
    },
    /// An organizer's message to members.
    OrganizerMessage {
        name: String,
        group_name: String,
        group_slug: String,
        sender_name: String,
        subject: String,
        body: String,
        /// The event it is about, if any: its title and path.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        event: Option<(String, String)>,
    },
    /// To the followers of a discussion thread: the replies since their last email about it
    /// (at most one email per thread per hour). Carries a "stop following" link.
    ThreadReplies {
        name: String,
        group_name: String,
        group_slug: String,
        thread_title: String,
        /// The thread's page (`/g/{slug}/discussions/{id}`).
        thread_path: String,
        /// The newest replies, oldest first: each its author's name and its text (Markdown,
        /// quoted as written).
        replies: Vec<(String, String)>,
        /// Replies left out of the email (it quotes the newest few).
        #[serde(default)]
        more: i64,
    },
    /// To a group's organizers: someone asked to join.
    JoinRequest {
        group_name: String,
        group_slug: String,
        requester_name: String,
    },
    /// To a group's organizers: someone asked to adopt the group; they may refuse until
    /// `until` (already written out, "Sat 19 Dec 2026").
    AdoptionRequested {
        group_name: String,
        group_slug: String,
        requester_name: String,
        message: String,
        until: String,
    },
    /// To the person who asked to adopt a group: what became of the request.
    AdoptionDecided {
        name: String,
        group_name: String,
        group_slug: String,
        /// `approved`, `refused` (by the organizers) or `rejected` (by an administrator).
        outcome: String,
        reason: String,
    },
    /// To a group's other organizers: an administrator approved `adopter_name`'s request to
    /// adopt the group, who organizes it with them from now on.
    AdoptionApproved {
        name: String,
        group_name: String,
        group_slug: String,
        adopter_name: String,
    },
}

impl MailMessage {
    /// The [`kind`](MailMessage::kind) of [`MailMessage::PasswordReset`], for dropping queued
    /// reset emails.
    pub const PASSWORD_RESET_KIND: &'static str = "password_reset";

    /// The outbox `kind`: a stable label for metrics and the admin list.
    pub fn kind(&self) -> &'static str {
        match self {
            MailMessage::VerifyEmail { .. } => "verify_email",
            MailMessage::PasswordReset { .. } => Self::PASSWORD_RESET_KIND,
            MailMessage::PasswordResetUnknown => "password_reset_unknown",
            MailMessage::SignupExisting { .. } => "signup_existing",
            MailMessage::ConfirmEmailChange { .. } => "confirm_email_change",
            MailMessage::EmailChangeRequested { .. } => "email_change_requested",
            MailMessage::PasswordChanged { .. } => "password_changed",
            MailMessage::AddressInUse => "address_in_use",
            MailMessage::GroupInvitation { .. } => "group_invitation",
            MailMessage::MembershipApproved { .. } => "membership_approved",
            MailMessage::ConductReport { .. } => "conduct_report",
            MailMessage::WaitlistPromoted { .. } => Self::PROMOTED_KIND,
            MailMessage::EventAnnouncement { .. } => Self::ANNOUNCEMENT_KIND,
            MailMessage::RsvpConfirmed { .. } => Self::CONFIRMED_KIND,
            MailMessage::EventReminder { .. } => Self::REMINDER_KIND,
            MailMessage::EventChanged { .. } => Self::CHANGE_KIND,
            MailMessage::EventCancelled { .. } => Self::CANCELLED_KIND,
            MailMessage::OrganizerMessage { .. } => "organizer_message",
            MailMessage::ThreadReplies { .. } => "thread_replies",
            MailMessage::JoinRequest { .. } => "join_request",
            MailMessage::AdoptionRequested { .. } => "adoption_requested",
            MailMessage::AdoptionDecided { .. } => "adoption_decided",
            MailMessage::AdoptionApproved { .. } => "adoption_approved",
        }
    }

    pub const ANNOUNCEMENT_KIND: &'static str = "event_announcement";
    pub const REMINDER_KIND: &'static str = "event_reminder";
    pub const CHANGE_KIND: &'static str = "event_changed";
    pub const CANCELLED_KIND: &'static str = "event_cancelled";
    pub const CONFIRMED_KIND: &'static str = "rsvp_confirmed";
    pub const PROMOTED_KIND: &'static str = "waitlist_promoted";

    /// What is still waiting for someone who is no longer going.
    pub const PERSONAL_EVENT_KINDS: [&'static str; 3] = [
        Self::REMINDER_KIND,
        Self::CONFIRMED_KIND,
        Self::PROMOTED_KIND,
    ];

    /// The kinds of email that are about an event a person answered, which a cancellation
    /// makes moot.
    pub const EVENT_KINDS: [&'static str; 5] = [
        Self::ANNOUNCEMENT_KIND,
        Self::REMINDER_KIND,
        Self::CHANGE_KIND,
        Self::CONFIRMED_KIND,
        Self::PROMOTED_KIND,
    ];

    /// The group email a member can turn off, for `List-Unsubscribe`; `None` for email about
    /// the person's own account or answers.
    pub fn topic(&self) -> Option<Topic> {
        match self {
            MailMessage::EventAnnouncement { .. } => Some(Topic::Announcements),
            MailMessage::EventReminder { .. } => Some(Topic::Reminders),
            MailMessage::OrganizerMessage { .. } => Some(Topic::Messages),
            MailMessage::ThreadReplies { .. } => Some(Topic::Discussions),
            _ => None,
        }
    }
}

/// A single-use link the worker creates just before sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkToMint {
    /// Verification, reset or address change for an account.
    Account {
        purpose: TokenPurpose,
        user_id: UserId,
        /// For address changes: the address waiting to be confirmed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        new_email: Option<String>,
    },
    /// An invitation to a group.
    Invitation { invitation_id: InvitationId },
}

/// The JSON stored in `email_outbox.payload`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxPayload {
    pub message: MailMessage,
    /// The recipient's display name, for the `To:` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkToMint>,
    /// Who and what a group email is about: the worker checks it still holds before sending,
    /// and mints the email's one-click links for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    /// An iMIP part (`text/calendar; method=…`), rendered when the email was queued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<CalendarPart>,
    /// The recipient's language (a tag such as `zh-TW`), when known; otherwise the
    /// instance's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// The person and group (and event) a group email concerns, and the condition under which it
/// is still worth sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub user_id: UserId,
    pub group_id: GroupId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<EventId>,
    pub still: Condition,
}

/// What must still be true when the email is sent; otherwise it is dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Condition {
    /// The event is published and ahead, the person a member who wants announcements.
    Announcement,
    /// The event is published, still starts at `starts_at`, the person is going and wants
    /// reminders.
    Reminder { starts_at: Timestamp },
    /// The event is not cancelled, its `SEQUENCE` is still `sequence` (a newer change sends
    /// its own notice), the person is going or waiting.
    Change { sequence: i32 },
    /// The person is still going or waiting for the (cancelled) event.
    Cancellation,
    /// The person's answer is still `status` (`going` or `waitlisted`) and the event not
    /// cancelled.
    Answer { status: String },
    /// The person is a member who wants organizer messages.
    Message,
    /// The person still organizes the group.
    Organizer,
    /// The person is a member who follows the (not removed) thread and wants discussion
    /// email.
    Following { thread_id: ThreadId },
}

/// An iMIP calendar part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarPart {
    /// `REQUEST` or `CANCEL`.
    pub method: String,
    pub ics: String,
}

impl OutboxPayload {
    pub fn to_json(&self) -> String {
        // Serialising plain data to a String cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    pub fn from_json(text: &str) -> Result<OutboxPayload, serde_json::Error> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_through_json() {
        let payload = OutboxPayload {
            message: MailMessage::ConfirmEmailChange {
                name: "Ada".into(),
                new_email: "ada@new.example".into(),
            },
            to_name: Some("Ada".into()),
            link: Some(LinkToMint::Account {
                purpose: TokenPurpose::ChangeEmail,
                user_id: UserId::new(),
                new_email: Some("ada@new.example".into()),
            }),
            about: None,
            calendar: None,
            locale: Some("zh-TW".into()),
        };
        let json = payload.to_json();
        assert!(
            json.contains(r#""template":"confirm_email_change""#),
            "{json}"
        );
        assert_eq!(OutboxPayload::from_json(&json).unwrap(), payload);
    }
}
