//! Accounts end to end: sign-up, verification over real SMTP, login, sessions, reset,
//! throttling, CSRF, API tokens, profile, address change, deletion, the first administrator.

use chrono::Duration;
use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use muster_core::Timestamp;
use muster_db::schema::{api_tokens, email_tokens, rate_limits, sessions, users};
use muster_e2e::{PASSWORD, TestApp, backend_test, csrf_token_in, form_post, id_of, json_body};
use reqwest::Method;
use serde_json::json;

backend_test!(async fn signup_verification_login_and_logout_over_the_api(backend) {
    let app = TestApp::spawn(backend).await;
    let signup = app
        .post_json("/api/v1/auth/signup", &json!({"email": " Ada@Example.org ", "password": PASSWORD, "name": "Ada Lovelace"}))
        .await;
    assert_eq!(signup.status(), 201);
    assert_eq!(json_body(signup).await["status"], "check_your_email");

    // The verification email arrives over SMTP, with both parts and a stable Message-ID.
    let mail = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(mail.subject, "Confirm your email address for Test Meetups");
    assert_eq!(mail.from_header, "Test Meetups <noreply@localhost>");
    assert_eq!(mail.to_header, "Ada Lovelace <ada@example.org>");
    assert!(mail.message_id.ends_with("@127.0.0.1"), "{}", mail.message_id);
    let link = mail.link_containing("/account/verify/");
    assert!(link.starts_with(&app.address), "links use the base URL: {link}");
    assert!(mail.html.contains(&link), "the HTML part carries the same link");
    assert!(mail.text.contains("Hello Ada Lovelace"));

    // Unverified people can log in.
    let login = app.login("ada@example.org", PASSWORD).await;
    assert_eq!(login.status(), 200);
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("muster_session="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{attribute} missing: {cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP base URL: no Secure flag");
    assert_eq!(json_body(login).await["user"]["email_verified"], false);

    // The link first shows a page with a button (GET changes nothing)…
    let landing = app.get(&mail.path_containing("/account/verify/")).await;
    assert_eq!(landing.status(), 200);
    assert_eq!(landing.headers()["referrer-policy"], "no-referrer");
    assert!(landing.text().await.unwrap().contains("Confirm my email address"));
    let me = json_body(app.get("/api/v1/me").await).await;
    assert_eq!(me["email_verified"], false);

    // …and confirming it verifies the address, once.
    let verified = app.post_json("/api/v1/auth/verify", &json!({"token": mail.link_token("/account/verify/")})).await;
    assert_eq!(verified.status(), 200);
    let me = json_body(app.get("/api/v1/me").await).await;
    assert_eq!(me["email"], "ada@example.org");
    assert_eq!(me["name"], "Ada Lovelace");
    assert_eq!(me["email_verified"], true);
    assert_eq!(me["timezone"], "UTC");
    let again = app.post_json("/api/v1/auth/verify", &json!({"token": mail.link_token("/account/verify/")})).await;
    assert_eq!(again.status(), 410);
    assert_eq!(json_body(again).await["code"], "token_used");

    // Logout ends the session on the server: the old cookie is useless afterwards.
    let session_value = cookie.split(';').next().unwrap().to_owned();
    let logout = app.post_json("/api/v1/auth/logout", &json!({})).await;
    assert_eq!(logout.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 401);
    let replay = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .header("cookie", session_value)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 401);
});

backend_test!(async fn the_browser_flow_uses_plain_html_forms(backend) {
    let app = TestApp::spawn(backend).await;
    let page = app.get("/account/signup").await;
    assert_eq!(page.status(), 200);
    let csrf = csrf_token_in(&page.text().await.unwrap());
    let created = form_post(
        &app.client,
        &app.url("/account/signup"),
        &[("csrf_token", &csrf), ("name", "Grace Hopper"), ("email", "grace@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(created.status(), 200);
    assert!(created.text().await.unwrap().contains("Check your inbox"));

    // The link is opened in another browser, with no session.
    let mail = app.expect_one_mail_to("grace@example.org").await;
    let phone = TestApp::new_client();
    let landing = phone.get(app.url(&mail.path_containing("/account/verify/"))).send().await.unwrap();
    let html = landing.text().await.unwrap();
    assert!(html.contains("Confirm my email address</button>"), "{html}");
    let confirm = form_post(
        &phone,
        &app.url(&mail.path_containing("/account/verify/")),
        &[("csrf_token", &csrf_token_in(&html))],
    )
    .await;
    // Confirming signs the phone in: no second trip through the login form.
    assert_eq!(confirm.status(), 303);
    assert_eq!(confirm.headers()["location"], "/?notice=verified");
    let (status, home) = {
        let r = phone.get(app.url("/?notice=verified")).send().await.unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(home.contains("Your email address is confirmed. Welcome!"), "{home}");
    assert!(home.contains("href=\"/groups/new\">Start a group</a>"), "verified people see where to start a group: {home}");
    assert_eq!(phone.get(app.url("/account/settings")).send().await.unwrap().status(), 200);
    // The link works once: opened again, it offers nothing to press.
    let again = TestApp::new_client().get(app.url(&mail.path_containing("/account/verify/"))).send().await.unwrap();
    let again = again.text().await.unwrap();
    assert!(!again.contains("Confirm my email address</button>"), "{again}");

    // Login comes back to where the visitor wanted to go.
    let gated = app.get("/account/settings").await;
    assert_eq!(gated.status(), 303);
    assert_eq!(gated.headers()["location"], "/account/login?next=%2Faccount%2Fsettings");
    let login_page = app.get("/account/login?next=/account/settings").await.text().await.unwrap();
    let logged_in = form_post(
        &app.client,
        &app.url("/account/login"),
        &[("csrf_token", &csrf_token_in(&login_page)), ("email", "grace@example.org"), ("password", PASSWORD), ("next", "/account/settings")],
    )
    .await;
    assert_eq!(logged_in.status(), 303);
    assert_eq!(logged_in.headers()["location"], "/account/settings");
    let settings = app.get("/account/settings").await;
    assert_eq!(settings.status(), 200);
    assert_eq!(settings.headers()["cache-control"], "no-store", "personal pages are not cached");
    let html = settings.text().await.unwrap();
    assert!(html.contains("grace@example.org") && html.contains("(confirmed)"), "{html}");

    // An open redirect is not possible through `next`.
    let laptop = TestApp::new_client();
    let evil = form_post(
        &laptop,
        &app.url("/account/login"),
        &[("csrf_token", &csrf_token_in(&laptop.get(app.url("/account/login")).send().await.unwrap().text().await.unwrap())),
          ("email", "grace@example.org"), ("password", PASSWORD), ("next", "//evil.example/")],
    )
    .await;
    assert_eq!(evil.headers()["location"], "/");

    let logout = form_post(&app.client, &app.url("/account/logout"), &[("csrf_token", &csrf_token_in(&html))]).await;
    assert_eq!(logout.status(), 303);
    assert_eq!(app.get("/account/settings").await.status(), 303, "logged out");
});

backend_test!(async fn signup_answers_the_same_for_a_taken_address(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let first = app
        .post_json("/api/v1/auth/signup", &json!({"email": "new@example.org", "password": PASSWORD, "name": "New"}))
        .await;
    let taken = app
        .post_json("/api/v1/auth/signup", &json!({"email": "ADA@example.org", "password": "another good password", "name": "Impostor"}))
        .await;
    assert_eq!(first.status(), taken.status());
    let headers = |r: &reqwest::Response| {
        let mut h: Vec<String> = r.headers().iter().filter(|(k, _)| *k != "date").map(|(k, v)| format!("{k}: {v:?}")).collect();
        h.sort();
        h
    };
    assert_eq!(headers(&first), headers(&taken));
    assert_eq!(first.text().await.unwrap(), taken.text().await.unwrap());

    // The owner is told; no second account exists.
    let mail = app.deliver_and_collect().await;
    let to_owner: Vec<_> = mail.iter().filter(|m| m.to == "ada@example.org").collect();
    assert_eq!(to_owner.len(), 1);
    assert_eq!(to_owner[0].subject, "You already have a Test Meetups account");
    assert_eq!(app.login("ada@example.org", "another good password").await.status(), 401);
});

backend_test!(async fn password_reset_is_single_use_expires_and_signs_everyone_out(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);

    // Known and unknown addresses get the same answer.
    let known = app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    let unknown = app.post_json("/api/v1/auth/reset", &json!({"email": "nobody@example.org"})).await;
    assert_eq!(known.status(), 202);
    assert_eq!(unknown.status(), 202);
    assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
    let mail = app.deliver_and_collect().await;
    let reset = mail.iter().find(|m| m.to == "ada@example.org").unwrap();
    let nobody = mail.iter().find(|m| m.to == "nobody@example.org").unwrap();
    assert_eq!(nobody.subject, "Password reset requested on Test Meetups");
    assert!(nobody.links().iter().all(|l| !l.contains("/account/reset/")), "no token for an unknown address");
    let token = reset.link_token("/account/reset/");

    // The form page is reachable; a weak password is refused without using the link.
    assert_eq!(app.get(&format!("/account/reset/{token}")).await.status(), 200);
    let weak = app.post_json("/api/v1/auth/reset/confirm", &json!({"token": token, "password": "password1"})).await;
    assert_eq!(weak.status(), 422);
    assert!(json_body(weak).await["fields"]["password"].as_str().unwrap().contains("common"));

    let done = app
        .post_json("/api/v1/auth/reset/confirm", &json!({"token": token, "password": "a brand new passphrase"}))
        .await;
    assert_eq!(done.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 401, "every session was revoked");
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 401);
    assert_eq!(app.login("ada@example.org", "a brand new passphrase").await.status(), 200);
    let notice = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(notice.subject, "Your Test Meetups password was changed");

    // Reused: refused with a clear answer and page.
    let reused = app.post_json("/api/v1/auth/reset/confirm", &json!({"token": token, "password": "yet another passphrase"})).await;
    assert_eq!(reused.status(), 410);
    assert_eq!(json_body(reused).await["code"], "token_used");
    let page = app.get(&format!("/account/reset/{token}")).await;
    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("already been used"));

    // A newer link replaces an older one, and links expire after an hour.
    app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    let older = app.expect_one_mail_to("ada@example.org").await.link_token("/account/reset/");
    app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    let newer = app.expect_one_mail_to("ada@example.org").await.link_token("/account/reset/");
    let superseded = app.post_json("/api/v1/auth/reset/confirm", &json!({"token": older, "password": "passphrase number four"})).await;
    assert_eq!(superseded.status(), 404);
    assert_eq!(json_body(superseded).await["code"], "token_invalid");
    app.advance(Duration::minutes(61));
    let expired = app.post_json("/api/v1/auth/reset/confirm", &json!({"token": newer, "password": "passphrase number four"})).await;
    assert_eq!(expired.status(), 410);
    assert_eq!(json_body(expired).await["code"], "token_expired");

    // Forged links get a clear page too.
    let forged = app.get("/account/verify/not-a-real-token").await;
    assert_eq!(forged.status(), 404);
    assert!(forged.text().await.unwrap().contains("This link is not valid"));
});

backend_test!(async fn failed_logins_are_throttled_per_account_and_per_client(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    for _ in 0..5 {
        assert_eq!(app.login("ada@example.org", "wrong password!").await.status(), 401);
    }
    let blocked = app.login("ada@example.org", PASSWORD).await;
    assert_eq!(blocked.status(), 429, "even the right password waits");
    let retry: i64 = blocked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert_eq!(json_body(blocked).await["code"], "rate_limited");

    // Lockout never blocks the reset flow.
    assert_eq!(app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await.status(), 202);
    app.deliver_mail().await;

    app.advance(Duration::minutes(16));
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);

    // Per client: twenty failures across many accounts stop this address from trying more.
    for i in 0..20 {
        let status = app.login(&format!("user{i}@example.org"), "wrong password!").await.status();
        assert_eq!(status, 401, "attempt {i}");
    }
    assert_eq!(app.login("someone@example.org", "wrong password!").await.status(), 429);
});

backend_test!(async fn unknown_accounts_and_wrong_passwords_look_the_same(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let wrong = app.login("ada@example.org", "wrong password!").await;
    let unknown = app.login("nobody@example.org", "wrong password!").await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert_eq!(wrong.text().await.unwrap(), unknown.text().await.unwrap());
});

backend_test!(async fn sessions_are_listed_and_revocable(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let laptop = TestApp::new_client();
    laptop
        .post(app.url("/api/v1/auth/login"))
        .header("user-agent", "Laptop Firefox")
        .json(&json!({"email": "ada@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let sessions = json_body(app.get("/api/v1/me/sessions").await).await;
    let list = sessions.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    let other = list.iter().find(|s| s["current"] == false).unwrap();
    assert_eq!(other["user_agent"], "Laptop Firefox");
    assert_eq!(other["ip"], "127.0.0.1");

    let revoked = app.send_json(Method::DELETE, &format!("/api/v1/me/sessions/{}", id_of(other)), &json!({})).await;
    assert_eq!(revoked.status(), 204);
    assert_eq!(laptop.get(app.url("/api/v1/me")).send().await.unwrap().status(), 401);
    assert_eq!(app.get("/api/v1/me").await.status(), 200);

    // Someone else's session is simply not found, and stays.
    let grace = app.person("Grace", "grace@example.org").await;
    let graces = id_of(&grace.get_json("/api/v1/me/sessions").await[0]);
    let stranger = app.send_json(Method::DELETE, &format!("/api/v1/me/sessions/{graces}"), &json!({})).await;
    assert_eq!(stranger.status(), 404);
    assert_eq!(json_body(stranger).await["code"], "not_found");
    assert_eq!(grace.get("/api/v1/me").await.status(), 200);
    let unknown = app.send_json(Method::DELETE, "/api/v1/me/sessions/0193a4c2-0000-7000-8000-000000000000", &json!({})).await;
    assert_eq!(unknown.status(), 404);

    // Log out everywhere.
    let all = app.send_json(Method::DELETE, "/api/v1/me/sessions", &json!({})).await;
    assert_eq!(all.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 401);
});

backend_test!(async fn api_tokens_work_as_bearer_credentials_until_revoked(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let created = app.post_json("/api/v1/tokens", &json!({"name": "calendar script"})).await;
    assert_eq!(created.status(), 201);
    let created = json_body(created).await;
    let token = created["token"].as_str().unwrap().to_owned();
    assert!(token.starts_with("mst_") && token.len() > 40);

    let listed = app.get("/api/v1/tokens").await.text().await.unwrap();
    assert!(listed.contains("calendar script"));
    assert!(!listed.contains(&token[8..]), "the secret is never shown again");

    let script = reqwest::Client::new();
    let me = script.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(me.status(), 200);
    assert_eq!(json_body(me).await["email"], "ada@example.org");
    // Bearer calls need no JSON content type for state changes.
    let resend = script.post(app.url("/api/v1/auth/verify/resend")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(resend.status(), 409, "already verified");

    let revoked = app.send_json(Method::DELETE, &format!("/api/v1/tokens/{}", id_of(&created)), &json!({})).await;
    assert_eq!(revoked.status(), 204);
    let after = script.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(after.status(), 401);
    let garbage = script.get(app.url("/api/v1/me")).bearer_auth("mst_forged").send().await.unwrap();
    assert_eq!(garbage.status(), 401);
    assert_eq!(json_body(garbage).await["code"], "unauthenticated");

    // A token name is validated.
    let unnamed = app.post_json("/api/v1/tokens", &json!({"name": "  "})).await;
    assert_eq!(unnamed.status(), 422);
    assert!(json_body(unnamed).await["fields"]["name"].is_string());
});

backend_test!(async fn cross_site_requests_are_refused(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let login_page = app.get("/account/login").await.text().await.unwrap();
    form_post(&app.client, &app.url("/account/login"), &[("csrf_token", &csrf_token_in(&login_page)), ("email", "ada@example.org"), ("password", PASSWORD)]).await;
    let settings = app.get("/account/settings").await.text().await.unwrap();
    let csrf = csrf_token_in(&settings);
    let profile = |name: &'static str| [("csrf_token", csrf.clone()), ("name", name.to_owned()), ("bio", String::new()), ("timezone", "UTC".to_owned())];
    let encode = |fields: &[(&str, String)]| url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();

    // A form on another site, posted by the victim's browser.
    for (header, value) in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
        let attack = app
            .client
            .post(app.url("/account/settings/profile"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(encode(&profile("Pwned")))
            .send()
            .await
            .unwrap();
        assert_eq!(attack.status(), 403, "{header}");
    }
    // A same-origin post without, or with a wrong, token.
    let without: Vec<(&str, String)> = profile("Pwned").into_iter().filter(|(k, _)| *k != "csrf_token").collect();
    let no_token = app.client.post(app.url("/account/settings/profile")).header("content-type", "application/x-www-form-urlencoded").body(encode(&without)).send().await.unwrap();
    assert_eq!(no_token.status(), 403);
    let mut wrong = profile("Pwned");
    wrong[0].1 = "forged".to_owned();
    let bad_token = app.client.post(app.url("/account/settings/profile")).header("content-type", "application/x-www-form-urlencoded").body(encode(&wrong)).send().await.unwrap();
    assert_eq!(bad_token.status(), 403);
    assert!(bad_token.text().await.unwrap().contains("did not come from this site"));

    // The session cookie alone does not authorise a non-JSON API call.
    let text_plain = app.client.post(app.url("/api/v1/auth/logout")).header("content-type", "text/plain").body("{}").send().await.unwrap();
    assert_eq!(text_plain.status(), 403);
    assert_eq!(json_body(text_plain).await["code"], "csrf_check_failed");

    assert_eq!(json_body(app.get("/api/v1/me").await).await["name"], "Ada", "nothing changed");
    let ok = form_post(&app.client, &app.url("/account/settings/profile"), &profile("Ada L.").map(|(k, v)| (k, v)).iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).await;
    assert_eq!(ok.status(), 303);
    assert_eq!(json_body(app.get("/api/v1/me").await).await["name"], "Ada L.");
});

backend_test!(async fn profile_and_address_changes(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let updated = app.send_json(Method::PATCH, "/api/v1/me", &json!({"name": "Ada King", "bio": "Poetical science.", "timezone": "Europe/London"})).await;
    assert_eq!(updated.status(), 200);
    let me = json_body(updated).await;
    assert_eq!((me["name"].as_str(), me["timezone"].as_str(), me["bio"].as_str()), (Some("Ada King"), Some("Europe/London"), Some("Poetical science.")));
    let bad = app.send_json(Method::PATCH, "/api/v1/me", &json!({"name": "Line\nbreak", "timezone": "Mars/Olympus"})).await;
    assert_eq!(bad.status(), 422);
    let fields = json_body(bad).await["fields"].clone();
    assert!(fields["name"].is_string() && fields["timezone"].is_string(), "{fields}");

    let wrong = app.post_json("/api/v1/me/email", &json!({"new_email": "ada@new.example", "password": "not my password"})).await;
    assert_eq!(wrong.status(), 422);
    assert!(json_body(wrong).await["fields"]["password"].is_string());
    let asked = app.post_json("/api/v1/me/email", &json!({"new_email": "ada@new.example", "password": PASSWORD})).await;
    assert_eq!(asked.status(), 202);
    let mail = app.deliver_and_collect().await;
    let confirm = mail.iter().find(|m| m.to == "ada@new.example").expect("the new address is asked");
    let notice = mail.iter().find(|m| m.to == "ada@example.org").expect("the old address is told");
    assert!(notice.text.contains("ada@new.example"));
    assert_eq!(json_body(app.get("/api/v1/me").await).await["email"], "ada@example.org", "pending until confirmed");

    let token = confirm.link_token("/account/email/confirm/");
    let forged = app.post_json("/api/v1/auth/email/confirm", &json!({"token": format!("{token}x")})).await;
    assert_eq!(forged.status(), 404);
    assert_eq!(json_body(forged).await["code"], "token_invalid");
    assert_eq!(json_body(app.get("/api/v1/me").await).await["email"], "ada@example.org", "a forged link changes nothing");
    assert_eq!(app.post_json("/api/v1/auth/email/confirm", &json!({"token": token})).await.status(), 200);
    assert_eq!(json_body(app.get("/api/v1/me").await).await["email"], "ada@new.example");
    let used = app.post_json("/api/v1/auth/email/confirm", &json!({"token": token})).await;
    assert_eq!(used.status(), 410);
    assert_eq!(json_body(used).await["code"], "token_used");
    // The page route refuses both as well, with a page rather than a confirm button.
    for (path, status) in [(format!("/account/email/confirm/{token}"), 410), (format!("/account/email/confirm/{token}x"), 404)] {
        assert_eq!(app.get(&path).await.status(), status, "{path}");
    }
    assert_eq!(app.login("ada@new.example", PASSWORD).await.status(), 200);

    // Changing the password keeps this session and ends the others.
    let other = TestApp::new_client();
    app.log_in_with(&other, "ada@new.example", PASSWORD).await;
    let changed = app.post_json("/api/v1/me/password", &json!({"current_password": PASSWORD, "new_password": "an even better passphrase"})).await;
    assert_eq!(changed.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 200);
    assert_eq!(other.get(app.url("/api/v1/me")).send().await.unwrap().status(), 401);
    assert_eq!(app.expect_one_mail_to("ada@new.example").await.subject, "Your Test Meetups password was changed");
});

backend_test!(async fn deleting_the_account_removes_personal_data(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada Lovelace", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let me = json_body(app.get("/api/v1/me").await).await;
    let id = id_of(&me);
    let refused = app.send_json(Method::DELETE, "/api/v1/me", &json!({"password": "nope nope nope"})).await;
    assert_eq!(refused.status(), 422);
    let deleted = app.send_json(Method::DELETE, "/api/v1/me", &json!({"password": PASSWORD})).await;
    assert_eq!(deleted.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 401);
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 401);

    let (email, name, bio): (String, String, String) = app
        .db
        .read(move |c| Ok(users::table.filter(users::id.eq(&id)).select((users::email, users::display_name, users::bio)).first(c)?))
        .await
        .unwrap();
    // The address is replaced by one made of the account's id (whose hex digits may spell
    // "ada" by chance): nothing of the old address stays.
    assert!(email.starts_with("deleted-") && email.ends_with("@deleted.invalid"), "{email}");
    assert!(!email.contains("example.org"), "{email}");
    assert_eq!(name, "Former member");
    assert!(bio.is_empty());

    // The address is free again.
    app.signup_verified("Ada Again", "ada@example.org").await;
});

backend_test!(async fn bad_input_gets_clear_errors_never_a_500(backend) {
    let app = TestApp::spawn(backend).await;
    let post_raw = |content_type: &'static str, body: &'static str| {
        app.client.post(app.url("/api/v1/auth/signup")).header("content-type", content_type).body(body).send()
    };
    let malformed = post_raw("application/json", "{\"email\": ").await.unwrap();
    assert_eq!(malformed.status(), 400);
    assert_eq!(json_body(malformed).await["code"], "malformed_json");
    let wrong_type = post_raw("text/plain", "{}").await.unwrap();
    assert_eq!(wrong_type.status(), 415);
    let unknown = post_raw("application/json", r#"{"email":"a@example.org","password":"x","name":"A","admin":true}"#).await.unwrap();
    assert_eq!(unknown.status(), 422);
    assert!(json_body(unknown).await["fields"]["admin"].is_string());
    let missing = post_raw("application/json", r#"{"email":"a@example.org"}"#).await.unwrap();
    assert_eq!(missing.status(), 422);

    let long_name = "N".repeat(200);
    for (body, field) in [
        (json!({"email": "not-an-email", "password": PASSWORD, "name": "A"}), "email"),
        (json!({"email": "a@example.org", "password": "short", "name": "A"}), "password"),
        (json!({"email": "a@example.org", "password": "password123", "name": "A"}), "password"),
        (json!({"email": "a@example.org", "password": PASSWORD, "name": ""}), "name"),
        (json!({"email": "a@example.org", "password": PASSWORD, "name": long_name}), "name"),
        (json!({"email": "a@example.org", "password": PASSWORD, "name": "Evil\r\nBcc: x@y.z"}), "name"),
    ] {
        let response = app.post_json("/api/v1/auth/signup", &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let error = json_body(response).await;
        assert_eq!(error["code"], "invalid_input");
        assert!(error["fields"][field].as_str().is_some_and(|m| !m.is_empty()), "{field}: {error}");
    }
    let huge = app.client.post(app.url("/api/v1/auth/signup")).header("content-type", "application/json").body(format!("{{\"name\":\"{}\"}}", "x".repeat(100_000))).send().await.unwrap();
    assert_eq!(huge.status(), 413);
    // Nothing was created by any of it.
    assert_eq!(app.deliver_mail().await.sent, 0);
});

backend_test!(async fn weaker_password_hashes_are_upgraded_at_login(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let weak = muster_core::secrets::PasswordHasher::new(muster_core::secrets::HashCost { memory_kib: 512, iterations: 1, parallelism: 1 })
        .unwrap()
        .hash(PASSWORD)
        .unwrap();
    app.db
        .write(move |c| Ok(diesel::update(users::table.filter(users::email.eq("ada@example.org"))).set(users::password_hash.eq(weak)).execute(c)?))
        .await
        .unwrap();
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);
    let stored: String = app
        .db
        .read(|c| Ok(users::table.filter(users::email.eq("ada@example.org")).select(users::password_hash).first(c)?))
        .await
        .unwrap();
    assert!(stored.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"), "{stored}");
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);
});

backend_test!(async fn the_first_administrator_is_created_once_through_setup(backend) {
    let app = TestApp::spawn(backend).await;
    // Start-up logged a token; the test asks for a fresh one the same way.
    let token = muster_app::accounts::setup::prepare(&app.db, muster_core::Clock::now(&app.clock)).await.unwrap().expect("no admin yet");
    let page = app.get(&format!("/setup?token={}", token.expose())).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    let csrf = csrf_token_in(&html);
    let wrong = form_post(&app.client, &app.url("/setup"), &[("csrf_token", &csrf), ("token", "guess"), ("name", "Root"), ("email", "root@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("not the current set-up token"));
    let created = form_post(&app.client, &app.url("/setup"), &[("csrf_token", &csrf), ("token", token.expose()), ("name", "Root"), ("email", "root@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(created.status(), 303);
    let me = json_body(app.get("/api/v1/me").await).await;
    assert_eq!(me["is_admin"], true);
    assert_eq!(me["email_verified"], true);
    assert_eq!(app.get("/setup").await.status(), 404, "set-up works once");
    assert!(muster_app::accounts::setup::prepare(&app.db, muster_core::Clock::now(&app.clock)).await.unwrap().is_none());
});

backend_test!(async fn set_up_is_refused_once_an_administrator_exists(backend) {
    let app = TestApp::spawn(backend).await;
    // A valid set-up token, but an administrator is created another way first.
    let token = muster_app::accounts::setup::prepare(&app.db, muster_core::Clock::now(&app.clock)).await.unwrap().expect("no admin yet");
    muster::commands::create_user(&app.db, "admin@example.org", "The Admin", true, PASSWORD).await.unwrap();
    let csrf = csrf_token_in(&app.get("/account/login").await.text().await.unwrap());
    let refused = form_post(&app.client, &app.url("/setup"), &[("csrf_token", &csrf), ("token", token.expose()), ("name", "Intruder"), ("email", "intruder@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(refused.status(), 404);
    assert_eq!(app.get(&format!("/setup?token={}", token.expose())).await.status(), 404);
    let admins: i64 = app.db.read(|c| Ok(users::table.filter(users::is_admin.eq(true)).count().get_result(c)?)).await.unwrap();
    assert_eq!(admins, 1);
    assert_eq!(app.login("intruder@example.org", PASSWORD).await.status(), 401, "no account was made");
});

backend_test!(async fn other_peoples_sessions_and_tokens_cannot_be_revoked(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let grace = app.person("Grace", "grace@example.org").await;
    let session = id_of(&grace.get_json("/api/v1/me/sessions").await[0]);
    let created = grace.post("/api/v1/tokens", &json!({"name": "script"})).await;
    assert_eq!(created.status(), 201);
    let created = json_body(created).await;
    let (token_id, token) = (id_of(&created), created["token"].as_str().unwrap().to_owned());
    let csrf = csrf_token_in(&ada.get("/account/settings").await.text().await.unwrap());

    for path in [format!("/api/v1/me/sessions/{session}"), format!("/api/v1/tokens/{token_id}")] {
        let refused = ada.send(Method::DELETE, &path, &json!({})).await;
        assert_eq!(refused.status(), 404, "DELETE {path}");
    }
    for path in [format!("/account/sessions/{session}/revoke"), format!("/account/tokens/{token_id}/revoke")] {
        let refused = form_post(&ada.client, &ada.url(&path), &[("csrf_token", &csrf)]).await;
        assert_eq!(refused.status(), 404, "POST {path}");
    }

    // Grace keeps her session and her token.
    assert_eq!(grace.get("/api/v1/me").await.status(), 200);
    let script = reqwest::Client::new();
    assert_eq!(script.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().status(), 200);
    let (sessions_left, tokens_left): (i64, i64) = app
        .db
        .read(move |c| {
            Ok((
                sessions::table.filter(sessions::id.eq(&session)).count().get_result(c)?,
                api_tokens::table.filter(api_tokens::id.eq(&token_id)).count().get_result(c)?,
            ))
        })
        .await
        .unwrap();
    assert_eq!((sessions_left, tokens_left), (1, 1));
    // Ada's own session was not touched either.
    assert_eq!(ada.get("/api/v1/me").await.status(), 200);
});

backend_test!(async fn the_login_form_says_when_to_try_again(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let csrf = csrf_token_in(&app.get("/account/login").await.text().await.unwrap());
    let url = app.url("/account/login");
    for _ in 0..5 {
        let wrong = form_post(&app.client, &url, &[("csrf_token", &csrf), ("email", "ada@example.org"), ("password", "wrong password!")]).await;
        assert_eq!(wrong.status(), 401);
    }
    let blocked = form_post(&app.client, &url, &[("csrf_token", &csrf), ("email", "ada@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(blocked.status(), 429);
    let retry: i64 = blocked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    let html = blocked.text().await.unwrap();
    assert!(html.contains("value=\"ada@example.org\""), "the form again, with the address kept: {html}");
});

backend_test!(async fn the_scheduler_deletes_expired_sessions_tokens_and_counters(backend) {
    let app = TestApp::spawn(backend).await;
    let rows = || async {
        app.db
            .read(|c| {
                Ok((
                    sessions::table.select(sessions::expires_at).load::<Timestamp>(c)?,
                    email_tokens::table.select(email_tokens::expires_at).load::<Timestamp>(c)?,
                    rate_limits::table.select(rate_limits::window_started_at).load::<Timestamp>(c)?,
                ))
            })
            .await
            .unwrap()
    };
    // A session, a used verification link, an unused reset link, and the counters behind them.
    app.signup_verified("Ada", "ada@example.org").await;
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);
    app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    app.post_json("/api/v1/auth/reset", &json!({"email": "nobody@example.org"})).await;
    app.deliver_mail().await;
    let before = rows().await;
    assert_eq!((before.0.len(), before.1.len()), (1, 2));
    assert!(before.2.len() >= 3, "{:?}", before.2);

    // Nothing has expired yet: nothing goes.
    let report = app.tick().await;
    assert_eq!((report.sessions_deleted, report.email_tokens_deleted, report.rate_limits_pruned), (0, 0, 0));
    assert_eq!(rows().await, before);

    // A month later, a new session, a new link and fresh counters are made; the tick removes
    // what expired and keeps them.
    app.advance(Duration::days(31));
    let now = muster_core::Clock::now(&app.clock);
    assert_eq!(app.get("/api/v1/me").await.status(), 401, "the old session expired");
    let fresh = TestApp::new_client();
    let login = app.log_in_with(&fresh, "ada@example.org", PASSWORD).await;
    assert_eq!(login.status(), 200);
    assert_eq!(app.login("ada@example.org", "wrong password!").await.status(), 401);
    app.post_json("/api/v1/auth/signup", &json!({"email": "grace@example.org", "password": PASSWORD, "name": "Grace"})).await;
    let link = app.expect_one_mail_to("grace@example.org").await.path_containing("/account/verify/");
    let stale = rows().await.2.iter().filter(|t| **t < now).count();
    assert!(stale >= 1, "counters nobody touched this month");

    let report = app.tick().await;
    assert_eq!((report.sessions_deleted, report.email_tokens_deleted, report.rate_limits_pruned), (1, 2, stale), "{report:?}");
    let (sessions_left, tokens_left, counters_left) = rows().await;
    assert_eq!(sessions_left.len(), 1);
    assert!(sessions_left[0] > now, "only the live session is left");
    assert_eq!(tokens_left.len(), 1);
    assert!(tokens_left[0] > now, "only the live link is left");
    assert!(!counters_left.is_empty() && counters_left.iter().all(|t| *t == now), "only this month's counters are left: {counters_left:?}");

    // What was kept still works, and a second tick finds nothing to do.
    assert_eq!(fresh.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200);
    assert_eq!(app.get(&link).await.status(), 200);
    assert_eq!(app.tick().await, muster_worker::TickReport::default());
});

backend_test!(async fn the_cli_creates_administrators(backend) {
    let app = TestApp::spawn(backend).await;
    let (_, generated) = muster::commands::create_user(&app.db, "Admin@Example.org", "The Admin", true, "").await.unwrap();
    let password = generated.expect("a generated password");
    assert!(password.len() >= 20);
    let login = app.login("admin@example.org", &password).await;
    assert_eq!(login.status(), 200);
    assert_eq!(json_body(login).await["user"]["is_admin"], true);
    let duplicate = muster::commands::create_user(&app.db, "admin@example.org", "Again", false, PASSWORD).await;
    assert!(duplicate.unwrap_err().to_string().contains("already exists"));
});

backend_test!(async fn a_reset_locks_out_whoever_held_the_account_before(backend) {
    let app = TestApp::spawn(backend).await;
    // Someone else signed up with Ada's address and chose the password.
    let squatter = app.post_json("/api/v1/auth/signup", &json!({"email": "ada@example.org", "password": "squatters password", "name": "Squatter"})).await;
    assert_eq!(squatter.status(), 201);
    app.deliver_mail().await;
    assert_eq!(app.login("ada@example.org", "squatters password").await.status(), 200);
    // Unverified, they can neither make API tokens nor move the account to another address.
    assert_eq!(app.post_json("/api/v1/tokens", &json!({"name": "backdoor"})).await.status(), 403);
    let moved = app.post_json("/api/v1/me/email", &json!({"new_email": "squatter@evil.example", "password": "squatters password"})).await;
    assert_eq!(moved.status(), 403);
    assert_eq!(json_body(moved).await["code"], "email_not_verified");

    // Ada resets the password through her inbox: the squatter's session is gone.
    let ada = TestApp::new_client();
    ada.post(app.url("/api/v1/auth/reset")).json(&json!({"email": "ada@example.org"})).send().await.unwrap();
    let token = app.expect_one_mail_to("ada@example.org").await.link_token("/account/reset/");
    let reset = ada.post(app.url("/api/v1/auth/reset/confirm")).json(&json!({"token": token, "password": "adas own passphrase"})).send().await.unwrap();
    assert_eq!(reset.status(), 204);
    assert_eq!(app.get("/api/v1/me").await.status(), 401);
    app.deliver_mail().await;
});

backend_test!(async fn a_reset_revokes_api_tokens_and_queued_reset_links_die_with_a_password_change(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let token = json_body(app.post_json("/api/v1/tokens", &json!({"name": "script"})).await).await["token"].as_str().unwrap().to_owned();
    let script = reqwest::Client::new();
    assert_eq!(script.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().status(), 200);

    // A reset requested (still queued) is dropped when the password changes meanwhile.
    app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    let changed = app.post_json("/api/v1/me/password", &json!({"current_password": PASSWORD, "new_password": "second passphrase"})).await;
    assert_eq!(changed.status(), 204);
    let mail = app.deliver_and_collect().await;
    assert_eq!(mail.len(), 1, "{mail:#?}");
    assert_eq!(mail[0].subject, "Your Test Meetups password was changed");

    // A completed reset ends API tokens too.
    app.post_json("/api/v1/auth/reset", &json!({"email": "ada@example.org"})).await;
    let reset = app.expect_one_mail_to("ada@example.org").await.link_token("/account/reset/");
    app.post_json("/api/v1/auth/reset/confirm", &json!({"token": reset, "password": "third passphrase"})).await;
    assert_eq!(script.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().status(), 401);
    app.deliver_mail().await;
});

backend_test!(async fn parallel_guesses_cannot_slip_past_the_limit(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    let attempts = (0..12).map(|_| {
        let client = TestApp::new_client();
        let url = app.url("/api/v1/auth/login");
        async move {
            client.post(url).json(&json!({"email": "ada@example.org", "password": "wrong password!"})).send().await.unwrap().status().as_u16()
        }
    });
    let statuses = futures_util::future::join_all(attempts).await;
    let guesses = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((guesses, refused), (5, 7), "{statuses:?}");
});

backend_test!(async fn behind_a_proxy_the_proxys_view_of_the_client_counts(backend) {
    let app = TestApp::spawn_with(backend, |s| s.trust_forwarded_for = true).await;
    // The client makes up the first entries; the proxy appends what it saw last.
    for i in 0..20 {
        let status = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .header("x-forwarded-for", format!("10.9.{i}.1, 203.0.113.50"))
            .json(&json!({"email": format!("u{i}@example.org"), "password": "wrong password!"}))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 401);
    }
    let blocked = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .header("x-forwarded-for", "198.51.100.1, 203.0.113.50")
        .json(&json!({"email": "another@example.org", "password": "wrong password!"}))
        .send()
        .await
        .unwrap();
    assert_eq!(blocked.status(), 429);
});

backend_test!(async fn changing_to_a_taken_address_looks_the_same(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Grace", "grace@example.org").await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    let to_free = app.post_json("/api/v1/me/email", &json!({"new_email": "ada@new.example", "password": PASSWORD})).await;
    let to_taken = app.post_json("/api/v1/me/email", &json!({"new_email": "grace@example.org", "password": PASSWORD})).await;
    assert_eq!(to_free.status(), to_taken.status());
    assert_eq!(to_free.text().await.unwrap(), to_taken.text().await.unwrap());
    let mail = app.deliver_and_collect().await;
    assert_eq!(mail.iter().filter(|m| m.to == "ada@example.org").count(), 2, "Ada is told both times");
    let graces = mail.iter().find(|m| m.to == "grace@example.org").unwrap();
    assert_eq!(graces.subject, "This address already has a Test Meetups account");
    assert!(graces.links().iter().all(|l| !l.contains("/account/email/confirm/")));
});

backend_test!(async fn logging_in_over_a_stale_cookie_keeps_the_new_session(backend) {
    let app = TestApp::spawn(backend).await;
    app.signup_verified("Ada", "ada@example.org").await;
    app.login("ada@example.org", PASSWORD).await;
    // The session is revoked elsewhere; this client still holds its cookie.
    let other = TestApp::new_client();
    app.log_in_with(&other, "ada@example.org", PASSWORD).await;
    other.delete(app.url("/api/v1/me/sessions")).json(&json!({})).send().await.unwrap();
    assert_eq!(app.login("ada@example.org", PASSWORD).await.status(), 200);
    assert_eq!(app.get("/api/v1/me").await.status(), 200);
});
