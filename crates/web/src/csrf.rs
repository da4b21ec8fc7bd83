//! Synchronizer tokens for HTML forms.
//!
//! Every state-changing form carries a hidden `csrf_token`. For a signed-in person it is
//! derived from their session token (so it changes at login and dies at logout); for a
//! visitor it is the value of a random, HttpOnly `muster_csrf` cookie (`__Host-` prefixed on
//! HTTPS). [`CsrfForm`] refuses a form whose token does not match with 403.

use std::{future::Future, pin::Pin};

use actix_web::{
    Error, FromRequest, HttpMessage, HttpRequest,
    body::MessageBody,
    dev::{Payload, ServiceRequest, ServiceResponse},
    http::header,
    middleware::Next,
    web,
};
use muster_core::secrets::{SecretToken, constant_time_eq};
use serde::de::DeserializeOwned;

use muster_app::Config;

use crate::{
    auth::{AuthVia, Authn, cookie},
    error::{AppError, ErrorCode, PageError},
    state::AppState,
};

/// The hidden form field.
pub const FIELD: &str = "csrf_token";

fn cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        "__Host-muster_csrf"
    } else {
        "muster_csrf"
    }
}

/// A visitor token minted during this request, to be set as a cookie on the response.
#[derive(Clone)]
struct MintedVisitorToken(String);

/// The form token of a signed-in person's session (derived from the session token), if the
/// request has a session.
pub fn session_token(req: &HttpRequest) -> Option<String> {
    match req.extensions().get::<Authn>().map(|a| a.via.clone()) {
        Some(AuthVia::Session { token, .. }) => Some(token.derive("csrf")),
        _ => None,
    }
}

fn expected(req: &HttpRequest, config: &Config) -> Option<String> {
    session_token(req).or_else(|| {
        req.cookie(cookie_name(config))
            .map(|c| c.value().to_owned())
    })
}

/// The token to put in this request's forms (`{{ csrf }}` in templates).
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

impl CsrfToken {
    pub fn for_request(req: &HttpRequest) -> Result<CsrfToken, AppError> {
        let Some(state) = req.app_data::<web::Data<AppState>>() else {
            return Err(AppError::internal("no application state"));
        };
        if let Some(token) = expected(req, &state.config) {
            return Ok(CsrfToken(token));
        }
        if let Some(MintedVisitorToken(token)) =
            req.extensions().get::<MintedVisitorToken>().cloned()
        {
            return Ok(CsrfToken(token));
        }
        let token = SecretToken::generate("")
            .map_err(AppError::internal)?
            .expose()
            .to_owned();
        req.extensions_mut()
            .insert(MintedVisitorToken(token.clone()));
        Ok(CsrfToken(token))
    }
}

impl FromRequest for CsrfToken {
    type Error = Error;
    type Future = std::future::Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(CsrfToken::for_request(req).map_err(|e| PageError(e).into()))
    }
}

/// Sets the visitor cookie when a page minted a token for its forms.
pub async fn set_visitor_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let config = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.config.clone());
    let mut response = next.call(req).await?;
    let minted = response
        .request()
        .extensions()
        .get::<MintedVisitorToken>()
        .cloned();
    if let (Some(MintedVisitorToken(token)), Some(config)) = (minted, config) {
        let c = cookie(
            &config,
            cookie_name(&config),
            token,
            Some(chrono::Duration::days(1)),
        );
        let _ = response.response_mut().add_cookie(&c);
    }
    Ok(response)
}

/// True if `presented` is this request's form token (for forms read by hand: uploads).
pub fn matches(req: &HttpRequest, presented: &str) -> bool {
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return false;
    };
    expected(req, &state.config).is_some_and(|expected| constant_time_eq(presented, &expected))
}

/// The refusal of a form without a valid token.
pub fn refusal() -> AppError {
    forbidden()
}

fn forbidden() -> AppError {
    AppError::forbidden(
        "This form has expired or did not come from this site. Go back, reload the page and try again.",
    )
    .with_code(ErrorCode::CsrfCheckFailed)
}

/// A URL-encoded form whose `csrf_token` has been checked; `T` gets the other fields.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| PageError(AppError::internal("no application state")))?;
            let bytes = body.await.map_err(|_| {
                PageError(AppError::bad_request(
                    ErrorCode::UnreadableBody,
                    "The form could not be read.",
                ))
            })?;
            if !is_form || bytes.len() > crate::MAX_BODY_BYTES {
                return Err(PageError(forbidden()));
            }
            let presented = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == FIELD)
                .map(|(_, v)| v.into_owned());
            let valid = match (presented, expected(&req, &state.config)) {
                (Some(presented), Some(expected)) => constant_time_eq(&presented, &expected),
                _ => false,
            };
            if !valid {
                tracing::warn!("form refused: missing or wrong CSRF token");
                return Err(PageError(forbidden()));
            }
            serde_urlencoded::from_bytes::<T>(&bytes)
                .map(CsrfForm)
                .map_err(|e| {
                    PageError(AppError::bad_request(
                        ErrorCode::InvalidForm,
                        format!("The form is invalid: {e}."),
                    ))
                })
        })
    }
}
