//! What each subcommand does.

use std::{io::BufRead, path::Path, sync::Arc};

use anyhow::{Context, bail};
use muster_app::{accounts::insert_user, imports::meetup::EventChoice};
use muster_core::{
    Clock, SystemClock, Timestamp,
    account::{DisplayName, Email, NewPassword},
    id::{OutboxEmailId, UserId},
    secrets::{HashCost, SecretToken},
};
use muster_db::{
    Db, migrations,
    outbox::{self, Status},
};
use muster_worker::{Scheduler, Worker, WorkerOptions};
use tokio::sync::watch;

use crate::{
    StartupError,
    cli::{
        AdminAction, AdminArgs, ExportArgs, ExportWhat, FederationAction, ImportArgs, ImportWhat,
        MigrateAction, MigrateArgs, OutboxAction, WorkerArgs,
    },
    mail_settings, mail_transport, open_database, password_hasher, prepare_data_dir,
};

async fn open(storage: &crate::cli::StorageArgs) -> Result<Db, StartupError> {
    prepare_data_dir(&storage.data_dir)?;
    let url = crate::database_url(storage.database_url.as_deref(), &storage.data_dir)?;
    open_database(&url, 4).await
}

/// `muster worker`
pub async fn worker(args: WorkerArgs) -> anyhow::Result<()> {
    let db = open(&args.storage).await?;
    // No listener here: without --base-url, links point where `muster serve` listens by default.
    let base_url = crate::base_url(args.site.base_url.as_deref(), crate::DEFAULT_BIND)?;
    if args.site.base_url.is_none() {
        tracing::warn!(%base_url, "no --base-url / MUSTER_BASE_URL: emailed links point at the default address");
    }
    let mail = mail_settings(
        args.mail.mail_from.as_deref(),
        &args.site.instance_name,
        &base_url,
        args.site.default_locale,
    )?;
    let transport = mail_transport(args.mail.smtp_url.as_deref(), &args.storage.data_dir)?;
    let federation = muster_app::federation::Federation::new(
        &base_url,
        args.federation.federation,
        args.federation.federation_allow_private_addresses,
    );
    let scheduler =
        Scheduler::new(db.clone(), Arc::new(SystemClock)).with_federation(federation.clone());
    if args.federation.federation && args.federation.federation_allow_private_addresses {
        tracing::warn!(
            "federation may reach loopback and private addresses over plain http \
             (--federation-allow-private-addresses): for tests only, never on a public server"
        );
    }
    let worker = Worker::new(
        db,
        Arc::new(SystemClock),
        transport,
        mail,
        WorkerOptions::default(),
    )
    .with_federation(federation);
    if args.once {
        let ticked = scheduler.tick().await?;
        println!(
            "scheduler: {} series extended, {} events created, {} groups refreshed; \
             deleted {} expired sessions, {} expired email links, {} rate-limit counters; \
             {} reminders queued, {} missed; {} discussion reply emails queued",
            ticked.series,
            ticked.events_created,
            ticked.groups_refreshed,
            ticked.sessions_deleted,
            ticked.email_tokens_deleted + ticked.email_links_deleted,
            ticked.rate_limits_pruned,
            ticked.reminders_queued,
            ticked.reminders_missed,
            ticked.thread_emails
        );
        let report = worker.run_until_idle().await?;
        println!(
            "sent {}, retrying {}, failed {}, dropped {}",
            report.sent, report.retried, report.failed, report.dropped
        );
        return Ok(());
    }
    let (stop, stopped) = watch::channel(false);
    let ticks = tokio::spawn(scheduler.run(stop.subscribe()));
    let task = tokio::spawn(worker.run(stopped));
    wait_for_signal().await;
    tracing::info!("stopping the worker after the email in hand");
    let _ = stop.send(true);
    let _ = task.await;
    let _ = ticks.await;
    Ok(())
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// `muster admin …`
pub async fn admin(args: AdminArgs) -> anyhow::Result<()> {
    // Neither may create a database: backup reads the one there is, restore needs an empty
    // directory.
    match &args.action {
        AdminAction::Backup { file } => {
            let done = crate::backup::backup(&args.storage, file).await?;
            println!(
                "backed up the database ({} bytes) and {} other file(s) to {}",
                done.database_bytes,
                done.files,
                file.display()
            );
            return Ok(());
        }
        AdminAction::Restore { file, into } => {
            let done = crate::backup::restore(file, into).await?;
            println!(
                "restored the database ({} bytes) and {} other file(s) into {}; run `muster serve --data-dir {}`",
                done.database_bytes,
                done.files,
                into.display(),
                into.display()
            );
            return Ok(());
        }
        _ => {}
    }
    let db = open(&args.storage).await?;
    match args.action {
        AdminAction::CreateUser {
            email,
            name,
            admin,
            password_stdin,
        } => {
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                line.trim_end_matches(['\r', '\n']).to_owned()
            } else {
                String::new()
            };
            let (id, generated) = create_user(&db, &email, &name, admin, &password).await?;
            println!(
                "created {} {id} <{}>",
                if admin { "administrator" } else { "user" },
                email.trim().to_lowercase()
            );
            if let Some(password) = generated {
                println!("password (shown once, change it after logging in): {password}");
            }
        }
        AdminAction::Outbox { action } => {
            let action = action.unwrap_or(OutboxAction::List {
                status: None,
                limit: 50,
            });
            match action {
                OutboxAction::List { status, limit } => {
                    for line in outbox_report(&db, status.as_deref(), limit).await? {
                        println!("{line}");
                    }
                }
                OutboxAction::Requeue { id, all_failed } => {
                    let id = match (id, all_failed) {
                        (Some(id), false) => Some(
                            OutboxEmailId::parse(&id)
                                .map_err(|_| anyhow::anyhow!("{id:?} is not an outbox id"))?,
                        ),
                        (None, true) => None,
                        _ => bail!("name an email id, or pass --all-failed"),
                    };
                    let now = muster_core::Clock::now(&SystemClock);
                    let count = db
                        .write(move |c| outbox::requeue_failed(c, id, now))
                        .await?;
                    println!("requeued {count} email(s)");
                }
            }
        }
        AdminAction::Federation { action } => {
            for line in federation_admin(&db, action.unwrap_or(FederationAction::Health)).await? {
                println!("{line}");
            }
        }
        AdminAction::Backup { .. } | AdminAction::Restore { .. } => {}
    }
    Ok(())
}

