//! Delivering the email outbox.

use std::{
    collections::{HashMap, HashSet},
    panic::AssertUnwindSafe,
    sync::Arc,
    time::{Duration, Instant, SystemTime},
};

use futures_util::FutureExt;
use muster_core::{Clock, Timestamp, id::OutboxEmailId, secrets::SecretToken};
use muster_db::{
    Db, DbError, email_tokens, invitations,
    notifications::{self, EmailLinkRow, LinkPurpose},
    outbox::{self, OutboxRow, Status},
    users,
};
use muster_mail::{
    About, Condition, Envelope, LinkToMint, Links, OutboxPayload, RenderContext, SendError,
    Transport, build_message, render,
};

use crate::checks;
use muster_app::federation::{DeliveryError, Federation};
use tokio::sync::watch;

/// Who the emails come from and what they link to.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub from_name: String,
    pub from_email: String,
    pub instance_name: String,
    /// Public base URL, no trailing slash.
    pub base_url: String,
    /// The language of email to people who have not chosen one.
    pub default_locale: muster_i18n::Locale,
}

impl MailSettings {
    fn message_id_domain(&self) -> String {
        muster_core::links::host_of(&self.base_url)
    }
}

/// Tuning.
#[derive(Debug, Clone, Copy)]
pub struct WorkerOptions {
    /// Rows claimed at once.
    pub batch_size: i64,
    /// How long a claim holds a row before it is renewed; a worker that dies mid-batch leaves
    /// its rows to others after this. A worker sending a batch renews the lease of the rows it
    /// still holds (a heartbeat) whenever less than `send_timeout` + 5 s of it is left, so it
    /// must be longer than that.
    pub lease: chrono::Duration,
    /// How often an idle worker looks for due rows (it is also woken by new enqueues in the
    /// same process).
    pub poll_interval: Duration,
    /// Transient failures are retried until this many attempts, then the email fails.
    pub max_attempts: i32,
    /// Longest time one SMTP send may take.
    pub send_timeout: Duration,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self {
            batch_size: 50,
            lease: chrono::Duration::seconds(60),
            poll_interval: Duration::from_secs(2),
            max_attempts: 8,
            send_timeout: Duration::from_secs(30),
        }
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    pub dropped: usize,
    /// Rows whose lease expired before we could send them or record the outcome (another
    /// worker owns them).
    pub lost_lease: usize,
}

impl Report {
    /// Adds up two passes.
    pub fn add(&mut self, other: Report) {
        self.claimed += other.claimed;
        self.sent += other.sent;
        self.retried += other.retried;
        self.failed += other.failed;
        self.dropped += other.dropped;
        self.lost_lease += other.lost_lease;
    }
}

enum Outcome {
    Sent,
    Retry(String),
    Failed(String),
    Dropped(String),
}

/// An outbox worker.
#[derive(Clone)]
pub struct Worker {
    db: Db,
    clock: Arc<dyn Clock>,
    transport: Transport,
    mail: Arc<MailSettings>,
    options: WorkerOptions,
    name: String,
    /// Delivers queued ActivityPub activities ([`muster_app::federation::DELIVERY_KIND`]).
    federation: Option<Arc<Federation>>,
}

