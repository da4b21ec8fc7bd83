//! The account API under `/api/v1` (auth, me, tokens).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use muster_core::{
    Timestamp,
    id::{ApiTokenId, SessionId},
};
use muster_db::{api_tokens, sessions, users::UserRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::parse_id;
use crate::{
    auth::{self, AuthVia, CurrentUser, MaybeUser},
    error::{ApiError, AppError},
    extract::ApiJson,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/auth/signup")
        .post(Access::Public, signup)
        .done();
    table
        .resource("/api/v1/auth/login")
        .post(Access::Public, login)
        .done();
    table
        .resource("/api/v1/auth/logout")
        .post(Access::Public, logout)
        .done();
    table
        .resource("/api/v1/auth/verify")
        .post(Access::SecretLink, verify)
        .done();
    table
        .resource("/api/v1/auth/verify/resend")
        .post(Access::Authenticated, resend_verification)
        .done();
    table
        .resource("/api/v1/auth/reset")
        .post(Access::Public, request_reset)
        .done();
    table
        .resource("/api/v1/auth/reset/confirm")
        .post(Access::SecretLink, confirm_reset)
        .done();
    table
        .resource("/api/v1/auth/email/confirm")
        .post(Access::SecretLink, confirm_email)
        .done();
    table
        .resource("/api/v1/me")
        .get(Access::Authenticated, me)
        .patch(Access::Authenticated, update_me)
        .delete(Access::Authenticated, delete_me)
        .done();
    table
        .resource("/api/v1/me/email")
        .post(Access::Verified, change_email)
        .done();
    table
        .resource("/api/v1/me/password")
        .post(Access::Authenticated, change_password)
        .done();
    table
        .resource("/api/v1/me/sessions")
        .get(Access::Authenticated, list_sessions)
        .delete(Access::Authenticated, revoke_all_sessions)
        .done();
    table
        .resource("/api/v1/me/sessions/{id}")
        .delete(Access::Authenticated, revoke_session)
        .done();
    table
        .resource("/api/v1/tokens")
        .get(Access::Authenticated, list_tokens)
        .post(Access::Verified, create_token)
        .done();
    table
        .resource("/api/v1/tokens/{id}")
        .delete(Access::Authenticated, revoke_token)
        .done();
}

/// The signed-in person.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub email: String,
    pub name: String,
    pub email_verified: bool,
    /// IANA time zone, e.g. `Europe/London`.
    pub timezone: String,
    pub bio: String,
    pub is_admin: bool,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<&UserRow> for Me {
    fn from(user: &UserRow) -> Self {
        Me {
            id: user.id.to_string(),
            email: user.email.clone(),
            name: user.display_name.clone(),
            email_verified: user.is_verified(),
            timezone: user.timezone.clone(),
            bio: user.bio.clone(),
            is_admin: user.is_admin,
            created_at: user.created_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    pub email: String,
    /// 8–256 characters; common passwords are refused.
    pub password: String,
    /// The name people will see.
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// `check_your_email`, `verified`, …
    pub status: &'static str,
    pub message: &'static str,
}

/// Create an account. The same 201 answers a new and an already registered address (the
/// owner of an existing account is told by email instead).
#[utoipa::path(
    post, path = "/api/v1/auth/signup", tag = "auth", request_body = SignupRequest,
    responses(
        (status = 201, body = Accepted, description = "Check your inbox"),
        (status = 422, body = crate::openapi::ErrorBody, description = "Invalid fields"),
        (status = 429, body = crate::openapi::ErrorBody, description = "Too many requests"),
    )
)]
pub async fn signup(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: ApiJson<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::signup(&state, &body.0.email, &body.0.password, &body.0.name, &ip)
        .await?;
    Ok(HttpResponse::Created().json(Accepted {
        status: "check_your_email",
        message: "If the address can be used, we have sent it an email. Follow the link in it to confirm your address.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    pub user: Me,
}

/// Log in: sets the session cookie (HttpOnly, SameSite=Lax; Secure on HTTPS).
#[utoipa::path(
    post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest,
    responses(
        (status = 200, body = LoginResponse, description = "Logged in; session cookie set"),
        (status = 401, body = crate::openapi::ErrorBody, description = "Wrong email or password"),
        (status = 429, body = crate::openapi::ErrorBody, description = "Too many failed attempts; see Retry-After"),
    )
)]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    current: MaybeUser,
    body: ApiJson<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    let user = muster_app::accounts::credentials::check_credentials(
        &state,
        &body.0.email,
        &body.0.password,
        &ip,
    )
    .await?;
    let cookie = start_session(&req, &state, &user, current.0.as_ref()).await?;
    Ok(HttpResponse::Ok().cookie(cookie).json(LoginResponse {
        user: Me::from(&user),
    }))
}

/// Creates a new session (a new id, whatever the browser had before) and its cookie.
pub async fn start_session(
    req: &HttpRequest,
    state: &AppState,
    user: &UserRow,
    previous: Option<&auth::Authn>,
) -> Result<actix_web::cookie::Cookie<'static>, AppError> {
    let (row, token) = auth::new_session(user.id, req, &state.config, state.now())?;
    let previous = previous.and_then(|a| a.session_id());
    let user_id = user.id;
    state
        .db
        .write(move |c| {
            if let Some(old) = previous {
                sessions::delete(c, user_id, old)?;
            }
            sessions::insert(c, &row)
        })
        .await?;
    tracing::info!(user = %user.id, "logged in");
    Ok(auth::session_cookie(&state.config, &token))
}

