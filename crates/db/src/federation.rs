//! Federation's rows (issue 18): groups' keys, their remote followers, the remote actors whose
//! keys were fetched, what each group sent, blocked domains, and replies from the fediverse
//! kept as comments.

use diesel::prelude::*;
use muster_core::{
    Timestamp,
    id::{CommentId, EventId, GroupId, UserId},
};

use crate::{
    DbConnection, DbError, on_backend,
    schema::{
        blocked_domains, comments, group_activities, group_followers, group_keys, remote_actors,
    },
    talks::CommentRow,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_keys)]
pub struct GroupKeyRow {
    pub group_id: GroupId,
    pub public_key_pem: String,
    pub private_key_pem: String,
    pub created_at: Timestamp,
}

/// The group's key pair, if it has one.
pub fn group_key(c: &mut DbConnection, group: GroupId) -> Result<Option<GroupKeyRow>, DbError> {
    Ok(group_keys::table
        .find(group)
        .select(GroupKeyRow::as_select())
        .first(c)
        .optional()?)
}

/// Stores `row` unless the group has a key already (two processes making one at once: the
/// first wins); the key the group has now.
pub fn keep_group_key(c: &mut DbConnection, row: &GroupKeyRow) -> Result<GroupKeyRow, DbError> {
    on_backend!(c, c => diesel::insert_into(group_keys::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(group_keys::table
        .find(row.group_id)
        .select(GroupKeyRow::as_select())
        .first(c)?)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_followers)]
pub struct FollowerRow {
    pub group_id: GroupId,
    pub actor_id: String,
    pub inbox: String,
    pub shared_inbox: String,
    pub follow_id: String,
    pub name: String,
    pub handle: String,
    pub url: String,
    pub created_at: Timestamp,
}

/// Adds a follower, or renews one who followed again (a new Follow id, a moved inbox).
pub fn add_follower(c: &mut DbConnection, row: &FollowerRow) -> Result<(), DbError> {
    on_backend!(c, c => diesel::insert_into(group_followers::table)
        .values(row)
        .on_conflict((group_followers::group_id, group_followers::actor_id))
        .do_update()
        .set((
            group_followers::inbox.eq(&row.inbox),
            group_followers::shared_inbox.eq(&row.shared_inbox),
            group_followers::follow_id.eq(&row.follow_id),
            group_followers::name.eq(&row.name),
            group_followers::handle.eq(&row.handle),
            group_followers::url.eq(&row.url),
        ))
        .execute(c))?;
    Ok(())
}

/// Removes a follower; whether there was one.
pub fn remove_follower(c: &mut DbConnection, group: GroupId, actor: &str) -> Result<bool, DbError> {
    Ok(diesel::delete(
        group_followers::table
            .filter(group_followers::group_id.eq(group))
            .filter(group_followers::actor_id.eq(actor)),
    )
    .execute(c)?
        > 0)
}

/// The group's followers, oldest first.
pub fn followers(c: &mut DbConnection, group: GroupId) -> Result<Vec<FollowerRow>, DbError> {
    Ok(group_followers::table
        .filter(group_followers::group_id.eq(group))
        .order((
            group_followers::created_at.asc(),
            group_followers::actor_id.asc(),
        ))
        .select(FollowerRow::as_select())
        .load(c)?)
}

pub fn follower_count(c: &mut DbConnection, group: GroupId) -> Result<i64, DbError> {
    Ok(group_followers::table
        .filter(group_followers::group_id.eq(group))
        .count()
        .get_result(c)?)
}

/// Where the group's activities go: each follower's server's shared inbox where it offers
/// one (one delivery per server), else the follower's own inbox; each once.
pub fn delivery_inboxes(c: &mut DbConnection, group: GroupId) -> Result<Vec<String>, DbError> {
    let rows: Vec<(String, String)> = group_followers::table
        .filter(group_followers::group_id.eq(group))
        .select((group_followers::inbox, group_followers::shared_inbox))
        .load(c)?;
    let mut inboxes: Vec<String> = rows
        .into_iter()
        .map(|(inbox, shared)| if shared.is_empty() { inbox } else { shared })
        .collect();
    inboxes.sort();
    inboxes.dedup();
    Ok(inboxes)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = remote_actors)]
pub struct RemoteActorRow {
    pub id: String,
    pub key_id: String,
    pub public_key_pem: String,
    pub inbox: String,
    pub shared_inbox: String,
    pub name: String,
    pub handle: String,
    pub url: String,
    pub fetched_at: Timestamp,
}

