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
    event::{Attendance, RsvpStatus},
    id::{EventId, GroupId, UserId},
    policy::MembershipStatus,
    roles::Role,
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
    pub role: Role,
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
    pub status: RsvpStatus,
    pub guests: i32,
    pub attendance: Attendance,
}

/// How many people gave one answer (and attendance) to one event, and their guests.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerTally {
    pub event_id: EventId,
    pub status: RsvpStatus,
    pub attendance: Attendance,
    pub people: i64,
    pub guests: i64,
}

/// A member here who allowed their name in the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedMember {
    pub user_id: UserId,
    pub name: String,
    pub role: Role,
    pub joined_at: Timestamp,
}

/// A named member's answer to one of the group's events here.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedAnswer {
    pub event_id: EventId,
    pub user_id: UserId,
    pub status: RsvpStatus,
    pub guests: i32,
    pub attendance: Attendance,
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
    /// Every photo, oldest first (without the images: [`crate::images::find`] reads each).
    pub photos: Vec<crate::photos::Photo>,
    /// Discussion threads not removed, oldest first, with their replies not removed.
    pub threads: Vec<(
        crate::discussions::ThreadRow,
        Vec<crate::discussions::ReplyRow>,
    )>,
}

/// Reads a group's whole history as one consistent snapshot: a read transaction (repeatable
/// read on PostgreSQL, where a plain transaction sees each statement's own snapshot).
pub fn history(
    conn: &mut DbConnection,
    group: GroupId,
    logo: Option<muster_core::id::ImageId>,
) -> Result<GroupHistory, DbError> {
    with_history(conn, group, logo, |_, history| Ok(history))
}

/// [`history`], then `then` with it inside the same snapshot (an export reads each photo's
/// image there, so a photo removed meanwhile is still whole in the archive).
pub fn with_history<T>(
    conn: &mut DbConnection,
    group: GroupId,
    logo: Option<muster_core::id::ImageId>,
    then: impl FnOnce(&mut DbConnection, GroupHistory) -> Result<T, DbError>,
) -> Result<T, DbError> {
    use diesel::Connection;
    conn.transaction(|c| {
        if matches!(c, DbConnection::Pg(_)) {
            diesel::sql_query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .execute(c)?;
        }
        let history = read_history(c, group, logo)?;
        then(c, history)
    })
}

/// `$table`'s rows about the group's events: joined to `events` on `$table::event_id` and
/// filtered on the group.
macro_rules! of_group_events {
    ($table:ident, $group:expr) => {
        $table::table
            .inner_join(events::table.on(events::id.eq($table::event_id)))
            .filter(events::group_id.eq($group))
    };
}

/// Loads the `$row`s of `$table` with the group's `group_id`, ordered by the columns given.
macro_rules! group_rows {
    ($conn:expr, $group:expr, $table:ident as $row:ident $(, by $($column:ident),+)?) => {
        $table::table
            .filter($table::group_id.eq($group))
            $(.order(($($table::$column.asc(),)+)))?
            .select($row::as_select())
            .load::<$row>($conn)
    };
}

/// Loads the `$row`s of `$table` about the group's events, ordered by the columns given.
macro_rules! event_rows {
    ($conn:expr, $group:expr, $table:ident as $row:ident $(, by $($column:ident),+)?) => {
        of_group_events!($table, $group)
            $(.order(($($table::$column.asc(),)+)))?
            .select($row::as_select())
            .load::<$row>($conn)
    };
}

/// The `$row` of `$table` with the primary key `$key`, if there is one.
macro_rules! find_row {
    ($conn:expr, $table:ident as $row:ident, $key:expr) => {
        $table::table
            .find($key)
            .select($row::as_select())
            .first::<$row>($conn)
            .optional()
    };
}

fn read_history(
    conn: &mut DbConnection,
    group: GroupId,
    logo: Option<muster_core::id::ImageId>,
) -> Result<GroupHistory, DbError> {
    Ok(GroupHistory {
        events: group_rows!(conn, group, events as EventRow, by starts_at, id)?,
        venues: group_rows!(conn, group, venues as VenueRow, by created_at, id)?,
        series: group_rows!(conn, group, event_series as SeriesRow, by created_at, id)?,
        talks: event_rows!(conn, group, talks as TalkRow, by event_id, position)?,
        conduct: group_rows!(conn, group, conduct_versions as ConductVersionRow, by version)?,
        hosts: read_hosts(conn, group)?,
        tallies: read_tallies(conn, group)?,
        active_members: count_active_members(conn, group)?,
        named_members: read_named_members(conn, group)?,
        named_answers: read_named_answers(conn, group)?,
        imported: find_row!(conn, archive_imports as ArchiveImportRow, group)?,
        archived_members: group_rows!(
            conn, group, archived_members as ArchivedMemberRow, by joined_at, member_id
        )?,
        archived_history: event_rows!(conn, group, archived_event_history as EventHistoryRow)?,
        archived_answers: event_rows!(
            conn, group, archived_attendance as ArchivedAnswerRow, by event_id, member_id
        )?,
        logo: match logo {
            Some(id) => crate::images::find(conn, id)?,
            None => None,
        },
        photos: crate::photos::for_group(conn, group)?,
        threads: crate::discussions::for_archive(conn, group)?,
    })
}

