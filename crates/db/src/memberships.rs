//! People's standing with groups.

use diesel::{
    ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl, Selectable,
    SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{GroupId, MembershipId, UserId},
    policy::{Membership, MembershipStatus},
    roles::Role,
};

use crate::{
    DbConnection, DbError,
    groups::GroupRow,
    schema::{groups, memberships, users},
    users::UserRow,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = memberships)]
pub struct MembershipRow {
    pub id: MembershipId,
    pub group_id: GroupId,
    pub user_id: UserId,
    pub role: Role,
    pub status: MembershipStatus,
    pub answers: String,
    pub hidden: bool,
    pub conduct_version: Option<i32>,
    pub conduct_accepted_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The member allows their name and attendance in the group's archive.
    pub in_archive: bool,
}

impl MembershipRow {
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn status(&self) -> MembershipStatus {
        self.status
    }

    pub fn policy_view(&self) -> Membership {
        Membership {
            role: self.role(),
            status: self.status(),
        }
    }

    pub fn answers(&self) -> Vec<String> {
        serde_json::from_str(&self.answers).unwrap_or_default()
    }

    pub fn new(
        group: GroupId,
        user: UserId,
        role: Role,
        status: MembershipStatus,
        now: Timestamp,
    ) -> MembershipRow {
        MembershipRow {
            id: MembershipId::new(),
            group_id: group,
            user_id: user,
            role,
            status,
            answers: "[]".to_owned(),
            hidden: false,
            conduct_version: None,
            conduct_accepted_at: None,
            created_at: now,
            updated_at: now,
            in_archive: false,
        }
    }
}

pub fn find(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
) -> Result<Option<MembershipRow>, DbError> {
    let query = memberships::table
        .filter(memberships::group_id.eq(group))
        .filter(memberships::user_id.eq(user));
    Ok(crate::on_backend!(conn, c => query
        .select(MembershipRow::as_select())
        .first(c)
        .optional())?)
}

/// The memberships of any of `users` in any of `groups` (one query; the caller picks its
/// pairs).
pub fn find_among(
    conn: &mut DbConnection,
    groups: &[GroupId],
    users: &[UserId],
) -> Result<Vec<MembershipRow>, DbError> {
    if groups.is_empty() || users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(memberships::table
        .filter(memberships::group_id.eq_any(groups))
        .filter(memberships::user_id.eq_any(users))
        .select(MembershipRow::as_select())
        .load(conn)?)
}

