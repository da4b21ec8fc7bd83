//! Photos from meetups: each a display-size image and a thumbnail in `images`, listed per event
//! and per group, counted against the group's storage, and reported by people who object.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    event::EventStatus,
    id::{EventId, GroupId, ImageId, PhotoId, PhotoReportId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{events, images, photo_reports, photos, users},
};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = photos)]
pub struct PhotoRow {
    pub id: PhotoId,
    pub group_id: GroupId,
    pub event_id: EventId,
    pub uploaded_by: Option<UserId>,
    pub image_id: ImageId,
    pub thumb_image_id: ImageId,
    pub width: i32,
    pub height: i32,
    /// Both images' bytes: what the photo takes of the group's quota.
    pub stored_bytes: i64,
    pub caption: String,
    pub created_at: Timestamp,
}

/// A photo with its uploader's name ("" when the account is gone).
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    pub row: PhotoRow,
    pub uploader: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = photo_reports)]
pub struct PhotoReportRow {
    pub id: PhotoReportId,
    pub photo_id: PhotoId,
    pub reporter_id: UserId,
    pub reason: String,
    pub created_at: Timestamp,
}

/// A reported photo, its event's title, and the reasons given (oldest first).
#[derive(Debug, Clone)]
pub struct Reported {
    pub photo: Photo,
    pub event_title: String,
    pub reasons: Vec<String>,
}

