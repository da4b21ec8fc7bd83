//! Scheduling: creating, editing, publishing, cancelling and deleting events. Every change
//! runs in one write transaction with the notices it causes.

use muster_core::{
    Timestamp,
    event::{CancelReason, EventStatus, RsvpWindow},
    id::{EventId, UserId, VenueId},
    markdown,
    policy::Action,
};
use muster_db::{
    DbConnection, DbError, audit,
    events::{self, EventChanges, EventRow},
    groups::{self, GroupRow},
    rsvps, series,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::EventAccess;
use super::{
    fields::{
        EventFields, EventState, WindowInput, check_hosts, daily_event_limit, default_host,
        fields_of, validate,
    },
    series::{apply_to_following, same_day},
};
use crate::{
    App, AppError, ErrorCode, federation::EventActivity, groups::GroupAccess, notices::Notices,
};

/// Withdraws a person from the group's upcoming events (they left, were removed or banned),
/// promoting each waitlist and telling the promoted. Call inside the writing transaction.
pub(crate) fn withdraw_member(
    conn: &mut DbConnection,
    notices: &Notices,
    group: &GroupRow,
    user: UserId,
    now: Timestamp,
) -> Result<(), DbError> {
    let email = muster_db::users::find(conn, user)?.map(|u| u.email);
    for (event, promoted) in rsvps::withdraw_from_group(conn, group.id, user, now)? {
        notices.promotions(conn, &event, group, &promoted, Some(user), None, now)?;
        if let Some(email) = &email {
            crate::notices::drop_personal(conn, &event, email, now)?;
        }
    }
    Ok(())
}

pub(crate) fn new_row(
    state: &EventState,
    group: &GroupRow,
    creator: UserId,
    draft: bool,
    now: Timestamp,
) -> EventRow {
    EventRow {
        id: EventId::new(),
        group_id: group.id,
        series_id: None,
        occurrence_key: None,
        title: state.title.to_string(),
        description: state.description.to_string(),
        description_html: markdown::to_safe_html(state.description.as_str()),
        starts_at: state.schedule.starts_at,
        ends_at: state.schedule.ends_at,
        timezone: state.timezone.name().to_owned(),
        venue_id: None,
        online_url: state.online_url.clone(),
        capacity: state.capacity,
        seats_taken: 0,
        guest_limit: state.guest_limit,
        rsvp_opens_at: state.window.opens_at,
        rsvp_closes_at: state.window.closes_at,
        rsvps_closed: state.rsvps_closed,
        rsvp_question: state.rsvp_question.to_string(),
        status: if draft {
            EventStatus::Draft
        } else {
            EventStatus::Published
        },
        cancel_reason: String::new(),
        sequence: 0,
        previous_starts_at: None,
        announce: state.announce,
        reminders_enabled: state.reminders_enabled,
        created_by: Some(creator),
        published_at: (!draft).then_some(now),
        created_at: now,
        updated_at: now,
        announced_at: None,
    }
}

/// Schedules an event (published unless `draft`).
pub async fn create(
    app: &App,
    access: &GroupAccess,
    input: &EventFields,
    draft: bool,
) -> Result<EventRow, AppError> {
    access.check(Action::Use(muster_core::roles::Capability::ManageEvents))?;
    let now = app.now();
    let mut valid = validate(input, &access.group, None, now)?;
    default_host(&mut valid, access)?;
    let creator = access.user()?.id;
    let group = access.group.clone();
    let mut row = new_row(&valid, &group, creator, draft, now);
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            daily_event_limit(c, creator, now)?;
            check_hosts(c, &group, &valid.hosts)?;
            if let Some(venue) = &valid.venue {
                row.venue_id = Some(events::venue_for(c, group.id, venue, now)?);
            }
            events::insert(c, &row)?;
            events::set_hosts(c, row.id, &valid.hosts)?;
            events::refresh_group_dates(c, group.id, now)?;
            audit::record(
                c,
                AuditEntry::new(
                    group.id,
                    if draft {
                        AuditAction::EventDrafted
                    } else {
                        AuditAction::EventCreated
                    },
                )
                .by(Some(creator))
                .detail(&row.title),
                now,
            )?;
            if !draft && row.announce && crate::notices::announce(c, &row, &group, now)?.is_some() {
                row.announced_at = Some(now);
            }
            notices.federate(c, &group, &row, EventActivity::Create, now)?;
            Ok(row)
        })
        .await
}

/// Which events an edit or a cancellation applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// This event only.
    #[default]
    This,
    /// This one and the later ones of its series (and the series' future occurrences).
    Following,
}

