//! Calendar feeds: one event's `.ics`, a public group's feed, the instance's feed of public
//! upcoming events, and each member's private feed behind a revocable token.
//!
//! Every feed answers conditional requests: its strong `ETag` and `Last-Modified` come from a
//! cheap version (an indexed aggregate for public feeds), so `If-None-Match` and
//! `If-Modified-Since` are answered with 304 before any event is loaded or rendered. Public
//! feeds are the same for every caller; their rendered text is kept in a small in-memory
//! cache keyed by that version, so a poll after a change renders once for everybody.

mod cache;
pub mod conditional;
pub mod tokens;

use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use chrono::Duration;
use muster_core::{Timestamp, event::EventStatus, group::Slug};
use muster_db::{
    events::{EventRow, VenueRow},
    feeds::{self, FeedEvent},
    groups::{self, GroupRow},
};
use muster_ical::{Calendar, Method, Organizer, Status};

pub use cache::FeedCache;
use conditional::Validator;

use crate::{
    auth::MaybeUser,
    error::{AppError, PageError},
    events::EventAccess,
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

/// The host name of the base URL (for UIDs and the fallback organizer address).
fn host(state: &AppState) -> &str {
    let origin = state.config.origin();
    let host = origin.split("://").nth(1).unwrap_or(origin);
    host.split(':').next().unwrap_or(host)
}

/// What differs between feeds when their events are turned into calendar entries.
struct Viewer {
    /// Show the online link where the viewer is going (a member's own feed, the organizers').
    sees_online_links: bool,
    manages: bool,
}

impl Viewer {
    const PUBLIC: Viewer = Viewer {
        sees_online_links: false,
        manages: false,
    };
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
    event: EventRow,
}

impl Entry {
    fn new(
        state: &AppState,
        event: EventRow,
        venue: Option<&VenueRow>,
        group: &GroupRow,
        rsvp: Option<&str>,
        viewer: &Viewer,
    ) -> Entry {
        let host = host(state);
        let url = format!("{}{}", state.config.base_url, event.path(&group.slug));
        let cancelled = event.status() == EventStatus::Cancelled;
        let waitlisted = rsvp == Some("waitlisted");
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
        let online = !event.online_url.is_empty();
        let sees_link =
            online && (viewer.manages || (viewer.sees_online_links && rsvp == Some("going")));
        if sees_link {
            description.push_str("Join online: ");
            description.push_str(&event.online_url);
            description.push_str("\n\n");
        }
        description.push_str(&group.name);
        description.push_str(": ");
        description.push_str(&url);
        let location = match venue {
            Some(v) if v.address.is_empty() => Some(v.name.clone()),
            Some(v) => Some(format!("{}, {}", v.name, v.address)),
            None if sees_link => Some(event.online_url.clone()),
            None if online => Some("Online".to_owned()),
            None => None,
        };
        let geo = venue.and_then(|v| v.latitude.zip(v.longitude));
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
            location,
            geo,
            organizer_name: group.name.clone(),
            organizer_email,
            status,
            event,
        }
    }

    fn as_event(&self) -> muster_ical::Event<'_> {
        let e = &self.event;
        muster_ical::Event {
            uid: &self.uid,
            // The last change, not the time of the request: the same feed renders the same
            // bytes, as a strong ETag promises.
            stamp: e.updated_at.as_datetime(),
            starts_at: e.starts_at.as_datetime(),
            ends_at: e.ends_at.as_datetime(),
            timezone: e.timezone().tz(),
            sequence: u32::try_from(e.sequence).unwrap_or(0),
            created: Some(e.created_at.as_datetime()),
            last_modified: e.updated_at.as_datetime(),
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
        }
    }
}

/// Renders entries into a calendar.
fn render(calendar: &Calendar<'_>, entries: &[Entry]) -> String {
    let events: Vec<muster_ical::Event<'_>> = entries.iter().map(Entry::as_event).collect();
    muster_ical::render(calendar, &events)
}

/// A `text/calendar` response with its validators.
fn calendar_response(
    body: web::Bytes,
    validator: &Validator,
    filename: &str,
    public: bool,
) -> HttpResponse {
    let mut response = HttpResponse::Ok();
    response
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{filename}\""),
        ));
    validator.apply(&mut response);
    let mut response = response.body(body);
    cache_headers(&mut response, public);
    response
}

