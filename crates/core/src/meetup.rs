//! Meetup.com's organizer exports: the member list and per-event attendee lists, as CSV, TSV
//! or (read elsewhere into the same [`Table`]) the first sheet of an XLSX workbook.
//!
//! Meetup gives no email addresses, so what is read here becomes placeholder members keyed by
//! their Meetup member id. This module is pure: bytes or cells in, rows or a clear error out.
//! A file that cannot be read as a whole (wrong encoding, broken quoting, required columns
//! missing) is an error; a row that cannot be used is skipped with its line and the reason.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use crate::{Timestamp, account::Timezone, event::RsvpStatus};

/// The most data rows a table may have (Meetup's largest groups have tens of thousands).
pub const MAX_ROWS: usize = 200_000;

/// A table as read from a file: its header and its rows, each with its 1-based line (CSV) or
/// row number (XLSX).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error(
        "the file is not UTF-8 or UTF-16 text (invalid byte at offset {0}); export it from Meetup again or save it as \"CSV UTF-8\""
    )]
    NotText(usize),
    #[error("the file is UTF-16 text with an odd number of bytes or a broken character")]
    BrokenUtf16,
    #[error(
        "the file holds NUL bytes: UTF-16 without a byte-order mark, or not a text file at all; save it as \"CSV UTF-8\""
    )]
    NulBytes,
    #[error("the file is empty: no header row")]
    Empty,
    #[error(
        "line {line}: the row has {found} fields where the header has {expected} (a stray or unclosed quote?); nothing was imported"
    )]
    FieldCount {
        line: usize,
        found: usize,
        expected: usize,
    },
    #[error("line {line}: {message}; nothing was imported")]
    Csv { line: usize, message: String },
    #[error(
        "this is not a Meetup {kind}: the column{plural} {missing} {verb} missing (the header has: {found})",
        plural = if .missing.contains(", ") { "s" } else { "" },
        verb = if .missing.contains(", ") { "are" } else { "is" }
    )]
    MissingColumns {
        kind: &'static str,
        missing: String,
        found: String,
    },
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
}

/// Text from the bytes of a CSV/TSV export: UTF-8 (with or without a byte-order mark) or
/// UTF-16 with its byte-order mark (what Excel writes as "Unicode text").
pub fn decode_text(bytes: &[u8]) -> Result<String, TableError> {
    let utf16 = |rest: &[u8], little: bool| -> Result<String, TableError> {
        if !rest.len().is_multiple_of(2) {
            return Err(TableError::BrokenUtf16);
        }
        let units = rest.chunks_exact(2).map(|pair| {
            if little {
                u16::from_le_bytes([pair[0], pair[1]])
            } else {
                u16::from_be_bytes([pair[0], pair[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| TableError::BrokenUtf16)
    };
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, true)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, false)?
    } else {
        let rest = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        String::from_utf8(rest.to_vec()).map_err(|e| {
            TableError::NotText(e.utf8_error().valid_up_to() + bytes.len() - rest.len())
        })?
    };
    if text.contains('\0') {
        return Err(TableError::NulBytes);
    }
    Ok(text)
}

/// The delimiter of a delimited export: a tab if the header line has more tabs than commas.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches('\t').count() > header.matches(',').count() {
        b'\t'
    } else {
        b','
    }
}

/// Reads delimited text. Every row must have as many fields as the header: a row that does
/// not means broken quoting, and the file is refused rather than read out of line.
pub fn read_delimited(text: &str, delimiter: u8) -> Result<Table, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    let mut first = true;
    // Lines counted from byte offsets (the reader's own count is off with CRLF endings).
    let (mut counted_to, mut lines_before) = (0usize, 0usize);
    let mut line_at = |byte: u64| -> usize {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        // A record's position may be before the line ending that precedes it.
        while text
            .as_bytes()
            .get(byte)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            byte += 1;
        }
        if byte >= counted_to {
            lines_before += text.as_bytes()[counted_to..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted_to = byte;
        }
        lines_before + 1
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(p.byte()));
                return Err(TableError::Csv {
                    line,
                    message: e.to_string(),
                });
            }
        };
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if first {
            first = false;
            table.header = cells;
            continue;
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if cells.len() != table.header.len() {
            return Err(TableError::FieldCount {
                line,
                found: cells.len(),
                expected: table.header.len(),
            });
        }
        if table.rows.len() >= MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        table.rows.push((line, cells));
    }
    if table.header.iter().all(|h| h.trim().is_empty()) {
        return Err(TableError::Empty);
    }
    Ok(table)
}

