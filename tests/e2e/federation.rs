//! Federation with a real, independent fediverse server: `tests/browser/fediverse-peer.mjs`, a
//! small server built on Fedify (not written against Muster's code), on Node.js 22 from
//! `tests/browser/node_modules` (`./scripts/test` installs it with `npm ci`). The peer finds a
//! group by WebFinger, follows it, and reports what reached its inbox, each delivery's HTTP
//! Signature verified by Fedify itself. Muster runs with `federation_allow_private_addresses`
//! (the peer is on loopback, over http).

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
};

use muster_e2e::{
    TestApp, backend_test, create_event, create_group, group_in_leeds, join, json_body,
};
use reqwest::Method;
use serde_json::{Value, json};

const AP: &str = "application/activity+json";

/// The Fedify peer, stopped when dropped.
struct Peer {
    child: Child,
    url: String,
    client: reqwest::Client,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Peer {
    fn start() -> Peer {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("browser");
        let node = dir.join("node_modules/node/bin/node");
        assert!(
            node.exists() && dir.join("node_modules/@fedify/fedify").exists(),
            "{} or @fedify/fedify is missing: run `npm ci` in tests/browser (./scripts/test does)",
            node.display()
        );
        // The peer keeps the test's clock (faketime, when CI moves it): signatures carry the
        // time and both sides check it.
        let mut child = Command::new(node)
            .current_dir(&dir)
            .arg("fediverse-peer.mjs")
            .env("PEER_LOG_LEVEL", "warning")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start node fediverse-peer.mjs");
        let stdout = child.stdout.take().expect("the peer's stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the peer's first line");
        let url = line
            .trim()
            .strip_prefix("PEER ")
            .unwrap_or_else(|| panic!("the peer said {line:?}, not PEER <url>"))
            .to_owned();
        Peer {
            child,
            url,
            client: reqwest::Client::new(),
        }
    }

    async fn control(&self, path: &str, body: Value) -> Value {
        let response = self
            .client
            .post(format!("{}/control/{path}", self.url))
            .json(&body)
            .send()
            .await
            .expect("the peer's control API");
        let status = response.status();
        let value: Value = response.json().await.expect("JSON from the peer");
        assert!(status.is_success(), "peer {path} {body}: {status} {value}");
        value
    }

    /// Verified activities the peer received, after `after`.
    async fn inbox(&self, after: i64) -> Vec<Value> {
        let value: Value = self
            .client
            .get(format!("{}/control/inbox?after={after}", self.url))
            .send()
            .await
            .expect("the peer's inbox")
            .json()
            .await
            .expect("JSON");
        value["entries"].as_array().cloned().unwrap_or_default()
    }

    fn actor(&self, name: &str) -> String {
        format!("{}/users/{name}", self.url)
    }
}

/// The raw body of an inbox entry, as JSON.
fn raw(entry: &Value) -> Value {
    match &entry["raw"] {
        Value::String(text) => serde_json::from_str(text).unwrap_or(Value::Null),
        other => other.clone(),
    }
}

/// Delivers what is due and returns the verified entries the peer got since `after`; every
/// entry must have been verified by the peer.
async fn delivered(app: &TestApp, peer: &Peer, after: i64) -> Vec<Value> {
    app.deliver_mail().await;
    let entries = peer.inbox(after).await;
    for entry in &entries {
        assert_eq!(
            entry["verified"], true,
            "the peer refused a delivery: {entry}"
        );
    }
    entries
}

fn last_seq(entries: &[Value], before: i64) -> i64 {
    entries
        .iter()
        .filter_map(|e| e["seq"].as_i64())
        .max()
        .unwrap_or(before)
}

async fn ap_get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header("Accept", AP)
        .send()
        .await
        .expect("GET")
}

