//! Placeholder members: people imported from a group's Meetup.com exports, keyed by their
//! Meetup member id, who have no account here yet — and their answers to past events. A claim
//! link (only its SHA-256 is stored) attaches them to a real account.
//!
//! Placeholders are history, not members: they do not count in a group's member count, never
//! receive email, and their names are shown to organizers only. Their "going" answers count in
//! an event's numbers until claimed (then the claimant's own RSVP counts instead).

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl,
    Selectable, SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    event::RsvpStatus,
    id::{EventId, GroupId, PlaceholderId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{events, placeholder_members, placeholder_rsvps},
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = placeholder_members)]
pub struct PlaceholderRow {
    pub id: PlaceholderId,
    pub group_id: GroupId,
    pub meetup_id: String,
    pub name: String,
    pub title: String,
    pub profile_url: String,
    /// JSON array of `[question, answer]` pairs.
    pub answers: String,
    /// On the group's member list (not only on an attendee list).
    pub listed: bool,
    pub joined_at: Option<Timestamp>,
    pub claim_token_hash: Option<String>,
    pub claimed_by: Option<UserId>,
    pub claimed_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl PlaceholderRow {
    pub fn answers(&self) -> Vec<(String, String)> {
        serde_json::from_str(&self.answers).unwrap_or_default()
    }

    pub fn answers_json(answers: &[(String, String)]) -> String {
        serde_json::to_string(answers).unwrap_or_else(|_| "[]".to_owned())
    }
}

/// What an import sets on a placeholder (the rest is its identity and its claim).
#[derive(Debug, Clone, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = placeholder_members, treat_none_as_null = true)]
pub struct PlaceholderDetails {
    pub name: String,
    pub title: String,
    pub profile_url: String,
    pub answers: String,
    pub listed: bool,
    pub joined_at: Option<Timestamp>,
}

impl PlaceholderDetails {
    pub fn of(row: &PlaceholderRow) -> PlaceholderDetails {
        PlaceholderDetails {
            name: row.name.clone(),
            title: row.title.clone(),
            profile_url: row.profile_url.clone(),
            answers: row.answers.clone(),
            listed: row.listed,
            joined_at: row.joined_at,
        }
    }
}

pub fn find(conn: &mut DbConnection, id: PlaceholderId) -> Result<Option<PlaceholderRow>, DbError> {
    Ok(placeholder_members::table
        .find(id)
        .select(PlaceholderRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_by_meetup_id(
    conn: &mut DbConnection,
    group: GroupId,
    meetup_id: &str,
) -> Result<Option<PlaceholderRow>, DbError> {
    Ok(placeholder_members::table
        .filter(placeholder_members::group_id.eq(group))
        .filter(placeholder_members::meetup_id.eq(meetup_id))
        .select(PlaceholderRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert(conn: &mut DbConnection, row: &PlaceholderRow) -> Result<(), DbError> {
    diesel::insert_into(placeholder_members::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn update(
    conn: &mut DbConnection,
    id: PlaceholderId,
    details: &PlaceholderDetails,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(placeholder_members::table.find(id))
        .set((details, placeholder_members::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// The most placeholders a list shows.
pub const LIST_LIMIT: i64 = 10_000;

/// A group's placeholders by name, each with how many of the group's events they went to.
pub fn list(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<(PlaceholderRow, i64)>, DbError> {
    let rows: Vec<PlaceholderRow> = placeholder_members::table
        .filter(placeholder_members::group_id.eq(group))
        .order((
            placeholder_members::name.asc(),
            placeholder_members::id.asc(),
        ))
        .limit(LIST_LIMIT)
        .select(PlaceholderRow::as_select())
        .load(conn)?;
    let counts: Vec<(PlaceholderId, i64)> = placeholder_rsvps::table
        .inner_join(
            placeholder_members::table
                .on(placeholder_members::id.eq(placeholder_rsvps::placeholder_id)),
        )
        .filter(placeholder_members::group_id.eq(group))
        .filter(placeholder_rsvps::status.eq(RsvpStatus::Going.as_str()))
        .group_by(placeholder_rsvps::placeholder_id)
        .select((placeholder_rsvps::placeholder_id, diesel::dsl::count_star()))
        .load(conn)?;
    let counts: std::collections::HashMap<PlaceholderId, i64> = counts.into_iter().collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let n = counts.get(&row.id).copied().unwrap_or(0);
            (row, n)
        })
        .collect())
}

/// How many placeholders a group has: (all, claimed).
pub fn count(conn: &mut DbConnection, group: GroupId) -> Result<(i64, i64), DbError> {
    let all: i64 = placeholder_members::table
        .filter(placeholder_members::group_id.eq(group))
        .count()
        .get_result(conn)?;
    let claimed: i64 = placeholder_members::table
        .filter(placeholder_members::group_id.eq(group))
        .filter(placeholder_members::claimed_by.is_not_null())
        .count()
        .get_result(conn)?;
    Ok((all, claimed))
}

/// Stores the digest of a fresh claim token (replacing any earlier one); false if the
/// placeholder is gone or already claimed.
pub fn set_claim_token(
    conn: &mut DbConnection,
    id: PlaceholderId,
    token_hash: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        placeholder_members::table
            .find(id)
            .filter(placeholder_members::claimed_by.is_null()),
    )
    .set((
        placeholder_members::claim_token_hash.eq(Some(token_hash)),
        placeholder_members::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}

/// The unclaimed placeholder a claim token is for.
pub fn find_by_token(
    conn: &mut DbConnection,
    token_hash: &str,
) -> Result<Option<PlaceholderRow>, DbError> {
    Ok(placeholder_members::table
        .filter(placeholder_members::claim_token_hash.eq(token_hash))
        .filter(placeholder_members::claimed_by.is_null())
        .select(PlaceholderRow::as_select())
        .first(conn)
        .optional()?)
}

/// Marks a placeholder claimed by `user` and makes its token unusable; false if someone
/// claimed it first.
pub fn mark_claimed(
    conn: &mut DbConnection,
    id: PlaceholderId,
    user: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        placeholder_members::table
            .find(id)
            .filter(placeholder_members::claimed_by.is_null()),
    )
    .set((
        placeholder_members::claimed_by.eq(Some(user)),
        placeholder_members::claimed_at.eq(Some(now)),
        placeholder_members::claim_token_hash.eq(None::<String>),
        placeholder_members::updated_at.eq(now),
    ))
    .execute(conn)?
        > 0)
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = placeholder_rsvps)]
pub struct PlaceholderRsvpRow {
    pub event_id: EventId,
    pub placeholder_id: PlaceholderId,
    /// `going`, `waitlisted` or `not_going`.
    pub status: RsvpStatus,
    pub guests: i32,
    pub host: bool,
    pub rsvped_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl PlaceholderRsvpRow {
    pub fn status(&self) -> RsvpStatus {
        self.status
    }

    /// Same answer as `other` (times of writing aside).
    pub fn same_answer(&self, other: &PlaceholderRsvpRow) -> bool {
        self.status == other.status
            && self.guests == other.guests
            && self.host == other.host
            && self.rsvped_at == other.rsvped_at
    }
}

pub fn find_rsvp(
    conn: &mut DbConnection,
    event: EventId,
    placeholder: PlaceholderId,
) -> Result<Option<PlaceholderRsvpRow>, DbError> {
    Ok(placeholder_rsvps::table
        .find((event, placeholder))
        .select(PlaceholderRsvpRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_rsvp(conn: &mut DbConnection, row: &PlaceholderRsvpRow) -> Result<(), DbError> {
    diesel::insert_into(placeholder_rsvps::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn update_rsvp(
    conn: &mut DbConnection,
    row: &PlaceholderRsvpRow,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(placeholder_rsvps::table.find((row.event_id, row.placeholder_id)))
        .set((
            placeholder_rsvps::status.eq(&row.status),
            placeholder_rsvps::guests.eq(row.guests),
            placeholder_rsvps::host.eq(row.host),
            placeholder_rsvps::rsvped_at.eq(row.rsvped_at),
            placeholder_rsvps::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// A placeholder's answers, oldest event first.
pub fn rsvps_of(
    conn: &mut DbConnection,
    placeholder: PlaceholderId,
) -> Result<Vec<PlaceholderRsvpRow>, DbError> {
    Ok(placeholder_rsvps::table
        .inner_join(events::table.on(events::id.eq(placeholder_rsvps::event_id)))
        .filter(placeholder_rsvps::placeholder_id.eq(placeholder))
        .order(events::starts_at.asc())
        .select(PlaceholderRsvpRow::as_select())
        .load(conn)?)
}

/// Unclaimed placeholders' answers to an event: (going, waiting). Claimed ones became real
/// RSVPs, which count instead.
pub fn counts(conn: &mut DbConnection, event: EventId) -> Result<(i64, i64), DbError> {
    let rows: Vec<(String, i64)> = placeholder_rsvps::table
        .inner_join(
            placeholder_members::table
                .on(placeholder_members::id.eq(placeholder_rsvps::placeholder_id)),
        )
        .filter(placeholder_rsvps::event_id.eq(event))
        .filter(
            placeholder_rsvps::status
                .eq(RsvpStatus::Going.as_str())
                .or(placeholder_rsvps::status.eq(RsvpStatus::Waitlisted.as_str())),
        )
        .filter(placeholder_members::claimed_by.is_null())
        .group_by(placeholder_rsvps::status)
        .select((placeholder_rsvps::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut counts = (0, 0);
    for (status, n) in rows {
        match RsvpStatus::parse(&status) {
            Ok(RsvpStatus::Going) => counts.0 = n,
            Ok(RsvpStatus::Waitlisted) => counts.1 = n,
            _ => {}
        }
    }
    Ok(counts)
}

/// An event's placeholder answers with names, for organizers.
pub fn for_event(
    conn: &mut DbConnection,
    event: EventId,
) -> Result<Vec<(PlaceholderRsvpRow, PlaceholderRow)>, DbError> {
    Ok(placeholder_rsvps::table
        .inner_join(
            placeholder_members::table
                .on(placeholder_members::id.eq(placeholder_rsvps::placeholder_id)),
        )
        .filter(placeholder_rsvps::event_id.eq(event))
        .order(placeholder_members::name.asc())
        .limit(LIST_LIMIT)
        .select((PlaceholderRsvpRow::as_select(), PlaceholderRow::as_select()))
        .load(conn)?)
}

/// The group's event with this title and start (how an imported event is found again).
pub fn find_event(
    conn: &mut DbConnection,
    group: GroupId,
    title: &str,
    starts_at: Timestamp,
) -> Result<Option<crate::events::EventRow>, DbError> {
    Ok(events::table
        .filter(events::group_id.eq(group))
        .filter(events::title.eq(title))
        .filter(events::starts_at.eq(starts_at))
        .order(events::created_at.asc())
        .select(crate::events::EventRow::as_select())
        .first(conn)
        .optional()?)
}

/// Counts seats taken by a claimed past answer. Past events are history: no capacity guard
/// (nobody can answer them any more), but the count stays the sum of the going answers.
pub fn add_seats(conn: &mut DbConnection, event: EventId, seats: i32) -> Result<(), DbError> {
    diesel::update(events::table.find(event))
        .set(events::seats_taken.eq(events::seats_taken + seats))
        .execute(conn)?;
    Ok(())
}

/// Writes a claimed past answer as the person's own RSVP (see `muster_web::claims`).
pub fn insert_claimed_rsvp(
    conn: &mut DbConnection,
    row: &crate::rsvps::RsvpRow,
) -> Result<(), DbError> {
    diesel::insert_into(crate::schema::rsvps::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}
