//! Rendering a [`MailMessage`] into subject, text and HTML with the templates in
//! `frontend/emails/`.

use askama::Template;

use crate::MailMessage;

/// Instance-wide values every email shows.
#[derive(Debug, Clone)]
pub struct RenderContext {
    pub instance_name: String,
    /// The public base URL, no trailing slash.
    pub base_url: String,
}

/// A rendered email, ready to be assembled into MIME.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What the templates can use.
pub struct View<'a> {
    pub instance_name: &'a str,
    pub base_url: &'a str,
    pub name: &'a str,
    /// The minted secret link, or the relevant page.
    pub link: &'a str,
    pub new_email: &'a str,
    /// The group an email is about.
    pub group_name: &'a str,
    /// Someone else involved (the inviter, the reporter).
    pub other_name: &'a str,
    /// Who a conduct report is about.
    pub about: &'a str,
    /// A conduct report's text.
    pub body: &'a str,
    /// The event an email is about, and when it is.
    pub event_title: &'a str,
    pub when: &'a str,
}

macro_rules! templates {
    ($($struct:ident => $path:literal),* $(,)?) => {$(
        #[derive(Template)]
        #[template(path = $path)]
        struct $struct<'a> {
            v: &'a View<'a>,
        }
    )*};
}

templates!(
    VerifyEmailText => "verify_email.txt",
    VerifyEmailHtml => "verify_email.html",
    PasswordResetText => "password_reset.txt",
    PasswordResetHtml => "password_reset.html",
    PasswordResetUnknownText => "password_reset_unknown.txt",
    PasswordResetUnknownHtml => "password_reset_unknown.html",
    SignupExistingText => "signup_existing.txt",
    SignupExistingHtml => "signup_existing.html",
    ConfirmEmailChangeText => "confirm_email_change.txt",
    ConfirmEmailChangeHtml => "confirm_email_change.html",
    EmailChangeRequestedText => "email_change_requested.txt",
    EmailChangeRequestedHtml => "email_change_requested.html",
    PasswordChangedText => "password_changed.txt",
    PasswordChangedHtml => "password_changed.html",
    AddressInUseText => "address_in_use.txt",
    AddressInUseHtml => "address_in_use.html",
    GroupInvitationText => "group_invitation.txt",
    GroupInvitationHtml => "group_invitation.html",
    MembershipApprovedText => "membership_approved.txt",
    MembershipApprovedHtml => "membership_approved.html",
    ConductReportText => "conduct_report.txt",
    ConductReportHtml => "conduct_report.html",
    WaitlistPromotedText => "waitlist_promoted.txt",
    WaitlistPromotedHtml => "waitlist_promoted.html",
);

