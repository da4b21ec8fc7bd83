//! Photos after a meetup: added by the people who went and by its organizers, checked and
//! re-encoded through [`crate::media::process_photo`] (upright, EXIF and location gone, a
//! display size and a thumbnail), counted against the group's storage quota, removed by their
//! uploader or an organizer (audited), and reported by anyone signed in who may see them.

use muster_core::{
    audit::AuditAction,
    event::{Attendance, EventStatus, RsvpStatus},
    id::{PhotoId, PhotoReportId},
};
use muster_db::{
    audit::{self, AuditEntry},
    images,
    photos::{self, PhotoReportRow, PhotoRow},
    rate_limits,
    users::UserRow,
};

use super::EventAccess;
use crate::{App, AppError, ErrorCode, limits, media};

/// The most photos one form sends at once.
pub const PHOTOS_PER_UPLOAD: usize = 20;
/// The longest caption.
pub const CAPTION_MAX: usize = 200;
/// The longest reason for a report.
pub const REASON_MAX: usize = 1000;
/// Photos the event page shows; the gallery shows them all.
pub const PHOTOS_ON_EVENT_PAGE: usize = 12;
/// Photos the group page shows.
pub const PHOTOS_ON_GROUP_PAGE: i64 = 8;

/// What a group's photos take, and may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Storage {
    pub photos: i64,
    pub used_bytes: i64,
    pub quota_bytes: i64,
}

/// Whether the caller may add photos to this event: it took place (published, and started),
/// and they went (answered yes and were not marked absent) or they organize it.
pub async fn check_may_add(app: &App, access: &EventAccess) -> Result<(), AppError> {
    let user = access.group.user()?.id;
    let e = &access.event;
    if e.status() != EventStatus::Published {
        return Err(AppError::conflict(
            ErrorCode::EventNotPublished,
            "Photos are for meetups that took place.",
        ));
    }
    if e.starts_at > app.now() {
        return Err(AppError::conflict(
            ErrorCode::EventNotOpen,
            "Photos can be added once the meetup has started.",
        ));
    }
    if access.can_manage() {
        return Ok(());
    }
    super::fields::check_participation(&access.group)?;
    let event = e.id;
    let went = app
        .db
        .read(move |c| muster_db::rsvps::find(c, event, user))
        .await?
        .is_some_and(|r| r.status() == RsvpStatus::Going && r.attendance != Attendance::NoShow);
    if went {
        Ok(())
    } else {
        Err(AppError::forbidden(
            "Only people who went to this meetup, and its organizers, can add photos.",
        ))
    }
}

/// A caption as stored: one line, trimmed, at most [`CAPTION_MAX`] characters.
pub fn caption(text: &str) -> Result<String, AppError> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > CAPTION_MAX {
        return Err(AppError::invalid_field(
            "caption",
            format!("Write a caption of at most {CAPTION_MAX} characters."),
        ));
    }
    Ok(text)
}

/// Adds one photo (the caller was checked with [`check_may_add`]): counted against the
/// caller's daily photos, processed off the async threads, and stored unless the group's
/// quota would be exceeded. `field` names the form field a refusal goes with.
pub async fn add_photo(
    app: &App,
    access: &EventAccess,
    bytes: Vec<u8>,
    caption_text: &str,
    field: &'static str,
) -> Result<PhotoRow, AppError> {
    let caption = caption(caption_text)?;
    let user = access.group.user()?.id;
    let now = app.now();
    let bucket = format!("photos:user:{user}");
    let processed = media::counted_and_decoded(app, bucket, limits::PHOTOS_PER_DAY, move || {
        media::process_photo(&bytes, field)
    })
    .await?;
    let (full, thumb, stored) = processed.into_images(Some(user), now);
    let row = PhotoRow {
        id: PhotoId::new(),
        group_id: access.group.group.id,
        event_id: access.event.id,
        uploaded_by: Some(user),
        image_id: full.id,
        thumb_image_id: thumb.id,
        width: full.width,
        height: full.height,
        stored_bytes: stored,
        caption,
        created_at: now,
    };
    let quota = app.config.photo_quota_bytes;
    app.db
        .transaction(move |c| {
            // Uploads to one group wait for each other here, so two cannot both fit the last
            // room (PostgreSQL writers run side by side).
            muster_db::groups::lock(c, row.group_id)?;
            let (_, used) = photos::usage(c, row.group_id)?;
            if used + row.stored_bytes > quota {
                return Err(storage_full(used, quota));
            }
            images::insert(c, &full)?;
            images::insert(c, &thumb)?;
            photos::insert(c, &row)?;
            Ok(row)
        })
        .await
}

/// The refusal when the group's photos fill its quota.
fn storage_full(used: i64, quota: i64) -> AppError {
    AppError::conflict(
        ErrorCode::StorageFull,
        format!(
            "The group's photo storage is full ({} of {} MiB used). An organizer can remove \
             photos to make room.",
            mebibytes(used),
            mebibytes(quota)
        ),
    )
}

