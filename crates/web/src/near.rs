//! A search's place (issue 20): `near` as coordinates or as a place's name, looked up in
//! Muster's own gazetteer, and a radius — shared by the directory and the events near a place.

use muster_core::geo::{Coordinates, MAX_RADIUS_KM};

use crate::error::{AppError, ErrorCode};

/// The default search radius.
const DEFAULT_RADIUS_KM: f64 = 50.0;

/// The place a search is near: where, how far around, and what the gazetteer called it when
/// it was typed as a name.
#[derive(Debug, Clone)]
pub struct Near {
    pub point: Coordinates,
    pub radius_km: f64,
    pub label: Option<String>,
}

/// What is wrong with a search's place.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceError {
    Radius,
    Unknown(String),
}

impl PlaceError {
    pub fn into_app_error(self) -> AppError {
        match self {
            PlaceError::Radius => {
                AppError::bad_request(ErrorCode::InvalidQuery, "radius_km is from 1 to 1000.")
            }
            PlaceError::Unknown(typed) => AppError::invalid_fields(
                [("near".to_owned(), unknown_place(&typed))]
                    .into_iter()
                    .collect(),
            ),
        }
    }
}

/// The message for a place the gazetteer does not know.
pub fn unknown_place(typed: &str) -> String {
    let typed: String = typed.chars().take(80).collect();
    format!(
        "No place called \u{201c}{typed}\u{201d} is known: enter a city (Potsdam, or Potsdam, Germany) or a latitude and longitude (52.40,13.07)."
    )
}

/// The radii offered on the pages, in kilometres.
pub const RADII: [u32; 6] = [10, 25, 50, 100, 250, 500];

/// The place searched near: coordinates, or a place's name looked up in the gazetteer. The
/// radius is checked even without a place (then it is ignored).
pub fn place(near: Option<&str>, radius_km: Option<f64>) -> Result<Option<Near>, PlaceError> {
    let radius_km = radius_km.unwrap_or(DEFAULT_RADIUS_KM);
    if !(1.0..=MAX_RADIUS_KM).contains(&radius_km) {
        return Err(PlaceError::Radius);
    }
    let Some(near) = near.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if let Some(point) = Coordinates::parse(near) {
        return Ok(Some(Near {
            point,
            radius_km,
            label: None,
        }));
    }
    let place =
        muster_i18n::places::find(near).ok_or_else(|| PlaceError::Unknown(near.to_owned()))?;
    Ok(Some(Near {
        point: Coordinates {
            lat: place.lat,
            lon: place.lon,
        },
        radius_km,
        label: Some(place.label()),
    }))
}

/// The place for a page: what [`place`] finds, or none and what is wrong with it, in the
/// reader's language (a page then searches without it, and says why).
pub fn place_on_page(
    lang: muster_i18n::Locale,
    near: Option<&str>,
    radius_km: Option<f64>,
) -> (Option<Near>, String) {
    match place(near, radius_km) {
        Ok(near) => (near, String::new()),
        Err(PlaceError::Radius) => (None, String::new()),
        Err(PlaceError::Unknown(typed)) => (
            None,
            muster_i18n::translate_english(lang, &unknown_place(&typed)),
        ),
    }
}

impl Near {
    /// How far a place is from this one, in kilometres to one decimal; None when it is
    /// outside the radius or not a place.
    pub fn distance_km(&self, lat: f64, lon: f64) -> Option<f64> {
        let there = Coordinates::new(lat, lon).ok()?;
        let km = self.point.distance_km(&there);
        (km <= self.radius_km).then_some((km * 10.0).round() / 10.0)
    }
}
