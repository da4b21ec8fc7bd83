//! The OpenAPI 3 document, generated from the handlers' annotations.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get};
use utoipa::{OpenApi, ToSchema};

/// The JSON error shape every API failure uses.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ErrorBody {
    /// Stable snake_case code, e.g. `invalid_input`, `not_found`, `rate_limited`.
    code: String,
    /// A sentence for humans.
    message: String,
    /// Per-field messages when a form or body failed validation.
    fields: BTreeMap<String, String>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Muster API",
        description = "The JSON API of a Muster instance: groups, events, RSVPs, accounts. Times are RFC 3339 with offset; errors are `{code, message, fields}`.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        crate::health::healthz,
        crate::health::readyz,
        crate::metrics::metrics,
        openapi_json,
    ),
    components(schemas(ErrorBody)),
    tags(
        (name = "operations", description = "Health, readiness, metrics and this document"),
    )
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(
    get, path = "/api/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json"))
)]
#[get("/api/openapi.json")]
pub async fn openapi_json() -> HttpResponse {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    HttpResponse::Ok().json(doc)
}
