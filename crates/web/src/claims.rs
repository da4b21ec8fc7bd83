//! Claim links for placeholder members imported from Meetup.com: `/claim/{token}` shows who
//! the placeholder is; a signed-in person's POST attaches the history to their account (a
//! membership of the group, their past RSVPs) and uses the link up. Organizers list a group's
//! placeholders and issue a link for one through the API; `muster import meetup-claim-links`
//! issues them in bulk.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::{
    claims::{self, claimable, issue_for},
    groups::GroupAccess,
};
use muster_core::{Timestamp, id::PlaceholderId};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    groups::views::GroupHeader,
    pages::{EmptyForm, PageContext, confirm_page, message_page, no_referrer, render, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/claim/{token}")
        .get(Access::SecretLink, claim_page)
        .post(Access::Verified, claim_submit)
        .done();
    table
        .resource("/g/{slug}/settings/placeholders")
        .get(Access::Authenticated, manage_page)
        .done();
    table
        .resource("/g/{slug}/settings/placeholders/{id}/claim-link")
        .post(Access::Authenticated, manage_issue)
        .done();
    table
        .resource("/api/v1/groups/{slug}/placeholders")
        .get(Access::Authenticated, list)
        .done();
    table
        .resource("/api/v1/groups/{slug}/placeholders/{id}/claim-link")
        .post(Access::Authenticated, issue_link)
        .done();
}

pub async fn claim_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let found = claimable(&state, &token).await?;
    let lang = crate::lang::current();
    let went = i64::try_from(found.went).unwrap_or(i64::MAX);
    let args = |key: &str| {
        muster_i18n::tr_args(
            lang,
            key,
            &[
                ("name", &found.placeholder.name),
                ("group", &found.group_name),
                ("count", &went),
            ],
        )
    };
    let here = format!("/claim/{token}");
    let title = muster_i18n::tr(lang, "claim-title");
    let mut response = if user.0.is_some() {
        confirm_page(
            &req,
            &state,
            &title,
            &args("claim-signed-in"),
            here,
            &muster_i18n::tr(lang, "claim-button"),
        )?
    } else {
        let next = url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
        let login = format!("/account/login?next={next}");
        message_page(
            &req,
            &state,
            StatusCode::OK,
            &title,
            &args("claim-visitor"),
            Some((&login, &muster_i18n::tr(lang, "claim-log-in"))),
        )?
    };
    no_referrer(&mut response);
    Ok(response)
}
pub async fn claim_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let claimed = claims::claim_history(&state, &token, user.id()).await?;
    let mut response = see_other(&format!("/g/{}?notice=claimed", claimed.group_slug));
    no_referrer(&mut response);
    Ok(response)
}

// ----------------------------------------------------------------------------- API

/// A placeholder member, as organizers see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceholderView {
    #[schema(value_type = String, format = Uuid)]
    pub id: PlaceholderId,
    pub meetup_id: String,
    pub name: String,
    pub title: String,
    pub profile_url: String,
    /// On the Meetup member list (not only on an attendee list).
    pub listed: bool,
    /// Answers to the group's Meetup profile questions: `[question, answer]` pairs.
    pub answers: Vec<(String, String)>,
    #[schema(value_type = Option<String>, format = DateTime)]
    pub joined_at: Option<Timestamp>,
    /// Imported events this person went to.
    pub events_attended: i64,
    /// Whether a claim link is out (and unused).
    pub link_issued: bool,
    pub claimed: bool,
}

/// A fresh claim link (shown once).
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimLinkView {
    pub url: String,
}

/// The group's placeholder members imported from Meetup.com (organizers only).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/placeholders", operation_id = "list_placeholders", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<PlaceholderView>), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let rows = claims::placeholders(&state, &access).await?;
    let views: Vec<PlaceholderView> = rows
        .into_iter()
        .map(|(row, events)| PlaceholderView {
            answers: row.answers(),
            id: row.id,
            meetup_id: row.meetup_id,
            name: row.name,
            title: row.title,
            profile_url: row.profile_url,
            listed: row.listed,
            joined_at: row.joined_at,
            events_attended: events,
            link_issued: row.claim_token_hash.is_some(),
            claimed: row.claimed_by.is_some(),
        })
        .collect();
    Ok(HttpResponse::Ok().json(views))
}

/// Issues a fresh claim link for one placeholder, replacing any earlier link (organizers only).
#[utoipa::path(
    post, path = "/api/v1/groups/{slug}/placeholders/{id}/claim-link", tag = "membership",
    params(("slug" = String, Path), ("id" = String, Path)),
    responses((status = 201, body = ClaimLinkView), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody), (status = 409, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn issue_link(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let id = PlaceholderId::parse(&id).map_err(|_| AppError::not_found())?;
    let group = access.group.id;
    let (_, issued) = issue_for(&state, &access, id).await?;
    tracing::info!(group = %group, placeholder = %id, "claim link issued");
    Ok(HttpResponse::Created().json(ClaimLinkView { url: issued }))
}

// ----------------------------------------------------------------------------- organizers' page

struct PlaceholderLine {
    id: String,
    name: String,
    meetup_id: String,
    events: i64,
    listed: bool,
    status: String,
    claimable: bool,
    link_out: bool,
}

#[derive(Template)]
#[template(path = "groups/placeholders.html")]
struct PlaceholdersPage {
    page: PageContext,
    g: GroupHeader,
    tab: &'static str,
    rows: Vec<PlaceholderLine>,
    /// A link just issued: (name, link), shown once.
    fresh: Option<(String, String)>,
}

async fn placeholders_page(
    req: &HttpRequest,
    state: &AppState,
    access: &GroupAccess,
    fresh: Option<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let rows = claims::placeholders(state, access).await?;
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let mut response = render(&PlaceholdersPage {
        page,
        g: GroupHeader::of(access, state),
        tab: "manage",
        rows: rows
            .into_iter()
            .map(|(row, events)| PlaceholderLine {
                id: row.id.to_string(),
                status: muster_i18n::tr(
                    lang,
                    match (row.claimed_by.is_some(), row.claim_token_hash.is_some()) {
                        (true, _) => "manage-placeholders-claimed",
                        (false, true) => "manage-placeholders-link-sent",
                        (false, false) => "manage-placeholders-no-link",
                    },
                ),
                claimable: row.claimed_by.is_none(),
                link_out: row.claim_token_hash.is_some(),
                name: row.name,
                meetup_id: row.meetup_id,
                events,
                listed: row.listed,
            })
            .collect(),
        fresh,
    })?;
    no_referrer(&mut response);
    Ok(response)
}

pub async fn manage_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    placeholders_page(&req, &state, &access, None).await
}

/// Issues a link and shows it on the page (never in a URL, so never in a redirect).
pub async fn manage_issue(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = GroupAccess::load(&state, &slug, user.caller()).await?;
    let id = PlaceholderId::parse(&id).map_err(|_| AppError::not_found())?;
    let fresh = issue_for(&state, &access, id).await?;
    placeholders_page(&req, &state, &access, Some(fresh)).await
}
