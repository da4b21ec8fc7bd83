//! The groups API under `/api/v1`.

use actix_web::{HttpRequest, HttpResponse, web};
use muster_core::{
    Timestamp,
    id::{ReportId, UserId},
    markdown,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    audit, conduct,
    groups::{self, DirectoryQuery, DirectorySort, GroupRow},
    memberships,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use muster_app::groups::{
    GroupAccess,
    membership::{JoinOutcome, Moderation},
    settings::{GroupFields, double_option},
};

use crate::{
    auth::{self, CurrentUser, MaybeUser},
    error::{ApiError, AppError},
    extract::ApiJson,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups")
        .get(Access::Public, directory)
        .post(Access::Verified, create)
        .done();
    table
        .resource("/api/v1/groups/{slug}")
        .get(Access::Public, get)
        .patch(Access::Authenticated, update)
        .delete(Access::Authenticated, delete)
        .done();
    table
        .resource("/api/v1/groups/{slug}/join")
        .post(Access::Verified, join)
        .done();
    table
        .resource("/api/v1/groups/{slug}/leave")
        .post(Access::Authenticated, leave)
        .done();
    table
        .resource("/api/v1/groups/{slug}/membership")
        .patch(Access::Authenticated, update_membership)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members")
        .get(Access::Public, members)
        .done();
    table
        .resource("/api/v1/groups/{slug}/requests")
        .get(Access::Authenticated, requests)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/approve")
        .post(Access::Authenticated, approve)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/decline")
        .post(Access::Authenticated, decline)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/remove")
        .post(Access::Authenticated, remove)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/ban")
        .post(Access::Authenticated, ban)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/unban")
        .post(Access::Authenticated, unban)
        .done();
    table
        .resource("/api/v1/groups/{slug}/members/{user_id}/role")
        .put(Access::Authenticated, set_role)
        .done();
    table
        .resource("/api/v1/groups/{slug}/ownership")
        .post(Access::Authenticated, transfer)
        .done();
    table
        .resource("/api/v1/groups/{slug}/conduct")
        .get(Access::Public, conduct_current)
        .put(Access::Authenticated, conduct_update)
        .done();
    table
        .resource("/api/v1/groups/{slug}/conduct/versions")
        .get(Access::Public, conduct_versions)
        .done();
    table
        .resource("/api/v1/groups/{slug}/conduct/accept")
        .post(Access::Authenticated, conduct_accept)
        .done();
    table
        .resource("/api/v1/groups/{slug}/invitations")
        .post(Access::Authenticated, invite)
        .done();
    table
        .resource("/api/v1/invitations/accept")
        .post(Access::Verified, accept_invitation)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reports")
        .get(Access::Authenticated, reports)
        .post(Access::Authenticated, report)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reports/{id}/handled")
        .post(Access::Authenticated, report_handled)
        .done();
    table
        .resource("/api/v1/groups/{slug}/audit")
        .get(Access::Authenticated, audit_log)
        .done();
}

async fn access(state: &AppState, slug: &str, user: &MaybeUser) -> Result<GroupAccess, AppError> {
    GroupAccess::load(state, slug, user.caller()).await
}

async fn access_for(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> Result<GroupAccess, AppError> {
    GroupAccess::load(state, slug, user.caller()).await
}

fn parse_user(text: &str) -> Result<UserId, AppError> {
    UserId::parse(text).map_err(|_| AppError::not_found())
}

// ----------------------------------------------------------------------------- views

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonRef {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    /// `organizer`, `co_organizer`, `assistant_organizer`, `event_organizer` or `member`.
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Links {
    pub website: String,
    pub chat: String,
    pub mailing_list: String,
    pub repository: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyMembership {
    /// `active`, `pending`, `invited` or `banned`.
    pub status: String,
    pub role: String,
    /// The code-of-conduct version this person accepted.
    pub conduct_version: Option<i32>,
    /// True when the group's code changed since: accept it before the next RSVP.
    pub needs_conduct: bool,
    pub hidden: bool,
}

/// A group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupView {
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// Markdown source.
    pub description: String,
    /// Sanitised HTML rendering of the description.
    pub description_html: String,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// IANA zone, the default for the group's events.
    pub timezone: String,
    pub topics: Vec<String>,
    pub links: Links,
    /// An uploaded logo (`/images/…`) or the logo URL the organizers gave.
    pub logo_url: String,
    pub contact_email: String,
    /// `public` or `private`.
    pub visibility: String,
    /// `open`, `approval` or `invite`.
    pub join_mode: String,
    pub questions: Vec<String>,
    pub conduct_version: i32,
    pub member_count: i32,
    pub organizers: Vec<PersonRef>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub next_event_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_event_at: Option<Timestamp>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// The caller's own membership, if any.
    pub membership: Option<MyMembership>,
}

pub fn logo_href(group: &GroupRow) -> String {
    match group.logo_image_id {
        Some(id) => format!("/images/{id}"),
        None => group.logo_url.clone(),
    }
}

async fn view(state: &AppState, access: &GroupAccess) -> Result<GroupView, AppError> {
    let id = access.group.id;
    let organizers = state
        .db
        .read(move |c| memberships::organizers(c, id))
        .await?;
    let g = &access.group;
    let links = g.links();
    Ok(GroupView {
        slug: g.slug.clone(),
        name: g.name.clone(),
        summary: g.summary.clone(),
        description: g.description.clone(),
        description_html: g.description_html.clone(),
        city: g.city.clone(),
        country: g.country.clone(),
        lat: g.latitude,
        lon: g.longitude,
        timezone: g.timezone.clone(),
        topics: g.topic_list(),
        links: Links {
            website: links.website,
            chat: links.chat,
            mailing_list: links.mailing_list,
            repository: links.repository,
        },
        logo_url: logo_href(g),
        contact_email: g.contact_email.clone(),
        visibility: g.visibility.clone(),
        join_mode: g.join_mode.clone(),
        questions: g.questions().as_slice().to_vec(),
        conduct_version: g.conduct_version,
        member_count: g.member_count,
        organizers: organizers
            .into_iter()
            .map(|(m, u)| PersonRef {
                id: u.id,
                name: u.display_name,
                role: m.role.clone(),
            })
            .collect(),
        next_event_at: g.next_event_at,
        last_event_at: g.last_event_at,
        created_at: g.created_at,
        membership: access.membership.as_ref().map(|m| MyMembership {
            status: m.status.clone(),
            role: m.role.clone(),
            conduct_version: m.conduct_version,
            needs_conduct: access.needs_conduct(),
            hidden: m.hidden,
        }),
    })
}

// ----------------------------------------------------------------------------- create, read, update, delete

/// The fields of a group. On create, `slug`, `name` and `timezone` are required; on update,
/// every field is optional and omitted fields keep their value.
#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct GroupBody {
    pub slug: Option<String>,
    pub name: Option<String>,
    pub summary: Option<String>,
    /// Markdown.
    pub description: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<f64>)]
    pub lat: Option<Option<f64>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<f64>)]
    pub lon: Option<Option<f64>>,
    /// IANA zone, e.g. `Europe/London`.
    pub timezone: Option<String>,
    pub topics: Option<Vec<String>>,
    pub website_url: Option<String>,
    pub chat_url: Option<String>,
    pub mailing_list_url: Option<String>,
    pub repository_url: Option<String>,
    pub logo_url: Option<String>,
    pub contact_email: Option<String>,
    /// `public` or `private` (private groups are invitation-only).
    pub visibility: Option<String>,
    /// `open`, `approval` or `invite`.
    pub join_mode: Option<String>,
    /// Questions asked when people join (up to 5).
    pub questions: Option<Vec<String>>,
    /// Create only: the first code of conduct (Markdown). Default: a standard text naming the
    /// group's contact.
    pub conduct_text: Option<String>,
}

