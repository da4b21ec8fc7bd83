//! "Download my data": everything Muster holds about a person, as one JSON document.

use muster_db::{archives, users::UserRow};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{App, AppError};

/// "Download my data".
#[derive(Debug, Serialize, ToSchema)]
pub struct MyData {
    /// `muster-personal-data`.
    pub format: &'static str,
    pub version: u32,
    #[schema(value_type = String, format = DateTime)]
    pub exported_at: muster_core::Timestamp,
    #[schema(value_type = Object)]
    pub account: serde_json::Value,
    #[schema(value_type = Vec<Object>)]
    pub memberships: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub rsvps: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub comments: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub talks: Vec<serde_json::Value>,
    /// The photos the person added, each with the image itself as a `data:` URL (a JPEG of
    /// at most 2048 px).
    #[schema(value_type = Vec<Object>)]
    pub photos: Vec<serde_json::Value>,
    /// The discussion threads the person started (with their opening posts).
    #[schema(value_type = Vec<Object>)]
    pub threads: Vec<serde_json::Value>,
    /// The person's replies in discussions, with each thread's title.
    #[schema(value_type = Vec<Object>)]
    pub replies: Vec<serde_json::Value>,
}

/// `image` as a `data:` URL.
fn data_url(image: &muster_db::images::ImageRow) -> String {
    use base64::Engine as _;
    format!(
        "data:{};base64,{}",
        image.content_type,
        base64::engine::general_purpose::STANDARD.encode(&image.bytes)
    )
}

pub async fn my_data(app: &App, me: &UserRow) -> Result<MyData, AppError> {
    let me = me.clone();
    let id = me.id;
    let avatar = me.avatar_image_id;
    let (data, avatar, photos, (started, replied)) = app
        .db
        .read(move |c| {
            let avatar = match avatar {
                Some(image) => muster_db::images::find(c, image)?,
                None => None,
            };
            let photos = muster_db::photos::by_uploader(c, id)?;
            let posts = muster_db::discussions::by_author(c, id)?;
            Ok((archives::personal(c, id)?, avatar, photos, posts))
        })
        .await?;
    let base = &app.config.base_url;
    Ok(MyData {
        format: "muster-personal-data",
        version: 1,
        exported_at: app.now(),
        account: serde_json::json!({
            "id": me.id,
            "email": me.email,
            "display_name": me.display_name,
            "bio": me.bio,
            "pronouns": me.pronouns,
            "website": me.website,
            "fediverse": me.fediverse,
            "github": me.github,
            "unlisted": me.unlisted,
            // The photo itself, as a data: URL (a PNG of at most 256 px).
            "avatar": avatar.as_ref().map(data_url),
            "timezone": me.timezone,
            "is_admin": me.is_admin,
            "email_verified_at": me.email_verified_at,
            "email_only_security": me.email_only_security,
            "created_at": me.created_at,
            "updated_at": me.updated_at,
        }),
        memberships: data
            .memberships
            .iter()
            .map(|m| {
                serde_json::json!({
                    "group": m.group_slug,
                    "group_name": m.group_name,
                    "role": m.membership.role,
                    "status": m.membership.status,
                    "answers": m.membership.answers(),
                    "hidden": m.membership.hidden,
                    "in_archive": m.membership.in_archive,
                    "conduct_version": m.membership.conduct_version,
                    "conduct_accepted_at": m.membership.conduct_accepted_at,
                    "joined_at": m.membership.created_at,
                })
            })
            .collect(),
        rsvps: data
            .answers
            .iter()
            .map(|a| {
                serde_json::json!({
                    "event_id": a.event.id,
                    "event": a.event.title,
                    "url": format!("{base}{}", a.event.path(&a.group_slug)),
                    "starts_at": a.event.starts_at,
                    "status": a.status,
                    "guests": a.guests,
                    "answer": a.answer,
                    "attendance": a.attendance,
                    "answered_at": a.answered_at,
                    "updated_at": a.updated_at,
                })
            })
            .collect(),
        comments: data
            .comments
            .iter()
            .map(|(comment, event)| {
                serde_json::json!({
                    "event_id": event.id,
                    "event": event.title,
                    "body": comment.body,
                    "created_at": comment.created_at,
                    "removed_at": comment.removed_at,
                })
            })
            .collect(),
        talks: data
            .talks
            .iter()
            .map(|(talk, event)| {
                serde_json::json!({
                    "event_id": event.id,
                    "event": event.title,
                    "title": talk.title,
                    "speaker_name": talk.speaker_name,
                    "abstract": talk.abstract_,
                    "slides_url": talk.slides_url,
                    "video_url": talk.video_url,
                })
            })
            .collect(),
        photos: photos
            .iter()
            .map(|(photo, event, image)| {
                serde_json::json!({
                    "id": photo.id,
                    "event_id": photo.event_id,
                    "event": event,
                    "caption": photo.caption,
                    "width": photo.width,
                    "height": photo.height,
                    "created_at": photo.created_at,
                    "url": format!("{base}{}", muster_db::images::path(photo.image_id)),
                    "image": data_url(image),
                })
            })
            .collect(),
        threads: started
            .iter()
            .map(|t| {
                serde_json::json!({
                    "id": t.id,
                    "title": t.title,
                    "body": t.body,
                    "created_at": t.created_at,
                    "edited_at": t.edited_at,
                    "removed_at": t.removed_at,
                })
            })
            .collect(),
        replies: replied
            .iter()
            .map(|(r, title)| {
                serde_json::json!({
                    "id": r.id,
                    "thread_id": r.thread_id,
                    "thread": title,
                    "body": r.body,
                    "created_at": r.created_at,
                    "edited_at": r.edited_at,
                })
            })
            .collect(),
    })
}
