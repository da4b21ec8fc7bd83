//! Calendar entries as every feed, download and invitation renders them: one event's
//! `VEVENT` (its UID, SEQUENCE, status, place and the reader's view of it), the calendars that
//! hold them, and the iMIP part of emails about an RSVP. `muster-web` serves them with
//! conditional requests; group archives carry the whole group's calendar.

pub mod tokens;

use chrono::Duration;
use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    links::host_of,
};
use muster_db::{
    events::{EventRow, VenueRow, place_text},
    feeds::FeedEvent,
    groups::GroupRow,
    users::UserRow,
};
use muster_ical::{Calendar, Method, Organizer, Status};
use muster_mail::CalendarPart;

use crate::{App, AppError, events::EventAccess};

/// How far back a group's feed reaches (upcoming events are all in it).
pub const PAST_WINDOW: Duration = Duration::days(365);
/// How often subscribers are asked to poll.
pub const REFRESH: Duration = Duration::hours(1);
/// Bump when the rendered text changes shape, so cached copies and client ETags turn stale.
pub const FORMAT: &str = "ics-1";
pub const PRODUCT: &str = concat!("-//Muster//Muster ", env!("CARGO_PKG_VERSION"), "//EN");
/// The most events the instance feed carries.
pub const INSTANCE_LIMIT: i64 = 1_000;

/// An event's calendar entry, owning the text the renderer borrows.
pub struct Entry {
    uid: String,
    url: String,
    summary: String,
    description: String,
    location: Option<String>,
    geo: Option<(f64, f64)>,
    organizer_name: String,
    organizer_email: String,
    status: Status,
    /// The entry's last change: the event's, or the reader's answer if that is newer.
    changed: Timestamp,
    event: EventRow,
}

/// The organizer of a feed's entries when the group names no contact: `noreply@` the base
/// URL's host name, or `noreply@localhost` when the host is an IP address or has no dot (as
/// `--mail-from` defaults), so the `mailto:` is always an address.
fn fallback_organizer(base_url: &str) -> String {
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.domain().map(str::to_owned))
        .filter(|d| d.contains('.'))
        .unwrap_or_else(|| "localhost".to_owned());
    format!("noreply@{host}")
}

/// Whose entry it is: the reader's answer (in a member's feed or a signed-in download) and
/// whether they may see the online link (`EventDetails::sees_online_link`: organizers and
/// people going). Public feeds have neither.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reader {
    pub rsvp: Option<RsvpStatus>,
    pub rsvp_changed: Option<Timestamp>,
    pub sees_online_link: bool,
    /// The language of the entry's words ("Cancelled: …", "You are on the waitlist.").
    pub locale: muster_i18n::Locale,
}

impl Entry {
    pub fn new(
        base_url: &str,
        event: EventRow,
        venue: Option<&VenueRow>,
        group: &GroupRow,
        reader: &Reader,
    ) -> Entry {
        let host = host_of(base_url);
        let url = format!("{base_url}{}", event.path(&group.slug));
        let cancelled = event.status() == EventStatus::Cancelled;
        let waitlisted = reader.rsvp == Some(RsvpStatus::Waitlisted);
        let status = if cancelled {
            Status::Cancelled
        } else if waitlisted {
            Status::Tentative
        } else {
            Status::Confirmed
        };
        let say = |key: &str| muster_i18n::tr(reader.locale, key);
        let title =
            |key: &str| muster_i18n::tr_args(reader.locale, key, &[("title", &event.title)]);
        let summary = if cancelled {
            title("calendar-cancelled-summary")
        } else if waitlisted {
            title("calendar-waitlist-summary")
        } else {
            event.title.clone()
        };
        // The Markdown source reads well as plain text and keeps its line breaks.
        let mut description = String::new();
        if cancelled {
            description.push_str(&say("calendar-cancelled"));
            if !event.cancel_reason.is_empty() {
                description.push(' ');
                description.push_str(&event.cancel_reason);
            }
            description.push_str("\n\n");
        }
        if waitlisted {
            description.push_str(&say("calendar-waitlisted"));
            description.push_str("\n\n");
        }
        if !event.description.is_empty() {
            description.push_str(&event.description);
            description.push_str("\n\n");
        }
        let sees_link = reader.sees_online_link && !event.online_url.is_empty();
        if sees_link {
            description.push_str(&muster_i18n::tr_args(
                reader.locale,
                "calendar-join-online",
                &[("url", &event.online_url)],
            ));
            description.push_str("\n\n");
        }
        description.push_str(&group.name);
        description.push_str(": ");
        description.push_str(&url);
        let location = if sees_link && venue.is_none() {
            event.online_url.clone()
        } else {
            place_text(&event, venue)
        };
        let organizer_email = if group.contact_email.is_empty() {
            fallback_organizer(base_url)
        } else {
            group.contact_email.clone()
        };
        Entry {
            uid: format!("{}@{host}", event.id),
            url,
            summary,
            description,
            location: (!location.is_empty()).then_some(location),
            geo: venue.and_then(|v| v.latitude.zip(v.longitude)),
            organizer_name: group.name.clone(),
            organizer_email,
            status,
            changed: event
                .updated_at
                .max(reader.rsvp_changed.unwrap_or(event.updated_at)),
            event,
        }
    }

