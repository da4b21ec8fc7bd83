//! The first administrator, created through the web on a fresh instance.
//!
//! While no administrator exists, start-up stores the digest of a one-time set-up token and
//! logs the URL that carries it (`/setup?token=…`): only someone who can read the server's log
//! can claim the instance. The token dies when the administrator is created or after a day.
//! The CLI alternative is `muster admin create-user --admin`.

use actix_web::{HttpRequest, HttpResponse, http::header, web};
use askama::Template;
use muster_app::accounts::setup::{self, FirstAdmin};
use serde::Deserialize;

use super::session::start_session;
use crate::{
    csrf::{CsrfForm, CsrfToken},
    error::PageError,
    pages::{FormErrors, PageContext, no_referrer, render, render_with_status},
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/setup")
        .get(Access::Public, setup_form)
        .post(Access::Public, setup_submit)
        .done();
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

pub async fn setup_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    query: web::Query<TokenQuery>,
) -> Result<HttpResponse, PageError> {
    setup::ensure_fresh(&state).await?;
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
    let form = form.0;
    let admin = FirstAdmin {
        token: form.token,
        name: form.name,
        email: form.email,
        password: form.password,
    };
    let user = match setup::create_first_admin(&state, &admin).await {
        Ok(user) => user,
        Err(error) if !error.fields.is_empty() => {
            return render_with_status(
                &SetupPage {
                    page: PageContext::new(&req, &state),
                    csrf: CsrfToken::for_request(&req)?.0,
                    token: admin.token,
                    name: admin.name,
                    email: admin.email,
                    errors: FormErrors::from(&error),
                },
                crate::error::status(&error),
            );
        }
        Err(error) => return Err(error.into()),
    };
    let cookie = start_session(&req, &state, &user, None).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/?notice=welcome_admin"))
        .cookie(cookie)
        .finish())
}
