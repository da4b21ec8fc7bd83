//! Events, their venues and hosts, and the lists pages show.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    account::Timezone,
    event::{EventFacts, EventStatus, MAX_DURATION, RsvpWindow, Schedule},
    geo::Bounds,
    id::{EventId, GroupId, SeriesId, UserId, VenueId},
};

use crate::{
    DbConnection, DbError,
    groups::GroupRow,
    memberships::MembershipRow,
    rsvps::RsvpRow,
    schema::{event_hosts, events, groups, memberships, rsvps, users, venues},
};

/// An `events` row.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = events)]
pub struct EventRow {
    pub id: EventId,
    pub group_id: GroupId,
    pub series_id: Option<SeriesId>,
    /// The occurrence's index in its series (text), so materializing twice creates it once.
    pub occurrence_key: Option<String>,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub timezone: String,
    pub venue_id: Option<VenueId>,
    pub online_url: String,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub guest_limit: i32,
    pub rsvp_opens_at: Option<Timestamp>,
    pub rsvp_closes_at: Option<Timestamp>,
    pub rsvps_closed: bool,
    pub rsvp_question: String,
    pub status: EventStatus,
    pub cancel_reason: String,
    /// Grows with each change of time, place or status (iCalendar `SEQUENCE`).
    pub sequence: i32,
    /// Where the event was before its last move, for "moved from" notices.
    pub previous_starts_at: Option<Timestamp>,
    pub announce: bool,
    pub reminders_enabled: bool,
    pub created_by: Option<UserId>,
    pub published_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// When the group's members were told about it (never twice).
    pub announced_at: Option<Timestamp>,
}

impl EventRow {
    /// A published event of `group` brought in from elsewhere (an imported calendar, Meetup
    /// history): no venue, capacity, guests or RSVP question, never announced (imports tell
    /// nobody). Callers set what differs.
    pub fn imported(
        group: GroupId,
        title: &str,
        description: &str,
        (starts_at, ends_at): (Timestamp, Timestamp),
        timezone: &str,
        now: Timestamp,
    ) -> EventRow {
        EventRow {
            id: EventId::new(),
            group_id: group,
            series_id: None,
            occurrence_key: None,
            title: title.to_owned(),
            description: description.to_owned(),
            description_html: muster_core::markdown::to_safe_html(description),
            starts_at,
            ends_at,
            timezone: timezone.to_owned(),
            venue_id: None,
            online_url: String::new(),
            capacity: None,
            seats_taken: 0,
            guest_limit: 0,
            rsvp_opens_at: None,
            rsvp_closes_at: None,
            rsvps_closed: false,
            rsvp_question: String::new(),
            status: EventStatus::Published,
            cancel_reason: String::new(),
            sequence: 0,
            previous_starts_at: None,
            announce: false,
            reminders_enabled: true,
            created_by: None,
            published_at: Some(now),
            created_at: now,
            updated_at: now,
            announced_at: None,
        }
    }

    pub fn status(&self) -> EventStatus {
        self.status
    }

    pub fn timezone(&self) -> Timezone {
        Timezone::from_trusted(&self.timezone)
    }

    pub fn schedule(&self) -> Schedule {
        Schedule {
            starts_at: self.starts_at,
            ends_at: self.ends_at,
        }
    }

    pub fn window(&self) -> RsvpWindow {
        RsvpWindow {
            opens_at: self.rsvp_opens_at,
            closes_at: self.rsvp_closes_at,
        }
    }

    pub fn facts(&self) -> EventFacts {
        EventFacts {
            status: self.status(),
            schedule: self.schedule(),
            window: self.window(),
            rsvps_closed: self.rsvps_closed,
            capacity: self.capacity,
            seats_taken: self.seats_taken,
        }
    }

    /// The page's path.
    pub fn path(&self, group_slug: &str) -> String {
        format!("/g/{group_slug}/events/{}", self.id)
    }
}

/// What an organizer's edit writes (everything but the counters, the status and the keys).
/// `None` writes NULL: the struct always carries the whole new state.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct EventChanges {
    pub title: String,
    pub description: String,
    pub description_html: String,
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
    pub sequence: i32,
    pub previous_starts_at: Option<Timestamp>,
    pub announce: bool,
    pub reminders_enabled: bool,
    pub updated_at: Timestamp,
}

