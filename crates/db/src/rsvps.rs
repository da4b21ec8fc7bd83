//! RSVPs: seats, the waitlist and promotion.
//!
//! Every change here runs inside a write transaction that began with [`events::lock`], so on
//! either backend one event's RSVPs are changed one transaction at a time. Seats are taken
//! with a guarded update (`seats_taken + n <= capacity`), never by counting first; when a seat
//! frees, [`promote`] gives it to the first waiting person who fits, in the same transaction.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    event::{Attendance, EventStatus, RsvpStatus, Waiting, first_who_fits, seats_for},
    id::{EventId, GroupId, RsvpId, UserId},
};

use crate::{
    DbConnection, DbError,
    events::{self, EventRow},
    schema::{events as events_table, memberships, rsvps, users},
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = rsvps)]
pub struct RsvpRow {
    pub id: RsvpId,
    pub event_id: EventId,
    pub user_id: UserId,
    pub status: String,
    pub guests: i32,
    pub answer: String,
    /// Arrival order on the waitlist (smaller is earlier); `None` unless waitlisted.
    pub waitlist_position: Option<i64>,
    pub attendance: String,
    pub checked_in_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl RsvpRow {
    pub fn status(&self) -> RsvpStatus {
        RsvpStatus::parse(&self.status).unwrap_or(RsvpStatus::NotGoing)
    }

    pub fn attendance(&self) -> Attendance {
        Attendance::parse(&self.attendance).unwrap_or(Attendance::Unknown)
    }

    /// Seats this RSVP takes (or wants).
    pub fn seats(&self) -> i32 {
        seats_for(self.guests)
    }
}

pub fn find(
    conn: &mut DbConnection,
    event: EventId,
    user: UserId,
) -> Result<Option<RsvpRow>, DbError> {
    Ok(rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::user_id.eq(user))
        .select(RsvpRow::as_select())
        .first(conn)
        .optional()?)
}

/// Takes `n` seats if they are free: the database decides, so concurrent takers never
/// oversell. True if taken.
fn take_seats(conn: &mut DbConnection, event: EventId, n: i32) -> Result<bool, DbError> {
    Ok(diesel::update(
        events_table::table.find(event).filter(
            events_table::capacity
                .is_null()
                .or((events_table::seats_taken + n).le(events_table::capacity.assume_not_null())),
        ),
    )
    .set(events_table::seats_taken.eq(events_table::seats_taken + n))
    .execute(conn)?
        == 1)
}

/// Gives back `n` seats. The `seats_taken >= 0` CHECK turns a bookkeeping error into a failed
/// transaction instead of a silent miscount.
fn release_seats(conn: &mut DbConnection, event: EventId, n: i32) -> Result<(), DbError> {
    if n > 0 {
        diesel::update(events_table::table.find(event))
            .set(events_table::seats_taken.eq(events_table::seats_taken - n))
            .execute(conn)?;
    }
    Ok(())
}

fn seats_now(conn: &mut DbConnection, event: EventId) -> Result<(Option<i32>, i32), DbError> {
    Ok(events_table::table
        .find(event)
        .select((events_table::capacity, events_table::seats_taken))
        .first(conn)?)
}

fn waitlist_bound(conn: &mut DbConnection, event: EventId, back: bool) -> Result<i64, DbError> {
    let waiting = || {
        rsvps::table
            .filter(rsvps::event_id.eq(event))
            .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
    };
    Ok(if back {
        let max: Option<i64> = waiting()
            .select(diesel::dsl::max(rsvps::waitlist_position))
            .first(conn)?;
        max.map_or(1, |m| m + 1)
    } else {
        let min: Option<i64> = waiting()
            .select(diesel::dsl::min(rsvps::waitlist_position))
            .first(conn)?;
        min.map_or(1, |m| m - 1)
    })
}

/// The 1-based place of `position` on the event's waitlist.
pub fn rank(conn: &mut DbConnection, event: EventId, position: i64) -> Result<i64, DbError> {
    Ok(rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .filter(rsvps::waitlist_position.le(position))
        .count()
        .get_result(conn)?)
}

