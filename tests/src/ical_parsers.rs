//! Independent iCalendar readers, to check Muster's `.ics` feeds the way calendar clients read
//! them: Python's `icalendar` and `vobject` (through `tests/ical/parse_ics.py`, installed by
//! `./scripts/test` into `target/ical-venv`) and the Rust `ical` crate.
//!
//! All three readings come back as the same [`ParsedCalendar`], so a test can compare them with
//! each other and with the database:
//!
//! * Text (`SUMMARY`, `DESCRIPTION`, `X-WR-CALNAME`, …) is unescaped, exactly as the reader read
//!   it. Known reader quirks, worth knowing before comparing text:
//!   - `icalendar` 6.x unescaped with a chain of `str.replace`, so an escaped backslash pair
//!     came back as one backslash, and `\\n` (`\` + `n`) as a newline; we pin 7.x, which
//!     reads both correctly (a test below keeps it that way).
//!   - The `ical` crate trims whitespace at the end of every line it reads, so a value that
//!     ends in spaces loses them, and it strips every leading `:` from a value (`SUMMARY::-)`
//!     reads as `-)`). Its trimming would also eat a space just before a fold (a fold at a
//!     space is common: folds go every 75 octets), so [`parse_with_ical_crate`] unfolds the
//!     text itself, exactly per RFC 5545 §3.1, before handing it to the crate.
//! * Times are `"YYYY-MM-DDTHH:MM:SSZ"` in UTC; an all-day `DATE` value is `"YYYY-MM-DD"`; a
//!   floating time is read as UTC. `end_utc` is `DTEND`, or `DTSTART` + `DURATION`.
//!   Each reader converts with its own time-zone handling: `vobject` with the file's own
//!   `VTIMEZONE`, `icalendar` with zoneinfo (IANA) for an IANA `TZID`, and
//!   [`parse_with_ical_crate`] with `chrono-tz` (the crate itself resolves nothing).
//! * `REFRESH-INTERVAL` and `X-PUBLISHED-TTL` are given as whole seconds (`"3600"`) when they
//!   read as a duration, else as written.
//!
//! [`parse_with_python`] panics when either Python parser fails on a text; use
//! [`try_parse_with_python`] to look at the failure instead (a [`ParserOutput::Failed`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::Command;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;
use serde::{Deserialize, Deserializer, Serialize};

/// The calendar properties read into [`ParsedCalendar::props`] (when present).
pub const CALENDAR_PROPS: [&str; 8] = [
    "VERSION",
    "PRODID",
    "METHOD",
    "CALSCALE",
    "X-WR-CALNAME",
    "X-WR-TIMEZONE",
    "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
];
const DURATION_PROPS: [&str; 2] = ["REFRESH-INTERVAL", "X-PUBLISHED-TTL"];

/// What one reader read from one `.ics` text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParsedCalendar {
    /// The [`CALENDAR_PROPS`] that are present, by name.
    pub props: BTreeMap<String, String>,
    /// The `TZID`s of the `VTIMEZONE` components, in order.
    pub timezones: Vec<String>,
    /// The `VEVENT`s, in order.
    pub events: Vec<ParsedEvent>,
}

impl ParsedCalendar {
    /// The event with this `UID` (panics, listing the UIDs, if there is none).
    pub fn event(&self, uid: &str) -> &ParsedEvent {
        self.events
            .iter()
            .find(|e| e.uid.as_deref() == Some(uid))
            .unwrap_or_else(|| {
                let uids: Vec<_> = self.events.iter().map(|e| &e.uid).collect();
                panic!("no event with UID {uid:?}; the UIDs are {uids:?}")
            })
    }
}

/// One `VEVENT`. Text fields are `None` when the property is absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParsedEvent {
    pub uid: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub status: Option<String>,
    pub sequence: Option<i64>,
    /// `"2026-11-02T18:00:00Z"` (or `"2026-11-02"` for a `DATE`).
    pub start_utc: Option<String>,
    pub end_utc: Option<String>,
    /// The `TZID` parameter of `DTSTART`.
    pub start_tzid: Option<String>,
    /// `(latitude, longitude)`.
    pub geo: Option<(f64, f64)>,
    /// The cal-address, e.g. `"mailto:ada@example.org"`.
    pub organizer: Option<String>,
    /// The organizer's `CN` parameter.
    pub organizer_cn: Option<String>,
    pub last_modified: Option<String>,
    pub dtstamp: Option<String>,
    /// The number of `VALARM` sub-components.
    pub alarms: usize,
}

