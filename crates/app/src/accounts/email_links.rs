//! The single-use links Muster emails: address verification, password reset and address
//! change.

use muster_core::{
    account::{Email, NewPassword, TokenPurpose},
    id::UserId,
    secrets::SecretToken,
};
use muster_db::{
    api_tokens, email_tokens,
    email_tokens::TokenState,
    rate_limits, sessions,
    users::{self, UserRow},
};
use muster_mail::MailMessage;

use super::{
    credentials::confirm_password, hash_password, limit_requester, recipient_allows,
    revoke_reset_links,
};
use crate::{
    App, AppError, ErrorCode, ErrorKind, limits,
    mailer::{self, Outgoing},
};
use muster_core::fields::FieldErrors;

/// Why an emailed link did not work, as a user would want to hear it.
pub fn token_error(state: &TokenState, purpose: TokenPurpose) -> AppError {
    let again = match purpose {
        TokenPurpose::VerifyEmail => "You can ask for a new link in your account settings.",
        TokenPurpose::ResetPassword => "You can ask for a new link on the password reset page.",
        TokenPurpose::ChangeEmail => "You can start the change again in your account settings.",
    };
    match state {
        TokenState::AlreadyUsed => AppError::gone(
            ErrorCode::TokenUsed,
            format!("This link has already been used. {again}"),
        ),
        TokenState::Expired => AppError::gone(
            ErrorCode::TokenExpired,
            format!("This link has expired. {again}"),
        ),
        _ => AppError::new(
            ErrorKind::NotFound,
            ErrorCode::TokenInvalid,
            format!(
                "This link is not valid: it may be mistyped, or a newer link replaced it. {again}"
            ),
        ),
    }
}

/// Looks at an emailed token without using it.
pub async fn inspect_token(
    app: &App,
    token: &str,
    purpose: TokenPurpose,
) -> Result<email_tokens::EmailTokenRow, AppError> {
    let token = SecretToken::from_presented(token);
    let now = app.now();
    match app
        .db
        .read(move |c| email_tokens::inspect(c, &token, purpose, now))
        .await?
    {
        TokenState::Valid(row) => Ok(row),
        other => Err(token_error(&other, purpose)),
    }
}

/// Uses a verification link.
pub async fn verify_email(app: &App, token: &str) -> Result<UserRow, AppError> {
    let token = SecretToken::from_presented(token);
    let now = app.now();
    let outcome = app
        .db
        .write(move |c| {
            let consumed = email_tokens::consume(c, &token, TokenPurpose::VerifyEmail, now)?;
            let user = match &consumed {
                TokenState::Valid(row) => {
                    users::mark_verified(c, row.user_id, now)?;
                    users::find(c, row.user_id)?
                }
                _ => None,
            };
            Ok((consumed, user))
        })
        .await?;
    match outcome {
        (TokenState::Valid(row), Some(user)) => {
            tracing::info!(user = %row.user_id, "email verified");
            Ok(user)
        }
        (TokenState::Valid(_), None) => Err(AppError::not_found()),
        (other, _) => Err(token_error(&other, TokenPurpose::VerifyEmail)),
    }
}

/// Sends a new verification link to a signed-in, unverified person.
pub async fn resend_verification(app: &App, user: &UserRow) -> Result<(), AppError> {
    if user.is_verified() {
        return Err(AppError::conflict(
            ErrorCode::AlreadyVerified,
            "Your email address is already confirmed.",
        ));
    }
    limit_requester(app, &format!("user:{}", user.id)).await?;
    let now = app.now();
    let user = user.clone();
    app.db
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
    app: &App,
    email: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = FieldErrors::default();
    let email = fields.check("email", Email::parse(email));
    fields.finish()?;
    let Some(email) = email else {
        return Err(AppError::internal("validated email missing"));
    };
    limit_requester(app, client_ip).await?;
    let now = app.now();
    app.db
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
                    locale: None,
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
pub async fn reset_password(app: &App, token: &str, password: &str) -> Result<UserRow, AppError> {
    let mut fields = FieldErrors::default();
    let password = fields.check("password", NewPassword::parse(password));
    fields.finish()?;
    let Some(password) = password else {
        return Err(AppError::internal("validated password missing"));
    };
    // Refuse dead links before spending time on hashing.
    inspect_token(app, token, TokenPurpose::ResetPassword).await?;
    let hash = hash_password(app, &password).await?;
    let token = SecretToken::from_presented(token);
    let now = app.now();
    let outcome = app
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

/// Starts an address change: the new address gets a confirmation link, the old one a notice.
/// Nothing changes until the link is used.
pub async fn request_email_change(
    app: &App,
    user: &UserRow,
    new_email: &str,
    password: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let mut fields = FieldErrors::default();
    let new_email = fields.check("new_email", Email::parse(new_email));
    if new_email.as_ref().is_some_and(|e| e.as_str() == user.email) {
        fields.add("new_email", "That is already your email address.");
    }
    fields.finish()?;
    let Some(new_email) = new_email else {
        return Err(AppError::internal("validated email missing"));
    };
    confirm_password(app, user, password, client_ip).await?;
    limit_requester(app, &format!("user:{}", user.id)).await?;
    let now = app.now();
    let user = user.clone();
    app.db
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
                    locale: None,
                    calendar: None,
                    to_email: new_email.to_string(),
                    to_name: None,
                    message: MailMessage::AddressInUse,
                    link: None,
                }
            } else {
                Outgoing {
                    about: None,
                    locale: None,
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
pub async fn confirm_email_change(app: &App, token: &str) -> Result<UserId, AppError> {
    let token = SecretToken::from_presented(token);
    let now = app.now();
    let outcome = app
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
                    ErrorCode::EmailTaken,
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
