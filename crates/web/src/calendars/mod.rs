//! Calendar feeds: one event's `.ics`, a public group's feed, the instance's feed of public
//! upcoming events, and each member's private feed behind a revocable token.
//!
//! Every feed answers conditional requests: its strong `ETag` and `Last-Modified` come from a
//! cheap version (indexed aggregates: how many events, the latest change), so `If-None-Match`
//! and `If-Modified-Since` are answered with 304 before any event is loaded or rendered.
//! Public feeds (these and the groups' Atom feeds) are the same for every caller; their
//! rendered text is kept in a small in-memory cache keyed by that version, so after a change
//! the first poll renders and the following ones are served from memory.

mod cache;
pub mod conditional;
pub mod tokens;

use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use chrono::Duration;
use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    group::Slug,
    links::host_of,
    policy::syndicated,
};
use muster_db::{
    events::{self, EventRow, VenueRow},
    feeds::{self, FeedEvent, FeedVersion},
    groups::{self, GroupRow},
    rsvps,
    users::UserRow,
};
use muster_ical::{Calendar, Method, Organizer, Status};
use muster_mail::CalendarPart;

pub use cache::FeedCache;
use conditional::Validator;

use crate::{
    auth::MaybeUser,
    error::{AppError, PageError},
    events::{EventAccess, pages::place_text},
    routes::{Access, RouteTable},
    state::AppState,
};

/// How far back a group's feed reaches (upcoming events are all in it).
pub const PAST_WINDOW: Duration = Duration::days(365);
/// How often subscribers are asked to poll.
const REFRESH: Duration = Duration::hours(1);
/// Bump when the rendered text changes shape, so cached copies and client ETags turn stale.
const FORMAT: &str = "ics-1";
const PRODUCT: &str = concat!("-//Muster//Muster ", env!("CARGO_PKG_VERSION"), "//EN");
/// The most events the instance feed carries.
const INSTANCE_LIMIT: i64 = 1_000;

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/events.ics")
        .get(Access::Public, instance_feed)
        .done();
    table
        .resource("/g/{slug}/events.ics")
        .get(Access::Public, group_feed)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}.ics")
        .get(Access::Public, event_file)
        .done();
    table
        .resource("/feeds/{token}/calendar.ics")
        .get(Access::SecretLink, tokens::member_feed)
        .done();
    tokens::routes(table);
}

/// An event's calendar entry, owning the text the renderer borrows.
struct Entry {
    uid: String,
    url: String,
    summary: String,
    description: String,
    location: Option<String>,
    geo: Option<(f64, f64)>,
    organizer_name: String,
    organizer_email: String,
    status: Status,
    /// The entry's last change: the event's, or the reader's answer if that is newer.
    changed: Timestamp,
    event: EventRow,
}

/// Whose entry it is: the reader's answer (in a member's feed or a signed-in download) and
/// whether they may see the online link (`EventDetails::sees_online_link`: organizers and
/// people going). Public feeds have neither.
#[derive(Default)]
struct Reader<'a> {
    rsvp: Option<&'a str>,
    rsvp_changed: Option<Timestamp>,
    sees_online_link: bool,
}

impl Entry {
    fn new(
        base_url: &str,
        event: EventRow,
        venue: Option<&VenueRow>,
        group: &GroupRow,
        reader: &Reader<'_>,
    ) -> Entry {
        let host = host_of(base_url);
        let url = format!("{base_url}{}", event.path(&group.slug));
        let cancelled = event.status() == EventStatus::Cancelled;
        let waitlisted = reader.rsvp == Some(RsvpStatus::Waitlisted.as_str());
        let status = if cancelled {
            Status::Cancelled
        } else if waitlisted {
            Status::Tentative
        } else {
            Status::Confirmed
        };
        let summary = if cancelled {
            format!("Cancelled: {}", event.title)
        } else if waitlisted {
            format!("Waitlist: {}", event.title)
        } else {
            event.title.clone()
        };
        // The Markdown source reads well as plain text and keeps its line breaks.
        let mut description = String::new();
        if cancelled {
            description.push_str("This event is cancelled.");
            if !event.cancel_reason.is_empty() {
                description.push(' ');
                description.push_str(&event.cancel_reason);
            }
            description.push_str("\n\n");
        }
        if waitlisted {
            description.push_str("You are on the waitlist.\n\n");
        }
        if !event.description.is_empty() {
            description.push_str(&event.description);
            description.push_str("\n\n");
        }
        let sees_link = reader.sees_online_link && !event.online_url.is_empty();
        if sees_link {
            description.push_str("Join online: ");
            description.push_str(&event.online_url);
            description.push_str("\n\n");
        }
        description.push_str(&group.name);
        description.push_str(": ");
        description.push_str(&url);
        let location = if sees_link && venue.is_none() {
            event.online_url.clone()
        } else {
            place_text(&event, venue)
        };
        let organizer_email = if group.contact_email.is_empty() {
            format!("noreply@{host}")
        } else {
            group.contact_email.clone()
        };
        Entry {
            uid: format!("{}@{host}", event.id),
            url,
            summary,
            description,
            location: (!location.is_empty()).then_some(location),
            geo: venue.and_then(|v| v.latitude.zip(v.longitude)),
            organizer_name: group.name.clone(),
            organizer_email,
            status,
            changed: event
                .updated_at
                .max(reader.rsvp_changed.unwrap_or(event.updated_at)),
            event,
        }
    }

