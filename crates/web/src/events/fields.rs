//! An event's fields as the API takes them ([`EventBody`], JSON, omitted fields kept) and as
//! the event and series forms take them ([`EventForm`], text as typed), both turned into
//! `muster_app::events::fields::EventFields`; and the members those forms offer as hosts,
//! speakers or people to add.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use muster_app::{
    events::{
        fields::{EventFields, VenueFields, WindowInput},
        local_input,
    },
    groups::settings::double_option,
};
use muster_core::{
    Timestamp,
    event::EventStatus,
    policy::MembershipStatus,
    recurrence::{Frequency, Recurrence, SeriesEnd},
};
use muster_db::{
    events::{EventRow, VenueRow},
    groups::GroupRow,
    memberships,
};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::{error::AppError, state::AppState};

// ----------------------------------------------------------------------------- the JSON body

#[derive(Debug, Deserialize, ToSchema, Clone)]
#[serde(deny_unknown_fields)]
pub struct VenueBody {
    pub name: String,
    #[serde(default)]
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(default)]
    pub directions: String,
}

/// An event's fields. On create, `title`, `starts_at` and `ends_at` are required; on update,
/// every field is optional and omitted fields keep their value (`null` clears the optional
/// ones).
#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct EventBody {
    pub title: Option<String>,
    /// Markdown.
    pub description: Option<String>,
    /// RFC 3339 with offset (or a local `YYYY-MM-DDTHH:MM` in `timezone`).
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// IANA zone; default: the group's.
    pub timezone: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<VenueBody>)]
    pub venue: Option<Option<VenueBody>>,
    /// A meeting link, shown only to people going.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub online_url: Option<Option<String>>,
    /// Seats (1–10,000); `null`: no limit.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<i64>)]
    pub capacity: Option<Option<i64>>,
    /// Guests each RSVP may bring (0–10), counted against capacity.
    pub guest_limit: Option<i64>,
    /// When RSVPs open (RFC 3339); `null`: at once.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub rsvp_opens_at: Option<Option<String>>,
    /// When RSVPs close (RFC 3339); `null`: at the start.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub rsvp_closes_at: Option<Option<String>>,
    /// RSVPs open this many hours before the start (instead of `rsvp_opens_at`).
    pub rsvp_opens_hours_before: Option<i64>,
    /// RSVPs close this many hours before the start (instead of `rsvp_closes_at`).
    pub rsvp_closes_hours_before: Option<i64>,
    /// Asked with each RSVP; answers go to organizers only.
    pub rsvp_question: Option<String>,
    /// Member ids (up to 5).
    pub hosts: Option<Vec<String>>,
    /// Closes RSVPs early (or reopens them).
    pub rsvps_closed: Option<bool>,
    pub reminders_enabled: Option<bool>,
    /// Create only: save as a draft (default false).
    pub draft: Option<bool>,
    /// Members are emailed about the event when it is published (default true).
    pub announce: Option<bool>,
    /// Update only: lowering capacity below the seats taken is refused unless this is
    /// `waitlist` (the latest RSVPs move to the front of the waitlist).
    pub capacity_overflow: Option<String>,
}

