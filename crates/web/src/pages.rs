//! Server-rendered HTML pages: the shared page context, rendering helpers, the home page and
//! the error page.

use std::collections::BTreeMap;

use actix_web::{HttpMessage, HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use askama::Template;
use muster_db::events;
use muster_i18n::Locale;
use serde::Deserialize;

use crate::{
    assets,
    auth::{Authn, MaybeUser},
    csrf::CsrfToken,
    error::{AppError, ErrorPage, PageError},
    events::cards::EventCard,
    middleware::CspNonce,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table.resource("/").get(Access::Public, home).done();
}

/// The signed-in person, as the navigation shows them.
#[derive(Debug, Clone)]
pub struct NavUser {
    pub name: String,
    pub verified: bool,
    pub is_admin: bool,
}

/// What the site chrome (`base.html`) needs on every page.
#[derive(Debug, Clone)]
pub struct PageContext {
    pub instance_name: String,
    pub css_href: String,
    pub favicon_href: String,
    /// The request's CSP nonce, for inline scripts.
    pub nonce: String,
    pub user: Option<NavUser>,
    /// The signed-in person's form token (empty for visitors, whose forms take a
    /// [`crate::csrf::CsrfToken`]).
    pub csrf: String,
    /// A one-line confirmation after a redirect (`?notice=…`, from a fixed list).
    pub notice: Option<String>,
    /// This page's address from the configured base URL (never the Host header), for
    /// `<link rel="canonical">` and `og:url`; empty on error pages.
    pub canonical: String,
    /// What link previews (Open Graph, Twitter Cards) show.
    pub social: Social,
    /// The language this page is written in (see [`crate::lang`]).
    pub lang: Locale,
    /// This page's path and query, for the language switch to come back to.
    pub here: String,
}

/// The languages the footer's switch offers: `(tag, name in itself)`.
pub const LANGUAGES: [Locale; 8] = Locale::SHIPPED;

impl PageContext {
    /// The languages for the footer's switch.
    pub fn languages(&self) -> &'static [Locale] {
        &LANGUAGES
    }
}

/// What a link preview shows: Open Graph and Twitter Card fields.
#[derive(Debug, Clone)]
pub struct Social {
    pub title: String,
    pub description: String,
    /// Absolute URL of an image ("" for none).
    pub image: String,
}

/// `url` as an absolute URL: paths are put under `base_url`; `None` when `url` is empty.
pub fn absolute_url(base_url: &str, url: &str) -> Option<String> {
    if url.is_empty() {
        None
    } else if url.starts_with('/') {
        Some(format!("{base_url}{url}"))
    } else {
        Some(url.to_owned())
    }
}

/// Confirmations a redirect may ask a page to show (`?notice=…`, from this fixed list), as
/// the key of their message (`notice-logged-out`).
const NOTICES: &[&str] = &[
    "logged_out",
    "verification_sent",
    "verified",
    "password_reset",
    "password_changed",
    "profile_saved",
    "avatar_saved",
    "avatar_removed",
    "email_change_sent",
    "email_changed",
    "session_revoked",
    "token_revoked",
    "feed_saved",
    "feed_revoked",
    "account_deleted",
    "welcome_admin",
    "group_saved",
    "logo_saved",
    "conduct_published",
    "conduct_accepted",
    "joined",
    "claimed",
    "join_requested",
    "left",
    "report_sent",
    "members_updated",
    "invitation_sent",
    "group_deleted",
    "event_created",
    "event_drafted",
    "event_published",
    "event_announced",
    "event_saved",
    "event_moved",
    "event_cancelled",
    "event_deleted",
    "series_created",
    "rsvp_going",
    "rsvp_waitlisted",
    "rsvp_not_going",
    "rsvps_closed",
    "rsvps_opened",
    "comment_posted",
    "comment_removed",
    "attendee_moved",
    "talk_added",
    "talk_saved",
    "talk_deleted",
    "photos_added",
    "photo_removed",
    "photo_reported",
    "photo_kept",
    "thread_started",
    "thread_removed",
    "thread_followed",
    "thread_unfollowed",
    "thread_moderated",
    "reply_posted",
    "reply_removed",
    "post_edited",
    "discussion_settings_saved",
];

fn notice_key(code: &str) -> Option<String> {
    NOTICES
        .contains(&code)
        .then(|| format!("notice-{}", code.replace('_', "-")))
}

impl PageContext {
    pub fn new(req: &HttpRequest, state: &AppState) -> Self {
        let mut page = Self::with_name(
            req,
            state.config.instance_name.clone(),
            state.config.default_locale,
        );
        page.canonical = format!("{}{}", state.config.base_url, req.path());
        page
    }

    fn with_name(req: &HttpRequest, instance_name: String, default: Locale) -> Self {
        let lang = crate::lang::of_request(req, default);
        let authn = req.extensions().get::<Authn>().cloned();
        let csrf = crate::csrf::session_token(req).unwrap_or_default();
        let notice = web::Query::<BTreeMap<String, String>>::from_query(req.query_string())
            .ok()
            .and_then(|q| q.get("notice").and_then(|code| notice_key(code)))
            .map(|key| muster_i18n::tr(lang, &key));
        Self {
            css_href: assets::href("muster.css"),
            favicon_href: assets::href("favicon.svg"),
            nonce: req
                .extensions()
                .get::<CspNonce>()
                .map(|n| n.0.clone())
                .unwrap_or_default(),
            user: authn.map(|a| NavUser {
                name: a.user.display_name.clone(),
                verified: a.user.is_verified(),
                is_admin: a.user.is_admin,
            }),
            csrf,
            notice,
            canonical: String::new(),
            here: match req.query_string() {
                "" => req.path().to_owned(),
                q => format!("{}?{q}", req.path()),
            },
            lang,
            social: Social {
                description: muster_i18n::tr_args(
                    lang,
                    "site-description",
                    &[("instance", &instance_name)],
                ),
                title: instance_name.clone(),
                image: String::new(),
            },
            instance_name,
        }
    }

