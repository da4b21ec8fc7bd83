//! The JSON views of an event that several capabilities answer with: the event itself, an
//! event in a list, its talks and the caller's RSVP. Times are RFC 3339 with the event zone's
//! offset.

use muster_app::events::{EventAccess, EventDetails, rfc3339_in, rsvp::RsvpOutcome};
use muster_core::{
    Timestamp,
    event::EventStatus,
    id::{EventId, SeriesId, TalkId, UserId},
};
use muster_db::{events::EventRow, groups::GroupRow, talks::TalkRow};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{error::AppError, state::AppState};

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueView {
    pub name: String,
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// "How to find us".
    pub directions: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PersonName {
    #[schema(value_type = String, format = Uuid)]
    pub id: UserId,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TalkView {
    #[schema(value_type = String, format = Uuid)]
    pub id: TalkId,
    pub position: i32,
    pub title: String,
    pub speaker_name: String,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub speaker_user_id: Option<UserId>,
    /// Markdown.
    pub r#abstract: String,
    /// Sanitised HTML.
    pub abstract_html: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    /// A stand-by speaker, on if someone drops out.
    pub standby: bool,
}

impl From<&TalkRow> for TalkView {
    fn from(t: &TalkRow) -> Self {
        TalkView {
            id: t.id,
            position: t.position,
            title: t.title.clone(),
            speaker_name: t.speaker_name.clone(),
            speaker_user_id: t.speaker_user_id,
            r#abstract: t.abstract_.clone(),
            abstract_html: t.abstract_html.clone(),
            slides_url: t.slides_url.clone(),
            video_url: t.video_url.clone(),
            lightning: t.lightning,
            standby: t.standby,
        }
    }
}

/// The caller's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct RsvpView {
    /// `going`, `waitlisted` or `not_going`: the answer as it was given. When the event was
    /// cancelled it is kept for the record, and `event_cancelled` says nobody is expected.
    pub status: String,
    /// 1 for the first person waiting; only when waitlisted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<i64>,
    pub guests: i32,
    pub answer: String,
    /// True when the organizers cancelled the event: the answer no longer holds a seat.
    pub event_cancelled: bool,
}

impl RsvpView {
    pub fn of(o: &RsvpOutcome, event: &EventRow) -> Self {
        RsvpView {
            status: o.status.as_str().to_owned(),
            waitlist_position: o.waitlist_position,
            guests: o.guests,
            answer: o.answer.clone(),
            event_cancelled: event.status() == EventStatus::Cancelled,
        }
    }
}

/// An event.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    #[schema(value_type = String, format = Uuid)]
    pub id: EventId,
    /// The event page's path.
    pub url: String,
    pub group: GroupRef,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub series_id: Option<SeriesId>,
    pub title: String,
    /// Markdown source.
    pub description: String,
    /// Sanitised HTML.
    pub description_html: String,
    /// RFC 3339 with the event zone's offset.
    pub starts_at: String,
    pub ends_at: String,
    /// IANA zone the event is shown in.
    pub timezone: String,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    /// `draft`, `cancelled`, `past`, `in_progress`, `not_open_yet`, `closed`, `full`, `open`.
    pub phase: String,
    pub cancel_reason: String,
    pub venue: Option<VenueView>,
    /// Whether there is an online link (shown to people going).
    pub online: bool,
    /// Only for people going and organizers.
    pub online_url: Option<String>,
    /// `in_person`, `online`, `hybrid` or `unannounced`.
    pub attendance_mode: String,
    pub capacity: Option<i32>,
    /// Seats taken, guests included.
    pub seats_taken: i32,
    /// Free seats; `null` when there is no limit.
    pub seats_left: Option<i64>,
    /// People going (without their guests).
    pub going_count: i64,
    pub waitlist_count: i64,
    /// Guests each RSVP may bring.
    pub guest_limit: i32,
    pub rsvp_opens_at: Option<String>,
    pub rsvp_closes_at: Option<String>,
    pub rsvps_closed: bool,
    /// Asked with each RSVP; answers are seen by organizers only.
    pub rsvp_question: String,
    pub hosts: Vec<PersonName>,
    /// People going who show themselves in lists (the first 48); only for the group's
    /// members (and administrators): everyone else gets an empty list and the count.
    pub going: Vec<crate::people::FaceRef>,
    /// People going not listed above.
    pub going_others: i64,
    pub talks: Vec<TalkView>,
    pub my_rsvp: Option<RsvpView>,
    pub reminders_enabled: bool,
    pub announce: bool,
    /// Grows with each change of time, place or status.
    pub sequence: i32,
    pub previous_starts_at: Option<String>,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: Timestamp,
}