impl EventBody {
    pub(super) fn over(self, base: EventFields) -> Result<EventFields, AppError> {
        let window = |at: Option<Option<String>>,
                      hours: Option<i64>,
                      base: WindowInput,
                      field: &str|
         -> Result<WindowInput, AppError> {
            match (at, hours) {
                (Some(_), Some(_)) => Err(AppError::invalid_fields(
                    [(
                        field.to_owned(),
                        "Give a time or a number of hours before the start, not both.".to_owned(),
                    )]
                    .into(),
                )),
                (Some(None), None) => Ok(WindowInput::Unset),
                (Some(Some(at)), None) => Ok(WindowInput::At(at)),
                (None, Some(hours)) => Ok(WindowInput::HoursBefore(hours)),
                (None, None) => Ok(base),
            }
        };
        Ok(EventFields {
            rsvp_opens: window(
                self.rsvp_opens_at,
                self.rsvp_opens_hours_before,
                base.rsvp_opens,
                "rsvp_opens_at",
            )?,
            rsvp_closes: window(
                self.rsvp_closes_at,
                self.rsvp_closes_hours_before,
                base.rsvp_closes,
                "rsvp_closes_at",
            )?,
            title: self.title.unwrap_or(base.title),
            description: self.description.unwrap_or(base.description),
            starts_at: self.starts_at.unwrap_or(base.starts_at),
            ends_at: self.ends_at.unwrap_or(base.ends_at),
            timezone: self.timezone.unwrap_or(base.timezone),
            venue: match self.venue {
                None => base.venue,
                Some(None) => None,
                Some(Some(v)) => Some(VenueFields {
                    name: v.name,
                    address: v.address,
                    lat: v.lat,
                    lon: v.lon,
                    directions: v.directions,
                }),
            },
            online_url: match self.online_url {
                None => base.online_url,
                Some(v) => v.unwrap_or_default(),
            },
            capacity: self.capacity.unwrap_or(base.capacity),
            guest_limit: self.guest_limit.unwrap_or(base.guest_limit),
            rsvp_question: self.rsvp_question.unwrap_or(base.rsvp_question),
            hosts: self.hosts.unwrap_or(base.hosts),
            rsvps_closed: self.rsvps_closed.unwrap_or(base.rsvps_closed),
            reminders_enabled: self.reminders_enabled.unwrap_or(base.reminders_enabled),
            announce: self.announce.unwrap_or(base.announce),
        })
    }

    pub(super) fn new_fields(self) -> Result<EventFields, AppError> {
        self.over(EventFields {
            reminders_enabled: true,
            announce: true,
            ..EventFields::default()
        })
    }
}

// ----------------------------------------------------------------------------- the form

/// The event form's values as typed (all text, so a bad number is shown back as typed).
#[derive(Debug, Clone, Default)]
pub struct EventForm {
    pub title: String,
    pub description: String,
    pub starts_at: String,
    pub ends_at: String,
    pub timezone: String,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_directions: String,
    pub venue_lat: String,
    pub venue_lon: String,
    pub online_url: String,
    pub capacity: String,
    pub guest_limit: String,
    pub rsvp_opens_hours: String,
    pub rsvp_closes_hours: String,
    pub rsvp_question: String,
    pub hosts: Vec<String>,
    pub draft: bool,
    pub announce: bool,
    pub reminders: bool,
    /// Edit: `this` or `following`.
    pub scope: String,
    /// Edit: move the latest RSVPs to the waitlist when capacity drops below the seats taken.
    pub overflow: bool,
    /// Series: `weekly`, `monthly_nth` or `monthly_day`.
    pub repeat: String,
    pub interval: String,
    /// `Mon`…`Sun`, or empty for the first date's weekday.
    pub weekday: String,
    /// 1–4 or -1, or empty for the first date's.
    pub nth: String,
    /// 1–31, or empty for the first date's.
    pub day: String,
    /// `count` or `until`.
    pub end: String,
    pub count: String,
    pub until: String,
}

/// Hours between an instant and the start, rounded to the nearest hour.
fn hours_before(start: Timestamp, at: Option<Timestamp>) -> String {
    at.map(|t| ((start - t).num_minutes() + 30).div_euclid(60).to_string())
        .unwrap_or_default()
}

