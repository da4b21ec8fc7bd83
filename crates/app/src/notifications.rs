//! Email preferences, one-click unsubscribe, a reminder's "still coming" / "can't make it",
//! organizers' messages and "announce now".

use std::collections::BTreeMap;

use muster_core::{
    event::{EventStatus, RsvpStatus},
    id::UserId,
    notify::{ReminderHours, Topic},
    policy::{Action, MembershipStatus},
    roles::Capability,
    secrets::SecretToken,
    text::single_line,
};
use muster_db::{
    events::{
        EventRow,
        Listing::{Past, Upcoming},
    },
    groups, memberships,
    notifications::{self, Audience, EmailLinkRow, LinkPurpose, Prefs},
    rate_limits,
};
use muster_mail::{About, Condition, MailMessage};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use crate::{
    App, AppError, ErrorCode,
    events::{EventAccess, rsvp},
    groups::GroupAccess,
    mailer::{self, Outgoing},
};

/// Organizer messages per group per day.
pub const MESSAGES_PER_GROUP_PER_DAY: muster_db::rate_limits::Limit =
    muster_db::rate_limits::Limit {
        max: 5,
        window: chrono::Duration::days(1),
    };

// ----------------------------------------------------------------------------- email links

/// The live link of one of `purposes` behind `token`, or not found (unknown, expired,
/// revoked).
pub async fn email_link(
    app: &App,
    token: &str,
    purposes: &[LinkPurpose],
) -> Result<EmailLinkRow, AppError> {
    let hash = SecretToken::from_presented(token).digest();
    let now = app.now();
    let row = app
        .db
        .read(move |c| notifications::find_link(c, &hash, now))
        .await?
        .ok_or_else(AppError::not_found)?;
    match row.purpose() {
        Some(p) if purposes.contains(&p) => Ok(row),
        _ => Err(AppError::not_found()),
    }
}

/// The name of the group a link is about ("" if it is gone).
pub async fn link_group_name(app: &App, row: &EmailLinkRow) -> Result<String, AppError> {
    let group = row.group_id;
    Ok(app
        .db
        .read(move |c| groups::find(c, group))
        .await?
        .map(|g| g.name)
        .unwrap_or_default())
}

/// Turns off the kind of the group's email an unsubscribe link names, at once.
pub async fn unsubscribe(app: &App, row: &EmailLinkRow) -> Result<Topic, AppError> {
    let topic = row.topic().ok_or_else(AppError::not_found)?;
    let now = app.now();
    let (user, group, hash) = (row.user_id, row.group_id, row.token_hash.clone());
    app.db
        .write(move |c| {
            notifications::set_topic(c, user, group, topic, false, now)?;
            notifications::mark_link_used(c, &hash, now)
        })
        .await?;
    tracing::info!(%user, %group, topic = topic.as_str(), "unsubscribed by email link");
    Ok(topic)
}

/// The title of the event a reminder's link is about.
pub async fn link_event_title(app: &App, row: &EmailLinkRow) -> Result<String, AppError> {
    let event = row.event_id.ok_or_else(AppError::not_found)?;
    app.db
        .read(move |c| muster_db::events::find(c, event))
        .await?
        .map(|e| e.title)
        .ok_or_else(AppError::not_found)
}

/// What answering through a reminder's link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkAnswer {
    /// "Still coming", and they are going.
    StillGoing,
    /// "Still coming", but they are not going any more.
    NotOnTheList,
    /// "Can't make it": their seat (or place in the queue) is given up.
    SeatFreed,
}

/// Records a reminder link's answer for its person: "can't make it" frees the seat and
/// promotes the waitlist. Returns the answer and the event as that person sees it.
pub async fn answer_by_link(
    app: &App,
    row: &EmailLinkRow,
) -> Result<(LinkAnswer, EventAccess), AppError> {
    let event = row.event_id.ok_or_else(AppError::not_found)?;
    let (user, now, hash) = (row.user_id, app.now(), row.token_hash.clone());
    let (access, current) = EventAccess::for_link(app, event, user).await?;
    let going = current == Some(RsvpStatus::Going);
    let answer = match row.purpose() {
        Some(LinkPurpose::StillComing) if going => LinkAnswer::StillGoing,
        Some(LinkPurpose::StillComing) => LinkAnswer::NotOnTheList,
        _ => {
            if matches!(current, Some(RsvpStatus::Going | RsvpStatus::Waitlisted)) {
                rsvp::rsvp(app, &access, "no", None, None).await?;
            }
            LinkAnswer::SeatFreed
        }
    };
    app.db
        .write(move |c| notifications::mark_link_used(c, &hash, now))
        .await?;
    Ok((answer, access))
}

// ----------------------------------------------------------------------------- preferences

/// A member's email choices for one group.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupPrefs {
    /// The group's slug.
    pub group: String,
    #[serde(default, skip_deserializing)]
    pub group_name: String,
    pub announcements: bool,
    pub reminders: bool,
    pub messages: bool,
    /// New replies in the threads one follows (optional when saving: on).
    #[serde(default = "on")]
    pub discussions: bool,
}

