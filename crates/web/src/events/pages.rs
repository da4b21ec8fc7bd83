//! Event pages (HTML): a group's events, scheduling one-off events and series, the event page
//! with RSVPs, the agenda and comments, and the organizers' tools — editing, cancelling, the
//! attendee list, check-in at the door and the agenda editor.
//!
//! Pages only translate forms into the same service calls the JSON API makes
//! ([`super::service`]); every rule (who may, capacity, the waitlist, windows) lives there.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use muster_core::{
    Timestamp,
    event::{EventStatus, Phase, RsvpStatus},
    policy::{Action, MembershipStatus},
    recurrence::{Frequency, Recurrence, SeriesEnd},
    roles::Capability,
};
use muster_db::{
    events::{self, EventRow, Listing, VenueRow},
    groups::GroupRow,
    memberships, talks,
};
use serde::Deserialize;

use muster_app::{
    events::{
        EventAccess, EventDetails,
        fields::{EventFields, VenueFields, WindowInput},
        local, local_input, rfc3339_in,
        schedule::{Overflow, Scope},
        short_date,
        talks::TalkFields,
        when_text,
    },
    groups::GroupAccess,
};

use super::api;
use crate::{
    account::pages::EmptyForm,
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{AppError, ErrorCode, PageError},
    groups::pages::GroupHeader,
    pages::{FormErrors, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    // Ids are UUIDs: the patterns say so, so that `…/events/{id}.ics`-style siblings and
    // literal segments (`new`, `add`) never fall into an id route.
    table
        .resource("/g/{slug}/events")
        .get(Access::Public, list)
        .done();
    table
        .resource("/g/{slug}/events/new")
        .get(Access::Verified, new_form)
        .post(Access::Verified, new_submit)
        .done();
    table
        .resource("/g/{slug}/series/new")
        .get(Access::Verified, series_form)
        .post(Access::Verified, series_submit)
        .done();
    table
        .resource("/g/{slug}/series/{id:[0-9a-fA-F-]+}")
        .get(Access::Public, series_page)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}")
        .get(Access::Public, show)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/rsvp")
        .post(Access::Verified, rsvp_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/comments")
        .post(Access::Verified, comment_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/comments/{comment_id:[0-9a-fA-F-]+}/remove")
        .post(Access::Authenticated, comment_remove)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/rsvps/close")
        .post(Access::Authenticated, rsvps_close)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/rsvps/open")
        .post(Access::Authenticated, rsvps_open)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/publish")
        .post(Access::Authenticated, publish)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/delete")
        .post(Access::Authenticated, delete_draft)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/cancel")
        .get(Access::Authenticated, cancel_form)
        .post(Access::Authenticated, cancel_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/edit")
        .get(Access::Authenticated, edit_form)
        .post(Access::Authenticated, edit_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees")
        .get(Access::Authenticated, attendees)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees.csv")
        .get(Access::Authenticated, attendees_csv)
        .done();
    // Before `attendees/{user_id}`: "add" is made of hex digits.
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees/add")
        .post(Access::Authenticated, attendee_add)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees/{user_id:[0-9a-fA-F-]+}")
        .post(Access::Authenticated, attendee_move)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/checkin")
        .get(Access::Authenticated, checkin)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/checkin/{user_id:[0-9a-fA-F-]+}")
        .post(Access::Authenticated, checkin_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks")
        .get(Access::Authenticated, talks_page)
        .post(Access::Authenticated, talk_add)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}")
        .get(Access::Authenticated, talk_form)
        .post(Access::Authenticated, talk_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}/delete")
        .post(Access::Authenticated, talk_delete)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/talks/{talk_id:[0-9a-fA-F-]+}/move")
        .post(Access::Authenticated, talk_move)
        .done();
}

// ----------------------------------------------------------------------------- shared helpers

/// Upcoming events on the group's events page (bounded; groups rarely plan further ahead).
const UPCOMING_LISTED: i64 = 100;
/// Past events per page.
const PAST_PER_PAGE: i64 = 20;
/// Members offered as hosts, speakers, or to add to an event (organizers come first).
const MEMBER_CHOICES: usize = 200;

/// Errors a page shows in place, keeping the page around them (a full event, closed RSVPs,
/// a refused step), rather than replacing it with an error page.
fn shown_in_place(error: &AppError) -> bool {
    matches!(
        crate::error::status(error),
        StatusCode::FORBIDDEN | StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY
    )
}

/// A form's general message: the error's own, unless it names fields (those are shown at the
/// fields themselves).
fn form_message(error: Option<&AppError>) -> String {
    error
        .filter(|e| e.fields.is_empty())
        .map(|e| e.message.clone())
        .unwrap_or_default()
}

async fn event_for(
    state: &AppState,
    slug: &str,
    id: &str,
    user: &MaybeUser,
) -> Result<EventAccess, AppError> {
    EventAccess::load_in_group(state, slug, id, user.caller()).await
}

/// The event, for someone who manages the group's events (403 for other members).
async fn managed(
    state: &AppState,
    slug: &str,
    id: &str,
    user: &MaybeUser,
) -> Result<EventAccess, AppError> {
    let access = event_for(state, slug, id, user).await?;
    access.check_manage()?;
    Ok(access)
}

/// "18:30 GMT" in the event's zone.
fn start_time(e: &EventRow) -> String {
    local(e.starts_at, e.timezone())
        .format("%H:%M %Z")
        .to_string()
}

fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A login link that comes back to `path`.
fn login_href(path: &str) -> String {
    format!(
        "/account/login?next={}",
        url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
    )
}

fn checked(value: &str) -> bool {
    matches!(value, "yes" | "on" | "true" | "1")
}

/// A member offered in a choice (hosts, speakers, people to add).
pub struct MemberOption {
    id: String,
    name: String,
    checked: bool,
}

/// Active members to choose from (bounded), plus anyone already `chosen` who is not among
/// them — a host who has left the group, or a member beyond the list — so saving a form never
/// drops a choice nobody touched.
async fn active_members(
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
fn member_options(members: &[(String, String)], chosen: &[String]) -> Vec<MemberOption> {
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

// ----------------------------------------------------------------------------- event cards

/// An event in a list: the group page, the home page, the group's events.
pub struct EventCard {
    pub path: String,
    pub title: String,
    /// "Wed 16 Dec" (with the year when it is not this year), in the event's zone.
    pub date: String,
    /// "18:30 GMT".
    pub time: String,
    pub group_name: String,
    pub group_path: String,
    /// A short status ("Cancelled", "Draft", "Full"…), or empty.
    pub badge: &'static str,
    pub badge_class: &'static str,
    pub cancelled: bool,
    /// Seats taken (people going and their guests).
    pub going: i32,
    /// The viewer's own answer ("You're going", "On the waitlist"), or empty.
    pub mine: &'static str,
}

/// How each phase of an event is marked: a short label and its CSS class.
fn phase_badge(phase: Phase) -> (&'static str, &'static str) {
    match phase {
        Phase::Draft => ("Draft", "draft"),
        Phase::Cancelled => ("Cancelled", "cancelled"),
        Phase::Past => ("Past", "past"),
        Phase::InProgress => ("Happening now", "live"),
        Phase::NotOpenYet => ("RSVPs not open yet", "soon"),
        Phase::Closed => ("RSVPs closed", "closed"),
        Phase::Full => ("Full", "full"),
        Phase::Open => ("Open", "open"),
    }
}

impl EventCard {
    pub fn of(e: &EventRow, group: &GroupRow, now: Timestamp) -> EventCard {
        // Lists mark only what changes whether one can go.
        let (badge, badge_class) = match e.facts().phase(now) {
            Phase::Past | Phase::NotOpenYet | Phase::Open => ("", ""),
            phase => phase_badge(phase),
        };
        EventCard {
            path: e.path(&group.slug),
            title: e.title.clone(),
            date: short_date(e.starts_at, e.timezone(), now),
            time: start_time(e),
            group_name: group.name.clone(),
            group_path: format!("/g/{}", group.slug),
            badge,
            badge_class,
            cancelled: e.status() == EventStatus::Cancelled,
            going: e.seats_taken,
            mine: "",
        }
    }

    /// With the viewer's RSVP status (`going`, `waitlisted`).
    pub fn with_rsvp(mut self, status: &str) -> EventCard {
        self.mine = match RsvpStatus::parse(status) {
            Ok(RsvpStatus::Going) => "You're going",
            Ok(RsvpStatus::Waitlisted) => "On the waitlist",
            _ => "",
        };
        self
    }
}

/// The group page's lists: the next few events (no drafts) and the latest past ones.
/// The group page's next `upcoming` and latest `past` events (no drafts), read inside the
/// caller's database round trip.
pub fn read_group_page_events(
    c: &mut muster_db::DbConnection,
    group: muster_core::id::GroupId,
    now: Timestamp,
    upcoming: i64,
    past: i64,
) -> Result<(Vec<EventRow>, Vec<EventRow>), muster_db::DbError> {
    Ok((
        events::for_group(c, group, Listing::Upcoming, false, now, upcoming, 0)?,
        events::for_group(c, group, Listing::Past, false, now, past, 0)?,
    ))
}

/// Event rows as cards.
pub fn cards(rows: &[EventRow], group: &GroupRow, now: Timestamp) -> Vec<EventCard> {
    rows.iter().map(|e| EventCard::of(e, group, now)).collect()
}

// ----------------------------------------------------------------------------- the group's events

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    past_page: Option<i64>,
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct ListPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    past_page: i64,
    prev_href: String,
    next_href: String,
}

pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::ViewMembers)?;
    let drafts = access.can(Action::Use(Capability::ManageEvents));
    let past_page = query.past_page.unwrap_or(1).clamp(1, 10_000);
    let (group, now) = (access.group.id, state.now());
    let (upcoming, mut past) = state
        .db
        .read(move |c| {
            Ok((
                events::for_group(c, group, Listing::Upcoming, drafts, now, UPCOMING_LISTED, 0)?,
                // One more than a page says whether there is a next page.
                events::for_group(
                    c,
                    group,
                    Listing::Past,
                    drafts,
                    now,
                    PAST_PER_PAGE + 1,
                    (past_page - 1) * PAST_PER_PAGE,
                )?,
            ))
        })
        .await?;
    let more = i64::try_from(past.len()).unwrap_or(0) > PAST_PER_PAGE;
    past.truncate(usize::try_from(PAST_PER_PAGE).unwrap_or(20));
    let g = &access.group;
    let href = |n: i64| format!("/g/{}/events?past_page={n}#past", g.slug);
    render(&ListPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "events",
        upcoming: cards(&upcoming, g, now),
        past: cards(&past, g, now),
        past_page,
        prev_href: if past_page > 1 {
            href(past_page - 1)
        } else {
            String::new()
        },
        next_href: if more {
            href(past_page + 1)
        } else {
            String::new()
        },
    })
}

// ----------------------------------------------------------------------------- the event form

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
    fn blank(group: &GroupRow) -> EventForm {
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
    fn of(event: &EventRow, venue: Option<&VenueRow>, hosts: &[String]) -> EventForm {
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
    fn parse(pairs: Vec<(String, String)>) -> EventForm {
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
    fn to_fields(&self, base: EventFields) -> (EventFields, BTreeMap<String, String>) {
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
    fn edit_fields(
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
    fn recurrence(&self) -> Result<Recurrence, String> {
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
fn merged_errors(
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

const WEEKDAYS: &[(&str, &str)] = &[
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];
const NTHS: &[(&str, &str)] = &[
    ("1", "first"),
    ("2", "second"),
    ("3", "third"),
    ("4", "fourth"),
    ("-1", "last"),
];

/// What the event form needs besides the values.
struct FormContext {
    members: Vec<MemberOption>,
    guest_choices: Vec<i64>,
}

async fn form_context(
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

// ----------------------------------------------------------------------------- new event

#[derive(Template)]
#[template(path = "events/new.html")]
struct NewEventPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    f: EventForm,
    errors: FormErrors,
    members: Vec<MemberOption>,
    guest_choices: Vec<i64>,
    mode: &'static str,
    weekdays: &'static [(&'static str, &'static str)],
    nths: &'static [(&'static str, &'static str)],
    message: String,
}

async fn new_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    mode: &'static str,
    f: EventForm,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let context = form_context(state, &access.group, &f).await?;
    render_with_status(
        &NewEventPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "events",
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
            f,
            members: context.members,
            guest_choices: context.guest_choices,
            mode,
            weekdays: WEEKDAYS,
            nths: NTHS,
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

async fn organizer_group(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageEvents))?;
    Ok(access)
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(&state, &slug, &user).await?;
    let f = EventForm::blank(&access.group);
    new_page(&req, &state, &access, "event", f, None).await
}

pub async fn new_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(&state, &slug, &user).await?;
    let f = EventForm::parse(form.0);
    let (fields, problems) = f.to_fields(EventFields::default());
    let outcome = if problems.is_empty() {
        muster_app::events::schedule::create(&state, &access, &fields, f.draft).await
    } else {
        Err(merged_errors(
            problems,
            &fields,
            &access.group,
            None,
            state.now(),
        ))
    };
    match outcome {
        Ok(row) => {
            let notice = if f.draft {
                "event_drafted"
            } else {
                "event_created"
            };
            Ok(see_other(&format!(
                "{}?notice={notice}",
                row.path(&access.group.slug)
            )))
        }
        Err(error)
            if !error.fields.is_empty() || crate::error::status(&error) == StatusCode::CONFLICT =>
        {
            new_page(&req, &state, &access, "event", f, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- series

pub async fn series_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(&state, &slug, &user).await?;
    let f = EventForm::blank(&access.group);
    new_page(&req, &state, &access, "series", f, None).await
}

pub async fn series_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(&state, &slug, &user).await?;
    let mut f = EventForm::parse(form.0);
    f.draft = false;
    let (fields, mut problems) = f.to_fields(EventFields::default());
    let recurrence = match f.recurrence() {
        Ok(r) => Some(r),
        Err(message) => {
            problems.insert("recurrence".to_owned(), message);
            None
        }
    };
    let outcome = match recurrence {
        Some(recurrence) if problems.is_empty() => {
            muster_app::events::series::create_series(&state, &access, &fields, recurrence).await
        }
        _ => Err(merged_errors(
            problems,
            &fields,
            &access.group,
            None,
            state.now(),
        )),
    };
    match outcome {
        Ok((series, _)) => Ok(see_other(&format!(
            "/g/{}/series/{}?notice=series_created",
            access.group.slug, series.id
        ))),
        Err(error)
            if !error.fields.is_empty() || crate::error::status(&error) == StatusCode::CONFLICT =>
        {
            new_page(&req, &state, &access, "series", f, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "events/series.html")]
struct SeriesPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    rule: String,
    timezone: String,
    ended: bool,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
}

pub async fn series_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let (row, list) = muster_app::events::series::series_view(&state, &access, &id).await?;
    let now = state.now();
    let (mut past, upcoming): (Vec<EventRow>, Vec<EventRow>) =
        list.into_iter().partition(|e| e.ends_at <= now);
    // The latest past ones first.
    past.reverse();
    render(&SeriesPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "events",
        rule: row
            .recurrence()
            .map(|r| r.describe())
            .unwrap_or_else(|| "A repeating series".to_owned()),
        timezone: row.timezone.clone(),
        ended: row.ended_at.is_some(),
        upcoming: cards(&upcoming, &access.group, now),
        past: cards(&past, &access.group, now),
    })
}

// ----------------------------------------------------------------------------- the event page

pub struct VenueInfo {
    name: String,
    address: String,
    directions: String,
    map_href: String,
}

pub struct TalkInfo {
    id: String,
    title: String,
    speaker: String,
    lightning: bool,
    standby: bool,
    abstract_html: String,
    slides_url: String,
    video_url: String,
    first: bool,
    last: bool,
}

fn talk_infos(rows: &[talks::TalkRow]) -> Vec<TalkInfo> {
    let count = rows.len();
    rows.iter()
        .enumerate()
        .map(|(i, t)| TalkInfo {
            id: t.id.to_string(),
            title: t.title.clone(),
            speaker: t.speaker_name.clone(),
            lightning: t.lightning,
            standby: t.standby,
            abstract_html: t.abstract_html.clone(),
            slides_url: t.slides_url.clone(),
            video_url: t.video_url.clone(),
            first: i == 0,
            last: i + 1 == count,
        })
        .collect()
}

pub struct CommentInfo {
    id: String,
    author: String,
    body: String,
    removed: bool,
    /// "Removed by its author." or "Removed by an organizer."
    removed_note: &'static str,
    when: String,
    can_remove: bool,
}

/// The line under the title saying how the event stands, and a short badge: (class, badge,
/// line).
fn status_of(e: &EventRow, now: Timestamp) -> (&'static str, &'static str, String) {
    let facts = e.facts();
    let phase = facts.phase(now);
    let line = match phase {
        Phase::Draft => "A draft: only organizers can see it until it is published.".to_owned(),
        Phase::Cancelled => "This event is cancelled.".to_owned(),
        Phase::Past => "This event has ended.".to_owned(),
        Phase::InProgress => "Happening now.".to_owned(),
        Phase::NotOpenYet => match facts.may_say_yes(now) {
            Err(refusal) => refusal.message(e.timezone()),
            Ok(()) => "RSVPs open soon.".to_owned(),
        },
        Phase::Closed if e.rsvps_closed => "RSVPs are closed by the organizers.".to_owned(),
        Phase::Closed => "RSVPs are closed.".to_owned(),
        Phase::Full => "Every seat is taken: RSVP to join the waitlist.".to_owned(),
        Phase::Open => match facts.free_seats() {
            Some(n) => format!("RSVPs are open: {} left.", plural(n, "seat", "seats")),
            None => "RSVPs are open.".to_owned(),
        },
    };
    let (badge, class) = phase_badge(phase);
    (class, badge, line)
}

/// Problems to show on the event page after a refused form.
#[derive(Default)]
struct Shown {
    status: Option<StatusCode>,
    rsvp_message: String,
    rsvp_errors: FormErrors,
    guests: Option<i64>,
    answer: Option<String>,
    comment_message: String,
    comment_body: String,
    tools_message: String,
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct EventPage {
    page: PageContext,
    slug: String,
    group_name: String,
    path: String,
    title: String,
    status_class: &'static str,
    badge: &'static str,
    status_line: String,
    cancel_reason: String,
    when: String,
    starts_iso: String,
    when_mine: String,
    my_zone: String,
    timezone: String,
    series_href: String,
    venue: Option<VenueInfo>,
    online: bool,
    online_url: String,
    hosts: Vec<String>,
    description_html: String,
    talks: Vec<TalkInfo>,
    going: i64,
    /// "went" once the event is over, "going" before.
    going_word: &'static str,
    waiting: i64,
    seats: String,
    going_names: Vec<String>,
    going_others: i64,
    // The RSVP box.
    rsvp_kind: &'static str,
    login_href: String,
    mine: String,
    mine_status: String,
    may_yes: bool,
    may_no: bool,
    yes_label: &'static str,
    guest_limit: i32,
    /// 0..=guest_limit, with the one to preselect.
    guest_choices: Vec<(i32, bool)>,
    question: String,
    answer: String,
    rsvp_message: String,
    rsvp_errors: FormErrors,
    // Comments.
    comments: Vec<CommentInfo>,
    can_comment: bool,
    comment_body: String,
    comment_message: String,
    // Organizers.
    can_manage: bool,
    is_draft: bool,
    is_published: bool,
    is_cancelled: bool,
    rsvps_closed: bool,
    tools_message: String,
    // Discovery.
    /// schema.org JSON-LD, already safe inside `<script>` (empty: none).
    json_ld: String,
    add_to_calendar: Option<CalendarLinks>,
}

async fn event_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let details = EventDetails::load(state, access, true).await?;
    event_page_with(req, state, access, details, shown)
}

fn event_page_with(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    details: EventDetails,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let e = &access.event;
    let g = &access.group;
    let now = state.now();
    let tz = e.timezone();
    let facts = e.facts();
    let path = access.path();
    let base_url = state.config.base_url.as_str();
    let (status_class, badge, status_line) = status_of(e, now);
    let when = when_text(e.starts_at, e.ends_at, tz);
    let viewer = g.user.as_deref();
    let (when_mine, my_zone) = match viewer.map(|u| u.timezone()) {
        Some(mine) if mine != tz => {
            let text = when_text(e.starts_at, e.ends_at, mine);
            if text == when {
                (String::new(), String::new())
            } else {
                (text, mine.name().to_owned())
            }
        }
        _ => (String::new(), String::new()),
    };
    let membership = g.membership.as_ref().map(|m| m.status());
    let rsvp_kind = match viewer {
        None => "login",
        Some(u) if !u.is_verified() => "verify",
        Some(_) => match membership {
            Some(MembershipStatus::Banned) => "banned",
            Some(MembershipStatus::Pending) => "pending",
            Some(MembershipStatus::Active) if g.needs_conduct() => "conduct",
            Some(MembershipStatus::Active) => "form",
            _ if g.group.join_mode() == muster_core::group::JoinMode::Invite => "invite",
            _ => "join",
        },
    };
    let mine = details.mine.as_ref();
    let mine_status = mine.map(|m| m.status);
    let may_yes = facts.may_say_yes(now).is_ok();
    // "No" for people holding or waiting for a seat, and as the other answer while "yes" is
    // possible; nobody is asked to decline an event they cannot attend anyway.
    let may_no = facts.may_say_no(now).is_ok()
        && match mine_status {
            Some(RsvpStatus::Going | RsvpStatus::Waitlisted) => true,
            Some(RsvpStatus::NotGoing) => false,
            None => may_yes,
        };
    let mine_text = match mine {
        Some(m) if m.status == RsvpStatus::Going => match m.guests {
            0 => "You're going.".to_owned(),
            n => format!(
                "You're going, with {}.",
                plural(i64::from(n), "guest", "guests")
            ),
        },
        Some(m) if m.status == RsvpStatus::Waitlisted => match m.waitlist_position {
            Some(p) => format!("You're #{p} on the waitlist."),
            None => "You're on the waitlist.".to_owned(),
        },
        Some(_) => "You're not going.".to_owned(),
        None => String::new(),
    };
    let yes_label = match (mine_status, facts.phase(now)) {
        (Some(RsvpStatus::Going | RsvpStatus::Waitlisted), _) => "Update my RSVP",
        (_, Phase::Full) => "Join the waitlist",
        _ => "Yes, I'm going",
    };
    let me = viewer.map(|u| u.id);
    let can_manage = access.can_manage();
    let participates = rsvp_kind == "form";
    let venue = details.venue.as_ref().map(|v| VenueInfo {
        name: v.name.clone(),
        address: v.address.clone(),
        directions: v.directions.clone(),
        map_href: match (v.latitude, v.longitude) {
            (Some(lat), Some(lon)) => {
                format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
            }
            _ => String::new(),
        },
    });
    let sees_link = details.sees_online_link(access);
    let comments = details
        .comments
        .iter()
        .map(|c| {
            let removed = c.row.removed_at.is_some();
            CommentInfo {
                id: c.row.id.to_string(),
                author: if c.author.is_empty() {
                    "A former member".to_owned()
                } else {
                    c.author.clone()
                },
                body: c.row.body.clone(),
                removed,
                removed_note: if c.row.removed_by.is_some() && c.row.removed_by == c.row.user_id {
                    "Removed by its author."
                } else {
                    "Removed by an organizer."
                },
                when: local(c.row.created_at, tz)
                    .format("%-d %b %Y, %H:%M %Z")
                    .to_string(),
                can_remove: !removed && me.is_some() && (c.row.user_id == me || can_manage),
            }
        })
        .collect();
    let status = shown.status.unwrap_or(StatusCode::OK);
    render_with_status(
        &EventPage {
            page: PageContext::new(req, state),
            slug: g.group.slug.clone(),
            group_name: g.group.name.clone(),
            title: e.title.clone(),
            status_class,
            badge,
            status_line,
            cancel_reason: e.cancel_reason.clone(),
            when,
            starts_iso: rfc3339_in(e.starts_at, tz),
            when_mine,
            my_zone,
            timezone: e.timezone.clone(),
            series_href: e
                .series_id
                .map(|s| format!("/g/{}/series/{s}", g.group.slug))
                .unwrap_or_default(),
            venue,
            online: !e.online_url.is_empty(),
            online_url: if sees_link {
                e.online_url.clone()
            } else {
                String::new()
            },
            hosts: details.hosts.iter().map(|(_, name)| name.clone()).collect(),
            description_html: e.description_html.clone(),
            talks: talk_infos(&details.talks),
            going: details.going,
            going_word: if e.ends_at <= now { "went" } else { "going" },
            waiting: details.waiting,
            seats: match e.capacity {
                Some(c) => format!("{} of {c} seats taken", e.seats_taken),
                None => String::new(),
            },
            going_names: details
                .going_preview
                .iter()
                .map(|(_, name)| name.clone())
                .collect(),
            going_others: details.going_others,
            rsvp_kind,
            login_href: login_href(&path),
            mine: mine_text,
            mine_status: mine_status
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            may_yes,
            may_no,
            yes_label,
            guest_limit: e.guest_limit,
            guest_choices: {
                let chosen = shown
                    .guests
                    .unwrap_or_else(|| mine.map_or(0, |m| i64::from(m.guests)));
                (0..=e.guest_limit)
                    .map(|n| (n, i64::from(n) == chosen))
                    .collect()
            },
            question: e.rsvp_question.clone(),
            answer: shown
                .answer
                .unwrap_or_else(|| mine.map(|m| m.answer.clone()).unwrap_or_default()),
            rsvp_message: shown.rsvp_message,
            rsvp_errors: shown.rsvp_errors,
            comments,
            can_comment: participates,
            comment_body: shown.comment_body,
            comment_message: shown.comment_message,
            can_manage,
            is_draft: e.status() == EventStatus::Draft,
            is_published: e.status() == EventStatus::Published,
            is_cancelled: e.status() == EventStatus::Cancelled,
            rsvps_closed: e.rsvps_closed,
            tools_message: shown.tools_message,
            json_ld: event_json_ld(base_url, &g.group, e, details.venue.as_ref())
                .unwrap_or_default(),
            add_to_calendar: calendar_links(base_url, &g.group, e, details.venue.as_ref()),
            path,
        },
        status,
    )
}

// ----------------------------------------------------------------------------- discovery

/// How much of the description structured data and calendar links carry.
const JSON_LD_DESCRIPTION: usize = 500;
const CALENDAR_DETAILS: usize = 300;

/// What a query value keeps as it is: RFC 3986's unreserved characters. Everything else,
/// spaces included, is percent-encoded (`%20`, never `+`).
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn query_value(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, QUERY_VALUE).to_string()
}

/// At most `max` characters of `text`, with an ellipsis when cut: between words when a word
/// boundary lies in the second half, else inside a word (always on a character boundary).
fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    let next_is_space = text.chars().nth(keep).is_some_and(char::is_whitespace);
    if !next_is_space
        && let Some(space) = cut.rfind(char::is_whitespace)
        && cut[..space].chars().count() >= keep / 2
    {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

/// The event's description as plain text, cut to `max` characters.
fn plain_description(e: &EventRow, max: usize) -> String {
    truncate_chars(&html_to_text(&e.description_html), max)
}

/// The text of sanitized HTML (the stored rendering of a description): tags dropped, block
/// ends and line breaks as spaces, character references decoded, whitespace collapsed.
/// Attribute values are skipped whole, quotes respected, so a `>` inside one ends nothing.
fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut chars = html.chars();
    while let Some(c) = chars.next() {
        if c != '<' {
            text.push(c);
            continue;
        }
        let mut name = String::new();
        let mut in_name = true;
        let mut quote: Option<char> = None;
        for c in chars.by_ref() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '>' => break,
                None if c == '"' || c == '\'' => quote = Some(c),
                None if in_name && (c.is_ascii_alphanumeric() || (c == '/' && name.is_empty())) => {
                    name.push(c.to_ascii_lowercase());
                }
                None => in_name = false,
            }
        }
        let block = matches!(
            name.trim_start_matches('/'),
            "p" | "br"
                | "li"
                | "ul"
                | "ol"
                | "div"
                | "blockquote"
                | "pre"
                | "hr"
                | "table"
                | "tr"
                | "td"
                | "th"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        );
        if block {
            text.push(' ');
        }
    }
    decode_references(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Decodes the character references a serializer writes (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&nbsp;`, `&#39;`, numeric ones); anything else stays as written.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let reference = rest
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| (&rest[1..end], end));
        let decoded = reference.and_then(|(name, end)| {
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A venue's address on one line ("1 Park Row, Leeds").
pub use muster_db::events::{one_line, place_text};

/// JSON made safe inside an HTML `<script>` element: `<`, `>` and `&` (which only occur inside
/// strings in serialized JSON) become `\u` escapes, so no value can close the element or open
/// a comment (SECURITY 17); U+2028 and U+2029 too, for parsers that treat the text as script.
fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// schema.org `Event` structured data (JSON-LD) for search engines, ready to sit inside a
/// `<script type="application/ld+json">`. Only published and cancelled events of public groups
/// have it: a private group's events never leak through it (SECURITY 15), whoever looks. The
/// online link is for the people going: an online event's location is its page.
fn event_json_ld(
    base_url: &str,
    group: &GroupRow,
    e: &EventRow,
    venue: Option<&VenueRow>,
) -> Option<String> {
    use serde_json::json;
    if !muster_core::policy::syndicated(&group.facts()) {
        return None;
    }
    let status = e.status();
    if status == EventStatus::Draft {
        return None;
    }
    let tz = e.timezone();
    let url = format!("{base_url}{}", e.path(&group.slug));
    let place = venue.map(|v| {
        let mut place = json!({"@type": "Place", "name": v.name});
        let address = one_line(&v.address);
        if !address.is_empty() {
            place["address"] = json!({"@type": "PostalAddress", "streetAddress": address});
        }
        if let (Some(latitude), Some(longitude)) = (v.latitude, v.longitude) {
            place["geo"] =
                json!({"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude});
        }
        place
    });
    let online =
        (!e.online_url.is_empty()).then(|| json!({"@type": "VirtualLocation", "url": url}));
    let (mode, location) = match (place, online) {
        (Some(place), Some(online)) => ("Mixed", Some(json!([place, online]))),
        (Some(place), None) => ("Offline", Some(place)),
        (None, Some(online)) => ("Online", Some(online)),
        (None, None) => ("Offline", None),
    };
    let event_status = match (status, e.previous_starts_at) {
        (EventStatus::Cancelled, _) => "EventCancelled",
        (_, Some(_)) => "EventRescheduled",
        _ => "EventScheduled",
    };
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "startDate": rfc3339_in(e.starts_at, tz),
        "endDate": rfc3339_in(e.ends_at, tz),
        "eventStatus": format!("https://schema.org/{event_status}"),
        "eventAttendanceMode": format!("https://schema.org/{mode}EventAttendanceMode"),
        "organizer": {
            "@type": "Organization",
            "name": group.name,
            "url": format!("{base_url}/g/{}", group.slug),
        },
        "url": url,
        "isAccessibleForFree": true,
    });
    let description = plain_description(e, JSON_LD_DESCRIPTION);
    if !description.is_empty() {
        doc["description"] = json!(description);
    }
    if let Some(location) = location {
        doc["location"] = location;
    }
    if let (Some(previous), false) = (e.previous_starts_at, status == EventStatus::Cancelled) {
        doc["previousStartDate"] = json!(rfc3339_in(previous, tz));
    }
    serde_json::to_string(&doc)
        .ok()
        .map(|json| script_safe_json(&json))
}

/// "Add to calendar": the event's `.ics` file, and Google Calendar's and Outlook.com's
/// "new event" pages filled in. Only for published events.
pub struct CalendarLinks {
    ics: String,
    google: String,
    outlook: String,
}

fn calendar_links(
    base_url: &str,
    group: &GroupRow,
    e: &EventRow,
    venue: Option<&VenueRow>,
) -> Option<CalendarLinks> {
    if e.status() != EventStatus::Published {
        return None;
    }
    let path = e.path(&group.slug);
    let url = format!("{base_url}{path}");
    let description = plain_description(e, CALENDAR_DETAILS);
    let details = if description.is_empty() {
        url
    } else {
        format!("{description}\n\n{url}")
    };
    let place = place_text(e, venue);
    let (title, details, place) = (
        query_value(&e.title),
        query_value(&details),
        query_value(&place),
    );
    let compact = |at: Timestamp| at.as_datetime().format("%Y%m%dT%H%M%SZ").to_string();
    let utc = |at: Timestamp| {
        at.as_datetime()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    Some(CalendarLinks {
        ics: format!("{path}.ics"),
        google: format!(
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text={title}&dates={}/{}&details={details}&location={place}",
            compact(e.starts_at),
            compact(e.ends_at),
        ),
        outlook: format!(
            "https://outlook.live.com/calendar/0/action/compose?subject={title}&startdt={}&enddt={}&body={details}&location={place}",
            query_value(&utc(e.starts_at)),
            query_value(&utc(e.ends_at)),
        ),
    })
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (access, details) =
        EventAccess::load_in_group_with_details(&state, &slug, &id, user.caller()).await?;
    event_page_with(&req, &state, &access, details, Shown::default())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RsvpForm {
    response: String,
    guests: Option<String>,
    answer: Option<String>,
}

pub async fn rsvp_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<RsvpForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = event_for(&state, &slug, &id, &user).await?;
    let form = form.0;
    let guests = match form.guests.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse::<i64>()
            .map(Some)
            .map_err(|_| AppError::invalid_field("guests", "Choose a number of guests.")),
    };
    let outcome = match guests {
        Ok(guests) => {
            muster_app::events::rsvp::rsvp(
                &state,
                &access,
                &form.response,
                guests,
                form.answer.as_deref(),
            )
            .await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(outcome) => {
            let notice = match outcome.status {
                RsvpStatus::Going => "rsvp_going",
                RsvpStatus::Waitlisted => "rsvp_waitlisted",
                RsvpStatus::NotGoing => "rsvp_not_going",
            };
            Ok(see_other(&format!(
                "{}?notice={notice}#rsvp",
                access.path()
            )))
        }
        Err(error) => {
            let spot = Spot::Rsvp {
                guests: form.guests.as_deref().and_then(|g| g.trim().parse().ok()),
                answer: form.answer,
            };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    body: String,
}

pub async fn comment_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<CommentForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = event_for(&state, &slug, &id, &user).await?;
    match muster_app::events::comments::add_comment(&state, &access, &form.0.body).await {
        Ok(row) => Ok(see_other(&format!(
            "{}?notice=comment_posted#comment-{}",
            access.path(),
            row.id
        ))),
        Err(error) => {
            let spot = Spot::Comment { body: form.0.body };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

pub async fn comment_remove(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, comment) = path.into_inner();
    let access = event_for(&state, &slug, &id, &user).await?;
    match muster_app::events::comments::remove_comment(&state, &access, &comment).await {
        Ok(()) => Ok(see_other(&format!(
            "{}?notice=comment_removed#comments",
            access.path()
        ))),
        Err(error) => {
            let spot = Spot::Comment {
                body: String::new(),
            };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

/// Where on the event page a refused form is answered.
enum Spot {
    /// The RSVP box, keeping the guests and answer as chosen.
    Rsvp {
        guests: Option<i64>,
        answer: Option<String>,
    },
    /// The comment form, keeping what was typed.
    Comment { body: String },
    /// The organizer tools.
    Tools,
}

/// Answers a refused form on the event page, at `spot`, with the refusal's status; errors not
/// shown in place become the error page.
async fn refused(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: AppError,
    spot: Spot,
) -> Result<HttpResponse, PageError> {
    if !shown_in_place(&error) {
        return Err(error.into());
    }
    let mut shown = Shown {
        status: Some(crate::error::status(&error)),
        ..Shown::default()
    };
    match spot {
        Spot::Rsvp { guests, answer } => {
            shown.rsvp_message = form_message(Some(&error));
            shown.rsvp_errors = FormErrors::from(&error);
            shown.guests = guests;
            shown.answer = answer;
        }
        Spot::Comment { body } => {
            shown.comment_message = error.headline();
            shown.comment_body = body;
        }
        Spot::Tools => shown.tools_message = error.headline(),
    }
    event_page(req, state, access, shown).await
}

/// Runs an organizer's one-button step; a refusal is shown on the event page.
async fn organizer_step(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    outcome: Result<String, AppError>,
) -> Result<HttpResponse, PageError> {
    match outcome {
        Ok(location) => Ok(see_other(&location)),
        Err(error) => refused(req, state, access, error, Spot::Tools).await,
    }
}

async fn set_closed(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    closed: bool,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let notice = if closed {
        "rsvps_closed"
    } else {
        "rsvps_opened"
    };
    let outcome = muster_app::events::schedule::set_rsvps_closed(&state, &access, closed)
        .await
        .map(|()| format!("{}?notice={notice}", access.path()));
    organizer_step(&req, &state, &access, outcome).await
}

pub async fn rsvps_close(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    set_closed(req, state, user, path, true).await
}

pub async fn rsvps_open(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    set_closed(req, state, user, path, false).await
}

pub async fn publish(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let outcome = muster_app::events::schedule::publish(&state, &access)
        .await
        .map(|_| format!("{}?notice=event_published", access.path()));
    organizer_step(&req, &state, &access, outcome).await
}

pub async fn delete_draft(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let outcome = muster_app::events::schedule::delete_draft(&state, &access)
        .await
        .map(|()| format!("/g/{slug}/events?notice=event_deleted"));
    organizer_step(&req, &state, &access, outcome).await
}

// ----------------------------------------------------------------------------- organizer pages

/// The top of every organizer page: where the event is, and the tools.
pub struct EventHead {
    slug: String,
    group_name: String,
    path: String,
    title: String,
    when: String,
    badge: &'static str,
    status_class: &'static str,
    published: bool,
}

impl EventHead {
    fn of(access: &EventAccess, now: Timestamp) -> EventHead {
        let e = &access.event;
        let (status_class, badge, _) = status_of(e, now);
        EventHead {
            slug: access.group.group.slug.clone(),
            group_name: access.group.group.name.clone(),
            path: access.path(),
            title: e.title.clone(),
            when: when_text(e.starts_at, e.ends_at, e.timezone()),
            badge,
            status_class,
            published: e.status() == EventStatus::Published,
        }
    }
}

// ----------------------------------------------------------------------------- edit

#[derive(Template)]
#[template(path = "events/edit.html")]
struct EditPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    f: EventForm,
    errors: FormErrors,
    members: Vec<MemberOption>,
    guest_choices: Vec<i64>,
    mode: &'static str,
    in_series: bool,
    message: String,
    seats_taken: i32,
}

async fn edit_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    f: EventForm,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let context = form_context(state, &access.group.group, &f).await?;
    render_with_status(
        &EditPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now()),
            tab: "edit",
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
            f,
            members: context.members,
            guest_choices: context.guest_choices,
            mode: "edit",
            in_series: access.event.series_id.is_some(),
            seats_taken: access.event.seats_taken,
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

/// The edit form as the event stands (its venue and hosts read in one round trip).
async fn current_form(state: &AppState, access: &EventAccess) -> Result<EventForm, AppError> {
    let (venue_id, id) = (access.event.venue_id, access.event.id);
    let (venue, hosts) = state
        .db
        .read(move |c| {
            let venue = match venue_id {
                Some(v) => events::find_venue(c, v)?,
                None => None,
            };
            Ok((venue, events::host_ids(c, id)?))
        })
        .await?;
    let hosts: Vec<String> = hosts.iter().map(ToString::to_string).collect();
    Ok(EventForm::of(&access.event, venue.as_ref(), &hosts))
}

pub async fn edit_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let f = current_form(&state, &access).await?;
    edit_page(&req, &state, &access, f, None).await
}

pub async fn edit_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let f = EventForm::parse(form.0);
    // The form is laid over the event as it stands once locked for the write (what the form
    // does not show, like closed RSVPs, stays as it is then). Over the event as loaded here
    // (venue and hosts come from the form) it serves only to report problems.
    let loaded = muster_app::events::fields::fields_of(&access.event, None, &[]);
    let (fields, mut problems) = f.edit_fields(&loaded, &access.event);
    let scope = match Scope::parse(Some(&f.scope)) {
        Ok(scope) => scope,
        Err(e) => {
            problems.extend(e.fields);
            Scope::This
        }
    };
    let overflow = if f.overflow {
        Overflow::Waitlist
    } else {
        Overflow::Refuse
    };
    let outcome = if problems.is_empty() {
        let (form, event) = (f.clone(), access.event.clone());
        let edit = move |current: &EventFields| Ok(form.edit_fields(current, &event).0);
        muster_app::events::schedule::update(&state, &access, edit, overflow, scope).await
    } else {
        Err(merged_errors(
            problems,
            &fields,
            &access.group.group,
            Some(&access.event),
            state.now(),
        ))
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("{}?notice=event_saved", access.path()))),
        Err(error) if shown_in_place(&error) => {
            edit_page(&req, &state, &access, f, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- cancel

#[derive(Template)]
#[template(path = "events/cancel.html")]
struct CancelPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    reason: String,
    scope: String,
    in_series: bool,
    errors: FormErrors,
    message: String,
}

fn cancel_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    form: CancelForm,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    render_with_status(
        &CancelPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now()),
            tab: "",
            reason: form.reason,
            scope: form.scope,
            in_series: access.event.series_id.is_some(),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CancelForm {
    reason: String,
    scope: String,
}

pub async fn cancel_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    cancel_page(&req, &state, &access, CancelForm::default(), None)
}

pub async fn cancel_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<CancelForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let form = form.0;
    let outcome = match Scope::parse(Some(&form.scope)) {
        Ok(scope) => {
            muster_app::events::schedule::cancel(&state, &access, &form.reason, scope).await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!(
            "{}?notice=event_cancelled",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            cancel_page(&req, &state, &access, form, Some(error))
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- attendees

pub struct AttendeeRow {
    id: String,
    name: String,
    guests: i32,
    answer: String,
    attendance: &'static str,
    no_shows: i64,
    position: i64,
    status: &'static str,
}

fn attendance_label(value: &str) -> &'static str {
    match value {
        "attended" => "Came",
        "no_show" => "No-show",
        _ => "",
    }
}

fn attendee_rows(views: Vec<api::AttendeeView>, status: &'static str) -> Vec<AttendeeRow> {
    views
        .into_iter()
        .map(|a| AttendeeRow {
            id: a.user_id.to_string(),
            name: a.name,
            guests: a.guests,
            answer: a.answer,
            attendance: attendance_label(&a.attendance),
            no_shows: a.no_shows,
            position: a.waitlist_position.unwrap_or(0),
            status,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "events/attendees.html")]
struct AttendeesPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    going: Vec<AttendeeRow>,
    waitlist: Vec<AttendeeRow>,
    not_going: Vec<AttendeeRow>,
    seats: String,
    question: String,
    candidates: Vec<MemberOption>,
    message: String,
}

async fn attendees_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let list = muster_app::events::attendees::attendees(state, access).await?;
    let answered: std::collections::HashSet<String> = list
        .attendees
        .iter()
        .map(|a| a.rsvp.user_id.to_string())
        .collect();
    let members = active_members(state, &access.group.group, &[]).await?;
    let candidates: Vec<(String, String)> = members
        .into_iter()
        .filter(|(id, _)| !answered.contains(id))
        .collect();
    let (going, waitlist, not_going) = api::attendee_views(&list);
    let e = &access.event;
    render_with_status(
        &AttendeesPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now()),
            tab: "attendees",
            going: attendee_rows(going, "going"),
            waitlist: attendee_rows(waitlist, "waitlisted"),
            not_going: attendee_rows(not_going, "not_going"),
            seats: match e.capacity {
                Some(c) => format!("{} of {c} seats taken (guests included).", e.seats_taken),
                None => format!(
                    "{} taken (guests included); no limit.",
                    plural(i64::from(e.seats_taken), "seat", "seats")
                ),
            },
            question: e.rsvp_question.clone(),
            candidates: member_options(&candidates, &[]),
            message: error.as_ref().map(AppError::headline).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn attendees(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    attendees_page(&req, &state, &access, None).await
}

pub async fn attendees_csv(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let list = muster_app::events::attendees::attendees(&state, &access).await?;
    Ok(api::csv_response(&access, api::attendees_csv_text(&list)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    status: String,
    user_id: String,
}

async fn move_attendee(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    user_id: &str,
    status: &str,
) -> Result<HttpResponse, PageError> {
    match muster_app::events::attendees::manage_rsvp(state, access, user_id, status, None).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/attendees?notice=attendee_moved#p-{user_id}",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            attendees_page(req, state, access, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn attendee_move(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<MoveForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, target) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    move_attendee(&req, &state, &access, &target, &form.0.status).await
}

pub async fn attendee_add(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<MoveForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let form = form.0;
    if form.user_id.trim().is_empty() {
        let error = AppError::invalid_field("user_id", "Choose a member to add.");
        return attendees_page(&req, &state, &access, Some(error)).await;
    }
    move_attendee(&req, &state, &access, form.user_id.trim(), &form.status).await
}

// ----------------------------------------------------------------------------- check-in

pub struct CheckinRow {
    id: String,
    name: String,
    guests: i32,
    attendance: String,
}

#[derive(Template)]
#[template(path = "events/checkin.html")]
struct CheckinPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    people: Vec<CheckinRow>,
    here: usize,
    message: String,
}

async fn checkin_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let list = muster_app::events::attendees::attendees(state, access).await?;
    let (going, _, _) = api::attendee_views(&list);
    let mut people: Vec<CheckinRow> = going
        .into_iter()
        .map(|a| CheckinRow {
            id: a.user_id.to_string(),
            name: a.name,
            guests: a.guests,
            attendance: a.attendance,
        })
        .collect();
    // At the door people are found by name.
    people.sort_by_key(|p| p.name.to_lowercase());
    render_with_status(
        &CheckinPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now()),
            tab: "checkin",
            here: people.iter().filter(|p| p.attendance == "attended").count(),
            people,
            message: error.as_ref().map(AppError::headline).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn checkin(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    checkin_page(&req, &state, &access, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AttendanceForm {
    attendance: String,
}

pub async fn checkin_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<AttendanceForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, target) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    match muster_app::events::attendees::set_attendance(
        &state,
        &access,
        &target,
        &form.0.attendance,
    )
    .await
    {
        Ok(()) => Ok(see_other(&format!("{}/checkin#p-{target}", access.path()))),
        Err(error) if shown_in_place(&error) => {
            checkin_page(&req, &state, &access, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- talks

/// A talk form's values as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TalkForm {
    title: String,
    speaker_name: String,
    speaker_user_id: String,
    #[serde(rename = "abstract")]
    abstract_: String,
    slides_url: String,
    video_url: String,
    lightning: String,
    standby: String,
}

impl TalkForm {
    fn of(fields: TalkFields) -> TalkForm {
        let flag = |b: bool| if b { "yes" } else { "" }.to_owned();
        TalkForm {
            title: fields.title,
            speaker_name: fields.speaker_name,
            speaker_user_id: fields.speaker_user_id,
            abstract_: fields.r#abstract,
            slides_url: fields.slides_url,
            video_url: fields.video_url,
            lightning: flag(fields.lightning),
            standby: flag(fields.standby),
        }
    }

    fn to_fields(&self) -> TalkFields {
        TalkFields {
            title: self.title.clone(),
            speaker_name: self.speaker_name.clone(),
            speaker_user_id: self.speaker_user_id.clone(),
            r#abstract: self.abstract_.clone(),
            slides_url: self.slides_url.clone(),
            video_url: self.video_url.clone(),
            lightning: checked(&self.lightning),
            standby: checked(&self.standby),
        }
    }

    fn is_lightning(&self) -> bool {
        checked(&self.lightning)
    }

    fn is_standby(&self) -> bool {
        checked(&self.standby)
    }
}

#[derive(Template)]
#[template(path = "events/talks.html")]
struct TalksPage {
    page: PageContext,
    head: EventHead,
    tab: &'static str,
    talks: Vec<TalkInfo>,
    f: TalkForm,
    errors: FormErrors,
    members: Vec<MemberOption>,
    message: String,
    /// The form posts here: the list (a new talk) or one talk (an edit).
    action: String,
    talk_id: String,
}

async fn talks_view(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    talk_id: Option<&str>,
    f: TalkForm,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let event = access.event.id;
    let rows = state.db.read(move |c| talks::for_event(c, event)).await?;
    let chosen: Vec<String> = [f.speaker_user_id.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let members = active_members(state, &access.group.group, &chosen).await?;
    let action = match talk_id {
        Some(t) => format!("{}/talks/{t}", access.path()),
        None => format!("{}/talks", access.path()),
    };
    render_with_status(
        &TalksPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now()),
            tab: "talks",
            talks: talk_infos(&rows),
            members: member_options(&members, &chosen),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
            f,
            action,
            talk_id: talk_id.unwrap_or_default().to_owned(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn talks_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    talks_view(&req, &state, &access, None, TalkForm::default(), None).await
}

pub async fn talk_add(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<TalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    match muster_app::events::talks::add_talk(&state, &access, &form.0.to_fields()).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/talks?notice=talk_added",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            talks_view(&req, &state, &access, None, form.0, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn talk_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let talk_id = muster_core::id::TalkId::parse(&talk).map_err(|_| AppError::not_found())?;
    let event = access.event.id;
    let row = state
        .db
        .read(move |c| talks::find(c, event, talk_id))
        .await?
        .ok_or_else(AppError::not_found)?;
    let f = TalkForm::of(TalkFields::of(&row));
    talks_view(&req, &state, &access, Some(&talk), f, None).await
}

pub async fn talk_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<TalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let fields = form.0.to_fields();
    match muster_app::events::talks::update_talk(&state, &access, &talk, move |_| fields).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/talks?notice=talk_saved#talk-{talk}",
            access.path()
        ))),
        Err(error) if shown_in_place(&error) => {
            talks_view(&req, &state, &access, Some(&talk), form.0, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn talk_delete(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    muster_app::events::talks::delete_talk(&state, &access, &talk).await?;
    Ok(see_other(&format!(
        "{}/talks?notice=talk_deleted",
        access.path()
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveTalkForm {
    direction: String,
}

pub async fn talk_move(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<MoveTalkForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, talk) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let event = access.event.id;
    let rows = state.db.read(move |c| talks::for_event(c, event)).await?;
    let mut order: Vec<String> = rows.iter().map(|t| t.id.to_string()).collect();
    let Some(at) = order.iter().position(|t| t.eq_ignore_ascii_case(&talk)) else {
        return Err(AppError::not_found().into());
    };
    let other = match form.0.direction.as_str() {
        "up" => at.checked_sub(1),
        "down" => Some(at + 1).filter(|i| *i < order.len()),
        _ => {
            return Err(
                AppError::bad_request(ErrorCode::InvalidDirection, "Move up or down.").into(),
            );
        }
    };
    if let Some(other) = other {
        order.swap(at, other);
        if let Err(error) = muster_app::events::talks::reorder_talks(&state, &access, &order).await
        {
            return talks_view(
                &req,
                &state,
                &access,
                None,
                TalkForm::default(),
                Some(error),
            )
            .await;
        }
    }
    Ok(see_other(&format!(
        "{}/talks#talk-{}",
        access.path(),
        order.get(other.unwrap_or(at)).cloned().unwrap_or_default()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let doc = serde_json::json!({"name": "</script><script>alert(1)</script><!-- & \u{2028}"});
        let safe = script_safe_json(&serde_json::to_string(&doc).unwrap());
        assert!(
            !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
            "{safe}"
        );
        assert!(safe.contains(r"\u003c/script\u003e"), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, doc, "still the same JSON");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(
            query_value("Pizza & Python: 100% fun?\n#1 a+b/c é"),
            "Pizza%20%26%20Python%3A%20100%25%20fun%3F%0A%231%20a%2Bb%2Fc%20%C3%A9"
        );
        assert_eq!(query_value("safe-._~AZaz09"), "safe-._~AZaz09");
    }

    #[test]
    fn descriptions_read_as_plain_text() {
        let html = muster_core::markdown::to_safe_html(
            "# Title\n\nSome **bold** [link](https://x.org \"a>b\").\n\n* one\n* two &amp; <three>\n\nA&nbsp;B \"q\" it's",
        );
        assert_eq!(
            html_to_text(&html),
            "Title Some bold link. one two & <three> A B \"q\" it's"
        );
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("a&bogus;b &#x41;&#66; &"), "a&bogus;b AB &");
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("ééééé", 5), "ééééé");
        assert_eq!(truncate_chars("éééééé", 5), "éééé…");
        assert_eq!(truncate_chars("word word word", 7), "word…");
        assert_eq!(truncate_chars("word word", 6), "word…");
        assert_eq!(truncate_chars("a verylongword", 8), "a veryl…");
    }
}