impl Scope {
    pub fn parse(text: Option<&str>) -> Result<Scope, AppError> {
        match text.map(str::trim) {
            None | Some("" | "this") => Ok(Scope::This),
            Some("following") => Ok(Scope::Following),
            Some(_) => Err(AppError::invalid_field(
                "scope",
                "Choose this (this event) or following (this and later events of the series)."
                    .to_owned(),
            )),
        }
    }
}

/// How an edit treats a capacity below the seats already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overflow {
    /// Refuse, naming the seats taken.
    #[default]
    Refuse,
    /// Move the latest RSVPs to the front of the waitlist until the rest fit.
    Waitlist,
}

/// Applies `state` to a locked `event` whose hosts are `hosts` (read under the lock): the
/// write, the venue, hosts, sequence, the window moving with the start, capacity changes and
/// promotion. `window_explicit` says whether the window was changed on purpose (else it moves
/// with the start). Returns the event as written, its seat counter included.
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_state(
    conn: &mut DbConnection,
    group: &GroupRow,
    event: &EventRow,
    hosts: &[UserId],
    state: &EventState,
    window_explicit: bool,
    overflow: Overflow,
    actor: UserId,
    notices: &Notices,
    now: Timestamp,
) -> Result<EventRow, AppError> {
    // Hosts already shown keep their place even if they have left the group since; new ones
    // must be members.
    let added: Vec<UserId> = state
        .hosts
        .iter()
        .copied()
        .filter(|h| !hosts.contains(h))
        .collect();
    check_hosts(conn, group, &added)?;
    let venue_id = match &state.venue {
        Some(v) => Some(events::venue_for(conn, group.id, v, now)?),
        None => None,
    };
    let seats_taken = make_room(conn, event, state.capacity, overflow, now)?;
    let moved_by = state.schedule.starts_at - event.starts_at;
    let window = if window_explicit || moved_by.is_zero() {
        state.window
    } else {
        event.window().shifted(moved_by)
    };
    let changes = changes_for(event, state, venue_id, window, now);
    let time_or_place_changed = changes.sequence != event.sequence;
    events::update(conn, event.id, &changes)?;
    events::set_hosts(conn, event.id, &state.hosts)?;
    let mut updated = event.clone();
    changes.apply_to(&mut updated);
    updated.seats_taken = seats_taken;
    if updated.facts().promotes(now) {
        let (promoted, taken) = rsvps::promote(conn, event.id, updated.capacity, seats_taken, now)?;
        updated.seats_taken = taken;
        notices.promotions(conn, &updated, group, &promoted, None, None, now)?;
    }
    notices.federate(conn, group, &updated, EventActivity::Update, now)?;
    if time_or_place_changed {
        notices.changed(conn, &updated, event, group, now)?;
        audit::record(
            conn,
            AuditEntry::new(group.id, AuditAction::EventChanged)
                .by(Some(actor))
                .detail(&updated.title),
            now,
        )?;
    }
    Ok(updated)
}

/// Seats taken once the capacity is `capacity`: lowering it below the seats taken is refused,
/// or (`Overflow::Waitlist`) moves the latest RSVPs to the front of the waitlist. Call with the
/// event locked (its counter is current).
fn make_room(
    conn: &mut DbConnection,
    event: &EventRow,
    capacity: Option<i32>,
    overflow: Overflow,
    now: Timestamp,
) -> Result<i32, AppError> {
    let taken = event.seats_taken;
    let Some(capacity) = capacity.filter(|c| *c < taken) else {
        return Ok(taken);
    };
    match overflow {
        Overflow::Refuse => Err(AppError::invalid_field(
            "capacity",
            format!(
                "{taken} seats are taken. Choose at least {taken}, or choose to move the \
                 latest RSVPs to the waitlist (capacity_overflow: \"waitlist\")."
            ),
        )),
        Overflow::Waitlist => {
            let (moved, taken) =
                rsvps::make_room_for_capacity(conn, event.id, taken, capacity, now)?;
            tracing::info!(event = %event.id, moved = moved.len(), "capacity lowered; RSVPs moved to the waitlist");
            Ok(taken)
        }
    }
}