fn number_text<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl EventForm {
    /// A new event's form: the group's zone, announcements and reminders on.
    pub(super) fn blank(group: &GroupRow) -> EventForm {
        EventForm {
            timezone: group.timezone.clone(),
            guest_limit: "0".to_owned(),
            announce: true,
            reminders: true,
            repeat: "monthly_nth".to_owned(),
            interval: "1".to_owned(),
            end: "count".to_owned(),
            count: "6".to_owned(),
            scope: "this".to_owned(),
            ..EventForm::default()
        }
    }

    /// The current values of an event, for its edit form.
    pub(super) fn of(event: &EventRow, venue: Option<&VenueRow>, hosts: &[String]) -> EventForm {
        let tz = event.timezone();
        EventForm {
            title: event.title.clone(),
            description: event.description.clone(),
            starts_at: local_input(event.starts_at, tz),
            ends_at: local_input(event.ends_at, tz),
            timezone: event.timezone.clone(),
            venue_name: venue.map(|v| v.name.clone()).unwrap_or_default(),
            venue_address: venue.map(|v| v.address.clone()).unwrap_or_default(),
            venue_directions: venue.map(|v| v.directions.clone()).unwrap_or_default(),
            venue_lat: number_text(venue.and_then(|v| v.latitude)),
            venue_lon: number_text(venue.and_then(|v| v.longitude)),
            online_url: event.online_url.clone(),
            capacity: number_text(event.capacity),
            guest_limit: event.guest_limit.to_string(),
            rsvp_opens_hours: hours_before(event.starts_at, event.rsvp_opens_at),
            rsvp_closes_hours: hours_before(event.starts_at, event.rsvp_closes_at),
            rsvp_question: event.rsvp_question.clone(),
            hosts: hosts.to_vec(),
            draft: event.status() == EventStatus::Draft,
            announce: event.announce,
            reminders: event.reminders_enabled,
            scope: "this".to_owned(),
            ..EventForm::default()
        }
    }

    /// Reads a posted form (repeated `hosts` fields; a checkbox is present or absent).
    pub(super) fn parse(pairs: Vec<(String, String)>) -> EventForm {
        let mut f = EventForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "title" => f.title = value,
                "description" => f.description = value,
                "starts_at" => f.starts_at = value,
                "ends_at" => f.ends_at = value,
                "timezone" => f.timezone = value,
                "venue_name" => f.venue_name = value,
                "venue_address" => f.venue_address = value,
                "venue_directions" => f.venue_directions = value,
                "venue_lat" => f.venue_lat = value,
                "venue_lon" => f.venue_lon = value,
                "online_url" => f.online_url = value,
                "capacity" => f.capacity = value,
                "guest_limit" => f.guest_limit = value,
                "rsvp_opens_hours" => f.rsvp_opens_hours = value,
                "rsvp_closes_hours" => f.rsvp_closes_hours = value,
                "rsvp_question" => f.rsvp_question = value,
                "hosts" if !value.trim().is_empty() => f.hosts.push(value),
                "draft" => f.draft = checked(&value),
                "announce" => f.announce = checked(&value),
                "reminders" => f.reminders = checked(&value),
                "scope" => f.scope = value,
                "overflow" => f.overflow = checked(&value),
                "repeat" => f.repeat = value,
                "interval" => f.interval = value,
                "weekday" => f.weekday = value,
                "nth" => f.nth = value,
                "day" => f.day = value,
                "end" => f.end = value,
                "count" => f.count = value,
                "until" => f.until = value,
                _ => {}
            }
        }
        f
    }

    /// The service's fields (over `base`, which keeps what the form does not show), and the
    /// form's own problems (numbers that are not numbers), under the service's field names.
    pub(super) fn to_fields(&self, base: EventFields) -> (EventFields, BTreeMap<String, String>) {
        let mut problems = BTreeMap::new();
        let mut number = |field: &str, text: &str, message: &str| -> Option<i64> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            text.parse::<i64>().ok().or_else(|| {
                problems.insert(field.to_owned(), message.to_owned());
                None
            })
        };
        let capacity = number(
            "capacity",
            &self.capacity,
            "Enter a number of seats, or leave it empty for no limit.",
        );
        let guest_limit = number(
            "guest_limit",
            &self.guest_limit,
            "Enter a number of guests from 0 to 10.",
        );
        let hours = "Enter a whole number of hours, or leave it empty.";
        let opens = number("rsvp_opens_at", &self.rsvp_opens_hours, hours);
        let closes = number("rsvp_closes_at", &self.rsvp_closes_hours, hours);
        let mut coordinate = |text: &str| -> Option<f64> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            text.parse::<f64>().ok().or_else(|| {
                problems.insert(
                    "venue.lat".to_owned(),
                    "Enter latitude and longitude as numbers like 53.8008 and -1.5491.".to_owned(),
                );
                None
            })
        };
        let lat = coordinate(&self.venue_lat);
        let lon = coordinate(&self.venue_lon);
        let venue_given = [
            &self.venue_name,
            &self.venue_address,
            &self.venue_directions,
            &self.venue_lat,
            &self.venue_lon,
        ]
        .iter()
        .any(|v| !v.trim().is_empty());
        // Unreadable hours are reported above; the service then sees no window.
        let window =
            |hours: Option<i64>| hours.map_or(WindowInput::Unset, WindowInput::HoursBefore);
        let fields = EventFields {
            title: self.title.clone(),
            description: self.description.clone(),
            starts_at: self.starts_at.clone(),
            ends_at: self.ends_at.clone(),
            timezone: self.timezone.clone(),
            venue: venue_given.then(|| VenueFields {
                name: self.venue_name.clone(),
                address: self.venue_address.clone(),
                lat,
                lon,
                directions: self.venue_directions.clone(),
            }),
            online_url: self.online_url.clone(),
            capacity,
            guest_limit: guest_limit.unwrap_or(0),
            rsvp_opens: window(opens),
            rsvp_closes: window(closes),
            rsvp_question: self.rsvp_question.clone(),
            hosts: self.hosts.clone(),
            announce: self.announce,
            reminders_enabled: self.reminders,
            ..base
        };
        (fields, problems)
    }

    /// The edit form's fields over the event's `current` ones. Hours left as shown (`shown`:
    /// the event the form was filled from) keep the window as it is (it moves with the start
    /// by itself); changed hours set it anew, counted from the (new) start.
    pub(super) fn edit_fields(
        &self,
        current: &EventFields,
        shown: &EventRow,
    ) -> (EventFields, BTreeMap<String, String>) {
        let (mut fields, problems) = self.to_fields(current.clone());
        if self.rsvp_opens_hours.trim() == hours_before(shown.starts_at, shown.rsvp_opens_at) {
            fields.rsvp_opens = current.rsvp_opens.clone();
        }
        if self.rsvp_closes_hours.trim() == hours_before(shown.starts_at, shown.rsvp_closes_at) {
            fields.rsvp_closes = current.rsvp_closes.clone();
        }
        (fields, problems)
    }

    /// The repeat rule chosen on the series form. Choices left on "as the first date" follow
    /// the first date as typed.
    pub(super) fn recurrence(&self) -> Result<Recurrence, String> {
        let first = first_date(&self.starts_at);
        let weekday = match self.weekday.trim() {
            "" => first.map(|d| d.weekday()),
            text => text.parse::<Weekday>().ok(),
        };
        let need_weekday = || weekday.ok_or_else(|| "Choose a weekday.".to_owned());
        let frequency = match self.repeat.as_str() {
            "weekly" => Frequency::Weekly {
                interval: self.interval.trim().parse().map_err(|_| {
                    "Choose to repeat every week or every 2, 3 or 4 weeks.".to_owned()
                })?,
                weekday: need_weekday()?,
            },
            "monthly_nth" => Frequency::MonthlyNthWeekday {
                nth: match self.nth.trim() {
                    "" => first
                        .map(|d| match (d.day() - 1) / 7 + 1 {
                            5 => -1,
                            n => i8::try_from(n).unwrap_or(1),
                        })
                        .unwrap_or(1),
                    text => text.parse().map_err(|_| {
                        "Choose the first, second, third, fourth or last weekday.".to_owned()
                    })?,
                },
                weekday: need_weekday()?,
            },
            "monthly_day" => Frequency::MonthlyOnDay {
                day: match self.day.trim() {
                    "" => first.and_then(|d| u8::try_from(d.day()).ok()).unwrap_or(1),
                    text => text
                        .parse()
                        .map_err(|_| "Choose a day of the month from 1 to 31.".to_owned())?,
                },
            },
            _ => return Err("Choose how the series repeats.".to_owned()),
        };
        let end = match self.end.as_str() {
            "until" => SeriesEnd::Until(
                NaiveDate::parse_from_str(self.until.trim(), "%Y-%m-%d")
                    .map_err(|_| "Enter the last date like 2027-06-30.".to_owned())?,
            ),
            _ => SeriesEnd::Count(self.count.trim().parse().map_err(|_| {
                format!(
                    "Enter a number of meetups from 1 to {}.",
                    SeriesEnd::MAX_COUNT
                )
            })?),
        };
        Recurrence::new(frequency, end).map_err(|e| e.0)
    }
}

