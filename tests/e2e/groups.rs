//! Groups over the API: creation, validation, joining, approval, private groups and
//! invitations, roles and ownership, moderation with the audit log, the code of conduct,
//! conduct reports, logos, and the directory.

use muster_e2e::{
    PASSWORD, Person, TestApp, backend_test, create_group, field_of_each, group_in_leeds, id_of,
    join_group, json_body, with_changes,
};
use reqwest::Method;
use serde_json::{Value, json};

/// The fields of a group in Leeds (see [`group_in_leeds`]) with a summary, a Markdown
/// description and its country, with `changes` laid over them.
fn described_group(slug: &str, changes: Value) -> Value {
    let described = group_in_leeds(
        slug,
        json!({
            "summary": "Pythonistas meeting monthly",
            "description": "We meet on the **third Wednesday**.",
            "country": "United Kingdom"
        }),
    );
    with_changes(described, changes)
}

backend_test!(async fn an_organizer_creates_a_group_and_people_join(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let created = create_group(&ada, described_group("pyleeds", json!({"topics": ["Python", "data science"], "website_url": "https://pyleeds.org"}))).await;
    assert_eq!(created["slug"], "pyleeds");
    assert_eq!(created["conduct_version"], 1);
    assert_eq!(created["member_count"], 1);
    assert_eq!(created["topics"], json!(["python", "data science"]));
    assert_eq!(created["links"]["website"], "https://pyleeds.org/");
    assert_eq!(created["description_html"], "<p>We meet on the <strong>third Wednesday</strong>.</p>\n");
    assert_eq!(created["organizers"][0]["name"], "Ada");
    assert_eq!(created["organizers"][0]["role"], "organizer");
    assert_eq!(created["membership"]["status"], "active");

    // The default code of conduct names the group; with no contact address given it points to
    // the report form and never publishes the creator's own address.
    let conduct = app.visitor().get_json("/api/v1/groups/pyleeds/conduct").await;
    assert_eq!(conduct["version"], 1);
    assert!(conduct["text"].as_str().unwrap().contains("Group pyleeds is a friendly"));
    assert!(conduct["text"].as_str().unwrap().contains("Report a concern"));
    assert!(!conduct["text"].as_str().unwrap().contains("ada@example.org"));

    let grace = app.person("Grace", "grace@example.org").await;
    let outdated = join_group(&grace, "pyleeds", 0).await;
    assert_eq!(outdated.status(), 409);
    assert_eq!(json_body(outdated).await["code"], "conduct_not_accepted");
    let joined = join_group(&grace, "pyleeds", 1).await;
    assert_eq!(joined.status(), 200);
    assert_eq!(json_body(joined).await["status"], "member");
    assert_eq!(json_body(join_group(&grace, "pyleeds", 1).await).await["status"], "member", "joining twice is harmless");

    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    assert_eq!(group["member_count"], 2);
    assert!(group["membership"].is_null(), "visitors have no membership");
    let members = app.visitor().get_json("/api/v1/groups/pyleeds/members").await;
    let names = field_of_each(&members, "name");
    assert_eq!(names, ["Ada", "Grace"], "organizers first");

    // Hidden members leave the public list but not the organizers' view.
    let hide = grace.send(Method::PATCH, "/api/v1/groups/pyleeds/membership", &json!({"hidden": true})).await;
    assert_eq!(hide.status(), 204);
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds/members").await.as_array().unwrap().len(), 1);
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds/members").await.as_array().unwrap().len(), 2);

    // Leaving; the last organizer cannot.
    assert_eq!(grace.post("/api/v1/groups/pyleeds/leave", &json!({})).await.status(), 204);
    let last = ada.post("/api/v1/groups/pyleeds/leave", &json!({})).await;
    assert_eq!(last.status(), 409);
    assert_eq!(json_body(last).await["code"], "last_organizer");
});

