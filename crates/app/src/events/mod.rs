//! Events: scheduling (one-off and recurring), RSVPs with capacity and a fair waitlist,
//! organizers' attendee management and check-in, talks and comments.
//!
//! Every use case on an event loads an [`EventAccess`] (the event, its group, the caller and
//! their membership); visibility follows the group (a private group's events are 404 to
//! outsiders) and drafts are 404 to everyone who cannot manage events.

pub mod attendees;
pub mod comments;
pub mod fields;
pub mod photos;
pub mod rsvp;
pub mod schedule;
pub mod series;
pub mod talks;

use std::sync::Arc;

use chrono::{DateTime, Datelike};
use chrono_tz::Tz;
use muster_core::{
    Timestamp,
    account::Timezone,
    event::{EventStatus, RsvpStatus},
    id::{EventId, UserId},
    policy::Action,
    roles::Capability,
};
use muster_db::{
    DbConnection, DbError,
    events::{self, EventRow, VenueRow},
    memberships, rsvps,
    talks::{Comment, TalkRow},
    users::UserRow,
};

use crate::{App, AppError, groups::GroupAccess};

/// An event as one caller sees it.
#[derive(Debug, Clone)]
pub struct EventAccess {
    pub group: GroupAccess,
    pub event: EventRow,
}