impl Worker {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        transport: Transport,
        mail: MailSettings,
        mut options: WorkerOptions,
    ) -> Worker {
        if options.lease <= renew_margin(&options) {
            let lease = renew_margin(&options) * 2;
            tracing::warn!(configured = %options.lease, %lease, "the outbox lease must outlast one send; lengthened");
            options.lease = lease;
        }
        let name = format!(
            "worker-{}-{}",
            std::process::id(),
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        );
        Worker {
            db,
            clock,
            transport,
            mail: Arc::new(mail),
            options,
            name,
            federation: None,
        }
    }

    /// Lets this worker deliver activities to the fediverse (signed with each group's key).
    pub fn with_federation(mut self, federation: Federation) -> Worker {
        self.federation = Some(Arc::new(federation));
        self
    }

    /// Claims one batch of due rows (exposed so tests can simulate a worker that dies after
    /// claiming). Returns the claim token and the rows.
    ///
    /// Looks with a read first: an idle worker polls without taking the writer (`BEGIN
    /// IMMEDIATE` on SQLite), which would hold up every request that writes.
    pub async fn claim(&self) -> Result<(String, Vec<OutboxRow>), DbError> {
        let claim = format!("{}:{}", self.name, uuid::Uuid::new_v4().simple());
        let now = self.clock.now();
        if !self
            .db
            .read(move |conn| outbox::any_claimable(conn, now))
            .await?
        {
            return Ok((claim, Vec::new()));
        }
        let (lease, limit) = (self.options.lease, self.options.batch_size);
        let claim_for_db = claim.clone();
        let rows = self
            .db
            .write(move |conn| outbox::claim(conn, &claim_for_db, now, lease, limit))
            .await?;
        Ok((claim, rows))
    }

    /// Claims and delivers one batch.
    pub async fn run_once(&self) -> Result<Report, DbError> {
        let (claim, rows) = self.claim().await?;
        self.deliver_claimed(&claim, rows).await
    }

    /// Renews the lease of every row `claim` still holds (the heartbeat); returns their ids.
    pub async fn renew(&self, claim: &str) -> Result<HashSet<OutboxEmailId>, DbError> {
        Ok(self.renew_until(claim).await?.0)
    }

    /// Renews the lease of one row `claim` held, which the last renewal passed over (it was
    /// locked at that moment); whether it still holds it.
    async fn renew_one(&self, claim: &str, id: OutboxEmailId) -> Result<bool, DbError> {
        let now = self.clock.now();
        let until = now + self.options.lease;
        let claim = claim.to_owned();
        self.db
            .write(move |c| outbox::renew_one(c, id, &claim, now, until))
            .await
    }

    async fn renew_until(
        &self,
        claim: &str,
    ) -> Result<(HashSet<OutboxEmailId>, Timestamp), DbError> {
        let now = self.clock.now();
        let until = now + self.options.lease;
        let claim = claim.to_owned();
        let held = self
            .db
            .write(move |c| outbox::renew(c, &claim, now, until))
            .await?;
        Ok((held.into_iter().collect(), until))
    }

    /// Delivers a batch this worker claimed. The lease is short and renewed while the batch
    /// is sending: before each email, if the lease might end during its send, the worker
    /// extends it on the rows it still holds. A row it no longer holds (its lease ran out and
    /// another worker took it) is left to that worker, never sent twice.
    pub async fn deliver_claimed(
        &self,
        claim: &str,
        rows: Vec<OutboxRow>,
    ) -> Result<Report, DbError> {
        let mut report = Report {
            claimed: rows.len(),
            ..Report::default()
        };
        if rows.is_empty() {
            return Ok(report);
        }
        // Activities for the fediverse are not emails: signed and POSTed, one by one.
        let (activities, rows): (Vec<OutboxRow>, Vec<OutboxRow>) = rows
            .into_iter()
            .partition(|row| row.kind == muster_app::federation::DELIVERY_KIND);
        // A server that fails is not tried again for the rest of the batch, nor for the
        // deliveries waiting for it, until its back-off passes.
        let mut failing: HashMap<String, Timestamp> = HashMap::new();
        for row in activities {
            if !self.renew_one(claim, row.id).await? {
                report.lost_lease += 1;
                continue;
            }
            let server = server_of(&row.recipient);
            if let Some(until) = failing.get(&server).copied() {
                let (id, claim, now) = (row.id, claim.to_owned(), self.clock.now());
                self.db
                    .write(move |c| {
                        outbox::postpone(c, id, &claim, now, until, "its server was failing")
                    })
                    .await?;
                report.retried += 1;
                continue;
            }
            let (delivered, retry_at) = self.deliver_activity(claim, row).await?;
            report.add(delivered);
            if let Some(until) = retry_at {
                failing.insert(server.clone(), until);
                let now = self.clock.now();
                let postponed = self
                    .db
                    .write(move |c| {
                        outbox::postpone_prefix(
                            c,
                            muster_app::federation::DELIVERY_KIND,
                            &server,
                            now,
                            until,
                        )
                    })
                    .await?;
                if postponed > 0 {
                    tracing::info!(%postponed, %until, "deliveries to a failing server postponed");
                }
            }
        }
        if rows.is_empty() {
            return Ok(report);
        }
        // Each payload is read once, here.
        let batch: Vec<(OutboxRow, Parsed)> = rows
            .into_iter()
            .map(|row| {
                let payload = OutboxPayload::from_json(&row.payload).map_err(|e| e.to_string());
                (row, payload)
            })
            .collect();
        let mut minted = match self.mint_email_links(&batch).await {
            Ok(minted) => minted,
            Err(error) => {
                // Nothing sent: the rows go back for another worker, or this one, later.
                tracing::warn!(%error, "could not create the batch's email links");
                let (claim, now) = (claim.to_owned(), self.clock.now());
                self.db
                    .write(move |c| outbox::release(c, &claim, now))
                    .await?;
                return Ok(Report::default());
            }
        };
        let mut held: Option<(HashSet<OutboxEmailId>, Timestamp)> = None;
        let margin = renew_margin(&self.options);
        // What each email is about, for the checks ahead of it.
        let abouts: Vec<(OutboxEmailId, Option<About>)> = batch
            .iter()
            .map(|(row, payload)| {
                let about = payload.as_ref().ok().and_then(|p| p.about.clone());
                (row.id, about)
            })
            .collect();
        let mut checks = Checks::default();
        for (index, (row, payload)) in batch.into_iter().enumerate() {
            if held
                .as_ref()
                .is_none_or(|(_, until)| self.clock.now() + margin >= *until)
            {
                held = Some(self.renew_until(claim).await?);
            }
            if !held.as_ref().is_some_and(|(ids, _)| ids.contains(&row.id))
                && !self.renew_one(claim, row.id).await?
            {
                let id = row.id;
                let now = self.db.read(move |c| outbox::status_of(c, id)).await?;
                if now == Some(Status::Dropped) {
                    // No longer wanted (the person stopped going, a later notice replaced
                    // it) since it was claimed: nothing to send, nothing wrong.
                    tracing::debug!(%id, kind = %row.kind, "dropped before it was sent");
                    report.dropped += 1;
                } else {
                    tracing::warn!(%id, "lost the lease before sending; another worker has it");
                    report.lost_lease += 1;
                }
                continue;
            }
            let check = self.check(&mut checks, &abouts[index..], row.id).await;
            let links = minted.remove(&row.id).unwrap_or_default();
            report.add(
                self.deliver_and_record(claim, row, payload, links, check)
                    .await?,
            );
        }
        Ok(report)
    }

    /// Runs batches until no due row is left (tests, and `muster worker --once`).
    pub async fn run_until_idle(&self) -> Result<Report, DbError> {
        let mut total = Report::default();
        loop {
            let report = self.run_once().await?;
            total.add(report);
            if report.claimed == 0 {
                return Ok(total);
            }
        }
    }

    /// Works until `shutdown` turns true, finishing the email in hand first. Between passes
    /// it sleeps until the poll interval passes or a commit enqueues email.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let wake = self.db.outbox_wake();
        tracing::info!(worker = %self.name, transport = %self.transport.describe(), "outbox worker started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            match self.run_once().await {
                Ok(report) if report.claimed > 0 => {
                    tracing::debug!(?report, "outbox batch");
                    continue;
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "outbox pass failed; retrying"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.options.poll_interval) => {}
                _ = wake.notified() => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!(worker = %self.name, "outbox worker stopped");
    }

    async fn deliver_and_record(
        &self,
        claim: &str,
        row: OutboxRow,
        payload: Parsed,
        links: Links,
        check: Check,
    ) -> Result<Report, DbError> {
        let id = row.id;
        let kind = row.kind.clone();
        let attempts = row.attempts;
        // One email's panic (a template bug, a library panic on odd input) fails that email
        // only.
        let outcome = match AssertUnwindSafe(self.deliver(row, payload, links, check))
            .catch_unwind()
            .await
        {
            Ok(outcome) => outcome,
            Err(_) => {
                tracing::error!(%id, %kind, "preparing the email panicked");
                Outcome::Failed("internal error while preparing the email".to_owned())
            }
        };
        let now = self.clock.now();
        let claim = claim.to_owned();
        let mut report = Report::default();
        let max_attempts = self.options.max_attempts;
        let recorded = match outcome {
            Outcome::Sent => {
                report.sent = 1;
                self.db
                    .write(move |c| outbox::mark_sent(c, id, &claim, now))
                    .await?
            }
            Outcome::Retry(error) if attempts + 1 < max_attempts => {
                report.retried = 1;
                let retry_at = now + backoff(attempts);
                tracing::warn!(%id, %kind, attempt = attempts + 1, %retry_at, %error, "email delivery failed; will retry");
                self.db
                    .write(move |c| outbox::mark_retry(c, id, &claim, now, retry_at, &error))
                    .await?
            }
            Outcome::Retry(error) => {
                report.failed = 1;
                let error = format!("gave up after {max_attempts} attempts: {error}");
                tracing::error!(%id, %kind, %error, "email failed");
                self.db
                    .write(move |c| outbox::mark_failed(c, id, &claim, now, &error))
                    .await?
            }
            Outcome::Failed(error) => {
                report.failed = 1;
                tracing::error!(%id, %kind, %error, "email failed");
                self.db
                    .write(move |c| outbox::mark_failed(c, id, &claim, now, &error))
                    .await?
            }
            Outcome::Dropped(reason) => {
                report.dropped = 1;
                tracing::info!(%id, %kind, %reason, "email dropped");
                self.db
                    .write(move |c| outbox::mark_dropped(c, id, &claim, now, &reason))
                    .await?
            }
        };
        if !recorded {
            if self.db.read(move |c| outbox::status_of(c, id)).await? == Some(Status::Dropped) {
                // Dropped while this attempt failed: it stays dropped, and is not retried.
                tracing::debug!(%id, %kind, "dropped while its sending failed");
                report = Report {
                    dropped: 1,
                    ..Report::default()
                };
            } else {
                tracing::warn!(%id, %kind, "lost the lease before recording the outcome");
                report = Report {
                    lost_lease: 1,
                    ..Report::default()
                };
            }
        }
        Ok(report)
    }

    /// Sends one activity and records how it went (as an email's sending is recorded); when it
    /// is to be tried again, when.
    async fn deliver_activity(
        &self,
        claim: &str,
        row: OutboxRow,
    ) -> Result<(Report, Option<Timestamp>), DbError> {
        let (id, attempts) = (row.id, row.attempts);
        let outcome = match &self.federation {
            Some(federation) if federation.enabled => {
                let send = muster_app::federation::deliver_now(
                    &self.db,
                    federation,
                    &row.recipient,
                    &row.payload,
                    self.clock.now(),
                );
                match AssertUnwindSafe(send).catch_unwind().await {
                    Ok(Ok(())) => Outcome::Sent,
                    Ok(Err(DeliveryError::Retry(e))) => Outcome::Retry(e),
                    Ok(Err(DeliveryError::Fail(e))) => Outcome::Failed(e),
                    Err(_) => Outcome::Failed("internal error while delivering".to_owned()),
                }
            }
            _ => Outcome::Dropped("federation is off".to_owned()),
        };
        let now = self.clock.now();
        let claim = claim.to_owned();
        let mut report = Report::default();
        let mut again = None;
        match outcome {
            Outcome::Sent => {
                report.sent = 1;
                self.db
                    .write(move |c| outbox::mark_sent(c, id, &claim, now))
                    .await?;
            }
            Outcome::Retry(error) if attempts + 1 < ACTIVITY_ATTEMPTS => {
                report.retried = 1;
                let retry_at = now + activity_backoff(attempts);
                again = Some(retry_at);
                tracing::warn!(%id, inbox = %row.recipient, attempt = attempts + 1, %retry_at, %error, "activity delivery failed; will retry");
                self.db
                    .write(move |c| outbox::mark_retry(c, id, &claim, now, retry_at, &error))
                    .await?;
            }
            Outcome::Retry(error) | Outcome::Failed(error) => {
                report.failed = 1;
                tracing::error!(%id, inbox = %row.recipient, %error, "activity delivery failed");
                self.db
                    .write(move |c| outbox::mark_failed(c, id, &claim, now, &error))
                    .await?;
            }
            Outcome::Dropped(reason) => {
                report.dropped = 1;
                self.db
                    .write(move |c| outbox::mark_dropped(c, id, &claim, now, &reason))
                    .await?;
            }
        }
        Ok((report, again))
    }

    async fn deliver(
        &self,
        row: OutboxRow,
        payload: Parsed,
        mut links: Links,
        check: Check,
    ) -> Outcome {
        let payload = match payload {
            Ok(payload) => payload,
            Err(e) => return Outcome::Failed(format!("unreadable payload: {e}")),
        };
        match check {
            Ok(None) => {}
            Ok(Some(reason)) => return Outcome::Dropped(reason.to_owned()),
            Err(e) => return Outcome::Retry(format!("could not check the email: {e}")),
        }
        let link = match &payload.link {
            None => None,
            Some(spec) => match self.mint(spec, &row.recipient).await {
                Ok(Some(link)) => Some(link),
                Ok(None) => {
                    return Outcome::Dropped(
                        "the link's account or invitation is gone, or its address changed".into(),
                    );
                }
                Err(e) => return Outcome::Retry(format!("could not create the link: {e}")),
            },
        };
        let ctx = RenderContext {
            instance_name: self.mail.instance_name.clone(),
            base_url: self.mail.base_url.clone(),
            locale: payload
                .locale
                .as_deref()
                .and_then(muster_i18n::Locale::parse)
                .unwrap_or(self.mail.default_locale),
        };
        links.primary = link;
        let rendered = match render(&payload.message, &ctx, &links) {
            Ok(rendered) => rendered,
            Err(e) => return Outcome::Failed(format!("template error: {e}")),
        };
        let message_id = format!("{}@{}", row.id, self.mail.message_id_domain());
        let envelope = Envelope {
            from_name: &self.mail.from_name,
            from_email: &self.mail.from_email,
            to_name: payload.to_name.as_deref(),
            to_email: &row.recipient,
            message_id: &message_id,
            date: SystemTime::from(self.clock.now().as_datetime()),
            // A thread's email stops that thread; other group email its kind.
            list_unsubscribe: links.unfollow.as_deref().or(links.unsubscribe.as_deref()),
            calendar: payload.calendar.as_ref(),
        };
        let message = match build_message(&envelope, &rendered) {
            Ok(message) => message,
            Err(e) => return Outcome::Failed(e.to_string()),
        };
        let file_stem = row.id.to_string();
        let send = self.transport.send(&message, &file_stem);
        match tokio::time::timeout(self.options.send_timeout, send).await {
            Ok(Ok(())) => Outcome::Sent,
            Ok(Err(SendError::Transient(e))) => Outcome::Retry(e),
            Ok(Err(SendError::Permanent(e))) => Outcome::Failed(e),
            Err(_) => Outcome::Retry("the mail server did not answer in time".to_owned()),
        }
    }
}

