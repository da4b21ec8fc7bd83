//! Groups: rows, the directory query, topics and counters.

use diesel::{
    BoolExpressionMethods, EscapeExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl,
    RunQueryDsl, Selectable, SelectableHelper, TextExpressionMethods,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    group::{JoinMode, Questions, Visibility},
    id::{GroupId, ImageId, UserId},
    policy::GroupFacts,
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
    /// Best matches first (name matches, then topics, then the rest); needs a query.
    Relevance,
    /// The soonest next event first; groups with none last.
    NextEvent,
}

/// A directory search. Only public, live groups are ever listed.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Words that must all appear in the name, summary, place or topics.
    pub text: String,
    pub city: String,
    pub country: String,
    pub topic: String,
    /// Only active groups: something scheduled, or an event (or, without one, the creation),
    /// or an adoption since this moment; unclaimed listings left out.
    pub active_since: Option<Timestamp>,
    pub sort: Option<DirectorySort>,
    pub page: i64,
    pub per_page: i64,
}

/// The last directory page served (deeper pages are clamped here; nobody pages that far).
pub const MAX_DIRECTORY_PAGE: i64 = 10_000;
/// Most text matches scored for relevance (four small columns each).
const MAX_SCORED: i64 = 20_000;
/// Most words of a search used, both to filter and to score.
const MAX_WORDS: usize = 6;

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

/// Escapes `%`, `_` and `\` for a LIKE pattern.
fn like_pattern(term: &str) -> String {
    let mut escaped = String::with_capacity(term.len() + 2);
    escaped.push('%');
    for c in term.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    escaped
}

/// Public groups matching `query`, one page at a time.
///
/// Filters on country, city and topic use indexes (`groups_country_city`,
/// `group_topics_topic`); free text is matched against `search_text`, a compact lower-case
/// column, with LIKE. Relevance is scored in Rust over the matching rows' names and topics.
pub fn directory(
    conn: &mut DbConnection,
    query: &DirectoryQuery,
) -> Result<DirectoryPage, DbError> {
    let text = query.text.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().take(MAX_WORDS).collect();
    let filter = DirectoryFilter::new(query, &words);
    let per_page = query.per_page.clamp(1, 100);
    let page = query.page.clamp(1, MAX_DIRECTORY_PAGE);
    let offset = (page - 1) * per_page;
    let total: i64 = filter.matches().count().get_result(conn)?;
    let groups = match directory_sort(query.sort, !words.is_empty()) {
        DirectorySort::NextEvent => filter
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
            .load(conn)?,
        DirectorySort::Relevance => relevance_page(conn, &filter, &words, per_page, offset)?,
    };
    Ok(DirectoryPage { groups, total })
}

/// The order asked for, if it can be had: relevance needs words to score; without them it is
/// the soonest-event order.
fn directory_sort(asked: Option<DirectorySort>, has_words: bool) -> DirectorySort {
    match asked {
        Some(DirectorySort::Relevance) if !has_words => DirectorySort::NextEvent,
        Some(sort) => sort,
        None if !has_words => DirectorySort::NextEvent,
        None => DirectorySort::Relevance,
    }
}

/// What a directory search filters on, normalised as the columns store it.
struct DirectoryFilter {
    /// LIKE patterns that must all match `search_text`.
    terms: Vec<String>,
    city: String,
    country: String,
    topic: String,
    active_since: Option<Timestamp>,
}

impl DirectoryFilter {
    fn new(query: &DirectoryQuery, words: &[&str]) -> DirectoryFilter {
        DirectoryFilter {
            terms: words.iter().copied().map(like_pattern).collect(),
            city: query.city.trim().to_lowercase(),
            country: query.country.trim().to_lowercase(),
            topic: query.topic.trim().to_lowercase(),
            active_since: query.active_since,
        }
    }

    /// The public, live groups that match.
    fn matches(&self) -> groups::BoxedQuery<'static, MultiBackend> {
        let mut q = groups::table
            .filter(groups::deleted_at.is_null())
            .filter(groups::visibility.eq(Visibility::Public.as_str()))
            .into_boxed();
        for term in &self.terms {
            q = q.filter(groups::search_text.like(term.clone()).escape('\\'));
        }
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
        q
    }
}

/// A page of the matches, best scored first: the (text-filtered, hence few) matches are scored,
/// then the page is cut and its groups loaded.
fn relevance_page(
    conn: &mut DbConnection,
    filter: &DirectoryFilter,
    words: &[&str],
    per_page: i64,
    offset: i64,
) -> Result<Vec<GroupRow>, DbError> {
    let rows: Vec<(GroupId, String, String, Option<Timestamp>)> = filter
        .matches()
        .select((
            groups::id,
            groups::name,
            groups::topics,
            groups::next_event_at,
        ))
        .limit(MAX_SCORED)
        .load(conn)?;
    // Each row is scored once (lower-casing its name and topics), not per comparison.
    let mut scored: Vec<_> = rows
        .into_iter()
        .map(|r| (relevance(words, &r.1, &r.2), r))
        .collect();
    scored.sort_by(|(score_a, a), (score_b, b)| {
        score_b
            .cmp(score_a)
            .then_with(|| a.3.is_none().cmp(&b.3.is_none()))
            .then_with(|| a.3.cmp(&b.3))
            .then_with(|| a.1.cmp(&b.1))
    });
    let page_ids: Vec<GroupId> = scored
        .iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(per_page).unwrap_or(20))
        .map(|(_, r)| r.0)
        .collect();
    let mut found: Vec<GroupRow> = groups::table
        .filter(groups::id.eq_any(&page_ids))
        .select(GroupRow::as_select())
        .load(conn)?;
    found.sort_by_key(|g| page_ids.iter().position(|id| *id == g.id));
    Ok(found)
}

/// How well a group matches the words: per word, 4 for a whole word of the name, 3 for part
/// of it, 2 for one of the topics, 1 for a match elsewhere.
fn relevance(words: &[&str], name: &str, topics: &str) -> i32 {
    let (name, topics) = (name.to_lowercase(), topics.to_lowercase());
    words
        .iter()
        .map(|w| {
            if name
                .split(|c: char| !c.is_alphanumeric())
                .any(|part| part == *w)
            {
                4
            } else if name.contains(w) {
                3
            } else if topics.split(',').any(|t| t.trim() == *w) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("py"), "%py%");
        assert_eq!(like_pattern("100%_\\"), "%100\\%\\_\\\\%");
    }
}