/// `muster admin federation …`: what it did, in lines.
pub async fn federation_admin(db: &Db, action: FederationAction) -> anyhow::Result<Vec<String>> {
    use muster_app::federation;
    let fail = |e: muster_app::AppError| anyhow::anyhow!("{}", e.headline());
    let now = muster_core::Clock::now(&SystemClock);
    Ok(match action {
        FederationAction::Block { domain, reason } => {
            let domain = federation::block_domain(db, &domain, &reason, now)
                .await
                .map_err(fail)?;
            vec![format!(
                "blocked {domain}: nothing from it is accepted, nothing is sent to it"
            )]
        }
        FederationAction::Unblock { domain } => {
            if federation::unblock_domain(db, &domain)
                .await
                .map_err(fail)?
            {
                vec![format!("unblocked {}", domain.trim().to_ascii_lowercase())]
            } else {
                bail!("{domain} was not blocked")
            }
        }
        FederationAction::Health => {
            let health = federation::health(db).await.map_err(fail)?;
            let mut lines = vec!["deliveries to the fediverse:".to_owned()];
            if health.deliveries.is_empty() {
                lines.push("  none yet".to_owned());
            }
            for (status, count, retries) in health.deliveries {
                lines.push(format!("  {status:<8} {count:>6} ({retries} retries)"));
            }
            lines.push("inboxes failing most (pending or failed, with the last error):".to_owned());
            if health.failing.is_empty() {
                lines.push("  none".to_owned());
            }
            for (inbox, count, error) in health.failing {
                lines.push(format!("  {inbox}: {count} ({error})"));
            }
            lines.push("blocked domains:".to_owned());
            if health.blocked.is_empty() {
                lines.push("  none".to_owned());
            }
            for b in health.blocked {
                lines.push(format!("  {} {}", b.domain, b.reason));
            }
            lines
        }
    })
}

