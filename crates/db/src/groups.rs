//! Groups: rows, the directory query, topics and counters.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable,
    SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    geo::{Bounds, Coordinates},
    group::{JoinMode, Questions, Visibility},
    id::{GroupId, ImageId, UserId},
    policy::GroupFacts,
    search::{self, Score, SearchWords, Searched},
};

use crate::{
    DbConnection, DbError,
    connection::MultiBackend,
    schema::{group_topics, groups},
};

/// A `groups` row.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = groups)]
pub struct GroupRow {
    pub id: GroupId,
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub description_html: String,
    pub city: String,
    pub country: String,
    pub city_key: String,
    pub country_key: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub timezone: String,
    pub topics: String,
    /// JSON: see [`GroupLinks`].
    pub links: String,
    pub logo_url: String,
    pub logo_image_id: Option<ImageId>,
    pub contact_email: String,
    pub visibility: Visibility,
    pub join_mode: JoinMode,
    pub questions: String,
    pub conduct_version: i32,
    pub member_count: i32,
    pub last_event_at: Option<Timestamp>,
    pub next_event_at: Option<Timestamp>,
    pub search_text: String,
    pub created_by: Option<UserId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub deleted_at: Option<Timestamp>,
    /// When reminders go out, in hours before the start: see `muster_core::notify`.
    pub reminder_hours: String,
    /// Where an imported directory entry came from (`wiki`); "" for a group created here.
    pub listing_source: String,
    /// When an adoption made the group active again (its quiet ended then).
    pub revived_at: Option<Timestamp>,
    /// The language its organizers write in (a BCP 47 tag such as `pl` or `zh-TW`), which
    /// pages mark their words with; `None` when not said.
    pub language: Option<String>,
    /// Only those who run the group's events start discussion threads (members reply).
    pub threads_by_organizers: bool,
}

impl GroupRow {
    /// Where the group's logo is: its uploaded image, else the address an organizer gave
    /// ("" for none).
    pub fn logo_href(&self) -> String {
        match self.logo_image_id {
            Some(id) => crate::images::path(id),
            None => self.logo_url.clone(),
        }
    }

    /// A new group with `changes`' fields: no members or events yet, version 1 of its code of
    /// conduct, the default reminders, made here (not imported), created and changed at
    /// `changes.updated_at`. Callers set what differs.
    pub fn new(id: GroupId, slug: String, changes: GroupChanges) -> GroupRow {
        GroupRow {
            id,
            slug,
            name: changes.name,
            summary: changes.summary,
            description: changes.description,
            description_html: changes.description_html,
            city: changes.city,
            country: changes.country,
            city_key: changes.city_key,
            country_key: changes.country_key,
            latitude: changes.latitude,
            longitude: changes.longitude,
            timezone: changes.timezone,
            topics: changes.topics,
            links: changes.links,
            logo_url: changes.logo_url,
            logo_image_id: None,
            contact_email: changes.contact_email,
            visibility: changes.visibility,
            join_mode: changes.join_mode,
            questions: changes.questions,
            conduct_version: 1,
            member_count: 0,
            last_event_at: None,
            next_event_at: None,
            search_text: changes.search_text,
            created_by: None,
            created_at: changes.updated_at,
            updated_at: changes.updated_at,
            deleted_at: None,
            reminder_hours: muster_core::notify::ReminderHours::default().to_string(),
            listing_source: String::new(),
            revived_at: None,
            language: None,
            threads_by_organizers: false,
        }
    }

    /// An entry imported into the directory (`listing_source`) that nobody has taken on yet:
    /// it has no members. Imports may update it; once claimed, it is its organizers' to keep.
    pub fn is_unclaimed_listing(&self) -> bool {
        !self.listing_source.is_empty() && self.member_count == 0
    }

    /// Whether the group has gone quiet by `now` (see [`muster_core::group::is_dormant`]):
    /// nothing scheduled, and no event, creation or adoption for `months` months.
    pub fn is_dormant(&self, now: Timestamp, months: u32) -> bool {
        let last = self.last_event_at.unwrap_or(self.created_at);
        let quiet_since = self.revived_at.map_or(last, |revived| last.max(revived));
        muster_core::group::is_dormant(quiet_since, self.next_event_at, now, months)
    }

