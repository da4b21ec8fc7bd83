//! HTTP as the standards describe it: HEAD answered wherever GET is, text compressed for
//! clients that accept it, and clear answers to requests too large to serve.

use muster_e2e::{
    Person, TestApp, ada_organizing, backend_test, create_event, tech_hub_meetup,
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
    (status, content_type, response.bytes().await.unwrap().to_vec())
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