backend_test!(async fn a_fediverse_server_follows_a_group_and_hears_of_its_meetups(backend) {
    let peer = Peer::start();
    let app = TestApp::spawn_with(backend, |s| s.federation_allow_private_addresses = true).await;
    let host = app.url("").trim_start_matches("http://").to_owned();
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({"summary": "Python in Leeds"}))).await;
    create_group(&ada, group_in_leeds("hidden", json!({"visibility": "private", "join_mode": "invite"}))).await;
    let group_id = app.url("/g/pyleeds");

    // WebFinger, then the actor, as the peer sees them.
    let found = peer.control("lookup", json!({"query": format!("@pyleeds@{host}")})).await;
    assert_eq!(found["type"], "Group", "{found}");
    assert_eq!(found["id"], group_id);
    assert_eq!(found["preferredUsername"], "pyleeds");
    assert_eq!(found["inbox"], format!("{group_id}/inbox"));
    assert_eq!(found["publicKeyOwner"], group_id);
    // The same address is still the page for browsers.
    let page = app.get("/g/pyleeds").await;
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(page.headers().get_all("vary").iter().any(|v| v.to_str().unwrap().contains("Accept")));

    let (_, html) = app.visitor().page("/g/pyleeds").await;
    assert!(html.contains("0 followers"), "counted before anyone follows");
    // Private groups do not exist for the fediverse.
    let missing = app.get(&format!("/.well-known/webfinger?resource=acct:hidden@{host}")).await;
    assert_eq!(missing.status(), 404);
    assert_eq!(ap_get(&app, "/g/hidden").await.status(), 404);
    let looked = peer.client.post(format!("{}/control/lookup", peer.url))
        .json(&json!({"query": format!("@hidden@{host}")})).send().await.unwrap();
    assert!(!looked.status().is_success(), "the peer must not find a private group");

    // Follow → Accept, signed by the group and verified by the peer.
    let followed = peer.control("follow", json!({"as": "alice", "target": group_id})).await;
    let entries = delivered(&app, &peer, 0).await;
    let accept = entries.iter().find(|e| e["type"] == "Accept").unwrap_or_else(|| panic!("no Accept in {entries:?}"));
    assert_eq!(accept["actor"], group_id);
    assert_eq!(accept["objectId"], followed["followId"]);
    let signature = &accept["http"]["signature"];
    assert_eq!(signature["keyId"], format!("{group_id}#main-key"), "{accept}");
    let followers = json_body(ap_get(&app, "/g/pyleeds/followers").await).await;
    assert_eq!(followers["totalItems"], 1);
    // The group's page says how to follow it, and how many do (a kept page is renewed).
    let (_, html) = app.visitor().page("/g/pyleeds").await;
    assert!(html.contains(&format!("@pyleeds@{host}")), "the handle is on the group page");
    assert!(html.contains("1 follower"), "the follower is counted on the group page");
    let mut seen = last_seq(&entries, 0);

    // A meetup published → Create(Event) with its times, place and zone; never its online link.
    let event = create_event(&ada, "pyleeds", json!({
        "title": "December meetup",
        "description": "Talks and **pizza**.",
        "starts_at": "2026-12-16T18:30:00Z",
        "ends_at": "2026-12-16T21:00:00Z",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds", "lat": 53.797, "lon": -1.543},
        "online_url": "https://meet.example.org/secret-room",
        "capacity": 50
    })).await;
    let event_id = app.url(&format!("/g/pyleeds/events/{}", event.id));
    let entries = delivered(&app, &peer, seen).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    let create = &entries[0];
    assert_eq!(create["type"], "Create");
    assert_eq!(create["actor"], group_id);
    let object = &create["object"];
    assert_eq!(object["type"], "Event", "{create}");
    assert_eq!(object["id"], event_id);
    assert_eq!(object["name"], "December meetup");
    assert_eq!(object["startTime"], "2026-12-16T18:30:00Z");
    assert_eq!(object["endTime"], "2026-12-16T21:00:00Z");
    assert_eq!(object["location"]["name"], "Leeds Library");
    assert_eq!(object["location"]["latitude"], 53.797);
    assert_eq!(object["location"]["longitude"], -1.543);
    assert!(object["content"].as_str().unwrap().contains("<strong>pizza</strong>"));
    let body = raw(create);
    assert_eq!(body["object"]["timezone"], "Europe/London");
    assert_eq!(body["object"]["startTime"], "2026-12-16T18:30:00+00:00", "with its offset");
    assert_eq!(body["object"]["ical:status"], "CONFIRMED");
    assert_eq!(body["object"]["remainingAttendeeCapacity"], 50);
    assert_eq!(body["object"]["location"]["address"]["streetAddress"], "18 Commercial St, Leeds");
    assert!(!body.to_string().contains("secret-room"), "the online link left the instance: {body}");
    seen = last_seq(&entries, seen);

    // The event's own URL answers the same object.
    let served = json_body(ap_get(&app, &format!("/g/pyleeds/events/{}", event.id)).await).await;
    assert_eq!(served["type"], "Event");
    assert_eq!(served["attributedTo"], group_id);

    // Moved → Update with the new time.
    let moved = ada.send(Method::PATCH, &format!("/api/v1/events/{}", event.id),
        &json!({"starts_at": "2026-12-17T18:30:00Z", "ends_at": "2026-12-17T21:00:00Z"})).await;
    assert_eq!(moved.status(), 200);
    let entries = delivered(&app, &peer, seen).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["type"], "Update");
    assert_eq!(entries[0]["object"]["startTime"], "2026-12-17T18:30:00Z");
    seen = last_seq(&entries, seen);

    // The peer's reply becomes a comment (sanitised), its edit and its deletion follow.
    let reply = peer.control("reply", json!({
        "as": "alice", "inReplyTo": event_id, "to": group_id,
        "content": "<p>See you there! <script>alert(1)</script></p>"
    })).await;
    let comments = app.visitor().get_json(&format!("/api/v1/events/{}/comments", event.id)).await;
    let comment = &comments[0];
    assert_eq!(comment["author_url"], peer.actor("alice"), "{comments}");
    assert!(comment["body_html"].as_str().unwrap().contains("See you there!"));
    assert!(!comment["body_html"].as_str().unwrap().contains("<script"));
    let (_, html) = app.visitor().page(&format!("/g/pyleeds/events/{}", event.id)).await;
    assert!(html.contains("See you there!"), "the reply is on the event page");
    assert!(html.contains(&format!("href=\"{}\"", peer.actor("alice"))));
    peer.control("update-reply", json!({"as": "alice", "noteId": reply["noteId"], "content": "<p>Bringing a friend.</p>"})).await;
    let comments = app.visitor().get_json(&format!("/api/v1/events/{}/comments", event.id)).await;
    assert!(comments[0]["body_html"].as_str().unwrap().contains("Bringing a friend."), "{comments}");
    peer.control("delete-reply", json!({"as": "alice", "noteId": reply["noteId"]})).await;
    let comments = app.visitor().get_json(&format!("/api/v1/events/{}/comments", event.id)).await;
    assert_eq!(comments[0]["removed"], true, "{comments}");
    // Organizers remove a remote reply like any comment; a member may not.
    peer.control("reply", json!({"as": "bob", "inReplyTo": event_id, "to": group_id, "content": "<p>Buy cheap watches</p>"})).await;
    let comments = app.visitor().get_json(&format!("/api/v1/events/{}/comments", event.id)).await;
    let spam = comments[1]["id"].as_str().unwrap().to_owned();
    assert_eq!(comments[1]["author_url"], peer.actor("bob"), "{comments}");
    let stranger = app.person("Mallory", "mallory@example.org").await;
    join(&stranger, "pyleeds").await;
    let refused = stranger.send(Method::DELETE, &format!("/api/v1/events/{}/comments/{spam}", event.id), &json!({})).await;
    assert_eq!(refused.status(), 403);
    let removed = ada.send(Method::DELETE, &format!("/api/v1/events/{}/comments/{spam}", event.id), &json!({})).await;
    assert!(removed.status().is_success(), "{}", removed.status());
    let comments = app.visitor().get_json(&format!("/api/v1/events/{}/comments", event.id)).await;
    assert_eq!(comments[1]["removed"], true, "{comments}");

    // Cancelled → Update with the cancelled status.
    let cancelled = ada.post(&format!("/api/v1/events/{}/cancel", event.id), &json!({"reason": "The venue closed."})).await;
    assert_eq!(cancelled.status(), 200);
    let entries = delivered(&app, &peer, seen).await;
    let update = entries.iter().find(|e| e["type"] == "Update").unwrap_or_else(|| panic!("{entries:?}"));
    assert_eq!(raw(update)["object"]["ical:status"], "CANCELLED");
    seen = last_seq(&entries, seen);
    // The object served at the event's address follows (it is kept only while it holds).
    let served = json_body(ap_get(&app, &format!("/g/pyleeds/events/{}", event.id)).await).await;
    assert_eq!(served["ical:status"], "CANCELLED", "{served}");

    // A draft is not sent, and not served.
    let draft = create_event(&ada, "pyleeds", json!({
        "title": "Secret draft", "starts_at": "2027-01-20T18:00:00Z",
        "ends_at": "2027-01-20T21:00:00Z", "draft": true
    })).await;
    assert!(delivered(&app, &peer, seen).await.is_empty(), "a draft was sent");
    assert_eq!(ap_get(&app, &format!("/g/pyleeds/events/{}", draft.id)).await.status(), 404);
    // Nor can the fediverse reply to it.
    let draft_reply = peer.control("send-raw", json!({"as": "alice", "inbox": format!("{group_id}/inbox"), "activity": {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": format!("{}/activities/draft-reply", peer.url), "type": "Create", "actor": peer.actor("alice"),
        "object": {"id": format!("{}/notes/draft-reply", peer.url), "type": "Note", "attributedTo": peer.actor("alice"),
                   "inReplyTo": app.url(&format!("/g/pyleeds/events/{}", draft.id)), "content": "<p>Found it</p>"}
    }})).await;
    assert_eq!(draft_reply["status"], 404, "{draft_reply}");

    // The outbox pages through what the group sent.
    let outbox = json_body(ap_get(&app, "/g/pyleeds/outbox").await).await;
    assert_eq!(outbox["totalItems"], 3, "{outbox}");
    assert_eq!(outbox["first"], format!("{group_id}/outbox?page=1"));
    let first = json_body(ap_get(&app, "/g/pyleeds/outbox?page=1").await).await;
    assert_eq!(first["orderedItems"][0]["type"], "Update");
    assert_eq!(first["orderedItems"][2]["type"], "Create");

    // A series tells its followers of each meetup it makes.
    let series = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "Monthly hack night", "starts_at": "2027-01-06T18:30", "ends_at": "2027-01-06T21:00",
        "recurrence": {"frequency": {"kind": "weekly", "interval": 4, "weekday": "Wed"}, "end": {"count": 3}}
    })).await;
    assert_eq!(series.status(), 201);
    let made = json_body(series).await["events"].as_array().unwrap().len();
    assert!(made >= 1);
    let entries = delivered(&app, &peer, seen).await;
    let creates: Vec<_> = entries.iter().filter(|e| e["type"] == "Create" && e["object"]["name"] == "Monthly hack night").collect();
    assert_eq!(creates.len(), made, "one Create per meetup the series made: {entries:?}");
    // The scheduler makes the next one when it comes within reach, and tells the followers.
    app.advance(chrono::Duration::days(40));
    app.tick().await;
    let ada = app.log_in_again(&ada).await;
    let entries = delivered(&app, &peer, last_seq(&entries, seen)).await;
    assert!(entries.iter().any(|e| e["type"] == "Create" && e["object"]["name"] == "Monthly hack night"), "{entries:?}");
    seen = last_seq(&entries, seen);

    // Organizers see who follows and may remove a follower, who is told with a Reject.
    peer.control("follow", json!({"as": "bob", "target": group_id})).await;
    seen = last_seq(&delivered(&app, &peer, seen).await, seen);
    let listed = ada.get_json("/api/v1/groups/pyleeds/followers").await;
    let actors: Vec<&str> = listed.as_array().unwrap().iter().map(|f| f["actor"].as_str().unwrap()).collect();
    assert_eq!(actors, [peer.actor("alice"), peer.actor("bob")], "{listed}");
    let peer_host = peer.url.trim_start_matches("http://");
    assert_eq!(listed[1]["handle"], format!("@bob@{peer_host}"), "{listed}");
    let (_, manage) = ada.page("/g/pyleeds/settings/members").await;
    assert!(manage.contains(&format!("@pyleeds@{host}")), "the organizers' page says how to follow");
    assert!(manage.contains(&peer.actor("bob")));
    let grace = app.person("Grace", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    assert_eq!(grace.get("/api/v1/groups/pyleeds/followers").await.status(), 403, "members may not list followers");
    assert_eq!(app.visitor().get("/api/v1/groups/pyleeds/followers").await.status(), 401);
    let refused = grace.post("/api/v1/groups/pyleeds/followers/remove", &json!({"actor": peer.actor("bob")})).await;
    assert_eq!(refused.status(), 403);
    let refused = grace.submit_form("/g/pyleeds", "/g/pyleeds/settings/followers/remove", &[("actor", &peer.actor("bob"))]).await;
    assert_eq!(refused.status(), 403, "members may not remove followers through the page either");
    let removed = ada.post("/api/v1/groups/pyleeds/followers/remove", &json!({"actor": peer.actor("bob")})).await;
    assert_eq!(removed.status(), 204);
    let entries = delivered(&app, &peer, seen).await;
    let reject = entries.iter().find(|e| e["type"] == "Reject").unwrap_or_else(|| panic!("no Reject in {entries:?}"));
    assert_eq!(reject["inbox"], "bob", "{reject}");
    assert_eq!(reject["actor"], group_id);
    seen = last_seq(&entries, seen);
    let gone = ada.post("/api/v1/groups/pyleeds/followers/remove", &json!({"actor": peer.actor("bob")})).await;
    assert_eq!(gone.status(), 404, "removing twice");
    assert_eq!(json_body(ap_get(&app, "/g/pyleeds/followers").await).await["totalItems"], 1);

    // Undo(Follow) → no more deliveries.
    peer.control("unfollow", json!({"as": "alice", "target": group_id})).await;
    let followers = json_body(ap_get(&app, "/g/pyleeds/followers").await).await;
    assert_eq!(followers["totalItems"], 0);
    create_event(&ada, "pyleeds", json!({
        "title": "January meetup", "starts_at": "2027-01-13T18:30:00Z", "ends_at": "2027-01-13T21:00:00Z"
    })).await;
    assert!(delivered(&app, &peer, seen).await.is_empty(), "delivered after Undo(Follow)");

    // A group made private leaves the fediverse at once.
    assert_eq!(ap_get(&app, "/g/pyleeds").await.status(), 200);
    let private = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"visibility": "private", "join_mode": "invite"})).await;
    assert_eq!(private.status(), 200);
    assert_eq!(ap_get(&app, "/g/pyleeds").await.status(), 404);
    assert_eq!(app.get(&format!("/.well-known/webfinger?resource=acct:pyleeds@{host}")).await.status(), 404);
    assert_eq!(ap_get(&app, "/g/pyleeds/outbox").await.status(), 404);
    assert_eq!(ap_get(&app, "/g/pyleeds/followers").await.status(), 404);
    app.allow_unsent_mail();
});

