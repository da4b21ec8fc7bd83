//! RSVPs: seats, the waitlist and promotion.
//!
//! The rules are [`muster_core::rsvp`]'s; this module carries out their plans. Every change
//! here runs inside a write transaction that began with [`events::lock`], so on either backend
//! one event's RSVPs are changed one transaction at a time. Seats are taken with a guarded
//! update (`seats_taken + n <= capacity`), never by counting first; when a seat frees,
//! [`promote`] gives it to the first waiting person who fits, in the same transaction.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, IntoSql, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    event::{Attendance, EventStatus, RsvpStatus, seats_for},
    id::{EventId, GroupId, RsvpId, UserId},
    rsvp::{self, Answered, NotEnoughSeats, Place, Plan, Seats, Waiting, Waitlist},
};

use crate::{
    DbConnection, DbError, KeepPrepared,
    events::{self, EventRow},
    schema::{events as events_table, memberships, rsvps, users},
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = rsvps)]
pub struct RsvpRow {
    pub id: RsvpId,
    pub event_id: EventId,
    pub user_id: UserId,
    pub status: RsvpStatus,
    pub guests: i32,
    pub answer: String,
    /// Arrival order on the waitlist (smaller is earlier); `None` unless waitlisted.
    pub waitlist_position: Option<i64>,
    pub attendance: Attendance,
    pub checked_in_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl RsvpRow {
    pub fn status(&self) -> RsvpStatus {
        self.status
    }

    /// Seats this RSVP takes (or wants).
    pub fn seats(&self) -> i32 {
        seats_for(self.guests)
    }

    /// The RSVP as the rules see it.
    pub fn answered(&self) -> Answered {
        Answered {
            status: self.status(),
            guests: self.guests,
        }
    }
}

pub fn find(
    conn: &mut DbConnection,
    event: EventId,
    user: UserId,
) -> Result<Option<RsvpRow>, DbError> {
    let query = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::user_id.eq(user));
    Ok(crate::on_backend!(conn, c => query
        .select(RsvpRow::as_select())
        .first(c)
        .optional())?)
}

/// The RSVPs of any of `users` to any of `events` (one query; the caller picks its pairs).
pub fn find_among(
    conn: &mut DbConnection,
    events: &[EventId],
    users: &[UserId],
) -> Result<Vec<RsvpRow>, DbError> {
    if events.is_empty() || users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(rsvps::table
        .filter(rsvps::event_id.eq_any(events))
        .filter(rsvps::user_id.eq_any(users))
        .select(RsvpRow::as_select())
        .load(conn)?)
}

/// Moves the event's seat counter by `n`: takes `n` seats if they are free (`n > 0`), or gives
/// back `-n` if that many are taken (`n < 0`). The database decides, so concurrent takers
/// never oversell; when it moves, the update has also locked the event, and the row comes
/// back (`None`: it does not fit, and nothing changed or was locked). One statement for both
/// directions, kept prepared.
fn move_seats(
    conn: &mut DbConnection,
    event: EventId,
    n: i32,
) -> Result<Option<EventRow>, DbError> {
    Ok(crate::on_backend!(conn, c => KeepPrepared(
        diesel::update(
            events_table::table.find(event).filter(
                (events_table::seats_taken + n).ge(0).and(
                    events_table::capacity
                        .is_null()
                        .or((events_table::seats_taken + n)
                            .le(events_table::capacity.assume_not_null()))
                        .or(n.into_sql::<diesel::sql_types::Integer>().le(0)),
                ),
            ),
        )
        .set(events_table::seats_taken.eq(events_table::seats_taken + n))
        .returning(events_table::all_columns),
    )
    .get_result::<EventRow>(c)
    .optional())?)
}