/// Creates a verified account; returns its id and the generated password, if one was.
pub async fn create_user(
    db: &Db,
    email: &str,
    name: &str,
    admin: bool,
    password: &str,
) -> anyhow::Result<(UserId, Option<String>)> {
    create_user_with_cost(db, email, name, admin, password, HashCost::OWASP).await
}

/// [`create_user`] with a chosen argon2 cost (test suites use a cheap one).
pub async fn create_user_with_cost(
    db: &Db,
    email: &str,
    name: &str,
    admin: bool,
    password: &str,
    cost: HashCost,
) -> anyhow::Result<(UserId, Option<String>)> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let name = DisplayName::parse(name).map_err(|e| anyhow::anyhow!("--name: {e}"))?;
    let (password, generated) = if password.is_empty() {
        let token = SecretToken::generate("")?;
        let generated: String = token.expose().chars().take(24).collect();
        (generated.clone(), Some(generated))
    } else {
        (password.to_owned(), None)
    };
    let password = NewPassword::parse(&password).map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let hasher = password_hasher(cost).await?;
    let hash = tokio::task::spawn_blocking(move || hasher.hash(password.expose())).await??;
    let now = muster_core::Clock::now(&SystemClock);
    let created = db
        .write(move |c| insert_user(c, &email, &name, &hash, admin, Some(now), now))
        .await?;
    match created {
        Some(user) => Ok((user.id, generated)),
        None => bail!("an account with that email address already exists"),
    }
}

/// The lines `muster admin outbox list` prints.
pub async fn outbox_report(
    db: &Db,
    status: Option<&str>,
    limit: i64,
) -> anyhow::Result<Vec<String>> {
    let statuses: Vec<Option<Status>> = match status {
        None => vec![Some(Status::Pending), Some(Status::Failed)],
        Some("all") => vec![None],
        Some(s) => vec![Some(Status::parse(s).ok_or_else(|| {
            anyhow::anyhow!("unknown status {s:?}: use pending, failed, sent, dropped or all")
        })?)],
    };
    let mut lines = Vec::new();
    for status in statuses {
        let rows = db.read(move |c| outbox::list(c, status, limit)).await?;
        for row in rows {
            lines.push(format!(
                "{}  {:<8} {:<24} attempts {:<2} to {:<32} due {}{}",
                row.id,
                row.status.as_str(),
                row.kind,
                row.attempts,
                row.recipient,
                row.run_after,
                row.last_error
                    .map(|e| format!("  last error: {e}"))
                    .unwrap_or_default()
            ));
        }
    }
    if lines.is_empty() {
        lines.push("no emails".to_owned());
    }
    Ok(lines)
}

/// `muster import …`: runs one importer and prints its report.
pub async fn import(args: ImportArgs) -> anyhow::Result<()> {
    let importer = Importer {
        db: open(&args.storage).await?,
        now: SystemClock.now(),
        dry_run: args.dry_run,
    };
    match &args.what {
        ImportWhat::WikiDirectory { file } => importer.wiki_directory(file).await,
        ImportWhat::Archive {
            file,
            slug,
            organizer,
        } => {
            importer
                .archive(file, slug.clone(), organizer.as_deref())
                .await
        }
        ImportWhat::Ical { group, source } => importer.ical(group, source).await,
        ImportWhat::MeetupMembers { group, file } => importer.meetup_members(group, file).await,
        ImportWhat::MeetupAttendees {
            group,
            event,
            title,
            starts_at,
            timezone,
            duration_minutes,
            file,
        } => {
            let choice = event_choice(
                event,
                title.as_deref(),
                starts_at.as_deref(),
                timezone.clone(),
                *duration_minutes,
            )?;
            importer.meetup_attendees(group, choice, file).await
        }
        ImportWhat::MeetupClaimLinks {
            group,
            meetup_id,
            output,
        } => {
            importer
                .meetup_claim_links(&args.site, group, meetup_id.clone(), output.as_deref())
                .await
        }
    }
}

