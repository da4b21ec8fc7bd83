//! Email preferences, one-click unsubscribe, a reminder's "still coming" / "can't make it",
//! organizers' messages and "announce now".
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
use muster_core::{
    event::RsvpStatus,
    id::UserId,
    notify::{ReminderHours, Topic},
    policy::Action,
    roles::Capability,
    secrets::SecretToken,
    text::single_line,
};
use muster_db::{
    events, groups, memberships,
    notifications::{self, Audience, EmailLinkRow, LinkPurpose, Prefs},
    rate_limits,
};
use muster_mail::{About, Condition, MailMessage};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{
    account::pages::{EmptyForm, confirm_page, message_page},
    auth::CurrentUser,
    csrf::{CsrfForm, CsrfToken},
    error::{ApiError, AppError, PageError},
    events::{EventAccess, service as events_service},
    extract::ApiJson,
    groups::GroupAccess,
    mailer::{self, Outgoing},
    pages::{PageContext, render, see_other},
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
        .resource("/api/v1/groups/{slug}/messages")
        .post(Access::Authenticated, send_message)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reminders")
        .put(Access::Authenticated, put_reminders)
        .done();
}

/// Organizer messages per group per day.
pub const MESSAGES_PER_GROUP_PER_DAY: muster_db::rate_limits::Limit =
    muster_db::rate_limits::Limit {
        max: 5,
        window: chrono::Duration::days(1),
    };

// ----------------------------------------------------------------------------- email links

/// The live link of `purpose` behind `token`, or 404 (unknown, expired, revoked).
async fn link(
    state: &AppState,
    token: &str,
    purposes: &[LinkPurpose],
) -> Result<EmailLinkRow, AppError> {
    let hash = SecretToken::from_presented(token).digest();
    let now = state.now();
    let row = state
        .db
        .read(move |c| notifications::find_link(c, &hash, now))
        .await?
        .ok_or_else(AppError::not_found)?;
    match row.purpose() {
        Some(p) if purposes.contains(&p) => Ok(row),
        _ => Err(AppError::not_found()),
    }
}

async fn group_name(state: &AppState, row: &EmailLinkRow) -> Result<String, AppError> {
    let group = row.group_id;
    Ok(state
        .db
        .read(move |c| groups::find(c, group))
        .await?
        .map(|g| g.name)
        .unwrap_or_default())
}

async fn unsubscribe_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let row = link(&state, &token, &[LinkPurpose::Unsubscribe]).await?;
    let topic = row.topic().ok_or_else(AppError::not_found)?;
    let group = group_name(&state, &row).await?;
    let message = format!(
        "Press the button to stop {} from {group}. You can turn them on again in your email \
         settings.",
        topic.label()
    );
    confirm_page(
        &req,
        &state,
        "Unsubscribe",
        &message,
        format!("/unsubscribe/{}", token.as_str()),
        "Unsubscribe",
    )
}

/// RFC 8058: the mail provider POSTs `List-Unsubscribe=One-Click` with no cookie; the button
/// on the page posts too. Either way the token alone decides, and it takes effect at once.
async fn unsubscribe_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let row = link(&state, &token, &[LinkPurpose::Unsubscribe]).await?;
    let topic = row.topic().ok_or_else(AppError::not_found)?;
    let now = state.now();
    let (user, group, hash) = (row.user_id, row.group_id, row.token_hash.clone());
    state
        .db
        .write(move |c| {
            notifications::set_topic(c, user, group, topic, false, now)?;
            notifications::mark_link_used(c, &hash, now)
        })
        .await?;
    tracing::info!(%user, %group, topic = topic.as_str(), "unsubscribed by email link");
    let group = group_name(&state, &row).await?;
    let message = format!(
        "You will no longer get {} from {group}. Other email from the group is unchanged.",
        topic.label()
    );
    message_page(
        &req,
        &state,
        StatusCode::OK,
        "Unsubscribed",
        &message,
        Some(("/account/notifications", "Email settings")),
    )
}

async fn rsvp_link_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let row = link(
        &state,
        &token,
        &[LinkPurpose::StillComing, LinkPurpose::CantMakeIt],
    )
    .await?;
    let coming = row.purpose() == Some(LinkPurpose::StillComing);
    let event = row.event_id.ok_or_else(AppError::not_found)?;
    let title = state
        .db
        .read(move |c| events::find(c, event))
        .await?
        .map(|e| e.title)
        .ok_or_else(AppError::not_found)?;
    let (heading, message, button) = if coming {
        (
            "Still coming?",
            format!("Press the button to tell the organizers you are still coming to {title}."),
            "I'm still coming",
        )
    } else {
        (
            "Can't make it?",
            format!(
                "Press the button to give up your seat at {title}. The next person waiting gets \
                 it at once."
            ),
            "I can't make it",
        )
    };
    confirm_page(
        &req,
        &state,
        heading,
        &message,
        format!("/email/rsvp/{}", token.as_str()),
        button,
    )
}

