//! Command-line interface. Every option is also an environment variable (`MUSTER_*`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "muster",
    version,
    about = "Muster: a free, self-hosted home for local groups and their meetups.",
    long_about = "Muster: a free, self-hosted home for local groups and their meetups.\n\n\
        With no configuration at all, `muster serve` keeps its data in ./muster-data (SQLite, \
        emails written as .eml files) and listens on http://127.0.0.1:8080.\n\n\
        Every option can also be set with the environment variable shown beside it."
)]
pub struct Cli {
    /// Log filter, e.g. `info`, `debug`, `muster_web=debug,info`.
    #[arg(long, env = "MUSTER_LOG", default_value = "info", global = true)]
    pub log: String,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web site and API (and deliver email, unless --no-worker).
    Serve(ServeArgs),
    /// Deliver email from the outbox, without serving HTTP (run several against PostgreSQL).
    Worker(WorkerArgs),
    /// Apply or inspect database migrations.
    Migrate(MigrateArgs),
    /// Administration without SQL: users, the email outbox, backups.
    Admin(AdminArgs),
    /// Bring data in from elsewhere (reports what it created, updated and skipped; safe to
    /// run twice).
    Import(ImportArgs),
    /// Take data out: a group's whole history as one archive.
    Export(ExportArgs),
}

/// The instance's public identity.
#[derive(Debug, Args, Clone)]
pub struct SiteArgs {
    /// Public URL of this instance, used for every absolute link (emails, feeds).
    /// [default: http://BIND; for `muster worker`, http://127.0.0.1:8080]
    #[arg(long, env = "MUSTER_BASE_URL")]
    pub base_url: Option<String>,

    /// Name shown in page titles, headers and emails.
    #[arg(long, env = "MUSTER_INSTANCE_NAME", default_value = "Muster")]
    pub instance_name: String,

    /// Language for visitors whose browser asks for none Muster speaks, and for email to
    /// people who have not chosen one: en, de, es, fr, pt-BR, ja, zh-CN or zh-TW.
    #[arg(long, env = "MUSTER_DEFAULT_LOCALE", default_value = "en", value_parser = parse_locale)]
    pub default_locale: muster_i18n::Locale,
}

fn parse_locale(text: &str) -> Result<muster_i18n::Locale, String> {
    muster_i18n::Locale::parse(text)
        .filter(|l| muster_i18n::Locale::SHIPPED.contains(l))
        .ok_or_else(|| {
            let tags: Vec<&str> = muster_i18n::Locale::SHIPPED
                .iter()
                .map(|l| l.tag())
                .collect();
            format!(
                "Muster does not speak {text:?}; choose one of {}",
                tags.join(", ")
            )
        })
}

/// How email leaves.
#[derive(Debug, Args, Clone)]
pub struct MailArgs {
    /// SMTP server: smtp://USER:PASSWORD@HOST:587 (STARTTLS), smtps://HOST:465 (TLS), or
    /// smtp://127.0.0.1:25 (plain, loopback only). [default: .eml files in DATA_DIR/outbox]
    #[arg(long, env = "MUSTER_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of every email: "Name <address>" or an address.
    /// [default: INSTANCE_NAME <noreply@HOST of the base URL>]
    #[arg(long, env = "MUSTER_MAIL_FROM")]
    pub mail_from: Option<String>,
}

/// Federation with the fediverse (ActivityPub).
#[derive(Debug, Args, Clone)]
pub struct FederationArgs {
    /// Public groups as ActivityPub actors that Mastodon, Mobilizon and others can follow:
    /// on or off.
    #[arg(long, env = "MUSTER_FEDERATION", default_value = "on", value_parser = parse_on_off)]
    pub federation: bool,

    /// FOR TESTS ONLY: let federation reach loopback and private addresses over plain http
    /// (a test peer on 127.0.0.1). Never set this on a public server: it opens the server to
    /// request forgery against its own network.
    #[arg(long, env = "MUSTER_FEDERATION_ALLOW_PRIVATE_ADDRESSES")]
    pub federation_allow_private_addresses: bool,
}

fn parse_on_off(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err(format!("{text:?} is neither on nor off")),
    }
}

/// Where data lives.
#[derive(Debug, Args, Clone)]
pub struct StorageArgs {
    /// Directory for the SQLite database and the file email outbox; created if missing.
    #[arg(long, env = "MUSTER_DATA_DIR", default_value = "./muster-data")]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
    /// [default: sqlite://DATA_DIR/muster.sqlite3]
    #[arg(long, env = "MUSTER_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(flatten)]
    pub site: SiteArgs,

