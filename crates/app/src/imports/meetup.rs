//! `muster import meetup-members | meetup-attendees | meetup-claim-links`: a group's history
//! from Meetup.com's organizer exports. The files are read and checked completely first
//! ([`read_table`]); then everything is written in one transaction, found again by Meetup
//! member id (and an event by its group, title and start) on a second run, so running an
//! import twice changes nothing.

use std::{
    fmt,
    io::{Cursor, Read},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::{Skip, write_counts, write_skipped};
use muster_core::{
    Timestamp,
    account::Timezone,
    id::{EventId, GroupId, PlaceholderId},
    meetup::{self, Table},
};
use muster_db::{
    Db, DbConnection, DbError, audit,
    events::{self, EventRow},
    groups::{self, GroupRow},
    placeholders::{self, PlaceholderDetails, PlaceholderRow, PlaceholderRsvpRow},
};

/// The most bytes an XLSX workbook may inflate to, all its parts together.
pub const MAX_XLSX_INFLATED: u64 = 50 * 1024 * 1024;
/// The most parts (files) an XLSX workbook may hold; a Meetup export has about ten.
pub const MAX_XLSX_ENTRIES: usize = 200;
/// The most a part may inflate relative to its compressed size (XML compresses about 10–30
/// times; a zip bomb, thousands).
pub const MAX_XLSX_RATIO: u64 = 200;

/// [`read_table`] on bytes already read; `extension` (lower case) says TSV or XLSX when the
/// content does not.
pub fn table_from_bytes(bytes: &[u8], extension: &str) -> Result<Table, String> {
    if bytes.starts_with(b"PK\x03\x04") || extension == "xlsx" {
        return xlsx_table(bytes);
    }
    let text = meetup::decode_text(bytes).map_err(|e| e.to_string())?;
    let delimiter = if extension == "tsv" {
        b'\t'
    } else {
        meetup::sniff_delimiter(&text)
    };
    meetup::read_delimited(&text, delimiter).map_err(|e| e.to_string())
}

/// Refuses a ZIP archive that would inflate beyond the limits: too many parts, declared sizes
/// too large or too compressed, or (the sizes in a ZIP are only claims) actual inflated bytes
/// beyond [`MAX_XLSX_INFLATED`], read with a limit so a bomb is never fully inflated.
pub fn check_zip(bytes: &[u8]) -> Result<(), String> {
    let refuse = |why: String| {
        Err(format!(
            "the workbook was refused: {why} (a workbook inflating past {} MiB is refused as a possible zip bomb; export a CSV instead)",
            MAX_XLSX_INFLATED / (1024 * 1024)
        ))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a readable XLSX workbook ({e})"))?;
    if archive.len() > MAX_XLSX_ENTRIES {
        return refuse(format!(
            "it holds {} parts, more than {MAX_XLSX_ENTRIES}",
            archive.len()
        ));
    }
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|e| format!("not a readable XLSX workbook ({e})"))?;
        declared = declared.saturating_add(part.size());
        if part.size() > 1024 * 1024 && part.size() / part.compressed_size().max(1) > MAX_XLSX_RATIO
        {
            return refuse(format!(
                "{} inflates {} times",
                part_name(&part, i),
                part.size() / part.compressed_size().max(1)
            ));
        }
    }
    if declared > MAX_XLSX_INFLATED {
        return refuse(format!("its parts declare {declared} bytes"));
    }
    let mut inflated: u64 = 0;
    let mut sink = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let part = archive
            .by_index(i)
            .map_err(|e| format!("not a readable XLSX workbook ({e})"))?;
        let name = part_name(&part, i);
        let mut limited = part.take(MAX_XLSX_INFLATED - inflated + 1);
        loop {
            let n = limited
                .read(&mut sink)
                .map_err(|e| format!("not a readable XLSX workbook ({name}: {e})"))?;
            if n == 0 {
                break;
            }
            inflated += n as u64;
            if inflated > MAX_XLSX_INFLATED {
                return refuse(format!("{name} inflates past the limit"));
            }
        }
    }
    Ok(())
}

