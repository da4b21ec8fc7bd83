//! What a group's archive reads and what importing one writes: every row of the group's
//! history in one pass, plus the history an archive brought from another instance
//! (`archive_imports`, `archived_*`), which has no accounts here to hang from.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, RunQueryDsl,
    Selectable, SelectableHelper,
    dsl::{count_star, sum},
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{EventId, GroupId, UserId},
    policy::MembershipStatus,
};

use crate::{
    DbConnection, DbError,
    conduct::ConductVersionRow,
    events::{EventRow, VenueRow},
    images::ImageRow,
    schema::{
        archive_imports, archived_attendance, archived_event_history, archived_members,
        conduct_versions, event_hosts, event_series, events, memberships, placeholder_members,
        placeholder_rsvps, rsvps, talks, users, venues,
    },
    series::SeriesRow,
    talks::TalkRow,
};

/// A group that arrived as another instance's archive.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = archive_imports)]
pub struct ArchiveImportRow {
    pub group_id: GroupId,
    pub source_url: String,
    pub exported_at: Timestamp,
    pub imported_at: Timestamp,
    /// Members the group had there (they have no accounts here).
    pub member_count: i32,
}

/// A member named in an imported archive.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = archived_members)]
pub struct ArchivedMemberRow {
    pub group_id: GroupId,
    pub member_id: String,
    pub name: String,
    pub role: String,
    pub joined_at: Timestamp,
}

/// An imported event's answers and hosts, as the archive had them.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = archived_event_history)]
pub struct EventHistoryRow {
    pub event_id: EventId,
    pub going: i32,
    pub waitlisted: i32,
    pub not_going: i32,
    pub guests: i32,
    pub attended: i32,
    pub no_show: i32,
    /// JSON array of the hosts' names.
    pub hosts: String,
}

/// A named member's answer to an imported event.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = archived_attendance)]
pub struct ArchivedAnswerRow {
    pub event_id: EventId,
    pub member_id: String,
    pub status: String,
    pub guests: i32,
    pub attendance: String,
}

/// How many people gave one answer (and attendance) to one event, and their guests.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerTally {
    pub event_id: EventId,
    pub status: String,
    pub attendance: String,
    pub people: i64,
    pub guests: i64,
}

/// A member here who allowed their name in the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedMember {
    pub user_id: UserId,
    pub name: String,
    pub role: String,
    pub joined_at: Timestamp,
}

/// A named member's answer to one of the group's events here.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedAnswer {
    pub event_id: EventId,
    pub user_id: UserId,
    pub status: String,
    pub guests: i32,
    pub attendance: String,
}

/// Everything a group's archive is made of, read in one transaction.
#[derive(Debug, Clone)]
pub struct GroupHistory {
    /// Every event, drafts included, soonest first.
    pub events: Vec<EventRow>,
    pub venues: Vec<VenueRow>,
    pub series: Vec<SeriesRow>,
    pub talks: Vec<TalkRow>,
    pub conduct: Vec<ConductVersionRow>,
    /// Hosts' names by event, in order (deleted accounts left out).
    pub hosts: Vec<(EventId, String)>,
    pub tallies: Vec<AnswerTally>,
    pub active_members: i64,
    pub named_members: Vec<NamedMember>,
    pub named_answers: Vec<NamedAnswer>,
    pub imported: Option<ArchiveImportRow>,
    pub archived_members: Vec<ArchivedMemberRow>,
    pub archived_history: Vec<EventHistoryRow>,
    pub archived_answers: Vec<ArchivedAnswerRow>,
    pub logo: Option<ImageRow>,
}

/// Reads a group's whole history as one consistent snapshot: a read transaction (repeatable
/// read on PostgreSQL, where a plain transaction sees each statement's own snapshot).
pub fn history(
    conn: &mut DbConnection,
    group: GroupId,
    logo: Option<muster_core::id::ImageId>,
) -> Result<GroupHistory, DbError> {
    use diesel::Connection;
    conn.transaction(|c| {
        if matches!(c, DbConnection::Pg(_)) {
            diesel::sql_query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .execute(c)?;
        }
        read_history(c, group, logo)
    })
}

