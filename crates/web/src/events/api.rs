//! The events API under `/api/v1`: events, series, RSVPs, attendees and check-in, talks and
//! comments. Times are RFC 3339 with the event zone's offset.

use actix_web::{HttpResponse, http::header, web};
use muster_core::{
    Timestamp,
    event::RsvpStatus,
    id::{CommentId, EventId, SeriesId, TalkId, UserId},
    policy::Action,
    recurrence::Recurrence,
    roles::Capability,
};
use muster_db::{
    events::{self, EventRow, Listing},
    groups::GroupRow,
    series::SeriesRow,
    talks::TalkRow,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use muster_app::{
    events::{
        EventAccess, EventDetails,
        fields::{EventFields, VenueFields, WindowInput},
        rfc3339_in,
        rsvp::RsvpOutcome,
        schedule::{Overflow, Scope},
        talks::TalkFields,
    },
    groups::{GroupAccess, settings::double_option},
};

use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, AppError, ErrorCode},
    extract::ApiJson,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/events")
        .get(Access::Public, list)
        .post(Access::Verified, create)
        .done();
    table
        .resource("/api/v1/groups/{slug}/series")
        .post(Access::Verified, create_series)
        .done();
    table
        .resource("/api/v1/groups/{slug}/series/{id}")
        .get(Access::Public, get_series)
        .done();
    table
        .resource("/api/v1/events/{id}")
        .get(Access::Public, get)
        .patch(Access::Authenticated, update)
        .delete(Access::Authenticated, delete)
        .done();
    table
        .resource("/api/v1/events/{id}/publish")
        .post(Access::Authenticated, publish)
        .done();
    table
        .resource("/api/v1/events/{id}/cancel")
        .post(Access::Authenticated, cancel)
        .done();
    table
        .resource("/api/v1/events/{id}/rsvp")
        .get(Access::Authenticated, my_rsvp)
        .put(Access::Verified, rsvp)
        .done();
    table
        .resource("/api/v1/events/{id}/attendees")
        .get(Access::Authenticated, attendees)
        .done();
    table
        .resource("/api/v1/events/{id}/attendees.csv")
        .get(Access::Authenticated, attendees_csv)
        .done();
    table
        .resource("/api/v1/events/{id}/attendees/{user_id}")
        .put(Access::Authenticated, manage_rsvp)
        .done();
    table
        .resource("/api/v1/events/{id}/attendees/{user_id}/attendance")
        .put(Access::Authenticated, attendance)
        .done();
    table
        .resource("/api/v1/events/{id}/talks")
        .get(Access::Public, talks)
        .post(Access::Authenticated, add_talk)
        .done();
    table
        .resource("/api/v1/events/{id}/talks/order")
        .put(Access::Authenticated, reorder_talks)
        .done();
    table
        .resource("/api/v1/events/{id}/talks/{talk_id}")
        .patch(Access::Authenticated, update_talk)
        .delete(Access::Authenticated, delete_talk)
        .done();
    table
        .resource("/api/v1/events/{id}/comments")
        .get(Access::Public, comments)
        .post(Access::Verified, add_comment)
        .done();
    table
        .resource("/api/v1/events/{id}/comments/{comment_id}")
        .delete(Access::Authenticated, remove_comment)
        .done();
}

async fn event_for(state: &AppState, id: &str, user: &MaybeUser) -> Result<EventAccess, AppError> {
    EventAccess::load(state, id, user.caller()).await
}

async fn event_for_user(
    state: &AppState,
    id: &str,
    user: &CurrentUser,
) -> Result<EventAccess, AppError> {
    EventAccess::load(state, id, user.caller()).await
}

