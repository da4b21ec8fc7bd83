//! HTTP as the standards describe it: HEAD answered wherever GET is, text compressed for
//! clients that accept it, and clear answers to requests too large to serve.

use std::io::Read;

use muster_e2e::{
    Person, TestApp, ada_organizing, backend_test, create_event, json_body, tech_hub_meetup,
};
use reqwest::{Method, header};
use serde_json::json;

/// `person`'s `method` request to `path`: its status, `Content-Type` and body.
async fn fetch(person: &Person, method: Method, path: &str) -> (u16, String, Vec<u8>) {
    let response = person
        .client
        .request(method.clone(), person.url(path))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (
        status,
        content_type,
        response.bytes().await.unwrap().to_vec(),
    )
}

backend_test!(async fn head_is_answered_wherever_get_is(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await.id;
    let visitor = app.visitor();
    let css = muster_web::assets::href("muster.css");
    let public = [
        "/".to_owned(),
        "/g/pyleeds".to_owned(),
        format!("/g/pyleeds/events/{event}"),
        "/api/v1/groups/pyleeds".to_owned(),
        "/g/pyleeds/events.ics".to_owned(),
        css,
    ];
    for path in &public {
        let (get_status, get_type, get_body) = fetch(&visitor, Method::GET, path).await;
        let (status, content_type, body) = fetch(&visitor, Method::HEAD, path).await;
        assert_eq!((get_status, status), (200, 200), "HEAD {path}");
        assert!(!get_type.is_empty(), "GET {path} has a type");
        assert_eq!(content_type, get_type, "HEAD {path} has the GET's type");
        assert!(!get_body.is_empty(), "GET {path} has a body");
        assert!(body.is_empty(), "HEAD {path} has none: {}", String::from_utf8_lossy(&body));
    }

    // What GET hides, HEAD hides: a private group is 404 to outsiders, and needs a login.
    let ada_too = ada_organizing(&app, "inner-circle", "private").await;
    assert_eq!(ada_too.get("/g/inner-circle").await.status(), 200);
    for path in ["/g/inner-circle", "/api/v1/groups/inner-circle"] {
        assert_eq!(fetch(&visitor, Method::GET, path).await.0, 404, "GET {path}");
        assert_eq!(fetch(&visitor, Method::HEAD, path).await.0, 404, "HEAD {path}");
    }
    assert_eq!(fetch(&visitor, Method::HEAD, "/api/v1/me").await.0, 401);
    // A route without GET still refuses HEAD.
    assert_eq!(fetch(&visitor, Method::HEAD, "/api/v1/auth/login").await.0, 405);
});

/// `person`'s GET of `path` with `Accept-Encoding: gzip`: its `Content-Encoding` (empty when
/// none) and its body, decoded.
async fn get_gzip(person: &Person, path: &str) -> (String, Vec<u8>) {
    let response = person
        .client
        .get(person.url(path))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(response.status(), 200, "GET {path}");
    let encoding = response
        .headers()
        .get(header::CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.bytes().await.unwrap().to_vec();
    if encoding != "gzip" {
        return (encoding, bytes);
    }
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(bytes.as_slice())
        .read_to_end(&mut decoded)
        .unwrap_or_else(|e| panic!("GET {path}: not gzip ({e})"));
    (encoding, decoded)
}

backend_test!(async fn text_is_gzipped_and_images_and_archives_are_not(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await;
    let visitor = app.visitor();

    // The same JSON and calendar, whether compressed or not.
    for path in ["/api/v1/groups/pyleeds", "/g/pyleeds/events.ics", "/g/pyleeds/feed.atom"] {
        let plain = fetch(&visitor, Method::GET, path).await.2;
        let (encoding, decoded) = get_gzip(&visitor, path).await;
        assert_eq!(encoding, "gzip", "{path}");
        assert_eq!(String::from_utf8(decoded).unwrap(), String::from_utf8(plain).unwrap(), "{path}");
    }
    // A page (its CSP nonce differs from one response to the next, so compare its words).
    let (encoding, page) = get_gzip(&visitor, "/g/pyleeds").await;
    assert_eq!(encoding, "gzip");
    let page = String::from_utf8(page).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("PyLeeds") && page.trim_end().ends_with("</html>"), "{page}");
    let (encoding, _) = get_gzip(&visitor, &muster_web::assets::href("muster.css")).await;
    assert_eq!(encoding, "gzip", "the style sheet");

    // What is compressed already is sent as it is: an uploaded logo, a ZIP export.
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 64, image::Rgb([10, 20, 30])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let uploaded = ada.client.put(ada.url("/api/v1/groups/pyleeds/logo")).header("content-type", "image/png").body(png).send().await.unwrap();
    assert_eq!(uploaded.status(), 200);
    let logo_url = json_body(uploaded).await["logo_url"].as_str().unwrap().to_owned();
    let (encoding, logo) = get_gzip(&visitor, &logo_url).await;
    assert_eq!(encoding, "", "the logo is not compressed again");
    assert!(image::load_from_memory(&logo).is_ok(), "and reads as an image");
    let (encoding, archive) = get_gzip(&ada, "/api/v1/groups/pyleeds/archive").await;
    assert_eq!(encoding, "", "the archive is not compressed again");
    assert!(archive.starts_with(b"PK"), "and reads as a ZIP");

    // No Accept-Encoding, no compression.
    let plain = visitor.get("/g/pyleeds").await;
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
});

