//! Importing a group's old calendar from the web: `POST /api/v1/groups/{slug}/imports/ical`
//! (a `text/calendar` body, or JSON with an address) and the settings page's form. The import
//! itself is [`muster_app::imports::ical`].

use actix_web::{HttpRequest, HttpResponse, web};
use muster_app::{
    AppError, ErrorKind,
    groups::GroupAccess,
    imports::ical::{CalendarSource, IcalReport, MAX_CALENDAR_BYTES, import_for},
};
use muster_core::{policy::Action, roles::Capability};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, PageError},
    extract::{UploadForm, body_bytes},
    groups::views::GroupHeader,
    pages::{PageContext, render_with_status},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/imports/ical")
        .post(Access::Verified, import_ical)
        .done();
    table
        .resource("/g/{slug}/settings/import")
        .get(Access::Authenticated, import_page)
        .post(Access::Authenticated, import_submit)
        .done();
}

/// `{"url": "https://…"}`: fetch the calendar from there.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportUrl {
    pub url: String,
    /// Report what would happen, and change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// Import events from an iCalendar file (organizers): a `text/calendar` body of at most 5 MiB,
/// or JSON `{"url": …}` to fetch one (public http/https addresses only). Idempotent by UID.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/imports/ical", tag = "groups",
    params(("slug" = String, Path), ("dry_run" = Option<bool>, Query)),
    request_body(content = ImportUrl, description = "JSON with a URL, or the calendar itself as text/calendar"),
    responses((status = 200, body = IcalReport), (status = 403, body = crate::openapi::ErrorBody), (status = 413, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many today", body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn import_ical(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    // The capability first: a member without it is refused before the body is read.
    access.check(Action::Use(Capability::ManageEvents))?;
    let bytes = body_bytes(
        body,
        MAX_CALENDAR_BYTES,
        "The calendar is larger than 5 MiB.",
    )
    .await?;
    let is_json = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.trim_start().starts_with("application/json"));
    let query_dry_run = req.query_string().split('&').any(|p| p == "dry_run=true");
    let (source, dry_run) = if is_json {
        let body: ImportUrl = serde_json::from_slice(&bytes).map_err(|e| {
            AppError::invalid_field("url", format!("Send {{\"url\": \"https://…\"}}: {e}"))
        })?;
        (CalendarSource::Url(body.url), body.dry_run || query_dry_run)
    } else {
        (CalendarSource::File(bytes.to_vec()), query_dry_run)
    };
    let report = import_for(&state, &access, source, dry_run).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The report's first line: "Created 3, updated 1, unchanged 9, skipped 2.", in `lang`.
pub(crate) fn counts_text(lang: &muster_i18n::Locale, report: &IcalReport) -> String {
    muster_i18n::tr_args(
        *lang,
        "manage-import-counts",
        &[
            ("created", &report.created.len()),
            ("updated", &report.updated.len()),
            ("unchanged", &report.unchanged.len()),
            ("skipped", &report.skipped.len()),
        ],
    )
}

#[derive(askama::Template)]
#[template(path = "groups/import.html")]
struct ImportPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    url: String,
    error: String,
    report: Option<IcalReport>,
}

async fn page_access(
    state: &AppState,
    slug: &str,
    user: &MaybeUser,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageEvents))?;
    Ok(access)
}

fn render_import(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    url: String,
    result: Result<Option<IcalReport>, AppError>,
) -> Result<HttpResponse, PageError> {
    let (report, error, status) = match result {
        Ok(report) => (report, String::new(), actix_web::http::StatusCode::OK),
        Err(e) => (None, e.message.clone(), crate::error::status(&e)),
    };
    render_with_status(
        &ImportPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "settings",
            url,
            error,
            report,
        },
        status,
    )
}

/// The import form (organizers).
pub async fn import_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = page_access(&state, &slug, &user).await?;
    render_import(&req, &state, &access, String::new(), Ok(None))
}

/// Runs an import from the form: an uploaded file, else the address given.
pub async fn import_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let mut form = UploadForm::read(&req, payload, MAX_CALENDAR_BYTES).await?;
    let too_large = form.too_large;
    let file = form.take("calendar");
    let url = form.text("url").trim().to_owned();
    let dry_run = form.text("dry_run") == "true";
    let access = page_access(&state, &slug, &user).await?;
    let source = if too_large {
        Err(AppError::too_large("The calendar is larger than 5 MiB."))
    } else if !file.is_empty() {
        Ok(CalendarSource::File(file))
    } else if !url.is_empty() {
        Ok(CalendarSource::Url(url.clone()))
    } else {
        Err(AppError::invalid_field(
            "url",
            "Choose a .ics file, or give the calendar's address.",
        ))
    };
    let result = match source {
        Ok(source) => import_for(&state, &access, source, dry_run).await.map(Some),
        Err(e) => Err(e),
    };
    let result = match result {
        Err(e) if matches!(e.kind, ErrorKind::Internal | ErrorKind::Unavailable) => {
            return Err(e.into());
        }
        other => other,
    };
    render_import(&req, &state, &access, url, result)
}