// ----------------------------------------------------------------------------- views

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueView {
    pub name: String,
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// "How to find us".
    pub directions: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonName {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TalkView {
    #[schema(value_type = String, format = Uuid)]
    pub id: TalkId,
    pub position: i32,
    pub title: String,
    pub speaker_name: String,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub speaker_user_id: Option<UserId>,
    /// Markdown.
    pub r#abstract: String,
    /// Sanitised HTML.
    pub abstract_html: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    /// A stand-by speaker, on if someone drops out.
    pub standby: bool,
}

impl From<&TalkRow> for TalkView {
    fn from(t: &TalkRow) -> Self {
        TalkView {
            id: t.id,
            position: t.position,
            title: t.title.clone(),
            speaker_name: t.speaker_name.clone(),
            speaker_user_id: t.speaker_user_id,
            r#abstract: t.abstract_.clone(),
            abstract_html: t.abstract_html.clone(),
            slides_url: t.slides_url.clone(),
            video_url: t.video_url.clone(),
            lightning: t.lightning,
            standby: t.standby,
        }
    }
}

/// The caller's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct RsvpView {
    /// `going`, `waitlisted` or `not_going`.
    pub status: String,
    /// 1 for the first person waiting; only when waitlisted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<i64>,
    pub guests: i32,
    pub answer: String,
}

impl From<&RsvpOutcome> for RsvpView {
    fn from(o: &RsvpOutcome) -> Self {
        RsvpView {
            status: o.status.as_str().to_owned(),
            waitlist_position: o.waitlist_position,
            guests: o.guests,
            answer: o.answer.clone(),
        }
    }
}

/// An event.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    #[schema(value_type = String, format = Uuid)]
    pub id: EventId,
    /// The event page's path.
    pub url: String,
    pub group: GroupRef,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub series_id: Option<SeriesId>,
    pub title: String,
    /// Markdown source.
    pub description: String,
    /// Sanitised HTML.
    pub description_html: String,
    /// RFC 3339 with the event zone's offset.
    pub starts_at: String,
    pub ends_at: String,
    /// IANA zone the event is shown in.
    pub timezone: String,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    /// `draft`, `cancelled`, `past`, `in_progress`, `not_open_yet`, `closed`, `full`, `open`.
    pub phase: String,
    pub cancel_reason: String,
    pub venue: Option<VenueView>,
    /// Whether there is an online link (shown to people going).
    pub online: bool,
    /// Only for people going and organizers.
    pub online_url: Option<String>,
    /// `in_person`, `online`, `hybrid` or `unannounced`.
    pub attendance_mode: String,
    pub capacity: Option<i32>,
    /// Seats taken, guests included.
    pub seats_taken: i32,
    /// Free seats; `null` when there is no limit.
    pub seats_left: Option<i64>,
    /// People going (without their guests).
    pub going_count: i64,
    pub waitlist_count: i64,
    /// Guests each RSVP may bring.
    pub guest_limit: i32,
    pub rsvp_opens_at: Option<String>,
    pub rsvp_closes_at: Option<String>,
    pub rsvps_closed: bool,
    /// Asked with each RSVP; answers are seen by organizers only.
    pub rsvp_question: String,
    pub hosts: Vec<PersonName>,
    /// People going who show themselves in the member list (the first 48).
    pub going: Vec<PersonName>,
    /// People going not listed above.
    pub going_others: i64,
    pub talks: Vec<TalkView>,
    pub my_rsvp: Option<RsvpView>,
    pub reminders_enabled: bool,
    pub announce: bool,
    /// Grows with each change of time, place or status.
    pub sequence: i32,
    pub previous_starts_at: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: Timestamp,
}

pub fn attendance_mode(event: &EventRow) -> &'static str {
    match (event.venue_id.is_some(), !event.online_url.is_empty()) {
        (true, true) => "hybrid",
        (true, false) => "in_person",
        (false, true) => "online",
        (false, false) => "unannounced",
    }
}

