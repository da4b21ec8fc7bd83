//! Events: scheduling (one-off and recurring), RSVPs with capacity and a fair waitlist,
//! organizers' attendee management and check-in, talks and comments — as the JSON API and as
//! HTML pages.
//!
//! One file per capability, each holding its JSON API handlers (under `/api/v1`) and its HTML
//! page handlers (under `/g/{slug}/events/…`), their request and response types and their
//! routes — the same slices as `muster_app::events`, which holds every rule:
//!
//! - [`schedule`]: creating, editing, publishing, cancelling and deleting an event;
//! - [`listing`]: a group's events; [`event_page`]: one event (its page and its JSON);
//! - [`series`]: recurring series; [`rsvp`]: answering; [`attendees`]: the organizers' list,
//!   moves and CSV; [`checkin`]: attendance at the door; [`talks`]: the agenda;
//!   [`comments`];
//! - shared: [`views`] (the JSON views of an event), [`cards`] (how events show in HTML lists
//!   and organizer pages), [`fields`] (an event's fields as a JSON body and as a form),
//!   [`discovery`] (structured data and "add to calendar" links).
//!
//! Every event route loads an [`EventAccess`] (the event, its group, the caller and their
//! membership); visibility follows the group (a private group's events are 404 to outsiders)
//! and drafts are 404 to everyone who cannot manage events.

pub mod attendees;
pub mod cards;
pub mod checkin;
pub mod comments;
pub mod discovery;
pub mod event_page;
pub mod fields;
pub mod listing;
pub mod nearby;
pub mod photos;
pub mod rsvp;
pub mod schedule;
pub mod series;
pub mod talks;
pub mod views;

use actix_web::http::StatusCode;
use muster_app::events::EventAccess;

use crate::{
    auth::{CurrentUser, MaybeUser},
    error::AppError,
    routes::{Access, RouteTable},
    state::AppState,
};

/// Every event route. Ids in page routes are UUIDs: the patterns say so, so that
/// `…/events/{id}.ics`-style siblings and literal segments (`new`, `add`) never fall into an
/// id route.
pub fn routes(table: &mut RouteTable<'_>) {
    shared_paths(table);
    listing::routes(table);
    nearby::routes(table);
    schedule::routes(table);
    series::routes(table);
    event_page::routes(table);
    rsvp::routes(table);
    attendees::routes(table);
    checkin::routes(table);
    talks::routes(table);
    comments::routes(table);
    photos::routes(table);
}

/// Paths whose methods belong to different files, registered once: the first resource that
/// matches a path answers every method on it (405 for those it lacks).
fn shared_paths(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/groups/{slug}/events")
        .get(Access::Public, listing::list)
        .post(Access::Verified, schedule::create)
        .done();
    table
        .resource("/api/v1/events/{id}")
        .get(Access::Public, event_page::get)
        .patch(Access::Authenticated, schedule::update)
        .delete(Access::Authenticated, schedule::delete)
        .done();
}

// ----------------------------------------------------------------------------- loading

/// The event, for the JSON API (by id alone).
async fn event_for(state: &AppState, id: &str, user: &MaybeUser) -> Result<EventAccess, AppError> {
    EventAccess::load(state, id, user.caller()).await
}

async fn event_for_user(
    state: &AppState,
    id: &str,
    user: &CurrentUser,
) -> Result<EventAccess, AppError> {
    EventAccess::load(state, id, user.caller()).await
}

/// The event, for a page (under its group's slug).
async fn event_in_group(
    state: &AppState,
    slug: &str,
    id: &str,
    user: &MaybeUser,
) -> Result<EventAccess, AppError> {
    EventAccess::load_in_group(state, slug, id, user.caller()).await
}

/// The event, for someone who manages the group's events (403 for other members).
async fn managed(
    state: &AppState,
    slug: &str,
    id: &str,
    user: &MaybeUser,
) -> Result<EventAccess, AppError> {
    let access = event_in_group(state, slug, id, user).await?;
    access.check_manage()?;
    Ok(access)
}

// ----------------------------------------------------------------------------- refusals on pages

/// Errors a page shows in place, keeping the page around them (a full event, closed RSVPs,
/// a refused step), rather than replacing it with an error page.
fn shown_in_place(error: &AppError) -> bool {
    matches!(
        crate::error::status(error),
        StatusCode::FORBIDDEN | StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY
    )
}

/// A form's general message: the error's own, unless it names fields (those are shown at the
/// fields themselves).
fn form_message(error: Option<&AppError>) -> String {
    error
        .filter(|e| e.fields.is_empty())
        .map(|e| e.message.clone())
        .unwrap_or_default()
}
