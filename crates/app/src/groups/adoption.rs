//! Adopting a group that went quiet: a verified person asks to take over a dormant group or an
//! unclaimed directory entry; the group's organizers (if it has any) are emailed and may
//! refuse during a grace period; after it (at once for an unclaimed entry) an instance
//! administrator approves or rejects, and an approved requester becomes an organizer. Every
//! step is written to the group's audit log. Instance administrators also restore deleted
//! groups here, for [`RESTORE_WINDOW_DAYS`] days.

use chrono::Duration;
use muster_core::{
    Timestamp,
    group::RESTORE_WINDOW_DAYS,
    id::{AdoptionRequestId, UserId},
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    DbConnection, DbError,
    adoptions::{self, AdoptionRow, AdoptionStatus},
    audit,
    groups::{self, GroupRow},
    memberships::{self, MembershipRow},
    rate_limits,
    users::{self, UserRow},
};
use muster_mail::MailMessage;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use crate::{
    App, AppError, ErrorCode, limits,
    mailer::{self, Outgoing},
};

/// Longest message a requester may write.
pub(crate) const MAX_MESSAGE_CHARS: usize = 2000;

/// How long the organizers' refusal holds: the same person may not ask to adopt the group
/// again for this many days, unless the organizers lift it.
pub const REFUSAL_HOLDS_DAYS: i64 = 90;

/// A deadline as `reader` reads it: date and time in their zone.
pub fn moment_for(t: Timestamp, reader: &UserRow) -> String {
    muster_core::event::moment_text(t, reader.timezone())
}

/// Until when a refused request keeps its person from asking again; `None` if it does not
/// (not refused, lifted, or the hold is over at `now`).
pub fn refusal_holds_until(row: &AdoptionRow, now: Timestamp) -> Option<Timestamp> {
    if row.status != AdoptionStatus::Refused || row.refusal_lifted_at.is_some() {
        return None;
    }
    let until = row.decided_at? + Duration::days(REFUSAL_HOLDS_DAYS);
    (until > now).then_some(until)
}

pub fn day(t: Timestamp) -> String {
    t.as_datetime().format("%a %-d %b %Y").to_string()
}

/// Whether `group` may be adopted at `now`: it is an unclaimed directory entry, or it has been
/// dormant for `dormant_months`.
pub fn adoptable_at(group: &GroupRow, now: Timestamp, dormant_months: u32) -> bool {
    group.is_unclaimed_listing() || group.is_dormant(now, dormant_months)
}

/// Whether `group` may be adopted now.
pub fn adoptable(group: &GroupRow, app: &App) -> bool {
    adoptable_at(group, app.now(), app.config.dormant_after_months)
}

pub(crate) fn not_adoptable(group: &GroupRow, dormant_months: u32) -> AppError {
    AppError::conflict(
        ErrorCode::NotAdoptable,
        format!(
            "{} is active: it has had or planned an event within the last {} months. Only \
             dormant groups and unclaimed listings can be adopted.",
            group.name, dormant_months
        ),
    )
}

/// Who may refuse a request and is told about it: the organizers and co-organizers.
pub(crate) fn deciders(conn: &mut DbConnection, group: &GroupRow) -> Result<Vec<UserRow>, DbError> {
    Ok(memberships::organizers(conn, group.id)?
        .into_iter()
        .filter(|(m, _)| m.role().can(Capability::ManageGroup))
        .map(|(_, u)| u)
        .collect())
}

pub(crate) fn decided_mail(
    requester: &UserRow,
    group: &GroupRow,
    outcome: AdoptionStatus,
    reason: &str,
) -> Outgoing {
    Outgoing::to_user(
        requester,
        MailMessage::AdoptionDecided {
            name: requester.display_name.clone(),
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            outcome: outcome.as_str().to_owned(),
            reason: reason.to_owned(),
        },
    )
}

