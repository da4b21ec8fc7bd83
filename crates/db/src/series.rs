//! Recurring series and their occurrences.
//!
//! A series keeps its rule (RFC 5545 RRULE in its zone), its first local start and a template;
//! its occurrences are real events, created for a rolling window ahead ([`HORIZON`]) when the
//! series is made and by the scheduler tick. Each occurrence carries its index in the series as
//! `occurrence_key`, unique per series, so materializing twice — or on two workers at once —
//! creates it once, and an occurrence that was cancelled or moved is never re-created.

use chrono::{Duration, NaiveDateTime};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl,
    Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    account::Timezone,
    event::EventStatus,
    id::{EventId, GroupId, SeriesId, UserId, VenueId},
    recurrence::Recurrence,
};
use serde::{Deserialize, Serialize};

use crate::{
    DbConnection, DbError,
    events::{self, EventRow},
    schema::{event_series, events as events_table, groups},
};

/// How far ahead occurrences exist.
pub const HORIZON: Duration = Duration::days(90);

/// The stored form of a series' first local start.
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = event_series)]
pub struct SeriesRow {
    pub id: SeriesId,
    pub group_id: GroupId,
    pub rrule: String,
    pub timezone: String,
    /// The first occurrence's local start, `YYYY-MM-DDTHH:MM:SS`.
    pub first_local: String,
    pub duration_minutes: i32,
    /// JSON: see [`SeriesTemplate`].
    pub template: String,
    pub generated_until: Option<Timestamp>,
    pub ended_at: Option<Timestamp>,
    pub created_by: Option<UserId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What each new occurrence copies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SeriesTemplate {
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub venue_id: Option<VenueId>,
    pub online_url: String,
    pub capacity: Option<i32>,
    pub guest_limit: i32,
    /// RSVPs open this many minutes before each start (none: as soon as it exists).
    pub rsvp_opens_minutes_before: Option<i64>,
    /// RSVPs close this many minutes before each start (none: at the start).
    pub rsvp_closes_minutes_before: Option<i64>,
    pub rsvp_question: String,
    pub announce: bool,
    pub reminders_enabled: bool,
    pub hosts: Vec<UserId>,
}

impl SeriesRow {
    pub fn timezone(&self) -> Timezone {
        Timezone::from_trusted(&self.timezone)
    }

    pub fn recurrence(&self) -> Option<Recurrence> {
        Recurrence::from_rrule(&self.rrule, self.timezone().tz()).ok()
    }

    pub fn first_local(&self) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(&self.first_local, LOCAL_FORMAT).ok()
    }

    pub fn template(&self) -> SeriesTemplate {
        serde_json::from_str(&self.template).unwrap_or_default()
    }

    pub fn duration(&self) -> Duration {
        Duration::minutes(i64::from(self.duration_minutes))
    }
}

