//! `VTIMEZONE` definitions from the IANA database, for the span a calendar covers.
//!
//! Each zone is written as its offset at the start of the span plus every transition inside
//! it (one `STANDARD`/`DAYLIGHT` block each, no `RRULE`): exact for past rule changes and for
//! zones whose rules are not a simple yearly pattern, and simple for every client to read.

use chrono::{DateTime, Duration, LocalResult, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use crate::{
    Event,
    writer::{Line, Writer},
};

/// The local time of `at` in `zone` as `20261102T190000`, or `None` when the event should be
/// written in UTC instead: the zone is UTC, or the local time is ambiguous (the repeated hour
/// when clocks go back) so a client could not tell which instant is meant.
pub fn local(at: DateTime<Utc>, zone: Tz) -> Option<String> {
    if is_utc(zone) {
        return None;
    }
    let local = at.with_timezone(&zone).naive_local();
    match zone.from_local_datetime(&local) {
        LocalResult::Single(_) => Some(crate::writer::local_time(&local)),
        _ => None,
    }
}

fn is_utc(zone: Tz) -> bool {
    matches!(
        zone,
        Tz::UTC | Tz::Etc__UTC | Tz::Etc__UCT | Tz::Etc__Universal | Tz::Etc__Zulu
    )
}

/// The zones a set of events uses, each with the span it must cover.
pub struct Zones(Vec<Zone>);

impl Zones {
    pub fn covering(events: &[Event<'_>]) -> Zones {
        let mut zones: Vec<Zone> = Vec::new();
        for event in events {
            if is_utc(event.timezone) {
                continue;
            }
            let (from, to) = (event.starts_at, event.ends_at.max(event.starts_at));
            match zones.iter_mut().find(|z| z.zone == event.timezone) {
                Some(zone) => {
                    zone.from = zone.from.min(from);
                    zone.to = zone.to.max(to);
                }
                None => zones.push(Zone {
                    zone: event.timezone,
                    from,
                    to,
                }),
            }
        }
        zones.sort_by(|a, b| a.zone.name().cmp(b.zone.name()));
        Zones(zones)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Zone> {
        self.0.iter()
    }
}

pub struct Zone {
    zone: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
}

#[derive(Clone, PartialEq)]
struct Period {
    offset: i32,
    dst: bool,
    name: String,
}

impl Period {
    fn at(zone: Tz, at: DateTime<Utc>) -> Period {
        let offset = zone.offset_from_utc_datetime(&at.naive_utc());
        Period {
            offset: offset.fix().local_minus_utc(),
            dst: !offset.dst_offset().is_zero(),
            name: offset.abbreviation().unwrap_or_default().to_owned(),
        }
    }
}

impl Zone {
    /// Writes the `VTIMEZONE`: the period in force a day before the first event, then each
    /// change until a day after the last.
    pub fn write(&self, out: &mut Writer) {
        let start = self.from - Duration::days(1);
        let end = self.to + Duration::days(1);
        let first = Period::at(self.zone, start);
        out.line(Line::new("BEGIN").raw("VTIMEZONE"));
        out.line(Line::new("TZID").raw(self.zone.name()));
        write_period(out, start, &first, &first);
        let mut at = start;
        let mut current = first;
        while at < end {
            let next = at + Duration::days(1);
            let period = Period::at(self.zone, next);
            if period != current {
                let change = self.change_between(at, next, &current);
                write_period(out, change, &current, &period);
                current = period;
            }
            at = next;
        }
        out.line(Line::new("END").raw("VTIMEZONE"));
    }

    /// The first second in `(from, to]` that is not in `before`.
    fn change_between(
        &self,
        mut from: DateTime<Utc>,
        mut to: DateTime<Utc>,
        before: &Period,
    ) -> DateTime<Utc> {
        while (to - from).num_seconds() > 1 {
            let middle = from + (to - from) / 2;
            if Period::at(self.zone, middle) == *before {
                from = middle;
            } else {
                to = middle;
            }
        }
        to
    }
}

/// One `STANDARD`/`DAYLIGHT` block: `after` begins at `at` (written as local time in the offset
/// in force before it, as RFC 5545 asks).
fn write_period(out: &mut Writer, at: DateTime<Utc>, before: &Period, after: &Period) {
    let kind = if after.dst { "DAYLIGHT" } else { "STANDARD" };
    let onset = (at + Duration::seconds(i64::from(before.offset))).naive_utc();
    out.line(Line::new("BEGIN").raw(kind));
    out.line(Line::new("DTSTART").raw(&crate::writer::local_time(&onset)));
    out.line(Line::new("TZOFFSETFROM").raw(&offset(before.offset)));
    out.line(Line::new("TZOFFSETTO").raw(&offset(after.offset)));
    if !after.name.is_empty() {
        out.line(Line::new("TZNAME").text(&after.name));
    }
    out.line(Line::new("END").raw(kind));
}

/// `+0100`, `-0330`, `+053028` (seconds only when there are any).
fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let total = seconds.unsigned_abs();
    let (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60);
    if secs == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{secs:02}")
    }
}
