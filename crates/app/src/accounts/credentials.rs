//! Checking a password (login, and every form that asks for the current one) under the
//! shared throttle, and changing it.

use std::collections::BTreeMap;

use muster_core::{
    account::{Email, NewPassword},
    id::{SessionId, UserId},
    secrets::SecretToken,
};
use muster_db::{
    known_devices, rate_limits, sessions,
    users::{self, UserRow},
};
use muster_mail::MailMessage;

use super::{hash_password, recipient_allows, revoke_reset_links, too_many, with_hasher};
use crate::{
    App, AppError, ErrorCode, ErrorKind, limits,
    mailer::{self, Outgoing},
};
use muster_core::fields::FieldErrors;

/// Checks a password for `email` with throttling per account and per client. Used by login
/// and by every action that asks for the current password. `device` is the token of the
/// browser's known-device cookie, if it sent one: a browser that has logged in to this account
/// before is exempt from the per-account counter (a stranger's guesses cannot lock its owner
/// out), never from the per-client one.
pub async fn check_credentials(
    app: &App,
    email: &str,
    password: &str,
    client_ip: &str,
    device: Option<&str>,
) -> Result<UserRow, AppError> {
    let normalized = email.trim().to_lowercase();
    let account_bucket = limits::account_bucket(&normalized);
    let client_bucket = limits::client_bucket(client_ip);
    let now = app.now();
    let device_hash = device.map(|d| SecretToken::from_presented(d).digest());
    // Every attempt is counted before the password is checked (atomically, so parallel
    // attempts cannot all pass); a successful one is given back afterwards.
    let (a, c, email_key) = (
        account_bucket.clone(),
        client_bucket.clone(),
        normalized.clone(),
    );
    let admitted = app
        .db
        .write(move |conn| {
            let known = match &device_hash {
                Some(hash) => known_devices::is_known_for(conn, hash, &email_key, now)?,
                None => false,
            };
            if !known
                && let Err(wait) =
                    rate_limits::hit(conn, &a, limits::CREDENTIAL_FAILURES_PER_ACCOUNT, now)?
            {
                return Ok(Err(wait));
            }
            let by_client =
                rate_limits::hit(conn, &c, limits::CREDENTIAL_FAILURES_PER_CLIENT, now)?;
            if by_client.is_err() && !known {
                rate_limits::refund(conn, &a)?;
            }
            Ok(by_client.map(|()| known))
        })
        .await?;
    let known_device = match admitted {
        Ok(known) => known,
        Err(wait) => {
            tracing::warn!(client = %client_ip, "credential check rate-limited");
            return Err(too_many(wait));
        }
    };
    let user = match Email::parse(&normalized) {
        Ok(parsed) => {
            app.db
                .read(move |c| users::find_by_email(c, &parsed))
                .await?
        }
        Err(_) => None,
    };
    let password_owned = password.to_owned();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let ok = with_hasher(app, move |hasher| match stored {
        Some(stored) => hasher.verify(&password_owned, &stored),
        None => {
            hasher.verify_dummy(&password_owned);
            false
        }
    })
    .await?;
    let Some(user) = user.filter(|_| ok) else {
        tracing::warn!(client = %client_ip, "credential check failed");
        return Err(AppError::new(
            ErrorKind::Unauthenticated,
            ErrorCode::InvalidCredentials,
            "The email address or password is wrong.",
        ));
    };
    // A hash made with weaker parameters than today's is upgraded now that we know the
    // password.
    if app.hasher.needs_rehash(&user.password_hash) {
        let password_owned = password.to_owned();
        if let Ok(hash) = with_hasher(app, move |hasher| hasher.hash(&password_owned)).await? {
            let id = user.id;
            app.db
                .write(move |c| users::set_password_hash(c, id, &hash, now))
                .await?;
            tracing::info!(user = %id, "password hash upgraded");
        }
    }
    app.db
        .write(move |c| {
            // A known device's attempt never counted against the account: what others
            // guessed there stands.
            if !known_device {
                rate_limits::clear(c, &account_bucket)?;
            }
            rate_limits::refund(c, &client_bucket)
        })
        .await?;
    Ok(user)
}

/// After a successful login: keeps the browser's known-device token if it already belongs to
/// `user`, else returns a new one for the browser to keep (only its SHA-256 is stored).
pub async fn remember_device(
    app: &App,
    user: UserId,
    presented: Option<&str>,
) -> Result<Option<SecretToken>, AppError> {
    let now = app.now();
    let presented = presented.map(|d| SecretToken::from_presented(d).digest());
    let token = SecretToken::generate("").map_err(AppError::internal)?;
    let hash = token.digest();
    let fresh = app
        .db
        .write(move |c| {
            if let Some(old) = presented
                && known_devices::touch(c, &old, user, now)?
            {
                return Ok(false);
            }
            known_devices::insert(c, &hash, user, now)?;
            Ok(true)
        })
        .await?;
    Ok(fresh.then_some(token))
}

/// Checks the signed-in person's own password (throttled like a login).
pub async fn confirm_password(
    app: &App,
    user: &UserRow,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    check_credentials(app, &user.email, password, client_ip, None)
        .await
        .map(|_| ())
        .map_err(|e| {
            if e.code == ErrorCode::InvalidCredentials {
                AppError::invalid_fields(BTreeMap::from([(
                    "password".to_owned(),
                    "That is not your current password.".to_owned(),
                )]))
                .with_code(ErrorCode::InvalidCredentials)
            } else {
                e
            }
        })
}

/// Changes the password of a signed-in person who knows the current one. Their other sessions
/// are signed out; `keep` (the current session) stays.
pub async fn change_password(
    app: &App,
    user: &UserRow,
    current: &str,
    new: &str,
    keep: Option<SessionId>,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = FieldErrors::default();
    let new = fields.check("new_password", NewPassword::parse(new));
    fields.finish()?;
    let Some(new) = new else {
        return Err(AppError::internal("validated password missing"));
    };
    confirm_password(app, user, current, client_ip)
        .await
        .map_err(|mut e| {
            if let Some(message) = e.fields.remove("password") {
                e.fields.insert("current_password".to_owned(), message);
            }
            e
        })?;
    let hash = hash_password(app, &new).await?;
    let now = app.now();
    let user = user.clone();
    app.db
        .write(move |c| {
            users::set_password_hash(c, user.id, &hash, now)?;
            sessions::delete_for_user_except(c, user.id, keep)?;
            revoke_reset_links(c, user.id, &user.email, now)?;
            if !recipient_allows(c, &user.email, now)? {
                return Ok(());
            }
            let message = MailMessage::PasswordChanged {
                name: user.display_name.clone(),
            };
            mailer::enqueue(c, Outgoing::to_user(&user, message), now)
        })
        .await?;
    Ok(())
}
