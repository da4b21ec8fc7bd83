//! Event use cases, shared by the JSON API and the HTML pages.
//!
//! Every change to seats runs in one write transaction that starts by locking the event row
//! (`events::lock`): the guarded seat update, the waitlist, promotion, and the "you're in"
//! emails for promoted people all commit together or not at all.

use chrono::{Duration, NaiveDateTime};
use muster_core::{
    Timestamp,
    account::Timezone,
    event::{
        self, Address, Attendance, CancelReason, CommentText, Directions, EventStatus, EventTitle,
        RsvpAnswer, RsvpQuestion, RsvpResponse, RsvpStatus, RsvpWindow, Schedule, SpeakerName,
        TalkAbstract, TalkTitle, VenueName, WindowEnd,
    },
    group::{Coordinates, Description, WebUrl},
    id::{CommentId, EventId, SeriesId, TalkId, UserId, VenueId},
    markdown,
    policy::Action,
    recurrence::Recurrence,
};
use muster_db::{
    DbConnection, DbError, audit,
    events::{self, EventChanges, EventRow, NewVenue, VenueRow},
    groups::{self, GroupRow},
    memberships, rate_limits,
    rsvps::{self, Changed, Refusal, Target, Unanswered},
    series::{self, SeriesRow, SeriesTemplate},
    talks::{self, CommentRow, TalkChanges, TalkRow},
};

use super::{EventAccess, local};
use crate::{
    account::service::Fields, error::AppError, groups::GroupAccess, limits, notices::Notices,
    state::AppState,
};

// ----------------------------------------------------------------------------- input

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

const MAX_HOURS_BEFORE: i64 = 24 * 365;

fn window_value(
    f: &mut Fields,
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
    let mut f = Fields::default();
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
fn default_host(state: &mut EventState, access: &GroupAccess) -> Result<(), AppError> {
    if state.hosts.is_empty() && access.active_membership().is_ok() {
        state.hosts.push(access.user()?.id);
    }
    Ok(())
}

/// Whether every one of `users` is an active member of `group` (one query): hosts, speakers
/// and people an organizer adds must be.
fn all_active_members(
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
fn check_hosts(
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
fn check_participation(group: &GroupAccess) -> Result<(), AppError> {
    group.check(Action::Participate)?;
    if group.needs_conduct() {
        return Err(AppError::conflict(
            "conduct_not_accepted",
            format!(
                "Please read and accept the group's current code of conduct (version {}) first.",
                group.group.conduct_version
            ),
        ));
    }
    Ok(())
}

fn daily_event_limit(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
) -> Result<(), AppError> {
    let bucket = format!("events:user:{user}");
    rate_limits::hit(conn, &bucket, limits::EVENTS_PER_DAY, now)?
        .map_err(|wait| AppError::too_many_requests(wait).with_code("daily_limit"))
}

// ----------------------------------------------------------------------------- promotion mail

/// Withdraws a person from the group's upcoming events (they left, were removed or banned),
/// promoting each waitlist and telling the promoted. Call inside the writing transaction.
pub(crate) fn withdraw_member(
    conn: &mut DbConnection,
    notices: &Notices,
    group: &GroupRow,
    user: UserId,
    now: Timestamp,
) -> Result<(), DbError> {
    let email = muster_db::users::find(conn, user)?.map(|u| u.email);
    for (event, promoted) in rsvps::withdraw_from_group(conn, group.id, user, now)? {
        notices.promotions(conn, &event, group, &promoted, Some(user), now)?;
        if let Some(email) = &email {
            crate::notices::drop_personal(conn, &event, email, now)?;
        }
    }
    Ok(())
}

// ----------------------------------------------------------------------------- create & edit

fn new_row(
    state: &EventState,
    group: &GroupRow,
    creator: UserId,
    draft: bool,
    now: Timestamp,
) -> EventRow {
    EventRow {
        id: EventId::new(),
        group_id: group.id,
        series_id: None,
        occurrence_key: None,
        title: state.title.to_string(),
        description: state.description.to_string(),
        description_html: markdown::to_safe_html(state.description.as_str()),
        starts_at: state.schedule.starts_at,
        ends_at: state.schedule.ends_at,
        timezone: state.timezone.name().to_owned(),
        venue_id: None,
        online_url: state.online_url.clone(),
        capacity: state.capacity,
        seats_taken: 0,
        guest_limit: state.guest_limit,
        rsvp_opens_at: state.window.opens_at,
        rsvp_closes_at: state.window.closes_at,
        rsvps_closed: state.rsvps_closed,
        rsvp_question: state.rsvp_question.to_string(),
        status: if draft {
            EventStatus::Draft
        } else {
            EventStatus::Published
        }
        .as_str()
        .to_owned(),
        cancel_reason: String::new(),
        sequence: 0,
        previous_starts_at: None,
        announce: state.announce,
        reminders_enabled: state.reminders_enabled,
        created_by: Some(creator),
        published_at: (!draft).then_some(now),
        created_at: now,
        updated_at: now,
        announced_at: None,
    }
}

/// Schedules an event (published unless `draft`).
pub async fn create(
    state: &AppState,
    access: &GroupAccess,
    input: &EventFields,
    draft: bool,
) -> Result<EventRow, AppError> {
    access.check(Action::Use(muster_core::roles::Capability::ManageEvents))?;
    let now = state.now();
    let mut valid = validate(input, &access.group, None, now)?;
    default_host(&mut valid, access)?;
    let creator = access.user()?.id;
    let group = access.group.clone();
    let mut row = new_row(&valid, &group, creator, draft, now);
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            daily_event_limit(c, creator, now)?;
            check_hosts(c, &group, &valid.hosts)?;
            if let Some(venue) = &valid.venue {
                row.venue_id = Some(events::venue_for(c, group.id, venue, now)?);
            }
            events::insert(c, &row)?;
            events::set_hosts(c, row.id, &valid.hosts)?;
            events::refresh_group_dates(c, group.id, now)?;
            audit::record(
                c,
                group.id,
                Some(creator),
                if draft {
                    "event_drafted"
                } else {
                    "event_created"
                },
                None,
                &row.title,
                now,
            )?;
            if !draft && row.announce && notices.announce(c, &row, &group, now)?.is_some() {
                row.announced_at = Some(now);
            }
            Ok(row)
        })
        .await
}

/// Which events an edit or a cancellation applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// This event only.
    #[default]
    This,
    /// This one and the later ones of its series (and the series' future occurrences).
    Following,
}