/// One Python parser's result for one text: what it read, or the error it reported (it
/// raised, or `icalendar` skipped a line it could not parse). In JSON the error is
/// `{"error": "..."}`, anything else is a [`ParsedCalendar`].
#[derive(Debug, Clone, PartialEq)]
pub enum ParserOutput {
    Parsed(ParsedCalendar),
    Failed(String),
}

impl ParserOutput {
    /// The calendar, or a panic naming `what` and the parser's error.
    pub fn expect_parsed(self, what: &str) -> ParsedCalendar {
        match self {
            ParserOutput::Parsed(calendar) => calendar,
            ParserOutput::Failed(error) => panic!("{what} failed: {error}"),
        }
    }
}

impl<'de> Deserialize<'de> for ParserOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if let Some(error) = value.get("error") {
            return Ok(ParserOutput::Failed(match error {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            }));
        }
        ParsedCalendar::deserialize(value)
            .map(ParserOutput::Parsed)
            .map_err(serde::de::Error::custom)
    }
}

/// Both Python parsers' results for one text.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonResult {
    pub icalendar: ParserOutput,
    pub vobject: ParserOutput,
}

/// Reads each text with Python's `icalendar` and `vobject`, in one Python process, and returns
/// `(icalendar's reading, vobject's reading)` per text, in order.
///
/// Panics if `MUSTER_TEST_PYTHON` is unset (run the suite with `./scripts/test`), if the script
/// fails, or if either parser reports an error on any text.
pub fn parse_with_python(texts: &[&str]) -> Vec<(ParsedCalendar, ParsedCalendar)> {
    let results = try_parse_with_python(texts);
    let mut failures = String::new();
    for (i, result) in results.iter().enumerate() {
        for (parser, output) in [
            ("icalendar", &result.icalendar),
            ("vobject", &result.vobject),
        ] {
            if let ParserOutput::Failed(error) = output {
                let _ = writeln!(
                    failures,
                    "text #{i}: {parser}: {error}\n--- text #{i} ---\n{}\n---",
                    excerpt(texts[i])
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "the Python iCalendar parsers rejected {} text(s):\n{failures}",
        results
            .iter()
            .filter(|r| {
                matches!(r.icalendar, ParserOutput::Failed(_))
                    || matches!(r.vobject, ParserOutput::Failed(_))
            })
            .count()
    );
    results
        .into_iter()
        .map(|r| match (r.icalendar, r.vobject) {
            (ParserOutput::Parsed(a), ParserOutput::Parsed(b)) => (a, b),
            _ => unreachable!("failures were reported above"),
        })
        .collect()
}

/// Like [`parse_with_python`], but a parser's error is returned as [`ParserOutput::Failed`]
/// instead of a panic (for tests of what the parsers reject).
pub fn try_parse_with_python(texts: &[&str]) -> Vec<PythonResult> {
    if texts.is_empty() {
        return Vec::new();
    }
    let python = std::env::var_os("MUSTER_TEST_PYTHON")
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| {
            panic!(
                "MUSTER_TEST_PYTHON is not set: run the suite with ./scripts/test, which \
                 installs the Python parsers (icalendar, vobject) into target/ical-venv"
            )
        });
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ical/parse_ics.py");
    let dir = tempfile::tempdir().expect("a temporary directory for the .ics files");
    let names: Vec<String> = (0..texts.len()).map(|i| format!("{i}.ics")).collect();
    for (name, text) in names.iter().zip(texts) {
        std::fs::write(dir.path().join(name), text).expect("writing a temporary .ics file");
    }
    let output = Command::new(&python)
        .arg(&script)
        .args(&names)
        .current_dir(dir.path())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "could not run MUSTER_TEST_PYTHON ({}) {}: {e}; run the suite with \
                 ./scripts/test, which installs the Python parsers",
                python.to_string_lossy(),
                script.display()
            )
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{} failed ({}):\n{stderr}",
        script.display(),
        output.status
    );
    let results: Vec<PythonResult> = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{} printed unexpected JSON ({e}):\n{}\nstderr:\n{stderr}",
            script.display(),
            excerpt(&String::from_utf8_lossy(&output.stdout))
        )
    });
    assert_eq!(
        results.len(),
        texts.len(),
        "{} returned {} results for {} files",
        script.display(),
        results.len(),
        texts.len()
    );
    results
}

