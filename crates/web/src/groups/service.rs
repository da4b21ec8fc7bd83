//! Group use cases, shared by the JSON API and the HTML pages.

use muster_core::{
    Timestamp,
    account::{Email, Timezone},
    group::{
        City, ConductText, Coordinates, Country, Description, GroupName, JoinMode, Questions,
        Reason, ReportText, Slug, Summary, Topics, Visibility, WebUrl, default_code_of_conduct,
    },
    id::{GroupId, InvitationId, ReportId, UserId},
    markdown,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    DbConnection, DbError, audit,
    conduct::{self, ConductVersionRow, ReportRow},
    groups::{self, GroupChanges, GroupLinks, GroupRow},
    invitations::{self, InvitationRow},
    memberships::{self, MembershipRow},
    rate_limits,
    users::{self, UserRow},
};
use muster_mail::MailMessage;
use serde::{Deserialize, Deserializer};

use super::GroupAccess;
use crate::{
    account::service::Fields,
    error::AppError,
    limits,
    mailer::{self, Outgoing},
    state::AppState,
};

/// Deserialises a field that may be absent (keep), `null` (clear) or a value (set).
pub fn double_option<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// Every editable field of a group, as typed (validated by [`validate`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupFields {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub timezone: String,
    pub topics: Vec<String>,
    pub website_url: String,
    pub chat_url: String,
    pub mailing_list_url: String,
    pub repository_url: String,
    pub logo_url: String,
    pub contact_email: String,
    pub visibility: String,
    pub join_mode: String,
    pub questions: Vec<String>,
}

impl GroupFields {
    pub fn from_row(group: &GroupRow) -> GroupFields {
        let links = group.links();
        GroupFields {
            name: group.name.clone(),
            summary: group.summary.clone(),
            description: group.description.clone(),
            city: group.city.clone(),
            country: group.country.clone(),
            lat: group.latitude,
            lon: group.longitude,
            timezone: group.timezone.clone(),
            topics: group.topic_list(),
            website_url: links.website,
            chat_url: links.chat,
            mailing_list_url: links.mailing_list,
            repository_url: links.repository,
            logo_url: group.logo_url.clone(),
            contact_email: group.contact_email.clone(),
            visibility: group.visibility.clone(),
            join_mode: group.join_mode.clone(),
            questions: group.questions().as_slice().to_vec(),
        }
    }
}

/// [`GroupFields`] that passed validation.
struct ValidGroup {
    name: GroupName,
    summary: Summary,
    description: Description,
    city: City,
    country: Country,
    coordinates: Option<Coordinates>,
    timezone: Timezone,
    topics: Topics,
    links: GroupLinks,
    logo_url: String,
    contact_email: String,
    visibility: Visibility,
    join_mode: JoinMode,
    questions: Questions,
}

fn optional_url(fields: &mut Fields, name: &str, value: &str) -> String {
    fields
        .check(name, WebUrl::parse_optional(value))
        .flatten()
        .map(|u| u.as_str().to_owned())
        .unwrap_or_default()
}

