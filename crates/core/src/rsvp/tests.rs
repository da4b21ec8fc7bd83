use std::{collections::BTreeMap, convert::Infallible};

use proptest::prelude::*;

use super::*;

fn seats(capacity: Option<i32>, taken: i32) -> Seats {
    Seats { capacity, taken }
}

/// An RSVP as it stands.
fn was(status: RsvpStatus, guests: i32) -> Option<Answered> {
    Some(Answered { status, guests })
}

/// A member's "yes": a seat, or the waitlist.
fn yes(guests: i32) -> Target {
    Target::Going {
        guests,
        answer: None,
        or_wait: true,
    }
}

/// An organizer's "going": a seat, or a refusal.
fn seat(guests: i32) -> Target {
    Target::Going {
        guests,
        answer: None,
        or_wait: false,
    }
}

fn going_plan(seat_change: i32, guests: i32, may_promote: bool) -> Plan {
    Plan {
        seat_change,
        status: RsvpStatus::Going,
        guests,
        answer: None,
        place: Place::NotWaiting,
        may_promote,
    }
}

fn waiting_plan(seat_change: i32, guests: i32, place: Place, may_promote: bool) -> Plan {
    Plan {
        seat_change,
        status: RsvpStatus::Waitlisted,
        guests,
        answer: None,
        place,
        may_promote,
    }
}

#[test]
fn a_first_yes_takes_a_seat_when_the_party_fits_and_waits_at_the_back_otherwise() {
    assert_eq!(
        plan(seats(Some(5), 2), None, yes(2)),
        Ok(going_plan(3, 2, false))
    );
    assert_eq!(
        plan(seats(None, 900), None, yes(0)),
        Ok(going_plan(1, 0, false))
    );
    assert_eq!(
        plan(seats(Some(5), 3), None, yes(2)),
        Ok(waiting_plan(0, 2, Place::Back, false)),
        "a party of 3 does not fit in 2 seats"
    );
    // Someone who said no before is treated like someone new.
    assert_eq!(
        plan(seats(Some(5), 5), was(RsvpStatus::NotGoing, 1), yes(0)),
        Ok(waiting_plan(0, 0, Place::Back, false))
    );
}

#[test]
fn an_organizers_seat_is_refused_with_the_seats_free() {
    assert_eq!(
        plan(seats(Some(5), 3), None, seat(2)),
        Err(NotEnoughSeats { free: 2 })
    );
    assert_eq!(
        plan(seats(Some(5), 7), was(RsvpStatus::NotGoing, 0), seat(0)),
        Err(NotEnoughSeats { free: 0 }),
        "never a negative count"
    );
    // From the waitlist, an organizer's "going" takes a seat when there is one.
    assert_eq!(
        plan(seats(Some(5), 4), was(RsvpStatus::Waitlisted, 1), seat(0)),
        Ok(going_plan(1, 0, false))
    );
    assert_eq!(
        plan(seats(Some(5), 4), was(RsvpStatus::Waitlisted, 1), seat(1)),
        Err(NotEnoughSeats { free: 1 })
    );
}

#[test]
fn a_going_party_changing_its_guests_takes_or_gives_back_only_the_difference() {
    let going = was(RsvpStatus::Going, 1);
    assert_eq!(
        plan(seats(Some(5), 3), going, yes(3)),
        Ok(going_plan(2, 3, false))
    );
    // More guests than fit: refused, not moved to the waitlist (the seats held stay).
    assert_eq!(
        plan(seats(Some(5), 4), going, yes(3)),
        Err(NotEnoughSeats { free: 1 })
    );
    assert_eq!(
        plan(seats(Some(5), 5), going, yes(0)),
        Ok(going_plan(-1, 0, true))
    );
    assert_eq!(
        plan(seats(Some(5), 5), going, yes(1)),
        Ok(going_plan(0, 1, false)),
        "the same party changes nothing"
    );
}

#[test]
fn a_waiting_member_answering_yes_again_keeps_their_place() {
    let waiting = was(RsvpStatus::Waitlisted, 2);
    assert_eq!(
        plan(seats(Some(5), 5), waiting, yes(2)),
        Ok(waiting_plan(0, 2, Place::Keep, false))
    );
    assert_eq!(
        plan(seats(Some(5), 5), waiting, yes(3)),
        Ok(waiting_plan(0, 3, Place::Keep, false))
    );
    // A smaller party may fit now: the waitlist moves (and may seat them).
    assert_eq!(
        plan(seats(Some(5), 4), waiting, yes(0)),
        Ok(waiting_plan(0, 0, Place::Keep, true))
    );
    let answered = Target::Going {
        guests: 2,
        answer: Some("Vegan".to_owned()),
        or_wait: true,
    };
    assert_eq!(
        plan(seats(Some(5), 5), waiting, answered).map(|p| p.answer),
        Ok(Some("Vegan".to_owned()))
    );
}

