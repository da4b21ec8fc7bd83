//! Events over the API: scheduling and validation, RSVPs with capacity and guests, the fair
//! waitlist under concurrency, organizers' attendee management and check-in, talks, comments,
//! recurring series across daylight saving, and who may do what.

use futures_util::future::join_all;
use muster_core::id::UserId;
use muster_e2e::{
    MEMBERSHIP_KINDS, MatrixTally, Person, TestApp, backend_test, create_event, create_group,
    field_of_each, group_in_leeds, id_of, join, json_body, rsvp, with_changes,
};
use reqwest::Method;
use serde_json::{Value, json};

/// The fields of the December meetup these tests schedule (50 seats, two guests each, in a
/// place and online), with `changes` laid over them.
fn december_meetup(changes: Value) -> Value {
    let base = json!({
        "title": "December meetup",
        "description": "Talks and **pizza**.",
        "starts_at": "2026-12-16T18:30:00Z",
        "ends_at": "2026-12-16T21:00:00Z",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds", "lat": 53.797, "lon": -1.543, "directions": "Upstairs, room 2"},
        "online_url": "https://meet.example.org/pyleeds",
        "capacity": 50,
        "guest_limit": 2,
        "rsvp_question": "Any dietary needs?"
    });
    with_changes(base, changes)
}

async fn attendees(organizer: &Person, event: &str) -> Value {
    let response = organizer
        .get(&format!("/api/v1/events/{event}/attendees"))
        .await;
    assert_eq!(response.status(), 200);
    json_body(response).await
}

backend_test!(async fn an_organizer_schedules_and_members_answer(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let event = create_event(&ada, "pyleeds", december_meetup(json!({}))).await;
    let id = event.id.clone();
    assert_eq!(event["url"], format!("/g/pyleeds/events/{id}"));
    assert_eq!(event["starts_at"], "2026-12-16T18:30:00+00:00", "shown in Europe/London");
    assert_eq!(event["timezone"], "Europe/London", "the group's zone by default");
    assert_eq!(event["status"], "published");
    assert_eq!(event["phase"], "open");
    assert_eq!(event["seats_left"], 50);
    assert_eq!(event["attendance_mode"], "hybrid");
    assert_eq!(event["venue"]["directions"], "Upstairs, room 2");
    assert!(event["description_html"].as_str().unwrap().contains("<strong>pizza</strong>"));
    assert_eq!(event["online_url"], "https://meet.example.org/pyleeds", "organizers see the link");
    assert_eq!(event["hosts"], json!([{"id": ada.id, "name": "Ada"}]), "the organizer hosts by default");

    // A summer event is shown with the summer offset.
    let summer = create_event(&ada, "pyleeds", december_meetup(json!({"starts_at": "2027-07-14T18:30", "ends_at": "2027-07-14T21:00", "title": "Summer social"}))).await;
    assert_eq!(summer["starts_at"], "2027-07-14T18:30:00+01:00", "local input is read in the event's zone");

    let grace = app.person("Grace", "grace@example.org").await;
    let eve = app.person("Eve", "eve@example.org").await;
    join(&grace, "pyleeds").await;
    join(&eve, "pyleeds").await;
    let answered = rsvp(&grace, &id, json!({"response": "yes", "guests": 1, "answer": "Vegetarian"})).await;
    assert_eq!(answered.status(), 200);
    let answered = json_body(answered).await;
    assert_eq!(answered["status"], "going");
    assert_eq!(answered["guests"], 1);
    assert!(answered.get("waitlist_position").is_none());
    // The same answer again changes nothing.
    let again = json_body(rsvp(&grace, &id, json!({"response": "yes", "guests": 1, "answer": "Vegetarian"})).await).await;
    assert_eq!(again["status"], "going");

    let seen_by = |p: &Person| {
        let (p, id) = (p.clone(), id.clone());
        async move { p.get_json(&format!("/api/v1/events/{id}")).await }
    };
    let for_grace = seen_by(&grace).await;
    assert_eq!(for_grace["seats_taken"], 2);
    assert_eq!(for_grace["seats_left"], 48);
    assert_eq!(for_grace["going_count"], 1);
    assert_eq!(for_grace["my_rsvp"]["status"], "going");
    assert_eq!(for_grace["online_url"], "https://meet.example.org/pyleeds", "going: the link");
    assert_eq!(for_grace["going"][0]["name"], "Grace");
    // Not going, not a member, not logged in: no link, and nobody sees the answers.
    for other in [seen_by(&eve).await, seen_by(&app.visitor()).await] {
        assert_eq!(other["online"], true);
        assert!(other["online_url"].is_null(), "{other}");
        assert!(!other.to_string().contains("Vegetarian"), "answers are for organizers");
    }
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["Grace"]);
    assert_eq!(list["going"][0]["answer"], "Vegetarian");
    assert_eq!(list["going"][0]["guests"], 1);
    assert_eq!(grace.get(&format!("/api/v1/events/{id}/attendees")).await.status(), 403);

    // Changing one's mind frees the seats.
    let declined = json_body(rsvp(&grace, &id, json!({"response": "no"})).await).await;
    assert_eq!(declined["status"], "not_going");
    let after = seen_by(&grace).await;
    assert_eq!(after["seats_taken"], 0);
    assert!(after["online_url"].is_null(), "not going any more: no link");

    // Deleting the account forgets the answers given to organizers.
    rsvp(&grace, &id, json!({"response": "yes", "answer": "Allergic to nuts"})).await;
    assert_eq!(grace.send(Method::DELETE, "/api/v1/me", &json!({"password": muster_e2e::PASSWORD})).await.status(), 204);
    let answers: Vec<String> = app.db.read(|c| {
        use diesel::{QueryDsl, RunQueryDsl};
        Ok(muster_db::schema::rsvps::table.select(muster_db::schema::rsvps::answer).load(c)?)
    }).await.unwrap();
    assert!(answers.iter().all(|a| a.is_empty()), "{answers:?}");
    assert!(attendees(&ada, &id).await["going"].as_array().unwrap().is_empty(), "the seat went back");

    // The group lists it, and the directory knows when the group meets next.
    let listed = app.visitor().get_json("/api/v1/groups/pyleeds/events").await;
    let titles = field_of_each(&listed["events"], "title");
    assert_eq!(titles, ["December meetup", "Summer social"]);
    let group = app.visitor().get_json("/api/v1/groups/pyleeds").await;
    assert_eq!(group["next_event_at"], "2026-12-16T18:30:00Z");
});

backend_test!(async fn bad_event_input_gets_clear_field_errors(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let refused = |extra: Value| {
        let ada = ada.clone();
        async move {
            let event = with_changes(json!({"title": "Meetup", "starts_at": "2026-12-16T18:30:00Z", "ends_at": "2026-12-16T21:00:00Z"}), extra.clone());
            let response = ada.post("/api/v1/groups/pyleeds/events", &event).await;
            assert_eq!(response.status(), 422, "{extra}");
            json_body(response).await["fields"].clone()
        }
    };
    let fields = refused(json!({"ends_at": "2026-12-16T17:00:00Z"})).await;
    assert_eq!(fields["ends_at"], "The end must be after the start.");
    let fields = refused(json!({"starts_at": "2026-10-01T18:00:00Z", "ends_at": "2026-10-01T20:00:00Z"})).await;
    assert_eq!(fields["starts_at"], "The start must be in the future.");
    let fields = refused(json!({"timezone": "Mars/Olympus_Mons"})).await;
    assert!(fields["timezone"].as_str().unwrap().contains("time zone"), "{fields}");
    let fields = refused(json!({"capacity": 0, "guest_limit": 11, "title": "", "online_url": "javascript:alert(1)"})).await;
    assert!(fields["capacity"].as_str().unwrap().contains("from 1 to 10000"), "{fields}");
    assert!(fields["guest_limit"].is_string());
    assert_eq!(fields["title"], "The title needs at least 3 characters.");
    assert!(fields["online_url"].is_string());
    let fields = refused(json!({"rsvp_closes_at": "2026-12-17T10:00:00Z"})).await;
    assert_eq!(fields["rsvp_closes_at"], "RSVPs close when the event starts at the latest.");
    let fields = refused(json!({"rsvp_opens_hours_before": 2, "rsvp_closes_hours_before": 24})).await;
    assert_eq!(fields["rsvp_closes_at"], "RSVPs must close after they open.");
    let fields = refused(json!({"starts_at": "2027-03-28T01:30", "ends_at": "2027-03-28T03:00"})).await;
    assert!(fields["starts_at"].as_str().unwrap().contains("does not exist in Europe/London"), "{fields}");
    let fields = refused(json!({"venue": {"name": "", "lat": 91.0}})).await;
    assert!(fields["venue.name"].is_string() && fields["venue.lat"].is_string(), "{fields}");
    let fields = refused(json!({"hosts": ["not-an-id"]})).await;
    assert!(fields["hosts"].is_string());
    let stranger = app.person("Stranger", "stranger@example.org").await;
    let fields = refused(json!({"hosts": [stranger.id]})).await;
    assert_eq!(fields["hosts"], "Hosts must be members of the group.");
    let unknown = ada.post("/api/v1/groups/pyleeds/events", &json!({"title": "Meetup", "starts_at": "2026-12-16T18:30:00Z", "ends_at": "2026-12-16T21:00:00Z", "colour": "red"})).await;
    assert_eq!(unknown.status(), 422, "unknown fields are named, not ignored");

    // Guests beyond the allowance, an unknown answer, a bad series rule.
    let event = create_event(&ada, "pyleeds", december_meetup(json!({"guest_limit": 1}))).await;
    let grace = app.person("Grace", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    let too_many = rsvp(&grace, &event.id, json!({"response": "yes", "guests": 2})).await;
    assert_eq!(too_many.status(), 422);
    assert_eq!(json_body(too_many).await["fields"]["guests"], "You can bring at most 1 guest.");
    let maybe = rsvp(&grace, &event.id, json!({"response": "maybe"})).await;
    assert_eq!(maybe.status(), 422);
    let series = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "Monthly", "starts_at": "2026-12-17T18:30", "ends_at": "2026-12-17T21:00",
        "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 6}}
    })).await;
    assert_eq!(series.status(), 422);
    assert_eq!(json_body(series).await["fields"]["recurrence"], "The first date must be a third Wednesday of its month.");
    let series = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "Monthly", "starts_at": "2026-12-16T18:30", "ends_at": "2026-12-16T21:00",
        "recurrence": {"frequency": {"kind": "weekly", "interval": 9, "weekday": "Wed"}, "end": {"count": 6}}
    })).await;
    assert_eq!(series.status(), 422);
    assert!(json_body(series).await["fields"]["recurrence"].as_str().unwrap().contains("every week or every 2, 3 or 4 weeks"));
});

