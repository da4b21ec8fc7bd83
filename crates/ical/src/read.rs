//! Reading iCalendar (RFC 5545) for imports: the events of a calendar file, each with its UID,
//! its times resolved to UTC, and the reason for every event that cannot be used.
//!
//! We read the content lines ourselves rather than through the `ical` crate: that crate trims
//! white space at the end of every folded piece (so "hello \r\n world" becomes "helloworld")
//! and does not say on which line an event starts, which the import report names.
//!
//! Nothing here panics on odd input: whole-file problems (not a calendar, unbalanced
//! `BEGIN`/`END`, a line that is not a content line, too many events) are a [`ReadError`];
//! a problem with one event skips that event, with its line and the reason.

use std::fmt;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// More events than this in one file are refused as a whole.
pub const MAX_EVENTS: usize = 20_000;
/// A UID longer than this is not a UID we keep.
pub const MAX_UID_CHARS: usize = 255;
/// Events without an end last this long (RFC 5545 says zero; Muster's events need an end).
pub const DEFAULT_DURATION: Duration = Duration::hours(2);

/// Why a file cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// One event read from the file, ready to be checked and stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadEvent {
    /// The line of its `BEGIN:VEVENT`.
    pub line: usize,
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The zone its times are shown in: its `TZID`, or the calendar's default zone for UTC,
    /// floating and all-day times.
    pub timezone: Tz,
    pub all_day: bool,
    pub cancelled: bool,
    /// What the reader did that the report should mention (a repeat rule, a missing end).
    pub notes: Vec<String>,
}

/// An event the reader passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedEvent {
    pub line: usize,
    /// Its UID, or its summary when it has none.
    pub what: String,
    pub reason: String,
}

/// What a calendar file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadCalendar {
    pub events: Vec<ReadEvent>,
    pub skipped: Vec<SkippedEvent>,
}

/// A property: its name (upper case), parameters (names upper case) and raw value.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Property {
    line: usize,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Unfolds the text into logical lines, each with the number of its first physical line.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some((_, last)) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        if raw.trim().is_empty() {
            continue;
        }
        lines.push((index + 1, raw.to_owned()));
    }
    lines
}

/// Splits `NAME;P=v;Q="a:b":value`.
fn content_line(line: usize, text: &str) -> Result<Property, ReadError> {
    let bad = || {
        let shown: String = text.chars().take(60).collect();
        ReadError(format!(
            "line {line} is not an iCalendar content line (NAME:value): {shown:?}"
        ))
    };
    let name_end = text.find([';', ':']).ok_or_else(bad)?;
    let name = text[..name_end].trim().to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(bad());
    }
    let mut params = Vec::new();
    let mut rest = &text[name_end..];
    while let Some(after) = rest.strip_prefix(';') {
        let eq = after.find('=').ok_or_else(bad)?;
        let pname = after[..eq].trim().to_ascii_uppercase();
        let mut value_part = &after[eq + 1..];
        let mut pvalue = String::new();
        loop {
            if let Some(quoted) = value_part.strip_prefix('"') {
                let close = quoted.find('"').ok_or_else(bad)?;
                pvalue.push_str(&quoted[..close]);
                value_part = &quoted[close + 1..];
            } else {
                let end = value_part.find([';', ':', ',']).ok_or_else(bad)?;
                pvalue.push_str(&value_part[..end]);
                value_part = &value_part[end..];
            }
            match value_part.strip_prefix(',') {
                Some(more) => {
                    pvalue.push(',');
                    value_part = more;
                }
                None => break,
            }
        }
        params.push((pname, pvalue));
        rest = value_part;
    }
    let value = rest.strip_prefix(':').ok_or_else(bad)?;
    Ok(Property {
        line,
        name,
        params,
        value: value.to_owned(),
    })
}

/// Undoes TEXT escaping (RFC 5545 §3.3.11).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// An IANA zone for a `TZID`: the name itself, or the `Area/City` at its end (Mozilla and
/// Lotus write prefixes such as `/mozilla.org/20050126_1/Europe/Berlin`).
pub fn zone_for_tzid(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    (1..parts.len())
        .filter_map(|start| parts[start..].join("/").parse::<Tz>().ok())
        .next()
}

/// A time as written: a date, a UTC time, a zoned local time or a floating local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Date(NaiveDate),
    Utc(DateTime<Utc>),
    Local(NaiveDateTime, Option<Tz>),
}