/// Ends the current session on the server and clears the cookie.
pub async fn end_session(state: &AppState, current: Option<&auth::Authn>) -> Result<(), AppError> {
    if let Some(auth::Authn {
        via: AuthVia::Session { token, .. },
        ..
    }) = current
    {
        let digest = token.digest();
        state
            .db
            .write(move |c| sessions::delete_by_token(c, &digest))
            .await?;
    }
    Ok(())
}

/// Log out: the session ends on the server, and the cookie is cleared.
#[utoipa::path(
    post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 204, description = "Logged out"))
)]
pub async fn logout(
    state: web::Data<AppState>,
    current: MaybeUser,
) -> Result<HttpResponse, ApiError> {
    end_session(&state, current.0.as_ref()).await?;
    Ok(auth::signed_out(&state.config, None))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The token from the emailed link.
    pub token: String,
}

/// Confirm an email address with the token from the verification email.
#[utoipa::path(
    post, path = "/api/v1/auth/verify", tag = "auth", request_body = TokenRequest,
    responses(
        (status = 200, body = Accepted, description = "Address confirmed"),
        (status = 404, body = crate::openapi::ErrorBody, description = "Unknown or superseded link"),
        (status = 410, body = crate::openapi::ErrorBody, description = "Used or expired link"),
    )
)]
pub async fn verify(
    state: web::Data<AppState>,
    body: ApiJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::verify_email(&state, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Accepted {
        status: "verified",
        message: "Your email address is confirmed.",
    }))
}

/// Send a new verification email to the signed-in person.
#[utoipa::path(
    post, path = "/api/v1/auth/verify/resend", tag = "auth",
    responses(
        (status = 202, body = Accepted),
        (status = 409, body = crate::openapi::ErrorBody, description = "Already verified"),
        (status = 429, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn resend_verification(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::resend_verification(&state, user.user()).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "We have sent you a new confirmation link.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub email: String,
}

/// Ask for a password-reset email. Answers the same for every address.
#[utoipa::path(
    post, path = "/api/v1/auth/reset", tag = "auth", request_body = ResetRequest,
    responses(
        (status = 202, body = Accepted),
        (status = 422, body = crate::openapi::ErrorBody),
        (status = 429, body = crate::openapi::ErrorBody),
    )
)]
pub async fn request_reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: ApiJson<ResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::email_links::request_password_reset(&state, &body.0.email, &ip).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "If the address has an account, we have sent it a link to choose a new password.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirm {
    pub token: String,
    pub password: String,
}