backend_test!(async fn two_hundred_members_rsvp_at_once_for_fifty_seats(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 50, "guest_limit": 2}))).await.id;
    let mut people = Vec::new();
    for i in 0..200 {
        people.push(app.seeded_member("pyleeds", &format!("Member {i:03}"), &format!("m{i}@example.org")).await);
    }
    // One in ten brings a guest, one in twenty two guests.
    let guests_of = |i: usize| if i.is_multiple_of(20) { 2 } else if i.is_multiple_of(10) { 1 } else { 0 };
    let answers = join_all(people.iter().enumerate().map(|(i, p)| {
        let (p, id) = (p.clone(), id.clone());
        async move {
            let response = rsvp(&p, &id, json!({"response": "yes", "guests": guests_of(i)})).await;
            (i, response.status().as_u16(), json_body(response).await)
        }
    }))
    .await;
    assert!(answers.iter().all(|(_, status, _)| *status == 200), "no errors: {:?}", answers.iter().filter(|a| a.1 != 200).collect::<Vec<_>>());
    let going: i64 = answers.iter().filter(|a| a.2["status"] == "going").map(|a| 1 + a.2["guests"].as_i64().unwrap()).sum();
    assert_eq!(going, 50, "exactly the 50 seats are taken, guests included");
    let mut positions: Vec<i64> = answers.iter().filter(|a| a.2["status"] == "waitlisted").map(|a| a.2["waitlist_position"].as_i64().unwrap()).collect();
    let waiting = positions.len();
    positions.sort_unstable();
    assert_eq!(positions, (1..=i64::try_from(waiting).unwrap()).collect::<Vec<_>>(), "each arrival got the next place");

    let state = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(state["seats_taken"], 50);
    assert_eq!(state["seats_left"], 0);
    assert_eq!(state["phase"], "full");
    // The waitlist is kept in arrival order: the place each person was told is their place.
    let list = attendees(&ada, &id).await;
    let waitlist = list["waitlist"].as_array().unwrap();
    assert_eq!(waitlist.len(), waiting);
    for (place, entry) in waitlist.iter().enumerate() {
        let told = answers.iter().find(|a| a.2["status"] == "waitlisted" && people[a.0].id == entry["user_id"]).unwrap();
        assert_eq!(told.2["waitlist_position"].as_i64().unwrap(), i64::try_from(place).unwrap() + 1);
    }

    // A cancellation promotes the first waiting person who fits — and nobody else.
    let leaver = answers.iter().find(|a| a.2["status"] == "going" && a.2["guests"] == 0).unwrap().0;
    let first_fitting = waitlist.iter().find(|w| w["guests"] == 0).unwrap()["user_id"].as_str().unwrap().to_owned();
    assert_eq!(json_body(rsvp(&people[leaver], &id, json!({"response": "no"})).await).await["status"], "not_going");
    let list = attendees(&ada, &id).await;
    assert!(list["going"].as_array().unwrap().iter().any(|g| g["user_id"] == first_fitting.as_str()));
    assert_eq!(list["waitlist"].as_array().unwrap().len(), waiting - 1);
    assert_eq!(list["seats_taken"], 50);
    let promoted = people.iter().find(|p| p.id == first_fitting).unwrap();
    let mail = app.expect_one_mail_to(&promoted.email).await;
    assert_eq!(mail.subject, "You're in: December meetup");
    assert!(mail.text.contains("Wed 16 Dec 2026, 18:30–21:00 GMT"), "{}", mail.text);
    assert!(mail.text.contains(&format!("/g/pyleeds/events/{id}")));
});

backend_test!(async fn the_waitlist_skips_only_parties_that_do_not_fit(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 3, "guest_limit": 2}))).await.id;
    let mut p = Vec::new();
    for name in ["Anne", "Bob", "Cleo", "Dan", "Emma"] {
        p.push(app.seeded_member("pyleeds", name, &format!("{}@example.org", name.to_lowercase())).await);
    }
    for person in &p[..3] {
        assert_eq!(json_body(rsvp(person, &id, json!({"response": "yes"})).await).await["status"], "going");
    }
    let dan = json_body(rsvp(&p[3], &id, json!({"response": "yes", "guests": 2})).await).await;
    assert_eq!((dan["status"].as_str(), dan["waitlist_position"].as_i64()), (Some("waitlisted"), Some(1)));
    let emma = json_body(rsvp(&p[4], &id, json!({"response": "yes"})).await).await;
    assert_eq!(emma["waitlist_position"], 2);

    // One seat frees: Dan's party of three does not fit, Emma does.
    rsvp(&p[0], &id, json!({"response": "no"})).await;
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["Bob", "Cleo", "Emma"]);
    assert_eq!(field_of_each(&list["waitlist"], "name"), ["Dan"]);
    assert_eq!(app.expect_one_mail_to("emma@example.org").await.subject, "You're in: December meetup");

    // Bringing guests needs free seats: refused, and nothing changes.
    let more = rsvp(&p[1], &id, json!({"response": "yes", "guests": 1})).await;
    assert_eq!(more.status(), 409);
    assert_eq!(json_body(more).await["code"], "event_full");
    assert_eq!(app.visitor().get_json(&format!("/api/v1/events/{id}")).await["seats_taken"], 3);

    // Capacity below the seats taken needs a decision…
    let lower = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"capacity": 2})).await;
    assert_eq!(lower.status(), 422);
    assert!(json_body(lower).await["fields"]["capacity"].as_str().unwrap().starts_with("3 seats are taken"));
    // …and with one, the latest RSVP moves to the front of the waitlist.
    let lowered = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"capacity": 2, "capacity_overflow": "waitlist"})).await;
    assert_eq!(lowered.status(), 200);
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["Bob", "Cleo"]);
    assert_eq!(field_of_each(&list["waitlist"], "name"), ["Emma", "Dan"]);
    // Raising it to six seats everyone: Emma first, then Dan's party of three.
    let raised = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"capacity": 6})).await;
    assert_eq!(raised.status(), 200);
    let raised = json_body(raised).await;
    assert_eq!((raised["seats_taken"].as_i64(), raised["waitlist_count"].as_i64()), (Some(6), Some(0)));
    let mail = app.deliver_and_collect().await;
    let mut to: Vec<&str> = mail.iter().map(|m| m.to.as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, ["dan@example.org", "emma@example.org"]);

    // Removing a member from the group frees their seat for the waitlist.
    let fay = app.seeded_member("pyleeds", "Fay", "fay@example.org").await;
    assert_eq!(json_body(rsvp(&fay, &id, json!({"response": "yes"})).await).await["status"], "waitlisted");
    let removed = ada.post(&format!("/api/v1/groups/pyleeds/members/{}/remove", p[1].id), &json!({})).await;
    assert_eq!(removed.status(), 204);
    let list = attendees(&ada, &id).await;
    assert!(field_of_each(&list["going"], "name").contains(&"Fay".to_owned()), "{list}");
    assert!(!field_of_each(&list["going"], "name").contains(&"Bob".to_owned()));
    assert_eq!(app.expect_one_mail_to("fay@example.org").await.subject, "You're in: December meetup");
});