/// The local date of a typed start (`2026-12-16T18:30` or RFC 3339).
fn first_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .map(|t| t.date())
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(text)
                .ok()
                .map(|t| t.date_naive())
        })
}

/// Reports the form's own problems together with the service's (so every field that needs
/// attention is marked at once).
pub(super) fn merged_errors(
    problems: BTreeMap<String, String>,
    fields: &EventFields,
    group: &GroupRow,
    existing: Option<&EventRow>,
    now: Timestamp,
) -> AppError {
    let mut all = match muster_app::events::fields::validate(fields, group, existing, now) {
        Err(e) => e.fields,
        Ok(_) => BTreeMap::new(),
    };
    all.extend(problems);
    AppError::invalid_fields(all)
}

pub(super) const WEEKDAYS: &[(&str, &str)] = &[
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];
pub(super) const NTHS: &[(&str, &str)] = &[
    ("1", "first"),
    ("2", "second"),
    ("3", "third"),
    ("4", "fourth"),
    ("-1", "last"),
];

/// What the event form needs besides the values.
pub(super) struct FormContext {
    pub(super) members: Vec<MemberOption>,
    pub(super) guest_choices: Vec<i64>,
}

pub(super) async fn form_context(
    state: &AppState,
    group: &GroupRow,
    f: &EventForm,
) -> Result<FormContext, AppError> {
    let members = active_members(state, group, &f.hosts).await?;
    Ok(FormContext {
        members: member_options(&members, &f.hosts),
        guest_choices: (0..=muster_core::event::MAX_GUEST_LIMIT).collect(),
    })
}