/// What every `muster import …` runs with.
struct Importer {
    db: Db,
    now: Timestamp,
    dry_run: bool,
}

impl Importer {
    /// What a report starts with: that a dry run changed nothing.
    fn dry_note(&self) -> &'static str {
        if self.dry_run {
            "dry run: nothing was changed\n"
        } else {
            ""
        }
    }

    /// `muster import wiki-directory FILE`
    async fn wiki_directory(&self, file: &Path) -> anyhow::Result<()> {
        let text = crate::import::read_text_file(file)?;
        let report =
            muster_app::imports::wiki::wiki_directory(&self.db, &text, self.now, self.dry_run)
                .await?;
        print!(
            "{}wiki directory {}: {report}",
            self.dry_note(),
            file.display()
        );
        Ok(())
    }

    /// `muster import archive FILE [--slug SLUG] [--organizer EMAIL]`
    async fn archive(
        &self,
        file: &Path,
        slug: Option<String>,
        organizer: Option<&str>,
    ) -> anyhow::Result<()> {
        let opened = std::fs::File::open(file)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
        let archive =
            muster_app::archives::read_zip_from(Box::new(std::io::BufReader::new(opened)))
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        let organizer = match organizer {
            Some(email) => Some(self.organizer(email).await?),
            None => None,
        };
        let options = muster_app::archives::ImportOptions {
            slug,
            organizer,
            dry_run: self.dry_run,
        };
        let outcome = muster_app::archives::import(&self.db, archive, options, self.now).await?;
        print!("{}", self.dry_note());
        report_archive(file, outcome)
    }

    /// The account here that `--organizer` names by its email address.
    async fn organizer(&self, email: &str) -> anyhow::Result<UserId> {
        let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--organizer: {}", e.0))?;
        let found = self
            .db
            .read(move |c| muster_db::users::find_by_email(c, &email))
            .await?;
        found
            .map(|u| u.id)
            .with_context(|| "--organizer: no account has that email address here; create it first")
    }

    /// `muster import ical --group SLUG SOURCE`
    async fn ical(&self, group: &str, source: &str) -> anyhow::Result<()> {
        let text = ical_source(source).await?;
        let slug = group.trim().to_owned();
        let lookup = slug.clone();
        let group = self
            .db
            .read(move |c| muster_db::groups::find_by_slug(c, &lookup))
            .await?
            .ok_or_else(|| anyhow::anyhow!("there is no group /g/{slug}"))?;
        let report = muster_app::imports::ical::import_calendar(
            &self.db,
            &group,
            &text,
            None,
            self.now,
            self.dry_run,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        print!(
            "{}iCalendar {source} into /g/{}: {report}",
            self.dry_note(),
            group.slug
        );
        Ok(())
    }

    /// `muster import meetup-members --group SLUG FILE`
    async fn meetup_members(&self, group: &str, file: &Path) -> anyhow::Result<()> {
        let table = crate::import::read_table(file)?;
        let report =
            muster_app::imports::meetup::members(&self.db, group, &table, self.now, self.dry_run)
                .await?;
        print!(
            "{}meetup members {}: {report}",
            self.dry_note(),
            file.display()
        );
        Ok(())
    }

    /// `muster import meetup-attendees --group SLUG --event ID|new … FILE`
    async fn meetup_attendees(
        &self,
        group: &str,
        choice: EventChoice,
        file: &Path,
    ) -> anyhow::Result<()> {
        let table = crate::import::read_table(file)?;
        let report = muster_app::imports::meetup::attendees(
            &self.db,
            group,
            choice,
            &table,
            self.now,
            self.dry_run,
        )
        .await?;
        print!(
            "{}meetup attendees {}: {report}",
            self.dry_note(),
            file.display()
        );
        Ok(())
    }

    /// `muster import meetup-claim-links --group SLUG [--meetup-id ID] [--output FILE]`
    async fn meetup_claim_links(
        &self,
        site: &crate::cli::SiteArgs,
        group: &str,
        meetup_id: Option<String>,
        output: Option<&Path>,
    ) -> anyhow::Result<()> {
        if self.dry_run {
            bail!("claim links are issued for real; there is no dry run");
        }
        let base_url = crate::base_url(site.base_url.as_deref(), crate::DEFAULT_BIND)?;
        if let Some(path) = output
            && path.exists()
        {
            bail!("{} exists already; name a new file", path.display());
        }
        let links = muster_app::imports::meetup::claim_links(
            &self.db, group, meetup_id, &base_url, self.now,
        )
        .await?;
        let csv = muster_app::imports::meetup::claim_links_csv(&links)?;
        match output {
            Some(path) => {
                write_secret_file(path, &csv)?;
                println!("{} claim links written to {}", links.len(), path.display());
            }
            None => print!("{csv}"),
        }
        Ok(())
    }
}