backend_test!(async fn rsvps_follow_membership_conduct_and_the_window(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let event = create_event(&ada, "pyleeds", december_meetup(json!({"rsvp_opens_at": "2026-11-10T09:00:00Z", "rsvp_closes_hours_before": 24}))).await;
    let id = event.id.clone();
    assert_eq!(event["phase"], "not_open_yet");
    assert_eq!(event["rsvp_closes_at"], "2026-12-15T18:30:00+00:00");

    // Anonymous, not a member, banned.
    assert_eq!(rsvp(&app.visitor(), &id, json!({"response": "yes"})).await.status(), 401);
    let outsider = app.person("Olga", "olga@example.org").await;
    let response = rsvp(&outsider, &id, json!({"response": "yes"})).await;
    assert_eq!(response.status(), 409);
    assert_eq!(json_body(response).await["code"], "not_a_member");
    let grace = app.person("Grace", "grace@example.org").await;
    join(&grace, "pyleeds").await;
    let early = rsvp(&grace, &id, json!({"response": "yes"})).await;
    assert_eq!(early.status(), 409);
    let early = json_body(early).await;
    assert_eq!(early["code"], "rsvps_not_open");
    assert_eq!(early["message"], "RSVPs open on 10 November 2026 at 09:00 GMT.");

    app.advance(chrono::Duration::days(9));
    assert_eq!(json_body(rsvp(&grace, &id, json!({"response": "yes"})).await).await["status"], "going");

    // A new code of conduct must be accepted before the next RSVP.
    let conduct = ada.send(Method::PUT, "/api/v1/groups/pyleeds/conduct", &json!({"text": "Be kind to each other, at every meetup and in every channel we use."})).await;
    assert_eq!(conduct.status(), 200);
    let stale = rsvp(&grace, &id, json!({"response": "yes", "answer": "none"})).await;
    assert_eq!(stale.status(), 409);
    assert_eq!(json_body(stale).await["code"], "conduct_not_accepted");
    assert_eq!(grace.post("/api/v1/groups/pyleeds/conduct/accept", &json!({"version": 2})).await.status(), 204);

    let mallory = app.person("Mallory", "mallory@example.org").await;
    let joined = mallory.post("/api/v1/groups/pyleeds/join", &json!({"conduct_version": 2})).await;
    assert_eq!(joined.status(), 200);
    assert_eq!(ada.post(&format!("/api/v1/groups/pyleeds/members/{}/ban", mallory.id), &json!({})).await.status(), 204);
    let banned = rsvp(&mallory, &id, json!({"response": "yes"})).await;
    assert_eq!(banned.status(), 403);
    assert_eq!(json_body(banned).await["code"], "banned");

    // Closed early by an organizer: no new yes, but a no is still taken (the seat frees).
    let closed = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"rsvps_closed": true})).await;
    assert_eq!(json_body(closed).await["phase"], "closed");
    let eve = app.seeded_member("pyleeds", "Eve", "eve@example.org").await;
    let late = rsvp(&eve, &id, json!({"response": "yes"})).await;
    assert_eq!(json_body(late).await["code"], "rsvps_closed");
    assert_eq!(json_body(rsvp(&grace, &id, json!({"response": "no"})).await).await["status"], "not_going");
    ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"rsvps_closed": false})).await;
    assert_eq!(json_body(rsvp(&eve, &id, json!({"response": "yes"})).await).await["status"], "going");

    // RSVPs close 24 hours before; once it starts, not even a no.
    app.advance(chrono::Duration::days(35));
    let (grace, eve) = (app.log_in_again(&grace).await, app.log_in_again(&eve).await);
    let closing = rsvp(&grace, &id, json!({"response": "yes"})).await;
    assert_eq!(json_body(closing).await["code"], "rsvps_closed");
    app.advance(chrono::Duration::hours(10));
    let started = rsvp(&eve, &id, json!({"response": "no"})).await;
    assert_eq!(json_body(started).await["code"], "event_started");
    assert_eq!(app.visitor().get_json(&format!("/api/v1/events/{id}")).await["phase"], "in_progress");
    app.advance(chrono::Duration::hours(3));
    assert_eq!(app.visitor().get_json(&format!("/api/v1/events/{id}")).await["phase"], "past");
    let past = app.visitor().get_json("/api/v1/groups/pyleeds/events?when=past").await;
    assert_eq!(past["events"][0]["id"], id.as_str());
});

backend_test!(async fn drafts_cancellations_and_moves(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let grace = app.seeded_member("pyleeds", "Grace", "grace@example.org").await;
    let draft = create_event(&ada, "pyleeds", december_meetup(json!({"draft": true}))).await;
    let draft_id = draft.id.clone();
    assert_eq!(draft["status"], "draft");
    assert_eq!(grace.get(&format!("/api/v1/events/{draft_id}")).await.status(), 404, "drafts are the organizers' own");
    assert!(grace.get_json("/api/v1/groups/pyleeds/events").await["events"].as_array().unwrap().is_empty());
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds/events").await["events"][0]["status"], "draft");
    assert_eq!(rsvp(&grace, &draft_id, json!({"response": "yes"})).await.status(), 404);
    let published = ada.post(&format!("/api/v1/events/{draft_id}/publish"), &json!({})).await;
    assert_eq!(published.status(), 200);
    assert_eq!(json_body(published).await["status"], "published");
    assert_eq!(ada.post(&format!("/api/v1/events/{draft_id}/publish"), &json!({})).await.status(), 409);
    assert_eq!(ada.send(Method::DELETE, &format!("/api/v1/events/{draft_id}"), &json!({})).await.status(), 409, "published events are cancelled, not deleted");

    // Moving the event: the sequence grows, the old start is remembered, the window moves along.
    let event = create_event(&ada, "pyleeds", december_meetup(json!({"rsvp_closes_hours_before": 2}))).await;
    let id = event.id.clone();
    assert_eq!(event["sequence"], 0);
    let moved = json_body(ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"starts_at": "2026-12-17T18:30:00Z", "ends_at": "2026-12-17T21:00:00Z"})).await).await;
    assert_eq!(moved["sequence"], 1);
    assert_eq!(moved["previous_starts_at"], "2026-12-16T18:30:00+00:00");
    assert_eq!(moved["rsvp_closes_at"], "2026-12-17T16:30:00+00:00", "still two hours before");
    // Moving it a week earlier: the untouched RSVP window goes along instead of blocking it.
    let earlier = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"starts_at": "2026-12-10T18:30:00Z", "ends_at": "2026-12-10T21:00:00Z"})).await;
    assert_eq!(earlier.status(), 200);
    let earlier = json_body(earlier).await;
    assert_eq!(earlier["rsvp_closes_at"], "2026-12-10T16:30:00+00:00");
    assert_eq!(earlier["sequence"], 2);
    let retitled = json_body(ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"title": "December meetup (pizza!)"})).await).await;
    assert_eq!(retitled["sequence"], 2, "a new title is not a new time or place");
    let past = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"starts_at": "2026-11-01T18:30:00Z", "ends_at": "2026-11-01T21:00:00Z"})).await;
    assert_eq!(past.status(), 422);

    // Cancelling keeps the event, marked, with the reason; members can no longer answer.
    let no_reason = ada.post(&format!("/api/v1/events/{id}/cancel"), &json!({"reason": ""})).await;
    assert_eq!(no_reason.status(), 422);
    let cancelled = ada.post(&format!("/api/v1/events/{id}/cancel"), &json!({"reason": "The venue flooded."})).await;
    assert_eq!(cancelled.status(), 200);
    let cancelled = json_body(cancelled).await;
    assert_eq!((cancelled["status"].as_str(), cancelled["phase"].as_str()), (Some("cancelled"), Some("cancelled")));
    assert_eq!(cancelled["cancel_reason"], "The venue flooded.");
    assert_eq!(cancelled["sequence"], 3);
    let seen = grace.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(seen["cancel_reason"], "The venue flooded.");
    assert_eq!(json_body(rsvp(&grace, &id, json!({"response": "yes"})).await).await["code"], "event_cancelled");
    assert_eq!(ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"title": "x y z"})).await.status(), 409);

    // A draft can be deleted.
    let scrap = create_event(&ada, "pyleeds", december_meetup(json!({"draft": true, "title": "Scrap"}))).await;
    assert_eq!(ada.send(Method::DELETE, &format!("/api/v1/events/{}", scrap.id), &json!({})).await.status(), 204);
    assert_eq!(ada.get(&format!("/api/v1/events/{}", scrap.id)).await.status(), 404);
});