impl EventChanges {
    /// The row's current editable state, to be modified and written back.
    pub fn of(row: &EventRow) -> EventChanges {
        EventChanges {
            title: row.title.clone(),
            description: row.description.clone(),
            description_html: row.description_html.clone(),
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            timezone: row.timezone.clone(),
            venue_id: row.venue_id,
            online_url: row.online_url.clone(),
            capacity: row.capacity,
            guest_limit: row.guest_limit,
            rsvp_opens_at: row.rsvp_opens_at,
            rsvp_closes_at: row.rsvp_closes_at,
            rsvps_closed: row.rsvps_closed,
            rsvp_question: row.rsvp_question.clone(),
            sequence: row.sequence,
            previous_starts_at: row.previous_starts_at,
            announce: row.announce,
            reminders_enabled: row.reminders_enabled,
            updated_at: row.updated_at,
        }
    }

    /// Applies the changes to a row (for answering with the new state without re-reading).
    pub fn apply_to(&self, row: &mut EventRow) {
        row.title.clone_from(&self.title);
        row.description.clone_from(&self.description);
        row.description_html.clone_from(&self.description_html);
        row.starts_at = self.starts_at;
        row.ends_at = self.ends_at;
        row.timezone.clone_from(&self.timezone);
        row.venue_id = self.venue_id;
        row.online_url.clone_from(&self.online_url);
        row.capacity = self.capacity;
        row.guest_limit = self.guest_limit;
        row.rsvp_opens_at = self.rsvp_opens_at;
        row.rsvp_closes_at = self.rsvp_closes_at;
        row.rsvps_closed = self.rsvps_closed;
        row.rsvp_question.clone_from(&self.rsvp_question);
        row.sequence = self.sequence;
        row.previous_starts_at = self.previous_starts_at;
        row.announce = self.announce;
        row.reminders_enabled = self.reminders_enabled;
        row.updated_at = self.updated_at;
    }
}

pub fn insert(conn: &mut DbConnection, row: &EventRow) -> Result<(), DbError> {
    diesel::insert_into(events::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: EventId) -> Result<Option<EventRow>, DbError> {
    Ok(events::table
        .find(id)
        .select(EventRow::as_select())
        .first(conn)
        .optional()?)
}

/// The events among `ids` that exist (one query).
pub fn find_many(conn: &mut DbConnection, ids: &[EventId]) -> Result<Vec<EventRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(events::table
        .filter(events::id.eq_any(ids))
        .select(EventRow::as_select())
        .load(conn)?)
}

/// The event with its (live) group.
pub fn find_with_group(
    conn: &mut DbConnection,
    id: EventId,
) -> Result<Option<(EventRow, GroupRow)>, DbError> {
    Ok(events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(events::id.eq(id))
        .filter(groups::deleted_at.is_null())
        .select((EventRow::as_select(), GroupRow::as_select()))
        .first(conn)
        .optional()?)
}

/// The event `$id` joined to its live group and `$user`'s membership of that group (shared
/// by [`find_for`] and [`find_for_answer`], which join more to it).
macro_rules! event_for_member {
    ($id:expr, $user:expr) => {
        events::table
            .inner_join(groups::table.on(groups::id.eq(events::group_id)))
            .left_join(
                memberships::table.on(memberships::group_id
                    .eq(groups::id)
                    .and(memberships::user_id.eq($user))),
            )
            .filter(events::id.eq($id))
            .filter(groups::deleted_at.is_null())
    };
}

/// The event with its (live) group and `user`'s membership of that group, in one statement
/// (the reads every event route starts with).
pub fn find_for(
    conn: &mut DbConnection,
    id: EventId,
    user: Option<UserId>,
) -> Result<Option<(EventRow, GroupRow, Option<MembershipRow>)>, DbError> {
    let Some(user) = user else {
        return Ok(find_with_group(conn, id)?.map(|(event, group)| (event, group, None)));
    };
    let query = event_for_member!(id, user);
    Ok(crate::on_backend!(conn, c => query
        .select((
            EventRow::as_select(),
            GroupRow::as_select(),
            Option::<MembershipRow>::as_select(),
        ))
        .first(c)
        .optional())?)
}

/// What an answer to "are you coming?" reads before it takes the event's lock, in one
/// statement: [`find_for`], the event's venue (the confirmation shows it) and `user`'s own
/// RSVP (written over only if it is still what was read).
pub fn find_for_answer(
    conn: &mut DbConnection,
    id: EventId,
    user: UserId,
) -> Result<Option<ForAnswer>, DbError> {
    let query = event_for_member!(id, user)
        .left_join(venues::table.on(events::venue_id.eq(venues::id.nullable())))
        .left_join(rsvps::table.on(rsvps::event_id.eq(events::id).and(rsvps::user_id.eq(user))));
    Ok(crate::on_backend!(conn, c => query
        .select((
            EventRow::as_select(),
            GroupRow::as_select(),
            Option::<MembershipRow>::as_select(),
            Option::<VenueRow>::as_select(),
            Option::<RsvpRow>::as_select(),
        ))
        .first(c)
        .optional())?)
}

