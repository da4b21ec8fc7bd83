//! Invitations: emailed single-use links to join a group.

use muster_core::{
    account::Email,
    id::InvitationId,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    audit,
    groups::{self, GroupRow},
    invitations::{self, InvitationRow},
    memberships::{self, MembershipRow},
    rate_limits,
    users::UserRow,
};
use muster_mail::MailMessage;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use super::membership::{conduct_error, store_membership};
use crate::{
    App, AppError, ErrorCode, ErrorKind, limits,
    mailer::{self, Outgoing},
};

/// Invites someone by email to a group. The email carries a single-use link (14 days).
pub async fn invite(
    app: &App,
    access: &GroupAccess,
    email: &str,
) -> Result<InvitationId, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let email = Email::parse(email).map_err(|e| AppError::invalid_field("email", e.0))?;
    let inviter = access.user()?.clone();
    let now = app.now();
    let group = access.group.clone();
    let id = InvitationId::new();
    let bucket = format!("invitations:user:{}", inviter.id);
    app.db
        .transaction(move |c| {
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::INVITATIONS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            // One address cannot be flooded by many organizers' invitations either.
            if !crate::accounts::recipient_allows(c, email.as_str(), now)? {
                let mut error =
                    AppError::too_many_requests(3600).with_code(ErrorCode::RecipientLimit);
                error.message =
                    "That address has had too many emails from this site lately. Try again later."
                        .into();
                return Err(error);
            }
            invitations::insert(
                c,
                &InvitationRow {
                    id,
                    group_id: group.id,
                    email: email.to_string(),
                    token_hash: None,
                    invited_by: Some(inviter.id),
                    created_at: now,
                    expires_at: now + invitations::LIFETIME,
                    accepted_at: None,
                    accepted_by: None,
                },
            )?;
            let message = MailMessage::GroupInvitation {
                group_name: group.name.clone(),
                inviter_name: inviter.display_name.clone(),
            };
            let outgoing = Outgoing {
                about: None,
                locale: None,
                calendar: None,
                to_email: email.to_string(),
                to_name: None,
                message,
                link: None,
            }
            .with_invitation(id);
            mailer::enqueue(c, outgoing, now)?;
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::MemberInvited)
                    .by(Some(inviter.id))
                    .detail(email.as_str()),
                now,
            )?;
            Ok(id)
        })
        .await
}

pub(crate) fn invitation_used() -> AppError {
    AppError::gone(
        ErrorCode::InvitationUsed,
        "This invitation has already been used.",
    )
}

/// An invitation link, checked: the invitation and its group.
pub async fn invitation(app: &App, token: &str) -> Result<(InvitationRow, GroupRow), AppError> {
    let digest = muster_core::secrets::SecretToken::from_presented(token).digest();
    let now = app.now();
    let found = app
        .db
        .read(move |c| {
            let Some(invitation) = invitations::find_by_token(c, &digest)? else {
                return Ok(None);
            };
            Ok(groups::find(c, invitation.group_id)?.map(|g| (invitation, g)))
        })
        .await?;
    let invalid = || {
        AppError::new(
            ErrorKind::NotFound,
            ErrorCode::InvitationInvalid,
            "This invitation link is not valid. Ask the organizers for a new one.",
        )
    };
    let (invitation, group) = found.ok_or_else(invalid)?;
    if invitation.accepted_at.is_some() {
        return Err(invitation_used());
    }
    if invitation.expires_at <= now {
        return Err(AppError::gone(
            ErrorCode::InvitationExpired,
            "This invitation has expired. Ask the organizers for a new one.",
        ));
    }
    Ok((invitation, group))
}

/// Accepts an invitation: the signed-in person becomes a member (accepting the code of
/// conduct), whatever the group's join mode.
pub async fn accept_invitation(
    app: &App,
    user: &UserRow,
    token: &str,
    conduct_version: Option<i32>,
    answers: &[String],
) -> Result<GroupRow, AppError> {
    let (invitation, group) = invitation(app, token).await?;
    if conduct_version != Some(group.conduct_version) {
        return Err(conduct_error(group.conduct_version));
    }
    let answers = group
        .questions()
        .check_answers(answers)
        .map_err(|e| AppError::invalid_field("answers", e.0))?;
    let now = app.now();
    let user = user.clone();
    let g = group.clone();
    app.db
        .transaction(move |c| {
            let existing = memberships::find(c, g.id, user.id)?;
            if existing.as_ref().map(MembershipRow::status) == Some(MembershipStatus::Banned) {
                return Err(super::denial_error(muster_core::policy::Denial::Banned));
            }
            if !invitations::accept(c, invitation.id, user.id, now)? {
                return Err(invitation_used());
            }
            let mut row = existing.clone().unwrap_or_else(|| {
                MembershipRow::new(g.id, user.id, Role::Member, MembershipStatus::Active, now)
            });
            let (active, version) = (MembershipStatus::Active, g.conduct_version);
            store_membership(
                c,
                &mut row,
                existing.is_some(),
                active,
                &answers,
                version,
                now,
            )?;
            audit::record(
                c,
                AuditEntry::new(g.id, AuditAction::InvitationAccepted)
                    .by(Some(user.id))
                    .about(Some(user.id)),
                now,
            )?;
            groups::refresh_member_count(c, g.id)?;
            Ok(())
        })
        .await?;
    Ok(group)
}
