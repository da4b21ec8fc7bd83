//! Finding the group near me (issue 20): a directory search forgives typos and matches
//! addresses and initials, and takes a place and a radius, nearest first with the distance
//! shown — through the API and on the page, with bad input refused clearly.

use muster_e2e::{
    TestApp, backend_test, create_event, create_group, field_of_each, group_in_leeds,
    status_and_json, with_changes,
};
use serde_json::{Value, json};

/// Latitude and longitude.
type Place = Option<(f64, f64)>;

/// Groups with their places: slug, name, city, country, coordinates.
const GROUPS: [(&str, &str, &str, &str, Place); 6] = [
    (
        "pug-berlin",
        "Python User Group Berlin",
        "Berlin",
        "Germany",
        Some((52.52, 13.405)),
    ),
    (
        "pycologne",
        "pyCologne",
        "Köln",
        "Germany",
        Some((50.938, 6.960)),
    ),
    ("chipy", "ChiPy", "Chicago", "USA", Some((41.878, -87.630))),
    (
        "pyladies-ams",
        "PyLadies Amsterdam",
        "Amsterdam",
        "Netherlands",
        Some((52.370, 4.895)),
    ),
    ("py-potsdam", "Python Users Potsdam", "", "Germany", None),
    (
        "hidden-berlin",
        "Python Secret Berlin",
        "Berlin",
        "Germany",
        Some((52.50, 13.40)),
    ),
];

