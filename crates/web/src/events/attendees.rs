//! Who answered, for organizers: the attendee list (going, the waitlist in order, not going)
//! as JSON, as a page and as CSV for a spreadsheet, and moving people between them or adding a
//! member.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use askama::Template;
use muster_app::events::{EventAccess, attendees::AttendeeList};
use muster_core::{Timestamp, event::RsvpStatus, id::UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    cards::EventHead,
    event_for_user,
    fields::{MemberOption, active_members, member_options},
    managed, shown_in_place,
    views::RsvpView,
};
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
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees")
        .get(Access::Authenticated, attendees_page)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/attendees.csv")
        .get(Access::Authenticated, attendees_csv_page)
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
}

// ----------------------------------------------------------------------------- API

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
    list: &AttendeeList,
) -> (Vec<AttendeeView>, Vec<AttendeeView>, Vec<AttendeeView>) {
    let (mut going, mut waitlist, mut not_going) = (Vec::new(), Vec::new(), Vec::new());
    let no_shows: HashMap<UserId, i64> = list.no_shows.iter().copied().collect();
    for a in &list.attendees {
        let no_shows = no_shows.get(&a.rsvp.user_id).copied().unwrap_or(0);
        let mut view = AttendeeView {
            user_id: a.rsvp.user_id,
            name: a.name.clone(),
            guests: a.rsvp.guests,
            answer: a.rsvp.answer.clone(),
            attendance: a.rsvp.attendance.as_str().to_owned(),
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
pub(crate) fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The attendee list as CSV for a spreadsheet: name, RSVP, guests, answer, checked in.
pub fn attendees_csv_text(list: &AttendeeList) -> String {
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
    Ok(csv_download(&state, &access).await?)
}

/// The attendee list as a CSV file to download.
async fn csv_download(state: &AppState, access: &EventAccess) -> Result<HttpResponse, AppError> {
    let list = muster_app::events::attendees::attendees(state, access).await?;
    Ok(csv_response(access, attendees_csv_text(&list)))
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
    Ok(HttpResponse::Ok().json(RsvpView::of(&outcome, &access.event)))
}

// ----------------------------------------------------------------------------- pages

pub struct AttendeeRow {
    id: String,
    name: String,
    guests: i32,
    answer: String,
    attendance: String,
    no_shows: i64,
    position: i64,
    status: &'static str,
}

fn attendance_label(lang: muster_i18n::Locale, value: &str) -> String {
    match value {
        "attended" => muster_i18n::tr(lang, "manage-attendees-came"),
        "no_show" => muster_i18n::tr(lang, "manage-attendees-no-show"),
        _ => String::new(),
    }
}

fn attendee_rows(
    lang: muster_i18n::Locale,
    views: Vec<AttendeeView>,
    status: &'static str,
) -> Vec<AttendeeRow> {
    views
        .into_iter()
        .map(|a| AttendeeRow {
            id: a.user_id.to_string(),
            name: a.name,
            guests: a.guests,
            answer: a.answer,
            attendance: attendance_label(lang, &a.attendance),
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

async fn attendees_view(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let list = muster_app::events::attendees::attendees(state, access).await?;
    let answered: HashSet<String> = list
        .attendees
        .iter()
        .map(|a| a.rsvp.user_id.to_string())
        .collect();
    let members = active_members(state, &access.group.group, &[]).await?;
    let candidates: Vec<(String, String)> = members
        .into_iter()
        .filter(|(id, _)| !answered.contains(id))
        .collect();
    let (going, waitlist, not_going) = attendee_views(&list);
    let e = &access.event;
    let page = PageContext::new(req, state);
    let lang = page.lang;
    render_with_status(
        &AttendeesPage {
            page,
            head: EventHead::of(access, state.now(), crate::lang::current()),
            tab: "attendees",
            going: attendee_rows(lang, going, "going"),
            waitlist: attendee_rows(lang, waitlist, "waitlisted"),
            not_going: attendee_rows(lang, not_going, "not_going"),
            seats: match e.capacity {
                Some(c) => muster_i18n::tr_args(
                    lang,
                    "manage-attendees-seats-of",
                    &[("taken", &e.seats_taken), ("capacity", &c)],
                ),
                None => muster_i18n::tr_args(
                    lang,
                    "manage-attendees-seats-no-limit",
                    &[("taken", &e.seats_taken)],
                ),
            },
            question: e.rsvp_question.clone(),
            candidates: member_options(&candidates, &[]),
            message: error.as_ref().map(AppError::headline).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn attendees_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    attendees_view(&req, &state, &access, None).await
}

pub async fn attendees_csv_page(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = managed(&state, &slug, &id, &user).await?;
    Ok(csv_download(&state, &access).await?)
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
            attendees_view(req, state, access, Some(error)).await
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
        return attendees_view(&req, &state, &access, Some(error)).await;
    }
    move_attendee(&req, &state, &access, form.user_id.trim(), &form.status).await
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