    fn as_event(&self) -> muster_ical::Event<'_> {
        let e = &self.event;
        muster_ical::Event {
            uid: &self.uid,
            // The last change, not the time of the request: the same feed renders the same
            // bytes, as a strong ETag promises; and a change of the reader's answer (waitlist
            // to going) is a newer version of their entry.
            stamp: self.changed.as_datetime(),
            starts_at: e.starts_at.as_datetime(),
            ends_at: e.ends_at.as_datetime(),
            timezone: e.timezone().tz(),
            sequence: u32::try_from(e.sequence).unwrap_or(0),
            created: Some(e.created_at.as_datetime()),
            last_modified: self.changed.as_datetime(),
            status: self.status,
            summary: &self.summary,
            description: &self.description,
            location: self.location.as_deref(),
            geo: self.geo,
            url: Some(&self.url),
            organizer: Some(Organizer {
                name: &self.organizer_name,
                email: &self.organizer_email,
            }),
            attendee: None,
        }
    }
}

/// Entries for a feed's events; `group` is the group of a one-group feed (each event of a
/// feed that spans groups carries its own).
fn entries(
    state: &AppState,
    events: Vec<FeedEvent>,
    group: Option<&GroupRow>,
    member: bool,
) -> Vec<Entry> {
    events
        .into_iter()
        .filter_map(|f| {
            let group = f.group.as_ref().or(group)?;
            let reader = Reader {
                rsvp: f.rsvp.as_deref(),
                rsvp_changed: f.rsvp_changed,
                sees_online_link: member && f.rsvp.as_deref() == Some(RsvpStatus::Going.as_str()),
            };
            Some(Entry::new(
                &state.config.base_url,
                f.event.clone(),
                f.venue.as_ref(),
                group,
                &reader,
            ))
        })
        .collect()
}

/// Every published and cancelled event of `group` as one calendar, as its public feed shows
/// them but without the feed's window: a group archive's `calendar.ics`.
pub(crate) fn whole_group_calendar(
    base_url: &str,
    group: &GroupRow,
    events: &[EventRow],
    venues: &[VenueRow],
) -> String {
    let reader = Reader::default();
    let entries: Vec<Entry> = events
        .iter()
        .filter(|e| e.status() != EventStatus::Draft)
        .map(|e| {
            let venue = e.venue_id.and_then(|id| venues.iter().find(|v| v.id == id));
            Entry::new(base_url, e.clone(), venue, group, &reader)
        })
        .collect();
    let description = format!("Every meetup of {}", group.name);
    let calendar = feed_calendar(&group.name, Some(&description), group.timezone.parse().ok());
    render(&calendar, &entries)
}

/// The iMIP part for one person's email about `event`: `REQUEST` (the event as they will hold
/// it: going, or tentative while waitlisted, with the online link if they are going) or
/// `CANCEL`. Same UID and SEQUENCE as the feeds, so a client updates the entry it has.
pub fn invitation(
    base_url: &str,
    event: &EventRow,
    venue: Option<&VenueRow>,
    group: &GroupRow,
    to: &UserRow,
    going: bool,
    method: Method,
) -> CalendarPart {
    let rsvp = if going {
        RsvpStatus::Going
    } else {
        RsvpStatus::Waitlisted
    };
    let reader = Reader {
        rsvp: Some(rsvp.as_str()),
        rsvp_changed: None,
        sees_online_link: going,
    };
    let entry = Entry::new(base_url, event.clone(), venue, group, &reader);
    let mut ical = entry.as_event();
    ical.attendee = Some(muster_ical::Attendee {
        name: &to.display_name,
        email: &to.email,
        accepted: going,
    });
    let calendar = Calendar {
        product: PRODUCT,
        method,
        name: None,
        description: None,
        timezone: None,
        refresh: None,
    };
    CalendarPart {
        method: match method {
            Method::Cancel => "CANCEL",
            _ => "REQUEST",
        }
        .to_owned(),
        ics: muster_ical::render(&calendar, &[ical]),
    }
}

