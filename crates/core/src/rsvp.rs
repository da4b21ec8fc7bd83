//! The RSVP and waitlist rules, as pure functions over an event's seats.
//!
//! [`plan`] decides what one change of one person's RSVP does: the seats it takes or gives
//! back, where the person ends up, and whether the waitlist may move. [`promote`] gives free
//! seats to waiting parties, strictly in arrival order, skipping only parties too large for
//! what is free. [`make_room`] decides who goes to the front of the waitlist when an
//! organizer lowers the capacity below the seats taken.
//!
//! Nothing here touches a store: `muster_db::rsvps` carries the plans out under the event's
//! lock, and the database's guarded seat update (`seats_taken + n <= capacity`) stays the
//! final word against overselling.

use crate::event::{RsvpStatus, seats_for};

/// An event's seats: its capacity (`None`: no limit) and the seats taken now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seats {
    pub capacity: Option<i32>,
    pub taken: i32,
}

impl Seats {
    /// Seats still free (`None`: no limit). Negative only if the counter is over capacity.
    pub fn free(&self) -> Option<i64> {
        self.capacity.map(|c| i64::from(c) - i64::from(self.taken))
    }

    /// Whether `n` more seats can be taken.
    pub fn fit(&self, n: i32) -> bool {
        self.free().is_none_or(|free| i64::from(n) <= free)
    }
}

/// A person's RSVP as it stands before a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub status: RsvpStatus,
    pub guests: i32,
}

impl Answered {
    /// Seats this RSVP holds now: its party's when going, none otherwise.
    pub fn held(&self) -> i32 {
        match self.status {
            RsvpStatus::Going => seats_for(self.guests),
            RsvpStatus::Waitlisted | RsvpStatus::NotGoing => 0,
        }
    }
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

/// A change was refused: it needs more seats than are free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotEnoughSeats {
    /// Seats free (never negative; `i64::MAX` without a limit).
    pub free: i64,
}

/// Where on the waitlist an RSVP ends up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Not on the waitlist (going, or not going).
    NotWaiting,
    /// Where it already is: an answer again, or fewer guests, does not lose one's turn.
    Keep,
    /// Behind everyone waiting.
    Back,
}

/// What one change of an RSVP does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Seats to take from the event (positive) or give back to it (negative).
    pub seat_change: i32,
    pub status: RsvpStatus,
    pub guests: i32,
    /// The answer to the organizers' question to store; `None` keeps the one stored (empty
    /// for a new RSVP).
    pub answer: Option<String>,
    pub place: Place,
    /// Seats were freed, or a waiting party became smaller: the waitlist may move now.
    pub may_promote: bool,
}

impl Plan {
    /// What is left to change on the seat counter once `taken_already` seats were taken
    /// ahead of the plan (the guarded update of a member's answer): the seats taken
    /// speculatively but not needed come back as a negative change.
    pub fn seats_still_to_take(&self, taken_already: i32) -> i32 {
        self.seat_change - taken_already
    }
}

/// The seats a change would take beyond those the person holds, if they are free: what a
/// member's answer tries to take before the plan is made (0 for anything but "going").
pub fn seats_wanted(current: Option<Answered>, target: &Target) -> i32 {
    match target {
        Target::Going { guests, .. } => {
            (seats_for(*guests) - current.map_or(0, |c| c.held())).max(0)
        }
        Target::Waitlisted { .. } | Target::NotGoing => 0,
    }
}