async fn rsvp_link_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let row = link(
        &state,
        &token,
        &[LinkPurpose::StillComing, LinkPurpose::CantMakeIt],
    )
    .await?;
    let event = row.event_id.ok_or_else(AppError::not_found)?;
    let (user, now, hash) = (row.user_id, state.now(), row.token_hash.clone());
    let (access, current) = EventAccess::for_link(&state, event, user).await?;
    let path = access.event.path(&access.group.group.slug);
    let going = current == Some(RsvpStatus::Going);
    let (title, message) = match row.purpose() {
        Some(LinkPurpose::StillComing) if going => (
            "See you there",
            format!("Thanks: you are going to {}.", access.event.title),
        ),
        Some(LinkPurpose::StillComing) => (
            "You are not on the list",
            "You are not going to this event any more. Answer again on the event page if there \
             is room."
                .to_owned(),
        ),
        _ => {
            if matches!(current, Some(RsvpStatus::Going | RsvpStatus::Waitlisted)) {
                events_service::rsvp(&state, &access, "no", None, None).await?;
            }
            (
                "Your seat is free",
                format!(
                    "You are no longer going to {}. Thank you for letting us know.",
                    access.event.title
                ),
            )
        }
    };
    state
        .db
        .write(move |c| notifications::mark_link_used(c, &hash, now))
        .await?;
    message_page(
        &req,
        &state,
        StatusCode::OK,
        title,
        &message,
        Some((&path, "See the event")),
    )
}

// ----------------------------------------------------------------------------- preferences

/// A member's email choices for one group.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupPrefs {
    /// The group's slug.
    pub group: String,
    #[serde(default, skip_deserializing)]
    pub group_name: String,
    pub announcements: bool,
    pub reminders: bool,
    pub messages: bool,
}

/// Email preferences: per group, and the global switch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationPrefs {
    /// No email except account security (sign-in, password, address changes).
    pub only_account_email: bool,
    pub groups: Vec<GroupPrefs>,
}

/// The person's preferences as stored now (one read).
async fn load_prefs(state: &AppState, id: UserId) -> Result<NotificationPrefs, AppError> {
    let (only, groups, stored) = state
        .db
        .read(move |c| {
            Ok((
                muster_db::users::find(c, id)?.is_some_and(|u| u.email_only_security),
                memberships::of_user(c, id)?,
                notifications::prefs_of_user(c, id)?,
            ))
        })
        .await?;
    let stored: BTreeMap<_, _> = stored.into_iter().collect();
    Ok(NotificationPrefs {
        only_account_email: only,
        groups: groups
            .into_iter()
            .filter(|(m, _)| m.status() == muster_core::policy::MembershipStatus::Active)
            .map(|(_, g)| {
                let p = stored.get(&g.id).copied().unwrap_or_default();
                GroupPrefs {
                    group: g.slug,
                    group_name: g.name,
                    announcements: p.announcements,
                    reminders: p.reminders,
                    messages: p.messages,
                }
            })
            .collect(),
    })
}

async fn save_prefs(
    state: &AppState,
    user: &CurrentUser,
    prefs: NotificationPrefs,
) -> Result<(), AppError> {
    let id = user.id();
    let now = state.now();
    state
        .db
        .transaction(move |c| {
            let mine = memberships::of_user(c, id)?;
            for wanted in &prefs.groups {
                let Some((_, group)) = mine.iter().find(|(m, g)| {
                    g.slug == wanted.group
                        && m.status() == muster_core::policy::MembershipStatus::Active
                }) else {
                    return Err(AppError::invalid_field(
                        "groups",
                        format!("You are not a member of \"{}\".", wanted.group),
                    ));
                };
                let p = Prefs {
                    announcements: wanted.announcements,
                    reminders: wanted.reminders,
                    messages: wanted.messages,
                };
                notifications::save_prefs(c, id, group.id, p, now)?;
            }
            notifications::set_only_security(c, id, prefs.only_account_email, now)?;
            Ok(())
        })
        .await
}

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
    Ok(HttpResponse::Ok().json(load_prefs(&state, user.id()).await?))
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
    save_prefs(&state, &user, body.0).await?;
    Ok(HttpResponse::Ok().json(load_prefs(&state, user.id()).await?))
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
        prefs: load_prefs(&state, user.id()).await?,
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
    let current = load_prefs(&state, user.id()).await?;
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
                    ..g
                }
            })
            .collect(),
    };
    save_prefs(&state, &user, prefs).await?;
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
    let access = EventAccess::load(&state, &id, Some(&user.0)).await?;
    access.check_manage()?;
    if access.event.status() != muster_core::event::EventStatus::Published
        || access.event.starts_at <= state.now()
    {
        return Err(AppError::conflict(
            "not_announceable",
            "Only published events that have not started can be announced.",
        )
        .into());
    }
    let (event, group, notices, now) = (
        access.event.clone(),
        access.group.group.clone(),
        state.notices.clone(),
        state.now(),
    );
    let recipients = state
        .db
        .write(move |c| notices.announce(c, &event, &group, now))
        .await?
        .ok_or_else(|| {
            AppError::conflict(
                "already_announced",
                "This event was announced already; members are told once.",
            )
        })?;
    Ok(HttpResponse::Ok().json(AnnounceView { recipients }))
}

