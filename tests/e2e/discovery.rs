//! Being found and followed: schema.org JSON-LD on event pages, "Add to calendar" links, a
//! group's subscribe links and its Atom feed — and none of it for private groups.

use diesel::{ExpressionMethods, QueryDsl, RunQueryDsl};
use muster_e2e::{
    TestApp, ada_organizing, backend_test, create_event, create_group, invited_member,
    joined_member, tech_hub_meetup,
};
use reqwest::{Method, header};
use serde_json::{Value, json};

/// The Tech Hub's address as these tests write it: on two lines.
const TECH_HUB_ADDRESS: &str = "1 Park Row\nLeeds";

/// The JSON-LD blocks of a page, parsed.
fn json_ld(html: &str) -> Vec<Value> {
    const OPEN: &str = "<script type=\"application/ld+json\">";
    html.split(OPEN)
        .skip(1)
        .map(|rest| {
            let text = rest.split("</script>").next().unwrap();
            serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
        })
        .collect()
}

/// The one JSON-LD block of a page.
fn one_json_ld(html: &str) -> Value {
    let blocks = json_ld(html);
    assert_eq!(blocks.len(), 1, "one JSON-LD block: {html}");
    blocks.into_iter().next().unwrap()
}

/// The `href` of the link with this class, as the browser reads it (`&#38;` is `&`).
fn href_of(html: &str, class: &str) -> String {
    let marker = format!("class=\"{class}\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {class} link: {html}"));
    let tag_start = html[..at].rfind("<a ").unwrap();
    let tag = &html[tag_start..at + marker.len()];
    let href = tag
        .split("href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    href.replace("&#38;", "&").replace("&amp;", "&")
}

fn tag_of<'a>(html: &'a str, class: &str) -> &'a str {
    let marker = format!("class=\"{class}\"");
    let at = html.find(&marker).unwrap();
    let start = html[..at].rfind("<a ").unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

fn query(url: &str) -> std::collections::HashMap<String, String> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect()
}

