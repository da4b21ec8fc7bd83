//! Federation's addresses (issue 18): WebFinger, NodeInfo, the inboxes, a group's outbox and
//! followers, and the ActivityPub documents that group and event pages answer when asked for
//! `application/activity+json` (see [`wants_activity`]). The work is in
//! `muster_app::federation`.

use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use muster_app::federation::{self as fed, ACTIVITY_JSON, Incoming};
use muster_db::groups;
use serde::Deserialize;
use serde_json::Value;

use crate::{
    error::{ApiError, AppError, ErrorCode},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(crate) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/.well-known/webfinger")
        .get(Access::Public, webfinger)
        .done();
    table
        .resource("/.well-known/nodeinfo")
        .get(Access::Public, nodeinfo_links)
        .done();
    table
        .resource("/nodeinfo/2.1")
        .get(Access::Public, nodeinfo)
        .done();
    table
        .resource("/inbox")
        .post(Access::Public, shared_inbox)
        .done();
    table
        .resource("/g/{slug}/inbox")
        .post(Access::Public, group_inbox)
        .done();
    table
        .resource("/g/{slug}/outbox")
        .get(Access::Public, outbox)
        .done();
    table
        .resource("/g/{slug}/followers")
        .get(Access::Public, followers)
        .done();
    table
        .resource("/admin/federation")
        .get(Access::Admin, admin_page)
        .done();
    table
        .resource("/admin/federation/block")
        .post(Access::Admin, block_submit)
        .done();
    table
        .resource("/admin/federation/unblock")
        .post(Access::Admin, unblock_submit)
        .done();
}

/// Whether the request asks for an ActivityPub document rather than a page.
pub fn wants_activity(req: &HttpRequest) -> bool {
    req.headers()
        .get_all(header::ACCEPT)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|kind| {
            let kind = kind.trim().to_ascii_lowercase();
            kind.starts_with(ACTIVITY_JSON) || kind.starts_with("application/ld+json")
        })
}

/// A page whose address also answers an ActivityPub document: it says it varies by `Accept`,
/// so no shared cache hands the one to a client that asked for the other.
pub fn varies_by_accept(mut page: HttpResponse) -> HttpResponse {
    page.headers_mut()
        .append(header::VARY, HeaderValue::from_static("Accept"));
    page
}

/// An ActivityPub document, or its error, as JSON.
fn document(result: Result<Value, AppError>, content_type: &'static str) -> HttpResponse {
    match result {
        Ok(value) => {
            let mut response = HttpResponse::Ok()
                .insert_header((header::CONTENT_TYPE, content_type))
                .insert_header((header::VARY, "Accept"))
                .body(value.to_string());
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=60"),
            );
            response
        }
        Err(error) => {
            use actix_web::ResponseError;
            ApiError(error).error_response()
        }
    }
}

async fn group_row(state: &AppState, slug: &str) -> Result<groups::GroupRow, AppError> {
    let slug = slug.to_owned();
    state
        .db
        .read(move |c| groups::find_by_slug(c, &slug))
        .await?
        .ok_or_else(AppError::not_found)
}

/// An ActivityPub document of the group `slug`, kept like a visitor's page: tagged with the
/// group's page version, which the database raises on every change the document shows (the
/// group, its events, their answers, its followers), so a later request costs one indexed read.
async fn kept_document<F, Fut>(state: &AppState, slug: &str, key: String, make: F) -> HttpResponse
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Value, AppError>>,
{
    let owned = slug.to_owned();
    let tag = state
        .db
        .read_quick(move |c| muster_db::page_versions::of_slug(c, &owned))
        .await
        .ok()
        .flatten();
    let (key, now) = (format!("activitypub\n{key}"), state.now());
    if let Some(tag) = &tag
        && let Some(body) = state.feeds.get(&key, tag, now)
    {
        return activity_response(body);
    }
    match make().await {
        Ok(value) => {
            let body = web::Bytes::from(value.to_string());
            if let Some(tag) = &tag {
                state.feeds.put(&key, tag, None, body.clone());
            }
            activity_response(body)
        }
        Err(error) => document(Err(error), ACTIVITY_JSON),
    }
}

fn activity_response(body: web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, ACTIVITY_JSON))
        .insert_header((header::VARY, "Accept"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .body(body)
}

/// The group page's ActivityPub answer: its actor (404 for private groups, or when federation
/// is off).
pub async fn group_document(state: &AppState, slug: &str) -> HttpResponse {
    kept_document(state, slug, format!("/g/{slug}"), || async {
        let group = group_row(state, slug).await?;
        fed::actor_of(state, &group).await
    })
    .await
}

/// The event page's ActivityPub answer: its `Event` (404 for drafts and private groups).
pub async fn event_document(state: &AppState, slug: &str, id: &str) -> HttpResponse {
    kept_document(state, slug, format!("/g/{slug}/events/{id}"), || async {
        let group = group_row(state, slug).await?;
        let id = muster_core::id::EventId::parse(id).map_err(|_| AppError::not_found())?;
        let event = state
            .db
            .read(move |c| muster_db::events::find(c, id))
            .await?
            .filter(|e| e.group_id == group.id)
            .ok_or_else(AppError::not_found)?;
        fed::event_document(state, &group, &event).await
    })
    .await
}

#[derive(Deserialize)]
struct WebfingerQuery {
    resource: Option<String>,
}

async fn webfinger(
    state: web::Data<AppState>,
    query: web::Query<WebfingerQuery>,
) -> Result<HttpResponse, ApiError> {
    let Some(resource) = query.resource.as_deref().filter(|r| !r.is_empty()) else {
        return Err(AppError::bad_request(
            ErrorCode::InvalidQuery,
            "Give the account to look up: ?resource=acct:name@host",
        )
        .into());
    };
    let answer = fed::webfinger(&state, resource).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/jrd+json"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(answer.to_string()))
}

async fn nodeinfo_links(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({
        "links": [{
            "rel": "http://nodeinfo.diaspora.software/ns/schema/2.1",
            "href": format!("{}/nodeinfo/2.1", state.federation.base_url()),
        }]
    }))
}