/// A claimed row's payload, read, or why it could not be.
type Parsed = Result<OutboxPayload, String>;

/// Whether an email about a group still holds: `Ok(None)` to send it, `Ok(Some(reason))` to
/// drop it, `Err` when the check could not be made (the email is tried again later).
type Check = Result<Option<&'static str>, String>;

/// How many emails one read checks at once, and how long such a check stays good. A check
/// runs shortly before its email is sent: at most this many sends, or this long, earlier.
const CHECK_CHUNK: usize = 25;
const CHECK_FRESH: Duration = Duration::from_secs(2);

/// The checks made so far in a batch, and when (on the machine's monotonic clock).
#[derive(Default)]
struct Checks {
    made: HashMap<OutboxEmailId, Option<&'static str>>,
    at: Option<Instant>,
}

impl Worker {
    /// Whether the email `id`, the first of `ahead`, still holds. When it was not checked yet,
    /// or the last check is older than [`CHECK_FRESH`], it and the next emails ahead (up to
    /// [`CHECK_CHUNK`]) are checked in one read. A read that fails fails this email's check
    /// alone: the next email reads again.
    async fn check(
        &self,
        checks: &mut Checks,
        ahead: &[(OutboxEmailId, Option<About>)],
        id: OutboxEmailId,
    ) -> Check {
        // An email about no group has nothing to check.
        if ahead.first().is_none_or(|(_, about)| about.is_none()) {
            return Ok(None);
        }
        let fresh = checks.at.is_some_and(|at| at.elapsed() < CHECK_FRESH);
        if !fresh || !checks.made.contains_key(&id) {
            checks.made.clear();
            checks.at = None;
            let chunk: Vec<(OutboxEmailId, About)> = ahead
                .iter()
                .take(CHECK_CHUNK)
                .filter_map(|(id, about)| about.clone().map(|about| (*id, about)))
                .collect();
            let ids: Vec<OutboxEmailId> = chunk.iter().map(|(id, _)| *id).collect();
            let (now, started) = (self.clock.now(), Instant::now());
            let reasons = self
                .db
                .read(move |c| {
                    let abouts: Vec<&About> = chunk.iter().map(|(_, about)| about).collect();
                    checks::stale_reasons(c, &abouts, now)
                })
                .await
                .map_err(|e| e.to_string())?;
            checks.made.extend(ids.into_iter().zip(reasons));
            checks.at = Some(started);
        }
        Ok(checks.made.remove(&id).flatten())
    }
}

