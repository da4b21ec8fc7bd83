//! Importing an archive: every field checked as if typed into this instance, then everything
//! written in one transaction (or nothing), ids kept. The archive's people have no accounts
//! here, so their answers, names and hosts become the imported history of each event.

use std::collections::HashSet;

use muster_core::{
    Timestamp,
    account::{Invalid, Timezone},
    event::{
        self, Address, CancelReason, Directions, EventTitle, RsvpQuestion, Schedule, SpeakerName,
        TalkAbstract, TalkTitle, VenueName,
    },
    group::{ConductText, Description, Slug, WebUrl},
    id::{ImageId, PhotoId, ReplyId, ThreadId, UserId, VenueId},
    markdown,
    roles::Role,
};
use muster_db::{
    Db, DbConnection, DbError,
    archives::{self, ArchiveImportRow, ArchivedAnswerRow, ArchivedMemberRow, EventHistoryRow},
    audit,
    conduct::{self, ConductVersionRow},
    discussions::{ReplyRow, ThreadRow},
    events::{EventRow, VenueRow},
    groups::{self, GroupChanges, GroupRow},
    images::{self, ImageRow},
    memberships::{self, MembershipRow},
    photos::PhotoRow,
    series::{SeriesRow, SeriesTemplate},
    talks::TalkRow,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::{Archive, ArchiveFile, Event, Group, Series, Talk};
use crate::groups::settings::{GroupFields, checked_changes};

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Another address for the group, when its own is taken here.
    pub slug: Option<String>,
    /// An account here that becomes the group's organizer.
    pub organizer: Option<UserId>,
    /// Check and write everything, then roll back.
    pub dry_run: bool,
}

/// Why an import wrote nothing.
enum Refusal {
    Problems(Vec<String>),
    DryRun(Imported),
    Db(DbError),
}

