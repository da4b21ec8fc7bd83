//! Adopting a group that went quiet: a verified person asks to take over a dormant group or an
//! unclaimed directory entry; the group's organizers (if it has any) are emailed and may
//! refuse during a grace period; after it (at once for an unclaimed entry) an instance
//! administrator approves or rejects, and an approved requester becomes an organizer. Every
//! step is written to the group's audit log. Instance administrators also restore deleted
//! groups here, for [`RESTORE_WINDOW_DAYS`] days.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use muster_core::{
    Timestamp,
    group::RESTORE_WINDOW_DAYS,
    id::{AdoptionRequestId, UserId},
    policy::Action,
    roles::Capability,
};
use muster_db::{
    adoptions::{self, AdoptionRow},
    groups::GroupRow,
    users::UserRow,
    users::{self},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use muster_app::groups::{
    GroupAccess,
    adoption::{
        REFUSAL_HOLDS_DAYS, adoptable, approve, ask, lift_refusal, parse_id, refusal_holds_until,
        refuse, reject, restore, restore_cutoff, withdraw,
    },
};

use super::views::GroupHeader;
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    extract::ApiJson,
    pages::{FormErrors, PageContext, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/adoption")
        .get(Access::Authenticated, api_status)
        .post(Access::Verified, api_ask)
        .done();
    table
        .resource("/api/v1/groups/{slug}/adoption/withdraw")
        .post(Access::Authenticated, api_withdraw)
        .done();
    table
        .resource("/api/v1/groups/{slug}/adoption/{id}/refuse")
        .post(Access::Authenticated, api_refuse)
        .done();
    table
        .resource("/api/v1/groups/{slug}/adoption/{id}/lift-refusal")
        .post(Access::Authenticated, api_lift_refusal)
        .done();
    table
        .resource("/api/v1/admin/adoptions")
        .get(Access::Admin, api_admin_list)
        .done();
    table
        .resource("/api/v1/admin/adoptions/{id}/approve")
        .post(Access::Admin, api_approve)
        .done();
    table
        .resource("/api/v1/admin/adoptions/{id}/reject")
        .post(Access::Admin, api_reject)
        .done();
    table
        .resource("/api/v1/admin/groups/deleted")
        .get(Access::Admin, api_deleted_groups)
        .done();
    table
        .resource("/api/v1/admin/groups/{slug}/restore")
        .post(Access::Admin, api_restore)
        .done();
    table
        .resource("/g/{slug}/adopt")
        .get(Access::Verified, adopt_page)
        .post(Access::Verified, adopt_submit)
        .done();
    table
        .resource("/g/{slug}/adopt/withdraw")
        .post(Access::Authenticated, withdraw_submit)
        .done();
    table
        .resource("/g/{slug}/settings/adoption")
        .get(Access::Authenticated, organizer_page)
        .done();
    table
        .resource("/g/{slug}/settings/adoption/{id}/refuse")
        .post(Access::Authenticated, refuse_submit)
        .done();
    table
        .resource("/g/{slug}/settings/adoption/{id}/lift-refusal")
        .post(Access::Authenticated, lift_refusal_submit)
        .done();
    table
        .resource("/admin/adoptions")
        .get(Access::Admin, admin_page)
        .done();
    table
        .resource("/admin/adoptions/{id}/{decision}")
        .post(Access::Admin, admin_decide_submit)
        .done();
    table
        .resource("/admin/groups")
        .get(Access::Admin, deleted_page)
        .done();
    table
        .resource("/admin/groups/{slug}/restore")
        .post(Access::Admin, restore_submit)
        .done();
}

// ----------------------------------------------------------------------------- JSON API

#[derive(Debug, Serialize, ToSchema)]
pub struct AdoptionView {
    #[schema(value_type = String, format = Uuid)]
    pub id: AdoptionRequestId,
    pub group_slug: String,
    pub group_name: String,
    #[schema(value_type = String, format = Uuid)]
    pub requested_by: UserId,
    pub requester_name: String,
    pub message: String,
    /// `pending`, `refused`, `approved`, `withdrawn` or `rejected`.
    pub status: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    /// Until then the group's organizers may refuse; an administrator approves after it.
    #[schema(value_type = String, format = DateTime)]
    pub grace_ends_at: Timestamp,
    /// Pending and past the grace period: an administrator may approve it now.
    pub ready: bool,
    /// Refused, and the refusal keeps its person from asking again until then (unless the
    /// organizers lift it).
    #[schema(value_type = Option<String>, format = DateTime)]
    pub refused_until: Option<Timestamp>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub decided_at: Option<Timestamp>,
    pub reason: String,
}

impl AdoptionView {
    fn of(row: &AdoptionRow, group: &GroupRow, requester_name: &str, now: Timestamp) -> Self {
        AdoptionView {
            id: row.id,
            group_slug: group.slug.clone(),
            group_name: group.name.clone(),
            requested_by: row.requested_by,
            requester_name: requester_name.to_owned(),
            message: row.message.clone(),
            status: row.status.as_str().to_owned(),
            created_at: row.created_at,
            grace_ends_at: row.grace_ends_at,
            ready: row.is_pending() && now >= row.grace_ends_at,
            refused_until: refusal_holds_until(row, now),
            decided_at: row.decided_at,
            reason: row.reason.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AdoptionStatusView {
    /// Whether the group can be adopted now (dormant, or an unclaimed listing).
    pub adoptable: bool,
    /// The caller's latest request for this group, if any.
    pub mine: Option<AdoptionView>,
    /// Pending requests (the group's organizers only; empty for others).
    pub pending: Vec<AdoptionView>,
    /// Refused requests whose refusal still keeps their person from asking again (the
    /// group's organizers only): they may lift it.
    pub refused: Vec<AdoptionView>,
}

/// The caller's request and, for the group's organizers, the pending requests.
async fn status_of(state: &AppState, access: &GroupAccess) -> Result<AdoptionStatusView, AppError> {
    access.check(Action::View)?;
    let user = access.user()?.id;
    let organizer = access.can(Action::Use(Capability::ManageGroup));
    let (group, now) = (access.group.clone(), state.now());
    let g = group.clone();
    let since = now - chrono::Duration::days(REFUSAL_HOLDS_DAYS);
    let (mine, pending, refused, names) = state
        .db
        .read(move |c| {
            let mine = adoptions::latest_by(c, g.id, user)?;
            let (pending, refused) = if organizer {
                (
                    adoptions::pending_for_group(c, g.id)?,
                    adoptions::refusals_in_force(c, g.id, since)?,
                )
            } else {
                (Vec::new(), Vec::new())
            };
            let ids: Vec<UserId> = mine
                .iter()
                .chain(pending.iter())
                .chain(refused.iter())
                .map(|r| r.requested_by)
                .collect();
            Ok((mine, pending, refused, users::names(c, &ids)?))
        })
        .await?;
    let name = |id: UserId| names.get(&id).cloned().unwrap_or_default();
    Ok(AdoptionStatusView {
        adoptable: adoptable(&group, state),
        mine: mine.map(|r| AdoptionView::of(&r, &group, &name(r.requested_by), now)),
        pending: pending
            .iter()
            .map(|r| AdoptionView::of(r, &group, &name(r.requested_by), now))
            .collect(),
        refused: refused
            .iter()
            .map(|r| AdoptionView::of(r, &group, &name(r.requested_by), now))
            .collect(),
    })
}

/// Where adoption of this group stands for the caller.
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/adoption", operation_id = "adoption_status", tag = "adoption",
    params(("slug" = String, Path)),
    responses((status = 200, body = AdoptionStatusView), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_status(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    Ok(HttpResponse::Ok().json(status_of(&state, &access).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AdoptionAsk {
    /// Who you are and what you plan for the group (shown to its organizers).
    pub message: String,
}

/// Ask to adopt a dormant group or an unclaimed listing.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/adoption", tag = "adoption",
    params(("slug" = String, Path)), request_body = AdoptionAsk,
    responses((status = 201, body = AdoptionView), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody), (status = 422, body = crate::openapi::ErrorBody), (status = 429, description = "Too many today", body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_ask(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    body: ApiJson<AdoptionAsk>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let row = ask(&state, &access, &body.0.message).await?;
    let view = AdoptionView::of(&row, &access.group, &user.user().display_name, state.now());
    Ok(HttpResponse::Created().json(view))
}

/// Take back your pending request to adopt the group.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/adoption/withdraw", tag = "adoption",
    params(("slug" = String, Path)),
    responses((status = 204), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_withdraw(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    withdraw(&state, &access).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AdoptionReason {
    /// Why (optional; sent to the person who asked).
    pub reason: String,
}

/// Refuse a request to adopt the group (its organizers, during the grace period).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/adoption/{id}/refuse", tag = "adoption",
    params(("slug" = String, Path), ("id" = String, Path)), request_body = AdoptionReason,
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_refuse(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: ApiJson<AdoptionReason>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    refuse(&state, &access, parse_id(&id)?, &body.0.reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Every pending request with its group and requester's name, oldest first.
async fn admin_views(state: &AppState) -> Result<Vec<AdoptionView>, AppError> {
    let now = state.now();
    let (rows, names) = state
        .db
        .read(|c| {
            let rows = adoptions::pending(c)?;
            let ids: Vec<UserId> = rows.iter().map(|(r, _)| r.requested_by).collect();
            Ok((rows, users::names(c, &ids)?))
        })
        .await?;
    Ok(rows
        .iter()
        .map(|(r, g)| {
            let name = names.get(&r.requested_by).cloned().unwrap_or_default();
            AdoptionView::of(r, g, &name, now)
        })
        .collect())
}

/// Pending adoption requests on the instance (administrators).
#[utoipa::path(
    get, path = "/api/v1/admin/adoptions", tag = "admin",
    responses((status = 200, body = Vec<AdoptionView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_admin_list(
    state: web::Data<AppState>,
    _user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(admin_views(&state).await?))
}

/// Approve a request once its grace period is over: the requester becomes an organizer.
#[utoipa::path(
    post, path = "/api/v1/admin/adoptions/{id}/approve", tag = "admin",
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_approve(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    approve(&state, user.user(), parse_id(&id)?).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Reject a pending request.
#[utoipa::path(
    post, path = "/api/v1/admin/adoptions/{id}/reject", tag = "admin",
    params(("id" = String, Path)), request_body = AdoptionReason,
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_reject(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<AdoptionReason>,
) -> Result<HttpResponse, ApiError> {
    reject(&state, user.user(), parse_id(&id)?, &body.0.reason).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeletedGroupView {
    pub slug: String,
    pub name: String,
    #[schema(value_type = String, format = DateTime)]
    pub deleted_at: Timestamp,
    /// The last moment it can be restored.
    #[schema(value_type = String, format = DateTime)]
    pub restorable_until: Timestamp,
}

async fn deleted_views(state: &AppState) -> Result<Vec<DeletedGroupView>, AppError> {
    let since = restore_cutoff(state.now());
    let rows = state
        .db
        .read(move |c| adoptions::deleted_groups_since(c, since))
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|g| {
            let deleted_at = g.deleted_at?;
            Some(DeletedGroupView {
                slug: g.slug,
                name: g.name,
                deleted_at,
                restorable_until: deleted_at + Duration::days(RESTORE_WINDOW_DAYS),
            })
        })
        .collect())
}

/// Groups deleted in the last 30 days, which can still be restored (administrators).
#[utoipa::path(
    get, path = "/api/v1/admin/groups/deleted", tag = "admin",
    responses((status = 200, body = Vec<DeletedGroupView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_deleted_groups(
    state: web::Data<AppState>,
    _user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(deleted_views(&state).await?))
}

/// Restore a group deleted less than 30 days ago, with its events and history.
#[utoipa::path(
    post, path = "/api/v1/admin/groups/{slug}/restore", tag = "admin",
    params(("slug" = String, Path)),
    responses((status = 200, body = RestoredView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 410, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_restore(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let group = restore(&state, user.user(), &slug).await?;
    Ok(HttpResponse::Ok().json(RestoredView {
        slug: group.slug,
        name: group.name,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RestoredView {
    pub slug: String,
    pub name: String,
}

// ----------------------------------------------------------------------------- pages

#[derive(Template)]
#[template(path = "groups/adopt.html")]
struct AdoptPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    adoptable: bool,
    /// The caller's pending request: until when organizers may refuse ("" if ready now).
    waiting_until: String,
    /// The caller's refused request: until when they may not ask again ("" if they may).
    refused_until: String,
    pending: bool,
    /// The caller's last decided request: its status and reason.
    last_status: String,
    last_reason: String,
    message: String,
    errors: FormErrors,
}

async fn adopt_view(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    message: String,
    errors: FormErrors,
) -> Result<AdoptPage, AppError> {
    let status = status_of(state, access).await?;
    let mine = status.mine;
    let pending = mine.as_ref().is_some_and(|m| m.status == "pending");
    let reader = access.user()?;
    let page = PageContext::new(req, state);
    let lang = page.lang;
    Ok(AdoptPage {
        page,
        g: GroupHeader::of(access, state),
        tab: "",
        adoptable: status.adoptable,
        waiting_until: mine
            .as_ref()
            .filter(|m| m.status == "pending" && !m.ready)
            .map(|m| moment_in(lang, m.grace_ends_at, reader))
            .unwrap_or_default(),
        pending,
        refused_until: mine
            .as_ref()
            .and_then(|m| m.refused_until)
            .map(|t| moment_in(lang, t, reader))
            .unwrap_or_default(),
        last_status: mine
            .as_ref()
            .filter(|m| m.status != "pending")
            .map(|m| m.status.clone())
            .unwrap_or_default(),
        last_reason: mine.map(|m| m.reason).unwrap_or_default(),
        message,
        errors,
    })
}

pub async fn adopt_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::AskToAdopt)?;
    render(&adopt_view(&req, &state, &access, String::new(), FormErrors::default()).await?)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdoptForm {
    message: String,
}

pub async fn adopt_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    form: CsrfForm<AdoptForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    match ask(&state, &access, &form.0.message).await {
        Ok(_) => Ok(see_other(&format!("/g/{slug}/adopt"))),
        Err(error) if !error.fields.is_empty() => {
            let status = crate::error::status(&error);
            let view = adopt_view(
                &req,
                &state,
                &access,
                form.0.message,
                FormErrors::from(&error),
            )
            .await?;
            render_with_status(&view, status)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn withdraw_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
    _form: CsrfForm<AdoptForm>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    withdraw(&state, &access).await?;
    Ok(see_other(&format!("/g/{slug}/adopt")))
}

/// A moment as `reader` reads it: in their zone and `lang`.
fn moment_in(lang: muster_i18n::Locale, t: Timestamp, reader: &UserRow) -> String {
    muster_i18n::dates::moment_text(lang, t.as_datetime(), reader.timezone().tz())
}

/// A day in `lang`: "16 Dec 2026".
fn day_in(lang: muster_i18n::Locale, t: Timestamp) -> String {
    muster_i18n::dates::date_medium(lang, t.as_datetime().date_naive())
}

pub struct RequestLine {
    id: String,
    requester: String,
    group_slug: String,
    group_name: String,
    message: String,
    asked: String,
    until: String,
    ready: bool,
    /// Refused: the person may not ask again until then ("" when not refused).
    refused_until: String,
}

impl RequestLine {
    /// `v` as `reader` reads it (deadlines in their zone).
    fn of(v: &AdoptionView, reader: &UserRow, lang: muster_i18n::Locale) -> Self {
        RequestLine {
            id: v.id.to_string(),
            requester: v.requester_name.clone(),
            group_slug: v.group_slug.clone(),
            group_name: v.group_name.clone(),
            message: v.message.clone(),
            asked: day_in(lang, v.created_at),
            until: moment_in(lang, v.grace_ends_at, reader),
            ready: v.ready,
            refused_until: v
                .refused_until
                .map(|t| moment_in(lang, t, reader))
                .unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "groups/adoption_requests.html")]
struct OrganizerPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    requests: Vec<RequestLine>,
    refused: Vec<RequestLine>,
}

pub async fn organizer_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    let status = status_of(&state, &access).await?;
    let reader = access.user()?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&OrganizerPage {
        page,
        g: GroupHeader::of(&access, &state),
        tab: "settings",
        requests: status
            .pending
            .iter()
            .map(|v| RequestLine::of(v, reader, lang))
            .collect(),
        refused: status
            .refused
            .iter()
            .map(|v| RequestLine::of(v, reader, lang))
            .collect(),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReasonForm {
    reason: String,
}

/// Lift a refusal: the person whose request the organizers refused may ask again at once.
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/adoption/{id}/lift-refusal", tag = "adoption",
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 204), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn api_lift_refusal(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    lift_refusal(&state, &access, parse_id(&id)?).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn lift_refusal_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<crate::pages::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    lift_refusal(&state, &access, parse_id(&id)?).await?;
    Ok(see_other(&format!("/g/{slug}/settings/adoption")))
}

pub async fn refuse_submit(
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<ReasonForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    access.check(Action::Use(Capability::ManageGroup))?;
    refuse(&state, &access, parse_id(&id)?, &form.0.reason).await?;
    Ok(see_other(&format!("/g/{slug}/settings/adoption")))
}

#[derive(Template)]
#[template(path = "admin/adoptions.html")]
struct AdminPage {
    page: PageContext,
    requests: Vec<RequestLine>,
}

pub async fn admin_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    let views = admin_views(&state).await?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&AdminPage {
        page,
        requests: views
            .iter()
            .map(|v| RequestLine::of(v, user.user(), lang))
            .collect(),
    })
}

pub async fn admin_decide_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<ReasonForm>,
) -> Result<HttpResponse, PageError> {
    let (id, decision) = path.into_inner();
    let id = parse_id(&id)?;
    match decision.as_str() {
        "approve" => approve(&state, user.user(), id).await?,
        "reject" => reject(&state, user.user(), id, &form.0.reason).await?,
        _ => return Err(AppError::not_found().into()),
    }
    Ok(see_other("/admin/adoptions"))
}

pub struct DeletedLine {
    slug: String,
    name: String,
    deleted: String,
    until: String,
}

#[derive(Template)]
#[template(path = "admin/groups.html")]
struct DeletedPage {
    page: PageContext,
    groups: Vec<DeletedLine>,
}

pub async fn deleted_page(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    let views = deleted_views(&state).await?;
    let page = PageContext::new(&req, &state);
    let lang = page.lang;
    render(&DeletedPage {
        page,
        groups: views
            .into_iter()
            .map(|v| DeletedLine {
                slug: v.slug,
                name: v.name,
                deleted: day_in(lang, v.deleted_at),
                until: day_in(lang, v.restorable_until),
            })
            .collect(),
    })
}

pub async fn restore_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
    _form: CsrfForm<ReasonForm>,
) -> Result<HttpResponse, PageError> {
    let group = restore(&state, user.user(), &slug).await?;
    Ok(see_other(&format!("/g/{}", group.slug)))
}
