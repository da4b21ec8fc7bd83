//! Invitations: moderators invite someone by email (a single-use link); the invited person
//! lands on the join page of the group, even a private one, and accepts — as JSON and as
//! pages.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use muster_app::groups::GroupAccess;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    access_for,
    membership::{JoinForm, Via, join_page},
    moderated,
    moderation::manage_page,
    views::Created,
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, ErrorCode, PageError},
    extract::ApiJson,
    pages::{no_referrer, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/invitations")
        .post(Access::Authenticated, invite)
        .done();
    table
        .resource("/api/v1/invitations/accept")
        .post(Access::Verified, accept_invitation)
        .done();
    table
        .resource("/g/{slug}/settings/invite")
        .post(Access::Authenticated, invite_submit)
        .done();
    table
        .resource("/invitations/{token}")
        .get(Access::SecretLink, invitation_page)
        .post(Access::Verified, invitation_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteBody {
    pub email: String,
}

/// Invite someone by email (moderators). The email carries a single-use link.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/invitations", tag = "membership", request_body = InviteBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = Created), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many today", body = crate::openapi::ErrorBody)),
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

// ----------------------------------------------------------------------------- pages

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

pub async fn invite_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, PageError> {
    let access = moderated(&state, &slug, &user).await?;
    match muster_app::groups::invitations::invite(&state, &access, &form.0.email).await {
        Ok(_) => Ok(see_other(&format!(
            "/g/{slug}/settings/members?notice=invitation_sent"
        ))),
        Err(error) if !error.fields.is_empty() => {
            manage_page(&req, &state, &access, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

/// The invitation as an access to its group, for the join page (the invitee may not "see" a
/// private group yet; the invitation is what lets them in).
fn invited_access(
    group: muster_db::groups::GroupRow,
    user: Option<&std::sync::Arc<muster_db::users::UserRow>>,
) -> GroupAccess {
    GroupAccess {
        group,
        user: user.cloned(),
        membership: None,
        actor: muster_core::policy::Actor::Anonymous,
    }
}

pub async fn invitation_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (_, group) = muster_app::groups::invitations::invitation(&state, &token).await?;
    let here = format!("/invitations/{token}");
    let Some(authn) = user.caller() else {
        // Sign in (or up) first; the login page brings them back here.
        let mut response = crate::auth::login_redirect(&here);
        no_referrer(&mut response);
        return Ok(response);
    };
    let access = invited_access(group, Some(authn));
    let mut response = join_page(
        &req,
        &state,
        &access,
        Via::Invitation,
        here,
        "",
        StatusCode::OK,
    )
    .await?;
    no_referrer(&mut response);
    Ok(response)
}

pub async fn invitation_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    token: web::Path<String>,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let form = JoinForm::parse(form.0);
    let (_, group) = muster_app::groups::invitations::invitation(&state, &token).await?;
    let here = format!("/invitations/{token}");
    if !form.accepted {
        let access = invited_access(group, user.caller());
        return join_page(
            &req,
            &state,
            &access,
            Via::Invitation,
            here,
            "Please tick the box to accept the code of conduct.",
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match muster_app::groups::invitations::accept_invitation(
        &state,
        user.user(),
        &token,
        form.version,
        &form.answers,
    )
    .await
    {
        Ok(group) => Ok(see_other(&format!("/g/{}?notice=joined", group.slug))),
        Err(error) if error.code == ErrorCode::ConductNotAccepted || !error.fields.is_empty() => {
            let access = invited_access(group, user.caller());
            join_page(
                &req,
                &state,
                &access,
                Via::Invitation,
                here,
                &error.message,
                crate::error::status(&error),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}
