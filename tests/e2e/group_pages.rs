//! Groups in the browser: plain HTML forms for creating, joining, approving, inviting,
//! reporting and managing, and what the pages show (and never show).

use muster_e2e::{
    TestApp, backend_test, create_group, csrf_token_in, field_of_each, id_of, joined_member,
    json_body,
};
use reqwest::Method;
use serde_json::json;

backend_test!(async fn a_group_is_created_found_and_joined_in_the_browser(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let created = ada.submit_form("/groups/new", "/groups/new", &[
        ("slug", "pyleeds"), ("name", "PyLeeds"), ("summary", "Python in Leeds, monthly"),
        ("description", "Talks, *pizza* and <script>alert('xss')</script> friends."),
        ("city", "Leeds"), ("country", "United Kingdom"), ("timezone", "Europe/London"),
        ("topics", "python, web"), ("website_url", "https://pyleeds.org"),
        ("visibility", "public"), ("join_mode", "approval"), ("questions", "What brings you here?"),
    ]).await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap_or_default());
    assert_eq!(created.headers()["location"], "/g/pyleeds");

    let (status, html) = app.visitor().page("/g/pyleeds").await;
    assert_eq!(status, 200);
    assert!(html.contains("<h1><a href=\"/g/pyleeds\"") && html.contains("PyLeeds"), "{html}");
    assert!(html.contains("Python in Leeds, monthly"));
    assert!(html.contains("<em>pizza</em>"), "Markdown renders");
    assert!(!html.contains("<script>alert"), "no stored XSS: {html}");
    assert!(html.contains("&lt;script&gt;") , "the script is shown as text");
    assert!(html.contains("No meetups are scheduled yet."));
    assert!(html.contains("Ada") && html.contains("Organizer"));
    assert!(html.contains("href=\"/g/pyleeds/conduct\""));
    assert!(html.contains("Ask to join"));
    assert!(html.contains("href=\"https://pyleeds.org/\" rel=\"noopener nofollow ugc\""));

    let (_, directory) = app.visitor().page("/groups?q=leeds").await;
    assert!(directory.contains("1 group matching “leeds”"), "{directory}");
    assert!(directory.contains("href=\"/g/pyleeds\""));

    // Grace asks to join, answering the question.
    let grace = app.person("Grace", "grace@example.org").await;
    let (_, join_page) = grace.page("/g/pyleeds/join").await;
    assert!(join_page.contains("What brings you here?"));
    assert!(join_page.contains("Group PyLeeds") || join_page.contains("PyLeeds is a friendly"), "the code is shown");
    let unticked = grace.submit_form("/g/pyleeds/join", "/g/pyleeds/join", &[("conduct_version", "1"), ("answer", "Curiosity")]).await;
    assert_eq!(unticked.status(), 422);
    let asked = grace.submit_form("/g/pyleeds/join", "/g/pyleeds/join", &[("conduct_version", "1"), ("accept", "yes"), ("answer", "Curiosity")]).await;
    assert_eq!(asked.status(), 303);
    assert_eq!(asked.headers()["location"], "/g/pyleeds?notice=join_requested");
    assert!(grace.page("/g/pyleeds").await.1.contains("waiting for the organizers"));

    // Ada approves from the management page.
    let (status, manage) = ada.page("/g/pyleeds/settings/members").await;
    assert_eq!(status, 200);
    assert!(manage.contains("Grace") && manage.contains("What brings you here? — Curiosity"), "{manage}");
    let approve = format!("/g/pyleeds/settings/members/{}/approve", grace.id);
    assert_eq!(ada.submit_form("/g/pyleeds/settings/members", &approve, &[]).await.status(), 303);
    assert_eq!(app.expect_one_mail_to("grace@example.org").await.subject, "Welcome to PyLeeds");
    assert!(grace.page("/g/pyleeds").await.1.contains("You are a member"));
    // Members do not get the management pages.
    assert_eq!(grace.page("/g/pyleeds/settings/members").await.0, 403);
    assert_eq!(grace.page("/g/pyleeds/settings").await.0, 403);
});

