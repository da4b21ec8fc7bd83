//! The code of conduct (its versions, publishing a new one, accepting it) and conduct reports
//! to the organizers (sending one, the moderators' list, marking one handled) — as JSON and as
//! pages.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::groups::GroupAccess;
use muster_core::{
    Timestamp,
    id::{ReportId, UserId},
    markdown,
    policy::{Action, MembershipStatus},
    roles::Capability,
};
use muster_db::{conduct, memberships};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    access, access_for, load, moderated, parse_user,
    settings::settings_page,
    views::{Created, GroupHeader, day_in},
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{EmptyForm, FormErrors, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/conduct")
        .get(Access::Public, conduct_current)
        .put(Access::Authenticated, conduct_update)
        .done();
    table
        .resource("/api/v1/groups/{slug}/conduct/versions")
        .get(Access::Public, conduct_versions)
        .done();
    table
        .resource("/api/v1/groups/{slug}/conduct/accept")
        .post(Access::Authenticated, conduct_accept)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reports")
        .get(Access::Authenticated, reports)
        .post(Access::Authenticated, report)
        .done();
    table
        .resource("/api/v1/groups/{slug}/reports/{id}/handled")
        .post(Access::Authenticated, report_handled)
        .done();
    table
        .resource("/g/{slug}/conduct")
        .get(Access::Public, conduct_page)
        .done();
    table
        .resource("/g/{slug}/conduct/accept")
        .post(Access::Authenticated, conduct_accept_submit)
        .done();
    table
        .resource("/g/{slug}/settings/conduct")
        .post(Access::Authenticated, conduct_submit)
        .done();
    table
        .resource("/g/{slug}/report")
        .get(Access::Authenticated, report_form)
        .post(Access::Authenticated, report_submit)
        .done();
    table
        .resource("/g/{slug}/settings/reports")
        .get(Access::Authenticated, reports_page)
        .done();
    table
        .resource("/g/{slug}/settings/reports/{id}/handled")
        .post(Access::Authenticated, report_handled_submit)
        .done();
}

// ----------------------------------------------------------------------------- API: the code of conduct

