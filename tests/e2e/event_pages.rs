//! Events in the browser: scheduling through forms, the event page as each kind of visitor sees
//! it, RSVPs and the waitlist, the organizers' attendee list, check-in and agenda, comments,
//! cancelling, drafts, series, and the lists on the group and home pages.

use muster_e2e::{
    TestApp, ada_organizing, answer, backend_test, create_event, id_of, joined_member,
    tech_hub_meetup, text_unescaped,
};
use serde_json::{Value, json};

/// The Tech Hub's address as these tests write it: on one line.
const TECH_HUB_ADDRESS: &str = "1 Park Row, Leeds";

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

fn event_id_in(location: &str) -> String {
    let path = location.split('?').next().unwrap();
    let id = path.rsplit('/').next().unwrap().to_owned();
    assert_eq!(id.len(), 36, "{location}");
    id
}

backend_test!(async fn an_organizer_schedules_an_event_through_the_form(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;

    let (status, form) = ada.page_unescaped("/g/pyleeds/events/new").await;
    assert_eq!(status, 200);
    assert!(form.contains("Schedule an event"), "{form}");
    assert!(form.contains("<option value=\"Europe/London\" selected>London</option>"), "the group's zone is the default");
    assert!(form.contains("type=\"datetime-local\""));
    assert!(form.contains(&format!("value=\"{}\"", ada.id)), "organizers can be hosts");
    assert!(form.contains("id=\"f-announce\" name=\"announce\" value=\"yes\" checked"));
    assert!(form.contains("id=\"f-reminders\" name=\"reminders\" value=\"yes\" checked"));

    // The end before the start: 422, the message, and everything typed is still there.
    let fields = |start: &'static str, end: &'static str| {
        vec![
            ("title", "December meetup"),
            ("description", "Talks, *pizza* and <script>alert('xss')</script>."),
            ("starts_at", start),
            ("ends_at", end),
            ("timezone", "Europe/London"),
            ("venue_name", "The Tech Hub"),
            ("venue_address", "1 Park Row\nLeeds"),
            ("venue_directions", "Second floor, ring the bell."),
            ("venue_lat", "53.7997"),
            ("venue_lon", "-1.5492"),
            ("online_url", "https://meet.example.org/pyleeds-dec"),
            ("capacity", "30"),
            ("guest_limit", "1"),
            ("rsvp_opens_hours", ""),
            ("rsvp_closes_hours", "2"),
            ("rsvp_question", "Any dietary needs?"),
            ("announce", "yes"),
            ("reminders", "yes"),
        ]
    };
    let backwards = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &fields("2026-12-16T21:00", "2026-12-16T18:30")).await;
    assert_eq!(backwards.status(), 422);
    let html = text_unescaped(backwards).await;
    assert!(html.contains("The end must be after the start."), "{html}");
    assert!(html.contains("value=\"December meetup\""), "the title is kept");
    assert!(html.contains("value=\"2026-12-16T21:00\""), "the start is kept");
    assert!(html.contains("value=\"https://meet.example.org/pyleeds-dec\""));
    assert!(html.contains("1 Park Row\nLeeds</textarea>"));

    let past = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &fields("2026-10-01T18:30", "2026-10-01T21:00")).await;
    assert_eq!(past.status(), 422);
    let html = text_unescaped(past).await;
    assert!(html.contains("The start must be in the future."), "{html}");
    assert!(html.contains("value=\"2026-10-01T18:30\""));

    let not_numbers = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &[
        ("title", "No"), ("starts_at", "2026-12-16T18:30"), ("ends_at", "2026-12-16T21:00"), ("capacity", "lots"),
    ]).await;
    assert_eq!(not_numbers.status(), 422);
    let html = text_unescaped(not_numbers).await;
    assert!(html.contains("Enter a number of seats"), "{html}");
    assert!(html.contains("The title needs at least 3 characters."), "the service's errors come too: {html}");

    let mut good = fields("2026-12-16T18:30", "2026-12-16T21:00");
    good.push(("hosts", &ada.id));
    let created = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &good).await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap_or_default());
    let to = location(&created);
    assert!(to.starts_with("/g/pyleeds/events/") && to.ends_with("?notice=event_created"), "{to}");
    let id = event_id_in(&to);
    let path = format!("/g/pyleeds/events/{id}");

    let (status, html) = ada.page_unescaped(&to).await;
    assert_eq!(status, 200);
    assert!(html.contains("The event is published."), "{html}");
    let json = ada.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(json["starts_at"], "2026-12-16T18:30:00+00:00");
    assert_eq!(json["rsvp_closes_at"], "2026-12-16T16:30:00+00:00", "two hours before");
    assert_eq!(json["capacity"], 30);
    assert_eq!(json["hosts"][0]["name"], "Ada");

    // A visitor sees the event, the venue and a way in — not the online link.
    let (status, html) = app.visitor().page_unescaped(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("December meetup"));
    assert!(html.contains("Wed 16 Dec 2026, 18:30–21:00 GMT"), "{html}");
    assert!(html.contains("Times are in Europe/London."));
    assert!(html.contains("RSVPs are open: 30 seats left."), "{html}");
    assert!(html.contains("The Tech Hub") && html.contains("1 Park Row\nLeeds") && html.contains("Second floor, ring the bell."));
    assert!(html.contains("href=\"https://www.openstreetmap.org/?mlat=53.7997") && html.contains("Map (OpenStreetMap)"), "{html}");
    assert!(html.contains("<em>pizza</em>"), "Markdown renders");
    assert!(!html.contains("<script>alert"), "no stored XSS");
    assert!(html.contains("Hosts") && html.contains("<li>Ada</li>"));
    assert!(html.contains(&format!("href=\"/account/login?next=%2Fg%2Fpyleeds%2Fevents%2F{id}\"")), "{html}");
    assert!(!html.contains("meet.example.org"), "the online link is for people going");
    assert!(html.contains("an online link is shown to people who are going"));
    assert!(!html.contains("Organizer tools"));

    // Grace never chose a zone: the page shows the event's, and claims nothing about hers
    // (tests/e2e/time_zones.rs has someone whose zone is known).
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(!html.contains("In your time zone"), "{html}");
    assert!(html.contains("Any dietary needs?"), "the question is asked with the RSVP");
    assert!(html.contains("Guests coming with you"));

    // The lists: the group's events, the group page, the home page.
    let (status, events) = app.visitor().page_unescaped("/g/pyleeds/events").await;
    assert_eq!(status, 200);
    assert!(events.contains(&format!("href=\"{path}\">December meetup</a>")), "{events}");
    assert!(events.contains("Wed 16 Dec") && events.contains("18:30 GMT"));
    assert!(!events.contains("New event"), "visitors do not schedule");
    assert!(ada.page_unescaped("/g/pyleeds/events").await.1.contains("href=\"/g/pyleeds/series/new\""));
    let (_, show) = app.visitor().page_unescaped("/g/pyleeds").await;
    assert!(show.contains(&format!("href=\"{path}\">December meetup</a>")), "{show}");
    assert!(show.contains("0 going"));
    assert!(!show.contains("No meetups are scheduled yet."));
    let (_, home) = app.visitor().page_unescaped("/").await;
    assert!(home.contains("Upcoming meetups"));
    assert!(home.contains(&format!("href=\"{path}\">December meetup</a>")), "{home}");
    assert!(home.contains("href=\"/g/pyleeds\">PyLeeds</a>"));
});

