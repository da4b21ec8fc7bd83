//! Account use cases, shared by the JSON API and the HTML pages. Handlers parse the request,
//! call one of these, and shape the answer.

use std::collections::BTreeMap;

use muster_core::{
    account::{Bio, DisplayName, Email, Invalid, NewPassword, Timezone, TokenName, TokenPurpose},
    id::{ApiTokenId, SessionId, UserId},
    secrets::SecretToken,
};
use muster_db::{
    DbError, api_tokens, email_tokens,
    email_tokens::TokenState,
    rate_limits, sessions,
    users::{self, NewUser, UserRow},
};
use muster_mail::MailMessage;

use crate::{
    error::AppError,
    limits,
    mailer::{self, Outgoing},
    state::AppState,
};

/// Collects per-field validation failures into one 422.
#[derive(Default)]
pub struct Fields(BTreeMap<String, String>);

impl Fields {
    pub fn check<T>(&mut self, field: &str, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Invalid(message)) => {
                self.0.entry(field.to_owned()).or_insert(message);
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, message: &str) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.to_owned());
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::invalid_fields(self.0))
        }
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(AppError::internal)
}

/// Runs password hashing work on the blocking pool, at most one per CPU at a time.
async fn with_hasher<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&muster_core::secrets::PasswordHasher) -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = state
        .hash_permits
        .clone()
        .acquire_owned()
        .await
        .map_err(AppError::internal)?;
    let hasher = state.hasher.clone();
    blocking(move || work(&hasher)).await
}

pub(crate) async fn hash_password(
    state: &AppState,
    password: &NewPassword,
) -> Result<String, AppError> {
    let password = password.expose().to_owned();
    with_hasher(state, move |hasher| hasher.hash(&password))
        .await?
        .map_err(AppError::internal)
}

fn too_many(retry_after: u64) -> AppError {
    AppError::too_many_requests(retry_after)
}

/// Counts one email-sending request by `requester`; 429 when over the limit.
async fn limit_requester(state: &AppState, requester: &str) -> Result<(), AppError> {
    let bucket = limits::requester_bucket(requester);
    let now = state.now();
    match state
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
fn revoke_reset_links(
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
    state: &AppState,
    email: &str,
    password: &str,
    name: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = Fields::default();
    let email = fields.check("email", Email::parse(email));
    let name = fields.check("name", DisplayName::parse(name));
    let password = fields.check("password", NewPassword::parse(password));
    fields.finish()?;
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(AppError::internal("validated fields missing"));
    };
    limit_requester(state, client_ip).await?;
    // Hash in every case, so a taken address answers as slowly as a new one.
    let hash = hash_password(state, &password).await?;
    let now = state.now();
    state
        .db
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
            let user = match insert_user(c, &email, &name, &hash, false, None, now) {
                Ok(Some(user)) => user,
                // Taken meanwhile (a concurrent sign-up): the same answer, nothing sent.
                Ok(None) => return Ok(()),
                Err(e) if e.is_unique_violation() => return Ok(()),
                Err(e) => return Err(e),
            };
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
            is_admin,
            email_verified_at: verified_at,
            created_at: now,
            updated_at: now,
        },
    )?;
    users::find(c, id)
}

