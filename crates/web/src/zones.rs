//! The time-zone list of the group, event and series forms: every IANA zone chrono-tz knows
//! under a world region, grouped by region and sorted by place name, with UTC first. A plain
//! `<select>`, so it works without JavaScript; the server still checks what comes back.

use std::sync::LazyLock;

/// The regions offered, in the order shown. Zones outside them (old aliases such as
/// `US/Eastern`, `Etc/GMT+5`) are still accepted, and shown when one is already chosen.
const REGIONS: [&str; 10] = [
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

struct Listed {
    region: &'static str,
    zones: Vec<(&'static str, String)>,
}

static LISTED: LazyLock<Vec<Listed>> = LazyLock::new(|| {
    REGIONS
        .iter()
        .map(|&region| {
            let mut zones: Vec<(&'static str, String)> = chrono_tz::TZ_VARIANTS
                .iter()
                .map(|tz| tz.name())
                .filter_map(|name| {
                    let place = name.strip_prefix(region)?.strip_prefix('/')?;
                    Some((name, place.replace('_', " ").replace('/', " / ")))
                })
                .collect();
            zones.sort_by(|a, b| a.1.cmp(&b.1));
            Listed { region, zones }
        })
        .collect()
});

/// One `<option>`.
pub struct ZoneOption {
    pub value: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

/// One `<optgroup>`.
pub struct ZoneGroup {
    /// The region's name in the request's language ("Afrika").
    pub region: String,
    pub options: Vec<ZoneOption>,
}

/// The options with `selected` chosen. `first` is an extra first option (value, label): "Choose
/// a time zone" when nothing is chosen yet, or the chosen zone itself when the list lacks it.
pub struct ZoneChoices {
    pub first: Option<(String, String)>,
    pub utc_selected: bool,
    pub groups: Vec<ZoneGroup>,
}

/// The list for a form whose zone is `selected` (empty: none yet).
pub fn choices(selected: &str) -> ZoneChoices {
    // Templates call this while rendering a request: its language is at hand.
    let lang = crate::lang::current();
    let groups: Vec<ZoneGroup> = LISTED
        .iter()
        .map(|l| ZoneGroup {
            region: muster_i18n::tr(lang, &format!("zone-region-{}", l.region.to_lowercase())),
            options: l
                .zones
                .iter()
                .map(|(value, label)| ZoneOption {
                    value,
                    label: label.as_str(),
                    selected: *value == selected,
                })
                .collect(),
        })
        .collect();
    let listed = selected == "UTC" || groups.iter().any(|g| g.options.iter().any(|o| o.selected));
    let first = if selected.is_empty() {
        Some((String::new(), muster_i18n::tr(lang, "zone-choose")))
    } else if listed {
        None
    } else {
        Some((selected.to_owned(), selected.to_owned()))
    };
    ZoneChoices {
        first,
        utc_selected: selected == "UTC",
        groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_lists_its_zones_by_place() {
        let c = choices("Europe/Berlin");
        assert!(c.first.is_none());
        let europe = c.groups.iter().find(|g| g.region == "Europe").unwrap();
        let berlin = europe
            .options
            .iter()
            .find(|o| o.value == "Europe/Berlin")
            .unwrap();
        assert!(berlin.selected);
        assert_eq!(berlin.label, "Berlin");
        let labels: Vec<&str> = europe.options.iter().map(|o| o.label).collect();
        assert!(labels.is_sorted(), "{labels:?}");
        let america = c.groups.iter().find(|g| g.region == "America").unwrap();
        assert!(
            america
                .options
                .iter()
                .any(|o| o.label == "Argentina / Buenos Aires")
        );
    }

    #[test]
    fn nothing_chosen_asks_for_a_choice_and_an_unlisted_zone_stays_chosen() {
        assert_eq!(choices("").first.unwrap().1, "Choose a time zone");
        assert_eq!(choices("US/Eastern").first.unwrap().0, "US/Eastern");
        assert!(choices("UTC").utc_selected);
    }
}
