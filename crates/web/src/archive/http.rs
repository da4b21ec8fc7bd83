//! The downloads: a group's archive (organizers and instance admins) and a person's own data.

use actix_web::{
    HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use muster_core::{policy::Action, roles::Capability};
use muster_db::archives;
use serde::Serialize;
use utoipa::ToSchema;

use super::{Source, export_loaded};
use crate::{
    auth::CurrentUser,
    error::{ApiError, AppError, PageError},
    groups::GroupAccess,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/g/{slug}/settings/export")
        .get(Access::Authenticated, archive_page)
        .done();
    table
        .resource("/api/v1/groups/{slug}/archive")
        .get(Access::Authenticated, archive_api)
        .done();
    table
        .resource("/account/export")
        .get(Access::Authenticated, my_data_page)
        .done();
    table
        .resource("/api/v1/me/export")
        .get(Access::Authenticated, my_data_api)
        .done();
}

/// The group's archive as a ZIP download; the download is written to the audit log.
async fn archive_response(
    state: &AppState,
    user: &CurrentUser,
    slug: &str,
) -> Result<HttpResponse, AppError> {
    let access = GroupAccess::load(state, slug, Some(&user.0)).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let group = access.group.clone();
    let (id, logo, actor) = (group.id, group.logo_image_id, access.user()?.id);
    let history = state
        .db
        .read(move |c| archives::history(c, id, logo))
        .await?;
    let now = state.now();
    let source = Source {
        instance_name: state.config.instance_name.clone(),
        base_url: state.config.base_url.clone(),
    };
    let export = export_loaded(&group, &history, source, now)?;
    // A GET changes nothing (SECURITY 23): the download goes to the log, not the audit table.
    tracing::info!(group = %id, user = %actor, events = export.archive.events.len(), "group archive downloaded");
    Ok(attachment(
        "application/zip",
        &export.file_name,
        export.bytes,
    ))
}

fn attachment(content_type: &'static str, file_name: &str, body: Vec<u8>) -> HttpResponse {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CONTENT_DISPOSITION, disposition))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(body)
}

async fn archive_page(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(archive_response(&state, &user, &slug).await?)
}

/// The group's archive: a ZIP with `archive.json` (format `muster-group-archive`, version 1),
/// `calendar.ics` and a static HTML site (organizers, co-organizers and instance admins).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/archive", tag = "groups",
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "The ZIP", content_type = "application/zip"),
        (status = 403, body = crate::openapi::ErrorBody),
        (status = 404, body = crate::openapi::ErrorBody)
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn archive_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(archive_response(&state, &user, &slug).await?)
}

/// "Download my data".
#[derive(Debug, Serialize, ToSchema)]
pub struct MyData {
    /// `muster-personal-data`.
    pub format: &'static str,
    pub version: u32,
    #[schema(value_type = String, format = DateTime)]
    pub exported_at: muster_core::Timestamp,
    #[schema(value_type = Object)]
    pub account: serde_json::Value,
    #[schema(value_type = Vec<Object>)]
    pub memberships: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub rsvps: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub comments: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub talks: Vec<serde_json::Value>,
}

async fn my_data(state: &AppState, user: &CurrentUser) -> Result<MyData, AppError> {
    let me = user.user().clone();
    let id = me.id;
    let data = state.db.read(move |c| archives::personal(c, id)).await?;
    let base = &state.config.base_url;
    Ok(MyData {
        format: "muster-personal-data",
        version: 1,
        exported_at: state.now(),
        account: serde_json::json!({
            "id": me.id,
            "email": me.email,
            "display_name": me.display_name,
            "bio": me.bio,
            "timezone": me.timezone,
            "is_admin": me.is_admin,
            "email_verified_at": me.email_verified_at,
            "email_only_security": me.email_only_security,
            "created_at": me.created_at,
            "updated_at": me.updated_at,
        }),
        memberships: data
            .memberships
            .iter()
            .map(|m| {
                serde_json::json!({
                    "group": m.group_slug,
                    "group_name": m.group_name,
                    "role": m.membership.role,
                    "status": m.membership.status,
                    "answers": m.membership.answers(),
                    "hidden": m.membership.hidden,
                    "in_archive": m.membership.in_archive,
                    "conduct_version": m.membership.conduct_version,
                    "conduct_accepted_at": m.membership.conduct_accepted_at,
                    "joined_at": m.membership.created_at,
                })
            })
            .collect(),
        rsvps: data
            .answers
            .iter()
            .map(|a| {
                serde_json::json!({
                    "event_id": a.event.id,
                    "event": a.event.title,
                    "url": format!("{base}{}", a.event.path(&a.group_slug)),
                    "starts_at": a.event.starts_at,
                    "status": a.status,
                    "guests": a.guests,
                    "answer": a.answer,
                    "attendance": a.attendance,
                    "answered_at": a.answered_at,
                    "updated_at": a.updated_at,
                })
            })
            .collect(),
        comments: data
            .comments
            .iter()
            .map(|(comment, event)| {
                serde_json::json!({
                    "event_id": event.id,
                    "event": event.title,
                    "body": comment.body,
                    "created_at": comment.created_at,
                    "removed_at": comment.removed_at,
                })
            })
            .collect(),
        talks: data
            .talks
            .iter()
            .map(|(talk, event)| {
                serde_json::json!({
                    "event_id": event.id,
                    "event": event.title,
                    "title": talk.title,
                    "speaker_name": talk.speaker_name,
                    "abstract": talk.abstract_,
                    "slides_url": talk.slides_url,
                    "video_url": talk.video_url,
                })
            })
            .collect(),
    })
}

async fn my_data_page(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    let data = my_data(&state, &user).await?;
    let body = serde_json::to_vec_pretty(&data).map_err(AppError::internal)?;
    let name = format!(
        "muster-my-data-{}.json",
        data.exported_at.as_datetime().format("%Y-%m-%d")
    );
    Ok(attachment("application/json", &name, body))
}

/// Everything Muster holds about you: account, memberships, RSVPs, comments and talks.
#[utoipa::path(
    get, path = "/api/v1/me/export", tag = "account",
    responses((status = 200, body = MyData), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn my_data_api(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(my_data(&state, &user).await?))
}
