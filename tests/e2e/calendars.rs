//! Calendar feeds over real HTTP, read back by three independent parsers (the `ical` crate,
//! Python's `icalendar` and `vobject`) and compared with the database: a public group's feed,
//! one event's file, the instance feed, and a member's private feed with its token's life.

use muster_core::{id::EventId, policy::MembershipStatus, roles::Role};
use muster_db::{
    events::{self, EventRow},
    schema::feed_tokens,
};
use muster_e2e::{
    Person, TestApp, answer, backend_test, create_event, create_group,
    ical_parsers::{ParsedCalendar, ParsedEvent, parse_with_ical_crate, parse_with_python},
    join, json_body, with_changes,
};
use reqwest::{Method, header};
use serde_json::{Value, json};

/// The fields of group `slug` in Berlin, named "Py `slug`" (Europe/Berlin): open when
/// `visibility` is `public`, by invitation otherwise.
fn berlin_group(slug: &str, visibility: &str) -> Value {
    json!({
        "slug": slug, "name": format!("Py {slug}"), "timezone": "Europe/Berlin",
        "join_mode": if visibility == "public" { "open" } else { "invite" },
        "visibility": visibility, "city": "Berlin"
    })
}

/// The fields of the feeds' spring meetup at c-base (one seat), with `changes` laid over them.
fn spring_meetup(changes: Value) -> Value {
    let base = json!({
        "title": "Spring meetup",
        "description": "Talks and pizza.\nBring a friend; or two, or three.",
        "starts_at": "2027-03-25T18:00:00Z",
        "ends_at": "2027-03-25T20:30:00Z",
        "timezone": "Europe/Berlin",
        "venue": {"name": "c-base", "address": "Rungestraße 20, Berlin", "lat": 52.51299, "lon": 13.42003},
        "capacity": 1
    });
    with_changes(base, changes)
}

/// The path of a private feed's URL (`…/feeds/{token}/…`), to request from the test app.
fn feed_path(url: &str) -> String {
    url.split_once("/feeds/")
        .map(|(_, p)| format!("/feeds/{p}"))
        .unwrap()
}

async fn row(app: &TestApp, id: &str) -> EventRow {
    let id = EventId::parse(id).unwrap();
    app.db
        .read(move |c| events::find(c, id))
        .await
        .unwrap()
        .unwrap()
}

fn utc(t: muster_core::Timestamp) -> String {
    t.as_datetime().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Reads `text` with all three parsers; each must read the same events.
fn parse_all(text: &str) -> [ParsedCalendar; 3] {
    let rust = parse_with_ical_crate(text);
    let (icalendar, vobject) = parse_with_python(&[text]).pop().unwrap();
    [rust, icalendar, vobject]
}

fn find<'a>(calendar: &'a ParsedCalendar, id: &str) -> &'a ParsedEvent {
    calendar
        .events
        .iter()
        .find(|e| {
            e.uid
                .as_deref()
                .is_some_and(|u| u.starts_with(&format!("{id}@")))
        })
        .unwrap_or_else(|| panic!("no event {id} in {:?}", calendar.events))
}

/// What every parser must read for `row`.
fn assert_matches(parsed: &ParsedEvent, row: &EventRow, summary: &str, status: &str) {
    assert_eq!(parsed.summary.as_deref(), Some(summary));
    assert_eq!(parsed.status.as_deref(), Some(status));
    assert_eq!(parsed.sequence, Some(i64::from(row.sequence)));
    assert_eq!(
        parsed.start_utc.as_deref(),
        Some(utc(row.starts_at).as_str())
    );
    assert_eq!(parsed.end_utc.as_deref(), Some(utc(row.ends_at).as_str()));
    assert_eq!(
        parsed.last_modified.as_deref(),
        Some(utc(row.updated_at).as_str())
    );
    assert!(
        parsed
            .url
            .as_deref()
            .unwrap()
            .ends_with(&format!("/events/{}", row.id)),
        "{:?}",
        parsed.url
    );
    assert_eq!(parsed.alarms, 0);
}