fn read_history(
    conn: &mut DbConnection,
    group: GroupId,
    logo: Option<muster_core::id::ImageId>,
) -> Result<GroupHistory, DbError> {
    let events: Vec<EventRow> = events::table
        .filter(events::group_id.eq(group))
        .order((events::starts_at.asc(), events::id.asc()))
        .select(EventRow::as_select())
        .load(conn)?;
    let venues: Vec<VenueRow> = venues::table
        .filter(venues::group_id.eq(group))
        .order((venues::created_at.asc(), venues::id.asc()))
        .select(VenueRow::as_select())
        .load(conn)?;
    let series: Vec<SeriesRow> = event_series::table
        .filter(event_series::group_id.eq(group))
        .order((event_series::created_at.asc(), event_series::id.asc()))
        .select(SeriesRow::as_select())
        .load(conn)?;
    let talks: Vec<TalkRow> = talks::table
        .inner_join(events::table.on(events::id.eq(talks::event_id)))
        .filter(events::group_id.eq(group))
        .order((talks::event_id.asc(), talks::position.asc()))
        .select(TalkRow::as_select())
        .load(conn)?;
    let conduct: Vec<ConductVersionRow> = conduct_versions::table
        .filter(conduct_versions::group_id.eq(group))
        .order(conduct_versions::version.asc())
        .select(ConductVersionRow::as_select())
        .load(conn)?;
    let hosts: Vec<(EventId, String)> = event_hosts::table
        .inner_join(events::table.on(events::id.eq(event_hosts::event_id)))
        .inner_join(users::table.on(users::id.eq(event_hosts::user_id)))
        .filter(events::group_id.eq(group))
        .filter(users::deleted_at.is_null())
        .order((event_hosts::event_id.asc(), event_hosts::position.asc()))
        .select((event_hosts::event_id, users::display_name))
        .load(conn)?;
    let tallies: Vec<(EventId, String, String, i64, Option<i64>)> = rsvps::table
        .inner_join(events::table.on(events::id.eq(rsvps::event_id)))
        .filter(events::group_id.eq(group))
        .group_by((rsvps::event_id, rsvps::status, rsvps::attendance))
        .select((
            rsvps::event_id,
            rsvps::status,
            rsvps::attendance,
            count_star(),
            sum(rsvps::guests),
        ))
        .load(conn)?;
    // People imported from Meetup.com who have not claimed their history are counted too
    // (claimed ones are in `rsvps` now).
    let placeholder_tallies: Vec<(EventId, String, i64, Option<i64>)> = placeholder_rsvps::table
        .inner_join(
            placeholder_members::table
                .on(placeholder_members::id.eq(placeholder_rsvps::placeholder_id)),
        )
        .inner_join(events::table.on(events::id.eq(placeholder_rsvps::event_id)))
        .filter(events::group_id.eq(group))
        .filter(placeholder_members::claimed_by.is_null())
        .group_by((placeholder_rsvps::event_id, placeholder_rsvps::status))
        .select((
            placeholder_rsvps::event_id,
            placeholder_rsvps::status,
            count_star(),
            sum(placeholder_rsvps::guests),
        ))
        .load(conn)?;
    let tallies = tallies
        .into_iter()
        .chain(
            placeholder_tallies
                .into_iter()
                .map(|(event, status, people, guests)| {
                    (event, status, "unknown".to_owned(), people, guests)
                }),
        )
        .collect::<Vec<_>>();
    let active = MembershipStatus::Active.as_str();
    let active_members: i64 = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(active))
        .filter(users::deleted_at.is_null())
        .count()
        .get_result(conn)?;
    let named_members: Vec<(UserId, String, String, Timestamp)> = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(active))
        .filter(memberships::in_archive.eq(true))
        .filter(users::deleted_at.is_null())
        .order((memberships::created_at.asc(), users::id.asc()))
        .select((
            users::id,
            users::display_name,
            memberships::role,
            memberships::created_at,
        ))
        .load(conn)?;
    let named_answers: Vec<(EventId, UserId, String, i32, String)> = rsvps::table
        .inner_join(events::table.on(events::id.eq(rsvps::event_id)))
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(rsvps::user_id)
                .and(memberships::group_id.eq(events::group_id))),
        )
        .filter(events::group_id.eq(group))
        .filter(memberships::status.eq(active))
        .filter(memberships::in_archive.eq(true))
        .order((rsvps::event_id.asc(), rsvps::user_id.asc()))
        .select((
            rsvps::event_id,
            rsvps::user_id,
            rsvps::status,
            rsvps::guests,
            rsvps::attendance,
        ))
        .load(conn)?;
    let imported = archive_imports::table
        .find(group)
        .select(ArchiveImportRow::as_select())
        .first(conn)
        .optional()?;
    let archived_members = archived_members::table
        .filter(archived_members::group_id.eq(group))
        .order((
            archived_members::joined_at.asc(),
            archived_members::member_id.asc(),
        ))
        .select(ArchivedMemberRow::as_select())
        .load(conn)?;
    let archived_history = archived_event_history::table
        .inner_join(events::table.on(events::id.eq(archived_event_history::event_id)))
        .filter(events::group_id.eq(group))
        .select(EventHistoryRow::as_select())
        .load(conn)?;
    let archived_answers = archived_attendance::table
        .inner_join(events::table.on(events::id.eq(archived_attendance::event_id)))
        .filter(events::group_id.eq(group))
        .order((
            archived_attendance::event_id.asc(),
            archived_attendance::member_id.asc(),
        ))
        .select(ArchivedAnswerRow::as_select())
        .load(conn)?;
    let logo = match logo {
        Some(id) => crate::images::find(conn, id)?,
        None => None,
    };
    Ok(GroupHistory {
        events,
        venues,
        series,
        talks,
        conduct,
        hosts,
        tallies: tallies
            .into_iter()
            .map(
                |(event_id, status, attendance, people, guests)| AnswerTally {
                    event_id,
                    status,
                    attendance,
                    people,
                    guests: guests.unwrap_or(0),
                },
            )
            .collect(),
        active_members,
        named_members: named_members
            .into_iter()
            .map(|(user_id, name, role, joined_at)| NamedMember {
                user_id,
                name,
                role,
                joined_at,
            })
            .collect(),
        named_answers: named_answers
            .into_iter()
            .map(
                |(event_id, user_id, status, guests, attendance)| NamedAnswer {
                    event_id,
                    user_id,
                    status,
                    guests,
                    attendance,
                },
            )
            .collect(),
        imported,
        archived_members,
        archived_history,
        archived_answers,
        logo,
    })
}