backend_test!(async fn organizers_manage_attendees_check_in_and_export(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 2}))).await.id;
    let grace = app.seeded_member("pyleeds", "Grace", "grace@example.org").await;
    let linus = app.seeded_member("pyleeds", "=Linus", "linus@example.org").await;
    let ken = app.seeded_member("pyleeds", "Ken", "ken@example.org").await;
    rsvp(&grace, &id, json!({"response": "yes", "answer": "Vegan, \"strict\""})).await;
    let manage = |user: &str, status: &str| {
        let (ada, id, user, status) = (ada.clone(), id.clone(), user.to_owned(), status.to_owned());
        async move { ada.send(Method::PUT, &format!("/api/v1/events/{id}/attendees/{user}"), &json!({"status": status})).await }
    };
    // Add a member who has not answered; the event is then full, so a third "going" is refused.
    assert_eq!(json_body(manage(&linus.id, "going").await).await["status"], "going");
    let full = manage(&ken.id, "going").await;
    assert_eq!(full.status(), 409);
    assert_eq!(json_body(full).await["code"], "event_full");
    assert_eq!(json_body(manage(&ken.id, "waitlisted").await).await["waitlist_position"], 1);
    // Moving Grace to the waitlist promotes Ken (he was first), and Grace waits behind.
    assert_eq!(json_body(manage(&grace.id, "waitlisted").await).await["status"], "waitlisted");
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["=Linus", "Ken"]);
    assert_eq!(field_of_each(&list["waitlist"], "name"), ["Grace"]);
    assert_eq!(app.expect_one_mail_to("ken@example.org").await.subject, "You're in: December meetup");
    let outsider = app.person("Olga", "olga@example.org").await;
    assert_eq!(manage(&outsider.id, "going").await.status(), 422, "only members can be added");

    // Check-in at the door; no-shows are counted for organizers only.
    let mark = |user: &str, attendance: &str| {
        let (ada, id, user, attendance) = (ada.clone(), id.clone(), user.to_owned(), attendance.to_owned());
        async move { ada.send(Method::PUT, &format!("/api/v1/events/{id}/attendees/{user}/attendance"), &json!({"attendance": attendance})).await.status() }
    };
    assert_eq!(mark(&linus.id, "attended").await, 204);
    assert_eq!(mark(&ken.id, "no_show").await, 204);
    assert_eq!(mark(&ken.id, "sometimes").await, 422);
    assert_eq!(mark(&outsider.id, "attended").await, 404);
    let list = attendees(&ada, &id).await;
    let ken_row = list["going"].as_array().unwrap().iter().find(|a| a["name"] == "Ken").unwrap();
    assert_eq!((ken_row["attendance"].as_str(), ken_row["no_shows"].as_i64()), (Some("no_show"), Some(1)));
    assert_eq!(grace.send(Method::PUT, &format!("/api/v1/events/{id}/attendees/{}/attendance", ken.id), &json!({"attendance": "attended"})).await.status(), 403);

    // The CSV: a header row, one line per person, nothing a spreadsheet would execute.
    let csv = ada.get(&format!("/api/v1/events/{id}/attendees.csv")).await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("pyleeds-2026-12-16-attendees.csv"));
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "name,rsvp,guests,answer,checked_in,no_shows");
    assert_eq!(lines[1], "\"'=Linus\",going,0,\"\",yes,0");
    assert_eq!(lines[3], "\"Grace\",waitlisted,0,\"Vegan, \"\"strict\"\"\",,0");
    assert_eq!(grace.get(&format!("/api/v1/events/{id}/attendees.csv")).await.status(), 403);
});

backend_test!(async fn talks_and_comments(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({}))).await.id;
    let grace = app.seeded_member("pyleeds", "Grace", "grace@example.org").await;
    let add = |talk: Value| {
        let (ada, id) = (ada.clone(), id.clone());
        async move { ada.post(&format!("/api/v1/events/{id}/talks"), &talk).await }
    };
    let first = json_body(add(json!({"title": "Typing the untypable", "speaker_user_id": grace.id, "speaker_name": "Grace", "abstract": "Protocols, *generics*."})).await).await;
    let second = json_body(add(json!({"title": "Five-minute pytest tricks", "speaker_name": "Linus", "lightning": true, "slides_url": "https://slides.example.org/pytest"})).await).await;
    let third = json_body(add(json!({"title": "Backup talk", "speaker_name": "Ken", "standby": true})).await).await;
    assert_eq!((first["position"].as_i64(), third["position"].as_i64()), (Some(0), Some(2)));
    assert_eq!(add(json!({"title": "", "slides_url": "ftp://x"})).await.status(), 422);
    assert_eq!(add(json!({"title": "x", "speaker_user_id": UserId::new().to_string()})).await.status(), 422, "speakers who are not members");
    let order = json!({"order": [second["id"], third["id"], first["id"]]});
    assert_eq!(ada.send(Method::PUT, &format!("/api/v1/events/{id}/talks/order"), &order).await.status(), 204);
    assert_eq!(ada.send(Method::PUT, &format!("/api/v1/events/{id}/talks/order"), &json!({"order": [second["id"]]})).await.status(), 422);
    let edited = ada.send(Method::PATCH, &format!("/api/v1/events/{id}/talks/{}", id_of(&third)), &json!({"standby": false, "title": "Now a real talk"})).await;
    assert_eq!(json_body(edited).await["title"], "Now a real talk");
    let agenda = app.visitor().get_json(&format!("/api/v1/events/{id}")).await["talks"].clone();
    let titles = field_of_each(&agenda, "title");
    assert_eq!(titles, ["Five-minute pytest tricks", "Now a real talk", "Typing the untypable"]);
    assert_eq!(agenda[0]["lightning"], true);
    assert_eq!(grace.post(&format!("/api/v1/events/{id}/talks"), &json!({"title": "Mine"})).await.status(), 403);
    assert_eq!(ada.send(Method::DELETE, &format!("/api/v1/events/{id}/talks/{}", id_of(&first)), &json!({})).await.status(), 204);

    // Comments: members write, authors and organizers remove (organizers' removals are audited).
    let outsider = app.person("Olga", "olga@example.org").await;
    assert_eq!(outsider.post(&format!("/api/v1/events/{id}/comments"), &json!({"body": "Hi"})).await.status(), 409);
    let posted = grace.post(&format!("/api/v1/events/{id}/comments"), &json!({"body": "Can't wait! <script>alert(1)</script>"})).await;
    assert_eq!(posted.status(), 201);
    let comment = json_body(posted).await;
    assert_eq!(grace.post(&format!("/api/v1/events/{id}/comments"), &json!({"body": "  "})).await.status(), 422);
    let linus = app.seeded_member("pyleeds", "Linus", "linus@example.org").await;
    let path = format!("/api/v1/events/{id}/comments/{}", id_of(&comment));
    assert_eq!(linus.send(Method::DELETE, &path, &json!({})).await.status(), 403);
    assert_eq!(ada.send(Method::DELETE, &path, &json!({})).await.status(), 204);
    let listed = app.visitor().get_json(&format!("/api/v1/events/{id}/comments")).await;
    assert_eq!(listed[0]["removed"], true);
    assert_eq!(listed[0]["body"], "");
    let audit = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    assert!(audit.to_string().contains("comment_removed"), "{audit}");
});

