//! Visitors' pages kept rendered: a group's page and its events' pages are served from memory
//! while nothing they show has changed, and never once something has — whoever changed it
//! (this server, another process writing to the same database), whatever the visitor's
//! language, and as the clock passes the event's start. A group's public calendar answers
//! "not modified" the same way.

use chrono::TimeZone;
use diesel::prelude::*;
use muster_e2e::{
    Created, Person, TestApp, ada_organizing, answer, backend_test, create_event, joined_member,
    tech_hub_meetup,
};
use reqwest::Method;
use serde_json::json;

/// The `muster_page_cache_lookups_total` counter for `result` (`hit` or `miss`).
async fn lookups(app: &TestApp, result: &str) -> u64 {
    let text = app.get("/metrics").await.text().await.unwrap();
    let line = format!("muster_page_cache_lookups_total{{result=\"{result}\"}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(line.as_str()))
        .map_or(0, |n| n.trim().parse().unwrap())
}

/// A visitor's view of `path` (no cookies, no login), in `lang`.
async fn visit(app: &TestApp, path: &str, lang: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .header("accept-language", lang)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Another process writing to the same database (here a second connection pool, outside this
/// server) renames `event` to `title`, as an edit does: its `updated_at` moves on a minute.
async fn retitle_from_outside(app: &TestApp, event: &str, title: &'static str) {
    let outside =
        muster_db::Db::connect_pools(app.db.url(), muster_db::PoolOptions::default()).unwrap();
    let id = event.to_owned();
    let later = muster_core::Clock::now(&app.clock) + chrono::Duration::minutes(1);
    outside
        .write(move |c| {
            use muster_db::schema::events;
            diesel::update(events::table.filter(events::id.eq(id)))
                .set((events::title.eq(title), events::updated_at.eq(later)))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
}

/// On 1 Dec 2026 (the test clock), Ada's public PyLeeds with its December meetup of
/// `capacity` seats, and Grace a member: the organizer, the meetup and its page's address.
async fn leeds_meetup(app: &TestApp, capacity: i64) -> (Person, Created, String, Person) {
    app.clock.set(
        chrono::Utc
            .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .unwrap()
            .into(),
    );
    let ada = ada_organizing(app, "pyleeds", "public").await;
    let event = create_event(
        &ada,
        "pyleeds",
        tech_hub_meetup("1 Park Row, Leeds", json!({"capacity": capacity})),
    )
    .await;
    let page = format!("/g/pyleeds/events/{}", event.id);
    let grace = joined_member(app, "pyleeds", "Grace").await;
    (ada, event, page, grace)
}

backend_test!(async fn visitors_pages_are_kept_until_anything_they_show_changes(backend) {
    let app = TestApp::spawn(backend).await;
    let (ada, event, page, grace) = leeds_meetup(&app, 30).await;

    // The second visit is served from memory, and is the same page.
    let (status, first) = visit(&app, &page, "en").await;
    assert_eq!(status, 200);
    let hits = lookups(&app, "hit").await;
    let (_, second) = visit(&app, &page, "en").await;
    assert_eq!(lookups(&app, "hit").await, hits + 1, "the second visit was kept");
    assert_eq!(first, second);
    assert!(first.contains("<strong>0</strong> going"), "{first}");

    // Browsers ask for gzip: the kept page is sent compressed, and reads the same.
    for _ in 0..2 {
        let hits = lookups(&app, "hit").await;
        let zipped = reqwest::Client::new().get(app.url(&page)).header("accept-encoding", "gzip, deflate, br, zstd").send().await.unwrap();
        assert_eq!(zipped.status(), 200);
        assert_eq!(zipped.headers()["content-encoding"], "gzip");
        assert!(zipped.headers()["vary"].to_str().unwrap().to_lowercase().contains("accept-encoding"));
        let bytes = zipped.bytes().await.unwrap();
        let mut html = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut html).unwrap();
        assert_eq!(html, first);
        assert_eq!(lookups(&app, "hit").await, hits + 1);
    }

    // The same page at another spelling of its address is answered, but not kept.
    let shouting = format!("/g/pyleeds/events/{}", event.id.to_uppercase());
    let hits = lookups(&app, "hit").await;
    for _ in 0..2 {
        assert_eq!(visit(&app, &shouting, "en").await.0, 200);
    }
    assert_eq!(lookups(&app, "hit").await, hits, "only the page's own address is kept");

    // An answer, through this server.
    answer(&grace, &event.id, "yes").await;
    let (_, after) = visit(&app, &page, "en").await;
    assert!(after.contains("<strong>1</strong> going"), "the new answer shows at once");
    assert!(after.contains("1 person") && !after.contains("Grace"), "how many, not who: names are for members");

    // A comment, under its author's name.
    let comment = grace.post(&format!("/api/v1/events/{}/comments", event.id), &json!({"body": "Bringing cake"})).await;
    assert_eq!(comment.status(), 201);
    let (_, after) = visit(&app, &page, "en").await;
    assert!(after.contains("Bringing cake") && after.contains("Grace"));

    // A new name, shown wherever the person takes part.
    let renamed = grace.send(Method::PATCH, "/api/v1/me", &json!({"name": "Grace Hopper"})).await;
    assert_eq!(renamed.status(), 200);
    let (_, after) = visit(&app, &page, "en").await;
    assert!(after.contains("Grace Hopper"), "{after}");

    // The group's pages list the meetup; the title changed by another process writing to the
    // same database (here a second pool, outside this server) shows on every page at once, and
    // the calendar's subscribers get the new text.
    for path in ["/g/pyleeds", "/g/pyleeds/events", "/g/pyleeds", "/g/pyleeds/events"] {
        assert!(visit(&app, path, "en").await.1.contains("December meetup"), "{path}");
    }
    let feed = app.get("/g/pyleeds/events.ics").await;
    let etag = feed.headers()["etag"].to_str().unwrap().to_owned();
    assert!(feed.text().await.unwrap().contains("SUMMARY:December meetup"));
    for _ in 0..2 {
        let again = reqwest::Client::new().get(app.url("/g/pyleeds/events.ics")).header("if-none-match", &etag).send().await.unwrap();
        assert_eq!(again.status(), 304, "the subscriber's copy is current");
    }
    retitle_from_outside(&app, &event.id, "Winter meetup").await;
    let (_, group) = visit(&app, "/g/pyleeds", "en").await;
    assert!(group.contains("Winter meetup") && !group.contains("December meetup"), "{group}");
    let (_, after) = visit(&app, &page, "en").await;
    assert!(after.contains("Winter meetup"));
    let (_, list) = visit(&app, "/g/pyleeds/events", "en").await;
    assert!(list.contains("Winter meetup") && !list.contains("December meetup"), "{list}");
    let feed = reqwest::Client::new().get(app.url("/g/pyleeds/events.ics")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(feed.status(), 200, "the calendar changed: not a 304");
    assert_ne!(feed.headers()["etag"].to_str().unwrap(), etag);
    assert!(feed.text().await.unwrap().contains("SUMMARY:Winter meetup"));

    // Each language has its own rendering.
    let (_, german) = visit(&app, &page, "de").await;
    assert!(german.contains("lang=\"de\""));
    let (_, english) = visit(&app, &page, "en").await;
    assert!(english.contains("lang=\"en\"") && english.contains("<strong>1</strong> going"));

    // A signed-in organizer's page (with their tools) is never what visitors get, nor the
    // other way round.
    let (_, organizers) = ada.page(&page).await;
    assert!(organizers.contains("/rsvps/close"), "the organizer's tools");
    let (_, visitors) = visit(&app, &page, "en").await;
    assert!(!visitors.contains("/rsvps/close") && !visitors.contains("csrf_token"));
    let (_, organizers) = ada.page(&page).await;
    assert!(organizers.contains("/rsvps/close"));

    // Time passes: once the meetup has started, visitors read so, though nothing was written.
    let (_, before) = visit(&app, &page, "en").await;
    assert!(!before.contains("Happening now"));
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 16, 18, 45, 0).unwrap().into());
    let (_, during) = visit(&app, &page, "en").await;
    assert!(during.contains("Happening now"), "{during}");
    for path in ["/g/pyleeds", "/g/pyleeds/events"] {
        let (_, list) = visit(&app, path, "en").await;
        assert!(list.contains("Happening now"), "{path}: {list}");
    }
});

backend_test!(async fn a_page_kept_while_the_group_was_public_is_refused_once_it_is_private(backend) {
    let app = TestApp::spawn(backend).await;
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap().into());
    let ada = ada_organizing(&app, "pyleeds", "public").await;
    let event = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({}))).await;
    let page = format!("/g/pyleeds/events/{}", event.id);
    for _ in 0..2 {
        assert_eq!(visit(&app, &page, "en").await.0, 200);
        assert_eq!(visit(&app, "/g/pyleeds", "en").await.0, 200);
        assert_eq!(visit(&app, "/g/pyleeds/events", "en").await.0, 200);
    }
    let private = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"visibility": "private", "join_mode": "invite"})).await;
    assert_eq!(private.status(), 200);
    assert_eq!(visit(&app, &page, "en").await.0, 404, "the event is no longer public");
    assert_eq!(visit(&app, "/g/pyleeds", "en").await.0, 404);
    assert_eq!(visit(&app, "/g/pyleeds/events", "en").await.0, 404);
    // A page that was not found is never kept: public again, it shows again.
    let public = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"visibility": "public", "join_mode": "open"})).await;
    assert_eq!(public.status(), 200);
    assert_eq!(visit(&app, &page, "en").await.0, 200);
});