backend_test!(async fn members_rsvp_and_join_the_waitlist_through_the_form(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"capacity": 1, "online_url": "https://meet.example.org/secret-room"}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let bob = joined_member(&app, "pyleeds", "Bob").await;
    let eve = app.person("Eve", "eve@example.org").await;

    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("Yes, I'm going"), "{html}");
    assert!(!html.contains("secret-room"));
    let yes = grace.submit_form(&path, &format!("{path}/rsvp"), &[("response", "yes")]).await;
    assert_eq!(yes.status(), 303);
    assert_eq!(location(&yes), format!("{path}?notice=rsvp_going#rsvp"));
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("You're going."), "{html}");
    assert!(html.contains("href=\"https://meet.example.org/secret-room\""), "going: the link shows");
    assert!(html.contains(&format!("href=\"/people/{}\">", grace.id)) && html.contains("<span>Grace</span></a>"), "who's going");

    // Full: Bob joins the waitlist and sees his place.
    let (_, html) = bob.page_unescaped(&path).await;
    assert!(html.contains("Every seat is taken"), "{html}");
    assert!(html.contains("Join the waitlist"));
    let waiting = bob.submit_form(&path, &format!("{path}/rsvp"), &[("response", "yes")]).await;
    assert_eq!(waiting.status(), 303);
    assert_eq!(location(&waiting), format!("{path}?notice=rsvp_waitlisted#rsvp"));
    let (_, html) = bob.page_unescaped(&location(&waiting)).await;
    assert!(html.contains("#1 on the waitlist"), "{html}");
    assert!(html.contains("Every seat is taken; you're #1 on the waitlist.") && !html.contains("RSVP to join the waitlist"), "{html}");
    assert!(html.contains("on the waitlist. We"), "the notice");
    assert!(!html.contains("secret-room"), "waiting is not going");
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("Every seat is taken, yours included.") && !html.contains("RSVP to join the waitlist"), "someone going is not invited to wait: {html}");

    // Outsiders and visitors never see the link; the organizer does.
    let (_, html) = eve.page_unescaped(&path).await;
    assert!(html.contains("Join the group to RSVP") && html.contains("href=\"/g/pyleeds/join\""), "{html}");
    assert!(!html.contains("secret-room"));
    assert!(!app.visitor().page_unescaped(&path).await.1.contains("secret-room"));
    assert!(ada.page_unescaped(&path).await.1.contains("secret-room"));
    // A non-member's RSVP is refused on the page itself.
    let refused = eve.submit_form(&path, &format!("{path}/rsvp"), &[("response", "yes")]).await;
    assert_eq!(refused.status(), 409);
    let html = text_unescaped(refused).await;
    assert!(html.contains("You are not a member of this group.") && html.contains("December meetup"), "{html}");

    // The home page lists each person's own events with their status.
    let (_, home) = grace.page_unescaped("/").await;
    assert!(home.contains("Your upcoming events"), "{home}");
    assert!(home.contains("You're going"), "{home}");
    assert!(bob.page_unescaped("/").await.1.contains("On the waitlist"));

    // Grace cannot go after all: Bob gets her seat (and an email).
    let no = grace.submit_form(&path, &format!("{path}/rsvp"), &[("response", "no")]).await;
    assert_eq!(no.status(), 303);
    assert!(grace.page_unescaped(&path).await.1.contains("not going"));
    let mail = app.expect_one_mail_to("bob@example.org").await;
    assert!(mail.subject.contains("December meetup") || mail.text.contains("December meetup"), "{mail:?}");
    assert!(bob.page_unescaped(&path).await.1.contains("secret-room"), "promoted: going now");

    // Closed RSVPs: the refusal shows on the page with its status.
    let closed = ada.submit_form(&path, &format!("{path}/rsvps/close"), &[]).await;
    assert_eq!(closed.status(), 303);
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("RSVPs are closed by the organizers."), "{html}");
    assert!(!html.contains("name=\"response\" value=\"yes\""), "no yes button when closed");
    let late = grace.submit_form(&path, &format!("{path}/rsvp"), &[("response", "yes")]).await;
    assert_eq!(late.status(), 409);
    assert!(text_unescaped(late).await.contains("RSVPs for this event are closed."));
    assert_eq!(ada.submit_form(&path, &format!("{path}/rsvps/open"), &[]).await.status(), 303);
    assert!(grace.page_unescaped(&path).await.1.contains("Join the waitlist"));
});

