//! Email preferences, one-click unsubscribe, a reminder's "still coming" / "can't make it",
//! and "announce now" (organizers' messages are `crate::messages`).
//!
//! * `GET /unsubscribe/{token}` shows a button; `POST` (the button, or a mail provider's RFC
//!   8058 one-click POST with no cookie) turns that kind of the group's email off at once.
//! * `GET /email/rsvp/{token}` shows a button; `POST` (with the page's form token) records the
//!   answer — "can't make it" frees the seat and promotes the waitlist.
//! * `/account/notifications` and `/api/v1/me/notifications`: the preferences per group and the
//!   global "account email only" switch.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::{
    events::EventAccess,
    groups::{GroupAccess, discussions},
    notifications::{self, GroupPrefs, LinkAnswer, NotificationPrefs},
};
use muster_core::notify::Topic;
use muster_db::notifications::LinkPurpose;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{
    auth::CurrentUser,
    csrf::{CsrfForm, CsrfToken},
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, PageContext, confirm_page, message_page, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/unsubscribe/{token}")
        .get(Access::SecretLink, unsubscribe_page)
        .post(Access::SecretLink, unsubscribe_submit)
        .done();
    table
        .resource("/email/rsvp/{token}")
        .get(Access::SecretLink, rsvp_link_page)
        .post(Access::SecretLink, rsvp_link_submit)
        .done();
    table
        .resource("/account/notifications")
        .get(Access::Authenticated, settings_page)
        .post(Access::Authenticated, settings_submit)
        .done();
    table
        .resource("/api/v1/me/notifications")
        .get(Access::Authenticated, get_prefs)
        .put(Access::Authenticated, put_prefs)
        .done();
    table
        .resource("/api/v1/events/{id}/announce")
        .post(Access::Authenticated, announce)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reminders")
        .put(Access::Authenticated, put_reminders)
        .done();
}
// ----------------------------------------------------------------------------- email links

async fn unsubscribe_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let row = notifications::email_link(&state, &token, &UNSUBSCRIBE_PURPOSES).await?;
    let group = notifications::link_group_name(&state, &row).await?;
    let lang = crate::lang::current();
    let (title, message) = if row.purpose() == Some(LinkPurpose::Unfollow) {
        let thread = discussions::link_thread_title(&state, &row).await?;
        (
            muster_i18n::tr(lang, "link-unfollow"),
            muster_i18n::tr_args(
                lang,
                "link-unfollow-message",
                &[("title", &thread), ("group", &group)],
            ),
        )
    } else {
        let topic = row.topic().ok_or_else(muster_app::AppError::not_found)?;
        (
            muster_i18n::tr(lang, "link-unsubscribe"),
            muster_i18n::tr_args(
                lang,
                "link-unsubscribe-message",
                &[("topic", &topic_label(lang, topic)), ("group", &group)],
            ),
        )
    };
    confirm_page(
        &req,
        &state,
        &title,
        &message,
        format!("/unsubscribe/{}", token.as_str()),
        &title,
    )
}

/// What `/unsubscribe/{token}` takes: a kind of group email, or one discussion thread.
const UNSUBSCRIBE_PURPOSES: [LinkPurpose; 2] = [LinkPurpose::Unsubscribe, LinkPurpose::Unfollow];

/// RFC 8058: the mail provider POSTs `List-Unsubscribe=One-Click` with no cookie; the button
/// on the page posts too. Either way the token alone decides, and it takes effect at once.
async fn unsubscribe_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let row = notifications::email_link(&state, &token, &UNSUBSCRIBE_PURPOSES).await?;
    let group = notifications::link_group_name(&state, &row).await?;
    let lang = crate::lang::current();
    let (title, message) = if row.purpose() == Some(LinkPurpose::Unfollow) {
        let thread = discussions::unfollow_by_link(&state, &row).await?;
        (
            muster_i18n::tr(lang, "link-unfollowed"),
            muster_i18n::tr_args(
                lang,
                "link-unfollowed-message",
                &[("title", &thread), ("group", &group)],
            ),
        )
    } else {
        let topic = notifications::unsubscribe(&state, &row).await?;
        (
            muster_i18n::tr(lang, "link-unsubscribed"),
            muster_i18n::tr_args(
                lang,
                "link-unsubscribed-message",
                &[("topic", &topic_label(lang, topic)), ("group", &group)],
            ),
        )
    };
    message_page(
        &req,
        &state,
        StatusCode::OK,
        &title,
        &message,
        Some((
            "/account/notifications",
            &muster_i18n::tr(lang, "link-email-settings"),
        )),
    )
}

async fn rsvp_link_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let purposes = [LinkPurpose::StillComing, LinkPurpose::CantMakeIt];
    let row = notifications::email_link(&state, &token, &purposes).await?;
    let coming = row.purpose() == Some(LinkPurpose::StillComing);
    let title = notifications::link_event_title(&state, &row).await?;
    let lang = crate::lang::current();
    let which = if coming {
        "still-coming"
    } else {
        "cant-make-it"
    };
    let say = |part: &str| muster_i18n::tr(lang, &format!("link-{which}-{part}"));
    let message =
        muster_i18n::tr_args(lang, &format!("link-{which}-message"), &[("title", &title)]);
    confirm_page(
        &req,
        &state,
        &say("heading"),
        &message,
        format!("/email/rsvp/{}", token.as_str()),
        &say("button"),
    )
}