async fn nodeinfo(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let info = fed::nodeinfo(&state).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CONTENT_TYPE,
            "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"",
        ))
        .body(info.to_string()))
}

/// The request as the signature checks need it.
fn incoming(req: &HttpRequest, body: web::Bytes) -> Incoming {
    let path = match req.uri().query() {
        Some(q) => format!("{}?{q}", req.path()),
        None => req.path().to_owned(),
    };
    Incoming {
        method: req.method().as_str().to_owned(),
        path,
        headers: req
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                Some((
                    name.as_str().to_ascii_lowercase(),
                    value.to_str().ok()?.to_owned(),
                ))
            })
            .collect(),
        body: body.to_vec(),
    }
}

async fn receive(state: &AppState, request: Incoming) -> Result<HttpResponse, ApiError> {
    fed::receive(state, request).await?;
    Ok(HttpResponse::Accepted().finish())
}

async fn shared_inbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    receive(&state, incoming(&req, body)).await
}

async fn group_inbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    // A group that does not federate has no inbox.
    let group = group_row(&state, &slug).await?;
    if !fed::federates(&group) || !state.federation.enabled {
        return Err(AppError::not_found().into());
    }
    receive(&state, incoming(&req, body)).await
}

#[derive(Deserialize)]
struct PageQuery {
    page: Option<i64>,
}

async fn outbox(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<PageQuery>,
) -> HttpResponse {
    let result = async {
        let group = group_row(&state, &slug).await?;
        fed::outbox_of(&state, &group, query.page).await
    }
    .await;
    document(result, ACTIVITY_JSON)
}

async fn followers(state: web::Data<AppState>, slug: web::Path<String>) -> HttpResponse {
    let result = async {
        let group = group_row(&state, &slug).await?;
        fed::followers_of(&state, &group).await
    }
    .await;
    document(result, ACTIVITY_JSON)
}

// ----------------------------------------------------------------------------- administration

#[derive(askama::Template)]
#[template(path = "admin/federation.html")]
struct HealthPage {
    page: crate::pages::PageContext,
    /// Deliveries by status, the status in the reader's language.
    deliveries: Vec<(String, i64, i64)>,
    health: fed::Health,
    notice: String,
    errors: crate::pages::FormErrors,
    handle_example: String,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn health_page(
    req: &HttpRequest,
    state: &AppState,
    notice: &str,
    error: Option<AppError>,
) -> Result<HttpResponse, crate::error::PageError> {
    let health = fed::health(&state.db).await?;
    let page = crate::pages::PageContext::new(req, state);
    let notice = match notice {
        "blocked" => muster_i18n::tr(page.lang, "admin-federation-blocked-notice"),
        "unblocked" => muster_i18n::tr(page.lang, "admin-federation-unblocked-notice"),
        _ => String::new(),
    };
    let status = error
        .as_ref()
        .map_or(actix_web::http::StatusCode::OK, crate::error::status);
    let deliveries = health
        .deliveries
        .iter()
        .map(|(status, count, retries)| {
            let key = format!("admin-federation-status-{status}");
            (muster_i18n::tr(page.lang, &key), *count, *retries)
        })
        .collect();
    crate::pages::render_with_status(
        &HealthPage {
            page,
            deliveries,
            health,
            notice,
            errors: error
                .as_ref()
                .map(crate::pages::FormErrors::from)
                .unwrap_or_default(),
            handle_example: format!("@slug@{}", state.federation.host()),
        },
        status,
    )
}

/// Administrators' view of federation: deliveries, failing inboxes, blocked domains.
pub async fn admin_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    _admin: crate::auth::CurrentUser,
    query: web::Query<NoticeQuery>,
) -> Result<HttpResponse, crate::error::PageError> {
    health_page(
        &req,
        &state,
        query.notice.as_deref().unwrap_or_default(),
        None,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BlockForm {
    domain: String,
    reason: String,
}

pub async fn block_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    admin: crate::auth::CurrentUser,
    form: crate::csrf::CsrfForm<BlockForm>,
) -> Result<HttpResponse, crate::error::PageError> {
    match fed::block_domain(&state.db, &form.0.domain, &form.0.reason, state.now()).await {
        Ok(domain) => {
            tracing::info!(admin = %admin.id(), %domain, "domain blocked");
            Ok(crate::pages::see_other("/admin/federation?notice=blocked"))
        }
        Err(error) if error.kind == muster_app::ErrorKind::Invalid => {
            health_page(&req, &state, "", Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn unblock_submit(
    state: web::Data<AppState>,
    admin: crate::auth::CurrentUser,
    form: crate::csrf::CsrfForm<BlockForm>,
) -> Result<HttpResponse, crate::error::PageError> {
    if !fed::unblock_domain(&state.db, &form.0.domain).await? {
        return Err(AppError::not_found().into());
    }
    tracing::info!(admin = %admin.id(), domain = %form.0.domain, "domain unblocked");
    Ok(crate::pages::see_other(
        "/admin/federation?notice=unblocked",
    ))
}