/// Hosts' names by event, in order (deleted accounts left out).
fn read_hosts(conn: &mut DbConnection, group: GroupId) -> Result<Vec<(EventId, String)>, DbError> {
    Ok(event_hosts::table
        .inner_join(events::table.on(events::id.eq(event_hosts::event_id)))
        .inner_join(users::table.on(users::id.eq(event_hosts::user_id)))
        .filter(events::group_id.eq(group))
        .filter(users::deleted_at.is_null())
        .order((event_hosts::event_id.asc(), event_hosts::position.asc()))
        .select((event_hosts::event_id, users::display_name))
        .load(conn)?)
}

/// Answers counted per event, answer and attendance: members', then placeholders'.
fn read_tallies(conn: &mut DbConnection, group: GroupId) -> Result<Vec<AnswerTally>, DbError> {
    let answers: Vec<(EventId, RsvpStatus, Attendance, i64, Option<i64>)> =
        of_group_events!(rsvps, group)
            .group_by((rsvps::event_id, rsvps::status, rsvps::attendance))
            .select((
                rsvps::event_id,
                rsvps::status,
                rsvps::attendance,
                count_star(),
                sum(rsvps::guests),
            ))
            .load(conn)?;
    let mut tallies: Vec<AnswerTally> = answers
        .into_iter()
        .map(|(event_id, status, attendance, people, guests)| {
            AnswerTally::new(event_id, status, attendance, people, guests)
        })
        .collect();
    tallies.extend(read_placeholder_tallies(conn, group)?);
    Ok(tallies)
}

/// People imported from Meetup.com who have not claimed their history, counted per event and
/// answer (claimed ones are in `rsvps` now), attendance unknown.
fn read_placeholder_tallies(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<AnswerTally>, DbError> {
    let counts: Vec<(EventId, RsvpStatus, i64, Option<i64>)> = placeholder_rsvps::table
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
    Ok(counts
        .into_iter()
        .map(|(event_id, status, people, guests)| {
            AnswerTally::new(event_id, status, Attendance::Unknown, people, guests)
        })
        .collect())
}

impl AnswerTally {
    /// A tally as SQL counts it (a sum over no rows is NULL: no guests).
    fn new(
        event_id: EventId,
        status: RsvpStatus,
        attendance: Attendance,
        people: i64,
        guests: Option<i64>,
    ) -> AnswerTally {
        AnswerTally {
            event_id,
            status,
            attendance,
            people,
            guests: guests.unwrap_or(0),
        }
    }
}

fn count_active_members(conn: &mut DbConnection, group: GroupId) -> Result<i64, DbError> {
    Ok(memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(users::deleted_at.is_null())
        .count()
        .get_result(conn)?)
}

fn read_named_members(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<NamedMember>, DbError> {
    let rows: Vec<(UserId, String, Role, Timestamp)> = memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
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
    Ok(rows
        .into_iter()
        .map(|(user_id, name, role, joined_at)| NamedMember {
            user_id,
            name,
            role,
            joined_at,
        })
        .collect())
}

fn read_named_answers(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<NamedAnswer>, DbError> {
    let rows: Vec<(EventId, UserId, RsvpStatus, i32, Attendance)> = rsvps::table
        .inner_join(events::table.on(events::id.eq(rsvps::event_id)))
        .inner_join(
            memberships::table.on(memberships::user_id
                .eq(rsvps::user_id)
                .and(memberships::group_id.eq(events::group_id))),
        )
        .filter(events::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
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
    Ok(rows
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
        .collect())
}

/// The history an imported event brought with it, if any.
pub fn event_history(
    conn: &mut DbConnection,
    event: EventId,
) -> Result<Option<EventHistoryRow>, DbError> {
    Ok(find_row!(
        conn,
        archived_event_history as EventHistoryRow,
        event
    )?)
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
    pub status: RsvpStatus,
    pub guests: i32,
    pub answer: String,
    pub attendance: Attendance,
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
    RsvpStatus,
    i32,
    String,
    Attendance,
    Timestamp,
    Timestamp,
);

/// Loads the `$row`s of `$table` that `$filter` picks, each with its event, in `$order`.
macro_rules! with_events {
    ($conn:expr, $table:ident as $row:ident, $filter:expr, $order:expr) => {
        $table::table
            .inner_join(events::table.on(events::id.eq($table::event_id)))
            .filter($filter)
            .order($order)
            .select(($row::as_select(), EventRow::as_select()))
            .load::<($row, EventRow)>($conn)
    };
}

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
    let comments = with_events!(
        conn,
        comments as CommentRow,
        comments::user_id.eq(user),
        comments::created_at.asc()
    )?;
    let talks = with_events!(
        conn,
        talks as TalkRow,
        talks::speaker_user_id.eq(user),
        events::starts_at.asc()
    )?;
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
