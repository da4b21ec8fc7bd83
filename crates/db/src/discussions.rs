//! A group's discussions: threads, their replies, and who follows them — with how far each
//! follower's email has got, which the scheduler reads to send replies at most once an hour.

use diesel::{
    BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, RunQueryDsl, Selectable,
    SelectableHelper,
    prelude::{Insertable, Queryable},
};
use muster_core::{
    Timestamp,
    id::{GroupId, ReplyId, ThreadId, UserId},
};

use crate::{
    DbConnection, DbError, on_backend,
    schema::{groups, thread_followers, thread_replies, threads},
};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = threads)]
pub struct ThreadRow {
    pub id: ThreadId,
    pub group_id: GroupId,
    /// `None` once the account is gone.
    pub author_id: Option<UserId>,
    pub title: String,
    /// Markdown; empty once its author deleted their account.
    pub body: String,
    /// `body` as sanitised HTML, rendered when it was written.
    pub body_html: String,
    pub pinned: bool,
    pub locked: bool,
    /// Replies not removed.
    pub reply_count: i32,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    /// The thread's start or its newest reply.
    pub last_activity_at: Timestamp,
    pub removed_at: Option<Timestamp>,
    pub removed_by: Option<UserId>,
    /// An imported post's author, who has no account here ("" otherwise).
    pub imported_author: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = thread_replies)]
pub struct ReplyRow {
    pub id: ReplyId,
    pub thread_id: ThreadId,
    pub author_id: Option<UserId>,
    /// Markdown; empty once removed.
    pub body: String,
    /// `body` as sanitised HTML, rendered when it was written.
    pub body_html: String,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub removed_at: Option<Timestamp>,
    pub removed_by: Option<UserId>,
    /// An imported reply's author, who has no account here ("" otherwise).
    pub imported_author: String,
}