/// How long an unsubscribe link in an email keeps working.
const UNSUBSCRIBE_LINK_LIFETIME: chrono::Duration = chrono::Duration::days(90);

impl Worker {
    /// Mints the one-click links of every group email in a batch, in one write: unsubscribe
    /// for announcements, reminders, messages and discussions; "stop following" for a
    /// thread's replies; "still coming" and "can't make it" for reminders (good until the
    /// event starts). Only the tokens' SHA-256 are stored.
    async fn mint_email_links(
        &self,
        batch: &[(OutboxRow, Parsed)],
    ) -> Result<HashMap<OutboxEmailId, Links>, String> {
        let now = self.clock.now();
        let mut stored = Vec::new();
        let mut minted = HashMap::new();
        let mut mint = |about: &About,
                        purpose: LinkPurpose,
                        topic: &str,
                        expires_at: Timestamp|
         -> Result<String, String> {
            let token = SecretToken::generate("").map_err(|e| e.to_string())?;
            stored.push(EmailLinkRow {
                token_hash: token.digest(),
                purpose,
                user_id: about.user_id,
                group_id: about.group_id,
                event_id: about.event_id,
                topic: topic.to_owned(),
                created_at: now,
                expires_at,
                used_at: None,
                thread_id: match about.still {
                    Condition::Following { thread_id } => Some(thread_id),
                    _ => None,
                },
            });
            let path = match purpose {
                LinkPurpose::Unsubscribe | LinkPurpose::Unfollow => "/unsubscribe/",
                LinkPurpose::StillComing | LinkPurpose::CantMakeIt => "/email/rsvp/",
            };
            Ok(format!("{}{path}{}", self.mail.base_url, token.expose()))
        };
        for (row, payload) in batch {
            let Ok(payload) = payload else {
                continue;
            };
            let Some(about) = &payload.about else {
                continue;
            };
            let mut links = Links::default();
            if let Some(topic) = payload.message.topic() {
                links.unsubscribe = Some(mint(
                    about,
                    LinkPurpose::Unsubscribe,
                    topic.as_str(),
                    now + UNSUBSCRIBE_LINK_LIFETIME,
                )?);
            }
            if let Condition::Following { .. } = about.still {
                links.unfollow = Some(mint(
                    about,
                    LinkPurpose::Unfollow,
                    "",
                    now + UNSUBSCRIBE_LINK_LIFETIME,
                )?);
            }
            if let Condition::Reminder { starts_at } = about.still {
                links.still_coming = Some(mint(about, LinkPurpose::StillComing, "", starts_at)?);
                links.cant_make_it = Some(mint(about, LinkPurpose::CantMakeIt, "", starts_at)?);
            }
            if links != Links::default() {
                minted.insert(row.id, links);
            }
        }
        if !stored.is_empty() {
            self.db
                .write(move |c| notifications::insert_links(c, &stored))
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(minted)
    }

    /// Creates the secret behind a link and returns the link; `None` when the link no longer
    /// makes sense (the account is gone, its address changed, the invitation was withdrawn).
    async fn mint(&self, spec: &LinkToMint, recipient: &str) -> Result<Option<String>, String> {
        let token = SecretToken::generate("").map_err(|e| e.to_string())?;
        let now = self.clock.now();
        let (path, spec, recipient) = match spec {
            LinkToMint::Account { purpose, .. } => {
                (purpose.link_path(), spec.clone(), recipient.to_owned())
            }
            LinkToMint::Invitation { .. } => ("/invitations/", spec.clone(), recipient.to_owned()),
        };
        let link = format!("{}{path}{}", self.mail.base_url, token.expose());
        let minted = self
            .db
            .write(move |c| match spec {
                LinkToMint::Account {
                    purpose,
                    user_id,
                    new_email,
                } => {
                    // A link goes only where it was meant to: to the account's current
                    // address, or to the new address being confirmed.
                    let Some(user) = users::find(c, user_id)? else {
                        return Ok(false);
                    };
                    if new_email.as_deref().unwrap_or(&user.email) != recipient {
                        return Ok(false);
                    }
                    email_tokens::mint(c, user_id, purpose, new_email.as_deref(), &token, now)?;
                    Ok(true)
                }
                LinkToMint::Invitation { invitation_id } => {
                    invitations::set_token(c, invitation_id, &token.digest())
                }
            })
            .await
            .map_err(|e| e.to_string())?;
        Ok(minted.then_some(link))
    }
}

/// How much of its lease a row must have left before a send starts: the longest send, and
/// a few seconds for recording its outcome.
fn renew_margin(options: &WorkerOptions) -> chrono::Duration {
    chrono::Duration::from_std(options.send_timeout).unwrap_or(chrono::Duration::MAX / 4)
        + chrono::Duration::seconds(5)
}

/// `scheme://host[:port]/` of an address: one server's deliveries share its back-off.
fn server_of(url: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => url[..after_scheme + i + 1].to_owned(),
        None => format!("{url}/"),
    }
}

