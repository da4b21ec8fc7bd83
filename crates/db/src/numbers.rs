//! What a group's numbers are made from (the organizers' dashboard): its members' join dates,
//! its past meetups and who went to them, and how many members turned email off. The sums are
//! the application's; these read the rows.

use diesel::{BoolExpressionMethods, ExpressionMethods, JoinOnDsl, QueryDsl, RunQueryDsl};
use muster_core::{
    Timestamp,
    event::{Attendance, EventStatus, RsvpStatus},
    id::{EventId, GroupId, UserId},
    policy::MembershipStatus,
};

use crate::{
    DbConnection, DbError,
    schema::{events, memberships, notification_prefs, rsvps, users},
};

/// The most past meetups the numbers look at (the newest).
pub const PAST_EVENTS: i64 = 500;

/// A meetup that took place.
#[derive(Debug, Clone)]
pub struct PastEvent {
    pub id: EventId,
    pub title: String,
    pub starts_at: Timestamp,
    pub timezone: String,
}

/// Someone who said they were going, and whether they came.
#[derive(Debug, Clone, Copy)]
pub struct Went {
    pub event: EventId,
    pub user: UserId,
    pub attendance: Attendance,
}

/// Of the active members, how many turned each kind of email off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OptOuts {
    pub announcements: i64,
    pub reminders: i64,
    pub messages: i64,
    /// "No email except account security", for every group.
    pub all_email: i64,
}

/// When each active member joined, oldest first.
pub fn member_joins(conn: &mut DbConnection, group: GroupId) -> Result<Vec<Timestamp>, DbError> {
    Ok(memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(users::deleted_at.is_null())
        .order(memberships::created_at.asc())
        .select(memberships::created_at)
        .load(conn)?)
}

/// The group's published meetups that have ended by `now`, oldest first (the newest
/// [`PAST_EVENTS`]).
pub fn past_events(
    conn: &mut DbConnection,
    group: GroupId,
    now: Timestamp,
) -> Result<Vec<PastEvent>, DbError> {
    let mut rows: Vec<(EventId, String, Timestamp, String)> = events::table
        .filter(events::group_id.eq(group))
        .filter(events::status.eq(EventStatus::Published.as_str()))
        .filter(events::ends_at.le(now))
        .order(events::starts_at.desc())
        .limit(PAST_EVENTS)
        .select((
            events::id,
            events::title,
            events::starts_at,
            events::timezone,
        ))
        .load(conn)?;
    rows.reverse();
    Ok(rows
        .into_iter()
        .map(|(id, title, starts_at, timezone)| PastEvent {
            id,
            title,
            starts_at,
            timezone,
        })
        .collect())
}

/// Everyone going to `events`, with what the door said.
pub fn went(conn: &mut DbConnection, events: &[EventId]) -> Result<Vec<Went>, DbError> {
    let mut all = Vec::new();
    // In slices, to stay under every backend's limit on bound values.
    for slice in events.chunks(200) {
        let rows: Vec<(EventId, UserId, Attendance)> = rsvps::table
            .filter(rsvps::event_id.eq_any(slice))
            .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
            .select((rsvps::event_id, rsvps::user_id, rsvps::attendance))
            .load(conn)?;
        all.extend(rows.into_iter().map(|(event, user, attendance)| Went {
            event,
            user,
            attendance,
        }));
    }
    Ok(all)
}

/// How many active members turned each kind of the group's email off.
pub fn opt_outs(conn: &mut DbConnection, group: GroupId) -> Result<OptOuts, DbError> {
    let prefs: Vec<(bool, bool, bool)> = notification_prefs::table
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(notification_prefs::user_id)
                .and(memberships::group_id.eq(notification_prefs::group_id))),
        )
        .filter(notification_prefs::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .select((
            notification_prefs::announcements,
            notification_prefs::reminders,
            notification_prefs::messages,
        ))
        .load(conn)?;
    let all_email: i64 = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(users::deleted_at.is_null())
        .filter(users::email_only_security.eq(true))
        .count()
        .get_result(conn)?;
    let off = |on: fn(&(bool, bool, bool)) -> bool| {
        i64::try_from(prefs.iter().filter(|p| !on(p)).count()).unwrap_or(i64::MAX)
    };
    Ok(OptOuts {
        announcements: off(|p| p.0),
        reminders: off(|p| p.1),
        messages: off(|p| p.2),
        all_email,
    })
}
