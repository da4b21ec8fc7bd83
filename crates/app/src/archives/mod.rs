//! A group's archive: everything that makes up its history, as one ZIP that opens without
//! Muster and imports into another Muster instance with ids and history kept.
//!
//! * `archive.json`: [`Archive`], the documented, versioned format (docs/archive-format.md).
//! * `calendar.ics`: every published and cancelled event.
//! * `site/`: static HTML pages of the group and each event (relative links; open from disk).
//! * `files/`: the group's uploaded logo, if it has one, and its photos (`files/photos/`).
//!
//! Members are counted; only those who allowed it (`in_archive`) are named, with their answers.

#[macro_use]
mod fields;

mod bundle;
pub mod personal;
mod restore;
mod site;

use std::collections::HashMap;

use muster_core::{
    Timestamp,
    event::{Attendance, EventStatus, RsvpStatus},
    id::{EventId, GroupId, ImageId, PhotoId, ReplyId, SeriesId, TalkId, ThreadId, VenueId},
    roles::Role,
};
use muster_db::{
    Db,
    archives::{self, EventHistoryRow, GroupHistory},
    events::EventRow,
    groups::{self, GroupRow},
};
use serde::{Deserialize, Serialize};

pub use bundle::{ArchiveFile, MAX_ARCHIVE_BYTES, read as read_zip, read_from as read_zip_from};
pub use restore::{ImportOptions, Imported, import};

use crate::{
    App, AppError,
    groups::{GroupAccess, settings::GroupFields},
};

/// The `format` every archive names.
pub const FORMAT: &str = "muster-group-archive";
/// The version this Muster writes and reads.
pub const VERSION: u32 = 1;

/// `archive.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`]; a reader refuses versions it does not know.
    pub version: u32,
    pub exported_at: Timestamp,
    /// The instance the archive was made on.
    pub source: Source,
    pub group: Group,
    pub conduct_versions: Vec<ConductVersion>,
    pub venues: Vec<Venue>,
    pub series: Vec<Series>,
    /// Every event, drafts included, soonest first.
    pub events: Vec<Event>,
    /// Active members (all of them, named or not).
    pub member_count: i64,
    /// Members who allowed their name in the archive.
    pub members: Vec<Member>,
    /// Discussion threads (removed ones left out), oldest first; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub threads: Vec<Thread>,
}

