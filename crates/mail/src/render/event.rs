//! The emails about one event of a group: to its members, and to the people who answered.

use super::{Common, Email, Rendering, View, email, misrouted};
use crate::MailMessage;

templates! {
    WaitlistPromoted => "waitlist_promoted.txt", "waitlist_promoted.html";
    EventAnnouncement => "event_announcement.txt", "event_announcement.html";
    RsvpConfirmed => "rsvp_confirmed.txt", "rsvp_confirmed.html";
    EventReminder => "event_reminder.txt", "event_reminder.html";
    EventChanged => "event_changed.txt", "event_changed.html";
    EventCancelled => "event_cancelled.txt", "event_cancelled.html";
}

/// A seat freed and the person is now going (no group footer: it answers their own RSVP).
pub(super) fn waitlist_promoted(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::WaitlistPromoted {
        name,
        group_name,
        event_title,
        when,
        event_path,
        place,
        online_url,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        name,
        group_name,
        event_title,
        when,
        place,
        online_url,
        ..c.view(c.page(event_path))
    };
    let subject = c.subject("email-promoted-subject", &[("event", event_title)]);
    email::<WaitlistPromoted>(subject, &v)
}

/// A new event, to the group's members, with the start of its description.
pub(super) fn announcement(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::EventAnnouncement {
        name,
        group_name,
        group_slug,
        event_title,
        when,
        place,
        summary,
        event_path,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        place,
        body: summary,
        ..c.event_view(name, group_name, group_slug, event_title, when, event_path)
    };
    let subject = c.subject(
        "email-announcement-subject",
        &[("event", event_title), ("group", group_name)],
    );
    email::<EventAnnouncement>(subject, &v)
}

/// An answer recorded: going, or on the waitlist at a place.
pub(super) fn rsvp_confirmed(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::RsvpConfirmed {
        name,
        group_name,
        group_slug,
        event_title,
        when,
        place,
        event_path,
        waitlist_position,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        place,
        position: waitlist_position.map(|n| n.to_string()).unwrap_or_default(),
        ..c.event_view(name, group_name, group_slug, event_title, when, event_path)
    };
    let subject = match waitlist_position {
        Some(n) => c.subject(
            "email-rsvp-waitlist-subject",
            &[("position", &n.to_string()), ("event", event_title)],
        ),
        None => c.subject("email-rsvp-going-subject", &[("event", event_title)]),
    };
    email::<RsvpConfirmed>(subject, &v)
}

/// The event is soon: `lead` ahead, with the "still coming" and "can't make it" links.
pub(super) fn reminder(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::EventReminder {
        name,
        group_name,
        group_slug,
        event_title,
        when,
        place,
        event_path,
        lead,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        place,
        lead,
        ..c.event_view(name, group_name, group_slug, event_title, when, event_path)
    };
    let subject = c.subject(
        "email-reminder-subject",
        &[("event", event_title), ("lead", lead)],
    );
    email::<EventReminder>(subject, &v)
}

/// The time or place changed; `previously` is the old time when it moved.
pub(super) fn changed(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::EventChanged {
        name,
        group_name,
        group_slug,
        event_title,
        when,
        place,
        event_path,
        previously,
        previous_title,
        previous_place,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        place,
        previously: previously.as_deref().unwrap_or(""),
        previous_title: previous_title.as_deref().unwrap_or(""),
        previous_place: match previous_place.as_deref() {
            Some("") => muster_i18n::tr(c.lang(), "email-changed-no-place-given"),
            other => other.unwrap_or("").to_owned(),
        },
        ..c.event_view(name, group_name, group_slug, event_title, when, event_path)
    };
    let subject = c.subject(
        "email-changed-subject",
        &[("event", event_title), ("when", when)],
    );
    email::<EventChanged>(subject, &v)
}

/// The event is cancelled, with the organizers' reason.
pub(super) fn cancelled(c: &Common<'_>, message: &MailMessage) -> Rendering {
    let MailMessage::EventCancelled {
        name,
        group_name,
        group_slug,
        event_title,
        when,
        reason,
        event_path,
    } = message
    else {
        return Err(misrouted(message));
    };
    let v = View {
        body: reason,
        ..c.event_view(name, group_name, group_slug, event_title, when, event_path)
    };
    let subject = c.subject("email-cancelled-subject", &[("event", event_title)]);
    email::<EventCancelled>(subject, &v)
}

impl<'a> Common<'a> {
    /// The view of an email to `name` about an event of their group, with the group footer;
    /// the event's page is the link.
    fn event_view(
        &self,
        name: &'a str,
        group_name: &'a str,
        group_slug: &str,
        event_title: &'a str,
        when: &'a str,
        event_path: &str,
    ) -> View<'a> {
        View {
            name,
            event_title,
            when,
            ..self.group_view(group_name, group_slug, self.page(event_path))
        }
    }
}
