//! Request extractors with Muster's error model.

use std::{future::Future, pin::Pin};

use actix_web::{
    FromRequest, HttpRequest,
    dev::Payload,
    error::JsonPayloadError,
    http::{StatusCode, header},
    web,
};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, AppError, ErrorCode};

/// A JSON request body, read with a size limit and deserialised with the path of the failing
/// field, so `{"venue": {"lat": "north"}}` is answered with `fields: {"venue.lat": "…"}`.
///
/// It insists on `Content-Type: application/json`: a cross-site HTML form cannot send that
/// type, which is part of how the API resists CSRF for cookie-authenticated calls.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json"
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            })
            .unwrap_or(false);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError(unsupported_media_type()));
            }
            let bytes = body.await.map_err(|e| {
                ApiError(
                    if e.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                        too_large()
                    } else {
                        AppError::bad_request(
                            ErrorCode::UnreadableBody,
                            "The request body could not be read.",
                        )
                    },
                )
            })?;
            if bytes.len() > crate::MAX_BODY_BYTES {
                return Err(ApiError(too_large()));
            }
            if bytes.trim_ascii_start().starts_with(b"[") {
                // serde would read a struct from an array of its fields' values in order.
                return Err(ApiError(AppError::invalid_field(
                    "body",
                    "The body must be a JSON object.",
                )));
            }
            parse_json(&bytes).map(ApiJson).map_err(ApiError)
        })
    }
}

fn unsupported_media_type() -> AppError {
    AppError::unsupported_media_type("Send a JSON body with Content-Type: application/json.")
}

fn too_large() -> AppError {
    AppError::too_large(format!(
        "The request body is larger than {} KiB.",
        crate::MAX_BODY_BYTES / 1024
    ))
}

/// Deserialises `bytes`, mapping failures to 400 (not JSON) or 422 (JSON of the wrong shape).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(shape_error)?;
    deserializer.end().map_err(|e| {
        AppError::bad_request(
            ErrorCode::MalformedJson,
            format!("The body is not valid JSON: {e}."),
        )
    })?;
    Ok(value)
}

fn shape_error(error: serde_path_to_error::Error<serde_json::Error>) -> AppError {
    let path = error.path().to_string();
    let inner = error.into_inner();
    if !inner.is_data() {
        return AppError::bad_request(
            ErrorCode::MalformedJson,
            format!("The body is not valid JSON: {inner}."),
        );
    }
    let message = strip_position(&inner.to_string());
    let prefix = if path == "." {
        String::new()
    } else {
        format!("{path}.")
    };
    let (field, text) = if let Some(name) = backticked(&message, "missing field `") {
        (
            format!("{prefix}{name}"),
            "This field is required.".to_owned(),
        )
    } else if let Some(name) = backticked(&message, "unknown field `") {
        let field = if path.ends_with(&name) {
            path.clone()
        } else {
            format!("{prefix}{name}")
        };
        (field, "This field is not recognised.".to_owned())
    } else if path == "." {
        ("body".to_owned(), capitalise(&message))
    } else {
        (path, capitalise(&message))
    };
    AppError::invalid_field(field, text)
}

fn backticked(message: &str, lead: &str) -> Option<String> {
    let rest = message.strip_prefix(lead)?;
    rest.split('`').next().map(str::to_owned)
}

/// serde_json appends " at line 1 column 17"; users do not need it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}

/// Maps actix's own JSON extractor failures (if `web::Json` is ever used) to our model.
pub fn json_payload_error(error: &JsonPayloadError) -> AppError {
    match error {
        JsonPayloadError::ContentType => unsupported_media_type(),
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
            too_large()
        }
        JsonPayloadError::Deserialize(e) if e.is_data() => AppError::invalid_fields(
            [(
                "body".to_owned(),
                capitalise(&strip_position(&e.to_string())),
            )]
            .into_iter()
            .collect(),
        ),
        _ => AppError::bad_request(ErrorCode::MalformedJson, "The body is not valid JSON."),
    }
}

