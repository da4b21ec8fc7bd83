//! Events: their parsed values, statuses and schedule rules, when RSVPs are open, what a page
//! says about an event ([`Phase`]). The RSVP and waitlist rules themselves are in
//! [`crate::rsvp`].

use std::fmt;

use chrono::{Duration, NaiveDateTime, TimeZone, Utc};
use serde::{Serialize, Serializer};

use crate::{
    Timestamp,
    account::{Invalid, Timezone},
    group::{multi_line, single_line, text_type},
    stored::text_enum,
};

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid(message.into())
}

text_type!(
    /// An event's title: 3–120 characters.
    EventTitle, |s| single_line(s, 3, 120, "The title")
);
text_type!(
    /// The name of a place: 1–120 characters.
    VenueName, |s| single_line(s, 1, 120, "The venue's name")
);
text_type!(
    /// A postal address (line breaks allowed): up to 300 characters.
    Address, |s| multi_line(s, 0, 300, "The address")
);
text_type!(
    /// "How to find us": up to 1000 characters.
    Directions, |s| multi_line(s, 0, 1000, "How to find us")
);
text_type!(
    /// The question asked with each RSVP ("Any dietary needs?"): up to 300 characters.
    RsvpQuestion, |s| single_line(s, 0, 300, "The question")
);
text_type!(
    /// An answer to the RSVP question: up to 1000 characters.
    RsvpAnswer, |s| multi_line(s, 0, 1000, "The answer")
);
text_type!(
    /// Why an event was cancelled: 3–1000 characters, shown on the event page.
    CancelReason, |s| multi_line(s, 3, 1000, "The reason")
);
text_type!(
    /// A talk's title: 1–200 characters.
    TalkTitle, |s| single_line(s, 1, 200, "The talk's title")
);
text_type!(
    /// A speaker's name as shown on the agenda: up to 100 characters.
    SpeakerName, |s| single_line(s, 0, 100, "The speaker's name")
);
text_type!(
    /// A talk's abstract (Markdown): up to 5000 characters.
    TalkAbstract, |s| multi_line(s, 0, 5000, "The abstract")
);
text_type!(
    /// A comment on an event: 1–5000 characters.
    CommentText, |s| multi_line(s, 1, 5000, "The comment")
);

text_enum!(
    /// Where an event is in its life.
    EventStatus {
        /// Only organizers see it.
        Draft = "draft",
        /// On the group's page, open for RSVPs (within its window).
        Published = "published",
        /// Called off; still shown, marked cancelled, with the reason.
        Cancelled = "cancelled",
    },
    "Choose draft, published or cancelled.",
    "an event status"
);

text_enum!(
    /// A person's answer, as recorded.
    RsvpStatus {
        /// Has a seat (with their guests).
        Going = "going",
        /// Wants a seat; promoted in arrival order when one frees.
        Waitlisted = "waitlisted",
        /// Not coming.
        NotGoing = "not_going",
    },
    "Choose going, waitlisted or not_going.",
    "an RSVP status"
);

text_enum!(
    /// What a person answers: yes (a seat, or the waitlist when full) or no.
    RsvpResponse {
        Yes = "yes",
        No = "no",
    },
    "Answer yes or no.",
    "an RSVP answer"
);

text_enum!(
    /// Whether a person came, as marked at the door.
    Attendance {
        Unknown = "unknown",
        Attended = "attended",
        NoShow = "no_show",
    },
    "Choose attended, no_show or unknown.",
    "an attendance"
);

/// The most seats an event can have.
pub const MAX_CAPACITY: i64 = 10_000;
/// The most guests one RSVP may bring.
pub const MAX_GUEST_LIMIT: i64 = 10;
/// The most hosts shown on an event.
pub const MAX_HOSTS: usize = 5;
/// The longest event.
pub const MAX_DURATION: Duration = Duration::days(14);

/// Seats for an event: 1..=10,000.
pub fn capacity(value: i64) -> Result<i32, Invalid> {
    if !(1..=MAX_CAPACITY).contains(&value) {
        return Err(invalid(format!(
            "Capacity is a number of seats from 1 to {MAX_CAPACITY}; leave it empty for no limit."
        )));
    }
    i32::try_from(value).map_err(|_| invalid("Capacity is too large."))
}

/// How many guests each RSVP may bring: 0..=10.
pub fn guest_limit(value: i64) -> Result<i32, Invalid> {
    if !(0..=MAX_GUEST_LIMIT).contains(&value) {
        return Err(invalid(format!(
            "Guests per RSVP is a number from 0 to {MAX_GUEST_LIMIT}."
        )));
    }
    i32::try_from(value).map_err(|_| invalid("Too many guests."))
}