backend_test!(async fn group_input_is_validated(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    for (fields, field) in [
        (json!({"slug": "pyleeds"}), "slug"),
        (json!({"slug": "admin"}), "slug"),
        (json!({"slug": "Py Leeds!"}), "slug"),
        (json!({"timezone": "Mars/Olympus"}), "timezone"),
        (json!({"visibility": "private", "join_mode": "open"}), "join_mode"),
        (json!({"website_url": "javascript:alert(1)"}), "website_url"),
        (json!({"name": "x".repeat(81)}), "name"),
        (json!({"lat": 91.0, "lon": 0.0}), "lat"),
        (json!({"lat": 53.8}), "lat"),
        (json!({"topics": ["<script>"]}), "topics"),
        (json!({"questions": ["1", "2", "3", "4", "5", "6"]}), "questions"),
    ] {
        let group = with_changes(json!({"slug": "other-group", "name": "Other", "timezone": "UTC", "join_mode": "open", "visibility": "public"}), fields.clone());
        let response = ada.post("/api/v1/groups", &group).await;
        assert_eq!(response.status(), 422, "{fields}");
        let error = json_body(response).await;
        assert!(error["fields"][field].is_string(), "{field}: {error}");
    }
    // Unverified accounts cannot create groups.
    app.sign_up_unconfirmed(&app.client, "New", "new@example.org").await;
    let refused = app.post_json("/api/v1/groups", &json!({"slug": "newbies", "name": "Newbies", "timezone": "UTC"})).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(json_body(refused).await["code"], "email_not_verified");
});

backend_test!(async fn descriptions_cannot_carry_scripts(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let created = create_group(&ada, described_group("pyleeds", json!({
        "description": "<script>alert('xss')</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<a href=\"https://ok.example\" onclick=\"evil()\">ok</a>",
        "summary": "<b onmouseover=alert(1)>hi</b>"
    }))).await;
    let html = created["description_html"].as_str().unwrap().to_lowercase();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("href=\"javascript:"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("onclick") || html.contains("&lt;a"), "{html}");
});

backend_test!(async fn groups_that_approve_members_review_requests(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({"join_mode": "approval", "questions": ["Are you new to Python?"]}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    let asked = grace.post("/api/v1/groups/pyleeds/join", &json!({"conduct_version": 1, "answers": ["Yes, since COBOL"]})).await;
    assert_eq!(json_body(asked).await["status"], "pending");
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds").await["member_count"], 1, "pending is not a member");

    // Only moderators see requests and answers.
    assert_eq!(grace.get("/api/v1/groups/pyleeds/requests").await.status(), 403);
    let requests = ada.get_json("/api/v1/groups/pyleeds/requests").await;
    assert_eq!(requests[0]["name"], "Grace");
    assert_eq!(requests[0]["answers"], json!(["Yes, since COBOL"]));

    let approved = ada.post(&format!("/api/v1/groups/pyleeds/members/{}/approve", grace.id), &json!({})).await;
    assert_eq!(approved.status(), 204);
    let welcome = app.expect_one_mail_to("grace@example.org").await;
    assert_eq!(welcome.subject, "Welcome to Group pyleeds");
    assert_eq!(grace.get_json("/api/v1/groups/pyleeds").await["membership"]["status"], "active");

    // A declined request disappears; they may ask again.
    let alan = app.person("Alan", "alan@example.org").await;
    join_group(&alan, "pyleeds", 1).await;
    assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/members/{}/decline", alan.id), &json!({})).await.status(), 204);
    assert_eq!(json_body(join_group(&alan, "pyleeds", 1).await).await["status"], "pending");
});

backend_test!(async fn private_groups_are_invisible_to_outsiders_and_joined_by_invitation(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("secret-society", json!({"visibility": "private", "join_mode": "invite", "name": "Secret Society"}))).await;
    create_group(&ada, described_group("open-circle", json!({"name": "Open Circle"}))).await;
    let outsider = app.person("Eve", "eve@example.org").await;
    for person in [app.visitor(), outsider.clone()] {
        for path in ["/api/v1/groups/secret-society", "/api/v1/groups/secret-society/members", "/api/v1/groups/secret-society/conduct", "/api/v1/groups/secret-society/conduct/versions"] {
            let response = person.get(path).await;
            assert_eq!(response.status(), 404, "{path}");
            assert_eq!(json_body(response).await["code"], "not_found");
        }
    }
    assert_eq!(join_group(&outsider, "secret-society", 1).await.status(), 404);
    assert_eq!(outsider.post("/api/v1/groups/secret-society/reports", &json!({"text": "Something happened here."})).await.status(), 404);
    // Not in the directory, not counted.
    let directory = app.visitor().get_json("/api/v1/groups?q=society").await;
    assert_eq!(directory["total"], 0);
    assert_eq!(app.visitor().get_json("/api/v1/groups").await["total"], 1);

    // An invitation brings Grace in.
    let grace = app.person("Grace", "grace@example.org").await;
    let invited = ada.post("/api/v1/groups/secret-society/invitations", &json!({"email": "grace@example.org"})).await;
    assert_eq!(invited.status(), 201);
    let mail = app.expect_one_mail_to("grace@example.org").await;
    assert_eq!(mail.subject, "You are invited to join Secret Society");
    assert!(mail.text.contains("Ada invites you"));
    let token = mail.link_token("/invitations/");
    let accepted = grace.post("/api/v1/invitations/accept", &json!({"token": token, "conduct_version": 1})).await;
    assert_eq!(accepted.status(), 200);
    assert_eq!(json_body(accepted).await["slug"], "secret-society");
    assert_eq!(grace.get_json("/api/v1/groups/secret-society").await["membership"]["status"], "active");
    assert_eq!(grace.get_json("/api/v1/groups/secret-society/members").await.as_array().unwrap().len(), 2);
    // Single use.
    let reused = outsider.post("/api/v1/invitations/accept", &json!({"token": token, "conduct_version": 1})).await;
    assert_eq!(reused.status(), 410);
    let forged = outsider.post("/api/v1/invitations/accept", &json!({"token": "forged", "conduct_version": 1})).await;
    assert_eq!(forged.status(), 404);
    // An instance admin sees it (moderation of any group).
    let admin = app.admin("Root", "root@example.org").await;
    assert_eq!(admin.get("/api/v1/groups/secret-society").await.status(), 200);
});

