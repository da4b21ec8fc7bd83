//! Uploaded images, stored in the database so every web instance can serve them.

use diesel::{
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{ImageId, UserId},
};

use crate::{DbConnection, DbError, schema::images};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = images)]
pub struct ImageRow {
    pub id: ImageId,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub width: i32,
    pub height: i32,
    pub uploaded_by: Option<UserId>,
    pub created_at: Timestamp,
}

/// Where an image is served.
pub fn path(id: ImageId) -> String {
    format!("/images/{id}")
}

pub fn insert(conn: &mut DbConnection, row: &ImageRow) -> Result<(), DbError> {
    diesel::insert_into(images::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, id: ImageId) -> Result<Option<ImageRow>, DbError> {
    Ok(images::table
        .find(id)
        .select(ImageRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn delete(conn: &mut DbConnection, id: ImageId) -> Result<(), DbError> {
    diesel::delete(images::table.find(id)).execute(conn)?;
    Ok(())
}