fn part_name<R: Read>(part: &zip::read::ZipFile<'_, R>, i: usize) -> String {
    part.name()
        .map_or_else(|_| format!("part {i}"), |n| n.into_owned())
}

/// A spreadsheet cell as text. Excel keeps dates as day numbers since 1899-12-30; they become
/// ISO dates (times), which the parser reads too.
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::DateTime(when) => {
            let days = when.as_f64();
            let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default();
            // Whole seconds; the float holds days.
            #[allow(clippy::cast_possible_truncation)]
            let seconds = (days * 86_400.0).round() as i64;
            let t = base + chrono::Duration::seconds(seconds);
            if seconds % 86_400 == 0 {
                t.format("%Y-%m-%d").to_string()
            } else {
                t.format("%Y-%m-%d %H:%M").to_string()
            }
        }
        other => other.to_string(),
    }
}

fn xlsx_table(bytes: &[u8]) -> Result<Table, String> {
    use calamine::Reader;
    check_zip(bytes)?;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("not a readable XLSX workbook ({e})"))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| "the workbook has no sheet".to_owned())?
        .map_err(|e| format!("the first sheet cannot be read ({e})"))?;
    let start_row = range.start().map_or(0, |(r, _)| r as usize);
    let mut rows = range.rows().enumerate();
    let header: Vec<String> = match rows.next() {
        Some((_, cells)) => cells.iter().map(cell_text).collect(),
        None => return Err(meetup::TableError::Empty.to_string()),
    };
    let mut table = Table {
        header,
        rows: Vec::new(),
    };
    for (i, cells) in rows {
        let cells: Vec<String> = cells.iter().map(cell_text).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if table.rows.len() >= meetup::MAX_ROWS {
            return Err(meetup::TableError::TooManyRows.to_string());
        }
        table.rows.push((start_row + i + 1, cells));
    }
    if table.header.iter().all(|h| h.trim().is_empty()) {
        return Err(meetup::TableError::Empty.to_string());
    }
    Ok(table)
}

/// What a Meetup import did (or, dry, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetupReport {
    /// What was created: placeholders (member list) or RSVPs (attendee list).
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    pub skipped: Vec<Skip>,
    /// Attendee lists: people not on the member list, added as placeholders.
    pub new_placeholders: Vec<String>,
    /// Attendee lists: the event, and whether it was created.
    pub event: Option<(EventId, String, bool)>,
}

impl fmt::Display for MeetupReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_counts(
            f,
            self.created.len(),
            self.updated.len(),
            self.unchanged,
            self.skipped.len(),
        )?;
        if let Some((id, path, created)) = &self.event {
            writeln!(
                f,
                "event {id} ({}): {path}",
                if *created { "created" } else { "existing" }
            )?;
        }
        if !self.new_placeholders.is_empty() {
            writeln!(
                f,
                "not on the member list, added as placeholders: {}",
                self.new_placeholders.join(", ")
            )?;
        }
        for name in &self.updated {
            writeln!(f, "updated: {name}")?;
        }
        write_skipped(f, &self.skipped)
    }
}

