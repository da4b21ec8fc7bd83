//! Answering "are you coming?": `PUT /api/v1/events/{id}/rsvp` and the RSVP box on the event
//! page. A "yes" on a full event joins the waitlist; a "no" frees seats for the first waiting
//! person who fits (the rules are `muster_app::events::rsvp`'s).

use actix_web::{HttpRequest, HttpResponse, web};
use muster_app::{
    events::{EventAccess, rsvp::RsvpOutcome},
    groups::GroupAccess,
};
use muster_core::{
    Timestamp,
    event::{EventStatus, Phase, RsvpStatus},
    policy::MembershipStatus,
};
use muster_db::events::EventRow;
use muster_i18n::Locale;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{
    event_in_group,
    event_page::{Spot, refused},
    views::RsvpView,
};
use crate::{
    auth::{CurrentUser, MaybeUser},
    csrf::CsrfForm,
    error::{ApiError, AppError, ErrorCode, PageError},
    extract::ApiJson,
    pages::see_other,
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/events/{id}/rsvp")
        .get(Access::Authenticated, my_rsvp)
        .put(Access::Verified, rsvp)
        .done();
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}/rsvp")
        .post(Access::Verified, rsvp_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RsvpBody {
    /// `yes` or `no`.
    pub response: String,
    /// Guests coming along (within the event's allowance).
    pub guests: Option<i64>,
    /// The answer to the event's question (organizers only see it).
    pub answer: Option<String>,
}

/// Answer "are you coming?". Idempotent: the same answer twice changes nothing. A "yes" on a
/// full event joins the waitlist; a "no" frees the seats for the first waiting person who fits.
#[utoipa::path(
    put, path = "/api/v1/events/{id}/rsvp", tag = "rsvps", request_body = RsvpBody,
    params(("id" = String, Path)),
    responses(
        (status = 200, body = RsvpView),
        (status = 403, body = crate::openapi::ErrorBody, description = "Banned, or email not verified"),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 409, body = crate::openapi::ErrorBody, description = "Not a member, code of conduct not accepted, RSVPs closed, not enough seats for the guests"),
        (status = 422, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn rsvp(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: ApiJson<RsvpBody>,
) -> Result<HttpResponse, ApiError> {
    let (access, first) = EventAccess::load_for_answer(&state, &id, &user.0.user).await?;
    let body = body.0;
    let outcome = muster_app::events::rsvp::rsvp_after(
        &state,
        &access,
        first,
        &body.response,
        body.guests,
        body.answer.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(RsvpView::of(&outcome, &access.event)))
}

/// The caller's RSVP (404 `no_rsvp` when they have not answered).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/rsvp", tag = "rsvps",
    params(("id" = String, Path)),
    responses((status = 200, body = RsvpView), (status = 404, body = crate::openapi::ErrorBody)),
    security(("session" = []), ("bearer" = []))
)]
pub async fn my_rsvp(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (access, mine) = EventAccess::load_with_mine(&state, &id, user.caller()).await?;
    match mine.as_ref() {
        Some(mine) => Ok(HttpResponse::Ok().json(RsvpView::of(mine, &access.event))),
        None => Err(AppError::not_found().with_code(ErrorCode::NoRsvp).into()),
    }
}

// ----------------------------------------------------------------------------- page

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RsvpForm {
    response: String,
    guests: Option<String>,
    answer: Option<String>,
}

pub async fn rsvp_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<RsvpForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let access = event_in_group(&state, &slug, &id, &user).await?;
    let form = form.0;
    let guests = match form.guests.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse::<i64>()
            .map(Some)
            .map_err(|_| AppError::invalid_field("guests", "Choose a number of guests.")),
    };
    let outcome = match guests {
        Ok(guests) => {
            muster_app::events::rsvp::rsvp(
                &state,
                &access,
                &form.response,
                guests,
                form.answer.as_deref(),
            )
            .await
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(outcome) => {
            let notice = match outcome.status {
                RsvpStatus::Going => "rsvp_going",
                RsvpStatus::Waitlisted => "rsvp_waitlisted",
                RsvpStatus::NotGoing => "rsvp_not_going",
            };
            Ok(see_other(&format!(
                "{}?notice={notice}#rsvp",
                access.path()
            )))
        }
        Err(error) => {
            let spot = Spot::Rsvp {
                guests: form.guests.as_deref().and_then(|g| g.trim().parse().ok()),
                answer: form.answer,
            };
            refused(&req, &state, &access, error, spot).await
        }
    }
}