async fn get_text(person: &Person, path: &str) -> (reqwest::StatusCode, header::HeaderMap, String) {
    let response = person.get(path).await;
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

backend_test!(async fn a_group_feed_reads_the_same_in_every_parser_and_follows_edits(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, berlin_group("berlin", "public")).await;
    // Before and after Europe/Berlin moves to summer time (2027-03-28 01:00 UTC): both at 19:00.
    let winter = create_event(&ada, "berlin", spring_meetup(json!({}))).await.id;
    let summer = create_event(&ada, "berlin", spring_meetup(json!({
        "title": "Sprint, \"tests\"; docs \\ more", "starts_at": "2027-04-01T17:00:00Z",
        "ends_at": "2027-04-01T19:00:00Z"
    })))
    .await.id;
    let cancelled = create_event(&ada, "berlin", spring_meetup(json!({"title": "Summer party", "starts_at": "2027-06-10T16:00:00Z", "ends_at": "2027-06-10T20:00:00Z"}))).await.id;
    let draft = create_event(&ada, "berlin", spring_meetup(json!({"title": "Secret draft", "draft": true}))).await.id;
    let response = ada
        .post(&format!("/api/v1/events/{cancelled}/cancel"), &json!({"reason": "The venue closed."}))
        .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());

    let visitor = app.visitor();
    let (status, headers, text) = get_text(&visitor, "/g/berlin/events.ics").await;
    assert_eq!(status, 200);
    assert_eq!(headers[header::CONTENT_TYPE], "text/calendar; charset=utf-8");
    assert!(headers[header::ETAG].to_str().unwrap().starts_with('"'), "a strong ETag");
    assert!(headers.contains_key(header::LAST_MODIFIED));
    assert!(!text.contains("Secret draft"));
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));

    for calendar in parse_all(&text) {
        assert_eq!(calendar.props["METHOD"], "PUBLISH");
        assert_eq!(calendar.props["VERSION"], "2.0");
        assert_eq!(calendar.props["X-WR-CALNAME"], "Py berlin");
        assert_eq!(calendar.props["X-WR-TIMEZONE"], "Europe/Berlin");
        assert!(calendar.props.contains_key("REFRESH-INTERVAL"));
        assert!(calendar.props.contains_key("X-PUBLISHED-TTL"));
        assert_eq!(calendar.events.len(), 3, "drafts are not published");
        let e = find(&calendar, &winter);
        assert_matches(e, &row(&app, &winter).await, "Spring meetup", "CONFIRMED");
        assert_eq!(e.start_utc.as_deref(), Some("2027-03-25T18:00:00Z"), "19:00 CET");
        assert_eq!(e.start_tzid.as_deref(), Some("Europe/Berlin"));
        assert_eq!(e.location.as_deref(), Some("c-base, Rungestraße 20, Berlin"));
        assert_eq!(e.geo, Some((52.51299, 13.42003)));
        assert_eq!(e.organizer_cn.as_deref(), Some("Py berlin"));
        assert!(e.description.as_deref().unwrap().starts_with("Talks and pizza.\nBring a friend; or two, or three."));
        let s = find(&calendar, &summer);
        assert_matches(s, &row(&app, &summer).await, "Sprint, \"tests\"; docs \\ more", "CONFIRMED");
        assert_eq!(s.start_utc.as_deref(), Some("2027-04-01T17:00:00Z"), "19:00 CEST");
        let c = find(&calendar, &cancelled);
        assert_matches(c, &row(&app, &cancelled).await, "Cancelled: Summer party", "CANCELLED");
        assert_eq!(c.sequence, Some(1), "cancelling is a change of status");
        assert!(c.description.as_deref().unwrap().contains("The venue closed."));
    }
    // The local wall-clock time is the same on both sides of the change.
    assert!(text.contains("DTSTART;TZID=Europe/Berlin:20270325T190000\r\n"));
    assert!(text.contains("DTSTART;TZID=Europe/Berlin:20270401T190000\r\n"));

    // A move: the time changes, SEQUENCE grows, and the ETag with it.
    let etag = headers[header::ETAG].to_str().unwrap().to_owned();
    app.advance(chrono::Duration::minutes(5));
    let response = ada
        .send(Method::PATCH, &format!("/api/v1/events/{winter}"), &json!({
            "starts_at": "2027-03-26T18:00:00Z", "ends_at": "2027-03-26T20:00:00Z"
        }))
        .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    let retitled = ada
        .send(Method::PATCH, &format!("/api/v1/events/{summer}"), &json!({"title": "Sprint night"}))
        .await;
    assert_eq!(retitled.status(), 200);
    let (_, headers, text) = get_text(&visitor, "/g/berlin/events.ics").await;
    assert_ne!(headers[header::ETAG].to_str().unwrap(), etag);
    let moved = row(&app, &winter).await;
    assert_eq!(moved.sequence, 1);
    for calendar in parse_all(&text) {
        let e = find(&calendar, &winter);
        assert_matches(e, &moved, "Spring meetup", "CONFIRMED");
        assert_eq!(e.start_utc.as_deref(), Some("2027-03-26T18:00:00Z"));
        let s = find(&calendar, &summer);
        assert_eq!(s.summary.as_deref(), Some("Sprint night"));
        assert_eq!(s.sequence, Some(0), "a new title is not a change of time, place or status");
    }
    let _ = draft;
});