/// Decides a pending request as `status` for `reason`, records `action` in the group's audit
/// log and emails the person who asked. False, with nothing written, if it was no longer
/// pending (decided or withdrawn meanwhile).
pub(crate) fn conclude(
    c: &mut DbConnection,
    row: &AdoptionRow,
    group: &GroupRow,
    (status, action): (AdoptionStatus, AuditAction),
    by: UserId,
    reason: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    if !adoptions::decide(c, row.id, status, Some(by), reason, now)? {
        return Ok(false);
    }
    audit::record(
        c,
        AuditEntry::new(group.id, action)
            .by(Some(by))
            .about(Some(row.requested_by))
            .detail(reason),
        now,
    )?;
    if let Some(person) = users::find(c, row.requested_by)? {
        mailer::enqueue(c, decided_mail(&person, group, status, reason), now)?;
    }
    Ok(true)
}

/// Makes the adopter an active organizer of the group who has accepted its code of conduct,
/// whether or not they were a member before.
fn seat_as_organizer(
    c: &mut DbConnection,
    group: &GroupRow,
    requester: &UserRow,
    existing: Option<MembershipRow>,
    now: Timestamp,
) -> Result<(), DbError> {
    let was_member = existing.is_some();
    let mut membership = existing.unwrap_or_else(|| {
        MembershipRow::new(
            group.id,
            requester.id,
            Role::Organizer,
            MembershipStatus::Active,
            now,
        )
    });
    membership.role = Role::Organizer;
    membership.status = MembershipStatus::Active;
    membership.conduct_version = Some(group.conduct_version);
    membership.conduct_accepted_at = Some(now);
    if was_member {
        memberships::save(c, &membership, now)?;
    } else {
        memberships::insert(c, &membership)?;
    }
    groups::refresh_member_count(c, group.id).map(|_| ())
}

/// Tells the group's other organizers that `adopter` now runs the group with them.
fn tell_organizers_approved(
    c: &mut DbConnection,
    group: &GroupRow,
    adopter: &UserRow,
    organizers: &[UserRow],
    now: Timestamp,
) -> Result<(), DbError> {
    for organizer in organizers {
        let told = MailMessage::AdoptionApproved {
            name: organizer.display_name.clone(),
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            adopter_name: adopter.display_name.clone(),
        };
        mailer::enqueue(c, Outgoing::to_user(organizer, told), now)?;
    }
    Ok(())
}

/// The routes already refuse non-administrators; the services check again for other callers.
pub(crate) fn require_admin(user: &UserRow) -> Result<(), AppError> {
    if user.is_admin {
        Ok(())
    } else {
        Err(AppError::admins_only())
    }
}

pub fn parse_id(text: &str) -> Result<AdoptionRequestId, AppError> {
    AdoptionRequestId::parse(text).map_err(|_| AppError::not_found())
}

pub(crate) fn reason_text(reason: &str) -> Result<String, AppError> {
    let reason = reason.trim();
    if reason.chars().count() > MAX_MESSAGE_CHARS {
        return Err(AppError::invalid_field(
            "reason",
            format!("Keep it under {MAX_MESSAGE_CHARS} characters."),
        ));
    }
    Ok(reason.to_owned())
}

/// Whether the caller may ask now, given their latest request for the group: not while one is
/// waiting, nor while the organizers' refusal holds.
fn may_ask_again(
    latest: Option<&AdoptionRow>,
    user: &UserRow,
    now: Timestamp,
) -> Result<(), AppError> {
    if latest.is_some_and(AdoptionRow::is_pending) {
        return Err(AppError::conflict(
            ErrorCode::AdoptionPending,
            "You have already asked to adopt this group; your request is waiting.",
        ));
    }
    if let Some(until) = latest.and_then(|r| refusal_holds_until(r, now)) {
        return Err(AppError::conflict(
            ErrorCode::AdoptionRefused,
            format!(
                "The group's organizers refused your request. You can ask again from {}, or \
                 sooner if they lift their refusal.",
                moment_for(until, user)
            ),
        ));
    }
    Ok(())
}