/// The row's new values: the state as checked, with the window given, its `sequence` bumped
/// (for calendars) when the time or place changed and the previous start remembered when the
/// start moved.
fn changes_for(
    event: &EventRow,
    state: &EventState,
    venue_id: Option<VenueId>,
    window: RsvpWindow,
    now: Timestamp,
) -> EventChanges {
    let mut changes = EventChanges::of(event);
    changes.title = state.title.to_string();
    changes.description = state.description.to_string();
    changes.description_html = markdown::to_safe_html(state.description.as_str());
    changes.starts_at = state.schedule.starts_at;
    changes.ends_at = state.schedule.ends_at;
    changes.timezone = state.timezone.name().to_owned();
    changes.venue_id = venue_id;
    changes.online_url.clone_from(&state.online_url);
    changes.capacity = state.capacity;
    changes.guest_limit = state.guest_limit;
    changes.rsvp_opens_at = window.opens_at;
    changes.rsvp_closes_at = window.closes_at;
    changes.rsvps_closed = state.rsvps_closed;
    changes.rsvp_question = state.rsvp_question.to_string();
    changes.reminders_enabled = state.reminders_enabled;
    changes.announce = state.announce;
    changes.updated_at = now;
    let time_or_place_changed = changes.starts_at != event.starts_at
        || changes.ends_at != event.ends_at
        || changes.venue_id != event.venue_id
        || changes.online_url != event.online_url;
    if time_or_place_changed {
        changes.sequence = event.sequence + 1;
    }
    if changes.starts_at != event.starts_at {
        changes.previous_starts_at = Some(event.starts_at);
    }
    changes
}

/// Edits an event (and, with [`Scope::Following`], the later events of its series: the fields
/// that changed are applied to each, a new time of day moves each on its own date).
///
/// `edit` lays the caller's changes over the event's current fields, read with the event
/// locked: concurrent edits of different fields each keep the other's. Returns the event as
/// written.
pub async fn update<F>(
    app: &App,
    access: &EventAccess,
    edit: F,
    overflow: Overflow,
    scope: Scope,
) -> Result<EventRow, AppError>
where
    F: FnOnce(&EventFields) -> Result<EventFields, AppError> + Send + 'static,
{
    access.check_manage()?;
    if access.event.status() == EventStatus::Cancelled {
        return Err(AppError::conflict(
            ErrorCode::EventCancelled,
            "This event was cancelled; it can no longer be edited.",
        ));
    }
    let now = app.now();
    let group = access.group.group.clone();
    let actor = access.group.user()?.id;
    let id = access.event.id;
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            // Group first, then events: the order membership changes take their locks in.
            groups::lock(c, group.id)?;
            let Some(event) = events::lock(c, id)? else {
                return Err(AppError::not_found());
            };
            if event.status() == EventStatus::Cancelled {
                return Err(AppError::conflict(
                    ErrorCode::EventCancelled,
                    "This event was cancelled; it can no longer be edited.",
                ));
            }
            let venue = match event.venue_id {
                Some(v) => events::find_venue(c, v)?,
                None => None,
            };
            let hosts = events::host_ids(c, id)?;
            let before = fields_of(&event, venue.as_ref(), &hosts);
            let mut input = edit(&before)?;
            let window_explicit =
                input.rsvp_opens != before.rsvp_opens || input.rsvp_closes != before.rsvp_closes;
            if !window_explicit {
                // An RSVP window nobody touched moves with the start: check it where it goes.
                let probe = EventFields {
                    rsvp_opens: WindowInput::Unset,
                    rsvp_closes: WindowInput::Unset,
                    ..input.clone()
                };
                if let Ok(moved) = validate(&probe, &group, Some(&event), now) {
                    let window = event
                        .window()
                        .shifted(moved.schedule.starts_at - event.starts_at);
                    let at = |t: Option<Timestamp>| {
                        t.map_or(WindowInput::Unset, |t| {
                            WindowInput::At(super::rfc3339_in(t, moved.timezone))
                        })
                    };
                    input.rsvp_opens = at(window.opens_at);
                    input.rsvp_closes = at(window.closes_at);
                }
            }
            let new_state = validate(&input, &group, Some(&event), now)?;
            let old_state = validate(&before, &group, Some(&event), now)?;
            let following = match (scope, event.series_id) {
                (Scope::Following, Some(series)) => {
                    same_day(&old_state, &new_state)?;
                    Some(series)
                }
                _ => None,
            };
            // The window is already where it belongs (moved above, or as given).
            let updated = write_state(
                c, &group, &event, &hosts, &new_state, true, overflow, actor, &notices, now,
            )?;
            if let Some(series) = following {
                apply_to_following(
                    c, &group, series, &event, &old_state, &new_state, overflow, actor, &notices,
                    now,
                )?;
            }
            events::refresh_group_dates(c, group.id, now)?;
            Ok(updated)
        })
        .await
}