fn validate(input: &GroupFields) -> Result<ValidGroup, AppError> {
    let mut f = Fields::default();
    let name = f.check("name", GroupName::parse(&input.name));
    let summary = f.check("summary", Summary::parse(&input.summary));
    let description = f.check("description", Description::parse(&input.description));
    let city = f.check("city", City::parse(&input.city));
    let country = f.check("country", Country::parse(&input.country));
    let coordinates = match (input.lat, input.lon) {
        (None, None) => Some(None),
        (Some(lat), Some(lon)) => f.check("lat", Coordinates::new(lat, lon)).map(Some),
        _ => {
            f.add("lat", "Give both latitude and longitude, or neither.");
            None
        }
    };
    let timezone = f.check("timezone", Timezone::parse(&input.timezone));
    let topics = f.check(
        "topics",
        Topics::parse(input.topics.iter().map(String::as_str)),
    );
    let links = GroupLinks {
        website: optional_url(&mut f, "website_url", &input.website_url),
        chat: optional_url(&mut f, "chat_url", &input.chat_url),
        mailing_list: optional_url(&mut f, "mailing_list_url", &input.mailing_list_url),
        repository: optional_url(&mut f, "repository_url", &input.repository_url),
    };
    let logo_url = optional_url(&mut f, "logo_url", &input.logo_url);
    let contact_email = if input.contact_email.trim().is_empty() {
        String::new()
    } else {
        f.check("contact_email", Email::parse(&input.contact_email))
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    let visibility = f.check("visibility", Visibility::parse(&input.visibility));
    let join_mode = f.check("join_mode", JoinMode::parse(&input.join_mode));
    if visibility == Some(Visibility::Private) && join_mode.is_some_and(|m| m != JoinMode::Invite) {
        f.add(
            "join_mode",
            "Private groups are invisible to outsiders, so they take members by invitation only.",
        );
    }
    let questions = f.check(
        "questions",
        Questions::parse(input.questions.iter().map(String::as_str)),
    );
    f.finish()?;
    match (
        name,
        summary,
        description,
        city,
        country,
        coordinates,
        timezone,
        topics,
        visibility,
        join_mode,
        questions,
    ) {
        (
            Some(name),
            Some(summary),
            Some(description),
            Some(city),
            Some(country),
            Some(coordinates),
            Some(timezone),
            Some(topics),
            Some(visibility),
            Some(join_mode),
            Some(questions),
        ) => Ok(ValidGroup {
            name,
            summary,
            description,
            city,
            country,
            coordinates,
            timezone,
            topics,
            links,
            logo_url,
            contact_email,
            visibility,
            join_mode,
            questions,
        }),
        _ => Err(AppError::internal("validated group fields missing")),
    }
}

impl ValidGroup {
    fn changes(&self, now: Timestamp) -> GroupChanges {
        let topics = self.topics.as_slice().to_vec();
        GroupChanges {
            name: self.name.to_string(),
            summary: self.summary.to_string(),
            description: self.description.to_string(),
            description_html: markdown::to_safe_html(self.description.as_str()),
            city: self.city.to_string(),
            country: self.country.to_string(),
            city_key: self.city.as_str().to_lowercase(),
            country_key: self.country.as_str().to_lowercase(),
            latitude: self.coordinates.map(|c| c.lat),
            longitude: self.coordinates.map(|c| c.lon),
            timezone: self.timezone.name().to_owned(),
            topics: topics.join(","),
            links: self.links.to_json(),
            logo_url: self.logo_url.clone(),
            contact_email: self.contact_email.clone(),
            visibility: self.visibility.as_str().to_owned(),
            join_mode: self.join_mode.as_str().to_owned(),
            questions: serde_json::to_string(&self.questions).unwrap_or_else(|_| "[]".into()),
            search_text: GroupRow::search_text_for(
                self.name.as_str(),
                self.summary.as_str(),
                self.city.as_str(),
                self.country.as_str(),
                &topics,
            ),
            updated_at: now,
        }
    }
}

/// The row fields a group's input saves as (what creation and the settings form write), after
/// the same checks: for groups arriving by other roads (archives).
pub(crate) fn checked_changes(
    input: &GroupFields,
    now: Timestamp,
) -> Result<GroupChanges, AppError> {
    Ok(validate(input)?.changes(now))
}

fn slug_taken() -> AppError {
    AppError::invalid_field("slug", "That address is taken. Choose another.")
}

/// Creates a group; its creator becomes its organizer, having accepted version 1 of its code of
/// conduct (the default text unless `conduct_text` is given). Returns the group and the
/// creator's membership.
pub async fn create(
    state: &AppState,
    creator: &UserRow,
    slug: &str,
    input: &GroupFields,
    conduct_text: Option<&str>,
) -> Result<(GroupRow, MembershipRow), AppError> {
    let slug_result = Slug::parse(slug);
    let valid = validate(input);
    let conduct = conduct_text.map(ConductText::parse);
    let mut f = Fields::default();
    let slug = f.check("slug", slug_result);
    let conduct = match conduct {
        Some(Err(e)) => {
            f.check::<()>("conduct_text", Err(e));
            None
        }
        Some(Ok(text)) => Some(text),
        None => None,
    };
    let valid = match valid {
        Ok(valid) => Some(valid),
        Err(error) => {
            for (field, message) in &error.fields {
                f.add(field, message);
            }
            None
        }
    };
    f.finish()?;
    let (Some(slug), Some(valid)) = (slug, valid) else {
        return Err(AppError::internal("validated group missing"));
    };
    let now = state.now();
    let conduct_text = conduct
        .map(|c| c.to_string())
        .unwrap_or_else(|| default_code_of_conduct(valid.name.as_str(), &valid.contact_email));
    let changes = valid.changes(now);
    let creator = creator.clone();
    let id = GroupId::new();
    let bucket = format!("groups:user:{}", creator.id);
    let created = state
        .db
        .transaction(move |c| {
            if groups::slug_taken(c, slug.as_str())? {
                return Err(slug_taken());
            }
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::GROUPS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
            }
            let row = GroupRow {
                member_count: 1,
                created_by: Some(creator.id),
                ..GroupRow::new(id, slug.to_string(), changes)
            };
            match groups::insert(c, &row) {
                Ok(()) => {}
                Err(e) if e.is_unique_violation() => return Err(slug_taken()),
                Err(e) => return Err(e.into()),
            }
            conduct::insert_version(
                c,
                &ConductVersionRow {
                    group_id: id,
                    version: 1,
                    text: conduct_text,
                    created_by: Some(creator.id),
                    created_at: now,
                },
            )?;
            let mut membership = MembershipRow::new(
                id,
                creator.id,
                Role::Organizer,
                MembershipStatus::Active,
                now,
            );
            membership.conduct_version = Some(1);
            membership.conduct_accepted_at = Some(now);
            memberships::insert(c, &membership)?;
            audit::record(c, id, Some(creator.id), "group_created", None, "", now)?;
            Ok((row, membership))
        })
        .await?;
    tracing::info!(group = %created.0.id, slug = %created.0.slug, "group created");
    Ok(created)
}

