//! What crawlers and link previews read: `/robots.txt`, `/sitemap.xml`, `/favicon.ico`, Open
//! Graph and Twitter Card tags with a canonical link, and JSON-LD for an event with no venue —
//! none of it giving away a private group or a draft (SECURITY 15).

use muster_e2e::{
    Person, TestApp, ada_organizing, backend_test, create_event, create_group, group_in_leeds,
    json_body, tech_hub_meetup,
};
use reqwest::header;
use serde_json::{Value, json};

/// The `content` of the `<meta>` tag whose `attribute` (`property` or `name`) is `key`.
fn meta(html: &str, attribute: &str, key: &str) -> Option<String> {
    let start = format!("<meta {attribute}=\"{key}\" content=\"");
    let at = html.find(&start)? + start.len();
    Some(html[at..at + html[at..].find('"')?].to_owned())
}

/// The `href` of `<link rel="canonical">`.
fn canonical(html: &str) -> Option<String> {
    let start = "<link rel=\"canonical\" href=\"";
    let at = html.find(start)? + start.len();
    Some(html[at..at + html[at..].find('"')?].to_owned())
}

/// The page's one JSON-LD block.
fn json_ld(html: &str) -> Value {
    let start = "<script type=\"application/ld+json\">";
    let at = html.find(start).expect("a JSON-LD block") + start.len();
    let end = at + html[at..].find("</script>").unwrap();
    serde_json::from_str(&html[at..end]).unwrap()
}

/// Uploads a small PNG as `slug`'s logo; returns its URL.
async fn upload_logo(organizer: &Person, slug: &str) -> String {
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        64,
        64,
        image::Rgb([10, 20, 30]),
    ))
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    let uploaded = organizer
        .client
        .put(organizer.url(&format!("/api/v1/groups/{slug}/logo")))
        .header("content-type", "image/png")
        .body(png)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), 200);
    json_body(uploaded).await["logo_url"]
        .as_str()
        .unwrap()
        .to_owned()
}

backend_test!(async fn the_sitemap_lists_public_groups_and_published_events_only(backend) {
    let app = TestApp::spawn(backend).await;
    let base = &app.address;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let published = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row\nLeeds", json!({}))).await.id;
    let draft = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row\nLeeds", json!({"title": "Secret plans", "draft": true}))).await.id;
    let ada_too = ada_organizing(&app, "inner-circle", "private").await;
    let secret = create_event(&ada_too, "inner-circle", tech_hub_meetup("1 Park Row\nLeeds", json!({}))).await.id;

    let response = app.visitor().get("/sitemap.xml").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/xml; charset=utf-8");
    let xml = response.text().await.unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("well-formed XML ({e}): {xml}"));
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.sitemaps.org/schemas/sitemap/0.9"));
    let locs: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).collect();
    assert!(locs.contains(&format!("{base}/g/pyleeds").as_str()), "{xml}");
    assert!(locs.contains(&format!("{base}/g/pyleeds/events/{published}").as_str()), "{xml}");
    assert!(!xml.contains(&draft.to_string()), "no drafts: {xml}");
    assert!(!xml.contains("inner-circle") && !xml.contains(&secret.to_string()), "no private groups: {xml}");

    let robots = app.visitor().get("/robots.txt").await;
    assert_eq!(robots.status(), 200);
    assert_eq!(robots.headers()[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    let robots = robots.text().await.unwrap();
    assert!(robots.contains(&format!("Sitemap: {base}/sitemap.xml")), "{robots}");
    for private in ["/account/", "/admin/", "/g/*/settings"] {
        assert!(robots.lines().any(|l| l == format!("Disallow: {private}")), "{private}: {robots}");
    }

    let icon = app.visitor().get("/favicon.ico").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()[header::CONTENT_TYPE], "image/svg+xml");
    assert!(icon.text().await.unwrap().contains("<svg"));
    app.deliver_mail().await;
});

backend_test!(async fn pages_carry_link_previews_and_a_canonical_address(backend) {
    let app = TestApp::spawn(backend).await;
    let base = &app.address;
    let ada = app.person("Ada", "ada@example.org").await;
    create_group(&ada, group_in_leeds("pyleeds", json!({"name": "PyLeeds", "summary": "Pythonistas in Leeds", "country": "United Kingdom"}))).await;
    let logo = upload_logo(&ada, "pyleeds").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row\nLeeds", json!({"description": "Talks and pizza."}))).await.id;
    let path = format!("/g/pyleeds/events/{event}");

    // Whatever Host the request names, the addresses are the configured ones.
    let response = app.visitor().client.get(app.url(&path)).header(header::HOST, "evil.example").send().await.unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert_eq!(canonical(&html).as_deref(), Some(format!("{base}{path}").as_str()), "{html}");
    assert_eq!(meta(&html, "property", "og:url"), Some(format!("{base}{path}")));
    assert_eq!(meta(&html, "property", "og:type").as_deref(), Some("website"));
    assert_eq!(meta(&html, "property", "og:title").as_deref(), Some("December meetup · PyLeeds"));
    assert_eq!(meta(&html, "property", "og:description").as_deref(), Some("Talks and pizza."));
    assert_eq!(meta(&html, "property", "og:image"), Some(format!("{base}{logo}")));
    assert_eq!(meta(&html, "name", "twitter:card").as_deref(), Some("summary"));
    assert!(!html.contains("evil.example"));
    let ld = json_ld(&html);
    assert_eq!(ld["image"], json!([format!("{base}{logo}")]));
    assert_eq!(ld["location"]["address"], json!({"@type": "PostalAddress", "streetAddress": "1 Park Row", "addressLocality": "Leeds", "addressCountry": "United Kingdom"}));

    let (_, html) = app.visitor().page("/g/pyleeds").await;
    assert_eq!(canonical(&html), Some(format!("{base}/g/pyleeds")));
    assert_eq!(meta(&html, "property", "og:title").as_deref(), Some("PyLeeds"));
    assert_eq!(meta(&html, "property", "og:description").as_deref(), Some("Pythonistas in Leeds"));

    // No venue and no link yet: still somewhere, in the group's town, in person.
    let unplaced = create_event(&ada, "pyleeds", tech_hub_meetup("", json!({"venue": null, "title": "Place to be announced"}))).await.id;
    let (status, html) = app.visitor().page(&format!("/g/pyleeds/events/{unplaced}")).await;
    assert_eq!(status, 200);
    let ld = json_ld(&html);
    assert_eq!(ld["location"], json!({"@type": "Place", "name": "Leeds", "address": {"@type": "PostalAddress", "addressLocality": "Leeds", "addressCountry": "United Kingdom"}}));
    assert_eq!(ld["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");

    // A private group's event: its members see it, but previews say nothing of it.
    let ada_too = ada_organizing(&app, "inner-circle", "private").await;
    let secret = create_event(&ada_too, "inner-circle", tech_hub_meetup("1 Park Row\nLeeds", json!({"title": "Secret supper"}))).await.id;
    let (status, html) = ada_too.page(&format!("/g/inner-circle/events/{secret}")).await;
    assert_eq!(status, 200);
    for key in ["og:title", "og:description"] {
        let value = meta(&html, "property", key).unwrap();
        assert!(!value.contains("Secret supper") && !value.contains("PyLeeds"), "{key}: {value}");
    }
    assert!(meta(&html, "property", "og:image").is_none());
    // Error pages name no canonical address.
    let (status, html) = app.visitor().page("/g/no-such-group").await;
    assert_eq!(status, 404);
    assert!(canonical(&html).is_none());
    app.deliver_mail().await;
});
