//! "May this person do this to this group?" — one function, [`decide`], answers every such
//! question; every group route asks it. Pending, invited and banned memberships grant nothing;
//! a private group does not exist for people who may not see it.

use serde::{Deserialize, Serialize};

use crate::{
    group::{JoinMode, Visibility},
    roles::{Capability, Role},
};

/// Where a person stands with a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum MembershipStatus {
    /// A member (with a role).
    Active,
    /// Asked to join a group that approves members.
    Pending,
    /// Invited, not yet accepted.
    Invited,
    /// Removed and barred from rejoining.
    Banned,
}

impl MembershipStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            MembershipStatus::Active => "active",
            MembershipStatus::Pending => "pending",
            MembershipStatus::Invited => "invited",
            MembershipStatus::Banned => "banned",
        }
    }

    pub fn parse(text: &str) -> Option<MembershipStatus> {
        [Self::Active, Self::Pending, Self::Invited, Self::Banned]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A person's membership, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    pub role: Role,
    pub status: MembershipStatus,
}

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    Person {
        /// Instance administrators may act on any group (moderation, abandoned groups).
        is_admin: bool,
        membership: Option<Membership>,
    },
}

impl Actor {
    /// The role that counts: only an active membership has one.
    pub fn active_role(&self) -> Option<Role> {
        match self {
            Actor::Person {
                membership:
                    Some(Membership {
                        role,
                        status: MembershipStatus::Active,
                    }),
                ..
            } => Some(*role),
            _ => None,
        }
    }

    pub fn is_admin(&self) -> bool {
        matches!(self, Actor::Person { is_admin: true, .. })
    }

    fn status(&self) -> Option<MembershipStatus> {
        match self {
            Actor::Person {
                membership: Some(m),
                ..
            } => Some(m.status),
            _ => None,
        }
    }
}

/// The group, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupFacts {
    pub visibility: Visibility,
    pub join_mode: JoinMode,
}

/// What someone wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The group page, its about text and code of conduct.
    View,
    /// The member list and the events.
    ViewMembers,
    /// The faces and names of the people going to the group's events: active members (and
    /// the instance's administrators). Everyone else sees how many are going, not who.
    SeeWhoIsGoing,
    /// Become a member (or ask to).
    Join,
    /// Stop being a member (or withdraw a request).
    Leave,
    /// Send a conduct report to the organizers.
    Report,
    /// Take part in the group's events: RSVP and comment. Active members only.
    Participate,
    /// Anything in the role matrix.
    Use(Capability),
    /// Publish the group's events beyond Muster's pages: the public calendar and Atom feeds,
    /// subscribe links and search-engine data. These are read without cookies, so they are
    /// the same for everybody: public groups only, whoever asks (SECURITY 15).
    Syndicate,
    /// Ask to adopt the group (take over organizing it). Whether the group may be adopted at
    /// all (dormant, or an unclaimed listing) is the adoption rule's business, not a
    /// permission; this answers who may ask: anyone signed in who is not banned and does not
    /// already run it.
    AskToAdopt,
}

/// Why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// As far as this person can tell, there is no such group (private groups).
    NotFound,
    /// Log in first.
    Unauthenticated,
    /// Banned from this group.
    Banned,
    /// This group takes members by invitation only.
    InvitationRequired,
    /// Not a member.
    NotAMember,
    /// The person's role does not allow it.
    Forbidden,
    /// The person already organizes the group (so there is nothing to adopt).
    AlreadyOrganizing,
}