/// Checks a password for `email` with throttling per account and per client. Used by login
/// and by every action that asks for the current password.
pub async fn check_credentials(
    state: &AppState,
    email: &str,
    password: &str,
    client_ip: &str,
) -> Result<UserRow, AppError> {
    let normalized = email.trim().to_lowercase();
    let account_bucket = limits::account_bucket(&normalized);
    let client_bucket = limits::client_bucket(client_ip);
    let now = state.now();
    // Every attempt is counted before the password is checked (atomically, so parallel
    // attempts cannot all pass); a successful one is given back afterwards.
    let (a, c) = (account_bucket.clone(), client_bucket.clone());
    let admitted = state
        .db
        .write(move |conn| {
            if let Err(wait) =
                rate_limits::hit(conn, &a, limits::CREDENTIAL_FAILURES_PER_ACCOUNT, now)?
            {
                return Ok(Err(wait));
            }
            let by_client =
                rate_limits::hit(conn, &c, limits::CREDENTIAL_FAILURES_PER_CLIENT, now)?;
            if by_client.is_err() {
                rate_limits::refund(conn, &a)?;
            }
            Ok(by_client)
        })
        .await?;
    if let Err(wait) = admitted {
        tracing::warn!(client = %client_ip, "credential check rate-limited");
        return Err(too_many(wait));
    }
    let user = match Email::parse(&normalized) {
        Ok(parsed) => {
            state
                .db
                .read(move |c| users::find_by_email(c, &parsed))
                .await?
        }
        Err(_) => None,
    };
    let password_owned = password.to_owned();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let ok = with_hasher(state, move |hasher| match stored {
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
            actix_web::http::StatusCode::UNAUTHORIZED,
            "invalid_credentials",
            "The email address or password is wrong.",
        ));
    };
    // A hash made with weaker parameters than today's is upgraded now that we know the
    // password.
    if state.hasher.needs_rehash(&user.password_hash) {
        let password_owned = password.to_owned();
        if let Ok(hash) = with_hasher(state, move |hasher| hasher.hash(&password_owned)).await? {
            let id = user.id;
            state
                .db
                .write(move |c| users::set_password_hash(c, id, &hash, now))
                .await?;
            tracing::info!(user = %id, "password hash upgraded");
        }
    }
    state
        .db
        .write(move |c| {
            rate_limits::clear(c, &account_bucket)?;
            rate_limits::refund(c, &client_bucket)
        })
        .await?;
    Ok(user)
}

/// Checks the signed-in person's own password (throttled like a login).
pub async fn confirm_password(
    state: &AppState,
    user: &UserRow,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    check_credentials(state, &user.email, password, client_ip)
        .await
        .map(|_| ())
        .map_err(|e| {
            if e.code == "invalid_credentials" {
                AppError::invalid_fields(BTreeMap::from([(
                    "password".to_owned(),
                    "That is not your current password.".to_owned(),
                )]))
                .with_code("invalid_credentials")
            } else {
                e
            }
        })
}

/// Why an emailed link did not work, as a user would want to hear it.
pub fn token_error(state: &TokenState, purpose: TokenPurpose) -> AppError {
    let again = match purpose {
        TokenPurpose::VerifyEmail => "You can ask for a new link in your account settings.",
        TokenPurpose::ResetPassword => "You can ask for a new link on the password reset page.",
        TokenPurpose::ChangeEmail => "You can start the change again in your account settings.",
    };
    match state {
        TokenState::AlreadyUsed => AppError::new(
            actix_web::http::StatusCode::GONE,
            "token_used",
            format!("This link has already been used. {again}"),
        ),
        TokenState::Expired => AppError::new(
            actix_web::http::StatusCode::GONE,
            "token_expired",
            format!("This link has expired. {again}"),
        ),
        _ => AppError::new(
            actix_web::http::StatusCode::NOT_FOUND,
            "token_invalid",
            format!(
                "This link is not valid: it may be mistyped, or a newer link replaced it. {again}"
            ),
        ),
    }
}

/// Looks at an emailed token without using it.
pub async fn inspect_token(
    state: &AppState,
    token: &str,
    purpose: TokenPurpose,
) -> Result<email_tokens::EmailTokenRow, AppError> {
    let token = SecretToken::from_presented(token);
    let now = state.now();
    match state
        .db
        .read(move |c| email_tokens::inspect(c, &token, purpose, now))
        .await?
    {
        TokenState::Valid(row) => Ok(row),
        other => Err(token_error(&other, purpose)),
    }
}

/// Uses a verification link.
pub async fn verify_email(state: &AppState, token: &str) -> Result<(), AppError> {
    let token = SecretToken::from_presented(token);
    let now = state.now();
    let outcome = state
        .db
        .write(move |c| {
            let consumed = email_tokens::consume(c, &token, TokenPurpose::VerifyEmail, now)?;
            if let TokenState::Valid(row) = &consumed {
                users::mark_verified(c, row.user_id, now)?;
            }
            Ok(consumed)
        })
        .await?;
    match outcome {
        TokenState::Valid(row) => {
            tracing::info!(user = %row.user_id, "email verified");
            Ok(())
        }
        other => Err(token_error(&other, TokenPurpose::VerifyEmail)),
    }
}

