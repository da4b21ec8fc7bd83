//! Notifications over real SMTP with a controlled clock: announcements once, answers confirmed
//! with iMIP invitations parsed back, reminders that follow the event, one change notice after
//! several edits, cancellations, one-click unsubscribe with no cookie, "can't make it", the
//! organizers' tools and their refusals, and an abandoned batch of 1,000 reminders.

use chrono::Duration;
use muster_e2e::{
    Mail, Person, TestApp, answer, backend_test, create_event, create_group, csrf_token_in,
    form_post,
    ical_parsers::{parse_with_ical_crate, parse_with_python},
    join, json_body, with_changes,
};
use reqwest::Method;
use serde_json::{Value, json};

async fn setup(app: &TestApp) -> (Person, Person, Person) {
    let organizer = app.person("Olu Organizer", "olu@example.org").await;
    create_group(
        &organizer,
        json!({"slug": "pyleeds", "name": "PyLeeds", "timezone": "Europe/London",
               "join_mode": "open", "visibility": "public", "city": "Leeds"}),
    )
    .await;
    let ada = app.person("Ada", "ada@example.org").await;
    let bo = app.person("Bo", "bo@example.org").await;
    for p in [&ada, &bo] {
        join(p, "pyleeds").await;
    }
    app.deliver_mail().await;
    (organizer, ada, bo)
}

/// The fields of the meetup these tests schedule ten days after the start (2026-11-12 18:30
/// UTC, one seat), with `changes` laid over them.
fn november_meetup(changes: Value) -> Value {
    let base = json!({
        "title": "November meetup",
        "description": "Talks and pizza.",
        "starts_at": "2026-11-12T18:30:00Z",
        "ends_at": "2026-11-12T21:00:00Z",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds"},
        "capacity": 1
    });
    with_changes(base, changes)
}

fn to<'a>(mail: &'a [Mail], who: &str) -> Vec<&'a Mail> {
    mail.iter().filter(|m| m.to == who).collect()
}

/// Parses an email's invitation with the Rust `ical` crate and both Python parsers.
fn invitation(mail: &Mail, event: &str) -> (String, String) {
    let ics = mail
        .calendar()
        .unwrap_or_else(|| panic!("no calendar part in {}", mail.raw));
    let uid = format!("{event}@127.0.0.1");
    let parsed = parse_with_ical_crate(&ics);
    let status = parsed.event(&uid).status.clone().unwrap_or_default();
    for (icalendar, vobject) in parse_with_python(&[&ics]) {
        assert_eq!(
            icalendar.event(&uid).status.as_deref(),
            Some(status.as_str())
        );
        assert_eq!(vobject.event(&uid).status.as_deref(), Some(status.as_str()));
    }
    let method = ics
        .lines()
        .find_map(|l| l.strip_prefix("METHOD:"))
        .unwrap_or_default()
        .to_owned();
    (method, status)
}

backend_test!(async fn announcements_confirmations_and_promotions(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    let mail = app.deliver_and_collect().await;
    for who in ["ada@example.org", "bo@example.org", "olu@example.org"] {
        let got = to(&mail, who);
        assert_eq!(got.len(), 1, "one announcement to {who}: {mail:#?}");
        assert_eq!(got[0].subject, "New event: November meetup (PyLeeds)");
        assert!(got[0].text.contains("Leeds Library"), "{}", got[0].text);
        assert!(got[0].text.contains("/g/pyleeds/conduct"), "the footer links the code of conduct");
        assert!(got[0].header("List-Unsubscribe").unwrap().contains("/unsubscribe/"));
        assert_eq!(
            got[0].header("List-Unsubscribe-Post").as_deref(),
            Some("List-Unsubscribe=One-Click")
        );
    }
    // Never twice.
    let again = organizer
        .post(&format!("/api/v1/events/{event}/announce"), &json!({}))
        .await;
    assert_eq!(again.status(), 409);
    assert_eq!(json_body(again).await["code"], "already_announced");
    // A member may not announce.
    let refused = ada
        .post(&format!("/api/v1/events/{event}/announce"), &json!({}))
        .await;
    assert_eq!(refused.status(), 403);
    assert!(app.deliver_and_collect().await.is_empty());

    // Ada takes the one seat: confirmation with an invitation.
    assert_eq!(answer(&ada, &event, "yes").await["status"], "going");
    let confirmed = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(confirmed.subject, "You're going: November meetup");
    assert!(confirmed.header("List-Unsubscribe").is_none(), "about her own answer");
    assert_eq!(invitation(&confirmed, &event), ("REQUEST".into(), "CONFIRMED".into()));
    assert!(confirmed.calendar().unwrap().contains("ATTENDEE;CN=Ada;PARTSTAT=ACCEPTED"));
    // Where and when, as the venue and the time stand (read before the event is locked).
    assert!(confirmed.text.contains("Where: Leeds Library, 18 Commercial St, Leeds"), "{}", confirmed.text);
    assert!(confirmed.text.contains("When:  Thu 12 Nov 2026, 18:30–21:00 GMT"), "{}", confirmed.text);
    // Saying yes again sends nothing new.
    answer(&ada, &event, "yes").await;
    assert!(app.deliver_and_collect().await.is_empty());

    // Bo waits, at place 1.
    assert_eq!(answer(&bo, &event, "yes").await["status"], "waitlisted");
    let waiting = app.expect_one_mail_to("bo@example.org").await;
    assert_eq!(waiting.subject, "You're on the waitlist (#1): November meetup");
    assert!(waiting.calendar().is_none());

    // Ada can't come: Bo is promoted and gets the invitation.
    answer(&ada, &event, "no").await;
    let promoted = app.expect_one_mail_to("bo@example.org").await;
    assert_eq!(promoted.subject, "You're in: November meetup");
    assert!(promoted.text.contains("When:  Thu 12 Nov 2026, 18:30–21:00 GMT"), "{}", promoted.text);
    assert!(promoted.text.contains("Where: Leeds Library, 18 Commercial St, Leeds"), "{}", promoted.text);
    assert_eq!(invitation(&promoted, &event), ("REQUEST".into(), "CONFIRMED".into()));

    // Publishing without announcing, then announcing later: once.
    let quiet = create_event(&organizer, "pyleeds", november_meetup(json!({"title": "Quiet one", "announce": false}))).await.id;
    assert!(app.deliver_and_collect().await.is_empty());
    let announced = organizer
        .post(&format!("/api/v1/events/{quiet}/announce"), &json!({}))
        .await;
    assert_eq!(json_body(announced).await["recipients"], 3);
    assert_eq!(app.deliver_and_collect().await.len(), 3);
});