impl Scope {
    pub fn parse(text: Option<&str>) -> Result<Scope, AppError> {
        match text.map(str::trim) {
            None | Some("" | "this") => Ok(Scope::This),
            Some("following") => Ok(Scope::Following),
            Some(_) => Err(AppError::invalid_field(
                "scope",
                "Choose this (this event) or following (this and later events of the series)."
                    .to_owned(),
            )),
        }
    }
}

/// How an edit treats a capacity below the seats already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overflow {
    /// Refuse, naming the seats taken.
    #[default]
    Refuse,
    /// Move the latest RSVPs to the front of the waitlist until the rest fit.
    Waitlist,
}

/// Applies `state` to a locked `event` whose hosts are `hosts` (read under the lock): the
/// write, the venue, hosts, sequence, the window moving with the start, capacity changes and
/// promotion. `window_explicit` says whether the window was changed on purpose (else it moves
/// with the start). Returns the event as written, its seat counter included.
#[allow(clippy::too_many_arguments)]
fn write_state(
    conn: &mut DbConnection,
    group: &GroupRow,
    event: &EventRow,
    hosts: &[UserId],
    state: &EventState,
    window_explicit: bool,
    overflow: Overflow,
    actor: UserId,
    notices: &Notices,
    now: Timestamp,
) -> Result<EventRow, AppError> {
    // Hosts already shown keep their place even if they have left the group since; new ones
    // must be members.
    let added: Vec<UserId> = state
        .hosts
        .iter()
        .copied()
        .filter(|h| !hosts.contains(h))
        .collect();
    check_hosts(conn, group, &added)?;
    let venue_id = match &state.venue {
        Some(v) => Some(events::venue_for(conn, group.id, v, now)?),
        None => None,
    };
    // The locked row's counter is current; only the changes below move it.
    let mut seats_taken = event.seats_taken;
    if let Some(capacity) = state.capacity
        && capacity < event.seats_taken
    {
        match overflow {
            Overflow::Refuse => {
                let taken = event.seats_taken;
                return Err(AppError::invalid_field(
                    "capacity",
                    format!(
                        "{taken} seats are taken. Choose at least {taken}, or choose to move \
                             the latest RSVPs to the waitlist (capacity_overflow: \"waitlist\")."
                    ),
                ));
            }
            Overflow::Waitlist => {
                let (moved, taken) =
                    rsvps::make_room_for_capacity(conn, event.id, seats_taken, capacity, now)?;
                seats_taken = taken;
                tracing::info!(event = %event.id, moved = moved.len(), "capacity lowered; RSVPs moved to the waitlist");
            }
        }
    }
    let moved_by = state.schedule.starts_at - event.starts_at;
    let window = if window_explicit || moved_by.is_zero() {
        state.window
    } else {
        event.window().shifted(moved_by)
    };
    let mut changes = EventChanges::of(event);
    changes.title = state.title.to_string();
    changes.description = state.description.to_string();
    changes.description_html = markdown::to_safe_html(state.description.as_str());
    changes.starts_at = state.schedule.starts_at;
    changes.ends_at = state.schedule.ends_at;
    changes.timezone = state.timezone.name().to_owned();
    changes.venue_id = venue_id;
    changes.online_url.clone_from(&state.online_url);
    changes.capacity = state.capacity;
    changes.guest_limit = state.guest_limit;
    changes.rsvp_opens_at = window.opens_at;
    changes.rsvp_closes_at = window.closes_at;
    changes.rsvps_closed = state.rsvps_closed;
    changes.rsvp_question = state.rsvp_question.to_string();
    changes.reminders_enabled = state.reminders_enabled;
    changes.announce = state.announce;
    changes.updated_at = now;
    let time_or_place_changed = changes.starts_at != event.starts_at
        || changes.ends_at != event.ends_at
        || changes.venue_id != event.venue_id
        || changes.online_url != event.online_url;
    if time_or_place_changed {
        changes.sequence = event.sequence + 1;
    }
    if changes.starts_at != event.starts_at {
        changes.previous_starts_at = Some(event.starts_at);
    }
    events::update(conn, event.id, &changes)?;
    events::set_hosts(conn, event.id, &state.hosts)?;
    let mut updated = event.clone();
    changes.apply_to(&mut updated);
    updated.seats_taken = seats_taken;
    if updated.facts().promotes(now) {
        let (promoted, taken) = rsvps::promote(conn, event.id, updated.capacity, seats_taken, now)?;
        updated.seats_taken = taken;
        notices.promotions(conn, &updated, group, &promoted, None, now)?;
    }
    if time_or_place_changed {
        notices.changed(
            conn,
            &updated,
            group,
            updated.starts_at != event.starts_at,
            now,
        )?;
        audit::record(
            conn,
            group.id,
            Some(actor),
            "event_changed",
            None,
            &updated.title,
            now,
        )?;
    }
    Ok(updated)
}