/// [`find_for_answer`]'s row: the event, its group, the membership, the venue, the RSVP.
pub type ForAnswer = (
    EventRow,
    GroupRow,
    Option<MembershipRow>,
    Option<VenueRow>,
    Option<RsvpRow>,
);

/// Published events marked "announce" that were never announced and start in `(now, until]`,
/// with their live groups, soonest first: a series' occurrences, announced as they come near.
pub fn due_announcements(
    conn: &mut DbConnection,
    now: Timestamp,
    until: Timestamp,
    limit: i64,
) -> Result<Vec<(EventRow, GroupRow)>, DbError> {
    Ok(events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(events::announce.eq(true))
        .filter(events::announced_at.is_null())
        .filter(events::status.eq(EventStatus::Published.as_str()))
        .filter(events::starts_at.gt(now))
        .filter(events::starts_at.le(until))
        .filter(groups::deleted_at.is_null())
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(limit)
        .select((EventRow::as_select(), GroupRow::as_select()))
        .load(conn)?)
}

/// Takes the event's row lock for the rest of the transaction and reads the row. Every change
/// to seats and the waitlist starts here, so concurrent RSVPs to one event queue on
/// PostgreSQL (SQLite serialises writers anyway) and waitlist positions are handed out in
/// arrival order.
pub fn lock(conn: &mut DbConnection, id: EventId) -> Result<Option<EventRow>, DbError> {
    // One round trip: the no-op update takes the lock and returns the row.
    Ok(crate::on_backend!(conn, c => crate::KeepPrepared(
        diesel::update(events::table.find(id))
            .set(events::seats_taken.eq(events::seats_taken))
            .returning(events::all_columns),
    )
    .get_result::<EventRow>(c)
    .optional())?)
}

pub fn update(conn: &mut DbConnection, id: EventId, changes: &EventChanges) -> Result<(), DbError> {
    diesel::update(events::table.find(id))
        .set(changes)
        .execute(conn)?;
    Ok(())
}

/// Publishes a draft; the published row, or `None` if it was not a draft (any more).
pub fn publish(
    conn: &mut DbConnection,
    id: EventId,
    now: Timestamp,
) -> Result<Option<EventRow>, DbError> {
    Ok(diesel::update(
        events::table
            .find(id)
            .filter(events::status.eq(EventStatus::Draft.as_str())),
    )
    .set((
        events::status.eq(EventStatus::Published.as_str()),
        events::published_at.eq(Some(now)),
        events::updated_at.eq(now),
    ))
    .returning(events::all_columns)
    .get_result::<EventRow>(conn)
    .optional()?)
}

/// Cancels an event; the cancelled row, or `None` if it was cancelled already.
pub fn cancel(
    conn: &mut DbConnection,
    id: EventId,
    reason: &str,
    now: Timestamp,
) -> Result<Option<EventRow>, DbError> {
    Ok(diesel::update(
        events::table
            .find(id)
            .filter(events::status.ne(EventStatus::Cancelled.as_str())),
    )
    .set((
        events::status.eq(EventStatus::Cancelled.as_str()),
        events::cancel_reason.eq(reason),
        events::sequence.eq(events::sequence + 1),
        events::updated_at.eq(now),
    ))
    .returning(events::all_columns)
    .get_result::<EventRow>(conn)
    .optional()?)
}

/// Deletes a draft (published events are cancelled, never deleted).
pub fn delete_draft(conn: &mut DbConnection, id: EventId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        events::table
            .find(id)
            .filter(events::status.eq(EventStatus::Draft.as_str())),
    )
    .execute(conn)?
        > 0)
}