backend_test!(async fn roles_follow_the_matrix_and_a_group_keeps_an_organizer(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let people = [("Co", "co@example.org"), ("Assistant", "assistant@example.org"), ("Events", "events@example.org"), ("Member", "member@example.org")];
    let mut persons = Vec::new();
    for (name, email) in people {
        let p = app.person(name, email).await;
        join_group(&p, "pyleeds", 1).await;
        persons.push(p);
    }
    let [co, assistant, events, member] = <[Person; 4]>::try_from(persons).ok().unwrap();
    let role = |actor: &Person, target: &Person, role: &'static str| {
        let (actor, target) = (actor.clone(), target.id.clone());
        async move { actor.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{target}/role"), &json!({"role": role})).await.status().as_u16() }
    };
    assert_eq!(role(&ada, &co, "co_organizer").await, 204);
    assert_eq!(role(&co, &assistant, "assistant_organizer").await, 204);
    assert_eq!(role(&co, &events, "event_organizer").await, 204);
    // A co-organizer cannot make or unmake organizers, nor promote peers.
    assert_eq!(role(&co, &member, "organizer").await, 403);
    assert_eq!(role(&co, &ada, "member").await, 403);
    assert_eq!(role(&assistant, &member, "event_organizer").await, 403);
    assert_eq!(role(&member, &member, "organizer").await, 403);
    // The only organizer cannot step down.
    let last = ada.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{}/role", ada.id), &json!({"role": "member"})).await;
    assert_eq!(last.status(), 409);

    // Settings: organizer and co-organizer yes; assistant and event organizer no.
    for (person, expected) in [(&co, 200), (&assistant, 403), (&events, 403), (&member, 403)] {
        let status = person.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"summary": "changed"})).await.status();
        assert_eq!(status, expected);
    }
    // Moderation: assistant yes, event organizer no.
    let newcomer = app.person("Newcomer", "new@example.org").await;
    join_group(&newcomer, "pyleeds", 1).await;
    assert_eq!(events.post(&format!("/api/v1/groups/pyleeds/members/{}/remove", newcomer.id), &json!({})).await.status(), 403);
    assert_eq!(assistant.post(&format!("/api/v1/groups/pyleeds/members/{}/remove", newcomer.id), &json!({})).await.status(), 204);
    // …but an assistant cannot remove the organizing team.
    assert_eq!(assistant.post(&format!("/api/v1/groups/pyleeds/members/{}/remove", co.id), &json!({})).await.status(), 403);

    // Transfer: Ada hands over to the co-organizer, with her password.
    let wrong = ada.post("/api/v1/groups/pyleeds/ownership", &json!({"user_id": co.id, "password": "not it at all"})).await;
    assert_eq!(wrong.status(), 422);
    let moved = ada.post("/api/v1/groups/pyleeds/ownership", &json!({"user_id": co.id, "password": PASSWORD})).await;
    assert_eq!(moved.status(), 204);
    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    let role_of = |name: &str| group["organizers"].as_array().unwrap().iter().find(|o| o["name"] == name).unwrap()["role"].clone();
    assert_eq!(role_of("Co"), "organizer");
    assert_eq!(role_of("Ada"), "co_organizer");
    // Now Ada may leave; the new organizer may delete the group (typing its name).
    let typo = co.send(Method::DELETE, "/api/v1/groups/pyleeds", &json!({"password": PASSWORD, "confirm_name": "pyleeds"})).await;
    assert_eq!(typo.status(), 422);
    assert_eq!(ada.send(Method::DELETE, "/api/v1/groups/pyleeds", &json!({"password": PASSWORD, "confirm_name": "Group pyleeds"})).await.status(), 403);
    let deleted = co.send(Method::DELETE, "/api/v1/groups/pyleeds", &json!({"password": PASSWORD, "confirm_name": "Group pyleeds"})).await;
    assert_eq!(deleted.status(), 204);
    assert_eq!(app.visitor().get("/api/v1/groups/pyleeds").await.status(), 404);
});