/// Edits an event (and, with [`Scope::Following`], the later events of its series: the fields
/// that changed are applied to each, a new time of day moves each on its own date).
///
/// `edit` lays the caller's changes over the event's current fields, read with the event
/// locked: concurrent edits of different fields each keep the other's. Returns the event as
/// written.
pub async fn update<F>(
    state: &AppState,
    access: &EventAccess,
    edit: F,
    overflow: Overflow,
    scope: Scope,
) -> Result<EventRow, AppError>
where
    F: FnOnce(&EventFields) -> Result<EventFields, AppError> + Send + 'static,
{
    access.check_manage()?;
    if access.event.status() == EventStatus::Cancelled {
        return Err(AppError::conflict(
            "event_cancelled",
            "This event was cancelled; it can no longer be edited.",
        ));
    }
    let now = state.now();
    let group = access.group.group.clone();
    let actor = access.group.user()?.id;
    let id = access.event.id;
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            // Group first, then events: the order membership changes take their locks in.
            groups::lock(c, group.id)?;
            let Some(event) = events::lock(c, id)? else {
                return Err(AppError::not_found());
            };
            if event.status() == EventStatus::Cancelled {
                return Err(AppError::conflict(
                    "event_cancelled",
                    "This event was cancelled; it can no longer be edited.",
                ));
            }
            let venue = match event.venue_id {
                Some(v) => events::find_venue(c, v)?,
                None => None,
            };
            let hosts = events::host_ids(c, id)?;
            let before = EventFields::of(&event, venue.as_ref(), &hosts);
            let mut input = edit(&before)?;
            let window_explicit =
                input.rsvp_opens != before.rsvp_opens || input.rsvp_closes != before.rsvp_closes;
            if !window_explicit {
                // An RSVP window nobody touched moves with the start: check it where it goes.
                let probe = EventFields {
                    rsvp_opens: WindowInput::Unset,
                    rsvp_closes: WindowInput::Unset,
                    ..input.clone()
                };
                if let Ok(moved) = validate(&probe, &group, Some(&event), now) {
                    let window = event
                        .window()
                        .shifted(moved.schedule.starts_at - event.starts_at);
                    let at = |t: Option<Timestamp>| {
                        t.map_or(WindowInput::Unset, |t| {
                            WindowInput::At(super::rfc3339_in(t, moved.timezone))
                        })
                    };
                    input.rsvp_opens = at(window.opens_at);
                    input.rsvp_closes = at(window.closes_at);
                }
            }
            let new_state = validate(&input, &group, Some(&event), now)?;
            let old_state = validate(&before, &group, Some(&event), now)?;
            let following = match (scope, event.series_id) {
                (Scope::Following, Some(series)) => {
                    same_day(&old_state, &new_state)?;
                    Some(series)
                }
                _ => None,
            };
            // The window is already where it belongs (moved above, or as given).
            let updated = write_state(
                c, &group, &event, &hosts, &new_state, true, overflow, actor, &notices, now,
            )?;
            if let Some(series) = following {
                apply_to_following(
                    c, &group, series, &event, &old_state, &new_state, overflow, actor, &notices,
                    now,
                )?;
            }
            events::refresh_group_dates(c, group.id, now)?;
            Ok(updated)
        })
        .await
}

/// "This and following" may change the time of day, not the date.
fn same_day(old: &EventState, new: &EventState) -> Result<(), AppError> {
    let day = |s: &EventState| local(s.schedule.starts_at, s.timezone).date_naive();
    if day(old) != day(new) || old.timezone != new.timezone {
        return Err(AppError::invalid_field(
            "starts_at",
            "For this and following events only the time of day can change. To move the \
                 dates, end the series and start a new one."
                .to_owned(),
        ));
    }
    Ok(())
}

