//! A member's private calendar feed: `/feeds/{token}/calendar.ics`, its token managed from the
//! account settings page and the API (`/api/v1/me/feed`).
//!
//! The token is 256 random bits, stored as a SHA-256 only, so its link is shown once, when it
//! is made; getting a new link replaces the old one, which answers 404 at once, and so does a
//! revoked one. It opens nothing but the feed. The feed is computed on every request from the
//! owner's current memberships and answers, so leaving a private group takes its events out.

use actix_web::{
    HttpRequest, HttpResponse,
    http::{StatusCode, header},
    web,
};
use askama::Template;
use muster_core::{Timestamp, secrets::SecretToken};
use muster_db::{
    feed_tokens::{self, FeedTokenRow},
    feeds::{self, FeedVersion},
    users::UserRow,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use muster_app::calendars::{
    FORMAT, PAST_WINDOW, entries, feed_calendar, render as render_calendar, tokens,
};

use super::conditional::Validator;
use crate::{
    auth::CurrentUser,
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{PageContext, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/me/feed")
        .get(Access::Authenticated, api_status)
        .post(Access::Authenticated, api_create)
        .patch(Access::Authenticated, api_update)
        .delete(Access::Authenticated, api_revoke)
        .done();
    table
        .resource("/account/feed")
        .post(Access::Authenticated, page_create)
        .done();
    table
        .resource("/account/feed/options")
        .post(Access::Authenticated, page_options)
        .done();
    table
        .resource("/account/feed/revoke")
        .post(Access::Authenticated, page_revoke)
        .done();
}

// ------------------------------------------------------------------------------- the feed

/// The validator of a member's feed at `version`: everything the text depends on.
fn member_validator(
    state: &AppState,
    row: &FeedTokenRow,
    user: &UserRow,
    version: FeedVersion,
) -> Validator {
    Validator::new(
        &[
            FORMAT,
            &state.config.base_url,
            &state.config.instance_name,
            &user.id.to_string(),
            &user.timezone,
            &row.all_group_events.to_string(),
            &version.events.to_string(),
            &version
                .changed_at
                .map(Timestamp::to_rfc3339)
                .unwrap_or_default(),
        ],
        version.changed_at,
    )
}

/// `GET /feeds/{token}/calendar.ics`. The version (aggregates over the member's events,
/// answers and memberships) answers a conditional request; the events are loaded only when the
/// feed changed.
pub async fn member_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let hash = SecretToken::from_presented(&token).digest();
    let now = state.now();
    let since = now - PAST_WINDOW;
    let found = state
        .db
        .read(move |c| {
            let Some((row, user)) = feed_tokens::find_active(c, &hash)? else {
                return Ok(None);
            };
            let version = feeds::member_version(c, user.id, row.all_group_events, since)?;
            Ok(Some((row, user, version)))
        })
        .await?;
    let Some((row, user, version)) = found else {
        let mut response = HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("This calendar link does not exist or was replaced. Get a new one in your account settings.");
        crate::pages::no_referrer(&mut response);
        unindexed(&mut response);
        return Ok(response);
    };
    if row
        .last_used_at
        .is_none_or(|t| t < now - chrono::Duration::hours(1))
    {
        let id = row.user_id;
        state
            .db
            .write(move |c| feed_tokens::touch(c, id, now))
            .await?;
    }
    let validator = member_validator(&state, &row, &user, version);
    if validator.matches(&req) {
        let mut response = validator.not_modified(false);
        unindexed(&mut response);
        return Ok(response);
    }
    let (user_id, all) = (user.id, row.all_group_events);
    let (version, events) = state
        .db
        .read(move |c| {
            Ok((
                feeds::member_version(c, user_id, all, since)?,
                feeds::member_events(c, user_id, all, since)?,
            ))
        })
        .await?;
    let validator = member_validator(&state, &row, &user, version);
    let locale = user.locale().unwrap_or(state.config.default_locale);
    let entries = entries(&state.config.base_url, events, None, true, locale);
    let name = muster_i18n::tr_args(
        locale,
        "calendar-my-meetups",
        &[("instance", &state.config.instance_name)],
    );
    let calendar = feed_calendar(&name, None, user.timezone.parse().ok());
    let body = web::Bytes::from(render_calendar(&calendar, &entries));
    let mut response = super::feed_response(
        body,
        &validator,
        super::CALENDAR,
        "inline; filename=\"calendar.ics\"",
        false,
    )?;
    unindexed(&mut response);
    Ok(response)
}

/// The feed's URL is a secret: keep it out of `Referer` headers and search indexes (the
/// responses are `Cache-Control: private` already).
fn unindexed(response: &mut HttpResponse) {
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::HeaderName::from_static("x-robots-tag"),
        header::HeaderValue::from_static("noindex"),
    );
}