#[test]
fn moving_to_the_waitlist_gives_back_seats_and_always_lets_the_waitlist_move() {
    let to_wait = |guests| Target::Waitlisted { guests };
    assert_eq!(
        plan(seats(Some(5), 5), was(RsvpStatus::Going, 1), to_wait(1)),
        Ok(waiting_plan(-2, 1, Place::Back, true))
    );
    assert_eq!(
        plan(
            seats(Some(5), 5),
            was(RsvpStatus::Waitlisted, 1),
            to_wait(0)
        ),
        Ok(waiting_plan(0, 0, Place::Keep, true))
    );
    assert_eq!(
        plan(seats(Some(5), 1), None, to_wait(0)),
        Ok(waiting_plan(0, 0, Place::Back, true)),
        "nobody waits while they fit: promotion seats them at once"
    );
}

#[test]
fn not_going_gives_back_seats_and_lets_the_waitlist_move_only_if_there_were_any() {
    let not_going = |seat_change, guests, may_promote| Plan {
        seat_change,
        status: RsvpStatus::NotGoing,
        guests,
        answer: None,
        place: Place::NotWaiting,
        may_promote,
    };
    let full = seats(Some(5), 5);
    assert_eq!(
        plan(full, was(RsvpStatus::Going, 2), Target::NotGoing),
        Ok(not_going(-3, 2, true))
    );
    assert_eq!(
        plan(full, was(RsvpStatus::Waitlisted, 1), Target::NotGoing),
        Ok(not_going(0, 1, false))
    );
    assert_eq!(
        plan(full, None, Target::NotGoing),
        Ok(not_going(0, 0, false))
    );
}

#[test]
fn the_hot_path_takes_only_the_extra_seats_and_gives_back_what_the_plan_does_not_use() {
    assert_eq!(seats_wanted(None, &yes(2)), 3);
    assert_eq!(seats_wanted(was(RsvpStatus::Going, 1), &yes(3)), 2);
    assert_eq!(seats_wanted(was(RsvpStatus::Going, 3), &yes(1)), 0);
    assert_eq!(seats_wanted(was(RsvpStatus::Waitlisted, 1), &yes(1)), 2);
    assert_eq!(
        seats_wanted(was(RsvpStatus::Going, 1), &Target::NotGoing),
        0
    );
    // Taken on the way in by someone waiting, who keeps their place instead: given back.
    let kept = plan(seats(Some(5), 3), was(RsvpStatus::Waitlisted, 1), yes(1));
    assert_eq!(kept.map(|p| p.seats_still_to_take(2)), Ok(-2));
    let seated = plan(seats(Some(5), 3), None, yes(1));
    assert_eq!(seated.map(|p| p.seats_still_to_take(2)), Ok(0));
}

/// A waitlist in memory: people in arrival order with the seats each needs.
struct Queue {
    waiting: Vec<(char, i32)>,
    /// How many seats the store still lets promotion take (its own guard).
    store_allows: i32,
}

impl Waitlist for Queue {
    type Party = char;
    type Error = Infallible;

    fn first_who_fits(&mut self, free: Option<i64>) -> Result<Option<Waiting<char>>, Infallible> {
        Ok(self
            .waiting
            .iter()
            .find(|(_, seats)| free.is_none_or(|f| i64::from(*seats) <= f))
            .map(|&(party, seats)| Waiting { party, seats }))
    }

    fn seat(&mut self, party: &char, seats: i32) -> Result<bool, Infallible> {
        if seats > self.store_allows {
            return Ok(false);
        }
        self.store_allows -= seats;
        self.waiting.retain(|(p, _)| p != party);
        Ok(true)
    }
}

fn queue(waiting: &[(char, i32)]) -> Queue {
    Queue {
        waiting: waiting.to_vec(),
        store_allows: i32::MAX,
    }
}

