//! Recurring meetup series: "every third Wednesday", "every 2 weeks on Tuesday", "monthly on
//! the 15th". Organisers pick from a few friendly choices ([`Frequency`], [`SeriesEnd`]); the
//! date arithmetic is done by the `rrule` crate, and the result is exchanged with calendars as
//! an RFC 5545 `RRULE` value ([`Recurrence::to_rrule`], [`Recurrence::from_rrule`]).
//!
//! A meetup at 18:30 stays at 18:30 local time all year, so its UTC instant moves when the
//! clocks change. RFC 5545 gets there by computing the recurrence on the *wall clock* and only
//! then giving each local start its UTC offset. We do the same, literally: the `rrule` crate
//! iterates over wall-clock date-times (its DTSTART and UNTIL carry the local time in its `UTC`
//! zone, which has no transitions, so nothing is shifted or dropped), and [`resolve_local`]
//! places each one in the series' zone with RFC 5545's rules for times that do not exist
//! (spring forward) or exist twice (fall back). Letting the crate place them in the zone itself
//! would not do: it silently drops an occurrence whose local time and local midnight are both
//! missing or doubled (zones that change clocks at midnight), which would shift every later
//! occurrence's `index`.

use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Offset, SubsecRound, TimeDelta,
    TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{Timestamp, account::Invalid};

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid(message.into())
}

/// How often a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Frequency {
    /// Every `interval` weeks (1..=4) on `weekday`.
    Weekly { interval: u8, weekday: Weekday },
    /// Monthly on the `nth` weekday (1..=4), or the last one (-1): "every 3rd Wednesday".
    MonthlyNthWeekday { nth: i8, weekday: Weekday },
    /// Monthly on a day of the month (1..=31; months without that day are skipped, as RFC 5545
    /// says).
    MonthlyOnDay { day: u8 },
}

/// When a series stops. Every series ends, so listing its occurrences always terminates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesEnd {
    /// The last day a meetup may fall on, inclusive, as a local date in the series' zone.
    Until(NaiveDate),
    /// The number of meetups, 1..=200.
    Count(u16),
}

/// A validated repeat rule. The fields are public so that code can match on them; build values
/// through [`Recurrence::new`] (deserialising does too), and [`Recurrence::occurrences`]
/// re-checks them anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RecurrenceFields")]
pub struct Recurrence {
    pub frequency: Frequency,
    pub end: SeriesEnd,
}

/// What JSON holds before [`Recurrence::new`] has approved it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecurrenceFields {
    frequency: Frequency,
    end: SeriesEnd,
}

impl TryFrom<RecurrenceFields> for Recurrence {
    type Error = Invalid;

    fn try_from(fields: RecurrenceFields) -> Result<Self, Invalid> {
        Recurrence::new(fields.frequency, fields.end)
    }
}

/// One meetup of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// 0-based position in the whole series (the first occurrence is 0).
    pub index: u32,
    /// The local start in the series' zone.
    pub local_start: NaiveDateTime,
    /// The same instant in UTC.
    pub starts_at: Timestamp,
}

impl Frequency {
    /// Whether a meetup may fall on `date` — e.g. whether it is a third Wednesday.
    pub fn matches(&self, date: NaiveDate) -> bool {
        match *self {
            Frequency::Weekly { weekday, .. } => date.weekday() == weekday,
            Frequency::MonthlyNthWeekday { nth, weekday } => {
                date.weekday() == weekday
                    && match nth {
                        -1 => is_last_of_its_kind(date),
                        nth => nth_of_month(date) == Some(nth),
                    }
            }
            Frequency::MonthlyOnDay { day } => date.day() == u32::from(day),
        }
    }

    fn validate(&self) -> Result<(), Invalid> {
        match *self {
            Frequency::Weekly { interval, .. } if !(1..=4).contains(&interval) => Err(invalid(
                "Choose to repeat every week or every 2, 3 or 4 weeks.",
            )),
            Frequency::MonthlyNthWeekday { nth, .. } if !matches!(nth, 1..=4 | -1) => Err(invalid(
                "Choose the first, second, third, fourth or last weekday of the month.",
            )),
            Frequency::MonthlyOnDay { day } if !(1..=31).contains(&day) => {
                Err(invalid("Choose a day of the month from 1 to 31."))
            }
            _ => Ok(()),
        }
    }

    /// The message for a first date that does not fit, naming what would.
    fn mismatch_message(&self) -> String {
        match *self {
            Frequency::Weekly { weekday, .. } => {
                format!("The first date must be a {}.", weekday_name(weekday))
            }
            Frequency::MonthlyNthWeekday { nth: -1, weekday } => format!(
                "The first date must be the last {} of its month.",
                weekday_name(weekday)
            ),
            Frequency::MonthlyNthWeekday { nth, weekday } => format!(
                "The first date must be a {} {} of its month.",
                nth_word(nth),
                weekday_name(weekday)
            ),
            Frequency::MonthlyOnDay { day } => format!(
                "The first date must be on the {} of a month.",
                ordinal(u32::from(day))
            ),
        }
    }
}

/// 1 for the first seven days of a month, 2 for the next seven, and so on up to 5.
fn nth_of_month(date: NaiveDate) -> Option<i8> {
    i8::try_from((date.day() - 1) / 7 + 1).ok()
}

/// Whether the same weekday a week later is already in the next month.
fn is_last_of_its_kind(date: NaiveDate) -> bool {
    date.day() + 7 > u32::from(date.num_days_in_month())
}

impl SeriesEnd {
    pub const MAX_COUNT: u16 = 200;

    fn validate(&self) -> Result<(), Invalid> {
        match *self {
            SeriesEnd::Count(count) if !(1..=Self::MAX_COUNT).contains(&count) => Err(invalid(
                format!("A series can have from 1 to {} meetups.", Self::MAX_COUNT),
            )),
            // Four-digit years keep the RRULE's UNTIL a valid RFC 5545 date-time.
            SeriesEnd::Until(date) if !(1..=9999).contains(&date.year()) => {
                Err(invalid("Choose an end date between the years 1 and 9999."))
            }
            _ => Ok(()),
        }
    }
}