pub fn insert(conn: &mut DbConnection, row: &MembershipRow) -> Result<(), DbError> {
    diesel::insert_into(memberships::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// Replaces a membership's status, role, answers and conduct acceptance.
pub fn save(conn: &mut DbConnection, row: &MembershipRow, now: Timestamp) -> Result<(), DbError> {
    diesel::update(memberships::table.find(row.id))
        .set((
            memberships::role.eq(&row.role),
            memberships::status.eq(&row.status),
            memberships::answers.eq(&row.answers),
            memberships::hidden.eq(row.hidden),
            memberships::conduct_version.eq(row.conduct_version),
            memberships::conduct_accepted_at.eq(row.conduct_accepted_at),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The query type of [`active_row`].
type ActiveRow = diesel::dsl::Filter<
    diesel::dsl::Filter<
        diesel::dsl::Filter<memberships::table, diesel::dsl::Eq<memberships::group_id, GroupId>>,
        diesel::dsl::Eq<memberships::user_id, UserId>,
    >,
    diesel::dsl::Eq<memberships::status, &'static str>,
>;

/// One person's active membership row, for targeted updates.
fn active_row(group: GroupId, user: UserId) -> ActiveRow {
    memberships::table
        .filter(memberships::group_id.eq(group))
        .filter(memberships::user_id.eq(user))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
}

/// A member's own choices about where their name appears; `None` leaves one as it is.
#[derive(Debug, Clone, Copy, AsChangeset)]
#[diesel(table_name = memberships)]
pub struct MemberChoices {
    /// Hidden from the public member list.
    pub hidden: Option<bool>,
    /// Named (with their attendance) in the group's archive.
    pub in_archive: Option<bool>,
    pub updated_at: Timestamp,
}

/// Saves an active member's choices; false if they are not one (any more).
pub fn set_choices(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
    choices: &MemberChoices,
) -> Result<bool, DbError> {
    Ok(diesel::update(active_row(group, user))
        .set(choices)
        .execute(conn)?
        > 0)
}

/// Records that an active member accepted `version` of the code of conduct.
pub fn accept_conduct(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
    version: i32,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(active_row(group, user))
        .set((
            memberships::conduct_version.eq(Some(version)),
            memberships::conduct_accepted_at.eq(Some(now)),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?
        > 0)
}

/// Gives an active member `role`; false if they are not one (any more).
pub fn set_role(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
    role: Role,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(active_row(group, user))
        .set((
            memberships::role.eq(role.as_str()),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?
        > 0)
}

/// Moves a membership from `from` to `to` (and to `role`); false if it was no longer `from`.
pub fn transition(
    conn: &mut DbConnection,
    group: GroupId,
    user: UserId,
    from: MembershipStatus,
    to: MembershipStatus,
    role: Role,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        memberships::table
            .filter(memberships::group_id.eq(group))
            .filter(memberships::user_id.eq(user))
            .filter(memberships::status.eq(from.as_str())),
    )
    .set((
        memberships::status.eq(to.as_str()),
        memberships::role.eq(role.as_str()),
        memberships::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}

/// Deletes every membership of a person (their account is being deleted).
pub fn delete_for_user(conn: &mut DbConnection, user: UserId) -> Result<Vec<GroupId>, DbError> {
    let groups: Vec<GroupId> = memberships::table
        .filter(memberships::user_id.eq(user))
        .select(memberships::group_id)
        .load(conn)?;
    diesel::delete(memberships::table.filter(memberships::user_id.eq(user))).execute(conn)?;
    Ok(groups)
}

/// Groups where this person is the only organizer, by name: one query, whose GROUP BY counts
/// the active organizers of each group this person organizes.
pub fn sole_organizer_of(conn: &mut DbConnection, user: UserId) -> Result<Vec<GroupRow>, DbError> {
    let active = MembershipStatus::Active.as_str();
    let organizer = Role::Organizer.as_str();
    let mine = diesel::alias!(memberships as mine);
    let theirs = mine
        .filter(mine.field(memberships::user_id).eq(user))
        .filter(mine.field(memberships::status).eq(active))
        .filter(mine.field(memberships::role).eq(organizer))
        .select(mine.field(memberships::group_id));
    let alone = memberships::table
        .filter(memberships::status.eq(active))
        .filter(memberships::role.eq(organizer))
        .filter(memberships::group_id.eq_any(theirs))
        .group_by(memberships::group_id)
        .having(diesel::dsl::count_star().le(1))
        .select(memberships::group_id);
    Ok(groups::table
        .filter(groups::id.eq_any(alone))
        .filter(groups::deleted_at.is_null())
        .order(groups::name.asc())
        .select(GroupRow::as_select())
        .load(conn)?)
}

pub fn delete(conn: &mut DbConnection, group: GroupId, user: UserId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        memberships::table
            .filter(memberships::group_id.eq(group))
            .filter(memberships::user_id.eq(user)),
    )
    .execute(conn)?
        > 0)
}

/// Active members holding `role`.
pub fn count_with_role(
    conn: &mut DbConnection,
    group: GroupId,
    role: Role,
) -> Result<i64, DbError> {
    Ok(memberships::table
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(memberships::role.eq(role.as_str()))
        .count()
        .get_result(conn)?)
}

/// The most memberships one list returns.
pub const LIST_LIMIT: i64 = 5000;

/// Memberships of a group in `status` with their people, organizers first, then by name (at
/// most `limit`, taken in name order).
pub fn list(
    conn: &mut DbConnection,
    group: GroupId,
    status: MembershipStatus,
    limit: i64,
) -> Result<Vec<(MembershipRow, UserRow)>, DbError> {
    // The SQL order decides which rows the limit keeps; the display order (by role, then by
    // name whatever its case) is applied once here, each row's key computed once. The sort is
    // stable, so equal keys keep the SQL order.
    let mut rows: Vec<(MembershipRow, UserRow)> = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(status.as_str()))
        .filter(users::deleted_at.is_null())
        .order((users::display_name.asc(), users::id.asc()))
        .limit(limit.clamp(1, LIST_LIMIT))
        .select((MembershipRow::as_select(), UserRow::as_select()))
        .load(conn)?;
    rows.sort_by_cached_key(|(m, u)| (m.role(), u.display_name.to_lowercase()));
    Ok(rows)
}

/// Active members in an organizing role (shown on the group page, emailed about reports).
pub fn organizers(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<(MembershipRow, UserRow)>, DbError> {
    let mut rows: Vec<(MembershipRow, UserRow)> = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(memberships::role.ne(Role::Member.as_str()))
        .filter(users::deleted_at.is_null())
        .select((MembershipRow::as_select(), UserRow::as_select()))
        .load(conn)?;
    rows.sort_by(|a, b| {
        a.0.role()
            .cmp(&b.0.role())
            .then_with(|| a.1.display_name.cmp(&b.1.display_name))
    });
    Ok(rows)
}

/// Every group a person has a membership in, with the group.
pub fn of_user(
    conn: &mut DbConnection,
    user: UserId,
) -> Result<Vec<(MembershipRow, GroupRow)>, DbError> {
    Ok(memberships::table
        .inner_join(groups::table.on(groups::id.eq(memberships::group_id)))
        .filter(memberships::user_id.eq(user))
        .filter(groups::deleted_at.is_null())
        .order(groups::name.asc())
        .select((MembershipRow::as_select(), GroupRow::as_select()))
        .load(conn)?)
}

/// Which of `users` are active members of `group` (one query): the rule for hosts, speakers
/// and people an organizer adds to an event.
pub fn active_among(
    conn: &mut DbConnection,
    group: GroupId,
    users: &[UserId],
) -> Result<Vec<UserId>, DbError> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(memberships::table
        .filter(memberships::group_id.eq(group))
        .filter(memberships::user_id.eq_any(users))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .select(memberships::user_id)
        .load(conn)?)
}