impl GroupBody {
    /// These fields laid over `base`.
    fn over(self, base: GroupFields) -> GroupFields {
        GroupFields {
            name: self.name.unwrap_or(base.name),
            summary: self.summary.unwrap_or(base.summary),
            description: self.description.unwrap_or(base.description),
            city: self.city.unwrap_or(base.city),
            country: self.country.unwrap_or(base.country),
            lat: self.lat.unwrap_or(base.lat),
            lon: self.lon.unwrap_or(base.lon),
            timezone: self.timezone.unwrap_or(base.timezone),
            topics: self.topics.unwrap_or(base.topics),
            website_url: self.website_url.unwrap_or(base.website_url),
            chat_url: self.chat_url.unwrap_or(base.chat_url),
            mailing_list_url: self.mailing_list_url.unwrap_or(base.mailing_list_url),
            repository_url: self.repository_url.unwrap_or(base.repository_url),
            logo_url: self.logo_url.unwrap_or(base.logo_url),
            contact_email: self.contact_email.unwrap_or(base.contact_email),
            visibility: self.visibility.unwrap_or(base.visibility),
            join_mode: self.join_mode.unwrap_or(base.join_mode),
            questions: self.questions.unwrap_or(base.questions),
        }
    }
}

/// Create a group. The caller becomes its organizer. Verified accounts only; at most 3 a day.
#[utoipa::path(
    post, path = "/api/v1/groups", tag = "groups", request_body = GroupBody,
    responses(
        (status = 201, body = GroupView),
        (status = 403, body = crate::openapi::ErrorBody, description = "Email address not verified"),
        (status = 422, body = crate::openapi::ErrorBody),
        (status = 429, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn create(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<GroupBody>,
) -> Result<HttpResponse, ApiError> {
    let mut body = body.0;
    let slug = body.slug.take().unwrap_or_default();
    let conduct_text = body.conduct_text.take();
    let base = GroupFields {
        visibility: "public".into(),
        join_mode: "open".into(),
        ..GroupFields::default()
    };
    let fields = body.over(base);
    let (group, membership) = muster_app::groups::settings::create(
        &state,
        user.user(),
        &slug,
        &fields,
        conduct_text.as_deref(),
    )
    .await?;
    let access = GroupAccess::new(group, user.caller(), Some(membership));
    Ok(HttpResponse::Created().json(view(&state, &access).await?))
}

/// A group. Private groups are 404 to everyone but their members.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 200, body = GroupView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    access.check(Action::View)?;
    Ok(HttpResponse::Ok().json(view(&state, &access).await?))
}

/// Change a group's settings (organizers and co-organizers).
#[utoipa::path(
    patch, path = "/api/v1/groups/{slug}", tag = "groups", request_body = GroupBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = GroupView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<GroupBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let body = body.0;
    if body.slug.is_some() || body.conduct_text.is_some() {
        return Err(AppError::invalid_field(
            "slug",
            "The address and the code of conduct have their own endpoints.",
        )
        .into());
    }
    let fields = body.over(GroupFields::from_row(&access.group));
    let group = muster_app::groups::settings::update(&state, &access, &fields).await?;
    // Settings do not touch the caller's membership.
    let access = GroupAccess::new(group, user.caller(), access.membership);
    Ok(HttpResponse::Ok().json(view(&state, &access).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteGroup {
    pub password: String,
    /// The group's name, typed out.
    pub confirm_name: String,
}

/// Delete a group (its organizer, with password and the group's name).
#[utoipa::path(
    delete, path = "/api/v1/groups/{slug}", tag = "groups", request_body = DeleteGroup,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<DeleteGroup>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let ip = auth::client_ip(&req, &state.config);
    muster_app::groups::settings::delete(
        &state,
        &access,
        &body.0.password,
        &body.0.confirm_name,
        &ip,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- directory

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DirectoryParams {
    /// Words to find in names, summaries, places and topics.
    pub q: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub topic: Option<String>,
    /// `relevance` (default with `q`) or `next_event`.
    pub sort: Option<String>,
    pub page: Option<i64>,
    /// 1–100, default 20.
    pub per_page: Option<i64>,
}

impl DirectoryParams {
    pub fn query(&self) -> DirectoryQuery {
        DirectoryQuery {
            text: self
                .q
                .clone()
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect(),
            city: self.city.clone().unwrap_or_default(),
            country: self.country.clone().unwrap_or_default(),
            topic: self.topic.clone().unwrap_or_default(),
            sort: match self.sort.as_deref() {
                Some("next_event") => Some(DirectorySort::NextEvent),
                Some("relevance") => Some(DirectorySort::Relevance),
                _ => None,
            },
            page: self.page.unwrap_or(1).clamp(1, groups::MAX_DIRECTORY_PAGE),
            per_page: self.per_page.unwrap_or(20).clamp(1, 100),
        }
    }
}

/// A group in the directory.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupSummary {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub city: String,
    pub country: String,
    pub topics: Vec<String>,
    pub logo_url: String,
    pub member_count: i32,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub next_event_at: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_event_at: Option<Timestamp>,
}

impl From<&GroupRow> for GroupSummary {
    fn from(g: &GroupRow) -> Self {
        GroupSummary {
            slug: g.slug.clone(),
            name: g.name.clone(),
            summary: g.summary.clone(),
            city: g.city.clone(),
            country: g.country.clone(),
            topics: g.topic_list(),
            logo_url: logo_href(g),
            member_count: g.member_count,
            next_event_at: g.next_event_at,
            last_event_at: g.last_event_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DirectoryResponse {
    pub groups: Vec<GroupSummary>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// Find public groups (private groups are never listed or counted).
#[utoipa::path(
    get, path = "/api/v1/groups", tag = "groups", params(DirectoryParams),
    responses((status = 200, body = DirectoryResponse))
)]
pub async fn directory(
    state: web::Data<AppState>,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, ApiError> {
    let query = params.query();
    let (page, per_page) = (query.page, query.per_page);
    let found = state.db.read(move |c| groups::directory(c, &query)).await?;
    Ok(HttpResponse::Ok().json(DirectoryResponse {
        groups: found.groups.iter().map(GroupSummary::from).collect(),
        total: found.total,
        page,
        per_page,
    }))
}

// ----------------------------------------------------------------------------- membership

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// The code-of-conduct version being accepted: it must be the current one.
    pub conduct_version: i32,
    /// Answers to the group's questions, in order.
    #[serde(default)]
    pub answers: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JoinResponse {
    /// `member`, or `pending` in groups that approve members.
    pub status: &'static str,
}

/// Join a group (accepting its current code of conduct).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/join", tag = "membership", request_body = JoinRequest,
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = JoinResponse),
        (status = 403, body = crate::openapi::ErrorBody, description = "Banned, invitation only, or email not verified"),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 409, body = crate::openapi::ErrorBody, description = "Not the current code of conduct"),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn join(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<JoinRequest>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let outcome = muster_app::groups::membership::join(
        &state,
        &access,
        Some(body.0.conduct_version),
        &body.0.answers,
    )
    .await?;
    Ok(HttpResponse::Ok().json(JoinResponse {
        status: match outcome {
            JoinOutcome::Member => "member",
            JoinOutcome::Pending => "pending",
        },
    }))
}

/// Leave a group, or withdraw a request to join.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/leave", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 204), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn leave(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    muster_app::groups::membership::leave(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipUpdate {
    /// Hide yourself from the public member list (left as it is when absent).
    #[serde(default)]
    pub hidden: Option<bool>,
    /// Allow your name and attendance in the group's archive (left as it is when absent).
    #[serde(default)]
    pub in_archive: Option<bool>,
}

/// Change your own membership settings.
#[utoipa::path(
    patch, path = "/api/v1/groups/{slug}/membership", tag = "membership", request_body = MembershipUpdate,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update_membership(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<MembershipUpdate>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    muster_app::groups::membership::set_choices(&state, &access, body.0.hidden, body.0.in_archive)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    pub role: String,
    #[schema(value_type = String, format = DateTime)]
    pub joined_at: Timestamp,
    /// Hidden from the public list (shown only to moderators).
    pub hidden: bool,
}

/// The member list: hidden members are left out unless the caller moderates the group.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/members", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<MemberView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn members(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    access.check(Action::ViewMembers)?;
    let (rows, _) = access.listed_members(&state).await?;
    let list: Vec<MemberView> = rows
        .into_iter()
        .map(|(m, u)| MemberView {
            id: u.id,
            name: u.display_name,
            role: m.role.clone(),
            joined_at: m.created_at,
            hidden: m.hidden,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RequestView {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
    /// Answers to the group's questions.
    pub answers: Vec<String>,
    #[schema(value_type = String, format = DateTime)]
    pub requested_at: Timestamp,
}

/// Pending join requests, with answers (moderators only).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/requests", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<RequestView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn requests(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = access.group.id;
    let rows = state
        .db
        .read(move |c| memberships::list(c, id, MembershipStatus::Pending, memberships::LIST_LIMIT))
        .await?;
    Ok(HttpResponse::Ok().json(
        rows.into_iter()
            .map(|(m, u)| RequestView {
                id: u.id,
                name: u.display_name,
                answers: m.answers(),
                requested_at: m.updated_at,
            })
            .collect::<Vec<_>>(),
    ))
}

#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ModerationBody {
    /// Kept in the group's audit log, visible to organizers.
    #[serde(default)]
    pub reason: String,
}

async fn moderate_route(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: Option<ApiJson<ModerationBody>>,
    action: Moderation,
) -> Result<HttpResponse, ApiError> {
    let (slug, target) = path.into_inner();
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    let reason = body.map(|b| b.0.reason).unwrap_or_default();
    muster_app::groups::membership::moderate(
        &state,
        &access,
        parse_user(&target)?,
        action,
        &reason,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

macro_rules! moderation_endpoint {
    ($name:ident, $action:expr, $path:literal, $summary:literal) => {
        #[doc = $summary]
        #[utoipa::path(
            post, path = $path, tag = "membership", request_body(content = ModerationBody, description = "Optional"),
            params(("slug" = String, Path), ("user_id" = String, Path)),
            responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
            security(("session" = []), ("bearer" = []))
        )]
        pub async fn $name(
            state: web::Data<AppState>,
            user: CurrentUser,
            path: web::Path<(String, String)>,
            body: Option<ApiJson<ModerationBody>>,
        ) -> Result<HttpResponse, ApiError> {
            moderate_route(state, user, path, body, $action).await
        }
    };
}

moderation_endpoint!(
    approve,
    Moderation::Approve,
    "/api/v1/groups/{slug}/members/{user_id}/approve",
    "Approve a join request."
);
moderation_endpoint!(
    decline,
    Moderation::Decline,
    "/api/v1/groups/{slug}/members/{user_id}/decline",
    "Decline a join request."
);
moderation_endpoint!(
    remove,
    Moderation::Remove,
    "/api/v1/groups/{slug}/members/{user_id}/remove",
    "Remove a member (they may ask to join again)."
);
moderation_endpoint!(
    ban,
    Moderation::Ban,
    "/api/v1/groups/{slug}/members/{user_id}/ban",
    "Ban a member (they cannot join again)."
);
moderation_endpoint!(
    unban,
    Moderation::Unban,
    "/api/v1/groups/{slug}/members/{user_id}/unban",
    "Lift a ban."
);

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleBody {
    /// `organizer`, `co_organizer`, `assistant_organizer`, `event_organizer` or `member`.
    pub role: String,
}

/// Change a member's role.
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/members/{user_id}/role", tag = "membership", request_body = RoleBody,
    params(("slug" = String, Path), ("user_id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn set_role(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<RoleBody>,
) -> Result<HttpResponse, ApiError> {
    let (slug, target) = path.into_inner();
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let role = Role::parse(&body.0.role).ok_or_else(|| {
        AppError::invalid_field(
            "role",
            "Use organizer, co_organizer, assistant_organizer, event_organizer or member.",
        )
    })?;
    muster_app::groups::membership::set_role(&state, &access, parse_user(&target)?, role).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferBody {
    /// The member who becomes organizer.
    pub user_id: String,
    pub password: String,
}

/// Transfer ownership: the member becomes organizer, you become co-organizer.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/ownership", tag = "membership", request_body = TransferBody,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn transfer(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<TransferBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::OwnGroup))?;
    let ip = auth::client_ip(&req, &state.config);
    muster_app::groups::membership::transfer_ownership(
        &state,
        &access,
        parse_user(&body.0.user_id)?,
        &body.0.password,
        &ip,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- code of conduct

#[derive(Debug, Serialize, ToSchema)]
pub struct ConductView {
    pub version: i32,
    /// Markdown.
    pub text: String,
    pub text_html: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<conduct::ConductVersionRow> for ConductView {
    fn from(row: conduct::ConductVersionRow) -> Self {
        ConductView {
            version: row.version,
            text_html: markdown::to_safe_html(&row.text),
            text: row.text,
            created_at: row.created_at,
        }
    }
}

/// The current code of conduct.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/conduct", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = ConductView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn conduct_current(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(ConductView::from(
        muster_app::groups::conduct::current_conduct(&state, &access).await?,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductBody {
    /// Markdown, 50–20,000 characters.
    pub text: String,
}

/// Publish a new version of the code of conduct (organizers and co-organizers).
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/conduct", tag = "conduct", request_body = ConductBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = ConductView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn conduct_update(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ConductBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(ConductView::from(
        muster_app::groups::conduct::update_conduct(&state, &access, &body.0.text).await?,
    )))
}

/// Every version of the code of conduct, newest first.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/conduct/versions", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ConductView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn conduct_versions(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    access.check(Action::View)?;
    let id = access.group.id;
    let rows = state.db.read(move |c| conduct::versions(c, id)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(ConductView::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductAccept {
    pub version: i32,
}

/// Accept the current code of conduct (members, after it changed).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/conduct/accept", tag = "conduct", request_body = ConductAccept,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn conduct_accept(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ConductAccept>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    muster_app::groups::conduct::accept_conduct(&state, &access, body.0.version).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- invitations

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteBody {
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

/// Invite someone by email (moderators). The email carries a single-use link.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/invitations", tag = "membership", request_body = InviteBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = Created), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn invite(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<InviteBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let id = muster_app::groups::invitations::invite(&state, &access, &body.0.email).await?;
    Ok(HttpResponse::Created().json(Created { id: id.to_string() }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitation {
    /// The token from the invitation link.
    pub token: String,
    pub conduct_version: i32,
    #[serde(default)]
    pub answers: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Joined {
    pub slug: String,
    pub status: &'static str,
}

/// Accept an invitation (whatever the group's join mode).
#[utoipa::path(
    post, path = "/api/v1/invitations/accept", tag = "membership", request_body = AcceptInvitation,
    responses((status = 200, body = Joined), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 410, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<AcceptInvitation>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let group = muster_app::groups::invitations::accept_invitation(
        &state,
        user.user(),
        &body.token,
        Some(body.conduct_version),
        &body.answers,
    )
    .await?;
    Ok(HttpResponse::Ok().json(Joined {
        slug: group.slug,
        status: "member",
    }))
}

// ----------------------------------------------------------------------------- reports, audit

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    /// What happened (10–5,000 characters).
    pub text: String,
    /// The member it is about, if any.
    pub about_user_id: Option<String>,
    /// Or a name or description of who it is about.
    #[serde(default)]
    pub about_name: String,
}

/// Report a concern to the group's organizers. Reports are never public.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/reports", tag = "conduct", request_body = ReportBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = Created), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn report(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ReportBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let body = body.0;
    let about = body
        .about_user_id
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(parse_user)
        .transpose()?;
    let id =
        muster_app::groups::conduct::report(&state, &access, &body.text, about, &body.about_name)
            .await?;
    Ok(HttpResponse::Created().json(Created { id: id.to_string() }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    pub id: String,
    pub reporter: Option<String>,
    pub about: String,
    pub about_organizer: bool,
    pub text: String,
    /// `open` or `handled`.
    pub status: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

/// Conduct reports (moderators; never the ones about themselves).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/reports", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ReportView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn reports(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(report_views(&state, &access).await?))
}

/// The reports a moderator may see (never those about themselves), with the people's names:
/// one read.
pub async fn report_views(
    state: &AppState,
    access: &GroupAccess,
) -> Result<Vec<ReportView>, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let (id, me) = (access.group.id, access.user()?.id);
    let (rows, names) = state
        .db
        .read(move |c| {
            let rows = conduct::reports(c, id, Some(me))?;
            let ids: Vec<UserId> = rows
                .iter()
                .flat_map(|r| [r.reporter_id, r.about_user_id])
                .flatten()
                .collect();
            Ok((rows, muster_db::users::names(c, &ids)?))
        })
        .await?;
    let name = |id: Option<UserId>| id.and_then(|id| names.get(&id).cloned());
    Ok(rows
        .into_iter()
        .map(|r| ReportView {
            id: r.id.to_string(),
            reporter: name(r.reporter_id),
            about: name(r.about_user_id).unwrap_or_else(|| r.about_name.clone()),
            about_organizer: r.about_organizer,
            text: r.text,
            status: r.status,
            created_at: r.created_at,
        })
        .collect())
}

/// Mark a report handled.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/reports/{id}/handled", tag = "conduct",
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn report_handled(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = ReportId::parse(&id).map_err(|_| AppError::not_found())?;
    muster_app::groups::conduct::mark_report_handled(&state, &access, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub action: String,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub detail: String,
    #[schema(value_type = String, format = DateTime)]
    pub at: Timestamp,
}

/// The group's audit log, newest first (moderators).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/audit", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<AuditView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn audit_log(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(audit_views(&state, &access).await?))
}

/// The group's audit log, newest first, with the people's names: one read (moderators).
pub async fn audit_views(
    state: &AppState,
    access: &GroupAccess,
) -> Result<Vec<AuditView>, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = access.group.id;
    let (rows, names) = state
        .db
        .read(move |c| {
            let rows = audit::list(c, id, 200)?;
            let ids: Vec<UserId> = rows
                .iter()
                .flat_map(|r| [r.actor_id, r.subject_id])
                .flatten()
                .collect();
            Ok((rows, muster_db::users::names(c, &ids)?))
        })
        .await?;
    let name = |id: Option<UserId>| id.and_then(|id| names.get(&id).cloned());
    Ok(rows
        .into_iter()
        .map(|r| AuditView {
            action: r.action.as_str().to_owned(),
            actor: name(r.actor_id),
            subject: name(r.subject_id),
            detail: r.detail,
            at: r.created_at,
        })
        .collect())
}
