//! People: their faces in lists (an avatar, or initials on a colour of their own), their
//! profile pages (`/people/{id}`, `GET /api/v1/people/{id}`) and their avatars
//! (`PUT`/`DELETE /api/v1/me/avatar`, and the form on the settings page).

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::{
    accounts::{avatar, profile},
    media::{self, MAX_UPLOAD_BYTES},
};
use muster_core::{
    id::{ImageId, UserId},
    profile::{face_colour, initials},
};
use muster_db::{
    images,
    users::{Face, UserRow},
};
use muster_i18n::Locale;
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    account::settings::{Retyped, settings_page},
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, PageError},
    events::event_page::when_in,
    extract::UploadForm,
    pages::{PageContext, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/people/{id}")
        .get(Access::Public, profile_page)
        .done();
    table
        .resource("/api/v1/people/{id}")
        .get(Access::Public, profile_api)
        .done();
    table
        .resource("/api/v1/me/avatar")
        .put(Access::Authenticated, upload_avatar)
        .delete(Access::Authenticated, remove_avatar)
        .done();
    table
        .resource("/account/settings/avatar")
        .post(Access::Authenticated, avatar_submit)
        .done();
    table
        .resource("/account/settings/avatar/remove")
        .post(Access::Authenticated, avatar_remove_submit)
        .done();
}

// ----------------------------------------------------------------------------- faces

/// A person's profile page.
pub fn profile_path(id: UserId) -> String {
    format!("/people/{id}")
}

/// A person in a list, as a page draws them (the `face` macro).
#[derive(Debug, Clone)]
pub struct FaceView {
    pub name: String,
    /// Their profile page; empty for someone who keeps out of lists.
    pub href: String,
    /// Their avatar's address; empty draws initials.
    pub avatar: String,
    pub initials: String,
    /// `.face-0` … `.face-7`.
    pub colour: u8,
}

impl FaceView {
    /// Someone listed (lists only hold people who show themselves).
    pub fn of(face: &Face) -> FaceView {
        FaceView::new(face.id, &face.name, face.avatar, true)
    }

    /// Someone from their account row: linked only while they are listed.
    pub fn of_user(user: &UserRow) -> FaceView {
        FaceView::new(
            user.id,
            &user.display_name,
            user.avatar_image_id,
            !user.unlisted && user.deleted_at.is_none(),
        )
    }

    /// Someone without an account here (an imported post's author): their name and initials.
    pub fn named(name: &str) -> FaceView {
        FaceView {
            name: name.to_owned(),
            href: String::new(),
            avatar: String::new(),
            initials: initials(name),
            colour: face_colour(name),
        }
    }

    fn new(id: UserId, name: &str, avatar: Option<ImageId>, linked: bool) -> FaceView {
        FaceView {
            name: name.to_owned(),
            href: if linked {
                profile_path(id)
            } else {
                String::new()
            },
            avatar: avatar.map(images::path).unwrap_or_default(),
            initials: initials(name),
            colour: face_colour(&id.to_string()),
        }
    }
}

/// A person in an API list: their name, face and profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaceRef {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    /// Their avatar (a 256 px PNG), or null: draw initials.
    pub avatar_url: Option<String>,
    /// Their profile page.
    pub profile_url: String,
}

impl FaceRef {
    pub fn of(face: &Face) -> FaceRef {
        FaceRef {
            id: face.id,
            name: face.name.clone(),
            avatar_url: face.avatar.map(images::path),
            profile_url: profile_path(face.id),
        }
    }
}

// ----------------------------------------------------------------------------- profiles