/// Gives back `n` seats. The `seats_taken >= 0` CHECK turns a bookkeeping error into a failed
/// transaction instead of a silent miscount.
fn release_seats(conn: &mut DbConnection, event: EventId, n: i32) -> Result<(), DbError> {
    if n > 0 {
        crate::on_backend!(conn, c => KeepPrepared(
            diesel::update(events_table::table.find(event))
                .set(events_table::seats_taken.eq(events_table::seats_taken - n)),
        )
        .execute(c))?;
    }
    Ok(())
}

/// The position at the front of the waitlist (`None`: nobody waits).
fn waitlist_front(conn: &mut DbConnection, event: EventId) -> Result<Option<i64>, DbError> {
    Ok(rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .select(diesel::dsl::min(rsvps::waitlist_position))
        .first(conn)?)
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

/// Where an RSVP should end up (the rules' type).
pub use muster_core::rsvp::Target;

/// Why an RSVP could not be changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not enough free seats for what was asked.
    NotEnoughSeats { free: i64 },
    /// The person's RSVP changed between reading it and writing it (a second request of
    /// theirs committed in between): roll back and try again.
    Stale,
}

/// The result of a change: the RSVP as it now stands, its waitlist place, and who the
/// waitlist promoted because of it (to be told by email, in the same transaction).
#[derive(Debug, Clone)]
pub struct Changed {
    /// Where the RSVP stood before (`None`: there was none).
    pub before: Option<RsvpStatus>,
    pub rsvp: RsvpRow,
    pub waitlist_rank: Option<i64>,
    pub promoted: Vec<Promoted>,
}

/// The back of the waitlist: the position after the last one, and the place someone joining
/// now gets (one query).
fn waitlist_back(conn: &mut DbConnection, event: EventId) -> Result<(i64, i64), DbError> {
    let (last, waiting): (Option<i64>, i64) = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
        .select((
            diesel::dsl::max(rsvps::waitlist_position),
            diesel::dsl::count_star(),
        ))
        .first(conn)?;
    Ok((last.map_or(1, |p| p + 1), waiting + 1))
}

/// Moves `user`'s RSVP to `target` for `event`, which the caller read with [`events::lock`]
/// in this transaction (so its seat counter is current and stays so). Freed seats are
/// promoted away at once while the event takes RSVPs. For organizers' moves and withdrawals;
/// a member's own answer goes through [`answer`].
pub fn set(
    conn: &mut DbConnection,
    event: &EventRow,
    user: UserId,
    target: Target,
    now: Timestamp,
) -> Result<Result<Changed, Refusal>, DbError> {
    let existing = find(conn, event.id, user)?;
    let before = event.seats_taken;
    apply(conn, event, before, existing, 0, user, target, now)
}

/// Why [`answer`] did not change anything.
#[derive(Debug, Clone)]
pub enum Unanswered<R> {
    /// No such event.
    Missing,
    /// `admit` refused (the RSVP window, the event's status).
    NotAdmitted(R),
    Refused(Refusal),
}