/// The guests one RSVP brings, within the event's allowance.
pub fn guests(value: i64, limit: i32) -> Result<i32, Invalid> {
    if value < 0 {
        return Err(invalid("Guests cannot be negative."));
    }
    if value > i64::from(limit) {
        return Err(invalid(match limit {
            0 => "This event does not allow guests.".to_owned(),
            1 => "You can bring at most 1 guest.".to_owned(),
            n => format!("You can bring at most {n} guests."),
        }));
    }
    i32::try_from(value).map_err(|_| invalid("Too many guests."))
}

/// A time as a person or client gives it: RFC 3339 with an offset (`2026-12-16T18:30:00Z`,
/// `…+01:00`), or a local date and time in `tz` (`2026-12-16T18:30`, as an HTML
/// `datetime-local` input sends it). A local time that does not exist in `tz` (the hour the
/// clocks skip) is refused with a message saying so; one that exists twice means the first.
pub fn parse_time(text: &str, tz: Timezone) -> Result<Timestamp, Invalid> {
    let text = text.trim();
    if text.is_empty() {
        return Err(invalid("Enter a date and time."));
    }
    if let Ok(t) = Timestamp::parse_rfc3339(text) {
        return Ok(t);
    }
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| {
            invalid("Enter a date and time like 2026-12-16T18:30 (or RFC 3339 with an offset).")
        })?;
    let zone = tz.tz();
    match zone.from_local_datetime(&local).earliest() {
        Some(t) => Ok(Timestamp::from(t.with_timezone(&Utc))),
        None => Err(invalid(format!(
            "{} does not exist in {}: the clocks skip that hour. Choose another time.",
            local.format("%H:%M on %-d %B %Y"),
            tz.name()
        ))),
    }
}

/// When an event starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
}

impl Schedule {
    /// The end comes after the start, and the event lasts at most 14 days.
    pub fn new(starts_at: Timestamp, ends_at: Timestamp) -> Result<Schedule, Invalid> {
        if ends_at <= starts_at {
            return Err(invalid("The end must be after the start."));
        }
        if ends_at - starts_at > MAX_DURATION {
            return Err(invalid("An event can last at most 14 days."));
        }
        Ok(Schedule { starts_at, ends_at })
    }

    /// New events, and events being moved, cannot start in the past.
    pub fn check_future(&self, now: Timestamp) -> Result<(), Invalid> {
        if self.starts_at <= now {
            return Err(invalid("The start must be in the future."));
        }
        Ok(())
    }

    pub fn duration(&self) -> Duration {
        self.ends_at - self.starts_at
    }
}

/// When RSVPs may be made, besides "until the event starts".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RsvpWindow {
    pub opens_at: Option<Timestamp>,
    pub closes_at: Option<Timestamp>,
}

/// Which end of the window a problem is with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowEnd {
    Opens,
    Closes,
}

impl RsvpWindow {
    /// Opening before closing, both before the start.
    pub fn check(&self, schedule: &Schedule) -> Result<(), (WindowEnd, Invalid)> {
        if let Some(opens) = self.opens_at
            && opens >= schedule.starts_at
        {
            return Err((
                WindowEnd::Opens,
                invalid("RSVPs must open before the event starts."),
            ));
        }
        if let Some(closes) = self.closes_at {
            if closes > schedule.starts_at {
                return Err((
                    WindowEnd::Closes,
                    invalid("RSVPs close when the event starts at the latest."),
                ));
            }
            if let Some(opens) = self.opens_at
                && closes <= opens
            {
                return Err((
                    WindowEnd::Closes,
                    invalid("RSVPs must close after they open."),
                ));
            }
        }
        Ok(())
    }

    /// The window, moved along with an event that moved by `delta`: a window set as "two days
    /// before" stays two days before.
    pub fn shifted(&self, delta: Duration) -> RsvpWindow {
        RsvpWindow {
            opens_at: self.opens_at.map(|t| t + delta),
            closes_at: self.closes_at.map(|t| t + delta),
        }
    }
}

/// What the RSVP rules need to know about an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventFacts {
    pub status: EventStatus,
    pub schedule: Schedule,
    pub window: RsvpWindow,
    /// Closed early by an organizer.
    pub rsvps_closed: bool,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
}

