//! Claim links for placeholder members imported from Meetup.com: `/claim/{token}` shows who
//! the placeholder is; a signed-in person's POST attaches the history to their account (a
//! membership of the group, their past RSVPs) and uses the link up. Organizers list a group's
//! placeholders and issue a link for one through the API; `muster import meetup-claim-links`
//! issues them in bulk.

use muster_core::{
    Timestamp,
    event::{Attendance, RsvpStatus, seats_for},
    id::{PlaceholderId, RsvpId, UserId},
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
    secrets::SecretToken,
};
use muster_db::{
    DbConnection, audit, events, groups,
    memberships::{self, MembershipRow},
    placeholders::{self, PlaceholderRow},
    rsvps::{self, RsvpRow},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use crate::{App, AppError, ErrorCode, ErrorKind, groups::GroupAccess};

/// Mints a fresh claim token for an unclaimed placeholder (replacing any earlier one) and
/// returns its link; `Ok(None)` if the placeholder is gone or claimed.
pub fn issue(
    c: &mut DbConnection,
    placeholder: PlaceholderId,
    base_url: &str,
    now: Timestamp,
) -> Result<Option<String>, AppError> {
    let token = SecretToken::generate("").map_err(AppError::internal)?;
    if !placeholders::set_claim_token(c, placeholder, &token.digest(), now)? {
        return Ok(None);
    }
    Ok(Some(format!(
        "{}/claim/{}",
        base_url.trim_end_matches('/'),
        token.expose()
    )))
}

/// A placeholder as its claim page shows it.
pub struct Claimable {
    pub placeholder: PlaceholderRow,
    pub group_name: String,
    pub went: usize,
}

pub async fn claimable(app: &App, token: &str) -> Result<Claimable, AppError> {
    let digest = SecretToken::from_presented(token).digest();
    app.db
        .read(move |c| {
            let Some(placeholder) = placeholders::find_by_token(c, &digest)? else {
                return Ok(None);
            };
            let Some(group) = groups::find(c, placeholder.group_id)? else {
                return Ok(None);
            };
            let went = placeholders::rsvps_of(c, placeholder.id)?
                .iter()
                .filter(|r| r.status() == RsvpStatus::Going)
                .count();
            Ok(Some(Claimable {
                placeholder,
                group_name: group.name,
                went,
            }))
        })
        .await?
        .ok_or_else(unusable)
}

/// An unknown, forged, replaced or used link.
fn unusable() -> AppError {
    AppError::new(
        ErrorKind::NotFound,
        ErrorCode::ClaimLinkUnusable,
        "This claim link is not valid: it was used already, replaced by a newer one, or never existed. Ask the group's organizers for a new link.",
    )
}

/// The most hosts an event lists.
const MAX_HOSTS: usize = 5;

/// What a claim did.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub group_slug: String,
    /// Past RSVPs added to the account.
    pub added: usize,
    /// Events the person had answered already (their own answer kept).
    pub kept: usize,
}

