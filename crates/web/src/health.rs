//! Liveness and readiness probes.

use std::time::Duration;

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    error::{ApiError, AppError, ErrorCode},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/healthz")
        .get(Access::Public, healthz)
        .done();
    table.resource("/readyz").get(Access::Public, readyz).done();
}

/// How long `/readyz` waits for a database connection before answering 503.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Serialize, ToSchema)]
pub struct HealthStatus {
    /// `ok` (process up) or `ready` (database reachable).
    status: &'static str,
    /// `sqlite` or `postgres` (readiness only).
    #[serde(skip_serializing_if = "Option::is_none")]
    database: Option<String>,
}

/// The process is up and serving HTTP.
#[utoipa::path(
    get, path = "/healthz", tag = "operations",
    responses((status = 200, description = "The process is up", body = HealthStatus))
)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(HealthStatus {
            status: "ok",
            database: None,
        })
}

/// The database answers; send traffic here.
#[utoipa::path(
    get, path = "/readyz", tag = "operations",
    responses(
        (status = 200, description = "The database answers", body = HealthStatus),
        (status = 503, description = "The database is not reachable", body = crate::openapi::ErrorBody)
    )
)]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    match state.db.check_ready(READY_TIMEOUT).await {
        Ok(()) => Ok(HttpResponse::Ok()
            .insert_header(("Cache-Control", "no-store"))
            .json(HealthStatus {
                status: "ready",
                database: Some(state.db.backend().to_string()),
            })),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            Err(ApiError(AppError::unavailable(
                ErrorCode::DatabaseUnavailable,
                "The database is not reachable.",
            )))
        }
    }
}