impl From<DbError> for Refusal {
    fn from(error: DbError) -> Self {
        Refusal::Db(error)
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// The group is here now.
    Created {
        slug: String,
        events: usize,
        talks: usize,
        venues: usize,
        series: usize,
        conduct_versions: usize,
        named_members: usize,
        photos: usize,
        /// Discussion threads.
        threads: usize,
    },
    /// This archive's group was imported before (same id): nothing changed.
    AlreadyHere { slug: String },
}

/// Imports `file`. `Err` carries every problem found, one per line, and nothing is written.
pub async fn import(
    db: &Db,
    file: ArchiveFile,
    options: ImportOptions,
    now: Timestamp,
) -> Result<Result<Imported, Vec<String>>, DbError> {
    let rows = match check(file, &options, now) {
        Ok(rows) => rows,
        Err(problems) => return Ok(Err(problems)),
    };
    let (organizer, dry_run) = (options.organizer, options.dry_run);
    let outcome = db
        .transaction(move |c| {
            if let Some(existing) = groups::find_including_deleted(c, rows.group.id)? {
                return Ok(Imported::AlreadyHere {
                    slug: existing.slug,
                });
            }
            let mut rows = rows;
            refuse_collisions(c, &rows)?;
            write(c, &mut rows, now)?;
            if let Some(user) = organizer {
                add_organizer(c, &rows.group, user, now)?;
            }
            let created = rows.created();
            if dry_run {
                Err(Refusal::DryRun(created))
            } else {
                Ok(created)
            }
        })
        .await;
    Ok(match outcome {
        Ok(imported) => Ok(imported),
        Err(Refusal::DryRun(imported)) => Ok(imported),
        Err(Refusal::Problems(problems)) => Err(problems),
        Err(Refusal::Db(error)) => return Err(error),
    })
}

/// Refuses an archive whose address or events are already taken here.
fn refuse_collisions(c: &mut DbConnection, rows: &Rows) -> Result<(), Refusal> {
    if groups::slug_taken(c, &rows.group.slug)? {
        return Err(Refusal::Problems(vec![format!(
            "The address /g/{} is taken here. Import with another one (--slug).",
            rows.group.slug
        )]));
    }
    let threads: Vec<_> = rows.threads.iter().map(|(t, _)| t.id).collect();
    let replies: Vec<_> = rows
        .threads
        .iter()
        .flat_map(|(_, replies)| replies.iter().map(|r| r.id))
        .collect();
    if muster_db::discussions::threads_exist(c, &threads)?
        || muster_db::discussions::replies_exist(c, &replies)?
    {
        return Err(Refusal::Problems(vec![
            "Some of the archive's discussions already exist here under another group: it \
             was imported before with another group id. Nothing was imported."
                .to_owned(),
        ]));
    }
    let ids: Vec<_> = rows.events.iter().map(|e| e.id).collect();
    if archives::events_exist(c, &ids)? {
        return Err(Refusal::Problems(vec![
            "Some of the archive's events already exist here under another group: it \
             was imported before with another group id. Nothing was imported."
                .to_owned(),
        ]));
    }
    Ok(())
}

/// Writes every row of the archive and audits the import. The photos are read from the ZIP,
/// checked and re-encoded one at a time as they are written; one that is not a photo refuses
/// the import (the transaction is rolled back), with every such problem listed.
fn write(c: &mut DbConnection, rows: &mut Rows, now: Timestamp) -> Result<(), Refusal> {
    if let Some(logo) = &rows.logo {
        images::insert(c, logo)?;
    }
    groups::insert(c, &rows.group)?;
    for version in &rows.conduct {
        conduct::insert_version(c, version)?;
    }
    archives::restore(
        c,
        &archives::Restored {
            venues: &rows.venues,
            series: &rows.series,
            events: &rows.events,
            talks: &rows.talks,
            import: &rows.import,
            members: &rows.members,
            history: &rows.history,
            answers: &rows.answers,
        },
    )?;
    let mut problems = Vec::new();
    for (at, file, row) in rows.photos.clone() {
        let processed = rows.file.photo(&file).and_then(|bytes| {
            crate::media::process_photo(&bytes, "file").map_err(|e| e.headline())
        });
        let processed = match processed {
            Ok(processed) => processed,
            Err(problem) => {
                problems.push(format!("{at}.file: {problem}"));
                continue;
            }
        };
        let (full, thumb, stored_bytes) = processed.into_images(None, now);
        images::insert(c, &full)?;
        images::insert(c, &thumb)?;
        muster_db::photos::insert(
            c,
            &PhotoRow {
                image_id: full.id,
                thumb_image_id: thumb.id,
                width: full.width,
                height: full.height,
                stored_bytes,
                ..row
            },
        )?;
    }
    if !problems.is_empty() {
        return Err(Refusal::Problems(problems));
    }
    for (thread, replies) in &rows.threads {
        muster_db::discussions::insert_thread(c, thread)?;
        for reply in replies {
            muster_db::discussions::insert_imported_reply(c, reply)?;
        }
    }
    let id = rows.group.id;
    muster_db::events::refresh_group_dates(c, id, now)?;
    audit::record(
        c,
        AuditEntry::new(id, AuditAction::ArchiveImported).detail(&format!(
            "from {} (exported {})",
            rows.import.source_url,
            rows.import.exported_at.to_rfc3339()
        )),
        now,
    )?;
    Ok(())
}

/// Makes `user` an organizer of the imported group, having accepted its code of conduct.
fn add_organizer(
    c: &mut DbConnection,
    group: &GroupRow,
    user: UserId,
    now: Timestamp,
) -> Result<(), DbError> {
    let mut membership = MembershipRow::new(
        group.id,
        user,
        Role::Organizer,
        muster_core::policy::MembershipStatus::Active,
        now,
    );
    membership.conduct_version = Some(group.conduct_version);
    membership.conduct_accepted_at = Some(now);
    memberships::insert(c, &membership)?;
    groups::refresh_member_count(c, group.id)?;
    audit::record(
        c,
        AuditEntry::new(group.id, AuditAction::OrganizerAdded)
            .by(Some(user))
            .about(Some(user)),
        now,
    )?;
    Ok(())
}

/// The rows an archive becomes.
struct Rows {
    group: GroupRow,
    logo: Option<ImageRow>,
    /// Each photo: where the archive has it (for problems), its file in the ZIP, and its row
    /// (its images are made as it is written).
    photos: Vec<(String, String, PhotoRow)>,
    /// The archive, for the photos' bytes.
    file: ArchiveFile,
    /// Discussion threads with their replies.
    threads: Vec<(ThreadRow, Vec<ReplyRow>)>,
    conduct: Vec<ConductVersionRow>,
    venues: Vec<VenueRow>,
    series: Vec<SeriesRow>,
    events: Vec<EventRow>,
    talks: Vec<TalkRow>,
    import: ArchiveImportRow,
    members: Vec<ArchivedMemberRow>,
    history: Vec<EventHistoryRow>,
    answers: Vec<ArchivedAnswerRow>,
}

/// Collects problems with their place in the archive.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn check<T>(&mut self, at: &str, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Invalid(message)) => {
                self.add(at, message);
                None
            }
        }
    }

    fn add(&mut self, at: &str, message: impl std::fmt::Display) {
        // A damaged archive can be wrong everywhere: the first hundred problems say enough.
        if self.0.len() < 100 {
            self.0.push(format!("{at}: {message}"));
        }
    }

    fn url(&mut self, at: &str, value: &str) {
        if !value.is_empty() {
            self.check(at, WebUrl::parse(value));
        }
    }

    fn number<T: TryFrom<i64> + Default>(&mut self, at: &str, value: i64) -> T {
        T::try_from(value).unwrap_or_else(|_| {
            self.add(at, format!("{value} is out of range"));
            T::default()
        })
    }
}

