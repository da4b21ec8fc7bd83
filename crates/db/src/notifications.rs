//! Who wants which email, the secret links inside emails, and the reminder runs the scheduler
//! has handled.

use std::collections::HashSet;

use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, RunQueryDsl, Selectable, SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    event::{EventStatus, RsvpStatus},
    id::{EventId, GroupId, ThreadId, UserId},
    notify::{MAX_REMINDER_HOURS, Topic},
    policy::MembershipStatus,
};

use crate::{
    DbConnection, DbError, on_backend,
    schema::{
        email_links, events, groups, memberships, notification_prefs, reminder_runs, rsvps, users,
    },
    users::UserRow,
};

// ----------------------------------------------------------------------------- preferences

/// A member's choices for one group. Without a stored row everything is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = notification_prefs)]
pub struct Prefs {
    pub announcements: bool,
    pub reminders: bool,
    pub messages: bool,
    pub discussions: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            announcements: true,
            reminders: true,
            messages: true,
            discussions: true,
        }
    }
}

impl Prefs {
    pub fn wants(&self, topic: Topic) -> bool {
        match topic {
            Topic::Announcements => self.announcements,
            Topic::Reminders => self.reminders,
            Topic::Messages => self.messages,
            Topic::Discussions => self.discussions,
        }
    }

    pub fn set(&mut self, topic: Topic, on: bool) {
        match topic {
            Topic::Announcements => self.announcements = on,
            Topic::Reminders => self.reminders = on,
            Topic::Messages => self.messages = on,
            Topic::Discussions => self.discussions = on,
        }
    }
}

/// The person's choices for `group`.
pub fn prefs(conn: &mut DbConnection, user: UserId, group: GroupId) -> Result<Prefs, DbError> {
    Ok(notification_prefs::table
        .find((user, group))
        .select(Prefs::as_select())
        .first(conn)
        .optional()?
        .unwrap_or_default())
}

/// The stored choices of any of `users` for any of `groups`, as (user, group, choices); pairs
/// without a row use the defaults (one query).
pub fn prefs_among(
    conn: &mut DbConnection,
    users: &[UserId],
    groups: &[GroupId],
) -> Result<Vec<(UserId, GroupId, Prefs)>, DbError> {
    if users.is_empty() || groups.is_empty() {
        return Ok(Vec::new());
    }
    Ok(notification_prefs::table
        .filter(notification_prefs::user_id.eq_any(users))
        .filter(notification_prefs::group_id.eq_any(groups))
        .select((
            notification_prefs::user_id,
            notification_prefs::group_id,
            Prefs::as_select(),
        ))
        .load(conn)?)
}

/// The person's stored choices, by group (groups without a row use the defaults).
pub fn prefs_of_user(
    conn: &mut DbConnection,
    user: UserId,
) -> Result<Vec<(GroupId, Prefs)>, DbError> {
    Ok(notification_prefs::table
        .filter(notification_prefs::user_id.eq(user))
        .select((notification_prefs::group_id, Prefs::as_select()))
        .load(conn)?)
}

/// Stores the person's choices for `group`.
pub fn save_prefs(
    conn: &mut DbConnection,
    user: UserId,
    group: GroupId,
    prefs: Prefs,
    now: Timestamp,
) -> Result<(), DbError> {
    on_backend!(conn, c => diesel::insert_into(notification_prefs::table)
        .values((
            notification_prefs::user_id.eq(user),
            notification_prefs::group_id.eq(group),
            prefs,
            notification_prefs::updated_at.eq(now),
        ))
        .on_conflict((notification_prefs::user_id, notification_prefs::group_id))
        .do_update()
        .set((
            notification_prefs::announcements.eq(prefs.announcements),
            notification_prefs::reminders.eq(prefs.reminders),
            notification_prefs::messages.eq(prefs.messages),
            notification_prefs::discussions.eq(prefs.discussions),
            notification_prefs::updated_at.eq(now),
        ))
        .execute(c))?;
    Ok(())
}

/// Turns one kind of a group's email on or off for the person.
pub fn set_topic(
    conn: &mut DbConnection,
    user: UserId,
    group: GroupId,
    topic: Topic,
    on: bool,
    now: Timestamp,
) -> Result<(), DbError> {
    let mut current = prefs(conn, user, group)?;
    current.set(topic, on);
    save_prefs(conn, user, group, current, now)
}