/// Decides what moving `current` to `target` does, with `seats` as they stand before the
/// change (read under the event's lock).
///
/// - Going, already going: more guests take only the extra seats (or are refused), fewer give
///   seats back and may promote.
/// - Going with `or_wait`, already waiting: keeps the place in the queue (seats are not taken
///   past those waiting ahead); fewer guests may now fit, so the waitlist may move.
/// - Going otherwise: a seat if the party fits, else the back of the waitlist (`or_wait`,
///   keeping a place already held) or a refusal.
/// - Waitlisted: gives back any seats held, and the waitlist always may move — nobody waits
///   while they fit, the person themselves included.
/// - Not going: gives back any seats held; the waitlist moves only if seats were held.
pub fn plan(
    seats: Seats,
    current: Option<Answered>,
    target: Target,
) -> Result<Plan, NotEnoughSeats> {
    let held = current.map_or(0, |c| c.held());
    let status = current.map(|c| c.status);
    let waiting = status == Some(RsvpStatus::Waitlisted);
    let keep_or_back = if waiting { Place::Keep } else { Place::Back };
    match target {
        Target::Going {
            guests,
            answer,
            or_wait,
        } => {
            let need = seats_for(guests);
            let going = |seat_change, may_promote| Plan {
                seat_change,
                status: RsvpStatus::Going,
                guests,
                answer: answer.clone(),
                place: Place::NotWaiting,
                may_promote,
            };
            let waitlisted = |may_promote| Plan {
                seat_change: 0,
                status: RsvpStatus::Waitlisted,
                guests,
                answer: answer.clone(),
                place: keep_or_back,
                may_promote,
            };
            let refused = NotEnoughSeats {
                free: seats.free().map_or(i64::MAX, |f| f.max(0)),
            };
            match status {
                Some(RsvpStatus::Going) if need > held => {
                    if seats.fit(need - held) {
                        Ok(going(need - held, false))
                    } else {
                        Err(refused)
                    }
                }
                Some(RsvpStatus::Going) => Ok(going(need - held, need < held)),
                Some(RsvpStatus::Waitlisted) if or_wait => {
                    Ok(waitlisted(current.is_some_and(|c| guests < c.guests)))
                }
                _ if seats.fit(need) => Ok(going(need, false)),
                _ if or_wait => Ok(waitlisted(false)),
                _ => Err(refused),
            }
        }
        Target::Waitlisted { guests } => Ok(Plan {
            seat_change: -held,
            status: RsvpStatus::Waitlisted,
            guests,
            answer: None,
            place: keep_or_back,
            may_promote: true,
        }),
        Target::NotGoing => Ok(Plan {
            seat_change: -held,
            status: RsvpStatus::NotGoing,
            guests: current.map_or(0, |c| c.guests),
            answer: None,
            place: Place::NotWaiting,
            may_promote: held > 0,
        }),
    }
}

/// A waiting party, as a [`Waitlist`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting<P> {
    /// Who it is, for the store (an RSVP's id).
    pub party: P,
    /// Seats it needs: the person and their guests.
    pub seats: i32,
}

/// The waitlist of one event, as [`promote`] asks it.
pub trait Waitlist {
    /// Who a waiting party is.
    type Party;
    type Error;

    /// The first party waiting, in arrival order, whose seats fit in `free` (any party when
    /// `free` is `None`: no limit); `None` when nobody waiting fits.
    fn first_who_fits(
        &mut self,
        free: Option<i64>,
    ) -> Result<Option<Waiting<Self::Party>>, Self::Error>;

    /// Gives the party its `seats` and makes it "going". `false` when the store refused the
    /// seats (its own guard against overselling): promotion stops there.
    fn seat(&mut self, party: &Self::Party, seats: i32) -> Result<bool, Self::Error>;
}

/// Gives free seats to waiting parties, one after the other: strictly first come, first
/// served, except that a party too large for the free seats does not hold back smaller parties
/// behind it (they would otherwise wait for seats that exist). Returns who was promoted, in
/// order, and the seats taken afterwards.
///
/// Every promotion takes at least one seat, so there are at most as many rounds as free
/// seats (without a limit, as many as people waiting).
pub fn promote<W: Waitlist>(
    mut seats: Seats,
    waitlist: &mut W,
) -> Result<(Vec<W::Party>, i32), W::Error> {
    let mut promoted = Vec::new();
    loop {
        let free = seats.free();
        if free.is_some_and(|f| f <= 0) {
            break;
        }
        let Some(next) = waitlist.first_who_fits(free)? else {
            break;
        };
        // The waitlist answers for the free seats it was given; a party that does not fit, or
        // one needing no seat (which would never end the rounds), stops promotion instead.
        if next.seats < 1 || !seats.fit(next.seats) {
            break;
        }
        if !waitlist.seat(&next.party, next.seats)? {
            break;
        }
        seats.taken += next.seats;
        promoted.push(next.party);
    }
    Ok((promoted, seats.taken))
}

/// Who moves when an organizer lowers the capacity below the seats taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    /// The waitlist position of each party that moves, in the order they were given (latest
    /// RSVP first): the first `positions.len()` of them move.
    pub positions: Vec<i64>,
    /// The seats taken once they moved.
    pub taken: i32,
}

/// Lowering the capacity to `capacity` with `taken` seats taken: the latest people to RSVP
/// "going" move to the front of the waitlist until the rest fit. `latest_first` holds the
/// seats of each going party, latest RSVP first; `first_waiting` is the position at the front
/// of the waitlist now. The moved keep their order among themselves (the earlier RSVP ahead)
/// and go before everyone waiting: they had seats.
pub fn make_room(
    taken: i32,
    capacity: i32,
    latest_first: impl IntoIterator<Item = i32>,
    first_waiting: Option<i64>,
) -> Room {
    let mut room = Room {
        positions: Vec::new(),
        taken,
    };
    // Each one moved goes before those moved already: the earlier RSVP stays ahead.
    let mut position = first_waiting.map_or(1, |first| first - 1);
    for seats in latest_first {
        if room.taken <= capacity {
            break;
        }
        room.positions.push(position);
        room.taken -= seats;
        position -= 1;
    }
    room
}

#[cfg(test)]
mod tests;
