//! The downloads: a group's archive (organizers and instance admins) and a person's own data.

use actix_web::{
    HttpResponse,
    http::header::{self, HeaderValue},
    web,
};
use muster_app::{AppError, archives, groups::GroupAccess};

use crate::{
    auth::CurrentUser,
    error::{ApiError, PageError},
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

/// The group's archive as a ZIP download.
async fn archive_response(
    state: &AppState,
    user: &CurrentUser,
    slug: &str,
) -> Result<HttpResponse, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    let export = archives::export_for(state, &access).await?;
    Ok(file_attachment(
        "application/zip",
        &export.file_name,
        export.file,
        export.size,
    ))
}

/// A download streamed from `file` (`size` bytes, from its start) in 64 KiB pieces.
fn file_attachment(
    content_type: &'static str,
    file_name: &str,
    file: std::fs::File,
    size: u64,
) -> HttpResponse {
    use tokio::io::AsyncReadExt;
    let pieces =
        futures_util::stream::unfold(Some(tokio::fs::File::from_std(file)), |file| async move {
            let mut file = file?;
            let mut piece = vec![0; 64 * 1024];
            match file.read(&mut piece).await {
                Ok(0) => None,
                Ok(n) => {
                    piece.truncate(n);
                    Some((Ok(web::Bytes::from(piece)), Some(file)))
                }
                Err(e) => Some((Err(e), None)),
            }
        });
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CONTENT_DISPOSITION, disposition))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(actix_web::body::SizedStream::new(size, Box::pin(pieces)))
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

async fn my_data_page(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    let data = archives::personal::my_data(&state, user.user()).await?;
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
    responses((status = 200, body = archives::personal::MyData), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn my_data_api(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(archives::personal::my_data(&state, user.user()).await?))
}