backend_test!(async fn organizers_manage_attendees_check_in_and_download_the_list(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"capacity": 2, "rsvp_question": "Any dietary needs?"}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let bob = joined_member(&app, "pyleeds", "Bob").await;
    let carol = joined_member(&app, "pyleeds", "Carol").await;
    let dan = joined_member(&app, "pyleeds", "Dan").await;
    let answered = grace.submit_form(&path, &format!("{path}/rsvp"), &[("response", "yes"), ("answer", "Vegan, please")]).await;
    assert_eq!(answered.status(), 303);
    answer(&bob, &id, "yes").await;
    assert_eq!(answer(&carol, &id, "yes").await["status"], "waitlisted");

    let attendees = format!("{path}/attendees");
    let response = ada.get(&attendees).await;
    assert_eq!(response.headers()["cache-control"], "no-store", "personal pages are not cached");
    let (status, html) = ada.page_unescaped(&attendees).await;
    assert_eq!(status, 200);
    assert!(html.contains("Going (2)") && html.contains("Waitlist (1)"), "{html}");
    assert!(html.contains("Vegan, please"), "organizers see answers");
    assert!(html.contains("2 of 2 seats taken"));
    assert!(html.contains(&format!("<option value=\"{}\">Dan</option>", dan.id)), "Dan has not answered: {html}");
    assert!(!html.contains(&format!("<option value=\"{}\">Grace</option>", grace.id)));

    // Moving Bob out promotes Carol, who is told by email.
    let moved = ada.submit_form(&attendees, &format!("{attendees}/{}", bob.id), &[("status", "not_going")]).await;
    assert_eq!(moved.status(), 303);
    assert_eq!(location(&moved), format!("{attendees}?notice=attendee_moved#p-{}", bob.id));
    app.expect_one_mail_to("carol@example.org").await;
    let (_, html) = ada.page_unescaped(&attendees).await;
    assert!(html.contains("Going (2)") && html.contains("Waitlist (0)") && html.contains("Not going (1)"), "{html}");
    assert!(carol.page_unescaped(&path).await.1.contains("You're going."));

    // Full: moving Bob back in is refused on the page, with the reason.
    let full = ada.submit_form(&attendees, &format!("{attendees}/{}", bob.id), &[("status", "going")]).await;
    assert_eq!(full.status(), 409);
    let html = text_unescaped(full).await;
    assert!(html.contains("There are no free seats left.") && html.contains("Going (2)"), "{html}");

    // Adding a member who never answered.
    let added = ada.submit_form(&attendees, &format!("{attendees}/add"), &[("user_id", &dan.id), ("status", "waitlisted")]).await;
    assert_eq!(added.status(), 303);
    let (_, html) = ada.page_unescaped(&attendees).await;
    assert!(html.contains("Waitlist (1)") && html.contains("Dan"), "{html}");

    // The CSV for a spreadsheet.
    let csv = ada.get(&format!("{path}/attendees.csv")).await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("name,rsvp,guests,answer,checked_in,no_shows\r\n"), "{csv}");
    assert!(csv.contains("\"Grace\",going,0,\"Vegan, please\","), "{csv}");
    assert!(csv.contains("\"Dan\",waitlisted"));

    // Check-in at the door.
    let checkin = format!("{path}/checkin");
    let (status, html) = ada.page_unescaped(&checkin).await;
    assert_eq!(status, 200);
    assert!(html.contains("0 of 2 here"), "{html}");
    assert!(html.contains("Grace") && html.contains("Carol") && !html.contains("Bob"), "only people going");
    let here = ada.submit_form(&checkin, &format!("{checkin}/{}", grace.id), &[("attendance", "attended")]).await;
    assert_eq!(here.status(), 303);
    assert_eq!(location(&here), format!("{checkin}#p-{}", grace.id));
    let no_show = ada.submit_form(&checkin, &format!("{checkin}/{}", carol.id), &[("attendance", "no_show")]).await;
    assert_eq!(no_show.status(), 303);
    let (_, html) = ada.page_unescaped(&checkin).await;
    assert!(html.contains("1 of 2 here"), "{html}");
    assert!(html.contains("state-attended") && html.contains("state-no_show"));
    let csv = ada.get(&format!("{path}/attendees.csv")).await.text().await.unwrap();
    assert!(csv.contains("\"Grace\",going,0,\"Vegan, please\",yes,0"), "{csv}");
    assert!(csv.contains("\"Carol\",going,0,\"\",no,1"), "{csv}");

    // Members are not organizers; outsiders of nothing private still get 403 for tools.
    for tool in ["attendees", "attendees.csv", "checkin", "edit", "talks", "cancel"] {
        assert_eq!(grace.page_unescaped(&format!("{path}/{tool}")).await.0, 403, "{tool}");
    }
    let forged = grace.submit_form(&path, &format!("{checkin}/{}", grace.id), &[("attendance", "attended")]).await;
    assert_eq!(forged.status(), 403);
    // Visitors are sent to log in.
    let gated = app.visitor().get(&attendees).await;
    assert_eq!(gated.status(), 303);
    assert!(location(&gated).starts_with("/account/login?next="));
});

