//! What an organizer enters for an event (the form and the API body), checked in full into an
//! [`EventState`]; and the rules of "this and following" edits of a series: only the time of
//! day may move ([`same_day`]), and each later meetup takes exactly the fields that changed
//! ([`Changed`], [`carry_over`]).

use chrono::{Duration, NaiveTime};

use crate::{
    Timestamp,
    account::Timezone,
    event::{
        self, Address, Directions, EventTitle, RsvpQuestion, RsvpWindow, Schedule, VenueName,
        WindowEnd,
    },
    fields::FieldErrors,
    group::{Coordinates, Description, WebUrl},
    id::UserId,
};

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

/// A checked venue: where the event takes place.
#[derive(Debug, Clone, PartialEq)]
pub struct NewVenue {
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub directions: String,
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

/// The furthest ahead of the start RSVPs may open or close (a year).
pub const MAX_HOURS_BEFORE: i64 = 24 * 365;

/// Where the event is: its zone and times, checked together.
struct When {
    timezone: Timezone,
    schedule: Schedule,
}

/// Checks every field, reporting all problems at once. An empty zone means `default_zone`
/// (the group's). `now` refuses starts in the past unless the event already starts at that
/// time (`existing_start`: editing the title of a past event is fine).
pub fn validate(
    input: &EventFields,
    default_zone: &str,
    existing_start: Option<Timestamp>,
    now: Timestamp,
) -> Result<EventState, FieldErrors> {
    let mut f = FieldErrors::default();
    let title = f.check("title", EventTitle::parse(&input.title));
    let description = f.check("description", Description::parse(&input.description));
    let (tz, when) = when(&mut f, input, default_zone, existing_start, now);
    let venue = match &input.venue {
        None => Some(None),
        Some(v) => venue(&mut f, v).map(Some),
    };
    let online_url = f
        .check("online_url", WebUrl::parse_optional(&input.online_url))
        .map(|u| u.map(|u| u.as_str().to_owned()).unwrap_or_default());
    let capacity = match input.capacity {
        None => Some(None),
        Some(c) => f.check("capacity", event::capacity(c)).map(Some),
    };
    let guest_limit = f.check("guest_limit", event::guest_limit(input.guest_limit));
    let window = window(&mut f, input, tz, when.as_ref().map(|w| w.schedule));
    let rsvp_question = f.check("rsvp_question", RsvpQuestion::parse(&input.rsvp_question));
    let hosts = hosts(&mut f, &input.hosts);
    if !f.is_empty() {
        return Err(f);
    }
    let assembled = (|| {
        let when = when?;
        Some(EventState {
            title: title?,
            description: description?,
            timezone: when.timezone,
            schedule: when.schedule,
            venue: venue?,
            online_url: online_url?,
            capacity: capacity?,
            guest_limit: guest_limit?,
            window: window?,
            rsvp_question: rsvp_question?,
            hosts,
            rsvps_closed: input.rsvps_closed,
            reminders_enabled: input.reminders_enabled,
            announce: input.announce,
        })
    })();
    // Every field that failed recorded its problem above: a missing value here was reported.
    assembled.ok_or(f)
}

/// The zone (UTC while it is invalid, so times can still be checked) and the schedule.
fn when(
    f: &mut FieldErrors,
    input: &EventFields,
    default_zone: &str,
    existing_start: Option<Timestamp>,
    now: Timestamp,
) -> (Timezone, Option<When>) {
    let zone_name = if input.timezone.trim().is_empty() {
        default_zone
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
    if let Some(schedule) = schedule
        && existing_start != Some(schedule.starts_at)
    {
        f.check("starts_at", schedule.check_future(now));
    }
    let when = timezone
        .zip(schedule)
        .map(|(timezone, schedule)| When { timezone, schedule });
    (tz, when)
}

fn venue(f: &mut FieldErrors, v: &VenueFields) -> Option<NewVenue> {
    let name = f.check("venue.name", VenueName::parse(&v.name));
    let address = f.check("venue.address", Address::parse(&v.address));
    let directions = f.check("venue.directions", Directions::parse(&v.directions));
    let coordinates = match (v.lat, v.lon) {
        (None, None) => Some(None),
        (Some(lat), Some(lon)) => f.check("venue.lat", Coordinates::new(lat, lon)).map(Some),
        _ => {
            f.add("venue.lat", "Give both latitude and longitude, or neither.");
            None
        }
    };
    let coordinates = coordinates?;
    Some(NewVenue {
        name: name?.to_string(),
        address: address?.to_string(),
        latitude: coordinates.map(|c| c.lat),
        longitude: coordinates.map(|c| c.lon),
        directions: directions?.to_string(),
    })
}

/// One end of the RSVP window: unset, at a time, or hours before the start.
fn window_end(
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

fn window(
    f: &mut FieldErrors,
    input: &EventFields,
    tz: Timezone,
    schedule: Option<Schedule>,
) -> Option<RsvpWindow> {
    let start = schedule.map(|s| s.starts_at);
    let opens_at = window_end(f, "rsvp_opens_at", &input.rsvp_opens, tz, start)?;
    let closes_at = window_end(f, "rsvp_closes_at", &input.rsvp_closes, tz, start)?;
    let window = RsvpWindow {
        opens_at,
        closes_at,
    };
    match window.check(&schedule?) {
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

/// Hosts by member id, each once, at most [`event::MAX_HOSTS`].
fn hosts(f: &mut FieldErrors, given: &[String]) -> Vec<UserId> {
    let mut hosts = Vec::new();
    for text in given.iter().filter(|h| !h.trim().is_empty()) {
        match UserId::parse(text.trim()) {
            Ok(id) if !hosts.contains(&id) => hosts.push(id),
            Ok(_) => {}
            Err(_) => f.add("hosts", "Hosts are given by member id."),
        }
    }
    if hosts.len() > event::MAX_HOSTS {
        f.add("hosts", "An event can show at most 5 hosts.");
    }
    hosts
}

/// "This and following" may change the time of day, not the date (nor the zone).
pub fn same_day(old: &EventState, new: &EventState) -> Result<(), crate::account::Invalid> {
    let day = |s: &EventState| {
        s.schedule
            .starts_at
            .as_datetime()
            .with_timezone(&s.timezone.tz())
            .date_naive()
    };
    if day(old) != day(new) || old.timezone != new.timezone {
        return Err(crate::account::Invalid(
            "For this and following events only the time of day can change. To move the \
             dates, end the series and start a new one."
                .to_owned(),
        ));
    }
    Ok(())
}

/// Which fields an edit of one meetup changed (from `old` to `new`): exactly these carry over
/// to the later meetups of its series and to the series' template; each meetup's own earlier
/// changes to other fields stay its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changed {
    pub title: bool,
    pub description: bool,
    pub venue: bool,
    pub online_url: bool,
    pub capacity: bool,
    pub guest_limit: bool,
    pub rsvp_question: bool,
    pub hosts: bool,
    pub rsvps_closed: bool,
    pub reminders_enabled: bool,
    pub announce: bool,
    /// The time of day or the length.
    pub schedule: bool,
    /// When RSVPs open or close.
    pub window: bool,
}

impl Changed {
    pub fn between(old: &EventState, new: &EventState) -> Changed {
        Changed {
            title: old.title != new.title,
            description: old.description != new.description,
            venue: old.venue != new.venue,
            online_url: old.online_url != new.online_url,
            capacity: old.capacity != new.capacity,
            guest_limit: old.guest_limit != new.guest_limit,
            rsvp_question: old.rsvp_question != new.rsvp_question,
            hosts: old.hosts != new.hosts,
            rsvps_closed: old.rsvps_closed != new.rsvps_closed,
            reminders_enabled: old.reminders_enabled != new.reminders_enabled,
            announce: old.announce != new.announce,
            schedule: old.schedule != new.schedule,
            window: old.window != new.window,
        }
    }
}

/// The edit `new` as the series carries it: the new time of day and length, and the RSVP
/// window as durations before the start (so it moves with each meetup).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesEdit {
    pub changed: Changed,
    pub time_of_day: NaiveTime,
    pub duration: Duration,
    pub opens_before: Option<Duration>,
    pub closes_before: Option<Duration>,
}

impl SeriesEdit {
    pub fn new(old: &EventState, new: &EventState) -> SeriesEdit {
        let start = new.schedule.starts_at;
        let before = |t: Option<Timestamp>| t.map(|t| start - t);
        SeriesEdit {
            changed: Changed::between(old, new),
            time_of_day: start.as_datetime().with_timezone(&new.timezone.tz()).time(),
            duration: new.schedule.duration(),
            opens_before: before(new.window.opens_at),
            closes_before: before(new.window.closes_at),
        }
    }
}

/// A later meetup (`target`, as it stands) with the edit laid over it: the fields that changed
/// take `new`'s values; a new time of day or length applies on the meetup's own date (a time
/// the clocks skip that day keeps the old schedule); a changed window keeps its distance from
/// each meetup's start.
pub fn carry_over(mut target: EventState, edit: &SeriesEdit, new: &EventState) -> EventState {
    let c = edit.changed;
    macro_rules! carry {
        ($($field:ident),*) => {$(
            if c.$field {
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
    if c.schedule {
        let tz = target.timezone.tz();
        let date = target
            .schedule
            .starts_at
            .as_datetime()
            .with_timezone(&tz)
            .date_naive();
        if let Some(start) = crate::recurrence::resolve_local(tz, date.and_time(edit.time_of_day)) {
            let starts_at = Timestamp::from(start.with_timezone(&chrono::Utc));
            target.schedule = Schedule {
                starts_at,
                ends_at: starts_at + edit.duration,
            };
        }
    }
    if c.window {
        let start = target.schedule.starts_at;
        target.window = RsvpWindow {
            opens_at: edit.opens_before.map(|d| start - d),
            closes_at: edit.closes_before.map(|d| start - d),
        };
    }
    target
}

#[cfg(test)]
mod tests;