/// Lays the changes between `old` and `new` over each later event of the series, and over the
/// series' template so future occurrences get them too.
#[allow(clippy::too_many_arguments)]
fn apply_to_following(
    conn: &mut DbConnection,
    group: &GroupRow,
    series_id: SeriesId,
    this: &EventRow,
    old: &EventState,
    new: &EventState,
    overflow: Overflow,
    actor: UserId,
    notices: &Notices,
    now: Timestamp,
) -> Result<(), AppError> {
    let new_time = local(new.schedule.starts_at, new.timezone).time();
    let new_duration = new.schedule.duration();
    let relative = |t: Option<Timestamp>| t.map(|t| new.schedule.starts_at - t);
    let (opens_before, closes_before) = (
        relative(new.window.opens_at),
        relative(new.window.closes_at),
    );
    let window_changed = old.window != new.window;
    // A new venue replaces each one's, which need not be read then; the ones kept are read
    // once each (occurrences mostly share one).
    let venue_changed = old.venue != new.venue;
    let mut venues: Vec<(VenueId, Option<VenueRow>)> = Vec::new();
    for other in
        events::following_in_series(conn, series_id, this.starts_at + Duration::seconds(1))?
    {
        if other.id == this.id {
            continue;
        }
        let Some(other) = events::lock(conn, other.id)? else {
            continue;
        };
        let venue = match other.venue_id {
            Some(v) if !venue_changed => match venues.iter().find(|(id, _)| *id == v) {
                Some((_, row)) => row.clone(),
                None => {
                    let row = events::find_venue(conn, v)?;
                    venues.push((v, row.clone()));
                    row
                }
            },
            _ => None,
        };
        let hosts = events::host_ids(conn, other.id)?;
        let fields = EventFields::of(&other, venue.as_ref(), &hosts);
        let Ok(mut target) = validate(&fields, group, Some(&other), now) else {
            continue;
        };
        macro_rules! carry {
            ($($field:ident),*) => {$(
                if old.$field != new.$field {
                    target.$field = new.$field.clone();
                }
            )*};
        }
        carry!(
            title,
            description,
            venue,
            online_url,
            capacity,
            guest_limit,
            rsvp_question,
            hosts,
            rsvps_closed,
            reminders_enabled,
            announce
        );
        if old.schedule != new.schedule {
            let date = local(other.starts_at, target.timezone).date_naive();
            if let Some(start) = muster_core::recurrence::resolve_local(
                target.timezone.tz(),
                date.and_time(new_time),
            ) {
                let starts_at = Timestamp::from(start.with_timezone(&chrono::Utc));
                target.schedule = Schedule {
                    starts_at,
                    ends_at: starts_at + new_duration,
                };
            }
        }
        if window_changed {
            target.window = RsvpWindow {
                opens_at: opens_before.map(|d| target.schedule.starts_at - d),
                closes_at: closes_before.map(|d| target.schedule.starts_at - d),
            };
        }
        write_state(
            conn,
            group,
            &other,
            &hosts,
            &target,
            window_changed,
            overflow,
            actor,
            notices,
            now,
        )
        .map_err(|mut e| {
            // Say which meetup of the series could not take the change.
            let day = super::short_date(other.starts_at, other.timezone(), now);
            for message in e.fields.values_mut() {
                *message = format!("The meetup on {day}: {message}");
            }
            e
        })?;
    }
    // Future occurrences follow the template — changed in the fields that changed here, and
    // only those (this meetup's own earlier changes stay its own).
    if let Some(series) = series::find(conn, series_id)? {
        let mut template = series.template();
        if old.title != new.title {
            template.title = new.title.to_string();
        }
        if old.description != new.description {
            template.description = new.description.to_string();
            template.description_html = markdown::to_safe_html(new.description.as_str());
        }
        if old.venue != new.venue {
            template.venue_id = match &new.venue {
                Some(v) => Some(events::venue_for(conn, group.id, v, now)?),
                None => None,
            };
        }
        if old.online_url != new.online_url {
            template.online_url.clone_from(&new.online_url);
        }
        if old.capacity != new.capacity {
            template.capacity = new.capacity;
        }
        if old.guest_limit != new.guest_limit {
            template.guest_limit = new.guest_limit;
        }
        if old.rsvp_question != new.rsvp_question {
            template.rsvp_question = new.rsvp_question.to_string();
        }
        if old.hosts != new.hosts {
            template.hosts.clone_from(&new.hosts);
        }
        if old.reminders_enabled != new.reminders_enabled {
            template.reminders_enabled = new.reminders_enabled;
        }
        if old.announce != new.announce {
            template.announce = new.announce;
        }
        if window_changed {
            template.rsvp_opens_minutes_before = opens_before.map(|d| d.num_minutes());
            template.rsvp_closes_minutes_before = closes_before.map(|d| d.num_minutes());
        }
        let (mut first_local, mut minutes) = (series.first_local(), series.duration_minutes);
        if old.schedule != new.schedule {
            first_local = first_local.map(|f| f.date().and_time(new_time));
            minutes = i32::try_from(new_duration.num_minutes()).unwrap_or(minutes);
        }
        let first_local = first_local
            .unwrap_or_else(|| local(new.schedule.starts_at, new.timezone).naive_local());
        series::update_template(conn, series_id, &template, first_local, minutes, now)?;
    }
    Ok(())
}

/// Publishes a draft (its start must still be ahead).
pub async fn publish(state: &AppState, access: &EventAccess) -> Result<EventRow, AppError> {
    access.check_manage()?;
    let now = state.now();
    if access.event.status() != EventStatus::Draft {
        return Err(AppError::conflict(
            "not_a_draft",
            "Only drafts can be published; this event is already published or cancelled.",
        ));
    }
    if access.event.starts_at <= now {
        return Err(AppError::invalid_field(
            "starts_at",
            "The start is in the past: move the event before publishing it.".to_owned(),
        ));
    }
    let (id, group_row, actor) = (
        access.event.id,
        access.group.group.clone(),
        access.group.user()?.id,
    );
    let group = group_row.id;
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            groups::lock(c, group)?;
            let Some(mut event) = events::publish(c, id, now)? else {
                return Err(AppError::conflict(
                    "not_a_draft",
                    "This event is not a draft.",
                ));
            };
            events::refresh_group_dates(c, group, now)?;
            audit::record(
                c,
                group,
                Some(actor),
                "event_published",
                None,
                &event.title,
                now,
            )?;
            if event.announce && notices.announce(c, &event, &group_row, now)?.is_some() {
                event.announced_at = Some(now);
            }
            Ok(event)
        })
        .await
}

