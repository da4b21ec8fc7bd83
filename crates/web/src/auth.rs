//! Who is asking: session cookies and bearer tokens, resolved once per request.
//!
//! [`authenticate`] (a middleware) looks up the session cookie or the `Authorization: Bearer`
//! token, and leaves an [`Authn`] in the request's extensions. It also enforces the two CSRF
//! rules that need no form: cross-site unsafe requests are refused (`Sec-Fetch-Site`, else
//! `Origin`), and cookie-authenticated API calls that change state must be JSON.

use std::{net::IpAddr, sync::Arc};

use actix_web::{
    Error, FromRequest, HttpMessage, HttpRequest,
    body::{BoxBody, EitherBody, MessageBody},
    cookie::{Cookie, SameSite, time::Duration as CookieDuration},
    dev::{Payload, ServiceRequest, ServiceResponse},
    http::{Method, StatusCode, header},
    middleware::Next,
    web,
};
use muster_core::{
    Timestamp,
    id::{ApiTokenId, SessionId, UserId},
    secrets::SecretToken,
};
use muster_db::{api_tokens, sessions, users::UserRow};

use muster_app::Config;

use crate::{
    error::{AppError, ErrorCode, html_error_response, is_api_path, json_error_response},
    state::AppState,
};

/// How long a login lasts.
pub const SESSION_LIFETIME: chrono::Duration = chrono::Duration::days(30);

/// The signed-in person behind a request.
#[derive(Clone, Debug)]
pub struct Authn {
    pub user: Arc<UserRow>,
    pub via: AuthVia,
}

#[derive(Clone, Debug)]
pub enum AuthVia {
    /// A browser session; the token is the cookie's value (needed to derive the CSRF token).
    Session { id: SessionId, token: SecretToken },
    /// A personal API token.
    Bearer { id: ApiTokenId },
    /// A single-purpose link from an email ("can't make it"): acts for its person in that one
    /// handler only; never set by the authentication middleware.
    EmailLink,
}

impl Authn {
    pub fn user_id(&self) -> UserId {
        self.user.id
    }

    pub fn session_id(&self) -> Option<SessionId> {
        match &self.via {
            AuthVia::Session { id, .. } => Some(*id),
            AuthVia::Bearer { .. } | AuthVia::EmailLink => None,
        }
    }
}

/// The session cookie's name: `__Host-` prefixed on HTTPS, so it is bound to this origin.
pub fn session_cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        "__Host-muster_session"
    } else {
        "muster_session"
    }
}

/// The known-device cookie's name (a browser that has logged in before; see
/// `muster_app::accounts::credentials::remember_device`).
pub fn device_cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        "__Host-muster_device"
    } else {
        "muster_device"
    }
}

/// The known-device token this browser sent, if any.
pub fn presented_device(req: &HttpRequest, config: &Config) -> Option<String> {
    req.cookie(device_cookie_name(config))
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 100)
}

/// The known-device cookie for a new device token: HttpOnly, kept for a year.
pub fn device_cookie(config: &Config, token: &SecretToken) -> Cookie<'static> {
    cookie(
        config,
        device_cookie_name(config),
        token.expose().to_owned(),
        Some(muster_db::known_devices::LIFETIME),
    )
}

/// A cookie with Muster's attributes: HttpOnly, SameSite=Lax, Path=/, Secure on HTTPS.
pub fn cookie<'c>(
    config: &Config,
    name: &'c str,
    value: String,
    max_age: Option<chrono::Duration>,
) -> Cookie<'c> {
    let mut builder = Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.is_https());
    if let Some(age) = max_age {
        builder = builder.max_age(CookieDuration::seconds(age.num_seconds()));
    }
    builder.finish()
}

/// A cookie that deletes `name`.
pub fn removal_cookie<'c>(config: &Config, name: &'c str) -> Cookie<'c> {
    let mut c = cookie(config, name, String::new(), None);
    c.make_removal();
    c
}

/// The answer once this browser's session has ended (logout, "log out everywhere", account
/// deletion, a reset): a 303 to `location` for pages, or a 204 for the API when `None`, either
/// deleting the session cookie.
pub fn signed_out(config: &Config, location: Option<&str>) -> actix_web::HttpResponse {
    let mut response = match location {
        Some(location) => {
            let mut builder = actix_web::HttpResponse::SeeOther();
            builder.insert_header((header::LOCATION, location.to_owned()));
            builder
        }
        None => actix_web::HttpResponse::NoContent(),
    };
    response
        .cookie(removal_cookie(config, session_cookie_name(config)))
        .finish()
}