backend_test!(async fn the_directory_forgives_typos_and_finds_what_is_near(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.admin("Ada", "ada@example.org").await;
    for (i, (slug, name, city, country, place)) in GROUPS.iter().enumerate() {
        if i > 0 && i % 3 == 0 {
            app.advance(chrono::Duration::days(1));
        }
        let mut fields = json!({"name": name, "city": city, "country": country, "timezone": "Europe/Berlin",
                                "summary": "Talks and a pub", "topics": ["meetups"]});
        if let Some((lat, lon)) = place {
            fields["lat"] = json!(lat);
            fields["lon"] = json!(lon);
        }
        if slug.starts_with("hidden") {
            fields["visibility"] = json!("private");
            fields["join_mode"] = json!("invite");
        }
        create_group(&ada, group_in_leeds(slug, fields)).await;
    }
    let visitor = app.visitor();
    let search = |query: String| {
        let visitor = visitor.clone();
        async move {
            let page = visitor.get_json(&format!("/api/v1/groups?{query}")).await;
            (field_of_each(&page["groups"], "slug"), page)
        }
    };

    // Typos, accents, addresses and initials.
    let (found, _) = search("q=pyhton".into()).await;
    assert_eq!(found, ["pug-berlin", "py-potsdam"], "a swapped pair of letters");
    assert_eq!(search("q=pycolgne".into()).await.0, ["pycologne"]);
    assert_eq!(search("q=berln".into()).await.0, ["pug-berlin"]);
    assert_eq!(search("q=koln".into()).await.0, ["pycologne"], "Köln without its accent");
    assert_eq!(search("q=PUG".into()).await.0, ["pug-berlin"], "the address and the initials");
    assert_eq!(search("q=pup".into()).await.0, ["py-potsdam"], "Python Users Potsdam's initials");
    assert_eq!(search("q=pyladies".into()).await.0, ["pyladies-ams"]);
    // An exact match ranks above a forgiven one; short words must be right.
    assert_eq!(search("q=chipy".into()).await.0, ["chipy"]);
    assert!(search("q=pyg".into()).await.0.is_empty(), "three letters: no typo allowed");
    assert!(search("q=pyhton%20amsterdam".into()).await.0.is_empty(), "every word must match");

    // Near a place: within the radius, nearest first, with the distance.
    let (found, page) = search("near=52.40,13.07&radius_km=60".into()).await;
    assert_eq!(found, ["pug-berlin"], "near Potsdam: Berlin, not the group without a place: {page}");
    let km = page["groups"][0]["distance_km"].as_f64().unwrap();
    assert!((25.0..27.0).contains(&km), "Potsdam to Berlin is about 26 km: {km}");
    assert_eq!(search("near=51.23,6.78&radius_km=60".into()).await.0, ["pycologne"], "near Düsseldorf");
    assert_eq!(search("near=42.05,-87.69&radius_km=50".into()).await.0, ["chipy"], "near Evanston");
    let (found, page) = search("near=52.52,%2013.405&radius_km=1000".into()).await;
    assert_eq!(found, ["pug-berlin", "pycologne", "pyladies-ams"], "nearest first, the private group never");
    assert_eq!(page["total"], 3);
    let kms: Vec<f64> = page["groups"].as_array().unwrap().iter().map(|g| g["distance_km"].as_f64().unwrap()).collect();
    assert!(kms[0] < 1.0 && kms.windows(2).all(|w| w[0] <= w[1]), "{kms:?}");
    // Words and a place together; another order when asked for.
    assert_eq!(search("q=python&near=52.52,13.405&radius_km=1000".into()).await.0, ["pug-berlin"]);
    let (by_relevance, _) = search("q=py&near=52.52,13.405&radius_km=1000&sort=relevance".into()).await;
    assert_eq!(by_relevance.len(), 3);
    assert!(search("q=chipy".into()).await.1["groups"][0].get("distance_km").is_none(), "no place, no distance");

    // A place by its name, from Muster's own gazetteer: any of its names, any case or accent,
    // a country to choose between namesakes.
    let (found, page) = search("near=Potsdam&radius_km=60".into()).await;
    assert_eq!(found, ["pug-berlin"], "{page}");
    assert_eq!(search("near=d%C3%BCsseldorf".into()).await.0, ["pycologne"]);
    assert_eq!(search("near=Evanston,%20USA&radius_km=50".into()).await.0, ["chipy"]);
    assert!(search("near=Evanston,%20Canada&radius_km=50".into()).await.0.is_empty(), "Evanston, Alberta");
    // A radius or a distance order without a place is ignored, as relevance without words is.
    assert_eq!(search("q=chipy&radius_km=10&sort=distance".into()).await.0, ["chipy"]);

    // Bad input is refused with what is wrong.
    for (query, message) in [
        ("near=52.5,13.4&radius_km=0", "radius_km is from 1 to 1000."),
        ("near=52.5,13.4&radius_km=5000", "radius_km is from 1 to 1000."),
        ("sort=nearest", "sort is relevance, distance or next_event."),
    ] {
        let (status, body) = status_and_json(visitor.get(&format!("/api/v1/groups?{query}")).await).await;
        assert_eq!((status, body["code"].as_str(), body["message"].as_str()), (400, Some("invalid_query"), Some(message)), "{query}");
    }
    for (typed, shown) in [("Narnia", "Narnia"), ("91,13", "91,13"), ("Berlinn", "Berlinn")] {
        let (status, body) = status_and_json(visitor.get(&format!("/api/v1/groups?near={typed}")).await).await;
        assert_eq!((status, body["code"].as_str()), (422, Some("invalid_input")), "{typed}: {body}");
        assert_eq!(
            body["fields"]["near"],
            format!("No place called \u{201c}{shown}\u{201d} is known: enter a city (Potsdam, or Potsdam, Germany) or a latitude and longitude (52.40,13.07).")
        );
    }

    // The page: the place form, distances, and a place it cannot read said so.
    let html = visitor.get("/groups?near=52.40%2C13.07&radius_km=50").await.text().await.unwrap();
    assert!(html.contains("One group within 50 km."), "{html}");
    assert!(html.contains("/g/pug-berlin") && !html.contains("/g/pycologne"), "{html}");
    assert!(html.contains("26.3 km away · Berlin, Germany"), "{html}");
    assert!(html.contains(r#"<option value="50" selected>"#), "the radius searched stays chosen");
    let german = visitor.client.get(visitor.url("/groups?near=52.40%2C13.07&radius_km=50")).header("accept-language", "de").send().await.unwrap().text().await.unwrap();
    assert!(german.contains("26,3 km entfernt"), "the language's decimal comma: {german}");
    let html = visitor.get("/groups?near=Potsdam&radius_km=50").await.text().await.unwrap();
    assert!(html.contains("One group within 50 km of Potsdam, Germany."), "{html}");
    let response = visitor.get("/groups?near=Narnia&q=pyhton").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("No place called “Narnia” is known"), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#) && html.contains(r#"value="Narnia""#), "what was typed stays");
    assert!(html.contains("/g/pug-berlin"), "the words are still searched: {html}");
    let french = visitor.client.get(visitor.url("/groups?near=Narnia")).header("accept-language", "fr").send().await.unwrap().text().await.unwrap();
    assert!(french.contains("Aucun lieu nommé « Narnia » n’est connu"), "{french}");
});

backend_test!(async fn a_group_is_placed_by_its_city(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.person("Ada", "ada@example.org").await;
    // No coordinates given: the city (and its country, to tell namesakes apart) places it.
    let created = create_group(&ada, group_in_leeds("pycologne", json!({"name": "pyCologne", "city": "Köln", "country": "Germany"}))).await;
    assert!((created["lat"].as_f64().unwrap() - 50.93).abs() < 0.05, "{created}");
    assert!((created["lon"].as_f64().unwrap() - 6.95).abs() < 0.05, "{created}");
    let perth = create_group(&ada, group_in_leeds("pyperth", json!({"name": "PyPerth", "city": "Perth", "country": "Australia"}))).await;
    assert!(perth["lon"].as_f64().unwrap() > 100.0, "Perth, Australia, not Scotland: {perth}");
    // Coordinates given are kept; a city the gazetteer does not know leaves the group unplaced.
    let given = create_group(&ada, group_in_leeds("pyfarm", json!({"name": "PyFarm", "city": "Köln", "country": "Germany", "lat": 50.5, "lon": 7.0}))).await;
    assert_eq!((given["lat"].as_f64(), given["lon"].as_f64()), (Some(50.5), Some(7.0)));
    app.advance(chrono::Duration::days(1));
    let nowhere = create_group(&ada, group_in_leeds("pynarnia", json!({"name": "PyNarnia", "city": "Cair Paravel", "country": "Narnia"}))).await;
    assert!(nowhere["lat"].is_null() && nowhere["lon"].is_null(), "{nowhere}");

    // Moving the group to another city moves it on the map, unless new coordinates come too.
    let moved = ada.send(reqwest::Method::PATCH, "/api/v1/groups/pycologne", &json!({"city": "Düsseldorf"})).await;
    assert_eq!(moved.status(), 200);
    let moved = ada.get_json("/api/v1/groups/pycologne").await;
    assert!((moved["lat"].as_f64().unwrap() - 51.22).abs() < 0.05, "Düsseldorf: {moved}");
    let pinned = ada.send(reqwest::Method::PATCH, "/api/v1/groups/pyfarm", &json!({"city": "Bonn", "lat": 50.6, "lon": 7.1})).await;
    assert_eq!(pinned.status(), 200);
    let pinned = ada.get_json("/api/v1/groups/pyfarm").await;
    assert_eq!((pinned["lat"].as_f64(), pinned["lon"].as_f64()), (Some(50.6), Some(7.1)), "coordinates given win");
    assert_eq!(app.visitor().get_json("/api/v1/groups?near=Neuss&radius_km=15").await["groups"][0]["slug"], "pycologne");
});

backend_test!(async fn what_is_on_near_a_place(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = app.admin("Ada", "ada@example.org").await;
    // Two groups in Berlin and one in Köln; the private one's meetups are nobody else's business.
    for (slug, city, visibility) in [("pyberlin", "Berlin", "public"), ("pycologne", "Köln", "public"), ("secret", "Berlin", "private")] {
        let join_mode = if visibility == "private" { "invite" } else { "open" };
        create_group(&ada, group_in_leeds(slug, json!({"name": slug, "city": city, "country": "Germany", "timezone": "Europe/Berlin", "visibility": visibility, "join_mode": join_mode}))).await;
    }
    let meetup = |title: &str, day: u32, venue: Value| {
        let mut fields = json!({"title": title, "starts_at": format!("2026-11-{day:02}T18:00"), "ends_at": format!("2026-11-{day:02}T21:00"), "timezone": "Europe/Berlin"});
        if !venue.is_null() {
            fields["venue"] = venue;
        }
        fields
    };
    // Placed by its venue: Potsdam, though the group is in Berlin.
    create_event(&ada, "pyberlin", meetup("Potsdam sprint", 5, json!({"name": "Hub", "address": "Potsdam", "lat": 52.40, "lon": 13.06}))).await;
    // No venue: where the group is.
    create_event(&ada, "pyberlin", meetup("Berlin talks", 12, Value::Null)).await;
    create_event(&ada, "pyberlin", meetup("Berlin later", 28, Value::Null)).await;
    create_event(&ada, "pycologne", meetup("Köln talks", 6, Value::Null)).await;
    create_event(&ada, "secret", meetup("Secret talks", 4, Value::Null)).await;
    create_event(&ada, "pyberlin", with_changes(meetup("Draft", 7, Value::Null), json!({"draft": true}))).await;

    let visitor = app.visitor();
    let titles = |body: &Value| -> Vec<String> {
        body["events"].as_array().unwrap().iter().map(|e| e["event"]["title"].as_str().unwrap().to_owned()).collect()
    };
    let near_berlin = visitor.get_json("/api/v1/events?near=Berlin&radius_km=50").await;
    assert_eq!(titles(&near_berlin), ["Potsdam sprint", "Berlin talks", "Berlin later"], "soonest first; no draft, no private group: {near_berlin}");
    assert_eq!(near_berlin["place"], "Berlin, Germany");
    let potsdam = &near_berlin["events"][0];
    assert!((25.0..30.0).contains(&potsdam["distance_km"].as_f64().unwrap()), "{potsdam}");
    assert_eq!((potsdam["latitude"].as_f64(), potsdam["group_slug"].as_str()), (Some(52.40), Some("pyberlin")));
    // Nearer than the radius, sooner than the days.
    let week = visitor.get_json("/api/v1/events?near=52.52,13.40&radius_km=10&within_days=14").await;
    assert_eq!(titles(&week), ["Berlin talks"], "{week}");
    assert_eq!(titles(&visitor.get_json("/api/v1/events?near=Bonn&radius_km=50").await), ["Köln talks"]);
    // Paged.
    let second = visitor.get_json("/api/v1/events?near=Berlin&per_page=2&page=2").await;
    assert_eq!((titles(&second), second["total"].as_i64()), (vec!["Berlin later".to_owned()], Some(3)));

    // Without a place: every public meetup coming up, soonest first, wherever it is.
    let anywhere = visitor.get_json("/api/v1/events?within_days=4").await;
    assert_eq!(titles(&anywhere), ["Potsdam sprint"], "{anywhere}");
    assert!(anywhere["events"][0].get("distance_km").is_none());
    assert_eq!(visitor.get_json("/api/v1/events").await["total"], 4);

    // Bad input.
    let (status, body) = status_and_json(visitor.get("/api/v1/events?near=Narnia").await).await;
    assert_eq!((status, body["fields"]["near"].as_str().map(|m| m.starts_with("No place called “Narnia”"))), (422, Some(true)));
    for query in ["near=Berlin&within_days=0", "near=Berlin&radius_km=2000", "within_days=400"] {
        assert_eq!(visitor.get(&format!("/api/v1/events?{query}")).await.status(), 400, "{query}");
    }

    // The page: a week ahead by default, the distance on each card.
    let html = visitor.get("/events").await.text().await.unwrap();
    assert!(html.contains("2 meetups coming up. Enter a city or coordinates to see the ones near it."), "a week ahead: {html}");
    assert!(html.contains("Köln talks") && !html.contains("Secret talks"), "{html}");
    let html = visitor.get("/events?near=Potsdam&radius_km=50").await.text().await.unwrap();
    assert!(html.contains("One meetup within 50 km of Potsdam, Germany."), "{html}");
    assert!(html.contains("Potsdam sprint") && !html.contains("Berlin talks"), "a week ahead: {html}");
    assert!(html.contains("pyberlin</a> · 0 going · 0.4 km away"), "{html}");
    let html = visitor.get("/events?near=Potsdam&radius_km=50&within_days=30").await.text().await.unwrap();
    assert!(html.contains("3 meetups within 50 km of Potsdam, Germany.") && html.contains("Berlin later"), "{html}");
    let html = visitor.get("/events?near=Narnia").await.text().await.unwrap();
    assert!(html.contains("No place called “Narnia” is known"), "{html}");
    let home = visitor.get("/").await.text().await.unwrap();
    assert!(home.contains(r#"<a href="/events">What’s on</a>"#), "the way there from every page");
});

backend_test!(async fn maps_can_be_turned_off(backend) {
    let app = TestApp::spawn_with(backend, |s| s.map_tiles = muster_app::MapTiles(None)).await;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pycologne", json!({"name": "pyCologne", "city": "Köln", "country": "Germany"}))).await;
    for path in ["/groups", "/g/pycologne", "/events?near=Köln"] {
        let html = app.visitor().get(path).await.text().await.unwrap();
        assert!(html.contains("pyCologne") || path.starts_with("/events"), "{path}: {html}");
        assert!(!html.contains("leaflet") && !html.contains(r#"class="map""#), "{path} draws no map: {html}");
    }
    // With maps on (the default), the same directory carries one, and its tiles' origin is
    // allowed by the page's Content-Security-Policy (https: already is).
    let on = TestApp::spawn_with(backend, |s| s.map_tiles = "http://127.0.0.1:9/{z}/{x}/{y}.png".parse().unwrap()).await;
    let ada = on.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pycologne", json!({"name": "pyCologne", "city": "Köln", "country": "Germany"}))).await;
    let response = on.visitor().get("/groups").await;
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("img-src 'self' https: data: http://127.0.0.1:9;"), "{csp}");
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"data-tiles="http://127.0.0.1:9/{z}/{x}/{y}.png""#), "{html}");
});