impl Recurrence {
    /// Validates the friendly choices: interval 1..=4 weeks, nth 1..=4 or -1 (last), day of the
    /// month 1..=31, count 1..=200, an Until date with a four-digit year. Whether an Until date
    /// comes before the first occurrence depends on that first date, so
    /// [`Recurrence::occurrences`] checks it.
    pub fn new(frequency: Frequency, end: SeriesEnd) -> Result<Recurrence, Invalid> {
        frequency.validate()?;
        end.validate()?;
        Ok(Recurrence { frequency, end })
    }

    /// The RFC 5545 RRULE value, e.g. `FREQ=MONTHLY;BYDAY=3WE;COUNT=12` or
    /// `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T225959Z`.
    ///
    /// Calendars pair it with a DTSTART that has a TZID, and RFC 5545 then requires UNTIL in UTC.
    /// The series ends with its local Until date, so UNTIL is the last second of that date in
    /// `tz` (in London in June that is 22:59:59Z, in winter 23:59:59Z).
    pub fn to_rrule(&self, tz: Tz) -> String {
        let mut parts = Vec::with_capacity(4);
        match self.frequency {
            Frequency::Weekly { interval, weekday } => {
                parts.push("FREQ=WEEKLY".to_owned());
                if interval != 1 {
                    parts.push(format!("INTERVAL={interval}"));
                }
                parts.push(format!("BYDAY={}", weekday_code(weekday)));
            }
            Frequency::MonthlyNthWeekday { nth, weekday } => {
                parts.push("FREQ=MONTHLY".to_owned());
                parts.push(format!("BYDAY={nth}{}", weekday_code(weekday)));
            }
            Frequency::MonthlyOnDay { day } => {
                parts.push("FREQ=MONTHLY".to_owned());
                parts.push(format!("BYMONTHDAY={day}"));
            }
        }
        match self.end {
            SeriesEnd::Count(count) => parts.push(format!("COUNT={count}")),
            SeriesEnd::Until(date) => parts.push(format!(
                "UNTIL={}",
                until_instant(tz, date).format(UNTIL_FORMAT)
            )),
        }
        parts.join(";")
    }

    /// Parses back exactly the forms [`Recurrence::to_rrule`] produces for the same `tz`; any
    /// other rule (even an equivalent spelling) is refused, because the series editor could not
    /// show it as one of its choices.
    pub fn from_rrule(text: &str, tz: Tz) -> Result<Recurrence, Invalid> {
        let text = text.trim();
        if text.starts_with("RRULE:") {
            return Err(invalid(
                "Give the repeat rule's value without the \"RRULE:\" in front.",
            ));
        }
        let parts = RuleParts::parse(text)?;
        let recurrence = Recurrence::new(parts.frequency()?, parts.end(tz)?)?;
        let canonical = recurrence.to_rrule(tz);
        if canonical != text {
            return Err(invalid(format!(
                "The repeat rule must be written exactly as \"{canonical}\"."
            )));
        }
        Ok(recurrence)
    }

    /// English for people: "Every third Wednesday of the month, 12 times", "Every 2 weeks on
    /// Tuesday, until 30 June 2027", "Monthly on the 15th, 6 times".
    pub fn describe(&self) -> String {
        let repeat = match self.frequency {
            Frequency::Weekly {
                interval: 1,
                weekday,
            } => format!("Every {}", weekday_name(weekday)),
            Frequency::Weekly { interval, weekday } => {
                format!("Every {interval} weeks on {}", weekday_name(weekday))
            }
            Frequency::MonthlyNthWeekday { nth, weekday } => format!(
                "Every {} {} of the month",
                nth_word(nth),
                weekday_name(weekday)
            ),
            // Say so when some months will be skipped: people expect "the 31st" to mean "the
            // end of the month", which it does not.
            Frequency::MonthlyOnDay { day } if day > 28 => {
                let day = ordinal(u32::from(day));
                format!("Monthly on the {day} (months without a {day} are skipped)")
            }
            Frequency::MonthlyOnDay { day } => {
                format!("Monthly on the {}", ordinal(u32::from(day)))
            }
        };
        let end = match self.end {
            SeriesEnd::Count(1) => "once".to_owned(),
            SeriesEnd::Count(count) => format!("{count} times"),
            SeriesEnd::Until(date) => format!("until {}", date.format("%-d %B %Y")),
        };
        format!("{repeat}, {end}")
    }

    /// Occurrences of the series whose first local start is `first_local` in `tz`, with starts in
    /// `[from, to)`, in order, at most `limit` of them. `index` counts from the first occurrence
    /// of the whole series, however much of it `from` skips.
    ///
    /// `first_local` must match the rule (be a third Wednesday, say) and must not be after an
    /// Until date; sub-second parts are dropped. Local starts that do not exist (the
    /// spring-forward gap) move forward by the length of the gap, 01:30 → 02:30 in London; ones
    /// that exist twice (fall back) take the earlier, summer-time instant — both as RFC 5545
    /// says. Only that one occurrence moves: the rest keep the series' wall-clock time.
    ///
    /// The work is bounded: iteration stops at `limit` results, at the first start at or after
    /// `to`, or at the end of the series (at most 200 occurrences, or the Until date).
    pub fn occurrences(
        &self,
        first_local: NaiveDateTime,
        tz: Tz,
        from: Timestamp,
        to: Timestamp,
        limit: usize,
    ) -> Result<Vec<Occurrence>, Invalid> {
        // The fields are public, so a value may not have come through `new`.
        let recurrence = Recurrence::new(self.frequency, self.end)?;
        let first_local = first_local.trunc_subsecs(0);
        let first_date = first_local.date();
        if !(1..=9999).contains(&first_date.year()) {
            return Err(invalid("Choose a first date between the years 1 and 9999."));
        }
        if !recurrence.frequency.matches(first_date) {
            return Err(invalid(recurrence.frequency.mismatch_message()));
        }
        if let SeriesEnd::Until(until) = recurrence.end
            && until < first_date
        {
            return Err(invalid(
                "The series would end before its first meetup: choose an end date on or after \
                 the first date.",
            ));
        }
        if limit == 0 || from >= to {
            return Ok(Vec::new());
        }

        let set = recurrence.wall_clock_rule(first_local)?;
        let mut found = Vec::new();
        for (position, wall_clock) in set.into_iter().enumerate() {
            let Ok(index) = u32::try_from(position) else {
                break;
            };
            let start = resolve_local(tz, wall_clock.naive_utc())
                .ok_or_else(|| invalid("The series reaches dates that cannot be represented."))?;
            let starts_at = Timestamp::from(start.with_timezone(&Utc));
            if starts_at >= to {
                break;
            }
            if starts_at < from {
                continue;
            }
            found.push(Occurrence {
                index,
                local_start: start.naive_local(),
                starts_at,
            });
            if found.len() >= limit {
                break;
            }
        }
        Ok(found)
    }

