//! A group's history outlives its organizers: dormant groups and unclaimed directory entries
//! are adopted (organizers may refuse during a grace period, an administrator approves),
//! deleted groups are restored by administrators for 30 days, and deleting an account keeps
//! what the person did for groups.

use chrono::Duration;
use muster_e2e::{
    PASSWORD, Person, TestApp, answer, backend_test, create_event, create_group, csrf_token_in,
    field_of_each, id_of, join, status_and_json,
};
use reqwest::Method;
use serde_json::{Value, json};

async fn ask(person: &Person, slug: &str, message: &str) -> (u16, Value) {
    status_and_json(
        person
            .post(
                &format!("/api/v1/groups/{slug}/adoption"),
                &json!({"message": message}),
            )
            .await,
    )
    .await
}

/// The actions in group `slug`'s audit log, newest first.
async fn audit_actions(person: &Person, slug: &str) -> Vec<String> {
    let log = person
        .get_json(&format!("/api/v1/groups/{slug}/audit"))
        .await;
    field_of_each(&log, "action")
}

backend_test!(async fn a_dormant_group_is_adopted_after_the_organizers_grace_period(backend) {
    let app = TestApp::spawn(backend).await;
    let olu = app.person("Olu", "olu@example.org").await;
    create_group(&olu, json!({"slug": "pyquiet", "name": "PyQuiet", "timezone": "UTC", "join_mode": "open"})).await;

    // An active group cannot be adopted.
    let early = app.person("Eve", "eve@example.org").await;
    let (status, error) = ask(&early, "pyquiet", "Let me").await;
    assert_eq!(status, 409, "{error}");
    assert_eq!(error["code"], "not_adoptable");
    assert!(error["message"].as_str().unwrap().contains("PyQuiet is active"), "{error}");
    assert!(!early.page("/g/pyquiet").await.1.contains("Ask to adopt"));

    // Thirteen months later it is dormant; the banner offers adoption to verified people.
    app.advance(Duration::days(396));
    app.tick().await;
    let olu = app.log_in_again(&olu).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    let carol = app.person("Carol", "carol@example.org").await;
    let dan = app.person("Dan", "dan@example.org").await;
    let admin = app.admin("Root", "root@example.org").await;
    let (_, page) = ada.page("/g/pyquiet").await;
    assert!(page.contains("Dormant group.") && page.contains("Ask to adopt this group"), "{page}");
    assert!(!olu.page("/g/pyquiet").await.1.contains("Ask to adopt"), "not to its organizer");
    assert!(!app.visitor().page("/g/pyquiet").await.1.contains("Ask to adopt"));
    let (status, error) = ask(&olu, "pyquiet", "").await;
    assert_eq!((status, error["code"].as_str()), (409, Some("already_organizing")), "{error}");

    // Ada asks through the form page; the organizer is emailed with a link to refuse.
    let (status, form) = ada.page("/g/pyquiet/adopt").await;
    assert_eq!(status, 200);
    let posted = ada.post_form("/g/pyquiet/adopt", &csrf_token_in(&form), &[("message", "I ran PyData nights; I'd restart monthly meetups.")]).await;
    assert_eq!(posted.status(), 303);
    let (_, waiting) = ada.page("/g/pyquiet/adopt").await;
    assert!(waiting.contains("Your request is waiting for the group's organizers, who can refuse it until Fri 17 Dec 2027"), "{waiting}");
    let (status, error) = ask(&ada, "pyquiet", "again").await;
    assert_eq!((status, error["code"].as_str()), (409, Some("adoption_pending")), "{error}");
    let mail = app.expect_one_mail_to("olu@example.org").await;
    assert_eq!(mail.subject, "Ada asked to adopt PyQuiet");
    assert!(mail.text.contains("I ran PyData nights"), "{}", mail.text);
    assert!(mail.text.contains("refuse the request before Fri 17 Dec 2027"), "{}", mail.text);
    let review = mail.path_containing("/g/pyquiet/settings/adoption");

    // Others ask too: several requests may wait at once.
    let (status, bobs) = ask(&bob, "pyquiet", "Me too").await;
    assert_eq!(status, 201, "{bobs}");
    assert_eq!(ask(&carol, "pyquiet", "").await.0, 201);
    assert_eq!(ask(&dan, "pyquiet", "").await.0, 201);
    let withdrawn = dan.post("/api/v1/groups/pyquiet/adoption/withdraw", &json!({})).await;
    assert_eq!(withdrawn.status(), 204);
    let notices = app.deliver_and_collect().await;
    assert_eq!(notices.iter().filter(|m| m.to == "olu@example.org").count(), 3);

    // Day 5: too early for the administrator.
    app.advance(Duration::days(5));
    let pending = admin.get_json("/api/v1/admin/adoptions").await;
    assert_eq!(pending.as_array().unwrap().len(), 3, "{pending}");
    let adas = pending.as_array().unwrap().iter().find(|r| r["requester_name"] == "Ada").unwrap();
    assert_eq!(adas["ready"], false);
    let adas_id = id_of(adas);
    let approve = format!("/api/v1/admin/adoptions/{adas_id}/approve");
    let (status, error) = status_and_json(admin.post(&approve, &json!({})).await).await;
    assert_eq!(status, 409, "{error}");
    assert!(error["message"].as_str().unwrap().contains("can refuse this request until Fri 17 Dec 2027"), "{error}");
    assert_eq!(ada.post(&approve, &json!({})).await.status(), 403, "not an administrator");
    assert_eq!(ada.get("/api/v1/admin/adoptions").await.status(), 403);
    assert_eq!(ada.get("/admin/adoptions").await.status(), 403);

    // The organizer refuses Bob's request from the settings page; Bob is told.
    let (status, requests) = olu.page(&review).await;
    assert_eq!(status, 200);
    assert!(requests.contains("Ada") && requests.contains("Bob") && requests.contains("I ran PyData nights"));
    assert_eq!(ada.get(&review).await.status(), 403, "only the organizers see requests");
    let refused = olu
        .post_form(&format!("/g/pyquiet/settings/adoption/{}/refuse", id_of(&bobs)), &csrf_token_in(&requests), &[("reason", "We are planning a comeback.")])
        .await;
    assert_eq!(refused.status(), 303);
    let mail = app.expect_one_mail_to("bob@example.org").await;
    assert_eq!(mail.subject, "Your request to adopt PyQuiet was declined");
    assert!(mail.text.contains("refused your request") && mail.text.contains("We are planning a comeback."), "{}", mail.text);
    assert!(bob.page("/g/pyquiet/adopt").await.1.contains("The organizers refused your last request: We are planning a comeback."));

    // After 14 days without a refusal the administrator approves Ada's request.
    app.advance(Duration::days(10));
    let pending = admin.get_json("/api/v1/admin/adoptions").await;
    assert_eq!(pending.as_array().unwrap().len(), 2, "Bob's is refused: {pending}");
    assert!(pending.as_array().unwrap().iter().all(|r| r["ready"] == true));
    let carols = pending.as_array().unwrap().iter().find(|r| r["requester_name"] == "Carol").unwrap();
    let late = olu
        .post(&format!("/api/v1/groups/pyquiet/adoption/{}/refuse", id_of(carols)), &json!({}))
        .await;
    let (status, error) = status_and_json(late).await;
    assert_eq!((status, error["code"].as_str()), (409, Some("grace_period_over")), "{error}");
    // Organizing another group gives no say over this one's requests.
    let early = app.log_in_again(&early).await;
    create_group(&early, json!({"slug": "pyeve", "name": "PyEve", "timezone": "UTC", "join_mode": "open"})).await;
    let elsewhere = early
        .post(&format!("/api/v1/groups/pyeve/adoption/{}/refuse", id_of(carols)), &json!({}))
        .await;
    assert_eq!(elsewhere.status(), 404);
    assert!(admin.page("/").await.1.contains("href=\"/admin/adoptions\""), "admins find it");
    assert!(!ada.page("/").await.1.contains("href=\"/admin/adoptions\""));
    let (status, page) = admin.page("/admin/adoptions").await;
    assert_eq!(status, 200);
    assert!(page.contains("Approve: make Ada an organizer"), "{page}");
    let approved = admin.post_form(&format!("/admin/adoptions/{adas_id}/approve"), &csrf_token_in(&page), &[]).await;
    assert_eq!(approved.status(), 303);
    let mail = app.deliver_and_collect().await;
    let to = |address: &str| mail.iter().filter(|m| m.to == address).collect::<Vec<_>>();
    assert_eq!(to("ada@example.org").len(), 1, "{mail:#?}");
    assert_eq!(to("ada@example.org")[0].subject, "You now organize PyQuiet");
    let closed = to("carol@example.org");
    assert_eq!(closed.len(), 1, "{mail:#?}");
    assert!(closed[0].text.contains("Another request to adopt the group was approved."), "{}", closed[0].text);
    assert!(to("dan@example.org").is_empty(), "Dan had withdrawn");
    assert_eq!(admin.get_json("/api/v1/admin/adoptions").await, json!([]));
    let (status, error) = status_and_json(admin.post(&approve, &json!({})).await).await;
    assert_eq!((status, error["code"].as_str()), (409, Some("adoption_decided")));

    // Ada runs the group now: she edits its settings and reads its audit log.
    assert_eq!(ada.get("/g/pyquiet/settings").await.status(), 200);
    let saved = ada
        .send(Method::PATCH, "/api/v1/groups/pyquiet", &json!({"summary": "Back in business"}))
        .await;
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
    let actions = audit_actions(&ada, "pyquiet").await;
    for step in [
        "adoption_requested",
        "adoption_organizer_notified",
        "adoption_withdrawn",
        "adoption_refused",
        "adoption_approved",
        "adoption_closed",
    ] {
        assert!(actions.iter().any(|a| a == step), "{step} missing from {actions:?}");
    }
    let (_, log) = ada.page("/g/pyquiet/settings/audit").await;
    assert!(log.contains("adoption approved") && log.contains("Ada"), "{log}");
    let (_, page) = ada.page("/g/pyquiet").await;
    assert!(!page.contains("Ask to adopt"), "{page}");
});