#[test]
fn promotion_is_first_come_first_served_by_who_fits() {
    let waiting = [('a', 3), ('b', 1), ('c', 1), ('d', 2)];
    let Ok(none) = promote(seats(Some(5), 5), &mut queue(&waiting));
    assert_eq!(none, (vec![], 5));
    let Ok(one) = promote(seats(Some(5), 4), &mut queue(&waiting));
    assert_eq!(one, (vec!['b'], 5), "the party of 3 cannot fit");
    let Ok(two) = promote(seats(Some(5), 2), &mut queue(&waiting));
    assert_eq!(two, (vec!['a'], 5), "the first fits and takes all");
    let Ok(skipping) = promote(seats(Some(5), 1), &mut queue(&waiting));
    assert_eq!(skipping, (vec!['a', 'b'], 5));
    let Ok(everyone) = promote(seats(None, 7), &mut queue(&waiting));
    assert_eq!(everyone, (vec!['a', 'b', 'c', 'd'], 14));
    let Ok(empty) = promote(seats(Some(5), 0), &mut queue(&[]));
    assert_eq!(empty, (vec![], 0));
}

#[test]
fn promotion_stops_where_the_store_refuses_or_a_party_would_never_end_it() {
    let mut guarded = Queue {
        store_allows: 1,
        ..queue(&[('a', 1), ('b', 1)])
    };
    let Ok(stopped) = promote(seats(Some(5), 0), &mut guarded);
    assert_eq!(stopped, (vec!['a'], 1));
    let Ok(seatless) = promote(seats(None, 0), &mut queue(&[('a', 0)]));
    assert_eq!(seatless, (vec![], 0));
    // A waitlist that answers with a party too large for what is free is not believed.
    let Ok(too_large) = promote(seats(Some(5), 4), &mut Careless(queue(&[('a', 3)])));
    assert_eq!(too_large, (vec![], 4));
}

/// A waitlist that ignores the free seats it is given.
struct Careless(Queue);

impl Waitlist for Careless {
    type Party = char;
    type Error = Infallible;

    fn first_who_fits(&mut self, _: Option<i64>) -> Result<Option<Waiting<char>>, Infallible> {
        self.0.first_who_fits(None)
    }

    fn seat(&mut self, party: &char, seats: i32) -> Result<bool, Infallible> {
        self.0.seat(party, seats)
    }
}

#[test]
fn lowering_the_capacity_moves_the_latest_to_the_front_until_the_rest_fit() {
    // Going, latest first: 1, 3, 1 seats (5 taken).
    assert_eq!(
        make_room(5, 5, [1, 3, 1], Some(4)),
        Room {
            positions: vec![],
            taken: 5
        }
    );
    assert_eq!(
        make_room(5, 4, [1, 3, 1], Some(4)),
        Room {
            positions: vec![3],
            taken: 4
        }
    );
    assert_eq!(
        make_room(5, 2, [1, 3, 1], Some(4)),
        Room {
            positions: vec![3, 2],
            taken: 1
        },
        "the earlier of the two moved gets the earlier place"
    );
    assert_eq!(
        make_room(5, 2, [1, 3, 1], None).positions,
        vec![1, 0],
        "an empty waitlist"
    );
}

// ---------------------------------------------------------------------------------------
// Property tests: sequences of operations on one event, carried out on a model of it with
// `plan`, `promote` and `make_room` the way `muster_db::rsvps` carries them out.

/// Someone's RSVP in the model.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rsvp {
    status: RsvpStatus,
    guests: i32,
    position: Option<i64>,
    /// When the RSVP was first made (the database's `created_at`): "the latest" going.
    answered_at: usize,
}

/// One event with its seat counter and everyone's RSVP.
#[derive(Debug, Clone)]
struct Event {
    capacity: Option<i32>,
    taken: i32,
    rsvps: BTreeMap<usize, Rsvp>,
    clock: usize,
}

/// What happened in one step, for the checks.
#[derive(Debug, Default)]
struct Outcome {
    actor: Option<usize>,
    refused: Option<NotEnoughSeats>,
    moved: Vec<usize>,
    /// The waitlist as promotion found it (person, seats), in arrival order.
    queue_before_promotion: Vec<(usize, i32)>,
    promoted: Vec<usize>,
}

#[derive(Debug, Clone)]
enum Op {
    /// A member answers (the hot path): yes with guests, or no.
    Answer {
        person: usize,
        yes: bool,
        guests: i32,
    },
    /// An organizer moves someone.
    Organize {
        person: usize,
        to: RsvpStatus,
        guests: i32,
    },
    /// An organizer changes the capacity (lowering it moves the latest to the waitlist).
    Capacity(Option<i32>),
}