    #[command(flatten)]
    pub mail: MailArgs,

    #[command(flatten)]
    pub federation: FederationArgs,

    /// Address and port to listen on.
    #[arg(long, env = "MUSTER_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,

    /// Do not deliver email from this process (run `muster worker` separately).
    #[arg(long, env = "MUSTER_NO_WORKER")]
    pub no_worker: bool,

    /// Take client addresses from X-Forwarded-For. Only behind a reverse proxy that sets it.
    #[arg(long, env = "MUSTER_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// Months without an event after which a group is shown as dormant (and can be adopted).
    #[arg(long, env = "MUSTER_DORMANT_AFTER_MONTHS", default_value_t = 12,
          value_parser = clap::value_parser!(u32).range(1..=120))]
    pub dormant_after_months: u32,

    /// Days a group's organizers have to refuse a request to adopt it, before an instance
    /// administrator may approve it.
    #[arg(long, env = "MUSTER_ADOPTION_GRACE_DAYS", default_value_t = 14,
          value_parser = clap::value_parser!(u32).range(1..=90))]
    pub adoption_grace_days: u32,

    /// The most megabytes (MiB) of photos one group may keep (at most 1536, so that a group's
    /// archive stays under the 2 GiB an import reads).
    #[arg(long, env = "MUSTER_PHOTO_QUOTA_MB", default_value_t = 1024,
          value_parser = clap::value_parser!(u32).range(1..=1536))]
    pub photo_quota_mb: u32,

    /// Where maps get their tiles: a URL template with {z}, {x} and {y}, or `off` for no maps
    /// (pages keep their lists and links to openstreetmap.org).
    #[arg(long, env = "MUSTER_MAP_TILES", default_value = muster_app::DEFAULT_MAP_TILES,
          value_parser = clap::value_parser!(muster_app::MapTiles))]
    pub map_tiles: muster_app::MapTiles,

    /// HTTP worker threads. [default: one per CPU]
    #[arg(long, env = "MUSTER_HTTP_WORKERS")]
    pub http_workers: Option<usize>,

    /// Maximum database connections (readers, on SQLite; there is always one writer).
    #[arg(long, env = "MUSTER_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,
}

#[derive(Debug, Args, Clone)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(flatten)]
    pub site: SiteArgs,

    #[command(flatten)]
    pub mail: MailArgs,

    #[command(flatten)]
    pub federation: FederationArgs,

    /// Run the scheduler tick and deliver what is due now, then exit (for cron or a one-off
    /// flush).
    #[arg(long)]
    pub once: bool,
}

#[derive(Debug, Args, Clone)]
pub struct AdminArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(subcommand)]
    pub action: AdminAction,
}

#[derive(Debug, Subcommand, Clone)]
pub enum AdminAction {
    /// Create an account (already verified), optionally an instance administrator.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Make the account an instance administrator.
        #[arg(long)]
        admin: bool,
        /// Read the password from the first line of standard input; otherwise a strong random
        /// password is generated and printed once.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Copy this SQLite instance, while it runs, into FILE (a zip: the database and the
    /// data directory's other files). For PostgreSQL, use pg_dump.
    Backup {
        /// The backup file to write (must not exist).
        file: PathBuf,
    },
    /// Restore a backup into a new, empty data directory (its database becomes
    /// NEW/muster.sqlite3; then run `muster serve --data-dir NEW`).
    Restore {
        /// The backup file (from `muster admin backup`).
        file: PathBuf,
        /// The new, empty data directory to restore into.
        #[arg(long = "data-dir", value_name = "NEW")]
        into: PathBuf,
    },
    /// List or requeue emails in the outbox.
    Outbox {
        #[command(subcommand)]
        action: Option<OutboxAction>,
    },
    /// The fediverse: deliveries and their health, blocked domains.
    Federation {
        #[command(subcommand)]
        action: Option<FederationAction>,
    },
}

#[derive(Debug, Subcommand, Clone)]
pub enum FederationAction {
    /// Deliveries by status, the inboxes failing most, and the blocked domains (the default).
    Health,
    /// Refuse everything from DOMAIN (and its subdomains) and send nothing there.
    Block {
        domain: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Federate with DOMAIN again.
    Unblock { domain: String },
}

#[derive(Debug, Subcommand, Clone)]
pub enum OutboxAction {
    /// List emails (default: pending and failed).
    List {
        /// pending, failed, sent, dropped or all.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Put failed emails back in the queue with a fresh attempt budget.
    Requeue {
        /// The email's id (from `list`).
        id: Option<String>,
        /// Every failed email.
        #[arg(long, conflicts_with = "id")]
        all_failed: bool,
    },
}

#[derive(Debug, Args, Clone)]
pub struct ImportArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(flatten)]
    pub site: SiteArgs,