/// A discussion thread and its replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thread {
    pub id: ThreadId,
    pub title: String,
    /// Markdown ("" when its author deleted their account).
    pub body: String,
    /// The author's name, when they allowed their name in the archive ("" otherwise).
    pub author: String,
    pub pinned: bool,
    pub locked: bool,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    /// Oldest first (removed ones left out).
    pub replies: Vec<Reply>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub id: ReplyId,
    /// Markdown.
    pub body: String,
    /// As for threads: named only with their consent.
    pub author: String,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub instance_name: String,
    pub base_url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: GroupId,
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    pub city: String,
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// IANA name.
    pub timezone: String,
    pub topics: Vec<String>,
    pub website_url: String,
    pub chat_url: String,
    pub mailing_list_url: String,
    pub repository_url: String,
    pub logo_url: String,
    /// Path of the uploaded logo inside the ZIP (`files/logo.png`), if any.
    pub logo_file: Option<String>,
    pub contact_email: String,
    /// `public` or `private`.
    pub visibility: String,
    /// `open`, `approval` or `invite`.
    pub join_mode: String,
    /// Questions asked of people who join.
    pub questions: Vec<String>,
    /// The current code-of-conduct version.
    pub conduct_version: i32,
    /// Reminder hours before events, e.g. `144,24`.
    pub reminder_hours: String,
    /// Where a directory entry was imported from ("" for a group made on Muster).
    pub listing_source: String,
    /// The language the organizers write in (a BCP 47 tag such as `pl`); absent when not said.
    /// The archive's static site is written in it when Muster speaks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConductVersion {
    pub version: i32,
    /// Markdown.
    pub text: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub id: VenueId,
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub directions: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: SeriesId,
    /// RFC 5545 RRULE.
    pub rrule: String,
    pub timezone: String,
    /// The first occurrence's local start, `YYYY-MM-DDTHH:MM:SS`.
    pub first_local: String,
    pub duration_minutes: i32,
    /// What each occurrence copies (title, description, venue_id, online_url, capacity,
    /// guest_limit, RSVP window minutes, rsvp_question, announce, reminders_enabled).
    pub template: serde_json::Value,
    pub generated_until: Option<Timestamp>,
    pub ended_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    pub series_id: Option<SeriesId>,
    pub occurrence_key: Option<String>,
    pub title: String,
    /// Markdown.
    pub description: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub timezone: String,
    pub venue_id: Option<VenueId>,
    pub online_url: String,
    pub capacity: Option<i32>,
    pub guest_limit: i32,
    pub rsvp_opens_at: Option<Timestamp>,
    pub rsvp_closes_at: Option<Timestamp>,
    pub rsvps_closed: bool,
    pub rsvp_question: String,
    /// `draft`, `published` or `cancelled`.
    pub status: EventStatus,
    pub cancel_reason: String,
    /// iCalendar SEQUENCE.
    pub sequence: i32,
    pub previous_starts_at: Option<Timestamp>,
    pub announce: bool,
    pub reminders_enabled: bool,
    pub published_at: Option<Timestamp>,
    pub announced_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Hosts' names, in order.
    pub hosts: Vec<String>,
    pub talks: Vec<Talk>,
    /// Everyone's answers, counted.
    pub answers: Answers,
    /// Answers of members who allowed their name.
    pub attendees: Vec<Attendee>,
    /// Photos from the meetup, oldest first (absent when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    pub id: PhotoId,
    /// Path of the JPEG inside the ZIP (`files/photos/<id>.jpg`).
    pub file: String,
    pub caption: String,
    /// The name of the person who added it, when they allowed their name in the archive ("" when
    /// not, or the account is gone).
    pub uploaded_by: String,
    pub width: i32,
    pub height: i32,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Talk {
    pub id: TalkId,
    pub position: i32,
    pub title: String,
    pub speaker_name: String,
    /// Markdown.
    #[serde(rename = "abstract")]
    pub abstract_: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    pub standby: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// People per answer (guests counted apart), and at the door.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    pub going: i64,
    pub waitlisted: i64,
    pub not_going: i64,
    /// Guests brought by people going.
    pub guests: i64,
    pub attended: i64,
    pub no_show: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    /// The [`Member`]'s id.
    pub member_id: String,
    /// `going`, `waitlisted` or `not_going`.
    pub status: RsvpStatus,
    pub guests: i32,
    /// `unknown`, `attended` or `no_show`.
    pub attendance: Attendance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Their account id where the archive was made (stable across imports).
    pub id: String,
    pub name: String,
    pub role: Role,
    pub joined_at: Timestamp,
}

impl Answers {
    fn add(&mut self, status: RsvpStatus, attendance: Attendance, people: i64, guests: i64) {
        match status {
            RsvpStatus::Going => {
                self.going += people;
                self.guests += guests;
            }
            RsvpStatus::Waitlisted => self.waitlisted += people,
            RsvpStatus::NotGoing => self.not_going += people,
        }
        match attendance {
            Attendance::Attended => self.attended += people,
            Attendance::NoShow => self.no_show += people,
            Attendance::Unknown => {}
        }
    }

    /// Adds the counts an imported archive brought for an event.
    fn add_archived(&mut self, h: &EventHistoryRow) {
        self.going += i64::from(h.going);
        self.waitlisted += i64::from(h.waitlisted);
        self.not_going += i64::from(h.not_going);
        self.guests += i64::from(h.guests);
        self.attended += i64::from(h.attended);
        self.no_show += i64::from(h.no_show);
    }
}

/// The logo's path inside the ZIP.
const LOGO_FILE: &str = "files/logo.png";

/// A photo's path inside the ZIP.
fn photo_file(id: PhotoId) -> String {
    format!("files/photos/{id}.jpg")
}

/// Builds [`Archive`] from a group's rows and its history.
pub fn build(group: &GroupRow, history: &GroupHistory, source: Source, now: Timestamp) -> Archive {
    let mut by_event = ByEvent::gather(history);
    Archive {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_at: now,
        source,
        group: archived_group(group, history),
        conduct_versions: history
            .conduct
            .iter()
            .map(|c| same_fields!(conduct: c => ConductVersion {}))
            .collect(),
        venues: history
            .venues
            .iter()
            .map(|v| same_fields!(venue: v => Venue {}))
            .collect(),
        series: history
            .series
            .iter()
            .map(|s| same_fields!(series: s => Series { template: portable_template(&s.template) }))
            .collect(),
        events: history.events.iter().map(|e| by_event.take(e)).collect(),
        member_count: member_count(history),
        members: members(history),
        threads: threads(history),
    }
}