backend_test!(async fn feeds_answer_conditional_requests_with_304(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, berlin_group("berlin", "public")).await;
    let id = create_event(&ada, "berlin", spring_meetup(json!({}))).await.id;
    let client = TestApp::new_client();
    for path in ["/g/berlin/events.ics", "/events.ics", &format!("/g/berlin/events/{id}.ics")] {
        let first = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(first.status(), 200, "{path}");
        let etag = first.headers()[header::ETAG].clone();
        let modified = first.headers()[header::LAST_MODIFIED].clone();
        let again = client
            .get(app.url(path))
            .header(header::IF_NONE_MATCH, etag.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}: If-None-Match");
        assert_eq!(again.headers()[header::ETAG], etag);
        assert!(again.text().await.unwrap().is_empty());
        let since = client
            .get(app.url(path))
            .header(header::IF_MODIFIED_SINCE, modified)
            .send()
            .await
            .unwrap();
        assert_eq!(since.status(), 304, "{path}: If-Modified-Since");
        let other = client
            .get(app.url(path))
            .header(header::IF_NONE_MATCH, "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 200, "{path}: another ETag gets the feed");
    }
    // After an edit the old ETag no longer matches.
    let first = client.get(app.url("/g/berlin/events.ics")).send().await.unwrap();
    let etag = first.headers()[header::ETAG].clone();
    app.advance(chrono::Duration::seconds(2));
    let response = ada
        .send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"title": "Renamed"}))
        .await;
    assert_eq!(response.status(), 200);
    let after = client
        .get(app.url("/g/berlin/events.ics"))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 200);
    assert!(after.text().await.unwrap().contains("SUMMARY:Renamed"));
});

backend_test!(async fn private_groups_stay_out_of_public_feeds(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    create_group(&ada, berlin_group("open", "public")).await;
    create_group(&ada, berlin_group("hidden", "private")).await;
    let public_event = create_event(&ada, "open", spring_meetup(json!({"title": "Open meetup", "starts_at": "2026-12-01T18:00:00Z", "ends_at": "2026-12-01T20:00:00Z"}))).await.id;
    let private_event = create_event(&ada, "hidden", spring_meetup(json!({"title": "Hidden meetup", "starts_at": "2026-12-02T18:00:00Z", "ends_at": "2026-12-02T20:00:00Z"}))).await.id;

    let visitor = app.visitor();
    let (status, _, _) = get_text(&visitor, "/g/hidden/events.ics").await;
    assert_eq!(status, 404);
    let (status, _, _) = get_text(&ada, "/g/hidden/events.ics").await;
    assert_eq!(status, 404, "no public feed for a private group, even for its organizer");
    let (status, _, _) = get_text(&visitor, &format!("/g/hidden/events/{private_event}.ics")).await;
    assert_eq!(status, 404);
    let (status, _, _) = get_text(&bob, &format!("/g/hidden/events/{private_event}.ics")).await;
    assert_eq!(status, 404, "not a member");
    let (status, headers, text) = get_text(&ada, &format!("/g/hidden/events/{private_event}.ics")).await;
    assert_eq!(status, 200, "the organizer may download it");
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().starts_with("private"));
    assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert_eq!(parse_all(&text)[2].events.len(), 1);

    let (status, _, text) = get_text(&visitor, "/events.ics").await;
    assert_eq!(status, 200);
    for calendar in parse_all(&text) {
        let titles: Vec<_> = calendar.events.iter().map(|e| e.summary.clone().unwrap()).collect();
        assert_eq!(titles, ["Open meetup"]);
        find(&calendar, &public_event);
    }
    assert!(!text.contains("Hidden"));
    // A group that turns private leaves the instance feed at once.
    let response = ada
        .send(Method::PATCH, "/api/v1/groups/open", &json!({"visibility": "private", "join_mode": "invite"}))
        .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    let (_, _, text) = get_text(&visitor, "/events.ics").await;
    assert_eq!(parse_with_ical_crate(&text).events.len(), 0);
    let (status, _, _) = get_text(&visitor, "/g/open/events.ics").await;
    assert_eq!(status, 404);
});

