//! One event: `GET /api/v1/events/{id}` and its page — when and where, the RSVP box, the
//! agenda, comments and the organizers' tools. Forms posted from the page (an RSVP, a comment,
//! an organizer's one-button step) that are refused are answered here, on the page itself.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_app::events::{
    EventAccess, EventDetails, SharedEvent, rfc3339_in, rsvp::RsvpOutcome, when_text,
};
use muster_core::{
    Timestamp,
    account::Timezone,
    event::{EventStatus, Phase, RsvpStatus},
};
use muster_db::{
    events::{EventRow, VenueRow},
    groups::GroupRow,
    users::UserRow,
};
use muster_i18n::{Locale, tr, tr_args};

use super::{
    cards::status_of,
    comments::{CommentInfo, comment_bodies, comment_infos},
    discovery::{CalendarLinks, calendar_links, event_json_ld, event_social},
    form_message,
    rsvp::{rsvp_box, rsvp_kind},
    shown_in_place,
    talks::{TalkInfo, talk_infos},
    views::{EventView, view},
};
use crate::{
    auth::MaybeUser,
    error::{ApiError, AppError, PageError},
    pages::{FormErrors, PageContext, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/g/{slug}/events/{id:[0-9a-fA-F-]+}")
        .get(Access::Public, show)
        .done();
}

// ----------------------------------------------------------------------------- API

/// An event. Events of private groups, and drafts, are 404 to those who may not see them.
#[utoipa::path(
    get, path = "/api/v1/events/{id}", operation_id = "get_event", tag = "events",
    params(("id" = String, Path)),
    responses((status = 200, body = EventView), (status = 404, body = crate::openapi::ErrorBody))
)]
pub async fn get(
    state: web::Data<AppState>,
    user: MaybeUser,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (access, details) =
        EventAccess::load_with_details(&state, &id, user.caller(), false).await?;
    Ok(HttpResponse::Ok().json(view(&state, &access, &details)))
}

// ----------------------------------------------------------------------------- page

pub struct VenueInfo {
    name: String,
    address: String,
    directions: String,
    map_href: String,
}

impl VenueInfo {
    fn of(v: &VenueRow) -> VenueInfo {
        VenueInfo {
            name: v.name.clone(),
            address: v.address.clone(),
            directions: v.directions.clone(),
            map_href: match (v.latitude, v.longitude) {
                (Some(lat), Some(lon)) => {
                    format!(
                        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
                    )
                }
                _ => String::new(),
            },
        }
    }
}

