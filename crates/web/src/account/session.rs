//! Sessions: logging in (a new session and its cookie), logging out, and the sessions an
//! account has — listed, and signed out one by one or all at once — as JSON and as forms.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use askama::Template;
use muster_core::{Timestamp, id::SessionId};
use muster_db::{sessions, users::UserRow};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{parse_id, views::Me};
use crate::{
    auth::{self, AuthVia, CurrentUser, MaybeUser},
    csrf::{CsrfForm, CsrfToken},
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/auth/login")
        .post(Access::Public, login)
        .done();
    table
        .resource("/api/v1/auth/logout")
        .post(Access::Public, logout)
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
        .resource("/account/login")
        .get(Access::Public, login_form)
        .post(Access::Public, login_submit)
        .done();
    table
        .resource("/account/logout")
        .post(Access::Public, logout_submit)
        .done();
    table
        .resource("/account/sessions/revoke-all")
        .post(Access::Authenticated, revoke_all_sessions_submit)
        .done();
    table
        .resource("/account/sessions/{id}/revoke")
        .post(Access::Authenticated, revoke_session_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

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
    let device = auth::presented_device(&req, &state.config);
    let user = muster_app::accounts::credentials::check_credentials(
        &state,
        &body.0.email,
        &body.0.password,
        &ip,
        device.as_deref(),
    )
    .await?;
    let cookie = start_session(&req, &state, &user, current.0.as_ref()).await?;
    let mut response = HttpResponse::Ok();
    response.cookie(cookie);
    if let Some(device) = remember_device(&state, &user, device.as_deref()).await? {
        response.cookie(device);
    }
    Ok(response.json(LoginResponse {
        user: Me::from(&user),
    }))
}

/// The known-device cookie to set after a login, when this browser is new to the account.
async fn remember_device(
    state: &AppState,
    user: &UserRow,
    presented: Option<&str>,
) -> Result<Option<actix_web::cookie::Cookie<'static>>, AppError> {
    let token =
        muster_app::accounts::credentials::remember_device(state, user.id, presented).await?;
    Ok(token.map(|t| auth::device_cookie(&state.config, &t)))
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

// ----------------------------------------------------------------------------- pages

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    page: PageContext,
    csrf: String,
    email: String,
    next: String,
    error: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, PageError> {
    let next = auth::safe_next(query.next.as_deref());
    if user.0.is_some() {
        return Ok(see_other(&next));
    }
    render(&LoginPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        email: String::new(),
        next,
        error: String::new(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn login_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    current: MaybeUser,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let next = auth::safe_next(form.next.as_deref());
    let ip = auth::client_ip(&req, &state.config);
    let device = auth::presented_device(&req, &state.config);
    match muster_app::accounts::credentials::check_credentials(
        &state,
        &form.email,
        &form.password,
        &ip,
        device.as_deref(),
    )
    .await
    {
        Ok(user) => {
            let cookie = start_session(&req, &state, &user, current.0.as_ref()).await?;
            let mut response = HttpResponse::SeeOther();
            response
                .insert_header((header::LOCATION, next))
                .cookie(cookie);
            if let Some(device) = remember_device(&state, &user, device.as_deref()).await? {
                response.cookie(device);
            }
            Ok(response.finish())
        }
        Err(error)
            if matches!(
                crate::error::status(&error),
                StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
            ) =>
        {
            let mut response = render_with_status(
                &LoginPage {
                    page: PageContext::new(&req, &state),
                    csrf: CsrfToken::for_request(&req)?.0,
                    email: form.email,
                    next,
                    error: error.message.clone(),
                },
                crate::error::status(&error),
            )?;
            // The form again, not an error page: the 429 still says when to retry.
            if let Some(secs) = error.retry_after {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from(secs));
            }
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn logout_submit(
    state: web::Data<AppState>,
    current: MaybeUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    end_session(&state, current.0.as_ref()).await?;
    Ok(auth::signed_out(&state.config, Some("/?notice=logged_out")))
}

pub async fn revoke_session_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_id(&id)?;
    muster_app::accounts::settings::revoke_session(&state, user.id(), id).await?;
    if user.0.session_id() == Some(id) {
        return Ok(auth::signed_out(&state.config, Some("/?notice=logged_out")));
    }
    Ok(see_other("/account/settings?notice=session_revoked"))
}

pub async fn revoke_all_sessions_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::settings::revoke_all_sessions(&state, user.id()).await?;
    Ok(auth::signed_out(
        &state.config,
        Some("/account/login?notice=logged_out"),
    ))
}