/// Renders `message`. `link` is the minted secret link for messages that need one.
pub fn render(
    message: &MailMessage,
    ctx: &RenderContext,
    link: Option<&str>,
) -> Result<Rendered, askama::Error> {
    let page = |path: &str| format!("{}{path}", ctx.base_url);
    let (mut group_name, mut other_name, mut about, mut body) = ("", "", "", "");
    let (mut event_title, mut when) = ("", "");
    let (name, new_email, default_link) = match message {
        MailMessage::VerifyEmail { name }
        | MailMessage::PasswordReset { name }
        | MailMessage::PasswordChanged { name } => (name.as_str(), "", page("/account/settings")),
        MailMessage::PasswordResetUnknown => ("", "", page("/account/signup")),
        MailMessage::AddressInUse => ("", "", page("/account/reset")),
        MailMessage::GroupInvitation {
            group_name: g,
            inviter_name,
        } => {
            group_name = g;
            other_name = inviter_name;
            ("", "", page("/"))
        }
        MailMessage::MembershipApproved {
            name,
            group_name: g,
            group_slug,
        } => {
            group_name = g;
            (name.as_str(), "", page(&format!("/g/{group_slug}")))
        }
        MailMessage::ConductReport {
            group_name: g,
            group_slug,
            reporter_name,
            about: a,
            text,
        } => {
            group_name = g;
            other_name = reporter_name;
            about = a;
            body = text;
            ("", "", page(&format!("/g/{group_slug}/settings/reports")))
        }
        MailMessage::WaitlistPromoted {
            name,
            group_name: g,
            event_title: t,
            when: w,
            event_path,
        } => {
            group_name = g;
            event_title = t;
            when = w;
            (name.as_str(), "", page(event_path))
        }
        MailMessage::SignupExisting { name } => (name.as_str(), "", page("/account/reset")),
        MailMessage::ConfirmEmailChange { name, new_email }
        | MailMessage::EmailChangeRequested { name, new_email } => {
            (name.as_str(), new_email.as_str(), page("/account/settings"))
        }
    };
    let v = View {
        instance_name: &ctx.instance_name,
        base_url: &ctx.base_url,
        name,
        link: link.unwrap_or(&default_link),
        new_email,
        group_name,
        other_name,
        about,
        body,
        event_title,
        when,
    };
    let instance = &ctx.instance_name;
    let (subject, text, html) = match message {
        MailMessage::VerifyEmail { .. } => (
            format!("Confirm your email address for {instance}"),
            VerifyEmailText { v: &v }.render()?,
            VerifyEmailHtml { v: &v }.render()?,
        ),
        MailMessage::PasswordReset { .. } => (
            format!("Reset your {instance} password"),
            PasswordResetText { v: &v }.render()?,
            PasswordResetHtml { v: &v }.render()?,
        ),
        MailMessage::PasswordResetUnknown => (
            format!("Password reset requested on {instance}"),
            PasswordResetUnknownText { v: &v }.render()?,
            PasswordResetUnknownHtml { v: &v }.render()?,
        ),
        MailMessage::SignupExisting { .. } => (
            format!("You already have a {instance} account"),
            SignupExistingText { v: &v }.render()?,
            SignupExistingHtml { v: &v }.render()?,
        ),
        MailMessage::ConfirmEmailChange { .. } => (
            format!("Confirm your new email address for {instance}"),
            ConfirmEmailChangeText { v: &v }.render()?,
            ConfirmEmailChangeHtml { v: &v }.render()?,
        ),
        MailMessage::EmailChangeRequested { .. } => (
            format!("Your {instance} email address is being changed"),
            EmailChangeRequestedText { v: &v }.render()?,
            EmailChangeRequestedHtml { v: &v }.render()?,
        ),
        MailMessage::PasswordChanged { .. } => (
            format!("Your {instance} password was changed"),
            PasswordChangedText { v: &v }.render()?,
            PasswordChangedHtml { v: &v }.render()?,
        ),
        MailMessage::AddressInUse => (
            format!("This address already has a {instance} account"),
            AddressInUseText { v: &v }.render()?,
            AddressInUseHtml { v: &v }.render()?,
        ),
        MailMessage::GroupInvitation { group_name, .. } => (
            format!("You are invited to join {group_name}"),
            GroupInvitationText { v: &v }.render()?,
            GroupInvitationHtml { v: &v }.render()?,
        ),
        MailMessage::MembershipApproved { group_name, .. } => (
            format!("Welcome to {group_name}"),
            MembershipApprovedText { v: &v }.render()?,
            MembershipApprovedHtml { v: &v }.render()?,
        ),
        MailMessage::ConductReport { group_name, .. } => (
            format!("A conduct report for {group_name}"),
            ConductReportText { v: &v }.render()?,
            ConductReportHtml { v: &v }.render()?,
        ),
        MailMessage::WaitlistPromoted { event_title, .. } => (
            format!("You're in: {event_title}"),
            WaitlistPromotedText { v: &v }.render()?,
            WaitlistPromotedHtml { v: &v }.render()?,
        ),
    };
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> RenderContext {
        RenderContext {
            instance_name: "PyLeeds Meetups".into(),
            base_url: "https://meetups.example.org".into(),
        }
    }

    #[test]
    fn verification_email_carries_the_link_in_both_parts() {
        let link = "https://meetups.example.org/account/verify/abc123";
        let r = render(
            &MailMessage::VerifyEmail { name: "Ada".into() },
            &ctx(),
            Some(link),
        )
        .unwrap();
        assert_eq!(r.subject, "Confirm your email address for PyLeeds Meetups");
        assert!(r.text.contains(link), "{}", r.text);
        assert!(r.text.contains("Hello Ada"), "{}", r.text);
        assert!(r.html.contains(&format!("href=\"{link}\"")), "{}", r.html);
    }

    #[test]
    fn html_parts_escape_user_values() {
        let r = render(
            &MailMessage::PasswordChanged {
                name: "<script>alert(1)</script>".into(),
            },
            &ctx(),
            None,
        )
        .unwrap();
        assert!(!r.html.contains("<script>alert(1)"), "{}", r.html);
        assert!(
            r.html.contains("&#60;script&#62;") || r.html.contains("&lt;script&gt;"),
            "{}",
            r.html
        );
    }

    #[test]
    fn every_message_renders() {
        let messages = [
            MailMessage::VerifyEmail { name: "A".into() },
            MailMessage::PasswordReset { name: "A".into() },
            MailMessage::PasswordResetUnknown,
            MailMessage::SignupExisting { name: "A".into() },
            MailMessage::ConfirmEmailChange {
                name: "A".into(),
                new_email: "n@x.org".into(),
            },
            MailMessage::EmailChangeRequested {
                name: "A".into(),
                new_email: "n@x.org".into(),
            },
            MailMessage::PasswordChanged { name: "A".into() },
            MailMessage::AddressInUse,
            MailMessage::GroupInvitation {
                group_name: "PyLeeds".into(),
                inviter_name: "Ada".into(),
            },
            MailMessage::MembershipApproved {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
            },
            MailMessage::ConductReport {
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                reporter_name: "B".into(),
                about: "C".into(),
                text: "What happened.".into(),
            },
            MailMessage::WaitlistPromoted {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                event_title: "December meetup".into(),
                when: "Wed 16 Dec 2026, 18:30 GMT".into(),
                event_path: "/g/pyleeds/events/x".into(),
            },
        ];
        for message in messages {
            let r = render(&message, &ctx(), Some("https://meetups.example.org/x")).unwrap();
            assert!(!r.subject.is_empty() && !r.text.is_empty() && r.html.contains("</html>"));
            assert!(
                r.text.contains("PyLeeds Meetups"),
                "{:?}: {}",
                message,
                r.text
            );
        }
    }
}
