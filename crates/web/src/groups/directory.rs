//! Finding public groups (private groups are never listed or counted): `GET /api/v1/groups`
//! and the directory page.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_core::Timestamp;
use muster_db::groups::{self, DirectoryQuery, DirectorySort, GroupRow};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::views::{day_in, initial, logo_href, place};
use crate::{
    auth::MaybeUser,
    error::{ApiError, AppError, ErrorCode, PageError},
    near::{Near, PlaceError},
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

// `GET /api/v1/groups` is registered in `super::shared_paths`, with the other method of its
// path.
pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/groups")
        .get(Access::Public, directory_page)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DirectoryParams {
    /// Words to find in names, addresses, initials, summaries, places and topics; case and
    /// accents are ignored, and a typo or two in longer words forgiven (`pyhton`).
    pub q: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub topic: Option<String>,
    /// Only groups placed within `radius_km` of this place: `{latitude},{longitude}` in degrees
    /// (`52.40,13.07`), or a city's name, optionally with its country (`Potsdam`, `Potsdam,
    /// Germany`), looked up in Muster's own gazetteer. Results then carry `distance_km` and are
    /// nearest first. A name no place has is refused (422, `fields.near`).
    pub near: Option<String>,
    /// With `near` (ignored without it): 1–1000, default 50.
    #[param(minimum = 1, maximum = 1000)]
    pub radius_km: Option<f64>,
    /// `relevance` (default with `q`), `distance` (default with `near`) or `next_event`.
    pub sort: Option<String>,
    pub page: Option<i64>,
    /// 1–100, default 20.
    pub per_page: Option<i64>,
    /// `true`: only active groups (something scheduled, or met within the dormancy period);
    /// dormant groups and unclaimed listings left out.
    pub active: Option<bool>,
}

impl DirectoryParams {
    /// The place searched near (see [`crate::near::place`]).
    pub fn place(&self) -> Result<Option<Near>, PlaceError> {
        crate::near::place(self.near.as_deref(), self.radius_km)
    }

    pub fn query(&self, near: Option<&Near>) -> DirectoryQuery {
        DirectoryQuery {
            text: self
                .q
                .clone()
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect(),
            city: self.city.clone().unwrap_or_default(),
            country: self.country.clone().unwrap_or_default(),
            topic: self.topic.clone().unwrap_or_default(),
            near: near.map(|n| (n.point, n.radius_km)),
            active_since: None,
            sort: match self.sort.as_deref() {
                Some("next_event") => Some(DirectorySort::NextEvent),
                Some("relevance") => Some(DirectorySort::Relevance),
                Some("distance") => Some(DirectorySort::Distance),
                _ => None,
            },
            page: self.page.unwrap_or(1).clamp(1, groups::MAX_DIRECTORY_PAGE),
            per_page: self.per_page.unwrap_or(20).clamp(1, 100),
        }
    }
}

/// A group in the directory.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupSummary {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub city: String,
    pub country: String,
    pub topics: Vec<String>,
    pub logo_url: String,
    pub member_count: i32,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub next_event_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_event_at: Option<Timestamp>,
    /// Nothing scheduled and no event for the instance's dormancy period: the group has gone
    /// quiet (it may be adopted).
    pub dormant: bool,
    /// Where the group is, when it says.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// With `near`: how far the group is from that point, in kilometres (to 0.1 km).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

/// How far `g` is from the place searched near, in kilometres to one decimal.
fn distance_km(g: &GroupRow, near: Option<&Near>) -> Option<f64> {
    near?.distance_km(g.latitude?, g.longitude?)
}

impl GroupSummary {
    fn of(g: &GroupRow, state: &AppState, near: Option<&Near>) -> Self {
        GroupSummary {
            slug: g.slug.clone(),
            name: g.name.clone(),
            summary: g.summary.clone(),
            city: g.city.clone(),
            country: g.country.clone(),
            topics: g.topic_list(),
            logo_url: logo_href(g),
            member_count: g.member_count,
            next_event_at: g.next_event_at,
            last_event_at: g.last_event_at,
            dormant: g.is_dormant(state.now(), state.config.dormant_after_months),
            latitude: g.latitude,
            longitude: g.longitude,
            distance_km: distance_km(g, near),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DirectoryResponse {
    pub groups: Vec<GroupSummary>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// One page of the directory for these parameters: what was found, the page and its size.
async fn search(
    state: &AppState,
    params: &DirectoryParams,
    near: Option<&Near>,
) -> Result<(groups::DirectoryPage, i64, i64), AppError> {
    let mut query = params.query(near);
    if params.active == Some(true) {
        let months = chrono::Months::new(state.config.dormant_after_months);
        query.active_since = state
            .now()
            .as_datetime()
            .checked_sub_months(months)
            .map(Timestamp::from);
    }
    let (page, per_page) = (query.page, query.per_page);
    let found = state.db.read(move |c| groups::directory(c, &query)).await?;
    Ok((found, page, per_page))
}

/// Find public groups (private groups are never listed or counted).
#[utoipa::path(
    get, path = "/api/v1/groups", tag = "groups", params(DirectoryParams),
    responses(
        (status = 200, body = DirectoryResponse),
        (status = 400, description = "A sort or radius out of range", body = crate::openapi::ErrorBody),
        (status = 422, description = "No place has the name given as `near`", body = crate::openapi::ErrorBody)
    )
)]
pub async fn directory(
    state: web::Data<AppState>,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, ApiError> {
    if params
        .sort
        .as_deref()
        .is_some_and(|s| !matches!(s, "relevance" | "next_event" | "distance"))
    {
        return Err(AppError::bad_request(
            ErrorCode::InvalidQuery,
            "sort is relevance, distance or next_event.",
        )
        .into());
    }
    let near = params.place().map_err(PlaceError::into_app_error)?;
    let (found, page, per_page) = search(&state, &params, near.as_ref()).await?;
    Ok(HttpResponse::Ok().json(DirectoryResponse {
        groups: found
            .groups
            .iter()
            .map(|g| GroupSummary::of(g, &state, near.as_ref()))
            .collect(),
        total: found.total,
        page,
        per_page,
    }))
}

// ----------------------------------------------------------------------------- page

pub struct CardView {
    slug: String,
    name: String,
    summary: String,
    logo: String,
    initial: String,
    place: String,
    members: i32,
    topics: Vec<String>,
    next_event: Option<String>,
    last_event: Option<String>,
    dormant: bool,
    /// "12.3" (km), with a place searched near.
    distance: Option<String>,
}

#[derive(Template)]
#[template(path = "groups/directory.html")]
struct DirectoryPage {
    page: PageContext,
    q: String,
    city: String,
    country: String,
    topic: String,
    near: String,
    /// The place the gazetteer found for what was typed ("Potsdam, Germany").
    near_label: Option<String>,
    /// The radius searched (or offered), in kilometres.
    radius: u32,
    radii: [u32; 6],
    /// What is wrong with `near`, when something is.
    place_error: String,
    /// With a place: the radius, formatted.
    searched_km: Option<String>,
    sort: String,
    active: bool,
    groups: Vec<CardView>,
    /// The placed groups of this page on a map.
    map: Option<crate::maps::MapView>,
    /// "Use my location".
    near_script: String,
    total: i64,
    page_number: i64,
    pages: i64,
    prev_href: String,
    next_href: String,
    can_create: bool,
}

pub async fn directory_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, PageError> {
    let params = params.into_inner();
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    // A place that cannot be read is said so, and the search made without it.
    let (near, place_error) =
        crate::near::place_on_page(lang, params.near.as_deref(), params.radius_km);
    let (found, page_number, per_page) = search(&state, &params, near.as_ref()).await?;
    let pages = ((found.total + per_page - 1) / per_page).clamp(1, groups::MAX_DIRECTORY_PAGE);
    let href = |page: i64| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("q", &params.q),
            ("city", &params.city),
            ("country", &params.country),
            ("topic", &params.topic),
            ("near", &params.near),
            ("radius_km", &params.radius_km.map(|r| r.to_string())),
            ("sort", &params.sort),
            (
                "active",
                &params.active.filter(|a| *a).map(|_| "true".to_owned()),
            ),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                q.append_pair(k, v);
            }
        }
        q.append_pair("page", &page.to_string());
        format!("/groups?{}", q.finish())
    };
    let radius = near.as_ref().map_or(50, |n| n.radius_km.round() as u32);
    let markers = found
        .groups
        .iter()
        .filter_map(|g| {
            Some(crate::maps::Marker {
                lat: g.latitude?,
                lon: g.longitude?,
                label: g.name.clone(),
                href: format!("/g/{}", g.slug),
            })
        })
        .collect();
    let template = DirectoryPage {
        page,
        q: params.q.clone().unwrap_or_default(),
        city: params.city.clone().unwrap_or_default(),
        country: params.country.clone().unwrap_or_default(),
        topic: params.topic.clone().unwrap_or_default(),
        near: params.near.clone().unwrap_or_default(),
        near_label: near.as_ref().and_then(|n| n.label.clone()),
        radius,
        radii: crate::near::RADII,
        place_error,
        searched_km: near
            .as_ref()
            .map(|_| muster_i18n::format_number(lang, i64::from(radius))),
        sort: params.sort.clone().unwrap_or_default(),
        active: params.active == Some(true),
        groups: found
            .groups
            .iter()
            .map(|g| CardView {
                slug: g.slug.clone(),
                name: g.name.clone(),
                summary: g.summary.clone(),
                logo: logo_href(g),
                initial: initial(&g.name),
                place: place(&g.city, &g.country),
                members: g.member_count,
                topics: g.topic_list(),
                next_event: g.next_event_at.map(|t| day_in(lang, t)),
                last_event: g.last_event_at.map(|t| day_in(lang, t)),
                dormant: g.is_dormant(state.now(), state.config.dormant_after_months),
                distance: distance_km(g, near.as_ref())
                    .map(|km| muster_i18n::format_tenths(lang, (km * 10.0).round() as i64)),
            })
            .collect(),
        map: crate::maps::MapView::of(&state, markers),
        near_script: crate::assets::href("near.js"),
        total: found.total,
        page_number,
        pages,
        prev_href: href(page_number - 1),
        next_href: href(page_number + 1),
        can_create: user.caller().is_some_and(|u| u.is_verified()),
    };
    render(&template)
}
