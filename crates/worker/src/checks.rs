//! Before a group email goes out, the worker checks that what it says is still true and still
//! wanted: an email queued minutes or days ago may have been overtaken (the event cancelled or
//! moved, the person said no, left, or turned the email off).

use std::collections::{HashMap, HashSet};

use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    id::{EventId, GroupId, ThreadId, UserId},
    notify::Topic,
    policy::MembershipStatus,
    roles::Role,
};
use muster_db::{
    DbConnection, DbError, discussions,
    events::{self, EventRow},
    memberships::{self, MembershipRow},
    notifications::{self, Prefs},
    rsvps,
    users::{self, UserRow},
};
use muster_mail::{About, Condition};

/// What the checks of a few emails need to know, read at once: five queries for the whole
/// chunk instead of up to five for every email.
#[derive(Default)]
struct Facts {
    users: HashMap<UserId, UserRow>,
    events: HashMap<EventId, EventRow>,
    answers: HashMap<(EventId, UserId), RsvpStatus>,
    memberships: HashMap<(GroupId, UserId), MembershipRow>,
    prefs: HashMap<(UserId, GroupId), Prefs>,
    /// (thread, person) pairs followed, among threads not removed.
    follows: HashSet<(ThreadId, UserId)>,
}

impl Facts {
    fn read(conn: &mut DbConnection, abouts: &[&About]) -> Result<Facts, DbError> {
        fn distinct<T: Ord>(ids: impl Iterator<Item = T>) -> Vec<T> {
            let mut ids: Vec<T> = ids.collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        }
        let user_ids = distinct(abouts.iter().map(|a| a.user_id));
        let group_ids = distinct(abouts.iter().map(|a| a.group_id));
        let event_ids = distinct(abouts.iter().filter_map(|a| a.event_id));
        let thread_ids = distinct(abouts.iter().filter_map(|a| match a.still {
            Condition::Following { thread_id } => Some(thread_id),
            _ => None,
        }));
        Ok(Facts {
            users: users::find_many(conn, &user_ids)?
                .into_iter()
                .map(|u| (u.id, u))
                .collect(),
            events: events::find_many(conn, &event_ids)?
                .into_iter()
                .map(|e| (e.id, e))
                .collect(),
            answers: rsvps::find_among(conn, &event_ids, &user_ids)?
                .into_iter()
                .map(|r| ((r.event_id, r.user_id), r.status()))
                .collect(),
            memberships: memberships::find_among(conn, &group_ids, &user_ids)?
                .into_iter()
                .map(|m| ((m.group_id, m.user_id), m))
                .collect(),
            prefs: notifications::prefs_among(conn, &user_ids, &group_ids)?
                .into_iter()
                .map(|(user, group, prefs)| ((user, group), prefs))
                .collect(),
            follows: discussions::followed_among(conn, &thread_ids, &user_ids)?
                .into_iter()
                .collect(),
        })
    }
}

/// For each of `abouts`, in order: `None` when its email should go, `Some(reason)` when it
/// should be dropped. One read of everything the checks need, whatever their number.
pub fn stale_reasons(
    conn: &mut DbConnection,
    abouts: &[&About],
    now: Timestamp,
) -> Result<Vec<Option<&'static str>>, DbError> {
    let facts = Facts::read(conn, abouts)?;
    Ok(abouts
        .iter()
        .map(|about| stale_reason(&facts, about, now))
        .collect())
}

/// `None` when the email should go; `Some(reason)` when it should be dropped.
fn stale_reason(facts: &Facts, about: &About, now: Timestamp) -> Option<&'static str> {
    let Some(user) = facts.users.get(&about.user_id) else {
        return Some("the account is gone or deleted");
    };
    if user.email_only_security {
        return Some("the person wants account email only");
    }
    let event = match about.event_id {
        Some(id) => match facts.events.get(&id) {
            Some(event) => Some(event),
            None => return Some("the event is gone"),
        },
        None => None,
    };
    let cancelled = event.is_some_and(|e| e.status() == EventStatus::Cancelled);
    let answer = event.and_then(|e| facts.answers.get(&(e.id, user.id)).copied());
    let going_or_waiting = matches!(answer, Some(RsvpStatus::Going | RsvpStatus::Waitlisted));
    let membership = facts.memberships.get(&(about.group_id, user.id));
    let member = membership.is_some_and(|m| m.status() == MembershipStatus::Active);
    let wants = |topic| {
        facts
            .prefs
            .get(&(user.id, about.group_id))
            .copied()
            .unwrap_or_default()
            .wants(topic)
    };
    match &about.still {
        Condition::Announcement => match event {
            Some(e) if e.status() != EventStatus::Published => Some("the event is not published"),
            Some(e) if e.starts_at <= now => Some("the event has started"),
            _ if !member => Some("no longer a member"),
            _ if !wants(Topic::Announcements) => Some("announcements turned off"),
            _ => None,
        },
        Condition::Reminder { starts_at } => match event {
            Some(e) if e.status() != EventStatus::Published => Some("the event is cancelled"),
            Some(e) if e.starts_at != *starts_at => {
                Some("the event moved (its reminders follow it)")
            }
            Some(e) if e.starts_at <= now => Some("the event has started"),
            _ if answer != Some(RsvpStatus::Going) => Some("no longer going"),
            _ if !wants(Topic::Reminders) => Some("reminders turned off"),
            _ => None,
        },
        Condition::Change { sequence } => match event {
            _ if cancelled => Some("the event is cancelled"),
            Some(e) if e.sequence != *sequence => Some("a newer change notice follows"),
            _ if !going_or_waiting => Some("no longer going or waiting"),
            _ => None,
        },
        Condition::Cancellation if !going_or_waiting => Some("was not going or waiting"),
        Condition::Cancellation => None,
        Condition::Answer { status } => {
            if cancelled {
                Some("the event is cancelled")
            } else if answer.map(RsvpStatus::as_str) != Some(status.as_str()) {
                Some("the answer changed meanwhile")
            } else {
                None
            }
        }
        Condition::Message if !member => Some("no longer a member"),
        Condition::Message if !wants(Topic::Messages) => Some("messages turned off"),
        Condition::Message => None,
        Condition::Following { .. } if !member => Some("no longer a member"),
        Condition::Following { thread_id } if !facts.follows.contains(&(*thread_id, user.id)) => {
            Some("no longer following the thread (or it was removed)")
        }
        Condition::Following { .. } if !wants(Topic::Discussions) => {
            Some("discussion emails turned off")
        }
        Condition::Following { .. } => None,
        Condition::Organizer => match membership {
            Some(m) if m.status() == MembershipStatus::Active && m.role() != Role::Member => None,
            _ => Some("no longer an organizer"),
        },
    }
}
