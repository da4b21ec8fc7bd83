//! What an organizer enters for an event, checked: the fields of the form and the API body,
//! validated into an [`EventState`], with the checks that need the group (hosts, the daily
//! limit, taking part).

use muster_core::{Timestamp, id::UserId, policy::Action};
use muster_db::{
    DbConnection, DbError,
    events::{EventRow, VenueRow},
    groups::GroupRow,
    memberships, rate_limits,
};

use crate::{AppError, ErrorCode, groups::GroupAccess, limits};

pub use muster_core::event_form::{EventFields, EventState, VenueFields, WindowInput};

/// The event's current fields, for editing.
pub fn fields_of(event: &EventRow, venue: Option<&VenueRow>, hosts: &[UserId]) -> EventFields {
    let tz = event.timezone();
    let at = |t: Option<Timestamp>| {
        t.map_or(WindowInput::Unset, |t| {
            WindowInput::At(super::rfc3339_in(t, tz))
        })
    };
    EventFields {
        title: event.title.clone(),
        description: event.description.clone(),
        starts_at: super::rfc3339_in(event.starts_at, tz),
        ends_at: super::rfc3339_in(event.ends_at, tz),
        timezone: event.timezone.clone(),
        venue: venue.map(|v| VenueFields {
            name: v.name.clone(),
            address: v.address.clone(),
            lat: v.latitude,
            lon: v.longitude,
            directions: v.directions.clone(),
        }),
        online_url: event.online_url.clone(),
        capacity: event.capacity.map(i64::from),
        guest_limit: i64::from(event.guest_limit),
        rsvp_opens: at(event.rsvp_opens_at),
        rsvp_closes: at(event.rsvp_closes_at),
        rsvp_question: event.rsvp_question.clone(),
        hosts: hosts.iter().map(ToString::to_string).collect(),
        rsvps_closed: event.rsvps_closed,
        reminders_enabled: event.reminders_enabled,
        announce: event.announce,
    }
}

/// Checks every field of an event of `group` (see [`muster_core::event_form::validate`]):
/// an empty zone is the group's, and an event that already starts at the given time may keep
/// it though it is past.
pub fn validate(
    input: &EventFields,
    group: &GroupRow,
    existing: Option<&EventRow>,
    now: Timestamp,
) -> Result<EventState, AppError> {
    let existing_start = existing.map(|e| e.starts_at);
    Ok(muster_core::event_form::validate(
        input,
        &group.timezone,
        existing_start,
        now,
    )?)
}

/// With no hosts named, the member who schedules the event hosts it.
pub(crate) fn default_host(state: &mut EventState, access: &GroupAccess) -> Result<(), AppError> {
    if state.hosts.is_empty() && access.active_membership().is_ok() {
        state.hosts.push(access.user()?.id);
    }
    Ok(())
}

/// Whether every one of `users` is an active member of `group` (one query): hosts, speakers
/// and people an organizer adds must be.
pub(crate) fn all_active_members(
    conn: &mut DbConnection,
    group: &GroupRow,
    users: &[UserId],
) -> Result<bool, DbError> {
    if users.is_empty() {
        return Ok(true);
    }
    let active = memberships::active_among(conn, group.id, users)?;
    Ok(users.iter().all(|u| active.contains(u)))
}

/// Hosts must be active members of the group (checked in the writing transaction).
pub(crate) fn check_hosts(
    conn: &mut DbConnection,
    group: &GroupRow,
    hosts: &[UserId],
) -> Result<(), AppError> {
    if all_active_members(conn, group, hosts)? {
        Ok(())
    } else {
        Err(AppError::invalid_field(
            "hosts",
            "Hosts must be members of the group.",
        ))
    }
}

/// Taking part in an event (RSVPs, comments): an active member who has accepted the group's
/// current code of conduct.
pub(crate) fn check_participation(group: &GroupAccess) -> Result<(), AppError> {
    group.check(Action::Participate)?;
    if group.needs_conduct() {
        return Err(AppError::conflict(
            ErrorCode::ConductNotAccepted,
            format!(
                "Please read and accept the group's current code of conduct (version {}) first.",
                group.group.conduct_version
            ),
        ));
    }
    Ok(())
}

pub(crate) fn daily_event_limit(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
) -> Result<(), AppError> {
    let bucket = format!("events:user:{user}");
    rate_limits::hit(conn, &bucket, limits::EVENTS_PER_DAY, now)?
        .map_err(|wait| AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit))
}