fn parse_when(p: &Property) -> Result<When, String> {
    let value = p.value.trim();
    let shown = || format!("{} {value:?} is not a date or a date-time", p.name);
    let is_date = p
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || (value.len() == 8 && value.chars().all(|c| c.is_ascii_digit()));
    if is_date {
        return NaiveDate::parse_from_str(value, "%Y%m%d")
            .map(When::Date)
            .map_err(|_| shown());
    }
    let (local, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(v) => (v, true),
        None => (value, false),
    };
    let naive = NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S").map_err(|_| shown())?;
    if utc {
        return Ok(When::Utc(Utc.from_utc_datetime(&naive)));
    }
    match p.param("TZID") {
        None => Ok(When::Local(naive, None)),
        Some(tzid) => match zone_for_tzid(tzid) {
            Some(tz) => Ok(When::Local(naive, Some(tz))),
            None => Err(format!(
                "its time zone {tzid:?} (TZID) is not one Muster knows; use an IANA name such \
                 as Europe/Berlin"
            )),
        },
    }
}

/// A local time in `tz`, in UTC: the earlier of two when a clock change repeats it, and the
/// first valid minute after it when a change skips it.
fn local_to_utc(naive: NaiveDateTime, tz: Tz) -> Option<DateTime<Utc>> {
    let mut probe = naive;
    for _ in 0..5 {
        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
            return Some(t.with_timezone(&Utc));
        }
        probe = probe.checked_add_signed(Duration::minutes(30))?;
    }
    None
}

fn instant(when: When, default_tz: Tz) -> Option<DateTime<Utc>> {
    match when {
        When::Date(d) => local_to_utc(d.and_time(NaiveTime::MIN), default_tz),
        When::Utc(t) => Some(t),
        When::Local(naive, tz) => local_to_utc(naive, tz.unwrap_or(default_tz)),
    }
}

/// An RFC 5545 DURATION (`P1D`, `PT1H30M`, `P2W`, `-PT15M`).
fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (negative, text) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut rest = text.strip_prefix(['P', 'p'])?;
    let mut total = Duration::zero();
    let mut in_time = false;
    let mut any = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix(['T', 't']) {
            in_time = true;
            rest = r;
            continue;
        }
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..digits].parse().ok()?;
        if n > 100_000 {
            return None;
        }
        let unit = rest[digits..].chars().next()?;
        let part = match (unit.to_ascii_uppercase(), in_time) {
            ('W', false) => Duration::weeks(n),
            ('D', false) => Duration::days(n),
            ('H', true) => Duration::hours(n),
            ('M', true) => Duration::minutes(n),
            ('S', true) => Duration::seconds(n),
            _ => return None,
        };
        total = total.checked_add(&part)?;
        any = true;
        rest = &rest[digits + unit.len_utf8()..];
    }
    any.then_some(if negative { -total } else { total })
}

/// Reads the events of `text`. Times without a zone (floating times, all-day dates) are taken
/// in `default_tz`, the group's zone.
pub fn read(text: &str, default_tz: Tz) -> Result<ReadCalendar, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = logical_lines(text);
    check_start(&lines)?;
    let mut reader = Reader::new(default_tz);
    for (number, text) in &lines {
        reader.line(*number, content_line(*number, text)?)?;
    }
    let mut calendar = reader.finish()?;
    skip_repeated_uids(&mut calendar);
    calendar.skipped.sort_by_key(|s| s.line);
    Ok(calendar)
}

/// A file must begin with `BEGIN:VCALENDAR`.
fn check_start(lines: &[(usize, String)]) -> Result<(), ReadError> {
    let Some((_, first)) = lines.first() else {
        return Err(ReadError("the file is empty".to_owned()));
    };
    if !first.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
        return Err(ReadError(
            "this is not an iCalendar file: it does not begin with BEGIN:VCALENDAR".to_owned(),
        ));
    }
    Ok(())
}

/// Reads a file's content lines in order: which components are open, and the properties of
/// the event being read.
struct Reader {
    default_tz: Tz,
    /// The open components, each with the line of its `BEGIN`.
    stack: Vec<(String, usize)>,
    /// The event being read: the line of its `BEGIN:VEVENT` and its own properties.
    current: Option<(usize, Vec<Property>)>,
    vevents: usize,
    calendars: usize,
    calendar: ReadCalendar,
}

impl Reader {
    fn new(default_tz: Tz) -> Reader {
        Reader {
            default_tz,
            stack: Vec::new(),
            current: None,
            vevents: 0,
            calendars: 0,
            calendar: ReadCalendar::default(),
        }
    }

    fn line(&mut self, number: usize, property: Property) -> Result<(), ReadError> {
        match property.name.as_str() {
            "BEGIN" => self.begin(number, &property.value),
            "END" => self.end(number, &property.value),
            _ => self.property(number, property),
        }
    }