/// Cancels an event, keeping it visible with the reason; with [`Scope::Following`], also the
/// later events of its series, and ends the series. Returns the event as cancelled.
pub async fn cancel(
    state: &AppState,
    access: &EventAccess,
    reason: &str,
    scope: Scope,
) -> Result<EventRow, AppError> {
    access.check_manage()?;
    let reason = CancelReason::parse(reason).map_err(|e| AppError::invalid_field("reason", e.0))?;
    if access.event.status() == EventStatus::Cancelled {
        return Err(AppError::conflict(
            "event_cancelled",
            "This event is already cancelled.",
        ));
    }
    if access.event.status() == EventStatus::Draft {
        return Err(AppError::conflict(
            "draft",
            "Drafts are deleted, not cancelled.",
        ));
    }
    let now = state.now();
    if access.event.ends_at <= now {
        return Err(AppError::conflict(
            "event_over",
            "This event is over; it can no longer be cancelled.",
        ));
    }
    let event = access.event.clone();
    let (group_row, actor) = (access.group.group.clone(), access.group.user()?.id);
    let group = group_row.id;
    let notices = state.notices.clone();
    state
        .db
        .write(move |c| {
            groups::lock(c, group)?;
            let mut cancelled = None;
            let mut ids = vec![event.id];
            if let (Scope::Following, Some(series)) = (scope, event.series_id) {
                ids.extend(
                    events::following_in_series(c, series, event.starts_at)?
                        .into_iter()
                        .map(|e| e.id)
                        .filter(|id| *id != event.id),
                );
                series::end(c, series, now)?;
            }
            for id in ids {
                let locked = events::lock(c, id)?;
                // Cancelled meanwhile: it stays as it was.
                let newly = events::cancel(c, id, reason.as_str(), now)?;
                if let Some(row) = &newly {
                    notices.cancelled(c, row, &group_row, now)?;
                }
                let row = newly.or(locked);
                if id == event.id {
                    cancelled = row;
                }
            }
            events::refresh_group_dates(c, group, now)?;
            audit::record(
                c,
                group,
                Some(actor),
                "event_cancelled",
                None,
                &event.title,
                now,
            )?;
            Ok(cancelled)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// Deletes a draft.
pub async fn delete_draft(state: &AppState, access: &EventAccess) -> Result<(), AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Draft {
        return Err(AppError::conflict(
            "not_a_draft",
            "Published events are cancelled, not deleted, so members can see what happened.",
        ));
    }
    let id = access.event.id;
    let deleted = state.db.write(move |c| events::delete_draft(c, id)).await?;
    if !deleted {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// Closes (or reopens) RSVPs ahead of the closing time.
pub async fn set_rsvps_closed(
    state: &AppState,
    access: &EventAccess,
    closed: bool,
) -> Result<(), AppError> {
    access.check_manage()?;
    let (id, now) = (access.event.id, state.now());
    state
        .db
        .write(move |c| events::set_rsvps_closed(c, id, closed, now))
        .await?;
    Ok(())
}

// ----------------------------------------------------------------------------- RSVPs

/// What an RSVP answer led to.
#[derive(Debug, Clone)]
pub struct RsvpOutcome {
    pub status: RsvpStatus,
    pub guests: i32,
    pub answer: String,
    /// 1-based place on the waitlist.
    pub waitlist_position: Option<i64>,
}

impl From<&Changed> for RsvpOutcome {
    fn from(changed: &Changed) -> Self {
        RsvpOutcome {
            status: changed.rsvp.status(),
            guests: changed.rsvp.guests,
            answer: changed.rsvp.answer.clone(),
            waitlist_position: changed.waitlist_rank,
        }
    }
}

fn refusal_error(refusal: event::RsvpRefusal, tz: Timezone) -> AppError {
    AppError::conflict(refusal.code(), refusal.message(tz))
}

fn seats_error(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotEnoughSeats { free: 0 } => {
            AppError::conflict("event_full", "There are no free seats left.")
        }
        Refusal::NotEnoughSeats { free } => AppError::conflict(
            "not_enough_seats",
            format!(
                "Only {free} seat{} left: bring fewer guests, or answer again without guests.",
                if free == 1 { " is" } else { "s are" }
            ),
        ),
        Refusal::Stale => AppError::conflict(
            "changed_meanwhile",
            "That RSVP changed meanwhile. Reload the page and try again.",
        ),
    }
}

/// Why one attempt at an answer did not commit.
enum Retry {
    /// The person's RSVP changed between reading and writing it: try again.
    Stale,
    Failed(AppError),
}

impl<E: Into<AppError>> From<E> for Retry {
    fn from(error: E) -> Self {
        Retry::Failed(error.into())
    }
}

/// The caller answers "are you coming?". Members only, with the current code of conduct
/// accepted; a "yes" on a full event joins the waitlist. Idempotent.
pub async fn rsvp(
    state: &AppState,
    access: &EventAccess,
    response: &str,
    guests: Option<i64>,
    answer: Option<&str>,
) -> Result<RsvpOutcome, AppError> {
    check_participation(&access.group)?;
    let mut f = Fields::default();
    let response = f.check("response", RsvpResponse::parse(response));
    let guests = f.check(
        "guests",
        event::guests(guests.unwrap_or(0), access.event.guest_limit),
    );
    let answer = match answer {
        Some(text) => f
            .check("answer", RsvpAnswer::parse(text))
            .map(|a| Some(a.to_string())),
        None => Some(None),
    };
    f.finish()?;
    let (Some(response), Some(guests), Some(answer)) = (response, guests, answer) else {
        return Err(AppError::internal("validated RSVP missing"));
    };
    // No question, no answer: nothing stored that organizers did not ask for.
    let answer = if access.event.rsvp_question.is_empty() {
        Some(String::new())
    } else {
        answer
    };
    let now = state.now();
    let (id, user, group) = (
        access.event.id,
        access.group.user()?.id,
        access.group.group.clone(),
    );
    let target = match response {
        RsvpResponse::Yes => Target::Going {
            guests,
            answer,
            or_wait: true,
        },
        RsvpResponse::No => Target::NotGoing,
    };
    // The person's own RSVP is read before the event is locked (a short lock is what makes
    // one popular event fast); if a second request of theirs committed in between, the
    // answer is rolled back and made again.
    for _ in 0..3 {
        let (target, group, notices) = (target.clone(), group.clone(), state.notices.clone());
        let outcome = state
            .db
            .transaction(move |c| {
                let admit = |event: &EventRow| {
                    let facts = event.facts();
                    match response {
                        RsvpResponse::Yes => facts.may_say_yes(now),
                        RsvpResponse::No => facts.may_say_no(now),
                    }
                    .map_err(|refusal| refusal_error(refusal, event.timezone()))
                };
                match rsvps::answer(c, id, user, target, now, admit)? {
                    Ok((event, changed)) => {
                        notices.answered(c, &event, &group, user, &changed, now)?;
                        Ok(RsvpOutcome::from(&changed))
                    }
                    Err(Unanswered::Missing) => Err(AppError::not_found().into()),
                    Err(Unanswered::NotAdmitted(error)) => Err(error.into()),
                    Err(Unanswered::Refused(Refusal::Stale)) => Err(Retry::Stale),
                    Err(Unanswered::Refused(refusal)) => Err(seats_error(refusal).into()),
                }
            })
            .await;
        match outcome {
            Ok(answered) => return Ok(answered),
            Err(Retry::Failed(error)) => return Err(error),
            Err(Retry::Stale) => continue,
        }
    }
    Err(seats_error(Refusal::Stale))
}

/// An organizer moves someone between going, the waitlist and not going, or adds a member.
/// "Going" needs free seats (capacity is never exceeded); the waitlist is joined at the back.
pub async fn manage_rsvp(
    state: &AppState,
    access: &EventAccess,
    user: &str,
    status: &str,
    guests: Option<i64>,
) -> Result<RsvpOutcome, AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Published {
        return Err(AppError::conflict(
            "event_not_open",
            "RSVPs can only be managed for published events.",
        ));
    }
    let user = UserId::parse(user).map_err(|_| AppError::not_found())?;
    let mut f = Fields::default();
    let status = f.check("status", RsvpStatus::parse(status));
    // `None`: keep the person's guests (within the allowance); a number sets them, 0 too.
    let guests = match guests {
        None => Some(None),
        Some(g) => f
            .check("guests", event::guests(g, access.event.guest_limit))
            .map(Some),
    };
    f.finish()?;
    let (Some(status), Some(guests)) = (status, guests) else {
        return Err(AppError::internal("validated RSVP missing"));
    };
    let now = state.now();
    let (id, group) = (access.event.id, access.group.group.clone());
    let actor = access.group.user()?.id;
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            let Some(event) = events::lock(c, id)? else {
                return Err(AppError::not_found());
            };
            let existing = rsvps::find(c, id, user)?;
            let member = all_active_members(c, &group, &[user])?;
            if !member && status != RsvpStatus::NotGoing {
                return Err(AppError::invalid_field(
                    "user_id",
                    "Only members of the group can be added.".to_owned(),
                ));
            }
            if existing.is_none() && !member {
                return Err(AppError::not_found());
            }
            let guests = guests.unwrap_or_else(|| {
                existing
                    .as_ref()
                    .map_or(0, |r| r.guests.min(event.guest_limit))
            });
            let target = match status {
                RsvpStatus::Going => Target::Going {
                    guests,
                    answer: None,
                    or_wait: false,
                },
                RsvpStatus::Waitlisted => Target::Waitlisted { guests },
                RsvpStatus::NotGoing => Target::NotGoing,
            };
            match rsvps::set(c, &event, user, target, now)? {
                Ok(changed) => {
                    // The moved person gets their answer confirmed; the promoted ones hear too.
                    notices.answered(c, &event, &group, user, &changed, now)?;
                    audit::record(
                        c,
                        group.id,
                        Some(actor),
                        "rsvp_changed",
                        Some(user),
                        &format!("{}: {}", event.title, status.as_str()),
                        now,
                    )?;
                    Ok(RsvpOutcome::from(&changed))
                }
                Err(refusal) => Err(seats_error(refusal)),
            }
        })
        .await
}