/// The history an imported event brought with it, if any.
pub fn event_history(
    conn: &mut DbConnection,
    event: EventId,
) -> Result<Option<EventHistoryRow>, DbError> {
    Ok(archived_event_history::table
        .find(event)
        .select(EventHistoryRow::as_select())
        .first(conn)
        .optional()?)
}

/// Everything an imported archive adds, written inside the caller's transaction. The group's
/// own rows (group, conduct versions, events…) come first, through their modules.
pub struct Restored<'a> {
    pub venues: &'a [VenueRow],
    pub series: &'a [SeriesRow],
    pub events: &'a [EventRow],
    pub talks: &'a [TalkRow],
    pub import: &'a ArchiveImportRow,
    pub members: &'a [ArchivedMemberRow],
    pub history: &'a [EventHistoryRow],
    pub answers: &'a [ArchivedAnswerRow],
}

/// Inserts `rows` into `table` a few hundred per statement. Diesel's multi-row insert exists
/// per backend only, so each chunk goes to the concrete connection.
macro_rules! insert_all {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks(500) {
            match &mut *$conn {
                DbConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                DbConnection::Pg(c) => diesel::insert_into($table).values(chunk).execute(c)?,
            };
        }
    };
}

/// Writes an imported archive's rows (inside the caller's transaction).
pub fn restore(conn: &mut DbConnection, rows: &Restored<'_>) -> Result<(), DbError> {
    insert_all!(conn, venues::table, rows.venues);
    insert_all!(conn, event_series::table, rows.series);
    insert_all!(conn, events::table, rows.events);
    insert_all!(conn, talks::table, rows.talks);
    insert_all!(
        conn,
        archive_imports::table,
        std::slice::from_ref(rows.import)
    );
    insert_all!(conn, archived_members::table, rows.members);
    insert_all!(conn, archived_event_history::table, rows.history);
    insert_all!(conn, archived_attendance::table, rows.answers);
    Ok(())
}