/// A header cell as compared: lower case, single spaces, no byte-order mark.
fn normalize(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Columns Meetup exports that are neither kept nor profile answers.
const IGNORED: [&str; 16] = [
    "location",
    "last visited group on",
    "last attended",
    "total rsvps",
    "rsvped yes",
    "rsvped maybe",
    "rsvped no",
    "meetups attended",
    "no shows",
    "intro",
    "photo",
    "assistant organizer",
    "mailing list",
    "member since",
    "notes",
    "response",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Id,
    Title,
    Host,
    Rsvp,
    Guests,
    RsvpedOn,
    Joined,
    Profile,
    Ignored,
}

fn column_of(normalized: &str) -> Option<Column> {
    Some(match normalized {
        "name" => Column::Name,
        "user id" | "member id" | "meetup id" => Column::Id,
        "title" => Column::Title,
        "event host" | "host" => Column::Host,
        "rsvp" => Column::Rsvp,
        "guests" => Column::Guests,
        "rsvped on" | "rsvp'd on" => Column::RsvpedOn,
        "joined group on" => Column::Joined,
        "url of member profile" | "profile url" => Column::Profile,
        other if IGNORED.contains(&other) => Column::Ignored,
        _ => return None,
    })
}

/// Where each known column is, and the profile questions (the unknown columns).
struct Columns {
    known: BTreeMap<usize, Column>,
    questions: Vec<(usize, String)>,
}

impl Columns {
    fn of(header: &[String]) -> Columns {
        let mut known = BTreeMap::new();
        let mut questions = Vec::new();
        for (i, h) in header.iter().enumerate() {
            let n = normalize(h);
            match column_of(&n) {
                // The first of a duplicated column wins; later ones are ignored.
                Some(c) if !known.values().any(|k| *k == c) || c == Column::Ignored => {
                    known.insert(i, c);
                }
                Some(_) => {}
                None if n.is_empty() => {}
                None => questions.push((i, h.trim().trim_start_matches('\u{feff}').to_owned())),
            }
        }
        Columns { known, questions }
    }

    fn has(&self, c: Column) -> bool {
        self.known.values().any(|k| *k == c)
    }

    fn get<'r>(&self, row: &'r [String], c: Column) -> &'r str {
        self.known
            .iter()
            .find(|(_, k)| **k == c)
            .and_then(|(i, _)| row.get(*i))
            .map_or("", |s| s.trim())
    }

    fn require(
        &self,
        kind: &'static str,
        header: &[String],
        wanted: &[(Column, &str)],
    ) -> Result<(), TableError> {
        let missing: Vec<&str> = wanted
            .iter()
            .filter(|(c, _)| {
                // The profile URL holds the id when there is no id column.
                let found = self.has(*c) || (*c == Column::Id && self.has(Column::Profile));
                !found
            })
            .map(|(_, name)| *name)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let found: Vec<String> = header
            .iter()
            .take(12)
            .map(|h| format!("{:?}", h.trim()))
            .collect();
        Err(TableError::MissingColumns {
            kind,
            missing: missing
                .iter()
                .map(|m| format!("\"{m}\""))
                .collect::<Vec<_>>()
                .join(", "),
            found: if found.is_empty() {
                "nothing".to_owned()
            } else {
                found.join(", ")
            },
        })
    }

    fn answers(&self, row: &[String]) -> Vec<(String, String)> {
        self.questions
            .iter()
            .filter_map(|(i, q)| {
                let answer = row.get(*i).map_or("", |s| s.trim());
                (!answer.is_empty()).then(|| (q.clone(), answer.to_owned()))
            })
            .collect()
    }
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    /// The person's name (or the row's first cell).
    pub what: String,
    pub reason: String,
}

/// Rows read, and rows skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed<T> {
    pub rows: Vec<T>,
    pub skipped: Vec<Skipped>,
}

/// A person on a Meetup member list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub line: usize,
    /// Meetup's member id, digits only.
    pub meetup_id: String,
    pub name: String,
    pub title: String,
    pub joined_on: Option<NaiveDate>,
    pub profile_url: String,
    /// Answers to the group's profile questions, in column order.
    pub answers: Vec<(String, String)>,
}

/// A person on a Meetup event's attendee list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub line: usize,
    pub meetup_id: String,
    pub name: String,
    pub title: String,
    pub rsvp: RsvpStatus,
    pub guests: i32,
    /// Local time of the event's place (Meetup writes no zone).
    pub rsvped_on: Option<NaiveDateTime>,
    pub host: bool,
    pub joined_on: Option<NaiveDate>,
    pub profile_url: String,
    pub answers: Vec<(String, String)>,
}

/// The most guests one person may bring on an imported RSVP.
pub const MAX_GUESTS: i32 = 100;

