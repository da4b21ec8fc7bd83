//! Groups' audit logs: who did what to whom, visible to organizers.

use diesel::{
    ExpressionMethods, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{AuditEntryId, GroupId, UserId},
};

use crate::{DbConnection, DbError, schema::group_audit_log};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_audit_log)]
pub struct AuditRow {
    pub id: AuditEntryId,
    pub group_id: GroupId,
    pub actor_id: Option<UserId>,
    pub action: String,
    pub subject_id: Option<UserId>,
    pub detail: String,
    pub created_at: Timestamp,
}

/// Records one action, inside the transaction that performs it.
pub fn record(
    conn: &mut DbConnection,
    group: GroupId,
    actor: Option<UserId>,
    action: &str,
    subject: Option<UserId>,
    detail: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::insert_into(group_audit_log::table)
        .values(AuditRow {
            id: AuditEntryId::new(),
            group_id: group,
            actor_id: actor,
            action: action.to_owned(),
            subject_id: subject,
            detail: detail.to_owned(),
            created_at: now,
        })
        .execute(conn)?;
    Ok(())
}

/// Newest first.
pub fn list(conn: &mut DbConnection, group: GroupId, limit: i64) -> Result<Vec<AuditRow>, DbError> {
    Ok(group_audit_log::table
        .filter(group_audit_log::group_id.eq(group))
        .order((
            group_audit_log::created_at.desc(),
            group_audit_log::id.desc(),
        ))
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)?)
}