backend_test!(async fn event_pages_describe_public_events_with_json_ld(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let base = &app.address;

    // Summer in London (BST, +01:00), in a place and online at once.
    let summer = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Summer meetup",
        "description": "Talks and **pizza**.\n\nBring a [friend](https://example.org).",
        "starts_at": "2027-07-15T18:30", "ends_at": "2027-07-15T21:00",
        "venue": {"name": "The Tech Hub", "address": "1 Park Row\nLeeds", "lat": 53.7997, "lon": -1.5492},
        "online_url": "https://meet.example.org/secret-room",
    }))).await.id;
    let path = format!("/g/pyleeds/events/{summer}");
    let (status, html) = app.visitor().page(&path).await;
    assert_eq!(status, 200);
    let ld = one_json_ld(&html);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["name"], "Summer meetup");
    assert_eq!(ld["description"], "Talks and pizza. Bring a friend.", "plain text, no Markdown");
    assert_eq!(ld["startDate"], "2027-07-15T18:30:00+01:00", "the local offset in summer");
    assert_eq!(ld["endDate"], "2027-07-15T21:00:00+01:00");
    assert_eq!(ld["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(ld["eventAttendanceMode"], "https://schema.org/MixedEventAttendanceMode");
    assert_eq!(ld["url"], format!("{base}{path}"));
    assert_eq!(ld["isAccessibleForFree"], true);
    assert_eq!(ld["organizer"], json!({"@type": "Organization", "name": "PyLeeds", "url": format!("{base}/g/pyleeds")}));
    assert_eq!(ld["location"], json!([
        {"@type": "Place", "name": "The Tech Hub",
         "address": {"@type": "PostalAddress", "streetAddress": "1 Park Row", "addressLocality": "Leeds"},
         "geo": {"@type": "GeoCoordinates", "latitude": 53.7997, "longitude": -1.5492}},
        {"@type": "VirtualLocation", "url": format!("{base}{path}")},
    ]));
    assert!(ld.get("previousStartDate").is_none());
    assert!(!html.contains("meet.example.org"), "visitors never see the online link");
    // Organizers see the link on the page, but not in the structured data.
    let (_, html) = ada.page(&path).await;
    assert!(html.contains("https://meet.example.org/secret-room"), "organizers see the link");
    assert!(!one_json_ld(&html).to_string().contains("meet.example.org"), "the link is for attendees only");

    // Winter in London (GMT, +00:00), in a place only.
    let winter = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({}))).await.id;
    let (_, html) = grace.page(&format!("/g/pyleeds/events/{winter}")).await;
    let ld = one_json_ld(&html);
    assert_eq!(ld["startDate"], "2026-12-16T18:30:00+00:00", "the local offset in winter");
    assert_eq!(ld["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");
    assert_eq!(ld["location"]["@type"], "Place");
    assert!(ld["location"].get("geo").is_none(), "no coordinates given, none made up");
    assert!(ld.get("description").is_none(), "no description, no field");

    // Moved: rescheduled, with where it was.
    let moved = ada.send(Method::PATCH, &format!("/api/v1/events/{winter}"),
        &json!({"starts_at": "2026-12-17T18:30", "ends_at": "2026-12-17T21:00"})).await;
    assert_eq!(moved.status(), 200, "{}", moved.text().await.unwrap());
    let (_, html) = app.visitor().page(&format!("/g/pyleeds/events/{winter}")).await;
    let ld = one_json_ld(&html);
    assert_eq!(ld["eventStatus"], "https://schema.org/EventRescheduled");
    assert_eq!(ld["startDate"], "2026-12-17T18:30:00+00:00");
    assert_eq!(ld["previousStartDate"], "2026-12-16T18:30:00+00:00");

    // Online only, in New York (EDT, -04:00); then cancelled.
    let online = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Remote talk night", "timezone": "America/New_York",
        "starts_at": "2027-03-20T18:00", "ends_at": "2027-03-20T20:00",
        "venue": null, "online_url": "https://meet.example.org/remote",
    }))).await.id;
    let online_path = format!("/g/pyleeds/events/{online}");
    let (_, html) = app.visitor().page(&online_path).await;
    let ld = one_json_ld(&html);
    assert_eq!(ld["startDate"], "2027-03-20T18:00:00-04:00");
    assert_eq!(ld["eventAttendanceMode"], "https://schema.org/OnlineEventAttendanceMode");
    assert_eq!(ld["location"], json!({"@type": "VirtualLocation", "url": format!("{base}{online_path}")}));
    let cancelled = ada.post(&format!("/api/v1/events/{online}/cancel"), &json!({"reason": "The speaker is ill."})).await;
    assert_eq!(cancelled.status(), 200, "{}", cancelled.text().await.unwrap());
    let (_, html) = app.visitor().page(&online_path).await;
    let ld = one_json_ld(&html);
    assert_eq!(ld["eventStatus"], "https://schema.org/EventCancelled");
    assert!(ld.get("previousStartDate").is_none());

    // Drafts have none, even for the organizers who see them.
    let draft = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Secret plans", "draft": true}))).await.id;
    let (status, html) = ada.page(&format!("/g/pyleeds/events/{draft}")).await;
    assert_eq!(status, 200);
    assert!(json_ld(&html).is_empty(), "no JSON-LD for a draft");
    app.deliver_mail().await;
});

