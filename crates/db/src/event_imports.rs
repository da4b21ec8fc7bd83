//! Events imported from iCalendar (`event_imports`): each event's UID in its source calendar,
//! per group, so importing the same calendar again finds the event it created before.

use std::collections::HashMap;

use diesel::prelude::*;
use muster_core::{
    Timestamp,
    id::{EventId, GroupId, VenueId},
};

use crate::{
    DbConnection, DbError,
    events::EventRow,
    schema::{event_imports, events, venues},
};

/// One imported event, as last imported.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = event_imports)]
pub struct EventImportRow {
    pub group_id: GroupId,
    pub source_uid: String,
    pub event_id: EventId,
    /// A digest of the VEVENT as last imported.
    pub fingerprint: String,
    pub imported_at: Timestamp,
}

/// Every event imported into `group` before, with its record, by UID: one query for a
/// whole calendar, instead of one per event.
pub fn of_group(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<HashMap<String, (EventImportRow, EventRow)>, DbError> {
    let rows: Vec<(EventImportRow, EventRow)> = event_imports::table
        .inner_join(events::table.on(events::id.eq(event_imports::event_id)))
        .filter(event_imports::group_id.eq(group))
        .select((EventImportRow::as_select(), EventRow::as_select()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(record, event)| (record.source_uid.clone(), (record, event)))
        .collect())
}

/// Remembers (or re-remembers) that `row.event_id` is `row.source_uid` of the group's import.
pub fn record(conn: &mut DbConnection, row: &EventImportRow) -> Result<(), DbError> {
    diesel::delete(
        event_imports::table
            .filter(event_imports::group_id.eq(row.group_id))
            .filter(event_imports::source_uid.eq(&row.source_uid)),
    )
    .execute(conn)?;
    diesel::insert_into(event_imports::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// The group's venue with exactly this name and address, if any (read only: an import never
/// changes a venue organizers keep).
pub fn find_venue(
    conn: &mut DbConnection,
    group: GroupId,
    name: &str,
    address: &str,
) -> Result<Option<VenueId>, DbError> {
    Ok(venues::table
        .filter(venues::group_id.eq(group))
        .filter(venues::name.eq(name))
        .filter(venues::address.eq(address))
        .select(venues::id)
        .first(conn)
        .optional()?)
}