/// Someone the waitlist moved to "going".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promoted {
    pub user_id: UserId,
    pub rsvp_id: RsvpId,
}

/// Where an RSVP should end up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A seat; when there is none, the waitlist if `or_wait`, else a refusal. `answer: None`
    /// keeps the current answer.
    Going {
        guests: i32,
        answer: Option<String>,
        or_wait: bool,
    },
    /// The back of the waitlist (keeping the place of someone already on it).
    Waitlisted {
        guests: i32,
    },
    NotGoing,
}

/// Why an RSVP could not be changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not enough free seats for what was asked.
    NotEnoughSeats { free: i64 },
}

/// The result of a change: the RSVP as it now stands, its waitlist place, and who the
/// waitlist promoted because of it (to be told by email, in the same transaction).
#[derive(Debug, Clone)]
pub struct Changed {
    pub rsvp: RsvpRow,
    pub waitlist_rank: Option<i64>,
    pub promoted: Vec<Promoted>,
}

/// Moves `user`'s RSVP to `target` for `event`, which the caller has locked with
/// [`events::lock`] (and checked the RSVP window for). Freed seats are promoted away at once
/// while the event takes RSVPs.
pub fn set(
    conn: &mut DbConnection,
    event: &EventRow,
    user: UserId,
    target: Target,
    now: Timestamp,
) -> Result<Result<Changed, Refusal>, DbError> {
    let existing = find(conn, event.id, user)?;
    let current = existing.as_ref().map(RsvpRow::status);
    let held = match (&existing, current) {
        (Some(row), Some(RsvpStatus::Going)) => row.seats(),
        _ => 0,
    };
    let (status, guests, answer, position) = match target {
        Target::Going {
            guests,
            answer,
            or_wait,
        } => {
            let answer = answer.unwrap_or_else(|| {
                existing
                    .as_ref()
                    .map(|r| r.answer.clone())
                    .unwrap_or_default()
            });
            let need = seats_for(guests);
            match current {
                Some(RsvpStatus::Going) => {
                    if need > held && !take_seats(conn, event.id, need - held)? {
                        let (capacity, taken) = seats_now(conn, event.id)?;
                        let free = capacity.map_or(i64::MAX, |c| i64::from(c - taken).max(0));
                        return Ok(Err(Refusal::NotEnoughSeats { free }));
                    }
                    release_seats(conn, event.id, held - need)?;
                    (RsvpStatus::Going, guests, answer, None)
                }
                Some(RsvpStatus::Waitlisted) if or_wait => {
                    // Keeps the place in the queue; promotion below gives a seat if one fits.
                    let position = existing.as_ref().and_then(|r| r.waitlist_position);
                    (RsvpStatus::Waitlisted, guests, answer, position)
                }
                _ => {
                    if take_seats(conn, event.id, need)? {
                        (RsvpStatus::Going, guests, answer, None)
                    } else if or_wait {
                        let position = match (current, &existing) {
                            (Some(RsvpStatus::Waitlisted), Some(row)) => row.waitlist_position,
                            _ => None,
                        };
                        let position = match position {
                            Some(p) => p,
                            None => waitlist_bound(conn, event.id, true)?,
                        };
                        (RsvpStatus::Waitlisted, guests, answer, Some(position))
                    } else {
                        let (capacity, taken) = seats_now(conn, event.id)?;
                        let free = capacity.map_or(i64::MAX, |c| i64::from(c - taken).max(0));
                        return Ok(Err(Refusal::NotEnoughSeats { free }));
                    }
                }
            }
        }
        Target::Waitlisted { guests } => {
            let answer = existing
                .as_ref()
                .map(|r| r.answer.clone())
                .unwrap_or_default();
            let position = match (current, &existing) {
                (Some(RsvpStatus::Waitlisted), Some(row)) => row.waitlist_position,
                _ => None,
            };
            release_seats(conn, event.id, held)?;
            let position = match position {
                Some(p) => p,
                None => waitlist_bound(conn, event.id, true)?,
            };
            (RsvpStatus::Waitlisted, guests, answer, Some(position))
        }
        Target::NotGoing => {
            release_seats(conn, event.id, held)?;
            let (guests, answer) = existing
                .as_ref()
                .map(|r| (r.guests, r.answer.clone()))
                .unwrap_or_default();
            (RsvpStatus::NotGoing, guests, answer, None)
        }
    };
    let row = match existing {
        Some(mut row) => {
            diesel::update(rsvps::table.find(row.id))
                .set((
                    rsvps::status.eq(status.as_str()),
                    rsvps::guests.eq(guests),
                    rsvps::answer.eq(&answer),
                    rsvps::waitlist_position.eq(position),
                    rsvps::updated_at.eq(now),
                ))
                .execute(conn)?;
            row.status = status.as_str().to_owned();
            row.guests = guests;
            row.answer = answer;
            row.waitlist_position = position;
            row.updated_at = now;
            row
        }
        None => {
            let row = RsvpRow {
                id: RsvpId::new(),
                event_id: event.id,
                user_id: user,
                status: status.as_str().to_owned(),
                guests,
                answer,
                waitlist_position: position,
                attendance: Attendance::Unknown.as_str().to_owned(),
                checked_in_at: None,
                created_at: now,
                updated_at: now,
            };
            diesel::insert_into(rsvps::table)
                .values(&row)
                .execute(conn)?;
            row
        }
    };
    let promoted = if event.facts().promotes(now) {
        promote(conn, event.id, now)?
    } else {
        Vec::new()
    };
    // The person may have been promoted themselves (fewer guests made them fit).
    let rsvp = if promoted.iter().any(|p| p.rsvp_id == row.id) {
        find(conn, event.id, user)?.unwrap_or(row)
    } else {
        row
    };
    let waitlist_rank = match rsvp.waitlist_position {
        Some(p) if rsvp.status() == RsvpStatus::Waitlisted => Some(rank(conn, event.id, p)?),
        _ => None,
    };
    Ok(Ok(Changed {
        rsvp,
        waitlist_rank,
        promoted,
    }))
}

