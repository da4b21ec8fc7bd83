//! Recurring series: started from the series form or `POST /api/v1/groups/{slug}/series`
//! (occurrences for the next 90 days at once, later ones as time goes by), and shown as a
//! page and as JSON.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::{events::fields::EventFields, groups::GroupAccess};
use muster_core::{Timestamp, id::SeriesId, recurrence::Recurrence};
use muster_db::{events::EventRow, groups::GroupRow, series::SeriesRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    cards::{EventCard, cards},
    fields::{EventBody, EventForm, merged_errors},
    schedule::{blank_new_page, new_page_refused, organizer_group},
    views::{EventSummary, summary},
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    groups::views::GroupHeader,
    pages::{PageContext, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/series")
        .post(Access::Verified, create_series)
        .done();
    table
        .resource("/api/v1/groups/{slug}/series/{id}")
        .get(Access::Public, get_series)
        .done();
    table
        .resource("/g/{slug}/series/new")
        .get(Access::Verified, series_form)
        .post(Access::Verified, series_submit)
        .done();
    table
        .resource("/g/{slug}/series/{id:[0-9a-fA-F-]+}")
        .get(Access::Public, series_page)
        .done();
}

// ----------------------------------------------------------------------------- API

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
    /// In words: "Every third Wednesday of the month, 12 times"; once ended early, how it
    /// ended: "Every Tuesday; ended after 4 meetups, the last on Tue 2 Mar 2027".
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
        description: muster_app::events::series::describe(row, list, now, crate::lang::current()),
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
    responses((status = 201, body = SeriesView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many today", body = crate::openapi::ErrorBody)),
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

/// The series `{id}` of the group `{slug}` in the path, and its events, for anyone who may see
/// the group.
async fn load_series(
    state: &AppState,
    user: &MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<(GroupAccess, SeriesRow, Vec<EventRow>), AppError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(state, &slug, user.caller()).await?;
    let (row, list) = muster_app::events::series::series_view(state, &access, &id).await?;
    Ok((access, row, list))
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
    let (access, row, list) = load_series(&state, &user, path).await?;
    Ok(HttpResponse::Ok().json(series_view(&row, &list, &access.group, state.now())))
}

// ----------------------------------------------------------------------------- pages

pub async fn series_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    blank_new_page(&req, &state, &user, &slug, "series").await
}

pub async fn series_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let access = organizer_group(&state, &slug, &user).await?;
    let mut f = EventForm::parse(form.0);
    f.draft = false;
    let (fields, mut problems) = f.to_fields(EventFields::default());
    let recurrence = match f.recurrence() {
        Ok(r) => Some(r),
        Err(message) => {
            problems.insert("recurrence".to_owned(), message);
            None
        }
    };
    let outcome = match recurrence {
        Some(recurrence) if problems.is_empty() => {
            muster_app::events::series::create_series(&state, &access, &fields, recurrence).await
        }
        _ => Err(merged_errors(
            problems,
            &fields,
            &access.group,
            None,
            state.now(),
        )),
    };
    match outcome {
        Ok((series, _)) => Ok(see_other(&format!(
            "/g/{}/series/{}?notice=series_created",
            access.group.slug, series.id
        ))),
        Err(error) => new_page_refused(&req, &state, &access, "series", f, error).await,
    }
}

#[derive(Template)]
#[template(path = "events/series.html")]
struct SeriesPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    rule: String,
    timezone: String,
    ended: bool,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
}

pub async fn series_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (access, row, list) = load_series(&state, &user, path).await?;
    let now = state.now();
    let rule = muster_app::events::series::describe(&row, &list, now, crate::lang::current());
    let (mut past, upcoming): (Vec<EventRow>, Vec<EventRow>) =
        list.into_iter().partition(|e| e.ends_at <= now);
    // The latest past ones first.
    past.reverse();
    let lang = crate::lang::current();
    render(&SeriesPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "events",
        rule,
        timezone: row.timezone.clone(),
        ended: row.ended_at.is_some(),
        upcoming: cards(&upcoming, &access.group, now, lang),
        past: cards(&past, &access.group, now, lang),
    })
}
