//! A group's own numbers, for its organizers: members over time, who said yes and who came to
//! each meetup, the no-show rate, new and returning attendees, the busiest weekday and time,
//! and how many members turned email off.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, Timelike, Weekday};
use muster_core::{
    account::Timezone, event::Attendance, id::EventId, policy::Action, roles::Capability,
};
use muster_db::numbers::{self, OptOuts};

use super::GroupAccess;
use crate::{App, AppError};

/// How many months "members over time" covers, the current one included.
pub const MONTHS: usize = 12;

/// The numbers of one group, as of one moment.
#[derive(Debug, Clone)]
pub struct GroupNumbers {
    /// Active members now.
    pub members: i64,
    /// The first day of each of the last [`MONTHS`] months (UTC), oldest first, with how many
    /// of today's members had joined by its end.
    pub members_by_month: Vec<(NaiveDate, i64)>,
    /// Every past meetup looked at, oldest first.
    pub events: Vec<EventNumbers>,
    /// No-shows among the people whose attendance was marked at the door, when any was.
    pub no_show_rate: Option<f64>,
    /// People going whose first meetup with the group it was, and the others (every past
    /// meetup counted).
    pub new_attendees: i64,
    pub returning_attendees: i64,
    /// Monday first: meetups on that weekday (in their own zone) and their people going.
    pub weekdays: [WeekdayNumbers; 7],
    /// The weekday and starting hour whose meetups had the most people going in all (ties: the
    /// higher average, then the earlier slot).
    pub busiest: Option<(Weekday, u32)>,
    pub opt_outs: OptOuts,
}

/// One past meetup.
#[derive(Debug, Clone)]
pub struct EventNumbers {
    pub id: EventId,
    pub title: String,
    pub starts_at: muster_core::Timestamp,
    pub timezone: String,
    /// People who said yes (guests not counted).
    pub going: i64,
    /// Marked at the door: came, did not.
    pub attended: i64,
    pub no_show: i64,
    /// Of the people going, those for whom it was their first meetup with the group.
    pub new: i64,
}

/// `at` on the clock of the zone named `zone`.
fn local(at: muster_core::Timestamp, zone: &str) -> chrono::DateTime<chrono_tz::Tz> {
    at.as_datetime()
        .with_timezone(&Timezone::from_trusted(zone).tz())
}

impl EventNumbers {
    /// When it started, on its own zone's clock.
    pub fn local_start(&self) -> chrono::DateTime<chrono_tz::Tz> {
        local(self.starts_at, &self.timezone)
    }

