//! What an organizer enters for an event, checked: the fields of the form and the API body,
//! validated into an [`EventState`], with the checks that need the group (hosts, the daily
//! limit, taking part).

use chrono::Duration;
use muster_core::{
    Timestamp,
    account::Timezone,
    event::{
        self, Address, Directions, EventTitle, RsvpQuestion, RsvpWindow, Schedule, VenueName,
        WindowEnd,
    },
    group::{Coordinates, Description, WebUrl},
    id::UserId,
    policy::Action,
};
use muster_db::{
    DbConnection, DbError,
    events::{EventRow, NewVenue, VenueRow},
    groups::GroupRow,
    memberships, rate_limits,
};

use crate::{AppError, ErrorCode, groups::GroupAccess, limits};
use muster_core::fields::FieldErrors;

/// When RSVPs open or close, as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum WindowInput {
    /// No limit (open as soon as published; close when the event starts).
    #[default]
    Unset,
    /// At a time (RFC 3339, or local in the event's zone).
    At(String),
    /// This many hours before the start; moves with the event.
    HoursBefore(i64),
}

/// A venue as entered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VenueFields {
    pub name: String,
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub directions: String,
}

/// Every editable field of an event, as typed (checked by [`validate`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFields {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// RFC 3339 with an offset, or a local date-time in `timezone`.
    pub starts_at: String,
    pub ends_at: String,
    /// IANA zone; empty means the group's.
    pub timezone: String,
    pub venue: Option<VenueFields>,
    pub online_url: String,
    pub capacity: Option<i64>,
    pub guest_limit: i64,
    pub rsvp_opens: WindowInput,
    pub rsvp_closes: WindowInput,
    pub rsvp_question: String,
    /// Member ids, up to five.
    pub hosts: Vec<String>,
    pub rsvps_closed: bool,
    pub reminders_enabled: bool,
    pub announce: bool,
}

impl EventFields {
    /// The event's current fields, for editing.
    pub fn of(event: &EventRow, venue: Option<&VenueRow>, hosts: &[UserId]) -> EventFields {
        let tz = event.timezone();
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
            rsvp_opens: event.rsvp_opens_at.map_or(WindowInput::Unset, |t| {
                WindowInput::At(super::rfc3339_in(t, tz))
            }),
            rsvp_closes: event.rsvp_closes_at.map_or(WindowInput::Unset, |t| {
                WindowInput::At(super::rfc3339_in(t, tz))
            }),
            rsvp_question: event.rsvp_question.clone(),
            hosts: hosts.iter().map(ToString::to_string).collect(),
            rsvps_closed: event.rsvps_closed,
            reminders_enabled: event.reminders_enabled,
            announce: event.announce,
        }
    }
}

/// [`EventFields`] that passed validation: the typed state of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventState {
    pub title: EventTitle,
    pub description: Description,
    pub timezone: Timezone,
    pub schedule: Schedule,
    pub venue: Option<NewVenue>,
    pub online_url: String,
    pub capacity: Option<i32>,
    pub guest_limit: i32,
    pub window: RsvpWindow,
    pub rsvp_question: RsvpQuestion,
    pub hosts: Vec<UserId>,
    pub rsvps_closed: bool,
    pub reminders_enabled: bool,
    pub announce: bool,
}

pub(crate) const MAX_HOURS_BEFORE: i64 = 24 * 365;

pub(crate) fn window_value(
    f: &mut FieldErrors,
    field: &str,
    input: &WindowInput,
    tz: Timezone,
    starts_at: Option<Timestamp>,
) -> Option<Option<Timestamp>> {
    match input {
        WindowInput::Unset => Some(None),
        WindowInput::At(text) if text.trim().is_empty() => Some(None),
        WindowInput::At(text) => f.check(field, event::parse_time(text, tz)).map(Some),
        WindowInput::HoursBefore(hours) if !(0..=MAX_HOURS_BEFORE).contains(hours) => {
            f.add(field, "Give a number of hours from 0 to 8760 (a year).");
            None
        }
        WindowInput::HoursBefore(hours) => Some(starts_at.map(|s| s - Duration::hours(*hours))),
    }
}