/// A raw request body (an upload) of at most `limit` bytes; `too_large` is the 413 message
/// ("The image is larger than 2 MiB.").
pub async fn body_bytes(
    body: web::Payload,
    limit: usize,
    too_large: &str,
) -> Result<web::Bytes, AppError> {
    match body.to_bytes_limited(limit).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(AppError::bad_request(
            ErrorCode::InvalidBody,
            "The upload could not be read.",
        )),
        Err(_) => Err(AppError::too_large(too_large)),
    }
}

/// An HTML form with a file (multipart), read before anything else is done for it: every
/// part at most `cap` bytes (reading stops at the first larger one, so an oversized body is
/// never buffered), and its CSRF token checked like any form's.
pub struct UploadForm {
    parts: std::collections::HashMap<String, Vec<u8>>,
    /// A part was larger than the cap (the form sends its token first, so it was read).
    pub too_large: bool,
}

impl UploadForm {
    pub async fn read(
        req: &HttpRequest,
        mut payload: actix_multipart::Multipart,
        cap: usize,
    ) -> Result<UploadForm, AppError> {
        use futures_util::StreamExt;
        let mut form = UploadForm {
            parts: std::collections::HashMap::new(),
            too_large: false,
        };
        while let Some(field) = payload.next().await {
            // Not a multipart form: it has no token, and is refused like any form without one.
            let Ok(mut field) = field else {
                return Err(crate::csrf::refusal());
            };
            let name = field.name().unwrap_or_default().to_owned();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(|_| {
                    AppError::bad_request(ErrorCode::InvalidForm, "The upload could not be read.")
                })?;
                if bytes.len() + chunk.len() > cap {
                    form.too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            form.parts.insert(name, bytes);
            if form.too_large {
                break;
            }
        }
        if !crate::csrf::matches(req, &form.text(crate::csrf::FIELD)) {
            return Err(crate::csrf::refusal());
        }
        Ok(form)
    }

    /// A part's bytes (empty when absent), taken out of the form.
    pub fn take(&mut self, name: &str) -> Vec<u8> {
        self.parts.remove(name).unwrap_or_default()
    }

    /// An image part, taken out of the form; refused under its own field when it was larger
    /// than the cap or no file was chosen.
    pub fn take_image(&mut self, name: &str) -> Result<Vec<u8>, AppError> {
        let file = self.take(name);
        if self.too_large {
            Err(muster_app::media::refuse_as(
                name,
                muster_app::media::TOO_LARGE,
            ))
        } else if file.is_empty() {
            Err(muster_app::media::refuse_as(
                name,
                "Choose an image to upload.",
            ))
        } else {
            Ok(file)
        }
    }

    /// A part as text (empty when absent).
    pub fn text(&self, name: &str) -> String {
        self.parts
            .get(name)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Venue {
        name: String,
        lat: Option<f64>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        title: String,
        venue: Option<Venue>,
    }

    #[test]
    fn reports_the_failing_field_by_path() {
        let e = parse_json::<Body>(br#"{"title":"x","venue":{"name":"Hub","lat":"north"}}"#)
            .unwrap_err();
        assert_eq!(crate::error::status(&e), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(e.fields["venue.lat"].starts_with("Invalid type"), "{e:?}");
    }

    #[test]
    fn missing_and_unknown_fields_are_named() {
        let e = parse_json::<Body>(br#"{}"#).unwrap_err();
        assert_eq!(e.fields["title"], "This field is required.");
        let e = parse_json::<Body>(br#"{"title":"x","colour":"red"}"#).unwrap_err();
        assert_eq!(e.fields["colour"], "This field is not recognised.");
        let e = parse_json::<Body>(br#"{"title":"x","venue":{"name":"a","floor":2}}"#).unwrap_err();
        assert_eq!(e.fields["venue.floor"], "This field is not recognised.");
    }

    #[test]
    fn malformed_json_is_a_400() {
        let e = parse_json::<Body>(br#"{"title": "#).unwrap_err();
        assert_eq!(crate::error::status(&e), StatusCode::BAD_REQUEST);
        assert_eq!(e.code, ErrorCode::MalformedJson);
        let e = parse_json::<Body>(br#"{"title":"x"} trailing"#).unwrap_err();
        assert_eq!(e.code, ErrorCode::MalformedJson);
    }
}