/// Changes a group's settings (organizers and co-organizers).
pub async fn update(
    state: &AppState,
    access: &GroupAccess,
    input: &GroupFields,
) -> Result<GroupRow, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let valid = validate(input)?;
    let now = state.now();
    let changes = valid.changes(now);
    let (id, actor) = (access.group.id, access.user()?.id);
    let changed_visibility = changes.visibility != access.group.visibility;
    state
        .db
        .write(move |c| {
            groups::update(c, id, &changes)?;
            let detail = if changed_visibility {
                format!("visibility: {}", changes.visibility)
            } else {
                String::new()
            };
            audit::record(c, id, Some(actor), "settings_changed", None, &detail, now)?;
            groups::find(c, id)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// Deletes a group (organizers only, with their password and the group's name typed out).
pub async fn delete(
    state: &AppState,
    access: &GroupAccess,
    password: &str,
    confirm_name: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::OwnGroup))?;
    if confirm_name.trim() != access.group.name {
        return Err(AppError::invalid_field(
            "confirm_name",
            "Type the group's name exactly to confirm.",
        ));
    }
    crate::account::service::confirm_password(state, access.user()?, password, client_ip).await?;
    let now = state.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    state
        .db
        .write(move |c| {
            groups::soft_delete(c, id, now)?;
            audit::record(c, id, Some(actor), "group_deleted", None, "", now)
        })
        .await?;
    tracing::info!(group = %id, "group deleted");
    Ok(())
}

/// Where a person stands after trying to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinOutcome {
    Member,
    Pending,
}

fn conduct_error(current: i32) -> AppError {
    AppError::conflict(
        "conduct_not_accepted",
        format!(
            "Please read and accept the group's current code of conduct (version {current}) first."
        ),
    )
    .with_field("conduct_version", format!("Accept version {current}."))
}

/// Joins a group (or asks to, in groups that approve members). Accepting the current code of
/// conduct is required; answers go to the organizers. Idempotent for members.
pub async fn join(
    state: &AppState,
    access: &GroupAccess,
    conduct_version: Option<i32>,
    answers: &[String],
) -> Result<JoinOutcome, AppError> {
    access.check(Action::Join)?;
    let group = &access.group;
    if conduct_version != Some(group.conduct_version) {
        return Err(conduct_error(group.conduct_version));
    }
    let answers = group
        .questions()
        .check_answers(answers)
        .map_err(|e| AppError::invalid_field("answers", e.0))?;
    let user = access.user()?.clone();
    let now = state.now();
    let (id, version, mode) = (group.id, group.conduct_version, group.join_mode());
    let group_row = group.clone();
    let outcome = state
        .db
        .transaction(move |c| {
            groups::lock(c, id)?;
            let existing = memberships::find(c, id, user.id)?;
            let mut row = existing.clone().unwrap_or_else(|| {
                MembershipRow::new(id, user.id, Role::Member, MembershipStatus::Pending, now)
            });
            // Decided on the row as it is now, inside the transaction: a ban or a change of
            // join mode since the page loaded counts.
            let status = match (existing.as_ref().map(MembershipRow::status), mode) {
                (Some(MembershipStatus::Active | MembershipStatus::Invited), _)
                | (_, JoinMode::Open) => MembershipStatus::Active,
                (Some(MembershipStatus::Banned), _) => {
                    return Err(super::denial_error(muster_core::policy::Denial::Banned));
                }
                (_, JoinMode::Approval) => MembershipStatus::Pending,
                (_, JoinMode::Invite) => {
                    return Err(super::denial_error(
                        muster_core::policy::Denial::InvitationRequired,
                    ));
                }
            };
            store_membership(
                c,
                &mut row,
                existing.is_some(),
                status,
                &answers,
                version,
                now,
            )?;
            if existing.as_ref().map(MembershipRow::status) != Some(status) {
                let action = if status == MembershipStatus::Active {
                    "member_joined"
                } else {
                    "join_requested"
                };
                audit::record(c, id, Some(user.id), action, Some(user.id), "", now)?;
                if status == MembershipStatus::Pending {
                    crate::notices::join_requested(c, &group_row, &user.display_name, now)?;
                }
            }
            groups::refresh_member_count(c, id)?;
            Ok(if status == MembershipStatus::Active {
                JoinOutcome::Member
            } else {
                JoinOutcome::Pending
            })
        })
        .await?;
    Ok(outcome)
}

