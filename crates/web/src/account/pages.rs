//! The account pages under `/account/…`: plain HTML forms, no JavaScript needed.

use std::sync::LazyLock;

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use askama::Template;
use muster_core::account::TokenPurpose;
use muster_db::{api_tokens, feed_tokens, sessions};
use serde::Deserialize;

use super::{api as account_api, parse_id};
use crate::{
    auth::{self, CurrentUser, MaybeUser},
    csrf::{CsrfForm, CsrfToken},
    error::{AppError, PageError},
    pages::{FormErrors, PageContext, no_referrer, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/account/signup")
        .get(Access::Public, signup_form)
        .post(Access::Public, signup_submit)
        .done();
    table
        .resource("/account/login")
        .get(Access::Public, login_form)
        .post(Access::Public, login_submit)
        .done();
    table
        .resource("/account/logout")
        .post(Access::Public, logout)
        .done();
    table
        .resource("/account/verify/resend")
        .post(Access::Authenticated, resend_verification)
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
    table
        .resource("/account/settings")
        .get(Access::Authenticated, settings)
        .done();
    table
        .resource("/account/settings/profile")
        .post(Access::Authenticated, profile_submit)
        .done();
    table
        .resource("/account/settings/email")
        .post(Access::Verified, email_submit)
        .done();
    table
        .resource("/account/settings/password")
        .post(Access::Authenticated, password_submit)
        .done();
    table
        .resource("/account/sessions/revoke-all")
        .post(Access::Authenticated, revoke_all_sessions)
        .done();
    table
        .resource("/account/sessions/{id}/revoke")
        .post(Access::Authenticated, revoke_session)
        .done();
    table
        .resource("/account/tokens")
        .post(Access::Verified, create_token)
        .done();
    table
        .resource("/account/tokens/{id}/revoke")
        .post(Access::Authenticated, revoke_token)
        .done();
    table
        .resource("/account/delete")
        .get(Access::Authenticated, delete_form)
        .post(Access::Authenticated, delete_submit)
        .done();
}

/// A form without fields (beyond the CSRF token).
#[derive(Deserialize)]
pub struct EmptyForm {}

/// A page with one button that posts to `action`: where emailed links land, since GET never
/// changes anything (mail scanners follow links). The token is in the URL, so the page is kept
/// out of Referer headers and caches.
pub(crate) fn confirm_page(
    req: &HttpRequest,
    state: &AppState,
    title: &str,
    message: &str,
    action: String,
    button: &str,
) -> Result<HttpResponse, PageError> {
    let mut response = render(&ConfirmPage {
        page: PageContext::new(req, state),
        csrf: CsrfToken::for_request(req)?.0,
        title,
        message,
        action,
        button,
    })?;
    no_referrer(&mut response);
    Ok(response)
}

#[derive(Template)]
#[template(path = "account/message.html")]
pub(crate) struct MessagePage<'a> {
    page: PageContext,
    title: &'a str,
    message: &'a str,
    link_href: &'a str,
    link_text: &'a str,
}

pub(crate) fn message_page(
    req: &HttpRequest,
    state: &AppState,
    status: StatusCode,
    title: &str,
    message: &str,
    link: Option<(&str, &str)>,
) -> Result<HttpResponse, PageError> {
    let (link_href, link_text) = link.unwrap_or(("", ""));
    render_with_status(
        &MessagePage {
            page: PageContext::new(req, state),
            title,
            message,
            link_href,
            link_text,
        },
        status,
    )
}

// ---------------------------------------------------------------- sign-up

#[derive(Template)]
#[template(path = "account/signup.html")]
struct SignupPage {
    page: PageContext,
    csrf: String,
    name: String,
    email: String,
    errors: FormErrors,
}

#[derive(Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn signup_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
) -> Result<HttpResponse, PageError> {
    if user.0.is_some() {
        return Ok(see_other("/account/settings"));
    }
    render(&SignupPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        name: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
    })
}