pub fn insert(conn: &mut DbConnection, row: &PhotoRow) -> Result<(), DbError> {
    diesel::insert_into(photos::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: PhotoId) -> Result<Option<PhotoRow>, DbError> {
    Ok(photos::table
        .find(id)
        .select(PhotoRow::as_select())
        .first(conn)
        .optional()?)
}

/// The live group of the photo one of whose images this is, while its event is published or
/// cancelled (a draft's photos, or a deleted group's, are not shown), in one statement.
pub fn group_showing(
    conn: &mut DbConnection,
    image: ImageId,
) -> Result<Option<crate::groups::GroupRow>, DbError> {
    use crate::schema::groups;
    Ok(photos::table
        .inner_join(events::table)
        .inner_join(groups::table.on(groups::id.eq(photos::group_id)))
        .filter(
            photos::image_id
                .eq(image)
                .or(photos::thumb_image_id.eq(image)),
        )
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .filter(groups::deleted_at.is_null())
        .select(crate::groups::GroupRow::as_select())
        .first(conn)
        .optional()?)
}

/// Rows with their uploaders' names; deleted accounts join as nothing.
fn named(rows: Vec<(PhotoRow, Option<String>)>) -> Vec<Photo> {
    rows.into_iter()
        .map(|(row, name)| Photo {
            row,
            uploader: name.unwrap_or_default(),
        })
        .collect()
}

/// Photos matching `$filter`, oldest first, with their uploaders' names.
macro_rules! named_photos {
    ($conn:expr, $filter:expr) => {
        photos::table
            .left_join(
                users::table.on(users::id
                    .nullable()
                    .eq(photos::uploaded_by)
                    .and(users::deleted_at.is_null())),
            )
            .filter($filter)
            .order((photos::created_at.asc(), photos::id.asc()))
            .select((PhotoRow::as_select(), users::display_name.nullable()))
            .load($conn)
            .map(named)
    };
}

/// An event's photos, oldest first.
pub fn for_event(conn: &mut DbConnection, event: EventId) -> Result<Vec<Photo>, DbError> {
    Ok(named_photos!(conn, photos::event_id.eq(event))?)
}

/// The group's newest `limit` photos from its published and cancelled events, newest first.
pub fn recent_for_group(
    conn: &mut DbConnection,
    group: GroupId,
    limit: i64,
) -> Result<Vec<PhotoRow>, DbError> {
    Ok(photos::table
        .inner_join(events::table)
        .filter(photos::group_id.eq(group))
        .filter(events::status.ne(EventStatus::Draft.as_str()))
        .order((photos::created_at.desc(), photos::id.desc()))
        .limit(limit)
        .select(PhotoRow::as_select())
        .load(conn)?)
}

/// Every photo of the group (its archive), oldest first.
pub fn for_group(conn: &mut DbConnection, group: GroupId) -> Result<Vec<Photo>, DbError> {
    Ok(named_photos!(conn, photos::group_id.eq(group))?)
}

/// The photos a person uploaded, with each event's title and the photo's image, oldest first.
pub fn by_uploader(
    conn: &mut DbConnection,
    user: UserId,
) -> Result<Vec<(PhotoRow, String, crate::images::ImageRow)>, DbError> {
    Ok(photos::table
        .inner_join(events::table)
        .inner_join(images::table.on(images::id.eq(photos::image_id)))
        .filter(photos::uploaded_by.eq(user))
        .order((photos::created_at.asc(), photos::id.asc()))
        .select((
            PhotoRow::as_select(),
            events::title,
            crate::images::ImageRow::as_select(),
        ))
        .load(conn)?)
}

/// How many photos the group keeps and the bytes they take.
pub fn usage(conn: &mut DbConnection, group: GroupId) -> Result<(i64, i64), DbError> {
    // One number per photo: a sum of BIGINT is NUMERIC on PostgreSQL but not on SQLite.
    let sizes: Vec<i64> = photos::table
        .filter(photos::group_id.eq(group))
        .select(photos::stored_bytes)
        .load(conn)?;
    Ok((sizes.len() as i64, sizes.iter().sum()))
}

/// Deletes the photo, its reports and both its images; returns what was deleted.
pub fn delete(conn: &mut DbConnection, id: PhotoId) -> Result<Option<PhotoRow>, DbError> {
    let Some(row) = find(conn, id)? else {
        return Ok(None);
    };
    diesel::delete(photo_reports::table.filter(photo_reports::photo_id.eq(id))).execute(conn)?;
    diesel::delete(photos::table.find(id)).execute(conn)?;
    diesel::delete(images::table.filter(images::id.eq_any([row.image_id, row.thumb_image_id])))
        .execute(conn)?;
    Ok(Some(row))
}

/// Deletes every photo a person uploaded (their account is going), with their reports and
/// images, in four statements; returns how many.
pub fn delete_by_uploader(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    let rows: Vec<(PhotoId, ImageId, ImageId)> = photos::table
        .filter(photos::uploaded_by.eq(user))
        .select((photos::id, photos::image_id, photos::thumb_image_id))
        .load(conn)?;
    let ids: Vec<PhotoId> = rows.iter().map(|r| r.0).collect();
    let images: Vec<ImageId> = rows.iter().flat_map(|r| [r.1, r.2]).collect();
    diesel::delete(photo_reports::table.filter(photo_reports::photo_id.eq_any(&ids)))
        .execute(conn)?;
    diesel::delete(photos::table.filter(photos::id.eq_any(&ids))).execute(conn)?;
    diesel::delete(images::table.filter(images::id.eq_any(&images))).execute(conn)?;
    Ok(ids.len())
}

/// Records a report; false when this person already reported the photo.
pub fn report(conn: &mut DbConnection, row: &PhotoReportRow) -> Result<bool, DbError> {
    let inserted = crate::on_backend!(conn, c => diesel::insert_into(photo_reports::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted > 0)
}

/// Clears a photo's reports (an organizer kept it); returns how many there were.
pub fn clear_reports(conn: &mut DbConnection, photo: PhotoId) -> Result<usize, DbError> {
    Ok(
        diesel::delete(photo_reports::table.filter(photo_reports::photo_id.eq(photo)))
            .execute(conn)?,
    )
}

/// The group's reported photos, most reported first.
pub fn reported(conn: &mut DbConnection, group: GroupId) -> Result<Vec<Reported>, DbError> {
    let rows: Vec<(PhotoRow, Option<String>, String, String)> = photo_reports::table
        .inner_join(photos::table.inner_join(events::table))
        .left_join(
            users::table.on(users::id
                .nullable()
                .eq(photos::uploaded_by)
                .and(users::deleted_at.is_null())),
        )
        .filter(photos::group_id.eq(group))
        .order((photo_reports::created_at.asc(), photo_reports::id.asc()))
        .select((
            PhotoRow::as_select(),
            users::display_name.nullable(),
            events::title,
            photo_reports::reason,
        ))
        .load(conn)?;
    let mut out: Vec<Reported> = Vec::new();
    for (row, name, title, reason) in rows {
        match out.iter_mut().find(|r| r.photo.row.id == row.id) {
            Some(r) => r.reasons.push(reason),
            None => out.push(Reported {
                photo: Photo {
                    row,
                    uploader: name.unwrap_or_default(),
                },
                event_title: title,
                reasons: vec![reason],
            }),
        }
    }
    out.sort_by_key(|r| std::cmp::Reverse(r.reasons.len()));
    Ok(out)
}
