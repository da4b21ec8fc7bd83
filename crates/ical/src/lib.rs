//! # muster-ical
//!
//! Calendar output for Muster as pure functions from values to RFC 5545 text: one event's
//! `.ics`, a group's feed, a member's private feed (and, later, the iMIP invitations attached
//! to RSVP emails).
//!
//! Every value is sanitised before it is written: control characters (a bare CR included) are
//! stripped from text, TEXT is escaped per RFC 5545 §3.3.11, and a URL, UID, TZID or address
//! holding a control character or white space is left out rather than written. Lines end in
//! CRLF and are folded at 75 octets, never inside a UTF-8 character. Times in a zone carry
//! `TZID` with a `VTIMEZONE` built from the IANA database (chrono-tz) for the span the
//! calendar covers, so every client shows the right local time on both sides of a
//! daylight-saving change; a local time that the change makes ambiguous is written in UTC.
//!
//! We write the text ourselves rather than through the `icalendar` crate: that crate writes
//! non-TEXT values verbatim and lets a bare CR through, and the sanitising is the whole job.

pub mod read;
mod timezone;
mod writer;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

pub use writer::clean_text;
use writer::{Line, Writer};

/// What a calendar asks of the client that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A feed or a downloaded file: "here are events".
    Publish,
    /// An iMIP invitation.
    Request,
    /// An iMIP cancellation.
    Cancel,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// The calendar around the events.
#[derive(Debug, Clone)]
pub struct Calendar<'a> {
    /// `PRODID`, e.g. `-//Muster//Muster 0.1//EN`.
    pub product: &'a str,
    pub method: Method,
    /// `X-WR-CALNAME`: the name a client gives a subscription.
    pub name: Option<&'a str>,
    /// `X-WR-CALDESC`.
    pub description: Option<&'a str>,
    /// `X-WR-TIMEZONE`: the zone a client shows the calendar in by default.
    pub timezone: Option<Tz>,
    /// `REFRESH-INTERVAL` and `X-PUBLISHED-TTL`: how often subscribers should poll.
    pub refresh: Option<Duration>,
}

/// `STATUS` of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Confirmed,
    /// In a member's feed: waitlisted.
    Tentative,
    Cancelled,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "CONFIRMED",
            Status::Tentative => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        }
    }
}

/// `ORGANIZER`: a display name and an address (`mailto:`), and who sends on the organizer's
/// behalf (`SENT-BY`, RFC 5545 §3.2.18) when that is another address, as the sender of an iMIP
/// invitation is.
#[derive(Debug, Clone, Copy)]
pub struct Organizer<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub sent_by: Option<&'a str>,
}

/// `ATTENDEE` of an iMIP invitation: the person it is sent to, and their answer.
#[derive(Debug, Clone, Copy)]
pub struct Attendee<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// `PARTSTAT`: `ACCEPTED` (going) or `TENTATIVE` (waitlisted).
    pub accepted: bool,
}

/// One event, as a calendar shows it.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// Stable forever: clients match updates to what they hold by it.
    pub uid: &'a str,
    /// `DTSTAMP`: when this text was produced (feeds) or the event last changed.
    pub stamp: DateTime<Utc>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The zone the event is held in; UTC events are written with `Z` times.
    pub timezone: Tz,
    /// Grows with every change of time, place or status.
    pub sequence: u32,
    pub created: Option<DateTime<Utc>>,
    pub last_modified: DateTime<Utc>,
    pub status: Status,
    pub summary: &'a str,
    /// Plain text.
    pub description: &'a str,
    pub location: Option<&'a str>,
    /// Latitude and longitude in degrees.
    pub geo: Option<(f64, f64)>,
    pub url: Option<&'a str>,
    pub organizer: Option<Organizer<'a>>,
    /// Invitations only: who it is for.
    pub attendee: Option<Attendee<'a>>,
}