backend_test!(async fn a_members_private_feed_follows_their_answers_and_their_token(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    let cy = app.person("Cy", "cy@example.org").await;
    create_group(&ada, berlin_group("open", "public")).await;
    create_group(&ada, berlin_group("hidden", "private")).await;
    for person in [&bob, &cy] {
        join(person, "open").await;
    }
    // Bob joins the private group by invitation-free approval: the organizer adds him.
    let going = create_event(&ada, "open", spring_meetup(json!({"title": "Going one", "online_url": "https://meet.example.org/secret-room"}))).await.id;
    let full = create_event(&ada, "open", spring_meetup(json!({"title": "Full one", "starts_at": "2027-03-26T18:00:00Z", "ends_at": "2027-03-26T20:00:00Z"}))).await.id;
    let unanswered = create_event(&ada, "open", spring_meetup(json!({"title": "Unanswered one", "starts_at": "2027-03-27T18:00:00Z", "ends_at": "2027-03-27T20:00:00Z"}))).await.id;
    for (person, event) in [(&bob, &going), (&cy, &full), (&bob, &full)] {
        answer(person, event, "yes").await;
    }

    // No feed yet.
    let status = bob.get_json("/api/v1/me/feed").await;
    assert_eq!(status["enabled"], false);
    let created = bob.post("/api/v1/me/feed", &json!({})).await;
    assert_eq!(created.status(), 201);
    assert_eq!(created.headers()["referrer-policy"], "no-referrer");
    let created = json_body(created).await;
    let url = created["url"].as_str().unwrap().to_owned();
    assert!(created["webcal_url"].as_str().unwrap().starts_with("webcal://"));
    let path = feed_path(&url);
    let token = path.split('/').nth(2).unwrap().to_owned();
    assert!(token.len() >= 43, "256 random bits");
    let stored: Vec<String> = app
        .db
        .read(|c| {
            use diesel::{QueryDsl, RunQueryDsl};
            Ok(muster_db::schema::feed_tokens::table
                .select(muster_db::schema::feed_tokens::token_hash)
                .load(c)?)
        })
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token, "only a hash is stored");

    let visitor = app.visitor();
    let (status, headers, text) = get_text(&visitor, &path).await;
    assert_eq!(status, 200);
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().starts_with("private"));
    for calendar in parse_all(&text) {
        assert_eq!(calendar.events.len(), 2, "{:?}", calendar.events);
        let g = find(&calendar, &going);
        assert_matches(g, &row(&app, &going).await, "Going one", "CONFIRMED");
        assert!(g.description.as_deref().unwrap().contains("https://meet.example.org/secret-room"), "going: the online link");
        let f = find(&calendar, &full);
        assert_matches(f, &row(&app, &full).await, "Waitlist: Full one", "TENTATIVE");
        assert!(!f.description.as_deref().unwrap().contains("meet.example.org"));
    }
    // 304 for the same content.
    let etag = headers[header::ETAG].clone();
    let again = visitor
        .client
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["referrer-policy"], "no-referrer");

    // Every event of his groups, when he asks for it.
    let updated = bob
        .send(Method::PATCH, "/api/v1/me/feed", &json!({"all_group_events": true}))
        .await;
    assert_eq!(updated.status(), 200);
    let (_, _, text) = get_text(&visitor, &path).await;
    let calendar = parse_with_ical_crate(&text);
    assert_eq!(calendar.events.len(), 3);
    assert_eq!(find(&calendar, &unanswered).summary.as_deref(), Some("Unanswered one"));

    // A private group's events appear here while he is a member, and leave with him.
    let hidden = create_event(&ada, "hidden", spring_meetup(json!({"title": "Hidden one"}))).await.id;
    app.add_membership("hidden", &bob.id, Role::Member, MembershipStatus::Active).await;
    let (_, _, text) = get_text(&visitor, &path).await;
    find(&parse_with_ical_crate(&text), &hidden);
    let left = bob.post("/api/v1/groups/hidden/leave", &json!({})).await;
    assert!(left.status().is_success(), "{}", left.text().await.unwrap());
    let (_, _, text) = get_text(&visitor, &path).await;
    assert!(!text.contains("Hidden one"), "left the private group: its events are gone");

    // A new link replaces the old one, which answers 404 at once.
    let rotated = json_body(bob.post("/api/v1/me/feed", &json!({"all_group_events": false})).await).await;
    let new_path = feed_path(rotated["url"].as_str().unwrap());
    assert_ne!(new_path, path);
    let (status, headers, _) = get_text(&visitor, &path).await;
    assert_eq!(status, 404);
    assert_eq!(headers["referrer-policy"], "no-referrer");
    let (status, _, _) = get_text(&visitor, &new_path).await;
    assert_eq!(status, 200);
    // The token opens nothing else.
    let mut as_bearer = visitor.clone();
    as_bearer.client = TestApp::new_client();
    let response = as_bearer
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(new_path.split('/').nth(2).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    // Revoked: 404, and the API says so.
    let revoked = bob.send(Method::DELETE, "/api/v1/me/feed", &json!({})).await;
    assert_eq!(revoked.status(), 204);
    let (status, _, _) = get_text(&visitor, &new_path).await;
    assert_eq!(status, 404);
    assert_eq!(bob.get_json("/api/v1/me/feed").await["enabled"], false);
    let again = bob.send(Method::DELETE, "/api/v1/me/feed", &json!({})).await;
    assert_eq!(again.status(), 404);
    // Anonymous callers cannot manage feeds.
    let anonymous = visitor.post("/api/v1/me/feed", &json!({})).await;
    assert_eq!(anonymous.status(), 401);
});