/// The single answer to "may `actor` do `action` to `group`?".
pub fn decide(actor: &Actor, group: &GroupFacts, action: Action) -> Result<(), Denial> {
    let active = actor.active_role().is_some();
    let admin = actor.is_admin();
    let visible = group.visibility == Visibility::Public || active || admin;
    if !visible {
        return Err(Denial::NotFound);
    }
    match action {
        Action::View | Action::ViewMembers => Ok(()),
        Action::SeeWhoIsGoing if active || admin => Ok(()),
        Action::SeeWhoIsGoing => match actor {
            Actor::Anonymous => Err(Denial::Unauthenticated),
            Actor::Person { .. } if actor.status() == Some(MembershipStatus::Banned) => {
                Err(Denial::Banned)
            }
            Actor::Person { .. } => Err(Denial::NotAMember),
        },
        Action::Join => match (actor, actor.status()) {
            (Actor::Anonymous, _) => Err(Denial::Unauthenticated),
            (_, Some(MembershipStatus::Banned)) => Err(Denial::Banned),
            (_, Some(MembershipStatus::Active)) => Ok(()),
            (_, Some(MembershipStatus::Invited)) => Ok(()),
            // A request made while the group approved members does not survive a switch to
            // invitation-only.
            (_, Some(MembershipStatus::Pending)) if group.join_mode == JoinMode::Invite => {
                Err(Denial::InvitationRequired)
            }
            (_, Some(MembershipStatus::Pending)) => Ok(()),
            (_, None) if group.join_mode == JoinMode::Invite => Err(Denial::InvitationRequired),
            (_, None) => Ok(()),
        },
        Action::Leave => match actor.status() {
            _ if matches!(actor, Actor::Anonymous) => Err(Denial::Unauthenticated),
            Some(
                MembershipStatus::Active | MembershipStatus::Pending | MembershipStatus::Invited,
            ) => Ok(()),
            _ => Err(Denial::NotAMember),
        },
        Action::Report => match actor {
            Actor::Anonymous => Err(Denial::Unauthenticated),
            Actor::Person { .. } => Ok(()),
        },
        Action::Participate => match actor.status() {
            _ if matches!(actor, Actor::Anonymous) => Err(Denial::Unauthenticated),
            Some(MembershipStatus::Active) => Ok(()),
            Some(MembershipStatus::Banned) => Err(Denial::Banned),
            _ => Err(Denial::NotAMember),
        },
        Action::Use(capability) => match actor {
            Actor::Anonymous => Err(Denial::Unauthenticated),
            _ if admin => Ok(()),
            _ => match actor.active_role() {
                Some(role) if role.can(capability) => Ok(()),
                _ => Err(Denial::Forbidden),
            },
        },
        Action::AskToAdopt => match (actor, actor.status()) {
            (Actor::Anonymous, _) => Err(Denial::Unauthenticated),
            (_, Some(MembershipStatus::Banned)) => Err(Denial::Banned),
            _ if actor
                .active_role()
                .is_some_and(|r| r.can(Capability::ManageGroup)) =>
            {
                Err(Denial::AlreadyOrganizing)
            }
            _ => Ok(()),
        },
        Action::Syndicate if group.visibility == Visibility::Public => Ok(()),
        Action::Syndicate => Err(Denial::NotFound),
    }
}

/// Whether `group`'s events may be published beyond Muster's pages ([`Action::Syndicate`]).
pub fn syndicated(group: &GroupFacts) -> bool {
    decide(&Actor::Anonymous, group, Action::Syndicate).is_ok()
}

crate::stored::stored_text!(MembershipStatus, "a membership status", |t: &str| {
    MembershipStatus::parse(t)
});

#[cfg(test)]
mod tests {
    use super::*;

    fn person(role: Role, status: MembershipStatus) -> Actor {
        Actor::Person {
            is_admin: false,
            membership: Some(Membership { role, status }),
        }
    }

    const OUTSIDER: Actor = Actor::Person {
        is_admin: false,
        membership: None,
    };
    const ADMIN: Actor = Actor::Person {
        is_admin: true,
        membership: None,
    };

    fn group(visibility: Visibility, join_mode: JoinMode) -> GroupFacts {
        GroupFacts {
            visibility,
            join_mode,
        }
    }

