//! A group's archive: downloaded by its organizer (HTTP and `muster export group`), opened as
//! a user would (the JSON, the calendar read back by an independent parser, the static pages),
//! imported into another instance with `muster import archive`, and exported again there to
//! compare field by field. Members' own "download my data". Broken archives are refused whole.

use std::io::{Cursor, Write};

use chrono::Duration;
use muster_app::archives::Archive;
use muster_e2e::{
    TestApp, backend_test, create_event, create_group, field_of_each, rsvp, run_muster as muster,
    unzip,
};
use reqwest::Method;
use serde_json::{Value, json};

fn file<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is in the archive"))
        .1
}

fn text(files: &[(String, Vec<u8>)], name: &str) -> String {
    String::from_utf8(file(files, name).to_vec()).unwrap()
}

/// A ZIP holding these files.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Pyleeds with a history: a past meetup with talks, hosts, answers and attendance; a
/// cancelled one; a draft; a monthly series; three members of whom one allowed their name.
/// Returns (organizer, the past event's id).
async fn group_with_history(
    app: &TestApp,
) -> (
    muster_e2e::Person,
    muster_e2e::Person,
    muster_e2e::Person,
    String,
) {
    let ada = app.person("Ada Lovelace", "ada@example.org").await;
    create_group(&ada, json!({
        "slug": "pyleeds", "name": "Python Leeds", "timezone": "Europe/London",
        "join_mode": "open", "visibility": "public", "city": "Leeds", "country": "United Kingdom",
        "summary": "Pythonistas of West Yorkshire", "description": "We meet **monthly**.",
        "topics": ["python", "data"], "website_url": "https://pyleeds.example.org",
        "questions": ["What brings you here?"]
    }))
    .await;
    let conduct = ada
        .send(Method::PUT, "/api/v1/groups/pyleeds/conduct", &json!({"text": "Be kind, be patient, and help each other learn. Harassment is not tolerated here."}))
        .await;
    assert!(
        conduct.status().is_success(),
        "{}",
        conduct.text().await.unwrap()
    );
    let grace = app.person("Grace Hopper", "grace@example.org").await;
    let ken = app.person("Ken Thompson", "ken@example.org").await;
    for person in [&grace, &ken] {
        let joined = person
            .post(
                "/api/v1/groups/pyleeds/join",
                &json!({"conduct_version": 2, "answers": ["Python"]}),
            )
            .await;
        assert_eq!(joined.status(), 200, "{}", joined.text().await.unwrap());
    }
    // Grace allows her name in the archive; Ken does not say.
    let allowed = grace
        .send(
            Method::PATCH,
            "/api/v1/groups/pyleeds/membership",
            &json!({"in_archive": true}),
        )
        .await;
    assert_eq!(allowed.status(), 204);

    let event = create_event(&ada, "pyleeds", json!({
        "title": "November meetup", "description": "Two talks and *pizza*.",
        "starts_at": "2026-11-10T18:30:00Z", "ends_at": "2026-11-10T21:00:00Z",
        "venue": {"name": "Leeds Library", "address": "18 Commercial St\nLeeds", "lat": 53.797, "lon": -1.543, "directions": "Upstairs"},
        "capacity": 40, "guest_limit": 1, "hosts": [ada.id]
    }))
    .await
    .id;
    for (title, speaker) in [
        ("Typing the untyped", "Grace Hopper"),
        ("Unix at fifty", "Ken Thompson"),
    ] {
        let talk = ada
            .post(
                &format!("/api/v1/events/{event}/talks"),
                &json!({
                    "title": title, "speaker_name": speaker, "abstract": "About *that*.",
                    "slides_url": "https://slides.example.org/1"
                }),
            )
            .await;
        assert_eq!(talk.status(), 201, "{}", talk.text().await.unwrap());
    }
    for (person, guests) in [(&grace, 1), (&ken, 0)] {
        let answer = rsvp(person, &event, json!({"response": "yes", "guests": guests})).await;
        assert_eq!(answer.status(), 200, "{}", answer.text().await.unwrap());
    }
    let cancelled = create_event(&ada, "pyleeds", json!({
        "title": "Pub quiz", "starts_at": "2026-11-20T19:00:00Z", "ends_at": "2026-11-20T22:00:00Z"
    }))
    .await
    .id;
    let cancel = ada
        .post(
            &format!("/api/v1/events/{cancelled}/cancel"),
            &json!({"reason": "The pub closed."}),
        )
        .await;
    assert_eq!(cancel.status(), 200, "{}", cancel.text().await.unwrap());
    create_event(&ada, "pyleeds", json!({
        "title": "Sprint (draft)", "starts_at": "2027-01-20T18:00:00Z", "ends_at": "2027-01-20T21:00:00Z", "draft": true
    }))
    .await;
    let series = ada
        .post("/api/v1/groups/pyleeds/series", &json!({
            "title": "Monthly", "starts_at": "2026-12-16T18:30", "ends_at": "2026-12-16T21:00",
            "recurrence": {"frequency": {"kind": "weekly", "interval": 4, "weekday": "Wed"}, "end": {"count": 3}}
        }))
        .await;
    assert_eq!(series.status(), 201, "{}", series.text().await.unwrap());

    // The meetup happens: Grace came, Ken did not.
    app.advance(Duration::days(9));
    for (person, attendance) in [(&grace, "attended"), (&ken, "no_show")] {
        let marked = ada
            .send(
                Method::PUT,
                &format!("/api/v1/events/{event}/attendees/{}/attendance", person.id),
                &json!({"attendance": attendance}),
            )
            .await;
        assert_eq!(marked.status(), 204);
    }
    (ada, grace, ken, event)
}

