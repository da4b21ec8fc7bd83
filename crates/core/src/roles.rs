//! Roles in a group and what each may do — Meetup's model, as data.
//!
//! | capability | organizer | co-org | assistant | event org | member |
//! |---|---|---|---|---|---|
//! | change or delete the group, transfer or share ownership | ✔ | | | | |
//! | change roles, group settings, code of conduct | ✔ | ✔ | | | |
//! | approve, remove, ban members | ✔ | ✔ | ✔ | | |
//! | create/edit/cancel events, check in attendees, email members | ✔ | ✔ | ✔ | ✔ | |

use serde::{Deserialize, Serialize};

/// A person's role in a group (for active members).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow),
    diesel(sql_type = diesel::sql_types::Text)
)]
pub enum Role {
    Organizer,
    CoOrganizer,
    AssistantOrganizer,
    EventOrganizer,
    Member,
}

/// The four capabilities of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    /// Change or delete the group, transfer or share ownership.
    OwnGroup,
    /// Change roles, group settings, the code of conduct.
    ManageGroup,
    /// Approve, remove and ban members (and handle conduct reports).
    ModerateMembers,
    /// Create, edit and cancel events, check in attendees, email members.
    ManageEvents,
}

impl Capability {
    pub const ALL: [Capability; 4] = [
        Capability::OwnGroup,
        Capability::ManageGroup,
        Capability::ModerateMembers,
        Capability::ManageEvents,
    ];
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Organizer,
        Role::CoOrganizer,
        Role::AssistantOrganizer,
        Role::EventOrganizer,
        Role::Member,
    ];

    /// The matrix above, row by row.
    pub const fn capabilities(self) -> &'static [Capability] {
        use Capability::*;
        match self {
            Role::Organizer => &[OwnGroup, ManageGroup, ModerateMembers, ManageEvents],
            Role::CoOrganizer => &[ManageGroup, ModerateMembers, ManageEvents],
            Role::AssistantOrganizer => &[ModerateMembers, ManageEvents],
            Role::EventOrganizer => &[ManageEvents],
            Role::Member => &[],
        }
    }

    pub fn can(self, capability: Capability) -> bool {
        self.capabilities().contains(&capability)
    }

    /// Any organizing role (shown as an organizer on the group page).
    pub fn is_organizing(self) -> bool {
        self != Role::Member
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Organizer => "organizer",
            Role::CoOrganizer => "co_organizer",
            Role::AssistantOrganizer => "assistant_organizer",
            Role::EventOrganizer => "event_organizer",
            Role::Member => "member",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    pub const fn label(self) -> &'static str {
        match self {
            Role::Organizer => "Organizer",
            Role::CoOrganizer => "Co-organizer",
            Role::AssistantOrganizer => "Assistant organizer",
            Role::EventOrganizer => "Event organizer",
            Role::Member => "Member",
        }
    }
}

crate::stored::stored_text!(Role, "a role", |t: &str| Role::parse(t));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_is_exactly_meetups() {
        use Capability::*;
        let expected = [
            (Role::Organizer, [true, true, true, true]),
            (Role::CoOrganizer, [false, true, true, true]),
            (Role::AssistantOrganizer, [false, false, true, true]),
            (Role::EventOrganizer, [false, false, false, true]),
            (Role::Member, [false, false, false, false]),
        ];
        for (role, row) in expected {
            for (capability, allowed) in [OwnGroup, ManageGroup, ModerateMembers, ManageEvents]
                .into_iter()
                .zip(row)
            {
                assert_eq!(role.can(capability), allowed, "{role:?} {capability:?}");
            }
        }
    }

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("owner"), None);
    }
}