/// Saves a membership after joining: its status, the answers, and the accepted conduct version.
fn store_membership(
    c: &mut DbConnection,
    row: &mut MembershipRow,
    exists: bool,
    status: MembershipStatus,
    answers: &[String],
    conduct_version: i32,
    now: Timestamp,
) -> Result<(), DbError> {
    row.status = status.as_str().to_owned();
    row.answers = serde_json::to_string(answers).unwrap_or_else(|_| "[]".into());
    row.conduct_version = Some(conduct_version);
    row.conduct_accepted_at = Some(now);
    if exists {
        memberships::save(c, row, now)
    } else {
        memberships::insert(c, row)
    }
}

/// Leaves a group (or withdraws a request). The last organizer cannot leave.
pub async fn leave(state: &AppState, access: &GroupAccess) -> Result<(), AppError> {
    access.check(Action::Leave)?;
    let user = access.user()?.id;
    let id = access.group.id;
    let now = state.now();
    let organizer = access.role() == Some(Role::Organizer);
    let group = access.group.clone();
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            groups::lock(c, id)?;
            if organizer && memberships::count_with_role(c, id, Role::Organizer)? <= 1 {
                return Err(AppError::conflict(
                    "last_organizer",
                    "You are the group's only organizer. Make someone else an organizer first.",
                ));
            }
            memberships::delete(c, id, user)?;
            // Their seats at upcoming events go to the waitlists.
            crate::events::service::withdraw_member(c, &notices, &group, user, now)?;
            audit::record(c, id, Some(user), "member_left", Some(user), "", now)?;
            groups::refresh_member_count(c, id)?;
            Ok(())
        })
        .await
}

/// The capability needed to act on someone holding `role`: organizers can be removed or
/// demoted only by organizers, the organizing team by co-organizers, members by moderators.
fn capability_over(role: Role) -> Capability {
    match role {
        Role::Organizer | Role::CoOrganizer => Capability::OwnGroup,
        Role::AssistantOrganizer | Role::EventOrganizer => Capability::ManageGroup,
        Role::Member => Capability::ModerateMembers,
    }
}

/// Loads the target member of a moderation action.
async fn target(
    state: &AppState,
    access: &GroupAccess,
    user: UserId,
) -> Result<(MembershipRow, UserRow), AppError> {
    let id = access.group.id;
    state
        .db
        .read(move |c| {
            let Some(membership) = memberships::find(c, id, user)? else {
                return Ok(None);
            };
            Ok(users::find(c, user)?.map(|u| (membership, u)))
        })
        .await?
        .ok_or_else(|| AppError::not_found().with_code("not_a_member"))
}

/// What an organizer can do to a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Approve,
    Decline,
    /// Removed; may ask again.
    Remove,
    /// Removed and barred.
    Ban,
    /// The ban is lifted (they may ask again).
    Unban,
}

impl Moderation {
    fn audit_action(self) -> &'static str {
        match self {
            Moderation::Approve => "request_approved",
            Moderation::Decline => "request_declined",
            Moderation::Remove => "member_removed",
            Moderation::Ban => "member_banned",
            Moderation::Unban => "member_unbanned",
        }
    }
}