/// Sends a new verification link to a signed-in, unverified person.
pub async fn resend_verification(state: &AppState, user: &UserRow) -> Result<(), AppError> {
    if user.is_verified() {
        return Err(AppError::conflict(
            "already_verified",
            "Your email address is already confirmed.",
        ));
    }
    limit_requester(state, &format!("user:{}", user.id)).await?;
    let now = state.now();
    let user = user.clone();
    state
        .db
        .write(move |c| {
            if !recipient_allows(c, &user.email, now)? {
                return Ok(());
            }
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

/// "Forgot my password". Answers the same for every address; never blocked by login
/// throttling.
pub async fn request_password_reset(
    state: &AppState,
    email: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = Fields::default();
    let email = fields.check("email", Email::parse(email));
    fields.finish()?;
    let Some(email) = email else {
        return Err(AppError::internal("validated email missing"));
    };
    limit_requester(state, client_ip).await?;
    let now = state.now();
    state
        .db
        .write(move |c| {
            if !recipient_allows(c, email.as_str(), now)? {
                return Ok(());
            }
            let outgoing = match users::find_by_email(c, &email)? {
                Some(user) => {
                    let message = MailMessage::PasswordReset {
                        name: user.display_name.clone(),
                    };
                    Outgoing::to_user(&user, message).with_link(
                        &user,
                        TokenPurpose::ResetPassword,
                        None,
                    )
                }
                None => Outgoing {
                    about: None,
                    calendar: None,
                    to_email: email.to_string(),
                    to_name: None,
                    message: MailMessage::PasswordResetUnknown,
                    link: None,
                },
            };
            mailer::enqueue(c, outgoing, now)
        })
        .await?;
    Ok(())
}

/// Sets a new password with a reset link. Every session is signed out; the link dies.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    password: &str,
) -> Result<UserRow, AppError> {
    let mut fields = Fields::default();
    let password = fields.check("password", NewPassword::parse(password));
    fields.finish()?;
    let Some(password) = password else {
        return Err(AppError::internal("validated password missing"));
    };
    // Refuse dead links before spending time on hashing.
    inspect_token(state, token, TokenPurpose::ResetPassword).await?;
    let hash = hash_password(state, &password).await?;
    let token = SecretToken::from_presented(token);
    let now = state.now();
    let outcome = state
        .db
        .transaction(move |c| {
            let purpose = TokenPurpose::ResetPassword;
            let consumed = email_tokens::consume(c, &token, purpose, now)?;
            let TokenState::Valid(row) = consumed else {
                return Err(token_error(&consumed, purpose));
            };
            let Some(user) = users::find(c, row.user_id)? else {
                return Err(token_error(&TokenState::Unknown, purpose));
            };
            users::set_password_hash(c, user.id, &hash, now)?;
            // Following the link proves the address is theirs.
            users::mark_verified(c, user.id, now)?;
            // Whoever held the account before the reset loses every way in: sessions, API
            // tokens, and any address change they had started.
            sessions::delete_for_user(c, user.id)?;
            api_tokens::delete_for_user(c, user.id)?;
            revoke_reset_links(c, user.id, &user.email, now)?;
            email_tokens::delete_for_user_purpose(c, user.id, TokenPurpose::ChangeEmail)?;
            rate_limits::clear(c, &limits::account_bucket(&user.email))?;
            let message = MailMessage::PasswordChanged {
                name: user.display_name.clone(),
            };
            if recipient_allows(c, &user.email, now)? {
                mailer::enqueue(c, Outgoing::to_user(&user, message), now)?;
            }
            Ok(user)
        })
        .await?;
    tracing::info!(user = %outcome.id, "password reset; all sessions revoked");
    Ok(outcome)
}

/// Changes the password of a signed-in person who knows the current one. Their other sessions
/// are signed out; `keep` (the current session) stays.
pub async fn change_password(
    state: &AppState,
    user: &UserRow,
    current: &str,
    new: &str,
    keep: Option<SessionId>,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = Fields::default();
    let new = fields.check("new_password", NewPassword::parse(new));
    fields.finish()?;
    let Some(new) = new else {
        return Err(AppError::internal("validated password missing"));
    };
    confirm_password(state, user, current, client_ip)
        .await
        .map_err(|mut e| {
            if let Some(message) = e.fields.remove("password") {
                e.fields.insert("current_password".to_owned(), message);
            }
            e
        })?;
    let hash = hash_password(state, &new).await?;
    let now = state.now();
    let user = user.clone();
    state
        .db
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

/// Profile changes that need no confirmation.
pub async fn update_profile(
    state: &AppState,
    user: &UserRow,
    name: Option<&str>,
    bio: Option<&str>,
    timezone: Option<&str>,
) -> Result<UserRow, AppError> {
    let mut fields = Fields::default();
    let name = fields.check(
        "name",
        DisplayName::parse(name.unwrap_or(&user.display_name)),
    );
    let bio = fields.check("bio", Bio::parse(bio.unwrap_or(&user.bio)));
    let timezone = fields.check(
        "timezone",
        Timezone::parse(timezone.unwrap_or(&user.timezone)),
    );
    fields.finish()?;
    let (Some(name), Some(bio), Some(timezone)) = (name, bio, timezone) else {
        return Err(AppError::internal("validated fields missing"));
    };
    let now = state.now();
    let id = user.id;
    state
        .db
        .write(move |c| {
            users::update_profile(c, id, &name, &bio, timezone, now)?;
            users::find(c, id)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// Starts an address change: the new address gets a confirmation link, the old one a notice.
/// Nothing changes until the link is used.
pub async fn request_email_change(
    state: &AppState,
    user: &UserRow,
    new_email: &str,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = Fields::default();
    let new_email = fields.check("new_email", Email::parse(new_email));
    if new_email.as_ref().is_some_and(|e| e.as_str() == user.email) {
        fields.add("new_email", "That is already your email address.");
    }
    fields.finish()?;
    let Some(new_email) = new_email else {
        return Err(AppError::internal("validated email missing"));
    };
    confirm_password(state, user, password, client_ip).await?;
    limit_requester(state, &format!("user:{}", user.id)).await?;
    let now = state.now();
    let user = user.clone();
    state
        .db
        .write(move |c| {
            // The requester sees the same outcome whether or not the new address has an
            // account: the old address is always told, and the new one gets either the link or
            // a note that nothing changed.
            let notice = MailMessage::EmailChangeRequested {
                name: user.display_name.clone(),
                new_email: new_email.to_string(),
            };
            mailer::enqueue(c, Outgoing::to_user(&user, notice), now)?;
            if !recipient_allows(c, new_email.as_str(), now)? {
                return Ok(());
            }
            let to_new_address = if users::email_taken(c, &new_email)? {
                Outgoing {
                    about: None,
                    calendar: None,
                    to_email: new_email.to_string(),
                    to_name: None,
                    message: MailMessage::AddressInUse,
                    link: None,
                }
            } else {
                Outgoing {
                    about: None,
                    calendar: None,
                    to_email: new_email.to_string(),
                    ..Outgoing::to_user(
                        &user,
                        MailMessage::ConfirmEmailChange {
                            name: user.display_name.clone(),
                            new_email: new_email.to_string(),
                        },
                    )
                }
                .with_link(
                    &user,
                    TokenPurpose::ChangeEmail,
                    Some(new_email.to_string()),
                )
            };
            mailer::enqueue(c, to_new_address, now)
        })
        .await?;
    Ok(())
}

/// Uses an address-change link.
pub async fn confirm_email_change(state: &AppState, token: &str) -> Result<UserId, AppError> {
    let token = SecretToken::from_presented(token);
    let now = state.now();
    let outcome = state
        .db
        .transaction(move |c| {
            let purpose = TokenPurpose::ChangeEmail;
            let consumed = email_tokens::consume(c, &token, purpose, now)?;
            let TokenState::Valid(row) = consumed else {
                return Err(token_error(&consumed, purpose));
            };
            let new_email = row.new_email.as_deref().and_then(|e| Email::parse(e).ok());
            let (Some(new_email), Some(user)) = (new_email, users::find(c, row.user_id)?) else {
                return Err(token_error(&TokenState::Unknown, purpose));
            };
            let taken = || {
                AppError::conflict(
                    "email_taken",
                    "That address now belongs to another account, so it cannot become yours.",
                )
            };
            if users::email_taken(c, &new_email)? {
                return Err(taken());
            }
            match users::set_email(c, user.id, &new_email, now) {
                Ok(()) => {}
                Err(e) if e.is_unique_violation() => return Err(taken()),
                Err(e) => return Err(e.into()),
            }
            // Reset links sent to the old address stop working.
            revoke_reset_links(c, user.id, &user.email, now)?;
            Ok(user.id)
        })
        .await?;
    tracing::info!(user = %outcome, "email address changed");
    Ok(outcome)
}

/// A new personal API token; the plaintext is returned once and never stored.
pub async fn create_api_token(
    state: &AppState,
    user: &UserRow,
    name: &str,
) -> Result<(api_tokens::ApiTokenRow, SecretToken), AppError> {
    let mut fields = Fields::default();
    let name = fields.check("name", TokenName::parse(name));
    fields.finish()?;
    let Some(name) = name else {
        return Err(AppError::internal("validated name missing"));
    };
    let token = SecretToken::generate("mst_").map_err(AppError::internal)?;
    let now = state.now();
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
    state
        .db
        .transaction(move |c| {
            rate_limits::hit(c, &bucket, limits::TOKENS_PER_DAY, now)?.map_err(too_many)?;
            api_tokens::insert(c, &stored)?;
            Ok::<_, AppError>(())
        })
        .await?;
    tracing::info!(user = %user.id, token = %row.id, "API token created");
    Ok((row, token))
}

pub async fn revoke_api_token(
    state: &AppState,
    user: UserId,
    id: ApiTokenId,
) -> Result<(), AppError> {
    let deleted = state
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

pub async fn revoke_session(state: &AppState, user: UserId, id: SessionId) -> Result<(), AppError> {
    let deleted = state
        .db
        .write(move |c| sessions::delete(c, user, id))
        .await?;
    if deleted {
        tracing::info!(%user, session = %id, "session revoked");
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

/// "Log out everywhere."
pub async fn revoke_all_sessions(state: &AppState, user: UserId) -> Result<usize, AppError> {
    let count = state
        .db
        .write(move |c| sessions::delete_for_user(c, user))
        .await?;
    tracing::info!(%user, count, "all sessions revoked");
    Ok(count)
}

/// Deletes the account's personal data, sessions and tokens, after checking the password.
/// What the person did for groups stays: their past RSVPs count (anonymously, as "Former
/// member") and their talks keep the speaker name they gave — unless `remove_talk_names`, when
/// the talks show "Former member" instead.
pub async fn delete_account(
    state: &AppState,
    user: &UserRow,
    password: &str,
    remove_talk_names: bool,
    client_ip: &str,
) -> Result<(), AppError> {
    confirm_password(state, user, password, client_ip).await?;
    let now = state.now();
    let id = user.id;
    let email = user.email.clone();
    let notices = state.notices.clone();
    state
        .db
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
                return Err(AppError::conflict("sole_organizer", message.clone())
                    .with_field("password", message));
            }
            // Seats at upcoming events go to the waitlists first, while the person is still a
            // member of each group.
            for group in muster_db::rsvps::groups_with_upcoming(c, id, now)? {
                if let Some(group) = muster_db::groups::find(c, group)? {
                    // Group first, then its events: the order every other change locks in.
                    muster_db::groups::lock(c, group.id)?;
                    crate::events::service::withdraw_member(c, &notices, &group, id, now)?;
                }
            }
            let groups = muster_db::memberships::delete_for_user(c, id)?;
            muster_db::rsvps::forget_answers(c, id)?;
            muster_db::talks::remove_comments_by(c, id, now)?;
            if remove_talk_names {
                muster_db::talks::forget_speaker(c, id, now)?;
            }
            for request in muster_db::adoptions::pending_by(c, id)? {
                let withdrawn = muster_db::adoptions::AdoptionStatus::Withdrawn;
                let reason = "the account was deleted";
                muster_db::adoptions::decide(c, request.id, withdrawn, Some(id), reason, now)?;
                muster_db::audit::record(
                    c,
                    request.group_id,
                    Some(id),
                    "adoption_withdrawn",
                    Some(id),
                    reason,
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
