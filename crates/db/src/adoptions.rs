//! Requests to adopt a dormant group or an unclaimed directory entry, and deleted groups an
//! administrator may restore.

use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{AdoptionRequestId, GroupId, UserId},
};

use crate::{
    DbConnection, DbError,
    groups::GroupRow,
    schema::{adoption_requests, groups},
};

/// Where a request stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum AdoptionStatus {
    /// Waiting: for the organizers' grace period to pass, then for an administrator.
    Pending,
    /// An organizer of the group said no within the grace period.
    Refused,
    /// An administrator approved it: the requester organizes the group.
    Approved,
    /// The requester took it back.
    Withdrawn,
    /// An administrator said no (or another request was approved).
    Rejected,
}

impl AdoptionStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            AdoptionStatus::Pending => "pending",
            AdoptionStatus::Refused => "refused",
            AdoptionStatus::Approved => "approved",
            AdoptionStatus::Withdrawn => "withdrawn",
            AdoptionStatus::Rejected => "rejected",
        }
    }

    pub const ALL: [AdoptionStatus; 5] = [
        AdoptionStatus::Pending,
        AdoptionStatus::Refused,
        AdoptionStatus::Approved,
        AdoptionStatus::Withdrawn,
        AdoptionStatus::Rejected,
    ];
}

crate::types::text_enum_column!(AdoptionStatus, "an adoption request's status", |t: &str| {
    AdoptionStatus::ALL.into_iter().find(|s| s.as_str() == t)
});

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = adoption_requests)]
pub struct AdoptionRow {
    pub id: AdoptionRequestId,
    pub group_id: GroupId,
    pub requested_by: UserId,
    pub message: String,
    pub status: AdoptionStatus,
    pub created_at: Timestamp,
    /// Until then the group's organizers may refuse; an administrator may approve only after
    /// it (for an unclaimed listing it is the moment of the request).
    pub grace_ends_at: Timestamp,
    pub decided_by: Option<UserId>,
    pub decided_at: Option<Timestamp>,
    pub reason: String,
    /// When the group's organizers lifted their refusal (its person may ask again).
    pub refusal_lifted_at: Option<Timestamp>,
}

impl AdoptionRow {
    pub fn is_pending(&self) -> bool {
        self.status == AdoptionStatus::Pending
    }
}

pub fn insert(conn: &mut DbConnection, row: &AdoptionRow) -> Result<(), DbError> {
    diesel::insert_into(adoption_requests::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find(
    conn: &mut DbConnection,
    id: AdoptionRequestId,
) -> Result<Option<AdoptionRow>, DbError> {
    Ok(adoption_requests::table
        .find(id)
        .select(AdoptionRow::as_select())
        .first(conn)
        .optional()?)
}

/// The pending requests for a group, oldest first.
pub fn pending_for_group(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<AdoptionRow>, DbError> {
    Ok(adoption_requests::table
        .filter(adoption_requests::group_id.eq(group))
        .filter(adoption_requests::status.eq(AdoptionStatus::Pending.as_str()))
        .order((
            adoption_requests::created_at.asc(),
            adoption_requests::id.asc(),
        ))
        .select(AdoptionRow::as_select())
        .load(conn)?)
}

/// One person's most recent request for a group (pending or decided).
pub fn latest_by(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
) -> Result<Option<AdoptionRow>, DbError> {
    Ok(adoption_requests::table
        .filter(adoption_requests::group_id.eq(group))
        .filter(adoption_requests::requested_by.eq(user))
        .order((
            adoption_requests::created_at.desc(),
            adoption_requests::id.desc(),
        ))
        .select(AdoptionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Lifts a refusal: its person may ask again.
pub fn lift_refusal(
    conn: &mut DbConnection,
    id: AdoptionRequestId,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(adoption_requests::table.find(id))
        .set(adoption_requests::refusal_lifted_at.eq(Some(now)))
        .execute(conn)?;
    Ok(())
}

/// The group's refused requests whose refusal still holds at `now` (decided after `since`),
/// newest first: organizers may lift them.
pub fn refusals_in_force(
    conn: &mut DbConnection,
    group: GroupId,
    since: Timestamp,
) -> Result<Vec<AdoptionRow>, DbError> {
    Ok(adoption_requests::table
        .filter(adoption_requests::group_id.eq(group))
        .filter(adoption_requests::status.eq(AdoptionStatus::Refused))
        .filter(adoption_requests::refusal_lifted_at.is_null())
        .filter(adoption_requests::decided_at.gt(since))
        .order(adoption_requests::decided_at.desc())
        .limit(LIST_LIMIT)
        .select(AdoptionRow::as_select())
        .load(conn)?)
}

/// Most pending requests listed at once for administrators.
pub const LIST_LIMIT: i64 = 200;

/// Every pending request on the instance with its (live) group, oldest first.
pub fn pending(conn: &mut DbConnection) -> Result<Vec<(AdoptionRow, GroupRow)>, DbError> {
    Ok(adoption_requests::table
        .inner_join(groups::table)
        .filter(adoption_requests::status.eq(AdoptionStatus::Pending.as_str()))
        .filter(groups::deleted_at.is_null())
        .order((
            adoption_requests::created_at.asc(),
            adoption_requests::id.asc(),
        ))
        .limit(LIST_LIMIT)
        .select((AdoptionRow::as_select(), GroupRow::as_select()))
        .load(conn)?)
}

/// Closes a pending request as `status`; false if it was no longer pending (decided meanwhile).
pub fn decide(
    conn: &mut DbConnection,
    id: AdoptionRequestId,
    status: AdoptionStatus,
    by: Option<UserId>,
    reason: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        adoption_requests::table
            .find(id)
            .filter(adoption_requests::status.eq(AdoptionStatus::Pending.as_str())),
    )
    .set((
        adoption_requests::status.eq(status.as_str()),
        adoption_requests::decided_by.eq(by),
        adoption_requests::decided_at.eq(Some(now)),
        adoption_requests::reason.eq(reason),
    ))
    .execute(conn)?
        > 0)
}

/// A person's pending requests, any group (withdrawn when the account is deleted).
pub fn pending_by(conn: &mut DbConnection, user: UserId) -> Result<Vec<AdoptionRow>, DbError> {
    Ok(adoption_requests::table
        .filter(adoption_requests::requested_by.eq(user))
        .filter(adoption_requests::status.eq(AdoptionStatus::Pending.as_str()))
        .select(AdoptionRow::as_select())
        .load(conn)?)
}

// ----------------------------------------------------------------------------- deleted groups

/// Groups deleted at or after `since`, most recently deleted first.
pub fn deleted_groups_since(
    conn: &mut DbConnection,
    since: Timestamp,
) -> Result<Vec<GroupRow>, DbError> {
    Ok(groups::table
        .filter(groups::deleted_at.ge(since))
        .order(groups::deleted_at.desc())
        .limit(LIST_LIMIT)
        .select(GroupRow::as_select())
        .load(conn)?)
}

/// A deleted group by its slug (slugs of deleted groups stay reserved, so there is one).
pub fn find_deleted_by_slug(
    conn: &mut DbConnection,
    slug: &str,
) -> Result<Option<GroupRow>, DbError> {
    Ok(groups::table
        .filter(groups::slug.eq(slug))
        .filter(groups::deleted_at.is_not_null())
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?)
}

/// Brings a deleted group back (its events, members and history were never removed).
pub fn undelete(conn: &mut DbConnection, id: GroupId, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::update(
        groups::table
            .find(id)
            .filter(groups::deleted_at.is_not_null()),
    )
    .set((
        groups::deleted_at.eq(None::<Timestamp>),
        groups::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}