backend_test!(async fn private_groups_404_in_the_browser_and_invitations_open_them(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, json!({"slug": "inner-circle", "name": "Inner Circle", "timezone": "UTC", "visibility": "private", "join_mode": "invite"})).await;
    let eve = app.person("Eve", "eve@example.org").await;
    for path in ["/g/inner-circle", "/g/inner-circle/members", "/g/inner-circle/conduct", "/g/inner-circle/join", "/g/inner-circle/report"] {
        assert_eq!(eve.page(path).await.0, 404, "{path}");
    }
    assert!(!app.visitor().page("/groups").await.1.contains("Inner Circle"));
    // Posting the join form directly (with a valid token) does not reveal or join the group.
    let token = csrf_token_in(&eve.page("/groups/new").await.1);
    let forced = eve.post_form("/g/inner-circle/join", &token, &[("conduct_version", "1"), ("accept", "yes")]).await;
    assert_eq!(forced.status(), 404);
    assert_eq!(eve.page("/g/inner-circle").await.0, 404);

    let invited = ada.submit_form("/g/inner-circle/settings/members", "/g/inner-circle/settings/invite", &[("email", "grace@example.org")]).await;
    assert_eq!(invited.status(), 303);
    let link = app.expect_one_mail_to("grace@example.org").await.path_containing("/invitations/");
    // Not logged in: log in first, then back to the invitation.
    let gated = app.visitor().get(&link).await;
    assert_eq!(gated.status(), 303);
    assert!(gated.headers()["location"].to_str().unwrap().starts_with("/account/login?next=%2Finvitations%2F"));
    let grace = app.person("Grace", "grace@example.org").await;
    let (status, html) = grace.page(&link).await;
    assert_eq!(status, 200);
    assert!(html.contains("Join Inner Circle"), "{html}");
    let accepted = grace.submit_form(&link, &link, &[("conduct_version", "1"), ("accept", "yes")]).await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(accepted.headers()["location"], "/g/inner-circle?notice=joined");
    assert_eq!(grace.page("/g/inner-circle").await.0, 200);
    assert_eq!(eve.page(&link).await.0, 410, "used");
});

backend_test!(async fn settings_logo_conduct_and_reports_through_forms(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, json!({"slug": "pyleeds", "name": "PyLeeds", "timezone": "Europe/London"})).await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;

    let bad = ada.submit_form("/g/pyleeds/settings", "/g/pyleeds/settings", &[("name", "PyLeeds"), ("timezone", "Nowhere/Never"), ("visibility", "public"), ("join_mode", "open"), ("lat", "north")]).await;
    assert_eq!(bad.status(), 422);
    let bad_html = bad.text().await.unwrap();
    assert!(bad_html.contains("Enter a number like 53.8008."), "{bad_html}");
    let saved = ada.submit_form("/g/pyleeds/settings", "/g/pyleeds/settings", &[
        ("name", "PyLeeds"), ("summary", "Now with a summary"), ("timezone", "Europe/London"),
        ("visibility", "public"), ("join_mode", "open"), ("lat", "53.8"), ("lon", "-1.55"),
    ]).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds").await["lat"], 53.8);

    // A logo uploaded through the multipart form.
    let (_, settings) = ada.page("/g/pyleeds/settings").await;
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 64, image::Rgb([1, 2, 3])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf_token_in(&settings))
        .part("logo", reqwest::multipart::Part::bytes(png).file_name("logo.png").mime_str("image/png").unwrap());
    let uploaded = ada.client.post(ada.url("/g/pyleeds/settings/logo")).header("sec-fetch-site", "same-origin").multipart(form).send().await.unwrap();
    assert_eq!(uploaded.status(), 303);
    let logo = app.visitor().get_json("/api/v1/groups/pyleeds").await["logo_url"].as_str().unwrap().to_owned();
    assert!(logo.starts_with("/images/"));
    assert!(app.visitor().page("/g/pyleeds").await.1.contains(&logo));
    let forged = reqwest::multipart::Form::new().text("csrf_token", "forged").part("logo", reqwest::multipart::Part::bytes(vec![1, 2, 3]));
    assert_eq!(ada.client.post(ada.url("/g/pyleeds/settings/logo")).multipart(forged).send().await.unwrap().status(), 403);

    // A new code of conduct; Grace is asked to accept it.
    let text = "## Updated code\n\nBe kind and patient. Make room for newcomers. Harassment is never acceptable here.";
    assert_eq!(ada.submit_form("/g/pyleeds/settings", "/g/pyleeds/settings/conduct", &[("text", text)]).await.status(), 303);
    let (_, show) = grace.page("/g/pyleeds").await;
    assert!(show.contains("Accept the new code of conduct"));
    let (_, conduct) = grace.page("/g/pyleeds/conduct").await;
    assert!(conduct.contains("Updated code") && conduct.contains("I accept version 2"));
    assert_eq!(grace.submit_form("/g/pyleeds/conduct", "/g/pyleeds/conduct/accept", &[("version", "2")]).await.status(), 303);
    assert!(!grace.page("/g/pyleeds").await.1.contains("Accept the new code of conduct"));

    // A report from the form reaches the organizer, never the member list or the page.
    let reported = grace.submit_form("/g/pyleeds/report", "/g/pyleeds/report", &[("about_name", "someone in a red hat"), ("text", "They kept interrupting the speakers.")]).await;
    assert_eq!(reported.status(), 303);
    let alert = app.expect_one_mail_to("ada@example.org").await;
    assert!(alert.text.contains("someone in a red hat") && alert.text.contains("They kept interrupting"));
    let (_, reports) = ada.page("/g/pyleeds/settings/reports").await;
    assert!(reports.contains("They kept interrupting the speakers."));
    assert!(!app.visitor().page("/g/pyleeds").await.1.contains("interrupting"));
    let (_, log) = ada.page("/g/pyleeds/settings/audit").await;
    assert!(log.contains("conduct updated") && log.contains("logo changed"), "{log}");
});