/// Checks every field, reporting all problems at once. `now` refuses starts in the past unless
/// `existing` already starts at that time (editing the title of a past event is fine).
pub fn validate(
    input: &EventFields,
    group: &GroupRow,
    existing: Option<&EventRow>,
    now: Timestamp,
) -> Result<EventState, AppError> {
    let mut f = FieldErrors::default();
    let title = f.check("title", EventTitle::parse(&input.title));
    let description = f.check("description", Description::parse(&input.description));
    let zone_name = if input.timezone.trim().is_empty() {
        group.timezone.as_str()
    } else {
        input.timezone.as_str()
    };
    let timezone = f.check("timezone", Timezone::parse(zone_name));
    let tz = timezone.unwrap_or_else(|| Timezone::from_trusted("UTC"));
    let starts_at = f.check("starts_at", event::parse_time(&input.starts_at, tz));
    let ends_at = f.check("ends_at", event::parse_time(&input.ends_at, tz));
    let schedule = match (starts_at, ends_at) {
        (Some(s), Some(e)) => f.check("ends_at", Schedule::new(s, e)),
        _ => None,
    };
    if let Some(schedule) = schedule {
        let unchanged = existing.is_some_and(|e| e.starts_at == schedule.starts_at);
        if !unchanged {
            f.check("starts_at", schedule.check_future(now));
        }
    }
    let venue = match &input.venue {
        None => Some(None),
        Some(v) => {
            let name = f.check("venue.name", VenueName::parse(&v.name));
            let address = f.check("venue.address", Address::parse(&v.address));
            let directions = f.check("venue.directions", Directions::parse(&v.directions));
            let coordinates = match (v.lat, v.lon) {
                (None, None) => Some(None),
                (Some(lat), Some(lon)) => {
                    f.check("venue.lat", Coordinates::new(lat, lon)).map(Some)
                }
                _ => {
                    f.add("venue.lat", "Give both latitude and longitude, or neither.");
                    None
                }
            };
            match (name, address, directions, coordinates) {
                (Some(name), Some(address), Some(directions), Some(coordinates)) => {
                    Some(Some(NewVenue {
                        name: name.to_string(),
                        address: address.to_string(),
                        latitude: coordinates.map(|c| c.lat),
                        longitude: coordinates.map(|c| c.lon),
                        directions: directions.to_string(),
                    }))
                }
                _ => None,
            }
        }
    };
    let online_url = f
        .check("online_url", WebUrl::parse_optional(&input.online_url))
        .map(|u| u.map(|u| u.as_str().to_owned()).unwrap_or_default());
    let capacity = match input.capacity {
        None => Some(None),
        Some(c) => f.check("capacity", event::capacity(c)).map(Some),
    };
    let guest_limit = f.check("guest_limit", event::guest_limit(input.guest_limit));
    let start = schedule.map(|s| s.starts_at);
    let opens = window_value(&mut f, "rsvp_opens_at", &input.rsvp_opens, tz, start);
    let closes = window_value(&mut f, "rsvp_closes_at", &input.rsvp_closes, tz, start);
    let window = match (opens, closes, schedule) {
        (Some(opens_at), Some(closes_at), Some(schedule)) => {
            let window = RsvpWindow {
                opens_at,
                closes_at,
            };
            match window.check(&schedule) {
                Ok(()) => Some(window),
                Err((end, message)) => {
                    let field = match end {
                        WindowEnd::Opens => "rsvp_opens_at",
                        WindowEnd::Closes => "rsvp_closes_at",
                    };
                    f.check::<()>(field, Err(message));
                    None
                }
            }
        }
        _ => None,
    };
    let rsvp_question = f.check("rsvp_question", RsvpQuestion::parse(&input.rsvp_question));
    let mut hosts = Vec::new();
    for text in input.hosts.iter().filter(|h| !h.trim().is_empty()) {
        match UserId::parse(text.trim()) {
            Ok(id) if !hosts.contains(&id) => hosts.push(id),
            Ok(_) => {}
            Err(_) => f.add("hosts", "Hosts are given by member id."),
        }
    }
    if hosts.len() > event::MAX_HOSTS {
        f.add("hosts", "An event can show at most 5 hosts.");
    }
    f.finish()?;
    match (
        title,
        description,
        timezone,
        schedule,
        venue,
        online_url,
        capacity,
        guest_limit,
        window,
        rsvp_question,
    ) {
        (
            Some(title),
            Some(description),
            Some(timezone),
            Some(schedule),
            Some(venue),
            Some(online_url),
            Some(capacity),
            Some(guest_limit),
            Some(window),
            Some(rsvp_question),
        ) => Ok(EventState {
            title,
            description,
            timezone,
            schedule,
            venue,
            online_url,
            capacity,
            guest_limit,
            window,
            rsvp_question,
            hosts,
            rsvps_closed: input.rsvps_closed,
            reminders_enabled: input.reminders_enabled,
            announce: input.announce,
        }),
        _ => Err(AppError::internal("validated event fields missing")),
    }
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