backend_test!(async fn reminders_follow_the_event_and_changes_are_told_once(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    answer(&ada, &event, "yes").await;
    answer(&bo, &event, "yes").await; // waitlisted
    app.deliver_mail().await;

    // Nothing before the moment; at six days before, one reminder to the person going.
    app.advance(Duration::days(4));
    assert_eq!(app.tick().await.reminders_queued, 0);
    app.advance(Duration::hours(4)); // 2026-11-06 13:00, 6 days 5.5 hours ahead
    app.advance(Duration::hours(6)); // past 2026-11-06 18:30
    let tick = app.tick().await;
    assert_eq!(tick.reminders_queued, 1, "{tick:?}");
    assert_eq!(app.tick().await.reminders_queued, 0, "a second tick queues nothing");
    let reminder = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(reminder.subject, "Reminder: November meetup is in 6 days");
    assert!(reminder.header("List-Unsubscribe").is_some());
    assert!(reminder.text.contains("/email/rsvp/"), "{}", reminder.text);

    // Two quick moves: one notice, 15 minutes after the last, to going and waiting.
    for (start, end) in [
        ("2026-11-14T18:30:00Z", "2026-11-14T21:00:00Z"),
        ("2026-11-15T18:30:00Z", "2026-11-15T21:00:00Z"),
    ] {
        let r = organizer
            .send(
                Method::PATCH,
                &format!("/api/v1/events/{event}"),
                &json!({"starts_at": start, "ends_at": end}),
            )
            .await;
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
        app.advance(Duration::minutes(5));
    }
    assert!(app.deliver_and_collect().await.is_empty(), "debounced");
    app.advance(Duration::minutes(11));
    let notices = app.deliver_and_collect().await;
    assert_eq!(notices.len(), 2, "{notices:#?}");
    for notice in &notices {
        assert!(notice.subject.starts_with("Changed: November meetup, now Sun 15 Nov 2026"), "{}", notice.subject);
        let (method, _) = invitation(notice, &event);
        assert_eq!(method, "REQUEST");
        assert!(notice.calendar().unwrap().contains("SEQUENCE:2"));
    }

    // The six-day reminder follows the event to its new time (2026-11-09 18:30).
    app.advance(Duration::days(3));
    assert_eq!(app.tick().await.reminders_queued, 1);
    let moved = app.expect_one_mail_to("ada@example.org").await;
    assert!(moved.text.contains("Sun 15 Nov 2026"), "{}", moved.text);

    // "Can't make it": a page with a button, then the seat goes to Bo.
    let path = moved.path_containing("/email/rsvp/");
    let cant = moved
        .links()
        .into_iter()
        .filter(|l| l.contains("/email/rsvp/"))
        .nth(1)
        .unwrap();
    assert_ne!(path, "");
    let browser = TestApp::new_client();
    let cant_path = &cant[cant.find("/email/").unwrap()..];
    let page = browser.get(app.url(cant_path)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("give up your seat"), "{html}");
    let token = csrf_token_in(&html);
    let done = form_post(&browser, &app.url(cant_path), &[("csrf_token", &token)]).await;
    assert_eq!(done.status(), 200);
    let promoted = app.expect_one_mail_to("bo@example.org").await;
    assert_eq!(promoted.subject, "You're in: November meetup");

    // The day-before reminder goes to Bo, not to Ada who said no.
    app.advance(Duration::days(5));
    let tick = app.tick().await;
    assert_eq!(tick.reminders_queued, 1, "{tick:?}");
    let mail = app.deliver_and_collect().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, "bo@example.org");
    assert_eq!(mail[0].subject, "Reminder: November meetup is in 1 day");
});