/// Renders `calendar` with `events`, in the order given.
pub fn render(calendar: &Calendar<'_>, events: &[Event<'_>]) -> String {
    let mut out = Writer::with_capacity(512 + events.len() * 640);
    out.line(Line::new("BEGIN").raw("VCALENDAR"));
    out.line(Line::new("VERSION").raw("2.0"));
    out.line(Line::new("PRODID").text(calendar.product));
    out.line(Line::new("CALSCALE").raw("GREGORIAN"));
    out.line(Line::new("METHOD").raw(calendar.method.as_str()));
    if let Some(name) = calendar.name {
        out.line(Line::new("X-WR-CALNAME").text(name));
    }
    if let Some(description) = calendar.description {
        out.line(Line::new("X-WR-CALDESC").text(description));
    }
    if let Some(zone) = calendar.timezone {
        out.line(Line::new("X-WR-TIMEZONE").raw(zone.name()));
    }
    if let Some(refresh) = calendar.refresh {
        let duration = writer::duration(refresh);
        out.line(
            Line::new("REFRESH-INTERVAL")
                .param("VALUE", "DURATION")
                .raw(&duration),
        );
        out.line(Line::new("X-PUBLISHED-TTL").raw(&duration));
    }
    for zone in timezone::Zones::covering(events).iter() {
        zone.write(&mut out);
    }
    for event in events {
        write_event(&mut out, event);
    }
    out.line(Line::new("END").raw("VCALENDAR"));
    out.finish()
}

fn write_event(out: &mut Writer, event: &Event<'_>) {
    out.line(Line::new("BEGIN").raw("VEVENT"));
    if let Some(uid) = writer::token(event.uid) {
        out.line(Line::new("UID").raw(uid));
    }
    out.line(Line::new("DTSTAMP").raw(&writer::utc(event.stamp)));
    write_time(out, "DTSTART", event.starts_at, event.timezone);
    write_time(
        out,
        "DTEND",
        event.ends_at.max(event.starts_at),
        event.timezone,
    );
    out.line(Line::new("SEQUENCE").raw(&event.sequence.to_string()));
    if let Some(created) = event.created {
        out.line(Line::new("CREATED").raw(&writer::utc(created)));
    }
    out.line(Line::new("LAST-MODIFIED").raw(&writer::utc(event.last_modified)));
    out.line(Line::new("STATUS").raw(event.status.as_str()));
    out.line(Line::new("SUMMARY").text(event.summary));
    if !event.description.is_empty() {
        out.line(Line::new("DESCRIPTION").text(event.description));
    }
    if let Some(location) = event.location.filter(|l| !clean_text(l).trim().is_empty()) {
        out.line(Line::new("LOCATION").text(location));
    }
    if let Some((lat, lon)) = event.geo
        && lat.is_finite()
        && lon.is_finite()
        && lat.abs() <= 90.0
        && lon.abs() <= 180.0
    {
        out.line(Line::new("GEO").raw(&format!("{lat:.6};{lon:.6}")));
    }
    if let Some(url) = event.url.and_then(writer::token) {
        out.line(Line::new("URL").raw(url));
    }
    if let Some(organizer) = event.organizer
        && let Some(email) = writer::token(organizer.email)
    {
        let mut line = Line::new("ORGANIZER").param("CN", organizer.name);
        if let Some(sender) = organizer
            .sent_by
            .and_then(writer::token)
            .filter(|s| !s.eq_ignore_ascii_case(email))
        {
            line = line.param("SENT-BY", &format!("mailto:{sender}"));
        }
        out.line(line.raw(&format!("mailto:{email}")));
    }
    if let Some(attendee) = event.attendee
        && let Some(email) = writer::token(attendee.email)
    {
        out.line(
            Line::new("ATTENDEE")
                .param("CN", attendee.name)
                .param(
                    "PARTSTAT",
                    if attendee.accepted {
                        "ACCEPTED"
                    } else {
                        "TENTATIVE"
                    },
                )
                .param("RSVP", "FALSE")
                .raw(&format!("mailto:{email}")),
        );
    }
    out.line(Line::new("TRANSP").raw("OPAQUE"));
    out.line(Line::new("END").raw("VEVENT"));
}

fn write_time(out: &mut Writer, name: &str, at: DateTime<Utc>, zone: Tz) {
    match timezone::local(at, zone) {
        Some(local) => out.line(Line::new(name).param("TZID", zone.name()).raw(&local)),
        None => out.line(Line::new(name).raw(&writer::utc(at))),
    }
}

#[cfg(test)]
mod tests;