backend_test!(async fn a_members_feed_changes_when_their_answer_does(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    let cy = app.person("Cy", "cy@example.org").await;
    create_group(&ada, berlin_group("open", "public")).await;
    join(&bob, "open").await;
    join(&cy, "open").await;
    let event = create_event(&ada, "open", spring_meetup(json!({"title": "Full one", "online_url": "https://meet.example.org/room"}))).await.id;
    answer(&cy, &event, "yes").await;
    answer(&bob, &event, "yes").await; // one seat: Bob waits
    let path = feed_path(json_body(bob.post("/api/v1/me/feed", &json!({})).await).await["url"].as_str().unwrap());
    let visitor = app.visitor();
    let (_, headers, text) = get_text(&visitor, &path).await;
    let waiting = parse_with_ical_crate(&text);
    assert_eq!(find(&waiting, &event).status.as_deref(), Some("TENTATIVE"));
    let etag = headers[header::ETAG].clone();
    let modified = headers[header::LAST_MODIFIED].clone();

    // Cy says no: Bob is promoted. His copy is stale by either validator.
    app.advance(chrono::Duration::minutes(3));
    answer(&cy, &event, "no").await;
    for (name, value) in [(header::IF_NONE_MATCH, etag.clone()), (header::IF_MODIFIED_SINCE, modified.clone())] {
        let response = visitor.client.get(app.url(&path)).header(name.clone(), value).send().await.unwrap();
        assert_eq!(response.status(), 200, "{name}: the answer changed");
    }
    let (_, headers, text) = get_text(&visitor, &path).await;
    for calendar in parse_all(&text) {
        let e = find(&calendar, &event);
        assert_eq!(e.status.as_deref(), Some("CONFIRMED"));
        assert_eq!(e.summary.as_deref(), Some("Full one"));
        assert!(e.description.as_deref().unwrap().contains("https://meet.example.org/room"), "going: the link");
        let stamp = e.dtstamp.clone().unwrap();
        let waiting_stamp = find(&waiting, &event).dtstamp.clone().unwrap();
        assert!(stamp > waiting_stamp, "a newer DTSTAMP tells clients this is an update: {stamp} vs {waiting_stamp}");
    }
    // Unchanged since: 304 by either validator.
    let etag = headers[header::ETAG].clone();
    let modified = headers[header::LAST_MODIFIED].clone();
    for (name, value) in [(header::IF_NONE_MATCH, etag), (header::IF_MODIFIED_SINCE, modified)] {
        let response = visitor.client.get(app.url(&path)).header(name.clone(), value).send().await.unwrap();
        assert_eq!(response.status(), 304, "{name}");
        assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    }
    // And Bob heard of it by email too (besides the announcement and his waitlist place).
    let mail = app.deliver_and_collect().await;
    let promoted: Vec<_> = mail.iter().filter(|m| m.to == "bob@example.org" && m.subject.starts_with("You're in")).collect();
    assert_eq!(promoted.len(), 1, "{mail:#?}");
});

