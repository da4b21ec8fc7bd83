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
    /// Where the event is, its previous time, how long until it starts, a subject line.
    pub place: &'a str,
    pub previously: &'a str,
    pub lead: &'a str,
    pub subject: &'a str,
    /// A waitlist place ("3"), or empty.
    pub position: &'a str,
    /// Group email: the code of conduct, the email settings page, the one-click links.
    pub conduct_link: &'a str,
    pub settings_link: &'a str,
    pub unsubscribe: &'a str,
    pub topic_label: &'a str,
    pub still_coming: &'a str,
    pub cant_make_it: &'a str,
    /// What became of a request (`approved`, `refused`, `rejected`).
    pub outcome: &'a str,
}

/// The secret links minted for one email (each empty when the email has none).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Links {
    /// The email's main link: a minted account or invitation link.
    pub primary: Option<String>,
    /// One-click unsubscribe from this kind of the group's email.
    pub unsubscribe: Option<String>,
    /// A reminder's "still coming" and "can't make it".
    pub still_coming: Option<String>,
    pub cant_make_it: Option<String>,
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
    EventAnnouncementText => "event_announcement.txt",
    EventAnnouncementHtml => "event_announcement.html",
    RsvpConfirmedText => "rsvp_confirmed.txt",
    RsvpConfirmedHtml => "rsvp_confirmed.html",
    EventReminderText => "event_reminder.txt",
    EventReminderHtml => "event_reminder.html",
    EventChangedText => "event_changed.txt",
    EventChangedHtml => "event_changed.html",
    EventCancelledText => "event_cancelled.txt",
    EventCancelledHtml => "event_cancelled.html",
    OrganizerMessageText => "organizer_message.txt",
    OrganizerMessageHtml => "organizer_message.html",
    JoinRequestText => "join_request.txt",
    JoinRequestHtml => "join_request.html",
    AdoptionRequestedText => "adoption_requested.txt",
    AdoptionRequestedHtml => "adoption_requested.html",
    AdoptionDecidedText => "adoption_decided.txt",
    AdoptionDecidedHtml => "adoption_decided.html",
);

