//! The scheduler tick: time-driven work that nobody's request causes. Each pass is safe to run
//! any number of times, on any number of workers at once — everything it creates has a
//! natural unique key.
//!
//! * Recurring series get their occurrences for the next 90 days (`series::materialize`).
//! * Groups whose "next event" has started get their next and last event dates refreshed (the
//!   directory sorts by them).
//! * Housekeeping: expired sessions and emailed tokens, and rate-limit counters whose window
//!   is long over, are deleted.
//!
//! Each step looks with a read first and takes the writer (`BEGIN IMMEDIATE` on SQLite) only
//! when it has something to do: a tick with nothing to do never takes the write lock.

use std::{sync::Arc, time::Duration};

use muster_core::clock::Clock;
use muster_db::{Db, DbError, email_tokens, events, rate_limits, series, sessions};
use tokio::sync::watch;

/// What one tick did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickReport {
    /// Series whose window was extended.
    pub series: usize,
    /// Events created for them.
    pub events_created: usize,
    /// Groups whose event dates were refreshed.
    pub groups_refreshed: usize,
    /// Expired sessions deleted.
    pub sessions_deleted: usize,
    /// Expired (used or unused) emailed tokens deleted.
    pub email_tokens_deleted: usize,
    /// Rate-limit counters deleted.
    pub rate_limits_pruned: usize,
}

/// Runs the tick.
#[derive(Clone)]
pub struct Scheduler {
    db: Db,
    clock: Arc<dyn Clock>,
    interval: Duration,
}

/// Series handled per transaction: keeps each write short.
const BATCH: i64 = 20;

impl Scheduler {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Scheduler {
        Scheduler {
            db,
            clock,
            interval: Duration::from_secs(60),
        }
    }

    /// One pass over everything due.
    pub async fn tick(&self) -> Result<TickReport, DbError> {
        let mut report = TickReport::default();
        loop {
            let now = self.clock.now();
            let any_due = self
                .db
                .read(move |c| Ok(!series::due(c, now, 1)?.is_empty()))
                .await?;
            if !any_due {
                break;
            }
            let (series_done, created) = self
                .db
                .write(move |c| {
                    let due = series::due(c, now, BATCH)?;
                    let mut created = 0;
                    for row in &due {
                        created += series::materialize(c, row, now)?.len();
                    }
                    Ok((due.len(), created))
                })
                .await?;
            report.series += series_done;
            report.events_created += created;
            if i64::try_from(series_done).unwrap_or(0) < BATCH {
                break;
            }
        }

        let now = self.clock.now();
        let any_stale = self
            .db
            .read(move |c| Ok(!events::groups_with_stale_next_event(c, now, 1)?.is_empty()))
            .await?;
        if any_stale {
            report.groups_refreshed = self
                .db
                .write(move |c| {
                    let stale = events::groups_with_stale_next_event(c, now, 500)?;
                    for group in &stale {
                        events::refresh_group_dates(c, *group, now)?;
                    }
                    Ok(stale.len())
                })
                .await?;
        }

        let now = self.clock.now();
        let any_expired = self
            .db
            .read(move |c| {
                Ok(sessions::any_expired(c, now)?
                    || email_tokens::any_expired(c, now)?
                    || rate_limits::any_stale(c, now)?)
            })
            .await?;
        if any_expired {
            (
                report.sessions_deleted,
                report.email_tokens_deleted,
                report.rate_limits_pruned,
            ) = self
                .db
                .write(move |c| {
                    Ok((
                        sessions::delete_expired(c, now)?,
                        email_tokens::delete_expired(c, now)?,
                        rate_limits::prune(c, now)?,
                    ))
                })
                .await?;
        }
        Ok(report)
    }

    /// Ticks every minute until `shutdown` turns true.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                break;
            }
            match self.tick().await {
                Ok(report) if report != TickReport::default() => {
                    tracing::info!(?report, "scheduler tick")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "scheduler tick failed; retrying"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.interval) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}