backend_test!(async fn removals_and_bans_are_audited(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let troll = app.person("Troll", "troll@example.org").await;
    let grace = app.person("Grace", "grace@example.org").await;
    join_group(&troll, "pyleeds", 1).await;
    join_group(&grace, "pyleeds", 1).await;
    let removed = ada.post(&format!("/api/v1/groups/pyleeds/members/{}/remove", troll.id), &json!({"reason": "spam in chat"})).await;
    assert_eq!(removed.status(), 204);
    assert_eq!(json_body(join_group(&troll, "pyleeds", 1).await).await["status"], "member", "removed people may come back");
    let banned = ada.post(&format!("/api/v1/groups/pyleeds/members/{}/ban", troll.id), &json!({"reason": "harassment at the meetup"})).await;
    assert_eq!(banned.status(), 204);
    let again = join_group(&troll, "pyleeds", 1).await;
    assert_eq!(again.status(), 403);
    assert_eq!(json_body(again).await["code"], "banned");
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds").await["member_count"], 2);

    assert_eq!(grace.get("/api/v1/groups/pyleeds/audit").await.status(), 403, "members do not see the log");
    let log = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    let actions: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(actions.starts_with(&["member_banned", "member_joined", "member_removed"]), "{actions:?}");
    let ban = &log[0];
    assert_eq!((ban["actor"].as_str(), ban["subject"].as_str(), ban["detail"].as_str()), (Some("Ada"), Some("Troll"), Some("harassment at the meetup")));
    assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/members/{}/unban", troll.id), &json!({})).await.status(), 204);
    assert_eq!(json_body(join_group(&troll, "pyleeds", 1).await).await["status"], "member");
});

backend_test!(async fn a_new_code_of_conduct_must_be_accepted_again(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    join_group(&grace, "pyleeds", 1).await;
    assert_eq!(grace.send(Method::PUT, "/api/v1/groups/pyleeds/conduct", &json!({"text": "x".repeat(60)})).await.status(), 403);
    let short = ada.send(Method::PUT, "/api/v1/groups/pyleeds/conduct", &json!({"text": "Be nice."})).await;
    assert_eq!(short.status(), 422);
    let text = "## Our code\n\nBe kind, be patient, and make room for newcomers. Harassment is never acceptable.";
    let updated = ada.send(Method::PUT, "/api/v1/groups/pyleeds/conduct", &json!({"text": text})).await;
    assert_eq!(updated.status(), 200);
    assert_eq!(json_body(updated).await["version"], 2);
    let mine = grace.get_json("/api/v1/groups/pyleeds").await;
    assert_eq!(mine["conduct_version"], 2);
    assert_eq!(mine["membership"]["needs_conduct"], true);
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds").await["membership"]["needs_conduct"], false, "the author accepted it");
    assert_eq!(grace.post("/api/v1/groups/pyleeds/conduct/accept", &json!({"version": 1})).await.status(), 409);
    assert_eq!(grace.post("/api/v1/groups/pyleeds/conduct/accept", &json!({"version": 2})).await.status(), 204);
    assert_eq!(grace.get_json("/api/v1/groups/pyleeds").await["membership"]["needs_conduct"], false);
    let versions = app.visitor().get_json("/api/v1/groups/pyleeds/conduct/versions").await;
    assert_eq!(versions.as_array().unwrap().iter().map(|v| v["version"].as_i64().unwrap()).collect::<Vec<_>>(), [2, 1]);
    // Joining needs the current version now.
    let alan = app.person("Alan", "alan@example.org").await;
    assert_eq!(join_group(&alan, "pyleeds", 1).await.status(), 409);
    assert_eq!(join_group(&alan, "pyleeds", 2).await.status(), 200);
});