pub async fn signup_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<SignupForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let ip = auth::client_ip(&req, &state.config);
    match muster_app::accounts::signup(&state, &form.email, &form.password, &form.name, &ip).await {
        Ok(()) => message_page(
            &req,
            &state,
            StatusCode::OK,
            "Check your inbox",
            "If the address can be used, we have sent it an email. Follow the link in it to confirm your address, then log in.",
            Some(("/account/login", "Log in")),
        ),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &SignupPage {
                page: PageContext::new(&req, &state),
                csrf: CsrfToken::for_request(&req)?.0,
                name: form.name,
                email: form.email,
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}

// ---------------------------------------------------------------- login / logout

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    page: PageContext,
    csrf: String,
    email: String,
    next: String,
    error: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    csrf: CsrfToken,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, PageError> {
    let next = auth::safe_next(query.next.as_deref());
    if user.0.is_some() {
        return Ok(see_other(&next));
    }
    render(&LoginPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        email: String::new(),
        next,
        error: String::new(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn login_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    current: MaybeUser,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let next = auth::safe_next(form.next.as_deref());
    let ip = auth::client_ip(&req, &state.config);
    match muster_app::accounts::credentials::check_credentials(
        &state,
        &form.email,
        &form.password,
        &ip,
    )
    .await
    {
        Ok(user) => {
            let cookie =
                account_api::start_session(&req, &state, &user, current.0.as_ref()).await?;
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, next))
                .cookie(cookie)
                .finish())
        }
        Err(error)
            if matches!(
                crate::error::status(&error),
                StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
            ) =>
        {
            let mut response = render_with_status(
                &LoginPage {
                    page: PageContext::new(&req, &state),
                    csrf: CsrfToken::for_request(&req)?.0,
                    email: form.email,
                    next,
                    error: error.message.clone(),
                },
                crate::error::status(&error),
            )?;
            // The form again, not an error page: the 429 still says when to retry.
            if let Some(secs) = error.retry_after {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from(secs));
            }
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn logout(
    state: web::Data<AppState>,
    current: MaybeUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    account_api::end_session(&state, current.0.as_ref()).await?;
    Ok(auth::signed_out(&state.config, Some("/?notice=logged_out")))
}

// ---------------------------------------------------------------- emailed links

#[derive(Template)]
#[template(path = "account/confirm.html")]
struct ConfirmPage<'a> {
    page: PageContext,
    csrf: String,
    title: &'a str,
    message: &'a str,
    action: String,
    button: &'a str,
}

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
        title,
        message,
        format!("{}{token}", purpose.link_path()),
        button,
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
            "Confirm your email address",
            "Press the button to confirm that this address is yours.",
            "Confirm my email address",
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
    muster_app::accounts::email_links::verify_email(&state, &token).await?;
    if user.0.is_some() {
        return Ok(see_other("/?notice=verified"));
    }
    message_page(
        &req,
        &state,
        StatusCode::OK,
        "Email address confirmed",
        "Thank you. You can now join groups and RSVP to meetups.",
        Some(("/account/login", "Log in")),
    )
}

pub async fn resend_verification(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::email_links::resend_verification(&state, user.user()).await?;
    Ok(see_other("/account/settings?notice=verification_sent"))
}

// ---------------------------------------------------------------- password reset

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
            "Check your inbox",
            "If the address has an account, we have sent it a link to choose a new password. The link works for one hour.",
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

// ---------------------------------------------------------------- address change

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
            "Confirm your new email address",
            "Press the button to make this address the one your account uses.",
            "Confirm the new address",
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
        "Email address changed",
        "Your account now uses the new address.",
        Some(("/account/settings", "Account settings")),
    )
}

// ---------------------------------------------------------------- settings

pub struct SessionView {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub last_seen: String,
    pub current: bool,
}

pub struct TokenView {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub created: String,
    pub last_used: String,
}

#[derive(Template)]
#[template(path = "account/settings.html")]
struct SettingsPage {
    page: PageContext,
    name: String,
    bio: String,
    timezone: String,
    timezones: &'static [&'static str],
    email: String,
    verified: bool,
    new_email: String,
    token_name: String,
    sessions: Vec<SessionView>,
    tokens: Vec<TokenView>,
    feed: Option<FeedView>,
    errors: FormErrors,
}

