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

use std::{collections::HashSet, sync::Arc, time::Duration};

use muster_core::{
    Timestamp, clock::Clock, event::EventStatus, id::EventId, notify::ReminderHours,
};
use muster_db::{
    Db, DbConnection, DbError, email_tokens, events,
    notifications::{self, ReminderCandidate, RunOutcome},
    rate_limits, series, sessions,
};
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
    /// Reminder moments handled, and the reminders they queued.
    pub reminder_runs: usize,
    pub reminders_queued: usize,
    /// Reminders not sent because their moment passed while no worker ran and the event had
    /// started by then (or a later reminder for the same event was due too).
    pub reminders_missed: usize,
    /// Series meetups announced as they came within two weeks.
    pub announcements: usize,
    /// Expired email links and old reminder runs deleted.
    pub email_links_deleted: usize,
    pub reminder_runs_pruned: usize,
    /// Emails queued with new replies to the followers of discussion threads.
    pub thread_emails: usize,
}

/// Runs the tick.
#[derive(Clone)]
pub struct Scheduler {
    db: Db,
    clock: Arc<dyn Clock>,
    interval: Duration,
    /// Tells the fediverse of the meetups series make.
    federation: Option<Arc<muster_app::federation::Federation>>,
}

/// Reminder runs are kept this long after their event started, then forgotten.
const RUNS_KEPT: chrono::Duration = chrono::Duration::days(30);

/// Reminder moments handled per write transaction.
const MOMENTS_PER_WRITE: usize = 10;

/// One reminder moment of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Moment {
    event: EventId,
    hours: i32,
    starts_at: Timestamp,
    /// A later reminder of the same event is due too (downtime): only that one is sent.
    superseded: bool,
}

/// The moments due at `now` that no run has handled yet.
fn due_moments(
    candidates: &[ReminderCandidate],
    done: &HashSet<(EventId, i32, Timestamp)>,
    now: Timestamp,
) -> Vec<Moment> {
    let mut moments = Vec::new();
    for candidate in candidates {
        let hours = ReminderHours::from_stored(&candidate.reminder_hours);
        let published = candidate
            .published_at
            .unwrap_or(candidate.starts_at - chrono::Duration::days(365));
        let due: Vec<i32> = hours
            .due(candidate.starts_at, published, now)
            .filter(|h| !done.contains(&(candidate.event_id, *h, candidate.starts_at)))
            .collect();
        // Hours are largest first: the last due one is the nearest to the start.
        let nearest = due.last().copied();
        moments.extend(due.into_iter().map(|hours| Moment {
            event: candidate.event_id,
            hours,
            starts_at: candidate.starts_at,
            superseded: Some(hours) != nearest,
        }));
    }
    moments
}

/// Handles one moment inside a write: records its run (nothing more if it was recorded
/// already) and queues a reminder to each person going who wants one — unless the event has
/// started, in which case the reminders are counted as missed. Returns (queued, missed,
/// whether this call recorded the run).
fn queue_moment(
    conn: &mut DbConnection,
    moment: &Moment,
    now: Timestamp,
) -> Result<(usize, usize, bool), DbError> {
    let Some((event, group)) = events::find_with_group(conn, moment.event)? else {
        return Ok((0, 0, false));
    };
    // Moved or cancelled since the read: the next tick sees the new state.
    if event.starts_at != moment.starts_at || event.status() != EventStatus::Published {
        return Ok((0, 0, false));
    }
    let recipients = notifications::reminder_recipients(conn, event.id, group.id)?;
    let missed = moment.superseded || event.starts_at <= now;
    let outcome = if missed {
        RunOutcome::Missed
    } else {
        RunOutcome::Queued
    };
    if !notifications::record_run(
        conn,
        event.id,
        moment.hours,
        moment.starts_at,
        outcome,
        recipients.len(),
        now,
    )? {
        return Ok((0, 0, false));
    }
    if missed {
        return Ok((0, recipients.len(), true));
    }
    let queued =
        muster_app::notices::reminders(conn, &event, &group, moment.hours, &recipients, now)?;
    Ok((queued, 0, true))
}

/// Series handled per transaction: keeps each write short.
const BATCH: i64 = 20;

impl Scheduler {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Scheduler {
        Scheduler {
            db,
            clock,
            interval: Duration::from_secs(60),
            federation: None,
        }
    }