backend_test!(async fn unsigned_forged_and_impersonating_activities_are_refused(backend) {
    let peer = Peer::start();
    let app = TestApp::spawn_with(backend, |s| s.federation_allow_private_addresses = true).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let group_id = app.url("/g/pyleeds");
    let inbox = format!("{group_id}/inbox");
    let follow = |actor: String| json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": format!("{}/activities/{}", peer.url, uuid::Uuid::new_v4()),
        "type": "Follow", "actor": actor, "object": group_id,
    });
    let send = |body: Value| {
        let (peer, inbox) = (&peer, inbox.clone());
        async move {
            let mut request = json!({"as": "alice", "inbox": inbox});
            for (k, v) in body.as_object().unwrap() {
                request[k] = v.clone();
            }
            peer.control("send-raw", request).await
        }
    };
    let followers = || async { json_body(ap_get(&app, "/g/pyleeds/followers").await).await["totalItems"].clone() };

    let unsigned = send(json!({"activity": follow(peer.actor("alice")), "sign": false})).await;
    assert_eq!(unsigned["status"], 401, "{unsigned}");
    assert!(unsigned["body"].as_str().unwrap().contains("not signed"), "{unsigned}");
    let tampered = send(json!({"activity": follow(peer.actor("alice")), "tamper": true})).await;
    assert_eq!(tampered["status"], 401, "{tampered}");
    // Signed by alice, claiming to be bob.
    let impersonating = send(json!({"activity": follow(peer.actor("bob"))})).await;
    assert_eq!(impersonating["status"], 401, "{impersonating}");
    assert!(impersonating["body"].as_str().unwrap().contains("only act as itself"), "{impersonating}");
    // A signature from an hour ago is stale.
    let stale_at = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    let stale = send(json!({"activity": follow(peer.actor("alice")), "date": stale_at})).await;
    assert_eq!(stale["status"], 401, "{stale}");
    assert_eq!(followers().await, 0, "a refused Follow was kept");

    // An administrator blocks the peer's domain: even a genuine Follow is refused.
    use muster::{cli::FederationAction, commands::federation_admin};
    federation_admin(&app.db, FederationAction::Block { domain: "127.0.0.1".into(), reason: "test".into() }).await.unwrap();
    let blocked = send(json!({"activity": follow(peer.actor("alice"))})).await;
    assert_eq!(blocked["status"], 403, "{blocked}");
    assert!(blocked["body"].as_str().unwrap().contains("domain_blocked"), "{blocked}");
    let health = federation_admin(&app.db, FederationAction::Health).await.unwrap().join("\n");
    assert!(health.contains("blocked domains:\n  127.0.0.1 test"), "{health}");
    assert!(federation_admin(&app.db, FederationAction::Block { domain: "http://x/".into(), reason: String::new() }).await.is_err());
    // The administrators' page shows it, to administrators only.
    let admin = app.admin("Root", "root@example.org").await;
    let (status, page) = admin.page("/admin/federation").await;
    assert_eq!(status, 200);
    assert!(page.contains("127.0.0.1") && page.contains("test"), "{page}");
    assert_eq!(ada.get("/admin/federation").await.status(), 403);
    let bad = admin.submit_form("/admin/federation", "/admin/federation/block", &[("domain", "not a domain/"), ("reason", "")]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Give a domain name, like spam.example."));
    let unblocked = admin.submit_form("/admin/federation", "/admin/federation/unblock", &[("domain", "127.0.0.1")]).await;
    assert_eq!(unblocked.status(), 303);
    assert!(federation_admin(&app.db, FederationAction::Unblock { domain: "127.0.0.1".into() }).await.is_err(), "already unblocked");

    // The shared inbox refuses the same way.
    let shared = peer.control("send-raw", json!({"as": "alice", "inbox": app.url("/inbox"), "activity": follow(peer.actor("alice")), "sign": false})).await;
    assert_eq!(shared["status"], 401, "{shared}");

    // The genuine one is taken.
    let genuine = send(json!({"activity": follow(peer.actor("alice"))})).await;
    assert_eq!(genuine["status"], 202, "{genuine}");
    assert_eq!(followers().await, 1);
    // Its Accept is delivered and shows in the health report.
    app.deliver_mail().await;
    let health = federation_admin(&app.db, FederationAction::Health).await.unwrap().join("\n");
    assert!(health.contains("sent") && health.contains("blocked domains:\n  none"), "{health}");
    let (_, page) = admin.page("/admin/federation").await;
    assert!(page.contains(">sent<") && page.contains("data-label=\"How many\">1<"), "the Accept is counted as sent: {page}");

    // An account deleted on its server follows nothing any more.
    let gone = send(json!({"activity": {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": format!("{}/activities/{}", peer.url, uuid::Uuid::new_v4()),
        "type": "Delete", "actor": peer.actor("alice"), "object": peer.actor("alice"),
    }})).await;
    assert_eq!(gone["status"], 202, "{gone}");
    assert_eq!(followers().await, 0, "a deleted account still follows");
    let again = send(json!({"activity": follow(peer.actor("alice"))})).await;
    assert_eq!(again["status"], 202, "{again}");
    assert_eq!(followers().await, 1);

    // Oversized bodies are refused before anything is read of them.
    let big = app.client.post(&inbox).header("Content-Type", AP)
        .body(vec![b' '; 300 * 1024]).send().await.unwrap();
    assert_eq!(big.status(), 413);

    // NodeInfo says what the instance is and that it speaks ActivityPub.
    let links = app.get("/.well-known/nodeinfo").await.json::<Value>().await.unwrap();
    assert_eq!(links["links"][0]["href"], app.url("/nodeinfo/2.1"));
    let info = app.get("/nodeinfo/2.1").await.json::<Value>().await.unwrap();
    assert_eq!(info["software"]["name"], "muster");
    assert_eq!(info["protocols"], json!(["activitypub"]));
    assert_eq!(info["metadata"]["publicGroups"], 1);

    // With federation off, none of it exists.
    let off = TestApp::spawn_with(backend, |s| s.federation = false).await;
    let bob = off.person("Bob", "bob@example.org").await;
    create_group(&bob, group_in_leeds("pyleeds", json!({}))).await;
    let host = off.url("").trim_start_matches("http://").to_owned();
    assert_eq!(off.get(&format!("/.well-known/webfinger?resource=acct:pyleeds@{host}")).await.status(), 404);
    assert_eq!(ap_get(&off, "/g/pyleeds").await.status(), 404);
    app.allow_unsent_mail();
    off.allow_unsent_mail();
});