backend_test!(async fn private_events_and_drafts_stay_hidden(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "inner-circle", "private").await;
    let id = create_event(&ada, "inner-circle", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Secret supper"}))).await.id;
    let eve = app.person("Eve", "eve@example.org").await;
    let path = format!("/g/inner-circle/events/{id}");
    assert_eq!(ada.page_unescaped(&path).await.0, 200);
    for who in [&eve, &app.visitor()] {
        let (status, html) = who.page_unescaped(&path).await;
        assert_eq!(status, 404);
        assert!(!html.contains("Secret supper"));
        assert_eq!(who.page_unescaped("/g/inner-circle/events").await.0, 404);
    }
    assert!(!app.visitor().page_unescaped("/").await.1.contains("Secret supper"), "not on the home page");

    // Drafts: organizers only, until published.
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let drafted = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &[
        ("title", "Draft night"), ("starts_at", "2026-12-02T18:30"), ("ends_at", "2026-12-02T20:30"),
        ("timezone", "Europe/London"), ("draft", "yes"), ("announce", "yes"), ("reminders", "yes"),
    ]).await;
    assert_eq!(drafted.status(), 303);
    assert!(location(&drafted).ends_with("?notice=event_drafted"));
    let path = location(&drafted).split('?').next().unwrap().to_owned();
    let (status, html) = ada.page_unescaped(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("only organizers can see it") && html.contains(">Publish</button>"), "{html}");
    assert_eq!(grace.page_unescaped(&path).await.0, 404);
    assert_eq!(app.visitor().page_unescaped(&path).await.0, 404);
    assert!(!grace.page_unescaped("/g/pyleeds/events").await.1.contains("Draft night"));
    assert!(!grace.page_unescaped("/g/pyleeds").await.1.contains("Draft night"));
    let listed = ada.page_unescaped("/g/pyleeds/events").await.1;
    assert!(listed.contains("Draft night") && listed.contains("badge draft"), "{listed}");

    let published = ada.submit_form(&path, &format!("{path}/publish"), &[]).await;
    assert_eq!(published.status(), 303);
    assert_eq!(location(&published), format!("{path}?notice=event_published"));
    assert_eq!(grace.page_unescaped(&path).await.0, 200);

    // Another draft is deleted.
    let second = ada.submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &[
        ("title", "Never mind"), ("starts_at", "2026-12-09T18:30"), ("ends_at", "2026-12-09T20:30"), ("draft", "yes"),
    ]).await;
    let second = location(&second).split('?').next().unwrap().to_owned();
    let deleted = ada.submit_form(&second, &format!("{second}/delete"), &[]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(location(&deleted), "/g/pyleeds/events?notice=event_deleted");
    assert_eq!(ada.page_unescaped(&second).await.0, 404);
    // A published event cannot be deleted: the page says why.
    let refused = ada.submit_form(&path, &format!("{path}/delete"), &[]).await;
    assert_eq!(refused.status(), 409);
    assert!(text_unescaped(refused).await.contains("Published events are cancelled, not deleted"));
});

