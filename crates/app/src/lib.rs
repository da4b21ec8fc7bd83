//! # muster-app
//!
//! The use cases of Muster: what a page, an API call, the command line or the worker asks for
//! — accounts, groups and membership, events, RSVPs, series, talks and comments, notices,
//! calendars, imports (iCalendar, Meetup.com, the python.org wiki, group archives), archives,
//! adoption, and the guarded server-side fetch. Each takes an [`App`] (the database, the clock,
//! configuration) and answers with an [`AppError`] that carries no HTTP status; `muster-web`
//! turns requests into calls here and answers into responses, `muster` (the CLI) and
//! `muster-worker` call the same functions.
//!
//! Mail is never sent from here: it is written to the outbox in the same transaction as the
//! change that causes it ([`mailer`], [`notices`]), and the worker delivers it.

pub mod accounts;
pub mod archives;
pub mod calendars;
pub mod claims;
pub mod error;
pub mod events;
pub mod federation;
pub mod fetch;
pub mod groups;
pub mod imports;
pub mod limits;
pub mod mailer;
pub mod media;
pub mod notices;
pub mod notifications;

use std::sync::Arc;

use muster_core::{Clock, Timestamp, secrets::PasswordHasher};
use muster_db::Db;
use tokio::sync::Semaphore;

pub use error::{AppError, ErrorCode, ErrorKind};

/// The instance's settings, parsed once at start-up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The public base URL, without a trailing slash (`https://meetups.example.org`). Every
    /// absolute link (emails, feeds, redirects) is built from it, never from a request.
    pub base_url: String,
    /// Shown in page titles, headers and emails.
    pub instance_name: String,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted reverse proxy).
    pub trust_forwarded_for: bool,
    /// Months without an event after which a group is shown as dormant.
    pub dormant_after_months: u32,
    /// TEST ONLY: `host:port` pairs that server-side fetches (iCal import by URL) may reach
    /// although they are loopback or private. Empty in every real configuration; see
    /// [`fetch`].
    pub fetch_allow_private: Vec<String>,
    /// Days a group's organizers have to refuse a request to adopt it.
    pub adoption_grace_days: u32,
    /// The address every email is sent from (`--mail-from`): the organizer of calendar
    /// invitations when the group gives no contact address, else their `SENT-BY`.
    pub mail_from: String,
    /// The language of visitors who ask for none Muster speaks (`MUSTER_DEFAULT_LOCALE`).
    pub default_locale: muster_i18n::Locale,
    /// The most bytes of photos one group may keep (`MUSTER_PHOTO_QUOTA_MB`).
    pub photo_quota_bytes: i64,
    /// Public groups federate (ActivityPub); `--federation off` turns it off.
    pub federation: bool,
    /// TEST ONLY: federation may reach loopback and private addresses, over plain http.
    pub federation_allow_private_addresses: bool,
    /// The map tiles' URL template (`MUSTER_MAP_TILES`); None hides the maps.
    pub map_tiles: MapTiles,
}

/// OpenStreetMap's own tiles: what maps are drawn over unless `MUSTER_MAP_TILES` says
/// otherwise (their usage policy asks for the attribution the maps show; a busy instance should
/// use its own tile server or a provider's).
pub const DEFAULT_MAP_TILES: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/// Where map tiles come from: an `http(s)` URL template with `{z}`, `{x}` and `{y}`, or `off`
/// (None: no maps; pages keep their lists and links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapTiles(pub Option<String>);

impl Default for MapTiles {
    fn default() -> Self {
        MapTiles(Some(DEFAULT_MAP_TILES.to_owned()))
    }
}

impl std::str::FromStr for MapTiles {
    type Err = String;

