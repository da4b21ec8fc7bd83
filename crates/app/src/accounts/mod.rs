//! Accounts: sign-up, credentials and throttling, emailed links (verification, reset,
//! address change), profile, API tokens, sessions and deletion.

use muster_core::{
    account::{DisplayName, Email, NewPassword, Timezone, TokenPurpose},
    id::UserId,
};
use muster_db::{
    DbError, email_tokens, rate_limits,
    users::{self, NewUser, UserRow},
};
use muster_mail::MailMessage;

use crate::{
    App, AppError, limits,
    mailer::{self, Outgoing},
};
use muster_core::fields::FieldErrors;

pub mod avatar;
pub mod credentials;
pub mod email_links;
pub mod profile;
pub mod settings;
pub mod setup;

pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(AppError::internal)
}

/// Runs password hashing work on the blocking pool, at most one per CPU at a time.
pub(crate) async fn with_hasher<T: Send + 'static>(
    app: &App,
    work: impl FnOnce(&muster_core::secrets::PasswordHasher) -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = app
        .hash_permits
        .clone()
        .acquire_owned()
        .await
        .map_err(AppError::internal)?;
    let hasher = app.hasher.clone();
    blocking(move || work(&hasher)).await
}

pub(crate) async fn hash_password(app: &App, password: &NewPassword) -> Result<String, AppError> {
    let password = password.expose().to_owned();
    with_hasher(app, move |hasher| hasher.hash(&password))
        .await?
        .map_err(AppError::internal)
}

pub(crate) fn too_many(retry_after: u64) -> AppError {
    AppError::too_many_requests(retry_after)
}

/// Counts one email-sending request by `requester`; 429 when over the limit.
pub(crate) async fn limit_requester(app: &App, requester: &str) -> Result<(), AppError> {
    let bucket = limits::requester_bucket(requester);
    let now = app.now();
    match app
        .db
        .write(move |c| rate_limits::hit(c, &bucket, limits::EMAILS_PER_REQUESTER, now))
        .await?
    {
        Ok(()) => Ok(()),
        Err(wait) => {
            tracing::warn!("email-sending requests rate-limited");
            Err(too_many(wait))
        }
    }
}

/// Within a transaction: counts an email to `recipient`; false (send nothing, say nothing)
/// when that address has had enough email from other people's requests.
pub(crate) fn recipient_allows(
    conn: &mut muster_db::DbConnection,
    recipient: &str,
    now: muster_core::Timestamp,
) -> Result<bool, DbError> {
    let bucket = limits::recipient_bucket(recipient);
    let allowed = rate_limits::hit(conn, &bucket, limits::EMAILS_PER_RECIPIENT, now)?.is_ok();
    if !allowed {
        tracing::warn!("emails to one recipient rate-limited");
    }
    Ok(allowed)
}

/// Every way a reset link could still arrive for `user` stops working: unused reset tokens are
/// deleted, and reset emails still queued for `email` (which would mint a fresh link at send
/// time) are dropped. For a new password or a new address.
pub(crate) fn revoke_reset_links(
    c: &mut muster_db::DbConnection,
    user: UserId,
    email: &str,
    now: muster_core::Timestamp,
) -> Result<(), DbError> {
    email_tokens::delete_for_user_purpose(c, user, TokenPurpose::ResetPassword)?;
    muster_db::outbox::drop_pending(
        c,
        muster_db::outbox::Pending {
            recipient: Some(email),
            kinds: &[MailMessage::PASSWORD_RESET_KIND],
            ..Default::default()
        },
        "superseded by a password or address change",
        now,
    )?;
    Ok(())
}

/// Sign-up. Answers the same whether or not the address already has an account: a new
/// account gets a verification email, an existing one a note saying so.
pub async fn signup(
    app: &App,
    email: &str,
    password: &str,
    name: &str,
    timezone: Option<&str>,
    locale: muster_i18n::Locale,
    client_ip: &str,
) -> Result<(), AppError> {
    // The zone the browser reported (the sign-up page's script): kept when it names a real
    // zone; anything else leaves the zone unknown, as if no script had run.
    let timezone = timezone.and_then(|t| Timezone::parse(t).ok());
    let mut fields = FieldErrors::default();
    let email = fields.check("email", Email::parse(email));
    let name = fields.check("name", DisplayName::parse(name));
    let password = fields.check("password", NewPassword::parse(password));
    fields.finish()?;
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(AppError::internal("validated fields missing"));
    };
    limit_requester(app, client_ip).await?;
    // Hash in every case, so a taken address answers as slowly as a new one.
    let hash = hash_password(app, &password).await?;
    let now = app.now();
    app.db
        .write(move |c| {
            if !recipient_allows(c, email.as_str(), now)? {
                return Ok(());
            }
            if let Some(existing) = users::find_by_email(c, &email)? {
                let message = MailMessage::SignupExisting {
                    name: existing.display_name.clone(),
                };
                return mailer::enqueue(c, Outgoing::to_user(&existing, message), now);
            }
            let mut user = match insert_user(c, &email, &name, &hash, false, None, now) {
                Ok(Some(user)) => user,
                // Taken meanwhile (a concurrent sign-up): the same answer, nothing sent.
                Ok(None) => return Ok(()),
                Err(e) if e.is_unique_violation() => return Ok(()),
                Err(e) => return Err(e),
            };
            if let Some(zone) = timezone {
                users::set_timezone(c, user.id, zone, now)?;
            }
            // The account speaks the language its sign-up was made in, from the first email.
            users::set_locale(c, user.id, Some(locale), now)?;
            user.locale = Some(locale.tag().to_owned());
            tracing::info!(user = %user.id, "account created");
            let message = MailMessage::VerifyEmail {
                name: user.display_name.clone(),
            };
            let email =
                Outgoing::to_user(&user, message).with_link(&user, TokenPurpose::VerifyEmail, None);
            mailer::enqueue(c, email, now)
        })
        .await?;
    Ok(())
}

/// Creates an account inside the caller's transaction; `None` if the address is taken.
/// `verified_at` is set for accounts whose address needs no confirmation (the CLI, set-up).
pub fn insert_user(
    c: &mut muster_db::DbConnection,
    email: &Email,
    name: &DisplayName,
    password_hash: &str,
    is_admin: bool,
    verified_at: Option<muster_core::Timestamp>,
    now: muster_core::Timestamp,
) -> Result<Option<UserRow>, DbError> {
    if users::email_taken(c, email)? {
        return Ok(None);
    }
    let id = UserId::new();
    users::insert(
        c,
        &NewUser {
            id,
            email: email.as_str(),
            display_name: name.as_str(),
            password_hash,
            timezone: Timezone::UTC.name(),
            timezone_known: false,
            locale: None,
            is_admin,
            email_verified_at: verified_at,
            created_at: now,
            updated_at: now,
        },
    )?;
    users::find(c, id)
}
