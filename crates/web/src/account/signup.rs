//! Creating an account: `POST /api/v1/auth/signup` and the sign-up page. The same answer
//! greets a new and an already registered address (the owner of an existing account is told
//! by email instead).

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use serde::Deserialize;
use utoipa::ToSchema;

use super::views::Accepted;
use crate::{
    assets,
    auth::{self, MaybeUser},
    csrf::{CsrfForm, CsrfToken},
    error::{ApiError, PageError},
    extract::ApiJson,
    pages::{FormErrors, PageContext, message_page, render, render_with_status, see_other},
    routes::{Access, RouteTable},
    state::AppState,
};

pub(super) fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/api/v1/auth/signup")
        .post(Access::Public, signup)
        .done();
    table
        .resource("/account/signup")
        .get(Access::Public, signup_form)
        .post(Access::Public, signup_submit)
        .done();
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    pub email: String,
    /// 8–256 characters; common passwords are refused.
    pub password: String,
    /// The name people will see.
    pub name: String,
    /// The person's IANA time zone (e.g. `Europe/Berlin`), as their browser reports it; an
    /// unknown name is ignored and the zone stays unknown (event times in the event's zone).
    #[serde(default)]
    pub timezone: Option<String>,
}

/// Create an account. The same 201 answers a new and an already registered address (the
/// owner of an existing account is told by email instead).
#[utoipa::path(
    post, path = "/api/v1/auth/signup", tag = "auth", request_body = SignupRequest,
    responses(
        (status = 201, body = Accepted, description = "Check your inbox"),
        (status = 422, body = crate::openapi::ErrorBody, description = "Invalid fields"),
        (status = 429, body = crate::openapi::ErrorBody, description = "Too many requests"),
    )
)]
pub async fn signup(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: ApiJson<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    let ip = auth::client_ip(&req, &state.config);
    let body = body.0;
    muster_app::accounts::signup(
        &state,
        &body.email,
        &body.password,
        &body.name,
        body.timezone.as_deref(),
        crate::lang::current(),
        &ip,
    )
    .await?;
    Ok(HttpResponse::Created().json(Accepted {
        status: "check_your_email",
        message: "If the address can be used, we have sent it an email. Follow the link in it to confirm your address.",
    }))
}

#[derive(Template)]
#[template(path = "account/signup.html")]
struct SignupPage {
    page: PageContext,
    csrf: String,
    name: String,
    email: String,
    timezone: String,
    /// The script that fills the hidden time-zone field from the browser.
    script_href: String,
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
    /// Filled by `timezone.js`; empty without JavaScript.
    #[serde(default)]
    timezone: String,
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
        timezone: String::new(),
        script_href: assets::href("timezone.js"),
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
    let zone = Some(form.timezone.as_str()).filter(|z| !z.is_empty());
    let locale = crate::lang::current();
    match muster_app::accounts::signup(
        &state,
        &form.email,
        &form.password,
        &form.name,
        zone,
        locale,
        &ip,
    )
    .await
    {
        Ok(()) => message_page(
            &req,
            &state,
            StatusCode::OK,
            &super::tr("account-check-inbox"),
            &super::tr("account-signup-sent"),
            Some(("/account/login", &super::tr("account-signup-log-in"))),
        ),
        Err(error) if !error.fields.is_empty() => render_with_status(
            &SignupPage {
                page: PageContext::new(&req, &state),
                csrf: CsrfToken::for_request(&req)?.0,
                name: form.name,
                email: form.email,
                timezone: form.timezone,
                script_href: assets::href("timezone.js"),
                errors: FormErrors::from(&error),
            },
            crate::error::status(&error),
        ),
        Err(error) => Err(error.into()),
    }
}
