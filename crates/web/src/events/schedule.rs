//! An event's life: scheduling it (`POST /api/v1/groups/{slug}/events`, the "new event"
//! form), editing it, publishing a draft, closing and reopening RSVPs, cancelling and deleting
//! a draft.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::{
    events::{
        EventAccess,
        fields::EventFields,
        schedule::{Overflow, Scope},
    },
    groups::GroupAccess,
};
use muster_core::{policy::Action, roles::Capability};
use muster_db::events;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::{
    cards::EventHead,
    event_for_user,
    event_page::organizer_step,
    fields::{EventBody, EventForm, MemberOption, NTHS, WEEKDAYS, form_context, merged_errors},
    form_message, managed, shown_in_place,
    views::{EventView, full_view},
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    groups::views::GroupHeader,
    pages::{EmptyForm, FormErrors, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

// `POST /api/v1/groups/{slug}/events`, `PATCH` and `DELETE /api/v1/events/{id}` are
// registered in `super::shared_paths`, with the other methods of their paths.
pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/publish")
        .post(Access::Authenticated, publish)
        .done();
    table
        .resource("/api/v1/events/{id}/cancel")
        .post(Access::Authenticated, cancel)
        .done();
    table
        .resource("/g/{slug}/events/new")
        .get(Access::Verified, new_form)
        .post(Access::Verified, new_submit)
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
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/announce")
        .post(Access::Authenticated, announce_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/publish")
        .post(Access::Authenticated, publish_submit)
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
}

// ----------------------------------------------------------------------------- API

/// Schedule an event (organizers, assistant and event organizers).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/events", operation_id = "create_event", tag = "events", request_body = EventBody,
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
pub struct ScopeParams {
    /// `this` (default) or `following` (this and the later events of its series).
    pub scope: Option<String>,
}

/// Change an event (and, with `scope=following`, the later events of its series). A new
/// time or place increases `sequence`.
#[utoipa::path(
    patch, path = "/api/v1/events/{id}", operation_id = "update_event", tag = "events", request_body = EventBody,
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
    delete, path = "/api/v1/events/{id}", operation_id = "delete_event", tag = "events",
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
    weekdays: Vec<(&'static str, String)>,
    nths: Vec<(&'static str, String)>,
    message: String,
}

/// A select's choices: (value, label).
type Choices = Vec<(&'static str, String)>;

/// The weekday and "which weekday of the month" choices of the repeat fields, named in `lang`.
fn repeat_choices(lang: muster_i18n::Locale) -> (Choices, Choices) {
    let named = |list: &'static [(&'static str, &'static str)], prefix: &str| {
        list.iter()
            .map(|(value, _)| {
                let key = format!("{prefix}{}", value.to_lowercase().replace('-', "minus"));
                (*value, muster_i18n::tr(lang, &key))
            })
            .collect()
    };
    (
        named(WEEKDAYS, "manage-repeat-weekday-"),
        named(NTHS, "manage-repeat-nth-"),
    )
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
    let page = PageContext::new(req, state);
    let (weekdays, nths) = repeat_choices(page.lang);
    render_with_status(
        &NewEventPage {
            page,
            g: GroupHeader::of(access, state),
            tab: "events",
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
            message: form_message(error.as_ref()),
            f,
            members: context.members,
            guest_choices: context.guest_choices,
            mode,
            weekdays,
            nths,
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub(super) async fn organizer_group(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageEvents))?;
    Ok(access)
}

/// The "new event" or "new series" form (`mode`), blank.
pub(super) async fn blank_new_page(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    slug: &str,
    mode: &'static str,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(state, slug, user).await?;
    let f = EventForm::blank(&access.group);
    new_page(req, state, &access, mode, f, None).await
}

/// A new event or series that was refused: the form again, as typed, with the problems (a
/// conflict's message too); other errors become the error page.
pub(super) async fn new_page_refused(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    mode: &'static str,
    f: EventForm,
    error: AppError,
) -> Result<HttpResponse, PageError> {
    if !error.fields.is_empty() || crate::error::status(&error) == StatusCode::CONFLICT {
        new_page(req, state, access, mode, f, Some(error)).await
    } else {
        Err(error.into())
    }
}

pub async fn new_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    blank_new_page(&req, &state, &user, &slug, "event").await
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
        Err(error) => new_page_refused(&req, &state, &access, "event", f, error).await,
    }
}

// ----------------------------------------------------------------------------- one-button steps

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

pub async fn publish_submit(
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

/// "Announce now": the members are emailed about the event at once (once only).
pub async fn announce_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    let outcome = muster_app::notifications::announce(&state, &access)
        .await
        .map(|_| format!("{}?notice=event_announced", access.path()));
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
            head: EventHead::of(access, state.now(), crate::lang::current()),
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
        // A new time or place: members are told a little later, and the organizer now.
        Ok(saved) if saved.sequence != access.event.sequence => {
            Ok(see_other(&format!("{}?notice=event_moved", access.path())))
        }
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
            head: EventHead::of(access, state.now(), crate::lang::current()),
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