pub fn remote_actor_by_key(
    c: &mut DbConnection,
    key_id: &str,
) -> Result<Option<RemoteActorRow>, DbError> {
    Ok(remote_actors::table
        .filter(remote_actors::key_id.eq(key_id))
        .select(RemoteActorRow::as_select())
        .first(c)
        .optional()?)
}

pub fn remote_actor(c: &mut DbConnection, id: &str) -> Result<Option<RemoteActorRow>, DbError> {
    Ok(remote_actors::table
        .find(id)
        .select(RemoteActorRow::as_select())
        .first(c)
        .optional()?)
}

/// Keeps what was fetched of a remote actor (replacing an older copy).
pub fn keep_remote_actor(c: &mut DbConnection, row: &RemoteActorRow) -> Result<(), DbError> {
    on_backend!(c, c => diesel::insert_into(remote_actors::table)
        .values(row)
        .on_conflict(remote_actors::id)
        .do_update()
        .set(row)
        .execute(c))?;
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = group_activities)]
pub struct ActivityRow {
    pub id: String,
    pub group_id: GroupId,
    pub kind: String,
    pub object_id: String,
    pub body: String,
    pub created_at: Timestamp,
}

pub fn record_activity(c: &mut DbConnection, row: &ActivityRow) -> Result<(), DbError> {
    diesel::insert_into(group_activities::table)
        .values(row)
        .execute(c)?;
    Ok(())
}

/// One page of the group's activities, newest first, from `page` (0 the newest).
pub fn activities(
    c: &mut DbConnection,
    group: GroupId,
    page: i64,
    per_page: i64,
) -> Result<Vec<ActivityRow>, DbError> {
    Ok(group_activities::table
        .filter(group_activities::group_id.eq(group))
        .order((
            group_activities::created_at.desc(),
            group_activities::id.desc(),
        ))
        .offset(page.saturating_mul(per_page))
        .limit(per_page)
        .select(ActivityRow::as_select())
        .load(c)?)
}

pub fn activity_count(c: &mut DbConnection, group: GroupId) -> Result<i64, DbError> {
    Ok(group_activities::table
        .filter(group_activities::group_id.eq(group))
        .count()
        .get_result(c)?)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = blocked_domains)]
pub struct BlockedDomainRow {
    pub domain: String,
    pub reason: String,
    pub created_at: Timestamp,
}

/// Whether `host` or a domain above it (`bad.example` blocks `a.bad.example`) is blocked.
pub fn is_blocked(c: &mut DbConnection, host: &str) -> Result<bool, DbError> {
    let host = host.to_ascii_lowercase();
    let mut candidates = vec![host.clone()];
    let mut rest = host.as_str();
    while let Some((_, parent)) = rest.split_once('.') {
        candidates.push(parent.to_owned());
        rest = parent;
    }
    let found: i64 = blocked_domains::table
        .filter(blocked_domains::domain.eq_any(candidates))
        .count()
        .get_result(c)?;
    Ok(found > 0)
}

/// Every blocked domain, for checking many hosts at once ([`blocks`]).
pub fn blocked_names(c: &mut DbConnection) -> Result<Vec<String>, DbError> {
    Ok(blocked_domains::table
        .select(blocked_domains::domain)
        .load(c)?)
}