pub fn attendance_mode(event: &EventRow) -> &'static str {
    match (event.venue_id.is_some(), !event.online_url.is_empty()) {
        (true, true) => "hybrid",
        (true, false) => "in_person",
        (false, true) => "online",
        (false, false) => "unannounced",
    }
}

pub fn view(state: &AppState, access: &EventAccess, details: &EventDetails) -> EventView {
    let e = &access.event;
    let tz = e.timezone();
    let facts = e.facts();
    let now = state.now();
    let (going, going_others) = details.going_seen_by(access);
    EventView {
        id: e.id,
        url: access.path(),
        group: GroupRef {
            slug: access.group.group.slug.clone(),
            name: access.group.group.name.clone(),
        },
        series_id: e.series_id,
        title: e.title.clone(),
        description: e.description.clone(),
        description_html: e.description_html.clone(),
        starts_at: rfc3339_in(e.starts_at, tz),
        ends_at: rfc3339_in(e.ends_at, tz),
        timezone: e.timezone.clone(),
        status: e.status.as_str().to_owned(),
        phase: facts.phase(now).as_str().to_owned(),
        cancel_reason: e.cancel_reason.clone(),
        venue: details.venue.as_ref().map(|v| VenueView {
            name: v.name.clone(),
            address: v.address.clone(),
            lat: v.latitude,
            lon: v.longitude,
            directions: v.directions.clone(),
        }),
        online: !e.online_url.is_empty(),
        online_url: (!e.online_url.is_empty() && details.sees_online_link(access))
            .then(|| e.online_url.clone()),
        attendance_mode: attendance_mode(e).to_owned(),
        capacity: e.capacity,
        seats_taken: e.seats_taken,
        seats_left: facts.free_seats(),
        going_count: details.going,
        waitlist_count: details.waiting,
        guest_limit: e.guest_limit,
        rsvp_opens_at: e.rsvp_opens_at.map(|t| rfc3339_in(t, tz)),
        rsvp_closes_at: e.rsvp_closes_at.map(|t| rfc3339_in(t, tz)),
        rsvps_closed: e.rsvps_closed,
        rsvp_question: e.rsvp_question.clone(),
        hosts: details
            .hosts
            .iter()
            .map(|(id, name)| PersonName {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        going: going.iter().map(crate::people::FaceRef::of).collect(),
        going_others,
        talks: details.talks.iter().map(TalkView::from).collect(),
        my_rsvp: details.mine.as_ref().map(|m| RsvpView::of(m, e)),
        reminders_enabled: e.reminders_enabled,
        announce: e.announce,
        sequence: e.sequence,
        previous_starts_at: e.previous_starts_at.map(|t| rfc3339_in(t, tz)),
        created_at: e.created_at,
        updated_at: e.updated_at,
    }
}

pub(super) async fn full_view(
    state: &AppState,
    access: &EventAccess,
) -> Result<EventView, AppError> {
    let details = EventDetails::load(state, access, false).await?;
    Ok(view(state, access, &details))
}

/// An event in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventSummary {
    #[schema(value_type = String, format = Uuid)]
    pub id: EventId,
    pub url: String,
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub timezone: String,
    pub status: String,
    pub phase: String,
    pub attendance_mode: String,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub series_id: Option<SeriesId>,
}

pub fn summary(e: &EventRow, group: &GroupRow, now: Timestamp) -> EventSummary {
    let tz = e.timezone();
    EventSummary {
        id: e.id,
        url: e.path(&group.slug),
        title: e.title.clone(),
        starts_at: rfc3339_in(e.starts_at, tz),
        ends_at: rfc3339_in(e.ends_at, tz),
        timezone: e.timezone.clone(),
        status: e.status.as_str().to_owned(),
        phase: e.facts().phase(now).as_str().to_owned(),
        attendance_mode: attendance_mode(e).to_owned(),
        capacity: e.capacity,
        seats_taken: e.seats_taken,
        series_id: e.series_id,
    }
}