/// Gives free seats to waiting people: strictly in arrival order, skipping only parties too
/// large for what is free. Call with the event locked.
pub fn promote(
    conn: &mut DbConnection,
    event: EventId,
    now: Timestamp,
) -> Result<Vec<Promoted>, DbError> {
    let (capacity, mut taken) = seats_now(conn, event)?;
    let free = capacity.map(|c| i64::from(c) - i64::from(taken));
    if free.is_some_and(|f| f <= 0) {
        return Ok(Vec::new());
    }
    // Only people who fit the free seats can be promoted, and each takes at least one seat:
    // at most `free` candidates, in arrival order (an index range scan, however long the
    // waitlist).
    let mut query = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .order((rsvps::waitlist_position.asc(), rsvps::created_at.asc()))
        .select((
            rsvps::id,
            rsvps::user_id,
            rsvps::waitlist_position.assume_not_null(),
            rsvps::guests,
        ))
        .into_boxed();
    if let Some(free) = free {
        query = query
            .filter(rsvps::guests.lt(i32::try_from(free).unwrap_or(i32::MAX)))
            .limit(free);
    }
    let mut waiting: Vec<(RsvpId, UserId, i64, i32)> = query.load(conn)?;
    let mut promoted = Vec::new();
    loop {
        let free = capacity.map(|c| i64::from(c) - i64::from(taken));
        let queue: Vec<Waiting> = waiting
            .iter()
            .map(|w| Waiting {
                position: w.2,
                seats: seats_for(w.3),
            })
            .collect();
        let Some(index) = first_who_fits(&queue, free) else {
            break;
        };
        let (id, user_id, _, guests) = waiting.remove(index);
        let seats = seats_for(guests);
        if !take_seats(conn, event, seats)? {
            break;
        }
        taken += seats;
        diesel::update(rsvps::table.find(id))
            .set((
                rsvps::status.eq(RsvpStatus::Going.as_str()),
                rsvps::waitlist_position.eq(None::<i64>),
                rsvps::updated_at.eq(now),
            ))
            .execute(conn)?;
        promoted.push(Promoted {
            user_id,
            rsvp_id: id,
        });
    }
    Ok(promoted)
}