/// The calendar feed section of the settings page.
struct FeedView {
    created: String,
    last_used: String,
    all_group_events: bool,
}

fn short_time(t: muster_core::Timestamp) -> String {
    t.as_datetime().format("%Y-%m-%d %H:%M").to_string()
}

/// Values typed into a settings form that failed, to show again with its errors.
#[derive(Default)]
struct Retyped {
    name: Option<String>,
    bio: Option<String>,
    timezone: Option<String>,
    new_email: Option<String>,
    token_name: Option<String>,
}

async fn settings_page(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    retyped: Retyped,
    error: Option<AppError>,
) -> Result<HttpResponse, PageError> {
    let id = user.id();
    let current = user.0.session_id();
    let (session_rows, token_rows, feed) = state
        .db
        .read(move |c| {
            Ok((
                sessions::list_for_user(c, id)?,
                api_tokens::list_for_user(c, id)?,
                feed_tokens::find_for_user(c, id)?,
            ))
        })
        .await?;
    let u = user.user();
    let status = error.as_ref().map_or(StatusCode::OK, crate::error::status);
    render_with_status(
        &SettingsPage {
            page: PageContext::new(req, state),
            name: retyped.name.unwrap_or_else(|| u.display_name.clone()),
            bio: retyped.bio.unwrap_or_else(|| u.bio.clone()),
            timezone: retyped.timezone.unwrap_or_else(|| u.timezone.clone()),
            timezones: &TIMEZONE_NAMES,
            email: u.email.clone(),
            verified: u.is_verified(),
            new_email: retyped.new_email.unwrap_or_default(),
            token_name: retyped.token_name.unwrap_or_default(),
            sessions: session_rows
                .into_iter()
                .map(|s| SessionView {
                    id: s.id.to_string(),
                    current: Some(s.id) == current,
                    user_agent: s.user_agent,
                    ip: s.client_ip,
                    last_seen: short_time(s.last_seen_at),
                })
                .collect(),
            tokens: token_rows
                .into_iter()
                .map(|t| TokenView {
                    id: t.id.to_string(),
                    name: t.name,
                    prefix: t.token_prefix,
                    created: short_time(t.created_at),
                    last_used: t
                        .last_used_at
                        .map_or_else(|| "never".to_owned(), short_time),
                })
                .collect(),
            feed: feed.map(|f| FeedView {
                created: short_time(f.created_at),
                last_used: f
                    .last_used_at
                    .map_or_else(|| "never".to_owned(), short_time),
                all_group_events: f.all_group_events,
            }),
            errors: error.as_ref().map(FormErrors::from).unwrap_or_default(),
        },
        status,
    )
}

/// Every IANA zone name, for the time-zone field's suggestions (built once).
static TIMEZONE_NAMES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect());

pub async fn settings(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, PageError> {
    settings_page(&req, &state, &user, Retyped::default(), None).await
}

/// Shows field errors on the settings page; other errors become error pages.
async fn settings_outcome(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    outcome: Result<(), AppError>,
    retyped: Retyped,
    success: &str,
) -> Result<HttpResponse, PageError> {
    match outcome {
        Ok(()) => Ok(see_other(success)),
        Err(error) if !error.fields.is_empty() => {
            settings_page(req, state, user, retyped, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    bio: String,
    #[serde(default)]
    timezone: String,
}

pub async fn profile_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let outcome = muster_app::accounts::settings::update_profile(
        &state,
        user.user(),
        Some(&form.name),
        Some(&form.bio),
        Some(&form.timezone),
    )
    .await
    .map(|_| ());
    let retyped = Retyped {
        name: Some(form.name),
        bio: Some(form.bio),
        timezone: Some(form.timezone),
        ..Retyped::default()
    };
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        retyped,
        "/account/settings?notice=profile_saved",
    )
    .await
}

#[derive(Deserialize)]
pub struct EmailChangeForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    password: String,
}

pub async fn email_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<EmailChangeForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let ip = auth::client_ip(&req, &state.config);
    let outcome = muster_app::accounts::email_links::request_email_change(
        &state,
        user.user(),
        &form.new_email,
        &form.password,
        &ip,
    )
    .await;
    let retyped = Retyped {
        new_email: Some(form.new_email),
        ..Retyped::default()
    };
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        retyped,
        "/account/settings?notice=email_change_sent",
    )
    .await
}