impl Event {
    fn seats(&self) -> Seats {
        seats(self.capacity, self.taken)
    }

    fn answered(&self, person: usize) -> Option<Answered> {
        self.rsvps.get(&person).map(|r| Answered {
            status: r.status,
            guests: r.guests,
        })
    }

    /// Everyone waiting, in arrival order (the database's order: position, then creation).
    fn queue(&self) -> Vec<usize> {
        let mut waiting: Vec<(&usize, &Rsvp)> = self
            .rsvps
            .iter()
            .filter(|(_, r)| r.status == RsvpStatus::Waitlisted)
            .collect();
        waiting.sort_by_key(|(_, r)| (r.position, r.answered_at));
        waiting.into_iter().map(|(p, _)| *p).collect()
    }

    fn party(&self, person: usize) -> i32 {
        seats_for(self.rsvps[&person].guests)
    }

    fn positions(&self) -> impl Iterator<Item = i64> + '_ {
        self.rsvps.values().filter_map(|r| r.position)
    }

    fn promote(&mut self, outcome: &mut Outcome) {
        outcome.queue_before_promotion = self
            .queue()
            .into_iter()
            .map(|p| (p, self.party(p)))
            .collect();
        let Ok((promoted, taken)) = promote(self.seats(), self);
        assert_eq!(taken, self.taken, "promotion counts the seats it takes");
        outcome.promoted = promoted;
    }

    /// What `muster_db::rsvps::apply` does: plan, settle the seats (some perhaps taken
    /// `speculatively` already), write the RSVP, promote.
    fn carry_out(&mut self, person: usize, target: Target, speculatively: i32) -> Outcome {
        let mut outcome = Outcome {
            actor: Some(person),
            ..Outcome::default()
        };
        let current = self.answered(person);
        let before = seats(self.capacity, self.taken - speculatively);
        let plan = match plan(before, current, target) {
            Ok(plan) => plan,
            Err(refusal) => {
                outcome.refused = Some(refusal);
                return outcome;
            }
        };
        let rest = plan.seats_still_to_take(speculatively);
        // The database's guarded update, which the plan must never run into under the lock.
        assert!(
            rest <= 0 || self.seats().fit(rest),
            "planned {rest} seats that are not free"
        );
        self.taken += rest;
        let position = match plan.place {
            Place::NotWaiting => None,
            Place::Keep => Some(self.rsvps[&person].position.expect("kept a place not held")),
            Place::Back => Some(self.positions().max().map_or(1, |p| p + 1)),
        };
        let answered_at = self
            .rsvps
            .get(&person)
            .map_or(self.clock, |r| r.answered_at);
        self.clock += 1;
        self.rsvps.insert(
            person,
            Rsvp {
                status: plan.status,
                guests: plan.guests,
                position,
                answered_at,
            },
        );
        if plan.may_promote {
            self.promote(&mut outcome);
        }
        outcome
    }

    /// A member's answer: the seats wanted are taken first when they fit (the guarded update
    /// that also locks the event), then the plan is carried out.
    fn answer(&mut self, person: usize, target: Target) -> Outcome {
        let wanted = seats_wanted(self.answered(person), &target);
        let speculatively = if wanted > 0 && self.seats().fit(wanted) {
            self.taken += wanted;
            wanted
        } else {
            0
        };
        self.carry_out(person, target, speculatively)
    }

    /// What the event's edit does: make room when lowering, set the capacity, promote.
    fn change_capacity(&mut self, capacity: Option<i32>) -> Outcome {
        let mut outcome = Outcome::default();
        if let Some(capacity) = capacity
            && capacity < self.taken
        {
            let mut going: Vec<usize> = self
                .rsvps
                .iter()
                .filter(|(_, r)| r.status == RsvpStatus::Going)
                .map(|(p, _)| *p)
                .collect();
            going.sort_by_key(|p| std::cmp::Reverse(self.rsvps[p].answered_at));
            let front = self.queue().first().and_then(|p| self.rsvps[p].position);
            let room = make_room(
                self.taken,
                capacity,
                going.iter().map(|p| self.party(*p)),
                front,
            );
            for (person, position) in going.iter().zip(&room.positions) {
                let rsvp = self.rsvps.get_mut(person).expect("going");
                rsvp.status = RsvpStatus::Waitlisted;
                rsvp.position = Some(*position);
                self.taken -= seats_for(rsvp.guests);
                outcome.moved.push(*person);
            }
            assert_eq!(room.taken, self.taken, "make_room counts the seats freed");
        }
        self.capacity = capacity;
        self.promote(&mut outcome);
        outcome
    }

    fn apply(&mut self, op: &Op) -> Outcome {
        let before = self.clone();
        let outcome = match *op {
            Op::Answer {
                person,
                yes,
                guests,
            } => {
                let target = if yes {
                    Target::Going {
                        guests,
                        answer: None,
                        or_wait: true,
                    }
                } else {
                    Target::NotGoing
                };
                self.answer(person, target)
            }
            Op::Organize { person, to, guests } => {
                let target = match to {
                    RsvpStatus::Going => Target::Going {
                        guests,
                        answer: None,
                        or_wait: false,
                    },
                    RsvpStatus::Waitlisted => Target::Waitlisted { guests },
                    RsvpStatus::NotGoing => Target::NotGoing,
                };
                self.carry_out(person, target, 0)
            }
            Op::Capacity(capacity) => self.change_capacity(capacity),
        };
        if outcome.refused.is_some() {
            // A refusal rolls the transaction back, seats taken on the way in included.
            *self = before;
        }
        outcome
    }
}

