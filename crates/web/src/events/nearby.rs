//! What is on (issue 20): the published upcoming events of public groups, soonest first — near
//! a place, within a radius, with how far each is, when one is given — as `GET /api/v1/events`
//! and as the `/events` page. An event is where its venue is, or where its group is when the
//! venue has no coordinates (or it has no venue).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_db::events::{self, EventRow, MAX_NEAR_CANDIDATES};
use muster_db::groups::GroupRow;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    cards::EventCard,
    views::{EventSummary, summary},
};
use crate::{
    error::{ApiError, AppError, ErrorCode, PageError},
    near::{Near, PlaceError},
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events")
        .get(Access::Public, list)
        .done();
    table.resource("/events").get(Access::Public, page).done();
}

/// The days ahead the page offers (a week first).
const DAYS: [u32; 3] = [7, 30, 90];

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NearParams {
    /// Only events near this place: `{latitude},{longitude}` in degrees (`52.40,13.07`), or a
    /// city's name, optionally with its country (`Potsdam`, `Potsdam, Germany`).
    pub near: Option<String>,
    /// 1–1000, default 50.
    #[param(minimum = 1, maximum = 1000)]
    pub radius_km: Option<f64>,
    /// Only events starting within this many days (1–366); all upcoming ones without it.
    #[param(minimum = 1, maximum = 366)]
    pub within_days: Option<u32>,
    pub page: Option<i64>,
    /// 1–100, default 20.
    pub per_page: Option<i64>,
}

/// An upcoming event, with its group and where it is.
#[derive(Debug, Serialize, ToSchema)]
pub struct NearbyEvent {
    pub event: EventSummary,
    pub group_slug: String,
    pub group_name: String,
    /// Where the event is (its venue's place, or its group's), when either says.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// With `near`: how far it is from that place, in kilometres (to 0.1 km).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NearbyEvents {
    pub events: Vec<NearbyEvent>,
    /// Events found (among the first 2,000 upcoming ones, in the place's surroundings when
    /// one is given).
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    /// The place searched, as the gazetteer names it, when it was given by name.
    pub place: Option<String>,
}

/// An upcoming event, its group, where it is and, near a place, how far from it.
type Found = (EventRow, GroupRow, Option<(f64, f64)>, Option<f64>);

/// The upcoming events (within the radius of `near`, when given), soonest first.
async fn upcoming(
    state: &AppState,
    near: Option<&Near>,
    within_days: Option<u32>,
) -> Result<Vec<Found>, AppError> {
    let now = state.now();
    let until = within_days.map(|d| now + chrono::Duration::days(i64::from(d)));
    let bounds = near.map(|n| n.point.bounds(n.radius_km));
    let rows = state
        .db
        .read(move |c| events::upcoming_placed(c, now, until, bounds, MAX_NEAR_CANDIDATES))
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(e, g, place)| match near {
            None => Some((e, g, place, None)),
            Some(near) => {
                let (lat, lon) = place?;
                let km = near.distance_km(lat, lon)?;
                Some((e, g, place, Some(km)))
            }
        })
        .collect())
}

fn check_days(within_days: Option<u32>) -> Result<(), AppError> {
    match within_days {
        Some(d) if !(1..=366).contains(&d) => Err(AppError::bad_request(
            ErrorCode::InvalidQuery,
            "within_days is from 1 to 366.",
        )),
        _ => Ok(()),
    }
}

/// Upcoming events of public groups, soonest first; near a place, with their distance.
#[utoipa::path(
    get, path = "/api/v1/events", operation_id = "events_near", tag = "events",
    params(NearParams),
    responses(
        (status = 200, body = NearbyEvents),
        (status = 400, description = "A radius or a number of days out of range", body = crate::openapi::ErrorBody),
        (status = 422, description = "No place has the name given as `near`", body = crate::openapi::ErrorBody)
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    params: web::Query<NearParams>,
) -> Result<HttpResponse, ApiError> {
    check_days(params.within_days)?;
    let place = crate::near::place(params.near.as_deref(), params.radius_km)
        .map_err(PlaceError::into_app_error)?;
    let found = upcoming(&state, place.as_ref(), params.within_days).await?;
    let per_page = params.per_page.unwrap_or(20).clamp(1, 100);
    let page = params.page.unwrap_or(1).clamp(1, 10_000);
    let now = state.now();
    let events = found
        .iter()
        .skip(usize::try_from((page - 1) * per_page).unwrap_or(usize::MAX))
        .take(usize::try_from(per_page).unwrap_or(20))
        .map(|(e, g, at, km)| NearbyEvent {
            event: summary(e, g, now),
            group_slug: g.slug.clone(),
            group_name: g.name.clone(),
            latitude: at.map(|a| a.0),
            longitude: at.map(|a| a.1),
            distance_km: *km,
        })
        .collect();
    Ok(HttpResponse::Ok().json(NearbyEvents {
        events,
        total: i64::try_from(found.len()).unwrap_or(i64::MAX),
        page,
        per_page,
        place: place.and_then(|p| p.label),
    }))
}

// ----------------------------------------------------------------------------- page

#[derive(Debug, Deserialize)]
pub struct PageParams {
    near: Option<String>,
    radius_km: Option<f64>,
    within_days: Option<u32>,
}

#[derive(Template)]
#[template(path = "events/nearby.html")]
struct NearbyPage {
    page: PageContext,
    near: String,
    near_label: Option<String>,
    radius: u32,
    radii: [u32; 6],
    days: u32,
    day_options: [u32; 3],
    place_error: String,
    searched: bool,
    /// Events found (the page lists the first hundred).
    count: usize,
    events: Vec<EventCard>,
    /// The listed events on a map.
    map: Option<crate::maps::MapView>,
    /// "Use my location".
    near_script: String,
}

/// `/events`: what is on (near a place, when one is given), a week ahead unless asked for
/// more.
pub async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<PageParams>,
) -> Result<HttpResponse, PageError> {
    let params = params.into_inner();
    let context = PageContext::new(&req, &state);
    let lang = context.lang;
    let days = params
        .within_days
        .filter(|d| DAYS.contains(d))
        .unwrap_or(DAYS[0]);
    let (place, place_error) =
        crate::near::place_on_page(lang, params.near.as_deref(), params.radius_km);
    let found = upcoming(&state, place.as_ref(), Some(days)).await?;
    let now = state.now();
    let markers = found
        .iter()
        .take(100)
        .filter_map(|(e, g, at, _)| {
            let (lat, lon) = (*at)?;
            Some(crate::maps::Marker {
                lat,
                lon,
                label: format!("{} ({})", e.title, g.name),
                href: e.path(&g.slug),
            })
        })
        .collect();
    render(&NearbyPage {
        map: crate::maps::MapView::of(&state, markers),
        near_script: crate::assets::href("near.js"),
        page: context,
        near: params.near.clone().unwrap_or_default(),
        near_label: place.as_ref().and_then(|p| p.label.clone()),
        radius: place.as_ref().map_or(50, |p| p.radius_km.round() as u32),
        radii: crate::near::RADII,
        days,
        day_options: DAYS,
        place_error,
        searched: place.is_some(),
        count: found.len(),
        events: found
            .iter()
            .take(100)
            .map(|(e, g, _, km)| {
                let card = EventCard::of(e, g, now, lang);
                match km {
                    Some(km) => card.with_distance(*km),
                    None => card,
                }
            })
            .collect(),
    })
}