/// Why an import stopped without writing anything.
#[derive(Debug, thiserror::Error)]
pub enum MeetupError {
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn skips(skipped: &[meetup::Skipped]) -> Vec<Skip> {
    skipped
        .iter()
        .map(|s| Skip {
            line: s.line,
            what: s.what.clone(),
            reason: s.reason.clone(),
        })
        .collect()
}

fn find_group(c: &mut DbConnection, slug: &str) -> Result<GroupRow, MeetupError> {
    groups::find_by_slug(c, slug)?
        .ok_or_else(|| MeetupError::Refused(format!("there is no group /g/{slug}")))
}

fn day_start(date: chrono::NaiveDate, zone: Timezone) -> Option<Timestamp> {
    date.and_hms_opt(0, 0, 0)
        .map(|t| meetup::local_to_utc(t, zone))
}

/// Imports a member list: each person becomes (or updates) a placeholder of the group.
pub async fn members(
    db: &Db,
    slug: &str,
    table: &Table,
    now: Timestamp,
    dry_run: bool,
) -> Result<MeetupReport, MeetupError> {
    let parsed = meetup::members(table).map_err(|e| MeetupError::Refused(e.to_string()))?;
    let slug = slug.to_owned();
    db.write_or_rehearse(dry_run, move |c| {
        let group = find_group(c, &slug)?;
        let zone = Timezone::from_trusted(&group.timezone);
        let mut report = MeetupReport {
            skipped: skips(&parsed.skipped),
            ..MeetupReport::default()
        };
        for member in &parsed.rows {
            let details = PlaceholderDetails {
                name: member.name.clone(),
                title: member.title.clone(),
                profile_url: member.profile_url.clone(),
                answers: PlaceholderRow::answers_json(&member.answers),
                listed: true,
                joined_at: member.joined_on.and_then(|d| day_start(d, zone)),
            };
            match placeholders::find_by_meetup_id(c, group.id, &member.meetup_id)? {
                None => {
                    placeholders::insert(
                        c,
                        &new_placeholder(group.id, &member.meetup_id, details, now),
                    )?;
                    report.created.push(member.name.clone());
                }
                Some(existing) if PlaceholderDetails::of(&existing) == details => {
                    report.unchanged += 1;
                }
                Some(existing) => {
                    placeholders::update(c, existing.id, &details, now)?;
                    report.updated.push(member.name.clone());
                }
            }
        }
        if !report.created.is_empty() || !report.updated.is_empty() {
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::MeetupMembersImported).detail(&format!(
                    "{} created, {} updated",
                    report.created.len(),
                    report.updated.len()
                )),
                now,
            )?;
        }
        Ok(report)
    })
    .await
}

fn new_placeholder(
    group: GroupId,
    meetup_id: &str,
    details: PlaceholderDetails,
    now: Timestamp,
) -> PlaceholderRow {
    PlaceholderRow {
        id: PlaceholderId::new(),
        group_id: group,
        meetup_id: meetup_id.to_owned(),
        name: details.name,
        title: details.title,
        profile_url: details.profile_url,
        answers: details.answers,
        listed: details.listed,
        joined_at: details.joined_at,
        claim_token_hash: None,
        claimed_by: None,
        claimed_at: None,
        created_at: now,
        updated_at: now,
    }
}

/// Which event an attendee list is for.
#[derive(Debug, Clone)]
pub enum EventChoice {
    /// An event of the group that exists already.
    Existing(EventId),
    /// A past event found by (group, title, start), created if missing.
    New {
        title: String,
        starts_at: chrono::NaiveDateTime,
        /// The group's zone if `None`.
        timezone: Option<String>,
        duration_minutes: i64,
    },
}

fn past_event(
    group: &GroupRow,
    title: &str,
    starts_at: Timestamp,
    zone: Timezone,
    minutes: i64,
    now: Timestamp,
) -> EventRow {
    EventRow {
        rsvps_closed: true,
        // History: nobody is told about it, and no reminder is due.
        reminders_enabled: false,
        announced_at: Some(now),
        ..EventRow::imported(
            group.id,
            title,
            "Imported from the group's Meetup.com history.",
            (starts_at, starts_at + chrono::Duration::minutes(minutes)),
            zone.name(),
            now,
        )
    }
}