backend_test!(async fn a_monthly_series_keeps_its_local_time_across_daylight_saving(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let created = ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "PyLeeds monthly", "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
        "capacity": 40, "rsvp_closes_hours_before": 2,
        "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 12}}
    })).await;
    assert_eq!(created.status(), 201);
    let series = json_body(created).await;
    assert_eq!(series["rrule"], "FREQ=MONTHLY;BYDAY=3WE;COUNT=12");
    assert_eq!(series["description"], "Every third Wednesday of the month, 12 times");
    let starts = |s: &Value| -> Vec<String> { field_of_each(&s["events"], "starts_at") };
    // 90 days ahead of 2 November: three meetups.
    assert_eq!(starts(&series), ["2026-11-18T18:30:00+00:00", "2026-12-16T18:30:00+00:00", "2027-01-20T18:30:00+00:00"]);
    let series_id = id_of(&series);
    assert_eq!(app.tick().await.events_created, 0, "nothing new yet");

    // Time passes and the scheduler (every minute in production) creates the next ones — at
    // 18:30 in winter and in summer.
    let mut created = 0;
    for _ in 0..4 {
        app.advance(chrono::Duration::days(30));
        created += app.tick().await.events_created;
    }
    assert_eq!(created, 4);
    assert_eq!(app.tick().await.events_created, 0, "twice is the same as once");
    let series = app.visitor().get_json(&format!("/api/v1/groups/pyleeds/series/{series_id}")).await;
    let all = starts(&series);
    assert_eq!(&all[3..], ["2027-02-17T18:30:00+00:00", "2027-03-17T18:30:00+00:00", "2027-04-21T18:30:00+01:00", "2027-05-19T18:30:00+01:00"]);
    let april = &series["events"][5];
    let april_event = app.visitor().get_json(&format!("/api/v1/events/{}", id_of(april))).await;
    assert_eq!(april_event["rsvp_closes_at"], "2027-04-21T16:30:00+01:00");
    assert_eq!(april_event["capacity"], 40);

    // "This and following": the time of day moves for this one and all later ones.
    let ada = app.log_in_again(&ada).await;
    let march = id_of(&series["events"][4]);
    let moved = ada.send(Method::PATCH, &format!("/api/v1/events/{march}?scope=following"), &json!({"starts_at": "2027-03-17T19:00", "ends_at": "2027-03-17T21:30", "title": "PyLeeds monthly (new time)"})).await;
    assert_eq!(moved.status(), 200, "{}", moved.text().await.unwrap());
    let series = app.visitor().get_json(&format!("/api/v1/groups/pyleeds/series/{series_id}")).await;
    assert_eq!(&starts(&series)[2..], ["2027-01-20T18:30:00+00:00", "2027-02-17T18:30:00+00:00", "2027-03-17T19:00:00+00:00", "2027-04-21T19:00:00+01:00", "2027-05-19T19:00:00+01:00"]);
    assert_eq!(series["events"][5]["title"], "PyLeeds monthly (new time)");
    assert_eq!(series["events"][3]["title"], "PyLeeds monthly", "earlier ones keep theirs");
    // New occurrences follow the new time too.
    app.advance(chrono::Duration::days(31));
    let ada = app.log_in_again(&ada).await;
    assert_eq!(app.tick().await.events_created, 1);
    let series = app.visitor().get_json(&format!("/api/v1/groups/pyleeds/series/{series_id}")).await;
    assert_eq!(starts(&series).last().unwrap(), "2027-06-16T19:00:00+01:00");
    assert_eq!(series["events"][7]["title"], "PyLeeds monthly (new time)");
    // Only the time of day can change for following events.
    let june = id_of(&series["events"][7]);
    let redated = ada.send(Method::PATCH, &format!("/api/v1/events/{june}?scope=following"), &json!({"starts_at": "2027-06-17T19:00", "ends_at": "2027-06-17T21:30"})).await;
    assert_eq!(redated.status(), 422);

    // One occurrence cancelled stays cancelled; "this and following" ends the series.
    let may = id_of(&series["events"][6]);
    assert_eq!(ada.post(&format!("/api/v1/events/{may}/cancel"), &json!({"reason": "Bank holiday week"})).await.status(), 200);
    app.advance(chrono::Duration::days(31));
    assert_eq!(app.tick().await.events_created, 1, "July; the cancelled May is not re-created");
    let ada = app.log_in_again(&ada).await;
    assert_eq!(ada.post(&format!("/api/v1/events/{june}/cancel"), &json!({"reason": "We are taking a break", "scope": "following"})).await.status(), 200);
    let series = app.visitor().get_json(&format!("/api/v1/groups/pyleeds/series/{series_id}")).await;
    assert_eq!(series["ended"], true);
    let statuses = field_of_each(&series["events"], "status");
    assert_eq!(statuses, ["published", "published", "published", "published", "published", "published", "cancelled", "cancelled", "cancelled"]);
    // The series says how it actually ended, not what it was planned to be.
    let ended = "Every third Wednesday of the month; ended after 6 meetups, the last on Wed 21 Apr 2027";
    assert_eq!(series["description"], ended);
    let (_, page) = app.visitor().page(&format!("/g/pyleeds/series/{series_id}")).await;
    assert!(page.contains(ended), "{page}");
    assert!(!page.contains("12 times") && !page.contains("up to 90 days ahead"), "{page}");
    app.advance(chrono::Duration::days(60));
    assert_eq!(app.tick().await.events_created, 0, "an ended series creates nothing");
    // A past event cannot be cancelled any more.
    let ada = app.log_in_again(&ada).await;
    let january = id_of(&series["events"][2]);
    let over = ada.post(&format!("/api/v1/events/{january}/cancel"), &json!({"reason": "Too late now"})).await;
    assert_eq!(over.status(), 409);
});

/// Every kind of person × every event operation × a public and a private group.
const EVENT_OPERATIONS: [&str; 9] = [
    "view",
    "create",
    "update",
    "attendees",
    "manage_rsvp",
    "check_in",
    "add_talk",
    "rsvp",
    "comment",
];

fn event_expected(actor: &str, private: bool) -> [u16; 9] {
    const MANAGER: [u16; 9] = [200, 201, 200, 200, 200, 204, 201, 200, 201];
    const ADMIN: [u16; 9] = [200, 201, 200, 200, 200, 204, 201, 409, 409];
    const MEMBER: [u16; 9] = [200, 403, 403, 403, 403, 403, 403, 200, 201];
    const OUTSIDER: [u16; 9] = [200, 403, 403, 403, 403, 403, 403, 409, 409];
    const BANNED: [u16; 9] = [200, 403, 403, 403, 403, 403, 403, 403, 403];
    match (actor, private) {
        ("anonymous", false) => [200, 401, 401, 401, 401, 401, 401, 401, 401],
        ("anonymous", true) => [404, 401, 401, 401, 401, 401, 401, 401, 401],
        ("outsider" | "pending" | "invited" | "other_organizer" | "banned", true) => [404; 9],
        ("outsider" | "pending" | "invited" | "other_organizer", false) => OUTSIDER,
        ("banned", false) => BANNED,
        ("member", _) => MEMBER,
        ("event_organizer" | "assistant_organizer" | "co_organizer" | "organizer", _) => MANAGER,
        ("admin", _) => ADMIN,
        _ => unreachable!("{actor}"),
    }
}

async fn event_call(
    person: &Person,
    slug: &str,
    event: &str,
    operation: &str,
    target: &str,
) -> u16 {
    let response = match operation {
        "view" => person.get(&format!("/api/v1/events/{event}")).await,
        "create" => person.post(&format!("/api/v1/groups/{slug}/events"), &json!({"title": "Matrix meetup", "starts_at": "2026-12-20T18:00:00Z", "ends_at": "2026-12-20T20:00:00Z"})).await,
        "update" => person.send(Method::PATCH, &format!("/api/v1/events/{event}"), &json!({"description": "Changed by the matrix"})).await,
        "attendees" => person.get(&format!("/api/v1/events/{event}/attendees")).await,
        "manage_rsvp" => person.send(Method::PUT, &format!("/api/v1/events/{event}/attendees/{target}"), &json!({"status": "going"})).await,
        "check_in" => person.send(Method::PUT, &format!("/api/v1/events/{event}/attendees/{target}/attendance"), &json!({"attendance": "attended"})).await,
        "add_talk" => person.post(&format!("/api/v1/events/{event}/talks"), &json!({"title": "A matrix talk"})).await,
        "rsvp" => person.send(Method::PUT, &format!("/api/v1/events/{event}/rsvp"), &json!({"response": "yes"})).await,
        "comment" => person.post(&format!("/api/v1/events/{event}/comments"), &json!({"body": "See you there"})).await,
        _ => unreachable!(),
    };
    response.status().as_u16()
}

backend_test!(async fn every_role_gets_exactly_what_the_event_matrix_grants(backend) {
    let app = TestApp::spawn(backend).await;
    let owner = app.person("Owner", "owner@example.org").await;
    let other_owner = app.person("Other", "other@example.org").await;
    create_group(&other_owner, group_in_leeds("elsewhere", json!({}))).await;
    let mut events = Vec::new();
    for (slug, visibility, join_mode) in [("ev-public", "public", "approval"), ("ev-private", "private", "invite")] {
        create_group(&owner, group_in_leeds(slug, json!({"visibility": visibility, "join_mode": join_mode}))).await;
        events.push(create_event(&owner, slug, december_meetup(json!({"capacity": 100}))).await.id);
    }
    let mut tally = MatrixTally::default();
    for ((slug, private), event) in [("ev-public", false), ("ev-private", true)].into_iter().zip(&events) {
        // The member whose RSVP organizers manage and check in.
        let target = app.seeded_member(if private { "ev-private" } else { "ev-public" }, "Target", &format!("target-{slug}@example.org")).await;
        assert_eq!(rsvp(&target, event, json!({"response": "yes"})).await.status(), 200);
        let mut actors: Vec<(&str, Person)> = vec![
            ("anonymous", app.visitor()),
            ("admin", app.admin("Admin", &format!("admin-{slug}@example.org")).await),
            ("organizer", owner.clone()),
            ("other_organizer", other_owner.clone()),
        ];
        for (kind, membership) in &MEMBERSHIP_KINDS {
            let person = app.person(kind, &format!("{kind}-{slug}@example.org")).await;
            if let Some((role, status)) = membership {
                app.add_membership(slug, &person.id, *role, *status).await;
            }
            actors.push((kind, person));
        }
        for (kind, person) in &actors {
            let want = event_expected(kind, private);
            for (i, operation) in EVENT_OPERATIONS.iter().enumerate() {
                tally.record(kind, operation, slug, want[i], event_call(person, slug, event, operation, &target.id).await);
            }
        }
    }
    tally.assert_as_expected(2 * 12 * EVENT_OPERATIONS.len());
});

