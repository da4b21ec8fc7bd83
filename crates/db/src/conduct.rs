//! Versions of groups' codes of conduct, and conduct reports.

use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    group::ReportStatus,
    id::{GroupId, ReportId, UserId},
};

use crate::{
    DbConnection, DbError,
    schema::{conduct_reports, conduct_versions},
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conduct_versions)]
pub struct ConductVersionRow {
    pub group_id: GroupId,
    pub version: i32,
    pub text: String,
    pub created_by: Option<UserId>,
    pub created_at: Timestamp,
}

pub fn insert_version(conn: &mut DbConnection, row: &ConductVersionRow) -> Result<(), DbError> {
    diesel::insert_into(conduct_versions::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn version(
    conn: &mut DbConnection,
    group: GroupId,
    version: i32,
) -> Result<Option<ConductVersionRow>, DbError> {
    Ok(conduct_versions::table
        .find((group, version))
        .select(ConductVersionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Newest first.
pub fn versions(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<ConductVersionRow>, DbError> {
    Ok(conduct_versions::table
        .filter(conduct_versions::group_id.eq(group))
        .order(conduct_versions::version.desc())
        .select(ConductVersionRow::as_select())
        .load(conn)?)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conduct_reports)]
pub struct ReportRow {
    pub id: ReportId,
    pub group_id: GroupId,
    pub reporter_id: Option<UserId>,
    pub about_user_id: Option<UserId>,
    pub about_name: String,
    pub about_organizer: bool,
    pub text: String,
    pub status: ReportStatus,
    pub handled_by: Option<UserId>,
    pub handled_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

pub fn insert_report(conn: &mut DbConnection, row: &ReportRow) -> Result<(), DbError> {
    diesel::insert_into(conduct_reports::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// A group's reports, newest first, leaving out those about `hide_about` (an organizer never
/// sees reports about themselves).
pub fn reports(
    conn: &mut DbConnection,
    group: GroupId,
    hide_about: Option<UserId>,
) -> Result<Vec<ReportRow>, DbError> {
    let rows: Vec<ReportRow> = conduct_reports::table
        .filter(conduct_reports::group_id.eq(group))
        .order(conduct_reports::created_at.desc())
        .select(ReportRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|r| hide_about.is_none() || r.about_user_id != hide_about)
        .collect())
}

pub fn find_report(
    conn: &mut DbConnection,
    group: GroupId,
    id: ReportId,
) -> Result<Option<ReportRow>, DbError> {
    Ok(conduct_reports::table
        .find(id)
        .filter(conduct_reports::group_id.eq(group))
        .select(ReportRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn mark_handled(
    conn: &mut DbConnection,
    id: ReportId,
    by: UserId,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(conduct_reports::table.find(id))
        .set((
            conduct_reports::status.eq("handled"),
            conduct_reports::handled_by.eq(Some(by)),
            conduct_reports::handled_at.eq(Some(now)),
        ))
        .execute(conn)?;
    Ok(())
}
