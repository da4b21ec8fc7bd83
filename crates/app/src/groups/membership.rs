//! Membership: joining and leaving, moderation (approve, remove, ban), roles, ownership, and
//! each member's own choices.

use muster_core::{
    Timestamp,
    group::{JoinMode, Reason},
    id::UserId,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    DbConnection, DbError, audit,
    groups::{self},
    memberships::{self, MembershipRow},
    users::{self, UserRow},
};
use muster_mail::MailMessage;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use crate::{
    App, AppError, ErrorCode,
    mailer::{self, Outgoing},
};

/// Where a person stands after trying to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinOutcome {
    Member,
    Pending,
}

pub(crate) fn conduct_error(current: i32) -> AppError {
    AppError::conflict(
        ErrorCode::ConductNotAccepted,
        format!(
            "Please read and accept the group's current code of conduct (version {current}) first."
        ),
    )
    .with_field("conduct_version", format!("Accept version {current}."))
}

/// Joins a group (or asks to, in groups that approve members). Accepting the current code of
/// conduct is required; answers go to the organizers. Idempotent for members.
pub async fn join(
    app: &App,
    access: &GroupAccess,
    conduct_version: Option<i32>,
    answers: &[String],
) -> Result<JoinOutcome, AppError> {
    access.check(Action::Join)?;
    let group = &access.group;
    if conduct_version != Some(group.conduct_version) {
        return Err(conduct_error(group.conduct_version));
    }
    let answers = group
        .questions()
        .check_answers(answers)
        .map_err(|e| AppError::invalid_field("answers", e.0))?;
    let user = access.user()?.clone();
    let now = app.now();
    let (id, version, mode) = (group.id, group.conduct_version, group.join_mode());
    let group_row = group.clone();
    let outcome = app
        .db
        .transaction(move |c| {
            groups::lock(c, id)?;
            let existing = memberships::find(c, id, user.id)?;
            let mut row = existing.clone().unwrap_or_else(|| {
                MembershipRow::new(id, user.id, Role::Member, MembershipStatus::Pending, now)
            });
            // Decided on the row as it is now, inside the transaction: a ban or a change of
            // join mode since the page loaded counts.
            let status = match (existing.as_ref().map(MembershipRow::status), mode) {
                (Some(MembershipStatus::Active | MembershipStatus::Invited), _)
                | (_, JoinMode::Open) => MembershipStatus::Active,
                (Some(MembershipStatus::Banned), _) => {
                    return Err(super::denial_error(muster_core::policy::Denial::Banned));
                }
                (_, JoinMode::Approval) => MembershipStatus::Pending,
                (_, JoinMode::Invite) => {
                    return Err(super::denial_error(
                        muster_core::policy::Denial::InvitationRequired,
                    ));
                }
            };
            store_membership(
                c,
                &mut row,
                existing.is_some(),
                status,
                &answers,
                version,
                now,
            )?;
            if existing.as_ref().map(MembershipRow::status) != Some(status) {
                let action = if status == MembershipStatus::Active {
                    AuditAction::MemberJoined
                } else {
                    AuditAction::JoinRequested
                };
                audit::record(
                    c,
                    AuditEntry::new(id, action)
                        .by(Some(user.id))
                        .about(Some(user.id)),
                    now,
                )?;
                if status == MembershipStatus::Pending {
                    crate::notices::join_requested(c, &group_row, &user.display_name, now)?;
                }
            }
            groups::refresh_member_count(c, id)?;
            Ok(if status == MembershipStatus::Active {
                JoinOutcome::Member
            } else {
                JoinOutcome::Pending
            })
        })
        .await?;
    Ok(outcome)
}

/// Saves a membership after joining: its status, the answers, and the accepted conduct version.
pub(crate) fn store_membership(
    c: &mut DbConnection,
    row: &mut MembershipRow,
    exists: bool,
    status: MembershipStatus,
    answers: &[String],
    conduct_version: i32,
    now: Timestamp,
) -> Result<(), DbError> {
    row.status = status;
    row.answers = serde_json::to_string(answers).unwrap_or_else(|_| "[]".into());
    row.conduct_version = Some(conduct_version);
    row.conduct_accepted_at = Some(now);
    if exists {
        memberships::save(c, row, now)
    } else {
        memberships::insert(c, row)
    }
}

/// Leaves a group (or withdraws a request). The last organizer cannot leave.
pub async fn leave(app: &App, access: &GroupAccess) -> Result<(), AppError> {
    access.check(Action::Leave)?;
    let user = access.user()?.id;
    let id = access.group.id;
    let now = app.now();
    let organizer = access.role() == Some(Role::Organizer);
    let group = access.group.clone();
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            groups::lock(c, id)?;
            if organizer && memberships::count_with_role(c, id, Role::Organizer)? <= 1 {
                return Err(AppError::conflict(
                    ErrorCode::LastOrganizer,
                    "You are the group's only organizer. Make someone else an organizer first.",
                ));
            }
            memberships::delete(c, id, user)?;
            // Their seats at upcoming events go to the waitlists.
            crate::events::schedule::withdraw_member(c, &notices, &group, user, now)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::MemberLeft)
                    .by(Some(user))
                    .about(Some(user)),
                now,
            )?;
            groups::refresh_member_count(c, id)?;
            Ok(())
        })
        .await
}