// ------------------------------------------------------------------------------------ API

/// Your private calendar feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedStatus {
    /// Whether you have a feed link (its address was shown when it was made).
    pub enabled: bool,
    pub all_group_events: bool,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub created_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<Timestamp>,
}

impl From<Option<FeedTokenRow>> for FeedStatus {
    fn from(row: Option<FeedTokenRow>) -> Self {
        FeedStatus {
            enabled: row.is_some(),
            all_group_events: row.as_ref().is_some_and(|r| r.all_group_events),
            created_at: row.as_ref().map(|r| r.created_at),
            last_used_at: row.and_then(|r| r.last_used_at),
        }
    }
}

/// A new feed link: shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedCreated {
    /// `https://…/feeds/{token}/calendar.ics`.
    pub url: String,
    /// The same link as `webcal://`, which calendar apps open as a subscription.
    pub webcal_url: String,
    pub all_group_events: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedOptions {
    /// Besides the events you answered: every event of your groups.
    #[serde(default)]
    pub all_group_events: Option<bool>,
}

/// Your private calendar feed: whether you have one.
#[utoipa::path(
    get, path = "/api/v1/me/feed", operation_id = "feed_status", tag = "calendars",
    responses((status = 200, body = FeedStatus), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_status(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(FeedStatus::from(tokens::status(&state, user.id()).await?)))
}

/// Make a private calendar feed link (replacing any earlier one, which stops working).
#[utoipa::path(
    post, path = "/api/v1/me/feed", tag = "calendars",
    request_body = FeedOptions,
    responses((status = 201, body = FeedCreated), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_create(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<FeedOptions>,
) -> Result<HttpResponse, ApiError> {
    let options = body.0;
    let (row, links) =
        tokens::create(&state, user.id(), options.all_group_events.unwrap_or(false)).await?;
    let mut response = HttpResponse::build(StatusCode::CREATED).json(FeedCreated {
        url: links.https,
        webcal_url: links.webcal,
        all_group_events: row.all_group_events,
        created_at: row.created_at,
    });
    crate::pages::no_referrer(&mut response);
    Ok(response)
}

/// Choose what the feed carries.
#[utoipa::path(
    patch, path = "/api/v1/me/feed", tag = "calendars",
    request_body = FeedOptions,
    responses((status = 200, body = FeedStatus), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_update(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<FeedOptions>,
) -> Result<HttpResponse, ApiError> {
    let Some(all) = body.0.all_group_events else {
        return Err(AppError::invalid_field(
            "all_group_events",
            "Say whether the feed carries every event of your groups (true or false).",
        )
        .into());
    };
    tokens::set_option(&state, user.id(), all).await?;
    Ok(HttpResponse::Ok().json(FeedStatus::from(tokens::status(&state, user.id()).await?)))
}

/// Revoke your feed link: it answers 404 from now on.
#[utoipa::path(
    delete, path = "/api/v1/me/feed", tag = "calendars",
    responses((status = 204), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_revoke(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    tokens::revoke(&state, user.id()).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ---------------------------------------------------------------------------------- pages

#[derive(Template)]
#[template(path = "account/feed_created.html")]
struct FeedCreatedPage {
    page: PageContext,
    https: String,
    webcal: String,
    google: String,
}

#[derive(Deserialize)]
pub struct FeedForm {
    #[serde(default)]
    all_group_events: Option<String>,
}

impl FeedForm {
    fn all(&self) -> bool {
        self.all_group_events
            .as_deref()
            .is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
    }
}

async fn page_create(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<FeedForm>,
) -> Result<HttpResponse, PageError> {
    let (_, links) = tokens::create(&state, user.id(), form.0.all()).await?;
    let google = format!(
        "https://calendar.google.com/calendar/r?cid={}",
        percent_encoding::utf8_percent_encode(&links.webcal, percent_encoding::NON_ALPHANUMERIC)
    );
    let mut response = render(&FeedCreatedPage {
        page: PageContext::new(&req, &state),
        https: links.https,
        webcal: links.webcal,
        google,
    })?;
    crate::pages::no_referrer(&mut response);
    Ok(response)
}

async fn page_options(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<FeedForm>,
) -> Result<HttpResponse, PageError> {
    tokens::set_option(&state, user.id(), form.0.all()).await?;
    Ok(see_other("/account/settings?notice=feed_saved#calendar"))
}

async fn page_revoke(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<crate::pages::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    tokens::revoke(&state, user.id()).await?;
    Ok(see_other("/account/settings?notice=feed_revoked#calendar"))
}
