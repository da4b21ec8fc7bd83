//! Browsers that have logged in to an account before: the SHA-256 of a random cookie token,
//! bound to one account. A known device skips the per-account login throttle (its owner is
//! not locked out by a stranger's guesses) but never the per-client one.

use diesel::{ExpressionMethods, JoinOnDsl, QueryDsl, RunQueryDsl};
use muster_core::{Timestamp, id::UserId};

use crate::{
    DbConnection, DbError,
    schema::{known_devices, users},
};

/// How long a device stays known after it last logged in.
pub const LIFETIME: chrono::Duration = chrono::Duration::days(365);

/// Whether `token_hash` is a known device of the (not deleted) account with `email`.
pub fn is_known_for(
    conn: &mut DbConnection,
    token_hash: &str,
    email: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        known_devices::table
            .inner_join(users::table.on(users::id.eq(known_devices::user_id)))
            .filter(known_devices::token_hash.eq(token_hash))
            .filter(known_devices::last_used_at.gt(now - LIFETIME))
            .filter(users::email.eq(email))
            .filter(users::deleted_at.is_null()),
    ))
    .get_result(conn)?)
}

/// Marks `token_hash` as used by `user` now; `false` when it is not a device of `user`.
pub fn touch(
    conn: &mut DbConnection,
    token_hash: &str,
    user: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    let updated = diesel::update(
        known_devices::table
            .filter(known_devices::token_hash.eq(token_hash))
            .filter(known_devices::user_id.eq(user))
            .filter(known_devices::last_used_at.gt(now - LIFETIME)),
    )
    .set(known_devices::last_used_at.eq(now))
    .execute(conn)?;
    Ok(updated > 0)
}

/// Remembers a new device of `user`, and forgets the user's devices unused for a year.
pub fn insert(
    conn: &mut DbConnection,
    token_hash: &str,
    user: UserId,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::delete(
        known_devices::table
            .filter(known_devices::user_id.eq(user))
            .filter(known_devices::last_used_at.le(now - LIFETIME)),
    )
    .execute(conn)?;
    diesel::insert_into(known_devices::table)
        .values((
            known_devices::token_hash.eq(token_hash),
            known_devices::user_id.eq(user),
            known_devices::created_at.eq(now),
            known_devices::last_used_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}