pub fn insert_thread(conn: &mut DbConnection, row: &ThreadRow) -> Result<(), DbError> {
    diesel::insert_into(threads::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// The thread `id` of `group`, removed or not.
pub fn find_thread(
    conn: &mut DbConnection,
    group: GroupId,
    id: ThreadId,
) -> Result<Option<ThreadRow>, DbError> {
    Ok(threads::table
        .find(id)
        .filter(threads::group_id.eq(group))
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()?)
}

/// The thread `id` and the slug of its live group (for routes that name only the thread).
pub fn find_with_group_slug(
    conn: &mut DbConnection,
    id: ThreadId,
) -> Result<Option<(ThreadRow, String)>, DbError> {
    Ok(threads::table
        .inner_join(groups::table)
        .filter(threads::id.eq(id))
        .filter(groups::deleted_at.is_null())
        .select((ThreadRow::as_select(), groups::slug))
        .first(conn)
        .optional()?)
}

/// A page of the group's threads that are not removed: pinned first, then the most recently
/// active.
pub fn list(
    conn: &mut DbConnection,
    group: GroupId,
    limit: i64,
    offset: i64,
) -> Result<Vec<ThreadRow>, DbError> {
    Ok(threads::table
        .filter(threads::group_id.eq(group))
        .filter(threads::removed_at.is_null())
        .order((
            threads::pinned.desc(),
            threads::last_activity_at.desc(),
            threads::id.desc(),
        ))
        .limit(limit)
        .offset(offset)
        .select(ThreadRow::as_select())
        .load(conn)?)
}

/// How many threads (not removed) the group has.
pub fn count(conn: &mut DbConnection, group: GroupId) -> Result<i64, DbError> {
    Ok(threads::table
        .filter(threads::group_id.eq(group))
        .filter(threads::removed_at.is_null())
        .count()
        .get_result(conn)?)
}

/// A page of a thread's replies, oldest first (removed ones too: they show as such).
pub fn replies(
    conn: &mut DbConnection,
    thread: ThreadId,
    limit: i64,
    offset: i64,
) -> Result<Vec<ReplyRow>, DbError> {
    Ok(thread_replies::table
        .filter(thread_replies::thread_id.eq(thread))
        .order((thread_replies::created_at.asc(), thread_replies::id.asc()))
        .limit(limit)
        .offset(offset)
        .select(ReplyRow::as_select())
        .load(conn)?)
}

/// How many replies a thread shows, removed ones' tombstones included.
pub fn reply_total(conn: &mut DbConnection, thread: ThreadId) -> Result<i64, DbError> {
    Ok(thread_replies::table
        .filter(thread_replies::thread_id.eq(thread))
        .count()
        .get_result(conn)?)
}

pub fn find_reply(
    conn: &mut DbConnection,
    thread: ThreadId,
    id: ReplyId,
) -> Result<Option<ReplyRow>, DbError> {
    Ok(thread_replies::table
        .find(id)
        .filter(thread_replies::thread_id.eq(thread))
        .select(ReplyRow::as_select())
        .first(conn)
        .optional()?)
}

/// Adds a reply and makes it the thread's latest activity.
pub fn insert_reply(conn: &mut DbConnection, row: &ReplyRow) -> Result<(), DbError> {
    diesel::insert_into(thread_replies::table)
        .values(row)
        .execute(conn)?;
    diesel::update(threads::table.find(row.thread_id))
        .set((
            threads::reply_count.eq(threads::reply_count + 1),
            threads::last_activity_at.eq(row.created_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Changes a thread's title and opening post; false if it was removed meanwhile.
pub fn edit_thread(
    conn: &mut DbConnection,
    id: ThreadId,
    title: &str,
    body: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        threads::table
            .find(id)
            .filter(threads::removed_at.is_null()),
    )
    .set((
        threads::title.eq(title),
        threads::body.eq(body),
        threads::body_html.eq(muster_core::markdown::to_safe_html(body)),
        threads::edited_at.eq(Some(now)),
    ))
    .execute(conn)?
        > 0)
}

/// Changes a reply's text; false if it was removed meanwhile (a removal is not undone).
pub fn edit_reply(
    conn: &mut DbConnection,
    id: ReplyId,
    body: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        thread_replies::table
            .find(id)
            .filter(thread_replies::removed_at.is_null()),
    )
    .set((
        thread_replies::body.eq(body),
        thread_replies::body_html.eq(muster_core::markdown::to_safe_html(body)),
        thread_replies::edited_at.eq(Some(now)),
    ))
    .execute(conn)?
        > 0)
}

/// Takes the thread's row lock (PostgreSQL; SQLite's writer is one at a time anyway), so
/// replies arriving together are ordered and a lock or removal is seen: false if there is no
/// such thread.
pub fn lock_thread(conn: &mut DbConnection, id: ThreadId) -> Result<bool, DbError> {
    Ok(diesel::update(threads::table.find(id))
        .set(threads::reply_count.eq(threads::reply_count))
        .execute(conn)?
        > 0)
}

/// Whether any of `ids` is a thread here already (an archive imported under another group).
pub fn threads_exist(conn: &mut DbConnection, ids: &[ThreadId]) -> Result<bool, DbError> {
    let mut found = 0_i64;
    for chunk in ids.chunks(500) {
        found += threads::table
            .filter(threads::id.eq_any(chunk))
            .count()
            .get_result::<i64>(conn)?;
    }
    Ok(found > 0)
}

/// Whether any of `ids` is a reply here already.
pub fn replies_exist(conn: &mut DbConnection, ids: &[ReplyId]) -> Result<bool, DbError> {
    let mut found = 0_i64;
    for chunk in ids.chunks(500) {
        found += thread_replies::table
            .filter(thread_replies::id.eq_any(chunk))
            .count()
            .get_result::<i64>(conn)?;
    }
    Ok(found > 0)
}

/// Pins or unpins, locks or unlocks a thread.
pub fn set_flags(
    conn: &mut DbConnection,
    id: ThreadId,
    pinned: bool,
    locked: bool,
) -> Result<(), DbError> {
    diesel::update(threads::table.find(id))
        .set((threads::pinned.eq(pinned), threads::locked.eq(locked)))
        .execute(conn)?;
    Ok(())
}

/// Removes a thread (it leaves the list; its page is gone); false if it was removed already.
pub fn remove_thread(
    conn: &mut DbConnection,
    id: ThreadId,
    by: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    Ok(diesel::update(
        threads::table
            .find(id)
            .filter(threads::removed_at.is_null()),
    )
    .set((
        threads::removed_at.eq(Some(now)),
        threads::removed_by.eq(Some(by)),
    ))
    .execute(conn)?
        > 0)
}

/// Removes a reply (a tombstone stays in its place, its text gone); false if it was removed
/// already.
pub fn remove_reply(
    conn: &mut DbConnection,
    thread: ThreadId,
    id: ReplyId,
    by: UserId,
    now: Timestamp,
) -> Result<bool, DbError> {
    let removed = diesel::update(
        thread_replies::table
            .find(id)
            .filter(thread_replies::thread_id.eq(thread))
            .filter(thread_replies::removed_at.is_null()),
    )
    .set((
        thread_replies::removed_at.eq(Some(now)),
        thread_replies::removed_by.eq(Some(by)),
        thread_replies::body.eq(""),
        thread_replies::body_html.eq(""),
    ))
    .execute(conn)?
        > 0;
    if removed {
        diesel::update(threads::table.find(thread))
            .set(threads::reply_count.eq(threads::reply_count - 1))
            .execute(conn)?;
    }
    Ok(removed)
}

/// A deleted account's posts: their replies removed, their threads' opening posts emptied
/// (the threads stay for the replies of others), and nothing followed any more.
pub fn forget_author(conn: &mut DbConnection, user: UserId, now: Timestamp) -> Result<(), DbError> {
    let threads_with_replies: Vec<ThreadId> = thread_replies::table
        .filter(thread_replies::author_id.eq(user))
        .filter(thread_replies::removed_at.is_null())
        .select(thread_replies::thread_id)
        .distinct()
        .load(conn)?;
    diesel::update(
        thread_replies::table
            .filter(thread_replies::author_id.eq(user))
            .filter(thread_replies::removed_at.is_null()),
    )
    .set((
        thread_replies::removed_at.eq(Some(now)),
        thread_replies::removed_by.eq(Some(user)),
        thread_replies::body.eq(""),
        thread_replies::body_html.eq(""),
    ))
    .execute(conn)?;
    for thread in threads_with_replies {
        recount(conn, thread)?;
    }
    diesel::update(threads::table.filter(threads::author_id.eq(user)))
        .set((threads::body.eq(""), threads::body_html.eq("")))
        .execute(conn)?;
    diesel::delete(thread_followers::table.filter(thread_followers::user_id.eq(user)))
        .execute(conn)?;
    Ok(())
}

/// Sets a thread's reply count from its replies.
fn recount(conn: &mut DbConnection, thread: ThreadId) -> Result<(), DbError> {
    let live: i64 = thread_replies::table
        .filter(thread_replies::thread_id.eq(thread))
        .filter(thread_replies::removed_at.is_null())
        .count()
        .get_result(conn)?;
    diesel::update(threads::table.find(thread))
        .set(threads::reply_count.eq(i32::try_from(live).unwrap_or(i32::MAX)))
        .execute(conn)?;
    Ok(())
}

// ----------------------------------------------------------------------------- followers

/// Makes `user` follow `thread`. Starting or replying (`seen`) also marks everything up to
/// `now` as told: one is not emailed what one has just read.
pub fn follow(
    conn: &mut DbConnection,
    thread: ThreadId,
    user: UserId,
    now: Timestamp,
    seen: bool,
) -> Result<(), DbError> {
    let values = (
        thread_followers::thread_id.eq(thread),
        thread_followers::user_id.eq(user),
        thread_followers::created_at.eq(now),
        thread_followers::told_through.eq(now),
    );
    if seen {
        on_backend!(conn, c => diesel::insert_into(thread_followers::table)
            .values(values)
            .on_conflict((thread_followers::thread_id, thread_followers::user_id))
            .do_update()
            .set(thread_followers::told_through.eq(now))
            .execute(c))?;
    } else {
        on_backend!(conn, c => diesel::insert_into(thread_followers::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c))?;
    }
    Ok(())
}

/// Stops `user` following `thread`; false if they did not.
pub fn unfollow(conn: &mut DbConnection, thread: ThreadId, user: UserId) -> Result<bool, DbError> {
    Ok(diesel::delete(
        thread_followers::table
            .filter(thread_followers::thread_id.eq(thread))
            .filter(thread_followers::user_id.eq(user)),
    )
    .execute(conn)?
        > 0)
}

pub fn is_following(
    conn: &mut DbConnection,
    thread: ThreadId,
    user: UserId,
) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        thread_followers::table
            .filter(thread_followers::thread_id.eq(thread))
            .filter(thread_followers::user_id.eq(user)),
    ))
    .get_result(conn)?)
}