backend_test!(async fn json_ld_stays_out_of_private_groups_and_inside_its_script(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "inner-circle", "private").await;
    let grace = invited_member(&app, &ada, "inner-circle", "Grace").await;
    let secret = create_event(&ada, "inner-circle", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Secret supper"}))).await.id;
    let path = format!("/g/inner-circle/events/{secret}");
    for (who, person) in [("the organizer", &ada), ("a member", &grace)] {
        let (status, html) = person.page(&path).await;
        assert_eq!(status, 200, "{who}");
        assert!(html.contains("Secret supper"));
        assert!(!html.contains("application/ld+json"), "no structured data for {who}: {html}");
        assert!(!html.contains("schema.org"), "{who}");
    }
    assert_eq!(app.visitor().page(&path).await.0, 404);

    // A hostile title and description cannot leave the script element.
    let hostile_title = "</script><script>alert(1)</script>";
    let hostile_description = "</SCRIPT><!-- <script>alert(2)</script> & more";
    let organizer = app.person("Ada Two", "ada2@example.org").await;
    create_group(&organizer, json!({"slug": "hostile", "name": "Hostile </script> & Co", "timezone": "Europe/London", "visibility": "public", "join_mode": "open"})).await;
    let id = create_event(&organizer, "hostile", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": hostile_title, "description": hostile_description}))).await.id;
    let (status, html) = app.visitor().page(&format!("/g/hostile/events/{id}")).await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert"), "no script injected: {html}");
    let raw = html.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
    assert!(raw.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"), "{raw}");
    assert!(!raw.contains('<') && !raw.contains('>') && !raw.contains('&'), "{raw}");
    let ld = one_json_ld(&html);
    assert_eq!(ld["name"], hostile_title, "the title survives intact as data");
    assert_eq!(ld["organizer"]["name"], "Hostile </script> & Co");
    assert!(ld["description"].as_str().unwrap().contains("alert(2)"), "{ld}");
    assert_eq!(html.to_lowercase().matches("</script").count(), 1, "one script element, closed once");
    app.deliver_mail().await;
});

backend_test!(async fn event_pages_offer_add_to_calendar_links(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let base = &app.address;
    let title = "Pizza & Python: 100% fun?";
    let id = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": title,
        "description": "Talks + *pizza*. #1 night",
        "online_url": "https://meet.example.org/secret-room",
    }))).await.id;
    let path = format!("/g/pyleeds/events/{id}");
    let url = format!("{base}{path}");
    let (status, html) = app.visitor().page(&path).await;
    assert_eq!(status, 200);
    assert!(html.contains("Add to calendar"));

    let ics = href_of(&html, "calendar-ics");
    assert_eq!(ics, format!("{path}.ics"));
    let download = app.visitor().get(&ics).await;
    assert_eq!(download.status(), 200, "the link leads to the event's calendar file");

    let google = href_of(&html, "calendar-google");
    assert!(google.starts_with(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Pizza%20%26%20Python%3A%20100%25%20fun%3F&dates=20261216T183000Z/20261216T210000Z&details="
    ), "{google}");
    let q = query(&google);
    assert_eq!(q["action"], "TEMPLATE");
    assert_eq!(q["text"], title);
    assert_eq!(q["dates"], "20261216T183000Z/20261216T210000Z");
    assert_eq!(q["details"], format!("Talks + pizza. #1 night\n\n{url}"));
    assert_eq!(q["location"], "The Tech Hub, 1 Park Row, Leeds (and online)");
    assert!(google.contains("details=Talks%20%2B%20pizza.%20%231%20night%0A%0Ahttp%3A%2F%2F127.0.0.1%3A"), "{google}");

    let outlook = href_of(&html, "calendar-outlook");
    assert!(outlook.starts_with(
        "https://outlook.live.com/calendar/0/action/compose?subject=Pizza%20%26%20Python%3A%20100%25%20fun%3F&startdt=2026-12-16T18%3A30%3A00Z&enddt=2026-12-16T21%3A00%3A00Z&body="
    ), "{outlook}");
    let q = query(&outlook);
    assert_eq!(q["subject"], title);
    assert_eq!(q["startdt"], "2026-12-16T18:30:00Z");
    assert_eq!(q["enddt"], "2026-12-16T21:00:00Z");
    assert_eq!(q["body"], format!("Talks + pizza. #1 night\n\n{url}"));
    assert_eq!(q["location"], "The Tech Hub, 1 Park Row, Leeds (and online)");

    for class in ["calendar-google", "calendar-outlook"] {
        assert!(tag_of(&html, class).contains("rel=\"noopener noreferrer\""), "{}", tag_of(&html, class));
    }
    // The online link goes to no third party, whoever clicks.
    let (_, organizer_html) = ada.page(&path).await;
    for class in ["calendar-google", "calendar-outlook"] {
        assert!(!href_of(&organizer_html, class).contains("meet.example.org"), "{class}");
    }

    // Times go to Google and Outlook in UTC: summer in London is an hour behind.
    let summer = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Summer", "starts_at": "2027-07-15T18:30", "ends_at": "2027-07-15T21:00",
        "venue": null, "online_url": "https://meet.example.org/summer",
    }))).await.id;
    let (_, html) = app.visitor().page(&format!("/g/pyleeds/events/{summer}")).await;
    let q = query(&href_of(&html, "calendar-google"));
    assert_eq!(q["dates"], "20270715T173000Z/20270715T200000Z");
    assert_eq!(q["location"], "Online");
    assert_eq!(q["details"], format!("{base}/g/pyleeds/events/{summer}"), "no description: just the page");
    let q = query(&href_of(&html, "calendar-outlook"));
    assert_eq!(q["startdt"], "2027-07-15T17:30:00Z");

    // Not for drafts, not for cancelled events.
    let draft = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Draft night", "draft": true}))).await.id;
    let (status, html) = ada.page(&format!("/g/pyleeds/events/{draft}")).await;
    assert_eq!(status, 200);
    assert!(!html.contains("Add to calendar") && !html.contains("calendar.google.com"), "{html}");
    let cancelled = ada.post(&format!("/api/v1/events/{summer}/cancel"), &json!({"reason": "Too hot."})).await;
    assert_eq!(cancelled.status(), 200);
    let (_, html) = app.visitor().page(&format!("/g/pyleeds/events/{summer}")).await;
    assert!(!html.contains("Add to calendar") && !html.contains("outlook.live.com"), "{html}");
    app.deliver_mail().await;
});