    fn as_event(&self) -> muster_ical::Event<'_> {
        let e = &self.event;
        muster_ical::Event {
            uid: &self.uid,
            // The last change, not the time of the request: the same feed renders the same
            // bytes, as a strong ETag promises; and a change of the reader's answer (waitlist
            // to going) is a newer version of their entry.
            stamp: self.changed.as_datetime(),
            starts_at: e.starts_at.as_datetime(),
            ends_at: e.ends_at.as_datetime(),
            timezone: e.timezone().tz(),
            sequence: u32::try_from(e.sequence).unwrap_or(0),
            created: Some(e.created_at.as_datetime()),
            last_modified: self.changed.as_datetime(),
            status: self.status,
            summary: &self.summary,
            description: &self.description,
            location: self.location.as_deref(),
            geo: self.geo,
            url: Some(&self.url),
            organizer: Some(Organizer {
                name: &self.organizer_name,
                email: &self.organizer_email,
                sent_by: None,
            }),
            attendee: None,
        }
    }
}

/// Entries for a feed's events; `group` is the group of a one-group feed (each event of a
/// feed that spans groups carries its own).
pub fn entries(
    base_url: &str,
    events: Vec<FeedEvent>,
    group: Option<&GroupRow>,
    member: bool,
    locale: muster_i18n::Locale,
) -> Vec<Entry> {
    events
        .into_iter()
        .filter_map(|f| {
            let group = f.group.as_ref().or(group)?;
            let rsvp = f.rsvp.as_deref().and_then(|r| RsvpStatus::parse(r).ok());
            let reader = Reader {
                rsvp,
                rsvp_changed: f.rsvp_changed,
                sees_online_link: member && rsvp == Some(RsvpStatus::Going),
                locale,
            };
            Some(Entry::new(
                base_url,
                f.event.clone(),
                f.venue.as_ref(),
                group,
                &reader,
            ))
        })
        .collect()
}

/// Every published and cancelled event of `group` as one calendar, as its public feed shows
/// them but without the feed's window: a group archive's `calendar.ics`.
pub fn whole_group_calendar(
    base_url: &str,
    group: &GroupRow,
    events: &[EventRow],
    venues: &[VenueRow],
) -> String {
    let reader = Reader::default();
    let entries: Vec<Entry> = events
        .iter()
        .filter(|e| e.status() != EventStatus::Draft)
        .map(|e| {
            let venue = e.venue_id.and_then(|id| venues.iter().find(|v| v.id == id));
            Entry::new(base_url, e.clone(), venue, group, &reader)
        })
        .collect();
    let description = muster_i18n::tr_args(
        muster_i18n::Locale::En,
        "calendar-group-description",
        &[("group", &group.name)],
    );
    let calendar = feed_calendar(&group.name, Some(&description), group.timezone.parse().ok());
    render(&calendar, &entries)
}

/// Who sends invitations: the instance at its base URL, from its mail sender.
#[derive(Debug, Clone, Copy)]
pub struct Sender<'a> {
    pub base_url: &'a str,
    pub mail_from: &'a str,
}