/// Emails each organizer that `user` asked to adopt the group, with the refusal deadline in
/// the organizer's own zone, and records that they were told.
fn notify_organizers(
    c: &mut DbConnection,
    group: &GroupRow,
    user: &UserRow,
    row: &AdoptionRow,
    organizers: &[UserRow],
    now: Timestamp,
) -> Result<(), DbError> {
    for organizer in organizers {
        let message = MailMessage::AdoptionRequested {
            group_name: group.name.clone(),
            group_slug: group.slug.clone(),
            requester_name: user.display_name.clone(),
            message: row.message.clone(),
            until: moment_for(row.grace_ends_at, organizer),
        };
        mailer::enqueue(c, Outgoing::to_user(organizer, message), now)?;
        audit::record(
            c,
            AuditEntry::new(group.id, AuditAction::AdoptionOrganizerNotified)
                .about(Some(organizer.id)),
            now,
        )?;
    }
    Ok(())
}

/// Asks to adopt the group. Organizers (if any) are emailed and have the grace period to
/// refuse; an unclaimed listing's request is ready for an administrator at once.
pub async fn ask(app: &App, access: &GroupAccess, message: &str) -> Result<AdoptionRow, AppError> {
    access.check(Action::AskToAdopt)?;
    let user = access.user()?.clone();
    if !user.is_verified() {
        return Err(AppError::forbidden(
            "Please confirm your email address first: use the link we sent you.",
        )
        .with_code(ErrorCode::EmailNotVerified));
    }
    if !adoptable(&access.group, app) {
        return Err(not_adoptable(
            &access.group,
            app.config.dormant_after_months,
        ));
    }
    let message = message.trim().to_owned();
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Err(AppError::invalid_field(
            "message",
            format!("Keep it under {MAX_MESSAGE_CHARS} characters."),
        ));
    }
    let now = app.now();
    let grace = Duration::days(i64::from(app.config.adoption_grace_days));
    let group = access.group.clone();
    let bucket = format!("adoptions:user:{}", user.id);
    let row = app
        .db
        .transaction(move |c| {
            groups::lock(c, group.id)?;
            let latest = adoptions::latest_by(c, group.id, user.id)?;
            may_ask_again(latest.as_ref(), &user, now)?;
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::ADOPTIONS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            let organizers = deciders(c, &group)?;
            let row = AdoptionRow {
                id: AdoptionRequestId::new(),
                group_id: group.id,
                requested_by: user.id,
                message: message.clone(),
                status: AdoptionStatus::Pending,
                created_at: now,
                grace_ends_at: if organizers.is_empty() {
                    now
                } else {
                    now + grace
                },
                decided_by: None,
                decided_at: None,
                reason: String::new(),
                refusal_lifted_at: None,
            };
            adoptions::insert(c, &row)?;
            let detail = if organizers.is_empty() {
                "no organizers: ready for an administrator".to_owned()
            } else {
                format!("organizers may refuse until {}", day(row.grace_ends_at))
            };
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::AdoptionRequested)
                    .by(Some(user.id))
                    .about(Some(user.id))
                    .detail(&detail),
                now,
            )?;
            notify_organizers(c, &group, &user, &row, &organizers, now)?;
            Ok(row)
        })
        .await?;
    tracing::info!(group = %row.group_id, request = %row.id, "adoption requested");
    Ok(row)
}

/// The caller takes back their pending request.
pub async fn withdraw(app: &App, access: &GroupAccess) -> Result<(), AppError> {
    access.check(Action::View)?;
    let user = access.user()?.id;
    let (group, now) = (access.group.id, app.now());
    app.db
        .transaction(move |c| {
            let Some(row) = adoptions::latest_by(c, group, user)?.filter(AdoptionRow::is_pending)
            else {
                return Err(AppError::conflict(
                    ErrorCode::NoAdoptionRequest,
                    "You have no pending request to adopt this group.",
                ));
            };
            if adoptions::decide(c, row.id, AdoptionStatus::Withdrawn, Some(user), "", now)? {
                audit::record(
                    c,
                    AuditEntry::new(group, AuditAction::AdoptionWithdrawn)
                        .by(Some(user))
                        .about(Some(user)),
                    now,
                )?;
            }
            Ok(())
        })
        .await
}

