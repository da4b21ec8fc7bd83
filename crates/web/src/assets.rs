//! Static assets, embedded in the binary (no front-end build step, nothing to deploy beside
//! the executable). URLs carry a content hash, so browsers may cache them forever.

use actix_web::{HttpRequest, HttpResponse, http::header, web};

use crate::{
    error::{AppError, PageError},
    routes::{Access, RouteTable},
};

pub fn routes(table: &mut RouteTable<'_>) {
    table
        .resource("/static/{name}")
        .get(Access::Public, static_asset)
        .done();
}

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
    version: u64,
}

/// FNV-1a, computed at compile time: a cache-busting fingerprint, not a security hash.
const fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

macro_rules! asset {
    ($name:literal, $content_type:literal) => {{
        const BYTES: &[u8] = include_bytes!(concat!("../../../frontend/static/", $name));
        Asset {
            name: $name,
            content_type: $content_type,
            bytes: BYTES,
            version: fingerprint(BYTES),
        }
    }};
}

const ASSETS: &[Asset] = &[
    asset!("muster.css", "text/css; charset=utf-8"),
    asset!("favicon.svg", "image/svg+xml"),
    asset!("timezone.js", "text/javascript; charset=utf-8"),
    asset!("leaflet.js", "text/javascript; charset=utf-8"),
    asset!("leaflet.css", "text/css; charset=utf-8"),
    asset!("map.js", "text/javascript; charset=utf-8"),
    asset!("near.js", "text/javascript; charset=utf-8"),
];

fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}

/// The site icon's type and bytes (for `/favicon.ico`).
pub fn favicon() -> (&'static str, &'static [u8]) {
    find("favicon.svg").map_or(("image/svg+xml", &[][..]), |a| (a.content_type, a.bytes))
}

/// The versioned URL of an embedded asset.
pub fn href(name: &str) -> String {
    match find(name) {
        Some(asset) => format!("/static/{}?v={:016x}", asset.name, asset.version),
        None => format!("/static/{name}"),
    }
}

#[derive(serde::Deserialize)]
pub struct VersionQuery {
    v: Option<String>,
}

/// `/static/{name}`
pub async fn static_asset(
    req: HttpRequest,
    name: web::Path<String>,
    query: web::Query<VersionQuery>,
) -> Result<HttpResponse, PageError> {
    let found = find(&name).ok_or_else(AppError::not_found)?;
    let etag = format!("\"{:016x}\"", found.version);
    let current = query.v.as_deref() == Some(&etag[1..17]);
    let cache = if current {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, cache));
    if matches {
        return Ok(response.finish());
    }
    Ok(response.content_type(found.content_type).body(found.bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_carry_a_content_fingerprint() {
        let css = href("muster.css");
        assert!(css.starts_with("/static/muster.css?v="));
        assert_eq!(css.len(), "/static/muster.css?v=".len() + 16);
        assert_ne!(fingerprint(b"a"), fingerprint(b"b"));
    }
}