/// Prints what an archive import did, or fails with every problem that refused it.
fn report_archive(
    file: &Path,
    outcome: Result<muster_app::archives::Imported, Vec<String>>,
) -> anyhow::Result<()> {
    match outcome {
        Ok(muster_app::archives::Imported::AlreadyHere { slug }) => {
            println!(
                "archive {}: already here as /g/{slug}; unchanged (nothing written)",
                file.display()
            );
        }
        Ok(muster_app::archives::Imported::Created {
            slug,
            events,
            talks,
            venues,
            series,
            conduct_versions,
            named_members,
            photos,
            threads,
        }) => {
            println!("archive {}: created group /g/{slug}", file.display());
            println!(
                "  events {events}, talks {talks}, venues {venues}, series {series}, \
                 code-of-conduct versions {conduct_versions}, named members {named_members}, \
                 photos {photos}, discussions {threads}"
            );
        }
        Err(problems) => {
            eprintln!("archive {}: nothing was imported:", file.display());
            for problem in &problems {
                eprintln!("  {problem}");
            }
            bail!("the archive was refused ({} problems)", problems.len());
        }
    }
    Ok(())
}

/// The event `muster import meetup-attendees --event` names: an existing one by id, or `new`
/// with its title, start, zone and length.
fn event_choice(
    event: &str,
    title: Option<&str>,
    starts_at: Option<&str>,
    timezone: Option<String>,
    duration_minutes: i64,
) -> anyhow::Result<EventChoice> {
    if event == "new" {
        let (Some(title), Some(starts_at)) = (title, starts_at) else {
            bail!("--event new needs --title and --starts-at (the export names no event)");
        };
        return Ok(EventChoice::New {
            title: title.to_owned(),
            starts_at: muster_core::meetup::parse_local_time(starts_at)
                .map_err(|e| anyhow::anyhow!("--starts-at: {e}"))?,
            timezone,
            duration_minutes,
        });
    }
    if title.is_some() || starts_at.is_some() {
        bail!("--title and --starts-at go with --event new, not with an event id");
    }
    Ok(EventChoice::Existing(
        muster_core::id::EventId::parse(event)
            .map_err(|_| anyhow::anyhow!("--event {event:?} is not an event id or `new`"))?,
    ))
}

/// Writes `text` to a new file at `path` that only its owner can read (claim links are
/// secrets until used).
fn write_secret_file(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    std::io::Write::write_all(
        &mut options
            .open(path)
            .with_context(|| format!("cannot create {}", path.display()))?,
        text.as_bytes(),
    )
    .with_context(|| format!("cannot write {}", path.display()))
}

