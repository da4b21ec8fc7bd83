//! Importing a group's old calendar from an iCalendar file or URL (issue 8), shared by
//! `muster import ical` and `POST /api/v1/groups/{slug}/imports/ical`.
//!
//! * Every VEVENT with a UID becomes one published event of the group (cancelled if its
//!   STATUS is CANCELLED); past ones become the group's history. Nobody is emailed: an
//!   import announces nothing and tells no attendee about changes (feeds carry the changes,
//!   with SEQUENCE bumped as an organizer's edit does).
//! * Idempotent by UID: `event_imports` remembers, per group, which event each UID became and
//!   a fingerprint of the VEVENT as imported. Importing again leaves an event whose VEVENT is
//!   unchanged alone ("unchanged" — edits organizers made in Muster since are kept), updates
//!   one whose VEVENT changed in place (same id and address; the calendar's values win), and
//!   creates the new ones. Events missing from the file are never touched.
//! * Skipped, each with its line and reason: no UID (a derived key would change whenever the
//!   title or time is corrected, duplicating the event), no or broken DTSTART, an end before
//!   the start, an unknown TZID, an overlong field, a second VEVENT with the same UID, a
//!   RECURRENCE-ID override. A repeating event (RRULE) is imported as its first occurrence,
//!   with a note saying so.
//! * One transaction: a file that cannot be read changes nothing, and neither does a failure
//!   half-way; `dry_run` does everything and rolls it back.

use std::fmt;

use muster_core::{
    Timestamp,
    account::Timezone,
    event::{Address, EventStatus, EventTitle, VenueName},
    group::{Description, WebUrl},
    id::{GroupId, UserId, VenueId},
    markdown,
    policy::Action,
    roles::Capability,
};
use muster_db::{
    Db, DbConnection, DbError, audit,
    event_imports::{self, EventImportRow},
    events::{self, EventChanges, EventRow},
    groups::GroupRow,
};
use muster_ical::read::{self, ReadEvent};
use serde::Serialize;
use utoipa::ToSchema;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use crate::{
    App, AppError, ErrorCode, ErrorKind,
    fetch::{self, FetchPolicy},
    groups::GroupAccess,
};

/// Calendar files (uploaded or fetched) larger than this are refused.
pub const MAX_CALENDAR_BYTES: usize = 5 * 1024 * 1024;

/// Imports a person may run per day through the API (each may fetch a URL and write thousands
/// of events; the command line is not limited).
pub const IMPORTS_PER_DAY: muster_db::rate_limits::Limit = muster_db::rate_limits::Limit {
    max: 30,
    window: chrono::Duration::days(1),
};

/// What the cancellation reason of an event cancelled in the imported calendar says.
const CANCELLED_IN_CALENDAR: &str = "Cancelled in the imported calendar.";

/// An event the import created, updated or left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ImportedEvent {
    /// The line of its `BEGIN:VEVENT`.
    pub line: usize,
    pub uid: String,
    pub title: String,
    pub event_id: String,
    /// The event's page, e.g. `/g/pyber/events/…`.
    pub path: String,
}

/// A VEVENT the import passed over (or a note about one it imported), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ImportNote {
    pub line: usize,
    /// Its UID, or its summary when it has none.
    pub what: String,
    pub reason: String,
}

/// What an iCalendar import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct IcalReport {
    pub dry_run: bool,
    pub created: Vec<ImportedEvent>,
    pub updated: Vec<ImportedEvent>,
    pub unchanged: Vec<ImportedEvent>,
    pub skipped: Vec<ImportNote>,
    /// What was done to an imported event that you may want to know (a repeating event
    /// imported as its first occurrence, a missing end).
    pub notes: Vec<ImportNote>,
}

/// The first line of every importer's report: `created 3, updated 1, unchanged 9, skipped 2`.
pub fn write_counts(
    f: &mut fmt::Formatter<'_>,
    created: usize,
    updated: usize,
    unchanged: usize,
    skipped: usize,
) -> fmt::Result {
    writeln!(
        f,
        "created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}"
    )
}