impl Rows {
    /// What [`Imported::Created`] reports of these rows.
    fn created(&self) -> Imported {
        Imported::Created {
            slug: self.group.slug.clone(),
            events: self.events.len(),
            talks: self.talks.len(),
            venues: self.venues.len(),
            series: self.series.len(),
            conduct_versions: self.conduct.len(),
            named_members: self.members.len(),
            photos: self.photos.len(),
            threads: self.threads.len(),
        }
    }
}

/// An event's rows and the rows hanging from it.
#[derive(Default)]
struct EventRows {
    events: Vec<EventRow>,
    talks: Vec<TalkRow>,
    history: Vec<EventHistoryRow>,
    answers: Vec<ArchivedAnswerRow>,
}

/// Checks every field and builds the rows; `Err` lists every problem.
fn check(file: ArchiveFile, options: &ImportOptions, now: Timestamp) -> Result<Rows, Vec<String>> {
    let a: &Archive = &file.archive;
    let g = &a.group;
    let mut p = Problems::default();
    let slug = options.slug.as_deref().unwrap_or(&g.slug);
    let slug = p.check("group.slug", Slug::parse(slug));
    let changes = check_group_fields(&mut p, g);
    check_reminder_hours(&mut p, &g.reminder_hours);
    let logo = file
        .logo
        .as_deref()
        .and_then(|bytes| logo_row(&mut p, bytes, now));
    let photos = photo_rows(&mut p, &file);
    let threads = thread_rows(&mut p, &file.archive, now);
    let conduct = conduct_rows(&mut p, a);
    let venues = venue_rows(&mut p, a);
    let series = series_rows(&mut p, a);
    let members = member_rows(&mut p, a);
    let EventRows {
        events,
        talks,
        history,
        answers,
    } = event_rows(&mut p, a);
    let import = ArchiveImportRow {
        group_id: g.id,
        source_url: a.source.base_url.chars().take(500).collect(),
        exported_at: a.exported_at,
        imported_at: now,
        member_count: p.number("member_count", a.member_count),
    };
    if !p.0.is_empty() {
        return Err(p.0);
    }
    let (Some(slug), Some(changes)) = (slug, changes) else {
        return Err(vec!["the group could not be read".to_owned()]);
    };
    let group = GroupRow {
        logo_image_id: logo.as_ref().map(|l| l.id),
        conduct_version: g.conduct_version,
        created_at: g.created_at,
        reminder_hours: g.reminder_hours.clone(),
        listing_source: g.listing_source.clone(),
        language: g.language.clone(),
        ..GroupRow::new(g.id, slug.to_string(), changes)
    };
    Ok(Rows {
        group,
        logo,
        photos,
        file,
        threads,
        conduct,
        venues,
        series,
        events,
        talks,
        import,
        members,
        history,
        answers,
    })
}

/// The group's editable fields, checked as the group settings check them.
fn check_group_fields(p: &mut Problems, g: &Group) -> Option<GroupChanges> {
    let fields = same_fields!(group: g => GroupFields {
        lat: g.latitude,
        lon: g.longitude,
        language: String::new(),
    });
    match checked_changes(&fields, g.updated_at) {
        Ok(changes) => Some(changes),
        Err(error) => {
            for (field, message) in &error.fields {
                p.add(&format!("group.{field}"), message);
            }
            if error.fields.is_empty() {
                p.add("group", &error.message);
            }
            None
        }
    }
}

