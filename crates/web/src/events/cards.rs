//! How events show in HTML: as cards in lists (the group page, the home page, a group's events,
//! a series) with a short status badge, and as the head of every organizer page.

use muster_app::events::{EventAccess, local};
use muster_core::{
    Timestamp,
    event::{EventStatus, Phase, RsvpStatus},
};
use muster_db::{
    events::{self, EventRow, Listing},
    groups::GroupRow,
};
use muster_i18n::Locale;

/// An event in a list: the group page, the home page, the group's events.
pub struct EventCard {
    pub path: String,
    pub title: String,
    /// "Wed 16 Dec" (with the year when it is not this year), in the event's zone.
    pub date: String,
    /// "18:30 GMT".
    pub time: String,
    pub group_name: String,
    pub group_path: String,
    /// A short status ("Cancelled", "Draft", "Full"…), or empty.
    pub badge: String,
    pub badge_class: &'static str,
    pub cancelled: bool,
    /// Seats taken (people going and their guests).
    pub going: i32,
    /// The viewer's own answer ("You're going", "On the waitlist"), or empty.
    pub mine: String,
    /// "12.3 km away", in a search near a place; else empty.
    pub distance: String,
    /// The language the card is written in.
    lang: Locale,
}

/// How each phase of an event is marked: a short label and its CSS class.
fn phase_badge(phase: Phase) -> (&'static str, &'static str) {
    match phase {
        Phase::Draft => ("Draft", "draft"),
        Phase::Cancelled => ("Cancelled", "cancelled"),
        Phase::Past => ("Past", "past"),
        Phase::InProgress => ("Happening now", "live"),
        Phase::NotOpenYet => ("RSVPs not open yet", "soon"),
        Phase::Closed => ("RSVPs closed", "closed"),
        Phase::Full => ("Full", "full"),
        Phase::Open => ("Open", "open"),
    }
}

impl EventCard {
    /// `e` as a card in `lang`.
    pub fn of(e: &EventRow, group: &GroupRow, now: Timestamp, lang: Locale) -> EventCard {
        // Lists mark only what changes whether one can go.
        let (badge, badge_class) = match e.facts().phase(now) {
            Phase::Past | Phase::NotOpenYet | Phase::Open => (String::new(), ""),
            phase => {
                let (_, class) = phase_badge(phase);
                (
                    muster_i18n::tr(lang, &format!("group-card-badge-{class}")),
                    class,
                )
            }
        };
        EventCard {
            path: e.path(&group.slug),
            title: e.title.clone(),
            date: card_date(e, now, lang),
            time: start_time(e, lang),
            group_name: group.name.clone(),
            group_path: format!("/g/{}", group.slug),
            badge,
            badge_class,
            cancelled: e.status() == EventStatus::Cancelled,
            going: e.seats_taken,
            mine: String::new(),
            distance: String::new(),
            lang,
        }
    }

    /// With the viewer's RSVP status (`going`, `waitlisted`).
    /// The card with how far the event is from the place searched near.
    pub fn with_distance(mut self, km: f64) -> EventCard {
        let tenths = muster_i18n::format_tenths(self.lang, (km * 10.0).round() as i64);
        self.distance =
            muster_i18n::tr_args(self.lang, "group-directory-distance", &[("km", &tenths)]);
        self
    }

    pub fn with_rsvp(mut self, status: &str) -> EventCard {
        self.mine = match RsvpStatus::parse(status) {
            Ok(RsvpStatus::Going) => muster_i18n::tr(self.lang, "group-card-mine-going"),
            Ok(RsvpStatus::Waitlisted) => muster_i18n::tr(self.lang, "group-card-mine-waitlisted"),
            _ => String::new(),
        };
        self
    }
}

/// The group page's next `upcoming` and latest `past` events (no drafts), read inside the
/// caller's database round trip.
pub fn read_group_page_events(
    c: &mut muster_db::DbConnection,
    group: muster_core::id::GroupId,
    now: Timestamp,
    upcoming: i64,
    past: i64,
) -> Result<(Vec<EventRow>, Vec<EventRow>), muster_db::DbError> {
    Ok((
        events::for_group(c, group, Listing::Upcoming, false, now, upcoming, 0)?,
        events::for_group(c, group, Listing::Past, false, now, past, 0)?,
    ))
}

