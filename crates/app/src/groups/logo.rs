//! A group's logo: uploaded through [`crate::media`], stored in the database (so every
//! `muster serve` on one PostgreSQL serves it), removed, and served only while a live group
//! shows it.

use muster_core::{group::Visibility, id::ImageId, policy::Action, roles::Capability};
use muster_db::{
    groups,
    images::{self, ImageRow},
    rate_limits,
    users::UserRow,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use crate::{App, AppError, ErrorCode, limits, media::process};

/// Stores `bytes` as the group's logo.
pub async fn set_logo(
    app: &App,
    access: &GroupAccess,
    bytes: Vec<u8>,
) -> Result<ImageId, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let now = app.now();
    let (group, user) = (access.group.id, access.user()?.id);
    let bucket = format!("images:user:{user}");
    if let Err(wait) = app
        .db
        .write(move |c| rate_limits::hit(c, &bucket, limits::IMAGE_UPLOADS_PER_DAY, now))
        .await?
    {
        return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
    }
    let permit = app
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
    app.db
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
            muster_db::audit::record(
                c,
                AuditEntry::new(group, AuditAction::LogoChanged).by(Some(user)),
                now,
            )
        })
        .await?;
    Ok(id)
}

/// Takes the group's logo down (the image stays until nothing shows it).
pub async fn remove_logo(app: &App, access: &GroupAccess) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let now = app.now();
    let group = access.group.id;
    app.db
        .write(move |c| groups::set_logo_image(c, group, None, now))
        .await?;
    Ok(())
}

/// An uploaded image and whether it belongs to a private group (then only its members see it,
/// and it stays out of shared caches). Only an image a live group or person shows is served:
/// a replaced logo or avatar, or a deleted group's or account's, is gone. An avatar is served
/// to whoever has its address (a random id, shown only where the person is listed).
pub async fn image(
    app: &App,
    id: &str,
    caller: Option<&std::sync::Arc<UserRow>>,
) -> Result<(ImageRow, bool), AppError> {
    let id = ImageId::parse(id).map_err(|_| AppError::not_found())?;
    let (image, group) = app
        .db
        .read(move |c| {
            let Some(image) = images::find(c, id)? else {
                return Ok((None, None));
            };
            match groups::find_by_logo(c, id)? {
                Some(group) => Ok((Some(image), Some(group))),
                None if muster_db::users::find_by_avatar(c, id)?.is_some() => {
                    Ok((Some(image), None))
                }
                None => Ok((None, None)),
            }
        })
        .await?;
    let Some(image) = image else {
        return Err(AppError::not_found());
    };
    let Some(group) = group else {
        return Ok((image, false));
    };
    let private = group.visibility() == Visibility::Private;
    if private {
        GroupAccess::load(app, &group.slug, caller)
            .await?
            .check(Action::View)?;
    }
    Ok((image, private))
}