backend_test!(async fn the_grace_period_is_configurable(backend) {
    let app = TestApp::spawn_with(backend, |s| s.adoption_grace_days = 3).await;
    let olu = app.person("Olu", "olu@example.org").await;
    create_group(&olu, json!({"slug": "pyslow", "name": "PySlow", "timezone": "UTC"})).await;
    app.advance(Duration::days(400));
    let ada = app.person("Ada", "ada@example.org").await;
    let (status, request) = ask(&ada, "pyslow", "").await;
    assert_eq!(status, 201, "{request}");
    assert!(request["grace_ends_at"].as_str().unwrap().starts_with("2027-12-10"), "{request}");
    let mail = app.expect_one_mail_to("olu@example.org").await;
    assert!(mail.text.contains("before Fri 10 Dec 2027"), "{}", mail.text);
    app.advance(Duration::days(3));
    let admin = app.admin("Root", "root@example.org").await;
    let approve = format!("/api/v1/admin/adoptions/{}/approve", id_of(&request));
    assert_eq!(admin.post(&approve, &json!({})).await.status(), 204);
    assert_eq!(app.expect_one_mail_to("ada@example.org").await.subject, "You now organize PySlow");
});

backend_test!(async fn an_unclaimed_listing_is_adopted_without_a_grace_period(backend) {
    let app = TestApp::spawn(backend).await;
    let page = "= Geographical Breakdown of User Groups =\n== Asia ==\n=== Cambodia ===\n * [[http://pykhmer.org/|Python Cambodian User Group]] - Cambodian Python User Group\n";
    let now = muster_core::Clock::now(&app.clock);
    muster_app::imports::wiki::wiki_directory(&app.db, page, now, false).await.unwrap();
    let found = app.visitor().get_json("/api/v1/groups?q=cambodian").await;
    let slug = found["groups"][0]["slug"].as_str().unwrap().to_owned();
    let group = format!("/g/{slug}");

    let (_, visitor_page) = app.visitor().page(&group).await;
    assert!(visitor_page.contains("Unclaimed listing") && !visitor_page.contains("Ask to adopt"));

    // Asking needs a confirmed email address.
    let unverified = TestApp::new_client();
    app.sign_up_unconfirmed(&unverified, "New", "new@example.org").await;
    let (status, error) = status_and_json(unverified
            .post(app.url(&format!("/api/v1/groups/{slug}/adoption")))
            .json(&json!({"message": ""}))
            .send()
            .await
            .unwrap())
    .await;
    assert_eq!((status, error["code"].as_str()), (403, Some("email_not_verified")), "{error}");

    // Asking is not joining (the listing takes no members); the request is ready at once.
    let sok = app.person("Sok", "sok@example.org").await;
    assert!(sok.page(&group).await.1.contains("Ask to adopt this group"));
    let (status, request) = ask(&sok, &slug, "I organize PyCon KH.").await;
    assert_eq!(status, 201, "{request}");
    assert_eq!(request["ready"], true);
    let (_, waiting) = sok.page(&format!("{group}/adopt")).await;
    assert!(waiting.contains("Your request is waiting for an administrator"), "{waiting}");
    assert!(app.deliver_and_collect().await.is_empty(), "nobody to notify");
    let status = sok.get_json(&format!("/api/v1/groups/{slug}/adoption")).await;
    assert_eq!(status["mine"]["status"], "pending", "{status}");

    let admin = app.admin("Root", "root@example.org").await;
    let approve = format!("/api/v1/admin/adoptions/{}/approve", id_of(&request));
    assert_eq!(sok.post(&approve, &json!({})).await.status(), 403);
    assert_eq!(admin.post(&approve, &json!({})).await.status(), 204);
    assert_eq!(app.expect_one_mail_to("sok@example.org").await.subject, "You now organize Python Cambodian User Group");

    // Claimed now: no banner, Sok runs it, and the wiki import leaves it alone.
    let (_, claimed) = app.visitor().page(&group).await;
    assert!(!claimed.contains("Unclaimed listing"), "{claimed}");
    assert!(claimed.contains("Sok"), "listed as an organizer");
    assert_eq!(sok.get(&format!("{group}/settings")).await.status(), 200);
    let again = muster_app::imports::wiki::wiki_directory(&app.db, page, now, false).await.unwrap();
    assert!(again.skipped.iter().any(|s| s.reason.contains("claimed by its organizers")), "{again}");
    let actions = audit_actions(&sok, &slug).await;
    assert!(actions.contains(&"adoption_requested".to_owned()) && actions.contains(&"adoption_approved".to_owned()), "{actions:?}");

    // A second listing: an administrator may also reject a request, and the person is told.
    let second = "= Geographical Breakdown of User Groups =\n== Europe ==\n=== United Kingdom ===\n * [[http://pyleeds.example/|Python Leeds]] - Python in Leeds\n";
    muster_app::imports::wiki::wiki_directory(&app.db, second, now, false).await.unwrap();
    let leeds = app.visitor().get_json("/api/v1/groups?q=leeds").await;
    let leeds = leeds["groups"][0]["slug"].as_str().unwrap().to_owned();
    let (status, request) = ask(&sok, &leeds, "").await;
    assert_eq!(status, 201, "{request}");
    let reject = format!("/api/v1/admin/adoptions/{}/reject", id_of(&request));
    let rejected = admin.post(&reject, &json!({"reason": "Someone in Leeds already asked us."})).await;
    assert_eq!(rejected.status(), 204);
    let mail = app.expect_one_mail_to("sok@example.org").await;
    assert!(mail.text.contains("declined by an administrator") && mail.text.contains("Someone in Leeds already asked us."), "{}", mail.text);
    assert!(app.visitor().page(&format!("/g/{leeds}")).await.1.contains("Unclaimed listing"));
});