impl Waitlist for Event {
    type Party = usize;
    type Error = Infallible;

    fn first_who_fits(&mut self, free: Option<i64>) -> Result<Option<Waiting<usize>>, Infallible> {
        Ok(self
            .queue()
            .into_iter()
            .map(|party| Waiting {
                party,
                seats: self.party(party),
            })
            .find(|w| free.is_none_or(|f| i64::from(w.seats) <= f)))
    }

    fn seat(&mut self, party: &usize, seats: i32) -> Result<bool, Infallible> {
        // The guarded update.
        if !self.seats().fit(seats) {
            return Ok(false);
        }
        self.taken += seats;
        let rsvp = self.rsvps.get_mut(party).expect("a waiting party");
        rsvp.status = RsvpStatus::Going;
        rsvp.position = None;
        Ok(true)
    }
}

/// Seats never oversold and always counted right; every RSVP once, with a place exactly when
/// waiting.
fn check_seats_and_people(before: &Event, after: &Event, outcome: &Outcome) {
    assert!(after.taken >= 0, "{after:?}");
    if let Some(capacity) = after.capacity {
        assert!(after.taken <= capacity, "oversold: {after:?}");
    }
    let going: i32 = after
        .rsvps
        .values()
        .filter(|r| r.status == RsvpStatus::Going)
        .map(|r| seats_for(r.guests))
        .sum();
    assert_eq!(
        after.taken, going,
        "the counter is the going parties' seats"
    );
    for (person, rsvp) in &after.rsvps {
        let waiting = rsvp.status == RsvpStatus::Waitlisted;
        assert_eq!(waiting, rsvp.position.is_some(), "{person}: {rsvp:?}");
    }
    let mut positions: Vec<i64> = after.positions().collect();
    let count = positions.len();
    positions.sort_unstable();
    positions.dedup();
    assert_eq!(
        positions.len(),
        count,
        "two people share a place: {after:?}"
    );
    // Nobody who answered is lost; only the actor may be new.
    for person in before.rsvps.keys() {
        assert!(after.rsvps.contains_key(person), "{person} was lost");
    }
    let new = after.rsvps.len() - before.rsvps.len();
    assert!(new == 0 || (new == 1 && outcome.actor.is_some()));
    // Only the actor, the promoted and the moved change.
    for (person, was) in &before.rsvps {
        let is = &after.rsvps[person];
        if Some(*person) == outcome.actor || is == was {
            continue;
        }
        let promoted = outcome.promoted.contains(person);
        let moved = outcome.moved.contains(person);
        assert!(promoted || moved, "{person} changed: {was:?} -> {is:?}");
        if promoted && !moved {
            assert_eq!(
                (was.status, is.status),
                (RsvpStatus::Waitlisted, RsvpStatus::Going)
            );
        }
        if moved && !promoted {
            assert_eq!(
                (was.status, is.status),
                (RsvpStatus::Going, RsvpStatus::Waitlisted)
            );
        }
        assert_eq!(was.guests, is.guests, "{person}'s guests changed");
    }
}

