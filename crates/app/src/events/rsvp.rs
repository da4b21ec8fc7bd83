//! A member's answer to "are you coming?": seats, the waitlist and the confirmation.
//!
//! Every change to seats runs in one write transaction that starts by locking the event row
//! (`events::lock`): the guarded seat update, the waitlist, promotion, and the "you're in"
//! emails for promoted people all commit together or not at all. Members' own answers to one
//! event that arrive together share that transaction (`Db::transaction_together`), each in a
//! savepoint of its own: a popular event takes its lock and commits once per batch of answers
//! instead of once per answer.

use std::sync::Arc;

use muster_core::{
    account::Timezone,
    event::{self, RsvpAnswer, RsvpResponse, RsvpStatus},
};
use muster_db::{
    events::{EventRow, VenueRow},
    rsvps::{self, Changed, Mine, Refusal, Target, Unanswered},
};

use super::EventAccess;
use super::fields::check_participation;
use crate::{App, AppError, ErrorCode, notices::ReadBefore};
use muster_core::fields::FieldErrors;

/// What an RSVP answer led to.
#[derive(Debug, Clone)]
pub struct RsvpOutcome {
    pub status: RsvpStatus,
    pub guests: i32,
    pub answer: String,
    /// 1-based place on the waitlist.
    pub waitlist_position: Option<i64>,
}

impl From<&Changed> for RsvpOutcome {
    fn from(changed: &Changed) -> Self {
        RsvpOutcome {
            status: changed.rsvp.status(),
            guests: changed.rsvp.guests,
            answer: changed.rsvp.answer.clone(),
            waitlist_position: changed.waitlist_rank,
        }
    }
}

pub(crate) fn refusal_error(refusal: event::RsvpRefusal, tz: Timezone) -> AppError {
    let code = match refusal {
        event::RsvpRefusal::NotPublished => ErrorCode::EventNotPublished,
        event::RsvpRefusal::Cancelled => ErrorCode::EventCancelled,
        event::RsvpRefusal::Started => ErrorCode::EventStarted,
        event::RsvpRefusal::NotOpenYet(_) => ErrorCode::RsvpsNotOpen,
        event::RsvpRefusal::Closed => ErrorCode::RsvpsClosed,
    };
    AppError::conflict(code, refusal.message(tz))
}

pub(crate) fn seats_error(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotEnoughSeats { free: 0 } => {
            AppError::conflict(ErrorCode::EventFull, "There are no free seats left.")
        }
        Refusal::NotEnoughSeats { free } => AppError::conflict(
            ErrorCode::NotEnoughSeats,
            format!(
                "Only {free} seat{} left: bring fewer guests, or answer again without guests.",
                if free == 1 { " is" } else { "s are" }
            ),
        ),
        Refusal::Stale => AppError::conflict(
            ErrorCode::ChangedMeanwhile,
            "That RSVP changed meanwhile. Reload the page and try again.",
        ),
    }
}

/// Why one attempt at an answer did not commit.
enum Retry {
    /// The person's RSVP changed between reading and writing it: try again.
    Stale,
    Failed(AppError),
}

impl<E: Into<AppError>> From<E> for Retry {
    fn from(error: E) -> Self {
        Retry::Failed(error.into())
    }
}

/// The caller answers "are you coming?". Members only, with the current code of conduct
/// accepted; a "yes" on a full event joins the waitlist. Idempotent.
pub async fn rsvp(
    app: &App,
    access: &EventAccess,
    response: &str,
    guests: Option<i64>,
    answer: Option<&str>,
) -> Result<RsvpOutcome, AppError> {
    let venue = match access.event.venue_id {
        Some(v) => {
            app.db
                .read_quick(move |c| muster_db::events::find_venue(c, v))
                .await?
        }
        None => None,
    };
    let first = ReadFirst {
        venue,
        mine: Mine::ReadNow,
    };
    rsvp_after(app, access, first, response, guests, answer).await
}

/// What an answer reads before it takes the event's lock (a short lock is what makes one
/// popular event fast): the event's venue, which the confirmation shows (used if it is still
/// the event's), and perhaps the person's RSVP (written over only if it is still what was
/// read).
#[derive(Debug)]
pub struct ReadFirst {
    pub venue: Option<VenueRow>,
    pub mine: Mine,
}

