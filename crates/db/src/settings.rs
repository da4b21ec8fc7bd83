//! Instance-wide settings: a small key/value table.

use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl};
use muster_core::Timestamp;

use crate::{DbConnection, DbError, schema::instance_settings};

pub fn get(conn: &mut DbConnection, key: &str) -> Result<Option<String>, DbError> {
    Ok(instance_settings::table
        .find(key)
        .select(instance_settings::value)
        .first::<String>(conn)
        .optional()?)
}

/// Inserts or replaces the value of `key`.
pub fn set(conn: &mut DbConnection, key: &str, value: &str, now: Timestamp) -> Result<(), DbError> {
    crate::on_backend!(conn, c => diesel::insert_into(instance_settings::table)
        .values((
            instance_settings::key.eq(key),
            instance_settings::value.eq(value),
            instance_settings::updated_at.eq(now),
        ))
        .on_conflict(instance_settings::key)
        .do_update()
        .set((
            instance_settings::value.eq(value),
            instance_settings::updated_at.eq(now),
        ))
        .execute(c))?;
    Ok(())
}
