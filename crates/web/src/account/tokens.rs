//! Personal API tokens (`mst_…`, sent as `Authorization: Bearer`): listed (never the secrets),
//! created (the secret shown once) and revoked — as JSON and from the settings page.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_core::{Timestamp, id::ApiTokenId};
use muster_db::api_tokens;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    parse_id,
    settings::{Retyped, settings_page},
};
use crate::{
    auth::CurrentUser,
    csrf::CsrfForm,
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, PageContext, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/tokens")
        .get(Access::Authenticated, list_tokens)
        .post(Access::Verified, create_token)
        .done();
    table
        .resource("/api/v1/tokens/{id}")
        .delete(Access::Authenticated, revoke_token)
        .done();
    table
        .resource("/account/tokens")
        .post(Access::Verified, create_token_submit)
        .done();
    table
        .resource("/account/tokens/{id}/revoke")
        .post(Access::Authenticated, revoke_token_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

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

// ----------------------------------------------------------------------------- pages

#[derive(Template)]
#[template(path = "account/token_created.html")]
struct TokenCreatedPage {
    page: PageContext,
    name: String,
    token: String,
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    token_name: String,
}

pub async fn create_token_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<TokenForm>,
) -> Result<HttpResponse, PageError> {
    match muster_app::accounts::settings::create_api_token(&state, user.user(), &form.0.token_name)
        .await
    {
        Ok((row, token)) => render(&TokenCreatedPage {
            page: PageContext::new(&req, &state),
            name: row.name,
            token: token.expose().to_owned(),
        }),
        Err(mut error) if !error.fields.is_empty() => {
            if let Some(message) = error.fields.remove("name") {
                error.fields.insert("token_name".to_owned(), message);
            }
            let retyped = Retyped {
                token_name: Some(form.0.token_name),
                ..Retyped::default()
            };
            settings_page(&req, &state, &user, retyped, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn revoke_token_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::settings::revoke_api_token(&state, user.id(), parse_id(&id)?).await?;
    Ok(see_other("/account/settings?notice=token_revoked"))
}