#[derive(Deserialize)]
pub struct PasswordChangeForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn password_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<PasswordChangeForm>,
) -> Result<HttpResponse, PageError> {
    let ip = auth::client_ip(&req, &state.config);
    let outcome = muster_app::accounts::credentials::change_password(
        &state,
        user.user(),
        &form.0.current_password,
        &form.0.new_password,
        user.0.session_id(),
        &ip,
    )
    .await;
    settings_outcome(
        &req,
        &state,
        &user,
        outcome,
        Retyped::default(),
        "/account/settings?notice=password_changed",
    )
    .await
}

pub async fn revoke_session(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = parse_id(&id)?;
    muster_app::accounts::settings::revoke_session(&state, user.id(), id).await?;
    if user.0.session_id() == Some(id) {
        return Ok(auth::signed_out(&state.config, Some("/?notice=logged_out")));
    }
    Ok(see_other("/account/settings?notice=session_revoked"))
}

pub async fn revoke_all_sessions(
    state: web::Data<AppState>,
    user: CurrentUser,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::settings::revoke_all_sessions(&state, user.id()).await?;
    Ok(auth::signed_out(
        &state.config,
        Some("/account/login?notice=logged_out"),
    ))
}

#[derive(Template)]
#[template(path = "account/token_created.html")]
struct TokenCreatedPage {
    page: PageContext,
    name: String,
    token: String,
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    token_name: String,
}

pub async fn create_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<TokenForm>,
) -> Result<HttpResponse, PageError> {
    match muster_app::accounts::settings::create_api_token(&state, user.user(), &form.0.token_name)
        .await
    {
        Ok((row, token)) => render(&TokenCreatedPage {
            page: PageContext::new(&req, &state),
            name: row.name,
            token: token.expose().to_owned(),
        }),
        Err(mut error) if !error.fields.is_empty() => {
            if let Some(message) = error.fields.remove("name") {
                error.fields.insert("token_name".to_owned(), message);
            }
            let retyped = Retyped {
                token_name: Some(form.0.token_name),
                ..Retyped::default()
            };
            settings_page(&req, &state, &user, retyped, Some(error)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn revoke_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    _form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    muster_app::accounts::settings::revoke_api_token(&state, user.id(), parse_id(&id)?).await?;
    Ok(see_other("/account/settings?notice=token_revoked"))
}

// ---------------------------------------------------------------- deletion

#[derive(Template)]
#[template(path = "account/delete.html")]
struct DeletePage {
    page: PageContext,
    errors: FormErrors,
}

pub async fn delete_form(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, PageError> {
    render(&DeletePage {
        page: PageContext::new(&req, &state),
        errors: FormErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct DeleteAccountForm {
    #[serde(default)]
    password: String,
    /// A checkbox: present ("on") when ticked.
    #[serde(default)]
    remove_talk_names: Option<String>,
}

pub async fn delete_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<DeleteAccountForm>,
) -> Result<HttpResponse, PageError> {
    let ip = auth::client_ip(&req, &state.config);
    let form = form.0;
    let forget_talks = form.remove_talk_names.is_some();
    match muster_app::accounts::settings::delete_account(
        &state,
        user.user(),
        &form.password,
        forget_talks,
        &ip,
    )
    .await
    {
        Ok(()) => Ok(auth::signed_out(
            &state.config,
            Some("/?notice=account_deleted"),
        )),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &DeletePage {
                page: PageContext::new(&req, &state),
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}
