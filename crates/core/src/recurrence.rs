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
        let end = match self.end {
            SeriesEnd::Count(1) => "once".to_owned(),
            SeriesEnd::Count(count) => format!("{count} times"),
            SeriesEnd::Until(date) => format!("until {}", date.format("%-d %B %Y")),
        };
        format!("{}, {end}", self.describe_repeat())
    }

    /// How it repeats without how it ends: "Every Tuesday".
    pub fn describe_repeat(&self) -> String {
        match self.frequency {
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
        }
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
mod tests;
