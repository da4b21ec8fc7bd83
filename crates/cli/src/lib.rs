//! # muster — the command line
//!
//! What the operator types: the `clap` definitions of `muster serve | worker | migrate |
//! admin | import | export` ([`cli`]), the [`Settings`] they gather, the start-up checks
//! shared by every command (data directory, database, mail, password hashing — each failure a
//! [`StartupError`] whose message is one line that says what to do), and the commands that need
//! no HTTP server ([`commands`]). `muster serve` itself is assembled by `muster-server`, which
//! links this crate with the HTTP layer into the `muster` executable.

pub mod backup;
pub mod cli;
pub mod commands;
pub mod import;

use std::{
    net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, ToSocketAddrs},
    path::{Path, PathBuf},
};

use muster_core::secrets::{HashCost, PasswordHasher};
use muster_db::{DatabaseUrl, Db, DbError, DbUrlError, PoolOptions};
use muster_mail::Transport;
use muster_worker::MailSettings;

/// Where `muster serve` listens unless told otherwise (`--bind`); also the host of the default
/// base URL of `muster worker`, which listens nowhere.
pub const DEFAULT_BIND: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8080));

/// Everything `muster serve` needs, already gathered from flags and environment.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `HOST:PORT` to listen on; port 0 picks a free port.
    pub bind: String,
    /// Holds the SQLite database (by default) and the file email outbox.
    pub data_dir: PathBuf,
    /// `sqlite://PATH` or `postgres://…`; `None` means SQLite in the data directory.
    pub database_url: Option<String>,
    /// The public URL; `None` means `http://` + the bound address.
    pub base_url: Option<String>,
    pub instance_name: String,
    /// The language of visitors who ask for none Muster speaks (`MUSTER_DEFAULT_LOCALE`).
    pub default_locale: muster_i18n::Locale,
    pub http_workers: usize,
    pub db_pool_size: u32,
    /// Whether actix handles SIGINT/SIGTERM (graceful shutdown). Off in tests.
    pub handle_signals: bool,
    /// `smtp://…` or `smtps://…`; `None` writes `.eml` files into `DATA_DIR/outbox`.
    pub smtp_url: Option<String>,
    /// `Name <address>` or `address`; `None` means the instance name at `noreply@` the host.
    pub mail_from: Option<String>,
    /// Run the outbox worker inside this process.
    pub run_worker: bool,
    /// Take client addresses from `X-Forwarded-For` (behind a trusted reverse proxy only).
    pub trust_forwarded_for: bool,
    /// Months without an event after which a group is shown as dormant.
    pub dormant_after_months: u32,
    /// Days a group's organizers have to refuse a request to adopt it.
    pub adoption_grace_days: u32,
    /// The most MiB of photos one group may keep.
    pub photo_quota_mb: u32,
    /// Where maps get their tiles (or no maps).
    pub map_tiles: muster_app::MapTiles,
    /// argon2id cost; [`HashCost::OWASP`] except in test suites.
    pub password_cost: HashCost,
    /// TEST ONLY: `host:port` pairs that server-side fetches may reach although they are
    /// loopback or private (the test suite's local calendar server). Always empty outside
    /// tests: no flag or environment variable sets it.
    pub fetch_allow_private: Vec<String>,
    /// Public groups federate (ActivityPub).
    pub federation: bool,
    /// TEST ONLY: federation may reach loopback and private addresses over http.
    pub federation_allow_private_addresses: bool,
}

/// Photos one group may keep, in MiB, unless `MUSTER_PHOTO_QUOTA_MB` says otherwise.
pub const DEFAULT_PHOTO_QUOTA_MB: u32 = 1024;

