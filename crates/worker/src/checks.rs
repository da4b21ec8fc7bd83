//! Before a group email goes out, the worker checks that what it says is still true and still
//! wanted: an email queued minutes or days ago may have been overtaken (the event cancelled or
//! moved, the person said no, left, or turned the email off).

use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    notify::Topic,
    policy::MembershipStatus,
    roles::Role,
};
use muster_db::{DbConnection, DbError, events, memberships, notifications, rsvps, users};
use muster_mail::{About, Condition};

/// `Ok(None)` when the email should go; `Ok(Some(reason))` when it should be dropped.
pub fn stale_reason(
    conn: &mut DbConnection,
    about: &About,
    now: Timestamp,
) -> Result<Option<&'static str>, DbError> {
    let Some(user) = users::find(conn, about.user_id)? else {
        return Ok(Some("the account is gone or deleted"));
    };
    if user.email_only_security {
        return Ok(Some("the person wants account email only"));
    }
    let event = match about.event_id {
        Some(id) => match events::find(conn, id)? {
            Some(event) => Some(event),
            None => return Ok(Some("the event is gone")),
        },
        None => None,
    };
    let cancelled = event
        .as_ref()
        .is_some_and(|e| e.status() == EventStatus::Cancelled);
    // Read only for the conditions that ask (one query each).
    let answer = |conn: &mut DbConnection| -> Result<Option<RsvpStatus>, DbError> {
        match &event {
            Some(event) => Ok(rsvps::find(conn, event.id, user.id)?.map(|r| r.status())),
            None => Ok(None),
        }
    };
    let going_or_waiting = |conn: &mut DbConnection| -> Result<bool, DbError> {
        Ok(matches!(
            answer(conn)?,
            Some(RsvpStatus::Going | RsvpStatus::Waitlisted)
        ))
    };
    let membership = |conn: &mut DbConnection| memberships::find(conn, about.group_id, user.id);
    let member = |conn: &mut DbConnection| -> Result<bool, DbError> {
        Ok(membership(conn)?.is_some_and(|m| m.status() == MembershipStatus::Active))
    };
    let wants = |conn: &mut DbConnection, topic| -> Result<bool, DbError> {
        Ok(notifications::prefs(conn, user.id, about.group_id)?.wants(topic))
    };
    let reason = match &about.still {
        Condition::Announcement => match &event {
            Some(e) if e.status() != EventStatus::Published => Some("the event is not published"),
            Some(e) if e.starts_at <= now => Some("the event has started"),
            _ if !member(conn)? => Some("no longer a member"),
            _ if !wants(conn, Topic::Announcements)? => Some("announcements turned off"),
            _ => None,
        },
        Condition::Reminder { starts_at } => match &event {
            Some(e) if e.status() != EventStatus::Published => Some("the event is cancelled"),
            Some(e) if e.starts_at != *starts_at => {
                Some("the event moved (its reminders follow it)")
            }
            Some(e) if e.starts_at <= now => Some("the event has started"),
            _ if answer(conn)? != Some(RsvpStatus::Going) => Some("no longer going"),
            _ if !wants(conn, Topic::Reminders)? => Some("reminders turned off"),
            _ => None,
        },
        Condition::Change { sequence } => match &event {
            _ if cancelled => Some("the event is cancelled"),
            Some(e) if e.sequence != *sequence => Some("a newer change notice follows"),
            _ if !going_or_waiting(conn)? => Some("no longer going or waiting"),
            _ => None,
        },
        Condition::Cancellation if !going_or_waiting(conn)? => Some("was not going or waiting"),
        Condition::Cancellation => None,
        Condition::Answer { status } => {
            if cancelled {
                Some("the event is cancelled")
            } else if answer(conn)?.map(RsvpStatus::as_str) != Some(status.as_str()) {
                Some("the answer changed meanwhile")
            } else {
                None
            }
        }
        Condition::Message if !member(conn)? => Some("no longer a member"),
        Condition::Message if !wants(conn, Topic::Messages)? => Some("messages turned off"),
        Condition::Message => None,
        Condition::Organizer => match membership(conn)? {
            Some(m) if m.status() == MembershipStatus::Active && m.role() != Role::Member => None,
            _ => Some("no longer an organizer"),
        },
    };
    Ok(reason)
}