/// Approves, declines, removes, bans or unbans a person, with an optional reason kept in the
/// audit log.
pub async fn moderate(
    state: &AppState,
    access: &GroupAccess,
    user: UserId,
    action: Moderation,
    reason: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let reason = Reason::parse(reason).map_err(|e| AppError::invalid_field("reason", e.0))?;
    let actor = access.user()?.id;
    if actor == user && action != Moderation::Approve {
        return Err(AppError::conflict(
            "not_yourself",
            "Use \"leave the group\" to leave it yourself.",
        ));
    }
    let (membership, person) = target(state, access, user).await?;
    let (status, role) = (membership.status(), membership.role());
    let wrong_state = match action {
        Moderation::Approve | Moderation::Decline => status != MembershipStatus::Pending,
        // Banning again would only repeat the audit entry and the withdrawal from events.
        Moderation::Remove | Moderation::Ban => status == MembershipStatus::Banned,
        Moderation::Unban => status != MembershipStatus::Banned,
    };
    if wrong_state {
        return Err(AppError::conflict(
            "wrong_membership_state",
            format!(
                "That is not possible for someone whose membership is {}.",
                status.as_str()
            ),
        ));
    }
    if status == MembershipStatus::Active {
        access.check(Action::Use(capability_over(role)))?;
    }
    let now = state.now();
    let id = access.group.id;
    let group = access.group.clone();
    let reason = reason.to_string();
    let notices = state.notices.clone();
    state
        .db
        .transaction(move |c| {
            // Checked again under the group's lock: the membership must still be what the
            // decision above was made on.
            groups::lock(c, id)?;
            let current = memberships::find(c, id, user)?;
            if current.as_ref().map(|m| (m.status(), m.role())) != Some((status, role)) {
                return Err(changed_meanwhile());
            }
            if role == Role::Organizer
                && status == MembershipStatus::Active
                && matches!(action, Moderation::Remove | Moderation::Ban)
                && memberships::count_with_role(c, id, Role::Organizer)? <= 1
            {
                return Err(AppError::conflict(
                    "last_organizer",
                    "A group always keeps at least one organizer.",
                ));
            }
            match action {
                Moderation::Approve => {
                    memberships::transition(
                        c,
                        id,
                        user,
                        status,
                        MembershipStatus::Active,
                        Role::Member,
                        now,
                    )?;
                    let message = MailMessage::MembershipApproved {
                        name: person.display_name.clone(),
                        group_name: group.name.clone(),
                        group_slug: group.slug.clone(),
                    };
                    mailer::enqueue(c, Outgoing::to_user(&person, message), now)?;
                }
                Moderation::Decline | Moderation::Remove | Moderation::Unban => {
                    memberships::delete(c, id, user)?;
                }
                Moderation::Ban => {
                    memberships::transition(
                        c,
                        id,
                        user,
                        status,
                        MembershipStatus::Banned,
                        Role::Member,
                        now,
                    )?;
                }
            }
            if matches!(action, Moderation::Remove | Moderation::Ban) {
                // Their seats at upcoming events go to the waitlists.
                crate::events::service::withdraw_member(c, &notices, &group, user, now)?;
            }
            audit::record(
                c,
                id,
                Some(actor),
                action.audit_action(),
                Some(user),
                &reason,
                now,
            )?;
            groups::refresh_member_count(c, id)?;
            Ok(())
        })
        .await?;
    Ok(())
}

fn changed_meanwhile() -> AppError {
    AppError::conflict(
        "changed_meanwhile",
        "That membership changed meanwhile. Reload the page and try again.",
    )
}

/// Changes someone's role. Making or unmaking an organizer takes an organizer; other changes
/// take the group managers. A group always keeps at least one organizer.
pub async fn set_role(
    state: &AppState,
    access: &GroupAccess,
    user: UserId,
    role: Role,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let (membership, _) = target(state, access, user).await?;
    if membership.status() != MembershipStatus::Active {
        return Err(AppError::conflict(
            "not_active",
            "Only active members can have a role.",
        ));
    }
    let current = membership.role();
    access.check(Action::Use(capability_over(current)))?;
    access.check(Action::Use(capability_over(role)))?;
    if current == role {
        return Ok(());
    }
    let now = state.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    state
        .db
        .transaction(move |c| {
            groups::lock(c, id)?;
            let still = memberships::find(c, id, user)?;
            if still.as_ref().map(|m| (m.status(), m.role()))
                != Some((MembershipStatus::Active, current))
            {
                return Err(changed_meanwhile());
            }
            if current == Role::Organizer
                && memberships::count_with_role(c, id, Role::Organizer)? <= 1
            {
                return Err(AppError::conflict(
                    "last_organizer",
                    "A group always keeps at least one organizer.",
                ));
            }
            memberships::set_role(c, id, user, role, now)?;
            audit::record(
                c,
                id,
                Some(actor),
                "role_changed",
                Some(user),
                &format!("{} → {}", current.as_str(), role.as_str()),
                now,
            )?;
            Ok(())
        })
        .await
}