/// Renders entries into a calendar.
fn render(calendar: &Calendar<'_>, entries: &[Entry]) -> String {
    let events: Vec<muster_ical::Event<'_>> = entries.iter().map(Entry::as_event).collect();
    muster_ical::render(calendar, &events)
}

/// A feed calendar with the usual settings.
fn feed_calendar<'a>(
    name: &'a str,
    description: Option<&'a str>,
    timezone: Option<chrono_tz::Tz>,
) -> Calendar<'a> {
    Calendar {
        product: PRODUCT,
        method: Method::Publish,
        name: Some(name),
        description,
        timezone,
        refresh: Some(REFRESH),
    }
}

/// `Cache-Control` of feeds: shared caches may keep public ones for five minutes; personal ones
/// are revalidated every time.
pub(crate) fn cache_headers(response: &mut HttpResponse, public: bool) {
    let value = if public {
        "public, max-age=300"
    } else {
        "private, max-age=0, must-revalidate"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
}

/// A `200` with a feed's body and its validators.
fn feed_response(
    body: web::Bytes,
    validator: &Validator,
    content_type: &'static str,
    disposition: &str,
    public: bool,
) -> Result<HttpResponse, AppError> {
    let mut response = HttpResponse::Ok();
    response.content_type(content_type).insert_header((
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(disposition).map_err(AppError::internal)?,
    ));
    validator.apply(&mut response);
    let mut response = response.body(body);
    cache_headers(&mut response, public);
    Ok(response)
}

const CALENDAR: &str = "text/calendar; charset=utf-8";

/// A feed that is the same for every caller (group and instance calendars, Atom).
pub(crate) struct PublicFeed {
    /// Its key in the [`FeedCache`].
    pub key: String,
    pub content_type: &'static str,
    /// `Content-Disposition`.
    pub disposition: String,
}

/// Answers a request for a public feed whose current version gives `validator`: 304 when the
/// client's copy is current, else the cached text for that version, else what `render` makes
/// (which reads the version again with the events, so the body and its ETag always agree).
pub(crate) async fn serve_public<F, Fut>(
    req: &HttpRequest,
    state: &AppState,
    feed: PublicFeed,
    validator: Validator,
    render: F,
) -> Result<HttpResponse, PageError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<(Validator, String), PageError>>,
{
    if validator.matches(req) {
        return Ok(validator.not_modified(true));
    }
    let (validator, body) = match state.feeds.get(&feed.key, validator.etag()) {
        Some(body) => (validator, body),
        None => {
            let (validator, text) = render().await?;
            let body = web::Bytes::from(text);
            state.feeds.put(&feed.key, validator.etag(), body.clone());
            (validator, body)
        }
    };
    Ok(feed_response(
        body,
        &validator,
        feed.content_type,
        &feed.disposition,
        true,
    )?)
}

/// The validator of a public group's calendar at `version`.
fn group_validator(state: &AppState, group: &GroupRow, version: FeedVersion) -> Validator {
    let config = &state.config;
    Validator::group_feed(
        &[FORMAT, &config.base_url, &config.instance_name],
        group,
        version,
    )
}

/// `GET /g/{slug}/events.ics`: a public group's events of the last year and all upcoming ones,
/// cancelled ones included. Private groups have no public feed (404): their members subscribe
/// to their own feed.
async fn group_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = Slug::parse(&slug).map_err(|_| AppError::not_found())?;
    let since = state.now() - PAST_WINDOW;
    let found = state
        .db
        .read(move |c| {
            let Some(group) = groups::find_by_slug(c, slug.as_str())? else {
                return Ok(None);
            };
            if !syndicated(&group.facts()) {
                return Ok(None);
            }
            let version = feeds::group_version(c, group.id, Some(since))?;
            Ok(Some((group, version)))
        })
        .await?;
    let (group, version) = found.ok_or_else(AppError::not_found)?;
    let feed = PublicFeed {
        key: format!("ics:{}", group.id),
        content_type: CALENDAR,
        disposition: format!("inline; filename=\"{}.ics\"", group.slug),
    };
    let validator = group_validator(&state, &group, version);
    serve_public(&req, &state, feed, validator, || async {
        let id = group.id;
        let (version, events) = state
            .db
            .read(move |c| {
                Ok((
                    feeds::group_version(c, id, Some(since))?,
                    feeds::group_events(c, id, since)?,
                ))
            })
            .await?;
        let entries = entries(&state, events, Some(&group), false);
        let description = format!(
            "Meetups of {} on {}",
            group.name, state.config.instance_name
        );
        let zone = group.timezone.parse().ok();
        let calendar = feed_calendar(&group.name, Some(&description), zone);
        Ok((
            group_validator(&state, &group, version),
            render(&calendar, &entries),
        ))
    })
    .await
}