backend_test!(async fn a_group_archive_opens_anywhere_and_round_trips_to_another_instance(backend) {
    let app = TestApp::spawn(backend).await;
    let (ada, grace, ken, event) = group_with_history(&app).await;

    // Only the organizing team (and instance admins) may download it.
    assert_eq!(app.visitor().get("/api/v1/groups/pyleeds/archive").await.status(), 401);
    let refused = ken.get("/api/v1/groups/pyleeds/archive").await;
    assert_eq!(refused.status(), 403);
    assert_eq!(ken.get("/g/pyleeds/settings/export").await.status(), 403);
    let root = app.admin("Root", "root@example.org").await;
    assert_eq!(root.get("/api/v1/groups/pyleeds/archive").await.status(), 200);

    let settings = ada.get("/g/pyleeds/settings").await.text().await.unwrap();
    assert!(settings.contains("href=\"/g/pyleeds/settings/export\""), "the settings page offers it");
    let response = ada.get("/g/pyleeds/settings/export").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"pyleeds-archive-2026-11-11.zip\""), "{disposition}");
    let zip = response.bytes().await.unwrap();
    let files = unzip(&zip);

    // The JSON says what the group did.
    let json: Value = serde_json::from_slice(file(&files, "archive.json")).unwrap();
    assert_eq!((json["format"].as_str(), json["version"].as_i64()), (Some("muster-group-archive"), Some(1)));
    assert_eq!(json["group"]["name"], "Python Leeds");
    assert_eq!(json["group"]["topics"], json!(["python", "data"]));
    assert_eq!(json["conduct_versions"].as_array().unwrap().len(), 2);
    assert_eq!(json["member_count"], 3);
    let named = field_of_each(&json["members"], "name");
    assert_eq!(named, ["Grace Hopper"], "only the member who allowed it is named");
    let events = json["events"].as_array().unwrap();
    let titles: Vec<&str> = events.iter().map(|e| e["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["November meetup", "Pub quiz", "Monthly", "Monthly", "Sprint (draft)"]);
    let meetup = &events[0];
    assert_eq!(meetup["id"], event.as_str());
    assert_eq!(meetup["hosts"], json!(["Ada Lovelace"]));
    assert_eq!(meetup["answers"], json!({"going": 2, "waitlisted": 0, "not_going": 0, "guests": 1, "attended": 1, "no_show": 1}));
    assert_eq!(meetup["attendees"], json!([{"member_id": grace.id, "status": "going", "guests": 1, "attendance": "attended"}]));
    let talks = field_of_each(&meetup["talks"], "speaker_name");
    assert_eq!(talks, ["Grace Hopper", "Ken Thompson"]);
    assert_eq!(events[1]["status"], "cancelled");
    assert_eq!(events[1]["cancel_reason"], "The pub closed.");
    assert!(!String::from_utf8_lossy(file(&files, "archive.json")).contains("ken@example.org"), "no member's address");

    // The calendar holds every published and cancelled event (not the draft), read back by
    // an independent parser.
    let ics = text(&files, "calendar.ics");
    let calendar = muster_e2e::ical_parsers::parse_with_ical_crate(&ics);
    assert_eq!(calendar.events.len(), 4, "{ics}");
    for (icalendar, vobject) in muster_e2e::ical_parsers::parse_with_python(&[&ics]) {
        assert_eq!(icalendar.events.len(), 4);
        assert_eq!(vobject.events.len(), 4);
    }
    assert!(ics.contains(&format!("UID:{event}@")), "{ics}");
    assert!(ics.contains("STATUS:CANCELLED"));

    // The static site opens from disk: relative links, every past event's page.
    let index = text(&files, "site/index.html");
    assert!(index.contains("<h1>Python Leeds</h1>"), "{index}");
    assert!(index.contains(&format!("href=\"events/{event}.html\"")), "{index}");
    assert!(index.contains("2 went"), "{index}");
    assert!(!index.contains("Sprint (draft)"), "drafts stay out of the site");
    let page = text(&files, &format!("site/events/{event}.html"));
    assert!(page.contains("Typing the untyped") && page.contains("Unix at fifty"), "{page}");
    assert!(page.contains("Leeds Library, 18 Commercial St, Leeds"), "{page}");
    assert!(page.contains("href=\"../style.css\""), "{page}");
    assert!(page.contains("<em>pizza</em>"), "{page}");
    file(&files, "site/style.css");
    file(&files, "README.txt");


    // The same archive from the command line.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pyleeds.zip");
    let (ok, stdout, stderr) = muster(&app, &["export", "group", "pyleeds", "--output", path.to_str().unwrap()]);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("5 events, 3 members (1 named)"), "{stdout}");
    let from_cli = unzip(&std::fs::read(&path).unwrap());
    let mut cli_json: Archive = serde_json::from_slice(file(&from_cli, "archive.json")).unwrap();
    let original: Archive = serde_json::from_slice(file(&files, "archive.json")).unwrap();
    cli_json.exported_at = original.exported_at;
    cli_json.source = original.source.clone();
    assert_eq!(cli_json, original);
    let (ok, _, stderr) = muster(&app, &["export", "group", "nosuchgroup"]);
    assert!(!ok && stderr.contains("there is no group /g/nosuchgroup"), "{stderr}");

    // Another instance imports it: same ids, same history.
    let other = TestApp::spawn(backend).await;
    other.advance(Duration::days(9));
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", path.to_str().unwrap(), "--dry-run"]);
    assert!(ok && stdout.contains("dry run: nothing was changed"), "{stdout}{stderr}");
    assert_eq!(other.visitor().get("/g/pyleeds").await.status(), 404);
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", path.to_str().unwrap()]);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("created group /g/pyleeds"), "{stdout}");
    assert!(stdout.contains("events 5, talks 2, venues 1, series 1, code-of-conduct versions 2, named members 1"), "{stdout}");
    let (ok, stdout, _) = muster(&other, &["import", "archive", path.to_str().unwrap()]);
    assert!(ok && stdout.contains("already here as /g/pyleeds; unchanged"), "safe to run twice: {stdout}");

    // Its pages show the history: the past meetup with its talks and how many came.
    let visitor = other.visitor();
    let group_page = visitor.get("/g/pyleeds").await.text().await.unwrap();
    assert!(group_page.contains("Python Leeds"));
    let event_page = visitor.get(&format!("/g/pyleeds/events/{event}")).await;
    assert_eq!(event_page.status(), 200);
    let event_page = event_page.text().await.unwrap();
    assert!(event_page.contains("Typing the untyped"), "{event_page}");
    let api = visitor.get_json(&format!("/api/v1/events/{event}")).await;
    assert_eq!(api["going_count"], 2, "the imported answers count: {api}");
    assert_eq!(api["phase"], "past", "{api}");
    assert_eq!(api["talks"][1]["speaker_name"], "Ken Thompson");

    // Exported again there, the archive is the same, field by field.
    let source = muster_app::archives::Source { instance_name: "Other".into(), base_url: original.source.base_url.clone() };
    let again = muster_app::archives::export(&other.db, "pyleeds", source, muster_core::Clock::now(&other.clock))
        .await
        .unwrap()
        .expect("the imported group exports");
    let mut round = again.archive;
    round.exported_at = original.exported_at;
    round.source = original.source.clone();
    assert_eq!(round.group, original.group);
    assert_eq!(round.conduct_versions, original.conduct_versions);
    assert_eq!(round.venues, original.venues);
    assert_eq!(round.series, original.series);
    assert_eq!(round.events.len(), original.events.len());
    for (a, b) in round.events.iter().zip(&original.events) {
        assert_eq!(a, b, "event {}", b.title);
    }
    assert_eq!(round.members, original.members);
    assert_eq!(round.member_count, original.member_count);
    assert_eq!(round, original);

    // A member's own data.
    assert_eq!(app.visitor().get("/api/v1/me/export").await.status(), 401);
    let mine = grace.get_json("/api/v1/me/export").await;
    assert_eq!(mine["account"]["email"], "grace@example.org");
    assert_eq!(mine["memberships"][0]["group"], "pyleeds");
    assert_eq!(mine["memberships"][0]["answers"], json!(["Python"]));
    assert_eq!(mine["memberships"][0]["in_archive"], true);
    let rsvps = mine["rsvps"].as_array().unwrap();
    assert_eq!(rsvps.len(), 1);
    assert_eq!((rsvps[0]["event"].as_str(), rsvps[0]["status"].as_str(), rsvps[0]["attendance"].as_str()), (Some("November meetup"), Some("going"), Some("attended")));
    let download = grace.get("/account/export").await;
    assert_eq!(download.status(), 200);
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"muster-my-data-"));
    let downloaded: Value = download.json().await.unwrap();
    assert_eq!(downloaded["rsvps"], mine["rsvps"]);
    let _ = ada;
});