/// Hands the group over: `to` becomes an organizer, the caller a co-organizer.
pub async fn transfer_ownership(
    state: &AppState,
    access: &GroupAccess,
    to: UserId,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::OwnGroup))?;
    let me = access.user()?.clone();
    if me.id == to {
        return Err(AppError::conflict("not_yourself", "Choose another member."));
    }
    let (membership, _) = target(state, access, to).await?;
    if membership.status() != MembershipStatus::Active {
        return Err(AppError::conflict(
            "not_active",
            "Only active members can take the group over.",
        ));
    }
    crate::account::service::confirm_password(state, &me, password, client_ip).await?;
    let now = state.now();
    let id = access.group.id;
    let admin = access.actor.is_admin();
    state
        .db
        .transaction(move |c| {
            // The password check took a while: look at both memberships again, under the lock.
            groups::lock(c, id)?;
            let theirs = memberships::find(c, id, to)?;
            if theirs.as_ref().map(MembershipRow::status) != Some(MembershipStatus::Active) {
                return Err(AppError::conflict(
                    "not_active",
                    "Only active members can take the group over.",
                ));
            }
            let mine = memberships::find(c, id, me.id)?;
            let i_own = mine.as_ref().is_some_and(|m| {
                m.status() == MembershipStatus::Active && m.role() == Role::Organizer
            });
            if !i_own && !admin {
                return Err(changed_meanwhile());
            }
            memberships::set_role(c, id, to, Role::Organizer, now)?;
            if i_own {
                memberships::set_role(c, id, me.id, Role::CoOrganizer, now)?;
            }
            audit::record(
                c,
                id,
                Some(me.id),
                "ownership_transferred",
                Some(to),
                "",
                now,
            )?;
            Ok(())
        })
        .await
}

/// Shows or hides the caller in the public member list.
pub async fn set_choices(
    state: &AppState,
    access: &GroupAccess,
    hidden: Option<bool>,
    in_archive: Option<bool>,
) -> Result<(), AppError> {
    access.check(Action::View)?;
    let (id, user) = (access.group.id, access.user()?.id);
    let choices = memberships::MemberChoices {
        hidden,
        in_archive,
        updated_at: state.now(),
    };
    let done = state
        .db
        .write(move |c| memberships::set_choices(c, id, user, &choices))
        .await?;
    if done {
        Ok(())
    } else {
        Err(super::denial_error(muster_core::policy::Denial::NotAMember))
    }
}

/// The current code of conduct.
pub async fn current_conduct(
    state: &AppState,
    access: &GroupAccess,
) -> Result<ConductVersionRow, AppError> {
    access.check(Action::View)?;
    let (id, version) = (access.group.id, access.group.conduct_version);
    state
        .db
        .read(move |c| conduct::version(c, id, version))
        .await?
        .ok_or_else(AppError::not_found)
}