impl Settings {
    /// What `muster serve`'s flags and environment say (real password cost, signals handled,
    /// no test-only fetch exceptions).
    pub fn from_serve(args: cli::ServeArgs) -> Settings {
        Settings {
            bind: args.bind,
            data_dir: args.storage.data_dir,
            database_url: args.storage.database_url,
            base_url: args.site.base_url,
            instance_name: args.site.instance_name,
            default_locale: args.site.default_locale,
            http_workers: args.http_workers.unwrap_or_else(default_workers),
            db_pool_size: args.db_pool_size,
            handle_signals: true,
            smtp_url: args.mail.smtp_url,
            mail_from: args.mail.mail_from,
            run_worker: !args.no_worker,
            trust_forwarded_for: args.trust_forwarded_for,
            dormant_after_months: args.dormant_after_months,
            adoption_grace_days: args.adoption_grace_days,
            photo_quota_mb: args.photo_quota_mb,
            map_tiles: args.map_tiles,
            password_cost: HashCost::OWASP,
            fetch_allow_private: Vec::new(),
            federation: args.federation.federation,
            federation_allow_private_addresses: args.federation.federation_allow_private_addresses,
        }
    }

    /// The zero-configuration defaults, rooted at `data_dir`.
    pub fn with_data_dir(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            bind: DEFAULT_BIND.to_string(),
            data_dir: data_dir.into(),
            database_url: None,
            base_url: None,
            instance_name: "Muster".to_owned(),
            default_locale: muster_i18n::Locale::En,
            http_workers: default_workers(),
            db_pool_size: 8,
            handle_signals: true,
            smtp_url: None,
            mail_from: None,
            run_worker: true,
            trust_forwarded_for: false,
            dormant_after_months: muster_core::group::DEFAULT_DORMANT_MONTHS,
            adoption_grace_days: muster_core::group::DEFAULT_ADOPTION_GRACE_DAYS,
            photo_quota_mb: DEFAULT_PHOTO_QUOTA_MB,
            map_tiles: muster_app::MapTiles::default(),
            password_cost: HashCost::OWASP,
            fetch_allow_private: Vec::new(),
            federation: true,
            federation_allow_private_addresses: false,
        }
    }

    /// The database URL in effect.
    pub fn database_url(&self) -> Result<DatabaseUrl, StartupError> {
        database_url(self.database_url.as_deref(), &self.data_dir)
    }
}

/// The HTTP worker count when none is configured: one per CPU, at least one.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// The database URL in effect: the configured one, or SQLite in the data directory.
pub fn database_url(
    configured: Option<&str>,
    data_dir: &Path,
) -> Result<DatabaseUrl, StartupError> {
    match configured.map(str::trim).filter(|s| !s.is_empty()) {
        Some(url) => Ok(DatabaseUrl::parse(url)?),
        None => Ok(DatabaseUrl::sqlite(data_dir.join("muster.sqlite3"))),
    }
}

/// Why Muster could not start. Each message is one line ending in what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(
        "cannot use the data directory {path}: {reason}. Create it and make it writable, or choose another with --data-dir / MUSTER_DATA_DIR"
    )]
    DataDir { path: String, reason: String },
    #[error("{0}. Set it with --database-url / MUSTER_DATABASE_URL")]
    DatabaseUrl(DbUrlError),
    #[error(
        "cannot connect to PostgreSQL at {url}: {reason}. Check that PostgreSQL is running, that the database exists, and that --database-url / MUSTER_DATABASE_URL is right"
    )]
    Postgres { url: String, reason: String },
    #[error(
        "cannot open the SQLite database {path}: {reason}. Check the path and its permissions, or choose another with --data-dir / --database-url"
    )]
    Sqlite { path: String, reason: String },
    #[error(
        "cannot migrate the database {url}: {reason}. Restore a backup or ask for help with the log above"
    )]
    Migration { url: String, reason: String },
    #[error(
        "cannot listen on {addr}: {reason}. Stop the other program using it, or choose another address with --bind / MUSTER_BIND"
    )]
    Bind { addr: String, reason: String },
    #[error(
        "invalid base URL {url:?}: {reason}. Use the address people type, e.g. https://meetups.example.org, with --base-url / MUSTER_BASE_URL"
    )]
    BaseUrl { url: String, reason: String },
    #[error("cannot start the HTTP server: {0}")]
    Server(String),
    #[error(
        "invalid SMTP URL: {0}. Use smtp://USER:PASSWORD@HOST:587 (STARTTLS), smtps://HOST:465 (TLS) or smtp://127.0.0.1:25, with --smtp-url / MUSTER_SMTP_URL"
    )]
    Smtp(String),
    #[error(
        "invalid sender address {value:?}: {reason}. Use \"Name <address@example.org>\" or an address, with --mail-from / MUSTER_MAIL_FROM"
    )]
    MailFrom { value: String, reason: String },
    #[error("cannot prepare password hashing: {0}")]
    Hasher(String),
}