/// A member's own answer, the hot path: the same rules as [`set`] with the event locked for
/// as short a time as possible. The person's RSVP is read before the event is locked, and the
/// lock is taken by the seat update itself (`seats_taken + n <= capacity`, returning the row)
/// — or, when nothing is to be taken or it does not fit, by a no-op update. `admit` then
/// checks the locked event (status, RSVP window). The seats taken on the way in are reconciled
/// with the plan made under the lock (given back if it keeps a waiting person's place). The
/// RSVP is written only if it is still what was read; if it was read before the lock and has
/// changed since, it is read again under the lock and the answer made again from it, on the
/// seats already changed. A refusal of any kind must roll the transaction back (to the
/// piece's savepoint), which also returns the seats taken.
///
/// The statement that takes the lock also does the answer's seat change where it can, so
/// that it is not one more round trip under the lock: seats a "yes" wants are taken by it —
/// unless `free_before` (the event's free seats as read before the lock, `None` when unknown
/// or unlimited) says they are not there, when it only locks and the plan decides (a full
/// event's "yes" joins the waitlist) — and the seats a "no" gives back are given back by it.
/// Should the RSVP the seats were given back for turn out stale, the plan made again takes
/// them back.
#[allow(clippy::too_many_arguments)]
pub fn answer<R>(
    conn: &mut DbConnection,
    event: EventId,
    user: UserId,
    mine: Mine,
    target: Target,
    free_before: Option<i64>,
    now: Timestamp,
    admit: impl FnOnce(&EventRow) -> Result<(), R>,
) -> Result<Result<(EventRow, Changed), Unanswered<R>>, DbError> {
    let read_before = matches!(mine, Mine::ReadBefore(_));
    let existing = match mine {
        Mine::ReadBefore(row) => row,
        Mine::ReadNow => find(conn, event, user)?,
    };
    let answered = existing.as_ref().map(RsvpRow::answered);
    let want = rsvp::seats_wanted(answered, &target);
    let fits = free_before.is_none_or(|free| free >= i64::from(want));
    // The seat change the locking statement makes: what a "yes" wants (if it looked free), or
    // what a "no" gives back.
    let change = match target {
        Target::NotGoing => -answered.map_or(0, |a| a.held()),
        _ if fits => want,
        _ => 0,
    };
    let moved = match change {
        0 => None,
        n => move_seats(conn, event, n)?,
    };
    let (locked, took) = match moved {
        Some(row) => (Some(row), change),
        // Nothing to change, or it does not fit: a full event, or fewer seats taken than the
        // RSVP read holds (so it is not what was read). The plan made under the lock decides.
        None => (events::lock(conn, event)?, 0),
    };
    let Some(locked) = locked else {
        return Ok(Err(Unanswered::Missing));
    };
    if let Err(refusal) = admit(&locked) {
        return Ok(Err(Unanswered::NotAdmitted(refusal)));
    }
    let before = locked.seats_taken - took;
    let applied = match apply(
        conn,
        &locked,
        before,
        existing,
        took,
        user,
        target.clone(),
        now,
    )? {
        // Changed since it was read, before the lock: read again under the lock, which every
        // writer of an RSVP holds, and made again on the seats already changed — no rollback,
        // no second lock.
        Err(Refusal::Stale) if read_before => {
            let existing = find(conn, event, user)?;
            apply(conn, &locked, before, existing, took, user, target, now)?
        }
        applied => applied,
    };
    match applied {
        Ok(changed) => Ok(Ok((locked, changed))),
        Err(refusal) => Ok(Err(Unanswered::Refused(refusal))),
    }
}

/// The answering person's RSVP, as [`answer`] starts from.
#[derive(Debug, Clone)]
pub enum Mine {
    /// Read before the event's lock was taken (with the event, in one statement). If it
    /// changed meanwhile, the write finds out, and the answer is made again from the RSVP
    /// read under the lock.
    ReadBefore(Option<RsvpRow>),
    /// Read under the lock.
    ReadNow,
}