backend_test!(async fn each_reminder_of_a_batch_is_checked_for_its_own_person(backend) {
    // The worker checks the emails of a batch together: each must still get its own verdict.
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let cy = app.person("Cy", "cy@example.org").await;
    join(&cy, "pyleeds").await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"capacity": 10})))
        .await
        .id;
    for p in [&ada, &bo, &cy] {
        answer(p, &event, "yes").await;
    }
    app.deliver_mail().await;
    app.advance(Duration::days(4) + Duration::hours(10));
    assert_eq!(app.tick().await.reminders_queued, 3);

    // Before the worker runs, Bo says no and Cy keeps every email but reminders.
    answer(&bo, &event, "no").await;
    let page = cy.get("/account/notifications").await;
    let token = csrf_token_in(&page.text().await.unwrap());
    let saved = cy
        .post_form(
            "/account/notifications",
            &token,
            &[("pyleeds.announcements", "on"), ("pyleeds.messages", "on")],
        )
        .await;
    assert_eq!(saved.status(), 303);

    let mail = app.deliver_and_collect().await;
    let reminded: Vec<&str> = mail
        .iter()
        .filter(|m| m.subject.starts_with("Reminder: "))
        .map(|m| m.to.as_str())
        .collect();
    assert_eq!(reminded, ["ada@example.org"]);
    let dropped = app
        .db
        .read(|c| muster_db::outbox::list(c, Some(muster_db::outbox::Status::Dropped), 10))
        .await
        .unwrap();
    let mut reasons: Vec<(&str, &str)> = dropped
        .iter()
        .filter(|row| row.kind == "event_reminder")
        .map(|row| (row.recipient.as_str(), row.last_error.as_deref().unwrap_or("")))
        .collect();
    reasons.sort_unstable();
    assert_eq!(
        reasons,
        [
            // Withdrawn at once by the answer; Cy's is the worker's check.
            ("bo@example.org", "the person is no longer going"),
            ("cy@example.org", "reminders turned off")
        ]
    );
});

backend_test!(async fn a_cancelled_event_sends_a_cancel_and_no_reminders(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, _bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    answer(&ada, &event, "yes").await;
    app.deliver_mail().await;
    let r = organizer
        .post(
            &format!("/api/v1/events/{event}/cancel"),
            &json!({"reason": "The venue flooded."}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let cancelled = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(cancelled.subject, "Cancelled: November meetup");
    assert!(cancelled.text.contains("The venue flooded."));
    assert_eq!(invitation(&cancelled, &event), ("CANCEL".into(), "CANCELLED".into()));
    // Ada's answer is kept for the record, and says the event was cancelled.
    let mine = ada.get_json(&format!("/api/v1/events/{event}/rsvp")).await;
    assert_eq!((mine["status"].as_str(), mine["event_cancelled"].as_bool()), (Some("going"), Some(true)), "{mine}");
    let shown = ada.get_json(&format!("/api/v1/events/{event}")).await;
    assert_eq!(shown["my_rsvp"]["event_cancelled"], true, "{shown}");
    // The page has no RSVP box: nothing to answer, and the past tense.
    let (_, page) = ada.page(&format!("/g/pyleeds/events/{event}")).await;
    assert!(page.contains("This event was cancelled") && page.contains("You had said you were going."), "{page}");
    assert!(!page.contains("Are you coming?") && !page.contains("1 going") && !page.contains("/rsvp\""), "{page}");
    app.advance(Duration::days(9));
    assert_eq!(app.tick().await.reminders_queued, 0);
    assert!(app.deliver_and_collect().await.is_empty());
});

backend_test!(async fn a_change_notice_names_the_old_title_and_place(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    // Where is not decided yet: no venue, no link.
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"venue": null}))).await.id;
    let announced = app.expect_one_mail_to("ada@example.org").await;
    assert!(announced.text.contains("When:") && !announced.text.contains("Where:"), "{}", announced.text);
    answer(&ada, &event, "yes").await;
    let confirmed = app.expect_one_mail_to("ada@example.org").await;
    assert!(confirmed.text.contains("When:") && !confirmed.text.contains("Where:"), "{}", confirmed.text);
    // Renamed and moved at once: the notice says what it was called and when it was.
    let path = format!("/api/v1/events/{event}");
    let r = organizer.send(Method::PATCH, &path, &json!({"title": "November social", "starts_at": "2026-11-13T18:30:00Z", "ends_at": "2026-11-13T21:00:00Z"})).await;
    assert_eq!(r.status(), 200);
    app.advance(Duration::minutes(16));
    let notice = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(notice.subject, "Changed: November social, now Fri 13 Nov 2026, 18:30–21:00 GMT");
    assert!(notice.text.contains("November meetup (PyLeeds) has changed."), "{}", notice.text);
    assert!(notice.text.contains("Title: November social  (was November meetup)"), "{}", notice.text);
    assert!(notice.text.contains("(was Thu 12 Nov 2026, 18:30–21:00 GMT)"), "{}", notice.text);
    assert!(!notice.text.contains("Where:"), "no empty place line: {}", notice.text);
    assert!(notice.html.contains("<strong>Title:</strong> November social"), "{}", notice.html);
    // A place is found: the notice says where, and that there was none before.
    let r = organizer.send(Method::PATCH, &path, &json!({"venue": {"name": "Leeds Library", "address": "18 Commercial St, Leeds"}})).await;
    assert_eq!(r.status(), 200);
    app.advance(Duration::minutes(16));
    let notice = app.expect_one_mail_to("ada@example.org").await;
    assert!(notice.text.contains("Where: Leeds Library, 18 Commercial St, Leeds  (was no place given)"), "{}", notice.text);
    assert!(!notice.text.contains("Title:") && !notice.text.contains("(was Thu"), "only what changed: {}", notice.text);
    // Someone answering now reads the place that was found.
    answer(&bo, &event, "yes").await;
    let confirmed = app.expect_one_mail_to("bo@example.org").await;
    assert!(confirmed.text.contains("Where: Leeds Library, 18 Commercial St, Leeds"), "{}", confirmed.text);
    assert!(confirmed.text.contains("Fri 13 Nov 2026, 18:30–21:00 GMT"), "{}", confirmed.text);
});