/// The client's address: the peer, or — behind a trusted reverse proxy — the address that
/// proxy saw, which it appends last to `X-Forwarded-For` (earlier entries are whatever the
/// client claimed).
pub fn client_ip(req: &HttpRequest, config: &Config) -> String {
    if config.trust_forwarded_for
        && let Some(forwarded) = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    {
        return forwarded.to_string();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

fn bearer_token(req: &ServiceRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Refuses requests a browser marks as coming from another site.
fn cross_site(req: &ServiceRequest, config: &Config) -> bool {
    if let Some(site) = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
    {
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
    {
        return origin != config.origin();
    }
    false
}

/// JSON, an image upload or an iCalendar upload (`text/calendar`): types a cross-site HTML
/// form cannot send (a browser would need a CORS preflight, which Muster never grants).
fn is_json_or_image(req: &ServiceRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .is_some_and(|m| m == "application/json" || m == "text/calendar" || m.starts_with("image/"))
}

fn refuse(req: ServiceRequest, error: AppError) -> ServiceResponse<EitherBody<BoxBody>> {
    let response = if is_api_path(req.path()) {
        json_error_response(&error)
    } else {
        html_error_response(&error)
    };
    req.into_response(response).map_into_right_body()
}

enum Resolved {
    Anonymous,
    User(Authn),
    /// A session cookie that names no live session: treat as anonymous and delete it.
    StaleCookie,
    BadBearer,
}

async fn resolve(
    state: &AppState,
    cookie: Option<String>,
    bearer: Option<String>,
) -> Result<Resolved, AppError> {
    let now = state.now();
    if let Some(bearer) = bearer {
        let token = SecretToken::from_presented(&bearer);
        let digest = token.digest();
        let found = state
            .db
            .read(move |c| api_tokens::find_active(c, &digest))
            .await?;
        let Some((row, user)) = found else {
            return Ok(Resolved::BadBearer);
        };
        if row
            .last_used_at
            .is_none_or(|t| t < now - chrono::Duration::minutes(1))
        {
            let id = row.id;
            state
                .db
                .write(move |c| api_tokens::touch(c, id, now))
                .await?;
        }
        return Ok(Resolved::User(Authn {
            user: Arc::new(user),
            via: AuthVia::Bearer { id: row.id },
        }));
    }
    let Some(cookie) = cookie else {
        return Ok(Resolved::Anonymous);
    };
    let token = SecretToken::from_presented(&cookie);
    let digest = token.digest();
    let found = state
        .db
        .read_quick(move |c| sessions::find_active(c, &digest, now))
        .await?;
    let Some((session, user)) = found else {
        return Ok(Resolved::StaleCookie);
    };
    // Activity is recorded at most hourly: reading pages should not write.
    if session.last_seen_at < now - chrono::Duration::hours(1) {
        let id = session.id;
        state
            .db
            .write(move |c| sessions::touch(c, id, now, chrono::Duration::hours(1)))
            .await?;
    }
    Ok(Resolved::User(Authn {
        user: Arc::new(user),
        via: AuthVia::Session {
            id: session.id,
            token,
        },
    }))
}

/// Resolves the caller and applies the form-less CSRF rules. See the module docs.
pub async fn authenticate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<BoxBody>>, Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next
            .call(req)
            .await
            .map(|r| r.map_body(|_, b| EitherBody::left(b.boxed())));
    };
    let config = state.config.clone();
    let unsafe_method = is_unsafe(req.method());
    let api = is_api_path(req.path());

    if unsafe_method && cross_site(&req, &config) {
        // Only the first path segment: later ones may be secret tokens.
        let area = req.path().split('/').nth(1).unwrap_or_default().to_owned();
        tracing::warn!(method = %req.method(), area = %area, "cross-site request refused");
        return Ok(refuse(
            req,
            AppError::forbidden("Cross-site requests are not allowed.")
                .with_code(ErrorCode::CsrfCheckFailed),
        ));
    }

    let cookie_name = session_cookie_name(&config);
    let cookie = req.cookie(cookie_name).map(|c| c.value().to_owned());
    let bearer = if api { bearer_token(&req) } else { None };
    let resolved = match resolve(&state, cookie, bearer).await {
        Ok(resolved) => resolved,
        Err(error) => return Ok(refuse(req, error)),
    };
    let mut clear_cookie = false;
    match resolved {
        Resolved::Anonymous => {}
        Resolved::StaleCookie => clear_cookie = true,
        Resolved::BadBearer => {
            tracing::warn!("API call with an unknown or revoked bearer token");
            let mut error = AppError::unauthorized();
            error.message = "The API token is invalid or has been revoked.".to_owned();
            return Ok(refuse(req, error));
        }
        Resolved::User(authn) => {
            if api
                && unsafe_method
                && matches!(authn.via, AuthVia::Session { .. })
                && !is_json_or_image(&req)
            {
                return Ok(refuse(
                    req,
                    AppError::forbidden(
                        "API calls authenticated by the session cookie must send Content-Type: application/json (or an image type or text/calendar, for uploads).",
                    )
                    .with_code(ErrorCode::CsrfCheckFailed),
                ));
            }
            req.extensions_mut().insert(authn);
        }
    }
    let signed_in = req
        .extensions()
        .get::<Authn>()
        .is_some_and(|a| matches!(a.via, AuthVia::Session { .. }));
    let mut response = next.call(req).await?.map_into_boxed_body();
    // A stale cookie is cleared — unless this very response sets a fresh session (a login),
    // which a later removal header would undo.
    if clear_cookie
        && !response
            .response()
            .cookies()
            .any(|c| c.name() == cookie_name)
    {
        let _ = response
            .response_mut()
            .add_cookie(&removal_cookie(&config, cookie_name));
    }
    if signed_in {
        // Pages for a signed-in person are personal: never cached by browsers or proxies.
        let headers = response.headers_mut();
        if !headers.contains_key(header::CACHE_CONTROL) {
            headers.insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
        }
        headers.insert(header::VARY, header::HeaderValue::from_static("Cookie"));
    }
    Ok(response.map_into_left_body())
}

/// The signed-in person, if any (never fails).
#[derive(Clone, Debug)]
pub struct MaybeUser(pub Option<Authn>);

impl MaybeUser {
    /// The caller, if signed in, as the use cases take it.
    pub fn caller(&self) -> Option<&Arc<UserRow>> {
        self.0.as_ref().map(|a| &a.user)
    }
}

impl FromRequest for MaybeUser {
    type Error = Error;
    type Future = std::future::Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(MaybeUser(req.extensions().get::<Authn>().cloned())))
    }
}

