//! The durable email outbox (DESIGN §4).
//!
//! * [`enqueue`] runs inside the transaction of the action that causes the email; a repeated
//!   `dedupe_key` is silently ignored, so retried actions never email twice.
//! * [`claim`] leases due rows to one worker with a compare-and-set update: a row is only taken
//!   while no live lease holds it, so concurrent workers never share a row.
//! * The `mark_*` functions are fenced by the claim: a worker whose lease expired (and whose
//!   row was re-claimed by another) cannot overwrite the newer outcome.

use diesel::{
    BoolExpressionMethods, EscapeExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl,
    RunQueryDsl, Selectable, SelectableHelper, TextExpressionMethods,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{EventId, OutboxEmailId},
};

use crate::{DbConnection, DbError, schema::email_outbox};

/// Where an outbox row stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Status {
    /// Waiting to be sent (possibly leased to a worker right now).
    Pending,
    Sent,
    /// Refused for good, or out of retries: visible to the admin, who may requeue it.
    Failed,
    /// Deliberately not sent (no longer relevant).
    Dropped,
}

impl Status {
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Sent => "sent",
            Status::Failed => "failed",
            Status::Dropped => "dropped",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        [
            Status::Pending,
            Status::Sent,
            Status::Failed,
            Status::Dropped,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

crate::types::text_enum_column!(Status, "an email's status", Status::parse);

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = email_outbox)]
pub struct OutboxRow {
    pub id: OutboxEmailId,
    pub kind: String,
    pub recipient: String,
    pub payload: String,
    pub dedupe_key: String,
    pub status: Status,
    pub attempts: i32,
    pub run_after: Timestamp,
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<Timestamp>,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The event the email is about, if any (its pending mail is dropped by it).
    pub event_id: Option<EventId>,
}

/// An email to send.
#[derive(Debug, Clone)]
pub struct NewEmail {
    /// What sort of email (`verify_email`, `reminder`, …): for metrics and the admin list.
    pub kind: String,
    pub recipient: String,
    /// JSON understood by the worker.
    pub payload: String,
    /// Same key, same email: a second enqueue is ignored.
    pub dedupe_key: String,
    pub run_after: Timestamp,
    /// The event the email is about, if any.
    pub event_id: Option<EventId>,
}

thread_local! {
    /// Set when this thread added email to the outbox, so that [`crate::Db::write`] wakes the
    /// worker after the transaction commits: one place, whoever enqueued.
    static ENQUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread enqueued email since the last call (and forgets it).
pub(crate) fn take_enqueued() -> bool {
    ENQUEUED.replace(false)
}

/// Adds an email to the outbox; false if its dedupe key was already there.
pub fn enqueue(conn: &mut DbConnection, email: &NewEmail, now: Timestamp) -> Result<bool, DbError> {
    Ok(enqueue_many(conn, std::slice::from_ref(email), now)? > 0)
}

/// Rows per INSERT: 15 columns each stays under SQLite's 32,766 bound parameters.
const INSERT_CHUNK: usize = 500;

/// Adds emails to the outbox with multi-row inserts (an announcement to a large group, a
/// reminder run); those whose dedupe key was already there are skipped. Returns how many
/// were added.
pub fn enqueue_many(
    conn: &mut DbConnection,
    emails: &[NewEmail],
    now: Timestamp,
) -> Result<usize, DbError> {
    let mut added = 0;
    for chunk in emails.chunks(INSERT_CHUNK) {
        let rows: Vec<OutboxRow> = chunk
            .iter()
            .map(|email| OutboxRow {
                id: OutboxEmailId::new(),
                kind: email.kind.clone(),
                recipient: email.recipient.clone(),
                payload: email.payload.clone(),
                dedupe_key: email.dedupe_key.clone(),
                status: Status::Pending,
                attempts: 0,
                run_after: email.run_after,
                lease_owner: None,
                lease_expires_at: None,
                last_error: None,
                sent_at: None,
                created_at: now,
                updated_at: now,
                event_id: email.event_id,
            })
            .collect();
        // A repeated dedupe key is skipped: `INSERT OR IGNORE` on SQLite (diesel has no
        // multi-row `ON CONFLICT` there), `ON CONFLICT DO NOTHING` on PostgreSQL.
        added += match (&mut *conn, rows.as_slice()) {
            // One email (an answer's confirmation): a single-row insert has one shape, so it
            // is prepared once per connection; a multi-row one is planned every time.
            (DbConnection::Sqlite(c), [row]) => diesel::insert_or_ignore_into(email_outbox::table)
                .values(row)
                .execute(c)?,
            (DbConnection::Pg(c), [row]) => diesel::insert_into(email_outbox::table)
                .values(row)
                .on_conflict_do_nothing()
                .execute(c)?,
            (DbConnection::Sqlite(c), rows) => diesel::insert_or_ignore_into(email_outbox::table)
                .values(rows)
                .execute(c)?,
            (DbConnection::Pg(c), rows) => diesel::insert_into(email_outbox::table)
                .values(rows)
                .on_conflict_do_nothing()
                .execute(c)?,
        };
    }
    if added > 0 {
        ENQUEUED.set(true);
    }
    Ok(added)
}

/// The rows a worker may claim at `now`: pending, due, and leased to nobody (or the lease
/// ran out).
macro_rules! claimable {
    ($now:expr) => {
        email_outbox::table
            .filter(email_outbox::status.eq(Status::Pending.as_str()))
            .filter(email_outbox::run_after.le($now))
            .filter(
                email_outbox::lease_expires_at
                    .is_null()
                    .or(email_outbox::lease_expires_at.lt($now)),
            )
    };
}

/// The rows `claim` holds: leased to it and still waiting to be sent.
macro_rules! held_by {
    ($claim:expr) => {
        email_outbox::table
            .filter(email_outbox::lease_owner.eq($claim))
            .filter(email_outbox::status.eq(Status::Pending.as_str()))
    };
}

/// Whether [`claim`] would find anything: a read, so an idle worker need not take the writer.
pub fn any_claimable(conn: &mut DbConnection, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(claimable!(now))).get_result(conn)?)
}

