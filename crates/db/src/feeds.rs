//! What calendar feeds read: bounded event lists with their venues and groups, and the cheap
//! "version" of a feed (how many events, when the newest change was) that answers a
//! conditional request without loading the events.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods, QueryDsl,
    RunQueryDsl, SelectableHelper,
    dsl::{count_star, max},
};
use muster_core::{
    Timestamp,
    event::{EventStatus, MAX_DURATION, RsvpStatus},
    group::Visibility,
    id::{EventId, GroupId, UserId},
    policy::MembershipStatus,
};

use crate::{
    DbConnection, DbError,
    events::{EventRow, VenueRow},
    groups::GroupRow,
    schema::{events, groups, memberships, rsvps, venues},
};

/// The most events one feed carries (a group's last year and future; a member's answers).
pub const FEED_LIMIT: i64 = 5_000;

/// How many events a feed holds and when the most recent of them (or of anything else the
/// version covers) last changed. Equal versions mean equal feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedVersion {
    pub events: i64,
    pub changed_at: Option<Timestamp>,
}

/// One event of a feed, with what its calendar entry shows besides the event itself.
#[derive(Debug, Clone)]
pub struct FeedEvent {
    pub event: EventRow,
    pub venue: Option<VenueRow>,
    /// Set in feeds that span groups (the instance's and a member's).
    pub group: Option<GroupRow>,
    /// The member's answer, in a member's feed, and when it last changed.
    pub rsvp: Option<String>,
    pub rsvp_changed: Option<Timestamp>,
}

/// A group's published and cancelled events that start after `since`, soonest first.
pub fn group_events(
    conn: &mut DbConnection,
    group: GroupId,
    since: Timestamp,
) -> Result<Vec<FeedEvent>, DbError> {
    let rows: Vec<(EventRow, Option<VenueRow>)> = events::table
        .left_join(venues::table.on(venues::id.nullable().eq(events::venue_id)))
        .filter(events::group_id.eq(group))
        .filter(events::starts_at.ge(since))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(FEED_LIMIT)
        .select((EventRow::as_select(), Option::<VenueRow>::as_select()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(event, venue)| FeedEvent {
            event,
            venue,
            group: None,
            rsvp: None,
            rsvp_changed: None,
        })
        .collect())
}

/// The version of [`group_events`] (or of all the group's published and cancelled events, with
/// no `since`): one indexed aggregate.
pub fn group_version(
    conn: &mut DbConnection,
    group: GroupId,
    since: Option<Timestamp>,
) -> Result<FeedVersion, DbError> {
    let mut query = events::table
        .filter(events::group_id.eq(group))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .into_boxed();
    if let Some(since) = since {
        query = query.filter(events::starts_at.ge(since));
    }
    let (events, changed_at): (i64, Option<Timestamp>) = query
        .select((count_star(), max(events::updated_at)))
        .first(conn)?;
    Ok(FeedVersion {
        events: events.min(FEED_LIMIT),
        changed_at,
    })
}