backend_test!(async fn only_anonymous_event_files_may_be_cached_by_others(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    create_group(&ada, berlin_group("open", "public")).await;
    join(&bob, "open").await;
    let event = create_event(&ada, "open", spring_meetup(json!({"online_url": "https://meet.example.org/room"}))).await.id;
    let path = format!("/g/open/events/{event}.ics");
    let (status, headers, text) = get_text(&app.visitor(), &path).await;
    assert_eq!(status, 200);
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().starts_with("public"));
    assert!(!text.contains("meet.example.org"));
    answer(&bob, &event, "yes").await;
    let (status, headers, text) = get_text(&bob, &path).await;
    assert_eq!(status, 200);
    assert!(headers[header::CACHE_CONTROL].to_str().unwrap().starts_with("private"), "Bob's copy has his link");
    assert!(text.contains("meet.example.org"));
    let organizer = get_text(&ada, &path).await;
    assert!(organizer.1[header::CACHE_CONTROL].to_str().unwrap().starts_with("private"));
    assert!(organizer.2.contains("meet.example.org"), "organizers see the link");
});

backend_test!(async fn feed_options_and_account_deletion(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bob = app.person("Bob", "bob@example.org").await;
    create_group(&ada, berlin_group("open", "public")).await;
    join(&bob, "open").await;
    create_event(&ada, "open", spring_meetup(json!({"title": "Unanswered"}))).await;

    // No feed yet: options cannot be set.
    let patched = bob.send(Method::PATCH, "/api/v1/me/feed", &json!({"all_group_events": true})).await;
    assert_eq!(patched.status(), 404);
    assert_eq!(json_body(patched).await["code"], "no_feed");
    let missing = bob.send(Method::PATCH, "/api/v1/me/feed", &json!({})).await;
    assert_eq!(missing.status(), 422);
    assert!(json_body(missing).await["fields"]["all_group_events"].is_string());

    let path = feed_path(json_body(bob.post("/api/v1/me/feed", &json!({})).await).await["url"].as_str().unwrap());
    let count = |text: &str| parse_with_ical_crate(text).events.len();
    assert_eq!(count(&get_text(&app.visitor(), &path).await.2), 0, "no answers yet");
    // The settings form turns "every event of my groups" on and off.
    let on = bob.submit_form("/account/settings", "/account/feed/options", &[("all_group_events", "1")]).await;
    assert_eq!(on.status(), 303);
    assert_eq!(bob.get_json("/api/v1/me/feed").await["all_group_events"], true);
    assert_eq!(count(&get_text(&app.visitor(), &path).await.2), 1);
    let off = bob.submit_form("/account/settings", "/account/feed/options", &[]).await;
    assert_eq!(off.status(), 303);
    assert_eq!(bob.get_json("/api/v1/me/feed").await["all_group_events"], false);
    assert_eq!(count(&get_text(&app.visitor(), &path).await.2), 0);

    // Deleting the account deletes the token itself, not only its use.
    assert_eq!(app.count_rows(feed_tokens::table).await, 1);
    let deleted = bob.send(Method::DELETE, "/api/v1/me", &json!({"password": muster_e2e::PASSWORD})).await;
    assert_eq!(deleted.status(), 204);
    assert_eq!(app.count_rows(feed_tokens::table).await, 0);
    assert_eq!(get_text(&app.visitor(), &path).await.0, 404);
});

