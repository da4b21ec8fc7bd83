//! Personal API tokens.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl,
    Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{ApiTokenId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{api_tokens, users},
    users::UserRow,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens)]
pub struct ApiTokenRow {
    pub id: ApiTokenId,
    pub user_id: UserId,
    pub name: String,
    pub token_hash: String,
    pub token_prefix: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
}

pub fn insert(conn: &mut DbConnection, token: &ApiTokenRow) -> Result<(), DbError> {
    diesel::insert_into(api_tokens::table)
        .values(token)
        .execute(conn)?;
    Ok(())
}

pub fn find_active(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<(ApiTokenRow, UserRow)>, DbError> {
    Ok(api_tokens::table
        .inner_join(users::table.on(users::id.eq(api_tokens::user_id)))
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(users::deleted_at.is_null())
        .select((ApiTokenRow::as_select(), UserRow::as_select()))
        .first(conn)
        .optional()?)
}

/// Records use, at most once per minute per token.
pub fn touch(conn: &mut DbConnection, id: ApiTokenId, now: Timestamp) -> Result<(), DbError> {
    let stale = now - chrono::Duration::minutes(1);
    diesel::update(
        api_tokens::table.find(id).filter(
            api_tokens::last_used_at
                .is_null()
                .or(api_tokens::last_used_at.lt(stale)),
        ),
    )
    .set(api_tokens::last_used_at.eq(now))
    .execute(conn)?;
    Ok(())
}

pub fn list_for_user(conn: &mut DbConnection, user: UserId) -> Result<Vec<ApiTokenRow>, DbError> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user))
        .order(api_tokens::created_at.desc())
        .select(ApiTokenRow::as_select())
        .load(conn)?)
}

/// Revokes one of `user`'s tokens; false if there was none (or it was someone else's).
pub fn delete(conn: &mut DbConnection, user: UserId, id: ApiTokenId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        api_tokens::table
            .find(id)
            .filter(api_tokens::user_id.eq(user)),
    )
    .execute(conn)?
        > 0)
}

pub fn delete_for_user(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    Ok(diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user))).execute(conn)?)
}