/// Reads a text with the Rust `ical` crate (panics if it cannot).
pub fn parse_with_ical_crate(text: &str) -> ParsedCalendar {
    let unfolded = unfold(text);
    let mut calendars = ical::IcalParser::new(BufReader::new(unfolded.as_bytes()));
    let calendar = match calendars.next() {
        Some(Ok(calendar)) => calendar,
        Some(Err(e)) => panic!(
            "the ical crate could not parse the calendar: {e}\n{}",
            excerpt(text)
        ),
        None => panic!("the ical crate found no VCALENDAR in:\n{}", excerpt(text)),
    };
    if let Some(next) = calendars.next() {
        panic!(
            "the ical crate found more after the VCALENDAR ({}):\n{}",
            next.map_or_else(|e| e.to_string(), |_| "a second VCALENDAR".to_owned()),
            excerpt(text)
        );
    }

    let mut props = BTreeMap::new();
    for name in CALENDAR_PROPS {
        let Some(property) = single(&calendar.properties, name, "VCALENDAR") else {
            continue;
        };
        let raw = property.value.as_deref().unwrap_or_default();
        let value = if DURATION_PROPS.contains(&name) {
            duration_seconds(raw).map_or_else(|| raw.to_owned(), |s| s.to_string())
        } else {
            unescape_text(raw)
        };
        props.insert(name.to_owned(), value);
    }

    let timezones = calendar
        .timezones
        .iter()
        .map(|tz| {
            single(&tz.properties, "TZID", "VTIMEZONE")
                .and_then(|p| p.value.clone())
                .expect("a VTIMEZONE with a TZID")
        })
        .collect();

    let events = calendar.events.iter().map(read_event).collect();
    ParsedCalendar {
        props,
        timezones,
        events,
    }
}

fn read_event(event: &IcalEvent) -> ParsedEvent {
    let prop = |name: &str| single(&event.properties, name, "VEVENT");
    let raw = |name: &str| prop(name).map(|p| p.value.clone().unwrap_or_default());
    let text = |name: &str| raw(name).map(|v| unescape_text(&v));
    let time = |name: &str| prop(name).map(read_time);

    let start = time("DTSTART");
    let end = time("DTEND").or_else(|| {
        let duration = raw("DURATION")?;
        let seconds = duration_seconds(&duration)
            .unwrap_or_else(|| panic!("VEVENT DURATION {duration:?} is not a duration"));
        Some(start.as_ref()?.plus_seconds(seconds))
    });
    let organizer = prop("ORGANIZER");
    ParsedEvent {
        uid: text("UID"),
        summary: text("SUMMARY"),
        description: text("DESCRIPTION"),
        location: text("LOCATION"),
        url: raw("URL"),
        status: text("STATUS"),
        sequence: raw("SEQUENCE").map(|s| {
            s.trim()
                .parse()
                .unwrap_or_else(|e| panic!("VEVENT SEQUENCE {s:?}: {e}"))
        }),
        start_utc: start.map(|t| t.to_string()),
        end_utc: end.map(|t| t.to_string()),
        start_tzid: prop("DTSTART").and_then(|p| param(p, "TZID")),
        geo: raw("GEO").map(|g| {
            let parse = |s: &str| {
                s.trim()
                    .parse::<f64>()
                    .unwrap_or_else(|e| panic!("VEVENT GEO {g:?}: {e}"))
            };
            let (lat, lon) = g
                .split_once(';')
                .unwrap_or_else(|| panic!("VEVENT GEO {g:?} is not LAT;LON"));
            (parse(lat), parse(lon))
        }),
        organizer: organizer.map(|p| p.value.clone().unwrap_or_default()),
        organizer_cn: organizer.and_then(|p| param(p, "CN")),
        last_modified: time("LAST-MODIFIED").map(|t| t.to_string()),
        dtstamp: time("DTSTAMP").map(|t| t.to_string()),
        alarms: event.alarms.len(),
    }
}

/// The one property called `name` (panics if there are several, as the Python side does).
fn single<'a>(properties: &'a [Property], name: &str, component: &str) -> Option<&'a Property> {
    let mut found = properties
        .iter()
        .filter(|p| p.name.eq_ignore_ascii_case(name));
    let first = found.next();
    let more = found.count();
    assert!(more == 0, "{component} has {} {name} properties", more + 1);
    first
}