backend_test!(async fn the_settings_page_makes_shows_once_and_turns_off_the_feed(backend) {
    let app = TestApp::spawn(backend).await;
    let bob = app.person("Bob", "bob@example.org").await;
    let page = bob.get("/account/settings").await.text().await.unwrap();
    assert!(page.contains("Make my calendar feed link"));
    let made = bob.submit_form("/account/settings", "/account/feed", &[("all_group_events", "1")]).await;
    assert_eq!(made.status(), 200);
    assert_eq!(made.headers()["referrer-policy"], "no-referrer");
    let page = made.text().await.unwrap();
    let link = page
        .split("webcal://")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let path = feed_path(&link);
    assert_eq!(get_text(&app.visitor(), &path).await.0, 200);
    let settings = bob.get("/account/settings").await.text().await.unwrap();
    assert!(settings.contains("Get a new link"));
    assert!(!settings.contains(&path), "the link is shown only once");
    let off = bob.submit_form("/account/settings", "/account/feed/revoke", &[]).await;
    assert_eq!(off.status(), 303, "back to the settings");
    assert_eq!(off.headers()[header::LOCATION], "/account/settings?notice=feed_revoked#calendar");
    assert_eq!(get_text(&app.visitor(), &path).await.0, 404);
});

backend_test!(async fn hostile_text_cannot_break_or_inject_into_a_feed(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, berlin_group("berlin", "public")).await;
    // What the input validation lets through (it refuses control characters and line breaks
    // in titles); the renderer's own sanitising of everything else is the property test below.
    let title = "Evil: BEGIN:VEVENT; UID:x, \\ 🐍 ünïcödé ".repeat(6);
    let description = "Line one\r\nEND:VCALENDAR\r\nBEGIN:VALARM\nACTION:DISPLAY\\;,".to_owned() + &"ß🐍".repeat(300);
    let hostile = create_event(&ada, "berlin", spring_meetup(json!({
        "title": title.chars().take(120).collect::<String>(),
        "description": description,
        "venue": {"name": "Room BEGIN:VALARM", "address": "Street; 1, \\ City\r\nEND:VEVENT"}
    })))
    .await.id;
    let stored = row(&app, &hostile).await;
    let (status, _, text) = get_text(&app.visitor(), "/g/berlin/events.ics").await;
    assert_eq!(status, 200);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded: {line:?}");
        assert!(!line.contains('\r') && !line.contains('\n'));
    }
    // Content lines, not text: a fold may well fall just after "BEGIN:VEVENT" inside the title.
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
    assert!(!lines.iter().any(|l| l.starts_with("BEGIN:VALARM") || l.starts_with("END:VEVENT;")));
    for calendar in parse_all(&text) {
        assert_eq!(calendar.events.len(), 1);
        let e = find(&calendar, &hostile);
        assert_eq!(e.alarms, 0);
        assert_eq!(e.summary.as_deref(), Some(muster_ical::clean_text(&stored.title).as_str()));
        assert!(
            e.description
                .as_deref()
                .unwrap()
                .starts_with(&muster_ical::clean_text(&stored.description)),
            "{:?}",
            e.description
        );
        assert_eq!(e.location.as_deref().map(|l| l.contains("BEGIN:VALARM")), Some(true), "kept as text, not a component");
    }
});