/// Renders `message` with the links minted for it.
pub fn render(
    message: &MailMessage,
    ctx: &RenderContext,
    links: &Links,
) -> Result<Rendered, askama::Error> {
    let page = |path: &str| format!("{}{path}", ctx.base_url);
    let (mut group_name, mut other_name, mut about, mut body) = ("", "", "", "");
    let (mut event_title, mut when) = ("", "");
    let (mut place, mut previously, mut lead, mut subject_line) = ("", "", "", "");
    let mut position = String::new();
    let mut outcome = "";
    let mut conduct_link = String::new();
    let mut group_event = |slug: &str| {
        conduct_link = page(&format!("/g/{slug}/conduct"));
    };
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
        MailMessage::EventAnnouncement {
            name,
            group_name: g,
            group_slug,
            event_title: t,
            when: w,
            place: p,
            summary,
            event_path,
        } => {
            group_event(group_slug);
            (group_name, event_title, when, place, body) = (g, t, w, p, summary);
            (name.as_str(), "", page(event_path))
        }
        MailMessage::RsvpConfirmed {
            name,
            group_name: g,
            group_slug,
            event_title: t,
            when: w,
            place: p,
            event_path,
            waitlist_position,
        } => {
            group_event(group_slug);
            (group_name, event_title, when, place) = (g, t, w, p);
            if let Some(n) = waitlist_position {
                position = n.to_string();
            }
            (name.as_str(), "", page(event_path))
        }
        MailMessage::EventReminder {
            name,
            group_name: g,
            group_slug,
            event_title: t,
            when: w,
            place: p,
            event_path,
            lead: l,
        } => {
            group_event(group_slug);
            (group_name, event_title, when, place, lead) = (g, t, w, p, l);
            (name.as_str(), "", page(event_path))
        }
        MailMessage::EventChanged {
            name,
            group_name: g,
            group_slug,
            event_title: t,
            when: w,
            place: p,
            event_path,
            previously: before,
        } => {
            group_event(group_slug);
            (group_name, event_title, when, place) = (g, t, w, p);
            previously = before.as_deref().unwrap_or("");
            (name.as_str(), "", page(event_path))
        }
        MailMessage::EventCancelled {
            name,
            group_name: g,
            group_slug,
            event_title: t,
            when: w,
            reason,
            event_path,
        } => {
            group_event(group_slug);
            (group_name, event_title, when, body) = (g, t, w, reason);
            (name.as_str(), "", page(event_path))
        }
        MailMessage::OrganizerMessage {
            name,
            group_name: g,
            group_slug,
            sender_name,
            subject,
            body: text,
            event,
        } => {
            group_event(group_slug);
            (group_name, other_name, subject_line, body) = (g, sender_name, subject, text);
            let target = match event {
                Some((title, path)) => {
                    event_title = title;
                    page(path)
                }
                None => page(&format!("/g/{group_slug}")),
            };
            (name.as_str(), "", target)
        }
        MailMessage::JoinRequest {
            group_name: g,
            group_slug,
            requester_name,
        } => {
            group_event(group_slug);
            (group_name, other_name) = (g, requester_name);
            ("", "", page(&format!("/g/{group_slug}/settings/members")))
        }
        MailMessage::AdoptionRequested {
            group_name: g,
            group_slug,
            requester_name,
            message,
            until,
        } => {
            (group_name, other_name, body, when) = (g, requester_name, message, until);
            ("", "", page(&format!("/g/{group_slug}/settings/adoption")))
        }
        MailMessage::AdoptionDecided {
            name,
            group_name: g,
            group_slug,
            outcome: o,
            reason,
        } => {
            (group_name, outcome, body) = (g, o, reason);
            (name.as_str(), "", page(&format!("/g/{group_slug}")))
        }
        MailMessage::SignupExisting { name } => (name.as_str(), "", page("/account/reset")),
        MailMessage::ConfirmEmailChange { name, new_email }
        | MailMessage::EmailChangeRequested { name, new_email } => {
            (name.as_str(), new_email.as_str(), page("/account/settings"))
        }
    };
    let settings_link = page("/account/notifications");
    let v = View {
        instance_name: &ctx.instance_name,
        base_url: &ctx.base_url,
        name,
        link: links.primary.as_deref().unwrap_or(&default_link),
        new_email,
        group_name,
        other_name,
        about,
        body,
        event_title,
        when,
        place,
        previously,
        lead,
        subject: subject_line,
        position: &position,
        conduct_link: &conduct_link,
        settings_link: &settings_link,
        unsubscribe: links.unsubscribe.as_deref().unwrap_or(""),
        topic_label: message
            .topic()
            .map_or("", muster_core::notify::Topic::label),
        still_coming: links.still_coming.as_deref().unwrap_or(""),
        cant_make_it: links.cant_make_it.as_deref().unwrap_or(""),
        outcome,
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
        MailMessage::EventAnnouncement {
            event_title,
            group_name,
            ..
        } => (
            format!("New event: {event_title} ({group_name})"),
            EventAnnouncementText { v: &v }.render()?,
            EventAnnouncementHtml { v: &v }.render()?,
        ),
        MailMessage::RsvpConfirmed {
            event_title,
            waitlist_position,
            ..
        } => (
            match waitlist_position {
                Some(n) => format!("You're on the waitlist (#{n}): {event_title}"),
                None => format!("You're going: {event_title}"),
            },
            RsvpConfirmedText { v: &v }.render()?,
            RsvpConfirmedHtml { v: &v }.render()?,
        ),
        MailMessage::EventReminder {
            event_title, lead, ..
        } => (
            format!("Reminder: {event_title} is in {lead}"),
            EventReminderText { v: &v }.render()?,
            EventReminderHtml { v: &v }.render()?,
        ),
        MailMessage::EventChanged {
            event_title, when, ..
        } => (
            format!("Changed: {event_title}, now {when}"),
            EventChangedText { v: &v }.render()?,
            EventChangedHtml { v: &v }.render()?,
        ),
        MailMessage::EventCancelled { event_title, .. } => (
            format!("Cancelled: {event_title}"),
            EventCancelledText { v: &v }.render()?,
            EventCancelledHtml { v: &v }.render()?,
        ),
        MailMessage::OrganizerMessage {
            group_name,
            subject,
            ..
        } => (
            format!("[{group_name}] {subject}"),
            OrganizerMessageText { v: &v }.render()?,
            OrganizerMessageHtml { v: &v }.render()?,
        ),
        MailMessage::JoinRequest {
            group_name,
            requester_name,
            ..
        } => (
            format!("{requester_name} asked to join {group_name}"),
            JoinRequestText { v: &v }.render()?,
            JoinRequestHtml { v: &v }.render()?,
        ),
        MailMessage::AdoptionRequested {
            group_name,
            requester_name,
            ..
        } => (
            format!("{requester_name} asked to adopt {group_name}"),
            AdoptionRequestedText { v: &v }.render()?,
            AdoptionRequestedHtml { v: &v }.render()?,
        ),
        MailMessage::AdoptionDecided {
            group_name,
            outcome,
            ..
        } => (
            match outcome.as_str() {
                "approved" => format!("You now organize {group_name}"),
                _ => format!("Your request to adopt {group_name} was declined"),
            },
            AdoptionDecidedText { v: &v }.render()?,
            AdoptionDecidedHtml { v: &v }.render()?,
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
            &Links {
                primary: Some(link.to_owned()),
                ..Links::default()
            },
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
            &Links::default(),
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
            MailMessage::EventAnnouncement {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                event_title: "December meetup".into(),
                when: "Wed 16 Dec 2026, 18:30 GMT".into(),
                place: "Leeds Library".into(),
                summary: "Talks.".into(),
                event_path: "/g/pyleeds/events/x".into(),
            },
            MailMessage::RsvpConfirmed {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                event_title: "December meetup".into(),
                when: "Wed 16 Dec 2026, 18:30 GMT".into(),
                place: "Online".into(),
                event_path: "/g/pyleeds/events/x".into(),
                waitlist_position: Some(3),
            },
            MailMessage::EventReminder {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                event_title: "December meetup".into(),
                when: "Wed 16 Dec 2026, 18:30 GMT".into(),
                place: "Online".into(),
                event_path: "/g/pyleeds/events/x".into(),
                lead: "1 day".into(),
            },
            MailMessage::EventChanged {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                event_title: "December meetup".into(),
                when: "Thu 17 Dec 2026, 18:30 GMT".into(),
                place: "Online".into(),
                event_path: "/g/pyleeds/events/x".into(),
                previously: Some("Wed 16 Dec 2026, 18:30 GMT".into()),
            },
            MailMessage::EventCancelled {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                event_title: "December meetup".into(),
                when: "Wed 16 Dec 2026, 18:30 GMT".into(),
                reason: "Snow.".into(),
                event_path: "/g/pyleeds/events/x".into(),
            },
            MailMessage::OrganizerMessage {
                name: "A".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                sender_name: "O".into(),
                subject: "Hi".into(),
                body: "Bring a laptop.".into(),
                event: None,
            },
            MailMessage::JoinRequest {
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                requester_name: "B".into(),
            },
            MailMessage::AdoptionRequested {
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                requester_name: "B".into(),
                message: "I would like to restart it.".into(),
                until: "Sat 19 Dec 2026".into(),
            },
            MailMessage::AdoptionDecided {
                name: "B".into(),
                group_name: "PyLeeds".into(),
                group_slug: "pyleeds".into(),
                outcome: "refused".into(),
                reason: "We are still here.".into(),
            },
        ];
        for message in messages {
            let links = Links {
                primary: Some("https://meetups.example.org/x".into()),
                ..Links::default()
            };
            let r = render(&message, &ctx(), &links).unwrap();
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