/// An organizer refuses a pending request, within the grace period.
pub async fn refuse(
    app: &App,
    access: &GroupAccess,
    id: AdoptionRequestId,
    reason: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let reason = reason_text(reason)?;
    let me = access.user()?.clone();
    let (group, now) = (access.group.clone(), app.now());
    app.db
        .transaction(move |c| {
            let Some(row) = adoptions::find(c, id)?.filter(|r| r.group_id == group.id) else {
                return Err(AppError::not_found());
            };
            if !row.is_pending() {
                return Err(already_decided(&row));
            }
            if now >= row.grace_ends_at {
                return Err(AppError::conflict(
                    ErrorCode::GracePeriodOver,
                    format!(
                        "The time to refuse ended {}; an administrator decides now.",
                        moment_for(row.grace_ends_at, &me)
                    ),
                ));
            }
            let me = me.id;
            let refused = (AdoptionStatus::Refused, AuditAction::AdoptionRefused);
            if !conclude(c, &row, &group, refused, me, &reason, now)? {
                return Err(already_decided(&row));
            }
            Ok(())
        })
        .await?;
    Ok(())
}

pub(crate) fn already_decided(row: &AdoptionRow) -> AppError {
    AppError::conflict(
        ErrorCode::AdoptionDecided,
        format!(
            "This request is no longer pending: it was {}.",
            row.status.as_str()
        ),
    )
}

/// An organizer lifts their refusal of a request: its person may ask again at once.
pub async fn lift_refusal(
    app: &App,
    access: &GroupAccess,
    id: AdoptionRequestId,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let me = access.user()?.id;
    let (group, now) = (access.group.id, app.now());
    app.db
        .transaction(move |c| {
            let Some(row) = adoptions::find(c, id)?.filter(|r| r.group_id == group) else {
                return Err(AppError::not_found());
            };
            if refusal_holds_until(&row, now).is_none() {
                return Err(AppError::conflict(
                    ErrorCode::AdoptionDecided,
                    "There is no refusal of this request in force to lift.",
                ));
            }
            adoptions::lift_refusal(c, row.id, now)?;
            audit::record(
                c,
                AuditEntry::new(group, AuditAction::AdoptionRefusalLifted)
                    .by(Some(me))
                    .about(Some(row.requested_by)),
                now,
            )?;
            Ok(())
        })
        .await
}

/// An administrator approves a request whose grace period has passed: the requester becomes
/// an organizer, and the group's other pending requests are closed.
pub async fn approve(app: &App, admin: &UserRow, id: AdoptionRequestId) -> Result<(), AppError> {
    require_admin(admin)?;
    let (me, now) = (admin.id, app.now());
    let admin = admin.clone();
    let months = app.config.dormant_after_months;
    app.db
        .transaction(move |c| {
            let Some(row) = adoptions::find(c, id)? else {
                return Err(AppError::not_found());
            };
            let Some(group) = groups::find(c, row.group_id)? else {
                return Err(AppError::not_found());
            };
            groups::lock(c, group.id)?;
            // Read again under the group's lock: another administrator may have approved a
            // request for this group, or the person withdrawn, since the first read.
            let Some(row) = adoptions::find(c, id)? else {
                return Err(AppError::not_found());
            };
            if !row.is_pending() {
                return Err(already_decided(&row));
            }
            if now < row.grace_ends_at {
                return Err(AppError::conflict(
                    ErrorCode::GracePeriod,
                    format!(
                        "The group's organizers can refuse this request until {}. Approve it \
                         after that.",
                        moment_for(row.grace_ends_at, &admin)
                    ),
                ));
            }
            if !adoptable_at(&group, now, months) {
                return Err(not_adoptable(&group, months));
            }
            let Some(requester) = users::find(c, row.requested_by)? else {
                return Err(AppError::conflict(
                    ErrorCode::RequesterGone,
                    "The person who asked has deleted their account.",
                ));
            };
            let existing = memberships::find(c, group.id, requester.id)?;
            let others: Vec<UserRow> = deciders(c, &group)?
                .into_iter()
                .filter(|u| u.id != requester.id)
                .collect();
            if existing.as_ref().map(MembershipRow::status) == Some(MembershipStatus::Banned) {
                return Err(AppError::conflict(
                    ErrorCode::RequesterBanned,
                    "The person who asked is banned from this group.",
                ));
            }
            // Decided first, and only if still pending: of two approvals racing, one wins.
            if !adoptions::decide(c, id, AdoptionStatus::Approved, Some(me), "", now)? {
                return Err(AppError::conflict(
                    ErrorCode::AdoptionDecided,
                    "This request is no longer pending: it was decided or withdrawn a moment ago.",
                ));
            }
            seat_as_organizer(c, &group, &requester, existing, now)?;
            // Adopted is active: the group is no longer dormant, whenever it last met.
            groups::set_revived(c, group.id, now)?;
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::AdoptionApproved)
                    .by(Some(me))
                    .about(Some(requester.id))
                    .detail("now an organizer"),
                now,
            )?;
            let mail = decided_mail(&requester, &group, AdoptionStatus::Approved, "");
            mailer::enqueue(c, mail, now)?;
            tell_organizers_approved(c, &group, &requester, &others, now)?;
            let closed = "Another request to adopt the group was approved.";
            for other in adoptions::pending_for_group(c, group.id)? {
                let rejected = (AdoptionStatus::Rejected, AuditAction::AdoptionClosed);
                conclude(c, &other, &group, rejected, me, closed, now)?;
            }
            Ok(())
        })
        .await?;
    tracing::info!(request = %id, "adoption approved");
    Ok(())
}

