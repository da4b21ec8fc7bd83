//! Private calendar feed tokens: one per person, stored as a SHA-256 only.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl,
    Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{Timestamp, id::UserId};

use crate::{
    DbConnection, DbError, on_backend,
    schema::{feed_tokens, users},
    users::UserRow,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = feed_tokens)]
pub struct FeedTokenRow {
    pub user_id: UserId,
    pub token_hash: String,
    pub all_group_events: bool,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
}

/// Creates the person's feed token or replaces it (the old one stops working at once).
pub fn replace(conn: &mut DbConnection, row: &FeedTokenRow) -> Result<(), DbError> {
    on_backend!(conn, c => {
        diesel::insert_into(feed_tokens::table)
            .values(row)
            .on_conflict(feed_tokens::user_id)
            .do_update()
            .set((
                feed_tokens::token_hash.eq(&row.token_hash),
                feed_tokens::all_group_events.eq(row.all_group_events),
                feed_tokens::created_at.eq(row.created_at),
                feed_tokens::last_used_at.eq(None::<Timestamp>),
            ))
            .execute(c)
    })?;
    Ok(())
}

pub fn find_for_user(
    conn: &mut DbConnection,
    user: UserId,
) -> Result<Option<FeedTokenRow>, DbError> {
    Ok(feed_tokens::table
        .find(user)
        .select(FeedTokenRow::as_select())
        .first(conn)
        .optional()?)
}

/// The token with this hash and its owner, unless the owner's account is deleted.
pub fn find_active(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<(FeedTokenRow, UserRow)>, DbError> {
    Ok(feed_tokens::table
        .inner_join(users::table.on(users::id.eq(feed_tokens::user_id)))
        .filter(feed_tokens::token_hash.eq(token_hash))
        .filter(users::deleted_at.is_null())
        .select((FeedTokenRow::as_select(), UserRow::as_select()))
        .first(conn)
        .optional()?)
}

/// Chooses whether the feed carries every event of the person's groups; false if they have
/// no feed.
pub fn set_all_group_events(
    conn: &mut DbConnection,
    user: UserId,
    all: bool,
) -> Result<bool, DbError> {
    Ok(diesel::update(feed_tokens::table.find(user))
        .set(feed_tokens::all_group_events.eq(all))
        .execute(conn)?
        > 0)
}

/// Records use, at most once an hour (calendar clients poll often).
pub fn touch(conn: &mut DbConnection, user: UserId, now: Timestamp) -> Result<(), DbError> {
    let stale = now - chrono::Duration::hours(1);
    diesel::update(
        feed_tokens::table.find(user).filter(
            feed_tokens::last_used_at
                .is_null()
                .or(feed_tokens::last_used_at.lt(stale)),
        ),
    )
    .set(feed_tokens::last_used_at.eq(now))
    .execute(conn)?;
    Ok(())
}

/// Revokes the person's feed token; false if there was none.
pub fn delete(conn: &mut DbConnection, user: UserId) -> Result<bool, DbError> {
    Ok(diesel::delete(feed_tokens::table.find(user)).execute(conn)? > 0)
}
