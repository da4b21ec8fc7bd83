//! Group logos: uploaded, checked by their magic bytes, decoded with size limits, scaled to at
//! most 512 × 512 and re-encoded as PNG (which strips metadata and any payload hidden in the
//! original), stored in the database, and served with long-lived caching.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, http::header, web};
use muster_app::{
    groups::{
        GroupAccess,
        logo::{self, set_logo},
    },
    media::{self, MAX_UPLOAD_BYTES},
};
use muster_core::{policy::Action, roles::Capability};
use serde::Serialize;
use utoipa::ToSchema;

use super::{load, settings::settings_page};
use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, PageError},
    extract::UploadForm,
    pages::see_other,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/logo")
        .put(Access::Authenticated, upload_logo)
        .delete(Access::Authenticated, remove_logo)
        .done();
    table
        .resource("/g/{slug}/settings/logo")
        .post(Access::Authenticated, logo_submit)
        .done();
    table
        .resource("/images/{id}")
        .get(Access::Public, serve)
        .done();
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LogoView {
    pub logo_url: String,
}

/// Upload a logo: the request body is the image (PNG, JPEG, WebP or GIF, up to 2 MiB).
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/logo", tag = "groups",
    params(("slug" = String, Path)),
    request_body(
        description = "The image bytes: PNG, JPEG, WebP or GIF",
        content((Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg"), (Vec<u8> = "image/webp"), (Vec<u8> = "image/gif"))
    ),
    responses((status = 200, body = LogoView), (status = 403, body = crate::openapi::ErrorBody), (status = 413, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many uploads today", body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn upload_logo(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    // The capability first: a member without it is refused before the upload is read.
    access.check(Action::Use(Capability::ManageGroup))?;
    let body = crate::extract::body_bytes(body, MAX_UPLOAD_BYTES, media::TOO_LARGE).await?;
    let id = set_logo(&state, &access, body.to_vec()).await?;
    Ok(HttpResponse::Ok().json(LogoView {
        logo_url: muster_db::images::path(id),
    }))
}

/// Remove the uploaded logo.
#[utoipa::path(
    delete, path = "/api/v1/groups/{slug}/logo", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_logo(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    logo::remove_logo(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn logo_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let mut form = UploadForm::read(&req, payload, media::MAX_UPLOAD_BYTES).await?;
    let file = form.take_image("logo");
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    let outcome = match file {
        Ok(file) => muster_app::groups::logo::set_logo(&state, &access, file).await,
        Err(refused) => Err(refused),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/g/{slug}/settings?notice=logo_saved"))),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &access, None, None, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

/// `/images/{id}`: an uploaded image. A private group's logo is as hidden as the group.
pub async fn serve(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let logo::Served {
        image,
        private,
        photo,
    } = logo::image(&state, &id, user.caller()).await?;
    // A private group's image stays out of shared caches; a photo is asked for again (a 304
    // while it is still there), since it may be removed at any time.
    let cache = if private {
        "private, no-store"
    } else if photo {
        "public, no-cache"
    } else {
        "public, max-age=31536000, immutable"
    };
    let etag = format!("\"{}\"", image.id);
    if req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains(&etag))
    {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type(image.content_type)
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::CONTENT_DISPOSITION, "inline"))
        .body(image.bytes))
}