/// Carries out [`rsvp::plan`] for [`set`] and [`answer`]. `before` is the seat counter before
/// this change, read under the lock; `took` seats were already taken for it (the hot path's
/// guarded update), which the plan's own seat change replaces.
#[allow(clippy::too_many_arguments)]
fn apply(
    conn: &mut DbConnection,
    event: &EventRow,
    before: i32,
    existing: Option<RsvpRow>,
    took: i32,
    user: UserId,
    target: Target,
    now: Timestamp,
) -> Result<Result<Changed, Refusal>, DbError> {
    let seats = Seats {
        capacity: event.capacity,
        taken: before,
    };
    let plan = match rsvp::plan(seats, existing.as_ref().map(RsvpRow::answered), target) {
        Ok(plan) => plan,
        Err(NotEnoughSeats { free }) => return Ok(Err(Refusal::NotEnoughSeats { free })),
    };
    let still_to_take = plan.seats_still_to_take(took);
    if still_to_take > 0 && move_seats(conn, event.id, still_to_take)?.is_none() {
        // The counter the plan was made on is not the database's: the guarded update keeps
        // the seats safe, and the caller rolls back and tries again.
        return Ok(Err(Refusal::Stale));
    }
    let taken = before + plan.seat_change;
    // The place of someone joining the back of the waitlist, known without another query.
    let (position, joined_at) = match plan.place {
        Place::NotWaiting => (None, None),
        Place::Keep => (existing.as_ref().and_then(|r| r.waitlist_position), None),
        Place::Back => {
            let (position, place) = waitlist_back(conn, event.id)?;
            (Some(position), Some(place))
        }
    };
    let was = existing.as_ref().map(RsvpRow::status);
    let row = match write(conn, event.id, user, existing, &plan, position, now)? {
        Ok(row) => row,
        Err(refusal) => {
            // Only the seats taken before this plan stay taken: a plan made again starts
            // from them.
            if still_to_take > 0 {
                release_seats(conn, event.id, still_to_take)?;
            }
            return Ok(Err(refusal));
        }
    };
    // Seats are given back only once the RSVP they were held by is known to be what was read:
    // from a stale one, they might not be this person's to give.
    release_seats(conn, event.id, -still_to_take)?;
    let promoted = if plan.may_promote && event.facts().promotes(now) {
        promote(conn, event.id, event.capacity, taken, now)?.0
    } else {
        Vec::new()
    };
    // The person may have been promoted themselves (fewer guests made them fit).
    let rsvp = if promoted.iter().any(|p| p.rsvp_id == row.id) {
        find(conn, event.id, user)?.unwrap_or(row)
    } else {
        row
    };
    // Nobody promoted: nobody left the places ahead of someone who just joined.
    let waitlist_rank = match rsvp.waitlist_position {
        Some(_) if rsvp.status() != RsvpStatus::Waitlisted => None,
        Some(_) if promoted.is_empty() && joined_at.is_some() => joined_at,
        Some(p) => Some(rank(conn, event.id, p)?),
        None => None,
    };
    Ok(Ok(Changed {
        before: was,
        rsvp,
        waitlist_rank,
        promoted,
    }))
}

/// Writes the planned RSVP: over `existing` only if it is still what was read (a second
/// request of the person's may have committed in between), or as a new one.
fn write(
    conn: &mut DbConnection,
    event: EventId,
    user: UserId,
    existing: Option<RsvpRow>,
    plan: &Plan,
    position: Option<i64>,
    now: Timestamp,
) -> Result<Result<RsvpRow, Refusal>, DbError> {
    let status = plan.status;
    let Some(mut row) = existing else {
        let row = RsvpRow {
            id: RsvpId::new(),
            event_id: event,
            user_id: user,
            status,
            guests: plan.guests,
            answer: plan.answer.clone().unwrap_or_default(),
            waitlist_position: position,
            attendance: Attendance::Unknown,
            checked_in_at: None,
            created_at: now,
            updated_at: now,
        };
        // Someone's second request may have answered first (one RSVP per person): nothing is
        // written, and no failed statement leaves the transaction to be rolled back.
        let written = crate::on_backend!(conn, c => diesel::insert_into(rsvps::table)
            .values(&row)
            .on_conflict_do_nothing()
            .execute(c))?;
        return Ok(if written == 0 {
            Err(Refusal::Stale)
        } else {
            Ok(row)
        });
    };
    let answer = plan.answer.clone().unwrap_or_else(|| row.answer.clone());
    // Every column the plan starts from, the answer too: it is kept when none is given. Two
    // fixed shapes (waiting or not), each kept prepared.
    let unchanged = rsvps::table
        .find(row.id)
        .filter(rsvps::status.eq(row.status))
        .filter(rsvps::guests.eq(row.guests))
        .filter(rsvps::answer.eq(&row.answer));
    let changes = (
        rsvps::status.eq(&status),
        rsvps::guests.eq(plan.guests),
        rsvps::answer.eq(&answer),
        rsvps::waitlist_position.eq(position),
        rsvps::updated_at.eq(now),
    );
    let written = match row.waitlist_position {
        Some(p) => crate::on_backend!(&mut *conn, c => KeepPrepared(
            diesel::update(unchanged.filter(rsvps::waitlist_position.eq(p))).set(changes),
        )
        .execute(c))?,
        None => crate::on_backend!(&mut *conn, c => KeepPrepared(
            diesel::update(unchanged.filter(rsvps::waitlist_position.is_null())).set(changes),
        )
        .execute(c))?,
    };
    if written == 0 {
        return Ok(Err(Refusal::Stale));
    }
    row.status = status;
    row.guests = plan.guests;
    row.answer = answer;
    row.waitlist_position = position;
    row.updated_at = now;
    Ok(Ok(row))
}