backend_test!(async fn the_groups_language_is_chosen_in_its_settings(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, json!({"slug": "pyleeds", "name": "PyLeeds", "timezone": "Europe/London"})).await;
    let form = |language: &'static str| {
        [("name", "PyLeeds"), ("timezone", "Europe/London"), ("visibility", "public"), ("join_mode", "open"), ("language", language)]
    };

    // Not set at first; the list names each language in itself.
    let (_, settings) = ada.page("/g/pyleeds/settings").await;
    assert!(settings.contains("<option value=\"\" selected>Not set</option>"), "{settings}");
    assert!(settings.contains("<option value=\"pl\" lang=\"pl\">Polski</option>"), "{settings}");
    assert!(settings.contains("<option value=\"zh-TW\" lang=\"zh-TW\">繁體中文</option>"), "{settings}");

    // Saved from the form, and shown selected.
    assert_eq!(ada.submit_form("/g/pyleeds/settings", "/g/pyleeds/settings", &form("pl")).await.status(), 303);
    let (_, settings) = ada.page("/g/pyleeds/settings").await;
    assert!(settings.contains("<option value=\"pl\" lang=\"pl\" selected>Polski</option>"), "{settings}");

    // A language not in the list is refused, by the form and by the API, and nothing changes.
    let bad = ada.submit_form("/g/pyleeds/settings", "/g/pyleeds/settings", &form("klingon")).await;
    assert_eq!(bad.status(), 422);
    let bad_html = bad.text().await.unwrap();
    assert!(bad_html.contains("Choose a language from the list."), "{bad_html}");
    let refused = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"language": "xx"})).await;
    assert_eq!(refused.status(), 422);
    assert!(json_body(refused).await["fields"]["language"].is_string());
    assert!(ada.page("/g/pyleeds/settings").await.1.contains("<option value=\"pl\" lang=\"pl\" selected>"));

    // The API sets it and clears it; other changes keep it.
    assert_eq!(ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"language": "zh-TW"})).await.status(), 200);
    assert_eq!(ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"summary": "Python in Leeds"})).await.status(), 200);
    assert!(ada.page("/g/pyleeds/settings").await.1.contains("<option value=\"zh-TW\" lang=\"zh-TW\" selected>"));
    // The group's public calendar speaks its language to every subscriber.
    let feed = |app: &TestApp| {
        let url = app.url("/g/pyleeds/events.ics");
        async move { TestApp::new_client().get(url).send().await.unwrap().text().await.unwrap() }
    };
    let chinese = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let zh = feed(&app).await;
    assert!(zh.contains("X-WR-CALDESC") && chinese(&zh), "{zh}");
    assert_eq!(ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"language": null})).await.status(), 200);
    assert!(ada.page("/g/pyleeds/settings").await.1.contains("<option value=\"\" selected>Not set</option>"));
    let en = feed(&app).await;
    assert!(en.contains("X-WR-CALDESC") && !chinese(&en), "{en}");
});