    /// The rule for the `rrule` crate on the wall clock: DTSTART and UNTIL carry local
    /// date-times in the crate's UTC zone, which has no transitions (see the module docs).
    fn wall_clock_rule(&self, first_local: NaiveDateTime) -> Result<rrule::RRuleSet, Invalid> {
        let mut rule = match self.frequency {
            Frequency::Weekly { interval, weekday } => rrule::RRule::new(rrule::Frequency::Weekly)
                .interval(u16::from(interval))
                .by_weekday(vec![rrule::NWeekday::Every(weekday)]),
            Frequency::MonthlyNthWeekday { nth, weekday } => {
                rrule::RRule::new(rrule::Frequency::Monthly)
                    .by_weekday(vec![rrule::NWeekday::Nth(i16::from(nth), weekday)])
            }
            Frequency::MonthlyOnDay { day } => rrule::RRule::new(rrule::Frequency::Monthly)
                .by_month_day(vec![
                    i8::try_from(day)
                        .map_err(|_| invalid("Choose a day of the month from 1 to 31."))?,
                ]),
        };
        rule = match self.end {
            SeriesEnd::Count(count) => rule.count(u32::from(count)),
            SeriesEnd::Until(date) => {
                rule.until(rrule::Tz::UTC.from_utc_datetime(&date.and_time(LAST_SECOND)))
            }
        };
        let start = rrule::Tz::UTC.from_utc_datetime(&first_local);
        let set = rule
            .build(start)
            .map_err(|e| invalid(format!("This repeat rule cannot be used: {e}")))?;
        // Guards against a rule that never yields (it cannot happen with these choices, but the
        // cost of the guard is nil).
        Ok(set.limit())
    }
}

/// `UNTIL` as RFC 5545 writes a UTC date-time.
const UNTIL_FORMAT: &str = "%Y%m%dT%H%M%SZ";

/// The parts of an RRULE value that [`Recurrence::to_rrule`] writes, each given at most once.
#[derive(Default)]
struct RuleParts<'a> {
    freq: Option<&'a str>,
    interval: Option<&'a str>,
    by_day: Option<&'a str>,
    by_month_day: Option<&'a str>,
    count: Option<&'a str>,
    until: Option<&'a str>,
}

impl<'a> RuleParts<'a> {
    /// Splits `NAME=value;…`, refusing a part that is not `NAME=value`, a name we never write
    /// and a name given twice.
    fn parse(text: &'a str) -> Result<RuleParts<'a>, Invalid> {
        let mut parts = RuleParts::default();
        for part in text.split(';') {
            let Some((name, value)) = part.split_once('=') else {
                return Err(invalid(format!(
                    "The repeat rule could not be read: \"{part}\" is not a NAME=value part."
                )));
            };
            let slot = match name {
                "FREQ" => &mut parts.freq,
                "INTERVAL" => &mut parts.interval,
                "BYDAY" => &mut parts.by_day,
                "BYMONTHDAY" => &mut parts.by_month_day,
                "COUNT" => &mut parts.count,
                "UNTIL" => &mut parts.until,
                _ => {
                    return Err(invalid(format!(
                        "Repeat rules with {name} are not supported: use weekly, monthly on a \
                         weekday, or monthly on a day."
                    )));
                }
            };
            if slot.replace(value).is_some() {
                return Err(invalid(format!(
                    "The repeat rule names {name} more than once."
                )));
            }
        }
        Ok(parts)
    }

    fn frequency(&self) -> Result<Frequency, Invalid> {
        match self.freq {
            Some("WEEKLY") => self.weekly(),
            Some("MONTHLY") => self.monthly(),
            Some(other) => Err(invalid(format!(
                "Repeat rules with FREQ={other} are not supported: use weekly or monthly."
            ))),
            None => Err(invalid("The repeat rule needs a FREQ.")),
        }
    }

    /// `FREQ=WEEKLY`: an optional INTERVAL and one BYDAY weekday.
    fn weekly(&self) -> Result<Frequency, Invalid> {
        if self.by_month_day.is_some() {
            return Err(invalid("A weekly repeat rule cannot have BYMONTHDAY."));
        }
        let interval = match self.interval {
            None => 1,
            Some(value) => value
                .parse::<u8>()
                .map_err(|_| invalid("INTERVAL must be a number of weeks from 1 to 4."))?,
        };
        let weekday = self
            .by_day
            .and_then(parse_weekday_code)
            .ok_or_else(|| invalid("A weekly repeat rule needs one BYDAY, like BYDAY=TU."))?;
        Ok(Frequency::Weekly { interval, weekday })
    }

    /// `FREQ=MONTHLY`, every month: one weekday of the month (BYDAY) or one day (BYMONTHDAY).
    fn monthly(&self) -> Result<Frequency, Invalid> {
        if self.interval.is_some() {
            return Err(invalid(
                "Monthly repeat rules every few months are not supported.",
            ));
        }
        match (self.by_day, self.by_month_day) {
            (Some(value), None) => {
                let (nth, weekday) = parse_nth_weekday(value).ok_or_else(|| {
                    invalid("BYDAY must name one weekday of the month, like 3WE or -1TH.")
                })?;
                Ok(Frequency::MonthlyNthWeekday { nth, weekday })
            }
            (None, Some(value)) => {
                let day = value
                    .parse::<u8>()
                    .map_err(|_| invalid("BYMONTHDAY must be a day of the month from 1 to 31."))?;
                Ok(Frequency::MonthlyOnDay { day })
            }
            _ => Err(invalid(
                "A monthly repeat rule needs either BYDAY (like 3WE) or BYMONTHDAY (like 15).",
            )),
        }
    }

    /// COUNT or UNTIL, exactly one of them.
    fn end(&self, tz: Tz) -> Result<SeriesEnd, Invalid> {
        match (self.count, self.until) {
            (Some(value), None) => Ok(SeriesEnd::Count(value.parse::<u16>().map_err(|_| {
                invalid(format!(
                    "COUNT must be a number of meetups from 1 to {}.",
                    SeriesEnd::MAX_COUNT
                ))
            })?)),
            (None, Some(value)) => until_date(value, tz).map(SeriesEnd::Until),
            (Some(_), Some(_)) => Err(invalid("A repeat rule cannot have both COUNT and UNTIL.")),
            (None, None) => Err(invalid(
                "The repeat rule needs an end: COUNT or UNTIL. Open-ended series are not \
                 supported.",
            )),
        }
    }
}

/// The local date in `tz` whose last second an UNTIL value is (see [`until_instant`]).
fn until_date(value: &str, tz: Tz) -> Result<NaiveDate, Invalid> {
    let instant = parse_until(value)
        .ok_or_else(|| invalid("UNTIL must be a UTC date-time like 20270630T225959Z."))?;
    let date = tz.from_utc_datetime(&instant.naive_utc()).date_naive();
    if until_instant(tz, date) != instant {
        return Err(invalid(format!(
            "UNTIL must be the last second of a day in {}.",
            tz.name()
        )));
    }
    Ok(date)
}

const LAST_SECOND: NaiveTime = match NaiveTime::from_hms_opt(23, 59, 59) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

fn parse_until(value: &str) -> Option<DateTime<Utc>> {
    // chrono's parser accepts unpadded fields; the canonical check in `from_rrule` would catch
    // them, but a clear message is better, so insist on the exact shape here.
    let well_formed = value.len() == 16
        && value.as_bytes().get(8) == Some(&b'T')
        && value.ends_with('Z')
        && value
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 8 || i == 15 || b.is_ascii_digit());
    if !well_formed {
        return None;
    }
    NaiveDateTime::parse_from_str(value, UNTIL_FORMAT)
        .ok()
        .map(|naive| naive.and_utc())
}