backend_test!(async fn a_party_too_large_does_not_hold_back_those_behind_it(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 6, "guest_limit": 2}))).await.id;
    let mut p = Vec::new();
    for name in ["Pat", "Quinn", "Abe", "Bea", "Cal", "Dot"] {
        p.push(app.seeded_member("pyleeds", name, &format!("{}@example.org", name.to_lowercase())).await);
    }
    for (person, guests) in [(&p[0], 2), (&p[1], 2), (&p[2], 1), (&p[3], 1), (&p[4], 1), (&p[5], 0)] {
        rsvp(person, &id, json!({"response": "yes", "guests": guests})).await;
    }
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["waitlist"], "name"), ["Abe", "Bea", "Cal", "Dot"]);
    // Three seats free: Abe's party of two, then the one seat left goes to Dot, not to nobody.
    rsvp(&p[0], &id, json!({"response": "no"})).await;
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["Quinn", "Abe", "Dot"]);
    assert_eq!(field_of_each(&list["waitlist"], "name"), ["Bea", "Cal"]);
    assert_eq!(list["seats_taken"], 6);
    let mut to: Vec<String> = app
        .deliver_and_collect()
        .await
        .into_iter()
        .filter(|m| m.subject.starts_with("You're in"))
        .map(|m| m.to)
        .collect();
    to.sort();
    assert_eq!(to, ["abe@example.org", "dot@example.org"]);
    // A newcomer does not jump the queue either: the event is full.
    let eve = app.seeded_member("pyleeds", "Eve", "eve@example.org").await;
    assert_eq!(json_body(rsvp(&eve, &id, json!({"response": "yes"})).await).await["waitlist_position"], 3);

    // Organizers can set someone's guests back to none.
    let set = ada.send(Method::PUT, &format!("/api/v1/events/{id}/attendees/{}", p[2].id), &json!({"status": "going", "guests": 0})).await;
    assert_eq!(json_body(set).await["guests"], 0);
    // That freed seat went to the first who fits: Bea's party of two does not, Cal's neither, Eve does.
    let list = attendees(&ada, &id).await;
    assert_eq!(field_of_each(&list["going"], "name"), ["Quinn", "Abe", "Dot", "Eve"]);
    app.deliver_mail().await;
});

backend_test!(async fn this_and_following_carries_only_what_changed(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let series = json_body(ada.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "Weekly hack night", "starts_at": "2026-11-04T18:30", "ends_at": "2026-11-04T21:00",
        "capacity": 10,
        "recurrence": {"frequency": {"kind": "weekly", "interval": 1, "weekday": "Wed"}, "end": {"count": 30}}
    })).await).await;
    let series_id = id_of(&series);
    let ids: Vec<String> = series["events"].as_array().unwrap().iter().map(id_of).collect();
    // One meetup becomes special on its own…
    let special = ada.send(Method::PATCH, &format!("/api/v1/events/{}", ids[1]), &json!({"title": "Christmas special", "starts_at": "2026-11-11T17:00", "ends_at": "2026-11-11T23:00"})).await;
    assert_eq!(special.status(), 200);
    // …then its description changes for it and every later one.
    let described = ada.send(Method::PATCH, &format!("/api/v1/events/{}?scope=following", ids[1]), &json!({"description": "Bring a laptop."})).await;
    assert_eq!(described.status(), 200);
    let third = app.visitor().get_json(&format!("/api/v1/events/{}", ids[2])).await;
    assert_eq!(third["title"], "Weekly hack night", "the special title stays with the special meetup");
    assert_eq!(third["starts_at"], "2026-11-18T18:30:00+00:00");
    assert_eq!(third["description"], "Bring a laptop.");
    // Future occurrences too.
    for _ in 0..3 {
        app.advance(chrono::Duration::days(30));
        app.tick().await;
    }
    let ada = app.log_in_again(&ada).await;
    let all = app.visitor().get_json(&format!("/api/v1/groups/pyleeds/series/{series_id}")).await;
    let last = all["events"].as_array().unwrap().last().unwrap().clone();
    let last = app.visitor().get_json(&format!("/api/v1/events/{}", id_of(&last))).await;
    assert_eq!((last["title"].as_str(), last["description"].as_str()), (Some("Weekly hack night"), Some("Bring a laptop.")));
    assert!(last["starts_at"].as_str().unwrap().contains("T18:30:00"), "18:30 local, summer or winter: {last}");

    // Lowering capacity for the following meetups asks first when one of them has more going.
    let upcoming: Vec<String> = all["events"].as_array().unwrap().iter().filter(|e| e["phase"] == "open").map(id_of).collect();
    let (first, second) = (&upcoming[0], &upcoming[1]);
    for name in ["Abe", "Bea", "Cal"] {
        let m = app.seeded_member("pyleeds", name, &format!("{}@example.org", name.to_lowercase())).await;
        rsvp(&m, second, json!({"response": "yes"})).await;
    }
    let refused = ada.send(Method::PATCH, &format!("/api/v1/events/{first}?scope=following"), &json!({"capacity": 2})).await;
    assert_eq!(refused.status(), 422);
    let message = json_body(refused).await["fields"]["capacity"].as_str().unwrap().to_owned();
    assert!(message.starts_with("The meetup on ") && message.contains("3 seats are taken"), "{message}");
    assert_eq!(app.visitor().get_json(&format!("/api/v1/events/{first}")).await["capacity"], 10, "nothing changed");
    let decided = ada.send(Method::PATCH, &format!("/api/v1/events/{first}?scope=following"), &json!({"capacity": 2, "capacity_overflow": "waitlist"})).await;
    assert_eq!(decided.status(), 200);
    let list = attendees(&ada, second).await;
    assert_eq!((list["going"].as_array().unwrap().len(), list["waitlist"].as_array().unwrap().len()), (2, 1));
});

backend_test!(async fn members_leaving_while_an_organizer_edits_never_fail(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 100}))).await.id;
    let mut people = Vec::new();
    for i in 0..30 {
        let m = app.seeded_member("pyleeds", &format!("Member {i}"), &format!("leaver{i}@example.org")).await;
        rsvp(&m, &id, json!({"response": "yes"})).await;
        people.push(m);
    }
    let leaving = join_all(people.iter().map(|p| {
        let p = p.clone();
        async move { p.post("/api/v1/groups/pyleeds/leave", &json!({})).await.status().as_u16() }
    }));
    let editing = join_all((0..30).map(|i| {
        let (ada, id) = (ada.clone(), id.clone());
        async move { ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"title": format!("December meetup, take {i}")})).await.status().as_u16() }
    }));
    let (left, edited) = tokio::join!(leaving, editing);
    assert!(left.iter().all(|s| *s == 204), "{left:?}");
    assert!(edited.iter().all(|s| *s == 200), "{edited:?}");
    let state = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!((state["seats_taken"].as_i64(), state["going_count"].as_i64()), (Some(0), Some(0)));
});

backend_test!(async fn concurrent_edits_of_different_fields_both_stay(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let event = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 50}))).await;
    let path = format!("/api/v1/events/{}", event.id);
    // Each PATCH names one field; the other field must keep what the other PATCH wrote,
    // whichever of the two commits first.
    for round in 0..10 {
        let title = format!("December meetup, take {round}");
        let capacity = 60 + round;
        let (retitle, resize) = (json!({"title": title}), json!({"capacity": capacity}));
        let (titled, resized) = tokio::join!(
            ada.send(Method::PATCH, &path, &retitle),
            ada.send(Method::PATCH, &path, &resize),
        );
        assert_eq!((titled.status().as_u16(), resized.status().as_u16()), (200, 200), "round {round}");
        let now = ada.get_json(&path).await;
        assert_eq!(now["title"], title.as_str(), "round {round}: {now}");
        assert_eq!(now["capacity"], capacity, "round {round}: {now}");
    }
});