    /// Report what the import would do, and change nothing.
    #[arg(long, global = true)]
    pub dry_run: bool,

    #[command(subcommand)]
    pub what: ImportWhat,
}

#[derive(Debug, Subcommand, Clone)]
pub enum ImportWhat {
    /// The python.org "LocalUserGroups" wiki page in MoinMoin markup (its raw text, saved to a
    /// file): each group it lists becomes an unclaimed directory entry, under its region.
    WikiDirectory {
        /// The saved page (UTF-8, at most 5 MiB).
        file: PathBuf,
    },
    /// A group archive made by `muster export group` (or the group settings' download), from
    /// this or another Muster instance: the group comes back with its ids and history.
    Archive {
        /// The ZIP file.
        file: PathBuf,
        /// Another address for the group, if its own is taken here.
        #[arg(long)]
        slug: Option<String>,
        /// The email address of an account here that becomes the group's organizer.
        #[arg(long)]
        organizer: Option<String>,
    },
    /// Events from an iCalendar file or URL (an old group calendar) into a group: idempotent by
    /// UID, so importing again updates instead of duplicating. Prints what was created,
    /// updated, unchanged and skipped (with the line and reason); fails on a file that is not
    /// a readable calendar, changing nothing.
    Ical {
        /// The group's slug (its address, /g/SLUG).
        #[arg(long)]
        group: String,
        /// A .ics file (UTF-8, at most 5 MiB), or an http:// or https:// address to fetch
        /// (public internet addresses only; at most 3 redirects, 5 MiB and 15 seconds).
        source: String,
    },
    /// A Meetup.com member list (CSV, TSV or XLSX, as Meetup exports it): each person becomes
    /// a placeholder member of the group, keyed by their Meetup member id, until they claim
    /// their history with a claim link (see meetup-claim-links).
    MeetupMembers {
        /// The group's slug.
        #[arg(long)]
        group: String,
        /// The export (at most 5 MiB; UTF-8 or UTF-16 text, or an XLSX workbook).
        file: PathBuf,
    },
    /// A Meetup.com event's attendee list (CSV, TSV or XLSX): each answer becomes part of a
    /// past event's history; people not on the member list become placeholders too.
    MeetupAttendees {
        /// The group's slug.
        #[arg(long)]
        group: String,
        /// An existing past event's id, or `new`: the event named by --title and --starts-at,
        /// created if the group has no event with that title and start.
        #[arg(long)]
        event: String,
        /// With `--event new`: the event's title.
        #[arg(long)]
        title: Option<String>,
        /// With `--event new`: local start time, e.g. 2024-10-24T18:30.
        #[arg(long)]
        starts_at: Option<String>,
        /// With `--event new`: the IANA zone of --starts-at. [default: the group's]
        #[arg(long)]
        timezone: Option<String>,
        /// With `--event new`: how long the event lasted, in minutes.
        #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(i64).range(1..=10_080))]
        duration_minutes: i64,
        /// The export (at most 5 MiB; UTF-8 or UTF-16 text, or an XLSX workbook).
        file: PathBuf,
    },
    /// Issues a fresh claim link for each unclaimed placeholder of the group (replacing earlier
    /// links) and prints them as CSV (name, meetup_id, events_attended, claim_link) for the
    /// organizers to send. Only a digest of each link is stored.
    MeetupClaimLinks {
        /// The group's slug.
        #[arg(long)]
        group: String,
        /// Only the placeholder with this Meetup member id.
        #[arg(long)]
        meetup_id: Option<String>,
        /// Write the CSV to this file (created; refused if it exists) instead of printing it.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone)]
pub struct ExportArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(flatten)]
    pub site: SiteArgs,

    #[command(subcommand)]
    pub what: ExportWhat,
}

#[derive(Debug, Subcommand, Clone)]
pub enum ExportWhat {
    /// A group's archive: a ZIP with archive.json (versioned, documented in
    /// docs/archive-format.md), calendar.ics and a static HTML site.
    Group {
        /// The group's address (the SLUG in /g/SLUG).
        slug: String,
        /// Where to write the ZIP [default: SLUG-archive-DATE.zip in the current directory].
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(subcommand)]
    pub action: Option<MigrateAction>,
}

#[derive(Debug, Subcommand, Clone, Copy, PartialEq, Eq)]
pub enum MigrateAction {
    /// Apply every pending migration (the default).
    Run,
    /// List migrations and whether each is applied.
    Status,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