/// Publishes a new version of the code of conduct; members accept it again before their next
/// RSVP.
pub async fn update_conduct(
    state: &AppState,
    access: &GroupAccess,
    text: &str,
) -> Result<ConductVersionRow, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let text = ConductText::parse(text).map_err(|e| AppError::invalid_field("text", e.0))?;
    let now = state.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    state
        .db
        .write(move |c| {
            groups::lock(c, id)?;
            let Some(group) = groups::find(c, id)? else {
                return Ok(None);
            };
            let row = ConductVersionRow {
                group_id: id,
                version: group.conduct_version + 1,
                text: text.to_string(),
                created_by: Some(actor),
                created_at: now,
            };
            conduct::insert_version(c, &row)?;
            groups::bump_conduct_version(c, id, row.version, now)?;
            // Whoever writes it has accepted it (if they are a member; admins may not be).
            memberships::accept_conduct(c, id, actor, row.version, now)?;
            audit::record(
                c,
                id,
                Some(actor),
                "conduct_updated",
                None,
                &format!("version {}", row.version),
                now,
            )?;
            Ok(Some(row))
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// A member accepts the current code of conduct.
pub async fn accept_conduct(
    state: &AppState,
    access: &GroupAccess,
    version: i32,
) -> Result<(), AppError> {
    access.check(Action::View)?;
    access.active_membership()?;
    if version != access.group.conduct_version {
        return Err(conduct_error(access.group.conduct_version));
    }
    let now = state.now();
    let (id, user) = (access.group.id, access.user()?.id);
    let accepted = state
        .db
        .transaction(move |c| {
            // Only the version that is current now can be accepted.
            let current = groups::find(c, id)?.map(|g| g.conduct_version);
            if current != Some(version) {
                return Err(conduct_error(current.unwrap_or(version)));
            }
            Ok(memberships::accept_conduct(c, id, user, version, now)?)
        })
        .await?;
    if accepted {
        Ok(())
    } else {
        Err(super::denial_error(muster_core::policy::Denial::NotAMember))
    }
}

/// Invites someone by email to a group. The email carries a single-use link (14 days).
pub async fn invite(
    state: &AppState,
    access: &GroupAccess,
    email: &str,
) -> Result<InvitationId, AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let email = Email::parse(email).map_err(|e| AppError::invalid_field("email", e.0))?;
    let inviter = access.user()?.clone();
    let now = state.now();
    let group = access.group.clone();
    let id = InvitationId::new();
    let bucket = format!("invitations:user:{}", inviter.id);
    state
        .db
        .transaction(move |c| {
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::INVITATIONS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
            }
            // One address cannot be flooded by many organizers' invitations either.
            if !crate::account::service::recipient_allows(c, email.as_str(), now)? {
                let mut error = AppError::too_many_requests(3600).with_code("recipient_limit");
                error.message =
                    "That address has had too many emails from this site lately. Try again later."
                        .into();
                return Err(error);
            }
            invitations::insert(
                c,
                &InvitationRow {
                    id,
                    group_id: group.id,
                    email: email.to_string(),
                    token_hash: None,
                    invited_by: Some(inviter.id),
                    created_at: now,
                    expires_at: now + invitations::LIFETIME,
                    accepted_at: None,
                    accepted_by: None,
                },
            )?;
            let message = MailMessage::GroupInvitation {
                group_name: group.name.clone(),
                inviter_name: inviter.display_name.clone(),
            };
            let outgoing = Outgoing {
                about: None,
                calendar: None,
                to_email: email.to_string(),
                to_name: None,
                message,
                link: None,
            }
            .with_invitation(id);
            mailer::enqueue(c, outgoing, now)?;
            audit::record(
                c,
                group.id,
                Some(inviter.id),
                "member_invited",
                None,
                email.as_str(),
                now,
            )?;
            Ok(id)
        })
        .await
}

fn invitation_used() -> AppError {
    AppError::new(
        actix_web::http::StatusCode::GONE,
        "invitation_used",
        "This invitation has already been used.",
    )
}

/// An invitation link, checked: the invitation and its group.
pub async fn invitation(
    state: &AppState,
    token: &str,
) -> Result<(InvitationRow, GroupRow), AppError> {
    let digest = muster_core::secrets::SecretToken::from_presented(token).digest();
    let now = state.now();
    let found = state
        .db
        .read(move |c| {
            let Some(invitation) = invitations::find_by_token(c, &digest)? else {
                return Ok(None);
            };
            Ok(groups::find(c, invitation.group_id)?.map(|g| (invitation, g)))
        })
        .await?;
    let invalid = || {
        AppError::new(
            actix_web::http::StatusCode::NOT_FOUND,
            "invitation_invalid",
            "This invitation link is not valid. Ask the organizers for a new one.",
        )
    };
    let (invitation, group) = found.ok_or_else(invalid)?;
    if invitation.accepted_at.is_some() {
        return Err(invitation_used());
    }
    if invitation.expires_at <= now {
        return Err(AppError::new(
            actix_web::http::StatusCode::GONE,
            "invitation_expired",
            "This invitation has expired. Ask the organizers for a new one.",
        ));
    }
    Ok((invitation, group))
}