    /// Whether anyone's attendance was marked at the door.
    pub fn checked_in(&self) -> bool {
        self.attended + self.no_show > 0
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct WeekdayNumbers {
    pub meetups: i64,
    pub going: i64,
}

impl WeekdayNumbers {
    pub fn average(&self) -> Option<f64> {
        (self.meetups > 0).then(|| self.going as f64 / self.meetups as f64)
    }
}

/// The group's numbers; for those who run its events (and administrators).
pub async fn numbers(app: &App, access: &GroupAccess) -> Result<GroupNumbers, AppError> {
    access.check(Action::Use(Capability::ManageEvents))?;
    let group = access.group.id;
    let now = app.now();
    let (joins, past, went, opt_outs) = app
        .db
        .read(move |c| {
            let joins = numbers::member_joins(c, group)?;
            let past = numbers::past_events(c, group, now)?;
            let ids: Vec<EventId> = past.iter().map(|e| e.id).collect();
            let went = numbers::went(c, &ids)?;
            Ok((joins, past, went, numbers::opt_outs(c, group)?))
        })
        .await?;
    let today = now.as_datetime().date_naive();
    Ok(summarise(today, &joins, past, &went, opt_outs))
}

/// The first day of the month `back` months before `today`'s.
fn month_start(today: NaiveDate, back: usize) -> NaiveDate {
    let index = today.year() * 12 + i32::try_from(today.month0()).unwrap_or(0)
        - i32::try_from(back).unwrap_or(0);
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(today)
}

fn summarise(
    today: NaiveDate,
    joins: &[muster_core::Timestamp],
    past: Vec<numbers::PastEvent>,
    went: &[numbers::Went],
    opt_outs: OptOuts,
) -> GroupNumbers {
    let members_by_month = (0..MONTHS)
        .rev()
        .map(|back| {
            let start = month_start(today, back);
            // Joined before the next month began (this month: joined at all).
            let end = back.checked_sub(1).map(|b| month_start(today, b));
            let count = joins
                .iter()
                .filter(|j| end.is_none_or(|e| j.as_datetime().date_naive() < e))
                .count();
            (start, i64::try_from(count).unwrap_or(i64::MAX))
        })
        .collect();
    let mut by_event: HashMap<EventId, Vec<&numbers::Went>> = HashMap::new();
    for w in went {
        by_event.entry(w.event).or_default().push(w);
    }
    let mut seen = HashSet::new();
    let (mut new_attendees, mut returning_attendees) = (0, 0);
    let mut weekdays = [WeekdayNumbers::default(); 7];
    let mut slots: HashMap<(Weekday, u32), WeekdayNumbers> = HashMap::new();
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let events: Vec<EventNumbers> = past
        .into_iter()
        .map(|e| {
            let people = by_event.remove(&e.id).unwrap_or_default();
            let new = count(people.iter().filter(|w| seen.insert(w.user)).count());
            let going = count(people.len());
            new_attendees += new;
            returning_attendees += going - new;
            let local = local(e.starts_at, &e.timezone);
            let day = &mut weekdays[local.weekday().num_days_from_monday() as usize];
            day.meetups += 1;
            day.going += going;
            let slot = slots.entry((local.weekday(), local.hour())).or_default();
            slot.meetups += 1;
            slot.going += going;
            EventNumbers {
                attended: count(
                    people
                        .iter()
                        .filter(|w| w.attendance == Attendance::Attended)
                        .count(),
                ),
                no_show: count(
                    people
                        .iter()
                        .filter(|w| w.attendance == Attendance::NoShow)
                        .count(),
                ),
                id: e.id,
                title: e.title,
                starts_at: e.starts_at,
                timezone: e.timezone,
                going,
                new,
            }
        })
        .collect();
    let (attended, no_show) = events
        .iter()
        .fold((0, 0), |(a, n), e| (a + e.attended, n + e.no_show));
    let busiest = slots
        .into_iter()
        .filter(|(_, s)| s.going > 0)
        .max_by(|(ka, a), (kb, b)| {
            let average = |s: &WeekdayNumbers| s.average().unwrap_or(0.0);
            // Last, the earlier weekday and hour, so the answer does not depend on order.
            a.going
                .cmp(&b.going)
                .then_with(|| average(a).total_cmp(&average(b)))
                .then_with(|| {
                    (kb.0.num_days_from_monday(), kb.1).cmp(&(ka.0.num_days_from_monday(), ka.1))
                })
        })
        .map(|(k, _)| k);
    GroupNumbers {
        members: count(joins.len()),
        members_by_month,
        events,
        no_show_rate: (attended + no_show > 0)
            .then(|| no_show as f64 / (attended + no_show) as f64),
        new_attendees,
        returning_attendees,
        weekdays,
        busiest,
        opt_outs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use muster_core::{Timestamp, id::UserId};

    fn at(text: &str) -> Timestamp {
        Timestamp::from(chrono::DateTime::parse_from_rfc3339(text).unwrap().to_utc())
    }

    #[test]
    fn months_attendance_newcomers_and_the_busiest_slot() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        assert_eq!(
            month_start(today, 0),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
        );
        assert_eq!(
            month_start(today, 3),
            NaiveDate::from_ymd_opt(2025, 12, 1).unwrap()
        );
        let joins = [
            at("2025-11-20T10:00:00Z"),
            at("2026-01-05T10:00:00Z"),
            at("2026-03-02T10:00:00Z"),
        ];
        let (a, b, c) = (UserId::new(), UserId::new(), UserId::new());
        let event = |title: &str, starts: &str| numbers::PastEvent {
            id: EventId::new(),
            title: title.to_owned(),
            starts_at: at(starts),
            timezone: "Europe/London".to_owned(),
        };
        // Two Wednesday evenings and a Saturday morning (London time).
        let past = vec![
            event("One", "2026-01-07T18:30:00Z"),
            event("Two", "2026-02-04T18:30:00Z"),
            event("Three", "2026-02-14T10:00:00Z"),
        ];
        let went = |e: usize, user: UserId, attendance: Attendance| numbers::Went {
            event: past[e].id,
            user,
            attendance,
        };
        let rows = vec![
            went(0, a, Attendance::Attended),
            went(0, b, Attendance::NoShow),
            went(1, a, Attendance::Attended),
            went(1, b, Attendance::Attended),
            went(1, c, Attendance::Attended),
            went(2, c, Attendance::Unknown),
        ];
        let n = summarise(today, &joins, past, &rows, OptOuts::default());
        assert_eq!(n.members, 3);
        assert_eq!(n.members_by_month.len(), MONTHS);
        let by_month: Vec<i64> = n.members_by_month.iter().map(|(_, c)| *c).collect();
        assert_eq!(
            &by_month[7..],
            [1, 1, 2, 2, 3],
            "Nov 2025 through Mar 2026, cumulative"
        );
        assert_eq!(
            n.members_by_month[11].0,
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
        );
        let per: Vec<(i64, i64, i64, i64)> = n
            .events
            .iter()
            .map(|e| (e.going, e.attended, e.no_show, e.new))
            .collect();
        assert_eq!(per, [(2, 1, 1, 2), (3, 3, 0, 1), (1, 0, 0, 0)]);
        assert!(!n.events[2].checked_in());
        assert_eq!((n.new_attendees, n.returning_attendees), (3, 3));
        assert_eq!(n.no_show_rate, Some(1.0 / 5.0));
        assert_eq!(
            (n.weekdays[2].meetups, n.weekdays[2].going),
            (2, 5),
            "Wednesdays"
        );
        assert_eq!(n.weekdays[5].average(), Some(1.0), "Saturday");
        assert_eq!(n.busiest, Some((Weekday::Wed, 18)));
    }
}
