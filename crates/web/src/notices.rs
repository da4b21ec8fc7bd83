//! The email a group's events cause: announcements, answers confirmed, waitlist promotions,
//! change and cancellation notices, join requests for organizers. Each is queued in the
//! transaction of the action that causes it, with a dedupe key that makes it happen once, and
//! an [`About`] the worker re-checks before sending (the event still on, the person still
//! going, still wanting the email). Reminders are queued by the scheduler (`muster-worker`).

use std::sync::Arc;

use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus, when_text},
    id::UserId,
    notify::{CHANGE_NOTICE_DELAY, Topic},
};
use muster_db::{
    DbConnection, DbError,
    events::{self, EventRow, VenueRow, place_text},
    groups::GroupRow,
    memberships, notifications, outbox,
    users::UserRow,
};
use muster_ical::Method;
use muster_mail::{About, Condition, MailMessage};

use crate::{
    calendars::invitation,
    mailer::{self, Outgoing},
};

/// What notices need from the app: where links point. Cheap to clone into a transaction.
#[derive(Debug, Clone)]
pub struct Notices {
    base_url: Arc<str>,
}

/// The facts every event email shows.
struct EventText {
    when: String,
    place: String,
    path: String,
    venue: Option<VenueRow>,
}

impl EventText {
    fn of(conn: &mut DbConnection, event: &EventRow, group: &GroupRow) -> Result<Self, DbError> {
        let venue = match event.venue_id {
            Some(v) => events::find_venue(conn, v)?,
            None => None,
        };
        Ok(EventText {
            when: when_text(event.starts_at, event.ends_at, event.timezone()),
            place: place_text(event, venue.as_ref()),
            path: event.path(&group.slug),
            venue,
        })
    }
}

fn about(user: &UserRow, group: &GroupRow, event: &EventRow, still: Condition) -> About {
    About {
        user_id: user.id,
        group_id: group.id,
        event_id: Some(event.id),
        still,
    }
}

/// The start of a description, as plain text for an email.
fn excerpt(markdown: &str) -> String {
    const MAX: usize = 400;
    let text = markdown.trim();
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(MAX).collect();
    if let Some(space) = cut.rfind(char::is_whitespace) {
        cut.truncate(space);
    }
    cut.push('…');
    cut
}

impl Notices {
    pub fn new(base_url: &str) -> Notices {
        Notices {
            base_url: base_url.into(),
        }
    }

    fn invitation(
        &self,
        event: &EventRow,
        text: &EventText,
        group: &GroupRow,
        to: &UserRow,
        going: bool,
        method: Method,
    ) -> muster_mail::CalendarPart {
        invitation(
            &self.base_url,
            event,
            text.venue.as_ref(),
            group,
            to,
            going,
            method,
        )
    }

    /// Tells the group's members (who want announcements) about a published event, unless it
    /// was announced before. Returns how many were queued (0: announced already).
    pub fn announce(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        now: Timestamp,
    ) -> Result<usize, DbError> {
        if event.status() != EventStatus::Published || event.starts_at <= now {
            return Ok(0);
        }
        if !notifications::mark_announced(conn, event.id, now)? {
            return Ok(0);
        }
        let text = EventText::of(conn, event, group)?;
        let summary = excerpt(&event.description);
        let mut queued = 0;
        for user in notifications::members_wanting(conn, group.id, Topic::Announcements)? {
            let message = MailMessage::EventAnnouncement {
                name: user.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when.clone(),
                place: text.place.clone(),
                summary: summary.clone(),
                event_path: text.path.clone(),
            };
            let key = format!(
                "{}:{}:{}",
                MailMessage::ANNOUNCEMENT_KIND,
                event.id,
                user.id
            );
            let email = Outgoing::to_user(&user, message).about(about(
                &user,
                group,
                event,
                Condition::Announcement,
            ));
            queued += usize::from(mailer::enqueue_with_key(conn, email, key, now)?);
        }
        Ok(queued)
    }

    /// Confirms a person's answer: going (with the invitation) or waitlisted at `position`.
    /// Once per answer and version of the event, so flipping back and forth sends nothing new.
    #[allow(clippy::too_many_arguments)]
    pub fn confirm_answer(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        user: UserId,
        status: RsvpStatus,
        position: Option<i64>,
        now: Timestamp,
    ) -> Result<(), DbError> {
        if status == RsvpStatus::NotGoing {
            // Nothing to remind them of any more.
            self.drop_personal(conn, event, user, now)?;
            return Ok(());
        }
        let Some(person) = live_user(conn, user)? else {
            return Ok(());
        };
        let text = EventText::of(conn, event, group)?;
        let going = status == RsvpStatus::Going;
        let message = MailMessage::RsvpConfirmed {
            name: person.display_name.clone(),
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            event_title: event.title.clone(),
            when: text.when.clone(),
            place: text.place.clone(),
            event_path: text.path.clone(),
            waitlist_position: if going { None } else { position },
        };
        let calendar =
            going.then(|| self.invitation(event, &text, group, &person, true, Method::Request));
        let still = Condition::Answer {
            status: status.as_str().to_owned(),
        };
        let email = Outgoing::to_user(&person, message)
            .about(about(&person, group, event, still))
            .with_calendar(calendar);
        let key = format!(
            "rsvp_confirmed:{}:{}:{}:{}",
            event.id,
            person.id,
            status.as_str(),
            event.sequence
        );
        mailer::enqueue_with_key(conn, email, key, now)?;
        Ok(())
    }

