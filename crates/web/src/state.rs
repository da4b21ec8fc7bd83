//! What every handler can reach: the application (database, clock, configuration, the password
//! hasher — see [`muster_app::App`]) and what only the HTTP layer keeps: metrics and the
//! rendered public feeds and pages.

use std::ops::Deref;

use muster_app::App;

use crate::metrics::Metrics;

/// Shared state of the HTTP server. Cloning is cheap; it derefs to the [`App`] whose use
/// cases the handlers call.
#[derive(Clone, Debug)]
pub struct AppState {
    pub app: App,
    pub metrics: std::sync::Arc<Metrics>,
    /// Rendered public calendar feeds, by version.
    pub feeds: std::sync::Arc<crate::cache::RenderCache>,
    /// The validators of public group calendars, by group page version: a client's copy is
    /// found current after one read of that number.
    pub feed_validators:
        std::sync::Arc<crate::cache::RenderCache<crate::calendars::conditional::Validator>>,
    /// Rendered public pages as visitors see them, by group version (see
    /// [`crate::page_cache`]).
    pub pages: std::sync::Arc<crate::cache::RenderCache<crate::page_cache::KeptPage>>,
    /// What every signed-in caller's event page shares, by group version (see
    /// [`crate::events::event_page`]).
    pub events: std::sync::Arc<crate::cache::RenderCache<crate::events::event_page::KeptEvent>>,
    /// What the pages' `img-src` adds for map tiles served over plain http (" http://host:port";
    /// https: is allowed already), worked out once rather than per response.
    pub tiles_img_src: String,
}

impl AppState {
    pub fn new(app: App) -> Self {
        let tiles_img_src = app
            .config
            .map_tiles
            .origin()
            .filter(|o| o.starts_with("http://"))
            .map(|o| format!(" {o}"))
            .unwrap_or_default();
        Self {
            tiles_img_src,
            app,
            metrics: std::sync::Arc::new(Metrics::new()),
            feeds: std::sync::Arc::default(),
            pages: std::sync::Arc::default(),
            events: std::sync::Arc::default(),
            feed_validators: std::sync::Arc::default(),
        }
    }
}

impl Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}