    /// For contexts without application state (should not happen in a running server).
    fn fallback(req: &HttpRequest) -> Self {
        Self::with_name(req, "Muster".to_owned(), Locale::En)
    }
}

/// Renders a template into a 200 HTML response.
pub fn render(template: &impl Template) -> Result<HttpResponse, PageError> {
    render_with_status(template, StatusCode::OK)
}

pub fn render_with_status(
    template: &impl Template,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    Ok(html_response(status, template.render()?))
}

/// An HTML page's response, with the headers every page has.
pub fn html_response(
    status: StatusCode,
    html: impl actix_web::body::MessageBody + 'static,
) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        // The language follows the browser's Accept-Language and the switch's cookie.
        .insert_header((header::VARY, "Accept-Language, Cookie"))
        .body(html)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: PageContext,
    /// Published upcoming events of public groups, soonest first.
    upcoming: Vec<EventCard>,
    /// The signed-in person's upcoming events (going or waitlisted).
    mine: Vec<EventCard>,
    signed_in: bool,
}

/// Events listed on the home page.
pub const HOME_EVENTS: i64 = 20;

/// `/` — the home page: upcoming meetups, and the signed-in person's own. A visitor's is kept
/// rendered until a meetup it lists changes or another enters the list
/// ([`crate::page_cache::Versioned::Home`]).
pub async fn home(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
) -> Result<HttpResponse, PageError> {
    crate::page_cache::serve(
        &req,
        &state,
        &user,
        crate::page_cache::Versioned::Home,
        || render_home(&req, &state, &user),
    )
    .await
}

async fn render_home(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
) -> Result<crate::page_cache::Rendered, PageError> {
    let now = state.now();
    let me = user.caller().map(|u| u.id);
    let (public, own) = state
        .db
        .read(move |c| {
            let public = events::upcoming_public(c, now, HOME_EVENTS)?;
            let own = match me {
                Some(id) => events::upcoming_for_user(c, id, now, HOME_EVENTS)?,
                None => Vec::new(),
            };
            Ok((public, own))
        })
        .await?;
    // The list changes by itself when one of the meetups shown starts or ends.
    // (Only a visitor's page is kept, so their own list is empty.)
    let changes = public
        .iter()
        .filter_map(|(e, _)| e.facts().next_change(now))
        .min();
    let page = PageContext::new(req, state);
    let lang = page.lang;
    let page = render(&HomePage {
        page,
        upcoming: public
            .iter()
            .map(|(e, g)| EventCard::of(e, g, now, lang))
            .collect(),
        mine: own
            .iter()
            .map(|(e, g, status)| EventCard::of(e, g, now, lang).with_rsvp(status))
            .collect(),
        signed_in: me.is_some(),
    })?;
    Ok(crate::page_cache::Rendered {
        page,
        changes,
        path: "/".to_owned(),
    })
}

/// Field errors of a form, for templates: `errors.get("email")` is "" when the field is fine.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub BTreeMap<String, String>);

impl FormErrors {
    pub fn get(&self, field: &str) -> &str {
        self.0.get(field).map_or("", String::as_str)
    }
}

impl From<&AppError> for FormErrors {
    fn from(error: &AppError) -> Self {
        FormErrors(
            error
                .fields
                .iter()
                .map(|(k, v)| (k.clone(), crate::lang::translated(v)))
                .collect(),
        )
    }
}

/// For pages whose URL carries a secret token: keep it out of `Referer` headers and caches.
pub fn no_referrer(response: &mut HttpResponse) {
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
}

/// A 303 redirect (after a form post).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    page: PageContext,
    status: u16,
    title: &'a str,
    message: &'a str,
}

/// The full error page for `error`; falls back to a bare page if the template fails.
pub fn error_page(req: &HttpRequest, error: &ErrorPage) -> String {
    let mut page = match req.app_data::<web::Data<AppState>>() {
        Some(state) => PageContext::new(req, state),
        None => PageContext::fallback(req),
    };
    page.canonical.clear();
    // The language switch comes back here; an overlong address (414) is not echoed back.
    if page.here.len() > 2048 {
        page.here = "/".to_owned();
    }
    let title_key = match error.status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::UNAUTHORIZED => "error-unauthorized",
        StatusCode::TOO_MANY_REQUESTS => "error-too-many-requests",
        StatusCode::URI_TOO_LONG => "error-uri-too-long",
        s if s.is_server_error() => "error-server",
        _ => "error-other",
    };
    let title = muster_i18n::tr(page.lang, title_key);
    ErrorTemplate {
        page,
        status: error.status.as_u16(),
        title: &title,
        message: &error.message,
    }
    .render()
    .unwrap_or_else(|_| format!("<!doctype html><title>{title}</title><h1>{title}</h1>"))
}

// ----------------------------------------------------------------------------- one-message and one-button pages

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
#[template(path = "account/confirm.html")]
struct ConfirmPage<'a> {
    page: PageContext,
    csrf: String,
    title: &'a str,
    message: &'a str,
    action: String,
    button: &'a str,
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
