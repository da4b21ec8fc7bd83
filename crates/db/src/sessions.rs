//! Server-side sessions.

use diesel::{
    ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl, Selectable,
    SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{SessionId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{sessions, users},
    users::UserRow,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: SessionId,
    pub user_id: UserId,
    pub token_hash: String,
    pub user_agent: String,
    pub client_ip: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
}

pub fn insert(conn: &mut DbConnection, session: &SessionRow) -> Result<(), DbError> {
    diesel::insert_into(sessions::table)
        .values(session)
        .execute(conn)?;
    Ok(())
}

/// The unexpired session with this token digest, and its (not deleted) user.
pub fn find_active(
    conn: &mut DbConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<Option<(SessionRow, UserRow)>, DbError> {
    let query = sessions::table
        .inner_join(users::table.on(users::id.eq(sessions::user_id)))
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now))
        .filter(users::deleted_at.is_null());
    Ok(crate::on_backend!(conn, c => query
        .select((SessionRow::as_select(), UserRow::as_select()))
        .first(c)
        .optional())?)
}

/// Records activity, at most once per `granularity`, so reading pages does not write on
/// every request.
pub fn touch(
    conn: &mut DbConnection,
    id: SessionId,
    now: Timestamp,
    granularity: chrono::Duration,
) -> Result<(), DbError> {
    diesel::update(
        sessions::table
            .find(id)
            .filter(sessions::last_seen_at.lt(now - granularity)),
    )
    .set(sessions::last_seen_at.eq(now))
    .execute(conn)?;
    Ok(())
}

pub fn list_for_user(conn: &mut DbConnection, user: UserId) -> Result<Vec<SessionRow>, DbError> {
    Ok(sessions::table
        .filter(sessions::user_id.eq(user))
        .order(sessions::last_seen_at.desc())
        .select(SessionRow::as_select())
        .load(conn)?)
}

/// Deletes one session of `user`; false if there was none (or it was someone else's).
pub fn delete(conn: &mut DbConnection, user: UserId, id: SessionId) -> Result<bool, DbError> {
    Ok(
        diesel::delete(sessions::table.find(id).filter(sessions::user_id.eq(user)))
            .execute(conn)?
            > 0,
    )
}

pub fn delete_by_token(conn: &mut DbConnection, token_hash: &str) -> Result<(), DbError> {
    diesel::delete(sessions::table.filter(sessions::token_hash.eq(token_hash))).execute(conn)?;
    Ok(())
}

/// "Log out everywhere": every session of `user`, optionally sparing one.
pub fn delete_for_user_except(
    conn: &mut DbConnection,
    user: UserId,
    keep: Option<SessionId>,
) -> Result<usize, DbError> {
    let mut query = diesel::delete(sessions::table)
        .filter(sessions::user_id.eq(user))
        .into_boxed();
    if let Some(keep) = keep {
        query = query.filter(sessions::id.ne(keep));
    }
    Ok(query.execute(conn)?)
}

pub fn delete_for_user(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    delete_for_user_except(conn, user, None)
}

pub fn delete_expired(conn: &mut DbConnection, now: Timestamp) -> Result<usize, DbError> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?)
}

/// Whether [`delete_expired`] has anything to do (a read, to spare the writer).
pub fn any_expired(conn: &mut DbConnection, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        sessions::table.filter(sessions::expires_at.le(now)),
    ))
    .get_result(conn)?)
}