/// Which of `pairs` (thread, person) are followed, among threads not removed (the worker's
/// check before a thread's email goes).
pub fn followed_among(
    conn: &mut DbConnection,
    threads_: &[ThreadId],
    users: &[UserId],
) -> Result<Vec<(ThreadId, UserId)>, DbError> {
    if threads_.is_empty() || users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(thread_followers::table
        .inner_join(threads::table)
        .filter(thread_followers::thread_id.eq_any(threads_))
        .filter(thread_followers::user_id.eq_any(users))
        .filter(threads::removed_at.is_null())
        .select((thread_followers::thread_id, thread_followers::user_id))
        .load(conn)?)
}

/// A follower who may be owed an email: the thread has activity they were not told of, and
/// their last email about it is an hour old (or there was none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable)]
pub struct Owed {
    pub thread_id: ThreadId,
    pub user_id: UserId,
    pub told_through: Timestamp,
}

/// When [`owed`] looks: threads active after `since` whose newest activity is no later than
/// `settled` (a reply waits a little for the next), and followers last emailed no later than
/// `spacing_start` (or never).
#[derive(Debug, Clone, Copy)]
pub struct OwedWindow {
    pub since: Timestamp,
    pub settled: Timestamp,
    pub spacing_start: Timestamp,
}

/// Followers owed an email, in live groups, with live accounts (one indexed range read of
/// `threads_activity`, then their followers). Each one returned is either emailed or marked
/// told by [`mark_told`], so a batch never comes back unchanged.
pub fn owed(conn: &mut DbConnection, window: OwedWindow, limit: i64) -> Result<Vec<Owed>, DbError> {
    use crate::schema::users;
    use diesel::JoinOnDsl;
    Ok(thread_followers::table
        .inner_join(threads::table)
        .inner_join(groups::table.on(groups::id.eq(threads::group_id)))
        .inner_join(users::table.on(users::id.eq(thread_followers::user_id)))
        .filter(threads::last_activity_at.gt(window.since))
        .filter(threads::last_activity_at.le(window.settled))
        .filter(threads::removed_at.is_null())
        .filter(groups::deleted_at.is_null())
        .filter(users::deleted_at.is_null())
        .filter(threads::last_activity_at.gt(thread_followers::told_through))
        .filter(
            thread_followers::last_emailed_at
                .is_null()
                .or(thread_followers::last_emailed_at.le(window.spacing_start)),
        )
        .order((thread_followers::thread_id, thread_followers::user_id))
        .limit(limit)
        .select((
            thread_followers::thread_id,
            thread_followers::user_id,
            thread_followers::told_through,
        ))
        .load(conn)?)
}