backend_test!(async fn administrators_restore_deleted_groups_for_30_days(backend) {
    let app = TestApp::spawn(backend).await;
    let olu = app.person("Olu", "olu@example.org").await;
    create_group(&olu, json!({"slug": "pyback", "name": "PyBack", "timezone": "UTC"})).await;
    create_event(
        &olu,
        "pyback",
        json!({"title": "Winter sprint", "starts_at": "2027-02-10T18:00:00Z",
               "ends_at": "2027-02-10T20:00:00Z", "announce": false}),
    )
    .await;

    // The deletion page offers the archive first and needs the typed name.
    let (status, page) = olu.page("/g/pyback/delete").await;
    assert_eq!(status, 200);
    assert!(page.contains("Keep its history first") && page.contains("href=\"/g/pyback/settings/export\""), "{page}");
    let delete = |person: Person| async move {
        person.send(Method::DELETE, "/api/v1/groups/pyback", &json!({"password": PASSWORD, "confirm_name": "PyBack"})).await
    };
    assert_eq!(delete(olu.clone()).await.status(), 204);
    assert_eq!(app.visitor().get("/g/pyback").await.status(), 404);

    // Day 29: an administrator restores it, events and all.
    app.advance(Duration::days(29));
    let admin = app.admin("Root", "root@example.org").await;
    let ada = app.person("Ada", "ada@example.org").await;
    let deleted = admin.get_json("/api/v1/admin/groups/deleted").await;
    assert_eq!(deleted[0]["slug"], "pyback", "{deleted}");
    assert_eq!(ada.get("/api/v1/admin/groups/deleted").await.status(), 403);
    assert_eq!(ada.post("/api/v1/admin/groups/pyback/restore", &json!({})).await.status(), 403);
    assert_eq!(ada.get("/admin/groups").await.status(), 403);
    let (status, list) = admin.page("/admin/groups").await;
    assert_eq!(status, 200);
    assert!(list.contains("PyBack"), "{list}");
    let restored = admin.post_form("/admin/groups/pyback/restore", &csrf_token_in(&list), &[]).await;
    assert_eq!(restored.status(), 303);
    assert_eq!(app.visitor().get("/g/pyback").await.status(), 200);
    let (status, events) = app.visitor().page("/g/pyback/events").await;
    assert_eq!(status, 200);
    assert!(events.contains("Winter sprint"), "{events}");
    let olu = app.log_in_again(&olu).await;
    let actions = audit_actions(&olu, "pyback").await;
    assert!(actions.contains(&"group_deleted".to_owned()) && actions.contains(&"group_restored".to_owned()), "{actions:?}");
    let (status, error) = status_and_json(admin.post("/api/v1/admin/groups/pyback/restore", &json!({})).await).await;
    assert_eq!((status, error["code"].as_str()), (409, Some("not_deleted")));

    // Deleted again, and 31 days later: too late to restore from the site.
    assert_eq!(delete(olu.clone()).await.status(), 204);
    app.advance(Duration::days(31));
    let admin = app.log_in_again(&admin).await;
    assert_eq!(admin.get_json("/api/v1/admin/groups/deleted").await, json!([]));
    let (status, error) = status_and_json(admin.post("/api/v1/admin/groups/pyback/restore", &json!({})).await).await;
    assert_eq!(status, 410, "{error}");
    assert!(error["message"].as_str().unwrap().contains("more than 30 days ago"), "{error}");
    assert_eq!(app.visitor().get("/g/pyback").await.status(), 404);
    // The slug stays reserved for the deleted group.
    let olu = app.log_in_again(&olu).await;
    let taken = olu
        .post("/api/v1/groups", &json!({"slug": "pyback", "name": "PyBack 2", "timezone": "UTC"}))
        .await;
    assert_eq!(taken.status(), 422);
});