backend_test!(async fn members_are_refused_the_organizers_pages_and_forms(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, json!({"slug": "pyleeds", "name": "PyLeeds", "timezone": "Europe/London"})).await;
    create_group(&ada, json!({"slug": "inner-circle", "name": "Inner Circle", "timezone": "UTC", "visibility": "private", "join_mode": "invite"})).await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let filed = grace.post("/api/v1/groups/pyleeds/reports", &json!({"text": "Someone kept interrupting the speakers."})).await;
    assert_eq!(filed.status(), 201);
    let report = id_of(&json_body(filed).await);
    app.deliver_mail().await;

    for path in ["/g/pyleeds/settings/reports", "/g/pyleeds/settings/audit", "/g/pyleeds/delete"] {
        assert_eq!(grace.page(path).await.0, 403, "{path}");
    }
    // Valid forms with a valid token: refused for the capability, not the token.
    let token = csrf_token_in(&grace.page("/groups/new").await.1);
    let ban = format!("/g/pyleeds/settings/members/{}/ban", ada.id);
    let role = format!("/g/pyleeds/settings/members/{}/role", ada.id);
    let handled = format!("/g/pyleeds/settings/reports/{report}/handled");
    let forms: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/g/pyleeds/settings", vec![("name", "Taken over"), ("timezone", "UTC"), ("visibility", "public"), ("join_mode", "open")]),
        ("/g/pyleeds/settings/conduct", vec![("text", "A code of conduct written by someone who may not write one.")]),
        ("/g/pyleeds/settings/invite", vec![("email", "friend@example.org")]),
        (&ban, vec![("reason", "mutiny")]),
        (&role, vec![("role", "member")]),
        (&handled, vec![]),
        ("/g/pyleeds/delete", vec![("confirm_name", "PyLeeds"), ("password", muster_e2e::PASSWORD)]),
    ];
    for (action, fields) in &forms {
        let response = grace.post_form(action, &token, fields).await;
        assert_eq!(response.status(), 403, "{action}");
        assert!(response.text().await.unwrap().contains("organizers can do that"), "{action}");
    }
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(8, 8, image::Rgb([1, 2, 3])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let logo = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part("logo", reqwest::multipart::Part::bytes(png).file_name("logo.png").mime_str("image/png").unwrap());
    let uploaded = grace.client.post(grace.url("/g/pyleeds/settings/logo")).header("sec-fetch-site", "same-origin").multipart(logo).send().await.unwrap();
    assert_eq!(uploaded.status(), 403);
    assert!(uploaded.text().await.unwrap().contains("organizers can do that"));

    // To an outsider, a private group's settings do not exist.
    let eve = app.person("Eve", "eve@example.org").await;
    for path in ["/g/inner-circle/settings", "/g/inner-circle/settings/reports", "/g/inner-circle/settings/audit", "/g/inner-circle/delete"] {
        assert_eq!(eve.page(path).await.0, 404, "{path}");
    }
    let eve_token = csrf_token_in(&eve.page("/groups/new").await.1);
    for action in ["/g/inner-circle/settings", "/g/inner-circle/settings/conduct", "/g/inner-circle/settings/invite", "/g/inner-circle/delete"] {
        let response = eve.post_form(action, &eve_token, &[("text", "x"), ("email", "friend@example.org")]).await;
        assert_eq!(response.status(), 404, "{action}");
    }

    // Nothing changed.
    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    assert_eq!((group["name"].as_str(), group["conduct_version"].as_i64(), group["logo_url"].as_str()), (Some("PyLeeds"), Some(1), Some("")));
    assert_eq!(group["organizers"][0]["name"], "Ada");
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds/reports").await[0]["status"], "open");
    let log = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    let actions = field_of_each(&log, "action");
    assert_eq!(actions, ["member_joined", "group_created"]);
});