/// One event's waitlist in the database, as [`rsvp::promote`] asks it.
struct StoredWaitlist<'c> {
    conn: &'c mut DbConnection,
    event: EventId,
    now: Timestamp,
}

impl Waitlist for StoredWaitlist<'_> {
    type Party = Promoted;
    type Error = DbError;

    /// An index range scan in arrival order, `LIMIT 1`: a party too large is skipped, and the
    /// people behind it are reached however long the waitlist.
    fn first_who_fits(&mut self, free: Option<i64>) -> Result<Option<Waiting<Promoted>>, DbError> {
        let mut query = rsvps::table
            .filter(rsvps::event_id.eq(self.event))
            .filter(rsvps::status.eq(RsvpStatus::Waitlisted.as_str()))
            .order((rsvps::waitlist_position.asc(), rsvps::created_at.asc()))
            .select((rsvps::id, rsvps::user_id, rsvps::guests))
            .into_boxed();
        if let Some(free) = free {
            query = query.filter(rsvps::guests.lt(i32::try_from(free).unwrap_or(i32::MAX)));
        }
        let first = query.first::<(RsvpId, UserId, i32)>(self.conn).optional()?;
        Ok(first.map(|(rsvp_id, user_id, guests)| Waiting {
            party: Promoted { user_id, rsvp_id },
            seats: seats_for(guests),
        }))
    }

    fn seat(&mut self, party: &Promoted, seats: i32) -> Result<bool, DbError> {
        if move_seats(self.conn, self.event, seats)?.is_none() {
            return Ok(false);
        }
        crate::on_backend!(&mut *self.conn, c => KeepPrepared(
            diesel::update(rsvps::table.find(party.rsvp_id)).set((
                rsvps::status.eq(RsvpStatus::Going.as_str()),
                rsvps::waitlist_position.eq(None::<i64>),
                rsvps::updated_at.eq(self.now),
            )),
        )
        .execute(c))?;
        Ok(true)
    }
}

/// Gives free seats to waiting people ([`rsvp::promote`]): strictly in arrival order, skipping
/// only parties too large for what is free. Call with the event locked: `capacity` and `taken`
/// (the seat counter) are the event's as they stand in this transaction. Returns who was
/// promoted and the seats taken afterwards.
///
/// Each round asks the database for the first waiting person who fits the seats still free
/// (one indexed `LIMIT 1` query, never the whole waitlist).
pub fn promote(
    conn: &mut DbConnection,
    event: EventId,
    capacity: Option<i32>,
    taken: i32,
    now: Timestamp,
) -> Result<(Vec<Promoted>, i32), DbError> {
    let mut waitlist = StoredWaitlist { conn, event, now };
    rsvp::promote(Seats { capacity, taken }, &mut waitlist)
}

