//! Claim links for placeholder members imported from Meetup.com: `/claim/{token}` shows who
//! the placeholder is; a signed-in person's POST attaches the history to their account (a
//! membership of the group, their past RSVPs) and uses the link up. Organizers list a group's
//! placeholders and issue a link for one through the API; `muster import meetup-claim-links`
//! issues them in bulk.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_core::{
    Timestamp,
    event::{Attendance, RsvpStatus, seats_for},
    id::{PlaceholderId, RsvpId, UserId},
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
    secrets::{RandomUnavailable, SecretToken},
};
use muster_db::{
    DbConnection, DbError, audit, events, groups,
    memberships::{self, MembershipRow},
    placeholders::{self, PlaceholderRow},
    rsvps::{self, RsvpRow},
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    account::pages::{EmptyForm, confirm_page, message_page},
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, PageError},
    groups::{GroupAccess, pages::GroupHeader},
    pages::{PageContext, no_referrer, render, see_other},
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

/// Mints a fresh claim token for an unclaimed placeholder (replacing any earlier one) and
/// returns its link; `Ok(None)` if the placeholder is gone or claimed.
pub fn issue(
    c: &mut DbConnection,
    placeholder: PlaceholderId,
    base_url: &str,
    now: Timestamp,
) -> Result<Result<Option<String>, RandomUnavailable>, DbError> {
    let token = match SecretToken::generate("") {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    if !placeholders::set_claim_token(c, placeholder, &token.digest(), now)? {
        return Ok(Ok(None));
    }
    Ok(Ok(Some(format!(
        "{}/claim/{}",
        base_url.trim_end_matches('/'),
        token.expose()
    ))))
}

/// A placeholder as its claim page shows it.
struct Claimable {
    placeholder: PlaceholderRow,
    group_name: String,
    went: usize,
}

async fn claimable(state: &AppState, token: &str) -> Result<Claimable, AppError> {
    let digest = SecretToken::from_presented(token).digest();
    state
        .db
        .read(move |c| {
            let Some(placeholder) = placeholders::find_by_token(c, &digest)? else {
                return Ok(None);
            };
            let Some(group) = groups::find(c, placeholder.group_id)? else {
                return Ok(None);
            };
            let went = placeholders::rsvps_of(c, placeholder.id)?
                .iter()
                .filter(|r| r.status() == RsvpStatus::Going)
                .count();
            Ok(Some(Claimable {
                placeholder,
                group_name: group.name,
                went,
            }))
        })
        .await?
        .ok_or_else(unusable)
}

/// An unknown, forged, replaced or used link.
fn unusable() -> AppError {
    AppError::new(
        StatusCode::NOT_FOUND,
        "claim_link_unusable",
        "This claim link is not valid: it was used already, replaced by a newer one, or never existed. Ask the group's organizers for a new link.",
    )
}

fn events_text(n: usize) -> String {
    match n {
        1 => "1 event".to_owned(),
        n => format!("{n} events"),
    }
}

pub async fn claim_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let found = claimable(&state, &token).await?;
    let who = format!(
        "{} of {} on Meetup.com, who went to {} of the group's meetups.",
        found.placeholder.name,
        found.group_name,
        events_text(found.went)
    );
    let here = format!("/claim/{token}");
    let mut response = if user.0.is_some() {
        confirm_page(
            &req,
            &state,
            "Is this you?",
            &format!(
                "This link is for {who} Claiming it makes you a member of {} and adds those meetups to your account.",
                found.group_name
            ),
            here,
            "Yes, this is me: claim my history",
        )?
    } else {
        let next = url::form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
        let login = format!("/account/login?next={next}");
        message_page(
            &req,
            &state,
            StatusCode::OK,
            "Is this you?",
            &format!("This link is for {who} Log in (or sign up) to claim this history."),
            Some((&login, "Log in to claim")),
        )?
    };
    no_referrer(&mut response);
    Ok(response)
}

/// The most hosts an event lists.
const MAX_HOSTS: usize = 5;

/// What a claim did.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub group_slug: String,
    /// Past RSVPs added to the account.
    pub added: usize,
    /// Events the person had answered already (their own answer kept).
    pub kept: usize,
}

