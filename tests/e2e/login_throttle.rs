//! Login throttling that stops guessing without locking the owner out (issue 16): counters per
//! account and per client address, and a known-device cookie that exempts a browser which has
//! logged in to the account before from the per-account counter, never from its own.

use muster_e2e::{PASSWORD, TestApp, backend_test, csrf_token_in, form_post, json_body};
use serde_json::json;

/// Logs in through the API from `client`, as seen from the address `ip` (the test server trusts
/// the proxy's `X-Forwarded-For`, so each address is a different client).
async fn login_from(
    app: &TestApp,
    client: &reqwest::Client,
    ip: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(app.url("/api/v1/auth/login"))
        .header("x-forwarded-for", ip)
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

backend_test!(async fn a_strangers_guesses_do_not_lock_out_the_owners_browser(backend) {
    let app = TestApp::spawn_with(backend, |s| s.trust_forwarded_for = true).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let owner = TestApp::new_client();
    let first = login_from(&app, &owner, "203.0.113.10", "ada@example.org", PASSWORD).await;
    assert_eq!(first.status(), 200);
    let device = first.cookies().find(|c| c.name() == "muster_device").expect("a known-device cookie");
    assert!(device.http_only(), "the device cookie is HttpOnly");
    assert!(device.value().len() >= 43, "a random token, not an id");
    assert_eq!(owner.post(app.url("/api/v1/auth/logout")).json(&json!({})).send().await.unwrap().status(), 204);

    // An attacker elsewhere guesses until the account is throttled.
    let attacker = TestApp::new_client();
    for _ in 0..5 {
        assert_eq!(login_from(&app, &attacker, "198.51.100.66", "ada@example.org", "wrong password!").await.status(), 401);
    }
    let refused = login_from(&app, &attacker, "198.51.100.66", "ada@example.org", PASSWORD).await;
    assert_eq!(refused.status(), 429, "the attacker is throttled per account");
    let retry: i64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert_eq!(json_body(refused).await["code"], "rate_limited");

    // The owner's browser, which logged in before, still gets in, even after a typo.
    assert_eq!(login_from(&app, &owner, "203.0.113.10", "ada@example.org", "a typo here").await.status(), 401);
    let back = login_from(&app, &owner, "203.0.113.10", "ada@example.org", PASSWORD).await;
    assert_eq!(back.status(), 200, "the owner is not locked out");
    assert!(back.cookies().all(|c| c.name() != "muster_device"), "a known device keeps its cookie");
    assert_eq!(owner.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200);

    // The login form honours the cookie too.
    assert_eq!(owner.post(app.url("/api/v1/auth/logout")).json(&json!({})).send().await.unwrap().status(), 204);
    let html = owner.get(app.url("/account/login")).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_token_in(&html);
    let form = form_post(&owner, &app.url("/account/login"), &[("csrf_token", &csrf), ("email", "ada@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(form.status(), 303);

    // A fresh browser is still throttled per account, right password or not…
    let fresh = TestApp::new_client();
    assert_eq!(login_from(&app, &fresh, "192.0.2.77", "ada@example.org", PASSWORD).await.status(), 429);
    // …and a device cookie of another account exempts nothing here.
    app.signup_verified("Grace", "grace@example.org").await;
    let grace = TestApp::new_client();
    assert_eq!(login_from(&app, &grace, "192.0.2.88", "grace@example.org", PASSWORD).await.status(), 200);
    assert_eq!(login_from(&app, &grace, "192.0.2.88", "ada@example.org", PASSWORD).await.status(), 429);
});

backend_test!(async fn one_client_guessing_many_accounts_is_throttled_even_with_a_known_device(backend) {
    let app = TestApp::spawn_with(backend, |s| s.trust_forwarded_for = true).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let browser = TestApp::new_client();
    assert_eq!(login_from(&app, &browser, "198.51.100.7", "ada@example.org", PASSWORD).await.status(), 200);
    // Twenty failures from one address, across many accounts and its own known account…
    for i in 0..10 {
        assert_eq!(login_from(&app, &browser, "198.51.100.7", &format!("user{i}@example.org"), "wrong password!").await.status(), 401, "attempt {i}");
    }
    for i in 0..10 {
        assert_eq!(login_from(&app, &browser, "198.51.100.7", "ada@example.org", "wrong password!").await.status(), 401, "own account {i}");
    }
    // …stop that address, known device or not, and say when to retry.
    let blocked = login_from(&app, &browser, "198.51.100.7", "ada@example.org", PASSWORD).await;
    assert_eq!(blocked.status(), 429);
    let retry: i64 = blocked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert_eq!(login_from(&app, &TestApp::new_client(), "198.51.100.7", "someone@example.org", "wrong password!").await.status(), 429);
    // Another address is not affected, and the account was never counted by the known device.
    assert_eq!(login_from(&app, &TestApp::new_client(), "203.0.113.5", "ada@example.org", PASSWORD).await.status(), 200);
});