/// Meetup's member id from "user 12345", "12345", or a profile URL ending in
/// `/members/12345/`.
pub fn meetup_id(id_cell: &str, profile_url: &str) -> Option<String> {
    let digits = |s: &str| -> Option<String> {
        let s = s.trim();
        (!s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.trim_start_matches('0').to_owned())
            .filter(|d| !d.is_empty())
    };
    let cell = id_cell.trim();
    let lower = cell.to_lowercase();
    let from_cell = lower
        .strip_prefix("user")
        .or_else(|| lower.strip_prefix("member"))
        .map_or_else(
            || digits(cell),
            |rest| digits(rest.trim_start_matches([' ', ':', '#'])),
        );
    // A number Excel turned into "12345.0".
    let from_cell = from_cell.or_else(|| cell.strip_suffix(".0").and_then(digits));
    from_cell.or_else(|| {
        let url = profile_url.trim();
        let at = url.find("/members/")?;
        let rest = &url[at + "/members/".len()..];
        digits(rest.split(['/', '?', '#']).next().unwrap_or_default())
    })
}

/// "MM/DD/YYYY" (also an ISO date, which a spreadsheet may have made of it).
pub fn parse_joined(text: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%m/%d/%Y")
        .or_else(|_| NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d"))
        .map(Some)
        .map_err(|_| format!("\"Joined Group on\" is {text:?}, not a date like 10/22/2024"))
}

/// "October 22, 2024 8:33" (and a few spellings of the same).
pub fn parse_rsvped_on(text: &str) -> Result<Option<NaiveDateTime>, String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Ok(None);
    }
    const FORMATS: [&str; 8] = [
        "%B %d, %Y %H:%M",
        "%B %d, %Y %I:%M %p",
        "%b %d, %Y %H:%M",
        "%b %d, %Y %I:%M %p",
        "%m/%d/%Y %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ];
    for format in FORMATS {
        if let Ok(t) = NaiveDateTime::parse_from_str(&text, format) {
            return Ok(Some(t));
        }
    }
    for format in ["%B %d, %Y", "%m/%d/%Y", "%Y-%m-%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(&text, format) {
            return Ok(d.and_hms_opt(0, 0, 0));
        }
    }
    Err(format!(
        "\"RSVPed on\" is {text:?}, not a time like \"October 22, 2024 8:33\""
    ))
}

fn parse_rsvp(text: &str) -> Result<RsvpStatus, String> {
    match normalize(text).as_str() {
        "yes" | "going" => Ok(RsvpStatus::Going),
        "no" | "not going" => Ok(RsvpStatus::NotGoing),
        "waiting list" | "waitlist" | "waitlisted" | "wait list" => Ok(RsvpStatus::Waitlisted),
        "" => Err("no RSVP answer".to_owned()),
        _ => Err(format!(
            "the RSVP is {:?}, not Yes, No or Waiting List",
            text.trim()
        )),
    }
}

fn parse_guests(text: &str) -> Result<i32, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let number = text.strip_suffix(".0").unwrap_or(text);
    match number.parse::<i32>() {
        Ok(n) if (0..=MAX_GUESTS).contains(&n) => Ok(n),
        Ok(_) => Err(format!("\"Guests\" is {text}, outside 0 to {MAX_GUESTS}")),
        Err(_) => Err(format!("\"Guests\" is {text:?}, not a number")),
    }
}

fn parse_host(text: &str) -> Result<bool, String> {
    match normalize(text).as_str() {
        "yes" | "y" | "true" | "1" | "host" => Ok(true),
        "no" | "n" | "false" | "0" | "" => Ok(false),
        _ => Err(format!(
            "\"Event Host\" is {:?}, not Yes or No",
            text.trim()
        )),
    }
}

/// Cuts user text to `max` characters.
fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// The id and name shared by both lists, or the reason the row is skipped.
fn person(columns: &Columns, cells: &[String]) -> Result<(String, String), String> {
    let name = cut(columns.get(cells, Column::Name), 100);
    let id_cell = columns.get(cells, Column::Id);
    let url = columns.get(cells, Column::Profile);
    let id = match meetup_id(id_cell, url) {
        Some(id) => id,
        None if id_cell.is_empty() && url.is_empty() => {
            return Err("no Meetup member id (\"User ID\" is empty)".to_owned());
        }
        None => {
            return Err(format!(
                "{:?} is not a Meetup member id like \"user 12345\"",
                if id_cell.is_empty() { url } else { id_cell }
            ));
        }
    };
    if name.is_empty() {
        return Err("no name".to_owned());
    }
    Ok((id, name))
}