fn on() -> bool {
    true
}

/// Email preferences: per group, and the global switch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationPrefs {
    /// No email except account security (sign-in, password, address changes).
    pub only_account_email: bool,
    pub groups: Vec<GroupPrefs>,
}

/// The person's preferences as stored now (one read).
pub async fn load_prefs(app: &App, id: UserId) -> Result<NotificationPrefs, AppError> {
    let (only, groups, stored) = app
        .db
        .read(move |c| {
            Ok((
                muster_db::users::find(c, id)?.is_some_and(|u| u.email_only_security),
                memberships::of_user(c, id)?,
                notifications::prefs_of_user(c, id)?,
            ))
        })
        .await?;
    let stored: BTreeMap<_, _> = stored.into_iter().collect();
    Ok(NotificationPrefs {
        only_account_email: only,
        groups: groups
            .into_iter()
            .filter(|(m, _)| m.status() == MembershipStatus::Active)
            .map(|(_, g)| {
                let p = stored.get(&g.id).copied().unwrap_or_default();
                GroupPrefs {
                    group: g.slug,
                    group_name: g.name,
                    announcements: p.announcements,
                    reminders: p.reminders,
                    messages: p.messages,
                    discussions: p.discussions,
                }
            })
            .collect(),
    })
}

/// Stores the person's preferences; a group they are not an active member of is refused.
pub async fn save_prefs(app: &App, id: UserId, prefs: NotificationPrefs) -> Result<(), AppError> {
    let now = app.now();
    app.db
        .transaction(move |c| {
            let mine = memberships::of_user(c, id)?;
            for wanted in &prefs.groups {
                let Some((_, group)) = mine.iter().find(|(m, g)| {
                    g.slug == wanted.group && m.status() == MembershipStatus::Active
                }) else {
                    return Err(AppError::invalid_field(
                        "groups",
                        format!("You are not a member of \"{}\".", wanted.group),
                    ));
                };
                let p = Prefs {
                    announcements: wanted.announcements,
                    reminders: wanted.reminders,
                    messages: wanted.messages,
                    discussions: wanted.discussions,
                };
                notifications::save_prefs(c, id, group.id, p, now)?;
            }
            notifications::set_only_security(c, id, prefs.only_account_email, now)?;
            Ok(())
        })
        .await
}

// ----------------------------------------------------------------------------- organizers

/// Tells the group's members about a published event now (organizers may publish without
/// announcing). An event is announced once; returns how many people it went to.
pub async fn announce(app: &App, access: &EventAccess) -> Result<usize, AppError> {
    access.check_manage()?;
    if access.event.status() != EventStatus::Published || access.event.starts_at <= app.now() {
        return Err(AppError::conflict(
            ErrorCode::NotAnnounceable,
            "Only published events that have not started can be announced.",
        ));
    }
    let (event, group, now) = (access.event.clone(), access.group.group.clone(), app.now());
    app.db
        .write(move |c| crate::notices::announce(c, &event, &group, now))
        .await?
        .ok_or_else(|| {
            AppError::conflict(
                ErrorCode::AlreadyAnnounced,
                "This event was announced already; members are told once.",
            )
        })
}

/// An organizer's message, as written.
#[derive(Debug, Clone, Default)]
pub struct MessageDraft {
    pub subject: String,
    pub body: String,
    /// `all` (`None` too), or for an event: `going`, `waitlisted`, `not_answered`.
    pub audience: Option<String>,
    /// The event the message is about (needed for every audience but `all`).
    pub event_id: Option<String>,
}

/// A message checked: subject, text, who gets it, and the event it is about.
struct Message {
    subject: String,
    text: String,
    audience: Audience,
    event: Option<EventRow>,
}

async fn check_message(
    app: &App,
    access: &GroupAccess,
    draft: MessageDraft,
) -> Result<Message, AppError> {
    let mut fields = BTreeMap::new();
    let subject = single_line(draft.subject.trim());
    if subject.is_empty() || subject.chars().count() > 150 {
        fields.insert("subject", "Write a subject of 1 to 150 characters.");
    }
    let text = draft.body.trim().to_owned();
    if text.is_empty() || text.chars().count() > 10_000 {
        fields.insert("body", "Write a message of 1 to 10,000 characters.");
    }
    let audience = match draft.audience.as_deref() {
        None => Some(Audience::All),
        Some(a) => Audience::parse(a),
    };
    if audience.is_none() {
        fields.insert("audience", "Choose all, going, waitlisted or not_answered.");
    }
    let event = match draft.event_id.as_deref() {
        None => None,
        Some(id) => {
            let event = EventAccess::load(app, id, access.user.as_ref()).await?;
            if event.group.group.id != access.group.id {
                return Err(AppError::not_found());
            }
            Some(event.event)
        }
    };
    if audience.is_some_and(|a| a != Audience::All) && event.is_none() {
        fields.insert("event_id", "Choose the event this audience answered.");
    }
    if let Some((field, message)) = fields.into_iter().next() {
        return Err(AppError::invalid_field(field, message.to_owned()));
    }
    Ok(Message {
        subject,
        text,
        audience: audience.unwrap_or(Audience::All),
        event,
    })
}