// Not `#[from]`: that would make the URL error the *source* too, and `{:#}` would print it twice.
impl From<DbUrlError> for StartupError {
    fn from(error: DbUrlError) -> Self {
        StartupError::DatabaseUrl(error)
    }
}

/// One line, however many the underlying library produced.
pub fn one_line(text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(text);
    first
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ' '])
        .to_owned()
}

/// Creates the data directory if needed and proves it is writable.
pub fn prepare_data_dir(path: &Path) -> Result<(), StartupError> {
    let fail = |reason: String| StartupError::DataDir {
        path: path.display().to_string(),
        reason,
    };
    std::fs::create_dir_all(path).map_err(|e| fail(io_reason(&e)))?;
    let probe = path.join(".muster-write-test");
    std::fs::write(&probe, b"ok").map_err(|e| fail(io_reason(&e)))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match error.kind() {
        PermissionDenied => "permission denied".to_owned(),
        NotADirectory => "a file is in the way of the path".to_owned(),
        AlreadyExists => "a file with that name already exists".to_owned(),
        ReadOnlyFilesystem => "the file system is read-only".to_owned(),
        StorageFull => "the disk is full".to_owned(),
        _ => one_line(&error.to_string()),
    }
}

/// Opens (creating and migrating) the database, mapping failures to start-up errors.
pub async fn open_database(url: &DatabaseUrl, pool_size: u32) -> Result<Db, StartupError> {
    let owned = url.clone();
    let opened = tokio::task::spawn_blocking(move || {
        Db::open(
            &owned,
            PoolOptions {
                max_connections: pool_size.max(1),
                ..PoolOptions::default()
            },
        )
    })
    .await
    .map_err(|e| StartupError::Server(e.to_string()))?;
    opened.map_err(|error| startup_db_error(url, error))
}

fn startup_db_error(url: &DatabaseUrl, error: DbError) -> StartupError {
    match (error, url) {
        (DbError::Migration(reason), _) => StartupError::Migration {
            url: url.redacted(),
            reason: one_line(&reason),
        },
        (DbError::SqliteFile(e), DatabaseUrl::Sqlite { path }) => StartupError::Sqlite {
            path: path.display().to_string(),
            reason: io_reason(&e),
        },
        (other, DatabaseUrl::Sqlite { path }) => StartupError::Sqlite {
            path: path.display().to_string(),
            reason: one_line(&other.to_string()),
        },
        (DbError::Connect(e), DatabaseUrl::Postgres { .. }) => StartupError::Postgres {
            url: url.redacted(),
            reason: one_line(&e.to_string()),
        },
        (other, DatabaseUrl::Postgres { .. }) => StartupError::Postgres {
            url: url.redacted(),
            reason: one_line(&other.to_string()),
        },
    }
}

