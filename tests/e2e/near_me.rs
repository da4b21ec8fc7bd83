//! Finding the group near me (issue 20): a directory search forgives typos and matches
//! addresses and initials, and takes a place and a radius, nearest first with the distance
//! shown — through the API and on the page, with bad input refused clearly.

use muster_e2e::{
    TestApp, backend_test, create_group, field_of_each, group_in_leeds, status_and_json,
};
use serde_json::json;

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
    (
        "py-potsdam",
        "Python Users Potsdam",
        "Potsdam",
        "Germany",
        None,
    ),
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

    // Bad input is refused with what is wrong.
    for (query, message) in [
        ("near=berlin", "near is a latitude and a longitude in degrees, separated by a comma, e.g. 52.52,13.40."),
        ("near=91,13", "near is a latitude and a longitude in degrees, separated by a comma, e.g. 52.52,13.40."),
        ("near=52.5,13.4&radius_km=0", "radius_km is from 1 to 1000."),
        ("near=52.5,13.4&radius_km=5000", "radius_km is from 1 to 1000."),
        ("radius_km=10", "radius_km needs near."),
        ("sort=distance", "sort=distance needs near."),
        ("sort=nearest", "sort is relevance, distance or next_event."),
    ] {
        let (status, body) = status_and_json(visitor.get(&format!("/api/v1/groups?{query}")).await).await;
        assert_eq!((status, body["code"].as_str(), body["message"].as_str()), (400, Some("invalid_query"), Some(message)), "{query}");
    }

    // The page: the place form, distances, and a place it cannot read said so.
    let html = visitor.get("/groups?near=52.40%2C13.07&radius_km=50").await.text().await.unwrap();
    assert!(html.contains("One group within 50 km."), "{html}");
    assert!(html.contains("/g/pug-berlin") && !html.contains("/g/pycologne"), "{html}");
    assert!(html.contains("26.3 km away · Berlin, Germany"), "{html}");
    assert!(html.contains(r#"<option value="50" selected>"#), "the radius searched stays chosen");
    let german = visitor.client.get(visitor.url("/groups?near=52.40%2C13.07&radius_km=50")).header("accept-language", "de").send().await.unwrap().text().await.unwrap();
    assert!(german.contains("26,3 km entfernt"), "the language's decimal comma: {german}");
    let response = visitor.get("/groups?near=somewhere&q=pyhton").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("near is a latitude and a longitude"), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#) && html.contains(r#"value="somewhere""#), "what was typed stays");
    assert!(html.contains("/g/pug-berlin"), "the words are still searched: {html}");
});