/// Before lowering an event's capacity to `capacity`: moves the latest people to RSVP "going"
/// to the front of the waitlist (keeping their order) until the rest fit ([`rsvp::make_room`]).
/// Call with the event locked; `taken` is its seat counter as it stands in this transaction.
/// Returns who moved and the seats taken afterwards.
pub fn make_room_for_capacity(
    conn: &mut DbConnection,
    event: EventId,
    taken: i32,
    capacity: i32,
    now: Timestamp,
) -> Result<(Vec<UserId>, i32), DbError> {
    if taken <= capacity {
        return Ok((Vec::new(), taken));
    }
    let going: Vec<(RsvpId, UserId, i32)> = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .order((rsvps::created_at.desc(), rsvps::id.desc()))
        .select((rsvps::id, rsvps::user_id, rsvps::guests))
        .load(conn)?;
    let front = waitlist_front(conn, event)?;
    let room = rsvp::make_room(taken, capacity, going.iter().map(|g| seats_for(g.2)), front);
    let mut moved = Vec::new();
    for (&(id, user, _), &position) in going.iter().zip(&room.positions) {
        diesel::update(rsvps::table.find(id))
            .set((
                rsvps::status.eq(RsvpStatus::Waitlisted.as_str()),
                rsvps::waitlist_position.eq(Some(position)),
                rsvps::updated_at.eq(now),
            ))
            .execute(conn)?;
        moved.push(user);
    }
    release_seats(conn, event, taken - room.taken)?;
    Ok((moved, room.taken))
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
    let mut affected: Vec<EventId> = rsvps::table
        .inner_join(events_table::table.on(events_table::id.eq(rsvps::event_id)))
        .filter(rsvps::user_id.eq(user))
        .filter(rsvps::status.ne(RsvpStatus::NotGoing.as_str()))
        .filter(events_table::group_id.eq(group))
        .filter(events_table::starts_at.gt(now))
        .filter(events_table::status.ne(EventStatus::Cancelled.as_str()))
        .select(events_table::id)
        .load(conn)?;
    // Several event locks: always taken in the same (id) order, so two withdrawals never
    // wait on each other crosswise.
    affected.sort_by_key(ToString::to_string);
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

/// The first `limit` people going who show themselves in the group's member list, with how
/// many of the `going` people are not listed (shown as "and N others").
pub fn going_names(
    conn: &mut DbConnection,
    event: &EventRow,
    limit: i64,
    going: i64,
) -> Result<(Vec<crate::users::Face>, i64), DbError> {
    let names: Vec<crate::users::Face> = rsvps::table
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
        .filter(users::unlisted.eq(false))
        .order((rsvps::created_at.asc(), rsvps::id.asc()))
        .limit(limit)
        .select((users::id, users::display_name, users::avatar_image_id))
        .load(conn)?;
    // Everyone else going: hidden, or beyond the list.
    let others = (going - i64::try_from(names.len()).unwrap_or(going)).max(0);
    Ok((names, others))
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

/// Counts of an event's answers: (people going, people waiting), guests not counted.
pub fn counts(conn: &mut DbConnection, event: EventId) -> Result<(i64, i64), DbError> {
    let rows: Vec<(String, i64)> = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.ne(RsvpStatus::NotGoing.as_str()))
        .group_by(rsvps::status)
        .select((rsvps::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut counts = (0, 0);
    for (status, people) in rows {
        match RsvpStatus::parse(&status) {
            Ok(RsvpStatus::Going) => counts.0 = people,
            Ok(RsvpStatus::Waitlisted) => counts.1 = people,
            _ => {}
        }
    }
    Ok(counts)
}

/// Forgets a person's answers to organizers' questions (account deletion): they may hold
/// dietary or health details.
pub fn forget_answers(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    Ok(diesel::update(rsvps::table.filter(rsvps::user_id.eq(user)))
        .set(rsvps::answer.eq(""))
        .execute(conn)?)
}

/// Everyone's answer to `event`, by person.
pub fn statuses(
    conn: &mut DbConnection,
    event: EventId,
) -> Result<std::collections::HashMap<UserId, RsvpStatus>, DbError> {
    let rows: Vec<(UserId, String)> = rsvps::table
        .filter(rsvps::event_id.eq(event))
        .select((rsvps::user_id, rsvps::status))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(user, status)| RsvpStatus::parse(&status).ok().map(|s| (user, s)))
        .collect())
}