backend_test!(async fn group_pages_offer_feeds_for_public_groups_only(backend) {
    let app = TestApp::spawn(backend).await;
    let base = &app.address;
    let host = base.strip_prefix("http://").unwrap();
    ada_organizing(&app, "pyleeds", "public").await;
    let grace = joined_member(&app, "pyleeds", "Grace").await;
    let (status, html) = app.visitor().page("/g/pyleeds").await;
    assert_eq!(status, 200);
    assert!(html.contains("<h2 id=\"subscribe\">Subscribe</h2>"), "{html}");
    assert_eq!(href_of(&html, "subscribe-webcal"), format!("webcal://{host}/g/pyleeds/events.ics"));
    assert_eq!(href_of(&html, "subscribe-ics"), format!("{base}/g/pyleeds/events.ics"));
    assert_eq!(href_of(&html, "subscribe-atom"), format!("{base}/g/pyleeds/feed.atom"));
    assert!(html.contains(&format!("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"PyLeeds: news feed\" href=\"{base}/g/pyleeds/feed.atom\">")), "{html}");
    assert!(html.contains(&format!("<link rel=\"alternate\" type=\"text/calendar\" title=\"PyLeeds: calendar\" href=\"{base}/g/pyleeds/events.ics\">")), "{html}");
    assert!(!html.contains("/account/settings#calendar"), "visitors have no private feed");
    let (_, html) = grace.page("/g/pyleeds").await;
    assert!(html.contains("href=\"/account/settings#calendar\""), "members are offered their own feed");
    // The links lead somewhere.
    assert_eq!(app.visitor().get("/g/pyleeds/events.ics").await.status(), 200);
    assert_eq!(app.visitor().get("/g/pyleeds/feed.atom").await.status(), 200);

    // A private group: no public feed anywhere on its page; members get their private feed.
    let ada = ada_organizing(&app, "inner-circle", "private").await;
    let hopper = invited_member(&app, &ada, "inner-circle", "Hopper").await;
    for (who, person) in [("the organizer", &ada), ("a member", &hopper)] {
        let (status, html) = person.page("/g/inner-circle").await;
        assert_eq!(status, 200, "{who}");
        for public in ["webcal://", "events.ics", "feed.atom", "rel=\"alternate\"", "application/atom+xml"] {
            assert!(!html.contains(public), "{who} sees no {public}: {html}");
        }
        assert!(html.contains("<a href=\"/account/settings#calendar\" class=\"subscribe-private\">Subscribe with your private calendar feed</a>"), "{who}: {html}");
    }
});

/// Reads an Atom document, checking it is well-formed XML in the Atom namespace.
fn atom(text: &str) -> roxmltree::Document<'_> {
    let doc = roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("not well-formed XML ({e}): {text}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    doc
}

fn child<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    name: &str,
) -> Option<roxmltree::Node<'a, 'input>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == name)
}

fn child_text(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    child(node, name)
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_owned()
}

fn link(node: roxmltree::Node<'_, '_>, rel: &str) -> String {
    node.children()
        .find(|n| n.tag_name().name() == "link" && n.attribute("rel") == Some(rel))
        .and_then(|n| n.attribute("href"))
        .unwrap_or_else(|| panic!("no {rel} link"))
        .to_owned()
}

fn is_rfc3339(text: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(text).is_ok()
}

