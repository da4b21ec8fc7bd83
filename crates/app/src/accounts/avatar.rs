//! A person's avatar: uploaded through [`crate::media`] (checked by its bytes, decoded with
//! limits, scaled to 256 px and re-encoded, which strips its metadata), stored in the
//! database so every `muster serve` on one PostgreSQL serves it, and deleted when replaced,
//! removed, or the account goes.

use muster_core::id::ImageId;
use muster_db::{
    images::{self, ImageRow},
    rate_limits,
    users::{self, UserRow},
};

use crate::{App, AppError, ErrorCode, limits, media};

/// Stores `bytes` as the person's avatar, replacing (and deleting) the one before.
pub async fn set_avatar(app: &App, user: &UserRow, bytes: Vec<u8>) -> Result<ImageId, AppError> {
    let now = app.now();
    let user = user.id;
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
        let processed = media::process_as(&bytes, "avatar", media::AVATAR_SIDE);
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
            if let Some(before) = users::set_avatar(c, user, Some(id), now)? {
                images::delete(c, before)?;
            }
            Ok(())
        })
        .await?;
    Ok(id)
}

/// Takes the avatar down and deletes it; initials show again.
pub async fn remove_avatar(app: &App, user: &UserRow) -> Result<(), AppError> {
    let now = app.now();
    let user = user.id;
    app.db
        .write(move |c| {
            if let Some(before) = users::set_avatar(c, user, None, now)? {
                images::delete(c, before)?;
            }
            Ok(())
        })
        .await?;
    Ok(())
}
