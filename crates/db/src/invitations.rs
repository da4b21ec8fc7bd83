//! Invitations to groups. The token is minted when the email is sent; until then the row has
//! no token at all.

use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{GroupId, InvitationId, UserId},
};

use crate::{DbConnection, DbError, schema::group_invitations};

/// How long an invitation link works.
pub const LIFETIME: chrono::Duration = chrono::Duration::days(14);

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_invitations)]
pub struct InvitationRow {
    pub id: InvitationId,
    pub group_id: GroupId,
    pub email: String,
    pub token_hash: Option<String>,
    pub invited_by: Option<UserId>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
    pub accepted_by: Option<UserId>,
}

pub fn insert(conn: &mut DbConnection, row: &InvitationRow) -> Result<(), DbError> {
    diesel::insert_into(group_invitations::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// Stores the digest of the token being sent; false if the invitation is gone or used.
pub fn set_token(
    conn: &mut DbConnection,
    id: InvitationId,
    token_hash: &str,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        group_invitations::table
            .find(id)
            .filter(group_invitations::accepted_at.is_null()),
    )
    .set(group_invitations::token_hash.eq(Some(token_hash)))
    .execute(conn)?
        > 0)
}

pub fn find_by_token(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<InvitationRow>, DbError> {
    Ok(group_invitations::table
        .filter(group_invitations::token_hash.eq(token_hash))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()?)
}

/// Marks an invitation used; false if someone used it first.
pub fn accept(
    conn: &mut DbConnection,
    id: InvitationId,
    by: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        group_invitations::table
            .find(id)
            .filter(group_invitations::accepted_at.is_null()),
    )
    .set((
        group_invitations::accepted_at.eq(Some(now)),
        group_invitations::accepted_by.eq(Some(by)),
    ))
    .execute(conn)?
        > 0)
}