backend_test!(async fn the_home_page_is_kept_until_a_meetup_it_lists_changes_or_another_comes(backend) {
    let app = TestApp::spawn(backend).await;
    let (_ada, event, _page, grace) = leeds_meetup(&app, 1).await;
    let (status, first) = visit(&app, "/", "en").await;
    assert_eq!(status, 200);
    assert!(first.contains("December meetup") && first.contains("0 going"), "{first}");
    let hits = lookups(&app, "hit").await;
    assert_eq!(visit(&app, "/", "en").await.1, first);
    assert_eq!(lookups(&app, "hit").await, hits + 1, "the second visit was kept");

    // Grace takes the only seat: the card counts her and says it is full.
    answer(&grace, &event.id, "yes").await;
    let (_, after) = visit(&app, "/", "en").await;
    assert!(after.contains("1 going") && after.contains("badge full"), "{after}");
    // A signed-in person's home page (with their own meetups) is never kept.
    let hits = lookups(&app, "hit").await;
    for _ in 0..2 {
        let mine = grace.get("/").await.text().await.unwrap();
        assert!(mine.contains("December meetup") && mine.contains("badge mine"), "{mine}");
    }
    assert_eq!(lookups(&app, "hit").await, hits);

    // Another group's meetup, sooner, enters the list.
    let bo = ada_organizing(&app, "pybristol", "public").await;
    create_event(&bo, "pybristol", tech_hub_meetup("1 Queen Sq, Bristol", json!({"title": "Bristol social", "starts_at": "2026-12-09T18:30", "ends_at": "2026-12-09T21:00"}))).await;
    let (_, after) = visit(&app, "/", "en").await;
    let (bristol, leeds) = (after.find("Bristol social"), after.find("December meetup"));
    assert!(bristol.is_some() && bristol < leeds, "the sooner one first: {after}");

    // A title changed by another process writing to the same database shows at once.
    retitle_from_outside(&app, &event.id, "Winter meetup").await;
    let (_, after) = visit(&app, "/", "en").await;
    assert!(after.contains("Winter meetup") && !after.contains("December meetup"), "{after}");

    // Made private, the group's meetups leave a visitor's home page.
    let private = bo.send(Method::PATCH, "/api/v1/groups/pybristol", &json!({"visibility": "private", "join_mode": "invite"})).await;
    assert_eq!(private.status(), 200);
    let (_, after) = visit(&app, "/", "en").await;
    assert!(!after.contains("Bristol social") && after.contains("Winter meetup"), "{after}");

    // Each language has its own; and once the meetup has started the card says so.
    let (_, german) = visit(&app, "/", "de").await;
    assert!(german.contains("lang=\"de\"") && german.contains("Winter meetup"));
    app.clock.set(chrono::Utc.with_ymd_and_hms(2026, 12, 16, 19, 0, 0).unwrap().into());
    let (_, during) = visit(&app, "/", "en").await;
    assert!(during.contains("Happening now"), "{during}");
});

