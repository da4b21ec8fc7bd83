//! Groups: creation and settings, the directory, membership and roles, the code of conduct,
//! invitations, conduct reports, adoption and the audit log.
//!
//! Every use case on a group loads a [`GroupAccess`] (the group, the caller and their
//! membership) and asks [`muster_core::policy::decide`] before doing anything.

pub mod adoption;
pub mod conduct;
pub mod discussions;
pub mod invitations;
pub mod logo;
pub mod membership;
pub mod numbers;
pub mod settings;

use std::sync::Arc;

use muster_core::{
    group::Slug,
    policy::{Action, Actor, Denial, MembershipStatus, decide},
    roles::{Capability, Role},
};
use muster_db::{
    groups, groups::GroupRow, memberships, memberships::MembershipRow, users::UserRow,
};

use crate::{App, AppError, ErrorCode};

/// A group as one caller sees it.
#[derive(Debug, Clone)]
pub struct GroupAccess {
    pub group: GroupRow,
    pub user: Option<Arc<UserRow>>,
    pub membership: Option<MembershipRow>,
    pub actor: Actor,
}

/// Whether a member stays out of the group's lists: hidden from this group's, or from every
/// list (their account's choice).
pub fn is_hidden(membership: &MembershipRow, user: &UserRow) -> bool {
    membership.hidden || user.unlisted
}

/// The error a policy denial becomes.
pub fn denial_error(denial: Denial) -> AppError {
    match denial {
        Denial::NotFound => AppError::not_found(),
        Denial::Unauthenticated => AppError::unauthorized(),
        Denial::Banned => {
            AppError::forbidden("You cannot take part in this group.").with_code(ErrorCode::Banned)
        }
        Denial::InvitationRequired => AppError::forbidden(
            "This group takes new members by invitation only. Ask an organizer to invite you.",
        )
        .with_code(ErrorCode::InvitationRequired),
        Denial::NotAMember => {
            AppError::conflict(ErrorCode::NotAMember, "You are not a member of this group.")
        }
        Denial::Forbidden => AppError::forbidden("Only the group's organizers can do that."),
        Denial::AlreadyOrganizing => AppError::conflict(
            ErrorCode::AlreadyOrganizing,
            "You already organize this group, so there is nothing to adopt.",
        ),
    }
}

impl GroupAccess {
    /// Loads the group named by `slug` for the caller; 404 if there is none (or it is deleted).
    pub async fn load(
        app: &App,
        slug: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<GroupAccess, AppError> {
        let slug = Slug::parse(slug).map_err(|_| AppError::not_found())?;
        let user_id = caller.map(|u| u.id);
        let (group, membership) = app
            .db
            .read(move |c| {
                let Some(group) = groups::find_by_slug(c, slug.as_str())? else {
                    return Ok(None);
                };
                let membership = match user_id {
                    Some(id) => memberships::find(c, group.id, id)?,
                    None => None,
                };
                Ok(Some((group, membership)))
            })
            .await?
            .ok_or_else(AppError::not_found)?;
        Ok(GroupAccess::new(group, caller, membership))
    }

    /// The access of a caller whose membership of `group` was already read.
    pub fn new(
        group: GroupRow,
        caller: Option<&Arc<UserRow>>,
        membership: Option<MembershipRow>,
    ) -> GroupAccess {
        let user = caller.cloned();
        let actor = match &user {
            None => Actor::Anonymous,
            Some(u) => Actor::Person {
                is_admin: u.is_admin,
                membership: membership.as_ref().map(MembershipRow::policy_view),
            },
        };
        GroupAccess {
            group,
            user,
            membership,
            actor,
        }
    }

    /// Asks the policy; a refusal becomes the matching error (and a log line).
    pub fn check(&self, action: Action) -> Result<(), AppError> {
        decide(&self.actor, &self.group.facts(), action).map_err(|denial| {
            if !matches!(denial, Denial::NotFound | Denial::Unauthenticated) {
                tracing::warn!(group = %self.group.id, user = ?self.user.as_ref().map(|u| u.id), ?action, ?denial, "group action refused");
            }
            denial_error(denial)
        })
    }

    pub fn can(&self, action: Action) -> bool {
        decide(&self.actor, &self.group.facts(), action).is_ok()
    }

    /// The caller, who must be signed in.
    pub fn user(&self) -> Result<&UserRow, AppError> {
        self.user.as_deref().ok_or_else(AppError::unauthorized)
    }

    pub fn role(&self) -> Option<Role> {
        self.actor.active_role()
    }

    /// The caller's active membership; "not a member" otherwise.
    pub fn active_membership(&self) -> Result<MembershipRow, AppError> {
        self.membership
            .clone()
            .filter(|m| m.status() == MembershipStatus::Active)
            .ok_or_else(|| denial_error(Denial::NotAMember))
    }

    /// The active members this caller sees listed, and whether the caller moderates the group
    /// (moderators see everyone; others do not see members hidden from this group's list or
    /// who keep out of every list, except the organizing team, who are always listed).
    pub async fn listed_members(
        &self,
        app: &App,
    ) -> Result<(Vec<(MembershipRow, UserRow)>, bool), AppError> {
        let moderator = self.can(Action::Use(Capability::ModerateMembers));
        let id = self.group.id;
        let rows = app
            .db
            .read(move |c| {
                memberships::list(c, id, MembershipStatus::Active, memberships::LIST_LIMIT)
            })
            .await?;
        let listed = rows
            .into_iter()
            .filter(|(m, u)| moderator || !is_hidden(m, u) || m.role().is_organizing())
            .collect();
        Ok((listed, moderator))
    }

    /// The caller sees the faces and names of the people going to the group's events.
    pub fn sees_who_is_going(&self) -> bool {
        self.can(Action::SeeWhoIsGoing)
    }

    /// An active member who has not accepted the current code of conduct.
    pub fn needs_conduct(&self) -> bool {
        self.role().is_some()
            && self
                .membership
                .as_ref()
                .and_then(|m| m.conduct_version)
                .is_none_or(|v| v < self.group.conduct_version)
    }
}
