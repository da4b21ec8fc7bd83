//! Organizers managing members: join requests, approving, declining, removing, banning and
//! unbanning, roles and the transfer of ownership — as JSON and as the member management page.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::groups::{GroupAccess, membership::Moderation};
use muster_core::{
    Timestamp,
    id::UserId,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::memberships;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{access_for, moderated, parse_user, views::GroupHeader};
use crate::{
    auth::{self, CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, ErrorCode, PageError},
    extract::ApiJson,
    pages::{FormErrors, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
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
        .resource("/api/v1/groups/{slug}/followers")
        .get(Access::Authenticated, followers)
        .done();
    table
        .resource("/api/v1/groups/{slug}/followers/remove")
        .post(Access::Authenticated, remove_follower)
        .done();
    table
        .resource("/g/{slug}/settings/members")
        .get(Access::Authenticated, manage)
        .done();
    table
        .resource("/g/{slug}/settings/followers/remove")
        .post(Access::Authenticated, remove_follower_submit)
        .done();
    table
        .resource("/g/{slug}/settings/members/{user_id}/{action}")
        .post(Access::Authenticated, manage_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

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

/// Someone in the fediverse following the group.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowerView {
    /// Their ActivityPub actor id.
    pub actor: String,
    pub name: String,
    /// `@name@server`.
    pub handle: String,
    /// Their profile page.
    pub url: String,
    #[schema(value_type = String, format = DateTime)]
    pub followed_at: Timestamp,
}

impl From<muster_db::federation::FollowerRow> for FollowerView {
    fn from(f: muster_db::federation::FollowerRow) -> Self {
        FollowerView {
            actor: f.actor_id,
            name: f.name,
            handle: f.handle,
            url: f.url,
            followed_at: f.created_at,
        }
    }
}

/// The group's followers in the fediverse (moderators only; the public sees their number).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/followers", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<FollowerView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn followers(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    let rows = muster_app::federation::followers_list(&state, &access.group).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(FollowerView::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowerBody {
    /// The follower's actor id.
    pub actor: String,
}

/// Removes a follower: it gets nothing more, and its server is sent a Reject of its Follow.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/followers/remove", tag = "membership",
    params(("slug" = String, Path)), request_body = FollowerBody,
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn remove_follower(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<FollowerBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    muster_app::federation::remove_follower(&state, &access.group, &body.0.actor).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowerForm {
    actor: String,
}

pub async fn remove_follower_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<FollowerForm>,
) -> Result<HttpResponse, PageError> {
    let access = moderated(&state, &slug, &user).await?;
    muster_app::federation::remove_follower(&state, &access.group, &form.0.actor).await?;
    Ok(see_other(&format!(
        "/g/{slug}/settings/members?notice=members_updated"
    )))
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

// ----------------------------------------------------------------------------- the member management page

/// A role's name in `lang`, as the member pages show it.
pub(crate) fn role_label(lang: muster_i18n::Locale, role: Role) -> String {
    let key = match role {
        Role::Organizer => "manage-role-organizer",
        Role::CoOrganizer => "manage-role-co-organizer",
        Role::AssistantOrganizer => "manage-role-assistant-organizer",
        Role::EventOrganizer => "manage-role-event-organizer",
        Role::Member => "manage-role-member",
    };
    muster_i18n::tr(lang, key)
}

/// A person on the member management page.
pub struct PersonView {
    id: String,
    name: String,
    role: String,
    role_label: String,
    hidden: bool,
    is_me: bool,
}

pub struct RequestItem {
    id: String,
    name: String,
    answers: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "groups/manage.html")]
struct ManagePage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    requests: Vec<RequestItem>,
    members: Vec<PersonView>,
    banned: Vec<PersonView>,
    roles: Vec<(&'static str, String)>,
    can_roles: bool,
    /// Whether the viewer may write to the members (organizers who manage events).
    can_message: bool,
    /// How the fediverse follows the group (`@slug@host`), "" when it does not federate.
    fediverse_handle: String,
    followers: Vec<FollowerView>,
    errors: FormErrors,
}

pub(super) async fn manage_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = access.group.id;
    let (pending, active, banned, followers) = state
        .db
        .read(move |c| {
            Ok((
                memberships::list(c, id, MembershipStatus::Pending, memberships::LIST_LIMIT)?,
                memberships::list(c, id, MembershipStatus::Active, memberships::LIST_LIMIT)?,
                memberships::list(c, id, MembershipStatus::Banned, memberships::LIST_LIMIT)?,
                muster_db::federation::followers(c, id)?,
            ))
        })
        .await?;
    let fediverse_handle =
        if state.federation.enabled && muster_app::federation::federates(&access.group) {
            format!("@{}@{}", access.group.slug, state.federation.host())
        } else {
            String::new()
        };
    let me = access.user.as_ref().map(|u| u.id);
    let questions = access.group.questions().as_slice().to_vec();
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let person = |(m, u): (memberships::MembershipRow, muster_db::users::UserRow)| PersonView {
        id: u.id.to_string(),
        name: u.display_name,
        role: m.role.as_str().to_owned(),
        role_label: role_label(lang, m.role()),
        hidden: m.hidden,
        is_me: Some(u.id) == me,
    };
    render_with_status(
        &ManagePage {
            page,
            g: GroupHeader::of(access, state),
            tab: "manage",
            requests: pending
                .into_iter()
                .map(|(m, u)| RequestItem {
                    id: u.id.to_string(),
                    name: u.display_name,
                    answers: questions
                        .iter()
                        .cloned()
                        .zip(m.answers())
                        .filter(|(_, a)| !a.is_empty())
                        .collect(),
                })
                .collect(),
            members: active.into_iter().map(person).collect(),
            banned: banned.into_iter().map(person).collect(),
            roles: Role::ALL
                .iter()
                .map(|r| (r.as_str(), role_label(lang, *r)))
                .collect(),
            can_roles: access.can(Action::Use(Capability::ManageGroup)),
            can_message: access.can(Action::Use(Capability::ManageEvents)),
            fediverse_handle,
            followers: followers.into_iter().map(FollowerView::from).collect(),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn manage(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = moderated(&state, &slug, &user).await?;
    manage_page(&req, &state, &access, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageForm {
    reason: String,
    role: String,
}

pub async fn manage_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<ManageForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, target, action) = path.into_inner();
    let access = moderated(&state, &slug, &user).await?;
    let target = UserId::parse(&target).map_err(|_| AppError::not_found())?;
    let moderation = match action.as_str() {
        "approve" => Some(Moderation::Approve),
        "decline" => Some(Moderation::Decline),
        "remove" => Some(Moderation::Remove),
        "ban" => Some(Moderation::Ban),
        "unban" => Some(Moderation::Unban),
        "role" => None,
        _ => return Err(AppError::not_found().into()),
    };
    match moderation {
        Some(m) => {
            muster_app::groups::membership::moderate(&state, &access, target, m, &form.0.reason)
                .await?
        }
        None => {
            let role = Role::parse(&form.0.role)
                .ok_or_else(|| AppError::bad_request(ErrorCode::InvalidRole, "Unknown role."))?;
            muster_app::groups::membership::set_role(&state, &access, target, role).await?;
        }
    }
    Ok(see_other(&format!(
        "/g/{slug}/settings/members?notice=members_updated"
    )))
}