/// Upcoming published and cancelled events of public groups, soonest first (the instance feed).
pub fn public_upcoming(
    conn: &mut DbConnection,
    now: Timestamp,
    limit: i64,
) -> Result<Vec<FeedEvent>, DbError> {
    let rows: Vec<(EventRow, GroupRow, Option<VenueRow>)> = events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .left_join(venues::table.on(venues::id.nullable().eq(events::venue_id)))
        .filter(events::starts_at.gt(now - MAX_DURATION))
        .filter(events::ends_at.gt(now))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .filter(groups::deleted_at.is_null())
        .filter(groups::visibility.eq(Visibility::Public.as_str()))
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(limit.clamp(1, FEED_LIMIT))
        .select((
            EventRow::as_select(),
            GroupRow::as_select(),
            Option::<VenueRow>::as_select(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(event, group, venue)| FeedEvent {
            event,
            venue,
            group: Some(group),
            rsvp: None,
            rsvp_changed: None,
        })
        .collect())
}

/// The version of [`public_upcoming`]; a group's rename counts as a change.
pub fn public_upcoming_version(
    conn: &mut DbConnection,
    now: Timestamp,
) -> Result<FeedVersion, DbError> {
    let (events, event_change, group_change): (i64, Option<Timestamp>, Option<Timestamp>) =
        events::table
            .inner_join(groups::table.on(groups::id.eq(events::group_id)))
            .filter(events::starts_at.gt(now - MAX_DURATION))
            .filter(events::ends_at.gt(now))
            .filter(events::status.ne(EventStatus::Draft.as_str()))
            .filter(groups::deleted_at.is_null())
            .filter(groups::visibility.eq(Visibility::Public.as_str()))
            .select((
                count_star(),
                max(events::updated_at),
                max(groups::updated_at),
            ))
            .first(conn)?;
    Ok(FeedVersion {
        events,
        changed_at: event_change.max(group_change),
    })
}

/// The events of a member's feed (see [`member_events`]), as a boxed query over
/// `events ⋈ groups ⟕ venues ⟕ rsvps` that the list and its version both start from.
macro_rules! member_query {
    ($user:expr, $all_group_events:expr, $since:expr) => {{
        let user: UserId = $user;
        // The list of answers is a subquery on its own alias: `rsvps` is also joined.
        let answers = diesel::alias!(rsvps as answers);
        let answered = answers
            .filter(answers.field(rsvps::user_id).eq(user))
            .filter(
                answers
                    .field(rsvps::status)
                    .eq_any([RsvpStatus::Going.as_str(), RsvpStatus::Waitlisted.as_str()]),
            )
            .select(answers.field(rsvps::event_id));
        let my_groups = memberships::table
            .filter(memberships::user_id.eq(user))
            .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
            .select(memberships::group_id);
        let query = events::table
            .inner_join(groups::table.on(groups::id.eq(events::group_id)))
            .left_join(venues::table.on(venues::id.nullable().eq(events::venue_id)))
            .left_join(rsvps::table.on(rsvps::event_id.eq(events::id).and(rsvps::user_id.eq(user))))
            .filter(events::starts_at.ge($since))
            .filter(events::status.ne(EventStatus::Draft.as_str()))
            .filter(groups::deleted_at.is_null())
            .filter(
                groups::visibility
                    .eq(Visibility::Public.as_str())
                    .or(groups::id.eq_any(my_groups)),
            )
            .into_boxed();
        if $all_group_events {
            query.filter(
                events::id
                    .eq_any(answered)
                    .or(events::group_id.eq_any(my_groups)),
            )
        } else {
            query.filter(events::id.eq_any(answered))
        }
    }};
}

/// A member's feed: the events they are going to or waiting for and, when `all_group_events`,
/// every event of the groups they are an active member of — starting after `since`, soonest
/// first. What they may no longer see (a private group they left or were removed from, a
/// deleted group) is not in it: the rules are applied on every read.
pub fn member_events(
    conn: &mut DbConnection,
    user: UserId,
    all_group_events: bool,
    since: Timestamp,
) -> Result<Vec<FeedEvent>, DbError> {
    type Row = (
        EventRow,
        GroupRow,
        Option<VenueRow>,
        Option<String>,
        Option<Timestamp>,
    );
    let rows: Vec<Row> = member_query!(user, all_group_events, since)
        .order((events::starts_at.asc(), events::id.asc()))
        .limit(FEED_LIMIT)
        .select((
            EventRow::as_select(),
            GroupRow::as_select(),
            Option::<VenueRow>::as_select(),
            rsvps::status.nullable(),
            rsvps::updated_at.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(event, group, venue, rsvp, rsvp_changed)| {
            let answered = rsvp.filter(|s| s != RsvpStatus::NotGoing.as_str());
            FeedEvent {
                event,
                venue,
                group: Some(group),
                rsvp_changed: answered.as_ref().and(rsvp_changed),
                rsvp: answered,
            }
        })
        .collect())
}

/// The version of [`member_events`], without loading them: how many events, and the latest
/// change to any of them, their groups, the member's answers or the member's memberships
/// (joining or leaving a group changes what the feed holds).
pub fn member_version(
    conn: &mut DbConnection,
    user: UserId,
    all_group_events: bool,
    since: Timestamp,
) -> Result<FeedVersion, DbError> {
    type Aggregate = (i64, Option<Timestamp>, Option<Timestamp>, Option<Timestamp>);
    let (events, event_change, group_change, answer_change): Aggregate =
        member_query!(user, all_group_events, since)
            .select((
                count_star(),
                max(events::updated_at),
                max(groups::updated_at),
                max(rsvps::updated_at.nullable()),
            ))
            .first(conn)?;
    let (groups, membership_change): (i64, Option<Timestamp>) = memberships::table
        .filter(memberships::user_id.eq(user))
        .select((count_star(), max(memberships::updated_at)))
        .first(conn)?;
    Ok(FeedVersion {
        // Both counts: leaving one group while another event appears changes the version.
        events: events.min(FEED_LIMIT) * 1_000_003 + groups,
        changed_at: [event_change, group_change, answer_change, membership_change]
            .into_iter()
            .flatten()
            .max(),
    })
}

/// The most pages a sitemap lists (the sitemaps.org limit for one file).
pub const SITEMAP_LIMIT: i64 = 50_000;

/// What `/sitemap.xml` lists: public, non-deleted groups (slug, last change) and their
/// published events (group slug, event id, last change), newest first, each list bounded by
/// [`SITEMAP_LIMIT`]. Private groups, deleted groups, drafts and cancelled events never appear.
pub fn sitemap(conn: &mut DbConnection) -> Result<SitemapEntries, DbError> {
    let groups: Vec<(String, Timestamp)> = groups::table
        .filter(groups::deleted_at.is_null())
        .filter(groups::visibility.eq(Visibility::Public.as_str()))
        .order(groups::updated_at.desc())
        .limit(SITEMAP_LIMIT)
        .select((groups::slug, groups::updated_at))
        .load(conn)?;
    let events: Vec<(String, EventId, Timestamp)> = events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(groups::deleted_at.is_null())
        .filter(groups::visibility.eq(Visibility::Public.as_str()))
        .filter(events::status.eq(EventStatus::Published.as_str()))
        .order(events::updated_at.desc())
        .limit(SITEMAP_LIMIT - groups.len() as i64)
        .select((groups::slug, events::id, events::updated_at))
        .load(conn)?;
    Ok(SitemapEntries { groups, events })
}

/// See [`sitemap`].
#[derive(Debug, Clone, Default)]
pub struct SitemapEntries {
    pub groups: Vec<(String, Timestamp)>,
    pub events: Vec<(String, EventId, Timestamp)>,
}