    /// "You're in", with the invitation, to someone the waitlist moved up.
    pub fn promoted(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        user: UserId,
        now: Timestamp,
    ) -> Result<(), DbError> {
        let Some(person) = live_user(conn, user)? else {
            return Ok(());
        };
        let text = EventText::of(conn, event, group)?;
        let message = MailMessage::WaitlistPromoted {
            name: person.display_name.clone(),
            group_name: group.name.clone(),
            event_title: event.title.clone(),
            when: text.when.clone(),
            event_path: text.path.clone(),
        };
        let calendar = self.invitation(event, &text, group, &person, true, Method::Request);
        let still = Condition::Answer {
            status: RsvpStatus::Going.as_str().to_owned(),
        };
        let email = Outgoing::to_user(&person, message)
            .about(about(&person, group, event, still))
            .with_calendar(Some(calendar));
        // Each promotion is its own news (someone can be moved back and promoted again).
        mailer::enqueue(conn, email, now)
    }

    /// The event's time or place changed: people going or waiting hear about it
    /// [`CHANGE_NOTICE_DELAY`] after the last of several quick edits (a newer edit replaces the
    /// notices still waiting), with an iMIP update. Pending reminders computed for the old start
    /// are dropped; the scheduler queues them anew for the new one.
    pub fn changed(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        moved: bool,
        now: Timestamp,
    ) -> Result<usize, DbError> {
        outbox::drop_for_event(
            conn,
            event.id,
            &[MailMessage::CHANGE_KIND],
            None,
            "replaced by the notice of a later change",
            now,
        )?;
        if moved {
            outbox::drop_for_event(
                conn,
                event.id,
                &[MailMessage::REMINDER_KIND],
                None,
                "the event moved; its reminders follow it",
                now,
            )?;
        }
        if event.status() != EventStatus::Published || event.ends_at <= now {
            return Ok(0);
        }
        let text = EventText::of(conn, event, group)?;
        let previously = event
            .previous_starts_at
            .filter(|p| moved && *p != event.starts_at)
            .map(|p| {
                let length = event.ends_at - event.starts_at;
                when_text(p, p + length, event.timezone())
            });
        let mut queued = 0;
        let answers = muster_db::rsvps::statuses(conn, event.id)?;
        for person in notifications::answered_yes(conn, event.id)? {
            let going = answers.get(&person.id) == Some(&RsvpStatus::Going);
            let message = MailMessage::EventChanged {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when.clone(),
                place: text.place.clone(),
                event_path: text.path.clone(),
                previously: previously.clone(),
            };
            let calendar = self.invitation(event, &text, group, &person, going, Method::Request);
            let still = Condition::Change {
                sequence: event.sequence,
            };
            let email = Outgoing::to_user(&person, message)
                .about(about(&person, group, event, still))
                .with_calendar(Some(calendar));
            let key = format!(
                "{}:{}:{}:{}",
                MailMessage::CHANGE_KIND,
                event.id,
                person.id,
                event.sequence
            );
            queued += usize::from(mailer::enqueue_at(
                conn,
                email,
                key,
                now + CHANGE_NOTICE_DELAY,
                now,
            )?);
        }
        Ok(queued)
    }

    /// The event is cancelled: everything still waiting about it is dropped, and people going
    /// or waiting get a notice with an iMIP `CANCEL`.
    pub fn cancelled(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        now: Timestamp,
    ) -> Result<usize, DbError> {
        outbox::drop_for_event(
            conn,
            event.id,
            &MailMessage::EVENT_KINDS,
            None,
            "the event was cancelled",
            now,
        )?;
        let text = EventText::of(conn, event, group)?;
        let answers = muster_db::rsvps::statuses(conn, event.id)?;
        let mut queued = 0;
        for person in notifications::answered_yes(conn, event.id)? {
            let going = answers.get(&person.id) == Some(&RsvpStatus::Going);
            let message = MailMessage::EventCancelled {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when.clone(),
                reason: event.cancel_reason.clone(),
                event_path: text.path.clone(),
            };
            let calendar = self.invitation(event, &text, group, &person, going, Method::Cancel);
            let email = Outgoing::to_user(&person, message)
                .about(about(&person, group, event, Condition::Cancellation))
                .with_calendar(Some(calendar));
            let key = format!("event_cancelled:{}:{}", event.id, person.id);
            queued += usize::from(mailer::enqueue_with_key(conn, email, key, now)?);
        }
        Ok(queued)
    }

    /// Drops what is still waiting for one person about an event they no longer go to.
    pub fn drop_personal(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        user: UserId,
        now: Timestamp,
    ) -> Result<(), DbError> {
        if let Some(person) = live_user(conn, user)? {
            outbox::drop_for_event(
                conn,
                event.id,
                &[
                    MailMessage::REMINDER_KIND,
                    "rsvp_confirmed",
                    "waitlist_promoted",
                ],
                Some(&person.email),
                "the person is no longer going",
                now,
            )?;
        }
        Ok(())
    }
}

/// Tells the group's organizers that someone asked to join.
pub fn join_requested(
    conn: &mut DbConnection,
    group: &GroupRow,
    requester: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    for (_, organizer) in memberships::organizers(conn, group.id)? {
        if organizer.email_only_security {
            continue;
        }
        let message = MailMessage::JoinRequest {
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            requester_name: requester.to_owned(),
        };
        let email = Outgoing::to_user(&organizer, message).about(About {
            user_id: organizer.id,
            group_id: group.id,
            event_id: None,
            still: Condition::Organizer,
        });
        mailer::enqueue(conn, email, now)?;
    }
    Ok(())
}

fn live_user(conn: &mut DbConnection, user: UserId) -> Result<Option<UserRow>, DbError> {
    Ok(muster_db::users::find(conn, user)?.filter(|u| u.deleted_at.is_none()))
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(excerpt("  Talks and pizza. "), "Talks and pizza.");
        let long = "word ".repeat(200);
        let cut = excerpt(&long);
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= 401);
    }
}