/// The last second of the local `date` in `tz`: one second before the next local day starts.
/// Counting back from the next midnight handles a doubled or missing hour late in the day.
/// Dates at the very end of chrono's range (not reachable through [`Recurrence::new`]) fall
/// back to 23:59:59 UTC.
fn until_instant(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    date.checked_add_days(Days::new(1))
        .and_then(|next| resolve_local(tz, next.and_time(NaiveTime::MIN)))
        .map(|next_midnight| next_midnight.with_timezone(&Utc) - TimeDelta::seconds(1))
        .unwrap_or_else(|| date.and_time(LAST_SECOND).and_utc())
}

/// Gives a wall-clock time in `tz` its instant as RFC 5545 (3.3.5) does: a time that occurs
/// twice (fall back) means the first of them; a time that does not occur (spring forward) is
/// read with the offset from before the gap, which moves it forward by the gap's length.
/// `None` only at the edges of chrono's range.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Tz>> {
    if let Some(start) = tz.from_local_datetime(&local).earliest() {
        return Some(start);
    }
    // In a gap: the transition is less than a day before `local` (offsets stay within ±1 day),
    // so a day earlier the offset from before the gap still applies.
    let day_before = local.checked_sub_signed(TimeDelta::days(1))?;
    let offset_before = tz.offset_from_utc_datetime(&day_before).fix();
    let utc = local.checked_sub_signed(TimeDelta::seconds(i64::from(
        offset_before.local_minus_utc(),
    )))?;
    Some(tz.from_utc_datetime(&utc))
}

