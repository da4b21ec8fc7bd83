//! What the emailed links do: confirm an address after sign-up (and send a new link), reset a
//! forgotten password, confirm a new address. A link's page only shows a button (GET never
//! changes anything: mail scanners follow links); the JSON API takes the link's token.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use muster_core::account::TokenPurpose;
use serde::Deserialize;
use utoipa::ToSchema;

use super::views::Accepted;
use crate::{
    auth::{self, CurrentUser, MaybeUser},
    csrf::{CsrfForm, CsrfToken},
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{
        EmptyForm, FormErrors, PageContext, confirm_page, message_page, no_referrer, render,
        render_with_status, see_other,
    },
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/auth/verify")
        .post(Access::SecretLink, verify)
        .done();
    table
        .resource("/api/v1/auth/verify/resend")
        .post(Access::Authenticated, resend_verification)
        .done();
    table
        .resource("/api/v1/auth/reset")
        .post(Access::Public, request_reset)
        .done();
    table
        .resource("/api/v1/auth/reset/confirm")
        .post(Access::SecretLink, confirm_reset)
        .done();
    table
        .resource("/api/v1/auth/email/confirm")
        .post(Access::SecretLink, confirm_email)
        .done();
    table
        .resource("/account/verify/resend")
        .post(Access::Authenticated, resend_verification_submit)
        .done();
    table
        .resource("/account/verify/{token}")
        .get(Access::SecretLink, verify_page)
        .post(Access::SecretLink, verify_submit)
        .done();
    table
        .resource("/account/reset")
        .get(Access::Public, reset_request_form)
        .post(Access::Public, reset_request_submit)
        .done();
    table
        .resource("/account/reset/{token}")
        .get(Access::SecretLink, reset_form)
        .post(Access::SecretLink, reset_submit)
        .done();
    table
        .resource("/account/email/confirm/{token}")
        .get(Access::SecretLink, email_confirm_page)
        .post(Access::SecretLink, email_confirm_submit)
        .done();
}

// ----------------------------------------------------------------------------- API

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The token from the emailed link.
    pub token: String,
}

/// Confirm an email address with the token from the verification email.
#[utoipa::path(
    post, path = "/api/v1/auth/verify", tag = "auth", request_body = TokenRequest,
    responses(
        (status = 200, body = Accepted, description = "Address confirmed"),
        (status = 404, body = crate::openapi::ErrorBody, description = "Unknown or superseded link"),
        (status = 410, body = crate::openapi::ErrorBody, description = "Used or expired link"),
    )
)]
pub async fn verify(
    state: web::Data<AppState>,
    body: ApiJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::verify_email(&state, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Accepted {
        status: "verified",
        message: "Your email address is confirmed.",
    }))
}

/// Send a new verification email to the signed-in person.
#[utoipa::path(
    post, path = "/api/v1/auth/verify/resend", tag = "auth",
    responses(
        (status = 202, body = Accepted),
        (status = 409, body = crate::openapi::ErrorBody, description = "Already verified"),
        (status = 429, body = crate::openapi::ErrorBody),
    ),
    security(("session" = []), ("bearer" = []))
)]
pub async fn resend_verification(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::resend_verification(&state, user.user()).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "We have sent you a new confirmation link.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub email: String,
}

