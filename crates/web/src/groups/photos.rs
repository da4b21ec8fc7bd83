//! A group's photos: the newest for everyone who sees the group
//! (`GET /api/v1/groups/{slug}/photos`), and for the people who run its events the storage they
//! take of the group's quota and the photos people reported (`/g/{slug}/settings/photos`,
//! `GET /api/v1/groups/{slug}/photos/storage`).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::events::photos::{self, mebibytes};
use muster_core::{policy::Action, roles::Capability};
use muster_db::photos::Photo;
use serde::Serialize;
use utoipa::ToSchema;

use super::{load, views::GroupHeader};
use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, PageError},
    events::photos::{PhotoView, thumb_side},
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/photos")
        .get(Access::Public, recent_photos)
        .done();
    table
        .resource("/api/v1/groups/{slug}/photos/storage")
        .get(Access::Authenticated, photo_storage)
        .done();
    table
        .resource("/g/{slug}/settings/photos")
        .get(Access::Authenticated, photos_page)
        .done();
}

/// How many photos `GET /api/v1/groups/{slug}/photos` lists.
const RECENT: i64 = 50;

/// The group's newest photos (up to 50), from its published and cancelled meetups.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/photos", tag = "photos",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<PhotoView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn recent_photos(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = load(&state, &slug, &user, Action::View).await?;
    let group = access.group.id;
    let rows = state
        .db
        .read(move |c| muster_db::photos::recent_for_group(c, group, RECENT))
        .await?;
    let views: Vec<PhotoView> = rows
        .into_iter()
        .map(|row| {
            PhotoView::in_group(
                &Photo {
                    row,
                    uploader: String::new(),
                },
                &access,
            )
        })
        .collect();
    Ok(HttpResponse::Ok().json(views))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StorageView {
    pub photos: i64,
    pub used_bytes: i64,
    /// The most the group's photos may take (`MUSTER_PHOTO_QUOTA_MB`).
    pub quota_bytes: i64,
    /// Photos people reported, most reported first.
    pub reported: Vec<ReportedView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportedView {
    pub photo: PhotoView,
    pub event_title: String,
    /// The reasons given, oldest first.
    pub reasons: Vec<String>,
}

/// The storage the group's photos take, and the reported ones (those who run events).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/photos/storage", tag = "photos",
    params(("slug" = String, Path)),
    responses((status = 200, body = StorageView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn photo_storage(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = muster_app::groups::GroupAccess::load(&state, &slug, user.caller()).await?;
    let (storage, reported) = photos::for_organizers(&state, &access).await?;
    Ok(HttpResponse::Ok().json(StorageView {
        photos: storage.photos,
        used_bytes: storage.used_bytes,
        quota_bytes: storage.quota_bytes,
        reported: reported
            .iter()
            .map(|r| ReportedView {
                photo: PhotoView::in_group(&r.photo, &access),
                event_title: r.event_title.clone(),
                reasons: r.reasons.clone(),
            })
            .collect(),
    }))
}

struct ReportedItem {
    id: String,
    thumb: String,
    url: String,
    width: i32,
    height: i32,
    caption: String,
    uploader: String,
    event_title: String,
    /// The photo's event page path.
    event_path: String,
    reasons: Vec<String>,
    report_count: i64,
}

#[derive(Template)]
#[template(path = "groups/photos.html")]
struct PhotosPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    photos: i64,
    used_mib: i64,
    quota_mib: i64,
    /// 0–100, for the meter.
    used_percent: i64,
    reported: Vec<ReportedItem>,
}

pub async fn photos_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageEvents)).await?;
    let (storage, reported) = photos::for_organizers(&state, &access).await?;
    let quota = storage.quota_bytes.max(1);
    render(&PhotosPage {
        page: PageContext::new(&req, &state),
        g: GroupHeader::of(&access, &state),
        tab: "photos",
        photos: storage.photos,
        used_mib: mebibytes(storage.used_bytes),
        quota_mib: mebibytes(storage.quota_bytes),
        used_percent: (storage.used_bytes.saturating_mul(100) / quota).clamp(0, 100),
        reported: reported
            .iter()
            .map(|r| {
                let p = &r.photo.row;
                ReportedItem {
                    id: p.id.to_string(),
                    thumb: muster_db::images::path(p.thumb_image_id),
                    url: muster_db::images::path(p.image_id),
                    width: thumb_side(p.width, p.height),
                    height: thumb_side(p.height, p.width),
                    caption: p.caption.clone(),
                    uploader: r.photo.uploader.clone(),
                    event_title: r.event_title.clone(),
                    event_path: format!("/g/{}/events/{}", access.group.slug, p.event_id),
                    reasons: r.reasons.clone(),
                    report_count: r.reasons.len() as i64,
                }
            })
            .collect(),
    })
}