backend_test!(async fn my_rsvp_paging_and_refused_fields(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 1, "guest_limit": 1}))).await.id;
    let mine = format!("/api/v1/events/{id}/rsvp");

    // One's own RSVP: none yet is 404 `no_rsvp`; then as answered, with the waitlist place.
    let grace = app.seeded_member("pyleeds", "Grace", "grace@example.org").await;
    let bob = app.seeded_member("pyleeds", "Bob", "bob@example.org").await;
    let none = grace.get(&mine).await;
    assert_eq!(none.status(), 404);
    assert_eq!(json_body(none).await["code"], "no_rsvp");
    assert_eq!(app.visitor().get(&mine).await.status(), 401);
    rsvp(&grace, &id, json!({"response": "yes", "guests": 0, "answer": "Vegan"})).await;
    let going = grace.get_json(&mine).await;
    assert_eq!((going["status"].as_str(), going["guests"].as_i64()), (Some("going"), Some(0)));
    assert_eq!(going["answer"], "Vegan", "people see their own answer");
    assert!(going.get("waitlist_position").is_none(), "{going}");
    rsvp(&bob, &id, json!({"response": "yes", "guests": 1})).await;
    let waiting = bob.get_json(&mine).await;
    assert_eq!((waiting["status"].as_str(), waiting["waitlist_position"].as_i64(), waiting["guests"].as_i64()), (Some("waitlisted"), Some(1), Some(1)));
    rsvp(&grace, &id, json!({"response": "no"})).await;
    assert_eq!(grace.get_json(&mine).await["status"], "not_going", "a no is an answer too");

    // Paging through a group's events: `per_page` at a time, `page` from 1, both clamped.
    for (title, day) in [("Second", 17), ("Third", 18), ("Fourth", 19)] {
        create_event(&ada, "pyleeds", december_meetup(json!({"title": title, "starts_at": format!("2026-12-{day}T18:30:00Z"), "ends_at": format!("2026-12-{day}T21:00:00Z")}))).await;
    }
    let titles = |listed: &Value| -> Vec<String> {
        field_of_each(&listed["events"], "title")
    };
    let visitor = app.visitor();
    let first = visitor.get_json("/api/v1/groups/pyleeds/events?per_page=3").await;
    assert_eq!(titles(&first), ["December meetup", "Second", "Third"]);
    assert_eq!((first["page"].as_i64(), first["per_page"].as_i64()), (Some(1), Some(3)));
    let second = visitor.get_json("/api/v1/groups/pyleeds/events?per_page=3&page=2").await;
    assert_eq!(titles(&second), ["Fourth"]);
    assert_eq!(second["page"], 2);
    assert!(titles(&visitor.get_json("/api/v1/groups/pyleeds/events?per_page=3&page=3").await).is_empty());
    let clamped = visitor.get_json("/api/v1/groups/pyleeds/events?per_page=0&page=0").await;
    assert_eq!((clamped["page"].as_i64(), clamped["per_page"].as_i64()), (Some(1), Some(1)));
    assert_eq!(titles(&clamped), ["December meetup"]);
    assert_eq!(visitor.get_json("/api/v1/groups/pyleeds/events?per_page=1000").await["per_page"], 100);
    assert_eq!(visitor.get("/api/v1/groups/pyleeds/events?when=someday").await.status(), 400);

    // `capacity_overflow` is for changing a capacity, `draft` for creating: each refused
    // where it does not belong, and nothing is written.
    let overflow = ada.post("/api/v1/groups/pyleeds/events", &json!({"title": "Overflowing", "starts_at": "2026-12-20T18:30:00Z", "ends_at": "2026-12-20T21:00:00Z", "capacity_overflow": "waitlist"})).await;
    assert_eq!(overflow.status(), 422);
    assert_eq!(json_body(overflow).await["fields"]["capacity_overflow"], "Only for changing an event's capacity.");
    let drafted = ada.send(Method::PATCH, &format!("/api/v1/events/{id}"), &json!({"draft": true, "title": "Back to a draft"})).await;
    assert_eq!(drafted.status(), 422);
    assert!(json_body(drafted).await["fields"]["draft"].as_str().unwrap().contains("/publish"));
    let listed = ada.get_json("/api/v1/groups/pyleeds/events?per_page=100").await;
    assert_eq!(titles(&listed), ["December meetup", "Second", "Third", "Fourth"]);
    assert_eq!(listed["events"][0]["status"], "published");
});

backend_test!(async fn members_cannot_use_the_organizers_api(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({}))).await.id;
    let talk = json_body(ada.post(&format!("/api/v1/events/{id}/talks"), &json!({"title": "Typing the untypable", "speaker_name": "Grace"})).await).await;
    let talk_path = format!("/api/v1/events/{id}/talks/{}", id_of(&talk));
    let grace = app.seeded_member("pyleeds", "Grace", "grace@example.org").await;
    let refusals = [
        grace.send(Method::DELETE, &format!("/api/v1/events/{id}"), &json!({})).await,
        grace.post(&format!("/api/v1/events/{id}/publish"), &json!({})).await,
        grace.post(&format!("/api/v1/events/{id}/cancel"), &json!({"reason": "Not mine to cancel"})).await,
        grace.send(Method::PUT, &format!("/api/v1/events/{id}/talks/order"), &json!({"order": [talk["id"]]})).await,
        grace.send(Method::PATCH, &talk_path, &json!({"title": "Renamed by a member"})).await,
        grace.send(Method::DELETE, &talk_path, &json!({})).await,
        grace.post("/api/v1/groups/pyleeds/series", &json!({
            "title": "A member's series", "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
            "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 3}}
        })).await,
    ];
    let statuses: Vec<u16> = refusals.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses, [403; 7]);
    // Nothing changed.
    let now = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!((now["status"].as_str(), now["cancel_reason"].as_str()), (Some("published"), Some("")));
    assert_eq!(now["talks"].as_array().unwrap().len(), 1);
    assert_eq!(now["talks"][0]["title"], "Typing the untypable");
    let listed = app.visitor().get_json("/api/v1/groups/pyleeds/events").await;
    assert_eq!(listed["events"].as_array().unwrap().len(), 1, "no series was created");
});

backend_test!(async fn a_private_groups_events_are_not_found_by_outsiders(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("inner", json!({"visibility": "private", "join_mode": "invite"}))).await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "inner", december_meetup(json!({"title": "Secret supper"}))).await.id;
    let series = |slug: &str| {
        let (ada, slug) = (ada.clone(), slug.to_owned());
        async move {
            let created = ada.post(&format!("/api/v1/groups/{slug}/series"), &json!({
                "title": "Monthly", "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
                "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 3}}
            })).await;
            assert_eq!(created.status(), 201);
            id_of(&json_body(created).await)
        }
    };
    let (secret, public) = (series("inner").await, series("pyleeds").await);
    let inner = app.seeded_member("inner", "Grace", "grace@example.org").await;
    // Members see all of it.
    for path in [format!("/api/v1/events/{id}/talks"), format!("/api/v1/events/{id}/comments"), "/api/v1/groups/inner/events".to_owned(), format!("/api/v1/groups/inner/series/{secret}")] {
        assert_eq!(inner.get(&path).await.status(), 200, "{path}");
    }
    assert_eq!(inner.get(&format!("/api/v1/events/{id}/rsvp")).await.status(), 404, "a member without an RSVP");

    let eve = app.person("Eve", "eve@example.org").await;
    for who in [&eve, &app.visitor()] {
        for path in [
            format!("/api/v1/events/{id}"),
            format!("/api/v1/events/{id}/talks"),
            format!("/api/v1/events/{id}/comments"),
            "/api/v1/groups/inner/events".to_owned(),
            format!("/api/v1/groups/inner/series/{secret}"),
        ] {
            let response = who.get(&path).await;
            assert_eq!(response.status(), 404, "{path}");
            assert!(!response.text().await.unwrap().contains("Secret supper"), "{path}");
        }
    }
    let mine = eve.get(&format!("/api/v1/events/{id}/rsvp")).await;
    assert_eq!(mine.status(), 404);
    assert_eq!(json_body(mine).await["code"], "not_found", "the event, not the RSVP, is missing");
    // A series is found only under its own group, whoever asks.
    for who in [&ada, &inner, &app.visitor()] {
        assert_eq!(who.get(&format!("/api/v1/groups/pyleeds/series/{secret}")).await.status(), 404);
    }
    assert_eq!(ada.get(&format!("/api/v1/groups/inner/series/{public}")).await.status(), 404);
    assert_eq!(app.visitor().get(&format!("/api/v1/groups/pyleeds/series/{public}")).await.status(), 200);
});

