//! Directory entries imported from elsewhere (`group_listings`): each source's key for an
//! entry, so that importing the same source again finds the group it created before.

use diesel::prelude::*;
use muster_core::{Timestamp, id::GroupId};

use crate::{DbConnection, DbError, schema::group_listings};

/// The group imported before under `key` from `source`, if any.
pub fn find(conn: &mut DbConnection, source: &str, key: &str) -> Result<Option<GroupId>, DbError> {
    Ok(group_listings::table
        .filter(group_listings::source.eq(source))
        .filter(group_listings::source_key.eq(key))
        .select(group_listings::group_id)
        .first(conn)
        .optional()?)
}

/// Remembers that `group` is the entry `key` of `source`.
pub fn record(
    conn: &mut DbConnection,
    source: &str,
    key: &str,
    group: GroupId,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::insert_into(group_listings::table)
        .values((
            group_listings::source.eq(source),
            group_listings::source_key.eq(key),
            group_listings::group_id.eq(group),
            group_listings::imported_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}
