//! A person's avatar: uploaded through [`crate::media`] (checked by its bytes, decoded with
//! limits, scaled to 256 px and re-encoded, which strips its metadata), stored in the
//! database so every `muster serve` on one PostgreSQL serves it, and deleted when replaced,
//! removed, or the account goes.

use muster_core::id::ImageId;
use muster_db::{
    images,
    users::{self, UserRow},
};

use crate::{App, AppError, media};

/// Stores `bytes` as the person's avatar, replacing (and deleting) the one before.
pub async fn set_avatar(app: &App, user: &UserRow, bytes: Vec<u8>) -> Result<ImageId, AppError> {
    let user = user.id;
    let row = media::checked_upload(app, user, bytes, "avatar", media::AVATAR_SIDE).await?;
    let (id, now) = (row.id, row.created_at);
    app.db
        .write(move |c| {
            images::insert(c, &row)?;
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