backend_test!(async fn one_click_unsubscribe_needs_no_cookie(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, _bo) = setup(&app).await;
    create_event(&organizer, "pyleeds", november_meetup(json!({}))).await;
    let announcement = app
        .deliver_and_collect()
        .await
        .into_iter()
        .find(|m| m.to == "ada@example.org")
        .unwrap();
    let header = announcement.header("List-Unsubscribe").unwrap();
    let url = header.trim_matches(['<', '>']);
    let path = &url[url.find("/unsubscribe/").unwrap()..];
    // A forged token is refused.
    let forged = TestApp::new_client()
        .post(app.url("/unsubscribe/not-a-token"))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 404);
    // What a mail provider sends: a POST with no cookie and no form token.
    let response = TestApp::new_client()
        .post(app.url(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let prefs = ada.get_json("/api/v1/me/notifications").await;
    assert_eq!(prefs["groups"][0]["group"], "pyleeds");
    assert_eq!(prefs["groups"][0]["announcements"], false);
    assert_eq!(prefs["groups"][0]["reminders"], true, "scoped to that kind of email");
    // The next announcement skips Ada only.
    create_event(&organizer, "pyleeds", november_meetup(json!({"title": "Second"}))).await;
    let mail = app.deliver_and_collect().await;
    assert_eq!(mail.len(), 2);
    assert!(to(&mail, "ada@example.org").is_empty());
    // "Account email only" stops the rest too.
    let r = ada
        .send(
            Method::PUT,
            "/api/v1/me/notifications",
            &json!({"only_account_email": true, "groups": []}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let third = create_event(&organizer, "pyleeds", november_meetup(json!({"title": "Third", "capacity": 5}))).await.id;
    answer(&ada, &third, "yes").await;
    assert!(to(&app.deliver_and_collect().await, "ada@example.org").is_empty());
});

backend_test!(async fn organizers_message_members_within_limits(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    answer(&ada, &event, "yes").await;
    app.deliver_mail().await;
    let going = organizer
        .post(
            "/api/v1/groups/pyleeds/messages",
            &json!({"subject": "Bring a laptop", "body": "We will code.", "audience": "going", "event_id": event}),
        )
        .await;
    assert_eq!(json_body(going).await["recipients"], 1);
    let mail = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(mail.subject, "[PyLeeds] Bring a laptop");
    assert!(mail.text.contains("We will code."));
    assert!(mail.header("List-Unsubscribe").is_some());
    let not_answered = organizer
        .post(
            "/api/v1/groups/pyleeds/messages",
            &json!({"subject": "Coming?", "body": "Tell us.", "audience": "not_answered", "event_id": event}),
        )
        .await;
    assert_eq!(json_body(not_answered).await["recipients"], 2, "Bo and the organizer");
    app.deliver_mail().await;
    // Members may not; bad input is named; the sixth message of the day is refused (3 more
    // to all three members: 12 messages sent in all).
    let refused = bo
        .post("/api/v1/groups/pyleeds/messages", &json!({"subject": "x", "body": "y"}))
        .await;
    assert_eq!(refused.status(), 403);
    let bad = organizer
        .post("/api/v1/groups/pyleeds/messages", &json!({"subject": "", "body": "y"}))
        .await;
    assert_eq!(bad.status(), 422);
    assert!(json_body(bad).await["fields"]["subject"].is_string());
    for _ in 0..3 {
        let ok = organizer
            .post("/api/v1/groups/pyleeds/messages", &json!({"subject": "s", "body": "b"}))
            .await;
        assert_eq!(ok.status(), 200);
    }
    let limited = organizer
        .post("/api/v1/groups/pyleeds/messages", &json!({"subject": "s", "body": "b"}))
        .await;
    assert_eq!(limited.status(), 429);
    app.deliver_mail().await;
    // Reminder times: organizers only, validated.
    let member = bo
        .send(Method::PUT, "/api/v1/groups/pyleeds/reminders", &json!({"hours": [48]}))
        .await;
    assert_eq!(member.status(), 403);
    let invalid = organizer
        .send(Method::PUT, "/api/v1/groups/pyleeds/reminders", &json!({"hours": [0]}))
        .await;
    assert_eq!(invalid.status(), 422);
    let set = organizer
        .send(Method::PUT, "/api/v1/groups/pyleeds/reminders", &json!({"hours": [2, 48]}))
        .await;
    assert_eq!(json_body(set).await["hours"], json!([48, 2]));
    // The outbox by kind on /metrics.
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(
        metrics.contains(r#"muster_outbox_emails{kind="organizer_message",status="sent"} 12"#),
        "{metrics}"
    );
});

backend_test!(async fn organizers_write_to_members_from_the_compose_page(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    answer(&ada, &event, "yes").await;
    app.deliver_mail().await;
    let compose = "/g/pyleeds/messages/new";
    let to_going = format!("going:{event}");
    // Linked from the event's organizer tools, its attendee list and member management.
    let link = format!("href=\"/g/pyleeds/messages/new?to=going:{event}\"");
    let (_, page) = organizer.page(&format!("/g/pyleeds/events/{event}")).await;
    assert!(page.contains(&link), "{page}");
    assert!(organizer.page(&format!("/g/pyleeds/events/{event}/attendees")).await.1.contains(&link));
    assert!(organizer.page("/g/pyleeds/settings/members").await.1.contains("href=\"/g/pyleeds/messages/new\""));
    // Members may not write to everyone: no page, no sending.
    assert_eq!(bo.page(compose).await.0, 403);
    assert!(!bo.page(&format!("/g/pyleeds/events/{event}")).await.1.contains("/messages/new"));
    let (status, page) = organizer.page(&format!("{compose}?to={to_going}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<option value=\"all\" >Every member</option>"), "{page}");
    assert!(page.contains(&format!("<option value=\"{to_going}\" selected>People going to November meetup (12 Nov 2026)</option>")), "{page}");
    assert!(!page.contains("value=\"send\""), "preview first");
    let token = csrf_token_in(&page);
    let bos_token = csrf_token_in(&bo.page("/account/settings").await.1);
    let refused = bo.post_form(compose, &bos_token, &[("to", "all"), ("subject", "Hi"), ("body", "x"), ("step", "send")]).await;
    assert_eq!(refused.status(), 403);
    assert!(refused.text().await.unwrap().contains("organizer"), "a refusal that says why");
    // Bad input is named on the page.
    let bad = organizer.post_form(compose, &token, &[("to", &to_going), ("subject", ""), ("body", "We will code."), ("step", "preview")]).await;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("Write a subject of 1 to 150 characters."), "{bad}");
    // The preview says who gets it, and sends nothing.
    let fields = [("to", to_going.as_str()), ("subject", "Bring a laptop"), ("body", "We will code.\nSee you!"), ("step", "preview")];
    let preview = organizer.post_form(compose, &token, &fields).await;
    assert_eq!(preview.status(), 200);
    let preview = preview.text().await.unwrap();
    assert!(preview.contains("To 1 person, about November meetup"), "{preview}");
    assert!(preview.contains("value=\"send\""), "{preview}");
    assert!(app.deliver_and_collect().await.is_empty(), "a preview sends nothing");
    // Sent: the page says to how many, and Ada has it.
    let mut send = fields.to_vec();
    send[3] = ("step", "send");
    let sent = organizer.post_form(compose, &token, &send).await;
    assert_eq!(sent.status(), 303);
    assert_eq!(sent.headers()["location"], "/g/pyleeds/messages/new?sent=1");
    assert!(organizer.page("/g/pyleeds/messages/new?sent=1").await.1.contains("Your message is on its way to 1 person."));
    let mail = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(mail.subject, "[PyLeeds] Bring a laptop");
    assert!(mail.text.contains("We will code.\r\nSee you!"), "{:?}", mail.text);
    // The API's daily limit holds here too: four more, then the sixth is refused on the page.
    for _ in 0..4 {
        let ok = organizer.post("/api/v1/groups/pyleeds/messages", &json!({"subject": "s", "body": "b"})).await;
        assert_eq!(ok.status(), 200);
    }
    let limited = organizer.post_form(compose, &token, &send).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.text().await.unwrap().contains("notice error"));
    app.deliver_mail().await;
});

backend_test!(async fn a_series_is_announced_meetup_by_meetup_two_weeks_ahead(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, _bo) = setup(&app).await;
    // Weekly from Thursday 5 November, 8 times: all 8 exist at once (90 days ahead).
    let created = organizer.post("/api/v1/groups/pyleeds/series", &json!({
        "title": "Hack night", "starts_at": "2026-11-05T18:30", "ends_at": "2026-11-05T21:00", "announce": true,
        "recurrence": {"frequency": {"kind": "weekly", "interval": 1, "weekday": "Thu"}, "end": {"count": 8}}
    })).await;
    assert_eq!(created.status(), 201);
    let series = json_body(created).await;
    assert_eq!(series["events"].as_array().unwrap().len(), 8);
    let ids: Vec<String> = series["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect();
    // Only the meetups of the next two weeks are announced; each member hears of each once.
    assert_eq!(app.tick().await.announcements, 2);
    assert_eq!(app.tick().await.announcements, 0, "a second tick announces nothing");
    let mail = app.deliver_and_collect().await;
    let subjects: Vec<&str> = to(&mail, "ada@example.org").iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects, ["New event: Hack night (PyLeeds)"; 2], "{mail:#?}");
    assert!(to(&mail, "ada@example.org")[0].text.contains("Thu 5 Nov 2026") || to(&mail, "ada@example.org")[1].text.contains("Thu 5 Nov 2026"));
    // A week later, the next one.
    app.advance(Duration::days(7));
    assert_eq!(app.tick().await.announcements, 1);
    let mail = app.deliver_and_collect().await;
    assert_eq!(to(&mail, "ada@example.org").len(), 1);
    assert!(to(&mail, "ada@example.org")[0].text.contains("Thu 19 Nov 2026"), "{}", to(&mail, "ada@example.org")[0].text);
    // A later meetup's page tells the organizer when, and offers to announce it now.
    let organizer = app.log_in_again(&organizer).await;
    let ada = app.log_in_again(&ada).await;
    let december = format!("/g/pyleeds/events/{}", ids[4]);
    let (_, page) = organizer.page(&december).await;
    assert!(page.contains("Members will be emailed about it on Thu 19 Nov 2026, 18:30 GMT."), "{page}");
    assert!(page.contains("Announce it now</button>"), "{page}");
    let (_, member_view) = ada.page(&december).await;
    assert!(!member_view.contains("/announce"), "members have no announce button");
    let refused = ada.post_form(&format!("{december}/announce"), &csrf_token_in(&member_view), &[]).await;
    assert_eq!(refused.status(), 403);
    let announced = organizer.post_form(&format!("{december}/announce"), &csrf_token_in(&page), &[]).await;
    assert_eq!(announced.status(), 303);
    assert_eq!(announced.headers()["location"], format!("{december}?notice=event_announced"));
    let mail = app.deliver_and_collect().await;
    assert_eq!(to(&mail, "ada@example.org").len(), 1);
    assert!(!organizer.page(&december).await.1.contains("Announce it now"), "announced once");
    // When its two weeks come, it is not announced again.
    app.advance(Duration::days(14));
    let report = app.tick().await;
    let mail = app.deliver_and_collect().await;
    assert!(to(&mail, "ada@example.org").iter().all(|m| !m.text.contains("Thu 3 Dec 2026")), "{mail:#?}");
    assert_eq!(report.announcements, 1, "the meetup of 26 November only");
});

