//! Conditional GET (RFC 9110 §13): strong `ETag` and `Last-Modified` validators, and the 304
//! that answers a request whose copy is still fresh — decided before anything is rendered.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::{
    HttpRequest, HttpResponse, HttpResponseBuilder,
    http::header::{self, EntityTag, Header, HttpDate, IfModifiedSince, IfNoneMatch},
};
use muster_core::{Timestamp, secrets::digest_hex};
use muster_db::{feeds::FeedVersion, groups::GroupRow};

/// The validators of one representation.
#[derive(Debug, Clone)]
pub struct Validator {
    etag: EntityTag,
    last_modified: Option<HttpDate>,
}

impl crate::cache::Kept for Validator {
    fn weight(&self) -> usize {
        64
    }
}

impl Validator {
    /// A strong ETag from `parts` (everything the representation depends on) and the time of
    /// its last change.
    pub fn new(parts: &[&str], last_modified: Option<Timestamp>) -> Validator {
        let mut joined = String::new();
        for part in parts {
            joined.push_str(part);
            joined.push('\u{1f}');
        }
        let digest = digest_hex(joined.as_bytes());
        Validator {
            etag: EntityTag::new_strong(digest[..32].to_owned()),
            last_modified: last_modified.map(|t| {
                let seconds = u64::try_from(t.unix_seconds()).unwrap_or(0);
                HttpDate::from(UNIX_EPOCH + Duration::from_secs(seconds))
            }),
        }
    }

    /// The validator of a group's feed: `settings` (the feed's format and the instance settings
    /// it shows), then the group and the version of its events. Last modified: the later of
    /// the group's and its events' last change.
    pub fn group_feed(settings: &[&str], group: &GroupRow, version: FeedVersion) -> Validator {
        let (id, updated) = (group.id.to_string(), group.updated_at.to_rfc3339());
        let (events, changed) = (
            version.events.to_string(),
            version
                .changed_at
                .map(Timestamp::to_rfc3339)
                .unwrap_or_default(),
        );
        let mut parts = settings.to_vec();
        parts.extend([id.as_str(), &updated, &events, &changed]);
        Validator::new(
            &parts,
            version
                .changed_at
                .into_iter()
                .chain([group.updated_at])
                .max(),
        )
    }

    pub fn etag(&self) -> &str {
        self.etag.tag()
    }

    /// True when the client's copy is current: `If-None-Match` names our ETag (or `*`), or,
    /// without `If-None-Match`, nothing changed since `If-Modified-Since`.
    pub fn matches(&self, req: &HttpRequest) -> bool {
        if req.headers().contains_key(header::IF_NONE_MATCH) {
            return match IfNoneMatch::parse(req) {
                Ok(IfNoneMatch::Any) => true,
                Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&self.etag)),
                Err(_) => false,
            };
        }
        match (IfModifiedSince::parse(req), self.last_modified) {
            (Ok(IfModifiedSince(since)), Some(modified)) => {
                SystemTime::from(modified) <= SystemTime::from(since)
            }
            _ => false,
        }
    }

    /// Adds `ETag` and `Last-Modified` to a response.
    pub fn apply(&self, response: &mut HttpResponseBuilder) {
        response.insert_header(header::ETag(self.etag.clone()));
        if let Some(modified) = self.last_modified {
            response.insert_header(header::LastModified(modified));
        }
    }

    /// The 304 answer, with the validators and caching headers a 200 would carry.
    pub fn not_modified(&self, public: bool) -> HttpResponse {
        let mut response = HttpResponse::NotModified();
        self.apply(&mut response);
        let mut response = response.finish();
        super::cache_headers(&mut response, public);
        response
    }
}