backend_test!(async fn comments_and_cancelling_on_the_event_page(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let grace = joined_member(&app, "pyleeds", "Grace").await;

    let empty = grace.submit_form(&path, &format!("{path}/comments"), &[("body", "")]).await;
    assert_eq!(empty.status(), 422);
    assert!(text_unescaped(empty).await.contains("Enter the comment."));
    let body = "Can't wait! <b>Pizza</b>? **Bring** [slides](https://example.org/s) [x](javascript:alert(1))";
    let posted = grace.submit_form(&path, &format!("{path}/comments"), &[("body", body)]).await;
    assert_eq!(posted.status(), 303);
    assert!(location(&posted).contains("?notice=comment_posted#comment-"));
    let (_, html) = app.visitor().page_unescaped(&path).await;
    // Markdown renders as in descriptions; markup typed in stays text; unsafe links go.
    assert!(html.contains("Can't wait! &lt;b&gt;Pizza&lt;/b&gt;?") && !html.contains("<b>Pizza"), "escaped: {html}");
    assert!(html.contains("<strong>Bring</strong>") && !html.contains("**Bring**"), "{html}");
    assert!(html.contains("<a href=\"https://example.org/s\" rel=\"noopener nofollow ugc\">slides</a>"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    assert!(!html.contains("name=\"body\""), "visitors cannot comment");
    let comment_id = location(&posted).rsplit("#comment-").next().unwrap().to_owned();
    let remove = format!("{path}/comments/{comment_id}/remove");
    assert!(ada.page_unescaped(&path).await.1.contains(&format!("action=\"{remove}\"")), "organizers can remove");
    let outsider = app.person("Eve", "eve@example.org").await;
    assert!(!outsider.page_unescaped(&path).await.1.contains(&remove));
    let forbidden = outsider.submit_form(&path, &remove, &[]).await;
    assert_eq!(forbidden.status(), 403);

    let removed = ada.submit_form(&path, &remove, &[]).await;
    assert_eq!(removed.status(), 303);
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("Removed by an organizer.") && !html.contains("Pizza"), "{html}");

    // Cancelling, with a reason everyone sees.
    let cancel = format!("{path}/cancel");
    let (status, form) = ada.page_unescaped(&cancel).await;
    assert_eq!(status, 200);
    assert!(form.contains("Cancel the event"));
    let no_reason = ada.submit_form(&cancel, &cancel, &[("reason", "")]).await;
    assert_eq!(no_reason.status(), 422);
    assert!(text_unescaped(no_reason).await.contains("The reason"));
    let cancelled = ada.submit_form(&cancel, &cancel, &[("reason", "The venue flooded. See you in January!")]).await;
    assert_eq!(cancelled.status(), 303);
    assert_eq!(location(&cancelled), format!("{path}?notice=event_cancelled"));
    let (status, html) = app.visitor().page_unescaped(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("This event is cancelled.") && html.contains("The venue flooded. See you in January!"), "{html}");
    assert!(!html.contains("Log in to RSVP"));
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(!html.contains("name=\"response\""), "no RSVP on a cancelled event");
    let (_, events) = app.visitor().page_unescaped("/g/pyleeds/events").await;
    assert!(events.contains("is-cancelled") && events.contains("badge cancelled"), "{events}");
    assert!(app.visitor().page_unescaped("/g/pyleeds").await.1.contains("badge cancelled"));
});

backend_test!(async fn events_are_edited_and_get_an_agenda(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    // RSVPs close 90 minutes before: the form shows it rounded as 2 hours.
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"capacity": 2, "rsvp_closes_at": "2026-12-16T17:00:00Z"}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let bob = joined_member(&app, "pyleeds", "Bob").await;
    answer(&grace, &id, "yes").await;
    answer(&bob, &id, "yes").await;

    let edit = format!("{path}/edit");
    let (status, form) = ada.page_unescaped(&edit).await;
    assert_eq!(status, 200);
    assert!(form.contains("value=\"December meetup\""));
    assert!(form.contains("name=\"starts_at\" type=\"datetime-local\" value=\"2026-12-16T18:30\""), "{form}");
    assert!(form.contains("name=\"rsvp_closes_hours\" type=\"number\" value=\"2\""), "{form}");
    assert!(form.contains("move the latest RSVPs to the waitlist"));
    assert!(!form.contains("This and the following events"), "not in a series");

    let base = [
        ("title", "December meetup: Rust night"), ("starts_at", "2026-12-16T18:30"), ("ends_at", "2026-12-16T21:30"),
        ("timezone", "Europe/London"), ("venue_name", "The Tech Hub"), ("venue_address", "1 Park Row, Leeds"),
        ("guest_limit", "0"), ("rsvp_closes_hours", "2"), ("announce", "yes"), ("reminders", "yes"),
    ];
    // Fewer seats than taken is refused unless the organizer chooses the waitlist.
    let mut fewer = base.to_vec();
    fewer.push(("capacity", "1"));
    let refused = ada.submit_form(&edit, &edit, &fewer).await;
    assert_eq!(refused.status(), 422);
    assert!(text_unescaped(refused).await.contains("2 seats are taken"));
    fewer.push(("overflow", "yes"));
    let saved = ada.submit_form(&edit, &edit, &fewer).await;
    assert_eq!(saved.status(), 303);
    // A new end time: the organizer learns at once when members will be told.
    assert_eq!(location(&saved), format!("{path}?notice=event_moved"));
    let (_, html) = ada.page_unescaped(&location(&saved)).await;
    assert!(html.contains("gets an email about the new time or place in 15 minutes"), "{html}");
    assert!(html.contains("December meetup: Rust night") && html.contains("18:30–21:30 GMT"), "{html}");
    assert!(!html.contains("Moved from"), "the start did not move: {html}");
    let json = ada.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!(json["capacity"], 1);
    assert_eq!(json["waitlist_count"], 1);
    assert_eq!(json["rsvp_closes_at"], "2026-12-16T17:00:00+00:00", "the hours were left as shown: the window is unchanged");

    // Changing the hours sets the window anew, from the start.
    let mut later = base.to_vec();
    later.push(("capacity", "1"));
    later[7] = ("rsvp_closes_hours", "1");
    let unmoved = ada.submit_form(&edit, &edit, &later).await;
    assert_eq!(location(&unmoved), format!("{path}?notice=event_saved"), "only the RSVP window changed");
    assert_eq!(ada.get_json(&format!("/api/v1/events/{id}")).await["rsvp_closes_at"], "2026-12-16T17:30:00+00:00");
    // Moved a day later: the page says where it was at once, before any email goes out.
    later[1] = ("starts_at", "2026-12-17T18:30");
    later[2] = ("ends_at", "2026-12-17T21:30");
    assert_eq!(location(&ada.submit_form(&edit, &edit, &later).await), format!("{path}?notice=event_moved"));
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("Moved from Wed 16 Dec 2026, 18:30–21:30 GMT."), "{html}");

    // The agenda.
    let talks = format!("{path}/talks");
    let (status, html) = ada.page_unescaped(&talks).await;
    assert_eq!(status, 200);
    assert!(html.contains("No talks yet."));
    let bad = ada.submit_form(&talks, &talks, &[("title", ""), ("slides_url", "not a link")]).await;
    assert_eq!(bad.status(), 422);
    for (title, speaker, lightning) in [("Ownership for Pythonistas", "Grace", ""), ("Five minutes of PyO3", "Bob", "yes")] {
        let added = ada.submit_form(&talks, &talks, &[
            ("title", title), ("speaker_name", speaker), ("abstract", "Why **borrowing** helps."),
            ("slides_url", "https://slides.example.org/talk"), ("lightning", lightning),
        ]).await;
        assert_eq!(added.status(), 303, "{}", added.text().await.unwrap_or_default());
    }
    let (_, html) = app.visitor().page_unescaped(&path).await;
    let first = html.find("Ownership for Pythonistas").unwrap();
    let second = html.find("Five minutes of PyO3").unwrap();
    assert!(first < second, "in order");
    assert!(html.contains("<strong>borrowing</strong>") && html.contains("Lightning talk"));
    assert!(html.contains("href=\"https://slides.example.org/talk\""));

    let (_, editor) = ada.page_unescaped(&talks).await;
    let marker = "/talks/";
    let talk_ids: Vec<String> = editor
        .match_indices(&format!("{path}{marker}"))
        .map(|(i, m)| editor[i + m.len()..i + m.len() + 36].to_owned())
        .collect();
    let last = talk_ids.last().unwrap().clone();
    let moved = ada.submit_form(&talks, &format!("{talks}/{last}/move"), &[("direction", "up")]).await;
    assert_eq!(moved.status(), 303);
    let (_, html) = app.visitor().page_unescaped(&path).await;
    assert!(html.find("Five minutes of PyO3").unwrap() < html.find("Ownership for Pythonistas").unwrap(), "moved up");

    let one = format!("{talks}/{last}");
    let (status, form) = ada.page_unescaped(&one).await;
    assert_eq!(status, 200);
    assert!(form.contains("value=\"Five minutes of PyO3\"") && form.contains("Save the talk"));
    let renamed = ada.submit_form(&one, &one, &[("title", "Ten minutes of PyO3"), ("speaker_name", "Bob")]).await;
    assert_eq!(renamed.status(), 303);
    let deleted = ada.submit_form(&talks, &format!("{one}/delete"), &[]).await;
    assert_eq!(deleted.status(), 303);
    let (_, html) = app.visitor().page_unescaped(&path).await;
    assert!(!html.contains("PyO3") && html.contains("Ownership for Pythonistas"));
    app.deliver_mail().await;
});