/// Every importer's skipped lines: `skipped line 12: what — why`.
pub fn write_skipped(f: &mut fmt::Formatter<'_>, skipped: &[ImportNote]) -> fmt::Result {
    for s in skipped {
        writeln!(f, "skipped line {}: {} — {}", s.line, s.what, s.reason)?;
    }
    Ok(())
}

impl fmt::Display for IcalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_counts(
            f,
            self.created.len(),
            self.updated.len(),
            self.unchanged.len(),
            self.skipped.len(),
        )?;
        for e in &self.created {
            writeln!(
                f,
                "created line {}: {} ({}) {}",
                e.line, e.title, e.uid, e.path
            )?;
        }
        for e in &self.updated {
            writeln!(
                f,
                "updated line {}: {} ({}) {}",
                e.line, e.title, e.uid, e.path
            )?;
        }
        write_skipped(f, &self.skipped)?;
        for n in &self.notes {
            writeln!(f, "note line {}: {} — {}", n.line, n.what, n.reason)?;
        }
        Ok(())
    }
}

/// Why an import did not run.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The input cannot be imported (not a calendar, not UTF-8, too large, not fetched).
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<ImportError> for AppError {
    fn from(error: ImportError) -> Self {
        match error {
            ImportError::Invalid(message) => {
                AppError::new(ErrorKind::Invalid, ErrorCode::InvalidCalendar, message)
            }
            ImportError::Db(e) => AppError::from(e),
        }
    }
}

/// Checks a calendar's bytes: at most [`MAX_CALENDAR_BYTES`], UTF-8 (a BOM is fine).
pub fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_CALENDAR_BYTES {
        return Err(ImportError::Invalid(format!(
            "the calendar is larger than {} MiB",
            MAX_CALENDAR_BYTES / (1024 * 1024)
        )));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(ImportError::Invalid(
            "the calendar is UTF-16 text; save or export it as UTF-8 and try again".to_owned(),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        ImportError::Invalid(format!(
            "the calendar is not UTF-8 text (invalid byte at offset {}); save or export it as \
             UTF-8 and try again",
            e.valid_up_to()
        ))
    })
}

/// Fetches a calendar from `url` under `policy` (SECURITY 20) and checks its bytes.
pub async fn fetch_calendar(url: &str, policy: &FetchPolicy) -> Result<String, ImportError> {
    let fetched = fetch::fetch(url, policy)
        .await
        .map_err(|e| ImportError::Invalid(format!("the calendar could not be fetched: {e}")))?;
    decode(&fetched.body).map(str::to_owned)
}

/// One VEVENT checked against Muster's rules, as it will be stored.
#[derive(Debug, Clone, PartialEq)]
struct Planned {
    line: usize,
    uid: String,
    title: String,
    description: String,
    venue: Option<(String, String)>,
    starts_at: Timestamp,
    ends_at: Timestamp,
    timezone: String,
    cancelled: bool,
}

impl Planned {
    /// A stable digest of what was imported (FNV-1a, 64 bits): not the raw text, so a
    /// re-export that only changes DTSTAMP or line folding counts as unchanged.
    fn fingerprint(&self) -> String {
        let (venue_name, venue_address) = self.venue.clone().unwrap_or_default();
        let text = [
            self.title.as_str(),
            self.description.as_str(),
            &venue_name,
            &venue_address,
            &self.starts_at.to_string(),
            &self.ends_at.to_string(),
            &self.timezone,
            if self.cancelled { "cancelled" } else { "" },
        ]
        .join("\u{1f}");
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("fnv1a64:{hash:016x}")
    }
}