backend_test!(async fn a_batch_of_1000_reminders_abandoned_mid_way_is_sent_once(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ..) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"capacity": null}))).await.id;
    app.deliver_mail().await;
    let before = app.smtp.received().len();
    app.seed_going("pyleeds", &event, 1000).await;
    app.advance(Duration::days(4) + Duration::hours(10));
    assert_eq!(app.tick().await.reminders_queued, 1000);
    // Eight ticks at once, as eight workers would: nothing more.
    let ticks = futures_util::future::join_all((0..8).map(|_| app.scheduler.tick())).await;
    assert!(ticks.iter().all(|t| t.as_ref().unwrap().reminders_queued == 0));
    // A worker claims a batch and dies (never sends, never marks).
    let dead = app.another_worker(muster_worker::WorkerOptions {
        batch_size: 200,
        ..Default::default()
    });
    let (_, claimed) = dead.claim().await.unwrap();
    assert_eq!(claimed.len(), 200);
    // The others deliver the rest; after the lease runs out, the dead worker's batch too.
    app.deliver_mail().await;
    assert_eq!(app.smtp.received().len() - before, 800);
    app.advance(Duration::minutes(6));
    app.deliver_mail().await;
    let received = app.smtp.received()[before..].to_vec();
    assert_eq!(received.len(), 1000, "none lost");
    let mut recipients: Vec<&str> = received.iter().map(|m| m.to[0].as_str()).collect();
    recipients.sort_unstable();
    recipients.dedup();
    assert_eq!(recipients.len(), 1000, "none duplicated");
});

