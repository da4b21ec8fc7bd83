//! The python.org wiki's list of local user groups as unclaimed directory entries: each
//! listing becomes (or updates) a public group nobody organizes until someone adopts it.

use std::{collections::BTreeMap, fmt};

use muster_core::{
    Timestamp,
    group::{Country, GroupName, JoinMode, Slug, Summary, Visibility, WebUrl},
    id::GroupId,
    markdown, search,
    wiki_directory::{self, LISTING_SOURCE as WIKI_SOURCE},
};
use muster_db::{
    Db, DbError, audit,
    conduct::{self, ConductVersionRow},
    groups::{self, GroupChanges, GroupLinks, GroupRow},
    listings,
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;
use muster_i18n::places::{self, Place};

use super::{Skip, write_counts, write_skipped};

/// What an import did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    pub skipped: Vec<Skip>,
    /// Entries read per region heading (created, updated or unchanged).
    pub by_region: BTreeMap<String, usize>,
    /// Entries no city was found for (their line and name): listed, but not on a map nor
    /// found by a search near a place.
    pub unplaced: Vec<(usize, String)>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_counts(
            f,
            self.created.len(),
            self.updated.len(),
            self.unchanged,
            self.skipped.len(),
        )?;
        if !self.by_region.is_empty() {
            writeln!(f, "listings per region:")?;
            for (region, count) in &self.by_region {
                writeln!(f, "  {region}: {count}")?;
            }
        }
        for name in &self.updated {
            writeln!(f, "updated: {name}")?;
        }
        if !self.unplaced.is_empty() {
            writeln!(
                f,
                "not placed ({}; no city found in the name, the notes or the heading):",
                self.unplaced.len()
            )?;
            for (line, name) in &self.unplaced {
                writeln!(f, "  line {line}: {name}")?;
            }
        }
        write_skipped(f, &self.skipped)
    }
}

/// One wiki entry, checked and shaped as a group.
#[derive(Debug, Clone)]
struct WikiEntry {
    key: String,
    line: usize,
    region: String,
    name: String,
    summary: String,
    description: String,
    country: String,
    links: GroupLinks,
    /// The city found in the listing, from the gazetteer.
    place: Option<Place>,
}

/// Words of listings that are no place's name, though some place may bear them.
#[rustfmt::skip]
const NOT_PLACES: &[&str] = &[
    "python", "pythons", "django", "zope", "plone", "user", "users", "group", "groups", "pug",
    "meetup", "meetups", "community", "the", "and", "site", "local", "interest", "programmers",
    "developers", "society", "association", "club", "linkedin", "google", "yahoo", "mailing",
    "list", "wiki", "forum", "web", "news", "monthly", "weekly", "py", "pydata", "pyladies",
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "most", "all", "our", "this", "there", "see", "also", "meets", "join", "come", "home", "page",
    "general", "both", "many", "free", "open", "every", "new", "first", "last",
];

/// The first city named in `texts` (in order; in each, the longest name at the earliest word),
/// in `country` when the gazetteer knows it. Names are capitalised words, and words run
/// together in a name are taken apart ("pyCologne", "MontrealPython").
fn place_in(texts: &[&str], country: Option<&str>) -> Option<Place> {
    for text in texts {
        let words = proper_words(text);
        for start in 0..words.len() {
            for len in (1..=3).rev() {
                let Some(phrase) = words.get(start..start + len) else {
                    continue;
                };
                if phrase.iter().any(|w| w.is_empty())
                    || !phrase[0].starts_with(char::is_uppercase)
                    || (len == 1 && NOT_PLACES.contains(&phrase[0].to_lowercase().as_str()))
                    || phrase.join(" ").chars().count() < 3
                {
                    continue;
                }
                let phrase = phrase.join(" ");
                let Some(place) = places::find_in(&phrase, country) else {
                    continue;
                };
                // A country's name is a city's only in that country (Singapore); without a
                // country to look in, only a place's own name counts (not "Trinidad" for La
                // Trinidad, Philippines, under "Caribbean").
                let names_a_country =
                    places::country_code(&phrase).is_some_and(|code| code != place.country_code);
                let own_name = search::fold(place.name) == search::fold(&phrase);
                if !names_a_country && (country.is_some() || own_name) {
                    return Some(place);
                }
            }
        }
    }
    None
}