/// `LOCATION` as a venue: "Name, address" is split at the first comma.
fn venue_of(location: &str) -> Result<Option<(String, String)>, String> {
    let location = location.trim();
    if location.is_empty() {
        return Ok(None);
    }
    let (name, address) = match location.split_once(',') {
        Some((name, rest)) if !name.trim().is_empty() => (name.trim(), rest.trim()),
        _ => (location, ""),
    };
    let name = VenueName::parse(name).map_err(|e| format!("its LOCATION: {}", e.0))?;
    let address = Address::parse(address).map_err(|e| format!("its LOCATION: {}", e.0))?;
    Ok(Some((name.to_string(), address.to_string())))
}

fn plan(event: &ReadEvent) -> Result<Planned, String> {
    if event.summary.trim().is_empty() {
        return Err("it has no title (SUMMARY)".to_owned());
    }
    let title = EventTitle::parse(&event.summary).map_err(|e| format!("its SUMMARY: {}", e.0))?;
    let mut description = event
        .description
        .replace("\r\n", "\n")
        .replace('\t', "    ");
    if let Ok(url) = WebUrl::parse(&event.url) {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&format!("Originally published at <{}>", url.as_str()));
    }
    let description =
        Description::parse(&description).map_err(|e| format!("its DESCRIPTION: {}", e.0))?;
    let schedule = muster_core::event::Schedule::new(event.starts_at.into(), event.ends_at.into())
        .map_err(|e| format!("its times: {}", e.0))?;
    Ok(Planned {
        line: event.line,
        uid: event.uid.clone(),
        title: title.to_string(),
        description: description.to_string(),
        venue: venue_of(&event.location)?,
        starts_at: schedule.starts_at,
        ends_at: schedule.ends_at,
        timezone: event.timezone.name().to_owned(),
        cancelled: event.cancelled,
    })
}

/// The group's venue with this name and address, or a new one. Unlike
/// [`events::venue_for`], an existing venue is never changed (its coordinates stay).
fn venue_id(
    conn: &mut DbConnection,
    group: GroupId,
    venue: &(String, String),
    now: Timestamp,
) -> Result<VenueId, DbError> {
    if let Some(id) = event_imports::find_venue(conn, group, &venue.0, &venue.1)? {
        return Ok(id);
    }
    events::venue_for(
        conn,
        group,
        &events::NewVenue {
            name: venue.0.clone(),
            address: venue.1.clone(),
            latitude: None,
            longitude: None,
            directions: String::new(),
        },
        now,
    )
}

fn new_row(p: &Planned, group: &GroupRow, actor: Option<UserId>, now: Timestamp) -> EventRow {
    let mut row = EventRow::imported(
        group.id,
        &p.title,
        &p.description,
        (p.starts_at, p.ends_at),
        &p.timezone,
        now,
    );
    row.created_by = actor;
    if p.cancelled {
        row.status = EventStatus::Cancelled;
        row.cancel_reason = CANCELLED_IN_CALENDAR.to_owned();
    }
    row
}

/// Writes the calendar's values over an imported event, bumping SEQUENCE for a change of time
/// or place, as an organizer's edit does.
fn update_row(
    conn: &mut DbConnection,
    row: &EventRow,
    p: &Planned,
    venue: Option<VenueId>,
    notes: &mut Vec<ImportNote>,
    now: Timestamp,
) -> Result<(), DbError> {
    let mut changes = EventChanges::of(row);
    changes.title.clone_from(&p.title);
    changes.description.clone_from(&p.description);
    changes.description_html = markdown::to_safe_html(&p.description);
    changes.starts_at = p.starts_at;
    changes.ends_at = p.ends_at;
    changes.timezone.clone_from(&p.timezone);
    changes.venue_id = venue;
    changes.updated_at = now;
    if changes.starts_at != row.starts_at
        || changes.ends_at != row.ends_at
        || changes.venue_id != row.venue_id
    {
        changes.sequence = row.sequence + 1;
    }
    if changes.starts_at != row.starts_at {
        changes.previous_starts_at = Some(row.starts_at);
    }
    events::update(conn, row.id, &changes)?;
    match (p.cancelled, row.status()) {
        (true, EventStatus::Cancelled) | (false, EventStatus::Published) => {}
        (true, _) => {
            events::cancel(conn, row.id, CANCELLED_IN_CALENDAR, now)?;
        }
        (false, status) => notes.push(ImportNote {
            line: p.line,
            what: p.uid.clone(),
            reason: format!(
                "it is {status} in Muster and no longer cancelled in the calendar; it was left \
                 {status}"
            ),
        }),
    }
    Ok(())
}

