//! Single-use, expiring tokens sent by email. The plaintext only ever exists in the email;
//! the table holds its SHA-256.

use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    account::TokenPurpose,
    id::{EmailTokenId, UserId},
    secrets::SecretToken,
};

use crate::{DbConnection, DbError, schema::email_tokens};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = email_tokens)]
pub struct EmailTokenRow {
    pub id: EmailTokenId,
    pub user_id: UserId,
    pub purpose: TokenPurpose,
    pub token_hash: String,
    pub new_email: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// What a presented token turned out to be.
#[derive(Debug, Clone)]
pub enum TokenState {
    Valid(EmailTokenRow),
    AlreadyUsed,
    Expired,
    /// Never issued, superseded by a newer token, or forged.
    Unknown,
}

/// Stores `token` for `user`. Older unused tokens of the same purpose stop working: only the
/// newest link in someone's inbox is valid.
pub fn mint(
    conn: &mut DbConnection,
    user: UserId,
    purpose: TokenPurpose,
    new_email: Option<&str>,
    token: &SecretToken,
    now: Timestamp,
) -> Result<(), DbError> {
    delete_for_user_purpose(conn, user, purpose)?;
    diesel::insert_into(email_tokens::table)
        .values(EmailTokenRow {
            id: EmailTokenId::new(),
            user_id: user,
            purpose,
            token_hash: token.digest(),
            new_email: new_email.map(str::to_owned),
            created_at: now,
            expires_at: now + purpose.lifetime(),
            used_at: None,
        })
        .execute(conn)?;
    Ok(())
}

fn find(
    conn: &mut DbConnection,
    token: &SecretToken,
    purpose: TokenPurpose,
) -> Result<Option<EmailTokenRow>, DbError> {
    Ok(email_tokens::table
        .filter(email_tokens::token_hash.eq(token.digest()))
        .filter(email_tokens::purpose.eq(purpose.as_str()))
        .select(EmailTokenRow::as_select())
        .first(conn)
        .optional()?)
}

fn state_of(row: Option<EmailTokenRow>, now: Timestamp) -> TokenState {
    match row {
        None => TokenState::Unknown,
        Some(row) if row.used_at.is_some() => TokenState::AlreadyUsed,
        Some(row) if row.expires_at <= now => TokenState::Expired,
        Some(row) => TokenState::Valid(row),
    }
}

/// Looks at a token without using it (to render the page with the confirm button).
pub fn inspect(
    conn: &mut DbConnection,
    token: &SecretToken,
    purpose: TokenPurpose,
    now: Timestamp,
) -> Result<TokenState, DbError> {
    Ok(state_of(find(conn, token, purpose)?, now))
}

/// Uses a token. Exactly one caller can consume a valid token, even under concurrency: the
/// update only matches while `used_at` is still empty.
pub fn consume(
    conn: &mut DbConnection,
    token: &SecretToken,
    purpose: TokenPurpose,
    now: Timestamp,
) -> Result<TokenState, DbError> {
    let state = state_of(find(conn, token, purpose)?, now);
    let TokenState::Valid(mut row) = state else {
        return Ok(state);
    };
    let claimed = diesel::update(
        email_tokens::table
            .find(row.id)
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(Some(now)))
    .execute(conn)?;
    if claimed == 0 {
        return Ok(TokenState::AlreadyUsed);
    }
    row.used_at = Some(now);
    Ok(TokenState::Valid(row))
}

pub fn delete_for_user_purpose(
    conn: &mut DbConnection,
    user: UserId,
    purpose: TokenPurpose,
) -> Result<usize, DbError> {
    Ok(diesel::delete(
        email_tokens::table
            .filter(email_tokens::user_id.eq(user))
            .filter(email_tokens::purpose.eq(purpose.as_str()))
            .filter(email_tokens::used_at.is_null()),
    )
    .execute(conn)?)
}

pub fn delete_for_user(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    Ok(diesel::delete(email_tokens::table.filter(email_tokens::user_id.eq(user))).execute(conn)?)
}

/// Deletes tokens past their expiry, used or not: an expired link answers "expired" only
/// until this runs, and "not valid" afterwards.
pub fn delete_expired(conn: &mut DbConnection, now: Timestamp) -> Result<usize, DbError> {
    Ok(
        diesel::delete(email_tokens::table.filter(email_tokens::expires_at.le(now)))
            .execute(conn)?,
    )
}

/// Whether [`delete_expired`] has anything to do (a read, to spare the writer).
pub fn any_expired(conn: &mut DbConnection, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        email_tokens::table.filter(email_tokens::expires_at.le(now)),
    ))
    .get_result(conn)?)
}