/// Ask for a password-reset email. Answers the same for every address.
#[utoipa::path(
    post, path = "/api/v1/auth/reset", tag = "auth", request_body = ResetRequest,
    responses(
        (status = 202, body = Accepted),
        (status = 422, body = crate::openapi::ErrorBody),
        (status = 429, body = crate::openapi::ErrorBody),
    )
)]
pub async fn request_reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: ApiJson<ResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    muster_app::accounts::email_links::request_password_reset(&state, &body.0.email, &ip).await?;
    Ok(HttpResponse::Accepted().json(Accepted {
        status: "check_your_email",
        message: "If the address has an account, we have sent it a link to choose a new password.",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirm {
    pub token: String,
    pub password: String,
}

/// Set a new password with the token from the reset email. Every session is signed out.
#[utoipa::path(
    post, path = "/api/v1/auth/reset/confirm", tag = "auth", request_body = ResetConfirm,
    responses(
        (status = 204, description = "Password changed"),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 410, body = crate::openapi::ErrorBody),
        (status = 422, body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_reset(
    state: web::Data<AppState>,
    body: ApiJson<ResetConfirm>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::reset_password(&state, &body.0.token, &body.0.password)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Confirm a new email address with the token sent to it.
#[utoipa::path(
    post, path = "/api/v1/auth/email/confirm", tag = "auth", request_body = TokenRequest,
    responses(
        (status = 200, body = Accepted),
        (status = 404, body = crate::openapi::ErrorBody),
        (status = 409, body = crate::openapi::ErrorBody),
        (status = 410, body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_email(
    state: web::Data<AppState>,
    body: ApiJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    muster_app::accounts::email_links::confirm_email_change(&state, &body.0.token).await?;
    Ok(HttpResponse::Ok().json(Accepted {
        status: "email_changed",
        message: "Your new email address is confirmed.",
    }))
}

// ----------------------------------------------------------------------------- pages: verification

/// GET on an emailed link only shows a button: GET never changes anything (mail scanners
/// follow links).
async fn link_landing(
    req: &HttpRequest,
    state: &AppState,
    token: &str,
    purpose: TokenPurpose,
    (title, message, button): (&str, &str, &str),
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::email_links::inspect_token(state, token, purpose).await?;
    confirm_page(
        req,
        state,
        &super::tr(title),
        &super::tr(message),
        format!("{}{token}", purpose.link_path()),
        &super::tr(button),
    )
}

pub async fn verify_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_landing(
        &req,
        &state,
        &token,
        TokenPurpose::VerifyEmail,
        (
            "account-verify-title",
            "account-verify-message",
            "account-verify-button",
        ),
    )
    .await
}

pub async fn verify_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let verified = muster_app::accounts::email_links::verify_email(&state, &token).await?;
    if user.0.is_some() {
        return Ok(see_other("/?notice=verified"));
    }
    // The link proved the address is theirs: they are signed in, not sent to log in again.
    let cookie = super::session::start_session(&req, &state, &verified, None).await?;
    let mut response = see_other("/?notice=verified");
    response
        .add_cookie(&cookie)
        .map_err(muster_app::AppError::internal)?;
    Ok(response)
}

pub async fn resend_verification_submit(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::email_links::resend_verification(&state, user.user()).await?;
    Ok(see_other("/account/settings?notice=verification_sent"))
}

// ----------------------------------------------------------------------------- pages: password reset

#[derive(Template)]
#[template(path = "account/reset_request.html")]
struct ResetRequestPage {
    page: PageContext,
    csrf: String,
    email: String,
    errors: FormErrors,
}

pub async fn reset_request_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
) -> Result<HttpResponse, PageError> {
    render(&ResetRequestPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        email: String::new(),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn reset_request_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<EmailForm>,
) -> Result<HttpResponse, PageError> {
    let ip = auth::client_ip(&req, &state.config);
    match muster_app::accounts::email_links::request_password_reset(&state, &form.0.email, &ip)
        .await
    {
        Ok(()) => message_page(
            &req,
            &state,
            StatusCode::OK,
            &super::tr("account-check-inbox"),
            &super::tr("account-reset-sent"),
            None,
        ),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &ResetRequestPage {
                page: PageContext::new(&req, &state),
                csrf: CsrfToken::for_request(&req)?.0,
                email: form.0.email,
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "account/reset_form.html")]
struct ResetFormPage {
    page: PageContext,
    csrf: String,
    token: String,
    errors: FormErrors,
}

pub async fn reset_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::email_links::inspect_token(&state, &token, TokenPurpose::ResetPassword)
        .await?;
    let mut response = render(&ResetFormPage {
        page: PageContext::new(&req, &state),
        csrf: CsrfToken::for_request(&req)?.0,
        token: token.into_inner(),
        errors: FormErrors::default(),
    })?;
    no_referrer(&mut response);
    Ok(response)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn reset_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    current: MaybeUser,
    token: web::Path<String>,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, PageError> {
    match muster_app::accounts::email_links::reset_password(&state, &token, &form.0.password).await
    {
        Ok(_) => {
            // Every session ended, including this browser's if it had one.
            let location = "/account/login?notice=password_reset";
            Ok(if current.0.is_some() {
                auth::signed_out(&state.config, Some(location))
            } else {
                see_other(location)
            })
        }
        Err(error) if !error.fields.is_empty() => render_with_status(
            &ResetFormPage {
                page: PageContext::new(&req, &state),
                csrf: CsrfToken::for_request(&req)?.0,
                token: token.into_inner(),
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

// ----------------------------------------------------------------------------- pages: address change

pub async fn email_confirm_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_landing(
        &req,
        &state,
        &token,
        TokenPurpose::ChangeEmail,
        (
            "account-email-confirm-title",
            "account-email-confirm-message",
            "account-email-confirm-button",
        ),
    )
    .await
}

pub async fn email_confirm_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::email_links::confirm_email_change(&state, &token).await?;
    message_page(
        &req,
        &state,
        StatusCode::OK,
        &super::tr("account-email-changed-title"),
        &super::tr("account-email-changed-message"),
        Some(("/account/settings", &super::tr("account-settings-link"))),
    )
}