fn check_reminder_hours(p: &mut Problems, reminder_hours: &str) {
    let hours: Result<Vec<i64>, _> = reminder_hours
        .split(',')
        .filter(|h| !h.trim().is_empty())
        .map(|h| h.trim().parse::<i64>())
        .collect();
    match hours {
        Ok(hours) => {
            p.check(
                "group.reminder_hours",
                muster_core::notify::ReminderHours::new(hours),
            );
        }
        Err(_) => p.add("group.reminder_hours", "not a list of hours like 144,24"),
    }
}

/// The logo, processed as an upload is.
fn logo_row(p: &mut Problems, bytes: &[u8], now: Timestamp) -> Option<ImageRow> {
    match crate::media::process(bytes) {
        Ok((png, width, height)) => Some(ImageRow {
            id: ImageId::new(),
            content_type: "image/png".to_owned(),
            bytes: png,
            width: i32::try_from(width).unwrap_or(0),
            height: i32::try_from(height).unwrap_or(0),
            uploaded_by: None,
            created_at: now,
        }),
        Err(error) => {
            p.add("group.logo_file", &error.message);
            None
        }
    }
}

/// The photos' rows, checked but for their images, which [`write`] reads from the ZIP and
/// processes as an upload is (so an archive cannot smuggle in what an upload could not),
/// keeping their ids, captions and dates. Who added them is not known here: they belong to
/// the group.
fn photo_rows(p: &mut Problems, file: &ArchiveFile) -> Vec<(String, String, PhotoRow)> {
    let mut rows = Vec::new();
    let mut seen: HashSet<PhotoId> = HashSet::new();
    for (i, e) in file.archive.events.iter().enumerate() {
        for (j, photo) in e.photos.iter().enumerate() {
            let at = format!("events[{i}].photos[{j}]");
            if e.status == muster_core::event::EventStatus::Draft {
                p.add(
                    &at,
                    "is a photo of a draft: photos are of meetups that took place",
                );
                continue;
            }
            if !seen.insert(photo.id) {
                p.add(&format!("{at}.id"), "is used by another photo");
                continue;
            }
            let caption = match crate::events::photos::caption(&photo.caption) {
                Ok(caption) => caption,
                Err(error) => {
                    p.add(&format!("{at}.caption"), error.headline());
                    continue;
                }
            };
            if !file.has(&photo.file) {
                p.add(&format!("{at}.file"), "is not in the ZIP");
                continue;
            }
            let placeholder = ImageId::new();
            rows.push((
                at,
                photo.file.clone(),
                PhotoRow {
                    id: photo.id,
                    group_id: file.archive.group.id,
                    event_id: e.id,
                    uploaded_by: None,
                    image_id: placeholder,
                    thumb_image_id: placeholder,
                    width: 0,
                    height: 0,
                    stored_bytes: 0,
                    caption,
                    created_at: photo.created_at,
                },
            ));
        }
    }
    rows
}