/// Before lowering an event's capacity to `capacity`: moves the latest people to RSVP "going"
/// to the front of the waitlist (keeping their order) until the rest fit. Returns who moved.
/// Call with the event locked.
pub fn make_room_for_capacity(
    conn: &mut DbConnection,
    event: EventId,
    capacity: i32,
    now: Timestamp,
) -> Result<Vec<UserId>, DbError> {
    let (_, mut taken) = seats_now(conn, event)?;
    if taken <= capacity {
        return Ok(Vec::new());
    }
    let going: Vec<(RsvpId, UserId, i32)> = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .order((rsvps::created_at.desc(), rsvps::id.desc()))
        .select((rsvps::id, rsvps::user_id, rsvps::guests))
        .load(conn)?;
    let mut moved = Vec::new();
    for (id, user, guests) in going {
        if taken <= capacity {
            break;
        }
        let position = waitlist_bound(conn, event, false)?;
        diesel::update(rsvps::table.find(id))
            .set((
                rsvps::status.eq(RsvpStatus::Waitlisted.as_str()),
                rsvps::waitlist_position.eq(Some(position)),
                rsvps::updated_at.eq(now),
            ))
            .execute(conn)?;
        let seats = seats_for(guests);
        release_seats(conn, event, seats)?;
        taken -= seats;
        moved.push(user);
    }
    Ok(moved)
}

/// Withdraws a person from the group's upcoming events (they left, were removed or banned, or
/// deleted their account), promoting the waitlist of each. Returns each event with whom it
/// promoted.
pub fn withdraw_from_group(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
    now: Timestamp,
) -> Result<Vec<(EventRow, Vec<Promoted>)>, DbError> {
    let affected: Vec<EventId> = rsvps::table
        .inner_join(events_table::table.on(events_table::id.eq(rsvps::event_id)))
        .filter(rsvps::user_id.eq(user))
        .filter(rsvps::status.ne(RsvpStatus::NotGoing.as_str()))
        .filter(events_table::group_id.eq(group))
        .filter(events_table::starts_at.gt(now))
        .filter(events_table::status.ne(EventStatus::Cancelled.as_str()))
        .select(events_table::id)
        .load(conn)?;
    let mut changed = Vec::new();
    for id in affected {
        let Some(event) = events::lock(conn, id)? else {
            continue;
        };
        if let Ok(result) = set(conn, &event, user, Target::NotGoing, now)? {
            changed.push((event, result.promoted));
        }
    }
    Ok(changed)
}

/// Groups a person has upcoming RSVPs in (for account deletion).
pub fn groups_with_upcoming(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
) -> Result<Vec<GroupId>, DbError> {
    Ok(rsvps::table
        .inner_join(events_table::table.on(events_table::id.eq(rsvps::event_id)))
        .filter(rsvps::user_id.eq(user))
        .filter(rsvps::status.ne(RsvpStatus::NotGoing.as_str()))
        .filter(events_table::starts_at.gt(now))
        .select(events_table::group_id)
        .distinct()
        .load(conn)?)
}

/// An RSVP with the person's name, for organizers' lists.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub rsvp: RsvpRow,
    pub name: String,
}

/// The most answers an attendee list holds (capacity is at most 10,000 seats).
pub const ATTENDEES_LIMIT: i64 = 20_000;

