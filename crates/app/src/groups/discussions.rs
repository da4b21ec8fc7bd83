//! A group's discussions: members start threads (unless the organizers keep that to
//! themselves) and reply; authors edit and delete their own posts; those who moderate the
//! group pin, lock and remove (removals audited). People follow a thread by starting it,
//! replying, or asking to, and the scheduler emails them its new replies
//! ([`email_followers`]): the first within minutes, then at most one email per thread per
//! hour.

use std::{collections::HashMap, sync::Arc};

use muster_core::{
    Timestamp,
    audit::AuditAction,
    discussion::{
        PostText, REPLIES_PER_EMAIL, REPLY_EMAIL_SETTLE, REPLY_EMAIL_SPACING, ThreadTitle,
    },
    id::{ReplyId, ThreadId, UserId},
    policy::Action,
    roles::Capability,
};
use muster_db::{
    DbConnection, DbError,
    audit::{self, AuditEntry},
    discussions::{self, Owed, ReplyRow, ThreadRow},
    notifications::EmailLinkRow,
    rate_limits,
    users::{self, UserRow},
};
use muster_mail::{About, Condition, MailMessage};

use super::GroupAccess;
use crate::{
    App, AppError, ErrorCode,
    events::fields::check_participation,
    limits,
    mailer::{self, Outgoing},
};

/// Threads on a page of the list.
pub const PER_PAGE: i64 = 30;

/// Replies on a page of a thread.
pub const REPLIES_PER_PAGE: i64 = 100;

/// A thread the caller may see, with the group as the caller sees it.
#[derive(Debug, Clone)]
pub struct ThreadAccess {
    pub group: GroupAccess,
    pub thread: ThreadRow,
}

impl ThreadAccess {
    /// The thread `id` of the group, for a caller who may see the group; a removed thread,
    /// or one of another group, is not found.
    pub async fn load(app: &App, group: GroupAccess, id: &str) -> Result<ThreadAccess, AppError> {
        group.check(Action::View)?;
        let id = ThreadId::parse(id).map_err(|_| AppError::not_found())?;
        let group_id = group.group.id;
        let thread = app
            .db
            .read(move |c| discussions::find_thread(c, group_id, id))
            .await?
            .filter(|t| t.removed_at.is_none())
            .ok_or_else(AppError::not_found)?;
        Ok(ThreadAccess { group, thread })
    }

    /// The thread `id`, found by its id alone (the API's `/threads/{id}`).
    pub async fn load_by_id(
        app: &App,
        id: &str,
        caller: Option<&Arc<UserRow>>,
    ) -> Result<ThreadAccess, AppError> {
        let thread_id = ThreadId::parse(id).map_err(|_| AppError::not_found())?;
        let (thread, slug) = app
            .db
            .read(move |c| discussions::find_with_group_slug(c, thread_id))
            .await?
            .filter(|(t, _)| t.removed_at.is_none())
            .ok_or_else(AppError::not_found)?;
        // The thread is read once: the group is loaded for the caller and checked, as
        // [`ThreadAccess::load`] does.
        let group = GroupAccess::load(app, &slug, caller).await?;
        group.check(Action::View)?;
        Ok(ThreadAccess { group, thread })
    }

    /// The caller pins, locks and removes posts of the group.
    pub fn can_moderate(&self) -> bool {
        can_moderate(&self.group)
    }

    /// The caller wrote the thread's opening post.
    pub fn is_author(&self) -> bool {
        is_author(&self.group, self.thread.author_id)
    }

    /// The caller may reply: a member who accepted the code of conduct, and the thread is
    /// not locked (those who moderate reply to locked threads too).
    pub fn may_reply(&self) -> bool {
        check_participation(&self.group).is_ok() && (!self.thread.locked || self.can_moderate())
    }

    /// The thread's page.
    pub fn path(&self) -> String {
        thread_path(&self.group.group.slug, self.thread.id)
    }
}

