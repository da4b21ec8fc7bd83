//! The first administrator, created through the web on a fresh instance.
//!
//! While no administrator exists, start-up stores the digest of a one-time set-up token and
//! logs the URL that carries it (`/setup?token=…`): only someone who can read the server's log
//! can claim the instance. The token dies when the administrator is created or after a day.
//! The CLI alternative is `muster admin create-user --admin`.

use actix_web::{HttpRequest, HttpResponse, http::header, web};
use askama::Template;
use muster_core::{
    Timestamp,
    account::{DisplayName, Email, NewPassword},
    secrets::{SecretToken, constant_time_eq},
};
use muster_db::{Db, DbError, settings, users};
use serde::Deserialize;

use super::{
    api::start_session,
    service::{Fields, insert_user},
};
use crate::{
    csrf::{CsrfForm, CsrfToken},
    error::{AppError, PageError},
    pages::{FormErrors, PageContext, no_referrer, render, render_with_status},
    routes::{Access, RouteTable},
    state::AppState,
};

const TOKEN_KEY: &str = "setup_token_sha256";
const EXPIRES_KEY: &str = "setup_token_expires_at";

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/setup")
        .get(Access::Public, setup_form)
        .post(Access::Public, setup_submit)
        .done();
}

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

fn token_matches(
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

#[derive(Template)]
#[template(path = "account/setup.html")]
struct SetupPage {
    page: PageContext,
    csrf: String,
    token: String,
    name: String,
    email: String,
    errors: FormErrors,
}

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

async fn ensure_fresh(state: &AppState) -> Result<(), AppError> {
    if state.db.read(users::admin_exists).await? {
        Err(AppError::not_found())
    } else {
        Ok(())
    }
}

pub async fn setup_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, PageError> {
    ensure_fresh(&state).await?;
    let mut response = render(&SetupPage {
        page: PageContext::new(&req, &state),
        csrf: csrf.0,
        token: query.into_inner().token.unwrap_or_default(),
        name: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
    })?;
    no_referrer(&mut response);
    Ok(response)
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn setup_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<SetupForm>,
) -> Result<HttpResponse, PageError> {
    ensure_fresh(&state).await?;
    let form = form.0;
    let mut fields = Fields::default();
    let email = fields.check("email", Email::parse(&form.email));
    let name = fields.check("name", DisplayName::parse(&form.name));
    let password = fields.check("password", NewPassword::parse(&form.password));
    let now = state.now();
    let presented = form.token.clone();
    if !state
        .db
        .read(move |c| token_matches(c, &presented, now))
        .await?
    {
        fields.add(
            "token",
            "That is not the current set-up token. Copy it from the server's log.",
        );
    }
    if let Err(error) = fields.finish() {
        return render_with_status(
            &SetupPage {
                page: PageContext::new(&req, &state),
                csrf: CsrfToken::for_request(&req)?.0,
                token: form.token,
                name: form.name,
                email: form.email,
                errors: FormErrors::from(&error),
            },
            error.status,
        );
    }
    let (Some(email), Some(name), Some(password)) = (email, name, password) else {
        return Err(AppError::internal("validated fields missing").into());
    };
    let hash = super::service::hash_password(&state, &password).await?;
    let presented = form.token;
    let created = state
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
    let Some(user) = created else {
        return Err(AppError::conflict(
            "setup_done",
            "The instance was set up meanwhile, or that email address is taken.",
        )
        .into());
    };
    tracing::info!(user = %user.id, "first administrator created through /setup");
    let cookie = start_session(&req, &state, &user, None).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/?notice=welcome_admin"))
        .cookie(cookie)
        .finish())
}