/// The signed-in person; 401 (API) or a redirect to the login page (pages) otherwise.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Authn);

impl CurrentUser {
    pub fn user(&self) -> &UserRow {
        &self.0.user
    }

    /// The caller as the use cases take it.
    pub fn caller(&self) -> Option<&Arc<UserRow>> {
        Some(&self.0.user)
    }

    pub fn id(&self) -> UserId {
        self.0.user.id
    }
}

impl FromRequest for CurrentUser {
    type Error = Error;
    type Future = std::future::Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(match req.extensions().get::<Authn>().cloned() {
            Some(authn) => Ok(CurrentUser(authn)),
            None => Err(crate::error::respond(req, AppError::unauthorized())),
        })
    }
}

/// A redirect to the login page that comes back to `path` afterwards.
pub fn login_redirect(path_and_query: &str) -> actix_web::HttpResponse {
    let next = url::form_urlencoded::byte_serialize(path_and_query.as_bytes()).collect::<String>();
    actix_web::HttpResponse::build(StatusCode::SEE_OTHER)
        .insert_header((header::LOCATION, format!("/account/login?next={next}")))
        .finish()
}

/// Accepts only same-origin relative paths as a post-login destination.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(|c| c.is_control() || c == '\\')
                && path.len() <= 512 =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// A new session for `user`: the row, and the token for the cookie.
pub fn new_session(
    user: UserId,
    req: &HttpRequest,
    config: &Config,
    now: Timestamp,
) -> Result<(sessions::SessionRow, SecretToken), AppError> {
    let token = SecretToken::generate("").map_err(AppError::internal)?;
    let user_agent: String = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let row = sessions::SessionRow {
        id: SessionId::new(),
        user_id: user,
        token_hash: token.digest(),
        user_agent,
        client_ip: client_ip(req, config),
        created_at: now,
        last_seen_at: now,
        expires_at: now + SESSION_LIFETIME,
    };
    Ok((row, token))
}

/// The session cookie carrying `token`.
pub fn session_cookie(config: &Config, token: &SecretToken) -> Cookie<'static> {
    cookie(
        config,
        session_cookie_name(config),
        token.expose().to_owned(),
        Some(SESSION_LIFETIME),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_origin_paths_are_followed_after_login() {
        assert_eq!(
            safe_next(Some("/g/pyleeds?tab=events")),
            "/g/pyleeds?tab=events"
        );
        for hostile in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/ok\r\nSet-Cookie: x",
            "",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/", "{hostile:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