    fn from_str(value: &str) -> Result<MapTiles, String> {
        let value = value.trim();
        if value.eq_ignore_ascii_case("off") {
            return Ok(MapTiles(None));
        }
        let url = url::Url::parse(&value.replace(['{', '}'], "")).map_err(|e| {
            format!("MUSTER_MAP_TILES is a tile URL template or off: {value:?} is not a URL ({e})")
        })?;
        if !matches!(url.scheme(), "http" | "https")
            || !["{z}", "{x}", "{y}"].iter().all(|p| value.contains(p))
            || value.contains(['"', '\'', '<', '>', ' '])
        {
            return Err(format!(
                "MUSTER_MAP_TILES is an http(s) URL with {{z}}, {{x}} and {{y}} in it (like {DEFAULT_MAP_TILES}), or off; not {value:?}"
            ));
        }
        Ok(MapTiles(Some(value.to_owned())))
    }
}

impl MapTiles {
    /// `scheme://host[:port]` of the tiles, for the pages' Content-Security-Policy.
    pub fn origin(&self) -> Option<String> {
        let url = url::Url::parse(&self.0.as_deref()?.replace(['{', '}'], "")).ok()?;
        Some(url.origin().ascii_serialization())
    }
}

impl Config {
    /// True when the instance is served over HTTPS (secure cookies, HSTS).
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// `scheme://host[:port]` of the base URL, for Origin checks.
    pub fn origin(&self) -> &str {
        let after_scheme = self.base_url.find("://").map_or(0, |i| i + 3);
        match self.base_url[after_scheme..].find('/') {
            Some(i) => &self.base_url[..after_scheme + i],
            None => &self.base_url,
        }
    }
}

/// What every use case can reach. Cloning is cheap.
#[derive(Clone, Debug)]
pub struct App {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    pub hasher: Arc<PasswordHasher>,
    /// Bounds concurrent password hashing (19 MiB each) to one per CPU, so a burst of logins
    /// queues instead of exhausting memory.
    pub hash_permits: Arc<Semaphore>,
    /// Image decoding is memory-hungry (up to 64 MiB for the largest accepted image): one at a
    /// time keeps a burst of uploads inside the memory budget.
    pub image_permits: Arc<Semaphore>,
    /// Queues the email events cause.
    pub notices: notices::Notices,
    /// Federation's settings and addresses.
    pub federation: federation::Federation,
}

impl App {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: Config, hasher: PasswordHasher) -> Self {
        let federation = federation::Federation::new(
            &config.base_url,
            config.federation,
            config.federation_allow_private_addresses,
        );
        Self {
            db,
            clock,
            hasher: Arc::new(hasher),
            hash_permits: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(1, usize::from),
            )),
            image_permits: Arc::new(Semaphore::new(1)),
            notices: notices::Notices::new(&config.base_url, &config.mail_from)
                .with_federation(federation.clone()),
            federation,
            config: Arc::new(config),
        }
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}

#[cfg(test)]
mod map_tiles_tests {
    use super::MapTiles;

    #[test]
    fn tiles_are_a_url_template_or_off() {
        assert_eq!("off".parse::<MapTiles>(), Ok(MapTiles(None)));
        assert_eq!(" OFF ".parse::<MapTiles>(), Ok(MapTiles(None)));
        let osm: MapTiles = super::DEFAULT_MAP_TILES.parse().unwrap();
        assert_eq!(osm, MapTiles::default());
        assert_eq!(
            osm.origin().as_deref(),
            Some("https://tile.openstreetmap.org")
        );
        let local: MapTiles = "http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png"
            .parse()
            .unwrap();
        assert_eq!(local.origin().as_deref(), Some("http://127.0.0.1:8081"));
        for bad in [
            "",
            "tiles",
            "ftp://tiles.example.org/{z}/{x}/{y}.png",
            "https://tiles.example.org/{z}/{x}.png",
            "https://tiles.example.org/{z}/{x}/{y}.png\" onerror=\"x",
            "javascript:{z}{x}{y}",
        ] {
            let refused = bad.parse::<MapTiles>().unwrap_err();
            assert!(
                refused.starts_with("MUSTER_MAP_TILES is"),
                "{bad}: {refused}"
            );
        }
    }
}
