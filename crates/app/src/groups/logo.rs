//! A group's logo: uploaded through [`crate::media`], stored in the database (so every
//! `muster serve` on one PostgreSQL serves it), removed, and served only while a live group
//! shows it.

use muster_core::{group::Visibility, id::ImageId, policy::Action, roles::Capability};
use muster_db::{
    groups,
    images::{self, ImageRow},
    users::UserRow,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use crate::{App, AppError, media};

/// Stores `bytes` as the group's logo.
pub async fn set_logo(
    app: &App,
    access: &GroupAccess,
    bytes: Vec<u8>,
) -> Result<ImageId, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let (group, user) = (access.group.id, access.user()?.id);
    let row = media::checked_upload(app, user, bytes, "logo", media::LOGO_SIDE).await?;
    let (id, now) = (row.id, row.created_at);
    app.db
        .write(move |c| {
            images::insert(c, &row)?;
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
/// to whoever has its address (a random id, shown only where the person is listed). A photo
/// is served like its group's logo, while its event is published or cancelled.
pub async fn image(
    app: &App,
    id: &str,
    caller: Option<&std::sync::Arc<UserRow>>,
) -> Result<Served, AppError> {
    let id = ImageId::parse(id).map_err(|_| AppError::not_found())?;
    let (image, group) = app
        .db
        .read(move |c| {
            let Some(image) = images::find(c, id)? else {
                return Ok((None, None));
            };
            if let Some(group) = groups::find_by_logo(c, id)? {
                return Ok((Some((image, false)), Some(group)));
            }
            if muster_db::users::find_by_avatar(c, id)?.is_some() {
                return Ok((Some((image, false)), None));
            }
            // A photo is as visible as its group, and only once its event is.
            match muster_db::photos::group_showing(c, id)? {
                Some(group) => Ok((Some((image, true)), Some(group))),
                None => Ok((None, None)),
            }
        })
        .await?;
    let Some((image, photo)) = image else {
        return Err(AppError::not_found());
    };
    let Some(group) = group else {
        return Ok(Served {
            image,
            private: false,
            photo,
        });
    };
    let private = group.visibility() == Visibility::Private;
    if private {
        GroupAccess::load(app, &group.slug, caller)
            .await?
            .check(Action::View)?;
    }
    Ok(Served {
        image,
        private,
        photo,
    })
}

/// An image as it may be served.
pub struct Served {
    pub image: ImageRow,
    /// A private group's: only its members see it, and it stays out of shared caches.
    pub private: bool,
    /// A photo: it may be removed at any time (its uploader, an organizer, a report), so
    /// caches ask again rather than keep it.
    pub photo: bool,
}
