//! The error model. Every failure is an [`AppError`]: an HTTP status, a stable snake_case
//! `code`, a human `message`, and per-field messages for a failed form. API handlers return it
//! as [`ApiError`] (JSON); page handlers as [`PageError`] (an HTML error page).
//!
//! JSON shape: `{"code": "invalid_input", "message": "…", "fields": {"email": "…"}}`.

use std::collections::BTreeMap;

use actix_web::{
    HttpRequest, HttpResponse, ResponseError,
    error::{PathError, QueryPayloadError, UrlencodedError},
    http::{StatusCode, header},
    web,
};
pub use muster_app::{AppError, ErrorCode, ErrorKind};
use muster_db::DbError;
use serde::Serialize;

/// The HTTP status of an error of this kind.
pub fn status_of(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
        ErrorKind::Unauthenticated => StatusCode::UNAUTHORIZED,
        ErrorKind::Forbidden => StatusCode::FORBIDDEN,
        ErrorKind::NotFound => StatusCode::NOT_FOUND,
        ErrorKind::Conflict => StatusCode::CONFLICT,
        ErrorKind::Gone => StatusCode::GONE,
        ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorKind::UriTooLong => StatusCode::URI_TOO_LONG,
        ErrorKind::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ErrorKind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// The HTTP status `error` is answered with.
pub fn status(error: &AppError) -> StatusCode {
    status_of(error.kind)
}

/// An error as the API writes it.
#[derive(Serialize)]
pub(crate) struct ErrorBody<'a> {
    pub code: &'a str,
    pub message: &'a str,
    pub fields: &'a BTreeMap<String, String>,
}

/// An [`AppError`] answered as JSON (API routes).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {}", .0.code, .0.message)]
pub struct ApiError(pub AppError);

/// An [`AppError`] answered as an HTML page (browser routes).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {}", .0.code, .0.message)]
pub struct PageError(pub AppError);

macro_rules! into_responders {
    ($($source:ty),*) => {$(
        impl From<$source> for ApiError {
            fn from(e: $source) -> Self { ApiError(AppError::from(e)) }
        }
        impl From<$source> for PageError {
            fn from(e: $source) -> Self { PageError(AppError::from(e)) }
        }
    )*};
}
into_responders!(DbError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e)
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        PageError(AppError::internal(format!("template: {e}")))
    }
}

fn base_response(error: &AppError) -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::build(status(error));
    builder.insert_header((header::CACHE_CONTROL, "no-store"));
    if let Some(secs) = error.retry_after {
        builder.insert_header((header::RETRY_AFTER, secs.to_string()));
    }
    builder
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        status(&self.0)
    }

    fn error_response(&self) -> HttpResponse {
        json_error_response(&self.0)
    }
}

pub fn json_error_response(error: &AppError) -> HttpResponse {
    // The message in the request's language; the code stays as it is.
    let fields: BTreeMap<String, String> = error
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), crate::lang::translated(v)))
        .collect();
    base_response(error).json(ErrorBody {
        code: error.code.as_str(),
        message: &crate::lang::translated(&error.message),
        fields: &fields,
    })
}

/// Marks a response whose body should be replaced by the full HTML error page (the
/// `render_error_pages` middleware has the request context the page needs).
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub status: StatusCode,
    pub message: String,
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        status(&self.0)
    }

    fn error_response(&self) -> HttpResponse {
        html_error_response(&self.0)
    }
}

pub fn html_error_response(error: &AppError) -> HttpResponse {
    let mut response = base_response(error)
        .content_type("text/html; charset=utf-8")
        .body(plain_error_page(error));
    response.extensions_mut().insert(ErrorPage {
        status: status(error),
        message: crate::lang::translated(&error.message),
    });
    response
}

/// The smallest page that says what went wrong: `render_error_pages` replaces it with the
/// site's own error page where it has the request to render that with.
pub(crate) fn plain_error_page(error: &AppError) -> String {
    format!(
        "<!doctype html><title>{}</title><p>{}</p>",
        status(error).canonical_reason().unwrap_or("Error"),
        askama::filters::escape(&error.message, askama::filters::Html)
            .map(|m| m.to_string())
            .unwrap_or_default()
    )
}

/// True for requests the JSON API answers.
pub fn is_api_path(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Answers an error in the format the route speaks.
pub fn respond(req: &HttpRequest, error: AppError) -> actix_web::Error {
    if is_api_path(req.path()) {
        ApiError(error).into()
    } else {
        PageError(error).into()
    }
}

/// The default service: unknown routes are a 404 page, or a JSON 404 under `/api`.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    if is_api_path(req.path()) {
        json_error_response(&AppError::not_found())
    } else {
        html_error_response(&AppError::not_found())
    }
}

pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|error: QueryPayloadError, req| {
        respond(
            req,
            AppError::bad_request(
                ErrorCode::InvalidQuery,
                format!("The query string is invalid: {error}"),
            ),
        )
    })
}

pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_error: PathError, req| {
        // A path segment that does not parse (an id that is not an id) names nothing.
        respond(req, AppError::not_found())
    })
}

pub fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(crate::MAX_BODY_BYTES)
        .error_handler(|error: UrlencodedError, req| {
            let app_error = match error {
                UrlencodedError::Overflow { .. } | UrlencodedError::UnknownLength => {
                    AppError::too_large("The form is too large.")
                }
                UrlencodedError::ContentType => AppError::unsupported_media_type(
                    "Send the form as application/x-www-form-urlencoded.",
                ),
                other => AppError::bad_request(
                    ErrorCode::InvalidForm,
                    format!("The form is invalid: {other}"),
                ),
            };
            respond(req, app_error)
        })
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(crate::MAX_BODY_BYTES)
        .error_handler(|error, req| respond(req, crate::extract::json_payload_error(&error)))
}

#[cfg(test)]
mod tests {
    use actix_web::body::to_bytes;

    use super::*;

    #[actix_web::test]
    async fn api_errors_are_json_with_code_message_and_fields() {
        let error = AppError::invalid_fields(BTreeMap::from([(
            "email".to_owned(),
            "Enter a valid email address.".to_owned(),
        )]));
        let response = ApiError(error).error_response();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = to_bytes(response.into_body()).await.unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "invalid_input",
                "message": "Some fields need attention.",
                "fields": {"email": "Enter a valid email address."}
            })
        );
    }

    #[actix_web::test]
    async fn rate_limits_carry_retry_after() {
        let response = ApiError(AppError::too_many_requests(30)).error_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers().get(header::RETRY_AFTER).unwrap(), "30");
    }

    #[actix_web::test]
    async fn internal_errors_hide_their_cause() {
        let response =
            ApiError(AppError::internal("SELECT secret FROM users failed")).error_response();
        let body = to_bytes(response.into_body()).await.unwrap();
        let text = String::from_utf8(body.to_vec()).unwrap();
        assert!(text.contains("internal_error"));
        assert!(!text.contains("SELECT"));
    }
}
