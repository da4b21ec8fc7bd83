//! What crawlers and browsers ask every site for: `/robots.txt`, `/sitemap.xml` (public groups
//! and their published events only: SECURITY 15) and `/favicon.ico`. Absolute URLs come from
//! the configured base URL, never from the Host header.

use actix_web::{HttpResponse, http::header, web};
use muster_db::feeds;

use crate::{
    assets,
    error::PageError,
    routes::{Access, RouteTable},
    state::AppState,
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/robots.txt")
        .get(Access::Public, robots)
        .done();
    table
        .resource("/sitemap.xml")
        .get(Access::Public, sitemap)
        .done();
    table
        .resource("/favicon.ico")
        .get(Access::Public, favicon)
        .done();
}

/// Paths no crawler has any business in: accounts, administration, group settings, secret
/// links, the API.
const DISALLOWED: [&str; 10] = [
    "/account/",
    "/admin/",
    "/api/",
    "/setup",
    "/feeds/",
    "/invitations/",
    "/unsubscribe/",
    "/claim/",
    "/email/",
    "/g/*/settings",
];

/// `/robots.txt`
pub async fn robots(state: web::Data<AppState>) -> HttpResponse {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    for path in DISALLOWED {
        text.push_str("Disallow: ");
        text.push_str(path);
        text.push('\n');
    }
    text.push_str(&format!(
        "\nSitemap: {}/sitemap.xml\n",
        state.config.base_url
    ));
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .content_type("text/plain; charset=utf-8")
        .body(text)
}

/// `/sitemap.xml`: the instance's home and directory, every public group, and their published
/// events (sitemaps.org protocol).
pub async fn sitemap(state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let entries = state.db.read(feeds::sitemap).await?;
    let base = escaped(&state.config.base_url);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |path: &str, modified: Option<muster_core::Timestamp>| {
        xml.push_str(&format!("<url><loc>{base}{}</loc>", escaped(path)));
        if let Some(at) = modified {
            xml.push_str(&format!("<lastmod>{}</lastmod>", at.to_rfc3339()));
        }
        xml.push_str("</url>\n");
    };
    url("/", None);
    url("/groups", None);
    for (slug, modified) in &entries.groups {
        url(&format!("/g/{slug}"), Some(*modified));
    }
    for (slug, event, modified) in &entries.events {
        url(&format!("/g/{slug}/events/{event}"), Some(*modified));
    }
    xml.push_str("</urlset>\n");
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .content_type("application/xml; charset=utf-8")
        .body(xml))
}

/// `/favicon.ico`, for browsers and tools that ask for it without reading the page: the same
/// SVG icon the pages link to.
pub async fn favicon() -> HttpResponse {
    let (content_type, bytes) = assets::favicon();
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .content_type(content_type)
        .body(bytes)
}

/// `text` as XML character data.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