impl SeriesTemplate {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

pub fn insert(conn: &mut DbConnection, row: &SeriesRow) -> Result<(), DbError> {
    diesel::insert_into(event_series::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: SeriesId) -> Result<Option<SeriesRow>, DbError> {
    Ok(event_series::table
        .find(id)
        .select(SeriesRow::as_select())
        .first(conn)
        .optional()?)
}

/// Writes a new template and first local start ("this and following" edits).
pub fn update_template(
    conn: &mut DbConnection,
    id: SeriesId,
    template: &SeriesTemplate,
    first_local: NaiveDateTime,
    duration_minutes: i32,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(event_series::table.find(id))
        .set((
            event_series::template.eq(template.to_json()),
            event_series::first_local.eq(first_local.format(LOCAL_FORMAT).to_string()),
            event_series::duration_minutes.eq(duration_minutes),
            event_series::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stops the series: no more occurrences are created.
pub fn end(conn: &mut DbConnection, id: SeriesId, now: Timestamp) -> Result<(), DbError> {
    diesel::update(event_series::table.find(id))
        .set((
            event_series::ended_at.eq(Some(now)),
            event_series::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Creates the series' missing occurrences that start in `[now, now + HORIZON)`. Returns the
/// new events. Safe to run any number of times, concurrently too.
pub fn materialize(
    conn: &mut DbConnection,
    series: &SeriesRow,
    now: Timestamp,
) -> Result<Vec<EventId>, DbError> {
    if series.ended_at.is_some() {
        return Ok(Vec::new());
    }
    let until = now + HORIZON;
    // A rule that cannot be read is skipped until the window moves on (not retried on every
    // tick: `due` would return it forever).
    let skip = |conn: &mut DbConnection| -> Result<Vec<EventId>, DbError> {
        diesel::update(event_series::table.find(series.id))
            .set(event_series::generated_until.eq(Some(until)))
            .execute(conn)?;
        Ok(Vec::new())
    };
    let (Some(recurrence), Some(first_local)) = (series.recurrence(), series.first_local()) else {
        tracing::warn!(series = %series.id, "series has an unreadable rule; skipped");
        return skip(conn);
    };
    let tz = series.timezone();
    let occurrences = match recurrence.occurrences(first_local, tz.tz(), now, until, 200) {
        Ok(found) => found,
        Err(error) => {
            tracing::warn!(series = %series.id, %error, "series cannot be expanded; skipped");
            return skip(conn);
        }
    };
    let existing: Vec<Option<String>> = events_table::table
        .filter(events_table::series_id.eq(series.id))
        .select(events_table::occurrence_key)
        .load(conn)?;
    let template = series.template();
    let mut created = Vec::new();
    for occurrence in occurrences {
        let key = occurrence.index.to_string();
        if existing.iter().any(|k| k.as_deref() == Some(key.as_str())) {
            continue;
        }
        let starts_at = occurrence.starts_at;
        let row = EventRow {
            id: EventId::new(),
            group_id: series.group_id,
            series_id: Some(series.id),
            occurrence_key: Some(key),
            title: template.title.clone(),
            description: template.description.clone(),
            description_html: template.description_html.clone(),
            starts_at,
            ends_at: starts_at + series.duration(),
            timezone: series.timezone.clone(),
            venue_id: template.venue_id,
            online_url: template.online_url.clone(),
            capacity: template.capacity,
            seats_taken: 0,
            guest_limit: template.guest_limit,
            rsvp_opens_at: template
                .rsvp_opens_minutes_before
                .map(|m| starts_at - Duration::minutes(m)),
            rsvp_closes_at: template
                .rsvp_closes_minutes_before
                .map(|m| starts_at - Duration::minutes(m)),
            rsvps_closed: false,
            rsvp_question: template.rsvp_question.clone(),
            status: EventStatus::Published,
            cancel_reason: String::new(),
            sequence: 0,
            previous_starts_at: None,
            announce: template.announce,
            reminders_enabled: template.reminders_enabled,
            created_by: series.created_by,
            published_at: Some(now),
            created_at: now,
            updated_at: now,
            // Announced by the scheduler as each comes within two weeks, not all at once.
            announced_at: None,
        };
        // Another worker may have created it a moment ago: the unique key makes that a no-op.
        let inserted = crate::on_backend!(conn, c => diesel::insert_into(events_table::table)
            .values(&row)
            .on_conflict_do_nothing()
            .execute(c))?;
        if inserted == 1 {
            events::set_hosts(conn, row.id, &template.hosts)?;
            created.push(row.id);
        }
    }
    diesel::update(event_series::table.find(series.id))
        .set(event_series::generated_until.eq(Some(until)))
        .execute(conn)?;
    if !created.is_empty() {
        events::refresh_group_dates(conn, series.group_id, now)?;
    }
    Ok(created)
}

/// Series whose window needs extending (checked at most daily per series).
pub fn due(conn: &mut DbConnection, now: Timestamp, limit: i64) -> Result<Vec<SeriesRow>, DbError> {
    let horizon = now + HORIZON - Duration::days(1);
    Ok(event_series::table
        .inner_join(groups::table.on(groups::id.eq(event_series::group_id)))
        .filter(groups::deleted_at.is_null())
        .filter(event_series::ended_at.is_null())
        .filter(
            event_series::generated_until
                .is_null()
                .or(event_series::generated_until.lt(horizon)),
        )
        .order(event_series::generated_until.asc())
        .limit(limit)
        .select(SeriesRow::as_select())
        .load(conn)?)
}