/// How an event stands, as its page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Not published yet.
    Draft,
    /// Called off.
    Cancelled,
    /// Over.
    Past,
    /// Happening now.
    InProgress,
    /// RSVPs open later.
    NotOpenYet,
    /// RSVPs closed (by time or by an organizer).
    Closed,
    /// Every seat taken: a "yes" joins the waitlist.
    Full,
    /// Seats available (or no limit).
    Open,
}

impl Phase {
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::Cancelled => "cancelled",
            Phase::Past => "past",
            Phase::InProgress => "in_progress",
            Phase::NotOpenYet => "not_open_yet",
            Phase::Closed => "closed",
            Phase::Full => "full",
            Phase::Open => "open",
        }
    }
}

/// Why an RSVP cannot be made or changed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpRefusal {
    NotPublished,
    Cancelled,
    Started,
    NotOpenYet(Timestamp),
    Closed,
}

impl RsvpRefusal {
    pub fn message(self, tz: Timezone) -> String {
        match self {
            RsvpRefusal::NotPublished => "This event is not published yet.".to_owned(),
            RsvpRefusal::Cancelled => "This event was cancelled.".to_owned(),
            RsvpRefusal::Started => "This event has already started.".to_owned(),
            RsvpRefusal::NotOpenYet(at) => format!(
                "RSVPs open on {}.",
                at.as_datetime()
                    .with_timezone(&tz.tz())
                    .format("%-d %B %Y at %H:%M %Z")
            ),
            RsvpRefusal::Closed => "RSVPs for this event are closed.".to_owned(),
        }
    }

    pub const fn code(self) -> &'static str {
        match self {
            RsvpRefusal::NotPublished => "event_not_published",
            RsvpRefusal::Cancelled => "event_cancelled",
            RsvpRefusal::Started => "event_started",
            RsvpRefusal::NotOpenYet(_) => "rsvps_not_open",
            RsvpRefusal::Closed => "rsvps_closed",
        }
    }
}

impl EventFacts {
    pub fn free_seats(&self) -> Option<i64> {
        self.capacity
            .map(|c| (i64::from(c) - i64::from(self.seats_taken)).max(0))
    }

    pub fn phase(&self, now: Timestamp) -> Phase {
        match self.status {
            EventStatus::Draft => return Phase::Draft,
            EventStatus::Cancelled => return Phase::Cancelled,
            EventStatus::Published => {}
        }
        if now >= self.schedule.ends_at {
            return Phase::Past;
        }
        if now >= self.schedule.starts_at {
            return Phase::InProgress;
        }
        match self.may_say_yes(now) {
            Err(RsvpRefusal::NotOpenYet(_)) => Phase::NotOpenYet,
            Err(_) => Phase::Closed,
            Ok(()) if self.free_seats() == Some(0) => Phase::Full,
            Ok(()) => Phase::Open,
        }
    }

    /// The next moment after `now` at which [`EventFacts::phase`] may change by itself (RSVPs
    /// open or close, the event starts or ends), if any is still ahead.
    pub fn next_change(&self, now: Timestamp) -> Option<Timestamp> {
        [
            self.window.opens_at,
            self.window.closes_at,
            Some(self.schedule.starts_at),
            Some(self.schedule.ends_at),
        ]
        .into_iter()
        .flatten()
        .filter(|t| *t > now)
        .min()
    }

    /// Whether a "yes" (or a change of guests or answer) is accepted now.
    pub fn may_say_yes(&self, now: Timestamp) -> Result<(), RsvpRefusal> {
        self.may_say_no(now)?;
        if let Some(opens) = self.window.opens_at
            && now < opens
        {
            return Err(RsvpRefusal::NotOpenYet(opens));
        }
        if self.rsvps_closed || self.window.closes_at.is_some_and(|c| now >= c) {
            return Err(RsvpRefusal::Closed);
        }
        Ok(())
    }

    /// Whether a "no" is accepted now: until the event starts, even after RSVPs closed — a
    /// freed seat can still go to the waitlist.
    pub fn may_say_no(&self, now: Timestamp) -> Result<(), RsvpRefusal> {
        match self.status {
            EventStatus::Draft => Err(RsvpRefusal::NotPublished),
            EventStatus::Cancelled => Err(RsvpRefusal::Cancelled),
            EventStatus::Published if now >= self.schedule.starts_at => Err(RsvpRefusal::Started),
            EventStatus::Published => Ok(()),
        }
    }

    /// Whether freed seats go to the waitlist now: while the event is published and has not
    /// started.
    pub fn promotes(&self, now: Timestamp) -> bool {
        self.status == EventStatus::Published && now < self.schedule.starts_at
    }
}