/// The event an attendee list goes to: (event, created now?) or why not.
fn resolve_event(
    c: &mut DbConnection,
    group: &GroupRow,
    choice: &EventChoice,
    now: Timestamp,
) -> Result<(EventRow, bool), MeetupError> {
    match choice {
        EventChoice::Existing(id) => match events::find(c, *id)? {
            Some(e) if e.group_id == group.id && e.starts_at >= now => Err(format!(
                "event {id} has not happened yet: only past events take attendee lists"
            )),
            Some(e) if e.group_id == group.id => Ok((e, false)),
            _ => Err(format!("there is no event {id} in /g/{}", group.slug)),
        }
        .map_err(MeetupError::Refused),
        EventChoice::New {
            title,
            starts_at,
            timezone,
            duration_minutes,
        } => {
            let zone = match timezone {
                Some(name) => match Timezone::parse(name) {
                    Ok(z) => z,
                    Err(_) => {
                        return Err(MeetupError::Refused(format!(
                            "--timezone {name:?} is not an IANA time zone like Europe/Berlin"
                        )));
                    }
                },
                None => Timezone::from_trusted(&group.timezone),
            };
            let title = title.trim();
            if title.is_empty() || title.chars().count() > 200 {
                return Err(MeetupError::Refused(
                    "--title must have 1 to 200 characters".to_owned(),
                ));
            }
            let start = meetup::local_to_utc(*starts_at, zone);
            // Checked before looking for an existing event too: attendance from Meetup only
            // ever lands on past events (claims add seats without a capacity check).
            if start >= now {
                return Err(MeetupError::Refused(format!(
                    "--starts-at {} is not in the past: only past events are imported from Meetup",
                    starts_at.format("%Y-%m-%dT%H:%M")
                )));
            }
            let existing = placeholders::find_event(c, group.id, title, start)?;
            if let Some(e) = existing {
                return Ok((e, false));
            }
            let row = past_event(group, title, start, zone, *duration_minutes, now);
            events::insert(c, &row)?;
            events::refresh_group_dates(c, group.id, now)?;
            Ok((row, true))
        }
    }
}

/// Imports one event's attendee list: each answer becomes the placeholder's RSVP to the event
/// (people not on the member list become placeholders first).
pub async fn attendees(
    db: &Db,
    slug: &str,
    choice: EventChoice,
    table: &Table,
    now: Timestamp,
    dry_run: bool,
) -> Result<MeetupReport, MeetupError> {
    let parsed = meetup::attendees(table).map_err(|e| MeetupError::Refused(e.to_string()))?;
    let slug = slug.to_owned();
    db.write_or_rehearse(dry_run, move |c| {
        let group = find_group(c, &slug)?;
        let (event, created) = resolve_event(c, &group, &choice, now)?;
        let zone = event.timezone();
        let mut report = MeetupReport {
            skipped: skips(&parsed.skipped),
            event: Some((event.id, event.path(&group.slug), created)),
            ..MeetupReport::default()
        };
        for attendee in &parsed.rows {
            let placeholder =
                match placeholders::find_by_meetup_id(c, group.id, &attendee.meetup_id)? {
                    Some(p) => p,
                    None => {
                        let row = new_placeholder(
                            group.id,
                            &attendee.meetup_id,
                            PlaceholderDetails {
                                name: attendee.name.clone(),
                                title: attendee.title.clone(),
                                profile_url: attendee.profile_url.clone(),
                                answers: PlaceholderRow::answers_json(&attendee.answers),
                                listed: false,
                                joined_at: attendee.joined_on.and_then(|d| day_start(d, zone)),
                            },
                            now,
                        );
                        placeholders::insert(c, &row)?;
                        report.new_placeholders.push(attendee.name.clone());
                        row
                    }
                };
            let answer = PlaceholderRsvpRow {
                event_id: event.id,
                placeholder_id: placeholder.id,
                status: attendee.rsvp,
                guests: attendee.guests,
                host: attendee.host,
                rsvped_at: attendee.rsvped_on.map(|t| meetup::local_to_utc(t, zone)),
                created_at: now,
                updated_at: now,
            };
            let label = format!("{} ({})", attendee.name, attendee.rsvp.as_str());
            match placeholders::find_rsvp(c, event.id, placeholder.id)? {
                None => {
                    placeholders::insert_rsvp(c, &answer)?;
                    report.created.push(label);
                }
                Some(existing) if existing.same_answer(&answer) => report.unchanged += 1,
                Some(_) => {
                    placeholders::update_rsvp(c, &answer, now)?;
                    report.updated.push(label);
                }
            }
        }
        if created || !report.created.is_empty() || !report.updated.is_empty() {
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::MeetupAttendeesImported).detail(&format!(
                    "{}: {} created, {} updated",
                    event.title,
                    report.created.len(),
                    report.updated.len()
                )),
                now,
            )?;
        }
        Ok(report)
    })
    .await
}

/// One claim link, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimLink {
    pub name: String,
    pub meetup_id: String,
    pub events: i64,
    pub url: String,
}

