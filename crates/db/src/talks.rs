//! An event's agenda (talks) and its comments.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{AsChangeset, Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{CommentId, EventId, TalkId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{comments, talks, users},
};

/// The most talks on one agenda.
pub const MAX_TALKS: i64 = 50;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = talks)]
pub struct TalkRow {
    pub id: TalkId,
    pub event_id: EventId,
    pub position: i32,
    pub title: String,
    pub speaker_name: String,
    pub speaker_user_id: Option<UserId>,
    pub abstract_: String,
    /// The abstract rendered and sanitised once, when saved.
    pub abstract_html: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    pub standby: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A talk's editable fields (the whole new state).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = talks, treat_none_as_null = true)]
pub struct TalkChanges {
    pub title: String,
    pub speaker_name: String,
    pub speaker_user_id: Option<UserId>,
    pub abstract_: String,
    pub abstract_html: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    pub standby: bool,
    pub updated_at: Timestamp,
}

impl TalkChanges {
    /// Applies the changes to a row (for answering with the new state without re-reading).
    pub fn apply_to(self, row: &mut TalkRow) {
        row.title = self.title;
        row.speaker_name = self.speaker_name;
        row.speaker_user_id = self.speaker_user_id;
        row.abstract_ = self.abstract_;
        row.abstract_html = self.abstract_html;
        row.slides_url = self.slides_url;
        row.video_url = self.video_url;
        row.lightning = self.lightning;
        row.standby = self.standby;
        row.updated_at = self.updated_at;
    }
}

pub fn for_event(conn: &mut DbConnection, event: EventId) -> Result<Vec<TalkRow>, DbError> {
    Ok(talks::table
        .filter(talks::event_id.eq(event))
        .order((talks::position.asc(), talks::created_at.asc()))
        .select(TalkRow::as_select())
        .load(conn)?)
}

pub fn find(
    conn: &mut DbConnection,
    event: EventId,
    id: TalkId,
) -> Result<Option<TalkRow>, DbError> {
    Ok(talks::table
        .find(id)
        .filter(talks::event_id.eq(event))
        .select(TalkRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn count(conn: &mut DbConnection, event: EventId) -> Result<i64, DbError> {
    Ok(talks::table
        .filter(talks::event_id.eq(event))
        .count()
        .get_result(conn)?)
}

/// Adds a talk at the end of the agenda.
pub fn append(conn: &mut DbConnection, mut row: TalkRow) -> Result<TalkRow, DbError> {
    let last: Option<i32> = talks::table
        .filter(talks::event_id.eq(row.event_id))
        .select(diesel::dsl::max(talks::position))
        .first(conn)?;
    row.position = last.map_or(0, |p| p + 1);
    diesel::insert_into(talks::table)
        .values(&row)
        .execute(conn)?;
    Ok(row)
}

pub fn update(
    conn: &mut DbConnection,
    event: EventId,
    id: TalkId,
    changes: &TalkChanges,
) -> Result<bool, DbError> {
    Ok(
        diesel::update(talks::table.find(id).filter(talks::event_id.eq(event)))
            .set(changes)
            .execute(conn)?
            > 0,
    )
}

pub fn delete(conn: &mut DbConnection, event: EventId, id: TalkId) -> Result<bool, DbError> {
    Ok(diesel::delete(talks::table.find(id).filter(talks::event_id.eq(event))).execute(conn)? > 0)
}

/// Puts the agenda in the given order. `order` must name exactly the event's talks.
pub fn reorder(
    conn: &mut DbConnection,
    event: EventId,
    order: &[TalkId],
    now: Timestamp,
) -> Result<bool, DbError> {
    let mut current: Vec<TalkId> = talks::table
        .filter(talks::event_id.eq(event))
        .select(talks::id)
        .load(conn)?;
    let mut wanted = order.to_vec();
    current.sort_by_key(ToString::to_string);
    wanted.sort_by_key(ToString::to_string);
    if current != wanted {
        return Ok(false);
    }
    for (position, id) in order.iter().enumerate() {
        diesel::update(talks::table.find(*id))
            .set((
                talks::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
                talks::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(true)
}

// ----------------------------------------------------------------------------- comments

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = comments)]
pub struct CommentRow {
    pub id: CommentId,
    pub event_id: EventId,
    pub user_id: Option<UserId>,
    pub body: String,
    pub created_at: Timestamp,
    pub removed_at: Option<Timestamp>,
    pub removed_by: Option<UserId>,
    /// A reply from the fediverse: the Note's id, and its author's actor id, name and page.
    pub remote_id: Option<String>,
    pub remote_author: Option<String>,
    pub remote_author_name: Option<String>,
    pub remote_author_url: Option<String>,
}

/// A comment with its author's name ("" when the account is gone).
#[derive(Debug, Clone)]
pub struct Comment {
    pub row: CommentRow,
    pub author: String,
}

pub fn add_comment(conn: &mut DbConnection, row: &CommentRow) -> Result<(), DbError> {
    diesel::insert_into(comments::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find_comment(
    conn: &mut DbConnection,
    event: EventId,
    id: CommentId,
) -> Result<Option<CommentRow>, DbError> {
    Ok(comments::table
        .find(id)
        .filter(comments::event_id.eq(event))
        .select(CommentRow::as_select())
        .first(conn)
        .optional()?)
}

/// The event's latest `limit` comments, oldest first.
pub fn comments(
    conn: &mut DbConnection,
    event: EventId,
    limit: i64,
) -> Result<Vec<Comment>, DbError> {
    // Deleted accounts join as nothing: their comments show without a name.
    let rows: Vec<(CommentRow, Option<String>)> = comments::table
        .left_join(
            users::table.on(users::id
                .nullable()
                .eq(comments::user_id)
                .and(users::deleted_at.is_null())),
        )
        .filter(comments::event_id.eq(event))
        .order((comments::created_at.desc(), comments::id.desc()))
        .limit(limit)
        .select((CommentRow::as_select(), users::display_name.nullable()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .rev()
        .map(|(row, name)| Comment {
            // A reply from the fediverse shows its remote author's name.
            author: name
                .or_else(|| row.remote_author_name.clone())
                .unwrap_or_default(),
            row,
        })
        .collect())
}

/// Removes a comment, keeping a tombstone ("removed by an organizer").
pub fn remove_comment(
    conn: &mut DbConnection,
    event: EventId,
    id: CommentId,
    by: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        comments::table
            .find(id)
            .filter(comments::event_id.eq(event))
            .filter(comments::removed_at.is_null()),
    )
    .set((
        comments::removed_at.eq(Some(now)),
        comments::removed_by.eq(Some(by)),
        comments::body.eq(""),
    ))
    .execute(conn)?
        > 0)
}

/// Removes everything a person wrote in comments (account deletion); tombstones stay.
pub fn remove_comments_by(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        comments::table
            .filter(comments::user_id.eq(user))
            .filter(comments::removed_at.is_null()),
    )
    .set((
        comments::removed_at.eq(Some(now)),
        comments::removed_by.eq(Some(user)),
        comments::body.eq(""),
    ))
    .execute(conn)?)
}

/// The name talks show once their speaker deleted their account and asked to be forgotten.
pub const FORMER_MEMBER: &str = "Former member";

/// Takes a person's name off the talks they gave (account deletion, when asked): the talks
/// stay on the agendas, by "Former member".
pub fn forget_speaker(
    conn: &mut DbConnection,
    user: UserId,
    now: Timestamp,
) -> Result<usize, DbError> {
    Ok(
        diesel::update(talks::table.filter(talks::speaker_user_id.eq(Some(user))))
            .set((
                talks::speaker_name.eq(FORMER_MEMBER),
                talks::speaker_user_id.eq(None::<UserId>),
                talks::updated_at.eq(now),
            ))
            .execute(conn)?,
    )
}
