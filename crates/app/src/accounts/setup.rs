//! The first administrator, created through the web on a fresh instance.
//!
//! While no administrator exists, start-up stores the digest of a one-time set-up token and
//! logs the URL that carries it (`/setup?token=…`): only someone who can read the server's log
//! can claim the instance. The token dies when the administrator is created or after a day.
//! The CLI alternative is `muster admin create-user --admin`.

use muster_core::{
    Timestamp,
    account::{DisplayName, Email, NewPassword},
    fields::FieldErrors,
    secrets::{SecretToken, constant_time_eq},
};
use muster_db::{
    Db, DbError, settings,
    users::{self, UserRow},
};

use super::{hash_password, insert_user};
use crate::{App, AppError, ErrorCode};

pub(crate) const TOKEN_KEY: &str = "setup_token_sha256";
pub(crate) const EXPIRES_KEY: &str = "setup_token_expires_at";

/// At start-up: a fresh set-up token if the instance has no administrator yet.
pub async fn prepare(db: &Db, now: Timestamp) -> Result<Option<SecretToken>, DbError> {
    let token = match SecretToken::generate("") {
        Ok(token) => token,
        Err(e) => return Err(DbError::Migration(e.to_string())),
    };
    let digest = token.digest();
    let expires = (now + chrono::Duration::days(1)).to_rfc3339();
    let created = db
        .write(move |c| {
            if users::admin_exists(c)? {
                return Ok(false);
            }
            settings::set(c, TOKEN_KEY, &digest, now)?;
            settings::set(c, EXPIRES_KEY, &expires, now)?;
            Ok(true)
        })
        .await?;
    Ok(created.then_some(token))
}

pub(crate) fn token_matches(
    c: &mut muster_db::DbConnection,
    presented: &str,
    now: Timestamp,
) -> Result<bool, DbError> {
    let (Some(stored), Some(expires)) =
        (settings::get(c, TOKEN_KEY)?, settings::get(c, EXPIRES_KEY)?)
    else {
        return Ok(false);
    };
    let unexpired = Timestamp::parse_rfc3339(&expires).is_ok_and(|t| t > now);
    let digest = SecretToken::from_presented(presented.trim()).digest();
    Ok(unexpired && constant_time_eq(&digest, &stored))
}

/// Whether the instance still has no administrator (the set-up page exists only then).
pub async fn ensure_fresh(app: &App) -> Result<(), AppError> {
    if app.db.read(users::admin_exists).await? {
        Err(AppError::not_found())
    } else {
        Ok(())
    }
}

/// What the set-up form asks for.
pub struct FirstAdmin {
    pub token: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

/// Creates the first administrator from the set-up form: the one-time token must match, and
/// two racing submissions create one administrator.
pub async fn create_first_admin(app: &App, form: &FirstAdmin) -> Result<UserRow, AppError> {
    ensure_fresh(app).await?;
    let mut fields = FieldErrors::default();
    let email = fields.check("email", Email::parse(&form.email));
    let name = fields.check("name", DisplayName::parse(&form.name));
    let password = fields.check("password", NewPassword::parse(&form.password));
    let now = app.now();
    let presented = form.token.clone();
    if !app
        .db
        .read(move |c| token_matches(c, &presented, now))
        .await?
    {
        fields.add(
            "token",
            "That is not the current set-up token. Copy it from the server's log.",
        );
    }
    fields.finish()?;
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(AppError::internal("validated fields missing"));
    };
    let hash = hash_password(app, &password).await?;
    let presented = form.token.clone();
    let created = app
        .db
        .write(move |c| {
            // Checked again inside the transaction: two racing submissions create one admin.
            if users::admin_exists(c)? || !token_matches(c, &presented, now)? {
                return Ok(None);
            }
            let Some(user) = insert_user(c, &email, &name, &hash, true, Some(now), now)? else {
                return Ok(None);
            };
            settings::set(c, TOKEN_KEY, "", now)?;
            settings::set(c, EXPIRES_KEY, "", now)?;
            Ok(Some(user))
        })
        .await?;
    let user = created.ok_or_else(|| {
        AppError::conflict(
            ErrorCode::SetupDone,
            "The instance was set up meanwhile, or that email address is taken.",
        )
    })?;
    tracing::info!(user = %user.id, "first administrator created through /setup");
    Ok(user)
}