/// Bytes as whole MiB, rounded up (so "full" never reads as less than the quota).
pub fn mebibytes(bytes: i64) -> i64 {
    (bytes + 1024 * 1024 - 1) / (1024 * 1024)
}

/// Removes a photo: its uploader may, wherever they are now; an organizer of its event may
/// (recorded in the audit log). Others are refused, or told it is not there when they may
/// not see it.
pub async fn remove_photo(app: &App, caller: &UserRow, id: &str) -> Result<(), AppError> {
    let id = PhotoId::parse(id).map_err(|_| AppError::not_found())?;
    let photo = app
        .db
        .read(move |c| photos::find(c, id))
        .await?
        .ok_or_else(AppError::not_found)?;
    let me = caller.id;
    let own = photo.uploaded_by == Some(me);
    if !own {
        let caller = std::sync::Arc::new(caller.clone());
        let access = EventAccess::load(app, &photo.event_id.to_string(), Some(&caller)).await?;
        if !access.can_manage() {
            return Err(AppError::forbidden(
                "Only the person who added a photo, or the group's organizers, can remove it.",
            ));
        }
    }
    let now = app.now();
    app.db
        .transaction(move |c| {
            // Removed meanwhile: nothing to do, nothing to audit.
            let Some(removed) = photos::delete(c, id)? else {
                return Ok(());
            };
            if !own {
                audit::record(
                    c,
                    AuditEntry::new(removed.group_id, AuditAction::PhotoRemoved)
                        .by(Some(me))
                        .about(removed.uploaded_by),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

/// The photo with this id in the event the caller sees; 404 otherwise.
pub async fn find_in(app: &App, access: &EventAccess, id: &str) -> Result<PhotoRow, AppError> {
    let id = PhotoId::parse(id).map_err(|_| AppError::not_found())?;
    let event = access.event.id;
    app.db
        .read(move |c| photos::find(c, id))
        .await?
        .filter(|p| p.event_id == event)
        .ok_or_else(AppError::not_found)
}

/// Reports a photo to the group's organizers, with a reason. Reporting it again changes
/// nothing; returns whether this report is new.
pub async fn report_photo(
    app: &App,
    access: &EventAccess,
    id: &str,
    reason: &str,
) -> Result<bool, AppError> {
    let photo = find_in(app, access, id).await?;
    let reporter = access.group.user()?.id;
    let reason = reason.trim().to_owned();
    if reason.is_empty() || reason.chars().count() > REASON_MAX {
        return Err(AppError::invalid_field(
            "reason",
            format!("Say in 1 to {REASON_MAX} characters what is wrong with the photo."),
        ));
    }
    let now = app.now();
    app.db
        .transaction(move |c| {
            let bucket = format!("photo-reports:user:{reporter}");
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::REPORTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            Ok(photos::report(
                c,
                &PhotoReportRow {
                    id: PhotoReportId::new(),
                    photo_id: photo.id,
                    reporter_id: reporter,
                    reason,
                    created_at: now,
                },
            )?)
        })
        .await
}

/// An organizer keeps a reported photo: its reports are cleared (audited).
pub async fn keep_photo(app: &App, access: &EventAccess, id: &str) -> Result<(), AppError> {
    access.check_manage()?;
    let photo = find_in(app, access, id).await?;
    let (me, now) = (access.group.user()?.id, app.now());
    app.db
        .transaction(move |c| {
            if photos::clear_reports(c, photo.id)? > 0 {
                audit::record(
                    c,
                    AuditEntry::new(photo.group_id, AuditAction::PhotoKept)
                        .by(Some(me))
                        .about(photo.uploaded_by),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

/// The photo with this id and its event as the caller sees it: 404 when either is hidden.
pub async fn load(
    app: &App,
    id: &str,
    caller: Option<&std::sync::Arc<UserRow>>,
) -> Result<(EventAccess, PhotoRow), AppError> {
    let photo_id = PhotoId::parse(id).map_err(|_| AppError::not_found())?;
    let photo = app
        .db
        .read(move |c| photos::find(c, photo_id))
        .await?
        .ok_or_else(AppError::not_found)?;
    let access = EventAccess::load(app, &photo.event_id.to_string(), caller).await?;
    Ok((access, photo))
}

/// What organizers see of the group's photos: the storage they take and the reported ones.
pub async fn for_organizers(
    app: &App,
    access: &crate::groups::GroupAccess,
) -> Result<(Storage, Vec<photos::Reported>), AppError> {
    access.check(muster_core::policy::Action::Use(
        muster_core::roles::Capability::ManageEvents,
    ))?;
    let group = access.group.id;
    let ((count, used), reported) = app
        .db
        .read(move |c| Ok((photos::usage(c, group)?, photos::reported(c, group)?)))
        .await?;
    Ok((
        Storage {
            photos: count,
            used_bytes: used,
            quota_bytes: app.config.photo_quota_bytes,
        },
        reported,
    ))
}
