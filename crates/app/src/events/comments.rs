//! Comments on an event: members write, authors and organizers remove.

use muster_core::{event::CommentText, id::CommentId};
use muster_db::{
    audit, rate_limits,
    talks::{self, CommentRow},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::EventAccess;
use super::fields::check_participation;
use crate::{App, AppError, ErrorCode, limits};

/// Comments shown on an event page.
pub const COMMENTS_SHOWN: i64 = 500;

pub async fn add_comment(
    app: &App,
    access: &EventAccess,
    body: &str,
) -> Result<CommentRow, AppError> {
    check_participation(&access.group)?;
    let body = CommentText::parse(body).map_err(|e| AppError::invalid_field("body", e.0))?;
    let now = app.now();
    let user = access.group.user()?.id;
    let row = CommentRow {
        id: CommentId::new(),
        event_id: access.event.id,
        user_id: Some(user),
        body: body.to_string(),
        created_at: now,
        removed_at: None,
        removed_by: None,
        remote_id: None,
        remote_author: None,
        remote_author_name: None,
        remote_author_url: None,
    };
    app.db
        .transaction(move |c| {
            let bucket = format!("comments:user:{user}");
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::COMMENTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            talks::add_comment(c, &row)?;
            Ok(row)
        })
        .await
}

/// Removes a comment: its author, or an organizer (recorded in the audit log).
pub async fn remove_comment(
    app: &App,
    access: &EventAccess,
    comment: &str,
) -> Result<(), AppError> {
    let comment = CommentId::parse(comment).map_err(|_| AppError::not_found())?;
    let user = access.group.user()?.id;
    let organizer = access.can_manage();
    let (event, group, now) = (access.event.id, access.group.group.id, app.now());
    app.db
        .transaction(move |c| {
            let Some(row) = talks::find_comment(c, event, comment)? else {
                return Err(AppError::not_found());
            };
            let own = row.user_id == Some(user);
            if !own && !organizer {
                return Err(AppError::forbidden(
                    "Only the author or the group's organizers can remove a comment.",
                ));
            }
            // Removing a removed comment changes nothing (and is not audited twice).
            if !talks::remove_comment(c, event, comment, user, now)? {
                return Ok(());
            }
            if !own {
                audit::record(
                    c,
                    AuditEntry::new(group, AuditAction::CommentRemoved)
                        .by(Some(user))
                        .about(row.user_id),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}