/// The global "no email except account security" switch.
pub fn set_only_security(
    conn: &mut DbConnection,
    user: UserId,
    on: bool,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(users::table.find(user))
        .set((users::email_only_security.eq(on), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// A `notification_prefs` column for `topic`, where "no row" counts as on.
macro_rules! topic_allows {
    ($topic:expr) => {{
        let wanted: Box<
            dyn diesel::BoxableExpression<
                    _,
                    _,
                    SqlType = diesel::sql_types::Nullable<diesel::sql_types::Bool>,
                >,
        > = match $topic {
            Topic::Announcements => Box::new(notification_prefs::announcements.nullable()),
            Topic::Reminders => Box::new(notification_prefs::reminders.nullable()),
            Topic::Messages => Box::new(notification_prefs::messages.nullable()),
            Topic::Discussions => Box::new(notification_prefs::discussions.nullable()),
        };
        notification_prefs::user_id
            .is_null()
            .or(wanted.assume_not_null())
    }};
}

/// Active members of `group` who want `topic` (their account live, not "security only").
pub fn members_wanting(
    conn: &mut DbConnection,
    group: GroupId,
    topic: Topic,
) -> Result<Vec<UserRow>, DbError> {
    Ok(memberships::table
        .inner_join(users::table.on(users::id.eq(memberships::user_id)))
        .left_join(
            notification_prefs::table.on(notification_prefs::user_id
                .eq(memberships::user_id)
                .and(notification_prefs::group_id.eq(group))),
        )
        .filter(memberships::group_id.eq(group))
        .filter(memberships::status.eq(MembershipStatus::Active.as_str()))
        .filter(users::deleted_at.is_null())
        .filter(users::email_only_security.eq(false))
        .filter(topic_allows!(topic))
        .order(users::id.asc())
        .select(UserRow::as_select())
        .load(conn)?)
}

/// Which people an organizer's message goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Every member.
    All,
    /// People going to the event.
    Going,
    /// People on the event's waitlist.
    Waitlisted,
    /// Members who have not answered for the event.
    NotAnswered,
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::All,
        Audience::Going,
        Audience::Waitlisted,
        Audience::NotAnswered,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Audience::All => "all",
            Audience::Going => "going",
            Audience::Waitlisted => "waitlisted",
            Audience::NotAnswered => "not_answered",
        }
    }

    pub fn parse(text: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// Members of `group` in `audience` (for `event`, unless [`Audience::All`]) who want
/// organizer messages.
pub fn message_audience(
    conn: &mut DbConnection,
    group: GroupId,
    audience: Audience,
    event: Option<EventId>,
) -> Result<Vec<UserRow>, DbError> {
    let members = members_wanting(conn, group, Topic::Messages)?;
    let Some(event) = event else {
        return Ok(members);
    };
    let answers = crate::rsvps::statuses(conn, event)?;
    let wanted = |answer: Option<&RsvpStatus>| match audience {
        Audience::All => true,
        Audience::Going => answer == Some(&RsvpStatus::Going),
        Audience::Waitlisted => answer == Some(&RsvpStatus::Waitlisted),
        Audience::NotAnswered => answer.is_none(),
    };
    Ok(members
        .into_iter()
        .filter(|u| wanted(answers.get(&u.id)))
        .collect())
}

/// People going to or waiting for `event` whose accounts are live and who have not turned off
/// all but account email (those told of a change or a cancellation), with their answer.
pub fn answered_yes(
    conn: &mut DbConnection,
    event: EventId,
) -> Result<Vec<(UserRow, RsvpStatus)>, DbError> {
    let rows: Vec<(UserRow, String)> = rsvps::table
        .inner_join(users::table.on(users::id.eq(rsvps::user_id)))
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq_any([RsvpStatus::Going.as_str(), RsvpStatus::Waitlisted.as_str()]))
        .filter(users::deleted_at.is_null())
        .filter(users::email_only_security.eq(false))
        .order(users::id.asc())
        .select((UserRow::as_select(), rsvps::status))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(user, status)| RsvpStatus::parse(&status).ok().map(|s| (user, s)))
        .collect())
}

