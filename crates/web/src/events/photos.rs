//! Photos from a meetup: the gallery page (`/g/{slug}/events/{id}/photos`) with its upload form
//! (many photos at once, each processed as it arrives, so a form of twenty photos never sits in
//! memory whole), removal and reports; and `/api/v1/events/{id}/photos`, `/api/v1/photos/{id}`.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::{
    events::{
        EventAccess,
        photos::{self, PHOTOS_PER_UPLOAD},
    },
    media,
};
use muster_core::{
    Timestamp,
    id::{PhotoId, UserId},
};
use muster_db::{images, photos::Photo};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{cards::EventHead, event_for, event_for_user, event_in_group};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/photos")
        .get(Access::Public, list_photos)
        .post(Access::Verified, upload_photo)
        .done();
    table
        .resource("/api/v1/photos/{photo_id}")
        .delete(Access::Authenticated, remove_photo_api)
        .done();
    table
        .resource("/api/v1/photos/{photo_id}/reports")
        .post(Access::Authenticated, report_photo_api)
        .delete(Access::Authenticated, keep_photo_api)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/photos")
        .get(Access::Public, gallery)
        .post(Access::Verified, upload_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/photos/{photo_id:[0-9a-fA-F-]+}/remove")
        .post(Access::Authenticated, remove_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/photos/{photo_id:[0-9a-fA-F-]+}/report")
        .post(Access::Authenticated, report_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/photos/{photo_id:[0-9a-fA-F-]+}/keep")
        .post(Access::Authenticated, keep_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoView {
    #[schema(value_type = String, format = Uuid)]
    pub id: PhotoId,
    #[schema(value_type = String, format = Uuid)]
    pub event_id: muster_core::id::EventId,
    /// The photo: a JPEG of at most 2048 px a side, without EXIF.
    pub url: String,
    /// A JPEG of at most 480 px a side.
    pub thumbnail_url: String,
    pub width: i32,
    pub height: i32,
    pub caption: String,
    /// Who added it; null when the caller is not shown who goes (see the event's `going`), or
    /// the account is gone.
    pub uploaded_by: Option<Uploader>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Uploader {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
}

impl PhotoView {
    /// `p` as `access`'s caller sees it.
    pub fn of(p: &Photo, access: &EventAccess) -> PhotoView {
        PhotoView::in_group(p, &access.group)
    }

    /// `p` as a caller with this access to its group sees it.
    pub fn in_group(p: &Photo, access: &muster_app::groups::GroupAccess) -> PhotoView {
        let r = &p.row;
        let named = access.sees_who_is_going() && !p.uploader.is_empty();
        PhotoView {
            id: r.id,
            event_id: r.event_id,
            url: images::path(r.image_id),
            thumbnail_url: images::path(r.thumb_image_id),
            width: r.width,
            height: r.height,
            caption: r.caption.clone(),
            uploaded_by: r.uploaded_by.filter(|_| named).map(|id| Uploader {
                id,
                name: p.uploader.clone(),
            }),
            created_at: r.created_at,
        }
    }
}

/// An event's photos, oldest first.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/photos", tag = "photos",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<PhotoView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn list_photos(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for(&state, &id, &user).await?;
    let rows = read_photos(&state, &access).await?;
    let views: Vec<PhotoView> = rows.iter().map(|p| PhotoView::of(p, &access)).collect();
    Ok(HttpResponse::Ok().json(views))
}

async fn read_photos(state: &AppState, access: &EventAccess) -> Result<Vec<Photo>, AppError> {
    let event = access.event.id;
    Ok(state
        .db
        .read(move |c| muster_db::photos::for_event(c, event))
        .await?)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct UploadQuery {
    /// One line, at most 200 characters.
    #[serde(default)]
    pub caption: String,
}

/// Add a photo (people who went, and organizers, once the meetup has started): the request
/// body is the image, JPEG, PNG or WebP, up to 20 MiB. It is turned upright, scaled to at
/// most 2048 px, and re-encoded without EXIF (no location).
#[utoipa::path(
    post, path = "/api/v1/events/{id}/photos", tag = "photos",
    params(("id" = String, Path), UploadQuery),
    request_body(
        description = "The image bytes: JPEG, PNG or WebP",
        content((Vec<u8> = "image/jpeg"), (Vec<u8> = "image/png"), (Vec<u8> = "image/webp"))
    ),
    responses((status = 201, body = PhotoView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, description = "The meetup has not taken place, or the group's storage is full", body = crate::openapi::ErrorBody), (status = 413, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn upload_photo(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    query: web::Query<UploadQuery>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    // Who may add photos is settled before the upload is read.
    photos::check_may_add(&state, &access).await?;
    let body =
        crate::extract::body_bytes(body, media::MAX_PHOTO_BYTES, media::PHOTO_TOO_LARGE).await?;
    let row = photos::add_photo(&state, &access, body.to_vec(), &query.caption, "photo").await?;
    let photo = Photo {
        row,
        uploader: user.user().display_name.clone(),
    };
    Ok(HttpResponse::Created().json(PhotoView::of(&photo, &access)))
}

/// Remove a photo: the person who added it, or the group's organizers (audited).
#[utoipa::path(
    delete, path = "/api/v1/photos/{photo_id}", tag = "photos",
    params(("photo_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_photo_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    photo: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    photos::remove_photo(&state, user.user(), &photo).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    /// What is wrong with the photo (1–1000 characters).
    pub reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Reported {
    /// False when the caller had reported this photo already.
    pub new: bool,
}

/// Report a photo to the group's organizers.
#[utoipa::path(
    post, path = "/api/v1/photos/{photo_id}/reports", tag = "photos", request_body = ReportBody,
    params(("photo_id" = String, Path)),
    responses((status = 201, body = Reported), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn report_photo_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    photo: web::Path<String>,
    body: ApiJson<ReportBody>,
) -> Result<HttpResponse, ApiError> {
    let (access, _) = photos::load(&state, &photo, user.caller()).await?;
    let new = photos::report_photo(&state, &access, &photo, &body.0.reason).await?;
    Ok(HttpResponse::Created().json(Reported { new }))
}

/// Keep a reported photo: its reports are cleared (organizers; audited).
#[utoipa::path(
    delete, path = "/api/v1/photos/{photo_id}/reports", tag = "photos",
    params(("photo_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn keep_photo_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    photo: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (access, _) = photos::load(&state, &photo, user.caller()).await?;
    photos::keep_photo(&state, &access, &photo).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- the gallery page

/// One photo on the gallery page.
struct PhotoItem {
    id: String,
    url: String,
    thumb: String,
    width: i32,
    height: i32,
    caption: String,
    /// "" when the caller is not shown who added it.
    uploader: String,
    may_remove: bool,
    may_report: bool,
}

#[derive(Template)]
#[template(path = "events/photos.html")]
struct GalleryPage {
    page: PageContext,
    head: EventHead,
    photos: Vec<PhotoItem>,
    /// The caller may add photos now.
    may_add: bool,
    /// Why not, for a signed-in caller ("" when they may, or for a visitor).
    why_not: String,
    signed_in: bool,
    login_href: String,
    max_at_once: i64,
    /// What the last upload did: how many were added, and each refused file with why.
    added: i64,
    refused_count: i64,
    refused: Vec<(String, String)>,
    message: String,
    caption: String,
}

/// The gallery as the caller sees it, with what an upload or a refused form left to say.
async fn gallery_view(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    outcome: Outcome,
) -> Result<HttpResponse, PageError> {
    let rows = read_photos(state, access).await?;
    let me = access.group.user.as_ref().map(|u| u.id);
    let can_manage = access.can_manage();
    let may = match me {
        Some(_) => photos::check_may_add(state, access).await,
        None => Err(AppError::unauthorized()),
    };
    let lang = crate::lang::current();
    let path = access.path();
    let photos = rows
        .iter()
        .map(|p| {
            let view = PhotoView::of(p, access);
            let own = me.is_some() && p.row.uploaded_by == me;
            PhotoItem {
                id: p.row.id.to_string(),
                url: view.url,
                thumb: view.thumbnail_url,
                width: thumb_side(p.row.width, p.row.height),
                height: thumb_side(p.row.height, p.row.width),
                caption: view.caption,
                uploader: view.uploaded_by.map(|u| u.name).unwrap_or_default(),
                may_remove: own || can_manage,
                may_report: me.is_some() && !own,
            }
        })
        .collect();
    let status = outcome.status;
    render_with_status(
        &GalleryPage {
            page: PageContext::new(req, state),
            head: EventHead::of(access, state.now(), lang),
            photos,
            may_add: may.is_ok(),
            why_not: match (&may, me) {
                (Err(e), Some(_)) => crate::lang::translated(&e.message),
                _ => String::new(),
            },
            signed_in: me.is_some(),
            login_href: format!(
                "/account/login?next={}",
                url::form_urlencoded::byte_serialize(format!("{path}/photos").as_bytes())
                    .collect::<String>()
            ),
            max_at_once: PHOTOS_PER_UPLOAD as i64,
            added: outcome.added as i64,
            refused_count: outcome.refused.len() as i64,
            refused: outcome.refused,
            message: outcome.message,
            caption: outcome.caption,
        },
        status,
    )
}

/// A side of a photo's thumbnail: `side` scaled as the longer of `side` and `other` is to
/// [`media::THUMB_SIDE`] (the page reserves its room before it loads).
pub fn thumb_side(side: i32, other: i32) -> i32 {
    let long = side.max(other).max(1);
    let thumb = i32::try_from(media::THUMB_SIDE).unwrap_or(480);
    if long <= thumb {
        side
    } else {
        (i64::from(side) * i64::from(thumb) / i64::from(long)) as i32
    }
}

/// What a form left for the gallery to say (by default: nothing, 200).
#[derive(Default)]
struct Outcome {
    status: StatusCode,
    added: usize,
    refused: Vec<(String, String)>,
    message: String,
    caption: String,
}

impl Outcome {
    fn refused(error: &AppError) -> Outcome {
        Outcome {
            status: crate::error::status(error),
            message: crate::lang::translated(&error.headline()),
            ..Outcome::default()
        }
    }
}

pub async fn gallery(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    gallery_view(&req, &state, &access, Outcome::default()).await
}

/// The most kept of a form's text part (its token, the caption).
const TEXT_PART_BYTES: usize = 4096;

/// The upload form: its token and caption come first, then the files, each read (at most
/// 20 MiB), processed and stored before the next is read. A file that is refused is named
/// with its reason; the others are kept.
pub async fn upload_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    mut payload: Multipart,
) -> Result<HttpResponse, PageError> {
    use futures_util::StreamExt;
    let (slug, id) = path.into_inner();
    let mut token_ok = false;
    let mut access: Option<EventAccess> = None;
    let mut caption = String::new();
    let mut outcome = Outcome::default();
    let mut files = 0usize;
    while let Some(field) = payload.next().await {
        let Ok(mut field) = field else {
            return Err(crate::csrf::refusal().into());
        };
        let name = field.name().unwrap_or_default().to_owned();
        // The form sends its token first: anything before it is refused unread.
        if !token_ok && name != crate::csrf::FIELD {
            return Err(crate::csrf::refusal().into());
        }
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or_default()
            .to_owned();
        // How much of this part is kept: a photo up to its limit (none past the form's
        // twentieth), a text field a few KiB.
        let cap = match name.as_str() {
            "photos" if files < PHOTOS_PER_UPLOAD => media::MAX_PHOTO_BYTES,
            "photos" => 0,
            _ => TEXT_PART_BYTES,
        };
        let mut bytes = Vec::new();
        let mut too_large = false;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::bad_request(
                    muster_app::ErrorCode::InvalidForm,
                    "The upload could not be read.",
                )
            })?;
            if too_large || bytes.len() + chunk.len() > cap {
                // The rest of this part is read and dropped; the next may be fine. A text
                // keeps its start, which its own check then refuses as too long.
                too_large = true;
                if name == "photos" {
                    bytes = Vec::new();
                }
                continue;
            }
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            crate::csrf::FIELD => {
                token_ok = crate::csrf::matches(&req, &String::from_utf8_lossy(&bytes));
                if !token_ok {
                    return Err(crate::csrf::refusal().into());
                }
            }
            "caption" => caption = String::from_utf8_lossy(&bytes).into_owned(),
            "photos" => {
                // A file input with nothing chosen still sends an empty part.
                if file_name.is_empty() && bytes.is_empty() && !too_large {
                    continue;
                }
                let access = match &access {
                    Some(access) => access,
                    None => {
                        let loaded = event_in_group(&state, &slug, &id, &user).await?;
                        if let Err(error) = photos::check_may_add(&state, &loaded).await {
                            return refused_page(&req, &state, &loaded, &error).await;
                        }
                        access.insert(loaded)
                    }
                };
                files += 1;
                let shown = if file_name.is_empty() {
                    format!("#{files}")
                } else {
                    file_name
                };
                if files > PHOTOS_PER_UPLOAD {
                    outcome.refused.push((
                        shown,
                        crate::lang::translated(&format!(
                            "At most {PHOTOS_PER_UPLOAD} photos at once: add this one again."
                        )),
                    ));
                    continue;
                }
                if too_large {
                    outcome
                        .refused
                        .push((shown, crate::lang::translated(media::PHOTO_TOO_LARGE)));
                    continue;
                }
                match photos::add_photo(&state, access, bytes, &caption, "photos").await {
                    Ok(_) => outcome.added += 1,
                    Err(error) => {
                        let stop = !error.fields.is_empty() && error.fields.contains_key("caption")
                            || crate::error::status(&error) == StatusCode::TOO_MANY_REQUESTS
                            || error.code == muster_app::ErrorCode::StorageFull;
                        outcome
                            .refused
                            .push((shown, crate::lang::translated(&error.headline())));
                        // The same refusal would meet every file after this one.
                        if stop {
                            break;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if !token_ok {
        return Err(crate::csrf::refusal().into());
    }
    let access = match access {
        Some(access) => access,
        None => event_in_group(&state, &slug, &id, &user).await?,
    };
    if outcome.added > 0 && outcome.refused.is_empty() {
        return Ok(see_other(&format!(
            "{}/photos?notice=photos_added",
            access.path()
        )));
    }
    if outcome.added == 0 && outcome.refused.is_empty() {
        outcome.message = crate::lang::translated("Choose one or more photos to add.");
    }
    outcome.status = if outcome.added > 0 {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    outcome.caption = caption;
    gallery_view(&req, &state, &access, outcome).await
}

/// A refusal shown on the gallery page when it is one people can act on, else the error page.
async fn refused_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: &AppError,
) -> Result<HttpResponse, PageError> {
    if super::shown_in_place(error) {
        gallery_view(req, state, access, Outcome::refused(error)).await
    } else {
        Err(error.clone().into())
    }
}

pub async fn remove_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, photo) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    photos::find_in(&state, &access, &photo).await?;
    let me = access.group.user()?.clone();
    match photos::remove_photo(&state, &me, &photo).await {
        Ok(()) => Ok(see_other(&format!(
            "{}/photos?notice=photo_removed",
            access.path()
        ))),
        Err(error) => refused_page(&req, &state, &access, &error).await,
    }
}

#[derive(Debug, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    reason: String,
}

pub async fn report_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, photo) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    match photos::report_photo(&state, &access, &photo, &form.0.reason).await {
        Ok(_) => Ok(see_other(&format!(
            "{}/photos?notice=photo_reported",
            access.path()
        ))),
        Err(error) => refused_page(&req, &state, &access, &error).await,
    }
}

pub async fn keep_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, photo) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    match photos::keep_photo(&state, &access, &photo).await {
        Ok(()) => Ok(see_other(&format!(
            "/g/{slug}/settings/photos?notice=photo_kept"
        ))),
        Err(error) => refused_page(&req, &state, &access, &error).await,
    }
}