    #[test]
    fn only_public_groups_are_syndicated_whoever_asks() {
        let public = group(Visibility::Public, JoinMode::Open);
        let private = group(Visibility::Private, JoinMode::Invite);
        let organizer = person(Role::Organizer, MembershipStatus::Active);
        for actor in [Actor::Anonymous, OUTSIDER, ADMIN, organizer] {
            assert_eq!(decide(&actor, &public, Action::Syndicate), Ok(()));
            assert_eq!(
                decide(&actor, &private, Action::Syndicate),
                Err(Denial::NotFound),
                "not even for members or admins: feeds are read without cookies"
            );
        }
        assert!(syndicated(&public));
        assert!(!syndicated(&private));
    }

    #[test]
    fn capabilities_follow_the_matrix_for_active_members_only() {
        let public = group(Visibility::Public, JoinMode::Open);
        for role in Role::ALL {
            for capability in Capability::ALL {
                let expected = if role.can(capability) {
                    Ok(())
                } else {
                    Err(Denial::Forbidden)
                };
                assert_eq!(
                    decide(
                        &person(role, MembershipStatus::Active),
                        &public,
                        Action::Use(capability)
                    ),
                    expected
                );
                for inactive in [
                    MembershipStatus::Pending,
                    MembershipStatus::Invited,
                    MembershipStatus::Banned,
                ] {
                    assert_eq!(
                        decide(&person(role, inactive), &public, Action::Use(capability)),
                        Err(Denial::Forbidden),
                        "{role:?} {inactive:?} {capability:?} grants nothing"
                    );
                }
                assert_eq!(decide(&ADMIN, &public, Action::Use(capability)), Ok(()));
                assert_eq!(
                    decide(&OUTSIDER, &public, Action::Use(capability)),
                    Err(Denial::Forbidden)
                );
                assert_eq!(
                    decide(&Actor::Anonymous, &public, Action::Use(capability)),
                    Err(Denial::Unauthenticated)
                );
            }
        }
    }

    #[test]
    fn private_groups_do_not_exist_for_outsiders() {
        let private = group(Visibility::Private, JoinMode::Invite);
        for action in [
            Action::View,
            Action::ViewMembers,
            Action::Join,
            Action::Report,
            Action::Use(Capability::ManageEvents),
        ] {
            assert_eq!(
                decide(&Actor::Anonymous, &private, action),
                Err(Denial::NotFound)
            );
            assert_eq!(decide(&OUTSIDER, &private, action), Err(Denial::NotFound));
            assert_eq!(
                decide(
                    &person(Role::Organizer, MembershipStatus::Pending),
                    &private,
                    action
                ),
                Err(Denial::NotFound)
            );
            assert_eq!(
                decide(
                    &person(Role::Member, MembershipStatus::Banned),
                    &private,
                    action
                ),
                Err(Denial::NotFound)
            );
        }
        assert_eq!(
            decide(
                &person(Role::Member, MembershipStatus::Active),
                &private,
                Action::ViewMembers
            ),
            Ok(())
        );
        assert_eq!(decide(&ADMIN, &private, Action::ViewMembers), Ok(()));
    }

    #[test]
    fn only_active_members_and_admins_see_who_is_going() {
        let public = group(Visibility::Public, JoinMode::Open);
        for role in Role::ALL {
            assert_eq!(
                decide(
                    &person(role, MembershipStatus::Active),
                    &public,
                    Action::SeeWhoIsGoing
                ),
                Ok(())
            );
            for (status, denial) in [
                (MembershipStatus::Pending, Denial::NotAMember),
                (MembershipStatus::Invited, Denial::NotAMember),
                (MembershipStatus::Banned, Denial::Banned),
            ] {
                assert_eq!(
                    decide(&person(role, status), &public, Action::SeeWhoIsGoing),
                    Err(denial)
                );
            }
        }
        assert_eq!(decide(&ADMIN, &public, Action::SeeWhoIsGoing), Ok(()));
        assert_eq!(
            decide(&OUTSIDER, &public, Action::SeeWhoIsGoing),
            Err(Denial::NotAMember)
        );
        assert_eq!(
            decide(&Actor::Anonymous, &public, Action::SeeWhoIsGoing),
            Err(Denial::Unauthenticated)
        );
        let private = group(Visibility::Private, JoinMode::Invite);
        assert_eq!(
            decide(&OUTSIDER, &private, Action::SeeWhoIsGoing),
            Err(Denial::NotFound)
        );
    }