/// Publishes a draft (its start must still be ahead).
pub async fn publish(app: &App, access: &EventAccess) -> Result<EventRow, AppError> {
    access.check_manage()?;
    let now = app.now();
    if access.event.status() != EventStatus::Draft {
        return Err(AppError::conflict(
            ErrorCode::NotADraft,
            "Only drafts can be published; this event is already published or cancelled.",
        ));
    }
    if access.event.starts_at <= now {
        return Err(AppError::invalid_field(
            "starts_at",
            "The start is in the past: move the event before publishing it.".to_owned(),
        ));
    }
    let (id, group_row, actor) = (
        access.event.id,
        access.group.group.clone(),
        access.group.user()?.id,
    );
    let group = group_row.id;
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            groups::lock(c, group)?;
            let Some(mut event) = events::publish(c, id, now)? else {
                return Err(AppError::conflict(
                    ErrorCode::NotADraft,
                    "This event is not a draft.",
                ));
            };
            events::refresh_group_dates(c, group, now)?;
            audit::record(
                c,
                AuditEntry::new(group, AuditAction::EventPublished)
                    .by(Some(actor))
                    .detail(&event.title),
                now,
            )?;
            if event.announce && crate::notices::announce(c, &event, &group_row, now)?.is_some() {
                event.announced_at = Some(now);
            }
            notices.federate(c, &group_row, &event, EventActivity::Create, now)?;
            Ok(event)
        })
        .await
}

/// Cancels an event, keeping it visible with the reason; with [`Scope::Following`], also the
/// later events of its series, and ends the series. Returns the event as cancelled.
pub async fn cancel(
    app: &App,
    access: &EventAccess,
    reason: &str,
    scope: Scope,
) -> Result<EventRow, AppError> {
    access.check_manage()?;
    let reason = CancelReason::parse(reason).map_err(|e| AppError::invalid_field("reason", e.0))?;
    if access.event.status() == EventStatus::Cancelled {
        return Err(AppError::conflict(
            ErrorCode::EventCancelled,
            "This event is already cancelled.",
        ));
    }
    if access.event.status() == EventStatus::Draft {
        return Err(AppError::conflict(
            ErrorCode::Draft,
            "Drafts are deleted, not cancelled.",
        ));
    }
    let now = app.now();
    if access.event.ends_at <= now {
        return Err(AppError::conflict(
            ErrorCode::EventOver,
            "This event is over; it can no longer be cancelled.",
        ));
    }
    let event = access.event.clone();
    let (group_row, actor) = (access.group.group.clone(), access.group.user()?.id);
    let group = group_row.id;
    let notices = app.notices.clone();
    app.db
        .write(move |c| {
            groups::lock(c, group)?;
            let mut cancelled = None;
            let mut ids = vec![event.id];
            if let (Scope::Following, Some(series)) = (scope, event.series_id) {
                ids.extend(
                    events::following_in_series(c, series, event.starts_at)?
                        .into_iter()
                        .map(|e| e.id)
                        .filter(|id| *id != event.id),
                );
                series::end(c, series, now)?;
            }
            for id in ids {
                let locked = events::lock(c, id)?;
                // Cancelled meanwhile: it stays as it was.
                let newly = events::cancel(c, id, reason.as_str(), now)?;
                if let Some(row) = &newly {
                    notices.cancelled(c, row, &group_row, now)?;
                    notices.federate(c, &group_row, row, EventActivity::Update, now)?;
                }
                let row = newly.or(locked);
                if id == event.id {
                    cancelled = row;
                }
            }
            events::refresh_group_dates(c, group, now)?;
            audit::record(
                c,
                AuditEntry::new(group, AuditAction::EventCancelled)
                    .by(Some(actor))
                    .detail(&event.title),
                now,
            )?;
            Ok(cancelled)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// Deletes a draft.
pub async fn delete_draft(app: &App, access: &EventAccess) -> Result<(), AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Draft {
        return Err(AppError::conflict(
            ErrorCode::NotADraft,
            "Published events are cancelled, not deleted, so members can see what happened.",
        ));
    }
    let id = access.event.id;
    let deleted = app.db.write(move |c| events::delete_draft(c, id)).await?;
    if !deleted {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// Closes (or reopens) RSVPs ahead of the closing time.
pub async fn set_rsvps_closed(
    app: &App,
    access: &EventAccess,
    closed: bool,
) -> Result<(), AppError> {
    access.check_manage()?;
    let (id, now) = (access.event.id, app.now());
    app.db
        .write(move |c| events::set_rsvps_closed(c, id, closed, now))
        .await?;
    Ok(())
}