/// The validator of the instance calendar at `version`.
fn instance_validator(state: &AppState, version: FeedVersion) -> Validator {
    Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &state.config.instance_name,
            "instance",
            &version.events.to_string(),
            &version
                .changed_at
                .map(Timestamp::to_rfc3339)
                .unwrap_or_default(),
        ],
        version.changed_at,
    )
}

/// `GET /events.ics`: every public group's upcoming events.
async fn instance_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let now = state.now();
    let version = state
        .db
        .read(move |c| feeds::public_upcoming_version(c, now))
        .await?;
    let feed = PublicFeed {
        key: "ics:instance".to_owned(),
        content_type: CALENDAR,
        disposition: "inline; filename=\"events.ics\"".to_owned(),
    };
    let validator = instance_validator(&state, version);
    serve_public(&req, &state, feed, validator, || async {
        let (version, events) = state
            .db
            .read(move |c| {
                Ok((
                    feeds::public_upcoming_version(c, now)?,
                    feeds::public_upcoming(c, now, INSTANCE_LIMIT)?,
                ))
            })
            .await?;
        let entries = entries(&state, events, None, false);
        let description = format!("Upcoming meetups on {}", state.config.instance_name);
        let calendar = feed_calendar(&state.config.instance_name, Some(&description), None);
        Ok((
            instance_validator(&state, version),
            render(&calendar, &entries),
        ))
    })
    .await
}

/// `GET /g/{slug}/events/{id}.ics`: one event to download ("Add to calendar"). Whoever may see
/// the event may download it; drafts are not offered. What a signed-in reader gets is theirs
/// (their answer, the online link if they are going), so only anonymous copies are public.
async fn event_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = EventAccess::load_in_group(&state, &slug, &id, user.0.as_ref()).await?;
    if access.event.status() == EventStatus::Draft {
        return Err(AppError::not_found().into());
    }
    let (event_id, venue_id) = (access.event.id, access.event.venue_id);
    let reader_id = user.0.as_ref().map(|a| a.user.id);
    let (venue, mine) = state
        .db
        .read(move |c| {
            let venue = match venue_id {
                Some(v) => events::find_venue(c, v)?,
                None => None,
            };
            let mine = match reader_id {
                Some(u) => rsvps::find(c, event_id, u)?,
                None => None,
            };
            Ok((venue, mine))
        })
        .await?;
    let public = user.0.is_none();
    let rsvp = mine
        .as_ref()
        .map(|m| m.status.as_str())
        .filter(|s| *s != RsvpStatus::NotGoing.as_str());
    let reader = Reader {
        rsvp,
        rsvp_changed: rsvp.and(mine.as_ref().map(|m| m.updated_at)),
        sees_online_link: access.can_manage() || rsvp == Some(RsvpStatus::Going.as_str()),
    };
    let validator = Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &access.event.id.to_string(),
            &access.event.updated_at.to_rfc3339(),
            &access.group.group.updated_at.to_rfc3339(),
            rsvp.unwrap_or(""),
            if reader.sees_online_link { "link" } else { "" },
        ],
        Some(
            access
                .event
                .updated_at
                .max(access.group.group.updated_at)
                .max(reader.rsvp_changed.unwrap_or(access.event.updated_at)),
        ),
    );
    if validator.matches(&req) {
        return Ok(validator.not_modified(public));
    }
    let filename = format!("{}.ics", file_name(&access.event.title));
    let group = access.group.group;
    let entry = Entry::new(
        &state.config.base_url,
        access.event,
        venue.as_ref(),
        &group,
        &reader,
    );
    let calendar = Calendar {
        product: PRODUCT,
        method: Method::Publish,
        name: None,
        description: None,
        timezone: None,
        refresh: None,
    };
    let body = web::Bytes::from(render(&calendar, &[entry]));
    Ok(feed_response(
        body,
        &validator,
        CALENDAR,
        &format!("attachment; filename=\"{filename}\""),
        public,
    )?)
}

/// A file name for `Content-Disposition`: the slug-like letters of `text`.
fn file_name(text: &str) -> String {
    let mut name: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name = name.trim_matches('-');
    let name: String = name.chars().take(60).collect();
    if name.is_empty() {
        "event".to_owned()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_are_tame() {
        assert_eq!(file_name("PyData Berlin: Nov!"), "pydata-berlin-nov");
        assert_eq!(file_name("\"; rm -rf /\r\n"), "rm-rf");
        assert_eq!(file_name("🐍🐍"), "event");
    }
}
