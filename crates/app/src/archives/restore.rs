//! Importing an archive: every field checked as if typed into this instance, then everything
//! written in one transaction (or nothing), ids kept. The archive's people have no accounts
//! here, so their answers, names and hosts become the imported history of each event.

use muster_core::{
    Timestamp,
    account::{Invalid, Timezone},
    event::{
        self, Address, Attendance, CancelReason, Directions, EventStatus, EventTitle, RsvpQuestion,
        RsvpStatus, Schedule, SpeakerName, TalkAbstract, TalkTitle, VenueName,
    },
    group::{ConductText, Description, Slug, WebUrl},
    id::{ImageId, UserId},
    markdown,
    roles::Role,
};
use muster_db::{
    Db, DbError,
    archives::{self, ArchiveImportRow, ArchivedAnswerRow, ArchivedMemberRow, EventHistoryRow},
    audit,
    conduct::{self, ConductVersionRow},
    events::{EventRow, VenueRow},
    groups::{self, GroupRow},
    images::{self, ImageRow},
    memberships::{self, MembershipRow},
    series::{SeriesRow, SeriesTemplate},
    talks::TalkRow,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::{Archive, ArchiveFile, Event};
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
    let rows = match check(&file, &options, now) {
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
            if groups::slug_taken(c, &rows.group.slug)? {
                return Err(Refusal::Problems(vec![format!(
                    "The address /g/{} is taken here. Import with another one (--slug).",
                    rows.group.slug
                )]));
            }
            let ids: Vec<_> = rows.events.iter().map(|e| e.id).collect();
            if archives::events_exist(c, &ids)? {
                return Err(Refusal::Problems(vec![
                    "Some of the archive's events already exist here under another group: it \
                     was imported before with another group id. Nothing was imported."
                        .to_owned(),
                ]));
            }
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
            if let Some(user) = organizer {
                let mut membership = MembershipRow::new(
                    id,
                    user,
                    Role::Organizer,
                    muster_core::policy::MembershipStatus::Active,
                    now,
                );
                membership.conduct_version = Some(rows.group.conduct_version);
                membership.conduct_accepted_at = Some(now);
                memberships::insert(c, &membership)?;
                groups::refresh_member_count(c, id)?;
                audit::record(
                    c,
                    AuditEntry::new(id, AuditAction::OrganizerAdded)
                        .by(Some(user))
                        .about(Some(user)),
                    now,
                )?;
            }
            let created = Imported::Created {
                slug: rows.group.slug.clone(),
                events: rows.events.len(),
                talks: rows.talks.len(),
                venues: rows.venues.len(),
                series: rows.series.len(),
                conduct_versions: rows.conduct.len(),
                named_members: rows.members.len(),
            };
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

/// The rows an archive becomes.
struct Rows {
    group: GroupRow,
    logo: Option<ImageRow>,
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

/// Checks every field and builds the rows; `Err` lists every problem.
fn check(file: &ArchiveFile, options: &ImportOptions, now: Timestamp) -> Result<Rows, Vec<String>> {
    let a: &Archive = &file.archive;
    let g = &a.group;
    let mut p = Problems::default();
    let slug = options.slug.as_deref().unwrap_or(&g.slug);
    let slug = p.check("group.slug", Slug::parse(slug));
    let fields = GroupFields {
        name: g.name.clone(),
        summary: g.summary.clone(),
        description: g.description.clone(),
        city: g.city.clone(),
        country: g.country.clone(),
        lat: g.latitude,
        lon: g.longitude,
        timezone: g.timezone.clone(),
        topics: g.topics.clone(),
        website_url: g.website_url.clone(),
        chat_url: g.chat_url.clone(),
        mailing_list_url: g.mailing_list_url.clone(),
        repository_url: g.repository_url.clone(),
        logo_url: g.logo_url.clone(),
        contact_email: g.contact_email.clone(),
        visibility: g.visibility.clone(),
        join_mode: g.join_mode.clone(),
        questions: g.questions.clone(),
    };
    let changes = match checked_changes(&fields, g.updated_at) {
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
    };
    let hours: Result<Vec<i64>, _> = g
        .reminder_hours
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
    let logo = match &file.logo {
        Some(bytes) => match crate::media::process(bytes) {
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
        },
        None => None,
    };

    let mut conduct = Vec::with_capacity(a.conduct_versions.len());
    for (i, c) in a.conduct_versions.iter().enumerate() {
        p.check(
            &format!("conduct_versions[{i}].text"),
            ConductText::parse(&c.text),
        );
        conduct.push(ConductVersionRow {
            group_id: g.id,
            version: c.version,
            text: c.text.clone(),
            created_by: None,
            created_at: c.created_at,
        });
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

    let mut venues = Vec::with_capacity(a.venues.len());
    for (i, v) in a.venues.iter().enumerate() {
        let at = format!("venues[{i}]");
        p.check(&format!("{at}.name"), VenueName::parse(&v.name));
        p.check(&format!("{at}.address"), Address::parse(&v.address));
        p.check(
            &format!("{at}.directions"),
            Directions::parse(&v.directions),
        );
        venues.push(VenueRow {
            id: v.id,
            group_id: g.id,
            name: v.name.clone(),
            address: v.address.clone(),
            latitude: v.latitude,
            longitude: v.longitude,
            directions: v.directions.clone(),
            created_at: v.created_at,
        });
    }
    let has_venue = |id| a.venues.iter().any(|v| v.id == id);

    let mut series = Vec::with_capacity(a.series.len());
    for (i, s) in a.series.iter().enumerate() {
        let at = format!("series[{i}]");
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
        let mut value = s.template.clone();
        if let Some(map) = value.as_object_mut() {
            map.insert("hosts".to_owned(), serde_json::Value::Array(Vec::new()));
            map.insert(
                "description_html".to_owned(),
                serde_json::Value::String(String::new()),
            );
        }
        let template = match serde_json::from_value::<SeriesTemplate>(value) {
            Ok(mut t) => {
                p.check(&format!("{at}.template.title"), EventTitle::parse(&t.title));
                p.check(
                    &format!("{at}.template.description"),
                    Description::parse(&t.description),
                );
                p.url(&format!("{at}.template.online_url"), &t.online_url);
                if t.venue_id.is_some_and(|v| !has_venue(v)) {
                    p.add(&format!("{at}.template.venue_id"), "names no venue");
                }
                if let Some(capacity) = t.capacity {
                    p.check(
                        &format!("{at}.template.capacity"),
                        event::capacity(i64::from(capacity)),
                    );
                }
                p.check(
                    &format!("{at}.template.guest_limit"),
                    event::guest_limit(i64::from(t.guest_limit)),
                );
                // A year either side of the start is more than any RSVP window needs, and
                // keeps the scheduler's arithmetic far from overflowing.
                const YEAR_MINUTES: i64 = 366 * 24 * 60;
                for (name, minutes) in [
                    ("rsvp_opens_minutes_before", t.rsvp_opens_minutes_before),
                    ("rsvp_closes_minutes_before", t.rsvp_closes_minutes_before),
                ] {
                    if minutes.is_some_and(|m| m.abs() > YEAR_MINUTES) {
                        p.add(
                            &format!("{at}.template.{name}"),
                            "must be within a year of the start",
                        );
                    }
                }
                t.description_html = markdown::to_safe_html(&t.description);
                serde_json::to_string(&t).unwrap_or_default()
            }
            Err(e) => {
                p.add(&format!("{at}.template"), e);
                String::new()
            }
        };
        series.push(SeriesRow {
            id: s.id,
            group_id: g.id,
            rrule: s.rrule.clone(),
            timezone: s.timezone.clone(),
            first_local: s.first_local.clone(),
            duration_minutes: s.duration_minutes,
            template,
            generated_until: s.generated_until,
            ended_at: s.ended_at,
            created_by: None,
            created_at: s.created_at,
            updated_at: s.updated_at,
        });
    }

    let member_ids: std::collections::HashSet<&str> =
        a.members.iter().map(|m| m.id.as_str()).collect();
    let mut members = Vec::with_capacity(a.members.len());
    for (i, m) in a.members.iter().enumerate() {
        let at = format!("members[{i}]");
        p.check(
            &format!("{at}.name"),
            muster_core::account::DisplayName::parse(&m.name),
        );
        if Role::parse(&m.role).is_none() {
            p.add(
                &format!("{at}.role"),
                format!("unknown role \"{}\"", m.role),
            );
        }
        if m.id.is_empty() || m.id.len() > 64 {
            p.add(&format!("{at}.id"), "must be 1 to 64 characters");
        }
        members.push(ArchivedMemberRow {
            group_id: g.id,
            member_id: m.id.clone(),
            name: m.name.clone(),
            role: m.role.clone(),
            joined_at: m.joined_at,
        });
    }

    let (mut events, mut talks, mut history, mut answers) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, e) in a.events.iter().enumerate() {
        let at = format!("events[{i}]");
        check_event(&mut p, &at, e, &has_venue, a);
        events.push(EventRow {
            id: e.id,
            group_id: g.id,
            series_id: e.series_id,
            occurrence_key: e.occurrence_key.clone(),
            title: e.title.clone(),
            description: e.description.clone(),
            description_html: markdown::to_safe_html(&e.description),
            starts_at: e.starts_at,
            ends_at: e.ends_at,
            timezone: e.timezone.clone(),
            venue_id: e.venue_id,
            online_url: e.online_url.clone(),
            capacity: e.capacity,
            seats_taken: 0,
            guest_limit: e.guest_limit,
            rsvp_opens_at: e.rsvp_opens_at,
            rsvp_closes_at: e.rsvp_closes_at,
            rsvps_closed: e.rsvps_closed,
            rsvp_question: e.rsvp_question.clone(),
            status: e.status.clone(),
            cancel_reason: e.cancel_reason.clone(),
            sequence: e.sequence,
            previous_starts_at: e.previous_starts_at,
            announce: e.announce,
            reminders_enabled: e.reminders_enabled,
            created_by: None,
            published_at: e.published_at,
            created_at: e.created_at,
            updated_at: e.updated_at,
            announced_at: e.announced_at,
        });
        for (j, t) in e.talks.iter().enumerate() {
            let at = format!("{at}.talks[{j}]");
            p.check(&format!("{at}.title"), TalkTitle::parse(&t.title));
            p.check(
                &format!("{at}.speaker_name"),
                SpeakerName::parse(&t.speaker_name),
            );
            p.check(&format!("{at}.abstract"), TalkAbstract::parse(&t.abstract_));
            p.url(&format!("{at}.slides_url"), &t.slides_url);
            p.url(&format!("{at}.video_url"), &t.video_url);
            talks.push(TalkRow {
                id: t.id,
                event_id: e.id,
                position: t.position,
                title: t.title.clone(),
                speaker_name: t.speaker_name.clone(),
                speaker_user_id: None,
                abstract_: t.abstract_.clone(),
                abstract_html: markdown::to_safe_html(&t.abstract_),
                slides_url: t.slides_url.clone(),
                video_url: t.video_url.clone(),
                lightning: t.lightning,
                standby: t.standby,
                created_at: t.created_at,
                updated_at: t.updated_at,
            });
        }
        let n = &e.answers;
        if *n != super::Answers::default() || !e.hosts.is_empty() {
            history.push(EventHistoryRow {
                event_id: e.id,
                going: p.number(&format!("{at}.answers.going"), n.going),
                waitlisted: p.number(&format!("{at}.answers.waitlisted"), n.waitlisted),
                not_going: p.number(&format!("{at}.answers.not_going"), n.not_going),
                guests: p.number(&format!("{at}.answers.guests"), n.guests),
                attended: p.number(&format!("{at}.answers.attended"), n.attended),
                no_show: p.number(&format!("{at}.answers.no_show"), n.no_show),
                hosts: serde_json::to_string(&e.hosts).unwrap_or_else(|_| "[]".into()),
            });
        }
        for (j, r) in e.attendees.iter().enumerate() {
            let at = format!("{at}.attendees[{j}]");
            if !member_ids.contains(r.member_id.as_str()) {
                p.add(&format!("{at}.member_id"), "names no member of the archive");
            }
            p.check(&format!("{at}.status"), RsvpStatus::parse(&r.status));
            p.check(
                &format!("{at}.attendance"),
                Attendance::parse(&r.attendance),
            );
            answers.push(ArchivedAnswerRow {
                event_id: e.id,
                member_id: r.member_id.clone(),
                status: r.status.clone(),
                guests: r.guests,
                attendance: r.attendance.clone(),
            });
        }
    }
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
        ..GroupRow::new(g.id, slug.to_string(), changes)
    };
    Ok(Rows {
        group,
        logo,
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

fn check_event(
    p: &mut Problems,
    at: &str,
    e: &Event,
    has_venue: &dyn Fn(muster_core::id::VenueId) -> bool,
    a: &Archive,
) {
    p.check(&format!("{at}.title"), EventTitle::parse(&e.title));
    p.check(
        &format!("{at}.description"),
        Description::parse(&e.description),
    );
    p.check(&format!("{at}.timezone"), Timezone::parse(&e.timezone));
    p.check(
        &format!("{at}.ends_at"),
        Schedule::new(e.starts_at, e.ends_at),
    );
    p.check(&format!("{at}.status"), EventStatus::parse(&e.status));
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
    if let Some(capacity) = e.capacity {
        p.check(
            &format!("{at}.capacity"),
            event::capacity(i64::from(capacity)),
        );
    }
    p.check(
        &format!("{at}.guest_limit"),
        event::guest_limit(i64::from(e.guest_limit)),
    );
    if e.venue_id.is_some_and(|v| !has_venue(v)) {
        p.add(&format!("{at}.venue_id"), "names no venue of the archive");
    }
    if e.series_id
        .is_some_and(|s| !a.series.iter().any(|x| x.id == s))
    {
        p.add(&format!("{at}.series_id"), "names no series of the archive");
    }
}