/// The iMIP part for one person's email about `event`: `REQUEST` (the event as they will hold
/// it: going, or tentative while waitlisted, with the online link if they are going) or
/// `CANCEL`. Same UID and SEQUENCE as the feeds, so a client updates the entry it has.
pub fn invitation(
    sender: Sender<'_>,
    event: &EventRow,
    venue: Option<&VenueRow>,
    group: &GroupRow,
    to: &UserRow,
    going: bool,
    method: Method,
) -> CalendarPart {
    let rsvp = if going {
        RsvpStatus::Going
    } else {
        RsvpStatus::Waitlisted
    };
    let reader = Reader {
        rsvp: Some(rsvp),
        rsvp_changed: None,
        sees_online_link: going,
        locale: to.locale().unwrap_or_default(),
    };
    let Sender {
        base_url,
        mail_from,
    } = sender;
    let mut entry = Entry::new(base_url, event.clone(), venue, group, &reader);
    // The email comes from `mail_from`: it organizes unless the group names its own contact,
    // and then it says it sends on the organizer's behalf (RFC 5545 SENT-BY).
    if group.contact_email.is_empty() {
        entry.organizer_email = mail_from.to_owned();
    }
    let mut ical = entry.as_event();
    if let Some(organizer) = ical.organizer.as_mut() {
        organizer.sent_by = Some(mail_from);
    }
    ical.attendee = Some(muster_ical::Attendee {
        name: &to.display_name,
        email: &to.email,
        accepted: going,
    });
    let calendar = Calendar {
        product: PRODUCT,
        method,
        name: None,
        description: None,
        timezone: None,
        refresh: None,
    };
    CalendarPart {
        method: match method {
            Method::Cancel => "CANCEL",
            _ => "REQUEST",
        }
        .to_owned(),
        ics: muster_ical::render(&calendar, &[ical]),
    }
}

/// Renders entries into a calendar.
pub fn render(calendar: &Calendar<'_>, entries: &[Entry]) -> String {
    let events: Vec<muster_ical::Event<'_>> = entries.iter().map(Entry::as_event).collect();
    muster_ical::render(calendar, &events)
}

/// A feed calendar with the usual settings.
pub fn feed_calendar<'a>(
    name: &'a str,
    description: Option<&'a str>,
    timezone: Option<chrono_tz::Tz>,
) -> Calendar<'a> {
    Calendar {
        product: PRODUCT,
        method: Method::Publish,
        name: Some(name),
        description,
        timezone,
        refresh: Some(REFRESH),
    }
}

/// One event's `.ics` as a caller downloads it: an anonymous copy is public; a signed-in
/// person's carries their answer and, when they are going (or organize), the online link.
pub struct EventDownload {
    pub access: EventAccess,
    pub venue: Option<VenueRow>,
    pub reader: Reader,
}

impl EventDownload {
    /// Reads what the file shows besides the event: its venue and the caller's answer.
    pub async fn load(app: &App, access: EventAccess) -> Result<EventDownload, AppError> {
        if access.event.status() == EventStatus::Draft {
            return Err(AppError::not_found());
        }
        let (event_id, venue_id) = (access.event.id, access.event.venue_id);
        let reader_id = access.group.user.as_ref().map(|u| u.id);
        let (venue, mine) = app
            .db
            .read(move |c| {
                let venue = match venue_id {
                    Some(v) => muster_db::events::find_venue(c, v)?,
                    None => None,
                };
                let mine = match reader_id {
                    Some(u) => muster_db::rsvps::find(c, event_id, u)?,
                    None => None,
                };
                Ok((venue, mine))
            })
            .await?;
        let rsvp = mine
            .as_ref()
            .map(muster_db::rsvps::RsvpRow::status)
            .filter(|s| *s != RsvpStatus::NotGoing);
        let reader = Reader {
            rsvp,
            rsvp_changed: rsvp.and(mine.as_ref().map(|m| m.updated_at)),
            sees_online_link: access.can_manage() || rsvp == Some(RsvpStatus::Going),
            locale: access
                .group
                .user
                .as_ref()
                .and_then(|u| u.locale())
                .unwrap_or_default(),
        };
        Ok(EventDownload {
            access,
            venue,
            reader,
        })
    }

    /// The file's last change: the event's, its group's, or the caller's answer.
    pub fn changed(&self) -> Timestamp {
        let (event, group) = (&self.access.event, &self.access.group.group);
        event
            .updated_at
            .max(group.updated_at)
            .max(self.reader.rsvp_changed.unwrap_or(event.updated_at))
    }

    /// The calendar text.
    pub fn render(&self, base_url: &str) -> String {
        let entry = Entry::new(
            base_url,
            self.access.event.clone(),
            self.venue.as_ref(),
            &self.access.group.group,
            &self.reader,
        );
        let calendar = Calendar {
            product: PRODUCT,
            method: Method::Publish,
            name: None,
            description: None,
            timezone: None,
            refresh: None,
        };
        render(&calendar, &[entry])
    }
}