backend_test!(async fn a_worker_process_killed_twice_mid_batch_loses_no_reminder(backend) {
    let app = TestApp::spawn(backend).await;
    // `muster worker` runs on the real clock, so this test does too.
    // The event is published two hours ago and starts in six days less an hour, so its
    // six-day reminder fell due an hour ago.
    let now = chrono::Utc::now();
    app.clock.set((now - Duration::hours(2)).into());
    let (organizer, ..) = setup(&app).await;
    let starts = now + Duration::days(6) - Duration::hours(1);
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"capacity": null, "starts_at": starts.to_rfc3339(),
               "ends_at": (starts + Duration::hours(2)).to_rfc3339()})))
    .await.id;
    app.deliver_mail().await;
    let before = app.smtp.received().len();
    app.seed_going("pyleeds", &event, 1000).await;
    app.clock.set(chrono::Utc::now().into());
    assert_eq!(app.tick().await.reminders_queued, 1000);

    // Kill -9 the worker process twice while it is sending, restarting it each time.
    let mut kills = 0;
    // (Batches are 50 rows: these counts fall inside one.)
    for threshold in [275, 630] {
        let mut worker = muster_e2e::WorkerProcess::start(&app);
        app.smtp.wait_for(before + threshold, std::time::Duration::from_secs(120)).await;
        worker.assert_running();
        worker.kill();
        kills += 1;
        // The killed worker's claimed rows come back when their lease runs out; age the
        // leases instead of waiting five minutes (the dead process holds nothing else).
        let expired = muster_core::Timestamp::from(chrono::Utc::now());
        let (leased, pending) = app
            .db
            .write(move |c| {
                use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
                use muster_db::schema::email_outbox as o;
                let leased = diesel::update(
                    o::table.filter(o::lease_owner.is_not_null()).filter(o::status.eq("pending")),
                )
                .set(o::lease_expires_at.eq(expired))
                .execute(c)?;
                let pending: i64 =
                    o::table.filter(o::status.eq("pending")).count().get_result(c)?;
                Ok((leased, pending))
            })
            .await
            .unwrap();
        assert!(leased > 0 && pending > 0, "killed during a batch, before the end");
        eprintln!("kill {kills}: {leased} claimed rows abandoned, {pending} reminders pending");
    }
    let mut worker = muster_e2e::WorkerProcess::start(&app);
    let mut received = app.smtp.wait_for(before + 1000, std::time::Duration::from_secs(120)).await;
    // Wait until the outbox has nothing pending, then stop the last worker.
    for _ in 0..600 {
        let stats = app.db.read(muster_db::outbox::stats).await.unwrap();
        if stats.iter().all(|s| s.status != muster_db::outbox::Status::Pending) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    worker.assert_running();
    worker.kill();
    received.clone_from(&app.smtp.received());
    let reminders: Vec<Mail> = received[before..].iter().map(Mail::parse).collect();
    assert!(reminders.iter().all(|m| m.subject.starts_with("Reminder: ")), "only reminders");

    let stats = app.db.read(muster_db::outbox::stats).await.unwrap();
    let sent: i64 = stats
        .iter()
        .filter(|s| s.kind == "event_reminder" && s.status == muster_db::outbox::Status::Sent)
        .map(|s| s.emails)
        .sum();
    assert_eq!(sent, 1000, "every reminder recorded as sent: {stats:?}");
    let mut recipients: Vec<&str> = reminders.iter().map(|m| m.to.as_str()).collect();
    recipients.sort_unstable();
    recipients.dedup();
    assert_eq!(recipients.len(), 1000, "none lost");
    let mut ids: Vec<&str> = reminders.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 1000, "one Message-ID per reminder, kept across resends");
    // A kill between the SMTP server's "250 OK" and the worker's record of it is the only way
    // to send twice: at most one repeat per kill, with the same Message-ID.
    let repeats = reminders.len() - 1000;
    eprintln!("{} messages received for 1,000 reminders after {kills} kills", reminders.len());
    assert!(repeats <= kills, "{repeats} repeats after {kills} kills");
});

