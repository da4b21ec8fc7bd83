//! The group's audit log, newest first, for moderators: `GET /api/v1/groups/{slug}/audit` and
//! its page.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_app::groups::GroupAccess;
use muster_core::{Timestamp, id::UserId, policy::Action, roles::Capability};
use muster_db::audit;
use serde::Serialize;
use utoipa::ToSchema;

use super::{access_for, moderated, views::GroupHeader};
use crate::{
    auth::{CurrentUser, MaybeUser},
    error::{ApiError, AppError, PageError},
    pages::{PageContext, render},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/audit")
        .get(Access::Authenticated, audit_log)
        .done();
    table
        .resource("/g/{slug}/settings/audit")
        .get(Access::Authenticated, audit)
        .done();
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub action: String,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub detail: String,
    #[schema(value_type = String, format = DateTime)]
    pub at: Timestamp,
}

/// The group's audit log, newest first (moderators).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/audit", tag = "groups",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<AuditView>), (status = 403, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn audit_log(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = access_for(&state, &slug, &user).await?;
    Ok(HttpResponse::Ok().json(audit_views(&state, &access).await?))
}

/// The group's audit log, newest first, with the people's names: one read (moderators).
pub async fn audit_views(
    state: &AppState,
    access: &GroupAccess,
) -> Result<Vec<AuditView>, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = access.group.id;
    let (rows, names) = state
        .db
        .read(move |c| {
            let rows = audit::list(c, id, 200)?;
            let ids: Vec<UserId> = rows
                .iter()
                .flat_map(|r| [r.actor_id, r.subject_id])
                .flatten()
                .collect();
            Ok((rows, muster_db::users::names(c, &ids)?))
        })
        .await?;
    let name = |id: Option<UserId>| id.and_then(|id| names.get(&id).cloned());
    Ok(rows
        .into_iter()
        .map(|r| AuditView {
            action: r.action.as_str().to_owned(),
            actor: name(r.actor_id),
            subject: name(r.subject_id),
            detail: r.detail,
            at: r.created_at,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "groups/audit.html")]
struct AuditPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    entries: Vec<(String, String, String, String, String)>,
}

pub async fn audit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = moderated(&state, &slug, &user).await?;
    let entries = audit_views(&state, &access).await?;
    let page = PageContext::new(&req, &state);
    let page_lang = page.lang;
    render(&AuditPage {
        page,
        g: GroupHeader::of(&access, &state),
        tab: "audit",
        entries: entries
            .into_iter()
            .map(|e| {
                (
                    e.at.as_datetime().format("%Y-%m-%d %H:%M").to_string(),
                    e.actor.unwrap_or_default(),
                    audit_label(page_lang, &e.action),
                    e.subject.unwrap_or_default(),
                    e.detail,
                )
            })
            .collect(),
    })
}

/// An audit action as the log lists it, in `lang` ("event created"); an action the catalogue
/// does not know reads as its code with spaces.
fn audit_label(lang: muster_i18n::Locale, action: &str) -> String {
    let key = format!("audit-action-{}", action.replace('_', "-"));
    if muster_i18n::has_key(&key) {
        muster_i18n::tr(lang, &key)
    } else {
        action.replace('_', " ")
    }
}