#[derive(Debug, Serialize, ToSchema)]
pub struct ConductView {
    pub version: i32,
    /// Markdown.
    pub text: String,
    pub text_html: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

impl From<conduct::ConductVersionRow> for ConductView {
    fn from(row: conduct::ConductVersionRow) -> Self {
        ConductView {
            version: row.version,
            text_html: markdown::to_safe_html(&row.text),
            text: row.text,
            created_at: row.created_at,
        }
    }
}

/// The current code of conduct.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/conduct", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = ConductView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn conduct_current(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(ConductView::from(
        muster_app::groups::conduct::current_conduct(&state, &access).await?,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductBody {
    /// Markdown, 50–20,000 characters.
    pub text: String,
}

/// Publish a new version of the code of conduct (organizers and co-organizers).
#[utoipa::path(
    put, path = "/api/v1/groups/{slug}/conduct", tag = "conduct", request_body = ConductBody,
    params(("slug" = String, Path)),
    responses((status = 200, body = ConductView), (status = 403, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn conduct_update(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ConductBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(ConductView::from(
        muster_app::groups::conduct::update_conduct(&state, &access, &body.0.text).await?,
    )))
}

/// Every version of the code of conduct, newest first.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/conduct/versions", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ConductView>), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn conduct_versions(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access(&state, &slug, &user).await?;
    access.check(Action::View)?;
    let id = access.group.id;
    let rows = state.db.read(move |c| conduct::versions(c, id)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(ConductView::from).collect::<Vec<_>>()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConductAccept {
    pub version: i32,
}

/// Accept the current code of conduct (members, after it changed).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/conduct/accept", tag = "conduct", request_body = ConductAccept,
    params(("slug" = String, Path)),
    responses((status = 204), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn conduct_accept(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ConductAccept>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    muster_app::groups::conduct::accept_conduct(&state, &access, body.0.version).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- API: reports

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    /// What happened (10–5,000 characters).
    pub text: String,
    /// The member it is about, if any.
    pub about_user_id: Option<String>,
    /// Or a name or description of who it is about.
    #[serde(default)]
    pub about_name: String,
}

/// Report a concern to the group's organizers. Reports are never public.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/reports", tag = "conduct", request_body = ReportBody,
    params(("slug" = String, Path)),
    responses((status = 201, body = Created), (status = 404, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many today", body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn report(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<ReportBody>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    let body = body.0;
    let about = body
        .about_user_id
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(parse_user)
        .transpose()?;
    let id =
        muster_app::groups::conduct::report(&state, &access, &body.text, about, &body.about_name)
            .await?;
    Ok(HttpResponse::Created().json(Created { id: id.to_string() }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    pub id: String,
    pub reporter: Option<String>,
    pub about: String,
    pub about_organizer: bool,
    pub text: String,
    /// `open` or `handled`.
    pub status: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
}

/// Conduct reports (moderators; never the ones about themselves).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/reports", tag = "conduct",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ReportView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn reports(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(report_views(&state, &access).await?))
}

/// The reports a moderator may see (never those about themselves), with the people's names:
/// one read.
pub async fn report_views(
    state: &AppState,
    access: &GroupAccess,
) -> Result<Vec<ReportView>, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let (id, me) = (access.group.id, access.user()?.id);
    let (rows, names) = state
        .db
        .read(move |c| {
            let rows = conduct::reports(c, id, Some(me))?;
            let ids: Vec<UserId> = rows
                .iter()
                .flat_map(|r| [r.reporter_id, r.about_user_id])
                .flatten()
                .collect();
            Ok((rows, muster_db::users::names(c, &ids)?))
        })
        .await?;
    let name = |id: Option<UserId>| id.and_then(|id| names.get(&id).cloned());
    Ok(rows
        .into_iter()
        .map(|r| ReportView {
            id: r.id.to_string(),
            reporter: name(r.reporter_id),
            about: name(r.about_user_id).unwrap_or_else(|| r.about_name.clone()),
            about_organizer: r.about_organizer,
            text: r.text,
            status: r.status.as_str().to_owned(),
            created_at: r.created_at,
        })
        .collect())
}

/// Mark a report handled.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/reports/{id}/handled", tag = "conduct",
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn report_handled(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = access_for(&state, &slug, &user).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = ReportId::parse(&id).map_err(|_| AppError::not_found())?;
    muster_app::groups::conduct::mark_report_handled(&state, &access, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

// ----------------------------------------------------------------------------- pages: the code of conduct

#[derive(Template)]
#[template(path = "groups/conduct.html")]
struct ConductPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    version: i32,
    published: String,
    text_html: String,
    versions: Vec<(i32, String)>,
}

pub async fn conduct_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::View).await?;
    let (id, version) = (access.group.id, access.group.conduct_version);
    // Every version in one read; the current one is among them.
    let versions = state.db.read(move |c| conduct::versions(c, id)).await?;
    let current = versions
        .iter()
        .find(|v| v.version == version)
        .ok_or_else(AppError::not_found)?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&ConductPage {
        page,
        g: GroupHeader::of(&access, &state),
        tab: "conduct",
        version: current.version,
        published: day_in(lang, current.created_at),
        text_html: markdown::to_safe_html(&current.text),
        versions: versions
            .iter()
            .map(|v| (v.version, day_in(lang, v.created_at)))
            .collect(),
    })
}

#[derive(Deserialize)]
pub struct VersionForm {
    #[serde(default)]
    version: i32,
}

pub async fn conduct_accept_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    form: CsrfForm<VersionForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    muster_app::groups::conduct::accept_conduct(&state, &access, form.0.version).await?;
    Ok(see_other(&format!("/g/{slug}?notice=conduct_accepted")))
}

#[derive(Deserialize)]
pub struct ConductForm {
    #[serde(default)]
    text: String,
}

pub async fn conduct_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<ConductForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Use(Capability::ManageGroup)).await?;
    match muster_app::groups::conduct::update_conduct(&state, &access, &form.0.text).await {
        Ok(_) => Ok(see_other(&format!(
            "/g/{slug}/conduct?notice=conduct_published"
        ))),
        Err(error) if !error.fields.is_empty() => {
            settings_page(&req, &state, &access, None, Some(form.0.text), Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- pages: reports

#[derive(Template)]
#[template(path = "groups/report.html")]
struct ReportPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    people: Vec<(String, String)>,
    about_name: String,
    text: String,
    errors: FormErrors,
}

async fn report_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    form: Option<ReportForm>,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = access.group.id;
    let people = if access.can(Action::ViewMembers) {
        state
            .db
            .read(move |c| {
                memberships::list(c, id, MembershipStatus::Active, memberships::LIST_LIMIT)
            })
            .await?
    } else {
        Vec::new()
    };
    let form = form.unwrap_or_default();
    render_with_status(
        &ReportPage {
            page: PageContext::new(req, state),
            g: GroupHeader::of(access, state),
            tab: "",
            people: people
                .into_iter()
                .map(|(_, u)| (u.id.to_string(), u.display_name))
                .collect(),
            about_name: form.about_name,
            text: form.text,
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        error.map_or(StatusCode::OK, |e| crate::error::status(&e)),
    )
}

pub async fn report_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Report).await?;
    report_page(&req, &state, &access, None, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    about_user_id: String,
    about_name: String,
    text: String,
}

pub async fn report_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let access = load(&state, &slug, &user, Action::Report).await?;
    let form = form.0;
    let about = if form.about_user_id.is_empty() {
        None
    } else {
        UserId::parse(&form.about_user_id).ok()
    };
    match muster_app::groups::conduct::report(&state, &access, &form.text, about, &form.about_name)
        .await
    {
        Ok(_) => Ok(see_other(&format!("/g/{slug}?notice=report_sent"))),
        Err(error) if !error.fields.is_empty() => {
            report_page(&req, &state, &access, Some(form), Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub struct ReportItem {
    id: String,
    created: String,
    reporter: String,
    about: String,
    about_organizer: bool,
    text: String,
    status: String,
    status_label: String,
}

#[derive(Template)]
#[template(path = "groups/reports.html")]
struct ReportsPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    reports: Vec<ReportItem>,
}

pub async fn reports_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = moderated(&state, &slug, &user).await?;
    let views = report_views(&state, &access).await?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&ReportsPage {
        page,
        g: GroupHeader::of(&access, &state),
        tab: "reports",
        reports: views
            .into_iter()
            .map(|r| ReportItem {
                id: r.id,
                created: muster_i18n::dates::date_medium(
                    lang,
                    r.created_at.as_datetime().date_naive(),
                ),
                reporter: r
                    .reporter
                    .unwrap_or_else(|| muster_i18n::tr(lang, "manage-reports-former-member")),
                about: if r.about.is_empty() {
                    muster_i18n::tr(lang, "manage-reports-not-named")
                } else {
                    r.about
                },
                about_organizer: r.about_organizer,
                text: r.text,
                status_label: match r.status.as_str() {
                    "open" => muster_i18n::tr(lang, "manage-reports-status-open"),
                    "handled" => muster_i18n::tr(lang, "manage-reports-status-handled"),
                    other => other.to_owned(),
                },
                status: r.status,
            })
            .collect(),
    })
}

pub async fn report_handled_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = moderated(&state, &slug, &user).await?;
    let id = ReportId::parse(&id).map_err(|_| AppError::not_found())?;
    muster_app::groups::conduct::mark_report_handled(&state, &access, id).await?;
    Ok(see_other(&format!("/g/{slug}/settings/reports")))
}