/// A parameter's value (several values joined with `,`, as written).
fn param(property: &Property, name: &str) -> Option<String> {
    property
        .params
        .as_ref()?
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, values)| values.join(","))
}

/// A `DATE` or a `DATE-TIME` converted to UTC.
#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
    Date(NaiveDate),
    Utc(DateTime<Utc>),
}

impl When {
    fn plus_seconds(self, seconds: i64) -> When {
        match self {
            When::Date(d) => When::Date(d + TimeDelta::days(seconds.div_euclid(86_400))),
            When::Utc(t) => When::Utc(t + TimeDelta::seconds(seconds)),
        }
    }
}

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            When::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            When::Utc(t) => write!(f, "{}", t.format("%Y-%m-%dT%H:%M:%SZ")),
        }
    }
}

/// Reads a `DATE`/`DATE-TIME` property: `…Z` is UTC, a `TZID` is resolved with chrono-tz, a
/// floating time is taken as UTC.
fn read_time(property: &Property) -> When {
    let name = &property.name;
    let value = property.value.as_deref().unwrap_or_default().trim();
    let is_date = param(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || value.len() == 8;
    if is_date {
        return When::Date(
            NaiveDate::parse_from_str(value, "%Y%m%d")
                .unwrap_or_else(|e| panic!("{name} {value:?} is not a DATE: {e}")),
        );
    }
    let (local, utc) = match value.strip_suffix('Z') {
        Some(v) => (v, true),
        None => (value, false),
    };
    let naive = NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S")
        .unwrap_or_else(|e| panic!("{name} {value:?} is not a DATE-TIME: {e}"));
    if utc {
        return When::Utc(naive.and_utc());
    }
    match param(property, "TZID") {
        Some(tzid) => {
            let tz: Tz = tzid
                .trim_start_matches('/')
                .parse()
                .unwrap_or_else(|e| panic!("{name}: TZID {tzid:?} is not an IANA zone: {e}"));
            When::Utc(local_to_utc(tz, naive))
        }
        None => When::Utc(naive.and_utc()),
    }
}

/// RFC 5545 §3.3.5: an ambiguous local time is the first occurrence; a time in a gap is read
/// with the UTC offset in force before the gap.
fn local_to_utc(tz: Tz, naive: NaiveDateTime) -> DateTime<Utc> {
    if let Some(t) = tz.from_local_datetime(&naive).earliest() {
        return t.with_timezone(&Utc);
    }
    let before_gap = (1..=48)
        .find_map(|h| {
            tz.from_local_datetime(&(naive - TimeDelta::hours(h)))
                .latest()
        })
        .unwrap_or_else(|| panic!("{naive} in {tz}: no offset in the 48 hours before"));
    let offset = i64::from(before_gap.offset().fix().local_minus_utc());
    (naive - TimeDelta::seconds(offset)).and_utc()
}

/// RFC 5545 §3.1 unfolding: a line break (CRLF, or a bare LF) followed by one space or tab is
/// removed. (The `ical` crate does this too, but trims the end of each physical line first.)
fn unfold(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let newline = if bytes[i..].starts_with(b"\r\n") {
            2
        } else if bytes[i] == b'\n' {
            1
        } else {
            0
        };
        if newline > 0 && matches!(bytes.get(i + newline), Some(b' ' | b'\t')) {
            i += newline + 1;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("removing ASCII line folds keeps UTF-8 valid")
}

/// RFC 5545 §3.3.11 TEXT unescaping: `\n`/`\N` → newline, `\,` `\;` `\\` → the character.
/// Any other backslash is kept as it is.
pub fn unescape_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ (',' | ';' | '\\')) => out.push(c),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// An RFC 5545 duration (`PT1H`, `-P1DT2H`, `P2W`) in seconds, or `None` if it is not one.
pub fn duration_seconds(value: &str) -> Option<i64> {
    let value = value.trim();
    let (sign, rest) = match value.as_bytes().first()? {
        b'-' => (-1, &value[1..]),
        b'+' => (1, &value[1..]),
        _ => (1, value),
    };
    let rest = rest.strip_prefix('P')?;
    let mut total: i64 = 0;
    let mut in_time = false;
    let mut number = String::new();
    let mut units = 0;
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if !in_time && number.is_empty() => in_time = true,
            _ => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                let unit = match (in_time, c) {
                    (false, 'W') => 604_800,
                    (false, 'D') => 86_400,
                    (true, 'H') => 3_600,
                    (true, 'M') => 60,
                    (true, 'S') => 1,
                    _ => return None,
                };
                total = total.checked_add(n.checked_mul(unit)?)?;
                units += 1;
            }
        }
    }
    (number.is_empty() && units > 0).then_some(sign * total)
}