/// The discussions' rows, checked as posts are (and dated no later than `now`, replies after
/// their thread); their authors have no accounts here, so each post keeps the name the
/// archive gave (if any).
fn thread_rows(p: &mut Problems, a: &Archive, now: Timestamp) -> Vec<(ThreadRow, Vec<ReplyRow>)> {
    use muster_core::discussion::{PostText, ThreadTitle};
    let mut rows = Vec::with_capacity(a.threads.len());
    let mut seen_threads: HashSet<ThreadId> = HashSet::new();
    let mut seen_replies: HashSet<ReplyId> = HashSet::new();
    let author = |name: &str| single_line_name(name);
    // A post emptied when its author deleted their account stays empty.
    let body = |p: &mut Problems, at: &str, text: &str| {
        if text.is_empty() {
            Some(String::new())
        } else {
            p.check(at, PostText::parse(text)).map(|t| t.to_string())
        }
    };
    for (i, t) in a.threads.iter().enumerate() {
        let at = format!("threads[{i}]");
        if !seen_threads.insert(t.id) {
            p.add(&format!("{at}.id"), "is used by another thread");
        }
        let title = p.check(&format!("{at}.title"), ThreadTitle::parse(&t.title));
        if t.created_at > now {
            p.add(&format!("{at}.created_at"), "is in the future");
        }
        let text = body(p, &format!("{at}.body"), &t.body);
        let mut replies = Vec::with_capacity(t.replies.len());
        let mut last = t.created_at;
        for (j, r) in t.replies.iter().enumerate() {
            let rat = format!("{at}.replies[{j}]");
            if !seen_replies.insert(r.id) {
                p.add(&format!("{rat}.id"), "is used by another reply");
            }
            if r.created_at > now || r.created_at < t.created_at {
                p.add(
                    &format!("{rat}.created_at"),
                    "is not between its thread's start and now",
                );
            }
            let Some(text) = body(p, &format!("{rat}.body"), &r.body) else {
                continue;
            };
            last = last.max(r.created_at);
            replies.push(ReplyRow {
                id: r.id,
                thread_id: t.id,
                author_id: None,
                body_html: muster_core::markdown::to_safe_html(&text),
                body: text,
                created_at: r.created_at,
                edited_at: r.edited_at,
                removed_at: None,
                removed_by: None,
                imported_author: author(&r.author),
            });
        }
        let (Some(title), Some(text)) = (title, text) else {
            continue;
        };
        rows.push((
            ThreadRow {
                id: t.id,
                group_id: a.group.id,
                author_id: None,
                title: title.to_string(),
                body_html: muster_core::markdown::to_safe_html(&text),
                body: text,
                pinned: t.pinned,
                locked: t.locked,
                reply_count: i32::try_from(replies.len()).unwrap_or(i32::MAX),
                created_at: t.created_at,
                edited_at: t.edited_at,
                last_activity_at: last,
                removed_at: None,
                removed_by: None,
                imported_author: author(&t.author),
            },
            replies,
        ));
    }
    rows
}

/// An author's name from an archive: one line, at most 100 characters.
fn single_line_name(name: &str) -> String {
    muster_core::text::single_line(name)
        .chars()
        .take(100)
        .collect()
}

/// The code-of-conduct versions, one of which must be the group's current one.
fn conduct_rows(p: &mut Problems, a: &Archive) -> Vec<ConductVersionRow> {
    let g = &a.group;
    let mut conduct = Vec::with_capacity(a.conduct_versions.len());
    for (i, c) in a.conduct_versions.iter().enumerate() {
        p.check(
            &format!("conduct_versions[{i}].text"),
            ConductText::parse(&c.text),
        );
        conduct.push(same_fields!(conduct: c => ConductVersionRow {
            group_id: g.id,
            created_by: None,
        }));
    }
    if !a
        .conduct_versions
        .iter()
        .any(|c| c.version == g.conduct_version)
    {
        p.add(
            "group.conduct_version",
            format!(
                "version {} is not among the conduct_versions",
                g.conduct_version
            ),
        );
    }
    conduct
}

fn venue_rows(p: &mut Problems, a: &Archive) -> Vec<VenueRow> {
    let mut venues = Vec::with_capacity(a.venues.len());
    for (i, v) in a.venues.iter().enumerate() {
        let at = format!("venues[{i}]");
        p.check(&format!("{at}.name"), VenueName::parse(&v.name));
        p.check(&format!("{at}.address"), Address::parse(&v.address));
        p.check(
            &format!("{at}.directions"),
            Directions::parse(&v.directions),
        );
        venues.push(same_fields!(venue: v => VenueRow { group_id: a.group.id }));
    }
    venues
}

/// Whether the archive has a venue with this id.
fn has_venue(a: &Archive, id: VenueId) -> bool {
    a.venues.iter().any(|v| v.id == id)
}

fn series_rows(p: &mut Problems, a: &Archive) -> Vec<SeriesRow> {
    let mut series = Vec::with_capacity(a.series.len());
    for (i, s) in a.series.iter().enumerate() {
        let at = format!("series[{i}]");
        check_series(p, &at, s);
        let template = series_template(p, &at, &s.template, a);
        series.push(same_fields!(series: s => SeriesRow {
            group_id: a.group.id,
            template,
            created_by: None,
        }));
    }
    series
}