/// `muster export group SLUG [--output FILE]`
pub async fn export(args: ExportArgs) -> anyhow::Result<()> {
    let db = open(&args.storage).await?;
    let base_url = crate::base_url(args.site.base_url.as_deref(), crate::DEFAULT_BIND)?;
    match &args.what {
        ExportWhat::Group { slug, output } => {
            let source = muster_app::archives::Source {
                instance_name: args.site.instance_name.clone(),
                base_url,
            };
            let mut export = muster_app::archives::export(&db, slug, source, SystemClock.now())
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.message))?
                .with_context(|| format!("there is no group /g/{slug}"))?;
            let path = output
                .clone()
                .unwrap_or_else(|| std::path::PathBuf::from(&export.file_name));
            std::fs::File::create(&path)
                .and_then(|mut out| std::io::copy(&mut export.file, &mut out))
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!(
                "exported /g/{slug} to {}: {} events, {} members ({} named), {} bytes",
                path.display(),
                export.archive.events.len(),
                export.archive.member_count,
                export.archive.members.len(),
                export.size
            );
        }
    }
    Ok(())
}

/// The calendar text of `source`: fetched if it is a URL (under the fetch rules of SECURITY
/// 20), else read from the file.
async fn ical_source(source: &str) -> anyhow::Result<String> {
    use muster_app::imports::ical::{MAX_CALENDAR_BYTES, decode, fetch_calendar};
    if source.contains("://") {
        let policy = muster_app::fetch::FetchPolicy::default();
        return fetch_calendar(source, &policy)
            .await
            .map_err(|e| anyhow::anyhow!("{source}: {e}"));
    }
    let bytes =
        crate::import::read_capped(std::path::Path::new(source), MAX_CALENDAR_BYTES as u64)?;
    Ok(decode(&bytes)
        .map_err(|e| anyhow::anyhow!("{source}: {e}"))?
        .to_owned())
}

/// `muster migrate [run|status]`
pub async fn migrate(args: MigrateArgs) -> anyhow::Result<()> {
    let url = crate::database_url(args.storage.database_url.as_deref(), &args.storage.data_dir)?;
    if let muster_db::DatabaseUrl::Sqlite { .. } = url {
        prepare_data_dir(&args.storage.data_dir)?;
    }
    let action = args.action.unwrap_or(MigrateAction::Run);
    let report = tokio::task::spawn_blocking(move || -> Result<Vec<String>, StartupError> {
        let fail = |reason: String| match &url {
            muster_db::DatabaseUrl::Sqlite { path } => StartupError::Sqlite {
                path: path.display().to_string(),
                reason,
            },
            muster_db::DatabaseUrl::Postgres { .. } => StartupError::Postgres {
                url: url.redacted(),
                reason,
            },
        };
        let mut conn = url
            .establish()
            .map_err(|e| fail(e.to_string().lines().next().unwrap_or_default().to_owned()))?;
        let migration_error = |e: muster_db::DbError| StartupError::Migration {
            url: url.redacted(),
            reason: e.to_string(),
        };
        Ok(match action {
            MigrateAction::Run => {
                let applied = migrations::run_pending(&mut conn).map_err(migration_error)?;
                if applied.is_empty() {
                    vec![format!("{url}: the database is up to date")]
                } else {
                    applied
                        .into_iter()
                        .map(|v| format!("{url}: applied {v}"))
                        .collect()
                }
            }
            MigrateAction::Status => migrations::status(&mut conn)
                .map_err(migration_error)?
                .into_iter()
                .map(|m| format!("[{}] {}", if m.applied { "x" } else { " " }, m.version))
                .collect(),
        })
    })
    .await
    .context("the migration task failed")??;
    for line in report {
        println!("{line}");
    }
    Ok(())
}
