//! Check-in at the door: organizers mark who came (or did not), through
//! `PUT /api/v1/events/{id}/attendees/{user_id}/attendance` or the check-in page.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::events::EventAccess;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{attendees::attendee_views, cards::EventHead, event_for_user, managed, shown_in_place};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/attendees/{user_id}/attendance")
        .put(Access::Authenticated, attendance)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/checkin")
        .get(Access::Authenticated, checkin)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/checkin/{user_id:[0-9a-fA-F-]+}")
        .post(Access::Authenticated, checkin_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

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

// ----------------------------------------------------------------------------- pages

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
    let (going, _, _) = attendee_views(&list);
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
            head: EventHead::of(access, state.now(), crate::lang::current()),
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