/// [`rsvp`] for a caller who read [`ReadFirst`] with the event
/// ([`EventAccess::load_for_answer`]).
pub async fn rsvp_after(
    app: &App,
    access: &EventAccess,
    first: ReadFirst,
    response: &str,
    guests: Option<i64>,
    answer: Option<&str>,
) -> Result<RsvpOutcome, AppError> {
    check_participation(&access.group)?;
    let mut f = FieldErrors::default();
    let response = f.check("response", RsvpResponse::parse(response));
    let guests = f.check(
        "guests",
        event::guests(guests.unwrap_or(0), access.event.guest_limit),
    );
    let answer = match answer {
        Some(text) => f
            .check("answer", RsvpAnswer::parse(text))
            .map(|a| Some(a.to_string())),
        None => Some(None),
    };
    f.finish()?;
    let (Some(response), Some(guests), Some(answer)) = (response, guests, answer) else {
        return Err(AppError::internal("validated RSVP missing"));
    };
    // No question, no answer: nothing stored that organizers did not ask for.
    let answer = if access.event.rsvp_question.is_empty() {
        Some(String::new())
    } else {
        answer
    };
    let now = app.now();
    let (id, user, group) = (
        access.event.id,
        access.group.user()?.id,
        access.group.group.clone(),
    );
    let target = match response {
        RsvpResponse::Yes => Target::Going {
            guests,
            answer,
            or_wait: true,
        },
        RsvpResponse::No => Target::NotGoing,
    };
    // The person is the caller.
    let known = Arc::new(ReadBefore {
        person: access.group.user.clone(),
        venue: first.venue,
    });
    // On PostgreSQL the answer starts from the person's RSVP read with the event; if it
    // changed since (a second request of theirs committed in between, or the waitlist moved
    // them), `rsvps::answer` reads it again under the lock and makes the answer again; should
    // even that find it changed, the answer is made in a transaction of its own. On SQLite,
    // in the process, the read under the lock costs less than making answers again now and
    // then; on PostgreSQL each statement under the lock is a round trip the others wait for.
    // The free seats as read with the event: a "yes" to an event that was full then only
    // locks it, and the plan made under the lock decides.
    let free_before = access
        .event
        .capacity
        .map(|capacity| i64::from(capacity) - i64::from(access.event.seats_taken));
    let mut mine = match app.db.backend() {
        muster_db::Backend::Postgres => first.mine,
        muster_db::Backend::Sqlite => Mine::ReadNow,
    };
    for _ in 0..3 {
        let mine = std::mem::replace(&mut mine, Mine::ReadNow);
        let (target, group, notices) = (target.clone(), group.clone(), app.notices.clone());
        let known = known.clone();
        let outcome = app
            .db
            .transaction_together(id, move |c| {
                let admit = |event: &EventRow| {
                    let facts = event.facts();
                    match response {
                        RsvpResponse::Yes => facts.may_say_yes(now),
                        RsvpResponse::No => facts.may_say_no(now),
                    }
                    .map_err(|refusal| refusal_error(refusal, event.timezone()))
                };
                let answered = rsvps::answer(c, id, user, mine, target, free_before, now, admit)?;
                match answered {
                    Ok((event, changed)) => {
                        notices.answered(c, &event, &group, user, &known, &changed, now)?;
                        Ok(RsvpOutcome::from(&changed))
                    }
                    Err(Unanswered::Missing) => Err(AppError::not_found().into()),
                    Err(Unanswered::NotAdmitted(error)) => Err(error.into()),
                    Err(Unanswered::Refused(Refusal::Stale)) => Err(Retry::Stale),
                    Err(Unanswered::Refused(refusal)) => Err(seats_error(refusal).into()),
                }
            })
            .await;
        match outcome {
            Ok(answered) => return Ok(answered),
            Err(Retry::Failed(error)) => return Err(error),
            Err(Retry::Stale) => continue,
        }
    }
    Err(seats_error(Refusal::Stale))
}