backend_test!(async fn deleting_an_account_keeps_the_groups_history(backend) {
    let app = TestApp::spawn(backend).await;
    let olu = app.person("Olu", "olu@example.org").await;
    create_group(&olu, json!({"slug": "pykeep", "name": "PyKeep", "timezone": "UTC", "join_mode": "open"})).await;
    let id = create_event(
        &olu,
        "pykeep",
        json!({"title": "Talk night", "starts_at": "2026-11-10T18:00:00Z",
               "ends_at": "2026-11-10T20:00:00Z", "announce": false}),
    )
    .await
    .id;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    for (person, talk, title) in [(&ada, "Ada Lovelace", "Engines"), (&bob, "Bob Bobson", "Parsers")] {
        join(person, "pykeep").await;
        answer(person, &id, "yes").await;
        let added = olu
            .post(
                &format!("/api/v1/events/{id}/talks"),
                &json!({"title": title, "speaker_name": talk, "speaker_user_id": person.id}),
            )
            .await;
        assert_eq!(added.status(), 201, "{}", added.text().await.unwrap());
    }
    app.advance(Duration::days(10));
    let olu = app.log_in_again(&olu).await;
    let before = olu.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(before["going_count"], 2, "{before}");

    // Ada keeps her name on her talk; Bob asks for his to go.
    let ada = app.log_in_again(&ada).await;
    let bob = app.log_in_again(&bob).await;
    let gone = ada.send(Method::DELETE, "/api/v1/me", &json!({"password": PASSWORD})).await;
    assert_eq!(gone.status(), 204);
    let (status, form) = bob.page("/account/delete").await;
    assert_eq!(status, 200);
    assert!(form.contains("Also remove my name from my talks"), "{form}");
    let gone = bob.post_form("/account/delete", &csrf_token_in(&form), &[("password", PASSWORD), ("remove_talk_names", "on")]).await;
    assert_eq!(gone.status(), 303);

    let after = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(after["going_count"], 2, "past attendance still counts: {after}");
    let going: Vec<&str> = after["going"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert!(!going.contains(&"Ada") && !going.contains(&"Bob"), "{going:?}");
    let speakers = field_of_each(&after["talks"], "speaker_name");
    assert_eq!(speakers, ["Ada Lovelace", "Former member"]);
    let (_, page) = app.visitor().page(&format!("/g/pykeep/events/{id}")).await;
    assert!(page.contains("Ada Lovelace") && !page.contains("Bob Bobson"), "{page}");
    assert!(!page.contains("<li>Ada</li>") && !page.contains("<li>Bob</li>"), "{page}");
    app.allow_unsent_mail();
});

backend_test!(async fn the_refusal_window_is_exact_a_refusal_holds_and_an_adopted_group_is_active(backend) {
    let app = TestApp::spawn(backend).await;
    let olu = app.person("Olu", "olu@example.org").await;
    create_group(&olu, json!({"slug": "pyquiet", "name": "PyQuiet", "timezone": "UTC", "join_mode": "open"})).await;
    app.advance(Duration::days(396));
    app.tick().await;
    let olu = app.log_in_again(&olu).await;
    // Ada reads times in Berlin; the test's clock stands at 09:00 UTC (10:00 in Berlin).
    let ada = app.person("Ada", "ada@example.org").await;
    let zoned = ada.send(Method::PATCH, "/api/v1/me", &json!({"timezone": "Europe/Berlin"})).await;
    assert_eq!(zoned.status(), 200);
    let (bob, carol) = (app.person("Bob", "bob@example.org").await, app.person("Carol", "carol@example.org").await);
    let admin = app.admin("Root", "root@example.org").await;

    // The directory and the API say the group is dormant, and the active-only filter leaves it out.
    let found = app.visitor().get_json("/api/v1/groups?q=pyquiet").await;
    assert_eq!(found["groups"][0]["dormant"], true, "{found}");
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyquiet").await["dormant"], true);
    assert_eq!(app.visitor().get_json("/api/v1/groups?q=pyquiet&active=true").await["total"], 0);
    let (_, directory) = app.visitor().page("/groups?q=pyquiet").await;
    assert!(directory.contains("PyQuiet</a> <span class=\"badge\">Dormant</span>"), "{directory}");
    assert!(!app.visitor().page("/groups?q=pyquiet&active=true").await.1.contains("PyQuiet</a>"));

    // The window ends at the request's time of day, and every reader sees date and time.
    let (status, adas) = ask(&ada, "pyquiet", "I'll restart it.").await;
    assert_eq!(status, 201, "{adas}");
    let (_, waiting) = ada.page("/g/pyquiet/adopt").await;
    assert!(waiting.contains("can refuse it until Fri 17 Dec 2027, 10:00 CET"), "{waiting}");
    let mail = app.expect_one_mail_to("olu@example.org").await;
    assert!(mail.text.contains("refuse the request before Fri 17 Dec 2027, 09:00 UTC"), "{}", mail.text);
    let (_, requests) = olu.page("/g/pyquiet/settings/adoption").await;
    assert!(requests.contains("you can refuse until Fri 17 Dec 2027, 09:00 UTC"), "{requests}");
    let (_, bobs) = ask(&bob, "pyquiet", "").await;
    let (_, carols) = ask(&carol, "pyquiet", "").await;
    app.deliver_mail().await;
    // A minute before the end a refusal is taken; a minute after it is too late, and says when it ended.
    app.advance(Duration::days(14) - Duration::minutes(1));
    let refuse = |id: String| format!("/api/v1/groups/pyquiet/adoption/{id}/refuse");
    let refused = olu.post(&refuse(id_of(&bobs)), &json!({"reason": "Not now."})).await;
    assert_eq!(refused.status(), 204);
    app.advance(Duration::minutes(2));
    let (status, late) = status_and_json(olu.post(&refuse(id_of(&carols)), &json!({"reason": ""})).await).await;
    assert_eq!((status, late["code"].as_str()), (409, Some("grace_period_over")), "{late}");
    assert!(late["message"].as_str().unwrap().contains("ended Fri 17 Dec 2027, 09:00 UTC"), "{late}");
    app.deliver_mail().await;

    // The refusal holds for Bob: he may not ask again for 90 days, unless the organizers lift it.
    let (status, again) = ask(&bob, "pyquiet", "Please?").await;
    assert_eq!((status, again["code"].as_str()), (409, Some("adoption_refused")), "{again}");
    assert!(again["message"].as_str().unwrap().contains("ask again from Thu 16 Mar 2028, 08:59 UTC"), "{again}");
    let (_, bob_page) = bob.page("/g/pyquiet/adopt").await;
    assert!(bob_page.contains("You can ask again from Thu 16 Mar 2028") && !bob_page.contains("Ask to adopt this group</button>"), "{bob_page}");
    let (_, requests) = olu.page("/g/pyquiet/settings/adoption").await;
    assert!(requests.contains("refused; they can ask again from Thu 16 Mar 2028, 08:59 UTC"), "{requests}");
    let lift = format!("/api/v1/groups/pyquiet/adoption/{}/lift-refusal", id_of(&bobs));
    assert_eq!(bob.post(&lift, &json!({})).await.status(), 403, "only the organizers lift it");
    let lifted = olu.post_form(&format!("/g/pyquiet/settings/adoption/{}/lift-refusal", id_of(&bobs)), &csrf_token_in(&requests), &[]).await;
    assert_eq!(lifted.status(), 303);
    assert_eq!(olu.post(&lift, &json!({})).await.status(), 409, "nothing left to lift");
    let (status, again) = ask(&bob, "pyquiet", "Thanks").await;
    assert_eq!(status, 201, "{again}");
    assert!(audit_actions(&olu, "pyquiet").await.contains(&"adoption_refusal_lifted".to_owned()));
    app.deliver_mail().await;

    // Approval makes the group active: no banner, not adoptable, not dormant, listed as active.
    let approved = admin.post(&format!("/api/v1/admin/adoptions/{}/approve", id_of(&adas)), &json!({})).await;
    assert_eq!(approved.status(), 204);
    // The organizer who was there is told who runs the group with them now; Ada hears she does.
    let sent = app.deliver_and_collect().await;
    let to = |who: &str| sent.iter().filter(|m| m.to == who).map(|m| m.subject.as_str()).collect::<Vec<_>>();
    assert_eq!(to("olu@example.org"), ["Ada now organizes PyQuiet with you"], "{sent:#?}");
    assert_eq!(to("ada@example.org"), ["You now organize PyQuiet"], "{sent:#?}");
    let told = sent.iter().find(|m| m.to == "olu@example.org").unwrap();
    assert!(told.text.contains("Ada is now one of the group's organizers, with you. You stay an organizer"), "{}", told.text);
    assert!(told.text.contains("/g/pyquiet/settings"), "{}", told.text);
    let status = ada.get_json("/api/v1/groups/pyquiet/adoption").await;
    assert_eq!(status["adoptable"], false, "{status}");
    assert_eq!(app.visitor().get_json("/api/v1/groups/pyquiet").await["dormant"], false);
    assert!(!app.visitor().page("/g/pyquiet").await.1.contains("Dormant group."));
    assert_eq!(app.visitor().get_json("/api/v1/groups?q=pyquiet&active=true").await["total"], 1);
    let dan = app.person("Dan", "dan@example.org").await;
    let (status, error) = ask(&dan, "pyquiet", "").await;
    assert_eq!((status, error["code"].as_str()), (409, Some("not_adoptable")), "{error}");
    app.allow_unsent_mail();
});
