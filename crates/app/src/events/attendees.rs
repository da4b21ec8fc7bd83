//! Organizers' side of the answers: moving people between going, the waitlist and not
//! going, check-in at the door, and the attendee list.

use muster_core::{
    event::{self, Attendance, EventStatus, RsvpStatus},
    id::UserId,
};
use muster_db::{
    audit,
    events::{self},
    rsvps::{self, Target},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::EventAccess;
use super::{
    fields::all_active_members,
    rsvp::{RsvpOutcome, seats_error},
};
use crate::{App, AppError, ErrorCode, notices::ReadBefore};
use muster_core::fields::FieldErrors;

/// An organizer moves someone between going, the waitlist and not going, or adds a member.
/// "Going" needs free seats (capacity is never exceeded); the waitlist is joined at the back.
pub async fn manage_rsvp(
    app: &App,
    access: &EventAccess,
    user: &str,
    status: &str,
    guests: Option<i64>,
) -> Result<RsvpOutcome, AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Published {
        return Err(AppError::conflict(
            ErrorCode::EventNotOpen,
            "RSVPs can only be managed for published events.",
        ));
    }
    let user = UserId::parse(user).map_err(|_| AppError::not_found())?;
    let mut f = FieldErrors::default();
    let status = f.check("status", RsvpStatus::parse(status));
    // `None`: keep the person's guests (within the allowance); a number sets them, 0 too.
    let guests = match guests {
        None => Some(None),
        Some(g) => f
            .check("guests", event::guests(g, access.event.guest_limit))
            .map(Some),
    };
    f.finish()?;
    let (Some(status), Some(guests)) = (status, guests) else {
        return Err(AppError::internal("validated RSVP missing"));
    };
    let now = app.now();
    let (id, group) = (access.event.id, access.group.group.clone());
    let actor = access.group.user()?.id;
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            let Some(event) = events::lock(c, id)? else {
                return Err(AppError::not_found());
            };
            let existing = rsvps::find(c, id, user)?;
            let member = all_active_members(c, &group, &[user])?;
            if !member && status != RsvpStatus::NotGoing {
                return Err(AppError::invalid_field(
                    "user_id",
                    "Only members of the group can be added.".to_owned(),
                ));
            }
            if existing.is_none() && !member {
                return Err(AppError::not_found());
            }
            let guests = guests.unwrap_or_else(|| {
                existing
                    .as_ref()
                    .map_or(0, |r| r.guests.min(event.guest_limit))
            });
            let target = match status {
                RsvpStatus::Going => Target::Going {
                    guests,
                    answer: None,
                    or_wait: false,
                },
                RsvpStatus::Waitlisted => Target::Waitlisted { guests },
                RsvpStatus::NotGoing => Target::NotGoing,
            };
            match rsvps::set(c, &event, user, target, now)? {
                Ok(changed) => {
                    // The moved person gets their answer confirmed; the promoted ones hear too.
                    notices.answered(
                        c,
                        &event,
                        &group,
                        user,
                        &ReadBefore::default(),
                        &changed,
                        now,
                    )?;
                    audit::record(
                        c,
                        AuditEntry::new(group.id, AuditAction::RsvpChanged)
                            .by(Some(actor))
                            .about(Some(user))
                            .detail(&format!("{}: {}", event.title, status.as_str())),
                        now,
                    )?;
                    Ok(RsvpOutcome::from(&changed))
                }
                Err(refusal) => Err(seats_error(refusal)),
            }
        })
        .await
}

/// Marks whether someone came.
pub async fn set_attendance(
    app: &App,
    access: &EventAccess,
    user: &str,
    attendance: &str,
) -> Result<(), AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Published {
        return Err(AppError::conflict(
            ErrorCode::EventNotOpen,
            "Attendance is recorded for published events only.",
        ));
    }
    let user = UserId::parse(user).map_err(|_| AppError::not_found())?;
    let attendance =
        Attendance::parse(attendance).map_err(|e| AppError::invalid_field("attendance", e.0))?;
    let (id, now) = (access.event.id, app.now());
    let marked = app
        .db
        .write(move |c| rsvps::set_attendance(c, id, user, attendance, now))
        .await?;
    if !marked {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// The organizers' view of who answered.
#[derive(Debug, Clone)]
pub struct AttendeeList {
    pub attendees: Vec<rsvps::Attendee>,
    /// How often each person did not come to this group's events.
    pub no_shows: Vec<(UserId, i64)>,
}

pub async fn attendees(app: &App, access: &EventAccess) -> Result<AttendeeList, AppError> {
    access.check_manage()?;
    let (id, group) = (access.event.id, access.group.group.id);
    app.db
        .read(move |c| {
            let attendees = rsvps::attendees(c, id)?;
            let ids: Vec<UserId> = attendees.iter().map(|a| a.rsvp.user_id).collect();
            let no_shows = rsvps::no_show_counts(c, group, &ids)?;
            Ok(AttendeeList {
                attendees,
                no_shows,
            })
        })
        .await
        .map_err(Into::into)
}