/// Everyone who answered, going first, then the waitlist in order, then "not going".
pub fn attendees(conn: &mut DbConnection, event: EventId) -> Result<Vec<Attendee>, DbError> {
    let rows: Vec<(RsvpRow, String)> = rsvps::table
        .inner_join(users::table.on(users::id.eq(rsvps::user_id)))
        .filter(rsvps::event_id.eq(event))
        .filter(users::deleted_at.is_null())
        .order((rsvps::created_at.asc(), rsvps::id.asc()))
        .limit(ATTENDEES_LIMIT)
        .select((RsvpRow::as_select(), users::display_name))
        .load(conn)?;
    let mut list: Vec<Attendee> = rows
        .into_iter()
        .map(|(rsvp, name)| Attendee { rsvp, name })
        .collect();
    list.sort_by_key(|a| match a.rsvp.status() {
        RsvpStatus::Going => (0, 0),
        RsvpStatus::Waitlisted => (1, a.rsvp.waitlist_position.unwrap_or(i64::MAX)),
        RsvpStatus::NotGoing => (2, 0),
    });
    Ok(list)
}

/// People going who show themselves in the group's member list, with the number of those who
/// do not (shown as "and N others").
pub fn going_names(
    conn: &mut DbConnection,
    event: &EventRow,
    limit: i64,
) -> Result<(Vec<(UserId, String)>, i64), DbError> {
    let visible = || {
        rsvps::table
            .inner_join(users::table.on(users::id.eq(rsvps::user_id)))
            .inner_join(
                memberships::table.on(memberships::user_id
                    .eq(rsvps::user_id)
                    .and(memberships::group_id.eq(event.group_id))),
            )
            .filter(rsvps::event_id.eq(event.id))
            .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
            .filter(users::deleted_at.is_null())
            .filter(memberships::hidden.eq(false))
    };
    let names: Vec<(UserId, String)> = visible()
        .order((rsvps::created_at.asc(), rsvps::id.asc()))
        .limit(limit)
        .select((users::id, users::display_name))
        .load(conn)?;
    let shown: i64 = visible().count().get_result(conn)?;
    let all: i64 = rsvps::table
        .filter(rsvps::event_id.eq(event.id))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .count()
        .get_result(conn)?;
    Ok((names, (all - shown).max(0) + (shown - limit).max(0)))
}

/// Marks whether someone came. False if they have no RSVP for the event.
pub fn set_attendance(
    conn: &mut DbConnection,
    event: EventId,
    user: UserId,
    attendance: Attendance,
    now: Timestamp,
) -> Result<bool, DbError> {
    let checked_in = (attendance == Attendance::Attended).then_some(now);
    Ok(diesel::update(
        rsvps::table
            .filter(rsvps::event_id.eq(event))
            .filter(rsvps::user_id.eq(user)),
    )
    .set((
        rsvps::attendance.eq(attendance.as_str()),
        rsvps::checked_in_at.eq(checked_in),
        rsvps::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}

/// How often each of `users` did not come to the group's events (organizers only see this).
pub fn no_show_counts(
    conn: &mut DbConnection,
    group: GroupId,
    users: &[UserId],
) -> Result<Vec<(UserId, i64)>, DbError> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(rsvps::table
        .inner_join(events_table::table.on(events_table::id.eq(rsvps::event_id)))
        .filter(events_table::group_id.eq(group))
        .filter(rsvps::user_id.eq_any(users))
        .filter(rsvps::attendance.eq(Attendance::NoShow.as_str()))
        .group_by(rsvps::user_id)
        .select((rsvps::user_id, diesel::dsl::count_star()))
        .load(conn)?)
}

/// Counts of an event's answers: (people going, seats they take, people waiting).
pub fn counts(conn: &mut DbConnection, event: EventId) -> Result<(i64, i64, i64), DbError> {
    let rows: Vec<(String, i64, Option<i64>)> = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .group_by(rsvps::status)
        .select((
            rsvps::status,
            diesel::dsl::count_star(),
            diesel::dsl::sum(rsvps::guests),
        ))
        .load(conn)?;
    let mut counts = (0, 0, 0);
    for (status, people, guests) in rows {
        match RsvpStatus::parse(&status) {
            Ok(RsvpStatus::Going) => {
                counts.0 = people;
                counts.1 = people + guests.unwrap_or(0);
            }
            Ok(RsvpStatus::Waitlisted) => counts.2 = people,
            _ => {}
        }
    }
    Ok(counts)
}
