//! The emails about a person's account.

use super::{Common, Email, Rendering, View, email, misrouted};
use crate::MailMessage;

templates! {
    VerifyEmail => "verify_email.txt", "verify_email.html";
    PasswordReset => "password_reset.txt", "password_reset.html";
    PasswordResetUnknown => "password_reset_unknown.txt", "password_reset_unknown.html";
    SignupExisting => "signup_existing.txt", "signup_existing.html";
    ConfirmEmailChange => "confirm_email_change.txt", "confirm_email_change.html";
    EmailChangeRequested => "email_change_requested.txt", "email_change_requested.html";
    PasswordChanged => "password_changed.txt", "password_changed.html";
    AddressInUse => "address_in_use.txt", "address_in_use.html";
}

/// The emails about a person's account: none is about a group, and each links to a page of
/// the account when no link was minted for it.
pub(super) fn render(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let instance = c.instance();
    match message {
        MailMessage::VerifyEmail { name } => {
            let v = c.account_view(name, "", "/account/settings");
            let subject = c.subject("email-verify-subject", &[("instance", &instance)]);
            email::<VerifyEmail>(subject, &v)
        }
        MailMessage::PasswordReset { name } => {
            let v = c.account_view(name, "", "/account/settings");
            let subject = c.subject("email-reset-subject", &[("instance", &instance)]);
            email::<PasswordReset>(subject, &v)
        }
        MailMessage::PasswordResetUnknown => {
            let v = c.account_view("", "", "/account/signup");
            let subject = c.subject("email-reset-unknown-subject", &[("instance", &instance)]);
            email::<PasswordResetUnknown>(subject, &v)
        }
        MailMessage::SignupExisting { name } => {
            let v = c.account_view(name, "", "/account/reset");
            let subject = c.subject("email-signup-existing-subject", &[("instance", &instance)]);
            email::<SignupExisting>(subject, &v)
        }
        MailMessage::ConfirmEmailChange { name, new_email } => {
            let v = c.account_view(name, new_email, "/account/settings");
            let subject = c.subject("email-confirm-change-subject", &[("instance", &instance)]);
            email::<ConfirmEmailChange>(subject, &v)
        }
        MailMessage::EmailChangeRequested { name, new_email } => {
            let v = c.account_view(name, new_email, "/account/settings");
            let subject = c.subject("email-change-requested-subject", &[("instance", &instance)]);
            email::<EmailChangeRequested>(subject, &v)
        }
        MailMessage::PasswordChanged { name } => {
            let v = c.account_view(name, "", "/account/settings");
            let subject = c.subject("email-password-changed-subject", &[("instance", &instance)]);
            email::<PasswordChanged>(subject, &v)
        }
        MailMessage::AddressInUse => {
            let v = c.account_view("", "", "/account/reset");
            let subject = c.subject("email-address-in-use-subject", &[("instance", &instance)]);
            email::<AddressInUse>(subject, &v)
        }
        _ => Err(misrouted(message)),
    }
}

impl<'a> Common<'a> {
    /// The view of an email to a person about their account, linking to `path` when no link
    /// was minted.
    fn account_view(&self, name: &'a str, new_email: &'a str, path: &str) -> View<'a> {
        View {
            name,
            new_email,
            ..self.view(self.page(path))
        }
    }
}