/// `/g/{slug}/discussions/{id}`.
pub fn thread_path(slug: &str, id: ThreadId) -> String {
    format!("/g/{slug}/discussions/{id}")
}

fn can_moderate(group: &GroupAccess) -> bool {
    group.can(Action::Use(Capability::ModerateMembers))
}

fn is_author(group: &GroupAccess, author: Option<UserId>) -> bool {
    group.user.as_ref().is_some_and(|u| Some(u.id) == author)
}

/// Whether the caller may start a thread: a member who accepted the code of conduct, and —
/// when the organizers keep starting threads to themselves — one who runs the group's events.
pub fn check_may_start(group: &GroupAccess) -> Result<(), AppError> {
    check_participation(group)?;
    if group.group.threads_by_organizers && !group.can(Action::Use(Capability::ManageEvents)) {
        return Err(AppError::forbidden(
            "In this group, the organizers start discussions; members reply.",
        ));
    }
    Ok(())
}

fn parse_post(title: Option<&str>, body: &str) -> Result<(Option<String>, String), AppError> {
    let title = match title {
        Some(t) => Some(
            ThreadTitle::parse(t)
                .map_err(|e| AppError::invalid_field("title", e.0))?
                .to_string(),
        ),
        None => None,
    };
    let body = PostText::parse(body)
        .map_err(|e| AppError::invalid_field("body", e.0))?
        .to_string();
    Ok((title, body))
}

fn daily_limit(c: &mut DbConnection, user: UserId, now: Timestamp) -> Result<(), AppError> {
    let bucket = format!("posts:user:{user}");
    rate_limits::hit(c, &bucket, limits::POSTS_PER_DAY, now)?
        .map_err(|wait| AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit))
}

/// A page of the group's threads (pinned first, then the most recently active), how many
/// there are, and their authors who still have accounts.
pub async fn list(
    app: &App,
    group: &GroupAccess,
    page: i64,
) -> Result<(Vec<ThreadRow>, i64, HashMap<UserId, UserRow>), AppError> {
    group.check(Action::View)?;
    let (id, offset) = (group.group.id, (page.max(1) - 1).saturating_mul(PER_PAGE));
    Ok(app
        .db
        .read(move |c| {
            let rows = discussions::list(c, id, PER_PAGE, offset)?;
            let total = discussions::count(c, id)?;
            let authors = authors(c, rows.iter().map(|t| t.author_id))?;
            Ok((rows, total, authors))
        })
        .await?)
}