backend_test!(async fn conduct_reports_reach_the_right_people_only(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let co = app.person("Co", "co@example.org").await;
    let grace = app.person("Grace", "grace@example.org").await;
    let troll = app.person("Troll", "troll@example.org").await;
    for p in [&co, &grace, &troll] {
        join_group(p, "pyleeds", 1).await;
    }
    ada.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{}/role", co.id), &json!({"role": "co_organizer"})).await;
    let _admin = app.admin("Root", "root@example.org").await;

    // About a member: the organizers are told, nobody else.
    let short = grace.post("/api/v1/groups/pyleeds/reports", &json!({"text": "bad"})).await;
    assert_eq!(short.status(), 422);
    let filed = grace.post("/api/v1/groups/pyleeds/reports", &json!({"text": "Troll kept interrupting the speaker.", "about_user_id": troll.id})).await;
    assert_eq!(filed.status(), 201);
    let mail = app.deliver_and_collect().await;
    let mut to: Vec<&str> = mail.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to, ["ada@example.org", "co@example.org"]);
    assert!(mail[0].text.contains("Troll kept interrupting the speaker."));
    assert_eq!(grace.get("/api/v1/groups/pyleeds/reports").await.status(), 403, "reports are never public");

    // About an organizer: the other organizers and the instance admins; the accused never
    // sees it.
    let about_ada = grace.post("/api/v1/groups/pyleeds/reports", &json!({"text": "Ada made an offensive joke.", "about_user_id": ada.id})).await;
    assert_eq!(about_ada.status(), 201);
    let mail = app.deliver_and_collect().await;
    let mut to: Vec<&str> = mail.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to, ["co@example.org", "root@example.org"]);
    let ada_sees = ada.get_json("/api/v1/groups/pyleeds/reports").await;
    assert_eq!(ada_sees.as_array().unwrap().len(), 1, "not the one about herself");
    let co_sees = co.get_json("/api/v1/groups/pyleeds/reports").await;
    assert_eq!(co_sees.as_array().unwrap().len(), 2);
    let about_ada_id = id_of(co_sees.as_array().unwrap().iter().find(|r| r["about"] == "Ada").unwrap());
    assert!(co_sees[0]["about_organizer"].is_boolean());
    assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/reports/{about_ada_id}/handled"), &json!({})).await.status(), 404);
    assert_eq!(co.post(&format!("/api/v1/groups/pyleeds/reports/{about_ada_id}/handled"), &json!({})).await.status(), 204);
    let handled = co.get_json("/api/v1/groups/pyleeds/reports").await;
    assert!(handled.as_array().unwrap().iter().any(|r| r["status"] == "handled"));
});

backend_test!(async fn logos_are_checked_re_encoded_and_as_private_as_their_group(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    create_group(&ada, described_group("hidden", json!({"visibility": "private", "join_mode": "invite"}))).await;
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(800, 400, image::Rgb([10, 20, 30])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let upload = |slug: &'static str, bytes: Vec<u8>, content_type: &'static str| {
        let ada = ada.clone();
        async move { ada.client.put(ada.url(&format!("/api/v1/groups/{slug}/logo"))).header("content-type", content_type).body(bytes).send().await.unwrap() }
    };
    let svg = upload("pyleeds", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(), "image/svg+xml").await;
    assert_eq!(svg.status(), 422);
    let uploaded = upload("pyleeds", png.clone(), "image/png").await;
    assert_eq!(uploaded.status(), 200);
    let logo_url = json_body(uploaded).await["logo_url"].as_str().unwrap().to_owned();
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds").await["logo_url"], logo_url);
    let served = app.visitor().get(&logo_url).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    let bytes = served.bytes().await.unwrap();
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (512, 256), "scaled to fit 512 px");

    // A replaced logo is gone, not left behind at its old address.
    let replaced = upload("pyleeds", png.clone(), "image/png").await;
    let new_url = json_body(replaced).await["logo_url"].as_str().unwrap().to_owned();
    assert_ne!(new_url, logo_url);
    assert_eq!(app.visitor().get(&logo_url).await.status(), 404);
    assert_eq!(app.visitor().get(&new_url).await.status(), 200);
    // Over 2 MiB is refused before it is buffered whole.
    let huge = upload("pyleeds", vec![0u8; 3 * 1024 * 1024], "image/png").await;
    assert_eq!(huge.status(), 413);

    let private = upload("hidden", png, "image/png").await;
    let private_url = json_body(private).await["logo_url"].as_str().unwrap().to_owned();
    assert_eq!(app.visitor().get(&private_url).await.status(), 404);
    let own = ada.get(&private_url).await;
    assert_eq!(own.status(), 200);
    assert_eq!(own.headers()["cache-control"], "private, no-store", "kept out of shared caches");
    // A deleted group's logo goes with it.
    let gone = ada.send(Method::DELETE, "/api/v1/groups/hidden", &json!({"password": PASSWORD, "confirm_name": "Group hidden"})).await;
    assert_eq!(gone.status(), 204);
    assert_eq!(ada.get(&private_url).await.status(), 404);
    let grace = app.person("Grace", "grace@example.org").await;
    join_group(&grace, "pyleeds", 1).await;
    let refused = grace.client.put(grace.url("/api/v1/groups/pyleeds/logo")).header("content-type", "image/png").body(vec![0u8; 10]).send().await.unwrap();
    assert_eq!(refused.status(), 403);
});