/// A message as it would go out: checked, with the number of people it would reach (those of
/// the audience who accept messages from the organizers). Nothing is sent or counted against
/// the daily limit.
#[derive(Debug, Clone)]
pub struct MessagePreview {
    pub subject: String,
    pub text: String,
    /// The event it is about, if any: its title.
    pub event_title: Option<String>,
    pub recipients: usize,
}

/// Checks a draft and counts who would get it, for the organizers' compose page.
pub async fn preview_message(
    app: &App,
    access: &GroupAccess,
    draft: MessageDraft,
) -> Result<MessagePreview, AppError> {
    access.check(Action::Use(Capability::ManageEvents))?;
    let message = check_message(app, access, draft).await?;
    let (group, audience) = (access.group.id, message.audience);
    let event_id = message.event.as_ref().map(|e| e.id);
    let recipients = app
        .db
        .read(move |c| notifications::message_audience(c, group, audience, event_id))
        .await?
        .len();
    Ok(MessagePreview {
        subject: message.subject,
        text: message.text,
        event_title: message.event.map(|e| e.title),
        recipients,
    })
}

/// The events an organizer may write to the people of: the group's upcoming ones and those
/// of the last 30 days (drafts and cancelled ones left out), soonest first.
pub async fn message_events(app: &App, access: &GroupAccess) -> Result<Vec<EventRow>, AppError> {
    access.check(Action::Use(Capability::ManageEvents))?;
    let (group, now) = (access.group.id, app.now());
    let recent = now - chrono::Duration::days(30);
    let mut list = app
        .db
        .read(move |c| {
            let mut past = muster_db::events::for_group(c, group, Past, false, now, 20, 0)?;
            past.retain(|e| e.ends_at > recent);
            past.reverse();
            let upcoming = muster_db::events::for_group(c, group, Upcoming, false, now, 20, 0)?;
            past.extend(upcoming);
            Ok(past)
        })
        .await?;
    list.retain(|e| e.status() == EventStatus::Published);
    Ok(list)
}

/// Emails the group's members who want organizer messages (or one event's audience), five
/// messages per group per day; returns how many people it went to.
pub async fn send_message(
    app: &App,
    access: &GroupAccess,
    draft: MessageDraft,
) -> Result<usize, AppError> {
    access.check(Action::Use(Capability::ManageEvents))?;
    let sender = access.user()?.display_name.clone();
    let Message {
        subject,
        text,
        audience,
        event,
    } = check_message(app, access, draft).await?;
    let group = access.group.clone();
    let now = app.now();
    let bucket = format!("messages:group:{}", group.id);
    app.db
        .transaction(move |c| {
            rate_limits::hit(c, &bucket, MESSAGES_PER_GROUP_PER_DAY, now)?.map_err(|wait| {
                AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit)
            })?;
            let event_id = event.as_ref().map(|e| e.id);
            let people = notifications::message_audience(c, group.id, audience, event_id)?;
            for person in &people {
                let message = MailMessage::OrganizerMessage {
                    name: person.display_name.clone(),
                    group_name: group.name.clone(),
                    group_slug: group.slug.clone(),
                    sender_name: sender.clone(),
                    subject: subject.clone(),
                    body: text.clone(),
                    event: event
                        .as_ref()
                        .map(|e| (e.title.clone(), e.path(&group.slug))),
                };
                let email = Outgoing::to_user(person, message).about(About {
                    user_id: person.id,
                    group_id: group.id,
                    event_id: None,
                    still: Condition::Message,
                });
                mailer::enqueue(c, email, now)?;
            }
            let detail = format!("{subject} ({} recipients)", people.len());
            muster_db::audit::record(
                c,
                AuditEntry::new(group.id, AuditAction::MessageSent).detail(&detail),
                now,
            )?;
            Ok(people.len())
        })
        .await
}

/// Sets when the group's reminders go out (hours before the start, up to three).
pub async fn set_reminders(
    app: &App,
    access: &GroupAccess,
    hours: Vec<i64>,
) -> Result<ReminderHours, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let hours = ReminderHours::new(hours).map_err(|e| AppError::invalid_field("hours", e.0))?;
    let (id, stored, now) = (access.group.id, hours.to_string(), app.now());
    let actor = access.user()?.id;
    app.db
        .write(move |c| {
            groups::set_reminder_hours(c, id, &stored, now)?;
            muster_db::audit::record(
                c,
                AuditEntry::new(id, AuditAction::RemindersChanged)
                    .by(Some(actor))
                    .detail(&stored),
                now,
            )
        })
        .await?;
    Ok(hours)
}
