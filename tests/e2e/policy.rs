//! Walks the route table: every route declares who may call it, and the declaration holds
//! for anonymous visitors, unverified people and non-administrators. Every HTML form refuses a
//! post without its CSRF token.

use muster_e2e::{PASSWORD, TestApp, backend_test};
use muster_web::routes::{Access, RouteTable};
use reqwest::Method;
use serde_json::json;

/// A concrete path for a route pattern (parameters become a syntactically valid id).
fn concrete(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "0193a4c2-0000-7000-8000-000000000000"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// The route table, with methods as the HTTP client spells them.
fn routes() -> Vec<(Method, &'static str, Access)> {
    RouteTable::list()
        .into_iter()
        .map(|r| {
            (
                Method::from_bytes(r.method.as_str().as_bytes()).unwrap(),
                r.path,
                r.access,
            )
        })
        .collect()
}

backend_test!(async fn every_route_enforces_its_declared_access(backend) {
    let app = TestApp::spawn(backend).await;
    let routes = routes();
    assert!(routes.len() > 40, "the table lists the routes: {}", routes.len());
    let visitor = TestApp::new_client();
    let mut checked = 0;
    for (method, path, access) in &routes {
        if matches!(access, Access::Public | Access::SecretLink) {
            continue;
        }
        let url = app.url(&concrete(path));
        let mut request = visitor.request(method.clone(), &url).header("sec-fetch-site", "same-origin");
        if is_api(path) && *method != Method::GET {
            request = request.json(&json!({}));
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        match (is_api(path), *method == Method::GET) {
            (true, _) => {
                assert_eq!(status, 401, "{method} {path}");
                let body: serde_json::Value = response.json().await.unwrap();
                assert_eq!(body["code"], "unauthenticated", "{method} {path}");
            }
            (false, true) => {
                assert_eq!(status, 303, "{method} {path}");
                let location = response.headers()["location"].to_str().unwrap();
                assert!(location.starts_with("/account/login?next="), "{location}");
            }
            (false, false) => assert_eq!(status, 401, "{method} {path}"),
        }
        checked += 1;
    }
    assert!(checked > 20, "checked {checked} protected routes");

    // Verified-only and admin-only routes refuse signed-in people who are not.
    let unverified = TestApp::new_client();
    app.sign_up_unconfirmed(&unverified, "New", "new@example.org").await;
    for (method, path, _) in routes.iter().filter(|(_, _, a)| matches!(a, Access::Verified | Access::Admin)) {
        let mut request = unverified.request(method.clone(), app.url(&concrete(path)));
        if *method != Method::GET {
            request = request.json(&json!({})).header("sec-fetch-site", "same-origin");
        }
        assert_eq!(request.send().await.unwrap().status(), 403, "{method} {path}");
    }
});

backend_test!(async fn every_html_form_refuses_a_post_without_its_csrf_token(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let forms: Vec<_> = routes()
        .into_iter()
        .filter(|(method, path, _)| !is_api(path) && *method != Method::GET && *method != Method::HEAD)
        // RFC 8058: a mail provider's one-click unsubscribe POST carries no form token; the
        // unguessable link token is the authority (a made-up one is 404, tested in
        // `notifications`).
        .filter(|(_, path, _)| *path != "/unsubscribe/{token}")
        // ActivityPub inboxes take no cookies and no forms: a server's HTTP Signature is the
        // authority, and a request without one is refused (tested in `federation`).
        .filter(|(_, path, _)| !matches!(*path, "/inbox" | "/g/{slug}/inbox"))
        .collect();
    assert!(forms.len() > 15, "{}", forms.len());
    for (method, path, _) in forms {
        let response = app
            .client
            .request(method.clone(), app.url(&concrete(path)))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body("name=x&email=a%40example.org&password=x")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{method} {path}");
    }
    // Still signed in, nothing changed.
    let me: serde_json::Value = app.get("/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["name"], "Ada");
});