pub fn bind(addr: &str) -> Result<TcpListener, StartupError> {
    let fail = |reason: &str| StartupError::Bind {
        addr: addr.to_owned(),
        reason: reason.to_owned(),
    };
    let addrs: Vec<SocketAddr> = addr
        .to_socket_addrs()
        .map_err(|_| fail("not a HOST:PORT address (for example 127.0.0.1:8080)"))?
        .collect();
    let mut last = None;
    for candidate in addrs {
        match TcpListener::bind(candidate) {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    Err(match last {
        Some(e) => match e.kind() {
            std::io::ErrorKind::AddrInUse => fail("the address is already in use"),
            std::io::ErrorKind::PermissionDenied => {
                fail("permission denied (ports below 1024 need privileges)")
            }
            std::io::ErrorKind::AddrNotAvailable => fail("that address is not on this machine"),
            _ => fail(&one_line(&e.to_string())),
        },
        None => fail("the name resolves to no address"),
    })
}

/// The public URL: the configured one checked and without its trailing slash, or
/// `http://` + `local`.
pub fn base_url(configured: Option<&str>, local: SocketAddr) -> Result<String, StartupError> {
    let Some(text) = configured.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(format!("http://{local}"));
    };
    let fail = |reason: &str| StartupError::BaseUrl {
        url: text.to_owned(),
        reason: reason.to_owned(),
    };
    let parsed = url::Url::parse(text).map_err(|e| fail(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(fail("it must start with http:// or https://"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(fail("it has no host name"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(fail("it must not have a query or fragment"));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// The sender of every email, from `--mail-from` or derived from the instance.
pub fn mail_settings(
    mail_from: Option<&str>,
    instance_name: &str,
    base_url: &str,
    default_locale: muster_i18n::Locale,
) -> Result<MailSettings, StartupError> {
    let (from_name, from_email) = match mail_from.map(str::trim).filter(|s| !s.is_empty()) {
        Some(text) => {
            let (name, email) =
                muster_mail::parse_mailbox(text).map_err(|reason| StartupError::MailFrom {
                    value: text.to_owned(),
                    reason,
                })?;
            (name.unwrap_or_else(|| instance_name.to_owned()), email)
        }
        None => {
            let host = url::Url::parse(base_url)
                .ok()
                .and_then(|u| u.domain().map(str::to_owned))
                .filter(|d| d.contains('.'))
                .unwrap_or_else(|| "localhost".to_owned());
            (instance_name.to_owned(), format!("noreply@{host}"))
        }
    };
    Ok(MailSettings {
        from_name,
        from_email,
        instance_name: instance_name.to_owned(),
        base_url: base_url.to_owned(),
        default_locale,
    })
}

/// The configured mail transport: SMTP, or `.eml` files in the data directory.
pub fn mail_transport(smtp_url: Option<&str>, data_dir: &Path) -> Result<Transport, StartupError> {
    match smtp_url.map(str::trim).filter(|s| !s.is_empty()) {
        Some(url) => Transport::smtp(url).map_err(|e| StartupError::Smtp(e.to_string())),
        None => Transport::file(data_dir.join("outbox")).map_err(|e| StartupError::DataDir {
            path: data_dir.join("outbox").display().to_string(),
            reason: io_reason(&e),
        }),
    }
}

/// argon2id at `cost`, with its dummy hash computed off the async runtime.
pub async fn password_hasher(cost: HashCost) -> Result<PasswordHasher, StartupError> {
    tokio::task::spawn_blocking(move || PasswordHasher::new(cost))
        .await
        .map_err(|e| StartupError::Hasher(e.to_string()))?
        .map_err(|e| StartupError::Hasher(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_defaults_to_the_bound_address_and_loses_its_trailing_slash() {
        let local: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert_eq!(base_url(None, local).unwrap(), "http://127.0.0.1:8080");
        assert_eq!(
            base_url(Some("https://meetups.example.org/"), local).unwrap(),
            "https://meetups.example.org"
        );
        let error = base_url(Some("ftp://x"), local).unwrap_err().to_string();
        assert!(error.contains("http:// or https://"), "{error}");
    }

    #[test]
    fn database_url_defaults_to_sqlite_in_the_data_dir() {
        let url = database_url(None, Path::new("/srv/muster")).unwrap();
        assert_eq!(url, DatabaseUrl::sqlite("/srv/muster/muster.sqlite3"));
        let error = database_url(Some("mysql://x"), Path::new("."))
            .unwrap_err()
            .to_string();
        assert!(error.contains("MUSTER_DATABASE_URL"), "{error}");
        assert!(!error.contains('\n'));
    }

    #[test]
    fn an_occupied_port_is_reported_plainly() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = taken.local_addr().unwrap().to_string();
        let error = bind(&addr).unwrap_err().to_string();
        assert!(error.contains("already in use"), "{error}");
        assert!(error.contains("--bind / MUSTER_BIND"), "{error}");
    }

    #[test]
    fn a_file_in_the_way_of_the_data_dir_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, b"x").unwrap();
        let error = prepare_data_dir(&file.join("data"))
            .unwrap_err()
            .to_string();
        assert!(error.contains("a file is in the way"), "{error}");
        assert!(error.contains("MUSTER_DATA_DIR"), "{error}");
    }
}