/// Whether one of `blocked` is `host` or a domain above it (as [`is_blocked`] asks the
/// database).
pub fn blocks(blocked: &[String], host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    blocked.iter().any(|domain| {
        host == *domain
            || host
                .strip_suffix(domain.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

pub fn block_domain(c: &mut DbConnection, row: &BlockedDomainRow) -> Result<(), DbError> {
    on_backend!(c, c => diesel::insert_into(blocked_domains::table)
        .values(row)
        .on_conflict(blocked_domains::domain)
        .do_update()
        .set(blocked_domains::reason.eq(&row.reason))
        .execute(c))?;
    Ok(())
}

pub fn unblock_domain(c: &mut DbConnection, domain: &str) -> Result<bool, DbError> {
    Ok(
        diesel::delete(blocked_domains::table.filter(blocked_domains::domain.eq(domain)))
            .execute(c)?
            > 0,
    )
}

pub fn blocked(c: &mut DbConnection) -> Result<Vec<BlockedDomainRow>, DbError> {
    Ok(blocked_domains::table
        .order(blocked_domains::domain.asc())
        .select(BlockedDomainRow::as_select())
        .load(c)?)
}

/// The comment a remote Note became, if it did.
pub fn remote_comment(
    c: &mut DbConnection,
    remote_id: &str,
) -> Result<Option<CommentRow>, DbError> {
    Ok(comments::table
        .filter(comments::remote_id.eq(remote_id))
        .select(CommentRow::as_select())
        .first(c)
        .optional()?)
}

/// A new remote reply on `event`.
#[allow(clippy::too_many_arguments)]
pub fn add_remote_comment(
    c: &mut DbConnection,
    id: CommentId,
    event: EventId,
    remote_id: &str,
    author: &str,
    author_name: &str,
    author_url: &str,
    body: &str,
    now: Timestamp,
) -> Result<(), DbError> {
    let row = CommentRow {
        id,
        event_id: event,
        user_id: None,
        body: body.to_owned(),
        created_at: now,
        removed_at: None,
        removed_by: None,
        remote_id: Some(remote_id.to_owned()),
        remote_author: Some(author.to_owned()),
        remote_author_name: Some(author_name.to_owned()),
        remote_author_url: Some(author_url.to_owned()),
    };
    crate::talks::add_comment(c, &row)
}

/// The remote reply `remote_id` by `author`, while it is not removed.
macro_rules! live_remote_comment {
    ($remote_id:expr, $author:expr) => {
        comments::table
            .filter(comments::remote_id.eq($remote_id))
            .filter(comments::remote_author.eq($author))
            .filter(comments::removed_at.is_null())
    };
}

/// Replaces a remote reply's text (its author edited it); not once it was removed.
pub fn edit_remote_comment(
    c: &mut DbConnection,
    remote_id: &str,
    author: &str,
    body: &str,
) -> Result<bool, DbError> {
    Ok(diesel::update(live_remote_comment!(remote_id, author))
        .set(comments::body.eq(body))
        .execute(c)?
        > 0)
}

/// Removes a remote reply its author deleted, leaving a tombstone like any removed comment.
pub fn remove_remote_comment(
    c: &mut DbConnection,
    remote_id: &str,
    author: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(live_remote_comment!(remote_id, author))
        .set((
            comments::removed_at.eq(Some(now)),
            comments::removed_by.eq(None::<UserId>),
            comments::body.eq(""),
        ))
        .execute(c)?
        > 0)
}

/// The groups an actor follows.
pub fn following(c: &mut DbConnection, actor: &str) -> Result<Vec<FollowerRow>, DbError> {
    Ok(group_followers::table
        .filter(group_followers::actor_id.eq(actor))
        .select(FollowerRow::as_select())
        .load(c)?)
}

/// NodeInfo's figures: people with an account, published events, public groups.
pub fn usage(c: &mut DbConnection) -> Result<(i64, i64, i64), DbError> {
    use crate::schema::{events, groups, users};
    let people = users::table
        .filter(users::deleted_at.is_null())
        .count()
        .get_result(c)?;
    let events = events::table
        .filter(events::status.ne(muster_core::event::EventStatus::Draft.as_str()))
        .count()
        .get_result(c)?;
    let groups = groups::table
        .filter(groups::deleted_at.is_null())
        .filter(groups::visibility.eq(muster_core::group::Visibility::Public.as_str()))
        .count()
        .get_result(c)?;
    Ok((people, events, groups))
}

/// Inboxes with deliveries that failed or are being retried, most first: the inbox, how many,
/// and the last error.
pub fn failing_inboxes(
    c: &mut DbConnection,
    kind: &str,
    limit: i64,
) -> Result<Vec<(String, i64, Option<String>)>, DbError> {
    use crate::schema::email_outbox;
    use diesel::dsl::{count_star, max};
    Ok(email_outbox::table
        .filter(email_outbox::kind.eq(kind))
        .filter(email_outbox::last_error.is_not_null())
        .filter(email_outbox::status.eq_any(["pending", "failed"]))
        .group_by(email_outbox::recipient)
        .select((
            email_outbox::recipient,
            count_star(),
            max(email_outbox::last_error),
        ))
        .order(count_star().desc())
        .limit(limit)
        .load(c)?)
}

/// One follower of a group.
pub fn follower(
    c: &mut DbConnection,
    group: GroupId,
    actor: &str,
) -> Result<Option<FollowerRow>, DbError> {
    Ok(group_followers::table
        .find((group, actor))
        .select(FollowerRow::as_select())
        .first(c)
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::blocks;

    #[test]
    fn a_blocked_domain_blocks_its_subdomains_only() {
        let blocked = vec!["bad.example".to_owned()];
        assert!(blocks(&blocked, "bad.example"));
        assert!(blocks(&blocked, "A.Bad.Example"));
        assert!(!blocks(&blocked, "notbad.example"));
        assert!(!blocks(&blocked, "bad.example.org"));
        assert!(!blocks(&[], "bad.example"));
    }
}