// ----------------------------------------------------------------------------- on the event page

/// What the RSVP box offers the viewer: `login`, `verify`, `banned`, `pending`, `conduct`
/// (accept the changed code first), `form` (they may answer), `invite` or `join`.
pub(super) fn rsvp_kind(g: &GroupAccess) -> &'static str {
    let membership = g.membership.as_ref().map(|m| m.status());
    match g.user.as_deref() {
        None => "login",
        Some(u) if !u.is_verified() => "verify",
        Some(_) => match membership {
            Some(MembershipStatus::Banned) => "banned",
            Some(MembershipStatus::Pending) => "pending",
            Some(MembershipStatus::Active) if g.needs_conduct() => "conduct",
            Some(MembershipStatus::Active) => "form",
            _ if g.group.join_mode() == muster_core::group::JoinMode::Invite => "invite",
            _ => "join",
        },
    }
}

/// The RSVP box: the viewer's answer in words, the answers open to them, and the guests and
/// answer to preselect (a refused form's, else their RSVP's).
pub(super) struct RsvpBox {
    pub mine: String,
    pub mine_status: String,
    pub may_yes: bool,
    pub may_no: bool,
    pub yes_label: String,
    /// 0..=guest_limit, with the one to preselect.
    pub guest_choices: Vec<(i32, bool)>,
    pub answer: String,
}

pub(super) fn rsvp_box(
    e: &EventRow,
    mine: Option<&RsvpOutcome>,
    now: Timestamp,
    guests: Option<i64>,
    answer: Option<String>,
    lang: Locale,
) -> RsvpBox {
    let facts = e.facts();
    let mine_status = mine.map(|m| m.status);
    let may_yes = facts.may_say_yes(now).is_ok();
    // "No" for people holding or waiting for a seat, and as the other answer while "yes" is
    // possible; nobody is asked to decline an event they cannot attend anyway.
    let may_no = facts.may_say_no(now).is_ok()
        && match mine_status {
            Some(RsvpStatus::Going | RsvpStatus::Waitlisted) => true,
            Some(RsvpStatus::NotGoing) => false,
            None => may_yes,
        };
    let tr = |key: &str| muster_i18n::tr(lang, key);
    let mine_text = match mine {
        // Kept for the record, in the past tense: nobody is expected at a cancelled event.
        Some(m) if e.status() == EventStatus::Cancelled => match m.status {
            RsvpStatus::Going => tr("event-mine-had-going"),
            RsvpStatus::Waitlisted => tr("event-mine-had-waiting"),
            RsvpStatus::NotGoing => tr("event-mine-had-not-going"),
        },
        Some(m) if m.status == RsvpStatus::Going => match m.guests {
            0 => tr("event-mine-going"),
            n => muster_i18n::tr_args(lang, "event-mine-going-guests", &[("count", &n)]),
        },
        Some(m) if m.status == RsvpStatus::Waitlisted => match m.waitlist_position {
            Some(p) => muster_i18n::tr_args(lang, "event-mine-waiting-at", &[("position", &p)]),
            None => tr("event-mine-waiting"),
        },
        Some(_) => tr("event-mine-not-going"),
        None => String::new(),
    };
    let yes_label = tr(match (mine_status, facts.phase(now)) {
        (Some(RsvpStatus::Going | RsvpStatus::Waitlisted), _) => "event-rsvp-update",
        (_, Phase::Full) => "event-rsvp-join-waitlist",
        _ => "event-rsvp-yes",
    });
    RsvpBox {
        mine: mine_text,
        mine_status: mine_status
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
        may_yes,
        may_no,
        yes_label,
        guest_choices: {
            let chosen = guests.unwrap_or_else(|| mine.map_or(0, |m| i64::from(m.guests)));
            (0..=e.guest_limit)
                .map(|n| (n, i64::from(n) == chosen))
                .collect()
        },
        answer: answer.unwrap_or_else(|| mine.map(|m| m.answer.clone()).unwrap_or_default()),
    }
}
