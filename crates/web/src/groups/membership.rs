//! Being a member: joining (accepting the code of conduct, answering the group's questions),
//! leaving, one's own choices (hidden from the list, in the archive) and the member list — as
//! JSON and as pages.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::groups::{GroupAccess, membership::JoinOutcome};
use muster_core::{Timestamp, id::UserId, markdown, policy::Action, policy::MembershipStatus};
use muster_db::conduct;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{access, access_for, load, views::GroupHeader};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, ErrorCode, PageError},
    extract::ApiJson,
    pages::{EmptyForm, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
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
        .resource("/g/{slug}/members")
        .get(Access::Public, members_page)
        .done();
    table
        .resource("/g/{slug}/membership")
        .post(Access::Authenticated, membership_visibility)
        .done();
    table
        .resource("/g/{slug}/join")
        .get(Access::Verified, join_form)
        .post(Access::Verified, join_submit)
        .done();
    table
        .resource("/g/{slug}/leave")
        .post(Access::Authenticated, leave_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

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
    /// Hidden from the public list, for this group or every list (shown only to moderators).
    pub hidden: bool,
    /// Their avatar, or null: draw initials.
    pub avatar_url: Option<String>,
    /// Their profile page; null for someone who keeps out of lists.
    pub profile_url: Option<String>,
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
            hidden: muster_app::groups::is_hidden(&m, &u),
            avatar_url: u.avatar_image_id.map(muster_db::images::path),
            profile_url: (!u.unlisted).then(|| crate::people::profile_path(u.id)),
            name: u.display_name,
            role: m.role.as_str().to_owned(),
            joined_at: m.created_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

// ----------------------------------------------------------------------------- the members page

/// A person on the members page.
pub struct PersonLine {
    face: crate::people::FaceView,
    /// The role's label.
    role: String,
    /// Shown as "hidden" (to moderators only).
    hidden: bool,
}

#[derive(Template)]
#[template(path = "groups/members.html")]
struct MembersPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    members: Vec<PersonLine>,
    is_member: bool,
    hidden: bool,
    in_archive: bool,
}

pub async fn members_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::ViewMembers).await?;
    let (rows, moderator) = access.listed_members(&state).await?;
    let mine = access
        .membership
        .as_ref()
        .filter(|m| m.status() == MembershipStatus::Active);
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&MembersPage {
        page,
        g: GroupHeader::of(&access, &state),
        tab: "members",
        members: rows
            .into_iter()
            .map(|(m, u)| PersonLine {
                face: crate::people::FaceView::of_user(&u),
                role: super::moderation::role_label(lang, m.role()),
                hidden: muster_app::groups::is_hidden(&m, &u) && moderator,
            })
            .collect(),
        is_member: mine.is_some(),
        hidden: mine.is_some_and(|m| m.hidden),
        in_archive: mine.is_some_and(|m| m.in_archive),
    })
}

#[derive(Deserialize)]
pub struct ChoicesForm {
    #[serde(default)]
    hidden: Option<String>,
    #[serde(default)]
    in_archive: Option<String>,
}

pub async fn membership_visibility(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<ChoicesForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let choice = |value: &Option<String>| value.as_deref().map(|v| v == "true");
    muster_app::groups::membership::set_choices(
        &state,
        &access,
        choice(&form.0.hidden),
        choice(&form.0.in_archive),
    )
    .await?;
    Ok(see_other(&format!("/g/{slug}/members")))
}

// ----------------------------------------------------------------------------- joining and leaving

#[derive(Template)]
#[template(path = "groups/join.html")]
struct JoinPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    action: String,
    approval: bool,
    version: i32,
    conduct_html: String,
    questions: Vec<String>,
    error: String,
}

/// How the join page was reached: from the group page (the policy let the caller see the
/// group) or through an invitation (which lets the invited person see a private group first).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Via {
    GroupPage,
    Invitation,
}

pub(super) async fn join_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    via: Via,
    action: String,
    error: &str,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let current = match via {
        Via::GroupPage => muster_app::groups::conduct::current_conduct(state, access).await?,
        Via::Invitation => {
            let (id, version) = (access.group.id, access.group.conduct_version);
            state
                .db
                .read(move |c| conduct::version(c, id, version))
                .await?
                .ok_or_else(AppError::not_found)?
        }
    };
    render_with_status(
        &JoinPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "",
            action,
            approval: access.group.join_mode() == muster_core::group::JoinMode::Approval,
            version: current.version,
            conduct_html: markdown::to_safe_html(&current.text),
            questions: access.group.questions().as_slice().to_vec(),
            error: error.to_owned(),
        },
        status,
    )
}

pub async fn join_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Join).await?;
    if access.role().is_some() {
        return Ok(see_other(&format!("/g/{slug}")));
    }
    join_page(
        &req,
        &state,
        &access,
        Via::GroupPage,
        format!("/g/{slug}/join"),
        "",
        StatusCode::OK,
    )
    .await
}

/// A join form: the accepted version, the "I accept" box and the answers in order.
pub(super) struct JoinForm {
    pub(super) version: Option<i32>,
    pub(super) accepted: bool,
    pub(super) answers: Vec<String>,
}

impl JoinForm {
    pub(super) fn parse(pairs: Vec<(String, String)>) -> JoinForm {
        let mut form = JoinForm {
            version: None,
            accepted: false,
            answers: Vec::new(),
        };
        for (k, v) in pairs {
            match k.as_str() {
                "conduct_version" => form.version = v.trim().parse().ok(),
                "accept" => form.accepted = v == "yes",
                "answer" => form.answers.push(v),
                _ => {}
            }
        }
        form
    }
}

pub async fn join_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Join).await?;
    let form = JoinForm::parse(form.0);
    let action = format!("/g/{slug}/join");
    if !form.accepted {
        return join_page(
            &req,
            &state,
            &access,
            Via::GroupPage,
            action,
            &muster_i18n::tr(crate::lang::current(), "group-join-tick-box"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match muster_app::groups::membership::join(&state, &access, form.version, &form.answers).await {
        Ok(JoinOutcome::Member) => Ok(see_other(&format!("/g/{slug}?notice=joined"))),
        Ok(JoinOutcome::Pending) => Ok(see_other(&format!("/g/{slug}?notice=join_requested"))),
        Err(error) if error.code == ErrorCode::ConductNotAccepted || !error.fields.is_empty() => {
            join_page(
                &req,
                &state,
                &access,
                Via::GroupPage,
                action,
                &error.message,
                crate::error::status(&error),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn leave_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    muster_app::groups::membership::leave(&state, &access).await?;
    Ok(see_other(&format!("/g/{slug}?notice=left")))
}