/// Attaches a placeholder's history to `user`, in one transaction: an active membership
/// (the code of conduct still to accept; a ban stays a ban), each placeholder answer as the
/// person's RSVP unless they answered that event themselves, and the link used up.
pub fn claim(
    c: &mut DbConnection,
    token_digest: &str,
    user: UserId,
    now: Timestamp,
) -> Result<Claimed, AppError> {
    let Some(placeholder) = placeholders::find_by_token(c, token_digest)? else {
        return Err(unusable());
    };
    let Some(group) = groups::find(c, placeholder.group_id)? else {
        return Err(unusable());
    };
    if !placeholders::mark_claimed(c, placeholder.id, user, now)? {
        return Err(unusable());
    }
    match memberships::find(c, group.id, user)? {
        Some(m) if m.status() == MembershipStatus::Banned => {
            return Err(AppError::forbidden("You cannot take part in this group.")
                .with_code(ErrorCode::Banned));
        }
        Some(m) if m.status() == MembershipStatus::Active => {}
        Some(m) => {
            memberships::transition(
                c,
                group.id,
                user,
                m.status(),
                MembershipStatus::Active,
                Role::Member,
                now,
            )?;
        }
        None => {
            let mut row =
                MembershipRow::new(group.id, user, Role::Member, MembershipStatus::Active, now);
            // Member since they joined on Meetup.
            row.created_at = placeholder.joined_at.map_or(now, |t| t.min(now));
            memberships::insert(c, &row)?;
        }
    }
    groups::refresh_member_count(c, group.id)?;
    let (mut added, mut kept) = (0, 0);
    for answer in placeholders::rsvps_of(c, placeholder.id)? {
        if answer.host {
            // They hosted it on Meetup: they host it here (within the usual five).
            let mut hosts = events::host_ids(c, answer.event_id)?;
            if !hosts.contains(&user) && hosts.len() < MAX_HOSTS {
                hosts.push(user);
                events::set_hosts(c, answer.event_id, &hosts)?;
            }
        }
        if rsvps::find(c, answer.event_id, user)?.is_some() {
            kept += 1;
            continue;
        }
        let status = answer.status();
        let when = answer.rsvped_at.unwrap_or(now);
        placeholders::insert_claimed_rsvp(
            c,
            &RsvpRow {
                id: RsvpId::new(),
                event_id: answer.event_id,
                user_id: user,
                status,
                guests: answer.guests,
                answer: String::new(),
                waitlist_position: (status == RsvpStatus::Waitlisted).then(|| when.unix_seconds()),
                attendance: Attendance::Unknown,
                checked_in_at: None,
                created_at: when,
                updated_at: now,
            },
        )?;
        if status == RsvpStatus::Going {
            placeholders::add_seats(c, answer.event_id, seats_for(answer.guests))?;
        }
        added += 1;
    }
    audit::record(
        c,
        AuditEntry::new(group.id, AuditAction::MeetupPlaceholderClaimed)
            .by(Some(user))
            .detail(&format!(
                "{} (Meetup member {}): {added} past RSVPs added, {kept} kept",
                placeholder.name, placeholder.meetup_id
            )),
        now,
    )?;
    Ok(Claimed {
        group_slug: group.slug,
        added,
        kept,
    })
}

/// A signed-in person claims the history behind a claim link (see [`claim`]).
pub async fn claim_history(app: &App, token: &str, user: UserId) -> Result<Claimed, AppError> {
    let digest = SecretToken::from_presented(token).digest();
    let now = app.now();
    let claimed = app
        .db
        .transaction(move |c| claim(c, &digest, user, now))
        .await?;
    tracing::info!(%user, added = claimed.added, kept = claimed.kept, "placeholder claimed");
    Ok(claimed)
}

/// The group's placeholder members with the events each went to (those who moderate members).
pub async fn placeholders(
    app: &App,
    access: &GroupAccess,
) -> Result<Vec<(PlaceholderRow, i64)>, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let id = access.group.id;
    Ok(app.db.read(move |c| placeholders::list(c, id)).await?)
}

/// Issues a fresh link for a placeholder of the group (those who moderate members), with an
/// audit entry; the error says why not.
pub async fn issue_for(
    app: &App,
    access: &GroupAccess,
    id: PlaceholderId,
) -> Result<(String, String), AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let (group, actor) = (access.group.id, access.user()?.id);
    let base_url = app.config.base_url.clone();
    let now = app.now();
    app.db
        .transaction(move |c| {
            let name = match placeholders::find(c, id)? {
                Some(p) if p.group_id == group => p.name,
                _ => return Err(AppError::not_found()),
            };
            let url = issue(c, id, &base_url, now)?.ok_or_else(|| {
                AppError::conflict(
                    ErrorCode::AlreadyClaimed,
                    "This person has claimed their history already.",
                )
            })?;
            audit::record(
                c,
                AuditEntry::new(group, AuditAction::MeetupClaimLinkIssued)
                    .by(Some(actor))
                    .detail(&name),
                now,
            )?;
            Ok((name, url))
        })
        .await
}
