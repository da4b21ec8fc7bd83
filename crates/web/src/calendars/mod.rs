//! Calendar feeds: one event's `.ics`, a public group's feed, the instance's feed of public
//! upcoming events, and each member's private feed behind a revocable token.
//!
//! Every feed answers conditional requests: its strong `ETag` and `Last-Modified` come from a
//! cheap version (indexed aggregates: how many events, the latest change), so `If-None-Match`
//! and `If-Modified-Since` are answered with 304 before any event is loaded or rendered.
//! Public feeds (these and the groups' Atom feeds) are the same for every caller; their
//! rendered text is kept in a small in-memory cache keyed by that version, so after a change
//! the first poll renders and the following ones are served from memory.

pub mod conditional;
pub mod tokens;

use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use muster_app::{
    calendars::{
        EventDownload, FORMAT, INSTANCE_LIMIT, PAST_WINDOW, entries, feed_calendar, render,
    },
    events::EventAccess,
};
use muster_core::{Timestamp, event::RsvpStatus, group::Slug, policy::syndicated};
use muster_db::{
    feeds::{self, FeedVersion},
    groups::{self, GroupRow},
};

use conditional::Validator;

use crate::{
    auth::MaybeUser,
    error::{AppError, PageError},
    routes::{Access, RouteTable},
    state::AppState,
};

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
    /// Its key in the feeds' [`crate::cache::RenderCache`].
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
    let (validator, body) = match state.feeds.get(&feed.key, validator.etag(), state.now()) {
        Some(body) => (validator, body),
        None => {
            let (validator, text) = render().await?;
            let body = web::Bytes::from(text);
            state
                .feeds
                .put(&feed.key, validator.etag(), None, body.clone());
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
    let locale = group_locale(state, group);
    Validator::group_feed(
        &[
            FORMAT,
            &config.base_url,
            &config.instance_name,
            locale.tag(),
        ],
        group,
        version,
    )
}

/// The language a group's public feed speaks: the group's own when Muster speaks it, else the
/// instance's default.
fn group_locale(state: &AppState, group: &GroupRow) -> muster_i18n::Locale {
    group
        .language
        .as_deref()
        .and_then(muster_i18n::Locale::parse)
        .unwrap_or(state.config.default_locale)
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
    let now = state.now();
    let feed = PublicFeed {
        key: format!("ics:g:{slug}"),
        content_type: CALENDAR,
        disposition: format!("inline; filename=\"{slug}.ics\""),
    };
    // The fast way: the group's page version (one indexed read) names a validator found
    // before; the client's copy is current (304) or the text is kept (200).
    let page_version = {
        let slug = slug.clone();
        state
            .db
            .read_quick(move |c| muster_db::page_versions::of_slug(c, slug.as_str()))
            .await?
    };
    let tag = page_version.clone().unwrap_or_default();
    if let Some(validator) = state.feed_validators.get(&feed.key, &tag, now) {
        if validator.matches(&req) {
            return Ok(validator.not_modified(true));
        }
        if let Some(body) = state.feeds.get(&feed.key, validator.etag(), now) {
            return Ok(feed_response(
                body,
                &validator,
                feed.content_type,
                &feed.disposition,
                true,
            )?);
        }
    }
    let since = now - PAST_WINDOW;
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
    let validator = group_validator(&state, &group, version);
    if page_version.is_some() {
        // Read after the page version, so never older than it. The feed's year-long window
        // moves with the clock: a validator is trusted for a minute at most.
        let span = Some((now, now + chrono::Duration::seconds(60)));
        state
            .feed_validators
            .put(&feed.key, &tag, span, validator.clone());
    }
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
        // Subscribers are the group's public: its entries speak the group's language.
        let locale = group_locale(&state, &group);
        let entries = entries(&state.config.base_url, events, Some(&group), false, locale);
        let description = muster_i18n::tr_args(
            locale,
            "calendar-group-feed-description",
            &[
                ("group", &group.name),
                ("instance", &state.config.instance_name),
            ],
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
        let entries = entries(
            &state.config.base_url,
            events,
            None,
            false,
            state.config.default_locale,
        );
        let description = muster_i18n::tr_args(
            state.config.default_locale,
            "calendar-instance-feed-description",
            &[("instance", &state.config.instance_name)],
        );
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
    let access = EventAccess::load_in_group(&state, &slug, &id, user.caller()).await?;
    let download = EventDownload::load(&state, access).await?;
    let public = user.0.is_none();
    let (event, reader) = (&download.access.event, &download.reader);
    let validator = Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &event.id.to_string(),
            &event.updated_at.to_rfc3339(),
            &download.access.group.group.updated_at.to_rfc3339(),
            reader.rsvp.map_or("", RsvpStatus::as_str),
            if reader.sees_online_link { "link" } else { "" },
        ],
        Some(download.changed()),
    );
    if validator.matches(&req) {
        return Ok(validator.not_modified(public));
    }
    let filename = format!("{}.ics", file_name(&event.title));
    let body = web::Bytes::from(download.render(&state.config.base_url));
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