/// Whether any of these ids already names an event here (an archive imported before, or ids
/// that collide).
pub fn events_exist(conn: &mut DbConnection, ids: &[EventId]) -> Result<bool, DbError> {
    let mut found = 0_i64;
    for chunk in ids.chunks(500) {
        found += events::table
            .filter(events::id.eq_any(chunk))
            .count()
            .get_result::<i64>(conn)?;
    }
    Ok(found > 0)
}

/// One membership, for "download my data".
#[derive(Debug, Clone)]
pub struct MyMembership {
    pub group_slug: String,
    pub group_name: String,
    pub membership: crate::memberships::MembershipRow,
}

/// One answer, for "download my data".
#[derive(Debug, Clone)]
pub struct MyAnswer {
    pub group_slug: String,
    pub event: EventRow,
    pub status: String,
    pub guests: i32,
    pub answer: String,
    pub attendance: String,
    pub answered_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Everything a person's account holds about them besides the account row.
#[derive(Debug, Clone, Default)]
pub struct PersonalData {
    pub memberships: Vec<MyMembership>,
    pub answers: Vec<MyAnswer>,
    /// Their comments, with the event they are on.
    pub comments: Vec<(crate::talks::CommentRow, EventRow)>,
    /// Talks they are the speaker of, with the event.
    pub talks: Vec<(TalkRow, EventRow)>,
}

/// An answer as [`personal`] reads it: the event, its group's slug, status, guests, answer to
/// the organizers' question, attendance, when answered, when last changed.
type AnswerRow = (
    EventRow,
    String,
    String,
    i32,
    String,
    String,
    Timestamp,
    Timestamp,
);

/// A person's memberships, answers, comments and talks, oldest first.
pub fn personal(conn: &mut DbConnection, user: UserId) -> Result<PersonalData, DbError> {
    use crate::{
        groups::GroupRow,
        memberships::MembershipRow,
        schema::{comments, groups},
        talks::CommentRow,
    };
    let memberships: Vec<(MembershipRow, GroupRow)> = memberships::table
        .inner_join(groups::table.on(groups::id.eq(memberships::group_id)))
        .filter(memberships::user_id.eq(user))
        .order(memberships::created_at.asc())
        .select((MembershipRow::as_select(), GroupRow::as_select()))
        .load(conn)?;
    let answers: Vec<AnswerRow> = rsvps::table
        .inner_join(events::table.on(events::id.eq(rsvps::event_id)))
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(rsvps::user_id.eq(user))
        .order(events::starts_at.asc())
        .select((
            EventRow::as_select(),
            groups::slug,
            rsvps::status,
            rsvps::guests,
            rsvps::answer,
            rsvps::attendance,
            rsvps::created_at,
            rsvps::updated_at,
        ))
        .load(conn)?;
    let comments: Vec<(CommentRow, EventRow)> = comments::table
        .inner_join(events::table.on(events::id.eq(comments::event_id)))
        .filter(comments::user_id.eq(user))
        .order(comments::created_at.asc())
        .select((CommentRow::as_select(), EventRow::as_select()))
        .load(conn)?;
    let talks: Vec<(TalkRow, EventRow)> = talks::table
        .inner_join(events::table.on(events::id.eq(talks::event_id)))
        .filter(talks::speaker_user_id.eq(user))
        .order(events::starts_at.asc())
        .select((TalkRow::as_select(), EventRow::as_select()))
        .load(conn)?;
    Ok(PersonalData {
        memberships: memberships
            .into_iter()
            .map(|(membership, group)| MyMembership {
                group_slug: group.slug,
                group_name: group.name,
                membership,
            })
            .collect(),
        answers: answers
            .into_iter()
            .map(
                |(
                    event,
                    group_slug,
                    status,
                    guests,
                    answer,
                    attendance,
                    answered_at,
                    updated_at,
                )| {
                    MyAnswer {
                        group_slug,
                        event,
                        status,
                        guests,
                        answer,
                        attendance,
                        answered_at,
                        updated_at,
                    }
                },
            )
            .collect(),
        comments,
        talks,
    })
}