/// How many people an email went to.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnnounceView {
    pub recipients: usize,
}

/// An organizer's message.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    pub subject: String,
    pub body: String,
    /// `all` (default), or for an event: `going`, `waitlisted`, `not_answered`.
    #[serde(default)]
    pub audience: Option<String>,
    /// The event the message is about (needed for every audience but `all`).
    #[serde(default)]
    pub event_id: Option<String>,
}

/// Email the group's members (those who want organizer messages). Five messages per group
/// per day.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/messages", tag = "groups", request_body = MessageBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = AnnounceView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn send_message(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<MessageBody>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, Some(&user.0)).await?;
    access.check(Action::Use(Capability::ManageEvents))?;
    let body = body.0;
    let mut fields = BTreeMap::new();
    let subject = single_line(body.subject.trim());
    if subject.is_empty() || subject.chars().count() > 150 {
        fields.insert("subject", "Write a subject of 1 to 150 characters.");
    }
    let text = body.body.trim().to_owned();
    if text.is_empty() || text.chars().count() > 10_000 {
        fields.insert("body", "Write a message of 1 to 10,000 characters.");
    }
    let audience = match body.audience.as_deref() {
        None => Some(Audience::All),
        Some(a) => Audience::parse(a),
    };
    if audience.is_none() {
        fields.insert("audience", "Choose all, going, waitlisted or not_answered.");
    }
    let event = match body.event_id.as_deref() {
        None => None,
        Some(id) => {
            let event = EventAccess::load(&state, id, Some(&user.0)).await?;
            if event.group.group.id != access.group.id {
                return Err(AppError::not_found().into());
            }
            Some(event.event)
        }
    };
    if audience.is_some_and(|a| a != Audience::All) && event.is_none() {
        fields.insert("event_id", "Choose the event this audience answered.");
    }
    if let Some((field, message)) = fields.into_iter().next() {
        return Err(AppError::invalid_field(field, message.to_owned()).into());
    }
    let audience = audience.unwrap_or(Audience::All);
    let group = access.group.clone();
    let sender = user.user().display_name.clone();
    let now = state.now();
    let bucket = format!("messages:group:{}", group.id);
    let sent = state
        .db
        .transaction(move |c| {
            if let Err(wait) = rate_limits::hit(c, &bucket, MESSAGES_PER_GROUP_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
            }
            let people = notifications::message_audience(
                c,
                group.id,
                audience,
                event.as_ref().map(|e| e.id),
            )?;
            for person in &people {
                let message = MailMessage::OrganizerMessage {
                    name: person.display_name.clone(),
                    group_name: group.name.clone(),
                    group_slug: group.slug.clone(),
                    sender_name: sender.clone(),
                    subject: subject.clone(),
                    body: text.clone(),
                    event: event
                        .as_ref()
                        .map(|e| (e.title.clone(), e.path(&group.slug))),
                };
                let email = Outgoing::to_user(person, message).about(About {
                    user_id: person.id,
                    group_id: group.id,
                    event_id: None,
                    still: Condition::Message,
                });
                mailer::enqueue(c, email, now)?;
            }
            muster_db::audit::record(
                c,
                group.id,
                None,
                "message_sent",
                None,
                &format!("{subject} ({} recipients)", people.len()),
                now,
            )?;
            Ok(people.len())
        })
        .await?;
    Ok(HttpResponse::Ok().json(AnnounceView { recipients: sent }))
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
    let access = GroupAccess::load(&state, &slug, Some(&user.0)).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let hours =
        ReminderHours::new(body.0.hours).map_err(|e| AppError::invalid_field("hours", e.0))?;
    let (id, stored, now) = (access.group.id, hours.to_string(), state.now());
    let actor = user.id();
    state
        .db
        .write(move |c| {
            groups::set_reminder_hours(c, id, &stored, now)?;
            muster_db::audit::record(c, id, Some(actor), "reminders_changed", None, &stored, now)
        })
        .await?;
    Ok(HttpResponse::Ok().json(RemindersBody {
        hours: hours.hours().iter().map(|h| i64::from(*h)).collect(),
    }))
}