async fn rsvp_link_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let purposes = [LinkPurpose::StillComing, LinkPurpose::CantMakeIt];
    let row = notifications::email_link(&state, &token, &purposes).await?;
    let (answer, access) = notifications::answer_by_link(&state, &row).await?;
    let path = access.path();
    let title = &access.event.title;
    let lang = crate::lang::current();
    let which = match answer {
        LinkAnswer::StillGoing => "see-you",
        LinkAnswer::NotOnTheList => "not-on-list",
        LinkAnswer::SeatFreed => "seat-free",
    };
    let message = muster_i18n::tr_args(lang, &format!("link-{which}-message"), &[("title", title)]);
    message_page(
        &req,
        &state,
        StatusCode::OK,
        &muster_i18n::tr(lang, &format!("link-{which}-heading")),
        &message,
        Some((&path, &muster_i18n::tr(lang, "link-see-event"))),
    )
}

// ----------------------------------------------------------------------------- preferences

/// Your email preferences.
#[utoipa::path(
    get, path = "/api/v1/me/notifications", tag = "me",
    responses((status = 200, body = NotificationPrefs), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn get_prefs(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(notifications::load_prefs(&state, user.id()).await?))
}

/// Change your email preferences (groups not listed keep theirs).
#[utoipa::path(
    put, path = "/api/v1/me/notifications", tag = "me", request_body = NotificationPrefs,
    responses((status = 200, body = NotificationPrefs), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn put_prefs(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<NotificationPrefs>,
) -> Result<HttpResponse, ApiError> {
    notifications::save_prefs(&state, user.id(), body.0).await?;
    Ok(HttpResponse::Ok().json(notifications::load_prefs(&state, user.id()).await?))
}

#[derive(Template)]
#[template(path = "account/notifications.html")]
struct SettingsPage {
    page: PageContext,
    csrf: String,
    prefs: NotificationPrefs,
    saved: bool,
}

#[derive(Deserialize)]
struct SettingsQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn settings_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    csrf: CsrfToken,
    query: web::Query<SettingsQuery>,
) -> Result<HttpResponse, PageError> {
    render(&SettingsPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        prefs: notifications::load_prefs(&state, user.id()).await?,
        saved: query.saved.is_some(),
    })
}

/// The form: `only_account_email=on`, and `{slug}.{topic}=on` for each box ticked.
async fn settings_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<BTreeMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let ticked = &form.0;
    let current = notifications::load_prefs(&state, user.id()).await?;
    let prefs = NotificationPrefs {
        only_account_email: ticked.contains_key("only_account_email"),
        groups: current
            .groups
            .into_iter()
            .map(|g| {
                let on = |t: Topic| ticked.contains_key(&format!("{}.{}", g.group, t.as_str()));
                GroupPrefs {
                    announcements: on(Topic::Announcements),
                    reminders: on(Topic::Reminders),
                    messages: on(Topic::Messages),
                    discussions: on(Topic::Discussions),
                    ..g
                }
            })
            .collect(),
    };
    notifications::save_prefs(&state, user.id(), prefs).await?;
    Ok(see_other("/account/notifications?saved=1"))
}

// ----------------------------------------------------------------------------- organizers
/// Tell the group's members about a published event now (organizers may publish without
/// announcing). An event is announced once.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/announce", tag = "events",
    params(("id" = String, Path)),
    responses((status = 200, body = AnnounceView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn announce(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = EventAccess::load(&state, &id, user.caller()).await?;
    let recipients = notifications::announce(&state, &access).await?;
    Ok(HttpResponse::Ok().json(AnnounceView { recipients }))
}

/// How many people an email went to.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnnounceView {
    pub recipients: usize,
}

/// When a group's reminders go out.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RemindersBody {
    /// Hours before the start, up to three, each from 1 to 336 (e.g. `[144, 24]`: six days
    /// and one day before). Empty: no reminders.
    pub hours: Vec<i64>,
}

/// Set when the group's reminders go out.
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/reminders", tag = "groups", request_body = RemindersBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = RemindersBody), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn put_reminders(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<RemindersBody>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let hours = notifications::set_reminders(&state, &access, body.0.hours).await?;
    Ok(HttpResponse::Ok().json(RemindersBody {
        hours: hours.hours().iter().map(|h| i64::from(*h)).collect(),
    }))
}

/// A kind of group email, as the unsubscribe pages name it, in `lang`.
fn topic_label(lang: muster_i18n::Locale, topic: muster_core::notify::Topic) -> String {
    let key = match topic {
        muster_core::notify::Topic::Announcements => "email-topic-announcements",
        muster_core::notify::Topic::Reminders => "email-topic-reminders",
        muster_core::notify::Topic::Messages => "email-topic-messages",
        muster_core::notify::Topic::Discussions => "email-topic-discussions",
    };
    muster_i18n::tr(lang, key)
}