    /// `BEGIN:component`: a calendar at the top, an event inside a calendar.
    fn begin(&mut self, number: usize, value: &str) -> Result<(), ReadError> {
        let component = value.trim().to_ascii_uppercase();
        if self.stack.is_empty() {
            if component != "VCALENDAR" {
                return Err(ReadError(format!(
                    "line {number}: BEGIN:{component} outside the calendar"
                )));
            }
            self.calendars += 1;
        }
        if component == "VEVENT" && self.stack.len() == 1 {
            self.vevents += 1;
            if self.vevents > MAX_EVENTS {
                return Err(ReadError(format!(
                    "the file holds more than {MAX_EVENTS} events; split it"
                )));
            }
            self.current = Some((number, Vec::new()));
        }
        if self.stack.len() >= 8 {
            return Err(ReadError(format!(
                "line {number}: components are nested too deeply"
            )));
        }
        self.stack.push((component, number));
        Ok(())
    }

    /// `END:component`: it must close the component opened last; closing an event reads it.
    fn end(&mut self, number: usize, value: &str) -> Result<(), ReadError> {
        let component = value.trim().to_ascii_uppercase();
        match self.stack.pop() {
            Some((open, _)) if open == component => {}
            Some((open, opened)) => {
                return Err(ReadError(format!(
                    "line {number}: END:{component} does not close BEGIN:{open} (line \
                     {opened}); the file is damaged"
                )));
            }
            None => {
                return Err(ReadError(format!(
                    "line {number}: END:{component} without a BEGIN"
                )));
            }
        }
        if component == "VEVENT"
            && self.stack.len() == 1
            && let Some((line, properties)) = self.current.take()
        {
            match event(line, &properties, self.default_tz) {
                Ok(e) => self.calendar.events.push(e),
                Err(skip) => self.calendar.skipped.push(skip),
            }
        }
        Ok(())
    }

    /// Any other property: kept when it belongs to the event itself (not to its alarms).
    fn property(&mut self, number: usize, property: Property) -> Result<(), ReadError> {
        if self.stack.is_empty() {
            return Err(ReadError(format!(
                "line {number}: {} outside BEGIN:VCALENDAR … END:VCALENDAR",
                property.name
            )));
        }
        if self.stack.len() == 2
            && let Some((_, properties)) = self.current.as_mut()
        {
            properties.push(property);
        }
        Ok(())
    }

    /// The events read, once every component is closed.
    fn finish(self) -> Result<ReadCalendar, ReadError> {
        if let Some((open, opened)) = self.stack.last() {
            return Err(ReadError(format!(
                "the file ends before END:{open} (opened on line {opened}); it may be cut short"
            )));
        }
        if self.calendars == 0 {
            return Err(ReadError("the file holds no calendar".to_owned()));
        }
        Ok(self.calendar)
    }
}

/// The same UID twice: the first stays; a RECURRENCE-ID override is already skipped.
fn skip_repeated_uids(calendar: &mut ReadCalendar) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(calendar.events.len());
    for e in std::mem::take(&mut calendar.events) {
        if let Some(first) = seen.get(&e.uid) {
            calendar.skipped.push(SkippedEvent {
                line: e.line,
                what: e.uid.clone(),
                reason: format!("the same UID as the event on line {first}"),
            });
        } else {
            seen.insert(e.uid.clone(), e.line);
            kept.push(e);
        }
    }
    calendar.events = kept;
}

/// An event's own properties, looked up by name (the first of a name counts).
struct Properties<'a>(&'a [Property]);

impl<'a> Properties<'a> {
    fn get(&self, name: &str) -> Option<&'a Property> {
        self.0.iter().find(|p| p.name == name)
    }

    fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// A value as written, trimmed; empty when there is none.
    fn value(&self, name: &str) -> String {
        self.get(name)
            .map(|p| p.value.trim().to_owned())
            .unwrap_or_default()
    }

    /// A TEXT value, unescaped; empty when there is none.
    fn text(&self, name: &str) -> String {
        self.get(name)
            .map(|p| unescape(p.value.trim()))
            .unwrap_or_default()
    }
}