fn weekday_code(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

fn parse_weekday_code(code: &str) -> Option<Weekday> {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
    .into_iter()
    .find(|&weekday| weekday_code(weekday) == code)
}

/// `3WE` → (3, Wednesday), `-1TH` → (-1, Thursday). A bare `WE` ("every Wednesday") is not one
/// weekday of the month, so it is refused.
fn parse_nth_weekday(value: &str) -> Option<(i8, Weekday)> {
    let split = value.len().checked_sub(2)?;
    let weekday = parse_weekday_code(value.get(split..)?)?;
    let nth = value.get(..split)?.parse::<i8>().ok()?;
    Some((nth, weekday))
}

fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn nth_word(nth: i8) -> String {
    match nth {
        1 => "first".to_owned(),
        2 => "second".to_owned(),
        3 => "third".to_owned(),
        4 => "fourth".to_owned(),
        -1 => "last".to_owned(),
        // Only reachable for values that skipped `Recurrence::new`.
        other => format!("number {other}"),
    }
}

/// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        date(y, m, d).and_hms_opt(h, min, 0).unwrap()
    }

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap()
    }

    /// A window that holds every occurrence of the series in these tests.
    fn all_of(
        recurrence: &Recurrence,
        first: NaiveDateTime,
        tz: Tz,
    ) -> Result<Vec<Occurrence>, Invalid> {
        recurrence.occurrences(
            first,
            tz,
            ts("1900-01-01T00:00:00Z"),
            ts("2200-01-01T00:00:00Z"),
            1000,
        )
    }

    /// (local start, UTC start) pairs in RFC 3339-ish text, easy to compare with literals.
    fn starts(occurrences: &[Occurrence]) -> Vec<(String, String)> {
        occurrences
            .iter()
            .map(|o| {
                (
                    o.local_start.format("%Y-%m-%d %H:%M").to_string(),
                    o.starts_at.to_rfc3339(),
                )
            })
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(l, u)| ((*l).to_owned(), (*u).to_owned()))
            .collect()
    }

    /// A repeat rule these tests know to be valid.
    fn rule(frequency: Frequency, end: SeriesEnd) -> Recurrence {
        Recurrence::new(frequency, end).unwrap()
    }

    /// Every `interval` weeks on `weekday`.
    fn every(interval: u8, weekday: Weekday) -> Frequency {
        Frequency::Weekly { interval, weekday }
    }

    /// Monthly on the `nth` `weekday` of the month (-1: the last).
    fn monthly_on(nth: i8, weekday: Weekday) -> Frequency {
        Frequency::MonthlyNthWeekday { nth, weekday }
    }

    fn third_wednesday_12() -> Recurrence {
        rule(monthly_on(3, Weekday::Wed), SeriesEnd::Count(12))
    }

    const LONDON: Tz = chrono_tz::Europe::London;

    #[test]
    fn third_wednesday_in_london_keeps_local_time_across_both_clock_changes() {
        let series = third_wednesday_12();
        let found = all_of(&series, local(2026, 1, 21, 18, 30), LONDON).unwrap();
        // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026:
        // 18 March is still GMT, 15 April is BST, 21 October is still BST, 18 November is GMT.
        assert_eq!(
            starts(&found),
            pairs(&[
                ("2026-01-21 18:30", "2026-01-21T18:30:00Z"),
                ("2026-02-18 18:30", "2026-02-18T18:30:00Z"),
                ("2026-03-18 18:30", "2026-03-18T18:30:00Z"),
                ("2026-04-15 18:30", "2026-04-15T17:30:00Z"),
                ("2026-05-20 18:30", "2026-05-20T17:30:00Z"),
                ("2026-06-17 18:30", "2026-06-17T17:30:00Z"),
                ("2026-07-15 18:30", "2026-07-15T17:30:00Z"),
                ("2026-08-19 18:30", "2026-08-19T17:30:00Z"),
                ("2026-09-16 18:30", "2026-09-16T17:30:00Z"),
                ("2026-10-21 18:30", "2026-10-21T17:30:00Z"),
                ("2026-11-18 18:30", "2026-11-18T18:30:00Z"),
                ("2026-12-16 18:30", "2026-12-16T18:30:00Z"),
            ])
        );
        let indices: Vec<u32> = found.iter().map(|o| o.index).collect();
        assert_eq!(indices, (0..12).collect::<Vec<u32>>());
    }

    #[test]
    fn last_thursday_of_the_month_takes_the_fifth_when_there_is_one() {
        let series = rule(monthly_on(-1, Weekday::Thu), SeriesEnd::Count(6));
        let found = all_of(&series, local(2026, 1, 29, 19, 0), LONDON).unwrap();
        // January and April 2026 have five Thursdays (29th, 30th); the others four.
        assert_eq!(
            starts(&found),
            pairs(&[
                ("2026-01-29 19:00", "2026-01-29T19:00:00Z"),
                ("2026-02-26 19:00", "2026-02-26T19:00:00Z"),
                ("2026-03-26 19:00", "2026-03-26T19:00:00Z"),
                ("2026-04-30 19:00", "2026-04-30T18:00:00Z"),
                ("2026-05-28 19:00", "2026-05-28T18:00:00Z"),
                ("2026-06-25 19:00", "2026-06-25T18:00:00Z"),
            ])
        );
        // 22 January is the fourth Thursday but not the last one.
        let refused = all_of(&series, local(2026, 1, 22, 19, 0), LONDON).unwrap_err();
        assert_eq!(
            refused.0,
            "The first date must be the last Thursday of its month."
        );
        // …and a fourth Thursday in a four-Thursday month is the last one.
        assert!(all_of(&series, local(2026, 2, 26, 19, 0), LONDON).is_ok());
    }

    #[test]
    fn monthly_on_the_31st_skips_shorter_months() {
        let series = rule(Frequency::MonthlyOnDay { day: 31 }, SeriesEnd::Count(7));
        let found = all_of(&series, local(2026, 1, 31, 10, 0), LONDON).unwrap();
        assert_eq!(
            starts(&found),
            pairs(&[
                ("2026-01-31 10:00", "2026-01-31T10:00:00Z"),
                ("2026-03-31 10:00", "2026-03-31T09:00:00Z"),
                ("2026-05-31 10:00", "2026-05-31T09:00:00Z"),
                ("2026-07-31 10:00", "2026-07-31T09:00:00Z"),
                ("2026-08-31 10:00", "2026-08-31T09:00:00Z"),
                ("2026-10-31 10:00", "2026-10-31T10:00:00Z"),
                ("2026-12-31 10:00", "2026-12-31T10:00:00Z"),
            ])
        );
    }

    #[test]
    fn every_two_weeks_until_a_date_includes_that_date() {
        let weekly = every(2, Weekday::Tue);
        let first = local(2026, 1, 6, 19, 0);
        let until_17th = rule(weekly, SeriesEnd::Until(date(2026, 2, 17)));
        assert_eq!(
            starts(&all_of(&until_17th, first, LONDON).unwrap()),
            pairs(&[
                ("2026-01-06 19:00", "2026-01-06T19:00:00Z"),
                ("2026-01-20 19:00", "2026-01-20T19:00:00Z"),
                ("2026-02-03 19:00", "2026-02-03T19:00:00Z"),
                ("2026-02-17 19:00", "2026-02-17T19:00:00Z"),
            ])
        );
        let until_16th = rule(weekly, SeriesEnd::Until(date(2026, 2, 16)));
        assert_eq!(all_of(&until_16th, first, LONDON).unwrap().len(), 3);
        // A series ending on its first day has one meetup.
        let same_day = rule(weekly, SeriesEnd::Until(date(2026, 1, 6)));
        assert_eq!(all_of(&same_day, first, LONDON).unwrap().len(), 1);
        // One ending before it starts is refused.
        let before = rule(weekly, SeriesEnd::Until(date(2026, 1, 5)));
        let refused = all_of(&before, first, LONDON).unwrap_err();
        assert!(
            refused.0.contains("end before its first meetup"),
            "{refused}"
        );
    }

    #[test]
    fn count_caps_the_series_whatever_the_window_and_limit() {
        let weekly = every(1, Weekday::Mon);
        let first = local(2026, 1, 5, 12, 0);
        let three = rule(weekly, SeriesEnd::Count(3));
        assert_eq!(
            starts(&all_of(&three, first, chrono_tz::UTC).unwrap()),
            pairs(&[
                ("2026-01-05 12:00", "2026-01-05T12:00:00Z"),
                ("2026-01-12 12:00", "2026-01-12T12:00:00Z"),
                ("2026-01-19 12:00", "2026-01-19T12:00:00Z"),
            ])
        );
        let once = rule(weekly, SeriesEnd::Count(1));
        assert_eq!(all_of(&once, first, chrono_tz::UTC).unwrap().len(), 1);
        let most = rule(weekly, SeriesEnd::Count(200));
        let found = all_of(&most, first, chrono_tz::UTC).unwrap();
        assert_eq!(found.len(), 200);
        assert_eq!(found.last().map(|o| o.index), Some(199));
        // 199 weeks (1393 days) after Monday 5 January 2026.
        assert_eq!(
            found.last().map(|o| o.starts_at),
            Some(ts("2029-10-29T12:00:00Z"))
        );
    }

    #[test]
    fn window_is_half_open_and_limit_caps_results_and_index_counts_from_the_series_start() {
        let series = third_wednesday_12();
        let first = local(2026, 1, 21, 18, 30);
        // `from` is exactly the April start (included), `to` exactly the July start (excluded).
        let from = ts("2026-04-15T17:30:00Z");
        let to = ts("2026-07-15T17:30:00Z");
        let found = series.occurrences(first, LONDON, from, to, 10).unwrap();
        assert_eq!(
            found
                .iter()
                .map(|o| (o.index, o.local_start))
                .collect::<Vec<_>>(),
            vec![
                (3, local(2026, 4, 15, 18, 30)),
                (4, local(2026, 5, 20, 18, 30)),
                (5, local(2026, 6, 17, 18, 30)),
            ]
        );
        let limited = series.occurrences(first, LONDON, from, to, 2).unwrap();
        assert_eq!(
            limited.iter().map(|o| o.index).collect::<Vec<_>>(),
            vec![3, 4]
        );
        assert!(
            series
                .occurrences(first, LONDON, from, to, 0)
                .unwrap()
                .is_empty()
        );
        assert!(
            series
                .occurrences(first, LONDON, to, from, 10)
                .unwrap()
                .is_empty()
        );
        assert!(
            series
                .occurrences(first, LONDON, from, from, 10)
                .unwrap()
                .is_empty()
        );
        // A window after the series has ended is empty, not an error.
        assert!(
            series
                .occurrences(
                    first,
                    LONDON,
                    ts("2027-01-01T00:00:00Z"),
                    ts("2030-01-01T00:00:00Z"),
                    10
                )
                .unwrap()
                .is_empty()
        );
        // One second after the April start skips it.
        let later = series
            .occurrences(first, LONDON, from + TimeDelta::seconds(1), to, 10)
            .unwrap();
        assert_eq!(later.first().map(|o| o.index), Some(4));
    }

    #[test]
    fn a_first_date_that_does_not_fit_the_rule_is_refused() {
        let series = third_wednesday_12();
        let far = ts("2100-01-01T00:00:00Z");
        let from = ts("2000-01-01T00:00:00Z");
        // 14 January 2026 is the second Wednesday; 22 January the fourth Thursday.
        for wrong in [local(2026, 1, 14, 18, 30), local(2026, 1, 22, 18, 30)] {
            let refused = series.occurrences(wrong, LONDON, from, far, 5).unwrap_err();
            assert_eq!(
                refused.0,
                "The first date must be a third Wednesday of its month."
            );
        }
        let weekly = rule(every(1, Weekday::Tue), SeriesEnd::Count(4));
        let refused = weekly
            .occurrences(local(2026, 1, 7, 19, 0), LONDON, from, far, 5)
            .unwrap_err();
        assert_eq!(refused.0, "The first date must be a Tuesday.");
        let monthly = rule(Frequency::MonthlyOnDay { day: 15 }, SeriesEnd::Count(4));
        let refused = monthly
            .occurrences(local(2026, 1, 16, 19, 0), LONDON, from, far, 5)
            .unwrap_err();
        assert_eq!(refused.0, "The first date must be on the 15th of a month.");
    }

    #[test]
    fn a_start_in_the_spring_forward_gap_moves_forward_by_the_gap_and_later_ones_do_not() {
        let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
        // Berlin jumps from 02:00 CET to 03:00 CEST on 29 March 2026: 02:30 does not exist.
        let berlin = all_of(
            &sundays,
            local(2026, 3, 29, 2, 30),
            chrono_tz::Europe::Berlin,
        )
        .unwrap();
        assert_eq!(
            starts(&berlin),
            pairs(&[
                ("2026-03-29 03:30", "2026-03-29T01:30:00Z"),
                ("2026-04-05 02:30", "2026-04-05T00:30:00Z"),
                ("2026-04-12 02:30", "2026-04-12T00:30:00Z"),
            ])
        );
        // London jumps earlier, from 01:00 GMT to 02:00 BST, so there 01:30 is the missing time
        // and 02:30 exists (it is 01:30Z).
        let london = all_of(&sundays, local(2026, 3, 29, 1, 30), LONDON).unwrap();
        assert_eq!(
            starts(&london),
            pairs(&[
                ("2026-03-29 02:30", "2026-03-29T01:30:00Z"),
                ("2026-04-05 01:30", "2026-04-05T00:30:00Z"),
                ("2026-04-12 01:30", "2026-04-12T00:30:00Z"),
            ])
        );
        let london_0230 = all_of(&sundays, local(2026, 3, 29, 2, 30), LONDON).unwrap();
        assert_eq!(
            london_0230.first().map(|o| o.starts_at),
            Some(ts("2026-03-29T01:30:00Z"))
        );
        // A gap in the middle of a series moves only that occurrence.
        let from_march_22 = all_of(&sundays, local(2026, 3, 22, 1, 30), LONDON).unwrap();
        assert_eq!(
            starts(&from_march_22),
            pairs(&[
                ("2026-03-22 01:30", "2026-03-22T01:30:00Z"),
                ("2026-03-29 02:30", "2026-03-29T01:30:00Z"),
                ("2026-04-05 01:30", "2026-04-05T00:30:00Z"),
            ])
        );
    }

    #[test]
    fn an_ambiguous_fall_back_time_takes_the_earlier_offset() {
        let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
        // London goes back from 02:00 BST to 01:00 GMT on 25 October 2026: 01:30 happens twice.
        let found = all_of(&sundays, local(2026, 10, 18, 1, 30), LONDON).unwrap();
        assert_eq!(
            starts(&found),
            pairs(&[
                ("2026-10-18 01:30", "2026-10-18T00:30:00Z"),
                ("2026-10-25 01:30", "2026-10-25T00:30:00Z"),
                ("2026-11-01 01:30", "2026-11-01T01:30:00Z"),
            ])
        );
    }

    #[test]
    fn a_zone_that_changes_clocks_at_midnight_loses_no_occurrence() {
        // Havana springs forward from 00:00 to 01:00 on 8 March 2026 (second Sunday of March),
        // so both 00:30 and midnight are missing that day.
        let sundays = rule(every(1, Weekday::Sun), SeriesEnd::Count(3));
        let found = all_of(
            &sundays,
            local(2026, 3, 1, 0, 30),
            chrono_tz::America::Havana,
        )
        .unwrap();
        assert_eq!(
            starts(&found),
            pairs(&[
                ("2026-03-01 00:30", "2026-03-01T05:30:00Z"),
                ("2026-03-08 01:30", "2026-03-08T05:30:00Z"),
                ("2026-03-15 00:30", "2026-03-15T04:30:00Z"),
            ])
        );
    }

    #[test]
    fn to_rrule_writes_rfc_5545_with_until_in_utc_at_the_end_of_the_local_day() {
        assert_eq!(
            third_wednesday_12().to_rrule(LONDON),
            "FREQ=MONTHLY;BYDAY=3WE;COUNT=12"
        );
        let fortnightly = every(2, Weekday::Tue);
        let summer = rule(fortnightly, SeriesEnd::Until(date(2027, 6, 30)));
        assert_eq!(
            summer.to_rrule(LONDON),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T225959Z"
        );
        assert_eq!(
            summer.to_rrule(chrono_tz::UTC),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959Z"
        );
        assert_eq!(
            summer.to_rrule(chrono_tz::America::New_York),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270701T035959Z"
        );
        let winter = rule(fortnightly, SeriesEnd::Until(date(2026, 12, 31)));
        assert_eq!(
            winter.to_rrule(LONDON),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261231T235959Z"
        );
        let last_thursday = rule(monthly_on(-1, Weekday::Thu), SeriesEnd::Count(5));
        assert_eq!(
            last_thursday.to_rrule(LONDON),
            "FREQ=MONTHLY;BYDAY=-1TH;COUNT=5"
        );
        let first_monday = rule(monthly_on(1, Weekday::Mon), SeriesEnd::Count(5));
        // "1MO", not "MO": in a monthly rule a bare "MO" means every Monday.
        assert_eq!(
            first_monday.to_rrule(LONDON),
            "FREQ=MONTHLY;BYDAY=1MO;COUNT=5"
        );
        let weekly = rule(every(1, Weekday::Sat), SeriesEnd::Count(2));
        assert_eq!(weekly.to_rrule(LONDON), "FREQ=WEEKLY;BYDAY=SA;COUNT=2");
        let day = rule(
            Frequency::MonthlyOnDay { day: 31 },
            SeriesEnd::Until(date(2027, 1, 31)),
        );
        assert_eq!(
            day.to_rrule(LONDON),
            "FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20270131T235959Z"
        );
    }

    #[test]
    fn every_frequency_and_end_round_trips_through_rrule() {
        let frequencies = [
            every(1, Weekday::Mon),
            every(4, Weekday::Sun),
            monthly_on(1, Weekday::Fri),
            monthly_on(4, Weekday::Sat),
            monthly_on(-1, Weekday::Thu),
            Frequency::MonthlyOnDay { day: 1 },
            Frequency::MonthlyOnDay { day: 31 },
        ];
        let ends = [
            SeriesEnd::Count(1),
            SeriesEnd::Count(200),
            SeriesEnd::Until(date(2026, 3, 29)),
            SeriesEnd::Until(date(2026, 10, 25)),
            SeriesEnd::Until(date(2027, 6, 30)),
            SeriesEnd::Until(date(2027, 12, 31)),
        ];
        let zones = [
            LONDON,
            chrono_tz::UTC,
            chrono_tz::America::New_York,
            chrono_tz::Pacific::Auckland,
            chrono_tz::America::Havana,
        ];
        for frequency in frequencies {
            for end in ends {
                for tz in zones {
                    let recurrence = rule(frequency, end);
                    let text = recurrence.to_rrule(tz);
                    assert_eq!(
                        Recurrence::from_rrule(&text, tz),
                        Ok(recurrence),
                        "{text} in {tz}"
                    );
                }
            }
        }
    }

    #[test]
    fn from_rrule_refuses_anything_it_did_not_write() {
        let refused = |text: &str| Recurrence::from_rrule(text, LONDON).unwrap_err().0;
        assert_eq!(
            refused("FREQ=DAILY;COUNT=3"),
            "Repeat rules with FREQ=DAILY are not supported: use weekly or monthly."
        );
        assert!(refused("FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;COUNT=3").contains("BYHOUR"));
        assert!(refused("FREQ=MONTHLY;BYDAY=3WE").contains("needs an end"));
        assert!(refused("FREQ=MONTHLY;BYDAY=3WE;COUNT=2;UNTIL=20270630T225959Z").contains("both"));
        assert!(refused("FREQ=MONTHLY;BYDAY=WE;COUNT=2").contains("one weekday of the month"));
        assert!(refused("FREQ=MONTHLY;BYDAY=3WE,1MO;COUNT=2").contains("one weekday"));
        assert!(refused("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=3;COUNT=2").contains("every few"));
        assert!(refused("FREQ=WEEKLY;BYDAY=TU;COUNT=2;COUNT=3").contains("more than once"));
        assert!(refused("FREQ=WEEKLY;COUNT=2").contains("needs one BYDAY"));
        assert!(refused("").contains("NAME=value"));
        assert!(refused("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2").contains("without the"));
        // Ranges are Recurrence::new's.
        assert_eq!(
            refused("FREQ=WEEKLY;INTERVAL=5;BYDAY=TU;COUNT=2"),
            "Choose to repeat every week or every 2, 3 or 4 weeks."
        );
        assert!(refused("FREQ=MONTHLY;BYDAY=5WE;COUNT=2").contains("first, second"));
        assert!(refused("FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2").contains("1 to 31"));
        assert!(refused("FREQ=MONTHLY;BYMONTHDAY=3;COUNT=201").contains("1 to 200"));
        // UNTIL must be the end of a London day (22:59:59Z in summer), in UTC.
        assert!(
            refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T235959Z").contains("last second of a day")
        );
        assert!(refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T225959").contains("UTC date-time"));
        assert!(refused("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630").contains("UTC date-time"));
        // Equivalent spellings are not the canonical form.
        assert_eq!(
            refused("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=2"),
            "The repeat rule must be written exactly as \"FREQ=WEEKLY;BYDAY=TU;COUNT=2\"."
        );
        assert!(refused("COUNT=2;FREQ=WEEKLY;BYDAY=TU").contains("exactly as"));
        assert!(refused("FREQ=MONTHLY;BYDAY=+3WE;COUNT=2").contains("exactly as"));
        assert!(refused("FREQ=weekly;BYDAY=TU;COUNT=2").contains("FREQ=weekly"));
    }

    #[test]
    fn rrule_crate_reads_our_rules_the_same_way_with_a_tzid_dtstart() {
        // The standard pairing in a calendar feed: DTSTART;TZID=… plus our RRULE. The rrule
        // crate resolving in the zone itself must agree with us for ordinary times.
        let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2026, 11, 10)));
        let cases = [
            (third_wednesday_12(), local(2026, 1, 21, 18, 30)),
            (fortnightly, local(2026, 1, 6, 19, 0)),
        ];
        for (recurrence, first) in cases {
            let text = format!(
                "DTSTART;TZID=Europe/London:{}\nRRULE:{}",
                first.format("%Y%m%dT%H%M%S"),
                recurrence.to_rrule(LONDON)
            );
            let set: rrule::RRuleSet = text.parse().unwrap();
            let theirs: Vec<Timestamp> = set
                .all(1000)
                .dates
                .iter()
                .map(|d| Timestamp::from(d.with_timezone(&Utc)))
                .collect();
            let ours: Vec<Timestamp> = all_of(&recurrence, first, LONDON)
                .unwrap()
                .iter()
                .map(|o| o.starts_at)
                .collect();
            assert_eq!(ours, theirs, "{text}");
        }
        // The fortnightly series ends on its Until date, Tuesday 10 November 2026 (inclusive):
        // 6 January + 22 fortnights.
        let found = all_of(&fortnightly, local(2026, 1, 6, 19, 0), LONDON).unwrap();
        assert_eq!(found.len(), 23);
        assert_eq!(
            found.last().map(|o| o.starts_at),
            Some(ts("2026-11-10T19:00:00Z"))
        );
    }

    #[test]
    fn out_of_range_choices_are_refused() {
        let count = SeriesEnd::Count(3);
        for interval in [0, 5] {
            let weekly = every(interval, Weekday::Tue);
            assert!(
                Recurrence::new(weekly, count).is_err(),
                "interval {interval}"
            );
        }
        for nth in [0, 5, -2] {
            let monthly = monthly_on(nth, Weekday::Wed);
            assert!(Recurrence::new(monthly, count).is_err(), "nth {nth}");
        }
        for day in [0, 32] {
            let monthly = Frequency::MonthlyOnDay { day };
            assert!(Recurrence::new(monthly, count).is_err(), "day {day}");
        }
        let weekly = every(1, Weekday::Tue);
        for n in [0, 201] {
            assert_eq!(
                Recurrence::new(weekly, SeriesEnd::Count(n)),
                Err(Invalid("A series can have from 1 to 200 meetups.".into()))
            );
        }
        assert!(Recurrence::new(weekly, SeriesEnd::Until(date(10000, 1, 1))).is_err());

        // The edges of each range are accepted.
        for interval in [1, 4] {
            let weekly = every(interval, Weekday::Tue);
            assert!(Recurrence::new(weekly, count).is_ok());
        }
        for nth in [1, 4, -1] {
            let monthly = monthly_on(nth, Weekday::Wed);
            assert!(Recurrence::new(monthly, count).is_ok());
        }
        for day in [1, 31] {
            assert!(Recurrence::new(Frequency::MonthlyOnDay { day }, count).is_ok());
        }
        for n in [1, 200] {
            assert!(Recurrence::new(weekly, SeriesEnd::Count(n)).is_ok());
        }

        // A value built around `new` is still checked before use.
        let sneaky = Recurrence {
            frequency: every(0, Weekday::Tue),
            end: count,
        };
        assert!(all_of(&sneaky, local(2026, 1, 6, 19, 0), LONDON).is_err());
    }

    #[test]
    fn describe_reads_like_english() {
        assert_eq!(
            third_wednesday_12().describe(),
            "Every third Wednesday of the month, 12 times"
        );
        let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2027, 6, 30)));
        assert_eq!(
            fortnightly.describe(),
            "Every 2 weeks on Tuesday, until 30 June 2027"
        );
        let weekly = rule(every(1, Weekday::Mon), SeriesEnd::Count(1));
        assert_eq!(weekly.describe(), "Every Monday, once");
        let last = rule(
            monthly_on(-1, Weekday::Thu),
            SeriesEnd::Until(date(2026, 12, 1)),
        );
        assert_eq!(
            last.describe(),
            "Every last Thursday of the month, until 1 December 2026"
        );
        let cases = [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (11, "11th"),
            (15, "15th"),
            (22, "22nd"),
        ];
        for (day, text) in cases {
            let monthly = rule(Frequency::MonthlyOnDay { day }, SeriesEnd::Count(6));
            assert_eq!(
                monthly.describe(),
                format!("Monthly on the {text}, 6 times")
            );
        }
        let day31 = rule(Frequency::MonthlyOnDay { day: 31 }, SeriesEnd::Count(6));
        assert_eq!(
            day31.describe(),
            "Monthly on the 31st (months without a 31st are skipped), 6 times"
        );
    }

    #[test]
    fn stores_as_json_and_validates_on_the_way_back() {
        let fortnightly = rule(every(2, Weekday::Tue), SeriesEnd::Until(date(2027, 6, 30)));
        let json = serde_json::to_string(&fortnightly).unwrap();
        assert_eq!(
            json,
            r#"{"frequency":{"kind":"weekly","interval":2,"weekday":"Tue"},"end":{"until":"2027-06-30"}}"#
        );
        assert_eq!(
            serde_json::from_str::<Recurrence>(&json).unwrap(),
            fortnightly
        );
        let json = serde_json::to_string(&third_wednesday_12()).unwrap();
        assert_eq!(
            json,
            r#"{"frequency":{"kind":"monthly_nth_weekday","nth":3,"weekday":"Wed"},"end":{"count":12}}"#
        );
        assert_eq!(
            serde_json::from_str::<Recurrence>(&json).unwrap(),
            third_wednesday_12()
        );
        let bad = r#"{"frequency":{"kind":"monthly_on_day","day":32},"end":{"count":12}}"#;
        assert!(serde_json::from_str::<Recurrence>(bad).is_err());
    }
}
