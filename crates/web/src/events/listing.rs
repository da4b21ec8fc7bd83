//! A group's events: upcoming (soonest first, cancelled ones marked) and past, with drafts for
//! those who manage events — as `GET /api/v1/groups/{slug}/events` and as the events tab.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::groups::GroupAccess;
use muster_core::{policy::Action, roles::Capability};
use muster_db::events::{self, Listing};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    cards::{EventCard, cards},
    views::{EventSummary, summary},
};
use crate::{
    auth::MaybeUser,
    error::{ApiError, AppError, ErrorCode, PageError},
    groups::views::GroupHeader,
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    // Ids are UUIDs: the patterns say so, so that `…/events/{id}.ics`-style siblings and
    // literal segments (`new`, `add`) never fall into an id route.
    table
        .resource("/g/{slug}/events")
        .get(Access::Public, list_page)
        .done();
}

/// Upcoming events on the group's events page (bounded; groups rarely plan further ahead).
const UPCOMING_LISTED: i64 = 100;
/// Past events per page.
const PAST_PER_PAGE: i64 = 20;

// ----------------------------------------------------------------------------- API

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
    get, path = "/api/v1/groups/{slug}/events", operation_id = "list_events", tag = "events",
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

// ----------------------------------------------------------------------------- page

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    past_page: Option<i64>,
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct ListPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    past_page: i64,
    prev_href: String,
    next_href: String,
}

pub async fn list_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    crate::page_cache::serve(
        &req,
        &state,
        &user,
        crate::page_cache::Versioned::Group(&slug),
        || list_page_of(&req, &state, &user, &slug, &query),
    )
    .await
}

/// The group's events page, and when it would next read differently by itself.
async fn list_page_of(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
    slug: &str,
    query: &ListQuery,
) -> Result<crate::page_cache::Rendered, PageError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(Action::ViewMembers)?;
    let drafts = access.can(Action::Use(Capability::ManageEvents));
    let past_page = query.past_page.unwrap_or(1).clamp(1, 10_000);
    let (group, now) = (access.group.id, state.now());
    let (upcoming, mut past) = state
        .db
        .read(move |c| {
            Ok((
                events::for_group(c, group, Listing::Upcoming, drafts, now, UPCOMING_LISTED, 0)?,
                // One more than a page says whether there is a next page.
                events::for_group(
                    c,
                    group,
                    Listing::Past,
                    drafts,
                    now,
                    PAST_PER_PAGE + 1,
                    (past_page - 1) * PAST_PER_PAGE,
                )?,
            ))
        })
        .await?;
    let more = i64::try_from(past.len()).unwrap_or(0) > PAST_PER_PAGE;
    past.truncate(usize::try_from(PAST_PER_PAGE).unwrap_or(20));
    let g = &access.group;
    let href = |n: i64| format!("/g/{}/events?past_page={n}#past", g.slug);
    let page = PageContext::new(req, state);
    let lang = page.lang;
    // The lists change by themselves when a meetup listed starts or ends.
    let changes = upcoming
        .iter()
        .chain(&past)
        .filter_map(|e| e.facts().next_change(now))
        .min();
    let page = render(&ListPage {
        page,
        g: GroupHeader::of(&access, state),
        tab: "events",
        upcoming: cards(&upcoming, g, now, lang),
        past: cards(&past, g, now, lang),
        past_page,
        prev_href: if past_page > 1 {
            href(past_page - 1)
        } else {
            String::new()
        },
        next_href: if more {
            href(past_page + 1)
        } else {
            String::new()
        },
    })?;
    Ok(crate::page_cache::Rendered {
        page,
        changes,
        path: format!("/g/{}/events", g.slug),
    })
}
