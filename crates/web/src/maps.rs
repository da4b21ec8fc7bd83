//! Maps (issue 20): places drawn with Leaflet (vendored in the embedded static files, version
//! 1.9.4, BSD-2-Clause: `frontend/static/LEAFLET-LICENSE`) over the tiles `MUSTER_MAP_TILES`
//! names. A page with places carries a [`MapView`]; `map.js` draws it. Without JavaScript, or
//! with maps `off`, the map stays hidden and pages keep their lists and links.

use serde::Serialize;

use crate::{assets, state::AppState};

/// A place on a map, linked to its page.
#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
    pub href: String,
}

/// What a page's map needs: its tiles, its markers (as JSON, for `data-markers`) and the
/// scripts and style that draw it.
#[derive(Debug, Clone)]
pub struct MapView {
    pub tiles: String,
    pub markers_json: String,
    pub css_href: String,
    pub leaflet_href: String,
    pub script_href: String,
}

impl MapView {
    /// A map of `markers`; None when maps are off or there is nothing to show.
    pub fn of(state: &AppState, markers: Vec<Marker>) -> Option<MapView> {
        let tiles = state.config.map_tiles.0.clone()?;
        if markers.is_empty() {
            return None;
        }
        Some(MapView {
            tiles,
            markers_json: serde_json::to_string(&markers).ok()?,
            css_href: assets::href("leaflet.css"),
            leaflet_href: assets::href("leaflet.js"),
            script_href: assets::href("map.js"),
        })
    }
}
