//! Straight into the database: memberships of any role and state, crowds of members and their
//! answers — for tests and benchmarks where going through the API would be slow or
//! impossible. Also counting rows.

use diesel::{ExpressionMethods, RunQueryDsl};
use muster_core::{
    Clock, Timestamp,
    id::{EventId, GroupId, RsvpId, UserId},
    policy::MembershipStatus,
    roles::Role,
};
use muster_db::{DbConnection, DbError, schema::rsvps};

use crate::{Person, TestApp};

impl TestApp {
    /// Makes `user` (an id) a member of group `slug` with `role` and `status`, having accepted
    /// the group's current code of conduct, and updates the group's member count.
    pub async fn add_membership(
        &self,
        slug: &str,
        user: &str,
        role: Role,
        status: MembershipStatus,
    ) {
        let (slug, user) = (slug.to_owned(), UserId::parse(user).expect("a user id"));
        let now = self.clock.now();
        self.db
            .write(move |c| {
                let group = muster_db::groups::find_by_slug(c, &slug)?
                    .unwrap_or_else(|| panic!("no group {slug}"));
                let mut row =
                    muster_db::memberships::MembershipRow::new(group.id, user, role, status, now);
                row.conduct_version = Some(group.conduct_version);
                muster_db::memberships::insert(c, &row)?;
                muster_db::groups::refresh_member_count(c, group.id)?;
                Ok(())
            })
            .await
            .expect("add the membership");
    }

    /// A new account for `name` at `email`, logged in, made an active member of `slug` straight
    /// in the database (fast, for crowds).
    pub async fn seeded_member(&self, slug: &str, name: &str, email: &str) -> Person {
        let person = self.person(name, email).await;
        self.add_membership(slug, &person.id, Role::Member, MembershipStatus::Active)
            .await;
        person
    }

    /// `count` people going to `event`: accounts `p0@example.org`…, active members of
    /// `group` (code of conduct accepted), and a "yes" each — straight into the database, for
    /// tests and benchmarks that need a crowd.
    pub async fn seed_going(&self, group: &str, event: &str, count: usize) {
        let (group, event) = (
            group.to_owned(),
            EventId::parse(event).expect("an event id"),
        );
        let now = self.clock.now();
        self.db
            .write(move |c| {
                let group = muster_db::groups::find_by_slug(c, &group)?.expect("the group");
                for i in 0..count {
                    let (email, name) = (format!("p{i}@example.org"), format!("Person {i}"));
                    let user = insert_member(c, group.id, &email, &name, now)?;
                    insert_going(c, event, user, "unknown", now)?;
                }
                Ok(())
            })
            .await
            .expect("seed the people going");
    }

    /// The number of rows `query` counts, e.g. `app.count_rows(events::table)` or a filtered
    /// table.
    pub async fn count_rows<Q>(&self, query: Q) -> i64
    where
        Q: diesel::QueryDsl
            + diesel::query_dsl::methods::SelectDsl<diesel::dsl::CountStar>
            + Send
            + 'static,
        diesel::dsl::Select<Q, diesel::dsl::CountStar>:
            for<'a> diesel::query_dsl::LoadQuery<'a, DbConnection, i64>,
    {
        self.db
            .read(move |c| Ok(diesel::QueryDsl::count(query).get_result(c)?))
            .await
            .expect("count the rows")
    }
}

/// An account (verified, no usable password) that is an active member of `group` with its
/// code of conduct accepted — straight into the database, for crowds in tests and benchmarks.
pub fn insert_member(
    c: &mut DbConnection,
    group: GroupId,
    email: &str,
    name: &str,
    now: Timestamp,
) -> Result<UserId, DbError> {
    let user = UserId::new();
    muster_db::users::insert(
        c,
        &muster_db::users::NewUser {
            id: user,
            email,
            display_name: name,
            password_hash: "x",
            timezone: "UTC",
            timezone_known: false,
            locale: None,
            is_admin: false,
            email_verified_at: Some(now),
            created_at: now,
            updated_at: now,
        },
    )?;
    let mut row = muster_db::memberships::MembershipRow::new(
        group,
        user,
        Role::Member,
        MembershipStatus::Active,
        now,
    );
    row.conduct_version = Some(1);
    muster_db::memberships::insert(c, &row)?;
    Ok(user)
}

/// `user` going to `event` (no guests), with `attendance` (`unknown`, `attended`, `no_show`),
/// answered at `at` — straight into the database (seats are not counted).
pub fn insert_going(
    c: &mut DbConnection,
    event: EventId,
    user: UserId,
    attendance: &str,
    at: Timestamp,
) -> Result<(), DbError> {
    diesel::insert_into(rsvps::table)
        .values((
            rsvps::id.eq(RsvpId::new()),
            rsvps::event_id.eq(event),
            rsvps::user_id.eq(user),
            rsvps::status.eq("going"),
            rsvps::attendance.eq(attendance),
            rsvps::created_at.eq(at),
            rsvps::updated_at.eq(at),
        ))
        .execute(c)?;
    Ok(())
}