pub fn set_rsvps_closed(
    conn: &mut DbConnection,
    id: EventId,
    closed: bool,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(events::table.find(id))
        .set((events::rsvps_closed.eq(closed), events::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Which events a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Not yet over, soonest first (cancelled ones included, marked).
    Upcoming,
    /// Over, most recent first.
    Past,
}

/// A group's events. Drafts only for those who may manage events.
pub fn for_group(
    conn: &mut DbConnection,
    group: GroupId,
    listing: Listing,
    include_drafts: bool,
    now: Timestamp,
    limit: i64,
    offset: i64,
) -> Result<Vec<EventRow>, DbError> {
    let mut query = events::table
        .filter(events::group_id.eq(group))
        .select(EventRow::as_select())
        .into_boxed();
    if !include_drafts {
        query = query.filter(events::status.ne(EventStatus::Draft.as_str()));
    }
    query = match listing {
        // Events last at most 14 days: the start bound lets the (group, start) index skip the
        // past instead of walking it.
        Listing::Upcoming => query
            .filter(events::starts_at.gt(now - MAX_DURATION))
            .filter(events::ends_at.gt(now))
            .order((events::starts_at.asc(), events::id.asc())),
        Listing::Past => query
            .filter(events::ends_at.le(now))
            .order((events::starts_at.desc(), events::id.desc())),
    };
    Ok(query
        .limit(limit.clamp(1, 200))
        .offset(offset.max(0))
        .load(conn)?)
}

// The groups table as `upcoming_public_events`'s check names it, so that the home page's
// listing can join the groups as well.
diesel::alias! {
    pub(crate) const LISTED_GROUP: Alias<ListedGroup> = groups as listed_group;
}

/// The published upcoming events of public groups, soonest first, at most `$limit` (1–100) at
/// `$now`: what the home page lists ([`upcoming_public`]) and what its kept copy is checked
/// against ([`crate::page_versions::of_upcoming_public`]). One query, so that the two cannot
/// list different meetups.
///
/// The group is checked by a correlated scalar subquery, not a join: with a join, SQLite's
/// planner reads the (few) groups first, then every upcoming event of each, and sorts them
/// all to keep the first twenty — a cost that grows with the instance. With the subquery it
/// walks `events_status_starts_id` in order and stops at the limit, finding each event's group
/// by its key. Not an `EXISTS` either: SQLite 3.50 turns that into a join after the walk, and
/// with statistics taken when the instance had one group (they are refreshed only once a table
/// has grown 25-fold) it then scans every group for each event listed; a scalar subquery is
/// planned on its own, and a lookup by key needs no statistics.
macro_rules! upcoming_public_events {
    ($now:expr, $limit:expr) => {{
        use $crate::schema::{events, groups};
        let now: muster_core::Timestamp = $now;
        events::table
            .filter(events::status.eq(muster_core::event::EventStatus::Published.as_str()))
            .filter(events::starts_at.gt(now - muster_core::event::MAX_DURATION))
            .filter(events::ends_at.gt(now))
            .filter(
                {
                    let g = $crate::events::LISTED_GROUP;
                    g.filter(g.field(groups::id).eq(events::group_id))
                        .filter(g.field(groups::deleted_at).is_null())
                        .select(g.field(groups::visibility))
                        .single_value()
                }
                .eq("public"),
            )
            .order((events::starts_at.asc(), events::id.asc()))
            .limit(i64::clamp($limit, 1, 100))
    }};
}
pub(crate) use upcoming_public_events;

/// Published upcoming events of public groups, soonest first (the home page).
pub fn upcoming_public(
    conn: &mut DbConnection,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<(EventRow, GroupRow)>, DbError> {
    Ok(upcoming_public_events!(now, limit)
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .select((EventRow::as_select(), GroupRow::as_select()))
        .load(conn)?)
}

/// Most upcoming events looked at for one listing (near a place, or anywhere).
pub const MAX_NEAR_CANDIDATES: i64 = 2_000;

/// An event, its group, and where it is (latitude, longitude), when its venue or group says.
pub type PlacedEvent = (EventRow, GroupRow, Option<(f64, f64)>);

/// Published events of public groups that have not ended (and start before `until`), soonest
/// first, at most `limit`, each with where it is: its venue's coordinates, or its group's when
/// the venue has none. With `bounds`, only those placed inside them (the distance itself is
/// the caller's to check).
pub fn upcoming_placed(
    conn: &mut DbConnection,
    now: Timestamp,
    until: Option<Timestamp>,
    bounds: Option<Bounds>,
    limit: i64,
) -> Result<Vec<PlacedEvent>, DbError> {
    let mut q = events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .left_join(venues::table.on(venues::id.nullable().eq(events::venue_id)))
        .filter(events::status.eq(EventStatus::Published.as_str()))
        .filter(events::starts_at.gt(now - MAX_DURATION))
        .filter(events::ends_at.gt(now))
        .filter(groups::deleted_at.is_null())
        .filter(groups::visibility.eq("public"))
        .into_boxed();
    if let Some(bounds) = bounds {
        let (south, north) = bounds.lat;
        let (west, east) = bounds.lon.unwrap_or((-180.0, 180.0));
        let venue_placed = venues::latitude
            .between(south, north)
            .and(venues::longitude.between(west, east));
        let group_placed = venues::latitude
            .is_null()
            .and(groups::latitude.between(south, north))
            .and(groups::longitude.between(west, east));
        q = q.filter(venue_placed.or(group_placed));
    }
    if let Some(until) = until {
        q = q.filter(events::starts_at.lt(until));
    }
    let rows: Vec<(EventRow, GroupRow, Option<f64>, Option<f64>)> = q
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(limit.clamp(1, MAX_NEAR_CANDIDATES))
        .select((
            EventRow::as_select(),
            GroupRow::as_select(),
            venues::latitude.nullable(),
            venues::longitude.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(e, g, lat, lon)| {
            let place = lat.zip(lon).or(g.latitude.zip(g.longitude));
            (e, g, place)
        })
        .collect())
}

/// A person's upcoming events they are going to or waiting for (the home page).
pub fn upcoming_for_user(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<(EventRow, GroupRow, String)>, DbError> {
    use crate::schema::rsvps;
    Ok(rsvps::table
        .inner_join(events::table.on(events::id.eq(rsvps::event_id)))
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(rsvps::user_id.eq(user))
        .filter(rsvps::status.ne("not_going"))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .filter(events::starts_at.gt(now - MAX_DURATION))
        .filter(events::ends_at.gt(now))
        .filter(groups::deleted_at.is_null())
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(limit.clamp(1, 100))
        .select((EventRow::as_select(), GroupRow::as_select(), rsvps::status))
        .load(conn)?)
}

/// Recomputes the group's next and last event dates (the directory sorts and shows them).
pub fn refresh_group_dates(
    conn: &mut DbConnection,
    group: GroupId,
    now: Timestamp,
) -> Result<(), DbError> {
    let published = || {
        events::table
            .filter(events::group_id.eq(group))
            .filter(events::status.eq(EventStatus::Published.as_str()))
    };
    let next: Option<Timestamp> = published()
        .filter(events::starts_at.gt(now))
        .select(diesel::dsl::min(events::starts_at))
        .first(conn)?;
    let last: Option<Timestamp> = published()
        .filter(events::starts_at.le(now))
        .select(diesel::dsl::max(events::starts_at))
        .first(conn)?;
    diesel::update(groups::table.find(group))
        .set((
            groups::next_event_at.eq(next),
            groups::last_event_at.eq(last),
        ))
        .execute(conn)?;
    Ok(())
}

/// Groups whose "next event" has started (the scheduler tick moves them on).
pub fn groups_with_stale_next_event(
    conn: &mut DbConnection,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<GroupId>, DbError> {
    Ok(groups::table
        .filter(groups::next_event_at.le(now))
        .filter(groups::deleted_at.is_null())
        .select(groups::id)
        .limit(limit)
        .load(conn)?)
}

/// The most events a group's news feed carries.
pub const RECENTLY_UPDATED_LIMIT: i64 = 200;

/// A group's published and cancelled events that changed last, newest change first, with their
/// venues (the group's news feed). The group's events are found through the
/// `(group_id, starts_at)` index; only the newest `limit` are sorted out of them.
pub fn recently_updated(
    conn: &mut DbConnection,
    group: GroupId,
    limit: i64,
) -> Result<Vec<(EventRow, Option<VenueRow>)>, DbError> {
    Ok(events::table
        .left_join(venues::table.on(venues::id.nullable().eq(events::venue_id)))
        .filter(events::group_id.eq(group))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .order((events::updated_at.desc(), events::id.desc()))
        .limit(limit.clamp(1, RECENTLY_UPDATED_LIMIT))
        .select((EventRow::as_select(), Option::<VenueRow>::as_select()))
        .load(conn)?)
}

// ----------------------------------------------------------------------------- venues

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = venues)]
pub struct VenueRow {
    pub id: VenueId,
    pub group_id: GroupId,
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub directions: String,
    pub created_at: Timestamp,
}

pub use muster_core::event_form::NewVenue;

/// The group's venue with this name and address (updating its coordinates and directions), or
/// a new one: a group's list of places grows only with places it really uses.
pub fn venue_for(
    conn: &mut DbConnection,
    group: GroupId,
    venue: &NewVenue,
    now: Timestamp,
) -> Result<VenueId, DbError> {
    let existing: Option<VenueId> = venues::table
        .filter(venues::group_id.eq(group))
        .filter(venues::name.eq(&venue.name))
        .filter(venues::address.eq(&venue.address))
        .select(venues::id)
        .first(conn)
        .optional()?;
    if let Some(id) = existing {
        diesel::update(venues::table.find(id))
            .set((
                venues::latitude.eq(venue.latitude),
                venues::longitude.eq(venue.longitude),
                venues::directions.eq(&venue.directions),
            ))
            .execute(conn)?;
        return Ok(id);
    }
    let id = VenueId::new();
    diesel::insert_into(venues::table)
        .values(&VenueRow {
            id,
            group_id: group,
            name: venue.name.clone(),
            address: venue.address.clone(),
            latitude: venue.latitude,
            longitude: venue.longitude,
            directions: venue.directions.clone(),
            created_at: now,
        })
        .execute(conn)?;
    Ok(id)
}

pub fn find_venue(conn: &mut DbConnection, id: VenueId) -> Result<Option<VenueRow>, DbError> {
    Ok(venues::table
        .find(id)
        .select(VenueRow::as_select())
        .first(conn)
        .optional()?)
}

// ----------------------------------------------------------------------------- hosts

/// Replaces the event's hosts (in the given order).
pub fn set_hosts(conn: &mut DbConnection, event: EventId, hosts: &[UserId]) -> Result<(), DbError> {
    diesel::delete(event_hosts::table.filter(event_hosts::event_id.eq(event))).execute(conn)?;
    for (position, user) in hosts.iter().enumerate() {
        diesel::insert_into(event_hosts::table)
            .values((
                event_hosts::event_id.eq(event),
                event_hosts::user_id.eq(*user),
                event_hosts::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The hosts' ids and names, in order (deleted accounts left out).
pub fn hosts(conn: &mut DbConnection, event: EventId) -> Result<Vec<(UserId, String)>, DbError> {
    Ok(event_hosts::table
        .inner_join(users::table.on(users::id.eq(event_hosts::user_id)))
        .filter(event_hosts::event_id.eq(event))
        .filter(users::deleted_at.is_null())
        .order(event_hosts::position.asc())
        .select((users::id, users::display_name))
        .load(conn)?)
}

/// The hosts' ids, in order (deleted accounts left out): [`hosts`] without the names.
pub fn host_ids(conn: &mut DbConnection, event: EventId) -> Result<Vec<UserId>, DbError> {
    Ok(event_hosts::table
        .inner_join(users::table.on(users::id.eq(event_hosts::user_id)))
        .filter(event_hosts::event_id.eq(event))
        .filter(users::deleted_at.is_null())
        .order(event_hosts::position.asc())
        .select(users::id)
        .load(conn)?)
}

/// Whether the event is in a series and later occurrences exist (for "this and following").
pub fn following_in_series(
    conn: &mut DbConnection,
    series: SeriesId,
    from: Timestamp,
) -> Result<Vec<EventRow>, DbError> {
    Ok(events::table
        .filter(events::series_id.eq(series))
        .filter(events::starts_at.ge(from))
        .filter(
            events::status
                .eq(EventStatus::Published.as_str())
                .or(events::status.eq(EventStatus::Draft.as_str())),
        )
        .order(events::starts_at.asc())
        .select(EventRow::as_select())
        .load(conn)?)
}

/// Every event of a series, in order.
pub fn in_series(conn: &mut DbConnection, series: SeriesId) -> Result<Vec<EventRow>, DbError> {
    Ok(events::table
        .filter(events::series_id.eq(series))
        .order(events::starts_at.asc())
        .limit(500)
        .select(EventRow::as_select())
        .load(conn)?)
}

/// An address on one line: its lines joined with commas.
pub fn one_line(address: &str) -> String {
    address
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where an event happens, in words anyone may read: "The Tech Hub, 1 Park Row, Leeds",
/// "Online", or both — never the online link itself, which is for the people going.
pub fn place_text(e: &EventRow, venue: Option<&VenueRow>) -> String {
    let mut place = match venue {
        Some(v) => [v.name.trim().to_owned(), one_line(&v.address)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        None => String::new(),
    };
    if !e.online_url.is_empty() {
        place = if place.is_empty() {
            "Online".to_owned()
        } else {
            format!("{place} (and online)")
        };
    }
    place
}
