//! Which language a request is answered in, and the footer's language switch.
//!
//! The order (issue 21): the signed-in person's setting, then the switch's cookie, then the
//! browser's `Accept-Language`, then the instance default (`MUSTER_DEFAULT_LOCALE`). The
//! switch works without JavaScript: for visitors it is a GET form that sets the cookie; for a
//! signed-in person a POST form (with their form token) that also saves their setting, so
//! their email follows.

use actix_web::{
    HttpMessage, HttpRequest, HttpResponse,
    body::MessageBody,
    cookie::{Cookie, SameSite, time::Duration},
    dev::{ServiceRequest, ServiceResponse},
    http::header,
    middleware::Next,
    web,
};
use muster_i18n::Locale;
use serde::Deserialize;

use crate::{
    auth::{Authn, CurrentUser},
    csrf::CsrfForm,
    error::PageError,
    routes::{Access, RouteTable},
    state::AppState,
};

/// The switch's cookie: a language tag, nothing secret.
pub const COOKIE: &str = "muster_lang";

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/language")
        .get(Access::Public, switch_for_visitor)
        .post(Access::Authenticated, switch_for_member)
        .done();
}

tokio::task_local! {
    /// The language of the request being answered, for code that has no request at hand
    /// (turning an error into a response).
    static CURRENT: Locale;
}

/// Runs the rest of the request with its language known to [`current`]. Sits inside
/// authentication, so a person's setting counts.
pub async fn scope(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let default = req
        .app_data::<web::Data<AppState>>()
        .map_or(Locale::En, |s| s.config.default_locale);
    let locale = of_request(req.request(), default);
    CURRENT.scope(locale, next.call(req)).await
}

/// The language of the request being answered (English outside a request).
pub fn current() -> Locale {
    CURRENT.try_with(|l| *l).unwrap_or_default()
}

/// `english` (an error's message) in the current request's language, when the catalogue has it.
pub fn translated(english: &str) -> String {
    muster_i18n::translate_english(current(), english)
}

/// The language to answer `req` in.
pub fn of_request(req: &HttpRequest, default: Locale) -> Locale {
    if let Some(locale) = req
        .extensions()
        .get::<Authn>()
        .and_then(|a| a.user.locale())
    {
        return locale;
    }
    if let Some(locale) = req.cookie(COOKIE).and_then(|c| Locale::parse(c.value())) {
        return locale;
    }
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::negotiate)
        .unwrap_or(default)
}

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    lang: String,
    /// The page to go back to (a local path).
    #[serde(default)]
    next: String,
}

/// A local path to return to: anything else (another site, `//host`) goes home.
fn back_to(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(char::is_control);
    if local { next } else { "/" }
}

fn chosen(form: &SwitchForm) -> Result<Locale, PageError> {
    Locale::parse(&form.lang).ok_or_else(|| {
        // The page shows the error's message: say what is wrong, not "some fields".
        let mut error =
            crate::error::AppError::invalid_field("lang", "Choose one of the languages listed.");
        error.message = error.headline();
        PageError::from(error)
    })
}

fn redirect_with_cookie(state: &AppState, locale: Locale, next: &str) -> HttpResponse {
    let cookie = Cookie::build(COOKIE, locale.tag())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.config.is_https())
        .finish();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, back_to(next).to_owned()))
        .cookie(cookie)
        .finish()
}

/// `GET /language?lang=de&next=/groups`: a visitor's choice, kept in a cookie.
async fn switch_for_visitor(
    state: web::Data<AppState>,
    form: web::Query<SwitchForm>,
) -> Result<HttpResponse, PageError> {
    let locale = chosen(&form)?;
    Ok(redirect_with_cookie(&state, locale, &form.next))
}

/// `POST /language`: a signed-in person's choice, saved to their account (and the cookie).
async fn switch_for_member(
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<SwitchForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let locale = chosen(&form)?;
    muster_app::accounts::settings::set_locale(&state, user.id(), locale).await?;
    Ok(redirect_with_cookie(&state, locale, &form.next))
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn the_switch_only_returns_to_pages_of_this_site() {
        assert_eq!(back_to("/groups?q=py"), "/groups?q=py");
        assert_eq!(back_to("//evil.example/"), "/");
        assert_eq!(back_to("/\\evil.example"), "/");
        assert_eq!(back_to("https://evil.example/"), "/");
        assert_eq!(back_to(""), "/");
    }
}