// ----------------------------------------------------------------------------- member choices

/// Members offered as hosts, speakers, or to add to an event (organizers come first).
const MEMBER_CHOICES: usize = 200;

pub(super) fn checked(value: &str) -> bool {
    matches!(value, "yes" | "on" | "true" | "1")
}

/// A member offered in a choice (hosts, speakers, people to add).
pub struct MemberOption {
    pub id: String,
    pub name: String,
    pub checked: bool,
}

/// Active members to choose from (bounded), plus anyone already `chosen` who is not among
/// them — a host who has left the group, or a member beyond the list — so saving a form never
/// drops a choice nobody touched.
pub(super) async fn active_members(
    state: &AppState,
    group: &GroupRow,
    chosen: &[String],
) -> Result<Vec<(String, String)>, AppError> {
    let id = group.id;
    let chosen: Vec<muster_core::id::UserId> = chosen
        .iter()
        .filter_map(|c| muster_core::id::UserId::parse(c).ok())
        .collect();
    let (rows, names) = state
        .db
        .read(move |c| {
            let rows = memberships::list(c, id, MembershipStatus::Active, 500)?;
            let missing: Vec<_> = chosen
                .into_iter()
                .filter(|u| !rows.iter().any(|(_, r)| r.id == *u))
                .collect();
            Ok((rows, muster_db::users::names(c, &missing)?))
        })
        .await?;
    let mut list: Vec<(String, String)> = rows
        .into_iter()
        .map(|(_, u)| (u.id.to_string(), u.display_name))
        .collect();
    list.extend(names.into_iter().map(|(id, name)| (id.to_string(), name)));
    Ok(list)
}

/// Members as checkboxes/options: the first [`MEMBER_CHOICES`], plus any already chosen.
pub(super) fn member_options(members: &[(String, String)], chosen: &[String]) -> Vec<MemberOption> {
    members
        .iter()
        .enumerate()
        .filter(|(i, (id, _))| *i < MEMBER_CHOICES || chosen.contains(id))
        .map(|(_, (id, name))| MemberOption {
            id: id.clone(),
            name: name.clone(),
            checked: chosen.contains(id),
        })
        .collect()
}
