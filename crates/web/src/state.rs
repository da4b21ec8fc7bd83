//! What every handler can reach: the database, the clock, configuration, the password hasher
//! and metrics.

use std::sync::Arc;

use muster_core::{Clock, Timestamp, secrets::PasswordHasher};
use muster_db::Db;
use tokio::sync::Semaphore;

use crate::metrics::Metrics;

/// Settings the web layer needs, parsed once at start-up.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The public base URL, without a trailing slash (`https://meetups.example.org`). Every
    /// absolute link (emails, feeds, redirects) is built from it, never from the Host header.
    pub base_url: String,
    /// Shown in page titles, headers and emails.
    pub instance_name: String,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted reverse proxy).
    pub trust_forwarded_for: bool,
    /// Months without an event after which a group is shown as dormant.
    pub dormant_after_months: u32,
    /// TEST ONLY: `host:port` pairs that server-side fetches (iCal import by URL) may reach
    /// although they are loopback or private. Empty in every real configuration; see
    /// [`crate::fetch`].
    pub fetch_allow_private: Vec<String>,
    /// Days a group's organizers have to refuse a request to adopt it.
    pub adoption_grace_days: u32,
}

impl WebConfig {
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

/// Shared application state. Cloning is cheap.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub metrics: Arc<Metrics>,
    pub hasher: Arc<PasswordHasher>,
    /// Bounds concurrent password hashing (19 MiB each) to one per CPU, so a burst of logins
    /// queues instead of exhausting memory.
    pub hash_permits: Arc<Semaphore>,
    /// Image decoding is memory-hungry (up to 64 MiB for the largest accepted image): one at a
    /// time keeps a burst of uploads inside the memory budget.
    pub image_permits: Arc<Semaphore>,
    /// Rendered public calendar feeds, by version.
    pub feeds: Arc<crate::calendars::FeedCache>,
    /// Queues the email events cause.
    pub notices: crate::notices::Notices,
}

impl AppState {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig, hasher: PasswordHasher) -> Self {
        Self {
            db,
            clock,
            metrics: Arc::new(Metrics::new()),
            hasher: Arc::new(hasher),
            hash_permits: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(1, usize::from),
            )),
            image_permits: Arc::new(Semaphore::new(1)),
            feeds: Arc::default(),
            notices: crate::notices::Notices::new(&config.base_url),
            config: Arc::new(config),
        }
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}