backend_test!(async fn the_directory_finds_public_groups(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.admin("Ada", "ada@example.org").await;
    let groups = [
        ("pyleeds", "PyLeeds", "Leeds", "United Kingdom", vec!["python"]),
        ("pydata-leeds", "PyData Leeds", "Leeds", "United Kingdom", vec!["python", "data science"]),
        ("python-berlin", "Python Users Berlin", "Berlin", "Germany", vec!["python"]),
        ("rust-leeds", "Rust Leeds", "Leeds", "United Kingdom", vec!["rust"]),
    ];
    // An admin is not subject to the daily creation limit? They are: create across days.
    for (i, (slug, name, city, country, topics)) in groups.iter().enumerate() {
        if i == 3 {
            app.advance(chrono::Duration::days(1));
        }
        create_group(&ada, described_group(slug, json!({"name": name, "city": city, "country": country, "topics": topics}))).await;
    }
    let search = |query: &'static str| {
        let visitor = app.visitor();
        async move {
            let page = visitor.get_json(&format!("/api/v1/groups?{query}")).await;
            let slugs: Vec<String> = field_of_each(&page["groups"], "slug");
            (page["total"].as_i64().unwrap(), slugs)
        }
    };
    assert_eq!(search("q=leeds").await.0, 3);
    // "Leeds" as a word in the name ranks above "leeds" inside a word.
    assert_eq!(search("q=leeds&topic=python").await, (2, vec!["pydata-leeds".to_owned(), "pyleeds".to_owned()]));
    assert_eq!(search("q=pydata").await.1, ["pydata-leeds"], "the name match comes first");
    assert_eq!(search("country=germany").await.1, ["python-berlin"]);
    assert_eq!(search("city=LEEDS&topic=rust").await.1, ["rust-leeds"]);
    assert_eq!(search("q=100%25").await.0, 0, "LIKE wildcards are literal");
    let (total, first_page) = search("per_page=2&page=1").await;
    let (_, second_page) = search("per_page=2&page=2").await;
    assert_eq!(total, 4);
    assert_eq!(first_page.len() + second_page.len(), 4);
    assert!(first_page.iter().all(|s| !second_page.contains(s)));
    let summary = &app.visitor().get_json("/api/v1/groups?q=pyleeds").await["groups"][0];
    assert_eq!(summary["member_count"], 1);
    assert!(summary["next_event_at"].is_null() && summary["last_event_at"].is_null());
});

backend_test!(async fn people_may_create_only_a_few_groups_a_day(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    for slug in ["one-group", "two-group", "three-group"] {
        create_group(&ada, described_group(slug, json!({}))).await;
    }
    let fourth = ada.post("/api/v1/groups", &json!({"slug": "four-group", "name": "Four", "timezone": "UTC"})).await;
    assert_eq!(fourth.status(), 429);
    assert_eq!(json_body(fourth).await["code"], "daily_limit");
    app.advance(chrono::Duration::hours(25));
    create_group(&ada, described_group("four-group", json!({}))).await;
});