    #[test]
    fn only_active_members_take_part_in_events() {
        let open = group(Visibility::Public, JoinMode::Open);
        for role in Role::ALL {
            assert_eq!(
                decide(
                    &person(role, MembershipStatus::Active),
                    &open,
                    Action::Participate
                ),
                Ok(())
            );
        }
        assert_eq!(
            decide(&Actor::Anonymous, &open, Action::Participate),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(
            decide(&OUTSIDER, &open, Action::Participate),
            Err(Denial::NotAMember)
        );
        assert_eq!(
            decide(&ADMIN, &open, Action::Participate),
            Err(Denial::NotAMember),
            "administrators moderate; they do not RSVP without joining"
        );
        for (status, denial) in [
            (MembershipStatus::Pending, Denial::NotAMember),
            (MembershipStatus::Invited, Denial::NotAMember),
            (MembershipStatus::Banned, Denial::Banned),
        ] {
            assert_eq!(
                decide(&person(Role::Member, status), &open, Action::Participate),
                Err(denial)
            );
        }
        let private = group(Visibility::Private, JoinMode::Invite);
        assert_eq!(
            decide(&OUTSIDER, &private, Action::Participate),
            Err(Denial::NotFound)
        );
    }

    #[test]
    fn anyone_but_the_organizers_and_the_banned_may_ask_to_adopt() {
        let listing = group(Visibility::Public, JoinMode::Invite);
        assert_eq!(
            decide(&Actor::Anonymous, &listing, Action::AskToAdopt),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(decide(&OUTSIDER, &listing, Action::AskToAdopt), Ok(()));
        assert_eq!(decide(&ADMIN, &listing, Action::AskToAdopt), Ok(()));
        for role in Role::ALL {
            let expected = if role.can(Capability::ManageGroup) {
                Err(Denial::AlreadyOrganizing)
            } else {
                Ok(())
            };
            assert_eq!(
                decide(
                    &person(role, MembershipStatus::Active),
                    &listing,
                    Action::AskToAdopt
                ),
                expected,
                "{role:?}"
            );
        }
        assert_eq!(
            decide(
                &person(Role::Member, MembershipStatus::Banned),
                &listing,
                Action::AskToAdopt
            ),
            Err(Denial::Banned)
        );
        assert_eq!(
            decide(
                &OUTSIDER,
                &group(Visibility::Private, JoinMode::Invite),
                Action::AskToAdopt
            ),
            Err(Denial::NotFound)
        );
    }

    #[test]
    fn joining_depends_on_the_join_mode_and_bans() {
        let open = group(Visibility::Public, JoinMode::Open);
        let invite = group(Visibility::Public, JoinMode::Invite);
        assert_eq!(
            decide(&Actor::Anonymous, &open, Action::Join),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(decide(&OUTSIDER, &open, Action::Join), Ok(()));
        assert_eq!(
            decide(&OUTSIDER, &invite, Action::Join),
            Err(Denial::InvitationRequired)
        );
        assert_eq!(
            decide(
                &person(Role::Member, MembershipStatus::Invited),
                &invite,
                Action::Join
            ),
            Ok(())
        );
        assert_eq!(
            decide(
                &person(Role::Member, MembershipStatus::Banned),
                &open,
                Action::Join
            ),
            Err(Denial::Banned)
        );
        assert_eq!(
            decide(&OUTSIDER, &open, Action::Leave),
            Err(Denial::NotAMember)
        );
        assert_eq!(
            decide(
                &person(Role::Member, MembershipStatus::Pending),
                &open,
                Action::Leave
            ),
            Ok(())
        );
    }
}