/// Marks whether someone came.
pub async fn set_attendance(
    state: &AppState,
    access: &EventAccess,
    user: &str,
    attendance: &str,
) -> Result<(), AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Published {
        return Err(AppError::conflict(
            "event_not_open",
            "Attendance is recorded for published events only.",
        ));
    }
    let user = UserId::parse(user).map_err(|_| AppError::not_found())?;
    let attendance =
        Attendance::parse(attendance).map_err(|e| AppError::invalid_field("attendance", e.0))?;
    let (id, now) = (access.event.id, state.now());
    let marked = state
        .db
        .write(move |c| rsvps::set_attendance(c, id, user, attendance, now))
        .await?;
    if !marked {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// The organizers' view of who answered.
#[derive(Debug, Clone)]
pub struct AttendeeList {
    pub attendees: Vec<rsvps::Attendee>,
    /// How often each person did not come to this group's events.
    pub no_shows: Vec<(UserId, i64)>,
}

pub async fn attendees(state: &AppState, access: &EventAccess) -> Result<AttendeeList, AppError> {
    access.check_manage()?;
    let (id, group) = (access.event.id, access.group.group.id);
    state
        .db
        .read(move |c| {
            let attendees = rsvps::attendees(c, id)?;
            let ids: Vec<UserId> = attendees.iter().map(|a| a.rsvp.user_id).collect();
            let no_shows = rsvps::no_show_counts(c, group, &ids)?;
            Ok(AttendeeList {
                attendees,
                no_shows,
            })
        })
        .await
        .map_err(Into::into)
}

// ----------------------------------------------------------------------------- talks

/// A talk as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalkFields {
    pub title: String,
    pub speaker_name: String,
    /// A member's id, when the speaker is one.
    pub speaker_user_id: String,
    pub r#abstract: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    pub standby: bool,
}

impl TalkFields {
    pub fn of(talk: &TalkRow) -> TalkFields {
        TalkFields {
            title: talk.title.clone(),
            speaker_name: talk.speaker_name.clone(),
            speaker_user_id: talk
                .speaker_user_id
                .map(|u| u.to_string())
                .unwrap_or_default(),
            r#abstract: talk.abstract_.clone(),
            slides_url: talk.slides_url.clone(),
            video_url: talk.video_url.clone(),
            lightning: talk.lightning,
            standby: talk.standby,
        }
    }
}