/// Records that `user` was emailed about `thread` up to `through`, if nobody else did since
/// `told_through` was read (several workers may tick at once): false when another did.
pub fn mark_told(
    conn: &mut DbConnection,
    owed: &Owed,
    through: Timestamp,
    emailed: Option<Timestamp>,
) -> Result<bool, DbError> {
    let target = thread_followers::table
        .filter(thread_followers::thread_id.eq(owed.thread_id))
        .filter(thread_followers::user_id.eq(owed.user_id))
        .filter(thread_followers::told_through.eq(owed.told_through));
    let changed = match emailed {
        Some(at) => diesel::update(target)
            .set((
                thread_followers::told_through.eq(through),
                thread_followers::last_emailed_at.eq(Some(at)),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set(thread_followers::told_through.eq(through))
            .execute(conn)?,
    };
    Ok(changed > 0)
}

/// The replies of `thread` after `after`, oldest first (removed ones left out).
pub fn replies_after(
    conn: &mut DbConnection,
    thread: ThreadId,
    after: Timestamp,
) -> Result<Vec<ReplyRow>, DbError> {
    Ok(thread_replies::table
        .filter(thread_replies::thread_id.eq(thread))
        .filter(thread_replies::created_at.gt(after))
        .filter(thread_replies::removed_at.is_null())
        .order((thread_replies::created_at.asc(), thread_replies::id.asc()))
        .select(ReplyRow::as_select())
        .load(conn)?)
}

/// How many people follow `thread`.
pub fn follower_count(conn: &mut DbConnection, thread: ThreadId) -> Result<i64, DbError> {
    Ok(thread_followers::table
        .filter(thread_followers::thread_id.eq(thread))
        .count()
        .get_result(conn)?)
}

// ----------------------------------------------------------------------------- archives

/// Every thread of the group that is not removed, oldest first, each with its replies that
/// are not removed.
pub fn for_archive(
    conn: &mut DbConnection,
    group: GroupId,
) -> Result<Vec<(ThreadRow, Vec<ReplyRow>)>, DbError> {
    let list: Vec<ThreadRow> = threads::table
        .filter(threads::group_id.eq(group))
        .filter(threads::removed_at.is_null())
        .order((threads::created_at.asc(), threads::id.asc()))
        .select(ThreadRow::as_select())
        .load(conn)?;
    let all: Vec<ReplyRow> = thread_replies::table
        .inner_join(threads::table)
        .filter(threads::group_id.eq(group))
        .filter(threads::removed_at.is_null())
        .filter(thread_replies::removed_at.is_null())
        .order((thread_replies::created_at.asc(), thread_replies::id.asc()))
        .select(ReplyRow::as_select())
        .load(conn)?;
    let mut by_thread: std::collections::HashMap<ThreadId, Vec<ReplyRow>> = Default::default();
    for reply in all {
        by_thread.entry(reply.thread_id).or_default().push(reply);
    }
    Ok(list
        .into_iter()
        .map(|t| {
            let replies = by_thread.remove(&t.id).unwrap_or_default();
            (t, replies)
        })
        .collect())
}

/// The display names of the live accounts among `ids`.
pub fn names(
    conn: &mut DbConnection,
    ids: &[UserId],
) -> Result<std::collections::HashMap<UserId, String>, DbError> {
    use crate::schema::users;
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(UserId, String)> = users::table
        .filter(users::id.eq_any(ids))
        .filter(users::deleted_at.is_null())
        .select((users::id, users::display_name))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Adds an imported reply as it was (no thread counters changed: the import sets them).
pub fn insert_imported_reply(conn: &mut DbConnection, row: &ReplyRow) -> Result<(), DbError> {
    diesel::insert_into(thread_replies::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// What a person wrote: the threads they started, and their replies with each thread's title.
pub type Written = (Vec<ThreadRow>, Vec<(ReplyRow, String)>);

/// What a person wrote (their data export), oldest first.
pub fn by_author(conn: &mut DbConnection, user: UserId) -> Result<Written, DbError> {
    let started = threads::table
        .filter(threads::author_id.eq(user))
        .order(threads::created_at.asc())
        .select(ThreadRow::as_select())
        .load(conn)?;
    let replied = thread_replies::table
        .inner_join(threads::table)
        .filter(thread_replies::author_id.eq(user))
        .filter(thread_replies::removed_at.is_null())
        .order(thread_replies::created_at.asc())
        .select((ReplyRow::as_select(), threads::title))
        .load(conn)?;
    Ok((started, replied))
}
