//! The offline gazetteer (issue 20): a typed place name ("Potsdam", "Köln", "Cologne",
//! "Evanston, US", "Katowice, Poland") to the place's coordinates, with no network call.
//! GeoNames' places of 15,000 people or more (`places/cities.tsv`, written by
//! `scripts/gazetteer`; CC BY 4.0), compressed into the binary and read at the first lookup.
//!
//! Names are compared without case or accents, as the directory's search compares them; when
//! several places share a name, the most populous wins unless a country is given.

use std::{
    collections::hash_map::DefaultHasher,
    hash::{Hash, Hasher},
    sync::OnceLock,
};

use deunicode::deunicode;

mod data {
    include!(concat!(env!("OUT_DIR"), "/places.rs"));
}

/// A place found by name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// Its name in GeoNames ("Köln", "Munich").
    pub name: &'static str,
    /// ISO 3166 code ("DE").
    pub country_code: &'static str,
    pub lat: f64,
    pub lon: f64,
}

impl Place {
    /// "Köln, Germany".
    pub fn label(&self) -> String {
        match country_name(self.country_code) {
            Some(country) => format!("{}, {country}", self.name),
            None => self.name.to_owned(),
        }
    }
}

/// What people call countries besides their ISO names.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("united states of america", "US"),
    ("america", "US"),
    ("uk", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("northern ireland", "GB"),
    ("the netherlands", "NL"),
    ("holland", "NL"),
    ("deutschland", "DE"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("russia", "RU"),
    ("south korea", "KR"),
    ("korea", "KR"),
    ("taiwan", "TW"),
    ("vietnam", "VN"),
    ("iran", "IR"),
    ("the philippines", "PH"),
];

/// The country a name or code means ("Germany", "germany", "DE", "UK"), as its ISO code.
pub fn country_code(name: &str) -> Option<&'static str> {
    let folded = fold(name.trim());
    if folded.is_empty() {
        return None;
    }
    let g = gazetteer();
    if let Some((code, _)) = g
        .countries
        .iter()
        .find(|(code, name)| code.eq_ignore_ascii_case(&folded) || fold(name) == folded)
    {
        return Some(code);
    }
    COUNTRY_ALIASES
        .iter()
        .find(|(alias, _)| *alias == folded)
        .and_then(|(_, code)| g.countries.iter().find(|(c, _)| c == code))
        .map(|(code, _)| *code)
}

/// The English name of the country with this ISO code.
pub fn country_name(code: &str) -> Option<&'static str> {
    gazetteer()
        .countries
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| *name)
}

/// The place a person means by `typed`: a name, optionally followed by a comma and a country
/// ("Potsdam", "Potsdam, Germany", "Evanston, US"). None when no place has that name.
pub fn find(typed: &str) -> Option<Place> {
    let typed = typed.trim();
    if let Some((name, country)) = typed.rsplit_once(',')
        && let Some(code) = country_code(country)
    {
        return find_in(name, Some(code));
    }
    find_in(typed, None)
}

/// The most populous place called `name` (in the country with code `country`, when given).
pub fn find_in(name: &str, country: Option<&str>) -> Option<Place> {
    let folded = fold(name.trim());
    if folded.is_empty() {
        return None;
    }
    let g = gazetteer();
    let key = hash(&folded);
    // Sorted by hash, then line: the first that fits is the most populous.
    let first = g.index.partition_point(|(h, _)| *h < key);
    g.index[first..]
        .iter()
        .take_while(|(h, _)| *h == key)
        .filter_map(|(_, line)| parse(g.lines[*line as usize]))
        .filter(|(names, place)| {
            country.is_none_or(|c| place.country_code.eq_ignore_ascii_case(c))
                && names.clone().any(|n| fold(n) == folded)
        })
        .map(|(_, place)| place)
        .next()
}

/// Lower-case ASCII, accents and scripts transliterated.
fn fold(text: &str) -> String {
    let ascii = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        deunicode(text).to_ascii_lowercase()
    };
    ascii.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hash(folded: &str) -> u64 {
    let mut h = DefaultHasher::new();
    folded.hash(&mut h);
    h.finish()
}

