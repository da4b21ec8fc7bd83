//! Places on the globe (issue 20): coordinates as people type them, and distances between
//! them.

pub use crate::group::Coordinates;

/// The Earth's mean radius, in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// The largest search radius.
pub const MAX_RADIUS_KM: f64 = 1000.0;

/// A box around a circle on the globe: latitudes south to north, and longitudes west to east
/// unless the box spans every longitude (it reaches a pole or crosses the date line).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub lat: (f64, f64),
    pub lon: Option<(f64, f64)>,
}

impl Coordinates {
    /// "52.40,13.07" (spaces around the comma are fine); None when not two numbers in range.
    pub fn parse(text: &str) -> Option<Coordinates> {
        let (lat, lon) = text.split_once(',')?;
        Coordinates::new(lat.trim().parse().ok()?, lon.trim().parse().ok()?).ok()
    }

    /// The great-circle distance to `other`, in kilometres (haversine).
    pub fn distance_km(&self, other: &Coordinates) -> f64 {
        let (phi1, phi2) = (self.lat.to_radians(), other.lat.to_radians());
        let dphi = phi2 - phi1;
        let dlambda = (other.lon - self.lon).to_radians();
        let a =
            (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
    }

    /// Latitude and longitude ranges holding every point within `radius_km` (a box an index
    /// can use; the distance itself is checked after). The longitude range is None when the
    /// box would reach a pole or cross the date line: then every longitude is kept.
    pub fn bounds(&self, radius_km: f64) -> Bounds {
        let dlat = (radius_km / EARTH_RADIUS_KM).to_degrees();
        let lat = ((self.lat - dlat).max(-90.0), (self.lat + dlat).min(90.0));
        let cos = self.lat.to_radians().cos();
        if lat.0 <= -89.0 || lat.1 >= 89.0 || cos < 0.01 {
            return Bounds { lat, lon: None };
        }
        // The widest the circle gets, measured at the latitude nearest a pole.
        let widest = lat.0.abs().max(lat.1.abs()).to_radians().cos();
        let dlon = (radius_km / (EARTH_RADIUS_KM * widest)).to_degrees();
        let lon = (self.lon - dlon, self.lon + dlon);
        if lon.0 < -180.0 || lon.1 > 180.0 {
            return Bounds { lat, lon: None };
        }
        Bounds {
            lat,
            lon: Some(lon),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_between_known_places() {
        let potsdam = Coordinates::parse("52.40, 13.07").unwrap();
        let berlin = Coordinates::new(52.52, 13.405).unwrap();
        let d = potsdam.distance_km(&berlin);
        assert!((25.0..27.0).contains(&d), "{d}");
        let evanston = Coordinates::new(42.045, -87.688).unwrap();
        let chicago = Coordinates::new(41.878, -87.630).unwrap();
        let d = evanston.distance_km(&chicago);
        assert!((18.0..20.0).contains(&d), "{d}");
        assert_eq!(berlin.distance_km(&berlin), 0.0);
    }

    #[test]
    fn bad_coordinates_are_refused() {
        for bad in [
            "",
            "52.4",
            "52.4;13",
            "91,0",
            "0,181",
            "north,east",
            "NaN,0",
        ] {
            assert_eq!(Coordinates::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_box_holds_the_circle() {
        let berlin = Coordinates::new(52.52, 13.405).unwrap();
        let Bounds { lat: (s, n), lon } = berlin.bounds(60.0);
        let (w, e) = lon.unwrap();
        for bearing in 0..360 {
            // Points 59.9 km away in every direction fall inside the box.
            let b = f64::from(bearing).to_radians();
            let d = 59.9 / EARTH_RADIUS_KM;
            let (p1, l1) = (berlin.lat.to_radians(), berlin.lon.to_radians());
            let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
            let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
            let (lat, lon) = (p2.to_degrees(), l2.to_degrees());
            assert!(
                lat > s && lat < n && lon > w && lon < e,
                "{bearing}: {lat},{lon}"
            );
        }
        let fiji = Coordinates::new(-17.7, 179.9).unwrap();
        assert_eq!(fiji.bounds(50.0).lon, None, "across the date line");
    }
}
