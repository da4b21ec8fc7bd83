//! A group's discussions, as pages (`/g/{slug}/discussions…`) and as the JSON API
//! (`/api/v1/groups/{slug}/threads`, `/api/v1/threads/{id}…`): the list, a thread with its
//! replies, starting, replying, editing and removing, pinning and locking, following, and
//! who may start threads. The rules are `muster_app::groups::discussions`.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::{
    AppError,
    groups::{
        GroupAccess,
        discussions::{self as app, PER_PAGE, ThreadAccess},
    },
};
use muster_core::{
    Timestamp,
    account::Timezone,
    id::{ReplyId, ThreadId, UserId},
    policy::Action,
    roles::Capability,
};
use muster_db::{
    discussions::{ReplyRow, ThreadRow},
    users::{Face, UserRow},
};
use muster_i18n::Locale;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{load, views::GroupHeader};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, FormErrors, PageContext, render_with_status, see_other},
    people::{FaceRef, FaceView},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/threads")
        .get(Access::Public, list_threads)
        .post(Access::Verified, start_thread)
        .done();
    table
        .resource("/api/v1/groups/{slug}/discussion-settings")
        .put(Access::Authenticated, put_discussion_settings)
        .done();
    table
        .resource("/api/v1/threads/{id}")
        .get(Access::Public, get_thread)
        .patch(Access::Verified, edit_thread_api)
        .delete(Access::Authenticated, remove_thread_api)
        .done();
    table
        .resource("/api/v1/threads/{id}/moderation")
        .put(Access::Authenticated, moderate_thread)
        .done();
    table
        .resource("/api/v1/threads/{id}/follow")
        .put(Access::Authenticated, follow_thread)
        .delete(Access::Authenticated, unfollow_thread)
        .done();
    table
        .resource("/api/v1/threads/{id}/replies")
        .post(Access::Verified, add_reply)
        .done();
    table
        .resource("/api/v1/threads/{id}/replies/{reply_id}")
        .patch(Access::Verified, edit_reply_api)
        .delete(Access::Authenticated, remove_reply_api)
        .done();

    table
        .resource("/g/{slug}/discussions")
        .get(Access::Public, list_page)
        .post(Access::Verified, start_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/settings")
        .post(Access::Authenticated, settings_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}")
        .get(Access::Public, thread_page)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/replies")
        .post(Access::Verified, reply_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/edit")
        .get(Access::Authenticated, edit_thread_page)
        .post(Access::Verified, edit_thread_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/remove")
        .post(Access::Authenticated, remove_thread_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/follow")
        .post(Access::Authenticated, follow_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/moderate")
        .post(Access::Authenticated, moderate_submit)
        .done();
    table
        .resource("/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/replies/{reply_id:[0-9a-fA-F-]+}/edit")
        .get(Access::Authenticated, edit_reply_page)
        .post(Access::Verified, edit_reply_submit)
        .done();
    table
        .resource(
            "/g/{slug}/discussions/{id:[0-9a-fA-F-]+}/replies/{reply_id:[0-9a-fA-F-]+}/remove",
        )
        .post(Access::Authenticated, remove_reply_submit)
        .done();
}

// ----------------------------------------------------------------------------- API views

/// The name a post is signed with: its author's, the one an imported post kept, or "" once
/// the account is gone.
fn author_name(
    author: Option<UserId>,
    imported: &str,
    authors: &HashMap<UserId, UserRow>,
) -> String {
    match author {
        Some(id) => authors
            .get(&id)
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
        None => imported.to_owned(),
    }
}

fn face_ref(author: Option<UserId>, authors: &HashMap<UserId, UserRow>) -> Option<FaceRef> {
    let user = authors.get(&author?)?;
    Some(FaceRef::of(&Face {
        id: user.id,
        name: user.display_name.clone(),
        avatar: user.avatar_image_id,
    }))
}

/// A thread in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadSummary {
    #[schema(value_type = String, format = Uuid)]
    pub id: ThreadId,
    pub title: String,
    /// Null once the account is gone, and for imported posts.
    pub author: Option<FaceRef>,
    /// The name it is signed with ("" once the account is gone).
    pub author_name: String,
    pub pinned: bool,
    /// Locked threads take no new replies.
    pub locked: bool,
    pub reply_count: i32,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// The start, or the newest reply.
    #[schema(value_type = String, format = DateTime)]
    pub last_activity_at: Timestamp,
    /// The thread's page.
    pub url: String,
}

impl ThreadSummary {
    fn of(t: &ThreadRow, slug: &str, authors: &HashMap<UserId, UserRow>) -> ThreadSummary {
        ThreadSummary {
            id: t.id,
            title: t.title.clone(),
            author: face_ref(t.author_id, authors),
            author_name: author_name(t.author_id, &t.imported_author, authors),
            pinned: t.pinned,
            locked: t.locked,
            reply_count: t.reply_count,
            created_at: t.created_at,
            last_activity_at: t.last_activity_at,
            url: app::thread_path(slug, t.id),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadList {
    pub threads: Vec<ThreadSummary>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplyView {
    #[schema(value_type = String, format = Uuid)]
    pub id: ReplyId,
    pub author: Option<FaceRef>,
    /// The name it is signed with ("" once the account is gone).
    pub author_name: String,
    /// Markdown as written; empty when removed.
    pub body: String,
    /// Sanitised HTML, as the page shows it.
    pub body_html: String,
    pub removed: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub edited_at: Option<Timestamp>,
}

impl ReplyView {
    /// The caller's own reply, just written.
    fn own(r: &ReplyRow, user: &CurrentUser) -> ReplyView {
        ReplyView::of(r, &[(user.id(), user.user().clone())].into())
    }

    /// A removed reply shows neither its text nor who wrote it, as on the page.
    fn of(r: &ReplyRow, authors: &HashMap<UserId, UserRow>) -> ReplyView {
        if r.removed_at.is_some() {
            return ReplyView {
                id: r.id,
                author: None,
                author_name: String::new(),
                body: String::new(),
                body_html: String::new(),
                removed: true,
                created_at: r.created_at,
                edited_at: None,
            };
        }
        ReplyView {
            id: r.id,
            author: face_ref(r.author_id, authors),
            author_name: author_name(r.author_id, &r.imported_author, authors),
            body: r.body.clone(),
            body_html: r.body_html.clone(),
            removed: r.removed_at.is_some(),
            created_at: r.created_at,
            edited_at: r.edited_at,
        }
    }
}

/// A thread with its replies.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadView {
    #[serde(flatten)]
    pub summary: ThreadSummary,
    /// The opening post's Markdown (empty once its author deleted their account).
    pub body: String,
    pub body_html: String,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub edited_at: Option<Timestamp>,
    /// A page of the replies (100 a page), oldest first; removed ones stay as tombstones.
    pub replies: Vec<ReplyView>,
    /// The page of replies given (`?page=N`, or `last`; the first by default) and how many
    /// there are.
    pub page: i64,
    pub pages: i64,
    /// The caller follows it (its new replies are emailed).
    pub following: bool,
    pub followers: i64,
    /// The caller may reply now.
    pub can_reply: bool,
}

async fn thread_view(
    state: &AppState,
    access: &ThreadAccess,
    page: Option<i64>,
) -> Result<ThreadView, AppError> {
    let page = app::load_page(state, access, page).await?;
    let t = &access.thread;
    Ok(ThreadView {
        summary: ThreadSummary::of(t, &access.group.group.slug, &page.authors),
        body: t.body.clone(),
        body_html: t.body_html.clone(),
        edited_at: t.edited_at,
        replies: page
            .replies
            .iter()
            .map(|r| ReplyView::of(r, &page.authors))
            .collect(),
        page: page.page,
        pages: page.pages,
        following: page.following,
        followers: page.followers,
        can_reply: access.may_reply(),
    })
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ThreadsQuery {
    /// From 1.
    #[serde(default)]
    page: Option<i64>,
}

/// A group's threads: pinned first, then the most recently active (30 a page).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/threads", tag = "discussions",
    params(("slug" = String, Path), ThreadsQuery),
    responses((status = 200, body = ThreadList), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn list_threads(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<ThreadsQuery>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let page = query.page.unwrap_or(1).max(1);
    let (rows, total, authors) = app::list(&state, &access, page).await?;
    Ok(HttpResponse::Ok().json(ThreadList {
        threads: rows
            .iter()
            .map(|t| ThreadSummary::of(t, &access.group.slug, &authors))
            .collect(),
        total,
        page,
        per_page: PER_PAGE,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThreadBody {
    /// One line, 1–150 characters.
    pub title: String,
    /// Markdown, 1–10,000 characters.
    pub body: String,
}

/// Start a thread (members, unless the organizers keep that to themselves). Its author
/// follows it.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/threads", tag = "discussions", request_body = ThreadBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = ThreadView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn start_thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ThreadBody>,
) -> Result<HttpResponse, ApiError> {
    let group = GroupAccess::load(&state, &slug, user.caller()).await?;
    let row = app::start(&state, &group, &body.0.title, &body.0.body).await?;
    let access = ThreadAccess { group, thread: row };
    Ok(HttpResponse::Created().json(thread_view(&state, &access, Some(1)).await?))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscussionSettings {
    /// Only those who run the group's events start threads; members reply.
    pub organizers_only: bool,
}

/// Choose who starts threads: every member, or only those who run the group's events
/// (organizers who manage the group).
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/discussion-settings", tag = "discussions", request_body = DiscussionSettings,
    params(("slug" = String, Path)),
    responses((status = 200, body = DiscussionSettings), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn put_discussion_settings(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<DiscussionSettings>,
) -> Result<HttpResponse, ApiError> {
    let group = GroupAccess::load(&state, &slug, user.caller()).await?;
    app::set_starters(&state, &group, body.0.organizers_only).await?;
    Ok(HttpResponse::Ok().json(body.0))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RepliesQuery {
    /// The page of replies: a number from 1, or `last` (default: 1).
    #[serde(default)]
    page: Option<String>,
}

/// `?page=`: a number, or `last` (`None`); anything else is the first page.
fn reply_page(page: Option<&str>) -> Option<i64> {
    match page {
        Some("last") => None,
        Some(n) => Some(n.parse().unwrap_or(1)),
        None => Some(1),
    }
}

/// A thread with a page of its replies.
#[utoipa::path(
    get, path = "/api/v1/threads/{id}", tag = "discussions",
    params(("id" = String, Path), RepliesQuery),
    responses((status = 200, body = ThreadView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get_thread(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
    query: web::Query<RepliesQuery>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    let page = reply_page(query.page.as_deref());
    Ok(HttpResponse::Ok().json(thread_view(&state, &access, page).await?))
}

/// Change a thread's title and opening post (its author).
#[utoipa::path(
    patch, path = "/api/v1/threads/{id}", tag = "discussions", request_body = ThreadBody,
    params(("id" = String, Path)),
    responses((status = 200, body = ThreadView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn edit_thread_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<ThreadBody>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    app::edit_thread(&state, &access, &body.0.title, &body.0.body).await?;
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    Ok(HttpResponse::Ok().json(thread_view(&state, &access, Some(1)).await?))
}

/// Remove a thread: its author, or the group's moderators (audited).
#[utoipa::path(
    delete, path = "/api/v1/threads/{id}", tag = "discussions",
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_thread_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    app::remove_thread(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationBody {
    /// Pinned threads head the list.
    #[serde(default)]
    pub pinned: Option<bool>,
    /// Locked threads take no new replies (but from moderators).
    #[serde(default)]
    pub locked: Option<bool>,
}

/// Pin or lock a thread (the group's moderators; audited). Omitted flags keep their value.
#[utoipa::path(
    put, path = "/api/v1/threads/{id}/moderation", tag = "discussions", request_body = ModerationBody,
    params(("id" = String, Path)),
    responses((status = 200, body = ThreadSummary), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn moderate_thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<ModerationBody>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    let row = app::moderate(&state, &access, body.0.pinned, body.0.locked).await?;
    Ok(HttpResponse::Ok().json(ThreadSummary::of(
        &row,
        &access.group.group.slug,
        &HashMap::new(),
    )))
}

/// Follow a thread: its new replies are emailed (at most one email per thread per hour).
#[utoipa::path(
    put, path = "/api/v1/threads/{id}/follow", tag = "discussions",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn follow_thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    app::follow(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Stop following a thread.
#[utoipa::path(
    delete, path = "/api/v1/threads/{id}/follow", tag = "discussions",
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn unfollow_thread(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    app::unfollow(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyBody {
    /// Markdown, 1–10,000 characters.
    pub body: String,
}

/// Reply to a thread (members; not to locked threads). The replier follows it.
#[utoipa::path(
    post, path = "/api/v1/threads/{id}/replies", tag = "discussions", request_body = ReplyBody,
    params(("id" = String, Path)),
    responses((status = 201, body = ReplyView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn add_reply(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<ReplyBody>,
) -> Result<HttpResponse, ApiError> {
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    let row = app::reply(&state, &access, &body.0.body).await?;
    Ok(HttpResponse::Created().json(ReplyView::own(&row, &user)))
}

/// Change a reply's text (its author).
#[utoipa::path(
    patch, path = "/api/v1/threads/{id}/replies/{reply_id}", tag = "discussions", request_body = ReplyBody,
    params(("id" = String, Path), ("reply_id" = String, Path)),
    responses((status = 200, body = ReplyView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn edit_reply_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<ReplyBody>,
) -> Result<HttpResponse, ApiError> {
    let (id, reply) = path.into_inner();
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    let row = app::edit_reply(&state, &access, &reply, &body.0.body).await?;
    Ok(HttpResponse::Ok().json(ReplyView::own(&row, &user)))
}

/// Remove a reply: its author, or the group's moderators (audited). A tombstone stays.
#[utoipa::path(
    delete, path = "/api/v1/threads/{id}/replies/{reply_id}", tag = "discussions",
    params(("id" = String, Path), ("reply_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_reply_api(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, reply) = path.into_inner();
    let access = ThreadAccess::load_by_id(&state, &id, user.caller()).await?;
    app::remove_reply(&state, &access, &reply).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- pages

/// When posts were written, in the group's zone ("Mon 7 Dec 2026, 23:36 GMT"): a page of a
/// hundred posts formats each day and its zone's name once.
struct Moments {
    lang: Locale,
    tz: chrono_tz::Tz,
    days: HashMap<chrono::NaiveDate, (String, String)>,
}

impl Moments {
    fn new(group: &GroupAccess, lang: Locale) -> Moments {
        Moments {
            lang,
            tz: Timezone::from_trusted(&group.group.timezone).tz(),
            days: HashMap::new(),
        }
    }

    fn of(&mut self, at: Timestamp) -> String {
        use muster_i18n::dates::{day_long, time_hm, zone_name};
        let utc = at.as_datetime();
        let local = utc.with_timezone(&self.tz);
        let (lang, tz) = (self.lang, self.tz);
        let (day, zone) = self
            .days
            .entry(local.date_naive())
            .or_insert_with(|| (day_long(lang, local.date_naive()), zone_name(lang, tz, utc)));
        muster_i18n::tr_args(
            lang,
            "when-moment",
            &[
                ("date", day),
                ("time", &time_hm(lang, local.time())),
                ("zone", zone),
            ],
        )
    }
}

/// The face of a post's author: their account's, or the name an imported post kept; `None`
/// once the account is gone.
fn author_face(
    author: Option<UserId>,
    imported: &str,
    authors: &HashMap<UserId, UserRow>,
) -> Option<FaceView> {
    match author {
        Some(id) => authors.get(&id).map(FaceView::of_user),
        None if !imported.is_empty() => Some(FaceView::named(imported)),
        None => None,
    }
}

struct ThreadItem {
    title: String,
    href: String,
    author: Option<FaceView>,
    pinned: bool,
    locked: bool,
    replies: i64,
    active: String,
}

#[derive(Template)]
#[template(path = "groups/discussions.html")]
struct ListPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    threads: Vec<ThreadItem>,
    page_no: i64,
    prev_href: String,
    next_href: String,
    /// The form to start a thread, and why there is none otherwise.
    can_start: bool,
    start_note: String,
    title: String,
    body: String,
    errors: FormErrors,
    /// Those who manage the group choose who starts threads.
    can_set_starters: bool,
    organizers_only: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: i64,
}

/// Why the caller cannot start a thread ("" when they can).
fn start_note(group: &GroupAccess, lang: Locale) -> String {
    if app::check_may_start(group).is_ok() {
        return String::new();
    }
    let key = if group.user.is_none() {
        "discussions-login-to-start"
    } else if !group.can(Action::Participate) {
        "discussions-members-start"
    } else if group.needs_conduct() {
        "discussions-accept-conduct"
    } else {
        "discussions-organizers-start"
    };
    muster_i18n::tr(lang, key)
}

#[allow(clippy::too_many_arguments)]
async fn list_render(
    req: &HttpRequest,
    state: &AppState,
    group: &GroupAccess,
    page_no: i64,
    title: String,
    body: String,
    errors: FormErrors,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, PageError> {
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let (rows, total, authors) = app::list(state, group, page_no).await?;
    let base = format!("/g/{}/discussions", group.group.slug);
    let mut moments = Moments::new(group, lang);
    let threads = rows
        .iter()
        .map(|t| ThreadItem {
            title: t.title.clone(),
            href: app::thread_path(&group.group.slug, t.id),
            author: author_face(t.author_id, &t.imported_author, &authors),
            pinned: t.pinned,
            locked: t.locked,
            replies: i64::from(t.reply_count),
            active: moments.of(t.last_activity_at),
        })
        .collect();
    render_with_status(
        &ListPage {
            g: GroupHeader::of(group, state),
            tab: "discussions",
            threads,
            page_no,
            prev_href: if page_no > 1 {
                format!("{base}?page={}", page_no - 1)
            } else {
                String::new()
            },
            next_href: if page_no.saturating_mul(PER_PAGE) < total {
                format!("{base}?page={}", page_no + 1)
            } else {
                String::new()
            },
            can_start: app::check_may_start(group).is_ok(),
            start_note: start_note(group, lang),
            title,
            body,
            errors,
            can_set_starters: group.can(Action::Use(Capability::ManageGroup)),
            organizers_only: group.group.threads_by_organizers,
            page,
        },
        status,
    )
}

pub async fn list_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let group = load(&state, &slug, &user, Action::View).await?;
    let page_no = query.page.max(1);
    list_render(
        &req,
        &state,
        &group,
        page_no,
        String::new(),
        String::new(),
        FormErrors::default(),
        actix_web::http::StatusCode::OK,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PostForm {
    title: String,
    body: String,
}

/// Field errors (and a refusal that is not about a field, as the form's error); other
/// errors become the error page.
fn form_errors(error: AppError) -> Result<(FormErrors, actix_web::http::StatusCode), PageError> {
    if error.fields.is_empty() && error.retry_after.is_none() {
        return Err(error.into());
    }
    let status = crate::error::status(&error);
    let mut errors = FormErrors::from(&error);
    if error.fields.is_empty() {
        errors
            .0
            .insert("form".to_owned(), crate::lang::translated(&error.message));
    }
    Ok((errors, status))
}

pub async fn start_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<PostForm>,
) -> Result<HttpResponse, PageError> {
    let group = load(&state, &slug, &user, Action::View).await?;
    let PostForm { title, body } = form.0;
    match app::start(&state, &group, &title, &body).await {
        Ok(row) => Ok(see_other(&format!(
            "{}?notice=thread_started",
            app::thread_path(&group.group.slug, row.id)
        ))),
        Err(error) => {
            let (errors, status) = form_errors(error)?;
            list_render(&req, &state, &group, 1, title, body, errors, status).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartersForm {
    organizers_only: Option<String>,
}

pub async fn settings_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<StartersForm>,
) -> Result<HttpResponse, PageError> {
    let group = load(&state, &slug, &user, Action::View).await?;
    app::set_starters(&state, &group, form.0.organizers_only.is_some()).await?;
    Ok(see_other(&format!(
        "/g/{}/discussions?notice=discussion_settings_saved",
        group.group.slug
    )))
}

struct ReplyItem {
    id: String,
    author: Option<FaceView>,
    body_html: String,
    when: String,
    edited: bool,
    removed: bool,
    can_edit: bool,
    can_remove: bool,
}

#[derive(Template)]
#[template(path = "groups/thread.html")]
struct ThreadPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    path: String,
    title: String,
    author: Option<FaceView>,
    body_html: String,
    when: String,
    edited: bool,
    pinned: bool,
    locked: bool,
    replies: Vec<ReplyItem>,
    reply_count: i64,
    /// Links to the page of earlier and later replies ("" on the first, the last).
    earlier_href: String,
    later_href: String,
    following: bool,
    followers: i64,
    /// Signed-in members see the follow button.
    can_follow: bool,
    can_edit: bool,
    can_remove: bool,
    can_moderate: bool,
    can_reply: bool,
    /// Why there is no reply form ("" when there is one).
    reply_note: String,
    body: String,
    errors: FormErrors,
}

fn reply_note(access: &ThreadAccess, lang: Locale) -> String {
    if access.may_reply() {
        return String::new();
    }
    let group = &access.group;
    let key = if access.thread.locked && group.can(Action::Participate) {
        "discussions-locked-note"
    } else if group.user.is_none() {
        "discussions-login-to-reply"
    } else if !group.can(Action::Participate) {
        "discussions-members-reply"
    } else {
        "discussions-accept-conduct"
    };
    muster_i18n::tr(lang, key)
}

#[allow(clippy::too_many_arguments)]
async fn thread_render(
    req: &HttpRequest,
    state: &AppState,
    access: &ThreadAccess,
    reply_page: Option<i64>,
    body: String,
    errors: FormErrors,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, PageError> {
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let data = app::load_page(state, access, reply_page).await?;
    let at_page = |n: i64| format!("{}?page={n}#replies", access.path());
    let earlier_href = if data.page > 1 {
        at_page(data.page - 1)
    } else {
        String::new()
    };
    let later_href = if data.page < data.pages {
        at_page(data.page + 1)
    } else {
        String::new()
    };
    let group = &access.group;
    let moderator = access.can_moderate();
    let me = group.user.as_ref().map(|u| u.id);
    let t = &access.thread;
    let mut moments = Moments::new(group, lang);
    let replies = data
        .replies
        .iter()
        .map(|r| {
            let own = me.is_some() && r.author_id == me;
            ReplyItem {
                id: r.id.to_string(),
                author: author_face(r.author_id, &r.imported_author, &data.authors),
                body_html: r.body_html.clone(),
                when: moments.of(r.created_at),
                edited: r.edited_at.is_some(),
                removed: r.removed_at.is_some(),
                can_edit: own && r.removed_at.is_none(),
                can_remove: (own || moderator) && r.removed_at.is_none(),
            }
        })
        .collect();
    render_with_status(
        &ThreadPage {
            g: GroupHeader::of(group, state),
            tab: "discussions",
            path: access.path(),
            title: t.title.clone(),
            author: author_face(t.author_id, &t.imported_author, &data.authors),
            body_html: t.body_html.clone(),
            when: moments.of(t.created_at),
            edited: t.edited_at.is_some(),
            pinned: t.pinned,
            locked: t.locked,
            replies,
            reply_count: i64::from(t.reply_count),
            earlier_href,
            later_href,
            following: data.following,
            followers: data.followers,
            can_follow: group.can(Action::Participate),
            can_edit: access.is_author(),
            can_remove: access.is_author() || moderator,
            can_moderate: moderator,
            can_reply: access.may_reply(),
            reply_note: reply_note(access, lang),
            body,
            errors,
            page,
        },
        status,
    )
}

async fn thread_access(
    state: &AppState,
    slug: &str,
    id: &str,
    user: &MaybeUser,
) -> Result<ThreadAccess, AppError> {
    let group = GroupAccess::load(state, slug, user.caller()).await?;
    ThreadAccess::load(state, group, id).await
}

pub async fn thread_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    query: web::Query<RepliesQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    thread_render(
        &req,
        &state,
        &access,
        reply_page(query.page.as_deref()),
        String::new(),
        FormErrors::default(),
        actix_web::http::StatusCode::OK,
    )
    .await
}

pub async fn reply_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<PostForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    match app::reply(&state, &access, &form.0.body).await {
        Ok(row) => Ok(see_other(&format!(
            "{}?page=last&notice=reply_posted#reply-{}",
            access.path(),
            row.id
        ))),
        Err(error) => {
            let (errors, status) = form_errors(error)?;
            thread_render(&req, &state, &access, None, form.0.body, errors, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "groups/post_edit.html")]
struct EditPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    /// Where the form posts, and where "cancel" goes.
    action: String,
    back: String,
    /// Editing a thread (with its title), or a reply.
    with_title: bool,
    title: String,
    body: String,
    errors: FormErrors,
}

#[allow(clippy::too_many_arguments)]
fn edit_render(
    req: &HttpRequest,
    state: &AppState,
    access: &ThreadAccess,
    action: String,
    with_title: bool,
    title: String,
    body: String,
    errors: FormErrors,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, PageError> {
    render_with_status(
        &EditPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(&access.group, state),
            tab: "discussions",
            action,
            back: access.path(),
            with_title,
            title,
            body,
            errors,
        },
        status,
    )
}

pub async fn edit_thread_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    if !access.is_author() {
        return Err(AppError::forbidden("Only its author can edit a post.").into());
    }
    let action = format!("{}/edit", access.path());
    let (title, body) = (access.thread.title.clone(), access.thread.body.clone());
    edit_render(
        &req,
        &state,
        &access,
        action,
        true,
        title,
        body,
        FormErrors::default(),
        actix_web::http::StatusCode::OK,
    )
}

pub async fn edit_thread_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<PostForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    let PostForm { title, body } = form.0;
    match app::edit_thread(&state, &access, &title, &body).await {
        Ok(()) => Ok(see_other(&format!("{}?notice=post_edited", access.path()))),
        Err(error) => {
            let (errors, status) = form_errors(error)?;
            let action = format!("{}/edit", access.path());
            edit_render(
                &req, &state, &access, action, true, title, body, errors, status,
            )
        }
    }
}

pub async fn edit_reply_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, reply) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    let row = app::reply_to_edit(&state, &access, &reply).await?;
    let action = format!("{}/replies/{}/edit", access.path(), row.id);
    edit_render(
        &req,
        &state,
        &access,
        action,
        false,
        String::new(),
        row.body,
        FormErrors::default(),
        actix_web::http::StatusCode::OK,
    )
}

pub async fn edit_reply_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<PostForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, reply) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    match app::edit_reply(&state, &access, &reply, &form.0.body).await {
        Ok(row) => Ok(see_other(&format!(
            "{}?page=last&notice=post_edited#reply-{}",
            access.path(),
            row.id
        ))),
        Err(error) => {
            let (errors, status) = form_errors(error)?;
            let action = format!("{}/replies/{reply}/edit", access.path());
            edit_render(
                &req,
                &state,
                &access,
                action,
                false,
                String::new(),
                form.0.body,
                errors,
                status,
            )
        }
    }
}

pub async fn remove_thread_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    app::remove_thread(&state, &access).await?;
    Ok(see_other(&format!(
        "/g/{}/discussions?notice=thread_removed",
        access.group.group.slug
    )))
}

pub async fn remove_reply_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, reply) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    app::remove_reply(&state, &access, &reply).await?;
    Ok(see_other(&format!(
        "{}?notice=reply_removed#replies",
        access.path()
    )))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    /// `follow` or `unfollow`.
    action: String,
}

pub async fn follow_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<FollowForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    let notice = if form.0.action == "unfollow" {
        app::unfollow(&state, &access).await?;
        "thread_unfollowed"
    } else {
        app::follow(&state, &access).await?;
        "thread_followed"
    };
    Ok(see_other(&format!("{}?notice={notice}", access.path())))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ModerateForm {
    /// `pin`, `unpin`, `lock` or `unlock`.
    action: String,
}

pub async fn moderate_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<ModerateForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = thread_access(&state, &slug, &id, &user).await?;
    let (pinned, locked) = match form.0.action.as_str() {
        "pin" => (Some(true), None),
        "unpin" => (Some(false), None),
        "lock" => (None, Some(true)),
        "unlock" => (None, Some(false)),
        _ => {
            return Err(
                AppError::invalid_field("action", "Choose pin, unpin, lock or unlock.").into(),
            );
        }
    };
    app::moderate(&state, &access, pinned, locked).await?;
    Ok(see_other(&format!(
        "{}?notice=thread_moderated",
        access.path()
    )))
}