/// The capability needed to act on someone holding `role`: organizers can be removed or
/// demoted only by organizers, the organizing team by co-organizers, members by moderators.
pub(crate) fn capability_over(role: Role) -> Capability {
    match role {
        Role::Organizer | Role::CoOrganizer => Capability::OwnGroup,
        Role::AssistantOrganizer | Role::EventOrganizer => Capability::ManageGroup,
        Role::Member => Capability::ModerateMembers,
    }
}

/// Loads the target member of a moderation action.
pub(crate) async fn target(
    app: &App,
    access: &GroupAccess,
    user: UserId,
) -> Result<(MembershipRow, UserRow), AppError> {
    let id = access.group.id;
    app.db
        .read(move |c| {
            let Some(membership) = memberships::find(c, id, user)? else {
                return Ok(None);
            };
            Ok(users::find(c, user)?.map(|u| (membership, u)))
        })
        .await?
        .ok_or_else(|| AppError::not_found().with_code(ErrorCode::NotAMember))
}

/// What an organizer can do to a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Approve,
    Decline,
    /// Removed; may ask again.
    Remove,
    /// Removed and barred.
    Ban,
    /// The ban is lifted (they may ask again).
    Unban,
}

impl Moderation {
    /// Whether the step makes sense for a membership in `status`.
    fn applies_to(self, status: MembershipStatus) -> bool {
        match self {
            Moderation::Approve | Moderation::Decline => status == MembershipStatus::Pending,
            // Banning again would only repeat the audit entry and the withdrawal from events.
            Moderation::Remove | Moderation::Ban => status != MembershipStatus::Banned,
            Moderation::Unban => status == MembershipStatus::Banned,
        }
    }

    fn audit_action(self) -> AuditAction {
        match self {
            Moderation::Approve => AuditAction::RequestApproved,
            Moderation::Decline => AuditAction::RequestDeclined,
            Moderation::Remove => AuditAction::MemberRemoved,
            Moderation::Ban => AuditAction::MemberBanned,
            Moderation::Unban => AuditAction::MemberUnbanned,
        }
    }
}

/// Approves, declines, removes, bans or unbans a person, with an optional reason kept in the
/// audit log.
/// The membership change of a moderation step (inside its transaction, the group locked).
fn carry_out(
    c: &mut muster_db::DbConnection,
    action: Moderation,
    group: &muster_db::groups::GroupRow,
    person: &UserRow,
    status: MembershipStatus,
    now: muster_core::Timestamp,
) -> Result<(), muster_db::DbError> {
    let (id, user) = (group.id, person.id);
    match action {
        Moderation::Approve => {
            let active = MembershipStatus::Active;
            memberships::transition(c, id, user, status, active, Role::Member, now)?;
            let message = MailMessage::MembershipApproved {
                name: person.display_name.clone(),
                group_name: group.name.clone(),
                group_slug: group.slug.clone(),
            };
            mailer::enqueue(c, Outgoing::to_user(person, message), now)
        }
        Moderation::Decline | Moderation::Remove | Moderation::Unban => {
            memberships::delete(c, id, user).map(drop)
        }
        Moderation::Ban => {
            let banned = MembershipStatus::Banned;
            memberships::transition(c, id, user, status, banned, Role::Member, now).map(drop)
        }
    }
}

pub async fn moderate(
    app: &App,
    access: &GroupAccess,
    user: UserId,
    action: Moderation,
    reason: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let reason = Reason::parse(reason).map_err(|e| AppError::invalid_field("reason", e.0))?;
    let actor = access.user()?.id;
    if actor == user && action != Moderation::Approve {
        return Err(AppError::conflict(
            ErrorCode::NotYourself,
            "Use \"leave the group\" to leave it yourself.",
        ));
    }
    let (membership, person) = target(app, access, user).await?;
    let (status, role) = (membership.status(), membership.role());
    if !action.applies_to(status) {
        return Err(AppError::conflict(
            ErrorCode::WrongMembershipState,
            format!(
                "That is not possible for someone whose membership is {}.",
                status.as_str()
            ),
        ));
    }
    if status == MembershipStatus::Active {
        access.check(Action::Use(capability_over(role)))?;
    }
    let now = app.now();
    let id = access.group.id;
    let group = access.group.clone();
    let reason = reason.to_string();
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            // Checked again under the group's lock: the membership must still be what the
            // decision above was made on.
            groups::lock(c, id)?;
            let current = memberships::find(c, id, user)?;
            if current.as_ref().map(|m| (m.status(), m.role())) != Some((status, role)) {
                return Err(changed_meanwhile());
            }
            if role == Role::Organizer
                && status == MembershipStatus::Active
                && matches!(action, Moderation::Remove | Moderation::Ban)
                && memberships::count_with_role(c, id, Role::Organizer)? <= 1
            {
                return Err(AppError::conflict(
                    ErrorCode::LastOrganizer,
                    "A group always keeps at least one organizer.",
                ));
            }
            carry_out(c, action, &group, &person, status, now)?;
            if matches!(action, Moderation::Remove | Moderation::Ban) {
                // Their seats at upcoming events go to the waitlists.
                crate::events::schedule::withdraw_member(c, &notices, &group, user, now)?;
            }
            audit::record(
                c,
                AuditEntry::new(id, action.audit_action())
                    .by(Some(actor))
                    .about(Some(user))
                    .detail(&reason),
                now,
            )?;
            groups::refresh_member_count(c, id)?;
            Ok(())
        })
        .await?;
    Ok(())
}