fn cache_headers(response: &mut HttpResponse, public: bool) {
    let value = if public {
        "public, max-age=300"
    } else {
        "private, max-age=0, must-revalidate"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
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
            if group.visibility() != muster_core::group::Visibility::Public {
                return Ok(None);
            }
            let version = feeds::group_version(c, group.id, since)?;
            Ok(Some((group, version)))
        })
        .await?;
    let (group, version) = found.ok_or_else(AppError::not_found)?;
    let validator = Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &group.id.to_string(),
            &group.updated_at.to_rfc3339(),
            &version.events.to_string(),
            &version
                .changed_at
                .map(Timestamp::to_rfc3339)
                .unwrap_or_default(),
        ],
        version
            .changed_at
            .into_iter()
            .chain([group.updated_at])
            .max(),
    );
    if validator.matches(&req) {
        return Ok(validator.not_modified(true));
    }
    let key = format!("group:{}", group.id);
    let body = match state.feeds.get(&key, validator.etag()) {
        Some(body) => body,
        None => {
            let id = group.id;
            let events = state
                .db
                .read(move |c| feeds::group_events(c, id, since))
                .await?;
            let entries: Vec<Entry> = events
                .into_iter()
                .map(|f| {
                    Entry::new(
                        &state,
                        f.event,
                        f.venue.as_ref(),
                        &group,
                        None,
                        &Viewer::PUBLIC,
                    )
                })
                .collect();
            let zone = group_zone(&group);
            let description = format!(
                "Meetups of {} on {}",
                group.name, state.config.instance_name
            );
            let calendar = Calendar {
                product: PRODUCT,
                method: Method::Publish,
                name: Some(&group.name),
                description: Some(&description),
                timezone: zone,
                refresh: Some(REFRESH),
            };
            let body = web::Bytes::from(render(&calendar, &entries));
            state.feeds.put(&key, validator.etag(), body.clone());
            body
        }
    };
    Ok(calendar_response(
        body,
        &validator,
        &format!("{}.ics", group.slug),
        true,
    ))
}

fn group_zone(group: &GroupRow) -> Option<chrono_tz::Tz> {
    group.timezone.parse().ok()
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
    let validator = Validator::new(
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
    );
    if validator.matches(&req) {
        return Ok(validator.not_modified(true));
    }
    let key = "instance";
    let body = match state.feeds.get(key, validator.etag()) {
        Some(body) => body,
        None => {
            let events = state
                .db
                .read(move |c| feeds::public_upcoming(c, now, INSTANCE_LIMIT))
                .await?;
            let entries = entries(&state, events, &Viewer::PUBLIC);
            let description = format!("Upcoming meetups on {}", state.config.instance_name);
            let calendar = Calendar {
                product: PRODUCT,
                method: Method::Publish,
                name: Some(&state.config.instance_name),
                description: Some(&description),
                timezone: None,
                refresh: Some(REFRESH),
            };
            let body = web::Bytes::from(render(&calendar, &entries));
            state.feeds.put(key, validator.etag(), body.clone());
            body
        }
    };
    Ok(calendar_response(body, &validator, "events.ics", true))
}

/// Entries of a feed that spans groups (each [`FeedEvent`] carries its group).
fn entries(state: &AppState, events: Vec<FeedEvent>, viewer: &Viewer) -> Vec<Entry> {
    events
        .into_iter()
        .filter_map(|f| {
            let group = f.group?;
            Some(Entry::new(
                state,
                f.event,
                f.venue.as_ref(),
                &group,
                f.rsvp.as_deref(),
                viewer,
            ))
        })
        .collect()
}

/// `GET /g/{slug}/events/{id}.ics`: one event to download ("Add to calendar"). Whoever may see
/// the event may download it; drafts are not offered.
async fn event_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (access, details) =
        EventAccess::load_with_details(&state, &id, user.0.as_ref(), false).await?;
    if access.group.group.slug != slug || access.event.status() == EventStatus::Draft {
        return Err(AppError::not_found().into());
    }
    let public = access.group.group.visibility() == muster_core::group::Visibility::Public;
    let rsvp = details.mine.as_ref().map(|m| m.status.as_str());
    let viewer = Viewer {
        sees_online_links: true,
        manages: access.can_manage(),
    };
    let validator = Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &access.event.id.to_string(),
            &access.event.updated_at.to_rfc3339(),
            &access.group.group.updated_at.to_rfc3339(),
            rsvp.unwrap_or(""),
            if viewer.manages { "manager" } else { "" },
        ],
        Some(access.event.updated_at.max(access.group.group.updated_at)),
    );
    if validator.matches(&req) {
        return Ok(validator.not_modified(public));
    }
    let filename = format!("{}.ics", file_name(&access.event.title));
    let group = access.group.group;
    let entry = Entry::new(
        &state,
        access.event,
        details.venue.as_ref(),
        &group,
        rsvp,
        &viewer,
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
    let mut response = calendar_response(body, &validator, &filename, public);
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
            .map_err(AppError::internal)?,
    );
    Ok(response)
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
