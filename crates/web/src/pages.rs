//! Server-rendered HTML pages: the shared page context, rendering helpers, the home page and
//! the error page.

use std::collections::BTreeMap;

use actix_web::{HttpMessage, HttpRequest, HttpResponse, http::StatusCode, http::header, web};
use askama::Template;
use muster_db::events;
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
    pub notice: Option<&'static str>,
    /// This page's address from the configured base URL (never the Host header), for
    /// `<link rel="canonical">` and `og:url`; empty on error pages.
    pub canonical: String,
    /// What link previews (Open Graph, Twitter Cards) show.
    pub social: Social,
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

/// Confirmations a redirect may ask a page to show.
fn notice_text(code: &str) -> Option<&'static str> {
    Some(match code {
        "logged_out" => "You are logged out.",
        "verification_sent" => "We have sent you a new confirmation link.",
        "verified" => "Your email address is confirmed. Welcome!",
        "password_reset" => "Your password is changed. Log in with the new one.",
        "password_changed" => "Your password is changed. Your other devices are logged out.",
        "profile_saved" => "Your profile is saved.",
        "email_change_sent" => "Follow the link we sent to the new address to confirm it.",
        "email_changed" => "Your new email address is confirmed.",
        "session_revoked" => "That device is logged out.",
        "token_revoked" => "The token is revoked.",
        "feed_saved" => "Your calendar feed is updated.",
        "feed_revoked" => {
            "Your calendar feed link is turned off. Calendars using it stop updating."
        }
        "account_deleted" => "Your account is deleted. Thank you for having been here.",
        "welcome_admin" => "Your administrator account is ready.",
        "group_saved" => "The group's settings are saved.",
        "logo_saved" => "The logo is updated.",
        "conduct_published" => "A new version of the code of conduct is published.",
        "conduct_accepted" => "Thank you for accepting the code of conduct.",
        "joined" => "Welcome! You are a member now.",
        "claimed" => "Welcome back! Your Meetup.com history is part of your account now.",
        "join_requested" => "Your request is sent. The organizers will review it.",
        "left" => "You have left the group.",
        "report_sent" => {
            "Your report is sent privately to the organizers. Thank you for speaking up."
        }
        "members_updated" => "Done.",
        "invitation_sent" => "The invitation is on its way.",
        "group_deleted" => "The group is deleted.",
        "event_created" => "The event is published. See you there!",
        "event_drafted" => "The draft is saved. Only organizers can see it until you publish it.",
        "event_published" => "The event is published.",
        "event_announced" => "The members are being emailed about the event.",
        "event_saved" => "The event is saved.",
        "event_moved" => {
            "The event is saved. Everyone going or on the waitlist gets an email about the new \
             time or place in 15 minutes; further changes before then go out in that same email."
        }
        "event_cancelled" => "The event is cancelled. It stays listed, with your reason.",
        "event_deleted" => "The draft is deleted.",
        "series_created" => "The series is scheduled.",
        "rsvp_going" => "You're going. See you there!",
        "rsvp_waitlisted" => {
            "The event is full, so you're on the waitlist. We'll email you if a seat frees up."
        }
        "rsvp_not_going" => "Thanks for letting the organizers know.",
        "rsvps_closed" => "RSVPs are closed.",
        "rsvps_opened" => "RSVPs are open again.",
        "comment_posted" => "Your comment is posted.",
        "comment_removed" => "The comment is removed.",
        "attendee_moved" => "Done.",
        "talk_added" => "The talk is on the agenda.",
        "talk_saved" => "The talk is saved.",
        "talk_deleted" => "The talk is removed from the agenda.",
        _ => return None,
    })
}

impl PageContext {
    pub fn new(req: &HttpRequest, state: &AppState) -> Self {
        let mut page = Self::with_name(req, state.config.instance_name.clone());
        page.canonical = format!("{}{}", state.config.base_url, req.path());
        page
    }

    fn with_name(req: &HttpRequest, instance_name: String) -> Self {
        let authn = req.extensions().get::<Authn>().cloned();
        let csrf = crate::csrf::session_token(req).unwrap_or_default();
        let notice = web::Query::<BTreeMap<String, String>>::from_query(req.query_string())
            .ok()
            .and_then(|q| q.get("notice").and_then(|code| notice_text(code)));
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
            social: Social {
                description: format!("Local groups and their meetups, on {instance_name}."),
                title: instance_name.clone(),
                image: String::new(),
            },
            instance_name,
        }
    }

    /// For contexts without application state (should not happen in a running server).
    fn fallback(req: &HttpRequest) -> Self {
        Self::with_name(req, "Muster".to_owned())
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
    let html = template.render()?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(html))
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
const HOME_EVENTS: i64 = 20;

/// `/` — the home page: upcoming meetups, and the signed-in person's own.
pub async fn home(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
) -> Result<HttpResponse, PageError> {
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
    render(&HomePage {
        page: PageContext::new(&req, &state),
        upcoming: public
            .iter()
            .map(|(e, g)| EventCard::of(e, g, now))
            .collect(),
        mine: own
            .iter()
            .map(|(e, g, status)| EventCard::of(e, g, now).with_rsvp(status))
            .collect(),
        signed_in: me.is_some(),
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
        FormErrors(error.fields.clone())
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
    let title = match error.status {
        StatusCode::NOT_FOUND => "Page not found",
        StatusCode::FORBIDDEN => "Not allowed",
        StatusCode::UNAUTHORIZED => "Please log in",
        StatusCode::TOO_MANY_REQUESTS => "Slow down",
        StatusCode::URI_TOO_LONG => "Address too long",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    ErrorTemplate {
        page,
        status: error.status.as_u16(),
        title,
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