struct Gazetteer {
    /// The lines of `cities.tsv`, most populous first.
    lines: Vec<&'static str>,
    /// (hash of a folded name, line), sorted: every name and other name of every line.
    index: Vec<(u64, u32)>,
    /// (ISO code, English name).
    countries: Vec<(&'static str, &'static str)>,
}

/// A line's names (the name, then the others) and its place.
fn parse(line: &'static str) -> Option<(impl Iterator<Item = &'static str> + Clone, Place)> {
    let mut fields = line.split('\t');
    let (name, others, code, lat, lon) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let place = Place {
        name,
        country_code: code,
        lat: lat.parse().ok()?,
        lon: lon.parse().ok()?,
    };
    let names = std::iter::once(name).chain(others.split('|').filter(|n| !n.is_empty()));
    Some((names, place))
}

/// Read once, at the first lookup, and kept (about 3 MB).
fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let text = |deflated: &[u8]| -> &'static str {
            Box::leak(crate::embedded::source(deflated).into_boxed_str())
        };
        let rows = |text: &'static str| {
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect::<Vec<_>>()
        };
        let lines = rows(text(data::CITIES));
        let mut index = Vec::with_capacity(lines.len() * 2);
        for (n, line) in lines.iter().enumerate() {
            if let Some((names, _)) = parse(line) {
                let mut seen: Vec<u64> = Vec::new();
                for name in names {
                    let h = hash(&fold(name));
                    if !seen.contains(&h) {
                        seen.push(h);
                        index.push((h, n as u32));
                    }
                }
            }
        }
        index.sort_unstable();
        let countries = rows(text(data::COUNTRIES))
            .into_iter()
            .filter_map(|l| l.split_once('\t'))
            .collect();
        Gazetteer {
            lines,
            index,
            countries,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_found_by_any_of_their_names() {
        let koln = find("Köln").unwrap();
        assert_eq!((koln.name, koln.country_code), ("Köln", "DE"));
        assert!(
            (koln.lat - 50.93).abs() < 0.1 && (koln.lon - 6.95).abs() < 0.1,
            "{koln:?}"
        );
        assert_eq!(find("Cologne").unwrap().name, "Köln", "the English name");
        assert_eq!(find("koln").unwrap().name, "Köln", "without the accent");
        assert_eq!(find("  MÜNCHEN ").unwrap().country_code, "DE");
        assert_eq!(find("Munich").unwrap(), find("München").unwrap());
        assert_eq!(find("Kattowitz").unwrap().name, "Katowice");
        assert_eq!(find("Düsseldorf").unwrap(), find("Dusseldorf").unwrap());
        let potsdam = find("Potsdam").unwrap();
        assert_eq!(potsdam.country_code, "DE", "the most populous Potsdam");
        assert_eq!(koln.label(), "Köln, Germany");
        assert_eq!(find("ケルン").unwrap().name, "Köln", "a Japanese name");
    }

    #[test]
    fn a_country_narrows_the_choice() {
        let evanston = find("Evanston").unwrap();
        assert_eq!(
            evanston.country_code, "US",
            "Evanston, Illinois, before Calgary's"
        );
        assert_eq!(find("Evanston, Canada").unwrap().country_code, "CA");
        assert_eq!(find("Evanston, CA").unwrap().country_code, "CA");
        assert_eq!(find("Portland, USA").unwrap().country_code, "US");
        assert_eq!(find("Perth, UK").unwrap().country_code, "GB");
        assert_eq!(find_in("Perth", Some("AU")).unwrap().country_code, "AU");
        assert_eq!(
            find("Berlin, Narnia"),
            None,
            "an unknown country is part of the name"
        );
        assert_eq!(country_code("the Netherlands"), Some("NL"));
        assert_eq!(country_code("germany"), Some("DE"));
        assert_eq!(country_name("DE"), Some("Germany"));
    }

    #[test]
    fn unknown_places_are_none() {
        for typed in ["", "   ", "Narnia", "52.5,13.4", "Berlinn"] {
            assert_eq!(find(typed), None, "{typed}");
        }
    }
}
