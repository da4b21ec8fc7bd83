//! What the outbox carries: an email to render, and (optionally) a secret link to mint at send
//! time. Minting when sending means a link's token never sits in the database in plaintext.

use muster_core::{
    account::TokenPurpose,
    id::{InvitationId, UserId},
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
            MailMessage::WaitlistPromoted { .. } => "waitlist_promoted",
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
        };
        let json = payload.to_json();
        assert!(
            json.contains(r#""template":"confirm_email_change""#),
            "{json}"
        );
        assert_eq!(OutboxPayload::from_json(&json).unwrap(), payload);
    }
}
