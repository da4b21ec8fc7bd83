//! The group's numbers (issue 19): members over time, who said yes and who came, new and
//! returning attendees, the busiest weekday and time, email turned off; as a page with SVG
//! charts and tables, a CSV and the API, for the people who run the group's events only.

use muster_core::{policy::MembershipStatus, roles::Role};
use muster_e2e::{
    TestApp, ada_organizing, answer, backend_test, create_event, create_group, joined_member,
    tech_hub_meetup,
};
use reqwest::Method;
use serde_json::json;

backend_test!(async fn organizers_see_how_their_group_is_doing(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let ken = joined_member(&app, "pyleeds", "Ken").await;
    // Two Wednesday evenings in London, and a Saturday morning.
    let mut events = Vec::new();
    for (title, starts, ends) in [
        ("First", "2026-11-04T18:30", "2026-11-04T21:00"),
        ("Second", "2026-11-11T18:30", "2026-11-11T21:00"),
        ("Saturday \"=hack\" morning", "2026-11-14T10:00", "2026-11-14T12:00"),
    ] {
        let fields = tech_hub_meetup("1 Park Row, Leeds", json!({"title": title, "starts_at": starts, "ends_at": ends}));
        events.push(create_event(&ada, "pyleeds", fields).await.id);
    }
    for person in [&grace, &carol] {
        answer(person, &events[0], "yes").await;
    }
    for person in [&grace, &carol, &ken] {
        answer(person, &events[1], "yes").await;
    }
    answer(&ken, &events[2], "yes").await;
    // Ken turns reminders off; Carol all email.
    assert_eq!(ken.send(Method::PUT, "/api/v1/me/notifications", &json!({"only_account_email": false, "groups": [{"group": "pyleeds", "announcements": true, "reminders": false, "messages": true}]})).await.status(), 200);
    assert_eq!(carol.send(Method::PUT, "/api/v1/me/notifications", &json!({"only_account_email": true, "groups": []})).await.status(), 200);
    // The door: Grace came to both Wednesdays, Carol missed the first.
    app.advance(chrono::Duration::days(10));
    for (event, person, attendance) in [(0, &grace, "attended"), (0, &carol, "no_show"), (1, &grace, "attended"), (1, &carol, "attended"), (1, &ken, "attended")] {
        let marked = ada.send(Method::PUT, &format!("/api/v1/events/{}/attendees/{}/attendance", events[event], person.id), &json!({"attendance": attendance})).await;
        assert_eq!(marked.status(), 204, "{event} {}", person.email);
    }
    app.advance(chrono::Duration::days(5));

    let n = ada.get_json("/api/v1/groups/pyleeds/numbers").await;
    assert_eq!(n["members"], 4);
    let by_month = n["members_by_month"].as_array().unwrap();
    assert_eq!((by_month.len(), by_month[11]["month"].as_str(), by_month[11]["members"].as_i64()), (12, Some("2026-11"), Some(4)));
    assert_eq!(by_month[10]["members"], 0, "nobody had joined by the end of October");
    let per: Vec<(i64, i64, i64, i64)> = n["events"].as_array().unwrap().iter()
        .map(|e| (e["going"].as_i64().unwrap(), e["attended"].as_i64().unwrap(), e["no_show"].as_i64().unwrap(), e["new"].as_i64().unwrap()))
        .collect();
    assert_eq!(per, [(2, 1, 1, 2), (3, 3, 0, 1), (1, 0, 0, 0)], "{n}");
    assert_eq!(n["events"][0]["starts_at"], "2026-11-04T18:30:00+00:00");
    assert_eq!(n["no_show_rate"], 0.2);
    assert_eq!((n["new_attendees"].as_i64(), n["returning_attendees"].as_i64()), (Some(3), Some(3)));
    assert_eq!((n["busiest_weekday"].as_str(), n["busiest_hour"].as_u64()), (Some("wednesday"), Some(18)));
    assert_eq!(n["weekdays"][2], json!({"weekday": "wednesday", "meetups": 2, "going": 5}));
    assert_eq!((n["opted_out_of_reminders"].as_i64(), n["opted_out_of_all_email"].as_i64(), n["opted_out_of_announcements"].as_i64()), (Some(1), Some(1), Some(0)));

    // The page: figures, three charts drawn as SVG with their tables, and the CSV.
    let (status, html) = ada.page_unescaped("/g/pyleeds/settings/numbers").await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("<svg role=\"img\" aria-labelledby=\"chart-").count(), 3, "{html}");
    for expected in ["20 %", "3 / 3", "Wednesdays at 18:00", "<td>2026-11</td><td>4</td>", "Members without reminders", "aria-current=\"page\">Numbers</a>"] {
        assert!(html.contains(expected), "{expected}: {html}");
    }
    assert!(html.contains(&format!("href=\"/g/pyleeds/events/{}\">Second</a>", events[1])));
    let csv = ada.get("/g/pyleeds/settings/numbers.csv").await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert_eq!(csv.lines().collect::<Vec<_>>(), [
        "date,title,going,attended,no_show,new,returning",
        "2026-11-04,\"First\",2,1,1,2,0",
        "2026-11-11,\"Second\",3,3,0,1,2",
        "2026-11-14,\"Saturday \"\"=hack\"\" morning\",1,0,0,0,1",
    ]);

    // Members are refused, visitors asked to log in.
    assert_eq!(grace.get("/api/v1/groups/pyleeds/numbers").await.status(), 403);
    assert_eq!(grace.get("/g/pyleeds/settings/numbers").await.status(), 403);
    assert_eq!(grace.get("/g/pyleeds/settings/numbers.csv").await.status(), 403);
    assert!(!grace.page_unescaped("/g/pyleeds").await.1.contains("/settings/numbers"), "no tab for members");
    assert_eq!(app.visitor().get("/api/v1/groups/pyleeds/numbers").await.status(), 401);
    app.deliver_mail().await;
});

backend_test!(async fn a_new_group_has_numbers_and_a_private_one_hides_them(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let (status, html) = ada.page_unescaped("/g/pyleeds/settings/numbers").await;
    assert_eq!(status, 200);
    assert!(html.contains("No meetups have taken place yet.") && html.contains("No check-ins yet"), "{html}");
    let n = ada.get_json("/api/v1/groups/pyleeds/numbers").await;
    assert_eq!((n["members"].as_i64(), n["events"].as_array().unwrap().len(), n["no_show_rate"].is_null(), n["busiest_weekday"].is_null()), (Some(1), 0, true, true));
    // An event organizer runs events, so sees them; an outsider does not find a private group.
    let owner = app.person("Owner", "owner@example.org").await;
    create_group(&owner, json!({"slug": "hidden", "name": "Hidden", "timezone": "UTC", "visibility": "private", "join_mode": "invite"})).await;
    let helper = app.person("Helper", "helper@example.org").await;
    app.add_membership("hidden", &helper.id, Role::EventOrganizer, MembershipStatus::Active).await;
    assert_eq!(helper.get("/api/v1/groups/hidden/numbers").await.status(), 200);
    assert_eq!(ada.get("/api/v1/groups/hidden/numbers").await.status(), 404);
    assert_eq!(ada.get("/g/hidden/settings/numbers").await.status(), 404);
});