/// Rows with the same member id as an earlier row are skipped, naming that row.
fn dedupe<T>(
    rows: Vec<T>,
    skipped: &mut Vec<Skipped>,
    key: impl Fn(&T) -> (&str, usize, &str),
) -> Vec<T> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut kept = Vec::new();
    for row in rows {
        let (id, line, name) = key(&row);
        if let Some(first) = seen.get(id) {
            skipped.push(Skipped {
                line,
                what: name.to_owned(),
                reason: format!("the same Meetup member (id {id}) as line {first}"),
            });
            continue;
        }
        seen.insert(id.to_owned(), line);
        kept.push(row);
    }
    kept
}

fn what(columns: &Columns, cells: &[String]) -> String {
    let name = columns.get(cells, Column::Name);
    if name.is_empty() {
        cut(cells.first().map_or("", |s| s.trim()), 60)
    } else {
        cut(name, 60)
    }
}

/// Reads a member list ("Name", "User ID" or "URL of Member Profile"; optionally "Title",
/// "Joined Group on"; other unknown columns are profile answers).
pub fn members(table: &Table) -> Result<Parsed<Member>, TableError> {
    let columns = Columns::of(&table.header);
    columns.require(
        "member list",
        &table.header,
        &[(Column::Name, "Name"), (Column::Id, "User ID")],
    )?;
    let mut skipped = Vec::new();
    let mut rows = Vec::new();
    for (line, cells) in &table.rows {
        let read = || -> Result<Member, String> {
            let (meetup_id, name) = person(&columns, cells)?;
            Ok(Member {
                line: *line,
                meetup_id,
                name,
                title: cut(columns.get(cells, Column::Title), 200),
                joined_on: parse_joined(columns.get(cells, Column::Joined))?,
                profile_url: cut(columns.get(cells, Column::Profile), 300),
                answers: columns.answers(cells),
            })
        };
        match read() {
            Ok(member) => rows.push(member),
            Err(reason) => skipped.push(Skipped {
                line: *line,
                what: what(&columns, cells),
                reason,
            }),
        }
    }
    let rows = dedupe(rows, &mut skipped, |m| {
        (m.meetup_id.as_str(), m.line, m.name.as_str())
    });
    skipped.sort_by_key(|s| s.line);
    Ok(Parsed { rows, skipped })
}

/// Reads an event's attendee list ("Name", "User ID", "RSVP"; optionally "Guests",
/// "RSVPed on", "Event Host", "Title", "Joined Group on", profile answers).
pub fn attendees(table: &Table) -> Result<Parsed<Attendee>, TableError> {
    let columns = Columns::of(&table.header);
    columns.require(
        "attendee list",
        &table.header,
        &[
            (Column::Name, "Name"),
            (Column::Id, "User ID"),
            (Column::Rsvp, "RSVP"),
        ],
    )?;
    let mut skipped = Vec::new();
    let mut rows = Vec::new();
    for (line, cells) in &table.rows {
        let read = || -> Result<Attendee, String> {
            let (meetup_id, name) = person(&columns, cells)?;
            Ok(Attendee {
                line: *line,
                meetup_id,
                name,
                title: cut(columns.get(cells, Column::Title), 200),
                rsvp: parse_rsvp(columns.get(cells, Column::Rsvp))?,
                guests: parse_guests(columns.get(cells, Column::Guests))?,
                rsvped_on: parse_rsvped_on(columns.get(cells, Column::RsvpedOn))?,
                host: parse_host(columns.get(cells, Column::Host))?,
                joined_on: parse_joined(columns.get(cells, Column::Joined))?,
                profile_url: cut(columns.get(cells, Column::Profile), 300),
                answers: columns.answers(cells),
            })
        };
        match read() {
            Ok(attendee) => rows.push(attendee),
            Err(reason) => skipped.push(Skipped {
                line: *line,
                what: what(&columns, cells),
                reason,
            }),
        }
    }
    let rows = dedupe(rows, &mut skipped, |a| {
        (a.meetup_id.as_str(), a.line, a.name.as_str())
    });
    skipped.sort_by_key(|s| s.line);
    Ok(Parsed { rows, skipped })
}

/// A local wall-clock time in `zone` as a UTC instant (the earlier one when clocks go back;
/// a time skipped when clocks go forward is read an hour later).
pub fn local_to_utc(local: NaiveDateTime, zone: Timezone) -> Timestamp {
    use chrono::TimeZone;
    let tz = zone.tz();
    let resolved = tz
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| local.and_utc(), |t| t.with_timezone(&chrono::Utc));
    Timestamp::from(resolved)
}

/// A start time as an organizer types it: `2024-10-24T18:30` (seconds optional, a space
/// instead of the `T` accepted).
pub fn parse_local_time(text: &str) -> Result<NaiveDateTime, String> {
    let text = text.trim().replace(' ', "T");
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
        .ok_or_else(|| format!("{text:?} is not a local time like 2024-10-24T18:30"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
