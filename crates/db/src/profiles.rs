//! What a person's profile page shows: the groups they belong to and the talks they gave.
//! Which of them a given viewer may see is the application's decision; these read the lot.

use diesel::{ExpressionMethods, JoinOnDsl, QueryDsl, RunQueryDsl, SelectableHelper};
use muster_core::{
    event::EventStatus,
    id::{GroupId, UserId},
    policy::MembershipStatus,
};

use crate::{
    DbConnection, DbError,
    events::EventRow,
    groups::GroupRow,
    memberships::MembershipRow,
    schema::{events, groups, memberships, talks},
    talks::TalkRow,
};

/// Most groups and talks a profile lists.
pub const PROFILE_LIMIT: i64 = 200;

/// The person's active memberships of live groups, by group name.
pub fn memberships_of(
    conn: &mut DbConnection,
    person: UserId,
) -> Result<Vec<(MembershipRow, GroupRow)>, DbError> {
    Ok(memberships::table
        .inner_join(groups::table.on(groups::id.eq(memberships::group_id)))
        .filter(memberships::user_id.eq(person))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(groups::deleted_at.is_null())
        .order((groups::name.asc(), groups::id.asc()))
        .limit(PROFILE_LIMIT)
        .select((MembershipRow::as_select(), GroupRow::as_select()))
        .load(conn)?)
}

/// The groups `viewer` is an active member of.
pub fn active_group_ids(conn: &mut DbConnection, viewer: UserId) -> Result<Vec<GroupId>, DbError> {
    Ok(memberships::table
        .filter(memberships::user_id.eq(viewer))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .select(memberships::group_id)
        .load(conn)?)
}

/// Talks the person gave or will give at published (or cancelled) events of live groups,
/// newest first.
pub fn talks_of(
    conn: &mut DbConnection,
    person: UserId,
) -> Result<Vec<(TalkRow, EventRow, GroupRow)>, DbError> {
    Ok(talks::table
        .inner_join(events::table.on(events::id.eq(talks::event_id)))
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(talks::speaker_user_id.eq(person))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .filter(groups::deleted_at.is_null())
        .order((events::starts_at.desc(), talks::position.asc()))
        .limit(PROFILE_LIMIT)
        .select((
            TalkRow::as_select(),
            EventRow::as_select(),
            GroupRow::as_select(),
        ))
        .load(conn)?)
}
