//! Public pages as visitors see them, kept rendered in memory.
//!
//! A visitor's view of a group's page or of one of its events is the same for every visitor
//! who reads the same language. It is kept in [`AppState::pages`], tagged with the group's page
//! version ([`muster_db::page_versions`]), which the database raises on every change those pages
//! show; a later visitor's request costs one indexed read of that number instead of the page's
//! queries and its rendering. The home page is kept the same way, tagged with the ids of the
//! meetups it lists and their groups' versions (one narrow read of the same index). Because the number lives in the database, a change made by
//! another `muster serve` process, the worker or the command line is seen at once. A page that
//! shows the time ("happening now", "RSVPs close …") is kept only until its next such change,
//! and never longer than [`LONGEST`].
//!
//! Only visitors' pages are kept: a signed-in person's page shows their own answer, forms
//! with their token and their name, and is always rendered (an event page from what every
//! member's view shares, kept under the same version: see
//! [`crate::events::event_page::KeptEvent`]). Each visitors' page is kept as it is and
//! gzip-compressed once, so browsers (which all ask for gzip) are not served a compression per
//! visit.

use std::io::Write;

use actix_web::{
    HttpMessage, HttpRequest, HttpResponse,
    body::{BoxBody, MessageBody},
    http::{
        StatusCode,
        header::{self, AcceptEncoding, ContentEncoding, Encoding, Header},
    },
    web::Bytes,
};
use chrono::Duration;
use muster_core::Timestamp;

use crate::{auth::MaybeUser, error::PageError, middleware::CspNonce, state::AppState};

/// The longest a kept page is served without being rendered again, whatever its version.
const LONGEST: Duration = Duration::seconds(60);

/// A kept page: its HTML, and the same gzip-compressed.
#[derive(Debug, Clone)]
pub struct KeptPage {
    html: Bytes,
    gzip: Bytes,
}

impl crate::cache::Kept for KeptPage {
    fn weight(&self) -> usize {
        self.html.len() + self.gzip.len()
    }
}

impl KeptPage {
    fn of(html: Bytes) -> Option<KeptPage> {
        let mut encoder = flate2::write::GzEncoder::new(
            Vec::with_capacity(html.len() / 4),
            flate2::Compression::default(),
        );
        encoder.write_all(&html).ok()?;
        let gzip = Bytes::from(encoder.finish().ok()?);
        Some(KeptPage { html, gzip })
    }

    /// The page as `req` asks for it: gzip-compressed when it accepts gzip (as actix-web's
    /// compression would have answered), else as it is.
    fn response(&self, req: &HttpRequest) -> HttpResponse {
        let gzip = AcceptEncoding::parse(req).ok().and_then(|accepted| {
            accepted.negotiate([Encoding::identity(), Encoding::gzip()].iter())
        }) == Some(Encoding::gzip());
        let body = if gzip { &self.gzip } else { &self.html };
        let mut response = crate::pages::html_response(StatusCode::OK, body.clone());
        let headers = response.headers_mut();
        if gzip {
            headers.insert(
                header::CONTENT_ENCODING,
                ContentEncoding::Gzip.to_header_value(),
            );
        }
        headers.insert(
            header::VARY,
            header::HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"),
        );
        response
    }
}

/// Where a visitor's rendering of this page goes once made.
struct Slot {
    key: String,
    tag: String,
    now: Timestamp,
}

/// What looking a page up found.
enum Lookup {
    /// The kept page, ready to send.
    Hit(HttpResponse),
    /// Render it; with a slot, keep what was rendered.
    Miss(Option<Slot>),
}

/// Which version a kept page is tagged with.
#[derive(Debug, Clone, Copy)]
pub enum Versioned<'a> {
    /// A page of the group called this: the group's page version.
    Group(&'a str),
    /// The home page: its list of the soonest public meetups, with their groups' versions
    /// ([`muster_db::page_versions::of_upcoming_public`]).
    Home,
}

/// Looks up the visitor's view of `req`'s page. Signed-in callers, requests with a query
/// string and a failed version read are misses without a slot (rendered as always, and not
/// kept).
async fn lookup(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
    version: Versioned<'_>,
) -> Lookup {
    if user.caller().is_some() || !req.query_string().is_empty() {
        return Lookup::Miss(None);
    }
    let now = state.now();
    let tag = match version {
        Versioned::Group(slug) => {
            let owned = slug.to_owned();
            state
                .db
                .read_quick(move |c| muster_db::page_versions::of_slug(c, &owned))
                .await
        }
        Versioned::Home => {
            state
                .db
                .read_quick(move |c| {
                    muster_db::page_versions::of_upcoming_public(c, now, crate::pages::HOME_EVENTS)
                        .map(Some)
                })
                .await
        }
    };
    let Ok(Some(tag)) = tag else {
        return Lookup::Miss(None);
    };
    let lang = crate::lang::current();
    let key = format!("{}\n{}", lang.tag(), req.path());
    let kept = state.pages.get(&key, &tag, now);
    state.metrics.observe_page_cache(kept.is_some());
    match kept {
        Some(page) => Lookup::Hit(page.response(req)),
        None => Lookup::Miss(Some(Slot { key, tag, now })),
    }
}

impl Slot {
    /// Keeps `response` (when it is a whole, cookie-less 200 page) until `changes` (the next
    /// moment the page would read differently by itself), and returns it.
    fn keep(
        self,
        req: &HttpRequest,
        state: &AppState,
        response: HttpResponse,
        changes: Option<Timestamp>,
    ) -> HttpResponse {
        if response.status() != StatusCode::OK
            || response.headers().contains_key(header::SET_COOKIE)
        {
            return response;
        }
        let (head, body) = response.into_parts();
        let body = match body.try_into_bytes() {
            Ok(bytes) => bytes,
            Err(body) => return head.set_body(body),
        };
        // A page that carries this request's CSP nonce is not the same for the next visitor.
        let nonce = req.extensions().get::<CspNonce>().map(|n| n.0.clone());
        let has_nonce = nonce
            .is_some_and(|n| !n.is_empty() && body.windows(n.len()).any(|w| w == n.as_bytes()));
        if !has_nonce && let Some(page) = KeptPage::of(body.clone()) {
            let until = changes.map_or(self.now + LONGEST, |c| c.min(self.now + LONGEST));
            let span = Some((self.now, until));
            state.pages.put(&self.key, &self.tag, span, page);
        }
        head.set_body(BoxBody::new(body))
    }
}

/// A page as its handler rendered it.
pub struct Rendered {
    pub page: HttpResponse,
    /// When it would next read differently by itself (`None`: not by itself).
    pub changes: Option<Timestamp>,
    /// Its own address: a page asked for at another spelling of it (an id in capitals) is
    /// answered but not kept, so such addresses cannot crowd out the pages people read.
    pub path: String,
}

/// Answers a page (of a group, or the home page): the kept rendering when there is one for
/// this visitor, else what `render` makes, kept for the next visitors when it may be.
pub async fn serve<F, Fut>(
    req: &HttpRequest,
    state: &AppState,
    user: &MaybeUser,
    version: Versioned<'_>,
    render: F,
) -> Result<HttpResponse, PageError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Rendered, PageError>>,
{
    let slot = match lookup(req, state, user, version).await {
        Lookup::Hit(page) => return Ok(page),
        Lookup::Miss(slot) => slot,
    };
    let rendered = render().await?;
    Ok(match slot {
        Some(slot) if rendered.path == req.path() => {
            slot.keep(req, state, rendered.page, rendered.changes)
        }
        _ => rendered.page,
    })
}