backend_test!(async fn public_groups_have_an_atom_feed(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let base = &app.address;
    let group_id = app.db.read(|c| Ok(muster_db::groups::find_by_slug(c, "pyleeds")?.unwrap().id)).await.unwrap();

    let december = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"description": "Talks and *pizza* <script>alert(1)</script>"}))).await.id;
    app.advance(chrono::Duration::minutes(1));
    let online = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({
        "title": "Tom & Jerry's <b>online</b> night", "venue": null, "online_url": "https://meet.example.org/secret-room",
        "starts_at": "2027-01-13T18:30", "ends_at": "2027-01-13T20:00",
    }))).await.id;
    app.advance(chrono::Duration::minutes(1));
    let cancelled = create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "January social", "starts_at": "2027-01-20T18:30", "ends_at": "2027-01-20T21:00"}))).await.id;
    app.advance(chrono::Duration::minutes(1));
    let reason = ada.post(&format!("/api/v1/events/{cancelled}/cancel"), &json!({"reason": "The pub <closed> & sold."})).await;
    assert_eq!(reason.status(), 200);
    create_event(&ada, "pyleeds", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Draft plans", "draft": true}))).await;

    let response = app.visitor().get("/g/pyleeds/feed.atom").await;
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers[header::CONTENT_TYPE], "application/atom+xml; charset=utf-8");
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=300");
    let etag = headers[header::ETAG].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "a strong ETag: {etag}");
    let last_modified = headers[header::LAST_MODIFIED].to_str().unwrap().to_owned();
    let body = response.text().await.unwrap();
    assert!(body.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "{body}");
    assert!(!body.contains("meet.example.org"), "online links are for attendees only");
    assert!(!body.contains("Draft plans"), "no drafts");
    let doc = atom(&body);
    let feed = doc.root_element();
    assert_eq!(child_text(feed, "id"), format!("urn:uuid:{group_id}"));
    assert_eq!(child_text(feed, "title"), "PyLeeds");
    assert!(is_rfc3339(&child_text(feed, "updated")), "{body}");
    assert_eq!(link(feed, "self"), format!("{base}/g/pyleeds/feed.atom"));
    assert_eq!(link(feed, "alternate"), format!("{base}/g/pyleeds"));
    assert_eq!(child_text(child(feed, "author").unwrap(), "name"), "PyLeeds");

    let entries: Vec<_> = feed.children().filter(|n| n.tag_name().name() == "entry").collect();
    assert_eq!(entries.len(), 3, "published and cancelled events, not drafts: {body}");
    // Newest change first: the cancellation, then the online night, then December.
    let ids: Vec<String> = entries.iter().map(|e| child_text(*e, "id")).collect();
    assert_eq!(ids, [format!("urn:uuid:{cancelled}"), format!("urn:uuid:{online}"), format!("urn:uuid:{december}")]);
    for entry in &entries {
        assert!(is_rfc3339(&child_text(*entry, "updated")));
        assert!(is_rfc3339(&child_text(*entry, "published")));
        assert_eq!(child(*entry, "content").unwrap().attribute("type"), Some("html"));
    }
    assert_eq!(child_text(feed, "updated"), child_text(entries[0], "updated"), "the feed changed with its newest entry");

    let first = entries[0];
    assert_eq!(child_text(first, "title"), "Cancelled: January social");
    assert_eq!(link(first, "alternate"), format!("{base}/g/pyleeds/events/{cancelled}"));
    let content = child_text(first, "content");
    assert!(content.contains("<p><strong>This event is cancelled.</strong> The pub &lt;closed&gt; &amp; sold.</p>"), "{content}");

    let second = entries[1];
    assert_eq!(child_text(second, "title"), "Tom & Jerry's <b>online</b> night", "titles are text, escaped once");
    let content = child_text(second, "content");
    assert!(content.contains("<p><strong>When:</strong> Wed 13 Jan 2027, 18:30–20:00 GMT</p>"), "{content}");
    assert!(content.contains("<p><strong>Where:</strong> Online</p>"), "{content}");

    let third = entries[2];
    let content = child_text(third, "content");
    assert!(content.contains("<em>pizza</em>"), "the sanitized description: {content}");
    assert!(!content.contains("<script>"), "{content}");
    assert!(content.contains("<p><strong>Where:</strong> The Tech Hub, 1 Park Row, Leeds</p>"), "{content}");
    assert_eq!(child_text(third, "summary"), "Wed 16 Dec 2026, 18:30–21:00 GMT · The Tech Hub, 1 Park Row, Leeds");

    // Conditional requests: 304 with nothing rendered, the same validators.
    let visitor = app.visitor();
    let url = visitor.url("/g/pyleeds/feed.atom");
    let same = visitor.client.get(&url).header(header::IF_NONE_MATCH, &etag).send().await.unwrap();
    assert_eq!(same.status(), 304);
    assert_eq!(same.headers()[header::ETAG], etag.as_str());
    assert_eq!(same.headers()[header::CACHE_CONTROL], "public, max-age=300");
    assert!(same.text().await.unwrap().is_empty());
    let since = visitor.client.get(&url).header(header::IF_MODIFIED_SINCE, &last_modified).send().await.unwrap();
    assert_eq!(since.status(), 304);
    let older = visitor.client.get(&url).header(header::IF_MODIFIED_SINCE, "Mon, 01 Jan 2024 00:00:00 GMT").send().await.unwrap();
    assert_eq!(older.status(), 200);
    let other = visitor.client.get(&url).header(header::IF_NONE_MATCH, "\"something-else\"").send().await.unwrap();
    assert_eq!(other.status(), 200);

    // A change makes a new version; the old ETag no longer matches.
    app.advance(chrono::Duration::minutes(1));
    let edited = ada.send(Method::PATCH, &format!("/api/v1/events/{december}"), &json!({"title": "December meetup (with pizza)"})).await;
    assert_eq!(edited.status(), 200);
    let changed = visitor.client.get(&url).header(header::IF_NONE_MATCH, &etag).send().await.unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()[header::ETAG], etag.as_str());
    let body = changed.text().await.unwrap();
    let doc = atom(&body);
    let first = doc.root_element().children().find(|n| n.tag_name().name() == "entry").unwrap();
    assert_eq!(child_text(first, "title"), "December meetup (with pizza)", "the edited event comes first");

    // Control characters XML cannot carry (say, from an old import) are dropped.
    let event_id = muster_core::id::EventId::parse(&december).unwrap();
    app.advance(chrono::Duration::minutes(1));
    let now = muster_core::Timestamp::parse_rfc3339("2026-11-02T10:00:00Z").unwrap();
    app.db
        .write(move |c| {
            use muster_db::schema::events;
            Ok(diesel::update(events::table.filter(events::id.eq(event_id)))
                .set((events::title.eq("Bell\u{7} and\u{0b} form\u{0c}feed"), events::updated_at.eq(now)))
                .execute(c)?)
        })
        .await
        .unwrap();
    let body = visitor.get("/g/pyleeds/feed.atom").await.text().await.unwrap();
    let doc = atom(&body);
    let first = doc.root_element().children().find(|n| n.tag_name().name() == "entry").unwrap();
    assert_eq!(child_text(first, "title"), "Bell and formfeed");
    app.deliver_mail().await;
});

