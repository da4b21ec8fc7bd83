//! The python.org wiki's list of local user groups as unclaimed directory entries: each
//! listing becomes (or updates) a public group nobody organizes until someone adopts it.

use std::{collections::BTreeMap, fmt};

use muster_core::{
    Timestamp,
    group::{Country, GroupName, JoinMode, Slug, Summary, Visibility, WebUrl},
    id::GroupId,
    markdown,
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
    Ok(WikiEntry {
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

fn changes_for(existing: &GroupRow, entry: &WikiEntry, now: Timestamp) -> GroupChanges {
    let topics = existing.topic_list();
    GroupChanges {
        name: entry.name.clone(),
        summary: entry.summary.clone(),
        description: entry.description.clone(),
        description_html: markdown::to_safe_html(&entry.description),
        city: existing.city.clone(),
        country: entry.country.clone(),
        city_key: existing.city_key.clone(),
        country_key: entry.country.to_lowercase(),
        latitude: existing.latitude,
        longitude: existing.longitude,
        timezone: existing.timezone.clone(),
        topics: existing.topics.clone(),
        links: entry.links.to_json(),
        logo_url: existing.logo_url.clone(),
        contact_email: existing.contact_email.clone(),
        visibility: existing.visibility,
        join_mode: existing.join_mode,
        questions: existing.questions.clone(),
        search_text: GroupRow::search_text_for(
            &entry.name,
            &entry.summary,
            &existing.city,
            &entry.country,
            &topics,
        ),
        updated_at: now,
    }
}

fn same(existing: &GroupRow, entry: &WikiEntry) -> bool {
    existing.name == entry.name
        && existing.summary == entry.summary
        && existing.description == entry.description
        && existing.country == entry.country
        && existing.links() == entry.links
}

fn create(
    conn: &mut muster_db::DbConnection,
    entry: &WikiEntry,
    now: Timestamp,
) -> Result<(), DbError> {
    let id = GroupId::new();
    let topics = vec!["python".to_owned()];
    let changes = GroupChanges {
        name: entry.name.clone(),
        summary: entry.summary.clone(),
        description: entry.description.clone(),
        description_html: markdown::to_safe_html(&entry.description),
        city: String::new(),
        country: entry.country.clone(),
        city_key: String::new(),
        country_key: entry.country.to_lowercase(),
        latitude: None,
        longitude: None,
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
            "",
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
        }
        report.skipped.sort_by_key(|s| s.line);
        Ok(report)
    })
    .await
}
