//! Fixed-window counters in the database, so every instance shares them.

use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use muster_core::Timestamp;

use crate::{DbConnection, DbError, schema::rate_limits};

/// How long a counter is kept after its window started. A counter older than its window
/// counts nothing (the next hit starts a new window), so [`prune`] may delete it; every
/// [`Limit`]'s window must be at most this long.
pub const RETENTION: chrono::Duration = chrono::Duration::days(2);

/// A limit: at most `max` hits per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: i32,
    pub window: chrono::Duration,
}

/// Counts one hit against `bucket` atomically and says whether it was within the limit:
/// `Err(retry_after)` when over. Concurrent callers each see a distinct count, so N parallel
/// attempts cannot all slip under the limit.
pub fn hit(
    conn: &mut DbConnection,
    bucket: &str,
    limit: Limit,
    now: Timestamp,
) -> Result<Result<(), u64>, DbError> {
    diesel::update(
        rate_limits::table
            .find(bucket)
            .filter(rate_limits::window_started_at.le(now - limit.window)),
    )
    .set((
        rate_limits::window_started_at.eq(now),
        rate_limits::hits.eq(0),
    ))
    .execute(conn)?;
    let (started, hits): (Timestamp, i32) = crate::on_backend!(conn, c => diesel::insert_into(rate_limits::table)
        .values((
            rate_limits::bucket.eq(bucket),
            rate_limits::window_started_at.eq(now),
            rate_limits::hits.eq(1),
        ))
        .on_conflict(rate_limits::bucket)
        .do_update()
        .set(rate_limits::hits.eq(rate_limits::hits + 1))
        .returning((rate_limits::window_started_at, rate_limits::hits))
        .get_result(c))?;
    if hits > limit.max {
        let remaining = (started + limit.window) - now;
        return Ok(Err(u64::try_from(remaining.num_seconds())
            .unwrap_or(0)
            .max(1)));
    }
    Ok(Ok(()))
}

/// Gives back one hit (an attempt that turned out to be fine).
pub fn refund(conn: &mut DbConnection, bucket: &str) -> Result<(), DbError> {
    diesel::update(
        rate_limits::table
            .find(bucket)
            .filter(rate_limits::hits.gt(0)),
    )
    .set(rate_limits::hits.eq(rate_limits::hits - 1))
    .execute(conn)?;
    Ok(())
}

pub fn clear(conn: &mut DbConnection, bucket: &str) -> Result<(), DbError> {
    diesel::delete(rate_limits::table.find(bucket)).execute(conn)?;
    Ok(())
}

fn stale(now: Timestamp) -> Timestamp {
    now - RETENTION
}

/// Removes counters whose window started more than [`RETENTION`] ago.
pub fn prune(conn: &mut DbConnection, now: Timestamp) -> Result<usize, DbError> {
    Ok(
        diesel::delete(rate_limits::table.filter(rate_limits::window_started_at.lt(stale(now))))
            .execute(conn)?,
    )
}

/// Whether [`prune`] has anything to do (a read, to spare the writer).
pub fn any_stale(conn: &mut DbConnection, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        rate_limits::table.filter(rate_limits::window_started_at.lt(stale(now))),
    ))
    .get_result(conn)?)
}