/// The words of `text`, with words run together split where a capital follows a small
/// letter; an empty word marks a break (punctuation), which no name spans.
fn proper_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in text.chars() {
        if c.is_alphabetic() || (c == '\'' && !word.is_empty()) {
            if c.is_uppercase() && previous_lower && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            previous_lower = c.is_lowercase();
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c != ' ' && words.last().is_some_and(|w: &String| !w.is_empty()) {
            words.push(String::new());
        }
        previous_lower = false;
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Countries the page lists as a region of their own, with states or provinces beneath.
const COUNTRY_REGIONS: [&str; 3] = ["USA", "Canada", "New Zealand"];

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    if let Some(space) = cut.rfind(' ') {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

fn wiki_entry(listing: &wiki_directory::Listing) -> Result<WikiEntry, String> {
    let name = GroupName::parse(&listing.name)
        .map_err(|e| format!("the name {:?} cannot be used: {}", listing.name, e.0))?;
    // "USA › Alabama": the country is the region, the state is part of the place text.
    let (country, area) = if COUNTRY_REGIONS.contains(&listing.region.as_str()) {
        (listing.region.clone(), listing.country.clone())
    } else if listing.country.is_empty() {
        (listing.region.clone(), String::new())
    } else {
        (listing.country.clone(), String::new())
    };
    let country = Country::parse(&shorten(&country, 80))
        .map(|c| c.to_string())
        .unwrap_or_default();
    let summary = Summary::parse(&shorten(&listing.notes, 200))
        .map(|s| s.to_string())
        .unwrap_or_default();
    let website = listing
        .url
        .as_deref()
        .and_then(|u| WebUrl::parse(u).ok())
        .map(|u| u.as_str().to_owned())
        .unwrap_or_default();
    let mut description = String::new();
    if !listing.notes.is_empty() {
        description.push_str(&listing.notes);
        description.push_str("\n\n");
    }
    let place: Vec<&str> = [&listing.region, &listing.country, &area, &listing.locality]
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(String::as_str)
        .fold(Vec::new(), |mut acc, p| {
            if acc.last() != Some(&p) {
                acc.push(p);
            }
            acc
        });
    description.push_str(&format!(
        "Listed on the python.org wiki page of local user groups, under {}.",
        place.join(" › ")
    ));
    if !listing.links.is_empty() {
        description.push_str("\n\nOther links:\n");
        for (label, url) in &listing.links {
            description.push_str(&format!("\n- [{}](<{url}>)", label.replace(['[', ']'], "")));
        }
    }
    let key = format!("{}/{}/{}", listing.region, listing.country, name).to_lowercase();
    let place = place_in(
        &[&listing.name, &listing.notes, &listing.locality],
        places::country_code(&country),
    );
    Ok(WikiEntry {
        place,
        key,
        line: listing.line,
        region: listing.region.clone(),
        name: name.to_string(),
        summary,
        description,
        country,
        links: GroupLinks {
            website,
            ..GroupLinks::default()
        },
    })
}

/// A free slug for `name`: its suggestion, or that with -2, -3… if taken.
fn free_slug(conn: &mut muster_db::DbConnection, name: &str) -> Result<String, DbError> {
    let suggested = Slug::suggest(name);
    let base = match Slug::parse(&suggested) {
        Ok(slug) => slug.to_string(),
        Err(_) => {
            let prefixed: String = format!("group-{suggested}").chars().take(44).collect();
            prefixed.trim_end_matches('-').to_owned()
        }
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while groups::slug_taken(conn, &candidate)? || Slug::parse(&candidate).is_err() {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

/// The city and coordinates a listing gets: those it has, or else the ones found for it.
fn city_and_place(
    existing: Option<&GroupRow>,
    entry: &WikiEntry,
) -> (String, Option<f64>, Option<f64>) {
    match (existing, entry.place) {
        (Some(g), _) if g.latitude.is_some() => (g.city.clone(), g.latitude, g.longitude),
        (g, Some(place)) => (
            g.map(|g| g.city.clone())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| place.name.to_owned()),
            Some(place.lat),
            Some(place.lon),
        ),
        (g, None) => (g.map(|g| g.city.clone()).unwrap_or_default(), None, None),
    }
}

fn changes_for(existing: &GroupRow, entry: &WikiEntry, now: Timestamp) -> GroupChanges {
    let topics = existing.topic_list();
    let (city, latitude, longitude) = city_and_place(Some(existing), entry);
    let search_text =
        GroupRow::search_text_for(&entry.name, &entry.summary, &city, &entry.country, &topics);
    GroupChanges {
        name: entry.name.clone(),
        summary: entry.summary.clone(),
        description: entry.description.clone(),
        description_html: markdown::to_safe_html(&entry.description),
        city_key: city.to_lowercase(),
        city,
        country: entry.country.clone(),
        country_key: entry.country.to_lowercase(),
        latitude,
        longitude,
        timezone: existing.timezone.clone(),
        topics: existing.topics.clone(),
        links: entry.links.to_json(),
        logo_url: existing.logo_url.clone(),
        contact_email: existing.contact_email.clone(),
        visibility: existing.visibility,
        join_mode: existing.join_mode,
        questions: existing.questions.clone(),
        search_text,
        updated_at: now,
    }
}

fn same(existing: &GroupRow, entry: &WikiEntry) -> bool {
    existing.name == entry.name
        && existing.summary == entry.summary
        && existing.description == entry.description
        && existing.country == entry.country
        && existing.links() == entry.links
        && (existing.latitude.is_some() || entry.place.is_none())
}

fn create(
    conn: &mut muster_db::DbConnection,
    entry: &WikiEntry,
    now: Timestamp,
) -> Result<(), DbError> {
    let id = GroupId::new();
    let topics = vec!["python".to_owned()];
    let (city, latitude, longitude) = city_and_place(None, entry);
    let changes = GroupChanges {
        name: entry.name.clone(),
        summary: entry.summary.clone(),
        description: entry.description.clone(),
        description_html: markdown::to_safe_html(&entry.description),
        city_key: city.to_lowercase(),
        city: city.clone(),
        country: entry.country.clone(),
        country_key: entry.country.to_lowercase(),
        latitude,
        longitude,
        timezone: "UTC".to_owned(),
        topics: topics.join(","),
        links: entry.links.to_json(),
        logo_url: String::new(),
        contact_email: String::new(),
        // Listed for everyone; nobody can join until organizers take it on.
        visibility: Visibility::Public,
        join_mode: JoinMode::Invite,
        questions: "[]".to_owned(),
        search_text: GroupRow::search_text_for(
            &entry.name,
            &entry.summary,
            &city,
            &entry.country,
            &topics,
        ),
        updated_at: now,
    };
    let row = GroupRow {
        listing_source: WIKI_SOURCE.to_owned(),
        ..GroupRow::new(id, free_slug(conn, &entry.name)?, changes)
    };
    groups::insert(conn, &row)?;
    conduct::insert_version(
        conn,
        &ConductVersionRow {
            group_id: id,
            version: 1,
            text: crate::groups::settings::default_code_of_conduct(
                muster_i18n::Locale::En,
                &entry.name,
                "",
            ),
            created_by: None,
            created_at: now,
        },
    )?;
    listings::record(conn, WIKI_SOURCE, &entry.key, id, now)?;
    audit::record(
        conn,
        AuditEntry::new(id, AuditAction::ListingImported)
            .detail(&format!("python.org wiki, line {}", entry.line)),
        now,
    )
}

/// Imports the python.org "LocalUserGroups" wiki page (MoinMoin markup) as unclaimed directory
/// entries. Entries imported before are updated while nobody has claimed them; a claimed one
/// (it has members) is left as its organizers keep it. With `dry_run`, everything is done and
/// then rolled back.
pub async fn wiki_directory(
    db: &Db,
    text: &str,
    now: Timestamp,
    dry_run: bool,
) -> Result<ImportReport, DbError> {
    let parsed = wiki_directory::parse(text);
    let mut report = ImportReport {
        skipped: parsed
            .skipped
            .iter()
            .map(|s| Skip {
                line: s.line,
                what: s.text.clone(),
                reason: s.reason.clone(),
            })
            .collect(),
        ..ImportReport::default()
    };
    let mut entries: Vec<WikiEntry> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for listing in &parsed.listings {
        match wiki_entry(listing) {
            Ok(entry) => {
                if let Some(&first) = seen.get(&entry.key) {
                    // The page lists some groups twice (a mailing list, then a portal): one
                    // entry, with the second line's link kept on it.
                    if let (Some(kept), Some(url)) = (
                        entries.iter_mut().find(|e| e.line == first),
                        listing.url.as_deref(),
                    ) {
                        kept.description
                            .push_str(&format!("\n\nAlso listed (line {}): <{url}>", entry.line));
                    }
                    report.skipped.push(Skip {
                        line: entry.line,
                        what: entry.name.clone(),
                        reason: format!(
                            "the same group as line {first}; its link was added to that entry"
                        ),
                    });
                } else {
                    seen.insert(entry.key.clone(), entry.line);
                    entries.push(entry);
                }
            }
            Err(reason) => report.skipped.push(Skip {
                line: listing.line,
                what: listing.name.clone(),
                reason,
            }),
        }
    }
    db.write_or_rehearse(dry_run, move |c| {
        for entry in &entries {
            let existing = match listings::find(c, WIKI_SOURCE, &entry.key)? {
                Some(id) => groups::find(c, id)?,
                None => None,
            };
            let had_place = existing.as_ref().is_some_and(|g| g.latitude.is_some());
            match existing {
                None => {
                    create(c, entry, now)?;
                    report.created.push(entry.name.clone());
                }
                Some(group) if !group.is_unclaimed_listing() => {
                    report.skipped.push(Skip {
                        line: entry.line,
                        what: entry.name.clone(),
                        reason: format!(
                            "claimed by its organizers as /g/{}; left as they keep it",
                            group.slug
                        ),
                    });
                    continue;
                }
                Some(group) if same(&group, entry) => report.unchanged += 1,
                Some(group) => {
                    groups::update(c, group.id, &changes_for(&group, entry, now))?;
                    audit::record(
                        c,
                        AuditEntry::new(group.id, AuditAction::ListingUpdated)
                            .detail(&format!("python.org wiki, line {}", entry.line)),
                        now,
                    )?;
                    report.updated.push(entry.name.clone());
                }
            }
            *report.by_region.entry(entry.region.clone()).or_default() += 1;
            if entry.place.is_none() && !had_place {
                report.unplaced.push((entry.line, entry.name.clone()));
            }
        }
        report.skipped.sort_by_key(|s| s.line);
        Ok(report)
    })
    .await
}

#[cfg(test)]
mod place_tests {
    use super::*;

    fn city(texts: &[&str], country: &str) -> Option<&'static str> {
        place_in(texts, places::country_code(country)).map(|p| p.name)
    }

    #[test]
    fn listings_are_placed_by_the_cities_they_name() {
        assert_eq!(
            city(&["pyCologne", "the Python User Group Köln"], "Germany"),
            Some("Köln")
        );
        assert_eq!(
            city(&["PUB", "PUB -- Python Users Berlin"], "Germany"),
            Some("Berlin")
        );
        assert_eq!(
            city(&["ChiPy - The Chicago Python Users Group"], "USA"),
            Some("Chicago")
        );
        assert_eq!(city(&["MontrealPython"], "Canada"), Some("Montréal"));
        assert_eq!(city(&["Singapore PUG"], "Singapore"), Some("Singapore"));
    }

    #[test]
    fn words_that_are_not_meant_as_places_are_not_taken_for_them() {
        assert_eq!(city(&["Central Ohio Python User Group"], "USA"), None);
        assert_eq!(
            city(
                &[
                    "Russian Plone/Zope User Group",
                    "Most popular community site"
                ],
                "Russia"
            ),
            None
        );
        assert_eq!(
            city(&["Python Colombia"], "Latin America"),
            None,
            "a country"
        );
        assert_eq!(
            city(
                &["TTPUG", "Trinidad and Tobago Python Users Group"],
                "Caribbean"
            ),
            None
        );
        assert_eq!(
            city(&["Python Ireland", "Irish Python Users Group"], "Ireland"),
            None
        );
    }
}
