//! The email a group's events cause: announcements, answers confirmed, waitlist promotions,
//! change and cancellation notices, join requests for organizers. Each is queued in the
//! transaction of the action that causes it, with a dedupe key that makes it happen once, and
//! an [`About`] the worker re-checks before sending (the event still on, the person still
//! going, still wanting the email). Reminders are queued here too, when the scheduler tick
//! (`muster-worker`) finds their moment.

use std::sync::Arc;

use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    id::{OutboxEmailId, UserId},
    notify::{CHANGE_NOTICE_DELAY, Topic},
};
use muster_db::{
    DbConnection, DbError,
    events::{self, EventRow, VenueRow, place_text},
    groups::GroupRow,
    memberships, notifications,
    outbox::{self, Pending},
    rsvps::{Changed, Promoted},
    users::UserRow,
};
use muster_ical::Method;
use muster_mail::{About, Condition, MailMessage};

use crate::{
    calendars::{Sender, invitation},
    mailer::{self, Outgoing},
};

/// What notices need from the app: where links point. Cheap to clone into a transaction.
#[derive(Debug, Clone)]
pub struct Notices {
    base_url: Arc<str>,
    mail_from: Arc<str>,
    /// Where the fediverse hears of events (`None`: nowhere).
    federation: Option<Arc<crate::federation::Federation>>,
}

/// What an answer's confirmation needs that may be read before the event is locked: see
/// [`Notices::answered`]. Each part is used only when it is still the one the email is
/// about (the same person, the event's current venue), and read under the lock otherwise.
#[derive(Debug, Default)]
pub struct ReadBefore {
    pub person: Option<Arc<UserRow>>,
    pub venue: Option<VenueRow>,
}

/// The facts every event email shows.
struct EventText {
    starts_at: Timestamp,
    ends_at: Timestamp,
    timezone: muster_core::account::Timezone,
    place: String,
    path: String,
    venue: Option<VenueRow>,
}

impl EventText {
    fn of(conn: &mut DbConnection, event: &EventRow, group: &GroupRow) -> Result<Self, DbError> {
        Self::of_known(conn, event, group, None)
    }

    /// [`EventText::of`] with the event's venue as read earlier: used when it is still the
    /// event's venue, read otherwise.
    fn of_known(
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        known: Option<&VenueRow>,
    ) -> Result<Self, DbError> {
        let venue = match (event.venue_id, known) {
            (Some(v), Some(known)) if known.id == v => Some(known.clone()),
            (Some(v), _) => events::find_venue(conn, v)?,
            (None, _) => None,
        };
        Ok(EventText {
            starts_at: event.starts_at,
            ends_at: event.ends_at,
            timezone: event.timezone(),
            place: place_text(event, venue.as_ref()),
            path: event.path(&group.slug),
            venue,
        })
    }
}

impl EventText {
    /// When the event is, in the language of `reader` (the recipient).
    fn when(&self, reader: &UserRow) -> String {
        when_in(reader, self.starts_at, self.ends_at, self.timezone)
    }
}

/// How long before the start a reminder comes ("1 day", "3 hours"), in `reader`'s language.
fn lead_text(reader: &UserRow, hours: i32) -> String {
    let locale = reader.locale().unwrap_or_default();
    if hours % 24 == 0 {
        muster_i18n::tr_args(locale, "lead-days", &[("days", &(hours / 24))])
    } else {
        muster_i18n::tr_args(locale, "lead-hours", &[("hours", &hours)])
    }
}

