//! A public group's news feed: `GET /g/{slug}/feed.atom`, an Atom document (RFC 4287) of the
//! group's most recently published or changed events, for feed readers.
//!
//! Feed readers fetch without cookies, so the feed is the same for everyone and exists only for
//! public groups: a private group's feed is 404, even to its members (SECURITY 15). Like the
//! calendar feeds, it answers `If-None-Match` and `If-Modified-Since` with 304 from one cheap
//! aggregate, before any event is loaded or rendered, and keeps its rendering in the shared
//! feed cache keyed by that version.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use muster_core::{Timestamp, event::EventStatus, group::Slug, policy::syndicated};
use muster_db::{
    events::{self, EventRow, VenueRow},
    feeds::{self, FeedVersion},
    groups::{self, GroupRow},
};

use muster_app::events::when_text;

use crate::{
    calendars::{PublicFeed, conditional::Validator, serve_public},
    error::{AppError, PageError},
    events::discovery::place_text,
    routes::{Access, RouteTable},
    state::AppState,
};

/// Entries in the feed: the events changed last.
pub const ENTRIES: i64 = 50;
/// Bump when the rendered document changes shape, so cached copies and client ETags turn stale.
const FORMAT: &str = "atom-1";

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/g/{slug}/feed.atom")
        .get(Access::Public, feed)
        .done();
}

/// The feed document. `.xml`: askama escapes every value (`&`, `<`, `>`, `"`, `'` as
/// entities, all valid in XML); the escaper is also named explicitly so that a rename of the
/// file cannot turn escaping off.
#[derive(Template)]
#[template(path = "groups/feed.xml", escape = "html")]
struct FeedDocument {
    id: String,
    title: String,
    subtitle: String,
    updated: String,
    self_href: String,
    alternate_href: String,
    author: String,
    entries: Vec<FeedEntry>,
}

struct FeedEntry {
    id: String,
    title: String,
    updated: String,
    /// Empty when the event was never published (then the element is left out).
    published: String,
    href: String,
    /// Plain text: when and where.
    summary: String,
    /// HTML (escaped once more by the template, as `type="html"` requires).
    content: String,
}

/// The validator of a group's Atom feed at `version`.
fn validator(state: &AppState, group: &GroupRow, version: FeedVersion) -> Validator {
    Validator::group_feed(&[FORMAT, &state.config.base_url], group, version)
}

/// `GET /g/{slug}/feed.atom`.
async fn feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = Slug::parse(&slug).map_err(|_| AppError::not_found())?;
    // Read without cookies: only what an anonymous visitor may see, so public groups only.
    let found = state
        .db
        .read(move |c| {
            let Some(group) = groups::find_by_slug(c, slug.as_str())? else {
                return Ok(None);
            };
            if !syndicated(&group.facts()) {
                return Ok(None);
            }
            let version = feeds::group_version(c, group.id, None)?;
            Ok(Some((group, version)))
        })
        .await?;
    let (group, version) = found.ok_or_else(AppError::not_found)?;
    let feed = PublicFeed {
        key: format!("atom:{}", group.id),
        content_type: "application/atom+xml; charset=utf-8",
        disposition: "inline".to_owned(),
    };
    let current = validator(&state, &group, version);
    serve_public(&req, &state, feed, current, || async {
        let id = group.id;
        let (version, rows) = state
            .db
            .read(move |c| {
                Ok((
                    feeds::group_version(c, id, None)?,
                    events::recently_updated(c, id, ENTRIES)?,
                ))
            })
            .await?;
        let updated = version
            .changed_at
            .into_iter()
            .chain([group.updated_at])
            .max()
            .unwrap_or(group.updated_at);
        let document = document(&state.config.base_url, &group, &rows, updated);
        Ok((validator(&state, &group, version), document.render()?))
    })
    .await
}

fn document(
    base_url: &str,
    group: &GroupRow,
    rows: &[(EventRow, Option<VenueRow>)],
    updated: Timestamp,
) -> FeedDocument {
    let group_url = format!("{base_url}/g/{}", group.slug);
    FeedDocument {
        id: format!("urn:uuid:{}", group.id),
        title: xml_text(&group.name),
        subtitle: xml_text(&group.summary),
        updated: updated.to_rfc3339(),
        self_href: xml_text(&format!("{group_url}/feed.atom")),
        alternate_href: xml_text(&group_url),
        author: xml_text(&group.name),
        entries: rows
            .iter()
            .map(|(event, venue)| entry(base_url, group, event, venue.as_ref()))
            .collect(),
    }
}

fn entry(base_url: &str, group: &GroupRow, e: &EventRow, venue: Option<&VenueRow>) -> FeedEntry {
    let cancelled = e.status() == EventStatus::Cancelled;
    let when = when_text(e.starts_at, e.ends_at, e.timezone());
    let place = place_text(e, venue);
    let mut content = String::new();
    if cancelled {
        content.push_str("<p><strong>This event is cancelled.</strong>");
        if !e.cancel_reason.is_empty() {
            content.push(' ');
            content.push_str(&muster_i18n::escape_html(&e.cancel_reason));
        }
        content.push_str("</p>");
    }
    content.push_str("<p><strong>When:</strong> ");
    content.push_str(&muster_i18n::escape_html(&when));
    content.push_str("</p>");
    if !place.is_empty() {
        content.push_str("<p><strong>Where:</strong> ");
        content.push_str(&muster_i18n::escape_html(&place));
        content.push_str("</p>");
    }
    // Already sanitized (pulldown-cmark, then ammonia) when the event was saved.
    content.push_str(&e.description_html);
    let summary = if place.is_empty() {
        when
    } else {
        format!("{when} · {place}")
    };
    FeedEntry {
        id: format!("urn:uuid:{}", e.id),
        title: xml_text(&if cancelled {
            format!("Cancelled: {}", e.title)
        } else {
            e.title.clone()
        }),
        updated: e.updated_at.to_rfc3339(),
        published: e
            .published_at
            .map(Timestamp::to_rfc3339)
            .unwrap_or_default(),
        href: xml_text(&format!("{base_url}{}", e.path(&group.slug))),
        summary: xml_text(&summary),
        content: xml_text(&content),
    }
}

/// Text XML 1.0 can carry: control characters other than tab, line feed and carriage return
/// are not allowed in a document at all (not even as character references), nor are U+FFFE
/// and U+FFFF; they are dropped. (C1 controls are legal but never meant: dropped too.)
pub fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_drops_what_xml_cannot_carry() {
        assert_eq!(xml_text("plain text"), "plain text");
        assert_eq!(
            xml_text("tab\there\nline\r\nend"),
            "tab\there\nline\r\nend",
            "tab, LF and CR are allowed"
        );
        assert_eq!(xml_text("nul\u{0}bell\u{7}esc\u{1b}!"), "nulbellesc!");
        assert_eq!(xml_text("form\u{c}feed\u{b}vt"), "formfeedvt");
        assert_eq!(xml_text("del\u{7f}c1\u{85}\u{9f}"), "delc1");
        assert_eq!(xml_text("nonchar\u{FFFE}\u{FFFF}"), "nonchar");
        assert_eq!(
            xml_text("Café 🎉 <b>&amp;</b> \u{2028}"),
            "Café 🎉 <b>&amp;</b> \u{2028}",
            "everything else is kept (markup is escaped later, by the template)"
        );
    }

    #[test]
    fn html_in_content_is_escaped() {
        assert_eq!(
            muster_i18n::escape_html(r#"<script>"x" & 'y'</script>"#),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