/// Accepts an invitation: the signed-in person becomes a member (accepting the code of
/// conduct), whatever the group's join mode.
pub async fn accept_invitation(
    state: &AppState,
    user: &UserRow,
    token: &str,
    conduct_version: Option<i32>,
    answers: &[String],
) -> Result<GroupRow, AppError> {
    let (invitation, group) = invitation(state, token).await?;
    if conduct_version != Some(group.conduct_version) {
        return Err(conduct_error(group.conduct_version));
    }
    let answers = group
        .questions()
        .check_answers(answers)
        .map_err(|e| AppError::invalid_field("answers", e.0))?;
    let now = state.now();
    let user = user.clone();
    let g = group.clone();
    state
        .db
        .transaction(move |c| {
            let existing = memberships::find(c, g.id, user.id)?;
            if existing.as_ref().map(MembershipRow::status) == Some(MembershipStatus::Banned) {
                return Err(super::denial_error(muster_core::policy::Denial::Banned));
            }
            if !invitations::accept(c, invitation.id, user.id, now)? {
                return Err(invitation_used());
            }
            let mut row = existing.clone().unwrap_or_else(|| {
                MembershipRow::new(g.id, user.id, Role::Member, MembershipStatus::Active, now)
            });
            let (active, version) = (MembershipStatus::Active, g.conduct_version);
            store_membership(
                c,
                &mut row,
                existing.is_some(),
                active,
                &answers,
                version,
                now,
            )?;
            audit::record(
                c,
                g.id,
                Some(user.id),
                "invitation_accepted",
                Some(user.id),
                "",
                now,
            )?;
            groups::refresh_member_count(c, g.id)?;
            Ok(())
        })
        .await?;
    Ok(group)
}

/// Sends a private conduct report to the organizers who moderate — leaving out anyone it is
/// about — and to the instance administrators when it concerns an organizer.
pub async fn report(
    state: &AppState,
    access: &GroupAccess,
    text: &str,
    about_user: Option<UserId>,
    about_name: &str,
) -> Result<ReportId, AppError> {
    access.check(Action::Report)?;
    let mut f = Fields::default();
    let text = f.check("text", ReportText::parse(text));
    let about_name = f.check("about_name", muster_core::group::Summary::parse(about_name));
    f.finish()?;
    let (Some(text), Some(about_name)) = (text, about_name) else {
        return Err(AppError::internal("validated report missing"));
    };
    let reporter = access.user()?.clone();
    let now = state.now();
    let group = access.group.clone();
    let id = ReportId::new();
    let bucket = format!("reports:user:{}", reporter.id);
    state
        .db
        .transaction(move |c| {
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::REPORTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code("daily_limit"));
            }
            let about = match about_user {
                Some(user) => memberships::find(c, group.id, user)?.zip(users::find(c, user)?),
                None => None,
            };
            if about_user.is_some() && about.is_none() {
                return Err(AppError::invalid_field(
                    "about_user_id",
                    "That person is not part of this group.",
                ));
            }
            let about_organizer = about.as_ref().is_some_and(|(m, _)| {
                m.status() == MembershipStatus::Active && m.role().is_organizing()
            });
            let about_label = match (&about, about_name.as_str()) {
                (Some((_, u)), _) => u.display_name.clone(),
                (None, "") => "not named".to_owned(),
                (None, name) => name.to_owned(),
            };
            conduct::insert_report(
                c,
                &ReportRow {
                    id,
                    group_id: group.id,
                    reporter_id: Some(reporter.id),
                    about_user_id: about_user,
                    about_name: about_name.to_string(),
                    about_organizer,
                    text: text.to_string(),
                    status: "open".to_owned(),
                    handled_by: None,
                    handled_at: None,
                    created_at: now,
                },
            )?;
            let mut recipients: Vec<UserRow> = memberships::organizers(c, group.id)?
                .into_iter()
                .filter(|(m, u)| {
                    m.role().can(Capability::ModerateMembers) && Some(u.id) != about_user
                })
                .map(|(_, u)| u)
                .collect();
            if about_organizer {
                for admin in users::admins(c)? {
                    if !recipients.iter().any(|r| r.id == admin.id) && Some(admin.id) != about_user
                    {
                        recipients.push(admin);
                    }
                }
            }
            for recipient in &recipients {
                let message = MailMessage::ConductReport {
                    group_name: group.name.clone(),
                    group_slug: group.slug.clone(),
                    reporter_name: reporter.display_name.clone(),
                    about: about_label.clone(),
                    text: text.to_string(),
                };
                mailer::enqueue(c, Outgoing::to_user(recipient, message), now)?;
            }
            Ok(id)
        })
        .await
}

pub async fn mark_report_handled(
    state: &AppState,
    access: &GroupAccess,
    report: ReportId,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let (id, me) = (access.group.id, access.user()?.id);
    let now = state.now();
    state
        .db
        .write(move |c| {
            let Some(row) = conduct::find_report(c, id, report)? else {
                return Ok(false);
            };
            if row.about_user_id == Some(me) {
                return Ok(false);
            }
            conduct::mark_handled(c, report, me, now)?;
            audit::record(c, id, Some(me), "report_handled", None, "", now)?;
            Ok(true)
        })
        .await?
        .then_some(())
        .ok_or_else(AppError::not_found)
}