/// People going to `event` who want the group's reminders.
pub fn reminder_recipients(
    conn: &mut DbConnection,
    event: EventId,
    group: GroupId,
) -> Result<Vec<UserRow>, DbError> {
    Ok(rsvps::table
        .inner_join(users::table.on(users::id.eq(rsvps::user_id)))
        .left_join(
            notification_prefs::table.on(notification_prefs::user_id
                .eq(rsvps::user_id)
                .and(notification_prefs::group_id.eq(group))),
        )
        .filter(rsvps::event_id.eq(event))
        .filter(rsvps::status.eq(RsvpStatus::Going.as_str()))
        .filter(users::deleted_at.is_null())
        .filter(users::email_only_security.eq(false))
        .filter(topic_allows!(Topic::Reminders))
        .order(users::id.asc())
        .select(UserRow::as_select())
        .load(conn)?)
}

// ----------------------------------------------------------------------------- email links

/// What an email link does.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum LinkPurpose {
    /// Turns one kind of a group's email off.
    Unsubscribe,
    /// "Still coming" in a reminder.
    StillComing,
    /// "Can't make it" in a reminder: frees the seat.
    CantMakeIt,
    /// "Stop following this thread" in a thread's email.
    Unfollow,
}

impl LinkPurpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Unsubscribe => "unsubscribe",
            LinkPurpose::StillComing => "still_coming",
            LinkPurpose::CantMakeIt => "cant_make_it",
            LinkPurpose::Unfollow => "unfollow",
        }
    }

    pub fn parse(text: &str) -> Option<LinkPurpose> {
        [
            LinkPurpose::Unsubscribe,
            LinkPurpose::StillComing,
            LinkPurpose::CantMakeIt,
            LinkPurpose::Unfollow,
        ]
        .into_iter()
        .find(|p| p.as_str() == text)
    }
}

crate::types::text_enum_column!(LinkPurpose, "an email link's purpose", LinkPurpose::parse);

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = email_links)]
pub struct EmailLinkRow {
    pub token_hash: String,
    pub purpose: LinkPurpose,
    pub user_id: UserId,
    pub group_id: GroupId,
    pub event_id: Option<EventId>,
    pub topic: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    /// The thread an unfollow link is about.
    pub thread_id: Option<ThreadId>,
}

impl EmailLinkRow {
    pub fn purpose(&self) -> Option<LinkPurpose> {
        Some(self.purpose)
    }

    pub fn topic(&self) -> Option<Topic> {
        Topic::parse(&self.topic)
    }
}

/// Stores links (one multi-row insert: a worker mints a whole batch's links at once).
pub fn insert_links(conn: &mut DbConnection, rows: &[EmailLinkRow]) -> Result<(), DbError> {
    if rows.is_empty() {
        return Ok(());
    }
    on_backend!(conn, c => diesel::insert_into(email_links::table).values(rows).execute(c))?;
    Ok(())
}

