//! Comments on an event: listed, posted and removed through `/api/v1/events/{id}/comments`
//! and on the event page.

use actix_web::{HttpRequest, HttpResponse, web};
use muster_app::events::local;
use muster_core::{
    Timestamp,
    account::Timezone,
    id::{CommentId, UserId},
};
use muster_db::talks::Comment;
use muster_i18n::Locale;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    event_for, event_for_user, event_in_group,
    event_page::{Spot, refused},
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/comments")
        .get(Access::Public, comments)
        .post(Access::Verified, add_comment)
        .done();
    table
        .resource("/api/v1/events/{id}/comments/{comment_id}")
        .delete(Access::Authenticated, remove_comment)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/comments")
        .post(Access::Verified, comment_submit)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/comments/{comment_id:[0-9a-fA-F-]+}/remove")
        .post(Access::Authenticated, comment_remove)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Serialize, ToSchema)]
pub struct CommentView {
    #[schema(value_type = String, format = Uuid)]
    pub id: CommentId,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub author_id: Option<UserId>,
    /// Empty when the account is gone.
    pub author: String,
    /// Markdown; empty when removed.
    pub body: String,
    /// The body as sanitised HTML, as the event page shows it.
    pub body_html: String,
    pub removed: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// A reply from the fediverse: its author's profile address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_url: Option<String>,
}

impl From<&muster_db::talks::Comment> for CommentView {
    fn from(c: &muster_db::talks::Comment) -> Self {
        CommentView {
            id: c.row.id,
            author_id: c.row.user_id,
            author: c.author.clone(),
            body: c.row.body.clone(),
            body_html: comment_bodies(std::slice::from_ref(c))
                .pop()
                .unwrap_or_default(),
            removed: c.row.removed_at.is_some(),
            created_at: c.row.created_at,
            author_url: c.row.remote_author_url.clone(),
        }
    }
}

/// An event's comments, oldest first.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/comments", tag = "comments",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<CommentView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn comments(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for(&state, &id, &user).await?;
    let event = access.event.id;
    let rows = state
        .db
        .read(move |c| {
            muster_db::talks::comments(c, event, muster_app::events::comments::COMMENTS_SHOWN)
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(CommentView::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentBody {
    pub body: String,
}

/// Comment on an event (members).
#[utoipa::path(
    post, path = "/api/v1/events/{id}/comments", tag = "comments", request_body = CommentBody,
    params(("id" = String, Path)),
    responses((status = 201, body = CommentView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn add_comment(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<CommentBody>,
) -> Result<HttpResponse, ApiError> {
    let access = event_for_user(&state, &id, &user).await?;
    let row = muster_app::events::comments::add_comment(&state, &access, &body.0.body).await?;
    Ok(HttpResponse::Created().json(CommentView {
        id: row.id,
        author_id: row.user_id,
        author: user.user().display_name.clone(),
        body_html: muster_core::markdown::to_safe_html(&row.body),
        body: row.body,
        removed: false,
        created_at: row.created_at,
        author_url: None,
    }))
}

/// Remove a comment: its author, or an organizer.
#[utoipa::path(
    delete, path = "/api/v1/events/{id}/comments/{comment_id}", tag = "comments",
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_comment(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, comment) = path.into_inner();
    let access = event_for_user(&state, &id, &user).await?;
    muster_app::events::comments::remove_comment(&state, &access, &comment).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- pages

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    body: String,
}

pub async fn comment_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<CommentForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    match muster_app::events::comments::add_comment(&state, &access, &form.0.body).await {
        Ok(row) => Ok(see_other(&format!(
            "{}?notice=comment_posted#comment-{}",
            access.path(),
            row.id
        ))),
        Err(error) => {
            let spot = Spot::Comment { body: form.0.body };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

pub async fn comment_remove(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, comment) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    match muster_app::events::comments::remove_comment(&state, &access, &comment).await {
        Ok(()) => Ok(see_other(&format!(
            "{}?notice=comment_removed#comments",
            access.path()
        ))),
        Err(error) => {
            let spot = Spot::Comment {
                body: String::new(),
            };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

// ----------------------------------------------------------------------------- on the event page

/// A comment as the event page shows it.
pub struct CommentInfo {
    pub id: String,
    pub author: String,
    /// The Markdown body as sanitised HTML (the rules descriptions follow).
    pub body_html: String,
    /// A reply from the fediverse: its author's profile ("" for local comments).
    pub author_url: String,
    pub removed: bool,
    /// "Removed by its author." or "Removed by an organizer."
    pub removed_note: String,
    pub when: String,
    pub can_remove: bool,
}

/// The event page's comments: by whom (a former member once the account is gone), when (in
/// the event's zone `tz`), and whether the viewer (`me`) may remove them.
pub(super) fn comment_infos(
    comments: &[Comment],
    bodies: &[String],
    tz: Timezone,
    me: Option<UserId>,
    can_manage: bool,
    lang: Locale,
) -> Vec<CommentInfo> {
    comments
        .iter()
        .zip(bodies)
        .map(|(c, body_html)| {
            let removed = c.row.removed_at.is_some();
            CommentInfo {
                id: c.row.id.to_string(),
                author: if c.author.is_empty() {
                    muster_i18n::tr(lang, "event-comment-former-member")
                } else {
                    c.author.clone()
                },
                body_html: body_html.clone(),
                author_url: c
                    .row
                    .remote_author_url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                    .unwrap_or_default(),
                removed,
                removed_note: muster_i18n::tr(
                    lang,
                    if c.row.removed_by.is_some() && c.row.removed_by == c.row.user_id {
                        "event-comment-removed-author"
                    } else {
                        "event-comment-removed-organizer"
                    },
                ),
                when: comment_when(c.row.created_at, tz, lang),
                can_remove: !removed && me.is_some() && (c.row.user_id == me || can_manage),
            }
        })
        .collect()
}

/// The comments' bodies as sanitised HTML, in order ("" for a removed one): what
/// [`comment_infos`] shows.
pub(super) fn comment_bodies(comments: &[Comment]) -> Vec<String> {
    comments
        .iter()
        .map(|c| match (c.row.removed_at, &c.row.remote_id) {
            (Some(_), _) => String::new(),
            // Replies from the fediverse are HTML, sanitised again by the same rules.
            (None, Some(_)) => muster_core::markdown::clean_html(&c.row.body),
            (None, None) => muster_core::markdown::to_safe_html(&c.row.body),
        })
        .collect()
}

/// When a comment was posted, in the event's zone: "16 Dec 2026, 18:30 GMT" in English.
fn comment_when(at: Timestamp, tz: Timezone, lang: Locale) -> String {
    if lang == Locale::En {
        return local(at, tz).format("%-d %b %Y, %H:%M %Z").to_string();
    }
    let zone = muster_i18n::dates::zone_name(lang, tz.tz(), at.as_datetime());
    muster_i18n::dates::date_time_medium(
        lang,
        "event-comment-when",
        local(at, tz).naive_local(),
        Some(&zone),
    )
}