/// Issues a fresh claim link for every unclaimed placeholder of the group (or the one with
/// `meetup_id`), replacing earlier links. Only the tokens' SHA-256 digests are stored.
pub async fn claim_links(
    db: &Db,
    slug: &str,
    meetup_id: Option<String>,
    base_url: &str,
    now: Timestamp,
) -> Result<Vec<ClaimLink>, MeetupError> {
    let slug = slug.to_owned();
    let base_url = base_url.to_owned();
    db.transaction(move |c| {
        let group = find_group(c, &slug)?;
        let mut links = Vec::new();
        for (row, events) in placeholders::list(c, group.id)? {
            if row.claimed_by.is_some() || meetup_id.as_ref().is_some_and(|id| *id != row.meetup_id)
            {
                continue;
            }
            let issued = crate::claims::issue(c, row.id, &base_url, now)
                .map_err(|e| MeetupError::Refused(e.message))?;
            let Some(url) = issued else {
                continue;
            };
            links.push(ClaimLink {
                name: row.name,
                meetup_id: row.meetup_id,
                events,
                url,
            });
        }
        if let Some(id) = &meetup_id
            && links.is_empty()
        {
            return Err(MeetupError::Refused(format!(
                "no unclaimed placeholder with Meetup id {id} in /g/{slug}"
            )));
        }
        if !links.is_empty() {
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::MeetupClaimLinksIssued)
                    .detail(&format!("{} links", links.len())),
                now,
            )?;
        }
        Ok(links)
    })
    .await
}

/// Claim links as CSV (name, Meetup id, events attended, link), for a mail merge.
pub fn claim_links_csv(links: &[ClaimLink]) -> Result<String, std::io::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["name", "meetup_id", "events_attended", "claim_link"])?;
    for link in links {
        writer.write_record([
            link.name.as_str(),
            link.meetup_id.as_str(),
            &link.events.to_string(),
            link.url.as_str(),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    // Every field written is a Rust string, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_with(name: &str, content: &[u8]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut out);
        writer
            .start_file(
                name,
                zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated),
            )
            .unwrap();
        writer.write_all(content).unwrap();
        writer.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn a_zip_bomb_is_refused_before_it_is_opened() {
        let bomb = zip_with("xl/worksheets/sheet1.xml", &vec![b'a'; 60 * 1024 * 1024]);
        assert!(bomb.len() < 1024 * 1024);
        let error = check_zip(&bomb).unwrap_err();
        assert!(error.contains("possible zip bomb"), "{error}");
        let error = table_from_bytes(&bomb, "xlsx").unwrap_err();
        assert!(error.contains("possible zip bomb"), "{error}");
    }

    /// Sets every size field of the archive's one entry to `size`, as a forged archive would.
    fn lie_about_sizes(mut bytes: Vec<u8>, size: u32) -> Vec<u8> {
        let patch = |bytes: &mut Vec<u8>, signature: &[u8], offsets: &[usize]| {
            let at = bytes.windows(4).position(|w| w == signature).unwrap();
            for offset in offsets {
                bytes[at + offset..at + offset + 4].copy_from_slice(&size.to_le_bytes());
            }
        };
        // Local header: uncompressed size at 22; central directory: at 24.
        patch(&mut bytes, b"PK\x03\x04", &[22]);
        patch(&mut bytes, b"PK\x01\x02", &[24]);
        bytes
    }

    #[test]
    fn a_zip_bomb_lying_about_its_sizes_is_refused_while_inflating() {
        let bomb = zip_with("xl/worksheets/sheet1.xml", &vec![b'a'; 60 * 1024 * 1024]);
        let liar = lie_about_sizes(bomb, 4096);
        assert!(check_zip(&liar).is_err(), "never inflated past the limit");
    }

    #[test]
    fn a_small_zip_passes_and_garbage_is_not_a_workbook() {
        assert!(check_zip(&zip_with("a.xml", b"<a/>")).is_ok());
        let error = table_from_bytes(b"PK\x03\x04garbage", "xlsx").unwrap_err();
        assert!(error.contains("not a readable XLSX workbook"), "{error}");
    }
}