    pub fn visibility(&self) -> Visibility {
        self.visibility
    }

    pub fn join_mode(&self) -> JoinMode {
        self.join_mode
    }

    pub fn facts(&self) -> GroupFacts {
        GroupFacts {
            visibility: self.visibility(),
            join_mode: self.join_mode(),
        }
    }

    pub fn links(&self) -> GroupLinks {
        serde_json::from_str(&self.links).unwrap_or_default()
    }

    pub fn questions(&self) -> Questions {
        serde_json::from_str(&self.questions).unwrap_or_default()
    }

    pub fn topic_list(&self) -> Vec<String> {
        self.topics
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The lower-cased text the directory searches.
    pub fn search_text_for(
        name: &str,
        summary: &str,
        city: &str,
        country: &str,
        topics: &[String],
    ) -> String {
        format!("{name} {summary} {city} {country} {}", topics.join(" ")).to_lowercase()
    }
}

/// Where else the group lives online (all optional, http(s) only).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GroupLinks {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub chat: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mailing_list: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub repository: String,
}

impl GroupLinks {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

/// The fields organizers change.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = groups)]
pub struct GroupChanges {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub description_html: String,
    pub city: String,
    pub country: String,
    pub city_key: String,
    pub country_key: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub timezone: String,
    pub topics: String,
    /// JSON: see [`GroupLinks`].
    pub links: String,
    pub logo_url: String,
    pub contact_email: String,
    pub visibility: Visibility,
    pub join_mode: JoinMode,
    pub questions: String,
    pub search_text: String,
    pub updated_at: Timestamp,
}

fn replace_topics(conn: &mut DbConnection, id: GroupId, topics: &[String]) -> Result<(), DbError> {
    diesel::delete(group_topics::table.filter(group_topics::group_id.eq(id))).execute(conn)?;
    if topics.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = topics
        .iter()
        .map(|topic| (group_topics::group_id.eq(id), group_topics::topic.eq(topic)))
        .collect();
    // One multi-row INSERT for all of them (on the concrete connection: the enum's generic
    // backend has no batch inserts).
    crate::on_backend!(conn, c => diesel::insert_into(group_topics::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}

/// Sets when the group's reminders go out (`muster_core::notify::ReminderHours`, stored).
pub fn set_reminder_hours(
    conn: &mut DbConnection,
    id: GroupId,
    hours: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set((groups::reminder_hours.eq(hours), groups::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Keeps starting discussion threads to the group's organizers, or opens it to members.
pub fn set_threads_by_organizers(
    conn: &mut DbConnection,
    id: GroupId,
    organizers_only: bool,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set((
            groups::threads_by_organizers.eq(organizers_only),
            groups::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the language the group's organizers write in (`None`: not said).
pub fn set_language(
    conn: &mut DbConnection,
    id: GroupId,
    language: Option<&str>,
) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set(groups::language.eq(language))
        .execute(conn)?;
    Ok(())
}

pub fn insert(conn: &mut DbConnection, group: &GroupRow) -> Result<(), DbError> {
    diesel::insert_into(groups::table)
        .values(group)
        .execute(conn)?;
    replace_topics(conn, group.id, &group.topic_list())
}

pub fn update(conn: &mut DbConnection, id: GroupId, changes: &GroupChanges) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set(changes)
        .execute(conn)?;
    let topics: Vec<String> = changes
        .topics
        .split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    replace_topics(conn, id, &topics)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> Result<Option<GroupRow>, DbError> {
    Ok(groups::table
        .filter(groups::slug.eq(slug))
        .filter(groups::deleted_at.is_null())
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn find(conn: &mut DbConnection, id: GroupId) -> Result<Option<GroupRow>, DbError> {
    Ok(groups::table
        .find(id)
        .filter(groups::deleted_at.is_null())
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?)
}

/// Taken by a live or a deleted group (deleted groups can be restored).
/// The group with this id, deleted or not (ids are never reused).
pub fn find_including_deleted(
    conn: &mut DbConnection,
    id: GroupId,
) -> Result<Option<GroupRow>, DbError> {
    Ok(groups::table
        .find(id)
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn slug_taken(conn: &mut DbConnection, slug: &str) -> Result<bool, DbError> {
    Ok(groups::table
        .filter(groups::slug.eq(slug))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

/// The group whose logo is `image` (to apply its visibility to the image).
pub fn find_by_logo(conn: &mut DbConnection, image: ImageId) -> Result<Option<GroupRow>, DbError> {
    Ok(groups::table
        .filter(groups::logo_image_id.eq(image))
        .filter(groups::deleted_at.is_null())
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?)
}

/// Points the group at a new uploaded logo (or none) and deletes the one it replaces, so
/// replaced logos do not pile up in the database.
pub fn set_logo_image(
    conn: &mut DbConnection,
    id: GroupId,
    image: Option<ImageId>,
    now: Timestamp,
) -> Result<(), DbError> {
    let previous: Option<Option<ImageId>> = groups::table
        .find(id)
        .select(groups::logo_image_id)
        .first(conn)
        .optional()?;
    diesel::update(groups::table.find(id))
        .set((groups::logo_image_id.eq(image), groups::updated_at.eq(now)))
        .execute(conn)?;
    if let Some(Some(old)) = previous
        && Some(old) != image
    {
        crate::images::delete(conn, old)?;
    }
    Ok(())
}

pub fn bump_conduct_version(
    conn: &mut DbConnection,
    id: GroupId,
    version: i32,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set((
            groups::conduct_version.eq(version),
            groups::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn soft_delete(conn: &mut DbConnection, id: GroupId, now: Timestamp) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set((groups::deleted_at.eq(Some(now)), groups::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Takes the group's row lock for the rest of the transaction, so membership changes that
/// check an invariant ("at least one organizer") run one at a time on PostgreSQL too (SQLite
/// writers are serialised anyway).
pub fn lock(conn: &mut DbConnection, id: GroupId) -> Result<bool, DbError> {
    Ok(diesel::update(groups::table.find(id))
        .set(groups::member_count.eq(groups::member_count))
        .execute(conn)?
        > 0)
}

/// Recomputes the member count from the memberships (inside the transaction that changed them).
pub fn refresh_member_count(conn: &mut DbConnection, id: GroupId) -> Result<i32, DbError> {
    use diesel::JoinOnDsl;

    use crate::schema::{memberships, users};
    let count: i64 = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(users::deleted_at.is_null())
        .filter(memberships::group_id.eq(id))
        .filter(memberships::status.eq("active"))
        .count()
        .get_result(conn)?;
    let count = i32::try_from(count).unwrap_or(i32::MAX);
    diesel::update(groups::table.find(id))
        .set(groups::member_count.eq(count))
        .execute(conn)?;
    Ok(count)
}

/// How the directory orders groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectorySort {
    /// Best matches first (fewest typos, then name matches, then topics, then the rest); needs
    /// a query.
    Relevance,
    /// The soonest next event first; groups with none last.
    NextEvent,
    /// Nearest first; needs a place.
    Distance,
}

/// A directory search. Only public, live groups are ever listed.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Words that must all appear (or nearly: see `muster_core::search`) in the name, address,
    /// summary, place or topics.
    pub text: String,
    pub city: String,
    pub country: String,
    pub topic: String,
    /// Only groups placed within this many kilometres of this point.
    pub near: Option<(Coordinates, f64)>,
    /// Only active groups: something scheduled, or an event (or, without one, the creation),
    /// or an adoption since this moment; unclaimed listings left out.
    pub active_since: Option<Timestamp>,
    pub sort: Option<DirectorySort>,
    pub page: i64,
    pub per_page: i64,
}

/// The last directory page served (deeper pages are clamped here; nobody pages that far).
pub const MAX_DIRECTORY_PAGE: i64 = 10_000;
/// Most groups matched in Rust for one search (words, distance).
const MAX_SCORED: i64 = 20_000;

/// Marks the group active again from `now` (an adoption was approved).
pub fn set_revived(conn: &mut DbConnection, id: GroupId, now: Timestamp) -> Result<(), DbError> {
    diesel::update(groups::table.find(id))
        .set((groups::revived_at.eq(Some(now)), groups::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// A page of directory results and the total number of matches.
#[derive(Debug, Clone)]
pub struct DirectoryPage {
    pub groups: Vec<GroupRow>,
    pub total: i64,
}

/// Public groups matching `query`, one page at a time.
///
/// Filters on country, city and topic use indexes (`groups_country_city`,
/// `group_topics_topic`), and a place's box the coordinates' (`groups_place`). Words and
/// distances are then matched in Rust over what is left (`muster_core::search`: typos
/// forgiven, the same on both backends), and the page loaded by id.
pub fn directory(
    conn: &mut DbConnection,
    query: &DirectoryQuery,
) -> Result<DirectoryPage, DbError> {
    let words = SearchWords::parse(&query.text);
    let filter = DirectoryFilter::new(query);
    let per_page = query.per_page.clamp(1, 100);
    let page = query.page.clamp(1, MAX_DIRECTORY_PAGE);
    let offset = (page - 1) * per_page;
    let sort = directory_sort(query.sort, !words.is_empty(), query.near.is_some());
    if words.is_empty() && query.near.is_none() {
        let total: i64 = filter.matches().count().get_result(conn)?;
        let groups = filter
            .matches()
            .order((
                groups::next_event_at.is_null().asc(),
                groups::next_event_at.asc(),
                groups::member_count.desc(),
                groups::name.asc(),
            ))
            .limit(per_page)
            .offset(offset)
            .select(GroupRow::as_select())
            .load(conn)?;
        return Ok(DirectoryPage { groups, total });
    }
    matched_page(conn, &filter, &words, query.near, sort, per_page, offset)
}

/// The order asked for, if it can be had: relevance needs words to score and distance a
/// place; without them it is the nearest or the soonest-event order.
fn directory_sort(asked: Option<DirectorySort>, has_words: bool, has_place: bool) -> DirectorySort {
    match asked {
        Some(DirectorySort::Relevance) if !has_words => directory_sort(None, false, has_place),
        Some(DirectorySort::Distance) if !has_place => directory_sort(None, has_words, false),
        Some(sort) => sort,
        None if has_place => DirectorySort::Distance,
        None if has_words => DirectorySort::Relevance,
        None => DirectorySort::NextEvent,
    }
}

/// What a directory search filters on in SQL, normalised as the columns store it.
struct DirectoryFilter {
    city: String,
    country: String,
    topic: String,
    /// The box around the place searched near (latitudes, and longitudes unless it spans them).
    bounds: Option<Bounds>,
    active_since: Option<Timestamp>,
}

impl DirectoryFilter {
    fn new(query: &DirectoryQuery) -> DirectoryFilter {
        DirectoryFilter {
            city: query.city.trim().to_lowercase(),
            country: query.country.trim().to_lowercase(),
            topic: query.topic.trim().to_lowercase(),
            bounds: query.near.map(|(point, radius)| point.bounds(radius)),
            active_since: query.active_since,
        }
    }

    /// The public, live groups that match.
    fn matches(&self) -> groups::BoxedQuery<'static, MultiBackend> {
        let mut q = groups::table
            .filter(groups::deleted_at.is_null())
            .filter(groups::visibility.eq(Visibility::Public.as_str()))
            .into_boxed();
        if let Some(since) = self.active_since {
            q = q
                .filter(
                    groups::next_event_at
                        .is_not_null()
                        .or(groups::last_event_at.ge(since))
                        .or(groups::last_event_at
                            .is_null()
                            .and(groups::created_at.ge(since)))
                        .or(groups::revived_at.ge(since)),
                )
                .filter(groups::listing_source.eq("").or(groups::member_count.gt(0)));
        }
        if !self.city.is_empty() {
            q = q.filter(groups::city_key.eq(self.city.clone()));
        }
        if !self.country.is_empty() {
            q = q.filter(groups::country_key.eq(self.country.clone()));
        }
        if !self.topic.is_empty() {
            // A sub-select on the topic index, not thousands of bound ids.
            q = q.filter(
                groups::id.eq_any(
                    group_topics::table
                        .filter(group_topics::topic.eq(self.topic.clone()))
                        .select(group_topics::group_id),
                ),
            );
        }
        if let Some(Bounds {
            lat: (south, north),
            lon,
        }) = self.bounds
        {
            q = q.filter(groups::latitude.between(south, north));
            q = match lon {
                Some((west, east)) => q.filter(groups::longitude.between(west, east)),
                None => q.filter(groups::longitude.is_not_null()),
            };
        }
        q
    }
}

/// What a group is matched by in Rust.
/// Id, name, slug, city, country, topics, search text, next event, latitude, longitude.
type Matchable = (
    GroupId,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<Timestamp>,
    Option<f64>,
    Option<f64>,
);

/// A page of the groups the words and the place match, in `sort`'s order: the (SQL-filtered)
/// candidates are matched, then the page is cut and its groups loaded.
fn matched_page(
    conn: &mut DbConnection,
    filter: &DirectoryFilter,
    words: &SearchWords,
    near: Option<(Coordinates, f64)>,
    sort: DirectorySort,
    per_page: i64,
    offset: i64,
) -> Result<DirectoryPage, DbError> {
    let rows: Vec<Matchable> = filter
        .matches()
        .select((
            groups::id,
            groups::name,
            groups::slug,
            groups::city,
            groups::country,
            groups::topics,
            groups::search_text,
            groups::next_event_at,
            groups::latitude,
            groups::longitude,
        ))
        .limit(MAX_SCORED)
        .load(conn)?;
    // Each candidate is matched once, then the matches are sorted.
    let mut matched: Vec<(Option<Score>, f64, &Matchable)> = rows
        .iter()
        .filter_map(|r| {
            let distance = match (near, r.8, r.9) {
                (None, ..) => 0.0,
                (Some((point, radius)), Some(lat), Some(lon)) => {
                    let d = point.distance_km(&Coordinates { lat, lon });
                    if d > radius {
                        return None;
                    }
                    d
                }
                (Some(_), ..) => return None,
            };
            let score = if words.is_empty() {
                None
            } else {
                let place = format!("{} {}", r.3, r.4);
                Some(search::score(
                    words,
                    &Searched {
                        name: &r.1,
                        slug: &r.2,
                        place: &place,
                        topics: &r.5,
                        text: &r.6,
                    },
                )?)
            };
            Some((score, distance, r))
        })
        .collect();
    let soonest = |a: &Matchable, b: &Matchable| {
        a.7.is_none()
            .cmp(&b.7.is_none())
            .then_with(|| a.7.cmp(&b.7))
            .then_with(|| a.1.cmp(&b.1))
    };
    matched.sort_by(|(score_a, d_a, a), (score_b, d_b, b)| match sort {
        DirectorySort::Relevance => score_b
            .cmp(score_a)
            .then_with(|| d_a.total_cmp(d_b))
            .then_with(|| soonest(a, b)),
        DirectorySort::Distance => d_a
            .total_cmp(d_b)
            .then_with(|| score_b.cmp(score_a))
            .then_with(|| soonest(a, b)),
        DirectorySort::NextEvent => soonest(a, b),
    });
    let total = i64::try_from(matched.len()).unwrap_or(i64::MAX);
    let page_ids: Vec<GroupId> = matched
        .iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(per_page).unwrap_or(20))
        .map(|(_, _, r)| r.0)
        .collect();
    let mut found: Vec<GroupRow> = groups::table
        .filter(groups::id.eq_any(&page_ids))
        .select(GroupRow::as_select())
        .load(conn)?;
    found.sort_by_key(|g| page_ids.iter().position(|id| *id == g.id));
    Ok(DirectoryPage {
        groups: found,
        total,
    })
}