pub fn view(state: &AppState, access: &EventAccess, details: &EventDetails) -> EventView {
    let e = &access.event;
    let tz = e.timezone();
    let facts = e.facts();
    let now = state.now();
    EventView {
        id: e.id,
        url: access.path(),
        group: GroupRef {
            slug: access.group.group.slug.clone(),
            name: access.group.group.name.clone(),
        },
        series_id: e.series_id,
        title: e.title.clone(),
        description: e.description.clone(),
        description_html: e.description_html.clone(),
        starts_at: rfc3339_in(e.starts_at, tz),
        ends_at: rfc3339_in(e.ends_at, tz),
        timezone: e.timezone.clone(),
        status: e.status.clone(),
        phase: facts.phase(now).as_str().to_owned(),
        cancel_reason: e.cancel_reason.clone(),
        venue: details.venue.as_ref().map(|v| VenueView {
            name: v.name.clone(),
            address: v.address.clone(),
            lat: v.latitude,
            lon: v.longitude,
            directions: v.directions.clone(),
        }),
        online: !e.online_url.is_empty(),
        online_url: (!e.online_url.is_empty() && details.sees_online_link(access))
            .then(|| e.online_url.clone()),
        attendance_mode: attendance_mode(e).to_owned(),
        capacity: e.capacity,
        seats_taken: e.seats_taken,
        seats_left: facts.free_seats(),
        going_count: details.going,
        waitlist_count: details.waiting,
        guest_limit: e.guest_limit,
        rsvp_opens_at: e.rsvp_opens_at.map(|t| rfc3339_in(t, tz)),
        rsvp_closes_at: e.rsvp_closes_at.map(|t| rfc3339_in(t, tz)),
        rsvps_closed: e.rsvps_closed,
        rsvp_question: e.rsvp_question.clone(),
        hosts: details
            .hosts
            .iter()
            .map(|(id, name)| PersonName {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        going: details
            .going_preview
            .iter()
            .map(|(id, name)| PersonName {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        going_others: details.going_others,
        talks: details.talks.iter().map(TalkView::from).collect(),
        my_rsvp: details.mine.as_ref().map(RsvpView::from),
        reminders_enabled: e.reminders_enabled,
        announce: e.announce,
        sequence: e.sequence,
        previous_starts_at: e.previous_starts_at.map(|t| rfc3339_in(t, tz)),
        created_at: e.created_at,
        updated_at: e.updated_at,
    }
}

async fn full_view(state: &AppState, access: &EventAccess) -> Result<EventView, AppError> {
    let details = EventDetails::load(state, access, false).await?;
    Ok(view(state, access, &details))
}

/// An event in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventSummary {
    #[schema(value_type = String, format = Uuid)]
    pub id: EventId,
    pub url: String,
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub timezone: String,
    pub status: String,
    pub phase: String,
    pub attendance_mode: String,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub series_id: Option<SeriesId>,
}

pub fn summary(e: &EventRow, group: &GroupRow, now: Timestamp) -> EventSummary {
    let tz = e.timezone();
    EventSummary {
        id: e.id,
        url: e.path(&group.slug),
        title: e.title.clone(),
        starts_at: rfc3339_in(e.starts_at, tz),
        ends_at: rfc3339_in(e.ends_at, tz),
        timezone: e.timezone.clone(),
        status: e.status.clone(),
        phase: e.facts().phase(now).as_str().to_owned(),
        attendance_mode: attendance_mode(e).to_owned(),
        capacity: e.capacity,
        seats_taken: e.seats_taken,
        series_id: e.series_id,
    }
}

// ----------------------------------------------------------------------------- bodies

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
    fn over(self, base: EventFields) -> Result<EventFields, AppError> {
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

    fn new_fields(self) -> Result<EventFields, AppError> {
        self.over(EventFields {
            reminders_enabled: true,
            announce: true,
            ..EventFields::default()
        })
    }
}

// ----------------------------------------------------------------------------- events

/// Schedule an event (organizers, assistant and event organizers).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/events", tag = "events", request_body = EventBody,
    params(("slug" = String, Path)),
    responses(
        (status = 201, body = EventView),
        (status = 403, body = crate::openapi::ErrorBody),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 422, body = crate::openapi::ErrorBody),
        (status = 429, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<EventBody>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let mut body = body.0;
    if body.capacity_overflow.is_some() {
        return Err(AppError::invalid_field(
            "capacity_overflow",
            "Only for changing an event's capacity.".to_owned(),
        )
        .into());
    }
    let draft = body.draft.take().unwrap_or(false);
    let fields = body.new_fields()?;
    let row = muster_app::events::schedule::create(&state, &access, &fields, draft).await?;
    let access = EventAccess {
        group: access,
        event: row,
    };
    Ok(HttpResponse::Created().json(full_view(&state, &access).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `upcoming` (default) or `past`.
    pub when: Option<String>,
    pub page: Option<i64>,
    /// 1–100, default 20.
    pub per_page: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    pub events: Vec<EventSummary>,
    pub page: i64,
    pub per_page: i64,
}

/// A group's events: upcoming (soonest first, cancelled ones included and marked) or past.
/// Drafts are listed for those who manage events.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/events", tag = "events",
    params(("slug" = String, Path), ListParams),
    responses((status = 200, body = EventList), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn list(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::ViewMembers)?;
    let listing = match params.when.as_deref() {
        None | Some("upcoming") => Listing::Upcoming,
        Some("past") => Listing::Past,
        Some(_) => {
            return Err(AppError::bad_request(
                ErrorCode::InvalidQuery,
                "when is upcoming or past.",
            )
            .into());
        }
    };
    let per_page = params.per_page.unwrap_or(20).clamp(1, 100);
    let page = params.page.unwrap_or(1).clamp(1, 10_000);
    let drafts = access.can(Action::Use(Capability::ManageEvents));
    let (group, now) = (access.group.id, state.now());
    let rows = state
        .db
        .read(move |c| {
            events::for_group(
                c,
                group,
                listing,
                drafts,
                now,
                per_page,
                (page - 1) * per_page,
            )
        })
        .await?;
    Ok(HttpResponse::Ok().json(EventList {
        events: rows
            .iter()
            .map(|e| summary(e, &access.group, now))
            .collect(),
        page,
        per_page,
    }))
}

/// An event. Events of private groups, and drafts, are 404 to those who may not see them.
#[utoipa::path(
    get, path = "/api/v1/events/{id}", tag = "events",
    params(("id" = String, Path)),
    responses((status = 200, body = EventView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (access, details) =
        EventAccess::load_with_details(&state, &id, user.caller(), false).await?;
    Ok(HttpResponse::Ok().json(view(&state, &access, &details)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ScopeParams {
    /// `this` (default) or `following` (this and the later events of its series).
    pub scope: Option<String>,
}

/// Change an event (and, with `scope=following`, the later events of its series). A new
/// time or place increases `sequence`.
#[utoipa::path(
    patch, path = "/api/v1/events/{id}", tag = "events", request_body = EventBody,
    params(("id" = String, Path), ScopeParams),
    responses((status = 200, body = EventView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    params: web::Query<ScopeParams>,
    body: ApiJson<EventBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    access.check_manage()?;
    let scope = Scope::parse(params.scope.as_deref())?;
    let mut body = body.0;
    if body.draft.is_some() {
        return Err(AppError::invalid_field(
            "draft",
            "Publish a draft with POST /api/v1/events/{id}/publish.".to_owned(),
        )
        .into());
    }
    let overflow = match body.capacity_overflow.take().as_deref() {
        None | Some("refuse") => Overflow::Refuse,
        Some("waitlist") => Overflow::Waitlist,
        Some(_) => {
            return Err(AppError::invalid_field(
                "capacity_overflow",
                "Choose refuse or waitlist.".to_owned(),
            )
            .into());
        }
    };
    // Omitted fields keep the value they have when the event is locked for the write.
    let updated = muster_app::events::schedule::update(
        &state,
        &access,
        move |current| body.over(current.clone()),
        overflow,
        scope,
    )
    .await?;
    let access = EventAccess {
        event: updated,
        ..access
    };
    Ok(HttpResponse::Ok().json(full_view(&state, &access).await?))
}

/// Delete a draft. Published events are cancelled instead.
#[utoipa::path(
    delete, path = "/api/v1/events/{id}", tag = "events",
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::schedule::delete_draft(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Publish a draft.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/publish", tag = "events",
    params(("id" = String, Path)),
    responses((status = 200, body = EventView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn publish(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let published = muster_app::events::schedule::publish(&state, &access).await?;
    let access = EventAccess {
        event: published,
        ..access
    };
    Ok(HttpResponse::Ok().json(full_view(&state, &access).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelBody {
    /// Shown on the event page.
    pub reason: String,
    /// `this` (default) or `following`: also the later events of the series, which ends.
    pub scope: Option<String>,
}

/// Cancel an event. It stays visible, marked cancelled, with the reason.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/cancel", tag = "events", request_body = CancelBody,
    params(("id" = String, Path)),
    responses((status = 200, body = EventView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn cancel(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<CancelBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let scope = Scope::parse(body.0.scope.as_deref())?;
    let cancelled =
        muster_app::events::schedule::cancel(&state, &access, &body.0.reason, scope).await?;
    let access = EventAccess {
        event: cancelled,
        ..access
    };
    Ok(HttpResponse::Ok().json(full_view(&state, &access).await?))
}

// ----------------------------------------------------------------------------- series

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesBody {
    /// The first occurrence: its fields, times and zone. Its date must fit the rule.
    #[serde(flatten)]
    pub event: EventBody,
    /// How it repeats, e.g. `{"frequency": {"kind": "monthly_nth_weekday", "nth": 3,
    /// "weekday": "Wed"}, "end": {"count": 12}}`. Kinds: `weekly` (`interval` 1–4,
    /// `weekday`), `monthly_nth_weekday` (`nth` 1–4 or -1 for the last, `weekday`),
    /// `monthly_on_day` (`day` 1–31). End: `{"count": 1–200}` or `{"until": "YYYY-MM-DD"}`.
    #[schema(value_type = Object)]
    pub recurrence: serde_json::Value,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeriesView {
    #[schema(value_type = String, format = Uuid)]
    pub id: SeriesId,
    /// RFC 5545 RRULE value.
    pub rrule: String,
    /// In words: "Every third Wednesday of the month, 12 times".
    pub description: String,
    pub timezone: String,
    pub ended: bool,
    /// Its events so far (occurrences exist up to 90 days ahead).
    pub events: Vec<EventSummary>,
}

fn series_view(row: &SeriesRow, list: &[EventRow], group: &GroupRow, now: Timestamp) -> SeriesView {
    SeriesView {
        id: row.id,
        rrule: row.rrule.clone(),
        description: row.recurrence().map(|r| r.describe()).unwrap_or_default(),
        timezone: row.timezone.clone(),
        ended: row.ended_at.is_some(),
        events: list.iter().map(|e| summary(e, group, now)).collect(),
    }
}

/// Start a recurring series: occurrences for the next 90 days are created at once, later ones
/// as time goes by. Each occurrence is a real event with its own RSVPs.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/series", tag = "events", request_body = SeriesBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = SeriesView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn create_series(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<SeriesBody>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let body = body.0;
    let recurrence: Recurrence = serde_json::from_value(body.recurrence).map_err(|e| {
        AppError::invalid_field(
            "recurrence",
            format!("This repeat rule cannot be used: {e}"),
        )
    })?;
    if body.event.draft.is_some() || body.event.capacity_overflow.is_some() {
        return Err(AppError::invalid_field(
            "draft",
            "Series are published as they are created.".to_owned(),
        )
        .into());
    }
    let fields = body.event.new_fields()?;
    let (row, list) =
        muster_app::events::series::create_series(&state, &access, &fields, recurrence).await?;
    Ok(HttpResponse::Created().json(series_view(&row, &list, &access.group, state.now())))
}

/// A series and its events.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/series/{id}", tag = "events",
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = SeriesView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get_series(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let (row, list) = muster_app::events::series::series_view(&state, &access, &id).await?;
    Ok(HttpResponse::Ok().json(series_view(&row, &list, &access.group, state.now())))
}

// ----------------------------------------------------------------------------- RSVP

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RsvpBody {
    /// `yes` or `no`.
    pub response: String,
    /// Guests coming along (within the event's allowance).
    pub guests: Option<i64>,
    /// The answer to the event's question (organizers only see it).
    pub answer: Option<String>,
}

/// Answer "are you coming?". Idempotent: the same answer twice changes nothing. A "yes" on a
/// full event joins the waitlist; a "no" frees the seats for the first waiting person who fits.
#[utoipa::path(
    put, path = "/api/v1/events/{id}/rsvp", tag = "rsvps", request_body = RsvpBody,
    params(("id" = String, Path)),
    responses(
        (status = 200, body = RsvpView),
        (status = 403, body = crate::openapi::ErrorBody, description = "Banned, or email not verified"),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 409, body = crate::openapi::ErrorBody, description = "Not a member, code of conduct not accepted, RSVPs closed, not enough seats for the guests"),
        (status = 422, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn rsvp(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<RsvpBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let body = body.0;
    let outcome = muster_app::events::rsvp::rsvp(
        &state,
        &access,
        &body.response,
        body.guests,
        body.answer.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(RsvpView::from(&outcome)))
}

/// The caller's RSVP (404 `no_rsvp` when they have not answered).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/rsvp", tag = "rsvps",
    params(("id" = String, Path)),
    responses((status = 200, body = RsvpView), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn my_rsvp(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (_, mine) = EventAccess::load_with_mine(&state, &id, user.caller()).await?;
    match mine.as_ref() {
        Some(mine) => Ok(HttpResponse::Ok().json(RsvpView::from(mine))),
        None => Err(AppError::not_found().with_code(ErrorCode::NoRsvp).into()),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttendeeView {
    #[schema(value_type = String, format = Uuid)]
    pub user_id: UserId,
    pub name: String,
    pub guests: i32,
    pub answer: String,
    /// `unknown`, `attended` or `no_show`.
    pub attendance: String,
    /// How often this person did not come to the group's events.
    pub no_shows: i64,
    #[schema(value_type = String, format = DateTime)]
    pub rsvped_at: Timestamp,
    /// 1 for the first person waiting; waitlist only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Attendees {
    pub going: Vec<AttendeeView>,
    /// In promotion order.
    pub waitlist: Vec<AttendeeView>,
    pub not_going: Vec<AttendeeView>,
    /// Seats taken, guests included.
    pub seats_taken: i32,
    pub capacity: Option<i32>,
}

pub fn attendee_views(
    list: &muster_app::events::attendees::AttendeeList,
) -> (Vec<AttendeeView>, Vec<AttendeeView>, Vec<AttendeeView>) {
    let (mut going, mut waitlist, mut not_going) = (Vec::new(), Vec::new(), Vec::new());
    let no_shows: std::collections::HashMap<UserId, i64> = list.no_shows.iter().copied().collect();
    for a in &list.attendees {
        let no_shows = no_shows.get(&a.rsvp.user_id).copied().unwrap_or(0);
        let mut view = AttendeeView {
            user_id: a.rsvp.user_id,
            name: a.name.clone(),
            guests: a.rsvp.guests,
            answer: a.rsvp.answer.clone(),
            attendance: a.rsvp.attendance.clone(),
            no_shows,
            rsvped_at: a.rsvp.created_at,
            waitlist_position: None,
        };
        match a.rsvp.status() {
            RsvpStatus::Going => going.push(view),
            RsvpStatus::Waitlisted => {
                view.waitlist_position = Some(i64::try_from(waitlist.len()).unwrap_or(0) + 1);
                waitlist.push(view);
            }
            RsvpStatus::NotGoing => not_going.push(view),
        }
    }
    (going, waitlist, not_going)
}

/// Who answered (organizers): going, the waitlist in order, not going — with guests, answers,
/// attendance and no-show counts.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/attendees", tag = "rsvps",
    params(("id" = String, Path)),
    responses((status = 200, body = Attendees), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn attendees(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let list = muster_app::events::attendees::attendees(&state, &access).await?;
    let (going, waitlist, not_going) = attendee_views(&list);
    Ok(HttpResponse::Ok().json(Attendees {
        going,
        waitlist,
        not_going,
        seats_taken: access.event.seats_taken,
        capacity: access.event.capacity,
    }))
}

/// A cell for a spreadsheet: quoted, and never read as a formula.
fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The attendee list as CSV for a spreadsheet: name, RSVP, guests, answer, checked in.
pub fn attendees_csv_text(list: &muster_app::events::attendees::AttendeeList) -> String {
    let mut out = String::from("name,rsvp,guests,answer,checked_in,no_shows\r\n");
    let (going, waitlist, not_going) = attendee_views(list);
    for (rsvp, rows) in [
        ("going", going),
        ("waitlisted", waitlist),
        ("not_going", not_going),
    ] {
        for a in rows {
            out.push_str(&format!(
                "{},{},{},{},{},{}\r\n",
                csv_cell(&a.name),
                rsvp,
                a.guests,
                csv_cell(&a.answer),
                if a.attendance == "attended" {
                    "yes"
                } else if a.attendance == "no_show" {
                    "no"
                } else {
                    ""
                },
                a.no_shows
            ));
        }
    }
    out
}

/// The attendee list as CSV (organizers).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/attendees.csv", tag = "rsvps",
    params(("id" = String, Path)),
    responses((status = 200, description = "CSV: name, rsvp, guests, answer, checked_in, no_shows", content_type = "text/csv"), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn attendees_csv(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let list = muster_app::events::attendees::attendees(&state, &access).await?;
    Ok(csv_response(&access, attendees_csv_text(&list)))
}

pub fn csv_response(access: &EventAccess, body: String) -> HttpResponse {
    let day = muster_app::events::local(access.event.starts_at, access.event.timezone())
        .format("%Y-%m-%d");
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}-{day}-attendees.csv\"",
                access.group.group.slug
            ),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(body)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ManageRsvpBody {
    /// `going` (needs free seats), `waitlisted` (at the back) or `not_going`.
    pub status: String,
    pub guests: Option<i64>,
}

/// Move someone between going, the waitlist and not going, or add a member (organizers).
#[utoipa::path(
    put, path = "/api/v1/events/{id}/attendees/{user_id}", tag = "rsvps", request_body = ManageRsvpBody,
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses((status = 200, body = RsvpView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn manage_rsvp(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<ManageRsvpBody>,
) -> Result<HttpResponse, ApiError> {
    let (id, target) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    let outcome = muster_app::events::attendees::manage_rsvp(
        &state,
        &access,
        &target,
        &body.0.status,
        body.0.guests,
    )
    .await?;
    Ok(HttpResponse::Ok().json(RsvpView::from(&outcome)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceBody {
    /// `attended`, `no_show` or `unknown`.
    pub attendance: String,
}

/// Check someone in (or mark a no-show) at the door (organizers).
#[utoipa::path(
    put, path = "/api/v1/events/{id}/attendees/{user_id}/attendance", tag = "rsvps", request_body = AttendanceBody,
    params(("id" = String, Path), ("user_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn attendance(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<AttendanceBody>,
) -> Result<HttpResponse, ApiError> {
    let (id, target) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::attendees::set_attendance(&state, &access, &target, &body.0.attendance)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- talks

#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct TalkBody {
    pub title: Option<String>,
    pub speaker_name: Option<String>,
    /// A member's id, when the speaker is one (`null` clears).
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub speaker_user_id: Option<Option<String>>,
    /// Markdown.
    pub r#abstract: Option<String>,
    pub slides_url: Option<String>,
    pub video_url: Option<String>,
    pub lightning: Option<bool>,
    pub standby: Option<bool>,
}

impl TalkBody {
    fn over(self, base: TalkFields) -> TalkFields {
        TalkFields {
            title: self.title.unwrap_or(base.title),
            speaker_name: self.speaker_name.unwrap_or(base.speaker_name),
            speaker_user_id: match self.speaker_user_id {
                None => base.speaker_user_id,
                Some(v) => v.unwrap_or_default(),
            },
            r#abstract: self.r#abstract.unwrap_or(base.r#abstract),
            slides_url: self.slides_url.unwrap_or(base.slides_url),
            video_url: self.video_url.unwrap_or(base.video_url),
            lightning: self.lightning.unwrap_or(base.lightning),
            standby: self.standby.unwrap_or(base.standby),
        }
    }
}

/// The agenda, in order.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/talks", tag = "talks",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<TalkView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn talks(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for(&state, &id, &user).await?;
    let event = access.event.id;
    let rows = state
        .db
        .read(move |c| muster_db::talks::for_event(c, event))
        .await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(TalkView::from).collect::<Vec<_>>()))
}

/// Add a talk at the end of the agenda (organizers).
#[utoipa::path(
    post, path = "/api/v1/events/{id}/talks", tag = "talks", request_body = TalkBody,
    params(("id" = String, Path)),
    responses((status = 201, body = TalkView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn add_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<TalkBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let fields = body.0.over(TalkFields::default());
    let row = muster_app::events::talks::add_talk(&state, &access, &fields).await?;
    Ok(HttpResponse::Created().json(TalkView::from(&row)))
}

/// Change a talk (organizers).
#[utoipa::path(
    patch, path = "/api/v1/events/{id}/talks/{talk_id}", tag = "talks", request_body = TalkBody,
    params(("id" = String, Path), ("talk_id" = String, Path)),
    responses((status = 200, body = TalkView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<TalkBody>,
) -> Result<HttpResponse, ApiError> {
    let (id, talk) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    // Omitted fields keep the value they have in the writing transaction.
    let body = body.0;
    let updated = muster_app::events::talks::update_talk(&state, &access, &talk, move |current| {
        body.over(current)
    })
    .await?;
    Ok(HttpResponse::Ok().json(TalkView::from(&updated)))
}

/// Remove a talk (organizers).
#[utoipa::path(
    delete, path = "/api/v1/events/{id}/talks/{talk_id}", tag = "talks",
    params(("id" = String, Path), ("talk_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete_talk(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, talk) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::talks::delete_talk(&state, &access, &talk).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TalkOrder {
    /// Every talk's id, in the new order.
    pub order: Vec<String>,
}

/// Reorder the agenda (organizers).
#[utoipa::path(
    put, path = "/api/v1/events/{id}/talks/order", tag = "talks", request_body = TalkOrder,
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn reorder_talks(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<TalkOrder>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::talks::reorder_talks(&state, &access, &body.0.order).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- comments

#[derive(Debug, Serialize, ToSchema)]
pub struct CommentView {
    #[schema(value_type = String, format = Uuid)]
    pub id: CommentId,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub author_id: Option<UserId>,
    /// Empty when the account is gone.
    pub author: String,
    /// Empty when removed.
    pub body: String,
    pub removed: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<&muster_db::talks::Comment> for CommentView {
    fn from(c: &muster_db::talks::Comment) -> Self {
        CommentView {
            id: c.row.id,
            author_id: c.row.user_id,
            author: c.author.clone(),
            body: c.row.body.clone(),
            removed: c.row.removed_at.is_some(),
            created_at: c.row.created_at,
        }
    }
}

/// An event's comments, oldest first.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/comments", tag = "comments",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<CommentView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn comments(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for(&state, &id, &user).await?;
    let event = access.event.id;
    let rows = state
        .db
        .read(move |c| {
            muster_db::talks::comments(c, event, muster_app::events::comments::COMMENTS_SHOWN)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(CommentView::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    pub body: String,
}

/// Comment on an event (members).
#[utoipa::path(
    post, path = "/api/v1/events/{id}/comments", tag = "comments", request_body = CommentBody,
    params(("id" = String, Path)),
    responses((status = 201, body = CommentView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn add_comment(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<CommentBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let row = muster_app::events::comments::add_comment(&state, &access, &body.0.body).await?;
    Ok(HttpResponse::Created().json(CommentView {
        id: row.id,
        author_id: row.user_id,
        author: user.user().display_name.clone(),
        body: row.body,
        removed: false,
        created_at: row.created_at,
    }))
}

/// Remove a comment: its author, or an organizer.
#[utoipa::path(
    delete, path = "/api/v1/events/{id}/comments/{comment_id}", tag = "comments",
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_comment(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, comment) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::comments::remove_comment(&state, &access, &comment).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_cell("Ada"), "\"Ada\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "\"'-1\"");
        assert_eq!(csv_cell("a,b\nc"), "\"a,b\nc\"");
    }
}