pub(crate) fn changed_meanwhile() -> AppError {
    AppError::conflict(
        ErrorCode::ChangedMeanwhile,
        "That membership changed meanwhile. Reload the page and try again.",
    )
}

/// Changes someone's role. Making or unmaking an organizer takes an organizer; other changes
/// take the group managers. A group always keeps at least one organizer.
pub async fn set_role(
    app: &App,
    access: &GroupAccess,
    user: UserId,
    role: Role,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let (membership, _) = target(app, access, user).await?;
    if membership.status() != MembershipStatus::Active {
        return Err(AppError::conflict(
            ErrorCode::NotActive,
            "Only active members can have a role.",
        ));
    }
    let current = membership.role();
    access.check(Action::Use(capability_over(current)))?;
    access.check(Action::Use(capability_over(role)))?;
    if current == role {
        return Ok(());
    }
    let now = app.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    app.db
        .transaction(move |c| {
            groups::lock(c, id)?;
            let still = memberships::find(c, id, user)?;
            if still.as_ref().map(|m| (m.status(), m.role()))
                != Some((MembershipStatus::Active, current))
            {
                return Err(changed_meanwhile());
            }
            if current == Role::Organizer
                && memberships::count_with_role(c, id, Role::Organizer)? <= 1
            {
                return Err(AppError::conflict(
                    ErrorCode::LastOrganizer,
                    "A group always keeps at least one organizer.",
                ));
            }
            memberships::set_role(c, id, user, role, now)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::RoleChanged)
                    .by(Some(actor))
                    .about(Some(user))
                    .detail(&format!("{} → {}", current.as_str(), role.as_str())),
                now,
            )?;
            Ok(())
        })
        .await
}

/// Hands the group over: `to` becomes an organizer, the caller a co-organizer.
pub async fn transfer_ownership(
    app: &App,
    access: &GroupAccess,
    to: UserId,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::OwnGroup))?;
    let me = access.user()?.clone();
    if me.id == to {
        return Err(AppError::conflict(
            ErrorCode::NotYourself,
            "Choose another member.",
        ));
    }
    let (membership, _) = target(app, access, to).await?;
    if membership.status() != MembershipStatus::Active {
        return Err(AppError::conflict(
            ErrorCode::NotActive,
            "Only active members can take the group over.",
        ));
    }
    crate::accounts::credentials::confirm_password(app, &me, password, client_ip).await?;
    let now = app.now();
    let id = access.group.id;
    let admin = access.actor.is_admin();
    app.db
        .transaction(move |c| {
            // The password check took a while: look at both memberships again, under the lock.
            groups::lock(c, id)?;
            let theirs = memberships::find(c, id, to)?;
            if theirs.as_ref().map(MembershipRow::status) != Some(MembershipStatus::Active) {
                return Err(AppError::conflict(
                    ErrorCode::NotActive,
                    "Only active members can take the group over.",
                ));
            }
            let mine = memberships::find(c, id, me.id)?;
            let i_own = mine.as_ref().is_some_and(|m| {
                m.status() == MembershipStatus::Active && m.role() == Role::Organizer
            });
            if !i_own && !admin {
                return Err(changed_meanwhile());
            }
            memberships::set_role(c, id, to, Role::Organizer, now)?;
            if i_own {
                memberships::set_role(c, id, me.id, Role::CoOrganizer, now)?;
            }
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::OwnershipTransferred)
                    .by(Some(me.id))
                    .about(Some(to)),
                now,
            )?;
            Ok(())
        })
        .await
}

/// Shows or hides the caller in the public member list.
pub async fn set_choices(
    app: &App,
    access: &GroupAccess,
    hidden: Option<bool>,
    in_archive: Option<bool>,
) -> Result<(), AppError> {
    access.check(Action::View)?;
    let (id, user) = (access.group.id, access.user()?.id);
    let choices = memberships::MemberChoices {
        hidden,
        in_archive,
        updated_at: app.now(),
    };
    let done = app
        .db
        .write(move |c| memberships::set_choices(c, id, user, &choices))
        .await?;
    if done {
        Ok(())
    } else {
        Err(super::denial_error(muster_core::policy::Denial::NotAMember))
    }
}