/// A series' rule: its zone, occurrences' length, first start and RRULE.
fn check_series(p: &mut Problems, at: &str, s: &Series) {
    p.check(&format!("{at}.timezone"), Timezone::parse(&s.timezone));
    if !(1..=event::MAX_DURATION.num_minutes()).contains(&i64::from(s.duration_minutes)) {
        p.add(
            &format!("{at}.duration_minutes"),
            format!("must be 1 to {} minutes", event::MAX_DURATION.num_minutes()),
        );
    }
    if chrono::NaiveDateTime::parse_from_str(&s.first_local, muster_db::series::LOCAL_FORMAT)
        .is_err()
    {
        p.add(
            &format!("{at}.first_local"),
            "must be a local time like 2026-12-16T18:30:00",
        );
    }
    let zone = Timezone::parse(&s.timezone).unwrap_or(Timezone::UTC);
    p.check(
        &format!("{at}.rrule"),
        muster_core::recurrence::Recurrence::from_rrule(&s.rrule, zone.tz()),
    );
}

/// The stored template of a series: the archive's, with no hosts (they have no accounts here)
/// and its description rendered here; "" when it cannot be read.
fn series_template(
    p: &mut Problems,
    at: &str,
    template: &serde_json::Value,
    a: &Archive,
) -> String {
    let mut value = template.clone();
    if let Some(map) = value.as_object_mut() {
        map.insert("hosts".to_owned(), serde_json::Value::Array(Vec::new()));
        map.insert(
            "description_html".to_owned(),
            serde_json::Value::String(String::new()),
        );
    }
    match serde_json::from_value::<SeriesTemplate>(value) {
        Ok(mut t) => {
            check_template(p, &format!("{at}.template"), &t, a);
            t.description_html = markdown::to_safe_html(&t.description);
            serde_json::to_string(&t).unwrap_or_default()
        }
        Err(e) => {
            p.add(&format!("{at}.template"), e);
            String::new()
        }
    }
}

/// What each occurrence of a series copies, checked as an event's fields are.
fn check_template(p: &mut Problems, at: &str, t: &SeriesTemplate, a: &Archive) {
    check_title_and_description(p, at, &t.title, &t.description);
    p.url(&format!("{at}.online_url"), &t.online_url);
    if t.venue_id.is_some_and(|v| !has_venue(a, v)) {
        p.add(&format!("{at}.venue_id"), "names no venue");
    }
    check_places(p, at, t.capacity, t.guest_limit);
    // A year either side of the start is more than any RSVP window needs, and keeps the
    // scheduler's arithmetic far from overflowing.
    const YEAR_MINUTES: i64 = 366 * 24 * 60;
    for (name, minutes) in [
        ("rsvp_opens_minutes_before", t.rsvp_opens_minutes_before),
        ("rsvp_closes_minutes_before", t.rsvp_closes_minutes_before),
    ] {
        if minutes.is_some_and(|m| m.abs() > YEAR_MINUTES) {
            p.add(
                &format!("{at}.{name}"),
                "must be within a year of the start",
            );
        }
    }
}

/// An event's (or a series template's) title and Markdown description.
fn check_title_and_description(p: &mut Problems, at: &str, title: &str, description: &str) {
    p.check(&format!("{at}.title"), EventTitle::parse(title));
    p.check(
        &format!("{at}.description"),
        Description::parse(description),
    );
}

/// An event's (or a series template's) capacity, if it has one, and guests per answer.
fn check_places(p: &mut Problems, at: &str, capacity: Option<i32>, guest_limit: i32) {
    if let Some(capacity) = capacity {
        p.check(
            &format!("{at}.capacity"),
            event::capacity(i64::from(capacity)),
        );
    }
    p.check(
        &format!("{at}.guest_limit"),
        event::guest_limit(i64::from(guest_limit)),
    );
}

fn member_rows(p: &mut Problems, a: &Archive) -> Vec<ArchivedMemberRow> {
    let mut members = Vec::with_capacity(a.members.len());
    for (i, m) in a.members.iter().enumerate() {
        let at = format!("members[{i}]");
        p.check(
            &format!("{at}.name"),
            muster_core::account::DisplayName::parse(&m.name),
        );
        if m.id.is_empty() || m.id.len() > 64 {
            p.add(&format!("{at}.id"), "must be 1 to 64 characters");
        }
        members.push(same_fields!(member: m => ArchivedMemberRow {
            group_id: a.group.id,
            member_id: m.id.clone(),
        }));
    }
    members
}

