//! The code of conduct (versions, acceptance) and conduct reports.

use muster_core::{
    group::ReportStatus,
    group::{ConductText, ReportText},
    id::{ReportId, UserId},
    policy::{Action, MembershipStatus},
    roles::Capability,
};
use muster_db::{
    audit,
    conduct::{self, ConductVersionRow, ReportRow},
    groups::{self},
    memberships::{self},
    rate_limits,
    users::{self, UserRow},
};
use muster_mail::MailMessage;

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use super::membership::conduct_error;
use crate::{
    App, AppError, ErrorCode, limits,
    mailer::{self, Outgoing},
};
use muster_core::fields::FieldErrors;

/// The current code of conduct.
pub async fn current_conduct(
    app: &App,
    access: &GroupAccess,
) -> Result<ConductVersionRow, AppError> {
    access.check(Action::View)?;
    let (id, version) = (access.group.id, access.group.conduct_version);
    app.db
        .read(move |c| conduct::version(c, id, version))
        .await?
        .ok_or_else(AppError::not_found)
}

/// Publishes a new version of the code of conduct; members accept it again before their next
/// RSVP.
pub async fn update_conduct(
    app: &App,
    access: &GroupAccess,
    text: &str,
) -> Result<ConductVersionRow, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let text = ConductText::parse(text).map_err(|e| AppError::invalid_field("text", e.0))?;
    let now = app.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    app.db
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
                AuditEntry::new(id, AuditAction::ConductUpdated)
                    .by(Some(actor))
                    .detail(&format!("version {}", row.version)),
                now,
            )?;
            Ok(Some(row))
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// A member accepts the current code of conduct.
pub async fn accept_conduct(app: &App, access: &GroupAccess, version: i32) -> Result<(), AppError> {
    access.check(Action::View)?;
    access.active_membership()?;
    if version != access.group.conduct_version {
        return Err(conduct_error(access.group.conduct_version));
    }
    let now = app.now();
    let (id, user) = (access.group.id, access.user()?.id);
    let accepted = app
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

/// Sends a private conduct report to the organizers who moderate — leaving out anyone it is
/// about — and to the instance administrators when it concerns an organizer.
pub async fn report(
    app: &App,
    access: &GroupAccess,
    text: &str,
    about_user: Option<UserId>,
    about_name: &str,
) -> Result<ReportId, AppError> {
    access.check(Action::Report)?;
    let mut f = FieldErrors::default();
    let text = f.check("text", ReportText::parse(text));
    let about_name = f.check("about_name", muster_core::group::Summary::parse(about_name));
    f.finish()?;
    let (Some(text), Some(about_name)) = (text, about_name) else {
        return Err(AppError::internal("validated report missing"));
    };
    let reporter = access.user()?.clone();
    let now = app.now();
    let group = access.group.clone();
    let id = ReportId::new();
    let bucket = format!("reports:user:{}", reporter.id);
    app.db
        .transaction(move |c| {
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::REPORTS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
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
                    status: ReportStatus::Open,
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
    app: &App,
    access: &GroupAccess,
    report: ReportId,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::ModerateMembers))?;
    let (id, me) = (access.group.id, access.user()?.id);
    let now = app.now();
    app.db
        .write(move |c| {
            let Some(row) = conduct::find_report(c, id, report)? else {
                return Ok(false);
            };
            if row.about_user_id == Some(me) {
                return Ok(false);
            }
            conduct::mark_handled(c, report, me, now)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::ReportHandled).by(Some(me)),
                now,
            )?;
            Ok(true)
        })
        .await?
        .then_some(())
        .ok_or_else(AppError::not_found)
}
