//! What a signed-in person changes about their account: profile, API tokens, sessions, and
//! deleting it.

use muster_core::{
    account::{Bio, DisplayName, Timezone, TokenName},
    group::WebUrl,
    id::{ApiTokenId, SessionId, UserId},
    profile::{FediverseHandle, GithubName, Pronouns},
    secrets::SecretToken,
};
use muster_db::{
    api_tokens, rate_limits, sessions,
    users::{self, UserRow},
};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::{credentials::confirm_password, too_many};
use crate::{App, AppError, ErrorCode, limits};
use muster_core::fields::FieldErrors;

/// What a person changes on their profile; `None` keeps a field as it is.
#[derive(Debug, Default, Clone, Copy)]
pub struct ProfileInput<'a> {
    pub name: Option<&'a str>,
    pub bio: Option<&'a str>,
    pub timezone: Option<&'a str>,
    /// A shipped language tag, `""` to follow the browser.
    pub locale: Option<&'a str>,
    pub pronouns: Option<&'a str>,
    /// An http(s) address; `""` for none.
    pub website: Option<&'a str>,
    /// `@name@server` or the profile's address; `""` for none.
    pub fediverse: Option<&'a str>,
    /// A GitHub user name or profile address; `""` for none.
    pub github: Option<&'a str>,
    /// "Keep me out of lists".
    pub unlisted: Option<bool>,
}