backend_test!(async fn a_groups_only_organizer_cannot_delete_their_account(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    assert_eq!(join_group(&grace, "pyleeds", 1).await.status(), 200);
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyleeds").await["member_count"], 2);

    let refused = ada.send(Method::DELETE, "/api/v1/me", &json!({"password": PASSWORD})).await;
    assert_eq!(refused.status(), 409);
    let error = json_body(refused).await;
    assert_eq!(error["code"], "sole_organizer");
    assert!(error["message"].as_str().unwrap().contains("Group pyleeds"), "{error}");
    assert_eq!(ada.get("/api/v1/me").await.status(), 200, "the account is untouched");
    // The page says so before asking for a password, and links where to hand the group over.
    let (status, page) = ada.page("/account/delete").await;
    assert_eq!(status, 200);
    assert!(page.contains("You are the only organizer of <a href=\"/g/pyleeds/settings/members\">Group pyleeds</a>"), "{page}");
    assert!(!page.contains("name=\"password\""), "no password asked for a deletion that cannot happen: {page}");
    // Email settings are a click away: from the account settings and from the group's page.
    assert!(ada.page("/account/settings").await.1.contains("href=\"/account/notifications\""));
    assert!(grace.page("/g/pyleeds").await.1.contains("href=\"/account/notifications#group-pyleeds\""));
    assert!(grace.page("/account/notifications").await.1.contains("id=\"group-pyleeds\""));

    // With a second organizer, Ada may go; the group keeps its organizer and its count drops.
    let promoted = ada.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{}/role", grace.id), &json!({"role": "organizer"})).await;
    assert_eq!(promoted.status(), 204);
    assert!(ada.page("/account/delete").await.1.contains("name=\"password\""), "now the form is there");
    let deleted = ada.send(Method::DELETE, "/api/v1/me", &json!({"password": PASSWORD})).await;
    assert_eq!(deleted.status(), 204);
    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    assert_eq!(group["member_count"], 1);
    let organizers = field_of_each(&group["organizers"], "name");
    assert_eq!(organizers, ["Grace"]);
});

backend_test!(async fn the_capability_is_checked_before_the_input(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    assert_eq!(join_group(&grace, "pyleeds", 1).await.status(), 200);
    // A plain member learns nothing from the validation of what they may not do anyway.
    let refusals = [
        ("PATCH bad slug", grace.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"slug": "Bad Slug!"})).await),
        ("PATCH bad timezone", grace.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"timezone": "Mars/Olympus"})).await),
        ("unknown role", grace.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{}/role", ada.id), &json!({"role": "overlord"})).await),
        ("role for a bad user id", grace.send(Method::PUT, "/api/v1/groups/pyleeds/members/not-a-user/role", &json!({"role": "member"})).await),
        ("transfer to a bad user id", grace.post("/api/v1/groups/pyleeds/ownership", &json!({"user_id": "not-a-user", "password": "wrong password"})).await),
        ("transfer to herself", grace.post("/api/v1/groups/pyleeds/ownership", &json!({"user_id": grace.id, "password": PASSWORD})).await),
        ("remove a bad user id", grace.post("/api/v1/groups/pyleeds/members/not-a-user/remove", &json!({})).await),
        ("handle a bad report id", grace.post("/api/v1/groups/pyleeds/reports/not-a-report/handled", &json!({})).await),
        ("oversized logo", grace.client.put(grace.url("/api/v1/groups/pyleeds/logo")).header("content-type", "image/png").body(vec![0u8; 3 * 1024 * 1024]).send().await.unwrap()),
    ];
    for (what, response) in refusals {
        let status = response.status();
        let error = json_body(response).await;
        assert_eq!(status, 403, "{what}: {error}");
        assert_eq!(error["code"], "forbidden", "{what}: {error}");
    }
    // Those who may still get the validation errors.
    let bad_slug = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"slug": "Bad Slug!"})).await;
    assert_eq!(bad_slug.status(), 422);
    assert!(json_body(bad_slug).await["fields"]["slug"].is_string());
    let unknown_role = ada.send(Method::PUT, &format!("/api/v1/groups/pyleeds/members/{}/role", grace.id), &json!({"role": "overlord"})).await;
    assert_eq!(unknown_role.status(), 422);
    assert!(json_body(unknown_role).await["fields"]["role"].is_string());
    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    assert_eq!((group["slug"].as_str(), group["timezone"].as_str()), (Some("pyleeds"), Some("Europe/London")));
    assert_eq!(group["organizers"].as_array().unwrap().len(), 1, "nobody was promoted");
});