backend_test!(async fn private_and_missing_groups_have_no_atom_feed(backend) {
    let app = TestApp::spawn(backend).await;
    let ada = ada_organizing(&app, "inner-circle", "private").await;
    let grace = invited_member(&app, &ada, "inner-circle", "Grace").await;
    create_event(&ada, "inner-circle", tech_hub_meetup(TECH_HUB_ADDRESS, json!({"title": "Secret supper"}))).await;
    for (who, person) in [("a visitor", &app.visitor()), ("the organizer", &ada), ("a member", &grace)] {
        let response = person.get("/g/inner-circle/feed.atom").await;
        assert_eq!(response.status(), 404, "{who}");
        let body = response.text().await.unwrap();
        assert!(!body.contains("Secret supper"), "{who}");
    }
    // Conditional requests learn nothing either.
    let response = app.visitor().client.get(app.url("/g/inner-circle/feed.atom")).header(header::IF_NONE_MATCH, "*").send().await.unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(app.visitor().get("/g/no-such-group/feed.atom").await.status(), 404);

    // A group without events still has a valid, empty feed.
    ada_organizing(&app, "pyleeds", "public").await;
    let body = app.visitor().get("/g/pyleeds/feed.atom").await.text().await.unwrap();
    let doc = atom(&body);
    assert_eq!(doc.root_element().children().filter(|n| n.tag_name().name() == "entry").count(), 0);
    app.deliver_mail().await;
});