backend_test!(async fn the_settings_page_and_refused_links(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, _bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({}))).await.id;
    answer(&ada, &event, "yes").await;
    app.deliver_mail().await;

    // The page lists the group; a form with only "reminders" ticked turns the others off.
    let page = ada.get("/account/notifications").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("PyLeeds") && html.contains("name=\"pyleeds.reminders\""), "{html}");
    let token = csrf_token_in(&html);
    let saved = ada.post_form("/account/notifications", &token, &[("pyleeds.reminders", "on")]).await;
    assert_eq!(saved.status(), 303);
    let prefs = ada.get_json("/api/v1/me/notifications").await;
    assert_eq!(prefs["only_account_email"], false);
    assert_eq!(prefs["groups"][0]["announcements"], false);
    assert_eq!(prefs["groups"][0]["reminders"], true);
    assert_eq!(prefs["groups"][0]["messages"], false);
    // Preferences for a group one is not in are refused, naming the field.
    let refused = ada
        .send(
            Method::PUT,
            "/api/v1/me/notifications",
            &json!({"only_account_email": false, "groups": [
                {"group": "elsewhere", "announcements": true, "reminders": true, "messages": true}
            ]}),
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(json_body(refused).await["fields"]["groups"].is_string());

    // A reminder's links are single-purpose: made-up tokens and an unsubscribe token used as an
    // RSVP link find nothing.
    app.advance(Duration::days(4) + Duration::hours(10));
    app.tick().await;
    let reminder = app.expect_one_mail_to("ada@example.org").await;
    let unsubscribe = reminder.header("List-Unsubscribe").unwrap();
    let unsubscribe_token = unsubscribe
        .trim_matches(['<', '>'])
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let browser = TestApp::new_client();
    for path in [
        "/email/rsvp/not-a-token".to_owned(),
        format!("/email/rsvp/{unsubscribe_token}"),
    ] {
        let response = browser.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    let coming = reminder.path_containing("/email/rsvp/");
    let coming_token = coming.rsplit('/').next().unwrap();
    let response = browser
        .get(app.url(&format!("/unsubscribe/{coming_token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404, "an RSVP link does not unsubscribe");
    // "Still coming" keeps the seat.
    let page = browser.get(app.url(&coming)).send().await.unwrap();
    let html = page.text().await.unwrap();
    assert!(html.contains("still coming"), "{html}");
    let done = form_post(&browser, &app.url(&coming), &[("csrf_token", &csrf_token_in(&html))]).await;
    assert_eq!(done.status(), 200);
    let mine = ada.get_json(&format!("/api/v1/events/{event}/rsvp")).await;
    assert_eq!(mine["status"], "going");
});

backend_test!(async fn a_sleeping_worker_is_woken_by_every_commit_that_queues_mail(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, _bo) = setup(&app).await;
    // A worker that, left to itself, would look again only in an hour: mail reaches the
    // inbox during this test only if the commits that queue it wake the worker.
    let options = muster_worker::WorkerOptions {
        poll_interval: std::time::Duration::from_secs(3600),
        ..muster_worker::WorkerOptions::default()
    };
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(app.another_worker(options).run(stopped));
    // The first email after the `seen` first ones whose subject starts with `subject`.
    let arrives = |seen: usize, subject: &'static str| {
        let app = &app;
        async move {
            for count in seen + 1.. {
                let all = app.smtp.wait_for(count, std::time::Duration::from_secs(60)).await;
                let mail = Mail::parse(&all[count - 1]);
                if mail.subject.starts_with(subject) {
                    return mail;
                }
            }
            unreachable!("counts are unbounded")
        }
    };
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"draft": true}))).await.id;
    let seen = app.smtp.received().len();
    let published = organizer.post(&format!("/api/v1/events/{event}/publish"), &json!({})).await;
    assert_eq!(published.status(), 200);
    let announced = arrives(seen, "New event").await;
    assert_eq!(announced.subject, "New event: November meetup (PyLeeds)");
    let seen = app.smtp.received().len();
    answer(&ada, &event, "yes").await;
    assert_eq!(arrives(seen, "You're going").await.to, "ada@example.org");
    let seen = app.smtp.received().len();
    let cancelled = organizer
        .post(&format!("/api/v1/events/{event}/cancel"), &json!({"reason": "Venue flooded"}))
        .await;
    assert_eq!(cancelled.status(), 200);
    assert_eq!(arrives(seen, "Cancelled").await.to, "ada@example.org");
    let _ = stop.send(true);
    worker.await.unwrap();
});