/// Problems to show on the event page after a refused form.
#[derive(Default)]
struct Shown {
    status: Option<StatusCode>,
    rsvp_message: String,
    rsvp_errors: FormErrors,
    guests: Option<i64>,
    answer: Option<String>,
    comment_message: String,
    comment_body: String,
    tools_message: String,
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct EventPage {
    page: PageContext,
    slug: String,
    group_name: String,
    path: String,
    title: String,
    status_class: &'static str,
    badge: String,
    status_line: String,
    /// "Moved from Thu 12 Nov 2026, 18:30–21:00 GMT." while a moved event is still ahead.
    moved_from: String,
    /// The organizers' compose page for the people going.
    message_href: String,
    /// Whether the members were emailed about it; if not and it will be, when.
    announced: bool,
    announce_planned: String,
    cancel_reason: String,
    when: String,
    starts_iso: String,
    when_mine: String,
    my_zone: String,
    timezone: String,
    series_href: String,
    venue: Option<VenueInfo>,
    /// The venue on a map, when it has coordinates.
    map: Option<crate::maps::MapView>,
    online: bool,
    online_url: String,
    hosts: Vec<String>,
    description_html: String,
    /// The language the group writes in, for the description's `lang` ("" when not set).
    description_lang: String,
    talks: Vec<TalkInfo>,
    going: i64,
    /// "<strong>12</strong> going" ("went" once the event is over), markup from the catalogue.
    going_html: String,
    waiting: i64,
    /// "<strong>3</strong> on the waitlist", markup from the catalogue.
    waiting_html: String,
    seats: String,
    /// Who is going, faces and names ([`Made::going_faces_html`]); empty when the caller is
    /// not shown them or nobody listed is going.
    going_faces_html: String,
    /// The caller is not shown who is going (not a member): the card says members are.
    faces_hidden: bool,
    /// The meetup has started (and is published): its photos section shows.
    photos_open: bool,
    photo_count: i64,
    /// The first photos' thumbnails ([`Made::photos_html`]).
    photos_html: String,
    going_others: i64,
    // The RSVP box.
    rsvp_kind: &'static str,
    login_href: String,
    mine: String,
    mine_status: String,
    may_yes: bool,
    may_no: bool,
    yes_label: String,
    guest_limit: i32,
    /// 0..=guest_limit, with the one to preselect.
    guest_choices: Vec<(i32, bool)>,
    question: String,
    answer: String,
    rsvp_message: String,
    rsvp_errors: FormErrors,
    // Comments.
    comments: Vec<CommentInfo>,
    can_comment: bool,
    comment_body: String,
    comment_message: String,
    // Organizers.
    can_manage: bool,
    is_draft: bool,
    is_published: bool,
    is_cancelled: bool,
    rsvps_closed: bool,
    tools_message: String,
    // Discovery.
    /// schema.org JSON-LD, already safe inside `<script>` (empty: none).
    json_ld: String,
    add_to_calendar: Option<CalendarLinks>,
}

async fn event_page(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let details = EventDetails::load(state, access, true).await?;
    event_page_with(req, state, access, details, None, shown)
}

/// The parts of an event page that are the same for every viewer, made from what was read.
#[derive(Debug)]
struct Made {
    /// The list of people going, faces and names, for those who see it: made once per kept
    /// version, not for every member's page.
    going_faces_html: String,
    /// The first photos' thumbnails, linked to the gallery: the same for everyone.
    photos_html: String,
    /// The comments' bodies as HTML ([`comment_bodies`]).
    comment_html: Vec<String>,
    json_ld: String,
    add_to_calendar: Option<CalendarLinks>,
}

impl Made {
    /// With `going`, the people going to list (everyone listed when the parts are kept for
    /// every caller, only what this caller sees otherwise).
    fn of(
        base_url: &str,
        group: &GroupRow,
        e: &EventRow,
        details: &EventDetails,
        going: &[muster_db::users::Face],
    ) -> Made {
        let venue = details.venue.as_ref();
        Made {
            comment_html: comment_bodies(&details.comments),
            going_faces_html: faces_html(going),
            photos_html: photos_html(&e.path(&group.slug), &e.title, &details.photos),
            json_ld: event_json_ld(base_url, group, e, venue).unwrap_or_default(),
            add_to_calendar: calendar_links(base_url, group, e, venue),
        }
    }
}

/// The faces and names of `people` as a list, or nothing when there is nobody.
fn faces_html(people: &[muster_db::users::Face]) -> String {
    if people.is_empty() {
        return String::new();
    }
    let faces = people.iter().map(crate::people::FaceView::of).collect();
    FacesList { faces }.render().unwrap_or_default()
}

/// The first photos as thumbnails linked to the gallery, or nothing when there are none.
fn photos_html(path: &str, title: &str, photos: &[muster_db::photos::Photo]) -> String {
    if photos.is_empty() {
        return String::new();
    }
    let photos = photos
        .iter()
        .rev()
        .take(muster_app::events::photos::PHOTOS_ON_EVENT_PAGE)
        .map(|p| StripPhoto {
            id: p.row.id.to_string(),
            thumb: muster_db::images::path(p.row.thumb_image_id),
            width: super::photos::thumb_side(p.row.width, p.row.height),
            height: super::photos::thumb_side(p.row.height, p.row.width),
            // Kept for every language: the caption, or the meetup's title, never catalogue text.
            alt: if p.row.caption.is_empty() {
                title.to_owned()
            } else {
                p.row.caption.clone()
            },
        })
        .collect();
    PhotoStrip {
        gallery: format!("{path}/photos"),
        photos,
    }
    .render()
    .unwrap_or_default()
}

struct StripPhoto {
    id: String,
    thumb: String,
    width: i32,
    height: i32,
    alt: String,
}

#[derive(Template)]
#[template(path = "events/photo_strip.html")]
struct PhotoStrip {
    gallery: String,
    photos: Vec<StripPhoto>,
}

#[derive(Template)]
#[template(path = "events/faces.html")]
struct FacesList {
    faces: Vec<crate::people::FaceView>,
}

/// The page, from what was read and, when already made, its shared parts.
fn event_page_with(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    details: EventDetails,
    made: Option<&Made>,
    shown: Shown,
) -> Result<HttpResponse, PageError> {
    let (going_seen, going_others) = details.going_seen_by(access);
    let e = &access.event;
    let g = &access.group;
    let now = state.now();
    let tz = e.timezone();
    let path = access.path();
    let base_url = state.config.base_url.as_str();
    let lang = crate::lang::current();
    let (status_class, badge, status_line) = status_of(e, now, lang);
    let status_line = personal_status(e, details.mine.as_ref(), now, lang).unwrap_or(status_line);
    let when = when_in(lang, e.starts_at, e.ends_at, tz);
    let viewer = g.user.as_deref();
    let (when_mine, my_zone) = when_for_viewer(e, viewer, &when, lang);
    let rsvp_kind = rsvp_kind(g);
    let rsvp = rsvp_box(
        e,
        details.mine.as_ref(),
        now,
        shown.guests,
        shown.answer,
        lang,
    );
    let me = viewer.map(|u| u.id);
    let can_manage = access.can_manage();
    let participates = rsvp_kind == "form";
    let venue = details.venue.as_ref().map(VenueInfo::of);
    let map = details.venue.as_ref().and_then(|v| {
        let marker = crate::maps::Marker {
            lat: v.latitude?,
            lon: v.longitude?,
            label: v.name.clone(),
            href: VenueInfo::of(v).map_href,
        };
        crate::maps::MapView::of(state, vec![marker])
    });
    let sees_link = details.sees_online_link(access);
    let made_now;
    let made = match made {
        Some(made) => made,
        None => {
            made_now = Made::of(base_url, &g.group, e, &details, going_seen);
            &made_now
        }
    };
    let comments = comment_infos(
        &details.comments,
        &made.comment_html,
        tz,
        me,
        can_manage,
        lang,
    );
    let status = shown.status.unwrap_or(StatusCode::OK);
    let page = page_context(req, state, access, &when);
    render_with_status(
        &EventPage {
            page,
            map,
            slug: g.group.slug.clone(),
            group_name: g.group.name.clone(),
            title: e.title.clone(),
            status_class,
            badge,
            status_line,
            moved_from: moved_from(e, now, lang),
            message_href: super::cards::message_href(&g.group.slug, e),
            announced: e.announced_at.is_some() || e.starts_at <= now,
            announce_planned: announce_planned(e, now, lang),
            cancel_reason: e.cancel_reason.clone(),
            when,
            starts_iso: rfc3339_in(e.starts_at, tz),
            when_mine,
            my_zone,
            timezone: e.timezone.clone(),
            series_href: series_href(e, &g.group.slug),
            venue,
            online: !e.online_url.is_empty(),
            online_url: if sees_link {
                e.online_url.clone()
            } else {
                String::new()
            },
            hosts: details.hosts.iter().map(|(_, name)| name.clone()).collect(),
            description_html: e.description_html.clone(),
            description_lang: g.group.language.clone().unwrap_or_default(),
            talks: talk_infos(&details.talks),
            going: details.going,
            going_html: tr_args(
                lang,
                if e.ends_at <= now {
                    "event-count-went"
                } else {
                    "event-count-going"
                },
                &[("count", &details.going)],
            ),
            waiting: details.waiting,
            waiting_html: tr_args(lang, "event-count-waiting", &[("count", &details.waiting)]),
            seats: seats_taken(e, lang),
            // The kept parts list everyone listed; this caller may see nobody.
            going_faces_html: if going_seen.is_empty() {
                String::new()
            } else {
                made.going_faces_html.clone()
            },
            going_others,
            faces_hidden: !g.sees_who_is_going(),
            photos_open: e.status() == EventStatus::Published && e.starts_at <= now,
            photo_count: details.photos.len() as i64,
            photos_html: made.photos_html.clone(),
            rsvp_kind,
            login_href: login_href(&path),
            mine: rsvp.mine,
            mine_status: rsvp.mine_status,
            may_yes: rsvp.may_yes,
            may_no: rsvp.may_no,
            yes_label: rsvp.yes_label,
            guest_limit: e.guest_limit,
            guest_choices: rsvp.guest_choices,
            question: e.rsvp_question.clone(),
            answer: rsvp.answer,
            rsvp_message: shown.rsvp_message,
            rsvp_errors: shown.rsvp_errors,
            comments,
            can_comment: participates,
            comment_body: shown.comment_body,
            comment_message: shown.comment_message,
            can_manage,
            is_draft: e.status() == EventStatus::Draft,
            is_published: e.status() == EventStatus::Published,
            is_cancelled: e.status() == EventStatus::Cancelled,
            rsvps_closed: e.rsvps_closed,
            tools_message: shown.tools_message,
            json_ld: made.json_ld.clone(),
            add_to_calendar: made.add_to_calendar.clone(),
            path,
        },
        status,
    )
}

/// The page's context, with a link preview of the event when its group is public.
fn page_context(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    when: &str,
) -> PageContext {
    let mut page = PageContext::new(req, state);
    let (base_url, group) = (state.config.base_url.as_str(), &access.group.group);
    if let Some(social) = event_social(base_url, group, &access.event, when) {
        page.social = social;
    }
    page
}

/// The page of the series the event belongs to ("" for a one-off event).
/// The status line for someone who already holds a seat or waits for one on a full event: not
/// the invitation to join the waitlist that everyone else reads.
fn personal_status(
    e: &EventRow,
    mine: Option<&RsvpOutcome>,
    now: Timestamp,
    lang: Locale,
) -> Option<String> {
    if e.facts().phase(now) != Phase::Full {
        return None;
    }
    match mine.map(|m| (m.status, m.waitlist_position)) {
        Some((RsvpStatus::Going, _)) => Some(tr(lang, "event-full-yours")),
        Some((RsvpStatus::Waitlisted, Some(p))) => {
            Some(tr_args(lang, "event-full-waiting-at", &[("position", &p)]))
        }
        Some((RsvpStatus::Waitlisted, None)) => Some(tr(lang, "event-full-waiting")),
        _ => None,
    }
}

/// An event's time in `lang`: Muster's house style in English (as everywhere else in
/// English), each language's own way otherwise.
pub(crate) fn when_in(lang: Locale, starts: Timestamp, ends: Timestamp, tz: Timezone) -> String {
    if lang == Locale::En {
        when_text(starts, ends, tz)
    } else {
        muster_i18n::dates::when_text(lang, starts.as_datetime(), ends.as_datetime(), tz.tz())
    }
}

/// One moment in `lang`, to the minute, like [`when_in`].
fn moment_in(lang: Locale, at: Timestamp, tz: Timezone) -> String {
    if lang == Locale::En {
        muster_core::event::moment_text(at, tz)
    } else {
        muster_i18n::dates::moment_text(lang, at.as_datetime(), tz.tz())
    }
}

/// For organizers: when a meetup marked "announce" will be announced (a series' occurrence,
/// two weeks before it starts), so "Announce it now" is a choice, not a chore.
fn announce_planned(e: &EventRow, now: Timestamp, lang: Locale) -> String {
    match muster_app::notices::announce_at(e) {
        Some(at) if at > now => tr_args(
            lang,
            "event-announce-planned",
            &[("when", &moment_in(lang, at, e.timezone()))],
        ),
        _ => String::new(),
    }
}

/// Where a moved event was before, while it is still ahead (members are emailed a little
/// later; the page says it at once).
fn moved_from(e: &EventRow, now: Timestamp, lang: Locale) -> String {
    match e.previous_starts_at {
        Some(before)
            if before != e.starts_at && e.status() == EventStatus::Published && e.ends_at > now =>
        {
            let length = e.ends_at - e.starts_at;
            tr_args(
                lang,
                "event-moved-from",
                &[(
                    "when",
                    &when_in(lang, before, before + length, e.timezone()),
                )],
            )
        }
        _ => String::new(),
    }
}

fn series_href(e: &EventRow, slug: &str) -> String {
    e.series_id
        .map(|s| format!("/g/{slug}/series/{s}"))
        .unwrap_or_default()
}

/// "12 of 40 seats taken" ("" without a limit).
fn seats_taken(e: &EventRow, lang: Locale) -> String {
    match e.capacity {
        Some(c) => tr_args(
            lang,
            "event-seats-taken",
            &[("taken", &e.seats_taken), ("capacity", &c)],
        ),
        None => String::new(),
    }
}

/// The event's time in the viewer's own zone, and that zone's name, when the viewer's zone is
/// known (chosen, or told by their browser at sign-up), is not the event's, and the time reads
/// differently there (both empty otherwise: an unknown zone is never claimed to be theirs).
fn when_for_viewer(
    e: &EventRow,
    viewer: Option<&UserRow>,
    when: &str,
    lang: Locale,
) -> (String, String) {
    match viewer.filter(|u| u.timezone_known).map(UserRow::timezone) {
        Some(mine) if mine != e.timezone() => {
            let text = when_in(lang, e.starts_at, e.ends_at, mine);
            if text == when {
                (String::new(), String::new())
            } else {
                (text, mine.name().to_owned())
            }
        }
        _ => (String::new(), String::new()),
    }
}

/// A login link that comes back to `path`.
fn login_href(path: &str) -> String {
    format!(
        "/account/login?next={}",
        url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
    )
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    // The event's page is also its ActivityPub object.
    if crate::federation::wants_activity(&req) {
        return Ok(crate::federation::event_document(&state, &slug, &id).await);
    }
    let page = if let Some(caller) = user.caller() {
        signed_in_page(&req, &state, caller, &slug, &id).await?
    } else {
        visitor_page(&req, &state, &user, &slug, &id).await?
    };
    Ok(crate::federation::varies_by_accept(page))
}

async fn visitor_page(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
    slug: &str,
    id: &str,
) -> Result<HttpResponse, PageError> {
    crate::page_cache::serve(
        req,
        state,
        user,
        crate::page_cache::Versioned::Group(slug),
        || async {
            let (access, details) =
                EventAccess::load_in_group_with_details(state, slug, id, user.caller()).await?;
            Ok(crate::page_cache::Rendered {
                changes: access.event.facts().next_change(state.now()),
                page: event_page_with(req, state, &access, details, None, Shown::default())?,
                path: access.path(),
            })
        },
    )
    .await
}

/// What every signed-in caller's page of one event shares ([`SharedEvent`]), kept while the
/// group's page version stays the same, as visitors' pages are (see [`crate::page_cache`]).
/// With the page's parts that are the same for everyone already made.
#[derive(Debug, Clone)]
pub struct KeptEvent {
    shared: Arc<SharedEvent>,
    made: Arc<Made>,
}

impl crate::cache::Kept for KeptEvent {
    fn weight(&self) -> usize {
        let SharedEvent {
            event, details: d, ..
        } = &*self.shared;
        let names = d.hosts.len() + d.going_preview.len();
        let comments: usize = d.comments.iter().map(|c| 3 * c.row.body.len() + 256).sum();
        let talks: usize = d.talks.iter().map(|t| 2 * t.abstract_.len() + 512).sum();
        let faces = self.made.going_faces_html.len() + self.made.photos_html.len();
        let photos = d.photos.len() * 256;
        8192 + 2 * event.description_html.len() + names * 64 + comments + talks + faces + photos
    }
}

/// A signed-in caller's page of an event: their membership and answer are read with the group's
/// page version in one round trip; the rest comes from what was kept at that version, or is
/// read and kept for the next caller. The page itself is rendered for each caller.
async fn signed_in_page(
    req: &HttpRequest,
    state: &AppState,
    caller: &Arc<UserRow>,
    slug: &str,
    id: &str,
) -> Result<HttpResponse, PageError> {
    let personal = EventAccess::read_personal(state, slug, id, caller)
        .await?
        .ok_or_else(AppError::not_found)?;
    let key = personal.event().to_string();
    let now = state.now();
    let kept = state.events.get(&key, &personal.tag, now);
    state.metrics.observe_page_cache(kept.is_some());
    let (access, details, kept) = match kept {
        Some(kept) => {
            let (access, details) = EventAccess::of_shared(&kept.shared, caller, personal, slug)?;
            (access, details, kept)
        }
        None => {
            let (access, details) =
                EventAccess::load_in_group_with_details(state, slug, id, Some(caller)).await?;
            let base_url = state.config.base_url.as_str();
            let kept = KeptEvent {
                shared: Arc::new(SharedEvent::of(&access, &details)),
                made: Arc::new(Made::of(
                    base_url,
                    &access.group.group,
                    &access.event,
                    &details,
                    &details.going_preview,
                )),
            };
            let span = Some((now, now + KEPT_EVENT_FOR));
            state.events.put(&key, &personal.tag, span, kept.clone());
            (access, details, kept)
        }
    };
    event_page_with(
        req,
        state,
        &access,
        details,
        Some(&kept.made),
        Shown::default(),
    )
}

/// The longest a kept [`SharedEvent`] is used, whatever its version.
const KEPT_EVENT_FOR: chrono::Duration = chrono::Duration::seconds(60);

/// Where on the event page a refused form is answered.
pub(super) enum Spot {
    /// The RSVP box, keeping the guests and answer as chosen.
    Rsvp {
        guests: Option<i64>,
        answer: Option<String>,
    },
    /// The comment form, keeping what was typed.
    Comment { body: String },
    /// The organizer tools.
    Tools,
}

/// Answers a refused form on the event page, at `spot`, with the refusal's status; errors not
/// shown in place become the error page.
pub(super) async fn refused(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    error: AppError,
    spot: Spot,
) -> Result<HttpResponse, PageError> {
    if !shown_in_place(&error) {
        return Err(error.into());
    }
    let mut shown = Shown {
        status: Some(crate::error::status(&error)),
        ..Shown::default()
    };
    match spot {
        Spot::Rsvp { guests, answer } => {
            shown.rsvp_message = form_message(Some(&error));
            shown.rsvp_errors = FormErrors::from(&error);
            shown.guests = guests;
            shown.answer = answer;
        }
        Spot::Comment { body } => {
            shown.comment_message = error.headline();
            shown.comment_body = body;
        }
        Spot::Tools => shown.tools_message = error.headline(),
    }
    event_page(req, state, access, shown).await
}

/// Runs an organizer's one-button step; a refusal is shown on the event page.
pub(super) async fn organizer_step(
    req: &HttpRequest,
    state: &AppState,
    access: &EventAccess,
    outcome: Result<String, AppError>,
) -> Result<HttpResponse, PageError> {
    match outcome {
        Ok(location) => Ok(see_other(&location)),
        Err(error) => refused(req, state, access, error, Spot::Tools).await,
    }
}