/// Attaches a placeholder's history to `user`, in one transaction: an active membership
/// (the code of conduct still to accept; a ban stays a ban), each placeholder answer as the
/// person's RSVP unless they answered that event themselves, and the link used up.
pub fn claim(
    c: &mut DbConnection,
    token_digest: &str,
    user: UserId,
    now: Timestamp,
) -> Result<Claimed, AppError> {
    let Some(placeholder) = placeholders::find_by_token(c, token_digest)? else {
        return Err(unusable());
    };
    let Some(group) = groups::find(c, placeholder.group_id)? else {
        return Err(unusable());
    };
    if !placeholders::mark_claimed(c, placeholder.id, user, now)? {
        return Err(unusable());
    }
    match memberships::find(c, group.id, user)? {
        Some(m) if m.status() == MembershipStatus::Banned => {
            return Err(
                AppError::forbidden("You cannot take part in this group.").with_code("banned")
            );
        }
        Some(m) if m.status() == MembershipStatus::Active => {}
        Some(m) => {
            memberships::transition(
                c,
                group.id,
                user,
                m.status(),
                MembershipStatus::Active,
                Role::Member,
                now,
            )?;
        }
        None => {
            let mut row =
                MembershipRow::new(group.id, user, Role::Member, MembershipStatus::Active, now);
            // Member since they joined on Meetup.
            row.created_at = placeholder.joined_at.map_or(now, |t| t.min(now));
            memberships::insert(c, &row)?;
        }
    }
    groups::refresh_member_count(c, group.id)?;
    let (mut added, mut kept) = (0, 0);
    for answer in placeholders::rsvps_of(c, placeholder.id)? {
        if answer.host {
            // They hosted it on Meetup: they host it here (within the usual five).
            let mut hosts = events::host_ids(c, answer.event_id)?;
            if !hosts.contains(&user) && hosts.len() < MAX_HOSTS {
                hosts.push(user);
                events::set_hosts(c, answer.event_id, &hosts)?;
            }
        }
        if rsvps::find(c, answer.event_id, user)?.is_some() {
            kept += 1;
            continue;
        }
        let status = answer.status();
        let when = answer.rsvped_at.unwrap_or(now);
        placeholders::insert_claimed_rsvp(
            c,
            &RsvpRow {
                id: RsvpId::new(),
                event_id: answer.event_id,
                user_id: user,
                status: status.as_str().to_owned(),
                guests: answer.guests,
                answer: String::new(),
                waitlist_position: (status == RsvpStatus::Waitlisted).then(|| when.unix_seconds()),
                attendance: Attendance::Unknown.as_str().to_owned(),
                checked_in_at: None,
                created_at: when,
                updated_at: now,
            },
        )?;
        if status == RsvpStatus::Going {
            placeholders::add_seats(c, answer.event_id, seats_for(answer.guests))?;
        }
        added += 1;
    }
    audit::record(
        c,
        group.id,
        Some(user),
        "meetup_placeholder_claimed",
        None,
        &format!(
            "{} (Meetup member {}): {added} past RSVPs added, {kept} kept",
            placeholder.name, placeholder.meetup_id
        ),
        now,
    )?;
    Ok(Claimed {
        group_slug: group.slug,
        added,
        kept,
    })
}

pub async fn claim_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let digest = SecretToken::from_presented(&token).digest();
    let user_id = user.user().id;
    let now = state.now();
    let claimed = state
        .db
        .transaction(move |c| claim(c, &digest, user_id, now))
        .await?;
    tracing::info!(user = %user_id, added = claimed.added, kept = claimed.kept, "placeholder claimed");
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

async fn organizer_access(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> Result<GroupAccess, AppError> {
    let access = GroupAccess::load(state, slug, Some(&user.0)).await?;
    access.check(Action::Use(Capability::ModerateMembers))?;
    Ok(access)
}

/// The group's placeholder members imported from Meetup.com (organizers only).
#[utoipa::path(
    get, path = "/api/v1/groups/{slug}/placeholders", tag = "membership",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<PlaceholderView>), (status = 403, body = crate::openapi::ErrorBody), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let access = organizer_access(&state, &slug, &user).await?;
    let id = access.group.id;
    let rows = state.db.read(move |c| placeholders::list(c, id)).await?;
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

/// Issues a fresh link for a placeholder of `group`, with an audit entry; the error says why not.
async fn issue_for(
    state: &AppState,
    group: muster_core::id::GroupId,
    id: PlaceholderId,
    actor: UserId,
) -> Result<(String, String), AppError> {
    let base_url = state.config.base_url.clone();
    let now = state.now();
    state
        .db
        .transaction(move |c| {
            let name = match placeholders::find(c, id)? {
                Some(p) if p.group_id == group => p.name,
                _ => return Err(AppError::not_found()),
            };
            let url = match issue(c, id, &base_url, now)? {
                Ok(Some(url)) => url,
                Ok(None) => {
                    return Err(AppError::conflict(
                        "already_claimed",
                        "This person has claimed their history already.",
                    ));
                }
                Err(e) => return Err(AppError::internal(e)),
            };
            audit::record(
                c,
                group,
                Some(actor),
                "meetup_claim_link_issued",
                None,
                &name,
                now,
            )?;
            Ok((name, url))
        })
        .await
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
    let access = organizer_access(&state, &slug, &user).await?;
    let id = PlaceholderId::parse(&id).map_err(|_| AppError::not_found())?;
    let group = access.group.id;
    let (_, issued) = issue_for(&state, group, id, user.user().id).await?;
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
    status: &'static str,
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
    let id = access.group.id;
    let rows = state.db.read(move |c| placeholders::list(c, id)).await?;
    let mut response = render(&PlaceholdersPage {
        page: PageContext::new(req, state),
        g: GroupHeader::of(access, state),
        tab: "manage",
        rows: rows
            .into_iter()
            .map(|(row, events)| PlaceholderLine {
                id: row.id.to_string(),
                status: match (row.claimed_by.is_some(), row.claim_token_hash.is_some()) {
                    (true, _) => "claimed",
                    (false, true) => "link sent",
                    (false, false) => "no link yet",
                },
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
    let access = organizer_access(&state, &slug, &user).await?;
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
    let access = organizer_access(&state, &slug, &user).await?;
    let id = PlaceholderId::parse(&id).map_err(|_| AppError::not_found())?;
    let fresh = issue_for(&state, access.group.id, id, user.user().id).await?;
    placeholders_page(&req, &state, &access, Some(fresh)).await
}