backend_test!(async fn invitations_name_a_real_organizer_and_who_sent_them(backend) {
    let app = TestApp::spawn(backend).await;
    let (organizer, ada, bo) = setup(&app).await;
    let event = create_event(&organizer, "pyleeds", november_meetup(json!({"capacity": null}))).await.id;
    let announcement = app.deliver_and_collect().await;
    assert!(announcement.iter().all(|m| m.header("Auto-Submitted").as_deref() == Some("auto-generated")), "RFC 3834 on every email");

    // The base URL is an IP address: the invitation's organizer is the sender, a real address.
    answer(&ada, &event, "yes").await;
    let confirmed = app.expect_one_mail_to("ada@example.org").await;
    assert_eq!(confirmed.header("Auto-Submitted").as_deref(), Some("auto-generated"));
    assert!(confirmed.from_header.contains("noreply@localhost"), "{}", confirmed.from_header);
    assert_eq!(invitation(&confirmed, &event), ("REQUEST".into(), "CONFIRMED".into()));
    let ics = confirmed.calendar().unwrap();
    let parsed = parse_with_ical_crate(&ics);
    let uid = format!("{event}@127.0.0.1");
    assert_eq!(parsed.event(&uid).organizer.as_deref(), Some("mailto:noreply@localhost"));
    assert!(!ics.contains("127.0.0.1>") && !ics.contains("mailto:noreply@127.0.0.1"), "{ics}");
    assert!(!ics.contains("SENT-BY"), "the sender organizes itself: {ics}");

    // A group with its own contact organizes; the sender says it sends on its behalf.
    let r = organizer.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"contact_email": "hello@pyleeds.example"})).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    answer(&bo, &event, "yes").await;
    let confirmed = app.expect_one_mail_to("bo@example.org").await;
    assert!(confirmed.from_header.contains("noreply@localhost"));
    assert_eq!(invitation(&confirmed, &event), ("REQUEST".into(), "CONFIRMED".into()));
    let ics = confirmed.calendar().unwrap();
    assert_eq!(parse_with_ical_crate(&ics).event(&uid).organizer.as_deref(), Some("mailto:hello@pyleeds.example"));
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("ORGANIZER;CN=PyLeeds;SENT-BY=\"mailto:noreply@localhost\":mailto:hello@pyleeds.example\r\n"),
        "{unfolded}"
    );
});