    /// Sends `Create` to the fediverse for each meetup a series makes.
    pub fn with_federation(mut self, federation: muster_app::federation::Federation) -> Scheduler {
        self.federation = Some(Arc::new(federation));
        self
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
            let federation = self.federation.clone();
            let (series_done, created) = self
                .db
                .write(move |c| {
                    let due = series::due(c, now, BATCH)?;
                    let mut created = 0;
                    for row in &due {
                        let made = series::materialize(c, row, now)?;
                        if let Some(federation) = &federation {
                            muster_app::federation::events_created(c, federation, &made, now)?;
                        }
                        created += made.len();
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

        self.reminders(&mut report).await?;
        self.thread_emails(&mut report).await?;

        let now = self.clock.now();
        let until = muster_app::notices::announce_horizon(now);
        let any_to_announce = self
            .db
            .read(move |c| Ok(!events::due_announcements(c, now, until, 1)?.is_empty()))
            .await?;
        if any_to_announce {
            report.announcements = self
                .db
                .write(move |c| muster_app::notices::announce_due(c, now, BATCH))
                .await?;
        }

        let now = self.clock.now();
        let any_expired = self
            .db
            .read(move |c| {
                Ok(sessions::any_expired(c, now)?
                    || email_tokens::any_expired(c, now)?
                    || rate_limits::any_stale(c, now)?
                    || notifications::any_expired_links(c, now)?
                    || notifications::any_runs_before(c, now - RUNS_KEPT)?)
            })
            .await?;
        if any_expired {
            (
                report.sessions_deleted,
                report.email_tokens_deleted,
                report.rate_limits_pruned,
                report.email_links_deleted,
                report.reminder_runs_pruned,
            ) = self
                .db
                .write(move |c| {
                    Ok((
                        sessions::delete_expired(c, now)?,
                        email_tokens::delete_expired(c, now)?,
                        rate_limits::prune(c, now)?,
                        notifications::delete_expired_links(c, now)?,
                        notifications::prune_runs(c, now - RUNS_KEPT)?,
                    ))
                })
                .await?;
        }
        Ok(report)
    }

    /// Emails the followers of discussion threads their new replies: a read first, and a
    /// write only when someone is owed one; each write handles a batch of followers (each
    /// emailed or marked told), until a batch is not full. At most 200 batches a tick (10,000
    /// followers); the next tick goes on.
    async fn thread_emails(&self, report: &mut TickReport) -> Result<(), DbError> {
        use muster_app::groups::discussions::{FOLLOWERS_PER_WRITE, email_followers, owed_window};
        for _ in 0..200 {
            let now = self.clock.now();
            let any = self
                .db
                .read(
                    move |c| Ok(!muster_db::discussions::owed(c, owed_window(now), 1)?.is_empty()),
                )
                .await?;
            if !any {
                return Ok(());
            }
            let (handled, queued) = self.db.write(move |c| email_followers(c, now)).await?;
            report.thread_emails += queued;
            if handled < FOLLOWERS_PER_WRITE {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Queues the reminders whose moment has come. Finding them is one read of the events that
    /// can have a moment due and of the runs already recorded; each moment is then handled in
    /// a write that records its run first, so a moment another tick (or worker) handled is
    /// skipped, and the reminders and the run commit together.
    async fn reminders(&self, report: &mut TickReport) -> Result<(), DbError> {
        let now = self.clock.now();
        let due: Vec<Moment> = self
            .db
            .read(move |c| {
                let candidates = notifications::reminder_candidates(c, now)?;
                if candidates.is_empty() {
                    return Ok(Vec::new());
                }
                let done = notifications::runs_since(c, now - notifications::MISSED_LOOKBACK)?;
                Ok(due_moments(&candidates, &done, now))
            })
            .await?;
        for chunk in due.chunks(MOMENTS_PER_WRITE) {
            let chunk = chunk.to_vec();
            let (runs, queued, missed) = self
                .db
                .write(move |c| {
                    let (mut runs, mut queued, mut missed) = (0, 0, 0);
                    for moment in &chunk {
                        let (q, m, recorded) = queue_moment(c, moment, now)?;
                        runs += usize::from(recorded);
                        queued += q;
                        missed += m;
                    }
                    Ok((runs, queued, missed))
                })
                .await?;
            report.reminder_runs += runs;
            report.reminders_queued += queued;
            report.reminders_missed += missed;
        }
        if report.reminders_missed > 0 {
            tracing::warn!(
                missed = report.reminders_missed,
                "reminders not sent: their moment passed while no worker ran"
            );
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap()
    }

    #[test]
    fn after_downtime_only_the_nearest_due_reminder_is_sent() {
        let event = EventId::new();
        let candidate = ReminderCandidate {
            event_id: event,
            group_id: muster_core::id::GroupId::new(),
            starts_at: at("2026-12-10T18:00:00Z"),
            published_at: Some(at("2026-11-01T18:00:00Z")),
            reminder_hours: "144,24".into(),
        };
        let now = at("2026-12-09T20:00:00Z");
        let moments = due_moments(std::slice::from_ref(&candidate), &HashSet::new(), now);
        assert_eq!(
            moments
                .iter()
                .map(|m| (m.hours, m.superseded))
                .collect::<Vec<_>>(),
            vec![(144, true), (24, false)]
        );
        let done = HashSet::from([(event, 144, candidate.starts_at)]);
        let moments = due_moments(std::slice::from_ref(&candidate), &done, now);
        assert_eq!(moments.len(), 1);
        assert_eq!(moments[0].hours, 24);
    }
}