/// Any title, description, location, URL, zone and time: every parser reads back exactly one
/// event per calendar, with the same text (as [`muster_ical::clean_text`] leaves it) and the same
/// instants. Cases are generated up front so the Python parsers read them all in one process.
#[test]
fn arbitrary_values_read_back_exactly_in_every_parser() {
    use proptest::{
        prelude::*,
        strategy::ValueTree,
        test_runner::{Config, TestRunner},
    };

    let piece = prop_oneof![
        4 => any::<char>().prop_map(String::from),
        1 => Just("\r\n".to_owned()),
        1 => Just("\r".to_owned()),
        1 => Just("\n".to_owned()),
        1 => prop::sample::select(vec![",", ";", "\\", ":", "\"", "\t", " ", "\u{0}", "\u{7f}", "\u{85}", "\u{2028}"]).prop_map(str::to_owned),
        1 => Just("\r\nBEGIN:VEVENT\r\nUID:x\r\n".to_owned()),
        1 => Just("\r\nEND:VCALENDAR\r\nBEGIN:VALARM\r\n".to_owned()),
        1 => Just("🐍👩‍👩‍👧ünï".to_owned()),
    ];
    let text = prop::collection::vec(piece, 0..60).prop_map(|p| p.concat());
    let zones = prop::sample::select(vec![
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::UTC,
    ]);
    // 2026-01-01 … 2028-12-31, any minute; up to ten hours long.
    let start = (1_767_225_600i64..1_861_833_600).prop_map(|s| s - s % 60);
    let case = (
        text.clone(),
        text.clone(),
        text.clone(),
        text,
        zones,
        start,
        0i64..600,
    );
    let mut runner = TestRunner::new(Config {
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x6d75_7374),
        ..Config::default()
    });
    let cases: Vec<_> = (0..300)
        .map(|_| case.new_tree(&mut runner).unwrap().current())
        .collect();

    let rendered: Vec<String> = cases
        .iter()
        .enumerate()
        .map(
            |(i, (title, description, location, url_tail, zone, start, minutes))| {
                let starts_at = chrono::DateTime::from_timestamp(*start, 0).unwrap();
                let url = format!("https://example.org/{url_tail}");
                let uid = format!("case-{i}@example.org");
                let event = muster_ical::Event {
                    uid: &uid,
                    stamp: starts_at,
                    starts_at,
                    ends_at: starts_at + chrono::Duration::minutes(*minutes),
                    timezone: *zone,
                    sequence: 2,
                    created: None,
                    last_modified: starts_at,
                    status: muster_ical::Status::Confirmed,
                    summary: title,
                    description,
                    location: Some(location),
                    geo: None,
                    url: Some(&url),
                    organizer: Some(muster_ical::Organizer {
                        name: title,
                        email: "org@example.org",
                        sent_by: None,
                    }),
                    attendee: None,
                };
                let calendar = muster_ical::Calendar {
                    product: "-//Muster//test//EN",
                    method: muster_ical::Method::Publish,
                    name: Some(title),
                    description: None,
                    timezone: Some(*zone),
                    refresh: None,
                };
                muster_ical::render(&calendar, &[event])
            },
        )
        .collect();
    let texts: Vec<&str> = rendered.iter().map(String::as_str).collect();
    let python = parse_with_python(&texts);

    for (i, ((title, description, location, url_tail, _zone, start, minutes), text)) in
        cases.iter().zip(&rendered).enumerate()
    {
        let starts_at = chrono::DateTime::from_timestamp(*start, 0).unwrap();
        let ends_at = starts_at + chrono::Duration::minutes(*minutes);
        let url = format!("https://example.org/{url_tail}");
        let clean_location = muster_ical::clean_text(location);
        let (icalendar, vobject) = &python[i];
        // The `ical` crate (0.11) drops (Unicode) white space at the end of a value and colons
        // at its start (RFC 5545 allows both in TEXT; the Python parsers keep them): compare its text
        // without them.
        let trimmed = |parser: &str, s: String| {
            if parser == "ical" {
                // It trims the raw line, where a newline is still the escape `\n`.
                s.trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
                    .trim_start_matches(':')
                    .to_owned()
            } else {
                s
            }
        };
        for (parser, calendar) in [
            ("ical", &parse_with_ical_crate(text)),
            ("icalendar", icalendar),
            ("vobject", vobject),
        ] {
            let context = format!("case {i}, {parser}: {cases:?}\n{text}", cases = cases[i]);
            assert_eq!(calendar.events.len(), 1, "{context}");
            let e = &calendar.events[0];
            assert_eq!(
                e.uid.as_deref(),
                Some(format!("case-{i}@example.org").as_str()),
                "{context}"
            );
            assert_eq!(
                e.summary.clone().unwrap_or_default(),
                trimmed(parser, muster_ical::clean_text(title)),
                "{context}"
            );
            let expected_description = trimmed(parser, muster_ical::clean_text(description));
            assert_eq!(
                e.description.clone().unwrap_or_default(),
                expected_description,
                "{context}"
            );
            let expected_location = (!clean_location.trim().is_empty())
                .then(|| trimmed(parser, clean_location.clone()));
            assert_eq!(e.location, expected_location, "{context}");
            let url_ok = !url.chars().any(|c| c.is_control() || c.is_whitespace());
            assert_eq!(
                e.url.as_deref(),
                url_ok.then_some(url.as_str()),
                "{context}"
            );
            assert_eq!(
                e.start_utc.as_deref(),
                Some(starts_at.format("%Y-%m-%dT%H:%M:%SZ").to_string().as_str()),
                "{context}"
            );
            assert_eq!(
                e.end_utc.as_deref(),
                Some(ends_at.format("%Y-%m-%dT%H:%M:%SZ").to_string().as_str()),
                "{context}"
            );
            assert_eq!(e.sequence, Some(2), "{context}");
            assert_eq!(e.alarms, 0, "{context}");
        }
    }
}