/// An administrator rejects a pending request.
pub async fn reject(
    app: &App,
    admin: &UserRow,
    id: AdoptionRequestId,
    reason: &str,
) -> Result<(), AppError> {
    require_admin(admin)?;
    let reason = reason_text(reason)?;
    let (me, now) = (admin.id, app.now());
    app.db
        .transaction(move |c| {
            let Some(row) = adoptions::find(c, id)? else {
                return Err(AppError::not_found());
            };
            let Some(group) = groups::find(c, row.group_id)? else {
                return Err(AppError::not_found());
            };
            let rejected = (AdoptionStatus::Rejected, AuditAction::AdoptionRejected);
            if !conclude(c, &row, &group, rejected, me, &reason, now)? {
                return Err(already_decided(&row));
            }
            Ok(())
        })
        .await?;
    Ok(())
}

/// The oldest moment a deleted group may have been deleted and still be restored.
pub fn restore_cutoff(now: Timestamp) -> Timestamp {
    now - Duration::days(RESTORE_WINDOW_DAYS)
}

/// An administrator restores a group deleted less than [`RESTORE_WINDOW_DAYS`] days ago: the
/// group, its events, members and history are back as they were.
pub async fn restore(app: &App, admin: &UserRow, slug: &str) -> Result<GroupRow, AppError> {
    require_admin(admin)?;
    let (me, now, slug) = (admin.id, app.now(), slug.to_owned());
    app.db
        .transaction(move |c| {
            let Some(group) = adoptions::find_deleted_by_slug(c, &slug)? else {
                if groups::find_by_slug(c, &slug)?.is_some() {
                    return Err(AppError::conflict(
                        ErrorCode::NotDeleted,
                        "That group is not deleted.",
                    ));
                }
                return Err(AppError::not_found());
            };
            let deleted_at = group.deleted_at.unwrap_or(now);
            if deleted_at < restore_cutoff(now) {
                return Err(AppError::gone(
                    ErrorCode::RestoreWindowOver,
                    format!(
                        "{} was deleted on {}, more than {RESTORE_WINDOW_DAYS} days ago, so it \
                         can no longer be restored here. Its data is still in the database: \
                         the operator of this site can help.",
                        group.name,
                        day(deleted_at)
                    ),
                ));
            }
            adoptions::undelete(c, group.id, now)?;
            audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::GroupRestored)
                    .by(Some(me))
                    .detail(&format!("deleted on {}", day(deleted_at))),
                now,
            )?;
            groups::find(c, group.id)?.ok_or_else(AppError::not_found)
        })
        .await
}