/// The discussions, their authors named as members are: only those who allowed it (an
/// imported post keeps the name its archive gave).
fn threads(history: &GroupHistory) -> Vec<Thread> {
    let named: HashMap<_, _> = history
        .named_members
        .iter()
        .map(|m| (m.user_id, m.name.clone()))
        .collect();
    let author = |id: Option<muster_core::id::UserId>, imported: &str| match id {
        Some(id) => named.get(&id).cloned().unwrap_or_default(),
        None => imported.to_owned(),
    };
    history
        .threads
        .iter()
        .map(|(t, replies)| Thread {
            id: t.id,
            title: t.title.clone(),
            body: t.body.clone(),
            author: author(t.author_id, &t.imported_author),
            pinned: t.pinned,
            locked: t.locked,
            created_at: t.created_at,
            edited_at: t.edited_at,
            replies: replies
                .iter()
                .map(|r| Reply {
                    id: r.id,
                    body: r.body.clone(),
                    author: author(r.author_id, &r.imported_author),
                    created_at: r.created_at,
                    edited_at: r.edited_at,
                })
                .collect(),
        })
        .collect()
}

/// The group's own record: its fields as organizers edit them, and what else it carries.
fn archived_group(group: &GroupRow, history: &GroupHistory) -> Group {
    let fields = GroupFields::from_row(group);
    same_fields!(group: &fields => Group {
        id: group.id,
        slug: group.slug.clone(),
        latitude: fields.lat,
        longitude: fields.lon,
        logo_file: history.logo.as_ref().map(|_| LOGO_FILE.to_owned()),
        conduct_version: group.conduct_version,
        reminder_hours: group.reminder_hours.clone(),
        listing_source: group.listing_source.clone(),
        language: group.language.clone(),
        created_at: group.created_at,
        updated_at: group.updated_at,
    })
}

/// Active members here and those an imported archive counted.
fn member_count(history: &GroupHistory) -> i64 {
    history.active_members
        + history
            .imported
            .as_ref()
            .map_or(0, |i| i64::from(i.member_count))
}

/// The named members: those an imported archive named, then those here who allowed it.
fn members(history: &GroupHistory) -> Vec<Member> {
    let archived = history
        .archived_members
        .iter()
        .map(|m| same_fields!(member: m => Member { id: m.member_id.clone() }));
    let here = history
        .named_members
        .iter()
        .map(|m| same_fields!(member: m => Member { id: m.user_id.to_string() }));
    archived.chain(here).collect()
}

/// What the archive lists under each event, gathered from the history's rows.
#[derive(Default)]
struct ByEvent {
    hosts: HashMap<EventId, Vec<String>>,
    talks: HashMap<EventId, Vec<Talk>>,
    answers: HashMap<EventId, Answers>,
    attendees: HashMap<EventId, Vec<Attendee>>,
    photos: HashMap<EventId, Vec<Photo>>,
}

impl ByEvent {
    fn gather(history: &GroupHistory) -> ByEvent {
        let mut by = ByEvent::default();
        for (event, name) in &history.hosts {
            by.hosts.entry(*event).or_default().push(name.clone());
        }
        for t in &history.tallies {
            by.answers.entry(t.event_id).or_default().add(
                t.status,
                t.attendance,
                t.people,
                t.guests,
            );
        }
        for h in &history.archived_history {
            by.answers.entry(h.event_id).or_default().add_archived(h);
            // The archive's hosts came before this instance's.
            let before: Vec<String> = serde_json::from_str(&h.hosts).unwrap_or_default();
            by.hosts.entry(h.event_id).or_default().splice(0..0, before);
        }
        for a in &history.archived_answers {
            let attendee = same_fields!(answer: a => Attendee { member_id: a.member_id.clone() });
            by.attendees.entry(a.event_id).or_default().push(attendee);
        }
        for a in &history.named_answers {
            let attendee = same_fields!(answer: a => Attendee { member_id: a.user_id.to_string() });
            by.attendees.entry(a.event_id).or_default().push(attendee);
        }
        for t in &history.talks {
            let talk = same_fields!(talk: t => Talk {});
            by.talks.entry(t.event_id).or_default().push(talk);
        }
        let named: std::collections::HashSet<_> =
            history.named_members.iter().map(|m| m.user_id).collect();
        for p in &history.photos {
            let r = &p.row;
            by.photos.entry(r.event_id).or_default().push(Photo {
                id: r.id,
                file: photo_file(r.id),
                caption: r.caption.clone(),
                // Named as members are: only those who allowed it.
                uploaded_by: match r.uploaded_by {
                    Some(id) if named.contains(&id) => p.uploader.clone(),
                    _ => String::new(),
                },
                width: r.width,
                height: r.height,
                created_at: r.created_at,
            });
        }
        by
    }