backend_test!(async fn members_pages_share_what_was_read_but_each_reads_their_own_answer(backend) {
    let app = TestApp::spawn(backend).await;
    let (ada, event, page, grace) = leeds_meetup(&app, 1).await;
    let alan = joined_member(&app, "pyleeds", "Alan").await;
    let bob = app.person("Bob", "bob@example.org").await;

    // The second member's page is made from what the first one's read, with their own box.
    let (status, graces) = grace.page_unescaped(&page).await;
    assert_eq!(status, 200);
    assert!(graces.contains("Yes, I'm going") && graces.contains("<strong>0</strong> going"), "{graces}");
    let hits = lookups(&app, "hit").await;
    let (_, alans) = alan.page_unescaped(&page).await;
    assert_eq!(lookups(&app, "hit").await, hits + 1, "Alan's page used what Grace's read");
    assert!(alans.contains("Yes, I'm going") && !alans.contains("You're going"));

    // Grace takes the only seat: she reads that she is going, Alan that the seat is taken and
    // who has it, each at once.
    answer(&grace, &event.id, "yes").await;
    let (_, graces) = grace.page_unescaped(&page).await;
    assert!(graces.contains("Every seat is taken, yours included.") && graces.contains("You're going."), "{graces}");
    let (_, alans) = alan.page_unescaped(&page).await;
    assert!(alans.contains("<strong>1</strong> going") && alans.contains("<span>Grace</span></a>"), "{alans}");
    assert!(alans.contains("Join the waitlist") && !alans.contains("You're going."), "{alans}");
    let hits = lookups(&app, "hit").await;
    let (_, graces_again) = grace.page_unescaped(&page).await;
    assert_eq!(lookups(&app, "hit").await, hits + 1);
    assert!(graces_again.contains("You're going."), "her own answer, read again");

    // The title changed by another process (here a second pool, outside this server): the
    // members' pages say so at once.
    retitle_from_outside(&app, &event.id, "Winter meetup").await;
    let (_, alans) = alan.page_unescaped(&page).await;
    assert!(alans.contains("Winter meetup") && !alans.contains("December meetup"), "{alans}");

    // What was kept for members is never shown to someone who may not see it: a draft (kept
    // from its organizer's view) is 404 to members, and a private group's event (kept from a
    // member's view) is 404 to a signed-in outsider.
    let draft = create_event(&ada, "pyleeds", tech_hub_meetup("1 Park Row, Leeds", json!({"title": "Secret plans", "draft": true}))).await;
    let draft_page = format!("/g/pyleeds/events/{}", draft.id);
    for _ in 0..2 {
        let (status, organizers) = ada.page_unescaped(&draft_page).await;
        assert_eq!(status, 200);
        assert!(organizers.contains("Secret plans"));
    }
    let (status, graces) = grace.page_unescaped(&draft_page).await;
    assert_eq!(status, 404);
    assert!(!graces.contains("Secret plans"));
    let private = ada.send(Method::PATCH, "/api/v1/groups/pyleeds", &json!({"visibility": "private", "join_mode": "invite"})).await;
    assert_eq!(private.status(), 200);
    for _ in 0..2 {
        assert_eq!(grace.page_unescaped(&page).await.0, 200, "a member still sees it");
    }
    let (status, bobs) = bob.page_unescaped(&page).await;
    assert_eq!(status, 404);
    assert!(!bobs.contains("Winter meetup"));
    // The same event under another group's address is not found either.
    let elsewhere = ada_organizing(&app, "pyyork", "public").await;
    assert_eq!(elsewhere.page_unescaped(&format!("/g/pyyork/events/{}", event.id)).await.0, 404);
});