/// Imports `text` into `group` (see the module documentation). `actor` is recorded as the
/// creator of new events (`None` from the command line).
pub async fn import_calendar(
    db: &Db,
    group: &GroupRow,
    text: &str,
    actor: Option<UserId>,
    now: Timestamp,
    dry_run: bool,
) -> Result<IcalReport, ImportError> {
    let (mut report, planned) = plan_calendar(text, group, dry_run)?;
    let group = group.clone();
    db.write_or_rehearse(dry_run, move |c| {
        write_planned(c, &group, &planned, &mut report, actor, now)?;
        Ok(report)
    })
    .await
}

/// Reads the calendar and plans each event: what will be imported, and what is skipped (with
/// its line and reason) or noted.
fn plan_calendar(
    text: &str,
    group: &GroupRow,
    dry_run: bool,
) -> Result<(IcalReport, Vec<Planned>), ImportError> {
    let zone = Timezone::from_trusted(&group.timezone).tz();
    let calendar = read::read(text, zone).map_err(|e| ImportError::Invalid(e.0))?;
    let mut report = IcalReport {
        dry_run,
        skipped: calendar
            .skipped
            .iter()
            .map(|s| ImportNote {
                line: s.line,
                what: s.what.clone(),
                reason: s.reason.clone(),
            })
            .collect(),
        ..IcalReport::default()
    };
    let mut planned = Vec::with_capacity(calendar.events.len());
    for event in &calendar.events {
        match plan(event) {
            Ok(p) => {
                for note in &event.notes {
                    report.notes.push(ImportNote {
                        line: event.line,
                        what: event.uid.clone(),
                        reason: note.clone(),
                    });
                }
                planned.push(p);
            }
            Err(reason) => report.skipped.push(ImportNote {
                line: event.line,
                what: event.uid.chars().take(120).collect(),
                reason,
            }),
        }
    }
    report.skipped.sort_by_key(|s| s.line);
    Ok((report, planned))
}

/// Creates, updates or leaves each planned event (found again by its UID), inside the import's
/// transaction, and records what it did in `report`.
fn write_planned(
    c: &mut DbConnection,
    group: &GroupRow,
    planned: &[Planned],
    report: &mut IcalReport,
    actor: Option<UserId>,
    now: Timestamp,
) -> Result<(), DbError> {
    let mut imported_before = event_imports::of_group(c, group.id)?;
    for p in planned {
        let fingerprint = p.fingerprint();
        let existing = imported_before.remove(&p.uid);
        let item = |row: &EventRow| ImportedEvent {
            line: p.line,
            uid: p.uid.clone(),
            title: p.title.clone(),
            event_id: row.id.to_string(),
            path: row.path(&group.slug),
        };
        let event_id = match existing {
            Some((record, row)) if record.fingerprint == fingerprint => {
                report.unchanged.push(item(&row));
                continue;
            }
            Some((_, row)) => {
                let venue = match &p.venue {
                    Some(v) => Some(venue_id(c, group.id, v, now)?),
                    None => None,
                };
                update_row(c, &row, p, venue, &mut report.notes, now)?;
                report.updated.push(item(&row));
                row.id
            }
            None => {
                let mut row = new_row(p, group, actor, now);
                if let Some(v) = &p.venue {
                    row.venue_id = Some(venue_id(c, group.id, v, now)?);
                }
                events::insert(c, &row)?;
                report.created.push(item(&row));
                row.id
            }
        };
        event_imports::record(
            c,
            &EventImportRow {
                group_id: group.id,
                source_uid: p.uid.clone(),
                event_id,
                fingerprint,
                imported_at: now,
            },
        )?;
    }
    if !report.created.is_empty() || !report.updated.is_empty() {
        events::refresh_group_dates(c, group.id, now)?;
        audit::record(
            c,
            AuditEntry::new(group.id, AuditAction::EventsImported)
                .by(actor)
                .detail(&format!(
                    "iCalendar: created {}, updated {}, unchanged {}, skipped {}",
                    report.created.len(),
                    report.updated.len(),
                    report.unchanged.len(),
                    report.skipped.len()
                )),
            now,
        )?;
    }
    Ok(())
}