fn validate_talk(input: &TalkFields, now: Timestamp) -> Result<TalkChanges, AppError> {
    let mut f = Fields::default();
    let title = f.check("title", TalkTitle::parse(&input.title));
    let speaker = f.check("speaker_name", SpeakerName::parse(&input.speaker_name));
    let speaker_user = if input.speaker_user_id.trim().is_empty() {
        Some(None)
    } else {
        match UserId::parse(input.speaker_user_id.trim()) {
            Ok(id) => Some(Some(id)),
            Err(_) => {
                f.add("speaker_user_id", "Speakers are given by member id.");
                None
            }
        }
    };
    let summary = f.check("abstract", TalkAbstract::parse(&input.r#abstract));
    let slides = f.check("slides_url", WebUrl::parse_optional(&input.slides_url));
    let video = f.check("video_url", WebUrl::parse_optional(&input.video_url));
    f.finish()?;
    match (title, speaker, speaker_user, summary, slides, video) {
        (
            Some(title),
            Some(speaker),
            Some(speaker_user),
            Some(summary),
            Some(slides),
            Some(video),
        ) => Ok(TalkChanges {
            title: title.to_string(),
            speaker_name: speaker.to_string(),
            speaker_user_id: speaker_user,
            abstract_: summary.to_string(),
            abstract_html: markdown::to_safe_html(summary.as_str()),
            slides_url: slides.map(|u| u.as_str().to_owned()).unwrap_or_default(),
            video_url: video.map(|u| u.as_str().to_owned()).unwrap_or_default(),
            lightning: input.lightning,
            standby: input.standby,
            updated_at: now,
        }),
        _ => Err(AppError::internal("validated talk missing")),
    }
}

fn check_speaker(
    conn: &mut DbConnection,
    group: &GroupRow,
    changes: &TalkChanges,
) -> Result<(), AppError> {
    if let Some(user) = changes.speaker_user_id
        && !all_active_members(conn, group, &[user])?
    {
        return Err(AppError::invalid_field(
            "speaker_user_id",
            "The speaker must be a member of the group (or give just a name).",
        ));
    }
    Ok(())
}

pub async fn add_talk(
    state: &AppState,
    access: &EventAccess,
    input: &TalkFields,
) -> Result<TalkRow, AppError> {
    access.check_manage()?;
    let now = state.now();
    let changes = validate_talk(input, now)?;
    let (event, group) = (access.event.id, access.group.group.clone());
    state
        .db
        .transaction(move |c| {
            if talks::count(c, event)? >= talks::MAX_TALKS {
                return Err(AppError::conflict(
                    "too_many_talks",
                    "An agenda can have at most 50 talks.",
                ));
            }
            check_speaker(c, &group, &changes)?;
            let row = TalkRow {
                id: TalkId::new(),
                event_id: event,
                position: 0,
                title: changes.title,
                speaker_name: changes.speaker_name,
                speaker_user_id: changes.speaker_user_id,
                abstract_: changes.abstract_,
                abstract_html: changes.abstract_html,
                slides_url: changes.slides_url,
                video_url: changes.video_url,
                lightning: changes.lightning,
                standby: changes.standby,
                created_at: now,
                updated_at: now,
            };
            Ok(talks::append(c, row)?)
        })
        .await
}

/// Changes a talk: `edit` lays the changes over the talk as it stands in the writing
/// transaction. Returns the talk as saved.
pub async fn update_talk<F>(
    state: &AppState,
    access: &EventAccess,
    talk: &str,
    edit: F,
) -> Result<TalkRow, AppError>
where
    F: FnOnce(TalkFields) -> TalkFields + Send + 'static,
{
    access.check_manage()?;
    let talk = TalkId::parse(talk).map_err(|_| AppError::not_found())?;
    let (event, group, now) = (access.event.id, access.group.group.clone(), state.now());
    state
        .db
        .transaction(move |c| {
            let Some(mut current) = talks::find(c, event, talk)? else {
                return Err(AppError::not_found());
            };
            let changes = validate_talk(&edit(TalkFields::of(&current)), now)?;
            // A speaker who has left the group stays on a talk nobody re-assigns.
            if changes.speaker_user_id != current.speaker_user_id {
                check_speaker(c, &group, &changes)?;
            }
            talks::update(c, event, talk, &changes)?;
            changes.apply_to(&mut current);
            Ok(current)
        })
        .await
}

pub async fn delete_talk(
    state: &AppState,
    access: &EventAccess,
    talk: &str,
) -> Result<(), AppError> {
    access.check_manage()?;
    let talk = TalkId::parse(talk).map_err(|_| AppError::not_found())?;
    let event = access.event.id;
    if state
        .db
        .write(move |c| talks::delete(c, event, talk))
        .await?
    {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

/// Reorders the agenda: `order` lists every talk of the event once.
pub async fn reorder_talks(
    state: &AppState,
    access: &EventAccess,
    order: &[String],
) -> Result<(), AppError> {
    access.check_manage()?;
    let ids: Result<Vec<TalkId>, _> = order.iter().map(|t| TalkId::parse(t)).collect();
    let ids = ids.map_err(|_| AppError::invalid_field("order", "Give the talks' ids."))?;
    let (event, now) = (access.event.id, state.now());
    let done = state
        .db
        .write(move |c| talks::reorder(c, event, &ids, now))
        .await?;
    if !done {
        return Err(AppError::invalid_field(
            "order",
            "List every talk of the agenda exactly once.".to_owned(),
        ));
    }
    Ok(())
}

// ----------------------------------------------------------------------------- comments

/// Comments shown on an event page.
pub const COMMENTS_SHOWN: i64 = 500;

pub async fn add_comment(
    state: &AppState,
    access: &EventAccess,
    body: &str,
) -> Result<CommentRow, AppError> {
    check_participation(&access.group)?;
    let body = CommentText::parse(body).map_err(|e| AppError::invalid_field("body", e.0))?;
    let now = state.now();
    let user = access.group.user()?.id;
    let row = CommentRow {
        id: CommentId::new(),
        event_id: access.event.id,
        user_id: Some(user),
        body: body.to_string(),
        created_at: now,
        removed_at: None,
        removed_by: None,
    };
    state
        .db
        .transaction(move |c| {
            let bucket = format!("comments:user:{user}");
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::COMMENTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
            }
            talks::add_comment(c, &row)?;
            Ok(row)
        })
        .await
}

/// Removes a comment: its author, or an organizer (recorded in the audit log).
pub async fn remove_comment(
    state: &AppState,
    access: &EventAccess,
    comment: &str,
) -> Result<(), AppError> {
    let comment = CommentId::parse(comment).map_err(|_| AppError::not_found())?;
    let user = access.group.user()?.id;
    let organizer = access.can_manage();
    let (event, group, now) = (access.event.id, access.group.group.id, state.now());
    state
        .db
        .transaction(move |c| {
            let Some(row) = talks::find_comment(c, event, comment)? else {
                return Err(AppError::not_found());
            };
            let own = row.user_id == Some(user);
            if !own && !organizer {
                return Err(AppError::forbidden(
                    "Only the author or the group's organizers can remove a comment.",
                ));
            }
            // Removing a removed comment changes nothing (and is not audited twice).
            if !talks::remove_comment(c, event, comment, user, now)? {
                return Ok(());
            }
            if !own {
                audit::record(
                    c,
                    group,
                    Some(user),
                    "comment_removed",
                    row.user_id,
                    "",
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

// ----------------------------------------------------------------------------- series

/// Starts a recurring series: `input` describes the first occurrence (its start must match the
/// rule); occurrences for the next 90 days are created at once, later ones by the scheduler.
pub async fn create_series(
    state: &AppState,
    access: &GroupAccess,
    input: &EventFields,
    recurrence: Recurrence,
) -> Result<(SeriesRow, Vec<EventRow>), AppError> {
    access.check(Action::Use(muster_core::roles::Capability::ManageEvents))?;
    let now = state.now();
    let mut valid = validate(input, &access.group, None, now)?;
    default_host(&mut valid, access)?;
    let tz = valid.timezone;
    let first_local: NaiveDateTime = local(valid.schedule.starts_at, tz).naive_local();
    // The first date must fit the rule ("a third Wednesday").
    recurrence
        .occurrences(first_local, tz.tz(), now, now + Duration::seconds(1), 1)
        .map_err(|e| AppError::invalid_field("recurrence", e.0))?;
    let minutes = |t: Option<Timestamp>| t.map(|t| (valid.schedule.starts_at - t).num_minutes());
    let creator = access.user()?.id;
    let group = access.group.clone();
    let duration = i32::try_from(valid.schedule.duration().num_minutes())
        .map_err(|_| AppError::internal("duration out of range"))?;
    let mut template = SeriesTemplate {
        title: valid.title.to_string(),
        description: valid.description.to_string(),
        description_html: markdown::to_safe_html(valid.description.as_str()),
        venue_id: None,
        online_url: valid.online_url.clone(),
        capacity: valid.capacity,
        guest_limit: valid.guest_limit,
        rsvp_opens_minutes_before: minutes(valid.window.opens_at),
        rsvp_closes_minutes_before: minutes(valid.window.closes_at),
        rsvp_question: valid.rsvp_question.to_string(),
        announce: valid.announce,
        reminders_enabled: valid.reminders_enabled,
        hosts: valid.hosts.clone(),
    };
    state
        .db
        .transaction(move |c| {
            daily_event_limit(c, creator, now)?;
            check_hosts(c, &group, &valid.hosts)?;
            if let Some(venue) = &valid.venue {
                template.venue_id = Some(events::venue_for(c, group.id, venue, now)?);
            }
            let row = SeriesRow {
                id: SeriesId::new(),
                group_id: group.id,
                rrule: recurrence.to_rrule(tz.tz()),
                timezone: tz.name().to_owned(),
                first_local: first_local.format(series::LOCAL_FORMAT).to_string(),
                duration_minutes: duration,
                template: template.to_json(),
                generated_until: None,
                ended_at: None,
                created_by: Some(creator),
                created_at: now,
                updated_at: now,
            };
            series::insert(c, &row)?;
            series::materialize(c, &row, now)?;
            // A new series' events are the ones just created, in order.
            let list = events::in_series(c, row.id)?;
            audit::record(
                c,
                group.id,
                Some(creator),
                "series_created",
                None,
                &format!("{}: {}", row_title(&list, &template), recurrence.describe()),
                now,
            )?;
            let row = series::find(c, row.id)?.unwrap_or(row);
            Ok((row, list))
        })
        .await
}

fn row_title(list: &[EventRow], template: &SeriesTemplate) -> String {
    list.first()
        .map_or_else(|| template.title.clone(), |e| e.title.clone())
}

/// A series with its events (upcoming first).
pub async fn series_view(
    state: &AppState,
    access: &GroupAccess,
    id: &str,
) -> Result<(SeriesRow, Vec<EventRow>), AppError> {
    access.check(Action::View)?;
    let id = SeriesId::parse(id).map_err(|_| AppError::not_found())?;
    let group = access.group.id;
    let manage = access.can(Action::Use(muster_core::roles::Capability::ManageEvents));
    let (row, list) = state
        .db
        .read(move |c| {
            let Some(row) = series::find(c, id)? else {
                return Ok(None);
            };
            let list = events::in_series(c, id)?;
            Ok(Some((row, list)))
        })
        .await?
        .ok_or_else(AppError::not_found)?;
    if row.group_id != group {
        return Err(AppError::not_found());
    }
    let list = list
        .into_iter()
        .filter(|e| manage || e.status() != EventStatus::Draft)
        .collect();
    Ok((row, list))
}