backend_test!(async fn work_on_one_event_arriving_together_commits_together_and_a_refusal_undoes_only_itself(backend) {
    // What carries many members' answers to one popular event: forty pieces of work arrive at
    // once and share transactions. Each writes a setting and enqueues an email (held, and
    // written with the others' before the commit). Every fifth first drops the email of the
    // piece before it, and is then refused: what it wrote and dropped must be as if it never
    // ran, and everyone else's must be there, each caller told its own outcome. The piece after
    // each refused one drops its own email, which must be stored as dropped.
    use muster_app::{AppError, ErrorCode};
    use muster_db::outbox::{self, NewEmail, Pending, Status};
    let app = TestApp::spawn(backend).await;
    let event = muster_core::id::EventId::new();
    let now = muster_core::Clock::now(&app.clock);
    // Due in a year: no worker takes them while the test looks.
    let later = now + chrono::Duration::days(365);
    let recipient = |i: usize| format!("piece{i}@example.org");
    let outcomes = join_all((0..40).map(|i| {
        let db = app.db.clone();
        async move {
            db.transaction_together(event, move |c| {
                muster_db::settings::set(c, &format!("together.{i}"), &format!("piece {i}"), now)?;
                let email = NewEmail {
                    kind: "together_test".to_owned(),
                    recipient: recipient(i),
                    payload: "{}".to_owned(),
                    dedupe_key: format!("together:{i}"),
                    run_after: later,
                    event_id: None,
                };
                outbox::enqueue(c, &email, now)?;
                let drop = |c: &mut muster_db::DbConnection, whose: usize| {
                    let who = recipient(whose);
                    outbox::drop_pending(c, Pending { recipient: Some(&who), event: None, kinds: &[] }, "dropped by a piece", now)
                };
                if i % 5 == 0 {
                    if i > 0 {
                        drop(c, i - 1)?;
                    }
                    return Err(AppError::conflict(ErrorCode::EventFull, format!("piece {i} refused")));
                }
                if i % 5 == 1 {
                    drop(c, i)?;
                }
                Ok(i)
            })
            .await
        }
    }))
    .await;
    let stored = app
        .db
        .read(|c| (0..40).map(|i| muster_db::settings::get(c, &format!("together.{i}"))).collect::<Result<Vec<_>, _>>())
        .await
        .unwrap();
    let emails = app.db.read(|c| outbox::list(c, None, 1000)).await.unwrap();
    let email_of = |i: usize| emails.iter().find(|e| e.dedupe_key == format!("together:{i}"));
    for (i, (outcome, stored)) in outcomes.into_iter().zip(stored).enumerate() {
        if i % 5 == 0 {
            assert_eq!(outcome.unwrap_err().message, format!("piece {i} refused"));
            assert_eq!(stored, None, "piece {i} was refused: nothing it wrote stays");
            assert!(email_of(i).is_none(), "piece {i} was refused: its email is not stored");
        } else {
            assert_eq!(outcome.unwrap(), i);
            assert_eq!(stored.as_deref(), Some(format!("piece {i}").as_str()));
            let email = email_of(i).unwrap_or_else(|| panic!("piece {i}'s email is stored"));
            assert_eq!(email.recipient, recipient(i));
            if i % 5 == 1 {
                assert_eq!(email.status, Status::Dropped, "piece {i} dropped its own email");
                assert_eq!(email.last_error.as_deref(), Some("dropped by a piece"));
            } else {
                assert_eq!(email.status, Status::Pending, "piece {i}'s email waits (a refused piece's drop is undone)");
            }
        }
    }
    // And the event is free for the next ones.
    let again = app.db.transaction_together(event, |_| Ok::<_, AppError>("again")).await.unwrap();
    assert_eq!(again, "again");
});

backend_test!(async fn an_answer_made_from_an_rsvp_that_changed_meanwhile_is_made_again(backend) {
    // An answer reads the person's RSVP with the event, before it takes the event's lock, and
    // writes over it only if it is still what was read. Bob is waiting for the one seat when
    // his RSVP is read; Anne's "no" promotes him before his own "no" is written.
    use muster_db::rsvps::{self, Mine, Refusal, Target, Unanswered};
    let app = TestApp::spawn(backend).await;
    app.allow_unsent_mail(); // the confirmations are not what this test is about
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({}))).await;
    let id = create_event(&ada, "pyleeds", december_meetup(json!({"capacity": 1, "guest_limit": 2, "rsvp_question": "Dietary needs?"}))).await.id;
    let anne = app.seeded_member("pyleeds", "Anne", "anne@example.org").await;
    let bob = app.seeded_member("pyleeds", "Bob", "bob@example.org").await;
    assert_eq!(json_body(rsvp(&anne, &id, json!({"response": "yes"})).await).await["status"], "going");
    assert_eq!(json_body(rsvp(&bob, &id, json!({"response": "yes"})).await).await["status"], "waitlisted");
    let (event, bob_id) = (muster_core::id::EventId::parse(&id).unwrap(), muster_core::id::UserId::parse(&bob.id).unwrap());
    let read_before = app.db.read(move |c| rsvps::find(c, event, bob_id)).await.unwrap();
    assert_eq!(json_body(rsvp(&anne, &id, json!({"response": "no"})).await).await["status"], "not_going");
    let now = muster_core::Clock::now(&app.clock);
    let db = app.db.clone();
    // Answers as the API makes them: pieces of a transaction shared with whatever else
    // arrives for the event.
    let answer = move |who: muster_core::id::UserId, mine: Mine, target: Target| {
        let db = db.clone();
        async move {
            db.transaction_together(event, move |c| {
                match rsvps::answer(c, event, who, mine, target, None, now, |_| Ok::<(), ()>(()))? {
                    Ok((_, changed)) => Ok((changed.rsvp.status().as_str().to_owned(), changed.rsvp.answer)),
                    Err(Unanswered::Refused(Refusal::Stale)) => Err(muster_db::DbError::TaskFailed),
                    Err(_) => panic!("the answer is admitted"),
                }
            })
            .await
        }
    };
    // Written from the waiting RSVP read before, the "no" would keep the seat he now holds:
    // the write finds his RSVP changed, and the answer is made again from it as it stands,
    // under the same lock. The seat is free.
    assert_eq!(answer(bob_id, Mine::ReadBefore(read_before), Target::NotGoing).await.unwrap().0, "not_going");
    let state = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(state["seats_taken"], 0);

    // A "yes" that leaves the question unanswered keeps the answer given: read before Anne
    // changed it, it must not put the old one back.
    let anne_id = muster_core::id::UserId::parse(&anne.id).unwrap();
    assert_eq!(rsvp(&anne, &id, json!({"response": "yes", "answer": "Vegan"})).await.status(), 200);
    let read_before = app.db.read(move |c| rsvps::find(c, event, anne_id)).await.unwrap();
    assert_eq!(rsvp(&anne, &id, json!({"response": "yes", "answer": "Vegetarian"})).await.status(), 200);
    let keep = || Target::Going { guests: 0, answer: None, or_wait: true };
    assert_eq!(answer(anne_id, Mine::ReadBefore(read_before), keep()).await.unwrap(), ("going".to_owned(), "Vegetarian".to_owned()));
    let mine = json_body(anne.get(&format!("/api/v1/events/{id}/rsvp")).await).await;
    assert_eq!((mine["status"].as_str(), mine["answer"].as_str()), (Some("going"), Some("Vegetarian")));
    assert_eq!(rsvp(&anne, &id, json!({"response": "no"})).await.status(), 200);

    // A "no" gives back the seat it read as held in the statement that locks the event. Read
    // before Dan's own "no" freed it, there is no seat of his to give back: no failed
    // statement (the count may not go below zero), and the seat count stays right.
    let seats = || async { app.visitor().get_json(&format!("/api/v1/events/{id}")).await["seats_taken"].as_i64() };
    let dan = app.seeded_member("pyleeds", "Dan", "dan@example.org").await;
    let dan_id = muster_core::id::UserId::parse(&dan.id).unwrap();
    assert_eq!(json_body(rsvp(&dan, &id, json!({"response": "yes"})).await).await["status"], "going");
    let read_before = app.db.read(move |c| rsvps::find(c, event, dan_id)).await.unwrap();
    assert_eq!(rsvp(&dan, &id, json!({"response": "no"})).await.status(), 200);
    assert_eq!(answer(dan_id, Mine::ReadBefore(read_before.clone()), Target::NotGoing).await.unwrap().0, "not_going");
    assert_eq!(seats().await, Some(0));
    // With the seat taken by Erin since, the stale "no" does give one back; made again from
    // Dan's RSVP as it stands, the answer takes it back: Erin keeps her seat.
    let erin = app.seeded_member("pyleeds", "Erin", "erin@example.org").await;
    assert_eq!(json_body(rsvp(&erin, &id, json!({"response": "yes"})).await).await["status"], "going");
    assert_eq!(answer(dan_id, Mine::ReadBefore(read_before), Target::NotGoing).await.unwrap().0, "not_going");
    assert_eq!(seats().await, Some(1));
    let erins = json_body(erin.get(&format!("/api/v1/events/{id}/rsvp")).await).await;
    assert_eq!(erins["status"], "going");
    assert_eq!(rsvp(&erin, &id, json!({"response": "no"})).await.status(), 200);

    // Through the API, one person's own answers racing each other never fail: each is made
    // again when another of theirs committed first, and the seats match the last one.
    let cleo = app.seeded_member("pyleeds", "Cleo", "cleo@example.org").await;
    let answers = join_all((0..24).map(|i| {
        let (cleo, id) = (cleo.clone(), id.clone());
        async move {
            let body = match i % 3 {
                0 => json!({"response": "yes"}),
                1 => json!({"response": "no"}),
                _ => json!({"response": "yes", "guests": 2}),
            };
            rsvp(&cleo, &id, body).await.status().as_u16()
        }
    }))
    .await;
    // A party of three does not fit the one seat: "yes" with guests is refused as full when
    // Cleo does not hold the seat already, and only that.
    assert!(answers.iter().enumerate().all(|(i, s)| *s == 200 || (i % 3 == 2 && *s == 409)), "{answers:?}");
    let mine = json_body(cleo.get(&format!("/api/v1/events/{id}/rsvp")).await).await;
    let state = app.visitor().get_json(&format!("/api/v1/events/{id}")).await;
    let held = if mine["status"] == "going" { 1 + mine["guests"].as_i64().unwrap() } else { 0 };
    assert_eq!(state["seats_taken"].as_i64(), Some(held), "{mine}");
});
