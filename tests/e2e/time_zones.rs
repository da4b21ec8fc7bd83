//! Time zones (issue 16): the group, event and series forms offer a list of IANA zones with the
//! right one chosen; a zone that is not on it is refused with a field error; sign-up keeps the
//! zone the browser reports; and nobody is told a time is "in your time zone" until their zone
//! is known.

use muster_e2e::{
    PASSWORD, TestApp, ada_organizing, backend_test, create_event, joined_member, tech_hub_meetup,
    text_unescaped,
};
use serde_json::json;

backend_test!(async fn the_zone_lists_offer_every_zone_and_choose_the_right_one(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;

    // Ada's own zone is not known yet: the new-group form asks her to choose, from every zone.
    let (status, form) = ada.page_unescaped("/groups/new").await;
    assert_eq!(status, 200);
    assert!(form.contains("<select id=\"f-timezone\" name=\"timezone\""), "{form}");
    assert!(form.contains("<option value=\"\" selected>Choose a time zone</option>"), "{form}");
    assert!(form.contains("<optgroup label=\"Europe\">") && form.contains("<optgroup label=\"Asia\">"));
    assert!(form.contains("<option value=\"Asia/Tokyo\">Tokyo</option>"));
    assert!(form.contains("<option value=\"America/Argentina/Buenos_Aires\">Argentina / Buenos Aires</option>"));
    assert!(!form.contains("value=\"UTC\" selected"), "nothing is chosen for her");

    // Once she has a zone, it is the new group's default.
    let saved = ada.send(reqwest::Method::PATCH, "/api/v1/me", &json!({"timezone": "Europe/Berlin"})).await;
    assert_eq!(saved.status(), 200);
    let (_, form) = ada.page_unescaped("/groups/new").await;
    assert!(form.contains("<option value=\"Europe/Berlin\" selected>Berlin</option>"), "{form}");
    assert!(!form.contains("Choose a time zone"));

    // Events and series default to the group's zone (Europe/London), not hers.
    for path in ["/g/pyleeds/events/new", "/g/pyleeds/series/new"] {
        let (status, form) = ada.page_unescaped(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(form.contains("<option value=\"Europe/London\" selected>London</option>"), "{path}: {form}");
        assert!(!form.contains("value=\"Europe/Berlin\" selected"), "{path}");
    }
});

backend_test!(async fn a_zone_not_on_the_list_is_refused_with_a_field_error(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let group = |zone: &'static str| {
        vec![("slug", "berlin-py"), ("name", "Berlin Python"), ("timezone", zone),
             ("visibility", "public"), ("join_mode", "open")]
    };
    for zone in ["Mars/Olympus_Mons", ""] {
        let response = ada.submit_form("/groups/new", "/groups/new", &group(zone)).await;
        assert_eq!(response.status(), 422, "zone {zone:?}");
        let html = text_unescaped(response).await;
        assert!(html.contains("Choose a time zone from the list (an IANA name like Europe/Berlin)."), "{html}");
        assert!(html.contains("aria-invalid=\"true\" aria-describedby=\"f-timezone-error\""), "{html}");
    }
    let (status, _) = ada.page("/g/berlin-py").await;
    assert_eq!(status, 404, "no group was made");

    let response = ada
        .submit_form("/g/pyleeds/events/new", "/g/pyleeds/events/new", &[
            ("title", "Meetup"), ("starts_at", "2026-12-16T18:30"), ("ends_at", "2026-12-16T21:00"),
            ("timezone", "Europe/Leeds"),
        ])
        .await;
    assert_eq!(response.status(), 422);
    let html = text_unescaped(response).await;
    assert!(html.contains("Choose a time zone from the list"), "{html}");
    // What was typed comes back chosen, so the organizer sees what was wrong.
    assert!(html.contains("<option value=\"Europe/Leeds\" selected>Europe/Leeds</option>"), "{html}");
});

backend_test!(async fn signing_up_keeps_the_zone_the_browser_reports(backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.visitor();
    let (status, form) = visitor.page("/account/signup").await;
    assert_eq!(status, 200);
    assert!(form.contains("<input type=\"hidden\" id=\"f-timezone\" name=\"timezone\" value=\"\">"), "{form}");
    let script = form.split("<script src=\"").nth(1).and_then(|s| s.split('"').next()).expect("a script");
    assert!(script.starts_with("/static/timezone.js?v="), "an external script (the CSP allows no inline one): {script}");
    let js = visitor.get(script).await;
    assert_eq!(js.status(), 200);
    assert!(js.text().await.unwrap().contains("Intl.DateTimeFormat().resolvedOptions().timeZone"));

    for (email, zone, kept) in [
        ("berta@example.org", "Europe/Berlin", "Europe/Berlin"),
        ("carl@example.org", "Nowhere/Special", "UTC"),
    ] {
        let fields = [("name", "Someone"), ("email", email), ("password", PASSWORD), ("timezone", zone)];
        let response = visitor.submit_form("/account/signup", "/account/signup", &fields).await;
        assert_eq!(response.status(), 200, "{email}");
        app.deliver_mail().await;
        let client = TestApp::new_client();
        assert_eq!(app.log_in_with(&client, email, PASSWORD).await.status(), 200);
        let me: serde_json::Value = client.get(app.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["timezone"], kept, "{email}: {me}");
    }
});

backend_test!(async fn nobody_is_told_a_time_is_in_their_zone_until_it_is_known(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await;
    let path = format!("/g/pyleeds/events/{}", event.id);

    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("Wed 16 Dec 2026, 18:30–21:00 GMT"), "{html}");
    assert!(!html.contains("In your time zone"), "her zone is unknown: {html}");

    let saved = grace.send(reqwest::Method::PATCH, "/api/v1/me", &json!({"timezone": "America/New_York"})).await;
    assert_eq!(saved.status(), 200);
    let (_, html) = grace.page_unescaped(&path).await;
    assert!(html.contains("In your time zone (America/New_York): Wed 16 Dec 2026, 13:30–16:00 EST"), "{html}");
});