/// The waitlist keeps its order: the moved go to the front (earlier RSVP first), the actor
/// newly waiting to the back, and everyone else stays in order; promotion only takes people
/// out.
fn check_waitlist_order(before: &Event, after: &Event, outcome: &Outcome) {
    let old = before.queue();
    let mut moved = outcome.moved.clone();
    moved.sort_by_key(|p| before.rsvps[p].answered_at);
    let mut expected: Vec<usize> = moved;
    expected.extend(old.iter().copied());
    if let Some(actor) = outcome.actor
        && !old.contains(&actor)
    {
        expected.push(actor);
    }
    expected.retain(|p| after.rsvps.get(p).map(|r| r.status) == Some(RsvpStatus::Waitlisted));
    assert_eq!(after.queue(), expected, "the waitlist's order changed");
}

/// Promotion is fair: in arrival order, passing over only parties too large, and nobody who
/// fits is left waiting behind free seats.
fn check_promotion(after: &Event, outcome: &Outcome) {
    let waiting = after.queue();
    for person in &waiting {
        assert!(
            !after.seats().fit(after.party(*person)),
            "{person} fits in the free seats but waits: {after:?}"
        );
    }
    let queue = &outcome.queue_before_promotion;
    let place = |p: &usize| queue.iter().position(|(q, _)| q == p).expect("was waiting");
    let places: Vec<usize> = outcome.promoted.iter().map(place).collect();
    assert!(
        places.is_sorted(),
        "promoted out of arrival order: {outcome:?}"
    );
    for promoted in &outcome.promoted {
        let (_, seats) = queue[place(promoted)];
        for (passed, passed_seats) in &queue[..place(promoted)] {
            if waiting.contains(passed) {
                assert!(
                    *passed_seats > seats,
                    "{promoted} ({seats} seats) went before {passed} ({passed_seats})"
                );
            }
        }
    }
}

/// Lowering the capacity moves exactly the latest going parties needed for the rest to fit.
fn check_room_made(before: &Event, after: &Event, op: &Op, outcome: &Outcome) {
    let Op::Capacity(Some(capacity)) = *op else {
        return;
    };
    let moved_seats: i32 = outcome.moved.iter().map(|p| before.party(*p)).sum();
    assert!(before.taken - moved_seats <= capacity);
    if let Some(last) = outcome.moved.last() {
        assert!(
            before.taken - moved_seats + before.party(*last) > capacity,
            "moved one too many"
        );
    }
    let latest_staying = before
        .rsvps
        .iter()
        .filter(|(p, r)| r.status == RsvpStatus::Going && !outcome.moved.contains(p))
        .map(|(_, r)| r.answered_at)
        .max();
    for person in &outcome.moved {
        assert_eq!(before.rsvps[person].status, RsvpStatus::Going);
        assert!(latest_staying.is_none_or(|l| l < before.rsvps[person].answered_at));
    }
    assert_eq!(after.capacity, Some(capacity));
}

/// A refusal changes nothing, and only comes when the seats asked for are not free.
fn check_refusal(before: &Event, after: &Event, op: &Op, outcome: &Outcome) {
    let Some(refused) = outcome.refused else {
        return;
    };
    assert_eq!((after.taken, &after.rsvps), (before.taken, &before.rsvps));
    let free = before.seats().free().expect("refused without a limit");
    assert_eq!(refused.free, free.max(0));
    let (Op::Answer { person, guests, .. } | Op::Organize { person, guests, .. }) = *op else {
        panic!("a capacity change refused");
    };
    let held = before.answered(person).map_or(0, |a| a.held());
    assert!(
        i64::from(seats_for(guests) - held) > free,
        "refused though it fits"
    );
}

fn op() -> impl Strategy<Value = Op> {
    let person = 0..6usize;
    let guests = 0..=3i32;
    prop_oneof![
        5 => (person.clone(), any::<bool>(), guests.clone())
            .prop_map(|(person, yes, guests)| Op::Answer { person, yes, guests }),
        2 => (person, prop::sample::select(RsvpStatus::ALL), guests)
            .prop_map(|(person, to, guests)| Op::Organize { person, to, guests }),
        1 => prop::option::weighted(0.8, 1..=10i32).prop_map(Op::Capacity),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_step_keeps_seats_people_order_and_fairness(
        capacity in prop::option::weighted(0.9, 1..=10i32),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        let mut event = Event { capacity, taken: 0, rsvps: BTreeMap::new(), clock: 0 };
        for op in &ops {
            let before = event.clone();
            let outcome = event.apply(op);
            check_seats_and_people(&before, &event, &outcome);
            check_waitlist_order(&before, &event, &outcome);
            check_promotion(&event, &outcome);
            check_room_made(&before, &event, op, &outcome);
            check_refusal(&before, &event, op, &outcome);
        }
    }
}
