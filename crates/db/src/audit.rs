//! Groups' audit logs: who did what to whom, visible to organizers.

use diesel::{
    ExpressionMethods, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    audit::AuditAction,
    id::{AuditEntryId, GroupId, UserId},
};

use crate::{DbConnection, DbError, schema::group_audit_log};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_audit_log)]
pub struct AuditRow {
    pub id: AuditEntryId,
    pub group_id: GroupId,
    pub actor_id: Option<UserId>,
    pub action: AuditAction,
    pub subject_id: Option<UserId>,
    pub detail: String,
    pub created_at: Timestamp,
}

/// One step of a group's audit log: what was done in which group, by whom (nobody: the
/// command line or the system), to whom, with a free-text detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditEntry<'a> {
    pub group: GroupId,
    pub action: AuditAction,
    pub actor: Option<UserId>,
    pub subject: Option<UserId>,
    pub detail: &'a str,
}

impl<'a> AuditEntry<'a> {
    pub fn new(group: GroupId, action: AuditAction) -> Self {
        Self {
            group,
            action,
            actor: None,
            subject: None,
            detail: "",
        }
    }

    /// Who did it.
    pub fn by(self, actor: impl Into<Option<UserId>>) -> Self {
        Self {
            actor: actor.into(),
            ..self
        }
    }

    /// Whom it was done to.
    pub fn about(self, subject: impl Into<Option<UserId>>) -> Self {
        Self {
            subject: subject.into(),
            ..self
        }
    }

    pub fn detail(self, detail: &'a str) -> Self {
        Self { detail, ..self }
    }
}

/// Records one step, inside the transaction that performs it.
pub fn record(
    conn: &mut DbConnection,
    entry: AuditEntry<'_>,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::insert_into(group_audit_log::table)
        .values(AuditRow {
            id: AuditEntryId::new(),
            group_id: entry.group,
            actor_id: entry.actor,
            action: entry.action,
            subject_id: entry.subject,
            detail: entry.detail.to_owned(),
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