/// Seats an RSVP takes: the person and their guests.
pub fn seats_for(guests: i32) -> i32 {
    guests.saturating_add(1)
}

/// "Wed 16 Dec 2026, 18:30–21:00 GMT" (or with both dates when it ends on another day).
pub fn when_text(starts_at: Timestamp, ends_at: Timestamp, tz: Timezone) -> String {
    let local = |at: Timestamp| at.as_datetime().with_timezone(&tz.tz());
    let (start, end) = (local(starts_at), local(ends_at));
    if start.date_naive() == end.date_naive() {
        format!(
            "{}, {}–{} {}",
            start.format("%a %-d %b %Y"),
            start.format("%H:%M"),
            end.format("%H:%M"),
            end.format("%Z")
        )
    } else {
        format!(
            "{} – {}",
            start.format("%a %-d %b %Y, %H:%M %Z"),
            end.format("%a %-d %b %Y, %H:%M %Z")
        )
    }
}

/// One moment in a zone, to the minute: "Tue 16 Feb 2027, 14:05 CET" (deadlines, not events).
pub fn moment_text(at: Timestamp, tz: Timezone) -> String {
    at.as_datetime()
        .with_timezone(&tz.tz())
        .format("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Timestamp {
        Timestamp::from(Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap())
    }

    fn facts() -> EventFacts {
        EventFacts {
            status: EventStatus::Published,
            schedule: Schedule::new(at(2026, 12, 16, 18, 30), at(2026, 12, 16, 21, 0)).unwrap(),
            window: RsvpWindow::default(),
            rsvps_closed: false,
            capacity: Some(50),
            seats_taken: 0,
        }
    }

    #[test]
    fn local_and_offset_times_parse_in_the_events_zone() {
        let london = Timezone::parse("Europe/London").unwrap();
        assert_eq!(
            parse_time("2026-07-15T18:30", london).unwrap(),
            at(2026, 7, 15, 17, 30),
            "BST is UTC+1"
        );
        assert_eq!(
            parse_time("2026-12-16T18:30", london).unwrap(),
            at(2026, 12, 16, 18, 30)
        );
        assert_eq!(
            parse_time("2026-12-16T18:30:00+01:00", london).unwrap(),
            at(2026, 12, 16, 17, 30),
            "an explicit offset wins"
        );
        let gap = parse_time("2027-03-28T01:30", london).unwrap_err();
        assert!(gap.0.contains("does not exist"), "{gap:?}");
        // 01:30 on the last Sunday of October happens twice: the first (BST) is meant.
        assert_eq!(
            parse_time("2026-10-25T01:30", london).unwrap(),
            at(2026, 10, 25, 0, 30)
        );
        for bad in ["", "tomorrow", "2026-13-01T10:00", "16/12/2026 18:30"] {
            assert!(parse_time(bad, london).is_err(), "{bad}");
        }
    }

    #[test]
    fn schedules_and_windows_are_checked() {
        let start = at(2026, 12, 16, 18, 30);
        assert!(Schedule::new(start, start).is_err());
        assert!(Schedule::new(start, start - Duration::hours(1)).is_err());
        assert!(Schedule::new(start, start + Duration::days(15)).is_err());
        let schedule = Schedule::new(start, start + Duration::hours(2)).unwrap();
        assert!(schedule.check_future(start).is_err());
        assert!(schedule.check_future(start - Duration::minutes(1)).is_ok());

        let window = |o: Option<i64>, c: Option<i64>| RsvpWindow {
            opens_at: o.map(|h| start - Duration::hours(h)),
            closes_at: c.map(|h| start - Duration::hours(h)),
        };
        assert!(window(Some(48), Some(2)).check(&schedule).is_ok());
        assert!(window(None, Some(0)).check(&schedule).is_ok());
        assert_eq!(
            window(None, Some(-1)).check(&schedule).unwrap_err().0,
            WindowEnd::Closes
        );
        assert_eq!(
            window(Some(0), None).check(&schedule).unwrap_err().0,
            WindowEnd::Opens
        );
        assert_eq!(
            window(Some(2), Some(48)).check(&schedule).unwrap_err().0,
            WindowEnd::Closes
        );
        let moved = window(Some(48), Some(2)).shifted(Duration::days(7));
        assert_eq!(
            moved.opens_at,
            Some(start + Duration::days(7) - Duration::hours(48))
        );
    }

    #[test]
    fn the_phase_follows_status_time_window_and_seats() {
        let f = facts();
        let before = at(2026, 12, 10, 12, 0);
        assert_eq!(f.phase(before), Phase::Open);
        assert_eq!(
            EventFacts {
                seats_taken: 50,
                ..f
            }
            .phase(before),
            Phase::Full
        );
        assert_eq!(
            EventFacts {
                capacity: None,
                seats_taken: 500,
                ..f
            }
            .phase(before),
            Phase::Open
        );
        assert_eq!(f.phase(at(2026, 12, 16, 19, 0)), Phase::InProgress);
        assert_eq!(f.phase(at(2026, 12, 16, 21, 0)), Phase::Past);
        assert_eq!(
            EventFacts {
                status: EventStatus::Cancelled,
                ..f
            }
            .phase(before),
            Phase::Cancelled
        );
        assert_eq!(
            EventFacts {
                status: EventStatus::Draft,
                ..f
            }
            .phase(before),
            Phase::Draft
        );
        assert_eq!(
            EventFacts {
                rsvps_closed: true,
                ..f
            }
            .phase(before),
            Phase::Closed
        );
        let windowed = EventFacts {
            window: RsvpWindow {
                opens_at: Some(at(2026, 12, 12, 0, 0)),
                closes_at: Some(at(2026, 12, 16, 12, 0)),
            },
            ..f
        };
        assert_eq!(windowed.phase(before), Phase::NotOpenYet);
        assert_eq!(windowed.phase(at(2026, 12, 13, 0, 0)), Phase::Open);
        assert_eq!(windowed.phase(at(2026, 12, 16, 12, 0)), Phase::Closed);
        // The phase only changes at the moments `next_change` names.
        let before_opening = at(2026, 12, 10, 12, 0);
        assert_eq!(
            windowed.next_change(before_opening),
            Some(at(2026, 12, 12, 0, 0))
        );
        assert_eq!(
            windowed.next_change(at(2026, 12, 12, 0, 0)),
            Some(at(2026, 12, 16, 12, 0))
        );
        assert_eq!(
            windowed.next_change(at(2026, 12, 16, 12, 0)),
            Some(at(2026, 12, 16, 18, 30))
        );
        assert_eq!(
            windowed.next_change(at(2026, 12, 16, 19, 0)),
            Some(at(2026, 12, 16, 21, 0))
        );
        assert_eq!(windowed.next_change(at(2026, 12, 16, 21, 0)), None);
    }

    #[test]
    fn no_is_accepted_after_closing_but_not_after_the_start() {
        let closed = EventFacts {
            rsvps_closed: true,
            ..facts()
        };
        let before = at(2026, 12, 16, 18, 0);
        assert_eq!(closed.may_say_yes(before), Err(RsvpRefusal::Closed));
        assert_eq!(closed.may_say_no(before), Ok(()));
        assert!(closed.promotes(before));
        let started = at(2026, 12, 16, 18, 30);
        assert_eq!(closed.may_say_no(started), Err(RsvpRefusal::Started));
        assert!(!closed.promotes(started));
        let london = Timezone::parse("Europe/London").unwrap();
        let not_yet = RsvpRefusal::NotOpenYet(at(2026, 12, 12, 9, 0));
        assert_eq!(
            not_yet.message(london),
            "RSVPs open on 12 December 2026 at 09:00 GMT."
        );
    }

    #[test]
    fn guests_stay_within_the_allowance() {
        assert_eq!(guests(2, 2).unwrap(), 2);
        assert_eq!(
            guests(1, 0).unwrap_err().0,
            "This event does not allow guests."
        );
        assert_eq!(
            guests(3, 2).unwrap_err().0,
            "You can bring at most 2 guests."
        );
        assert!(guests(-1, 2).is_err());
        assert!(capacity(0).is_err());
        assert!(capacity(10_001).is_err());
        assert_eq!(capacity(50).unwrap(), 50);
        assert!(guest_limit(11).is_err());
        assert_eq!(seats_for(2), 3);
    }

    #[test]
    fn statuses_round_trip_as_text() {
        for s in EventStatus::ALL {
            assert_eq!(EventStatus::parse(s.as_str()).unwrap(), *s);
        }
        for s in RsvpStatus::ALL {
            assert_eq!(RsvpStatus::parse(s.as_str()).unwrap(), *s);
        }
        for s in Attendance::ALL {
            assert_eq!(Attendance::parse(s.as_str()).unwrap(), *s);
        }
        assert!(RsvpResponse::parse("maybe").is_err());
        assert_eq!(
            serde_json::to_string(&RsvpStatus::NotGoing).unwrap(),
            "\"not_going\""
        );
    }
}