backend_test!(async fn an_overlong_address_gets_a_clear_414(backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.visitor();
    let long = "a".repeat(60 * 1024);
    let response = visitor.get(&format!("/api/v1/groups?q={long}")).await;
    assert_eq!(response.status(), 414);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["code"], "uri_too_long");
    assert_eq!(body["message"], "The address is too long: 61 KiB, and at most 8 KiB is read. Send long data in a request body instead.");

    let response = visitor.get(&format!("/groups?q={long}")).await;
    assert_eq!(response.status(), 414);
    assert!(response.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let page = response.text().await.unwrap();
    assert!(page.contains("The address is too long: 61 KiB"), "{page}");
    assert!(page.len() < 16 * 1024, "the page does not echo the address back");

    // An ordinary query is unaffected.
    assert_eq!(visitor.get("/api/v1/groups?q=leeds").await.status(), 200);
});

/// The raw answer to `request` sent over a plain TCP connection: HTTP clients refuse to send
/// what these tests send (a 100 KB address, a broken header). Its status, head and body.
async fn raw(app: &TestApp, request: &[u8]) -> (u16, String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    stream.write_all(request).await.expect("send the request");
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .await
        .expect("read the answer until the server closes");
    let answer = String::from_utf8(answer).expect("a text answer");
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head and a body");
    let status = head[9..12].parse().expect("a status");
    (status, head.to_ascii_lowercase(), body.to_owned())
}

backend_test!(async fn requests_the_http_parser_refuses_get_a_clear_answer_too(backend) {
    // Past 64 KiB an address cannot even be parsed, so the application never sees it; the
    // answer is still a clear 414, in the route's format, and the server carries on.
    let app = TestApp::spawn(backend).await;
    let long = "a".repeat(100_000);
    let request = format!("GET /api/v1/groups?q={long} HTTP/1.1\r\nhost: muster.test\r\n\r\n");
    let (status, head, body) = raw(&app, request.as_bytes()).await;
    assert_eq!(status, 414, "{head}");
    assert!(head.contains("content-type: application/json"), "{head}");
    assert!(head.contains("connection: close"), "{head}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["code"], "uri_too_long");
    assert_eq!(body["message"], "The address is too long: 98 KiB, and at most 8 KiB is read. Send long data in a request body instead.");

    let request = format!("GET /groups?q={long} HTTP/1.1\r\nhost: muster.test\r\n\r\n");
    let (status, head, page) = raw(&app, request.as_bytes()).await;
    assert_eq!(status, 414);
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(page.contains("The address is too long: 98 KiB"), "{page}");
    assert!(page.len() < 2048, "the page does not echo the address back");

    // A malformed header: 400 saying so.
    let (status, head, page) = raw(&app, b"GET /groups HTTP/1.1\r\nhost: muster.test\r\nno colon here\r\n\r\n").await;
    assert_eq!(status, 400, "{head}");
    assert!(page.contains("The request could not be read: it is not well-formed HTTP."), "{page}");
    let (status, _, body) = raw(&app, b"GET /api/v1/groups HTTP/1.1\r\nhost: muster.test\r\nno colon here\r\n\r\n").await;
    assert_eq!(status, 400);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["code"], "unreadable_request");

    // More headers than are read: 431 saying so.
    let headers: String = (0..120).map(|i| format!("x-header-{i}: {i}\r\n")).collect();
    let request = format!("GET /groups HTTP/1.1\r\nhost: muster.test\r\n{headers}\r\n");
    let (status, head, page) = raw(&app, request.as_bytes()).await;
    assert_eq!(status, 431, "{head}");
    assert!(page.contains("The request has too many headers, or headers too large"), "{page}");

    // An ordinary request on a connection of its own still gets an ordinary answer, and an
    // application's own 400 (a bad query) keeps its body.
    let (status, head, body) = raw(&app, b"GET /api/v1/groups?q=leeds HTTP/1.1\r\nhost: muster.test\r\nconnection: close\r\n\r\n").await;
    assert_eq!(status, 200, "{head}");
    assert!(body.contains("\"groups\""), "{body}");
    let bad_query = app.visitor().get("/api/v1/groups?sort=alphabetical").await;
    assert_eq!(bad_query.status(), 400);
    assert_eq!(json_body(bad_query).await["code"], "invalid_query");
});