backend_test!(async fn a_series_is_scheduled_through_the_form(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let (status, form) = ada.page_unescaped("/g/pyleeds/series/new").await;
    assert_eq!(status, 200);
    assert!(form.contains("Schedule a repeating series") && form.contains("name=\"repeat\""), "{form}");
    assert!(!form.contains("name=\"draft\""), "series are published");

    let fields = |repeat: &'static str, weekday: &'static str| {
        vec![
            ("title", "Monthly meetup"), ("starts_at", "2026-11-18T18:30"), ("ends_at", "2026-11-18T21:00"),
            ("timezone", "Europe/London"), ("repeat", repeat), ("interval", "1"), ("weekday", weekday),
            ("nth", ""), ("day", ""), ("end", "count"), ("count", "3"), ("announce", "yes"), ("reminders", "yes"),
        ]
    };
    // 18 November 2026 is a Wednesday: a Tuesday rule does not fit it.
    let mismatch = ada.submit_form("/g/pyleeds/series/new", "/g/pyleeds/series/new", &fields("weekly", "Tue")).await;
    assert_eq!(mismatch.status(), 422);
    let html = text_unescaped(mismatch).await;
    assert!(html.contains("The first date must be a Tuesday."), "{html}");
    assert!(html.contains("value=\"Monthly meetup\""));

    let created = ada.submit_form("/g/pyleeds/series/new", "/g/pyleeds/series/new", &fields("monthly_nth", "")).await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap_or_default());
    let to = location(&created);
    assert!(to.starts_with("/g/pyleeds/series/") && to.ends_with("?notice=series_created"), "{to}");
    let (status, html) = app.visitor().page_unescaped(to.split('?').next().unwrap()).await;
    assert_eq!(status, 200);
    assert!(html.contains("Every third Wednesday of the month, 3 times"), "{html}");
    for day in ["Wed 18 Nov", "Wed 16 Dec", "Wed 20 Jan 2027"] {
        assert!(html.contains(day), "{day}: {html}");
    }
    assert_eq!(html.matches("Monthly meetup</a>").count(), 3);
    let (_, events) = app.visitor().page_unescaped("/g/pyleeds/events").await;
    assert_eq!(events.matches("Monthly meetup</a>").count(), 3);

    // An occurrence links to its series, and its edit form offers "this and following".
    let first = events.split("href=\"/g/pyleeds/events/").nth(1).unwrap()[..36].to_owned();
    let path = format!("/g/pyleeds/events/{first}");
    assert!(app.visitor().page_unescaped(&path).await.1.contains("Part of a repeating series"));
    assert!(ada.page_unescaped(&format!("{path}/edit")).await.1.contains("This and the following events of the series"));
    assert!(ada.page_unescaped(&format!("{path}/cancel")).await.1.contains("the series ends"));
});