/// Attempts at delivering an activity: with [`activity_backoff`], 15 waits (1 minute doubling
/// to a day) add up to about five and a half days of trying before a server that keeps failing
/// is given up on.
const ACTIVITY_ATTEMPTS: i32 = 16;

/// 1 min, 2 min, 4 min, … capped at one day: a remote server that is down for days is tried
/// less and less often, not hammered.
fn activity_backoff(attempts_so_far: i32) -> chrono::Duration {
    let exponent = u32::try_from(attempts_so_far.clamp(0, 16)).unwrap_or(0);
    let seconds = 60i64.saturating_mul(1i64 << exponent);
    chrono::Duration::seconds(seconds.min(24 * 3600))
}

/// 30 s, 1 min, 2 min, … capped at 6 hours.
fn backoff(attempts_so_far: i32) -> chrono::Duration {
    let exponent = u32::try_from(attempts_so_far.clamp(0, 16)).unwrap_or(0);
    let seconds = 30i64.saturating_mul(1i64 << exponent);
    chrono::Duration::seconds(seconds.min(6 * 3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deliveries_share_their_server() {
        assert_eq!(
            server_of("https://m.example/users/a/inbox"),
            "https://m.example/"
        );
        assert_eq!(
            server_of("http://127.0.0.1:8080/inbox"),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(server_of("https://m.example"), "https://m.example/");
        assert_eq!(activity_backoff(0), chrono::Duration::minutes(1));
        assert_eq!(activity_backoff(15), chrono::Duration::days(1));
    }

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0), chrono::Duration::seconds(30));
        assert_eq!(backoff(1), chrono::Duration::seconds(60));
        assert_eq!(backoff(3), chrono::Duration::seconds(240));
        assert_eq!(backoff(20), chrono::Duration::hours(6));
    }

    #[test]
    fn message_ids_use_the_public_host() {
        let mail = MailSettings {
            from_name: "x".into(),
            from_email: "x@y.z".into(),
            instance_name: "x".into(),
            base_url: "https://meetups.example.org:8443".into(),
            default_locale: muster_i18n::Locale::En,
        };
        assert_eq!(mail.message_id_domain(), "meetups.example.org");
    }
}