/// Leases up to `limit` due rows to `claim` until `now + lease`, and returns them.
pub fn claim(
    conn: &mut DbConnection,
    claim: &str,
    now: Timestamp,
    lease: chrono::Duration,
    limit: i64,
) -> Result<Vec<OutboxRow>, DbError> {
    let candidates: Vec<OutboxEmailId> = match conn {
        // A row locked by a change in progress (an answer dropping the person's waiting
        // email) is skipped, not waited for: waiting while holding the rows already taken
        // could close a cycle with that change, which PostgreSQL breaks only after a second.
        DbConnection::Pg(pg) => claimable!(now)
            .order((email_outbox::run_after.asc(), email_outbox::id.asc()))
            .limit(limit)
            .select(email_outbox::id)
            .for_update()
            .skip_locked()
            .load(pg)?,
        DbConnection::Sqlite(sqlite) => claimable!(now)
            .order((email_outbox::run_after.asc(), email_outbox::id.asc()))
            .limit(limit)
            .select(email_outbox::id)
            .load(sqlite)?,
    };
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    // The same conditions again: a row another worker leased in between is not taken.
    diesel::update(claimable!(now).filter(email_outbox::id.eq_any(&candidates)))
        .set((
            email_outbox::lease_owner.eq(claim),
            email_outbox::lease_expires_at.eq(now + lease),
            email_outbox::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(held_by!(claim)
        .order((email_outbox::run_after.asc(), email_outbox::id.asc()))
        .select(OutboxRow::as_select())
        .load(conn)?)
}

/// Extends the lease of every row `claim` still holds to `until` (the heartbeat of a worker
/// sending a batch) and returns their ids. A row whose lease ran out and another worker took
/// is not among them: its new owner sends it. Nor, on PostgreSQL, is a row locked at this
/// moment (a change in progress dropping it, see [`claim`], or another worker's claim looking
/// at it): waiting for it while holding the others could close a cycle. The worker renews such
/// a row alone ([`renew_one`]) when its turn comes.
pub fn renew(
    conn: &mut DbConnection,
    claim: &str,
    now: Timestamp,
    until: Timestamp,
) -> Result<Vec<OutboxEmailId>, DbError> {
    if let DbConnection::Pg(pg) = conn {
        let free: Vec<OutboxEmailId> = held_by!(claim)
            .select(email_outbox::id)
            .for_update()
            .skip_locked()
            .load(pg)?;
        diesel::update(email_outbox::table.filter(email_outbox::id.eq_any(&free)))
            .set((
                email_outbox::lease_expires_at.eq(until),
                email_outbox::updated_at.eq(now),
            ))
            .execute(pg)?;
        return Ok(free);
    }
    diesel::update(held_by!(claim))
        .set((
            email_outbox::lease_expires_at.eq(until),
            email_outbox::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(held_by!(claim).select(email_outbox::id).load(conn)?)
}

/// Extends the lease of one row `claim` still holds to `until`; false if it no longer does
/// (dropped meanwhile, or another worker took it). One row, so waiting for its lock cannot
/// close a cycle.
pub fn renew_one(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    until: Timestamp,
) -> Result<bool, DbError> {
    Ok(
        diesel::update(held_by!(claim).filter(email_outbox::id.eq(id)))
            .set((
                email_outbox::lease_expires_at.eq(until),
                email_outbox::updated_at.eq(now),
            ))
            .execute(conn)?
            > 0,
    )
}

/// Gives up a claim on rows this worker will not get to before its lease ends, so another
/// worker can take them at once.
pub fn release(conn: &mut DbConnection, claim: &str, now: Timestamp) -> Result<usize, DbError> {
    Ok(diesel::update(held_by!(claim))
        .set((
            email_outbox::lease_owner.eq(None::<String>),
            email_outbox::lease_expires_at.eq(None::<Timestamp>),
            email_outbox::updated_at.eq(now),
        ))
        .execute(conn)?)
}

/// Ends a claimed row's lease with `status`. False if the claim no longer holds the row.
///
/// An email dropped while the worker holding it was sending it ([`drop_pending`]: the person
/// stopped going, a later notice replaced it) did go out: it is recorded as sent, which is
/// what happened. Any other outcome leaves it dropped (a failed send is not retried).
fn finish(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    status: Status,
    error: Option<&str>,
) -> Result<bool, DbError> {
    if let DbConnection::Pg(_) = conn {
        // The commit need not wait for the WAL flush: the row is seen at once by every other
        // connection, and only a crash of the database server itself in the next fraction of
        // a second could lose this record, which sends the email again with its Message-ID
        // (the outbox is at least once in any case). A worker killed at any moment loses
        // nothing more than before.
        diesel::sql_query("SET LOCAL synchronous_commit TO OFF").execute(conn)?;
    }
    let sent_at = (status == Status::Sent).then_some(now);
    let held: &[&str] = if status == Status::Sent {
        &[Status::Pending.as_str(), Status::Dropped.as_str()]
    } else {
        &[Status::Pending.as_str()]
    };
    Ok(diesel::update(
        email_outbox::table
            .find(id)
            .filter(email_outbox::lease_owner.eq(claim))
            .filter(email_outbox::status.eq_any(held)),
    )
    .set((
        email_outbox::status.eq(status.as_str()),
        email_outbox::attempts.eq(email_outbox::attempts + 1),
        email_outbox::sent_at.eq(sent_at),
        email_outbox::last_error.eq(error),
        email_outbox::lease_owner.eq(None::<String>),
        email_outbox::lease_expires_at.eq(None::<Timestamp>),
        email_outbox::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}

pub fn mark_sent(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    finish(conn, id, claim, now, Status::Sent, None)
}

pub fn mark_failed(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    error: &str,
) -> Result<bool, DbError> {
    finish(conn, id, claim, now, Status::Failed, Some(error))
}

pub fn mark_dropped(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    reason: &str,
) -> Result<bool, DbError> {
    finish(conn, id, claim, now, Status::Dropped, Some(reason))
}

/// Releases a claimed row to be tried again at `retry_at`, counting the attempt.
pub fn mark_retry(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    retry_at: Timestamp,
    error: &str,
) -> Result<bool, DbError> {
    Ok(
        diesel::update(held_by!(claim).filter(email_outbox::id.eq(id)))
            .set((
                email_outbox::attempts.eq(email_outbox::attempts + 1),
                email_outbox::run_after.eq(retry_at),
                email_outbox::last_error.eq(Some(error)),
                email_outbox::lease_owner.eq(None::<String>),
                email_outbox::lease_expires_at.eq(None::<Timestamp>),
                email_outbox::updated_at.eq(now),
            ))
            .execute(conn)?
            > 0,
    )
}

/// Puts a claimed row back, untried, until `until` (its server is failing: see the worker's
/// per-server back-off). Its attempts are not counted.
pub fn postpone(
    conn: &mut DbConnection,
    id: OutboxEmailId,
    claim: &str,
    now: Timestamp,
    until: Timestamp,
    reason: &str,
) -> Result<bool, DbError> {
    Ok(
        diesel::update(held_by!(claim).filter(email_outbox::id.eq(id)))
            .set((
                email_outbox::run_after.eq(until),
                email_outbox::last_error.eq(Some(reason)),
                email_outbox::lease_owner.eq(None::<String>),
                email_outbox::lease_expires_at.eq(None::<Timestamp>),
                email_outbox::updated_at.eq(now),
            ))
            .execute(conn)?
            > 0,
    )
}

/// Postpones every waiting, unclaimed row of `kind` whose recipient starts with `prefix` (one
/// server's addresses) to `until` at the earliest: a server that fails is not tried again for
/// each of them. How many were postponed.
pub fn postpone_prefix(
    conn: &mut DbConnection,
    kind: &str,
    prefix: &str,
    now: Timestamp,
    until: Timestamp,
) -> Result<usize, DbError> {
    let pattern = format!(
        "{}%",
        prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    Ok(diesel::update(
        email_outbox::table
            .filter(email_outbox::kind.eq(kind))
            .filter(email_outbox::status.eq(Status::Pending.as_str()))
            .filter(email_outbox::lease_owner.is_null())
            .filter(email_outbox::run_after.lt(until))
            .filter(email_outbox::recipient.like(pattern).escape('\\')),
    )
    .set((
        email_outbox::run_after.eq(until),
        email_outbox::updated_at.eq(now),
    ))
    .execute(conn)?)
}

/// Which waiting emails [`drop_pending`] drops: those matching every field given.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pending<'a> {
    pub recipient: Option<&'a str>,
    /// About this event.
    pub event: Option<EventId>,
    /// Of these kinds (empty: every kind).
    pub kinds: &'a [&'a str],
}

/// Where the row `id` stands now (`None`: there is no such row).
pub fn status_of(conn: &mut DbConnection, id: OutboxEmailId) -> Result<Option<Status>, DbError> {
    Ok(email_outbox::table
        .find(id)
        .select(email_outbox::status)
        .first(conn)
        .optional()?)
}

/// Drops emails still waiting that a newer event made wrong: a reset link after a password
/// change, mail to a deleted account, reminders of a cancelled event or for someone who said
/// no. Returns how many.
pub fn drop_pending(
    conn: &mut DbConnection,
    which: Pending<'_>,
    reason: &str,
    now: Timestamp,
) -> Result<usize, DbError> {
    let mut query = diesel::update(email_outbox::table)
        .filter(email_outbox::status.eq(Status::Pending.as_str()))
        .into_boxed();
    if let Some(recipient) = which.recipient {
        query = query.filter(email_outbox::recipient.eq(recipient));
    }
    if let Some(event) = which.event {
        query = query.filter(email_outbox::event_id.eq(event));
    }
    if !which.kinds.is_empty() {
        query = query.filter(email_outbox::kind.eq_any(which.kinds));
    }
    Ok(query
        .set((
            email_outbox::status.eq(Status::Dropped.as_str()),
            email_outbox::last_error.eq(Some(reason)),
            email_outbox::updated_at.eq(now),
        ))
        .execute(conn)?)
}

/// Rows in `status` (all rows if `None`), newest first.
pub fn list(
    conn: &mut DbConnection,
    status: Option<Status>,
    limit: i64,
) -> Result<Vec<OutboxRow>, DbError> {
    let mut query = email_outbox::table
        .select(OutboxRow::as_select())
        .order(email_outbox::created_at.desc())
        .limit(limit)
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(email_outbox::status.eq(status.as_str()));
    }
    Ok(query.load(conn)?)
}

/// Puts failed rows back in the queue with a fresh attempt budget. `None` requeues every
/// failed row. Returns how many were requeued.
pub fn requeue_failed(
    conn: &mut DbConnection,
    id: Option<OutboxEmailId>,
    now: Timestamp,
) -> Result<usize, DbError> {
    let mut query = diesel::update(email_outbox::table)
        .filter(email_outbox::status.eq(Status::Failed.as_str()))
        .into_boxed();
    if let Some(id) = id {
        query = query.filter(email_outbox::id.eq(id));
    }
    Ok(query
        .set((
            email_outbox::status.eq(Status::Pending.as_str()),
            email_outbox::attempts.eq(0),
            email_outbox::run_after.eq(now),
            email_outbox::updated_at.eq(now),
        ))
        .execute(conn)?)
}

/// Pending rows that are due now (not counting ones scheduled for later), leaving out the
/// kinds in `except`.
pub fn due_count(conn: &mut DbConnection, now: Timestamp, except: &[&str]) -> Result<i64, DbError> {
    Ok(email_outbox::table
        .filter(email_outbox::status.eq(Status::Pending.as_str()))
        .filter(email_outbox::run_after.le(now))
        .filter(email_outbox::kind.ne_all(except))
        .count()
        .get_result(conn)?)
}

/// One line of outbox figures: rows of `kind` in `status`, and the retries they took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindStats {
    pub kind: String,
    pub status: Status,
    pub emails: i64,
    /// Attempts beyond the first, summed.
    pub retries: i64,
}

/// The outbox by kind and status (one GROUP BY).
pub fn stats(conn: &mut DbConnection) -> Result<Vec<KindStats>, DbError> {
    use diesel::dsl::{count_star, sum};
    let rows: Vec<(String, Status, i64, Option<i64>)> = email_outbox::table
        .group_by((email_outbox::kind, email_outbox::status))
        .select((
            email_outbox::kind,
            email_outbox::status,
            count_star(),
            sum(email_outbox::attempts),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(kind, status, emails, attempts)| {
            // A sent or failed email's first attempt is not a retry; a pending one's are.
            let first_tries = if status == Status::Pending { 0 } else { emails };
            KindStats {
                retries: (attempts.unwrap_or(0) - first_tries).max(0),
                kind,
                status,
                emails,
            }
        })
        .collect())
}