/// The unexpired link with this hash, whose person's account is live.
pub fn find_link(
    conn: &mut DbConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<Option<EmailLinkRow>, DbError> {
    Ok(email_links::table
        .inner_join(users::table.on(users::id.eq(email_links::user_id)))
        .filter(email_links::token_hash.eq(token_hash))
        .filter(email_links::expires_at.gt(now))
        .filter(users::deleted_at.is_null())
        .select(EmailLinkRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn mark_link_used(
    conn: &mut DbConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    diesel::update(email_links::table.find(token_hash))
        .set(email_links::used_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// Revokes every email link of a person (account deletion).
pub fn delete_links_of(conn: &mut DbConnection, user: UserId) -> Result<usize, DbError> {
    Ok(diesel::delete(email_links::table.filter(email_links::user_id.eq(user))).execute(conn)?)
}

pub fn any_expired_links(conn: &mut DbConnection, now: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        email_links::table.filter(email_links::expires_at.le(now)),
    ))
    .get_result(conn)?)
}

pub fn delete_expired_links(conn: &mut DbConnection, now: Timestamp) -> Result<usize, DbError> {
    Ok(diesel::delete(email_links::table.filter(email_links::expires_at.le(now))).execute(conn)?)
}

// ----------------------------------------------------------------------------- reminders

/// An event that may have a reminder moment due.
#[derive(Debug, Clone, Queryable)]
pub struct ReminderCandidate {
    pub event_id: EventId,
    pub group_id: GroupId,
    pub starts_at: Timestamp,
    pub published_at: Option<Timestamp>,
    pub reminder_hours: String,
}

/// How far back the scheduler looks for moments it missed (downtime): their reminders are
/// recorded as missed, not sent.
pub const MISSED_LOOKBACK: chrono::Duration = chrono::Duration::days(2);

/// Published events with reminders on whose start lies between `now - MISSED_LOOKBACK` and
/// the furthest reminder ahead: the only ones that can have a moment due. One indexed range
/// read (`events_status_starts_id`).
pub fn reminder_candidates(
    conn: &mut DbConnection,
    now: Timestamp,
) -> Result<Vec<ReminderCandidate>, DbError> {
    let ahead = chrono::Duration::hours(i64::from(MAX_REMINDER_HOURS));
    Ok(events::table
        .inner_join(groups::table.on(groups::id.eq(events::group_id)))
        .filter(events::status.eq(EventStatus::Published.as_str()))
        .filter(events::starts_at.gt(now - MISSED_LOOKBACK))
        .filter(events::starts_at.le(now + ahead))
        .filter(events::reminders_enabled.eq(true))
        .filter(groups::deleted_at.is_null())
        .filter(groups::reminder_hours.ne(""))
        .select((
            events::id,
            events::group_id,
            events::starts_at,
            events::published_at,
            groups::reminder_hours,
        ))
        .load(conn)?)
}

/// The runs recorded for events starting after `since`: (event, hours, start).
pub fn runs_since(
    conn: &mut DbConnection,
    since: Timestamp,
) -> Result<HashSet<(EventId, i32, Timestamp)>, DbError> {
    let rows: Vec<(EventId, i32, Timestamp)> = reminder_runs::table
        .filter(reminder_runs::starts_at.gt(since))
        .select((
            reminder_runs::event_id,
            reminder_runs::hours_before,
            reminder_runs::starts_at,
        ))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// What became of a reminder moment.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum RunOutcome {
    Queued,
    /// The event had started when the moment was handled.
    Missed,
}

impl RunOutcome {
    pub const fn as_str(self) -> &'static str {
        match self {
            RunOutcome::Queued => "queued",
            RunOutcome::Missed => "missed",
        }
    }
}

crate::types::text_enum_column!(RunOutcome, "a reminder run's outcome", |t: &str| {
    [RunOutcome::Queued, RunOutcome::Missed]
        .into_iter()
        .find(|o| o.as_str() == t)
});

/// Records a run; false if another tick recorded it first (then it must do nothing more).
pub fn record_run(
    conn: &mut DbConnection,
    event: EventId,
    hours: i32,
    starts_at: Timestamp,
    outcome: RunOutcome,
    recipients: usize,
    now: Timestamp,
) -> Result<bool, DbError> {
    let inserted = on_backend!(conn, c => diesel::insert_into(reminder_runs::table)
        .values((
            reminder_runs::event_id.eq(event),
            reminder_runs::hours_before.eq(hours),
            reminder_runs::starts_at.eq(starts_at),
            reminder_runs::outcome.eq(outcome),
            reminder_runs::recipients.eq(i32::try_from(recipients).unwrap_or(i32::MAX)),
            reminder_runs::created_at.eq(now),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted > 0)
}

/// Runs of events long over are forgotten.
pub fn prune_runs(conn: &mut DbConnection, before: Timestamp) -> Result<usize, DbError> {
    Ok(
        diesel::delete(reminder_runs::table.filter(reminder_runs::starts_at.lt(before)))
            .execute(conn)?,
    )
}

pub fn any_runs_before(conn: &mut DbConnection, before: Timestamp) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        reminder_runs::table.filter(reminder_runs::starts_at.lt(before)),
    ))
    .get_result(conn)?)
}

/// Sets `announced_at` unless it was set: true if this call announced the event.
pub fn mark_announced(
    conn: &mut DbConnection,
    event: EventId,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        events::table
            .find(event)
            .filter(events::announced_at.is_null()),
    )
    .set(events::announced_at.eq(now))
    .execute(conn)?
        > 0)
}

/// Reminders recorded as missed (the runs kept: the last 30 days).
pub fn missed_reminders(conn: &mut DbConnection) -> Result<i64, DbError> {
    let total: Option<i64> = reminder_runs::table
        .filter(reminder_runs::outcome.eq("missed"))
        .select(diesel::dsl::sum(reminder_runs::recipients))
        .first(conn)?;
    Ok(total.unwrap_or(0))
}
