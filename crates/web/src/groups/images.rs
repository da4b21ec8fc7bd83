//! Group logos: uploaded, checked by their magic bytes, decoded with size limits, scaled to at
//! most 512 × 512 and re-encoded as PNG (which strips metadata and any payload hidden in the
//! original), stored in the database, and served with long-lived caching.

use actix_web::{HttpRequest, HttpResponse, http::header, web};
use image::{ImageFormat, ImageReader, Limits};
use muster_core::{id::ImageId, policy::Action, roles::Capability};
use muster_db::{
    groups,
    images::{self, ImageRow},
    rate_limits,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::GroupAccess;
use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, AppError, PageError},
    limits,
    routes::{Access, RouteTable},
    state::AppState,
};

/// Largest upload accepted.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// Largest stored side.
const MAX_SIDE: u32 = 512;
/// Largest side of an accepted upload.
const MAX_INPUT_SIDE: u32 = 4096;
/// Most memory one decode may allocate (4096 × 4096 RGBA is 64 MiB).
const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/logo")
        .put(Access::Authenticated, upload_logo)
        .delete(Access::Authenticated, remove_logo)
        .done();
    table
        .resource("/images/{id}")
        .get(Access::Public, serve)
        .done();
}

/// A refused logo: the message goes with the `logo` field.
pub(super) fn refuse(message: &str) -> AppError {
    AppError::invalid_field("logo", message)
}

/// Checks and re-encodes an uploaded image; returns PNG bytes and the size.
pub fn process(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), AppError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(refuse("The image is larger than 2 MiB."));
    }
    // The bytes decide the format, never the name or the declared type.
    let format =
        image::guess_format(bytes).map_err(|_| refuse("Upload a PNG, JPEG, WebP or GIF image."))?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(refuse("Upload a PNG, JPEG, WebP or GIF image."));
    }
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoded = reader.decode().map_err(|_| {
        refuse("The image could not be read; it may be damaged or too large (4096 px at most).")
    })?;
    let scaled = if decoded.width() > MAX_SIDE || decoded.height() > MAX_SIDE {
        decoded.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        decoded
    };
    let mut out = Vec::new();
    scaled
        .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
        .map_err(AppError::internal)?;
    Ok((out, scaled.width(), scaled.height()))
}

/// Stores `bytes` as the group's logo.
pub async fn set_logo(
    state: &AppState,
    access: &GroupAccess,
    bytes: Vec<u8>,
) -> Result<ImageId, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let now = state.now();
    let (group, user) = (access.group.id, access.user()?.id);
    let bucket = format!("images:user:{user}");
    if let Err(wait) = state
        .db
        .write(move |c| rate_limits::hit(c, &bucket, limits::IMAGE_UPLOADS_PER_DAY, now))
        .await?
    {
        return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
    }
    let permit = state
        .image_permits
        .clone()
        .acquire_owned()
        .await
        .map_err(AppError::internal)?;
    let (png, width, height) = tokio::task::spawn_blocking(move || {
        let processed = process(&bytes);
        drop(permit);
        processed
    })
    .await
    .map_err(AppError::internal)??;
    let id = ImageId::new();
    state
        .db
        .write(move |c| {
            images::insert(
                c,
                &ImageRow {
                    id,
                    content_type: "image/png".to_owned(),
                    bytes: png,
                    width: i32::try_from(width).unwrap_or(0),
                    height: i32::try_from(height).unwrap_or(0),
                    uploaded_by: Some(user),
                    created_at: now,
                },
            )?;
            groups::set_logo_image(c, group, Some(id), now)?;
            muster_db::audit::record(c, group, Some(user), "logo_changed", None, "", now)
        })
        .await?;
    Ok(id)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LogoView {
    pub logo_url: String,
}

/// Upload a logo: the request body is the image (PNG, JPEG, WebP or GIF, up to 2 MiB).
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/logo", tag = "groups",
    params(("slug" = String, Path)),
    request_body(content = Vec<u8>, content_type = "image/png", description = "The image bytes"),
    responses((status = 200, body = LogoView), (status = 403, body = crate::openapi::ErrorBody), (status = 413, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn upload_logo(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, Some(&user.0)).await?;
    // The capability first: a member without it is refused before the upload is read.
    access.check(Action::Use(Capability::ManageGroup))?;
    let body =
        crate::extract::body_bytes(body, MAX_UPLOAD_BYTES, "The image is larger than 2 MiB.")
            .await?;
    let id = set_logo(&state, &access, body.to_vec()).await?;
    Ok(HttpResponse::Ok().json(LogoView {
        logo_url: format!("/images/{id}"),
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
    let access = GroupAccess::load(&state, &slug, Some(&user.0)).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let now = state.now();
    let group = access.group.id;
    state
        .db
        .write(move |c| groups::set_logo_image(c, group, None, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `/images/{id}`: an uploaded image. A private group's logo is as hidden as the group.
pub async fn serve(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = ImageId::parse(&id).map_err(|_| AppError::not_found())?;
    let (image, group) = state
        .db
        .read(move |c| Ok((images::find(c, id)?, groups::find_by_logo(c, id)?)))
        .await?;
    // Only an image a live group shows is served: a replaced logo, or a deleted group's, is gone.
    let (Some(image), Some(group)) = (image, group) else {
        return Err(AppError::not_found().into());
    };
    let private = group.visibility() == muster_core::group::Visibility::Private;
    if private {
        let access = GroupAccess::load(&state, &group.slug, user.0.as_ref()).await?;
        access.check(Action::View)?;
    }
    // A private group's logo stays out of shared caches.
    let cache = if private {
        "private, no-store"
    } else {
        "public, max-age=31536000, immutable"
    };
    let etag = format!("\"{id}\"");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([47, 93, 138]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(image)
            .write_to(&mut std::io::Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_images_are_scaled_and_re_encoded() {
        let (bytes, w, h) = process(&png(1200, 600)).unwrap();
        assert_eq!((w, h), (512, 256));
        assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Png);
    }

    #[test]
    fn non_images_and_lies_are_refused() {
        assert!(process(b"<svg onload=alert(1)></svg>").is_err());
        assert!(
            process(b"GIF89a<script>alert(1)</script>").is_err(),
            "a GIF header on garbage"
        );
        let mut polyglot = png(10, 10);
        polyglot.extend_from_slice(b"<script>alert(1)</script>");
        let (clean, _, _) = process(&polyglot).unwrap();
        assert!(
            !String::from_utf8_lossy(&clean).contains("<script>"),
            "trailing payload dropped"
        );
        assert!(process(&vec![0u8; MAX_UPLOAD_BYTES + 1]).is_err());
    }
}