    /// The archive's record of `e`, with what was gathered for it.
    fn take(&mut self, e: &EventRow) -> Event {
        same_fields!(event: e => Event {
            hosts: self.hosts.remove(&e.id).unwrap_or_default(),
            talks: self.talks.remove(&e.id).unwrap_or_default(),
            answers: self.answers.get(&e.id).copied().unwrap_or_default(),
            attendees: self.attendees.remove(&e.id).unwrap_or_default(),
            photos: self.photos.remove(&e.id).unwrap_or_default(),
        })
    }
}

/// A series template without what only makes sense here: the hosts' account ids and the
/// rendered HTML (rebuilt from the Markdown on import).
fn portable_template(stored: &str) -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_str(stored).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.remove("hosts");
        map.remove("description_html");
    }
    value
}

/// What an export produces.
pub struct Export {
    pub archive: Archive,
    /// The ZIP, in a temporary file (deleted when closed) read from its start: a group's
    /// photos make archives of hundreds of MiB, which memory should not hold.
    pub file: std::fs::File,
    /// Its size in bytes.
    pub size: u64,
    /// A file name for it: `<slug>-archive-<date>.zip`.
    pub file_name: String,
}

/// Exports the group with this slug (`None` when there is no such group, or it is deleted).
pub async fn export(
    db: &Db,
    slug: &str,
    source: Source,
    now: Timestamp,
) -> Result<Option<Export>, AppError> {
    let slug = slug.to_owned();
    let export = db
        .read(move |c| {
            let Some(group) = groups::find_by_slug(c, &slug)? else {
                return Ok(None);
            };
            Ok(Some(export_read(c, &group, source, now)?))
        })
        .await?;
    export.transpose()
}

/// Reads the group's history and writes its archive, reading the photos one at a time as
/// they go into the ZIP (so only the ZIP holds them all).
fn export_read(
    c: &mut muster_db::DbConnection,
    group: &GroupRow,
    source: Source,
    now: Timestamp,
) -> Result<Result<Export, AppError>, muster_db::DbError> {
    archives::with_history(c, group.id, group.logo_image_id, |c, history| {
        let mut image = |id: ImageId| -> Result<Option<Vec<u8>>, String> {
            muster_db::images::find(c, id)
                .map(|found| found.map(|i| i.bytes))
                .map_err(|e| e.to_string())
        };
        Ok(export_loaded(group, &history, source, now, &mut image))
    })
}

/// [`export`] for a group already loaded; `image` reads an uploaded image's bytes.
pub fn export_loaded(
    group: &GroupRow,
    history: &GroupHistory,
    source: Source,
    now: Timestamp,
    image: &mut dyn FnMut(ImageId) -> Result<Option<Vec<u8>>, String>,
) -> Result<Export, AppError> {
    use std::io::Seek;
    let archive = build(group, history, source, now);
    let out = std::io::BufWriter::new(tempfile::tempfile().map_err(AppError::internal)?);
    let out = bundle::write(out, group, &archive, history, image).map_err(AppError::internal)?;
    let mut file = out
        .into_inner()
        .map_err(|e| AppError::internal(e.error()))?;
    let size = file
        .seek(std::io::SeekFrom::End(0))
        .map_err(AppError::internal)?;
    file.rewind().map_err(AppError::internal)?;
    let file_name = format!(
        "{}-archive-{}.zip",
        group.slug,
        now.as_datetime().format("%Y-%m-%d")
    );
    Ok(Export {
        archive,
        file,
        size,
        file_name,
    })
}

/// An organizer's (or an instance admin's) download of their group's archive. A GET changes
/// nothing (SECURITY 23): the download goes to the log, not the audit table.
pub async fn export_for(app: &App, access: &GroupAccess) -> Result<Export, AppError> {
    access.check(muster_core::policy::Action::Use(
        muster_core::roles::Capability::ManageGroup,
    ))?;
    let group = access.group.clone();
    let (id, actor) = (group.id, access.user()?.id);
    let source = Source {
        instance_name: app.config.instance_name.clone(),
        base_url: app.config.base_url.clone(),
    };
    let now = app.now();
    let export = app
        .db
        .read(move |c| export_read(c, &group, source, now))
        .await??;
    tracing::info!(group = %id, user = %actor, events = export.archive.events.len(), "group archive downloaded");
    Ok(export)
}