/// Event rows as cards in `lang`.
pub fn cards(rows: &[EventRow], group: &GroupRow, now: Timestamp, lang: Locale) -> Vec<EventCard> {
    rows.iter()
        .map(|e| EventCard::of(e, group, now, lang))
        .collect()
}

/// A short date for lists, in the event's zone: "Wed 16 Dec" this year, "Wed 16 Dec 2027"
/// otherwise.
fn card_date(e: &EventRow, now: Timestamp, lang: Locale) -> String {
    let tz = e.timezone();
    let day = local(e.starts_at, tz).date_naive();
    if chrono::Datelike::year(&day) == chrono::Datelike::year(&local(now, tz)) {
        muster_i18n::dates::day_short(lang, day)
    } else {
        muster_i18n::dates::day_long(lang, day)
    }
}

/// "18:30 GMT" in the event's zone.
fn start_time(e: &EventRow, lang: Locale) -> String {
    let tz = e.timezone();
    muster_i18n::tr_args(
        lang,
        "group-card-time",
        &[
            (
                "time",
                &muster_i18n::dates::time_hm(lang, local(e.starts_at, tz).time()),
            ),
            (
                "zone",
                &muster_i18n::dates::zone_name(lang, tz.tz(), e.starts_at.as_datetime()),
            ),
        ],
    )
}

/// The line under the title saying how the event stands, and a short badge, in `lang`:
/// (class, badge, line).
pub(super) fn status_of(
    e: &EventRow,
    now: Timestamp,
    lang: Locale,
) -> (&'static str, String, String) {
    let facts = e.facts();
    let phase = facts.phase(now);
    let say = |key: &str| muster_i18n::tr(lang, key);
    let line = match phase {
        Phase::Draft => say("event-status-draft"),
        Phase::Cancelled => say("event-status-cancelled"),
        Phase::Past => say("event-status-past"),
        Phase::InProgress => say("event-status-live"),
        Phase::NotOpenYet => match facts.may_say_yes(now) {
            // English keeps the refusal's own words, as the API gives them.
            Err(muster_core::event::RsvpRefusal::NotOpenYet(at)) if lang != Locale::En => {
                muster_i18n::tr_args(
                    lang,
                    "event-status-opens-at",
                    &[(
                        "moment",
                        &muster_i18n::dates::moment_text(lang, at.as_datetime(), e.timezone().tz()),
                    )],
                )
            }
            Err(refusal) => muster_i18n::translate_english(lang, &refusal.message(e.timezone())),
            Ok(()) => say("event-status-opens-soon"),
        },
        Phase::Closed if e.rsvps_closed => say("event-status-closed-by-organizers"),
        Phase::Closed => say("event-status-closed"),
        Phase::Full => say("event-status-full"),
        Phase::Open => match facts.free_seats() {
            Some(n) => muster_i18n::tr_args(lang, "event-status-open-seats", &[("count", &n)]),
            None => say("event-status-open"),
        },
    };
    let (_, class) = phase_badge(phase);
    (class, say(&format!("event-badge-{class}")), line)
}

// ----------------------------------------------------------------------------- organizer pages

/// The top of every organizer page: where the event is, and the tools.
pub struct EventHead {
    pub slug: String,
    pub group_name: String,
    pub path: String,
    pub title: String,
    pub when: String,
    pub badge: String,
    pub status_class: &'static str,
    pub published: bool,
    /// The organizers' compose page, set to write to the people going.
    pub message_href: String,
}

/// The compose page for writing to the people going to `e`.
pub(super) fn message_href(slug: &str, e: &EventRow) -> String {
    format!("/g/{slug}/messages/new?to=going:{}", e.id)
}

impl EventHead {
    pub(super) fn of(access: &EventAccess, now: Timestamp, lang: Locale) -> EventHead {
        let e = &access.event;
        let (status_class, badge, _) = status_of(e, now, lang);
        EventHead {
            slug: access.group.group.slug.clone(),
            group_name: access.group.group.name.clone(),
            path: access.path(),
            title: e.title.clone(),
            when: muster_i18n::dates::when_text(
                lang,
                e.starts_at.as_datetime(),
                e.ends_at.as_datetime(),
                e.timezone().tz(),
            ),
            badge,
            status_class,
            published: e.status() == EventStatus::Published,
            message_href: message_href(&access.group.group.slug, e),
        }
    }
}