/// The events, each with its talks, the answers it had and its named members' answers.
fn event_rows(p: &mut Problems, a: &Archive) -> EventRows {
    let member_ids: HashSet<&str> = a.members.iter().map(|m| m.id.as_str()).collect();
    let mut rows = EventRows::default();
    for (i, e) in a.events.iter().enumerate() {
        let at = format!("events[{i}]");
        check_event(p, &at, e, a);
        rows.events.push(same_fields!(event: e => EventRow {
            group_id: a.group.id,
            description_html: markdown::to_safe_html(&e.description),
            seats_taken: 0,
            created_by: None,
        }));
        for (j, t) in e.talks.iter().enumerate() {
            rows.talks
                .push(talk_row(p, &format!("{at}.talks[{j}]"), t, e));
        }
        if let Some(history) = history_row(p, &at, e) {
            rows.history.push(history);
        }
        for (j, r) in e.attendees.iter().enumerate() {
            let at = format!("{at}.attendees[{j}]");
            if !member_ids.contains(r.member_id.as_str()) {
                p.add(&format!("{at}.member_id"), "names no member of the archive");
            }
            rows.answers
                .push(same_fields!(answer: r => ArchivedAnswerRow {
                    event_id: e.id,
                    member_id: r.member_id.clone(),
                }));
        }
    }
    rows
}

fn check_event(p: &mut Problems, at: &str, e: &Event, a: &Archive) {
    check_title_and_description(p, at, &e.title, &e.description);
    p.check(&format!("{at}.timezone"), Timezone::parse(&e.timezone));
    p.check(
        &format!("{at}.ends_at"),
        Schedule::new(e.starts_at, e.ends_at),
    );
    if !e.cancel_reason.is_empty() {
        p.check(
            &format!("{at}.cancel_reason"),
            CancelReason::parse(&e.cancel_reason),
        );
    }
    if !e.rsvp_question.is_empty() {
        p.check(
            &format!("{at}.rsvp_question"),
            RsvpQuestion::parse(&e.rsvp_question),
        );
    }
    p.url(&format!("{at}.online_url"), &e.online_url);
    check_places(p, at, e.capacity, e.guest_limit);
    if e.venue_id.is_some_and(|v| !has_venue(a, v)) {
        p.add(&format!("{at}.venue_id"), "names no venue of the archive");
    }
    if e.series_id
        .is_some_and(|s| !a.series.iter().any(|x| x.id == s))
    {
        p.add(&format!("{at}.series_id"), "names no series of the archive");
    }
}

fn talk_row(p: &mut Problems, at: &str, t: &Talk, e: &Event) -> TalkRow {
    p.check(&format!("{at}.title"), TalkTitle::parse(&t.title));
    p.check(
        &format!("{at}.speaker_name"),
        SpeakerName::parse(&t.speaker_name),
    );
    p.check(&format!("{at}.abstract"), TalkAbstract::parse(&t.abstract_));
    p.url(&format!("{at}.slides_url"), &t.slides_url);
    p.url(&format!("{at}.video_url"), &t.video_url);
    same_fields!(talk: t => TalkRow {
        event_id: e.id,
        speaker_user_id: None,
        abstract_html: markdown::to_safe_html(&t.abstract_),
    })
}

/// The answers and hosts an event had, if it had any.
fn history_row(p: &mut Problems, at: &str, e: &Event) -> Option<EventHistoryRow> {
    let n = &e.answers;
    if *n == super::Answers::default() && e.hosts.is_empty() {
        return None;
    }
    Some(EventHistoryRow {
        event_id: e.id,
        going: p.number(&format!("{at}.answers.going"), n.going),
        waitlisted: p.number(&format!("{at}.answers.waitlisted"), n.waitlisted),
        not_going: p.number(&format!("{at}.answers.not_going"), n.not_going),
        guests: p.number(&format!("{at}.answers.guests"), n.guests),
        attended: p.number(&format!("{at}.answers.attended"), n.attended),
        no_show: p.number(&format!("{at}.answers.no_show"), n.no_show),
        hosts: serde_json::to_string(&e.hosts).unwrap_or_else(|_| "[]".into()),
    })
}