/// The start of a text, for panic messages.
fn excerpt(text: &str) -> String {
    const LIMIT: usize = 4000;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}… ({} bytes in all)", &text[..cut], text.len()),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CRLF lines; folds between characters: after a multi-byte `ü`, just after a space (which
    /// the `ical` crate alone would lose), and inside an escape sequence (`\` | `,`); escaped
    /// comma, semicolon, newline and backslash; an explicit Europe/Berlin VTIMEZONE for 2026
    /// and events on both sides of the change back to CET on 2026-10-25.
    const CALENDAR: &str = concat!(
        "BEGIN:VCALENDAR\r\n",
        "VERSION:2.0\r\n",
        "PRODID:-//Muster//ical_parsers test//EN\r\n",
        "CALSCALE:GREGORIAN\r\n",
        "METHOD:PUBLISH\r\n",
        "X-WR-CALNAME:Rust Berlin\\, Mitte\r\n",
        "X-WR-TIMEZONE:Europe/Berlin\r\n",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n",
        "X-PUBLISHED-TTL:PT1H\r\n",
        "BEGIN:VTIMEZONE\r\n",
        "TZID:Europe/Berlin\r\n",
        "BEGIN:DAYLIGHT\r\n",
        "TZOFFSETFROM:+0100\r\n",
        "TZOFFSETTO:+0200\r\n",
        "TZNAME:CEST\r\n",
        "DTSTART:20260329T020000\r\n",
        "END:DAYLIGHT\r\n",
        "BEGIN:STANDARD\r\n",
        "TZOFFSETFROM:+0200\r\n",
        "TZOFFSETTO:+0100\r\n",
        "TZNAME:CET\r\n",
        "DTSTART:20261025T030000\r\n",
        "END:STANDARD\r\n",
        "END:VTIMEZONE\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:cest@muster.test\r\n",
        "DTSTAMP:20260901T080000Z\r\n",
        "LAST-MODIFIED:20260902T093000Z\r\n",
        "SEQUENCE:3\r\n",
        "DTSTART;TZID=Europe/Berlin:20261024T190000\r\n",
        "DTEND;TZID=Europe/Berlin:20261024T213000\r\n",
        "SUMMARY:Rust \r\n",
        " Meetup: Ownership\\, Borrowing\\; Lifetimes\r\n",
        "DESCRIPTION:Treffpunkt: Gr\u{fc}\r\n",
        " ner Saal\\nZweite Zeile\\\r\n",
        " , Pfad C:\\\\Users\r\n",
        "LOCATION:c-base\\, Rungestra\u{df}e 20\\; Berlin\r\n",
        "URL:https://muster.test/g/rust/e/1?a=1&b=2\r\n",
        "STATUS:CONFIRMED\r\n",
        "GEO:52.5129;13.4201\r\n",
        "ORGANIZER;CN=\"Ada, Lovelace\":mailto:ada@muster.test\r\n",
        "BEGIN:VALARM\r\n",
        "ACTION:DISPLAY\r\n",
        "DESCRIPTION:Reminder\r\n",
        "TRIGGER:-PT1H\r\n",
        "END:VALARM\r\n",
        "END:VEVENT\r\n",
        "BEGIN:VEVENT\r\n",
        "UID:cet@muster.test\r\n",
        "DTSTAMP:20260901T080000Z\r\n",
        "DTSTART;TZID=Europe/Berlin:20261031T190000\r\n",
        "DURATION:PT2H\r\n",
        "SUMMARY:After the change\r\n",
        "STATUS:CANCELLED\r\n",
        "END:VEVENT\r\n",
        "END:VCALENDAR\r\n",
    );

    fn expected() -> ParsedCalendar {
        let props = [
            ("VERSION", "2.0"),
            ("PRODID", "-//Muster//ical_parsers test//EN"),
            ("CALSCALE", "GREGORIAN"),
            ("METHOD", "PUBLISH"),
            ("X-WR-CALNAME", "Rust Berlin, Mitte"),
            ("X-WR-TIMEZONE", "Europe/Berlin"),
            ("REFRESH-INTERVAL", "3600"),
            ("X-PUBLISHED-TTL", "3600"),
        ];
        let s = |v: &str| Some(v.to_owned());
        ParsedCalendar {
            props: props
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            timezones: vec!["Europe/Berlin".to_owned()],
            events: vec![
                ParsedEvent {
                    uid: s("cest@muster.test"),
                    summary: s("Rust Meetup: Ownership, Borrowing; Lifetimes"),
                    description: s("Treffpunkt: Grüner Saal\nZweite Zeile, Pfad C:\\Users"),
                    location: s("c-base, Rungestraße 20; Berlin"),
                    url: s("https://muster.test/g/rust/e/1?a=1&b=2"),
                    status: s("CONFIRMED"),
                    sequence: Some(3),
                    start_utc: s("2026-10-24T17:00:00Z"), // 19:00 CEST
                    end_utc: s("2026-10-24T19:30:00Z"),
                    start_tzid: s("Europe/Berlin"),
                    geo: Some((52.5129, 13.4201)),
                    organizer: s("mailto:ada@muster.test"),
                    organizer_cn: s("Ada, Lovelace"),
                    last_modified: s("2026-09-02T09:30:00Z"),
                    dtstamp: s("2026-09-01T08:00:00Z"),
                    alarms: 1,
                },
                ParsedEvent {
                    uid: s("cet@muster.test"),
                    summary: s("After the change"),
                    description: None,
                    location: None,
                    url: None,
                    status: s("CANCELLED"),
                    sequence: None,
                    start_utc: s("2026-10-31T18:00:00Z"), // 19:00 CET
                    end_utc: s("2026-10-31T20:00:00Z"),
                    start_tzid: s("Europe/Berlin"),
                    geo: None,
                    organizer: None,
                    organizer_cn: None,
                    last_modified: None,
                    dtstamp: s("2026-09-01T08:00:00Z"),
                    alarms: 0,
                },
            ],
        }
    }

    #[test]
    fn ical_crate_reads_the_calendar() {
        assert_eq!(parse_with_ical_crate(CALENDAR), expected());
    }

    #[test]
    fn python_parsers_read_the_calendar() {
        let [(icalendar, vobject)]: [_; 1] = parse_with_python(&[CALENDAR])
            .try_into()
            .expect("one result");
        assert_eq!(icalendar, expected(), "icalendar");
        assert_eq!(vobject, expected(), "vobject");
    }

    #[test]
    fn python_results_come_back_in_order_and_vobject_uses_each_files_vtimezone() {
        // A wrong "Europe/Berlin" (+05:00 in summer) in the middle text: vobject follows the
        // file's VTIMEZONE, icalendar the IANA zone, and the next text is not affected.
        let wrong = CALENDAR
            .replace("TZOFFSETTO:+0200", "TZOFFSETTO:+0500")
            .replace("TZOFFSETFROM:+0200", "TZOFFSETFROM:+0500")
            .replace("SUMMARY:After the change", "SUMMARY:Second");
        let third = CALENDAR.replace("SUMMARY:After the change", "SUMMARY:Third");
        let results = parse_with_python(&[CALENDAR, &wrong, &third]);
        let starts = |c: &ParsedCalendar| {
            let e = c.event("cest@muster.test");
            (
                e.start_utc.clone(),
                c.event("cet@muster.test").summary.clone(),
            )
        };
        let want = |utc: &str, summary: &str| (Some(utc.to_owned()), Some(summary.to_owned()));
        assert_eq!(
            starts(&results[0].0),
            want("2026-10-24T17:00:00Z", "After the change")
        );
        assert_eq!(
            starts(&results[0].1),
            want("2026-10-24T17:00:00Z", "After the change")
        );
        assert_eq!(
            starts(&results[1].0),
            want("2026-10-24T17:00:00Z", "Second")
        );
        assert_eq!(
            starts(&results[1].1),
            want("2026-10-24T14:00:00Z", "Second")
        );
        assert_eq!(starts(&results[2].0), want("2026-10-24T17:00:00Z", "Third"));
        assert_eq!(starts(&results[2].1), want("2026-10-24T17:00:00Z", "Third"));
    }

    #[test]
    fn python_parser_errors_are_reported() {
        let [result]: [_; 1] = try_parse_with_python(&["BEGIN:VCALENDAR\r\nnot a line\r\n"])
            .try_into()
            .expect("one result");
        assert!(
            matches!(result.icalendar, ParserOutput::Failed(_)),
            "{result:?}"
        );
        assert!(
            matches!(result.vobject, ParserOutput::Failed(_)),
            "{result:?}"
        );
    }

    #[test]
    #[should_panic(expected = "the Python iCalendar parsers rejected 1 text(s)")]
    fn parse_with_python_panics_on_a_parser_error() {
        parse_with_python(&[CALENDAR, "BEGIN:VCALENDAR\r\nnot a line\r\n"]);
    }

    #[test]
    fn every_reader_reads_an_escaped_backslash_before_n_as_backslash_n() {
        // icalendar 6.x read `\\n` (`\` + `n`) as a newline; 7.x is right.
        let text = CALENDAR.replace("SUMMARY:After the change", "SUMMARY:a\\\\nb");
        let [(icalendar, vobject)]: [_; 1] =
            parse_with_python(&[&text]).try_into().expect("one result");
        let summary = |c: &ParsedCalendar| c.event("cet@muster.test").summary.clone();
        assert_eq!(summary(&icalendar).as_deref(), Some("a\\nb"));
        assert_eq!(summary(&vobject).as_deref(), Some("a\\nb"));
        let ours = parse_with_ical_crate(&text);
        assert_eq!(summary(&ours).as_deref(), Some("a\\nb"));
    }

    #[test]
    fn text_unescaping() {
        assert_eq!(
            unescape_text(r"a\,b\;c\nd\Ne\\f\\ng\x\"),
            "a,b;c\nd\ne\\f\\ng\\x\\"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration_seconds("PT1H"), Some(3600));
        assert_eq!(duration_seconds("P1DT2H3M4S"), Some(93_784));
        assert_eq!(duration_seconds("-P2W"), Some(-1_209_600));
        assert_eq!(duration_seconds("3600"), None);
        assert_eq!(duration_seconds("P"), None);
        assert_eq!(duration_seconds("PT1H2"), None);
        assert_eq!(duration_seconds("P1H"), None);
    }

    #[test]
    fn local_times_in_a_gap_or_an_overlap() {
        let berlin: Tz = "Europe/Berlin".parse().expect("a zone");
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S").expect("a local time");
        // 02:30 does not exist on 2026-03-29: read with +01:00, the offset before the gap.
        assert_eq!(
            local_to_utc(berlin, at("20260329T023000")).to_rfc3339(),
            "2026-03-29T01:30:00+00:00"
        );
        // 02:30 happens twice on 2026-10-25: the first one, still +02:00.
        assert_eq!(
            local_to_utc(berlin, at("20261025T023000")).to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
    }

    #[test]
    fn all_day_and_floating_times() {
        let text = CALENDAR
            .replace(
                "DTSTART;TZID=Europe/Berlin:20261031T190000\r\nDURATION:PT2H",
                "DTSTART;VALUE=DATE:20261031\r\nDURATION:P1D",
            )
            .replace(
                "DTSTART;TZID=Europe/Berlin:20261024T190000\r\nDTEND;TZID=Europe/Berlin:20261024T213000",
                "DTSTART:20261024T190000\r\nDTEND:20261024T213000Z",
            );
        let calendar = parse_with_ical_crate(&text);
        let cest = calendar.event("cest@muster.test");
        assert_eq!(cest.start_utc.as_deref(), Some("2026-10-24T19:00:00Z"));
        assert_eq!(cest.end_utc.as_deref(), Some("2026-10-24T21:30:00Z"));
        assert_eq!(cest.start_tzid, None);
        let cet = calendar.event("cet@muster.test");
        assert_eq!(cet.start_utc.as_deref(), Some("2026-10-31"));
        assert_eq!(cet.end_utc.as_deref(), Some("2026-11-01"));
    }

    #[test]
    fn unfolding_keeps_multi_byte_characters_and_spaces() {
        assert_eq!(
            unfold("A:Gr\u{fc}\r\n n \r\n x\n\ty\r\nB:z"),
            "A:Grün xy\r\nB:z"
        );
    }
}