/// `starts_at`–`ends_at` in `tz`, written in the language of `reader`.
fn when_in(
    reader: &UserRow,
    starts_at: Timestamp,
    ends_at: Timestamp,
    tz: muster_core::account::Timezone,
) -> String {
    muster_i18n::dates::when_text(
        reader.locale().unwrap_or_default(),
        starts_at.as_datetime(),
        ends_at.as_datetime(),
        tz.tz(),
    )
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
    pub fn new(base_url: &str, mail_from: &str) -> Notices {
        Notices {
            base_url: base_url.into(),
            mail_from: mail_from.into(),
            federation: None,
        }
    }

    /// Tells the group's followers in the fediverse, too.
    pub fn with_federation(mut self, federation: crate::federation::Federation) -> Notices {
        self.federation = Some(Arc::new(federation));
        self
    }

    /// Sends the event's `Create` or `Update` to the group's followers in the fediverse (see
    /// [`crate::federation::event_changed`]), in the caller's transaction.
    pub fn federate(
        &self,
        conn: &mut DbConnection,
        group: &GroupRow,
        event: &EventRow,
        kind: crate::federation::EventActivity,
        now: Timestamp,
    ) -> Result<(), DbError> {
        match &self.federation {
            Some(federation) => {
                crate::federation::event_changed(conn, federation, group, event, kind, now)
            }
            None => Ok(()),
        }
    }

    /// [`Notices::federate`] for the events a series just made.
    pub fn federate_created(
        &self,
        conn: &mut DbConnection,
        ids: &[muster_core::id::EventId],
        now: Timestamp,
    ) -> Result<(), DbError> {
        match &self.federation {
            Some(federation) => crate::federation::events_created(conn, federation, ids, now),
            None => Ok(()),
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
            Sender {
                base_url: &self.base_url,
                mail_from: &self.mail_from,
            },
            event,
            text.venue.as_ref(),
            group,
            to,
            going,
            method,
        )
    }

    /// A person's answer changed (by them or an organizer): it is confirmed to them, and the
    /// people it moved up the waitlist hear they are in. `known` is what was read of the
    /// person and the venue before the event was locked (an answer's own request reads them
    /// first, so they do not lengthen the time others wait for the lock).
    #[allow(clippy::too_many_arguments)]
    pub fn answered(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        user: UserId,
        known: &ReadBefore,
        changed: &Changed,
        now: Timestamp,
    ) -> Result<(), DbError> {
        let venue = known.venue.as_ref();
        self.promotions(
            conn,
            event,
            group,
            &changed.promoted,
            Some(user),
            venue,
            now,
        )?;
        self.confirm_answer(conn, event, group, user, known, changed, now)
    }

    /// "You're in", with the invitation, to each person the waitlist moved up but `except` (who
    /// is answered directly). Each promotion is its own news: someone can be moved back and
    /// promoted again. `venue`: the event's venue if already read (used if still its venue).
    #[allow(clippy::too_many_arguments)]
    pub fn promotions(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        promoted: &[Promoted],
        except: Option<UserId>,
        venue: Option<&VenueRow>,
        now: Timestamp,
    ) -> Result<(), DbError> {
        let ids: Vec<UserId> = promoted
            .iter()
            .map(|p| p.user_id)
            .filter(|id| Some(*id) != except)
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let text = EventText::of_known(conn, event, group, venue)?;
        let still = Condition::Answer {
            status: RsvpStatus::Going.as_str().to_owned(),
        };
        let mut emails = Vec::with_capacity(ids.len());
        for person in muster_db::users::find_many(conn, &ids)? {
            let message = MailMessage::WaitlistPromoted {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                event_title: event.title.clone(),
                when: text.when(&person),
                event_path: text.path.clone(),
                place: text.place.clone(),
                online_url: event.online_url.clone(),
            };
            let calendar = self.invitation(event, &text, group, &person, true, Method::Request);
            let email = Outgoing::to_user(&person, message)
                .about(about(&person, group, event, still.clone()))
                .with_calendar(Some(calendar));
            let key = format!("{}:{}", MailMessage::PROMOTED_KIND, OutboxEmailId::new());
            emails.push((email, key, now));
        }
        mailer::enqueue_all(conn, emails, now)?;
        Ok(())
    }

    /// Confirms a person's answer: going (with the invitation) or waitlisted at its place.
    /// Once per answer and version of the event, so flipping back and forth sends nothing new.
    #[allow(clippy::too_many_arguments)]
    fn confirm_answer(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        group: &GroupRow,
        user: UserId,
        known: &ReadBefore,
        changed: &Changed,
        now: Timestamp,
    ) -> Result<(), DbError> {
        let status = changed.rsvp.status();
        let position = changed.waitlist_rank;
        let read;
        let person = match &known.person {
            Some(person) if person.id == user => person,
            _ => match muster_db::users::find(conn, user)? {
                Some(found) => {
                    read = found;
                    &read
                }
                None => return Ok(()),
            },
        };
        if status == RsvpStatus::NotGoing {
            // Nothing to remind them of any more. Someone who was not going already has
            // nothing waiting: it was dropped when they said no, and only going or waiting
            // people are written to since (and should a reminder queued in the meantime be
            // left, the worker sends it only to someone going).
            return match changed.before {
                None | Some(RsvpStatus::NotGoing) => Ok(()),
                Some(_) => drop_personal(conn, event, &person.email, now),
            };
        }
        let text = EventText::of_known(conn, event, group, known.venue.as_ref())?;
        let going = status == RsvpStatus::Going;
        let message = MailMessage::RsvpConfirmed {
            name: person.display_name.clone(),
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            event_title: event.title.clone(),
            when: text.when(person),
            place: text.place.clone(),
            event_path: text.path.clone(),
            waitlist_position: if going { None } else { position },
        };
        let calendar =
            going.then(|| self.invitation(event, &text, group, person, true, Method::Request));
        let still = Condition::Answer {
            status: status.as_str().to_owned(),
        };
        let email = Outgoing::to_user(person, message)
            .about(about(person, group, event, still))
            .with_calendar(calendar);
        let key = format!(
            "{}:{}:{}:{}:{}",
            MailMessage::CONFIRMED_KIND,
            event.id,
            person.id,
            status.as_str(),
            event.sequence
        );
        mailer::enqueue_with_key(conn, email, key, now)?;
        Ok(())
    }

    /// The event's time or place changed (from `before`): people going or waiting hear about
    /// it [`CHANGE_NOTICE_DELAY`] after the last of several quick edits (a newer edit replaces
    /// the notices still waiting), with an iMIP update that says what it was before: time,
    /// title and place. Pending reminders computed for the old start are dropped; the scheduler
    /// queues them anew for the new one.
    pub fn changed(
        &self,
        conn: &mut DbConnection,
        event: &EventRow,
        before: &EventRow,
        group: &GroupRow,
        now: Timestamp,
    ) -> Result<usize, DbError> {
        let moved = event.starts_at != before.starts_at;
        let waiting = |kinds| Pending {
            event: Some(event.id),
            kinds,
            ..Pending::default()
        };
        outbox::drop_pending(
            conn,
            waiting(&[MailMessage::CHANGE_KIND]),
            "replaced by the notice of a later change",
            now,
        )?;
        if moved {
            outbox::drop_pending(
                conn,
                waiting(&[MailMessage::REMINDER_KIND]),
                "the event moved; its reminders follow it",
                now,
            )?;
        }
        if event.status() != EventStatus::Published || event.ends_at <= now {
            return Ok(0);
        }
        let text = EventText::of(conn, event, group)?;
        let previous_start = event
            .previous_starts_at
            .filter(|p| moved && *p != event.starts_at);
        let length = event.ends_at - event.starts_at;
        let previous_title = (before.title != event.title).then(|| before.title.clone());
        let previous_place =
            if before.venue_id != event.venue_id || before.online_url != event.online_url {
                Some(EventText::of(conn, before, group)?.place).filter(|p| *p != text.place)
            } else {
                None
            };
        let people = notifications::answered_yes(conn, event.id)?;
        let mut emails = Vec::with_capacity(people.len());
        for (person, answer) in people {
            let going = answer == RsvpStatus::Going;
            let message = MailMessage::EventChanged {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when(&person),
                place: text.place.clone(),
                event_path: text.path.clone(),
                previously: previous_start
                    .map(|p| when_in(&person, p, p + length, event.timezone())),
                previous_title: previous_title.clone(),
                previous_place: previous_place.clone(),
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
            emails.push((email, key, now + CHANGE_NOTICE_DELAY));
        }
        mailer::enqueue_all(conn, emails, now)
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
        outbox::drop_pending(
            conn,
            Pending {
                event: Some(event.id),
                kinds: &MailMessage::EVENT_KINDS,
                ..Pending::default()
            },
            "the event was cancelled",
            now,
        )?;
        let text = EventText::of(conn, event, group)?;
        let people = notifications::answered_yes(conn, event.id)?;
        let mut emails = Vec::with_capacity(people.len());
        for (person, answer) in people {
            let going = answer == RsvpStatus::Going;
            let message = MailMessage::EventCancelled {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when(&person),
                reason: event.cancel_reason.clone(),
                event_path: text.path.clone(),
            };
            let calendar = self.invitation(event, &text, group, &person, going, Method::Cancel);
            let email = Outgoing::to_user(&person, message)
                .about(about(&person, group, event, Condition::Cancellation))
                .with_calendar(Some(calendar));
            let key = format!("{}:{}:{}", MailMessage::CANCELLED_KIND, event.id, person.id);
            emails.push((email, key, now));
        }
        mailer::enqueue_all(conn, emails, now)
    }
}

/// Queues the reminder `hours` before `event` to each of `recipients` (people going who want
/// reminders): once per person, moment and start, whoever runs the tick and however often.
/// Returns how many were new.
pub fn reminders(
    conn: &mut DbConnection,
    event: &EventRow,
    group: &GroupRow,
    hours: i32,
    recipients: &[UserRow],
    now: Timestamp,
) -> Result<usize, DbError> {
    let text = EventText::of(conn, event, group)?;
    let emails = recipients
        .iter()
        .map(|user| {
            let message = MailMessage::EventReminder {
                name: user.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
                event_title: event.title.clone(),
                when: text.when(user),
                place: text.place.clone(),
                event_path: text.path.clone(),
                lead: lead_text(user, hours),
            };
            let still = Condition::Reminder {
                starts_at: event.starts_at,
            };
            let email = Outgoing::to_user(user, message).about(about(user, group, event, still));
            // Event, person, moment and the start it was computed for: once each, ever.
            let key = format!(
                "{}:{}:{}:{hours}:{}",
                MailMessage::REMINDER_KIND,
                event.id,
                user.id,
                event.starts_at.as_datetime().timestamp()
            );
            (email, key, now)
        })
        .collect();
    // One multi-row insert per 500: a run for a big event is a few statements, not one each.
    mailer::enqueue_all(conn, emails, now)
}

/// Drops what is still waiting for one person (`email`) about an event they no longer go to.
pub fn drop_personal(
    conn: &mut DbConnection,
    event: &EventRow,
    email: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    outbox::drop_pending(
        conn,
        Pending {
            recipient: Some(email),
            event: Some(event.id),
            kinds: &MailMessage::PERSONAL_EVENT_KINDS,
        },
        "the person is no longer going",
        now,
    )?;
    Ok(())
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

/// Tells the group's members (who want announcements) about a published event that has not
/// started. Returns how many were queued, or `None` if the event was announced before
/// (members are told once) or cannot be announced.
pub fn announce(
    conn: &mut DbConnection,
    event: &EventRow,
    group: &GroupRow,
    now: Timestamp,
) -> Result<Option<usize>, DbError> {
    if event.status() != EventStatus::Published
        || event.starts_at <= now
        || !notifications::mark_announced(conn, event.id, now)?
    {
        return Ok(None);
    }
    let text = EventText::of(conn, event, group)?;
    let summary = excerpt(&event.description);
    let members = notifications::members_wanting(conn, group.id, Topic::Announcements)?;
    let mut emails = Vec::with_capacity(members.len());
    for user in members {
        let message = MailMessage::EventAnnouncement {
            name: user.display_name.clone(),
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            event_title: event.title.clone(),
            when: text.when(&user),
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
        emails.push((email, key, now));
    }
    mailer::enqueue_all(conn, emails, now).map(Some)
}

/// How long before its start a series meetup is announced: members hear about each one once,
/// in good time, and never about 90 days of meetups at once.
pub const SERIES_ANNOUNCE_DAYS: i64 = 14;

/// The latest start a meetup may have to be announced at `now`.
pub fn announce_horizon(now: Timestamp) -> Timestamp {
    now + chrono::Duration::days(SERIES_ANNOUNCE_DAYS)
}

/// When the scheduler will announce `event` (marked "announce", not announced yet): two weeks
/// before it starts. None when it will not, or was already.
pub fn announce_at(event: &EventRow) -> Option<Timestamp> {
    (event.announce && event.announced_at.is_none())
        .then(|| event.starts_at - chrono::Duration::days(SERIES_ANNOUNCE_DAYS))
}

/// Announces the meetups marked "announce" that were not announced when they were created
/// (a series' occurrences, made up to 90 days ahead) once they start within
/// [`SERIES_ANNOUNCE_DAYS`]; at most `limit` of them. Returns the events announced. Safe to run
/// any number of times, on several workers: each event is announced once.
pub fn announce_due(conn: &mut DbConnection, now: Timestamp, limit: i64) -> Result<usize, DbError> {
    let until = announce_horizon(now);
    let mut announced = 0;
    for (event, group) in events::due_announcements(conn, now, until, limit)? {
        if announce(conn, &event, &group, now)?.is_some() {
            announced += 1;
        }
    }
    Ok(announced)
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