impl EventAccess {
    /// Loads the event `id` for the caller: 404 when there is no such event, when its group is
    /// hidden from the caller, or when it is a draft the caller may not manage.
    pub async fn load(
        app: &App,
        id: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<EventAccess, AppError> {
        let id = EventId::parse(id).map_err(|_| AppError::not_found())?;
        let user_id = caller.map(|u| u.id);
        let found = app
            .db
            .read_quick(move |c| read_access(c, id, user_id))
            .await?;
        EventAccess::admit(found, caller)
    }

    /// [`EventAccess::load`] for a member answering "are you coming?", with what the answer
    /// reads before it takes the event's lock (the venue and their RSVP), in one statement.
    pub async fn load_for_answer(
        app: &App,
        id: &str,
        caller: &Arc<UserRow>,
    ) -> Result<(EventAccess, rsvp::ReadFirst), AppError> {
        let id = EventId::parse(id).map_err(|_| AppError::not_found())?;
        let user_id = caller.id;
        let found = app
            .db
            .read_quick(move |c| events::find_for_answer(c, id, user_id))
            .await?;
        let Some((event, group, membership, venue, mine)) = found else {
            return Err(AppError::not_found());
        };
        let first = rsvp::ReadFirst {
            venue,
            mine: muster_db::rsvps::Mine::ReadBefore(mine),
        };
        let access = EventAccess::admit(Some((event, group, membership)), Some(caller))?;
        Ok((access, first))
    }

    /// [`EventAccess::load`] and [`EventDetails::load`] in one database round trip (the event
    /// page). Nothing read is shown unless the caller may see the event.
    pub async fn load_with_details(
        app: &App,
        id: &str,
        caller: Option<&Arc<UserRow>>,
        with_comments: bool,
    ) -> Result<(EventAccess, EventDetails), AppError> {
        EventAccess::load_reading(app, id, caller, move |c, event, user| {
            read_details(c, event, user, with_comments)
        })
        .await
    }

    /// [`EventAccess::load`] and the caller's own RSVP, in one database round trip.
    pub async fn load_with_mine(
        app: &App,
        id: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<(EventAccess, Option<rsvp::RsvpOutcome>), AppError> {
        EventAccess::load_reading(app, id, caller, read_mine).await
    }

    /// The event and what `read` reads about it (for the caller), in one round trip. Nothing
    /// read is shown unless the caller may see the event.
    async fn load_reading<T, R>(
        app: &App,
        id: &str,
        caller: Option<&Arc<UserRow>>,
        read: R,
    ) -> Result<(EventAccess, T), AppError>
    where
        T: Send + 'static,
        R: FnOnce(&mut DbConnection, &EventRow, Option<UserId>) -> Result<T, DbError>
            + Send
            + 'static,
    {
        let id = EventId::parse(id).map_err(|_| AppError::not_found())?;
        let user_id = caller.map(|u| u.id);
        let (found, extra) = app
            .db
            .read(move |c| {
                let found = read_access(c, id, user_id)?;
                let extra = match &found {
                    Some((event, _, _)) => Some(read(c, event, user_id)?),
                    None => None,
                };
                Ok((found, extra))
            })
            .await?;
        let access = EventAccess::admit(found, caller)?;
        let extra = extra.ok_or_else(AppError::not_found)?;
        Ok((access, extra))
    }

    /// The visibility rules, on what was read.
    fn admit(
        found: Option<(
            EventRow,
            muster_db::groups::GroupRow,
            Option<memberships::MembershipRow>,
        )>,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<EventAccess, AppError> {
        let (event, group, membership) = found.ok_or_else(AppError::not_found)?;
        let access = EventAccess {
            group: GroupAccess::new(group, caller, membership),
            event,
        };
        access.group.check(Action::View)?;
        if access.event.status() == EventStatus::Draft && !access.can_manage() {
            return Err(AppError::not_found());
        }
        Ok(access)
    }

    /// The event as the person an email link was minted for sees it, and their answer.
    pub async fn for_link(
        app: &App,
        event: EventId,
        user: UserId,
    ) -> Result<(EventAccess, Option<muster_core::event::RsvpStatus>), AppError> {
        let (person, found, answer) = app
            .db
            .read(move |c| {
                let person = muster_db::users::find(c, user)?;
                let found = read_access(c, event, Some(user))?;
                let answer = muster_db::rsvps::find(c, event, user)?.map(|r| r.status());
                Ok((person, found, answer))
            })
            .await?;
        let person = Arc::new(person.ok_or_else(AppError::not_found)?);
        Ok((EventAccess::admit(found, Some(&person))?, answer))
    }

    /// Loads the event and checks it belongs to the group named `slug` (page URLs carry both).
    pub async fn load_in_group(
        app: &App,
        slug: &str,
        id: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<EventAccess, AppError> {
        let access = EventAccess::load(app, id, caller).await?;
        access.check_group(slug)?;
        Ok(access)
    }

    /// [`EventAccess::load_with_details`] for a page URL that names the group too.
    pub async fn load_in_group_with_details(
        app: &App,
        slug: &str,
        id: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<(EventAccess, EventDetails), AppError> {
        let (access, details) = EventAccess::load_with_details(app, id, caller, true).await?;
        access.check_group(slug)?;
        Ok((access, details))
    }

    /// The caller's own part of the page of event `id` in the group called `slug`, in one
    /// statement: the group's page version, the caller's membership and their answer (and,
    /// when they are waiting, their place in the queue). With a
    /// [`SharedEvent`] read at that version, [`EventAccess::of_shared`] makes the page's access
    /// and details without reading them again. `None` when there is no such group.
    pub async fn read_personal(
        app: &App,
        slug: &str,
        id: &str,
        caller: &Arc<UserRow>,
    ) -> Result<Option<Personal>, AppError> {
        let id = EventId::parse(id).map_err(|_| AppError::not_found())?;
        let (slug, user) = (slug.to_owned(), caller.id);
        Ok(app
            .db
            .read_quick(move |c| {
                let Some(found) = muster_db::page_versions::personal_of_slug(c, &slug, id, user)?
                else {
                    return Ok(None);
                };
                let mine = match found.answer {
                    Some(row) => Some(outcome_of(c, id, row)?),
                    None => None,
                };
                Ok(Some(Personal {
                    tag: found.tag,
                    event: id,
                    membership: found.membership,
                    mine,
                }))
            })
            .await?)
    }

    /// The caller's view of a kept [`SharedEvent`] with their own part read at the same
    /// version: the same rules as [`EventAccess::load_in_group_with_details`] (404 for a
    /// group hidden from the caller, a draft they may not manage, another group's event).
    pub fn of_shared(
        shared: &SharedEvent,
        caller: &Arc<UserRow>,
        personal: Personal,
        slug: &str,
    ) -> Result<(EventAccess, EventDetails), AppError> {
        if shared.event.id != personal.event {
            return Err(AppError::not_found());
        }
        let found = Some((
            shared.event.clone(),
            shared.group.clone(),
            personal.membership,
        ));
        let access = EventAccess::admit(found, Some(caller))?;
        access.check_group(slug)?;
        let mut details = shared.details.clone();
        details.mine = personal.mine;
        Ok((access, details))
    }

    /// 404 unless the event belongs to the group named `slug` (a URL naming both).
    pub fn check_group(&self, slug: &str) -> Result<(), AppError> {
        if self.group.group.slug == slug {
            Ok(())
        } else {
            Err(AppError::not_found())
        }
    }

    pub fn can_manage(&self) -> bool {
        self.group.can(Action::Use(Capability::ManageEvents))
    }

    pub fn check_manage(&self) -> Result<(), AppError> {
        self.group.check(Action::Use(Capability::ManageEvents))
    }

    pub fn path(&self) -> String {
        self.event.path(&self.group.group.slug)
    }
}

/// Everything an event page (or the API's event view) shows besides the event row itself.
#[derive(Debug, Clone, Default)]
pub struct EventDetails {
    pub venue: Option<VenueRow>,
    pub hosts: Vec<(UserId, String)>,
    pub talks: Vec<TalkRow>,
    /// People going (without guests) and people waiting.
    pub going: i64,
    pub waiting: i64,
    /// The first people going who show themselves in the member list, and how many more.
    /// Only callers who see who is going ([`muster_core::policy::Action::SeeWhoIsGoing`]) are
    /// shown them: see [`EventDetails::going_seen_by`].
    pub going_preview: Vec<muster_db::users::Face>,
    pub going_others: i64,
    /// The caller's own RSVP.
    pub mine: Option<rsvp::RsvpOutcome>,
    pub comments: Vec<Comment>,
    /// Photos from the meetup, oldest first (none before it starts).
    pub photos: Vec<muster_db::photos::Photo>,
}

/// What every caller's view of an event page shares: the event, its group and its details
/// but anyone's own answer, as read at one page version of the group.
#[derive(Debug, Clone)]
pub struct SharedEvent {
    pub event: EventRow,
    pub group: muster_db::groups::GroupRow,
    pub details: EventDetails,
}

impl SharedEvent {
    /// The shared part of what the caller's page was made from.
    pub fn of(access: &EventAccess, details: &EventDetails) -> SharedEvent {
        SharedEvent {
            event: access.event.clone(),
            group: access.group.group.clone(),
            details: EventDetails {
                mine: None,
                ..details.clone()
            },
        }
    }
}

/// A caller's own part of an event page: see [`EventAccess::read_personal`].
#[derive(Debug)]
pub struct Personal {
    /// The group's page version, as [`muster_db::page_versions::of_slug`] tags it.
    pub tag: String,
    event: EventId,
    membership: Option<memberships::MembershipRow>,
    mine: Option<rsvp::RsvpOutcome>,
}

impl Personal {
    /// The event it was read for.
    pub fn event(&self) -> EventId {
        self.event
    }
}

/// How many names an event page lists.
pub const GOING_PREVIEW: i64 = 48;

impl EventDetails {
    /// Reads the details in one database round trip (a handful of indexed queries).
    pub async fn load(
        app: &App,
        access: &EventAccess,
        with_comments: bool,
    ) -> Result<EventDetails, AppError> {
        let event = access.event.clone();
        let user = access.group.user.as_ref().map(|u| u.id);
        Ok(app
            .db
            .read(move |c| read_details(c, &event, user, with_comments))
            .await?)
    }

    /// Who is going as `access`'s caller may see it: the people listed and how many more for
    /// members (and administrators); nobody listed and everyone counted for anyone else.
    pub fn going_seen_by(&self, access: &EventAccess) -> (&[muster_db::users::Face], i64) {
        if access.group.sees_who_is_going() {
            (&self.going_preview, self.going_others)
        } else {
            (&[], self.going)
        }
    }

    /// Whether the caller may see the online link: organizers, and people going.
    pub fn sees_online_link(&self, access: &EventAccess) -> bool {
        access.can_manage()
            || self
                .mine
                .as_ref()
                .is_some_and(|m| m.status == RsvpStatus::Going)
    }
}

type Found = Option<(
    EventRow,
    muster_db::groups::GroupRow,
    Option<memberships::MembershipRow>,
)>;

/// The event, its live group and the caller's membership.
pub(crate) fn read_access(
    c: &mut DbConnection,
    id: EventId,
    user: Option<UserId>,
) -> Result<Found, DbError> {
    events::find_for(c, id, user)
}

pub(crate) fn read_details(
    c: &mut DbConnection,
    event: &EventRow,
    user: Option<UserId>,
    with_comments: bool,
) -> Result<EventDetails, DbError> {
    let venue = match event.venue_id {
        Some(v) => events::find_venue(c, v)?,
        None => None,
    };
    let hosts = events::hosts(c, event.id)?;
    let talks = muster_db::talks::for_event(c, event.id)?;
    let (going, waiting) = rsvps::counts(c, event.id)?;
    let (going_preview, going_others) = rsvps::going_names(c, event, GOING_PREVIEW, going)?;
    // People imported from Meetup.com who have not claimed their history count, unnamed; so
    // do the answers an event imported from another instance's archive had there.
    let (imported_going, imported_waiting) = muster_db::placeholders::counts(c, event.id)?;
    let (archived_going, archived_waiting) = muster_db::archives::event_history(c, event.id)?
        .map_or((0, 0), |h| (i64::from(h.going), i64::from(h.waitlisted)));
    let (going, waiting, going_others) = (
        going + imported_going + archived_going,
        waiting + imported_waiting + archived_waiting,
        going_others + imported_going + archived_going,
    );
    let mine = read_mine(c, event, user)?;
    let comments = if with_comments {
        muster_db::talks::comments(c, event.id, comments::COMMENTS_SHOWN)?
    } else {
        Vec::new()
    };
    // A draft has no photos: they are added once a published meetup starts.
    let photos = if with_comments && event.status() != EventStatus::Draft {
        muster_db::photos::for_event(c, event.id)?
    } else {
        Vec::new()
    };
    Ok(EventDetails {
        venue,
        hosts,
        talks,
        going,
        waiting,
        going_preview,
        going_others,
        mine,
        comments,
        photos,
    })
}

/// The caller's own RSVP, with their place when waiting.
pub(crate) fn read_mine(
    c: &mut DbConnection,
    event: &EventRow,
    user: Option<UserId>,
) -> Result<Option<rsvp::RsvpOutcome>, DbError> {
    read_mine_of(c, event.id, user)
}

/// [`read_mine`] by the event's id.
fn read_mine_of(
    c: &mut DbConnection,
    event: EventId,
    user: Option<UserId>,
) -> Result<Option<rsvp::RsvpOutcome>, DbError> {
    match user {
        Some(user) => match rsvps::find(c, event, user)? {
            Some(row) => Ok(Some(outcome_of(c, event, row)?)),
            None => Ok(None),
        },
        None => Ok(None),
    }
}

/// An answer as its owner reads it: a waitlisted one with its place in the queue (one more
/// query).
fn outcome_of(
    c: &mut DbConnection,
    event: EventId,
    row: rsvps::RsvpRow,
) -> Result<rsvp::RsvpOutcome, DbError> {
    let rank = match (row.status(), row.waitlist_position) {
        (RsvpStatus::Waitlisted, Some(p)) => Some(rsvps::rank(c, event, p)?),
        _ => None,
    };
    Ok(rsvp::RsvpOutcome {
        status: row.status(),
        guests: row.guests,
        answer: row.answer,
        waitlist_position: rank,
    })
}

/// An instant in a zone.
pub fn local(at: Timestamp, tz: Timezone) -> DateTime<Tz> {
    at.as_datetime().with_timezone(&tz.tz())
}

pub use muster_core::event::when_text;

/// RFC 3339 with the zone's offset at that instant (`2026-12-16T18:30:00+00:00`).
pub fn rfc3339_in(at: Timestamp, tz: Timezone) -> String {
    local(at, tz).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// The value an HTML `datetime-local` input shows: `2026-12-16T18:30`.
pub fn local_input(at: Timestamp, tz: Timezone) -> String {
    local(at, tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// A short date for lists: "16 Dec" this year, "16 Dec 2027" otherwise.
pub fn short_date(at: Timestamp, tz: Timezone, now: Timestamp) -> String {
    let day = local(at, tz);
    if day.year() == local(now, tz).year() {
        day.format("%a %-d %b").to_string()
    } else {
        day.format("%a %-d %b %Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    #[test]
    fn times_read_in_the_events_zone() {
        let london = Timezone::parse("Europe/London").unwrap();
        let start = Timestamp::from(Utc.with_ymd_and_hms(2026, 7, 15, 17, 30, 0).unwrap());
        let end = start + chrono::Duration::hours(2);
        assert_eq!(
            when_text(start, end, london),
            "Wed 15 Jul 2026, 18:30–20:30 BST"
        );
        assert_eq!(rfc3339_in(start, london), "2026-07-15T18:30:00+01:00");
        assert_eq!(local_input(start, london), "2026-07-15T18:30");
        let long = when_text(start, start + chrono::Duration::days(1), london);
        assert_eq!(
            long,
            "Wed 15 Jul 2026, 18:30 BST – Thu 16 Jul 2026, 18:30 BST"
        );
    }
}