fn authors(
    c: &mut DbConnection,
    ids: impl Iterator<Item = Option<UserId>>,
) -> Result<HashMap<UserId, UserRow>, DbError> {
    let mut ids: Vec<UserId> = ids.flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(users::find_many(c, &ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// A thread as its page shows it: a page of its replies (removed ones as tombstones), the
/// authors who still have accounts, whether the caller follows it, and how many do.
pub struct ThreadPage {
    pub replies: Vec<ReplyRow>,
    /// The page shown (from 1; past the last, the last) and how many there are (at least 1).
    pub page: i64,
    pub pages: i64,
    pub authors: HashMap<UserId, UserRow>,
    pub following: bool,
    pub followers: i64,
}

/// The thread's page `page` of replies (`None`: the last, where the newest are).
pub async fn load_page(
    app: &App,
    access: &ThreadAccess,
    page: Option<i64>,
) -> Result<ThreadPage, AppError> {
    let (thread, author) = (access.thread.id, access.thread.author_id);
    let me = access.group.user.as_ref().map(|u| u.id);
    Ok(app
        .db
        .read(move |c| {
            let total = discussions::reply_total(c, thread)?;
            let pages = ((total + REPLIES_PER_PAGE - 1) / REPLIES_PER_PAGE).max(1);
            let page = page.unwrap_or(pages).clamp(1, pages);
            let offset = (page - 1) * REPLIES_PER_PAGE;
            let replies = discussions::replies(c, thread, REPLIES_PER_PAGE, offset)?;
            let ids = replies.iter().map(|r| r.author_id).chain([author]);
            let authors = authors(c, ids)?;
            let following = match me {
                Some(me) => discussions::is_following(c, thread, me)?,
                None => false,
            };
            let followers = discussions::follower_count(c, thread)?;
            Ok(ThreadPage {
                replies,
                page,
                pages,
                authors,
                following,
                followers,
            })
        })
        .await?)
}

/// Starts a thread; its author follows it.
pub async fn start(
    app: &App,
    group: &GroupAccess,
    title: &str,
    body: &str,
) -> Result<ThreadRow, AppError> {
    check_may_start(group)?;
    let (title, body) = parse_post(Some(title), body)?;
    let (user, now) = (group.user()?.id, app.now());
    let row = ThreadRow {
        id: ThreadId::new(),
        group_id: group.group.id,
        author_id: Some(user),
        title: title.unwrap_or_default(),
        body_html: muster_core::markdown::to_safe_html(&body),
        body,
        pinned: false,
        locked: false,
        reply_count: 0,
        created_at: now,
        edited_at: None,
        last_activity_at: now,
        removed_at: None,
        removed_by: None,
        imported_author: String::new(),
    };
    app.db
        .transaction(move |c| {
            daily_limit(c, user, now)?;
            discussions::insert_thread(c, &row)?;
            discussions::follow(c, row.id, user, now, true)?;
            Ok(row)
        })
        .await
}

/// Replies to a thread; the replier follows it (and is not emailed what came before).
pub async fn reply(app: &App, access: &ThreadAccess, body: &str) -> Result<ReplyRow, AppError> {
    check_participation(&access.group)?;
    let moderator = access.can_moderate();
    let (_, body) = parse_post(None, body)?;
    let (user, now, thread) = (access.group.user()?.id, app.now(), access.thread.id);
    let group = access.group.group.id;
    app.db
        .transaction(move |c| {
            // Read again under the thread's row lock: a lock or removal a moment ago counts,
            // and replies arriving together are ordered.
            discussions::lock_thread(c, thread)?;
            let current = discussions::find_thread(c, group, thread)?
                .filter(|t| t.removed_at.is_none())
                .ok_or_else(AppError::not_found)?;
            if current.locked && !moderator {
                return Err(AppError::conflict(
                    ErrorCode::ThreadLocked,
                    "This discussion is locked: it takes no new replies.",
                ));
            }
            daily_limit(c, user, now)?;
            // Replies in one thread are strictly ordered, even within one clock tick: each
            // comes after everything followers were told of.
            let created_at = now.max(current.last_activity_at + chrono::Duration::microseconds(1));
            let row = ReplyRow {
                id: ReplyId::new(),
                thread_id: thread,
                author_id: Some(user),
                body_html: muster_core::markdown::to_safe_html(&body),
                body,
                created_at,
                edited_at: None,
                removed_at: None,
                removed_by: None,
                imported_author: String::new(),
            };
            discussions::insert_reply(c, &row)?;
            discussions::follow(c, thread, user, created_at, true)?;
            Ok(row)
        })
        .await
}

fn only_the_author() -> AppError {
    AppError::forbidden("Only its author can edit a post.")
}

/// Changes a thread's title and opening post (its author).
pub async fn edit_thread(
    app: &App,
    access: &ThreadAccess,
    title: &str,
    body: &str,
) -> Result<(), AppError> {
    if !access.is_author() {
        return Err(only_the_author());
    }
    check_participation(&access.group)?;
    let (title, body) = parse_post(Some(title), body)?;
    let (id, now) = (access.thread.id, app.now());
    let edited = app
        .db
        .write(move |c| discussions::edit_thread(c, id, &title.unwrap_or_default(), &body, now))
        .await?;
    if !edited {
        return Err(AppError::not_found());
    }
    Ok(())
}

/// The reply `reply` of the thread, not removed.
async fn find_reply(app: &App, access: &ThreadAccess, reply: &str) -> Result<ReplyRow, AppError> {
    let reply = ReplyId::parse(reply).map_err(|_| AppError::not_found())?;
    let thread = access.thread.id;
    app.db
        .read(move |c| discussions::find_reply(c, thread, reply))
        .await?
        .filter(|r| r.removed_at.is_none())
        .ok_or_else(AppError::not_found)
}

/// The reply the caller may edit: their own, not removed.
pub async fn reply_to_edit(
    app: &App,
    access: &ThreadAccess,
    reply: &str,
) -> Result<ReplyRow, AppError> {
    let row = find_reply(app, access, reply).await?;
    if !is_author(&access.group, row.author_id) {
        return Err(only_the_author());
    }
    Ok(row)
}

/// Changes a reply's text (its author).
pub async fn edit_reply(
    app: &App,
    access: &ThreadAccess,
    reply: &str,
    body: &str,
) -> Result<ReplyRow, AppError> {
    let mut row = reply_to_edit(app, access, reply).await?;
    check_participation(&access.group)?;
    let (_, body) = parse_post(None, body)?;
    let (id, now) = (row.id, app.now());
    let stored = body.clone();
    let edited = app
        .db
        .write(move |c| discussions::edit_reply(c, id, &stored, now))
        .await?;
    if !edited {
        return Err(AppError::not_found());
    }
    row.body_html = muster_core::markdown::to_safe_html(&body);
    row.body = body;
    row.edited_at = Some(now);
    Ok(row)
}

fn only_author_or_moderators() -> AppError {
    AppError::forbidden("Only its author or the group's moderators can remove a post.")
}

/// Removes a thread: its author, or those who moderate the group (audited).
pub async fn remove_thread(app: &App, access: &ThreadAccess) -> Result<(), AppError> {
    let own = access.is_author();
    if !own && !access.can_moderate() {
        return Err(only_author_or_moderators());
    }
    let (user, now) = (access.group.user()?.id, app.now());
    let (thread, group) = (access.thread.clone(), access.group.group.id);
    app.db
        .transaction(move |c| {
            if discussions::remove_thread(c, thread.id, user, now)? && !own {
                audit::record(
                    c,
                    AuditEntry::new(group, AuditAction::ThreadRemoved)
                        .by(Some(user))
                        .about(thread.author_id)
                        .detail(&thread.title),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

/// Removes a reply: its author, or those who moderate the group (audited).
pub async fn remove_reply(app: &App, access: &ThreadAccess, reply: &str) -> Result<(), AppError> {
    let row = find_reply(app, access, reply).await?;
    let own = is_author(&access.group, row.author_id);
    if !own && !access.can_moderate() {
        return Err(only_author_or_moderators());
    }
    let (user, now) = (access.group.user()?.id, app.now());
    let (thread, group, title) = (
        access.thread.id,
        access.group.group.id,
        access.thread.title.clone(),
    );
    app.db
        .transaction(move |c| {
            if discussions::remove_reply(c, thread, row.id, user, now)? && !own {
                audit::record(
                    c,
                    AuditEntry::new(group, AuditAction::ReplyRemoved)
                        .by(Some(user))
                        .about(row.author_id)
                        .detail(&title),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

/// Pins or unpins, locks or unlocks a thread (those who moderate the group; audited). `None`
/// keeps a flag as it is.
pub async fn moderate(
    app: &App,
    access: &ThreadAccess,
    pinned: Option<bool>,
    locked: Option<bool>,
) -> Result<ThreadRow, AppError> {
    access
        .group
        .check(Action::Use(Capability::ModerateMembers))?;
    let mut thread = access.thread.clone();
    let pinned = pinned.unwrap_or(thread.pinned);
    let locked = locked.unwrap_or(thread.locked);
    if (pinned, locked) == (thread.pinned, thread.locked) {
        return Ok(thread);
    }
    let (user, now, group) = (access.group.user()?.id, app.now(), access.group.group.id);
    let detail = format!(
        "{}: {}, {}",
        thread.title,
        if pinned { "pinned" } else { "not pinned" },
        if locked { "locked" } else { "open" }
    );
    let id = thread.id;
    app.db
        .transaction(move |c| {
            discussions::set_flags(c, id, pinned, locked)?;
            audit::record(
                c,
                AuditEntry::new(group, AuditAction::ThreadModerated)
                    .by(Some(user))
                    .detail(&detail),
                now,
            )?;
            Ok::<_, AppError>(())
        })
        .await?;
    thread.pinned = pinned;
    thread.locked = locked;
    Ok(thread)
}

/// Follows a thread: its new replies are emailed (members only).
pub async fn follow(app: &App, access: &ThreadAccess) -> Result<(), AppError> {
    access.group.check(Action::Participate)?;
    let (user, now, thread) = (access.group.user()?.id, app.now(), access.thread.id);
    app.db
        .write(move |c| discussions::follow(c, thread, user, now, false))
        .await?;
    Ok(())
}

/// Stops following a thread.
pub async fn unfollow(app: &App, access: &ThreadAccess) -> Result<(), AppError> {
    let (user, thread) = (access.group.user()?.id, access.thread.id);
    app.db
        .write(move |c| discussions::unfollow(c, thread, user))
        .await?;
    Ok(())
}

/// "Stop following this thread" from an email: at once, by the link alone. Returns the
/// thread's title ("" when the thread is gone: then there was nothing to stop).
pub async fn unfollow_by_link(app: &App, link: &EmailLinkRow) -> Result<String, AppError> {
    let (user, thread, hash, now) = (
        link.user_id,
        link.thread_id.ok_or_else(AppError::not_found)?,
        link.token_hash.clone(),
        app.now(),
    );
    app.db
        .write(move |c| {
            let title = discussions::find_with_group_slug(c, thread)?
                .map(|(t, _)| t.title)
                .unwrap_or_default();
            discussions::unfollow(c, thread, user)?;
            muster_db::notifications::mark_link_used(c, &hash, now)?;
            Ok(title)
        })
        .await
        .map_err(AppError::from)
}

/// The thread a "stop following" link names ("" when it is gone).
pub async fn link_thread_title(app: &App, link: &EmailLinkRow) -> Result<String, AppError> {
    let thread = link.thread_id.ok_or_else(AppError::not_found)?;
    Ok(app
        .db
        .read(move |c| discussions::find_with_group_slug(c, thread))
        .await?
        .map(|(t, _)| t.title)
        .unwrap_or_default())
}

/// Keeps starting threads to the people who run the group's events, or opens it to every
/// member (those who manage the group; audited as a settings change).
pub async fn set_starters(
    app: &App,
    group: &GroupAccess,
    organizers_only: bool,
) -> Result<(), AppError> {
    group.check(Action::Use(Capability::ManageGroup))?;
    let (id, user, now) = (group.group.id, group.user()?.id, app.now());
    app.db
        .transaction(move |c| {
            muster_db::groups::set_threads_by_organizers(c, id, organizers_only, now)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::SettingsChanged)
                    .by(Some(user))
                    .detail(if organizers_only {
                        "discussions: organizers start threads"
                    } else {
                        "discussions: members start threads"
                    }),
                now,
            )?;
            Ok(())
        })
        .await
}

// ----------------------------------------------------------------------------- emails

/// Followers handled per write.
pub const FOLLOWERS_PER_WRITE: usize = 50;

/// How far back the scheduler looks for threads with replies to email: a worker that was
/// down this long does not email older replies.
pub const LOOKBACK: chrono::Duration = chrono::Duration::days(2);

/// When [`email_followers`] looks, at `now`.
pub fn owed_window(now: Timestamp) -> discussions::OwedWindow {
    discussions::OwedWindow {
        since: now - LOOKBACK,
        settled: now - REPLY_EMAIL_SETTLE,
        spacing_start: now - REPLY_EMAIL_SPACING,
    }
}

/// Emails followers the replies they were not told of, once the thread has been quiet for a
/// couple of minutes and their last email about it is an hour old: up to
/// [`FOLLOWERS_PER_WRITE`] followers, each emailed or marked told (their own replies, removed
/// ones). Safe to run on several workers at once: each follower's progress is claimed with a
/// conditional update. Returns (followers handled, emails queued): fewer handled than the
/// batch means nobody else is owed one now.
pub fn email_followers(c: &mut DbConnection, now: Timestamp) -> Result<(usize, usize), DbError> {
    let owed = discussions::owed(c, owed_window(now), FOLLOWERS_PER_WRITE as i64)?;
    let handled = owed.len();
    let mut queued = 0;
    let mut threads: HashMap<ThreadId, Option<(ThreadRow, muster_db::groups::GroupRow)>> =
        HashMap::new();
    for owed in owed {
        let found = match threads.entry(owed.thread_id) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => {
                let found = match discussions::find_with_group_slug(c, owed.thread_id)? {
                    Some((thread, slug)) => {
                        muster_db::groups::find_by_slug(c, &slug)?.map(|group| (thread, group))
                    }
                    None => None,
                };
                new.insert(found)
            }
        };
        let Some((thread, group)) = found else {
            continue;
        };
        queued += email_one(c, &owed, thread, group, now)?;
    }
    Ok((handled, queued))
}

/// One follower's email, if it is due: 1 when queued.
fn email_one(
    c: &mut DbConnection,
    owed: &Owed,
    thread: &ThreadRow,
    group: &muster_db::groups::GroupRow,
    now: Timestamp,
) -> Result<usize, DbError> {
    let replies = discussions::replies_after(c, owed.thread_id, owed.told_through)?;
    let newest = replies
        .last()
        .map_or(thread.last_activity_at, |r| r.created_at);
    let others: Vec<&ReplyRow> = replies
        .iter()
        .filter(|r| r.author_id != Some(owed.user_id))
        .collect();
    let person = users::find(c, owed.user_id)?;
    let (Some(person), false) = (person, others.is_empty()) else {
        // Only their own replies, or removed ones: nothing to tell.
        discussions::mark_told(c, owed, newest, None)?;
        return Ok(0);
    };
    if !discussions::mark_told(c, owed, newest, Some(now))? {
        return Ok(0);
    }
    let names = authors(c, others.iter().map(|r| r.author_id))?;
    let skip = others.len().saturating_sub(REPLIES_PER_EMAIL);
    let quoted: Vec<(String, String)> = others[skip..]
        .iter()
        .map(|r| {
            let name = r
                .author_id
                .and_then(|id| names.get(&id))
                .map(|u| u.display_name.clone())
                .unwrap_or_default();
            (name, r.body.clone())
        })
        .collect();
    let message = MailMessage::ThreadReplies {
        name: person.display_name.clone(),
        group_name: group.name.clone(),
        group_slug: group.slug.clone(),
        thread_title: thread.title.clone(),
        // The last page of replies, where the new ones are.
        thread_path: format!("{}?page=last", thread_path(&group.slug, thread.id)),
        replies: quoted,
        more: i64::try_from(skip).unwrap_or(i64::MAX),
    };
    let email = Outgoing::to_user(&person, message).about(About {
        user_id: person.id,
        group_id: group.id,
        event_id: None,
        still: Condition::Following {
            thread_id: thread.id,
        },
    });
    mailer::enqueue(c, email, now)?;
    Ok(1)
}