backend_test!(async fn broken_archives_are_refused_whole_with_the_reason(backend) {
    let app = TestApp::spawn(backend).await;
    let (ada, _, _, _) = group_with_history(&app).await;
    let zip = ada.get("/api/v1/groups/pyleeds/archive").await.bytes().await.unwrap();
    let files = unzip(&zip);
    let json: Value = serde_json::from_slice(file(&files, "archive.json")).unwrap();
    let other = TestApp::spawn(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let try_import = |name: &str, bytes: Vec<u8>| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        muster(&other, &["import", "archive", path.to_str().unwrap()])
    };
    let refused = |outcome: (bool, String, String), expected: &str| {
        let (ok, stdout, stderr) = outcome;
        assert!(!ok, "refused: {stdout}");
        assert!(stderr.contains(expected), "{expected:?} in {stderr}");
    };

    refused(try_import("not.zip", b"hello".to_vec()), "This is not a ZIP file");
    refused(try_import("empty.zip", zip_of(&[("notes.txt", b"hi")])), "has no archive.json");
    let mut future = json.clone();
    future["version"] = json!(2);
    refused(
        try_import("future.zip", zip_of(&[("archive.json", &serde_json::to_vec(&future).unwrap())])),
        "This archive is version 2; this Muster reads version 1",
    );
    let mut damaged = json.clone();
    damaged["events"][0]["title"] = json!("");
    damaged["events"][1]["ends_at"] = json!("2026-11-20T18:00:00Z");
    damaged["events"][0]["talks"][0]["slides_url"] = json!("javascript:alert(1)");
    damaged["events"][0]["attendees"][0]["member_id"] = json!("someone-else");
    damaged["series"][0]["duration_minutes"] = json!(0);
    damaged["series"][0]["template"]["rsvp_opens_minutes_before"] = json!(1_000_000_000_000_i64);
    damaged["series"][0]["template"]["capacity"] = json!(-5);
    let (ok, _, stderr) = try_import("damaged.zip", zip_of(&[("archive.json", &serde_json::to_vec(&damaged).unwrap())]));
    assert!(!ok);
    for expected in ["events[0].title:", "events[1].ends_at:", "events[0].talks[0].slides_url: Only http:// and https://", "events[0].attendees[0].member_id: names no member", "series[0].duration_minutes: must be 1 to 20160 minutes", "series[0].template.rsvp_opens_minutes_before: must be within a year", "series[0].template.capacity:"] {
        assert!(stderr.contains(expected), "{expected:?} in {stderr}");
    }
    let mut typo = json.clone();
    typo["group"]["nmae"] = json!("x");
    refused(
        try_import("typo.zip", zip_of(&[("archive.json", &serde_json::to_vec(&typo).unwrap())])),
        "archive.json is damaged at group",
    );
    // A ZIP bomb: archive.json inflates past the cap (65 MiB of one byte, a few hundred KiB packed).
    let bomb = {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("archive.json", options).unwrap();
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..65 {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    assert!(bomb.len() < 1024 * 1024, "{} bytes packed", bomb.len());
    refused(try_import("bomb.zip", bomb), "archive.json is larger than 64 MiB inflated");
    // Nothing of any of them was written.
    assert_eq!(other.visitor().get("/g/pyleeds").await.status(), 404);
    assert_eq!(other.count_rows(muster_db::schema::events::table).await, 0);

    // Taken address: import under another one.
    let path = dir.path().join("good.zip");
    std::fs::write(&path, &zip).unwrap();
    let carol = other.person("Carol", "carol@example.org").await;
    create_group(&carol, json!({"slug": "pyleeds", "name": "Another Leeds group", "timezone": "Europe/London", "join_mode": "open", "visibility": "public"})).await;
    let (ok, _, stderr) = muster(&other, &["import", "archive", path.to_str().unwrap()]);
    assert!(!ok && stderr.contains("The address /g/pyleeds is taken here. Import with another one (--slug)."), "{stderr}");
    let (ok, stdout, stderr) = muster(&other, &["import", "archive", path.to_str().unwrap(), "--slug", "pyleeds-history", "--organizer", "carol@example.org"]);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("created group /g/pyleeds-history"), "{stdout}");
    // Carol organizes the imported group: its settings are hers.
    assert_eq!(carol.get("/g/pyleeds-history/settings").await.status(), 200);
    let (ok, _, stderr) = muster(&other, &["import", "archive", path.to_str().unwrap(), "--slug", "x", "--organizer", "nobody@example.org"]);
    assert!(!ok && stderr.contains("no account has that email address here"), "{stderr}");
});

backend_test!(async fn a_stored_value_outside_its_set_is_an_error_not_a_default(backend) {
    // Enum-like columns are read back as their Rust types: a text that names no value (here an
    // archived member's role, a column without a CHECK) fails the request instead of quietly
    // becoming "member".
    let app = TestApp::spawn(backend).await;
    let ada = muster_e2e::ada_organizing(&app, "pyleeds", "public").await;
    let group = app.db.read(|c| Ok(muster_db::groups::find_by_slug(c, "pyleeds")?.unwrap().id)).await.unwrap();
    let before = ada.get("/api/v1/groups/pyleeds/archive").await;
    assert_eq!(before.status(), 200);
    app.db
        .write(move |c| {
            use diesel::{ExpressionMethods, RunQueryDsl};
            use muster_db::schema::archived_members as m;
            diesel::insert_into(m::table)
                .values((m::group_id.eq(group), m::member_id.eq("old-1"), m::name.eq("Old Member"),
                         m::role.eq("boss"), m::joined_at.eq(muster_core::Clock::now(&muster_core::SystemClock))))
                .execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
    let after = ada.get("/api/v1/groups/pyleeds/archive").await;
    assert_eq!(after.status(), 500);
    let body: Value = after.json().await.unwrap();
    assert_eq!(body["code"], "internal_error");
});