backend_test!(async fn members_get_403_from_every_organizer_page_and_form(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let talk: Value = ada
        .post(&format!("/api/v1/events/{id}/talks"), &json!({"title": "Ownership for Pythonistas", "speaker_name": "Grace"}))
        .await
        .json()
        .await
        .unwrap();
    let talk = format!("{path}/talks/{}", id_of(&talk));
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let bob = joined_member(&app, "pyleeds", "Bob").await;
    answer(&bob, &id, "yes").await;

    for form in ["/g/pyleeds/events/new", "/g/pyleeds/series/new", &format!("{path}/cancel"), &format!("{path}/edit"), &format!("{path}/talks"), &talk] {
        assert_eq!(grace.page_unescaped(form).await.0, 403, "GET {form}");
    }
    let event_fields = [("title", "A member's meetup"), ("starts_at", "2026-12-20T18:30"), ("ends_at", "2026-12-20T21:00")];
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        ("/g/pyleeds/events/new".to_owned(), event_fields.to_vec()),
        ("/g/pyleeds/series/new".to_owned(), event_fields.to_vec()),
        (format!("{path}/rsvps/close"), vec![]),
        (format!("{path}/rsvps/open"), vec![]),
        (format!("{path}/publish"), vec![]),
        (format!("{path}/delete"), vec![]),
        (format!("{path}/cancel"), vec![("reason", "Not mine to cancel")]),
        (format!("{path}/edit"), vec![("title", "Renamed by a member")]),
        (format!("{path}/attendees/add"), vec![("user_id", &grace.id), ("status", "going")]),
        (format!("{path}/attendees/{}", bob.id), vec![("status", "not_going")]),
        (format!("{path}/talks"), vec![("title", "A member's talk")]),
        (talk.clone(), vec![("title", "Renamed by a member")]),
        (format!("{talk}/delete"), vec![]),
        (format!("{talk}/move"), vec![("direction", "down")]),
    ];
    for (action, fields) in &posts {
        // A valid token from the event page: the refusal is the policy's, not the CSRF check's.
        let refused = grace.submit_form(&path, action, fields).await;
        assert_eq!(refused.status(), 403, "POST {action}");
    }
    // Nothing changed.
    let now = ada.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!((now["title"].as_str(), now["status"].as_str(), now["rsvps_closed"].as_bool()), (Some("December meetup"), Some("published"), Some(false)));
    assert_eq!(now["talks"][0]["title"], "Ownership for Pythonistas");
    assert_eq!((now["going_count"].as_i64(), now["my_rsvp"].is_null()), (Some(1), true));
    assert_eq!(ada.get_json("/api/v1/groups/pyleeds/events").await["events"].as_array().unwrap().len(), 1);
});

backend_test!(async fn outsiders_and_wrong_addresses_find_nothing(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "inner-circle", "private").await;
    let id = create_event(&ada, "inner-circle", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Secret supper"}))).await.id;
    let path = format!("/g/inner-circle/events/{id}");
    let series: Value = ada
        .post("/api/v1/groups/inner-circle/series", &json!({
            "title": "Secret series", "starts_at": "2026-11-18T18:30", "ends_at": "2026-11-18T21:00",
            "recurrence": {"frequency": {"kind": "monthly_nth_weekday", "nth": 3, "weekday": "Wed"}, "end": {"count": 3}}
        }))
        .await
        .json()
        .await
        .unwrap();
    let series = format!("/g/inner-circle/series/{}", id_of(&series));
    assert_eq!(ada.page_unescaped(&series).await.0, 200);

    // Outsiders: the series page, and RSVPs and comments posted with a valid token, are 404.
    let eve = app.person("Eve", "eve@example.org").await;
    for who in [&eve, &app.visitor()] {
        let (status, html) = who.page_unescaped(&series).await;
        assert_eq!(status, 404);
        assert!(!html.contains("Secret series"));
    }
    for (action, fields) in [(format!("{path}/rsvp"), vec![("response", "yes")]), (format!("{path}/comments"), vec![("body", "Let me in")])] {
        let refused = eve.submit_form("/", &action, &fields).await;
        assert_eq!(refused.status(), 404, "POST {action}");
        assert!(!text_unescaped(refused).await.contains("Secret supper"));
    }
    assert!(ada.get_json(&format!("/api/v1/events/{id}/comments")).await.as_array().unwrap().is_empty());
    assert_eq!(ada.get_json(&format!("/api/v1/events/{id}")).await["going_count"], 0);

    // An event's address names its group: under any other group it does not exist, even for
    // its organizer.
    ada_organizing(&app, "pyleeds", "public").await;
    let elsewhere = format!("/g/pyleeds/events/{id}");
    for tool in ["", "/edit", "/cancel", "/attendees", "/attendees.csv", "/checkin", "/talks"] {
        assert_eq!(ada.page_unescaped(&format!("{elsewhere}{tool}")).await.0, 404, "GET {tool}");
    }
    for action in ["/rsvp", "/comments", "/rsvps/close", "/publish", "/cancel"] {
        let refused = ada.submit_form(&path, &format!("{elsewhere}{action}"), &[("response", "yes"), ("body", "Hi"), ("reason", "Flooded")]).await;
        assert_eq!(refused.status(), 404, "POST {action}");
    }
    let now = ada.get_json(&format!("/api/v1/events/{id}")).await;
    assert_eq!((now["status"].as_str(), now["rsvps_closed"].as_bool()), (Some("published"), Some(false)));
});