/// The event that starts on `line`, or why it is skipped.
fn event(line: usize, properties: &[Property], default_tz: Tz) -> Result<ReadEvent, SkippedEvent> {
    let props = Properties(properties);
    let uid = props.value("UID");
    let summary = props.text("SUMMARY");
    let skip = |reason: String| SkippedEvent {
        line,
        what: what(&uid, &summary),
        reason,
    };
    if let Some(reason) = identity_problem(&props, &uid) {
        return Err(skip(reason));
    }
    let start = event_start(&props, default_tz).map_err(&skip)?;
    let mut notes = Vec::new();
    let ends_at = event_end(&props, &start, &mut notes).map_err(&skip)?;
    if ends_at < start.at {
        return Err(skip("it ends before it starts".to_owned()));
    }
    if props.has("RRULE") || props.has("RDATE") {
        notes.push(
            "it repeats (RRULE); only its first occurrence was imported — schedule the rest \
             as a series"
                .to_owned(),
        );
    }
    let cancelled = props
        .get("STATUS")
        .is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED"));
    Ok(ReadEvent {
        line,
        uid,
        summary,
        description: props.text("DESCRIPTION"),
        location: props.text("LOCATION"),
        url: props.value("URL"),
        starts_at: start.at,
        ends_at,
        timezone: start.timezone,
        all_day: start.all_day,
        cancelled,
        notes,
    })
}

/// How the report names an event: its UID, or its summary when it has none.
fn what(uid: &str, summary: &str) -> String {
    if uid.is_empty() {
        format!(
            "{:?} (no UID)",
            summary.chars().take(80).collect::<String>()
        )
    } else {
        uid.chars().take(120).collect()
    }
}

/// Why an event cannot be told apart from others on a later import, if it cannot: no UID, one
/// too long, or an override of one occurrence of a repeating event.
fn identity_problem(props: &Properties<'_>, uid: &str) -> Option<String> {
    if uid.is_empty() {
        return Some(
            "it has no UID, so a later import could not recognise it (add a UID to import it)"
                .to_owned(),
        );
    }
    if uid.chars().count() > MAX_UID_CHARS {
        return Some(format!("its UID is longer than {MAX_UID_CHARS} characters"));
    }
    if props.has("RECURRENCE-ID") {
        return Some(
            "it changes one occurrence of a repeating event; only the first occurrence of \
             repeating events is imported"
                .to_owned(),
        );
    }
    None
}

/// When an event starts, the zone it is shown in, and whether it lasts all day.
struct Start {
    at: DateTime<Utc>,
    /// Its `TZID`, or the calendar's default zone for UTC, floating and all-day times.
    timezone: Tz,
    all_day: bool,
}

/// The event's `DTSTART`, placed in time.
fn event_start(props: &Properties<'_>, default_tz: Tz) -> Result<Start, String> {
    let Some(property) = props.get("DTSTART") else {
        return Err("it has no start (DTSTART)".to_owned());
    };
    let when = parse_when(property)?;
    let timezone = match when {
        When::Local(_, Some(tz)) => tz,
        _ => default_tz,
    };
    let Some(at) = instant(when, default_tz) else {
        return Err("its start (DTSTART) cannot be placed in time".to_owned());
    };
    Ok(Start {
        at,
        timezone,
        all_day: matches!(when, When::Date(_)),
    })
}

/// When an event ends. One that gives no end (or ends as it starts) lasts
/// [`DEFAULT_DURATION`], which `notes` says.
fn event_end(
    props: &Properties<'_>,
    start: &Start,
    notes: &mut Vec<String>,
) -> Result<DateTime<Utc>, String> {
    let ends_at = written_end(props, start)?;
    if ends_at != start.at {
        return Ok(ends_at);
    }
    notes.push(format!(
        "it gives no end; it is shown as lasting {} hours",
        DEFAULT_DURATION.num_hours()
    ));
    start
        .at
        .checked_add_signed(DEFAULT_DURATION)
        .ok_or_else(|| "its start is out of range".to_owned())
}

/// The end an event gives: its `DTEND` (read in the event's zone), its start plus its
/// `DURATION`, or the next day for an all-day event; otherwise its start.
fn written_end(props: &Properties<'_>, start: &Start) -> Result<DateTime<Utc>, String> {
    if let Some(end) = props.get("DTEND") {
        let when = parse_when(end)?;
        return instant(when, start.timezone)
            .ok_or_else(|| "its end (DTEND) cannot be placed in time".to_owned());
    }
    if let Some(duration) = props.get("DURATION") {
        let d = parse_duration(&duration.value)
            .ok_or_else(|| format!("its DURATION {:?} is not a duration", duration.value.trim()))?;
        return start
            .at
            .checked_add_signed(d)
            .ok_or_else(|| "its DURATION is out of range".to_owned());
    }
    if start.all_day {
        return start
            .at
            .checked_add_signed(Duration::days(1))
            .ok_or_else(|| "its date is out of range".to_owned());
    }
    Ok(start.at)
}

#[cfg(test)]
mod tests;