/// Set a new password with the token from the reset email. Every session is signed out.
#[utoipa::path(
    post, path = "/api/v1/auth/reset/confirm", tag = "auth", request_body = ResetConfirm,
    responses(
        (status = 204, description = "Password changed"),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 410, body = crate::openapi::ErrorBody),
        (status = 422, body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_reset(
    state: web::Data<AppState>,
    body: ApiJson<ResetConfirm>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::reset_password(&state, &body.0.token, &body.0.password)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Confirm a new email address with the token sent to it.
#[utoipa::path(
    post, path = "/api/v1/auth/email/confirm", tag = "auth", request_body = TokenRequest,
    responses(
        (status = 200, body = Accepted),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 409, body = crate::openapi::ErrorBody),
        (status = 410, body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_email(
    state: web::Data<AppState>,
    body: ApiJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::confirm_email_change(&state, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Accepted {
        status: "email_changed",
        message: "Your new email address is confirmed.",
    }))
}

/// Who am I?
#[utoipa::path(
    get, path = "/api/v1/me", tag = "me",
    responses(
        (status = 200, body = Me),
        (status = 401, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn me(user: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(Me::from(user.user()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileUpdate {
    pub name: Option<String>,
    pub bio: Option<String>,
    /// IANA time zone name.
    pub timezone: Option<String>,
}

/// Change name, bio or time zone.
#[utoipa::path(
    patch, path = "/api/v1/me", tag = "me", request_body = ProfileUpdate,
    responses((status = 200, body = Me), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn update_me(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<ProfileUpdate>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let updated = muster_app::accounts::settings::update_profile(
        &state,
        user.user(),
        body.name.as_deref(),
        body.bio.as_deref(),
        body.timezone.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Me::from(&updated)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordConfirmation {
    /// The current password.
    pub password: String,
    /// Also take your name off the talks you gave (they then show "Former member"). By
    /// default talks keep the speaker name you gave.
    #[serde(default)]
    pub remove_talk_names: bool,
}

/// Delete the account: personal data, sessions and tokens are removed.
#[utoipa::path(
    delete, path = "/api/v1/me", tag = "me", request_body = PasswordConfirmation,
    responses((status = 204), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn delete_me(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<PasswordConfirmation>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    let body = body.0;
    muster_app::accounts::settings::delete_account(
        &state,
        user.user(),
        &body.password,
        body.remove_talk_names,
        &ip,
    )
    .await?;
    Ok(auth::signed_out(&state.config, None))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailChange {
    pub new_email: String,
    pub password: String,
}

/// Start changing the email address: the new address must confirm.
#[utoipa::path(
    post, path = "/api/v1/me/email", tag = "me", request_body = EmailChange,
    responses((status = 202, body = Accepted), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn change_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<EmailChange>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::email_links::request_email_change(
        &state,
        user.user(),
        &body.0.new_email,
        &body.0.password,
        &ip,
    )
    .await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "Follow the link we sent to the new address to confirm it. Until then, your address stays as it is.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Change the password. Other sessions are signed out.
#[utoipa::path(
    post, path = "/api/v1/me/password", tag = "me", request_body = PasswordChange,
    responses((status = 204), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::credentials::change_password(
        &state,
        user.user(),
        &body.0.current_password,
        &body.0.new_password,
        user.0.session_id(),
        &ip,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionInfo {
    #[schema(value_type = String, format = Uuid)]
    pub id: SessionId,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub last_seen_at: Timestamp,
    pub user_agent: String,
    pub ip: String,
    /// The session making this request.
    pub current: bool,
}

/// Where you are logged in.
#[utoipa::path(
    get, path = "/api/v1/me/sessions", tag = "me",
    responses((status = 200, body = Vec<SessionInfo>)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn list_sessions(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    let id = user.id();
    let current = user.0.session_id();
    let rows = state
        .db
        .read(move |c| sessions::list_for_user(c, id))
        .await?;
    let list: Vec<SessionInfo> = rows
        .into_iter()
        .map(|s| SessionInfo {
            id: s.id,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            user_agent: s.user_agent,
            ip: s.client_ip,
            current: Some(s.id) == current,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// Sign out one session.
#[utoipa::path(
    delete, path = "/api/v1/me/sessions/{id}", tag = "me",
    params(("id" = String, Path, description = "Session id")),
    responses((status = 204), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn revoke_session(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::settings::revoke_session(&state, user.id(), parse_id(&id)?).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Log out everywhere: every session of this account ends.
#[utoipa::path(
    delete, path = "/api/v1/me/sessions", tag = "me",
    responses((status = 204)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn revoke_all_sessions(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::settings::revoke_all_sessions(&state, user.id()).await?;
    Ok(auth::signed_out(&state.config, None))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenInfo {
    #[schema(value_type = String, format = Uuid)]
    pub id: ApiTokenId,
    pub name: String,
    /// The first characters, to recognise the token.
    pub prefix: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<Timestamp>,
}

impl From<api_tokens::ApiTokenRow> for TokenInfo {
    fn from(t: api_tokens::ApiTokenRow) -> Self {
        TokenInfo {
            id: t.id,
            name: t.name,
            prefix: t.token_prefix,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
        }
    }
}

/// Your personal API tokens (never the secrets themselves).
#[utoipa::path(
    get, path = "/api/v1/tokens", tag = "tokens",
    responses((status = 200, body = Vec<TokenInfo>)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn list_tokens(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    let id = user.id();
    let rows = state
        .db
        .read(move |c| api_tokens::list_for_user(c, id))
        .await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(TokenInfo::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenCreate {
    /// What the token is for, e.g. "calendar script".
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenCreated {
    #[schema(value_type = String, format = Uuid)]
    pub id: ApiTokenId,
    pub name: String,
    /// The secret, shown this once. Send it as `Authorization: Bearer <token>`.
    pub token: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

/// Create a personal API token.
#[utoipa::path(
    post, path = "/api/v1/tokens", tag = "tokens", request_body = TokenCreate,
    responses((status = 201, body = TokenCreated), (status = 422, body = crate::openapi::ErrorBody), (status = 429, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn create_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: ApiJson<TokenCreate>,
) -> Result<HttpResponse, ApiError> {
    let (row, token) =
        muster_app::accounts::settings::create_api_token(&state, user.user(), &body.0.name).await?;
    Ok(HttpResponse::build(StatusCode::CREATED).json(TokenCreated {
        id: row.id,
        name: row.name,
        token: token.expose().to_owned(),
        created_at: row.created_at,
    }))
}

/// Revoke a personal API token: it stops working at once.
#[utoipa::path(
    delete, path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 204), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn revoke_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::settings::revoke_api_token(&state, user.id(), parse_id(&id)?).await?;
    Ok(HttpResponse::NoContent().finish())
}
