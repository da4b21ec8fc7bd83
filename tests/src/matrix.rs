//! What the authorization matrices share: the kinds of person they try, and their tally of
//! statuses against the tables written out by hand.

use muster_core::{policy::MembershipStatus, roles::Role};

/// The kinds of person with a membership (or none) a matrix tries on each group, besides
/// visitors, administrators and the organizer: the membership each has there.
pub const MEMBERSHIP_KINDS: [(&str, Option<(Role, MembershipStatus)>); 8] = [
    ("outsider", None),
    ("pending", Some((Role::Member, MembershipStatus::Pending))),
    ("invited", Some((Role::Member, MembershipStatus::Invited))),
    ("banned", Some((Role::Member, MembershipStatus::Banned))),
    ("member", Some((Role::Member, MembershipStatus::Active))),
    (
        "event_organizer",
        Some((Role::EventOrganizer, MembershipStatus::Active)),
    ),
    (
        "assistant_organizer",
        Some((Role::AssistantOrganizer, MembershipStatus::Active)),
    ),
    (
        "co_organizer",
        Some((Role::CoOrganizer, MembershipStatus::Active)),
    ),
];

/// An authorization matrix's tally: every call's status against the one the table expects.
/// The test fails once, at the end, listing every mismatch.
#[derive(Debug, Default)]
pub struct MatrixTally {
    checked: usize,
    mismatches: Vec<String>,
}

impl MatrixTally {
    /// Records one call: `who` did `operation` on `place` and got `got`; the table says
    /// `expected`.
    pub fn record(&mut self, who: &str, operation: &str, place: &str, expected: u16, got: u16) {
        self.checked += 1;
        if got != expected {
            self.mismatches.push(format!(
                "{who} {operation} on {place}: expected {expected}, got {got}"
            ));
        }
    }

    /// Asserts that no call mismatched, and that `calls` calls were checked.
    pub fn assert_as_expected(&self, calls: usize) {
        assert!(
            self.mismatches.is_empty(),
            "{} of {} checks mismatched:\n{}",
            self.mismatches.len(),
            self.checked,
            self.mismatches.join("\n")
        );
        assert_eq!(self.checked, calls);
    }
}