/// An organizer's daily allowance of API and page imports.
async fn count_import(app: &App, actor: UserId, now: Timestamp) -> Result<(), AppError> {
    let bucket = format!("imports:user:{actor}");
    match app
        .db
        .write(move |c| muster_db::rate_limits::hit(c, &bucket, IMPORTS_PER_DAY, now))
        .await?
    {
        Ok(()) => Ok(()),
        Err(wait) => Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit)),
    }
}

/// Where an organizer's calendar comes from.
#[derive(Debug, Clone)]
pub enum CalendarSource {
    /// The file's bytes (uploaded, or the API request's `text/calendar` body).
    File(Vec<u8>),
    /// An address to fetch it from (public http/https only).
    Url(String),
}

/// An organizer imports a calendar into their group (the API and the settings page): events
/// managers only, within their daily allowance; a fetched calendar goes through the guarded
/// fetch. The command line calls [`import_calendar`] directly.
pub async fn import_for(
    app: &App,
    access: &GroupAccess,
    source: CalendarSource,
    dry_run: bool,
) -> Result<IcalReport, AppError> {
    access.check(Action::Use(Capability::ManageEvents))?;
    let (actor, now) = (access.user()?.id, app.now());
    let text = match source {
        CalendarSource::File(bytes) => {
            let text = decode(&bytes)?.to_owned();
            count_import(app, actor, now).await?;
            text
        }
        CalendarSource::Url(url) => {
            count_import(app, actor, now).await?;
            let policy = FetchPolicy {
                allow_private: app.config.fetch_allow_private.clone(),
                ..FetchPolicy::default()
            };
            fetch_calendar(&url, &policy).await.map_err(|e| {
                AppError::from(e).with_field("url", "The calendar could not be fetched.")
            })?
        }
    };
    Ok(import_calendar(&app.db, &access.group, &text, Some(actor), now, dry_run).await?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn only_utf8_within_the_cap_is_read() {
        assert_eq!(
            decode("\u{feff}BEGIN:VCALENDAR".as_bytes()).unwrap(),
            "\u{feff}BEGIN:VCALENDAR"
        );
        let utf16 = [0xff, 0xfe, b'B', 0, b'E', 0];
        assert!(decode(&utf16).unwrap_err().to_string().contains("UTF-16"));
        let latin1 = b"LOCATION:Stra\xdfe";
        assert!(
            decode(latin1)
                .unwrap_err()
                .to_string()
                .contains("offset 13")
        );
        let huge = vec![b'x'; MAX_CALENDAR_BYTES + 1];
        assert!(
            decode(&huge)
                .unwrap_err()
                .to_string()
                .contains("larger than 5 MiB")
        );
    }

    #[test]
    fn locations_become_venues() {
        assert_eq!(
            venue_of("c-base, Rungestraße 20, 10179 Berlin").unwrap(),
            Some((
                "c-base".to_owned(),
                "Rungestraße 20, 10179 Berlin".to_owned()
            ))
        );
        assert_eq!(
            venue_of("Betahaus").unwrap(),
            Some(("Betahaus".to_owned(), String::new()))
        );
        assert_eq!(venue_of("  ").unwrap(), None);
        assert!(venue_of(&"x".repeat(121)).unwrap_err().contains("LOCATION"));
    }
}
