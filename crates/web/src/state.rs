//! What every handler can reach: the database, the clock, configuration and metrics.

use std::sync::Arc;

use muster_core::Clock;
use muster_db::Db;

use crate::metrics::Metrics;

/// Settings the web layer needs, parsed once at start-up.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The public base URL, without a trailing slash (`https://meetups.example.org`). Every
    /// absolute link (emails, feeds, redirects) is built from it, never from the Host header.
    pub base_url: String,
    /// Shown in page titles, headers and emails.
    pub instance_name: String,
}

impl WebConfig {
    /// True when the instance is served over HTTPS (secure cookies, HSTS).
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// Shared application state. Cloning is cheap.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub metrics: Arc<Metrics>,
}

impl AppState {
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig) -> Self {
        Self {
            db,
            clock,
            config: Arc::new(config),
            metrics: Arc::new(Metrics::new()),
        }
    }
}