backend_test!(async fn members_and_outsiders_are_refused_what_is_not_theirs(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({"join_mode": "approval"}))).await;
    create_group(&ada, described_group("by-invitation", json!({"join_mode": "invite"}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    let troll = app.person("Troll", "troll@example.org").await;
    let alan = app.person("Alan", "alan@example.org").await;
    for person in [&grace, &troll] {
        assert_eq!(json_body(join_group(person, "pyleeds", 1).await).await["status"], "pending");
        assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/members/{}/approve", person.id), &json!({})).await.status(), 204);
    }
    assert_eq!(json_body(join_group(&alan, "pyleeds", 1).await).await["status"], "pending");

    // Moderation by a plain member: refused whatever the target's state.
    for (action, target) in [("approve", &alan), ("decline", &alan), ("ban", &troll), ("unban", &troll), ("remove", &troll)] {
        let response = grace.post(&format!("/api/v1/groups/pyleeds/members/{}/{action}", target.id), &json!({"reason": "because"})).await;
        assert_eq!(response.status(), 403, "{action}");
    }
    let requests = ada.get_json("/api/v1/groups/pyleeds/requests").await;
    assert_eq!(requests.as_array().unwrap().len(), 1, "Alan's request is untouched");

    // Marking a report handled, removing the logo: organizers' work.
    let filed = grace.post("/api/v1/groups/pyleeds/reports", &json!({"text": "Troll kept interrupting the speaker.", "about_user_id": troll.id})).await;
    assert_eq!(filed.status(), 201);
    let report = id_of(&json_body(filed).await);
    assert_eq!(grace.post(&format!("/api/v1/groups/pyleeds/reports/{report}/handled"), &json!({})).await.status(), 403);
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds/reports").await[0]["status"], "open");
    assert_eq!(grace.send(Method::DELETE, "/api/v1/groups/pyleeds/logo", &json!({})).await.status(), 403);
    app.deliver_mail().await;

    // Someone with no membership has none to change, accept or leave.
    let eve = app.person("Eve", "eve@example.org").await;
    for (what, response) in [
        ("membership", eve.send(Method::PATCH, "/api/v1/groups/pyleeds/membership", &json!({"hidden": true})).await),
        ("conduct", eve.post("/api/v1/groups/pyleeds/conduct/accept", &json!({"version": 1})).await),
        ("leave", eve.post("/api/v1/groups/pyleeds/leave", &json!({})).await),
    ] {
        assert_eq!(response.status(), 409, "{what}");
        assert_eq!(json_body(response).await["code"], "not_a_member", "{what}");
    }

    // An invitation-only group is not joined without one.
    let uninvited = join_group(&eve, "by-invitation", 1).await;
    assert_eq!(uninvited.status(), 403);
    assert_eq!(json_body(uninvited).await["code"], "invitation_required");
    assert_eq!(app.visitor().get_json("/api/v1/groups/by-invitation").await["member_count"], 1);

    // A banned person cannot come back through an invitation either.
    assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/members/{}/ban", troll.id), &json!({})).await.status(), 204);
    assert_eq!(ada.post("/api/v1/groups/pyleeds/invitations", &json!({"email": "troll@example.org"})).await.status(), 201);
    let token = app.expect_one_mail_to("troll@example.org").await.link_token("/invitations/");
    let refused = troll.post("/api/v1/invitations/accept", &json!({"token": token, "conduct_version": 1})).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(json_body(refused).await["code"], "banned");
    assert_eq!(troll.get_json("/api/v1/groups/pyleeds").await["membership"]["status"], "banned");
});

backend_test!(async fn banning_someone_already_banned_is_refused(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, described_group("pyleeds", json!({}))).await;
    let troll = app.person("Troll", "troll@example.org").await;
    join_group(&troll, "pyleeds", 1).await;
    let ban = format!("/api/v1/groups/pyleeds/members/{}/ban", troll.id);
    assert_eq!(ada.post(&ban, &json!({"reason": "harassment"})).await.status(), 204);
    let again = ada.post(&ban, &json!({"reason": "harassment, again"})).await;
    assert_eq!(again.status(), 409);
    assert_eq!(json_body(again).await["code"], "wrong_membership_state");
    let log = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    let bans: Vec<&Value> = log.as_array().unwrap().iter().filter(|e| e["action"] == "member_banned").collect();
    assert_eq!(bans.len(), 1, "one ban, one entry: {log}");
    assert_eq!(bans[0]["detail"], "harassment");
    assert_eq!(troll.get_json("/api/v1/groups/pyleeds").await["membership"]["status"], "banned");
});