backend_test!(async fn deliveries_to_a_failing_server_wait_for_it(backend) {
    let peer = Peer::start();
    let app = TestApp::spawn_with(backend, |s| s.federation_allow_private_addresses = true).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let group_id = app.url("/g/pyleeds");
    peer.control("follow", json!({"as": "alice", "target": group_id})).await;
    peer.control("follow", json!({"as": "bob", "target": group_id})).await;
    assert_eq!(delivered(&app, &peer, 0).await.len(), 2, "two Accepts");
    // The peer's server goes away; three meetups are published meanwhile.
    drop(peer);
    for day in [13, 20, 27] {
        create_event(&ada, "pyleeds", json!({
            "title": format!("January {day}"),
            "starts_at": format!("2027-01-{day}T18:30:00Z"), "ends_at": format!("2027-01-{day}T21:00:00Z")
        })).await;
    }
    app.deliver_mail().await;
    let pending = app.db.read(|c| muster_db::outbox::list(c, Some(muster_db::outbox::Status::Pending), 50)).await.unwrap();
    let pending: Vec<_> = pending.into_iter().filter(|r| r.kind == "activitypub").collect();
    assert_eq!(pending.len(), 3, "one delivery per meetup (the followers share a shared inbox)");
    // One was tried and failed; the others waited for its server without being tried.
    let tried: Vec<_> = pending.iter().filter(|r| r.attempts == 1).collect();
    assert_eq!(tried.len(), 1, "{pending:?}");
    let until = tried[0].run_after;
    for row in &pending {
        assert!(row.run_after >= until, "{row:?} is tried before its server's back-off ends");
        if row.attempts == 0 {
            assert_eq!(row.last_error.as_deref(), Some("its server was failing"), "{row:?}");
        }
    }
    // Nothing is due until then.
    let due = app.db.read(move |c| muster_db::outbox::any_claimable(c, muster_core::Timestamp::parse_rfc3339(muster_e2e::START).unwrap())).await.unwrap();
    assert!(!due, "a delivery to the failing server is due before its back-off ends");
    let health = muster::commands::federation_admin(&app.db, muster::cli::FederationAction::Health).await.unwrap().join("\n");
    assert!(health.contains("/inbox: "), "the failing inbox is listed: {health}");
    app.allow_unsent_mail();
});