backend_test!(async fn authors_remove_their_own_comments_unaudited(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({}))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let posted = grace.submit_form(&path, &format!("{path}/comments"), &[("body", "Oops, wrong event")]).await;
    assert_eq!(posted.status(), 303);
    let comment = location(&posted).rsplit("#comment-").next().unwrap().to_owned();
    let remove = format!("{path}/comments/{comment}/remove");
    assert!(grace.page_unescaped(&path).await.1.contains(&format!("action=\"{remove}\"")), "authors can remove");

    let removed = grace.submit_form(&path, &remove, &[]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(location(&removed), format!("{path}?notice=comment_removed#comments"));
    let (_, html) = app.visitor().page_unescaped(&path).await;
    assert!(html.contains("Removed by its author.") && !html.contains("Oops, wrong event"), "{html}");
    assert!(!html.contains("Removed by an organizer."));
    // Removing it again changes nothing.
    assert_eq!(grace.submit_form(&path, &remove, &[]).await.status(), 303);
    let listed = app.visitor().get_json(&format!("/api/v1/events/{id}/comments")).await;
    assert_eq!((listed[0]["removed"].as_bool(), listed[0]["body"].as_str()), (Some(true), Some("")));
    // Only organizers' removals go to the audit log.
    let audit = ada.get_json("/api/v1/groups/pyleeds/audit").await;
    assert!(!audit.to_string().contains("comment_removed"), "{audit}");
});

backend_test!(async fn the_event_page_and_settings_speak_the_reader_s_language(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({}))).await;
    let path = format!("/g/pyleeds/events/{}", event.id);

    // Until she chooses, the settings page follows her browser; she chooses German.
    let (_, settings) = grace.page_unescaped("/account/settings").await;
    assert!(settings.contains("<option value=\"\" selected>Follow my browser</option>"), "{settings}");
    assert!(settings.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"), "{settings}");
    let saved = grace
        .submit_form(
            "/account/settings",
            "/account/settings/profile",
            &[("name", "Grace"), ("bio", ""), ("timezone", "Europe/London"), ("locale", "de")],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (_, settings) = grace.page_unescaped("/account/settings").await;
    assert!(settings.contains("<option value=\"de\" lang=\"de\" selected>Deutsch</option>"), "{settings}");
    assert!(settings.contains("<h1>Kontoeinstellungen</h1>"), "{settings}");

    // The event page in German: its words, and the date the German way.
    let (status, html) = grace.page_unescaped(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("Sind Sie dabei?"), "{html}");
    assert!(html.contains("Mittwoch, 16. Dezember 2026"), "{html}");
    assert!(html.contains("Ja, ich bin dabei"), "{html}");
    assert!(!html.contains("Are you coming?"), "{html}");
    // A visitor's browser asking for nothing in particular still reads English.
    let (_, html) = app.visitor().page_unescaped(&path).await;
    assert!(html.contains("Wed 16 Dec 2026, 18:30–21:00 GMT"), "{html}");
});

backend_test!(async fn the_home_page_lists_the_twenty_soonest_public_meetups_in_order(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let york = ada_organizing(&app, "pyyork", "public").await;
    let hidden = ada_organizing(&app, "pysecret", "private").await;
    // 24 public meetups a day apart from 10 Nov, the two groups taking turns, created in
    // no particular order; a draft and a private group's meetup on the first days.
    let mut days: Vec<u32> = (10..34).collect();
    days.reverse();
    days.rotate_left(7);
    for day in days {
        let (month, d) = if day > 30 { (12, day - 30) } else { (11, day) };
        let organizer = if day % 2 == 0 { &ada } else { &york };
        let slug = if day % 2 == 0 { "pyleeds" } else { "pyyork" };
        let when = format!("2026-{month:02}-{d:02}");
        create_event(organizer, slug, tech_hub_meetup(TECH_HUB_ADDRESS, json!({
            "title": format!("Meetup of {when}"), "starts_at": format!("{when}T18:30"),
            "ends_at": format!("{when}T21:00")}))).await;
    }
    create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Secret draft", "starts_at": "2026-11-09T18:30", "ends_at": "2026-11-09T21:00",
        "draft": true}))).await;
    create_event(&hidden, "pysecret", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Secret supper", "starts_at": "2026-11-09T19:30", "ends_at": "2026-11-09T21:00"}))).await;

    let (status, home) = app.visitor().page_unescaped("/").await;
    assert_eq!(status, 200);
    assert!(!home.contains("Secret"), "{home}");
    let listed: Vec<&str> = home.match_indices("Meetup of 2026-").map(|(at, _)| &home[at + 10..at + 20]).collect();
    let expected: Vec<String> = (10..30).map(|d| format!("2026-11-{d:02}")).collect();
    assert_eq!(listed, expected, "the twenty soonest, soonest first");
});