/// Profile changes that need no confirmation.
pub async fn update_profile(
    app: &App,
    user: &UserRow,
    input: ProfileInput<'_>,
) -> Result<UserRow, AppError> {
    let mut fields = FieldErrors::default();
    // The language: a tag Muster speaks, "" to follow the browser, absent to keep it.
    let locale = match input.locale.map(str::trim) {
        None => Some(user.locale()),
        Some("") => Some(None),
        Some(tag) => fields.check(
            "locale",
            muster_i18n::Locale::parse(tag)
                .filter(|l| muster_i18n::Locale::SHIPPED.contains(l))
                .map(Some)
                .ok_or_else(|| {
                    muster_core::account::Invalid(
                        "Choose one of the languages Muster speaks: en, de, es, fr, pt-BR, ja, \
                         zh-CN, zh-TW."
                            .to_owned(),
                    )
                }),
        ),
    };
    let name = fields.check(
        "name",
        DisplayName::parse(input.name.unwrap_or(&user.display_name)),
    );
    let bio = fields.check("bio", Bio::parse(input.bio.unwrap_or(&user.bio)));
    let pronouns = fields.check(
        "pronouns",
        Pronouns::parse(input.pronouns.unwrap_or(&user.pronouns)),
    );
    let website = fields.check(
        "website",
        WebUrl::parse_optional(input.website.unwrap_or(&user.website)),
    );
    let fediverse = fields.check(
        "fediverse",
        FediverseHandle::parse_optional(input.fediverse.unwrap_or(&user.fediverse)),
    );
    let github = fields.check(
        "github",
        GithubName::parse_optional(input.github.unwrap_or(&user.github)),
    );
    // An empty zone (the settings page shows none while it is unknown) keeps the stored one.
    let input_zone = input.timezone;
    let timezone = fields.check(
        "timezone",
        Timezone::parse(
            input
                .timezone
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(&user.timezone),
        ),
    );
    fields.finish()?;
    let (
        Some(name),
        Some(bio),
        Some(pronouns),
        Some(website),
        Some(fediverse),
        Some(github),
        Some(timezone),
        Some(locale),
    ) = (
        name, bio, pronouns, website, fediverse, github, timezone, locale,
    )
    else {
        return Err(AppError::internal("validated fields missing"));
    };
    // Saving a zone makes it known; a profile saved without one leaves it as it was.
    let timezone_known = user.timezone_known || input_zone.is_some_and(|t| !t.trim().is_empty());
    let now = app.now();
    let change = users::ProfileChange {
        pronouns: pronouns.as_str().to_owned(),
        website: website.map(|w| w.as_str().to_owned()).unwrap_or_default(),
        fediverse: fediverse.map(|f| f.handle()).unwrap_or_default(),
        github: github.map(|g| g.as_str().to_owned()).unwrap_or_default(),
        unlisted: input.unlisted.unwrap_or(user.unlisted),
        ..users::ProfileChange::new(&name, &bio, timezone, timezone_known, now)
    };
    let id = user.id;
    app.db
        .write(move |c| {
            users::update_profile(c, id, &change)?;
            users::set_locale(c, id, locale, now)?;
            users::find(c, id)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// The language a person reads Muster in (the footer's switch).
pub async fn set_locale(
    app: &App,
    id: UserId,
    locale: muster_i18n::Locale,
) -> Result<(), AppError> {
    let now = app.now();
    app.db
        .write(move |c| users::set_locale(c, id, Some(locale), now))
        .await?;
    Ok(())
}

/// A new personal API token; the plaintext is returned once and never stored.
pub async fn create_api_token(
    app: &App,
    user: &UserRow,
    name: &str,
) -> Result<(api_tokens::ApiTokenRow, SecretToken), AppError> {
    let mut fields = FieldErrors::default();
    let name = fields.check("name", TokenName::parse(name));
    fields.finish()?;
    let Some(name) = name else {
        return Err(AppError::internal("validated name missing"));
    };
    let token = SecretToken::generate("mst_").map_err(AppError::internal)?;
    let now = app.now();
    let row = api_tokens::ApiTokenRow {
        id: ApiTokenId::new(),
        user_id: user.id,
        name: name.to_string(),
        token_hash: token.digest(),
        token_prefix: token.expose().chars().take(8).collect(),
        created_at: now,
        last_used_at: None,
    };
    let stored = row.clone();
    let bucket = format!("tokens:user:{}", user.id);
    app.db
        .transaction(move |c| {
            rate_limits::hit(c, &bucket, limits::TOKENS_PER_DAY, now)?.map_err(too_many)?;
            api_tokens::insert(c, &stored)?;
            Ok::<_, AppError>(())
        })
        .await?;
    tracing::info!(user = %user.id, token = %row.id, "API token created");
    Ok((row, token))
}

pub async fn revoke_api_token(app: &App, user: UserId, id: ApiTokenId) -> Result<(), AppError> {
    let deleted = app
        .db
        .write(move |c| api_tokens::delete(c, user, id))
        .await?;
    if deleted {
        tracing::info!(%user, token = %id, "API token revoked");
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

pub async fn revoke_session(app: &App, user: UserId, id: SessionId) -> Result<(), AppError> {
    let deleted = app.db.write(move |c| sessions::delete(c, user, id)).await?;
    if deleted {
        tracing::info!(%user, session = %id, "session revoked");
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

/// "Log out everywhere."
pub async fn revoke_all_sessions(app: &App, user: UserId) -> Result<usize, AppError> {
    let count = app
        .db
        .write(move |c| sessions::delete_for_user(c, user))
        .await?;
    tracing::info!(%user, count, "all sessions revoked");
    Ok(count)
}

/// The groups `user` is the only organizer of, which they must hand over (or delete) before
/// they can delete their account: the deletion page says so before asking for a password.
pub async fn sole_organizer_of(
    app: &App,
    user: &UserRow,
) -> Result<Vec<muster_db::groups::GroupRow>, AppError> {
    let id = user.id;
    Ok(app
        .db
        .read(move |c| muster_db::memberships::sole_organizer_of(c, id))
        .await?)
}

/// Deletes the account's personal data, sessions and tokens, after checking the password.
/// What the person did for groups stays: their past RSVPs count (anonymously, as "Former
/// member") and their talks keep the speaker name they gave — unless `remove_talk_names`, when
/// the talks show "Former member" instead.
pub async fn delete_account(
    app: &App,
    user: &UserRow,
    password: &str,
    remove_talk_names: bool,
    client_ip: &str,
) -> Result<(), AppError> {
    confirm_password(app, user, password, client_ip).await?;
    let now = app.now();
    let id = user.id;
    let email = user.email.clone();
    let notices = app.notices.clone();
    app.db
        .transaction(move |c| {
            // A group must never be left without an organizer: the person hands it over (or
            // deletes it) first. Checked inside the transaction so a co-organizer leaving at the
            // same moment cannot slip past.
            let sole = muster_db::memberships::sole_organizer_of(c, id)?;
            if !sole.is_empty() {
                let names: Vec<_> = sole.into_iter().map(|g| g.name).collect();
                let message = format!(
                    "You are the only organizer of {}. Make someone else an organizer, or \
                     delete the group, before deleting your account.",
                    names.join(", ")
                );
                return Err(
                    AppError::conflict(ErrorCode::SoleOrganizer, message.clone())
                        .with_field("password", message),
                );
            }
            // Seats at upcoming events go to the waitlists first, while the person is still a
            // member of each group.
            for group in muster_db::rsvps::groups_with_upcoming(c, id, now)? {
                if let Some(group) = muster_db::groups::find(c, group)? {
                    // Group first, then its events: the order every other change locks in.
                    muster_db::groups::lock(c, group.id)?;
                    crate::events::schedule::withdraw_member(c, &notices, &group, id, now)?;
                }
            }
            let groups = muster_db::memberships::delete_for_user(c, id)?;
            muster_db::rsvps::forget_answers(c, id)?;
            muster_db::talks::remove_comments_by(c, id, now)?;
            muster_db::discussions::forget_author(c, id, now)?;
            if remove_talk_names {
                muster_db::talks::forget_speaker(c, id, now)?;
            }
            for request in muster_db::adoptions::pending_by(c, id)? {
                let withdrawn = muster_db::adoptions::AdoptionStatus::Withdrawn;
                let reason = "the account was deleted";
                muster_db::adoptions::decide(c, request.id, withdrawn, Some(id), reason, now)?;
                muster_db::audit::record(
                    c,
                    AuditEntry::new(request.group_id, AuditAction::AdoptionWithdrawn)
                        .by(Some(id))
                        .about(Some(id))
                        .detail(reason),
                    now,
                )?;
            }
            users::scrub(c, id, now)?;
            for group in groups {
                muster_db::groups::refresh_member_count(c, group)?;
            }
            muster_db::outbox::drop_pending(
                c,
                muster_db::outbox::Pending {
                    recipient: Some(&email),
                    ..Default::default()
                },
                "the account was deleted",
                now,
            )?;
            Ok(())
        })
        .await?;
    tracing::info!(user = %id, "account deleted");
    Ok(())
}