/// A person's profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileView {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    pub pronouns: String,
    pub bio: String,
    pub avatar_url: Option<String>,
    /// Empty when not given.
    pub website: String,
    /// `@name@server`, empty when not given.
    pub fediverse: String,
    pub fediverse_url: Option<String>,
    /// A GitHub user name, empty when not given.
    pub github: String,
    pub github_url: Option<String>,
    /// The groups they belong to that the caller may see (and where they show themselves).
    pub groups: Vec<ProfileGroup>,
    /// Talks they gave at events the caller may see, newest first.
    pub talks: Vec<ProfileTalk>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileGroup {
    pub slug: String,
    pub name: String,
    /// Their role there (`member`, `organizer`, …).
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileTalk {
    pub title: String,
    pub event_title: String,
    /// The event's page.
    pub event_url: String,
    pub group: String,
    /// RFC 3339 with the event zone's offset.
    pub starts_at: String,
}

fn fediverse_url(handle: &str) -> Option<String> {
    muster_core::profile::FediverseHandle::parse(handle)
        .ok()
        .map(|h| h.url())
}

fn github_url(name: &str) -> Option<String> {
    muster_core::profile::GithubName::parse(name)
        .ok()
        .map(|g| g.url())
}

impl ProfileView {
    fn of(p: &profile::Profile) -> ProfileView {
        let u = &p.person;
        ProfileView {
            id: u.id,
            name: u.display_name.clone(),
            pronouns: u.pronouns.clone(),
            bio: u.bio.clone(),
            avatar_url: u.avatar_image_id.map(images::path),
            website: u.website.clone(),
            fediverse: u.fediverse.clone(),
            fediverse_url: fediverse_url(&u.fediverse),
            github: u.github.clone(),
            github_url: github_url(&u.github),
            groups: p
                .groups
                .iter()
                .map(|(m, g)| ProfileGroup {
                    slug: g.slug.clone(),
                    name: g.name.clone(),
                    role: m.role.as_str().to_owned(),
                })
                .collect(),
            talks: p
                .talks
                .iter()
                .map(|(t, e, g)| ProfileTalk {
                    title: t.title.clone(),
                    event_title: e.title.clone(),
                    event_url: e.path(&g.slug),
                    group: g.name.clone(),
                    starts_at: muster_app::events::rfc3339_in(e.starts_at, e.timezone()),
                })
                .collect(),
        }
    }
}

/// A person's profile: 404 for someone who keeps out of lists (but to themselves), a deleted
/// account, or no such person.
#[utoipa::path(
    get, path = "/api/v1/people/{id}", tag = "people",
    params(("id" = String, Path)),
    responses((status = 200, body = ProfileView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn profile_api(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let p = profile::profile(&state, &id, user.caller()).await?;
    Ok(HttpResponse::Ok().json(ProfileView::of(&p)))
}

struct GroupLine {
    slug: String,
    name: String,
    role: String,
}

struct TalkLine {
    title: String,
    event_title: String,
    event_url: String,
    group: String,
    when: String,
}

#[derive(Template)]
#[template(path = "people/show.html")]
struct ProfilePage {
    page: PageContext,
    face: FaceView,
    p: ProfileView,
    own: bool,
    unlisted: bool,
    groups: Vec<GroupLine>,
    talks: Vec<TalkLine>,
}

pub async fn profile_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let p = profile::profile(&state, &id, user.caller()).await?;
    let page = PageContext::new(&req, &state);
    let lang: Locale = page.lang;
    let view = ProfileView::of(&p);
    render(&ProfilePage {
        face: FaceView::of_user(&p.person),
        own: p.own,
        unlisted: p.person.unlisted,
        groups: p
            .groups
            .iter()
            .map(|(m, g)| GroupLine {
                slug: g.slug.clone(),
                name: g.name.clone(),
                role: crate::groups::moderation::role_label(lang, m.role()),
            })
            .collect(),
        talks: p
            .talks
            .iter()
            .map(|(t, e, g)| TalkLine {
                title: t.title.clone(),
                event_title: e.title.clone(),
                event_url: e.path(&g.slug),
                group: g.name.clone(),
                when: when_in(lang, e.starts_at, e.ends_at, e.timezone()),
            })
            .collect(),
        p: view,
        page,
    })
}

// ----------------------------------------------------------------------------- avatars

#[derive(Debug, Serialize, ToSchema)]
pub struct AvatarView {
    pub avatar_url: String,
}

/// Upload an avatar: the request body is the image (PNG, JPEG, WebP or GIF, up to 2 MiB). It is
/// scaled to at most 256 × 256 and re-encoded as PNG, which drops its metadata (EXIF, location).
#[utoipa::path(
    put, path = "/api/v1/me/avatar", tag = "me",
    request_body(
        description = "The image bytes: PNG, JPEG, WebP or GIF",
        content((Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg"), (Vec<u8> = "image/webp"), (Vec<u8> = "image/gif"))
    ),
    responses((status = 200, body = AvatarView), (status = 401, body = crate::openapi::ErrorBody), (status = 413, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many uploads today", body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn upload_avatar(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = crate::extract::body_bytes(body, MAX_UPLOAD_BYTES, media::TOO_LARGE).await?;
    let id = avatar::set_avatar(&state, user.user(), body.to_vec()).await?;
    Ok(HttpResponse::Ok().json(AvatarView {
        avatar_url: images::path(id),
    }))
}

/// Remove the avatar (initials show instead); the image is deleted.
#[utoipa::path(
    delete, path = "/api/v1/me/avatar", tag = "me",
    responses((status = 204), (status = 401, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_avatar(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    avatar::remove_avatar(&state, user.user()).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn avatar_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let mut form = UploadForm::read(&req, payload, MAX_UPLOAD_BYTES).await?;
    let outcome = match form.take_image("avatar") {
        Ok(file) => avatar::set_avatar(&state, user.user(), file)
            .await
            .map(|_| ()),
        Err(refused) => Err(refused),
    };
    match outcome {
        Ok(()) => Ok(see_other(
            "/account/settings?notice=avatar_saved#profile-title",
        )),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &user, Retyped::default(), Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn avatar_remove_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<crate::pages::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    avatar::remove_avatar(&state, user.user()).await?;
    Ok(see_other(
        "/account/settings?notice=avatar_removed#profile-title",
    ))
}
