//! Each group's page version: a number that the database's own triggers raise whenever
//! something its public pages show changes (the group, its events, venues, hosts, talks,
//! answers, comments, members, and the names of the people taking part). Rendered pages are
//! kept while it stays the same; because it lives in the database, every process sharing it
//! sees the same number. See the migration `page_versions`.

use diesel::prelude::*;
use muster_core::{
    Timestamp,
    id::{EventId, GroupId, UserId},
};

use crate::{
    DbConnection, DbError,
    memberships::MembershipRow,
    rsvps::RsvpRow,
    schema::{events, groups, memberships, page_versions, rsvps},
};

/// The page version of the group called `slug` (live or deleted), as a tag that also names
/// the group (a group made later under a freed name starts its numbers again), `None` when no
/// group has that name.
pub fn of_slug(c: &mut DbConnection, slug: &str) -> Result<Option<String>, DbError> {
    Ok(group_of_slug(c, slug)?.map(|(_, tag)| tag))
}

/// [`of_slug`], with the group's id.
pub fn group_of_slug(
    c: &mut DbConnection,
    slug: &str,
) -> Result<Option<(GroupId, String)>, DbError> {
    let query = page_versions::table
        .inner_join(groups::table.on(groups::id.eq(page_versions::group_id)))
        .filter(groups::slug.eq(slug))
        .select((page_versions::group_id, page_versions::version));
    let found: Option<(GroupId, i64)> = crate::on_backend!(c, c => query.first(c).optional())?;
    Ok(found.map(|(group, version)| (group, format!("{group}.{version}"))))
}

/// The version of the home page's list: the soonest `limit` published, not yet ended meetups
/// of public groups (the query [`crate::events::upcoming_public`] reads, in its order), each
/// with its group's page version. Any change a card shows raises a version in it, and a
/// meetup entering or leaving the list changes the ids.
pub fn of_upcoming_public(
    c: &mut DbConnection,
    now: Timestamp,
    limit: i64,
) -> Result<String, DbError> {
    // Each group's version by its key, as the events are walked in order (a join here would
    // let SQLite start from the groups again: see `upcoming_public_events`).
    let version = page_versions::table
        .filter(page_versions::group_id.eq(events::group_id))
        .select(page_versions::version)
        .single_value();
    let query = crate::events::upcoming_public_events!(now, limit).select((
        events::id,
        events::group_id,
        version,
    ));
    let rows: Vec<(EventId, GroupId, Option<i64>)> = crate::on_backend!(c, c => query.load(c))?;
    let mut tag = String::with_capacity(rows.len() * 56);
    for (event, group, version) in rows {
        use std::fmt::Write;
        let _ = write!(tag, "{event}@{group}.{} ", version.unwrap_or(0));
    }
    Ok(tag)
}

/// What a signed-in person's view of an event page reads of its own, in one statement: the
/// page version of the group called `slug` (tagged as [`of_slug`] tags it), the person's
/// membership of that group and their answer to `event`. `None` when no group has that name.
pub fn personal_of_slug(
    c: &mut DbConnection,
    slug: &str,
    event: EventId,
    user: UserId,
) -> Result<Option<Personal>, DbError> {
    let query = page_versions::table
        .inner_join(groups::table.on(groups::id.eq(page_versions::group_id)))
        .left_join(
            memberships::table.on(memberships::group_id
                .eq(page_versions::group_id)
                .and(memberships::user_id.eq(user))),
        )
        .left_join(rsvps::table.on(rsvps::event_id.eq(event).and(rsvps::user_id.eq(user))))
        .filter(groups::slug.eq(slug));
    let found: Option<(GroupId, i64, Option<MembershipRow>, Option<RsvpRow>)> = crate::on_backend!(c, c => query
            .select((
                page_versions::group_id,
                page_versions::version,
                Option::<MembershipRow>::as_select(),
                Option::<RsvpRow>::as_select(),
            ))
            .first(c)
            .optional())?;
    Ok(found.map(|(group, version, membership, answer)| Personal {
        group,
        tag: format!("{group}.{version}"),
        membership,
        answer,
    }))
}

/// A person's own part of an event page: see [`personal_of_slug`].
#[derive(Debug)]
pub struct Personal {
    pub group: GroupId,
    /// The group's page version, tagged as [`of_slug`] tags it.
    pub tag: String,
    pub membership: Option<MembershipRow>,
    pub answer: Option<RsvpRow>,
}
